"""Names joined around a count: a count that covers only the names before it with more named after it
(`A、B等2家美国实体和加拿大C`), and two bracketed names joined by 和 with nothing else in the sentence.
The organisations are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.parties import PartyResult, extract_parties

DAY = dt.date(2026, 11, 2)


def _result(body: str) -> PartyResult:
    return extract_parties([("body", body)], published_on=DAY, effective_on=DAY)


@pytest.mark.parametrize("join", ["和", "及", "以及", "、", "，以及"])
def test_a_count_covering_the_names_before_it_leaves_the_names_after_it_their_own_country(join: str) -> None:
    result = _result(
        "不可靠实体清单工作机制决定将从事对台军售的甲航空公司（Alpha Aero Inc.）、乙系统公司（Beta Systems LLC）"
        f"等2家美国实体{join}英国丙电子公司（Gamma Electronics Ltd.）列入不可靠实体清单，并采取以下处理措施：\n"
        "（一）禁止上述企业从事与中国有关的进出口活动。"
    )
    found = [(p.name_zh, p.name_en, p.country, p.action) for p in result.parties]
    assert found == [
        ("甲航空公司", "Alpha Aero Inc.", "美国", "listed"),
        ("乙系统公司", "Beta Systems LLC", "美国", "listed"),
        ("英国丙电子公司", "Gamma Electronics Ltd.", "英国", "listed"),
    ]
    assert all(p.measures == ("禁止上述企业从事与中国有关的进出口活动",) for p in result.parties)
    assert not [i for i in result.issues if i.code == "party_count_mismatch"]


def test_a_count_that_misses_names_before_it_is_still_reported() -> None:
    result = _result(
        "决定将甲航空公司（Alpha Aero Inc.）、乙系统公司（Beta Systems LLC）等3家美国实体和"
        "英国丙电子公司（Gamma Electronics Ltd.）列入不可靠实体清单。"
    )
    assert [p.name_zh for p in result.parties] == ["甲航空公司", "乙系统公司", "英国丙电子公司"]
    assert [i.code for i in result.issues if i.code == "party_count_mismatch"] == ["party_count_mismatch"]


def test_names_printed_only_after_a_count_without_etc_stay_the_counted_ones() -> None:
    # 甲集团2家美国子公司A和B: the count is of the names after it; the parent before it is no party
    result = _result(
        "决定将甲集团2家美国相关子公司Alpha Holdings LLC和Beta Shipping Inc.列入不可靠实体清单。"
    )
    assert [(p.name_zh, p.country) for p in result.parties] == [
        ("Alpha Holdings LLC", "美国"),
        ("Beta Shipping Inc.", "美国"),
    ]


def test_a_count_closing_the_names_is_read_as_before() -> None:
    result = _result(
        "决定将甲航空公司（Alpha Aero Inc.）、乙系统公司（Beta Systems LLC）等2家美国实体列入不可靠实体清单。"
    )
    assert [(p.name_zh, p.country) for p in result.parties] == [
        ("甲航空公司", "美国"),
        ("乙系统公司", "美国"),
    ]


@pytest.mark.parametrize("join", ["和", "及", "以及"])
def test_two_bracketed_names_joined_alone_are_two_parties(join: str) -> None:
    result = _result(
        f"三、经核实，挪威甲测控公司（Alpha Maling AS）{join}瑞典乙光学公司（Beta Optik AB）已履行配合核查义务，"
        "决定将上述2家实体移出关注名单。"
    )
    found = [(p.name_zh, p.name_en, p.country, p.action, p.list) for p in result.parties]
    assert found == [
        ("挪威甲测控公司", "Alpha Maling AS", "挪威", "removed", "watch_list"),
        ("瑞典乙光学公司", "Beta Optik AB", "瑞典", "removed", "watch_list"),
    ]


def test_a_bracketed_name_followed_by_its_own_subsidiary_stays_one_party() -> None:
    result = _result("决定将甲科技公司（Alpha Tech Inc.）及其分支机构列入出口管制管控名单。")
    assert [(p.name_zh, p.includes_branches) for p in result.parties] == [("甲科技公司", True)]
