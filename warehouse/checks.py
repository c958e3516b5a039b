"""Data-quality queries behind the Dagster asset checks (the checks themselves live in pipelines/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class CheckOutcome:
    passed: bool
    description: str
    count: int = 0
    sample: tuple[str, ...] = ()


def listing_returned_notices(con: duckdb.DuckDBPyConnection, run_id: str) -> CheckOutcome:
    row = con.execute("SELECT listing_ok FROM runs WHERE run_id = ?", [run_id]).fetchone()
    problems = [
        f"{r[0]}: {r[1]}"
        for r in con.execute(
            "SELECT url, message FROM data_issues WHERE run_id = ? AND code LIKE 'listing_%'", [run_id]
        ).fetchall()
    ]
    ok = bool(row and row[0])
    return CheckOutcome(
        ok,
        "every listing answered with notices" if ok else "a listing failed or was empty",
        len(problems),
        tuple(problems[:5]),
    )


def pages_parsed(con: duckdb.DuckDBPyConnection, run_id: str) -> CheckOutcome:
    """Pages of this run whose parse failed: each was isolated and recorded, the rest of the run went on."""
    rows = con.execute(
        "SELECT url || ': ' || message FROM data_issues WHERE run_id = ? AND code IN (?, ?) ORDER BY issue_id",
        [run_id, "page_failed", "page_unparseable"],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} page(s) failed to parse in this run" if rows else "every page of this run parsed",
        len(rows),
        tuple(r[0] for r in rows[:5]),
    )


def source_freshness(con: duckdb.DuckDBPyConnection, now: dt.datetime, max_days: float) -> CheckOutcome:
    row = con.execute(
        "SELECT max(fetched_at) FROM fetch_log WHERE purpose = 'listing' AND error IS NULL "
        "AND (status BETWEEN 200 AND 299 OR not_modified)"
    ).fetchone()
    last = row[0] if row else None
    if last is None:
        return CheckOutcome(False, "no listing has ever been fetched successfully")
    age = (now - last).total_seconds() / 86400
    return CheckOutcome(
        age <= max_days, f"last successful listing fetch {age:.1f} day(s) ago (limit {max_days})"
    )


def invalid_hs_codes(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    rows = con.execute(
        """
        SELECT e.notice_id || ' ' || e.path || ' ' || code
        FROM control_entries e JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version,
             unnest(e.hs_codes) AS t(code)
        WHERE NOT regexp_full_match(code, '[0-9]{8}|[0-9]{10}')
        """
    ).fetchall()
    return CheckOutcome(
        not rows, f"{len(rows)} HS code(s) not 8 or 10 digits", len(rows), tuple(r[0] for r in rows[:5])
    )


def entries_out_of_bounds(con: duckdb.DuckDBPyConnection, maximum: int = 2000) -> CheckOutcome:
    """A notice that adds controls but yields no entry (or implausibly many) needs a human look."""
    rows = con.execute(
        """
        SELECT n.notice_id, count(e.entry_key) AS entries,
               EXISTS (SELECT 1 FROM attachments a WHERE a.notice_id = n.notice_id) AS has_attachment
        FROM notice_records n
        LEFT JOIN control_entries e ON e.notice_id = n.notice_id AND e.version = n.current_version
        WHERE n.kind = 'adds_controls'
        GROUP BY n.notice_id
        HAVING count(e.entry_key) > ? OR (count(e.entry_key) = 0 AND has_attachment)
        """,
        [maximum],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} notice(s) with an unexpected number of entries",
        len(rows),
        tuple(f"{r[0]}: {r[1]} entries" for r in rows[:5]),
    )


def unreconciled_counts(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    rows = con.execute(
        "SELECT coalesce(notice_id, url) || ': ' || message FROM data_issues WHERE code = 'count_mismatch'"
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} notice(s) whose stated item count differs from the extraction",
        len(rows),
        tuple(r[0] for r in rows[:5]),
    )


def overlapping_periods(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    rows = con.execute(
        """
        SELECT a.entry_key FROM control_periods a JOIN control_periods b
          ON a.entry_key = b.entry_key AND a.known_to_lv IS NULL AND b.known_to_lv IS NULL
         AND (a.valid_from, a.notice_id) < (b.valid_from, b.notice_id)
         AND (a.valid_to IS NULL OR b.valid_from < a.valid_to)
        UNION ALL
        SELECT a.party_key || ' @ ' || a.list FROM party_periods a JOIN party_periods b
          ON a.party_key = b.party_key AND a.list = b.list AND a.known_to_lv IS NULL AND b.known_to_lv IS NULL
         AND (a.valid_from, a.notice_id) < (b.valid_from, b.notice_id)
         AND (a.valid_to IS NULL OR b.valid_from < a.valid_to)
        """
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} entry key(s) with overlapping periods",
        len(rows),
        tuple(r[0] for r in rows[:5]),
    )


def duplicate_changes(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    rows = con.execute(
        # a party on two lists changes twice in one run, once per list
        "SELECT run_id || ' ' || change_type || ' ' || entry_key FROM changes "
        "GROUP BY run_id, change_type, entry_key, list HAVING count(*) > 1"
    ).fetchall()
    return CheckOutcome(
        not rows, f"{len(rows)} duplicated change(s)", len(rows), tuple(r[0] for r in rows[:5])
    )
