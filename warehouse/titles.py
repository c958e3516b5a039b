"""English notice titles: which notices need one composed, and storing what was composed.

Composition itself is pure (parsers/titles.py); this module only finds the notices whose title or
vocabulary changed since their English was composed, and writes the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class TitleRow:
    notice_id: str
    title_zh: str
    number_en: str
    title_en: str
    complete: bool
    missing: tuple[str, ...]


def titles_to_compose(con: duckdb.DuckDBPyConnection, vocabulary: str) -> list[tuple[str, str, str]]:
    """(notice_id, number_zh, title_zh) of notices without an English title for their current title
    and this vocabulary."""
    return con.execute(
        """
        SELECT n.notice_id, n.number_zh, n.title_zh FROM notice_records n
        LEFT JOIN notice_titles_en t ON t.notice_id = n.notice_id
        WHERE t.notice_id IS NULL OR t.title_zh <> n.title_zh OR t.vocabulary <> ?
        ORDER BY n.notice_id
        """,
        [vocabulary],
    ).fetchall()


def write_titles(
    con: duckdb.DuckDBPyConnection, rows: Sequence[TitleRow], vocabulary: str, now: dt.datetime
) -> None:
    for row in rows:
        con.execute(
            """
            INSERT INTO notice_titles_en VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (notice_id) DO UPDATE SET
                title_zh = excluded.title_zh, number_en = excluded.number_en, title_en = excluded.title_en,
                complete = excluded.complete, missing = excluded.missing, vocabulary = excluded.vocabulary,
                composed_at = excluded.composed_at
            """,
            [
                row.notice_id,
                row.title_zh,
                row.number_en,
                row.title_en,
                row.complete,
                list(row.missing),
                vocabulary,
                now,
            ],
        )
