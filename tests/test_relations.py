"""Relations between notices (suspend / resume / repeal / amend), a notice's kind and `extract_notice`."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from parsers.chains import ReadNotice, act_of, resolve_anchors
from parsers.model import NoticeNumber, NoticePage
from parsers.numbers import parse_notice_number
from parsers.relations import (
    attached_targets,
    extract_notice,
    extract_relations,
    indirect_targets,
    notice_kind,
)

OWN_70 = parse_notice_number("商务部 海关总署公告2025年第70号")
NO_70 = (
    "经国务院批准，现就有关事项公告如下：\n"
    "经批准，自即日起至2026年11月10日，暂停实施商务部 海关总署公告2025年第55号、56号、57号、58号，"
    "以及商务部公告2025年第61号、62号。\n本公告自公布之日起正式实施。"
)


def _ids(relations: list) -> list[str]:
    return [r.target_number.notice_id for r in relations]


def test_suspension_list_carries_issuers_over_bare_numbers() -> None:
    relations = extract_relations(NO_70, OWN_70, dt.date(2025, 11, 7))
    assert _ids(relations) == [f"MOFCOM-2025-{n}" for n in (55, 56, 57, 58, 61, 62)]
    assert [r.target_number.issuers for r in relations] == [("商务部", "海关总署")] * 4 + [("商务部",)] * 2
    assert {r.relation for r in relations} == {"suspends"}
    assert {(r.window_from, r.window_until) for r in relations} == {
        (dt.date(2025, 11, 7), dt.date(2026, 11, 10))
    }
    assert [r.target_label for r in relations][:2] == ["商务部 海关总署公告2025年第55号", "56号"]


def test_fullwidth_suspension_text() -> None:
    text = "经批准，自即日起至２０２６年１１月１０日，暂停实施商务部公告２０２５年第６１号、６２号。"
    relations = extract_relations(text, None, dt.date(2025, 11, 7))
    assert _ids(relations) == ["MOFCOM-2025-61", "MOFCOM-2025-62"]
    assert relations[0].window_until == dt.date(2026, 11, 10)


def test_clause_level_suspension_with_dated_window() -> None:
    text = "经批准，自2025年11月9日起至2026年11月27日，暂停实施商务部公告2024年第46号第二款。"
    (relation,) = extract_relations(text, parse_notice_number("商务部公告2025年第72号"), dt.date(2025, 11, 9))
    assert (relation.relation, relation.clause) == ("suspends", "二")
    assert relation.target_number == NoticeNumber(("商务部",), "公告", 2024, 46)
    assert (relation.window_from, relation.window_until) == (dt.date(2025, 11, 9), dt.date(2026, 11, 27))


def test_own_number_is_never_a_target() -> None:
    text = "商务部公告2025年第72号暂停实施商务部公告2024年第46号第二款。"
    relations = extract_relations(text, parse_notice_number("商务部公告2025年第72号"), None)
    assert _ids(relations) == ["MOFCOM-2024-46"]


def test_resume_repeal_and_amend_verbs() -> None:
    published = dt.date(2026, 11, 11)
    resumed = extract_relations("自2026年11月11日起恢复实施商务部公告2025年第61号。", None, published)
    assert [(r.relation, r.window_from, r.window_until) for r in resumed] == [
        ("resumes", dt.date(2026, 11, 11), None)
    ]
    repealed = extract_relations("商务部公告2020年第3号同时废止。", None, published)
    assert [(r.relation, r.window_from) for r in repealed] == [("repeals", published)]
    amended = extract_relations("对商务部令2021年第1号作如下修改：", None, published)
    assert [(r.relation, r.target_number.series) for r in amended] == [("amends", "令")]
    assert extract_relations("商务部公告2025年第61号所列物项，未经许可不得出口。", None, published) == []


def test_co_issuer_without_a_code_keeps_the_lead_issuer() -> None:
    # 2023 No. 39 lifts the rest of 商务部、国防科工委、海关总署公告2006年第50号.
    text = (
        "二、除上述物项外，商务部、国防科工委、海关总署公告2006年第50号所列其他石墨类物项，"
        "不再实施临时出口管制。"
    )
    (relation,) = extract_relations(
        text, parse_notice_number("商务部 海关总署公告2023年第39号"), dt.date(2023, 10, 20)
    )
    # Controls taken off (不再实施临时出口管制) are lifted: the 2006 notice itself is not repealed.
    assert relation.relation == "lifts"
    assert relation.target_number.notice_id == "MOFCOM-2006-50"
    assert relation.target_number.issuers == ("商务部", "国防科工委", "海关总署")


def test_notice_kind() -> None:
    assert notice_kind(3, [], "") == "adds_controls"
    suspensions = extract_relations(NO_70, OWN_70, None)
    assert notice_kind(0, suspensions, NO_70) == "suspends"
    assert notice_kind(0, [], "禁止向美国军事用户出口两用物项。") == "adds_controls"
    assert notice_kind(0, [], "现将《对外贸易经营者备案登记办法》修改如下。") == "informational"


def _page(
    body: str,
    number: str,
    published: dt.date | None,
    effective: dt.date | None,
    rule: str | None,
    attachments: tuple = (),
) -> NoticePage:
    return NoticePage(
        url="https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_x.html",
        title_zh=f"{number} 公布对稀土相关技术实施出口管制的决定",
        number=parse_notice_number(number),
        number_printed=number,
        issuing_unit="安全与管制局",
        published_on=published,
        page_time=None,
        effective_on=effective,
        effective_rule=rule,
        body=body,
        attachments=attachments,
    )


def test_extract_notice_with_attachment_text_and_count_check() -> None:
    from parsers.model import Attachment

    attachment = Attachment("https://www.mofcom.gov.cn/a/附件1.pdf", "附件1")
    body = "决定对下列物项实施出口管制，清单共3项，详见附件1。\n本公告自公布之日起正式实施。"
    page = _page(
        body,
        "商务部公告2025年第61号",
        dt.date(2025, 10, 9),
        dt.date(2025, 10, 9),
        "on_publication",
        (attachment,),
    )
    unread = extract_notice(page)
    assert (unread.kind, unread.entries, unread.stated_count) == ("adds_controls", (), 3)
    assert {i.code for i in unread.issues} == {"count_mismatch", "list_in_attachment"}

    text = "一、稀土相关物项\n1. 1C902.a.4 钐钴永磁材料；\n2. 1C904.a.4 含铽的钕铁硼永磁材料。"
    read = extract_notice(page, {attachment.url: text})
    assert [(e.control_code, e.source) for e in read.entries] == [
        ("1C902.a.4", attachment.url),
        ("1C904.a.4", attachment.url),
    ]
    assert [i.code for i in read.issues] == ["count_mismatch"]  # 3 stated, 2 read


def test_extract_notice_effective_issue_only_when_nothing_is_stated() -> None:
    body = "一、以下物项未经许可不得出口：\n（一）稀土相关技术。（管制编码：1E902.a）"
    silent = extract_notice(_page(body, "商务部公告2025年第62号", dt.date(2025, 10, 9), None, None))
    assert "no_effective_clause" in {i.code for i in silent.issues}
    stated = extract_notice(
        _page(body + "\n本公告自公布之日起正式实施。", "商务部公告2025年第62号", None, None, "on_publication")
    )
    assert "no_effective_clause" not in {i.code for i in stated.issues}


def test_clause_after_a_bracketed_title_is_kept() -> None:
    text = (
        "经研究决定，自即日起至2026年11月27日，暂停实施商务部公告2024年第46号"
        "（《关于加强相关两用物项对美国出口管制的公告》）第二款。"
    )
    (relation,) = extract_relations(text, parse_notice_number("商务部公告2025年第72号"), dt.date(2025, 11, 9))
    assert (relation.relation, relation.clause) == ("suspends", "二")
    assert (relation.window_from, relation.window_until) == (dt.date(2025, 11, 9), dt.date(2026, 11, 27))


def test_joint_target_is_keyed_by_its_lead_issuer_and_an_annex_repeal_is_partial() -> None:
    text = "商务部 海关总署 国家国防科工局 中央军委装备发展部公告2024年第51号附件所列清单不再适用。"
    (relation,) = extract_relations(text, None, dt.date(2025, 11, 9), dt.date(2025, 12, 1))
    assert relation.target_number.notice_id == "MOFCOM-2024-51"
    assert (relation.relation, relation.clause) == ("repeals", "附件")
    # A repeal takes effect with the repealing notice, not on its publication day.
    assert relation.window_from == dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("reference", "clause"),
    [
        ("（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1）", "附件1"),
        ("（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件 2）", "附件2"),
        ("（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号的附件二）", "附件二"),
        # an attachment printed without its number names the only one: the clause stays as printed
        ("（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件）", "附件"),
    ],
)
def test_an_amended_list_named_by_title_keeps_the_attachment_number_of_its_bracket(
    reference: str, clause: str
) -> None:
    text = f"商务部、工业和信息化部、海关总署决定对《两用物项出口管制清单》{reference}作如下调整。"
    (relation,) = extract_relations(text, None, dt.date(2026, 11, 20))
    assert relation.target_number.notice_id == "MOFCOM-2024-51"
    assert (relation.relation, relation.clause) == ("amends", clause)


def test_a_whole_notice_amended_is_not_read_as_its_attachment() -> None:
    # 第51号 followed by a title word starting like a count, not an attachment label
    text = "决定对商务部公告2024年第51号作如下调整。"
    (relation,) = extract_relations(text, None, dt.date(2026, 11, 20))
    assert (relation.relation, relation.clause) == ("amends", None)


def test_a_regulation_cited_as_legal_basis_is_not_amended() -> None:
    text = (
        "根据《中华人民共和国两用物项出口管制条例》（国务院令第792号）和《两用物项出口许可证管理办法》"
        "（商务部令2020年第4号），现对清单进行调整。"
    )
    assert extract_relations(text, None, dt.date(2025, 11, 9)) == []


def test_bracketed_mechanism_number_and_a_window_from_today() -> None:
    text = "自即日起至2026年11月10日，不可靠实体清单工作机制〔2025〕7号所列措施暂停实施。"
    (relation,) = extract_relations(text, None, dt.date(2025, 11, 10))
    assert relation.target_number.notice_id == "UEL-2025-7"
    assert (relation.relation, relation.window_from, relation.window_until) == (
        "suspends",
        dt.date(2025, 11, 10),
        dt.date(2026, 11, 10),
    )


def test_a_spokesperson_names_notices_by_short_number_and_by_listing_day() -> None:
    """Notices named 第13号公告 (the year said once) or by the day they listed entities."""
    november = (
        "答：商务部于2025年3月4日和4月4日分别发布2025年第13号和第21号公告，将31家美国实体列入出口管制管控名单。"
        "为落实共识，决定自2025年11月10日起，停止实施第13号公告所列15家美国实体的相关措施，"
        "继续暂停实施第21号公告所列16家美国实体的相关措施1年。"
    )
    relations = extract_relations(november, None, dt.date(2025, 11, 5))
    assert [(r.relation, r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("lifts", "MOFCOM-2025-13", dt.date(2025, 11, 10), None),
        ("suspends", "MOFCOM-2025-21", dt.date(2025, 11, 10), dt.date(2026, 11, 10)),  # 1年
    ]
    august = (
        "答：商务部于2025年4月4日和9日分别发布第21号和22号公告，将28家美国实体列入出口管制管控名单。"
        "决定自2025年8月12日起，对2025年4月4日列入出口管制管控名单的16家美国实体，继续暂停上述相关措施90天；"
        "对2025年4月9日列入出口管制管控名单的12家美国实体，停止执行相关措施。"
    )
    relations = extract_relations(august, None, dt.date(2025, 8, 12))
    assert [(r.relation, r.target_number.notice_id, r.window_until) for r in relations] == [
        ("suspends", "MOFCOM-2025-21", dt.date(2025, 11, 10)),  # 90天 from 12 August
        ("lifts", "MOFCOM-2025-22", None),
    ]


def test_an_adjustment_of_a_notice_also_repealed_is_not_a_further_amendment() -> None:
    body = (
        "决定对商务部、国家国防科工委、海关总署公告2006年第50号所列物项的范围进行优化调整。\n"
        "九、本公告自2023年12月1日起正式实施，商务部、国家国防科工委、海关总署公告2006年第50号同时废止。"
    )
    relations = extract_relations(body, None, dt.date(2023, 10, 20), dt.date(2023, 12, 1))
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in relations] == [
        ("repeals", "MOFCOM-2006-50", dt.date(2023, 12, 1))
    ]


def test_each_clause_of_a_clause_list_is_its_own_relation() -> None:
    """第二款、第三款: both clauses are suspended, not only the first; the next notice keeps its own clause."""
    text = (
        "自即日起至2026年11月27日，暂停实施商务部公告2024年第46号第二款、第三款和"
        "商务部 海关总署公告2025年第57号第一款。"
    )
    relations = extract_relations(text, parse_notice_number("商务部公告2025年第72号"), dt.date(2025, 11, 9))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations if r.target_number] == [
        ("suspends", "MOFCOM-2024-46", "二"),
        ("suspends", "MOFCOM-2024-46", "三"),
        ("suspends", "MOFCOM-2025-57", "一"),
    ]
    assert {r.window_until for r in relations} == {dt.date(2026, 11, 27)}


def test_a_suspension_of_the_measures_named_in_the_sentence_before() -> None:
    """分别发布第21号和22号公告，将…列入…。决定…暂停实施上述相关措施90天: both notices are the targets."""
    text = (
        "答：商务部于2025年4月4日和9日分别发布第21号和22号公告，将28家美国实体列入出口管制管控名单。"
        "为落实共识，决定自2025年5月14日起，暂停实施上述相关措施90天。"
    )
    relations = extract_relations(text, None, dt.date(2025, 5, 14))
    assert [(r.relation, r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("suspends", "MOFCOM-2025-21", dt.date(2025, 5, 14), dt.date(2025, 8, 12)),
        ("suspends", "MOFCOM-2025-22", dt.date(2025, 5, 14), dt.date(2025, 8, 12)),
    ]
    # 上述 with nothing named before it acts on nothing
    assert (
        extract_relations("决定自2025年5月14日起，暂停实施上述相关措施90天。", None, dt.date(2025, 5, 14))
        == []
    )


def test_an_order_numbered_in_chinese_numerals_suspended_for_a_year_in_a_trailing_clause() -> None:
    text = (
        "自北京时间2025年11月10日起，暂停实施商务部2025年10月14日公布的《关于对韩华海洋株式会社5家美国相关子公司"
        "采取反制措施的决定》（商务部令二〇二五年第6号）所列反制措施，为期一年。"
    )
    (relation,) = extract_relations(text, None, dt.date(2025, 11, 9))
    assert relation.target_number is not None and relation.target_number.notice_id == "MOFCOM-ORDER-2025-6"
    assert (relation.relation, relation.window_from, relation.window_until) == (
        "suspends",
        dt.date(2025, 11, 10),  # 自北京时间…起, not the publication date
        dt.date(2026, 11, 10),
    )


@pytest.mark.parametrize(
    ("tail", "relation", "part"),
    [
        (
            "所附的《某物项出口管制清单》及相关许可程序，不再适用。",
            "repeals",
            "所附的《某物项出口管制清单》及相关许可程序",
        ),
        ("所列第三部分物项同时废止。", "repeals", "所列第三部分物项"),
    ],
)
def test_a_partial_repeal_keeps_the_part_it_ends_as_its_clause(tail: str, relation: str, part: str) -> None:
    """Only an annexed list (or the provisions on one subject) of the target ends: the part printed
    between the target and the verb is the clause, so the rest of the target stays in force."""
    text = "自2026年3月1日起，商务部、海关总署公告2019年第7号（《关于某物项出口管制有关事项的公告》）" + tail
    (found,) = extract_relations(text, None, dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    assert found.target_number is not None and found.target_number.notice_id == "MOFCOM-2019-7"
    assert (found.relation, found.clause, found.window_from) == (relation, part, dt.date(2026, 3, 1))


def test_a_whole_repeal_has_no_clause() -> None:
    text = "商务部、海关总署公告2019年第7号（《关于某物项出口管制有关事项的公告》）同时废止。"
    (found,) = extract_relations(text, None, dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    assert (found.relation, found.clause) == ("repeals", None)


def test_a_part_printed_before_the_verb_never_runs_into_another_notice() -> None:
    """`第7号所附清单和…第8号，同时废止`: two whole targets, not a clause of the first naming the second."""
    text = "商务部公告2019年第7号所附清单和商务部公告2020年第8号，同时废止。"
    found = extract_relations(text, None, dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    got = [(r.target_number.notice_id if r.target_number else None, r.relation, r.clause) for r in found]
    assert got == [("MOFCOM-2019-7", "repeals", None), ("MOFCOM-2020-8", "repeals", None)]


@pytest.mark.parametrize(
    ("printed", "clause"),
    [
        ("商务部 海关总署公告2024年第33号第一款第（一）项第7目同时停止执行。", "一/(一)/7"),
        ("商务部 海关总署公告2024年第33号第一条第（一）项同时停止执行。", "一/(一)"),
        ("商务部 海关总署公告2024年第33号第二款第3项同时废止。", "二/3"),
        ("商务部 海关总署公告2024年第33号第二款同时废止。", "二"),
    ],
)
def test_a_repeal_of_a_printed_point_keeps_the_whole_path(printed: str, clause: str) -> None:
    """A repeal of one point must not read as a repeal of its whole clause (that would end every entry
    under 第一款 on the effective date, a false 'removed' line for each)."""
    [relation] = extract_relations(printed, None, dt.date(2026, 4, 20), dt.date(2026, 5, 20))
    assert (relation.relation, relation.clause, relation.window_from) == (
        "repeals",
        clause,
        dt.date(2026, 5, 20),
    )


def test_a_further_clause_with_its_point_keeps_its_path_too() -> None:
    relations = extract_relations(
        "暂停实施商务部公告2024年第46号第二款、第三款第（二）项。", None, dt.date(2026, 4, 20)
    )
    assert [(r.relation, r.clause) for r in relations] == [("suspends", "二"), ("suspends", "三/(二)")]


def test_the_end_of_a_suspension_dates_a_resumption_and_suspends_nothing() -> None:
    relations = extract_relations(
        "三、商务部 海关总署公告2025年第56号、57号暂停实施期满后，自2026年11月11日起恢复实施。",
        None,
        dt.date(2026, 11, 6),
    )
    assert [(r.relation, r.target_number and r.target_number.number, r.window_from) for r in relations] == [
        ("resumes", 56, dt.date(2026, 11, 11)),
        ("resumes", 57, dt.date(2026, 11, 11)),
    ]
    # the suspension itself is still a suspension
    [suspension] = extract_relations("暂停实施商务部公告2025年第56号。", None, dt.date(2026, 11, 6))
    assert suspension.relation == "suspends"


OWN_945 = parse_notice_number("商务部 海关总署公告2026年第945号")


def test_numbered_lines_under_a_verb_intro_are_acted_on_by_it() -> None:
    """`下列物项不再实施出口管制：` then `1. …第10号第三款第（三）项所列X；`: the intro's verb acts on each
    line's target; a printed point no longer controlled is a partial repeal, from the effective date."""
    body = (
        "一、下列物项未经许可，不得出口：\n（一）1C002 金属合金\n"
        "二、自本公告实施之日起，下列物项不再实施出口管制：\n"
        "1. 商务部 海关总署公告2025年第10号第三款第（三）项所列三苯基铋；\n"
        "2. 商务部 海关总署公告2025年第10号第三款第（四）项所列三对乙氧基苯基铋。\n"
        "三、本公告自2026年11月20日起正式实施。"
    )
    relations = extract_relations(body, OWN_945, dt.date(2026, 10, 20), dt.date(2026, 11, 20))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("repeals", "MOFCOM-2025-10", "三/(三)"),
        ("repeals", "MOFCOM-2025-10", "三/(四)"),
    ]
    assert {(r.window_from, r.window_until) for r in relations} == {(dt.date(2026, 11, 20), None)}


def test_lines_after_a_non_list_paragraph_are_not_under_the_intro() -> None:
    """The intro governs its numbered lines only: a paragraph in between ends it, and a numbered line
    citing a notice as a reference is then no target."""
    body = (
        "二、下列物项不再实施出口管制：\n本条所列物项的出口，按照原有规定办理。\n"
        "1. 参照商务部 海关总署公告2025年第10号第三款办理。"
    )
    assert extract_relations(body, OWN_945, dt.date(2026, 10, 20)) == []


def test_measures_taken_off_without_a_clause_are_still_lifts() -> None:
    body = "自即日起，停止实施商务部 海关总署公告2025年第57号相关管制措施。"
    (relation,) = extract_relations(body, OWN_945, dt.date(2026, 10, 20))
    assert (relation.relation, relation.clause) == ("lifts", None)


@pytest.mark.parametrize(
    ("verb", "relation"), [("不再适用", "repeals"), ("予以废止", "repeals"), ("停止执行", "repeals")]
)
def test_part_of_a_printed_clause_that_ends_keeps_the_printed_words(verb: str, relation: str) -> None:
    """`…第46号第二款中涉及超硬材料相关两用物项的内容不再适用`: part of 第二款 ends, not the clause: the clause is
    the printed words from 第二款 to the verb, from the printed start."""
    body = f"七、自2026年12月17日起，商务部公告2024年第46号第二款中涉及超硬材料相关两用物项的内容{verb}。"
    (found,) = extract_relations(body, OWN_945, dt.date(2026, 11, 17))
    assert (found.relation, found.target_number.notice_id) == (relation, "MOFCOM-2024-46")
    assert found.clause == "第二款中涉及超硬材料相关两用物项的内容"
    assert found.window_from == dt.date(2026, 12, 17)


def test_a_whole_clause_or_its_listed_point_keeps_its_path() -> None:
    """The counterexamples: a clause that ends whole, or a point named by what it lists, is its path."""
    whole = extract_relations(
        "自2026年12月17日起，商务部公告2024年第46号第二款不再适用。", OWN_945, dt.date(2026, 11, 17)
    )
    assert [r.clause for r in whole] == ["二"]
    listed = extract_relations(
        "商务部 海关总署公告2025年第10号第三款第（三）项所列三苯基铋，不再适用。",
        OWN_945,
        dt.date(2026, 11, 17),
    )
    assert [r.clause for r in listed] == ["三/(三)"]


@pytest.mark.parametrize("term", ["，为期1年", "，为期一年", "1年"])
def test_a_clause_suspended_for_a_year_from_a_printed_start(term: str) -> None:
    """`自2026年12月17日起，暂停实施…第三款第（三）项，为期1年`: the window runs from the printed start and
    ends on the corresponding day a year on (start day not counted)."""
    body = f"六、自2026年12月17日起，暂停实施商务部 海关总署公告2025年第58号第三款第（三）项{term}。"
    (found,) = extract_relations(body, OWN_945, dt.date(2026, 11, 17))
    assert (found.relation, found.clause) == ("suspends", "三/(三)")
    assert (found.window_from, found.window_until) == (dt.date(2026, 12, 17), dt.date(2027, 12, 17))


def test_a_preamble_closing_with_ru_xia_lends_no_verb_to_the_lines_after_it() -> None:
    """`…进行调整，现公告如下：` introduces the notice's clauses, not a list of targets: a numbered line citing
    a notice under it is not adjusted by the preamble's 调整."""
    body = (
        "经国务院批准，决定对有关出口管制措施进行调整，现公告如下：\n"
        "1. 商务部 海关总署公告2025年第10号第三款所列物项的出口许可，按原有规定办理。"
    )
    assert extract_relations(body, OWN_945, dt.date(2026, 10, 20)) == []


@pytest.mark.parametrize(
    ("period", "until"),
    [
        ("暂停期限自本公告公布之日起6个月", dt.date(2027, 6, 16)),
        ("暂停实施期限为六个月", dt.date(2027, 6, 16)),
        ("暂停实施期限1年", dt.date(2027, 12, 16)),
        ("暂停期90天", dt.date(2027, 3, 16)),
    ],
)
def test_a_clause_stating_the_period_gives_the_suspension_its_end(period: str, until: dt.date) -> None:
    """`…第一款、第二款，暂停期限…6个月`: the clause restates the period of the verb before it, whose
    word (暂停) it repeats; it does not act again."""
    text = f"暂停实施商务部 海关总署公告2023年第23号第一款、第二款，{period}。"
    relations = extract_relations(text, None, dt.date(2026, 12, 16))
    assert [(r.clause, r.window_from, r.window_until) for r in relations] == [
        ("一", dt.date(2026, 12, 16), until),
        ("二", dt.date(2026, 12, 16), until),
    ]
    # A clause with a notice of its own is another act, not the period of the first one.
    two = "暂停实施商务部公告2025年第61号，暂停实施商务部公告2025年第62号1年。"
    first, second = extract_relations(two, None, dt.date(2026, 12, 16))
    assert (first.window_until, second.window_until) == (None, dt.date(2027, 12, 16))


@pytest.mark.parametrize(
    "background",
    [
        "商务部 海关总署公告2025年第70号所定暂停实施期限已于2026年11月10日届满。",
        "商务部公告2025年第70号规定的暂停期间已经结束。",
        "鉴于商务部公告2025年第70号的暂停执行时限于2026年11月10日到期，现公告如下：",
    ],
)
def test_a_suspension_that_has_ended_is_background_not_a_suspension(background: str) -> None:
    """商务部公告2026年第996号's preamble: the end of an earlier window, not an act on that notice."""
    assert extract_relations(background, None, dt.date(2026, 12, 17)) == []


@pytest.mark.parametrize(
    "printed",
    [
        # A suspension whose period clause names its end still suspends.
        "暂停实施商务部公告2025年第62号第一款第（二）项，暂停期限至2027年12月31日。",
        "自2027年1月1日起至2027年12月31日，暂停实施商务部公告2025年第62号第一款第（二）项。",
    ],
)
def test_a_suspension_with_its_own_period_still_suspends(printed: str) -> None:
    [relation] = extract_relations(printed, None, dt.date(2026, 12, 17))
    assert (relation.relation, relation.clause) == ("suspends", "一/(二)")


def test_an_amendment_runs_from_the_notice_s_effective_date_not_its_publication() -> None:
    """商务部 海关总署公告2026年第992号 rewrites a point of 2025 No. 57 and takes effect a month later: the
    target changes when the notice does (FORMAT.md: a repeal or amendment runs from the effective date)."""
    published, effective = dt.date(2026, 12, 4), dt.date(2027, 1, 1)
    [amended] = extract_relations(
        "二、将商务部 海关总署公告2025年第57号第一款第(一)项第2目修改为：“2.钬含量大于等于1%的含钬的合金：”。",
        None,
        published,
        effective,
    )
    assert (amended.relation, amended.clause, amended.window_from) == ("amends", "一/(一)/2", effective)
    # …unless it prints its own start
    [dated] = extract_relations(
        "自2027年3月1日起，将商务部公告2025年第62号第一款第（二）项修改为：“…”。", None, published, effective
    )
    assert dated.window_from == dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("printed", "clauses"),
    [
        # 商务部 海关总署公告2026年第980号 三: two points of one item, repealed in one sentence
        (
            "商务部 海关总署公告2024年第33号第一款第（一）项第4目、第5目所列物项，上述两目同时废止。",
            ["一/(一)/4", "一/(一)/5"],
        ),
        (
            "废止商务部公告2024年第33号第一款第（一）项第4目和第6目、第二款。",
            ["一/(一)/4", "一/(一)/6", "二"],
        ),
        ("废止商务部公告2024年第33号第一款第（一）项、第（三）项。", ["一/(一)", "一/(三)"]),
        # counterexamples: a following notice number is that notice, not a further point
        ("废止商务部公告2024年第33号第一款第（一）项第4目、2025年第5号。", ["一/(一)/4", None]),
        ("废止商务部公告2024年第33号第一款、第二款。", ["一", "二"]),
    ],
)
def test_further_points_or_items_of_the_same_clause_are_each_a_relation(
    printed: str, clauses: list[str | None]
) -> None:
    relations = extract_relations(printed, None, dt.date(2026, 12, 1))
    assert [(r.relation, r.clause) for r in relations] == [("repeals", c) for c in clauses]


@pytest.mark.parametrize(
    "printed",
    [
        "暂停实施商务部公告2025年第62号第一款第（二）项，暂停期限至2027年12月31日。",
        "暂停实施商务部公告2025年第62号第一款第（二）项至2027年12月31日止。",
    ],
)
def test_a_suspension_printing_only_its_end_runs_from_the_notice_s_effective_date(printed: str) -> None:
    published, effective = dt.date(2026, 12, 17), dt.date(2027, 1, 1)
    [relation] = extract_relations(printed, None, published, effective)
    assert (relation.window_from, relation.window_until) == (effective, dt.date(2027, 12, 31))


def test_an_end_date_of_something_else_is_no_end_of_the_suspension() -> None:
    """Counterexample: the validity of a licence, or of the notice, ends nothing the verb suspends."""
    printed = "暂停实施商务部公告2025年第62号。已取得的许可证有效至2027年12月31日。"
    [relation] = extract_relations(printed, None, dt.date(2026, 12, 17))
    assert (relation.window_from, relation.window_until) == (dt.date(2026, 12, 17), None)


@pytest.mark.parametrize(
    "printed",
    [
        "二、商务部 海关总署公告2025年第70号暂停实施的措施，自2026年11月11日起恢复实施。",
        "商务部公告2025年第70号所暂停的出口管制措施自2026年11月11日起恢复实施。",
        "商务部公告2025年第70号暂停实施的相关措施，继续暂停至2027年11月10日。",
    ],
)
def test_resuming_what_a_notice_suspended_is_no_relation_to_that_notice(printed: str) -> None:
    """No. 70 suspended Nos. 55–58 and 61–62; resuming `第70号暂停实施的措施` resumes those, which the
    text does not name (FORMAT.md: a target without a printed number is no relation). No relation to
    No. 70, and an issue says what could not be resolved."""
    assert extract_relations(printed, None, dt.date(2026, 11, 1)) == []
    [issue] = indirect_targets(printed)
    assert issue.code == "relation_target_indirect" and "2025年第70号" in issue.message
    # the issue reaches the notice's extraction (and so data_issues)
    page = _page(printed, "商务部公告2026年第9001号", dt.date(2026, 11, 1), dt.date(2026, 11, 1), None)
    extraction = extract_notice(page)
    assert extraction.relations == () and "relation_target_indirect" in [i.code for i in extraction.issues]


def test_a_notice_named_after_what_suspended_it_is_the_target() -> None:
    """Counterexamples: the suspended notice printed after `…暂停实施的` is the target; a plain
    suspension still suspends; neither is an indirect act."""
    printed = "商务部公告2025年第70号暂停实施的商务部公告2025年第61号，自2026年11月11日起恢复实施。"
    [relation] = extract_relations(printed, None, dt.date(2026, 11, 1))
    assert (relation.relation, relation.target_number.number) == ("resumes", 61)
    assert indirect_targets(printed) == []
    [plain] = extract_relations("自即日起暂停实施商务部公告2025年第61号。", None, dt.date(2026, 11, 1))
    assert (plain.relation, plain.target_number.number) == ("suspends", 61)


@pytest.mark.parametrize(
    ("printed", "clause"),
    [
        # the title in bare brackets, full width, then a clause
        ("暂停实施商务部公告2025年第12号（关于对若干金属物项实施出口管制的决定）第四款规定的措施。", "四"),
        # half width, a clause and its item
        (
            "暂停实施商务部公告2025年第12号(关于调整某类物项出口管制措施的公告)第二款第(三)项规定的措施。",
            "二/(三)",
        ),
        # in quotes instead of 《》
        ("暂停实施商务部公告2025年第12号（“关于对若干金属物项实施出口管制的决定”）第一条。", "一"),
        # the 《》 form read before stays read
        ("暂停实施商务部公告2025年第12号（《关于对若干金属物项实施出口管制的决定》）第三款。", "三"),
    ],
)
def test_a_clause_after_a_title_in_any_brackets_is_the_targets_clause(printed: str, clause: str) -> None:
    """MOFCOM prints the target's title between its number and the clause with or without 《》: either
    way only that clause is acted on, not the whole notice."""
    (found,) = extract_relations(printed, None, dt.date(2026, 6, 1))
    assert found.target_number is not None and found.target_number.notice_id == "MOFCOM-2025-12"
    assert (found.relation, found.clause) == ("suspends", clause)


def test_a_bracketed_title_without_a_clause_acts_on_the_whole_notice() -> None:
    """Counterexamples: a title and then what the notice lists (所列措施) names no clause; a bracket that
    cites another notice is no title, so the clause after it is not given to the first number."""
    whole = (
        "商务部公告2025年第12号（关于对若干金属物项实施出口管制的决定）所列措施，自2027年2月1日起恢复实施。"
    )
    (found,) = extract_relations(whole, None, dt.date(2026, 6, 1))
    assert (found.relation, found.target_number.number, found.clause) == ("resumes", 12, None)
    assert found.window_from == dt.date(2027, 2, 1)
    # (the notice that amended it, named as the agent of that amendment, is not suspended itself)
    citing = "暂停实施商务部公告2025年第12号（已由商务部公告2025年第30号修改）。"
    assert [
        (r.target_number.number, r.clause) for r in extract_relations(citing, None, dt.date(2026, 6, 1))
    ] == [(12, None)]


@pytest.mark.parametrize(
    "printed",
    [
        "商务部公告2025年第12号第二款，自本公告公布之日起不再执行。",
        "商务部公告2025年第12号第二款自发布之日起废止。",
        "自即日起，商务部公告2025年第12号第二款停止执行。",
    ],
)
def test_an_act_printed_from_publication_starts_on_publication(printed: str) -> None:
    """A notice in force a month after it is published may end a clause of another at once: the start the
    sentence prints (the day of publication) is the act's, not the notice's effective date."""
    (found,) = extract_relations(printed, None, dt.date(2026, 6, 1), dt.date(2026, 7, 1))
    assert (found.relation, found.clause, found.window_from) == ("repeals", "二", dt.date(2026, 6, 1))


def test_an_act_with_no_printed_start_takes_the_notices_effective_date() -> None:
    """Counterexample: with no start in its sentence, a repeal runs from the notice's effective date."""
    (found,) = extract_relations(
        "商务部公告2025年第12号第二款同时废止。", None, dt.date(2026, 6, 1), dt.date(2026, 7, 1)
    )
    assert found.window_from == dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    "closing",
    [
        "即截止日期为2026年9月30日",
        "即截止日为2026年9月30日",
        "到期日期为2026年9月30日",
        "截止于2026年9月30日",
        "至2026年9月30日",
        "即至2026年9月30日止",
    ],
)
def test_a_printed_closing_day_wins_over_the_duration_beside_it(closing: str) -> None:
    """An extension counted from the old window's end prints its closing day; counting the duration from
    this notice's publication would end the window on the wrong day."""
    text = f"商务部公告2024年第9号的暂停实施期限再延长3个月，{closing}。"
    (found,) = extract_relations(text, None, dt.date(2026, 5, 20))
    assert (found.relation, found.window_from, found.window_until) == (
        "suspends",
        dt.date(2026, 5, 20),
        dt.date(2026, 9, 30),
    )


def test_a_duration_alone_still_counts_from_the_printed_start() -> None:
    """Counterexample: with no closing day printed, the duration gives the end."""
    (found,) = extract_relations(
        "商务部公告2024年第9号的暂停实施期限，自2026年6月1日起延长3个月。", None, dt.date(2026, 5, 20)
    )
    assert (found.window_from, found.window_until) == (dt.date(2026, 6, 1), dt.date(2026, 9, 1))


def test_what_holds_during_a_suspension_acts_on_nothing() -> None:
    """暂停期间 names the time a suspension runs; 上述公告 there recalls notices, it suspends none. The
    notices whose windows are said to close (the makers of the old suspensions) are context too."""
    text = (
        "商务部公告2024年第80号规定的暂停实施期限将于2026年6月30日届满。现公告如下：\n"
        "一、商务部公告2024年第9号的暂停实施期限延长至2027年6月30日。\n"
        "二、暂停实施期间，出口上述公告所列物项的，应当在报关单中如实申报。\n"
        "三、在暂停期间内，商务部公告2024年第12号所列物项的许可证件继续有效。"
    )
    found = extract_relations(text, None, dt.date(2026, 6, 10))
    assert [(r.relation, r.target_number.number) for r in found] == [("suspends", 9)]


@pytest.mark.parametrize(
    "printed",
    [
        "商务部公告2024年第9号不再暂停实施，自本公告公布之日起恢复。",
        "取消对商务部公告2024年第9号的暂停，自本公告公布之日起恢复执行。",
        "商务部公告2024年第9号终止暂停，自2026年6月10日起恢复。",
    ],
)
def test_ending_a_suspension_early_resumes_the_target(printed: str) -> None:
    (found,) = extract_relations(printed, None, dt.date(2026, 6, 10))
    assert (found.relation, found.target_number.number, found.window_from) == (
        "resumes",
        9,
        dt.date(2026, 6, 10),
    )


def test_continuing_a_suspension_is_no_resumption() -> None:
    """Counterexample: 继续暂停 keeps the target suspended."""
    (found,) = extract_relations(
        "商务部公告2024年第9号自2026年7月1日起继续暂停实施。", None, dt.date(2026, 6, 10)
    )
    assert (found.relation, found.window_from, found.window_until) == ("suspends", dt.date(2026, 7, 1), None)


@pytest.mark.parametrize("verb", ["删去", "删除"])
def test_a_point_struck_out_is_a_partial_repeal(verb: str) -> None:
    text = f"{verb}商务部 海关总署公告2024年第9号第二款第（三）项第5目。"
    (found,) = extract_relations(text, None, dt.date(2026, 6, 10), dt.date(2026, 7, 1))
    assert (found.relation, found.clause, found.window_from) == ("repeals", "二/(三)/5", dt.date(2026, 7, 1))


def test_words_struck_out_of_a_point_amend_it() -> None:
    """Counterexample: quoted words deleted from a point leave the point in force, reworded."""
    text = "删去商务部公告2024年第9号第二款第（三）项中的“及其零部件”。"
    (found,) = extract_relations(text, None, dt.date(2026, 6, 10))
    assert (found.relation, found.clause) == ("amends", "二/(三)")


_PUBLISHED = dt.date(2026, 3, 2)


def _acts(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (r.relation, r.target_number.notice_id, r.clause) for r in extract_relations(text, None, _PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("printed", "clauses"),
    [
        ("第二款至第四款", ["二", "三", "四"]),
        ("第二条到第四条", ["二", "三", "四"]),
        ("第二款～第四款", ["二", "三", "四"]),
        ("第一款、第三款至第五款", ["一", "三", "四", "五"]),
        ("第九款至第十一款", ["九", "十", "十一"]),
    ],
)
def test_a_run_of_clauses_printed_by_its_ends_acts_on_every_clause_in_it(
    printed: str, clauses: list[str]
) -> None:
    """`第二款至第四款`: the clauses between the printed ends are acted on as if each were printed."""
    text = f"商务部公告2024年第7号{printed}，自2026年4月1日起暂停实施。"
    assert _acts(text) == [("suspends", "MOFCOM-2024-7", clause) for clause in clauses]


@pytest.mark.parametrize("anaphor", ["上述公告", "该公告", "前述公告"])
def test_clauses_of_上述公告_belong_to_the_notice_acted_on_before(anaphor: str) -> None:
    """一、…第7号第一款…恢复实施。二、上述公告第二款至第三款…暂停: the anaphor names the notice the clause
    before acted on (not that clause's own clauses), with the clauses it prints."""
    text = (
        "一、商务部公告2024年第7号（《关于某类物项的公告》）第一款，自2026年4月1日起恢复实施。\n"
        f"二、{anaphor}第二款至第三款，自2026年4月1日起继续暂停实施，暂停期限为3个月。\n"
    )
    relations = extract_relations(text, None, _PUBLISHED)
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("resumes", "MOFCOM-2024-7", "一"),
        ("suspends", "MOFCOM-2024-7", "二"),
        ("suspends", "MOFCOM-2024-7", "三"),
    ]
    assert relations[-1].window_until == dt.date(2026, 7, 1)


def test_上述_without_clauses_after_an_act_adds_no_relation() -> None:
    """Counterexample: `上述公告所列物项…废止后…` after a repeal list describes what follows the repeal; it
    does not act on the last notice again."""
    text = (
        "一、下列公告自2026年6月1日起废止：\n（一）商务部公告2022年第4号；\n（二）商务部公告2023年第8号。\n"
        "上述公告所列物项已纳入管制清单，废止后依照该清单继续实施出口管制。\n"
    )
    assert _acts(text) == [("repeals", "MOFCOM-2022-4", None), ("repeals", "MOFCOM-2023-8", None)]


def test_a_verb_inside_a_cited_title_is_not_the_notices_act() -> None:
    """`（二）…第8号（《关于调整某类物项管制措施的公告》）；` under `下列公告…废止：`: 调整 belongs to the title; the
    line is repealed like its neighbours, from the intro's day."""
    text = (
        "一、下列公告自2026年6月1日起废止：\n（一）商务部公告2022年第4号（《关于某类物项的公告》）；\n"
        "（二）商务部公告2023年第8号（《关于调整某类物项管制措施的公告》）。\n"
    )
    relations = extract_relations(text, None, _PUBLISHED)
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in relations] == [
        ("repeals", "MOFCOM-2022-4", dt.date(2026, 6, 1)),
        ("repeals", "MOFCOM-2023-8", dt.date(2026, 6, 1)),
    ]


@pytest.mark.parametrize("verb", ["不再适用", "予以废止", "停止执行"])
def test_a_part_of_the_target_ended_after_a_printed_day_is_the_clause(verb: str) -> None:
    """`…第61号所附《清单》第三部分，自…起不再适用`: the day between the part and the verb does not hide the part."""
    text = f"商务部公告2025年第9号所附《某类物项清单》第三部分，自2026年6月1日起{verb}。"
    assert _acts(text) == [("repeals", "MOFCOM-2025-9", "所附《某类物项清单》第三部分")]


@pytest.mark.parametrize(
    ("printed", "clause"),
    [
        ("在商务部公告2024年第9号第二款中增加第（四）项，内容如下：", "二"),
        ("在商务部公告2024年第9号第三款后增列一项：", "三"),
        ("商务部公告2024年第9号附件3，以本公告附件1替换。", "附件3"),
        ("商务部公告2024年第9号附件3由本公告附件代替。", "附件3"),
    ],
)
def test_points_inserted_or_an_annex_replaced_amend_the_target(printed: str, clause: str) -> None:
    (found,) = extract_relations(printed, None, dt.date(2026, 6, 10))
    assert (found.relation, found.target_number.number, found.clause) == ("amends", 9, clause)


def test_an_announcing_preamble_adds_no_whole_notice_amendment() -> None:
    """作如下修改 announces what the clauses below do to the same target: those clause-level acts are the
    relations."""
    text = (
        "决定对商务部公告2024年第9号等公告作如下修改：\n"
        "一、将商务部公告2024年第9号第二款中的“20千克”修改为“15千克”。\n"
        "二、删去商务部公告2024年第9号第四款。"
    )
    found = extract_relations(text, None, dt.date(2026, 6, 10))
    assert sorted((r.relation, r.clause) for r in found) == [("amends", "二"), ("repeals", "四")]


def test_changes_below_an_announcing_preamble_name_clauses_of_its_target() -> None:
    """决定对…第9号作如下修改： then 一、将第二款…修改为…: the bare 第二款 is the announced notice's clause, so
    the one relation is clause-level; a preamble naming two notices leaves its lines' clauses unowned."""
    text = "决定对商务部公告2024年第9号作如下修改：\n一、将第二款中的“20千克”修改为“15千克”。"
    (found,) = extract_relations(text, None, dt.date(2026, 6, 10))
    assert (found.relation, found.target_number.number, found.clause) == ("amends", 9, "二")
    text = "决定对商务部公告2024年第9号、第10号作如下修改：\n一、将第二款中的“20千克”修改为“15千克”。"
    found_two = extract_relations(text, None, dt.date(2026, 6, 10))
    assert [(r.relation, r.target_number.number, r.clause) for r in found_two] == [
        ("amends", 9, None),
        ("amends", 10, None),
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "本公告所称暂停，不影响商务部公告2024年第12号所列实体相关措施的执行。",
        "暂停实施商务部公告2024年第9号第二款，相关申报参照商务部公告2024年第12号附件1填写。",
    ],
)
def test_a_notice_left_untouched_or_followed_as_a_model_is_no_target(printed: str) -> None:
    found = extract_relations(printed, None, dt.date(2026, 6, 10))
    assert 12 not in [r.target_number.number for r in found]


def test_an_act_takes_effect_with_the_clause_that_states_it() -> None:
    """本公告第一条至第二条自…起施行，其余各条自公布之日起施行: each clause's acts run from that clause's
    date; the rest from the notice's."""
    text = (
        "一、将商务部公告2024年第9号第二款中的“20千克”修改为“15千克”。\n"
        "二、商务部公告2024年第10号附件2，以本公告附件替换。\n"
        "三、删去商务部公告2024年第11号第一款第（二）项。\n"
        "四、本公告第一条至第二条自2027年3月1日起施行，其余各条自公布之日起施行。"
    )
    published = dt.date(2026, 6, 10)
    found = extract_relations(text, None, published, published)
    assert [(r.target_number.number, r.window_from) for r in found] == [
        (9, dt.date(2027, 3, 1)),
        (10, dt.date(2027, 3, 1)),
        (11, published),
    ]


def test_a_clause_date_opens_a_suspension_that_prints_no_start() -> None:
    text = "一、暂停实施商务部公告2024年第9号第二款。\n二、本公告第一条自2027年3月1日起施行。"
    (found,) = extract_relations(text, None, dt.date(2026, 6, 10))
    assert found.window_from == dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    "printed",
    [
        "将商务部公告2025年第70号规定的暂停实施期限延长至2027年11月10日。",
        "商务部公告2025年第70号确定的暂停期限，延长一年。",
    ],
)
def test_extending_the_window_a_notice_set_names_its_maker_not_a_target(printed: str) -> None:
    """The notice that set a suspension window is its maker: the notices it suspended are the targets, and
    a text that does not print them has no relation, only the reported gap."""
    assert extract_relations(printed, None, dt.date(2026, 11, 5)) == []
    assert [i.code for i in indirect_targets(printed)] == ["relation_target_indirect"]


def test_the_maker_named_beside_a_printed_target_is_left_out() -> None:
    text = (
        "商务部公告2025年第70号规定的暂停实施期限届满后，商务部公告2025年第57号自2026年11月11日起恢复实施。"
    )
    (found,) = extract_relations(text, None, dt.date(2026, 11, 5))
    assert (found.relation, found.target_number.number) == ("resumes", 57)


def test_the_window_of_a_notices_own_suspension_names_that_notice() -> None:
    """Counterexample: 第62号的暂停实施期限 is 62's suspension (62 is the target), not a window 62 set."""
    (found,) = extract_relations(
        "商务部公告2025年第62号的暂停实施期限延长至2027年11月10日。", None, dt.date(2026, 11, 5)
    )
    assert (found.relation, found.target_number.number, found.window_until) == (
        "suspends",
        62,
        dt.date(2027, 11, 10),
    )


def test_a_suspension_period_stated_by_its_two_ends() -> None:
    """暂停实施期间为…至…: the period's statement prints the window (no 自 before its start)."""
    (found,) = extract_relations(
        "商务部公告2025年第62号第三款暂停实施，暂停实施期间为2027年1月1日至2027年3月31日。",
        None,
        dt.date(2026, 11, 5),
    )
    assert (found.clause, found.window_from, found.window_until) == (
        "三",
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 31),
    )


def test_a_citation_broken_across_lines_is_read_whole() -> None:
    """A capture that breaks paragraphs every few dozen characters splits a number from its year; the
    paragraph goes on until its closing punctuation."""
    text = (
        "一、下列公告自2027年3月1日起废止：\n"
        "1.《关于对若干金属物项实施出口管制的公告》（商务部 海关总署公告2022\n"
        "年第5号）；\n"
        "2.商务部公告2022年第6号第二款\n"
        "第（一）项。"
    )
    found = extract_relations(text, None, dt.date(2026, 12, 1), dt.date(2027, 3, 1))
    assert [(r.relation, r.target_number.number, r.clause) for r in found] == [
        ("repeals", 5, None),
        ("repeals", 6, "二/(一)"),
    ]


def test_an_unpunctuated_line_does_not_swallow_the_next_numbered_clause() -> None:
    """Counterexample: a clause printed without its full stop ends where the next numbered one opens."""
    text = "一、暂停实施商务部公告2024年第9号\n二、商务部公告2024年第10号同时废止。"
    found = extract_relations(text, None, dt.date(2026, 6, 1))
    assert [(r.relation, r.target_number.number) for r in found] == [("suspends", 9), ("repeals", 10)]


def test_a_continued_suspension_closed_in_a_comma_clause_of_its_own() -> None:
    text = "商务部公告２０２５年第６２号第二款，自２０２６年１１月１１日起继续暂停实施，至２０２７年１１月１０日止。"
    (found,) = extract_relations(text, None, dt.date(2026, 11, 5))
    assert (found.clause, found.window_from, found.window_until) == (
        "二",
        dt.date(2026, 11, 11),
        dt.date(2027, 11, 10),
    )


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("商务部公告2025年第40号自本公告施行之日起失效。", ("repeals", None)),
        ("将商务部公告2025年第40号第二款中的“10日”改为“15日”。", ("amends", "二")),
        ("商务部公告2025年第40号第二款修正为：“出口经营者应当于15日内报告。”", ("amends", "二")),
        ("商务部公告2025年第40号第三款所列措施，自2027年1月1日起予以解除。", ("repeals", "三")),
    ],
)
def test_more_wordings_of_repeal_amendment_and_lifting(
    printed: str, expected: tuple[str, str | None]
) -> None:
    (found,) = extract_relations(printed, None, dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert (found.relation, found.clause) == expected


def test_a_licence_said_not_to_lapse_repeals_nothing() -> None:
    """Counterexample: 不失效 keeps what a notice granted; it ends nothing."""
    assert (
        extract_relations("依商务部公告2025年第40号颁发的许可证件不失效。", None, dt.date(2026, 12, 1)) == []
    )


@pytest.mark.parametrize(
    ("printed", "clause"),
    [
        (
            "附件1《两用物项出口管制清单》中的2B350项，由本公告附件替代",
            "附件1《两用物项出口管制清单》中的2B350项",
        ),
        ("附件2，由本公告附件替换", "附件2"),
        ("附件1中的第三部分，由本公告附件2代替", "附件1中的第三部分"),
    ],
)
def test_a_part_of_the_target_replaced_by_this_notices_own_is_amended(printed: str, clause: str) -> None:
    """`…第5号附件1《…》中的X项，由本公告附件替代`: a replacement rewrites that part of the target, from the
    day printed; the words between the annex and the verb narrow the clause."""
    relations = extract_relations(f"自2026年7月1日起，商务部公告2024年第5号{printed}。", None, _PUBLISHED)
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2024-5", clause)
    ]
    assert relations[0].window_from == dt.date(2026, 7, 1)


def test_a_cited_title_broken_across_lines_still_hides_its_verb() -> None:
    """A repeal list copied from a PDF breaks a title mid-word (`《关于调` / `整…的公告》`): neither half's 调整 is
    an act, and the lines after the break still take the intro's verb."""
    text = (
        "一、下列公告自2026年6月1日起废止：\n（一）商务部公告2022年第4号（《关于对某类物项实施\n出口管制的公告》）；\n"
        "（二）商务部公告2023年第8号（《关于调\n整某类物项管制措施的公告》）。\n"
    )
    assert [(r.relation, r.target_number.notice_id) for r in extract_relations(text, None, _PUBLISHED)] == [
        ("repeals", "MOFCOM-2022-4"),
        ("repeals", "MOFCOM-2023-8"),
    ]


@pytest.mark.parametrize("parties", ["所列实体", "所列的全部企业", "所列单位"])
def test_the_parties_a_notice_listed_are_no_part_of_its_list(parties: str) -> None:
    """`…第51号所列实体，自…起停止执行相关措施`: the measures on a notice's listed parties end as a whole,
    so the relation names no clause, even with the day printed between the parties and the verb."""
    text = f"三、对商务部公告2025年第40号{parties}，自2026年9月1日起停止执行相关措施。"
    (found,) = extract_relations(text, None, dt.date(2026, 8, 20))
    assert (found.target_number.notice_id, found.clause) == ("MOFCOM-2025-40", None)
    assert found.window_from == dt.date(2026, 9, 1)


def test_a_part_of_a_list_before_a_printed_day_is_still_its_clause() -> None:
    """Counterexample: goods a notice listed (所列物项) are a part of its list and stay the clause of a
    partial repeal (不再适用). Taken off control (不再实施出口管制) they are a lift, which names no clause."""
    text = "对商务部公告2025年第40号所列物项，自2026年9月1日起不再适用。"
    relations = extract_relations(text, None, dt.date(2026, 8, 20))
    assert [r.clause for r in relations] == ["所列物项"]


OWN_900 = parse_notice_number("商务部 海关总署公告2027年第900号")
_ON = dt.date(2027, 3, 2)


def _windows(
    text: str, effective: dt.date | None = None
) -> list[tuple[str, str, str | None, dt.date | None, dt.date | None]]:
    return [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until)
        for r in extract_relations(text, OWN_900, _ON, effective)
    ]


@pytest.mark.parametrize("verb", ["中止执行", "中止实施", "暂停实施", "暂停执行"])
@pytest.mark.parametrize("label", ["中止期间：", "期间：", "暂停期限为", "中止期限：", "期限为"])
def test_a_suspension_whose_period_is_the_next_sentence_of_its_clause_takes_that_window(
    verb: str, label: str
) -> None:
    text = (
        "现公告如下：\n"
        f"一、商务部公告2026年第17号，{verb}。{label}2027年4月1日至2027年9月30日。\n"
        "二、本公告自公布之日起施行。"
    )
    assert _windows(text) == [("suspends", "MOFCOM-2026-17", None, dt.date(2027, 4, 1), dt.date(2027, 9, 30))]


def test_a_period_printed_in_another_clause_is_no_window_of_the_suspension_before_it() -> None:
    """Counterexample: 中止执行期间，… in the next clause says what holds meanwhile; it neither suspends
    nor dates the clause before."""
    text = (
        "一、商务部公告2026年第17号中止执行。\n"
        "二、中止执行期间，出口经营者仍应当遵守有关规定。期间：2027年4月1日至2027年9月30日的申报照常办理。\n"
    )
    assert _windows(text) == [("suspends", "MOFCOM-2026-17", None, _ON, None)]


@pytest.mark.parametrize(
    ("duration", "until"),
    [
        ("期限十二个月", dt.date(2028, 4, 1)),
        ("期限十八个月", dt.date(2028, 10, 1)),
        ("期限九十天", dt.date(2027, 6, 30)),
        ("期限一年", dt.date(2028, 4, 1)),
    ],
)
def test_a_suspension_counted_in_chinese_numerals_from_a_printed_day_ends_by_that_count(
    duration: str, until: dt.date
) -> None:
    text = f"一、商务部公告2026年第17号第三款规定的措施，继续中止执行，{duration}，自2027年4月1日起算。"
    assert _windows(text) == [("suspends", "MOFCOM-2026-17", "三", dt.date(2027, 4, 1), until)]


@pytest.mark.parametrize("ended", ["不再中止", "不再暂停实施", "停止中止"])
def test_ending_a_suspension_worded_with_中止_is_a_resumption(ended: str) -> None:
    text = f"一、商务部公告2026年第17号第一款第（二）项{ended}，自2027年4月1日起恢复执行。"
    assert _windows(text) == [("resumes", "MOFCOM-2026-17", "一/(二)", dt.date(2027, 4, 1), None)]


@pytest.mark.parametrize("extended", ["延长至", "延期至", "顺延至"])
def test_the_maker_of_a_suspension_named_before_对_is_no_target_and_its_target_is(extended: str) -> None:
    text = (
        "一、商务部公告2026年第40号对商务部公告2025年第88号第二款规定的暂停实施期限，"
        f"{extended}2027年12月31日。\n二、本公告自公布之日起施行。"
    )
    assert _windows(text) == [("suspends", "MOFCOM-2025-88", "二", _ON, dt.date(2027, 12, 31))]


def test_a_notice_named_as_the_maker_without_对_stays_out_and_the_period_of_its_own_suspension_stays_in() -> (
    None
):
    """Counterexamples: `第40号暂停实施的措施` names the maker (no target); `第88号的暂停实施期限` is 88's own."""
    made = "一、商务部公告2026年第40号暂停实施的措施，自2027年4月1日起恢复实施。"
    assert _windows(made) == []
    own = "一、商务部公告2025年第88号的暂停实施期限延长至2027年12月31日。"
    assert _windows(own) == [("suspends", "MOFCOM-2025-88", None, _ON, dt.date(2027, 12, 31))]


def test_clauses_of_this_notice_in_force_on_publication_and_the_rest_later_date_their_windows() -> None:
    text = (
        "一、删去商务部公告2025年第88号第二款第（三）项。\n"
        "二、商务部公告2025年第89号所列某类冶炼技术，不再实施出口管制。\n"
        "三、商务部公告2025年第90号的暂停实施期限延长至2027年12月31日。\n"
        "四、本公告第三条自公布之日起施行，其余各条自2027年7月1日起施行。"
    )
    assert _windows(text, dt.date(2027, 7, 1)) == [
        ("repeals", "MOFCOM-2025-88", "二/(三)", dt.date(2027, 7, 1), None),
        ("lifts", "MOFCOM-2025-89", None, dt.date(2027, 7, 1), None),
        ("suspends", "MOFCOM-2025-90", None, _ON, dt.date(2027, 12, 31)),
    ]


def test_a_point_named_by_what_it_lists_is_still_a_partial_repeal_with_that_point() -> None:
    """Counterexample to the lift without a clause: `第三款第（三）项所列X，不再实施出口管制` names the point."""
    text = "一、商务部公告2025年第89号第三款第（三）项所列某类冶炼技术，不再实施出口管制。"
    assert _windows(text, _ON) == [("repeals", "MOFCOM-2025-89", "三/(三)", _ON, None)]


@pytest.mark.parametrize("lead", ["关于", "中", "有关"])
@pytest.mark.parametrize("when", ["自本公告施行之日起", "自2027年7月1日起", ""])
def test_part_of_a_clause_named_by_its_subject_stops_with_the_printed_words_as_its_clause(
    lead: str, when: str
) -> None:
    text = f"一、商务部公告2025年第88号第二款{lead}某类物项对某国出口原则上不予许可的规定，{when}停止执行。"
    ((relation, target, clause, _, _),) = _windows(text, dt.date(2027, 7, 1))
    assert (relation, target) == ("repeals", "MOFCOM-2025-88")
    assert clause == f"第二款{lead}某类物项对某国出口原则上不予许可的规定"


def test_a_notice_followed_by_对_and_no_other_notice_is_still_the_target() -> None:
    """Counterexample to the maker: `第17号对外公布的2026年清单` names no second notice after 对."""
    text = "一、商务部公告2026年第17号对外公布的2026年度清单，自2027年4月1日起停止执行。"
    assert [(r.relation, r.target_number.notice_id) for r in extract_relations(text, OWN_900, _ON)] == [
        ("repeals", "MOFCOM-2026-17")
    ]


# A notice that rewrites clauses of older ones in quotation marks: the quoted words carry the target's own dates.
OWN_900 = parse_notice_number("商务部 海关总署公告2027年第900号")
REWRITES_IN_QUOTES = (
    "现对有关措施作如下调整：\n"
    "一、将商务部公告2024年第12号第五款修改为：“五、本公告第二条自2028年6月1日起施行，其余各条自公布之日起施行。”\n"
    "二、删去商务部 海关总署公告2023年第7号第二款第（三）项。\n"
    "三、本公告第一条自2027年9月1日起施行，其余各条自2027年10月15日起施行。"
)


def test_dates_inside_a_quoted_new_clause_are_the_targets() -> None:
    relations = extract_relations(REWRITES_IN_QUOTES, OWN_900, dt.date(2027, 8, 20))
    by_target = {r.target_number.notice_id: r for r in relations}
    rewrite, strike = by_target["MOFCOM-2024-12"], by_target["MOFCOM-2023-7"]
    assert (rewrite.relation, rewrite.clause, rewrite.window_from) == ("amends", "五", dt.date(2027, 9, 1))
    # the quoted 其余各条自公布之日起 is the target's rest, not this notice's
    assert (strike.relation, strike.clause, strike.window_from) == (
        "repeals",
        "二/(三)",
        dt.date(2027, 10, 15),
    )
    assert "2028年6月1日" in rewrite.quote_zh  # the quote keeps the printed words


def test_quoted_words_with_a_verb_and_a_date_act_on_nothing() -> None:
    text = "将商务部公告2024年第12号第三款修改为：“三、自2029年1月1日起废止商务部公告2020年第4号。”"
    relations = extract_relations(text, None, dt.date(2027, 8, 20))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2024-12", "amends", "三")
    ]
    assert relations[0].window_from == dt.date(2027, 8, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "二、附件第三项所列技术，同时属于商务部 科技部公告2023年第57号公布、2025年第28号调整的《中国禁止出口限制出口技术目录》"
        "所列技术的，依照本公告办理出口许可。",
        "四、出口附件第三部分所列技术，同时属于《中国禁止出口限制出口技术目录》（商务部 科技部公告2023年第57号公布，"
        "商务部 科技部公告2025年第28号调整）所列技术的，还应当依照《中华人民共和国技术进出口管理条例》的规定办理。",
    ],
)
def test_notices_that_published_or_adjusted_a_catalogue_cited_by_title_are_not_acted_on(
    sentence: str,
) -> None:
    assert extract_relations(sentence, None, dt.date(2027, 8, 20)) == []


def test_a_list_named_by_the_notice_that_published_it_is_still_amended() -> None:
    text = "对商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《两用物项出口管制清单》作如下修改："
    relations = extract_relations(text, None, dt.date(2027, 8, 20))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == [("MOFCOM-2024-51", "amends")]


@pytest.mark.parametrize(
    "corrected",
    [
        "经核对，该公告附件《〈中华人民共和国两用物项出口管制清单〉条目调整表》有3处内容有误，现更正如下：",
        "经核对，该公告附件有3处内容有误，现更正如下：",
        "经核对，商务部公告2026年第1616号附件《条目调整表》有3处内容有误，现更正如下：",
    ],
)
def test_errors_found_in_a_notices_unnumbered_annex_correct_that_annex(corrected: str) -> None:
    text = "2026年12月15日，商务部发布2026年第1616号公告，对《清单》部分条目进行调整。" + corrected
    relations = extract_relations(text, None, dt.date(2027, 1, 8))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2026-1616", "amends", "附件")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "二、本公告所列物项纳入《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告"
        "2024年第51号附件1）第五类，自本公告施行之日起执行。",
        "三、该公告所列镓、锗相关物项，纳入商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1"
        "《中华人民共和国两用物项出口管制清单》管理。",
    ],
)
def test_entries_this_notice_puts_into_an_annexed_list_amend_that_annex(text: str) -> None:
    relations = extract_relations(text, None, dt.date(2027, 4, 15))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations if r.clause] == [
        ("MOFCOM-2024-51", "amends", "附件1")
    ]


def test_entries_told_to_be_in_an_annexed_list_already_act_on_nothing() -> None:
    text = (
        "二、上述物项，已全部纳入商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1《清单》管理。"
    )
    assert extract_relations(text, None, dt.date(2027, 4, 15)) == []


@pytest.mark.parametrize("verbs", ["予以修改、增列和删去", "分别作增加、修改、删除处理", "删去、修改和增列"])
def test_entries_changed_added_and_struck_out_together_amend_the_list(verbs: str) -> None:
    text = (
        f"一、商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1所列条目，按照本公告附件{verbs}。"
    )
    relations = extract_relations(text, None, dt.date(2027, 1, 15))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2024-51", "amends", "附件1")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "一、停止实施〔2025〕7号公告对美国企业斯凯迪奥公司（Skydio Inc.）采取的处理措施，该公司同时移出不可靠实体清单。",
        "一、将甲公司、乙公司移出不可靠实体清单，〔2025〕7号公告对其采取的处理措施相应停止实施。",
    ],
)
def test_measures_ended_on_a_party_lift_them(text: str) -> None:
    relations = extract_relations(text, None, dt.date(2027, 5, 14))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == [("UEL-2025-7", "lifts")]


def test_a_number_printed_alone_under_the_heading_ends_its_line() -> None:
    text = (
        "不 可 靠 实 体 清 单 工 作 机 制\n公  告\n2026年 第1610号\n"
        "2027年1月21日，不可靠实体清单工作机制发布公告（不可靠实体清单工作机制公告2026年第1607号），决定自该日起暂停实施"
        "不可靠实体清单工作机制公告2025年第10号对3家美国实体采取的处理措施，为期6个月。\n"
        "依据有关规定，工作机制决定：\n一、自本公告发布之日起，恢复实施不可靠实体清单工作机制公告2025年第10号规定的处理措施。"
    )
    relations = extract_relations(text, None, dt.date(2027, 6, 24))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == [("UEL-2025-10", "resumes")]


@pytest.mark.parametrize(
    "text",
    [
        "商务部、科技部对商务部 科技部公告2023年第57号公布的《中国禁止出口限制出口技术目录》部分条目进行了调整。"
        "现将调整内容（见附件）予以公布，自2027年2月1日起施行。",
        "商务部会同科技部对商务部 科技部公告2023年第57号公布、2025年第28号调整的《中国禁止出口限制出口技术目录》部分条目"
        "作了调整。现将调整内容予以公布，自2027年6月15日起施行。",
    ],
)
def test_an_adjustment_said_done_whose_content_is_published_next_is_this_notices(text: str) -> None:
    relations = extract_relations(text, None, dt.date(2026, 12, 20), dt.date(2027, 2, 1))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2023-57", "amends", None)
    ]


def test_an_adjustment_told_of_an_earlier_notice_is_still_history() -> None:
    text = "2025年7月15日，商务部、科技部以2025年第28号公告对《目录》作了调整。现将有关事项公告如下："
    assert extract_relations(text, None, dt.date(2026, 12, 20)) == []


def test_a_later_segment_opening_on_a_sibling_point_of_a_numbered_notice_acts_on_it() -> None:
    text = (
        "四、将商务部 海关总署公告2025年第55号第三款第2目中的“8μm”调整为“10μm”，第3目中的“16N”调整为“20N”。"
    )
    relations = extract_relations(text, None, dt.date(2034, 3, 1))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2025-55", "amends", "三/2"),
        ("MOFCOM-2025-55", "amends", "三/3"),
    ]


def test_a_notice_whose_words_an_added_point_copies_is_cited_not_amended() -> None:
    text = (
        "决定对以下公告作如下修改：\n一、商务部 海关总署 中央军委装备发展部公告2024年第21号\n"
        "（一）在第二条第（五）项后增加一项，作为第（六）项，内容与商务部 海关总署公告2026年第1236号第一条第（一）项"
        "所增加的第（六）项一致。\n（二）删去第一条第（二）项第3目中的“、钛合金”。"
    )
    relations = extract_relations(text, None, dt.date(2040, 9, 10))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2024-21", "amends", "二/(六)"),
        ("MOFCOM-2024-21", "amends", "一/(二)/3"),
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("商务部 海关总署公告2026年第1333号第一条第2项，参考税则号列“90318090”予以删去。", "一/2"),
        ("商务部 海关总署公告2023年第39号第一条第（二）项，括号中的“含稀土”予以删去。", "一/(二)"),
        ("商务部 海关总署公告2023年第27号第一条第（一）项，参考海关商品编号中删去“2805301100”。", "一/(一)"),
    ],
)
def test_words_struck_out_of_a_point_named_first_reword_it(text: str, clause: str) -> None:
    relations = extract_relations(text, None, dt.date(2027, 1, 1))
    assert [(r.relation, r.clause) for r in relations] == [("amends", clause)]


def test_a_lettered_sub_item_struck_out_whole_is_still_repealed() -> None:
    text = "三、删去商务部 海关总署公告2025年第18号第一款第（一）项第3目中的“c.钐铁合金靶”。"
    assert [r.relation for r in extract_relations(text, None, dt.date(2027, 1, 1))] == ["repeals"]


@pytest.mark.parametrize(
    "sentence",
    [
        "二、自表中第2项所列条款恢复实施之日起，出口经营者出口该项所列物项，应当依照有关规定申请许可。",
        "表中第1项至第3项所涉公告在该日处于暂停实施期间的，调整后的条目随该公告暂停实施，自该公告恢复实施之日起执行。",
    ],
)
def test_acts_named_as_conditions_and_times_act_on_nothing(sentence: str) -> None:
    text = "一、商务部公告2024年第46号第二款，自2027年11月28日起延长暂停实施期限6个月。\n" + sentence
    relations = extract_relations(text, None, dt.date(2027, 7, 15))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == [("MOFCOM-2024-46", "suspends")]


def test_rows_of_a_table_of_changes_keep_whole_entries_struck_and_bare_dotted_points() -> None:
    text = (
        "一、对下列条目分别予以修改、增列或者删除：\n"
        "序号 | 公告文号 | 条目 | 管制编码 | 调整方式 | 调整后内容\n"
        "1 | 商务部 海关总署公告2025年第10号 | 第三条第（二）项 | 6C001.b | 删除 | 删去“锗酸铋（参考海关商品编号：2841900041）”\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项1.1.3 | 1C117.d | 修改 | 非1C226项下管制的碳化钨\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 11, 1))
    assert [(r.relation, r.clause) for r in relations] == [
        ("repeals", "三/(二)"),
        ("amends", "一/(一)/1.1.3"),
    ]


def test_an_attached_table_whose_column_of_acts_the_body_points_to_states_the_acts() -> None:
    body = (
        "一、对所涉措施已经停止实施的2个公告，予以废止。\n二、对经评估仍需保留的1个公告，继续有效。\n"
        "上述公告的名称、文号和处理意见，见附件。\n三、本公告自2028年1月1日起施行。\n附件：出口管制公告清理结果目录"
    )
    table = (
        "出口管制公告清理结果目录\n序号 | 文件名称 | 文号 | 处理意见\n"
        "1 | 公布将15家美国实体列入出口管制管控名单的决定 | 商务部公告2025年第13号 | 废止\n"
        "2 | 关于优化调整石墨物项临时出口管制措施的公告 | 商务部 海关总署公告2023年第39号 | 第二条宣布失效，其他条款继续有效\n"
        "3 | 公布对部分中重稀土相关物项实施出口管制的决定 | 商务部 海关总署公告2025年第18号 | 继续有效\n"
    )
    acts = attached_targets(body, [("附件", table)], None, dt.date(2027, 12, 20), dt.date(2028, 1, 1))
    assert [(r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in acts] == [
        ("MOFCOM-2025-13", "repeals", None, dt.date(2028, 1, 1)),
        ("MOFCOM-2023-39", "repeals", "二", dt.date(2028, 1, 1)),
    ]


def test_a_sentence_opening_on_a_start_long_past_with_zi_is_told() -> None:
    text = (
        "自2025年8月12日起，不可靠实体清单工作机制〔2025〕8号所列6家美国实体的相关处理措施已停止执行。\n"
        "一、不可靠实体清单工作机制公告〔2025〕6号，予以废止。\n四、本公告自2027年8月1日起实施。"
    )
    relations = extract_relations(text, None, dt.date(2027, 7, 15), dt.date(2027, 8, 1))
    assert [(r.target_number.notice_id, r.relation, r.window_from) for r in relations] == [
        ("UEL-2025-6", "repeals", dt.date(2027, 8, 1))
    ]


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("三、第61号公告附件2《合规告知书》指引中所称附件1所列物项，以本公告附件所列物项为准。", "附件2"),
        ("三、第61号公告附件1《物项列表》第二部分，自本公告施行之日起由本公告附件代替。", "附件1第二部分"),
    ],
)
def test_an_attachment_of_a_notice_named_by_its_short_number_is_the_part_acted_on(
    line: str, clause: str
) -> None:
    text = "一、商务部公告2025年第61号第五条中的“…”的表述，修改为“…”。\n" + line
    relations = extract_relations(text, None, dt.date(2027, 9, 28), dt.date(2027, 11, 1))
    assert [(r.target_number.notice_id, r.clause) for r in relations][1:] == [("MOFCOM-2025-61", clause)]


def test_a_notice_cell_left_blank_under_a_row_naming_a_notice_names_the_same_notice() -> None:
    text = (
        "一、自2028年3月1日起，对下表所列物项不再实施出口管制：\n序号 | 公告 | 条款 | 物项名称 | 参考海关商品编号\n"
        "1 | 商务部 海关总署公告2023年第23号 | 第一条第（一）项第7目 | 硒化镓 | 2842909024\n"
        "2 |  | 第一条第（一）项第8目 | 锑化镓 | 2853909029\n"
    )
    relations = extract_relations(text, None, dt.date(2028, 1, 17))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2023-23", "repeals", "一/(一)/7"),
        ("MOFCOM-2023-23", "repeals", "一/(一)/8"),
    ]


def test_an_attached_table_of_changes_to_the_notice_its_title_names_acts_row_by_row() -> None:
    body = (
        "依据有关规定，商务部、海关总署对商务部 海关总署公告2025年第58号所列物项进行了调整。现将有关事项公告如下：\n"
        "一、该公告所列物项，按照本公告附件载明的内容予以修改、增列和删除。\n二、本公告自2028年6月1日起施行。\n"
        "附件：商务部 海关总署公告2025年第58号调整内容"
    )
    table = (
        "商务部 海关总署公告2025年第58号调整内容\n序号 | 调整方式 | 所涉条款 | 管制编码 | 物项名称 | 参考税则号列\n"
        "1 | 修改 | 第一条第（一）项 | 3A001 | 可充放电锂离子电池 | 85076000\n"
        "2 | 删除 | 第一条第（二）项第5目 | 3B901.a | 化成分容系统 | —\n"
        "3 | 增列 | 第一条第（二）项第7目 | 3B901.a | 极片辊压机 | 84201000\n"
    )
    acts = attached_targets(body, [("附件", table)], None, dt.date(2028, 4, 20), dt.date(2028, 6, 1))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in acts] == [
        ("MOFCOM-2025-58", "amends", "一/(一)"),
        ("MOFCOM-2025-58", "repeals", "一/(二)/5"),
        ("MOFCOM-2025-58", "amends", "一/(二)"),
    ]


def test_rows_of_removals_dated_by_their_own_cells_lift_the_listing_notices() -> None:
    text = (
        "商务部决定，将下表所列实体分别移出出口管制管控名单或者关注名单，原公告对其采取的措施自表中所列移出日期起停止实施。\n"
        "序号 | 实体名称 | 英文名称 | 国家 | 原列入名单 | 原列入公告及序号 | 移出日期\n"
        "1 | 甲大学 | Alpha University | 日本 | 关注名单 | 商务部公告2026年第12号附件第7项 | 2028年9月26日\n"
        "2 | 乙株式会社 | Beta Ltd. | 日本 | 出口管制管控名单 | 商务部公告2026年第11号附件第7项 | 2028年10月15日\n"
    )
    relations = extract_relations(text, None, dt.date(2028, 9, 20))
    assert [(r.target_number.notice_id, r.relation, r.window_from) for r in relations] == [
        ("MOFCOM-2026-12", "lifts", dt.date(2028, 9, 26)),
        ("MOFCOM-2026-11", "lifts", dt.date(2028, 10, 15)),
    ]


def test_an_act_from_the_day_a_clause_of_this_notice_is_in_force_starts_that_day() -> None:
    text = (
        "一、对下列物项实施出口管制。\n二、本公告第一条自2029年1月15日起施行。\n"
        "三、自本公告第一条施行之日起，商务部 海关总署 中央军委装备发展部公告2024年第31号第一条第（一）项所列航空发动机，"
        "按照本公告第一条管理。\n八、除第一条外，本公告自公布之日起施行。"
    )
    relations = extract_relations(text, None, dt.date(2028, 12, 5), dt.date(2028, 12, 5))
    assert [(r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("MOFCOM-2024-31", "一/(一)", dt.date(2029, 1, 15))
    ]


def test_a_party_applying_to_leave_a_list_is_no_act_the_decision_after_it_is() -> None:
    text = (
        "三、商务部公告2026年第11号附件所列第10项日本实体甲株式会社（Alpha Co., Ltd.）依照有关规定申请移出管控名单，已配合"
        "调查并作出承诺。经研究，自2028年8月1日起将其移出出口管制管控名单，该公告对其采取的措施同时停止实施。"
    )
    relations = extract_relations(text, None, dt.date(2028, 7, 14))
    assert [(r.target_number.notice_id, r.relation, r.window_from) for r in relations] == [
        ("MOFCOM-2026-11", "lifts", dt.date(2028, 8, 1))
    ]


def test_the_rest_of_a_notice_besides_its_named_points_is_the_whole_notice_acted_on() -> None:
    text = (
        "一、自2029年1月1日起，下表所列公告条款按照表中载明的安排执行：\n序号 | 公告 | 条款 | 安排\n"
        "1 | 商务部公告2025年第61号 | 第一条第(一)项、第(二)项 | 继续暂停实施，至2029年6月30日止\n"
        "2 | 商务部公告2025年第61号 | 第一条第(一)项、第(二)项以外的其他条款 | 恢复实施\n"
    )
    relations = extract_relations(text, None, dt.date(2028, 12, 22))
    assert [(r.relation, r.clause) for r in relations] == [
        ("suspends", "一/(一)"),
        ("suspends", "一/(二)"),
        ("resumes", None),
    ]


def test_what_would_follow_a_breach_is_no_act_now() -> None:
    text = (
        "商务部于2026年6月22日和7月24日分别发布2026年第23号、第30号公告，将有关实体列入出口管制管控名单。\n"
        "近期，上述公告所列部分实体向商务部提交书面材料，作出承诺。\n"
        "一、对商务部公告2026年第30号附件所列第1项实体，自2028年9月1日起暂停实施相关措施，暂停期限为1年。\n"
        "二、商务部公告2026年第23号附件所列第9项美国实体甲公司（Alpha Corp.），自本公告公布之日起至2029年2月28日止，暂停实施"
        "该公告对其采取的相关措施。\n"
        "五、暂停期间，上述实体违反所作承诺的，商务部将依法提前恢复实施有关措施。商务部公告2026年第23号、第30号所列其他实体，"
        "不在本次暂停之列。"
    )
    relations = extract_relations(text, None, dt.date(2028, 8, 28))
    assert [r.relation for r in relations] == ["suspends", "suspends"]


def test_an_attached_table_with_blank_cells_and_a_note_dating_its_rows() -> None:
    body = (
        "经清理，决定废止附件所列公告，并对附件所列公告的部分条款予以修改或者停止执行。\n一、附件所列各项，自附件注明的日期起"
        "执行。\n四、本公告自公布之日起施行。\n附件：出口管制公告清理处理表"
    )
    table = (
        "出口管制公告清理处理表\n序号 | 公告名称 | 文号 | 处理意见\n"
        "1 | 关于优化调整石墨物项临时出口管制措施的公告 | 商务部 海关总署公告2023年第39号 | 第三款停止执行\n"
        "2 |  |  | 第六款中的“依照…的有关规定执行”修改为“依照…的规定执行”\n"
        "注：1.表中空白栏目，与上一行相应栏目相同。\n2.第1项自2029年5月1日起执行；第2项自本公告公布之日起执行。\n"
    )
    acts = attached_targets(body, [("附件", table)], None, dt.date(2029, 3, 20), dt.date(2029, 3, 20))
    assert [(r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in acts] == [
        ("MOFCOM-2023-39", "repeals", "三", dt.date(2029, 5, 1)),
        ("MOFCOM-2023-39", "amends", "六", dt.date(2029, 3, 20)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一、废止商务部公告2024年第51号及其增加、删除的条目。", [("MOFCOM-2024-51", "repeals")]),
        (
            "二、与其配套的商务部公告2025年第62号附件2《合规告知书》随之暂停实施。",
            [("MOFCOM-2025-62", "suspends")],
        ),
        (
            "二、经审查，商务部同意商务部公告2025年第13号所列甲公司申请移出出口管制管控名单。",
            [("MOFCOM-2025-13", "lifts")],
        ),
        ("一、本公告所列物项已于2025年12月1日纳入商务部公告2024年第51号附件1管理。", []),
        (
            "一、各地商务主管部门应当停止受理涉及商务部公告2025年第61号所列物项的出口许可申请并对违规出口行为依法采取"
            "相应措施。",
            [],
        ),
        ("三、凡内容与商务部公告2024年第51号不一致的，以本公告为准。", [("MOFCOM-2024-51", "amends")]),
        (
            "一、商务部 海关总署公告2025年第28号调整的《两用物项出口管制清单》部分条目，自2026年7月1日起停止执行。",
            [("MOFCOM-2025-28", "repeals")],
        ),
        (
            "二、暂停期间，如上述实体违反所作承诺，商务部将依法提前恢复实施商务部公告2025年第13号规定的措施。",
            [],
        ),
    ],
)
def test_wordings_near_this_stops_rules_keep_their_plain_reading(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A review's counter-examples to the rules of PARSER_VERSION 221–251: each reads as a lawyer reads it."""
    relations = extract_relations(text, None, dt.date(2026, 6, 1))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == expected


def test_a_suspension_told_with_ci_qian_and_its_object_between_is_history() -> None:
    text = (
        "商务部、海关总署此前对2025年第55号、第57号等公告的部分条款暂停实施。依据有关规定，现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第58号第一款第（二）项，自2029年2月1日起暂停实施。"
    )
    relations = extract_relations(text, None, dt.date(2029, 1, 12))
    assert [(r.target_number.notice_id, r.relation) for r in relations] == [("MOFCOM-2025-58", "suspends")]


def test_a_postponement_holds_from_this_notices_day_not_from_the_day_it_names() -> None:
    text = (
        "商务部、海关总署2026年第1716号公告规定，该公告自2029年5月1日起施行；2026年第1717号公告规定，该公告"
        "自第1716号公告施行之日起施行。上述公告发布后，部分出口经营者反映，磷化铟、锑化铟衬底等物项在途订单较多，合同备案和许"
        "可申请的准备时间不足。经研究，现就有关事项公告如下：\n"
        "一、第1716号公告第四条规定的施行日期，由2029年5月1日推迟至2029年7月1日。\n"
        "二、第1717号公告随第1716号公告施行，其施行日期相应推迟至2029年7月1日；第1718号公告第二条所作更正，自2"
        "029年7月1日起适用。"
    )
    own = parse_notice_number("商务部 海关总署公告2026年第1719号")
    relations = extract_relations(text, own, dt.date(2029, 4, 16), dt.date(2029, 4, 16))
    assert {(r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in relations} == {
        ("MOFCOM-2026-1716", "amends", "四", dt.date(2029, 4, 16)),
        ("MOFCOM-2026-1717", "amends", None, dt.date(2029, 4, 16)),
        ("MOFCOM-2026-1718", "amends", "二", dt.date(2029, 4, 16)),
    }


def test_a_repeal_told_with_its_day_and_this_notice_named_to_decide_nothing_is_history() -> None:
    text = (
        "三、商务部 海关总署 国家国防科工局 中央军委装备发展部公告2023年第27号和第28号已于2024年9月1日废止，"
        "相关物项依照2024年第31号公告管理，本公告不再另作规定。"
    )
    assert extract_relations(text, None, dt.date(2027, 8, 20)) == []
    resumed = "三、商务部 海关总署公告2025年第55号已依照2026年第1233号公告第二条于2040年6月1日恢复实施，本公告对其不作调整。"
    assert extract_relations(resumed, None, dt.date(2040, 9, 25)) == []


def test_rows_of_a_body_table_dated_by_a_note_after_it_start_on_their_days() -> None:
    text = (
        "工作机制决定，对下表所列公告的处理措施作如下调整：\n序号 | 公告 | 涉及措施 | 调整方式 | 期限\n"
        "1 | 不可靠实体清单工作机制公告〔2025〕5号 | 全部处理措施 | 废止 | ——\n"
        "2 | 不可靠实体清单工作机制〔2025〕8号 | 第二项 | 暂停实施 | 至2028年5月31日\n"
        "表中第1项自本公告公布之日起执行；第2项自2027年12月1日12时01分起执行。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 11, 5), dt.date(2027, 11, 11))
    assert [(r.target_number.notice_id, r.relation, r.window_from, r.window_until) for r in relations] == [
        ("UEL-2025-5", "repeals", dt.date(2027, 11, 5), None),
        ("UEL-2025-8", "suspends", dt.date(2027, 12, 1), dt.date(2028, 5, 31)),
    ]


def test_words_in_ascii_quotation_marks_act_on_nothing_as_in_full_width_ones() -> None:
    # half-width pages print "…" where full-width ones print “…”: the quoted clause is the target's words
    text = '将商务部公告2024年第12号第三款修改为:"三、自2029年1月1日起废止商务部公告2020年第4号。"'
    relations = extract_relations(text, None, dt.date(2027, 8, 20))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2024-12", "amends", "三")
    ]
    assert relations[0].window_from == dt.date(2027, 8, 20)
    # an odd count leaves no pair to trust: nothing is blanked, rather than the act between two stray marks
    stray = '商务部公告2024年第12号第三款中的出口"一词删去。自2027年9月1日起，废止商务部公告2023年第4号，"进口"一词不变。'
    repeal = [r for r in extract_relations(stray, None, dt.date(2027, 8, 20)) if r.relation == "repeals"]
    assert [(r.target_number.notice_id, r.window_from) for r in repeal] == [
        ("MOFCOM-2023-4", dt.date(2027, 9, 1))
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("商务部 海关总署公告2025年第40号增加一款，作为第九款：", "九"),
        ("在商务部公告2025年第40号后增加两款，分别作为第九款、第十款：", "九"),
        ("在商务部公告2025年第40号第二款中增加一项，作为第（六）项：", "二/(六)"),
        ("商务部公告2025年第40号新增一条，作为第四条：", "四"),
    ],
)
def test_a_part_added_to_a_target_is_the_part_created(sentence: str, clause: str) -> None:
    relations = extract_relations(sentence + "“……”", None, dt.date(2027, 8, 20))
    assert [(r.target_number.notice_id, r.relation, r.clause) for r in relations] == [
        ("MOFCOM-2025-40", "amends", clause)
    ]


def test_added_wording_without_a_target_or_count_is_no_amendment() -> None:
    # this notice's own list growing, and a count of items with no target, name no notice acted on
    assert extract_relations("本公告附件增加一项物项，作为第（五）项。", None, dt.date(2027, 8, 20)) == []
    text = "根据商务部公告2025年第40号，增加出口许可证件的审查内容。"
    assert extract_relations(text, None, dt.date(2027, 8, 20)) == []


PUBLISHED = dt.date(2026, 3, 1)
EFFECTIVE = dt.date(2026, 4, 1)


def _fields(body: str, day: dt.date, *names: str) -> list[tuple[object, ...]]:
    """The relations of `body`, published and in force on `day`, as the named fields (`number`: the target's number)."""
    return [
        tuple(r.target_number.number if name == "number" else getattr(r, name) for name in names)
        for r in extract_relations(body, None, day, day)
    ]


def _acts_dated(text: str) -> list[tuple[str, str, str | None, dt.date | None, dt.date | None]]:
    return [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until)
        for r in extract_relations(text, None, PUBLISHED, EFFECTIVE)
    ]


def test_deferral_is_a_suspension_with_its_printed_end() -> None:
    assert _acts_dated("商务部公告2025年第61号自即日起暂缓执行，暂缓执行期限至2026年11月10日。") == [
        ("suspends", "MOFCOM-2025-61", None, PUBLISHED, dt.date(2026, 11, 10))
    ]
    # a deferral that ended is background, as an ended suspension is
    assert _acts_dated("商务部公告2025年第61号暂缓执行的期限届满。") == []


def test_suspension_continued_to_a_date_reads_its_end() -> None:
    # (an end printed alone: the window opens when the notice takes effect)
    text = "对商务部公告2025年第62号所规定措施的暂停实施，延续至2027年11月10日。"
    assert _acts_dated(text) == [("suspends", "MOFCOM-2025-62", None, EFFECTIVE, dt.date(2027, 11, 10))]


def test_duration_in_a_clause_of_its_own_bounds_the_suspension() -> None:
    text = "自本公告发布之日起六个月内，暂停实施商务部公告2025年第61号第二条。"
    assert _acts_dated(text) == [("suspends", "MOFCOM-2025-61", "二", PUBLISHED, dt.date(2026, 9, 1))]
    # a duration that is some other party's time limit bounds nothing
    text = "申请人15日内补正材料，暂停实施商务部公告2025年第61号第二条。"
    assert _acts_dated(text)[0][4] is None
    # two period clauses: no guess
    text = "为期一年的过渡期内，自本公告发布之日起六个月内，暂停实施商务部公告2025年第61号第二条。"
    assert _acts_dated(text)[0][4] is None


def test_a_part_no_longer_used_is_repealed_or_rewritten() -> None:
    # no longer used: repealed from the printed day
    text = (
        "《两用物项和技术进出口许可证管理目录》（商务部 海关总署公告2024年第51号）自2027年1月1日起停止使用。"
    )
    assert _acts_dated(text) == [("repeals", "MOFCOM-2024-51", None, dt.date(2027, 1, 1), None)]
    # no longer used and replaced by this notice's own: rewritten (the corpus convention for a replaced annex)
    text = "商务部公告2025年第62号附件2《境内提供出口管制技术情况说明》填写指引，自本公告发布之日起停止使用，由本公告附件替代。"
    assert _acts_dated(text) == [
        ("amends", "MOFCOM-2025-62", "附件2《境内提供出口管制技术情况说明》填写指引", PUBLISHED, None)
    ]


def test_item_no_longer_listed_is_a_partial_repeal() -> None:
    assert _acts_dated("商务部公告2025年第58号所附清单中的第5项，不再列入管制范围。") == [
        ("repeals", "MOFCOM-2025-58", "所附清单中的第5项", EFFECTIVE, None)
    ]
    assert _acts_dated("商务部公告2025年第18号附件中的第3项予以删除。") == [
        ("repeals", "MOFCOM-2025-18", "附件中的第3项", EFFECTIVE, None)
    ]
    # a party taken off a list is the party reader's: no relation on the notice that listed it
    assert _acts_dated("商务部公告2025年第21号所列A公司不再列入出口管制管控名单。") == []


def test_clause_printed_after_the_verb_narrows_the_target() -> None:
    assert _acts_dated("对商务部公告2025年第55号作如下修改：删去第三款。") == [
        ("repeals", "MOFCOM-2025-55", "三", EFFECTIVE, None)
    ]
    # the sentence acts on the notice, and on one clause of it otherwise
    assert _acts_dated("暂停实施商务部公告2025年第61号，其中第二条恢复实施。") == [
        ("suspends", "MOFCOM-2025-61", None, EFFECTIVE, None),
        ("resumes", "MOFCOM-2025-61", "二", EFFECTIVE, None),
    ]
    # a clause named without an act of its own, this notice's clause and a law's article are not targets
    text = "商务部公告2025年第61号自即日起暂停实施，第三条规定的许可申请按原程序办理。"
    assert _acts_dated(text) == [("suspends", "MOFCOM-2025-61", None, PUBLISHED, None)]
    text = (
        "根据《中华人民共和国出口管制法》第十二条，废止商务部公告2019年第18号，本公告第二条另有规定的除外。"
    )
    assert _acts_dated(text) == [("repeals", "MOFCOM-2019-18", None, EFFECTIVE, None)]


def test_numbered_changes_after_an_intro_act_on_the_notice_it_names() -> None:
    text = (
        "决定对商务部公告2025年第55号作如下修改：\n一、删去第三款第（二）项。\n"
        "二、将第四款修改为：“四、本公告第一条自公布之日起实施。”\n三、本公告自2026年4月1日起施行。"
    )
    assert _acts_dated(text) == [
        ("repeals", "MOFCOM-2025-55", "三/(二)", EFFECTIVE, None),
        ("amends", "MOFCOM-2025-55", "四", EFFECTIVE, None),
    ]
    # an intro naming a part of a list: its lines speak of the adjustment's own parts
    text = (
        "决定对《两用物项出口管制清单》（商务部公告2024年第51号附件1）作如下调整：\n"
        "一、在清单中增列部分物项，具体见调整内容第一部分。\n二、删除清单中的部分物项，具体见调整内容第三条。"
    )
    assert _acts_dated(text) == [("amends", "MOFCOM-2024-51", "附件1", EFFECTIVE, None)]


def test_a_run_of_notice_numbers_acts_on_every_number_in_it() -> None:
    text = "商务部公告2025年第55号至第58号自2026年11月10日起恢复实施。"
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [
        ("resumes", f"MOFCOM-2025-{n}") for n in (55, 56, 57, 58)
    ]
    # a range is not read across a date or a clause (第55号第一款至第三款 is three clauses of one notice)
    text = "商务部公告2025年第55号第一款至第三款自2026年11月10日起恢复实施。"
    assert [(r[1], r[2]) for r in _acts_dated(text)] == [("MOFCOM-2025-55", c) for c in ("一", "二", "三")]


def test_not_applied_for_now_is_a_suspension_of_the_part_printed() -> None:
    text = "商务部公告2025年第61号第二款有关0.1%价值比例的规定，暂不实施。"
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-61", "第二款有关0.1%价值比例的规定", EFFECTIVE, None)
    ]


def test_numbered_items_of_an_attachment_are_each_a_part() -> None:
    assert _acts_dated("商务部公告2025年第62号附件1第3项、第5项予以删除。") == [
        ("repeals", "MOFCOM-2025-62", "附件1第3项", EFFECTIVE, None),
        ("repeals", "MOFCOM-2025-62", "附件1第5项", EFFECTIVE, None),
    ]


def test_the_part_after_a_reference_the_verb_precedes_is_the_clause() -> None:
    text = "经商海关总署，决定停止执行商务部 海关总署公告2023年第39号中关于无人机相关物项的规定。"
    assert _acts_dated(text) == [("repeals", "MOFCOM-2023-39", "关于无人机相关物项的规定", EFFECTIVE, None)]
    # the measures on a notice's listed parties are that notice's act, not a part of it
    text = "决定停止执行商务部公告2025年第51号所列实体的相关措施。"
    assert _acts_dated(text) == [("lifts", "MOFCOM-2025-51", None, EFFECTIVE, None)]
    # with no verb before the reference the words after it are the subject, not a part acted on
    text = "商务部公告2025年第57号所列物项调整为附件所列物项。"
    assert _acts_dated(text) == [("amends", "MOFCOM-2025-57", None, EFFECTIVE, None)]


def test_notices_listed_in_an_attachment_are_each_a_target_of_the_body_act() -> None:
    from parsers.model import Attachment

    goods = Attachment("https://www.mofcom.gov.cn/a/附件1.pdf", "附件1：管制物项清单")
    repealed = Attachment("https://www.mofcom.gov.cn/a/附件2.pdf", "附件2：废止的公告目录")
    body = (
        "一、对附件1所列物项实施出口管制。\n"
        "二、商务部 海关总署公告2023年第23号等3个公告（目录见附件2）自本公告施行之日起废止。\n"
        "三、本公告自2026年5月1日起施行。"
    )
    page = _page(
        body,
        "商务部公告2026年第900号",
        dt.date(2026, 4, 1),
        dt.date(2026, 5, 1),
        "dated",
        (goods, repealed),
    )
    table = (
        "附件2\n废止的公告目录\n序号\t文件名称\t文号\n"
        "1\t关于对镓、锗相关物项实施出口管制的公告\t商务部 海关总署公告2023年第23号\n"
        "2\t关于对石墨相关物项实施临时出口管制的公告\t商务部 海关总署公告2023年第39号\n"
        "3\t关于对无人机相关物项实施出口管制的公告\t商务部 海关总署公告2023年第27号\n"
    )
    goods_text = "1. 1C902.a.4 钐钴永磁材料（参照商务部公告2025年第18号附件的描述）。"
    read = extract_notice(page, {goods.url: goods_text, repealed.url: table})
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in read.relations] == [
        ("repeals", f"MOFCOM-2023-{n}", dt.date(2026, 5, 1)) for n in (23, 39, 27)
    ]
    # the list unread (attachment 2 missing): only the printed target
    alone = extract_notice(page, {goods.url: goods_text})
    assert [r.target_number.notice_id for r in alone.relations] == ["MOFCOM-2023-23"]


def test_rows_of_an_attached_table_of_acts_start_on_the_day_the_body_sentence_prints() -> None:
    """`附件所列公告和条款，自2047年7月1日起废止或者停止执行，具体处理方式见附件` over rows each stating their act: the
    rows' acts start that day, not on the notice's own day."""
    body = "一、附件所列公告和条款，自2047年7月1日起废止或者停止执行，具体处理方式见附件。\n二、本公告自公布之日起施行。"
    table = (
        "附件\n废止和停止执行的公告及条款\n序号 | 公告 | 条款 | 处理方式\n"
        "1 | 商务部 海关总署公告2023年第39号 | 第二款 | 废止\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第四款 | 停止执行\n"
    )
    acts = attached_targets(body, [("附件", table)], None, dt.date(2047, 6, 15), dt.date(2047, 6, 15))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in acts] == [
        ("repeals", "MOFCOM-2023-39", "二", dt.date(2047, 7, 1)),
        ("repeals", "MOFCOM-2025-10", "四", dt.date(2047, 7, 1)),
    ]


def test_rows_of_an_attached_table_of_acts_start_when_the_clause_pointing_to_it_is_in_force() -> None:
    """`一、附件1所列公告予以废止。二、…等2个公告中有关…的条款（见附件2），予以废止` under `本公告第一条、第二条自2027年1月1日起
    施行`: each row's act starts that day and is made in the clause that points to its table; the body's act on
    the notices of 附件2 is the rows' acts on their clauses, not a repeal of those notices whole."""
    body = (
        "一、附件1所列公告，予以废止。\n"
        "二、商务部 海关总署公告2023年第23号等2个公告中有关出口许可申请的条款（见附件2），予以废止；上述公告的其他条款继续有效。\n"
        "三、2024年11月15日，商务部公布清单，自2024年12月1日起将商务部、海关总署公告2003年第5号废止。上述公告不再列入本次清理范围。\n"
        "四、本公告第一条、第二条自2027年1月1日起施行，其余各条自公布之日起施行。"
    )
    listed = "附件1\n予以废止的公告目录\n序号 | 文号 | 公告名称\n1 | 商务部 海关总署公告2025年第10号 | 关于钨等物项的公告\n"
    parts = (
        "附件2\n部分条款予以废止的公告目录\n序号 | 文号 | 废止的条款\n"
        "1 | 商务部 海关总署公告2023年第23号 | 第二条至第三条\n2 | 商务部 海关总署公告2024年第33号 | 第五条\n"
    )
    from parsers.model import Attachment

    first = Attachment("https://www.mofcom.gov.cn/a/附件1.docx", "附件：1.予以废止的公告目录")
    second = Attachment("https://www.mofcom.gov.cn/a/附件2.docx", "2.部分条款予以废止的公告目录")
    page = _page(
        body, "商务部 海关总署公告2026年第1737号", dt.date(2026, 12, 18), None, None, (first, second)
    )
    read = extract_notice(page, {first.url: listed, second.url: parts})
    found = sorted(
        (r.target_number.notice_id, r.clause or "", r.window_from, r.made_in or "") for r in read.relations
    )
    assert found == [
        ("MOFCOM-2023-23", "三", dt.date(2027, 1, 1), "二"),
        ("MOFCOM-2023-23", "二", dt.date(2027, 1, 1), "二"),
        ("MOFCOM-2024-33", "五", dt.date(2027, 1, 1), "二"),
        ("MOFCOM-2025-10", "", dt.date(2027, 1, 1), "一"),
    ]


def test_what_stands_said_to_stand_is_no_act() -> None:
    """`…已于该公告施行之日取消…，本公告对此不作调整`, `…所列物项，不因本次清理恢复管制` and `…自2024年12月1日起已
    不再适用` tell what stands; this notice changes nothing of it."""
    for text in (
        "三、2023年第39号公告第二款已于该公告施行之日取消2006年第50号公告所列其他石墨类物项的临时出口管制，本公告对此不作调整。",
        "二、2023年第39号公告第二款取消临时出口管制的2006年第50号公告所列物项，不因本次清理恢复管制。",
        "三、商务部、国家密码局、海关总署公告2020年第63号所附的《商用密码出口管制清单》自2024年12月1日起已不再适用。",
    ):
        assert _acts_dated(text) == [], text


def test_starts_tied_to_own_clauses_and_published_windows_and_windows_that_run_out_by_themselves() -> None:
    """`自本公告第二条所定暂停期限届满之次日起` starts the day after clause 二's window; `暂停期限与本公告第1项相同` after a
    printed start keeps the start and takes item 1's end; `在该暂停期限届满后` after a notice whose window was published
    starts the day after it; `…所定期限届满后，延长3个月` does not act on the window's maker; a window said to run out
    with the measures back by themselves (`暂停期限届满后，相关条款自动恢复实施`) and windows `不作调整` are no acts, nor is
    what was published `2048年以来`."""
    text = (
        "2048年以来，商务部、海关总署发布2026年第1201号公告，对部分出口管制措施暂停实施。现公告如下：\n"
        "一、自2048年2月1日起，商务部、海关总署公告2025年第55号第一条暂停实施，为期6个月。\n"
        "二、商务部公告2025年第62号第一条第（二）项，自本公告第一条所定暂停期限届满之次日起暂停实施，至2048年12月31日止。\n"
        "三、商务部、海关总署公告2025年第56号第一条的暂停期限，在2026年第1202号公告第二条所定期限届满后，延长3个月。\n"
        "四、2026年第1203号公告第四条所定暂停期限，不作调整。暂停期限届满后，相关条款自动恢复实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2048, 1, 12))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-55", dt.date(2048, 2, 1), dt.date(2048, 8, 1)),
        ("MOFCOM-2025-62", dt.date(2048, 8, 2), dt.date(2048, 12, 31)),
        (
            "MOFCOM-2025-56",
            dt.date(2048, 1, 12),
            dt.date(2048, 4, 12),
        ),  # (3 months from its anchor, once resolved)
    ]
    text = (
        "经研究决定，对下列公告条款作如下处理：\n"
        "1.商务部 海关总署公告2025年第55号第五条，自2047年2月1日起暂停实施，至2047年7月31日止；\n"
        "2.商务部公告2025年第61号第三条，自2047年3月1日起暂停实施，至2047年8月31日止；\n"
        "3.商务部公告2024年第46号第二条，自2047年2月1日起暂停实施，暂停期限与本公告第1项相同。\n"
    )
    relations = extract_relations(text, None, dt.date(2046, 12, 22))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations][2] == (
        "MOFCOM-2024-46",
        dt.date(2047, 2, 1),
        dt.date(2047, 7, 31),
    )
    text = (
        "四、商务部公告2025年第72号暂停实施的商务部公告2024年第46号第二款，在该暂停期限届满后继续暂停实施，"
        "至2027年11月10日止。\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 11, 9))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2024-46", dt.date(2026, 11, 28), dt.date(2027, 11, 10))
    ]


def test_starts_tied_to_a_row_or_a_point_and_suspensions_ended_early_on_a_printed_day() -> None:
    """`自序号1所列期限届满之次日起6个月` starts the day after row 1's window and counts from there; `自本公告第（一）项所定
    暂停期限届满之次日起` ties to the point whose act is its second sentence; `…该项暂停于…提前终止，该项措施自该日起恢复实施`
    and `依照…第1363号第三条延长至…的…第61号第三条、第四条的暂停实施，自…起提前终止` resume from that day."""
    text = (
        "一、下表所列条款暂停实施：\n"
        "序号 | 公告文号 | 条款 | 暂停期限\n"
        "1 | 商务部 海关总署公告2025年第56号 | 第一条 | 自2048年8月1日起至2049年1月31日止\n"
        "2 | 商务部 海关总署公告2025年第58号 | 第三条 | 自序号1所列期限届满之次日起6个月\n"
        "二、依照商务部公告2026年第1363号第三条延长至2048年9月30日的商务部公告2025年第61号第三条、第四条的暂停实施，"
        "自2048年8月1日起提前终止。\n"
    )
    relations = extract_relations(text, None, dt.date(2048, 7, 10))
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations
    ] == [
        ("suspends", "MOFCOM-2025-56", "一", dt.date(2048, 8, 1), dt.date(2049, 1, 31)),
        ("suspends", "MOFCOM-2025-58", "三", dt.date(2049, 2, 1), dt.date(2049, 8, 1)),
        ("resumes", "MOFCOM-2025-61", "三", dt.date(2048, 8, 1), None),
        ("resumes", "MOFCOM-2025-61", "四", dt.date(2048, 8, 1), None),
    ]
    text = (
        "（一）2025年4月9日，工作机制发布公告〔2025〕8号，将6家美国企业列入不可靠实体清单。现决定，该公告第一项措施，"
        "自2048年11月1日起暂停实施一年。\n"
        "（二）工作机制公告〔2025〕3号第三项措施，自本公告第（一）项所定暂停期限届满之次日起暂停实施，期限为6个月。\n"
        "（三）工作机制于2048年3月决定暂停实施的公告〔2025〕3号第二项措施，原定暂停期限至2048年12月31日届满；"
        "现决定该项暂停于2048年11月1日提前终止，该项措施自该日起恢复实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2048, 10, 15))
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations
    ] == [
        ("suspends", "UEL-2025-8", "一", dt.date(2048, 11, 1), dt.date(2049, 11, 1)),
        ("suspends", "UEL-2025-3", "三", dt.date(2049, 11, 2), dt.date(2050, 5, 2)),
        ("resumes", "UEL-2025-3", "二", dt.date(2048, 11, 1), None),
    ]


def test_within_the_window_just_stated_and_a_day_with_qi_told_before_publication() -> None:
    """`…，在上述期限内一并暂停实施` takes the window just stated; `2025年11月10日起，…；同日起，…停止实施` opening on a day
    long before publication tells what happened then."""
    text = (
        "经批准，商务部、海关总署公告2025年第56号，自2027年1月10日起暂停实施，为期一年。\n"
        "商务部公告2025年第62号第五条，在上述期限内一并暂停实施。\n"
        "2025年11月10日起，上述措施继续暂停实施1年；同日起，商务部公告2025年第13号所列15家美国实体的相关措施停止实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 1, 8))
    assert [(r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-56", None, dt.date(2027, 1, 10), dt.date(2028, 1, 10)),
        ("MOFCOM-2025-62", "五", dt.date(2027, 1, 10), dt.date(2028, 1, 10)),
    ]


def test_measures_ended_or_back_long_before_publication_and_windows_left_unchanged_are_told() -> None:
    """`自2025年8月12日起，第22号公告所涉实体的相关措施停止执行` in a notice of 2028, and `该公告其余各条的暂停实施期限
    不变`, act on nothing."""
    text = (
        "2025年3月4日、4月9日，商务部分别发布2025年第13号、第22号公告，将有关美国实体列入出口管制管控名单。"
        "自2025年8月12日起，第22号公告所涉实体的相关措施停止执行；自2025年11月10日起，第13号公告所涉实体的相关措施"
        "停止实施。\n"
        "一、商务部公告2025年第13号、第22号，自2028年2月1日起废止。\n"
        "二、商务部 海关总署公告2025年第56号第一条，自2028年2月1日起恢复实施。该公告其余各条的暂停实施期限不变。\n"
    )
    relations = extract_relations(text, None, dt.date(2028, 1, 5))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("repeals", "MOFCOM-2025-13", None, dt.date(2028, 2, 1)),
        ("repeals", "MOFCOM-2025-22", None, dt.date(2028, 2, 1)),
        ("resumes", "MOFCOM-2025-56", "一", dt.date(2028, 2, 1)),
    ]


def test_states_told_by_their_makers_and_other_words_of_a_clause_named_by_anaphora() -> None:
    """`…第1321号发布后，…暂停实施，暂停期限均至2046年11月11日届满（…经…第1323号公告修改为1年）` and `根据…第1322号、
    第1324号，…暂停实施至…` tell the state; a notice named in a bracket as having changed a part before (`（该目经2026年
    第1323号公告修改）`) is no target; `该款中关于超硬材料…的规定` is other words of the clause just named."""
    text = (
        "商务部 海关总署公告2026年第1321号发布后，商务部 海关总署公告2025年第55号第五条、第56号暂停实施，暂停期限均至"
        "2046年11月11日届满（第56号有关条款的暂停期限经2026年第1323号公告修改为1年）。\n"
        "根据商务部公告2026年第1322号、第1324号，商务部公告2025年第61号第二条暂停实施至2046年5月10日。\n"
        "一、删去商务部 海关总署公告2025年第58号第二条第（四）项第4目（该目经2026年第1323号公告修改）。\n"
        "二、商务部公告2024年第46号第二款中关于锑相关两用物项的规定，自2046年5月11日起恢复实施；该款中关于超硬材料相关两用"
        "物项的规定，自同日起不再执行。\n"
    )
    relations = extract_relations(text, None, dt.date(2046, 4, 20))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("repeals", "MOFCOM-2025-58", "二/(四)/4", dt.date(2046, 4, 20)),
        ("resumes", "MOFCOM-2024-46", "第二款中关于锑相关两用物项的规定", dt.date(2046, 5, 11)),
        ("repeals", "MOFCOM-2024-46", "第二款中关于超硬材料相关两用物项的规定", dt.date(2046, 5, 11)),
    ]


def test_an_act_s_own_window_ending_is_not_told() -> None:
    """`…，继续暂停实施，暂停期限至…届满。` states the act's window; an end told with 于 (`…将于…届满`), or a state told after
    `…号发布后，`, is the state told."""
    text = "一、商务部公告2025年第61号第一条，继续暂停实施，暂停期限至2027年11月10日届满。\n"
    relations = extract_relations(text, None, dt.date(2026, 11, 6))
    assert [(r.target_number.notice_id, r.clause, r.window_until) for r in relations] == [
        ("MOFCOM-2025-61", "一", dt.date(2027, 11, 10))
    ]


def test_a_procedure_while_a_window_runs_is_no_act() -> None:
    """`在上述暂停期限内，国内企业需要与有关实体进行交易的，可以…申请` after a history naming notices acts on none of them."""
    text = (
        "2025年3月4日，工作机制发布〔2025〕5号、6号公告，对有关实体采取处理措施。\n"
        "一、不可靠实体清单工作机制〔2025〕8号公告第二项处理措施，自2026年11月11日起暂停实施。\n"
        "二、在上述暂停期限内，国内企业需要与有关实体进行交易的，可以依照《不可靠实体清单规定》向工作机制提出申请。\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 11, 6))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("suspends", "UEL-2025-8", "二")
    ]


def test_a_table_of_changes_to_one_named_notice_and_a_consolidated_list_citing_its_sources() -> None:
    """`…第10号公告所列物项的增加、修改、删除…，按照本公告附件执行` over rows `1 | 第一款第（一）项1.1.3 | 修改 | … | 施行日期`:
    each row acts on that notice, down to the dotted point, from its own day; a consolidated list's `原公告条款` column
    (no column of acts) says where each entry came from and acts on nothing."""
    body = (
        "一、2025年第10号公告所列物项的增加、修改、删除和海关商品编号更正，按照本公告附件执行。\n"
        "二、本公告自2027年1月1日起施行。"
    )
    table = (
        "附件\n调整对照表\n序号 | 原公告条款 | 调整方式 | 调整后内容 | 施行日期\n"
        "1 | 第一款第（一）项1.1.3 | 修改 | 1.1.3碳化钨 | 2027年1月1日\n"
        "2 | 第三款第（三）项 | 删除 | 该项不再实施出口管制 | 2027年1月1日\n"
        "3 | 第四款第（一）项 | 修改 | 1C117.b．钼粉 | 2027年3月1日\n"
    )
    page = _page(body, "商务部公告2026年第1429号", dt.date(2026, 12, 15), dt.date(2027, 1, 1), "dated")
    from parsers.model import Attachment

    page = dataclasses.replace(
        page, attachments=(Attachment("https://www.mofcom.gov.cn/a/附件.pdf", "附件"),)
    )
    read = extract_notice(page, {"https://www.mofcom.gov.cn/a/附件.pdf": table})
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in read.relations] == [
        ("amends", "MOFCOM-2025-10", "一/(一)/1.1.3", dt.date(2027, 1, 1)),
        ("repeals", "MOFCOM-2025-10", "三/(三)", dt.date(2027, 1, 1)),
        ("amends", "MOFCOM-2025-10", "四/(一)", dt.date(2027, 3, 1)),
    ]
    body = "一、自本公告施行之日起，商务部 海关总署公告2023年第23号第一款废止，相关物项以本公告附件为准。\n二、本公告自2027年2月1日起施行。"
    table = (
        "附件\n出口管制清单\n序号 | 物项名称 | 管制编码 | 参考海关商品编号 | 原公告条款\n"
        "1 | 金属镓 |  | 8112929090 | 2023年第23号第一款第（一）项第1目\n"
    )
    page = dataclasses.replace(
        _page(body, "商务部公告2026年第1430号", dt.date(2026, 12, 18), dt.date(2027, 2, 1), "dated"),
        attachments=(Attachment("https://www.mofcom.gov.cn/a/附件.pdf", "附件"),),
    )
    read = extract_notice(page, {"https://www.mofcom.gov.cn/a/附件.pdf": table})
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in read.relations] == [
        ("repeals", "MOFCOM-2023-23", "一")
    ]


def test_the_same_window_as_a_clause_an_end_told_then_after_it_and_notices_left_out() -> None:
    """`…继续暂停实施，期限与本公告第一条相同；该公告第三款，自…起恢复实施` takes clause 一's start (the start printed belongs to
    the act after the ；); `…的暂停实施期限将于2029年11月27日届满，届满后继续暂停实施，为期一年` starts the day after;
    `…第21号…所涉暂停实施期限尚未届满，不在废止之列` acts on nothing."""
    text = (
        "一、商务部 海关总署公告2025年第55号，自2029年11月11日起继续暂停实施，至2030年11月10日止。\n"
        "二、商务部 海关总署公告2025年第58号第一款，继续暂停实施，期限与本公告第一条相同；该公告第三款，自2029年11月11日起恢复实施。\n"
        "三、商务部公告2024年第46号第二款的暂停实施期限将于2029年11月27日届满，届满后继续暂停实施，为期一年。\n"
        "四、商务部公告2025年第21号所涉暂停实施期限尚未届满，不在废止之列，仍按有关公告执行。\n"
    )
    relations = extract_relations(text, None, dt.date(2029, 11, 7))
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations
    ] == [
        ("suspends", "MOFCOM-2025-55", None, dt.date(2029, 11, 11), dt.date(2030, 11, 10)),
        ("suspends", "MOFCOM-2025-58", "一", dt.date(2029, 11, 11), dt.date(2030, 11, 10)),
        ("resumes", "MOFCOM-2025-58", "三", dt.date(2029, 11, 11), None),
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2029, 11, 28), dt.date(2030, 11, 28)),
    ]


def test_acts_beside_phrases_that_tell_or_keep_things_as_they_are() -> None:
    """Acts stated beside words that elsewhere mark a sentence as told are kept: a joint window `…继续暂停实施，暂停期限均至
    …届满`; a dated act followed by `…其他条款的暂停期限不变`, `不受本公告第一条影响` or `…不在出口管制范围之内`; a notice's own
    resumption after its window with another notice repealed in a later clause; a start with 起 a week before publication;
    a sentence opening on 此前."""
    published = dt.date(2026, 6, 1)
    cases = [
        (
            "一、商务部公告2025年第61号第三条、第四条继续暂停实施，暂停期限均至2027年6月30日届满。",
            [("suspends", "MOFCOM-2025-61", "三"), ("suspends", "MOFCOM-2025-61", "四")],
        ),
        (
            "一、自2026年7月1日起，商务部公告2025年第61号第三条恢复实施，该公告其他条款的暂停期限不变。",
            [("resumes", "MOFCOM-2025-61", "三")],
        ),
        (
            "二、自2026年7月1日起，商务部公告2025年第62号第二条恢复实施，不受本公告第一条影响。",
            [("resumes", "MOFCOM-2025-62", "二")],
        ),
        (
            "现决定，自2026年7月1日起，废止商务部公告2024年第46号，该公告所列物项不在出口管制范围之内。",
            [("repeals", "MOFCOM-2024-46", None)],
        ),
        (
            "一、商务部公告2025年第62号的暂停期限届满后，该公告恢复实施，商务部公告2025年第63号同时废止。",
            [("resumes", "MOFCOM-2025-62", None), ("repeals", "MOFCOM-2025-63", None)],
        ),
        (
            "2026年5月25日起，商务部公告2025年第61号第三条暂停实施，暂停期限至2026年12月31日。",
            [("suspends", "MOFCOM-2025-61", "三")],
        ),
        (
            "此前，商务部发布的2025年第61号公告第三条，自2026年7月1日起恢复实施。",
            [("resumes", "MOFCOM-2025-61", "三")],
        ),
    ]
    for text, expected in cases:
        got = [
            (r.relation, r.target_number.notice_id, r.clause)
            for r in extract_relations(text, None, published)
        ]
        assert got == expected, text


def test_a_clause_added_after_a_printed_clause_is_the_new_clause() -> None:
    text = "在商务部公告2025年第10号第一款后增加一款，作为第二款：“二、……”"
    assert _acts_dated(text) == [("amends", "MOFCOM-2025-10", "二", EFFECTIVE, None)]
    # a point added under the printed clause stays under it
    text = "在商务部公告2025年第10号第一款中增加一项，作为第（五）项：“（五）……”"
    assert _acts_dated(text) == [("amends", "MOFCOM-2025-10", "一/(五)", EFFECTIVE, None)]


def test_one_act_named_twice_is_one_relation() -> None:
    text = (
        "现就延长暂停实施商务部公告2025年第61号有关事项公告如下：自2026年11月10日起，"
        "继续暂停实施商务部公告2025年第61号，期限一年。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-61", None, dt.date(2026, 11, 10), dt.date(2027, 11, 10))
    ]
    # two windows on one notice are two acts
    text = "商务部公告2025年第61号第一款暂停实施一年；商务部公告2025年第61号第一款自2028年1月1日起废止。"
    assert [r[0] for r in _acts_dated(text)] == ["suspends", "repeals"]


def test_measures_terminated_from_a_later_day_are_lifted() -> None:
    text = "自2027年1月1日起，终止对商务部公告2026年第30号所列14家欧盟实体采取的出口管制措施。"
    assert _acts_dated(text) == [("lifts", "MOFCOM-2026-30", None, dt.date(2027, 1, 1), None)]
    # 终止暂停 ends a suspension: a resumption
    assert _acts_dated("自即日起终止暂停实施商务部公告2025年第57号。")[0][0] == "resumes"


def test_what_this_notice_prevails_over_is_amended_in_the_part_printed() -> None:
    text = "商务部 海关总署公告2025年第57号和第58号所列物项的名称、管制编码与本清单不一致的，以本公告为准。"
    assert _acts_dated(text) == [
        ("amends", f"MOFCOM-2025-{n}", "所列物项的名称、管制编码", EFFECTIVE, None) for n in (57, 58)
    ]
    # said of earlier notices in general, it names no target
    assert _acts_dated("此前发布的公告与本公告不一致的，以本公告为准。") == []


def test_an_end_given_to_a_stop_makes_it_a_suspension() -> None:
    text = "商务部 海关总署公告2025年第57号第一款，自2027年1月1日至2027年12月31日，不再实施出口管制。"
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-57", "一", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    ]
    # without an end it is a partial repeal
    text = "商务部 海关总署公告2025年第57号第一款，自2027年1月1日起不再实施出口管制。"
    assert _acts_dated(text)[0][0] in ("repeals", "lifts")


def test_a_target_named_twice_in_a_sentence_keeps_the_part_acted_on() -> None:
    text = (
        "自2026年11月28日起，对《关于加强相关两用物项对美国出口管制的公告》（商务部公告2024年第46号）第二款所列"
        "镓、锗相关两用物项，暂不实施商务部公告2024年第46号所规定的出口管制措施。"
    )
    assert _acts_dated(text) == [("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), None)]


def test_a_clause_after_the_bracketed_number_is_that_notices() -> None:
    text = "暂停实施《关于加强相关两用物项对美国出口管制的公告》（商务部公告2024年第46号）第二款。"
    assert [r[2] for r in _acts_dated(text)] == ["二"]
    # a bracket closing on something else keeps the whole notice
    text = "暂停实施商务部公告2024年第46号（见附件），第二条自公布之日起施行。"
    assert [r[2] for r in _acts_dated(text)][:1] == [None]


def test_an_earlier_notice_told_as_history_acts_on_nothing() -> None:
    text = (
        "2025年11月9日，商务部发布2025年第72号公告，决定自即日起至2026年11月27日，暂停实施商务部公告2024年第46号第二款。"
        "现就有关事项公告如下：\n一、商务部公告2024年第46号第二款，自2026年11月28日起恢复实施。"
    )
    assert _acts_dated(text) == [("resumes", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), None)]
    # a dated act of this notice (not an earlier one issuing a notice) still acts
    text = "2026年3月1日起，暂停实施商务部公告2025年第61号。"
    assert [r[0] for r in _acts_dated(text)] == ["suspends"]


def test_an_anaphor_inside_the_sentence_names_its_notices() -> None:
    text = (
        "调整商务部公告2025年第61号第一款第（一）项规定的价值比例，由0.1%调整为0.5%，"
        "在90天内暂停实施该公告第一款第（二）项。"
    )
    assert _acts_dated(text) == [
        ("amends", "MOFCOM-2025-61", "一/(一)", EFFECTIVE, None),
        ("suspends", "MOFCOM-2025-61", "一/(二)", EFFECTIVE, dt.date(2026, 6, 30)),
    ]
    text = "商务部 海关总署公告2025年第70号、商务部公告2025年第72号规定的暂停期限已经届满，上述两个公告宣布失效。"
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [
        ("repeals", "MOFCOM-2025-70"),
        ("repeals", "MOFCOM-2025-72"),
    ]
    # a clause that goes on as another notice decided is not acted on again
    text = (
        "商务部 海关总署公告2025年第58号第一款自2027年1月1日起恢复执行；"
        "该公告第三款继续按照商务部 海关总署公告2026年第821号的规定暂停实施。"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("resumes", "一")]


def test_a_part_of_a_clause_resumed_keeps_its_printed_words() -> None:
    text = (
        "商务部公告2024年第46号第二款中对石墨两用物项对美国出口实施更严格的最终用户和最终用途审查的规定，"
        "自2026年11月28日起恢复执行。"
    )
    assert _acts_dated(text) == [
        (
            "resumes",
            "MOFCOM-2024-46",
            "第二款中对石墨两用物项对美国出口实施更严格的最终用户和最终用途审查的规定",
            dt.date(2026, 11, 28),
            None,
        )
    ]


def test_acts_stated_as_a_table_of_notices_parts_and_windows() -> None:
    text = (
        "一、下列措施按照下表所列期限暂停实施：\n"
        "序号 | 公告文号 | 暂停实施的内容 | 暂停期限\n"
        "1 | 商务部公告2025年第61号 | 第一条第（一）项、第（二）项 | 2026年11月11日至2027年11月10日\n"
        "2 | 商务部公告2025年第61号 | 第七条及附件2（《合规告知书》指引） | 自2026年11月11日起，恢复实施的时间另行公告\n"
        "3 | 商务部公告2025年第62号 | 第七条 | 自2026年11月11日起6个月\n"
        "4 | 商务部公告2024年第46号 | 第二款中关于镓、锗相关两用物项的规定 | 2026年11月28日至2027年11月27日\n"
        "二、本公告自公布之日起实施。"
    )
    day = dt.date(2026, 11, 11)
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-61", "一/(一)", day, dt.date(2027, 11, 10)),
        ("suspends", "MOFCOM-2025-61", "一/(二)", day, dt.date(2027, 11, 10)),
        ("suspends", "MOFCOM-2025-61", "七", day, None),
        ("suspends", "MOFCOM-2025-61", "附件2", day, None),
        ("suspends", "MOFCOM-2025-62", "七", day, dt.date(2027, 5, 11)),
        (
            "suspends",
            "MOFCOM-2024-46",
            "第二款中关于镓、锗相关两用物项的规定",
            dt.date(2026, 11, 28),
            dt.date(2027, 11, 27),
        ),
    ]
    # a table that is no list of acts (no intro with a verb above it) gives nothing
    text = "序号 | 公告文号 | 发布日期\n1 | 商务部公告2025年第61号 | 2025年10月9日"
    assert _acts_dated(text) == []


def test_notices_repealed_in_part_through_an_attachment_table_of_clauses() -> None:
    from parsers.model import Attachment

    listed = Attachment("https://www.mofcom.gov.cn/a/附件2.pdf", "附件2")
    body = (
        "二、商务部 海关总署公告2025年第10号和商务部公告2025年第61号的部分条款予以废止（目录见附件2），"
        "上述公告的其他条款继续有效。\n四、本公告自2027年1月1日起施行。"
    )
    page = _page(
        body, "商务部公告2026年第900号", dt.date(2026, 12, 15), dt.date(2027, 1, 1), "dated", (listed,)
    )
    table = (
        "部分条款废止的出口管制有关公告目录\n序号 | 公告名称 | 文号 | 废止条款 | 备注\n"
        "1 | 公布对钨、碲、铋、钼、铟相关物项实施出口管制的决定 | 商务部 海关总署公告2025年第10号 | 第四款 | 钼相关物项\n"
        "2 | 公布对境外相关稀土物项实施出口管制的决定 | 商务部公告2025年第61号 | 第七款、附件2 | 合规告知书\n"
    )
    read = extract_notice(page, {listed.url: table})
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in read.relations] == [
        ("repeals", "MOFCOM-2025-10", "四"),
        ("repeals", "MOFCOM-2025-61", "七"),
        ("repeals", "MOFCOM-2025-61", "附件2"),
    ]
    # unread, the body's act stands for the whole of each notice
    unread = extract_notice(page, {})
    assert [(r.target_number.notice_id, r.clause) for r in unread.relations] == [
        ("MOFCOM-2025-10", None),
        ("MOFCOM-2025-61", None),
    ]


def test_the_maker_of_a_continued_suspension_introduces_the_targets() -> None:
    text = (
        "一、经商务部 海关总署公告2026年第881号继续暂停实施的下列措施，自2027年1月1日起恢复实施：\n"
        "（一）商务部、海关总署公告2025年第57号第五款（镱相关物项）；\n"
        "（二）商务部、海关总署公告2025年第58号第三款（石墨负极材料相关物项）。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("resumes", "MOFCOM-2025-57", "五"),
        ("resumes", "MOFCOM-2025-58", "三"),
    ]


def test_a_clause_with_a_note_in_brackets_and_its_sibling() -> None:
    text = "商务部、海关总署公告2025年第58号第一款（锂电池相关物项）、第二款（正极材料相关物项），自2026年11月11日起恢复实施。"
    assert [(r[1], r[2]) for r in _acts_dated(text)] == [("MOFCOM-2025-58", "一"), ("MOFCOM-2025-58", "二")]


def test_periods_given_respectively_go_to_the_targets_in_order() -> None:
    text = "商务部、海关总署公告2025年第55号、第56号，自2026年11月11日起分别继续暂停实施一年和六个月。"
    assert [(r[1], r[4]) for r in _acts_dated(text)] == [
        ("MOFCOM-2025-55", dt.date(2027, 11, 11)),
        ("MOFCOM-2025-56", dt.date(2027, 5, 11)),
    ]
    # 分别 with one period for all: each gets it
    text = "商务部公告2025年第61号、第62号，自2026年11月11日起分别继续暂停实施一年。"
    assert {r[4] for r in _acts_dated(text)} == {dt.date(2027, 11, 11)}


def test_a_point_replaced_by_this_notices_list_and_said_to_end_is_repealed() -> None:
    text = (
        "二、本公告附件所列物项代替商务部 海关总署公告2024年第33号（《关于对锑等物项实施出口管制的公告》）"
        "第一款第（二）项所列物项，该项规定自本公告实施之日起不再执行。"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("repeals", "一/(二)")]
    # replaced with nothing said to end: an amendment
    text = "商务部公告2024年第51号附件2，以本公告附件代替。"
    assert [r[0] for r in _acts_dated(text)] == ["amends"]


def test_a_table_of_acts_wrapped_inside_its_cells_reads_as_printed() -> None:
    """The same table as a PDF's text breaks it every 38 characters or so: rows are joined until they
    have every cell and stop filling the width; the clause after the table is not pulled into it."""
    text = (
        "一、下列措施按照下表所列期限暂停实施：\n"
        "序号 | 公告文号 | 暂停实施的内容 | 暂停期限\n"
        "1 | 商务部公告2025年第61号 | 第一条第（一）项、第（二）项（\n"
        "所涉物项详见该公告附件1） | 2026年11月11日至2027年11月\n"
        "10日\n"
        "2 | 商务部公告2024年第46号 | 第二款中关于镓、锗、锑、超硬材\n"
        "料相关两用物项的规定 | 2026年11月28日至2027年11月27日\n"
        "二、商务部公告2025年第62号第一条，自2026年11月11日起恢复实\n"
        "施。\n"
        "三、本公告自公布之日起实施。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-61", "一/(一)", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        ("suspends", "MOFCOM-2025-61", "一/(二)", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        (
            "suspends",
            "MOFCOM-2024-46",
            "第二款中关于镓、锗、锑、超硬材料相关两用物项的规定",
            dt.date(2026, 11, 28),
            dt.date(2027, 11, 27),
        ),
        ("resumes", "MOFCOM-2025-62", "一", dt.date(2026, 11, 11), None),
    ]


def test_an_attachment_listing_targets_in_traditional_script_is_read_converted() -> None:
    from parsers.model import Attachment

    listed = Attachment("https://www.mofcom.gov.cn/a/附件1.pdf", "附件1")
    body = "一、下列公告自本公告施行之日起废止（目录见附件1）。\n二、本公告自2027年1月1日起施行。"
    page = _page(
        body, "商务部公告2026年第900号", dt.date(2026, 12, 15), dt.date(2027, 1, 1), "dated", (listed,)
    )
    table = "序號 | 文號\n1 | 商務部 海關總署公告2023年第23號\n2 | 商務部 海關總署公告2023年第39號"
    read = extract_notice(page, {listed.url: table})
    assert [r.target_number.notice_id for r in read.relations] == ["MOFCOM-2023-23", "MOFCOM-2023-39"]
    assert {r.target_number.issuers for r in read.relations} == {("商务部", "海关总署")}


def test_what_another_notice_already_decided_is_history_and_该款_its_clause() -> None:
    text = (
        "四、商务部公告2025年第72号已决定自2025年11月9日起至2026年11月27日暂停实施商务部公告2024年第46号第二款。"
        "自2026年11月28日起，该款继续暂停实施一年。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), dt.date(2027, 11, 28))
    ]
    # 上述 names the notices, 该款 only a clause named before
    text = "商务部公告2025年第61号、第62号的暂停期限届满。上述公告自2026年11月11日起恢复实施。"
    assert [r[1] for r in _acts_dated(text)] == ["MOFCOM-2025-61", "MOFCOM-2025-62"]


def test_what_another_notice_did_told_in_brackets_is_no_act() -> None:
    text = (
        "一、对《关于加强相关两用物项对美国出口管制的公告》（商务部公告2024年第46号公布，其第二款由商务部公告2025年"
        "第72号暂停实施）作如下修改：\n将第一款中的“军事用户或军事用途”修改为“军事用户、军事用途”。"
    )
    assert _acts_dated(text) == [("amends", "MOFCOM-2024-46", "一", EFFECTIVE, None)]


def test_measures_named_before_their_end_are_lifted() -> None:
    text = "自2026年12月15日起，对商务部公告2026年第23号所列10家美国实体所适用的出口管制措施终止实施。"
    assert _acts_dated(text) == [("lifts", "MOFCOM-2026-23", None, dt.date(2026, 12, 15), None)]


def test_clauses_not_named_take_the_notices_own_day() -> None:
    text = (
        "二、对商务部 海关总署公告2025年第10号作如下修改：\n（一）删去第一款第（三）项。\n"
        "三、商务部 海关总署公告2023年第23号第一款第（二）项第6目所列四氯化锗，自2026年12月1日起暂停执行6个月。\n"
        "五、本公告自2027年1月1日起施行，第三条自2026年12月1日起施行。"
    )
    relations = extract_relations(text, None, dt.date(2026, 11, 27), dt.date(2026, 12, 1))
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in relations] == [
        ("repeals", "MOFCOM-2025-10", dt.date(2027, 1, 1)),
        ("suspends", "MOFCOM-2023-23", dt.date(2026, 12, 1)),
    ]


def test_a_clause_recalled_as_上述第二款_is_of_the_notice_it_was_printed_with() -> None:
    text = (
        "2024年12月3日，商务部发布2024年第46号公告，该公告第二款规定相关两用物项对美国出口原则上不予许可。"
        "2025年4月4日，商务部发布2025年第21号公告，决定将16家美国实体列入出口管制管控名单。\n"
        "商务部决定将上述第二款的暂停实施期限延长6个月，即暂停期限截止日期为2027年5月27日；"
        "对2025年第21号公告所列16家美国实体，停止执行相关措施。"
    )
    acts = extract_relations(text, None, dt.date(2026, 11, 10), dt.date(2026, 11, 10))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_until) for r in acts] == [
        ("lifts", "MOFCOM-2025-21", None, None),  # (the other act's end is not this one's)
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2027, 5, 27)),
    ]


def test_a_part_of_an_attachment_resumed_later_in_the_same_sentence() -> None:
    text = (
        "二、商务部公告2025年第62号，自2026年11月11日起恢复实施；商务部公告2025年第61号自同日起恢复实施，"
        "但该公告附件1第二部分中涉及稀土靶材的内容，自2027年3月1日起恢复实施。"
    )
    assert _acts_dated(text) == [
        ("resumes", "MOFCOM-2025-62", None, dt.date(2026, 11, 11), None),
        ("resumes", "MOFCOM-2025-61", None, dt.date(2026, 11, 11), None),
        ("resumes", "MOFCOM-2025-61", "附件1第二部分中涉及稀土靶材的内容", dt.date(2027, 3, 1), None),
    ]


def test_points_of_other_notices_listed_in_this_notices_attachment() -> None:
    from parsers.model import Attachment

    listed = Attachment("https://www.mofcom.gov.cn/a/附件.pdf", "附件")
    body = "一、自2027年1月1日至2027年6月30日，对本公告附件所列物项，继续暂停实施出口管制。\n二、本公告自2026年11月11日起施行。"
    page = _page(
        body, "商务部公告2026年第900号", dt.date(2026, 11, 9), dt.date(2026, 11, 11), "dated", (listed,)
    )
    table = (
        "继续暂停实施出口管制的物项\n序号 | 公告文号 | 条款 | 物项 | 管制编码\n"
        "1 | 商务部 海关总署公告2025年第55号 | 第一款 | 平均粒度小于等于50μm的人造金刚石微粉 | 2C902.a\n"
        "2 | 商务部 海关总署公告2025年第56号 | 第一款第（一）项 | 用于稀土生产加工的离心萃取设备 | 2B902.a"
    )
    read = extract_notice(page, {listed.url: table})
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_until) for r in read.relations] == [
        ("suspends", "MOFCOM-2025-55", "一", dt.date(2027, 6, 30)),
        ("suspends", "MOFCOM-2025-56", "一/(一)", dt.date(2027, 6, 30)),
    ]
    assert read.entries == ()  # rows naming the notice that controls them are no new controls


def test_a_window_counted_from_the_day_after_a_window_told_before() -> None:
    text = (
        "2025年11月9日，商务部发布2025年第72号公告，决定暂停实施商务部公告2024年第46号第二款，暂停期限至2026年11月27日。\n"
        "六、《关于加强相关两用物项对美国出口管制的公告》（商务部公告2024年第46号）第二款，自商务部公告2025年第72号"
        "规定的暂停期限届满之次日起继续暂停实施，截止日期另行公告。"
    )
    assert _acts_dated(text) == [("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), None)]
    # a window neither told nor published (known_windows.tsv): the phrase is left as printed, and the act runs
    # from when this notice is in force
    text = "商务部公告2024年第46号第二款，自商务部公告2025年第98号规定的暂停期限届满之次日起继续暂停实施。"
    assert _acts_dated(text) == [("suspends", "MOFCOM-2024-46", "二", EFFECTIVE, None)]


def test_a_resumption_that_only_follows_a_windows_end_is_no_act() -> None:
    text = "一、将商务部公告2025年第55号的暂停期限延长一年至2027年11月10日。延长期满，上述公告恢复施行。"
    assert [r[0] for r in _acts_dated(text)] == ["suspends"]
    text = "商务部公告2025年第58号第一款暂停执行6个月，期满后自动恢复执行。"
    assert [r[0] for r in _acts_dated(text)] == ["suspends"]
    # the windows this notice set, told as they end: the measures come back by themselves
    text = (
        "2025年2月4日，商务部、海关总署发布2025年第18号公告，对钨、碲相关物项实施出口管制。\n"
        "经综合评估，两部门决定对上述公告规定的部分出口管制措施暂停实施。现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第18号第一条，暂停实施至2047年8月31日。\n"
        "二、上述暂停期限届满后，相关出口管制措施自动恢复实施，不再另行公告。"
    )
    assert _acts_dated(text) == [("suspends", "MOFCOM-2025-18", "一", EFFECTIVE, dt.date(2047, 8, 31))]
    # a resumption decided from a printed day after a window ends is one
    text = "商务部 海关总署公告2025年第57号暂停实施期满后不再延长，自2026年11月11日起恢复实施。"
    assert [r[0] for r in _acts_dated(text)] == ["resumes"]


def test_another_notice_said_to_govern_or_to_have_notified_is_no_target() -> None:
    text = "四、商务部公告2025年第61号第一款继续暂停实施，直至另行通知。该公告其他规定的暂停期限，仍以第70号公告为准。"
    assert [r[1] for r in _acts_dated(text)] == ["MOFCOM-2025-61"]
    text = "三、商务部 海关总署公告2026年第828号已通知，自2026年11月28日起继续暂停实施商务部公告2024年第46号第二款。"
    assert _acts_dated(text) == []


def test_clauses_named_by_title_and_after_the_notice_acted_on_before() -> None:
    text = "四、商务部以2024年第46号公告发布、以2025年第72号公告暂停实施的《关于加强相关两用物项对美国出口管制的公告》第二款同时废止。"
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("repeals", "MOFCOM-2024-46", "二")]
    text = (
        "（一）删去《关于对锑等物项实施出口管制的公告》（商务部 海关总署公告2024年第33号）第一款第（二）项第4目。\n"
        "第一款第（二）项第5目改为第4目，修改为：\n“4.用六面顶压机合成人造金刚石单晶的工艺技术。”"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("repeals", "一/(二)/4"), ("amends", "一/(二)/5")]
    # a law's article is never a notice's clause
    text = "依照《中华人民共和国两用物项出口管制条例》第二十六条，暂停实施商务部公告2025年第61号。"
    assert [r[2] for r in _acts_dated(text)] == [None]


def test_a_point_kept_beside_suspended_ones_applies_again() -> None:
    text = (
        "四、自2026年4月1日起，在六个月内继续暂停实施商务部公告2025年第61号第一条第（一）项，"
        "保留该公告第一条第（二）项。"
    )
    assert [(r[0], r[2], r[3]) for r in _acts_dated(text)] == [
        ("suspends", "一/(一)", dt.date(2026, 4, 1)),
        ("resumes", "一/(二)", dt.date(2026, 4, 1)),
    ]


def test_a_verb_inside_a_noun_phrase_or_a_saving_clause_acts_on_nothing() -> None:
    text = (
        "一、自2026年4月1日起恢复实施商务部公告2025年第57号。恢复实施出口管制的物项范围，与上述公告相同。"
        "依照本公告恢复实施管制的物项，应当申请许可。除上述调整外，商务部公告2025年第70号涉及的其他事项按原规定执行。"
    )
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [("resumes", "MOFCOM-2025-57")]
    # the measures as the object of the verb are acted on
    text = "商务部公告2024年第46号第二款所列物项，自2027年3月1日起恢复执行该公告规定的措施。"
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("resumes", "二")]


def test_an_earlier_decision_or_an_act_already_done_is_background() -> None:
    text = (
        "三、2025年11月5日，商务部决定自2025年11月10日起继续暂停实施商务部公告2025年第21号所列实体的相关措施1年。"
        "现决定，自2026年11月10日起，上述措施继续暂停实施，暂停期限为1年。"
        "商务部公告2025年第13号所列实体的相关措施已于2025年11月10日停止实施，不在本次调整范围之内。"
        "工作机制曾于2025年4月4日发布公告（不可靠实体清单工作机制公告〔2025〕7号），相关措施暂停实施1年。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-21", None, dt.date(2026, 11, 10), dt.date(2027, 11, 10))
    ]


def test_a_suspension_that_ended_before_publication_is_told_not_made() -> None:
    text = (
        "商务部公告2025年第72号对商务部公告2024年第46号第二款暂停实施至2026年2月27日。现就有关事项公告如下："
    )
    assert _acts_dated(text) == []
    # one ending after publication is still an act
    text = "商务部公告2024年第46号第二款暂停实施至2026年12月31日。"
    assert [r[0] for r in _acts_dated(text)] == ["suspends"]


def test_from_the_day_this_notice_comes_into_force() -> None:
    text = "三、自本公告实施之日起，暂停实施不可靠实体清单工作机制公告〔2025〕3号第三项规定的处理措施6个月。"
    assert _acts_dated(text) == [("suspends", "UEL-2025-3", "三", EFFECTIVE, dt.date(2026, 10, 1))]


def test_a_point_voided_and_a_renumbering() -> None:
    text = (
        "二、商务部公告2025年第10号第四款第（二）项的规定，自本公告施行之日起作废。"
        "三、商务部公告2024年第33号第二款第（五）项中关于经办人身份证明的规定，自本公告施行之日起作废。"
    )
    assert [(r[0], r[2], r[3]) for r in _acts_dated(text)] == [
        ("repeals", "四/(二)", EFFECTIVE),
        ("repeals", "第二款第(五)项中关于经办人身份证明的规定", EFFECTIVE),
    ]
    text = (
        "一、对商务部公告2025年第62号作如下修改：\n（一）第七款后增加一款作为第八款，即：“八、出口经营者可以申请通用许可。”\n"
        "（二）原第八款改为第九款。\n二、上述公告的其他规定不变，其条款序号作相应调整。"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("amends", "八")]


def test_parts_of_an_annex_and_an_entry_replaced_or_added() -> None:
    text = (
        "一、商务部公告2024年第51号附件1中1C234项删除并替换为：“1C234 锆金属及其制品”。\n"
        "二、商务部公告2025年第61号附件1第二部分第3项修改为：“3.含钐的溅射靶材”。\n"
        "三、在商务部 国家密码局 海关总署公告2020年第63号所附《商用密码进口许可清单》中增列“抗量子密码算法加密机”。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2024-51", "附件1中1C234项"),
        ("amends", "MOFCOM-2025-61", "附件1第二部分第3项"),
        ("amends", "MOFCOM-2020-63", "所附《商用密码进口许可清单》"),
    ]


def test_a_table_of_adjustments_whose_rows_state_their_own_acts() -> None:
    body = "四、对下列公告的有关条目，按照本公告附件所列事项调整。\n五、本公告自2026年4月1日起施行。"
    attachment = (
        "附件\n序号 | 公告文号 | 所涉条款 | 调整事项\n"
        "1 | 商务部公告2025年第61号 | 附件1第一部分第2项 | 删去\n"
        "2 | 商务部 海关总署公告2025年第58号 | 第二款 | 增列“（五）3C901.a.4.正极材料”，作为该款第（五）项\n"
        "3 | 商务部公告2024年第51号 | 附件1 1C350项 | “纯度大于等于95%”调整为“纯度大于等于90%”"
    )
    found = attached_targets(body, [("附件", attachment)], None, PUBLISHED, EFFECTIVE)
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in found] == [
        ("repeals", "MOFCOM-2025-61", "附件1第一部分第2项", EFFECTIVE),
        ("amends", "MOFCOM-2025-58", "二/(五)", EFFECTIVE),
        ("amends", "MOFCOM-2024-51", "附件11C350项", EFFECTIVE),
    ]
    # a list published through an attachment still names no target
    body = "二、修订后的清单（见附件1）予以公布，自2026年4月1日起施行。"
    assert attached_targets(body, [("附件1", "附件1\n1.2B350.a 反应器")], None, PUBLISHED, EFFECTIVE) == []


def test_a_table_of_suspended_measures_with_their_own_start_and_end_columns() -> None:
    body = "一、附件所列措施，按照附件载明的起止日期暂停实施。\n二、本公告自公布之日起实施。"
    attachment = (
        "附件\n序号 | 公告文号 | 暂停实施的条款 | 起始日期 | 截止日期\n"
        "1 | 商务部 海关总署公告2025年第56号 | 全部条款 | 2026年11月11日 | 2027年5月10日\n"
        "2 | 商务部 海关总署公告2025年第57号 | 第二款、第三款 | 2026年11月11日 | 另行公告\n"
        "3 | 商务部公告2025年第18号 | 第三款第（一）项 | 本公告公布之日 | 该项评估结论公布之日"
    )
    found = attached_targets(body, [("附件", attachment)], None, PUBLISHED, EFFECTIVE)
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in found
    ] == [
        ("suspends", "MOFCOM-2025-56", None, dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("suspends", "MOFCOM-2025-57", "二", dt.date(2026, 11, 11), None),
        ("suspends", "MOFCOM-2025-57", "三", dt.date(2026, 11, 11), None),
        ("suspends", "MOFCOM-2025-18", "三/(一)", PUBLISHED, None),
    ]
    # a repeal table's bare 日期 column is the day each row's act starts
    body = "一、经清理，附件所列公告予以废止或者部分停止执行，废止或者停止执行的日期见附件。"
    attachment = (
        "附件\n序号 | 文号 | 名称 | 处理方式 | 日期\n"
        "1 | 商务部公告2025年第22号 | 公布将12家美国实体列入出口管制管控名单决定 | 全文废止 | 2026年11月1日\n"
        "2 | 商务部 海关总署公告2024年第33号 | 关于对锑等物项实施出口管制的公告 | 第七款停止执行 | 2027年1月1日"
    )
    found = attached_targets(body, [("附件", attachment)], None, PUBLISHED, EFFECTIVE)
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in found] == [
        ("repeals", "MOFCOM-2025-22", None, dt.date(2026, 11, 1)),
        ("repeals", "MOFCOM-2024-33", "七", dt.date(2027, 1, 1)),
    ]


def test_the_notice_a_window_came_from_and_the_list_items_went_into_are_no_targets() -> None:
    text = (
        "二、将商务部 海关总署2026年第721号公告规定的商务部 海关总署公告2025年第10号第二款的暂停期限"
        "再延长三个月至2027年6月30日。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("suspends", "MOFCOM-2025-10", "二")]
    text = (
        "二、商务部公告2024年第21号第一款第（一）项所列物项，已全部列入商务部等四部门2024年第51号公告公布的清单，"
        "该项自2026年11月1日起不再单独执行。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("repeals", "MOFCOM-2024-21", "一/(一)")]


def test_measures_on_counted_parties_end_and_a_window_after_an_earlier_one() -> None:
    text = "四、自2026年11月1日起，商务部公告2026年第30号所列14家欧盟实体不再适用该公告规定的措施。"
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("lifts", "MOFCOM-2026-30", None)]
    text = (
        "2025年11月9日，商务部发布2025年第72号公告，暂停实施该公告第二款，暂停期限至2026年11月27日。\n"
        "三、商务部公告2025年第72号规定的暂停期限届满后，在磋商期间，商务部公告2024年第46号第二款继续暂停实施。"
    )
    assert _acts_dated(text) == [("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), None)]


def test_a_suspension_for_a_named_period_dated_in_the_next_sentence() -> None:
    text = "一、在评估期间，商务部公告2025年第10号第二款暂停实施。评估自2026年10月1日开始，应于2027年4月1日前（不含本日）结束。"
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-10", "二", dt.date(2026, 10, 1), dt.date(2027, 3, 31))
    ]


def test_a_point_added_as_a_numbered_point_and_several_added_to_an_item() -> None:
    """One entry (目) added to an item amends the item, as several do (README's convention for additions)."""
    text = (
        "二、对商务部公告2024年第33号作如下修改：\n（一）第一款第（二）项增加一目作为第7目，即：“7.触媒粉。”"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("amends", "一/(二)")]
    text = "一、在商务部公告2024年第21号第一条第（二）项中增加两目，作为第6目、第7目："
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [("amends", "一/(二)")]


def test_that_notice_is_the_one_printed_last_and_parts_named_by_row_and_title() -> None:
    text = (
        "2023年7月3日、2024年8月15日，商务部、海关总署分别发布2023年第23号、2024年第33号公告，对镓、锗、锑实施出口管制。\n"
        "一、在商务部 海关总署公告2023年第23号第一款第（一）项中增加两目，作为第9目、第10目：\n"
        "二、将该公告第一款第（一）项第2目修改为：“2.氮化镓。”\n"
        "三、将商务部公告2026年第701号附件序号4“参考税则号列”栏中的“81123100”修改为“81123100、81123900”。\n"
        "四、商务部公告2025年第62号附件1《出口管制技术转让或者提供情况说明》填写指引、附件2《境内提供出口管制技术情况说明》"
        "填写指引予以废止。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2023-23", "一/(一)"),
        ("amends", "MOFCOM-2023-23", "一/(一)/2"),
        ("amends", "MOFCOM-2026-701", "附件/4"),
        ("repeals", "MOFCOM-2025-62", "附件1"),
        ("repeals", "MOFCOM-2025-62", "附件2"),
    ]


def test_a_clause_of_this_notice_in_force_later_dates_its_act() -> None:
    text = (
        "二、将商务部公告2025年第61号第五款中的“10个工作日”修改为“15个工作日”。\n"
        "五、本公告第一款、第三款自公布之日起施行，第二款自2026年6月1日起施行。"
    )
    assert [(r[0], r[3]) for r in _acts_dated(text)] == [("amends", dt.date(2026, 6, 1))]


def test_a_year_end_settlement_of_suspensions_one_by_one() -> None:
    text = (
        "商务部、海关总署2026年第731号公告将商务部、海关总署公告2025年第55号、56号的暂停实施期限，延长至2026年12月31日。"
        "经评估，现决定：自2027年1月1日起，商务部、海关总署公告2025年第56号恢复实施；其他措施按照下列规定分别办理：\n"
        "三、对商务部、海关总署公告2025年第58号，按照下列规定办理：\n"
        "（一）第一款继续暂停实施至2027年2月28日，自2027年3月1日起恢复实施；\n"
        "（二）第二款继续暂停实施6个月。\n"
        "五、商务部公告2025年第62号自2027年1月1日起恢复实施，该公告附件1《出口管制技术转让或者提供情况说明》填写指引同时废止，"
        "以本公告附件代替。\n"
        "七、商务部、海关总署公告2025年第56号及本公告规定恢复实施的其他措施所涉物项，出口经营者应当申请许可；"
        "暂停实施期间颁发的许可证件，在有效期内继续有效。\n"
        "八、商务部公告2025年第61号第一条第（三）项恢复实施后，出口经营者应当依照该公告第六款规定的方式提出申请。"
    )
    start = dt.date(2027, 1, 1)
    found = [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until)
        for r in extract_relations(text, None, dt.date(2026, 12, 28), start)
    ]
    assert found == [
        ("resumes", "MOFCOM-2025-56", None, start, None),
        ("suspends", "MOFCOM-2025-58", "一", start, dt.date(2027, 2, 28)),
        ("resumes", "MOFCOM-2025-58", "一", dt.date(2027, 3, 1), None),
        ("suspends", "MOFCOM-2025-58", "二", start, dt.date(2027, 7, 1)),
        ("resumes", "MOFCOM-2025-62", None, start, None),
        ("amends", "MOFCOM-2025-62", "附件1", start, None),
    ]


def test_a_run_of_bare_numbers_an_end_in_the_next_clause_and_what_is_left_as_it_was() -> None:
    text = (
        "一、商务部 海关总署2025年第55号至第56号公告，自2026年11月11日起继续暂停实施。\n"
        "二、前条所列公告继续暂停实施的截止日期为2027年5月10日。\n"
        "四、商务部公告2025年第61、62号的暂停实施，顺延至2027年2月28日。\n"
        "八、2025年第70号公告所涉其他事项，本公告未作调整的，按原定期限执行。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-55", None, dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("suspends", "MOFCOM-2025-56", None, dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("suspends", "MOFCOM-2025-61", None, EFFECTIVE, dt.date(2027, 2, 28)),
        ("suspends", "MOFCOM-2025-62", None, EFFECTIVE, dt.date(2027, 2, 28)),
    ]


def test_rewrites_worded_as_precedence_new_figures_reissued_parts_and_words_no_longer_kept() -> None:
    text = (
        "二、商务部 海关总署2025年第10号、第18号公告所列物项的管制范围，以本公告附件1为准。\n"
        "三、商务部 海关总署公告2025年第56号第一款第（二）项规定的日处理浸出液量下限，由5000立方米下调为3000立方米。\n"
        "四、商务部公告2025年第62号附件2《境内提供出口管制技术情况说明》填写指引第五部分，按本公告附件重新印发。\n"
        "五、商务部公告2026年第28号第一款中“也不得以登记填报信息的方式获得出口凭证”的内容，不再保留。\n"
        "六、在商务部 海关总署公告2025年第58号第二款第（四）项第4目“气流粉碎机”前增加“单机处理能力大于等于1吨/小时的”。\n"
        "七、2026年第28号公告第三款，自本公告公布之日起停止适用。\n"
        "八、自2027年1月1日起，将商务部公告2026年第30号所列14家欧盟实体移出出口管制管控名单。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2025-10", None),
        ("amends", "MOFCOM-2025-18", None),
        ("amends", "MOFCOM-2025-56", "一/(二)"),
        ("amends", "MOFCOM-2025-62", "附件2《境内提供出口管制技术情况说明》填写指引第五部分"),
        ("amends", "MOFCOM-2026-28", "一"),
        ("amends", "MOFCOM-2025-58", "二/(四)/4"),
        ("repeals", "MOFCOM-2026-28", "三"),
        ("lifts", "MOFCOM-2026-30", None),
    ]


def test_a_bare_bracketed_number_the_measures_left_as_they_are_and_those_that_go_on() -> None:
    text = (
        "二、现决定，自2027年1月1日起，对〔2025〕7号公告所列11家美国实体，停止实施该公告规定的处理措施。\n"
        "三、不可靠实体清单工作机制〔2025〕8号第一项规定的处理措施，自2027年1月1日起暂停实施一年；该公告第二项规定的处理措施，"
        "继续实施。\n"
        "四、不可靠实体清单工作机制公告〔2025〕3号规定的各项处理措施，不作调整。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("lifts", "UEL-2025-7", None),
        ("suspends", "UEL-2025-8", "一"),
    ]


def test_a_table_under_an_intro_without_a_verb_and_arrangements_announced_later() -> None:
    text = (
        "一、下列公告按照表中所列事项和日期处理：\n序号 | 公告文号 | 列入日期 | 所涉实体 | 处理事项 | 起止日期\n"
        "3 | 商务部公告2026年第11号 | 2026年2月24日 | 20家日本实体 | 第一款规定的措施暂停实施 | 2026年12月15日至2027年6月14日\n"
        "二、商务部公告2025年第61号第一款第（一）项，自2026年11月11日起至2027年11月10日止继续暂停实施；"
        "该公告第一款第（三）项及其余各款的实施安排，另行公告。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2026-11", "一", dt.date(2026, 12, 15), dt.date(2027, 6, 14)),
        ("suspends", "MOFCOM-2025-61", "一/(一)", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
    ]


def test_an_exemption_from_the_day_this_notice_is_in_force_to_a_date() -> None:
    text = (
        "六、不可靠实体清单工作机制公告〔2025〕6号对有关企业采取的处理措施，对履行已签订采购合同的交易，"
        "自本公告施行之日起至2027年6月30日暂不适用。"
    )
    assert _acts_dated(text) == [("suspends", "UEL-2025-6", None, EFFECTIVE, dt.date(2027, 6, 30))]


def test_parties_of_an_attachment_in_traditional_script_are_read_after_conversion() -> None:
    from parsers.model import Attachment

    attachment = Attachment("https://www.mofcom.gov.cn/a/附件.pdf", "附件")
    # (the page's body reaches the extractor already in Simplified script: parsers.article converts it)
    body = "决定将甲航电系统公司等2家美国实体列入出口管制管控名单（见附件）。\n本公告自公布之日起正式实施。"
    published = dt.date(2026, 3, 2)
    page = _page(body, "商务部公告2026年第958号", published, published, "on_publication", (attachment,))
    text = (
        "附件\n出口管制管控名單\n1.甲航電系統公司（Alpha Avionics Systems Inc.）\n"
        "2.乙聲吶技術公司（Beta Sonar Technologies Inc.）"
    )
    read = extract_notice(page, {attachment.url: text})
    assert [(p.name_zh, p.name_en, p.list) for p in read.parties] == [
        ("甲航电系统公司", "Alpha Avionics Systems Inc.", "control_list"),
        ("乙声呐技术公司", "Beta Sonar Technologies Inc.", "control_list"),
    ]


def test_an_old_pages_field_line_does_not_hide_a_history_sentence() -> None:
    text = (
        "【发布日期】2026年11月06日\n2025年11月7日，商务部、海关总署发布2025年第70号公告，决定自即日起至2026年11月10日，"
        "暂停实施商务部、海关总署公告2025年第55号。\n现决定：商务部、海关总署公告2025年第55号的暂停实施期限，延长至2026年12月31日。"
    )
    found = extract_relations(text, None, dt.date(2026, 11, 6), dt.date(2026, 11, 6))
    assert [(r.relation, r.target_number.notice_id, r.window_until) for r in found] == [
        ("suspends", "MOFCOM-2025-55", dt.date(2026, 12, 31))
    ]


def test_an_act_named_as_a_subject_to_say_what_it_leaves_alone_is_no_act() -> None:
    assert _acts_dated("商务部公告2025年第62号的暂停实施，不影响本公告第二条的实施。") == []
    # the act itself, printed with its verb, still is one
    assert [r[0] for r in _acts_dated("暂停实施商务部公告2025年第62号，不影响本公告第二条的实施。")] == [
        "suspends"
    ]


def test_titles_and_summaries_of_listed_notices_name_no_target_and_act_cells_name_parts() -> None:
    text = (
        "一、下列公告已执行完毕，予以废止：\n"
        "1.商务部 海关总署公告2025年第70号（公布暂停实施商务部、海关总署公告2025年第55号、56号及商务部公告2025年第61号的决定）；\n"
        "2.商务部公告2025年第13号。"
    )
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [
        ("repeals", "MOFCOM-2025-70"),
        ("repeals", "MOFCOM-2025-13"),
    ]
    body = "一、附件所列公告规定的措施，按照附件“处理方式”栏和“执行日期”栏的内容执行。"
    attachment = (
        "附件\n序号 | 公告文号 | 主要内容 | 处理方式 | 执行日期\n"
        "1 | 商务部公告2026年第23号 | 暂停实施2024年第46号公告第二款 | 第二款修改为：“二、确因特殊情况需要出口的，应当提出申请。” "
        "| 2027年1月1日起\n"
        "2 | 商务部公告2026年第30号 | 将14家欧盟实体列入管控名单 | 第一款暂停执行 | 2027年1月1日至2027年3月31日"
    )
    found = attached_targets(body, [("附件", attachment)], None, PUBLISHED, EFFECTIVE)
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in found
    ] == [
        ("amends", "MOFCOM-2026-23", "二", dt.date(2027, 1, 1), None),
        ("suspends", "MOFCOM-2026-30", "一", dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    ]


def test_that_notice_after_a_history_measures_no_longer_applied_and_a_window_left_as_set() -> None:
    text = (
        "三、2025年4月4日，商务部发布2025年第21号公告，将16家美国实体列入出口管制管控名单。"
        "自2026年11月11日起至2027年11月10日止，继续暂停实施该公告规定的措施。\n"
        "五、自2027年1月1日起，对商务部公告2026年第20号所列7家欧盟实体，不再实施该公告规定的措施。\n"
        "七、商务部公告2025年第13号所列实体的相关措施已于2025年11月10日停止实施，不适用本公告第三款的规定。\n"
        "八、该公告其他规定的暂停期限，仍以第70号公告为准。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-21", None, dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        ("lifts", "MOFCOM-2026-20", None, dt.date(2027, 1, 1), None),
    ]


def test_what_stays_as_another_notice_set_it_is_no_act() -> None:
    text = (
        "一、上述暂停提前结束，自2026年11月17日起恢复执行商务部公告2024年第46号第二款。\n"
        "三、商务部公告2025年第62号第一款自2027年1月1日起恢复实施；该公告其他各款，继续暂停实施。\n"
        "四、该公告其他条款，仍按照商务部 海关总署公告2026年第888号的规定暂停实施。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("resumes", "MOFCOM-2024-46", "二"),
        ("resumes", "MOFCOM-2025-62", "一"),
    ]


def test_a_bracketed_title_before_a_clause_keeps_the_clause() -> None:
    text = "商务部公告2024年第46号（关于加强相关两用物项对美国出口管制的公告）第二款，自2026年12月22日起停止执行。"
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("repeals", "MOFCOM-2024-46", "二")]
    # a bracketed title closing a list line names its notice only
    text = "一、下列公告予以废止：\n1.商务部公告2025年第70号（公布暂停实施商务部公告2025年第61号的决定）；"
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [("repeals", "MOFCOM-2025-70")]


def test_a_short_number_with_its_clause_after_a_full_one_in_the_same_sentence() -> None:
    text = (
        "2025年11月7日，商务部、海关总署发布2025年第70号公告，决定商务部 海关总署公告2025年第55号、第56号、第58号暂停实施。\n"
        "二、自2026年11月11日起，商务部 海关总署公告2025年第56号不再暂停实施，第58号第三款中止实施至2027年5月10日。"
    )
    assert [(r[0], r[1], r[2], r[4]) for r in _acts_dated(text)] == [
        ("resumes", "MOFCOM-2025-56", None, None),
        ("suspends", "MOFCOM-2025-58", "三", dt.date(2027, 5, 10)),
    ]


def test_quoted_content_that_leaves_control_is_a_partial_repeal_named_as_printed() -> None:
    text = "二、商务部 海关总署公告2025年第58号第三款第（三）项中“b.造粒容积大于等于5m3的连续造粒釜”的内容，自2027年1月1日起不再列入管制。"
    assert [(r[0], r[2], r[3]) for r in _acts_dated(text)] == [
        ("repeals", "第三款第(三)项中“b.造粒容积大于等于5m3的连续造粒釜”的内容", dt.date(2027, 1, 1))
    ]


def test_a_running_window_told_and_changes_listed_under_a_notice_named_once() -> None:
    text = (
        "商务部公告2025年第61号、第62号自2025年11月7日起暂停实施，暂停期限至2026年11月10日。\n"
        "商务部、海关总署公告2025年第55号、第58号，已依照商务部、海关总署公告2025年第70号暂停实施至2026年11月10日。\n"
        "三、对商务部、海关总署公告2025年第58号作如下处理：\n"
        "（一）第一款所列锂电池相关物项，自2026年11月11日起继续暂停实施，至2027年5月10日止；\n"
        "（二）第二款第（一）项、第（二）项和第三款，自2026年11月11日起恢复实施。"
    )
    found = extract_relations(text, None, dt.date(2026, 11, 9), dt.date(2026, 11, 9))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_until) for r in found] == [
        ("suspends", "MOFCOM-2025-58", "一", dt.date(2027, 5, 10)),
        ("resumes", "MOFCOM-2025-58", "二/(一)", None),
        ("resumes", "MOFCOM-2025-58", "二/(二)", None),
        ("resumes", "MOFCOM-2025-58", "三", None),
    ]


def test_joined_parts_noted_points_and_parts_governed_by_this_notice_from_a_day() -> None:
    text = (
        "一、商务部 海关总署公告2025年第10号第一款第（一）项所列钨相关材料，以及第二款第（一）项、第（二）项所列碲相关物项，"
        "自本公告施行之日起，按照本公告附件所列条目实施管理。\n"
        "二、前述公告第三款第（三）项（三苯基铋）、第（四）项（三对乙氧基苯基铋），同时停止执行。\n"
        "三、2025年第10号公告第四款所列钼相关物项，不在本次调整范围内，仍按该公告的规定执行。"
    )
    assert [(r[0], r[2]) for r in _acts_dated(text)] == [
        ("amends", "一/(一)"),
        ("amends", "二/(一)"),
        ("amends", "二/(二)"),
        ("repeals", "三/(三)"),
        ("repeals", "三/(四)"),
    ]


def test_a_clause_printed_once_after_a_run_of_numbers_is_each_ones() -> None:
    text = "三、商务部公告2026年第23号、第30号第二款中“提出申请”，修改为“在出口前提出申请”。"
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2026-23", "二"),
        ("amends", "MOFCOM-2026-30", "二"),
    ]


def test_notices_named_as_the_means_of_earlier_acts_are_told_and_date_a_lead_for_its_lines() -> None:
    # The background names the goods notices and, after 以…公告将, the notice whose window they run under;
    # the lead dates every line below it from the day after that window, and a saving clause acts on nothing.
    text = (
        "根据有关法律规定，商务部、海关总署以2025年第56号、第57号公告对稀土相关物项实施出口管制，"
        "并以2025年第70号公告将上述公告暂停实施至2026年11月10日。经评估，现将有关事项公告如下：\n"
        "一、自2025年第70号公告规定的暂停期限届满之次日起，对下列公告分别作如下处理：\n"
        "1.2025年第56号公告，继续暂停实施，暂停期限为3个月；\n"
        "2.2025年第57号公告，继续暂停实施至2026年12月31日，自2027年1月1日起恢复实施。\n"
        "二、商务部公告2024年第46号第二款的暂停实施，仍按2025年第72号公告执行。"
    )
    found = extract_relations(text, None, dt.date(2026, 11, 2), dt.date(2026, 11, 2))
    assert [(r.relation, r.target_number.notice_id, r.window_from, r.window_until) for r in found] == [
        ("suspends", "MOFCOM-2025-56", dt.date(2026, 11, 11), dt.date(2027, 2, 11)),
        ("suspends", "MOFCOM-2025-57", dt.date(2026, 11, 11), dt.date(2026, 12, 31)),
        ("resumes", "MOFCOM-2025-57", dt.date(2027, 1, 1), None),
    ]


def test_a_window_told_as_made_by_another_notice_dates_the_day_after_it() -> None:
    # 已由…公告暂停实施至…: the window is the maker's (No. 72's), not the first notice the part names
    text = (
        "商务部公告2024年第46号第二款，已由2025年第72号公告暂停实施至2026年11月27日。\n"
        "自2025年第72号公告规定的暂停期限届满之次日起，商务部公告2024年第46号第二款继续暂停实施，至2027年5月27日止。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), dt.date(2027, 5, 27))
    ]


def test_the_story_told_after_a_dated_history_sentence_is_no_act() -> None:
    text = (
        "2025年11月7日，商务部发布2025年第70号公告，将2025年第55号公告暂停实施至2026年11月10日。"
        "此后，经评估，上述公告的暂停实施期限延续至2026年12月31日。"
        "现决定：一、2025年第55号公告，自2027年1月1日起恢复实施。"
    )
    assert [(r[0], r[1], r[3]) for r in _acts_dated(text)] == [
        ("resumes", "MOFCOM-2025-55", dt.date(2027, 1, 1))
    ]


def test_a_resumption_beside_an_extension_has_no_end_and_a_part_after_a_semicolon_acts() -> None:
    text = (
        "二、2025年第57号公告第一款的暂停实施期限，延长至2027年6月30日；该公告第二款，自2027年1月1日起恢复实施。\n"
        "三、2025年第58号公告第一款，自2027年1月1日起继续暂停实施三个月；第三款第（三）项、第（四）项，不再执行。"
    )
    assert [(r[0], r[1], r[2], r[4]) for r in _acts_dated(text)] == [
        ("suspends", "MOFCOM-2025-57", "一", dt.date(2027, 6, 30)),
        ("resumes", "MOFCOM-2025-57", "二", None),
        ("suspends", "MOFCOM-2025-58", "一", dt.date(2027, 4, 1)),
        ("repeals", "MOFCOM-2025-58", "三/(三)", None),
        ("repeals", "MOFCOM-2025-58", "三/(四)", None),
    ]


def test_an_end_set_anew_an_announcing_intro_and_an_arrangement_left_alone() -> None:
    text = (
        "2025年11月7日，商务部发布2025年第70号公告，对2025年第58号公告暂停实施。"
        "经研究，现将部分措施暂停实施期限的调整事项公告如下：\n"
        "一、2025年第58号公告第一款的暂停实施期限，截止日期调整为2027年8月31日。\n"
        "二、商务部公告2025年第62号的暂停实施安排，本公告不作调整。"
    )
    assert [(r[0], r[1], r[2], r[4]) for r in _acts_dated(text)] == [
        ("suspends", "MOFCOM-2025-58", "一", dt.date(2027, 8, 31)),
    ]


def test_what_another_notice_decided_and_a_window_over_before_this_act_begins_are_told() -> None:
    text = (
        "商务部公告2025年第72号决定，商务部公告2024年第46号第二款暂停实施至2026年11月27日。\n"
        "一、商务部公告2024年第46号第二款，自2026年11月28日起继续暂停实施，暂停期限为一年。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), dt.date(2027, 11, 28))
    ]
    # (a window printed as ending before the day this notice's acts begin is an earlier one)
    late = extract_relations(
        "商务部公告2025年第62号暂停实施至2026年11月10日。", None, dt.date(2026, 11, 1), dt.date(2026, 11, 11)
    )
    assert late == []


def test_a_window_said_to_end_on_a_day_dates_what_follows_its_end() -> None:
    text = (
        "三、2025年第70号公告对2025年第57号公告规定的暂停期限，于2026年11月10日届满。"
        "期满后，2025年第57号公告第四款继续暂停实施，至2027年5月10日止；该公告第一款自2026年11月11日起恢复实施。\n"
        "四、商务部公告2024年第46号第二款的暂停实施事宜，仍按商务部公告2025年第72号的规定执行，本公告不作调整。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-57", "四", dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("resumes", "MOFCOM-2025-57", "一", dt.date(2026, 11, 11), None),
    ]


def test_a_suspension_ended_early_a_resumption_refused_and_an_extension_of_its_period() -> None:
    text = (
        "二、《公布对稀土相关技术实施出口管制的决定》（商务部公告2025年第62号）的暂停安排提前结束，"
        "该公告自2026年7月1日起重新施行。商务部 海关总署公告2025年第70号中涉及其他公告的暂停安排，本公告不作变动。\n"
        "三、商务部公告2024年第46号第二款，在商务部公告2025年第72号所定暂停期限届满后不再恢复执行，"
        "自2026年11月28日起废止。\n"
        "四、商务部公告2025年第61号第二款，暂停实施的期限顺延至2027年5月10日。"
    )
    assert _acts_dated(text) == [
        ("resumes", "MOFCOM-2025-62", None, dt.date(2026, 7, 1), None),
        ("repeals", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), None),
        ("suspends", "MOFCOM-2025-61", "二", EFFECTIVE, dt.date(2027, 5, 10)),
    ]


def test_parts_that_go_on_a_part_added_beside_another_and_a_numbered_history_line() -> None:
    text = (
        "（二）不可靠实体清单工作机制公告〔2025〕3号第三项，自2026年7月1日起停止执行；该公告第一项、第二项继续执行。\n"
        "（三）在不可靠实体清单工作机制〔2025〕8号第二项之后增加一项，作为第三项：“三、禁止上述企业高级管理人员入境。”\n"
        "（四）不可靠实体清单工作机制公告〔2025〕4号将有关企业列入不可靠实体清单的决定继续有效。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("repeals", "UEL-2025-3", "三"),
        ("amends", "UEL-2025-8", "三"),
    ]


def test_measures_of_listed_parties_parts_named_in_the_references_segment_and_anothers_deed() -> None:
    text = (
        "四、对不可靠实体清单工作机制公告〔2025〕3号所列4家美国实体采取的第三项、第四项处理措施，"
        "自2027年5月13日起暂停实施，为期一年。\n"
        "五、不可靠实体清单工作机制公告〔2025〕7号所列实体的相关处理措施，自2027年5月13日起停止实施。\n"
        "六、商务部公告2026年第30号对商务部公告2025年第57号所作的调整，不受本公告影响。"
    )
    assert _acts_dated(text) == [
        ("suspends", "UEL-2025-3", "三", dt.date(2027, 5, 13), dt.date(2028, 5, 13)),
        ("suspends", "UEL-2025-3", "四", dt.date(2027, 5, 13), dt.date(2028, 5, 13)),
        ("lifts", "UEL-2025-7", None, dt.date(2027, 5, 13), None),
    ]


def test_changes_listed_under_an_intro_naming_the_notice_as_that_one() -> None:
    text = (
        "一、商务部 海关总署公告2025年第18号实施以来，相关物项出口许可审查运行平稳。现对该公告作如下调整：\n"
        "（一）第六款所列钪相关物项，自2026年8月1日起暂停实施出口管制，恢复实施的时间另行公告。\n"
        "（二）第一款第4目中的“钐钴永磁材料”修改为“钐钴永磁材料（已装配于整机的磁组件除外）”。"
    )
    assert [(r[0], r[1], r[2], r[3]) for r in _acts_dated(text)] == [
        ("suspends", "MOFCOM-2025-18", "六", dt.date(2026, 8, 1)),
        ("amends", "MOFCOM-2025-18", "一/4", EFFECTIVE),
    ]


def test_changes_under_that_notice_after_a_sentence_that_acted_on_it() -> None:
    # the sentence printing the notice acts on it (…予以修改); 该公告 is still that notice, and the changes
    # below are its clauses
    text = (
        "商务部、海关总署决定对《关于对锂电池和人造石墨负极材料相关物项实施出口管制的公告》（商务部 海关总署公告2025年第58号）"
        "所列部分物项予以修改。现对该公告作如下修改：\n"
        "一、将第一款第（一）项修改为：“（一）3A001 高比能量锂离子电池（参考税则号列：85076000）。”\n"
        "二、删去第三款第（二）项。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2025-58", "一/(一)"),
        ("repeals", "MOFCOM-2025-58", "三/(二)"),
    ]


def test_the_period_of_the_clause_before_dated_in_a_clause_of_its_own() -> None:
    text = (
        "一、商务部 海关总署公告2025年第10号第三款第（三）项所列物项，暂停实施出口管制。\n"
        "二、前款规定的暂停实施期限，自2026年7月1日起至2027年6月30日止。\n"
        "三、暂停实施期间，出口前款所列物项的，无需申请两用物项出口许可。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-10", "三/(三)", dt.date(2026, 7, 1), dt.date(2027, 6, 30))
    ]


def test_a_row_whose_new_wording_holds_a_full_stop_keeps_its_day() -> None:
    # the 。 inside the quoted wording ends no sentence: the row's day cell is still the row's
    text = (
        "一、对下列公告的部分条款予以修改：\n"
        "序号 | 公告文号 | 所涉条款 | 处理方式 | 施行日期\n"
        "1 | 商务部 海关总署公告2024年第33号 | 第五款 | 修改为：“许可证件的申领程序，按照国家有关规定办理。” | 2026年9月1日"
    )
    assert _acts_dated(text) == [("amends", "MOFCOM-2024-33", "五", dt.date(2026, 9, 1), None)]


def test_a_paragraph_ending_on_a_closed_quotation_is_not_joined_to_the_next() -> None:
    # …处置。” ends its paragraph: the history told on the next line does not swallow the rewrite
    text = (
        "不可靠实体清单工作机制公告〔2025〕3号第二项修改为：“禁止上述企业在中国境内新增投资，已有投资应当依法处置。”\n"
        "不可靠实体清单工作机制曾于2025年3月4日发布公告，上述实体的相关措施已自2025年11月10日起停止实施。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "UEL-2025-3", "二")]


def test_the_same_day_is_the_day_the_act_before_began() -> None:
    text = (
        "一、自2026年4月10日起至2026年11月10日止，暂停实施商务部公告2025年第21号所列实体的相关措施。\n"
        "二、商务部公告2025年第22号所列实体的相关措施，自同日起暂停实施，为期6个月。"
    )
    assert [(r[1], r[3], r[4]) for r in _acts_dated(text)] == [
        ("MOFCOM-2025-21", dt.date(2026, 4, 10), dt.date(2026, 11, 10)),
        ("MOFCOM-2025-22", dt.date(2026, 4, 10), dt.date(2026, 10, 10)),
    ]


def test_measures_ended_and_the_notice_itself_repealed_in_one_sentence() -> None:
    text = "二、对商务部公告2025年第21号所列实体采取的相关措施，自2026年5月1日起停止执行，该公告同时废止。"
    assert [(r[0], r[1], r[2], r[3]) for r in _acts_dated(text)] == [
        ("lifts", "MOFCOM-2025-21", None, dt.date(2026, 5, 1)),
        ("repeals", "MOFCOM-2025-21", None, dt.date(2026, 5, 1)),
    ]
    # 该公告 naming what the measures cover acts on nothing of its own
    assert len(_acts_dated("商务部公告2025年第21号自即日起停止执行，该公告所列实体可以申请…。")) == 1


def test_a_clause_added_and_a_second_point_changed_under_an_intro() -> None:
    text = (
        "现对商务部 海关总署公告2025年第55号作如下修改：\n"
        "一、将第三款第2目中的“8μm”修改为“10μm”，第3目中的“16N”修改为“20N”。\n"
        "二、增加一款，作为第五款：“五、2C902.e.直径大于等于50mm的聚晶金刚石复合片。”"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2025-55", "三/2"),
        ("amends", "MOFCOM-2025-55", "三/3"),
        ("amends", "MOFCOM-2025-55", "五"),
    ]
    # a point named in a later segment that does nothing to it is no act
    assert [
        r[2]
        for r in _acts_dated(
            "现对商务部公告2025年第55号作如下修改：\n一、将第三款第2目中的“甲”修改为“乙”，第3目所列物项的许可申请按原程序办理。"
        )
    ] == ["三/2"]


def test_a_renumbering_after_the_acts_acts_on_nothing() -> None:
    text = (
        "一、将商务部公告2024年第46号第二款修改为：“二、镓、锗、锑相关两用物项对美国出口，原则上不予许可。”\n"
        "该款规定的措施，曾经商务部公告2025年第72号暂停实施。\n"
        "此外，对上述公告的条文顺序作相应调整。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "MOFCOM-2024-46", "二")]


def test_a_state_reached_before_is_told_and_its_notice_is_the_one_acted_on_next() -> None:
    text = (
        "商务部于2026年12月15日发布2026年第1471号公告，将甲公司等6家美国实体列入出口管制管控名单。\n"
        "四、商务部公告2025年第21号所列16家美国实体的相关措施，此前已暂停实施。商务部决定，自2027年5月1日起，"
        "将上述16家实体移出出口管制管控名单，该公告规定的措施同时停止执行。"
    )
    assert [(r[0], r[1], r[3]) for r in _acts_dated(text)] == [
        ("lifts", "MOFCOM-2025-21", dt.date(2027, 5, 1))
    ]


def test_a_resumption_put_off_with_its_day_to_be_announced_is_no_act() -> None:
    text = "二、商务部 海关总署公告2025年第58号所列其他物项暂不恢复实施出口管制，何时恢复实施另行公告。"
    assert _acts_dated(text) == []


@pytest.mark.parametrize(
    "tail",
    [
        "暂停期限届满后，上述措施是否恢复实施，商务部将另行公告。",
        "暂停期限届满后，是否继续暂停实施商务部公告2025年第51号规定的措施，另行公告。",
        "上述措施能否恢复执行，视情况另行决定。",
    ],
)
def test_whether_a_measure_resumes_or_stays_suspended_is_no_act(tail: str) -> None:
    """After a suspension made, what happens when it ends is left open: no resumption, no second suspension."""
    text = (
        "一、自2027年1月15日起，暂停实施商务部公告2025年第51号对所列实体采取的措施，暂停期限至2027年10月15日止。\n"
        + tail
    )
    assert [(r[0], r[1]) for r in _acts_dated(text)] == [("suspends", "MOFCOM-2025-51")]


def test_a_short_title_defined_after_a_numbered_part_names_it_after() -> None:
    text = "商务部公告2025年第10号附件（以下简称《目录》）部分条目已不适应需要。\n一、对《目录》作如下调整：\n（一）删除3C901。"
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "MOFCOM-2025-10", "附件")]


def test_a_short_title_defined_for_a_numbered_list_names_it_after() -> None:
    text = (
        "商务部等4部门对《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告"
        "2024年第51号附件1，以下简称《清单》）部分条目进行了调整。现将有关事项公告如下：\n"
        "一、对《清单》作如下修改：\n"
        "（一）将1C226项修改为：“1C226 钨合金制成的部件。”"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "MOFCOM-2024-51", "附件1")]
    # before its definition the short title names nothing
    assert (
        _acts_dated(
            "一、对《清单》作如下修改。\n二、本公告所称清单，指商务部公告2025年第10号附件（以下简称《清单》）。"
        )
        == []
    )


def test_review_counter_examples_of_this_stop_s_relation_rules() -> None:
    """Constructed by a fresh reader of PARSER_VERSION 194–209: each once read wrongly by one of those rules."""
    one = "一、自2026年4月10日起至2026年11月10日止，暂停实施商务部公告2025年第21号所列实体的相关措施。\n"
    # 同日 is the last day printed as a start: the notice's own day of force, a day a sentence opens on
    assert [
        r[3]
        for r in _acts_dated(
            one + "二、本公告自2026年5月1日起施行。\n三、商务部公告2025年第22号自同日起废止。"
        )
    ][1:] == [dt.date(2026, 5, 1)]
    opened = (
        one
        + "二、2026年3月20日，甲公司已完成整改。商务部公告2025年第22号对甲公司采取的相关措施，自同日起停止执行。"
    )
    assert [r[3] for r in _acts_dated(opened)][1:] == [dt.date(2026, 3, 20)]
    # 该公告 before the time of an act names that time, no act; the notice the sentence opens on is 该公告
    noun = "二、商务部公告2025年第60号所列实体的相关措施，自2026年5月1日起暂停实施，该公告废止前已受理的申请，按原规定办理。"
    assert [(r[0], r[1]) for r in _acts_dated(noun)] == [("suspends", "MOFCOM-2025-60")]
    # the period of the clause before dates only suspensions it made
    told = (
        "一、商务部公告2025年第21号自2026年5月1日起停止执行。\n"
        "二、商务部 海关总署公告2025年第10号第三款第（三）项所列物项，已于2025年12月1日起暂停实施出口管制。\n"
        "三、前款规定的暂停实施期限，自2026年7月1日起至2027年6月30日止。"
    )
    assert [(r[1], r[3], r[4]) for r in _acts_dated(told)] == [("MOFCOM-2025-21", dt.date(2026, 5, 1), None)]
    # a state reached before, told beside an act of the sentence, leaves the act standing
    beside = (
        "四、商务部公告2025年第21号所列16家美国实体的相关措施，自2027年5月1日起停止执行，"
        "其中第3项至第5项实体的相关措施此前已暂停实施。"
    )
    assert [r[0] for r in _acts_dated(beside)] == ["lifts"]
    assert (
        _acts_dated("四、商务部公告2025年第21号所列实体的相关措施，此前已暂停实施，暂停期限至2027年4月9日。")
        == []
    )
    # resumptions put off in other words
    for later in ("具体恢复实施时间另行公告。", "待条件具备时再行恢复实施。"):
        assert (
            _acts_dated(f"二、商务部 海关总署公告2025年第58号所列其他物项暂不恢复实施出口管制，{later}") == []
        )
    # a sibling point after a segment naming another clause
    points = (
        "现对商务部 海关总署公告2025年第55号作如下修改：\n"
        "一、将第三款第2目中的“8μm”修改为“10μm”，第3目中的“16N”修改为“20N”，第四款中的“甲”修改为“乙”。"
    )
    assert sorted(r[2] for r in _acts_dated(points)) == ["三/2", "三/3", "四"]
    # a short title followed or left out is not acted on
    defined = (
        "商务部等4部门对《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号"
        "附件1，以下简称《清单》）部分条目进行了调整。\n"
    )
    assert _acts_dated(defined + "二、对《清单》以外的物项，自2026年5月1日起暂停实施临时管制。") == []


def test_an_order_amended_by_a_decision_printed_after_its_promulgation() -> None:
    # the signature, its date and the decision's title are lines of their own; the year told is history; the
    # regulation is named by the title printed with its number; 第十三条增加一款 is a paragraph of that article
    text = (
        "《商务部关于修改〈不可靠实体清单规定〉的决定》已经国务院批准，现予公布，自2026年4月1日起施行。\n"
        "商务部\n2026年2月26日\n商务部关于修改《不可靠实体清单规定》的决定\n"
        "《不可靠实体清单规定》（商务部令2020年第4号）施行以来，工作机制将一批外国实体列入不可靠实体清单；2025年，工作机制"
        "先后决定暂停实施不可靠实体清单工作机制公告〔2025〕7号所涉处理措施。商务部决定对《不可靠实体清单规定》作如下修改：\n"
        "一、将第五条修改为：“工作机制依职权决定是否进行调查。”\n"
        "二、第十三条增加一款，作为第二款：“工作机制可以决定暂停实施处理措施。”原第二款改为第三款。\n"
        "三、将原第十三条第三款改为第四款，修改为：“移出决定应当公告。”\n"
        "附件：《不可靠实体清单规定》修改对照表"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-ORDER-2020-4", "五"),
        ("amends", "MOFCOM-ORDER-2020-4", "十三/二"),
    ]


def test_acts_of_a_year_gone_told_by_their_verb() -> None:
    text = "2025年，商务部还先后对2025年第22号、第13号公告所列美国实体停止执行相关措施。"
    assert _acts_dated(text) == []


def test_a_table_of_corrections_under_an_intro_naming_no_notice() -> None:
    text = (
        "现将有关公告中的错误更正如下：\n"
        "序号 | 公告文号 | 所在位置 | 原内容 | 更正为\n"
        "1 | 商务部 海关总署公告2023年第23号 | 第一款第（一）项第1目 | 参考海关商品编号8110929010 | 参考海关商品编号8112929010"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "MOFCOM-2023-23", "一/(一)/1")]


def test_a_state_told_by_the_day_its_makers_were_published() -> None:
    text = (
        "根据2027年11月8日公布的有关公告，商务部、海关总署公告2025年第55号、56号暂停实施至2028年1月31日。\n"
        "一、上述第55号、56号公告的暂停实施期限，延长至2028年7月31日。"
    )
    assert {(r[1], r[4]) for r in _acts_dated(text)} == {
        ("MOFCOM-2025-55", dt.date(2028, 7, 31)),
        ("MOFCOM-2025-56", dt.date(2028, 7, 31)),
    }


def test_measures_left_as_they_run_act_on_nothing() -> None:
    day = dt.date(2028, 3, 13)
    for text in (
        "四、不可靠实体清单工作机制公告〔2025〕8号所列美国实体的相关措施，已自2025年8月12日起停止执行，不适用本公告。",
        "三、不可靠实体清单工作机制公告〔2025〕7号第二项处理措施，在原定暂停期限内继续暂停实施，期限届满后自动恢复实施。",
    ):
        assert extract_relations(text, None, day, day) == [], text
    # a window that runs on beside an act of the sentence leaves the act standing
    both = "二、商务部公告2025年第61号第一条，在原定暂停期限内继续暂停实施；第二条自2028年4月1日起恢复实施。"
    assert [(r.relation, r.clause) for r in extract_relations(both, None, day, day)][-1] == ("resumes", "二")


def test_a_suspension_for_the_same_period_as_the_one_before() -> None:
    text = (
        "一、商务部公告2025年第61号，自2026年11月11日起继续暂停实施，至2027年11月10日止。\n"
        "二、商务部公告2025年第62号规定的稀土相关技术出口管制措施，同期继续暂停实施。"
    )
    assert [(r[1], r[3], r[4]) for r in _acts_dated(text)] == [
        ("MOFCOM-2025-61", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        ("MOFCOM-2025-62", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
    ]


def test_a_clause_after_a_short_numbers_notice_word_and_a_point_kept_as_printed() -> None:
    text = (
        "商务部 海关总署公告2026年第41号（以下简称第41号公告）已于2026年10月12日发布。现对第41号公告作如下调整：\n"
        "一、第41号公告第一款第（一）项第1目中的“81092900”，更正为“81093100”。\n"
        "二、第41号公告第八款自本公告发布之日起停止执行，商务部 海关总署公告2025年第10号第三款第（一）项仍按原文执行。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("amends", "MOFCOM-2026-41", "一/(一)/1"),
        ("repeals", "MOFCOM-2026-41", "八"),
    ]


def test_a_part_in_words_continued_and_a_notice_followed_with_its_later_changes() -> None:
    text = (
        "（一）商务部公告2024年第46号第二款中关于镓、锗、锑相关两用物项对美国出口的内容，自2026年11月28日起继续暂停实施，"
        "至2027年11月27日止。\n"
        "二、附件所列物项同时属于商务部 海关总署公告2025年第58号第三款所列物项的，按该公告及其后续调整办理，不适用本公告。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("suspends", "MOFCOM-2024-46", "第二款中关于镓、锗、锑相关两用物项对美国出口的内容"),
    ]


def test_the_other_clauses_of_a_notice_and_a_window_printed_for_the_act_after_a_semicolon() -> None:
    text = (
        "三、商务部 海关总署公告2025年第58号第三款所列人造石墨负极材料相关物项，自2027年1月1日起不再实施出口管制；"
        "该公告其他各款，自本公告公布之日起暂停实施，至2027年11月10日止。"
    )
    assert _acts_dated(text) == [
        ("repeals", "MOFCOM-2025-58", "三", dt.date(2027, 1, 1), None),
        ("suspends", "MOFCOM-2025-58", None, PUBLISHED, dt.date(2027, 11, 10)),
    ]


def test_the_day_after_a_published_window_not_told_in_the_notice() -> None:
    # No. 72's window (to 2026-11-27) is published fact (parsers/data/known_windows.tsv), not printed here
    text = "自第72号公告规定的暂停期限届满之次日起，商务部公告2024年第46号第二款继续暂停实施，为期一年。"
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2026, 11, 28), dt.date(2027, 11, 28))
    ]


def test_the_day_after_a_window_its_maker_set_in_other_words() -> None:
    """`在第70号公告确定的暂停期限届满后继续暂停实施`: 确定 is how the maker set the window; the act starts the day
    after it (No. 70's window ends 2026-11-10, published fact)."""
    text = "二、商务部 海关总署公告2025年第55号，在第70号公告确定的暂停期限届满后继续暂停实施，至2027年5月10日止。"
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-55", None, dt.date(2026, 11, 11), dt.date(2027, 5, 10))
    ]


def test_a_window_printed_as_the_suspension_s_period_is_the_act_and_a_state_still_holding_is_none() -> None:
    """`…第（一）项、第（二）项，暂停实施的期间为2026年11月11日至2027年5月10日` gives the points their window;
    `…届满前，第57号公告其余各条仍暂停实施` says what still holds under another notice's window: no act."""
    text = (
        "二、商务部 海关总署公告2025年第56号第一条第(一)项、第(二)项,暂停实施的期间为2026年11月11日至2027年5月10日。\n"
        "五、商务部 海关总署公告2025年第70号规定的暂停期限届满前,第57号公告其余各条和第56号公告其余内容仍暂停实施。"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-56", "一/(一)", dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("suspends", "MOFCOM-2025-56", "一/(二)", dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
    ]


def test_a_lettered_sub_item_is_part_of_the_clause() -> None:
    """`第二条第(二)项b目`: the lettered point is where the entries' paths end (二/(二)/b)."""
    text = '四、商务部 海关总署公告2025年第58号第二条第(二)项b目"镍钴铝氢氧化物"的参考税则号列,由"28539050"修改为"28539030"。'
    assert _acts(text) == [("amends", "MOFCOM-2025-58", "二/(二)/b")]


def test_an_intro_announcing_changes_to_arrangements_named_before_acts_on_nothing() -> None:
    """`对上述暂停实施安排作如下调整：` announces the lines below; `…的暂停实施，于2026年3月31日终止` ends a
    suspension (no new one); `…的暂停实施安排，仍按照…执行，不因本次更正和补充而改变` leaves things as they are."""
    text = (
        "2025年11月9日，商务部发布2025年第72号公告，将商务部公告2024年第46号第二款暂停实施至2026年11月27日。"
        "经研究决定，对上述暂停实施安排作如下调整：\n"
        "一、商务部 海关总署公告2025年第57号第一款的暂停实施，于2026年3月31日终止。\n"
        "四、商务部 海关总署公告2025年第57号、第58号的暂停实施安排，仍按照商务部 海关总署公告2025年第70号执行，"
        "不因本次更正和补充而改变。"
    )
    assert _acts_dated(text) == []


def test_a_point_moved_to_this_notice_s_list_and_stopped_is_a_partial_repeal() -> None:
    """`…第4目所列惯性测量设备，自…起按照本公告附件第6项管理，该目同时停止执行`: the point ends in the target."""
    text = (
        "五、商务部 海关总署 中央军委装备发展部公告2024年第31号第一款第（二）项第4目所列惯性测量设备，"
        "自本公告施行之日起按照本公告附件第6项管理，该目同时停止执行。"
    )
    assert _acts(text) == [("repeals", "MOFCOM-2024-31", "一/(二)/4")]


def test_quoted_words_whose_content_stops_applying_are_a_partial_repeal() -> None:
    """`…第二款中“和关注名单”的内容，自本公告公布之日起不再执行`: the content stops (a repeal of that part); words
    struck out with 删去 still rewrite the point (an amendment)."""
    stopped = "三、商务部公告2025年第61号第二款中“和关注名单”的内容，自本公告公布之日起不再执行。"
    assert _acts(stopped) == [("repeals", "MOFCOM-2025-61", "第二款中“和关注名单”的内容")]
    struck = "三、删去商务部公告2025年第61号第二款中的“和关注名单”。"
    assert [a[0] for a in _acts(struck)] == ["amends"]


def test_a_run_of_items_and_a_suspension_another_notice_made_named_as_its_rule() -> None:
    """`第一条第(一)项至第(三)项…停止执行`: each item of the run; `…的其他内容，依照…第698号第一条的规定暂停实施`
    says which notice suspends them, and acts on nothing itself."""
    text = (
        "二、商务部 海关总署公告2025年第56号第一条第（一）项至第（三）项所列物项，按照本公告附件管理；"
        "上述三项自本公告施行之日起停止执行。"
        "商务部 海关总署公告2025年第56号的其他内容，依照商务部 海关总署公告2026年第698号第一条的规定暂停实施。"
    )
    assert _acts(text) == [
        ("repeals", "MOFCOM-2025-56", "一/(一)"),
        ("repeals", "MOFCOM-2025-56", "一/(二)"),
        ("repeals", "MOFCOM-2025-56", "一/(三)"),
    ]


def test_whole_notice_parts_named_by_kind_and_points_kept_under_the_target_s_terms() -> None:
    """`…〔2025〕9号公告所列处理措施` is the whole notice's measures (no clause); `…该公告第一条第（一）项所列X，
    仍依照该公告管理` keeps that point as it is while the point before it stops; `更正后的管制编码与…第58号第三条
    第（一）项所用编码一致` compares, and acts on nothing."""
    suspended = (
        "（三）自本公告公布之日起，暂停实施不可靠实体清单工作机制〔2025〕9号公告所列处理措施，暂停期限为1年。"
    )
    assert [(a[0], a[1], a[2]) for a in _acts_dated(suspended)] == [("suspends", "UEL-2025-9", None)]
    kept = (
        "六、商务部 海关总署公告2023年第39号第一条第（二）项，自本公告施行之日起停止执行；"
        "该公告第一条第（一）项所列人造石墨材料及其制品，仍依照该公告管理。"
    )
    assert _acts(kept) == [("repeals", "MOFCOM-2023-39", "一/(二)")]
    compared = "更正后的管制编码与商务部 海关总署公告2025年第58号第三条第（一）项所用编码一致。"
    assert _acts(compared) == []


def test_parts_of_an_annexed_list_governed_by_this_notice_are_amended() -> None:
    """Four wordings of one act on 2024 No. 51's 附件1: entries put into it from a day, an entry 按照本公告附件执行,
    an entry's scope 按照本公告所列物项确定 (through 该公告), and this notice's list prevailing where they differ."""
    put_in = (
        "四、本公告第一款所列物项，自本公告施行之日起列入商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号"
        "（《关于发布〈中华人民共和国两用物项出口管制清单〉的公告》）附件1。"
    )
    governed = (
        "五、自本公告第一款施行之日起，商务部 工业和信息化部 海关总署 国家密码管理局公告2024年第51号附件1中的1C111条目，"
        "按照本公告附件执行。"
    )
    scoped = (
        "六、2024年11月，商务部、工业和信息化部、海关总署、国家密码局以2024年第51号公告发布《中华人民共和国两用物项出口管制清单》。"
        "自本公告实施之日起，该公告附件1中3B001、3E001项的管制范围，按照本公告所列物项确定。"
    )
    prevails = (
        "二、《目录》所列物项的名称、管制编码与《中华人民共和国两用物项出口管制清单》"
        "（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1）不一致的，以《目录》为准。"
    )
    for text in (put_in, governed, scoped, prevails):
        assert _acts(text) == [("amends", "MOFCOM-2024-51", "附件1")], text


def test_items_that_went_into_a_list_before_are_no_act() -> None:
    """Counterexample: `…所列物项，已全部列入…2024年第51号公告公布的清单` tells where the items went."""
    text = "上述物项，已全部列入商务部 工业和信息化部 海关总署 国家密码局2024年第51号公告公布的清单。"
    assert _acts(text) == []


def test_words_added_after_each_point_an_annexed_list_grown_by_clauses_and_measures_not_revived() -> None:
    """`…第五款第（二）项、第（三）项所列物项名称后，分别增加“（…）”` amends both points; `…第40号公告所附《目录》，
    按照本公告第一条、第二条相应增列` amends its annex; `工作机制自2025年11月10日起停止的〔2025〕5号和6号公告相关措施，
    不因本公告而恢复` names measures ended before, and acts on nothing."""
    added = "商务部 海关总署公告2025年第10号第五款第（二）项、第（三）项所列物项名称后，分别增加“（纯度≥99.999%）”。"
    assert _acts(added) == [("amends", "MOFCOM-2025-10", "五/(二)"), ("amends", "MOFCOM-2025-10", "五/(三)")]
    grown = "三、商务部等五部门2026年第40号公告所附《目录》，按照本公告第一条、第二条相应增列，其他内容不变。"
    assert _acts(grown) == [("amends", "MOFCOM-2026-40", "附件")]
    not_revived = "五、工作机制自2025年11月10日起停止的〔2025〕5号和6号公告相关措施，不因本公告而恢复。"
    assert _acts(not_revived) == []


def test_a_suspension_named_as_the_subject_of_its_own_end_is_a_resumption() -> None:
    """`…第二款的暂停实施，提前至2027年6月30日结束，该款自2027年7月1日起恢复实施`: the suspension ends; the clause
    comes back."""
    text = (
        "一、商务部公告2024年第46号第二款的暂停实施，提前至2027年6月30日结束，该款自2027年7月1日起恢复实施。"
    )
    assert _acts_dated(text) == [("resumes", "MOFCOM-2024-46", "二", dt.date(2027, 7, 1), None)]


def test_an_item_of_the_clause_named_before_acted_on_in_the_same_sentence() -> None:
    """`…第61号第一款第（二）项恢复实施；该款第（一）项继续暂停实施90日，自2027年2月1日起计算`."""
    text = "三、商务部公告2025年第61号第一款第（二）项恢复实施；该款第（一）项继续暂停实施90日，自2027年2月1日起计算。"
    assert [(a[0], a[1], a[2]) for a in _acts_dated(text)] == [
        ("resumes", "MOFCOM-2025-61", "一/(二)"),
        ("suspends", "MOFCOM-2025-61", "一/(一)"),
    ]


def test_a_history_sentence_opening_on_the_bodies_that_acted_then_their_day() -> None:
    """`商务部、海关总署于2025年10月9日发布…公告，…；2025年11月7日发布的2025年第70号公告决定，上述公告…暂停实施`:
    what earlier notices did, told before this one decides."""
    text = (
        "商务部、海关总署于2025年10月9日发布2025年第55号、56号、57号、58号公告，对超硬材料等相关物项实施出口管制；"
        "2025年11月7日发布的2025年第70号公告决定，上述公告自即日起至2026年11月10日暂停实施。"
    )
    assert _acts(text) == []


def test_an_unnumbered_intro_dates_the_numbered_clauses_after_it() -> None:
    """`…，依照…第70号暂停实施，暂停期限将于2026年11月10日届满。` is told; `…经批准，自2026年11月11日起，对上述
    两份公告的实施作如下安排：` dates each act of the clauses 一、二、… from its day, not from publication."""
    text = (
        "商务部公告2025年第61号和第62号，依照商务部 海关总署公告2025年第70号暂停实施，暂停期限将于2026年11月10日届满。\n"
        "为维护国家安全和利益，经批准，自2026年11月11日起，对上述两份公告的实施作如下安排：\n"
        "一、商务部公告2025年第61号恢复实施；但该公告第一条第（一）项的暂停期限延长至2027年11月10日。\n"
        "二、商务部公告2025年第61号第八条不再实施。\n"
    )
    assert _acts_dated(text) == [
        ("resumes", "MOFCOM-2025-61", None, dt.date(2026, 11, 11), None),
        ("suspends", "MOFCOM-2025-61", "一/(一)", dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        ("repeals", "MOFCOM-2025-61", "八", dt.date(2026, 11, 11), None),
    ]


def test_windows_told_as_made_by_another_notice_and_extended_since() -> None:
    """`上述公告经…第70号决定暂停实施，此后暂停期限经两部门公告作了延续：第55号…延续至2027年2月28日…`: history."""
    text = (
        "2025年10月9日，商务部、海关总署发布2025年第55号、第56号公告，对超硬材料等相关物项实施出口管制。"
        "上述公告经商务部 海关总署公告2025年第70号决定暂停实施，此后暂停期限经两部门公告作了延续："
        "第55号公告延续至2027年2月28日，第56号公告延续至2027年4月30日。"
    )
    assert _acts(text) == []


def test_a_point_whose_scope_this_notice_now_sets_is_amended() -> None:
    """`…第18号第三款第（一）项第4目所列…材料，自本公告实施之日起，其管制范围依照本公告第一款第（二）项规定的指标确定`."""
    text = (
        "四、商务部 海关总署公告2025年第18号第三款第（一）项第4目所列含铽的钕铁硼永磁材料，自本公告实施之日起，"
        "其管制范围依照本公告第一款第（二）项规定的指标确定。"
    )
    assert _acts(text) == [("amends", "MOFCOM-2025-18", "三/(一)/4")]


def test_a_start_printed_with_its_hour_is_that_day() -> None:
    """`自2026年4月20日12时起恢复实施` / `自…12时01分起至…24时`: the hour is printed, the day is what counts."""
    assert _acts_dated(
        "商务部公告2025年第57号第三款所列物项的出口管制措施，自2026年4月20日12时起恢复实施。"
    ) == [("resumes", "MOFCOM-2025-57", "三", dt.date(2026, 4, 20), None)]
    assert _acts_dated("商务部公告2025年第62号自2026年4月20日12时01分起至2026年10月31日24时暂停实施。") == [
        ("suspends", "MOFCOM-2025-62", None, dt.date(2026, 4, 20), dt.date(2026, 10, 31))
    ]


def test_after_the_current_window_of_the_notices_named_counts_from_the_end_told_of_them() -> None:
    """The background tells each notice's window (`…此后经延续：第56号、第58号、第61号公告延续至2027年3月31日`, a run
    of short numbers, its ends past the No. 70 named first); `…第56号、第58号，在原暂停期限届满后继续暂停…` then
    starts the day after that end, for each notice of the run."""
    text = (
        "2025年10月9日，商务部、海关总署发布2025年第56号、第58号公告，商务部发布2025年第61号公告。"
        "上述公告经商务部 海关总署公告2025年第70号决定暂停实施，此后暂停期限经公告作了延续：第56号、第58号、第61号公告"
        "延续至2027年3月31日。\n"
        "一、商务部 海关总署公告2025年第56号、第58号，在原暂停期限届满后继续暂停实施至2027年9月30日。\n"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-56", None, dt.date(2027, 4, 1), dt.date(2027, 9, 30)),
        ("suspends", "MOFCOM-2025-58", None, dt.date(2027, 4, 1), dt.date(2027, 9, 30)),
    ]


def test_a_run_of_short_numbers_names_every_notice_of_it() -> None:
    """`第55号、第57号、第58号公告…废止`: each number of the run is a target, not only the last two."""
    text = (
        "2025年10月9日，商务部、海关总署发布2025年第55号、第57号、第58号公告，对有关物项实施出口管制。\n"
        "二、经评估，第55号、第57号、第58号公告自2027年1月1日起废止。\n"
    )
    assert [a[:2] for a in _acts(text)] == [
        ("repeals", "MOFCOM-2025-55"),
        ("repeals", "MOFCOM-2025-57"),
        ("repeals", "MOFCOM-2025-58"),
    ]


def test_words_struck_out_after_naming_what_they_are_reword_the_point() -> None:
    """`删去…第2目中的参考海关商品编号“8112921000”`: a code struck out of a point amends it; the point stays."""
    text = "三、删去商务部 海关总署公告2025年第10号第一款第（二）项第2目中的参考海关商品编号“8112921000”。"
    assert _acts(text) == [("amends", "MOFCOM-2025-10", "一/(二)/2")]


def test_a_window_said_to_be_untouched_by_this_notice_is_no_act() -> None:
    """`…第61号、第62号的暂停实施期限，不受本公告影响` / `…第（二）项所定暂停实施期限，不受本公告影响`: left alone."""
    assert _acts("五、商务部公告2025年第61号、第62号的暂停实施期限，不受本公告影响。") == []
    assert _acts("四、商务部公告2025年第72号第一条所定暂停实施期限，不受本公告影响。") == []


def test_a_suspension_said_to_go_on_as_another_notice_set_it_is_no_act() -> None:
    """`…第58号公告第三款的暂停，继续按照…第70号公告执行`: what another notice decided stays; nothing is done here."""
    assert (
        _acts(
            "三、商务部 海关总署公告2025年第58号第三款的暂停，继续按照商务部 海关总署公告2025年第70号执行。"
        )
        == []
    )


def test_an_end_brought_forward_is_the_window_s_end() -> None:
    """`…第二款暂停期限，缩短至2026年9月30日`: the window now ends then (and runs from this notice's day of force)."""
    assert _acts_dated("商务部公告2024年第46号第二款的暂停期限，缩短至2026年9月30日。") == [
        ("suspends", "MOFCOM-2024-46", "二", EFFECTIVE, dt.date(2026, 9, 30))
    ]


def test_a_table_row_s_period_cell_dates_every_act_of_its_row() -> None:
    """Rows of a table of acts under an intro that names notices (so no header is read): a bare `A至B` cell is the
    row's window, and a `自…起` cell dates the resumption as well as the suspension carved out of it."""
    text = (
        "经评估，决定对2025年第56号、第61号公告的实施作如下调整：\n"
        "序号 | 公告文号 | 涉及内容 | 处理方式 | 期间\n"
        "1 | 商务部 海关总署公告2025年第56号 | 第一款 | 暂停实施 | 2026年11月11日至2027年5月10日\n"
        "2 | 商务部公告2025年第61号 | 全部条款 | 恢复实施，其中第一条第（一）项继续暂停实施 | 自2026年12月1日起\n"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-56", "一", dt.date(2026, 11, 11), dt.date(2027, 5, 10)),
        ("resumes", "MOFCOM-2025-61", None, dt.date(2026, 12, 1), None),
        ("suspends", "MOFCOM-2025-61", "一/(一)", dt.date(2026, 12, 1), None),
    ]


def test_an_earlier_suspension_told_with_its_end_is_no_act_and_the_next_sentence_continues_it() -> None:
    """`…〔2025〕3号公告规定的处理措施，此前已暂停实施至2027年3月31日。` tells; `上述处理措施自2027年4月1日起继续暂停
    实施六个月` acts on the notice it named."""
    text = (
        "二、不可靠实体清单工作机制〔2025〕3号公告规定的处理措施，此前已暂停实施至2027年3月31日。"
        "工作机制决定，上述处理措施自2027年4月1日起继续暂停实施六个月。"
    )
    assert _acts_dated(text) == [("suspends", "UEL-2025-3", None, dt.date(2027, 4, 1), dt.date(2027, 10, 1))]


def test_corrections_listed_under_a_heading_per_notice_after_an_intro() -> None:
    """`现对下列公告的相关内容作如下更正：` then `一、…第18号（公布…的决定）` and its `（一）…`/`（二）…` lines, each a bare
    clause of that notice with its change (`“…”后，补充“…”` runs the verb across two segments)."""
    text = (
        "经研究，现对下列公告的相关内容作如下更正：\n"
        "一、商务部 海关总署公告2025年第18号（公布对钐、钆、铽、镝、镥、钪、钇相关物项实施出口管制的决定）\n"
        "（一）第一款第（二）项“1C903.b.钆的化合物”后，补充“（参考税则号列：28469019）”。\n"
        "（二）第一款第（四）项第1目“镥靶材”，修改为“镥金属靶材”。\n"
        "二、商务部 海关总署公告2025年第10号（公布对钨、碲、铋、钼、铟相关物项实施出口管制的决定）\n"
        "（一）第二款第（一）项的管制编码“1C004.b”系印制错误，更正为“1C004.a”。\n"
    )
    assert _acts(text) == [
        ("amends", "MOFCOM-2025-18", "一/(二)"),
        ("amends", "MOFCOM-2025-18", "一/(四)/1"),
        ("amends", "MOFCOM-2025-10", "二/(一)"),
    ]


def test_an_annex_is_read_down_to_its_category_part_and_entries() -> None:
    """`…第51号附件1第二类2B350.a、2B350.b条目，由本公告附件第一部分代替` names entries of a category of the annexed
    list; `该公告第一条第（一）项和附件1第二部分…` names a part of the annex after another clause."""
    text = (
        "（一）商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1第二类2B350.a、2B350.b条目，"
        "由本公告附件第一部分代替；\n"
    )
    assert _acts(text) == [("amends", "MOFCOM-2024-51", "附件1第二类2B350.a、2B350.b条目")]
    text = "自2026年9月1日起，商务部公告2025年第61号第二条恢复实施；该公告第一条第（一）项和附件1第二部分的暂停实施期限延长至2027年11月10日。"
    assert _acts(text) == [
        ("resumes", "MOFCOM-2025-61", "二"),
        ("suspends", "MOFCOM-2025-61", "一/(一)"),
        ("suspends", "MOFCOM-2025-61", "附件1第二部分"),
    ]


def test_a_table_under_a_below_table_intro_reads_its_columns() -> None:
    """`四、下表所列公告及条款，按照表中载明的方式和日期处理：` heads a table: each row's `执行日期` is its start, and
    a row stating its own act (`停止执行`, `恢复实施`) is not read with the intro's words (`调整内容`, `处理`)."""
    text = (
        "四、下表所列公告及条款，按照表中载明的调整内容和日期处理：\n"
        "序号 | 公告文号 | 涉及条款 | 调整内容 | 执行日期\n"
        "1 | 商务部 海关总署公告2023年第23号 | 全文 | 废止 | 2027年7月1日\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第四款 | 停止执行 | 2027年9月1日\n"
        "3 | 商务部公告2025年第62号 | 全部条款 | 恢复实施 | 2027年5月1日\n"
    )
    assert _acts_dated(text) == [
        ("repeals", "MOFCOM-2023-23", None, dt.date(2027, 7, 1), None),
        ("repeals", "MOFCOM-2025-10", "四", dt.date(2027, 9, 1), None),
        ("resumes", "MOFCOM-2025-62", None, dt.date(2027, 5, 1), None),
    ]


def test_a_whole_notice_resumed_but_for_points_kept_suspended_in_a_table_row() -> None:
    """`… | 全部条款 | 恢复实施，其中第一条第（一）项继续暂停实施 | 自2027年5月1日起` under an intro whose header is
    read: the notice resumes and the point stays suspended, both from the row's day (全部条款 names the whole notice)."""
    text = (
        "一、下列公告和条款，按照下表载明的方式和期间处理：\n"
        "序号 | 公告文号 | 条款 | 处理方式 | 执行期间\n"
        "1 | 商务部公告2025年第61号 | 全部条款 | 恢复实施，其中第一条第（一）项继续暂停实施，截止日期另行公告 | 自2027年5月1日起\n"
    )
    assert _acts_dated(text) == [
        ("resumes", "MOFCOM-2025-61", None, dt.date(2027, 5, 1), None),
        ("suspends", "MOFCOM-2025-61", "一/(一)", dt.date(2027, 5, 1), None),
    ]


def test_a_resumption_only_if_nothing_more_is_decided_is_no_act() -> None:
    """`…期限届满未另行公告的，该项措施自期限届满之次日起恢复实施` under a table of acts: what happens unless decided
    otherwise, no act on the rows' notices (a row that only says `继续执行` included)."""
    text = (
        "经评估，商务部决定对上述公告所涉措施按下表处理：\n"
        "序号 | 公告文号 | 所涉内容 | 处理方式 | 期限\n"
        "1 | 商务部公告2025年第61号 | 第一条第（二）项 | 继续暂停实施 | 六个月\n"
        "2 | 商务部公告2026年第23号 | 第一款、第二款 | 继续执行 | \n"
        "上表第1项所列期限届满前，商务部将另行公告；期限届满未另行公告的，该项措施自期限届满之次日起恢复实施。\n"
    )
    assert [a[:3] for a in _acts_dated(text)] == [("suspends", "MOFCOM-2025-61", "一/(二)")]


def test_the_story_so_far_told_by_day_month_or_the_same_year_is_no_act() -> None:
    """`同年11月7日，…发布2025年第70号公告，上述公告暂停实施至…` / `2026年11月，相关暂停实施期限延续至…` / `…第1031号
    公告对…的暂停实施期限作出了安排`: history; `…作了调整，现予公布` is this notice's own act."""
    assert (
        _acts(
            "同年11月7日，商务部、海关总署发布2025年第70号公告，2025年第55号、第57号公告暂停实施至2026年11月10日。"
        )
        == []
    )
    assert _acts("2026年1月，商务部公告2025年第62号的暂停实施期限延续至2027年11月10日。") == []
    assert _acts("商务部公告2025年第72号对商务部公告2024年第46号第二款的暂停实施期限作出了安排。") == []
    assert _acts(
        "商务部、科技部对《中国禁止出口限制出口技术目录》（商务部 科技部令2008年第12号附件）的部分内容作了调整，现予公布。"
    ) == [("amends", "MOFCOM-ORDER-2008-12", "附件")]


def test_a_repeal_table_whose_title_cells_name_other_acts() -> None:
    """`二、下列公告和条款，自2028年7月1日起废止：` over `序号 | 公告名称 | 文号 | 废止范围`: the title cells (`关于暂停实施
    …第46号第二款的公告`) say what each notice did; every row is a repeal from the intro's day."""
    text = (
        "二、下列公告和条款，自2028年7月1日起废止：\n"
        "序号 | 公告名称 | 文号 | 废止范围\n"
        "1 | 关于暂停实施商务部公告2024年第46号第二款的公告 | 商务部公告2025年第72号 | 全文\n"
        "2 | 关于调整超硬材料相关物项出口管制措施的公告 | 商务部 海关总署公告2026年第651号 | 第二条\n"
    )
    assert _acts_dated(text) == [
        ("repeals", "MOFCOM-2025-72", None, dt.date(2028, 7, 1), None),
        ("repeals", "MOFCOM-2026-651", "二", dt.date(2028, 7, 1), None),
    ]


def test_an_announcing_intro_over_numbered_acts_acts_on_nothing_itself() -> None:
    """`…，现就上述公告的暂停实施期限调整如下：` announces the clauses below; `上述公告` there is no target."""
    text = (
        "同年11月7日，商务部、海关总署发布2025年第70号公告，2025年第55号公告暂停实施至2026年11月10日。\n"
        "经国务院批准，现就上述公告的暂停实施期限调整如下：\n"
        "一、商务部 海关总署公告2025年第55号，自2027年11月11日起继续暂停实施，暂停期限至2028年11月10日。\n"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-55", None, dt.date(2027, 11, 11), dt.date(2028, 11, 10))
    ]


def test_an_end_that_came_with_another_notice_s_act_is_told() -> None:
    """`…2006年第50号已于…2023年第39号施行之日废止，不在本次清理范围之内`: neither notice is acted on here."""
    text = "二、商务部、国家国防科工委、海关总署公告2006年第50号已于商务部 海关总署公告2023年第39号施行之日废止，不在本次清理范围之内。"
    assert _acts(text) == []


def test_a_notice_whose_measures_are_applied_is_cited_not_acted_on() -> None:
    """`…自2027年11月20日起移出关注名单，列入出口管制管控名单，适用…第1041号第一款、第二款规定的措施`: the measures
    of that notice apply to the party; the notice is not changed."""
    text = (
        "三、甲光栅科技有限公司（Alpha Grating GmbH）在规定期限内未配合核查，自2027年11月20日起移出关注名单，"
        "列入出口管制管控名单，适用商务部公告2026年第1041号第一款、第二款规定的措施。"
    )
    assert _acts(text) == []


def test_a_clause_said_to_be_outside_the_suspension_is_no_act() -> None:
    """`…第58号第二款、第三款，自即日起至…暂停实施。该公告第一款不在暂停实施范围之内，继续执行。`: one act, on two clauses."""
    text = (
        "二、商务部、海关总署公告2025年第58号第二款、第三款，自即日起至2028年12月31日暂停实施。"
        "该公告第一款不在暂停实施范围之内，继续执行。"
    )
    assert _acts(text) == [("suspends", "MOFCOM-2025-58", "二"), ("suspends", "MOFCOM-2025-58", "三")]


def test_a_suspension_said_to_end_early_on_a_day_is_no_suspension() -> None:
    """`…第三条、第四条，暂停实施于2027年12月31日提前结束，自2028年1月1日起恢复实施`: the points resume."""
    text = "一、商务部 海关总署公告2025年第55号第三条、第四条，暂停实施于2027年12月31日提前结束，自2028年1月1日起恢复实施。"
    assert _acts_dated(text) == [
        ("resumes", "MOFCOM-2025-55", "三", dt.date(2028, 1, 1), None),
        ("resumes", "MOFCOM-2025-55", "四", dt.date(2028, 1, 1), None),
    ]


def test_a_notice_whose_table_row_made_a_window_is_no_target() -> None:
    """`三、…第1033号表中第3项所列暂停期限届满后，…第56号第一条第（一）项自2028年3月1日起恢复实施`: 1033 is named for
    when its window ends; 56 is the target."""
    text = (
        "三、商务部 海关总署公告2026年第1033号表中第3项所列暂停期限届满后，商务部 海关总署公告2025年第56号第一条第（一）项"
        "自2028年3月1日起恢复实施。"
    )
    assert _acts(text) == [("resumes", "MOFCOM-2025-56", "一/(一)")]


def test_points_excepted_from_what_resumes_are_not_its_targets() -> None:
    """`…第61号除第一条第（一）项、第（二）项以外的其他条款，自…起恢复实施`: the notice resumes but for those points;
    the points themselves are not resumed."""
    text = (
        "五、商务部公告2025年第61号除第一条第（一）项、第（二）项以外的其他条款，自2028年11月11日起恢复实施。"
    )
    assert _acts(text) == [("resumes", "MOFCOM-2025-61", None)]


def test_a_window_s_coming_end_told_and_the_goods_of_what_resumes_are_no_acts() -> None:
    """`上述暂停措施经延续，将于2029年2月28日届满。` tells when windows end; `恢复实施的公告或者条款所列物项，出口经营者
    应当…申请许可` names the goods of what resumes."""
    text = (
        "2025年11月7日，商务部、海关总署公布2025年第70号公告，决定暂停实施商务部、海关总署公告2025年第55号、56号。"
        "上述暂停措施经延续，将于2029年2月28日届满。\n"
        "五、恢复实施的公告或者条款所列物项，出口经营者应当依照有关规定向商务部申请许可；此前依据上述公告取得的许可证件继续有效。\n"
    )
    assert _acts(text) == []


def test_a_suspension_in_the_window_of_this_notice_s_own_clause() -> None:
    """`四、…第46号第二款，在本公告第一条规定的期限内暂缓执行`: the window clause 一 gave its suspension."""
    text = (
        "一、商务部、海关总署公告2025年第55号，自2029年3月1日起至2030年2月28日止，继续暂停实施。\n"
        "四、商务部公告2024年第46号第二款，在本公告第一条规定的期限内暂缓执行。\n"
    )
    assert _acts_dated(text) == [
        ("suspends", "MOFCOM-2025-55", None, dt.date(2029, 3, 1), dt.date(2030, 2, 28)),
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2029, 3, 1), dt.date(2030, 2, 28)),
    ]


def test_points_replaced_by_this_notice_and_said_to_stop_are_repealed() -> None:
    """`本公告第三条代替…第10号第四款第（一）项、第（二）项，被代替的两项自本公告施行之日起停止执行`."""
    text = "六、本公告第三条代替商务部 海关总署公告2025年第10号第四款第（一）项、第（二）项，被代替的两项自本公告施行之日起停止执行。"
    assert _acts(text) == [("repeals", "MOFCOM-2025-10", "四/(一)"), ("repeals", "MOFCOM-2025-10", "四/(二)")]


def test_measures_a_uel_notice_numbers_are_its_clauses() -> None:
    """`〔2025〕3号所列第三项、第四项处理措施，自…起停止实施`: the two numbered measures end (a partial repeal)."""
    text = "（一）不可靠实体清单工作机制公告〔2025〕3号所列第三项、第四项处理措施，自2029年7月1日起停止实施，该公告所列其他处理措施继续有效；"
    assert _acts(text) == [("repeals", "UEL-2025-3", "三"), ("repeals", "UEL-2025-3", "四")]


def test_the_time_before_a_suspension_or_a_resumption_is_no_act() -> None:
    """`上述条款暂停实施前已依据相关公告取得的出口许可证件，在有效期内继续有效` / `恢复实施前已受理的申请…`: licences
    and applications of the time before, kept."""
    text = (
        "2025年10月9日，商务部、海关总署发布2025年第56号、第57号公告，对有关物项实施出口管制。"
        "上述公告此后由商务部、海关总署2025年第70号公告暂停实施。\n"
        "经批准，商务部、海关总署决定，自2029年9月1日起，对下列公告的有关条款作如下安排：\n"
        "（一）商务部 海关总署公告2025年第57号第一款，暂停实施，至2030年2月28日止。\n"
        "上述条款暂停实施前已依据相关公告取得的出口许可证件，在有效期内继续有效。恢复实施前已受理的出口许可申请，依照原规定审查。\n"
    )
    assert _acts(text) == [("suspends", "MOFCOM-2025-57", "一")]


def test_two_windows_ends_told_together_are_history() -> None:
    """`上述暂停措施经此后有关公告延续，将分别于2029年11月10日和2029年11月27日届满。`"""
    text = (
        "2025年11月7日，商务部、海关总署发布2025年第70号公告，决定暂停实施商务部 海关总署公告2025年第55号。"
        "上述暂停措施经此后有关公告延续，将分别于2029年11月10日和2029年11月27日届满。"
    )
    assert _acts(text) == []


def test_a_sentence_acting_on_the_rows_of_the_table_below_it() -> None:
    """`一、下表所列公告和条款，已执行完毕…，自2030年1月1日起不再执行。` then a table with a `公告名称` column whose titles
    print verbs: each row is a repeal from that day, the titles name nothing acted on."""
    text = (
        "一、下表所列公告和条款，已执行完毕或者已被新的规定所替代，自2030年1月1日起不再执行。\n"
        "序号 | 公告名称 | 发文字号 | 清理内容\n"
        "1 | 公布暂停实施商务部、海关总署公告2025年第55号、56号的决定 | 商务部 海关总署公告2025年第70号 | 全文\n"
        "2 | 关于对镓、锗相关物项实施出口管制的公告 | 商务部 海关总署公告2023年第23号 | 第五款\n"
    )
    assert _acts_dated(text) == [
        ("repeals", "MOFCOM-2025-70", None, dt.date(2030, 1, 1), None),
        ("repeals", "MOFCOM-2023-23", "五", dt.date(2030, 1, 1), None),
    ]


def test_a_list_said_to_govern_is_cited_not_amended() -> None:
    """`所涉物项的管制范围，以…2024年第51号公告公布并经此后调整的《…清单》为准`: another notice's list governs."""
    text = "三、所涉物项的管制范围，以商务部等四部门2024年第51号公告公布并经此后调整的《中华人民共和国两用物项出口管制清单》为准。"
    assert _acts(text) == []


def test_a_second_clause_named_after_what_the_first_lists() -> None:
    """`…第55号第三款所列人造金刚石线锯、第四款所列人造金刚石砂轮，自…起暂停实施`: both clauses are suspended."""
    text = "一、商务部 海关总署公告2025年第55号第三款所列人造金刚石线锯、第四款所列人造金刚石砂轮，自2029年8月1日起暂停实施出口管制，暂停期限为一年。"
    assert _acts(text) == [("suspends", "MOFCOM-2025-55", "三"), ("suspends", "MOFCOM-2025-55", "四")]


def test_a_part_replaced_beside_another_part_that_stops() -> None:
    """`三、自本公告施行之日起，…第10号第五款由本公告第一条代替；该公告第二款第（二）项停止执行。` with the notice in force
    from 2029-09-01 but for a clause: 五 is rewritten, 二（二） repealed, both from the day clause 三 is in force."""
    text = (
        "三、自本公告施行之日起，商务部 海关总署公告2025年第10号第五款（铟相关物项）由本公告第一条代替；"
        "该公告第二款第（二）项停止执行。\n"
        "六、本公告自2029年9月1日起施行，其中第四条自公布之日起施行。\n"
    )
    acts = [
        (r.relation, r.clause, r.window_from)
        for r in extract_relations(text, None, dt.date(2029, 8, 14), dt.date(2029, 8, 14))
    ]
    assert acts == [("amends", "五", dt.date(2029, 9, 1)), ("repeals", "二/(二)", dt.date(2029, 9, 1))]


def test_windows_told_with_zhi_and_the_day_after_the_day_they_end() -> None:
    """`…2025年第56号、第58号公告的暂停期限至2029年6月30日届满。…第56号公告自其暂停期限届满之日的次日起恢复实施`: the
    resumption starts 2029-07-01; a notice whose point set a window (`…第1082号所列第（一）项规定的暂停期限届满之次日起`)
    is no target; `…第二款，继续按照…第1071号公告第四条规定的期限暂停实施，本公告不作调整` acts on nothing."""
    text = (
        "根据此前有关公告，2025年第56号、第58号公告的暂停期限至2029年6月30日届满。"
        "经评估，商务部、海关总署决定，2025年第56号公告自其暂停期限届满之日的次日起恢复实施。\n"
        "二、商务部 海关总署公告2025年第57号第三条，自商务部 海关总署公告2026年第1082号所列第（一）项规定的暂停期限届满之次日起"
        "暂停实施，为期6个月。\n"
        "四、商务部公告2024年第46号第二款，继续按照2026年第1071号公告第四条规定的期限暂停实施，本公告不作调整。\n"
    )
    acts = [(a[0], a[1], a[2], a[3]) for a in _acts_dated(text)]
    assert acts[0] == ("resumes", "MOFCOM-2025-56", None, dt.date(2029, 7, 1))
    assert [a[:3] for a in acts[1:]] == [("suspends", "MOFCOM-2025-57", "三")]


def test_a_table_of_corrections_amends_each_position_it_names() -> None:
    """`现将更正事项公告如下：` over `序号 | 公告文号 | 更正位置 | 原内容 | 更正后内容`: each row amends its position; the
    quoted contents (`自2028年6月1日起恢复实施`) are words corrected, not acts."""
    text = (
        "经核实，现将更正事项公告如下：\n"
        "序号 | 公告文号 | 更正位置 | 原内容 | 更正后内容\n"
        "1 | 商务部 海关总署公告2025年第10号 | 第一条第（五）项 | 1C243.e | 1C234.e\n"
        "2 | 商务部公告2025年第62号 | 第四条 | 自2028年6月1日起恢复实施 | 自2028年9月1日起恢复实施\n"
    )
    assert _acts(text) == [("amends", "MOFCOM-2025-10", "一/(五)"), ("amends", "MOFCOM-2025-62", "四")]


def test_reference_codes_supplied_to_a_run_of_points_under_a_heading() -> None:
    """`二、…第58号：` then `（二）第一款第（二）项第4目至第6目所列设备，补充参考税则号列“84798999”。`: three points
    amended; `上述调整和更正自…起执行` dates them and `…已在《清单》中一并调整，本公告不再列明` acts on nothing."""
    text = (
        "经核对，决定对下列公告所列物项的参考海关商品编号作相应调整。现公告如下：\n"
        "二、商务部 海关总署公告2025年第58号：\n"
        "（二）第一款第（二）项第4目至第6目所列设备，补充参考税则号列“84798999”。\n"
        "四、商务部 海关总署公告2023年第23号所列物项的参考海关商品编号，已在《中华人民共和国两用物项出口管制清单》中一并调整，"
        "本公告不再列明。\n"
        "五、上述调整和更正自2027年4月1日起执行。\n"
    )
    assert _acts(text) == [
        ("amends", "MOFCOM-2025-58", "一/(二)/4"),
        ("amends", "MOFCOM-2025-58", "一/(二)/5"),
        ("amends", "MOFCOM-2025-58", "一/(二)/6"),
    ]


def test_points_under_a_dated_intro_that_names_its_notices_start_on_its_day() -> None:
    """`一、自2031年11月11日起，对…第55号、第56号…分别作如下处理：` then `（一）第55号公告第五条、第六条继续暂停实施，
    暂停期限为6个月`: each point starts on the intro's day, its period counts from it, and a short number's run
    of clauses is every clause of the run."""
    text = (
        "一、自2031年11月11日起，对商务部 海关总署公告2025年第55号、第56号、第57号、第58号分别作如下处理：\n"
        "（一）第55号公告第五条、第六条继续暂停实施，暂停期限为6个月；该公告其余各条恢复实施。\n"
        "（二）第56号公告恢复实施，第57号公告继续暂停实施，恢复实施的时间另行公告。\n"
        "（三）第58号公告第一条、第二条恢复实施，第三条继续暂停实施至2032年11月10日。\n"
    )
    day = dt.date(2031, 11, 11)
    assert _windows(text) == [
        ("suspends", "MOFCOM-2025-55", "五", day, dt.date(2032, 5, 11)),
        ("suspends", "MOFCOM-2025-55", "六", day, dt.date(2032, 5, 11)),
        ("resumes", "MOFCOM-2025-55", None, day, None),
        ("resumes", "MOFCOM-2025-56", None, day, None),
        ("suspends", "MOFCOM-2025-57", None, day, None),
        ("resumes", "MOFCOM-2025-58", "一", day, None),
        ("resumes", "MOFCOM-2025-58", "二", day, None),
        ("suspends", "MOFCOM-2025-58", "三", day, dt.date(2032, 11, 10)),
    ]


def test_an_item_after_the_points_of_the_item_before_is_a_target_too() -> None:
    """`…第一款第（二）项第1目、第4目和第（四）项的管制范围，调整为…`: item (四) of clause 一, not a point."""
    text = "二、商务部 海关总署公告2024年第31号第一款第（二）项第1目、第4目和第（四）项的管制范围，调整为本公告第一条所列。"
    assert _acts(text) == [
        ("amends", "MOFCOM-2024-31", "一/(二)/1"),
        ("amends", "MOFCOM-2024-31", "一/(二)/4"),
        ("amends", "MOFCOM-2024-31", "一/(四)"),
    ]


def test_a_suspension_continued_after_the_window_in_force_starts_the_day_after_the_latest_end_told() -> None:
    """History tells the window (…暂停实施至2026年11月10日。2026年11月，相关暂停实施期限延续至2027年11月10日。) and a
    clause continues it `在现行暂停实施期限届满后`: from 2027-11-11, the day after the latest end told."""
    text = (
        "同年11月7日，商务部、海关总署发布2025年第70号公告，上述公告暂停实施至2026年11月10日。"
        "2026年11月，相关暂停实施期限延续至2027年11月10日。\n"
        "一、商务部 海关总署公告2025年第55号、第57号，在现行暂停实施期限届满后继续暂停实施，暂停期限至2028年11月10日。\n"
    )
    relations = extract_relations(text, OWN_900, dt.date(2027, 7, 15))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-55", dt.date(2027, 11, 11), dt.date(2028, 11, 10)),
        ("MOFCOM-2025-57", dt.date(2027, 11, 11), dt.date(2028, 11, 10)),
    ]


def test_a_suspension_continued_starts_the_day_after_the_window_in_force_the_notice_told() -> None:
    """`…第55号…的暂停实施期限，将于2028年11月10日届满。` then `第55号公告第三条继续暂停实施，为期6个月` and
    `自前述暂停期限届满之日的次日起继续暂停实施`: the new window follows the old one, its period counted from there."""
    text = (
        "商务部 海关总署公告2025年第55号的暂停实施期限，将于2028年11月10日届满。现公告如下：\n"
        "一、商务部 海关总署公告2025年第55号第三条继续暂停实施，为期6个月。\n"
        "二、商务部 海关总署公告2025年第55号第四条，自前述暂停期限届满之日的次日起继续暂停实施，暂停期限为一年。\n"
    )
    relations = extract_relations(text, OWN_900, dt.date(2028, 10, 20))
    assert [(r.clause, r.window_from, r.window_until) for r in relations] == [
        ("三", dt.date(2028, 11, 11), dt.date(2029, 5, 11)),
        ("四", dt.date(2028, 11, 11), dt.date(2029, 11, 11)),
    ]


def test_a_window_named_before_its_coming_end_is_history_and_the_act_continues_it() -> None:
    """`…第70号公布后，…的暂停实施期限经两部门先后延长，现行暂停期限将于2033年1月31日届满。` acts on nothing; `在现行
    暂停期限届满后继续暂停实施，为期6个月` starts the day after that end."""
    text = (
        "商务部 海关总署公告2025年第70号公布后，2025年第55号、第56号公告的暂停实施期限经两部门先后延长，"
        "现行暂停期限将于2033年1月31日届满。现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第55号，在现行暂停期限届满后继续暂停实施，为期6个月。\n"
    )
    assert _windows(text) == [("suspends", "MOFCOM-2025-55", None, dt.date(2033, 2, 1), dt.date(2033, 8, 1))]


def test_the_window_a_short_number_s_clause_set_names_no_target_and_its_anaphor_is_the_act_s_notice() -> None:
    """`…第58号公告第一条，自第1121号公告第三条规定的暂停期限届满之次日起恢复实施；该公告第二条…继续暂停实施`: No. 1121
    made the window (no target), and 该公告 is No. 58."""
    text = (
        "商务部 海关总署公告2026年第1121号对有关公告的暂停期限作出了安排。\n"
        "二、2025年第58号公告第一条，自第1121号公告第三条规定的暂停期限届满之次日起恢复实施；"
        "该公告第二条自同日起继续暂停实施，至2033年10月31日止。\n"
    )
    assert [
        (r.relation, r.target_number.notice_id, r.clause) for r in extract_relations(text, OWN_900, _ON)
    ] == [
        ("resumes", "MOFCOM-2025-58", "一"),
        ("suspends", "MOFCOM-2025-58", "二"),
    ]


def test_a_notice_named_as_a_window_s_maker_is_the_one_its_anaphor_repeals() -> None:
    """`…第1121号规定的暂停期限均已届满，该公告自2034年1月1日起废止。`: No. 1121 itself is repealed."""
    text = "四、商务部 海关总署公告2026年第1121号规定的暂停期限均已届满，该公告自2034年1月1日起废止。\n"
    assert _windows(text) == [("repeals", "MOFCOM-2026-1121", None, dt.date(2034, 1, 1), None)]


def test_points_under_an_intro_dated_by_another_notice_s_window_carry_its_anchor() -> None:
    """`一、2025年第57号公告，自第1123号公告第一条规定的暂停期限届满之次日起，按照下列规定实施：` then `（一）第一条、第二条，
    恢复实施；` `（二）第四条，继续暂停实施，期限为1年。`: each point acts on No. 57 and starts where No. 1123's window ends."""
    text = (
        "商务部 海关总署公告2026年第1123号对有关公告的暂停期限作出了安排。\n"
        "一、2025年第57号公告，自第1123号公告第一条规定的暂停期限届满之次日起，按照下列规定实施：\n"
        "（一）第一条、第二条，恢复实施；\n"
        "（二）第四条，继续暂停实施，期限为1年。\n"
    )
    relations = extract_relations(text, OWN_900, _ON)
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("resumes", "MOFCOM-2025-57", "一"),
        ("resumes", "MOFCOM-2025-57", "二"),
        ("suspends", "MOFCOM-2025-57", "四"),
    ]
    assert {(r.anchor.maker.notice_id if r.anchor and r.anchor.maker else None) for r in relations} == {
        "MOFCOM-2026-1123"
    }


def test_changes_under_a_heading_printing_the_number_in_title_marks_and_a_window_said_所定() -> None:
    """`一、《商务部 海关总署…公告2024年第31号》` heads its changes; `二、第1136号公告第二条所定暂停期限届满后，…第57号第一款
    再暂停实施6个月`: No. 1136 made the window (no target), the act anchored to it."""
    text = (
        "一、《商务部 海关总署 中央军委装备发展部公告2024年第31号》\n"
        "（一）将第一款第（三）项第1目中的“50千米（km）”修改为“30千米（km）”。\n"
        "（二）删去第一款第（二）项第2目，其余各目序号不作调整。\n"
        "二、商务部 海关总署公告2026年第1136号对有关公告作出了安排。第1136号公告第二条所定暂停期限届满后，"
        "商务部 海关总署公告2025年第57号第一款再暂停实施6个月。\n"
    )
    relations = extract_relations(text, OWN_900, _ON)
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2024-31", "一/(三)/1"),
        ("repeals", "MOFCOM-2024-31", "一/(二)/2"),
        ("suspends", "MOFCOM-2025-57", "一"),
    ]
    assert relations[-1].anchor is not None and relations[-1].anchor.maker is not None
    assert relations[-1].anchor.maker.notice_id == "MOFCOM-2026-1136"


def test_a_history_clause_then_this_notice_s_repeal_and_a_period_dated_in_the_next_sentence() -> None:
    """`（四）…〔2025〕8号规定的处理措施已于2025年8月12日停止实施，该公告予以废止。` repeals No. 8 now;
    `…继续暂停实施。继续暂停的期限自2026年11月11日起计算，为期一年。` dates and counts the continued suspension."""
    text = (
        "（四）不可靠实体清单工作机制公告〔2025〕8号规定的处理措施已于2025年8月12日停止实施，该公告予以废止。\n"
        "四、不可靠实体清单工作机制〔2025〕7号公告所列处理措施，暂停期限届满后继续暂停实施。"
        "继续暂停的期限自2026年11月11日起计算，为期一年。\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 9, 5))
    assert [(r.relation, r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("repeals", "UEL-2025-8", dt.date(2026, 9, 5), None),
        ("suspends", "UEL-2025-7", dt.date(2026, 11, 11), dt.date(2027, 11, 11)),
    ]
    assert relations[1].anchor is None


def test_table_cells_saying_同上_or_同前_are_the_row_above_s() -> None:
    """`4 | 同上 | 第一款第(二)项第4目 | 暂缓执行 | …` acts on the notice of the row above; `5 | …第21号 | … | 同前 | 同前`
    takes the act and window of the row above."""
    text = (
        "对下表所列公告条款的实施作相应调整:\n"
        "序号 | 公告 | 条款 | 调整方式 | 起止时间\n"
        "3 | 商务部 海关总署公告2024年第33号 | 第一款第(一)项第7目 | 停止适用 | 自2036年6月1日起\n"
        "4 | 同上 | 第一款第(二)项第4目 | 暂缓执行 | 自2036年6月1日起至2036年11月30日止\n"
        "5 | 商务部 海关总署公告2024年第21号 | 第一款第(一)项第2目 | 同前 | 同前\n"
    )
    assert _windows(text) == [
        ("repeals", "MOFCOM-2024-33", "一/(一)/7", dt.date(2036, 6, 1), None),
        ("suspends", "MOFCOM-2024-33", "一/(二)/4", dt.date(2036, 6, 1), dt.date(2036, 11, 30)),
        ("suspends", "MOFCOM-2024-21", "一/(一)/2", dt.date(2036, 6, 1), dt.date(2036, 11, 30)),
    ]


def test_a_point_of_this_notice_in_force_on_publication_dates_its_act() -> None:
    """`本公告自2034年9月1日起施行，其中第一条第（二）项自公布之日起施行`: the repeal in 一（二） runs from publication,
    the rewrite in 一（一） from 2034-09-01."""
    text = (
        "一、《商务部 海关总署 中央军委装备发展部公告2024年第31号》\n"
        "（一）将第一款第（三）项第1目中的“50千米（km）”修改为“30千米（km）”。\n"
        "（二）删去第一款第（二）项第2目，其余各目序号不作调整。\n"
        "四、本公告自2034年9月1日起施行，其中第一条第（二）项自公布之日起施行。\n"
    )
    published = dt.date(2034, 8, 12)
    assert [
        (r.relation, r.clause, r.window_from)
        for r in extract_relations(text, OWN_900, published, dt.date(2034, 9, 1))
    ] == [("amends", "一/(三)/1", dt.date(2034, 9, 1)), ("repeals", "一/(二)/2", published)]


def test_provisions_left_unamended_and_acts_that_another_notice_governs_act_on_nothing() -> None:
    """`上述公告中本公告未作修正的其他规定，继续执行` saves what was not corrected; `…第55号至第58号公告的暂停实施和恢复实施，
    按照…第1121号的规定执行` points to where those acts are decided. Neither acts; the lines beside them do."""
    text = (
        "二、商务部 海关总署公告2025年第56号第一款第（二）项中“5000 m³”的表述，修正为“5000立方米”。\n"
        "三、2025年第55号至第58号公告的暂停实施和恢复实施，按照商务部 海关总署公告2026年第1121号的规定执行。\n"
        "四、上述公告中本公告未作修正的其他规定，继续执行。\n"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [("amends", "MOFCOM-2025-56", "一/(二)")]


def test_an_act_of_a_notice_on_a_day_before_this_one_is_told() -> None:
    """`2025年第56号公告于2036年8月1日中止执行期满后恢复实施` in a notice of 2036-12-10 recounts; the same words with a
    day after publication act."""
    text = "2025年第56号公告于2036年8月1日中止执行期满后恢复实施，2025年第58号公告第三款于同日恢复实施。"
    assert extract_relations(text, None, dt.date(2036, 12, 10)) == []
    later = extract_relations(text.replace("2036年8月1日", "2037年8月1日"), None, dt.date(2036, 12, 10))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in later] == [
        ("resumes", "MOFCOM-2025-56", None),
        ("resumes", "MOFCOM-2025-58", "三"),
    ]


def test_windows_named_for_their_end_are_no_targets() -> None:
    """`在2025年第72号公告所定暂停期限及其后续延续期限届满后` names the maker of the window that ends; `暂停期限与…第1106号
    第一条第（三）项所定2025年第58号公告第三条的暂停期限同时届满` names windows for the day this one ends. Only 2024 No. 46
    二 is acted on."""
    text = (
        "三、《关于加强相关两用物项对美国出口管制的公告》（商务部公告2024年第46号）第二款，在2025年第72号公告所定"
        "暂停期限及其后续延续期限届满后，自2031年11月28日起继续暂停实施，暂停期限与商务部 海关总署公告2026年第1106号"
        "第一条第（三）项所定2025年第58号公告第三条的暂停期限同时届满。"
    )
    relations = extract_relations(text, None, dt.date(2031, 10, 15))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("suspends", "MOFCOM-2024-46", "二", dt.date(2031, 11, 28))
    ]


def test_a_party_leaving_a_list_lifts_and_the_measure_named_for_it_is_no_target() -> None:
    """A point of an entity list whose party leaves the list is `lifts` of that point (not the partial repeal a
    point of goods ending is); `该公告第一条规定的措施对其停止实施` names the measure on that party, not clause 一."""
    text = (
        "对下表所列措施作如下调整：\n"
        "序号 | 公告文号 | 涉及条款或实体 | 调整内容 | 起止日期\n"
        "3 | 商务部公告2026年第1027号 | 第一条第2项：汉洛克材料科学公司（Hanlock Material Sciences, Inc.） | 移出关注名单 | 自本公告公布之日起\n"
        "二、商务部公告2026年第1026号附件1所列第3项实体卡尔戴尔航空电子公司（Caldale Avionics Corporation），"
        "自2027年4月15日起移出出口管制管控名单，该公告第一条规定的措施对其停止实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 4, 8))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("lifts", "MOFCOM-2026-1027", "一/2", dt.date(2027, 4, 8)),
        ("lifts", "MOFCOM-2026-1026", "附件1所列第3项", dt.date(2027, 4, 15)),
    ]


def test_an_entry_taken_out_of_the_list_and_each_target_s_own_window_named_by_its_maker() -> None:
    """`…附件第5项“转子成形芯轴”，…调出管制清单` repeals that entry; `分别自第1181号公告规定的相应暂停期限届满之次日起恢复
    实施` dates each resumption from the window 1181 set for it, and 1181 itself is no target."""
    text = (
        "2026年11月以来，商务部、海关总署先后发布2026年第1181号公告，对2025年第57号公告的暂停实施期限作了延长。\n"
        "一、2025年第57号公告第四条、第五条，分别自第1181号公告规定的相应暂停期限届满之次日起恢复实施。\n"
        "二、商务部 工业和信息化部 海关总署公告2026年第1192号附件第5项“转子成形芯轴”，自本公告发布之日起调出管制清单。\n"
    )
    relations = extract_relations(text, None, dt.date(2037, 11, 16))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("resumes", "MOFCOM-2025-57", "四"),
        ("resumes", "MOFCOM-2025-57", "五"),
        ("repeals", "MOFCOM-2026-1192", "附件第5项"),
    ]
    assert {r.anchor.maker.notice_id for r in relations[:2] if r.anchor} == {"MOFCOM-2026-1181"}


def test_what_a_notice_provided_is_told_and_a_clause_kept_as_it_provided_acts_on_nothing() -> None:
    """`商务部、海关总署2026年第1181号公告规定，…暂停实施6个月，…` recounts that notice; `该公告其余各条，仍按第1181号公告的
    规定暂停实施` leaves them as 1181 set them; `第二条第（四）项…，自同日起继续暂停实施至2027年7月31日` ends on its own day."""
    text = (
        "商务部、海关总署2026年第1181号公告规定，商务部、海关总署公告2025年第56号第一条暂停实施6个月，"
        "2025年第58号公告第一条、第二条暂停实施至2027年5月10日。\n"
        "二、2025年第58号公告第一条，继续暂停实施，至2027年11月10日止；该公告第二条第（一）项，自2027年5月11日起"
        "恢复实施；第二条第（四）项（3B901.b 设备），自同日起继续暂停实施至2027年7月31日，期满后恢复实施。\n"
        "三、2025年第55号公告第二条，自2027年6月1日起恢复实施；该公告其余各条，仍按第1181号公告的规定暂停实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 4, 28), dt.date(2027, 5, 11))
    assert [
        (r.relation, r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations
    ] == [
        ("suspends", "MOFCOM-2025-58", "一", dt.date(2027, 5, 11), dt.date(2027, 11, 10)),
        ("resumes", "MOFCOM-2025-58", "二/(一)", dt.date(2027, 5, 11), None),
        ("suspends", "MOFCOM-2025-58", "二/(四)", dt.date(2027, 5, 11), dt.date(2027, 7, 31)),
        ("resumes", "MOFCOM-2025-55", "二", dt.date(2027, 6, 1), None),
    ]


def test_a_row_saying_no_change_under_a_column_named_for_changes_acts_on_nothing() -> None:
    """`调整措施 | 不作调整，继续执行`: the column's name is no act, nor is the cell."""
    text = (
        "一、下表所列公告的条款，按照表中载明的调整措施和起止时间执行：\n"
        "序号 | 公告文号 | 涉及条款 | 调整措施 | 起止时间\n"
        "3 | 商务部公告2025年第62号 | 全部条款 | 继续暂停实施 | 2026年11月11日至2027年5月10日\n"
        "5 | 商务部公告2024年第46号 | 第一款 | 不作调整，继续执行 | —\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 11, 9))
    assert [(r.relation, r.target_number.notice_id, r.window_until) for r in relations] == [
        ("suspends", "MOFCOM-2025-62", dt.date(2027, 5, 10))
    ]


def test_corrections_and_postponements_of_other_notices() -> None:
    """A day of force put off (`…第1199号第一条，推迟至…起施行` / `…的施行日期，由…推迟至…`) amends that clause; a table's
    `适用日期` column dates each row's correction; `第四款（2C902.c）第3目` is the point, its code in brackets; a put-off
    act `不因本公告而改变` is named, not acted on."""
    text = (
        "一、下表所列内容予以更正：\n"
        "序号 | 公告文号 | 条款 | 原文 | 更正为 | 适用日期\n"
        "1 | 商务部 海关总署公告2026年第1196号 | 第二条 | “（2C902.c）” | “（2C902.d）” | 2038年1月20日\n"
        "二、商务部 海关总署公告2026年第1196号第一条的施行日期，由2038年3月1日推迟至2038年6月1日。\n"
        "三、第1197号公告第二条规定的暂缓施行事项和第四条规定的许可申请要求，不因本公告而改变。\n"
        "四、将商务部 海关总署公告2025年第55号第四款（2C902.c）第3目中的“40m/s”，修改为“35m/s”。\n"
    )
    relations = extract_relations(text, None, dt.date(2038, 2, 26))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("amends", "MOFCOM-2026-1196", "二", dt.date(2038, 1, 20)),
        ("amends", "MOFCOM-2026-1196", "一", dt.date(2038, 2, 26)),
        ("amends", "MOFCOM-2025-55", "四/3", dt.date(2038, 2, 26)),
    ]


def test_a_window_the_same_as_a_clause_of_this_notice_and_what_holds_while_it_runs() -> None:
    """`中止期限与本公告第一条规定的期限一致` takes clause 一's window, not the last one printed; `在暂停、暂缓及中止执行期间，
    出口上述物项无需申领…` says what holds meanwhile and acts on nothing."""
    text = (
        "一、自2038年7月1日起至2039年6月30日止，暂停实施商务部 海关总署公告2023年第23号第一条第（二）项。\n"
        "二、商务部 海关总署公告2024年第33号第一条第（二）项，自2038年7月1日起暂缓执行，为期1年。\n"
        "三、商务部 海关总署公告2023年第39号第一条第（二）项所列天然鳞片石墨及其制品的出口管制措施同时中止执行，"
        "中止期限与本公告第一条规定的期限一致。\n"
        "四、在暂停、暂缓及中止执行期间，出口上述物项无需申领两用物项出口许可证件；此前依据上述公告颁发的出口许可证件，"
        "在有效期内继续有效。\n"
    )
    relations = extract_relations(text, None, dt.date(2038, 6, 10), dt.date(2038, 7, 1))
    assert [(r.target_number.notice_id, r.window_until) for r in relations] == [
        ("MOFCOM-2023-23", dt.date(2039, 6, 30)),
        ("MOFCOM-2024-33", dt.date(2039, 7, 1)),
        ("MOFCOM-2023-39", dt.date(2039, 6, 30)),
    ]


def test_a_part_named_as_what_a_clause_provides_on_a_subject_keeps_its_words() -> None:
    """`…第46号第二款中有关锑、超硬材料和石墨两用物项的规定，其暂停期限…届满后不再延长，自…起恢复执行`: the part is the
    printed words, whatever comes between them and the verb."""
    text = (
        "三、商务部公告2024年第46号第二款中有关锑、超硬材料和石墨两用物项的规定，其暂停期限于2035年3月9日届满后不再延长，"
        "自2035年3月10日起恢复执行。"
    )
    relations = extract_relations(text, None, dt.date(2035, 2, 20))
    assert [(r.relation, r.clause, r.window_from) for r in relations] == [
        ("resumes", "第二款中有关锑、超硬材料和石墨两用物项的规定", dt.date(2035, 3, 10))
    ]


def test_each_act_of_a_sentence_keeps_the_end_of_its_own_part() -> None:
    """`…第56号…自2036年2月1日零时起中止执行，为期6个月；…第57号第四款、第五款自同日起暂缓执行，期限至2036年12月31日止`: 56
    ends after six months, 57's clauses at the printed end; `…继续暂停实施，截至2036年7月31日` ends on that day."""
    text = (
        "两部门决定：商务部 海关总署公告2025年第56号（公布对部分稀土设备和原辅料相关物项实施出口管制的决定）自2036年2月1日"
        "零时起中止执行，为期6个月；商务部 海关总署公告2025年第57号第四款自同日起暂缓执行，期限至2036年12月31日止。\n"
        "二、商务部 海关总署公告2025年第58号第三款规定的措施，自2036年2月1日零时起继续暂停实施，截至2036年7月31日。\n"
    )
    relations = extract_relations(text, None, dt.date(2036, 1, 15), dt.date(2036, 2, 1))
    assert [(r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-56", None, dt.date(2036, 2, 1), dt.date(2036, 8, 1)),
        ("MOFCOM-2025-57", "四", dt.date(2036, 2, 1), dt.date(2036, 12, 31)),
        ("MOFCOM-2025-58", "三", dt.date(2036, 2, 1), dt.date(2036, 7, 31)),
    ]


def test_a_window_whose_end_is_printed_in_brackets_starts_the_day_after() -> None:
    """`在原暂停期限（2033年8月28日）届满后继续暂停实施 | 为期6个月`: from 2033-08-29, six months on."""
    text = (
        "对下表所列公告的暂停实施作如下安排：\n"
        "序号 | 公告文号 | 涉及条款 | 安排 | 期限\n"
        "2 | 商务部公告2024年第46号 | 第二款 | 在原暂停期限（2033年8月28日）届满后继续暂停实施 | 为期6个月\n"
    )
    relations = extract_relations(text, None, dt.date(2033, 7, 18))
    assert [(r.relation, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("suspends", "二", dt.date(2033, 8, 29), dt.date(2034, 2, 28))
    ]


def test_measures_stopped_after_a_clause_between_are_lifted() -> None:
    """`…〔2025〕7号规定的处理措施，暂停期限届满后不再恢复实施，自2037年11月11日起停止实施`: the measures are taken off
    (the notice and its listing stay), whatever clause comes between them and 停止实施."""
    text = "一、不可靠实体清单工作机制公告〔2025〕7号规定的处理措施，暂停期限届满后不再恢复实施，自2037年11月11日起停止实施。"
    relations = extract_relations(text, None, dt.date(2037, 10, 20))
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in relations] == [
        ("lifts", "UEL-2025-7", dt.date(2037, 11, 11))
    ]


def test_a_table_of_acts_no_intro_announces_is_read_row_by_row_whatever_its_column_order() -> None:
    """`…作如下处理。表中“备注”栏所载事项…具有同等效力。` then `序号 | 公告文号 | 期限 | 涉及条款 | 处理方式 | 备注`: each row's
    act is its own (the period column before the clause column holds no act), the 备注 cell's act too."""
    text = (
        "商务部、海关总署对下列公告的有关条款作如下处理。表中“备注”栏所载事项，与“处理方式”栏所载事项具有同等效力。\n"
        "序号 | 公告文号 | 期限 | 涉及条款 | 处理方式 | 备注\n"
        "3 | 商务部 海关总署公告2025年第55号 | 自2039年8月1日起，恢复实施时间另行公告 | 第二项、第三项 | 暂停实施 | "
        "该公告第一项自同日起停止执行\n"
    )
    relations = extract_relations(text, None, dt.date(2039, 7, 15), dt.date(2039, 8, 1))
    assert [(r.relation, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("suspends", "二", dt.date(2039, 8, 1), None),
        ("suspends", "三", dt.date(2039, 8, 1), None),
        ("repeals", "一", dt.date(2039, 8, 1), None),
    ]


def test_an_intro_naming_a_clause_announces_changes_to_its_points() -> None:
    """`对…第39号第一款作如下修改：` then `（一）第（一）项修改为：…` and `（二）增加一项，作为第（三）项：…`: the points of that
    clause are amended; the intro adds no relation of its own."""
    text = (
        "二、对商务部 海关总署公告2023年第39号第一款作如下修改：\n（一）第（一）项修改为：\n“（一）高纯度的人造石墨材料及其制品”\n"
        "（二）增加一项，作为第（三）项：\n“（三）0C004 核级石墨”\n三、将商务部 海关总署公告2025年第55号第五款修改为：\n“五、…”"
    )
    relations = extract_relations(text, None, dt.date(2027, 3, 1))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2023-39", "一/(一)"),
        ("amends", "MOFCOM-2023-39", "一/(三)"),
        ("amends", "MOFCOM-2025-55", "五"),
    ]


def test_an_entry_added_to_a_point_amends_the_point_and_points_added_to_a_clause_are_parts() -> None:
    """README: an addition amends the part it creates when it creates a clause or a point, and the point it adds to
    when it adds entries (目) to one — one entry or several."""
    text = (
        "一、在商务部 海关总署公告2025年第57号第二款第（一）项中增加一目，作为第8目：\n8.含铒的激光材料。\n"
        "二、在商务部 海关总署公告2025年第10号第一款中增加两项，分别作为第（五）项、第（六）项：\n"
    )
    relations = extract_relations(text, None, dt.date(2034, 2, 1))
    assert [(r.target_number.notice_id, r.clause) for r in relations] == [
        ("MOFCOM-2025-57", "二/(一)"),
        ("MOFCOM-2025-10", "一/(五)"),
    ]


def test_a_point_added_beside_a_printed_point_is_a_point_of_the_same_clause() -> None:
    """`在第二款第（五）项后增加一项，作为第（六）项` under a heading naming 2023 No. 23: the new point is 二/(六)."""
    text = "一、对商务部 海关总署公告2023年第23号作如下修改：\n（一）在第二款第（五）项后增加一项，作为第（六）项，即：“（六）说明。”\n"
    assert [(r.relation, r.clause) for r in extract_relations(text, None, dt.date(2040, 2, 20))] == [
        ("amends", "二/(六)")
    ]


def test_acts_told_as_done_before_act_on_nothing() -> None:
    """`…第39号施行时，已将…2006年第50号（…）同时废止` and `两部门已先后以2026年第1226号、第1227号公告废止了部分公告和条款`
    recount; the line after them acts."""
    text = (
        "本年度内，两部门已先后以2026年第1226号、第1227号公告废止了部分公告和条款。现将本次清理结果公告如下：\n"
        "一、商务部 海关总署公告2023年第39号施行时，已将商务部、国家国防科工委、海关总署公告2006年第50号（《决定对石墨类相关制品"
        "实施临时出口管制措施》）同时废止，该公告不再列入本次清理范围。\n"
        "二、商务部 海关总署公告2025年第56号自2041年1月1日起废止。\n"
    )
    relations = extract_relations(text, None, dt.date(2040, 12, 18))
    assert [(r.relation, r.target_number.notice_id) for r in relations] == [("repeals", "MOFCOM-2025-56")]


def test_a_window_extended_with_a_point_of_the_same_clause_ends_with_it() -> None:
    """`（三）…第62号的暂停期限，随同本条第（二）项一并延长。` ends when the window of (二) does."""
    text = (
        "一、下列措施的暂停期限予以调整：\n（二）商务部 海关总署公告2025年第57号第四款的暂停期限，延长至2040年10月31日；\n"
        "（三）商务部公告2025年第62号的暂停期限，随同本条第（二）项一并延长。"
    )
    relations = extract_relations(text, None, dt.date(2040, 4, 20))
    assert [(r.target_number.notice_id, r.window_until) for r in relations] == [
        ("MOFCOM-2025-57", dt.date(2040, 10, 31)),
        ("MOFCOM-2025-62", dt.date(2040, 10, 31)),
    ]


def test_a_row_of_an_entity_table_acting_on_a_notice_takes_its_date_column() -> None:
    """In `序号 | 实体名称 | … | 处理措施 | 实施日期`, the rows before it list entities and name no notice; the row that
    stops another notice's measures starts on its own 实施日期, not on publication — the table's header is its
    header too."""
    text = (
        "一、对下表所列实体，按照表中所列处理措施，自相应日期起执行：\n"
        "序号 | 实体名称 | 国家（地区） | 处理措施 | 实施日期\n"
        "1 | 甲乙精密部件有限公司 | 日本 | 列入出口管制管控名单 | 2041年3月1日\n"
        "2 | 丙丁航空电子公司 | 美国 | 移出关注名单 | 2041年2月10日\n"
        "3 | 商务部公告2025年第21号所列实体 | 美国 | 停止执行相关措施 | 2041年4月1日\n"
    )
    relations = extract_relations(text, None, dt.date(2041, 2, 10))
    assert [(r.relation, r.target_number.notice_id, r.window_from) for r in relations] == [
        ("lifts", "MOFCOM-2025-21", dt.date(2041, 4, 1))
    ]


def test_a_window_told_of_a_list_of_notices_is_each_ones_window() -> None:
    """`A至B，C、D以及E第二款的暂停实施期限，将于…届满` tells the end of every notice listed, across the commas that only
    list them: a later `第三款继续暂停实施` of B starts the day after, not on publication."""
    text = (
        "商务部、海关总署公告2025年第56号至第58号，商务部公告2025年第61号以及商务部公告2024年第46号第二款的暂停实施期限，"
        "将于2041年5月31日届满。现公告如下：\n"
        "一、商务部 海关总署公告2025年第58号第一款，自2041年6月1日起恢复实施；第三款继续暂停实施，恢复实施时间另行公告。\n"
    )
    relations = extract_relations(text, None, dt.date(2041, 5, 20))
    assert [(r.relation, r.clause, r.window_from) for r in relations] == [
        ("resumes", "一", dt.date(2041, 6, 1)),
        ("suspends", "三", dt.date(2041, 6, 1)),
    ]


def test_an_end_tied_to_another_row_or_clause_of_the_notice_is_that_acts_end() -> None:
    """`与本表序号1所列期限同时届满` and `至本表序号1所列期限届满之日止` end with row 1's window (the row's clause cell
    joined to a notice cell printed `…号公告`); `在本公告第一条规定的暂停期限届满前` is clause 一's window."""
    text = (
        "一、下列公告或者条款按照下表所列期限暂停实施：\n"
        "序号 | 公告 | 条款 | 调整内容 | 期限\n"
        "1 | 2025年第58号公告 | 第一条 | 继续暂停实施 | 自2043年2月1日起至2043年9月30日止\n"
        "2 | 2025年第61号公告 | 全文 | 继续暂停实施 | 自2043年3月1日起，与本表序号1所列期限同时届满\n"
        "3 | 2025年第57号公告 | 第二条 | 继续暂缓实施 | 自2043年4月1日起，至本表序号1所列期限届满之日止\n"
        "二、商务部公告2025年第62号自2043年2月1日起暂停实施，暂停期限为3个月。\n"
        "三、2025年第56号公告第一条第（二）项在本公告第二条规定的暂停期限届满前暂缓实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2043, 1, 20))
    assert [(r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-58", "一", dt.date(2043, 2, 1), dt.date(2043, 9, 30)),
        ("MOFCOM-2025-61", None, dt.date(2043, 3, 1), dt.date(2043, 9, 30)),
        ("MOFCOM-2025-57", "二", dt.date(2043, 4, 1), dt.date(2043, 9, 30)),
        ("MOFCOM-2025-62", None, dt.date(2043, 2, 1), dt.date(2043, 5, 1)),
        ("MOFCOM-2025-56", "一/(二)", dt.date(2043, 2, 1), dt.date(2043, 5, 1)),
    ]


def test_an_end_tied_to_a_row_named_by_its_number_a_bracketed_point_or_a_clause_said_to_state_it() -> None:
    """`与序号1所列暂停期限同时届满` in a row of the table (no 本表), `与本公告第（二）项同时届满` in a notice whose decisions
    are bracketed points, and `与本公告第一条所述期限同时届满` end with that act's window."""
    text = (
        "一、下列条款按照下表暂停实施：\n"
        "序号 | 公告 | 条款 | 期限\n"
        "1 | 2025年第55号公告 | 第一条 | 自2047年7月1日起至2047年12月31日止\n"
        "2 | 2023年第39号公告 | 第一条第（二）项 | 自本公告公布之日起，与序号1所列暂停期限同时届满\n"
        "二、商务部公告2024年第46号第二条，自2047年8月1日起暂停实施，暂停期限与本公告第一条所述期限同时届满。\n"
    )
    relations = extract_relations(text, None, dt.date(2047, 6, 20))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2025-55", dt.date(2047, 7, 1), dt.date(2047, 12, 31)),
        ("MOFCOM-2023-39", dt.date(2047, 6, 20), dt.date(2047, 12, 31)),
        ("MOFCOM-2024-46", dt.date(2047, 8, 1), dt.date(2047, 12, 31)),
    ]
    text = (
        "不可靠实体清单工作机制决定：\n"
        "（一）〔2025〕8号公告第一条规定的处理措施，暂停实施，为期一年，自本公告公布之日起算。\n"
        "（二）自2047年10月1日起，暂停实施〔2025〕3号公告第三条规定的处理措施，暂停期限与本公告第（一）项同时届满。\n"
    )
    relations = extract_relations(text, None, dt.date(2047, 9, 20))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("UEL-2025-8", dt.date(2047, 9, 20), dt.date(2048, 9, 20)),
        ("UEL-2025-3", dt.date(2047, 10, 1), dt.date(2048, 9, 20)),
    ]


def test_a_suspension_ended_early_a_window_left_as_it_is_and_an_end_said_to_be_stated_elsewhere() -> None:
    """`对…第四条暂停实施出口管制的安排，提前于…终止` resumes the clause from that day; `…的暂停期限不作调整` and
    `…继续按原定期限暂停实施` leave a window as it was (no act); `…第1342号第三条所述暂停期限届满后，…继续暂停实施3个月`
    starts the day after that window and does not act on the notice that set it."""
    text = (
        "一、商务部公告2025年第61号第四条，暂停实施至2047年11月1日。\n"
        "二、对商务部 海关总署公告2025年第10号第四条（钼相关物项）暂停实施出口管制的安排，提前于2047年6月1日终止，"
        "该条自当日起恢复实施；该公告第二条继续按原定期限暂停实施。\n"
        "三、商务部公告2026年第1342号第一条所述暂停期限届满后，商务部公告2025年第62号第四条继续暂停实施3个月；"
        "该公告第一条第（一）项的暂停期限不作调整。\n"
    )
    relations = extract_relations(text, None, dt.date(2047, 4, 15))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("suspends", "MOFCOM-2025-61", "四", dt.date(2047, 4, 15)),
        ("resumes", "MOFCOM-2025-10", "四", dt.date(2047, 6, 1)),
        ("suspends", "MOFCOM-2025-62", "四", dt.date(2047, 4, 15)),
    ]


def test_a_day_opening_a_clause_with_qi_is_a_start_and_a_window_moved_to_end_with_another_is_an_act() -> None:
    """`2025年11月10日起，…继续暂停实施1年` (no 自) starts a year before this notice: history, no act. `…的暂停期限，延长至与本
    公告第一条所定期限同时届满` moves a window (an act), ending when clause 一's does."""
    text = (
        "2025年11月10日起，商务部对2025年第21号公告所列实体的相关措施继续暂停实施1年。现决定：\n"
        "一、商务部公告2024年第46号第二款，自2026年11月28日起继续暂停实施，暂停期限为1年。\n"
        "二、商务部公告2025年第21号所列实体相关措施的暂停期限，延长至与本公告第一条所定期限同时届满。\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 10, 20))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("MOFCOM-2024-46", dt.date(2026, 11, 28), dt.date(2027, 11, 28)),
        ("MOFCOM-2025-21", dt.date(2026, 10, 20), dt.date(2027, 11, 28)),
    ]


def test_lettered_sub_items_dotted_points_and_entries_added_beside_them() -> None:
    """A lettered sub-item printed `第2目b.项`, `第2目中的b.项` or opening the quote (`第2目中的“e．…”`) is part of the
    path, as is a point in the target's dotted style (`1.2.2b.`); an entry or sub-item added beside a printed one
    (`在…第4目后增加一目` / `在…第3目c.项后增加一项，作为d.项`) amends what holds them; points of two clauses dated
    after a ；are dated too."""
    text = (
        "一、对商务部 海关总署公告2025年第18号作如下修改：\n"
        "（一）将第一条第（一）项第2目中的“e．钐铁合金”修改为：\n"
        "“e．钐含量大于等于20%（按重量）的钐铁合金。”\n"
        "（二）在第一条第（一）项第3目c.项后增加一项，作为d.项：\n"
        "“d．钐钆合金靶。”\n"
        "二、对商务部 海关总署公告2025年第57号作如下修改：\n"
        "（一）删去第二条第（一）项第2目中的b.项（钆铝合金）。\n"
        "（二）在第四条第（一）项第4目后增加一目，作为第5目：\n"
        "“5．含铕的光学玻璃。”\n"
        "（三）第一条第（一）项第2目b.项中的“镁钬合金”，修改为“镁钬中间合金”。\n"
        "三、商务部 海关总署公告2025年第10号第一条第（二）项1.2.2b.中的“25mm”，修改为“20mm”。\n"
        "四、本公告第三条自公布之日起施行；第一条第（一）项、第（二）项和第二条第（一）项自2043年4月1日起施行。\n"
    )
    relations = extract_relations(text, None, dt.date(2043, 3, 10))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("amends", "MOFCOM-2025-18", "一/(一)/2/e", dt.date(2043, 4, 1)),
        ("amends", "MOFCOM-2025-18", "一/(一)/3", dt.date(2043, 4, 1)),
        ("repeals", "MOFCOM-2025-57", "二/(一)/2/b", dt.date(2043, 4, 1)),
        ("amends", "MOFCOM-2025-57", "四/(一)", dt.date(2043, 3, 10)),
        ("amends", "MOFCOM-2025-57", "一/(一)/2/b", dt.date(2043, 3, 10)),
        ("amends", "MOFCOM-2025-10", "一/(二)/1.2.2/b", dt.date(2043, 3, 10)),
    ]


def test_rows_of_a_clause_s_list_dotted_points_and_bracketed_points_added() -> None:
    """`第一条所列第1项、第3项实体` and `第一条表中第2项所列实体` are rows of the clause (一/1, 一/3, 一/2); `第1.1.1目` is a
    point in dotted style; `…第1目增加一项，作为第（5）项` is a bracketed point, printed as such (…/1/(5))."""
    text = (
        "一、自2044年3月1日起，停止执行商务部公告2026年第1027号第一条所列第1项、第3项实体的相关措施。\n"
        "二、商务部公告2026年第1101号第一条表中第2项所列实体的英文名称，更正为“Kelvis Marine Ltd.”。\n"
        "三、商务部 海关总署公告2025年第10号第一款第（一）项第1.1.1目中的“仲钨酸铵”，修改为“仲钨酸铵（APT）”。\n"
        "四、在商务部 海关总署 中央军委装备发展部公告2024年第21号第一条第（一）项第1目增加一项，作为第（5）项：\n"
        "“（5）为无人驾驶航空器结构件专门设计的部件”。\n"
    )
    relations = extract_relations(text, None, dt.date(2044, 2, 10))
    assert [(r.target_number.notice_id, r.clause) for r in relations] == [
        ("MOFCOM-2026-1027", "一/1"),
        ("MOFCOM-2026-1027", "一/3"),
        ("MOFCOM-2026-1101", "一/2"),
        ("MOFCOM-2025-10", "一/(一)/1.1.1"),
        ("MOFCOM-2024-21", "一/(一)/1/(5)"),
    ]


def test_a_party_a_row_listed_then_removed_or_moved_by_anaphora_lifts_that_row() -> None:
    """`…第12号附件所列第4项实体甲株式会社（…）…。…将其移出关注名单` and `…决定将该实体由关注名单调入出口管制管控名单`: the
    act is on the row of the notice that listed the party (附件/4); a notice named without a row is not acted on so."""
    text = (
        "一、商务部公告2026年第12号附件所列第1项实体甲株式会社（Alpha Corporation），已履行配合核查义务。"
        "经商务部核实，自本公告公布之日起将其移出关注名单。\n"
        "二、商务部公告2026年第12号附件所列第4项日本实体乙株式会社（Beta Co., Ltd.）列入关注名单后，未履行配合核查义务。"
        "决定将该实体由关注名单调入出口管制管控名单。\n"
        "三、商务部公告2025年第21号所列实体已停止相关活动。经核实，现将其移出出口管制管控名单。\n"
    )
    relations = extract_relations(text, None, dt.date(2044, 4, 15))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("lifts", "MOFCOM-2026-12", "附件所列第1项"),  # (compared as 附件/1: bench/accuracy.clause_key)
        ("lifts", "MOFCOM-2026-12", "附件所列第4项"),
    ]


def test_the_window_of_a_point_of_the_same_clause_named_by_its_number() -> None:
    """`该公告其余条款，在本条第（一）项规定的暂停期限内继续暂停实施`: the window point （一） of this clause set."""
    text = (
        "一、自2045年2月11日起，对下列公告的实施作如下安排：\n"
        "（一）商务部 海关总署公告2025年第55号，继续暂停实施，为期6个月。\n"
        "（二）商务部 海关总署公告2025年第57号第三条，自同日起恢复实施；该公告其余条款，在本条第（一）项规定的暂停期限内"
        "继续暂停实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2045, 1, 20))
    assert [(r.relation, r.target_number.notice_id, r.window_from, r.window_until) for r in relations][
        -1
    ] == (
        "suspends",
        "MOFCOM-2025-57",
        dt.date(2045, 2, 11),
        dt.date(2045, 8, 11),
    )


def test_renumbering_and_the_day_of_a_repeal_named_as_a_time_act_on_nothing() -> None:
    """`…”原第八条、第九条依次改为第九条、第十条。` after an added clause moves numbers (the addition is the act), and
    `在废止日期前依据上述公告已经颁发的许可证件，在有效期内继续有效` names the repeal's day as a time — neither acts."""
    text = (
        "2025年11月，商务部以2025年第70号公告暂停实施2025年第55号、第56号公告。现公告如下：\n"
        "一、商务部公告2025年第61号作如下修改：在第七条后增加一条，作为第八条：“八、…。”原第八条、第九条依次改为第九条、"
        "第十条。\n"
        "二、在废止日期前依据上述公告已经颁发的两用物项出口许可证件，在有效期内继续有效。\n"
    )
    relations = extract_relations(text, None, dt.date(2044, 12, 2))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2025-61", "八")
    ]


def test_a_spaced_heading_ends_its_line_and_the_window_in_force_told_is_followed() -> None:
    """The page's spaced heading and number (`不 可 靠 …`, `〔2026〕1285号`) are lines of their own, not the start of the
    history after them; `…自…起继续暂停实施1年，此后…延续暂停，现行暂停期限至2043年11月10日届满` tells the window in force (no
    act), and `自现行暂停期限届满之次日起继续暂停实施1年` follows it; `与本公告第一条规定的暂停期限同时届满` ends with that."""
    text = (
        "不 可 靠 实 体 清 单 工 作 机 制\n公  告\n〔2026〕1285号\n"
        "工作机制于2025年4月4日发布公告（〔2025〕7号），将一批美国实体列入不可靠实体清单并采取相应处理措施。"
        "〔2025〕7号公告规定的处理措施自2025年11月10日起继续暂停实施1年，此后经工作机制决定延续暂停，现行暂停期限至2043年11月"
        "10日届满；〔2025〕3号公告第三项处理措施，经工作机制决定自2043年3月1日起暂停实施，暂停期限至2043年11月30日届满。\n"
        "工作机制决定：\n"
        "一、不可靠实体清单工作机制公告〔2025〕7号规定的处理措施，自现行暂停期限届满之次日起继续暂停实施1年。\n"
        "二、不可靠实体清单工作机制公告〔2025〕9号规定的处理措施，自2044年1月1日起暂停实施，暂停期限与本公告第一条规定的暂停期限"
        "同时届满。\n"
    )
    relations = extract_relations(text, None, dt.date(2043, 3, 1))
    assert [(r.target_number.notice_id, r.window_from, r.window_until) for r in relations] == [
        ("UEL-2025-7", dt.date(2043, 11, 11), dt.date(2044, 11, 11)),
        ("UEL-2025-9", dt.date(2044, 1, 1), dt.date(2044, 11, 11)),
    ]


def test_the_targets_of_an_own_clause_resume_the_day_after_its_window() -> None:
    """`四、本公告第一条所列公告和条款，自暂停期限届满之次日起恢复实施`: each suspension clause 一 made resumes the day after its
    window ends, though the sentence names no notice."""
    text = (
        "一、下列公告或者条款，自2046年4月1日起暂停实施，暂停期限为6个月：\n"
        "（一）商务部 海关总署公告2025年第56号；\n"
        "（二）商务部公告2025年第62号第一条第（二）项。\n"
        "二、本公告第一条所列公告和条款，自暂停期限届满之次日起恢复实施，另有公告的除外。\n"
    )
    relations = extract_relations(text, None, dt.date(2046, 3, 17))
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("suspends", "MOFCOM-2025-56", None, dt.date(2046, 4, 1)),
        ("suspends", "MOFCOM-2025-62", "一/(二)", dt.date(2046, 4, 1)),
        ("resumes", "MOFCOM-2025-56", None, dt.date(2046, 10, 2)),
        ("resumes", "MOFCOM-2025-62", "一/(二)", dt.date(2046, 10, 2)),
    ]


def test_the_maker_of_a_suspension_named_to_say_which_is_no_target() -> None:
    """`…第1137号所列…第61号第一条第（一）项的暂停实施，提前…结束，该项自…起恢复实施` and `对…第21号所列实体暂停实施的措施（…第1308号
    第一条），自…起恢复实施`: No. 1137 and No. 1308 made the suspensions; the act is on what they suspended."""
    text = (
        "一、商务部 海关总署公告2026年第1137号所列商务部公告2025年第61号第一条第（一）项的暂停实施，提前于2046年6月30日结束，"
        "该项自2046年7月1日起恢复实施。\n"
        "二、对商务部公告2025年第21号所列16家美国实体暂停实施的措施（商务部公告2026年第1308号第一条），自2046年11月1日起恢复"
        "实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2046, 6, 20))
    assert {(r.relation, r.target_number.notice_id) for r in relations} == {
        ("resumes", "MOFCOM-2025-61"),
        ("resumes", "MOFCOM-2025-21"),
    }


def test_points_of_points_and_letters_after_a_dotted_point_are_part_of_the_clause() -> None:
    """`删去第一条第（二）项第4目第（2）目` and `第一条第（二）项第1.2.2目a中的“…”` name the entries as the lists path them."""
    text = (
        "二、商务部 海关总署公告2026年第1746号\n（一）删去第一条第（二）项第4目第（2）目。\n"
        "三、将商务部 海关总署公告2025年第10号第一条第（二）项第1.2.2目a中的“直径大于等于120mm”，修改为“直径大于等于100mm”。"
    )
    assert [(r[0], r[1], r[2]) for r in _acts_dated(text)] == [
        ("repeals", "MOFCOM-2026-1746", "一/(二)/4/(2)"),
        ("amends", "MOFCOM-2025-10", "一/(二)/1.2.2/a"),
    ]


def test_an_act_from_the_day_its_target_is_in_force_is_anchored_to_that_day() -> None:
    """`…第1749号第二条第（三）项，自该公告施行之日起不予执行`: never applied; the day is the target's, dated from it."""
    text = "四、商务部 海关总署公告2026年第1749号第二条第（三）项，自该公告施行之日起不予执行。"
    published = dt.date(2027, 6, 24)
    (relation,) = extract_relations(text, None, published)
    assert (relation.relation, relation.clause, relation.window_from) == ("repeals", "二/(三)", published)
    assert relation.anchor is not None and relation.anchor.since == "target_effective"
    target = ReadNotice("t", "MOFCOM-2026-1749", dt.date(2027, 5, 20), (), dt.date(2027, 7, 1))
    (act,) = resolve_anchors([ReadNotice("a", "MOFCOM-2026-1750", published, (act_of(relation),)), target])[
        "a"
    ]
    assert act.window_from == dt.date(2027, 7, 1)


def test_parties_leaving_a_list_are_rows_of_the_annex_that_listed_them() -> None:
    """`将该实体列入…管控名单，同时移出关注名单` after `第1741号公告附件第2项所列…`, `同时移出…第1611号公布的关注名单` and
    `原列入…第28号所附关注名单（第2项），…移出关注名单`: some parties leave a MOFCOM list, an act on the annex that listed
    them; a notice's every party leaving (`…第30号所列14家欧盟实体`) ends the notice's measures whole."""
    text = (
        "商务部于2026年12月16日发布2026年第1741号公告，将5家外国实体列入关注名单。\n"
        "一、第1741号公告附件第2项所列瓦尔纳泰克公司（Varnatek A.Ş.），在列入关注名单后仍向第三方转让两用物项。"
        "自2027年4月1日起，将该实体列入出口管制管控名单，同时移出关注名单。\n"
        "二、将下列2家实体列入出口管制管控名单，其中第1项实体同时移出商务部公告2026年第1611号公布的关注名单。\n"
        "1.卡斯兰工业供应有限责任公司，商务部公告2026年第1611号附件第4项\n"
        "三、甲公司系乙公司的下属机构，原列入商务部公告2026年第28号所附关注名单（第2项），自本公告公布之日起移出关注名单。\n"
        "四、自2027年5月1日起，将商务部公告2026年第30号所列14家欧盟实体移出出口管制管控名单。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 3, 18))
    assert sorted((r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations) == [
        ("lifts", "MOFCOM-2026-1611", "附件", dt.date(2027, 3, 18)),
        ("lifts", "MOFCOM-2026-1741", "附件第2项", dt.date(2027, 4, 1)),
        ("lifts", "MOFCOM-2026-28", "附件", dt.date(2027, 3, 18)),
        ("lifts", "MOFCOM-2026-30", None, dt.date(2027, 5, 1)),
    ]
    # a list the removing notice never says was annexed may have been printed in the body: the act is on the notice
    body_list = "二、决定将上述2家实体列入出口管制管控名单，同时移出商务部公告2026年第1771号公布的关注名单。"
    (relation,) = extract_relations(body_list, None, dt.date(2027, 1, 21))
    assert (relation.relation, relation.target_number.notice_id, relation.clause) == (
        "lifts",
        "MOFCOM-2026-1771",
        None,
    )


def test_measures_a_notice_took_named_after_yiyao_are_acted_on() -> None:
    """`依照〔2025〕10号公告对其采取的处理措施停止实施`: the measures that notice took end — not a legal basis cited;
    `依照〔2025〕10号公告的规定` stays a basis."""
    acting = (
        "二、该企业移出不可靠实体清单；自本公告发布之日起，依照〔2025〕10号公告对其采取的处理措施停止实施。"
    )
    (relation,) = extract_relations(acting, None, dt.date(2027, 6, 17))
    assert (relation.relation, relation.target_number.notice_id) == ("lifts", "UEL-2025-10")
    assert (
        extract_relations(
            "三、依照〔2025〕10号公告的规定，对上述企业停止实施处理措施。", None, dt.date(2027, 6, 17)
        )
        == []
    )


def test_the_consolidated_list_named_by_the_notice_that_published_it_is_its_first_annex() -> None:
    """`…2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》中1C116项的描述，…以本公告第一条为准`: 2024 No. 51
    annexed the list as 附件1; another notice's list named so keeps no clause it does not print."""
    text = (
        "五、商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》中1C116、1C118项的描述，"
        "自本公告公布之日起以本公告第一条为准。\n"
        "六、商务部 海关总署公告2025年第57号公布的《稀土相关物项目录》中第3项的描述，自本公告公布之日起以本公告第二条为准。\n"
    )
    relations = extract_relations(text, None, dt.date(2028, 6, 20))
    assert sorted((r.target_number.notice_id, r.clause) for r in relations) == [
        ("MOFCOM-2024-51", "附件1"),
        ("MOFCOM-2025-57", None),
    ]


def test_the_rest_named_as_provisions_and_a_points_second_sentence_take_their_days() -> None:
    """`本公告第二条第（二）项自公布之日起施行，其余规定自2027年6月1日起施行`: the rest are 规定, not 条; and the second
    sentence on the line of （二） (`（二）删去第一条第（三）项。第一条第（四）项…相应修改为…`) is that point's, in force on
    publication."""
    text = (
        "一、商务部 海关总署公告2024年第21号\n（一）第一条第（二）项第1目中的“甲”修改为“乙”。\n"
        "二、商务部 海关总署公告2026年第1776号\n"
        "（二）删去第一条第（三）项。第一条第（四）项中的“上述（一）至（三）所列物项”，相应修改为“上述（一）、（二）所列物项”。\n"
        "三、本公告第二条第（二）项自公布之日起施行，其余规定自2027年6月1日起施行。\n"
    )
    published = dt.date(2027, 4, 28)
    relations = extract_relations(text, None, published)
    assert sorted((r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in relations) == [
        ("MOFCOM-2024-21", "amends", "一/(二)/1", dt.date(2027, 6, 1)),
        ("MOFCOM-2026-1776", "amends", "一/(四)", published),
        ("MOFCOM-2026-1776", "repeals", "一/(三)", published),
    ]


def test_clauses_in_force_from_another_notices_day_and_a_bare_renumbering() -> None:
    """`本决定第一条、第三条自…第1796号施行之日起施行，第二条自公布之日起施行`: those clauses' acts are anchored to No. 1796's
    day of force, the second's hold from publication; `删去第二条第（四）项第3目，第4目改为第3目` strikes one point, the
    renumbering acts on none."""
    text = (
        "一、对商务部 海关总署公告2025年第56号作如下修改：\n（一）第一条第（二）项修改为：“（二）2B902.b.设备。”\n"
        "二、对商务部 海关总署公告2025年第58号作如下修改：\n（一）删去第二条第（四）项第3目，第4目改为第3目。\n"
        "三、本决定第一条自商务部 海关总署公告2026年第1796号施行之日起施行，第二条自公布之日起施行。\n"
    )
    published = dt.date(2026, 12, 24)
    relations = extract_relations(text, None, published)
    assert sorted((r.target_number.notice_id, r.relation, r.clause) for r in relations) == [
        ("MOFCOM-2025-56", "amends", "一/(二)"),
        ("MOFCOM-2025-58", "repeals", "二/(四)/3"),
    ]
    tied = {r.target_number.notice_id: r.anchor for r in relations}
    assert tied["MOFCOM-2025-56"] is not None and tied["MOFCOM-2025-56"].since == "maker_effective"
    assert (
        tied["MOFCOM-2025-56"].maker is not None
        and tied["MOFCOM-2025-56"].maker.notice_id == "MOFCOM-2026-1796"
    )
    assert tied["MOFCOM-2025-58"] is None


def test_a_window_as_its_own_clauses_and_a_notice_issued_before_told_by_its_day() -> None:
    """`…第62号暂停实施，暂停期限的起止时间与本公告第一条的规定相同`: the window of clause 一; `商务部、海关总署2026年12月10日
    发布的2026年第1801号公告，决定…暂停实施6个月；…` tells what an earlier notice decided and acts on nothing, while
    `2026年2月24日公布的…第12号所列20家日本实体，自…起移出关注名单` names a notice by its day and acts."""
    text = (
        "一、自2026年12月15日起，商务部 海关总署公告2025年第55号暂停实施，暂停期限为6个月。\n"
        "二、商务部公告2025年第62号暂停实施，暂停期限的起止时间与本公告第一条的规定相同。\n"
    )
    relations = extract_relations(text, None, dt.date(2026, 12, 10))
    assert {(r.target_number.notice_id, r.window_from, r.window_until) for r in relations} == {
        ("MOFCOM-2025-55", dt.date(2026, 12, 15), dt.date(2027, 6, 15)),
        ("MOFCOM-2025-62", dt.date(2026, 12, 15), dt.date(2027, 6, 15)),
    }
    told = (
        "商务部、海关总署2026年12月10日发布的2026年第1801号公告，决定对2025年第55号公告暂停实施6个月；"
        "2027年1月14日发布的2026年第1803号公告，将2025年第56号公告的暂停期限延长至2027年6月30日。\n"
        "（三）2026年2月24日公布的商务部公告2026年第12号所列20家日本实体，自2027年7月1日起移出关注名单。\n"
    )
    relations = extract_relations(told, None, dt.date(2027, 6, 10))
    assert [(r.relation, r.target_number.notice_id) for r in relations] == [("lifts", "MOFCOM-2026-12")]


def test_a_clause_that_dates_itself_on_its_own_line() -> None:
    """`二、…更正为“…”。本条所作更正，自本公告公布之日起生效。` beside `一、…自2027年6月1日起施行`: the correction holds from
    publication, not from the later day the notice's other clause prints."""
    text = (
        "一、《目录》限制出口部分新增和修改的条目，按照本公告附件执行，自2027年6月1日起施行。\n"
        "二、商务部 科技部公告2026年第1806号第一条第（一）项中的“0.5米”，更正为“1米”。本条所作更正，自本公告公布之日起生效。\n"
    )
    published = dt.date(2027, 4, 23)
    (relation,) = extract_relations(text, None, published, dt.date(2027, 6, 1))
    assert (relation.target_number.notice_id, relation.clause, relation.window_from) == (
        "MOFCOM-2026-1806",
        "一/(一)",
        published,
    )


def test_the_acts_of_each_attachment_take_the_day_the_body_gives_that_attachment() -> None:
    """`一、…决定予以废止（目录见附件1）。二、…宣布失效（目录见附件2）。三、附件1所列公告和条款，自2027年1月1日起废止；附件2所列
    公告，自本公告公布之日起失效。`: the rows of 附件1 are repealed from 2027-01-01, those of 附件2 lapse on publication."""
    body = (
        "一、对内容已被新的规定代替的1个公告和1个公告中的部分条款，决定予以废止（目录见附件1）。\n"
        "二、对规定的期限已经届满的1个公告，宣布失效（目录见附件2）。\n"
        "三、附件1所列公告和条款，自2027年1月1日起废止；附件2所列公告，自本公告公布之日起失效。\n"
    )
    repealed = (
        "附件1\n序号 | 文号 | 公告名称 | 废止的内容\n1 | 商务部公告2025年第21号 | 公布…的决定 | 全文\n"
        "2 | 商务部 海关总署公告2023年第23号 | 关于对镓、锗相关物项实施出口管制的公告 | 第五条\n"
    )
    lapsed = "附件2\n序号 | 文号 | 公告名称\n1 | 商务部 海关总署公告2025年第70号 | 关于暂停实施…的公告\n"
    published = dt.date(2026, 12, 10)
    acts = attached_targets(body, [("附件1", repealed), ("附件2", lapsed)], None, published, published)
    assert sorted((a.target_number.notice_id, a.clause, a.window_from) for a in acts) == [
        ("MOFCOM-2023-23", "五", dt.date(2027, 1, 1)),
        ("MOFCOM-2025-21", None, dt.date(2027, 1, 1)),
        ("MOFCOM-2025-70", None, published),
    ]


def test_a_whole_notice_replaced_or_its_changes_no_longer_applied_is_repealed() -> None:
    """`本公告自2027年3月1日起施行，代替…第23号`: the earlier notice as a whole no longer applies; `…第57号公布的《目录》和…
    第28号公告公布的《目录》调整内容，不再执行`: 调整内容 is what is ended, not a change made. A clause replaced by one of
    this notice's (`本公告第三条代替…第四款第（一）项`) stays a rewrite."""
    text = (
        "五、本公告自2027年3月1日起施行，代替商务部 海关总署公告2023年第23号。\n"
        "六、本公告施行后，商务部 科技部公告2023年第57号公布的《目录》和2025年第28号公告公布的《目录》调整内容，不再执行。\n"
        "七、本公告第三条代替商务部 海关总署公告2025年第10号第四款第（一）项。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 2, 1), dt.date(2027, 3, 1))
    assert sorted((r.target_number.notice_id, r.relation, r.clause) for r in relations) == [
        ("MOFCOM-2023-23", "repeals", None),
        ("MOFCOM-2023-57", "repeals", None),
        ("MOFCOM-2025-10", "amends", "四/(一)"),
        ("MOFCOM-2025-28", "repeals", None),
    ]


def test_a_row_under_an_intro_takes_the_intros_act_whatever_its_remark_says() -> None:
    """`一、自…第1827号施行之日起，下表所列公告的条款和附件不再执行：` over rows whose 备注 tells why (`…情况说明改为在线填报`)
    or what was done before (`该公告第四条、第五条已由…第1826号公告废止`): each row's clauses stop, nothing else."""
    text = (
        "一、自商务部 海关总署公告2026年第1827号施行之日起，下表所列公告的条款和附件不再执行：\n"
        "序号 | 公告文号 | 不再执行的条款或附件 | 备注\n"
        "1 | 商务部 海关总署公告2024年第33号 | 第二条、第三条 | 该公告第四条、第五条已由2026年第1826号公告废止\n"
        "2 | 商务部公告2025年第62号 | 附件1、附件2 | 第三条所述情况说明改为在申领系统中在线填报\n"
        "二、本公告自发布之日起施行。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 2, 26))
    assert sorted((r.target_number.notice_id, r.relation, r.clause) for r in relations) == [
        ("MOFCOM-2024-33", "repeals", "三"),
        ("MOFCOM-2024-33", "repeals", "二"),
        ("MOFCOM-2025-62", "repeals", "附件1"),
        ("MOFCOM-2025-62", "repeals", "附件2"),
    ]


def test_a_goods_row_of_an_annex_leaving_control_and_a_day_named_then_printed() -> None:
    """`…第1833号公告附件《…清单》第4项（…）不再实施出口管制`: a printed row of goods leaves the list — a partial repeal, not
    measures lifted (rows of a party list, `…附件第10项至第16项所列实体，停止执行相关措施`, stay a lift); `自该条原定实施之日
    （2027年9月1日）起暂缓实施`: from the day printed in the bracket."""
    text = (
        "三、2026年第1833号公告附件《激光器及相关物项出口管制清单》第4项（半导体激光器叠阵）不再实施出口管制。\n"
        "四、商务部 工业和信息化部 海关总署公告2026年第1834号第二条规定的许可要求，自该条原定实施之日（2027年9月1日）起暂缓实施，"
        "恢复实施的时间另行公告。\n"
        "五、商务部公告2025年第21号附件第10项至第16项所列实体，自2029年3月1日起停止执行相关措施。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 6, 25), dt.date(2027, 7, 1))
    got = {(r.target_number.notice_id, r.relation, r.window_from) for r in relations}
    assert got == {
        ("MOFCOM-2026-1833", "repeals", dt.date(2027, 7, 1)),
        ("MOFCOM-2026-1834", "suspends", dt.date(2027, 9, 1)),
        ("MOFCOM-2025-21", "lifts", dt.date(2029, 3, 1)),
    }


def test_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 267–280: a decision on a notice named by its issue day
    acts; goods taken out of a notice's 管制清单 are no lift of its parties; a party named as a row of 该公告附件 keeps
    the annex; measures said to stay (…采取的处理措施不变) are not lifted; every notice this one replaces is repealed,
    while a clause of this one replacing a notice stays an amendment."""
    published = dt.date(2027, 3, 18)
    acted = extract_relations(
        "对商务部、海关总署2025年10月9日发布的2025年第61号公告，决定自本公告公布之日起停止实施。",
        None,
        published,
    )
    assert [(r.relation, r.target_number.notice_id) for r in acted] == [("repeals", "MOFCOM-2025-61")]
    continued = extract_relations(
        "二、对2025年10月9日发布的商务部公告2025年第61号，决定继续暂停实施至2027年11月10日。", None, published
    )
    assert [(r.relation, r.window_until) for r in continued] == [("suspends", dt.date(2027, 11, 10))]
    goods = "二、自本公告发布之日起，将“转子成形芯轴”调出商务部 工业和信息化部 海关总署公告2026年第1192号公布的管制清单。"
    assert all(r.relation != "lifts" for r in extract_relations(goods, None, published))
    row = (
        "商务部于2026年12月16日发布2026年第1741号公告，将5家外国实体列入关注名单。\n"
        "一、自2027年4月1日起，将该公告附件所列甲公司（Alpha Inc.）移出关注名单。"
    )
    assert [(r.relation, r.clause) for r in extract_relations(row, None, published)] == [("lifts", "附件")]
    kept = "二、将乙公司（Beta Inc.）移出不可靠实体清单，依照不可靠实体清单工作机制〔2025〕10号公告对甲公司（Alpha Inc.）采取的处理措施不变。"
    assert extract_relations(kept, None, published) == []
    replaced = extract_relations(
        "五、本公告自2027年3月1日起施行，代替商务部 海关总署公告2023年第23号和2024年第33号。\n"
        "六、本公告第三条规定的许可程序代替商务部 海关总署公告2025年第10号。",
        None,
        dt.date(2027, 2, 1),
        dt.date(2027, 3, 1),
    )
    assert sorted((r.target_number.notice_id, r.relation) for r in replaced) == [
        ("MOFCOM-2023-23", "repeals"),
        ("MOFCOM-2024-33", "repeals"),
        ("MOFCOM-2025-10", "amends"),
    ]


def test_review_an_attachments_day_comes_from_a_sentence_opening_on_its_list() -> None:
    """`附件1所列公告，自本公告施行之日起废止` dates the rows from the notice's day of force; a sentence that only mentions
    the list (`依据附件1所列公告颁发的许可证件，自…起停止使用`) dates nothing of it."""
    table = "附件1\n序号 | 文号 | 名称\n1 | 商务部公告2025年第21号 | 甲\n"
    for body in (
        "一、对2个公告，决定予以废止（目录见附件1）。\n二、附件1所列公告，自本公告施行之日起废止。\n三、本公告自2027年1月1日起施行。",
        "一、附件1所列公告予以废止。\n二、依据附件1所列公告颁发的许可证件，自2027年3月1日起停止使用。\n三、本公告自2027年1月1日起施行。",
    ):
        acts = attached_targets(body, [("附件1", table)], None, dt.date(2026, 12, 10), dt.date(2027, 1, 1))
        assert [(a.target_number.notice_id, a.window_from) for a in acts] == [
            ("MOFCOM-2025-21", dt.date(2027, 1, 1))
        ]


def test_a_semicolon_part_printing_its_own_start_is_not_dated_by_the_part_before() -> None:
    """`…第一条、第二条，自即日起至2028年3月31日，继续暂停实施；该公告第三条，自2027年9月1日起恢复实施`: the resumption's
    ；-part prints its own start, so the window the part before prints for another act does not date it; a
    verbless period after the act's own part (`；暂停期限为1年`) still belongs to it."""
    text = (
        "二、商务部公告2026年第1830号第一条、第二条，自本公告公布之日起至2028年3月31日，继续暂停实施；"
        "该公告第三条，自2027年9月1日起恢复实施。\n"
        "三、商务部公告2026年第1831号第二条，自2027年10月1日起暂停实施；暂停期限为1年。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 6, 20), dt.date(2027, 6, 20))
    got = {
        (r.target_number.notice_id, r.relation, r.clause, r.window_from, r.window_until) for r in relations
    }
    assert got == {
        ("MOFCOM-2026-1830", "suspends", "一", dt.date(2027, 6, 20), dt.date(2028, 3, 31)),
        ("MOFCOM-2026-1830", "suspends", "二", dt.date(2027, 6, 20), dt.date(2028, 3, 31)),
        ("MOFCOM-2026-1830", "resumes", "三", dt.date(2027, 9, 1), None),
        ("MOFCOM-2026-1831", "suspends", "二", dt.date(2027, 10, 1), dt.date(2028, 10, 1)),
    }


def test_a_period_the_same_as_another_notices_is_not_this_notices_last_window() -> None:
    """`…继续暂停实施，暂停期限与商务部公告2026年第1840号的暂停期限相同`: the end is another notice's window, which this
    notice does not print, not the window its own clause before printed; `与本公告第一条规定的期限一致` still is."""
    text = (
        "一、商务部公告2026年第1841号第二条，自本公告公布之日起继续暂停实施，暂停期限延长至2028年1月31日。\n"
        "二、商务部公告2026年第1842号第三条，继续暂停实施，暂停期限与商务部公告2026年第1840号的暂停期限相同。\n"
        "三、商务部公告2026年第1843号第一条，继续暂停实施，暂停期限与本公告第一条规定的期限一致。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 5, 6), dt.date(2027, 5, 6))
    got = {(r.target_number.notice_id, r.window_from, r.window_until) for r in relations}
    assert got == {
        ("MOFCOM-2026-1841", dt.date(2027, 5, 6), dt.date(2028, 1, 31)),
        ("MOFCOM-2026-1842", dt.date(2027, 5, 6), None),
        ("MOFCOM-2026-1843", dt.date(2027, 5, 6), dt.date(2028, 1, 31)),
    }


def test_a_bare_clause_keeps_its_part_named_in_words() -> None:
    """`…第46号第二款中涉及镓、锗相关两用物项的内容，…继续暂停实施；第二款中涉及石墨两用物项的内容，自…起恢复实施`: the bare
    clause after the ；keeps the words naming its part, as the referenced clause before it does."""
    text = (
        "一、商务部公告2024年第46号第二款中涉及镓、锗相关两用物项的内容，自本公告公布之日起继续暂停实施，"
        "暂停期限延长至2028年2月1日；第二款中涉及石墨两用物项的内容，自2027年8月1日起恢复实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 7, 2), dt.date(2027, 7, 2))
    got = {(r.relation, r.clause, r.window_from) for r in relations}
    assert got == {
        ("suspends", "第二款中涉及镓、锗相关两用物项的内容", dt.date(2027, 7, 2)),
        ("resumes", "第二款中涉及石墨两用物项的内容", dt.date(2027, 8, 1)),
    }


def test_notices_left_out_of_this_one_with_their_earlier_decision_holding_are_not_acted_on() -> None:
    """`四、…第56号、第57号的暂停实施事宜，不适用本公告，仍按原有决定执行。`: named only to be left out."""
    text = (
        "二、商务部 海关总署公告2025年第55号，自2027年7月1日起继续暂停实施3个月。\n"
        "四、商务部 海关总署公告2025年第56号、第57号的暂停实施事宜，不适用本公告，仍按原有决定执行。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 6, 20), dt.date(2027, 6, 20))
    assert {(r.target_number.notice_id, r.relation) for r in relations} == {("MOFCOM-2025-55", "suspends")}


def test_notices_told_as_repealed_by_another_notices_coming_into_force_are_not_repealed_again() -> None:
    """`四、…2023年第27号、第28号公告，已随2024年第31号公告的施行而废止，本次不再重复列明。`: told, no act."""
    text = (
        "一、附件所列公告，自本公告公布之日起废止。\n"
        "四、商务部、海关总署、国家国防科工局、中央军委装备发展部2023年第27号、第28号公告，已随2024年第31号公告的施行而废止，"
        "本次不再重复列明。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 3, 15), dt.date(2027, 3, 15))
    assert [r for r in relations if r.target_number and r.target_number.year == 2023] == []


def test_review_a_semicolon_part_printing_the_same_acts_period_still_dates_it() -> None:
    """`…自2027年7月1日起暂停实施；暂停实施期间为2027年7月1日至2027年12月31日。` / `…；上述两条的暂停期限均至…`: a ；-part
    naming the same act prints its window; only a part stating another act (…继续暂停实施；…恢复实施) is set aside."""
    cases = (
        "一、商务部公告2026年第1830号第二条，自2027年7月1日起暂停实施；暂停实施期间为2027年7月1日至2027年12月31日。\n",
        "一、商务部公告2026年第1830号，自2027年7月1日起暂停实施；暂停实施期限至2027年12月31日。\n",
        "一、商务部公告2026年第1830号第二条，自2027年7月1日起继续暂停实施；该条暂停实施至2027年12月31日止。\n",
    )
    for text in cases:
        (relation,) = extract_relations(text, None, dt.date(2027, 6, 20), dt.date(2027, 6, 20))
        assert (relation.window_from, relation.window_until) == (
            dt.date(2027, 7, 1),
            dt.date(2027, 12, 31),
        ), text
    both = (
        "一、商务部公告2026年第1830号第一条，自2027年7月1日起暂停实施；第二条，自2027年8月1日起暂停实施；"
        "上述两条的暂停期限均至2027年12月31日。\n"
    )
    got = {
        (r.clause, r.window_from, r.window_until)
        for r in extract_relations(both, None, dt.date(2027, 6, 20), None)
    }
    assert got == {
        ("一", dt.date(2027, 7, 1), dt.date(2027, 12, 31)),
        ("二", dt.date(2027, 8, 1), dt.date(2027, 12, 31)),
    }


def test_review_a_period_the_same_as_another_notices_this_notice_dated_takes_that_window() -> None:
    """`二、…第1842号第三条，继续暂停实施，暂停期限与…第1841号第二条的暂停期限相同。` after 一 dated 1841's window: that
    window; `与上述第1841号公告第二条同期继续暂停实施` the same, and 1841 is no second target."""
    for second in (
        "二、商务部公告2026年第1842号第三条，继续暂停实施，暂停期限与商务部公告2026年第1841号第二条的暂停期限相同。\n",
        "二、商务部公告2026年第1842号第三条，与上述第1841号公告第二条同期继续暂停实施。\n",
    ):
        text = (
            "一、商务部公告2026年第1841号第二条，自本公告公布之日起继续暂停实施，暂停期限延长至2028年1月31日。\n"
            + second
        )
        relations = extract_relations(text, None, dt.date(2027, 5, 6), dt.date(2027, 5, 6))
        got = sorted((r.target_number.notice_id, r.clause, r.window_from, r.window_until) for r in relations)
        assert got == [
            ("MOFCOM-2026-1841", "二", dt.date(2027, 5, 6), dt.date(2028, 1, 31)),
            ("MOFCOM-2026-1842", "三", dt.date(2027, 5, 6), dt.date(2028, 1, 31)),
        ], second


def test_review_a_notice_told_as_repealed_leaves_the_act_beside_it() -> None:
    """`鉴于…第27号已随2024年第31号公告的施行而废止，…第42号自2027年4月1日起停止执行。`: 27 and 31 are told, 42 is repealed;
    `…第27号已随…而废止；…第42号一并废止。` the same."""
    for text in (
        "二、鉴于商务部公告2023年第27号已随2024年第31号公告的施行而废止，商务部公告2023年第42号自2027年4月1日起停止执行。\n",
        "二、商务部公告2023年第27号已随2024年第31号公告的施行而废止；商务部公告2023年第42号一并废止。\n",
    ):
        relations = extract_relations(text, None, dt.date(2027, 3, 15), dt.date(2027, 3, 15))
        assert {(r.target_number.notice_id, r.relation) for r in relations} == {
            ("MOFCOM-2023-42", "repeals")
        }, text


def test_each_target_takes_its_own_end_from_a_respective_run_of_days() -> None:
    """`…第55号、56号、58号，以及…第61号，自即日起分别继续暂停实施至2027年7月31日、2027年10月31日、2028年1月31日和
    2027年11月10日。`: one end per target in the order printed."""
    text = (
        "经批准，商务部、海关总署公告2025年第55号、56号、58号，以及商务部公告2025年第61号，自即日起分别继续暂停实施至"
        "2027年7月31日、2027年10月31日、2028年1月31日和2027年11月10日。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 1, 20), dt.date(2027, 1, 20))
    assert sorted((r.target_number.notice_id, r.window_until) for r in relations) == [
        ("MOFCOM-2025-55", dt.date(2027, 7, 31)),
        ("MOFCOM-2025-56", dt.date(2027, 10, 31)),
        ("MOFCOM-2025-58", dt.date(2028, 1, 31)),
        ("MOFCOM-2025-61", dt.date(2027, 11, 10)),
    ]


def test_the_time_before_a_repeal_told_as_a_condition_is_no_second_act() -> None:
    """`二、该公告废止前依据该公告颁发的两用物项出口许可证件，在有效期内继续有效。` after `一、…第57号，自2027年7月1日起废止。`:
    one repeal, from the day printed."""
    text = (
        "一、商务部 海关总署公告2025年第57号，自2027年7月1日起废止。\n"
        "二、该公告废止前依据该公告颁发的两用物项出口许可证件，在有效期内继续有效。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 6, 8), dt.date(2027, 6, 8))
    assert [(r.target_number.notice_id, r.relation, r.window_from) for r in relations] == [
        ("MOFCOM-2025-57", "repeals", dt.date(2027, 7, 1))
    ]


def test_a_list_of_repeals_with_a_reason_under_each_row_and_a_notice_left_out() -> None:
    """`一、决定废止下列公告或者其条款：1.…第23号（…）。废止理由：…。2.…第39号（…）。废止理由：同上。…` then `二、…第55号至第58号的
    处理，按照…执行，不列入本次清理范围。三、…上述公告及条款自同日起废止。`: every row repealed from the day of force, the
    reasons act on nothing, and the notices left out are neither repealed nor what 上述公告 names."""
    text = (
        "一、决定废止下列公告或者其条款：\n"
        "1.商务部 海关总署公告2023年第23号（《关于对镓、锗相关物项实施出口管制的公告》）。\n"
        "废止理由：所列物项已纳入《中华人民共和国两用物项出口管制清单》。\n"
        "2.商务部 海关总署公告2023年第39号（《关于优化调整石墨物项临时出口管制措施的公告》）。\n"
        "废止理由：同上。\n"
        "3.商务部 海关总署公告2025年第10号第三条（铋相关物项）。\n"
        "废止理由：该条所列物项已列入清单，不再单独以公告方式管理。\n"
        "二、商务部 海关总署公告2025年第55号至第58号的处理，按照商务部 海关总署公告2026年第1951号执行，不列入本次清理范围。\n"
        "三、本公告自2027年4月1日起施行。上述公告及条款自同日起废止。\n"
    )
    relations = extract_relations(text, None, dt.date(2027, 3, 5), dt.date(2027, 4, 1))
    assert sorted((r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in relations) == [
        ("MOFCOM-2023-23", "repeals", None, dt.date(2027, 4, 1)),
        ("MOFCOM-2023-39", "repeals", None, dt.date(2027, 4, 1)),
        ("MOFCOM-2025-10", "repeals", "三", dt.date(2027, 4, 1)),
    ]


def test_second_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 291–292: `第57号与第58号在上述期限内一并暂停实施` joins two targets
    (与 is no other notice's period); another target's ；-part does not date this act; a told repeal after an acting
    clause leaves it; a date after a comma is no second end of 分别…至; 停止执行前述… acts."""
    day = dt.date(2027, 5, 6)

    def got(text: str) -> set[tuple[str, str | None, dt.date | None, dt.date | None]]:
        return {
            (r.target_number.notice_id, r.clause, r.window_from, r.window_until)
            for r in extract_relations(text, None, day, day)
        }

    joined = (
        "一、商务部 海关总署公告2025年第55号，自本公告公布之日起继续暂停实施，暂停期限延长至2028年1月31日。\n"
        "二、商务部 海关总署公告2025年第57号与第58号在上述期限内一并暂停实施。\n"
    )
    assert {k for k, *_ in got(joined)} == {"MOFCOM-2025-55", "MOFCOM-2025-57", "MOFCOM-2025-58"}
    assert all(until == dt.date(2028, 1, 31) for *_, until in got(joined))
    other = (
        "一、商务部 海关总署公告2025年第55号，自2027年7月1日起暂停实施；商务部 海关总署公告2025年第56号，自2027年8月1日起至"
        "2028年1月31日暂停实施。\n"
    )
    assert got(other) == {
        ("MOFCOM-2025-55", None, dt.date(2027, 7, 1), None),
        ("MOFCOM-2025-56", None, dt.date(2027, 8, 1), dt.date(2028, 1, 31)),
    }
    told_after = "二、商务部公告2023年第42号自2027年4月1日起停止执行，商务部公告2023年第27号已随2024年第31号公告的施行而废止。\n"
    assert {k for k, *_ in got(told_after)} == {"MOFCOM-2023-42"}
    comma = "一、商务部 海关总署公告2025年第55号、第56号规定的措施，分别继续暂停实施至2027年12月31日，2028年1月1日起恢复实施。\n"
    assert {until for *_, until in got(comma) if until} == {dt.date(2027, 12, 31)}
    aforesaid = (
        "二、自2027年7月1日起，停止执行前述商务部 海关总署公告2025年第55号第三条关于出口许可的规定。\n"
    )
    assert {(k, c) for k, c, *_ in got(aforesaid)} == {("MOFCOM-2025-55", "三")}


def test_measures_on_some_parties_of_an_annexed_list_suspended_or_resumed_act_on_the_annex() -> None:
    """`…2026年第11号公告附件所列20家日本实体…` told, then `…对…第11号所列甲株式会社（…）暂停实施相关措施…`: the rows of
    that annex, as a removal of some of its parties is."""
    text = (
        "商务部于2026年2月24日将2026年第11号公告附件所列20家日本实体列入出口管制管控名单。\n"
        "一、自2027年3月1日起至2027年8月31日止，对商务部公告2026年第11号所列三菱重工业株式会社（Mitsubishi Heavy Industries, Ltd.）"
        "暂停实施相关措施。\n"
    )
    (relation,) = extract_relations(text, None, dt.date(2027, 2, 20), dt.date(2027, 2, 20))
    assert (relation.relation, relation.clause, relation.window_until) == (
        "suspends",
        "附件",
        dt.date(2027, 8, 31),
    )


def test_third_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 293: 暂停期限与2025年第55号公告相同 is 55's window as printed here;
    a ；-part naming 该公告第三条 or the same clauses still dates the act; the whole notice's measures (上述实体, a title
    naming 实体) are no annex rows; ends 分别 separated by a comma are still each target's."""
    day = dt.date(2027, 5, 6)

    def got(text: str) -> set[tuple[str, str | None, dt.date | None, dt.date | None]]:
        return {
            (r.target_number.notice_id, r.clause, r.window_from, r.window_until)
            for r in extract_relations(text, None, day, day)
        }

    same = (
        "一、商务部 海关总署公告2025年第55号自2027年6月1日起暂停实施，暂停期限至2027年12月31日。\n"
        "二、商务部 海关总署公告2025年第56号自2027年6月1日起暂停实施，暂停期限至2028年6月30日。\n"
        "三、商务部 海关总署公告2025年第57号暂停实施，暂停期限与2025年第55号公告相同。\n"
    )
    assert ("MOFCOM-2025-57", None, dt.date(2027, 6, 1), dt.date(2027, 12, 31)) in got(same)
    that = (
        "一、自2027年7月1日起，暂停实施商务部 海关总署公告2025年第55号；暂停期间，该公告第三条规定的许可证件继续有效，"
        "暂停期限至2027年12月31日。\n"
    )
    assert got(that) == {("MOFCOM-2025-55", None, dt.date(2027, 7, 1), dt.date(2027, 12, 31))}
    again = "一、商务部 海关总署公告2025年第55号第一条、第二条，自2027年7月1日起暂停实施；第一条、第二条的暂停期限均至2027年12月31日。\n"
    assert got(again) == {
        ("MOFCOM-2025-55", "一", dt.date(2027, 7, 1), dt.date(2027, 12, 31)),
        ("MOFCOM-2025-55", "二", dt.date(2027, 7, 1), dt.date(2027, 12, 31)),
    }
    whole = (
        "2025年1月2日，商务部将2025年第1号公告附件所列28家美国实体列入出口管制管控名单。\n"
        "一、自2027年7月1日起，对上述实体暂停实施商务部公告2025年第1号规定的措施，为期一年。\n"
    )
    assert {clause for _, clause, *_ in got(whole)} == {None}
    comma = "一、商务部 海关总署公告2025年第55号、第56号规定的措施，分别继续暂停实施至2027年7月31日，2027年10月31日。\n"
    assert {(k, until) for k, _, _, until in got(comma)} == {
        ("MOFCOM-2025-55", dt.date(2027, 7, 31)),
        ("MOFCOM-2025-56", dt.date(2027, 10, 31)),
    }


def test_fourth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 294: a ；-part whose subject is 该公告第二条 acts on its own; a
    resumption day after a comma is no second end; parties named in Chinese only act on the annex rows."""
    day = dt.date(2027, 5, 6)
    own = "一、商务部 海关总署公告2025年第55号第一条自2027年7月1日起暂停实施；该公告第二条自2027年10月1日起暂停实施，暂停期限至2028年3月31日。\n"
    assert {(r.clause, r.window_until) for r in extract_relations(own, None, day, day)} == {
        ("一", None),
        ("二", dt.date(2028, 3, 31)),
    }
    resumed = (
        "一、商务部 海关总署公告2025年第55号、第56号规定的措施，分别继续暂停实施，暂停期限均至2027年7月31日，2027年8月1日零时起"
        "恢复实施。\n"
    )
    assert {
        r.window_until for r in extract_relations(resumed, None, day, day) if r.relation == "suspends"
    } == {dt.date(2027, 7, 31)}
    chinese = (
        "商务部于2026年2月24日将2026年第11号公告附件所列20家日本实体列入出口管制管控名单。\n"
        "一、自2027年3月1日起至2027年8月31日止，对商务部公告2026年第11号所列三菱重工业株式会社暂停实施相关措施。\n"
    )
    (relation,) = extract_relations(chinese, None, dt.date(2027, 2, 20), dt.date(2027, 2, 20))
    assert relation.clause == "附件"


def test_changes_taken_into_this_notices_attachment_send_no_reader_there_for_targets() -> None:
    """`二、…第1977号第一条、第二条对原附件1所作的调整已纳入本公告附件，自同日起不再执行。` with an attachment whose note cites
    `…第61号第一条第（一）项`: the two clauses of 1977 stop; the attachment is where their changes went, no list of targets."""
    body = (
        "一、自2027年5月1日起，商务部公告2025年第61号附件1由本公告附件代替。\n"
        "二、商务部公告2026年第1977号第一条、第二条对原附件1所作的调整已纳入本公告附件，自同日起不再执行。\n"
    )
    attachment = "境外相关稀土物项列表\n注：第二部分所列物项的管制条件，适用商务部公告2025年第61号第一条第（一）项的规定。\n"
    found = attached_targets(body, [("附件", attachment)], None, dt.date(2027, 4, 20), dt.date(2027, 5, 1))
    assert found == []


def test_the_original_notices_measures_on_parties_removed_end_on_the_notices_named_before() -> None:
    """`二、将附件2所列3家实体移出出口管制管控名单，原公告对其采取的措施…停止实施。` after a history naming two notices: 原公告 are
    those notices, their measures on the rows of their annexes lifted; `依照原公告的规定申请许可` names no act."""
    body = (
        "商务部于2025年1月2日发布2025年第1号公告，将甲公司等28家美国实体列入出口管制管控名单；"
        "于2026年2月24日发布2026年第11号公告，将乙株式会社等20家日本实体列入出口管制管控名单。\n"
        "商务部决定：\n"
        "一、将附件所列3家实体移出出口管制管控名单，原公告对其采取的措施自本公告公布之日起停止实施。\n"
        "二、出口经营者向其他实体出口两用物项的，仍应当依照原公告的规定申请许可。\n"
    )
    found = extract_relations(body, None, dt.date(2026, 12, 15), dt.date(2026, 12, 15))
    assert sorted(
        (r.relation, r.target_number.number if r.target_number else None, r.clause) for r in found
    ) == [
        ("lifts", 1, "附件"),
        ("lifts", 11, "附件"),
    ]
    assert {r.window_from for r in found} == {dt.date(2026, 12, 15)}


def test_an_attachment_column_sourcing_parties_adds_no_act_on_the_notices_whole() -> None:
    """`对附件1所列4家实体暂停实施上述公告规定的…措施` over a table whose column 原列入公告 names the notices: the body's act is on
    their annexes; the rows only say where each party came from, so no second act on each notice whole."""
    body = (
        "商务部于2025年1月2日发布2025年第1号公告，将甲公司等28家美国实体列入出口管制管控名单。\n"
        "一、自2027年1月1日起，对附件1所列2家实体暂停实施上述公告规定的禁止向其出口两用物项的措施，暂停期限为1年。\n"
    )
    attachment = (
        "附件1\n暂停实施措施的实体名单\n序号 | 实体名称 | 英文名称 | 原列入公告\n"
        "1 | 丙公司 | Bing Inc. | 商务部公告2025年第1号\n2 | 丁公司 | Ding LLC | 商务部公告2025年第1号\n"
    )
    known = extract_relations(body, None, dt.date(2026, 12, 15), dt.date(2026, 12, 15))
    assert [(r.relation, r.clause, r.window_until) for r in known] == [
        ("suspends", "附件", dt.date(2028, 1, 1))
    ]
    assert (
        attached_targets(body, [("附件1", attachment)], None, dt.date(2026, 12, 15), None, tuple(known)) == []
    )


def test_a_window_left_unchanged_in_a_semicolon_part_acts_on_nothing() -> None:
    """`…第五款、第六款提前终止暂停，自…起恢复实施；该公告第一款至第四款的暂停期限不变。`: the two clauses resume; the ；-part saying
    the other four keep their window is no suspension, nor are its clauses the resumption's. A part with a comma in it
    (`；第二款暂停实施，其他规定不变`) still acts."""
    body = (
        "三、商务部、海关总署公告2025年第55号第五款、第六款提前终止暂停，自2027年4月1日起恢复实施；"
        "该公告第一款至第四款的暂停期限不变。\n"
    )
    found = extract_relations(body, None, dt.date(2027, 3, 19), dt.date(2027, 4, 1))
    assert sorted((r.relation, r.clause) for r in found) == [("resumes", "五"), ("resumes", "六")]
    kept = (
        "一、商务部公告2025年第61号第一款自2027年4月1日起恢复实施；第二款自同日起暂停实施，其他规定不变。\n"
    )
    found = extract_relations(kept, None, dt.date(2027, 3, 19), dt.date(2027, 4, 1))
    assert ("suspends", "二") in {(r.relation, r.clause) for r in found}


_FIFTH_REVIEW_HISTORY = "商务部于2025年1月2日发布2025年第1号公告，将通用动力公司等28家美国实体列入出口管制管控名单。\n商务部决定：\n"
_FIFTH_REVIEW_SUSPENSION = "一、自2027年1月1日起，对附件1所列4家实体暂停实施该公告规定的禁止向其出口两用物项的措施，暂停期限为1年。\n"


@pytest.mark.parametrize(
    "second",
    [
        "二、暂停期间，附件1所列实体违反其作出的承诺的，商务部可以恢复实施原公告规定的措施。\n",
        "二、暂停期间，附件1所列实体违反其作出的承诺的，商务部有权恢复实施上述公告规定的措施。\n",
        "二、暂停期间，出口经营者向附件1所列实体出口两用物项的，原公告规定的禁止出口措施不再执行，"
        "应当依照《中华人民共和国两用物项出口管制条例》的有关规定向商务部申请许可。\n",
        "二、原公告对其他实体采取的措施，不因本公告而取消。\n",
    ],
)
def test_fifth_review_what_may_follow_or_holds_while_a_suspension_runs_is_no_act(second: str) -> None:
    """Cases a second reader built against PARSER_VERSION 298: after a suspension of some parties' measures, a
    condition (`…违反承诺的，商务部可以/有权恢复实施…`), what holds while it runs (`暂停期间，…原公告规定的…措施不再执行`)
    and the parties that stay (`原公告对其他实体采取的措施…`) act on nothing — only the suspension is an act."""
    body = _FIFTH_REVIEW_HISTORY + _FIFTH_REVIEW_SUSPENSION + second
    found = extract_relations(body, None, dt.date(2026, 12, 15), dt.date(2026, 12, 15))
    assert [(r.relation, r.clause, r.window_until) for r in found] == [
        ("suspends", "附件", dt.date(2028, 1, 1))
    ]


def test_fifth_review_measures_on_parties_of_an_annex_suspended_by_the_original_notices() -> None:
    """`一、对附件1所列4家实体，自…起暂停实施原公告规定的措施` after a history naming two listing notices: both notices' annexes."""
    body = (
        "商务部于2025年1月2日、2026年2月24日分别发布2025年第1号、2026年第11号公告，将甲公司等28家美国实体、"
        "乙株式会社等20家日本实体列入出口管制管控名单。\n"
        "一、对附件1所列4家实体，自2027年3月1日起暂停实施原公告规定的措施，暂停期限为6个月。\n"
    )
    found = extract_relations(body, None, dt.date(2027, 2, 22), dt.date(2027, 2, 22))
    assert sorted(
        (r.target_number.number if r.target_number else 0, r.clause, r.window_until) for r in found
    ) == [
        (1, "附件", dt.date(2027, 9, 1)),
        (11, "附件", dt.date(2027, 9, 1)),
    ]


def test_fifth_review_ends_and_shared_windows() -> None:
    """分别 ends closed by 止 or a bracket are each target's; `…；该公告第二条同时暂停实施，暂停期限均至…` gives the end to both
    clauses; this notice's own clause in a ；-part (`本公告第三条另有规定的除外`) is no other target."""
    day = dt.date(2027, 5, 6)
    for ends in ("至2027年7月31日、2027年10月31日止。", "至2027年7月31日和2027年10月31日（含当日）。"):
        body = f"一、商务部 海关总署公告2025年第55号、第56号规定的措施，分别继续暂停实施{ends}\n"
        found = extract_relations(body, None, day, day)
        assert [(r.target_number.number if r.target_number else 0, r.window_until) for r in found] == [
            (55, dt.date(2027, 7, 31)),
            (56, dt.date(2027, 10, 31)),
        ]
    body = "一、商务部公告2025年第61号第一条自2027年1月1日起暂停实施；该公告第二条同时暂停实施，暂停期限均至2027年12月31日。\n"
    found = extract_relations(body, None, dt.date(2026, 12, 15), dt.date(2026, 12, 15))
    assert [(r.clause, r.window_until) for r in found] == [
        ("一", dt.date(2027, 12, 31)),
        ("二", dt.date(2027, 12, 31)),
    ]
    body = "一、自2027年1月1日起，商务部 海关总署公告2025年第57号暂停实施；暂停期限至2027年12月31日，本公告第三条另有规定的除外。\n"
    (found,) = extract_relations(body, None, dt.date(2026, 12, 15), dt.date(2026, 12, 15))
    assert (found.clause, found.window_until) == (None, dt.date(2027, 12, 31))


def test_fifth_review_an_attachments_act_on_a_notice_whole_with_its_own_window_is_another_act() -> None:
    """Body `…第52号附件第3项，自本公告公布之日起废止` and `附件所列规范性文件，自2027年1月1日起废止` over an attachment listing
    2006 No. 52: the row goes now, the notice whole on 2027-01-01 — two acts."""
    body = (
        "商务部决定：\n一、商务部 海关总署公告2006年第52号附件第3项，自本公告公布之日起废止。\n"
        "二、附件所列规范性文件，自2027年1月1日起废止。\n"
    )
    attachment = (
        "序号 | 文件名称 | 文号\n1 | 关于发布《放射性同位素出口管制目录》的公告 | 商务部 海关总署公告2006年第52号\n"
        "2 | 关于加强部分两用物项出口管制的公告 | 商务部 海关总署公告2015年第32号\n"
    )
    day = dt.date(2026, 12, 15)
    known = extract_relations(body, None, day, day)
    listed = attached_targets(body, [("附件", attachment)], None, day, day, tuple(known))
    assert [(r.target_number.number if r.target_number else 0, r.clause, r.window_from) for r in listed] == [
        (52, None, dt.date(2027, 1, 1)),
        (32, None, dt.date(2027, 1, 1)),
    ]


def test_acts_on_some_parties_of_a_notice_known_to_annex_them_are_on_its_annex() -> None:
    """2025 No. 21 printed its 16 parties as an attachment (a fact of that notice): an act on 其余13家 of them is on that
    annex; one on as many as it listed (上述16家, 列入…名单的16家美国实体) is on the notice whole."""
    day = dt.date(2027, 3, 10)
    some = "三、商务部公告2025年第21号所列其余13家实体的相关措施，自本公告公布之日起继续暂停实施，至2027年11月10日止。\n"
    (found,) = extract_relations(some, None, day, day)
    assert (found.relation, found.clause, found.window_until) == ("suspends", "附件", dt.date(2027, 11, 10))
    every = (
        "商务部于2025年4月4日发布2025年第21号公告，将16家美国实体列入出口管制管控名单。\n"
        "现决定，自2027年3月10日起，对上述16家实体继续暂停实施相关措施，暂停期限为1年。\n"
    )
    (found,) = extract_relations(every, None, day, day)
    assert (found.relation, found.clause) == ("suspends", None)
    by_day = "五、对2025年4月4日列入出口管制管控名单的16家美国实体（商务部公告2025年第21号），继续暂停实施相关措施6个月。\n"
    (found,) = extract_relations(by_day, None, day, day)
    assert (found.relation, found.clause) == ("suspends", None)


def test_measures_stopped_on_parties_named_with_english_brackets_are_lifted() -> None:
    """`停止实施…第23号对美国实体甲公司（MP Materials Corp.）、乙公司（USA Rare Earth, Inc.）采取的措施，并将上述2家实体移出…`:
    the comma inside an English name breaks no clause, so the measures are lifted (on the annex of 2026 No. 23), not the
    notice repealed; a removal's day named as a time (`自上述实体移出关注名单之日起，…`) is no act."""
    day = dt.date(2027, 9, 14)
    body = (
        "二、自本公告公布之日起，停止实施商务部公告2026年第23号对美国实体芒廷帕斯材料公司（MP Materials Corp.）、"
        "美国稀土公司（USA Rare Earth, Inc.）采取的措施，并将上述2家实体移出出口管制管控名单。\n"
    )
    (found,) = extract_relations(body, None, day, day)
    assert (found.relation, found.target_number and found.target_number.number, found.clause) == (
        "lifts",
        23,
        "附件",
    )
    told = (
        "3.运输机工业株式会社（Yusoki Co., Ltd.）自上述实体移出商务部公告2026年第12号所附关注名单之日起，"
        "出口经营者向其出口两用物项，依照有关规定办理。\n"
    )
    assert extract_relations(told, None, day, day) == []


def test_a_suspension_ended_early_with_its_target_between_resumes_and_a_window_as_it_stood_is_told() -> None:
    """`提前结束…第55号第一条至第四条的暂停实施，…自2028年2月1日起恢复实施`: the four clauses resume;
    `…第62号原定暂停实施至2028年10月31日，现提前结束暂停，自2028年4月1日起恢复实施`: 62 resumes, the window it had is told."""
    day = dt.date(2028, 1, 25)
    body = "一、提前结束商务部、海关总署公告2025年第55号第一条至第四条的暂停实施，上述条款所列物项自2028年2月1日起恢复实施。\n"
    found = extract_relations(body, None, day, day)
    assert [(r.relation, r.clause, r.window_from) for r in found] == [
        ("resumes", c, dt.date(2028, 2, 1)) for c in ("一", "二", "三", "四")
    ]
    body = (
        "一、商务部公告2025年第62号原定暂停实施至2028年10月31日，现提前结束暂停，自2028年4月1日起恢复实施。\n"
    )
    (found,) = extract_relations(body, None, day, day)
    assert (found.relation, found.clause, found.window_from, found.window_until) == (
        "resumes",
        None,
        dt.date(2028, 4, 1),
        None,
    )


def test_an_arrangement_left_unchanged_and_a_remark_naming_another_notice_act_on_nothing() -> None:
    """`二、…第58号暂停实施至2028年3月31日的安排维持不变，本公告不作调整。`: the arrangement named, no suspension; a cleanup row whose
    说明 cell says why (`…该公告第二条所涉…2006年第50号，已由该公告废止`) repeals the row's notice, not the one the remark names."""
    day = dt.date(2027, 11, 26)
    kept = "二、商务部、海关总署公告2025年第58号暂停实施至2028年3月31日的安排维持不变，本公告不作调整。\n"
    assert extract_relations(kept, None, day, day) == []
    body = "一、商务部、海关总署公告2023年第23号等2个公告（见附件1），予以废止。\n"
    attachment = (
        "废止的公告目录\n序号 | 公告文号 | 公告名称 | 说明\n"
        "1 | 商务部 海关总署公告2023年第23号 | 关于对镓、锗相关物项实施出口管制的公告 | 相关物项已纳入清单\n"
        "2 | 商务部 海关总署公告2023年第39号 | 关于优化调整石墨物项临时出口管制措施的公告 | 该公告第二条所涉商务部、"
        "国家国防科工委、海关总署公告2006年第50号，已由该公告废止\n"
    )
    known = extract_relations(body, None, day, day)
    listed = attached_targets(body, [("附件1", attachment)], None, day, day, tuple(known))
    targets = {r.target_number.notice_id for r in known + listed if r.target_number}
    assert targets == {"MOFCOM-2023-23", "MOFCOM-2023-39"}


def test_windows_opened_by_zai_and_a_suspension_to_a_day_then_resumed() -> None:
    """`在2027年1月11日至2027年12月31日期间，暂停实施…` prints both ends; `…第（一）项暂停至2027年3月31日止，暂停期满后自2027年4月1日
    起恢复实施` suspends from this notice's day to its end and resumes after — the resumption's start is no start of the
    suspension, which would make it a window over before it began."""
    day, force = dt.date(2026, 12, 28), dt.date(2027, 1, 11)
    body = "一、在2027年1月11日至2027年12月31日期间，暂停实施商务部公告2025年第61号第一条第（一）项。\n"
    (found,) = extract_relations(body, None, day, force)
    assert (found.window_from, found.window_until) == (dt.date(2027, 1, 11), dt.date(2027, 12, 31))
    body = "三、商务部公告2025年第62号第一条第（一）项暂停至2027年3月31日止，暂停期满后自2027年4月1日起恢复实施。\n"
    found = extract_relations(body, None, day, force)
    assert [(r.relation, r.clause, r.window_from, r.window_until) for r in found] == [
        ("suspends", "一/(一)", force, dt.date(2027, 3, 31)),
        ("resumes", "一/(一)", dt.date(2027, 4, 1), None),
    ]


def test_sixth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 303: 原公告 defined as a short name (（以下简称原公告）) is that notice
    wherever it stands; an extension after 原定暂停实施至… ends on the new day; the annex fact is read from the words about
    each target, and a list of notices (下列公告) or 其他出口管制措施 names no party; a comma inside a bracket that opens a
    clause (（其中，第三条继续暂停实施…）) still separates acts; 均 in a part naming targets of its own gives them alone the end."""
    day = dt.date(2026, 11, 5)
    history = "商务部于2025年4月4日发布2025年第21号公告（以下简称原公告），将16家美国实体列入出口管制管控名单。商务部决定：\n"
    (found,) = extract_relations(
        history + "一、自2026年11月10日起，暂停实施原公告规定的措施，暂停期限为1年。\n", None, day, day
    )
    assert (found.target_number and found.target_number.number, found.clause, found.window_until) == (
        21,
        None,
        dt.date(2027, 11, 10),
    )
    one = history + "一、自本公告公布之日起，对斯凯迪奥公司（Skydio, Inc.）停止实施原公告规定的措施。\n"
    (found,) = extract_relations(one, None, day, day)
    assert (found.relation, found.clause) == ("lifts", "附件")
    day = dt.date(2027, 2, 20)
    (found,) = extract_relations(
        "一、商务部公告2025年第62号原定暂停实施至2027年11月10日，现延期至2028年5月10日。\n", None, day, day
    )
    assert (found.relation, found.window_until) == ("suspends", dt.date(2028, 5, 10))
    listed = "经研究决定，自2027年3月1日起，下列公告暂停实施，暂停期限为1年：\n（一）商务部公告2026年第23号；\n（二）商务部公告2026年第30号。\n"
    assert {r.clause for r in extract_relations(listed, None, day, day)} == {None}
    other = "一、自2027年3月1日起，商务部公告2026年第23号暂停实施，暂停期限为1年，暂停期间，其他出口管制措施照常执行。\n"
    assert {r.clause for r in extract_relations(other, None, day, day)} == {None}
    two = (
        "一、自2027年3月1日起，对商务部公告2026年第23号所列芒廷帕斯材料公司（MP Materials Corp.）暂停实施该公告规定的措施，"
        "商务部公告2026年第30号同时暂停实施，暂停期限均为1年。\n"
    )
    assert {
        (r.target_number.number, r.clause) for r in extract_relations(two, None, day, day) if r.target_number
    } == {
        (23, "附件"),
        (30, None),
    }
    inside = "一、商务部、海关总署公告2025年第58号自2027年5月1日起恢复实施（其中，第三条继续暂停实施至2027年12月31日）。\n"
    assert {(r.relation, r.clause) for r in extract_relations(inside, None, day, day)} == {
        ("resumes", None),
        ("suspends", "三"),
    }
    shared = (
        "一、商务部、海关总署公告2025年第55号自2027年5月1日起暂停实施，恢复实施时间另行公告；"
        "商务部、海关总署公告2025年第56号、第57号自2027年6月1日起暂停实施，暂停期限均至2028年5月31日。\n"
    )
    ends = {
        r.target_number.number: r.window_until
        for r in extract_relations(shared, None, day, day)
        if r.target_number
    }
    assert ends == {55: None, 56: dt.date(2028, 5, 31), 57: dt.date(2028, 5, 31)}
    assert [
        r.relation
        for r in extract_relations(
            "是否提前结束商务部公告2025年第62号的暂停实施，由商务部另行公告。\n", None, day, day
        )
    ] == []


def test_seventh_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 307: a window extended from its printed end (暂停实施至…的期限延长至…)
    ends on the new day; 在…至…期间 inside a clause about applications dates no act; 上述暂停期限均至 gives the end to every
    act before it; 其余…实体 far from its count, 本公告附件所列实体 and parties shared by two targets are annex rows; after a told
    history and 现决定：, each 上述 names the notice the history told."""
    day = dt.date(2026, 11, 5)

    def got(text: str) -> list[tuple[str, int, str | None, dt.date | None]]:
        return [
            (r.relation, r.target_number.number if r.target_number else 0, r.clause, r.window_until)
            for r in extract_relations(text, None, day, day)
        ]

    assert got("一、将商务部公告2025年第58号暂停实施至2028年3月31日的期限延长至2028年12月31日。\n") == [
        ("suspends", 58, None, dt.date(2028, 12, 31))
    ]
    assert got(
        "一、自2026年11月10日起暂停实施商务部公告2025年第61号第一条，对在2025年10月9日至2026年11月9日期间已提交的许可申请，"
        "商务部继续依法审查。\n"
    ) == [("suspends", 61, "一", None)]
    assert got(
        "一、自2026年11月10日起，商务部、海关总署公告2025年第55号第一条继续暂停实施；商务部、海关总署公告2025年第56号第二条继续"
        "暂停实施，上述暂停期限均至2027年11月10日。\n"
    ) == [("suspends", 55, "一", dt.date(2027, 11, 10)), ("suspends", 56, "二", dt.date(2027, 11, 10))]
    assert {
        c
        for _, _, c, _ in got(
            "一、自2026年11月10日起，对商务部公告2025年第21号所列其余仍在出口管制管控名单上的实体，继续暂停实施该公告规定的措施，"
            "暂停期限为1年。\n"
        )
    } == {"附件"}
    assert {
        (n, c)
        for _, n, c, _ in got(
            "一、自2026年11月10日起，暂停实施商务部公告2025年第21号和商务部公告2025年第22号对甲航空公司（Alpha Aviation Inc.）、"
            "乙防务公司（Beta Defense Inc.）采取的出口管制措施，暂停期限为1年。\n"
        )
    } == {(21, "附件"), (22, "附件")}
    day = dt.date(2028, 6, 23)
    told = (
        "四、商务部2025年10月14日公布的《关于对韩华海洋株式会社5家美国相关子公司采取反制措施的决定》（商务部令二〇二五年第6号）"
        "所列反制措施，商务部曾决定自2025年11月10日起暂停实施一年。现决定：\n"
        "（一）对Hanwha Philly Shipyard Inc.，停止实施上述反制措施，并将其移出反制清单；\n"
        "（二）对Hanwha Shipping LLC，自2028年7月1日起暂停实施上述反制措施，为期一年。\n"
    )
    assert [
        (r.relation, r.target_number.series if r.target_number else "")
        for r in extract_relations(told, None, day, day)
    ] == [
        ("lifts", "令"),
        ("suspends", "令"),
    ]


def test_short_names_for_whole_notices_carry_the_clauses_printed_after_them() -> None:
    """Learnt from the 292nd batch: `…公告2025年第58号（以下简称原公告）作如下调整：（一）原公告第一条、第二条，…继续暂停实施` acts on
    both clauses; `…第61号（以下简称61号公告）…；61号公告第一条第（三）项，…恢复实施` on that point; `46号公告第二款中关于石墨两用
    物项的规定` keeps the words naming part of the clause; a short name is never read inside 第1607号公告."""
    day = dt.date(2028, 10, 15)
    body = (
        "一、对商务部、海关总署公告2025年第58号（以下简称原公告）作如下调整：\n"
        "（一）原公告第一条、第二条，自2028年11月11日起继续暂停实施，为期十二个月。\n"
        "二、商务部公告2025年第61号（以下简称61号公告）第一条第（一）项继续暂停实施；61号公告第一条第（三）项，"
        "自2028年11月11日起恢复实施。\n"
    )
    assert [
        (r.relation, r.target_number.number if r.target_number else 0, r.clause)
        for r in extract_relations(body, None, day, day)
    ] == [
        ("suspends", 58, "一"),
        ("suspends", 58, "二"),
        ("suspends", 61, "一/(一)"),
        ("resumes", 61, "一/(三)"),
    ]
    body = (
        "商务部公告2024年第46号（以下简称46号公告）第二款规定的措施此前已暂停实施。\n"
        "一、46号公告第二款中关于石墨两用物项的规定，自2028年12月1日起暂停实施，暂停期限为6个月。\n"
    )
    (found,) = extract_relations(body, None, day, day)
    assert (found.relation, found.clause) == ("suspends", "第二款中关于石墨两用物项的规定")


def test_eighth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 309: a clause's own new end before another clause's extension is
    no former end; 决定在…至…期间 opens a window; 上述措施 after an act on another notice is no longer the told history's;
    该公告两条的暂停期限均至 covers only that notice's clauses."""
    day = dt.date(2026, 11, 5)

    def ends(text: str) -> dict[tuple[int, str | None], dt.date | None]:
        return {
            (r.target_number.number if r.target_number else 0, r.clause): r.window_until
            for r in extract_relations(text, None, day, day)
        }

    assert ends(
        "一、商务部公告2025年第61号第二条规定的措施继续暂停实施至2027年11月10日，第四条的暂停期限延长至2027年12月31日。\n"
    ) == {(61, "二"): dt.date(2027, 11, 10), (61, "四"): dt.date(2027, 12, 31)}
    found = extract_relations(
        "依据有关规定，商务部决定在2026年11月10日至2027年11月10日期间，继续暂停实施商务部公告2025年第61号第二条、第四条规定的措施。\n",
        None,
        day,
        day,
    )
    assert {(r.window_from, r.window_until) for r in found} == {
        (dt.date(2026, 11, 10), dt.date(2027, 11, 10))
    }
    assert ends(
        "一、商务部公告2025年第61号第二条，自2026年11月10日起继续暂停实施，恢复实施时间另行公告；商务部公告2025年第62号第一条、第二条，"
        "自同日起暂停实施，该公告两条的暂停期限均至2027年5月10日。\n"
    ) == {(61, "二"): None, (62, "一"): dt.date(2027, 5, 10), (62, "二"): dt.date(2027, 5, 10)}
    told = (
        "四、…（商务部令二〇二五年第6号）所列反制措施，商务部曾决定自2025年11月10日起暂停实施一年。现决定：\n"
        "（一）对Hanwha Philly Shipyard Inc.，停止实施上述反制措施，并将其移出反制清单；\n"
        "二、商务部公告2026年第30号附件所列第4项德国实体莱茵金属公司（Rheinmetall AG），自2026年12月1日起暂停实施该公告第一条规定的"
        "措施，暂停期限为6个月。\n三、暂停期满后，恢复实施上述措施。\n"
    )
    assert not [
        r
        for r in extract_relations(told, None, day, day)
        if r.relation == "resumes" and r.target_number and r.target_number.series == "令"
    ]


def test_ninth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 312: 企业在…期间已获得的许可 dates no act; an old end right before
    现延长至/延期至 is told, the new one the act's; 两份公告…均 and 各项措施…均 share the window; a clause of a short-named notice
    named for its window (自61号公告第二条规定的暂停期限届满之次日起) is no target."""
    day = dt.date(2026, 11, 5)

    def got(text: str) -> list[tuple[str, int, str | None, dt.date | None]]:
        return [
            (r.relation, r.target_number.number if r.target_number else 0, r.clause, r.window_until)
            for r in extract_relations(text, None, day, day)
        ]

    assert got(
        "一、商务部公告2025年第61号第二条规定的措施，自2026年11月11日起恢复实施；企业在2025年11月10日至2026年11月10日期间已获得的"
        "出口许可，在有效期内继续有效。\n"
    ) == [("resumes", 61, "二", None)]
    for text in (
        "一、商务部公告2025年第61号第二条规定的措施暂停实施至2026年11月10日，现延长至2027年11月10日。\n",
        "一、商务部公告2025年第61号第二条规定的措施暂停实施至2026年11月10日止的期限，延长至2027年11月10日。\n",
    ):
        assert got(text) == [("suspends", 61, "二", dt.date(2027, 11, 10))]
    shared = (
        "一、商务部公告2025年第61号第二条，自2026年11月11日起继续暂停实施；商务部公告2025年第62号，自同日起继续暂停实施，"
        "两份公告的暂停期限均至2027年11月10日。\n"
    )
    assert {until for *_, until in got(shared)} == {dt.date(2027, 11, 10)}
    anchored = (
        "一、商务部公告2025年第61号（以下简称61号公告）第二条继续暂停实施，暂停期限至2027年11月10日。\n"
        "二、自61号公告第二条规定的暂停期限届满之次日起，恢复实施61号公告第一条。\n"
    )
    assert [(rel, clause) for rel, _, clause, _ in got(anchored)] == [("suspends", "二"), ("resumes", "一")]


def test_an_annex_short_named_by_its_notices_short_number_and_clauses_in_force_after_a_comma() -> None:
    """`…决定对第61号公告附件1（以下简称《物项列表》）作如下调整：` names No. 61's annex by a short number the body prints in
    full earlier, so `删去《物项列表》第二部分第5项` repeals and `《物项列表》第二部分第3项修改为：` amends that annex (two rows,
    two acts), and `本公告第一条、第二条，自…第1821号施行之日起执行` anchors those clauses' acts to No. 1821's day of force."""
    text = (
        "2025年10月9日，商务部发布商务部公告2025年第61号。\n"
        "商务部决定对第61号公告附件1（以下简称《物项列表》）作如下调整：\n"
        "一、删去《物项列表》第二部分第5项。\n二、《物项列表》第二部分第3项修改为：\n3.钐靶、钐钴合金靶。\n"
        "三、《物项列表》第一部分第6项（金属钪），自2027年3月1日起暂停实施，暂停期限为6个月。\n"
        "四、本公告第一条、第二条，自商务部 工业和信息化部 海关总署 国家密码局公告2026年第1821号施行之日起执行。\n"
    )
    published = dt.date(2027, 1, 26)
    relations = extract_relations(text, None, published)
    got = sorted(
        (
            r.relation,
            r.target_number.notice_id,
            r.clause,
            r.window_from,
            r.anchor.maker.number if r.anchor and r.anchor.maker else None,
        )
        for r in relations
        if r.target_number
    )
    assert got == [
        ("amends", "MOFCOM-2025-61", "附件1", published, 1821),
        ("repeals", "MOFCOM-2025-61", "附件1", published, 1821),
        ("suspends", "MOFCOM-2025-61", "附件1", dt.date(2027, 3, 1), None),
    ]


def test_notices_repealed_from_the_day_a_list_another_notice_published_is_in_force() -> None:
    """`上述5个公告自修订后的《清单》施行之日起废止（目录见附件1）` after `…纳入…公告2026年第1532号公布的修订后的《中华人民共和国两用
    物项出口管制清单》`: the repeals, of the notices the body names and of those only the attachment lists, hold from No.
    1532's day of force (an anchor), not from this notice's publication."""
    body = (
        "一、商务部 海关总署公告2023年第23号等2个公告所列物项，已全部纳入商务部 工业和信息化部 海关总署 国家密码局公告2026年"
        "第1532号公布的修订后的《中华人民共和国两用物项出口管制清单》。上述2个公告自修订后的《清单》施行之日起废止（目录见附件1）。\n"
        "二、本公告自公布之日起施行。\n附件：1.废止的公告目录\n"
    )
    annex = (
        "废止的公告目录\n序号 | 文号 | 公告名称\n1 | 商务部 海关总署公告2023年第23号 | 关于对镓、锗相关物项实施出口管制的公告\n"
        "2 | 商务部 海关总署公告2023年第39号 | 关于优化调整石墨物项临时出口管制措施的公告\n"
    )
    published = dt.date(2027, 5, 18)
    relations = extract_relations(body, None, published)
    relations += attached_targets(body, [("附件1", annex)], None, published, known=tuple(relations))
    anchored = {
        r.target_number.number: (
            r.relation,
            r.anchor.since if r.anchor else None,
            r.anchor.maker.number if r.anchor and r.anchor.maker else None,
        )
        for r in relations
        if r.target_number
    }
    assert anchored == {23: ("repeals", "maker_effective", 1532), 39: ("repeals", "maker_effective", 1532)}
    # a list whose publisher the body does not print dates nothing
    unnamed = "一、上述公告自修订后的《清单》施行之日起废止：商务部公告2023年第23号。\n"
    assert [r.anchor for r in extract_relations(unnamed, None, published)] == [None]


def test_measures_on_a_party_no_longer_applied_are_lifted() -> None:
    """`…决定将丙公司移出出口管制管控名单，该公告对其采取的措施自本公告公布之日起不再实施`: the measures on a party end (a lift),
    the notice that listed it stays in force."""
    text = (
        "三、商务部公告2026年第2151号将赛博勒克斯公司列入出口管制管控名单后，该公司向商务部提出移出申请。\n"
        "经核查，商务部决定将赛博勒克斯公司移出出口管制管控名单，该公告对其采取的措施自本公告公布之日起不再实施。\n"
    )
    relations = extract_relations(text, None, dt.date(2030, 3, 24))
    assert [(r.relation, r.target_number.number if r.target_number else 0) for r in relations] == [
        ("lifts", 2151)
    ]


def test_tenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 313: 在 after a noun still opens a window (…的措施在…期间暂停实施);
    a window extended through a short name is acted on; 将 of the time to come (…第62号将自…起暂停实施) is no notice's
    deed told; 现均延长至 / 暂停期限延长至 right after an old end give the new end, and 延长至…前已受理申请的… is another
    period; the notice named as the maker of a suspension (…第72号决定暂停实施的…第46号第二款) is no target."""
    day = dt.date(2026, 11, 5)

    def got(text: str) -> list[_WindowAct]:
        return _window_acts(text, day)

    start, end = dt.date(2026, 11, 11), dt.date(2027, 11, 10)
    assert got(
        "一、商务部公告2025年第61号第二条规定的措施在2026年11月11日至2027年11月10日期间暂停实施。\n"
    ) == [("suspends", 61, "二", start, end)]
    extended = (
        "一、商务部公告2025年第61号（以下简称61号公告）第二条暂停实施至2026年11月10日。\n"
        "二、现将61号公告第二条规定的暂停期限延长至2027年11月10日。\n"
    )
    assert ("suspends", 61, "二", day, end) in got(extended)
    assert got("一、商务部公告2025年第62号将自2026年11月11日起暂停实施，暂停期限至2027年11月10日。\n") == [
        ("suspends", 62, None, start, end)
    ]
    for words in ("现均延长至", "现决定延长至", "暂停期限延长至"):
        text = f"一、商务部公告2025年第61号第二条暂停实施至2026年11月10日，{words}2027年11月10日。\n"
        assert got(text) == [("suspends", 61, "二", day, end)], words
    other = (
        "一、商务部公告2025年第61号第二条自2026年11月11日起暂停实施至2027年11月10日，并延长至2027年12月31日前已受理申请的"
        "审查时限。\n"
    )
    assert got(other) == [("suspends", 61, "二", start, end)]
    maker = (
        "商务部公告2025年第72号决定暂停实施的商务部公告2024年第46号第二款，其暂停期限将于2026年11月9日届满。经研究，现将有关"
        "事项公告如下：\n一、上述暂停期限延长至2027年11月9日。\n"
    )
    assert [(rel, number, clause) for rel, number, clause, *_ in got(maker)] == [("suspends", 46, "二")]


def test_an_adjustment_told_done_and_published_in_the_same_sentence_is_this_notices() -> None:
    """`…对《…目录》（…第57号附件）的部分条目作了调整，调整内容见附件，自2030年6月1日起施行。`: the adjustment this notice
    publishes (as when the next sentence publishes it), not an earlier one told."""
    text = (
        "商务部、科技部对《中国禁止出口限制出口技术目录》（商务部 科技部公告2023年第57号附件）的部分条目作了调整，调整内容见附件，"
        "自2030年6月1日起施行。\n"
    )
    relations = extract_relations(text, None, dt.date(2030, 5, 20))
    assert [
        (r.relation, r.target_number.number if r.target_number else 0, r.window_from) for r in relations
    ] == [("amends", 57, dt.date(2030, 6, 1))]
    told = "2029年，商务部、科技部对《中国禁止出口限制出口技术目录》（商务部 科技部公告2023年第57号附件）的部分条目作了调整。\n"
    assert extract_relations(told, None, dt.date(2030, 5, 20)) == []


def test_eleventh_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 316: a notice repealed from the day the list revised by this
    notice is in force keeps this notice's day (the list it published is not the revised one); 将 of a deed told
    (…第70号将暂停实施期限延长至…) is history again; a period things were done in, whatever words stand between 期间 and
    the verb, dates no act and drops none; 在 after a subject opens a window only right before the act."""
    own = parse_notice_number("商务部 海关总署公告2026年第3053号")
    revised = (
        "商务部 海关总署对商务部 海关总署公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》进行了修订。现将有关事项公告如下：\n"
        "一、修订后的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）见附件，自2027年1月1日起施行。\n"
        "二、商务部 海关总署公告2024年第51号自修订后的《清单》施行之日起废止。\n"
    )
    [repeal] = extract_relations(revised, own, dt.date(2026, 11, 20), dt.date(2027, 1, 1))
    assert (repeal.relation, repeal.window_from, repeal.anchor) == ("repeals", dt.date(2027, 1, 1), None)
    day = dt.date(2026, 11, 5)

    def got(text: str, published: dt.date = day) -> list[tuple[str, int, str | None, dt.date | None]]:
        return [act[:4] for act in _window_acts(text, published, own)]

    told = (
        "商务部 海关总署公告2025年第70号将暂停实施期限延长至2026年11月10日。\n"
        "一、商务部 海关总署公告2025年第61号自2026年11月11日起恢复实施。\n"
    )
    assert got(told) == [("resumes", 61, None, dt.date(2026, 11, 11))]
    assert got(
        "一、自2026年11月11日起，恢复实施商务部 海关总署公告2025年第61号，企业在2025年11月10日至2026年11月10日期间依照该公告"
        "申领的出口许可证继续有效。\n"
    ) == [("resumes", 61, None, dt.date(2026, 11, 11))]
    assert got(
        "一、自本公告公布之日起，停止执行商务部 海关总署公告2025年第61号，对在2025年10月9日至2026年1月5日期间按照该公告提交的"
        "出口许可申请，商务部终止审查。\n",
        dt.date(2026, 1, 6),
    ) == [("repeals", 61, None, dt.date(2026, 1, 6))]
    assert got(
        "一、商务部公告2025年第61号第二条规定的措施在2025年11月10日至2026年11月10日期间暂停实施的安排，到期后不再延续，该条自"
        "2026年11月11日起恢复实施。\n"
    ) == [("resumes", 61, "二", dt.date(2026, 11, 11))]


def test_a_window_as_it_now_runs_a_correction_of_a_day_and_the_same_day_printed_before() -> None:
    """`…第58号现行暂停期限至2031年11月10日。` tells the window as it runs (no act); `…第二条中的恢复实施日期“2031年10月1日”有误，
    更正为“2031年11月1日”` corrects that clause (amends), resuming nothing; `…自2031年10月1日起恢复实施；自同日起，该条第（二）项继续
    暂停实施` starts the suspension on the day printed before 同日."""
    day = dt.date(2031, 8, 5)

    def got(text: str) -> list[tuple[str, int, str | None, dt.date | None]]:
        return [act[:4] for act in _window_acts(text, day)]

    told = (
        "商务部、海关总署公告2025年第58号现行暂停期限至2031年11月10日。经国务院批准，现就有关事项公告如下：\n"
        "一、商务部、海关总署公告2025年第58号第一款，自现行暂停期限届满之次日起，继续暂停实施至2032年5月10日。\n"
    )
    assert got(told) == [("suspends", 58, "一", dt.date(2031, 11, 11))]
    corrected = "一、商务部、海关总署公告2026年第2183号第二条中的恢复实施日期“2031年10月1日”有误，更正为“2031年11月1日”。\n"
    assert got(corrected) == [("amends", 2183, "二", day)]
    same = "一、商务部公告2025年第62号第一条第（一）项，自2031年10月1日起恢复实施；自同日起，该条第（二）项继续暂停实施。\n"
    assert got(same) == [
        ("resumes", 62, "一/(一)", dt.date(2031, 10, 1)),
        ("suspends", 62, "一/(二)", dt.date(2031, 10, 1)),
    ]


def test_twelfth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 318: a window as it runs, printed beside an act (…恢复实施…
    （现行暂停期限至…）, 废止…，该公告现行暂停期限至…, 延长…现行暂停期限至…), leaves the act; 同日 re-dates only the acts of
    its own ；-part; 在 opens a window printed without 期间."""
    day = dt.date(2031, 8, 5)

    def got(text: str) -> list[_WindowAct]:
        return _window_acts(text, day)

    assert got(
        "一、自2031年9月1日起，恢复实施商务部公告2025年第62号第二条（现行暂停期限至2031年11月10日）。\n"
    ) == [("resumes", 62, "二", dt.date(2031, 9, 1), None)]
    assert got("一、废止商务部公告2025年第62号，该公告现行暂停期限至2031年11月10日。\n") == [
        ("repeals", 62, None, day, None)
    ]
    assert got("一、延长商务部公告2025年第62号现行暂停期限至2032年11月10日。\n") == [
        ("suspends", 62, None, day, dt.date(2032, 11, 10))
    ]
    assert got("商务部、海关总署公告2025年第58号现行暂停期限至2031年11月10日。\n") == []
    same = (
        "一、商务部公告2025年第61号废止；商务部公告2025年第62号第一条自2031年10月1日起恢复实施；自同日起，该公告第二条继续暂停"
        "实施；该公告第三条自本公告发布之日起废止。\n"
    )
    assert [(rel, number, clause, start) for rel, number, clause, start, _ in got(same)] == [
        ("repeals", 61, None, day),
        ("resumes", 62, "一", dt.date(2031, 10, 1)),
        ("suspends", 62, "二", dt.date(2031, 10, 1)),
        ("repeals", 62, "三", day),
    ]
    assert got("一、商务部公告2025年第62号第二条在2031年11月11日至2032年11月10日暂停实施。\n") == [
        ("suspends", 62, "二", dt.date(2031, 11, 11), dt.date(2032, 11, 10))
    ]


def test_a_cleanup_rows_partial_repeal_takes_the_clauses_its_remark_cell_prints() -> None:
    """`4 | …2024年第21号 | … | 部分条款废止 | 第一条第（一）项` under `…标明“部分条款废止”的，废止“备注”一栏所列条款`: the
    repeal is of that clause, not the notice whole."""
    body = (
        "一、附件所列公告，按照附件“处理意见”一栏分别处理：标明“废止”的，予以废止；标明“部分条款废止”的，废止“备注”一栏所列条款。\n"
        "附件：废止和部分条款废止的公告目录\n"
    )
    annex = (
        "废止和部分条款废止的公告目录\n序号 | 文号 | 名称 | 处理意见 | 备注\n"
        "1 | 商务部 海关总署公告2015年第31号 | 关于加强部分两用物项出口管制的公告 | 废止 |\n"
        "2 | 商务部 海关总署 中央军委装备发展部公告2024年第21号 | 关于对有关物项实施出口管制的公告 | 部分条款废止 | 第一条第（一）项\n"
    )
    day = dt.date(2032, 4, 8)
    relations = extract_relations(body, None, day)
    relations += attached_targets(body, [("附件", annex)], None, day, known=tuple(relations))
    assert sorted((r.relation, r.target_number.number, r.clause) for r in relations if r.target_number) == [
        ("repeals", 21, "一/(一)"),
        ("repeals", 31, None),
    ]


def test_a_remark_cells_clauses_follow_the_ranges_and_exceptions_it_prints() -> None:
    """The remark cell of a clean-up row says which clauses go: ranges and lists of points all (第三条至第五条, 第一条第（一）项、
    第（三）项), a bracket saying why is no clause; a cell with an exception or a clause kept (第三条（第二款除外）,
    …（第三条继续执行）) is not read as the clauses repealed — the row's notice stays the target."""
    body = (
        "一、附件所列公告，按照附件“处理意见”一栏分别处理：标明“废止”的，予以废止；标明“部分条款废止”的，废止“备注”一栏所列条款。\n"
        "附件：目录\n"
    )
    day = dt.date(2031, 8, 5)

    def clauses(remark: str) -> list[str | None]:
        annex = (
            "目录\n序号 | 文号 | 名称 | 处理意见 | 备注\n1 | 商务部 海关总署公告2024年第33号 | 关于对锑等物项实施出口管制的公告 | "
            f"部分条款废止 | {remark}\n"
        )
        found = extract_relations(body, None, day)
        found += attached_targets(body, [("附件", annex)], None, day, known=tuple(found))
        return [r.clause for r in found if r.target_number and r.target_number.number == 33]

    assert clauses("第三条至第五条") == ["三", "四", "五"]
    assert clauses("第一条第（一）项、第（三）项") == ["一/(一)", "一/(三)"]
    assert clauses("第四条（相关物项已在《清单》1C117.b项下管制）") == ["四"]
    # (a bracket names what stays of the clause or which clause stays; its words are no clause repealed)
    assert clauses("第三条（第二款除外）") == ["三"]
    assert clauses("第一条、第二条（第三条继续执行）") == ["一", "二"]
    for why in (
        "（相关物项继续按《清单》管制）",
        "（管制要求不变）",
        "（相关规定已纳入条例，无需保留）",
        "（除锑以外的物项）",
    ):
        assert clauses(f"第三条{why}") == ["三"], why
    assert clauses("第三条第二款、第四条") == ["三", "四"]  # (the article's paragraph, not 第二条)
    assert clauses("除第三条外的其他条款") == [None]


_WindowAct = tuple[str, int, str | None, dt.date | None, dt.date | None]


def _window_acts(text: str, day: dt.date, own: NoticeNumber | None = None) -> list[_WindowAct]:
    """Each act of a body published and in force on `day`: verb, target number, clause and window."""
    return _window_acts_between(text, day, day, own)


def _window_acts_between(
    text: str, published: dt.date, effective: dt.date, own: NoticeNumber | None = None
) -> list[_WindowAct]:
    """Each act of a body published on one day and in force on another: verb, target number, clause and window."""
    return [
        (
            r.relation,
            r.target_number.number if r.target_number else 0,
            r.clause,
            r.window_from,
            r.window_until,
        )
        for r in extract_relations(text, own, published, effective)
    ]


def test_clauses_left_out_or_kept_as_another_notice_set_them_are_not_acted_on() -> None:
    """Learnt from the 310th batch: …第58号第三条…；该公告第一条、第二条不在暂停之列，继续实施 suspends 三 alone; 第七条及其附件2
    are two targets; an extension beside 同时暂停实施的第56号、第57号公告，暂停期限不变 extends 55 alone; 仍按照…第2201号…的规定暂停
    实施 and 继续暂停，暂停期限按照…执行 keep a suspension another notice set; …公告先后暂停实施… is told; a suspension ended by
    repealing what it suspended resumes nothing, and the arrangement that ends with it (…规定的暂停安排随之终止) is no target."""
    day = dt.date(2032, 7, 10)
    assert _window_acts(
        "二、自2032年8月1日起至2032年10月31日，暂停实施商务部、海关总署公告2025年第58号第三条（石墨负极材料相关物项）；该公告第一条、"
        "第二条不在暂停之列，继续实施。\n",
        day,
    ) == [("suspends", 58, "三", dt.date(2032, 8, 1), dt.date(2032, 10, 31))]
    assert [
        clause
        for _, _, clause, _, _ in _window_acts(
            "四、商务部公告2025年第61号第七条及其附件2《合规告知书》指引，自2032年8月1日起暂停适用，暂停期限截至2032年12月31日。\n",
            day,
        )
    ] == ["七", "附件2"]
    assert [
        (number, until)
        for _, number, _, _, until in _window_acts(
            "三、商务部、海关总署公告2025年第55号的暂停期限，由2033年7月31日延长至2034年1月31日；同时暂停实施的第56号、第57号公告，"
            "暂停期限不变。\n",
            day,
        )
    ] == [(55, dt.date(2034, 1, 31))]
    assert [
        (verb, clause)
        for verb, _, clause, _, _ in _window_acts(
            "一、商务部、海关总署公告2025年第57号第一条、第二条，自2033年1月1日起恢复实施；该公告第三条至第五条，仍按照商务部、海关总署"
            "公告2026年第2201号第一条的规定暂停实施。\n三、商务部公告2025年第61号第一条第（二）项提前结束暂停，自2033年1月1日起恢复实施；"
            "该条第（一）项继续暂停，暂停期限按照商务部、海关总署公告2026年第2202号第二条执行。\n",
            day,
        )
    ] == [("resumes", "一"), ("resumes", "二"), ("resumes", "一/(二)")]
    assert [
        (verb, number, clause)
        for verb, number, clause, _, _ in _window_acts(
            "商务部、海关总署2026年第2201号、第2202号公告先后暂停实施上述两份公告的全部或者部分内容，并延长了暂停期限。\n现决定：\n"
            "一、提前终止商务部公告2025年第61号第七条及附件2的暂停适用安排，该公告第七条及附件2自2033年1月1日起废止；商务部、海关总署"
            "公告2026年第2202号第四条规定的暂停安排随之终止。\n",
            day,
        )
    ] == [("repeals", 61, "七"), ("repeals", 61, "附件2")]


def test_told_acts_and_announced_adjustments_learnt_from_the_313th_and_314th_batches() -> None:
    """…措施（…〔2025〕6号），已于2025年11月10日停止实施 is told (and 上述 after it points at the recaps before it too); 相关调整仍按照
    …执行，调整的施行日期不变 acts on nothing; 决定对…第2221号的附件作出调整 announces the acts on its 附件2 and 附件3 below."""
    removal = (
        "工作机制于2025年1月15日发布公告（不可靠实体清单工作机制公告〔2025〕3号），将甲公司等2家美国企业列入不可靠实体清单；于2025年2月"
        "4日发布公告（不可靠实体清单工作机制公告2025年第4号），将乙公司列入不可靠实体清单。2025年3月4日对乙公司采取的处理措施（不可靠"
        "实体清单工作机制公告〔2025〕6号），已于2025年11月10日停止实施。\n工作机制决定将上述3家企业移出不可靠实体清单。\n"
    )
    # (the notice cited in the told sentence's bracket joins what 上述 may point back to — a false lift of 6 here, the
    # price of 上述公告 after such a sentence naming it, see the sixteenth review's test)
    assert {number for _, number, _, _, _ in _window_acts(removal, dt.date(2034, 3, 19))} == {3, 4, 6}
    assert (
        _window_acts(
            "上述序号3、序号5分别涉及商务部 海关总署公告2025年第55号第二条和2025年第10号第一条第（一）项，相关调整仍按照第2221号公告执行，"
            "调整的施行日期不变。\n",
            dt.date(2034, 9, 16),
        )
        == []
    )
    annexes = (
        "商务部、海关总署决定对商务部 海关总署公告2026年第2221号的附件作出调整。现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2026年第2221号附件2填写指引，由本公告附件代替。\n"
        "二、该公告附件3《在履合同情况报送表（格式）》，自本公告施行之日起废止。\n"
    )
    assert [(verb, clause) for verb, _, clause, _, _ in _window_acts(annexes, dt.date(2034, 10, 28))] == [
        ("amends", "附件2"),
        ("repeals", "附件3"),
    ]


def test_fifteenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 323: …第二条，其附件1所列物项除外 acts on 二 alone (其附件 is another
    target only after 及/和); …第55号、第56号先后暂停实施的措施 / …决定暂停实施的措施 are the measures acted on now; 继续暂停，
    暂停期限按照本公告第二条… is this notice's own suspension; a resumption before a later repeal stands; …经…第1181号延长至…，
    其他安排不变 is told; …不属于暂停范围，恢复实施 resumes; a remark's range keeps the clause its bracket excepts."""
    day = dt.date(2032, 7, 10)

    def acts(text: str) -> list[tuple[str, int, str | None, dt.date | None]]:
        return [(verb, number, clause, start) for verb, number, clause, start, _ in _window_acts(text, day)]

    first = dt.date(2032, 8, 1)
    assert acts("一、自2032年8月1日起，暂停实施商务部公告2025年第61号第二条，其附件1所列物项除外。\n") == [
        ("suspends", 61, "二", first)
    ]
    for how in ("先后暂停实施的措施", "决定暂停实施的措施"):
        assert acts(f"一、商务部公告2025年第55号、第56号{how}，自2032年8月1日起恢复实施。\n") == [
            ("resumes", 55, None, first),
            ("resumes", 56, None, first),
        ], how
    assert acts(
        "一、自2032年8月1日起，对商务部公告2025年第61号第三条继续暂停实施，暂停期限按照本公告第二条规定执行。\n"
        "二、暂停期限自2032年8月1日起至2033年7月31日。\n"
    ) == [("suspends", 61, "三", first)]
    assert acts(
        "一、商务部公告2025年第61号第七条自2032年8月1日起恢复实施；该公告第七条自2033年1月1日起废止。\n"
    ) == [("resumes", 61, "七", first), ("repeals", 61, "七", dt.date(2033, 1, 1))]
    assert (
        acts(
            "商务部、海关总署公告2025年第55号的暂停期限经商务部、海关总署公告2026年第1181号延长至2033年7月31日，其他安排不变。\n"
        )
        == []
    )
    assert acts("一、自2032年8月1日起，商务部公告2025年第58号第三条不属于暂停范围，恢复实施。\n") == [
        ("resumes", 58, "三", first)
    ]
    body = "一、附件所列公告，按照附件“处理意见”一栏分别处理：标明“部分条款废止”的，废止“备注”一栏所列条款。\n附件：目录\n"
    annex = (
        "目录\n序号 | 文号 | 名称 | 处理意见 | 备注\n1 | 商务部 海关总署公告2024年第33号 | 关于对锑等物项实施出口管制的公告 | "
        "部分条款废止 | {}\n"
    )
    for remark, clauses in (("第三条至第五条（第四条除外）", ["三", "五"]), ("第二条（第二款除外）", ["二"])):
        found = attached_targets(body, [("附件", annex.format(remark))], None, day)
        assert [r.clause for r in found if r.target_number and r.target_number.number == 33] == clauses, (
            remark
        )


def test_a_notices_own_suspension_period_and_the_notice_that_extended_it() -> None:
    """…第55号暂停实施的期限延长至… is 55's own period extended (55 the target, not the maker of a suspension); …的暂停
    期限，经…第1181号延长至… names 1181 as the one that extended it — told, and no target."""
    day = dt.date(2032, 7, 10)
    assert _window_acts("一、商务部公告2025年第55号暂停实施的期限延长至2034年1月31日。\n", day) == [
        ("suspends", 55, None, day, dt.date(2034, 1, 31))
    ]
    assert (
        _window_acts(
            "商务部、海关总署公告2025年第55号规定的暂停期限，经2026年第1181号公告延长至2033年7月31日。\n", day
        )
        == []
    )


def test_windows_from_each_targets_own_end_and_acts_after_an_end_told() -> None:
    """Learnt from the 319th and 320th batches: …第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日），自
    各自现行暂停期限届满之次日起继续暂停实施6个月 starts each window the day after its own end (…分别…6个月和1年: each its
    own period); …现行暂停期限于…届满后不再延长，该公告恢复实施 resumes (what follows the end is decided here); …第2246号第一条
    为其确定的暂停期限届满之次日起 names 2246 as the window's maker; …第2246号已对…作出调整 is told."""
    day = dt.date(2037, 1, 8)
    assert _window_acts(
        "一、商务部、海关总署公告2025年第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日），自各自现行暂停"
        "期限届满之次日起继续暂停实施6个月。\n",
        day,
    ) == [
        ("suspends", 55, None, dt.date(2037, 2, 1), dt.date(2037, 8, 1)),
        ("suspends", 57, None, dt.date(2037, 3, 1), dt.date(2037, 9, 1)),
    ]
    assert [
        (number, start, until)
        for _, number, _, start, until in _window_acts(
            "四、商务部、海关总署公告2025年第55号（现行暂停期限至2032年11月11日）、第56号（现行暂停期限至2032年5月11日），自各自现行"
            "暂停期限届满之次日起，分别继续暂停实施6个月和1年。\n",
            day,
        )
    ] == [(55, dt.date(2032, 11, 12), dt.date(2033, 5, 12)), (56, dt.date(2032, 5, 12), dt.date(2033, 5, 12))]
    assert [
        (verb, number)
        for verb, number, _, _, _ in _window_acts(
            "二、商务部、海关总署公告2025年第56号的现行暂停期限于2037年1月31日届满后不再延长，该公告恢复实施。\n",
            day,
        )
    ] == [("resumes", 56)]
    later = dt.date(2037, 6, 12)
    assert [
        (verb, number)
        for verb, number, _, _, _ in _window_acts(
            "三、商务部、海关总署公告2025年第57号暂停期满后不再延期，自商务部、海关总署公告2026年第2246号第一条为其确定的暂停期限"
            "届满之次日起恢复实施。\n",
            later,
        )
    ] == [("resumes", 57)]
    assert (
        _window_acts(
            "商务部、海关总署公告2026年第2246号已对同日发布的第55号至第58号公告的暂停实施安排作出调整。\n",
            later,
        )
        == []
    )


def test_sixteenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 324: …第72号决定对相关的实体暂停实施… is told; an act beside a
    clause told as done before stands; …（经…第1181号修订）的暂停期限延长至… extends 55; 继续暂停，暂停期限按照原公告规定执行
    keeps the suspension; 上述公告 after a notice cited in a bracket points at it; 第七条与其附件2 are two targets; …不再恢复
    实施；…废止 resumes nothing."""
    day = dt.date(2032, 7, 10)

    def acts(text: str) -> list[tuple[str, int, str | None]]:
        return [(verb, number, clause) for verb, number, clause, _, _ in _window_acts(text, day)]

    assert acts("商务部公告2025年第72号决定对相关的实体暂停实施处理措施。\n") == []
    # (…该公告第三条已于2031年5月1日停止实施: done before, told beside the act — no act on 三)
    assert acts(
        "一、自2032年8月1日起，恢复实施商务部公告2025年第61号第二条，该公告第三条已于2031年5月1日停止实施。\n"
    ) == [("resumes", 61, "二")]
    assert acts(
        "一、将商务部公告2025年第55号（经商务部公告2026年第1181号修订）的暂停期限延长至2033年7月31日，其他安排不变。\n"
    ) == [("suspends", 55, None)]
    assert acts("一、商务部公告2025年第61号第三条继续暂停实施，暂停期限按照原公告规定执行。\n") == []
    assert acts(
        "对甲公司采取的处理措施（商务部公告〔2025〕6号），已于2031年11月10日停止实施。上述公告自2032年8月1日起废止。\n"
    ) == [("repeals", 6, None)]
    assert acts("一、自2032年8月1日起，暂停实施商务部公告2025年第61号第七条与其附件2。\n") == [
        ("suspends", 61, "七"),
        ("suspends", 61, "附件2"),
    ]
    assert acts(
        "一、商务部公告2025年第61号第七条的暂停实施安排提前终止，不再恢复实施；该公告第七条自2032年8月1日起废止。\n"
    ) == [("repeals", 61, "七")]


def test_seventeenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 325: 各自…届满之次日起 with no end printed keeps the anchor a chain
    dates it by; ends printed per clause (…第58号第一条（现行…）、第二条（现行…）) each date their clause; a bracket without
    现行 (…（暂停期限至…）) is the act's or the history's own end; 暂停期限按照附件所列期限执行 is this notice's window; (…第1181号
    暂停实施的期限届满之次日起 named 1181 the maker until 327 read …号暂停实施的期限 as that notice's own period, the commoner
    reading — see the eighteenth review); …决定予以暂停的措施 are acted on; …继续暂停实施至2037年12月31日
    keeps its printed end, a period after a ； is not the act's, and 各自…恢复实施 resumes from each end."""
    day = dt.date(2037, 1, 8)
    (first, second) = extract_relations(
        "一、商务部、海关总署公告2025年第55号、第57号自各自现行暂停期限届满之次日起继续暂停实施6个月。\n",
        None,
        day,
        day,
    )
    assert first.anchor is not None and second.anchor is not None
    assert _window_acts(
        "一、商务部、海关总署公告2025年第58号第一条（现行暂停期限至2037年1月31日）、第二条（现行暂停期限至2037年3月31日），自各自"
        "现行暂停期限届满之次日起继续暂停实施6个月。\n",
        day,
    ) == [
        ("suspends", 58, "一", dt.date(2037, 2, 1), dt.date(2037, 8, 1)),
        ("suspends", 58, "二", dt.date(2037, 4, 1), dt.date(2037, 10, 1)),
    ]
    assert _window_acts(
        "一、自2037年2月1日起，继续暂停实施商务部公告2025年第61号第二条（暂停期限至2037年7月31日）。\n", day
    ) == [("suspends", 61, "二", dt.date(2037, 2, 1), dt.date(2037, 7, 31))]
    assert [
        verb
        for verb, _, _, _, _ in _window_acts(
            "一、商务部公告2025年第61号第二条继续暂停实施，暂停期限按照附件所列期限执行。\n", day
        )
    ] == ["suspends"]
    assert [
        (verb, number)
        for verb, number, _, _, _ in _window_acts(
            "一、商务部公告2026年第881号决定予以暂停的措施，自2037年2月1日起恢复实施。\n", day
        )
    ] == [("resumes", 881)]
    bracketed = "一、商务部、海关总署公告2025年第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日），"
    assert [
        until
        for _, _, _, _, until in _window_acts(
            bracketed + "自各自现行暂停期限届满之次日起继续暂停实施至2037年12月31日。\n", day
        )
    ] == [dt.date(2037, 12, 31)] * 2
    assert [
        until
        for _, _, _, _, until in _window_acts(
            bracketed
            + "自各自现行暂停期限届满之次日起继续暂停实施6个月；暂停期间，出口经营者应当在出口后30日内报告。\n",
            day,
        )
    ] == [dt.date(2037, 8, 1), dt.date(2037, 9, 1)]
    assert _window_acts(
        "一、商务部、海关总署公告2025年第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日）暂停期满后"
        "不再延长，自各自现行暂停期限届满之次日起恢复实施。\n",
        day,
    ) == [("resumes", 55, None, dt.date(2037, 2, 1), None), ("resumes", 57, None, dt.date(2037, 3, 1), None)]


def test_eighteenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 326: …第61号暂停实施的期限届满后，自…起恢复实施 resumes 61 (its own
    period); brackets without 现行 beside targets then 自各自暂停期限届满之次日起 are each target's end; …已于…停止实施，现予以
    废止 repeals; 暂停期限仍按原期限执行 keeps a suspension; …第55号（…）、56号（…） with the second number bare; 各自… after a
    ； in the same sentence."""
    day = dt.date(2037, 1, 8)

    def acts(text: str) -> list[tuple[str, int, str | None, dt.date | None, dt.date | None]]:
        return _window_acts(text, day)

    assert acts("一、商务部公告2025年第61号暂停实施的期限届满后，自2037年2月1日起恢复实施。\n") == [
        ("resumes", 61, None, dt.date(2037, 2, 1), None)
    ]
    windows = [
        ("suspends", 55, None, dt.date(2037, 2, 1), dt.date(2037, 8, 1)),
        ("suspends", 57, None, dt.date(2037, 3, 1), dt.date(2037, 9, 1)),
    ]
    assert (
        acts(
            "一、商务部、海关总署公告2025年第55号（暂停期限至2037年1月31日）、第57号（暂停期限至2037年2月28日），自各自暂停期限"
            "届满之次日起继续暂停实施6个月。\n"
        )
        == windows
    )
    assert (
        acts(
            "一、商务部、海关总署公告2025年第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日）的暂停期限即将"
            "届满；经研究，自各自现行暂停期限届满之次日起继续暂停实施6个月。\n"
        )
        == windows
    )
    assert [
        number
        for _, number, _, _, _ in acts(
            "一、商务部、海关总署公告2025年第55号（现行暂停期限至2037年1月31日）、56号（现行暂停期限至2037年2月28日），自各自现行暂停"
            "期限届满之次日起继续暂停实施6个月。\n"
        )
    ] == [55, 56]
    assert [
        (verb, clause)
        for verb, _, clause, _, _ in acts(
            "一、商务部公告2025年第61号第三条已于2031年5月1日停止实施，现予以废止。\n"
        )
    ] == [("repeals", "三")]
    assert acts("一、商务部公告2025年第61号第二条继续暂停实施，暂停期限仍按原期限执行。\n") == []


@pytest.mark.parametrize("ended", ["已届满", "已经届满"])
def test_a_clean_up_of_spent_suspensions_repeals_the_notices_of_its_table(ended: str) -> None:
    """Learnt from the 325th batch: 下列公告（条款）所定暂停期限截至2040年7月1日均已届满，相关公告（条款）自2040年7月1日起予以废止：
    then a table of notices — windows said to have ended are told, the act on each row is the repeal (已经届满 as well: a
    second reader's case against PARSER_VERSION 330)."""
    text = (
        f"下列公告（条款）所定暂停期限截至2040年7月1日均{ended}，相关公告（条款）自2040年7月1日起予以废止：\n"
        "序号 | 公告文号 | 公告名称 | 废止范围\n1 | 商务部 海关总署公告2025年第70号 | 公布暂停实施…的决定 | 全文\n"
        "2 | 商务部 海关总署公告2026年第2277号 | 关于恢复实施部分出口管制措施的公告 | 第三条\n"
    )
    assert _window_acts(text, dt.date(2040, 6, 26)) == [
        ("repeals", 70, None, dt.date(2040, 7, 1), None),
        ("repeals", 2277, "三", dt.date(2040, 7, 1), None),
    ]


def test_nineteenth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 328: a clause told as stopped before, then a remark (…，不再另行
    公告) is still told; a plain end bracket in one ；-part is that act's, never a later part's 各自 end; 按照原期限顺延6个月执行 and
    按照附件所列原期限执行 are this notice's windows."""
    day = dt.date(2037, 1, 8)
    assert [
        (verb, clause)
        for verb, _, clause, _, _ in _window_acts(
            "一、自2037年2月1日起，废止商务部公告2025年第61号第一条、第二条，该公告第三条已于2031年5月1日停止实施，不再另行公告。\n",
            day,
        )
    ] == [("repeals", "一"), ("repeals", "二")]
    acts = _window_acts(
        "一、自2037年2月1日起，暂停实施商务部公告2025年第58号第三条（暂停期限至2037年7月31日）；商务部、海关总署公告2025年第55号、"
        "第57号，自各自现行暂停期限届满之次日起继续暂停实施6个月。\n",
        day,
    )
    assert acts[0] == ("suspends", 58, "三", dt.date(2037, 2, 1), dt.date(2037, 7, 31))
    assert all(start != dt.date(2037, 8, 1) for _, _, _, start, _ in acts[1:])
    for window in ("按照原期限顺延6个月执行", "按照附件所列原期限执行"):
        text = f"一、商务部公告2025年第61号第二条继续暂停实施，暂停期限{window}。\n"
        assert [verb for verb, _, _, _, _ in _window_acts(text, day)] == ["suspends"], window


def test_windows_extended_from_their_old_end_and_resumed_after_them() -> None:
    """Learnt from the 332nd batch: …的暂停实施期限原定于2043年10月31日届满，现延长至2044年10月31日 extends (the old end told,
    the act moving it); …的暂停实施期限延长至2044年4月30日；期满后，该公告自2044年5月1日起恢复实施 both extends and resumes (the
    anaphor's act does not replace the first part's)."""
    published, effective = dt.date(2043, 10, 28), dt.date(2043, 11, 1)

    def acts(text: str) -> list[_WindowAct]:
        return _window_acts_between(text, published, effective)

    assert acts(
        "一、商务部公告2025年第61号第一款第(一)项、第(二)项的暂停实施期限原定于2043年10月31日届满，现延长至2044年10月31日。\n"
    ) == [
        ("suspends", 61, "一/(一)", effective, dt.date(2044, 10, 31)),
        ("suspends", 61, "一/(二)", effective, dt.date(2044, 10, 31)),
    ]
    assert acts(
        "四、商务部公告2025年第62号的暂停实施期限延长至2044年4月30日；期满后，该公告自2044年5月1日起恢复实施。\n"
    ) == [
        ("suspends", 62, None, effective, dt.date(2044, 4, 30)),
        ("resumes", 62, None, dt.date(2044, 5, 1), None),
    ]
    # (a window told as over, and a suspension ended early before a comma: no act on the first part)
    assert acts("一、商务部公告2025年第61号的暂停实施期限已于2043年10月31日届满。\n") == []
    assert [
        verb
        for verb, *_ in acts(
            "三、2025年第55号公告的暂停实施提前至2043年11月30日结束，该公告自2043年12月1日起全部恢复实施。\n"
        )
    ] == ["resumes"]


def test_measures_on_a_party_named_with_a_comma_in_its_english_name_are_lifted() -> None:
    """Learnt from the 332nd batch: 〔2025〕6号对因美纳公司（Illumina, Inc.）采取的禁止其…的处理措施，自…起停止实施 lifts the
    measure (the comma inside the English name no longer hides the measures the sentence ends)."""
    day = dt.date(2043, 9, 17)
    assert _window_acts(
        "四、不可靠实体清单工作机制公告〔2025〕6号对因美纳公司（Illumina, Inc.）采取的禁止其向中国出口基因测序仪的处理措施，"
        "自本公告实施之日起停止实施。\n",
        day,
    ) == [("lifts", 6, None, day, None)]


def test_twentieth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 330: a window another notice's attachment sets is that
    notice's (按照…第70号附件1所列期限执行 / 原公告附件2所列期限), not this notice's open one; 按照原期限顺延6个月 runs from the
    window as it stood (an anchor, no end counted from publication); targets printed one per ；-part, each with its end
    in brackets, then 自各自…届满之次日起 start each from its own end (已经届满: see the 325th batch's clean-up test)."""
    day = dt.date(2037, 1, 8)
    for window in (
        "按照商务部 海关总署公告2025年第70号附件1所列期限执行",
        "仍按照原公告附件2所列期限执行",
        "按照该公告附件所列期限执行",
    ):
        text = f"一、商务部公告2025年第61号第二条继续暂停实施，暂停期限{window}。\n"
        assert _window_acts(text, day) == [], window
    extended = extract_relations(
        "一、商务部公告2025年第61号第二条继续暂停实施，暂停期限按照原期限顺延6个月执行。\n", None, day, day
    )
    assert [(r.relation, r.window_until, r.anchor.duration if r.anchor else None) for r in extended] == [
        ("suspends", None, "6个月")
    ]
    assert _window_acts(
        "一、对下列公告：商务部公告2025年第55号（暂停期限至2037年1月31日）；商务部公告2025年第57号（暂停期限至2037年2月28日），"
        "自各自暂停期限届满之次日起继续暂停实施6个月。\n",
        day,
    ) == [
        ("suspends", 55, None, dt.date(2037, 2, 1), dt.date(2037, 8, 1)),
        ("suspends", 57, None, dt.date(2037, 3, 1), dt.date(2037, 9, 1)),
    ]


def test_twenty_first_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 332: 按照原期限顺延6个月 anchors only its own ；-part's act (the
    next part's 暂停实施1年 keeps its end); an old end told then moved (…届满，现延长6个月 / ，现决定予以延长至… / ，经研究，
    现延长至…) extends."""
    published, effective = dt.date(2043, 10, 28), dt.date(2043, 11, 1)

    def acts(text: str) -> list[_WindowAct]:
        return _window_acts_between(text, published, effective)

    assert acts(
        "一、商务部公告2025年第61号第二条继续暂停实施，暂停期限按照原期限顺延6个月执行；商务部公告2025年第62号自本公告发布之日起"
        "暂停实施1年。\n"
    ) == [("suspends", 61, "二", effective, None), ("suspends", 62, None, published, dt.date(2044, 10, 28))]
    lead = "一、商务部公告2025年第61号第一款的暂停实施期限原定于2043年10月31日届满，"
    assert acts(f"{lead}现延长6个月。\n") == [("suspends", 61, "一", effective, dt.date(2044, 5, 1))]
    for moved in ("现决定予以延长至2044年10月31日", "经研究，现延长至2044年10月31日"):
        assert acts(f"{lead}{moved}。\n") == [("suspends", 61, "一", effective, dt.date(2044, 10, 31))], moved


def test_parts_placed_by_lie_wei_and_corrections_dated_from_each_corrected_notice() -> None:
    """Learnt from the 334th batch: a table row adding “（三）…”列为第（三）项 under 第一条 creates 一/(三); 上述更正内容自各原公告
    施行之日起适用 after a table of corrections dates each from its own target's day of force (an anchor)."""
    day = dt.date(2044, 11, 1)
    placed = (
        "一、对下列公告的有关条款作如下调整：\n序号 | 原公告 | 原条款 | 调整方式 | 调整后内容\n"
        "2 | 商务部 海关总署公告2023年第39号 | 第一条 | 增加 | “（三）球化石墨，包括但不限于粉末、颗粒等形态（参考海关商品编号："
        "3801901000）。”列为第（三）项\n"
    )
    assert _window_acts(placed, day) == [("amends", 39, "一/(三)", day, None)]
    corrected = (
        "现对有关内容予以更正，具体如下：\n序号 | 原公告 | 所涉条款 | 修改或者更正内容\n"
        "1 | 商务部 海关总署公告2025年第58号 | 第三条第（二）项 | 管制编码“3C902.b.2.”更正为“3C901.b.2.”\n"
        "2 | 商务部 海关总署公告2025年第10号 | 第一条第（一）项 | 第一目的编号“1.1 .1”更正为“1.1.1”\n"
        "上述更正内容自各原公告施行之日起适用。原公告的其他内容不变。\n本公告自发布之日起施行。\n"
    )
    found = extract_relations(corrected, None, day, day)
    assert [(r.relation, r.target_number.number if r.target_number else 0) for r in found] == [
        ("amends", 58),
        ("amends", 10),
    ]
    assert all(r.anchor is not None and r.anchor.since == "target_effective" for r in found)


def test_twenty_second_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 334: …原定于X届满，现延长1年 runs from the day after X; …届满，并延长
    6个月至… is an extension told (the resumption after it stays); 按照原期限顺延6个月 in a ；-part naming no notice anchors the
    acts of the part before."""

    def acts(text: str, published: dt.date, effective: dt.date) -> list[tuple]:
        return [
            (
                r.relation,
                r.target_number.number if r.target_number else 0,
                r.clause,
                r.window_from,
                r.window_until,
                r.anchor.duration if r.anchor else None,
            )
            for r in extract_relations(text, None, published, effective)
        ]

    day = dt.date(2026, 11, 5)
    assert acts(
        "一、商务部公告2025年第70号的暂停实施期限原定于2026年11月10日届满，现延长1年。\n", day, day
    ) == [("suspends", 70, None, dt.date(2026, 11, 11), dt.date(2027, 11, 11), None)]
    published, effective = dt.date(2043, 10, 28), dt.date(2043, 11, 1)
    told = (
        "一、商务部公告2025年第61号第一款的暂停实施期限原定于2043年4月30日届满，并延长6个月至2043年10月31日。"
        "二、该款自2043年11月1日起恢复实施。\n"
    )
    assert [a[0] for a in acts(told, published, effective)] == ["resumes"]
    both = "一、商务部公告2025年第61号第二条、第62号第一条继续暂停实施；暂停期限均按照原期限顺延6个月执行。\n"
    assert [(a[1], a[4], a[5]) for a in acts(both, published, effective)] == [
        (61, None, "6个月"),
        (62, None, "6个月"),
    ]


def test_the_338th_batchs_history_left_out_clauses_and_items_measures() -> None:
    """Learnt from the 338th batch: …公告2045年第71号最近一次将其延长至… tells what that notice did; …第39号第二条关于取消…第50号所列
    …的规定，不属于本次清理范围 acts on neither; 〔2025〕3号第三项、第四项所列处理措施，自…起停止实施 lifts those items' measures."""
    day = dt.date(2046, 9, 20)
    assert (
        _window_acts(
            "此后上述公告的暂停期限经多次延长，商务部 海关总署公告2045年第71号最近一次将其延长至2046年11月10日。\n",
            day,
        )
        == []
    )
    assert (
        _window_acts(
            "三、商务部 海关总署公告2023年第39号第二条关于取消商务部、国家国防科工委、海关总署公告2006年第50号所列其他物项临时出口管制的"
            "规定，不属于本次清理范围，继续有效。\n",
            day,
        )
        == []
    )
    assert _window_acts(
        "二、不可靠实体清单工作机制公告〔2025〕3号第三项、第四项所列处理措施，自2046年9月20日起停止实施；该公告第一项、第二项所列处理"
        "措施继续实施。\n",
        day,
    ) == [("lifts", 3, "三", day, None), ("lifts", 3, "四", day, None)]


def test_twenty_third_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 336: a reference left out of this round then acted on
    (…第三条，不属于本次暂停范围，自…起恢复实施) resumes; …现延长1年，自本公告发布之日起计算 keeps its printed start; …将于…届满，
    并延长至… extends; an amendment printed after 上述更正内容自各原公告施行之日起适用 is not back-dated."""
    assert _window_acts(
        "二、商务部公告2025年第58号第三条，不属于本次暂停范围，自2046年10月1日起恢复实施。\n",
        dt.date(2046, 9, 1),
    ) == [("resumes", 58, "三", dt.date(2046, 10, 1), None)]
    day = dt.date(2026, 11, 5)
    assert _window_acts(
        "一、商务部公告2025年第70号的暂停实施期限原定于2026年11月10日届满，现延长1年，自本公告发布之日起计算。\n",
        day,
    ) == [("suspends", 70, None, day, dt.date(2027, 11, 5))]
    assert _window_acts(
        "一、商务部公告2025年第70号的暂停实施期限将于2026年11月10日届满，并延长至2027年11月10日。\n", day
    ) == [("suspends", 70, None, day, dt.date(2027, 11, 10))]
    text = (
        "一、下列更正事项：\n序号 | 原公告 | 所涉条款 | 修改或者更正内容\n"
        "1 | 商务部 海关总署公告2025年第58号 | 第三条第（二）项 | 管制编码“3C902.b.2.”更正为“3C901.b.2.”\n"
        "上述更正内容自各原公告施行之日起适用。\n二、将商务部公告2025年第18号第二条中的“稀土”修改为“中重稀土”，自2045年1月1日起施行。\n"
    )
    found = {
        r.target_number.number: r.anchor for r in extract_relations(text, None, day, day) if r.target_number
    }
    assert found[58] is not None and found[18] is None


def test_twenty_fourth_review_of_the_relation_rules_counter_examples() -> None:
    """Cases a second reader built against PARSER_VERSION 337: …，不属于本次清理范围，该公告其余条款自…起废止 acts on the other
    clauses (not on the one kept); …现延长1年，自原期限届满之次日起计算 runs from the old end's next day; a ；-part's own printed
    start leaves another part's told end alone."""
    day = dt.date(2046, 9, 1)
    assert _window_acts(
        "二、商务部公告2025年第39号第二条，不属于本次清理范围，该公告其余条款自2046年10月1日起废止。\n", day
    ) == [("repeals", 39, None, dt.date(2046, 10, 1), None)]
    assert _window_acts(
        "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年，自原期限届满之次日起计算。\n",
        day,
    ) == [("suspends", 70, None, dt.date(2046, 11, 11), dt.date(2047, 11, 11))]
    both = (
        "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年；商务部公告2025年第72号的暂停实施期限延长1年，"
        "自本公告发布之日起计算。\n"
    )
    assert _window_acts(both, day)[0] == ("suspends", 70, None, dt.date(2046, 11, 11), dt.date(2047, 11, 11))


def test_an_extension_keeps_the_start_it_prints() -> None:
    """Cases a second reader built against PARSER_VERSION 341: …原定于…届满，现延长1年 followed by a start of its own
    (自2046年12月1日起计算, 自公告发布之日起计算, 自即日起计算, or 延长期限自…起计算 in the next ；-part) runs from that start, not
    from the old end's next day."""
    day = dt.date(2046, 10, 20)
    head = "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年"
    assert _window_acts(f"{head}，自2046年12月1日起计算。\n", day) == [
        ("suspends", 70, None, dt.date(2046, 12, 1), dt.date(2047, 12, 1))
    ]
    for start in ("，自公告发布之日起计算。", "，自即日起计算。", "；延长期限自本公告发布之日起计算。"):
        assert _window_acts(f"{head}{start}\n", day) == [
            ("suspends", 70, None, day, dt.date(2047, 10, 20))
        ], start


def test_windows_recounted_then_settled_clause_by_clause() -> None:
    """A preamble telling two windows in one sentence (…第55号、58号的暂停期限至2049年1月31日届满，…第61号第一条…的暂停期限至
    2049年3月31日届满) dates each notice's own; …，在原暂停期限届满后顺延6个月 runs from the day after that end to the end moved on;
    第三条按照本公告第一条规定的期限继续暂停实施 takes clause 一's window; …不再延期，自届满之次日起恢复实施 resumes the day after
    the end told."""
    day = dt.date(2049, 1, 6)
    text = (
        "目前，商务部 海关总署公告2025年第55号、58号的暂停期限至2049年1月31日届满，商务部公告2025年第61号第一条第（一）项的"
        "暂停期限至2049年3月31日届满。\n"
        "一、商务部 海关总署公告2025年第55号继续暂停实施，暂停期限自原暂停期限届满之次日起计算，为期6个月。\n"
        "二、商务部 海关总署公告2025年第58号第一条在原暂停期限届满后不再延期，自届满之次日起恢复实施；第三条按照本公告第一条"
        "规定的期限继续暂停实施。\n"
        "三、商务部公告2025年第61号第一条第（一）项，在原暂停期限届满后顺延6个月。\n"
    )
    assert _window_acts(text, day) == [
        ("suspends", 55, None, dt.date(2049, 2, 1), dt.date(2049, 8, 1)),
        ("resumes", 58, "一", dt.date(2049, 2, 1), None),
        ("suspends", 58, "三", dt.date(2049, 2, 1), dt.date(2049, 8, 1)),
        ("suspends", 61, "一/(一)", dt.date(2049, 4, 1), dt.date(2049, 9, 30)),
    ]


def test_an_extension_told_then_one_decided_and_days_named_by_other_acts() -> None:
    """…第2366号已将…的暂停期限顺延至…，现将该公告第一条第（三）项的暂停期限一并延长至同日 acts on （三） only; …与本公告第一条同步
    延长 takes that clause's window; …自该公告第七条恢复实施之日起不再适用 repeals from the day this notice resumes 七 (七 is no
    target of it); …延长至…第61号第一条第（一）项的暂停期限届满之日 ends with that window in force (no act on 61)."""
    day = dt.date(2049, 5, 19)
    text = (
        "商务部公告2025年第61号第二条至第七条的暂停期限至2049年5月31日届满。\n"
        "一、商务部 海关总署公告2026年第2366号已将商务部公告2025年第61号第一条第（一）项的暂停期限顺延至2049年9月30日，"
        "现将该公告第一条第（三）项的暂停期限一并延长至同日。\n"
        "二、商务部公告2025年第61号第二条的暂停实施，与本公告第一条同步延长；第七条在原暂停期限届满后不再延期，自届满之次日起"
        "恢复实施。\n"
        "三、商务部公告2025年第61号所附《合规告知书》指引（附件2），自该公告第七条恢复实施之日起不再适用。\n"
        "四、商务部公告2025年第62号的暂停期限，延长至商务部公告2025年第61号第一条第（一）项的暂停期限届满之日。\n"
    )
    assert _window_acts(text, day) == [
        ("suspends", 61, "一/(三)", day, dt.date(2049, 9, 30)),
        ("suspends", 61, "二", day, dt.date(2049, 9, 30)),
        ("resumes", 61, "七", dt.date(2049, 6, 1), None),
        ("repeals", 61, "所附《合规告知书》指引(附件2)", dt.date(2049, 6, 1), None),
        ("suspends", 62, None, day, None),
    ]
    last = extract_relations(text, None, day, day)[-1]
    assert last.end_anchor is not None and (last.end_anchor.maker.number, last.end_anchor.made_in) == (
        61,
        "一/(一)",
    )


def test_an_extension_counted_from_the_old_end_in_any_words() -> None:
    """Cases a second reader built against PARSER_VERSION 343: a start that names the old end (自原期限届满之次日起, 自原暂停期限
    结束之日起, 自该日的次日起, 自原暂停期限截止之次日起 — in the clause or the next ；-part) runs from the told end's next day; another
    notice's start in the next ；-part (…；第62号的暂停期限自2046年12月1日起计算) is not this one's."""
    day = dt.date(2046, 10, 20)
    head = "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年"
    told = ("suspends", 70, None, dt.date(2046, 11, 11), dt.date(2047, 11, 11))
    for start in (
        "；延长期限自原期限届满之次日起计算。",
        "，自原暂停期限结束之次日起计算。",
        "，自原暂停期限结束之日起计算。",
        "，自该日的次日起计算。",
        "，自原暂停期限截止之次日起计算。",
    ):
        assert _window_acts(f"{head}{start}\n", day) == [told], start
    other = f"{head}；商务部公告2025年第62号的暂停期限自2046年12月1日起计算，为期6个月。\n"
    assert _window_acts(other, day)[0] == told


def test_a_window_ending_named_bare_after_the_target() -> None:
    """…第二款中涉及锑相关两用物项的内容，暂停期限届满后不再延长，自届满次日起恢复实施: the window of the target the clause opened on,
    as the notice told it, ends — the resumption runs from the day after."""
    text = (
        "商务部公告2024年第46号第二款的暂停期限至2053年2月28日届满。\n"
        "二、商务部公告2024年第46号第二款中涉及锑相关两用物项的内容，暂停期限届满后不再延长，自届满次日起恢复实施。\n"
    )
    assert _window_acts(text, dt.date(2053, 2, 12)) == [
        ("resumes", 46, "第二款中涉及锑相关两用物项的内容", dt.date(2053, 3, 1), None)
    ]
    lapsed = (
        "目前，商务部 海关总署公告2025年第57号第一条的暂停期限至2053年7月10日届满。\n"
        "二、商务部 海关总署公告2025年第57号第一条，暂停期满后不再延期，自期满次日起恢复实施。\n"
    )
    assert _window_acts(lapsed, dt.date(2053, 6, 25)) == [("resumes", 57, "一", dt.date(2053, 7, 11), None)]


def test_a_repeal_dated_by_another_notices_resumption_acts_on_nothing_else() -> None:
    """…第56号，自…第57号第四条、第五条恢复实施之日起废止: 56 is repealed; 57's clauses name a day, they are no targets."""
    text = "四、商务部 海关总署公告2025年第56号，自商务部 海关总署公告2025年第57号第四条、第五条恢复实施之日起废止。\n"
    assert [(k, n, c) for k, n, c, _, _ in _window_acts(text, dt.date(2049, 7, 1))] == [("repeals", 56, None)]


def test_third_review_of_told_windows_and_tied_days() -> None:
    """Cases a second reader built against PARSER_VERSION 347: 暂停期满后，商务部将视情况另行公告 borrows no other notice's told
    end; 现将该公告与…第61号的暂停期限一并延长… keeps the notice 该公告 names; …已延长至…，现将… acts only after 现将;
    自本公告发布之次日起计算 is no old end; 自…第57号第四条、第五条恢复实施之日起废止 dates the repeal by that resumption."""
    told = "商务部公告2024年第46号第二款的暂停期限至2053年2月28日届满。\n"
    lapsed = told + "二、暂停实施商务部公告2025年第61号，暂停期满后，商务部将视情况另行公告。\n"
    assert ("suspends", 61, None, dt.date(2053, 2, 12), None) in _window_acts(lapsed, dt.date(2053, 2, 12))
    both = "一、商务部公告2025年第58号的暂停期限已于2049年1月31日届满，现将该公告与商务部公告2025年第61号的暂停期限一并延长至2049年7月31日。\n"
    assert [(k, n) for k, n, *_ in _window_acts(both, dt.date(2049, 1, 20))] == [
        ("suspends", 58),
        ("suspends", 61),
    ]
    extended = (
        "一、商务部公告2025年第58号第一条的暂停期限已延长至2049年7月31日，现将商务部公告2025年第58号第二条、商务部公告2025年"
        "第61号的暂停期限一并延长至同日。\n"
    )
    assert [(n, c) for _, n, c, *_ in _window_acts(extended, dt.date(2049, 1, 20))] == [
        (58, "二"),
        (61, None),
    ]
    own_day = "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年，自本公告发布之次日起计算。\n"
    assert _window_acts(own_day, dt.date(2046, 10, 20))[0][3] != dt.date(2046, 11, 11)
    repeal = (
        "三、商务部 海关总署公告2025年第57号第四条、第五条在原暂停期限届满后不再延期，自2049年8月1日起恢复实施。\n"
        "四、商务部 海关总署公告2025年第56号，自商务部 海关总署公告2025年第57号第四条、第五条恢复实施之日起废止。\n"
    )
    assert _window_acts(repeal, dt.date(2049, 7, 1))[-1] == ("repeals", 56, None, dt.date(2049, 8, 1), None)


def test_points_of_a_decision_in_force_on_their_own_day() -> None:
    """三、本决定第一条第(一)项自2027年5月1日起施行,其余各项自公布之日起施行: the change that point makes is in force on its own day,
    the others on publication."""
    text = (
        "一、对商务部公告2025年第61号作如下修改：\n（一）将第四条第（一）项修改为：\n“（一）研发、生产16纳米及以下逻辑芯片；”\n"
        "（二）删去第六条中的“以及办理专利申请所必需的技术”。\n"
        "三、本决定第一条第（一）项自2027年5月1日起施行，其余各项自公布之日起施行。\n"
    )
    acts = {c: start for _, _, c, start, _ in _window_acts(text, dt.date(2027, 3, 22))}
    assert acts["四/(一)"] == dt.date(2027, 5, 1)
    assert acts["六"] == dt.date(2027, 3, 22)


def test_a_consolidated_edition_acts_on_the_list_not_on_the_notices_that_changed_it() -> None:
    """…附件《…清单》公布后，商务部、海关总署先后发布2026年第2437号、第2438号公告，对清单所列物项作了增列、更正 (told); …对上述清单
    进行了汇总修订 (the list, not those notices); 第2437号、第2438号公告所作的增列、更正均已纳入本公告附件 (told): no act on 2437
    or 2438."""
    text = (
        "商务部 海关总署公告2026年第2436号附件《部分化合物半导体材料相关物项清单》公布后，商务部、海关总署先后发布2026年第2437号、"
        "第2438号公告，对清单所列物项作了增列、更正。\n商务部、海关总署对上述清单进行了汇总修订，形成《部分化合物半导体材料相关物项"
        "清单（2056年版）》（见附件），现予公布，自2056年7月1日起施行。商务部 海关总署公告2026年第2436号附件同时废止。\n"
        "第2437号、第2438号公告所作的增列、更正均已纳入本公告附件。\n"
    )
    assert {n for _, n, *_ in _window_acts(text, dt.date(2056, 6, 26))} == {2436}


def test_fourth_review_of_told_parts_and_old_ends() -> None:
    """Cases a second reader built against PARSER_VERSION 350: …已于…届满，现将…第61号…延长…，该公告其他内容不变 acts on 61 only;
    …已实施满一年，现将上述公告与…第62号…一并延长 acts on all three; 自公告原定暂停期限届满之次日起计算 runs from the old end."""
    day = dt.date(2049, 1, 20)
    other = "一、商务部公告2025年第58号的暂停期限已于2049年1月31日届满，现将商务部公告2025年第61号的暂停期限延长至2049年7月31日，该公告其他内容不变。\n"
    assert [n for _, n, *_ in _window_acts(other, day)] == [61]
    three = "一、商务部公告2025年第58号、第61号规定的管制措施已实施满一年，现将上述公告与商务部公告2025年第62号的暂停期限一并延长至2049年7月31日。\n"
    assert sorted(n for _, n, *_ in _window_acts(three, day)) == [58, 61, 62]
    old_end = "一、商务部公告2025年第70号的暂停实施期限原定于2046年11月10日届满，现延长1年，自公告原定暂停期限届满之次日起计算。\n"
    assert _window_acts(old_end, dt.date(2046, 10, 20))[0][3] == dt.date(2046, 11, 11)


def test_an_act_from_the_day_a_clause_of_another_notice_is_in_force() -> None:
    """三、…第62号，自…第2166号第一条施行之日起废止: the repeal is anchored to the day that clause of 2166 is in force (a reader of
    2166 dates it), not to the notice's own day."""
    text = "三、商务部公告2025年第62号，自商务部 海关总署公告2026年第2166号第一条施行之日起废止。\n"
    act = extract_relations(text, None, dt.date(2030, 12, 23), dt.date(2030, 12, 23))[0]
    assert act.anchor is not None
    assert (act.anchor.maker.number, act.anchor.since, act.anchor.made_in) == (2166, "maker_effective", "一")


def test_an_act_of_a_point_numbered_in_arabic_starts_on_that_points_own_day() -> None:
    """`二、对…第39号第一条作如下修改：1.…2.…3.增加一项，作为第（三）项` with `第二条第1项、第2项自公布之日起施行，第3项自…起
    施行`: the third change is in force on its own later day, the first two on publication."""
    text = (
        "二、对《关于优化调整石墨物项临时出口管制措施的公告》（商务部 海关总署公告2023年第39号）第一条作如下修改：\n"
        "1.第（一）项中的“抗折强度>30MPa”修改为“抗折强度>25MPa”。\n"
        "2.第（二）项参考海关商品编号中的“3824999940”，予以删去。\n"
        "3.增加一项，作为第（三）项：\n“（三）生产本条第（一）项所列人造石墨材料的等静压成型工艺技术。”\n"
        "三、本公告第二条第1项、第2项自公布之日起施行，第3项自2044年9月1日起施行。"
    )
    published = dt.date(2044, 5, 20)
    relations = extract_relations(text, None, published, published)
    assert [(r.target_number.notice_id, r.relation, r.clause, r.window_from) for r in relations] == [
        ("MOFCOM-2023-39", "amends", "一/(一)", published),
        ("MOFCOM-2023-39", "amends", "一/(二)", published),
        ("MOFCOM-2023-39", "amends", "一/(三)", dt.date(2044, 9, 1)),
    ]


def test_an_act_from_the_day_a_run_of_this_notices_clauses_is_in_force_starts_that_day() -> None:
    """`自本公告第一条至第三条施行之日起，该公告废止` with `本公告第一条至第三条…自2027年7月1日起施行，其余各条自公布之日起
    施行`: the repeal waits for the clauses it names, not for publication."""
    text = (
        "一、锂电池相关物项。\n二、正极材料相关物项。\n三、石墨负极材料相关物项。\n"
        "四、本公告第一条至第三条自2027年7月1日起施行，其余各条自公布之日起施行。"
        "本公告第一条至第三条施行前，商务部 海关总署公告2025年第58号继续暂停实施；自本公告第一条至第三条施行之日起，该公告废止。"
    )
    published = dt.date(2026, 12, 10)
    relations = extract_relations(text, None, published, published)
    repeals = [(r.target_number.notice_id, r.window_from) for r in relations if r.relation == "repeals"]
    assert repeals == [("MOFCOM-2025-58", dt.date(2027, 7, 1))]


def test_changes_said_carried_over_then_their_notices_repealed() -> None:
    """Cases a second reader built against PARSER_VERSION 354: `…第2437号、第2438号所作的调整均已纳入本公告附件，上述公告
    自本公告施行之日起废止` and `…先后发布第2437号、第2438号公告，对…作了增列、更正，现决定将上述公告废止` repeal those notices
    (what they did is told, the repeal is this notice's); the notice whose list was published first names a time only."""
    published = dt.date(2056, 9, 1)
    for text in (
        "二、商务部 海关总署公告2026年第2437号、第2438号所作的调整均已纳入本公告附件，上述公告自本公告施行之日起废止。",
        "商务部 海关总署公告2026年第2436号附件《部分化合物半导体材料相关物项清单》公布后，商务部、海关总署先后发布2026年"
        "第2437号、第2438号公告，对清单所列物项作了增列、更正，现决定将上述公告废止。",
    ):
        relations = extract_relations(text, None, published, published)
        assert [(r.relation, r.target_number.notice_id) for r in relations] == [
            ("repeals", "MOFCOM-2026-2437"),
            ("repeals", "MOFCOM-2026-2438"),
        ], text
    told = "商务部 海关总署公告2026年第2437号、第2438号所作的增列、更正和调整均已纳入本公告附件。"
    assert extract_relations(told, None, published, published) == []


def test_now_decided_after_a_comma_acts_on_the_notice_the_told_part_named_last() -> None:
    """`…第56号规定的措施已于…停止实施，…第58号的暂停期限已于…届满，现决定，该公告的暂停期限延长至…`: 该公告 is No. 58; No. 56
    is told, not repealed."""
    text = (
        "一、商务部公告2025年第56号规定的措施已于2048年11月10日停止实施，商务部公告2025年第58号的暂停期限已于2049年1月31日"
        "届满，现决定，该公告的暂停期限延长至2049年7月31日。"
    )
    relations = extract_relations(text, None, dt.date(2049, 1, 20))
    assert [(r.relation, r.target_number.notice_id, r.window_until) for r in relations] == [
        ("suspends", "MOFCOM-2025-58", dt.date(2049, 7, 31))
    ]


def test_clauses_not_named_by_a_sentence_of_exceptions_keep_the_notices_printed_day() -> None:
    """`本公告自2040年4月1日起施行。第一条第（二）项…所作修改，自公布之日起施行。`: the notice is in force in part on publication, the
    changes of the points not named from the printed day."""
    text = (
        "一、对商务部 海关总署公告2023年第23号作如下修改：\n"
        "（一）在第二款第（五）项后增加一项，作为第（六）项，即：“（六）出口经营者建立出口管制内部合规制度情况的说明。”\n"
        "（二）将第五款中的“两用物项和技术进出口许可证管理办法”修改为“两用物项出口管制条例”。\n"
        "三、本公告自2040年4月1日起施行。第一条第（二）项所作修改，自公布之日起施行。"
    )
    published = dt.date(2040, 2, 20)
    relations = extract_relations(text, None, published, published)
    assert [(r.clause, r.window_from) for r in relations] == [
        ("二/(六)", dt.date(2040, 4, 1)),
        ("五", published),
    ]


def test_a_clause_excepted_after_the_act_is_not_its_target() -> None:
    """`…继续暂停实施至2058年12月31日，该公告第三条除外` / `…，但该公告第二条除外`: the notice is suspended, the excepted clause is
    not what is acted on."""
    published = dt.date(2058, 3, 2)
    for text in (
        "三、商务部、海关总署公告2025年第58号继续暂停实施至2058年12月31日，该公告第三条除外。",
        "二、商务部公告2025年第61号的暂停期限，在原暂停期限届满后顺延至2059年3月31日，但该公告第二条除外。",
        "二、商务部公告2025年第61号暂停实施至2058年9月30日，该公告第二条、第三条除外。",
    ):
        relations = extract_relations(text, None, published, published)
        assert [(r.relation, r.clause) for r in relations] == [("suspends", None)], text


def test_an_act_from_the_day_after_a_window_another_clause_of_this_notice_set() -> None:
    """`二、…第61号第一条第（一）项，自本公告发布之日起暂停实施6个月。三、本公告第二条规定的暂停期限届满之次日起，…恢复实施。`:
    the resumption is the day after clause 二's window ends; `自前款所述期限届满之次日起` names the clause before."""
    published = dt.date(2031, 9, 10)
    text = (
        "二、商务部公告2025年第61号第一条第（一）项，自本公告发布之日起暂停实施6个月。\n"
        "三、本公告第二条规定的暂停期限届满之次日起，商务部公告2025年第61号第一条第（一）项恢复实施。"
    )
    relations = extract_relations(text, None, published, published)
    assert [(r.relation, r.window_from, r.window_until) for r in relations] == [
        ("suspends", published, dt.date(2032, 3, 10)),
        ("resumes", dt.date(2032, 3, 11), None),
    ]
    previous = (
        "三、商务部公告2025年第62号第五条，继续暂停实施至2046年8月12日。\n"
        "四、商务部公告2025年第62号第七条，自前款所述期限届满之次日起恢复实施，不再延续。"
    )
    relations = extract_relations(previous, None, dt.date(2046, 4, 20), dt.date(2046, 4, 20))
    assert [(r.relation, r.clause, r.window_from) for r in relations][-1] == (
        "resumes",
        "七",
        dt.date(2046, 8, 13),
    )


def test_only_the_part_naming_another_clauses_window_starts_after_it() -> None:
    """`…除本公告第一条第（三）项所列条款外，自本公告施行之日起恢复实施；该条款自本公告第一条规定的暂停期限届满之次日起恢复
    实施`: the first part resumes on the notice's day, only the second the day after clause 一's window."""
    published = dt.date(2026, 10, 28)
    text = (
        "一、2025年第57号公告继续暂停实施至2027年5月11日。\n"
        "四、2025年第58号公告除本公告第一条第（三）项所列条款外，自本公告施行之日起恢复实施；该条款自本公告第一条规定的"
        "暂停期限届满之次日起恢复实施。"
    )
    relations = extract_relations(text, None, published, published)
    assert [(r.relation, r.target_number.number, r.window_from) for r in relations][1:] == [
        ("resumes", 58, published)
    ]


def test_an_amendment_whose_table_prints_the_days_of_force_is_one_act_per_day() -> None:
    """`一、《…清单》（…2024年第51号附件1）中下列条目，按照下表调整：` over rows with a 施行日期 column, and `第一条所列调整自表中
    载明的日期起施行`: one amendment on each printed day, none on publication; a row naming its own act keeps its own day."""
    body = (
        "一、《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1）中下列"
        "条目，按照下表调整：\n序号 | 编码 | 调整内容 | 施行日期\n"
        "1 | 1C226 | 所列物项的内径范围由“100毫米至300毫米”调整为“75毫米至400毫米” | 2030年2月1日\n"
        "2 | 1C241 | 铼合金的重量比例由“90%”调整为“85%” | 2030年2月1日\n"
        "3 | 2B226 | 感应炉专用电源的额定输出功率由“5千瓦”调整为“3千瓦” | 2030年5月1日\n"
        "二、本公告自公布之日起施行，第一条所列调整自表中载明的日期起施行。"
    )
    published = dt.date(2029, 12, 14)
    page = _page(body, "商务部 海关总署公告2026年第1575号", published, published, "on_publication")
    relations = extract_notice(page).relations
    assert [(r.relation, r.target_number.notice_id, r.clause, r.window_from) for r in relations] == [
        ("amends", "MOFCOM-2024-51", "附件1", dt.date(2030, 2, 1)),
        ("amends", "MOFCOM-2024-51", "附件1", dt.date(2030, 5, 1)),
    ]


def test_cases_a_second_reader_built_against_parser_version_359() -> None:
    """The day after another clause's window is that of the act's own target when the clause set several (…第61号…至
    2032年3月10日；…第62号…至2033年6月30日); a clause excepted with what it lists or sets (该公告第三条所列物项除外 /
    但该公告第三条、第四条规定的措施除外) is not the target either."""
    published = dt.date(2031, 9, 10)
    text = (
        "二、商务部公告2025年第61号第一条第（一）项暂停实施至2032年3月10日；商务部公告2025年第62号暂停实施至2033年6月30日。\n"
        "三、本公告第二条规定的暂停期限届满之次日起，商务部公告2025年第61号第一条第（一）项恢复实施。"
    )
    relations = extract_relations(text, None, published, published)
    assert [(r.relation, r.target_number.number, r.window_from) for r in relations][-1] == (
        "resumes",
        61,
        dt.date(2032, 3, 11),
    )
    for text in (
        "三、商务部、海关总署公告2025年第58号继续暂停实施至2058年12月31日，该公告第三条所列物项除外。",
        "三、商务部、海关总署公告2025年第58号继续暂停实施至2058年12月31日，但该公告第三条、第四条规定的措施除外。",
    ):
        relations = extract_relations(text, None, dt.date(2058, 3, 2), dt.date(2058, 3, 2))
        assert [(r.relation, r.clause) for r in relations] == [("suspends", None)], text


def test_cases_a_second_reader_built_against_parser_version_361() -> None:
    """A row of the days column in force on publication keeps an act on publication; only the clause the days sentence
    names is split (another clause's 见附件 keeps its own day); the day after another clause's window holds whoever's the
    window; 该公告第四条中的除外情形同时废止 names no exception."""
    published = dt.date(2029, 12, 14)
    body = (
        "一、《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号附件1）中下列"
        "条目，按照下表调整：\n序号 | 编码 | 调整内容 | 施行日期\n"
        "1 | 1C226 | 所列物项的内径范围由“100毫米至300毫米”调整为“75毫米至400毫米” | 自本公告公布之日起\n"
        "2 | 2B226 | 感应炉专用电源的额定输出功率由“5千瓦”调整为“3千瓦” | 2030年5月1日\n"
        "二、对《两用物项和技术进出口许可证管理目录》（商务部 海关总署公告2025年第80号附件）作相应调整（见附件）。\n"
        "三、本公告自公布之日起施行，第一条所列调整自表中载明的日期起施行。"
    )
    page = _page(body, "商务部 海关总署公告2026年第1575号", published, published, "on_publication")
    relations = extract_notice(page).relations
    assert [(r.target_number.notice_id, r.window_from) for r in relations if r.relation == "amends"] == [
        ("MOFCOM-2024-51", published),
        ("MOFCOM-2024-51", dt.date(2030, 5, 1)),
        ("MOFCOM-2025-80", published),
    ]
    text = (
        "二、商务部公告2025年第61号暂停实施至2032年3月10日。\n"
        "三、本公告第二条规定的暂停期限届满之次日起，商务部 海关总署公告2025年第55号恢复实施。"
    )
    relations = extract_relations(text, None, dt.date(2031, 9, 10), dt.date(2031, 9, 10))
    assert (relations[-1].target_number.number, relations[-1].window_from) == (55, dt.date(2032, 3, 11))
    named = (
        "三、商务部、海关总署公告2025年第58号继续暂停实施至2058年12月31日，该公告第四条中的除外情形同时废止。"
    )
    relations = extract_relations(named, None, dt.date(2058, 3, 2), dt.date(2058, 3, 2))
    assert ("suspends", None) not in [
        (r.relation, r.clause) for r in relations if r.target_number.number == 58
    ][1:]


def test_window_this_notice_just_set_is_what_the_next_sentence_ends() -> None:
    """…第57号暂停至…6月30日止。暂停期满后，该公告第一款…恢复实施；第三款至第五款…继续暂停实施: 期满后 is the end of the
    window the sentence before set, not of one the preamble told (which would make the resumption history), and the
    bare clauses after 该公告's own are that notice's."""
    body = (
        "2025年11月7日，商务部、海关总署发布2025年第70号公告，上述公告自即日起至2026年11月10日暂停实施。\n"
        "一、商务部、海关总署公告2025年第57号暂停至2027年6月30日止。暂停期满后，该公告第一款、第二款自2027年7月1日起"
        "恢复实施；第三款至第五款自同日起继续暂停实施，恢复实施的时间另行公告。\n"
        "二、本公告自2027年1月11日起施行。"
    )
    relations = extract_relations(body, None, dt.date(2026, 12, 18), dt.date(2027, 1, 11))
    acts = [(r.relation, r.target_number.number, r.clause, r.window_from, r.window_until) for r in relations]
    assert acts == [
        ("suspends", 57, None, dt.date(2027, 1, 11), dt.date(2027, 6, 30)),
        ("resumes", 57, "一", dt.date(2027, 7, 1), None),
        ("resumes", 57, "二", dt.date(2027, 7, 1), None),
        ("suspends", 57, "三", dt.date(2027, 7, 1), None),
        ("suspends", 57, "四", dt.date(2027, 7, 1), None),
        ("suspends", 57, "五", dt.date(2027, 7, 1), None),
    ]


def test_a_measure_printed_as_a_clause_that_stops_is_lifted() -> None:
    """An Unreliable Entity List notice's clauses are its measures: 第二款规定的处理措施…停止实施 takes a measure off (lifts),
    as 第三项所列处理措施 does — no text of the notice is repealed."""
    body = (
        "六、不可靠实体清单工作机制公告〔2025〕7号第一款规定的处理措施，自2027年1月1日起继续暂停实施，至2027年11月10日止；"
        "第二款规定的处理措施，自2027年1月1日起停止实施。"
    )
    relations = extract_relations(body, None, dt.date(2026, 12, 28), dt.date(2026, 12, 28))
    assert [(r.relation, r.clause) for r in relations] == [("suspends", "一"), ("lifts", "二")]


def test_another_part_said_to_stay_leaves_the_act_before_it() -> None:
    """…第58号第一条、第二条恢复实施；该公告第三条的暂停实施安排不变: the ；-part that says another clause stays makes the
    resumption before it no told state (it is this notice's act, dated by its day of force), and names no target."""
    body = (
        "四、商务部、海关总署公告2025年第58号第一条、第二条恢复实施；该公告第三条的暂停实施安排不变。\n"
        "五、本公告第四条自2064年3月1日起施行。"
    )
    relations = extract_relations(body, None, dt.date(2063, 12, 26), dt.date(2063, 12, 26))
    assert [(r.relation, r.clause, r.window_from) for r in relations] == [
        ("resumes", "一", dt.date(2064, 3, 1)),
        ("resumes", "二", dt.date(2064, 3, 1)),
    ]
    told = "四、商务部、海关总署公告2025年第58号第一条、第二条已于2063年3月1日恢复实施；该公告第三条的暂停实施安排不变。"
    assert extract_relations(told, None, dt.date(2063, 12, 26), dt.date(2063, 12, 26)) == []


def test_the_consolidated_list_named_by_a_short_title_is_its_annex() -> None:
    """…第51号公布的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）, or the title alone: 《清单》 below is that notice's
    附件1 — entries deleted from it and others rewritten are two acts; a day of the list (自修改后的《清单》施行之日起) names a
    time; a point numbered in the list's way (第1.1.3目) that stops is a partial repeal."""
    body = (
        "商务部、海关总署决定对商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》"
        "（以下简称《清单》）部分条目作如下调整：\n"
        "一、删除《清单》中的下列条目：\n（一）6C001.d．三对乙氧基苯基铋（参考海关商品编号：2931900032）。\n"
        "二、修改《清单》中的下列条目：\n（一）1C117.b项钼粉的参考海关商品编号修改为：8102100001、8102940001。\n"
        "三、商务部 海关总署公告2025年第10号第一条第（一）项第1.1.3目所列物项，自修改后的《清单》施行之日起不再实施出口管制。\n"
        "四、本公告自2064年3月20日起施行。"
    )
    relations = extract_relations(body, None, dt.date(2064, 3, 5), dt.date(2064, 3, 20))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("repeals", "MOFCOM-2024-51", "附件1"),
        ("amends", "MOFCOM-2024-51", "附件1"),
        ("repeals", "MOFCOM-2025-10", "一/(一)/1.1.3"),
    ]
    titled = (
        "为使《中华人民共和国两用物项出口管制清单》（以下简称《清单》）的管制编码与其编码规则保持一致，决定对《清单》第3类中锂电池"
        "相关物项的管制编码作如下调整：\n一、上述物项按3A951、3B951重新编码。"
    )
    relations = extract_relations(titled, None, dt.date(2064, 4, 10), dt.date(2064, 5, 1))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2024-51", "附件1")
    ]


def test_an_earlier_days_act_as_the_time_of_what_follows_is_told() -> None:
    """…第63号所附《商用密码出口管制清单》自2024年12月1日起不再适用后，…列入…第5类: a repeal of an earlier day, told as when
    the rest happened — not this notice's act."""
    body = (
        "商务部 国家密码局 海关总署公告2020年第63号所附《商用密码出口管制清单》自2024年12月1日起不再适用后，商用密码相关物项"
        "列入《中华人民共和国两用物项出口管制清单》第5类实施出口管制。\n一、本公告自2064年7月1日起施行。"
    )
    assert extract_relations(body, None, dt.date(2064, 6, 26), dt.date(2064, 7, 1)) == []


def test_experience_drawn_on_is_no_target_and_a_part_numbered_in_arabic_is_kept() -> None:
    """在总结…公告2023年第28号等…实施情况的基础上，…决定调整…: the notice drawn on is no amendment; …第31号附件1第1部分所列物项…
    不再适用该公告: the part, printed with an Arabic number, is the clause."""
    body = (
        "在总结商务部 海关总署 国家国防科工局 中央军委装备发展部公告2023年第28号等无人驾驶航空飞行器出口管制措施实施情况的基础上，"
        "经国务院、中央军委批准，决定调整部分无人驾驶航空飞行器及相关物项的出口管制措施。现将有关事项公告如下：\n"
        "二、商务部 海关总署公告2015年第31号附件1第1部分所列物项，自本公告施行之日起不再适用该公告，按照本公告执行。"
    )
    relations = extract_relations(body, None, dt.date(2065, 12, 16), dt.date(2066, 1, 1))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("repeals", "MOFCOM-2015-31", "附件1第1部分")
    ]


def test_clauses_bounding_an_act_by_their_day_of_force_and_a_window_told_for_the_target() -> None:
    """在第1866号公告第一条至第三条施行前，…第58号继续暂停实施: those clauses name a bound, not a target; …第55号，自暂停实施期限
    届满之次日起恢复实施: the day after the end the preamble told of No. 55's window."""
    body = (
        "商务部、海关总署2025年第55号、第57号公告的暂停实施期限，将于2027年6月30日届满。\n现将有关事项公告如下：\n"
        "二、在第1866号公告第一条至第三条施行前，商务部 海关总署公告2025年第58号继续暂停实施。\n"
        "三、商务部 海关总署公告2025年第55号，自暂停实施期限届满之次日起恢复实施。"
    )
    relations = extract_relations(body, None, dt.date(2027, 6, 18), dt.date(2027, 6, 18))
    assert [(r.relation, r.target_number.number, r.clause, r.window_from) for r in relations] == [
        ("suspends", 58, None, dt.date(2027, 6, 18)),
        ("resumes", 55, None, dt.date(2027, 7, 1)),
    ]


def test_some_parties_of_a_listing_notice_counted_or_named_before_are_rows_of_its_annex() -> None:
    """…第23号对上述2家实体采取的措施同时停止实施 (two of the ten it annexed) and 将特科姆公司移出…，…第21号公告对该实体采取的
    措施同时停止实施 (the one named before 该实体) act on the annex; 所列下列6家实体 stays as writers of such notices read it."""
    counted = (
        "一、自2027年7月1日起，将美国实体杰亚机器人公司（Jaia Robotics, Inc.）、蒂尔无人机公司（Teal Drones, Inc.）移出出口管制"
        "管控名单，商务部公告2026年第23号对上述2家实体采取的措施同时停止实施。"
    )
    named = (
        "二、依据《中华人民共和国两用物项出口管制条例》第三十条，将特科姆公司移出出口管制管控名单，2025年第21号公告对该实体采取"
        "的措施同时停止实施。"
    )
    below = "一、自2027年6月22日起，对商务部公告2026年第23号所列下列6家美国实体，暂停实施该公告规定的措施，暂停期限为一年："
    day = dt.date(2027, 3, 10)
    assert [(r.relation, r.clause) for r in extract_relations(counted, None, day, day)] == [("lifts", "附件")]
    assert [(r.relation, r.clause) for r in extract_relations(named, None, day, day)] == [("lifts", "附件")]
    assert [(r.relation, r.clause) for r in extract_relations(below, None, day, day)] == [("suspends", None)]


def test_cases_a_second_reader_built_against_parser_version_369() -> None:
    """An act in the comma part before 其他管理安排不变 keeps its target; an earlier day's act named as the time (…自2025年11月
    10日起暂停实施后，) leaves this notice's act on 该公告 after it; a bare 其他条款…不变 leaves the act before it this
    notice's; a notice publishing the list itself (现公布《…清单》（以下简称《清单》）) is not 2024 No. 51's annex."""
    day, force = dt.date(2026, 11, 5), dt.date(2026, 11, 11)
    stays = (
        "一、商务部公告2025年第57号第一款、第二款自2026年12月1日起恢复实施；商务部公告2025年第58号暂停实施至2027年11月10日，"
        "其他管理安排不变。"
    )
    assert [
        (r.relation, r.target_number.number, r.clause) for r in extract_relations(stays, None, day, force)
    ] == [
        ("resumes", 57, "一"),
        ("resumes", 57, "二"),
        ("suspends", 58, None),
    ]
    after = (
        "一、商务部、海关总署公告2025年第57号自2025年11月10日起暂停实施后，该公告第一款、第二款自2026年11月11日起继续暂停实施至"
        "2027年11月10日。"
    )
    assert [(r.relation, r.clause, r.window_until) for r in extract_relations(after, None, day, force)] == [
        ("suspends", "一", dt.date(2027, 11, 10)),
        ("suspends", "二", dt.date(2027, 11, 10)),
    ]
    bare = (
        "四、商务部、海关总署公告2025年第58号第一条、第二条恢复实施；其他条款的暂停实施安排不变。\n"
        "五、本公告第四条自2064年3月1日起施行。"
    )
    relations = extract_relations(bare, None, dt.date(2063, 12, 26), dt.date(2063, 12, 26))
    assert [(r.relation, r.clause, r.window_from) for r in relations] == [
        ("resumes", "一", dt.date(2064, 3, 1)),
        ("resumes", "二", dt.date(2064, 3, 1)),
    ]
    published = "现公布《中华人民共和国两用物项出口管制清单》（以下简称《清单》），自2065年1月1日起施行。\n一、《清单》将根据情况适时调整。"
    assert extract_relations(published, None, dt.date(2064, 12, 1), dt.date(2065, 1, 1)) == []


def test_windows_told_as_they_stand_and_arrangements_said_to_go_ahead_are_no_acts() -> None:
    """…第55号…的暂停期限至2066年7月31日，其中第58号公告第三条届时将恢复实施 and …，暂停期限已延长至… tell windows as they
    stand; …暂停期满后按照原定安排恢复实施，本公告不作调整 lets an arrangement go ahead; 依据《…管理办法》（…令2005年第29号）
    cites a basis and 先后经…修订、…调整 tells a text's history. The windows told date what follows: 自原暂停期限届满之次日起 is
    the day after No. 55's, and after 上述第58号公告第一条… the day after No. 58's."""
    body = (
        "依据《两用物项和技术进出口许可证管理办法》（商务部 海关总署令2005年第29号），商务部对《目录》作了年度调整。\n"
        "该目录自2001年以部令形式发布以来，先后经商务部 科技部令2008年第12号修订、商务部 科技部公告2020年第38号调整。\n"
        "商务部 海关总署公告2025年第55号、第58号以及商务部公告2025年第62号的暂停期限至2066年7月31日，其中第58号公告第三条"
        "届时将恢复实施。\n"
        "此外，商务部公告2024年第46号第二款中涉及石墨两用物项的内容，暂停期限至2067年1月1日，届时将恢复实施；该款中涉及镓、锗的"
        "内容，暂停期限已延长至2067年11月27日。\n现将有关事项公告如下：\n"
        "一、现对商务部 海关总署公告2025年第55号继续暂停实施，暂停期限自原暂停期限届满之次日起计算，为期一年。\n"
        "二、上述第58号公告第一条、第二条暂停期限届满后，现对该两条继续暂停实施，暂停期限自原暂停期限届满之次日起计算，为期3个月。\n"
        "三、商务部公告2024年第46号第二款中涉及石墨两用物项的内容，暂停期满后按照原定安排恢复实施，本公告不作调整。"
    )
    relations = extract_relations(body, None, dt.date(2066, 7, 24), dt.date(2066, 7, 24))
    assert [
        (r.relation, r.target_number.number, r.clause, r.window_from, r.window_until) for r in relations
    ] == [
        ("suspends", 55, None, dt.date(2066, 8, 1), dt.date(2067, 8, 1)),
        ("suspends", 58, "一", dt.date(2066, 8, 1), dt.date(2066, 11, 1)),
        ("suspends", 58, "二", dt.date(2066, 8, 1), dt.date(2066, 11, 1)),
    ]


def test_the_list_published_without_的_and_a_list_the_goods_already_joined() -> None:
    """…以2024年第51号公告公布《中华人民共和国两用物项出口管制清单》（以下简称《清单》）: 《清单》 is 2024 No. 51's 附件1 as after
    公布的; …所列物项，已纳入《清单》第一类6C001.a条目管理，该项停止执行: the list the goods joined is told, not repealed."""
    body = (
        "2024年11月15日，商务部、工业和信息化部、海关总署、国家密码局以2024年第51号公告公布《中华人民共和国两用物项出口管制清单》"
        "（以下简称《清单》），自2024年12月1日起施行。\n现将有关事项公告如下：\n一、《清单》中3C004.a项修改为：\n"
        "3C004.a 磷化铟（参考海关商品编号：2853904051）。\n"
        "二、商务部 海关总署公告2025年第10号第三款第（一）项所列物项，已纳入《清单》第一类6C001.a条目管理，该项停止执行。"
    )
    relations = extract_relations(body, None, dt.date(2027, 1, 15), dt.date(2027, 2, 1))
    assert [(r.relation, r.target_number.notice_id, r.clause) for r in relations] == [
        ("amends", "MOFCOM-2024-51", "附件1"),
        ("repeals", "MOFCOM-2025-10", "三/(一)"),
    ]


def test_cases_a_second_reader_built_against_parser_version_372() -> None:
    """Acts printed as rows or clauses with their windows (（一）…第61号，暂停期限至…；), a 批准 sentence giving windows, an act
    beside one said to go as arranged, a part acted on beside one 本公告不作调整, a repeal of a text 先后以…公布的, and a target
    named before its own window's end (…第58号第一条暂停期限届满后，继续暂停实施一年) are acts, whatever the history told."""
    day = dt.date(2026, 11, 5)
    rows = "经国务院批准，下列公告暂停实施：\n（一）商务部公告2025年第61号，暂停期限至2027年11月10日；\n（二）商务部公告2025年第62号，暂停期限至2027年11月10日。"
    assert [(r.relation, r.target_number.number) for r in extract_relations(rows, None, day, day)] == [
        ("suspends", 61),
        ("suspends", 62),
    ]
    approved = "经国务院批准，商务部公告2025年第61号、第62号的暂停期限分别至2027年11月10日和2027年12月31日。"
    assert [r.window_until for r in extract_relations(approved, None, day, day)] == [
        dt.date(2027, 11, 10),
        dt.date(2027, 12, 31),
    ]
    arranged = (
        "一、商务部 海关总署公告2025年第58号第一条按照原定安排恢复实施，该公告第二条继续暂停实施至2027年1月1日，"
        "其他条款本公告不作调整。"
    )
    assert [(r.relation, r.clause) for r in extract_relations(arranged, None, day, day)] == [
        ("resumes", "一"),
        ("suspends", "二"),
    ]
    part = "二、商务部公告2024年第46号第二款中涉及镓、锗的内容恢复实施，涉及石墨的内容本公告不作调整。"
    assert [r.relation for r in extract_relations(part, None, day, day)] == ["resumes"]
    repealed = "经国务院批准，现决定废止先后以商务部公告2019年第5号、商务部公告2020年第8号公布的《稀土出口管理办法》。"
    assert [(r.relation, r.target_number.number) for r in extract_relations(repealed, None, day, day)] == [
        ("repeals", 5),
        ("repeals", 8),
    ]
    own = (
        "商务部 海关总署公告2025年第58号的暂停期限至2066年7月31日。\n现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第58号第一条暂停期限届满后，继续暂停实施一年。"
    )
    relations = extract_relations(own, None, dt.date(2066, 7, 20), dt.date(2066, 7, 20))
    assert [(r.relation, r.clause, r.window_from, r.window_until) for r in relations] == [
        ("suspends", "一", dt.date(2066, 8, 1), dt.date(2067, 8, 1))
    ]


def test_cases_a_second_reader_built_against_parser_version_374() -> None:
    """批准 inside a told preamble (此前，经国务院批准，…的暂停期限至…) tells; a window's maker named for its end (…第70号的
    暂停期限届满后，上述公告继续暂停实施一年) is no target, 上述公告 are; 对此本公告不作调整 after a window told; an act on goods
    already on the list (将已列入《清单》的3C004.a项删除) acts on the list."""
    day = dt.date(2026, 11, 5)
    told = (
        "此前，经国务院批准，商务部公告2025年第61号、第62号的暂停期限至2026年11月10日。\n"
        "现决定，自2026年11月11日起，商务部公告2025年第61号、第62号恢复实施。"
    )
    assert [(r.relation, r.target_number.number) for r in extract_relations(told, None, day, day)] == [
        ("resumes", 61),
        ("resumes", 62),
    ]
    maker = (
        "商务部 海关总署公告2025年第55号、第56号的暂停期限至2026年11月10日。\n现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第70号的暂停期限届满后，上述公告继续暂停实施一年。"
    )
    assert [(r.target_number.number, r.window_from) for r in extract_relations(maker, None, day, day)] == [
        (55, dt.date(2026, 11, 11)),
        (56, dt.date(2026, 11, 11)),
    ]
    stays = "商务部公告2025年第62号的暂停期限已延长至2027年11月10日，对此本公告不作调整。"
    assert extract_relations(stays, None, dt.date(2026, 11, 20), dt.date(2026, 11, 20)) == []
    listed = (
        "…以2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）。现将有关事项公告如下：\n"
        "一、将已列入《清单》的3C004.a项删除。"
    )
    assert [(r.relation, r.clause) for r in extract_relations(listed, None, day, day)] == [
        ("repeals", "附件1")
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "此前，下列公告已暂停实施：",
        "截至目前，下列公告仍处于暂停实施期间：",
        "此前，商务部以第70号公告将下列公告暂停实施：",
    ],
)
def test_numbered_rows_under_a_told_intro_are_told_and_what_follows_acts_on_them(intro: str) -> None:
    """Rows under an intro telling what stands (此前，下列公告已暂停实施： then （一）…第55号，暂停期限至…；) tell, as the intro
    does: they are no acts of this notice, and 上述公告 after them names their notices (their told windows date it)."""
    body = (
        f"{intro}\n（一）商务部公告2025年第55号，暂停期限至2026年11月10日；\n"
        "（二）商务部公告2025年第61号，暂停期限至2026年11月10日。\n"
        "经评估，现决定，自2026年11月11日起，上述公告的暂停期限延长至2027年11月10日。"
    )
    relations = extract_relations(body, None, dt.date(2026, 11, 5), dt.date(2026, 11, 5))
    assert [(r.relation, r.target_number.number, r.window_from, r.window_until) for r in relations] == [
        ("suspends", 55, dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
        ("suspends", 61, dt.date(2026, 11, 11), dt.date(2027, 11, 10)),
    ]
    acting = body.replace(intro, "现决定，下列公告暂停实施：").split("\n经评估")[0]
    assert [
        (r.relation, r.target_number.number, r.window_until)
        for r in extract_relations(acting, None, dt.date(2026, 11, 5), dt.date(2026, 11, 5))
    ] == [("suspends", 55, dt.date(2026, 11, 10)), ("suspends", 61, dt.date(2026, 11, 10))]


def test_cases_a_second_reader_built_against_parser_version_376() -> None:
    """A notice's own window told (…第58号的暂停期限至…) makes …第58号的暂停期限届满后 its own, not a maker's; 经…批准 inside
    an opening (为…，经国务院批准，… / 二、经…研究并报国务院批准，…) decides; goods said to have gone to the list
    (…中已纳入《清单》的部分，该项停止执行) leave the list no target, and striking a field of its entries amends it; a row
    numbered 1、 before a year (1、2025年10月9日发布的…) is a row."""
    day = dt.date(2026, 11, 5)
    own = (
        "商务部 海关总署公告2025年第58号的暂停期限至2026年11月10日。\n现将有关事项公告如下：\n"
        "一、商务部 海关总署公告2025年第58号的暂停期限届满后，继续暂停实施一年。"
    )
    assert [(r.target_number.number, r.window_from) for r in extract_relations(own, None, day, day)] == [
        (58, dt.date(2026, 11, 11))
    ]
    both = (
        "此前，商务部公告2025年第61号、第62号的暂停期限至2026年11月10日。商务部公告2025年第70号的暂停期限至2026年12月31日。\n"
        "现将有关事项公告如下：\n一、商务部公告2025年第61号、第62号的暂停期限届满后，上述公告继续暂停实施一年。"
    )
    assert [r.target_number.number for r in extract_relations(both, None, day, day)] == [61, 62]
    for approved in (
        "为维护国家安全和利益，经国务院批准，商务部公告2025年第61号的暂停期限至2027年11月10日。",
        "二、经商务部、海关总署研究并报国务院批准，商务部公告2025年第61号的暂停期限至2027年11月10日，届时将恢复实施。",
    ):
        # (届时将恢复实施 after the window this notice sets: its end, the day after the last day)
        resumed = [("resumes", dt.date(2027, 11, 11))] if "届时" in approved else []
        assert [
            (r.relation, r.window_until or r.window_from) for r in extract_relations(approved, None, day, day)
        ] == [("suspends", dt.date(2027, 11, 10)), *resumed]
    listed = "…以2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）。现将有关事项公告如下：\n"
    went = (
        listed
        + "二、商务部 海关总署公告2025年第10号第三款第（一）项所列物项中已纳入《清单》的部分，该项停止执行。"
    )
    assert [(r.relation, r.target_number.number) for r in extract_relations(went, None, day, day)] == [
        ("repeals", 10)
    ]
    struck = listed + "二、对已纳入《清单》的下列物项，删除其参考海关商品编号："
    assert [(r.relation, r.clause) for r in extract_relations(struck, None, day, day)] == [
        ("amends", "附件1")
    ]
    rows = (
        "下列公告暂停实施：\n1、2025年10月9日发布的商务部公告2025年第61号，暂停期限至2027年11月10日；\n"
        "2、2025年10月9日发布的商务部公告2025年第62号，暂停期限至2027年11月10日。"
    )
    assert [(r.target_number.number, r.window_until) for r in extract_relations(rows, None, day, day)] == [
        (61, dt.date(2027, 11, 10)),
        (62, dt.date(2027, 11, 10)),
    ]


def test_rows_of_a_told_list_are_named_by_their_numbers() -> None:
    """前述第1项、第2项所列公告 names the notices of those rows of the told list (a row's clauses with it); 上述第（一）项所列
    公告中的第三项、第四项处理措施 the measures that notice numbers, which end item by item (lifts); 上述第（二）项所列<parties>
    that row's notice; rows said to stand (暂停期限不作调整，按照原定期限执行) are no act."""
    body = (
        "此前，下列公告已暂停实施：\n1.商务部 海关总署公告2025年第55号，暂停期限至2069年7月31日；\n"
        "2.商务部 海关总署公告2025年第56号，暂停期限至2069年7月31日；\n"
        "3.商务部 海关总署公告2025年第57号第一条至第三条，暂停期限至2069年10月31日。\n现将有关事项公告如下：\n"
        "一、前述第1项、第2项所列公告，暂停期满后不再延期，自2069年8月1日起恢复实施。\n"
        "二、前述第3项所列公告条款，暂停期限不作调整，按照原定期限执行。"
    )
    day = dt.date(2069, 7, 9)
    assert [
        (r.relation, r.target_number.number, r.window_from) for r in extract_relations(body, None, day, day)
    ] == [
        ("resumes", 55, dt.date(2069, 8, 1)),
        ("resumes", 56, dt.date(2069, 8, 1)),
    ]
    uel = (
        "截至目前，下列措施仍在实施中：\n（一）不可靠实体清单工作机制公告〔2025〕3号将甲公司等4家美国实体列入不可靠实体清单，"
        "并采取第一项至第四项处理措施；\n（二）不可靠实体清单工作机制公告2025年第4号将美国乙集团、丙公司列入不可靠实体清单。\n"
        "不可靠实体清单工作机制决定：\n一、自2069年9月1日起，停止实施上述第（一）项所列公告中的第三项、第四项处理措施。\n"
        "二、将上述第（二）项所列美国乙集团、丙公司移出不可靠实体清单。"
    )
    assert [
        (r.relation, r.target_number.number, r.clause, r.window_from)
        for r in extract_relations(uel, None, dt.date(2069, 8, 19), dt.date(2069, 8, 19))
    ] == [
        ("lifts", 3, "三", dt.date(2069, 9, 1)),
        ("lifts", 3, "四", dt.date(2069, 9, 1)),
        ("lifts", 4, None, dt.date(2069, 8, 19)),
    ]


def test_a_window_set_then_its_end_and_a_state_going_on_with_a_new_window() -> None:
    """…继续暂停实施6个月，届时恢复实施 resumes on the day the duration reaches (…届满，届时恢复实施 the day after a printed last
    day); …该公告第三条仍暂停实施，自…起至…止 suspends anew (仍 alone tells a state); a notice named for what it set on the next
    (…第2571号第二条规定的商务部公告2025年第62号…的暂停期限) is no target."""
    day = dt.date(2069, 7, 30)
    six = "现决定：\n（二）商务部公告2025年第61号第一条第（一）项，自2069年9月1日起继续暂停实施6个月，届时恢复实施。"
    assert [(r.relation, r.window_from, r.window_until) for r in extract_relations(six, None, day, day)] == [
        ("suspends", dt.date(2069, 9, 1), dt.date(2070, 3, 1)),
        ("resumes", dt.date(2070, 3, 1), None),
    ]
    split = (
        "现决定：\n（四）商务部 海关总署公告2025年第57号第一条、第二条，暂停期限于2069年10月31日届满，届时恢复实施；"
        "该公告第三条仍暂停实施，自2069年11月1日起至2070年4月30日止。"
    )
    assert [
        (r.relation, r.clause, r.window_from, r.window_until)
        for r in extract_relations(split, None, day, day)
    ] == [
        ("resumes", "一", dt.date(2069, 11, 1), None),
        ("resumes", "二", dt.date(2069, 11, 1), None),
        ("suspends", "三", dt.date(2069, 11, 1), dt.date(2070, 4, 30)),
    ]
    maker = (
        "一、延长商务部 海关总署公告2026年第2571号第二条、第2572号第（三）项规定的商务部公告2025年第62号的暂停期限，"
        "上述公告继续暂停实施至2070年6月30日。\n"
        "二、商务部 海关总署公告2026年第2572号第（四）项延长暂停期限的商务部 海关总署公告2025年第57号第三条，"
        "暂停期限再延长3个月，自2070年5月1日起计算。"
    )
    assert [
        (r.target_number.year, r.target_number.number) for r in extract_relations(maker, None, day, day)
    ] == [
        (2025, 62),
        (2025, 57),
    ]


def test_a_preamble_told_by_several_makers_then_clauses_adjusted() -> None:
    """根据A、B和C，…暂停实施至… (makers printed in full) tells; 对上述暂停安排作出如下调整： announces the lines below (no
    amendment); …第三款至第六款继续暂停实施，暂停期限不变 is no act; …第61号，第一条第（三）项及第二条至第七条，自…起恢复实施
    acts on those clauses (the reference's segment names it alone)."""
    body = (
        "根据商务部 海关总署公告2026年第2586号、商务部公告2026年第2587号和商务部 海关总署公告2026年第2588号，"
        "商务部、海关总署公告2025年第55号暂停实施至2071年1月10日；商务部公告2025年第61号第一条第（一）项、第（二）项"
        "暂停实施至2070年11月10日。\n经国务院批准，商务部、海关总署决定对上述暂停安排作出如下调整：\n"
        "一、商务部、海关总署公告2025年第55号第一款、第二款所列人造金刚石微粉、人造金刚石单晶提前结束暂停，自2070年3月1日起"
        "恢复实施；该公告第三款至第六款继续暂停实施，暂停期限不变。\n"
        "二、商务部公告2025年第61号第一条第（二）项提前结束暂停，自2070年3月1日起恢复实施；第一条第（一）项的暂停期限不变。"
    )
    day = dt.date(2070, 3, 1)
    assert [
        (r.relation, r.target_number.number, r.clause) for r in extract_relations(body, None, day, day)
    ] == [
        ("resumes", 55, "一"),
        ("resumes", 55, "二"),
        ("resumes", 61, "一/(二)"),
    ]
    rows = "1、2025年10月9日发布的商务部公告2025年第61号，第一条第（三）项及第二条至第四条，自2070年2月1日起恢复实施。"
    assert [r.clause for r in extract_relations(rows, None, day, day)] == ["一/(三)", "二", "三", "四"]


def test_windows_told_by_duration_and_printed_short_date_what_follows() -> None:
    """…第57号自2070年1月10日起继续暂停实施，暂停期限为6个月，第58号继续暂停实施至2070年4月30日: each notice's told end (a
    duration's counted from its start; a number printed short is the notice told before's issuer and year), so
    …第57号、第58号的暂停期限分别届满后，继续暂停实施一年 starts the day after each; an end printed without a start
    (继续暂停实施至…) runs from the day of force, even inside a told window."""
    body = (
        "商务部 海关总署公告2026年第2586号规定，商务部、海关总署公告2025年第57号自2070年1月10日起继续暂停实施，"
        "暂停期限为6个月，第58号继续暂停实施至2070年4月30日。\n现就上述措施暂停期限届满后的安排公告如下：\n"
        "一、商务部、海关总署公告2025年第57号、第58号的暂停期限分别届满后，继续暂停实施一年。\n"
        "二、商务部、海关总署公告2025年第58号第一条继续暂停实施至2070年3月31日。"
    )
    day = dt.date(2070, 2, 10)
    assert [
        (r.target_number.number, r.clause, r.window_from, r.window_until)
        for r in extract_relations(body, None, day, day)
    ] == [
        (57, None, dt.date(2070, 7, 11), dt.date(2071, 7, 11)),
        (58, None, dt.date(2070, 5, 1), dt.date(2071, 5, 1)),
        (58, "一", dt.date(2070, 2, 10), dt.date(2070, 3, 31)),
    ]


def test_cases_a_second_reader_built_against_parser_version_379() -> None:
    """An intro to acts opening on 此前/目前 (此前暂停实施的下列公告，分别按照以下安排处理：) is no told intro; 修改/在/删除
    已纳入《清单》的… act on the list; 届时恢复实施 after a printed last day is the day after, whatever duration the sentence
    names, and only for its own ；-part; 第1项、第3项至第4项 is three rows; a state told (目前，…仍暂停实施，自…起至…止 /
    此前，…第55号已暂停实施) names what 上述 points back to."""
    day = dt.date(2026, 11, 5)

    def acts(body: str) -> list[tuple[object, ...]]:
        return _fields(body, day, "relation", "number", "clause", "window_from", "window_until")

    intro = (
        "此前暂停实施的下列公告，分别按照以下安排处理：\n（一）商务部公告2025年第55号，自2026年11月11日起恢复实施；\n"
        "（二）商务部公告2025年第61号，继续暂停实施至2027年11月10日。"
    )
    assert acts(intro) == [
        ("resumes", 55, None, dt.date(2026, 11, 11), None),
        ("suspends", 61, None, day, dt.date(2027, 11, 10)),
    ]
    listed = "…以2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）。现将有关事项公告如下：\n"
    assert [a[:3] for a in acts(listed + "二、删除已列入《清单》的3C004.a项。")] == [("repeals", 51, "附件1")]
    assert [a[:3] for a in acts(listed + "二、在已纳入《清单》的1C117项下增列一项：")] == [
        ("amends", 51, "附件1")
    ]
    printed = (
        "现决定：\n一、此前暂停实施一年的商务部公告2025年第61号，继续暂停实施至2027年11月10日，届时恢复实施。"
    )
    assert acts(printed)[1] == ("resumes", 61, None, dt.date(2027, 11, 11), None)
    other = "现决定：\n一、商务部公告2025年第61号继续暂停实施至2027年11月10日；商务部公告2025年第62号，暂停期满后恢复实施。"
    assert [(a[0], a[1]) for a in acts(other)] == [("suspends", 61), ("resumes", 62)]
    rows = "".join(
        f"{n}.商务部公告2025年第{t}号，暂停期限至2026年11月10日；\n"
        for n, t in ((1, 55), (2, 56), (3, 57), (4, 58))
    )
    ranged = f"此前，下列公告已暂停实施：\n{rows}现决定：\n一、前述第1项、第3项至第4项所列公告，自2026年11月11日起恢复实施。"
    assert [a[1] for a in acts(ranged)] == [55, 57, 58]
    for told in (
        "目前，商务部公告2025年第57号第三条仍暂停实施，自2025年11月10日起至2026年11月10日止。\n经研究，现决定，上述条款自2026年11月11日起恢复实施。",
        "此前，商务部公告2025年第57号第三条已暂停实施。\n经研究，现决定，上述条款自2026年11月11日起恢复实施。",
    ):
        assert acts(told) == [("resumes", 57, "三", dt.date(2026, 11, 11), None)]


def test_a_window_named_as_the_topic_of_its_early_end_resumes() -> None:
    """…第四款、第五款的暂缓执行期限，提前至2036年12月14日届满，上述两款自…起恢复实施: the window is the topic of its early end
    (as …的暂停实施，提前至…结束，… is), so the clauses resume; nothing is suspended."""
    body = (
        "一、商务部 海关总署公告2026年第1171号规定的2025年第57号公告第四款、第五款的暂缓执行期限，提前至2036年12月14日届满，"
        "上述两款自2036年12月15日零时起恢复实施。"
    )
    day = dt.date(2036, 12, 1)
    assert [(r.relation, r.clause, r.window_from) for r in extract_relations(body, None, day, day)] == [
        ("resumes", "四", dt.date(2036, 12, 15)),
        ("resumes", "五", dt.date(2036, 12, 15)),
    ]


def test_cases_a_second_reader_built_against_parser_version_382() -> None:
    """A state told after 此前/目前 with an act after it in the sentence (…已暂停实施至…，上述公告自…起恢复实施 / 此前已暂停实施的
    …，继续暂停实施至…) acts; a told list intro may say 安排 or 恢复 (此前，…下列公告已按照有关安排暂停实施：); a duration
    continuing a told window starts after it; …的管制安排作出如下调整： amends (only 暂停安排 announces); a clause printed
    before 除外 is left out."""
    day = dt.date(2026, 11, 5)

    def acts(body: str, published: dt.date = day) -> list[tuple[object, ...]]:
        return _fields(body, published, "relation", "number", "clause", "window_from")

    assert acts(
        "此前，商务部公告2025年第55号、第56号已暂停实施至2026年11月10日，上述公告自2026年11月11日起恢复实施。"
    ) == [
        ("resumes", 55, None, dt.date(2026, 11, 11)),
        ("resumes", 56, None, dt.date(2026, 11, 11)),
    ]
    assert acts("现决定：\n一、此前已暂停实施的商务部公告2025年第55号，继续暂停实施至2027年11月10日。") == [
        ("suspends", 55, None, day)
    ]
    told_rows = (
        "此前，经国务院批准，下列公告已按照有关安排暂停实施：\n1.商务部公告2025年第55号，暂停期限至2026年11月10日；\n"
        "2.商务部公告2025年第56号，暂停期限至2026年11月10日。\n现决定：\n一、商务部公告2025年第61号自2026年11月11日起恢复实施。"
    )
    assert acts(told_rows) == [("resumes", 61, None, dt.date(2026, 11, 11))]
    continued = (
        "商务部 海关总署公告2026年第2586号规定，商务部公告2025年第61号暂停实施至2027年1月10日。\n现就有关事项公告如下：\n"
        "一、商务部公告2025年第61号继续暂停实施3个月。"
    )
    assert acts(continued, dt.date(2026, 10, 1)) == [("suspends", 61, None, dt.date(2027, 1, 11))]
    amended = (
        "经国务院批准，决定对商务部 海关总署公告2025年第18号的管制安排作出如下调整：\n"
        "一、钐、钆、铽相关物项的出口，出口经营者应当向商务部申请许可。"
    )
    assert [a[:2] for a in acts(amended)] == [("amends", 18)]
    excepted = "现决定：\n一、商务部公告2025年第61号，第一条第（一）项除外，自2026年11月11日起恢复实施。"
    assert acts(excepted) == [("resumes", 61, None, dt.date(2026, 11, 11))]


def test_entries_deleted_and_rewritten_in_clauses_of_their_own_are_two_acts() -> None:
    """一、删除…公布的《清单》中的下列条目： then 四、将2024年第51号公告公布的《清单》中的3A233项修改为：: entries of the list
    taken out and another rewritten, a repeal and an amendment of its annex."""
    body = (
        "一、删除商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》中的下列条目：\n"
        "（一）2B121 除2B120项所列以外的定位转台；\n"
        "四、将2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》中的3A233项修改为：\n"
        "3A233 能够测量230原子质量单位或以上的离子的质谱仪及其离子源。"
    )
    day = dt.date(2071, 4, 2)
    assert [
        (r.relation, r.target_number.number, r.clause) for r in extract_relations(body, None, day, day)
    ] == [
        ("repeals", 51, "附件1"),
        ("amends", 51, "附件1"),
    ]


def test_notices_named_by_their_number_alone_after_the_preamble_printed_them() -> None:
    """此前，…第55号（公布…的决定）和第58号（公布…的决定）已暂停实施。 tells (the titles between do not hide it) and prints
    58 as 55's sibling; 第55号第一条、第二条 / 第55号第三条至第六条 carry their further clauses; 三、第58号继续暂停实施至…
    names 58 by its number alone."""
    body = (
        "此前，商务部 海关总署公告2025年第55号（公布对超硬材料相关物项实施出口管制的决定）和第58号（公布对锂电池和人造石墨"
        "负极材料相关物项实施出口管制的决定）已暂停实施。\n现就上述公告的后续实施安排公告如下：\n"
        "一、自2071年1月11日起，上述公告中第55号第一条、第二条恢复实施。\n"
        "二、第55号第三条至第五条继续暂停实施，暂停期限自2071年1月11日起计算，为期6个月。\n"
        "三、第58号继续暂停实施至2071年3月31日；暂停期满后不再延期，自2071年4月1日起恢复实施。"
    )
    day = dt.date(2071, 1, 11)
    assert [
        (r.relation, r.target_number.number, r.clause, r.window_from, r.window_until)
        for r in extract_relations(body, None, dt.date(2071, 1, 8), day)
    ] == [
        ("resumes", 55, "一", day, None),
        ("resumes", 55, "二", day, None),
        ("suspends", 55, "三", day, dt.date(2071, 7, 11)),
        ("suspends", 55, "四", day, dt.date(2071, 7, 11)),
        ("suspends", 55, "五", day, dt.date(2071, 7, 11)),
        ("suspends", 58, None, day, dt.date(2071, 3, 31)),
        ("resumes", 58, None, dt.date(2071, 4, 1), None),
    ]


def test_cases_a_second_reader_built_against_parser_version_385() -> None:
    """A told-sounding intro that adjusts (此前，下列已暂停实施的公告，暂停安排调整如下：) heads rows that act; 暂停实施安排作出
    如下调整： announces; a told state beside a told plan or another state (…已暂停实施至…，届时恢复实施 / …已暂停实施，第56号
    已恢复实施) stays told."""
    day = dt.date(2026, 11, 5)

    def acts(body: str) -> list[tuple[object, ...]]:
        return _fields(body, day, "relation", "number")

    rows = (
        "此前，下列已暂停实施的公告，暂停安排调整如下：\n1.商务部公告2025年第55号，自2026年11月11日起恢复实施；\n"
        "2.商务部公告2025年第56号，继续暂停实施至2027年11月10日。"
    )
    assert acts(rows) == [("resumes", 55), ("suspends", 56)]
    announced = (
        "经国务院批准，现对商务部公告2025年第55号、第56号的暂停实施安排作出如下调整：\n"
        "一、商务部公告2025年第55号自2026年11月11日起恢复实施。\n二、商务部公告2025年第56号继续暂停实施至2027年11月10日。"
    )
    assert acts(announced) == [("resumes", 55), ("suspends", 56)]
    planned = (
        "此前，商务部公告2025年第55号已暂停实施至2026年11月10日，届时恢复实施。\n"
        "现决定，商务部公告2025年第55号继续暂停实施至2027年11月10日。"
    )
    assert acts(planned) == [("suspends", 55)]
    states = "此前，商务部公告2025年第55号已暂停实施，第56号已恢复实施。\n现决定，商务部公告2025年第61号自2026年11月11日起恢复实施。"
    assert acts(states) == [("resumes", 61)]


def test_an_orders_own_article_headings_name_no_clause_of_another_notice() -> None:
    """第三条 删去《目录》…条目 in an order that amends a catalogue: 第三条 is the order's own article, printed before a space —
    the act is on the catalogue's notice, not on its third clause."""
    body = (
        "商务部、科技部决定对商务部 科技部公告2023年第57号公布的《中国禁止出口限制出口技术目录》（以下简称《目录》）作如下修改：\n"
        "第三条 删去《目录》限制出口部分“专用设备制造业”中的农用机械制造技术（编号：083502X）条目。\n"
        "第四条 经本决定修改和增加的条目中，属于军民两用技术的，纳入出口管制管理。"
    )
    day = dt.date(2071, 8, 1)
    assert [(r.target_number.number, r.clause) for r in extract_relations(body, None, day, day)] == [
        (57, None)
    ]


def test_cases_a_second_reader_built_against_parser_version_388() -> None:
    """此前，下列公告已暂停实施，具体如下： tells its rows (only …调整如下 / 作出如下调整 make an intro act); 第70号暂停实施的第55号 names
    no act on 70; …第55号（…）和第2号令 registers no notice 2."""
    day = dt.date(2026, 11, 5)

    def acts(body: str) -> list[tuple[object, ...]]:
        return _fields(body, day, "relation", "number")

    told = (
        "此前，下列公告已暂停实施，具体如下：\n1.商务部公告2025年第55号，暂停实施至2026年11月10日；\n"
        "2.商务部公告2025年第56号，暂停实施至2026年11月10日。\n现决定，商务部公告2025年第61号自2026年11月11日起恢复实施。"
    )
    assert acts(told) == [("resumes", 61)]
    agent = (
        "此前，商务部公告2025年第70号暂停实施了商务部 海关总署公告2025年第55号、第58号。\n现就有关事项公告如下：\n"
        "一、第70号暂停实施的第55号，自2026年11月11日起恢复实施。\n二、第58号继续暂停实施至2027年11月10日。"
    )
    assert 70 not in [number for _, number in acts(agent)]
    order = "此前，商务部 海关总署公告2025年第55号（公布…的决定）和第2号令（…）已暂停实施。现公告如下：\n一、第2号自2026年11月11日起废止。"
    assert acts(order) == []


def test_cases_a_second_reader_built_against_parser_version_389() -> None:
    """第三条 修改为 under 一、 (or after ；) is a clause of the notice amended — only an article heading opening its sentence
    is the order's own; an intro that extends (暂停期限延长如下：) heads rows that act."""
    day = dt.date(2026, 2, 20)
    amended = (
        "现对商务部 海关总署公告2025年第55号作如下修改：\n一、第三条 修改为：“出口经营者应当向商务部申请许可。”\n"
        "二、第五条 第（二）项中的“30日”修改为“45日”。"
    )
    assert [(r.relation, r.clause) for r in extract_relations(amended, None, day, day)] == [
        ("amends", "三"),
        ("amends", "五/(二)"),
    ]
    extended = (
        "此前，下列公告已暂停实施，暂停期限延长如下：\n（一）商务部 海关总署公告2025年第55号，自2026年3月1日起恢复实施；\n"
        "（二）商务部 海关总署公告2025年第56号，继续暂停实施至2027年11月10日。"
    )
    assert [(r.relation, r.target_number.number) for r in extract_relations(extended, None, day, day)] == [
        ("resumes", 55),
        ("suspends", 56),
    ]


def test_cases_a_second_reader_built_against_parser_version_392() -> None:
    """A told intro saying the window was extended before (暂停期限已延长为一年： / 以…公告将下列公告的暂停期限调整为…：)
    still tells its rows; an annex named with its title before the verb (…附件《…目录》作如下调整：) is the annex; a window
    ending on 到期后 / 届时， resumes there."""
    day = dt.date(2069, 7, 20)
    rows = (
        "1.商务部 海关总署公告2025年第55号，暂停期限至2069年7月31日；\n"
        "2.商务部 海关总署公告2025年第58号第三条，暂停期限至2069年8月31日。\n现将有关事项公告如下：\n"
        "一、前述第1项所列公告，暂停期满后不再延期，自2069年8月1日起恢复实施。"
    )
    for intro in (
        "此前，下列公告已暂停实施，暂停期限已延长为一年：",
        "此前，商务部以2068年第18号公告将下列公告的暂停期限调整为一年：",
    ):
        acts = {
            (r.relation, r.target_number.number)
            for r in extract_relations(f"{intro}\n{rows}", None, day, day)
        }
        assert acts == {("resumes", 55)}, intro
    titled = "决定对商务部公告2026年第40号附件《向特定国家（地区）出口易制毒化学品管理目录》作如下调整："
    assert [(r.relation, r.clause) for r in extract_relations(titled, None, day, day)] == [("amends", "附件")]
    ended = "一、商务部公告2025年第62号暂停实施至2026年11月10日，到期后恢复实施。"
    assert [
        (r.relation, r.window_from) for r in extract_relations(ended, None, dt.date(2025, 11, 7), None)
    ] == [
        ("suspends", dt.date(2025, 11, 7)),
        ("resumes", dt.date(2026, 11, 11)),
    ]


def test_some_parties_leaving_a_list_a_notice_annexed_are_rows_of_its_annex() -> None:
    """将其移出2026年第12号公告所附关注名单： then three rows of its twenty / …第35号所列台湾地区实体甲股份有限公司（…）移出…: some
    parties of the annexed list leave — an act on the annex, not on the notice whole (…第35号所列实体 alone would be all)."""
    day = dt.date(2030, 7, 1)
    rows = (
        "经商务部核实，下列3家日本实体已经履行配合核查义务。现决定自2030年7月15日起，将其移出2026年第12号公告所附关注名单：\n"
        "1.斯巴鲁株式会社(SUBARU Corporation)\n2.引能仕株式会社(ENEOS Corporation)\n3.运输机工业株式会社(Yusoki Co., Ltd.)"
    )
    assert [(r.relation, r.clause) for r in extract_relations(rows, None, day, day)] == [("lifts", "附件")]
    named = (
        "二、将商务部公告2025年第35号所列台湾地区实体攻卫股份有限公司（Gong Wei Co., Ltd）移出出口管制管控名单，"
        "该公告对其采取的措施自本公告公布之日起停止实施。"
    )
    assert [(r.relation, r.clause) for r in extract_relations(named, None, day, day)] == [("lifts", "附件")]
    whole = "二、将商务部公告2025年第35号所列实体移出出口管制管控名单，该公告对其采取的措施自本公告公布之日起停止实施。"
    assert [(r.relation, r.clause) for r in extract_relations(whole, None, day, day)] == [("lifts", None)]


def test_cases_a_second_reader_built_against_parser_version_393() -> None:
    """A told intro whose later comma clause acts (以…公告将下列公告暂停实施，现调整如下：) heads acting rows; 已经延长为 /
    已于…延长为 tell; a part of an annex named with its title (…附件《…》部分条目) stays a part."""
    day = dt.date(2069, 7, 20)
    acting = (
        "此前，商务部、海关总署以2025年第70号公告将下列公告暂停实施，现调整如下：\n1.商务部 海关总署公告2025年第55号，"
        "暂停期限延长至2070年11月10日；\n2.商务部 海关总署公告2025年第58号第三条，自2069年8月1日起恢复实施。"
    )
    assert [(r.relation, r.target_number.number) for r in extract_relations(acting, None, day, day)] == [
        ("suspends", 55),
        ("resumes", 58),
    ]
    rows = (
        "1.商务部 海关总署公告2025年第55号，暂停期限至2069年7月31日；\n2.商务部 海关总署公告2025年第58号第三条，暂停期限至2069年8月31日。\n"
        "现将有关事项公告如下：\n一、前述第1项所列公告，暂停期满后不再延期，自2069年8月1日起恢复实施。"
    )
    for told in ("暂停期限已经延长为一年", "暂停期限已于2068年11月1日延长为一年"):
        body = f"此前，下列公告已暂停实施，{told}：\n{rows}"
        assert {(r.relation, r.target_number.number) for r in extract_relations(body, None, day, day)} == {
            ("resumes", 55)
        }
    part = "商务部公告2026年第40号附件《管理目录》部分条目，自2069年8月1日起停止执行。"
    assert [r.clause for r in extract_relations(part, None, day, day)] == ["附件《管理目录》部分条目"]


def test_cases_a_second_reader_built_against_parser_version_396() -> None:
    """已 as an adjective in the acting clause (根据已公布的评估结果调整如下： / 现就已暂停事项调整如下：) does not tell; every
    listed entity and its subsidiaries leave the notice whole; a part of an annex stops before its verb."""
    day = dt.date(2069, 7, 20)
    rows = (
        "\n1.商务部 海关总署公告2025年第55号，暂停期限延长至2070年11月10日；\n"
        "2.商务部 海关总署公告2025年第58号第三条，自2069年8月1日起恢复实施。"
    )
    for intro in (
        "此前暂停实施的下列公告，根据已公布的评估结果调整如下：",
        "此前，下列公告已暂停实施，现就已暂停事项调整如下：",
    ):
        assert [
            (r.relation, r.target_number.number) for r in extract_relations(intro + rows, None, day, day)
        ] == [
            ("suspends", 55),
            ("resumes", 58),
        ], intro
    whole = "二、将商务部公告2025年第35号所列实体及其下属公司（含分支机构）移出出口管制管控名单。"
    assert [(r.relation, r.clause) for r in extract_relations(whole, None, day, day)] == [("lifts", None)]
    part = (
        "现将商务部公告2026年第40号附件《两用物项出口管制管理目录》部分条目调整如下，自2069年8月1日起施行："
    )
    assert [r.clause for r in extract_relations(part, None, day, day)] == [
        "附件《两用物项出口管制管理目录》部分条目"
    ]


def test_cases_a_second_reader_built_against_parser_version_398() -> None:
    """已/曾 governing the verb with words between (已由一年延长为两年 / 已于近日延长为 / 已经国务院批准延长为 / 曾两次延长为) tells
    its rows; 暂停期限分别调整为 / 先后延长为 act; an annex's title clause is not cut inside 调整表 or before 作了."""
    day = dt.date(2069, 7, 20)
    rows = "\n（一）商务部 海关总署公告2025年第55号；\n（二）商务部 海关总署公告2025年第56号。\n现将有关事项公告如下：\n一、恢复实施商务部公告2025年第61号。"
    for told in ("已由一年延长为两年", "已于近日延长为一年", "已经国务院批准延长为一年", "曾两次延长为一年"):
        body = f"此前，下列公告的暂停期限{told}：{rows}"
        acts = [(r.relation, r.target_number.number) for r in extract_relations(body, None, day, day)]
        assert acts == [("resumes", 61)], told
    acting = "\n（一）商务部 海关总署公告2025年第55号，暂停期限至2070年11月10日；\n（二）商务部 海关总署公告2025年第56号，暂停期限至2070年11月10日。"
    for verb in ("分别调整为", "先后延长为"):
        body = f"此前，下列已暂停实施的公告，暂停期限{verb}：{acting}"
        assert [r.relation for r in extract_relations(body, None, day, day)] == ["suspends", "suspends"], verb
    made = (
        "商务部 海关总署公告2026年第2496号附件《中国禁止出口限制出口技术目录》的部分内容作了调整，现予废止。"
    )
    assert all(not (r.clause or "").endswith("作了") for r in extract_relations(made, None, day, day))


def test_an_attachment_part_titled_for_goods_with_a_qualifier_keeps_its_items() -> None:
    """第二部分 境外制造的相关物项（不包括第一部分所列物项）: a bracketed qualifier holding 不包括 leaves the part a goods part."""
    from parsers.consolidated import part_entries

    text = (
        "第一部分 稀土相关物项\n1．钐钴合金（参考税则号列：72029990）；\n第二部分 境外制造的相关物项（不包括第一部分所列物项）\n"
        "1．含有中国原产稀土的永磁材料；\n2．使用中国原产稀土技术制造的磁体。"
    )
    assert [e.path for e in part_entries(text, "附件", "x", "附件1")[0]] == [
        "第一部分/1",
        "第二部分/1",
        "第二部分/2",
    ]


def test_a_resumption_named_for_its_time_and_a_told_end_left_alone_act_on_nothing() -> None:
    """恢复实施期间，出口经营者…应当申请许可: what holds while the resumption runs — 上述条款 then points at no notice of a
    history paragraph; …已于2025年8月12日停止实施…〔2025〕8号相关措施，本公告不涉及该公告所列实体: told, this notice said to
    leave it alone (2710, uel-2709)."""
    day = dt.date(2074, 3, 6)
    body = (
        "商务部、海关总署公告2025年第70号曾暂停实施商务部、海关总署公告2025年第55号、第57号等公告，该暂停期限已于2026年11月10日届满。\n"
        "经综合评估，商务部、海关总署决定，自即日起至2074年12月31日止，恢复实施商务部、海关总署公告2025年第55号第一款。\n"
        "恢复实施期间，出口经营者出口上述条款所列物项的，应当依照有关规定向商务部申请许可。"
    )
    acts = [(r.relation, r.target_number.number, r.clause) for r in extract_relations(body, None, day, day)]
    assert acts == [("resumes", 55, "一")]
    told = "不可靠实体清单工作机制已于2025年8月12日停止实施不可靠实体清单工作机制公告〔2025〕8号相关措施，本公告不涉及该公告所列实体。"
    assert extract_relations(told, None, day, day) == []


def test_second_read_of_401_402_periods_told_acts_and_resumption_windows() -> None:
    """A notice named for the time an act falls in (…第55号恢复实施期间，…) is no target of the next verb; a resumption period
    printed from a day (恢复实施期间自…起) is still the resumption; a sentence saying this notice leaves a told act alone keeps
    the acts it makes beside it (…已于…停止实施，该公告自…起废止，本公告不涉及…)."""
    day = dt.date(2026, 11, 1)

    def acts(text: str) -> list[tuple[str, int, str | None]]:
        return [
            (r.relation, r.target_number.number, r.clause) for r in extract_relations(text, None, day, day)
        ]

    assert acts(
        "在商务部、海关总署公告2025年第55号恢复实施期间，商务部、海关总署公告2025年第57号继续暂停实施。"
    ) == [("suspends", 57, None)]
    assert acts(
        "二、商务部、海关总署公告2025年第55号恢复实施期间，停止执行商务部、海关总署公告2025年第57号第二款。"
    ) == [("repeals", 57, "二")]
    assert acts(
        "商务部、海关总署公告2025年第55号第一款恢复实施期间自2026年11月11日起至2027年11月10日止。"
    ) == [("resumes", 55, "一")]
    both = "商务部公告2025年第18号所列措施已于2025年8月12日停止实施，该公告自2025年12月1日起废止，本公告不涉及该公告所列物项的许可管理。"
    assert [(r.relation, r.window_from) for r in extract_relations(both, None, day, day)] == [
        ("repeals", dt.date(2025, 12, 1))
    ]


def test_an_attachment_opening_on_numbered_lines_is_read_under_the_title_the_body_gives_it() -> None:
    """附件：可充放电锂离子电池生产设备清单 in the body, and an attachment that prints no title but opens on 1.卷绕机；2.…
    (2026 No. 2716): its lines are the list's entries, as if it printed the title; its closing definition is none."""
    from parsers.model import Attachment

    url = "https://www.mofcom.gov.cn/a/附件1.pdf"
    body = "决定对本公告附件所列设备实施出口管制。\n本公告自2074年6月15日起正式实施。\n附件：可充放电锂离子电池生产设备清单"
    page = _page(
        body,
        "商务部 海关总署公告2026年第2716号",
        dt.date(2074, 5, 17),
        None,
        None,
        (Attachment(url, "附件1"),),
    )
    text = "1.卷绕机；\n2.叠片机；\n3.注液机。\n本清单所称设备，是指专门设计或者改装用于制造锂离子电池电芯的设备。"
    assert [e.name_zh for e in extract_notice(page, {url: text}).entries] == ["卷绕机", "叠片机", "注液机"]


def test_a_part_titled_in_brackets_with_a_note_naming_it_after_keeps_its_items() -> None:
    """第二部分（在境外制造的稀土物项） then uncoded lines and a note 第二部分所列永磁材料，不包括…: the bracketed heading is the
    part's title and the note is none (2026 No. 2717 through the pipeline's part reader)."""
    from parsers.consolidated import part_entries

    text = (
        "物项列表\n第一部分（原产于中国的稀土物项）\n1.1C902.a 金属钐（参考海关商品编号：2805301910）\n"
        "第二部分（在境外制造的稀土物项）\n1.钐钴永磁材料\n2.钐靶\n第二部分所列永磁材料，不包括已装配于电机内的磁体。"
    )
    assert [(e.path, e.name_zh) for e in part_entries(text, "x", "u", "附件")[0]] == [
        ("第一部分/1", "金属钐"),
        ("第二部分/1", "钐钴永磁材料"),
        ("第二部分/2", "钐靶"),
    ]


def test_second_read_of_403_405_annex_titles_periods_and_told_histories() -> None:
    """An attachment titled by its link or 附件 line as a list of goods leaving control lists no entry; the title follows the
    printed annex number, not the order of the links, and a file name or a leading 附件1 line hides none; a suspension
    period that ends (暂停实施期间届满后，…恢复实施) keeps its notice as the target; two acts told with their past days
    beside 本公告不涉及… are no acts of this notice; a note naming a part before its heading is no title of it."""
    from parsers.consolidated import part_entries
    from parsers.model import Attachment

    def entries(body: str, links: list[tuple[str, str, str]]) -> list[str]:
        attachments = tuple(Attachment(url, label) for url, label, _ in links)
        page = _page(
            body, "商务部公告2074年第1号", dt.date(2074, 5, 1), dt.date(2074, 5, 1), None, attachments
        )
        return [e.name_zh for e in extract_notice(page, {url: text for url, _, text in links}).entries]

    lifted = "决定自2074年6月1日起，商务部 海关总署公告2023年第39号附件所列下列物项不再实施出口管制，具体见附件。\n附件：调出管制的物项清单"
    assert entries(lifted, [("u1", "附件", "1.高纯石墨电极；\n2.球化石墨。")]) == []
    two = "决定对本公告附件1所列物项实施出口管制。\n附件1：部分锂电池生产设备管制清单\n附件2：最终用户和最终用途说明（样式）"
    links = [("u2", "附件2", "1.最终用户名称；\n2.最终用途。"), ("u1", "附件1", "1.卷绕机；\n2.叠片机。")]
    assert entries(two, links) == ["卷绕机", "叠片机"]
    one = "决定对本公告附件所列设备实施出口管制。\n附件：可充放电锂离子电池生产设备清单"
    assert entries(one, [("u1", "附件1.pdf", "附件1\n1.卷绕机；\n2.叠片机。")]) == ["卷绕机", "叠片机"]
    day = dt.date(2026, 11, 1)
    ended = "商务部、海关总署公告2025年第55号暂停实施期间届满后，自2026年11月11日起恢复实施。"
    assert [(r.relation, r.target_number.number) for r in extract_relations(ended, None, day, day)] == [
        ("resumes", 55)
    ]
    told = (
        "商务部公告2025年第18号已于2025年8月12日暂停实施，于2025年11月10日废止，本公告不涉及该公告所列物项。"
    )
    assert extract_relations(told, None, day, day) == []
    noted = (
        "物项列表\n第一部分（原产于中国的稀土物项）\n1.1C902.a 金属钐（参考海关商品编号：2805301910）\n"
        "第二部分所列物项不包括本部分所列物项。\n第二部分 在境外制造的稀土物项\n1.钐钴永磁材料\n2.钐靶"
    )
    assert [e.path for e in part_entries(noted, "x", "u", "附件1")[0]] == [
        "第一部分/1",
        "第二部分/1",
        "第二部分/2",
    ]


def test_a_table_whose_days_override_the_notices_own_dates_its_amendment_by_row() -> None:
    """本公告自公布之日起施行；调整表对条目的施行日期另有规定的，从其规定 over a 施行日期 column printing three days (2026
    No. 2730): the notice's one amendment of the list is an act on each of the table's days."""
    body = (
        "商务部、海关总署决定对商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》"
        "部分条目进行调整。现将有关事项公告如下：\n一、调整的条目及其施行日期，见本公告后附的调整表。\n"
        "二、本公告自公布之日起施行；调整表对条目的施行日期另有规定的，从其规定。\n商务部 海关总署\n2074年11月6日\n"
        "调整表\n序号 | 调整方式 | 管制编码 | 物项名称 | 施行日期\n1 | 增列 | 3B901.a.7 | 涂布机 | 自公布之日起\n"
        "2 | 增列 | 3B901.a.8 | 辊压机 | 2074年12月1日\n3 | 修改 | 1C117.b | 钼粉 | 2075年3月1日"
    )
    day = dt.date(2074, 11, 6)
    page = _page(body, "商务部 海关总署公告2026年第2730号", day, day, "on_publication")
    acts = [(r.relation, r.target_number.number, r.window_from) for r in extract_notice(page, {}).relations]
    assert acts == [
        ("amends", 51, dt.date(2074, 11, 6)),
        ("amends", 51, dt.date(2074, 12, 1)),
        ("amends", 51, dt.date(2075, 3, 1)),
    ]


def test_second_read_of_408_table_days_blank_rows_and_clause_amendments() -> None:
    """…另有规定的，从其规定 over a table whose rows print no day keep the notice's own day for them; a clause amended beside
    a table of new goods is not dated by the table."""
    intro = "商务部、海关总署决定对商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布的《中华人民共和国两用物项出口管制清单》部分条目进行调整。\n"
    table = (
        "\n商务部 海关总署\n2026年11月6日\n调整表\n序号 | 调整方式 | 管制编码 | 物项名称 | 施行日期\n"
        "1 | 增列 | 3B901.a.7 | 涂布机 | \n2 | 修改 | 1C117.b | 钼粉 | 2027年3月1日"
    )
    day, own = dt.date(2026, 11, 6), dt.date(2026, 12, 1)
    body = intro + "二、本公告自2026年12月1日起施行；调整表对条目的施行日期另有规定的，从其规定。" + table
    page = _page(body, "商务部 海关总署公告2026年第1号", day, own, None)
    assert [r.window_from for r in extract_notice(page, {}).relations] == [own, dt.date(2027, 3, 1)]
    clause = (
        "一、将商务部 海关总署公告2023年第39号第三条修改为：“三、出口经营者应当通过许可证件管理系统提交申请。”\n"
        "二、对附表所列物项实施出口管制，未经许可不得出口。\n三、本公告自公布之日起施行；附表对条目的施行日期另有规定的，从其规定。"
        "\n商务部\n2026年11月6日\n附表\n序号 | 管制编码 | 物项名称 | 施行日期\n1 | 3B901.a.7 | 涂布机 | 2026年12月1日\n2 | 3B901.a.8 | 辊压机 | 2027年3月1日"
    )
    page = _page(clause, "商务部公告2026年第2号", day, day, "on_publication")
    assert [(r.target_number.number, r.window_from) for r in extract_notice(page, {}).relations] == [
        (39, day)
    ]


def test_second_read_of_411_table_days_for_a_list_named_by_its_title_and_section_rows() -> None:
    """…对《中华人民共和国两用物项出口管制清单》（…第51号公布）部分条目进行调整 — an amendment with no clause — is the table's
    to date; a section row of the table (第一部分 增列条目) adds no day."""
    body = (
        "商务部、海关总署决定对《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码管理局公告2024年第51号公布）"
        "部分条目进行调整。\n二、本公告自公布之日起施行；调整表对条目的施行日期另有规定的，从其规定。\n商务部 海关总署\n2074年11月6日\n"
        "调整表\n序号 | 调整方式 | 管制编码 | 物项名称 | 施行日期\n第一部分 增列条目 |  |  |  | \n"
        "1 | 增列 | 3B901.a.7 | 涂布机 | 2074年12月1日\n2 | 修改 | 1C117.b | 钼粉 | 2075年3月1日"
    )
    day = dt.date(2074, 11, 6)
    page = _page(body, "商务部 海关总署公告2026年第3号", day, day, "on_publication")
    assert [r.window_from for r in extract_notice(page, {}).relations] == [
        dt.date(2074, 12, 1),
        dt.date(2075, 3, 1),
    ]
