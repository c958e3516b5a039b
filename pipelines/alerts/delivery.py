"""Delivery of a rendered digest: e-mail (SMTP), Slack-compatible webhook, and files on disk.

Plain Python (no Dagster). Each sender reports honestly whether the channel *accepted* the digest and
never raises for a channel failure: whether to retry, and "exactly once", is decided by the caller, which
records deliveries in the warehouse.
"""

from __future__ import annotations

import hashlib
import json
import re
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import httpx

from pipelines.alerts import brief
from pipelines.alerts.digest import FORMATS, Digest, DigestChange, clean_text, safe_url, summary_line
from pipelines.alerts.render import digest_to_json_obj, escape_invisible, render
from pipelines.sources.netguard import is_loopback_host
from warehouse.alerts import Channel
from warehouse.durable import fsync_directory, write_atomically

__all__ = [
    "DeliveryResult",
    "SmtpSettings",
    "digest_subject",
    "send_email",
    "send_webhook",
    "webhook_payload",
    "write_files",
]


@dataclass(frozen=True)
class SmtpSettings:
    """SMTP connection settings. Port 465 means implicit TLS (SMTPS), as everywhere else."""

    host: str
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "regwatch@localhost"
    starttls: bool = False
    timeout: float = 30.0


@dataclass(frozen=True)
class DeliveryResult:
    channel: Channel  # email or webhook
    ok: bool
    error: str | None
    detail: str | None


# --------------------------------------------------------------------------------------------------
# E-mail

_HEADER_UNSAFE_RE = re.compile(r"[\r\n]")
_MSGID_UNSAFE_RE = re.compile(r"[^A-Za-z0-9.-]")
_SMTPS_PORT = 465


def digest_subject(digest: Digest) -> str:
    prefix = "[regwatch] URGENT: " if digest.urgent else "[regwatch] "
    return prefix + clean_text(summary_line(digest))


def _smtp_error(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{rcpt}: {_smtp_code(code, msg)}" for rcpt, (code, msg) in exc.recipients.items()
        )
        return f"all recipients refused: {refused}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{type(exc).__name__}: {_smtp_code(exc.smtp_code, exc.smtp_error)}"
    return f"{type(exc).__name__}: {exc}"


def _smtp_code(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {text}".strip()


def build_email(
    settings: SmtpSettings, to: Sequence[str], digest: Digest, rendered: dict[str, str] | None = None
) -> EmailMessage:
    """The brief as multipart/alternative (text first, so clients that cannot show HTML fall back to
    it) and the full digest — every entry with its quote and archive hash — as an attached HTML file."""
    rendered = rendered or {}
    text = rendered.get("txt") or render(digest, "txt")
    html = rendered.get("html") or render(digest, "html")
    full = rendered.get("full.html") or render(digest, "full.html")
    msg = EmailMessage()
    msg["Subject"] = digest_subject(digest)
    msg["From"] = settings.sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    domain = _MSGID_UNSAFE_RE.sub("", settings.sender.rpartition("@")[2]) or "localhost"
    idstring = "regwatch." + _MSGID_UNSAFE_RE.sub("", digest.run_id)[:48]
    # make_msgid() without a domain calls getfqdn(), which can block for seconds on a badly set up host.
    msg["Message-ID"] = make_msgid(idstring=idstring, domain=domain)
    # The same changes re-sent after a crash carry the same key, so a mail gateway or a reader's
    # filter can drop the duplicate (a kill between "accepted" and "recorded" is the one window left).
    msg["X-Regwatch-Idempotency-Key"] = idempotency_key(digest)
    msg["X-Regwatch-Run-Id"] = clean_text(digest.run_id)
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    if digest.changes:
        stem = _MSGID_UNSAFE_RE.sub("", digest.run_id)[:64] or "run"
        msg.add_attachment(full, subtype="html", charset="utf-8", filename=f"digest-{stem}.full.html")
    return msg


def send_email(
    settings: SmtpSettings, to: Sequence[str], digest: Digest, rendered: dict[str, str] | None = None
) -> DeliveryResult:
    """Send the digest; ok only if the server accepted it for every recipient.

    A partial refusal is ok=False (with the accepted recipients in `detail`) because the caller must not
    record the digest as delivered to someone who never got it; a retry may then reach the others twice,
    which for a legal alert is the lesser harm.
    """
    channel: Channel = "email"
    recipients = [r.strip() for r in to if r and r.strip()]
    if not recipients:
        return DeliveryResult(channel, False, "no recipients", None)
    unsafe = [r for r in [*recipients, settings.sender] if _HEADER_UNSAFE_RE.search(r)]
    if unsafe:
        return DeliveryResult(channel, False, f"address contains a line break: {unsafe!r}", None)
    implicit_tls = settings.port == _SMTPS_PORT
    if settings.user and not (settings.starttls or implicit_tls or is_loopback_host(settings.host)):
        return DeliveryResult(
            channel,
            False,
            "refusing to send SMTP credentials without TLS; set starttls (or use port 465)",
            None,
        )
    try:
        msg = build_email(settings, recipients, digest, rendered)
    except (ValueError, TypeError) as exc:  # e.g. a sender the e-mail header parser rejects
        return DeliveryResult(channel, False, f"could not build message: {exc}", None)
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if implicit_tls:
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with smtp:
            smtp.ehlo()
            if settings.starttls and not implicit_tls:
                smtp.starttls(context=context)
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            refused = smtp.send_message(msg, from_addr=settings.sender, to_addrs=recipients)
    except (smtplib.SMTPException, OSError) as exc:
        return DeliveryResult(channel, False, _smtp_error(exc), f"{settings.host}:{settings.port}")
    accepted = [r for r in recipients if r not in refused]
    where = f"{settings.host}:{settings.port}, message-id {msg['Message-ID']}"
    if refused:
        refused_text = "; ".join(f"{r}: {_smtp_code(c, m)}" for r, (c, m) in refused.items())
        return DeliveryResult(
            channel,
            False,
            f"recipients refused: {refused_text}",
            f"accepted for {', '.join(accepted)} via {where}",
        )
    return DeliveryResult(channel, True, None, f"accepted for {len(accepted)} recipient(s) via {where}")


# --------------------------------------------------------------------------------------------------
# Webhook (Slack-compatible)

_SLACK_TEXT_LIMIT = 2900  # a section block allows 3000 characters
_LINES_PER_SECTION = 10
_MAX_BLOCKS = 45  # Slack allows 50


def _slack_escape(text: object) -> str:
    # Slack mrkdwn: only &, < and > are control characters (links, mentions like <!channel>).
    return clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link(url: str, label: str) -> str:
    safe = safe_url(url)
    if safe is None or "|" in safe or ">" in safe:
        return _slack_escape(label)
    return f"<{safe}|{_slack_escape(label)}>"


def _change_line(change: DigestChange) -> str:
    name = f"{change.name_en} / {change.name_zh}" if change.name_en else change.name_zh
    parts = [f"*{_slack_escape(name)}*"]
    if change.control_code:
        parts.append(_slack_escape(change.control_code))
    if change.hs_codes:
        parts.append("HS " + _slack_escape(", ".join(change.hs_codes)))
    parts.append(_slack_link(change.notice_url, change.notice_number_zh))
    if change.effective_on:
        parts.append(f"effective {change.effective_on.isoformat()}")
    if change.change_type == "suspended" and change.window_until:
        parts.append(f"suspended until {change.window_until.isoformat()}")
    return "• " + " — ".join(parts)


def _event_line(event: brief.Event) -> str:
    notice = _slack_link(event.url, event.actor_zh) if event.url else _slack_escape(event.actor_zh)
    label = f" — *{_slack_escape(event.label)}*" if event.label else ""
    return f"• *{_slack_escape(event.actor_en)}* ({notice}) {_slack_escape(event.predicate)}{label}"


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def idempotency_key(digest: Digest) -> str:
    """A key that depends only on which changes are delivered, not on the run that sends them."""
    ids = sorted(change.change_id for change in digest.changes)
    return hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:32]


def webhook_payload(digest: Digest) -> dict[str, object]:
    """Slack-compatible: `text` (notification and fallback), `blocks`, and the full JSON digest under
    `regwatch` for non-Slack receivers (Slack ignores unknown keys)."""
    heading = ("URGENT: " if digest.urgent else "") + summary_line(digest)
    warnings: list[str] = []
    if digest.fetch_failures:
        warnings.append(
            f"⚠ {len(digest.fetch_failures)} source fetch failure(s); this digest may be incomplete."
        )
    if digest.sources_checked_at is None:
        warnings.append("⚠ Sources have not been checked successfully.")

    found = [e for e in brief.events(digest) if not e.already_alerted]
    event_lines = [_event_line(e) for e in found]
    sections: list[tuple[str, list[str]]] = []
    news = {c.change_id: c for c in digest.changes if not c.already_alerted}
    for event in found:
        title = f"{event.actor_en} {event.predicate}"
        sections.append(
            (_slack_escape(title), [_change_line(news[i]) for i in event.change_ids if i in news])
        )

    text_lines = [f"[regwatch] {_slack_escape(heading)}", *(_slack_escape(w) for w in warnings)]
    text_lines.extend(event_lines)  # events first: one line per thing that happened to the law
    if not digest.changes:
        text_lines.append("Nothing new.")

    blocks: list[dict[str, object]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*[regwatch] {_slack_escape(heading)}*"}}
    ]
    if event_lines:
        blocks.append(
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": _truncate("\n".join(event_lines), _SLACK_TEXT_LIMIT)},
            }
        )
    if warnings:
        warning_text = "\n".join(_slack_escape(w) for w in warnings)
        failures = "\n".join(f"• {_slack_escape(f)}" for f in digest.fetch_failures[:5])
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": _truncate(
                        f"*{warning_text}*" + (f"\n{failures}" if failures else ""), _SLACK_TEXT_LIMIT
                    ),
                },
            }
        )
    for title, lines in sections:
        shown = lines[:_LINES_PER_SECTION]
        body = f"*{title} ({len(lines)})*\n" + "\n".join(shown)
        if len(lines) > len(shown):
            body += f"\n… and {len(lines) - len(shown)} more (see the e-mail or file digest)"
        blocks.append(
            {"type": "section", "text": {"type": "mrkdwn", "text": _truncate(body, _SLACK_TEXT_LIMIT)}}
        )
    blocks = blocks[:_MAX_BLOCKS]
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": _slack_escape(
                        "Not legal advice; the Chinese text of the notice is authoritative. Run "
                        + digest.run_id
                    ),
                }
            ],
        }
    )
    return {
        "text": _truncate("\n".join(text_lines), 3900),
        "blocks": blocks,
        "regwatch": digest_to_json_obj(digest),
        "idempotency_key": idempotency_key(digest),
    }


def send_webhook(
    url: str, digest: Digest, *, client: httpx.Client | None = None, timeout: float = 30.0
) -> DeliveryResult:
    """POST the payload; ok only on a 2xx (a redirect is not followed and is not success)."""
    channel: Channel = "webhook"
    if safe_url(url) is None:
        return DeliveryResult(channel, False, "webhook URL must be an absolute http(s) URL", None)
    body = escape_invisible(json.dumps(webhook_payload(digest), ensure_ascii=False)).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "Idempotency-Key": idempotency_key(digest)}
    own_client = client is None
    http = client if client is not None else httpx.Client(timeout=timeout, follow_redirects=False)
    try:
        response = http.post(url, content=body, headers=headers, timeout=timeout)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return DeliveryResult(channel, False, f"{type(exc).__name__}: {exc}", None)
    finally:
        if own_client:
            http.close()
    status = response.status_code
    snippet = clean_text(response.text[:200])
    if 200 <= status < 300:
        return DeliveryResult(channel, True, None, f"HTTP {status}" + (f": {snippet}" if snippet else ""))
    return DeliveryResult(channel, False, f"HTTP {status}" + (f": {snippet}" if snippet else ""), None)


# --------------------------------------------------------------------------------------------------
# Files

# Dagster run ids are UUIDs; anything with a separator, a leading dot or odd characters is refused so a
# run id can never name a file outside the digest directory.
_RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def write_files(directory: Path, digest: Digest, rendered: dict[str, str] | None = None) -> dict[str, Path]:
    """Write digest-<run_id>.{md,html,txt,json}, each atomically, so a reader never sees half a file.

    Raises ValueError for a run id that is not a plain file-name stem (path traversal), OSError on I/O.
    """
    run_id = digest.run_id
    if not _RUN_ID_RE.match(run_id) or ".." in run_id:
        raise ValueError(f"run id {run_id!r} cannot be used in a file name")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    base = directory.resolve()
    rendered = dict(rendered or {})
    paths: dict[str, Path] = {}
    for fmt in FORMATS:
        path = base / f"digest-{run_id}.{fmt}"
        if path.parent != base:  # belt and braces over the regex
            raise ValueError(f"run id {run_id!r} escapes {base}")
        text = rendered.get(fmt) or render(digest, fmt)
        write_atomically(path, text.encode("utf-8"), mode=0o644)  # a digest is meant to be read
        paths[fmt] = path
    fsync_directory(base)
    return paths
