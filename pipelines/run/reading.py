"""Reading one archived page: decoding, parsing, its attachments and its rows, before anything is written.

Pure work on the page's bytes, behind the isolation boundary (`pipelines.run.isolation`), done in the
parse step's process or in a worker process of its pool (`pipelines.run.parallel`); storing what a read
yields is `pipelines.run.parse`'s. The module imports only what reading needs (the parsers, the
attachment readers, the archive's error), not the run's machinery (warehouse connections, HTTP client,
alerts): a pool's forkserver imports it before the first page can be read, so every import here is
paid, serially, at the start of every pooled re-read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parsers.article import parse_notice
from parsers.decoding import decode_html
from parsers.glossary import Glossary, compose_name_en
from parsers.keys import content_fingerprint, entry_keys, unnumbered_notice_id
from parsers.model import Entry, Extraction, NoticePage, ParseError
from parsers.numbers import parse_clause_effective
from parsers.relations import extract_notice
from parsers.segment import Segmenter
from pipelines.run import attachment_reading
from pipelines.run.isolation import PageFailure, isolated
from warehouse import store
from warehouse.archive import ArchiveError

if TYPE_CHECKING:  # the run's context imports far more than a worker needs
    from pipelines.run.context import ReadContext


@dataclass(frozen=True)
class PageIssue:
    """A data issue found on one page (its URL and raw sha256 are added when it is stored)."""

    code: str
    message: str
    line: str | None = None


@dataclass(frozen=True)
class Identity:
    """Who a page is in the warehouse: its number's key, or a synthetic key when it prints none."""

    notice_id: str
    number_zh: str  # "" when the page prints no readable number
    issuers: tuple[str, ...]

    @property
    def numbered(self) -> bool:
        return bool(self.number_zh)


def identity_of(page: NoticePage) -> Identity:
    if page.number is not None:
        number = page.number
        return Identity(number.notice_id, number.number_zh, number.issuers)
    return Identity(unnumbered_notice_id(page.title_zh, page.published_on, page.url), "", ())


@dataclass
class PageRead:
    """What one archived page yields, computed before anything is written."""

    issues: list[PageIssue] = field(default_factory=list)
    page: NoticePage | None = None  # None: the page is not a notice page at all (ParseError)
    html: str = ""  # the decoded page, for the tables in its body
    extraction: Extraction | None = None
    readings: attachment_reading.NoticeReadings | None = None
    fingerprint: str = ""
    effective_on: dt.date | None = None
    attachments: list[attachment_reading.AttachmentRecord] = field(default_factory=list)
    relations: list[store.RelationRow] = field(default_factory=list)
    # the entry rows and paragraphs, encoded where the page is read (see `store.EncodedContent`)
    content: store.EncodedContent | None = None
    identity: Identity | None = None


def read_archived(
    ctx: ReadContext, item: store.PendingPage, glossary: Glossary, states: dict[str, store.PageState]
) -> PageRead | PageFailure | None:
    """A page's read from its archived bytes; None when the archive no longer holds them."""
    try:
        raw = ctx.archive.get(item.sha256)
    except ArchiveError:
        return None
    read = read_page(ctx, raw, item, glossary, states)
    if isinstance(read, PageRead):
        read.html = ""  # only the read needed the page's markup; do not carry it to the store (or a pipe)
    return read


def read_page(
    ctx: ReadContext,
    raw: bytes,
    item: store.PendingPage,
    glossary: Glossary,
    states: dict[str, store.PageState],
) -> PageRead | PageFailure:
    """Everything a page's bytes can break, within its time budget, before any write."""
    budget = ctx.settings.parse_budget
    read = isolated(lambda: _decode_and_parse(raw, item), budget)
    if isinstance(read, PageFailure) or read.page is None:
        return read
    # The attachments are read with the page, each under its own budget, and the page's timer keeps
    # running meanwhile: a long but legitimate list PDF must not spend the page's own budget.
    budget += len(read.page.attachments) * ctx.settings.attachment_budget
    page_read = read
    return isolated(lambda: _read_content(ctx, page_read, item, glossary, states), budget)


def _decode_and_parse(raw: bytes, item: store.PendingPage) -> PageRead:
    """Decode and parse the page: whether it is a notice at all."""
    read = PageRead()
    decoded = decode_html(raw, item.content_type)
    if decoded.notice:
        read.issues.append(PageIssue("charset_mislabelled", decoded.notice))
    if decoded.replacements:
        read.issues.append(
            PageIssue(
                "decode_replacements",
                f"{decoded.replacements} undecodable byte sequence(s) as {decoded.encoding} ({decoded.source})",
            )
        )
    try:
        page = parse_notice(decoded.text, item.url)
    except ParseError as exc:
        read.issues.append(PageIssue("page_unparseable", str(exc)))
        return read
    read.page = page
    if page.number is None and "公告" in page.title_zh:
        read.issues.append(
            PageIssue("no_notice_number", f"no 发布文号 found on a page titled {page.title_zh!r}")
        )
    read.html = decoded.text
    return read


def _read_content(
    ctx: ReadContext,
    read: PageRead,
    item: store.PendingPage,
    glossary: Glossary,
    states: dict[str, store.PageState],
) -> PageRead:
    """A page's attachments, extraction and rows, ready to be written (numbered or not: an unnumbered
    page is kept when it states export-control content, see `_parse_one`)."""
    page = read.page
    assert page is not None
    identity = read.identity = identity_of(page)
    readings = attachment_reading.read_all(ctx, read.attachments, page, identity.notice_id, read.html, states)
    extraction = attachment_reading.merge(extract_notice(page, readings.outline_texts), readings)
    read.issues.extend(PageIssue(i.code, i.message, i.line) for i in extraction.issues)
    read.extraction, read.readings = extraction, readings
    read.fingerprint = content_fingerprint(
        identity.number_zh, "\n".join([page.body, *readings.fingerprint_texts])
    )
    read.effective_on = page.effective_on or page.published_on
    clause_dates = parse_clause_effective(page.body)
    rows = []
    for key, entry in zip(entry_keys(extraction.entries), extraction.entries, strict=True):
        effective = clause_dates.get(entry.path.split("/")[0], read.effective_on)
        source_sha = _source_sha(entry, item, states)
        rows.append(_entry_row(ctx.segmenter, glossary, key, entry, effective, source_sha, read.issues))
    read.relations = [
        store.RelationRow(
            relation=r.relation,
            target_notice_id=r.target_number.notice_id if r.target_number else None,
            target_label=r.target_label,
            clause=r.clause,
            window_from=r.window_from,
            window_until=r.window_until,
            quote_zh=r.quote_zh,
            anchored=r.anchor is not None,
            anchor_maker=r.anchor.maker.notice_id
            if r.anchor is not None and r.anchor.maker is not None
            else None,
            anchor_duration=r.anchor.duration if r.anchor is not None else None,
            anchor_since=r.anchor.since if r.anchor is not None else None,
            anchor_made_in=r.anchor.made_in if r.anchor is not None else None,
            made_in=r.made_in,
            end_maker=r.end_anchor.maker.notice_id if r.end_anchor is not None else None,
            end_made_in=r.end_anchor.made_in if r.end_anchor is not None else None,
            end_target=r.end_anchor.target.notice_id
            if r.end_anchor is not None and r.end_anchor.target is not None
            else None,
            end_clause=r.end_anchor.clause if r.end_anchor is not None else None,
        )
        for r in extraction.relations
    ]
    paragraphs = [(line, ctx.segmenter.tokens(line)) for line in page.body.split("\n") if line.strip()]
    read.content = store.encode_content(rows, paragraphs)
    return read


def _source_sha(entry: Entry, item: store.PendingPage, states: dict[str, store.PageState]) -> str:
    """The raw bytes an entry was read from: the page, or the attachment that carries the list."""
    if entry.source == "body":
        return item.sha256
    attachment_state = states.get(entry.source)
    return attachment_state.sha256 if attachment_state and attachment_state.sha256 else item.sha256


def _entry_row(
    segmenter: Segmenter,
    glossary: Glossary,
    key: str,
    entry: Entry,
    effective_on: dt.date | None,
    source_sha: str,
    issues: list[PageIssue],
) -> store.EntryRow:
    name_tokens = segmenter.tokens(entry.name_zh)
    tokens = name_tokens + (segmenter.tokens(entry.spec_zh) if entry.spec_zh else [])
    name = compose_name_en(entry.name_zh, name_tokens, glossary)
    if not name.complete:
        issues.append(
            PageIssue("name_en_partial", f"no glossary term for {', '.join(name.missing)}", entry.quote_zh)
        )
    return store.EntryRow(
        entry_key=key,
        path=entry.path,
        category_zh=entry.category_zh,
        group_zh=entry.group_zh,
        control_code=entry.control_code,
        control_code_printed=entry.control_code_printed,
        control_codes=list(entry.control_codes) or ([entry.control_code] if entry.control_code else []),
        name_zh=entry.name_zh,
        name_en=name.text or None,
        name_en_complete=name.complete,
        hs_codes=list(entry.hs_codes),
        hs_label=entry.hs_label,
        kind=entry.kind,
        spec_zh=entry.spec_zh,
        effective_on=effective_on,
        quote_zh=entry.quote_zh,
        span_start=entry.span[0],
        span_end=entry.span[1],
        source=entry.source,
        source_sha256=source_sha,
        tokens=tokens,
    )
