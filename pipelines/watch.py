"""`regwatch watch`: the sensor's polling loop as one plain process (e.g. under systemd).

Polls the listings every REGWATCH_POLL_SECONDS with conditional requests; when a listing names a
notice not seen before, runs the pipeline for what is new and sends an urgent alert. Stops cleanly
on SIGTERM or SIGINT: a run in progress finishes its current step's transaction first.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

from pipelines import steps
from pipelines.config import Settings
from pipelines.sources.polling import ListingState, poll_listings, seed_states
from warehouse.db import WarehouseError


def watch_loop(
    settings: Settings,
    *,
    once: bool = False,
    log: Callable[[str], None] = print,
    stop: threading.Event | None = None,
) -> int:
    stop = stop or threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    states: dict[str, ListingState] = {}
    fetcher = steps.make_fetcher(settings)
    seed_states(
        states, steps.page_states(steps.make_context(settings, fetcher=fetcher)), settings.listing_urls
    )
    log(
        f"regwatch watch: polling {len(settings.listing_urls)} listing(s) every {settings.poll_seconds:.0f} s"
    )
    try:
        while not stop.is_set():
            probe = steps.make_context(settings, trigger="watch", fetcher=fetcher, log=log, new_only=True)
            result = poll_listings(fetcher, settings.listing_urls, states, steps.known_urls(probe))
            for error in result.errors:
                log(f"poll: {error}")
            if result.should_run:
                probe.prefetched = result.fetched  # the run reuses what this poll downloaded
                log(
                    f"poll: {len(result.new_urls)} new notice page(s), {len(result.changed_entries)} changed "
                    "listing entr(ies): processing"
                )
                try:
                    steps.run_all(probe, urgent=True)
                except WarehouseError as exc:
                    log(f"watch run failed: {exc}")
            else:
                log(f"poll: {result.requests} request(s), {result.not_modified} not modified; nothing new")
            if once:
                break
            stop.wait(settings.poll_seconds)
    finally:
        fetcher.close()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    log("regwatch watch: stopped")
    return 0
