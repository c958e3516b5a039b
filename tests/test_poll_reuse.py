"""Polling costs MOFCOM as little as possible: the first poll after a (re)start is conditional, using the
validators the last run stored, and the run a poll starts reuses the listing the poll downloaded.

`regwatch watch` and the Dagster sensor are both exercised against the loopback replay, whose log shows
every request and its status.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import steps
from pipelines.config import load_settings
from pipelines.definitions import defs
from pipelines.sources.replay import ReplayServer, bundled_site
from pipelines.watch import watch_loop
from tests.conftest import DEMO_LISTING, replay_env

LISTING = DEMO_LISTING


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture
def env(tmp_path: Path, site: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = replay_env(site.base_url, site.port, tmp_path / "w.duckdb", REGWATCH_AS_OF="2025-10-10")
    for key in [k for k in os.environ if k.startswith("REGWATCH_")]:
        monkeypatch.delenv(key)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    steps.run_all(steps.make_context(load_settings(values), log=lambda _m: None))  # the last run
    site.log.clear()
    return values


def _listing_answers(site: ReplayServer) -> list[int]:
    return [status for _method, path, status in site.log if path == LISTING]


def test_first_poll_after_a_restart_is_conditional(env: dict[str, str], site: ReplayServer) -> None:
    lines: list[str] = []
    assert watch_loop(load_settings(env), once=True, log=lines.append) == 0
    assert _listing_answers(site) == [304]
    assert any("nothing new" in line for line in lines)


def test_first_sensor_tick_without_a_cursor_is_conditional(env: dict[str, str], site: ReplayServer) -> None:
    sensor = defs.resolve_sensor_def("new_notice_sensor")
    result = sensor(dg.build_sensor_context(cursor=None))
    assert result.run_requests == []  # type: ignore[union-attr]
    assert _listing_answers(site) == [304]


def test_watch_run_reuses_the_listing_its_poll_downloaded(env: dict[str, str], site: ReplayServer) -> None:
    site.night = 2
    lines: list[str] = []
    watch_loop(load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"}), once=True, log=lines.append)
    assert any("processing" in line for line in lines)
    # One download of the listing (the poll's); the run read it from the archive.
    assert _listing_answers(site) == [200]
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        run = con.execute("SELECT run_id, status FROM runs WHERE trigger = 'watch'").fetchall()
        listing = con.execute(
            "SELECT status, etag IS NOT NULL FROM fetch_log WHERE run_id = ? AND url = ?",
            [run[0][0], env["REGWATCH_LISTING_URLS"]],
        ).fetchall()
        new = con.execute("SELECT count(*) FROM notices WHERE notice_id = 'MOFCOM-2025-61'").fetchone()
    finally:
        con.close()
    assert run[0][1] == "succeeded" and listing == [(200, True)] and new == (1,)
    # The next poll is conditional on what the run recorded: 304.
    site.log.clear()
    watch_loop(load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"}), once=True, log=lines.append)
    assert _listing_answers(site) == [304]


def test_sensor_run_reuses_the_listing_its_poll_downloaded(
    env: dict[str, str], site: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sensor = defs.resolve_sensor_def("new_notice_sensor")
    site.night = 2
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    result = sensor(dg.build_sensor_context(cursor=None))
    requests = result.run_requests  # type: ignore[union-attr]
    assert len(requests) == 1 and "regwatch/prefetched" in requests[0].tags
    job = defs.resolve_job_def("nightly")
    run = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), tags=dict(requests[0].tags))
    assert run.success
    assert _listing_answers(site) == [200]
