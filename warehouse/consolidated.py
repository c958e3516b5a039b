"""Writes and checks for the consolidated list: attachment readings, the catalogue, parts, notes,
list roles, and the retry state of attachment downloads.

Each writer replaces the rows of one (notice, version) so a re-parse is idempotent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import duckdb

from warehouse.checks import CheckOutcome
from warehouse.store import ContentBatch, bulk_insert


@dataclass(frozen=True)
class AttachmentReading:
    url: str
    reader: str | None
    extraction: str | None
    trust: str | None
    list_expected: bool
    entries: int
    stated_entries: int | None


def record_reading(batch: ContentBatch, notice_id: str, reading: AttachmentReading) -> None:
    """How an attachment was read; its row itself goes into the batch first (`add_attachment`)."""
    batch.add_reading(
        notice_id,
        reading.url,
        reading.reader,
        reading.extraction,
        reading.trust,
        reading.list_expected,
        reading.entries,
        reading.stated_entries,
    )


@dataclass(frozen=True)
class CatalogueRecord:
    row_no: str | None
    section_zh: str | None
    control_code: str | None
    goods_class_zh: str | None
    description_zh: str | None
    goods_name_zh: str | None
    hs_code: str | None
    unit_zh: str | None
    page: int | None
    source: str
    source_sha256: str | None
    extraction: str


def replace_notice_content(
    batch: ContentBatch,
    notice_id: str,
    version: int,
    *,
    catalogue: Sequence[CatalogueRecord],
    notes: Sequence[tuple[str, str, str, str]],  # (control code, kind, text, source)
    parts: Sequence[tuple[str, str]],  # (entry key, part label)
    role: tuple[str, str] | None,  # (role, quote)
) -> None:
    """The notice version's catalogue rows, notes, parts and list role, in place of what it had."""
    batch.replace(
        "catalogue_rows",
        notice_id,
        version,
        [
            [
                notice_id,
                version,
                seq,
                r.row_no,
                r.section_zh,
                r.control_code,
                r.goods_class_zh,
                r.description_zh,
                r.goods_name_zh,
                r.hs_code,
                r.unit_zh,
                r.page,
                r.source,
                r.source_sha256,
                r.extraction,
            ]
            for seq, r in enumerate(catalogue, start=1)
        ],
    )
    batch.replace(
        "list_notes",
        notice_id,
        version,
        [[notice_id, version, seq, *note] for seq, note in enumerate(notes, start=1)],
    )
    batch.replace(
        "entry_parts",
        notice_id,
        version,
        [[notice_id, version, key, label] for key, label in dict(parts).items()],
    )
    batch.replace(
        "notice_list_roles",
        notice_id,
        version,
        [[notice_id, version, *role]] if role is not None else [],
    )


def sync_entry_extraction(con: duckdb.DuckDBPyConnection) -> None:
    """Entries take the extraction method and trust of the attachment they were read from."""
    con.execute(
        """
        UPDATE control_entries e SET extraction = a.extraction, trust = a.trust
        FROM attachments a
        WHERE e.notice_id = a.notice_id AND e.source = a.url AND a.extraction IS NOT NULL
          AND (e.extraction IS DISTINCT FROM a.extraction OR e.trust IS DISTINCT FROM a.trust)
        """
    )


# -- attachment downloads ------------------------------------------------------------------------


# Where an attachment's download stands: fetched, retried later, or gone (the server says so, repeatedly).
AttachmentFetchState = Literal["fetched", "retrying", "gone"]


@dataclass(frozen=True)
class FetchState:
    url: str
    page_url: str
    state: AttachmentFetchState
    failures: int
    gone_answers: int
    last_status: int | None
    last_error: str | None
    last_attempt: dt.datetime
    next_attempt: dt.datetime | None


_STATE_COLUMNS = (
    "url, page_url, state, failures, gone_answers, last_status, last_error, last_attempt, next_attempt"
)


def fetch_states(con: duckdb.DuckDBPyConnection) -> dict[str, FetchState]:
    rows = con.execute(f"SELECT {_STATE_COLUMNS} FROM attachment_fetch_state").fetchall()
    return {r[0]: FetchState(*r) for r in rows}


def save_fetch_states(con: duckdb.DuckDBPyConnection, states: Sequence[FetchState]) -> None:
    bulk_insert(
        con,
        "attachment_fetch_state",
        [
            ("url", "VARCHAR"),
            ("page_url", "VARCHAR"),
            ("state", "VARCHAR"),
            ("failures", "INTEGER"),
            ("gone_answers", "INTEGER"),
            ("last_status", "INTEGER"),
            ("last_error", "VARCHAR"),
            ("last_attempt", "TIMESTAMPTZ"),
            ("next_attempt", "TIMESTAMPTZ"),
        ],
        [
            [
                s.url,
                s.page_url,
                s.state,
                s.failures,
                s.gone_answers,
                s.last_status,
                s.last_error,
                s.last_attempt,
                s.next_attempt,
            ]
            for s in {s.url: s for s in states}.values()
        ],
        "ON CONFLICT (url) DO UPDATE SET page_url = excluded.page_url, state = excluded.state, "
        "failures = excluded.failures, gone_answers = excluded.gone_answers, last_status = excluded.last_status, "
        "last_error = excluded.last_error, last_attempt = excluded.last_attempt, next_attempt = excluded.next_attempt",
    )


def request_reparse(con: duckdb.DuckDBPyConnection, page_urls: Sequence[str]) -> None:
    """An attachment arrived or changed: its article page is parsed again (a new notice version
    when the attachment's content differs)."""
    if page_urls:
        con.execute(
            "UPDATE pages SET parsed_sha256 = NULL WHERE purpose = 'article' AND url IN "
            "(SELECT unnest(?::VARCHAR[]))",
            [sorted(set(page_urls))],
        )


# -- checks --------------------------------------------------------------------------------------


def unread_list_attachments(con: duckdb.DuckDBPyConnection) -> CheckOutcome:
    """A list attachment that yielded nothing, or far fewer entries than stated, is never a silent zero."""
    rows = con.execute(
        """
        SELECT a.notice_id || ': ' || coalesce(a.label, a.url) || ' — ' ||
               CASE WHEN coalesce(a.entries, 0) = 0 THEN 'no entries read' || coalesce(' (' || a.error || ')', '')
                    ELSE a.entries || ' entries read, ' || a.stated_entries || ' stated' END
        FROM attachments a JOIN notice_records n USING (notice_id)
        WHERE a.list_expected
          AND (coalesce(a.entries, 0) = 0 OR (a.stated_entries IS NOT NULL AND a.entries * 2 < a.stated_entries))
        ORDER BY 1
        """
    ).fetchall()
    return CheckOutcome(
        not rows,
        f"{len(rows)} list attachment(s) read as empty or far short of what they state",
        len(rows),
        tuple(r[0] for r in rows[:5]),
    )
