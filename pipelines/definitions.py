"""The one `Definitions` object: `dagster dev -m pipelines.definitions` loads it.

The deployment's settings are read (and validated) when the code location loads, so a bad
REGWATCH_SCHEDULE_CRON or REGWATCH_TIMEZONE is reported by name instead of as a Dagster traceback.
"""

from __future__ import annotations

import dagster as dg

from pipelines.assets import (
    article_pages,
    catalogue_screening,
    control_list,
    digest,
    listing_pages,
    notices,
)
from pipelines.checks import ALL_CHECKS, freshness_checks, freshness_sensor
from pipelines.config import ConfigError
from pipelines.resources import HttpClient, RunWarehouse, deployment_settings, regwatch_config
from pipelines.sensors import make_listing_sensor, make_night_sensor, run_failure_alert

try:
    SETTINGS = deployment_settings()
except ConfigError as exc:  # one line that names the variable, where Dagster shows load errors
    raise ConfigError(f"regwatch configuration error: {exc}") from None

ASSETS = [listing_pages, article_pages, notices, control_list, catalogue_screening, digest]

nightly_job = dg.define_asset_job(
    name="nightly",
    selection=dg.AssetSelection.assets(*ASSETS),
    # Per-step subprocesses cost seconds each on small machines; the steps are sequential anyway.
    executor_def=dg.in_process_executor,
    tags={"regwatch/trigger": "nightly"},
    description="Fetch MOFCOM listings and notices, extract entries, rebuild the list in force, send the digest.",
)

# What the schedule runs: one step, the poll. Most nights it finds nothing and the run ends there; on a
# night with something new the `night_changes_sensor` launches the rest of `nightly` (pipelines/sensors.py).
nightly_poll_job = dg.define_asset_job(
    name="nightly_poll",
    selection=dg.AssetSelection.assets(listing_pages),
    executor_def=dg.in_process_executor,
    tags={"regwatch/trigger": "nightly"},
    description=(
        "The night's conditional requests (listings, known pages due). When something is new or changed, "
        "night_changes_sensor runs the rest of `nightly`; an unchanged night ends here."
    ),
)

nightly_schedule = dg.ScheduleDefinition(
    name="nightly_schedule",
    job=nightly_poll_job,
    cron_schedule=SETTINGS.schedule_cron,
    execution_timezone=SETTINGS.timezone,
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every morning (Beijing time by default) so counsel read the digest at the start of the day.",
)

FRESHNESS_CHECKS = freshness_checks(SETTINGS.freshness_hours)

# The same configured-at-launch object under "regwatch" and inside "http": launchpad values for
# `regwatch` reach the HTTP client too.
_config = regwatch_config()

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=[*ALL_CHECKS, *FRESHNESS_CHECKS],
    jobs=[nightly_job, nightly_poll_job],
    schedules=[nightly_schedule],
    sensors=[
        make_listing_sensor(nightly_job, SETTINGS),
        make_night_sensor(nightly_poll_job, nightly_job),
        run_failure_alert,
        freshness_sensor(FRESHNESS_CHECKS),
    ],
    resources={
        "regwatch": _config,
        "http": HttpClient(config=_config),
        "warehouse": RunWarehouse(config=_config),
    },
    # Every job, the UI's "Materialize all" (the implicit asset job) included, runs its steps in process.
    executor=dg.in_process_executor,
)


def nightly() -> dg.JobDefinition:
    """The nightly job, resolved (for `dagster.reconstructable`, `execute_job` and re-execution)."""
    return defs.resolve_job_def("nightly")


def nightly_poll() -> dg.JobDefinition:
    """The scheduled poll job, resolved."""
    return defs.resolve_job_def("nightly_poll")


def asset_job() -> dg.JobDefinition:
    """The implicit asset job behind the UI's "Materialize" buttons."""
    return defs.resolve_implicit_global_asset_job_def()
