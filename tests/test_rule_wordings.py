"""Rule wordings beside the usual ones: a value share printed in words, case-by-case review however
the verb is printed, a licence application followed in the same sentence by its customs formalities,
and a ban (not a commitment) on changing the end use or end user. Bodies are short outlines in MOFCOM's
style, written for the shape each test names.
"""

from __future__ import annotations

import pytest

from parsers.numbers import percent_figures
from parsers.rules import extract_rules, rule_kinds, threshold


@pytest.mark.parametrize(
    ("printed", "digits"),
    [
        ("百分之零点一", "0.1%"),
        ("百分之二十五", "25%"),
        ("百分之五十", "50%"),
        ("百分之十点五", "10.5%"),
        ("百分之百", "100%"),
        ("百分之0.5", "0.5%"),
        ("千分之一", "0.1%"),
        ("千分之零点五", "0.05%"),
    ],
)
def test_a_share_printed_in_words_reads_as_a_percentage(printed: str, digits: str) -> None:
    assert percent_figures(f"比例达到{printed}及以上") == f"比例达到{digits}及以上"


def test_a_share_in_words_broken_over_two_lines_is_read_whole() -> None:
    assert percent_figures("比例达到百分之零\n点一及以上") == "比例达到0.1%及以上"
    assert percent_figures("比例达到百分\n之二十五及以上") == "比例达到25%及以上"
    # the number of the next clause is not part of the share
    assert (
        percent_figures("比例为百分之十\n二、本公告自公布之日起施行")
        == "比例为10%\n二、本公告自公布之日起施行"
    )


def test_text_without_a_share_in_words_is_left_as_printed() -> None:
    text = "百分比计算方法见附件；分之一不是份额；第十五条"
    assert percent_figures(text) == text


@pytest.mark.parametrize(
    ("share", "value"), [("百分之零点一", 0.001), ("百分之二十", 0.2), ("千分之五", 0.005), ("0.3%", 0.003)]
)
def test_a_value_share_in_words_is_a_de_minimis_rule_with_its_threshold(share: str, value: float) -> None:
    clause = f"（一）在境外制造的附件第二部分所列物项，含有原产于中国的附件第一部分所列物项，且其价值比例达到{share}及以上的；"
    assert "de_minimis_value" in rule_kinds(clause)
    assert threshold(clause) == value


def test_a_share_in_words_that_is_no_value_share_is_no_rule() -> None:
    clause = "二、出口经营者应当在每季度结束后报送出口量，抽查比例为百分之十。"
    assert "de_minimis_value" not in rule_kinds(clause)
    assert threshold(clause) is None


@pytest.mark.parametrize("verb", ["逐案审批", "逐案审查", "逐案审核"])
def test_case_by_case_review_by_end_use_is_an_end_use_rule(verb: str) -> None:
    body = f"五、用于以下最终用途的出口申请，实行{verb}：\n（一）研发、生产相控阵雷达所用器件；\n（二）研发、生产热成像系统。"
    assert [(r.rule_kind, r.clause) for r in extract_rules(body)] == [("end_use", "五")]


def test_an_application_followed_by_its_customs_formalities_is_still_licence_procedure() -> None:
    body = "出口经营者出口附件所列物项的，应当依照有关规定申请两用物项和技术出口许可证，凭许可证向海关办理出口报关手续。"
    assert [(r.rule_kind, r.clause) for r in extract_rules(body)] == [("licence_procedure", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "四、出口经营者在报关时应当在报关单备注栏中注明“属于两用物项”，并列明出口管制编码。",
        "四、出口经营者应当凭许可证向海关办理报关手续。",
        "四、海关对出口货物是否属于管制物项提出质疑的，由出口经营者向商务部申请办理物项识别，凭识别结果办理报关手续。",
    ],
)
def test_customs_formalities_alone_are_no_licence_procedure(sentence: str) -> None:
    assert rule_kinds(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("三、出口经营者和进口商不得擅自改变相关物项的最终用途或者向任何第三方转让。", "end_use"),
        ("三、进口商不准变更所进口物项的最终用途。", "end_use"),
        ("三、出口经营者不得擅自更改许可证件载明的最终用户。", "end_user"),
    ],
)
def test_a_ban_on_changing_the_end_use_or_user_is_keyed_on_it(sentence: str, kind: str) -> None:
    assert kind in rule_kinds(sentence)


def test_a_commitment_not_to_change_the_end_use_stays_paperwork() -> None:
    sentence = "四、申请许可时，应当提交最终用途说明，并承诺未经同意，不改变最终用途或者向第三方转让。"
    assert rule_kinds(sentence) == ("licence_procedure",)


def test_changing_something_else_is_no_end_use_rule() -> None:
    sentence = "三、出口经营者不得擅自改变许可证件载明的出口数量。"
    assert "end_use" not in rule_kinds(sentence)
    assert "end_user" not in rule_kinds(sentence)


def test_a_sub_clause_broken_by_the_page_width_keeps_its_value_share() -> None:
    body = "\n".join(
        [
            "一、境外组织和个人将下列物项出口至中国以外的其他国家或者地区前，应当申请许可：",
            "（一）在境外制造的附件第二部分所列物项，含有原产于中国的附件第一部分所列物项，且其价值",
            "比例达到百分之零点一及以上的；",
            "（二）原产于中国的附件第一部分所列物项。",
        ]
    )
    rules = {(r.rule_kind, r.clause): r.threshold for r in extract_rules(body)}
    assert rules[("de_minimis_value", "一/(一)")] == 0.001


def test_a_short_unpunctuated_sub_clause_does_not_take_the_statement_after_it() -> None:
    body = "\n".join(
        [
            "一、下列物项的出口管理如下：",
            "（一）禁止出口部分",
            "出口经营者出口本公告所列物项的，应当向商务部申请许可。",
        ]
    )
    assert [(r.rule_kind, r.clause) for r in extract_rules(body)] == [("licence_procedure", None)]
