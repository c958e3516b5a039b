"""Time to alert: a new notice reaches counsel at the next poll, once, and not again the next morning.

A loopback replay of MOFCOM plays the site; a simulated clock advances by the poll interval; the
urgent alert goes to a real HTTP receiver (webhook) and a real SMTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from pytest_httpserver import HTTPServer

from pipelines import steps
from pipelines.config import load_settings
from pipelines.definitions import defs
from pipelines.resources import RegwatchConfig
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import Inbox, message_text

POLL_SECONDS = 600


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture
def env(
    tmp_path: Path,
    site: ReplayServer,
    httpserver: HTTPServer,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    values = {
        "REGWATCH_DB": str(tmp_path / "w.duckdb"),
        "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_POLL_SECONDS": str(POLL_SECONDS),
        "REGWATCH_WEBHOOK_URL": httpserver.url_for("/hook"),
        "REGWATCH_SMTP_HOST": "127.0.0.1",
        "REGWATCH_SMTP_PORT": str(smtp[1]),
        "REGWATCH_DIGEST_TO": "counsel@example.test",
        "REGWATCH_AS_OF": "2025-10-10",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    return values


def _sensor(cursor: str | None) -> dg.SensorResult:
    sensor = next(s for s in defs.sensors if s.name == "new_notice_sensor")
    context = dg.build_sensor_context(cursor=cursor, resources={"regwatch": RegwatchConfig()})
    return sensor(context)  # type: ignore[return-value]


def _execute(tags: dict[str, str]) -> None:
    job = defs.resolve_job_def("nightly")
    result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), tags=tags, raise_on_error=False)
    assert result.success


def test_new_notice_alerted_within_one_poll_and_not_repeated(
    env: dict[str, str],
    site: ReplayServer,
    httpserver: HTTPServer,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox, _ = smtp
    # Night 1: the nightly job builds the baseline (nothing is alerted from a baseline).
    _execute({"regwatch/trigger": "nightly"})
    assert len(httpserver.log) == 0 and inbox.messages == []

    clock = 0.0  # simulated seconds since the baseline
    first = _sensor(None)
    assert first.run_requests == []  # the listing names only known notices
    cursor = first.cursor

    # Unchanged site: each poll is one conditional request answered 304, and no run.
    site.requests.clear()
    for _ in range(3):
        clock += POLL_SECONDS
        polled = _sensor(cursor)
        assert polled.run_requests == []
        cursor = polled.cursor
    assert dict(site.requests) == {304: 3}

    # MOFCOM publishes (night 2's pages appear) between two polls.
    published_at = clock + 137
    site.night = 2
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    clock += POLL_SECONDS
    result = _sensor(cursor)
    assert len(result.run_requests) == 1
    request = result.run_requests[0]
    assert request.tags["regwatch/trigger"] == "watch" and request.tags["regwatch/new_only"] == "true"
    cursor = result.cursor
    _execute(dict(request.tags))
    delivered_at = clock  # the run follows the poll at once; its own wall time is added below
    assert delivered_at - published_at < 15 * 60

    # The urgent alert arrived on both channels with the new entries.
    assert len(httpserver.log) == 1
    payload = json.loads(httpserver.log[0][0].get_data())
    assert "URGENT" in json.dumps(payload, ensure_ascii=False) or payload.get("regwatch", {}).get("urgent")
    text = json.dumps(payload, ensure_ascii=False)
    assert "钐钴永磁材料" in text and "MOFCOM-2025-61" in text
    assert len(inbox.messages) == 1 and "URGENT" in str(inbox.messages[0]["Subject"])
    # The urgent alert reads like the morning brief: one line per event first, suspensions said so.
    alert = message_text(inbox.messages[0])
    assert alert.startswith("URGENT: regwatch")
    events = alert.split("== What happened ==")[1].split("\n\n")[1]
    assert "MOFCOM 2025 No. 61" in events and "suspended on arrival" in events
    assert payload["text"].splitlines()[1].startswith("• *MOFCOM")

    # The next poll sees the new notice as known: no second run.
    clock += POLL_SECONDS
    assert _sensor(cursor).run_requests == []

    # Next morning's nightly run revalidates every known page, so it finds the silent edit of No. 57
    # (the watch run fetches only new pages) -- but it repeats none of the urgent alert as news.
    _execute({"regwatch/trigger": "nightly"})
    assert len(httpserver.log) == 2 and len(inbox.messages) == 2
    morning = json.loads(httpserver.log[1][0].get_data())["regwatch"]
    assert [c["notice_id"] for c in morning["changes"]] == ["MOFCOM-2025-57"]
    assert [c["change_type"] for c in morning["changes"]] == ["modified"]
    morning_mail = message_text(inbox.messages[1])
    assert "MOFCOM-2025-57" in morning_mail and "MOFCOM-2025-61" not in morning_mail
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        urgent = con.execute("SELECT count(*) FROM changes WHERE urgent_at IS NOT NULL").fetchone()[0]
        pending = con.execute("SELECT count(*) FROM changes WHERE alert AND delivered_at IS NULL").fetchone()[
            0
        ]
        per_channel = con.execute(
            "SELECT channel, count(*), count(DISTINCT change_id) FROM deliveries GROUP BY 1 ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    assert urgent > 0 and pending == 0
    assert all(total == distinct for _, total, distinct in per_channel)
    assert {channel for channel, _, _ in per_channel} == {"email", "file", "webhook"}


def test_sensor_run_and_nightly_run_overlapping_duplicate_nothing(
    env: dict[str, str], site: ReplayServer, httpserver: HTTPServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp
    settings = load_settings()
    steps.run_all(steps.make_context(settings, trigger="nightly", log=lambda _m: None))
    site.night = 2
    settings = load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"})
    errors: list[BaseException] = []

    def run(trigger: str, new_only: bool) -> None:
        try:
            ctx = steps.make_context(settings, trigger=trigger, log=lambda _m: None, new_only=new_only)
            steps.run_all(ctx, urgent=new_only)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=("watch", True)),
        threading.Thread(target=run, args=("nightly", False)),
    ]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        duplicates = con.execute(
            "SELECT entry_key, change_type, count(*) FROM changes WHERE cause <> 'baseline' "
            "GROUP BY 1, 2 HAVING count(*) > 1"
        ).fetchall()
        alerts = con.execute("SELECT count(*) FROM changes WHERE alert").fetchone()[0]
        webhook_rows = con.execute("SELECT count(*) FROM deliveries WHERE channel = 'webhook'").fetchone()[0]
    finally:
        con.close()
    assert duplicates == []
    assert alerts > 0 and webhook_rows == alerts
    # Two runs (the watch run finds the new notices, the nightly one also the silent edit of No. 57),
    # and across everything they sent, each change went out exactly once.
    sent = [
        c["change_id"]
        for request, _ in httpserver.log
        for c in json.loads(request.get_data())["regwatch"]["changes"]
    ]
    assert len(sent) == len(set(sent)) == alerts
    assert len(inbox.messages) == len(httpserver.log) <= 2
