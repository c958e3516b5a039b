"""Build digests from the warehouse and deliver them, each change once per channel.

The order is what makes "never lost, never twice" hold: read what a channel has not accepted,
send, and only after the channel accepted it record the delivery. A failed send records nothing,
so the next run retries; a second run finds nothing pending and sends nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.alerts.delivery import DeliveryResult, SmtpSettings, send_email, send_webhook, write_files
from pipelines.alerts.digest import (
    Digest,
    DigestChange,
    DigestNotice,
    DigestRelation,
    Subscription,
    filter_changes,
    summary_line,
)
from pipelines.alerts.render import keep_compiled_templates, render_all
from pipelines.config import Settings
from pipelines.run.context import RunContext
from pipelines.run.segmenting import CACHE_FOLDER
from pipelines.screen.catalogue import CatalogueScreens
from pipelines.storage import local_file, segmenter_anchor, write_digest_files
from warehouse import alerts, store
from warehouse import runs as run_store


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
    paths: dict[str, Path | str] = field(default_factory=dict)
    delivered: dict[str, int] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    changes: int = 0


def digest_notices(ctx: RunContext, pending: list[alerts.PendingChange]) -> tuple[DigestNotice, ...]:
    """English titles and relations of the notices the changes belong to or were caused by."""
    ids = {c.notice_id for c in pending} | {c.cause_notice_id for c in pending if c.cause_notice_id}
    if not ids:
        return ()
    with ctx.warehouse.read() as con:
        facts = alerts.notice_facts(con, sorted(ids))
    return tuple(
        DigestNotice(
            f.notice_id,
            f.number_zh,
            f.title_zh,
            f.title_en,
            f.url,
            tuple(DigestRelation(*relation) for relation in f.relations),
        )
        for f in facts
    )


def make_digest(
    ctx: RunContext,
    pending: list[alerts.PendingChange],
    fetch_failures: tuple[str, ...],
    *,
    urgent: bool = False,
    checked_at: dt.datetime | None = None,
    notices: tuple[DigestNotice, ...] | None = None,
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
        notices=digest_notices(ctx, pending) if notices is None else notices,
    )


def deliver(ctx: RunContext, *, urgent: bool = False, only: set[str] | None = None) -> DigestOutcome:
    """Render the pending digest for every channel, send it, and record what was accepted."""
    with ctx.warehouse.delivery_lock():
        return _deliver(ctx, urgent=urgent, only=only)


def _deliver(ctx: RunContext, *, urgent: bool, only: set[str] | None) -> DigestOutcome:
    settings = ctx.settings
    keep_compiled_templates(Path(segmenter_anchor(settings)).resolve().parent / CACHE_FOLDER / "templates")
    enabled = channels(settings)
    with ctx.warehouse.read() as con:
        pending = {channel: alerts.pending_for_channel(con, channel) for channel in enabled}
        failures = tuple(
            line
            for run_id in dict.fromkeys(r for r in (ctx.poll_run_id, ctx.run_id) if r)
            for line in store.listing_failures(con, run_id) + store.parse_failures(con, run_id)
        )
        checked_at = store.last_listing_success(con)
    if only is not None:
        pending = {ch: [c for c in rows if c.change_id in only] for ch, rows in pending.items()}
    outcome = DigestOutcome(summary="")
    accepted: dict[str, list[str]] = {}
    # Screening opens a file: the shared backend's current snapshot, fetched only when a catalogue is set.
    db = local_file(ctx.warehouse) if settings.catalogue is not None else settings.db_path
    screens = CatalogueScreens(db, ctx.as_of)
    notices = digest_notices(ctx, [c for rows in pending.values() for c in rows])
    for channel in enabled:
        rows = pending[channel]
        digest = make_digest(ctx, rows, failures, urgent=urgent, checked_at=checked_at, notices=notices)
        digest = screens.attach(digest, settings.catalogue)
        if channel == "file":
            outcome.summary = summary_line(digest)
            outcome.changes = len(rows)
        if not rows and channel != "file" and not settings.notify_empty and not failures:
            continue
        rendered = render_all(digest)
        result = _send(ctx, channel, digest, rendered, outcome)
        if result is None:
            continue
        if result.ok:
            accepted[channel] = [c.change_id for c in rows]
            outcome.delivered[channel] = len(rows)
        else:
            outcome.failures[channel] = result.error or "refused"
    targets = subscription_targets(settings)
    new_targets = _deliver_subscriptions(
        ctx, targets, screens, failures, checked_at, urgent, only, accepted, outcome
    )
    now = ctx.now()
    if not any(accepted.values()) and not outcome.failures and not new_targets:
        return _logged(ctx, outcome)  # nothing was sent: nothing to record
    _record_deliveries(ctx, new_targets, accepted, outcome, enabled, urgent, now)
    return _logged(ctx, outcome)


def _send(
    ctx: RunContext, channel: str, digest: Digest, rendered: dict[str, str], outcome: DigestOutcome
) -> DeliveryResult | None:
    """Hand the digest to one channel; None for a channel this build does not know."""
    settings = ctx.settings
    if channel == "file":
        try:
            written: dict[str, Path | str] = (
                write_digest_files(settings, digest, rendered)  # object storage (docs/scaling.md)
                if settings.storage.digest_url
                else dict(write_files(settings.digest_dir, digest, rendered))
            )
        except (OSError, ValueError) as exc:
            return DeliveryResult("file", False, str(exc), None)
        outcome.paths = written
        return DeliveryResult("file", True, None, settings.storage.digest_url or str(settings.digest_dir))
    if channel == "email":
        return send_email(_smtp(settings), settings.digest_to, digest, rendered)
    if channel == "webhook":
        return send_webhook(settings.webhook_url or "", digest)
    return None


def _record_deliveries(
    ctx: RunContext,
    new_targets: list[alerts.DeliveryTarget],
    accepted: dict[str, list[str]],
    outcome: DigestOutcome,
    enabled: list[str],
    urgent: bool,
    now: dt.datetime,
) -> None:
    """What was accepted, by whom, and what failed, in one transaction after the sends."""
    with ctx.write() as con:
        alerts.register_targets(con, new_targets)
        for channel, change_ids in accepted.items():
            alerts.record_deliveries(con, change_ids, channel, ctx.run_id, now, enabled)
            if urgent and channel in enabled and channel != "file":
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


@dataclass(frozen=True)
class SubscriptionTarget:
    """One recipient set of one subscription on one channel; deliveries are recorded per target, so
    a subscriber whose server refuses is retried alone and nobody else gets the digest again."""

    key: str  # deliveries.channel, e.g. "email:batteries:1f2e3d4c"
    channel: alerts.Channel  # email or webhook
    subscription: Subscription
    recipients: tuple[str, ...]  # e-mail addresses, or the webhook URL


def delivery_work(settings: Settings, con: duckdb.DuckDBPyConnection) -> list[str]:
    """Why a delivery now would send or record something with no new change (empty: nothing would):
    a change a channel or a subscription has not accepted (a refused send is retried), a target seen
    for the first time, or REGWATCH_NOTIFY_EMPTY (a digest every night, if only in the files)."""
    enabled = channels(settings)
    work = []
    for channel in enabled:
        waiting = len(alerts.pending_for_channel(con, channel))
        if waiting:
            work.append(f"{waiting} change(s) not yet accepted by the {channel} channel")
    if settings.notify_empty:
        work.append("REGWATCH_NOTIFY_EMPTY: a digest every night")
    known = alerts.target_starts(con)
    for target in subscription_targets(settings):
        if target.key not in known:
            work.append(f"subscription target {target.key} is new")
        elif alerts.pending_for_target(con, target.key, known[target.key]):
            work.append(f"changes not yet offered to subscription target {target.key}")
    return work


def subscription_targets(settings: Settings) -> list[SubscriptionTarget]:
    targets = []
    for sub in settings.subscriptions:
        if sub.recipients:
            targets.append(_target("email", sub, tuple(sorted(set(sub.recipients)))))
        if sub.webhook_url:
            targets.append(_target("webhook", sub, (sub.webhook_url,)))
    return targets


def _target(channel: alerts.Channel, sub: Subscription, recipients: tuple[str, ...]) -> SubscriptionTarget:
    digest = hashlib.sha256("\n".join(recipients).encode("utf-8")).hexdigest()[:8]
    return SubscriptionTarget(f"{channel}:{sub.name}:{digest}", channel, sub, recipients)


def _deliver_subscriptions(
    ctx: RunContext,
    targets: list[SubscriptionTarget],
    screens: CatalogueScreens,
    failures: tuple[str, ...],
    checked_at: dt.datetime | None,
    urgent: bool,
    only: set[str] | None,
    accepted: dict[str, list[str]],
    outcome: DigestOutcome,
) -> list[alerts.DeliveryTarget]:
    """Each subscription target gets its filtered view of the changes it has not been offered yet.

    A change counts as offered to a target once the target accepted a digest that held it, or once it
    was found not to match the subscription; a refusal records nothing, so only that target retries.
    Returns the targets seen for the first time (they start with the changes of this run).
    """
    if not targets:
        return []
    settings = ctx.settings
    with ctx.warehouse.read() as con:
        known = alerts.target_starts(con)
        row = run_store.run_row(con, ctx.run_id)
        pending = {
            t.key: alerts.pending_for_target(con, t.key, known.get(t.key, _run_start(row, ctx)))
            for t in targets
        }
    new_targets = [
        alerts.DeliveryTarget(t.key, t.channel, t.subscription.name, _shown(t), _run_start(row, ctx))
        for t in targets
        if t.key not in known
    ]
    for target in targets:
        rows = pending[target.key]
        if only is not None:
            rows = [c for c in rows if c.change_id in only]
        if not rows:
            continue
        digest = make_digest(ctx, rows, failures, urgent=urgent, checked_at=checked_at)
        filtered = filter_changes(
            digest, target.subscription, screens.for_subscription(digest, target.subscription)
        )
        result = DeliveryResult(target.channel, True, None, "nothing matched")
        if filtered.changes and target.channel == "email":
            result = send_email(_smtp(settings), target.recipients, filtered)
        elif filtered.changes:
            result = send_webhook(target.recipients[0], filtered)
        if result.ok:
            accepted[target.key] = [c.change_id for c in rows]
            outcome.delivered[target.key] = len(filtered.changes)
        else:
            outcome.failures[target.key] = result.error or "refused"
    return new_targets


def _run_start(row: dict[str, object] | None, ctx: RunContext) -> dt.datetime:
    started = row.get("started_at") if row else None
    return started if isinstance(started, dt.datetime) else ctx.now()


def _shown(target: SubscriptionTarget) -> list[str]:
    """What `delivery_targets.recipients` records: addresses, or only the host of a webhook URL
    (the rest of a Slack-style URL is a secret)."""
    if target.channel == "email":
        return list(target.recipients)
    from urllib.parse import urlsplit

    return [urlsplit(target.recipients[0]).hostname or "?"]


def _smtp(settings: Settings) -> SmtpSettings:
    return SmtpSettings(
        host=settings.smtp_host or "",
        port=settings.smtp_port,
        user=settings.smtp_user,
        password=settings.smtp_password,
        sender=settings.smtp_from,
        starttls=settings.smtp_starttls,
    )


def _logged(ctx: RunContext, outcome: DigestOutcome) -> DigestOutcome:
    sent = ", ".join(f"{ch}: {n}" for ch, n in outcome.delivered.items()) or "nothing"
    ctx.log(
        f"digest: {outcome.summary}; delivered {sent}"
        + (f"; FAILED {outcome.failures}" if outcome.failures else "")
    )
    return outcome
