"""Writes and the reads that feed them. Every function takes the caller's connection, so that a
pipeline step can do all its writes in one `Warehouse.write()` transaction. Values are always
bound parameters, never pasted into SQL.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence, Sized
from dataclasses import dataclass, field, fields
from typing import Any, Literal, cast

import duckdb

from parsers.model import Severity

# -- bulk writes ---------------------------------------------------------------------------------


BULK_CHUNK = 5000


def bulk_insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[object]],
    suffix: str = "",
) -> None:
    """Insert many rows in one statement: one bound list per column, zipped back by unnest.

    DuckDB runs `executemany` row by row (about a millisecond a row here); one INSERT … SELECT over
    unnested lists is two orders of magnitude faster and stays fully parameterised. `table`,
    `columns` and `suffix` are constants of this module, never input.
    """
    if not rows:
        return
    names = ", ".join(name for name, _ in columns)
    selects = ", ".join(f"unnest(?::{sql_type}[]) AS {name}" for name, sql_type in columns)
    sql = f"INSERT INTO {table} ({names}) SELECT * FROM (SELECT {selects}) {suffix}"
    for start in range(0, len(rows), BULK_CHUNK):  # bounded conversion memory on a first crawl
        chunk = rows[start : start + BULK_CHUNK]
        con.execute(sql, [list(column) for column in zip(*chunk, strict=True)])


def _last_by_key(rows: Sequence[Sequence[object]], key: int | tuple[int, ...]) -> list[Sequence[object]]:
    """One row per key (the last), since ON CONFLICT DO UPDATE may not touch a row twice in one statement."""
    keyed: dict[object, Sequence[object]] = {}
    for row in rows:
        keyed[tuple(row[i] for i in key) if isinstance(key, tuple) else row[key]] = row
    return list(keyed.values())


# -- runs --------------------------------------------------------------------------------------


def begin_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    trigger: str,
    as_of: dt.date,
    parser_version: str,
    now: dt.datetime,
) -> None:
    con.execute(
        "INSERT INTO runs (run_id, started_at, status, trigger, as_of, parser_version) VALUES (?, ?, 'running', ?, ?, ?) "
        "ON CONFLICT (run_id) DO UPDATE SET status = 'running', as_of = excluded.as_of",
        [run_id, now, trigger, as_of, parser_version],
    )


def running_runs(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT run_id FROM runs WHERE status = 'running'").fetchall()]


def abandon_runs(con: duckdb.DuckDBPyConnection, run_ids: Sequence[str], now: dt.datetime) -> None:
    """Runs whose process died before finish_run: say so instead of leaving them "running" forever."""
    if run_ids:
        con.execute(
            "UPDATE runs SET status = 'abandoned', finished_at = ?, "
            "message = coalesce(message, 'the process ended before the run finished') "
            "WHERE status = 'running' AND run_id IN (SELECT unnest(?::VARCHAR[]))",
            [now, list(run_ids)],
        )


# `runs.status`: a run is `running` until it finishes one way or the other.
RunStatus = Literal["running", "succeeded", "failed"]


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: RunStatus,
    now: dt.datetime,
    message: str | None = None,
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
    last_status: int | None = None  # of the last request (None: it got no answer)

    @property
    def answered(self) -> bool:
        """Whether the last request got a usable answer (a 2xx, or 304): a failed one checked nothing."""
        return self.last_status is not None and (200 <= self.last_status < 300 or self.last_status == 304)


def page_states(con: duckdb.DuckDBPyConnection) -> dict[str, PageState]:
    rows = con.execute(
        "SELECT url, purpose, etag, last_modified, sha256, content_type, last_checked, notice_id, last_status FROM pages"
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
    """Log every exchange, remember new raw objects, and update each URL's HTTP cache state."""
    _log_fetches(con, run_id, records)
    _record_raw_objects(con, [r for r in records if r.sha256 and not r.not_modified])
    answered = [
        r
        for r in records
        if r.status is not None and (200 <= r.status < 300 or r.not_modified) and r.sha256 is not None
    ]
    _record_pages(con, answered)
    # A page that vanished (404) or failed keeps its last good body: removal is not repeal.
    answered_urls = {r.url for r in answered}
    _mark_failed_pages(con, [r for r in records if r.url not in answered_urls])


def _log_fetches(con: duckdb.DuckDBPyConnection, run_id: str, records: Sequence[FetchRecord]) -> None:
    bulk_insert(
        con,
        "fetch_log",
        [
            ("run_id", "VARCHAR"),
            ("url", "VARCHAR"),
            ("method", "VARCHAR"),
            ("purpose", "VARCHAR"),
            ("fetched_at", "TIMESTAMPTZ"),
            ("status", "INTEGER"),
            ("etag", "VARCHAR"),
            ("last_modified", "VARCHAR"),
            ("sha256", "VARCHAR"),
            ("bytes", "BIGINT"),
            ("conditional", "BOOLEAN"),
            ("not_modified", "BOOLEAN"),
            ("attempts", "INTEGER"),
            ("elapsed_ms", "INTEGER"),
            ("error", "VARCHAR"),
        ],
        [
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
            ]
            for r in records
        ],
    )


def _record_raw_objects(con: duckdb.DuckDBPyConnection, fresh: Sequence[FetchRecord]) -> None:
    bulk_insert(
        con,
        "raw_objects",
        [
            ("sha256", "VARCHAR"),
            ("bytes", "BIGINT"),
            ("content_type", "VARCHAR"),
            ("first_seen", "TIMESTAMPTZ"),
            ("first_url", "VARCHAR"),
        ],
        _last_by_key([[r.sha256, r.nbytes, r.content_type, r.fetched_at, r.url] for r in reversed(fresh)], 0),
        "ON CONFLICT DO NOTHING",
    )


def _record_pages(con: duckdb.DuckDBPyConnection, answered: Sequence[FetchRecord]) -> None:
    bulk_insert(
        con,
        "pages",
        [
            ("url", "VARCHAR"),
            ("purpose", "VARCHAR"),
            ("etag", "VARCHAR"),
            ("last_modified", "VARCHAR"),
            ("sha256", "VARCHAR"),
            ("content_type", "VARCHAR"),
            ("first_seen", "TIMESTAMPTZ"),
            ("last_seen", "TIMESTAMPTZ"),
            ("last_checked", "TIMESTAMPTZ"),
            ("last_status", "INTEGER"),
        ],
        _last_by_key(
            [
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
                ]
                for r in answered
            ],
            0,
        ),
        # A 304 keeps the validators we had; a full 200 replaces them, even with none, or the next run
        # would revalidate a stale body forever.
        """ON CONFLICT (url) DO UPDATE SET
            etag = CASE WHEN excluded.last_status = 304 THEN coalesce(excluded.etag, pages.etag) ELSE excluded.etag END,
            last_modified = CASE WHEN excluded.last_status = 304
                THEN coalesce(excluded.last_modified, pages.last_modified) ELSE excluded.last_modified END,
            sha256 = excluded.sha256,
            content_type = coalesce(excluded.content_type, pages.content_type),
            last_seen = excluded.last_seen, last_checked = excluded.last_checked,
            last_status = excluded.last_status""",
    )


def _mark_failed_pages(con: duckdb.DuckDBPyConnection, unanswered: Sequence[FetchRecord]) -> None:
    failed = _last_by_key([[r.url, r.fetched_at, r.status] for r in unanswered], 0)
    if failed:
        con.execute(
            "UPDATE pages SET last_checked = f.checked, last_status = f.status FROM "
            "(SELECT unnest(?::VARCHAR[]) AS url, unnest(?::TIMESTAMPTZ[]) AS checked, unnest(?::INTEGER[]) AS status) f "
            "WHERE pages.url = f.url",
            [list(c) for c in zip(*failed, strict=True)],
        )


def record_listing_links(
    con: duckdb.DuckDBPyConnection,
    listing_url: str,
    links: Iterable[tuple[str, str, dt.date | None]],
    now: dt.datetime,
) -> None:
    bulk_insert(
        con,
        "listing_links",
        [
            ("listing_url", "VARCHAR"),
            ("url", "VARCHAR"),
            ("title", "VARCHAR"),
            ("listed_on", "DATE"),
            ("first_seen", "TIMESTAMPTZ"),
            ("last_seen", "TIMESTAMPTZ"),
        ],
        _last_by_key([[listing_url, url, title, listed_on, now, now] for url, title, listed_on in links], 1),
        "ON CONFLICT (listing_url, url) DO UPDATE SET title = excluded.title, listed_on = excluded.listed_on, "
        "last_seen = excluded.last_seen",
    )


def last_listing_success(con: duckdb.DuckDBPyConnection) -> dt.datetime | None:
    """When every listing last answered with notices (a run whose listings all worked)."""
    row = con.execute(
        "SELECT max(f.fetched_at) FROM fetch_log f JOIN runs r USING (run_id) WHERE r.listing_ok "
        "AND f.purpose = 'listing' AND f.error IS NULL AND (f.status BETWEEN 200 AND 299 OR f.not_modified)"
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


PARSE_FAILURE_CODES = ("page_failed", "page_unparseable")


def parse_failures(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[str, ...]:
    """Pages of a run that could not be parsed (crashed, ran out of time, or are no notice page), as
    lines for the digest's warning banner: what they announce is not in this digest."""
    rows = con.execute(
        "SELECT url, message FROM data_issues WHERE run_id = ? AND code IN (?, ?) ORDER BY issue_id",
        [run_id, *PARSE_FAILURE_CODES],
    ).fetchall()
    return tuple(f"page not parsed: {url}: {message}" for url, message in rows)


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


@dataclass(frozen=True)
class NoticeState:
    notice_id: str
    url: str
    current_version: int
    content_hash: str
    parser_version: str


def notice_states(con: duckdb.DuckDBPyConnection) -> dict[str, NoticeState]:
    """Every notice's state, read once per parse step instead of one query per page."""
    rows = con.execute(
        """
        SELECT n.notice_id, n.url, n.current_version, v.content_hash, v.parser_version
        FROM notice_records n JOIN notice_versions v ON v.notice_id = n.notice_id AND v.version = n.current_version
        """
    ).fetchall()
    return {r[0]: NoticeState(*r) for r in rows}


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
    effective_with: str | None = None  # the notice whose day of force is this one's (migration 0014)


NOTICE_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("number_zh", "VARCHAR"),
    ("title_zh", "VARCHAR"),
    ("issuers", "VARCHAR[]"),
    ("published_on", "DATE"),
    ("effective_on", "DATE"),
    ("effective_rule", "VARCHAR"),
    ("url", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("issuing_unit", "VARCHAR"),
    ("first_seen", "TIMESTAMPTZ"),
    ("last_seen", "TIMESTAMPTZ"),
    ("current_version", "INTEGER"),
    ("effective_with", "VARCHAR"),
]
# The primary URL and first sight of a known notice never change; everything it says may.
_NOTICE_UPSERT = (
    "ON CONFLICT (notice_id) DO UPDATE SET number_zh = excluded.number_zh, title_zh = excluded.title_zh, "
    "issuers = excluded.issuers, published_on = excluded.published_on, effective_on = excluded.effective_on, "
    "effective_rule = excluded.effective_rule, kind = excluded.kind, issuing_unit = excluded.issuing_unit, "
    "last_seen = excluded.last_seen, current_version = excluded.current_version, "
    "effective_with = excluded.effective_with"
)


def touch_notice(con: duckdb.DuckDBPyConnection, notice_id: str, now: dt.datetime) -> None:
    con.execute("UPDATE notice_records SET last_seen = ? WHERE notice_id = ?", [now, notice_id])


VERSION_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("sha256", "VARCHAR"),
    ("content_hash", "VARCHAR"),
    ("fetched_at", "TIMESTAMPTZ"),
    ("url", "VARCHAR"),
    ("run_id", "VARCHAR"),
    ("title_zh", "VARCHAR"),
    ("body_zh", "VARCHAR"),
    ("published_on", "DATE"),
    ("effective_on", "DATE"),
    ("kind", "VARCHAR"),
    ("parser_version", "VARCHAR"),
]
# A version re-read keeps its bytes, hash and first run; what the parser makes of it is renewed.
_VERSION_UPSERT = (
    "ON CONFLICT (notice_id, version) DO UPDATE SET kind = excluded.kind, effective_on = excluded.effective_on, "
    "published_on = excluded.published_on, parser_version = excluded.parser_version, title_zh = excluded.title_zh"
)


@dataclass(frozen=True)
class VersionRow:
    """One notice version as a page read yields it (the `notice_versions` row)."""

    notice_id: str
    version: int
    sha256: str
    content_hash: str
    fetched_at: dt.datetime
    url: str
    run_id: str
    title_zh: str
    body_zh: str
    published_on: dt.date | None
    effective_on: dt.date | None
    kind: str
    parser_version: str


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
    # every code the entry carries (all those its line prints, else its one code); see 0005
    control_codes: list[str] = field(default_factory=list)


_RECORD_FIELDS = (
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


def entry_dicts(content: EncodedContent) -> list[dict[str, object]]:
    """The fields a version diff compares, as `entry_records` returns them from the warehouse (strings,
    lists of strings or null: JSON gives them back as they were)."""
    columns = json.loads(content.entries)
    values = zip(*(columns[name] for name in _RECORD_FIELDS), strict=True)
    return sorted(
        (dict(zip(_RECORD_FIELDS, v, strict=True)) for v in values), key=lambda r: str(r["entry_key"])
    )


def entry_records(con: duckdb.DuckDBPyConnection, notice_id: str, version: int) -> list[dict[str, object]]:
    rows = con.execute(
        f"SELECT {', '.join(_RECORD_FIELDS)} FROM control_entries WHERE notice_id = ? AND version = ? "
        "ORDER BY entry_key",
        [notice_id, version],
    ).fetchall()
    return [dict(zip(_RECORD_FIELDS, r, strict=True)) for r in rows]


ENTRY_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("entry_key", "VARCHAR"),
    ("path", "VARCHAR"),
    ("category_zh", "VARCHAR"),
    ("group_zh", "VARCHAR"),
    ("control_code", "VARCHAR"),
    ("control_code_printed", "VARCHAR"),
    ("name_zh", "VARCHAR"),
    ("name_en", "VARCHAR"),
    ("name_en_complete", "BOOLEAN"),
    ("hs_codes", "VARCHAR[]"),
    ("hs_label", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("spec_zh", "VARCHAR"),
    ("effective_on", "DATE"),
    ("quote_zh", "VARCHAR"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("source", "VARCHAR"),
    ("source_sha256", "VARCHAR"),
    ("tokens", "VARCHAR[]"),
    ("parser_version", "VARCHAR"),
    ("control_codes", "VARCHAR[]"),
]


@dataclass(frozen=True)
class RelationRow:
    relation: str
    target_notice_id: str | None
    target_label: str
    clause: str | None
    window_from: dt.date | None
    window_until: dt.date | None
    quote_zh: str
    # (an act starting when another notice's window ends: dated by warehouse/chains.py)
    anchored: bool = False
    anchor_maker: str | None = None
    anchor_duration: str | None = None
    anchor_since: str | None = None
    anchor_made_in: str | None = None
    made_in: str | None = None
    # (an act whose end is another notice's window: that notice, its clause, the target and clause named)
    end_maker: str | None = None
    end_made_in: str | None = None
    end_target: str | None = None
    end_clause: str | None = None


@dataclass(frozen=True)
class RuleRow:
    rule_kind: str
    clause: str | None
    threshold: float | None
    applies_to: list[str]
    effective_on: dt.date | None
    quote_zh: str


RULE_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("seq", "INTEGER"),
    ("rule_kind", "VARCHAR"),
    ("clause", "VARCHAR"),
    ("threshold", "DOUBLE"),
    ("applies_to", "VARCHAR[]"),
    ("effective_on", "DATE"),
    ("quote_zh", "VARCHAR"),
    ("parser_version", "VARCHAR"),
]


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


ATTACHMENT_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("url", "VARCHAR"),
    ("label", "VARCHAR"),
    ("sha256", "VARCHAR"),
    ("text_chars", "INTEGER"),
    ("error", "VARCHAR"),
]
_ATTACHMENT_UPSERT = (
    "ON CONFLICT (notice_id, url) DO UPDATE SET sha256 = excluded.sha256, text_chars = excluded.text_chars, "
    "error = excluded.error, label = excluded.label"
)


@dataclass(frozen=True)
class IssueRow:
    code: str
    message: str
    severity: Severity = "warning"
    notice_id: str | None = None
    url: str | None = None
    sha256: str | None = None
    line: str | None = None
    run_scoped: str | None = None  # a run id: a condition of that run (a failed listing) is news every night

    @property
    def fingerprint(self) -> str:
        parts = [self.code, self.notice_id, self.url, self.sha256, self.line, self.message, self.run_scoped]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()


def add_issues(
    con: duckdb.DuckDBPyConnection, run_id: str, now: dt.datetime, issues: Sequence[IssueRow]
) -> int:
    """Record data issues once each: the same issue on the same source found again adds nothing.

    Returns how many were new.
    """
    if not issues:
        return 0
    before = con.execute("SELECT count(*) FROM data_issues").fetchall()[0][0]
    bulk_insert(
        con,
        "data_issues",
        [
            ("run_id", "VARCHAR"),
            ("detected_at", "TIMESTAMPTZ"),
            ("severity", "VARCHAR"),
            ("code", "VARCHAR"),
            ("notice_id", "VARCHAR"),
            ("url", "VARCHAR"),
            ("sha256", "VARCHAR"),
            ("line", "VARCHAR"),
            ("message", "VARCHAR"),
            ("fingerprint", "VARCHAR"),
        ],
        _last_by_key(
            [
                [
                    run_id,
                    now,
                    i.severity,
                    i.code,
                    i.notice_id,
                    i.url,
                    i.sha256,
                    i.line,
                    i.message,
                    i.fingerprint,
                ]
                for i in issues
            ],
            9,
        ),
        "ON CONFLICT (fingerprint) DO NOTHING",
    )
    after = con.execute("SELECT count(*) FROM data_issues").fetchall()[0][0]
    return int(after - before)


def add_issue(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    now: dt.datetime,
    code: str,
    message: str,
    *,
    severity: Severity = "warning",
    notice_id: str | None = None,
    url: str | None = None,
    sha256: str | None = None,
    line: str | None = None,
    per_run: bool = False,
) -> bool:
    row = IssueRow(code, message, severity, notice_id, url, sha256, line, run_id if per_run else None)
    return bool(add_issues(con, run_id, now, [row]))


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
        UNION
        -- so does one whose day of force another takes (migration 0014): that one's entries move with it
        SELECT n.notice_id FROM notice_records n JOIN fresh f ON f.notice_id = n.effective_with
        """
    ).fetchall()
    return {r[0] for r in rows}


def mark_list_built(con: duckdb.DuckDBPyConnection, run_id: str, now: dt.datetime, inputs: str) -> None:
    """`inputs`: the fingerprint of what the build read (warehouse.buildstate)."""
    con.execute(
        "UPDATE runs SET list_built = TRUE, list_built_at = ?, build_inputs = ? WHERE run_id = ?",
        [now, inputs, run_id],
    )


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
    if not rows:
        return 0
    before = con.execute("SELECT count(*) FROM changes").fetchall()[0][0]
    bulk_insert(
        con,
        "changes",
        [
            ("change_id", "VARCHAR"),
            ("run_id", "VARCHAR"),
            ("detected_at", "TIMESTAMPTZ"),
            ("list_version", "INTEGER"),
            ("change_type", "VARCHAR"),
            ("cause", "VARCHAR"),
            ("alert", "BOOLEAN"),
            ("entry_key", "VARCHAR"),
            ("control_code", "VARCHAR"),
            ("name_zh", "VARCHAR"),
            ("name_en", "VARCHAR"),
            ("hs_codes", "VARCHAR[]"),
            ("kind", "VARCHAR"),
            ("category_zh", "VARCHAR"),
            ("notice_id", "VARCHAR"),
            ("cause_notice_id", "VARCHAR"),
            ("effective_on", "DATE"),
            ("window_until", "DATE"),
            ("detail", "JSON"),
        ],
        _last_by_key(
            [
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
                ]
                for c in rows
            ],
            0,
        ),
        "ON CONFLICT DO NOTHING",
    )
    after = con.execute("SELECT count(*) FROM changes").fetchall()[0][0]
    return int(after - before)


def article_dates(con: duckdb.DuckDBPyConnection) -> dict[str, dt.date]:
    """The day each known article was first listed (or, never listed, its notice's publication day)."""
    rows = con.execute(
        """
        SELECT p.url, coalesce(min(l.listed_on), min(r.published_on))
        FROM pages p
        LEFT JOIN listing_links l ON l.url = p.url
        LEFT JOIN notice_records r ON r.notice_id = p.notice_id
        WHERE p.purpose = 'article'
        GROUP BY p.url
        """
    ).fetchall()
    return {url: day for url, day in rows if day is not None}


def known_listing_urls(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every URL a run has already seen on a listing or fetched as an article."""
    rows = con.execute(
        "SELECT url FROM listing_links UNION SELECT url FROM pages WHERE purpose = 'article'"
    ).fetchall()
    return {r[0] for r in rows}


# Tables whose rows of a notice version are replaced as a whole (`ContentBatch.replace`).
_REPLACED = (
    "catalogue_rows",
    "list_notes",
    "entry_parts",
    "notice_list_roles",
    "party_entries",
    "party_events",
)
CATALOGUE_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("seq", "INTEGER"),
    ("row_no", "VARCHAR"),
    ("section_zh", "VARCHAR"),
    ("control_code", "VARCHAR"),
    ("goods_class_zh", "VARCHAR"),
    ("description_zh", "VARCHAR"),
    ("goods_name_zh", "VARCHAR"),
    ("hs_code", "VARCHAR"),
    ("unit_zh", "VARCHAR"),
    ("page", "INTEGER"),
    ("source", "VARCHAR"),
    ("source_sha256", "VARCHAR"),
    ("extraction", "VARCHAR"),
]

NOTE_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("seq", "INTEGER"),
    ("control_code", "VARCHAR"),
    ("note_kind", "VARCHAR"),
    ("text_zh", "VARCHAR"),
    ("source", "VARCHAR"),
]

PART_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("entry_key", "VARCHAR"),
    ("part_label", "VARCHAR"),
]

ROLE_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("role", "VARCHAR"),
    ("quote_zh", "VARCHAR"),
]

PARTY_ENTRY_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("seq", "INTEGER"),
    ("party_key", "VARCHAR"),
    ("list", "VARCHAR"),
    ("action", "VARCHAR"),
    ("name_zh", "VARCHAR"),
    ("name_en", "VARCHAR"),
    ("aliases", "VARCHAR[]"),
    ("country", "VARCHAR"),
    ("address", "VARCHAR"),
    ("includes_branches", "BOOLEAN"),
    ("measures", "VARCHAR[]"),
    ("effective_on", "DATE"),
    ("window_until", "DATE"),
    ("quote_zh", "VARCHAR"),
    ("source", "VARCHAR"),
    ("source_sha256", "VARCHAR"),
    ("parser_version", "VARCHAR"),
]

PARTY_EVENT_COLUMNS = [
    ("notice_id", "VARCHAR"),
    ("version", "INTEGER"),
    ("seq", "INTEGER"),
    ("action", "VARCHAR"),
    ("list", "VARCHAR"),
    ("target_notice_id", "VARCHAR"),
    ("target_label", "VARCHAR"),
    ("listed_on", "DATE"),
    ("country", "VARCHAR"),
    ("stated_count", "INTEGER"),
    ("effective_on", "DATE"),
    ("window_until", "DATE"),
    ("quote_zh", "VARCHAR"),
    ("parser_version", "VARCHAR"),
]


# The columns of a notice version's entries and paragraphs that its page fills in: the batch adds the
# notice, its version and the parser version.
# Spelled out (not derived from ENTRY_COLUMNS) because these names go into SQL text: every piece of it is a
# literal of this module. tests/test_parallel_reread.py holds them to ENTRY_COLUMNS (_document_columns_agree).
_ENTRY_READ_COLUMNS = [
    ("entry_key", "VARCHAR"),
    ("path", "VARCHAR"),
    ("category_zh", "VARCHAR"),
    ("group_zh", "VARCHAR"),
    ("control_code", "VARCHAR"),
    ("control_code_printed", "VARCHAR"),
    ("name_zh", "VARCHAR"),
    ("name_en", "VARCHAR"),
    ("name_en_complete", "BOOLEAN"),
    ("hs_codes", "VARCHAR[]"),
    ("hs_label", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("spec_zh", "VARCHAR"),
    ("effective_on", "DATE"),
    ("quote_zh", "VARCHAR"),
    ("span_start", "INTEGER"),
    ("span_end", "INTEGER"),
    ("source", "VARCHAR"),
    ("source_sha256", "VARCHAR"),
    ("tokens", "VARCHAR[]"),
    ("control_codes", "VARCHAR[]"),
]
_PARAGRAPH_READ_COLUMNS = [("para_no", "INTEGER"), ("text_zh", "VARCHAR"), ("tokens", "VARCHAR[]")]
_VERSION_KEYS = [("notice_id", "VARCHAR"), ("version", "INTEGER")]
_ENTRY_KEYS = [("notice_id", "VARCHAR"), ("version", "INTEGER"), ("parser_version", "VARCHAR")]


def _document_columns_agree() -> bool:
    """Whether the entry rows' keys and document columns are ENTRY_COLUMNS, split, in the same order."""
    keys = [name for name, _ in _ENTRY_KEYS]
    return [c for c in ENTRY_COLUMNS if c[0] not in keys] == _ENTRY_READ_COLUMNS and sorted(
        [*_ENTRY_KEYS, *_ENTRY_READ_COLUMNS]
    ) == sorted(ENTRY_COLUMNS)


@dataclass(frozen=True)
class EncodedContent:
    """A notice version's entry rows and paragraphs as JSON documents, one list per column.

    They are most of what a notice writes (a token list per entry and per paragraph). Built where the
    page is read, they cross from a parse worker to the storing process as two strings instead of
    thousands of objects to unpickle, and DuckDB parses them itself (`ContentBatch.write`) instead of
    converting every value through Python: the storing process, serial and holding the GIL the pool's
    result thread needs, is spared both.
    """

    entries: str
    entry_count: int
    paragraphs: str


def encode_content(
    entries: Sequence[EntryRow], paragraphs: Sequence[tuple[str, list[str]]]
) -> EncodedContent:
    entry_columns = {name: [getattr(e, name) for e in entries] for name, _ in _ENTRY_READ_COLUMNS}
    # as rows have always been written: an entry without its list of codes carries its one code
    entry_columns["control_codes"] = [
        e.control_codes or ([e.control_code] if e.control_code else []) for e in entries
    ]
    paragraph_columns: dict[str, list[Any]] = {
        "para_no": list(range(1, len(paragraphs) + 1)),
        "text_zh": [text for text, _ in paragraphs],
        "tokens": [tokens for _, tokens in paragraphs],
    }
    return EncodedContent(_json_columns(entry_columns), len(entries), _json_columns(paragraph_columns))


def _json_columns(columns: Mapping[str, Sequence[Any]]) -> str:
    return json.dumps(columns, ensure_ascii=False, separators=(",", ":"), default=_iso_date)


def _iso_date(value: object) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()  # what DuckDB reads as a DATE
    raise TypeError(f"no JSON form for {type(value).__name__} in an encoded row")


def _insert_documents(
    con: duckdb.DuckDBPyConnection,
    table: str,
    keys: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, str]],
    documents: Sequence[Sequence[object]],
) -> None:
    """Insert the rows of notice versions, each given as its `keys` values and then a JSON document of
    its `columns` (`encode_content`), in the order given.

    The strict transform fails on a value of the wrong type instead of storing a null. The document's
    shape is spelled in the statement because DuckDB wants it constant; like `table`, `keys` and
    `columns`, it comes from this module's constants, never from input."""
    if not documents:
        return
    # (the JSON text of {name: [kind]} / {name: [[kind]]}, built from the constants alone)
    shape = (
        "{"
        + ", ".join(
            f'"{name}": [["{kind[:-2]}"]]' if kind.endswith("[]") else f'"{name}": ["{kind}"]'
            for name, kind in columns
        )
        + "}"
    )
    key_names = [name for name, _ in keys]
    names = ", ".join([*key_names, *(name for name, _ in columns)])
    selected = ", ".join([*key_names, *(f"unnest(d.{name})" for name, _ in columns)])
    bound = ", ".join(f"unnest(?::{kind}[]) AS {name}" for name, kind in keys)
    sql = (
        f"INSERT INTO {table} ({names}) SELECT {selected} "
        f"FROM (SELECT {bound}, json_transform_strict(unnest(?::VARCHAR[]), '{shape}') AS d)"
    )
    for start in range(0, len(documents), BULK_CHUNK):
        chunk = documents[start : start + BULK_CHUNK]
        con.execute(sql, [list(column) for column in zip(*chunk, strict=True)])


@dataclass(frozen=True)
class _Replacement:
    """Rows of one table that replace what a notice version had in it."""

    keys: list[tuple[str, int]] = field(default_factory=list)
    rows: list[Sequence[object]] = field(default_factory=list)


@dataclass
class ContentBatch:
    """Everything the parse step writes for a batch of notices, written together by `write`.

    Per-notice statements cost a millisecond or more each in DuckDB, and a notice needs a dozen or
    more (its record, its version, attachments, catalogue rows, parties, issues…): a re-read of the
    archive would spend its time in them, serially, however many processes read the pages. Here each
    table gets one or two statements per batch. A notice is in a batch at most once (`pending`): a
    caller about to read or touch a notice that is already in it writes the batch first.
    """

    run_id: str
    now: dt.datetime
    notice_ids: set[str] = field(default_factory=set)
    notices: list[list[object]] = field(default_factory=list)
    versions: list[list[object]] = field(default_factory=list)
    attachments: list[list[object]] = field(default_factory=list)
    readings: list[list[object]] = field(default_factory=list)
    replaced: list[tuple[str, int]] = field(default_factory=list)
    entries: list[list[object]] = field(default_factory=list)
    relations: list[list[object]] = field(default_factory=list)
    paragraphs: list[list[object]] = field(default_factory=list)
    parsed: list[list[object]] = field(default_factory=list)
    rules: list[list[object]] = field(default_factory=list)
    replacements: dict[str, _Replacement] = field(default_factory=dict)
    issues: list[IssueRow] = field(default_factory=list)

    def pending(self, notice_id: str) -> bool:
        """Whether this notice has rows in the batch that are not in the warehouse yet."""
        return notice_id in self.notice_ids

    def add_version(self, notice: NoticeRow, version: VersionRow) -> None:
        self.notice_ids.add(notice.notice_id)
        seen = {"first_seen": self.now, "last_seen": self.now, "current_version": version.version}
        self.notices.append(
            [seen[name] if name in seen else getattr(notice, name) for name, _ in NOTICE_COLUMNS]
        )
        self.versions.append([getattr(version, name) for name, _ in VERSION_COLUMNS])

    def add_attachment(
        self,
        notice_id: str,
        url: str,
        label: str | None,
        sha256: str | None,
        text_chars: int | None,
        error: str | None,
    ) -> None:
        self.notice_ids.add(notice_id)
        self.attachments.append([notice_id, url, label, sha256, text_chars, error])

    def add_reading(
        self,
        notice_id: str,
        url: str,
        reader: str | None,
        extraction: str | None,
        trust: str | None,
        list_expected: bool,
        entries: int | None,
        stated_entries: int | None,
    ) -> None:
        """How an attachment added with `add_attachment` was read."""
        self.notice_ids.add(notice_id)
        self.readings.append(
            [notice_id, url, reader, extraction, trust, list_expected, entries, stated_entries]
        )

    def replace(self, table: str, notice_id: str, version: int, rows: Sequence[Sequence[object]]) -> None:
        """`rows` (notice_id and version first) take the place of the notice version's rows in `table`,
        one of `_REPLACED`."""
        assert table in _REPLACED, table
        self.notice_ids.add(notice_id)
        replacement = self.replacements.setdefault(table, _Replacement())
        replacement.keys.append((notice_id, version))
        replacement.rows.extend(rows)

    def add_issues(self, issues: Sequence[IssueRow]) -> None:
        self.issues.extend(issues)

    def add_notice_content(
        self,
        notice_id: str,
        version: int,
        content: EncodedContent,
        relations: Sequence[RelationRow],
        parser_version: str,
        rules: Sequence[RuleRow] = (),
    ) -> None:
        self.notice_ids.add(notice_id)
        self.replaced.append((notice_id, version))
        self.rules.extend(
            [
                notice_id,
                version,
                seq,
                r.rule_kind,
                r.clause,
                r.threshold,
                r.applies_to,
                r.effective_on,
                r.quote_zh,
                parser_version,
            ]
            for seq, r in enumerate(rules, start=1)
        )
        if content.entry_count:
            self.entries.append([notice_id, version, parser_version, content.entries])
        self.paragraphs.append([notice_id, version, content.paragraphs])
        self.relations.extend(
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
                r.anchored,
                r.anchor_maker,
                r.anchor_duration,
                r.window_from,
                r.window_until,
                r.anchor_since,
                r.made_in,
                r.anchor_made_in,
                r.end_maker,
                r.end_made_in,
                r.end_target,
                r.end_clause,
            ]
            for seq, r in enumerate(relations, start=1)
        )

    def mark_parsed(self, url: str, sha256: str, parser_version: str, notice_id: str | None) -> None:
        self.parsed.append([url, sha256, parser_version, notice_id])

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        """Write the batch in the caller's transaction, and empty it."""
        bulk_insert(con, "notice_records", NOTICE_COLUMNS, _last_by_key(self.notices, 0), _NOTICE_UPSERT)
        bulk_insert(
            con, "notice_versions", VERSION_COLUMNS, _last_by_key(self.versions, (0, 1)), _VERSION_UPSERT
        )
        bulk_insert(
            con, "attachments", ATTACHMENT_COLUMNS, _last_by_key(self.attachments, (0, 1)), _ATTACHMENT_UPSERT
        )
        _write_readings(con, _last_by_key(self.readings, (0, 1)))
        _delete_versions(
            con, ("control_entries", "notice_relations", "notice_paragraphs", "rule_records"), self.replaced
        )
        _insert_documents(con, "control_entries", _ENTRY_KEYS, _ENTRY_READ_COLUMNS, self.entries)
        bulk_insert(con, "rule_records", RULE_COLUMNS, self.rules)
        bulk_insert(
            con,
            "notice_relations",
            [
                ("notice_id", "VARCHAR"),
                ("version", "INTEGER"),
                ("seq", "INTEGER"),
                ("relation", "VARCHAR"),
                ("target_notice_id", "VARCHAR"),
                ("target_label", "VARCHAR"),
                ("clause", "VARCHAR"),
                ("window_from", "DATE"),
                ("window_until", "DATE"),
                ("quote_zh", "VARCHAR"),
                ("anchored", "BOOLEAN"),
                ("anchor_maker", "VARCHAR"),
                ("anchor_duration", "VARCHAR"),
                ("printed_from", "DATE"),
                ("printed_until", "DATE"),
                ("anchor_since", "VARCHAR"),
                ("made_in", "VARCHAR"),
                ("anchor_made_in", "VARCHAR"),
                ("end_maker", "VARCHAR"),
                ("end_made_in", "VARCHAR"),
                ("end_target", "VARCHAR"),
                ("end_clause", "VARCHAR"),
            ],
            self.relations,
        )
        _insert_documents(con, "notice_paragraphs", _VERSION_KEYS, _PARAGRAPH_READ_COLUMNS, self.paragraphs)
        part = {name: self.replacements.get(name, _Replacement()) for name in _REPLACED}
        _delete_versions(con, ("catalogue_rows",), part["catalogue_rows"].keys)
        bulk_insert(con, "catalogue_rows", CATALOGUE_COLUMNS, part["catalogue_rows"].rows)
        _delete_versions(con, ("list_notes",), part["list_notes"].keys)
        bulk_insert(con, "list_notes", NOTE_COLUMNS, part["list_notes"].rows)
        _delete_versions(con, ("entry_parts",), part["entry_parts"].keys)
        bulk_insert(con, "entry_parts", PART_COLUMNS, part["entry_parts"].rows)
        _delete_versions(con, ("notice_list_roles",), part["notice_list_roles"].keys)
        bulk_insert(con, "notice_list_roles", ROLE_COLUMNS, part["notice_list_roles"].rows)
        _delete_versions(con, ("party_entries",), part["party_entries"].keys)
        bulk_insert(con, "party_entries", PARTY_ENTRY_COLUMNS, part["party_entries"].rows)
        _delete_versions(con, ("party_events",), part["party_events"].keys)
        bulk_insert(con, "party_events", PARTY_EVENT_COLUMNS, part["party_events"].rows)
        add_issues(con, self.run_id, self.now, self.issues)
        parsed = _last_by_key(self.parsed, 0)
        if parsed:
            con.execute(
                "UPDATE pages SET parsed_sha256 = p.sha, parsed_version = p.version, "
                "notice_id = coalesce(p.notice_id, pages.notice_id) FROM (SELECT unnest(?::VARCHAR[]) AS url, "
                "unnest(?::VARCHAR[]) AS sha, unnest(?::VARCHAR[]) AS version, unnest(?::VARCHAR[]) AS notice_id) p "
                "WHERE pages.url = p.url",
                [list(c) for c in zip(*parsed, strict=True)],
            )
        self._clear()

    def _clear(self) -> None:
        for f in fields(self):
            held = getattr(self, f.name)
            if isinstance(held, list | set | dict):
                held.clear()


def _delete_versions(
    con: duckdb.DuckDBPyConnection, tables: Sequence[str], keys: list[tuple[str, int]]
) -> None:
    """Delete the rows of these notice versions (`tables` are constants of the warehouse package)."""
    if not keys:
        return
    ids, versions = (list(c) for c in zip(*keys, strict=True))
    for table in tables:
        con.execute(
            f"DELETE FROM {table} WHERE (notice_id, version) IN "
            "(SELECT (unnest(?::VARCHAR[]), unnest(?::INTEGER[])))",
            [ids, versions],
        )


def _write_readings(con: duckdb.DuckDBPyConnection, readings: Sequence[Sequence[object]]) -> None:
    """How each attachment was read, onto the attachment rows written just before."""
    if not readings:
        return
    con.execute(
        "UPDATE attachments SET reader = r.reader, extraction = r.extraction, trust = r.trust, "
        "list_expected = r.list_expected, entries = r.entries, stated_entries = r.stated_entries "
        "FROM (SELECT unnest(?::VARCHAR[]) AS notice_id, unnest(?::VARCHAR[]) AS url, "
        "unnest(?::VARCHAR[]) AS reader, unnest(?::VARCHAR[]) AS extraction, unnest(?::VARCHAR[]) AS trust, "
        "unnest(?::BOOLEAN[]) AS list_expected, unnest(?::INTEGER[]) AS entries, "
        "unnest(?::INTEGER[]) AS stated_entries) r "
        "WHERE attachments.notice_id = r.notice_id AND attachments.url = r.url",
        [list(c) for c in zip(*readings, strict=True)],
    )
