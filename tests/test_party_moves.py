"""Entity-list notices that move watch-listed parties to the control list and remove others.

The shapes: a clause `决定将其移出关注名单，列入出口管制管控名单：` over a ` | ` table of the moved
parties (a sentence that may carry an earlier, unrelated 将 before the decision), a removal sentence
whose names follow a count and a group word (`2家澳大利亚实体A（…）、B（…）已…，决定将其移出…`), and a
preamble recalling the earlier listing of parties it only describes (`于…将部分…的外国实体列入关注名单`).
The names are made up.
"""

from __future__ import annotations

import datetime as dt

from parsers.parties import extract_parties

DAY = dt.date(2026, 10, 27)

PREAMBLE = (
    "依照《中华人民共和国出口管制法》等法律法规的有关规定，商务部于2026年5月8日将部分无法核实两用物项"
    "最终用户、最终用途的外国实体列入关注名单。经核查，现对其中4家实体作如下调整："
)
MOVE = (
    "一、下列2家实体未履行配合核查义务，且存在将两用物项转用于军事用途的风险，商务部决定将其移出关注名单，"
    "列入出口管制管控名单："
)
TABLE = [
    "序号 | 实体名称 | 英文名称 | 国家",
    "1 | 甲航电有限公司 | Alpha Avionics Ltd. | 英国",
    "2 | 乙水下系统股份公司及其分支机构 | Beta Subsea Systems AS | 挪威",
]
MEASURES = ["二、对上述2家实体采取以下措施：", "（一）禁止出口经营者向其出口两用物项；"]
REMOVAL = (
    "三、2家澳大利亚实体丙测量技术有限公司（Gamma Survey Technologies Pty Ltd）、丁遥感服务公司"
    "（Delta Remote Sensing Services Pty Ltd）已按要求履行配合核查义务，经商务部核实，决定将其移出关注名单。"
)


def _read(*lines: str) -> set[tuple[str, str, str, str | None, bool]]:
    result = extract_parties([("body", "\n".join(lines))], published_on=DAY, effective_on=DAY)
    return {(p.name_zh, p.list, p.action, p.country, p.includes_branches) for p in result.parties}


def test_a_move_over_a_table_removes_each_row_from_one_list_and_lists_it_on_the_other() -> None:
    assert _read(MOVE, *TABLE, *MEASURES) == {
        ("甲航电有限公司", "watch_list", "removed", "英国", False),
        ("甲航电有限公司", "control_list", "listed", "英国", False),
        ("乙水下系统股份公司", "watch_list", "removed", "挪威", True),
        ("乙水下系统股份公司", "control_list", "listed", "挪威", True),
    }


def test_only_the_listing_half_of_a_move_carries_the_measures() -> None:
    result = extract_parties([("body", "\n".join([MOVE, *TABLE, *MEASURES]))], published_on=DAY)
    measures = {(p.list, p.measures) for p in result.parties}
    assert measures == {("watch_list", ()), ("control_list", ("禁止出口经营者向其出口两用物项",))}


def test_a_removal_takes_the_names_after_a_count_and_the_country_of_its_group_word() -> None:
    assert _read(REMOVAL) == {
        ("丙测量技术有限公司", "watch_list", "removed", "澳大利亚", False),
        ("丁遥感服务公司", "watch_list", "removed", "澳大利亚", False),
    }


def test_a_recalled_listing_of_described_parties_names_none() -> None:
    assert _read(PREAMBLE) == set()
    # the whole notice: the preamble adds nothing to what the clauses decide
    assert len(_read(PREAMBLE, MOVE, *TABLE, *MEASURES, REMOVAL)) == 6


def test_a_listing_that_names_its_parties_is_still_read() -> None:
    # counterexamples: an earlier 将 in the sentence, a description before a bracketed name
    assert _read(
        "鉴于该实体存在将两用物项转用于军事用途的风险，商务部决定将甲航电有限公司（Alpha Avionics Ltd.）"
        "列入出口管制管控名单。"
    ) == {("甲航电有限公司", "control_list", "listed", None, False)}
    assert _read("商务部决定将参与对台湾地区军售的乙防务公司（Beta Defense Inc.）列入出口管制管控名单。") == {
        ("乙防务公司", "control_list", "listed", None, False)
    }
    # an inline move keeps its names on both lists
    assert _read("商务部决定将丙公司（Gamma Corp.）移出关注名单，并列入出口管制管控名单。") == {
        ("丙公司", "watch_list", "removed", None, False),
        ("丙公司", "control_list", "listed", None, False),
    }


def test_moves_and_removals_printed_in_two_tables_each_take_their_own() -> None:
    assert _read(
        "一、商务部决定将下列2家实体移出关注名单，列入出口管制管控名单：",
        *TABLE,
        *MEASURES,
        "三、商务部决定将下列1家实体移出关注名单：",
        "序号 | 实体名称 | 英文名称 | 国家",
        "1 | 丙测量技术有限公司 | Gamma Survey Technologies Pty Ltd | 澳大利亚",
    ) == {
        ("甲航电有限公司", "watch_list", "removed", "英国", False),
        ("甲航电有限公司", "control_list", "listed", "英国", False),
        ("乙水下系统股份公司", "watch_list", "removed", "挪威", True),
        ("乙水下系统股份公司", "control_list", "listed", "挪威", True),
        ("丙测量技术有限公司", "watch_list", "removed", "澳大利亚", False),
    }


def test_every_item_under_the_measures_is_the_parties_line_and_no_goods_item() -> None:
    stop = "（二）正在开展的相关出口活动应当立即停止。"
    result = extract_parties(
        [("body", "\n".join([MOVE, *TABLE, *MEASURES, stop, "三、本公告自公布之日起实施。"]))]
    )
    assert result.covers(stop)
    assert result.covers(MEASURES[1])
    # the block ends at the next clause; a notice listing no one covers no numbered line
    assert not result.covers("三、本公告自公布之日起实施。")
    alone = extract_parties([("body", "\n".join(["对下列物项采取以下措施：", "（一）稀土永磁材料；"]))])
    assert not alone.covers("（一）稀土永磁材料；")


def test_a_table_with_an_action_column_moves_or_removes_each_row_as_its_cell_says() -> None:
    assert _read(
        "商务部决定对下列3家实体作如下调整：",
        "序号 | 实体名称 | 英文名称 | 国家 | 调整事项",
        "1 | 甲航电有限公司 | Alpha Avionics Ltd. | 英国 | 移出关注名单，列入出口管制管控名单",
        "2 | 丙测量技术有限公司 | Gamma Survey Technologies Pty Ltd | 澳大利亚 | 从关注名单中移出",
        "3 | 戊光学公司 | Epsilon Optics Inc. | 美国 | 列入出口管制管控名单",
    ) == {
        ("甲航电有限公司", "watch_list", "removed", "英国", False),
        ("甲航电有限公司", "control_list", "listed", "英国", False),
        ("丙测量技术有限公司", "watch_list", "removed", "澳大利亚", False),
        ("戊光学公司", "control_list", "listed", "美国", False),
    }


def test_an_adjusted_goods_list_is_no_party_table() -> None:
    assert (
        _read(
            "商务部决定对《两用物项出口管制清单》作如下调整：",
            "序号 | 物项名称 | 管制编码 | 调整事项",
            "1 | 喷雾干燥设备 | 2B352.h | 修改描述",
        )
        == set()
    )
    # an action cell that names no list decides nothing
    assert (
        _read(
            "商务部决定对下列1家实体作如下调整：",
            "序号 | 实体名称 | 英文名称 | 调整事项",
            "1 | 甲航电有限公司 | Alpha Avionics Ltd. | 另行公告",
        )
        == set()
    )
