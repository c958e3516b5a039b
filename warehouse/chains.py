"""Date the stored acts that start when another notice's window ends (parsers/chains.py), and the notices
in force from another's day of force, from the notices the warehouse holds.

Run after every parse step that stored something, in its transaction: a notice read tonight may be the
one an older notice's act follows (a first crawl reads them in any order), and a new version of a notice
may move the window others follow. Each pass starts again from what the notices print
(`printed_from`/`printed_until`), so it is idempotent: a second pass over the same rows writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import duckdb

from parsers.chains import Act, ReadNotice, notice_days, resolve_anchors

_CURRENT_RELATIONS = """
SELECT r.notice_id, n.published_on, coalesce(n.effective_on, n.published_on), r.seq, r.relation,
       r.target_notice_id, r.clause, r.window_from, r.window_until, coalesce(r.anchored, false),
       r.anchor_maker, r.anchor_duration, coalesce(r.anchor_since, 'window_end'), r.printed_from, r.printed_until,
       r.made_in, r.anchor_made_in, r.end_maker, r.end_made_in, r.end_target, r.end_clause
FROM notice_relations r
JOIN notice_records n ON n.notice_id = r.notice_id AND n.current_version = r.version
ORDER BY r.notice_id, r.seq
"""

_Stored = tuple[int, Act, tuple[dt.date | None, dt.date | None]]


def resolve_chained_windows(con: duckdb.DuckDBPyConnection) -> int:
    """Re-date every anchored act of the current versions; returns how many rows changed."""
    rows = con.execute(_CURRENT_RELATIONS).fetchall()
    if not any(row[9] or row[17] for row in rows):  # (anchored, or an end tied to another notice)
        return 0
    # every notice held, with or without relations of its own: a correction may date from one that has none
    days = {
        str(key): (published, effective)
        for key, published, effective in con.execute(
            "SELECT notice_id, published_on, coalesce(effective_on, published_on) FROM notice_records"
        ).fetchall()
    }
    acts: dict[str, list[_Stored]] = defaultdict(list)
    for row in rows:
        acts[str(row[0])].append((int(row[3]), _act(row), (_day(row[7]), _day(row[8]))))
    notices = [
        ReadNotice(key, key, published, tuple(a for _, a, _ in acts.get(key, [])), effective)
        for key, (published, effective) in days.items()
    ]
    changed = []
    for notice_id, resolved in resolve_anchors(notices).items():
        for (seq, _, stored), act in zip(acts.get(notice_id, []), resolved, strict=True):
            if (act.window_from, act.window_until) != stored:
                changed.append((act.window_from, act.window_until, notice_id, seq))
    if changed:
        con.executemany(
            "UPDATE notice_relations SET window_from = ?, window_until = ? "
            "WHERE notice_id = ? AND seq = ? AND version = "
            "(SELECT current_version FROM notice_records WHERE notice_id = notice_relations.notice_id)",
            changed,
        )
    return len(changed)


def resolve_notice_days(con: duckdb.DuckDBPyConnection) -> int:
    """Date every notice in force from another's day of force (`effective_with`, migration 0014) from that
    notice when held, else from its own publication, and move its goods and party entries that took the
    notice's day with it; returns how many notices changed. Idempotent: the day a notice alone gives is its publication."""
    rows = con.execute(
        "SELECT notice_id, published_on, effective_on, effective_with FROM notice_records"
    ).fetchall()
    if not any(row[3] for row in rows):
        return 0
    stored = {str(row[0]): _day(row[2]) for row in rows}
    read = [
        ReadNotice(
            str(key), str(key), _day(published), (), _day(published) if tied else _day(effective), _text(tied)
        )
        for key, published, effective, tied in rows
    ]
    changed = [
        (day, notice_id, stored[notice_id])
        for notice_id, day in notice_days(read).items()
        if day != stored[notice_id]
    ]
    for day, notice_id, before in changed:
        con.execute(
            "UPDATE control_entries SET effective_on = ? WHERE notice_id = ? AND effective_on IS NOT DISTINCT FROM ? "
            "AND version = (SELECT current_version FROM notice_records WHERE notice_id = ?)",
            [day, notice_id, before, notice_id],
        )
        con.execute(
            "UPDATE party_entries SET effective_on = ? WHERE notice_id = ? AND effective_on IS NOT DISTINCT FROM ? "
            "AND version = (SELECT current_version FROM notice_records WHERE notice_id = ?)",
            [day, notice_id, before, notice_id],
        )
        con.execute(
            "UPDATE party_events SET effective_on = ? WHERE notice_id = ? AND effective_on IS NOT DISTINCT FROM ? "
            "AND version = (SELECT current_version FROM notice_records WHERE notice_id = ?)",
            [day, notice_id, before, notice_id],
        )
        con.execute("UPDATE notice_records SET effective_on = ? WHERE notice_id = ?", [day, notice_id])
    return len(changed)


def _act(row: tuple[object, ...]) -> Act:
    """A stored relation as the resolver needs it: an anchored act from what its notice prints, never from
    an earlier pass."""
    relation, target, clause, start, until, anchored, maker, duration, since, p_from, p_until = row[4:15]
    made_in, maker_clause, end_maker, end_made_in, end_target, end_clause = (_text(v) for v in row[15:21])
    printed = bool(anchored) or end_maker is not None
    return Act(
        relation=str(relation),
        target=_text(target),
        clause=_text(clause),
        window_from=_day(p_from if printed else start),
        window_until=_day(p_until if printed else until),
        anchored=bool(anchored),
        maker=_text(maker),
        duration=_text(duration),
        since=str(since),
        made_in=made_in,
        maker_clause=maker_clause,
        until_maker=end_maker,
        until_made_in=end_made_in,
        until_target=end_target,
        until_clause=end_clause,
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _day(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None
