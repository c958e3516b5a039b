"""The nightly job's assets: thin wrappers that call one step each and report counts.

Nothing passes between assets in memory or through an IO manager: each step reads what the previous
one wrote to the warehouse (the fetch step reads the queue its discovery wrote), so any asset can be
materialized on its own and a failed run can be re-executed from the failed step.
"""

import contextlib
from collections.abc import Iterator

import dagster as dg

from pipelines import runs, steps
from pipelines.alerts import alerting
from pipelines.resources import HttpClient, RegwatchConfig, RunWarehouse
from pipelines.screen import catalogue
from pipelines.sources.polling import prefetched_from_tag
from pipelines.tabledocs import schema_metadata
from warehouse import runs as run_store
from warehouse.db import shared_reads

POLL_RUN_TAG = "regwatch/poll_run"  # on a run the night sensor launched: the poll run it continues
POOL = "regwatch_warehouse"  # one writer at a time (see README: `dagster instance concurrency set`)
PREVIEW_CHARS = 20_000  # the Markdown digest shown in the UI; the files hold all of it


def run_context(
    context: dg.AssetExecutionContext, config: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> steps.RunContext:
    tags = context.run.tags
    echo = tags.get("regwatch/echo") == "true"  # the CLI shows progress on stdout

    def log(message: str) -> None:
        context.log.info(message)
        if echo:
            from pipelines.cli import write_stdout

            write_stdout(message + "\n")

    ctx = steps.make_context(
        warehouse.settings(),
        trigger=tags.get("regwatch/trigger", "nightly"),
        run_id=context.run.run_id,
        log=log,
        fetcher=http.fetcher,
        new_only=tags.get("regwatch/new_only") == "true",
        warehouse=warehouse.store(),
        pending=warehouse.pending(),
    )
    ctx.lineage = warehouse.lineage(lambda: runs.lineage(context))
    ctx.prefetched = prefetched_from_tag(tags.get("regwatch/prefetched"), ctx.archive)
    ctx.poll_run_id = tags.get(POLL_RUN_TAG)
    return ctx


@contextlib.contextmanager
def warehouse_step(
    context: dg.AssetExecutionContext, config: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> Iterator[steps.RunContext]:
    """One step of a run: its `runs` row exists (whatever steps the run executes), a failure is
    recorded there, and the run's last step marks it succeeded."""
    ctx = run_context(context, config, http, warehouse)
    name = context.asset_key.to_user_string()
    try:
        with shared_reads(ctx.warehouse):
            if name != "listing_pages":  # discovery begins the run itself, in its own transaction
                runs.ensure_run(ctx)
            yield ctx
    except BaseException as exc:
        runs.fail(ctx, f"{name}: {type(exc).__name__}: {exc}")
        raise
    if ctx.lineage is not None and ctx.lineage.assets[-1:] == (name,) and not ctx.finished:
        steps.finish(ctx, "succeeded")


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    kinds={"http", "duckdb"},
    description=(
        "Listing pages walked back to known notices; new pages queued for fetching, or else the known "
        "pages due revalidated. Not materialized on a night with nothing new (the run ends there)."
    ),
    metadata=schema_metadata("listing_links", "fetch_log"),
    output_required=False,
)
def listing_pages(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> Iterator[dg.MaterializeResult]:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        night = steps.poll(ctx, screened=lambda: last_screening(context))
        if night.quiet:
            steps.finish(ctx, "succeeded", night.summary())
            # The sources were checked and nothing awaits delivery: both are up to date, and their
            # last-update freshness checks (pipelines/checks.py) count an observation that says when.
            checked = dg.MetadataValue.timestamp(ctx.now())
            for key in ("listing_pages", "digest"):
                context.log_event(
                    dg.AssetObservation(
                        asset_key=key,
                        metadata={"unchanged": night.summary(), "dagster/last_updated_timestamp": checked},
                    )
                )
            return
        with ctx.warehouse.read() as con:
            rows = run_store.row_count(con, "listing_links")
    result = night.discovery
    yield dg.MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "listing_pages": result.listing_pages,
            "links": result.links,
            "new_links": result.new_links,
            "listing_errors": len(result.listing_errors),
            "to_fetch": len(result.article_urls),
            "revalidated": night.revalidation.requested if night.revalidation else 0,
            "why": dg.MetadataValue.md("\n".join(f"- {line}" for line in night.work)),
            "listings": dg.MetadataValue.md(
                "\n".join(f"- <{url}>" for url in ctx.settings.listing_urls)
                + "".join(f"\n- **failed**: {error}" for error in result.listing_errors)
            ),
        }
    )


def last_screening(context: dg.AssetExecutionContext) -> str | None:
    """The fingerprint of the catalogue's last screening (pipelines/screen/catalogue.py), if any."""
    last = context.instance.get_latest_materialization_event(dg.AssetKey("catalogue_screening"))
    if last is None or last.asset_materialization is None:
        return None
    entry = last.asset_materialization.metadata.get("fingerprint")
    return str(entry.value) if entry is not None else None


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    kinds={"http", "duckdb"},
    deps=[listing_pages],
    description="Article pages and attachments, archived by sha256 (the pages the discovery queued).",
    metadata=schema_metadata("pages", "raw_objects"),
)
def article_pages(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> dg.MaterializeResult:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        owner, urls = runs.queued_urls(ctx)
        result = steps.fetch_pages(ctx, urls)
        with ctx.warehouse.read() as con:
            rows = run_store.row_count(con, "pages")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": rows,
            "queued_by_run": owner or "",
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
    kinds={"python", "duckdb"},
    deps=[article_pages],
    description="Notices, notice versions and control-list entries extracted from the archive.",
    metadata=schema_metadata("notices", "notice_versions", "control_entries"),
)
def notices(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> dg.MaterializeResult:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        result = steps.parse_pages(ctx)
        with ctx.warehouse.read() as con:
            rows = run_store.row_count(con, "notices")
            written = run_store.notices_of_run(con, ctx.run_id)
    metadata: dict[str, dg.RawMetadataValue] = {
        "dagster/row_count": rows,
        "pages": result.pages,
        "new_notices": result.notices_new,
        "new_versions": result.versions_new,
        "entries": result.entries,
        "aliases": result.aliases,
        "data_issues": result.issues,
        "notices_this_run": dg.MetadataValue.md(_notice_links(written)),
    }
    if written:
        metadata["latest_notice"] = dg.MetadataValue.url(written[0].url)
    return dg.MaterializeResult(metadata=metadata)


def _notice_links(written: list[run_store.RunNotice]) -> str:
    if not written:
        return "No notice was new or changed in this run."
    lines = ["| notice | version | title |", "| --- | --- | --- |"]
    for n in written:
        title = n.title_zh.replace("|", "\\|")
        lines.append(f"| [{n.number_zh}]({n.url}) (`{n.notice_id}`) | {n.version} | {title} |")
    return "\n".join(lines)


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    kinds={"duckdb"},
    deps=[notices],
    description="The list in force rebuilt from events, and the changes since the previous list version.",
    metadata=schema_metadata("controls_current", "control_periods", "changes"),
)
def control_list(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> dg.MaterializeResult:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        result = steps.build(ctx)
        with ctx.warehouse.read() as con:
            rows = run_store.row_count(con, "controls_current")
    metadata: dict[str, dg.RawMetadataValue] = {
        "dagster/row_count": rows,
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
    kinds={"duckdb", "html"},
    deps=[control_list],
    description="REGWATCH_CATALOGUE screened against the list, whenever the list or the catalogue changes.",
)
def catalogue_screening(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> dg.MaterializeResult:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        outcome = catalogue.screen_nightly(ctx.settings, ctx.as_of, ctx.run_id, last_screening(context))
        if ctx.settings.catalogue is not None:
            ctx.log(f"catalogue: {'screened' if outcome.screened else 'not screened'} ({outcome.reason})")
    metadata: dict[str, dg.RawMetadataValue] = {"screened": outcome.screened, "reason": outcome.reason}
    if outcome.fingerprint:
        metadata["fingerprint"] = outcome.fingerprint
    metadata.update({f"rows_{k}": n for k, n in (outcome.counts or {}).items()})
    if outcome.counts:
        metadata["dagster/row_count"] = sum(outcome.counts.values())
    if outcome.report_path:
        metadata["report"] = dg.MetadataValue.path(str(outcome.report_path))
    return dg.MaterializeResult(metadata=metadata)


@dg.asset(
    pool=POOL,
    group_name="regwatch",
    kinds={"email", "markdown", "html"},
    deps=[control_list, catalogue_screening],
    description="The digest for counsel, rendered and delivered once per recipient set.",
    metadata=schema_metadata("changes", "deliveries", "delivery_targets"),
)
def digest(
    context: dg.AssetExecutionContext, regwatch: RegwatchConfig, http: HttpClient, warehouse: RunWarehouse
) -> dg.MaterializeResult:
    with warehouse_step(context, regwatch, http, warehouse) as ctx:
        outcome = alerting.deliver(ctx, urgent=ctx.trigger == "watch")
        if outcome.failures:
            raise dg.Failure(
                f"digest delivery failed: {outcome.failures}; it will be retried on the next run",
                metadata={f"failed_{channel}": error for channel, error in outcome.failures.items()},
            )
    metadata: dict[str, dg.RawMetadataValue] = {
        "dagster/row_count": outcome.changes,
        "summary": outcome.summary,
        "changes": outcome.changes,
        **{f"delivered_{channel}": n for channel, n in outcome.delivered.items()},
        **{f"file_{fmt}": dg.MetadataValue.path(str(path)) for fmt, path in outcome.paths.items()},
    }
    preview = runs.digest_preview(outcome.paths.get("md"), PREVIEW_CHARS)
    if preview:
        metadata["preview"] = dg.MetadataValue.md(preview)
    return dg.MaterializeResult(metadata=metadata)
