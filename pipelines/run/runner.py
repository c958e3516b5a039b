"""The run from end to end without Dagster (`regwatch watch`, the tests, the benchmark), and its end."""

from __future__ import annotations

from collections import Counter

from pipelines import storage
from pipelines.alerts import alerting
from pipelines.run.build import BuildSummary, build
from pipelines.run.context import RunContext
from pipelines.run.events import event
from pipelines.run.fetch import fetch_pages
from pipelines.run.parse import parse_pages
from pipelines.run.poll import poll
from warehouse import store
from warehouse.db import shared_reads


def finish(ctx: RunContext, status: store.RunStatus, message: str | None = None) -> None:
    event(ctx, "run", "finished", status=status, message=message)
    ctx.finished = True
    try:
        with ctx.write() as con:
            store.finish_run(con, ctx.run_id, status, ctx.now(), message)
    finally:
        storage.run_locks(ctx.warehouse).release(ctx.run_id)


def known_urls(ctx: RunContext) -> set[str]:
    if not ctx.warehouse.exists():
        return set()
    with ctx.warehouse.read() as con:
        return store.known_listing_urls(con)


def run_all(ctx: RunContext, *, urgent: bool = False) -> BuildSummary:
    """Every step in order; a failure is recorded on the run's row before it propagates."""
    try:
        with shared_reads(ctx.warehouse):  # dozens of reads: one open per published file, not per read
            night = poll(ctx)
            if night.quiet:  # recorded in one write transaction, and nothing else to do
                finish(ctx, "succeeded", night.summary())
                version, periods = night.list_version
                return BuildSummary(version, False, periods, False, Counter(), 0)
            if night.revalidation is None:  # else the poll revalidated the known pages itself
                fetch_pages(ctx, night.discovery.article_urls)
            parse_pages(ctx)
            summary = build(ctx)
            outcome = alerting.deliver(ctx, urgent=urgent)
    except BaseException as exc:
        if ctx.warehouse.exists():
            finish(ctx, "failed", f"{type(exc).__name__}: {exc}"[:500])
        raise
    finish(ctx, "failed" if outcome.failures else "succeeded", "; ".join(outcome.failures.values()) or None)
    return summary
