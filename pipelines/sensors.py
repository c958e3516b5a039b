"""Sensors: poll the listings for new notices (urgent runs) and alert the operator on failures."""

import datetime as dt

import dagster as dg

from pipelines import steps
from pipelines.delivery import DeliveryResult, SmtpSettings, send_email, send_webhook
from pipelines.digest import Digest
from pipelines.polling import dump_cursor, load_cursor, poll_listings
from pipelines.resources import RegwatchConfig


def _poll_interval() -> int:
    import os

    try:
        return max(30, int(float(os.environ.get("REGWATCH_POLL_SECONDS", "600"))))
    except ValueError:
        return 600


def make_listing_sensor(job: object) -> dg.SensorDefinition:
    @dg.sensor(
        job=job,
        name="new_notice_sensor",
        minimum_interval_seconds=_poll_interval(),
        default_status=dg.DefaultSensorStatus.STOPPED,
        description="Conditional request per listing; a run (new notices only, urgent alert) when one appears.",
    )
    def new_notice_sensor(context: dg.SensorEvaluationContext, regwatch: RegwatchConfig) -> dg.SensorResult:
        settings = regwatch.settings()
        states = load_cursor(context.cursor)
        fetcher = steps.make_fetcher(settings)
        try:
            probe = steps.make_context(settings, trigger="watch", fetcher=fetcher, log=context.log.info)
            result = poll_listings(fetcher, settings.listing_urls, states, steps.known_urls(probe))
        finally:
            fetcher.close()
        for error in result.errors:
            context.log.warning(error)
        requests = []
        if result.should_run:
            requests.append(
                dg.RunRequest(
                    run_key=result.run_key,
                    tags={"regwatch/trigger": "watch", "regwatch/new_only": "true"},
                )
            )
        skip = (
            None
            if requests
            else f"{result.requests} conditional request(s), {result.not_modified} not modified"
        )
        return dg.SensorResult(run_requests=requests, cursor=dump_cursor(states), skip_reason=skip)

    return new_notice_sensor


@dg.run_failure_sensor(
    name="run_failure_alert",
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Tells the operator, through the digest channels, that a run failed.",
)
def run_failure_alert(context: dg.RunFailureSensorContext, regwatch: RegwatchConfig) -> None:
    settings = regwatch.settings()
    message = context.failure_event.message or "run failed"
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
