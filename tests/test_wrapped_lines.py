"""List lines broken at arbitrary points, as text taken from a PDF prints them: the broken line is read
whole, a page's number and running title between its halves are dropped, and lines that are really
separate (numbered items, headings, 注, a closing paragraph) stay apart."""

from __future__ import annotations

import unicodedata

import pytest

from parsers.entries import extract_entries

_PREAMBLE = "关于对部分物项实施出口管制的公告\n根据《中华人民共和国出口管制法》有关规定，决定对以下物项实施出口管制。现将有关事项公告如下：\n"
_TITLE = "关于对部分物项实施出口管制的公告"


def _read(body: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.name_zh, e.control_code, e.hs_codes) for e in extract_entries(body).entries]


@pytest.mark.parametrize("footer", ["— 3 —", "- 3 -", "第 3 页 共 5 页", "第3页/共5页", "3/5"])
def test_a_page_break_inside_an_item_leaves_the_item_whole_and_the_footer_nowhere(footer: str) -> None:
    body = _PREAMBLE + "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）重量能量密度大于等于300Wh/kg的可充放电锂离子电池（参考海关商品",
            footer,
            _TITLE,
            "编号：85076000）；",
            "（二）压实密度大于等于2.5g/cm3的磷酸铁锂正极材料（参考海关商品编号：",
            "28429040）。",
            "注：能量密度按电芯计。",
        ]
    )
    assert _read(body) == [
        ("重量能量密度大于等于300Wh/kg的可充放电锂离子电池", None, ("85076000",)),
        ("压实密度大于等于2.5g/cm3的磷酸铁锂正极材料", None, ("28429040",)),
    ]
    assert all(footer not in e.name_zh and _TITLE not in e.name_zh for e in extract_entries(body).entries)


def test_a_code_broken_by_a_page_break_is_read_whole() -> None:
    """`1C0` / `04.a` and `10.` / `a` — a code split at the page's end, the page number in between."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关物项",
            "1.用于制造高温合金部件的镍基粉末材料（管制编码：1C0",
            "— 4 —",
            "04.a）",
            "2.专门设计的真空感应熔炼炉（管制编码：2B2",
            "- 5 -",
            "27.a）",
            "3.超硬材料",
        ]
    )
    assert _read(body) == [
        ("用于制造高温合金部件的镍基粉末材料", "1C004.a", ()),
        ("专门设计的真空感应熔炼炉", "2B227.a", ()),
        ("超硬材料", None, ()),
    ]


def test_a_parenthetical_broken_by_a_page_break_keeps_its_item_and_the_next_item_its_own() -> None:
    body = _PREAMBLE + "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）高纯度（纯度＞99.9%）、高强度（抗折强度＞30Mpa）、高密度（密度",
            "第 2 页 共 3 页",
            "＞1.73克/立方厘米）的人造石墨材料及其制品（参考海关商品编号：3801100030）；",
            "（二）天然鳞片石墨及其制品（参考海关商品编号：2504101000）。",
        ]
    )
    names = [name for name, _, _ in _read(body)]
    assert names == [
        "高纯度（纯度＞99.9%）、高强度（抗折强度＞30Mpa）、高密度（密度＞1.73克/立方厘米）的人造石墨材料及其制品",
        "天然鳞片石墨及其制品",
    ]


def test_two_item_lines_broken_at_one_width_under_whole_paragraphs_are_read_whole() -> None:
    """Only the list was wrapped (its lines share one exact length); the paragraphs around it were not,
    so no line reaches the longest line's width — the shared length of the broken lines gives it."""
    body = (
        "根据《中华人民共和国出口管制法》《中华人民共和国两用物项出口管制条例》有关规定，为维护国家安全和利益、"
        "履行防扩散等国际义务，经国务院批准，决定对稀土相关技术实施出口管制。现将有关事项公告如下：\n"
        + "\n".join(
            [
                "一、以下物项未经许可不得出口：",
                "（一）稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技",
                "术及其载体；（管制编码：1E902.a）",
                "（二）稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关生",
                "产线装配、调试、维护、维修、升级等技术。（管制编码：1E902.b）",
                "二、出口经营者明知其用于或者实质性有助于境外稀土开采、冶炼分离、金属冶炼、磁材制造活动的，"
                "应当在出口前向商务部申请两用物项出口许可。",
            ]
        )
    )
    assert _read(body) == [
        ("稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术及其载体", "1E902.a", ()),
        (
            "稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关生产线装配、调试、维护、维修、升级等技术",
            "1E902.b",
            (),
        ),
    ]


def test_a_repeated_line_is_a_running_title_only_beside_page_numbers() -> None:
    """The running title goes with the page numbers; the same heading printed twice in the text itself
    (no page number beside it) stays a heading, and each item under it stays its own."""
    body = _PREAMBLE + "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）用于制造高温合金部件的镍基粉末材料及其制品和相关半成",
            "— 1 —",
            _TITLE,
            "品（管制编码：1C004）；",
            "（二）锗锭（参考海关商品编号：8112921000）；",
            "二、以下物项未经许可不得出口：",
            "（一）磷化铟单晶（参考海关商品编号：2853909031）。",
        ]
    )
    result = extract_entries(body).entries
    assert [(e.name_zh, e.path) for e in result] == [
        ("用于制造高温合金部件的镍基粉末材料及其制品和相关半成品", "一/(一)"),
        ("锗锭", "一/(二)"),
        ("磷化铟单晶", "二/(一)"),
    ]


def test_items_of_one_length_keep_their_notes_and_closing_paragraph_apart() -> None:
    """Counterexample: item lines sharing a length, each with a 注 after it, are no wrapped text — no 注
    is joined; the last item's rest after a page break is, and the closing paragraph after it is not."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关物项",
            "1.用于制造高温合金部件的镍基粉末材料及其相关制品",
            "注：包括其废碎料。",
            "2.用于制造半导体器件的高纯锗单晶及其相关制品",
            "注：包括其边角料。",
            "3.用于制造红外光学器件的硒化锌晶体及其相关",
            "— 2 —",
            _TITLE,
            "制品",
            "以上物项包括其废碎料和边角料",
        ]
    )
    names = [name for name, _, _ in _read(body)]
    assert "以上物项包括其废碎料和边角料" not in "".join(e.quote_zh for e in extract_entries(body).entries)
    assert names == [
        "用于制造高温合金部件的镍基粉末材料及其相关制品",
        "用于制造半导体器件的高纯锗单晶及其相关制品",
        "用于制造红外光学器件的硒化锌晶体及其相关制品",
    ]


@pytest.mark.parametrize(
    ("rest", "hs"),
    [
        # code, HS, then the criteria clause
        ("（2B226）（参考海关商品编号：85143900），具有下列所有特性：", ("85143900",)),
        ("（管制编码：2B226）（参考海关商品编号：85143900），具有下列所有特性：", ("85143900",)),
        ("(2B226)(参考海关商品编号:85143900),具有下列所有特性:", ("85143900",)),  # half width
        # several HS codes make a long bracket
        (
            "（2B226）（参考海关商品编号：8514390010、8514390090、8514400000、8514900000），具有下列所有特性：",
            ("8514390010", "8514390090", "8514400000", "8514900000"),
        ),
    ],
)
def test_a_line_opening_with_the_items_references_is_the_rest_of_the_item(
    rest: str, hs: tuple[str, ...]
) -> None:
    """A PDF reader breaks `…的感应炉` from its `（2B226）（参考…），具有下列所有特性：`: a code or HS bracket never
    opens a paragraph, so the line is the item's rest and the lines after it are its criteria."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关设备",
            "1.在受控气氛中工作的感应炉",
            rest,
            "a.工作温度高于1123K；",
            "b.线圈直径不大于600毫米。",
            "2.等静压机（2B204）（参考海关商品编号：84798999）",
        ]
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("一/1", "在受控气氛中工作的感应炉", "2B226", hs),
        ("一/2", "等静压机", "2B204", ("84798999",)),
    ]
    assert "1123K" in (entries[0].spec_zh or "")


def test_a_value_bracket_before_the_references_and_a_line_ending_on_a_comma_continue_the_item() -> None:
    """`2.…的设备，` / `该设备…温度超过773K` / `（500℃）（9B003）（…）`: a list line never ends on a comma, and
    the bracket converting a value may stand before the code and HS brackets that close the item."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关设备",
            "1.专门为生产涡轮叶片而设计的定向凝固炉，",
            "该炉设计工作于真空度优于10帕、温度超过1773K",
            "（1500℃）（2B227）（参考海关商品编号：85143900）",
            "2.等静压机（2B204）（参考海关商品编号：84798999）",
        ]
    )
    entries = extract_entries(body).entries
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("专门为生产涡轮叶片而设计的定向凝固炉", "2B227", ("85143900",)),
        ("等静压机", "2B204", ("84798999",)),
    ]
    assert (entries[0].spec_zh or "").startswith("该炉设计工作于")


@pytest.mark.parametrize(
    "second",
    [
        "（2B204）等静压机（参考海关商品编号：84798999）",  # a bracketed code followed by a name of its own
        "（本项不含实验室用小型设备）",  # a remark, no reference
        "（2B204）（参考海关商品编号：84798999）",  # references, but the item above ended on its ；
    ],
)
def test_a_bracket_opening_a_line_after_a_finished_item_or_before_a_name_is_no_rest_of_the_item(
    second: str,
) -> None:
    """Counterexamples: the references continue an item only when nothing but its clause follows them and
    the item above has not ended."""
    body = _PREAMBLE + "\n".join(["一、相关设备", "1.真空感应熔炼炉（2B227）；", second])
    first = extract_entries(body).entries[0]
    assert (first.name_zh, first.control_code, first.hs_codes) == ("真空感应熔炼炉", "2B227", ())
    assert second not in first.quote_zh


@pytest.mark.parametrize("comma", ["，", ","])
def test_a_list_line_ending_on_a_comma_goes_on_below(comma: str) -> None:
    """No list line ends mid-sentence: after `…的阀门，` the next unnumbered line is the same item, even on an
    HTML page where paragraphs are printed whole; the next numbered line still starts its own."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关设备",
            f"1.耐腐蚀阀门{comma}",
            "其接触介质的表面由镍或镍合金制成（2B350.g）（参考海关商品编号：84818040）",
            "2.等静压机（2B204）",
        ]
    )
    entries = extract_entries(body).entries
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("耐腐蚀阀门", "2B350.g", ("84818040",)),
        ("等静压机", "2B204", ()),
    ]


@pytest.mark.parametrize("label", ["参考海关商品编号", "税则号列", "HS编码", "管制编码"])
def test_a_labelled_reference_broken_over_lines_below_its_item_is_the_items_rest(label: str) -> None:
    """`X（1B115）` / `（参考海关商品编号：` / `84198990、84798200）：`: a break before the reference and another
    inside it; the label opening the second line says it belongs to the line above."""
    value = "1B115" if label == "管制编码" else "84198990、84798200"
    body = _PREAMBLE + "\n".join(
        [
            "一、相关设备",
            "6.推进剂处理设备" + ("" if label == "管制编码" else "（1B115）"),
            f"（{label}：",
            f"{value}）：",
            "（1）用于液体推进剂的设备；",
            "（2）用于固体推进剂的设备。",
        ]
    )
    got = _read(body)
    assert [name for name, _, _ in got] == ["用于液体推进剂的设备", "用于固体推进剂的设备"]
    assert {code for _, code, _ in got} == {"1B115"}
    if label != "管制编码":
        assert {hs for _, _, hs in got} == {("84198990", "84798200")}


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _wrap(text: str, width: int) -> list[str]:
    """Break `text` where a PDF of `width` printed columns would: a CJK character takes two."""
    lines, line = [], ""
    for char in text:
        if _columns(line + char) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def test_lines_broken_at_a_printed_width_are_joined_though_codes_make_some_longer_in_characters() -> None:
    """The page breaks at a width in columns: a line carrying codes and figures holds more characters than
    an all-Chinese one of the same width, and both are the broken halves of one item."""
    first = "（一）7A911 采用MEMS工艺、零偏稳定性优于0.1°/h、量程大于±400°/s的硅微机械陀螺仪及其专门设计的部件（参考税则号列：90142000）；"
    second = "（二）7A912 为卫星姿态控制设计的固体冷却红外探测器读出集成电路及其专门设计的封装外壳（参考税则号列：85423900）；"
    third = "（三）7A913 采用0.25μm/0.18μm工艺、抗总剂量300krad(Si)、单粒子翻转阈值大于37MeV·cm2/mg的SRAM芯片（参考税则号列：85423200）。"
    lines = ["一、航天器件"]
    for item in (first, second, third):
        lines += _wrap(item, 60)
    body = _PREAMBLE + "\n".join([*lines, "二、本公告自发布之日起实施。"])
    assert _read(body) == [
        (
            "采用MEMS工艺、零偏稳定性优于0.1°/h、量程大于±400°/s的硅微机械陀螺仪及其专门设计的部件",
            "7A911",
            ("90142000",),
        ),
        ("为卫星姿态控制设计的固体冷却红外探测器读出集成电路及其专门设计的封装外壳", "7A912", ("85423900",)),
        (
            "采用0.25μm/0.18μm工艺、抗总剂量300krad(Si)、单粒子翻转阈值大于37MeV·cm2/mg的SRAM芯片",
            "7A913",
            ("85423200",),
        ),
    ]


def test_a_broken_line_opening_with_a_decimal_value_is_the_rest_of_the_item() -> None:
    """`…精度优于` / `0.5角秒的…`: no outline counts from 0, so a line opening on `0.5` is a value the
    width cut off, while `1.` / `2.` after a finished item stay items."""
    head = "1．用于航天器姿态测量、在全温度范围内测量精度等于或优于"
    items = [
        head + "0.5角秒的光纤陀螺组件；",
        "2．用于深空探测器的、工作温度范围宽于零下一百二十摄氏度至八十摄氏度的锂离子蓄电池组；",
        "3．专门设计用于月面巡视器的、可在真空和强辐照环境下连续工作的行星齿轮减速器组件。",
    ]
    lines = ["一、航天器部件"]
    for item in items:
        lines += _wrap(item, _columns(head))
    assert lines[1] == head and lines[2].startswith("0.5")
    body = _PREAMBLE + "\n".join([*lines, "二、本公告自发布之日起实施。"])
    assert [name for name, _, _ in _read(body)] == [item[2:-1] for item in items]


def test_a_full_line_ending_on_a_closing_quote_goes_on_below() -> None:
    """A quoted term ends a printed line mid-sentence (`…以缓解“失速”` / `状态的…`); a line that ends
    on a closing quote but is short of the width is whole."""
    head = "1．识别舵面卡滞并在线重构控制律、以缓解“主动飞行控制系统”"
    items = [
        head + "性能降级的实时诊断软件；",
        "2．专门设计用于无人驾驶航空飞行器的、能在强电磁干扰环境中工作的数据链路终端；",
        "3．采用光纤传输飞行控制指令、可同时驱动四个以上作动器的分布式飞控计算机；",
        "4．“飞行管理系统”",
    ]
    lines = ["一、技术"]
    for item in items:
        lines += _wrap(item, _columns(head))
    assert lines[1] == head and lines[-1] == items[-1]
    body = _PREAMBLE + "\n".join([*lines, "二、本公告自发布之日起实施。"])
    assert [name for name, _, _ in _read(body)] == [item[2:].rstrip("；") for item in items]


@pytest.mark.parametrize(
    ("first", "second"),
    [("a．", "b．"), ("a.", "b."), ("（a）", "（b）"), ("1．", "2．"), ("（1）", "（2）")],
)
def test_the_next_sub_item_printed_on_the_same_line_after_a_semicolon_is_a_sibling(
    first: str, second: str
) -> None:
    body = _PREAMBLE + "\n".join(
        [
            "一、生产设备",
            "（一）9B801 下列生产设备（参考税则号列：84798999）：",
            f"{first}专门设计用于星载原子钟的真空封装设备；{second}用于大口径蜂窝结构天线反射面的",
            "热压成型设备。",
            "二、出口经营者出口上述物项，应当依照有关规定向商务部申请两用物项出口许可，提交",
            "最终用户和最终用途证明。出口经营者应当如实申报，不得以任何方式规避本公告的管制",
            "要求。本公告自发布之日起实施，有关物项清单由商务部会同海关总署适时调整和发布。",
        ]
    )
    assert _read(body) == [
        ("专门设计用于星载原子钟的真空封装设备", "9B801", ("84798999",)),
        ("用于大口径蜂窝结构天线反射面的热压成型设备", "9B801", ("84798999",)),
    ]
    quotes = [e.quote_zh for e in extract_entries(body).entries]
    assert quotes[0] == f"{first}专门设计用于星载原子钟的真空封装设备"
    assert quotes[1] == f"{second}用于大口径蜂窝结构天线反射面的\n热压成型设备。"


@pytest.mark.parametrize("other", ["c．", "1．", "（1）"])
def test_a_marker_out_of_turn_after_a_semicolon_leaves_the_line_whole(other: str) -> None:
    body = _PREAMBLE + "\n".join(
        [
            "一、生产设备",
            "（一）9B801 下列生产设备（参考税则号列：84798999）：",
            f"a．专门设计用于星载原子钟的真空封装设备；{other}不含实验室样机；",
            "b．用于大口径蜂窝结构天线反射面的热压成型设备。",
            "二、本公告自发布之日起实施。",
        ]
    )
    names = [name for name, _, _ in _read(body)]
    assert len(names) == 2 and names[1] == "用于大口径蜂窝结构天线反射面的热压成型设备"
    assert other in extract_entries(body).entries[0].quote_zh


def test_a_row_broken_before_its_description_takes_the_line_after_its_codes() -> None:
    """Learnt from the 326th batch: `3 | 交叉（切向）流过滤设备 | 2B352.d | 84212990、` then `84219990` then the description on a
    line of its own: the row's last cell, and the table goes on with its next section."""
    body = (
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n一、培养与分离设备\n"
        "3 | 交叉（切向）流过滤设备 | 2B352.d | 84212990、\n84219990\n"
        "可分离致病性微生物、病毒、毒素或者细胞培养物，总过滤面积大于等于1平方米\n"
        "二、干燥与气溶胶设备\n4 | 喷雾干燥设备 | 2B352.h | 84193300 | 可干燥毒素或者致病性微生物\n"
    )
    read = extract_entries(body, source="att1").entries
    assert [(e.name_zh, e.hs_codes) for e in read] == [
        ("交叉（切向）流过滤设备", ("84212990", "84219990")),
        ("喷雾干燥设备", ("84193300",)),
    ]
    assert "总过滤面积" in (read[0].spec_zh or "")
