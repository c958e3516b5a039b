"""Rules that are not items (`parsers.rules`): value thresholds, extraterritorial scope, end use and
end user, catch-all, prohibition, licence procedure.

The real 2025 No. 61 text is read from `../shared/mofcom/examples`; the other bodies are short
outlines written in MOFCOM's style for the shape they test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers.entries import extract_entries
from parsers.rules import extract_rules, is_rule_clause, rule_kinds, threshold
from tests.conftest import require_shared

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "mofcom" / "examples"

# 2025 No. 61's shape with the list in the body (as the demo replay prints it): one clause holds
# the extraterritorial reach and the 0.1% value rule, and names the parts by clause number.
BODY_61 = "\n".join(
    [
        "为维护国家安全和利益，经国务院批准，决定采取以下出口管制措施：",
        "一、境外组织和个人向中国以外的其他国家和地区出口下列物项前，应当取得商务部颁发的两用物项出口许可证件："
        "在境外制造、含有或者混有原产于中国的本公告第二条第（一）项所列物项且其价值占比达到0.1%及以上的"
        "本公告第二条第（二）项所列物项；原产于中国的本公告第二条所列物项。",
        "二、本公告所列物项如下：",
        "（一）原产于中国的稀土相关物项：",
        "1. 1C902.a.4 钐钴永磁材料；",
        "（二）境外制造的稀土相关物项：",
        "1. 含稀土元素的溅射靶材。",
        "三、对境外军事用户的出口申请，原则上不予许可。",
        "四、用于或者可能用于大规模杀伤性武器及其运载工具的出口申请，原则上不予许可。",
        "五、境外特定出口经营者出口本公告所列物项，应当按照有关规定向商务部申请许可。",
        "六、本公告第一条、第二条自2025年12月1日起正式实施，其他规定自公布之日起正式实施。",
    ]
)


def test_value_rule_threshold_and_the_part_it_governs() -> None:
    rules = extract_rules(BODY_61)
    (value,) = [r for r in rules if r.rule_kind == "de_minimis_value"]
    assert value.threshold == pytest.approx(0.001)
    # The governed goods are the foreign-made ones of 二/(二); the China-origin part 二/(一) is what
    # is measured, not what is governed.
    assert value.applies_to == ("二/(二)",)
    assert (value.clause, value.effective_on) == ("一", dt.date(2025, 12, 1))
    assert "0.1%" in value.quote_zh


def test_each_clause_kind_of_no_61() -> None:
    rules = extract_rules(BODY_61)
    assert [(r.rule_kind, r.clause) for r in rules] == [
        ("de_minimis_value", "一"),
        ("extraterritorial_scope", "一"),
        ("end_user", "三"),
        ("end_use", "四"),
        ("licence_procedure", "五"),
    ]
    scope = rules[1]
    assert scope.applies_to == ("二",) and scope.threshold is None
    # Clauses without a date of their own take the notice's (NULL here, coalesced by notice_rules).
    assert [r.effective_on for r in rules[2:]] == [None, None, None]


def test_rules_of_the_real_no_61_and_no_items() -> None:
    text = require_shared("mofcom/examples/2025-61.txt").read_text("utf-8")
    body = text.partition("\n\n")[2]
    rules = extract_rules(body)
    assert [(r.rule_kind, r.clause, r.applies_to) for r in rules] == [
        ("extraterritorial_scope", "一", ("附件1",)),
        ("de_minimis_value", "一/(一)", ("附件1第二部分",)),
        ("end_user", "二", ()),
        ("end_use", "三", ()),
    ]
    assert rules[1].threshold == pytest.approx(0.001)
    # The end uses (一)–(三) under clause 三 are the rule's text, not separate rules or items.
    assert "恐怖主义目的" in rules[3].quote_zh
    result = extract_entries(body)
    assert result.entries == ()
    assert {n.why for n in result.not_items} == {"rule"}
    assert any("0.1%" in n.line for n in result.not_items)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ban by end user or end use is an end-use rule; a ban by destination is a prohibition.
        ("一、禁止两用物项对美国军事用户或军事用途出口。", ("end_use",)),
        ("禁止向朝鲜出口本公告所列两用物项。", ("prohibition",)),
        # Measures on the parties a notice lists are the parties', not rules.
        ("一、禁止出口经营者向上述10家实体出口两用物项；", ()),
        ("二、对出口管制管控名单所列进口商和最终用户的出口申请，原则上不予许可。", ("end_user",)),
        ("三、用于军事用途的出口申请，逐案审批。", ("end_use",)),
        (
            "出口经营者出口非管制的货物，明知其用于或者实质性有助于境外稀土开采的，应当申请许可。",
            ("catch_all",),
        ),
        ("三、出口经营者应当办理出口许可手续，并提交下列文件：", ("licence_procedure",)),
        # The control itself, and an order amending another text, are not procedure rules.
        ("一、以下物项未经许可不得出口：", ()),
        ("一、将第五条中的“提交纸质材料”修改为“在线提交材料”。", ()),
        ("一、钐相关物项", ()),
    ],
)
def test_rule_kinds_by_shape(text: str, expected: tuple[str, ...]) -> None:
    assert rule_kinds(text) == expected


def test_threshold_as_a_fraction_in_either_width() -> None:
    assert threshold("其价值比例达到0.1%及以上的") == pytest.approx(0.001)
    assert threshold("价值占比达到２５％以上") == pytest.approx(0.25)
    assert threshold("纯度大于99.99%") is None  # a purity is not a value share


def test_document_lists_are_procedure_but_a_controlling_clause_is_not() -> None:
    assert is_rule_clause("三、出口经营者应当办理许可手续，通过省级商务主管部门提交下列文件：")
    assert not is_rule_clause("一、对下列物项实施出口管制，出口经营者应当依照规定申请许可：")
    body = "\n".join(
        [
            "一、对下列物项实施出口管制，出口经营者应当依照规定申请许可：",
            "（一）天然鳞片石墨及其制品（参考海关商品编号：2504109910）。",
            "二、出口经营者应当办理出口许可手续，并提交下列文件：",
            "（一）出口合同、协议的原件或者复印件；",
            "（二）最终用户和最终用途证明。",
        ]
    )
    result = extract_entries(body)
    assert [e.name_zh for e in result.entries] == ["天然鳞片石墨及其制品"]
    assert [(n.line[:4], n.why) for n in result.not_items] == [
        ("二、出口", "procedure"),
        ("（一）出", "procedure"),
        ("（二）最", "procedure"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Each sentence is judged on its own: the exporter applies, then the ministry reviews.
        (
            "出口经营者需要向上述实体出口两用物项的，应当向商务部提出申请；商务部将依法依规审查，对符合规定的予以许可。",
            ("licence_procedure",),
        ),
        ("国内企业可以申请与上述实体进行交易，不可靠实体清单工作机制将依法审核。", ("licence_procedure",)),
        # The ministry's decision on any application is not a denial.
        ("三、商务部自收到申请之日起进行审查，并在法定期限内作出准予或者不予许可的决定。", ()),
        # Identifying goods that customs questions is a customs formality, though the exporter applies for it;
        # applying for the licence itself stays procedure.
        (
            "海关对是否属于管制物项提出质疑的，由出口经营者向商务部申请办理两用物项出口管制物项识别。",
            (),
        ),
        ("出口经营者应当向商务部申请两用物项出口许可。", ("licence_procedure",)),
        # A denial by goods and destination is a prohibition; stricter review names user and use.
        (
            "二、镓、锗相关两用物项对美国出口，原则上不予许可；石墨两用物项对美国出口，实施更加严格的最终用户和最终用途审查。",
            ("end_user", "end_use", "prohibition"),
        ),
        ("一、全面禁止自朝鲜进口煤、铁、铁矿石。", ("prohibition",)),
        # Bans on activities and services, not on exporting the listed things.
        ("五、任何组织和个人不得为违反本公告规定的出口行为提供中介、代理、货运等服务。", ("prohibition",)),
        ("未经许可，不得提供。", ()),
        # A definition says what words mean; a deemed export is not reach abroad.
        ("二、本公告所称出口，是指将管制物项转移到境外，或者向境外组织和个人提供管制物项。", ()),
        # Measures on the listed parties are theirs.
        ("禁止其向中国出口基因测序仪。", ()),
        ("禁止中国境内的组织、个人与其进行有关交易、合作等活动。", ()),
        # A commitment on use is an end-use condition; named paperwork stays procedure beside it.
        (
            "二、出口经营者申请出口许可时，应当提交风险评估报告，并书面承诺所出口的两用物项不用于任何有助于提升军事实力的用途。",
            ("end_use", "licence_procedure"),
        ),
    ],
)
def test_rule_kinds_sentence_by_sentence(text: str, expected: tuple[str, ...]) -> None:
    assert rule_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whoever the subject is, 应当…办理…许可或者备案手续 is paperwork someone must do
        (
            "二、上述物质的生产、经营、购买、运输以及进口、出口活动，应当依照《易制毒化学品管理条例》的规定办理相应的许可或者备案手续。",
            ("licence_procedure",),
        ),
        # an exemption from that paperwork is no procedure
        (
            "二、γ-丁内酯含量低于20%的印刷油墨，进出口时无需申领易制毒化学品进出口许可证，国内经营无需办理备案证明。",
            (),
        ),
        ("相关企业进口上述产品时，无需申请两用物项进口许可证。", ()),
    ],
)
def test_licence_paperwork_and_exemptions_from_it(text: str, expected: tuple[str, ...]) -> None:
    assert rule_kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the use is named by a purpose, a weapon or a declared use, not by the word 用途
        ("最终用户应当承诺不将所进口物项用于《禁止化学武器公约》禁止的目的。", ("end_use",)),
        ("并承诺所出口物项不用于大规模杀伤性武器及其运载工具的设计、开发、生产或者使用。", ("end_use",)),
        (
            "三、最终用户应当承诺，未经中国政府允许，不将上述物项用于所声明的最终用途以外的用途，不将上述物项转让给第三方。",
            ("end_use",),
        ),
        # a commitment that is not about use, and a use without a commitment, are no end-use condition
        ("出口经营者应当承诺如实申报。", ()),
        ("上述物项不用于民用目的的，按本公告办理。", ()),
    ],
)
def test_a_commitment_not_to_use_for_something_is_an_end_use_rule(
    text: str, expected: tuple[str, ...]
) -> None:
    assert rule_kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "三、出口经营者不得向列入出口管制管控名单的进口商和最终用户出口上述物项。",
        "禁止对关注名单所列最终用户出口附件所列物项。",
        "不得向最终用户已列入不可靠实体清单的进口商提供上述技术。",
    ],
)
def test_a_ban_on_listed_importers_and_end_users_is_an_end_user_rule(text: str) -> None:
    """Keyed on who receives the goods, by their listing: not a ban by goods or destination."""
    assert rule_kinds(text) == ("end_user",)
    # On this notice's own parties (上述实体) it is their measure; on a destination, a plain ban.
    assert rule_kinds("禁止出口经营者向上述实体出口两用物项。") == ()
    assert rule_kinds("禁止向朝鲜出口凝析油。") == ("prohibition",)


@pytest.mark.parametrize(
    "text",
    [
        "三、禁止将附件所列物项用于导弹等大规模杀伤性武器运载工具的研制、生产或者使用。",
        "三、不得将附件所列物项出口用于反潜作战、水下目标探测等军事用途。",
        "出口经营者不准把上述技术用于核爆炸装置的研发。",
        "三、附件所列物项不得用于大规模杀伤性武器及其运载工具。",
    ],
)
def test_a_ban_on_a_use_is_an_end_use_rule(text: str) -> None:
    """2026 No. 994 三 / 985 三: keyed on what the goods are used for, not on goods or destination."""
    assert rule_kinds(text) == ("end_use",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the commitment printed after what it promises (2026 No. 987), paperwork named beside it
        (
            "出口经营者向上述实体出口两用物项的，不得申请通用许可；申请单项许可时，应当提交针对上述实体的风险评估报告，"
            "并出具不将两用物项用于军事用途或者转让给出口管制管控名单所列实体的书面承诺。",
            ("end_use", "licence_procedure"),
        ),
        # stricter review and a denial by military use, on the parties the notice lists: conditions of the
        # licensing (rules), not bans whose object is the party
        (
            "商务部对上述实体的两用物项出口实施更为严格的最终用户和最终用途审查，凡涉及军事最终用户、军事用途的出口申请，不予批准。",
            ("end_user", "end_use"),
        ),
        # a domestic operator's application to trade with listed parties (UEL 〔2026〕997号 四)
        (
            "四、特殊情况下确需与第一款所列实体进行交易的，相关经营者可以向工作机制办公室提出申请。",
            ("licence_procedure",),
        ),
        # …but a commitment not to change the end use is paperwork, not a use condition (2026 No. 994 四)
        (
            "四、出口经营者申请许可时，应当提交最终用户和最终用途说明，并承诺未经商务部同意，不改变最终用途或者向第三方转让。",
            ("licence_procedure",),
        ),
        # a ban whose object is the party stays the party's measure, a use ban on 其 included
        ("禁止其将两用物项用于军事目的。", ()),
        ("禁止出口经营者向上述实体出口两用物项。", ()),
    ],
)
def test_watch_list_conditions_and_applications_are_rules(text: str, expected: tuple[str, ...]) -> None:
    assert rule_kinds(text) == expected


def test_a_catalogue_part_heading_states_no_ban() -> None:
    """2026 No. 993: `一、禁止出口部分` over deleted entries names a part of the catalogue, not a ban."""
    body = "一、禁止出口部分\n畜牧业\n1.删去蚕类品种、繁育和蚕茧采集加工利用技术（编号：050304J）条目。\n二、本公告自公布之日起实施。"
    assert extract_rules(body) == ()
    # a ban printed as a sentence is still one
    assert rule_kinds("一、禁止出口下列物项：\n1.氟化氢。") == ("prohibition",)


_CLOSING = (
    "出口经营者出口上述物项，应当依照有关规定向商务部提出申请。\n"
    "出口经营者应当要求最终用户承诺，不将上述物项用于化学武器。\n"
)


@pytest.mark.parametrize(
    "last_clause",
    [
        "三、2B352.a、2B352.b 发酵罐、离心分离机。",  # a code-first list line
        "三、9E001 根据通用技术注释，用于开发上述物项的技术。",  # a technology entry
        "三、离心分离机（参考税则号列：84211990）。",  # a named item with its HS bracket
        "三、离心分离机（2B352.c）（海关商品编号：84211990）",
    ],
)
def test_paragraphs_after_a_clause_that_is_a_list_line_are_statements_of_their_own(last_clause: str) -> None:
    """Where the last numbered clause is itself an entry, the unnumbered paragraphs printed after it
    close the notice: the licence paragraph is a procedure rule even though an end-use paragraph
    follows, and neither belongs to the entry's clause."""
    body = f"一、下列物项实施出口管制：\n（一）2B352.d 生物反应器。\n{last_clause}\n{_CLOSING}"
    rules = extract_rules(body)
    assert sorted((rule.rule_kind, rule.clause) for rule in rules) == [
        ("end_use", None),
        ("licence_procedure", None),
    ]


def test_a_paragraph_after_a_clause_that_states_a_rule_still_continues_it() -> None:
    """Counterexample: after a clause that is a sentence (no list line), a paragraph goes on with it."""
    body = "三、商务部依法对出口申请进行审查。\n" + _CLOSING
    rules = extract_rules(body)
    assert {rule.clause for rule in rules} == {"三"}


def test_a_ban_naming_goods_with_their_hs_codes_is_no_list_line_and_its_wrapped_rest_goes_on_with_it() -> (
    None
):
    """Counterexample: `二、禁止对某国出口X（海关编码：…）` states a rule although it prints an HS code; a line
    wrapped out of it continues the clause and is no rule of its own."""
    body = "二、禁止对某国出口凝析油（海关编码：2709000000）和液化天然\n气。此后出境的上述产品一律按禁止出口货物处理。\n"
    assert [(rule.rule_kind, rule.clause) for rule in extract_rules(body)] == [("prohibition", "二")]


@pytest.mark.parametrize(
    ("share", "value"),
    [
        ("千分之五", 0.005),
        ("千分之一", 0.001),
        ("百分之零点一", 0.001),
        ("万分之五", 0.0005),
        ("百分之十", 0.1),
        ("千分之2.5", 0.0025),
        ("0.5%", 0.005),
    ],
)
def test_a_value_share_printed_in_words_is_the_threshold(share: str, value: float) -> None:
    clause = (
        "二、境外组织和个人在境外制造的含有原产于中华人民共和国的本公告所列物项的物项，"
        f"本公告所列物项价值占比达到{share}及以上的，出口前应当向商务部申请两用物项出口许可。"
    )
    assert "de_minimis_value" in rule_kinds(clause)
    assert threshold(clause) == pytest.approx(value)


def test_a_fraction_that_is_no_share_of_value_is_no_threshold() -> None:
    """Counterexample: 千分之五 of a purity or a tolerance is no value share."""
    clause = "二、纯度误差不超过千分之五的样品，出口前应当向商务部申请许可。"
    assert "de_minimis_value" not in rule_kinds(clause)
    assert threshold(clause) is None


@pytest.mark.parametrize("joined", ["并", "同时", "并且"])
def test_an_application_with_a_customs_remark_joined_to_it_is_still_licence_procedure(joined: str) -> None:
    clause = (
        "四、出口经营者出口本公告所列物项，应当依照有关规定向商务部申请许可，"
        f"{joined}在报关单备注栏中注明两用物项出口管制编码。"
    )
    assert rule_kinds(clause) == ("licence_procedure",)


def test_a_customs_remark_on_its_own_is_no_licence_procedure() -> None:
    """Counterexample: what the exporter writes on the declaration is a customs formality."""
    clause = "三、出口经营者出口上述物项时，应当在报关单备注栏中注明“属于两用物项”，并列明出口管制编码。"
    assert rule_kinds(clause) == ()


@pytest.mark.parametrize("verb", ["停止执行", "不再适用", "暂停实施", "中止执行", "废止"])
def test_a_sentence_stopping_another_notices_rule_states_no_rule_of_its_own(verb: str) -> None:
    clause = f"六、商务部公告2025年第9号第二款关于某类物项对某国出口原则上不予许可的规定，自本公告施行之日起{verb}。"
    assert rule_kinds(clause) == ()


def test_a_rule_citing_another_notice_without_stopping_it_is_still_a_rule() -> None:
    """Counterexample: a denial stated here, with another notice cited as its basis, is this notice's rule."""
    clause = "三、依照商务部公告2025年第9号的规定，对某国军事用户出口本公告所列物项的申请，原则上不予许可。"
    assert rule_kinds(clause) != ()


def test_stricter_review_of_listed_users_by_its_kind_is_an_end_user_rule_alone() -> None:
    clause = "三、对向关注名单所列进口商和最终用户出口上述物项的申请，实施更严格的最终用户和最终用途审查。"
    assert rule_kinds(clause) == ("end_user",)


def test_stricter_review_naming_a_use_is_still_an_end_use_rule() -> None:
    """Counterexample: a use named besides the review (军事用途) conditions the end use too; and stricter
    review not keyed on listed users keeps both kinds."""
    named = "三、对关注名单所列最终用户出口上述物项用于军事用途的申请，实施更严格的最终用户和最终用途审查。"
    assert set(rule_kinds(named)) == {"end_user", "end_use"}
    unkeyed = "三、对出口上述物项的申请，实施更严格的最终用户和最终用途审查。"
    assert set(rule_kinds(unkeyed)) == {"end_user", "end_use"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the duty to apply in a sentence of its own stays a rule beside a stronger sentence after it
        (
            "出口经营者出口上述设备，应当依照有关规定向商务部申请许可。进口商应当承诺，上述设备不用于生物武器。",
            ("end_use", "licence_procedure"),
        ),
        (
            "出口经营者出口上述软件，应当依照《某条例》第十六条的规定申请许可。"
            "对清单以外的软件，出口经营者知道或者应当知道其可能被用于危害国家安全的，应当申请许可。",
            ("catch_all", "licence_procedure"),
        ),
        # the application that ends a stronger rule's own sentence is that rule's wording
        (
            "出口经营者知道或者应当知道清单以外的物项用于大规模杀伤性武器的，应当向商务部申请许可。",
            ("catch_all",),
        ),
        # a provider's duty to ask whether the exporter applied files nothing
        (
            "任何组织和个人不得为违规出口提供代理、货运等服务。提供上述服务的经营者应当询问委托方是否已申请许可。",
            ("prohibition",),
        ),
    ],
)
def test_a_licence_duty_printed_as_its_own_sentence(text: str, expected: tuple[str, ...]) -> None:
    assert rule_kinds(text) == expected


def test_a_licence_application_by_reference_and_a_report_owed_are_procedure() -> None:
    assert rule_kinds(
        "四、恢复实施的措施所涉出口的许可申请，依照《中华人民共和国两用物项出口管制条例》和商务部公告2025年第62号第三条的规定办理。"
    ) == ("licence_procedure",)
    assert rule_kinds(
        "六、境外特定出口经营者为人道主义目的出口的，应当在出口后5个工作日内通过电子邮件（x@mofcom.gov.cn）向商务部报告。"
    ) == ("licence_procedure",)
    # the ministry reporting a decision owes nothing
    assert rule_kinds("五、商务部将根据形势发展对相关措施进行评估，评估结果另行公告。") == ()


def test_a_denial_keyed_on_the_use_and_an_earlier_notices_rule_told_as_history() -> None:
    assert rule_kinds("用于未接受国际原子能机构保障监督的核设施的出口申请，原则上不予许可。") == ("end_use",)
    told = "2024年12月3日，商务部发布2024年第46号公告，该公告第二款规定相关两用物项对美国出口原则上不予许可。"
    assert rule_kinds(told) == ()
    # this notice's own denial by destination stays a prohibition
    assert rule_kinds("二、镓、锗相关两用物项对美国出口，原则上不予许可。") == ("prohibition",)


def test_a_mixture_threshold_text_put_into_another_notice_and_a_rule_after_an_act() -> None:
    body = "二、出口经营者出口上述物项，应当申请许可；物项的混合物中上述任一化学品含量（按重量）大于等于30%的，同样适用本公告。"
    (share,) = [r for r in extract_rules(body) if r.rule_kind == "de_minimis_value"]
    assert share.threshold == pytest.approx(0.3)
    # a clause quoted into another notice is that notice's text, not a rule of this one
    body = "（二）第七款后增加一款作为第八款，即：“八、出口经营者多次出口本公告所列技术的，可以申请两用物项出口通用许可。”"
    assert extract_rules(body) == ()
    # after an act on another notice, a sentence part with a subject of its own is this notice's rule
    body = "三、商务部公告2025年第57号第一款所列钬相关物项，自2027年1月1日起恢复实施出口管制，出口经营者应当依照该公告的规定申请许可。"
    assert [r.rule_kind for r in extract_rules(body)] == ["licence_procedure"]
    # a ban on the listed parties (counted) is their measure, not a rule
    body = "一、禁止出口经营者向附件所列3家实体出口两用物项。"
    assert extract_rules(body) == ()


def test_exporters_who_go_on_applying_under_another_notice_follow_a_procedure() -> None:
    body = "二、评估期间，出口商务部公告2025年第10号第一款所列物项的，继续按照该公告规定的许可程序办理。"
    assert [r.rule_kind for r in extract_rules(body)] == ["licence_procedure"]


def test_procedure_named_by_another_notice_a_form_and_the_licensing_regime() -> None:
    body = "七、出口经营者出口本公告第一款所列物项的，依照商务部公告2023年第23号第二款至第七款的规定办理出口许可手续。"
    assert [r.rule_kind for r in extract_rules(body)] == ["licence_procedure"]
    body = "三、商务部公告2025年第62号附件1填写指引予以废止，申请人统一依照本公告附件2填写。"
    assert [r.rule_kind for r in extract_rules(body)] == ["licence_procedure"]
    body = "目录所列禁止出口的技术，不得出口；所列限制出口的技术，实行许可证管理。属于军民两用技术的，纳入出口管制管理。"
    assert [r.rule_kind for r in extract_rules(body)] == ["prohibition", "licence_procedure"]


def test_an_exemption_on_another_notice_is_no_ban_and_a_filing_is_procedure() -> None:
    body = (
        "七、出口经营者履行已签订的民用物项出口合同，向商务部公告2026年第30号所列实体出口的，暂不实施该公告第一款规定的"
        "禁止出口措施。出口经营者应当在出口前持合同原件向商务部备案，并承诺所出口物项不用于军事用途。"
    )
    assert sorted(r.rule_kind for r in extract_rules(body)) == ["end_use", "licence_procedure"]
    body = "六、本公告公布前已签订出口合同的上述物项，出口经营者可以持合同原件向商务部备案。"
    assert [r.rule_kind for r in extract_rules(body)] == ["licence_procedure"]


def test_a_denial_keyed_on_a_nuclear_use_is_an_end_use_rule() -> None:
    body = "五、出口经营者出口上述物项，应当申请许可。用于核爆炸活动或者未接受国际原子能机构保障监督的核设施的，不予许可。"
    assert sorted(r.rule_kind for r in extract_rules(body)) == ["end_use", "licence_procedure"]
