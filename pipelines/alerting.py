"""Build digests from the warehouse and deliver them, each change once per channel.

The order is what makes "never lost, never twice" hold: read what a channel has not accepted,
send, and only after the channel accepted it record the delivery. A failed send records nothing,
so the next run retries; a second run finds nothing pending and sends nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.catalogue import CatalogueScreens
from pipelines.config import Settings
from pipelines.delivery import DeliveryResult, SmtpSettings, send_email, send_webhook, write_files
from pipelines.digest import (
    Digest,
    DigestChange,
    filter_changes,
    load_subscriptions,
    render_all,
    summary_line,
)
from pipelines.steps import RunContext
from warehouse import alerts, store


def to_digest_change(change: alerts.PendingChange, *, already_alerted: bool = False) -> DigestChange:
    window_from = change.effective_on if change.change_type == "suspended" else None
    if (
        change.change_type == "added"
        and change.detail.get("status") == "suspended"
        and change.detail.get("window_from")
    ):
        window_from = dt.date.fromisoformat(str(change.detail["window_from"]))
    return DigestChange(
        change_id=change.change_id,
        change_type=change.change_type,
        entry_key=change.entry_key,
        name_zh=change.name_zh,
        name_en=change.name_en,
        kind=change.kind or "item",
        category_zh=change.category_zh,
        control_code=change.control_code,
        hs_codes=change.hs_codes,
        notice_id=change.notice_id,
        notice_number_zh=change.notice_number_zh,
        notice_title_zh=change.notice_title_zh,
        notice_url=change.notice_url,
        effective_on=change.effective_on,
        window_from=window_from,
        window_until=change.window_until,
        cause_notice_id=change.cause_notice_id,
        cause_notice_number_zh=change.cause_notice_number_zh,
        quote_zh=change.quote_zh,
        source_sha256=change.source_sha256,
        detail=change.detail,
        already_alerted=already_alerted,
        list=change.list,
        country=change.country,
        measures=change.measures,
    )


def channels(settings: Settings) -> list[str]:
    """Enabled delivery channels; `file` (the digest directory) is always on."""
    enabled = ["file"]
    if settings.smtp_host and settings.digest_to:
        enabled.append("email")
    if settings.webhook_url:
        enabled.append("webhook")
    return enabled


@dataclass
class DigestOutcome:
    summary: str
    paths: dict[str, Path] = field(default_factory=dict)
    delivered: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    changes: int = 0


def make_digest(
    ctx: RunContext,
    pending: list[alerts.PendingChange],
    fetch_failures: tuple[str, ...],
    *,
    urgent: bool = False,
    checked_at: dt.datetime | None = None,
) -> Digest:
    return Digest(
        generated_at=ctx.now(),
        as_of=ctx.as_of,
        run_id=ctx.run_id,
        changes=tuple(
            to_digest_change(c, already_alerted=(c.urgent_at is not None and not urgent)) for c in pending
        ),
        sources_checked_at=checked_at,
        fetch_failures=fetch_failures,
        urgent=urgent,
    )


def deliver(ctx: RunContext, *, urgent: bool = False, only: set[str] | None = None) -> DigestOutcome:
    """Render the pending digest for every channel, send it, and record what was accepted."""
    with ctx.warehouse.delivery_lock():
        return _deliver(ctx, urgent=urgent, only=only)


def _deliver(ctx: RunContext, *, urgent: bool, only: set[str] | None) -> DigestOutcome:
    settings = ctx.settings
    enabled = channels(settings)
    with ctx.warehouse.read() as con:
        pending = {channel: alerts.pending_for_channel(con, channel) for channel in enabled}
        failures = store.listing_failures(con, ctx.run_id) + store.parse_failures(con, ctx.run_id)
        checked_at = store.last_listing_success(con)
    if only is not None:
        pending = {ch: [c for c in rows if c.change_id in only] for ch, rows in pending.items()}
    outcome = DigestOutcome(summary="")
    accepted: dict[str, list[str]] = {}
    subscriptions = []
    if settings.subscriptions_file is not None:
        subscriptions = load_subscriptions(settings.subscriptions_file.read_text(encoding="utf-8"))
    screens = CatalogueScreens(settings.db_path, ctx.as_of)
    for channel in enabled:
        rows = pending[channel]
        digest = make_digest(ctx, rows, failures, urgent=urgent, checked_at=checked_at)
        digest = screens.attach(digest, settings.catalogue)
        if channel == "file":
            outcome.summary = summary_line(digest)
            outcome.changes = len(rows)
        if not rows and channel != "file" and not settings.notify_empty and not failures:
            continue
        rendered = render_all(digest)
        result: DeliveryResult | None = None
        if channel == "file":
            try:
                outcome.paths = write_files(settings.digest_dir, digest, rendered)
                result = DeliveryResult("file", True, None, str(settings.digest_dir))
            except (OSError, ValueError) as exc:
                result = DeliveryResult("file", False, str(exc), None)
        elif channel == "email":
            smtp = SmtpSettings(
                host=settings.smtp_host or "",
                port=settings.smtp_port,
                user=settings.smtp_user,
                password=settings.smtp_password,
                sender=settings.smtp_from,
                starttls=settings.smtp_starttls,
            )
            results = [send_email(smtp, settings.digest_to, digest, rendered)]
            for sub in subscriptions:
                if sub.recipients:
                    filtered = filter_changes(digest, sub, screens.for_subscription(digest, sub))
                    if filtered.changes:
                        results.append(send_email(smtp, sub.recipients, filtered))
            bad = [r for r in results if not r.ok]
            result = bad[0] if bad else results[0]
        elif channel == "webhook":
            result = send_webhook(settings.webhook_url or "", digest)
        if result is None:
            continue
        if result.ok:
            accepted[channel] = [c.change_id for c in rows]
            outcome.delivered[channel] = len(rows)
        else:
            outcome.failures[channel] = result.error or "refused"
    now = ctx.now()
    if not any(accepted.values()) and not outcome.failures:
        return _logged(ctx, outcome)  # nothing was sent: nothing to record
    with ctx.warehouse.write() as con:
        for channel, change_ids in accepted.items():
            alerts.record_deliveries(con, change_ids, channel, ctx.run_id, now, enabled)
            if urgent and channel != "file":
                alerts.mark_urgent(con, change_ids, now)
        for channel, message in outcome.failures.items():
            store.add_issue(
                con,
                ctx.run_id,
                now,
                "delivery_failed",
                f"{channel}: {message}",
                severity="error",
                line=ctx.run_id,
            )
    return _logged(ctx, outcome)


def _logged(ctx: RunContext, outcome: DigestOutcome) -> DigestOutcome:
    sent = ", ".join(f"{ch}: {n}" for ch, n in outcome.delivered.items()) or "nothing"
    ctx.log(
        f"digest: {outcome.summary}; delivered {sent}"
        + (f"; FAILED {outcome.failures}" if outcome.failures else "")
    )
    return outcome
