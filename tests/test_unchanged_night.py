"""An unchanged night ends with its poll, writes the warehouse once, and still keeps its log.

Every write transaction copies and fsyncs the warehouse file, so an unchanged night (no new notice
listed, every known page answering 304, nothing left to parse, build or deliver) writes once: the
run's row, the listing log and the revalidations together, at its end. In Dagster the scheduled job
is the poll alone, and a sensor runs the rest of the night only when the poll found something.
A `Warehouse` that counts its write transactions stands in for the plain one; everything else is real:
a loopback replay of MOFCOM, the DuckDB file, the Dagster jobs in process.
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
from pipelines.sensors import continue_night
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


def _run_row(db: Path, run_id: str) -> tuple[object, ...] | None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            "SELECT status, message, listing_ok, list_built FROM runs WHERE run_id = ?", [run_id]
        ).fetchone()
    finally:
        con.close()


def test_unchanged_night_writes_once_and_logs_every_revalidation(
    settings: Settings, site: ReplayServer
) -> None:
    steps.run_all(_context(settings))
    before = _article_pages(settings.db_path)
    assert before
    digests = sorted(p.name for p in settings.digest_dir.iterdir())
    site.requests.clear()
    CountingWarehouse.published = 0
    ctx = _context(settings)
    steps.run_all(ctx)
    assert set(site.requests) == {304}
    assert CountingWarehouse.published == 1  # the run's row, the listing log and the revalidations
    assert ctx.pending == []
    logged = _revalidations(settings.db_path, ctx.run_id)
    assert [url for url, _, _ in logged] == [url for url, _ in before]
    assert {(status, not_modified) for _, status, not_modified in logged} == {(304, True)}
    after = dict(_article_pages(settings.db_path))
    assert all(after[url] > checked for url, checked in before)  # type: ignore[operator]
    row = _run_row(settings.db_path, ctx.run_id)
    assert row is not None and row[0] == "succeeded" and row[2] is True and row[3] is not True
    assert str(row[1]).startswith(f"unchanged: 1 listing page(s) and {len(before)} known page(s) checked")
    assert sorted(p.name for p in settings.digest_dir.iterdir()) == digests  # nothing to deliver: no digest


@pytest.mark.parametrize(
    ("disturb", "why"),
    [
        ("parser", "archived page(s) not yet read by this parser"),
        ("day", "the list in force on 2025-12-01 is not built yet"),
        ("undelivered", "not yet accepted by the file channel"),
        ("notify", "REGWATCH_NOTIFY_EMPTY"),  # (a digest every night, even with only the files)
    ],
)
def test_a_night_with_nothing_fetched_still_runs_the_steps_that_have_work(
    settings: Settings, site: ReplayServer, monkeypatch: pytest.MonkeyPatch, disturb: str, why: str
) -> None:
    """Nothing new on the site, but a newer parser, a day on which a period starts (No. 61's rules are
    in force from 1 December) or a change no channel accepted yet: the night goes on past its poll."""
    steps.run_all(_context(settings))  # the first night is a baseline: recorded, not alerted
    site.night = 2
    steps.run_all(_context(settings))  # new notices: changes alerted and delivered to the files
    if disturb == "parser":
        con = duckdb.connect(str(settings.db_path))
        try:
            con.execute("UPDATE pages SET parsed_version = 'an-older-parser' WHERE purpose = 'article'")
        finally:
            con.close()
    elif disturb == "day":
        monkeypatch.setenv("REGWATCH_AS_OF", "2025-12-01")
        settings = load_settings(dict(os.environ))
    elif disturb == "notify":
        monkeypatch.setenv("REGWATCH_NOTIFY_EMPTY", "true")
        settings = load_settings(dict(os.environ))
    else:
        con = duckdb.connect(str(settings.db_path))
        try:
            con.execute("DELETE FROM deliveries WHERE channel = 'file'")
        finally:
            con.close()
    ctx = _context(settings)
    night = steps.poll(ctx)
    assert not night.quiet
    assert any(why in line for line in night.work), night.work
    steps.finish(ctx, "succeeded")


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
    """`regwatch run` executes the whole job: an unchanged night materializes nothing and skips the
    steps after the poll, which observes the listings and the digest (their freshness checks hold)."""
    job = defs.resolve_job_def("nightly")
    with dg.DagsterInstance.ephemeral() as instance:
        assert job.execute_in_process(instance=instance).success
        night = job.execute_in_process(instance=instance)
        assert night.success
        assert night.get_asset_materialization_events() == []
        skipped = {e.step_key for e in night.all_events if e.event_type_value == "STEP_SKIPPED"}
        assert {"article_pages", "notices", "control_list", "catalogue_screening", "digest"} <= skipped
        observed = {e.asset_key.to_user_string() for e in night.get_asset_observation_events() if e.asset_key}
        assert observed == {"listing_pages", "digest"}
    logged = _revalidations(settings.db_path, night.run_id)
    assert len(logged) == len(_article_pages(settings.db_path))
    assert {(status, not_modified) for _, status, not_modified in logged} == {(304, True)}
    row = _run_row(settings.db_path, night.run_id)
    assert row is not None and row[0] == "succeeded" and str(row[1]).startswith("unchanged:")


def _notices(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM notices").fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])


def test_the_scheduled_poll_launches_the_rest_of_the_night_only_when_something_changed(
    settings: Settings, site: ReplayServer
) -> None:
    poll_job = defs.resolve_job_def("nightly_poll")
    nightly = defs.resolve_job_def("nightly")
    with dg.DagsterInstance.ephemeral() as instance:
        first = poll_job.execute_in_process(instance=instance)
        assert first.success and _notices(settings.db_path) == 0  # the poll queued the pages, read none
        request = continue_night(instance, first.dagster_run)
        assert isinstance(request, dg.RunRequest)
        assert [k.to_user_string() for k in request.asset_selection or []] == [
            "article_pages",
            "notices",
            "control_list",
            "catalogue_screening",
            "digest",
        ]
        assert request.tags["regwatch/poll_run"] == first.run_id
        rest = nightly.execute_in_process(
            instance=instance, asset_selection=request.asset_selection, tags=request.tags
        )
        assert rest.success
        stored = _notices(settings.db_path)
        assert stored > 0  # the rest of the night fetched the pages the poll queued
        assert (settings.digest_dir / f"digest-{rest.run_id}.json").exists()

        quiet = poll_job.execute_in_process(instance=instance)
        assert quiet.success
        skip = continue_night(instance, quiet.dagster_run)
        assert isinstance(skip, dg.SkipReason) and "found nothing new" in (skip.skip_message or "")

        site.night = 2  # new and edited notices
        busy = poll_job.execute_in_process(instance=instance)
        again = continue_night(instance, busy.dagster_run)
        assert isinstance(again, dg.RunRequest) and again.run_key == busy.run_id
        assert nightly.execute_in_process(
            instance=instance, asset_selection=again.asset_selection, tags=again.tags
        ).success
        assert _notices(settings.db_path) > stored


def test_a_listing_the_poll_could_not_read_is_reported_by_the_rest_of_the_night(
    settings: Settings, site: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps.run_all(_context(settings))
    broken = f"{site.base_url}/zwgk/no-such-listing/index.html"
    monkeypatch.setenv("REGWATCH_LISTING_URLS", f"{settings.listing_urls[0]},{broken}")
    with dg.DagsterInstance.ephemeral() as instance:
        polled = defs.resolve_job_def("nightly_poll").execute_in_process(instance=instance)
        request = continue_night(instance, polled.dagster_run)
        assert isinstance(request, dg.RunRequest)
        rest = defs.resolve_job_def("nightly").execute_in_process(
            instance=instance, asset_selection=request.asset_selection, tags=request.tags
        )
    import json

    digest = json.loads((settings.digest_dir / f"digest-{rest.run_id}.json").read_text(encoding="utf-8"))
    assert any("no-such-listing" in line for line in digest["fetch_failures"]), digest["fetch_failures"]


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


def test_an_unchanged_night_keeps_the_listings_and_the_digest_fresh(settings: Settings) -> None:
    """The freshness checks (no listing walked, no digest for counsel, within the window) count the
    quiet night's observations: with a window of two seconds, a digest materialized earlier is fresh
    again after an unchanged night, and stale without one."""
    import time

    from pipelines.assets import digest, listing_pages
    from pipelines.checks import freshness_checks

    checks = freshness_checks(2 / 3600)
    probe = dg.Definitions(
        assets=[listing_pages, digest],
        asset_checks=checks,
        jobs=[dg.define_asset_job("freshness", selection=dg.AssetSelection.checks(*checks))],
        resources=defs.resources,
    ).resolve_job_def("freshness")

    def fresh(instance: dg.DagsterInstance) -> dict[str, bool]:
        result = probe.execute_in_process(instance=instance)
        return {e.asset_key.to_user_string(): e.passed for e in result.get_asset_check_evaluations()}

    with dg.DagsterInstance.ephemeral() as instance:
        assert defs.resolve_job_def("nightly").execute_in_process(instance=instance).success
        time.sleep(2.5)
        assert fresh(instance) == {"listing_pages": False, "digest": False}
        assert defs.resolve_job_def("nightly_poll").execute_in_process(instance=instance).success
        assert fresh(instance) == {"listing_pages": True, "digest": True}


def test_a_page_gone_before_does_not_keep_every_later_night_busy(
    settings: Settings, site: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The replay's second night drops 2023 No. 39's page (404): that night reports it; on the nights after,
    the same 404 is no news and the night is quiet again."""
    steps.run_all(_context(settings))
    site.night = 2
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    later = load_settings(dict(os.environ))
    first = _context(later)
    assert not steps.poll(first).quiet  # new notices, and the page just gone
    steps.finish(first, "succeeded")
    steps.run_all(_context(later))
    ctx = _context(later)
    night = steps.poll(ctx)
    steps.finish(ctx, "succeeded")
    assert night.revalidation is not None and night.revalidation.gone  # asked again, still 404
    assert night.quiet, night.work


def test_a_watch_run_between_a_busy_poll_and_the_sensor_does_not_end_the_night(
    settings: Settings, site: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The night sensor reads what its poll run materialized, not the latest materialization: an urgent
    watch run (new notices only) that materializes listing_pages in between leaves the poll's night to run."""
    poll_job = defs.resolve_job_def("nightly_poll")
    nightly = defs.resolve_job_def("nightly")
    with dg.DagsterInstance.ephemeral() as instance:
        assert nightly.execute_in_process(instance=instance).success
        site.night = 2
        monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
        poll = poll_job.execute_in_process(instance=instance)
        watch = nightly.execute_in_process(
            instance=instance, tags={"regwatch/trigger": "watch", "regwatch/new_only": "true"}
        )
        assert poll.success and watch.success
        assert "listing_pages" in {
            e.asset_key.to_user_string() for e in watch.get_asset_materialization_events() if e.asset_key
        }
        assert isinstance(continue_night(instance, poll.dagster_run), dg.RunRequest)
