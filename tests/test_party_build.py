"""Resolving events on earlier notices' parties, in isolation (warehouse.parties.party_inputs)."""

from __future__ import annotations

import datetime as dt

from warehouse.parties import ATTRS, _Ref, _Row, party_inputs

D = dt.date


def row(
    key: str, notice: str, start: dt.date, list_name: str = "control_list", country: str = "美国"
) -> _Row:
    attrs = tuple(zip(ATTRS, (key, None, (), country, False, (), "quote"), strict=True))
    return _Row(key, list_name, notice, 1, "listed", start, None, country, attrs)


ROWS = [
    row("en:highpointaerotechnologies", "MOFCOM-2025-21", D(2025, 4, 4)),
    row("en:cubic", "MOFCOM-2025-21", D(2025, 4, 4)),
    row("en:americanphotonics", "MOFCOM-2025-22", D(2025, 4, 9)),
]


def ref(**values: object) -> _Ref:
    base: dict[str, object] = {
        "notice_id": "MOFCOM-2025-99",
        "action": "suspended",
        "list": "control_list",
        "target_notice_id": None,
        "listed_on": None,
        "country": None,
        "stated_count": None,
        "start": D(2025, 8, 12),
        "until": D(2025, 11, 9),
        "label": "label",
    }
    base.update(values)
    return _Ref(**base)  # type: ignore[arg-type]


def test_a_reference_by_date_resolves_to_that_days_listings_and_checks_the_count() -> None:
    refs = [ref(listed_on=D(2025, 4, 4), country="美国", stated_count=16, label="…的16家美国实体")]
    sources, events, issues, _ = party_inputs(ROWS, refs, {})
    assert len(sources) == 3
    assert sorted((e.relation, e.target_notice_id, e.clause, e.start, e.until) for e in events) == [
        ("suspends", "MOFCOM-2025-21", "en:cubic", D(2025, 8, 12), D(2025, 11, 9)),
        ("suspends", "MOFCOM-2025-21", "en:highpointaerotechnologies", D(2025, 8, 12), D(2025, 11, 9)),
    ]
    assert issues == [
        (
            "party_ref_count_mismatch",
            "MOFCOM-2025-99",
            "…的16家美国实体: the notice states 16 parties; 2 are known",
        )
    ]


def test_a_reference_by_number_and_one_that_resolves_to_nothing() -> None:
    refs = [
        ref(action="removed", target_notice_id="MOFCOM-2025-22", until=None),
        ref(target_notice_id="UEL-2025-7", list=None, label="〔2025〕7号"),
    ]
    _, events, issues, _ = party_inputs(ROWS, refs, {})
    assert [(e.relation, e.target_notice_id, e.clause) for e in events] == [
        ("repeals", "MOFCOM-2025-22", "en:americanphotonics")
    ]
    assert [code for code, _, _ in issues] == ["party_ref_unresolved"]


def test_a_control_listing_ends_the_same_partys_watch_listing() -> None:
    rows = [
        row("en:subaru", "MOFCOM-2026-12", D(2026, 2, 24), "watch_list", "日本"),
        row("en:subaru", "MOFCOM-2026-40", D(2026, 6, 1), "control_list", "日本"),
    ]
    _, events, _, moves = party_inputs(rows, [], {})
    assert [(e.relation, e.actor_notice_id, e.target_notice_id, e.clause, e.start) for e in events] == [
        ("repeals", "MOFCOM-2026-40", "MOFCOM-2026-12", "en:subaru", D(2026, 6, 1))
    ]
    assert moves == set(events)


def test_a_named_removal_of_a_party_never_listed_is_an_issue_not_a_silent_no_op() -> None:
    """UEL 〔2026〕997号 removes two firms whose listing regwatch never read: no period ends, and the
    removal must be visible as a data issue; a removal of a known listing ends it without one."""
    removed = [
        _Row(r.party_key, r.list, "MOFCOM-2025-99", 1, "removed", D(2025, 9, 1), None, None, r.attrs)
        for r in (row("en:cubic", "x", D(2025, 1, 1)), row("en:neverlisted", "x", D(2025, 1, 1)))
    ]
    _, events, issues, _ = party_inputs([*ROWS, *removed], [], {})
    assert [(e.relation, e.target_notice_id, e.clause) for e in events] == [
        ("repeals", "MOFCOM-2025-21", "en:cubic")
    ]
    assert issues == [
        (
            "party_event_unresolved",
            "MOFCOM-2025-99",
            "en:neverlisted: removed on the control_list, but no earlier listing of it is known",
        )
    ]


def test_a_move_printed_as_a_removal_and_a_listing_ends_the_watch_listing_once_and_stays_a_move() -> None:
    """`将X从关注名单移出，并列入出口管制管控名单`: the parser yields a watch-list removal and a control
    listing; the removal is the same event as the move the control listing implies, not a second one."""
    watch = row("en:subaru", "MOFCOM-2026-12", D(2026, 2, 24), "watch_list", "日本")
    control = row("en:subaru", "MOFCOM-2026-40", D(2026, 6, 1), "control_list", "日本")
    removal = _Row(
        "en:subaru", "watch_list", "MOFCOM-2026-40", 1, "removed", D(2026, 6, 1), None, "日本", watch.attrs
    )
    _, events, issues, moves = party_inputs([watch, removal, control], [], {})
    assert issues == []
    assert {(e.relation, e.actor_notice_id, e.target_notice_id, e.start) for e in events} == {
        ("repeals", "MOFCOM-2026-40", "MOFCOM-2026-12", D(2026, 6, 1))
    }
    assert set(events) == moves
