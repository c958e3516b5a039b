"""Reading a notice's attachments (and `<table>` lists in its body) into entries, catalogue rows,
list parts and notes, during the parse step.

The choice of reader follows the document, not its file name:
- a table whose header names 海关商品编号 in a catalogue notice → the licence catalogue;
- many code-led lines (`1A202 …`) → the dual-use list reader (contents section deduplicated);
- 第一部分 / 第二部分 headings → the outline extractor, part by part (2025 No. 61's 附件1);
- a list-shaped table → one entry a row;
- anything else → the outline extractor, as before.
DOC/WPS/XLS/ET go through a converter program, scanned PDFs through OCR (entries flagged low trust).
What cannot be read is a data issue, and a list attachment that yields nothing fails an asset check.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import duckdb

from parsers.catalogue import CatalogueRow, is_catalogue, read_catalogue
from parsers.consolidated import (
    ListRole,
    annex_label,
    is_list_table,
    list_role,
    part_entries,
    split_parts,
    table_entries,
)
from parsers.documents import Document, clean_ocr_text, html_tables, needs_converter, read_document
from parsers.dual_use_list import ListNote, looks_like_list, read_list
from parsers.keys import entry_keys
from parsers.model import Entry, Extraction, Issue, NoticePage, ParseError, Severity
from pipelines.run import converters
from pipelines.run.isolation import PageFailure, isolated
from warehouse import consolidated, store

if TYPE_CHECKING:  # the run's modules import this one
    from pipelines.run.context import ReadContext

_LIST_LABEL_RE = re.compile(r"清单|目录|名单|物项")
_NOT_LIST_RE = re.compile(r"告知书|模板|样式|格式|申请表|说明|解读")


# (code, message, url, sha256, line, severity): an issue the parse step records against the notice.
_IssueTuple = tuple[str, str, str | None, str | None, str | None, Severity]


# Which reader took an attachment (`attachment_readings.reader`), chosen by the document's shape.
Reader = Literal["catalogue", "dual_use_list", "parts", "table", "outline"]
# How its text was got: the document's own text or tables, a converter program, or OCR.
TextExtraction = Literal["text", "table", "ocr"] | converters.ConverterTool


@dataclass
class Reading:
    """What one attachment yielded."""

    url: str
    label: str
    sha256: str | None
    text: str = ""  # everything read, for the notice's content fingerprint
    outline_text: str | None = None  # handed to the outline extractor
    entries: list[Entry] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)
    notes: list[ListNote] = field(default_factory=list)
    catalogue: list[CatalogueRow] = field(default_factory=list)
    reader: Reader | None = None
    extraction: TextExtraction | None = None
    trust: Literal["high", "low"] | None = None  # low: read by OCR
    list_expected: bool = False
    issues: list[Issue] = field(default_factory=list)


AttachmentRecord = tuple[str, str, str, str | None, int | None, str | None]  # ContentBatch.add_attachment's


@dataclass
class NoticeReadings:
    readings: list[Reading]
    body_entries: list[Entry]  # from <table> lists in the body
    role: ListRole | None
    issues: list[_IssueTuple] = field(default_factory=list)

    @property
    def outline_texts(self) -> dict[str, str]:
        return {r.url: r.outline_text for r in self.readings if r.outline_text}

    @property
    def fingerprint_texts(self) -> list[str]:
        return sorted(r.text for r in self.readings if r.text.strip())


def read_all(
    ctx: ReadContext,
    records: list[AttachmentRecord],
    page: NoticePage,
    notice_id: str,
    html: str,
    states: dict[str, store.PageState],
) -> NoticeReadings:
    """Read every attachment of a notice page (and its body tables).

    Runs inside the page's isolation boundary (pipelines.run.isolation), so it writes nothing: each
    attachment's row for `ContentBatch.add_attachment` goes to `records`, written by the caller afterwards.
    Each attachment is read behind its own boundary and budget: a reader library that crashes or runs
    on (a hostile PDF, a scan OCR cannot finish) costs that attachment, not the notice.
    """
    readings = []
    for attachment in page.attachments:
        state = states.get(attachment.url)
        reading = Reading(attachment.url, attachment.label, state.sha256 if state else None)
        reading.list_expected = bool(
            _LIST_LABEL_RE.search(f"{attachment.label} {attachment.url.rsplit('/', 1)[-1]}")
        )
        readings.append(reading)
        if state is None or state.sha256 is None:
            records.append((notice_id, attachment.url, attachment.label, None, None, "not fetched"))
            continue
        data = _archived(ctx, state.sha256)
        if data is None:
            records.append(
                (notice_id, attachment.url, attachment.label, state.sha256, None, "archive missing")
            )
            continue
        outcome = _read_isolated(reading, data, page, ctx.settings.attachment_budget)
        if isinstance(outcome, PageFailure):  # nothing half-read is kept
            reading = Reading(reading.url, reading.label, reading.sha256, list_expected=reading.list_expected)
            readings[-1] = reading
            outcome = f"the attachment could not be read: {outcome.message}"
            reading.issues.append(Issue("attachment_unreadable", outcome, severity="error"))
        records.append(
            (
                notice_id,
                attachment.url,
                attachment.label,
                state.sha256,
                len(reading.text) if not outcome else None,
                outcome,
            )
        )
    result = NoticeReadings(readings, [], list_role(page.title_zh, page.body))
    tables = html_tables(html) if "<table" in html.lower() else ()
    if tables and is_list_table(tables):
        result.body_entries, table_issues = table_entries(tables, "body")
        result.issues.extend((i.code, i.message, None, None, i.line, i.severity) for i in table_issues)
    for reading in readings:
        for issue in reading.issues:
            result.issues.append(
                (issue.code, issue.message, reading.url, reading.sha256, issue.line, issue.severity)
            )
    return result


def _archived(ctx: ReadContext, sha256: str) -> bytes | None:
    try:
        return ctx.archive.get(sha256)
    except Exception:
        return None


def _read_isolated(
    reading: Reading, data: bytes, page: NoticePage, budget: float
) -> str | PageFailure | None:
    return isolated(lambda: _read_one(reading, data, page), budget)


def _read_one(reading: Reading, data: bytes, page: NoticePage) -> str | None:
    """Fill `reading` from the attachment's bytes; returns an error message when nothing was read."""
    legacy = needs_converter(reading.url, data)
    try:
        if legacy == "ofd":
            raise ParseError(
                "OFD (the Chinese fixed-layout format) has no reader here; open it in an OFD viewer"
            )
        if legacy in ("doc", "wps"):
            converted = converters.convert_ole(legacy, data)
            document = Document("text", (converted.text,), ())
            reading.extraction = converted.tool
        else:
            document = read_document(reading.url, data)
            reading.extraction = "table" if document.tables else "text"
        if document.scanned:
            document = Document("pdf", tuple(clean_ocr_text(p) for p in converters.ocr_pdf(data)), ())
            reading.extraction, reading.trust = "ocr", "low"
            reading.issues.append(
                Issue(
                    "attachment_ocr",
                    "a scanned PDF was read by OCR; its entries carry low trust",
                    severity="warning",
                )
            )
    except converters.ConverterMissing as exc:
        reading.issues.append(Issue("converter_missing", str(exc), severity="error"))
        return str(exc)
    except (ParseError, converters.ConversionFailed) as exc:
        code = (
            "attachment_unsupported"
            if legacy == "ofd" or "not supported" in str(exc)
            else "attachment_unreadable"
        )
        reading.issues.append(Issue(code, str(exc), severity="error" if reading.list_expected else "warning"))
        return str(exc)
    reading.trust = reading.trust or "high"
    reading.text = document.text
    _choose_reader(reading, document, page)
    return None


def _choose_reader(reading: Reading, document: Document, page: NoticePage) -> None:
    text = document.text
    role = list_role(page.title_zh, page.body)
    if document.tables and (is_catalogue(document.tables) and (role is None or role.role == "catalogue")):
        result = read_catalogue(document.tables)
        reading.reader, reading.catalogue, reading.list_expected = "catalogue", list(result.rows), True
        reading.issues.extend(result.issues)
        reading.text = "\n".join(" | ".join(row) for table in document.tables for row in table.rows)
        return
    if looks_like_list(text):
        listed = read_list(text, reading.url, pages=document.pages)
        reading.reader, reading.list_expected = "dual_use_list", True
        reading.entries, reading.notes = list(listed.entries), list(listed.notes)
        reading.parts = [
            (path, f"{annex_label(reading.label, reading.url) or ''}{part}") for path, part in listed.parts
        ]
        reading.issues.extend(listed.issues)
        return
    if split_parts(text):
        # (第一部分 then its table: the parts are read with their tables in place, as rows)
        entries, parts, issues = part_entries(
            document.flow or text, page.title_zh, reading.url, annex_label(reading.label, reading.url)
        )
        reading.reader, reading.list_expected = "parts", True
        reading.entries, reading.parts = entries, parts
        reading.issues.extend(issues)
        return
    if document.tables and is_list_table(document.tables):
        entries, issues = table_entries(document.tables, reading.url)
        reading.reader, reading.list_expected, reading.entries = "table", True, entries
        reading.issues.extend(issues)
        return
    reading.reader, reading.outline_text = "outline", text


def merge(extraction: Extraction, readings: NoticeReadings) -> Extraction:
    """The outline extraction plus what the attachment readers found; counts reconciled again."""
    entries = list(extraction.entries)
    if readings.body_entries:
        entries = [e for e in entries if e.source != "body"] + readings.body_entries
    for reading in readings.readings:
        entries.extend(reading.entries)
    read_something = bool(entries) or any(r.catalogue for r in readings.readings)
    issues = [
        i
        for i in extraction.issues
        if not (i.code == "count_mismatch" or (i.code == "list_in_attachment" and read_something))
    ]
    stated = extraction.stated_count
    if stated is not None and stated != len(entries):
        issues.append(
            Issue("count_mismatch", f"the notice states {stated} items; {len(entries)} were extracted")
        )
    kind = extraction.kind
    if entries and kind != "adds_controls":
        kind = "adds_controls"
    elif not entries and any(r.catalogue for r in readings.readings):
        kind = "catalogue"
    return dataclasses.replace(extraction, kind=kind, entries=tuple(entries), issues=tuple(issues))


def _count(reading: Reading, extraction: Extraction) -> int:
    """Entries (or catalogue rows, or listed parties: an entity list is a list too) read from it."""
    if reading.catalogue:
        return len(reading.catalogue)
    entries = sum(1 for e in extraction.entries if e.source == reading.url)
    return entries + sum(1 for p in extraction.parties if p.source == reading.url)


def store_content(
    batch: store.ContentBatch,
    notice_id: str,
    version: int,
    extraction: Extraction,
    readings: NoticeReadings,
) -> None:
    """Catalogue rows, notes, parts, the list role and how each attachment was read, into the batch."""
    _replace_content(batch, notice_id, version, extraction, readings)
    issues = list(readings.issues)
    for reading in readings.readings:
        issues.extend(_record_reading(batch, notice_id, reading, extraction))
    batch.add_issues(
        [
            store.IssueRow(code, message, severity, notice_id, url, sha, line)
            for code, message, url, sha, line, severity in issues
        ]
    )


def _replace_content(
    batch: store.ContentBatch,
    notice_id: str,
    version: int,
    extraction: Extraction,
    readings: NoticeReadings,
) -> None:
    """The notice version's catalogue rows, list notes, entry parts and list role, replaced as a whole."""
    printed_parts = [(path, label, r.url) for r in readings.readings for path, label in r.parts]
    # The keys only name parts; most notices print none, and this runs in the storing process, serially.
    entries = extraction.entries if printed_parts else []
    keys = dict(zip((e.path for e in entries), entry_keys(entries), strict=False))
    sources = {e.path: e.source for e in entries}
    catalogue = [
        consolidated.CatalogueRecord(
            **dataclasses.asdict(row),
            source=reading.url,
            source_sha256=reading.sha256,
            extraction=reading.extraction or "table",
        )
        for reading in readings.readings
        for row in reading.catalogue
    ]
    notes = [(n.code, n.kind, n.text, r.url) for r in readings.readings for n in r.notes]
    parts = [
        (keys[path], label) for path, label, url in printed_parts if path in keys and sources.get(path) == url
    ]
    role = (readings.role.role, readings.role.quote_zh) if readings.role else None
    consolidated.replace_notice_content(
        batch, notice_id, version, catalogue=catalogue, notes=notes, parts=parts, role=role
    )


def _record_reading(
    batch: store.ContentBatch, notice_id: str, reading: Reading, extraction: Extraction
) -> list[_IssueTuple]:
    """How one attachment was read; a list attachment that yielded nothing, or far too little, is an issue."""
    count = _count(reading, extraction)
    stated = extraction.stated_count if reading.list_expected and not reading.catalogue else None
    consolidated.record_reading(
        batch,
        notice_id,
        consolidated.AttachmentReading(
            reading.url,
            reading.reader,
            reading.extraction,
            reading.trust,
            reading.list_expected,
            count,
            stated,
        ),
    )
    if reading.list_expected and count == 0:
        return [
            (
                "attachment_list_empty",
                "a list attachment yielded no entries (see the attachment's error, or its layout changed)",
                reading.url,
                reading.sha256,
                None,
                "error",
            )
        ]
    if stated and count * 2 < stated:
        return [
            (
                "attachment_list_short",
                f"the notice states {stated} items; its list attachment yielded {count}",
                reading.url,
                reading.sha256,
                None,
                "error",
            )
        ]
    return []


def finish(con: duckdb.DuckDBPyConnection) -> None:
    """After the parse step's entries are written: entries inherit their attachment's trust."""
    consolidated.sync_entry_extraction(con)
