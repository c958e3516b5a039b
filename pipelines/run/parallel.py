"""Reading many archived pages in worker processes, handed back in the order they were asked for.

A re-read of the whole archive after a parser upgrade (or a first crawl) is pure CPU work page after
page: decoding, parsing, attachments, segmenting. It runs here in a pool of processes, in chunks, while
the caller stores each result in its own transaction *in the original order*, so the warehouse is the
one a single process would have written (notice versions, party ids and issue rows depend on order).

Each worker builds what it needs once, from the settings: the archive, the segmenter (its model is
cached on disk, where the parent has just loaded or built it) and the glossary. It never opens the
warehouse. The read itself runs in the worker's main thread, so `pipelines.run.isolation` bounds each page
with SIGALRM exactly as in a single process. A worker that dies outright (a segfault in a reader
library, the kernel's OOM killer) breaks the pool: the chunk it was reading is read again page by page
in a fresh pool, and the page that kills its worker again becomes a `PageFailure`, never the step's end.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.forkserver
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from parsers.glossary import Glossary, default_glossary
from parsers.segment import Segmenter
from pipelines import storage
from pipelines.config import Settings
from pipelines.run.isolation import PageFailure
from pipelines.run.segmenting import segmenter_for
from warehouse import store
from warehouse.archive import Archive, ObjectArchive

if TYPE_CHECKING:  # a worker imports this module: not the run's context and all it brings
    from pipelines.run.context import ReadContext

R = TypeVar("R")
# One page's read, as the step defines it: pure, given a context without a warehouse.
Reader = Callable[["ReadContext", store.PendingPage, Glossary, dict[str, store.PageState]], R]

CHUNK_PAGES = 16  # pages per task: amortises the round trip, small enough to keep both cores busy
CHUNKS_AHEAD = 4  # chunks in flight per worker: bounds the parent's memory on 5,000 pages


@dataclass(frozen=True)
class WorkerContext:
    """A worker's `ReadContext`: the run's settings, without its warehouse, fetcher or log."""

    settings: Settings
    archive: Archive | ObjectArchive
    segmenter: Segmenter


@dataclass
class _Worker(Generic[R]):
    ctx: WorkerContext
    glossary: Glossary
    states: dict[str, store.PageState]
    read: Reader[R]


_worker: _Worker[object] | None = None  # set once in each worker process by `_start_worker`


def _start_worker(settings: Settings, states: dict[str, store.PageState], read: Reader[object]) -> None:
    global _worker
    segmenter = segmenter_for(storage.segmenter_anchor(settings))
    segmenter.tokens("钐钴")  # load the model now, not inside the first page's time budget
    ctx = WorkerContext(settings, storage.open_archive(settings), segmenter)
    _worker = _Worker(ctx, default_glossary(), states, read)
    # Everything alive now lives as long as the worker: the collector need never walk it again (as
    # `pipelines.run.parse.frozen_heap` does in the storing process, for the step's length).
    gc.freeze()


def _read_chunk(items: list[store.PendingPage]) -> list[object]:
    assert _worker is not None, "the pool's initializer did not run"
    return [_worker.read(_worker.ctx, item, _worker.glossary, _worker.states) for item in items]


class _Pool(Generic[R]):
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, workers: int, settings: Settings, states: dict[str, store.PageState], read: Reader[R]):
        self._workers = workers
        self._initargs = (settings, states, read)
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # forkserver, not fork: the parent holds a DuckDB connection and a write lock that a forked
        # copy must never inherit; forkserver starts each worker from a clean, single-threaded process.
        context = _forkserver_context()
        return ProcessPoolExecutor(
            self._workers, mp_context=context, initializer=_start_worker, initargs=self._initargs
        )

    def submit(self, items: list[store.PendingPage]) -> Future[list[R]]:
        return self._executor.submit(_read_chunk, items)  # type: ignore[arg-type]

    def restart(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def read_alone(self, item: store.PendingPage) -> R | PageFailure:
        """One page in a task of its own: if its worker dies, it is this page's doing."""
        started = time.monotonic()
        try:
            return self.submit([item]).result()[0]
        except Exception as exc:
            self.restart()
            error = f"the worker process reading the page died or failed: {type(exc).__name__}: {exc}"
            return PageFailure("crash", error[:300], None, time.monotonic() - started)


def _forkserver_context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    # The server imports the reading code once, so each worker starts from a copy of it. Like any
    # spawn or forkserver pool, a worker still imports the caller's `__main__`: a script that runs
    # the step needs an `if __name__ == "__main__":` guard (the CLI, Dagster and pytest have one).
    context.set_forkserver_preload(
        ["pipelines.run.parallel", "pipelines.run.reading", "pipelines.run.worker_preload"]
    )
    return context


def start_forkserver() -> None:
    """Start the pool's server process now, without waiting for it: its imports of the reading code
    and its load of jieba's model (about 1 s of CPU) then run while this process does something else, such as fetching the pages
    the pool will read, instead of when the pool starts its workers. Starting it twice is a no-op."""
    _forkserver_context()
    multiprocessing.forkserver.ensure_running()


def read_in_pool(
    settings: Settings,
    pending: Sequence[store.PendingPage],
    states: dict[str, store.PageState],
    read: Reader[R],
    workers: int,
) -> Iterator[tuple[store.PendingPage, R | PageFailure]]:
    """`read` of every pending page, computed by `workers` processes, yielded in `pending`'s order."""
    chunks = iter([list(pending[i : i + CHUNK_PAGES]) for i in range(0, len(pending), CHUNK_PAGES)])
    pool = _Pool(workers, settings, states, read)
    window: deque[tuple[list[store.PendingPage], Future[list[R]]]] = deque()
    try:
        while True:
            while len(window) < workers * CHUNKS_AHEAD and (chunk := next(chunks, None)) is not None:
                window.append((chunk, pool.submit(chunk)))
            if not window:
                return
            chunk, future = window.popleft()
            results: list[R | PageFailure]
            try:
                results = list(future.result())
            except Exception:  # a worker died (BrokenProcessPool) or a result could not travel back
                pool.restart()
                results = [pool.read_alone(item) for item in chunk]
                window = deque((waiting, pool.submit(waiting)) for waiting, _ in window)
            yield from zip(chunk, results, strict=True)
    finally:
        pool.close()
