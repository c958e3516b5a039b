"""English notice titles, composed after parsing (parsers/titles.py) and stored for analysts.

Runs in the parse step's transaction when pages were parsed, and on its own when nothing was parsed
but titles are missing or the vocabulary changed (an upgrade), so a warehouse never needs a re-parse
to get its titles. A title with a piece left in Chinese is recorded once as a `title_en_partial`
data issue naming the piece, for a person to add the word.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import duckdb

from parsers.titles import compose_title_en, default_vocabulary
from warehouse import store
from warehouse.titles import TitleRow, titles_to_compose, write_titles

if TYPE_CHECKING:
    from pipelines.run.context import RunContext


def compose_pending(con: duckdb.DuckDBPyConnection, run_id: str, now: dt.datetime) -> tuple[int, int]:
    """Compose and store every missing or stale English title; (composed, left partly in Chinese)."""
    vocabulary = default_vocabulary()
    rows: list[TitleRow] = []
    issues: list[store.IssueRow] = []
    for notice_id, number_zh, title_zh in titles_to_compose(con, vocabulary.fingerprint):
        title = compose_title_en(title_zh, number_zh, vocabulary)
        rows.append(
            TitleRow(notice_id, title_zh, title.number_en, title.title_en, title.complete, title.missing)
        )
        if not title.complete:
            issues.append(
                store.IssueRow(
                    "title_en_partial",
                    f"English title keeps Chinese for {', '.join(title.missing)}: no glossary term or rule",
                    notice_id=notice_id,
                    line=title_zh,
                )
            )
    write_titles(con, rows, vocabulary.fingerprint, now)
    store.add_issues(con, run_id, now, issues)
    return len(rows), len(issues)


def compose_titles(ctx: RunContext) -> None:
    """The standalone path: a write transaction only when some title needs composing."""
    if not ctx.warehouse.exists():
        return
    with ctx.warehouse.read() as con:
        if not titles_to_compose(con, default_vocabulary().fingerprint):
            return
    with ctx.write() as con:
        composed, partial = compose_pending(con, ctx.run_id, ctx.now())
    log_titles(ctx, composed, partial)


def log_titles(ctx: RunContext, composed: int, partial: int) -> None:
    if composed:
        ctx.log(f"english titles: {composed} composed, {partial} with a piece left in Chinese")
