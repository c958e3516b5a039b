"""Sensors: poll the listings for new notices (urgent runs) and alert the operator on failures.

Sensors run in the daemon, where no launchpad configures anything: they read the deployment's
settings (the REGWATCH_* environment and .env), validated like everywhere else.
"""

from __future__ import annotations

import datetime as dt

import dagster as dg

from pipelines import steps
from pipelines.alerts.delivery import DeliveryResult, SmtpSettings, send_email, send_webhook
from pipelines.alerts.digest import Digest
from pipelines.config import Settings
from pipelines.resources import deployment_settings
from pipelines.sources.polling import dump_cursor, load_cursor, poll_listings, prefetched_tag, seed_states

MIN_SENSOR_INTERVAL = 30  # the daemon evaluates sensors about every 30 s anyway


def make_listing_sensor(job: dg.UnresolvedAssetJobDefinition, settings: Settings) -> dg.SensorDefinition:
    @dg.sensor(
        job=job,
        name="new_notice_sensor",
        minimum_interval_seconds=max(MIN_SENSOR_INTERVAL, int(settings.poll_seconds)),
        default_status=dg.DefaultSensorStatus.STOPPED,
        description="Conditional request per listing; a run (new notices only, urgent alert) when one appears.",
    )
    def new_notice_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
        current = deployment_settings()
        states = load_cursor(context.cursor)
        fetcher = steps.make_fetcher(current)
        try:
            probe = steps.make_context(current, trigger="watch", fetcher=fetcher, log=context.log.info)
            seed_states(states, steps.page_states(probe), current.listing_urls)
            result = poll_listings(fetcher, current.listing_urls, states, steps.known_urls(probe))
        finally:
            fetcher.close()
        for error in result.errors:
            context.log.warning(error)
        requests = []
        if result.should_run:
            requests.append(
                dg.RunRequest(
                    run_key=result.run_key,
                    tags={
                        "regwatch/trigger": "watch",
                        "regwatch/new_only": "true",
                        # the listings this poll downloaded: the run reads them from the archive
                        "regwatch/prefetched": prefetched_tag(result.fetched, probe.archive),
                    },
                )
            )
        skip = (
            None
            if requests
            else f"{result.requests} conditional request(s), {result.not_modified} not modified"
        )
        return dg.SensorResult(run_requests=requests, cursor=dump_cursor(states), skip_reason=skip)

    return new_notice_sensor


def make_night_sensor(
    poll_job: dg.UnresolvedAssetJobDefinition, nightly_job: dg.UnresolvedAssetJobDefinition
) -> dg.SensorDefinition:
    @dg.run_status_sensor(
        run_status=dg.DagsterRunStatus.SUCCESS,
        monitored_jobs=[poll_job],
        request_job=nightly_job,
        name="night_changes_sensor",
        # Running by default: with the schedule on and this off, busy nights would end after the poll.
        default_status=dg.DefaultSensorStatus.RUNNING,
        description="After a scheduled poll that found something new or changed, runs the rest of the night.",
    )
    def night_changes_sensor(context: dg.RunStatusSensorContext) -> dg.RunRequest | dg.SkipReason:
        return continue_night(context.instance, context.dagster_run)

    return night_changes_sensor


def continue_night(instance: dg.DagsterInstance, poll_run: dg.DagsterRun) -> dg.RunRequest | dg.SkipReason:
    """The rest of the night for a poll run that materialized `listing_pages` (a quiet one does not)."""
    from pipelines.assets import POLL_RUN_TAG
    from pipelines.runs import ASSET_ORDER

    # (the poll run's own events: a watch run may have materialized listing_pages since, and its night is not this one)
    records = instance.get_records_for_run(
        run_id=poll_run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION
    ).records
    if not any(r.asset_key == dg.AssetKey("listing_pages") for r in records if r.event_log_entry):
        return dg.SkipReason(f"poll run {poll_run.run_id} found nothing new: the night ended with it")
    return dg.RunRequest(
        run_key=poll_run.run_id,
        asset_selection=[dg.AssetKey(name) for name in ASSET_ORDER[1:]],
        tags={
            "regwatch/trigger": poll_run.tags.get("regwatch/trigger", "nightly"),
            POLL_RUN_TAG: poll_run.run_id,
        },
    )


@dg.run_failure_sensor(
    name="run_failure_alert",
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Tells the operator, through the digest channels, that a run failed, and records it in `runs`.",
)
def run_failure_alert(context: dg.RunFailureSensorContext) -> None:
    settings = deployment_settings()
    message = context.failure_event.message or "run failed"
    _record_failure(settings, context.dagster_run.run_id, message)
    digest = Digest(
        generated_at=dt.datetime.now(dt.UTC),
        as_of=dt.date.today(),
        run_id=context.dagster_run.run_id,
        changes=(),
        sources_checked_at=None,
        fetch_failures=(
            f"Dagster run {context.dagster_run.run_id} of {context.dagster_run.job_name} failed: {message}",
        ),
        title="regwatch — RUN FAILED",
    )
    results: list[DeliveryResult] = []
    if settings.smtp_host and settings.digest_to:
        smtp = SmtpSettings(
            host=settings.smtp_host,
            port=settings.smtp_port,
            user=settings.smtp_user,
            password=settings.smtp_password,
            sender=settings.smtp_from,
            starttls=settings.smtp_starttls,
        )
        results.append(send_email(smtp, settings.digest_to, digest))
    if settings.webhook_url:
        results.append(send_webhook(settings.webhook_url, digest))
    for result in results:
        if not result.ok:
            context.log.error(f"operator alert via {result.channel} failed: {result.error}")


def _record_failure(settings: Settings, run_id: str, message: str) -> None:
    """A run that died outside regwatch's own code (a crashed run worker, a blocked step) still has a
    `running` row: mark it failed, unless a step already recorded how it ended."""
    from warehouse import runs as run_store
    from warehouse.db import Warehouse, WarehouseError

    warehouse = Warehouse(settings.db_path, lock_timeout=settings.lock_timeout)
    if not warehouse.path.exists():
        return
    try:
        with warehouse.read() as con:
            row = run_store.run_row(con, run_id)
        if row is not None and row["status"] == "running":
            from warehouse import store

            with warehouse.write() as con:
                store.finish_run(con, run_id, "failed", dt.datetime.now(dt.UTC), message[:500])
    except WarehouseError:
        pass  # the alert below still goes out
