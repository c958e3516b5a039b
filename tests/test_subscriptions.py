"""Subscriptions are delivered per recipient set: one refusing subscriber never makes the others receive
the same digest again, and a subscription's webhook is delivered to (or refused up front).

A real SMTP server on 127.0.0.1 (aiosmtpd) refuses one recipient at RCPT TO; a real HTTP receiver
takes the subscription's webhook; the site is the loopback replay of MOFCOM.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from pipelines import steps
from pipelines.config import ConfigError, load_settings
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import Inbox, message_text

MAIN = "counsel@example.test"
REFUSING = "battery-counsel@example.test"

SUBSCRIPTIONS = """
[[subscription]]
name = "samarium"
recipients = ["{refusing}"]
control_code_prefixes = ["1C902"]

[[subscription]]
name = "samarium-hook"
webhook_url = "{hook}"
control_code_prefixes = ["1C902"]
"""


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


def _env(tmp_path: Path, site: ReplayServer, port: int, hook: str) -> dict[str, str]:
    subscriptions = tmp_path / "subscriptions.toml"
    subscriptions.write_text(SUBSCRIPTIONS.format(refusing=REFUSING, hook=hook), encoding="utf-8")
    return {
        "REGWATCH_DB": str(tmp_path / "w.duckdb"),
        "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",  # loopback is refused unless named exactly
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_SMTP_HOST": "127.0.0.1",
        "REGWATCH_SMTP_PORT": str(port),
        "REGWATCH_DIGEST_TO": MAIN,
        "REGWATCH_SUBSCRIPTIONS": str(subscriptions),
    }


def _run(env: dict[str, str], as_of: str) -> str:
    ctx = steps.make_context(load_settings({**env, "REGWATCH_AS_OF": as_of}), log=lambda _m: None)
    steps.run_all(ctx)
    return ctx.run_id


def test_a_refusing_subscriber_does_not_resend_the_digest_to_the_main_recipients(
    tmp_path: Path, site: ReplayServer, smtp: tuple[Inbox, int], httpserver: HTTPServer
) -> None:
    inbox, port = smtp
    inbox.refuse_rcpt = {REFUSING}
    httpserver.expect_request("/sub-hook", method="POST").respond_with_data("ok")
    env = _env(tmp_path, site, port, httpserver.url_for("/sub-hook"))
    _run(env, "2025-10-10")  # the baseline: nothing is news
    assert inbox.messages == [] and httpserver.log == []

    site.night = 2
    runs = [_run(env, "2025-11-10") for _ in range(3)]

    # The main recipients got the digest once, over three runs, although the subscriber refused each time.
    assert inbox.recipients == [[MAIN]]
    assert "钐钴永磁材料" in message_text(inbox.messages[0])
    # The subscription's webhook got its filtered view once: only 1C902 entries.
    assert len(httpserver.log) == 1
    payload = json.loads(httpserver.log[0][0].get_data())
    codes = {c["control_code"] for c in payload["regwatch"]["changes"]}
    assert codes and all(code.startswith("1C902") for code in codes)

    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        statuses = [
            con.execute("SELECT status, message FROM runs WHERE run_id = ?", [r]).fetchone() for r in runs
        ]
        targets = con.execute(
            "SELECT target, channel, subscription, recipients FROM delivery_targets ORDER BY 1"
        ).fetchall()
        refused = con.execute(
            "SELECT count(*) FROM data_issues WHERE code = 'delivery_failed' AND message LIKE ?",
            [f"%{REFUSING}%"],
        ).fetchone()
        to_main = con.execute(
            "SELECT count(DISTINCT run_id) FROM deliveries WHERE channel = 'email'"
        ).fetchone()
    finally:
        con.close()
    # Each run says a delivery failed (the subscriber's), so an operator sees it...
    assert all(s is not None and s[0] == "failed" and REFUSING in (s[1] or "") for s in statuses)
    assert refused == (3,)
    # ...but what the main recipients accepted was recorded once, by the first run.
    assert to_main == (1,)
    assert [(t[1], t[2], t[3]) for t in targets] == [
        ("email", "samarium", [REFUSING]),
        ("webhook", "samarium-hook", ["localhost"]),
    ]

    # The subscriber's server accepts again: it gets its digest (1C902 only), nobody else gets anything.
    inbox.refuse_rcpt = set()
    _run(env, "2025-11-10")
    assert inbox.recipients == [[MAIN], [REFUSING]]
    text = message_text(inbox.messages[1])
    assert "changes — samarium" in text and "1C902.a.4" in text
    assert "金属铥" not in text  # 1C911.a, not the subscriber's
    assert len(httpserver.log) == 1
    _run(env, "2025-11-10")
    assert len(inbox.messages) == 2 and len(httpserver.log) == 1


def test_a_subscription_webhook_that_is_not_http_is_refused_up_front(tmp_path: Path) -> None:
    path = tmp_path / "subscriptions.toml"
    path.write_text('[[subscription]]\nname = "x"\nwebhook_url = "ftp://hooks.example.test/x"\n', "utf-8")
    with pytest.raises(ConfigError, match=r"REGWATCH_SUBSCRIPTIONS: .*webhook_url"):
        load_settings({"REGWATCH_SUBSCRIPTIONS": str(path)})
