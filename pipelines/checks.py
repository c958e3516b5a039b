"""Asset checks: data quality declared next to the assets they guard."""

import datetime as dt

import dagster as dg

from pipelines.assets import control_list, listing_pages, notices
from pipelines.resources import RegwatchConfig
from warehouse import checks, consolidated
from warehouse.db import Warehouse


def _result(outcome: checks.CheckOutcome, severity: dg.AssetCheckSeverity) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=outcome.passed,
        severity=severity,
        description=outcome.description,
        metadata={"count": outcome.count, "sample": "\n".join(outcome.sample)},
    )


def _warehouse(regwatch: RegwatchConfig) -> Warehouse:
    return Warehouse(regwatch.settings().db_path)


@dg.asset_check(asset=listing_pages, description="Each listing answered and named at least one notice.")
def listing_not_empty(
    context: dg.AssetCheckExecutionContext, regwatch: RegwatchConfig
) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(checks.listing_returned_notices(con, context.run.run_id), dg.AssetCheckSeverity.ERROR)


@dg.asset_check(asset=listing_pages, description="A listing was fetched successfully within the last 3 days.")
def source_freshness(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(
            checks.source_freshness(con, dt.datetime.now(dt.UTC), 3.0), dg.AssetCheckSeverity.ERROR
        )


@dg.asset_check(
    asset=notices,
    description="Pages of this run that failed to parse (crashed, ran out of time, no notice body); "
    "each is a data issue with its URL and archive hash, and the digest's banner names it.",
)
def pages_parsed(context: dg.AssetCheckExecutionContext, regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(checks.pages_parsed(con, context.run.run_id), dg.AssetCheckSeverity.WARN)


@dg.asset_check(asset=notices, blocking=True, description="Every HS code is 8 or 10 digits.")
def hs_codes_valid(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(checks.invalid_hs_codes(con), dg.AssetCheckSeverity.ERROR)


@dg.asset_check(asset=notices, description="Notices that add controls yield a plausible number of entries.")
def entries_per_notice(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(checks.entries_out_of_bounds(con), dg.AssetCheckSeverity.WARN)


@dg.asset_check(asset=notices, description="Item counts stated by a notice match what was extracted.")
def stated_counts_reconciled(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(checks.unreconciled_counts(con), dg.AssetCheckSeverity.WARN)


@dg.asset_check(
    asset=control_list, blocking=True, description="No entry key has overlapping periods; no change twice."
)
def list_consistent(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        overlap = checks.overlapping_periods(con)
        dupes = checks.duplicate_changes(con)
    passed = overlap.passed and dupes.passed
    return dg.AssetCheckResult(
        passed=passed,
        severity=dg.AssetCheckSeverity.ERROR,
        description=f"{overlap.description}; {dupes.description}",
        metadata={"overlaps": overlap.count, "duplicate_changes": dupes.count},
    )


@dg.asset_check(
    asset=notices,
    description="Every list attachment yielded entries, and about as many as the notice states (never a silent zero).",
)
def list_attachments_read(regwatch: RegwatchConfig) -> dg.AssetCheckResult:
    with _warehouse(regwatch).read() as con:
        return _result(consolidated.unread_list_attachments(con), dg.AssetCheckSeverity.ERROR)


ALL_CHECKS = [
    listing_not_empty,
    source_freshness,
    pages_parsed,
    hs_codes_valid,
    entries_per_notice,
    stated_counts_reconciled,
    list_consistent,
    list_attachments_read,
]
