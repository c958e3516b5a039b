"""Runs as the orchestrator sees them: lineage of re-executions, and the fetch queue between steps.

A Dagster run may execute only some steps (one asset materialized from the UI, or a re-execution
from the failed step), so the row of a run is keyed by the orchestrator's run id and says which
run it re-executes; the fetch step reads the pages to fetch from here rather than from an object
handed over in memory, so a re-execution fetches what the original discovery queued.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import duckdb

from warehouse.store import bulk_insert


@dataclass(frozen=True)
class Lineage:
    """Where a run stands in a chain of re-executions (both None for a first run)."""

    root_run_id: str | None = None
    parent_run_id: str | None = None
    job_name: str | None = None
    assets: tuple[str, ...] = ()


def run_exists(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    return con.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchone() is not None


def record_lineage(con: duckdb.DuckDBPyConnection, run_id: str, lineage: Lineage) -> None:
    con.execute(
        "UPDATE runs SET root_run_id = ?, parent_run_id = ?, job_name = ?, assets = ? WHERE run_id = ?",
        [lineage.root_run_id, lineage.parent_run_id, lineage.job_name, list(lineage.assets), run_id],
    )


def queue_fetches(con: duckdb.DuckDBPyConnection, run_id: str, urls: Sequence[str], now: dt.datetime) -> None:
    """The pages this run's discovery wants fetched, in order (replacing an earlier queue of the run)."""
    con.execute("DELETE FROM fetch_queue WHERE run_id = ?", [run_id])
    bulk_insert(
        con,
        "fetch_queue",
        [("run_id", "VARCHAR"), ("position", "INTEGER"), ("url", "VARCHAR")],
        [[run_id, position, url] for position, url in enumerate(urls, start=1)],
    )
    con.execute("UPDATE runs SET discovered_at = ? WHERE run_id = ?", [now, run_id])


def queue_owner(con: duckdb.DuckDBPyConnection, run_id: str, root_run_id: str | None) -> str | None:
    """Whose queue a fetch step of `run_id` works on: its own discovery's, else the latest one of its
    re-execution chain, else the latest discovery of any run (an asset materialized on its own)."""
    row = con.execute(
        """
        SELECT run_id FROM runs WHERE discovered_at IS NOT NULL
        ORDER BY run_id = ? DESC, (run_id = ? OR root_run_id = ?) DESC, discovered_at DESC
        LIMIT 1
        """,
        [run_id, root_run_id or run_id, root_run_id or run_id],
    ).fetchone()
    return str(row[0]) if row else None


def queued_urls(con: duckdb.DuckDBPyConnection, owner: str) -> list[str]:
    rows = con.execute("SELECT url FROM fetch_queue WHERE run_id = ? ORDER BY position", [owner]).fetchall()
    return [str(r[0]) for r in rows]


# What each asset materializes, counted for its `dagster/row_count`.
CountedTable = Literal["listing_links", "pages", "notices", "controls_current"]


def row_count(con: duckdb.DuckDBPyConnection, name: CountedTable) -> int:
    """Rows of what one asset materializes, for the `dagster/row_count` of its materialization.

    One count per asset, not all four: `notices` is a view that costs about ten times the others,
    and an unchanged night counts once per asset. Each count is its own constant statement, so no SQL
    is built from the argument."""
    if name == "listing_links":
        row = con.execute("SELECT count(*) FROM listing_links").fetchone()
    elif name == "pages":
        row = con.execute("SELECT count(*) FROM pages WHERE purpose = 'article'").fetchone()
    elif name == "notices":
        row = con.execute("SELECT count(*) FROM notices").fetchone()
    else:
        row = con.execute("SELECT count(*) FROM controls_current").fetchone()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class RunNotice:
    notice_id: str
    number_zh: str
    title_zh: str
    url: str
    version: int


def notices_of_run(con: duckdb.DuckDBPyConnection, run_id: str, limit: int = 50) -> list[RunNotice]:
    """Notice versions a run wrote (new notices and edited pages), for links in the UI."""
    rows = con.execute(
        """
        SELECT v.notice_id, n.number_zh, v.title_zh, v.url, v.version
        FROM notice_versions v JOIN notice_records n USING (notice_id)
        WHERE v.run_id = ? ORDER BY n.published_on DESC NULLS LAST, v.notice_id LIMIT ?
        """,
        [run_id, limit],
    ).fetchall()
    return [RunNotice(str(r[0]), str(r[1]), str(r[2] or ""), str(r[3]), int(r[4])) for r in rows]


def run_row(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, object] | None:
    cursor = con.execute("SELECT * FROM runs WHERE run_id = ?", [run_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))
