"""Acts that start when another notice's window ends: marked by the parser, dated from the other notice
by `parsers.chains` (in memory) and by `warehouse.chains` (in the warehouse, after each parse step)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from bench.corpus import load_split
from bench.pipeline_accuracy import build_site, run_pipeline
from parsers.chains import Act, ReadNotice, act_of, resolve_anchors
from parsers.numbers import parse_notice_number
from parsers.relations import extract_relations
from warehouse.chains import resolve_chained_windows

OWN = parse_notice_number("商务部 海关总署公告2026年第1035号")
PUBLISHED = dt.date(2027, 12, 10)


def test_the_parser_anchors_an_act_to_the_window_another_notice_set() -> None:
    """No day printed and none told: the act keeps the notice's own start, with the anchor to date it by."""
    text = (
        "二、商务部 海关总署公告2025年第57号第一条，在商务部 海关总署公告2026年第1031号规定的暂停期限届满后"
        "继续暂停实施，为期6个月。\n"
    )
    (relation,) = extract_relations(text, OWN, PUBLISHED)
    assert (
        relation.relation,
        relation.target_number and relation.target_number.notice_id,
        relation.clause,
    ) == (
        "suspends",
        "MOFCOM-2025-57",
        "一",
    )
    assert relation.window_from == PUBLISHED
    assert relation.anchor is not None
    assert relation.anchor.maker is not None and relation.anchor.maker.notice_id == "MOFCOM-2026-1031"
    assert relation.anchor.duration is not None and "6个月" in relation.anchor.duration


def test_a_printed_start_wins_over_the_anchor() -> None:
    """…第1033号表中第3项所列暂停期限届满后，…自2028年3月1日起恢复实施: the day is printed; nothing to resolve."""
    text = (
        "三、商务部 海关总署公告2026年第1033号规定的暂停期限届满后，商务部 海关总署公告2025年第56号第一条"
        "自2028年3月1日起恢复实施。\n"
    )
    (relation,) = extract_relations(text, OWN, PUBLISHED)
    assert relation.anchor is None
    assert relation.window_from == dt.date(2028, 3, 1)


def _suspends(target: str, until: dt.date, clause: str | None = None) -> Act:
    return Act("suspends", target, clause, dt.date(2027, 1, 1), until)


def test_an_anchored_act_starts_the_day_after_its_maker_s_window_and_counts_its_period_from_there() -> None:
    maker = ReadNotice(
        "a", "MOFCOM-2026-1031", dt.date(2027, 7, 15), (_suspends("MOFCOM-2025-57", dt.date(2028, 11, 10)),)
    )
    anchored = Act(
        "suspends", "MOFCOM-2025-57", "一", PUBLISHED, dt.date(2028, 6, 10), anchored=True,
        maker="MOFCOM-2026-1031", duration="为期6个月",
    )  # fmt: skip
    follower = ReadNotice("b", "MOFCOM-2026-1035", PUBLISHED, (anchored,))
    for order in ([maker, follower], [follower, maker]):  # the order read in does not matter, the days do
        (act,) = resolve_anchors(order)["b"]
        assert (act.window_from, act.window_until) == (dt.date(2028, 11, 11), dt.date(2029, 5, 11))


def test_without_a_maker_the_act_follows_the_latest_window_set_on_its_target() -> None:
    older = ReadNotice(
        "a", "MOFCOM-2025-70", dt.date(2025, 11, 7), (_suspends("MOFCOM-2025-57", dt.date(2026, 11, 10)),)
    )
    newer = ReadNotice(
        "b", "MOFCOM-2026-900", dt.date(2026, 11, 1), (_suspends("MOFCOM-2025-57", dt.date(2027, 11, 10)),)
    )
    resumed = Act("resumes", "MOFCOM-2025-57", None, dt.date(2027, 6, 1), None, anchored=True)
    follower = ReadNotice("c", "MOFCOM-2026-950", dt.date(2027, 6, 1), (resumed,))
    (act,) = resolve_anchors([follower, newer, older])["c"]
    assert (act.window_from, act.window_until) == (dt.date(2027, 11, 11), None)


def test_an_anchor_that_does_not_resolve_keeps_the_notice_s_own_dates() -> None:
    """The maker was never read, or set two windows on the target and the act does not say which."""
    anchored = Act(
        "suspends", "MOFCOM-2025-57", None, PUBLISHED, None, anchored=True, maker="MOFCOM-2026-1031"
    )
    alone = ReadNotice("b", "MOFCOM-2026-1035", PUBLISHED, (anchored,))
    assert resolve_anchors([alone])["b"] == (anchored,)
    two = ReadNotice(
        "a",
        "MOFCOM-2026-1031",
        dt.date(2027, 7, 15),
        (
            _suspends("MOFCOM-2025-57", dt.date(2028, 5, 10), "一"),
            _suspends("MOFCOM-2025-57", dt.date(2028, 11, 10), "二"),
        ),
    )
    assert resolve_anchors([two, alone])["b"] == (anchored,)


def test_the_warehouse_dates_a_chain_from_the_notices_it_holds_and_a_second_pass_changes_nothing(
    tmp_path: Path,
) -> None:
    """Dev 2026 No. 1031 sets the windows No. 1035 follows; a run over both stores No. 1035's acts dated from
    No. 1031's, and resolving again (the next night's parse step) writes nothing."""
    rows = _stored_after_a_run(
        tmp_path,
        ("mofcom-2026-1031", "mofcom-2026-1035"),
        dt.date(2028, 1, 1),
        "SELECT clause, window_from, window_until, printed_from, anchor_maker FROM current_relations "
        "WHERE notice_id = 'MOFCOM-2026-1035' AND anchored ORDER BY clause",
    )
    # (No. 1031 suspends No. 57 to 2028-11-10; No. 1035 prints its clause's own day, 2028-01-01)
    assert rows == [
        (clause, dt.date(2028, 11, 11), None, dt.date(2028, 1, 1), "MOFCOM-2026-1031")
        for clause in ("一", "三", "二")
    ]


def _stored_after_a_run(
    tmp_path: Path, keys: tuple[str, ...], day: dt.date, query: str
) -> list[tuple[object, ...]]:
    """Run the pipeline over the dev notices `keys` served as a site; what `query` reads from the warehouse after it —
    checking that resolving the windows again (the next night's parse step) changes nothing."""
    notices = [n for n in load_split("dev") if n.key in keys]
    assert len(notices) == len(keys)
    build_site(notices, tmp_path / "site")
    db = tmp_path / "w.duckdb"
    run_pipeline(tmp_path / "site", db, day)
    con = duckdb.connect(str(db))
    try:
        rows = con.execute(query).fetchall()
        con.execute("BEGIN")
        assert resolve_chained_windows(con) == 0
        con.execute("ROLLBACK")
        return rows
    finally:
        con.close()


def test_corrections_said_to_apply_from_the_corrected_notice_s_day_are_anchored_to_it() -> None:
    """`本公告第一款、第二款所作更正，自被更正公告相应条款实施之日起适用；第三款所作更正，自本公告公布之日起适用。`: the
    corrections of clauses 一 and 二 take the corrected notice's day of force, the one of 三 this notice's."""
    text = (
        "一、2026年第732号公告\n"
        "（一）第一款第（一）项中的“核反应堆用石墨”，更正为“核反应堆用核级石墨”。\n"
        "二、商务部 海关总署公告2026年第733号附件第3项的管制编码“1C010.d”，更正为“1C010.c”。\n"
        "三、商务部 海关总署公告2025年第58号第三款第（二）项中的管制编码“3C902.b.2”，更正为“3C901.b.2”。\n"
        "四、本公告第一款、第二款所作更正，自被更正公告相应条款实施之日起适用；第三款所作更正，自本公告公布之日起适用。\n"
    )
    relations = extract_relations(text, OWN, PUBLISHED)
    anchored = {
        (r.target_number.notice_id if r.target_number else None): (r.anchor.since if r.anchor else None)
        for r in relations
    }
    assert anchored == {
        "MOFCOM-2026-732": "target_effective",
        "MOFCOM-2026-733": "target_effective",
        "MOFCOM-2025-58": None,
    }


def test_a_correction_anchored_to_its_target_starts_on_the_target_s_day_of_force() -> None:
    target = ReadNotice("a", "MOFCOM-2026-1131", dt.date(2033, 1, 12), (), effective_on=dt.date(2033, 3, 1))
    correction = Act(
        "amends",
        "MOFCOM-2026-1131",
        "一/(二)",
        dt.date(2033, 3, 20),
        None,
        anchored=True,
        since="target_effective",
    )
    follower = ReadNotice("b", "MOFCOM-2026-1133", dt.date(2033, 3, 20), (correction,))
    (act,) = resolve_anchors([follower, target])["b"]
    assert (act.window_from, act.window_until) == (dt.date(2033, 3, 1), None)
    (unknown,) = resolve_anchors([follower])["b"]  # the corrected notice never read: the notice's own day
    assert unknown.window_from == dt.date(2033, 3, 20)


def test_a_notice_in_force_on_another_notice_s_day_of_force_starts_its_acts_on_that_day() -> None:
    """`本公告自…第808号施行之日起施行`: the notice prints no day of force of its own; its acts start when No. 808's do."""
    text = (
        "三、《中华人民共和国两用物项出口管制清单》（商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号公布）中1C234项"
        "的描述，与本公告附件所列1C234项不一致的，以本公告附件为准。\n"
        "四、本公告自商务部 海关总署 国家原子能机构公告2026年第808号施行之日起施行。\n"
    )
    own = parse_notice_number("商务部 海关总署 国家原子能机构公告2026年第809号")
    (relation,) = extract_relations(text, own, dt.date(2026, 10, 21))
    assert relation.anchor is not None and relation.anchor.since == "maker_effective"
    assert relation.anchor.maker is not None and relation.anchor.maker.notice_id == "MOFCOM-2026-808"
    maker = ReadNotice("a", "MOFCOM-2026-808", dt.date(2026, 10, 12), (), effective_on=dt.date(2026, 11, 15))
    follower = ReadNotice("b", "MOFCOM-2026-809", dt.date(2026, 10, 21), (act_of(relation),))
    (act,) = resolve_anchors([follower, maker])["b"]
    assert act.window_from == dt.date(2026, 11, 15)
    (alone,) = resolve_anchors([follower])["b"]  # No. 808 never read: the notice's own day
    assert alone.window_from == dt.date(2026, 10, 21)


def test_corrections_said_to_apply_from_the_corrected_notice_named_by_number_are_dated_from_it() -> None:
    text = (
        "一、商务部公告2026年第1663号附件第2项“文号”栏中的“第10号”，更正为“第18号”。\n"
        "二、更正后的内容，自2026年第1663号公告施行之日起适用。\n"
    )
    (relation,) = extract_relations(text, OWN, PUBLISHED)
    assert relation.anchor is not None and relation.anchor.since == "target_effective"
    printed = (
        "一、商务部公告2026年第1673号附件第3项的管制编码“1C904.a”，更正为“1C905.a”。\n"
        "三、上述更正自第1673号公告附件施行之日即2028年5月1日起适用。\n"
    )
    (dated,) = extract_relations(printed, OWN, dt.date(2028, 4, 24))
    assert (dated.anchor, dated.window_from) == (None, dt.date(2028, 5, 1))


def test_a_correction_said_to_apply_from_the_corrected_notice_s_publication_starts_that_day() -> None:
    text = (
        "一、第1716号公告第一条第（一）项中磷化铟的参考海关商品编号“2853904015”，更正为“2853904051”。"
        "本项更正自第1716号公告公布之日起适用。\n"
    )
    own = parse_notice_number("商务部 海关总署公告2026年第1718号")
    (relation,) = extract_relations(text, own, dt.date(2029, 3, 6))
    assert relation.anchor is not None and relation.anchor.since == "target_published"
    target = ReadNotice("a", "MOFCOM-2026-1716", dt.date(2029, 1, 12), (), effective_on=dt.date(2029, 5, 1))
    follower = ReadNotice("b", "MOFCOM-2026-1718", dt.date(2029, 3, 6), (act_of(relation),))
    (act,) = resolve_anchors([follower, target])["b"]
    assert act.window_from == dt.date(2029, 1, 12)


def test_an_act_from_another_notice_s_day_of_force_names_no_act_on_that_notice_and_is_dated_by_it() -> None:
    text = (
        "2029年1月12日，商务部、海关总署发布2026年第1716号公告。\n"
        "一、商务部 海关总署公告2025年第10号第五款，自第1716号公告施行之日起停止执行。\n"
    )
    own = parse_notice_number("商务部 海关总署公告2026年第1717号")
    (relation,) = extract_relations(text, own, dt.date(2029, 1, 20))
    assert (relation.target_number and relation.target_number.notice_id, relation.relation) == (
        "MOFCOM-2025-10",
        "repeals",
    )
    maker = ReadNotice("a", "MOFCOM-2026-1716", dt.date(2029, 1, 12), (), effective_on=dt.date(2029, 5, 1))
    follower = ReadNotice("b", "MOFCOM-2026-1717", dt.date(2029, 1, 20), (act_of(relation),))
    (act,) = resolve_anchors([follower, maker])["b"]
    assert act.window_from == dt.date(2029, 5, 1)


def test_the_parser_marks_an_end_tied_to_another_notice_s_window_with_its_clause() -> None:
    """`暂停期限与…第1040号第二条所定…第58号公告第三条的暂停期限同时届满`: the end is that window's, which only a reader of
    No. 1040 knows; the act keeps the clause of this notice stating it (三), which later notices name it by."""
    text = (
        "三、商务部公告2024年第46号第二款，自2028年1月1日起继续暂停实施，暂停期限与商务部 海关总署公告2026年第1040号"
        "第二条第（一）项所定2025年第58号公告第三条的暂停期限同时届满。\n"
    )
    (relation,) = extract_relations(text, OWN, PUBLISHED)
    assert (relation.window_from, relation.window_until, relation.made_in) == (
        dt.date(2028, 1, 1),
        None,
        "三",
    )
    end = relation.end_anchor
    assert end is not None
    assert (end.maker.notice_id, end.made_in) == ("MOFCOM-2026-1040", "二/(一)")
    assert (end.target and end.target.notice_id, end.clause) == ("MOFCOM-2025-58", "三")


def test_an_end_or_start_named_by_the_maker_s_clause_is_that_clause_s_window() -> None:
    """The maker set two windows (its clauses 一 and 二); `…第1040号第二条规定的暂停期限` picks the second, for a
    start (…届满之次日起) and for an end (…届满之日止) alike; with no clause named it would be ambiguous."""
    maker = ReadNotice(
        "a",
        "MOFCOM-2026-1040",
        dt.date(2027, 7, 15),
        (
            Act("suspends", "MOFCOM-2025-55", None, dt.date(2027, 8, 1), dt.date(2028, 2, 1), made_in="一"),
            Act("suspends", "MOFCOM-2025-57", "四", dt.date(2027, 8, 1), dt.date(2027, 11, 1), made_in="二"),
        ),
    )
    start = Act(
        "suspends", "MOFCOM-2025-61", None, PUBLISHED, dt.date(2028, 12, 10), anchored=True,
        maker="MOFCOM-2026-1040", maker_clause="二", duration="为期1年",
    )  # fmt: skip
    end = Act(
        "suspends", "MOFCOM-2025-62", None, dt.date(2027, 9, 1), None,
        until_maker="MOFCOM-2026-1040", until_made_in="二",
    )  # fmt: skip
    unnamed = dataclasses.replace(end, until_made_in=None)
    follower = ReadNotice("b", "MOFCOM-2026-1041", dt.date(2027, 8, 20), (start, end, unnamed))
    got = [(a.window_from, a.window_until) for a in resolve_anchors([follower, maker])["b"]]
    assert got == [
        (dt.date(2027, 11, 2), dt.date(2028, 11, 2)),
        (dt.date(2027, 9, 1), dt.date(2027, 11, 1)),
        (dt.date(2027, 9, 1), None),
    ]


def test_the_warehouse_dates_an_end_tied_to_another_notice_s_clause(tmp_path: Path) -> None:
    """Dev 2026 No. 1232 ties No. 62's end to the window of No. 1231's clause 二, and the start of No. 61's to the
    end of its clause 一's: a run over both stores them dated from No. 1231, and a second pass writes nothing."""
    rows = _stored_after_a_run(
        tmp_path,
        ("mofcom-2026-1231", "mofcom-2026-1232"),
        dt.date(2040, 4, 1),
        "SELECT target_notice_id, clause, window_from, window_until, made_in FROM current_relations "
        "WHERE notice_id = 'MOFCOM-2026-1232' AND relation = 'suspends' ORDER BY target_notice_id, clause",
    )
    assert rows == [
        ("MOFCOM-2024-46", "二", dt.date(2040, 3, 20), None, "三"),
        ("MOFCOM-2025-61", "一/(一)", dt.date(2040, 8, 2), dt.date(2041, 8, 2), "一"),
        ("MOFCOM-2025-61", "一/(二)", dt.date(2040, 8, 2), dt.date(2041, 8, 2), "一"),
        ("MOFCOM-2025-62", None, dt.date(2040, 4, 1), dt.date(2040, 5, 1), "二"),
    ]


def test_an_end_tied_to_a_suspended_notice_s_window_is_that_window_in_force() -> None:
    """`…，自…起继续暂停实施，至2025年第55号公告第五条、第六条暂停期限届满之日止`: No. 55 is the notice suspended, not the
    maker — it is no target of the act, and the end is that of the window in force on its clause 五 (the latest
    notice's that set one)."""
    text = (
        "（一）2025年第56号公告第一条第（二）项，自2044年7月1日起继续暂停实施，"
        "至2025年第55号公告第五条、第六条暂停期限届满之日止；\n"
    )
    (relation,) = extract_relations(text, OWN, dt.date(2044, 6, 26))
    assert (relation.target_number.notice_id, relation.clause) == ("MOFCOM-2025-56", "一/(二)")
    assert relation.end_anchor is not None and relation.end_anchor.maker.notice_id == "MOFCOM-2025-55"
    older = ReadNotice(
        "a",
        "MOFCOM-2026-1296",
        dt.date(2044, 1, 20),
        (_suspends("MOFCOM-2025-55", dt.date(2044, 8, 11), "五"),),
    )
    newer = ReadNotice(
        "b",
        "MOFCOM-2026-1298",
        dt.date(2044, 4, 8),
        (_suspends("MOFCOM-2025-55", dt.date(2044, 12, 31), "五"),),
    )
    follower = ReadNotice("c", "MOFCOM-2026-1300", dt.date(2044, 6, 26), (act_of(relation),))
    (act,) = resolve_anchors([follower, newer, older])["c"]
    assert (act.window_from, act.window_until) == (dt.date(2044, 7, 1), dt.date(2044, 12, 31))


def test_a_notice_in_force_from_another_s_day_of_force_names_that_notice() -> None:
    """四、本公告自…第808号施行之日起施行: no day of its own, the other notice's; a printed day or 自公布之日起
    is the notice's own, and a clause dated from another notice is not the notice's day of force."""
    from parsers.numbers import parse_effective, parse_effective_with

    tied = "四、本公告自商务部 海关总署 国家原子能机构公告2026年第808号施行之日起施行。"
    assert parse_effective(tied, dt.date(2026, 10, 21)) == (None, None)
    maker = parse_effective_with(tied)
    assert maker is not None and maker.notice_id == "MOFCOM-2026-808"
    assert parse_effective_with("五、本公告自2026年12月1日起施行。") is None
    assert parse_effective_with("一、第五款，自第1716号公告施行之日起停止执行。") is None


@pytest.mark.parametrize(
    ("maker", "tied"), [("MOFCOM-2026-808", "MOFCOM-2026-807"), ("MOFCOM-2026-999", "MOFCOM-2026-1000")]
)
def test_notices_of_one_day_find_the_day_they_take_whatever_their_order(maker: str, tied: str) -> None:
    """Published the same day, the notice taking another's day of force may sort before it by id."""
    from parsers.chains import notice_days

    published = dt.date(2026, 10, 21)
    notices = [
        ReadNotice(tied, tied, published, (), published, maker),
        ReadNotice(maker, maker, published, (), dt.date(2026, 11, 15)),
    ]
    for order in (notices, notices[::-1]):
        assert notice_days(order) == {tied: dt.date(2026, 11, 15), maker: dt.date(2026, 11, 15)}


def test_a_notice_in_force_from_another_s_day_takes_that_day_along_a_chain() -> None:
    """809 from 808's day, 810 from 809's: each takes the day its maker is in force; a maker never read
    leaves the notice its own fallback (its publication)."""
    from parsers.chains import notice_days

    published = dt.date(2026, 10, 21)
    notices = [
        ReadNotice("c", "MOFCOM-2026-810", published, (), published, "MOFCOM-2026-809"),
        ReadNotice("b", "MOFCOM-2026-809", published, (), published, "MOFCOM-2026-808"),
        ReadNotice("a", "MOFCOM-2026-808", published, (), dt.date(2026, 11, 15)),
        ReadNotice("d", "MOFCOM-2026-811", published, (), published, "MOFCOM-2026-999"),
    ]
    assert notice_days(notices) == {
        "a": dt.date(2026, 11, 15),
        "b": dt.date(2026, 11, 15),
        "c": dt.date(2026, 11, 15),
        "d": published,
    }


def test_the_warehouse_dates_a_notice_and_its_entries_from_the_notice_whose_day_it_takes(
    tmp_path: Path,
) -> None:
    """2026 No. 809's materials are controlled from 808's day of force (15 November), not from 809's
    publication (21 October): in `notices`, in `control_entries` and in the list in force."""
    from warehouse.chains import resolve_notice_days

    notices = [n for n in load_split("dev") if n.key in ("mofcom-2026-808", "mofcom-2026-809")]
    build_site(notices, tmp_path / "site")
    db = tmp_path / "w.duckdb"
    run_pipeline(tmp_path / "site", db, dt.date(2026, 11, 1))
    con = duckdb.connect(str(db))
    try:
        notice = con.execute(
            "SELECT effective_on, effective_rule, effective_with FROM notice_records WHERE notice_id = 'MOFCOM-2026-809'"
        ).fetchone()
        entries = con.execute(
            "SELECT DISTINCT effective_on FROM control_entries WHERE notice_id = 'MOFCOM-2026-809'"
        ).fetchall()
        on = (
            "SELECT status, min(valid_from), count(*) FROM controls_as_of(CAST(? AS DATE)) "
            "WHERE notice_id = 'MOFCOM-2026-809' GROUP BY status"
        )
        before = con.execute(on, [dt.date(2026, 11, 14)]).fetchall()
        after = con.execute(on, [dt.date(2026, 11, 15)]).fetchall()
        con.execute("BEGIN")
        assert resolve_notice_days(con) == 0  # the next night's parse step changes nothing
        con.execute("ROLLBACK")
    finally:
        con.close()
    assert notice == (dt.date(2026, 11, 15), "with_notice", "MOFCOM-2026-808")
    assert entries == [(dt.date(2026, 11, 15),)]
    assert [(status, start) for status, start, _ in before] == [("pending", dt.date(2026, 11, 15))]
    assert [(status, start) for status, start, _ in after] == [("in_force", dt.date(2026, 11, 15))]
    assert after[0][2] == before[0][2] >= 10


def test_a_notice_read_before_the_one_whose_day_it_takes_is_re_dated_as_a_change(tmp_path: Path) -> None:
    """809 read alone is controlled from its publication and alerted so; when 808 arrives the next night,
    809's entries move to 808's day of force and the move is a regulatory change counsel receive."""
    dev = {n.key: n for n in load_split("dev") if n.key in ("mofcom-2026-808", "mofcom-2026-809")}
    db = tmp_path / "w.duckdb"
    build_site([dev["mofcom-2026-809"]], tmp_path / "alone")
    run_pipeline(tmp_path / "alone", db, dt.date(2026, 11, 1))
    build_site(list(dev.values()), tmp_path / "both")
    run_pipeline(tmp_path / "both", db, dt.date(2026, 11, 2))
    con = duckdb.connect(str(db), read_only=True)
    try:
        changes = con.execute(
            "SELECT c.change_type, c.effective_on, count(*) FROM changes c JOIN runs r USING (run_id) "
            "WHERE c.notice_id = 'MOFCOM-2026-809' GROUP BY ALL ORDER BY min(r.started_at)"
        ).fetchall()
        detail = con.execute(
            "SELECT DISTINCT detail->>'$.effective_on.old', detail->>'$.effective_on.new' FROM changes "
            "WHERE notice_id = 'MOFCOM-2026-809' AND change_type = 'modified'"
        ).fetchall()
    finally:
        con.close()
    assert [(kind, day) for kind, day, _ in changes] == [
        ("added", dt.date(2026, 10, 21)),
        ("modified", dt.date(2026, 11, 15)),
    ]
    assert changes[0][2] == changes[1][2] >= 10
    assert detail == [("2026-10-21", "2026-11-15")]


def test_clauses_in_force_with_another_notices_clause_take_that_clauses_day() -> None:
    """Learnt from the 319th batch: 本公告第一条、第二条自…第2246号第二条施行之日起施行 — the acts of those clauses start on the
    day 2246's clause 二 comes into force (its acts' day, 2037-02-01), not on 2246's publication."""
    earlier = (
        "二、商务部、海关总署公告2025年第56号的现行暂停期限于2037年1月31日届满后不再延长，该公告恢复实施。\n"
        "五、本公告第一条自公布之日起施行；第二条自2037年2月1日起施行。\n"
    )
    later = (
        "一、商务部公告2025年第62号暂停期满后恢复实施。\n"
        "四、本公告第一条自商务部、海关总署公告2026年第2246号第二条施行之日起施行。\n"
    )
    first_day, second_day = dt.date(2037, 1, 8), dt.date(2037, 1, 15)
    notices = [
        ReadNotice(
            key=key,
            notice_id=notice_id,
            published_on=day,
            effective_on=day,
            acts=tuple(act_of(r) for r in extract_relations(text, None, day, day)),
        )
        for key, notice_id, text, day in (
            ("a", "MOFCOM-2026-2246", earlier, first_day),
            ("b", "MOFCOM-2026-2247", later, second_day),
        )
    ]
    assert [(a.relation, a.target, a.window_from) for a in notices[0].acts] == [
        ("resumes", "MOFCOM-2025-56", dt.date(2037, 2, 1))
    ]
    (resumed,) = resolve_anchors(notices)["b"]
    assert (resumed.relation, resumed.target, resumed.window_from) == (
        "resumes",
        "MOFCOM-2025-62",
        dt.date(2037, 2, 1),
    )
