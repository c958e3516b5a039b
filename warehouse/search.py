"""Term search over control entries, on tokens cut by the same segmenter as the notices.

DuckDB's `fts` extension cannot be installed offline, so entries carry their jieba tokens and a
query matches when every query term is a token (or, for terms the segmenter does not know, a
substring of the Chinese name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Hit:
    notice_id: str
    entry_key: str
    name_zh: str
    name_en: str | None
    control_code: str | None
    hs_codes: tuple[str, ...]
    status: str | None


def search_entries(
    con: duckdb.DuckDBPyConnection, query: str, terms: Sequence[str], limit: int = 50
) -> list[Hit]:
    rows = con.execute(
        """
        SELECT e.notice_id, e.entry_key, e.name_zh, e.name_en, e.control_code, e.hs_codes, c.status
        FROM control_entries e
        JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version
        LEFT JOIN controls_current c ON c.entry_key = e.entry_key AND c.notice_id = e.notice_id
        WHERE (len(?::VARCHAR[]) > 0 AND list_has_all(e.tokens || [e.control_code] || e.hs_codes, ?::VARCHAR[]))
           OR contains(e.name_zh, ?)
           OR len(list_filter(e.hs_codes, lambda x: starts_with(x, ?))) > 0
        ORDER BY c.status NULLS LAST, e.notice_id DESC, e.entry_key
        LIMIT ?
        """,
        [list(terms), list(terms), query, query, limit],
    ).fetchall()
    return [Hit(r[0], r[1], r[2], r[3], r[4], tuple(r[5]), r[6]) for r in rows]
