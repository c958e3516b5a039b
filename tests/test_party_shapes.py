"""Entity-list shapes: wrapped table cells and address lines, a parent and its subsidiary in one row,
rows starting later than the notice, names printed with when they were listed, a list printed once
for two listings, and acts on listed parties named in the sentence or in a table (suspend, resume,
add measures, remove after a recap). The organisations are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.parties import extract_parties
from parsers.party_records import Party

DAY = dt.date(2026, 12, 1)


def _parties(body: str, *attachments: str) -> tuple[Party, ...]:
    texts = [("body", body), *((f"att{i}", text) for i, text in enumerate(attachments, 1))]
    return extract_parties(texts, published_on=DAY, effective_on=DAY).parties


def _by_name(parties: tuple[Party, ...]) -> dict[str, Party]:
    return {p.name_zh: p for p in parties}


CONTROL_INTRO = "一、将甲公司等3家外国实体列入出口管制管控名单（名单见附件），并采取以下措施：\n（一）禁止出口经营者向上述实体出口两用物项。"
TABLE_HEAD = "附件\n出口管制管控名单\n序号 | 中文名称 | 英文名称 | 别名 | 国家或地区 | 地址"


def test_wrapped_address_cell_keeps_the_table_going() -> None:
    annex = "\n".join(
        [
            TABLE_HEAD,
            "1 | 甲公司 | Alpha Corp. |  | 美国 | 10 Main Street, Suite 2, Springfield,",
            "IL 62701, USA",
            "2 | 乙公司 | Beta GmbH | aka: Beta Tech | 德国 | Hauptstraße 1, 10115 Berlin",
            "3 | 丙公司 | Gamma Ltd. | 简称：GL | 英国 |",
        ]
    )
    parties = _by_name(_parties(CONTROL_INTRO, annex))
    assert list(parties) == ["甲公司", "乙公司", "丙公司"]
    assert parties["甲公司"].address == "10 Main Street, Suite 2, Springfield, IL 62701, USA"
    assert parties["乙公司"].aliases == ("Beta Tech",)
    assert parties["丙公司"].aliases == ("GL",)
    assert parties["丙公司"].country == "英国"


def test_a_chinese_sentence_after_the_table_ends_it() -> None:
    annex = "\n".join(
        [TABLE_HEAD, "1 | 甲公司 | Alpha Corp. |  | 美国 | 10 Main Street,", "本名单自公布之日起生效"]
    )
    parties = _parties("一、将甲公司列入出口管制管控名单（名单见附件）。", annex)
    assert [p.address for p in parties] == ["10 Main Street"]


def test_wrapped_address_line_after_the_signature() -> None:
    body = "\n".join(
        [
            "决定将下列2家实体列入出口管制管控名单：",
            "1.甲防务公司（Alpha Defence S.A.）",
            "地址：Rua Velha 4, Zona Industrial da",
            "Norte, Porto, Portugal",
            "邮编：4000-100",
            "2.乙光电公司（Beta Optronics GmbH, a.k.a. BO Optronik）",
            "地址：Am Feld 2, Bremen",
        ]
    )
    parties = _parties(body)
    assert [p.name_zh for p in parties] == ["甲防务公司", "乙光电公司"]
    assert parties[0].address == "Rua Velha 4, Zona Industrial da Norte, Porto, Portugal, 邮编: 4000-100"
    assert parties[1].name_en == "Beta Optronics GmbH"
    assert parties[1].aliases == ("BO Optronik",)


def test_parent_and_named_subsidiary_are_two_entries() -> None:
    annex = "\n".join(
        [
            TABLE_HEAD,
            "1 | 甲控股集团公司及其控股子公司乙船舶有限公司 | Alpha Holdings plc; Beta Shipping Limited |  | 英国 | 1 Dock Road",
            "2 | 丙公司及其子公司 | Gamma Ltd. |  | 英国 | 2 Dock Road",
        ]
    )
    parties = _parties("决定将甲控股集团公司等2家实体列入出口管制管控名单（名单见附件）。", annex)
    got = [(p.name_zh, p.name_en, p.country, p.includes_branches) for p in parties]
    assert got == [
        ("甲控股集团公司", "Alpha Holdings plc", "英国", False),
        ("乙船舶有限公司", "Beta Shipping Limited", "英国", False),
        ("丙公司", "Gamma Ltd.", "英国", True),  # 及其子公司 naming no one: its branches
    ]
    result = extract_parties(
        [("body", "决定将甲控股集团公司等2家实体列入出口管制管控名单（名单见附件）。"), ("att1", annex)],
        published_on=DAY,
        effective_on=DAY,
    )
    assert not [i for i in result.issues if i.code == "party_count_mismatch"]  # 2家 counts rows


def test_rows_named_by_number_start_later() -> None:
    annex = "\n".join(
        [
            TABLE_HEAD,
            *(f"{n} | 第{n}公司 | Firm {n} Ltd. |  | 英国 | " for n in range(1, 6)),
        ]
    )
    body = "一、将第1公司等5家实体列入出口管制管控名单（名单见附件）。\n二、附件第2项至第4项所列实体，自2027年1月15日起适用上述措施。"
    starts = {p.name_zh: p.effective_on for p in _parties(body, annex)}
    later = dt.date(2027, 1, 15)
    assert starts == {"第1公司": DAY, "第2公司": later, "第3公司": later, "第4公司": later, "第5公司": DAY}


@pytest.mark.parametrize(
    "clause",
    [
        "四、本公告自公布之日起实施。对本公告第一条第2项所列实体采取的措施，自2027年2月1日起实施。",
        "四、本公告第一条第2项、第3项所列实体自2027年2月1日起适用第二条规定的措施。",
        "四、本公告第一款第2至3项所列实体，自2027年2月1日起实施。",
    ],
)
def test_rows_of_the_notices_own_numbered_list_named_by_clause_start_later(clause: str) -> None:
    body = "\n".join(
        [
            "商务部决定将以下3家实体列入出口管制管控名单。",
            "一、列入出口管制管控名单的实体：",
            "1.甲推进公司（Alpha Propulsion, Inc.）",
            "2.乙光电公司（Beta Optics LLC）",
            "3.丙组件公司（Gamma Components B.V.）",
            "二、对上述实体采取以下措施：禁止出口经营者向上述实体出口两用物项。",
            clause,
        ]
    )
    starts = {p.name_zh: p.effective_on for p in _parties(body)}
    later = dt.date(2027, 2, 1)
    expected_later = {"乙光电公司"} if "第2项所列" in clause else {"乙光电公司", "丙组件公司"}
    assert starts == {name: later if name in expected_later else DAY for name in starts}
    assert set(starts) == {"甲推进公司", "乙光电公司", "丙组件公司"}


def test_a_clause_or_its_point_not_said_to_be_parties_starts_no_row_later() -> None:
    """`其中第二条自…起实施` names a clause and `本公告第二条第1项` a point not said to be parties (所列实体):
    every party keeps the notice's start."""
    body = "\n".join(
        [
            "一、将下列2家实体列入出口管制管控名单：",
            "1.甲推进公司（Alpha Propulsion, Inc.）",
            "2.乙光电公司（Beta Optics LLC）",
            "二、本公告自公布之日起实施，其中第二条自2027年2月1日起实施。",
            "三、本公告第二条第1项自2027年3月1日起实施。",
        ]
    )
    assert {p.effective_on for p in _parties(body)} == {DAY}


def test_country_prefix_and_listing_history_in_names() -> None:
    body = "\n".join(
        [
            "一、将下列2家实体列入关注名单：",
            "1、挪威甲海洋公司（Alpha Marine AS，简称“AM”）",
            "2、乙材料公司（Beta Materials Inc.）",
            "二、2026年3月2日列入出口管制管控名单的瑞士丙精机公司（Gamma Praezision AG）已采取措施，决定将其移出出口管制管控名单。",
        ]
    )
    parties = _by_name(_parties(body))
    assert parties["挪威甲海洋公司"].country == "挪威"
    assert parties["挪威甲海洋公司"].aliases == ("AM",)
    assert parties["乙材料公司"].country is None
    removed = parties["瑞士丙精机公司"]
    assert (removed.action, removed.list, removed.country) == ("removed", "control_list", "瑞士")


def test_one_printed_list_serves_a_listing_and_a_move() -> None:
    body = "\n".join(
        [
            "决定将甲公司等2家实体列入出口管制管控名单；鉴于2026年6月1日列入关注名单的丙公司未履行义务，"
            "决定将其移出关注名单，列入出口管制管控名单（名单附后）。",
            "商务部",
            "2026年12月1日",
            "出口管制管控名单",
            "1.甲公司（Alpha Ltd.）",
            "2.乙公司（Beta Ltd.）",
            "3.丙公司及其分支机构（Gamma Ltd.）",
        ]
    )
    got = {(p.name_zh, p.list, p.action, p.name_en, p.includes_branches) for p in _parties(body)}
    assert got == {
        ("甲公司", "control_list", "listed", "Alpha Ltd.", False),
        ("乙公司", "control_list", "listed", "Beta Ltd.", False),
        ("丙公司", "watch_list", "removed", None, False),
        ("丙公司", "control_list", "listed", "Gamma Ltd.", True),
    }


def test_suspension_over_a_table_and_a_resumption_by_name() -> None:
    body = "\n".join(
        [
            "商务部决定对出口管制管控名单所列有关实体的措施作如下调整：",
            "一、自2027年2月1日起，对2026年3月3日列入出口管制管控名单的下列实体暂停实施相关措施，暂停期限为6个月：",
            "序号 | 实体名称 | 英文名称 | 国家(地区)",
            "1 | 甲水下公司 | Alpha Undersea Inc. | 美国",
            "二、自2026年8月1日起暂停实施相关措施的日本乙航电株式会社（Beta Avionics K.K.），自2027年2月1日起恢复实施禁止向其出口两用物项的措施。",
            "三、将2026年3月3日列入出口管制管控名单的丙声学公司（Gamma Acoustics AS）移出出口管制管控名单。",
            "四、对商务部公告2025年第21号所列实体，继续暂停实施相关措施1年。",
        ]
    )
    got = {(p.name_zh, p.list, p.action, p.country, p.effective_on, p.window_until) for p in _parties(body)}
    start = dt.date(2027, 2, 1)
    assert got == {
        ("甲水下公司", "control_list", "suspended", "美国", start, dt.date(2027, 8, 1)),
        ("日本乙航电株式会社", "control_list", "reinstated", "日本", start, None),
        ("丙声学公司", "control_list", "removed", None, DAY, None),
    }
    resumed = next(p for p in _parties(body) if p.action == "reinstated")
    assert resumed.measures == ("禁止向其出口两用物项",)


def test_uel_suspension_added_measures_and_removal_after_a_recap() -> None:
    body = "\n".join(
        [
            "一、工作机制于2026年6月1日发布公告，将加拿大甲情报公司（Alpha Intelligence Inc.）列入不可靠实体清单。"
            "该企业已改正其行为。决定将其移出不可靠实体清单。",
            "二、对2026年5月1日列入不可靠实体清单的英国Beta Signals Ltd、美国丙无人系统公司（Gamma Drones, Inc.），"
            "自2027年1月1日起暂停实施相关处理措施，暂停期限至2027年6月30日。",
            "三、对2026年5月1日列入不可靠实体清单的美国丁数据公司（Delta Data LLC），增加以下处理措施：禁止其向中国出口相关物项。",
        ]
    )
    got = {(p.name_zh, p.action, p.country, p.name_en, p.window_until) for p in _parties(body)}
    until = dt.date(2027, 6, 30)
    assert got == {
        ("加拿大甲情报公司", "removed", "加拿大", "Alpha Intelligence Inc.", None),
        ("Beta Signals Ltd", "suspended", "英国", "Beta Signals Ltd", until),
        ("美国丙无人系统公司", "suspended", "美国", "Gamma Drones, Inc.", until),
        ("美国丁数据公司", "listed", "美国", "Delta Data LLC", None),
    }
    added = next(p for p in _parties(body) if p.action == "listed")
    assert added.measures == ("禁止其向中国出口相关物项",)


def test_a_recap_followed_by_measures_still_names_its_party() -> None:
    body = "工作机制已于2026年6月1日将美国甲公司（Alpha Inc.）列入不可靠实体清单。现决定对该企业采取以下处理措施：\n禁止其向中国出口相关物项。"
    assert [(p.name_zh, p.action) for p in _parties(body)] == [("美国甲公司", "listed")]


def test_acts_on_a_numbered_notice_or_described_parties_name_no_one() -> None:
    body = "\n".join(
        [
            "一、对商务部公告2025年第21号所列实体，自2027年1月1日起继续暂停实施相关措施1年。",
            "二、对上述实体，自2027年1月1日起恢复实施相关措施。",
        ]
    )
    result = extract_parties([("body", body)], published_on=DAY, effective_on=DAY)
    assert result.parties == ()
    assert [r.target_notice_id for r in result.refs] == ["MOFCOM-2025-21"]


def test_a_country_cell_printed_once_holds_for_the_rows_below_it() -> None:
    """A merged 国家 cell is printed on its first row only: the blank cells below it are the same country,
    until the column prints another; a table without the column gives the rows no country of its own."""
    annex = "\n".join(
        [
            "附件\n出口管制管控名单\n序号 | 国家（地区） | 中文名称 | 英文名称",
            "1 | 美国 | 甲公司 | Alpha Corp.",
            "2 |  | 乙公司 | Beta Inc.",
            "3 | 英国 | 丙公司 | Gamma Ltd.",
            "4 |  | 丁公司 | Delta Ltd.",
        ]
    )
    intro = CONTROL_INTRO.replace("等3家", "等4家")
    countries = {p.name_zh: p.country for p in _parties(intro, annex)}
    assert countries == {"甲公司": "美国", "乙公司": "美国", "丙公司": "英国", "丁公司": "英国"}
    plain = "\n".join(
        [
            "附件\n出口管制管控名单\n序号 | 中文名称 | 英文名称",
            "1 | 甲公司 | Alpha Corp.",
            "2 | 乙公司 | Beta Inc.",
        ]
    )
    assert {p.country for p in _parties(CONTROL_INTRO.replace("等3家外国", "等2家"), plain)} == {None}


def test_parties_as_the_subject_of_a_listing_or_of_an_act_on_a_table_are_read() -> None:
    """`下列2家…外国实体，列入出口管制管控名单：` says 将…列入 with the parties first; `对下列实体采取的出口管制措施，按下表所列期限
    暂停实施：` suspends the measures on the table's rows, though it names no list (措施: the control list's)."""
    body = "\n".join(
        [
            "一、下列2家危害中国国家安全和利益的外国实体，列入出口管制管控名单：",
            "1．法国实体甲光电有限公司（Alpha Photonique SAS）",
            "2．泰国实体乙电子有限公司（Beta Electronics Co., Ltd.）",
            "二、对下列实体采取的出口管制措施，按下表所列期限暂停实施：",
            "序号 | 实体名称 | 列入管控名单日期 | 暂停期限",
            "1 | 丙航空系统公司（Gamma Aero Systems, Inc.） | 2041年3月2日 | 自2042年6月1日起，为期1年",
        ]
    )
    found = {(p.name_zh, p.list, p.action) for p in _parties(body)}
    assert found == {
        ("甲光电有限公司", "control_list", "listed"),
        ("乙电子有限公司", "control_list", "listed"),
        ("丙航空系统公司", "control_list", "suspended"),
    }


def test_acts_on_listed_parties_in_the_shapes_drafters_use() -> None:
    """The party after the notice that suspended it (`经…第1273号暂停实施的对甲公司（…）采取的措施，…恢复实施，即禁止…`,
    the ban a control-list measure whatever list was named last); the measure described after the party
    (`对乙公司（…）采取的禁止其…的处理措施（…）`); the parties after a notice's measure (`…第三项处理措施，对丙公司（…）、
    丁公司（…）暂停实施`); and no party from an earlier notice's listing told with it (`曾于…发布公告（…），将戊公司…列入`,
    `…对其采取的措施不因本公告而改变`)."""
    body = "\n".join(
        [
            "一、将己公司（Ji Ltd.）列入关注名单。",
            "二、经商务部公告2042年第1273号暂停实施的对甲公司（Alpha Marine, Inc.）采取的措施，自2042年8月1日起恢复实施，"
            "即禁止出口经营者向其出口两用物项。",
        ]
    )
    acts = {(p.name_zh, p.list, p.action) for p in _parties(body)}
    assert ("甲公司", "control_list", "reinstated") in acts
    uel = "\n".join(
        [
            "工作机制曾于2025年10月9日发布公告（不可靠实体清单工作机制公告〔2025〕10号），将戊公司（Wu Inc.）等14家外国实体列入"
            "不可靠实体清单，并采取相应处理措施。",
            "一、〔2025〕10号公告第三项处理措施，对丙公司（Bing, Inc.）、丁公司（Ding, Inc.）暂停实施，暂停期限至2043年3月31日。",
            "二、对美国乙公司（Beta, Inc.）采取的禁止其向中国出口测序仪的处理措施（不可靠实体清单工作机制公告〔2025〕6号），"
            "自2043年4月15日起恢复实施。",
        ]
    )
    assert {(p.name_zh, p.action) for p in _parties(uel)} == {
        ("丙公司", "suspended"),
        ("丁公司", "suspended"),
        ("美国乙公司", "reinstated"),
    }


def test_moves_between_lists_deferrals_and_labelled_countries() -> None:
    """`，注册地：美国` is the party's country, not part of its name; a finding between the party and `现将其移出` (`经商务部
    核查，其…已能核实`) still points back to it; `由关注名单调入出口管制管控名单` is a removal and a listing, said of the party
    before or with 将该实体; `暂缓执行禁止向其出口…的措施` suspends; and an annex cited as where a party was listed
    (`…第1306号附件所列第3项实体甲公司…将其移出…`) announces no list printed after the sentence."""
    body = "\n".join(
        [
            "一、下列1家外国实体的最终用户无法核实，现将其列入关注名单：",
            "1.甲航空测试服务公司(Alpha Flight Test Services, LLC),注册地:美国;",
            "二、2043年5月12日列入关注名单的乙电子计量公司（Beta Metrology Inc.），经商务部核查，其最终用户已能核实，现将其移出关注名单。",
            "三、2043年8月30日列入关注名单的丙推进研究所（Gamma Propulsion Institute），未履行配合核查义务，"
            "自2044年5月1日起由关注名单调入出口管制管控名单。",
            "四、商务部公告2026年第12号附件所列第4项日本实体丁株式会社（Ding Co., Ltd.）列入关注名单后，未在规定期限内履行配合核查"
            "义务。决定将该实体由关注名单调入出口管制管控名单。",
            "五、对商务部公告2026年第11号附件所列第1项实体戊造船株式会社（Wu Shipbuilding Co.），暂缓执行禁止向其出口两用物项的"
            "措施，暂缓执行期限至2045年6月19日止。",
            "六、商务部公告2026年第1306号附件所列第3项实体己推进技术有限公司（Ji Antrieb GmbH）已提交证明材料，经核查属实，"
            "自本公告公布之日起将其移出出口管制管控名单。",
        ]
    )
    found = {(p.name_zh, p.list, p.action, p.country) for p in _parties(body)}
    assert found == {
        ("甲航空测试服务公司", "watch_list", "listed", "美国"),
        ("乙电子计量公司", "watch_list", "removed", None),
        ("丙推进研究所", "watch_list", "removed", None),
        ("丙推进研究所", "control_list", "listed", None),
        ("丁株式会社", "watch_list", "removed", "日本"),
        ("丁株式会社", "control_list", "listed", "日本"),
        ("戊造船株式会社", "control_list", "suspended", None),
        ("己推进技术有限公司", "control_list", "removed", None),
    }


def test_an_earlier_notice_s_listing_cited_by_its_bracketed_number_names_no_party() -> None:
    """`工作机制于2025年1月15日发布〔2025〕3号公告，将甲公司等4家美国实体列入不可靠实体清单…`: that notice's listing, told."""
    body = (
        "不可靠实体清单工作机制于2025年1月15日发布〔2025〕3号公告，将甲公司等4家美国实体列入不可靠实体清单并采取处理措施。\n"
        "一、不可靠实体清单工作机制公告〔2025〕3号第四项处理措施，对乙公司（Beta Inc.）暂停实施，暂停期限至2047年6月30日。\n"
    )
    assert {(p.name_zh, p.action) for p in _parties(body)} == {("乙公司", "suspended")}


def test_a_labelled_place_of_registration_gives_its_country_not_the_whole_place() -> None:
    """`，注册地：美国特拉华州` registers the party in 美国; the state is no country."""
    body = "\n".join(
        [
            "一、下列1家外国实体的最终用户无法核实，现将其列入关注名单：",
            "1.甲测控公司(Alpha Instruments, Inc.),注册地:美国特拉华州;",
        ]
    )
    assert [(p.name_zh, p.country) for p in _parties(body)] == [("甲测控公司", "美国")]
