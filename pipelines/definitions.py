"""The one `Definitions` object: `dagster dev -m pipelines.definitions` loads it."""

from __future__ import annotations

import os

import dagster as dg

from pipelines.assets import (
    article_pages,
    catalogue_screening,
    control_list,
    digest,
    listing_pages,
    notices,
)
from pipelines.checks import ALL_CHECKS
from pipelines.resources import HttpClient, RegwatchConfig
from pipelines.sensors import make_listing_sensor, run_failure_alert

ASSETS = [listing_pages, article_pages, notices, control_list, catalogue_screening, digest]

nightly_job = dg.define_asset_job(
    name="nightly",
    selection=dg.AssetSelection.assets(*ASSETS),
    # Per-step subprocesses cost seconds each on small machines; the steps are sequential anyway.
    executor_def=dg.in_process_executor,
    tags={"regwatch/trigger": "nightly"},
    description="Fetch MOFCOM listings and notices, extract entries, rebuild the list in force, send the digest.",
)

nightly_schedule = dg.ScheduleDefinition(
    name="nightly_schedule",
    job=nightly_job,
    cron_schedule=os.environ.get("REGWATCH_SCHEDULE_CRON", "0 6 * * *"),
    execution_timezone=os.environ.get("REGWATCH_TIMEZONE", "Asia/Shanghai"),
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Every morning (Beijing time by default) so counsel read the digest at the start of the day.",
)

_config = RegwatchConfig()

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[nightly_job],
    schedules=[nightly_schedule],
    sensors=[make_listing_sensor(nightly_job), run_failure_alert],
    resources={"regwatch": _config, "http": HttpClient(config=_config)},
)
