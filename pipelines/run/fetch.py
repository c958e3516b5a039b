"""Step 2: fetch (conditionally) the article pages discovery queued, and their attachments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb

from pipelines.run import parallel
from pipelines.run.context import RunContext, fetch_record, page_states
from pipelines.run.events import event
from pipelines.sources import attachment_fetch
from warehouse import store


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


def fetch_pages(
    ctx: RunContext, urls: list[str], states: dict[str, store.PageState] | None = None
) -> FetchSummary:
    """`states`: the pages' cache states when the caller has just read them (the poll has)."""
    states = page_states(ctx) if states is None else states
    summary = FetchSummary()
    records: list[store.FetchRecord] = []
    tracker = attachment_fetch.load(ctx)
    revalidated: set[str] = set()
    total = len(urls)
    new_pages = sum(1 for url in urls if url not in states)
    if ctx.settings.parse_workers > 1 and new_pages >= ctx.settings.parse_parallel_min:
        parallel.start_forkserver()  # the parse step will read them in a pool: its imports run meanwhile
    with ctx.archive.syncing_behind():  # every body is on disk before its fetch_log row is written
        for index, url in enumerate(urls, start=1):
            records.extend(_fetch_one(ctx, url, states, tracker, summary, revalidated))
            if index % 25 == 0 or index == total:
                ctx.log(f"  fetched {index}/{total} article pages ({summary.not_modified} unchanged)")
        if ctx.settings.fetch_attachments:  # retries due, and attachments of the pages checked above
            records.extend(
                attachment_fetch.fetch_due(ctx, revalidated, states, tracker, summary, fetch_record)
            )
    _record(ctx, records, tracker, summary, states)
    ctx.log(
        f"fetched {summary.requested} article page(s): {summary.downloaded} downloaded, "
        f"{summary.not_modified} not modified, {summary.changed} new or changed, {summary.failed} failed"
    )
    return summary


def _fetch_one(
    ctx: RunContext,
    url: str,
    states: dict[str, store.PageState],
    tracker: attachment_fetch.Tracker,
    summary: FetchSummary,
    revalidated: set[str],
) -> list[store.FetchRecord]:
    """One article page (and, when it changed, its attachments); the fetch_log rows it made."""
    state = states.get(url)
    when = ctx.now()
    fetched = ctx.fetcher.get(
        url, etag=state.etag if state else None, last_modified=state.last_modified if state else None
    )
    summary.requested += 1
    event(
        ctx,
        "fetch",
        "page",
        url=url,
        status=fetched.status,
        not_modified=fetched.not_modified or None,
        bytes=fetched.nbytes,
        error=fetched.error,
        notice_id=state.notice_id if state else None,
    )
    reused = state.sha256 if fetched.not_modified and state else None
    records = [fetch_record(fetched, "article", when, reused)]
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
                    attachment_fetch.fetch_for_page(ctx, fetched, states, tracker, summary, fetch_record)
                )
    elif fetched.status in (404, 410) and state is not None:
        # MOFCOM moves and drops pages; a vanished page is not a repeal, so nothing is removed.
        summary.failed += 1
        summary.gone.append(url)
    else:
        summary.failed += 1
        summary.errors.append(f"{url}: {fetched.error or f'HTTP {fetched.status}'}")
    return records


def _record(
    ctx: RunContext,
    records: list[store.FetchRecord],
    tracker: attachment_fetch.Tracker,
    summary: FetchSummary,
    states: dict[str, store.PageState],
) -> None:
    now: dt.datetime = ctx.now()

    def write(con: duckdb.DuckDBPyConnection) -> None:
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

    if _only_confirmed(records, tracker, summary):
        ctx.defer(write)  # nothing the next steps read changed: the run's next write carries the log
        return
    with ctx.write() as con:
        write(con)


def _only_confirmed(
    records: list[store.FetchRecord], tracker: attachment_fetch.Tracker, summary: FetchSummary
) -> bool:
    """Whether every exchange only confirmed what is archived (304s): no body, no failure, no issue."""
    return (
        all(r.not_modified for r in records)
        and not (summary.errors or summary.gone or summary.downloaded or summary.failed)
        and not (tracker.reparse or tracker.issues)
    )
