"""Writes and the reads that feed them. Every function takes the caller's connection, so that a
pipeline step can do all its writes in one `Warehouse.write()` transaction. Values are always
bound parameters, never pasted into SQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from typing import cast

import duckdb

# -- runs --------------------------------------------------------------------------------------


def begin_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    trigger: str,
    as_of: dt.date,
    parser_version: str,
    now: dt.datetime,
) -> None:
    # A run killed mid-way never reached finish_run: say so instead of leaving it "running" forever.
    # Runs interleave step by step (a watch run beside the nightly one), so only old ones are stale.
    con.execute(
        "UPDATE runs SET status = 'abandoned', message = coalesce(message, 'interrupted before it finished') "
        "WHERE status = 'running' AND run_id <> ? AND started_at < ? - INTERVAL 12 HOUR",
        [run_id, now],
    )
    con.execute(
        "INSERT INTO runs (run_id, started_at, status, trigger, as_of, parser_version) VALUES (?, ?, 'running', ?, ?, ?) "
        "ON CONFLICT (run_id) DO UPDATE SET status = 'running', as_of = excluded.as_of",
        [run_id, now, trigger, as_of, parser_version],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection, run_id: str, status: str, now: dt.datetime, message: str | None = None
) -> None:
    con.execute(
        "UPDATE runs SET status = ?, finished_at = ?, message = ? WHERE run_id = ?",
        [status, now, message, run_id],
    )


def set_listing_ok(con: duckdb.DuckDBPyConnection, run_id: str, ok: bool) -> None:
    con.execute("UPDATE runs SET listing_ok = ? WHERE run_id = ?", [ok, run_id])


def mark_baseline(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    con.execute("UPDATE runs SET baseline = TRUE WHERE run_id = ?", [run_id])


# -- fetching ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageState:
    url: str
    purpose: str
    etag: str | None
    last_modified: str | None
    sha256: str | None
    content_type: str | None
    last_checked: dt.datetime | None
    notice_id: str | None


def page_states(con: duckdb.DuckDBPyConnection) -> dict[str, PageState]:
    rows = con.execute(
        "SELECT url, purpose, etag, last_modified, sha256, content_type, last_checked, notice_id FROM pages"
    ).fetchall()
    return {r[0]: PageState(*r) for r in rows}


@dataclass(frozen=True)
class FetchRecord:
    """One request as the warehouse records it (built from the fetcher's result)."""

    url: str
    method: str
    purpose: str
    fetched_at: dt.datetime
    status: int | None
    etag: str | None
    last_modified: str | None
    sha256: str | None  # of the body received, or of the body reused on 304
    nbytes: int
    conditional: bool
    not_modified: bool
    attempts: int
    elapsed_ms: int | None
    error: str | None
    content_type: str | None


def record_fetches(con: duckdb.DuckDBPyConnection, run_id: str, records: Sequence[FetchRecord]) -> None:
    for r in records:
        con.execute(
            "INSERT INTO fetch_log (run_id, url, method, purpose, fetched_at, status, etag, last_modified, sha256, "
            "bytes, conditional, not_modified, attempts, elapsed_ms, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                run_id,
                r.url,
                r.method,
                r.purpose,
                r.fetched_at,
                r.status,
                r.etag,
                r.last_modified,
                r.sha256,
                r.nbytes,
                r.conditional,
                r.not_modified,
                r.attempts,
                r.elapsed_ms,
                r.error,
            ],
        )
        if r.sha256 and not r.not_modified:
            con.execute(
                "INSERT INTO raw_objects VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [r.sha256, r.nbytes, r.content_type, r.fetched_at, r.url],
            )
        answered = r.status is not None and (200 <= r.status < 300 or r.not_modified) and r.sha256 is not None
        if answered:
            con.execute(
                """
                INSERT INTO pages (url, purpose, etag, last_modified, sha256, content_type, first_seen, last_seen,
                                   last_checked, last_status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET
                    etag = coalesce(excluded.etag, pages.etag),
                    last_modified = coalesce(excluded.last_modified, pages.last_modified),
                    sha256 = excluded.sha256,
                    content_type = coalesce(excluded.content_type, pages.content_type),
                    last_seen = excluded.last_seen, last_checked = excluded.last_checked,
                    last_status = excluded.last_status
                """,
                [
                    r.url,
                    r.purpose,
                    r.etag,
                    r.last_modified,
                    r.sha256,
                    r.content_type,
                    r.fetched_at,
                    r.fetched_at,
                    r.fetched_at,
                    r.status,
                ],
            )
        else:
            # A page that vanished (404) or failed keeps its last good body: removal is not repeal.
            con.execute(
                "UPDATE pages SET last_checked = ?, last_status = ? WHERE url = ?",
                [r.fetched_at, r.status, r.url],
            )


def record_listing_links(
    con: duckdb.DuckDBPyConnection,
    listing_url: str,
    links: Iterable[tuple[str, str, dt.date | None]],
    now: dt.datetime,
) -> None:
    for url, title, listed_on in links:
        con.execute(
            """
            INSERT INTO listing_links VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (listing_url, url) DO UPDATE SET title = excluded.title, listed_on = excluded.listed_on,
                last_seen = excluded.last_seen
            """,
            [listing_url, url, title, listed_on, now, now],
        )


def last_listing_success(con: duckdb.DuckDBPyConnection) -> dt.datetime | None:
    row = con.execute(
        "SELECT max(fetched_at) FROM fetch_log WHERE purpose = 'listing' AND error IS NULL "
        "AND (status BETWEEN 200 AND 299 OR not_modified)"
    ).fetchone()
    return row[0] if row else None


def listing_failures(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[str, ...]:
    """Listing requests of a run that failed, as lines for the digest's warning banner."""
    rows = con.execute(
        "SELECT url, coalesce(error, 'HTTP ' || status) FROM fetch_log WHERE run_id = ? AND purpose = 'listing' "
        "AND (error IS NOT NULL OR status >= 400) ORDER BY fetched_at",
        [run_id],
    ).fetchall()
    issues = con.execute(
        "SELECT url, message FROM data_issues WHERE run_id = ? AND code IN ('listing_empty', 'listing_unparseable')",
        [run_id],
    ).fetchall()
    return tuple(f"{url}: {message}" for url, message in [*rows, *issues])


# -- parsing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PendingPage:
    url: str
    sha256: str
    content_type: str | None


def pages_to_parse(con: duckdb.DuckDBPyConnection, parser_version: str) -> list[PendingPage]:
    """Article pages whose current body has not been parsed by this parser version.

    Ordered by first sight, so the first URL a notice was found at stays its primary copy.
    """
    rows = con.execute(
        """
        SELECT url, sha256, content_type FROM pages
        WHERE purpose = 'article' AND sha256 IS NOT NULL
          AND (parsed_sha256 IS DISTINCT FROM sha256 OR parsed_version IS DISTINCT FROM ?)
        ORDER BY first_seen, url
        """,
        [parser_version],
    ).fetchall()
    return [PendingPage(*r) for r in rows]


def mark_parsed(
    con: duckdb.DuckDBPyConnection, url: str, sha256: str, parser_version: str, notice_id: str | None
) -> None:
    con.execute(
        "UPDATE pages SET parsed_sha256 = ?, parsed_version = ?, notice_id = coalesce(?, notice_id) WHERE url = ?",
        [sha256, parser_version, notice_id, url],
    )


@dataclass(frozen=True)
class NoticeState:
    notice_id: str
    url: str
    current_version: int
    content_hash: str
    parser_version: str


def notice_state(con: duckdb.DuckDBPyConnection, notice_id: str) -> NoticeState | None:
    row = con.execute(
        """
        SELECT n.notice_id, n.url, n.current_version, v.content_hash, v.parser_version
        FROM notice_records n JOIN notice_versions v ON v.notice_id = n.notice_id AND v.version = n.current_version
        WHERE n.notice_id = ?
        """,
        [notice_id],
    ).fetchone()
    return NoticeState(*row) if row else None


@dataclass(frozen=True)
class NoticeRow:
    notice_id: str
    number_zh: str
    title_zh: str
    issuers: list[str]
    published_on: dt.date | None
    effective_on: dt.date | None
    effective_rule: str | None
    url: str
    kind: str
    issuing_unit: str | None


def upsert_notice(con: duckdb.DuckDBPyConnection, row: NoticeRow, version: int, now: dt.datetime) -> None:
    con.execute(
        """
        INSERT INTO notice_records (notice_id, number_zh, title_zh, issuers, published_on, effective_on, effective_rule,
            url, kind, issuing_unit, first_seen, last_seen, current_version)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (notice_id) DO UPDATE SET
            number_zh = excluded.number_zh, title_zh = excluded.title_zh, issuers = excluded.issuers,
            published_on = excluded.published_on, effective_on = excluded.effective_on,
            effective_rule = excluded.effective_rule, kind = excluded.kind, issuing_unit = excluded.issuing_unit,
            last_seen = excluded.last_seen, current_version = excluded.current_version
        """,
        [
            row.notice_id,
            row.number_zh,
            row.title_zh,
            row.issuers,
            row.published_on,
            row.effective_on,
            row.effective_rule,
            row.url,
            row.kind,
            row.issuing_unit,
            now,
            now,
            version,
        ],
    )


def touch_notice(con: duckdb.DuckDBPyConnection, notice_id: str, now: dt.datetime) -> None:
    con.execute("UPDATE notice_records SET last_seen = ? WHERE notice_id = ?", [now, notice_id])


def insert_version(
    con: duckdb.DuckDBPyConnection,
    notice_id: str,
    version: int,
    sha256: str,
    content_hash: str,
    fetched_at: dt.datetime,
    url: str,
    run_id: str,
    title: str,
    body: str,
    published_on: dt.date | None,
    effective_on: dt.date | None,
    kind: str,
    parser_version: str,
) -> None:
    con.execute(
        "INSERT INTO notice_versions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (notice_id, version) DO UPDATE SET "
        "kind = excluded.kind, effective_on = excluded.effective_on, published_on = excluded.published_on, "
        "parser_version = excluded.parser_version, title_zh = excluded.title_zh",
        [
            notice_id,
            version,
            sha256,
            content_hash,
            fetched_at,
            url,
            run_id,
            title,
            body,
            published_on,
            effective_on,
            kind,
            parser_version,
        ],
    )


@dataclass(frozen=True)
class EntryRow:
    entry_key: str
    path: str
    category_zh: str | None
    group_zh: str | None
    control_code: str | None
    control_code_printed: str | None
    name_zh: str
    name_en: str | None
    name_en_complete: bool
    hs_codes: list[str]
    hs_label: str | None
    kind: str
    spec_zh: str | None
    effective_on: dt.date | None
    quote_zh: str
    span_start: int
    span_end: int
    source: str
    source_sha256: str
    tokens: list[str]


def entry_records(con: duckdb.DuckDBPyConnection, notice_id: str, version: int) -> list[dict[str, object]]:
    rows = con.execute(
        "SELECT entry_key, path, category_zh, control_code, name_zh, name_en, hs_codes, kind, spec_zh "
        "FROM control_entries WHERE notice_id = ? AND version = ? ORDER BY entry_key",
        [notice_id, version],
    ).fetchall()
    names = (
        "entry_key",
        "path",
        "category_zh",
        "control_code",
        "name_zh",
        "name_en",
        "hs_codes",
        "kind",
        "spec_zh",
    )
    return [dict(zip(names, r, strict=True)) for r in rows]


def replace_entries(
    con: duckdb.DuckDBPyConnection,
    notice_id: str,
    version: int,
    entries: Sequence[EntryRow],
    parser_version: str,
) -> None:
    con.execute("DELETE FROM control_entries WHERE notice_id = ? AND version = ?", [notice_id, version])
    if not entries:
        return
    con.executemany(
        "INSERT INTO control_entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            [
                notice_id,
                version,
                e.entry_key,
                e.path,
                e.category_zh,
                e.group_zh,
                e.control_code,
                e.control_code_printed,
                e.name_zh,
                e.name_en,
                e.name_en_complete,
                e.hs_codes,
                e.hs_label,
                e.kind,
                e.spec_zh,
                e.effective_on,
                e.quote_zh,
                e.span_start,
                e.span_end,
                e.source,
                e.source_sha256,
                e.tokens,
                parser_version,
            ]
            for e in entries
        ],
    )


@dataclass(frozen=True)
class RelationRow:
    relation: str
    target_notice_id: str | None
    target_label: str
    clause: str | None
    window_from: dt.date | None
    window_until: dt.date | None
    quote_zh: str


def replace_relations(
    con: duckdb.DuckDBPyConnection, notice_id: str, version: int, relations: Sequence[RelationRow]
) -> None:
    con.execute("DELETE FROM notice_relations WHERE notice_id = ? AND version = ?", [notice_id, version])
    for seq, r in enumerate(relations, start=1):
        con.execute(
            "INSERT INTO notice_relations VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                notice_id,
                version,
                seq,
                r.relation,
                r.target_notice_id,
                r.target_label,
                r.clause,
                r.window_from,
                r.window_until,
                r.quote_zh,
            ],
        )


def replace_paragraphs(
    con: duckdb.DuckDBPyConnection, notice_id: str, version: int, paragraphs: Sequence[tuple[str, list[str]]]
) -> None:
    con.execute("DELETE FROM notice_paragraphs WHERE notice_id = ? AND version = ?", [notice_id, version])
    if paragraphs:
        con.executemany(
            "INSERT INTO notice_paragraphs VALUES (?,?,?,?,?)",
            [[notice_id, version, n, text, tokens] for n, (text, tokens) in enumerate(paragraphs, start=1)],
        )


def record_version_diff(
    con: duckdb.DuckDBPyConnection, notice_id: str, version: int, diff: dict[str, object]
) -> None:
    added = cast(Sized, diff.get("added") or [])
    removed = cast(Sized, diff.get("removed") or [])
    modified = cast(Sized, diff.get("modified") or {})
    con.execute(
        "INSERT INTO notice_version_diffs VALUES (?,?,?,?,?,?) ON CONFLICT DO UPDATE SET added = excluded.added, "
        "removed = excluded.removed, modified = excluded.modified, detail = excluded.detail",
        [
            notice_id,
            version,
            len(added),
            len(removed),
            len(modified),
            json.dumps(diff, ensure_ascii=False, default=str),
        ],
    )


def record_copy(
    con: duckdb.DuckDBPyConnection,
    notice_id: str,
    url: str,
    sha256: str,
    content_hash: str,
    matches: bool,
    now: dt.datetime,
) -> None:
    con.execute(
        "INSERT INTO notice_copies VALUES (?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen",
        [notice_id, url, sha256, content_hash, matches, now, now],
    )


def record_attachment(
    con: duckdb.DuckDBPyConnection,
    notice_id: str,
    url: str,
    label: str | None,
    sha256: str | None,
    text_chars: int | None,
    error: str | None,
) -> None:
    con.execute(
        "INSERT INTO attachments VALUES (?,?,?,?,?,?) ON CONFLICT DO UPDATE SET sha256 = excluded.sha256, "
        "text_chars = excluded.text_chars, error = excluded.error, label = excluded.label",
        [notice_id, url, label, sha256, text_chars, error],
    )


def add_issue(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    now: dt.datetime,
    code: str,
    message: str,
    *,
    severity: str = "warning",
    notice_id: str | None = None,
    url: str | None = None,
    sha256: str | None = None,
    line: str | None = None,
) -> bool:
    """Record a data issue once: the same issue on the same source found again adds nothing."""
    fingerprint = hashlib.sha256(
        json.dumps([code, notice_id, url, sha256, line, message], ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    inserted = con.execute(
        "INSERT INTO data_issues (run_id, detected_at, severity, code, notice_id, url, sha256, line, message, "
        "fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (fingerprint) DO NOTHING RETURNING issue_id",
        [run_id, now, severity, code, notice_id, url, sha256, line, message, fingerprint],
    ).fetchall()
    return bool(inserted)


def notices_not_yet_listed(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Notices with a version that no completed list build has seen yet.

    Keyed on runs that finished their list build rather than on "this run", so that a run killed
    between parsing and diffing hands its new versions to the next run as regulatory news.
    """
    rows = con.execute(
        """
        WITH fresh AS (
            SELECT DISTINCT v.notice_id, v.version FROM notice_versions v LEFT JOIN runs r USING (run_id)
            WHERE NOT coalesce(r.list_built, FALSE)
        )
        SELECT notice_id FROM fresh
        UNION
        -- a new notice that suspends, resumes or repeals another makes the other's entries news too
        SELECT rel.target_notice_id FROM notice_relations rel JOIN fresh USING (notice_id, version)
        WHERE rel.target_notice_id IS NOT NULL
        """
    ).fetchall()
    return {r[0] for r in rows}


def mark_list_built(con: duckdb.DuckDBPyConnection, run_id: str, now: dt.datetime) -> None:
    con.execute("UPDATE runs SET list_built = TRUE, list_built_at = ? WHERE run_id = ?", [now, run_id])


@dataclass(frozen=True)
class ChangeRow:
    change_type: str
    cause: str
    alert: bool
    entry_key: str
    control_code: str | None
    name_zh: str
    name_en: str | None
    hs_codes: list[str]
    kind: str | None
    category_zh: str | None
    notice_id: str
    cause_notice_id: str | None
    effective_on: dt.date | None
    window_until: dt.date | None
    detail: dict[str, object]


def change_id_for(run_id: str, change_type: str, entry_key: str) -> str:
    return hashlib.sha256(f"{run_id}\x1f{change_type}\x1f{entry_key}".encode()).hexdigest()[:24]


def write_changes(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    list_version: int | None,
    rows: Sequence[ChangeRow],
    now: dt.datetime,
) -> int:
    written = 0
    for c in rows:
        inserted = con.execute(
            "INSERT INTO changes (change_id, run_id, detected_at, list_version, change_type, cause, alert, entry_key, "
            "control_code, name_zh, name_en, hs_codes, kind, category_zh, notice_id, cause_notice_id, effective_on, "
            "window_until, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING RETURNING 1",
            [
                change_id_for(run_id, c.change_type, c.entry_key),
                run_id,
                now,
                list_version,
                c.change_type,
                c.cause,
                c.alert,
                c.entry_key,
                c.control_code,
                c.name_zh,
                c.name_en,
                c.hs_codes,
                c.kind,
                c.category_zh,
                c.notice_id,
                c.cause_notice_id,
                c.effective_on,
                c.window_until,
                json.dumps(c.detail, ensure_ascii=False, default=str),
            ],
        ).fetchall()
        written += len(inserted)
    return written


def known_listing_urls(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every URL a run has already seen on a listing or fetched as an article."""
    rows = con.execute(
        "SELECT url FROM listing_links UNION SELECT url FROM pages WHERE purpose = 'article'"
    ).fetchall()
    return {r[0] for r in rows}
