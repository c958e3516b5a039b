"""Tables of changes: an amendment printed as `序号 | 原公告 | 原条款 | 调整方式 | 调整后内容`, whose content cell prints
each changed or added entry whole, as a list line prints it (code, name, customs codes in brackets) — or an act, or a
clause's new wording, which names no entry. Every fixture here is written for these tests in MOFCOM's style."""

from __future__ import annotations

from parsers.entries import extract_entries


def _entries(body: str, source: str = "body") -> list[tuple[str, str, str | None, tuple[str, ...]]]:
    return [
        (e.path, e.name_zh, e.control_code, e.hs_codes) for e in extract_entries(body, source=source).entries
    ]


def test_content_cells_print_whole_entries() -> None:
    """Modified and added rows are entries read from their cell; a struck row and a corrected customs code are not."""
    body = (
        "附件\n有关条目调整对照表\n"
        "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
        "1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项1.1.3 | 修改 | "
        "1C117.c．非1C226项下管制的碳化钨，包括但不限于粉末等形态（参考海关商品编号：2849902000）\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | 增加 | "
        "在该项中增加一目：1.1.4仲钨酸钠（参考海关商品编号：2841802000）。\n"
        "3 | 商务部 海关总署公告2025年第10号 | 第三条第（二）项 | 删除 | —\n"
        "4 | 商务部 海关总署公告2025年第10号 | 第二条第（一）项 | 更正海关商品编号 | 2852100010更正为2852100090\n"
        "5 | 商务部 海关总署公告2025年第55号 | 第四条 | 修改 | "
        "2C902.d.具有以下所有特性的人造金刚石砂轮（参考税则号列：68042110）：1.磨粒硬度小于等于30HRB；"
        "2.最高工作线速度大于等于40m/s。\n"
    )
    result = extract_entries(body, source="att1")
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("1", "非1C226项下管制的碳化钨", "1C117.c", ("2849902000",)),
        ("2", "仲钨酸钠", None, ("2841802000",)),
        ("5", "人造金刚石砂轮", "2C902.d", ("68042110",)),
    ]
    spec = result.entries[0].spec_zh or ""
    assert "粉末" in spec
    assert "30HRB" in (result.entries[2].spec_zh or "")
    whys = {item.line.split(" | ")[0]: item.why for item in result.not_items if " | " in item.line}
    assert whys.get("3") == "lifted"
    assert whys.get("4") == "rule"


def test_quoted_new_wording_and_place_after_it() -> None:
    """b目修改为：“b.…” and 增加一项，作为第（五）项：“（五）…”: the quoted entry; …，列为第一类第13项: where it goes, not its name;
    删去该项（…）: struck."""
    body = (
        "序号 | 公告文号 | 所涉条款 | 调整或者更正内容 | 施行日期\n"
        "1 | 商务部 海关总署公告2025年第58号 | 第二条第（二）项 | "
        "b目修改为：“b.镍钴锰酸锂前驱体（参考税则号列：28539050）” | 2045年1月1日\n"
        "2 | 同上 | 第一条 | 增加一项，作为第（五）项：“（五）0A001.e 锆合金压力管（参考税则号列：81099100）” | 2045年1月1日\n"
        "3 | 同上 | 第二条第（三）项 | 删去该项（3C901.a.3 富锂锰基正极材料） | 2045年1月1日\n"
        "4 | 同上 | 第四条 | 参考税则号列中增加“68042190” | 2045年1月1日\n"
    )
    assert _entries(body) == [
        ("1", "镍钴锰酸锂前驱体", None, ("28539050",)),
        ("2", "锆合金压力管", "0A001.e", ("81099100",)),
    ]
    catalogue = (
        "序号 | 《目录》位置 | 调整方式 | 调整内容 | 施行日期\n"
        "1 | 第一类 | 增列 | 4-哌啶酮（海关商品编号：2933399073），列为第一类第13项 | 2027年7月1日\n"
        "2 | 第24项 | 修改 | “备注”栏增加“浓度低于15%的溶液除外” | 2027年9月1日\n"
    )
    assert _entries(catalogue) == [("1", "4-哌啶酮", None, ("2933399073",))]


def test_rows_each_saying_their_act_are_not_struck_by_the_intro() -> None:
    """对下列条目分别予以修改、增列或者删除： over a table with a 调整方式 column: each row's act decides; a bare added name
    (d.钬镍合金) is an entry under its row's code."""
    body = (
        "一、对下列条目分别予以修改、增列或者删除：\n"
        "序号 | 公告文号 | 条目 | 管制编码 | 调整方式 | 调整后内容\n"
        "1 | 商务部 海关总署公告2025年第57号 | 第一条第（一）项第2目 | 1C909.a | 增列 | d.钬镍合金\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第三条第（二）项 | 6C001.b | 删除 | 删去“锗酸铋（参考海关商品编号：2841900041）”\n"
        "3 | 商务部 海关总署公告2025年第55号 | 第二条 | 2C902.b | 修改 | "
        "平均粒度大于50μm的人造金刚石单晶（参考税则号列：71051020）\n"
        "二、本公告自2027年11月1日起施行。\n"
    )
    assert _entries(body) == [
        ("1", "钬镍合金", "1C909.a", ()),
        ("3", "平均粒度大于50μm的人造金刚石单晶", "2C902.b", ("71051020",)),
    ]


def test_customs_codes_after_the_change_keep_their_rows() -> None:
    """A table of changed customs codes naming the notice each row comes from: the entry as it now stands."""
    body = (
        "序号 | 公告 | 条款 | 物项名称 | 调整前参考海关商品编号 | 调整后参考海关商品编号\n"
        "1 | 2023年第23号 | 第一款第（一）项第4目 | 磷化镓 | 2853904030 | 2853903010\n"
        "2 | 2024年第33号 | 第一款第（一）项第6目 | 锑化铟 | 2853909031 | 2853903060\n"
    )
    assert _entries(body) == [("1", "磷化镓", None, ("2853903010",)), ("2", "锑化铟", None, ("2853903060",))]


def test_tables_of_acts_name_no_entry() -> None:
    """序号 | 公告文号 | 涉及条款 | 调整内容: acts on notices and words about entries, however coded."""
    body = (
        "三、对以下公告有关事项作如下调整：\n"
        "序号 | 公告文号 | 涉及条款 | 调整内容 | 执行日期\n"
        "1 | 商务部公告2024年第51号 | 附件1 | 1C234项、1C231项的描述，以本公告第一款表格为准 | 2042年6月1日\n"
        "2 | 商务部 海关总署公告2025年第57号 | 第二款 | 暂停实施，至2042年12月31日止 | 2042年6月1日\n"
        "3 | 商务部 海关总署公告2025年第58号 | 第一款 | 自2042年6月1日起恢复实施 | 2042年6月1日\n"
    )
    assert _entries(body) == []


def test_coded_tables_read_rows_whose_cells_are_bare_names() -> None:
    """A table with its own code column whose content cells print a name alone keeps reading them as list rows."""
    body = (
        "序号 | 管制编码 | 调整方式 | 调整后的条目内容\n"
        "1 | 5A004.a | 修改 | 为执行密码分析功能而设计或改进的设备\n"
        "2 | 5D002.c.1 | 增列 | 具有第1项所列设备的特性或者模拟其功能的软件\n"
    )
    assert [(path, name, code) for path, name, code, _ in _entries(body)] == [
        ("1", "为执行密码分析功能而设计或改进的设备", "5A004.a"),
        ("2", "具有第1项所列设备的特性或者模拟其功能的软件", "5D002.c.1"),
    ]


def test_a_chemicals_wrapped_salt_ending_stays_in_its_name() -> None:
    """A second reader's case against PARSER_VERSION 330: …二甲基乙胺 then 盐酸盐 on the next line, beside a complete remark,
    is the name's salt; a remark left open (包括其 then 可能存在的盐) still takes its own end."""
    body = (
        "序号 | 化学品名称 | CAS号 | 海关商品编号 | 备注\n"
        "5 | 2-氯-N,N-二甲基乙胺 | 4584-46-7 | 2921199090 | 附表2化学品\n盐酸盐\n"
        "6 | 三乙醇胺 | 102-71-6 | 2922150000 | 附表3化学品\n"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["2-氯-N,N-二甲基乙胺盐酸盐", "三乙醇胺"]
    opened = body.replace("附表2化学品\n盐酸盐", "包括其\n可能存在的盐")
    read = extract_entries(opened).entries
    assert read[0].name_zh == "2-氯-N,N-二甲基乙胺"
    assert "可能存在的盐" in (read[0].spec_zh or "")


def test_rows_whose_result_says_they_leave_control_are_lifted() -> None:
    """A table of goods under review whose 调整情况 / 调整结果 cell says 不再实施出口管制 or 不再列入 for a row: that row leaves
    control (no entry); 保留, 继续管制 and 范围调整 rows stay entries."""
    body = (
        "部分中重稀土相关物项调整情况表\n序号 | 管制编码 | 物项名称 | 参考税则号列 | 调整情况\n"
        "1 | 1C909.a | 金属钬 | 28053019 | 保留\n"
        "2 | 1C909.a | 钬铜合金、镁钬合金 |  | 不再实施出口管制\n"
        "3 | 1C909.b | 氧化钬及其混合物 |  | 范围调整\n"
    )
    assert [e.name_zh for e in extract_entries(body, source="att1").entries] == ["金属钬", "氧化钬及其混合物"]
    results = (
        "序号 | 原公告条款 | 管制编码 | 物项名称 | 参考税则号列 | 调整结果\n"
        "1 | 第一款第（二）项第1目 | 3B901.a | 卷绕机 | 84798999 | 不再列入\n"
        "2 | 第一款第（二）项第2目 | 3B901.a | 叠片机 | 84798999 | 继续管制\n"
    )
    assert [e.name_zh for e in extract_entries(results, source="att1").entries] == ["叠片机"]


def test_cells_that_name_no_entry_stay_out_of_the_list() -> None:
    """A second reader's cases against PARSER_VERSION 332: under 修改 or 增加, a cell that is no thing (见附件2, a customs
    code, a date, 同上, a clause's quoted new wording) names nothing; a row whose act is 暂停实施 or 解除管制 adds no control;
    a column of a date after the change (调整后实施日期) does not make a notice's row an entry; a table released under an
    intro that also says 调整 stays released; words of an entry rewritten (将描述中的“粉末”修改为“粉末、颗粒”) are no name."""
    head = "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
    for cell in (
        "见附件2",
        "2849902000",
        "同上",
        "第四条修改为：“出口经营者应当向海关提交两用物项出口许可证。”",
    ):
        assert _entries(f"{head}1 | 商务部 海关总署公告2025年第10号 | 第一条 | 修改 | {cell}\n") == [], cell
    assert (
        _entries(
            "序号 | 原公告 | 调整方式 | 调整后内容\n1 | 商务部公告2025年第61号 | 调整暂停期限 | 2027年11月10日\n"
        )
        == []
    )
    suspended = (
        "序号 | 原公告 | 调整方式 | 调整内容\n"
        "1 | 商务部 海关总署公告2025年第55号 | 暂停实施 | 2C902.a 人造金刚石微粉（参考海关商品编号：71049110）\n"
    )
    assert _entries(suspended) == []
    postponed = (
        "一、下列物项的出口管制措施推迟实施：\n序号 | 原公告 | 管制编码 | 物项名称 | 原实施日期 | 调整后实施日期\n"
        "1 | 商务部 海关总署公告2025年第55号 | 2C902.a | 人造金刚石微粉 | 2025年11月8日 | 2026年11月10日\n"
    )
    assert _entries(postponed) == []
    released = (
        "一、自2027年1月1日起，下列物项不再实施出口管制，并相应调整《两用物项出口管制清单》：\n"
        "序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n1 | 1C117.c | 碳化钨 | 2849902000 | 不再管制\n"
    )
    assert _entries(released) == []
    lifted = (
        "序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n"
        "1 | 1C117.c | 碳化钨 | 2849902000 | 解除管制\n2 | 1C117.d | 钨粉 | 8101100000 | 保留\n"
    )
    assert _entries(lifted) == [("2", "钨粉", "1C117.d", ("8101100000",))]
    worded = (
        "序号 | 管制编码 | 调整方式 | 调整后内容\n1 | 1C117.e | 修改 | 将描述中的“粉末”修改为“粉末、颗粒”\n"
    )
    assert _entries(worded) == []


def test_cells_printing_entries_in_other_ways() -> None:
    """将“1C117.e．氧化钨”修改为“1C117.e．三氧化钨（…）”: the words after the act; two entries in one cell, each numbered or
    coded, are two; names that hold 恢复 or 延长 are still names; 《清单》编号 | 原内容 | 现内容 (现内容 names the row, the
    list's number is its code); a whole quoted cell and where it goes after the quote; 将“b.【保留】。”修改为“b.铒镍合金。”."""
    head = "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
    rows = (
        "1 | 同上 | 第一条第（三）项 | 修改 | 将“1C117.e．氧化钨”修改为“1C117.e．三氧化钨（参考海关商品编号：2825901200）”\n"
        "2 | 同上 | 第一条 | 增加 | 在该项中增加两目：1.1.4仲钨酸钠（参考海关商品编号：2841802000）；"
        "1.1.5偏钨酸铵（参考海关商品编号：2841801000）。\n"
        "3 | 同上 | 第三条 | 修改 | 3A901.a．反向恢复时间小于等于50纳秒的快恢复二极管（参考海关商品编号：8541100000）\n"
        "4 | 同上 | 第一条 | 增加 | “（三）球化石墨，包括但不限于粉末、颗粒等形态（参考海关商品编号：3801901000）。”列为第（三）项\n"
    )
    assert [(path, name, code) for path, name, code, _ in _entries(head + rows)] == [
        ("1", "三氧化钨", "1C117.e"),
        ("2/1.1.4", "仲钨酸钠", None),
        ("2/1.1.5", "偏钨酸铵", None),
        ("3", "反向恢复时间小于等于50纳秒的快恢复二极管", "3A901.a"),
        ("4", "球化石墨", None),
    ]
    current = (
        "序号 | 《清单》编号 | 原内容 | 现内容\n1 | 1C117.d | 无 | 偏钨酸铵\n"
        "2 | 6C001.d | 三对乙氧基苯基铋 | 删除\n3 | 6C002.a | 金属碲 | 纯度大于等于99.99%的金属碲\n"
    )
    assert [(n, c) for _, n, c, _ in _entries(current)] == [
        ("偏钨酸铵", "1C117.d"),
        ("纯度大于等于99.99%的金属碲", "6C002.a"),
    ]
    quoted = (
        "序号 | 所涉条款 | 修改或者更正内容\n"
        "1 | 第一条第（一）项 | 增加一目，列为第8目：“8.含钬的光纤材料。”\n"
        "2 | 第二条第（一）项第2目b | 将“b.【保留】。”修改为“b.铒镍合金。”\n"
        "3 | 第四条第（一）项第4目a | 将“a.荧光粉；”修改为“a.含铕荧光粉；”\n"
    )
    assert [n for _, n, _, _ in _entries(quoted)] == ["含钬的光纤材料", "铒镍合金", "含铕荧光粉"]
    coded = "序号 | 原公告 | 物项名称 | 调整后参考海关商品编号\n1 | 商务部 海关总署公告2025年第10号 | 3C004.a．磷化铟 | 2853904052\n"
    assert _entries(coded) == [("1", "磷化铟", "3C004.a", ("2853904052",))]


def test_twenty_second_review_of_tables_of_changes() -> None:
    """Cases a second reader built against PARSER_VERSION 334: an action cell of 同上 or 恢复实施 still prints its entry (only
    acts that add no control — 暂停, 推迟, 延长 — print none); a bare added name is an entry whatever it ends on (e.氧化铽),
    and loses its own letter under a code column; 《目录》编号 is no code column of an ordinary list; act cells that print
    a code (1C117.c项恢复实施) and cells of 无, 不变, 见附件 name nothing; 调整后的技术说明 is the entry's own column; 名称修改为
    “三氧化钨” renames; a quoted clause wording (“（四）禁止向境外提供…”) is no entry; an entry's parameters after ；
    stay its spec; a customs-code bracket holding ； does not cut a cell."""
    head = "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
    coded = "1C117.d．钨粉（参考海关商品编号：8101100000）"
    for action in ("同上", "恢复实施"):
        assert _entries(f"{head}2 | 同上 | 第一条 | {action} | {coded}\n") == [
            ("2", "钨粉", "1C117.d", ("8101100000",))
        ], action
    assert _entries(f"{head}2 | 同上 | 第一条 | 推迟实施 | {coded}\n") == []
    assert _entries(f"{head}1 | 同上 | 第一条 | 增加 | 在该项中增加一目：e.氧化铽\n") == [
        ("1", "氧化铽", None, ())
    ]
    assert _entries("序号 | 管制编码 | 调整方式 | 调整后内容\n2 | 1C902.e | 增列 | e.金属镝\n") == [
        ("2", "金属镝", "1C902.e", ())
    ]
    assert _entries("序号 | 《目录》编号 | 品名 | 海关商品编号\n1 | 13 | 4-哌啶酮 | 2933399073\n") == [
        ("1", "4-哌啶酮", None, ("2933399073",))
    ]
    acts = "序号 | 公告文号 | 涉及条款 | 调整内容 | 执行日期\n1 | 商务部公告2025年第51号 | 第二款 | 1C117.c项恢复实施 | 2042年6月1日\n"
    assert _entries(acts) == []
    current = (
        "序号 | 《清单》编号 | 原内容 | 现内容\n1 | 1C117.d | 偏钨酸铵 | 无\n2 | 1C117.e | 钨粉 | 不变\n"
        "3 | 1C117.f | 钨丝 | 见附件\n4 | 1C117.g | 钨 | 已删除\n5 | 1C117.h | 无 | 偏钨酸铵\n"
    )
    assert _entries(current) == [("5", "偏钨酸铵", "1C117.h", ())]
    described = (
        "序号 | 原公告 | 管制编码 | 物项名称 | 调整后的技术说明\n"
        "1 | 商务部 海关总署公告2025年第10号 | 1C117.c | 碳化钨 | 粒度小于等于5微米\n"
    )
    assert [(n, c) for _, n, c, _ in _entries(described)] == [("碳化钨", "1C117.c")]
    assert [
        n
        for _, n, _, _ in _entries(
            "序号 | 管制编码 | 调整方式 | 调整后内容\n1 | 1C117.e | 修改 | 名称修改为“三氧化钨”\n"
        )
    ] == ["三氧化钨"]
    assert (
        _entries(f"{head}3 | 同上 | 第三款 | 增加 | “（四）禁止向境外提供稀土提取技术。”列为第（四）项\n")
        == []
    )
    diode = f"{head}4 | 同上 | 第三条 | 修改 | 3A901.a．快恢复二极管（参考海关商品编号：8541100000）；a.反向恢复时间小于等于50纳秒；b.正向电流大于等于10安培\n"
    read = extract_entries(diode, source="att1").entries
    assert [(e.name_zh, e.control_code) for e in read] == [("快恢复二极管", "3A901.a")]
    assert "50纳秒" in (read[0].spec_zh or "")
    split = (
        f"{head}1 | 同上 | 第一条 | 增加 | 1.1.4仲钨酸钠（参考海关商品编号：2841802000；2841809000）；"
        "1.1.5偏钨酸铵（参考海关商品编号：2841801000）\n"
    )
    assert [(p, n) for p, n, _, _ in _entries(split)] == [("1/1.1.4", "仲钨酸钠"), ("1/1.1.5", "偏钨酸铵")]


def test_a_technical_note_between_sections_does_not_end_the_table() -> None:
    """Learnt from the 337th batch: 技术说明：… printed after a section's rows, then 二、… and more rows: the same table goes on."""
    body = (
        "生物两用设备出口管制目录\n序号 | 管制编码 | 物项名称 | 海关商品编号 | 描述\n一、生物材料处理及生产设备\n"
        "1 | 2B352.b | 发酵罐 |  | 总容积大于等于20升\n"
        "技术说明：本目录第1项所称“培养”，包括连续培养。\n二、防护及气溶胶相关设备\n"
        "2 | 2B352.f.2 | Ⅲ级生物安全柜或具有类似性能标准的隔离器 |  | 可在密闭条件下操作\n"
    )
    assert [e.name_zh for e in extract_entries(body, source="att1").entries] == [
        "发酵罐",
        "Ⅲ级生物安全柜或具有类似性能标准的隔离器",
    ]


def test_twenty_third_review_of_tables_of_changes() -> None:
    """Cases a second reader built against PARSER_VERSION 336: a 同上 act is the act of the row above (under 删除 or 暂停实施
    no entry); a wording under 修改 / 补充 names nothing (an added bare name ends on a thing); 予以删除 and 废止 take the row off;
    names holding 自主起降, 保持不变 or 调整为 stay names; a suspension table with a 调整后管制要求 column keeps its rows struck;
    an intro naming adds keeps a table with one blank act cell; sibling entries in one cell, each with its customs code, are
    two; ways of transferring abroad (以下列形式向境外转移…，视同出口：) and 属于本公告所称技术出口 list nothing."""
    head = "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
    first = "1 | 商务部 海关总署公告2025年第10号 | 第一条 | {act} | 1C117.d．钨粉（参考海关商品编号：8101100000）\n"
    ditto = "2 | 同上 | 同上 | 同上 | 1C117.e．钨丝（参考海关商品编号：8101960000）\n"
    for act in ("删除", "暂停实施", "予以删除", "废止"):
        assert _entries(head + first.format(act=act) + ditto) == [], act
    for wording in ("包括但不限于粉末等形态", "许可证有效期为1年", "包括通过邮寄方式出境"):
        assert _entries(f"{head}1 | 同上 | 第一条 | 修改 | {wording}\n") == [], wording
    names = (
        "1 | 同上 | 第一条 | 修改 | 9A901.a．具有自主起降能力的无人驾驶航空器（参考海关商品编号：8806240000）\n"
        "2 | 同上 | 第一条 | 修改 | 3A902．在温度变化时输出频率保持不变的恒温晶体振荡器（参考海关商品编号：8541600000）\n"
        "3 | 同上 | 第一条 | 修改 | 3A901.b．输出频率可调整为1GHz以上的信号发生器（参考海关商品编号：8543200000）\n"
    )
    assert [c for _, _, c, _ in _entries(head + names)] == ["9A901.a", "3A902", "3A901.b"]
    suspended = (
        "一、自2046年11月10日起，暂停实施下表所列物项的出口管制措施：\n序号 | 原公告 | 物项名称 | 管制编码 | 调整后管制要求\n"
        "1 | 商务部 海关总署公告2025年第55号 | 人造金刚石微粉 | 2C902.a | 暂停实施出口管制\n"
    )
    assert _entries(suspended) == []
    mixed = (
        "一、对《两用物项出口管制清单》下列条目分别予以修改、增列或者删除：\n序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n"
        "1 | 1C117.d | 钨粉 | 8101100000 | 删除\n2 | 1C117.e | 钨丝 | 8101960000 | 增列\n3 | 1C117.f | 钨合金 | 8101990000 | \n"
    )
    assert [n for _, n, _, _ in _entries(mixed)] == ["钨丝", "钨合金"]
    siblings = f"{head}1 | 同上 | 第一条 | 增加 | 1C902.f．氧化镝（参考海关商品编号：2846901930）；g.氧化铽（参考海关商品编号：2846901920）\n"
    assert [n for _, n, _, _ in _entries(siblings)] == ["氧化镝", "氧化铽"]
    ways = (
        "二、以下列形式向境外转移本公告第一条所列物项的，视同出口：\n（一）通过邮寄、快递方式寄递出境；\n（二）随身携带出境。\n"
        "四、下列行为属于本公告所称技术出口：\n（一）向境外转让稀土提取技术；\n"
    )
    assert _entries(ways) == []
    assert [
        (n, c)
        for _, n, c, _ in _entries(
            "序号 | 《清单》管制编码 | 物项名称 | 参考海关商品编号\n1 | 1C117.d | 钨粉 | 8101100000\n"
        )
    ] == [("钨粉", "1C117.d")]


def test_wordings_under_a_code_column_and_reprinted_entries() -> None:
    """A second reader's cases against PARSER_VERSION 337: in a table of changes with its own 管制编码 column, a content cell
    of 名称不变, 其余内容不变, 管制编码调整为…, 参考海关商品编号调整为… or …起实施 names no entry; and the 340th batch's
    二、更正后，上述条目表述为： over entries of other notices reprinted one after another ((二)3C901.b.2.…材料。 / 4.热压机(…); /
    1.1.1仲钨酸铵(…);): none takes the code of the line above it."""
    head = "一、对下列条目分别予以修改、增列或者删除：\n序号 | 公告文号 | 条目 | 管制编码 | 调整方式 | 调整后内容\n"
    for cell in (
        "名称不变",
        "其余内容不变",
        "2047年1月1日起实施",
        "管制编码调整为1C909.b",
        "参考海关商品编号调整为8101100010",
    ):
        row = f"1 | 商务部 海关总署公告2025年第57号 | 第一条第（一）项 | 1C909.a | 修改 | {cell}\n"
        assert _entries(head + row) == [], cell
    reprinted = (
        "二、更正后，上述条目表述为：\n(二)3C901.b.2.人造石墨和天然石墨混合的负极材料。\n4.热压机(参考税则号列:84798999);\n"
        "1.1.1仲钨酸铵(参考海关商品编号:2841801000);\n三、本公告自发布之日起施行。\n"
    )
    read = {e.name_zh: e.control_code for e in extract_entries(reprinted).entries}
    assert read.get("仲钨酸铵", "absent") is None


def test_twenty_fourth_review_of_tables_of_changes() -> None:
    """Cases a second reader built against PARSER_VERSION 337: 并相应修改《…清单》 names no adds (a released table with a
    blank act cell stays released); bare added names ending on 镉, 材 or 矿 are entries; 对以下列形式出口的…实施出口管制：
    lists its items; an act cell opening on 修改 is a change whatever its bracket says (修改（不再包括粉末形态）); a note line
    under a table is no row's description."""
    released = (
        "一、自2047年1月1日起，下列物项不再实施出口管制，并相应修改《两用物项出口管制清单》：\n"
        "序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n1 | 1C117.d | 钨粉 | 8101100000 | 删除\n"
        "2 | 1C117.e | 钨丝 | 8101960000 | \n"
    )
    assert _entries(released) == []
    head = "序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
    assert [
        n
        for _, n, _, _ in _entries(
            f"{head}1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | 增加 | 碲锌镉\n"
        )
    ] == ["碲锌镉"]
    forms = (
        "一、对以下列形式出口的镓相关物项实施出口管制：\n（一）金属镓（参考海关商品编号：8112921010）；\n"
        "（二）氮化镓（参考海关商品编号：2850001990）。\n"
    )
    assert [n for _, n, _, _ in _entries(forms)] == ["金属镓", "氮化镓"]
    changed = f"{head}1 | 同上 | 第一条 | 修改（不再包括粉末形态） | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
    assert [(n, c) for _, n, c, _ in _entries(changed)] == [("钨丝", "1C117.d")]
    noted = (
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n1 | 喷雾干燥设备 | 2B352.h | 84193300 | 可干燥毒素\n"
        "2 | 发酵罐 | 2B352.b | 84198990\n注：参考税则号列仅供参考。\n"
    )
    assert [(e.name_zh, e.spec_zh) for e in extract_entries(noted).entries][-1] == ("发酵罐", None)


def test_act_cells_read_by_the_act_they_name_wherever_they_open() -> None:
    """Cases a second reader built against PARSER_VERSION 341: an act cell that opens on a date, 同时, 整项 or 对该条目 acts
    as the act it names (a suspended or struck row is no entry); a reprinted group that announces its lines passes its code
    down; the ways of an export under …视同出口，依法实施出口管制： list nothing; a row marked 新增 is added while a blank act
    cell beside it stays released, as the table's title says."""
    head = "序号 | 公告文号 | 条目 | 调整方式 | 调整后内容\n"
    for act in (
        "自2047年1月1日起暂停实施",
        "自2047年1月1日起删除",
        "同时删除",
        "整项删除",
        "对该条目暂停实施",
        "即日起停止实施",
    ):
        row = f"1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | {act} | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
        result = extract_entries(head + row)
        assert list(result.entries) == [], act
        assert [n.why for n in result.not_items if n.line.startswith("1 |")] == (
            ["lifted"] if "删除" in act else ["rule"]
        ), act
    reprinted = (
        "二、更正后，上述条目表述为：\n（二）6C002.b．以下任何一种的碲化合物单晶、多晶或晶锭（包括衬底或外延片）：\n"
        "2.2.1碲化镉（参考海关商品编号：2842902000、3818009021）；\n2.2.2碲锌镉（参考海关商品编号：2842902000）。\n"
    )
    assert [(n, c) for _, n, c, _ in _entries(reprinted)] == [("碲化镉", "6C002.b"), ("碲锌镉", "6C002.b")]
    ways = (
        "二、以下列方式向境外提供本公告第一条所列物项的，视同出口，依法实施出口管制：\n（一）通过邮寄、快递方式运出境外；\n"
        "（二）以样品、展品名义携带出境。\n"
    )
    assert _entries(ways) == []
    both = (
        "一、自2047年1月1日起，下列物项不再实施出口管制或者新增实施出口管制：\n"
        "序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n1 | 1C117.d | 钨粉 | 8101100000 | 删除\n"
        "2 | 1C117.e | 钨丝 | 8101960000 | \n3 | 1C117.f | 钨铼合金丝 | 8101960000 | 新增\n"
    )
    assert _entries(both) == [("3", "钨铼合金丝", "1C117.f", ("8101960000",))]


def test_a_catalogue_table_whose_rows_head_their_control_points() -> None:
    """A table of catalogue changes whose rows end on 控制要点： (or 在控制要点中增加：) with the points printed under them: each
    point takes its row's catalogue number; a section line printed right above rows left without a header is a heading; a
    column 调整事项 is the rows' act (删除 lifts its row)."""
    body = (
        "附件\n序号 | 调整方式 | 技术名称 | 编号 | 控制要点\n一、禁止出口部分\n1 | 删除 | 中国传统建筑技术 | 085001J |\n"
        "二、限制出口部分\n（一）化学原料和化学制品制造业\n2 | 新增 | 电池正极材料制备技术 | 252604X | 控制要点：\n"
        "1.电池用磷酸铁锂制备技术；\n2.振实密度>1.2g/cc的磷酸盐正极原材料制备技术。\n（二）有色金属冶炼和压延加工业\n"
        "3 | 修改 | 有色金属冶金技术 | 083201X | 在控制要点中增加：\n9.锂辉石提锂生产碳酸锂技术；\n"
        "（三）建筑装饰、装修和其他建筑业\n4 | 删除 | 中国传统建筑技术 | 085001X |\n"
    )
    assert [(e.name_zh, e.control_code) for e in extract_entries(body, source="att1").entries] == [
        ("电池用磷酸铁锂制备技术", "252604X"),
        ("振实密度>1.2g/cc的磷酸盐正极原材料制备技术", "252604X"),
        ("锂辉石提锂生产碳酸锂技术", "083201X"),
    ]
    sheet = (
        "序号 | 调整事项 | 原清单序号 | 物项名称 | 管制编码 | 参考海关商品编号\n"
        "1 | 新增 | — | 生产6C002项的技术及资料 | 6E002 | \n4 | 删除 | 4 | 三对乙氧基苯基铋 | 6C001.d | 2931900032\n"
    )
    result = extract_entries(sheet, source="att1")
    assert [(e.name_zh, e.control_code) for e in result.entries] == [("生产6C002项的技术及资料", "6E002")]
    assert [n.why for n in result.not_items if n.line.startswith("4 |")] == ["lifted"]


def test_second_review_of_act_cells_and_listing_intros() -> None:
    """Cases a second reader built against PARSER_VERSION 343: an act cell ending a suspension (自…起恢复实施, 由暂停实施调整为恢复实施,
    结束暂停，恢复实施, 终止暂停实施) prints its entry; 提供下列技术的，视同出口，依法实施出口管制： and 对以下列形式出口的镓相关物项，依法
    实施出口管制： list their items; under …上述条目表述为： a reprinted entry's code is not passed to the entry printed after it;
    a blank act cell under a long releasing intro is released."""
    head = "序号 | 公告文号 | 条目 | 调整方式 | 调整后内容\n"
    for act in (
        "自原暂停期限届满之次日起恢复实施",
        "由暂停实施调整为恢复实施",
        "结束暂停，恢复实施",
        "终止暂停实施",
    ):
        row = f"1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | {act} | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
        assert [(n, c) for _, n, c, _ in _entries(head + row)] == [("钨丝", "1C117.d")], act
    technologies = (
        "二、在境内向外国组织和个人提供下列技术的，视同出口，依法实施出口管制：\n1.1E901 稀土提取分离工艺技术；\n"
        "2.1E902 稀土金属冶炼技术。\n"
    )
    assert [(n, c) for _, n, c, _ in _entries(technologies)] == [
        ("稀土提取分离工艺技术", "1E901"),
        ("稀土金属冶炼技术", "1E902"),
    ]
    forms = (
        "一、对以下列形式出口的镓相关物项，依法实施出口管制：\n（一）金属镓（参考海关商品编号：8112921000）；\n"
        "（二）氮化镓（参考海关商品编号：2850001200）。\n"
    )
    assert [n for _, n, _, _ in _entries(forms)] == ["金属镓", "氮化镓"]
    reprinted = (
        "二、更正后，上述条目表述为：\n（二）6C002.b．以下任何一种的碲化合物单晶、多晶或晶锭：\n2.2.1碲化镉（参考海关商品编号："
        "2842902000）；\n2.2.2碲锌镉（参考海关商品编号：2842902000）。\n4.热压机（参考海关商品编号：8479899990）。\n"
    )
    assert {n: c for _, n, c, _ in _entries(reprinted)}.get("热压机", "absent") is None
    released = (
        "一、经国务院批准，自2047年1月1日起，下列物项不再实施出口管制或者新增实施出口管制，并相应修改《两用物项出口管制清单》：\n"
        "序号 | 管制编码 | 物项名称 | 参考海关商品编号 | 调整方式\n1 | 1C117.d | 钨粉 | 8101100000 | 删除\n"
        "2 | 1C117.e | 钨丝 | 8101960000 | \n3 | 1C117.f | 钨铼合金丝 | 8101960000 | 新增\n"
    )
    assert [n for _, n, _, _ in _entries(released)] == ["钨铼合金丝"]


def test_third_review_of_act_cells_exclusions_and_ways() -> None:
    """Cases a second reader built against PARSER_VERSION 347: 暂停实施至…，届满后恢复实施 suspends (no entry); exclusions worded
    …不包括下列材料： / 不包括以下任一物项： / 不包括专门设计用于民用的下列物项： / 不包括下列设备和部件： list nothing; 以下列方式向境外…
    提供本公告第一条所列技术的，依照…实施出口管制： lists ways, not technologies."""
    head = "序号 | 公告文号 | 条目 | 调整方式 | 调整后内容\n"
    row = "1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | 暂停实施至2047年12月31日，届满后恢复实施 | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
    assert _entries(head + row) == []
    for note in (
        "不包括下列材料：",
        "不包括以下任一物项：",
        "不包括专门设计用于民用的下列物项：",
        "不包括下列设备和部件：",
    ):
        body = (
            f"一、对下列物项实施出口管制：\n（一）1C904.a 高纯镓（参考海关商品编号：8112921000）。\n注：本款第（一）项{note}\n"
            "1.密码功能仅限于身份认证的智能卡；\n2.专门设计用于银行业务的设备。\n"
        )
        assert [n for _, n, _, _ in _entries(body)] == ["高纯镓"], note
    ways = (
        "一、对下列技术实施出口管制：\n（一）镓提纯技术；\n（二）砷化镓晶片制备技术。\n"
        "二、以下列方式向境外组织和个人提供本公告第一条所列技术的，依照《中华人民共和国出口管制法》实施出口管制：\n"
        "（一）通过电子邮件、网络传输提供技术资料；\n（二）在境外举办培训、讲座。\n"
    )
    assert [n for _, n, _, _ in _entries(ways)] == ["镓提纯技术", "砷化镓晶片制备技术"]


def test_fourth_review_of_act_cells_and_forms_of_export() -> None:
    """Cases a second reader built against PARSER_VERSION 350: 暂停期限提前终止，恢复实施 prints its entry, 暂停期限调整为… does
    not; 以下列形式出口的镓相关物项，依法实施出口管制： lists its goods."""
    head = "序号 | 公告文号 | 条目 | 调整方式 | 调整后内容\n"
    for act, named in (("暂停期限提前终止，恢复实施", ["钨丝"]), ("暂停期限调整为2048年6月30日", [])):
        row = f"1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | {act} | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
        assert [n for _, n, _, _ in _entries(head + row)] == named, act
    forms = (
        "二、以下列形式出口的镓相关物项，依法实施出口管制：\n（一）金属镓（参考海关商品编号：8112921010）；\n"
        "（二）氮化镓（参考海关商品编号：2850001910）。\n"
    )
    assert [n for _, n, _, _ in _entries(forms)] == ["金属镓", "氮化镓"]


def test_act_cells_after_the_window_ends_and_with_a_window_moved() -> None:
    """Cases a second reader built against PARSER_VERSION 354: `暂停期限结束后，继续暂停实施…` holds the row (the suspension
    goes on after its end, no entry); a cell naming a change before a moved window (`修改，暂停期限延长至…`) or a resumption on
    a printed day after it (`暂停期限调整为至…止，自…起恢复实施`) prints its entry, while `暂停期限调整为…` alone holds it."""
    head = "序号 | 公告文号 | 条目 | 调整方式 | 调整后内容\n"
    cases = {
        "暂停期限结束后，继续暂停实施至2048年12月31日": [],
        "暂停期限终止后继续暂停实施6个月": [],
        "暂停期限调整为2048年6月30日": [],
        "暂停期限调整为至2048年3月31日止，自2048年4月1日起恢复实施": ["钨丝"],
        "修改，暂停期限延长至2048年12月31日": ["钨丝"],
    }
    for act, names in cases.items():
        row = f"1 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | {act} | 1C117.d．钨丝（参考海关商品编号：8101960000）\n"
        assert [e.name_zh for e in extract_entries(head + row).entries] == names, act


def test_ways_of_export_of_technologies_named_by_another_clause_list_nothing() -> None:
    """`以下列方式向境外组织和个人提供本公告第一条所述技术的…` / `通过下列方式向境外转移第一条规定的技术…` / `以下列方式向境外提供
    上述技术的…`: the ways an export of the technologies listed above is made, not technologies."""
    listed = "一、对下列技术实施出口管制：\n（一）镓提纯技术；\n（二）砷化镓晶片制备技术。\n"
    ways = "\n（一）通过电子邮件、网络传输提供技术资料；\n（二）在境外举办培训、讲座。\n"
    for opening in (
        "二、以下列方式向境外组织和个人提供本公告第一条所述技术的，依照《中华人民共和国出口管制法》实施出口管制：",
        "二、通过下列方式向境外转移第一条规定的技术，均属于出口：",
        "二、以下列方式向境外提供上述技术的，同样实施出口管制：",
    ):
        assert [e.name_zh for e in extract_entries(listed + opening + ways).entries] == [
            "镓提纯技术",
            "砷化镓晶片制备技术",
        ], opening


def test_a_catalogue_table_with_a_name_and_description_column_and_criteria_under_a_row() -> None:
    """The licence catalogue's columns (序号 | 管制编码 | 物项名称及描述 | 海关商品编号 | 单位): the name column is 物项名称及描述;
    a row whose name cell announces criteria (`具有下述所有特性的固态钨：`) takes the a．/b． lines printed under it as its
    spec and the table goes on; criteria after the colon in the cell are spec too; a rating said as `…功率在10千瓦以上`
    after a comma is spec; a table titled `自《…目录》中删除的物项` lists rows taken out, no entries."""
    added = (
        "附件1\n2060年度《两用物项和技术进出口许可证管理目录》增列物项\n"
        "序号 | 管制编码 | 物项名称及描述 | 海关商品编号 | 单位\n一、钨相关物项\n"
        "1 | 1C117.d | 仲钨酸铵 | 2841801000 | 千克\n"
        "2 | 1C117.c | 具有下述所有特性的固态钨： | 8101940001、 | 千克\n8101999001\n"
        "a．钨含量大于等于97%（按重量）的钨合金；\nb．能够加工成直径大于等于120mm的圆柱体。\n"
        "3 | 1C004 | 具有下述所有特性的钨镍铁合金：密度大于17.5g/cm3；延伸率大于8% | 8101940001 | 千克\n"
        "二、金刚石相关物项\n"
        "4 | 2B920 | 微波等离子体化学气相沉积法（MPCVD）设备，微波功率在10千瓦以上，且微波频率为915兆赫 | 8419899090 | 台\n"
    )
    result = extract_entries(added, source="att1")
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("1", "仲钨酸铵", "1C117.d", ("2841801000",)),
        ("2", "固态钨", "1C117.c", ("8101940001", "8101999001")),
        ("3", "钨镍铁合金", "1C004", ("8101940001",)),
        ("4", "微波等离子体化学气相沉积法（MPCVD）设备", "2B920", ("8419899090",)),
    ]
    assert "能够加工成直径大于等于120mm的圆柱体" in (result.entries[1].spec_zh or "")
    assert (result.entries[2].spec_zh or "").startswith("具有下述所有特性：密度大于17.5g/cm3")
    deleted = (
        "附件2\n自《两用物项和技术进出口许可证管理目录》中删除的物项\n序号 | 《目录》序号 | 物项名称及描述 | 海关商品编号\n"
        "1 | 189 | 天然鳞片石墨及其制品（包含球化石墨、膨胀石墨等） | 2504101000\n"
    )
    assert extract_entries(deleted, source="att2").entries == ()


def test_a_corrected_customs_code_and_a_code_printed_as_a_field_after_a_colon() -> None:
    """`…第5项“氧化钨”（管制编码：1C117.d）的海关商品编号“2825909120”更正为“2825901920”`: the entry's customs code is the
    corrected one; `…增列一项，序号为19-1：管制编码3B901.a，物项名称及描述为“…”，海关商品编号84798999`: the code is the field's."""
    body = (
        "一、《目录》第Ⅱ部分第5项“氧化钨”（管制编码：1C117.d）的海关商品编号“2825909120”更正为“2825901920”。\n"
        "二、在《目录》第Ⅱ部分第19项后增列一项，序号为19-1：管制编码3B901.a，物项名称及描述为“用于制造可充放电锂离子电池的"
        "叠片机”，海关商品编号84798999，计量单位为台。"
    )
    result = extract_entries(body)
    assert [(e.control_code, e.hs_codes) for e in result.entries] == [
        ("1C117.d", ("2825901920",)),
        ("3B901.a", ("84798999",)),
    ]


def test_cases_a_second_reader_built_against_parser_version_361() -> None:
    """Only a name cell announcing criteria (具有…特性的…：) takes the lines under it, in sequence — not `…，如下：` (its
    lines are entries of their own) nor the list's notes numbered after the last row; `…的海关商品编号由“A”更正为“B”` gives B."""
    head = "序号 | 管制编码 | 物项名称及描述 | 海关商品编号 | 单位\n"
    rows = (
        "1 | 1C117.c | 具有下述所有特性的固态钨： | 8101940001 | 千克\na．钨含量大于等于97%；\nb．能够加工成圆柱体。\n"
        "1．本目录所列物项的海关商品编号仅供参考。\n"
    )
    entries = extract_entries(head + rows, source="att1").entries
    assert entries[0].name_zh == "固态钨" and "仅供参考" not in (entries[0].spec_zh or "")
    listed = "1 | 1C902.a | 含钐的合金，如下： | 2805301910 | 千克\na．钐钴合金；\nb．钐铁合金。\n"
    assert "钐钴合金" not in extract_entries(head + listed, source="att1").entries[0].name_zh
    corrected = (
        "一、《目录》第5项“氧化钨”（管制编码：1C117.d）的海关商品编号由“2825909120”更正为“2825901920”。"
    )
    assert [e.hs_codes for e in extract_entries(corrected).entries] == [("2825901920",)]


def test_an_entry_moved_between_the_catalogues_parts_keeps_its_name_and_both_numbers() -> None:
    """`将稀土永磁材料制备技术（编号：083204X）由限制出口部分调入禁止出口部分，编号相应调整为083204J，控制要点不变。`: the entry
    is the technology, with its old number and the new one."""
    body = (
        "《中国禁止出口限制出口技术目录》调整内容\n一、禁止出口部分\n（一）有色金属冶炼和压延加工业\n"
        "1.将稀土永磁材料制备技术（编号：083204X）由限制出口部分调入禁止出口部分，编号相应调整为083204J，控制要点不变。"
    )
    entries = extract_entries(body, source="att1").entries
    assert [(e.name_zh, e.control_code, e.control_codes) for e in entries] == [
        ("稀土永磁材料制备技术", "083204X", ("083204X", "083204J"))
    ]
    # (由…移至… in a name that moves nothing between the catalogue's parts is the name)
    described = "附件\n两用物项出口管制清单\n一、核材料相关设备\n（一）专门设计用于将乏燃料组件由贮存水池移至运输容器的遥控操作装置\n"
    assert [e.name_zh for e in extract_entries(described, source="att1").entries] == [
        "专门设计用于将乏燃料组件由贮存水池移至运输容器的遥控操作装置"
    ]


def test_a_reserved_place_in_either_bracket_is_no_entry() -> None:
    """`3 | 1C003 | （保留） | |` and `4 | 1C004 | 【保留】 | |`: a deleted entry's number kept in place, nothing in it."""
    body = (
        "序号 | 管制编码 | 物项名称 | 海关商品编号\n1 | 1C001 | 金属钐 | 2805301910\n"
        "2 | 1C003 | （保留） | \n3 | 1C004 | 【保留】 | \n4 | 1C005 | 氧化钐 | 2846901940\n"
    )
    assert [e.name_zh for e in extract_entries(body, source="att1").entries] == ["金属钐", "氧化钐"]


def test_criteria_nested_under_a_row_criterion_stay_the_rows_and_the_table_goes_on() -> None:
    """1C117.c's criteria printed under its row: `b．能够加工成以下任一产品：` announces 1．2．3． nested under it — they are
    the row's spec, and the next row (仲钨酸铵) is still read; a 1．line after a．/b． that announce nothing is not theirs."""
    body = (
        "序号 | 管制编码 | 物项名称及描述 | 海关商品编号 | 单位\n"
        "1 | 1C117.c | 具有下述所有特性的固态钨（不包括粉末）： | 8101940001 | 千克\n"
        "a．按重量计钨含量大于等于97%；\nb．能够加工成以下任一产品：\n"
        "1．直径大于等于120mm且长度大于等于50mm的圆柱体；\n2．内径大于等于65mm、壁厚大于等于25mm且长度大于等于50mm的管材；\n"
        "3．尺寸大于等于120mm×120mm×50mm的块状物。\n"
        "2 | 1C117.d | 仲钨酸铵 | 2841801000 | 千克\n"
    )
    entries = extract_entries(body, source="att1").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [
        ("1C117.c", "固态钨（不包括粉末）"),
        ("1C117.d", "仲钨酸铵"),
    ]
    assert entries[0].spec_zh is not None and entries[0].spec_zh.endswith(
        "3．尺寸大于等于120mm×120mm×50mm的块状物。"
    )


def test_an_entry_rewritten_after_its_code_is_the_entry_it_leaves() -> None:
    """（一）2C902.b项的描述修改为：“X（参考税则号列：…），…除外” is X with its new description; （二）1C117.b项钼粉的参考海关商品编号
    修改为：A、B is 钼粉 with its new customs codes."""
    body = (
        "二、修改《清单》中的下列条目：\n"
        "（一）2C902.b项的描述修改为：“平均粒度大于50μm且小于等于500μm的人造金刚石单晶（参考税则号列：71051020），用于装饰或者"
        "珠宝用途的培育钻石除外”。\n"
        "（二）1C117.b项钼粉的参考海关商品编号修改为：8102100001、8102940001。\n"
    )
    entries = extract_entries(body).entries
    assert [(e.control_code, e.name_zh, e.hs_codes, e.spec_zh) for e in entries] == [
        (
            "2C902.b",
            "平均粒度大于50μm且小于等于500μm的人造金刚石单晶",
            ("71051020",),
            "用于装饰或者珠宝用途的培育钻石除外",
        ),
        ("1C117.b", "钼粉", ("8102100001", "8102940001"), None),
    ]


def test_rows_whose_act_cell_adds_or_changes_name_the_notice_they_came_from() -> None:
    """`1 | 1C914 | 镧相关物项 | 新增 | …公告2026年第2516号`: a table of a new edition's changes — the 备注 cell says where the
    change came from; only the row its act cell deletes is taken off."""
    body = (
        "序号 | 管制编码 | 物项名称 | 调整内容 | 备注\n"
        "1 | 1C914 | 镧相关物项 | 新增 | 商务部 工业和信息化部 海关总署公告2026年第2516号\n"
        "2 | 6C001.d | 三对乙氧基苯基铋 | 删除 | 商务部 海关总署公告2026年第2517号\n"
        "3 | 1C117.b | 钼粉 | 修改参考海关商品编号 | 商务部 海关总署公告2026年第2517号\n"
    )
    entries = extract_entries(body, source="att2").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [("1C914", "镧相关物项"), ("1C117.b", "钼粉")]


def test_entries_of_the_list_named_after_its_short_title_and_one_added_under_an_entry() -> None:
    """将《清单》5A902.d项的描述修改为：“X…” is X, 将《清单》5A902.c项密码机（含密码卡）的参考税则号列修改为：A、B is 密码机（含密码卡）
    with A and B — but 将《清单》3C004项中的“A”修改为“B” rewrites words and names no entry; 在《清单》5A902项下增列一目，作为
    5A902.e： announces the coded line below it."""
    body = (
        "一、在《清单》5A902项下增列一目，作为5A902.e：\n"
        "5A902.e 具有下述任一特性的后量子密码模块（参考税则号列：84718000）：\n"
        "1．实现基于格的公钥密码算法；\n2．实现基于哈希的数字签名算法。\n"
        "二、将《清单》5A902.d项的描述修改为：“量子密钥分发设备，包括发射端、接收端（参考税则号列：85176299）”。\n"
        "三、将《清单》5A902.c项密码机（含密码卡）的参考税则号列修改为：84718000、85176299。\n"
        "四、将《清单》3C004项中的“纯度大于99.999%”修改为“纯度大于99.9999%”。\n"
    )
    entries = extract_entries(body).entries
    assert [(e.control_code, e.name_zh, e.hs_codes) for e in entries] == [
        ("5A902.e", "后量子密码模块", ("84718000",)),
        ("5A902.d", "量子密钥分发设备", ("85176299",)),
        ("5A902.c", "密码机（含密码卡）", ("84718000", "85176299")),
    ]


def test_cases_a_second_reader_built_against_parser_version_369() -> None:
    """A description's quotes end its name, a customs code changed after them joins it; a name after 项下的 leaves the
    joining words; a move between the catalogue's parts printed without 部分 (由限制出口调入禁止出口) is still a move."""
    body = (
        "二、修改《清单》中的下列条目：\n"
        "（一）2C902.b项的描述修改为：“人造金刚石单晶”，参考税则号列修改为：71051020。\n"
        "（二）3C004.a项的描述修改为：“磷化铟”；参考海关商品编号不变。\n"
        "（三）1C117.d项下的非1C226项下管制的碳化钨的参考海关商品编号修改为：2849902000。\n"
    )
    assert [(e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [
        ("人造金刚石单晶", ("71051020",)),
        ("磷化铟", ()),
        ("非1C226项下管制的碳化钨", ("2849902000",)),
    ]
    moved = (
        "《中国禁止出口限制出口技术目录》调整内容\n一、禁止出口部分\n（一）有色金属冶炼和压延加工业\n"
        "1.将稀土永磁材料制备技术（编号：083204X）由限制出口调入禁止出口，编号相应调整为083204J，控制要点不变。"
    )
    assert [(e.name_zh, e.control_codes) for e in extract_entries(moved, source="att1").entries] == [
        ("稀土永磁材料制备技术", ("083204X", "083204J"))
    ]


def test_a_catalogue_table_under_categories_numbered_in_arabic_and_rows_changed_in_clauses() -> None:
    """第1类 …/第3类 … inside a catalogue table are its sections (the rows go on under them); in body clauses, a customs code
    added (，增列海关商品编号…) or corrected without quotes (，海关商品编号由A更正为B) is the entry's, after its name; 管制编码
    6C002.b项下的X is X under that code; 将《目录》第一部分第11项X删除 takes a row off."""
    table = (
        "序号 | 管制编码 | 商品名称 | 海关商品编号 | 单位\n第1类 特殊材料和相关设备、化学品、微生物和毒素\n"
        "1 | 1C004 | 钨镍铁合金或钨镍铜合金 | 8101940001 | 千克\n8101991001\n第3类 电子\n8 | 3C004.a | 磷化铟 | 2853904051 | 千克\n"
    )
    entries = extract_entries(table, source="附件").entries
    assert [(e.control_code, e.name_zh, e.hs_codes) for e in entries] == [
        ("1C004", "钨镍铁合金或钨镍铜合金", ("8101940001", "8101991001")),
        ("3C004.a", "磷化铟", ("2853904051",)),
    ]
    body = (
        "一、在《目录》第一部分中增列下列物项：\n（一）管制编码6C002.b项下的碲化镉汞（海关商品编号：2852100010）。\n"
        "二、将《目录》第一部分第11项三对乙氧基苯基铋（管制编码：6C001.d）删除。\n"
        "三、对《目录》第一部分下列物项的海关商品编号作如下更正：\n"
        "（一）氧化钨（管制编码：1C117.d），增列海关商品编号2825901920；\n"
        "（二）金属碲（管制编码：6C002.a），海关商品编号由2804500010更正为2804500001。\n"
        "四、商务部 海关总署公告2025年第58号第一款第（二）项第4目所列热压机，补充参考税则号列：84798999。\n"
    )
    assert [(e.control_code, e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [
        ("6C002.b", "碲化镉汞", ("2852100010",)),
        ("1C117.d", "氧化钨", ("2825901920",)),
        ("6C002.a", "金属碲", ("2804500001",)),
    ]


def test_cases_a_second_reader_built_against_parser_version_372() -> None:
    """Words or a code of a row deleted leave the row listed (no 'lifted'); prose under 管制编码…项下的 is no entry; a quoted
    word inside a new description is part of it."""
    body = (
        "二、将《目录》第一部分第11项三对乙氧基苯基铋（管制编码：6C001.d）的海关商品编号2931900090删除。\n"
        "三、管制编码1C117项下的物项，按照本公告执行。\n"
    )
    result = extract_entries(body)
    assert not [n for n in result.not_items if n.why == "lifted"]
    assert [e.name_zh for e in result.entries if e.control_code == "1C117"] == []
    described = "二、修改《清单》中的下列条目：\n（一）2C902.b项的描述修改为：“人造金刚石单晶，“宝石级”人造金刚石除外”。\n"
    assert [e.name_zh for e in extract_entries(described).entries] == ["人造金刚石单晶"]


def test_cases_a_second_reader_built_against_parser_version_374() -> None:
    """A deleted row whose name holds 的 is still taken off; 管制编码X项下的Y with any customs label, or a spec after a comma,
    keeps its code; a second quoted value after a new name is not the name."""
    body = (
        "一、对下列物项实施出口管制：\n（一）管制编码6C002.b项下的碲化镉汞（海关编码：2842909023）；\n"
        "（二）管制编码6C002.c项下的碲化锌，纯度≥99.99%（海关商品编号：2842909024）；\n"
        "二、将《目录》第一部分第3项用于核反应堆的石墨（管制编码：1C107）删除。\n"
    )
    result = extract_entries(body)
    assert [(e.control_code, e.name_zh) for e in result.entries] == [
        ("6C002.b", "碲化镉汞"),
        ("6C002.c", "碲化锌"),
    ]
    assert [n.why for n in result.not_items if "石墨" in n.line] == ["lifted"]
    renamed = "二、修改《清单》中的下列条目：\n（一）1C117.d项的名称修改为：“钨粉”，英文名称修改为“Tungsten powder”。\n"
    assert [e.name_zh for e in extract_entries(renamed).entries] == ["钨粉"]


def test_cases_a_second_reader_built_against_parser_version_376() -> None:
    """管制编码X项下的 then a generic noun and what is done with it is prose, no entry; words, a remark or a note of a
    catalogue row struck out leave the row (an act, no entry, not 'lifted'); an inch mark inside a new description is
    part of it."""
    body = (
        "二、将《目录》第一部分第3项（管制编码：1C107）的“高纯”二字删除。\n"
        "三、将《目录》第一部分第4项石墨（管制编码：1C107）中关于纯度的限定删除。\n"
        "四、将《目录》第一部分第5项石墨（管制编码：1C107）的备注删除。\n"
        "五、管制编码1C117项下的物项不再实施出口管制。\n"
        "六、管制编码1C117项下的物项出口须申请许可（具体海关商品编号见附件）。\n"
    )
    result = extract_entries(body)
    assert list(result.entries) == []
    assert [n.why for n in result.not_items if "《目录》" in n.line] == ["rule", "rule", "rule"]
    inches = '二、修改《清单》中的下列条目：\n（一）2B201.a项的描述修改为："直径大于12"的晶圆加工设备"。\n'
    assert [e.name_zh for e in extract_entries(inches).entries] == ['直径大于12"的晶圆加工设备']


def test_cases_a_second_reader_built_against_parser_version_379() -> None:
    """管制编码X项下的其他… printed with its customs code is an entry; 中的 inside a deleted row's name still takes the row
    off; a closing ASCII quote after a digit before a second value ends the new name."""
    body = (
        "一、对下列物项实施出口管制：\n（二）管制编码6C002.c项下的其他碲化物（海关商品编号：2842909029）；\n"
        "二、将《目录》第一部分第11项专门设计用于核反应堆中的锆合金管（管制编码：0C001）删除。\n"
    )
    result = extract_entries(body)
    assert [(e.control_code, e.name_zh, e.hs_codes) for e in result.entries] == [
        ("6C002.c", "其他碲化物", ("2842909029",))
    ]
    assert [n.why for n in result.not_items if "锆合金管" in n.line] == ["lifted"]
    renamed = '二、修改《清单》中的下列条目：\n（一）1C117.d项的名称修改为："钨合金粉末W-90"，英文名称修改为"Tungsten alloy powder W-90"。\n'
    assert [e.name_zh for e in extract_entries(renamed).entries] == ["钨合金粉末W-90"]


def test_cases_a_second_reader_built_against_parser_version_382() -> None:
    """管制编码X项下的相关物项 with a customs-code bracket and then what is done with it is prose, no entry."""
    body = "五、管制编码1C117项下的相关物项（参考海关商品编号2021年版：8101940001）按照本公告执行。\n"
    assert [e.name_zh for e in extract_entries(body).entries if e.control_code == "1C117"] == []


def test_cases_a_second_reader_built_against_parser_version_385() -> None:
    """管制编码X项下的其他… printed with its customs code keeps its code however long the name, with a bracket before the
    customs one or words after it."""
    body = (
        "一、对下列物项实施出口管制：\n（二）管制编码1C904项下的其他高性能钕铁硼永磁材料及其制品（海关商品编号：8505111000）；\n"
        "（三）管制编码6C002.c项下的其他碲化物（纯度≥99.99%）（海关商品编号：2842909029），包括碲化镉、碲化锌；\n"
    )
    assert [(e.control_code, e.hs_codes) for e in extract_entries(body).entries] == [
        ("1C904", ("8505111000",)),
        ("6C002.c", ("2842909029",)),
    ]
