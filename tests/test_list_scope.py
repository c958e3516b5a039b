"""Which entries a clause-level list event reaches, from the relation rows to the periods in force.

A repeal or suspension that names the target's annexed list (所附《…清单》…不再适用) ends or suspends every
entry of that list; one that names a top-level clause (二) reaches only the entries printed under it; one
that names something else (a licence procedure) reaches no entry."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from parsers.clause_scope import entry_scope, within_clause
from warehouse.db import apply_migrations
from warehouse.lists import Event, Source, compute_periods, load_inputs, unmatched_scopes

TARGET = "MOFCOM-2020-63"
ACTOR = "MOFCOM-2024-51"


def _warehouse(clause: str | None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    apply_migrations(con)
    for notice_id, published in ((TARGET, dt.date(2020, 7, 1)), (ACTOR, dt.date(2024, 11, 15))):
        con.execute(
            "INSERT INTO notice_records VALUES (?, 'n', 't', ['商务部'], ?, ?, NULL, 'u', 'notice', NULL,"
            " now(), now(), 1, NULL)",
            [notice_id, published, published],
        )
    for key, path, source in (
        ("k:cipher-machine", "附件/1", "attachment"),
        ("k:quantum-key", "附件/2", "attachment"),
        ("k:body-item", "二/1", "body"),
    ):
        con.execute(
            "INSERT INTO control_entries (notice_id, version, entry_key, path, name_zh, name_en_complete,"
            " hs_codes, kind, quote_zh, span_start, span_end, source, source_sha256, tokens, parser_version)"
            " VALUES (?, 1, ?, ?, ?, false, [], 'goods', 'q', 0, 1, ?, 'h', [], 'p')",
            [TARGET, key, path, key, source],
        )
    con.execute(
        "INSERT INTO notice_relations (notice_id, version, seq, relation, target_notice_id, target_label, clause,"
        " window_from, window_until, quote_zh) VALUES (?, 1, 1, 'repeals', ?, 'label', ?, DATE '2024-12-01', NULL, 'q')",
        [ACTOR, TARGET, clause],
    )
    return con


def _in_force_on(con: duckdb.DuckDBPyConnection, day: dt.date) -> set[str]:
    sources, events = load_inputs(con)
    return {
        p.entry_key
        for p in compute_periods(sources, events)
        if p.valid_from <= day and (p.valid_to is None or day < p.valid_to) and p.status == "in_force"
    }


@pytest.mark.parametrize(
    ("clause", "left_in_force"),
    [
        (None, set()),
        ("所附《商用密码出口管制清单》以及商用密码出口许可程序相关内容", set()),
        ("附件", set()),
        ("二", {"k:cipher-machine", "k:quantum-key"}),
        ("商用密码出口许可程序相关内容", {"k:cipher-machine", "k:quantum-key", "k:body-item"}),
        # 所列物项的出口管制措施 ends every listed item, as 所附清单 does
        ("所列物项的出口管制措施", set()),
        # a part of the list (中的…, 第三部分) is no whole list: it must not end the entries it does not name
        ("所附清单中的锂电池相关物项", {"k:cipher-machine", "k:quantum-key", "k:body-item"}),
        ("所附清单第三部分", {"k:cipher-machine", "k:quantum-key", "k:body-item"}),
        # an annexed form (a declaration to sign) is no list: ending it ends no entry
        ("所附的最终用户声明书（附件3）", {"k:cipher-machine", "k:quantum-key", "k:body-item"}),
        ("附件2申请表", {"k:cipher-machine", "k:quantum-key", "k:body-item"}),
    ],
)
def test_a_repeal_reaches_the_entries_its_clause_names(clause: str | None, left_in_force: set[str]) -> None:
    con = _warehouse(clause)
    everything = {"k:cipher-machine", "k:quantum-key", "k:body-item"}
    assert _in_force_on(con, dt.date(2024, 11, 30)) == everything
    assert _in_force_on(con, dt.date(2024, 12, 1)) == left_in_force


def test_entry_scope_keeps_top_level_clauses_and_widens_list_names() -> None:
    assert entry_scope("二") == "二"
    assert entry_scope("所附《两用物项和技术进出口许可证管理目录》") is None
    assert entry_scope("附件1") is None
    assert entry_scope(None) is None
    # A part of the list is kept as printed, so that it reaches no entry instead of the whole list.
    assert entry_scope("所附清单第三部分") == "所附清单第三部分"
    assert entry_scope("所列物项的出口管制措施") is None


def test_within_clause_reads_the_printed_clause_a_part_lies_in() -> None:
    assert within_clause("第二款中涉及超硬材料相关两用物项的内容") == "二"
    assert within_clause("第 三 条中的规定") == "三"
    # A clause that is not a part of a printed clause, or stops at a comma first, names none.
    assert within_clause("附件1") is None
    assert within_clause("第二款，其中") is None


def test_a_part_of_the_list_that_no_entry_is_under_is_reported_not_silent() -> None:
    con = _warehouse("所附清单第三部分")
    sources, events = load_inputs(con)
    issues = unmatched_scopes(sources, events)
    assert [(i.code, i.notice_id) for i in issues] == [("relation_scope_unresolved", ACTOR)]
    assert TARGET in issues[0].message and "第三部分" in issues[0].message
    # the list keeps the part: every entry still in force
    assert _in_force_on(con, dt.date(2024, 12, 1)) == {"k:cipher-machine", "k:quantum-key", "k:body-item"}


@pytest.mark.parametrize(
    "clause",
    [
        None,
        "所附《商用密码出口管制清单》",
        "二",
        "附件",
        "商用密码出口许可程序相关内容",
        "所附的企业承诺书（附件2）",
    ],
)
def test_scopes_that_reach_entries_or_a_clause_of_measures_raise_nothing(clause: str | None) -> None:
    sources, events = load_inputs(_warehouse(clause))
    assert unmatched_scopes(sources, events) == []


def _body_warehouse(clause: str) -> duckdb.DuckDBPyConnection:
    """The target prints its list in the body, three levels deep (一/(一)/7 as entries' paths are written)."""
    con = _warehouse(clause)
    con.execute("DELETE FROM control_entries")
    for key, path in (
        ("k:antimony-ore", "一/(一)/1"),
        ("k:gold-antimony-tech", "一/(一)/7"),
        ("k:gold-antimony-tech-70", "一/(一)/70"),
        ("k:press", "一/(二)/1"),
        ("k:clause-two", "二/1"),
    ):
        con.execute(
            "INSERT INTO control_entries (notice_id, version, entry_key, path, name_zh, name_en_complete,"
            " hs_codes, kind, quote_zh, span_start, span_end, source, source_sha256, tokens, parser_version)"
            " VALUES (?, 1, ?, ?, ?, false, [], 'goods', 'q', 0, 1, 'body', 'h', [], 'p')",
            [TARGET, key, path, key],
        )
    return con


@pytest.mark.parametrize(
    ("clause", "ended"),
    [
        # 第一款第（一）项第7目同时停止执行: that point only, not 第70目, not the rest of 第（一）项
        ("一/(一)/7", {"k:gold-antimony-tech"}),
        ("一/(一)", {"k:antimony-ore", "k:gold-antimony-tech", "k:gold-antimony-tech-70"}),
        ("一", {"k:antimony-ore", "k:gold-antimony-tech", "k:gold-antimony-tech-70", "k:press"}),
        ("一/(三)", set()),
    ],
)
def test_a_repeal_of_a_printed_point_ends_only_the_entries_under_it(clause: str, ended: set[str]) -> None:
    con = _body_warehouse(clause)
    everything = {
        "k:antimony-ore",
        "k:gold-antimony-tech",
        "k:gold-antimony-tech-70",
        "k:press",
        "k:clause-two",
    }
    assert _in_force_on(con, dt.date(2024, 11, 30)) == everything
    assert _in_force_on(con, dt.date(2024, 12, 1)) == everything - ended


def test_a_part_of_a_clause_with_entries_is_reported_and_ends_nothing() -> None:
    """第一款中涉及…的内容不再适用: part of clause 一 ends, in words no entry path carries. No entry is
    changed (ending all of 一 would be a false 'removed' for the rest) and the data issue says so; a part
    of a clause listing nothing (二 here has one entry, 三 none) is a measure, not reported."""
    con = _body_warehouse("第一款中涉及锑相关物项的内容")
    sources, events = load_inputs(con)
    [issue] = unmatched_scopes(sources, events)
    assert issue.code == "relation_scope_unresolved" and "第一款中涉及锑相关物项的内容" in issue.message
    assert len(_in_force_on(con, dt.date(2024, 12, 1))) == 5
    sources, events = load_inputs(_body_warehouse("第三款中涉及报关的内容"))
    assert unmatched_scopes(sources, events) == []


def test_an_annexed_form_is_kept_as_printed_and_an_annexed_list_of_forms_is_still_the_list() -> None:
    assert entry_scope("所附的企业承诺书（附件2）") == "所附的企业承诺书（附件2）"
    # Counterexample: a list whose name mentions a form is still the list.
    assert entry_scope("所附《申请表所列物项清单》") is None


def _source(notice: str, clause: str | None = None) -> Source:
    return Source("k:ore", notice, 1, clause or "一/1", dt.date(2025, 4, 4), ())


def _status_on(events: list[Event], day: dt.date) -> str | None:
    periods = compute_periods([_source("MOFCOM-2025-55")], events)
    return next(
        (p.status for p in periods if p.valid_from <= day and (p.valid_to is None or day < p.valid_to)), None
    )


def test_an_extended_suspension_runs_on_and_an_early_resumption_ends_it() -> None:
    """A suspension to 2026-11-10, extended from 2026-11-11 for a year, then ended early from 2026-12-18:
    suspended without a gap across the extension, in force again from the resumption; a later window
    printed to close before the old one ends (an overlap) changes nothing until both have run out."""
    first = Event(
        "suspends", "MOFCOM-2025-70", "MOFCOM-2025-55", None, dt.date(2025, 11, 7), dt.date(2026, 11, 10)
    )
    extended = Event(
        "suspends", "MOFCOM-2026-821", "MOFCOM-2025-55", None, dt.date(2026, 11, 11), dt.date(2027, 11, 11)
    )
    resumed = Event("resumes", "MOFCOM-2026-824", "MOFCOM-2025-55", None, dt.date(2026, 12, 18), None)
    assert _status_on([first, extended], dt.date(2026, 11, 10)) == "suspended"
    assert _status_on([first, extended], dt.date(2026, 11, 11)) == "suspended"
    assert _status_on([first, extended], dt.date(2027, 11, 11)) == "suspended"
    assert _status_on([first, extended], dt.date(2027, 11, 12)) == "in_force"
    assert _status_on([first, extended, resumed], dt.date(2026, 12, 17)) == "suspended"
    assert _status_on([first, extended, resumed], dt.date(2026, 12, 18)) == "in_force"
    overlapping = Event(
        "suspends", "MOFCOM-2026-821", "MOFCOM-2025-55", None, dt.date(2026, 11, 5), dt.date(2027, 5, 10)
    )
    assert _status_on([first, overlapping], dt.date(2026, 11, 8)) == "suspended"
    assert _status_on([first, overlapping], dt.date(2027, 5, 11)) == "in_force"


def test_a_clause_resumed_leaves_the_other_clauses_suspended() -> None:
    """第一款、第二款恢复执行 while 第三款 stays suspended (no new window for it)."""
    suspended = Event("suspends", "MOFCOM-2026-821", "MOFCOM-2025-58", None, dt.date(2026, 11, 11), None)
    resumed = Event("resumes", "MOFCOM-2026-824", "MOFCOM-2025-58", "一", dt.date(2027, 1, 1), None)
    sources = [
        Source("k:one", "MOFCOM-2025-58", 1, "一/1", dt.date(2025, 4, 4), ()),
        Source("k:three", "MOFCOM-2025-58", 1, "三/1", dt.date(2025, 4, 4), ()),
    ]
    day = dt.date(2027, 1, 2)
    statuses = {
        p.entry_key: p.status
        for p in compute_periods(sources, [suspended, resumed])
        if p.valid_from <= day and (p.valid_to is None or day < p.valid_to)
    }
    assert statuses == {"k:one": "in_force", "k:three": "suspended"}
