"""Delivery through the pipeline: once per channel, retried after a refusal, and failures reach the operator.

Real local peers only: an aiosmtpd server on 127.0.0.1 that can be told to refuse, and an HTTP receiver
(pytest-httpserver) for the webhook.
"""

from __future__ import annotations

import json
from email.message import Message
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
from tests.conftest import Inbox


def _text(message: Message) -> str:
    parts = [p for p in message.walk() if p.get_content_type() == "text/plain"]
    return parts[0].get_payload(decode=True).decode("utf-8")  # type: ignore[union-attr]


def _html(message: Message) -> str:
    parts = [p for p in message.walk() if p.get_content_type() == "text/html"]
    return parts[0].get_payload(decode=True).decode("utf-8")  # type: ignore[union-attr]


def test_refused_email_is_retried_next_run_and_each_change_delivered_once(
    tmp_path: Path, smtp: tuple[Inbox, int], httpserver: HTTPServer
) -> None:
    inbox, port = smtp
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    with ReplayServer(bundled_site()) as site:
        env = {
            "REGWATCH_DB": str(tmp_path / "w.duckdb"),
            "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_SMTP_HOST": "127.0.0.1",
            "REGWATCH_SMTP_PORT": str(port),
            "REGWATCH_DIGEST_TO": "counsel@example.test",
            "REGWATCH_WEBHOOK_URL": httpserver.url_for("/hook"),
        }
        steps.run_all(
            steps.make_context(load_settings({**env, "REGWATCH_AS_OF": "2025-10-10"}), log=lambda _m: None)
        )
        assert inbox.messages == []  # the baseline is not news
        site.night = 2
        inbox.refuse = True
        failing = steps.make_context(
            load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"}), log=lambda _m: None
        )
        steps.run_all(failing)
        assert inbox.messages == [] and len(httpserver.log) == 1  # the webhook took it; e-mail refused
        con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
        try:
            status = con.execute(
                "SELECT status, message FROM runs WHERE run_id = ?", [failing.run_id]
            ).fetchone()
            issue = con.execute("SELECT message FROM data_issues WHERE code = 'delivery_failed'").fetchone()
            undelivered = con.execute(
                "SELECT count(*) FROM changes WHERE alert AND delivered_at IS NULL"
            ).fetchone()
        finally:
            con.close()
        assert status is not None and status[0] == "failed" and "550" in (status[1] or "")
        assert issue is not None and "550" in issue[0]
        assert undelivered is not None and undelivered[0] > 0

        # The server accepts again: the next run (nothing new on the site) delivers what was refused, once.
        inbox.refuse = False
        retry = steps.make_context(
            load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"}), log=lambda _m: None
        )
        steps.run_all(retry)
        again = steps.make_context(
            load_settings({**env, "REGWATCH_AS_OF": "2025-11-10"}), log=lambda _m: None
        )
        steps.run_all(again)
    assert len(inbox.messages) == 1 and len(httpserver.log) == 1
    message = inbox.messages[0]
    text = _text(message)
    assert "钐钴永磁材料" in text and "samarium-cobalt permanent magnet materials" in text
    assert "商务部 海关总署公告2025年第70号" in text and "1C902.a.4" in text
    assert "HS codes 28053091 → 28053019" in text
    assert "<script" not in _html(message)
    assert "[regwatch]" in str(message["Subject"])
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        counts = con.execute(
            "SELECT channel, count(*), count(DISTINCT change_id) FROM deliveries GROUP BY 1 ORDER BY 1"
        ).fetchall()
        alerts = con.execute("SELECT count(*) FROM changes WHERE alert").fetchone()[0]
        pending = con.execute("SELECT count(*) FROM changes WHERE alert AND delivered_at IS NULL").fetchone()[
            0
        ]
    finally:
        con.close()
    assert counts == [("email", alerts, alerts), ("file", alerts, alerts), ("webhook", alerts, alerts)]
    assert pending == 0


def test_markup_in_a_title_reaches_the_email_escaped(tmp_path: Path, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    from pipelines.sources.replay import ReplaySite

    night1 = tmp_path / "site" / "night1"
    night2 = tmp_path / "site" / "night2"
    (night1 / "art").mkdir(parents=True)
    (night2 / "art").mkdir(parents=True)
    page = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="商务部公告2030年第9号 &lt;script&gt;alert(1)&lt;/script&gt;"></head><body>
<div ergodic="article" class="art-con"><p>【发布文号】商务部公告2030年第9号</p><p>【发文日期】2030年01月10日</p>
<p>一、以下物项未经许可不得出口：</p><p>（一）1C902.a 金属钐&lt;b onmouseover=x&gt;（参考海关商品编号：2805301910）。</p>
<p>本公告自公布之日起正式实施。</p></div></body></html>"""
    listing = (
        '<ul class="policy-list"><li><a href="/art/n9.html" title="t">t</a><span>2030-01-10</span></li></ul>'
    )
    (night1 / "index.html").write_text(
        '<ul class="policy-list"><li><a href="/art/old.html">o</a><span>2030-01-01</span></li></ul>',
        encoding="utf-8",
    )
    (night1 / "art" / "old.html").write_text(
        page.replace("第9号", "第8号").replace("1C902.a", "1C903.a"), encoding="utf-8"
    )
    (night2 / "index.html").write_text(listing, encoding="utf-8")
    (night2 / "art" / "n9.html").write_text(page, encoding="utf-8")
    with ReplayServer(ReplaySite(tmp_path / "site")) as site:
        env = {
            "REGWATCH_DB": str(tmp_path / "w.duckdb"),
            "REGWATCH_LISTING_URLS": f"{site.base_url}/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_SMTP_HOST": "127.0.0.1",
            "REGWATCH_SMTP_PORT": str(port),
            "REGWATCH_DIGEST_TO": "counsel@example.test",
            "REGWATCH_AS_OF": "2030-01-20",
        }
        steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None))
        site.night = 2
        steps.run_all(steps.make_context(load_settings(env), log=lambda _m: None))
    assert len(inbox.messages) == 1
    html = _html(inbox.messages[0])
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<b onmouseover" not in html and "&lt;b onmouseover=x&gt;" in html


def test_a_failed_run_alerts_the_operator(
    tmp_path: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/ops", method="POST").respond_with_data("ok")
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    monkeypatch.setenv("REGWATCH_DB", str(blocker / "w.duckdb"))  # its parent is a file: every write fails
    monkeypatch.setenv("REGWATCH_LISTING_URLS", "http://127.0.0.1:9/index.html")
    monkeypatch.setenv("REGWATCH_WEBHOOK_URL", httpserver.url_for("/ops"))
    instance = dg.DagsterInstance.ephemeral()
    result = defs.resolve_job_def("nightly").execute_in_process(instance=instance, raise_on_error=False)
    assert not result.success
    failure = next(e for e in result.all_events if e.event_type_value == "PIPELINE_FAILURE")
    sensor = next(s for s in defs.sensors if s.name == "run_failure_alert")
    context = dg.build_run_status_sensor_context(
        sensor_name=sensor.name,
        dagster_event=failure,
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        resources={"regwatch": RegwatchConfig()},
    ).for_run_failure()
    sensor(context)  # type: ignore[operator]
    assert len(httpserver.log) == 1
    body = json.loads(httpserver.log[0][0].get_data())
    assert "failed" in json.dumps(body, ensure_ascii=False) and result.run_id in json.dumps(body)
