"""Asset checks: data quality declared next to the assets they guard.

Each check judges what this run wrote (its notice versions, its data issues, its changes), and shows
its sample as a table. Source freshness is also a Dagster freshness check that a sensor evaluates,
so a schedule that silently stopped is noticed without any run.
"""

import datetime as dt
import warnings
from collections.abc import Sequence

import dagster as dg

from pipelines.assets import control_list, digest, listing_pages, notices
from pipelines.resources import RunWarehouse
from warehouse import checks, consolidated
from warehouse.backends import WarehouseStore


def _sample_table(outcome: checks.CheckOutcome) -> dg.TableMetadataValue:
    columns = outcome.columns or ("sample",)
    rows = outcome.rows or tuple((line,) for line in outcome.sample)
    schema = dg.TableSchema(columns=[dg.TableColumn(name, "string") for name in columns])
    records = [
        dg.TableRecord(
            {name: "" if value is None else str(value) for name, value in zip(columns, row, strict=True)}
        )
        for row in rows
    ]
    return dg.MetadataValue.table(records=records, schema=schema)


def _result(
    outcome: checks.CheckOutcome,
    severity: dg.AssetCheckSeverity,
    context: dg.AssetCheckExecutionContext | None = None,
) -> dg.AssetCheckResult:
    metadata: dict[str, dg.RawMetadataValue] = {"count": outcome.count, "sample": _sample_table(outcome)}
    if context is not None:
        metadata["run_id"] = context.run.run_id
    return dg.AssetCheckResult(
        passed=outcome.passed, severity=severity, description=outcome.description, metadata=metadata
    )


def _warehouse(warehouse: RunWarehouse) -> WarehouseStore:
    return warehouse.store()


def _block(
    context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse, name: str, outcome: checks.CheckOutcome
) -> None:
    """A failed blocking check stops the run before its next step: say so on the run's row."""
    if outcome.passed:
        return
    from pipelines import runs, steps

    ctx = steps.make_context(
        warehouse.settings(), run_id=context.run.run_id, log=context.log.info, warehouse=warehouse.store()
    )
    runs.fail(ctx, f"blocked by the asset check {name}: {outcome.description}")


@dg.asset_check(asset=listing_pages, description="Each listing answered and named at least one notice.")
def listing_not_empty(context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        outcome = checks.listing_returned_notices(con, context.run.run_id)
    return _result(outcome, dg.AssetCheckSeverity.ERROR, context)


@dg.asset_check(
    asset=listing_pages, description="A listing was fetched successfully within REGWATCH_FRESHNESS_HOURS."
)
def source_freshness(warehouse: RunWarehouse) -> dg.AssetCheckResult:
    settings = warehouse.settings()
    with warehouse.store().read() as con:
        outcome = checks.source_freshness(con, dt.datetime.now(dt.UTC), settings.freshness_hours / 24)
    return _result(outcome, dg.AssetCheckSeverity.ERROR)


@dg.asset_check(
    asset=notices,
    description="Pages of this run that failed to parse (crashed, ran out of time, no notice body); "
    "each is a data issue with its URL and archive hash, and the digest's banner names it.",
)
def pages_parsed(context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        outcome = checks.pages_parsed(con, context.run.run_id)
    return _result(outcome, dg.AssetCheckSeverity.WARN, context)


@dg.asset_check(
    asset=notices, blocking=True, description="Every HS code this run extracted is 8 or 10 digits."
)
def hs_codes_valid(context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        outcome = checks.invalid_hs_codes(con, context.run.run_id)
    _block(context, warehouse, "hs_codes_valid", outcome)
    return _result(outcome, dg.AssetCheckSeverity.ERROR, context)


@dg.asset_check(
    asset=notices, description="Notices this run read that add controls yield a plausible number of entries."
)
def entries_per_notice(
    context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse
) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        outcome = checks.entries_out_of_bounds(con, run_id=context.run.run_id)
    return _result(outcome, dg.AssetCheckSeverity.WARN, context)


@dg.asset_check(
    asset=notices, description="Item counts stated by the notices this run read match the extraction."
)
def stated_counts_reconciled(
    context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse
) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        outcome = checks.unreconciled_counts(con, context.run.run_id)
    return _result(outcome, dg.AssetCheckSeverity.WARN, context)


@dg.asset_check(
    asset=control_list,
    blocking=True,
    description="No entry key of the list in force has overlapping periods; this run recorded no change twice.",
)
def list_consistent(context: dg.AssetCheckExecutionContext, warehouse: RunWarehouse) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
        overlap = checks.overlapping_periods(con)
        dupes = checks.duplicate_changes(con, context.run.run_id)
    passed = overlap.passed and dupes.passed
    combined = checks.CheckOutcome(
        passed,
        f"{overlap.description}; {dupes.description}",
        overlap.count + dupes.count,
        columns=("problem", "key"),
        rows=tuple(("overlapping periods", r[0]) for r in overlap.rows)
        + tuple(("duplicated change", " ".join(str(v) for v in r[:3])) for r in dupes.rows),
    )
    _block(context, warehouse, "list_consistent", combined)
    result = _result(combined, dg.AssetCheckSeverity.ERROR, context)
    return dg.AssetCheckResult(
        passed=result.passed,
        severity=result.severity,
        description=result.description,
        metadata={**result.metadata, "overlaps": overlap.count, "duplicate_changes": dupes.count},
    )


@dg.asset_check(
    asset=notices,
    description="Every list attachment yielded entries, and about as many as the notice states (never a silent zero).",
)
def list_attachments_read(warehouse: RunWarehouse) -> dg.AssetCheckResult:
    with _warehouse(warehouse).read() as con:
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


# Dagster 1.13 marks freshness checks as superseded by freshness policies, which are still a preview
# that needs `freshness: enabled` in dagster.yaml; checks with their sensor work on any instance.
_SUPERSEDED = {"category": dg.SupersessionWarning} if hasattr(dg, "SupersessionWarning") else {}


def freshness_checks(hours: float) -> Sequence[dg.AssetChecksDefinition]:
    """Dagster's own last-update freshness checks: the listings were walked, and counsel got a digest,
    within `hours`. A sensor evaluates them, so they fail even when no run happens at all."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", **_SUPERSEDED)  # type: ignore[arg-type]
        return dg.build_last_update_freshness_checks(
            assets=[listing_pages, digest], lower_bound_delta=dt.timedelta(hours=hours)
        )


def freshness_sensor(checks_defs: Sequence[dg.AssetChecksDefinition]) -> dg.SensorDefinition:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", **_SUPERSEDED)  # type: ignore[arg-type]
        return dg.build_sensor_for_freshness_checks(
            freshness_checks=checks_defs,
            name="freshness_sensor",
            minimum_interval_seconds=600,
            default_status=dg.DefaultSensorStatus.STOPPED,
        )
