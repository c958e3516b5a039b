"""The nightly job's steps as plain functions: discover, fetch, parse, build the list, digest.

Dagster assets call these (and so do `regwatch watch` and the tests); each step does its writes
in one warehouse transaction, so a crash between steps leaves a consistent warehouse and the next
run picks up where this one stopped (pages fetched but not parsed are parsed; versions parsed but
not yet diffed are diffed as news).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from parsers import PARSER_VERSION
from parsers.article import parse_notice
from parsers.decoding import decode_html
from parsers.glossary import compose_name_en, default_glossary
from parsers.keys import content_fingerprint, entry_keys
from parsers.listing import (
    exportcontrol_form,
    listing_kind,
    page_url,
    parse_listing,
)
from parsers.model import Extraction, NoticePage, ParseError
from parsers.numbers import parse_clause_effective
from parsers.relations import extract_notice
from parsers.segment import Segmenter, default_segmenter
from pipelines import attachment_fetch, attachment_reading, notice_titles, storage
from pipelines.config import Settings
from pipelines.fetching import Fetcher, FetchResult, FetchSettings
from pipelines.isolation import PageFailure, isolated
from pipelines.segmenting import segmenter_for
from warehouse import parties as party_store
from warehouse import store
from warehouse.archive import Archive, ArchiveError, ObjectArchive
from warehouse.backends import WarehouseStore
from warehouse.lists import build_list, diff_records
from warehouse.runs import Lineage, queue_fetches, record_lineage

Log = Callable[[str], None]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class RunContext:
    """Everything a step needs; built once per run by the Dagster resources or the CLI."""

    settings: Settings
    run_id: str
    trigger: str
    as_of: dt.date
    warehouse: WarehouseStore
    archive: Archive | ObjectArchive
    fetcher: Fetcher
    log: Log = print
    now: Callable[[], dt.datetime] = _utcnow
    new_only: bool = False  # a watch run: fetch only notices not seen before, no revalidation
    segmenter: Segmenter = field(default_factory=default_segmenter)
    lineage: Lineage | None = None  # the Dagster run's place in a re-execution chain
    # First listing pages a poll has just downloaded for this run (archived), so it does not fetch them again.
    prefetched: dict[str, FetchResult] = field(default_factory=dict)


def new_run_id(trigger: str) -> str:
    # Microseconds, so run ids sort in start order even for runs started within one second.
    return f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%f}-{trigger}-{uuid.uuid4().hex[:6]}"


def make_fetcher(settings: Settings) -> Fetcher:
    return Fetcher(
        FetchSettings(
            user_agent=settings.user_agent,
            allowed_hosts=settings.allowed_hosts,
            attachment_hosts=settings.attachment_hosts,
            rate_limit=settings.rate_limit,
            max_bytes=settings.max_bytes,
        )
    )


def make_context(
    settings: Settings,
    *,
    trigger: str = "manual",
    run_id: str | None = None,
    log: Log = print,
    fetcher: Fetcher | None = None,
    new_only: bool = False,
) -> RunContext:
    as_of = settings.as_of or dt.datetime.now(dt.UTC).astimezone(_zone(settings.timezone)).date()
    return RunContext(
        settings=settings,
        run_id=run_id or new_run_id(trigger),
        trigger=trigger,
        as_of=as_of,
        warehouse=storage.open_warehouse(settings),
        archive=storage.open_archive(settings),
        fetcher=fetcher or make_fetcher(settings),
        log=log,
        new_only=new_only,
        segmenter=segmenter_for(storage.segmenter_anchor(settings)),
    )


def _zone(name: str) -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:
        return dt.UTC


def _record(
    result: FetchResult, purpose: str, when: dt.datetime, reused_sha: str | None = None
) -> store.FetchRecord:
    return store.FetchRecord(
        url=result.url,
        method=result.method,
        purpose=purpose,
        fetched_at=when,
        status=result.status,
        etag=result.etag,
        last_modified=result.last_modified,
        sha256=result.sha256 or reused_sha,
        nbytes=result.nbytes,
        conditional=result.conditional,
        not_modified=result.not_modified,
        attempts=result.attempts,
        elapsed_ms=result.elapsed_ms,
        error=result.error,
        content_type=result.content_type,
    )


def _page_states(ctx: RunContext) -> dict[str, store.PageState]:
    if not ctx.warehouse.exists():
        return {}
    with ctx.warehouse.read() as con:
        return store.page_states(con)


page_states = _page_states  # the HTTP cache state of every URL (polls start from it)


# -- 1. discovery ------------------------------------------------------------------------------


@dataclass
class Discovery:
    article_urls: list[str]
    listing_pages: int = 0
    links: int = 0
    new_links: int = 0
    listing_errors: list[str] = field(default_factory=list)
    changed_listings: int = 0

    @property
    def listing_ok(self) -> bool:
        return not self.listing_errors


def discover(ctx: RunContext) -> Discovery:
    """Walk every configured listing back until it shows only known notices (or max pages)."""
    states = _page_states(ctx)
    known_articles = {u for u, s in states.items() if s.purpose == "article"}
    records: list[store.FetchRecord] = []
    links_seen: dict[str, list[tuple[str, str, dt.date | None]]] = {}
    found: dict[str, None] = {}
    result = Discovery(article_urls=[])
    issues: list[tuple[str, str, str]] = []
    for listing_url in ctx.settings.listing_urls:
        kind = listing_kind(listing_url)
        url: str | None = listing_url
        for page_no in range(1, ctx.settings.max_pages + 1):
            if url is None:
                break
            state = states.get(url)
            when = ctx.now()
            if page_no == 1 and url in ctx.prefetched:
                fetched = ctx.prefetched[url]
            elif kind == "exportcontrol_api":
                fetched = ctx.fetcher.post_form(url, exportcontrol_form(listing_url, page_no))
            else:
                fetched = ctx.fetcher.get(
                    url,
                    etag=state.etag if state else None,
                    last_modified=state.last_modified if state else None,
                )
            body: bytes | None = fetched.body
            reused = None
            if fetched.not_modified and state and state.sha256:
                reused = state.sha256
                body = _archived(ctx, state.sha256)
            elif fetched.ok and fetched.body is not None:
                ctx.archive.put(fetched.body)
                result.changed_listings += 1
            records.append(_record(fetched, "listing", when, reused))
            result.listing_pages += 1
            if body is None:
                message = fetched.error or f"HTTP {fetched.status}"
                result.listing_errors.append(f"{url}: {message}")
                issues.append(("listing_fetch_failed", url, message))
                break
            try:
                page = parse_listing(kind, body, fetched.content_type, url)
            except ParseError as exc:
                result.listing_errors.append(f"{url}: {exc}")
                issues.append(("listing_unparseable", url, str(exc)))
                break
            if not page.links:
                if page_no == 1:
                    message = "the listing answered but names no notices (layout change or block page?)"
                    result.listing_errors.append(f"{url}: {message}")
                    issues.append(("listing_empty", url, message))
                break
            links_seen.setdefault(listing_url, []).extend(
                (link.url, link.title, link.listed_on) for link in page.links
            )
            result.links += len(page.links)
            fresh = [
                link.url for link in page.links if link.url not in known_articles and link.url not in found
            ]
            result.new_links += len(fresh)
            for link in page.links:
                found.setdefault(link.url, None)
            if not fresh:
                break  # everything on this page is known: older pages hold nothing new
            if kind == "html":
                url = page.next_url
            elif page.max_page is not None and page_no >= page.max_page:
                url = None
            else:
                url = page_url(listing_url, kind, page_no + 1)
    # New notices first; then (nightly only) every known article page, revalidated conditionally,
    # so that a page MOFCOM edits silently becomes a new version the next morning.
    targets = [u for u in found if u not in known_articles]
    if not ctx.new_only:
        cutoff = ctx.now() - dt.timedelta(hours=ctx.settings.revalidate_hours)
        for url in sorted(known_articles):
            checked = states[url].last_checked
            if ctx.settings.revalidate_hours <= 0 or checked is None or checked <= cutoff:
                targets.append(url)
    result.article_urls = targets
    now = ctx.now()
    ctx.archive.clean_stale()
    runs = storage.run_locks(ctx.warehouse)
    runs.hold(ctx.run_id)
    with ctx.warehouse.write() as con:
        dead = [r for r in store.running_runs(con) if r != ctx.run_id and not runs.is_alive(r)]
        store.abandon_runs(con, dead, now)
        store.begin_run(con, ctx.run_id, ctx.trigger, ctx.as_of, PARSER_VERSION, now)
        if ctx.lineage is not None:
            record_lineage(con, ctx.run_id, ctx.lineage)
        queue_fetches(con, ctx.run_id, targets, now)
        store.record_fetches(con, ctx.run_id, records)
        for listing_url, links in links_seen.items():
            store.record_listing_links(con, listing_url, links, now)
        for code, url, message in issues:
            store.add_issue(con, ctx.run_id, now, code, message, severity="error", url=url, per_run=True)
        store.set_listing_ok(con, ctx.run_id, result.listing_ok)
    ctx.log(
        f"discovered {result.links} listing links on {result.listing_pages} listing page(s); "
        f"{result.new_links} new; {len(targets)} article page(s) to fetch or revalidate"
    )
    return result


def _archived(ctx: RunContext, sha256: str) -> bytes | None:
    try:
        return ctx.archive.get(sha256)
    except ArchiveError:
        return None


# -- 2. fetching -------------------------------------------------------------------------------


@dataclass
class FetchSummary:
    requested: int = 0
    downloaded: int = 0
    not_modified: int = 0
    changed: int = 0
    failed: int = 0
    attachments: int = 0
    errors: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)


def fetch_pages(ctx: RunContext, urls: list[str]) -> FetchSummary:
    states = _page_states(ctx)
    summary = FetchSummary()
    records: list[store.FetchRecord] = []
    tracker = attachment_fetch.load(ctx)
    revalidated: set[str] = set()
    total = len(urls)
    for index, url in enumerate(urls, start=1):
        state = states.get(url)
        when = ctx.now()
        fetched = ctx.fetcher.get(
            url, etag=state.etag if state else None, last_modified=state.last_modified if state else None
        )
        summary.requested += 1
        reused = state.sha256 if fetched.not_modified and state else None
        records.append(_record(fetched, "article", when, reused))
        if fetched.not_modified:
            summary.not_modified += 1
            revalidated.add(url)
        elif fetched.ok and fetched.body is not None:
            summary.downloaded += 1
            revalidated.add(url)
            ctx.archive.put(fetched.body)
            if state is None or state.sha256 != fetched.sha256:
                summary.changed += 1
                if ctx.settings.fetch_attachments:
                    records.extend(
                        attachment_fetch.fetch_for_page(ctx, fetched, states, tracker, summary, _record)
                    )
        elif fetched.status in (404, 410) and state is not None:
            # MOFCOM moves and drops pages; a vanished page is not a repeal, so nothing is removed.
            summary.failed += 1
            summary.gone.append(url)
        else:
            summary.failed += 1
            summary.errors.append(f"{url}: {fetched.error or f'HTTP {fetched.status}'}")
        if index % 25 == 0 or index == total:
            ctx.log(f"  fetched {index}/{total} article pages ({summary.not_modified} unchanged)")
    if ctx.settings.fetch_attachments:  # retries due, and attachments of the pages checked above
        records.extend(attachment_fetch.fetch_due(ctx, revalidated, states, tracker, summary, _record))
    now = ctx.now()
    with ctx.warehouse.write() as con:
        store.record_fetches(con, ctx.run_id, records)
        attachment_fetch.save(con, tracker, ctx.run_id, now)
        for line in summary.errors:
            url, _, message = line.partition(": ")
            store.add_issue(con, ctx.run_id, now, "fetch_failed", message, url=url)
        for url in summary.gone:
            store.add_issue(
                con,
                ctx.run_id,
                now,
                "page_gone",
                "a known page now answers 404/410; its archived copy is kept and nothing it listed "
                "is removed (a vanished page is not a repeal)",
                url=url,
                sha256=states[url].sha256,
                notice_id=states[url].notice_id,
            )
    ctx.log(
        f"fetched {summary.requested} article page(s): {summary.downloaded} downloaded, "
        f"{summary.not_modified} not modified, {summary.changed} new or changed, {summary.failed} failed"
    )
    return summary


# -- 3. parsing and extraction -----------------------------------------------------------------


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


PARSE_BATCH = 200  # notices whose rows are written together; a few MB of rows at a time
PAGE_FAILED = "page_failed"  # the data issue of a page whose parse crashed or ran out of time


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
    with ctx.warehouse.write() as con:
        pending = store.pages_to_parse(con, PARSER_VERSION)
        states = store.page_states(con)  # read once: nothing in this step changes what was fetched
        ctx.segmenter.tokens("钐钴")  # load the dictionary here, not inside the first page's time budget
        found: list[store.IssueRow] = []
        batch = store.ContentBatch()
        registry = party_store.load_registry(con)
        for item in pending:
            summary.pages += 1
            issues: list[tuple[str, str, str | None, str | None, str | None]] = []
            notice_id = _parse_one(ctx, con, item, glossary, summary, issues, now, states, batch, registry)
            if len(batch.parsed) >= PARSE_BATCH:  # bounded memory on a first crawl of thousands of notices
                batch.write(con)
                batch = store.ContentBatch()
            found.extend(
                store.IssueRow(
                    code,
                    message,
                    "error" if code == PAGE_FAILED else "warning",
                    notice_id,
                    url or item.url,
                    sha or item.sha256,
                    line,
                )
                for code, message, url, sha, line in issues
            )
        batch.write(con)
        attachment_reading.finish(con)
        summary.issues = store.add_issues(con, ctx.run_id, now, found)
        titles = notice_titles.compose_pending(con, ctx.run_id, now)
    ctx.log(
        f"parsed {summary.pages} page(s): {summary.notices_new} new notice(s), {summary.versions_new} new "
        f"version(s), {summary.reparsed} re-read, {summary.aliases} alias copies, {summary.entries} entries, "
        f"{summary.issues} new data issue(s)"
        + (
            f"; {len(summary.failed)} page(s) FAILED to parse: {', '.join(summary.failed)}"
            if summary.failed
            else ""
        )
    )
    notice_titles.log_titles(ctx, *titles)
    return summary


def _parse_one(  # type: ignore[no-untyped-def]
    ctx,
    con,
    item: store.PendingPage,
    glossary,
    summary: ParseSummary,
    issues: list,
    now: dt.datetime,
    states: dict[str, store.PageState],
    batch: store.ContentBatch,
    registry: party_store.PartyRegistry | None = None,
):
    raw = _archived(ctx, item.sha256)
    if raw is None:
        issues.append(("archive_missing", "archived body is missing or corrupt", None, None, None))
        summary.errors += 1
        return None
    # Everything a page's bytes can break runs in isolation, within a time budget, before any write.
    budget = ctx.settings.parse_budget
    read: _PageRead | PageFailure = isolated(lambda: _read_page(raw, item, issues), budget)
    if not isinstance(read, PageFailure) and read.page is not None and read.page.number is not None:
        # The attachments are read with the page, each under its own budget, and the page's timer keeps
        # running meanwhile: a long but legitimate list PDF must not spend the page's own budget.
        budget += len(read.page.attachments) * ctx.settings.attachment_budget
        page_read = read
        read = isolated(lambda: _read_content(ctx, page_read, item, glossary, issues, states), budget)
    if isinstance(read, PageFailure):
        issues.append(
            (PAGE_FAILED, f"the page could not be parsed; the run went on: {read.message}", None, None, None)
        )
        summary.errors += 1
        summary.failed.append(item.url)
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, None)
        return None
    for record in read.attachments:
        store.record_attachment(con, *record)
    if read.page is None or read.page.number is None or read.extraction is None:
        if read.page is None:
            summary.errors += 1
        else:
            summary.not_notices += 1
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, None)
        return None
    page, number, extraction, fingerprint = read.page, read.page.number, read.extraction, read.fingerprint
    notice_id = number.notice_id
    state = store.notice_state(con, notice_id)
    if state is not None and state.url != item.url:
        matches = fingerprint == state.content_hash
        store.record_copy(con, notice_id, item.url, item.sha256, fingerprint, matches, now)
        summary.aliases += 1
        if not matches:
            issues.append(
                (
                    "alias_differs",
                    f"this copy of {number.number_zh} differs from the primary copy at "
                    f"{state.url}; it is kept but not merged",
                    None,
                    None,
                    None,
                )
            )
        store.touch_notice(con, notice_id, now)
        batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, notice_id)
        return notice_id
    if state is None:
        version = 1
        summary.notices_new += 1
    elif fingerprint != state.content_hash:
        version = state.current_version + 1
        summary.versions_new += 1
    else:
        version = state.current_version
        summary.reparsed += 1
    previous = (
        store.entry_records(con, notice_id, version - 1)
        if version > 1 and state and version != state.current_version
        else None
    )
    version_diff = diff_records(previous, store.entry_dicts(read.rows)) if previous is not None else None
    effective_on = read.effective_on
    store.upsert_notice(
        con,
        store.NoticeRow(
            notice_id=notice_id,
            number_zh=number.number_zh,
            title_zh=page.title_zh,
            issuers=list(number.issuers),
            published_on=page.published_on,
            effective_on=effective_on,
            effective_rule=page.effective_rule or ("assumed_publication" if effective_on else None),
            url=item.url,
            kind=extraction.kind,
            issuing_unit=page.issuing_unit,
        ),
        version,
        now,
    )
    fetched_at = now
    store.insert_version(
        con,
        notice_id,
        version,
        item.sha256,
        fingerprint,
        fetched_at,
        item.url,
        ctx.run_id,
        page.title_zh,
        page.body,
        page.published_on,
        effective_on,
        extraction.kind,
        PARSER_VERSION,
    )
    rows, relations, paragraphs, readings = read.rows, read.relations, read.paragraphs, read.readings
    assert readings is not None  # set with the extraction
    rules = [
        store.RuleRow(r.rule_kind, r.clause, r.threshold, list(r.applies_to), r.effective_on, r.quote_zh)
        for r in extraction.rules
    ]
    batch.add_notice_content(notice_id, version, rows, relations, paragraphs, PARSER_VERSION, rules)
    if registry is not None:
        shas = {
            "body": item.sha256,
            **{u: s.sha256 for u, s in states.items() if u in readings.outline_texts and s.sha256},
        }
        party_issues = party_store.record_parties(
            con, registry, notice_id, version, extraction.parties, extraction.party_refs, shas, PARSER_VERSION
        )
        issues.extend((code, message, None, None, line) for code, message, line in party_issues)
    attachment_reading.store_content(ctx, con, notice_id, version, extraction, readings, now)
    if version_diff is not None:
        store.record_version_diff(con, notice_id, version, version_diff)
    summary.entries += len(rows)
    batch.mark_parsed(item.url, item.sha256, PARSER_VERSION, notice_id)
    return notice_id


@dataclass
class _PageRead:
    """What one archived page yields, computed before anything is written (see pipelines.isolation)."""

    page: NoticePage | None = None  # None: the page is not a notice page at all (ParseError)
    extraction: Extraction | None = None
    fingerprint: str = ""
    effective_on: dt.date | None = None
    attachments: list[tuple[str, str, str, str | None, int | None, str | None]] = field(default_factory=list)
    rows: list[store.EntryRow] = field(default_factory=list)
    relations: list[store.RelationRow] = field(default_factory=list)
    paragraphs: list[tuple[str, list[str]]] = field(default_factory=list)
    readings: attachment_reading.NoticeReadings | None = None
    html: str = ""  # the decoded page, for the tables in its body


def _read_page(raw: bytes, item: store.PendingPage, issues: list) -> _PageRead:
    """Decode and parse the page: whether it is a notice at all."""
    read = _PageRead()
    decoded = decode_html(raw, item.content_type)
    if decoded.notice:
        issues.append(("charset_mislabelled", decoded.notice, None, None, None))
    if decoded.replacements:
        issues.append(
            (
                "decode_replacements",
                f"{decoded.replacements} undecodable byte sequence(s) as "
                f"{decoded.encoding} ({decoded.source})",
                None,
                None,
                None,
            )
        )
    try:
        page = parse_notice(decoded.text, item.url)
    except ParseError as exc:
        issues.append(("page_unparseable", str(exc), None, None, None))
        return read
    read.page = page
    if page.number is None:
        if "公告" in page.title_zh:
            issues.append(
                (
                    "no_notice_number",
                    f"no 发布文号 found on a page titled {page.title_zh!r}",
                    None,
                    None,
                    None,
                )
            )
        return read
    read.html = decoded.text
    return read


def _read_content(  # type: ignore[no-untyped-def]
    ctx: RunContext,
    read: _PageRead,
    item: store.PendingPage,
    glossary,
    issues: list,
    states: dict[str, store.PageState],
) -> _PageRead:
    """A notice page's attachments, extraction and rows, ready to be written."""
    page = read.page
    assert page is not None and page.number is not None
    number = page.number
    notice_id = number.notice_id
    readings = attachment_reading.read_all(ctx, read.attachments, page, notice_id, read.html, states)
    extraction = attachment_reading.merge(extract_notice(page, readings.outline_texts), readings)
    for issue in extraction.issues:
        issues.append((issue.code, issue.message, None, None, issue.line))
    read.extraction, read.readings = extraction, readings
    read.fingerprint = content_fingerprint(
        number.number_zh, "\n".join([page.body, *readings.fingerprint_texts])
    )
    read.effective_on = effective_on = page.effective_on or page.published_on
    keys = entry_keys(extraction.entries)
    clause_dates = parse_clause_effective(page.body)
    rows = read.rows
    for key, entry in zip(keys, extraction.entries, strict=True):
        name_tokens = ctx.segmenter.tokens(entry.name_zh)
        tokens = name_tokens + (ctx.segmenter.tokens(entry.spec_zh) if entry.spec_zh else [])
        name = compose_name_en(entry.name_zh, name_tokens, glossary)
        if not name.complete:
            issues.append(
                (
                    "name_en_partial",
                    f"no glossary term for {', '.join(name.missing)}",
                    None,
                    None,
                    entry.quote_zh,
                )
            )
        source_sha = item.sha256
        if entry.source != "body":
            attachment_state = states.get(entry.source)
            source_sha = (
                attachment_state.sha256 if attachment_state and attachment_state.sha256 else item.sha256
            )
        rows.append(
            store.EntryRow(
                entry_key=key,
                path=entry.path,
                category_zh=entry.category_zh,
                group_zh=entry.group_zh,
                control_code=entry.control_code,
                control_code_printed=entry.control_code_printed,
                control_codes=list(entry.control_codes)
                or ([entry.control_code] if entry.control_code else []),
                name_zh=entry.name_zh,
                name_en=name.text or None,
                name_en_complete=name.complete,
                hs_codes=list(entry.hs_codes),
                hs_label=entry.hs_label,
                kind=entry.kind,
                spec_zh=entry.spec_zh,
                effective_on=clause_dates.get(entry.path.split("/")[0], effective_on),
                quote_zh=entry.quote_zh,
                span_start=entry.span[0],
                span_end=entry.span[1],
                source=entry.source,
                source_sha256=source_sha,
                tokens=tokens,
            )
        )
    read.relations = [
        store.RelationRow(
            relation=r.relation,
            target_notice_id=r.target_number.notice_id if r.target_number else None,
            target_label=r.target_label,
            clause=r.clause,
            window_from=r.window_from,
            window_until=r.window_until,
            quote_zh=r.quote_zh,
        )
        for r in extraction.relations
    ]
    read.paragraphs = [(line, ctx.segmenter.tokens(line)) for line in page.body.split("\n") if line.strip()]
    return read


# -- 4. the list in force and its changes --------------------------------------------------------


@dataclass
class BuildSummary:
    list_version: int | None
    new_list_version: bool
    periods: int
    baseline: bool
    changes: Counter[str]
    alerts: int


def build(ctx: RunContext) -> BuildSummary:
    now = ctx.now()
    with ctx.warehouse.write() as con:
        touched = store.notices_not_yet_listed(con)
        result = build_list(con, ctx.run_id, ctx.as_of, touched)
        parties = party_store.build_parties(
            con,
            ctx.run_id,
            ctx.as_of,
            touched,
            goods_list_version=result.list_version,
            goods_new_version=result.new_list_version,
            baseline=result.baseline,
        )
        rows = []
        for change in result.changes:
            attrs = dict(change.state.attrs)
            effective = change.state.effective_on
            window_until = None
            cause_notice = None
            if change.change_type == "suspended":
                effective = change.state.window_from
                window_until = (
                    change.state.window_to - dt.timedelta(days=1) if change.state.window_to else None
                )
                cause_notice = change.state.status_notice_id
            elif change.change_type == "added" and change.state.status == "suspended":
                # Listed and already suspended (No. 61 first read after No. 70): say so, not "controlled".
                window_until = (
                    change.state.window_to - dt.timedelta(days=1) if change.state.window_to else None
                )
                cause_notice = change.state.status_notice_id
                change.detail["window_from"] = change.state.window_from.isoformat()
                change.detail["window_until"] = window_until.isoformat() if window_until else None
            elif change.change_type == "reinstated":
                effective = change.state.window_from
                cause_notice = str(change.detail.get("from")) if change.detail.get("from") else None
            rows.append(
                store.ChangeRow(
                    change_type=change.change_type,
                    cause=change.cause,
                    alert=change.cause in ("regulatory", "scheduled"),
                    entry_key=change.entry_key,
                    control_code=attrs.get("control_code"),
                    name_zh=str(attrs.get("name_zh")),  # type: ignore[arg-type]
                    name_en=attrs.get("name_en"),
                    hs_codes=list(attrs.get("hs_codes") or ()),  # type: ignore[arg-type]
                    kind=attrs.get("kind"),
                    category_zh=attrs.get("category_zh"),  # type: ignore[arg-type]
                    notice_id=change.state.notice_id,
                    cause_notice_id=cause_notice,
                    effective_on=effective,
                    window_until=window_until,
                    detail=change.detail,
                )
            )
        store.write_changes(con, ctx.run_id, result.list_version, rows, now)
        party_store.write_party_changes(con, ctx.run_id, parties.list_version, parties.changes, now)
        store.add_issues(con, ctx.run_id, now, parties.issues)
        store.mark_list_built(con, ctx.run_id, now)
        if result.baseline:
            store.mark_baseline(con, ctx.run_id)
    counts = Counter(c.change_type for c in result.changes)
    party_counts = Counter(c.change_type for c in parties.changes)
    alerts = sum(1 for r in rows if r.alert) + sum(
        1 for c in parties.changes if c.cause in ("regulatory", "scheduled")
    )
    label = "baseline (recorded, not alerted)" if result.baseline else f"{alerts} to alert"
    ctx.log(
        f"list version {result.list_version}{' (new)' if result.new_list_version else ' (unchanged)'}: "
        f"{result.periods} periods; changes {dict(counts) or 'none'}; {label}"
    )
    if parties.periods or parties.changes:
        ctx.log(
            f"parties: list version {parties.list_version}: {parties.periods} periods; "
            f"changes {dict(party_counts) or 'none'}"
        )
    return BuildSummary(
        result.list_version, result.new_list_version, result.periods, result.baseline, counts, alerts
    )


def finish(ctx: RunContext, status: str, message: str | None = None) -> None:
    try:
        with ctx.warehouse.write() as con:
            store.finish_run(con, ctx.run_id, status, ctx.now(), message)
    finally:
        storage.run_locks(ctx.warehouse).release(ctx.run_id)


def known_urls(ctx: RunContext) -> set[str]:
    if not ctx.warehouse.exists():
        return set()
    with ctx.warehouse.read() as con:
        return store.known_listing_urls(con)


def run_all(ctx: RunContext, *, urgent: bool = False) -> BuildSummary:
    """Every step in order, without Dagster (used by `regwatch watch` and the tests)."""
    from pipelines import alerting

    try:
        discovery = discover(ctx)
        fetch_pages(ctx, discovery.article_urls)
        parse_pages(ctx)
        summary = build(ctx)
        outcome = alerting.deliver(ctx, urgent=urgent)
    except BaseException as exc:
        if ctx.warehouse.exists():
            finish(ctx, "failed", f"{type(exc).__name__}: {exc}"[:500])
        raise
    finish(ctx, "failed" if outcome.failures else "succeeded", "; ".join(outcome.failures.values()) or None)
    return summary
