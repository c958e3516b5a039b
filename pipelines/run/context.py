"""What every step of a run shares: settings, the warehouse, the archive, the HTTP client, the log."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

import duckdb

from parsers.segment import Segmenter, default_segmenter
from pipelines import storage
from pipelines.config import Settings
from pipelines.run.segmenting import segmenter_for
from pipelines.sources.fetching import Fetcher, FetchResult, FetchSettings
from warehouse import store
from warehouse.archive import Archive, ArchiveError, ObjectArchive
from warehouse.backends import WarehouseStore
from warehouse.runs import Lineage

Log = Callable[[str], None]
Deferred = Callable[[duckdb.DuckDBPyConnection], None]


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
    # Bookkeeping a step left to the run's next write transaction (`defer`); shared by every step of a
    # Dagster run (pipelines/resources.py), so the step that writes next carries it.
    pending: list[Deferred] = field(default_factory=list)
    finished: bool = False  # the run's row says how it ended (`runner.finish`)
    # A run that continues a poll run (pipelines/sensors.py): whose queue it fetches, whose listing
    # failures its digest reports.
    poll_run_id: str | None = None

    def defer(self, write: Deferred) -> None:
        """Leave `write` to the next write transaction of this run (at the latest, the run's end).

        Every write copies and fsyncs the warehouse file. An unchanged night's revalidations are
        only a log of what was checked: no later step reads them, so they need no transaction of
        their own. A run killed before its next write loses that log and nothing else: the pages
        keep their earlier state and are revalidated by the next run."""
        self.pending.append(write)

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction of this run, carrying first whatever an earlier step deferred."""
        with self.warehouse.write() as con:
            for deferred in self.pending:
                deferred(con)
            yield con
        self.pending.clear()


class ReadContext(Protocol):
    """What reading a page needs, and all it may touch: no warehouse, no network, no log.

    A `RunContext` is one; so is the context a parse worker process builds from the settings
    (pipelines/run/parallel.py), which has no warehouse connection to share."""

    @property
    def settings(self) -> Settings: ...

    @property
    def archive(self) -> Archive | ObjectArchive: ...

    @property
    def segmenter(self) -> Segmenter: ...


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
    warehouse: WarehouseStore | None = None,
    pending: list[Deferred] | None = None,
) -> RunContext:
    as_of = settings.as_of or dt.datetime.now(dt.UTC).astimezone(_zone(settings.timezone)).date()
    return RunContext(
        settings=settings,
        run_id=run_id or new_run_id(trigger),
        trigger=trigger,
        as_of=as_of,
        warehouse=warehouse or storage.open_warehouse(settings),
        archive=storage.open_archive(settings),
        fetcher=fetcher or make_fetcher(settings),
        log=log,
        new_only=new_only,
        segmenter=segmenter_for(storage.segmenter_anchor(settings)),
        pending=[] if pending is None else pending,
    )


def _zone(name: str) -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:
        return dt.UTC


def fetch_record(
    result: FetchResult, purpose: str, when: dt.datetime, reused_sha: str | None = None
) -> store.FetchRecord:
    """The `fetch_log` row of one exchange (a 304 points at the archived body it confirmed)."""
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


def page_states(ctx: RunContext) -> dict[str, store.PageState]:
    """The HTTP cache state of every URL fetched so far (polls and conditional requests start from it)."""
    if not ctx.warehouse.exists():
        return {}
    with ctx.warehouse.read() as con:
        return store.page_states(con)


def archived(ctx: ReadContext, sha256: str) -> bytes | None:
    try:
        return ctx.archive.get(sha256)
    except ArchiveError:
        return None
