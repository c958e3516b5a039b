"""Step 1 of a night: its conditional requests, and whether the rest of the night has any work.

Most nights MOFCOM publishes nothing: every listing shows known notices, every page due for
revalidation answers 304. Such a night has nothing to fetch, parse, build, screen or deliver, and
the poll finds that out from the requests the night makes anyway and a few reads. The night is then
recorded (the run's row, its fetch log) in a single write transaction and ends there: `run_all`
returns, the Dagster job skips its other steps, and the scheduled `nightly_poll` job launches
nothing (pipelines/sensors.py).

When a new notice is listed (or a listing fails) the known pages are queued behind the new ones for
the fetch step, as before; otherwise they are revalidated here, so that a page MOFCOM edited
silently makes the night busy and is downloaded, archived and recorded by this step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb

from parsers.titles import default_vocabulary
from pipelines.alerts.alerting import delivery_work
from pipelines.run.context import RunContext
from pipelines.run.discover import (
    Discovery,
    due_for_revalidation,
    new_articles,
    record_discovery,
    walk_listings,
)
from pipelines.run.fetch import FetchSummary, fetch_pages
from pipelines.run.parse import unread_pages
from warehouse import buildstate, store
from warehouse.titles import titles_to_compose

# The fingerprint of the last catalogue screening (None: never screened), for a poll that must
# know whether the screening step has work; None where no step screens the catalogue (`run_all`).
Screened = Callable[[], str | None]


@dataclass
class Poll:
    discovery: Discovery
    revalidation: FetchSummary | None = None  # known pages revalidated by the poll itself
    work: list[str] = field(default_factory=list)  # why the rest of the night has work; empty: quiet
    list_version: tuple[int | None, int] = (None, 0)  # the list in force: its version and periods

    @property
    def quiet(self) -> bool:
        return not self.work

    def summary(self) -> str:
        """One line for the run's row and the log."""
        pages = self.discovery.listing_pages
        checked = self.revalidation.requested if self.revalidation else 0
        if self.quiet:
            return (
                f"unchanged: {pages} listing page(s) and {checked} known page(s) checked, nothing new or "
                "changed; nothing to parse, build or deliver"
            )
        return "; ".join(self.work)


def poll(ctx: RunContext, *, screened: Screened | None = None) -> Poll:
    walk, discovery = walk_listings(ctx)
    new = new_articles(walk)
    due = [] if ctx.new_only else due_for_revalidation(ctx, walk)
    if new or not discovery.listing_ok:
        discovery.article_urls = [*new, *due]
        record_discovery(ctx, walk, discovery)  # now: the fetch step reads the queue
        work = [f"{len(new)} new notice page(s) listed"] if new else []
        return Poll(discovery, None, [*work, *(f"listing failed: {e}" for e in discovery.listing_errors)])
    record_discovery(ctx, walk, discovery, defer=True)  # nothing queued: the next write carries it
    known = dict(walk.states)  # (as the walk found them: the fetch updates the states it is given)
    revalidation = fetch_pages(ctx, due, walk.states)
    found = Poll(discovery, revalidation, _fetch_work(revalidation, known))
    pending_work(ctx, screened, found)
    if not found.quiet:
        with ctx.write():  # the run's row exists before the next step looks for it
            pass
    ctx.log(found.summary())
    return found


def _fetch_work(summary: FetchSummary, known: dict[str, store.PageState]) -> list[str]:
    """What the revalidation found for the later steps: a page new or changed, or a request that failed.
    A page gone before (404/410 last time too) is no news, nor is a body the server sent again unchanged
    (a server that ignores conditional requests); the fetch step has logged both. An attachment changed
    marks its page for the parse step, which `pending_work` sees."""
    newly_gone = [url for url in summary.gone if url not in known or known[url].last_status not in (404, 410)]
    failed = len(summary.errors) + len(newly_gone)
    if not (summary.changed or failed):
        return []
    return [f"revalidation: {summary.changed} page(s) new or changed, {failed} failed"]


def pending_work(ctx: RunContext, screened: Screened | None, found: Poll) -> None:
    """What the later steps would do tonight with nothing fetched (added to `found.work`): pages a newer
    parser must read, a list in force that moves with the date, changes not yet delivered, a catalogue
    not yet screened."""
    work = found.work
    if not ctx.warehouse.exists():
        work.append("no warehouse yet")
        return
    with ctx.warehouse.read() as con:
        found.list_version = buildstate.current_list_version(con)
        unread = unread_pages(con)
        if unread:
            work.append(f"{unread} archived page(s) not yet read by this parser")
        if titles_to_compose(con, default_vocabulary().fingerprint):
            work.append("English titles to compose")
        if not buildstate.build_is_current(con, ctx.run_id, ctx.as_of, store.notices_not_yet_listed(con)):
            work.append(f"the list in force on {ctx.as_of} is not built yet")
        work.extend(delivery_work(ctx.settings, con))
        work.extend(_screening_work(ctx, con, screened))


def _screening_work(ctx: RunContext, con: duckdb.DuckDBPyConnection, screened: Screened | None) -> list[str]:
    catalogue = ctx.settings.catalogue
    if catalogue is None or screened is None:
        return []
    from pipelines.screen.catalogue import fingerprint
    from warehouse.screening import list_version

    try:
        current = fingerprint(catalogue, list_version(con))
    except OSError as exc:  # the screening step reports it
        return [f"REGWATCH_CATALOGUE cannot be read: {exc}"]
    return (
        [] if current == screened() else ["REGWATCH_CATALOGUE or the list changed since the last screening"]
    )
