"""A Dagster run and its `runs` row agree, whatever steps the run executes.

The nightly job starts with discovery, which opens the row. A run that materializes one asset from
the UI, or re-executes a failed run from its failed step, starts elsewhere: its first step opens the
row (keyed by the Dagster run id, linked to the run it re-executes), a failing step records the
failure, and the last step the run set out to execute marks it succeeded.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from parsers import PARSER_VERSION
from pipelines import steps, storage
from warehouse import runs as run_store
from warehouse import store

ASSET_ORDER = ("listing_pages", "article_pages", "notices", "control_list", "catalogue_screening", "digest")


def planned_assets(context: dg.AssetExecutionContext) -> tuple[str, ...]:
    """The regwatch assets this run executes, in execution order."""
    run = context.run
    keys: set[str] | None = None
    if run.execution_plan_snapshot_id:
        snapshot = context.instance.get_execution_plan_snapshot(run.execution_plan_snapshot_id)
        keys = {step.key for step in snapshot.steps}
    if run.step_keys_to_execute:
        keys = set(run.step_keys_to_execute) if keys is None else keys & set(run.step_keys_to_execute)
    if run.asset_selection:  # None or empty: the whole job (execute_in_process passes an empty set)
        selected = {key.to_user_string() for key in run.asset_selection}
        keys = selected if keys is None else keys & selected
    return tuple(name for name in ASSET_ORDER if keys is None or name in keys)


def lineage(context: dg.AssetExecutionContext) -> run_store.Lineage:
    run = context.run
    return run_store.Lineage(
        root_run_id=run.root_run_id,
        parent_run_id=run.parent_run_id,
        job_name=run.job_name,
        assets=planned_assets(context),
    )


def ensure_run(ctx: steps.RunContext) -> None:
    """Open the run's row if no earlier step of this run did (a partial run or a re-execution)."""
    storage.run_locks(ctx.warehouse).hold(ctx.run_id)
    if ctx.warehouse.exists():
        with ctx.warehouse.read() as con:
            if run_store.run_exists(con, ctx.run_id):
                return
    with ctx.write() as con:
        store.begin_run(con, ctx.run_id, ctx.trigger, ctx.as_of, PARSER_VERSION, ctx.now())
        if ctx.lineage is not None:
            run_store.record_lineage(con, ctx.run_id, ctx.lineage)


def fail(ctx: steps.RunContext, message: str) -> None:
    """Record a failed step on the run's row (when there is a warehouse to record it in)."""
    if not ctx.warehouse.exists():
        storage.run_locks(ctx.warehouse).release(ctx.run_id)
        return
    try:
        steps.finish(ctx, "failed", message[:500])
    except Exception as exc:  # the warehouse itself may be what failed; the step's error is what matters
        ctx.log(f"could not record the failure in the warehouse: {exc}")


def queued_urls(ctx: steps.RunContext) -> tuple[str | None, list[str]]:
    """The pages the fetch step works on, and which run's discovery queued them."""
    if not ctx.warehouse.exists():
        return None, []
    root = ctx.poll_run_id or (ctx.lineage.root_run_id if ctx.lineage else None)
    with ctx.warehouse.read() as con:
        owner = run_store.queue_owner(con, ctx.run_id, root)
        return owner, run_store.queued_urls(con, owner) if owner else []


def digest_preview(path: Path | str | None, limit: int) -> str | None:
    """The Markdown digest for the UI, cut at a line boundary when it is long."""
    if path is None or not Path(path).is_file():
        return None
    text = Path(path).read_text(encoding="utf-8")
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return (
        text[: cut if cut > 0 else limit] + "\n\n… (cut here: the full digest is in the files listed above)"
    )
