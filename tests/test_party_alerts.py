"""Entity-list notices reach counsel as urgent alerts at the next poll, and subscribers by list get theirs.

The bundled replay's night 3 publishes 商务部公告2025年第1号 (28 US entities, control list) and
不可靠实体清单工作机制公告〔2025〕3号 (four of them on the UEL). The sensor sees them, the urgent run sends
the parties to a real webhook receiver and a real SMTP server, and a subscription restricted to the
Unreliable Entity List receives only the four UEL listings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import Inbox, message_text
from tests.test_watch import _execute, _sensor, env, site  # noqa: F401  (fixtures)


def test_new_entity_list_notices_are_alerted_urgently_and_by_subscription(
    env: dict[str, str],  # noqa: F811
    site,  # type: ignore[no-untyped-def]  # noqa: F811
    httpserver: HTTPServer,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    inbox, _ = smtp
    subscriptions = tmp_path / "subscriptions.toml"
    subscriptions.write_text(
        '[[subscription]]\nname = "uel"\nrecipients = ["uel-desk@example.test"]\n'
        'lists = ["unreliable_entity_list"]\ncountries = ["US"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("REGWATCH_SUBSCRIPTIONS", str(subscriptions))
    site.night = 2
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    _execute({"regwatch/trigger": "nightly"})  # the baseline: nothing alerted
    cursor = _sensor(None).cursor
    assert len(httpserver.log) == 0 and inbox.messages == []

    site.night = 3
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-20")
    result = _sensor(cursor)
    assert len(result.run_requests) == 1
    _execute(dict(result.run_requests[0].tags))

    assert len(httpserver.log) == 1
    payload = json.loads(httpserver.log[0][0].get_data())
    changes = payload["regwatch"]["changes"]
    assert payload["regwatch"]["urgent"] is True
    assert payload["regwatch"]["summary"]["parties_listed"] == 32
    assert sorted({(c["list"], c["change_type"]) for c in changes}) == [
        ("control_list", "listed"),
        ("unreliable_entity_list", "listed"),
    ]
    lockheed = next(c for c in changes if c["name_en"] == "Lockheed Martin Corporation")
    assert lockheed["name_zh"] == "洛克希德·马丁公司" and lockheed["country"] == "美国"
    assert lockheed["measures"] == [
        "禁止出口经营者向上述实体出口两用物项",
        "正在开展的相关出口活动应当立即停止",
    ]
    assert lockheed["notice_id"] == "MOFCOM-2025-1" and lockheed["quote_zh"].startswith(
        "6. 洛克希德·马丁公司"
    )

    by_recipient = {str(m["To"]): message_text(m) for m in inbox.messages}
    assert set(by_recipient) == {"counsel@example.test", "uel-desk@example.test"}
    assert "URGENT" in str(next(m for m in inbox.messages if m["To"] == "counsel@example.test")["Subject"])
    desk = by_recipient["uel-desk@example.test"]
    assert "Newly listed parties" in desk and "环太平洋防务公司" in desk and "顶峰科技公司" in desk
    assert "洛克希德·马丁公司" not in desk  # on the control list only: not this subscriber's list
