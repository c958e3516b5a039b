"""Entry extraction (`extract_entries`) against the hand-made ground truth and small outlines.

The ground truth is `../shared/mofcom/examples/truth.json` (real notice texts, partial captures):
it is scored on leaves only (non-group, non-reserved items). If it changes, re-read the notices; do
not copy the parser's output into the expectations.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers.entries import extract_entries
from parsers.script import t2s, to_simplified
from tests.conftest import shared_missing

EXAMPLES = (
    Path(__file__).resolve().parents[2] / "shared" / "mofcom" / "examples"
)  # ../shared beside the checkout
COMPARED = ("path", "name_zh", "control_code", "hs_codes_effective", "kind", "category_zh")


def _truth_notices() -> list[dict]:
    truth = EXAMPLES / "truth.json"
    if not truth.exists():
        return []
    return json.loads(truth.read_text("utf-8"))["notices"]


def _header_and_body(text: str) -> tuple[dict[str, str], str]:
    """The example files open with `key: value` lines; the notice text starts after the first blank line."""
    header, _, body = text.partition("\n\n")
    fields = {}
    for line in header.splitlines():
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields, body


@pytest.mark.parametrize("notice", _truth_notices() or [None], ids=lambda n: n["notice"] if n else "absent")
def test_ground_truth_leaves(notice: dict | None) -> None:
    if notice is None:
        shared_missing("mofcom/examples/truth.json")
    header, body = _header_and_body((EXAMPLES / notice["file"]).read_text("utf-8"))
    # The header's title may carry a note in parentheses after the title proper.
    title = header.get("title", "").split(" (")[0]
    expected = [
        {field: item[field] for field in COMPARED}
        for item in notice["items"]
        if not item["is_group"] and not item["reserved"]
    ]
    if str(notice.get("script", "")).startswith("zh-Hant"):
        # A Traditional repost is read after conversion (parsers.script); the truth gives each
        # name in Simplified in its note ("zh-Hans: 锑矿及原料").
        body, title = to_simplified(body).text, to_simplified(title).text
        for item, row in zip(
            [i for i in notice["items"] if not i["is_group"] and not i["reserved"]], expected, strict=True
        ):
            row["name_zh"] = item["note"].removeprefix("zh-Hans: ")
            row["category_zh"] = t2s(row["category_zh"])
    result = extract_entries(body, title)
    got = [
        {
            "path": e.path,
            "name_zh": e.name_zh,
            "control_code": e.control_code,
            "hs_codes_effective": list(e.hs_codes),
            "kind": e.kind,
            "category_zh": e.category_zh,
        }
        for e in result.entries
    ]
    assert got == expected
    for entry in result.entries:
        assert body[entry.span[0] : entry.span[1]] == entry.quote_zh


# 2025 No. 18 shape (half-width), trimmed: code before the text, group line carrying HS codes.
RARE_EARTH = """决定对下列物项实施出口管制:
一、钐相关物项
(一)1C902.a 金属钐、含钐的合金及相关制品:
1. 金属钐(参考海关商品编号:2805301910)。
2. 含钐的合金:
a. 钐钴合金;
b. 钐铁合金。
3. 含钐的靶材(参考海关商品编号:3824999922、8486909110):
a. 钐靶;
b. 钐钴合金靶。
(二)1C902.b氧化钐及其混合物(参考海关商品编号:2846901940、3824999922)。
二、出口经营者应当按照有关规定办理出口许可手续。
三、本公告自2025年4月4日起正式实施。"""


def test_outline_leaves_inherit_code_and_hs_from_groups() -> None:
    entries = extract_entries(RARE_EARTH).entries
    assert [e.path for e in entries] == [
        "一/(一)/1",
        "一/(一)/2/a",
        "一/(一)/2/b",
        "一/(一)/3/a",
        "一/(一)/3/b",
        "一/(二)",
    ]
    metal, alloy, _, target, _, oxide = entries
    assert (metal.name_zh, metal.control_code, metal.control_code_printed) == ("金属钐", "1C902.a", None)
    assert metal.hs_codes == ("2805301910",) and metal.hs_label == "参考海关商品编号"
    assert alloy.hs_codes == ()  # the alloy group prints no HS code, and 1C902.a's line has none either
    assert alloy.group_zh == "含钐的合金" and alloy.category_zh == "钐相关物项"
    assert target.hs_codes == ("3824999922", "8486909110")  # inherited from the group line
    assert (oxide.control_code, oxide.control_code_printed) == ("1C902.b", "1C902.b")
    assert oxide.name_zh == "氧化钐及其混合物"


def test_procedural_clauses_are_not_entries() -> None:
    names = [e.name_zh for e in extract_entries(RARE_EARTH).entries]
    assert not any("出口经营者" in n or "本公告" in n for n in names)


def test_fullwidth_and_halfwidth_punctuation_give_the_same_entries() -> None:
    fullwidth = (
        RARE_EARTH.replace("(", "（")
        .replace(")", "）")
        .replace(":", "：")
        .replace(";", "；")
        .replace(",", "，")
    )
    half = extract_entries(RARE_EARTH).entries
    full = extract_entries(fullwidth).entries
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in full] == [
        (e.path, e.name_zh, e.control_code, e.hs_codes) for e in half
    ]


def test_trailing_dot_codes_are_stripped_and_category_code_inherited() -> None:
    body = (
        "一、1C909 钬相关物项\n（一）1C909.a.金属钬、含钬的合金及相关制品：\n"
        "1. 金属钬（参考税则号列：28053019）。\n（二）1C909.b.氧化钬及其混合物。"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.control_code) for e in entries] == [("一/(一)/1", "1C909.a"), ("一/(二)", "1C909.b")]
    assert entries[1].control_code_printed == "1C909.b"
    assert entries[0].hs_codes == ("28053019",) and entries[0].hs_label == "参考税则号列"
    assert entries[0].category_zh == "钬相关物项"


def test_reserved_placeholder_is_skipped() -> None:
    body = (
        "一、1C909 钬相关物项\n（一）1C909.a.金属钬：\n1. 含钬的合金：\n"
        "a. 钬铁合金；\nb. 【保留】；\nc. 钬镁合金。"
    )
    entries = extract_entries(body).entries
    assert [e.path for e in entries] == ["一/(一)/1/a", "一/(一)/1/c"]
    assert all("保留" not in e.name_zh for e in entries)


def test_criteria_children_become_spec_not_entries() -> None:
    body = (
        "一、2B902 稀土生产加工设备\n"
        "（一）2B902.c.具有以下所有特性的稀土用焙烧窑：\n"
        "1. 尺寸范围为Φ1.8×20 m至Φ4.6×80 m；\n"
        "2. 反应温度小于等于850 ℃。\n"
        "（二）2B902.d.稀土永磁材料用真空速凝甩带炉。"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.control_code) for e in entries] == [("一/(一)", "2B902.c"), ("一/(二)", "2B902.d")]
    kiln = entries[0]
    assert kiln.kind == "equipment"
    # Each parameter once, without its own line-end punctuation doubling up with the separator.
    assert kiln.spec_zh == "1. 尺寸范围为Φ1.8×20 m至Φ4.6×80 m；2. 反应温度小于等于850 ℃"


def test_code_after_the_item() -> None:
    body = (
        "一、以下物项未经许可不得出口：\n"
        "（一）稀土冶炼分离相关技术及其载体；（管制编码：1E902.a）\n"
        "（二）稀土生产线维护等技术。（管制编码：1E902.b）"
    )
    entries = extract_entries(body, "商务部公告2025第62号 公布对稀土相关技术实施出口管制的决定").entries
    assert [(e.name_zh, e.control_code, e.kind) for e in entries] == [
        ("稀土冶炼分离相关技术及其载体", "1E902.a", "technology"),
        ("稀土生产线维护等技术", "1E902.b", "technology"),
    ]
    assert entries[0].category_zh == "稀土相关技术"  # from the title when no heading names it


def test_hs_after_the_final_period() -> None:
    body = (
        "一、符合以下特性的物项，未经许可，不得出口：\n（一）锑相关物项。\n"
        "1. 锑矿及原料，包括但不限于块、颗粒等形态。（参考海关商品编号：2617101000、2617109001）\n"
        "2. 金锑冶炼分离技术。"
    )
    entries = extract_entries(body).entries
    # The forms after the comma qualify the name (truth.json's convention): they go to the spec.
    assert [(e.name_zh, e.spec_zh, e.hs_codes, e.kind) for e in entries] == [
        ("锑矿及原料", "包括但不限于块、颗粒等形态", ("2617101000", "2617109001"), "item"),
        ("金锑冶炼分离技术", None, (), "technology"),
    ]
    assert entries[0].category_zh == "锑相关物项"


def test_qualifier_parenthesis_goes_to_spec() -> None:
    body = (
        "一、满足以下特性的物项,未经许可,不得出口:\n(一)镓相关物项。\n"
        "1. 金属镓(单质)(参考海关商品编号:8110929010)。"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.spec_zh, entry.hs_codes) == ("金属镓", "单质", ("8110929010",))


def test_stray_space_in_hs_label_and_wrong_length_is_reported() -> None:
    body = "一、钆相关物项\n（一）1C903.c含钆的化合物（参考海关商品编号: 2846902810、284690291）。"
    result = extract_entries(body)
    (entry,) = result.entries
    assert entry.hs_codes == ("2846902810", "284690291")
    assert [i.code for i in result.issues] == ["hs_code_length"]


def test_decimal_outline_numbers() -> None:
    body = (
        "一、1C117 钨相关物项\n（一）1C117.d.钨材料：\n1.1 钨粉：\n"
        "1.1.1 粒度小于等于5 μm的钨粉（参考税则号列：81011000）；\n"
        "1.1.2 碳化钨粉。\n1.2 钨合金。"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.control_code) for e in entries] == [
        ("一/(一)/1.1/1.1.1", "1C117.d"),
        ("一/(一)/1.1/1.1.2", "1C117.d"),
        ("一/(一)/1.2", "1C117.d"),
    ]


def test_stated_count_and_duplicate_path_issue() -> None:
    body = "共3项物项如下：\n一、钐相关物项\n1. 金属钐。\n1. 金属钆。"
    result = extract_entries(body)
    assert result.stated_count == 3
    assert "duplicate_path" in [i.code for i in result.issues]


def test_plain_prose_and_empty_input_give_nothing() -> None:
    assert extract_entries("").entries == ()
    prose = (
        "为维护国家安全和利益，经国务院批准，决定如下。\n"
        "一、出口经营者应当依照规定申请许可。\n二、本公告自公布之日起施行。"
    )
    assert extract_entries(prose).entries == ()


def test_spans_point_into_an_indented_body() -> None:
    body = "   前言\n\t一、钐相关物项\n   1. 金属钐。  \n\u3000\u30002. 金属钆。"
    entries = extract_entries(body).entries
    assert [e.quote_zh for e in entries] == ["1. 金属钐。", "2. 金属钆。"]
    for entry in entries:
        assert body[entry.span[0] : entry.span[1]] == entry.quote_zh


def test_attachment_source_is_recorded() -> None:
    body = "一、钐相关物项\n1. 金属钐。"
    (entry,) = extract_entries(body, source="https://www.mofcom.gov.cn/a/附件1.pdf").entries
    assert entry.source == "https://www.mofcom.gov.cn/a/附件1.pdf"


def test_right_parenthesis_numbering_is_an_outline_level() -> None:
    body = "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）镓相关物项：",
            "1）金属镓（参考海关商品编号：8112929010）；",
            "2）氮化镓（参考海关商品编号：2850001901）。",
        ]
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.hs_codes, e.category_zh) for e in entries] == [
        ("一/(一)/(1)", "金属镓", ("8112929010",), "镓相关物项"),
        ("一/(一)/(2)", "氮化镓", ("2850001901",), "镓相关物项"),
    ]


def test_control_code_category_letter_decides_kind_over_the_heading() -> None:
    # Under a heading about equipment *and* raw materials, a 1C material is an item, a 2B line equipment.
    body = "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）稀土生产设备及原辅料：",
            "1. 2B902.a 用于稀土生产加工的离心萃取设备；",
            "2. 1C915.a 稀土熔盐电解用高纯氟化锂；",
            "3. 2E902.a 离心萃取设备的工艺技术。",
        ]
    )
    kinds = {e.control_code: e.kind for e in extract_entries(body).entries}
    assert kinds == {"2B902.a": "equipment", "1C915.a": "item", "2E902.a": "technology"}


def test_a_list_of_items_released_from_control_is_not_read_as_new_entries() -> None:
    # 2023 No. 39's shape: clause 一 controls graphite items, clause 二 lifts earlier temporary controls.
    body = "\n".join(
        [
            "一、对以下物项实施出口管制，未经许可不得出口：",
            "（一）天然鳞片石墨及其制品（参考海关商品编号：2504109910、2504101000）。",
            "二、以下物项取消临时管制措施：",
            "（一）高纯石墨电极（参考海关商品编号：8545110000）。",
            "三、本公告自2023年12月1日起正式实施。",
        ]
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["天然鳞片石墨及其制品"]
    assert [(i.code, i.line) for i in result.issues] == [("lifted_list", "二、以下物项取消临时管制措施：")]


# -- shapes (rules for shapes, not for lines) ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "params", "name"),
    [
        (
            "（一）1C004.具有以下所有特性的钨镍铁合金：",
            ["a. 密度大于17.5 g/cm3；", "b. 弹性极限超过800 MPa。"],
            "钨镍铁合金",
        ),
        (
            "（二）具有下列任一特性的等静压装置：",
            ["(1) 最大工作压力大于等于69 MPa；", "(2) 腔体内径大于152 mm。"],
            "等静压装置",
        ),
        ("（三）2B902.c.具有下述所有特性的稀土用焙烧窑:", ["1. 反应温度小于等于850 ℃;"], "稀土用焙烧窑"),
        ("（四）碳化硼材料，具有以下所有特性：", ["a. 纯度大于99%；", "b. 粒度小于10 μm。"], "碳化硼材料"),
    ],
)
def test_criteria_line_is_one_leaf_whatever_the_noun(line: str, params: list[str], name: str) -> None:
    body = "\n".join(["一、以下物项未经许可不得出口：", line, *params, "（九）金属铋。"])
    result = extract_entries(body)
    first, bismuth = result.entries
    assert first.name_zh == name and first.path == "一/" + line[:3].replace("（", "(").replace("）", ")")
    assert first.spec_zh is not None and all(p.rstrip("；;。")[-4:] in first.spec_zh for p in params)
    assert bismuth.name_zh == "金属铋"
    assert [(n.line, n.why) for n in result.not_items if n.why == "criteria"] == [
        (p, "criteria") for p in params
    ]


def test_purpose_list_names_the_thing_designed() -> None:
    body = "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）为制造下列任一物项而专门设计的模具：",
            "（1）涡轮叶片；",
            "（2）燃烧室衬套；",
            "（3）喷管；",
            "（4）整流罩。",
            "（二）钛合金棒材。",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [("一/(一)", "模具"), ("一/(二)", "钛合金棒材")]
    assert "涡轮叶片" in (result.entries[0].spec_zh or "") and "整流罩" in (result.entries[0].spec_zh or "")
    assert [n.why for n in result.not_items if n.line.startswith("（")] == ["purpose"] * 4


def test_a_purpose_list_whose_purpose_says_where_the_thing_is_made_still_names_the_thing() -> None:
    """`用于在受控环境下生产下列任一物项的X：`: the setting between 用于 and 生产 changes nothing — X is the
    leaf and the cited powders under it are its purposes."""
    body = (
        "一、设备\n（三）1B102 用于在受控环境下生产下列任一物项的金属粉末生产设备（参考税则号列：84798900）：\n"
        "1.1C111.a.1所列球形或类球形铝粉；\n2.1C111.a.2所列粒度小于60微米的锆、铍、镁及其合金粉末。\n"
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code) for e in result.entries] == [
        ("一/(三)", "金属粉末生产设备", "1B102")
    ]
    assert "球形或类球形铝粉" in (result.entries[0].spec_zh or "")


@pytest.mark.parametrize(
    ("line", "code", "codes", "name"),
    [
        ("（一）6C002.a．金属碲（参考税则号列：28045000）。", "6C002.a", (), "金属碲"),
        ("（一）6C002.a、金属碲。", "6C002.a", (), "金属碲"),
        ("（一）6C002.a.金属碲。", "6C002.a", (), "金属碲"),
        ("（一）6C002.a 金属碲。", "6C002.a", (), "金属碲"),
        (
            "（一）1E004、1E101.b．用于生产碲化物的技术。",
            "1E004",
            ("1E004", "1E101.b"),
            "用于生产碲化物的技术",
        ),
        # a quantity with its unit after the last point opens the name
        ("（一）6C002.a.20℃时电阻率大于100Ω·cm的碲。", "6C002.a", (), "20℃时电阻率大于100Ω·cm的碲"),
        ("（一）6C002.b.99.99%及以上纯度的碲。", "6C002.b", (), "99.99%及以上纯度的碲"),
        ("（一）6C002.a.1.高纯碲。", "6C002.a.1", (), "高纯碲"),
        # a level's number before a name, and quantities of three digits or with units read as names
        ("（一）6C002.b.8 倍频碲靶材。", "6C002.b.8", (), "倍频碲靶材"),
        ("（一）6C002.b.5N及以上纯度的碲。", "6C002.b", (), "5N及以上纯度的碲"),
        ("（一）6C002.a.2000MPa以上的碲纤维。", "6C002.a", (), "2000MPa以上的碲纤维"),
        ("（一）6C002.b.2.100W及以上的碲靶材。", "6C002.b.2", (), "100W及以上的碲靶材"),
    ],
)
def test_whatever_separates_codes_from_the_name_goes(line: str, code: str, codes: tuple, name: str) -> None:
    (entry,) = extract_entries("一、6C002 碲相关物项\n" + line).entries
    assert (entry.control_code, entry.control_codes, entry.name_zh) == (code, codes, name)


def test_inline_sub_items_on_one_line_are_leaves_with_spans() -> None:
    body = (
        "一、3B901 石墨负极材料设备\n"
        "（三）3B901.c.1.用于生产石墨负极材料的造粒工艺设备：a.立式造粒釜（参考税则号列：84198990）；"
        "b.连续造粒釜。"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes, e.kind, e.group_zh) for e in entries] == [
        (
            "一/(三)/a",
            "立式造粒釜",
            "3B901.c.1",
            ("84198990",),
            "equipment",
            "用于生产石墨负极材料的造粒工艺设备",
        ),
        ("一/(三)/b", "连续造粒釜", "3B901.c.1", (), "equipment", "用于生产石墨负极材料的造粒工艺设备"),
    ]
    for entry in entries:
        assert body[entry.span[0] : entry.span[1]] == entry.quote_zh
    assert entries[1].quote_zh == "b.连续造粒釜。"


def test_names_keep_qualifying_parentheticals_but_not_forms_or_hs() -> None:
    body = "\n".join(
        [
            "一、锂电池相关物项",
            "（一）3A001 可充放电锂离子电池（包含电芯和电池组）（参考税则号列：85076000）。",
            "（二）天然鳞片石墨及其制品（包含球化石墨、膨胀石墨等）（参考海关商品编号：2504101000）。",
            "（三）氮化镓（包括但不限于晶片、粉末、碎料等形态）。",
        ]
    )
    entries = extract_entries(body).entries
    assert [(e.name_zh, e.spec_zh) for e in entries] == [
        ("可充放电锂离子电池（包含电芯和电池组）", None),
        ("天然鳞片石墨及其制品", "包含球化石墨、膨胀石墨等"),
        ("氮化镓", "包括但不限于晶片、粉末、碎料等形态"),
    ]


def test_long_coded_lines_and_numbers_past_999_are_items() -> None:
    long_name = "用于" + "高温合金粉末制备的真空感应熔炼气雾化" * 4 + "设备"
    body = "\n".join(
        [
            "第一部分 原产于中国的物项",
            "999. 1C902.a.1 金属钐；",
            f"1000. 2B999.a {long_name}；",
            "1001. 1C902.a.2 钐钴合金。",
        ]
    )
    entries = extract_entries(body, source="https://x/附件1.pdf").entries
    assert [(e.path, e.control_code) for e in entries] == [
        ("第一部分/999", "1C902.a.1"),
        ("第一部分/1000", "2B999.a"),
        ("第一部分/1001", "1C902.a.2"),
    ]
    assert entries[1].name_zh == long_name and entries[0].category_zh == "原产于中国的物项"


def test_a_coded_line_at_the_top_is_read_without_a_heading() -> None:
    body = "1. 3A001 重量能量密度大于等于300 Wh/kg且循环寿命大于等于1000次的可充放电锂离子电池单体、电池模块和电池包（参考税则号列：85076000）；\n2. 3C901.b.1 人造石墨负极材料。"
    entries = extract_entries(body).entries
    assert [e.control_code for e in entries] == ["3A001", "3C901.b.1"]


def test_no_silent_drops_a_line_with_item_evidence_is_reported() -> None:
    # An unnumbered list (no outline at all): nothing is guessed, but nothing is lost either.
    body = "决定对下列物项实施出口管制：\n金属钐（参考海关商品编号：2805301910）\n本公告自公布之日起实施。"
    result = extract_entries(body)
    assert result.entries == ()
    assert [(i.code, i.line) for i in result.issues] == [
        ("unread_line", "金属钐（参考海关商品编号：2805301910）")
    ]


def test_every_numbered_line_of_a_list_is_accounted_for() -> None:
    body = "\n".join(
        [
            "一、以下物项未经许可不得出口：",
            "（一）1C909 钬相关物项：",
            "1. 金属钬（参考税则号列：28053019）；",
            "2. 【保留】；",
            "3. 具有以下所有特性的钬靶：",
            "a. 纯度大于99.9%；",
            "（二）删除钬铁合金（编号：1C909.d）。",
            "二、出口经营者应当办理许可手续，并提交下列文件：",
            "（一）出口合同；",
        ]
    )
    result = extract_entries(body)
    numbered = [line for line in body.split("\n")[1:]]
    read = {e.quote_zh for e in result.entries} | {n.line for n in result.not_items}
    assert [line for line in numbered if line not in read] == []
    assert {n.why for n in result.not_items} == {"heading", "reserved", "criteria", "lifted", "procedure"}
    assert not [i for i in result.issues if i.code == "unread_line"]


@pytest.mark.parametrize(
    ("line", "codes", "hs"),
    [
        ("（一）金属碲（6C002.a）（参考海关商品编码：2804500001）。", ("6C002.a",), ("2804500001",)),
        ("（一）碲化镉（6C002.b、6C002.c）；", ("6C002.b", "6C002.c"), ()),
        ("（一）金属碲（管制编码：6C002.a）（参考税号：28045000）。", ("6C002.a",), ("28045000",)),
    ],
)
def test_codes_after_the_name_and_hs_label_variants(line: str, codes: tuple, hs: tuple) -> None:
    (entry,) = extract_entries("一、碲相关物项\n" + line).entries
    assert (entry.control_codes or (entry.control_code,), entry.hs_codes) == (codes, hs)
    assert entry.name_zh in ("金属碲", "碲化镉")


def test_a_table_row_is_reported_not_dropped() -> None:
    # A list printed as a table (序号 名称 编码 商品编号) is not read as an outline: each row is reported.
    body = "序号 名称 管制编码 海关商品编号\n1 金属钐 1C902.a.1 2805301910\n2 钐钴合金 1C902.a.2 7202999000"
    issues = extract_entries(body).issues
    assert [(i.code, i.line) for i in issues] == [
        ("unread_line", "1 金属钐 1C902.a.1 2805301910"),
        ("unread_line", "2 钐钴合金 1C902.a.2 7202999000"),
    ]


# A drone notice's shape, in our own wording: criteria after the name (with the HS reference before the
# colon), conditions before the criteria phrase, a "技术指标如下" list, and (1)(2) parameter lines.
DRONES = "\n".join(
    [
        "一、满足以下特性的物项，未经许可，不得出口：",
        "（一）无人驾驶航空飞行器相关物项。",
        "1.无人驾驶航空飞行器（参考海关商品编号：8806220010），具有以下所有特性：",
        "（1）最大起飞重量大于等于25千克；",
        "（2）续航时间大于等于30分钟。",
        "2.最大航程大于等于50千米，且具有以下任一特性的无人机专用发动机：",
        "（1）功率重量比大于1 kW/kg；",
        "（2）工作高度6000米以上。",
        "3.无人机用光电吊舱，技术指标如下：",
        "（1）可见光相机分辨率优于1920×1080；",
        "（2）激光测距距离大于等于5千米。",
        "4.无人机用任务载荷：",
        "（1）合成孔径雷达；",
        "（2）激光照射器。",
        "5.为无人机专门设计的飞行控制系统。",
        "二、出口经营者应当按照有关规定办理出口许可手续。",
    ]
)


def test_criteria_in_every_position_and_parameter_lines_are_spec() -> None:
    result = extract_entries(DRONES)
    got = [(e.path, e.name_zh, e.hs_codes, e.kind) for e in result.entries]
    assert got == [
        ("一/(一)/1", "无人驾驶航空飞行器", ("8806220010",), "item"),
        ("一/(一)/2", "无人机专用发动机", (), "equipment"),
        ("一/(一)/3", "无人机用光电吊舱", (), "item"),
        ("一/(一)/4/(1)", "合成孔径雷达", (), "item"),
        ("一/(一)/4/(2)", "激光照射器", (), "item"),
        ("一/(一)/5", "为无人机专门设计的飞行控制系统", (), "equipment"),
    ]
    engine = result.entries[1]
    assert (
        engine.spec_zh is not None
        and "最大航程大于等于50千米" in engine.spec_zh
        and "6000米" in engine.spec_zh
    )
    assert "1920×1080" in (result.entries[2].spec_zh or "")
    params = [n.line for n in result.not_items if n.why == "criteria"]
    assert len(params) == 6 and all(line.startswith("（") for line in params)


def test_an_export_ban_names_its_goods_and_a_quantity_limit_names_nothing() -> None:
    """商务部 海关总署公告2018年第4号's shape: the banned goods are the entry; 限制…出口 and its quota
    and conditions are a measure, not things; the catalogue reference goes to spec."""
    body = "\n".join(
        [
            "一、对朝鲜出口商品",
            "（一）自本公告执行之日起，全面禁止对朝鲜出口铁、钢和其他金属、工业机械、运输车辆（产品目录见附件1）。",
            "（二）限制对朝鲜出口原油。",
            "每12个月期间内对朝鲜出口原油不得超过400万桶。",
            "（三）限制对朝鲜出口精炼石油产品。应当符合以下条件：",
            "1.精炼石油产品的供应、销售或者转让，不涉及有关联的个人或者实体；",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.spec_zh) for e in result.entries] == [
        ("一/(一)", "铁、钢和其他金属、工业机械、运输车辆", "产品目录见附件1")
    ]
    assert {n.line[:6] for n in result.not_items if n.why == "rule"} >= {"（二）限制对", "（三）限制对"}


def test_a_ban_clause_at_the_top_names_its_good_and_its_exceptions_are_not_items() -> None:
    body = "\n".join(
        [
            "三、禁止对某国出口航空燃油，包括航空汽油、煤油类航空燃油，但下列两种情况除外：",
            "1.经委员会逐案批准的人道主义用途；",
            "2.向民用客机供应往返飞行期间使用的燃油。",
            "四、禁止自某国进口黄金矿、钛矿。",
            "五、禁止向某国出口本公告所列两用物项。",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [("三", "航空燃油")]
    assert result.entries[0].spec_zh is not None and "航空汽油" in result.entries[0].spec_zh
    assert all("1.经委员会" not in e.quote_zh for e in result.entries)


def test_catalogue_sections_named_after_a_measure_are_headings() -> None:
    body = "一、禁止出口部分\n（一）建筑业\n删除中国传统建筑技术（编号：085001J）。\n二、限制出口部分\n（一）化学原料\n1.电池正极材料制备技术（编号：252604X）。"
    result = extract_entries(body)
    assert [(e.name_zh, e.control_code) for e in result.entries] == [("电池正极材料制备技术", "252604X")]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        # an open list of examples ends in 等: spec, whatever its verb (truth.json: 包含球化石墨、膨胀石墨等)
        (
            "（四）生产6C002项的技术及资料（含工艺规范、工艺参数、加工程序等）。",
            "生产6C002项的技术及资料",
            "含工艺规范、工艺参数、加工程序等",
        ),
        (
            "（二）天然鳞片石墨及其制品（包含球化石墨、膨胀石墨等）。",
            "天然鳞片石墨及其制品",
            "包含球化石墨、膨胀石墨等",
        ),
        # a closed list names the scope and stays
        ("（一）可充放电锂离子电池（包含电芯和电池组）。", "可充放电锂离子电池（包含电芯和电池组）", None),
        (
            "（二）碲化合物单晶或多晶制品（包括衬底或外延片）。",
            "碲化合物单晶或多晶制品（包括衬底或外延片）",
            None,
        ),
    ],
)
def test_illustrative_parentheticals_go_to_spec_scope_parentheticals_stay(
    line: str, name: str, spec: str | None
) -> None:
    (entry,) = extract_entries("一、以下物项未经许可不得出口：\n" + line).entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


@pytest.mark.parametrize(
    "reference",
    [
        "（HS编码：2804500001）",
        "（参考HS编码：2804500001）",
        "（ＨＳ编码：2804500001）",
        "（参考海关商品编号为2804500001）",
    ],
)
def test_hs_references_in_other_wordings_leave_the_name_and_keep_the_code(reference: str) -> None:
    """The catalogue's HS编码 column label and an 编号为… sentence form name the same customs code: the
    name must not carry it and the code must not be lost."""
    body = f"根据有关规定，决定对下列物项实施出口管制：\n一、相关物项\n（一）6C002.a 金属碲{reference}；\n"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == ("金属碲", "6C002.a", ("2804500001",))


def test_an_export_ban_whose_goods_carry_their_own_hs_brackets_gives_one_entry_per_good() -> None:
    """Each good with its own customs code is its own entry: one merged entry would hold two codes
    without saying whose they are. What narrows a code inside its bracket (不含…) is that good's spec."""
    body = (
        "二、禁止向某国出口石脑油(海关编码:2710121000,不含溶剂油)和丙烷(海关编码:2711120000)。"
        "此后出境的上述产品一律按禁止出口货物处理。"
    )
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.hs_codes, e.spec_zh) for e in result.entries]
    assert got == [
        ("二/1", "石脑油", ("2710121000",), "不含溶剂油"),
        ("二/2", "丙烷", ("2711120000",), None),
    ]
    assert body[slice(*result.entries[1].span)] == "丙烷(海关编码:2711120000)"
    assert [n.why for n in result.not_items if n.line == body] == ["rule"]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        # an exclusion after a comma narrows the thing: spec (a bracketed （…除外） stays in the name)
        (
            "3.可测量高速冲击的压力传感器,用于汽车碰撞试验目的除外",
            "可测量高速冲击的压力传感器",
            "用于汽车碰撞试验目的除外",
        ),
        ("3.高速摄像机（用于体育转播的除外）", "高速摄像机（用于体育转播的除外）", None),
        # examples after ，例如 stay in the name (the corpus convention)
        ("4.工业探伤设备，例如便携式γ射线探伤仪", "工业探伤设备，例如便携式γ射线探伤仪", None),
    ],
)
def test_comma_exclusions_are_spec_and_examples_stay(line: str, name: str, spec: str | None) -> None:
    (entry,) = extract_entries("一、两用物项\n（一）相关设备\n" + line).entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


def test_criteria_printed_before_the_noun_leave_the_noun_as_the_entry() -> None:
    """Thresholds or forms in front of the noun (`…的下列任何形态的X：`, `…，但已满足下列条件的X，未经
    许可，不得出口：`): X is the entry; the thresholds, the control sentence and the sub-lines are not its name."""
    body = "\n".join(
        [
            "一、外形尺寸未列入现行清单，但已满足下列条件的遥控水下航行器（参考海关商品编号：8906909000），未经许可，不得出口：",
            "（一）下潜深度大于300米；",
            "（二）续航时间大于8小时。",
            "二、相关材料",
            "1.在室温下屈服强度达到1500兆帕以上的下列任何形态的钛合金：",
            "（1）厚度大于10毫米的板材；",
            "（2）直径大于50毫米的棒材。",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.hs_codes) for e in result.entries] == [
        ("一", "遥控水下航行器", ("8906909000",)),
        ("二/1", "钛合金", ()),
    ]
    vehicle, alloy = result.entries
    assert vehicle.spec_zh is not None and "外形尺寸未列入现行清单" in vehicle.spec_zh
    assert "不得出口" not in (vehicle.spec_zh or "")
    assert alloy.spec_zh is not None and "1500兆帕" in alloy.spec_zh and "棒材" in alloy.spec_zh
    assert sum(1 for n in result.not_items if n.why == "criteria") == 4


def test_a_rewritten_catalogue_entry_is_a_leaf_and_a_rewrite_of_an_unprinted_list_is_not() -> None:
    """`将X（编号：…）控制要点2修改为：“…”` keeps X controlled with new wording, also under a section
    named after a measure (禁止出口部分); `将…文件所载清单第8项改为“…”` rewrites a list this notice
    does not print: nothing to list."""
    body = "\n".join(
        [
            "一、禁止出口部分",
            "（一）种植业",
            "1.删去某作物育种技术（编号：050101J）条目。",
            "2.将茶树栽培和加工技术（编号：050102J）控制要点2修改为：“名优茶的传统加工工艺”。",
            "（二）相关物项",
            "3.将某委员会文件所载清单第8项改为“高纯度铍及其合金”",
            "4.铍铜合金",
        ]
    )
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.control_code) for e in result.entries]
    assert got == [("一/(一)/2", "茶树栽培和加工技术", "050102J"), ("一/(二)/4", "铍铜合金", None)]
    assert "名优茶的传统加工工艺" in (result.entries[0].spec_zh or "")
    why = {n.line[:2]: n.why for n in result.not_items}
    assert (why["1."], why["3."]) == ("lifted", "rule")


def test_species_named_in_one_sentence_with_their_count_are_entries() -> None:
    """`将A、B等2种物质增列至《…》附件2第二部分`: the names are entries under the part they join, the
    count checks them (a comma between digits belongs to the name); a count that does not add up, or
    entities counted in 家, give none."""
    sentence = "将3,4-亚甲基二氧苯基-2-丙酮、2-甲基-1-苯基丙酮等两种物质增列至《某目录》附件2第二部分。"
    result = extract_entries("为加强管理，决定调整《某目录》。\n" + sentence + "\n本公告自发布之日起施行。")
    got = [(e.path, e.name_zh, e.category_zh) for e in result.entries]
    assert got == [
        ("附件2第二部分/+1", "3,4-亚甲基二氧苯基-2-丙酮", "某目录附件2第二部分"),
        ("附件2第二部分/+2", "2-甲基-1-苯基丙酮", "某目录附件2第二部分"),
    ]
    assert result.stated_count == 2
    assert extract_entries("将甲苯、丙酮、乙醚等2种物质增列至《某目录》附件1。").entries == ()
    assert extract_entries("将甲公司、乙公司等2家实体列入管控名单。").entries == ()


# --------------------------------------------------------------------------- printed-form variants
# The same list typed differently must read the same (bench/perturb.py measures it on every notice).


def _leaves(body: str) -> list[tuple[str, str, tuple[str, ...]]]:
    result = extract_entries(body, "公布对铋相关物项实施出口管制的决定")
    for entry in result.entries:
        assert body[entry.span[0] : entry.span[1]] == entry.quote_zh
    return [(e.path, e.name_zh, e.hs_codes) for e in result.entries]


def test_item_numbers_typed_in_full_width_digits_and_letters_read_as_ascii_numbers() -> None:
    body = (
        "一、铋相关物项\n"
        "（一）含铋的合金：\n"
        "ａ．铋锡合金；\n"
        "ｂ．铋铅合金。\n"
        "（二）铋靶材：\n"
        "１．高纯铋靶（参考海关商品编号：8106009090）；\n"
        "２．铋锑靶。\n"
    )
    assert _leaves(body) == [
        ("一/(一)/a", "铋锡合金", ()),
        ("一/(一)/b", "铋铅合金", ()),
        ("一/(二)/1", "高纯铋靶", ("8106009090",)),
        ("一/(二)/2", "铋锑靶", ()),
    ]


def test_an_item_broken_over_two_lines_is_one_entry_with_the_whole_name() -> None:
    # Text extracted from a PDF: every line broken at the page width, the preamble's too.
    body = (
        "根据出口管制法的有关规定，为维护国家安全和利益，经国务\n"
        "院批准，决定对下列物项实施出口管制，有关事项公告如下：\n"
        "一、铋相关物项\n"
        "1. 用于制造低温焊料的纯度大于等于99.99%的高纯金属\n"
        "铋及其合金（参考海关商品编号：8106009090）。\n"
        "2. 氧化铋。\n"
    )
    assert _leaves(body) == [
        ("一/1", "用于制造低温焊料的纯度大于等于99.99%的高纯金属铋及其合金", ("8106009090",)),
        ("一/2", "氧化铋", ()),
    ]


def test_on_a_page_of_whole_paragraphs_an_item_without_punctuation_keeps_the_paragraph_after_it_apart() -> (
    None
):
    # An HTML page prints each paragraph whole: a last item ending without punctuation is followed by a
    # note or the closing clause, which are not the rest of its name.
    body = (
        "为维护国家安全和利益，履行防扩散等国际义务，经国务院批准，根据出口管制法的有关规定，决定对下列物项"
        "实施出口管制。有关事项公告如下：\n"
        "一、下列物项未经许可不得出口：\n"
        "1.钐钴永磁体制造专用的真空熔炼设备及其配套生产线\n"
        "注：本项不包括实验室用的小型熔炼炉。\n"
        "2.稀土金属冶炼用熔盐电解槽及其配套整流电源设备\n"
        "本公告自2025年12月1日起正式实施。\n"
    )
    assert [(path, name) for path, name, _ in _leaves(body)] == [
        ("一/1", "钐钴永磁体制造专用的真空熔炼设备及其配套生产线"),
        ("一/2", "稀土金属冶炼用熔盐电解槽及其配套整流电源设备"),
    ]


def test_a_break_inside_an_open_bracket_or_before_the_hs_reference_keeps_the_codes_on_the_item() -> None:
    body = (
        "一、铋相关物项\n"
        "1. 氧化铋（参考海关商品编号：2825901000、\n"
        "2825909000）。\n"
        "2. 硝酸铋\n"
        "（参考海关商品编号：2834299000）。\n"
    )
    assert _leaves(body) == [
        ("一/1", "氧化铋", ("2825901000", "2825909000")),
        ("一/2", "硝酸铋", ("2834299000",)),
    ]


def test_a_short_heading_followed_by_an_unnumbered_paragraph_is_not_joined_to_it() -> None:
    # A heading without closing punctuation is short; the paragraph under it is its prose, not its rest.
    body = "一、铋相关物项\n1. 氧化铋。\n二、附则\n本公告自公布之日起施行。\n"
    assert _leaves(body) == [("一/1", "氧化铋", ())]


def test_sub_items_printed_inline_on_a_wrapped_line_quote_the_body_across_the_break() -> None:
    body = (
        "为维护国家安全和利益，决定对下列物项实施出口管制，\n"
        "未经许可不得出口，有关事项公告如下列各项所示：\n"
        "一、铋相关物项\n"
        "（一）用于生产铋基材料的造粒工艺设备：a.造粒容\n"
        "  积大于等于5m3的立式造粒釜；b.造粒容积大于等\n"
        "于5m3的连续造粒釜。\n"
    )
    assert [(path, name) for path, name, _ in _leaves(body)] == [
        ("一/(一)/a", "造粒容积大于等于5m3的立式造粒釜"),
        ("一/(一)/b", "造粒容积大于等于5m3的连续造粒釜"),
    ]


# --------------------------------------------------------------------------- counterexamples to the shape rules
# Lines MOFCOM prints near the shapes above that those rules must not read as things (or must not garble).

_PREAMBLE = "根据《中华人民共和国出口管制法》有关规定，决定对以下物项实施出口管制。现将有关事项公告如下：\n"


def test_criteria_before_a_comma_are_a_condition_of_a_clause_not_a_thing() -> None:
    """`…，但具有下列情形之一的，应当申请许可：` is a catch-all clause (its sub-lines are conditions);
    `X，但具有下列特征之一的除外：` excludes from X: X is the entry and the exclusion its spec."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关物项",
            "1.高温合金，但具有下列特征之一的除外：",
            "（1）用于民用燃气轮机维修；",
            "（2）单件重量小于1千克。",
            "二、出口经营者出口的物项虽未列入本公告，但具有下列情形之一的，应当向商务部申请许可：",
            "（一）可能用于大规模杀伤性武器；",
            "（二）可能用于恐怖主义目的。",
            "三、出口经营者拟出口上述物项，且符合下列条件的，可以申请通用许可：",
            "（一）近两年无违法记录；",
            "（二）建立内部合规制度。",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [("一/1", "高温合金")]
    spec = result.entries[0].spec_zh or ""
    assert spec.startswith("但具有下列特征之一的除外") and "单件重量小于1千克" in spec
    why = {n.line: n.why for n in result.not_items}
    assert why["（一）可能用于大规模杀伤性武器；"] == "rule"
    assert why["（二）建立内部合规制度。"] == "rule"


@pytest.mark.parametrize(
    "clause",
    [
        "四、以下任何形式的转让，均视为出口：",
        "三、出口经营者近两年无违法记录，符合下列条件的申请人可以申请通用许可：",
    ],
)
def test_criteria_or_forms_before_a_clause_subject_name_no_thing(clause: str) -> None:
    """`以下任何形式的转让，均视为出口` defines, `符合下列条件的申请人可以申请…` grants: what follows the
    criteria is who or what a clause speaks of, not a controlled thing; their sub-lines are conditions."""
    body = (
        _PREAMBLE
        + "一、相关物项\n1.钨粉\n"
        + clause
        + "\n（一）通过邮寄方式提供技术资料；\n（二）建立内部合规制度。"
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["钨粉"]
    assert {n.line: n.why for n in result.not_items}["（一）通过邮寄方式提供技术资料；"] == "rule"


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        # a comma between digits belongs to the chemical name, not to the exclusion
        ("1.氯代乙烷类化合物,1,1,1-三氯乙烷除外；", "氯代乙烷类化合物", "1,1,1-三氯乙烷除外"),
        ("1.二氯乙烷，1,2-二氯乙烷除外", "二氯乙烷", "1,2-二氯乙烷除外"),
        # an exclusion opened by 但 runs to 除外 over its own commas
        (
            "1.含镓化合物，但纯度低于99.99%的氧化镓，以及单件重量小于1克的科研样品除外；",
            "含镓化合物",
            "但纯度低于99.99%的氧化镓，以及单件重量小于1克的科研样品除外",
        ),
    ],
)
def test_a_comma_exclusion_starts_where_the_exclusion_does(line: str, name: str, spec: str) -> None:
    (entry,) = extract_entries("一、相关化学品\n" + line).entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


def test_a_catalogue_section_of_import_measures_is_not_a_heading_of_export_entries() -> None:
    """禁止出口部分 heads the catalogue's export-banned entries; 禁止进口部分 (the import catalogue's)
    lists nothing this pipeline controls. A line adding an entry keeps 新增 out of its name."""
    body = "\n".join(
        [
            "一、禁止进口部分",
            "1.某冶炼技术（编号：010101J）",
            "二、禁止出口部分",
            "2.新增某加工技术（编号：050103J）",
        ]
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code) for e in result.entries] == [
        ("二/2", "某加工技术", "050103J")
    ]
    assert {n.line: n.why for n in result.not_items}["1.某冶炼技术（编号：010101J）"] == "rule"


def test_catalogue_moves_and_removals_are_read_as_moves_and_removals() -> None:
    """`将X（编号）由禁止出口调整为限制出口` / `…调整至禁止出口部分` keep X in the catalogue (the move is
    its spec); `将X（编号）从本目录中移出` takes X off: not a control."""
    body = "\n".join(
        [
            "一、禁止出口部分",
            "1.将某作物育种技术（编号：050101J）由禁止出口调整为限制出口。",
            "二、限制出口部分",
            "2.将某冶金技术（编号：043102X）调整至禁止出口部分。",
            "3.将某铸造技术（编号：043103X）从本目录中移出。",
            "4.将“某锻压技术”（编号：043104X）修改为“某锻压和热处理技术”。",
        ]
    )
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.control_code, e.spec_zh) for e in result.entries]
    assert got == [
        ("一/1", "某作物育种技术", "050101J", "由禁止出口调整为限制出口"),
        ("二/2", "某冶金技术", "043102X", "调整至禁止出口部分"),
        ("二/4", "某锻压技术", "043104X", "修改为：某锻压和热处理技术"),
    ]
    assert {n.line[:2]: n.why for n in result.not_items}["3."] == "lifted"


@pytest.mark.parametrize(
    "second",
    [
        "，禁止自朝鲜进口纺织品(海关编码:6201000000)。",
        "，暂停自朝鲜进口铁矿石(海关编码:2601111000)。",
        "，限制出口精炼石油产品(海关编码:2710121000)。",
    ],
)
def test_a_second_measure_in_a_ban_sentence_is_not_one_of_its_goods(second: str) -> None:
    """Only the goods of the export ban are entries: what a further verb in the sentence imports,
    suspends or limits is not a newly banned good."""
    body = "二、禁止向朝鲜出口凝析油(海关编码:2709000010)和液化天然气(海关编码:2711110000)" + second
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.hs_codes) for e in result.entries] == [
        ("二/1", "凝析油", ("2709000010",)),
        ("二/2", "液化天然气", ("2711110000",)),
    ]


def test_a_bracketed_part_of_a_banned_good_is_not_another_good() -> None:
    """`精炼石油产品(…)，包括汽油(…)`: the second bracket names part of the first good."""
    body = "二、禁止向某国出口精炼石油产品(海关编码:2710)，包括汽油(海关编码:2710123000)。"
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.hs_codes, entry.spec_zh) == (
        "二",
        "精炼石油产品",
        ("2710", "2710123000"),
        "包括汽油",
    )


def test_an_exclusion_after_a_per_good_ban_is_each_goods_spec() -> None:
    body = (
        "二、禁止向某国出口原油(海关编码:2709000000)和石脑油(海关编码:2710121000)，用于人道主义目的的除外。"
    )
    result = extract_entries(body)
    assert [(e.name_zh, e.spec_zh) for e in result.entries] == [
        ("原油", "用于人道主义目的的除外"),
        ("石脑油", "用于人道主义目的的除外"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年，商务部等部门已将甲苯、丙酮等2种物质列入《某目录》附件1。",
        "此前曾将甲苯、丙酮等2种物质列入《某目录》附件1，现予以调整。",
        "经研究，决定不再将甲苯、丙酮等2种物质列入《某目录》附件1。",
        "商务部未将甲苯、丙酮等2种物质列入《某目录》附件1。",
        "决定将甲苯、丙酮等2种物质列为非列管化学品。",
        # a recall with no 已/曾 next to 将: the time or the earlier act is elsewhere in the clause
        "此前，商务部将甲苯、丙酮等2种物质列入《某目录》附件1。",
        "2024年5月，三部门将甲苯、丙酮等2种物质列入《某目录》附件1。",
        "商务部等部门2024年第18号公告将甲苯、丙酮等2种物质列入《某目录》附件1。",
    ],
)
def test_a_counted_enumeration_that_recalls_denies_or_decontrols_names_no_entry(sentence: str) -> None:
    result = extract_entries(sentence + "\n本公告自发布之日起施行。")
    assert (result.entries, result.stated_count) == ((), None)


def test_a_recalled_enumeration_beside_a_new_one_leaves_only_the_new_names() -> None:
    body = "此前已将甲苯、丙酮等2种物质列入《某目录》附件1。现将乙醚、三氯甲烷等2种物质增列至《某目录》附件1第一部分。"
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [
        ("附件1第一部分/+1", "乙醚"),
        ("附件1第一部分/+2", "三氯甲烷"),
    ]
    assert result.stated_count == 2


@pytest.mark.parametrize(
    "body",
    [
        "商务部等部门2024年第18号公告将甲苯、丙酮等2种物质列入《某目录》，现将乙醚、三氯甲烷等2种物质增列至"
        "《某目录》附件1第一部分。",
        "2025年11月10日，经国务院批准，决定将乙醚、三氯甲烷等2种物质增列至《某目录》附件1第一部分。",
        "根据2024年第18号公告，决定将乙醚、三氯甲烷等2种物质增列至《某目录》附件1第一部分。",
    ],
)
def test_a_deciding_verb_after_a_date_or_an_earlier_act_keeps_the_new_names(body: str) -> None:
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [
        ("附件1第一部分/+1", "乙醚"),
        ("附件1第一部分/+2", "三氯甲烷"),
    ]


def test_an_open_bracket_does_not_pull_a_note_into_the_name() -> None:
    """A bracket left open (a typo, a bracket closed on no line) joins a wrapped line, never a 注 line."""
    body = _PREAMBLE + "一、相关物项\n1.高纯镓（纯度不低于99.999%\n注：纯度按重量计。\n2.锗锭"
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["高纯镓（纯度不低于99.999%", "锗锭"]


def test_items_of_similar_length_on_an_html_page_do_not_swallow_the_paragraph_after_them() -> None:
    """Held: three item lines of about the same length are not a page width; the line after the last
    item (no closing punctuation) stays a paragraph of its own."""
    body = _PREAMBLE + "\n".join(
        [
            "一、相关物项",
            "1.高纯镓金属及其合金制品和相关半成品",
            "2.高纯锗金属及其合金制品和相关半成品",
            "3.磷化铟单晶及其外延片制品和相关半成品",
            "以上物项包括其废碎料和边角料。",
        ]
    )
    names = [e.name_zh for e in extract_entries(body).entries]
    assert names[-1] == "磷化铟单晶及其外延片制品和相关半成品"


def test_a_paragraph_opening_with_a_full_width_year_is_neither_an_item_nor_the_rest_of_one() -> None:
    """Held: folding full-width digits for item numbers does not make `２０２５年…` a numbered line."""
    body = "一、相关物项\n１．高纯铋；\n２０２５年１２月１日前已签订的合同按原规定执行。\n２．铋锑靶。"
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [("一/1", "高纯铋"), ("一/2", "铋锑靶")]


@pytest.mark.parametrize(("note", "spec"), [("不含原油", "不含原油"), ("下同", None), ("仅供参考", None)])
def test_a_remark_after_the_hs_codes_is_no_spec_but_a_narrowing_is(note: str, spec: str | None) -> None:
    (entry,) = extract_entries(f"一、相关物项\n1.凝析油（海关编码：2709000010，{note}）").entries
    assert (entry.name_zh, entry.hs_codes, entry.spec_zh) == ("凝析油", ("2709000010",), spec)


def test_an_hs_reference_ending_in_deng_keeps_its_codes() -> None:
    """`（海关商品编号：…、…等）` leaves the list open; the codes printed are still read, 等 is none of them."""
    body = "一、以下物项未经许可，不得出口：\n（一）氧化钼（海关商品编号：2825901000、2825909000等）。\n（二）钼粉。"
    result = extract_entries(body)
    first = result.entries[0]
    assert (first.name_zh, first.hs_codes, first.spec_zh) == ("氧化钼", ("2825901000", "2825909000"), None)
    assert not [i for i in result.issues if i.code == "hs_unreadable"]


@pytest.mark.parametrize(
    ("tail", "spec"),
    [
        ("，但用于人道主义目的的除外。", "但用于人道主义目的的除外"),
        ("，包括铁矿砂，但经安理会委员会逐案批准的除外。", "包括铁矿砂；但经安理会委员会逐案批准的除外"),
        ("，经安理会委员会批准的除外。", "经安理会委员会批准的除外"),
    ],
)
def test_an_export_ban_keeps_its_exception_as_the_goods_spec(tail: str, spec: str) -> None:
    """A ban's `，但…除外` narrows the banned goods: without it counsel reads a ban with no exception."""
    (entry,) = extract_entries(f"一、全面禁止对朝鲜出口铁、钢和其他金属{tail}").entries
    assert (entry.name_zh, entry.spec_zh) == ("铁、钢和其他金属", spec)


_LISTED = "一、以下物项未经许可，不得出口：\n（一）1B901 数控机床（海关商品编号：8458110000）。\n"


@pytest.mark.parametrize(
    ("clause", "subs", "why"),
    [
        (
            "二、本公告所称相关设备，是指以下任何形式的数控机床及其附件：",
            ["（一）五轴联动加工中心；", "（二）车铣复合加工中心。"],
            "definition",
        ),
        (
            "二、出口经营者应当按照以下规格的要求提交电子数据：",
            ["（一）文件格式为PDF；", "（二）单个文件不超过10兆字节。"],
            "procedure",
        ),
        ("二、出口经营者提交的材料中以下任何形式的文件：", ["(1)复印件；", "(2)扫描件。"], "procedure"),
        ("二、申请人报送下列电子材料：", ["1.技术说明书；", "2.最终用户证明。"], "procedure"),
    ],
)
def test_sub_lines_of_a_definition_or_a_filing_are_not_items(clause: str, subs: list[str], why: str) -> None:
    """What a term covers or what an exporter files names no controlled thing, whatever the nouns."""
    result = extract_entries(_LISTED + "\n".join([clause, *subs]))
    assert [(e.path, e.name_zh) for e in result.entries] == [("一/(一)", "数控机床")]
    assert {n.line: n.why for n in result.not_items} == {clause: why, **{s: why for s in subs}}


@pytest.mark.parametrize(
    "intro",
    [
        "一、对下列物项实施出口管制，出口经营者应当申请许可：",
        "一、出口经营者出口下列物项，应当向商务部申请许可：",
        "一、出口下列货物的，出口经营者应当办理出口许可证：",
        "一、下列技术的出口，应当申请许可：",
        "一、申请出口下列氧化物的，应当提交申请表：",
    ],
)
def test_a_list_intro_that_tells_the_exporter_to_apply_still_introduces_things(intro: str) -> None:
    """Held: an intro whose 下列 names what is exported (物项, 货物, 出口下列…) lists things, whatever
    it says of applying; only the filing's own object (下列材料, 以下规格) makes its lines procedure."""
    body = f"{intro}\n（一）氧化钼；\n（二）钼粉。"
    assert [e.name_zh for e in extract_entries(body).entries] == ["氧化钼", "钼粉"]


@pytest.mark.parametrize(("a", "b"), [("A．", "B．"), ("Ａ．", "Ｂ．"), ("（A）", "（B）")])
def test_capital_letters_number_a_level_of_the_outline(a: str, b: str) -> None:
    body = f"一、以下物项未经许可，不得出口：\n{a}氧化钼（海关商品编号：2825901000）；\n{b}钼粉。"
    result = extract_entries(body)
    parts = [e.path.split("/")[-1].strip("()") for e in result.entries]
    assert [e.name_zh for e in result.entries] == ["氧化钼", "钼粉"]
    assert parts == ["A", "B"] and not result.issues


def test_a_latin_word_or_initials_at_a_line_start_are_no_capital_letter_marker() -> None:
    """Held: `U.S. …` and `A. B. Smith…` open with a letter and a point; they number nothing."""
    from parsers.entries import line_marker

    assert line_marker("U.S. Steel公司") is None
    assert line_marker("A. B. Smith有限公司") is None


@pytest.mark.parametrize(
    ("line", "name", "code"),
    [
        ("1．2.5D封装设备；", "2.5D封装设备", None),
        ("1．3D打印设备；", "3D打印设备", None),
        ("1.2B001 数控机床；", "数控机床", "2B001"),
    ],
)
def test_an_item_whose_name_opens_with_a_number_is_read(line: str, name: str, code: str | None) -> None:
    (entry,) = extract_entries(f"一、以下物项未经许可，不得出口：\n（一）先进制造设备\n{line}").entries
    assert (entry.path, entry.name_zh, entry.control_code) == ("一/(一)/1", name, code)


def test_an_unnumbered_line_numbered_like_a_list_line_is_reported_not_dropped() -> None:
    """`2.5D封装设备` under an item reads as no outline step (2.5 is part of the name, not a number):
    it is reported as unread, never left silently in the item's prose."""
    body = "一、以下物项未经许可，不得出口：\n（一）先进封装设备\n2.5D封装设备；\n（二）钼粉。\n二、本公告自公布之日起实施。\n2025年1月1日"
    result = extract_entries(body)
    assert [(i.code, i.line) for i in result.issues] == [("unread_line", "2.5D封装设备；")]


_CODE_FIRST_LIST = (
    "超硬材料等相关两用物项出口管制清单\n"
    "一、超硬材料相关物项\n"
    "2C902.a 平均粒度小于等于50μm的人造金刚石微粉（参考税则号列：71051020）\n"
    "2C902.b 平均粒度大于50μm且小于等于500μm的人造金刚石单晶（参考税则号列：71051020）\n"
    "注：2C902.b项不管制用于装饰或者珠宝用途的培育钻石。\n"
    "2C902.c 具有以下所有特性的人造金刚石线锯：\n"
    "1.线径小于等于45μm；\n"
    "2.金刚石平均粒度小于等于8μm；\n"
    "3.破断力小于等于16N。\n"
    "2E902 直流电弧等离子体喷射化学气相沉积（DCPCVD）工艺技术\n"
    "二、钨相关物项\n"
    "1C117.d 氧化钨（参考海关商品编号：2825901200、2825901910）\n"
    "1E004、1E101.b 生产1C004、1C117.c、1C117.d项的技术及资料（含工艺规范、工艺参数、加工程序等）"
)


def test_unnumbered_code_first_lines_are_items_of_their_heading() -> None:
    """A list printed code first without numbers (the consolidated list's layout): each code-first
    line is an item `+n` under its heading; the numbered lines under a criteria item are its spec."""
    result = extract_entries(_CODE_FIRST_LIST)
    got = [(e.path, e.name_zh, e.control_code) for e in result.entries]
    assert got == [
        ("一/+1", "平均粒度小于等于50μm的人造金刚石微粉", "2C902.a"),
        ("一/+2", "平均粒度大于50μm且小于等于500μm的人造金刚石单晶", "2C902.b"),
        ("一/+3", "人造金刚石线锯", "2C902.c"),
        ("一/+4", "直流电弧等离子体喷射化学气相沉积（DCPCVD）工艺技术", "2E902"),
        ("二/+1", "氧化钨", "1C117.d"),
        ("二/+2", "生产1C004、1C117.c、1C117.d项的技术及资料", "1E004"),
    ]
    saw = result.entries[2]
    assert saw.spec_zh is not None and "破断力小于等于16N" in saw.spec_zh
    assert result.entries[4].hs_codes == ("2825901200", "2825901910")
    assert result.entries[5].control_codes == ("1E004", "1E101.b")
    assert not [i for i in result.issues if i.code == "duplicate_path"]


def test_code_first_lines_in_a_numbered_section_are_siblings_of_the_numbered_items() -> None:
    """A numbered item opening with its code is no heading: an unnumbered code-first line after it (or
    after the parameter lines of a criteria item) is the next item of the same heading."""
    body = (
        "一、超硬材料相关物项\n"
        "1.2C902.c 具有以下所有特性的人造金刚石线锯：\n"
        "（1）线径小于等于45μm；\n"
        "（2）破断力小于等于16N。\n"
        "2C902.a 平均粒度小于等于50μm的人造金刚石微粉\n"
    )
    got = [(e.path, e.name_zh) for e in extract_entries(body).entries]
    assert got == [("一/1", "人造金刚石线锯"), ("一/+1", "平均粒度小于等于50μm的人造金刚石微粉")]


@pytest.mark.parametrize(
    "line",
    [
        "2C902.b项不管制用于装饰或者珠宝用途的培育钻石。",  # a prose sentence citing the code
        "3A001所列物项的出口，应当依照有关规定向国务院商务主管部门申请许可。",
        "1C004、1C117.c项物项的出口经营者应当申请两用物项出口许可。",  # a licence paragraph naming codes
        "2C902.a 不适用于用于装饰用途的培育钻石。",
    ],
)
def test_a_sentence_opening_with_a_code_is_no_code_first_item(line: str) -> None:
    body = f"一、超硬材料相关物项\n2C902.a 平均粒度小于等于50μm的人造金刚石微粉\n{line}"
    names = [e.name_zh for e in extract_entries(body).entries]
    assert names == ["平均粒度小于等于50μm的人造金刚石微粉"]


def test_a_note_citing_a_code_is_no_item() -> None:
    body = (
        "一、超硬材料相关物项\n"
        "2C902.b 人造金刚石单晶\n"
        "注：2C902.b项不管制用于装饰或者珠宝用途的培育钻石。\n"
        "2C902.c 人造金刚石线锯"
    )
    got = [(e.path, e.name_zh) for e in extract_entries(body).entries]
    assert got == [("一/+1", "人造金刚石单晶"), ("一/+2", "人造金刚石线锯")]


def test_the_control_points_of_a_numbered_catalogue_entry_are_its_leaves() -> None:
    """`6.新增X（编号：252604X），控制要点：` + `1.…` `2.…`: the points restart their numbering and are
    the entry's leaves with its catalogue number; a line naming another entry is the next entry."""
    body = (
        "二、限制出口部分\n"
        "（三）化学原料和化学制品制造业\n"
        "6.新增电池正极材料制备技术（编号：252604X），控制要点：\n"
        "1.电池用磷酸铁锂制备技术\n"
        "2.振实密度>1.2g/cc的磷酸盐正极原材料制备技术\n"
        "7.删除建筑环境控制技术（编号：085002X）。\n"
        "8.新增化学合成咖啡因生产技术（编号：052701J），控制要点：\n"
        "1.化学合成咖啡因生产工艺\n"
        "9.将无人机技术（编号：203912X）控制要点5修改为：“无人机飞行控制系统”。"
    )
    got = [(e.path, e.name_zh, e.control_code, e.kind) for e in extract_entries(body).entries]
    assert got == [
        ("二/(三)/6/1", "电池用磷酸铁锂制备技术", "252604X", "technology"),
        ("二/(三)/6/2", "振实密度>1.2g/cc的磷酸盐正极原材料制备技术", "252604X", "technology"),
        ("二/(三)/8/1", "化学合成咖啡因生产工艺", "052701J", "technology"),
        ("二/(三)/9", "无人机技术", "203912X", "technology"),
    ]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "1.电池用磷酸铁锂制备技术，材料在220MPa压力下的粉末压实密度≥2.58g/cc，0.1C放电克容量≥160mAh/g",
            "电池用磷酸铁锂制备技术",
            "材料在220MPa压力下的粉末压实密度≥2.58g/cc，0.1C放电克容量≥160mAh/g",
        ),
        ("1.铝合金管，外径大于75mm；", "铝合金管", "外径大于75mm"),
        (  # the bound follows the value (为0.7毫伽或更小) instead of preceding it (小于…)
            "1.设计或改进用于机载或舰载的重力仪,静态或工作精度为0.7毫伽或更小,且达到稳态记录时间为2分钟或更短",
            "设计或改进用于机载或舰载的重力仪",
            "静态或工作精度为0.7毫伽或更小,且达到稳态记录时间为2分钟或更短",
        ),
        (  # what the thing is made of, then its values
            "1.基于加速度计的水声传感器，由沿三个不同轴向排列的三个加速度计组成，工作频率低于20千赫兹。",
            "基于加速度计的水声传感器",
            "由沿三个不同轴向排列的三个加速度计组成，工作频率低于20千赫兹",
        ),
    ],
)
def test_measured_values_after_a_comma_are_spec(line: str, name: str, spec: str) -> None:
    (entry,) = extract_entries(f"一、以下物项未经许可，不得出口：\n{line}").entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


@pytest.mark.parametrize(
    "line",
    [
        "1.三氯乙烷，例如1,1,1-三氯乙烷；",  # ，例如… stays in the name (README), though it holds digits
        "1.最大起飞重量大于25千克，最大飞行时间大于30分钟的无人机；",  # values before the noun name it
        "1.平均粒度大于50μm，且小于等于500μm；",  # the name ends in a value: the comma joins two bounds
        "1.碳纤维，由有机基体和纤维构成的预浸料；",  # 由…构成的 describes the noun after it, part of the name
    ],
)
def test_a_comma_without_measured_values_after_the_name_stays_in_it(line: str) -> None:
    """Next to a line whose comma tail is measured values (spec), these keep theirs in the name."""
    body = f"一、以下物项未经许可，不得出口：\n{line}\n2.铝合金管，外径大于75mm；"
    names = [e.name_zh for e in extract_entries(body).entries]
    assert names == [line[2:].rstrip("；"), "铝合金管"]


# A list printed as a table (body after the signature, or an annex read as lines): one entry a row.
_TABLE_BODY = (
    "三、本公告自2026年8月1日起正式实施。\n"
    "商务部 海关总署\n"
    "2026年7月1日\n"
    "钐、钆相关物项清单\n"
    "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n"
    "1 | 金属钐 | 1C902.a | 2805301910 |\n"
    "2 | 钐钴合金 | 1C902.a |  | 含钐的合金\n"
    "3 | 含钐的靶材 | 1C902.a | 3824999922 | 包括钐靶、钐钴合金靶、\n"
    "8486909110\n"
    "钐铁合金靶\n"
    "4 | 氧化钐及其混合物 | 1C902.b | 2846901940 |\n"
    "2846901993"
)


def test_a_table_after_the_signature_is_read_row_by_row() -> None:
    """Blank cells stay blank (no HS for 钐钴合金); a line holding only an HS code or the wrapped end of a
    description belongs to the row above, not a row — nor an item — of its own."""
    result = extract_entries(_TABLE_BODY)
    got = [(e.path, e.name_zh, e.control_code, e.hs_codes, e.spec_zh) for e in result.entries]
    assert got == [
        ("1", "金属钐", "1C902.a", ("2805301910",), None),
        ("2", "钐钴合金", "1C902.a", (), "含钐的合金"),
        ("3", "含钐的靶材", "1C902.a", ("3824999922", "8486909110"), "包括钐靶、钐钴合金靶、钐铁合金靶"),
        ("4", "氧化钐及其混合物", "1C902.b", ("2846901940", "2846901993"), None),
    ]
    assert (
        result.entries[2].quote_zh
        == "3 | 含钐的靶材 | 1C902.a | 3824999922 | 包括钐靶、钐钴合金靶、\n8486909110\n钐铁合金靶"
    )
    assert {"序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述", "钐、钆相关物项清单"} <= {
        n.line for n in result.not_items
    }


def test_an_annex_table_without_a_description_column() -> None:
    text = (
        "锂电池和负极材料相关物项清单\n"
        "序号 | 物项名称 | 管制编码 | 海关商品编号\n"
        "1 | 重量能量密度大于等于300Wh/kg的可充放电锂离子电池（包含电芯和电池组） | 3A001 | 85076000\n"
        "2 | 卷绕机 | 3B901.a | 84798999\n"
        "3 | 热压机 | 3B901.a |"
    )
    got = [
        (e.name_zh, e.control_code, e.hs_codes, e.kind) for e in extract_entries(text, source="att1").entries
    ]
    assert got == [
        (
            "重量能量密度大于等于300Wh/kg的可充放电锂离子电池（包含电芯和电池组）",
            "3A001",
            ("85076000",),
            "item",
        ),
        ("卷绕机", "3B901.a", ("84798999",), "equipment"),
        ("热压机", "3B901.a", (), "equipment"),
    ]


def test_a_table_of_amended_entries_names_them_in_its_调整后的条目内容_column() -> None:
    text = (
        "序号 | 管制编码 | 调整方式 | 调整后的条目内容\n"
        "1 | 5A004.a | 修改 | 为执行密码分析功能而设计或改进的设备\n"
        "2 | 5D002.c.1 | 增列 | 具有第1项所列设备的特性或者执行、模拟其功能的软件\n"
    )
    got = [(e.name_zh, e.control_code) for e in extract_entries(text, source="att1").entries]
    assert got == [
        ("为执行密码分析功能而设计或改进的设备", "5A004.a"),
        ("具有第1项所列设备的特性或者执行、模拟其功能的软件", "5D002.c.1"),
    ]


def test_a_table_of_added_entries_names_them_in_its_增列条目_column() -> None:
    """An amendment's attachment lists what it adds (序号 | 增列位置 | 管制编码 | 增列条目): the last column is the
    entry's name, the position column is no name."""
    text = (
        "2025年第57号公告增列条目表\n"
        "序号 | 增列位置 | 管制编码 | 增列条目\n"
        "1 | 第二款第(一)项第2目b | 1C910.a | 铒铁合金\n"
        "2 | 第二款第(一)项第3目b | 1C910.a | 铒铜合金靶\n"
    )
    got = [(e.path, e.name_zh, e.control_code) for e in extract_entries(text, source="att1").entries]
    assert got == [("1", "铒铁合金", "1C910.a"), ("2", "铒铜合金靶", "1C910.a")]


@pytest.mark.parametrize(
    "after",
    [
        "注：上述物项以其为主要成分的混合物按单一物项管理。",  # a note after the table is no description
        "二、出口经营者应当申请许可。",  # nor is the next clause
    ],
)
def test_a_table_ends_where_a_line_continues_no_cell(after: str) -> None:
    body = "序号 | 物项名称 | 管制编码\n1 | 金属钐 | 1C902.a\n" + after
    result = extract_entries(body)
    assert [(e.name_zh, e.spec_zh) for e in result.entries] == [("金属钐", None)]


def test_a_table_of_parties_is_no_list_table() -> None:
    from parsers.printed_table import printed_tables

    assert printed_tables("序号 | 企业名称 | 地址\n1 | 铟 | 8112923000 | 未锻轧的铟") == []


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (
            "序号 | 设备名称 | 参考税则号列 | 备注",
            "1 | 多晶硅还原炉 | 85141900 | 单台设计年产能大于等于3000吨",
        ),
        (
            "序号 | 品种名称 | 英文名称 | CAS号 | 参考海关商品编号",
            "1 | 丙酰氯 | Propionyl chloride | 79-03-8 | 2915900090",
        ),
    ],
)
def test_a_table_naming_its_things_by_their_kind_beside_tariff_lines_is_a_list(header: str, row: str) -> None:
    body = f"一、本公告所附清单所列物项，未经许可，不得出口。\n附件\n{header}\n{row}"
    assert [(e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [
        (row.split(" | ")[1], (row.split(" | ")[-1 if "CAS" in header else 2],))
    ]


def test_section_lines_inside_a_table_head_its_rows_and_do_not_end_it() -> None:
    """A table cut by 一、/二、 section lines whose 序号 runs on across them: every row is an item, the
    section lines are headings and name the category of the rows under them."""
    body = (
        "部分物项清单\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n一、复合材料及其结构\n"
        "1 | 复合材料结构或层压板 | 1A002.a | 39269090 | \n二、推进剂及其组分\n"
        "2 | 三氧化二氮 | 1C111.a.3.a | 28112990 | CAS号：10544-73-7\n"
        "3 | 五氧化二氮 | 1C111.a.3.c | 28112990 | "
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.category_zh) for e in result.entries] == [
        ("1", "复合材料结构或层压板", "复合材料及其结构"),
        ("2", "三氧化二氮", "推进剂及其组分"),
        ("3", "五氧化二氮", "推进剂及其组分"),
    ]
    assert {"一、复合材料及其结构", "二、推进剂及其组分"} <= {n.line for n in result.not_items}


@pytest.mark.parametrize(
    "after",
    [
        "二、本公告自2026年11月16日起正式实施。",  # a clause after the table, no row follows
        "二、出口经营者\n应当申请许可",  # short, but what follows is no numbered row
    ],
)
def test_a_numbered_line_after_a_table_is_no_section_of_it(after: str) -> None:
    from parsers.printed_table import printed_tables

    body = f"序号 | 物项名称 | 管制编码\n1 | 三氧化二氮 | 1C111.a.3.a\n{after}\n2 | 五氧化二氮 | 1C111.a.3.c"
    [table] = printed_tables(body)
    assert [row.seq for row in table.rows] == ["1"]
    assert table.sections == []


def test_criteria_numbered_like_the_items_are_the_items_parameters() -> None:
    """The old site numbers an item's parameters 1.–4. like the items: under a 具有以下所有特性的X：
    line, a number counting on from 1 is a parameter; a line opening with a code is the next item."""
    body = (
        "一、超硬材料和钨相关物项\n"
        "1.2C902.c 具有以下所有特性的人造金刚石线锯:\n"
        "1.线径小于等于45μm;\n"
        "2.金刚石平均粒度小于等于8μm;\n"
        "3.破断力小于等于16N。\n"
        "2.2C902.d 具有以下所有特性的人造金刚石砂轮(参考税则号列:68042110):\n"
        "1.金刚石磨齿硬度小于等于30HRB;\n"
        "2.金刚石平均粒度小于等于5μm;\n"
        "3.1C004 具有下述所有特性的钨镍铁合金(参考海关商品编号:8101940001):\n"
        "1.密度大于17.5g/cm3;\n"
        "2.弹性极限大于800MPa;\n"
        "3.极限抗拉强度大于1270MPa;\n"
        "4.延伸率大于8%。"
    )
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.control_code) for e in result.entries]
    assert got == [
        ("一/1", "人造金刚石线锯", "2C902.c"),
        ("一/2", "人造金刚石砂轮", "2C902.d"),
        ("一/3", "钨镍铁合金", "1C004"),
    ]
    assert result.entries[2].spec_zh is not None and "延伸率大于8%" in result.entries[2].spec_zh
    assert {"4.延伸率大于8%。", "1.线径小于等于45μm;"} <= {
        n.line for n in result.not_items if n.why == "criteria"
    }


def test_items_numbered_after_a_plain_item_stay_siblings() -> None:
    """Counterexample: without a criteria intro, 1./2. after 1. are the next items, not parameters."""
    body = "一、石墨相关物项\n1.人造石墨材料及其制品:\n2.天然鳞片石墨及其制品。\n3.球化石墨。"
    got = [e.path for e in extract_entries(body).entries]
    assert got == ["一/1", "一/2", "一/3"]


def test_purposes_printed_inline_after_the_colon_are_not_the_name() -> None:
    body = (
        "一、航空发动机制造装备相关物项\n"
        "（一）为制造下列任一物项而专门设计的盘片固态连接用工具、模具、夹具等工艺装备"
        "（参考海关商品编号：8205900030、8207300030）：（1）燃气涡轮发动机盘片；（2）燃气轮机盘片。"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.hs_codes) == (
        "盘片固态连接用工具、模具、夹具等工艺装备",
        ("8205900030", "8207300030"),
    )
    assert entry.spec_zh == "（1）燃气涡轮发动机盘片；（2）燃气轮机盘片"


@pytest.mark.parametrize(
    ("line", "name", "code"),
    [
        (
            "3、氧化钆及其混合物，管制编码为1C903.b（海关商品编号：2846901930、2846901993）；",
            "氧化钆及其混合物",
            "1C903.b",
        ),
        ("3、氧化钆及其混合物，管制编码：1C903.b。", "氧化钆及其混合物", "1C903.b"),
        ("1、金属钐（管制编码：1C902.a）（HS编码：2805301910）；", "金属钐", "1C902.a"),
    ],
)
def test_a_code_printed_after_the_name(line: str, name: str, code: str) -> None:
    (entry,) = extract_entries(f"一、稀土相关物项\n{line}").entries
    assert (entry.name_zh, entry.control_code) == (name, code)


def test_a_code_cited_mid_sentence_after_a_comma_is_not_taken() -> None:
    """Counterexample: `，管制编码为X的物项…` goes on after the code: the line cites it, it is no code clause."""
    line = "1、含钆的化合物，管制编码为1C903.c的物项除外；"
    (entry,) = extract_entries(f"一、稀土相关物项\n{line}").entries
    assert entry.control_code is None


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        ("（一）亚硫酰氯（CAS号：7719-09-7）（参考税则号列：28121700）；", "亚硫酰氯", "CAS号：7719-09-7"),
        ("（二）N,N-二异丙基氨基乙醇（CAS号：96-80-0）；", "N,N-二异丙基氨基乙醇", "CAS号：96-80-0"),
        ("（三）三乙醇胺（CAS No. 102-71-6）", "三乙醇胺", "CAS No. 102-71-6"),
    ],
)
def test_a_cas_number_is_spec_and_a_chemicals_list_is_a_list(line: str, name: str, spec: str) -> None:
    """`下列化学品，未经许可，不得出口：` introduces things as 下列物项 does; the CAS registry number
    identifies the chemical and is neither its name nor a list code."""
    (entry,) = extract_entries(f"一、下列化学品，未经许可，不得出口：\n{line}").entries
    assert (entry.name_zh, entry.spec_zh, entry.control_code) == (name, spec, None)


def test_a_bracket_that_is_not_a_cas_number_stays_in_the_name() -> None:
    (entry,) = extract_entries("一、下列化学品，未经许可，不得出口：\n（一）氟化氢（无水）；").entries
    assert entry.name_zh == "氟化氢（无水）"


def test_a_continuation_row_that_lost_its_blank_cells_goes_by_content() -> None:
    """`8486909110 | 钐铁合金靶`: the wrapped HS cell and the description's end; the customs code is no
    row number (a row of its own would lose the code from the row above)."""
    body = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n"
        "3 | 含钐的靶材 | 1C902.a | 3824999922 | 包括钐靶、钐钴合金靶、\n"
        "8486909110 | 钐铁合金靶\n"
        "4 | 钐钴永磁材料 | 1C902.a |  |"
    )
    got = [(e.path, e.name_zh, e.hs_codes, e.spec_zh) for e in extract_entries(body).entries]
    assert got == [
        ("3", "含钐的靶材", ("3824999922", "8486909110"), "包括钐靶、钐钴合金靶、钐铁合金靶"),
        ("4", "钐钴永磁材料", (), None),
    ]


def test_rows_numbered_under_a_row_are_its_leaves_and_inherit_blank_cells() -> None:
    body = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n"
        "8 | 钆镁合金 | 1C903.a |  | 含钆的合金\n"
        "9 | 含钆的靶材 | 1C903.a | 3824999922 |\n"
        "8486909110\n"
        "9.1 | 钆靶 |  |  |\n"
        "9.2 | 钆铁合金靶 | 1C903.a.2 |  |\n"
        "10 | 氧化钆及其混合物 | 1C903.b | 2846901930 |"
    )
    got = [(e.path, e.name_zh, e.control_code, e.hs_codes, e.group_zh) for e in extract_entries(body).entries]
    hs = ("3824999922", "8486909110")
    assert got == [
        ("8", "钆镁合金", "1C903.a", (), None),  # a flat row's blank HS cell stays blank
        ("9/9.1", "钆靶", "1C903.a", hs, "含钆的靶材"),
        ("9/9.2", "钆铁合金靶", "1C903.a.2", hs, "含钆的靶材"),  # its own code wins
        ("10", "氧化钆及其混合物", "1C903.b", ("2846901930",), None),
    ]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        ("1、硫二甘醇（111-48-8）（HS编码：29307000）", "硫二甘醇", "111-48-8"),
        ("14、N,N-二异丙基-β-氨基乙醇（96-80-0）", "N,N-二异丙基-β-氨基乙醇", "96-80-0"),
    ],
)
def test_a_bare_cas_number_in_brackets_is_spec(line: str, name: str, spec: str) -> None:
    """A CAS number printed without its label is still the registry number, not part of the name."""
    (entry,) = extract_entries(f"一、化学武器前体化学品（管制编码：1C350）\n{line}").entries
    assert (entry.name_zh, entry.spec_zh, entry.control_code) == (name, spec, "1C350")


@pytest.mark.parametrize(
    "line",
    ["1、氟化氢（无水）", "2、钢材（2023-01）", "3、某合金（Ni-Cr-5）"],
)
def test_brackets_that_are_not_cas_numbers_stay_in_the_name(line: str) -> None:
    (entry,) = extract_entries(f"一、化学品（管制编码：1C350）\n{line}").entries
    assert entry.name_zh == line[2:]


def test_materials_listed_below_the_thing_are_its_criteria() -> None:
    """`…由下列任一材料制成的X（HS…）：(1)…合金；…`: the materials are what X is made of — one leaf X,
    never leaves of their own; a sibling citing those materials (`由本项第1目所列…`) keeps its name."""
    body = "\n".join(
        [
            "二、化工设备（管制编码：2B350）",
            "1、总内容积大于0.1立方米、与化学品直接接触的全部表面由下列任一材料制成的反应器或反应容器"
            "（带或不带搅拌器）（HS编码：84198990）：",
            "（1）镍含量按重量计大于25%且铬含量按重量计大于20%的合金；",
            "（2）钽或钽合金；",
            "（3）玻璃（包括玻璃化或搪瓷涂层及玻璃衬里）。",
            "2、全部表面由本项第1目所列任一材料制成的储罐、容器或贮存器。",
        ]
    )
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.hs_codes) for e in result.entries]
    assert got == [
        ("二/1", "反应器或反应容器（带或不带搅拌器）", ("84198990",)),
        ("二/2", "全部表面由本项第1目所列任一材料制成的储罐、容器或贮存器", ()),
    ]
    assert result.entries[0].spec_zh is not None and "钽或钽合金" in result.entries[0].spec_zh
    assert sum(1 for n in result.not_items if n.why == "criteria") == 3


@pytest.mark.parametrize(
    ("line", "params", "name"),
    [
        (
            "（四）具有下列所有特性、可在不产生气溶胶的情况下连续分离的离心分离机（管制编码：2B352.c）：",
            ["1.流量大于100升/小时；", "2.部件由抛光不锈钢或钛制成；"],
            "可在不产生气溶胶的情况下连续分离的离心分离机",
        ),
        (
            "1.7A003.a 设计用于航空器或船舶，无需辅助基准即可提供位置，且正常对准后具有下列任一精度的"
            "惯性测量设备或系统（参考海关商品编号：90142000）：",
            [
                "（1）航空器：每小时0.8海里圆概率误差（CEP）或更小；",
                "（2）船舶：24小时内总漂移1海里圆概率误差或更小。",
            ],
            "惯性测量设备或系统",
        ),
    ],
)
def test_criteria_phrase_ended_by_a_comma_or_after_an_adverbial_leaves_the_thing(
    line: str, params: list[str], name: str
) -> None:
    """`具有下列所有特性、X` (the phrase closed by 、) and `且正常对准后具有下列任一精度的X` (a short
    adverbial before the verb, 精度 as what is measured) print criteria before X: one leaf X."""
    result = extract_entries("\n".join(["一、下列物项，未经许可，不得出口：", line, *params]))
    (entry,) = result.entries
    assert entry.name_zh == name
    assert [n.line for n in result.not_items if n.why == "criteria"] == params


def test_a_pause_comma_inside_a_name_without_criteria_keeps_the_name() -> None:
    (entry,) = extract_entries(
        "一、下列物项，未经许可，不得出口：\n（一）耐高温、耐腐蚀的泵（管制编码：2B350.i）"
    ).entries
    assert entry.name_zh == "耐高温、耐腐蚀的泵"


@pytest.mark.parametrize(("label", "name"), [("技术说明", "步进重复或步进扫描光刻设备"), ("其他", None)])
def test_a_technical_description_column_takes_the_wrapped_end_of_its_cell(
    label: str, name: str | None
) -> None:
    """`序号 | 管制编码 | 物项名称 | 海关商品编号 | 技术说明`: the wrapped end of the 技术说明 cell continues
    the description, never the name; a header without a description column still sends it to the name."""
    body = (
        f"序号 | 管制编码 | 物项名称 | 海关商品编号 | {label}\n"
        "7 | 3B001.f.1 | 步进重复或步进扫描光刻设备 | 84862031 | 光源波长短于193纳米，\n"
        "84862039 | 或光源波长大于等于193纳米的图形"
    )
    (entry,) = extract_entries(body).entries
    assert entry.hs_codes == ("84862031", "84862039")
    if name is not None:
        assert entry.name_zh == name
        assert entry.spec_zh == "光源波长短于193纳米，或光源波长大于等于193纳米的图形"
    else:
        assert entry.name_zh.endswith("或光源波长大于等于193纳米的图形")


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "9.第1目至第6目所列以外、可加工直径大于35毫米工件的车床（管制编码：2B201.c）。",
            "可加工直径大于35毫米工件的车床",
            "第1目至第6目所列以外",
        ),
        ("3.本项第1目所列以外的热交换器（管制编码：2B350.d）。", "热交换器", "本项第1目所列以外"),
        (
            "2.3 第2.1目、第2.2目所列以外、腔室内径超过152毫米的等静压机（管制编码：2B204.a）。",
            "腔室内径超过152毫米的等静压机",
            "第2.1目、第2.2目所列以外",
        ),
        ("4.第2.1目、第2.2目所列设备的模具（管制编码：2B204.b）。", "第2.1目、第2.2目所列设备的模具", None),
        ("4.第1目所列设备的零部件（管制编码：2B201.d）。", "第1目所列设备的零部件", None),
        (
            "5.可生长硅以外任何材料层的外延设备（管制编码：3B001.a）。",
            "可生长硅以外任何材料层的外延设备",
            None,
        ),
    ],
)
def test_a_leading_reference_out_of_the_list_is_spec(line: str, name: str, spec: str | None) -> None:
    """`第1目至第6目所列以外、X`: the entries it points out of bound X's scope; X is the name. A name that
    cites another entry (…所列设备的零部件) or says 以外 inside it keeps it."""
    (entry,) = extract_entries(f"一、机床\n{line}").entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


def test_values_then_an_exclusion_after_the_name_are_both_its_spec() -> None:
    """`X，平均粒径…，用于…除外`: the first qualifying comma ends the name, whichever kind comes first (the
    exclusion's comma used to win and leave the values in the name)."""
    body = _PREAMBLE + "\n".join(
        [
            "一、超硬材料相关物项",
            "（一）1C914.a.人造金刚石微粉，平均粒径小于等于50 μm（参考税则号列：71051020）。",
            "（二）1C914.b.人造金刚石单晶，平均粒径大于50 μm且小于等于500 μm，用于装饰或者首饰的培育钻石除外"
            "（参考税则号列：71051020）。",
        ]
    )
    result = extract_entries(body)
    assert [(e.name_zh, e.spec_zh) for e in result.entries] == [
        ("人造金刚石微粉", "平均粒径小于等于50 μm"),
        ("人造金刚石单晶", "平均粒径大于50 μm且小于等于500 μm，用于装饰或者首饰的培育钻石除外"),
    ]


def test_numbered_lines_carrying_their_own_codes_are_items_not_parameters() -> None:
    """`（一）X（HS）：` then `1.…大于等于1.1兆牛·秒的…发动机(9A105.a)`: each sub-line states a threshold but
    carries a control code of its own, so it is an item of the group X (inheriting X's HS code)."""
    body = (
        "一、液体推进剂火箭推进相关物项\n(一)液体推进剂火箭发动机(参考税号:84121000):\n"
        "1.集成到总冲量大于等于1.1兆牛·秒的推进系统中的液体推进剂火箭发动机(9A105.a);\n"
        "2.可用于射程达300千米的、总冲量大于等于0.841兆牛·秒的液体推进剂火箭发动机(9A105.b)。"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.control_code, e.hs_codes) for e in entries] == [
        ("一/(一)/1", "9A105.a", ("84121000",)),
        ("一/(一)/2", "9A105.b", ("84121000",)),
    ]
    assert entries[0].name_zh.endswith("液体推进剂火箭发动机")


def test_measured_sub_lines_without_codes_stay_parameters() -> None:
    """The counterexample: the same layout whose sub-lines only measure is one leaf with its parameters."""
    body = (
        "一、真空泵\n(一)真空泵(参考税号:84141000):\n1.进气口尺寸大于等于380毫米;\n2.抽速大于等于15立方米/秒;\n"
        "3.极限真空优于13.3毫帕。"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh) == ("一/(一)", "真空泵")
    assert entry.spec_zh is not None and "抽速大于等于15立方米/秒" in entry.spec_zh


@pytest.mark.parametrize(
    ("line", "name", "code", "spec"),
    [
        (
            "(二)用于9A110所列结构件的树脂浸渍纤维预浸料(9C110)(参考税号:68151300),其纤维增强材料的比模量大于3.18×10⁶米。",
            "用于9A110所列结构件的树脂浸渍纤维预浸料",
            "9C110",
            "其纤维增强材料的比模量大于3.18×10⁶米",
        ),
        ("(二)金属碲(6C002.a),纯度大于等于99.99%。", "金属碲", "6C002.a", "纯度大于等于99.99%"),
        ("(二)金属碲(6C002.a)。", "金属碲", "6C002.a", None),
    ],
)
def test_a_bare_code_before_a_comma_qualifier_is_the_lines_code(
    line: str, name: str, code: str, spec: str | None
) -> None:
    (entry,) = extract_entries(f"一、材料\n{line}").entries
    assert (entry.name_zh, entry.control_code, entry.spec_zh) == (name, code, spec)


def test_a_bracketed_code_inside_a_name_is_not_taken() -> None:
    """A code in bare brackets followed by more of the name (not a comma, not the end) is cited, not listed."""
    (entry,) = extract_entries(
        "一、材料\n(一)可与(9A110)所列结构件配套的树脂基体(参考税号:39073000)。"
    ).entries
    assert entry.control_code is None
    assert entry.name_zh == "可与(9A110)所列结构件配套的树脂基体"


def test_a_comma_tail_introducing_values_makes_the_sub_lines_criteria() -> None:
    """`X，设计或额定为可承受下列任一辐射（HS）：` + (1)…(3): the values X withstands are its criteria, one leaf X."""
    body = (
        "一、集成电路\n1. 3A001.a.1 抗辐射加固集成电路，设计或额定为可承受下列任一辐射（参考海关商品编号：8542319000）：\n"
        "（1）总剂量大于等于5×10³戈瑞（硅）；\n（2）剂量率翻转阈值大于等于5×10⁶戈瑞（硅）/秒；\n"
        "（3）硅中中子（1兆电子伏等效）注量大于等于5×10¹³中子/平方厘米。"
    )
    result = extract_entries(body)
    (entry,) = result.entries
    assert (entry.path, entry.name_zh, entry.control_code) == ("一/1", "抗辐射加固集成电路", "3A001.a.1")
    assert entry.spec_zh is not None and entry.spec_zh.startswith(
        "设计或额定为可承受下列任一辐射；（1）总剂量"
    )
    assert {n.why for n in result.not_items if n.line.startswith("（")} == {"criteria"}


@pytest.mark.parametrize(
    "body",
    [
        # the 下列 before the noun: the lines below are kinds of the thing, its leaves
        "一、集成电路\n2. 3A001.a.2 额定工作环境温度高于398K（125℃）的下列集成电路：\na．微处理器微电路；\nb．现场可编程逻辑器件。",
        # a tail naming a kind of thing lists parts, not values
        "一、设备\n1. 离心机，包括下列部件：\n（1）转子组件；\n（2）轴承和阻尼器。",
    ],
)
def test_sub_lines_after_a_following_of_things_stay_leaves(body: str) -> None:
    assert len(extract_entries(body).entries) == 2


def test_a_clause_with_a_following_tail_lists_nothing() -> None:
    """`三、出口经营者…，并提交下列文件：` is a procedure whatever its tail says."""
    body = "三、出口经营者应当向商务部提出申请，并提交下列文件：\n（一）出口合同；\n（二）最终用户证明。"
    assert extract_entries(body).entries == ()


def test_purpose_list_designed_or_improved_names_the_thing() -> None:
    """`为制造下列任一物项而专门设计或改进的X（HS）：` + (1)…: 或改进 is one more way of saying designed
    for; the purposes (which cite other codes, `9A004项所列…`) are X's spec, never leaves."""
    body = (
        "一、下列物项未经许可，不得出口：\n（三）结构件生产设备\n"
        "1.1B101.d 为制造下列任一物项而专门设计或改进的预浸料和预成型件生产设备（参考海关商品编号：84798999）：\n"
        "（1）9A004项所列航天运载火箭的复合材料结构件；\n（2）9A012项所列无人驾驶航空飞行器的复合材料结构件。\n"
        "2.1B101.b 铺带机（参考海关商品编号：84798999）。"
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("一/(三)/1", "预浸料和预成型件生产设备", "1B101.d", ("84798999",)),
        ("一/(三)/2", "铺带机", "1B101.b", ("84798999",)),
    ]
    assert "9A012项所列无人驾驶航空飞行器" in (result.entries[0].spec_zh or "")
    assert [n.why for n in result.not_items if n.line.startswith("（")] == ["heading", "purpose", "purpose"]


def test_improved_in_a_name_is_not_a_purpose() -> None:
    """Only `为…下列…而…设计或改进的` opens a purpose list; an improved thing is named as printed."""
    body = "一、设备\n1. 改进型纤维缠绕机；\n2. 专门设计或改进的铺带机。"
    assert [e.name_zh for e in extract_entries(body).entries] == [
        "改进型纤维缠绕机",
        "专门设计或改进的铺带机",
    ]


def test_reserved_code_first_line_is_no_leaf() -> None:
    """`1C008.b 【保留】`: the code keeps its place in the list, the line names nothing."""
    body = "一、非氟化聚合物\n1C008.a.1 双马来酰亚胺\n1C008.b 【保留】\n1C008.c【保留】\n1C008.d 聚亚芳基酮"
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code) for e in result.entries] == [
        ("一/+1", "双马来酰亚胺", "1C008.a.1"),
        ("一/+4", "聚亚芳基酮", "1C008.d"),
    ]
    assert [n.why for n in result.not_items if n.line.startswith("1C")] == ["reserved", "reserved"]


def test_a_comma_clause_about_its_parts_is_spec() -> None:
    """`X，其亚芳基为…`: a clause on what X's parts are describes X, already named."""
    body = "一、非氟化聚合物\n1C008.e 聚亚芳基硫醚，其亚芳基为联亚苯基、三联亚苯基或其组合"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.spec_zh) == ("聚亚芳基硫醚", "其亚芳基为联亚苯基、三联亚苯基或其组合")


def test_other_after_a_comma_stays_in_the_name() -> None:
    """`，其他…` / `，其余…` name more things; they are not a clause about X's parts."""
    body = "一、金属\n1. 铁、钢，其他金属制品；\n2. 钨粉，其余钨制品。"
    assert [e.name_zh for e in extract_entries(body).entries] == ["铁、钢，其他金属制品", "钨粉，其余钨制品"]


def test_reference_principles_name_no_technology() -> None:
    """The 2008 catalogue opens with `一、禁止出口技术参考原则` + (一)…应当禁止出口的: numbered like entries,
    the principles say why a technology is listed and name none."""
    body = (
        "一、禁止出口技术参考原则\n（一）出于维护国家安全、社会公共利益或者公共道德的需要，应当禁止出口的；\n"
        "（二）依照法律、行政法规的规定，其他应当禁止出口的。\n"
        "二、限制出口技术参考原则\n（一）出于维护国家安全的需要，应当限制出口的。"
    )
    result = extract_entries(body)
    assert result.entries == ()
    assert len(result.not_items) == 5


def test_a_ban_naming_goods_is_still_an_entry() -> None:
    """What a ban names stays the entry when it is goods, not principles or requirements."""
    (entry,) = extract_entries("一、禁止向朝鲜出口航空煤油。").entries
    assert entry.name_zh == "航空煤油"


@pytest.mark.parametrize(
    "intro",
    ["一、下列物项，未经许可，不得出口。", "一、对下列物项实施出口管制。", "一、以下技术未经许可不得出口"],
)
def test_a_list_intro_printed_as_a_sentence_still_opens_the_list(intro: str) -> None:
    """The intro's sentence may end in 。 or nothing instead of a colon: it points forward all the same."""
    body = f"{intro}\n1.掩模制造设备（管制编码：3B001.f）；\n2.正性抗蚀剂（管制编码：3C002.a）。"
    assert [(e.path, e.name_zh) for e in extract_entries(body).entries] == [
        ("一/1", "掩模制造设备"),
        ("一/2", "正性抗蚀剂"),
    ]
    # A sentence pointing back (上述) opens no list: its sub-lines are whatever they are, not its items.
    back = "一、上述物项，未经许可，不得出口。\n（一）出口合同；\n（二）最终用户证明。"
    assert extract_entries(back).entries == ()


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        # how the thing is fitted, what it can do, what it is designed or adapted for, how it works
        ("数控光学精加工机床，配备选择性材料去除功能以加工非球面光学表面", "数控光学精加工机床", "配备"),
        ("强力旋压机及其专门设计的部件，可用于生产推进部件和设备", "强力旋压机及其专门设计的部件", "可用于"),
        ("激光焊接设备，采用光纤激光器以降低热影响区", "激光焊接设备", "采用"),
        ("低温泵，适用于超高真空环境", "低温泵", "适用于"),
        ("抗蚀剂，设计用于半导体光刻，专门调整（优化）为在短于15纳米的波长下使用", "抗蚀剂", "设计用于"),
        (
            "混合集成系统的源代码，通过将航向数据与速度数据持续组合提高导航精度",
            "混合集成系统的源代码",
            "通过",
        ),
        # a description before a later qualifier is spec too
        ("旋压成形机，按照制造商技术规格可配备数控装置，具有三个或以上滚轮", "旋压成形机", "按照"),
        ("数据记录仪，带宽为10兆赫，具有下列任一特性", "数据记录仪", "带宽"),
        # measured values explained by a bracket, or in a long unit
        (
            "线性位置反馈单元，总精度小于（优于）（800＋L/1000）纳米（L为有效长度，单位毫米）",
            "线性位置反馈单元",
            "总精度",
        ),
        ("设计用于电子束的抗蚀剂，灵敏度等于或优于0.01微库仑/平方毫米", "设计用于电子束的抗蚀剂", "灵敏度"),
        # a reference out of other entries by their codes, before or after the thing
        (
            "除2D002所列以外，专门设计用于使用本款所列设备的软件",
            "专门设计用于使用本款所列设备的软件",
            "除2D002所列以外",
        ),
        ("耐辐射探测器，6A002所列以外，专门设计用于防护核效应", "耐辐射探测器", "6A002所列以外"),
        ("除1C001或1C002所列以外的复合材料", "复合材料", "除1C001或1C002所列以外"),
    ],
)
def test_a_comma_that_goes_on_to_describe_the_thing_ends_its_name(line: str, name: str, spec: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n1.{line}（管制编码：2B999）（参考海关商品编号：84639000）；\n2.金属铋。"
    entry, bismuth = extract_entries(body).entries
    assert (entry.name_zh, bismuth.name_zh) == (name, "金属铋")
    assert entry.spec_zh is not None and entry.spec_zh.startswith(spec)


def test_a_comma_inside_the_name_does_not_end_it() -> None:
    """The comma sits inside the modifiers of the noun the line ends with, the name goes on to name more,
    a chemical name holds it, or the value before it is part of the name — while a description after a
    comma in the same list is still cut off."""
    kept = [
        "设计用于航空器或船舶，在失去辅助基准后仍能提供位置的惯性测量设备",
        "射线探测设备，例如X射线转换器和储存磷光体成像板",
        "N,N-二异丙基氨基乙醇",
        "高度大于10米，直径大于5米的储罐",
        "为3A001所列集成电路设计的掩模",
    ]
    lines = [f"{n}.{name}（管制编码：2B999）；" for n, name in enumerate(kept, start=1)]
    body = "\n".join(["一、下列物项，未经许可，不得出口：", *lines, "7.低温泵，适用于超高真空环境。"])
    entries = extract_entries(body).entries
    assert [e.name_zh for e in entries] == [*kept, "低温泵"]
    assert [e.spec_zh for e in entries] == [None] * len(kept) + ["适用于超高真空环境"]


@pytest.mark.parametrize(
    "intro", ["用于下列任一系统的飞行控制源代码", "用于以下任何设备的控制软件", "为下列任一平台的导航软件"]
)
def test_for_the_following_systems_opens_a_purpose_list_without_a_design_verb(intro: str) -> None:
    body = f"一、下列软件，未经许可，不得出口：\n4、{intro}（管制编码：7D004）：\n（1）电传操纵系统；\n（2）三维显示器。"
    result = extract_entries(body)
    assert [(e.path, e.name_zh) for e in result.entries] == [("一/4", intro.split("的", 1)[1])]
    assert [n.why for n in result.not_items if n.line.startswith("（")] == ["purpose", "purpose"]
    # Sub-lines naming items of their own (a code, an HS reference) are the entries, not purposes.
    coded = "一、下列设备，未经许可，不得出口：\n（一）用于下列物项的生产设备：\n1.1B001 纤维缠绕机；\n2.1B002 铺带机。"
    assert [e.name_zh for e in extract_entries(coded).entries] == ["纤维缠绕机", "铺带机"]


@pytest.mark.parametrize(
    ("sub", "name", "spec"),
    [
        (
            "a．5A001.f所列以外、设计用于提前引爆的射频发射设备",
            "设计用于提前引爆的射频发射设备",
            "5A001.f所列以外",
        ),
        ("a．5A001.f项所列以外的射频发射设备", "射频发射设备", "5A001.f项所列以外"),
        ("a．5A001.f、5A001.g所列以外、射频发射设备", "射频发射设备", "5A001.f、5A001.g所列以外"),
    ],
)
def test_a_code_opening_a_reference_is_not_the_lines_code(sub: str, name: str, spec: str) -> None:
    """`5A001.f所列以外、X` cites another entry: X takes the code of the group it is listed under."""
    body = (
        f"一、下列物项，未经许可，不得出口：\n（9）5A001.h 反简易爆炸装置及相关设备：{sub}；b．同频通信设备。"
    )
    first, second = extract_entries(body).entries
    assert (first.name_zh, first.control_code, first.spec_zh) == (name, "5A001.h", spec)
    assert second.control_code == "5A001.h"
    # A code printed first with its own name is still the line's code.
    own = "一、下列物项，未经许可，不得出口：\n（9）5A001.h 反简易爆炸装置及相关设备：a．5A001.f 射频发射设备；b．同频通信设备。"
    assert [e.control_code for e in extract_entries(own).entries] == ["5A001.f", "5A001.h"]


@pytest.mark.parametrize(
    "code_clause",
    [
        "，管制编码为8A002.g：",
        "（HS编码：94054900），管制编码为8A002.g：",
        ",管制编码为8A002.g:",
        "，管制编码：8A002.g：",
    ],
)
def test_a_code_clause_before_the_colon_of_a_group_is_the_groups_code(code_clause: str) -> None:
    body = (
        "一、下列物项，未经许可，不得出口：\n"
        f"（1）专门设计用于水下的照明系统{code_clause}\n①频闪照明系统；\n②氩弧照明系统。"
    )
    entries = extract_entries(body).entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("频闪照明系统", "8A002.g"),
        ("氩弧照明系统", "8A002.g"),
    ]


@pytest.mark.parametrize(
    "joined", ["，管制编码为8A002.h，具有下列任一特性：", ",管制编码为8A002.h,具有下列任一特性:"]
)
def test_a_code_clause_before_a_criteria_clause_leaves_the_name(joined: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（1）由专用计算机控制的水下机器人{joined}①利用传感器控制的系统；②能施加250牛以上的力。"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code) == ("由专用计算机控制的水下机器人", "8A002.h")
    # A code clause followed by more name is not cut out of it.
    kept = "一、下列物项，未经许可，不得出口：\n（1）水下机器人，管制编码为8A002.h的部件除外。"
    assert extract_entries(kept).entries[0].control_code is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("胶片画幅大于等于35毫米且具有下列任一特性的静态照相机：", "静态照相机"),
        ("工作温度低于20K并满足以下所有条件的红外探测器：", "红外探测器"),
        ("专门设计用于水下作业、同时具备下列任一特点的照相机：", "照相机"),
    ],
)
def test_criteria_joined_to_a_condition_by_a_conjunction_leave_the_thing(line: str, name: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（2）{line}\na．帧率大于100；\nb．分辨率大于5。"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh == name
    assert entry.spec_zh is not None and "帧率大于100" in entry.spec_zh


def test_a_conjunction_inside_a_name_without_criteria_is_kept() -> None:
    body = "一、下列物项，未经许可，不得出口：\n（2）耐高温且具有自动对焦功能的照相机。"
    assert extract_entries(body).entries[0].name_zh == "耐高温且具有自动对焦功能的照相机"


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "二硼化钛（TiB2）陶瓷粉末（CAS号：12045-63-5），金属杂质总含量小于5000ppm",
            "二硼化钛（TiB2）陶瓷粉末",
            "CAS号：12045-63-5",
        ),
        ("碳化硼（B4C）粉末（12069-32-8），平均粒度小于等于5微米", "碳化硼（B4C）粉末", "12069-32-8"),
        ("由氧化铝（CAS号：1344-28-1）制成的连续纤维", "由氧化铝制成的连续纤维", "CAS号：1344-28-1"),
    ],
)
def test_a_cas_number_inside_the_line_leaves_the_name(line: str, name: str, spec: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n1.{line}（参考税则号列：28500000）。"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh == name
    assert entry.spec_zh is not None and entry.spec_zh.startswith(spec)


def test_a_bracketed_formula_before_a_comma_is_no_value_the_name_ends_in() -> None:
    """Measured values after `X(TiB2)，` qualify X; a value converted in brackets still ends the name."""
    body = (
        "一、下列物项，未经许可，不得出口：\n1.二硼化钛（TiB2）陶瓷粉末，平均粒度小于等于5微米；\n"
        "2.飞行高度15240米（50000英尺），续航时间大于30分钟的无人机。"
    )
    first, second = extract_entries(body).entries
    assert (first.name_zh, first.spec_zh) == ("二硼化钛（TiB2）陶瓷粉末", "平均粒度小于等于5微米")
    assert second.name_zh == "飞行高度15240米（50000英尺），续航时间大于30分钟的无人机"


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("以玻璃或氧化物为基体、由下列任一纤维增强的陶瓷-陶瓷复合材料", "陶瓷-陶瓷复合材料"),
        ("用下列任一树脂浸渍的碳纤维预浸料", "碳纤维预浸料"),
        ("表面采用下列任一涂层涂覆的涡轮叶片", "涡轮叶片"),
    ],
)
@pytest.mark.parametrize("inline", [True, False])
def test_what_reinforces_or_coats_the_thing_is_its_criteria(intro: str, name: str, inline: bool) -> None:
    subs = ["a．由氧化铝制成的连续纤维", "b．比拉伸强度大于12.7×10³米的纤维"]
    listed = "：" + "；".join(subs) + "。" if inline else "：\n" + "；\n".join(subs) + "。"
    body = f"一、下列物项，未经许可，不得出口：\n2.2.1 1C007.c.1 {intro}（参考税则号列：69149000）{listed}"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code) == (name, "1C007.c.1")
    assert entry.spec_zh is not None and "连续纤维" in entry.spec_zh


def test_kinds_listed_after_a_thing_not_made_of_them_stay_its_leaves() -> None:
    body = (
        "一、下列物项，未经许可，不得出口：\n2.3 1C007.e 专门设计用于生产1C007.c所列材料的先驱材料"
        "（参考税则号列：39100000）：a．聚二有机硅烷；b．聚硅氮烷。"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["聚二有机硅烷", "聚硅氮烷"]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "专门制备的用于制造气体扩散屏障的化合物或者粉末，耐六氟化铀腐蚀，纯度大于等于99.9%",
            "专门制备的用于制造气体扩散屏障的化合物或者粉末",
            "耐六氟化铀腐蚀",
        ),
        (
            "由悬浮在外壳内的环形磁体构成的轴承组件，外壳由耐腐蚀材料制成或者加以防护，内含阻尼介质",
            "由悬浮在外壳内的环形磁体构成的轴承组件",
            "外壳由耐腐蚀材料制成",
        ),
        (
            "专门设计用于相控阵激光系统的光学设备和部件，以λ/10（指定波长）的精度进行相干光束合成",
            "专门设计用于相控阵激光系统的光学设备和部件",
            "以λ/10",
        ),
        ("离心机转子筒，壳体由碳纤维复合材料构成", "离心机转子筒", "壳体由碳纤维复合材料构成"),
        ("水下照明灯具，内装蓄电池", "水下照明灯具", "内装蓄电池"),
        ("脉冲激光器，以大于1千赫兹的重复频率工作", "脉冲激光器", "以大于1千赫兹"),
    ],
)
def test_a_description_after_a_modified_noun_is_spec(line: str, name: str, spec: str) -> None:
    """Modifiers that have reached their noun make a name: what a comma then says of how it performs,
    what its parts are made of or what it holds describes it and is spec."""
    body = f"一、下列物项，未经许可，不得出口：\n1.{line}（参考海关商品编号：8401200000）。"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh == name
    assert entry.spec_zh is not None and entry.spec_zh.startswith(spec)


@pytest.mark.parametrize(
    "line",
    [
        "专门设计用于离心机的，由马氏体时效钢制成的转子组件",
        "专门设计用于离心机的真空泵，以及为其专门设计的部件",
        "以氧化铝为基体的，由碳纤维增强的复合材料",
    ],
)
def test_a_comma_before_the_noun_or_naming_more_keeps_the_name(line: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n1.{line}（参考海关商品编号：8401200000）。"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh == line


@pytest.mark.parametrize(
    "line",
    [
        "3.奥克汉姆信号情报系统有限公司（Oakham Signal Intelligence Systems Ltd.）",
        "4.维尔米尔海洋声学公司（Vellmere Marine Acoustics B.V.）及其分支机构",
        "5.诺伦德量子通信股份公司（Norrend Quantum Communications AG，又称NQC）；",
        "6.某某航空研究院",
    ],
)
def test_a_line_naming_an_organisation_under_a_country_heading_is_a_party(line: str) -> None:
    body = f"下列外国实体列入关注名单：\n（二）英国实体\n{line}\n本公告自公布之日起正式实施。"
    result = extract_entries(body)
    assert result.entries == ()
    assert [n.why for n in result.not_items if n.line == line] == ["party"]


def test_goods_ending_like_a_place_of_work_stay_goods() -> None:
    body = "一、下列物项，未经许可，不得出口：\n（一）机床\n1.五轴联动加工中心；\n2.生物安全三级移动实验室。"
    assert [e.name_zh for e in extract_entries(body).entries] == [
        "五轴联动加工中心",
        "生物安全三级移动实验室",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "由下列任一纤维增强的复合材料:a.由氧化铝(CAS号：1344-28-1)制成的连续纤维；b.碳纤维。",
        "由下列任一纤维增强的复合材料：a.由氧化铝(CAS号:1344-28-1)制成的连续纤维；b.碳纤维。",
        "具有下列所有特性、可用于导弹的马氏体时效钢:(1)抗拉强度(按ASTM：E8测得)大于0.9吉帕；(2)壁厚小于5毫米。",
    ],
)
def test_criteria_before_the_thing_end_at_its_first_colon_whatever_the_width(line: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n1.{line}"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh in ("复合材料", "可用于导弹的马氏体时效钢")


@pytest.mark.parametrize(
    "clause",
    ["，管制编码为：8A002.g", "，其管制编码为8A002.g", "，对应管制编码8A002.g", "，管制编码8A002.g"],
)
def test_a_code_clause_after_the_name_however_worded(clause: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（1）水下照明系统{clause}；\n（2）水下照明系统，管制编码为8A002.g的部件除外。"
    coded, excluded = extract_entries(body).entries
    assert (coded.name_zh, coded.control_code) == ("水下照明系统", "8A002.g")
    assert excluded.control_code is None  # a code inside an exclusion names what is left out


@pytest.mark.parametrize(
    ("clause", "hs"),
    [
        ("，管制编码为8A002.g，HS编码为94054900", ("94054900",)),
        ("，参考海关商品编号：8401200000、8401900000", ("8401200000", "8401900000")),
        ("，HS编码为84012000,84019000", ("84012000", "84019000")),
    ],
)
def test_an_hs_clause_after_a_comma_is_the_lines_reference(clause: str, hs: tuple[str, ...]) -> None:
    body = (
        f"一、下列物项，未经许可，不得出口：\n（1）气体离心机{clause}。\n（2）离心机，转速大于90000转每分钟。"
    )
    entry, measured = extract_entries(body).entries
    assert (entry.name_zh, entry.hs_codes) == ("气体离心机", hs)
    assert (measured.hs_codes, measured.spec_zh) == ((), "转速大于90000转每分钟")


@pytest.mark.parametrize("point", ["．", "."])
def test_a_sub_row_numbered_with_a_full_width_point_is_still_under_its_row(point: str) -> None:
    body = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n"
        "5 | 振动试验系统、设备和部件 | 2B116 | 90312000 |\n"
        f"5{point}1 | 振动试验系统 | 2B116.a |  | 能在20赫兹至2千赫兹之间振动\n"
        f"5{point}2 | 数字控制器 | 2B116.b |  |\n"
        "6 | 环境试验箱 | 9B106.a |  |"
    )
    got = [(e.path, e.control_code, e.hs_codes) for e in extract_entries(body).entries]
    assert got == [
        ("5/5.1", "2B116.a", ("90312000",)),
        ("5/5.2", "2B116.b", ("90312000",)),
        ("6", "9B106.a", ()),
    ]


@pytest.mark.parametrize(
    "end", ["。（HS编码：28469019）", "；（海关商品编号：2846901930）", "（HS编码：28469019）。"]
)
def test_a_code_clause_before_a_stop_and_the_hs_reference(end: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n4、含钆的化合物及其混合物，管制编码为1C903.c{end}"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code) == ("含钆的化合物及其混合物", "1C903.c")
    assert len(entry.hs_codes) == 1


@pytest.mark.parametrize(
    ("wrapped", "after"),
    [
        # the description cell wraps mid-phrase, not at a separator; the next row follows
        (
            "纯度优于99.999%，含20%摩尔或以上惰性气体的\n氢化物除外",
            "5 | 衬底 | 3C005.a | 38180000 | 电阻率大于10000欧姆·厘米",
        ),
        # the same before a section line that heads the next row
        (
            "纯度优于99.999%，含20%摩尔或以上惰性气体的\n氢化物除外",
            "三、衬底\n5 | 衬底 | 3C005.a | 38180000 |",
        ),
        # the wrapped rest opens with a Latin letter
        ("不包括P型层位于\nN型层之间的衬底", "5 | 衬底 | 3C005.a | 38180000 |"),
    ],
)
def test_a_cell_wrapped_anywhere_between_two_rows_belongs_to_the_row_above(wrapped: str, after: str) -> None:
    body = f"序号 | 物项名称 | 管制编码 | 参考税则号列 | 说明\n4 | 磷的氢化物 | 3C004 | 28500000 | {wrapped}\n{after}"
    result = extract_entries(body)
    got = [(e.path, e.name_zh, e.control_code) for e in result.entries]
    assert got == [("4", "磷的氢化物", "3C004"), ("5", "衬底", "3C005.a")]
    assert result.entries[0].spec_zh == wrapped.replace("\n", "")


def test_a_bracketed_exclusion_wrapped_out_of_a_description_cell_keeps_the_table_going() -> None:
    """`（含有…的芳纶纤维材料除外）` on a line of its own opens with a bracket but no number: the rest of the
    row's description, not a paragraph; the rows below are still the table's."""
    body = (
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 技术指标\n"
        "4 | 碳纤维或芳纶纤维材料 | 1C210.a | 68151100 | 比模量大于等于12.7×10⁶米\n"
        "（含有0.25%（按重量）以上酯基纤维表面改性剂的芳纶纤维材料除外）\n"
        "5 | 玻璃纤维材料 | 1C210.b | 70191200 | 比模量大于等于3.18×10⁶米\n"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("4", "碳纤维或芳纶纤维材料", "1C210.a"),
        ("5", "玻璃纤维材料", "1C210.b"),
    ]
    assert (entries[0].spec_zh or "").endswith("芳纶纤维材料除外）")


def test_a_name_cell_wrapped_in_a_table_without_descriptions_is_joined() -> None:
    body = "序号 | 管制编码 | 物项名称\n1 | 3C005.a | 碳化硅半导体衬底，或上述材料的锭、晶棒和其他预\n制件\n2 | 3C005.b | 多晶衬底"
    names = [e.name_zh for e in extract_entries(body).entries]
    assert names == ["碳化硅半导体衬底，或上述材料的锭、晶棒和其他预制件", "多晶衬底"]


def test_a_name_cell_cut_after_its_modifier_takes_the_line_below_though_later_cells_are_printed() -> None:
    """`6 | 0B007.g | 六氟化铀转化为二氧化铀（UO2）的 | 84198900 |` then `系统`: a name ending on 的 is unfinished,
    so the cell-less line below is its rest, and the rows after it stay the table's."""
    body = (
        "序号 | 管制编码 | 物项名称 | 参考税则号列 | 说明\n"
        "6 | 0B007.g | 六氟化铀转化为二氧化铀（UO2）的 | 84198900 |\n系统\n"
        "7 | 0B007.j | 硝酸钚转化为氧化钚的系统 | 84198900 | 不包括仅用于实验室规模分析的装置\n"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("6", "六氟化铀转化为二氧化铀（UO2）的系统", "0B007.g"),
        ("7", "硝酸钚转化为氧化钚的系统", "0B007.j"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "注：第4项不包括稀释的氢化物。\n5 | 衬底 | 3C005.a | 38180000 |",  # a note is a paragraph of its own
        "二、出口经营者应当申请许可。\n5 | 衬底 | 3C005.a | 38180000 |",  # so is a numbered clause
        "出口经营者应当申请许可。",  # the table ends: no row follows the line
    ],
)
def test_a_line_that_is_no_wrapped_cell_still_ends_the_table(after: str) -> None:
    body = f"序号 | 物项名称 | 管制编码 | 参考税则号列 | 说明\n4 | 磷的氢化物 | 3C004 | 28500000 | 纯度优于99.999%\n{after}"
    first = extract_entries(body).entries[0]
    assert (first.name_zh, first.spec_zh) == ("磷的氢化物", "纯度优于99.999%")


def test_a_table_of_changed_tariff_lines_reads_the_new_column_not_the_old() -> None:
    body = (
        "一、下表所列物项的参考海关商品编号，由10位海关商品编号调整为8位税则号列：\n"
        "序号 | 管制编码 | 物项名称 | 原参考海关商品编号 | 调整后参考税则号列\n"
        "1 | 1C117.d | 仲钨酸铵 | 2841801000 | 28418010\n"
        "2 | 1C117.d | 氧化钨 | 2825901200、2825901910 | 28259012、28259019\n"
    )
    assert [(e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [
        ("仲钨酸铵", ("28418010",)),
        ("氧化钨", ("28259012", "28259019")),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "一、下列公告的全部或者部分内容予以废止，废止日期以下表所列为准：\n序号 | 文号 | 公告名称 | 废止日期\n"
        "1 | 商务部 海关总署公告2023年第39号 | 关于优化调整石墨物项临时出口管制措施的公告 | 2028年1月1日\n",
        "二、对商务部公告2025年第62号作如下处理：\n（一）第二条停止执行。\n"
        "（二）附件2《境内提供出口管制技术情况说明》填写指引，不再适用。\n",
    ],
)
def test_lines_acting_on_other_notices_and_their_attachments_list_nothing(body: str) -> None:
    assert extract_entries(body, "关于废止和部分废止有关出口管制公告的公告").entries == ()


def test_rows_under_a_lifted_row_with_the_notice_cell_left_blank_are_lifted_too() -> None:
    body = (
        "一、自2028年3月1日起，对下表所列物项不再实施出口管制：\n序号 | 公告 | 条款 | 物项名称 | 参考海关商品编号\n"
        "1 | 商务部 海关总署公告2023年第23号 | 第一条第（一）项第7目 | 硒化镓 | 2842909024\n"
        "2 |  | 第一条第（一）项第8目 | 锑化镓 | 2853909029\n"
        "3 | 商务部 海关总署公告2025年第10号 | 第五条第（三）项 | 三乙基铟 | 2931900032\n"
    )
    result = extract_entries(body, "关于调整部分物项出口管制措施的公告")
    assert result.entries == ()
    assert [n.why for n in result.not_items if "|" in n.line and n.line[0].isdigit()] == ["lifted"] * 3


def test_a_guide_whose_codes_are_examples_of_what_to_fill_in_lists_nothing() -> None:
    guide = (
        "附件\n两用物项出口报关单备注栏填写指引\n一、总体要求\n"
        "1.出口经营者应当在出口报关单“备注”栏中，对申报的每一项商品是否属于两用物项作出声明。\n"
        "二、填报示例\n1.属于两用物项的，填报示例：属于两用物项，1C902.a\n2.不属于管制物项的，填报示例：不属于管制物项，参照2C902.b\n"
    )
    assert extract_entries(guide, "关于规范两用物项出口报关单备注栏填报的公告", source="附件").entries == ()
    listing = "附件\n物项清单（样本）\n1.1C902.a 氧化钐\n"  # a line opening on its code lists goods, form title or not
    assert [e.name_zh for e in extract_entries(listing, "关于…的公告", source="附件").entries] == ["氧化钐"]


def test_control_points_rewritten_under_a_heading_naming_a_catalogue_entry_take_its_number() -> None:
    body = (
        "限制出口部分\n修改有色金属冶金技术（编号：083201X）的控制要点：\n一、第9项控制要点修改为：\n"
        "9.锂辉石提锂生产纯度大于等于99.5%的电池级碳酸锂技术\n二、删去第10项控制要点（锂辉石提锂生产氢氧化锂技术）。\n"
    )
    entries = extract_entries(body, "关于调整《中国禁止出口限制出口技术目录》的公告", source="附件").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("锂辉石提锂生产纯度大于等于99.5%的电池级碳酸锂技术", "083201X")
    ]


def test_rows_adding_goods_under_a_row_naming_a_notice_are_new_controls() -> None:
    body = (
        "一、对下表所列物项实施出口管制：\n序号 | 原管制公告 | 调整方式 | 物项名称 | 参考海关商品编号\n"
        "1 | 商务部 海关总署公告2023年第23号 | 保留 | 硒化镓 | 2842909024\n2 |  | 新增 | 锑化镓 | 2853909029\n"
    )
    assert [e.name_zh for e in extract_entries(body, "关于对镓相关物项实施出口管制的公告").entries] == [
        "锑化镓"
    ]


def test_an_attachment_titled_as_a_form_whose_lines_give_codes_lists_goods() -> None:
    body = "附件2\n管制物项清单及填写说明\n1.氧化钐（1C902.a）\n2.氧化钆（1C902.b）\n"
    entries = extract_entries(body, "关于…的公告", source="附件").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [("氧化钐", "1C902.a"), ("氧化钆", "1C902.b")]


def test_a_line_after_a_row_ending_in_a_code_cell_is_no_wrapped_cell() -> None:
    from parsers.printed_table import printed_tables

    body = "序号 | 物项名称 | 管制编码\n1 | 三氧化二氮 | 1C111.a.3.a\n出口经营者应当申请许可\n2 | 五氧化二氮 | 1C111.a.3.c"
    [table] = printed_tables(body)
    assert [(row.seq, row.cells["name"]) for row in table.rows] == [("1", "三氧化二氮")]


@pytest.mark.parametrize(
    "line",
    [
        "（2）2B120所列以外、具有下列所有特性的定位转台（HS编码：90318000），管制编码为2B121：a.两轴或以上；b.定位精度等于或优于5角秒。",
        "（2）具有下列所有特性的定位转台，管制编码为2B121:(1)两轴或以上；(2)定位精度等于或优于5角秒。",
        "（2）具有下列所有特性的定位转台（HS编码：90318000），其管制编码为2B121：\na.两轴或以上；\nb.定位精度等于或优于5角秒。",
    ],
)
def test_a_code_clause_before_the_colon_of_inline_criteria_is_the_lines_code(line: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n{line}"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code) == ("定位转台", "2B121")


@pytest.mark.parametrize(
    ("phrase", "subs"),
    [
        ("采用下列任一技术", "a.磁通密度为2.0特斯拉或以上的材料；b.用于执行器的全电磁偏置设计"),
        ("使用以下任何一种方法", "(1)离子注入法；(2)分子束外延法"),
        ("符合下列任一规定", "\na.长度为600毫米或以上的转子；\nb.空心圆柱形转子部件。"),
    ],
)
def test_what_a_thing_uses_or_the_provisions_it_meets_are_its_criteria(phrase: str, subs: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（2）主动磁轴承系统（HS编码：84839000），管制编码为2A001.c，{phrase}：{subs}"
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.control_code) == ("一/(2)", "主动磁轴承系统", "2A001.c")
    assert entry.spec_zh


@pytest.mark.parametrize(
    "subs",
    [
        "：a.设计用于连续工作，可检测浓度低于0.3毫克/立方米的化学战剂；b.设计用于检测胆碱酯酶抑制活性。",
        "：(1)可在零下40摄氏度检测；(2)为连续监测而专门设计。",
        "：\na.为平衡长度为600毫米或以上的挠性转子而设计，轴颈直径为75毫米或以上；\nb.能够平衡空心圆柱形转子部件。",
    ],
)
def test_sub_items_naming_no_thing_of_their_own_are_criteria(subs: str) -> None:
    body = (
        f"一、下列物项，未经许可，不得出口：\n（2）有毒气体监测仪（HS编码：90271000），管制编码为2B351{subs}"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.control_code) == ("一/(2)", "有毒气体监测仪", "2B351")
    assert "检测" in (entry.spec_zh or "") or "平衡" in (entry.spec_zh or "")


@pytest.mark.parametrize(
    "subs",
    [
        "：a.平衡机；b.为第（1）项a目所列平衡机设计或改进的指示头。",
        "：a.用于制造转子的芯轴；b.由碳纤维制成的转子。",
        "，包括下列部件：\na.为平衡机专门设计的指示头；\nb.用于平衡机的传感器。",
    ],
)
def test_sub_items_whose_modifiers_reach_a_noun_stay_items(subs: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（1）平衡机及相关设备（HS编码：90311000），管制编码为2B119{subs}"
    entries = extract_entries(body).entries
    assert len(entries) == 2
    assert all(e.control_code == "2B119" for e in entries)


@pytest.mark.parametrize(
    "lines",
    [
        ["根据通用技术注释，用于“开发”或“生产”本款第1项所列设备的技术，管制编码为2E001、2E002。"],
        [
            "用于“开发”第1项所列设备的技术（管制编码：2E001）。",
            "用于“使用”第1项所列设备的技术（管制编码：2E101）。",
        ],
        [
            "用于“开发”第1项所列设备的技术，管制编码为2E001；",
            "用于“使用”第1项所列设备的技术（HS编码：49119900）。",
        ],
    ],
)
def test_an_unnumbered_line_with_its_own_code_under_a_heading_is_its_item(lines: list[str]) -> None:
    body = "\n".join(
        [
            "一、下列物项，未经许可，不得出口：",
            "1、设备",
            "（1）离心机（HS编码：84211900），管制编码为2B122。",
            "2、技术",
            *lines,
        ]
    )
    entries = extract_entries(body).entries
    assert [e.path for e in entries] == ["一/1/(1)", *(f"一/2/+{n}" for n in range(1, len(lines) + 1))]
    assert all(e.category_zh == "技术" and e.name_zh.endswith("的技术") for e in entries[1:])


@pytest.mark.parametrize(
    "line",
    [
        "注：第（1）项不包括管制编码为2B122.a的离心机。",  # a note citing a code
        "出口经营者出口管制编码为2B122的物项，应当申请许可。",  # a sentence of the notice
        "符合2B122所列参数的离心机（管制编码：2B122）均适用本款。",  # a rule
        "上述物项（HS编码：84211900）仅供参考。",  # a remark on the lines above
        "物项（HS编码：84211900），管制编码为2B122。",  # a generic noun
    ],
)
def test_an_unnumbered_line_that_is_no_item_stays_out_of_the_list(line: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n1、设备\n（1）离心机（HS编码：84211900），管制编码为2B122。\n{line}"
    assert [e.path for e in extract_entries(body).entries] == ["一/1/(1)"]
    under_title = f"一、下列物项，未经许可，不得出口：\n1、设备\n{line}"  # no item above it either
    assert not any("+" in e.path for e in extract_entries(under_title).entries)


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        (
            "，至少由一个行波真空电子器件、一个单片微波集成电路和一个集成电子电源调节器组成",
            "微波功率模块（MPM）",
        ),
        ("，主要由碳化硅纤维和陶瓷基体构成，工作温度高于1100℃", "微波功率模块（MPM）"),
        ("，单边带相位噪声（dBc/Hz）优于－（126＋20log10F－20log10f）", "微波功率模块（MPM）"),
        (",平面度为λ/10或更好(λ等于633纳米)", "微波功率模块（MPM）"),
    ],
)
def test_a_description_made_of_parts_or_a_bound_after_the_name_is_spec(tail: str, name: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（二）微波功率模块（MPM）（管制编码：3A001.b.9）{tail}。"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code) == (name, "3A001.b.9")
    assert entry.spec_zh


@pytest.mark.parametrize(
    "line",
    [
        "由碳化硅纤维和陶瓷基体构成的复合材料，管制编码为1C007。",  # 由…构成的 names the thing
        "陶瓷复合材料，或上述材料的预制件，管制编码为1C007。",  # ，或… names more
    ],
)
def test_a_made_of_phrase_before_the_noun_or_naming_more_stays_in_the_name(line: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（一）{line}"
    (entry,) = extract_entries(body).entries
    assert entry.name_zh == line.split("，管制编码")[0]


def test_the_coded_rest_of_a_wrapped_item_line_is_no_item_of_its_own() -> None:
    """A long item line broken by the reader before its code: the line above is no heading (it is no short
    title and introduces nothing), so the coded line is not read as an item under it."""
    body = (
        "一、下列物项，未经许可，不得出口：\n"
        "（一）稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技\n"
        "术及其载体（管制编码：1E902）。"
    )
    assert [e.path for e in extract_entries(body).entries] == ["一/(一)"]


def test_unnumbered_coded_lines_under_a_list_intro_are_its_items() -> None:
    body = (
        "一、对下列物项实施出口管制：\n钨粉（HS编码：81011000），管制编码为1C117。\n"
        "碳化钨（HS编码：28499020），管制编码为1C117.c。\n二、本公告自2027年1月1日起实施。"
    )
    got = [(e.path, e.name_zh, e.control_code) for e in extract_entries(body).entries]
    assert got == [("一/+1", "钨粉", "1C117"), ("一/+2", "碳化钨", "1C117.c")]


def test_a_cell_wrapped_over_several_lines_and_around_an_hs_line_stays_its_rows() -> None:
    body = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 说明\n"
        "4 | 磷的氢化物 | 3C004 | 2850000010、 | 纯度优于99.999%，包括在惰性\n"
        "气体或氢气中稀释的；含20%摩尔或以上惰性气体的\n2850000090\n氢化物除外\n"
        "5 | 衬底 | 3C005.a | 3818000000 |"
    )
    first, second = extract_entries(body).entries
    assert first.hs_codes == ("2850000010", "2850000090")
    assert (
        first.spec_zh == "纯度优于99.999%，包括在惰性气体或氢气中稀释的；含20%摩尔或以上惰性气体的氢化物除外"
    )
    assert (second.path, second.name_zh) == ("5", "衬底")


@pytest.mark.parametrize(
    ("line", "leaves"),
    [
        ("金属碲（6C002.a）：a.纯度大于99.99%；b.粒度小于10微米（D50）。", 1),  # values of the thing
        ("金属碲（6C002.a）：(1)纯度为99.99%或更高；(2)可用于溅射靶材。", 1),
        # values that go on to the thing they bound name things of their own
        ("硼或硼合金（管制编码：1C011.b）：a．纯度大于等于85%的硼；b．硼含量大于等于85%的硼合金。", 2),
    ],
)
def test_inline_sub_items_that_only_measure_are_criteria(line: str, leaves: int) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（1）{line}"
    entries = extract_entries(body).entries
    assert len(entries) == leaves
    assert leaves == 2 or entries[0].name_zh == "金属碲"


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "碳化硅半导体“衬底”，或上述材料的锭、晶棒及其他预制件（参考税则号列：38180000），管制编码为3C005.a，"
            "20℃时电阻率大于10000欧姆·厘米。",
            "碳化硅半导体“衬底”，或上述材料的锭、晶棒及其他预制件",
            "20℃时电阻率大于10000欧姆·厘米",
        ),
        (
            "行波管放大器，以及专门为其设计的电源，管制编码为3A001.b.1，工作频率高于31.8吉赫。",
            "行波管放大器，以及专门为其设计的电源",
            "工作频率高于31.8吉赫",
        ),
        # a name ending in a value keeps the bound after its comma
        (
            "长度大于50毫米，直径小于10毫米的钨管，管制编码为1C117。",
            "长度大于50毫米，直径小于10毫米的钨管",
            None,
        ),
    ],
)
def test_values_after_a_comma_that_named_more_are_spec(line: str, name: str, spec: str | None) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n（一）{line}"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("（一）外延材料", "（二）有机金属化合物"),
        ("第一部分 外延材料", "第二部分 有机金属化合物"),
        ("第一类：外延材料", "第二类：有机金属化合物"),
    ],
)
def test_sections_numbered_otherwise_inside_a_table_head_its_rows(first: str, second: str) -> None:
    body = (
        f"序号 | 物项名称 | 管制编码 | 参考税则号列 | 说明\n{first}\n1 | 异质外延材料 | 3C001 | 38180000 | 多层叠层\n"
        f"{second}\n2 | 铝的有机金属化合物 | 3C003.a | 29319000 | 纯度优于99.999%"
    )
    got = [(e.path, e.category_zh) for e in extract_entries(body).entries]
    assert got == [("1", "外延材料"), ("2", "有机金属化合物")]


def test_a_row_broken_inside_a_cell_goes_on_in_that_cell() -> None:
    body = (
        "序号 | 管制编码 | 物项名称 | 海关商品编号 | 描述\n"
        "1 | 5A001.a.1 | 专门设计用于抵御核爆炸产生的瞬态电子效应\n或电磁脉冲的电信设备 | 85176299 |\n"
        "2 | 5A001.b.3 | 采用扩频技术（包括跳频技术）的无线电设备\n | 85176299 | 具有下列任一特性：扩频码可由用户编程；系统总\n"
        "传输带宽大于50千赫兹\n"
        "3 | 5A002.a.3 | 计算机及其部件 | 84714190、\n84718000\n"
        "4 | 5D002.c.1 | 具有5A002.a所列设备的特性，或执\n行、模拟其功能的软件 |  |"
    )
    got = [(e.path, e.name_zh, e.control_code, e.hs_codes, e.spec_zh) for e in extract_entries(body).entries]
    assert got == [
        (
            "1",
            "专门设计用于抵御核爆炸产生的瞬态电子效应或电磁脉冲的电信设备",
            "5A001.a.1",
            ("85176299",),
            None,
        ),
        (
            "2",
            "采用扩频技术（包括跳频技术）的无线电设备",
            "5A001.b.3",
            ("85176299",),
            "具有下列任一特性：扩频码可由用户编程；系统总传输带宽大于50千赫兹",
        ),
        ("3", "计算机及其部件", "5A002.a.3", ("84714190", "84718000"), None),
        ("4", "具有5A002.a所列设备的特性，或执行、模拟其功能的软件", "5D002.c.1", (), None),
    ]


def test_rows_printed_without_their_last_cell_are_rows_of_their_own() -> None:
    body = "序号 | 物项名称 | 管制编码 | 海关商品编号\n1 | 卷绕机 | 3B901.a\n2 | 热压机 | 3B901.b | 84798999"
    got = [(e.path, e.name_zh, e.hs_codes) for e in extract_entries(body).entries]
    assert got == [("1", "卷绕机", ()), ("2", "热压机", ("84798999",))]


@pytest.mark.parametrize(
    "broken",
    [
        "（2）主动磁轴承系统（HS编码：84839000），管制编码为\n2A001.c，工作温度高于450K。",
        "（2）主动磁轴承系统，管制编码为2A001.c（HS编码：\n84839000），工作温度高于450K。",
        "（2）主动磁轴承系统（管制编码：2A001.c），参考海关商品编号：\n8483900000，工作温度高于450K。",
    ],
)
def test_a_line_broken_after_a_code_or_hs_label_goes_on_below(broken: str) -> None:
    body = f"一、下列物项，未经许可，不得出口：\n{broken}"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code, entry.spec_zh) == (
        "主动磁轴承系统",
        "2A001.c",
        "工作温度高于450K",
    )
    assert entry.hs_codes


def test_things_named_for_what_they_can_do_stay_items() -> None:
    body = (
        "一、下列物项，未经许可，不得出口：\n（1）控制设备（管制编码：2B001）："
        "a.可编程逻辑控制器；b.可充放电锂离子电池；c.能量存储装置。"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == [
        "可编程逻辑控制器",
        "可充放电锂离子电池",
        "能量存储装置",
    ]


_LIST_AFTER_SIGNATURE = """一、在清单中增列部分物项，具体见调整内容第一部分。
二、本公告自2026年11月20日起正式实施。
商务部
海关总署
{date}
《两用物项出口管制清单》调整内容
第一部分 增列物项
1C353.b 含有1C353.a所列核酸序列的遗传修饰生物体（参考税则号列：30029000）
1C354.a.1 安第斯马铃薯潜隐病毒(Andean potato latent virus)
第二部分 修改物项
1.将"2B352.h 喷雾干燥设备"的描述修改为："可在原位进行消毒或灭菌。"
2.将2B352.i 核酸组装仪和合成仪的描述修改为：“部分或全部自动化。”
第三部分 删除物项
1.删除"2B350.j 多壁管道"。
"""


@pytest.mark.parametrize(
    "date",
    [
        "2026年10月20日",
        "2026-10-20",
        "二〇二六年十月二十日",
        "２０２６年１０月２０日",
        "商务部 工业和信息化部 2026年10月20日",
    ],
)
def test_a_list_printed_after_the_signature_is_its_own_outline_not_the_last_clauses(date: str) -> None:
    result = extract_entries(_LIST_AFTER_SIGNATURE.format(date=date))
    got = [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries]
    assert got == [
        ("第一部分/+1", "含有1C353.a所列核酸序列的遗传修饰生物体", "1C353.b", ("30029000",)),
        ("第一部分/+2", "安第斯马铃薯潜隐病毒(Andean potato latent virus)", "1C354.a.1", ()),
        ("第二部分/1", "喷雾干燥设备", "2B352.h", ()),
        ("第二部分/2", "核酸组装仪和合成仪", "2B352.i", ()),
    ]
    assert result.entries[2].spec_zh == "描述修改为：可在原位进行消毒或灭菌"
    assert ('1.删除"2B350.j 多壁管道"。', "lifted") in [(n.line, n.why) for n in result.not_items]
    assert not [i for i in result.issues if i.code == "unread_line"]
    # Only a line that is nothing but a date signs the notice; an item mentioning one goes on, and a
    # quoted rewrite naming no code is another body's text, not an entry.
    body = """一、下列物项，未经许可，不得出口：
（一）2026年1月1日前生产的钨合金（参考税则号列：81019400）
（二）高纯镓（参考税则号列：81129230）
二、调整内容如下：
1.将"提交纸质材料"修改为"提交电子材料"。
"""
    assert [e.path for e in extract_entries(body).entries] == ["一/(一)", "一/(二)"]


def test_an_amendment_names_added_and_rewritten_entries_code_first_whatever_act_or_quotes_wrap_them() -> None:
    body = """一、增列物项
1.增列“1C353.b 遗传修饰生物体（参考税则号列：30029000）”
2.在1C352后增加：1C354.a.1 安第斯马铃薯潜隐病毒。
3.新增电池正极材料制备技术（编号：252604X）
二、修改物项
1.将2B352.i项“核酸组装仪和合成仪”的描述修改为：“部分自动化”
"""
    got = [(e.name_zh, e.control_code, e.hs_codes) for e in extract_entries(body).entries]
    assert got[:3] == [
        ("遗传修饰生物体", "1C353.b", ("30029000",)),
        ("安第斯马铃薯潜隐病毒", "1C354.a.1", ()),
        ("电池正极材料制备技术", "252604X", ()),  # no code first after the act: read as before
    ]
    assert got[3:] == [("核酸组装仪和合成仪", "2B352.i", ())]


@pytest.mark.parametrize(
    "label", ["主要技术指标", "相关技术参数", "技术要求", "技术指标（参考）", "性能参数", "关键特性"]
)
def test_a_qualified_description_column_holds_the_rows_text_and_its_wrapped_ends(label: str) -> None:
    # Unrecognised, the description column left the wrapped line between rows 1 and 2 to end the table.
    body = f"""序号 | 管制编码 | 物项名称 | 参考税则号列（2022年版） | {label}
1 | 1B228 | 氢低温蒸馏塔 | 84194000 | 内径30厘米或以上
且有效长度4米或以上
2 | 1B229 | 水-硫化氢交换塔及其内部接触器 | 84194000 |
2.1 |  | 板式交换塔 |  | 直径1.8米或以上
2.2 |  | 板式交换塔内部接触器 | 84199000 | 包括筛板
"""
    entries = extract_entries(body).entries
    got = [(e.name_zh, e.control_code, e.hs_codes, e.spec_zh) for e in entries]
    assert got == [
        ("氢低温蒸馏塔", "1B228", ("84194000",), "内径30厘米或以上且有效长度4米或以上"),
        ("板式交换塔", "1B229", ("84194000",), "直径1.8米或以上"),
        ("板式交换塔内部接触器", "1B229", ("84199000",), "包括筛板"),
    ]
    # A label that only shares a qualifier names no column: no table without a list column.
    assert extract_entries("序号 | 主要物项名称 | 主要用途\n1 | 氟电解槽 | 生产氟\n").entries == ()


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "（六）专门设计用于液体推进剂的液体推进剂贮箱，管制编码为9A120（参考税则号列：73110000），"
            "用于能将至少500千克有效载荷运送至少300千米射程的火箭系统；",
            "专门设计用于液体推进剂的液体推进剂贮箱",
            "用于能将至少500千克有效载荷运送至少300千米射程的火箭系统",
        ),
        ("（七）高压气瓶，适用于运载火箭的增压系统；", "高压气瓶", "适用于运载火箭的增压系统"),
        (
            "（八）使用9A004所列航天运载火箭的技术（管制编码：9E102），不包括一般科普资料。",
            "使用9A004所列航天运载火箭的技术",
            "不包括一般科普资料",
        ),
        ("（九）航空煤油，不含生物燃料调和组分；", "航空煤油", "不含生物燃料调和组分"),
    ],
)
def test_a_purpose_or_exclusion_after_a_comma_is_spec_even_when_it_ends_in_a_noun(
    line: str, name: str, spec: str
) -> None:
    (entry,) = extract_entries(f"一、下列物项，未经许可，不得出口：\n{line}").entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)
    # A comma inside the modifiers of the noun the line ends with is no tail (counterexample).
    (kept,) = extract_entries(
        "一、下列物项，未经许可，不得出口：\n（一）在失去全部辅助基准后，仍可提供位置的惯性测量设备；"
    ).entries
    assert kept.name_zh == "在失去全部辅助基准后，仍可提供位置的惯性测量设备"


@pytest.mark.parametrize(
    "intro",
    [
        "二、下列技术不适用本公告：",
        "二、本公告不适用于以下技术：",
        "二、下列物项不受本公告管制：",
        "二、对上述3家实体采取以下措施：",
    ],
)
def test_sub_lines_of_an_exemption_or_of_measures_against_parties_are_no_leaves(intro: str) -> None:
    body = f"""一、下列技术，未经许可，不得出口：
（一）热解衍生材料生产技术（管制编码：1E104）
{intro}
（一）已进入公有领域的技术；
（二）正在开展的相关出口活动应当立即停止。
"""
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["热解衍生材料生产技术"]
    assert ("（一）已进入公有领域的技术；", "rule") in [(n.line, n.why) for n in result.not_items]
    # The clause naming what it does control still lists (counterexample).
    listed = extract_entries("二、下列技术适用本公告：\n（一）复合材料生产技术；\n（二）热解材料生产技术。\n")
    assert [e.name_zh for e in listed.entries] == ["复合材料生产技术", "热解材料生产技术"]


def test_an_amendment_s_deletions_are_lifted_whether_headed_by_a_deletion_clause_or_marked_in_a_table() -> (
    None
):
    body = """一、在清单中增列下列物项：
1C353.a 基因元件（参考税则号列：29349990）
二、从清单中删除下列物项：
2B350.j 多壁管道
2B350.k 阀门
"""
    result = extract_entries(body)
    assert [e.control_code for e in result.entries] == ["1C353.a"]
    assert ("2B350.k 阀门", "lifted") in [(n.line, n.why) for n in result.not_items]
    table = """序号 | 管制编码 | 物项名称 | 参考税则号列 | 调整方式
1 | 1C353.a | 基因元件 | 29349990 | 增列
2 | 2B350.j | 多壁管道 | 73041900 | 删除
3 | 2B352.h | 喷雾干燥设备 | 84193990 | 修改
"""
    result = extract_entries(table)
    assert [(e.path, e.control_code) for e in result.entries] == [("1", "1C353.a"), ("3", "2B352.h")]
    assert ("2 | 2B350.j | 多壁管道 | 73041900 | 删除", "lifted") in [
        (n.line, n.why) for n in result.not_items
    ]


@pytest.mark.parametrize(
    ("line", "name", "spec"),
    [
        (
            "2、在金属部件上制备热障涂层的技术（管制编码：2E003.x），沉积方法包括等离子喷涂、电子束物理气相沉积等。",
            "在金属部件上制备热障涂层的技术",
            "沉积方法包括等离子喷涂、电子束物理气相沉积等",
        ),
        (
            "2、真空热压炉，主要部件包含加热元件、隔热屏和压头；",
            "真空热压炉",
            "主要部件包含加热元件、隔热屏和压头",
        ),
        ("2、碳化硅纤维，常见形态涵盖连续长丝和短切纤维。", "碳化硅纤维", "常见形态涵盖连续长丝和短切纤维"),
    ],
)
def test_a_comma_clause_saying_what_an_aspect_of_the_thing_includes_is_spec(
    line: str, name: str, spec: str
) -> None:
    """`，<its process / its parts>包括…`: the clause says what one aspect of the thing named takes in; like
    `，包括但不限于…` it qualifies the thing and is not more of its name."""
    (entry,) = extract_entries(f"一、下列技术，未经许可，不得出口：\n{line}").entries
    assert (entry.name_zh, entry.spec_zh) == (name, spec)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # names more things: kept
        ("2、耐高温合金制件，以及包括其毛坯在内的半成品；", "耐高温合金制件，以及包括其毛坯在内的半成品"),
        (
            "2、用于制备超硬涂层的技术，例如包括金刚石膜沉积的技术。",
            "用于制备超硬涂层的技术，例如包括金刚石膜沉积的技术",
        ),
    ],
)
def test_a_comma_clause_that_names_more_things_stays_in_the_name(line: str, name: str) -> None:
    (entry,) = extract_entries(f"一、下列技术，未经许可，不得出口：\n{line}").entries
    assert entry.name_zh == name


def test_a_table_rows_deletion_shows_in_its_description_or_its_section_and_a_rewrite_is_no_deletion() -> None:
    """An amendment printed as a table may mark what it takes off by the section the rows stand under
    (`（三）删除的物项`) or by a description cell holding only the act (`予以删除`), not only in a 调整方式
    column. A description that goes on to rewrite the entry, and the rows of 增列/修改 sections, still list."""
    table = """序号 | 管制编码 | 物项名称 | 海关商品编号 | 描述
（一）增列的物项
1 | 2B201 | 旋压成形机 | 84629190 | 带两个或以上辊轮
（二）修改的物项
2 | 1C202 | 铝合金棒材 | 76042910 | 删除原描述中的外径限制，其他不变
（三）删除的物项
3 | 1C230 | 铍金属 | 81121200 |
4 | 1C231 | 铪金属 |  | 予以删除
5 | 1C233 | 锂同位素 |  | 已删除。
"""
    result = extract_entries(table)
    assert [(e.control_code, e.name_zh) for e in result.entries] == [
        ("2B201", "旋压成形机"),
        ("1C202", "铝合金棒材"),
    ]
    lifted = [n.line for n in result.not_items if n.why == "lifted"]
    assert lifted == [
        "3 | 1C230 | 铍金属 | 81121200 |",
        "4 | 1C231 | 铪金属 |  | 予以删除",
        "5 | 1C233 | 锂同位素 |  | 已删除。",
    ]
    # unsectioned: the description cell alone decides
    plain = extract_entries(
        "序号 | 管制编码 | 物项名称 | 描述\n1 | 1C231 | 铪金属 | 删除\n2 | 1C232 | 氦-3 | 纯度超过1%\n"
    )
    assert [e.control_code for e in plain.entries] == ["1C232"]


@pytest.mark.parametrize(
    "cell",
    [
        "二氯乙烷（CAS号：107-06-2、75-34-3）",
        "二氯乙烷(CAS No. 107-06-2/75-34-3)",
        "二氯乙烷（107-06-2或75-34-3）",
    ],
)
def test_several_cas_numbers_in_one_bracket_leave_the_name_in_a_table_cell_and_on_a_line(cell: str) -> None:
    """Isomers or a mixture carry several registry numbers in one bracket: still a registry reference,
    never the name, whether the name is a table cell or a list line."""
    row = extract_entries(
        f"序号 | 管制编码 | 物项名称 | 参考税则号列\n1 | 1C350 | {cell} | 29031500\n"
    ).entries
    line = extract_entries(f"一、下列化学品，未经许可，不得出口：\n（一）{cell}；\n").entries
    for (entry,) in (row, line):
        assert entry.name_zh == "二氯乙烷"
        assert "107-06-2" in (entry.spec_zh or "") and "75-34-3" in (entry.spec_zh or "")


def test_a_bracket_that_closes_a_table_names_scope_stays_in_it() -> None:
    """Counterexample: a bracket that limits what the name covers is part of the name in a cell too."""
    (entry,) = extract_entries(
        "序号 | 管制编码 | 物项名称 | 参考税则号列\n1 | 1C006.c | 氟碳油（仅限液态） | 38249990\n"
    ).entries
    assert (entry.name_zh, entry.spec_zh) == ("氟碳油（仅限液态）", None)


@pytest.mark.parametrize(
    "lead",
    [
        "2B004、2B005.a或2B105所列以外、",
        "2B004或者2B105所列以外、",
        "2B004至2B009所列以外的",
        "2B004、2B104及2B105项所列以外、",
    ],
)
def test_codes_that_open_a_citation_are_cited_however_many_and_however_joined(lead: str) -> None:
    """`N.A、B或C所列以外、X（D）`: the codes before 所列以外 name other entries that X is not; X's own code
    is the bracket after it, and the citation is spec."""
    line = f"3.{lead}为陶瓷基复合材料致密化而设计的设备（2B117）（参考海关商品编号：84798999）"
    (entry,) = extract_entries(f"一、复合材料设备\n{line}\n").entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == (
        "为陶瓷基复合材料致密化而设计的设备",
        "2B117",
        ("84798999",),
    )
    assert "所列以外" in (entry.spec_zh or "")


def test_codes_that_open_a_line_and_are_not_cited_are_its_own() -> None:
    """Counterexample: several codes opening a line and followed by its name are the line's codes."""
    (entry,) = extract_entries("一、相关技术\n1.1E004、1E101.b 用于生产复合材料构件的技术\n").entries
    assert (entry.name_zh, entry.control_codes) == ("用于生产复合材料构件的技术", ("1E004", "1E101.b"))


@pytest.mark.parametrize("hs", ["（参考海关商品编号：84798200）", "", "（HS编码：84798200）"])
def test_a_bare_code_before_the_colon_over_sub_lines_is_the_group_lines_code(hs: str) -> None:
    """`X（1B117）：` then `（1）…`: the bracketed code closes the group line even when its colon follows,
    and the sub-lines that print none take it."""
    body = f"一、推进剂设备\n5.推进剂混合设备（1B117）{hs}：\n（1）间歇式混合设备；\n（2）连续式混合设备。\n"
    entries = extract_entries(body).entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("间歇式混合设备", "1B117"),
        ("连续式混合设备", "1B117"),
    ]


def test_a_bracket_before_the_colon_that_is_no_code_gives_no_code() -> None:
    """Counterexample: a bracket qualifying the group name (`（真空型）`) is no code for its sub-lines."""
    body = "一、推进剂设备\n5.推进剂混合设备（真空型）：\n（1）间歇式混合设备；\n（2）连续式混合设备。\n"
    assert {e.control_code for e in extract_entries(body).entries} == {None}


@pytest.mark.parametrize(
    "intro",
    [
        "二、在商务部公告2024年第9号第三款中增加第（四）项、第（五）项，内容如下：",
        "二、在商务部公告2024年第9号第三款后增列以下两项：",
    ],
)
def test_points_inserted_into_another_notice_are_entries(intro: str) -> None:
    """The inserted points are new controls printed as the target's list prints them; the sentence that
    places them is no item."""
    body = (
        f"{intro}\n"
        "（四）3C912．纯度大于等于99.9%的氧化镝（参考税则号列：28469019）；\n"
        "（五）3E912．用于生产第（四）项所列物项的技术。\n"
        "三、本公告自公布之日起施行。"
    )
    found = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code) for e in found.entries] == [
        ("二/(四)", "纯度大于等于99.9%的氧化镝", "3C912"),
        ("二/(五)", "用于生产第（四）项所列物项的技术", "3E912"),
    ]


def test_an_addition_to_what_an_exporter_files_is_no_insertion() -> None:
    """Counterexample: 在…中增加以下… that names no notice, clause or list adds paperwork, not points."""
    body = (
        "一、出口经营者应当在报送的材料中增加以下内容：\n（一）最终用户的名称和地址；\n（二）最终用途说明。"
    )
    assert extract_entries(body).entries == ()
    inserted = "一、在商务部公告2024年第9号第三款中增加一项：\n（六）镝靶材。"
    assert [e.path for e in extract_entries(inserted).entries] == ["一/(六)"]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("1.《关于对若干金属实施出口管制的公告》（商务部 海关总署公告2022年第5号）；", "lifted"),
        ("2.商务部公告2022年第6号（关于调整部分物项管理措施的公告）；", "lifted"),
        ("3.商务部、海关总署2022年第7号公告。", "lifted"),
    ],
)
def test_a_list_line_citing_a_notice_is_no_item(line: str, why: str) -> None:
    body = f"一、下列公告自2027年3月1日起废止：\n{line}\n二、本公告自2027年3月1日起施行。"
    found = extract_entries(body)
    assert found.entries == ()
    assert (line, why) in [(n.line, n.why) for n in found.not_items]


def test_a_cited_notice_under_a_plain_intro_is_a_heading_and_goods_beside_it_still_list() -> None:
    """Counterexamples: a citation under an intro that repeals nothing is a heading; a line naming goods and
    the notice that listed them is still an item."""
    body = (
        "一、下列物项继续实施出口管制：\n"
        "1.商务部公告2022年第6号；\n"
        "2.商务部公告2022年第6号所列的金属镓（参考税则号列：81129230）。"
    )
    found = extract_entries(body)
    assert [e.path for e in found.entries] == ["一/2"]
    assert ("1.商务部公告2022年第6号；", "heading") in [(n.line, n.why) for n in found.not_items]


def test_a_form_attachment_lists_no_goods() -> None:
    """An attachment that is a template (a declaration, a notice to importers) says what to write; its
    numbered statements are procedure, its section titles headings."""
    form = (
        "最终用户承诺书（样本）\n"
        "一、承诺事项\n"
        "（一）本单位进口的物项仅用于声明的最终用途；\n"
        "（二）未经中国商务部同意，不向第三方转让上述物项。\n"
        "二、签署\n"
        "本承诺书由最终用户法定代表人签字并加盖公章。"
    )
    found = extract_entries(form, source="att2")
    assert found.entries == ()
    assert [(n.line[:6], n.why) for n in found.not_items] == [
        ("最终用户承诺", "heading"),
        ("一、承诺事项", "heading"),
        ("（一）本单位", "procedure"),
        ("（二）未经中", "procedure"),
        ("二、签署", "heading"),
    ]


def test_a_form_may_print_its_annex_label_above_its_title() -> None:
    form = "附件2\n出口经营者声明书\n1.本单位出口的物项不用于大规模杀伤性武器；\n2.本单位对所填内容的真实性负责。"
    found = extract_entries(form, source="att2")
    assert found.entries == ()
    assert [n.why for n in found.not_items] == ["heading", "heading", "procedure", "procedure"]


def test_a_form_titled_attachment_that_prints_codes_is_read_as_a_list() -> None:
    """Counterexample: a control code or an HS reference means goods are listed, whatever the title."""
    text = "物项清单填写说明\n1.3C913．金属铽（参考税则号列：28053019）。"
    assert [e.name_zh for e in extract_entries(text, source="att1").entries] == ["金属铽"]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (
            "序号 | 管制编码 | 化学品名称 | CAS号 | 参考税则号列",
            "1 | 1C350.9 | 三氯化砷 | 7784-34-1 | 28121900",
        ),
        (
            "序号 | 化学品名称 | CAS编号 | 管制编码 | 海关商品编号",
            "1 | 三氯化砷 | 7784-34-1 | 1C350.9 | 28121900",
        ),
        (
            "序号 | 管制编码 | 中文名称 | 英文名称 | CAS No. | HS编码",
            "1 | 1C350.9 | 三氯化砷 | Arsenic trichloride | 7784-34-1 | 28121900",
        ),
        (
            "序号 | 管制编码 | 英文名称 | 中文名称 | CAS登记号 | HS编码",
            "1 | 1C350.9 | Arsenic trichloride | 三氯化砷 | 7784-34-1 | 28121900",
        ),
    ],
)
def test_a_name_column_called_by_what_the_list_holds_opens_a_table(header: str, row: str) -> None:
    """A chemicals list labels its name column 化学品名称 (a goods list 设备名称, 中文名称 beside an English
    one): any label ending in 名称 names the row, the English column is no name, and the CAS column is the
    row's spec, in whatever order the columns come."""
    (entry,) = extract_entries(f"部分化学品清单\n{header}\n{row}\n").entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == ("三氯化砷", "1C350.9", ("28121900",))
    assert entry.spec_zh == "CAS号：7784-34-1"


def test_the_licence_catalogues_rows_are_entries_and_the_sections_above_them_headings() -> None:
    """The licence catalogue (两用物项和技术进出口许可证管理目录) lists, row by row, the goods a licence is needed
    for, with the customs codes it applies under: `序号 | 商品名称 | 描述 | 海关商品编号 | 单位` rows are entries
    (no control column needed), the numbered sections printed right above a table are headings whose entries
    are its rows, and notes numbered under `说明：` or `注：1.` are no entries."""
    body = (
        "第一部分 两用物项和技术出口许可证管理目录\n"
        "二、易制毒化学品\n"
        "（一）向所有国家（地区）出口须申领许可证的品种\n"
        "序号 | 商品名称 | 描述 | 海关商品编号 | 单位\n"
        "1 | 1-苯基-2-丙酮（苯丙酮） | 可用于制造毒品 | 2914310000 | 千克\n"
        "2 | 高锰酸钾 | 可用于制造毒品 | 2841610000 | 千克\n"
        "注：1.本项所列物质可能存在的盐类，也纳入管理。\n"
        "2.第（二）目所列物质向其他国家（地区）出口的，无需申领许可证。\n"
        "第二部分 两用物项和技术进口许可证管理目录\n"
        "一、监控化学品\n"
        "序号 | 海关商品编码 | 商品名称\n"
        "1 | 2931590001 | 沙林：甲基氟膦酸异丙酯\n"
        "说明：\n"
        "1.第一类监控化学品的范围，按照《各类监控化学品名录》确定。\n"
    )
    result = extract_entries(body)
    assert [(e.name_zh, e.hs_codes) for e in result.entries] == [
        ("1-苯基-2-丙酮（苯丙酮）", ("2914310000",)),
        ("高锰酸钾", ("2841610000",)),
        ("沙林：甲基氟膦酸异丙酯", ("2931590001",)),
    ]
    assert {n.line for n in result.not_items if n.why == "heading"} >= {
        "二、易制毒化学品",
        "（一）向所有国家（地区）出口须申领许可证的品种",
        "一、监控化学品",
    }


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "（三）2B350.d.3至2B350.d.5 甲类换热器、乙类换热器、丙类换热器。",
            ("2B350.d.3", "2B350.d.4", "2B350.d.5"),
        ),
        (
            "（三）2B350.d.3-2B350.d.5 甲类换热器、乙类换热器、丙类换热器。",
            ("2B350.d.3", "2B350.d.4", "2B350.d.5"),
        ),
        ("（三）2B350.b～2B350.d 三种泵", ("2B350.b", "2B350.c", "2B350.d")),
        ("（三）2B350.a、2B350.c至2B350.e 四种阀门", ("2B350.a", "2B350.c", "2B350.d", "2B350.e")),
        ("（三）热交换设备（2B350.d.3至2B350.d.5）", ("2B350.d.3", "2B350.d.4", "2B350.d.5")),
        ("（三）2B350至2B352 化工设备", ("2B350", "2B351", "2B352")),
    ],
)
def test_a_range_of_codes_stands_for_every_code_it_covers(line: str, codes: tuple[str, ...]) -> None:
    """`A至B` before or after a name (or with ～ or a hyphen) covers the codes between its ends, which
    the notice does not print; the range is no part of the name."""
    (entry,) = extract_entries(f"一、化工设备\n{line}\n").entries
    assert entry.control_codes == codes
    assert entry.control_code == codes[0]
    assert "2B3" not in entry.name_zh and "至" not in entry.name_zh


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("（三）2B350.d.3至2B351.a 两种设备", ("2B350.d.3", "2B351.a")),  # ends in different entries
        ("（三）2B350.d.9至2B350.d.3 两种设备", ("2B350.d.9", "2B350.d.3")),  # printed backwards
    ],
)
def test_a_range_whose_ends_differ_in_more_than_their_last_part_keeps_its_printed_ends(
    line: str, codes: tuple[str, ...]
) -> None:
    """Counterexample: what lies between ends in different entries (or a range printed backwards) is
    unknown; only the printed codes are read."""
    (entry,) = extract_entries(f"一、化工设备\n{line}\n").entries
    assert entry.control_codes == codes


def test_a_range_cited_before_所列以外_is_still_no_code_of_the_line() -> None:
    """Counterexample: `A至B所列以外的X` cites other entries; X takes no code from them."""
    (entry,) = extract_entries("一、化工设备\n（三）2B350至2B352所列以外的阀门（2B999）\n").entries
    assert (entry.name_zh, entry.control_code) == ("阀门", "2B999")


@pytest.mark.parametrize(
    "conditions",
    [
        "且同时满足：（1）嵌入铝基体中；（2）横截面积小于1平方毫米。",
        "并满足：a.嵌入铝基体中；b.横截面积小于1平方毫米。",
        "具备：1.嵌入铝基体中；2.横截面积小于1平方毫米。",
        "同时符合：(1)嵌入铝基体中;(2)横截面积小于1平方毫米。",
    ],
)
def test_points_after_a_bare_condition_verb_are_the_lines_conditions(conditions: str) -> None:
    """`X，且同时满足：（1）…；（2）…` on one line: what follows 满足 / 具备 / 符合 / 具有 and a colon is what
    X must meet, so the line stays one entry named X with those points as its spec."""
    line = f"1.1C005.a 含有铌锡丝的超导复合导体，{conditions}"
    (entry,) = extract_entries(f"一、超导材料\n{line}\n").entries
    assert (entry.path, entry.name_zh, entry.control_code) == ("一/1", "含有铌锡丝的超导复合导体", "1C005.a")
    assert "横截面积" in (entry.spec_zh or "")


def test_points_after_包括_are_still_kinds_of_the_thing() -> None:
    """Counterexample: `下列泵，包括：a.…；b.…` lists kinds, each an entry of its own."""
    entries = extract_entries("一、设备\n1.2B350.i 下列泵，包括：a.隔膜泵；b.齿轮泵。\n").entries
    assert [(e.path, e.name_zh) for e in entries] == [("一/1/a", "隔膜泵"), ("一/1/b", "齿轮泵")]


@pytest.mark.parametrize(
    "cited",
    [
        "商务部 海关总署公告2022年第7号（《关于对某类物项实施出口管制的公告》）",
        "商务部、海关总署公告2022年第7号(《关于对某类物项实施出口管制的公告》)",
        "商务部令2019年第3号",
        "《关于对某类物项实施出口管制的公告》（商务部公告2022年第7号）",
        "商务部公告2022年第7号第一款、第三款",
        "商务部公告〔2022〕第7号",
    ],
)
def test_lines_that_only_cite_a_notice_are_no_entries(cited: str) -> None:
    """`下列公告…废止：（一）…公告2022年第7号（《…》）；`: a numbered line naming a notice (by number, title or
    both, with or without its clauses) is a document acted on, never goods, however the list is numbered."""
    for first, second in (("（一）", "（二）"), ("1.", "2.")):
        body = f"一、下列公告自2027年1月1日起废止：\n{first}{cited}；\n{second}商务部公告2023年第9号。\n二、本公告自公布之日起施行。\n"
        result = extract_entries(body)
        assert result.entries == ()
        assert {n.line for n in result.not_items} >= {f"{first}{cited}；"}


def test_an_item_whose_name_cites_a_list_is_still_an_item() -> None:
    """Counterexample: a name that cites a list (《…清单》所列X) or a name with an HS bracket is goods."""
    body = "一、下列物项实施出口管制：\n（一）《两用物项出口管制清单》所列以外的碳纤维；\n（二）氟化氢（参考海关商品编号：28111100）。\n"
    assert len(extract_entries(body).entries) == 2


@pytest.mark.parametrize("verb", ["且同时满足：", "同时满足：", "具备：", "并符合："])
def test_a_bare_condition_verb_ending_a_line_leaves_the_name_and_heads_criteria_lines(verb: str) -> None:
    """The same conditions printed on lines of their own (or wrapped onto the next line): the verb and its
    colon end the name, the lines under it are its spec, not items."""
    body = f"一、超导材料\n1.1C005.a 含有铌锡丝的超导复合导体，{verb}\n（1）嵌入铝基体中；（2）横截面积小于1平方毫米。\n"
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh) == ("一/1", "含有铌锡丝的超导复合导体")
    assert "横截面积" in (entry.spec_zh or "")


def test_a_code_range_whose_first_end_keeps_its_dot_is_still_a_range() -> None:
    """`（二）2B350.d.3.至2B350.d.5 …`: a code-first line's dot after the first end does not break the range."""
    (entry,) = extract_entries("一、化工设备\n（二）2B350.d.3.至2B350.d.5 三种换热器\n").entries
    assert (entry.name_zh, entry.control_codes) == ("三种换热器", ("2B350.d.3", "2B350.d.4", "2B350.d.5"))


@pytest.mark.parametrize(
    "reference",
    [
        "（管制编码：5A902.b；参考税则号列：85176299、85177990）",
        "(管制编码:5A902.b;参考税则号列:85176299、85177990)",
        "（管制编码：5A902.b，海关商品编号：85176299、85177990）",
        "（参考税则号列：85176299、85177990；管制编码：5A902.b）",
        "（5A902.b）（税则号列85176299、85177990）",
        "（管制编码：5A902.b）（参考税则号列85176299、85177990）",
        # an unlabelled code shares the bracket too: the code's shape says what it is
        "（5A902.b；参考税则号列：85176299、85177990）",
        "(5A902.b;参考税则号列:85176299、85177990)",
        "（参考税则号列：85176299、85177990；5A902.b）",
    ],
)
def test_a_code_and_hs_reference_sharing_one_bracket_or_missing_a_colon_are_both_read(reference: str) -> None:
    body = f"一、通信设备\n1.具有下列所有特性的宽带跳频电台{reference}：\n（1）跳频速率大于1000跳/秒；\n（2）带宽大于100兆赫兹。\n"
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == (
        "宽带跳频电台",
        "5A902.b",
        ("85176299", "85177990"),
    )


def test_two_hs_labels_in_one_bracket_are_one_reference_not_a_code() -> None:
    """Counterexample: `（海关商品编号：…；参考税则号列：…）` names no control code."""
    (entry,) = extract_entries(
        "一、材料\n1.高纯碲锭（海关商品编号：2804500001；参考税则号列：28045000）。\n"
    ).entries
    assert (entry.name_zh, entry.control_code) == ("高纯碲锭", None)
    assert "2804500001" in entry.hs_codes


@pytest.mark.parametrize("stop", ["。", "；", ""])
def test_an_hs_reference_printed_as_a_sentence_after_the_items_full_stop_is_read(stop: str) -> None:
    body = (
        "一、下列物项未经许可不得出口：\n"
        f"1.金属铪（单质），包括但不限于锭、块、粉末等形态。海关商品编号：8112310010、8112390010{stop}\n"
        f"2.二氧化铪。参考海关商品编号：2825901020{stop}\n"
    )
    assert [(e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [
        ("金属铪", ("8112310010", "8112390010")),
        ("二氧化铪", ("2825901020",)),
    ]
    assert "单质" in (extract_entries(body).entries[0].spec_zh or "")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("1.锗化镉，位错密度小于100个/平方厘米的单晶，以及纯度大于99.9999%的多晶", "锗化镉"),
        ("1.碲化锌，纯度不低于99.999%的粉末", "碲化锌"),
        ("1.氧化镓,电阻率大于1000欧姆·厘米的晶片或外延片", "氧化镓"),
    ],
)
def test_forms_bounded_by_a_measured_value_after_the_material_are_spec(line: str, name: str) -> None:
    (entry,) = extract_entries(f"一、材料\n{line}（参考海关商品编号：2853909099）\n").entries
    assert entry.name_zh == name
    assert entry.spec_zh and "的" in entry.spec_zh


def test_a_measured_value_before_a_noun_that_is_no_form_stays_in_the_name() -> None:
    """Counterexample: `X，口径大于1米的反射镜` — a mirror is no form of X; the comma tail is not spec here."""
    (entry,) = extract_entries(
        "一、光学设备\n1.碳化硅，口径大于1米的反射镜坯（参考海关商品编号：90019090）\n"
    ).entries
    assert entry.name_zh == "碳化硅，口径大于1米的反射镜坯"


@pytest.mark.parametrize("lead", ["，", "。", ","])
def test_hs_codes_after_a_comma_or_full_stop_separated_by_spaces_are_all_read(lead: str) -> None:
    (entry,) = extract_entries(
        f"一、材料\n1.砷化铟{lead}海关商品编号：2853909030 3818009010 3825690010；\n"
    ).entries
    assert (entry.name_zh, entry.hs_codes) == ("砷化铟", ("2853909030", "3818009010", "3825690010"))


# An entry put into another notice as a new clause, printed in quotation marks under the line that adds it.
def test_a_quoted_clause_added_to_a_notice_is_an_entry_under_the_adding_clause() -> None:
    body = (
        "现作如下调整：\n"
        "一、删去商务部公告2024年第3号第二款。\n"
        "二、商务部公告2025年第40号增加一款，作为第五款：\n"
        "“五、3B001.a.具有下列所有特性的外延生长设备（参考税则号列：84864000）：\n"
        "1.能在直径不小于200毫米的晶圆上生长；\n"
        "2.厚度均匀性优于±2.5%。”\n"
        "三、本公告自公布之日起施行。"
    )
    result = extract_entries(body)
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("二/五", "外延生长设备", "3B001.a", ("84864000",))
    ]
    assert "1.能在直径不小于200毫米的晶圆上生长" in (result.entries[0].spec_zh or "")


def test_a_quoted_numbered_line_needs_a_line_announcing_it() -> None:
    # the clause before ends on a full stop: nothing announces new text, so the quoted line nests under nothing
    body = "一、本公告所列物项实施出口管制。\n“二、3B001.a.外延生长设备（参考税则号列：84864000）”\n"
    assert [e.path for e in extract_entries(body).entries] != ["一/二"]
    # a quoted term opening a definition line is no numbered clause
    body = "一、下列用语的含义：\n“晶圆”，是指半导体衬底。\n"
    assert extract_entries(body).entries == ()


# A list point of another notice given new wording on the rewriting clause's own line, in quotation marks.
@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "二、将商务部 海关总署公告2023年第39号第一款第（一）项修改为：“（一）高纯度（纯度>99.9%）的人造石墨"
            "材料及其制品（参考海关商品编号：3801100030、6815190020）。”",
            ("二/(一)", "高纯度（纯度>99.9%）的人造石墨材料及其制品", ("3801100030", "6815190020")),
        ),
        (
            '三、将商务部公告2024年第46号第二款第（三）项第2目调整为:"2.氧化镓晶片（参考海关商品编号：3818009010）"。',
            ("三/2", "氧化镓晶片", ("3818009010",)),
        ),
    ],
)
def test_a_point_rewritten_in_quotes_on_its_clause_line_is_an_entry_of_that_clause(
    clause: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    body = f"现作如下调整：\n一、删去商务部公告2024年第3号第二款。\n{clause}\n四、本公告自公布之日起施行。"
    assert [(e.path, e.name_zh, e.hs_codes) for e in extract_entries(body).entries] == [expected]


def test_a_quoted_rewritten_point_whose_quote_opens_at_the_end_of_the_line_before() -> None:
    printed = "二、将商务部公告2023年第39号第一款第（一）项修改为：“\n（一）高纯度的人造石墨材料及其制品（参考海关商品编号：3801100030）。”"
    body = f"现作如下调整：\n一、删去商务部公告2024年第3号第二款。\n{printed}\n三、本公告自公布之日起施行。"
    [entry] = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.hs_codes) == (
        "二/(一)",
        "高纯度的人造石墨材料及其制品",
        ("3801100030",),
    )
    assert body[entry.span[0] : entry.span[0] + 4] in ("“（一）", "（一）高")


@pytest.mark.parametrize(
    "clause",
    [
        # a heading whose sub-points the target keeps: nothing new is listed here
        '二、将商务部 海关总署公告2025年第57号第一款第(一)项第2目修改为:"2.钬含量(按重量)大于等于1%的含钬的合金:"。',
        # a rewritten clause of a notice is legal text, not a point of its list
        "二、将商务部公告2025年第61号第八款修改为：“八、本公告第一条自2027年3月1日起实施。”",
        # new words for words inside a point, without a label of their own
        "二、将商务部公告2025年第10号第三款第（一）项中的“金属铋”修改为：“第（六）项所列以外的金属铋”。",
    ],
)
def test_a_quoted_rewrite_that_is_no_whole_point_lists_nothing(clause: str) -> None:
    body = f"现作如下调整：\n一、删去商务部公告2024年第3号第二款。\n{clause}\n三、本公告自公布之日起施行。"
    assert extract_entries(body).entries == ()


def test_criteria_closed_by_a_pause_before_a_described_general_noun() -> None:
    # 具有下列任一特性、<a description>的物项: the description marks the thing out, the criteria are its spec
    body = "\n".join(
        [
            "三、具有下列所有特性、为卫星导航接收机抗干扰而专门设计的物项（管制编码：7A005.b）：",
            "1.工作频段覆盖L1和L2；",
            "2.抗干扰能力大于等于80分贝。",
        ]
    )
    [entry] = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.control_code) == (
        "三",
        "为卫星导航接收机抗干扰而专门设计的物项",
        "7A005.b",
    )
    assert entry.spec_zh is not None and "80分贝" in entry.spec_zh


def test_criteria_before_a_bare_general_noun_still_introduce_a_list() -> None:
    # no description of its own before 物项: the line introduces the items below it
    body = "\n".join(
        [
            "一、具有下列特性的物项，未经许可，不得出口：",
            "（一）工作温度超过1200℃的真空炉（参考税则号列：84178000）；",
            "（二）直径大于1米的离心机（参考税则号列：84211990）。",
        ]
    )
    assert [e.name_zh for e in extract_entries(body).entries] == [
        "工作温度超过1200℃的真空炉",
        "直径大于1米的离心机",
    ]


def test_a_rewritten_clause_quoted_after_its_announcement_is_no_item() -> None:
    body = (
        "四、商务部公告2026年第23号第二款修改为：“二、确因特殊情况需要出口的，出口经营者应当通过两用物项出口许可证件"
        "申领系统向商务部提出申请。”"
    )
    result = extract_entries(body, "关于调整部分出口管制措施的公告")
    assert result.entries == ()
    assert [n.why for n in result.not_items] == ["rule", "rule"]
    # a rewritten point of a list stays an entry
    body = "二、将商务部公告2023年第39号第一款第（一）项修改为：“（一）球形石墨（参考海关商品编号：3801909000）。”"
    (entry,) = extract_entries(body, "关于调整石墨物项出口管制的公告").entries
    assert entry.name_zh == "球形石墨"


def test_entries_added_to_a_point_named_by_its_quoted_heading() -> None:
    body = (
        "一、在第一条第（二）项“燃气涡轮发动机/燃气轮机制造相关装备及软件、技术”中增加两目，作为第6目、第7目：\n"
        "6.9B001.c 专门设计用于制造燃气涡轮发动机叶片的定向凝固或单晶增材制造设备（参考税则号列：84851000）。\n"
        "7.9B009 专门设计用于生产燃气涡轮发动机粉末冶金转子部件的工装，该部件设计在873K（600℃）或以上温度下工作"
        "（参考税则号列：84804900）。"
    )
    entries = extract_entries(body, "关于调整有关物项出口管制的公告").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [
        ("9B001.c", "专门设计用于制造燃气涡轮发动机叶片的定向凝固或单晶增材制造设备"),
        ("9B009", "专门设计用于生产燃气涡轮发动机粉末冶金转子部件的工装"),
    ]


def test_name_qualifiers_and_a_closing_quote_of_a_quoted_block() -> None:
    body = (
        "二、在第一条中增加一项，作为第（五）项：\n“（五）航空航天试验相关设备。\n"
        "1.9B006 能产生160分贝或以上声压级的声学振动试验设备（参考税则号列：90312000）。\n"
        "2.9B008 壁面摩擦力直接测量传感器（参考税则号列：90318000）。”"
    )
    names = [e.name_zh for e in extract_entries(body, "关于调整有关物项出口管制的公告").entries]
    assert names == ["能产生160分贝或以上声压级的声学振动试验设备", "壁面摩擦力直接测量传感器"]
    body = (
        "一、核相关电子设备\n4.冷阴极管（管制编码：3A228.a），无论是否充气，工作方式类似火花隙（参考税则号列：85408900）。\n"
        "6.3A001.g、3A001.h所列以外的、具有快速开关功能的模块或组件（管制编码：3A228.c）（参考税则号列：85371090）。"
    )
    names = [e.name_zh for e in extract_entries(body, "关于对核相关物项实施出口管制的公告").entries]
    assert names == ["冷阴极管", "具有快速开关功能的模块或组件"]


def test_what_a_thing_is_designed_for_and_its_rating_are_spec() -> None:
    body = (
        "一、防护和探测设备\n"
        "1.防护服、防护手套和防护鞋，专门为防护生物制剂、放射性物质或者化学战剂而设计或者改进。（管制编码：1A004.b）"
        "（参考税则号列：39262000）\n"
        "2.防弹插板，防护等级等于或者低于NIJ 0101.06标准IIIA级或者与其相当的国家标准。（管制编码：1A005.b）"
        "（参考税则号列：39269000）\n"
        "3.长度大于50毫米，直径小于10毫米的钨管。（管制编码：1C117）（参考税则号列：81019990）"
    )
    names = [e.name_zh for e in extract_entries(body, "关于对防护物项实施出口管制的公告").entries]
    assert names == ["防护服、防护手套和防护鞋", "防弹插板", "长度大于50毫米，直径小于10毫米的钨管"]


def test_a_note_between_table_rows_does_not_end_the_table() -> None:
    body = (
        "核材料出口管制物项表\n管制编码 | 物项名称 | 描述 | 参考税则号列 | 计量单位\n"
        "1C234 | 金属锆 | 铪与锆的重量比小于1:500 | 81092100 | 千克\n"
        "说明： | 81093100\n本项不管制厚度小于等于0.10毫米的锆箔。\n"
        "1C235 | 氚、氚化合物及含氚混合物 | 氚原子与氢原子之比大于千分之一 | 28444100 | 克\n"
        "二、本公告自发布之日起施行。"
    )
    names = [e.name_zh for e in extract_entries(body, "关于对核材料实施出口管制的公告").entries]
    assert names == ["金属锆", "氚、氚化合物及含氚混合物"]


def test_exclusions_listed_under_an_entry_are_its_spec() -> None:
    body = (
        "一、核材料\n（四）1C230．铍金属、铍含量大于50%（按重量）的合金（参考税则号列：81121200），但下列物项除外：\n"
        "1．X射线机或井下测井装置用的金属窗；\n2．祖母绿或海蓝宝石形态的绿柱石（铍铝硅酸盐）。\n"
        "（五）1C231．铪金属（参考税则号列：81123100）。"
    )
    entries = extract_entries(body, "关于对核材料实施出口管制的公告").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [
        ("1C230", "铍金属、铍含量大于50%（按重量）的合金"),
        ("1C231", "铪金属"),
    ]
    assert "金属窗" in (entries[0].spec_zh or "")


def test_a_clause_added_in_words_and_a_renumbering_list_nothing() -> None:
    body = (
        "一、对商务部公告2025年第62号作如下修改：\n"
        "（一）第七款后增加一款作为第八款，即：\n“八、出口经营者向同一最终用户多次出口本公告所列技术的，可以申请通用许可。”\n"
        "（二）原第八款改为第九款。\n"
    )
    result = extract_entries(body, "关于修改部分出口管制公告的公告")
    assert result.entries == ()


def test_chemical_plant_equipment_named_before_its_design_and_material_words() -> None:
    body = (
        "附件\n1.2B350.b 搅拌器，专为2B350.a所列反应器或反应容器设计，叶轮、桨叶或转轴由说明所列材料制成；\n"
        "2.2B350.f 遥控操作的灌装设备，所有与被加工化学品直接接触的表面由说明所列材料制成；\n"
    )
    entries = extract_entries(body, "化学品生产设施和设备清单").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [
        ("2B350.b", "搅拌器"),
        ("2B350.f", "遥控操作的灌装设备"),
    ]
    assert entries[1].spec_zh == "所有与被加工化学品直接接触的表面由说明所列材料制成"


def test_an_entry_of_a_coded_list_quoted_whole_after_it_is_replaced() -> None:
    body = (
        "一、商务部公告2024年第51号附件1中1C234项删除并替换为：“1C234 铪与锆含量之比（按重量）小于1:500的锆金属、"
        "锆合金及其制品（参考税则号列：81092100、81092900）”。\n"
        "二、商务部公告2025年第62号第五款删除并替换为：“五、任何组织和个人不得为违反本公告规定的出口活动提供服务。”\n"
    )
    result = extract_entries(body, "关于调整有关清单条目的公告")
    assert [(e.control_code, e.name_zh, e.hs_codes) for e in result.entries] == [
        ("1C234", "铪与锆含量之比（按重量）小于1:500的锆金属、锆合金及其制品", ("81092100", "81092900"))
    ]
    assert not [i for i in result.issues if i.code == "lifted_list"]


def test_points_quoted_together_over_several_lines_are_siblings() -> None:
    body = (
        "一、在商务部 海关总署公告2023年第23号第一款第（一）项中增加两目，作为第9目、第10目：\n"
        "“9.三甲基镓，纯度（金属基准）大于99.999%（参考税则号列：29319000）。\n"
        "10.三乙基镓，纯度（金属基准）大于99.999%（参考税则号列：29319000）。”\n"
    )
    entries = extract_entries(body, "关于调整镓相关物项出口管制的公告").entries
    assert [(e.path, e.name_zh) for e in entries] == [("一/9", "三甲基镓"), ("一/10", "三乙基镓")]


def test_a_forms_filling_guide_lists_no_items() -> None:
    text = (
        "附件\n《境内提供出口管制技术情况说明》填写指引第五部分（2026年修订）\n五、技术接收方情况\n"
        "（一）填写技术接收方的名称、注册地址及所属国家或者地区。\n（二）技术接收方与申请人存在关联关系的，应当如实说明。\n"
    )
    result = extract_entries(text, "关于修改部分公告条款的公告", source="att1")
    assert result.entries == ()
    assert {n.why for n in result.not_items} == {"procedure"}


def test_names_end_before_a_with_or_without_tail_and_a_bound_said_by_what_is_measured() -> None:
    body = (
        "（三）能产生大于等于50千牛力（“裸台”测量）并可用于2B116.a所列系统的振动推进器（振动台单元），带或不带相关放大器"
        "（管制编码：2B116.c）；\n"
        "（四）用于晶圆加工的步进扫描对准曝光设备，光源波长短于193nm（管制编码：3B001.f.1）；\n"
    )
    entries = extract_entries(body, "关于对部分物项实施出口管制的公告").entries
    assert [(e.control_code, e.name_zh, e.spec_zh) for e in entries] == [
        (
            "2B116.c",
            "能产生大于等于50千牛力（“裸台”测量）并可用于2B116.a所列系统的振动推进器（振动台单元）",
            "带或不带相关放大器",
        ),
        ("3B001.f.1", "用于晶圆加工的步进扫描对准曝光设备", "光源波长短于193nm"),
    ]


def test_lines_stating_what_another_notices_parts_become_list_nothing() -> None:
    body = (
        "三、对商务部、海关总署公告2025年第58号作如下处理：\n"
        "（一）第一款所列锂电池相关物项，自2026年11月11日起继续暂停实施，至2027年5月10日止；\n"
        "（二）第二款第（一）项、第（二）项和第三款，自2026年11月11日起恢复实施。\n"
    )
    assert extract_entries(body, "关于有关出口管制措施后续安排的公告").entries == ()


def test_an_entry_named_after_what_another_entry_does_not_list_takes_its_bracketed_code() -> None:
    body = (
        "一、无人驾驶航空飞行器\n（一）整机\n"
        "4．9A012.a未列明的完整无人驾驶航空飞行器（管制编码：9A120；参考海关商品编号：8806231011），具有下列所有特性：\n"
        "a．设计航程大于等于300公里；\n"
    )
    (entry,) = extract_entries(body, "关于对无人机相关物项实施出口管制的公告").entries
    assert (entry.control_code, entry.name_zh) == ("9A120", "完整无人驾驶航空飞行器")
    assert entry.spec_zh is not None and entry.spec_zh.startswith("9A012.a未列明")


@pytest.mark.parametrize(
    "clause",
    [
        "五、商务部 海关总署公告2025年第10号第二条第（三）项（6E002），予以废止。",
        "（一）不可靠实体清单工作机制公告〔2025〕7号所列实体的处理措施，暂停期限届满后不再恢复，自2027年1月1日起终止实施；",
        "（三）不可靠实体清单工作机制公告〔2025〕9号规定的处理措施，自2027年1月1日起暂停实施，为期一年。",
        "（二）2025年第58号公告第三款第（三）项（3C003），自2027年1月1日起不再执行。",
    ],
)
def test_a_line_opening_on_another_notice_and_acting_on_it_lists_nothing(clause: str) -> None:
    """A clause that names another notice (perhaps its part and the code of the entry in it) and then what
    becomes of it — repealed, ended, suspended — is a relation, never a newly controlled thing."""
    body = f"三、工作机制同时决定：\n{clause}\n"
    assert extract_entries(body, "关于有关公告后续安排的公告").entries == ()


def test_a_controlled_line_naming_the_notice_it_adds_to_is_still_an_entry() -> None:
    """Counterexample: a notice cited inside an item's own description, with no act after it, leaves the
    item an item."""
    body = "一、下列物项未经许可不得出口：\n（一）2025年第10号公告所列以外的高纯钨粉（1C117.c）。\n"
    (entry,) = extract_entries(body, "关于对有关物项实施出口管制的公告").entries
    assert (entry.control_code, entry.name_zh) == ("1C117.c", "2025年第10号公告所列以外的高纯钨粉")


def test_a_clause_added_in_words_that_empowers_the_ministry_lists_nothing() -> None:
    """An added clause stating what the ministry may do (…的，商务部可以依法将其列入…) is legal text."""
    body = (
        "五、在商务部公告2026年第28号中增加一款，作为第五款：“五、关注名单所列实体在列入关注名单后继续从事危害中国"
        "国家安全和利益活动的，商务部可以依法将其列入出口管制管控名单。”\n"
    )
    assert extract_entries(body, "关于将有关实体列入出口管制管控名单的公告").entries == ()


def test_a_rewritten_measure_point_refusing_permits_lists_nothing() -> None:
    """A point of a party notice's measures given anew (不批准…的申请；已经批准的，予以取消) is a measure."""
    body = (
        "三、不可靠实体清单工作机制公告〔2025〕3号第四项修改为：“四、不批准上述企业高级管理人员在中国境内工作许可、"
        "停留或者居留资格的申请；已经批准的，予以取消。”\n"
    )
    assert (
        extract_entries(body, "不可靠实体清单工作机制关于将有关外国实体列入不可靠实体清单的公告").entries
        == ()
    )


def test_a_point_rewritten_in_words_printed_under_a_deletion_is_an_entry() -> None:
    """`（一）删去…第4目。` then, unnumbered, `第5目改为第4目，修改为：` and the quoted point: the deletion is the
    clause's own line, the quoted point below the prose announcing it is what the target now lists."""
    body = (
        "一、对下列公告的部分条款予以修改：\n"
        "（一）删去《关于对锑等物项实施出口管制的公告》（商务部 海关总署公告2024年第33号）第一款第（二）项第4目。\n"
        "第一款第（二）项第5目改为第4目，修改为：\n"
        "“4.用六面顶压机合成人造金刚石单晶或者立方氮化硼单晶的工艺技术。”\n"
        "其余各目序号相应调整。\n"
        "（二）删去《公布对钨、碲、铋、钼、铟相关物项实施出口管制的决定》（商务部 海关总署公告2025年第10号）第三款第（三）项。\n"
        "已经按照该项取得的两用物项出口许可证件，在有效期内继续有效。\n"
        "第四款第（一）项修改为：\n"
        "“（一）1C117.b．钼粉：钼含量（按重量）大于等于97%的钼及合金颗粒（参考海关商品编号：8102100001）。”\n"
    )
    result = extract_entries(body, "关于清理两用物项出口管制公告的公告")
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("一/(一)/4", "用六面顶压机合成人造金刚石单晶或者立方氮化硼单晶的工艺技术", None, ()),
        ("一/(二)/(一)", "钼粉：钼含量（按重量）大于等于97%的钼及合金颗粒", "1C117.b", ("8102100001",)),
    ]
    assert {n.why for n in result.not_items if n.line.startswith("（")} == {"lifted"}


def test_a_deletion_followed_by_prose_and_no_quoted_point_still_lists_nothing() -> None:
    """Counterexample: the deletion's sub-lines are still what it deletes when no rewrite announces them."""
    body = "一、删去下列物项：\n（一）1C117.b 钼粉；\n（二）1C117.c 钼丝。\n"
    assert extract_entries(body, "关于调整出口管制物项的公告").entries == ()


def test_a_gloss_after_the_name_and_criteria_opened_by_a_modal_are_spec() -> None:
    """`X，即…的设备` glosses X (spec, like other comma qualifiers); `X（…），可具有下列任一特性：` opens criteria as
    `，具有下列任一特性：` does — neither 即… nor a stray 可 is part of the name."""
    body = (
        "（二）0B006 辐照核反应堆燃料元件后处理工厂所用的下列设备和部件：\n"
        "1.0B006.a 辐照燃料元件切割或剪切机，即远距离操作、用于切割辐照核反应堆燃料组件的设备（参考税则号列：84798900）；\n"
        "4.0B006.d 专门设计为临界安全并耐硝酸腐蚀的暂存容器或贮存容器（参考税则号列：73090000），可具有下列任一特性：\n"
        "（1）器壁或内部结构的硼当量大于等于2%；\n（2）圆柱形容器的最大直径为175毫米。\n"
    )
    entries = extract_entries(body, "关于对核燃料元件制造相关物项实施出口管制的公告").entries
    assert [(e.control_code, e.name_zh) for e in entries] == [
        ("0B006.a", "辐照燃料元件切割或剪切机"),
        ("0B006.d", "专门设计为临界安全并耐硝酸腐蚀的暂存容器或贮存容器"),
    ]
    assert (entries[0].spec_zh or "").startswith("即远距离操作")
    assert "硼当量" in (entries[1].spec_zh or "")


def test_a_word_opening_on_即_inside_a_name_stays() -> None:
    """Counterexample: 即 without the comma before it (即时…) is no gloss."""
    (entry,) = extract_entries("一、设备\n（一）2B001 即时成像检测设备（参考税则号列：90221900）。\n").entries
    assert entry.name_zh == "即时成像检测设备"


def test_a_designed_for_tail_that_ends_on_the_thing_itself_is_the_name_s_head() -> None:
    """`采用…以外的无损检测技术，专门设计用于检测火箭发动机完整性的设备`: the clause after the comma ends on the
    thing (设备) the line controls — the name runs to it; a tail that names no thing (`X，专门设计用于…`) is spec."""
    body = (
        "（三）航空航天试验与检测设备\n"
        "4.采用平面X射线或者基本物理、化学分析以外的无损检测技术，专门设计用于检测火箭发动机完整性的设备"
        "（管制编码：9B007）（参考税则号列：90318000）。\n"
        "5.9B008 直接测量壁面摩擦力的传感器，专门设计用于在总温高于833K的试验气流中工作。\n"
    )
    entries = extract_entries(body, "关于对航空航天相关物项实施出口管制的公告").entries
    assert [(e.control_code, e.name_zh, e.spec_zh) for e in entries] == [
        (
            "9B007",
            "采用平面X射线或者基本物理、化学分析以外的无损检测技术，专门设计用于检测火箭发动机完整性的设备",
            None,
        ),
        ("9B008", "直接测量壁面摩擦力的传感器", "专门设计用于在总温高于833K的试验气流中工作"),
    ]


def test_a_document_added_to_another_notice_s_list_of_papers_is_no_item() -> None:
    """`在…第三条中增加一项，作为第（六）项：“（六）…内部合规制度说明。”`: what is added is a document an exporter
    files; the quoted point names paperwork, not goods, however the sentence adds it."""
    body = (
        "一、商务部 海关总署公告2024年第33号第一条第（一）项第7目，自2026年10月1日起不再实施出口管制。\n"
        "二、在商务部 海关总署公告2023年第39号第三条中增加一项，作为第（六）项：“（六）出口经营者的出口管制内部合规制度说明。”\n"
        "三、本公告自发布之日起施行。\n"
    )
    result = extract_entries(body, "关于清理部分出口管制公告的公告")
    assert result.entries == ()
    assert any(n.why == "procedure" and "合规制度说明" in n.line for n in result.not_items)


def test_a_point_added_that_names_goods_is_still_an_entry() -> None:
    """Counterexample: the same act adding a coded item adds that item."""
    body = "一、在商务部 海关总署公告2025年第58号第一款第（二）项中增加一目，作为第7目：“7. 极片涂布机（参考税则号列：84798999）。”\n"
    (entry,) = extract_entries(body, "关于更正部分公告的公告").entries
    assert (entry.name_zh, entry.hs_codes) == ("极片涂布机", ("84798999",))


def test_lines_under_an_intro_adjusting_measures_are_acts_not_items() -> None:
    """`对下列公告所列措施作如下调整：` then `（三）上述两公告的其他内容，仍按照…执行。`: every line under it acts on
    measures of other notices; none is a controlled thing."""
    body = (
        "一、对本公告附件所列物项实施出口管制。\n"
        "二、对下列公告所列措施作如下调整：\n"
        "（一）2025年第56号公告第一款第（二）项，自2026年6月15日起恢复实施；\n"
        "（二）2025年第57号公告第三款、第五款，暂停实施至2027年5月10日；\n"
        "（三）上述两公告的其他内容，仍按照2025年第70号公告执行。\n"
    )
    result = extract_entries(body, "关于对核材料相关物项实施出口管制的公告")
    assert result.entries == ()
    assert {n.why for n in result.not_items if n.line.startswith("（")} == {"rule"}


def test_a_reference_supplied_to_an_unnamed_entry_adds_no_entry() -> None:
    """`在…第4目后，补充“（参考海关商品编号：8505111000）”`: an HS reference given to another notice's entry
    names no entry of this notice (it used to come out as a leaf named `…补充“”`)."""
    body = (
        "三、删去商务部 海关总署公告2023年第23号第一款第（一）项第6目中的参考海关商品编号“3825690005”。\n"
        "四、在商务部 海关总署公告2025年第18号第一款第（一）项第4目后，补充“（参考海关商品编号：8505111000）”。\n"
        "五、本公告自公布之日起实施。\n"
    )
    result = extract_entries(body, "关于调整部分两用物项出口管制措施的公告")
    assert result.entries == ()
    assert any(n.why == "rule" and "8505111000" in n.line for n in result.not_items)


def test_designed_for_any_of_the_following_before_the_noun_is_a_purpose_list() -> None:
    """`专门设计用于下列任一设备的X（9B005）：` + `a．…风洞；` lines: X is the leaf, the tunnels are what it
    serves (purposes), not controlled things of their own."""
    body = (
        "一、气动试验相关物项\n"
        "（二）专门设计用于下列任一设备的在线（实时）控制系统或自动化数据采集与处理设备（9B005）"
        "（参考税则号列：90328900、84714900）：\n"
        "a．设计速度大于等于1.2马赫的风洞；\n"
        "b．可模拟速度超过5马赫流动环境的装置；\n"
        "c．可模拟雷诺数超过25×10⁶流动的风洞或装置。\n"
    )
    result = extract_entries(body, "关于对气动试验相关物项实施出口管制的公告")
    assert [(e.path, e.name_zh, e.control_code) for e in result.entries] == [
        ("一/(二)", "在线（实时）控制系统或自动化数据采集与处理设备", "9B005"),
    ]
    assert "风洞" in (result.entries[0].spec_zh or "")


def test_a_name_cell_wrapped_below_a_row_ending_in_an_hs_cell_goes_on_by_its_joining_word() -> None:
    """`4.3 | 8A002.a.3 | …脐带缆 |  | 85447000` then `及其连接器`: an HS cell wraps no words, and a line opening
    on 及 can only go on from the name; the rows below are still the table's."""
    body = (
        "序号 | 管制编码 | 物项名称 | 技术指标 | 参考税则号列\n"
        "4.2 | 8A002.a.2 | 直流推进电机或推进器 |  | 85013300\n"
        "4.3 | 8A002.a.3 | 采用光纤并带有合成加强件的脐带缆 |  | 85447000\n"
        "及其连接器\n"
        "5 | 8C001 | 水下用复合泡沫材料 | 密度小于561千克/立方米 | 39211900\n"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("4.2", "直流推进电机或推进器", "8A002.a.2"),
        ("4.3", "采用光纤并带有合成加强件的脐带缆及其连接器", "8A002.a.3"),
        ("5", "水下用复合泡沫材料", "8C001"),
    ]


def test_a_list_wrapped_wherever_the_writer_liked_is_read_joined() -> None:
    """Lines broken at no common width (`…而设计的电子` / `组件（2B006.b.4）。`, `…小于等于0.9` / `角秒（…）`):
    many long lines stop mid-word over an unnumbered line, so each is the start of the line below's item."""
    body = (
        "一、尺寸检测或测量设备\n"
        "（一）计算机控制或数字控制的坐标测量机（CMM），在机器工作范围内\n"
        "（即各轴长度范围内）任一点，三维（体积）长度测量最大允许误差\n"
        "（E0,MPE）小于等于（1.7+L/1000）微米（L为被测长度，单位为毫米），\n"
        "按照ISO 10360-2（2009）测定（2B006.a；参考税则号列：90318000）。\n"
        "（二）线位移测量仪器或系统（参考税则号列：90318000）：\n"
        "1．专为机床设计的线位置反馈装置，总精度小于（800+600×L/1000）纳米（2B006.b.2）；\n"
        "2．专为向本项第1目所列测量系统提供反馈能力而设计的电子\n"
        "组件（2B006.b.4）。\n"
        "（三）专为机床设计的旋转位置反馈装置或角位移测量仪器，角位置精度小于等于0.9\n"
        "角秒（2B006.c；参考税则号列：90318000）。\n"
    )
    entries = extract_entries(body, "关于对尺寸检测设备实施出口管制的公告").entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("一/(一)", "计算机控制或数字控制的坐标测量机（CMM）", "2B006.a"),
        ("一/(二)/1", "专为机床设计的线位置反馈装置", "2B006.b.2"),
        ("一/(二)/2", "专为向本项第1目所列测量系统提供反馈能力而设计的电子组件", "2B006.b.4"),
        ("一/(三)", "专为机床设计的旋转位置反馈装置或角位移测量仪器", "2B006.c"),
    ]
    assert entries[0].hs_codes == ("90318000",)


def test_an_html_list_whose_items_end_without_punctuation_is_not_joined() -> None:
    """Counterexample: paragraphs printed whole, one long item line ending on a word before the closing
    clause — one such line is no ragged wrap, and the clause stays out of the item."""
    body = (
        "一、下列物项，未经许可，不得出口：\n"
        "（一）计算机控制或数字控制的坐标测量机（2B006.a）\n"
        "（二）专为机床设计的旋转位置反馈装置或角位移测量仪器（2B006.c）\n"
        "出口经营者应当依照有关规定向商务部申请许可。\n"
    )
    entries = extract_entries(body, "关于对尺寸检测设备实施出口管制的公告").entries
    assert [e.name_zh for e in entries] == [
        "计算机控制或数字控制的坐标测量机",
        "专为机床设计的旋转位置反馈装置或角位移测量仪器",
    ]


def test_criteria_after_the_comma_keep_their_shape_when_the_references_stand_before_the_colon() -> None:
    """`X，具有下列两项特性（2B206.d；参考税则号列：90318000）：` + `1．…` lines: the references sit between the
    phrase and its colon; X is still the leaf and the numbered lines its criteria, not items."""
    body = (
        "二、2B006所列以外的尺寸检测机器、仪器或系统\n"
        "（二）线性可变差动变压器（LVDT）系统，具有下列两项特性（2B206.d；参考税则号列：90318000）：\n"
        "1．工作范围不超过±5毫米的，自0至满量程的线性度小于等于0.1%；\n"
        "2．在标准环境试验室温度±1K条件下，漂移小于等于每天0.1%。\n"
    )
    (entry,) = extract_entries(body, "关于对尺寸检测设备实施出口管制的公告").entries
    assert (entry.path, entry.name_zh, entry.control_code, entry.hs_codes) == (
        "二/(二)",
        "线性可变差动变压器（LVDT）系统",
        "2B206.d",
        ("90318000",),
    )
    assert "漂移" in (entry.spec_zh or "")


def test_a_category_naming_an_end_effector_is_a_heading_not_a_legal_clause() -> None:
    """`三、机器人及其控制器、末端执行器`: 执行 inside 执行器 is a part of a machine, not a rule to carry out; the
    category heads the items under it."""
    body = (
        "三、机器人及其控制器、末端执行器\n"
        "（一）具有下列任一特性的机器人（2B007.b；参考税则号列：84795000）：\n"
        "1．专门设计或额定为抗辐射，可承受大于5×10³戈瑞（硅）的总辐射剂量；\n"
        "2．专门设计用于在海拔30000米以上工作。\n"
        "（二）专门设计的机器人末端执行器（2B207.b；参考税则号列：84799000）。\n"
    )
    entries = extract_entries(body, "关于对机器人相关物项实施出口管制的公告").entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("三/(一)", "机器人", "2B007.b"),
        ("三/(二)", "专门设计的机器人末端执行器", "2B207.b"),
    ]


def test_a_technology_catalogue_adjustment_table_lists_its_kept_rows() -> None:
    """`序号 | 行业 | 技术名称 | 编号 | 调整方式 | 控制要点`: the catalogue's own table — its number (编号) is the
    code, rows rewritten or added are entries with their control points as spec, a deleted row is lifted."""
    body = (
        "限制出口部分\n"
        "序号 | 行业 | 技术名称 | 编号 | 调整方式 | 控制要点\n"
        "1 | 专用设备制造业 | 重型机械行业战略性新产品设计技术 | 183609X | 删除 | \n"
        "2 | 化学原料和化学制品制造业 | 电池正极材料制备技术 | 252604X | 修改 | 控制要点1第（2）目修改为：粉末压实密度≥2.50g/cc\n"
        "3 | 计算机、通信和其他电子设备制造业 | 碳化硅单晶衬底制备技术 | 263901X | 新增 | 1.直径≥200毫米的导电型碳化硅单晶生长技术\n"
    )
    result = extract_entries(body, "《中国禁止出口限制出口技术目录》调整内容")
    assert [(e.path, e.name_zh, e.control_code, e.kind) for e in result.entries] == [
        ("2", "电池正极材料制备技术", "252604X", "technology"),
        ("3", "碳化硅单晶衬底制备技术", "263901X", "technology"),
    ]
    assert "压实密度" in (result.entries[0].spec_zh or "")
    assert any(n.why == "lifted" and "183609X" in n.line for n in result.not_items)


def test_a_numbered_table_without_a_list_column_label_is_no_list() -> None:
    """Counterexample: 编号 beside a name that is no technology's (a register of documents) opens no list."""
    body = "序号 | 文件名称 | 编号\n1 | 出口许可证申请表 | 2026-001\n2 | 最终用户证明 | 2026-002\n"
    assert extract_entries(body, "附件").entries == ()


def test_an_entry_printed_as_a_paragraph_takes_its_references_from_the_last_sentence() -> None:
    """`1．数控车削机床。具有…。管制编码：2B001.a；参考税则号列：84581100。`: the name is the first sentence,
    the references the last (unbracketed), what lies between is the spec."""
    body = (
        "一、数控机床\n"
        "1．数控车削机床。具有两个或两个以上可同时协调进行轮廓控制的轴，单向定位重复性小于等于0.9μm。"
        "管制编码：2B001.a；参考税则号列：84581100。\n"
        "2．流动成形机。具有三个或三个以上滚轮（主动或导向）。管制编码：2B209；参考税则号列：84639000、84629900。\n"
    )
    entries = extract_entries(body, "关于对数控机床实施出口管制的公告").entries
    assert [(e.path, e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("一/1", "数控车削机床", "2B001.a", ("84581100",)),
        ("一/2", "流动成形机", "2B209", ("84639000", "84629900")),
    ]
    assert (entries[1].spec_zh or "").startswith("具有三个或三个以上滚轮")


def test_a_condition_after_the_comma_ends_the_name_whatever_noun_it_reaches() -> None:
    """`铝合金，在293K（20℃）时能够达到…的极限抗拉强度，且为…的管材或圆柱形实心体`: 在…时 opens what the
    alloy must do; the forms it comes in are spec, not the end of its name."""
    body = (
        "2.1C202.a 铝合金，在293K（20℃）时能够达到大于等于460MPa的极限抗拉强度，且为外径大于75mm的管材或圆柱形实心体"
        "（参考税则号列：76042910）。\n"
    )
    (entry,) = extract_entries(body, "关于对特种合金实施出口管制的公告").entries
    assert (entry.name_zh, entry.control_code) == ("铝合金", "1C202.a")
    assert (entry.spec_zh or "").startswith("在293K")


def test_aliases_go_to_spec_and_a_purity_bracket_stays_in_the_name() -> None:
    """`磷化氢（又称磷烷）（纯度≥99.999%）`: the alias is another name (spec), the purity narrows what is controlled
    (name); `X，又称…` after a comma is the same alias."""
    body = (
        "一、电子特种气体\n"
        "（一）3C905.b．磷化氢（又称磷烷）（纯度≥99.999%）（参考海关商品编号：2853909090）；\n"
        "（二）1C010.b 聚对苯撑苯并二噁唑纤维，又称PBO纤维（参考海关商品编号：5404190090）。\n"
    )
    entries = extract_entries(body, "关于对电子特种气体实施出口管制的公告").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("磷化氢（纯度≥99.999%）", "3C905.b"),
        ("聚对苯撑苯并二噁唑纤维", "1C010.b"),
    ]
    assert "又称磷烷" in (entries[0].spec_zh or "") and "PBO" in (entries[1].spec_zh or "")


def test_a_registry_number_sharing_a_bracket_with_the_hs_reference_and_a_code_joined_by_为() -> None:
    """`4-苯胺基哌啶（CAS号：23056-29-3；参考海关商品编号：2933399099）` and `镍粉（管制编码为1C240.a）`."""
    body = (
        "一、易制毒化学品\n"
        "（一）4-苯胺基哌啶（CAS号：23056-29-3；参考海关商品编号：2933399099）；\n"
        "（二）镍粉（管制编码为1C240.a）（参考税则号列：75040000）。\n"
    )
    entries = extract_entries(body, "关于对易制毒化学品实施出口管制的公告").entries
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("4-苯胺基哌啶", None, ("2933399099",)),
        ("镍粉", "1C240.a", ("75040000",)),
    ]
    assert "23056-29-3" in (entries[0].spec_zh or "")


def test_a_reserved_table_row_is_no_entry() -> None:
    body = (
        "序号 | 管制编码 | 物项名称 | 参考税则号列\n"
        "4.2 | 2B905.b | 冷喷涂设备 | 84243000\n"
        "4.3 |  | 【保留】 | \n"
        "5 | 2B906 | 激光熔覆设备 | 84798999\n"
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["冷喷涂设备", "激光熔覆设备"]
    assert any(n.why == "reserved" for n in result.not_items)


def test_points_and_clauses_rewritten_in_quotes_under_an_intro_are_entries() -> None:
    """`二、对…第39号第一款作如下修改：（一）第（一）项修改为：“（一）…”（二）增加一项，作为第（三）项：“（三）0C004…”`
    and `三、将…第五款修改为：“五、2B005.b.…”`: each quoted point or clause prints a coded or referenced item."""
    body = (
        "二、对商务部 海关总署公告2023年第39号第一款作如下修改：\n"
        "（一）第（一）项修改为：\n"
        "“（一）高纯度（纯度>99.95%）的人造石墨材料及其制品（参考海关商品编号：3801100030）。”\n"
        "（二）增加一项，作为第（三）项：\n"
        "“（三）0C004 核级石墨（参考海关商品编号：3801100030）。”\n"
        "三、将商务部 海关总署公告2025年第55号第五款修改为：\n"
        "“五、2B005.b.直流电弧等离子体喷射化学气相沉积（DCPCVD）设备（参考税则号列：84798999）。”\n"
    )
    entries = extract_entries(body, "关于调整部分石墨和超硬材料相关物项出口管制的公告").entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("二/(一)/(一)", "高纯度（纯度>99.95%）的人造石墨材料及其制品", None),
        ("二/(二)/(三)", "核级石墨", "0C004"),
        ("三/五", "直流电弧等离子体喷射化学气相沉积（DCPCVD）设备", "2B005.b"),
    ]


def test_a_clause_rewritten_in_words_is_still_no_entry() -> None:
    """Counterexample: a clause given new legal words (no code, no HS) lists nothing."""
    body = "三、将商务部公告2025年第61号第八款修改为：\n“八、出口经营者应当依照有关规定办理许可手续。”\n"
    assert extract_entries(body, "关于调整出口管制措施的公告").entries == ()


def test_a_point_rewritten_among_acts_under_an_intro_of_arrangements_is_an_entry() -> None:
    """`三、对…第58号，按下列规定办理：（一）第二款…继续暂停实施90日；（二）第二款第（三）项修改为：“（三）3C901.a.3.…”`:
    办理 there is no filing procedure; the rewritten point is an entry, the act beside it none."""
    body = (
        "三、对商务部 海关总署公告2025年第58号，按下列规定办理：\n"
        "（一）第二款第（一）项、第（二）项，在商务部 海关总署公告2026年第707号第一条第（二）项规定的暂停期限届满后，"
        "继续暂停实施90日；\n"
        "（二）第二款第（三）项修改为：\n"
        "“（三）3C901.a.3.放电比容量大于等于250 mAh/g的富锂锰基正极材料。”\n"
    )
    entries = extract_entries(body, "关于提前结束部分出口管制措施暂停实施的公告").entries
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("三/(二)/(三)", "放电比容量大于等于250 mAh/g的富锂锰基正极材料", "3C901.a.3"),
    ]


def test_a_locant_after_the_code_belongs_to_the_chemical_s_name() -> None:
    """`1C914.a.2-乙基己基膦酸…`: the digit before the hyphen is the name's locant, not a sub-code."""
    body = (
        "二、萃取剂\n（一）1C914.a.2-乙基己基膦酸单-2-乙基己基酯（P507）萃取剂（参考税则号列：29199000）。\n"
    )
    (entry,) = extract_entries(body, "关于对稀土萃取剂实施出口管制的公告").entries
    assert (entry.name_zh, entry.control_code) == ("2-乙基己基膦酸单-2-乙基己基酯（P507）萃取剂", "1C914.a")


def test_acts_under_a_notice_heading_and_a_list_of_repealed_notices_name_no_goods() -> None:
    """`（一）第一款恢复实施；` under `一、…对…第58号…的实施作如下安排：`, and `一、自2027年10月1日起，下列公告废止：`
    over lines citing notices: acts, not items."""
    body = (
        "一、自2027年3月1日起，对商务部 海关总署公告2025年第58号的实施作如下安排：\n"
        "（一）第一款恢复实施；\n"
        "（二）第二款继续暂停实施，暂停期限为6个月。\n"
        "二、自2027年10月1日起，下列公告废止：\n"
        "1.商务部 海关总署公告2023年第39号（关于优化调整石墨物项临时出口管制措施的公告）；\n"
        "2.商务部 海关总署公告2024年第33号（关于对锑等物项实施出口管制的公告）。\n"
    )
    assert extract_entries(body, "关于有关公告暂停期限届满后实施问题的公告").entries == ()


def test_a_code_a_space_and_a_leading_hyphen_keep_the_code_whole() -> None:
    """Counterexample: `1C905.a.4 -2+3…` has a separator after the code — its last digit is the code's."""
    (entry,) = extract_entries("二、（一）\n1．1C905.a.4 -2+3甲基材料；\n").entries
    assert entry.control_code == "1C905.a.4"


def test_things_with_a_bracketed_bound_under_a_group_are_items_not_its_criteria() -> None:
    """`2. 晶界扩散用重稀土源材料：` + `a. 铽箔、镝箔（厚度小于等于0.1mm）；`: the sub-lines name things, their bounds in
    brackets; a line measuring outside brackets (`a. 厚度小于等于0.1mm；`) would be a criterion."""
    body = (
        "一、（一）1C915 稀土永磁材料\n"
        "2. 晶界扩散用重稀土源材料：\n"
        "a. 铽箔、镝箔（厚度小于等于0.1mm）；\n"
        "b. 镝铝合金粉、铽铝合金粉（粒度D50小于等于10μm）。\n"
    )
    names = [e.name_zh for e in extract_entries(body, "关于对稀土永磁材料实施出口管制的公告").entries]
    assert names == ["铽箔、镝箔（厚度小于等于0.1mm）", "镝铝合金粉、铽铝合金粉（粒度D50小于等于10μm）"]


def test_a_chemical_named_on_its_locants_after_the_point_s_number_and_forms_before_the_noun() -> None:
    """`1.1,1-二甲基肼…` is point 1 naming 1,1-二甲基肼; `靶材、粉末、颗粒等形态的氧化铟锡（ITO）` lists forms (spec)."""
    body = (
        "一、前驱体\n"
        "（三）3C907 氮源及掺杂源前驱体：\n"
        "1.1,1-二甲基肼（CAS号：57-14-7）（参考税则号列：29280000）；\n"
        "2.双(环戊二烯基)镁（CAS号：1284-72-6）。\n"
        "（四）3C908.a 靶材、粉末、颗粒等形态的氧化铟锡（ITO）（氧化铟质量分数≥90%）。\n"
    )
    entries = extract_entries(body, "关于对镓锗铟化合物实施出口管制的公告").entries
    assert [(e.path, e.name_zh) for e in entries] == [
        ("一/(三)/1", "1,1-二甲基肼"),
        ("一/(三)/2", "双(环戊二烯基)镁"),
        ("一/(四)", "氧化铟锡（ITO）（氧化铟质量分数≥90%）"),
    ]
    assert "靶材" in (entries[2].spec_zh or "")


def test_entries_replaced_by_this_notice_s_annex_and_an_hs_code_added_after_its_label_are_acts() -> None:
    """`（一）…第51号附件1第二类2B350.a、2B350.b条目，由本公告附件第一部分代替` and `（二）第一条第（二）项第6目四氯化锗，
    增列参考海关商品编号“2827399000”` act on other notices' entries; neither is an entry of this notice."""
    body = (
        "一、对商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1作如下调整：\n"
        "（一）商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1第二类2B350.a、2B350.b条目，"
        "由本公告附件第一部分代替；\n"
        "二、商务部 海关总署公告2023年第23号所列物项的参考海关商品编号作如下更正：\n"
        "（二）第一条第（二）项第6目四氯化锗，增列参考海关商品编号“2827399000”。\n"
    )
    assert extract_entries(body, "关于调整化学和生物两用设备条目的公告").entries == ()


def test_materials_criteria_closed_by_a_comma_of_enumeration() -> None:
    """`2B350.a 全部…表面由下列任一材料制成、内部总容积大于0.1立方米…的反应器或反应容器：` + `（1）…合金；`: the
    materials are criteria; the reactor is the leaf."""
    body = (
        "第一部分 化学两用设备\n"
        "1.2B350.a 全部与被加工或被容纳的化学品直接接触的表面由下列任一材料制成、内部总容积大于0.1立方米（100升）的"
        "反应器或反应容器（带或不带搅拌器）（参考税则号列：84198990）：\n"
        "（1）镍含量大于25%且铬含量大于20%（按重量）的合金；\n"
        "（2）含氟聚合物。\n"
    )
    entries = extract_entries(body, "化学和生物两用设备条目").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("内部总容积大于0.1立方米（100升）的反应器或反应容器（带或不带搅拌器）", "2B350.a")
    ]


def test_points_added_under_a_quoted_heading_take_its_code() -> None:
    """`二、在…第10号第一款第(一)项"1C117.d.钨相关材料"中增加一目:` then `1.1.4偏钨酸铵…`: the quoted point's code."""
    body = '二、在商务部 海关总署公告2025年第10号第一款第(一)项"1C117.d.钨相关材料"中增加一目:\n1.1.4偏钨酸铵(纯度≥99.95%)。\n'
    (entry,) = extract_entries(body, "关于调整钽和钨相关物项出口管制的公告").entries
    assert (entry.name_zh, entry.control_code) == ("偏钨酸铵(纯度≥99.95%)", "1C117.d")


def test_corrections_of_other_notices_listed_under_an_intro_are_no_entries() -> None:
    """`二、对下列公告中的文字错误予以更正：` then `（一）…公告2025年第10号第一款第（一）项中的“…”更正为“…”` lines, and
    `（四）第一款后所附技术说明修改为：“…”`: words of other notices corrected, nothing newly controlled."""
    body = (
        "一、对下列物项实施出口管制：\n"
        "1.1C232 氦-3（参考海关商品编号：2845900090）。\n"
        "二、对下列公告中的文字错误予以更正：\n"
        "（一）商务部 海关总署公告2025年第10号第一款第（一）项中的“1.1 .1”更正为“1.1.1”。\n"
        "（二）商务部 海关总署公告2026年第1038号第一条第（二）项中的参考海关商品编号“2853909013”更正为“2853909031”。\n"
        "（三）第一款后所附技术说明修改为：“技术说明：‘特定无人驾驶航空飞行器’是指满足9A012项所列条件的飞行器。”\n"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["氦-3"]


def test_sub_lines_under_an_intro_acting_on_notices_are_no_entries() -> None:
    """`一、经评估，决定对下列公告作如下处理：` then `（一）…第57号第一款…暂停实施` / `（二）…第56号予以废止`: notices acted
    on, not goods; neither the intro's words (经评估) nor its lines are newly controlled."""
    body = (
        "一、经评估，决定对下列公告作如下处理：\n"
        "（一）商务部 海关总署公告2025年第57号第一款、第二款，自2028年5月1日起暂停实施，暂停期限为一年。\n"
        "（二）商务部 海关总署公告2025年第56号予以废止。\n"
    )
    assert extract_entries(body).entries == ()


def test_list_maintenance_lines_are_read_for_what_they_add_and_only_that() -> None:
    """Under `对《…清单》（…第51号附件1）作如下调整：`: a rewrite of an entry's words (1C234项中的“…”修改为“…”) and
    measures on parties (对列入…名单的上述2家实体，采取以下措施：) list nothing; an entry added in quotes by its code
    (“3A001 …（参考税则号列：85076000）。”) is the entry, with its code and HS code."""
    text = (
        "一、对《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1）"
        "作如下调整：\n"
        "（一）1C234项中的“小于1∶500”修改为“小于1∶1000”。\n"
        "（二）在第三类中增加一项，作为3A001项：\n"
        "“3A001 重量能量密度大于等于300 Wh/kg的可充放电锂离子电池（包含电芯和电池组）（参考税则号列：85076000）。”\n"
        "（三）1A202项中的“直径在75毫米至400毫米之间”，更正为“内径在75毫米至400毫米之间”。\n"
        "二、对列入出口管制管控名单的上述2家实体，采取以下措施：\n"
        "（一）禁止出口经营者向其出口两用物项；\n"
        "（二）境外组织和个人不得将原产于中华人民共和国的两用物项转移或者提供给上述实体。\n"
    )
    result = extract_entries(text, "商务部公告")
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in result.entries] == [
        ("重量能量密度大于等于300 Wh/kg的可充放电锂离子电池（包含电芯和电池组）", "3A001", ("85076000",))
    ]


def test_corrections_of_another_notice_s_points_list_nothing() -> None:
    """`（一）第一款第（一）项第1目“金属钐”的参考海关商品编号“2805301910”，调整为“2805301911”。` and `（二）第7项“物项名称”
    栏中的“盘件”，系“盘片”之误，予以更正。` under a heading naming the corrected notice: no entry."""
    text = (
        "一、对商务部 海关总署公告2025年第57号作如下更正：\n"
        "（一）第一款第（一）项第1目“金属钐”的参考海关商品编号“2805301910”，调整为“2805301911”。\n"
        "（二）第7项“物项名称”栏中的“盘件”，系“盘片”之误，予以更正。\n"
    )
    assert extract_entries(text, "商务部公告").entries == ()


def test_clauses_after_a_list_of_parties_and_lines_acting_on_parties_list_nothing() -> None:
    """`1．甲公司` … `2．乙公司` then `一、出口经营者向上述实体出口…` and `（三）…所列20家日本实体，自…起移出关注名单`: no entry."""
    text = (
        "商务部决定将下列2家外国实体列入关注名单：\n"
        "1．北岩光电测量有限公司\n"
        "2．塞尔维特精密轴承股份公司\n"
        "一、出口经营者向上述实体出口两用物项的，不得适用通用许可。\n"
        "二、商务部对涉及上述实体的出口申请，从严审查最终用户和最终用途。\n"
        "三、对此前公布的关注名单，作如下调整：\n"
        "（一）2026年2月24日公布的商务部公告2026年第12号所列20家日本实体，自2026年12月1日起移出关注名单。\n"
        "四、本公告自公布之日起施行。\n"
    )
    assert extract_entries(text, "商务部公告").entries == ()


def test_acts_on_a_target_s_clauses_under_a_heading_naming_it_list_nothing() -> None:
    """`一、商务部公告2025年第61号` then `（二）第七条及附件2《合规告知书》指引，予以撤销。` and `（一）第一条第（二）项
    （管制编码：1E902.b）自2036年4月1日零时起中止执行，截至2036年9月30日。`: acts on that notice, no entry."""
    text = (
        "一、商务部公告2025年第61号\n"
        "（二）第七条及附件2《合规告知书》指引，予以撤销。\n"
        "二、商务部公告2025年第62号\n"
        "（一）第一条第（二）项（管制编码：1E902.b）自2036年4月1日零时起中止执行，截至2036年9月30日。\n"
    )
    assert extract_entries(text, "商务部公告").entries == ()


@pytest.mark.parametrize(
    "line",
    [
        "一、在2025年第58号公告第一款第（二）项第4目“热压机”后，增加“（参考税则号列：84798999）”。",
        "二、商务部公告2025年第62号第一款第（一）项中的“及其载体；（管制编码：1E902.a）”，更正为“及其载体（管制编码：1E902.a）；”。",
        "（一）商务部公告2026年第1199号第一条，推迟至2038年10月1日起施行。",
        "（二）商务部 海关总署公告2026年第1196号第二条，自2038年9月1日起施行；商务部 工业和信息化部 海关总署公告2026年第1197号第二条同时废止。",
        "（一）商务部 海关总署公告2025年第55号的暂停期限，提前至2040年5月31日届满。",
    ],
)
def test_a_line_acting_on_another_notice_lists_nothing(line: str) -> None:
    """A line naming another notice by its number and stating an act on it is an act: the codes it quotes are
    the target's, corrected or supplied, and no entry of this notice."""
    assert extract_entries(line).entries == ()


def test_a_point_added_to_another_notice_is_still_listed() -> None:
    """`在…第（一）项中增加一目，作为第8目：` then the point: the point is an entry this notice adds."""
    text = "二、在商务部 海关总署公告2025年第57号第二款第（一）项中增加一目，作为第8目：\n8.含铒的激光材料。"
    assert [e.name_zh for e in extract_entries(text).entries] == ["含铒的激光材料"]


def test_criteria_and_purposes_in_other_verbs_and_examples_ending_in_等牌号() -> None:
    """`能够模拟下列所有飞行条件的环境试验箱：` is the criteria shape (the box is the leaf); `为模拟马赫数5以上流场环境的下列装置
    专门设计的X：a．…；b．…` the purpose shape (X is the leaf, the a./b. things its purposes); `（包括GH4169、GH3536等牌号）`
    lists examples and leaves the name."""
    criteria = "（二）9B106.a 能够模拟下列所有飞行条件的环境试验箱（参考税则号列：90312000）：\n1.高度达到15km或以上；\n2.温度范围覆盖223K以下。"
    purpose = (
        "（二）9B005.b 为模拟马赫数5以上流场环境的下列装置专门设计的在线（实时）控制系统（参考税则号列：90318090）："
        "a．热射风洞、等离子体电弧风洞；b．激波管、激波风洞。"
    )
    examples = "1.镍基高温合金粉末（包括GH4169、GH3536、GH3625等牌号），氧含量小于等于200ppm（参考税则号列：75040020）；"
    got = [
        [(e.name_zh, e.control_code) for e in extract_entries(t).entries]
        for t in (criteria, purpose, examples)
    ]
    assert got == [
        [("环境试验箱", "9B106.a")],
        [("在线（实时）控制系统", "9B005.b")],
        [("镍基高温合金粉末", None)],
    ]


def test_windows_moved_under_an_intro_list_nothing() -> None:
    """`一、下列措施的暂停期限予以调整：` then `（一）…提前至…届满` / `（三）…随同本条第（二）项一并延长`: acts on other notices'
    windows, none of them an entry."""
    text = (
        "一、下列措施的暂停期限予以调整：\n（一）商务部 海关总署公告2025年第55号的暂停期限，提前至2040年5月31日届满；\n"
        "（二）商务部 海关总署公告2025年第57号第四款的暂停期限，延长至2040年10月31日；\n"
        "（三）商务部公告2025年第62号的暂停期限，随同本条第（二）项一并延长。"
    )
    assert extract_entries(text).entries == ()


def test_acts_on_a_notice_named_before_or_under_its_heading_list_nothing() -> None:
    """Under `二、对…第33号作如下修改：` the lines name that notice's parts bare or by 该公告; `（五）前项所列公告…` names the
    notice of the line before: each line is an act on it, none an entry of this notice."""
    text = (
        "二、对商务部 海关总署公告2024年第33号作如下修改：\n"
        "（一）在第二款第（五）项后增加一项，作为第（六）项，内容与本公告第一条第（一）项所增加的第（六）项相同。\n"
        "（二）该公告第五款，按照本公告第一条第（二）项作相同修改。\n"
        "（三）该公告附件1《出口管制技术转让或者提供情况说明》填写指引，以本公告附件替换。\n"
        "三、对下列公告的有关内容予以调整：\n"
        "（四）商务部 海关总署公告2025年第58号第二条第（四）项第2目（高速混料机）予以删去。\n"
        "（五）前项所列公告第三条第（三）项中的“5m3”，均调整为“3m3”。\n"
    )
    assert extract_entries(text).entries == ()


def test_a_catalogue_entry_s_control_point_rewritten_or_points_added_after_a_deletion() -> None:
    """`将X（编号：…）控制要点2中的第（1）项修改为：` over the new words keeps X the entry (the words its spec), and
    `修改Y（编号：…）的控制要点：删去控制要点7…；新增：` then `9.…` `10.…` adds Y's points, numbered on, with Y's number —
    a deletion before the last ；-part does not make the lines below it a list of decontrolled items."""
    body = (
        "二、限制出口部分\n"
        "（一）化学原料和化学制品制造业\n"
        "1.将锂电池隔膜制备技术（编号：252605X）控制要点2中的第（1）项修改为：\n"
        "“（1）孔隙率≥45%的湿法隔膜制备工艺”。\n"
        "（二）有色金属冶炼和压延加工业\n"
        "2.修改稀有金属冶炼技术（编号：083202X）的控制要点：删去控制要点7“海绵钛制备技术”，原控制要点8改为控制要点7；新增：\n"
        "9.高纯铟提纯技术\n"
        "10.铼粉制备技术\n"
    )
    got = [(e.path, e.name_zh, e.control_code) for e in extract_entries(body).entries]
    assert got == [
        ("二/(一)/1", "锂电池隔膜制备技术", "252605X"),
        ("二/(二)/2/9", "高纯铟提纯技术", "083202X"),
        ("二/(二)/2/10", "铼粉制备技术", "083202X"),
    ]


def test_end_uses_form_fields_and_an_intro_of_changes_list_nothing() -> None:
    """An amendment adding an end use (`“（四）研发、生产…高性能计算设备。”`), rewriting a field of a form
    (`“3.技术来源：填写…的名称。”`) or introducing changes to other notices' words (`二、对下列内容予以调整：`) lists
    no controlled thing: no line of it is a "newly controlled" entry."""
    body = (
        "一、商务部公告2025年第61号\n"
        "（一）第四条增加一项，作为第（四）项：\n"
        "“（四）研发、生产可用于军事指挥系统的高性能计算设备。”\n"
        "（二）附件1填写指引第二部分第3项，修改为：“3.技术来源：填写拟出口技术的研发单位和取得方式。”\n"
        "二、对下列内容予以调整：\n"
        "（一）商务部 海关总署公告2025年第56号第一条第（三）项第3目中的“小于等于850 ℃”，修改为“小于等于900 ℃”。\n"
    )
    assert extract_entries(body).entries == ()


def test_tariff_lines_struck_out_or_added_to_a_point_list_nothing() -> None:
    """Under a heading naming the notice changed, `1.第3目参考海关商品编号中的“…”，予以删去` and `2.在第5目参考海关商品编号中
    增加“…”` change another notice's tariff lines: no new entry."""
    body = (
        "一、对《商务部 海关总署关于对镓、锗相关物项实施出口管制的公告》（商务部 海关总署公告2023年第23号）第一条第（一）项"
        "作如下修改：\n"
        "1.第2目修改为：\n"
        "“2.氮化镓（包括但不限于晶片、衬底等形态）（参考海关商品编号：2850001901、3818009001）。”\n"
        "2.第3目参考海关商品编号中的“3825690002”，予以删去。\n"
        "3.在第5目参考海关商品编号中增加“3818009090”。\n"
    )
    # (the rewritten point, quoted, is the one entry; the two tariff-line changes are none)
    assert [e.name_zh for e in extract_entries(body).entries] == ["氮化镓"]


def test_materials_purposes_end_uses_and_technical_notes_under_an_entry_are_not_entries() -> None:
    """`…全部表面由下列任一材料制成：1．…2．…` (what X is made of), `为生产下列任一推进剂而专门设计的X：1．…` (what X is for),
    `不得向下列最终用户或者为下列最终用途出口…：（一）…` (a rule's terms) and `技术说明：` then `1．“精度”…是指…` (a term
    defined): X is the entry each time, the sub-lines are none."""
    body = (
        "一、下列物项，未经许可，不得出口：\n"
        "（一）2B350.d 热交换器，传热表面积大于0.15平方米，与被处理化学品直接接触的全部表面由下列任一材料制成"
        "（参考海关商品编号：8419500090）：\n"
        "1．镍或镍含量（按重量）大于40%的合金；\n"
        "2．玻璃（包括玻璃化涂层或者玻璃衬里）。\n"
        "（二）1B115.b 为生产下列任一推进剂而专门设计的连续混合机（参考海关商品编号：8479820090）：\n"
        "1．复合固体推进剂；\n"
        "2．改性双基推进剂。\n"
        "技术说明：\n"
        "1．“精度”通常以不准确度衡量，是指指示值相对于真值的最大偏差。\n"
        "二、出口经营者不得向下列最终用户或者为下列最终用途出口本公告所列物项：\n"
        "（一）外国军事最终用户；\n"
        "（二）用于水下武器投送平台的研制。\n"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["热交换器", "连续混合机"]


def test_goods_named_by_the_notice_that_lists_them_are_no_leaves() -> None:
    # what resumes is another notice's list: its entries are that notice's, none is newly listed here
    body = (
        "一、自2027年6月1日起，下列物项恢复实施出口管制：\n"
        "（一）商务部 海关总署公告2025年第58号第一款第（二）项所列用于制造可充放电锂离子电池的设备，"
        "以及该公告第二款第（四）项所列用于制造正极材料的设备；\n"
        "（二）3C902.a 高压实密度磷酸铁锂（参考税则号列：28429090）。"
    )
    assert [(e.path, e.name_zh) for e in extract_entries(body).entries] == [("一/(二)", "高压实密度磷酸铁锂")]


def test_a_quoted_entry_closed_after_its_full_stop_ends_its_paragraph() -> None:
    # lines of a shared length make the text look wrapped; the renumbering printed after the quoted entry is
    # still no part of its name
    body = (
        "四、增加一款，作为第五款：“五、2C902.e.直径大于等于50mm的聚晶金刚石复合片。”\n"
        "原第五款改为第六款。\n"
        "本公告施行前已依据第55号公告颁发的两用物项出口许可证件，在有效期内继续有效。\n"
        "本公告自2027年1月15日起施行。第55号公告根据本公告作相应修改，重新公布。《中华人民共和国两用物项出口管制清单》同步予以更新。"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["直径大于等于50mm的聚晶金刚石复合片"]


@pytest.mark.parametrize(
    "line",
    [
        # a tariff reference added after quoted words of another notice's points
        "二、第57号公告第二款第(二)项、第三款第(二)项中“及其混合物”之后,分别增加“(参考税则号列:28469019)”。",
        # words of a list entry rewritten, said with 将
        "二、将1C241项中的“质量大于20千克”修改为“质量大于10千克”。",
    ],
)
def test_changes_to_words_of_entries_printed_elsewhere_list_nothing(line: str) -> None:
    body = "现对有关公告和《清单》作如下修改：\n一、将1C226项修改为：“1C226 钨合金制成的部件。”\n" + line
    assert [e.name_zh for e in extract_entries(body).entries] == ["钨合金制成的部件"]


def test_the_catch_all_of_a_list_of_documents_to_file_is_procedure() -> None:
    body = (
        "二、对商务部 海关总署公告2024年第33号作如下修改：\n"
        "（一）第二款增加一项，作为第（六）项：“（六）商务部要求提交的其他文件。”\n"
        "（二）将第一款第（一）项第4目修改为：“4.钐钴永磁材料（参考海关商品编号：8505111000）。”"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["钐钴永磁材料"]


@pytest.mark.parametrize(
    "line",
    [
        # a new item named after goods another notice lists, under an intro that controls it
        "（一）商务部 海关总署公告2023年第23号所列镓相关物项的提取、冶炼及提纯技术；",
        # goods whose names end as a list of documents' catch-all does
        "（一）含镓的其他材料；",
        "（一）与上述技术有关的工艺规程、设计图纸及其他资料；",
    ],
)
def test_goods_that_look_like_citations_or_paperwork_are_still_leaves(line: str) -> None:
    body = (
        f"一、对下列物项实施出口管制：\n{line}\n（二）3C902.a 高压实密度磷酸铁锂（参考税则号列：28429090）。"
    )
    names = [e.name_zh for e in extract_entries(body).entries]
    assert len(names) == 2 and names[1] == "高压实密度磷酸铁锂"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "（二）4A936.a.为组装下列任一物项而专门设计的液冷计算机柜：（1）数字计算机；（2）服务器。",
            "液冷计算机柜",
        ),
        (
            "（二）为测量下列任一物项周围声场而专门设计的水洞，其背景噪声小于100分贝：（1）推进系统模型；（2）壳体模型。",
            "水洞",
        ),
    ],
)
def test_purpose_lists_with_other_verbs_are_one_leaf(line: str, name: str) -> None:
    assert [e.name_zh for e in extract_entries(f"一、4A936 计算设备\n{line}").entries] == [name]


def test_an_attachment_titled_as_a_list_lists_its_numbered_lines_until_its_notes() -> None:
    """`部分…管制软件和技术清单` then `1.…`, `2.…`: an attachment whose title names a goods list lists its numbered
    lines, with no heading over them; lines numbered anew after `说明：` are its notes, and a party list's title
    (`出口管制管控名单`) lists no goods."""
    att = (
        "部分无人驾驶航空飞行器相关管制软件和技术清单\n"
        "1.专门设计用于无人驾驶航空飞行器的飞行控制软件\n"
        "2.可同时控制10架及以上无人驾驶航空飞行器协同飞行的集群控制软件\n"
        "说明：\n"
        "1.本清单所称软件，不包括随整机销售的固件。\n"
    )
    result = extract_entries(att, source="https://example.test/att1")
    assert [(e.name_zh, e.kind) for e in result.entries] == [
        ("专门设计用于无人驾驶航空飞行器的飞行控制软件", "software"),
        ("可同时控制10架及以上无人驾驶航空飞行器协同飞行的集群控制软件", "software"),
    ]
    parties = "出口管制管控名单\n1.甲公司（Alpha Inc.）\n2.乙公司（Beta LLC）\n"
    assert extract_entries(parties, source="https://example.test/att1").entries == ()


def test_a_table_of_entries_as_amended_names_them_by_their_new_description() -> None:
    """`序号 | 管制编码 | 修改后的描述 | 参考海关商品编号`: with no name column, the entry as it now reads names it."""
    body = (
        "《中华人民共和国两用物项出口管制清单》部分条目修改内容\n"
        "序号 | 管制编码 | 修改后的描述 | 参考海关商品编号\n"
        "1 | 6C002.a | 纯度大于等于99.9995%的金属碲 | 2804500001\n"
    )
    (entry,) = extract_entries(body, source="https://example.test/att1").entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == (
        "纯度大于等于99.9995%的金属碲",
        "6C002.a",
        ("2804500001",),
    )


def test_a_points_new_wording_under_its_notice_named_as_a_heading_is_an_entry() -> None:
    """Amendment decisions name each target as a heading (`一、商务部 海关总署公告2024年第33号（《…》）`) and rewrite its
    points under it (`（一）第一条第（一）项第3目修改为：“3.锑的氧化物…”`): the quoted point is an entry, as under
    `对…作如下修改：`; a deletion under the same heading is none."""
    body = (
        "二、商务部 海关总署公告2024年第33号（《关于对锑等物项实施出口管制的公告》）\n"
        "（一）第一条第（一）项第3目修改为：“3.锑的氧化物，纯度大于等于99.95%，包括但不限于粉末形态。"
        "（参考海关商品编号：2825800010）”\n"
        "（二）删去第一条第（二）项第6目。\n"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.path, entry.name_zh, entry.hs_codes) == ("二/(一)/3", "锑的氧化物", ("2825800010",))


def test_a_purpose_list_naming_its_things_by_any_noun_before_the_design_verb() -> None:
    """`（五）2B921 为下列任一机床专门设计的数控系统：` then `1.本条第（一）项所列数控车床；…`: the numerical control is the
    entry, the machines it serves are its purposes."""
    body = (
        "一、下列物项实施出口管制：\n"
        "（五）2B921 为下列任一机床专门设计的数控系统（参考税则号列：85371011）：\n"
        "1.本条第（一）项所列数控车床；\n2.本条第（二）项所列数控铣床或者加工中心。\n"
    )
    (entry,) = extract_entries(body).entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == ("数控系统", "2B921", ("85371011",))


def test_review_of_the_entry_rules_counter_examples() -> None:
    """Coded entries of the section before a table are no headings of it; an attachment listing notices or duties
    (`予以废止的公告目录`, `…合规审查要点清单`) lists no goods, and a one-line `注：` under an entry does not end the list;
    a table's superseded words (`原描述`) are no description."""
    above = (
        "一、锗相关物项\n（一）6C001.b 锗酸铋\n（二）6C002 区熔锗锭\n二、相关设备\n"
        "序号 | 物项名称 | 管制编码 | 海关商品编号\n1 | 锗单晶生长炉 | 6B001 | 8514109000\n"
    )
    assert [e.name_zh for e in extract_entries(above).entries] == ["锗酸铋", "区熔锗锭", "锗单晶生长炉"]
    source = "https://example.test/att1"
    notices = (
        "予以废止的公告目录\n1.关于对镓、锗相关物项实施出口管制的公告（商务部 海关总署公告2023年第23号）\n"
    )
    duties = "出口经营者内部合规审查要点清单\n1.建立出口管制内部合规制度\n2.设立专门的合规机构\n"
    assert extract_entries(notices, source=source).entries == ()
    assert extract_entries(duties, source=source).entries == ()
    noted = (
        "部分两用物项出口管制清单\n1.专门设计用于无人驾驶航空飞行器的飞行控制软件\n注：本项不包括随整机销售的固件。\n"
        "2.可同时控制10架以上无人驾驶航空飞行器的集群控制软件\n"
    )
    assert len(extract_entries(noted, source=source).entries) == 2
    amended = (
        "部分条目修改内容\n序号 | 管制编码 | 原描述 | 修改后的描述 | 参考海关商品编号\n"
        "1 | 6C002.a | 纯度大于等于99.999%的金属碲 | 纯度大于等于99.9995%的金属碲 | 2804500001\n"
    )
    (entry,) = extract_entries(amended, source=source).entries
    assert (entry.name_zh, entry.spec_zh) == ("纯度大于等于99.9995%的金属碲", None)


def test_a_table_printing_customs_codes_in_its_name_cell() -> None:
    """`序号 | 管制编码 | 调整方式 | 调整后条目内容` with `钨铼合金丝…（参考海关商品编号：8101960001）` in the content cell:
    the codes are the row's, out of its name, as on a list line."""
    table = (
        "《中华人民共和国两用物项出口管制清单》调整条目表\n序号 | 管制编码 | 调整方式 | 调整后条目内容\n"
        "3 | 1C917 | 增列 | 钨铼合金丝（参考海关商品编号：8101960001）。\n"
    )
    (entry,) = extract_entries(table, source="https://example.test/att1").entries
    assert (entry.name_zh, entry.control_code, entry.hs_codes) == ("钨铼合金丝", "1C917", ("8101960001",))


def test_catalogue_tables_with_the_code_in_the_name_cell_and_bare_category_lines() -> None:
    """`管制编码及物项名称 | 1C902.a 金属钐`: the code printed first in the name cell; codes wrapped over lines still open
    on 、 are the row's; `品种` names a chemical, and `第一类` alone on its line heads the rows below it; codes a remark
    says the row includes (`包括…单方制剂（单方制剂参考海关商品编号：…）`) are the row's too."""
    coded = (
        "部分稀土相关物项通用许可适用目录\n序号 | 管制编码及物项名称 | 参考海关商品编号 | 计量单位 | 备注\n"
        "5 | 1C902.b 氧化钐及其混合物 | 2846901940、 | 千克 | 纯度（按重量）小于99.99%的产品\n2846901993、\n3824999922\n"
    )
    (entry,) = extract_entries(coded, source="https://example.test/att1").entries
    assert (entry.name_zh, entry.control_code) == ("氧化钐及其混合物", "1C902.b")
    assert set(entry.hs_codes) == {"2846901940", "2846901993", "3824999922"}
    kinds = (
        "易制毒化学品进出口管理目录\n序号 | 品种 | 海关商品编号 | 备注\n第一类\n1 | 1-苯基-2-丙酮 | 2914310000 |\n"
        "2 | 麻黄素 | 2939410011 | 药品类；包括原料药及其单方制剂（单方制剂参考海关商品编号：3004410010）\n"
    )
    entries = extract_entries(kinds, source="https://example.test/att1").entries
    assert [(e.name_zh, e.category_zh) for e in entries] == [
        ("1-苯基-2-丙酮", "第一类"),
        ("麻黄素", "第一类"),
    ]
    assert set(entries[1].hs_codes) == {"2939410011", "3004410010"}


def test_a_table_of_goods_released_from_control_lists_no_entry() -> None:
    """`一、自2027年1月1日起，下列物项不再实施出口管制：` over a catalogue table: the rows leave control — reported for a
    human as a released list, never read as new controls."""
    body = (
        "一、自2027年1月1日起，下列物项不再实施出口管制：\n序号 | 商品名称 | 描述 | 海关商品编号 | 单位\n"
        "1 | 高锰酸钾 | 可用于制造毒品 | 2841610000 | 千克\n2 | 醋酸酐 | 可用于制造毒品 | 2915240000 | 千克\n"
    )
    result = extract_entries(body)
    assert result.entries == ()
    assert [n.why for n in result.not_items if n.line.startswith(("1 |", "2 |"))] == ["lifted", "lifted"]
    assert [i.code for i in result.issues] == ["lifted_list"]


def test_a_table_of_changes_names_each_row_by_its_new_wording_and_its_entry_number() -> None:
    """`序号 | 条目编号 | 原条目名称 | 调整方式 | 调整后内容 | 参考海关商品编号`: a row is the entry as it now reads (调整后内容),
    under the code printed as its entry number; the name it replaced describes nothing now, and a struck row
    (删去, no new wording) is no entry."""
    table = (
        "《中华人民共和国两用物项出口管制清单》调整内容\n"
        "序号 | 条目编号 | 原条目名称 | 调整方式 | 调整后内容 | 参考海关商品编号\n"
        "1 | 1C905.b | 氧化镝 | 修改为 | 氧化镝及其混合物 | 2846901950\n"
        "2 | 1C233 | 锂同位素分离设备 | 删去 |  |\n"
        "3 | 1C911.a |  | 增加 | 金属镥 | 28053019\n"
    )
    entries = extract_entries(table, source="https://example.test/att1").entries
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in entries] == [
        ("氧化镝及其混合物", "1C905.b", ("2846901950",)),
        ("金属镥", "1C911.a", ("28053019",)),
    ]


def test_review_tables_of_changes_whose_only_name_column_is_the_former_one_and_look_alikes() -> None:
    """A changes table printing only 原条目名称 (struck rows) still reads its rows as lifted, not as unread lines;
    原料名称 names a raw material (a name column like any); 条目编号 beside 实体名称 and 所在国家 is a party table, no goods."""
    struck = (
        "《中华人民共和国两用物项出口管制清单》调整内容\n序号 | 管制编码 | 原条目名称 | 调整方式 | 参考海关商品编号\n"
        "1 | 1C905.b | 氧化镝 | 删除 | 2846901950\n2 | 1C911.a | 金属镥 | 删除 | 28053019\n"
    )
    result = extract_entries(struck, source="https://example.test/att1")
    assert result.entries == ()
    assert [issue for issue in result.issues if issue.kind == "unread_line"] == []
    raw = "序号 | 原料名称 | 管制编码 | 海关商品编号\n1 | 氧化镝 | 1C905.a | 2846901950\n2 | 氧化铽 | 1C905.b | 2846901960\n"
    assert [e.name_zh for e in extract_entries(raw, source="https://example.test/att1").entries] == [
        "氧化镝",
        "氧化铽",
    ]
    parties = (
        "附件\n关注名单调整情况\n序号 | 条目编号 | 实体名称 | 所在国家\n"
        "1 | 7 | 东丽株式会社（Toray Industries, Inc.） | 日本\n2 | 12 | 斯巴鲁株式会社（SUBARU Corporation） | 日本\n"
    )
    assert extract_entries(parties, source="https://example.test/att1").entries == ()


def test_a_licence_catalogue_table_of_changes_names_rows_by_their_new_goods_name() -> None:
    """`序号 | 管制编码 | 原商品名称 | 调整方式 | 调整后商品名称 | 描述 | 海关商品编号 | 单位`: added rows (no former name) are
    read, and modified rows by their new name."""
    table = (
        "序号 | 管制编码 | 原商品名称 | 调整方式 | 调整后商品名称 | 描述 | 海关商品编号 | 单位\n"
        "1 | 1C117.d | 碳化钨 | 修改 | 碳化钨及碳化钨粉末 |  | 2849902000 | 千克\n"
        "2 | 1C117.e |  | 增列 | 钨丝 | 直径小于等于0.1毫米 | 8101960001 | 千克\n"
        "3 | 6C001.c | 三苯基铋 | 删除 |  |  | 2931900032 | 千克\n"
    )
    entries = extract_entries(table, source="https://example.test/p").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("碳化钨及碳化钨粉末", "1C117.d"),
        ("钨丝", "1C117.e"),
    ]


def test_rows_of_a_list_of_notices_repealed_with_the_verb_first_are_no_goods() -> None:
    """`一、决定废止下列公告或者其条款：` then `3.…2025年第10号第三条（铋相关物项）。`: a notice's clause, named by what it
    controlled — no entry."""
    text = (
        "一、决定废止下列公告或者其条款：\n"
        "1.商务部 海关总署公告2023年第23号（《关于对镓、锗相关物项实施出口管制的公告》）。\n"
        "2.商务部 海关总署公告2025年第10号第三条（铋相关物项）。\n"
    )
    assert extract_entries(text, source="https://example.test/p").entries == ()


def test_second_review_of_the_table_rules_counter_examples() -> None:
    """A former name column spelt 原中文名称 yields to 调整后中文名称; a goods table with a destination-country column is
    still a goods table."""
    changes = (
        "《中华人民共和国两用物项出口管制清单》调整内容\n序号 | 管制编码 | 原中文名称 | 调整方式 | 调整后中文名称 | 海关商品编号\n"
        "1 | 1C117.d | 碳化钨 | 修改 | 碳化钨及碳化钨粉末 | 2849902000\n2 | 1C117.e |  | 增列 | 钨丝 | 8101960001\n"
    )
    entries = extract_entries(changes, source="https://example.test/att1").entries
    assert [(e.name_zh, e.control_code) for e in entries] == [
        ("碳化钨及碳化钨粉末", "1C117.d"),
        ("钨丝", "1C117.e"),
    ]
    destined = (
        "序号 | 条目编号 | 商品名称 | 海关商品编号 | 出口目的国家（地区）\n"
        "1 | 1C117.d | 碳化钨 | 2849902000 | 美国\n2 | 1C117.e | 钨丝 | 8101960001 | 日本\n"
    )
    assert [e.name_zh for e in extract_entries(destined, source="https://example.test/att1").entries] == [
        "碳化钨",
        "钨丝",
    ]


def test_a_chemical_name_opening_on_n_comma_n_is_no_unit_after_a_code_level() -> None:
    """`107. 1C350.12 N,N-二异丙基-β-氨基乙硫醇` and `106. 1C350.11、1C350.54 N,N-…`: N,N- opens the chemical's name, so
    .12 and .54 are levels of the codes, not a quantity in newtons."""
    text = (
        "附件\n两用物项出口管制清单（1C350项）\n"
        "106. 1C350.11、1C350.54 N,N-二异丙基-β-氨基氯乙烷及其盐酸盐(CAS号:96-79-7、4261-68-1)\n"
        "107. 1C350.12 N,N-二异丙基-β-氨基乙硫醇(CAS号:5842-07-9)\n"
    )
    entries = extract_entries(text, source="https://example.test/att1").entries
    assert [(e.name_zh, e.control_codes or (e.control_code,)) for e in entries] == [
        ("N,N-二异丙基-β-氨基氯乙烷及其盐酸盐", ("1C350.11", "1C350.54")),
        ("N,N-二异丙基-β-氨基乙硫醇", ("1C350.12",)),
    ]


def test_a_clause_saying_where_the_adjusted_entries_are_printed_is_no_entry() -> None:
    """`一、1C350项调整后的条目（第96项至第108项）列于本公告之后，…` tells where the entries are; the numbered lines after it are
    the entries."""
    text = (
        "一、1C350项调整后的条目（第96项至第108项）列于本公告之后，上述清单中该项原有条目相应修改。\n"
        "二、本公告自2027年4月1日起施行。\n商务部\n2027年3月10日\n附件\n两用物项出口管制清单（1C350项）\n107. 1C350.12 N,N-二异丙基-β-氨基乙硫醇(CAS号:5842-07-9)\n"
    )
    assert [e.name_zh for e in extract_entries(text, source="https://example.test/p").entries] == [
        "N,N-二异丙基-β-氨基乙硫醇"
    ]


def test_third_review_of_the_table_and_list_rules_counter_examples() -> None:
    """A list of notices whose intro speaks of 技术 or 物项 lists notices, no goods; a party table with a 所在地区 column is
    no goods table."""
    notices = (
        "一、决定废止下列公告中有关技术出口的条款：\n"
        "1.商务部 海关总署公告2023年第23号第二条（镓、锗相关技术）。\n"
        "2.商务部 海关总署公告2025年第10号第三条（铋相关物项）。\n"
    )
    assert extract_entries(notices, source="https://example.test/p").entries == ()
    parties = (
        "附件\n管控名单调整内容\n序号 | 条目编号 | 中文名称 | 英文名称 | 所在地区\n"
        "1 | 1 | 汉翔航空工业股份有限公司 | Aerospace Industrial Development Corporation | 台湾地区\n"
    )
    assert extract_entries(parties, source="https://example.test/att1").entries == ()


def test_a_pdf_table_row_whose_cells_wrap_onto_lines_of_their_own() -> None:
    """`3 | 生产…的技术及资料 | 1E004、 | 工艺规范…` then `1E101.b`: the code cell's end; `1 | 稀土开采…稀土二次资源 | 1E902.a | …`
    then `回收利用相关技术及其载体 |  | 钕铁硼…`: every cell but the number wrapped in place, the name's end first."""
    table = (
        "部分稀土及金属相关技术出口管制目录\n序号 | 技术名称 | 编号 | 控制要点\n"
        "1 | 稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源 | 1E902.a | 相关技术及其载体；磁材制造技术指钐钴、\n"
        "回收利用相关技术及其载体 |  | 钕铁硼、铈磁体制造技术\n"
        "3 | 生产1C004、1C117.c项的技术及资料 | 1E004、 | 工艺规范、工艺参数、加工程序\n"
        "1E101.b\n"
        "4 | 生产6C002项的技术及资料 | 6E002 | 工艺规范、工艺参数、加工程序\n"
    )
    entries = extract_entries(table, source="https://example.test/att1").entries
    assert [(e.name_zh, e.control_codes or (e.control_code,)) for e in entries] == [
        ("稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用相关技术及其载体", ("1E902.a",)),
        ("生产1C004、1C117.c项的技术及资料", ("1E004", "1E101.b")),
        ("生产6C002项的技术及资料", ("6E002",)),
    ]


def test_fourth_review_an_intro_naming_goods_of_notices_lists_goods() -> None:
    """`一、停止执行下列公告中以下物项的出口管制措施：` then goods lines: the lines are goods (released), not notices."""
    text = "一、停止执行下列公告中以下物项的出口管制措施：\n1.金属镓（1C904.a）；\n2.氮化镓（1C904.b）。\n"
    result = extract_entries(text, source="https://example.test/p")
    assert [e.name_zh for e in result.entries] == ["金属镓", "氮化镓"]
    assert not any(item.why == "rule" for item in result.not_items)


def test_a_long_line_releasing_the_rows_of_the_table_below_lists_no_entry() -> None:
    """`一、自2027年6月1日起，下表所列物项不再实施出口管制，并从…公布的《…清单》（2027年版）中删除：` is longer than a list's
    title, and still says what the rows below undergo: released, never new controls. A long line announcing new
    controls beside another change (`对下列物项实施出口管制，同时取消…第3项的管制：`) keeps its rows as entries."""
    rows = "序号 | 物项名称 | 管制编码 | 参考海关商品编号\n1 | 锗酸铋 | 6C001.b | 2841900041\n2 | 三甲基铟 | 3C004.b | 2931900032\n"
    released = (
        "一、自2027年6月1日起，下表所列物项不再实施出口管制，并从商务部 工业和信息化部 海关总署 国家密码局公告2026年第2026号"
        "公布的《中华人民共和国两用物项出口管制清单》（2027年版）中删除：\n" + rows
    )
    result = extract_entries(released)
    assert result.entries == ()
    assert [n.why for n in result.not_items if n.line.startswith(("1 |", "2 |"))] == ["lifted", "lifted"]
    assert [i.code for i in result.issues] == ["lifted_list"]
    controlled = (
        "一、自2027年6月1日起，对下列物项实施出口管制，同时取消商务部 海关总署公告2025年第10号第三款第（三）项所列物项的"
        "出口管制措施：\n" + rows
    )
    assert [e.name_zh for e in extract_entries(controlled).entries] == ["锗酸铋", "三甲基铟"]


@pytest.mark.parametrize(
    "intro", ["废止下列公告和规范性文件：", "废止下列公告、文件：", "废止下列公告中的部分条目："]
)
def test_fifth_review_a_cleanup_intro_lists_notices_not_goods(intro: str) -> None:
    """`一、废止下列公告和规范性文件：` then `1.…第39号附件中的球化石墨（1C902.a）；`: the lines name parts of notices repealed,
    never new controls."""
    text = (
        f"现决定：\n一、{intro}\n1.商务部 海关总署公告2023年第39号附件中的球化石墨（1C902.a）；\n"
        "2.商务部 海关总署公告2023年第23号附件中的工业级无人机（9A901）。\n"
    )
    assert extract_entries(text).entries == ()


def test_uses_refused_under_an_intro_and_purposes_of_synthesis_are_no_entries() -> None:
    """`二、出口本公告第一款所列物项，拟用于下列用途的，商务部依法不予许可：` then `（一）军事用途…`: uses refused, a rule's
    terms, not goods; `2.为合成下列任一物项而专门设计的金刚石合成用组装块：` then `（1）…（2）…`: the assembly is the leaf, what it
    synthesises are its purposes."""
    refused = (
        "一、对下列物项实施出口管制：\n（一）石墨高温纯化设备。\n"
        "二、出口本公告第一款所列物项，拟用于下列用途的，商务部依法不予许可：\n"
        "（一）军事用途或者提升军事潜力；\n（二）大规模杀伤性武器及其运载工具的设计、研发、生产或者使用。\n"
    )
    assert [e.name_zh for e in extract_entries(refused).entries] == ["石墨高温纯化设备"]
    purposes = (
        "（二）超硬材料相关物项。\n2.为合成下列任一物项而专门设计的金刚石合成用组装块：\n"
        "（1）2C902.b项所列人造金刚石单晶；\n（2）立方氮化硼单晶。\n"
    )
    assert [e.name_zh for e in extract_entries(purposes).entries] == ["金刚石合成用组装块"]


@pytest.mark.parametrize(
    "intro",
    [
        "一、自2027年6月1日起，下表所列物项不再实施临时出口管制，正式列入《中华人民共和国两用物项出口管制清单》并实施出口管制：",
        "一、自2027年6月1日起，下表所列物项取消通用许可便利措施，出口经营者应当依照规定逐单申请两用物项出口许可证件：",
    ],
)
def test_sixth_review_a_long_intro_that_keeps_the_rows_controlled_lists_entries(intro: str) -> None:
    """Rows moved from temporary control onto the list, or losing a licensing facility, stay controlled: entries."""
    rows = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n1 | 高纯石墨 | 1C902.a | 3801909000 | 纯度大于99.99%\n"
        "2 | 人造石墨负极材料 | 1C902.b | 3801100090 | 比容量大于350mAh/g\n"
    )
    assert [e.name_zh for e in extract_entries(intro + "\n" + rows).entries] == [
        "高纯石墨",
        "人造石墨负极材料",
    ]


def test_scope_notes_prose_intros_deleted_sections_and_labelled_codes() -> None:
    """Learnt from the 285th and 288th batches: `（一）第10号公告第一条第（一）项所列碳化钨，不包括…` explains another notice's
    entry; numbered lines after a prose line announcing end uses (`…勾选拟出口物项的下列最终用途之一：`) are its terms; rows under
    `二、删除商品` leave the catalogue; `管制编码1C117.d` in a description cell is the row's code, and a `调整依据` cell naming
    the notice a control rests on makes no row lifted; `〔2026〕2092号公告第四条…规定的处理措施继续实施` is another notice's."""
    scope = "二、适用范围说明\n（一）第10号公告第一条第（一）项所列碳化钨，不包括1C226项下管制的碳化钨。\n"
    assert extract_entries(scope).entries == ()
    uses = (
        "三、石墨负极材料相关物项\n（一）3C901.b.1.人造石墨负极材料。\n"
        "出口经营者出口上述物项，应当申请许可。申请时，应当在申请表中勾选拟出口物项的下列最终用途之一：\n"
        "（一）新能源汽车动力电池生产；\n（二）电化学储能系统集成。\n"
    )
    assert [e.name_zh for e in extract_entries(uses).entries] == ["人造石墨负极材料"]
    table = (
        "一、新增商品\n序号 | 商品名称 | 描述 | 海关商品编号 | 单位 | 调整依据\n"
        "1 | 仲钨酸铵 | 管制编码1C117.d | 2841801000 | 千克 | 商务部 海关总署公告2025年第10号\n"
        "二、删除商品\n序号 | 商品名称 | 海关商品编号 | 单位 | 调整原因\n1 | 区熔锗锭 | 8112921090 | 千克 | 相关措施已停止实施\n"
    )
    assert [(e.name_zh, e.control_code) for e in extract_entries(table).entries] == [("仲钨酸铵", "1C117.d")]
    going_on = "三、对美国PVH集团：\n（三）〔2026〕2092号公告第四条第（二）项规定的处理措施继续实施。\n"
    assert extract_entries(going_on).entries == ()


@pytest.mark.parametrize(
    "intro",
    [
        "一、经国务院批准，自2027年1月1日起，下表所列物项解除出口管制，出口经营者出口下表所列物项无需申请两用物项出口许可：",
        "一、经国务院批准，自2027年1月1日起，下表所列物项移出管制清单，不再实施出口管制，出口经营者出口上述物项无需申请许可：",
    ],
)
def test_seventh_review_rows_released_under_a_long_intro_list_no_entry(intro: str) -> None:
    """Released rows (解除出口管制, 移出管制清单，不再实施出口管制) are no entries, whatever else the intro says."""
    rows = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n1 | 高纯石墨 | 1C902.a | 3801909000 | 纯度大于99.99%\n"
        "2 | 人造石墨负极材料 | 1C902.b | 3801100090 | 比容量大于350mAh/g\n"
    )
    assert extract_entries(intro + "\n" + rows).entries == ()


def test_seventh_review_a_scope_under_a_measure_going_on_and_codes_cited_in_descriptions() -> None:
    """`…第23号规定的出口管制措施继续实施，管制范围调整为下列物项：` lists goods; a code a description cites (管制编码1C117.c所列以外的…,
    由管制编码1C117.c项下…制成的) is no code of the row, one that labels the cell is."""
    goods = (
        "一、商务部 海关总署公告2023年第23号规定的出口管制措施继续实施，管制范围调整为下列物项：\n"
        "（一）金属镓（参考海关商品编号：8112929010）。\n（二）氮化镓（参考海关商品编号：2850001200）。\n"
    )
    assert [e.name_zh for e in extract_entries(goods).entries] == ["金属镓", "氮化镓"]
    table = (
        "一、新增商品\n序号 | 商品名称 | 描述 | 海关商品编号 | 单位\n"
        "1 | 钨粉 | 管制编码1C117.c所列以外的其他钨粉，粒度小于等于50微米 | 8101100000 | 千克\n"
        "2 | 钨条 | 由管制编码1C117.c项下钨粉烧结制成的钨条 | 8101940000 | 千克\n3 | 仲钨酸铵 | 管制编码1C117.d | 2841801000 | 千克\n"
    )
    assert [(e.name_zh, e.control_code) for e in extract_entries(table).entries] == [
        ("钨粉", None),
        ("钨条", None),
        ("仲钨酸铵", "1C117.d"),
    ]


def test_name_cells_wrapped_under_complete_descriptions_page_marks_and_ratios() -> None:
    """Learnt from the 290th batch: a short tail of Chinese words under a row whose description cell ends on a figure or
    Latin is the end of the name cell (`…化学气相沉` then `积（DCPCVD）设备`), also across a page break (`啶`, `第1页，共2页`, the
    header again); a page's number is no section of the table; a ratio after a code's point opens the name
    (1C916.a．2:17型钐钴永磁体: code 1C916.a)."""
    table = (
        "部分超硬材料相关物项清单\n序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n"
        "6 | 六面顶压机 | 2B901.a | 84798999 | 缸径大于等于500 mm\n- 1 -\n"
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n"
        "9 | 直流电弧等离子体喷射化学气相沉 | 2B901.c | 84798999 | 阳极与阴极间电流大于等于300 A\n积（DCPCVD）设备\n"
        "10 | 金刚石窗口材料 | 2C902.f | 71049110 | 曲面窗口\n"
    )
    found = extract_entries(table).entries
    assert [e.name_zh for e in found] == [
        "六面顶压机",
        "直流电弧等离子体喷射化学气相沉积（DCPCVD）设备",
        "金刚石窗口材料",
    ]
    assert {e.category_zh for e in found} == {"部分超硬材料相关物项清单"}
    paged = (
        "序号 | 品名 | CAS号 | 参考税则号列 | 备注\n4 | 1-叔丁氧羰基-4-苯胺基哌 | 125541-22-2 | 29333990 | 又称1-Boc-4-AP\n啶\n"
        "第1页，共2页\n序号 | 品名 | CAS号 | 参考税则号列 | 备注\n5 | 去甲芬太尼 | 1609-66-1 | 29333990 |\n"
    )
    assert [e.name_zh for e in extract_entries(paged).entries] == ["1-叔丁氧羰基-4-苯胺基哌啶", "去甲芬太尼"]
    ratio = "二、1C916 钐钴永磁材料\n（一）1C916.a．2:17型钐钴永磁体（参考海关商品编号：8505119000）。\n"
    assert [(e.name_zh, e.control_code) for e in extract_entries(ratio).entries] == [
        ("2:17型钐钴永磁体", "1C916.a")
    ]


def test_eighth_review_of_the_list_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 309: measure lines of a party (…规定的处理措施，继续实施。) are no
    goods; rows moved from temporary control into the list (…纳入《…清单》管理：) are entries; a labelled code with text after
    it is the row's; a level followed by a full-width colon keeps its level; a description going on (及以上…) and a next
    table's title or a signature stay out of a name; a header with no page number before it keeps no earlier title."""
    measures = (
        "一、对美国PVH集团：\n（一）〔2026〕2092号公告第四条第（一）项规定的处理措施，自本公告公布之日起暂停实施；\n"
        "（二）〔2026〕2092号公告第四条第（二）项规定的处理措施，继续实施。\n"
    )
    assert extract_entries(measures).entries == ()
    rows = "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n1 | 高纯石墨 | 1C904.a | 38011000 | 纯度大于等于99.9%\n"
    moved = (
        "一、自2027年1月1日起，下列物项不再实施临时出口管制，纳入《中华人民共和国两用物项出口管制清单》管理：\n"
        + rows
    )
    assert [e.control_code for e in extract_entries(moved).entries] == ["1C904.a"]
    labelled = (
        "序号 | 物项名称 | 海关商品编号 | 描述\n1 | 仲钨酸铵 | 2841801000 | 管制编码1C117.d，纯度大于等于99.9%\n"
        "2 | 碳化钨 | 2849902000 | 粒度小于等于50 μm（管制编码：1C226）\n"
    )
    assert [e.control_code for e in extract_entries(labelled).entries] == ["1C117.d", "1C226"]
    levels = "一、3A090 集成电路\n（一）3A090.a．1：10纳米及以下工艺节点的逻辑芯片（参考海关商品编号：8542319000）。\n"
    assert [(e.control_code, e.name_zh) for e in extract_entries(levels).entries] == [
        ("3A090.a.1", "10纳米及以下工艺节点的逻辑芯片")
    ]
    going_on = (
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n1 | 金刚石窗口材料 | 2C902.f | 71049110 | 曲面窗口；或直径3英寸及以上、"
        "可见光透过率65%\n及以上的平面单晶或多晶窗口\n2 | 稀土熔盐电解槽 | 2B902.d | 85433000 | 单槽电流强度大于等于10 kA\n"
        "稀土相关技术清单\n序号 | 技术名称 | 管制编码 | 参考税则号列 | 描述\n1 | 稀土冶炼分离技术 | 1E902.a |  |\n"
    )
    assert [e.name_zh for e in extract_entries(going_on).entries] == [
        "金刚石窗口材料",
        "稀土熔盐电解槽",
        "稀土冶炼分离技术",
    ]


def test_ninth_review_of_the_list_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 312: rows no longer put on the list (…不再纳入《…清单》管理：) are
    released; a code in a bracket that goes on (（管制编码1C117.c，纯度…）的等静压机) is no code of the row; a ratio printed with
    a full-width colon (2：17型) opens the name; a name's tail before the page's number ends the name."""
    rows = "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n1 | 高纯石墨 | 1C904.a | 38011000 | 纯度大于等于99.9%\n"
    released = (
        "一、自2027年1月1日起，下表所列物项不再实施出口管制，不再纳入《中华人民共和国两用物项出口管制清单》管理：\n"
        + rows
    )
    assert extract_entries(released).entries == ()
    cited = (
        "序号 | 商品名称 | 描述 | 海关商品编号 | 单位\n1 | 等静压机 | 专门设计用于压制钨粉末（管制编码1C117.c，纯度大于等于99.9%）的"
        "等静压机 | 8462290000 | 台\n"
    )
    assert [e.control_code for e in extract_entries(cited).entries] == [None]
    ratio = "一、1C916 稀土永磁材料\n（一）1C916.a．2：17型钐钴永磁体（参考海关商品编号：8505111000）。\n"
    assert [(e.control_code, e.name_zh) for e in extract_entries(ratio).entries] == [
        ("1C916.a", "2：17型钐钴永磁体")
    ]
    paged = (
        "稀土相关物项清单\n序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n"
        "1 | 离子型稀土矿智能连续除杂沉淀 | 2B902.b | 84198990 | 日处理浸出液量大于等于5000 m³\n设备\n— 3 —\n"
    )
    assert [e.name_zh for e in extract_entries(paged).entries] == ["离子型稀土矿智能连续除杂沉淀设备"]


def _named(text: str) -> list[tuple[str, str | None]]:
    return [(e.name_zh, e.control_code) for e in extract_entries(text).entries]


def test_pdf_tables_wrap_a_name_under_rows_ending_in_short_cells() -> None:
    """A PDF reader wraps a long name wherever the cell's width runs out, also where the row's later cells are short
    codes or empty: the lines between two rows (one, two or three of them, a page break too) end that name, and the
    rows after them stay rows of the table. A tail goes to the name when the name stops short of a noun it could end
    on and the remark is a whole phrase, or when the name is left open on 的; a short whole name keeps its place (a
    description's wrapped words stay the description's)."""
    table = (
        "部分无人驾驶航空飞行器及其部件出口管制清单\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
        "4 | 专门设计用于将有人驾驶航空器改装为第1 | 9A012．b．1 |  |\n项所列无人驾驶航空飞行器的设备及部件\n"
        "5 | 设计或改型后用于在15420米（50000 | 9A012．b．2 | 8407102010 |\n英尺）以上高空飞行的无人驾驶航空飞\n"
        "行器的吸气活塞式或转子式内燃发动机\n"
        "6 | 为第1项、第3项所列物项设计或改装的飞 | 7A116．a | 9014201000 | 含自动驾驶仪\n行控制系统\n第1页，共2页\n"
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
        "7 | 具有中空圆柱对称形态，内径大于等于100 | 1C226 | 81019910 | 专门设计用作砝码的\n"
        "毫米、质量大于20千克的 |  | 81019990 | 除外\n钨合金制件\n"
        "8 | 液体推进剂贮箱 | 9A120 | 93069000 | 用于能将至少500千克有效载荷运送至至少300千米\n射程的火箭系统\n"
    )
    assert _named(table) == [
        ("专门设计用于将有人驾驶航空器改装为第1项所列无人驾驶航空飞行器的设备及部件", "9A012.b.1"),
        (
            "设计或改型后用于在15420米（50000英尺）以上高空飞行的无人驾驶航空飞行器的吸气活塞式或转子式内燃发动机",
            "9A012.b.2",
        ),
        ("为第1项、第3项所列物项设计或改装的飞行控制系统", "7A116.a"),
        ("具有中空圆柱对称形态，内径大于等于100毫米、质量大于20千克的钨合金制件", "1C226"),
        ("液体推进剂贮箱", "9A120"),
    ]


def test_a_part_title_between_tables_and_a_continuation_that_kept_inner_blank_cells() -> None:
    """`…飞行器用` then `卫星导航接收设备` and `第二部分 删除条目` over the next part's header: the name's end, the list going
    on in another part. `行的…飞行器 |  | 8806241011、 | 无人驾驶飞艇` under a six-column row (序号, 原序号 dropped) fills the
    last columns: the remark's end is no part of the name; 修改后的备注 is the remarks column."""
    table = (
        "第一部分 增列条目\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
        "3 | 采用自适应天线的无人驾驶航空飞行器用 | 7A005．b | 8526919090 | 列入《清单》第二类\n卫星导航接收设备\n"
        "第三部分 修改条目\n序号 | 原序号 | 物项名称 | 管制编码 | 修改后的海关商品编号 | 修改后的备注\n"
        "1 | 1 | 在操作人员自然视距以外能够可控飞 | 9A012．a | 8806221011、 | 最大续航时间大于等于30分钟；含\n"
        "行的无人驾驶航空飞行器 |  | 8806241011 | 无人驾驶飞艇\n"
    )
    assert _named(table) == [
        ("采用自适应天线的无人驾驶航空飞行器用卫星导航接收设备", "7A005.b"),
        ("在操作人员自然视距以外能够可控飞行的无人驾驶航空飞行器", "9A012.a"),
    ]


def test_papers_to_attach_are_procedure_whatever_the_clause_names() -> None:
    """`…填写两用物项出口申请表，并随附下列材料：` names 两用物项 and 材料, yet its lines are documents to file."""
    text = (
        "一、本公告附件所列物项，未经许可，不得出口。\n"
        "二、出口经营者出口上述物项，应当向商务部提出申请，填写两用物项出口申请表，并随附下列材料：\n"
        "（一）拟出口物项的技术说明或者检测报告；\n（二）进口商和最终用户的情况介绍；\n"
        "（三）申请人的法定代表人的身份证明。\n"
    )
    assert extract_entries(text).entries == ()


def test_tenth_review_of_the_goods_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 313: a row's name cut by a page break (its tail printed after the
    page's number, before or after the header printed again) ends that row and the rows after it stay, in the section
    they stood in; a labelled code in a bracket with other labels after it is the row's; rows said to be already on the
    list (…不再实施临时出口管制，相关物项已列入《…清单》：) stay controlled."""
    header = "序号 | 物项名称 | 管制编码 | 参考海关商品编号 | 描述\n"
    first = "1 | 稀土永磁体用高性能晶界扩散 | 2B905.a | 84178090 | 温度均匀性优于±3℃\n"
    second = "2 | 稀土永磁体取向成型压机 | 2B905.b | 84624900 | 磁场强度大于等于2T\n"
    for broken in (f"— 1 —\n{header}设备\n", f"— 1 —\n设备\n{header}"):
        text = f"相关物项清单\n{header}二、稀土永磁设备\n{first}{broken}{second}"
        assert [(e.name_zh, e.category_zh) for e in extract_entries(text).entries] == [
            ("稀土永磁体用高性能晶界扩散设备", "稀土永磁设备"),
            ("稀土永磁体取向成型压机", "稀土永磁设备"),
        ], broken
    labelled = (
        "序号 | 商品名称 | 描述 | 海关商品编号 | 单位\n"
        "1 | 硼-10 | 硼-10同位素丰度高于其天然丰度的硼（管制编码：1C225；参考税则号列：28452000） | 2845200000 | 千克\n"
    )
    assert [(e.name_zh, e.control_code) for e in extract_entries(labelled).entries] == [("硼-10", "1C225")]
    moved = (
        "一、自2027年1月1日起，下表所列物项不再实施临时出口管制，相关物项已列入《中华人民共和国两用物项出口管制清单》：\n"
        "序号 | 物项名称 | 管制编码 | 参考税则号列 | 描述\n1 | 高纯石墨 | 1C904.a | 38011000 | 纯度大于等于99.9%\n"
    )
    result = extract_entries(moved)
    assert [e.name_zh for e in result.entries] == ["高纯石墨"] and not result.issues


def test_a_catalogues_notes_numbered_under_its_last_item_are_no_items() -> None:
    """`说明：` then `1.本附件中的条目编号，前两位为…` and `2.本附件未列明的条目…` after the last point of a technology list: the
    list's notes, which the outline would hang under that point."""
    text = (
        "《中国禁止出口限制出口技术目录》调整内容\n一、限制出口部分\n（一）新增条目\n1.精密测量技术（编号：253901X）\n"
        "控制要点：\n（1）灵敏度优于1飞特斯拉每根赫兹的原子磁力计制造技术；\n（2）冷原子干涉重力仪制造技术。\n说明：\n"
        "1.本附件中的条目编号，前两位为条目列入年份的代码，中间四位为所属行业及顺序号。\n2.本附件未列明的条目，按照《目录》现行内容执行。\n"
    )
    names = [e.name_zh for e in extract_entries(text, source="附件").entries]
    assert not any("条目编号" in name or "未列明" in name for name in names), names


def test_eleventh_review_of_the_goods_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 316: after a page's number, the next table's title (删除物项,
    附件2 and its list's title) is no tail of the last row, and 续表 goes on with the same table; a whole name (…陶瓷型芯,
    …金属钆铸锭) takes no heading as its end, and an unnumbered heading between rows (稀土靶材) heads the rows below;
    goods under 不得向境外提供下列材料： are goods; a name reaching its noun before the comma (…的转子，包括…) ends there."""

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(e.name_zh, e.category_zh) for e in extract_entries(text, "", source="att").entries]

    header = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
    deleted = f"增列物项\n{header}1 | 氘化锂 | 1C902.b | 28259000 | 含同位素富集品\n— 1 —\n删除物项\n{header}1 | 碳化硼粉末 | 1C904 | 28499090 | 民用广泛\n"
    assert [(e.name_zh, e.spec_zh) for e in extract_entries(deleted, "", source="att").entries] == [
        ("氘化锂", "含同位素富集品")
    ]
    first = "1 | 用于制造燃气涡轮发动机叶片的陶瓷型芯 | 9B001.b | 69091900 |\n— 1 —\n"
    two = f"附件1\n出口管制物项清单\n{header}{first}附件2\n临时管制物项清单\n{header}1 | 民用级红外热像仪机芯 |  | 90258000 | 临时管制\n"
    assert got(two) == [
        ("用于制造燃气涡轮发动机叶片的陶瓷型芯", "出口管制物项清单"),
        ("民用级红外热像仪机芯", "临时管制物项清单"),
    ]
    continued = (
        f"出口管制物项清单\n{header}{first}续表\n{header}2 | 民用级红外热像仪机芯 | 6A903 | 90258000 |\n"
    )
    assert got(continued) == [
        ("用于制造燃气涡轮发动机叶片的陶瓷型芯", "出口管制物项清单"),
        ("民用级红外热像仪机芯", "出口管制物项清单"),
    ]
    headed = f"出口管制物项清单\n{header}1 | 纯度大于等于99.9%的金属钆铸锭 | 1C902.b | 28053013 |\n稀土靶材\n2 | 钐钴合金靶材 | 1C902.c | 81129990 |\n"
    assert got(headed) == [
        ("纯度大于等于99.9%的金属钆铸锭", "出口管制物项清单"),
        ("钐钴合金靶材", "稀土靶材"),
    ]
    goods = (
        "一、未经许可，任何组织和个人不得向境外提供下列材料：\n（一）钐钴永磁材料（参考海关商品编号：8505111000）；\n"
        "（二）钕铁硼速凝合金薄片（参考海关商品编号：7202999000）。\n二、本公告自2026年10月1日起正式实施。\n"
    )
    assert [e.name_zh for e in extract_entries(goods).entries] == ["钐钴永磁材料", "钕铁硼速凝合金薄片"]
    rotor = "一、满足以下特性的物项，未经许可，不得出口：\n（一）用于气体离心机的转子，包括专门设计的波纹管组件（参考海关商品编号：8401400000）。\n"
    assert [(e.name_zh, e.spec_zh) for e in extract_entries(rotor).entries] == [
        ("用于气体离心机的转子", "包括专门设计的波纹管组件")
    ]


def test_twelfth_review_of_the_goods_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 318: a name ending on a noun may go on (…用锆合金 then 包壳管), a
    remark's end is the remark's (主要用于航空航天 then 伺服电机制造), a note between rows is a note — only a few words
    naming a kind of goods under a whole name with no remark head the rows below (稀土靶材); a list's notes printed before
    its parts head none of its items."""
    header = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"

    def got(text: str) -> list[tuple[str, str | None, str | None]]:
        return [
            (e.name_zh, e.category_zh, e.spec_zh) for e in extract_entries(text, "", source="att").entries
        ]

    rows = "2 | 铪金属 | 1C903 | 81129990 |\n3 | 铪粉 | 1C903 | 81129990 |\n"
    assert got(f"出口管制物项清单\n{header}1 | 核反应堆用锆合金 | 0C902 | 81092100 |\n包壳管\n{rows}")[0] == (
        "核反应堆用锆合金包壳管",
        "出口管制物项清单",
        None,
    )
    remark = f"{header}1 | 钐钴永磁体 | 1C902.a | 85051110 | 主要用于航空航天\n伺服电机制造\n2 | 钕铁硼永磁体 | 1C902.b | 85051110 |\n"
    assert got(remark) == [("钐钴永磁体", None, "主要用于航空航天伺服电机制造"), ("钕铁硼永磁体", None, None)]
    note = f"出口管制物项清单\n{header}1 | 锆合金管 | 0C902 | 81092100 |\n本项不管制民用锆合金管\n{rows}"
    assert {category for _, category, _ in got(note)} == {"出口管制物项清单"}
    notes_first = (
        "《中国禁止出口限制出口技术目录》调整内容\n说明：\n1.本附件中的条目编号，前两位为条目列入年份的代码。\n"
        "2.本附件未列明的条目，按照《目录》现行内容执行。\n一、限制出口部分\n1.精密测量技术（编号：253901X）\n控制要点：\n"
        "（1）灵敏度优于1飞特斯拉每根赫兹的原子磁力计制造技术；\n（2）冷原子干涉重力仪制造技术。\n"
    )
    names = [e.name_zh for e in extract_entries(notes_first, source="附件").entries]
    assert "冷原子干涉重力仪制造技术" in names and not any("条目编号" in name for name in names), names


def test_a_thing_designed_for_listed_functions_is_the_leaf() -> None:
    """`为实现下列任一功能而专门设计的机载数据链终端（…）：` then `（1）…遥控；（2）…跳频通信。`: the terminal is the leaf, the
    functions what it is for."""
    text = (
        "一、下列物项实施出口管制：\n1.为实现下列任一功能而专门设计的机载数据链终端（参考海关商品编号：8517623700）：\n"
        "（1）在操作人员自然视距以外进行遥控；\n（2）在电磁干扰环境下保持跳频通信。\n"
    )
    assert [(e.name_zh, e.hs_codes) for e in extract_entries(text).entries] == [
        ("机载数据链终端", ("8517623700",))
    ]


def test_a_heading_between_rows_names_a_kind_of_goods() -> None:
    """`…金属钆铸锭` then `稀土永磁体` (or 稀土抛光粉, 光刻胶, 高纯稀土氧化物) and more rows: a heading of the rows below, the name
    above whole."""
    header = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
    for heading in ("稀土永磁体", "稀土抛光粉", "光刻胶", "高纯稀土氧化物"):
        text = (
            f"出口管制物项清单\n{header}1 | 纯度大于等于99.9%的金属钆铸锭 | 1C902.b | 28053013 |\n{heading}\n"
            "2 | 钐钴合金靶材 | 1C902.c | 81129990 |\n3 | 镝铁合金 | 1C902.d | 81129990 |\n"
        )
        assert [(e.name_zh, e.category_zh) for e in extract_entries(text, "", source="att").entries] == [
            ("纯度大于等于99.9%的金属钆铸锭", "出口管制物项清单"),
            ("钐钴合金靶材", heading),
            ("镝铁合金", heading),
        ], heading


def test_a_name_cut_short_of_its_noun_ends_with_the_last_line_of_a_part_read_alone() -> None:
    """A part of an attachment read on its own (第一部分 增列条目 and its table, cut before 第二部分) may end on the wrapped end
    of its last row's name (…飞行器用 then 卫星导航接收设备): that row's name, not a line dropped."""
    text = (
        "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
        "3 | 采用自适应天线的无人驾驶航空飞行器用 | 7A005．b | 8526919090 | 列入《清单》第二类\n卫星导航接收设备\n"
    )
    assert [e.name_zh for e in extract_entries(text, "", source="att").entries] == [
        "采用自适应天线的无人驾驶航空飞行器用卫星导航接收设备"
    ]


def test_fourteenth_review_of_table_wraps_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 322: a bare kind word under a name that ended on a material is
    that name's end (…的钐钴合金 then 永磁体), not a heading; a name ending on a material is whole, so the last line of a part
    (相关技术, a signing office) and a remark's wrapped end (…航空航天 then 发动机部件) are not added to it."""
    header = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"

    def rows(text: str) -> list[tuple[str, str | None]]:
        return [(e.name_zh, e.category_zh) for e in extract_entries(text, "", source="att").entries]

    for tail in ("永磁体", "磁粉"):
        assert rows(
            f"出口管制物项清单\n{header}2 | 矫顽力大于等于2000kA/m的钐钴合金 | 1C902.a | 85051190 |\n{tail}\n"
            "3 | 镝铁合金 | 1C902.d | 81129990 |\n"
        ) == [
            (f"矫顽力大于等于2000kA/m的钐钴合金{tail}", "出口管制物项清单"),
            ("镝铁合金", "出口管制物项清单"),
        ], tail
    graphite = "5 | 高纯度、高密度、高强度的等静压石墨 | 1C107 | 38011000 |"
    for after in ("\n相关技术\n", "\n出口管制工作协调机制办公室\n", " 主要用于制造航空航天\n发动机部件\n"):
        assert [name for name, _ in rows(header + graphite + after)] == [
            "高纯度、高密度、高强度的等静压石墨"
        ], after


def test_a_wrapped_name_before_a_section_of_the_table_and_a_continuation_before_its_codes() -> None:
    """Learnt from dev's composed tables: `…的连续式石墨 | 85141090 | …` then `化炉` and `二、修改条目` over the next row is the
    name's end (the word goes on by a suffix), and the next row is kept; `…及其混 | 1C902.c | 2846902810、 |` then
    `合物 | 2846903910、` puts the words before the codes in the name, not the remarks."""
    changes = (
        "序号 | 调整方式 | 原条目 | 管制编码 | 物项名称 | 参考税则号列 | 调整理由\n一、新增条目\n"
        "3 | 新增 | 第三款 | 3B901.c.3 | 用于生产石墨负极材料的连续式石墨 | 85141090 | 已成为替代间歇式石墨化炉的主流工艺装备\n化炉\n"
        "二、修改条目\n4 | 修改 | 第一款第（一）项 | 3A001 | 可充放电锂离子电池（包含电芯和电池组） | 85076000 | 调整能量密度指标\n"
    )
    assert [(e.name_zh, e.category_zh) for e in extract_entries(changes, "", source="att").entries] == [
        ("用于生产石墨负极材料的连续式石墨化炉", "新增条目"),
        ("可充放电锂离子电池（包含电芯和电池组）", "修改条目"),
    ]
    wrapped = (
        "序号 | 物项名称 | 管制编码 | 参考海关商品编号 | 备注\n"
        "6 | 含钐的化合物及其混 | 1C902.c | 2846902810、2846902910、 |\n合物 | 2846903910、2846904820、\n"
        "7 | 金属钆 | 1C903.a | 2805301910 |\n"
    )
    entries = extract_entries(wrapped, "", source="att").entries
    assert [(e.name_zh, len(e.hs_codes)) for e in entries] == [("含钐的化合物及其混合物", 4), ("金属钆", 1)]


def test_last_rows_wrapped_on_a_chemical_class_or_a_wheel_and_a_criteria_name_cell() -> None:
    """Learnt from the 317th batch: `…1-苯基-2-溴-1-丙 | … | 又称2-溴苯丙酮` then `酮` and `…的人造金刚 | 68042110` then `石砂轮` as
    a table's last lines end the name; a name cell opening on 具有下列所有特性的 names the thing after it."""
    precursors = (
        "序号 | 品种名称 | CAS号 | 商品编号 | 备注\n7 | 1-叔丁氧羰基-4-哌 | 79099-07-3 | 2933399099 | \n啶酮\n"
        "8 | 1-苯基-2-溴-1-丙 | 2114-00-3 | 2914790090 | 又称2-溴苯丙酮\n酮\n"
    )
    assert [e.name_zh for e in extract_entries(precursors, "", source="att").entries] == [
        "1-叔丁氧羰基-4-哌啶酮",
        "1-苯基-2-溴-1-丙酮",
    ]
    wheel = (
        "序号 | 调整方式 | 管制编码 | 物项名称 | 海关商品编号\n8 | 增列 | 2C902.d | 金刚石平均粒度小于等于5μm且最高工作线速度"
        "大于等于40m/s的人造金刚 | 68042110\n石砂轮\n"
    )
    assert [e.name_zh for e in extract_entries(wheel, "", source="att").entries] == [
        "金刚石平均粒度小于等于5μm且最高工作线速度大于等于40m/s的人造金刚石砂轮"
    ]
    kiln = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 主要技术指标\n3 | 具有下列所有特性的稀土用焙烧窑 | 2B901 | 84178090 | 1.…\n"
    assert [e.name_zh for e in extract_entries(kiln, "", source="att").entries] == ["稀土用焙烧窑"]


def test_fifteenth_review_of_table_wraps_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 323: a material's compound wrapped as a part's last line goes
    on (…高比重钨 then 合金, …的碳 then 纤维复合材料); a short category under a short material name heads the rows below
    (钐钴合金 then 化合物), as only a long name can have wrapped."""
    header = "序号 | 物项名称 | 管制编码 | 海关商品编号 | 备注\n"
    for name, tail in (
        ("采用粉末冶金工艺制备的高比重钨", "合金"),
        ("用于火箭发动机喷管的碳", "纤维复合材料"),
    ):
        entries = extract_entries(
            f"{header}5 | {name} | 1C117 | 81019400 |\n{tail}\n", "", source="att"
        ).entries
        assert [e.name_zh for e in entries] == [name + tail], name
    rows = extract_entries(
        f"{header}2 | 钐钴合金 | 1C902.a | 81129990 |\n化合物\n3 | 氧化钐 | 1C902.c | 28469019 |\n",
        "",
        source="att",
    ).entries
    assert [(e.name_zh, e.category_zh) for e in rows] == [("钐钴合金", None), ("氧化钐", "化合物")]


def test_a_crucible_for_pulling_listed_crystals_and_an_entry_added_by_name() -> None:
    """Learnt from the 320th batch: 为拉制下列任一物项而专门设计的高纯石英坩埚： then (1)…(2)… is one leaf, the crystals what it
    is for; 增加“X（编号：…）”条目 / 增加X（编号：…）条目 names X, not its quotes and the word 条目."""
    crucible = (
        "一、满足以下特性的物项，未经许可，不得出口：\n（一）高纯石英相关物项。\n"
        "1.为拉制下列任一物项而专门设计的高纯石英坩埚（参考税则号列：70200019）：\n（1）直径大于等于300毫米的单晶硅棒；\n"
        "（2）锗单晶。\n"
    )
    assert [e.name_zh for e in extract_entries(crucible).entries] == ["高纯石英坩埚"]
    catalogue = (
        "二、限制出口部分\n（四）计算机服务业\n7.增加“大模型训练数据合成技术(编号:266501X)”条目,控制要点为:用于生成大语言模型"
        "预训练数据的数据合成技术。\n8.增加光伏硅片制备技术(编号:263501X)条目。\n"
    )
    names = [e.name_zh for e in extract_entries(catalogue, source="附件").entries]
    assert "大模型训练数据合成技术" in names and "光伏硅片制备技术" in names, names


def test_sixteenth_review_of_table_wraps_counter_examples() -> None:
    """A second reader's case against PARSER_VERSION 324: a name ending on a chemical class may still go on at a table's
    last line (…2-丙酮 then 缩水甘油酸)."""
    text = "序号 | 品种名称 | CAS号 | 商品编号 | 备注\n7 | 3,4-亚甲基二氧苯基-2-丙酮 | 13605-48-6 | 2932999099 | \n缩水甘油酸\n"
    assert [e.name_zh for e in extract_entries(text, "", source="att").entries] == [
        "3,4-亚甲基二氧苯基-2-丙酮缩水甘油酸"
    ]


def test_a_chemicals_remark_wrapped_stays_the_remarks() -> None:
    """A second reader's case against PARSER_VERSION 325: `…2-丙酮 | … | 包括其` then `可能存在的盐` — a chemical's name
    beside a remark, the line is the remark's end."""
    text = (
        "序号 | 品种名称 | CAS号 | 商品编号 | 备注\n1 | 3,4-亚甲基二氧苯基-2-丙酮 | 4676-39-5 | 2932999099 | 包括其\n可能存在的盐\n"
        "2 | N-苯乙基-4-哌啶酮 | 39742-60-4 | 2933399099 |\n"
    )
    assert [e.name_zh for e in extract_entries(text, "", source="att").entries] == [
        "3,4-亚甲基二氧苯基-2-丙酮",
        "N-苯乙基-4-哌啶酮",
    ]


def test_a_chemicals_name_wraps_beside_a_whole_remark() -> None:
    """A second reader's case against PARSER_VERSION 326: `…2-丙酮 | … | 包括其可能存在的盐` (a whole remark) then `缩水甘油酸` —
    the name goes on; only a remark left open (包括其) takes the line."""
    text = (
        "序号 | 品种名称 | CAS号 | 商品编号 | 备注\n7 | 3,4-亚甲基二氧苯基-2-丙酮 | 13605-48-6 | 2932999099 | 包括其可能存在的盐\n"
        "缩水甘油酸\n8 | 胡椒醛 | 120-57-0 | 2932930000 |\n"
    )
    assert [e.name_zh for e in extract_entries(text, "", source="att").entries] == [
        "3,4-亚甲基二氧苯基-2-丙酮缩水甘油酸",
        "胡椒醛",
    ]


def test_codes_closing_a_line_of_inline_sub_items_are_each_sub_items() -> None:
    """Learnt from the 326th batch: `…的下列集成电路：a．微处理器；b．微控制器；c．…存储器；d．数模转换器（参考税则号列：
    85423190、85423290、85423990）。` — the codes closing the line are every sub-item's."""
    text = (
        "一、下列物项实施出口管制：\n（二）3A001.a.2．额定在环境温度高于398K（125℃）工作的下列集成电路：a．微处理器；b．微控制器；"
        "c．由化合物半导体制造的存储器；d．数模转换器（参考税则号列：85423190、85423290、85423990）。\n"
    )
    entries = extract_entries(text).entries
    assert [(e.name_zh, e.hs_codes) for e in entries] == [
        (name, ("85423190", "85423290", "85423990"))
        for name in ("微处理器", "微控制器", "由化合物半导体制造的存储器", "数模转换器")
    ]


def test_a_chemicals_remark_wrapped_mid_word_stays_the_remarks() -> None:
    """A second reader's case against PARSER_VERSION 328: `…2-丙酮 | … | 包括其可能存在的盐和光学异` then `构体` — beside a
    remark, a chemical's name takes only a line ending on a chemical's class."""
    text = (
        "序号 | 品种名称 | CAS号 | 商品编号 | 备注\n7 | 3,4-亚甲基二氧苯基-2-丙酮 | 4676-39-5 | 2932999099 | 包括其可能存在的盐和光学异\n"
        "构体\n8 | 胡椒醛 | 120-57-0 | 2932930000 |\n"
    )
    assert [e.name_zh for e in extract_entries(text, "", source="att").entries] == [
        "3,4-亚甲基二氧苯基-2-丙酮",
        "胡椒醛",
    ]


def test_purposes_after_several_verbs_and_exclusions_under_a_note() -> None:
    """为研制、生产或使用下列任一物项而专门设计或改进的软件： names 软件 (its lines are purposes, whatever verbs precede 下列);
    注：本款第（一）项不包括下列物项： excludes the lines under it, which are no entries."""
    body = (
        "一、对下列物项实施出口管制：\n（三）软件\n1.5D002.a 为研制、生产或使用下列任一物项而专门设计或改进的软件：\n"
        "（1）本款第（一）项所列物项；\n（2）本款第（二）项所列设备。\n（四）技术\n"
        "1.5E002.a 用于研制、生产或使用本款第（一）项所列物项的技术。\n注：本款第（一）项不包括下列物项：\n"
        "1.密码功能仅限于身份认证或者数字签名的智能卡及其读写设备；\n2.专门设计用于银行业务的设备。\n"
    )
    result = extract_entries(body)
    assert [(e.name_zh, e.control_code) for e in result.entries] == [
        ("软件", "5D002.a"),
        ("用于研制、生产或使用本款第（一）项所列物项的技术", "5E002.a"),
    ]
    assert {n.line[:4]: n.why for n in result.not_items if n.line.startswith(("1.密码", "2.专门"))} == {
        "1.密码": "rule",
        "2.专门": "rule",
    }


def test_a_purpose_naming_the_listed_things_by_a_long_noun() -> None:
    """2.为下列任一无人驾驶航空飞行器专门设计的飞行控制系统或自动驾驶仪（…）： then (1)(2): the control system is the leaf, the
    aircraft it is designed for are its purposes."""
    body = (
        "一、满足以下特性的物项，未经许可，不得出口：\n（一）无人驾驶航空飞行器相关部件。\n"
        "1.为下列任一无人驾驶航空飞行器专门设计的飞行控制系统或自动驾驶仪（参考海关商品编号：9014201000）：\n"
        "（1）最大续航时间大于等于1小时的无人驾驶航空飞行器；\n（2）最大起飞重量大于150千克（kg）的无人驾驶航空飞行器。\n"
    )
    entries = extract_entries(body).entries
    assert [(e.path, e.name_zh) for e in entries] == [("一/(一)/1", "飞行控制系统或自动驾驶仪")]


def test_lines_under_an_intro_saying_they_fall_outside_control_list_nothing() -> None:
    """下列消费级无人驾驶航空器及其零部件，不属于本公告第一条规定的管制范围： then (一)…: what the notice does not control, however
    long the words between 下列 and 不属于."""
    body = (
        "二、下列消费级无人驾驶航空器及其零部件，不属于本公告第一条规定的管制范围：\n"
        "（一）最大起飞重量小于等于4千克（kg）、最大飞行半径小于等于8千米（km）的航拍无人驾驶航空器；\n"
        "（二）无外部挂载接口、随整机一并销售的一体化云台相机。\n"
    )
    result = extract_entries(body)
    assert list(result.entries) == []
    assert [n.why for n in result.not_items] == ["rule", "rule", "rule"]


def test_ditto_cells_of_a_goods_table_repeat_the_row_above() -> None:
    """`2 | 氧化钨 | 同上 | …` / `5 | 钨镍铜合金 | 同上 | 同上 | 同上`: a 同上 cell of the code, customs-code or description column
    holds what the row above prints there."""
    body = (
        "附件\n部分稀有金属相关两用物项清单\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n"
        "1 | 仲钨酸铵 | 1C117.d | 2841801000 |\n2 | 氧化钨 | 同上 | 2825901200、2825901910 |\n"
        "3 | 钨镍铁合金 | 1C004 | 8101940001、8101991001 | 密度大于17.5g/cm3\n4 | 钨镍铜合金 | 同上 | 同上 | 同上\n"
    )
    assert [(e.name_zh, e.control_code, e.hs_codes) for e in extract_entries(body).entries] == [
        ("仲钨酸铵", "1C117.d", ("2841801000",)),
        ("氧化钨", "1C117.d", ("2825901200", "2825901910")),
        ("钨镍铁合金", "1C004", ("8101940001", "8101991001")),
        ("钨镍铜合金", "1C004", ("8101940001", "8101991001")),
    ]


def test_a_ditto_under_a_row_printing_nothing_repeats_nothing() -> None:
    """`2 | 钨合金生产技术 | 1E001 | — |` then `3 | … | 同上 | 同上 |`: the customs codes repeated are the row above's (none), not
    two rows up."""
    body = (
        "附件\n清单\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n1 | 仲钨酸铵 | 1C117.d | 2841801000 |\n"
        "2 | 钨合金生产技术 | 1E001 | — |\n3 | 钨粉末冶金技术 | 同上 | 同上 |\n"
    )
    assert [(e.control_code, e.hs_codes) for e in extract_entries(body).entries][1:] == [
        ("1E001", ()),
        ("1E001", ()),
    ]


def test_a_ditto_under_an_empty_cell_repeats_the_value_above_it() -> None:
    """An empty cell (a merged one, as an XLSX extract prints it) leaves the value above, which a 同上 under it repeats — never
    the word 同上 itself."""
    body = (
        "附件\n清单\n序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述\n1 | 仲钨酸铵 | 1C117.d | 2841801000 | 纯度大于99%\n"
        "2 | 氧化钨 | 同上 | 2825901200 | \n3 | 碳化钨 | 同上 | 2849902000 | 同上\n"
    )
    assert [(e.control_code, e.spec_zh) for e in extract_entries(body).entries] == [
        ("1C117.d", "纯度大于99%"),
        ("1C117.d", None),
        ("1C117.d", "纯度大于99%"),
    ]


def test_an_entry_rewritten_in_full_code_first_is_read_as_the_entry() -> None:
    """`二、将《清单》1C116项修改为：` then `1C116 马氏体时效钢，…`: the entry printed anew on the lines below the act — the
    lines are the entry, as a quoted coded rewrite is; the act alone (no code-first line under it) names nothing."""
    body = (
        "一、将《清单》1C004项修改为：\n1C004 具有下列所有特性的钨镍铁合金：\na．密度大于17.5g/cm3；\nb．延伸率大于8%。\n"
        "二、将商务部 海关总署公告2026年第21号附件中的1C116项修改为：\n"
        "1C116 马氏体时效钢，在293K时测得的极限抗拉强度大于等于1500MPa。\n"
        "三、将《清单》1C117项中的“97%”修改为“98%”。\n"
    )
    result = extract_entries(body)
    assert [(e.control_code, e.name_zh) for e in result.entries] == [
        ("1C004", "钨镍铁合金"),
        ("1C116", "马氏体时效钢"),
    ]
    assert "密度大于17.5g/cm3" in (result.entries[0].spec_zh or "")


def test_lettered_sub_items_of_a_code_first_line_take_its_code_and_their_letter() -> None:
    """`1C240 镍粉和多孔镍金属，如下：` then `a．…`: the consolidated list's layout names a sub-item by the head's code and
    its letter (the list cites `1C240.a`); a numbered head (`（二）3C901.a.2.…：` then `a. …`) passes its code down."""
    body = (
        "一、将《清单》1C240项修改为：\n1C240 镍粉和多孔镍金属，如下：\na．镍纯度大于等于99.0%的镍粉；\n"
        "b．由1C240.a项所列材料制成的多孔镍金属。\n"
        "二、锂电池相关物项\n（二）3C901.a.2.三元正极材料的前驱体相关物项：\na．镍钴锰氢氧化物；\nb．镍钴铝氢氧化物。\n"
    )
    assert [e.control_code for e in extract_entries(body).entries] == [
        "1C240.a",
        "1C240.b",
        "3C901.a.2",
        "3C901.a.2",
    ]


def test_a_note_lettering_its_exclusions_anew_lists_no_items() -> None:
    """`注：1C240不管制下列物项：` then `a．丝状镍粉；b．…` under the entry's own `a．…b．…`: lettered anew from a, the lines
    are the note's exclusions — never controlled items, never lines left unread; a letter going on (`c．`) after a note
    that introduces nothing is the entry's next sub-item."""
    body = (
        "一、将《清单》1C240项修改为：\n1C240 镍粉和多孔镍金属，如下：\na．镍纯度大于等于99.0%的镍粉；\n"
        "b．由1C240.a项所列材料制成的多孔镍金属。\n注：1C240不管制下列物项：\na．丝状镍粉；\nb．单片面积小于等于1000cm²的多孔镍片。\n"
        "二、将《清单》3A233项修改为：\n3A233 质谱仪，如下：\na．电感耦合等离子体质谱仪；\n注：本项包括配套的离子源。\n"
        "b．辉光放电质谱仪。\n"
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == [
        "镍纯度大于等于99.0%的镍粉",
        "由1C240.a项所列材料制成的多孔镍金属",
        "电感耦合等离子体质谱仪",
        "辉光放电质谱仪",
    ]
    assert not [i for i in result.issues if i.code == "unread_line"]


def test_cases_a_second_reader_built_against_parser_version_392() -> None:
    """A note lettering its exclusions anew after the entry's single a．, or ending the note on 。 before the entry's next
    letter; an entry rewritten as 【保留】 or 已删除; codes sharing one 项; a code-first head's sub-points under a．; a dotted
    head passing its code down."""

    def read(body: str) -> list[tuple[str | None, str]]:
        return [(e.control_code, e.name_zh) for e in extract_entries(body).entries]

    single = (
        "一、将《清单》1C240项修改为：\n1C240 镍粉和多孔镍金属，如下：\na．平均粒度小于10μm的镍粉。\n"
        "注：1C240不管制下列物项：\na．丝状镍粉；\nb．多孔镍片。\n二、本公告自公布之日起施行。"
    )
    assert read(single) == [("1C240.a", "平均粒度小于10μm的镍粉")]
    going_on = (
        "一、在《清单》中增列下列条目：\n1A002 复合结构或层压制品，如下：\na．由有机基体制成的；\nb．由金属基体制成的；\n"
        "注：1A002.b项不管制下列物项：\na．体育用品；\nb．汽车工业用品。\nc．由碳基体制成的。\n二、本公告自公布之日起施行。"
    )
    assert [name for _, name in read(going_on)] == ["由有机基体制成的", "由金属基体制成的", "由碳基体制成的"]
    numbered = (
        "一、对下列物项实施出口管制：\n1．金属铟锭；\n2．磷化铟；\n注：第2项不管制同时符合下列条件的物项：\n1．纯度低于99.99%；\n"
        "2．单件重量小于10克。\n3．氧化铟锡靶材。\n二、本公告自公布之日起施行。"
    )
    assert [name for _, name in read(numbered)] == ["金属铟锭", "磷化铟", "氧化铟锡靶材"]
    for emptied in ("1C240 【保留】", "1C240 已删除。"):
        assert read(f"一、将《清单》1C240项修改为：\n{emptied}\n二、本公告自公布之日起施行。") == []
    shared = "一、将《清单》1C239、1C240项修改为：\n1C239 高爆炸药。\n1C240 镍粉和多孔镍金属，如下：\na．镍粉；\nb．多孔镍金属。"
    assert [code for code, _ in read(shared)] == ["1C239", "1C240.a", "1C240.b"]
    deeper = "一、增列下列物项：\n1C908 钇相关物项，如下：\na．金属钇及合金：\n1．金属钇；\n2．钇铝合金；\nb．氧化钇。"
    assert [code for code, _ in read(deeper)] == ["1C908.a", "1C908.a", "1C908.b"]
    dotted = "一、增列下列物项：\n3B901.c.2 石墨化设备，如下：\na．箱式炉；\nb．连续式炉。"
    assert [code for code, _ in read(dotted)] == ["3B901.c.2", "3B901.c.2"]


def test_cases_a_second_reader_built_against_parser_version_393() -> None:
    """A note's exclusions each closing on 。 (or printing an HS reference) stay the note's while the entry has the number
    they print; conditions numbered anew end where the numbering restarts, and the entries after them are entries; a note
    line the page broke keeps the note going; every line a note took is accounted for."""

    def read(body: str) -> list[str]:
        return [e.name_zh for e in extract_entries(body).entries]

    head = "一、对下列物项实施出口管制：\n1．金属铍（参考税则号列：81121200）；\n2．金属铪（参考税则号列：81123100）。\n"
    each_closed = (
        head
        + "注：本条所列物项不包括下列情形：\n1．X射线机用的铍金属窗口。\n2．单件重量小于1克的铪制品。\n二、本公告自公布之日起施行。"
    )
    assert read(each_closed) == ["金属铍", "金属铪"]
    with_hs = (
        head
        + "注：本条不管制下列物项：\n1．X射线机用的铍金属窗口；\n2．铪含量小于1%的锆合金（参考税则号列：81092100）；\n"
        "3．单件重量小于1克的铪制品。\n二、本公告自公布之日起施行。"
    )
    result = extract_entries(with_hs)
    assert [e.name_zh for e in result.entries] == ["金属铍", "金属铪"]
    assert not [i for i in result.issues if i.code == "unread_line"]
    restarted = (
        "一、对下列物项实施出口管制：\n（一）锑相关物项\n注：本项不管制同时符合下列条件的锑制品：\n1．锑含量按重量计小于5%；\n"
        "2．单件重量小于1千克。\n1．锑锭（参考税则号列：81101010）；\n2．氧化锑（参考税则号列：28258000）。"
    )
    assert read(restarted) == ["锑锭", "氧化锑"]
    broken = (
        "一、将《清单》1C230项修改为：\n1C230 铍金属的废料或碎屑，如下：\na．铍金属；\nb．铍合金。\n注：1C230不管制下列物项：\n"
        "a．X射线机或同步辐射光束线用的金属窗口，以及专为医疗设备设计的铍金属\n窗口；\nb．专为电子元件设计的氧化铍形材；\n"
        "c．祖母绿或海蓝宝石形态的绿柱石（铍铝硅酸盐）。\n二、本公告自公布之日起施行。"
    )
    result = extract_entries(broken)
    assert [e.name_zh for e in result.entries] == ["铍金属", "铍合金"]
    assert {n.line[:2] for n in result.not_items if n.why == "rule"} >= {"a．", "b．", "c．"}
    intro_broken = (
        "一、将《清单》1C240项修改为：\n1C240 镍粉和多孔镍金属，如下：\na．镍粉；\nb．多孔镍金属。\n注：1C240不管制下\n列物项：\n"
        "a．丝状镍粉；\nb．多孔镍片。\n二、本公告自公布之日起施行。"
    )
    assert read(intro_broken) == ["镍粉", "多孔镍金属"]


def test_lines_of_rules_without_items_name_nothing() -> None:
    """Documents an application includes (…并包括下列文件：…（五）进口商和最终用户情况介绍), conditions a licence must meet
    (应当符合下列条件：), cases an act applies to (下列两用物项出口许可申请，审查期限…延长30个工作日：), an act on a notice named by
    its number alone (第62号公告第一条第（二）项所列…，自…起暂停实施一年 / …及其余条款继续实施) and a scope set elsewhere
    (…技术的具体范围，以…公告公布的目录为准) are no controlled items; a thing with conditions (1C227 钙（…），同时满足下列条件：)
    is."""
    body = (
        "一、申请材料应当使用中文，并包括下列文件：\n（一）两用物项出口申请表；\n（二）进口商和最终用户情况介绍。\n"
        "二、出口经营者申请两用物项出口通用许可,应当符合下列条件:\n（一）建立出口管制内部合规制度；\n（二）近三年内未受到行政处罚。\n"
        "三、下列两用物项出口许可申请，审查期限延长30个工作日：\n（一）需要对最终用户和最终用途进行核查的；\n（二）需要征求专家意见的。\n"
        "四、第62号公告第一条第（二）项所列稀土开采、冶炼分离相关生产线装配、调试、维护、维修、升级等技术服务，"
        "自2073年10月1日起暂停实施一年。\n五、第62号公告第一条第（一）项（管制编码：1E902.a）及其余条款继续实施。\n"
        "六、限制出口技术的具体范围，以商务部 科技部公告2023年第57号公布的目录为准。\n"
        "七、下列物项，未经许可，不得出口：\n（一）1C227 钙（参考税则号列：28051200），同时满足下列条件：\n1．纯度大于99.9%；\n"
        "2．含镁量小于10ppm。"
    )
    assert [(e.control_code, e.name_zh) for e in extract_entries(body).entries] == [("1C227", "钙")]


def test_a_part_of_an_attachment_list_is_read_with_its_heading() -> None:
    """第二部分 境外制造的相关物项 then 1.…: the part's uncoded lines are its items, not lost because they print no code."""
    from parsers.consolidated import part_entries

    text = (
        "物项列表\n第一部分 原产于中国的镓、锗相关物项\n1.金属镓（参考海关商品编号：8112929090）\n"
        "第二部分 境外制造的相关物项\n1.以氮化镓为外延层的射频功率放大器件\n2.锗单晶衬底多结太阳能电池"
    )
    entries, _parts, _issues = part_entries(text, "标题", "att1", "附件")
    assert [(e.path, e.name_zh) for e in entries] == [
        ("第一部分/1", "金属镓"),
        ("第二部分/1", "以氮化镓为外延层的射频功率放大器件"),
        ("第二部分/2", "锗单晶衬底多结太阳能电池"),
    ]


def test_a_note_numbering_its_exclusions_in_chinese_keeps_them_all() -> None:
    """`1C230 …。` then `注：1C230项不管制下列物项：` and （一）（二）（三）: the note's run goes on in Chinese numerals too — its
    second and third lines are no sub-items of the entry, which stays a leaf."""
    body = (
        "一、1C230项修改为：\n1C230 铍金属、含铍化合物以及上述物质的废料或碎料（参考税则号列：81121200）。\n注：1C230项不管制下列物项：\n"
        "（一）X射线机用金属窗口；\n（二）专门为电子元器件设计的氧化铍成品；\n（三）绿柱石形态的祖母绿。\n二、1C231项修改为：\n"
        "1C231 铪金属（参考税则号列：81123100）。"
    )
    assert [(e.path, e.control_code) for e in extract_entries(body).entries] == [
        ("一/+1", "1C230"),
        ("二/+1", "1C231"),
    ]


def test_cases_a_second_reader_built_against_parser_version_396() -> None:
    """A part titled as notes or exclusions lists nothing; goods whose scope is set elsewhere, or whose applications a
    clause refuses, stay entries; a note takes neither the entry's next coded sub-item nor a coded unnumbered line."""
    from parsers.consolidated import part_entries

    parts = (
        "第一部分 两用物项\n1.1C901 某镍基合金粉末（参考海关商品编号：7504000010）\n第二部分 不适用本目录的物项\n"
        "1.民用锂电池成品\n2.含镓量低于0.1%的消费电子产品"
    )
    assert [e.path for e in part_entries(parts, "标题", "att", "附件")[0]] == ["第一部分/1"]

    def read(body: str) -> list[str]:
        return [e.name_zh for e in extract_entries(body).entries]

    scope = (
        "一、对下列物项实施出口管制：\n1．石墨电极（参考海关商品编号：8545110000），其管制范围，以《中华人民共和国两用物项出口管制清单》"
        "1C107项下的描述为准。\n2．球化石墨（参考海关商品编号：2504101000）。"
    )
    assert read(scope) == ["石墨电极", "球化石墨"]
    refused = (
        "二、以下两用物项的出口许可申请，商务部不予许可：\n1．3A001 可充放电锂离子电池（参考税则号列：85076000）；\n"
        "2．3C901.a.1 磷酸铁锂正极材料（参考税则号列：28429040）。"
    )
    assert read(refused) == ["可充放电锂离子电池", "磷酸铁锂正极材料"]
    # (lines numbered on from a note's own, printing HS references: the note's by its numbering — an excluded thing may
    # print the customs code of the goods it is carved out of — each said in an issue for a reader to check)
    unclosed = (
        "一、对下列物项实施出口管制：\n1．高纯镓，纯度≥99.9999%（参考海关商品编号：8112921010）。\n注：本项不管制下列物项：\n"
        "1．用于民用照明的镓制品；\n2．高纯锗，纯度≥99.999%（参考海关商品编号：8112929011）。\n3．氮化镓晶片（参考海关商品编号：2850001200）。"
    )
    result = extract_entries(unclosed)
    assert [e.name_zh for e in result.entries] == ["高纯镓"]
    assert [i.line[:4] for i in result.issues if i.code == "note_line_coded"] == ["2．高纯", "3．氮化"]
    carved = (
        "一、满足以下特性的物项，未经许可，不得出口：\n（一）3B901 电池制造设备，如下：\n1．卷绕机（参考税则号列：84798999）；\n"
        "注：3B901不管制下列物项：\n1．手动卷绕机；\n2．实验室用叠片机（参考税则号列：84798999）。\n（二）3B902 注液机（参考税则号列：84798999）。"
    )
    assert read(carved) == ["卷绕机", "注液机"]
    coded_line = (
        "二、正极材料相关物项\n（一）3C901.a.2.三元正极材料的前驱体相关物项：\na. 镍钴锰氢氧化物(参考税则号列:28539030)\n"
        "注：本项不管制下列物项：\na. 电池回收所得的前驱体\n镍钴铝氢氧化物(参考税则号列:28539050)\n（二）3C901.a.3.富锂锰基正极材料。"
    )
    assert [i.line for i in extract_entries(coded_line).issues if i.code == "unread_line"] == [
        "镍钴铝氢氧化物(参考税则号列:28539050)"
    ]


def test_a_note_numbering_its_exclusions_past_ten_keeps_them_all() -> None:
    """（十） then （十一）: the note's run counts Chinese numerals past ten, so its eleventh exclusion is no sub-item."""
    exclusions = "".join(f"（{n}）第{i}种民用制品；\n" for i, n in enumerate("一二三四五六七八九十", start=1))
    body = (
        "一、1C230项修改为：\n1C230 铍金属（参考税则号列：81121200）。\n注：1C230项不管制下列物项：\n"
        f"{exclusions}（十一）第11种民用制品。\n二、1C231项修改为：\n1C231 铪金属（参考税则号列：81123100）。"
    )
    assert [(e.path, e.control_code) for e in extract_entries(body).entries] == [
        ("一/+1", "1C230"),
        ("二/+1", "1C231"),
    ]


def test_numbered_lines_going_on_a_run_of_entries_are_entries_without_a_customs_code() -> None:
    """An attachment that opens on a title the outline does not know as a list's, then 1.…13. printing customs codes and
    14., 15. printing none (2026 No. 1764: 暂未设置对应的海关商品编号): the last two go on the run and are its entries, not
    dropped; a sentence numbered on after the run (its 应当, its full stop) stays no entry."""
    attachment = (
        "向美国、墨西哥、加拿大出口须申请许可的易制毒化学品\n"
        "1.1-乙氧羰基-4-哌啶酮（海关商品编号：2933399075）；\n"
        "2.1-乙酰基-4-哌啶酮（海关商品编号：2933399075）；\n"
        "3.1-苄基-4-哌啶酮；\n"
        "4.1-叔丁氧羰基-4-（4-溴苯基氨基）哌啶。\n"
        "5.出口上述物质的，出口经营者应当在报关单备注栏中注明物质名称。\n"
        "注：上述物质可能存在的盐类，也纳入管制。"
    )
    result = extract_entries(attachment, source="附件")
    assert [(e.path, e.name_zh, e.hs_codes) for e in result.entries] == [
        ("1", "1-乙氧羰基-4-哌啶酮", ("2933399075",)),
        ("2", "1-乙酰基-4-哌啶酮", ("2933399075",)),
        ("3", "1-苄基-4-哌啶酮", ()),
        ("4", "1-叔丁氧羰基-4-（4-溴苯基氨基）哌啶", ()),
    ]
    # a run that starts on an uncoded line is not one the rule reads (nothing before it was an entry)
    plain = "说明\n1.氧化钐及其混合物\n2.含钐的化合物及其混合物"
    assert extract_entries(plain, source="附件").entries == ()


def test_a_catalogue_entry_rewritten_without_jiang_keeps_its_name() -> None:
    """电池正极材料制备技术（编号：252604X）的控制要点3修改为：… (2026 No. 1521): the rewrite printed without 将 is X with the new
    wording as its spec, as 将X（编号：…）控制要点1修改为：… is."""
    text = "限制出口部分\n（一）化学原料和化学制品制造业\n电池正极材料制备技术（编号：252604X）的控制要点3修改为：振实密度>1.0g/cc的磷酸盐正极原材料制备技术。"
    entries = extract_entries(text, source="附件").entries
    assert [(e.name_zh, e.control_code, e.spec_zh) for e in entries] == [
        ("电池正极材料制备技术", "252604X", "控制要点3修改为：振实密度>1.0g/cc的磷酸盐正极原材料制备技术")
    ]


def test_a_note_numbering_its_first_line_on_the_label_keeps_its_run() -> None:
    """注：1.第1项不包括…。 then 2.第2项不包括…（参考税则号列：…）。 after the entries 1.–5. (2026 No. 2718): the note's 2. goes
    on its own run, begun on the label's line — an exclusion, never the entry list's next item."""
    body = (
        "一、下列物项，未经许可，不得出口：\n"
        "1.2C902.a.平均粒度小于等于50μm的人造金刚石微粉（参考税则号列：71051020）；\n"
        "2.2C902.b.平均粒度大于50μm且小于等于500μm的人造金刚石单晶（参考税则号列：71051020）。\n"
        "注：1.第1项不包括天然金刚石微粉（参考税则号列：71051010）。\n"
        "2.第2项不包括用于装饰或者珠宝用途的培育钻石（参考税则号列：71042100、71049190）。\n"
        "3.本条所称平均粒度，以颗粒的中位粒径（D50）计。\n"
        "二、本公告自2074年7月13日起正式实施。"
    )
    result = extract_entries(body)
    assert [e.control_code for e in result.entries] == ["2C902.a", "2C902.b"]
    assert any(i.code == "note_line_coded" and i.line.startswith("2.第2项") for i in result.issues)


def test_second_read_of_403_405_runs_closed_and_quoted_rewrites() -> None:
    """A list closed by 。 has no next entry (3.已制成药品制剂的除外。 is a note); a description rewritten with its new
    wording quoted on the lines after it keeps the quoted entry's lettered leaves (1C240.a, 1C240.b)."""
    closed = (
        "向美国、墨西哥、加拿大出口须申请许可的易制毒化学品\n1.1-乙氧羰基-4-哌啶酮（海关商品编号：2933399075）；\n"
        "2.1-乙酰基-4-哌啶酮（海关商品编号：2933399075）。\n3.已制成药品制剂的除外。"
    )
    assert [e.path for e in extract_entries(closed, source="附件").entries] == ["1", "2"]
    quoted = (
        "现将有关事项公告如下：\n一、对《清单》作如下调整：\n（一）1C240项“镍粉和多孔镍金属”的描述修改为：\n"
        "“1C240 镍粉和多孔镍金属，如下：\na．镍纯度大于等于99.0%（按重量）、平均粒径小于10μm的镍粉；\nb．由a项所列镍粉制成的多孔镍金属。”"
    )
    assert [e.control_code for e in extract_entries(quoted).entries] == ["1C240.a", "1C240.b"]


def test_a_clause_rewritten_in_quotes_lists_the_goods_its_points_print() -> None:
    """将…2023年第39号第一条修改为：“一、满足以下特性的物项，未经许可，不得出口：（一）…（参考海关商品编号：…）…” (2026 No. 2727,
    1394): the quoted clause's intro prints no code, its points do — they are the entries, not the clause's legal text."""
    body = (
        "一、将商务部 海关总署公告2023年第39号第一条修改为：\n“一、满足以下特性的物项，未经许可，不得出口：\n"
        "（一）天然鳞片石墨及其制品（参考海关商品编号：2504101000、2504109100）。\n（二）人造石墨和天然石墨混合的负极材料。”\n"
        "二、本公告自公布之日起施行。"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == [
        "天然鳞片石墨及其制品",
        "人造石墨和天然石墨混合的负极材料",
    ]
    # a clause rewritten in words alone stays a rule
    legal = "一、将商务部公告2025年第61号第五条修改为：\n“五、出口经营者应当依法申请许可。”"
    assert extract_entries(legal).entries == ()


def test_an_attachment_of_goods_released_or_exempt_lists_no_new_control() -> None:
    """附件 不再实施出口管制的物项清单 / 医疗用途免于申请出口许可的物项 over coded lines (2026 No. 2737, 2738): what leaves
    control or needs no licence is reported for a human (lifted_list), never read as newly controlled; a list titled
    for controls is read as before."""
    released = "不再实施出口管制的物项清单\n1.6C002.a 金属碲（参考海关商品编号：2804500001），原列于该公告第二款第（一）项；\n2.四氯化锗。"
    exempt = "医疗用途免于申请出口许可的物项\n1.1C902.b 氧化钐及其混合物（参考海关商品编号：2846901940），限于制备医用钐-153放射性药物的靶料；"
    for text in (released, exempt):
        result = extract_entries(text, source="附件")
        assert result.entries == ()
        assert [i.code for i in result.issues] == ["lifted_list"]
    controlled = "部分稀土物项出口管制清单\n1.6C002.a 金属碲（参考海关商品编号：2804500001）；"
    assert [e.control_code for e in extract_entries(controlled, source="附件").entries] == ["6C002.a"]


def test_second_read_of_406_409_quoted_clauses_and_notes_begun_on_the_label() -> None:
    """A quoted clause is read for goods only when it is one clause, a control, closed on its last point: not one closed
    on prose (the notice's own clauses after it stay no entries), not exemptions (无需申请许可), not two clauses at once, not
    an exclusion point; a note begun on its label (注：1.…；) leaves the entry list's code-first 2. to the list."""
    head = (
        "一、将商务部 海关总署公告2023年第39号第一条修改为：\n“一、满足以下特性的物项，未经许可，不得出口：\n"
    )
    point = "（一）高纯度（纯度>99.9%）的人造石墨材料及其制品（参考海关商品编号：3801100030）。\n"
    open_quote = (
        head
        + point
        + "对国家安全有重大影响的前款所列物项的出口，商务部报国务院批准。”\n二、出口经营者出口本公告第一条所列物项的，应当向商务部申请许可。\n三、本公告自公布之日起施行。"
    )
    exempt = "一、将商务部 海关总署公告2025年第10号第七条修改为：\n“七、出口下列物项的，无需申请两用物项出口许可：\n（一）已加工成首饰的钨制品（参考海关商品编号：8101991000）。”"
    excluded = (
        head + point + "（二）上述第（一）项不包括用于电池负极的人造石墨粉（参考海关商品编号：3801909010）。”"
    )
    for body in (open_quote, exempt, excluded):
        assert extract_entries(body).entries == ()
    heading = "一、商务部 海关总署公告2025年第10号第五条修改为：\n“五、铟相关物项\n（一）3C004.a．磷化铟（参考海关商品编号：2853904051）。\n（二）3C004.b．三甲基铟（参考海关商品编号：2931900032）。”"
    assert [e.control_code for e in extract_entries(heading).entries] == ["3C004.a", "3C004.b"]
    noted = (
        "一、下列物项，未经许可，不得出口：\n1.2C902.a.平均粒度小于等于50μm的人造金刚石微粉（参考税则号列：71051020）；\n"
        "注：1.第1项不包括天然金刚石微粉；\n2.2C902.b.平均粒度大于50μm且小于等于500μm的人造金刚石单晶（参考税则号列：71051020）。"
    )
    assert [e.control_code for e in extract_entries(noted).entries] == ["2C902.a", "2C902.b"]


def test_second_read_of_410_411_released_titles_quoted_goods_and_coded_notes() -> None:
    """Titles that take a facility or exemption away, or move goods into the list, still list controls; a released list
    after a bare 附件 line is still released; a quoted control clause keeps goods printing 除外 or a note between them,
    and other control wordings; a note begun on its label keeps its code-first exclusion line (2.2C902.b项不管制…)."""
    line = "\n1.7A994.a 无人驾驶航空飞行器用激光测距设备（参考海关商品编号：9015100000）。"
    for title in ("取消临时管制后列入清单管理的物项", "取消通用许可的物项清单", "不适用许可豁免的物项清单"):
        assert [e.control_code for e in extract_entries(title + line, source="附件").entries] == [
            "7A994.a"
        ], title
    assert extract_entries("附件\n不再实施出口管制的物项清单" + line, source="附件").entries == ()
    head = (
        "一、将商务部 海关总署公告2023年第39号第一条修改为：\n“一、满足以下特性的物项，未经许可，不得出口：\n"
    )
    kept = (
        head
        + "（一）人造石墨材料及其制品（参考海关商品编号：3801100030）。\n（二）天然鳞片石墨及其制品（用于铅笔芯的除外）（参考海关商品编号：2504101000）。”"
    )
    assert len(extract_entries(kept).entries) == 2
    noted = (
        head
        + "（一）高温合金及其制品（参考海关商品编号：7502200000）。\n注：本项不包括以废碎料形态出口的高温合金。\n（二）高温合金粉末（参考海关商品编号：7505220000）。”"
    )
    assert [e.name_zh for e in extract_entries(noted).entries] == ["高温合金及其制品", "高温合金粉末"]
    applied = "一、将商务部 海关总署公告2023年第39号第一条修改为：\n“一、出口下列物项，出口经营者应当向商务部申请两用物项出口许可：\n（一）人造石墨材料及其制品（参考海关商品编号：3801100030）。”"
    assert len(extract_entries(applied).entries) == 1
    coded_note = (
        "一、下列物项，未经许可，不得出口：\n1.2C902.a.平均粒度小于等于50μm的人造金刚石微粉（参考税则号列：71051020）；\n"
        "2.2C902.b.平均粒度大于50μm且小于等于500μm的人造金刚石单晶（参考税则号列：71051020）。\n"
        "注：1.第1项不包括天然金刚石微粉；\n2.2C902.b项不管制用于装饰或者珠宝用途的培育钻石。"
    )
    assert [e.path for e in extract_entries(coded_note).entries] == ["一/1", "一/2"]


def test_a_note_whose_first_line_prints_a_code_keeps_its_run() -> None:
    """注：1.6C001.a项不管制… then 2.6C001.b项包括… (2026 No. 2747, 1585): 1. before a code is the note's marker, not a
    decimal 1.6, and a line naming an entry by its code (…项包括…) is the note's; the entry over it keeps its leaf."""
    body = (
        "一、铋相关物项\n（一）6C001.a 金属铋（参考海关商品编号：8106101090）。\n（二）生产6C001项的技术及资料。\n"
        "注：1.6C001.a项不管制铋含量（按重量）小于99.99%的铋合金。\n2.6C001.b项包括锗酸铋单晶、多晶及由其加工的闪烁晶体元件。\n"
        "3.本条所列参考海关商品编号仅供参考。\n二、本公告自公布之日起施行。"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["金属铋", "生产6C001项的技术及资料"]
