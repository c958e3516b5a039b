"""Shared fixtures: a real SMTP server on 127.0.0.1 (aiosmtpd) that records or refuses messages."""

from __future__ import annotations

import email
import os
import socket
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

# The real notices and the contract checker live in ../shared beside the checkout (as CI lays it out).
SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_missing(relative: str) -> None:
    """Fail (under CI=true) or skip with the reason (elsewhere; `-ra` lists it in the summary) when a
    file of ../shared is absent, so a missing file never silently drops a check."""
    message = f"../shared/{relative} is not available beside the checkout"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; CI=true requires it")
    pytest.skip(message)


def require_shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        shared_missing(relative)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    """Messages the SMTP server accepted; set `refuse` to answer 550 instead, or put addresses in
    `refuse_rcpt` to refuse just those recipients (RCPT TO answered 550)."""

    def __init__(self) -> None:
        self.refuse = False
        self.refuse_rcpt: set[str] = set()
        self.messages: list[Message] = []
        self.recipients: list[list[str]] = []  # the envelope recipients of each accepted message

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refuse_rcpt:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.refuse:
            return "550 mailbox unavailable"
        self.messages.append(email.message_from_bytes(envelope.content))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def message_text(message: Message) -> str:
    """Every text part of a message, decoded (bodies travel base64 or quoted-printable)."""
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                parts.append(payload.decode(part.get_content_charset() or "utf-8"))
    return "\n".join(parts)


# Real PostgreSQL and S3-compatible servers for the shared-deployment tests (tests/servers.py).
pytest_plugins = ("tests.servers",)


DEMO_LISTING = "/zwgk/zcfb/index.html"


def replay_env(base_url: str, port: int, db: Path, **extra: str) -> dict[str, str]:
    """Settings of a run against the bundled replay on loopback: the exact `host:port` entry is what lets
    the fetcher reach a loopback server at all."""
    return {
        "REGWATCH_DB": str(db),
        "REGWATCH_LISTING_URLS": f"{base_url}{DEMO_LISTING}",
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{port}",
        "REGWATCH_RATE_LIMIT": "0",
        **extra,
    }
