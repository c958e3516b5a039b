"""Step 4: the list in force on the run's date, its new version, and the changes from the last one."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import duckdb

from pipelines.run.context import RunContext
from pipelines.run.events import event
from warehouse import buildstate, store
from warehouse import parties as party_store
from warehouse.lists import Change, build_list
from warehouse.vocabulary import ALERTING_CAUSES, ChangeType


@dataclass
class BuildSummary:
    list_version: int | None
    new_list_version: bool
    periods: int
    baseline: bool
    changes: Counter[ChangeType]
    alerts: int


def build(ctx: RunContext) -> BuildSummary:
    with ctx.warehouse.read() as con:
        if buildstate.build_is_current(con, ctx.run_id, ctx.as_of, store.notices_not_yet_listed(con)):
            return _unchanged(ctx, con)
    now = ctx.now()
    with ctx.write() as con:
        touched = store.notices_not_yet_listed(con)
        inputs = buildstate.inputs_fingerprint(con)
        result = build_list(con, ctx.run_id, ctx.as_of, touched)
        parties = party_store.build_parties(
            con,
            ctx.run_id,
            ctx.as_of,
            touched,
            goods_list_version=result.list_version,
            goods_new_version=result.new_list_version,
            baseline=result.baseline,
        )
        for start in range(0, len(result.changes), store.BULK_CHUNK):  # a first build has 100,000s
            chunk = result.changes[start : start + store.BULK_CHUNK]
            store.write_changes(con, ctx.run_id, result.list_version, [change_row(c) for c in chunk], now)
        party_store.write_party_changes(con, ctx.run_id, parties.list_version, parties.changes, now)
        store.add_issues(con, ctx.run_id, now, [*result.issues, *parties.issues])
        store.mark_list_built(con, ctx.run_id, now, inputs)
        if result.baseline:
            store.mark_baseline(con, ctx.run_id)
    counts = Counter(c.change_type for c in result.changes)
    party_counts = Counter(c.change_type for c in parties.changes)
    alerts = sum(1 for c in result.changes if c.cause in ALERTING_CAUSES) + sum(
        1 for c in parties.changes if c.cause in ALERTING_CAUSES
    )
    event(
        ctx,
        "build",
        "list_version",
        list_version=result.list_version,
        new=result.new_list_version,
        changes=dict(counts),
        party_changes=dict(party_counts) or None,
        alerts=alerts,
    )
    label = "baseline (recorded, not alerted)" if result.baseline else f"{alerts} to alert"
    ctx.log(
        f"list version {result.list_version}{' (new)' if result.new_list_version else ' (unchanged)'}: "
        f"{result.periods} periods; changes {dict(counts) or 'none'}; {label}"
    )
    if parties.periods or parties.changes:
        ctx.log(
            f"parties: list version {parties.list_version}: {parties.periods} periods; "
            f"changes {dict(party_counts) or 'none'}"
        )
    return BuildSummary(
        result.list_version, result.new_list_version, result.periods, result.baseline, counts, alerts
    )


def _unchanged(ctx: RunContext, con: duckdb.DuckDBPyConnection) -> BuildSummary:
    """The summary of a build that had nothing to do: no write, no copy of the warehouse."""
    list_version, periods = buildstate.current_list_version(con)
    event(ctx, "build", "list_version", list_version=list_version, new=False, changes={}, alerts=0)
    ctx.log(f"list version {list_version} (unchanged): nothing new since the last build; not rebuilt")
    return BuildSummary(list_version, False, periods, False, Counter(), 0)


def _last_day(window_to: dt.date | None) -> dt.date | None:
    # Periods end exclusive; counsel read the last day the window covers.
    return window_to - dt.timedelta(days=1) if window_to else None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def change_row(change: Change) -> store.ChangeRow:
    """One change as `changes` stores it: a suspension is dated by its window, not by the entry."""
    attrs = dict(change.state.attrs)
    effective = change.state.effective_on
    window_until = None
    cause_notice = None
    if change.change_type == "suspended":
        effective = change.state.window_from
        window_until = _last_day(change.state.window_to)
        cause_notice = change.state.status_notice_id
    elif change.change_type == "added" and change.state.status == "suspended":
        # Listed and already suspended (No. 61 first read after No. 70): say so, not "controlled".
        window_until = _last_day(change.state.window_to)
        cause_notice = change.state.status_notice_id
        change.detail["window_from"] = (
            change.state.window_from.isoformat() if change.state.window_from else None
        )
        change.detail["window_until"] = window_until.isoformat() if window_until else None
    elif change.change_type == "reinstated":
        effective = change.state.window_from
        cause_notice = str(change.detail.get("from")) if change.detail.get("from") else None
    hs_codes = attrs.get("hs_codes") or ()
    return store.ChangeRow(
        change_type=change.change_type,
        cause=change.cause,
        alert=change.cause in ALERTING_CAUSES,
        entry_key=change.entry_key,
        control_code=_text(attrs.get("control_code")),
        name_zh=str(attrs.get("name_zh")),
        name_en=_text(attrs.get("name_en")),
        hs_codes=[str(code) for code in hs_codes] if isinstance(hs_codes, list | tuple) else [],
        kind=_text(attrs.get("kind")),
        category_zh=_text(attrs.get("category_zh")),
        notice_id=change.state.notice_id,
        cause_notice_id=cause_notice,
        effective_on=effective,
        window_until=window_until,
        detail=change.detail,
    )
