"""Clauses of entity-list notices that bind dealings with the listed parties: what is a rule, what
is a party's measure, and which lines are the parties' (never goods items). Texts are made up."""

from __future__ import annotations

import datetime as dt

from parsers.parties import extract_parties
from parsers.rules import rule_kinds

DAY = dt.date(2026, 12, 1)


def test_barred_licence_routes_are_licence_procedure() -> None:
    assert rule_kinds("（一）不得申请通用许可，也不得以登记填报信息的方式获得出口凭证；") == (
        "licence_procedure",
    )
    assert rule_kinds("（一）出口经营者不得使用一般许可。") == ("licence_procedure",)
    # the control itself is not a procedure rule
    assert rule_kinds("未经许可，不得出口上述物项。") == ()


def test_a_transfer_ban_on_numbered_rows_of_the_list_is_their_measure_not_a_prohibition() -> None:
    kinds = rule_kinds(
        "二、禁止境外组织和个人将原产于中华人民共和国的两用物项转移或者提供给名单第2项所列实体。"
    )
    assert kinds == ("extraterritorial_scope",)
    assert "prohibition" in rule_kinds("二、禁止向朝鲜出口附件所列物项。")


def test_a_block_of_rules_on_dealings_with_listed_parties_is_theirs() -> None:
    body = "\n".join(
        [
            "一、将下列1家实体列入关注名单：",
            "1、甲公司（Alpha Ltd.）",
            "二、出口经营者向本公告第一条所列实体出口两用物项，应当遵守以下规定：",
            "（一）不得申请通用许可；",
            "（二）申请出口许可时，应当提交风险评估报告。",
        ]
    )
    result = extract_parties([("body", body)], published_on=DAY, effective_on=DAY)
    assert result.covers("（一）不得申请通用许可；")
    assert result.covers("（二）申请出口许可时，应当提交风险评估报告。")
    assert "不得申请通用许可" in result.parties[0].measures


def test_rules_on_goods_are_not_party_lines() -> None:
    body = "\n".join(
        [
            "一、将甲公司（Alpha Ltd.）列入出口管制管控名单。",
            "二、出口经营者出口下列物项，应当遵守以下规定：",
            "（一）申请许可时提交最终用户证明。",
        ]
    )
    result = extract_parties([("body", body)], published_on=DAY, effective_on=DAY)
    assert not result.covers("（一）申请许可时提交最终用户证明。")
