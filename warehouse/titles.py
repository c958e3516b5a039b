"""English notice titles: which notices need one composed, and storing what was composed.

Composition itself is pure (parsers/titles.py); this module only finds the notices whose title or
vocabulary changed since their English was composed, and writes the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.store import bulk_insert


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


_TITLE_COLUMNS = (
    ("notice_id", "VARCHAR"),
    ("title_zh", "VARCHAR"),
    ("number_en", "VARCHAR"),
    ("title_en", "VARCHAR"),
    ("complete", "BOOLEAN"),
    ("missing", "VARCHAR[]"),
    ("vocabulary", "VARCHAR"),
    ("composed_at", "TIMESTAMPTZ"),
)


def write_titles(
    con: duckdb.DuckDBPyConnection, rows: Sequence[TitleRow], vocabulary: str, now: dt.datetime
) -> None:
    """One statement per chunk, not one per notice: a first crawl composes every notice's title, and
    row-by-row statements were a sixth of its serial parse step."""
    last = {row.notice_id: row for row in rows}  # a statement may update a row only once
    bulk_insert(
        con,
        "notice_titles_en",
        _TITLE_COLUMNS,
        [
            [r.notice_id, r.title_zh, r.number_en, r.title_en, r.complete, list(r.missing), vocabulary, now]
            for r in last.values()
        ],
        """ON CONFLICT (notice_id) DO UPDATE SET
            title_zh = excluded.title_zh, number_en = excluded.number_en, title_en = excluded.title_en,
            complete = excluded.complete, missing = excluded.missing, vocabulary = excluded.vocabulary,
            composed_at = excluded.composed_at""",
    )
