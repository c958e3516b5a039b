"""Data-quality queries behind the Dagster asset checks (the checks themselves live in pipelines/).

Given a run id, a check judges what that run wrote (its notice versions, its issues, its changes):
a check that kept failing on an issue recorded months ago would teach operators to ignore it.
"""

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
    columns: tuple[str, ...] = ()  # names of the `rows` fields (the sample as a table)
    rows: tuple[tuple[object, ...], ...] = ()


_SAMPLE = 20


def listing_returned_notices(con: duckdb.DuckDBPyConnection, run_id: str) -> CheckOutcome:
    row = con.execute("SELECT listing_ok FROM runs WHERE run_id = ?", [run_id]).fetchone()
    found = con.execute(
        "SELECT url, code, message FROM data_issues WHERE run_id = ? AND code LIKE 'listing_%'", [run_id]
    ).fetchall()
    ok = bool(row and row[0])
    return CheckOutcome(
        ok,
        "every listing answered with notices" if ok else "a listing failed or was empty",
        len(found),
        tuple(f"{r[0]}: {r[2]}" for r in found[:5]),
        ("url", "code", "message"),
        tuple(tuple(r) for r in found[:_SAMPLE]),
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


def invalid_hs_codes(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> CheckOutcome:
    """HS codes of the current entries (of the notice versions `run_id` wrote, when given)."""
    rows = con.execute(
        """
        SELECT e.notice_id, e.path, code
        FROM control_entries e JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version
             JOIN notice_versions v ON v.notice_id = e.notice_id AND v.version = e.version,
             unnest(e.hs_codes) AS t(code)
        WHERE NOT regexp_full_match(code, '[0-9]{8}|[0-9]{10}') AND (? IS NULL OR v.run_id = ?)
        ORDER BY 1, 2
        """,
        [run_id, run_id],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} HS code(s) not 8 or 10 digits",
        len(rows),
        tuple(" ".join(r) for r in rows[:5]),
        ("notice_id", "path", "hs_code"),
        tuple(tuple(r) for r in rows[:_SAMPLE]),
    )


def entries_out_of_bounds(
    con: duckdb.DuckDBPyConnection, maximum: int = 2000, run_id: str | None = None
) -> CheckOutcome:
    """A notice that adds controls but yields no entry (or implausibly many) needs a human look."""
    rows = con.execute(
        """
        SELECT n.notice_id, count(e.entry_key) AS entries,
               EXISTS (SELECT 1 FROM attachments a WHERE a.notice_id = n.notice_id) AS has_attachment
        FROM notice_records n
        JOIN notice_versions v ON v.notice_id = n.notice_id AND v.version = n.current_version
        LEFT JOIN control_entries e ON e.notice_id = n.notice_id AND e.version = n.current_version
        WHERE n.kind = 'adds_controls' AND (? IS NULL OR v.run_id = ?)
        GROUP BY n.notice_id
        HAVING count(e.entry_key) > ? OR (count(e.entry_key) = 0 AND has_attachment)
        ORDER BY 1
        """,
        [run_id, run_id, maximum],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} notice(s) with an unexpected number of entries",
        len(rows),
        tuple(f"{r[0]}: {r[1]} entries" for r in rows[:5]),
        ("notice_id", "entries", "has_attachment"),
        tuple(tuple(r) for r in rows[:_SAMPLE]),
    )


def unreconciled_counts(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> CheckOutcome:
    """Count mismatches recorded (by `run_id`, when given: the notices this run parsed)."""
    rows = con.execute(
        "SELECT coalesce(notice_id, url), message FROM data_issues "
        "WHERE code = 'count_mismatch' AND (? IS NULL OR run_id = ?) ORDER BY issue_id",
        [run_id, run_id],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} notice(s) whose stated item count differs from the extraction",
        len(rows),
        tuple(f"{r[0]}: {r[1]}" for r in rows[:5]),
        ("notice", "message"),
        tuple(tuple(r) for r in rows[:_SAMPLE]),
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
        ("entry_key",),
        tuple(tuple(r) for r in rows[:_SAMPLE]),
    )


def duplicate_changes(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> CheckOutcome:
    rows = con.execute(
        # a party on two lists changes twice in one run, once per list
        "SELECT run_id, change_type, entry_key, count(*) FROM changes WHERE (? IS NULL OR run_id = ?) "
        "GROUP BY run_id, change_type, entry_key, list HAVING count(*) > 1 ORDER BY 1, 2, 3",
        [run_id, run_id],
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} duplicated change(s)",
        len(rows),
        tuple(f"{r[0]} {r[1]} {r[2]}" for r in rows[:5]),
        ("run_id", "change_type", "entry_key", "times"),
        tuple(tuple(r) for r in rows[:_SAMPLE]),
    )
