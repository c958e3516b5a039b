"""Step 1: walk every listing back until it shows only known notices, and queue the pages to fetch."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import duckdb

from parsers import PARSER_VERSION
from parsers.listing import exportcontrol_form, listing_kind, page_url, parse_listing
from parsers.model import ListingPage, ParseError
from pipelines import storage
from pipelines.run.context import RunContext, archived, fetch_record, page_states
from pipelines.run.events import event
from pipelines.sources.fetching import FetchResult
from warehouse import store
from warehouse.runs import queue_fetches, record_lineage

ListingLink = tuple[str, str, dt.date | None]  # url, title, listed on


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


@dataclass
class Walk:
    """What walking the listings gathered, written in one transaction at the end of the step."""

    states: dict[str, store.PageState]
    known_articles: set[str]
    records: list[store.FetchRecord] = field(default_factory=list)
    links_seen: dict[str, list[ListingLink]] = field(default_factory=dict)
    found: dict[str, None] = field(default_factory=dict)  # article URLs in listing order, once each
    issues: list[tuple[str, str, str]] = field(default_factory=list)  # code, url, message


def discover(ctx: RunContext) -> Discovery:
    """Walk every configured listing back until it shows only known notices (or max pages), and queue
    the new pages and (nightly only) the known ones due for revalidation."""
    walk, result = walk_listings(ctx)
    # New notices first; then the known pages due, revalidated conditionally, so that a page MOFCOM
    # edits silently becomes a new version.
    result.article_urls = [*new_articles(walk), *([] if ctx.new_only else due_for_revalidation(ctx, walk))]
    record_discovery(ctx, walk, result)
    return result


def walk_listings(ctx: RunContext) -> tuple[Walk, Discovery]:
    """Every configured listing walked (conditional requests), nothing written yet."""
    states = page_states(ctx)
    walk = Walk(states, {u for u, s in states.items() if s.purpose == "article"})
    result = Discovery(article_urls=[])
    for listing_url in ctx.settings.listing_urls:
        _walk_listing(ctx, listing_url, walk, result)
    return walk, result


def new_articles(walk: Walk) -> list[str]:
    """Article pages the listings name that no run has fetched, in listing order."""
    return [u for u in walk.found if u not in walk.known_articles]


def _walk_listing(ctx: RunContext, listing_url: str, walk: Walk, result: Discovery) -> None:
    kind = listing_kind(listing_url)
    url: str | None = listing_url
    for page_no in range(1, ctx.settings.max_pages + 1):
        if url is None:
            return
        page = _listing_page(ctx, kind, listing_url, url, page_no, walk, result)
        if page is None:
            return
        if not page.links:
            if page_no == 1:
                message = "the listing answered but names no notices (layout change or block page?)"
                result.listing_errors.append(f"{url}: {message}")
                walk.issues.append(("listing_empty", url, message))
            return
        walk.links_seen.setdefault(listing_url, []).extend(
            (link.url, link.title, link.listed_on) for link in page.links
        )
        result.links += len(page.links)
        fresh = [
            link.url
            for link in page.links
            if link.url not in walk.known_articles and link.url not in walk.found
        ]
        result.new_links += len(fresh)
        for link in page.links:
            walk.found.setdefault(link.url, None)
        if not fresh:
            return  # everything on this page is known: older pages hold nothing new
        url = _next_page(kind, listing_url, page, page_no)


def _listing_page(
    ctx: RunContext,
    kind: str,
    listing_url: str,
    url: str,
    page_no: int,
    walk: Walk,
    result: Discovery,
) -> ListingPage | None:
    """One listing page fetched (conditionally), archived and parsed; None (and an issue) on failure."""
    state = walk.states.get(url)
    when = ctx.now()
    fetched = _fetch_listing(ctx, kind, listing_url, url, page_no, state)
    body: bytes | None = fetched.body
    reused = None
    if fetched.not_modified and state and state.sha256:
        reused = state.sha256
        body = archived(ctx, state.sha256)
    elif fetched.ok and fetched.body is not None:
        ctx.archive.put(fetched.body)
        result.changed_listings += 1
    walk.records.append(fetch_record(fetched, "listing", when, reused))
    event(ctx, "discover", "listing_page", url=url, page=page_no, status=fetched.status, error=fetched.error)
    result.listing_pages += 1
    if body is None:
        message = fetched.error or f"HTTP {fetched.status}"
        result.listing_errors.append(f"{url}: {message}")
        walk.issues.append(("listing_fetch_failed", url, message))
        return None
    try:
        return parse_listing(kind, body, fetched.content_type, url)
    except ParseError as exc:
        result.listing_errors.append(f"{url}: {exc}")
        walk.issues.append(("listing_unparseable", url, str(exc)))
        return None


def _fetch_listing(
    ctx: RunContext, kind: str, listing_url: str, url: str, page_no: int, state: store.PageState | None
) -> FetchResult:
    if page_no == 1 and url in ctx.prefetched:
        return ctx.prefetched[url]
    if kind == "exportcontrol_api":
        return ctx.fetcher.post_form(url, exportcontrol_form(listing_url, page_no))
    return ctx.fetcher.get(
        url, etag=state.etag if state else None, last_modified=state.last_modified if state else None
    )


def _next_page(kind: str, listing_url: str, page: ListingPage, page_no: int) -> str | None:
    if kind == "html":
        return page.next_url
    if page.max_page is not None and page_no >= page.max_page:
        return None
    return page_url(listing_url, kind, page_no + 1)


def due_for_revalidation(ctx: RunContext, walk: Walk) -> list[str]:
    """Known article pages to revalidate this run (conditional requests, usually 304s).

    A page MOFCOM edits silently becomes a new version when it is next revalidated, so by default every
    known page is revalidated every night. At the site's pace of one request a second that is 5,000
    seconds of MOFCOM's server for 5,000 notices, to learn, almost always, nothing: a deployment with a
    large archive can set REGWATCH_REVALIDATE_ROTATION_DAYS, and then only pages listed within
    REGWATCH_REVALIDATE_RECENT_DAYS (where corrections come) are revalidated every run, the older ones
    each once in that many days (a silent edit of an old notice is then found up to that much later)."""
    settings = ctx.settings
    if not walk.known_articles:
        return []
    listed: dict[str, dt.date] = {}
    if settings.revalidate_rotation_days > 1:  # (the default, every page every run, needs no listing dates)
        with ctx.warehouse.read() as con:
            listed = store.article_dates(con)
    now = ctx.now()
    return [
        url
        for url in sorted(walk.known_articles)
        if revalidation_due(
            url,
            walk.states[url].last_checked
            if walk.states[url].answered
            else None,  # (a failed request checked nothing)
            listed.get(url),
            now=now,
            as_of=ctx.as_of,
            hours=settings.revalidate_hours,
            recent_days=settings.revalidate_recent_days,
            rotation_days=settings.revalidate_rotation_days,
        )
    ]


def revalidation_due(
    url: str,
    checked: dt.datetime | None,
    listed_on: dt.date | None,
    *,
    now: dt.datetime,
    as_of: dt.date,
    hours: float,
    recent_days: int,
    rotation_days: int,
) -> bool:
    """Whether one known page is due. An older page's turn is the day its URL's hash names, so the
    nights share the old pages evenly whenever they were first fetched; a page whose turn was missed
    (no run that day) is due as soon as its last check is a whole rotation old."""
    if checked is None:
        return True
    if hours > 0 and checked > now - dt.timedelta(hours=hours):
        return False
    if rotation_days <= 1 or listed_on is None or (as_of - listed_on).days <= recent_days:
        return True
    if checked <= now - dt.timedelta(days=rotation_days):
        return True
    return rotation_slot(url, rotation_days) == now.date().toordinal() % rotation_days


def rotation_slot(url: str, rotation_days: int) -> int:
    """The day of the rotation on which an older page is revalidated (a stable hash, not Python's)."""
    return int.from_bytes(hashlib.sha256(url.encode()).digest()[:4], "big") % rotation_days


def record_discovery(ctx: RunContext, walk: Walk, result: Discovery, *, defer: bool = False) -> None:
    """Begin the run's row and store what the walk saw (and the queue), in one transaction: now, or
    (`defer`) in the run's next write, when no later step reads any of it before then."""
    now = ctx.now()
    ctx.archive.clean_stale()
    runs = storage.run_locks(ctx.warehouse)
    runs.hold(ctx.run_id)
    targets = list(result.article_urls)

    def write(con: duckdb.DuckDBPyConnection) -> None:
        dead = [r for r in store.running_runs(con) if r != ctx.run_id and not runs.is_alive(r)]
        store.abandon_runs(con, dead, now)
        store.begin_run(con, ctx.run_id, ctx.trigger, ctx.as_of, PARSER_VERSION, now)
        if ctx.lineage is not None:
            record_lineage(con, ctx.run_id, ctx.lineage)
        queue_fetches(con, ctx.run_id, targets, now)
        store.record_fetches(con, ctx.run_id, walk.records)
        for listing_url, links in walk.links_seen.items():
            store.record_listing_links(con, listing_url, links, now)
        for code, url, message in walk.issues:
            store.add_issue(con, ctx.run_id, now, code, message, severity="error", url=url, per_run=True)
        store.set_listing_ok(con, ctx.run_id, result.listing_ok)

    if defer:
        ctx.defer(write)
    else:
        with ctx.write() as con:
            write(con)
    event(ctx, "discover", "done", links=result.links, new=result.new_links, queued=len(targets))
    ctx.log(
        f"discovered {result.links} listing links on {result.listing_pages} listing page(s); "
        f"{result.new_links} new; {len(targets)} article page(s) to fetch or revalidate"
    )
