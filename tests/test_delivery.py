"""Delivery against real local servers (aiosmtpd, pytest-httpserver): no mocks, so what is asserted is
what a real mail server or webhook receiver would have been handed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from pytest_httpserver import HTTPServer

from pipelines.alerts.delivery import DeliveryResult, SmtpSettings, send_email, send_webhook, write_files
from tests.conftest import free_port
from tests.test_digest import SHA, URL_57, make_change, sample_digest

HOSTILE_TITLE = "<script>alert(1)</script>钐相关物项出口管制"


@dataclass
class StoringHandler:
    """Accepts everything and keeps the envelopes."""

    envelopes: list[Envelope] = field(default_factory=list)

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


class RefuseRcptHandler:
    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        return "550 5.1.1 mailbox unavailable"


class RefuseDataHandler:
    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        return "554 5.7.1 message rejected as spam"


@pytest.fixture
def smtp_server(request: pytest.FixtureRequest) -> Iterator[tuple[Any, int]]:
    handler = getattr(request, "param", None) or StoringHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def parse(envelope: Envelope) -> EmailMessage:
    content = envelope.original_content or envelope.content
    assert isinstance(content, bytes)
    msg = message_from_bytes(content, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def mail_digest(**overrides: object) -> Any:
    return sample_digest(
        changes=(make_change(notice_title_zh=HOSTILE_TITLE, name_en="Samarium-cobalt <b>&\"' alloy"),),
        **overrides,
    )


# --- e-mail -----------------------------------------------------------------------------------------


def test_email_delivered(smtp_server: tuple[StoringHandler, int]) -> None:
    handler, port = smtp_server
    settings = SmtpSettings(host="127.0.0.1", port=port, sender="regwatch@example.com", timeout=5)
    result = send_email(settings, ["counsel@example.com", "ops@example.com"], mail_digest())
    assert result.ok, result.error
    assert result == DeliveryResult("email", True, None, result.detail)
    assert "2 recipient(s)" in (result.detail or "")

    [envelope] = handler.envelopes
    assert envelope.mail_from == "regwatch@example.com"
    assert envelope.rcpt_tos == ["counsel@example.com", "ops@example.com"]
    msg = parse(envelope)
    assert msg["Subject"] == "[regwatch] 1 newly controlled (1 pending)"
    assert msg["To"] == "counsel@example.com, ops@example.com"
    # The brief as multipart/alternative, and the full digest attached.
    assert msg.get_content_type() == "multipart/mixed"
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "digest-run-2025-10-10.full.html"
    full = attachment.get_content()
    assert "参考海关商品编号：8505111000、8505119000" in full and SHA in full and "<script" not in full

    text_part = msg.get_body(("plain",))
    html_part = msg.get_body(("html",))
    assert text_part is not None and html_part is not None
    text = text_part.get_content()
    for expected in (
        "钐钴合金",
        "Samarium-cobalt <b>&\"' alloy",
        "8505.1110, 8505.1190",
        "商务部 海关总署公告2025年第57号",
        "MOFCOM–GACC 2025 No. 57",
        "adds 1 item, effective 2025-11-08 (in 29 days)",
    ):
        assert expected in text
    assert "参考海关商品编号" not in text  # the quote is in the attachment, not the body
    html = html_part.get_content()
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "钐钴合金" in html


def test_email_urgent_subject_is_utf8(smtp_server: tuple[StoringHandler, int]) -> None:
    handler, port = smtp_server
    settings = SmtpSettings(host="127.0.0.1", port=port, timeout=5)
    digest = mail_digest(urgent=True)
    result = send_email(settings, ["counsel@example.com"], digest)
    assert result.ok, result.error
    msg = parse(handler.envelopes[0])
    assert msg["Subject"] == "[regwatch] URGENT: 1 newly controlled (1 pending)"


@pytest.mark.parametrize("smtp_server", [RefuseRcptHandler()], indirect=True)
def test_email_recipient_refused(smtp_server: tuple[Any, int]) -> None:
    _, port = smtp_server
    result = send_email(
        SmtpSettings(host="127.0.0.1", port=port, timeout=5), ["x@example.com"], mail_digest()
    )
    assert not result.ok
    assert result.error is not None and "550" in result.error and "x@example.com" in result.error


@pytest.mark.parametrize("smtp_server", [RefuseDataHandler()], indirect=True)
def test_email_data_refused(smtp_server: tuple[Any, int]) -> None:
    _, port = smtp_server
    result = send_email(
        SmtpSettings(host="127.0.0.1", port=port, timeout=5), ["x@example.com"], mail_digest()
    )
    assert not result.ok
    assert result.error is not None and "554" in result.error and "spam" in result.error


def test_email_connection_refused() -> None:
    port = free_port()  # nothing listens there any more
    result = send_email(
        SmtpSettings(host="127.0.0.1", port=port, timeout=5), ["x@example.com"], mail_digest()
    )
    assert not result.ok and result.error and "Connection" in result.error


def test_email_no_recipients_and_cleartext_credentials_refused() -> None:
    assert send_email(SmtpSettings(host="127.0.0.1"), [], mail_digest()).error == "no recipients"
    result = send_email(
        SmtpSettings(host="192.0.2.1", user="u", password="p"), ["x@example.com"], mail_digest()
    )
    assert not result.ok and "without TLS" in (result.error or "")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_email_with_auth() -> None:
    handler = StoringHandler()
    seen: list[tuple[str, str]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        seen.append((auth_data.login.decode(), auth_data.password.decode()))
        # handled=False: aiosmtpd then answers 535 itself (handled=True would leave the client waiting).
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)

    port = free_port()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        good = SmtpSettings(host="127.0.0.1", port=port, user="regwatch", password="s3cret", timeout=5)
        assert send_email(good, ["x@example.com"], mail_digest()).ok
        bad = SmtpSettings(host="127.0.0.1", port=port, user="regwatch", password="wrong", timeout=5)
        result = send_email(bad, ["x@example.com"], mail_digest())
        assert not result.ok and "535" in (result.error or "")
    finally:
        controller.stop()
    assert seen[0] == ("regwatch", "s3cret")
    assert len(handler.envelopes) == 1


# --- webhook ----------------------------------------------------------------------------------------


def test_webhook_delivered(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    result = send_webhook(httpserver.url_for("/hook"), sample_digest(), timeout=5)
    assert result.ok, result.error
    [(request, _response)] = httpserver.log
    assert request.headers["Content-Type"].startswith("application/json")
    body = json.loads(request.get_data().decode("utf-8"))
    assert "2 newly controlled (2 pending), 1 modified, 1 suspended" in body["text"]
    # Events first: one line per event in the notification text, the entries in the blocks.
    lines = body["text"].splitlines()
    assert lines[1].startswith(
        "• *MOFCOM–GACC 2025 No. 57* (<" + URL_57 + "|商务部 海关总署公告2025年第57号>) adds 1 item"
    )
    assert any("suspends No. 57 from 2025-11-10 until 2026-11-10 (1 entry)" in line for line in lines)
    assert "钐钴合金" in json.dumps(body["blocks"], ensure_ascii=False)
    assert body["blocks"] and all(b["type"] in ("section", "context") for b in body["blocks"])
    assert len(body["regwatch"]["events"]) == 4
    assert body["regwatch"]["run_id"] == "run-2025-10-10"
    assert body["regwatch"]["summary"]["added"] == 2


def test_webhook_escapes_slack_control_characters(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook").respond_with_data("ok")
    digest = sample_digest(changes=(make_change(name_en="<!channel> & co"),))
    assert send_webhook(httpserver.url_for("/hook"), digest, timeout=5).ok
    body = json.loads(httpserver.log[0][0].get_data())
    slack = json.dumps([body["text"], body["blocks"]])
    assert "<!channel>" not in slack
    assert "&lt;!channel&gt; &amp; co" in slack


def test_webhook_server_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook").respond_with_data("invalid_payload", status=500)
    result = send_webhook(httpserver.url_for("/hook"), sample_digest(), timeout=5)
    assert not result.ok
    assert result.error == "HTTP 500: invalid_payload"


def test_webhook_redirect_is_not_success(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook").respond_with_data("", status=302, headers={"Location": "/elsewhere"})
    result = send_webhook(httpserver.url_for("/hook"), sample_digest(), timeout=5)
    assert not result.ok and "302" in (result.error or "")


def test_webhook_network_error_and_caller_client() -> None:
    url = f"http://127.0.0.1:{free_port()}/hook"
    with httpx.Client() as client:
        result = send_webhook(url, sample_digest(), client=client, timeout=2)
        assert not client.is_closed  # the caller's client is the caller's to close
    assert not result.ok and "ConnectError" in (result.error or "")
    assert not send_webhook("ftp://example.com/x", sample_digest()).ok


# --- files ------------------------------------------------------------------------------------------


def test_write_files(tmp_path: Path) -> None:
    digest = sample_digest()
    paths = write_files(tmp_path / "digests", digest)
    assert set(paths) == {"md", "html", "txt", "json", "full.html"}
    assert paths["full.html"].name == "digest-run-2025-10-10.full.html"
    assert paths["md"].name == "digest-run-2025-10-10.md"
    assert json.loads(paths["json"].read_text("utf-8"))["run_id"] == "run-2025-10-10"
    assert "钐钴合金" in paths["txt"].read_text("utf-8")
    assert sorted(p.name for p in (tmp_path / "digests").iterdir()) == sorted(p.name for p in paths.values())

    # Rewriting replaces the files (and uses what the caller already rendered).
    again = write_files(tmp_path / "digests", digest, rendered={"md": "replaced\n"})
    assert again["md"].read_text("utf-8") == "replaced\n"
    assert len(list((tmp_path / "digests").iterdir())) == 5  # no temporary files left behind


@pytest.mark.parametrize("run_id", ["../escape", "a/b", "..", ".hidden", "", "a\\b", "x" * 200])
def test_write_files_refuses_unsafe_run_ids(tmp_path: Path, run_id: str) -> None:
    with pytest.raises(ValueError, match="run id"):
        write_files(tmp_path, sample_digest(run_id=run_id))
    assert list(tmp_path.iterdir()) == []
