"""Date the stored acts that start when another notice's window ends (parsers/chains.py), from the
notices the warehouse holds.

Run after every parse step that stored something, in its transaction: a notice read tonight may be the
one an older notice's act follows (a first crawl reads them in any order), and a new version of a notice
may move the window others follow. Each pass starts again from what the notices print
(`printed_from`/`printed_until`), so it is idempotent: a second pass over the same rows writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import duckdb

from parsers.chains import Act, ReadNotice, resolve_anchors

_CURRENT_RELATIONS = """
SELECT r.notice_id, n.published_on, r.seq, r.relation, r.target_notice_id, r.clause,
       r.window_from, r.window_until, coalesce(r.anchored, false),
       r.anchor_maker, r.anchor_duration, r.printed_from, r.printed_until
FROM notice_relations r
JOIN notice_records n ON n.notice_id = r.notice_id AND n.current_version = r.version
ORDER BY r.notice_id, r.seq
"""


def resolve_chained_windows(con: duckdb.DuckDBPyConnection) -> int:
    """Re-date every anchored act of the current versions; returns how many rows changed."""
    rows = con.execute(_CURRENT_RELATIONS).fetchall()
    if not any(row[8] for row in rows):
        return 0
    published: dict[str, dt.date | None] = {}
    acts: dict[str, list[tuple[int, Act, tuple[dt.date | None, dt.date | None]]]] = defaultdict(list)
    for (
        notice_id,
        day,
        seq,
        relation,
        target,
        clause,
        start,
        until,
        anchored,
        maker,
        duration,
        p_from,
        p_until,
    ) in rows:
        published[notice_id] = day
        act = Act(
            relation=relation,
            target=target,
            clause=clause,
            # an anchored act is resolved from what its notice prints, never from an earlier pass
            window_from=p_from if anchored else start,
            window_until=p_until if anchored else until,
            anchored=anchored,
            maker=maker,
            duration=duration,
        )
        acts[notice_id].append((seq, act, (start, until)))
    notices = [
        ReadNotice(notice_id, notice_id, published[notice_id], tuple(a for _, a, _ in items))
        for notice_id, items in acts.items()
    ]
    changed = []
    for notice_id, resolved in resolve_anchors(notices).items():
        for (seq, _, stored), act in zip(acts[notice_id], resolved, strict=True):
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
