"""Read-only summaries for the command line (the demo's closing report, a run's outcome)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class RunReport:
    notices: int
    versions: int
    entries: int
    issues: int
    changes_by_type: list[tuple[str, int]]
    added: list[tuple[str, str, str, str, list[str], dt.date | None, str | None, dt.date | None]]
    suspended: list[tuple[str | None, str, int, dt.date | None, dt.date | None]]
    modified: list[tuple[str, str, str]]
    parties: int = 0  # parties on a list today or later (current knowledge)
    listed: list[tuple[str, str, str, str, str | None, dt.date | None]] = ()  # type: ignore[assignment]


def run_report(con: duckdb.DuckDBPyConnection, run_id: str) -> RunReport:
    counts = con.execute(
        "SELECT (SELECT count(*) FROM notices), (SELECT count(*) FROM notice_versions), "
        "(SELECT count(*) FROM control_entries e JOIN notice_records n ON n.notice_id = e.notice_id "
        " AND n.current_version = e.version), (SELECT count(*) FROM data_issues)"
    ).fetchone()
    assert counts is not None
    by_type = con.execute(
        "SELECT change_type, count(*) FROM changes WHERE run_id = ? GROUP BY 1 ORDER BY 1", [run_id]
    ).fetchall()
    added = con.execute(
        "SELECT notice_id, name_zh, coalesce(name_en, ''), coalesce(control_code, '-'), hs_codes, effective_on, "
        "json_extract_string(detail, '$.status'), window_until "
        "FROM changes WHERE run_id = ? AND change_type = 'added' ORDER BY notice_id, entry_key",
        [run_id],
    ).fetchall()
    suspended = con.execute(
        "SELECT cause_notice_id, notice_id, count(*), min(effective_on), max(window_until) FROM changes "
        "WHERE run_id = ? AND change_type = 'suspended' AND list IS NULL GROUP BY 1, 2 ORDER BY 2",
        [run_id],
    ).fetchall()
    modified = con.execute(
        "SELECT notice_id, name_zh, CAST(detail AS VARCHAR) FROM changes WHERE run_id = ? AND change_type = 'modified' "
        "AND list IS NULL "
        "ORDER BY notice_id, entry_key",
        [run_id],
    ).fetchall()
    parties = con.execute(
        "SELECT count(DISTINCT party_key) FROM party_periods WHERE known_to_lv IS NULL"
    ).fetchone()
    listed = con.execute(
        "SELECT list, notice_id, name_zh, coalesce(name_en, ''), country, effective_on FROM changes "
        "WHERE run_id = ? AND change_type = 'listed' ORDER BY list, notice_id, entry_key",
        [run_id],
    ).fetchall()
    return RunReport(
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        by_type,
        added,
        suspended,
        modified,
        parties[0] if parties else 0,
        listed,
    )


def listing_ok(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    row = con.execute("SELECT listing_ok FROM runs WHERE run_id = ?", [run_id]).fetchone()
    return bool(row and row[0])
