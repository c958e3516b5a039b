"""The nightly job's assets: thin wrappers that call one step each and report counts."""

import dagster as dg

from pipelines import alerting, catalogue, steps
from pipelines.resources import HttpClient, RegwatchConfig

POOL = "regwatch_warehouse"  # one writer at a time: runs queue on this pool (dagster.yaml)


def run_context(
    context: dg.AssetExecutionContext, config: RegwatchConfig, http: HttpClient
) -> steps.RunContext:
    trigger = context.run.tags.get("regwatch/trigger", "nightly")
    echo = context.run.tags.get("regwatch/echo") == "true"  # the CLI shows progress on stdout

    def log(message: str) -> None:
        context.log.info(message)
        if echo:
            print(message, flush=True)

    return steps.make_context(
        config.settings(),
        trigger=trigger,
        run_id=context.run.run_id,
        log=log,
        fetcher=http.fetcher,
        new_only=context.run.tags.get("regwatch/new_only") == "true",
    )


@dg.asset(pool=POOL, group_name="regwatch", description="Listing pages walked back to known notices.")
def listing_pages(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient
) -> dg.Output[list[str]]:
    result = steps.discover(run_context(context, regwatch, http))
    return dg.Output(
        result.article_urls,
        metadata={
            "listing_pages": result.listing_pages,
            "links": result.links,
            "new_links": result.new_links,
            "listing_errors": len(result.listing_errors),
            "to_fetch": len(result.article_urls),
        },
    )


@dg.asset(pool=POOL, group_name="regwatch", description="Article pages and attachments, archived by sha256.")
def article_pages(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, listing_pages: list[str]
) -> dg.MaterializeResult:
    result = steps.fetch_pages(run_context(context, regwatch, http), listing_pages)
    return dg.MaterializeResult(
        metadata={
            "requested": result.requested,
            "downloaded": result.downloaded,
            "not_modified": result.not_modified,
            "changed": result.changed,
            "failed": result.failed,
            "attachments": result.attachments,
        }
    )


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    deps=[article_pages],
    description="Notices, notice versions and control-list entries extracted from the archive.",
)
def notices(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient
) -> dg.MaterializeResult:
    result = steps.parse_pages(run_context(context, regwatch, http))
    return dg.MaterializeResult(
        metadata={
            "pages": result.pages,
            "new_notices": result.notices_new,
            "new_versions": result.versions_new,
            "entries": result.entries,
            "aliases": result.aliases,
            "data_issues": result.issues,
        }
    )


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    deps=[notices],
    description="The list in force rebuilt from events, and the changes since the previous list version.",
)
def control_list(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient
) -> dg.MaterializeResult:
    result = steps.build(run_context(context, regwatch, http))
    metadata: dict[str, dg.RawMetadataValue] = {
        "list_version": result.list_version or 0,
        "new_list_version": result.new_list_version,
        "periods": result.periods,
        "baseline": result.baseline,
        "alerts": result.alerts,
    }
    metadata.update({f"changes_{kind}": count for kind, count in result.changes.items()})
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    deps=[control_list],
    description="REGWATCH_CATALOGUE screened against the list, whenever the list or the catalogue changes.",
)
def catalogue_screening(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient
) -> dg.MaterializeResult:
    ctx = run_context(context, regwatch, http)
    last = context.instance.get_latest_materialization_event(context.asset_key)
    previous = None
    if last is not None and last.asset_materialization is not None:
        entry = last.asset_materialization.metadata.get("fingerprint")
        previous = str(entry.value) if entry is not None else None
    outcome = catalogue.screen_nightly(ctx.settings, ctx.as_of, ctx.run_id, previous)
    if ctx.settings.catalogue is not None:
        ctx.log(f"catalogue: {'screened' if outcome.screened else 'not screened'} ({outcome.reason})")
    metadata: dict[str, dg.RawMetadataValue] = {"screened": outcome.screened, "reason": outcome.reason}
    if outcome.fingerprint:
        metadata["fingerprint"] = outcome.fingerprint
    metadata.update({f"rows_{k}": n for k, n in (outcome.counts or {}).items()})
    if outcome.report_path:
        metadata["report"] = dg.MetadataValue.path(str(outcome.report_path))
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    deps=[control_list, catalogue_screening],
    description="The digest for counsel, rendered and delivered once per channel.",
)
def digest(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient
) -> dg.MaterializeResult:
    ctx = run_context(context, regwatch, http)
    outcome = alerting.deliver(ctx, urgent=ctx.trigger == "watch")
    failed = bool(outcome.failures)
    steps.finish(ctx, "failed" if failed else "succeeded", "; ".join(outcome.failures.values()) or None)
    if failed:
        raise dg.Failure(f"digest delivery failed: {outcome.failures}; it will be retried on the next run")
    return dg.MaterializeResult(
        metadata={
            "summary": outcome.summary,
            "changes": outcome.changes,
            **{f"delivered_{channel}": n for channel, n in outcome.delivered.items()},
            **{f"file_{fmt}": dg.MetadataValue.path(str(path)) for fmt, path in outcome.paths.items()},
        }
    )
