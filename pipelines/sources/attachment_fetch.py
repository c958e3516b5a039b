"""Attachment downloads that survive a bad night.

A list attachment that fails to download (a timeout, a 5xx, a refused host) used to be tried again
only if its notice page changed, so one failure could hide a list for good. Now each attachment has
a fetch state: a failure is retried on later runs with exponential backoff (base
`REGWATCH_ATTACHMENT_RETRY_HOURS`, doubling, at most a week) until it succeeds; two 404/410 answers
in a row mark it gone (a data issue, nothing removed). Known attachments of pages revalidated in a
run are revalidated too (conditional GET, usually a 304), and an attachment whose bytes changed
sends its page back to the parse step: a changed attachment is a new version of its notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import duckdb

from parsers.article import attachment_urls
from parsers.decoding import decode_html
from pipelines.sources.fetching import FetchResult
from warehouse import consolidated, store

if TYPE_CHECKING:  # the run's modules import this one
    from pipelines.run.context import RunContext
    from pipelines.run.fetch import FetchSummary

# How the fetch step turns one exchange into its fetch_log row (pipelines.run.context.fetch_record).
RecordFetch = Callable[[FetchResult, str, dt.datetime, str | None], store.FetchRecord]

MAX_BACKOFF = dt.timedelta(days=7)
GONE_AFTER = 2


@dataclass
class Tracker:
    """What this run learned about attachment downloads, written in the fetch step's transaction."""

    known: dict[str, consolidated.FetchState]
    states: list[consolidated.FetchState] = field(default_factory=list)
    reparse: list[str] = field(default_factory=list)
    issues: list[store.IssueRow] = field(default_factory=list)
    attempted: set[str] = field(default_factory=set)


def load(ctx: RunContext) -> Tracker:
    if not ctx.warehouse.exists():
        return Tracker({})
    with ctx.warehouse.read() as con:
        return Tracker(consolidated.fetch_states(con))


def _backoff(ctx: RunContext, failures: int) -> dt.timedelta:
    return min(
        dt.timedelta(hours=ctx.settings.attachment_retry_hours) * (2 ** max(failures - 1, 0)), MAX_BACKOFF
    )


def _fetch(
    ctx: RunContext,
    url: str,
    page_url: str,
    pages: dict[str, store.PageState],
    tracker: Tracker,
    summary: FetchSummary,
    record: RecordFetch,
) -> store.FetchRecord:
    state = pages.get(url)
    when = ctx.now()
    fetched: FetchResult = ctx.fetcher.get(
        url,
        etag=state.etag if state else None,
        last_modified=state.last_modified if state else None,
        attachment=True,
    )
    tracker.attempted.add(url)
    previous = tracker.known.get(url)
    if fetched.ok or fetched.not_modified:
        if fetched.ok and fetched.body is not None:
            ctx.archive.put(fetched.body)
            summary.attachments += 1
            if state is None or state.sha256 != fetched.sha256:
                tracker.reparse.append(page_url)
        elif previous is not None and previous.state != "fetched":
            tracker.reparse.append(page_url)
        tracker.states.append(
            consolidated.FetchState(url, page_url, "fetched", 0, 0, fetched.status, None, when, None)
        )
    else:
        _failed(ctx, url, page_url, fetched, previous, when, tracker)
    return record(fetched, "attachment", when, state.sha256 if fetched.not_modified and state else None)


def _failed(
    ctx: RunContext,
    url: str,
    page_url: str,
    fetched: FetchResult,
    previous: consolidated.FetchState | None,
    when: dt.datetime,
    tracker: Tracker,
) -> None:
    message = fetched.error or f"HTTP {fetched.status}"
    failures = (previous.failures if previous else 0) + 1
    gone_answers = (previous.gone_answers if previous else 0) + 1 if fetched.status in (404, 410) else 0
    if gone_answers >= GONE_AFTER:
        tracker.states.append(
            consolidated.FetchState(
                url, page_url, "gone", failures, gone_answers, fetched.status, message, when, None
            )
        )
        tracker.issues.append(
            store.IssueRow(
                "attachment_gone",
                f"the attachment answered {fetched.status} twice in a row; it is no longer retried "
                "(what was read from it before is kept)",
                "error",
                url=url,
                line=page_url,
            )
        )
        return
    retry_at = when + _backoff(ctx, failures)
    tracker.states.append(
        consolidated.FetchState(
            url, page_url, "retrying", failures, gone_answers, fetched.status, message, when, retry_at
        )
    )
    tracker.issues.append(
        store.IssueRow(
            "attachment_fetch_failed",
            f"{message}; retry {failures} due after {retry_at:%Y-%m-%d %H:%M} UTC",
            "warning",
            url=url,
            line=page_url,
        )
    )


def fetch_for_page(
    ctx: RunContext,
    page: FetchResult,
    pages: dict[str, store.PageState],
    tracker: Tracker,
    summary: FetchSummary,
    record: RecordFetch,
) -> list[store.FetchRecord]:
    """Every attachment of a new or changed article page (gone ones are not asked again)."""
    assert page.body is not None
    links = attachment_urls(decode_html(page.body, page.content_type).text, page.url)
    return [
        _fetch(ctx, url, page.url, pages, tracker, summary, record)
        for url in links
        if url not in tracker.attempted and not (url in tracker.known and tracker.known[url].state == "gone")
    ]


def fetch_due(
    ctx: RunContext,
    revalidated_pages: set[str],
    pages: dict[str, store.PageState],
    tracker: Tracker,
    summary: FetchSummary,
    record: RecordFetch,
) -> list[store.FetchRecord]:
    """Failed downloads whose retry is due, and known attachments of pages checked in this run."""
    now = ctx.now()
    records = []
    for url, state in sorted(tracker.known.items()):
        if url in tracker.attempted or state.state == "gone":
            continue
        due = state.state == "retrying" and (state.next_attempt is None or state.next_attempt <= now)
        revalidate = state.state == "fetched" and state.page_url in revalidated_pages
        if due or revalidate:
            records.append(_fetch(ctx, url, state.page_url, pages, tracker, summary, record))
    return records


def save(con: duckdb.DuckDBPyConnection, tracker: Tracker, run_id: str, now: dt.datetime) -> None:
    consolidated.save_fetch_states(con, tracker.states)
    consolidated.request_reparse(con, tracker.reparse)
    store.add_issues(con, run_id, now, [replace(i) for i in tracker.issues])
