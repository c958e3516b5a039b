"""An unchanged night writes the warehouse as little as it can, and still keeps its log.

Every write transaction copies and fsyncs the warehouse file, so an unchanged night (every known page
answers 304) writes twice: discovery (the run's row, its queue, the listing log, which the next step
and the listing check read) and the run's end, which also carries the fetch step's revalidations.
A `Warehouse` that counts its write transactions stands in for the plain one; everything else is real:
a loopback replay of MOFCOM, the DuckDB file, the Dagster job in process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import steps
from pipelines.config import Settings, load_settings
from pipelines.definitions import defs
from pipelines.run.discover import revalidation_due, rotation_slot
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import replay_env
from warehouse.db import Warehouse


class CountingWarehouse(Warehouse):
    """The real warehouse, counting the write transactions it published."""

    published = 0

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with super().write() as con:
            yield con
        CountingWarehouse.published += 1


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture
def settings(tmp_path: Path, site: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    for key in [k for k in os.environ if k.startswith("REGWATCH_")]:
        monkeypatch.delenv(key)
    values = replay_env(site.base_url, site.port, tmp_path / "w.duckdb", REGWATCH_AS_OF="2025-10-10")
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return load_settings(values)


def _context(settings: Settings) -> steps.RunContext:
    return steps.make_context(
        settings, trigger="test", log=lambda _m: None, warehouse=CountingWarehouse(settings.db_path)
    )


def _revalidations(db: Path, run_id: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT url, status, not_modified FROM fetch_log WHERE run_id = ? AND purpose = 'article' "
            "ORDER BY url",
            [run_id],
        ).fetchall()
    finally:
        con.close()


def _article_pages(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT url, last_checked FROM pages WHERE purpose = 'article' ORDER BY url"
        ).fetchall()
    finally:
        con.close()


def test_unchanged_night_writes_twice_and_logs_every_revalidation(
    settings: Settings, site: ReplayServer
) -> None:
    steps.run_all(_context(settings))
    before = _article_pages(settings.db_path)
    assert before
    site.requests.clear()
    CountingWarehouse.published = 0
    ctx = _context(settings)
    steps.run_all(ctx)
    assert set(site.requests) == {304}
    assert CountingWarehouse.published == 2  # discovery, and the run's end with the fetch log
    assert ctx.pending == []
    logged = _revalidations(settings.db_path, ctx.run_id)
    assert [url for url, _, _ in logged] == [url for url, _ in before]
    assert {(status, not_modified) for _, status, not_modified in logged} == {(304, True)}
    after = dict(_article_pages(settings.db_path))
    assert all(after[url] > checked for url, checked in before)  # type: ignore[operator]


def test_a_run_that_fails_after_the_fetch_still_records_its_revalidations(settings: Settings) -> None:
    steps.run_all(_context(settings))
    ctx = _context(settings)
    discovery = steps.discover(ctx)
    steps.fetch_pages(ctx, discovery.article_urls)
    assert len(ctx.pending) == 1  # every page answered 304: left to the run's next write
    assert _revalidations(settings.db_path, ctx.run_id) == []
    steps.finish(ctx, "failed", "a later step failed")
    assert ctx.pending == []
    assert len(_revalidations(settings.db_path, ctx.run_id)) == len(discovery.article_urls)


def test_a_changed_page_is_written_by_the_fetch_step_itself(settings: Settings, site: ReplayServer) -> None:
    steps.run_all(_context(settings))
    site.night = 2  # the replay's second night: new and edited pages
    ctx = _context(settings)
    discovery = steps.discover(ctx)
    steps.fetch_pages(ctx, discovery.article_urls)
    assert ctx.pending == []  # the parse step reads what was downloaded: no deferral
    assert _revalidations(settings.db_path, ctx.run_id)
    steps.finish(ctx, "succeeded")


def test_unchanged_night_through_the_dagster_job_logs_its_revalidations(settings: Settings) -> None:
    job = defs.resolve_job_def("nightly")
    with dg.DagsterInstance.ephemeral() as instance:
        assert job.execute_in_process(instance=instance).success
        night = job.execute_in_process(instance=instance)
    assert night.success
    logged = _revalidations(settings.db_path, night.run_id)
    assert len(logged) == len(_article_pages(settings.db_path))
    assert {(status, not_modified) for _, status, not_modified in logged} == {(304, True)}
    con = duckdb.connect(str(settings.db_path), read_only=True)
    try:
        row = con.execute("SELECT status FROM runs WHERE run_id = ?", [night.run_id]).fetchone()
    finally:
        con.close()
    assert row == ("succeeded",)


def _started(db: Path, run_id: str) -> dt.datetime:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT started_at FROM runs WHERE run_id = ?", [run_id]).fetchone()
    finally:
        con.close()
    assert row is not None
    return row[0]


def test_older_notices_are_revalidated_in_turn_and_a_missed_turn_is_caught_up(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, site: ReplayServer
) -> None:
    """With a weekly rotation and seven months on, the demo's notices are old: a night revalidates only
    the pages whose turn it is, and a page whose last check is a whole rotation old whatever its turn."""
    monkeypatch.setenv("REGWATCH_AS_OF", "2026-06-01")
    monkeypatch.setenv("REGWATCH_REVALIDATE_ROTATION_DAYS", "7")
    old = load_settings(dict(os.environ))
    assert (old.revalidate_recent_days, old.revalidate_rotation_days) == (90, 7)
    site.requests.clear()
    steps.run_all(_context(old))
    first_night = sum(site.requests.values())  # every listing, page and attachment
    pages = [url for url, _ in _article_pages(old.db_path)]
    assert len(pages) >= 7
    site.requests.clear()
    ctx = _context(old)
    steps.run_all(ctx)
    today = _started(old.db_path, ctx.run_id).date().toordinal() % 7
    expected = [url for url in pages if rotation_slot(str(url), 7) == today]
    assert [url for url, _, _ in _revalidations(old.db_path, ctx.run_id)] == expected
    assert len(expected) < len(pages)
    # the listing and the pages due (with their attachments): conditional requests only, fewer than the first night's
    assert set(site.requests) == {304} and sum(site.requests.values()) < first_night

    # A page whose last request failed (a 503 on its night) is revalidated on the next run, whatever its turn.
    failed = next(url for url in pages if url not in expected)
    con = duckdb.connect(str(old.db_path))
    try:
        con.execute("UPDATE pages SET last_status = 503 WHERE url = ?", [failed])
    finally:
        con.close()
    retry = _context(old)
    steps.run_all(retry)
    retried = [url for url, _, _ in _revalidations(old.db_path, retry.run_id)]
    assert failed in retried and len(retried) < len(pages)

    con = duckdb.connect(str(old.db_path))
    try:  # nobody ran for eight days
        con.execute("UPDATE pages SET last_checked = last_checked - INTERVAL 8 DAY WHERE purpose = 'article'")
    finally:
        con.close()
    late = _context(old)
    steps.run_all(late)
    assert [url for url, _, _ in _revalidations(old.db_path, late.run_id)] == pages


@pytest.mark.parametrize(
    ("checked_days_ago", "listed", "rotation", "hours", "due"),
    [
        (None, dt.date(2020, 1, 1), 7, 0.0, True),  # never checked
        (1, dt.date(2026, 5, 20), 7, 0.0, True),  # recent: every run
        (1, None, 7, 0.0, True),  # no listing date known: every run
        (1, dt.date(2020, 1, 1), 1, 0.0, True),  # no rotation
        (8, dt.date(2020, 1, 1), 7, 0.0, True),  # a missed turn
        (0.5, dt.date(2026, 5, 20), 7, 24.0, False),  # checked within REGWATCH_REVALIDATE_HOURS
    ],
)
def test_revalidation_due(
    checked_days_ago: float | None, listed: dt.date | None, rotation: int, hours: float, due: bool
) -> None:
    now = dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC)
    checked = None if checked_days_ago is None else now - dt.timedelta(days=checked_days_ago)
    kwargs = {"now": now, "as_of": dt.date(2026, 6, 1), "hours": hours, "recent_days": 90}
    assert revalidation_due("u", checked, listed, rotation_days=rotation, **kwargs) is due  # type: ignore[arg-type]


def test_an_older_page_is_due_on_its_turn_only() -> None:
    url = "http://www.mofcom.gov.cn/zwgk/zcfb/art/2023/art_1.html"
    slot = rotation_slot(url, 7)
    start = dt.datetime(2026, 6, 1, 2, 0, tzinfo=dt.UTC)
    days = []
    for offset in range(14):
        now = start + dt.timedelta(days=offset)
        checked = now - dt.timedelta(days=1)
        if revalidation_due(
            url,
            checked,
            dt.date(2023, 1, 1),
            now=now,
            as_of=now.date(),
            hours=0,
            recent_days=90,
            rotation_days=7,
        ):
            days.append(now.date().toordinal() % 7)
    assert days == [slot, slot]  # once a week
