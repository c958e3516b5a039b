"""Step 3: read every archived page not yet read by this parser version, and store what it says.

A page is first *read* (`pipelines.run.reading`: decoded, parsed, its attachments read and its rows
composed) behind the isolation boundary (`pipelines.run.isolation`): whatever a page's bytes break, the
result is a `PageRead` or a `PageFailure`, and nothing has been written. Only then is it *stored*, here,
in the step's transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Literal

import duckdb

from parsers import PARSER_VERSION
from parsers.glossary import Glossary, default_glossary
from parsers.model import Extraction
from pipelines.alerts import notice_titles
from pipelines.run import attachment_reading
from pipelines.run.context import RunContext
from pipelines.run.events import event
from pipelines.run.isolation import PageFailure
from pipelines.run.parallel import read_in_pool
from pipelines.run.reading import PageIssue, PageRead, read_archived
from warehouse import chains, store
from warehouse import parties as party_store
from warehouse.lists import diff_records

PARSE_BATCH = 200  # notices whose rows are written together; a few MB of rows at a time
PAGE_FAILED = "page_failed"  # the data issue of a page whose parse crashed or ran out of time
NUMBER_UNREAD = "notice_number_unread"  # a page kept under a synthetic key (parsers.keys)

# What became of one page: a new notice, a new version of one, the same version re-read by a newer
# parser, a copy of a notice published at another URL, a page that is no notice, or one that failed.
Outcome = Literal["new", "version", "reparsed", "alias", "not_notice", "unreadable", "failed"]


def has_export_control_content(extraction: Extraction) -> bool:
    """Whether an unnumbered page says something the list in force or the entity lists must know."""
    return bool(extraction.entries or extraction.relations or extraction.parties or extraction.rules)


@dataclass(frozen=True)
class PageOutcome:
    outcome: Outcome
    notice_id: str | None = None
    entries: int = 0
    issues: tuple[PageIssue, ...] = ()


@dataclass(frozen=True)
class Stores:
    """What storing a page reads and writes besides the connection, for the step's whole run."""

    states: dict[str, store.PageState]  # fetched pages and attachments, read once
    notices: dict[str, store.NoticeState]  # every notice's current version, updated as pages are stored
    batch: store.ContentBatch  # the rows of the pages stored since it was last written
    registry: party_store.PartyRegistry
    now: dt.datetime


@dataclass
class ParseSummary:
    pages: int = 0
    notices_new: int = 0
    versions_new: int = 0
    reparsed: int = 0
    aliases: int = 0
    not_notices: int = 0
    entries: int = 0
    issues: int = 0
    errors: int = 0
    failed: list[str] = field(default_factory=list)  # pages whose parse crashed or ran out of time

    def count(self, url: str, result: PageOutcome) -> None:
        self.pages += 1
        self.entries += result.entries
        if result.outcome == "new":
            self.notices_new += 1
        elif result.outcome == "version":
            self.versions_new += 1
        elif result.outcome == "reparsed":
            self.reparsed += 1
        elif result.outcome == "alias":
            self.aliases += 1
        elif result.outcome == "not_notice":
            self.not_notices += 1
        else:
            self.errors += 1
            if result.outcome == "failed":
                self.failed.append(url)


def unread_pages(con: duckdb.DuckDBPyConnection) -> int:
    """Archived pages this step would read now (new or changed bodies, or a newer parser than read them)."""
    return len(store.pages_to_parse(con, PARSER_VERSION))


def parse_pages(ctx: RunContext) -> ParseSummary:
    """Parse every archived article page not yet read by this parser version."""
    summary = ParseSummary()
    glossary = default_glossary()
    now = ctx.now()
    with ctx.warehouse.read() as con:
        nothing_to_do = not store.pages_to_parse(con, PARSER_VERSION)
    if nothing_to_do:  # an unchanged night: no write transaction, no copy of the warehouse
        ctx.log("parsed 0 page(s): nothing new or changed")
        notice_titles.compose_titles(ctx)  # only writes after an upgrade of the title vocabulary
        return summary
    with ctx.write() as con:
        pending = store.pages_to_parse(con, PARSER_VERSION)
        states = store.page_states(con)  # read once: nothing in this step changes what was fetched
        found: list[store.IssueRow] = []
        batch = store.ContentBatch(ctx.run_id, now)
        notices = store.notice_states(con)  # kept current as pages are stored, instead of a query a page
        registry = party_store.load_registry(con)
        with contextlib.closing(_reads(ctx, pending, glossary, states)) as reads:  # stops the workers
            for item, read in reads:
                result = _store_read(ctx, con, item, read, Stores(states, notices, batch, registry, now))
                summary.count(item.url, result)
                event(
                    ctx,
                    "parse",
                    "page",
                    url=item.url,
                    sha256=item.sha256,
                    notice_id=result.notice_id,
                    outcome=result.outcome,
                    entries=result.entries,
                    issues=[issue.code for issue in result.issues] or None,
                )
                if len(batch.parsed) >= PARSE_BATCH:  # bounded memory on a first crawl of thousands
                    batch.write(con)
                found.extend(_issue_rows(item, result))
        batch.write(con)
        attachment_reading.finish(con)
        # (notices in force from another's day of force, then acts that start when another notice's window ends)
        redated = chains.resolve_notice_days(con) + chains.resolve_chained_windows(con)
        summary.issues = store.add_issues(con, ctx.run_id, now, found)
        titles = notice_titles.compose_pending(con, ctx.run_id, now)
    ctx.log(_summary_line(summary))
    if redated:
        ctx.log(f"dated {redated} notice(s) or act(s) from another notice they follow")
    notice_titles.log_titles(ctx, *titles)
    return summary


def _summary_line(summary: ParseSummary) -> str:
    failed = (
        f"; {len(summary.failed)} page(s) FAILED to parse: {', '.join(summary.failed)}"
        if summary.failed
        else ""
    )
    return (
        f"parsed {summary.pages} page(s): {summary.notices_new} new notice(s), {summary.versions_new} new "
        f"version(s), {summary.reparsed} re-read, {summary.aliases} alias copies, {summary.entries} entries, "
        f"{summary.issues} new data issue(s)" + failed
    )


def _issue_rows(item: store.PendingPage, result: PageOutcome) -> list[store.IssueRow]:
    return [
        store.IssueRow(
            issue.code,
            issue.message,
            "error" if issue.code == PAGE_FAILED else "warning",
            result.notice_id,
            item.url,
            item.sha256,
            issue.line,
        )
        for issue in result.issues
    ]


def _reads(
    ctx: RunContext, pending: list[store.PendingPage], glossary: Glossary, states: dict[str, store.PageState]
) -> Generator[tuple[store.PendingPage, PageRead | PageFailure | None], None, None]:
    """Every pending page's read, in order: in this process, or in worker processes on a large re-read."""
    workers = ctx.settings.parse_workers if len(pending) >= ctx.settings.parse_parallel_min else 1
    if workers > 1:
        ctx.log(f"reading {len(pending)} page(s) in {workers} worker processes")
        with frozen_heap():  # each worker freezes its own (pipelines.run.parallel)
            yield from read_in_pool(ctx.settings, pending, states, read_archived, workers)
        return
    # Load the dictionary here, not inside the first page's time budget (a pool's workers load their
    # own: this process then never needs it, nor the memory it takes).
    ctx.segmenter.tokens("钐钴")
    with frozen_heap():
        for item in pending:
            yield item, read_archived(ctx, item, glossary, states)


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now are left out of the garbage collector's walks until the block ends.

    Reading a page allocates tens of thousands of objects, so the collector runs all the time, and each
    full collection walked the whole heap the step started with (modules, the segmenter's model, the
    glossary, the fetched pages' states), none of it garbage: on a re-read a sixth of the time went
    there. `gc.freeze` is made for this. The heap is unfrozen afterwards, unless something else had
    frozen it already, so a step in a long-lived process (Dagster's) leaves the collector as it was.
    """
    ours = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if ours:
            gc.unfreeze()


def _store_read(
    ctx: RunContext,
    con: duckdb.DuckDBPyConnection,
    item: store.PendingPage,
    read: PageRead | PageFailure | None,
    stores: Stores,
) -> PageOutcome:
    """Store one page's read, in the step's transaction (most of it in the batch, written later)."""
    batch = stores.batch
    if read is None:
        return PageOutcome(
            "unreadable", issues=(PageIssue("archive_missing", "archived body is missing or corrupt"),)
        )
    if isinstance(read, PageFailure):
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, None)
        message = f"the page could not be parsed; the run went on: {read.message}"
        return PageOutcome("failed", issues=(PageIssue(PAGE_FAILED, message),))
    for record in read.attachments:
        batch.add_attachment(*record)
    if read.page is None or read.extraction is None or read.identity is None:
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, None)
        return PageOutcome("unreadable" if read.page is None else "not_notice", issues=tuple(read.issues))
    if not read.identity.numbered:
        if not has_export_control_content(read.extraction):
            batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, None)
            return PageOutcome("not_notice", issues=tuple(read.issues))
        # one issue says it all: the number was not read, and why the page was kept anyway
        read.issues = [i for i in read.issues if i.code != "no_notice_number"]
        read.issues.append(_number_unread(read.identity.notice_id, read.extraction))
    return _store_notice(ctx, con, item, read, stores)


def _number_unread(notice_id: str, extraction: Extraction) -> PageIssue:
    """The issue that says a page was kept although its number could not be read, and why."""
    found = [
        f"{len(things)} {label}"
        for label, things in (
            ("relation(s)", extraction.relations),
            ("entries", extraction.entries),
            ("part(ies)", extraction.parties),
            ("rule(s)", extraction.rules),
        )
        if things
    ]
    return PageIssue(
        NUMBER_UNREAD,
        f"no notice number could be read; the page is kept as {notice_id} because it states "
        f"export-control content ({', '.join(found)})",
    )


def _store_notice(
    ctx: RunContext,
    con: duckdb.DuckDBPyConnection,
    item: store.PendingPage,
    read: PageRead,
    stores: Stores,
) -> PageOutcome:
    extraction, identity, content = read.extraction, read.identity, read.content
    assert extraction is not None and identity is not None and content is not None
    batch, now = stores.batch, stores.now
    notice_id = identity.notice_id
    issues = list(read.issues)
    if batch.pending(notice_id):  # the statements below read or touch what the batch holds for it
        batch.write(con)
    state = stores.notices.get(notice_id)
    if state is not None and state.url != item.url:
        _store_alias(con, item, read, state, issues, now)
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, notice_id)
        return PageOutcome("alias", notice_id, issues=tuple(issues))
    outcome, version = _version_of(state, read.fingerprint)
    previous = (
        store.entry_records(con, notice_id, version - 1)
        if version > 1 and state and version != state.current_version
        else None
    )
    version_diff = diff_records(previous, store.entry_dicts(content)) if previous is not None else None
    batch.add_version(*_version_rows(ctx, item, read, version, now))
    stores.notices[notice_id] = store.NoticeState(
        notice_id,
        state.url if state else item.url,
        version,
        state.content_hash if state and version == state.current_version else read.fingerprint,
        PARSER_VERSION,
    )
    rules = [
        store.RuleRow(r.rule_kind, r.clause, r.threshold, list(r.applies_to), r.effective_on, r.quote_zh)
        for r in extraction.rules
    ]
    batch.add_notice_content(notice_id, version, content, read.relations, PARSER_VERSION, rules)
    issues.extend(_store_parties(stores, notice_id, version, item, read))
    assert read.readings is not None  # set with the extraction
    attachment_reading.store_content(batch, notice_id, version, extraction, read.readings)
    if version_diff is not None:
        store.record_version_diff(con, notice_id, version, version_diff)
    batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, notice_id)
    return PageOutcome(outcome, notice_id, content.entry_count, tuple(issues))


def _version_of(state: store.NoticeState | None, fingerprint: str) -> tuple[Outcome, int]:
    if state is None:
        return "new", 1
    if fingerprint != state.content_hash:
        return "version", state.current_version + 1
    return "reparsed", state.current_version


def _store_alias(
    con: duckdb.DuckDBPyConnection,
    item: store.PendingPage,
    read: PageRead,
    state: store.NoticeState,
    issues: list[PageIssue],
    now: dt.datetime,
) -> None:
    """The same notice at another URL (MOFCOM reposts): kept as a copy, compared, never merged."""
    identity = read.identity
    assert identity is not None
    matches = read.fingerprint == state.content_hash
    store.record_copy(con, identity.notice_id, item.url, item.sha256, read.fingerprint, matches, now)
    if not matches:
        issues.append(
            PageIssue(
                "alias_differs",
                f"this copy of {identity.number_zh or identity.notice_id} differs from the primary copy "
                f"at {state.url}; it is kept but not merged",
            )
        )
    store.touch_notice(con, identity.notice_id, now)


def _version_rows(
    ctx: RunContext,
    item: store.PendingPage,
    read: PageRead,
    version: int,
    now: dt.datetime,
) -> tuple[store.NoticeRow, store.VersionRow]:
    page, extraction, identity = read.page, read.extraction, read.identity
    assert page is not None and extraction is not None and identity is not None
    effective_on = read.effective_on
    notice = store.NoticeRow(
        notice_id=identity.notice_id,
        number_zh=identity.number_zh,
        title_zh=page.title_zh,
        issuers=list(identity.issuers),
        published_on=page.published_on,
        effective_on=effective_on,
        effective_rule=page.effective_rule
        or ("with_notice" if page.effective_with else None)
        or ("assumed_publication" if effective_on else None),
        url=item.url,
        kind=extraction.kind,
        issuing_unit=page.issuing_unit,
        effective_with=page.effective_with.notice_id if page.effective_with else None,
    )
    row = store.VersionRow(
        notice_id=identity.notice_id,
        version=version,
        sha256=item.sha256,
        content_hash=read.fingerprint,
        fetched_at=now,
        url=item.url,
        run_id=ctx.run_id,
        title_zh=page.title_zh,
        body_zh=page.body,
        published_on=page.published_on,
        effective_on=effective_on,
        kind=extraction.kind,
        parser_version=PARSER_VERSION,
    )
    return notice, row


def _store_parties(
    stores: Stores, notice_id: str, version: int, item: store.PendingPage, read: PageRead
) -> list[PageIssue]:
    assert read.extraction is not None and read.readings is not None
    # From the notice's own attachments, not a walk over every fetched page (quadratic on a re-read).
    attached = (stores.states.get(url) for url in read.readings.outline_texts)
    shas = {"body": item.sha256, **{s.url: s.sha256 for s in attached if s is not None and s.sha256}}
    found = party_store.record_parties(
        stores.batch,
        stores.registry,
        notice_id,
        version,
        read.extraction.parties,
        read.extraction.party_refs,
        shas,
        PARSER_VERSION,
    )
    return [PageIssue(code, message, line) for code, message, line in found]
