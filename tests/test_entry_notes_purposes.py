"""Two list shapes: a note whose colon introduces numbered conditions (they are the note's, never items of
the entry above it), and a purpose list printed `可用于下列任一物项的X：`, possibly after a reference out
of other entries. Bodies are short outlines in MOFCOM's style written for these tests.
"""

from __future__ import annotations

import pytest

from parsers.entries import extract_entries

INTRO = "一、下列物项，未经许可，不得出口：\n"


def _leaves(body: str) -> list[tuple[str, str]]:
    result = extract_entries(INTRO + body)
    return [(e.path, e.name_zh) for e in result.entries]


@pytest.mark.parametrize("label", ["注", "注1", "备注", "技术说明"])
def test_numbered_lines_under_a_note_ending_in_a_colon_are_its_conditions(label: str) -> None:
    body = "\n".join(
        [
            "（一）1C999.x 样品类物质（参考税则号列：30029000）：a.甲样品；b.乙样品；c.丙样品。",
            f"{label}：1C999.x不管制同时满足下列条件的制剂：",
            "1.为临床使用而配制的制剂；",
            "2.已获上市许可的制剂。",
            "（二）1C999.y 丁类物质（参考税则号列：30029000）。",
        ]
    )
    leaves = _leaves(body)
    assert ("一/(一)/a", "甲样品") in leaves
    assert ("一/(一)/c", "丙样品") in leaves
    assert ("一/(二)", "丁类物质") in leaves
    assert not [name for _, name in leaves if "制剂" in name]


def test_a_note_closed_by_a_stop_leaves_the_numbered_lines_after_it_items() -> None:
    body = "\n".join(
        [
            "（一）1C999.z 戊类设备（参考税则号列：84798900）：",
            "注：本项不管制教学用样机。",
            "1.戊一型设备；",
            "2.戊二型设备。",
        ]
    )
    leaves = _leaves(body)
    assert ("一/(一)/1", "戊一型设备") in leaves
    assert ("一/(一)/2", "戊二型设备") in leaves


def test_a_sibling_after_the_note_conditions_is_still_an_item() -> None:
    body = "\n".join(
        [
            "（一）1C999.z 戊类设备（参考税则号列：84798900）。",
            "注：本项不管制符合下列条件的设备：",
            "1.仅供教学使用；",
            "（二）1C999.w 己类设备（参考税则号列：84798900）。",
        ]
    )
    assert _leaves(body) == [("一/(一)", "戊类设备"), ("一/(二)", "己类设备")]


@pytest.mark.parametrize("verb", ["可用于", "能用于", "仅用于", "用于"])
def test_a_purpose_list_opened_by_a_modal_verb_names_the_thing_after_it(verb: str) -> None:
    body = "\n".join(
        [
            f"（一）1C998 {verb}下列任一物项的降低信号特征的涂层材料：",
            "1.运载火箭；",
            "2.9A012所列无人驾驶航空飞行器。",
        ]
    )
    assert _leaves(body) == [("一/(一)", "降低信号特征的涂层材料")]


def test_a_reference_out_of_other_entries_before_the_purpose_is_spec() -> None:
    body = "\n".join(
        [
            "（一）1C998 1C001所列以外的、可用于下列任一物项的降低信号特征的涂层材料：",
            "1.运载火箭；",
            "2.探空火箭。",
        ]
    )
    result = extract_entries(INTRO + body)
    assert [(e.path, e.name_zh, e.control_code) for e in result.entries] == [
        ("一/(一)", "降低信号特征的涂层材料", "1C998")
    ]
    assert "1C001所列以外" in (result.entries[0].spec_zh or "")


def test_sub_lines_with_their_own_codes_under_a_modal_purpose_are_the_items() -> None:
    body = "\n".join(
        [
            "（一）可用于下列任一系统的部件：",
            "1.9A998 推进部件（参考税则号列：84129090）；",
            "2.9A997 导引部件（参考税则号列：85269100）。",
        ]
    )
    assert [name for _, name in _leaves(body)] == ["推进部件", "导引部件"]


def test_ways_of_export_and_annex_titles_are_no_items() -> None:
    """以下列方式向境外…提供本公告所列软件的，属于本公告所称出口： + （一）通过信息网络传送…: the ways an export is made, a
    definition's terms; 附件：1.… then 2.移出名单的实体: the second attachment's title, not a point of the clause above."""
    body = (
        "一、对下列软件实施出口管制：\n（一）7D901 稀土冶炼分离工艺仿真软件。\n"
        "二、以下列方式向境外组织和个人提供本公告所列软件的，属于本公告所称出口：\n"
        "（一）通过信息网络传送或者提供下载；\n（二）提供远程访问或者在线使用服务；\n（三）随设备交付时预装或者嵌入。\n"
        "三、2026年第11号公告所列其他实体，不在本次暂停范围之内。\n本公告自公布之日起实施。\n"
        "附件：1.暂停实施措施的实体名单\n2.移出名单的实体\n商务部\n2027年6月24日\n"
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["稀土冶炼分离工艺仿真软件"]
    assert ("2.移出名单的实体", "heading") in [(n.line, n.why) for n in result.not_items]


def test_purposes_of_a_thing_designed_or_improved_for_them() -> None:
    """为下列任一潜水器专门设计或者改进的耐压壳体，其内腔…(管制编码:…)： + (1)…(2)…: the shell is the leaf (或者 as well as 或),
    the listed vessels are its purposes."""
    body = (
        "二、潜水器专用系统、设备、部件和材料\n"
        "1.为下列任一潜水器专门设计或者改进的耐压壳体,其内腔最大直径超过1.5米(管制编码:8A002.a.1):\n"
        "(1)本公告第一条所列潜水器;\n(2)设计工作深度超过1000米的其他水下作业装置。\n"
    )
    assert [(e.name_zh, e.control_code) for e in extract_entries(body).entries] == [("耐压壳体", "8A002.a.1")]


def test_group_intros_naming_forms_and_routes_still_list_their_items() -> None:
    """以下列形式存在的金属镓： / 通过下列途径制备的氮化镓： / 下列物项属于本公告所称中重稀土相关物项，对其实施出口管制：
    introduce items (only ways of exporting, 以下列方式…提供, and 属于本公告所称出口 list none)."""
    body = (
        "（一）以下列形式存在的金属镓：\n1.镓锭（参考海关商品编号：8112921010）；\n2.镓粒（参考海关商品编号：8112921020）。\n"
        "（二）通过下列途径制备的氮化镓：\n1.氮化镓衬底（参考海关商品编号：2850001990）。\n"
    )
    assert [e.name_zh for e in extract_entries(body).entries] == ["镓锭", "镓粒", "氮化镓衬底"]
    listed = (
        "一、下列物项属于本公告所称中重稀土相关物项，对其实施出口管制：\n（一）1C902.a 金属钐（参考海关商品编号：2805301100）\n"
        "（二）1C902.b 氧化铽（参考海关商品编号：2846901920）\n"
    )
    assert [e.name_zh for e in extract_entries(listed).entries] == ["金属钐", "氧化铽"]
