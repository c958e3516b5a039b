"""The list in force, rebuilt from events, and the diff between list versions.

MOFCOM publishes a stream of announcements, not a list. Each build replays every current notice
version's events — an entry is added from its notice's effective date; suspensions cover their
window (inclusive of the printed end date); resumptions cut a suspension short; repeals end it —
into *periods* per entry key. Periods are stored bitemporally (`known_from_lv`/`known_to_lv`), so
both "what is in force on date d" and "what did we believe at list version n" stay answerable.

Changes compare the snapshot of the previous build with the new one and are classified by cause:
`scheduled` when time alone moved the state (a suspension window ran out), `regulatory` when a new
or edited notice did, `reparse` when only a parser upgrade re-reading unchanged pages did (not
alerted), and `baseline` on the very first build (recorded, not alerted).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import duckdb
from deepdiff import DeepDiff

from parsers.clause_scope import entry_scope, names_list, within_clause
from parsers.model import EntryStatus, RelationType
from warehouse.store import IssueRow, bulk_insert
from warehouse.vocabulary import ChangeType

ATTR_FIELDS = ("control_code", "name_zh", "name_en", "hs_codes", "kind", "category_zh")
_FAR_PAST = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class Source:
    """One notice listing one entry key."""

    entry_key: str
    notice_id: str
    version: int
    clause: str | None  # the entry's path in the body (一/(一)/7), or 附件: what clause-level events name
    start: dt.date
    attrs: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class Event:
    relation: (
        RelationType  # suspends, resumes, repeals or lifts (ends entries as a repeal does); never amends
    )
    actor_notice_id: str
    target_notice_id: str
    clause: str | None
    start: dt.date
    until: dt.date | None  # inclusive


@dataclass(frozen=True, slots=True)
class Period:
    entry_key: str
    notice_id: str
    version: int
    valid_from: dt.date
    valid_to: dt.date | None
    status: EntryStatus
    status_notice_id: str | None
    attrs: tuple[tuple[str, object], ...]
    effective_on: dt.date

    def row(self) -> tuple[object, ...]:
        a = dict(self.attrs)
        return (
            self.entry_key,
            self.notice_id,
            self.version,
            self.valid_from,
            self.valid_to,
            self.status,
            self.status_notice_id,
            a["control_code"],
            a["name_zh"],
            a["name_en"],
            tuple(a["hs_codes"]),  # type: ignore[arg-type]
            a["kind"],
            a["category_zh"],
            self.effective_on,
        )


@dataclass(frozen=True, slots=True)
class State:
    """An entry's state in a snapshot."""

    status: EntryStatus  # pending, in_force or suspended
    notice_id: str
    effective_on: dt.date
    status_notice_id: str | None
    window_from: dt.date
    window_to: dt.date | None
    attrs: tuple[tuple[str, object], ...]


def unmatched_scopes(sources: Iterable[Source], events: Iterable[Event]) -> list[IssueRow]:
    """Events naming a part of a target's list that no entry of the target is printed under.

    Such an event (所附清单第三部分…不再适用, 第二款中涉及…的内容不再适用 where clause 二 lists entries)
    changes no entry, so the list keeps the part in force; the data issue says so instead of leaving it
    silent. A clause that does not name the list (二, a licence procedure) is not reported: it is a part
    of the notice's measures, not of its list."""
    clauses: dict[str, set[str | None]] = defaultdict(set)
    for source in sources:
        clauses[source.notice_id].add(source.clause)
    issues = []
    for e in events:
        listed = clauses.get(e.target_notice_id)
        if e.clause is None or not listed or any(_under(c, e.clause) for c in listed):
            continue  # reaches entries
        within = within_clause(e.clause)
        if not names_list(e.clause) and not (within and any(_under(c, within) for c in listed)):
            continue  # names something other than the list (a procedure, a clause without entries)
        message = (
            f"{e.actor_notice_id} {e.relation} part of {e.target_notice_id} ({e.clause}), which no entry of "
            f"{e.target_notice_id} is printed under: no entry was changed, so the part stays as it was "
            "in the list; check which entries it means"
        )
        issues.append(IssueRow("relation_scope_unresolved", message, "warning", e.actor_notice_id))
    return issues


def _applies(event: Event, source: Source) -> bool:
    return event.target_notice_id == source.notice_id and (
        event.clause is None or _under(source.clause, event.clause)
    )


def _under(path: str | None, clause: str) -> bool:
    """Whether an entry at `path` is inside the part `clause` names: 二 holds 二/(一)/3, 一/(一)/7 only itself."""
    return path is not None and (path == clause or path.startswith(clause + "/"))


def compute_periods(sources: Iterable[Source], events: Iterable[Event]) -> list[Period]:
    """Replay the events into non-overlapping periods per entry key."""
    by_key: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        by_key[source.entry_key].append(source)
    event_list = list(events)
    periods: list[Period] = []
    for key, key_sources in sorted(by_key.items()):
        relevant = [e for e in event_list if any(_applies(e, s) for s in key_sources)]
        points = {s.start for s in key_sources}
        for event in relevant:
            points.add(event.start)
            if event.until is not None:
                points.add(event.until + dt.timedelta(days=1))
        ordered = sorted(points)
        current: list[Period] = []
        for index, start in enumerate(ordered):
            end = ordered[index + 1] if index + 1 < len(ordered) else None
            state = _state_at(start, key_sources, relevant)
            if state is None:
                continue
            source, status, suspender = state
            previous = current[-1] if current else None
            if (
                previous is not None
                and previous.valid_to == start
                and (
                    previous.notice_id,
                    previous.version,
                    previous.status,
                    previous.status_notice_id,
                    previous.attrs,
                )
                == (source.notice_id, source.version, status, suspender, source.attrs)
            ):
                current[-1] = dataclasses.replace(previous, valid_to=end)
                continue
            current.append(
                Period(
                    entry_key=key,
                    notice_id=source.notice_id,
                    version=source.version,
                    valid_from=start,
                    valid_to=end,
                    status=status,
                    status_notice_id=suspender,
                    attrs=source.attrs,
                    effective_on=source.start,
                )
            )
        periods.extend(current)
    return periods


def _state_at(
    day: dt.date, sources: list[Source], events: list[Event]
) -> tuple[Source, EntryStatus, str | None] | None:
    active = []
    for source in sources:
        if source.start > day:
            continue
        # A lift (停止…措施, 取消临时出口管制) ends what it names just as a repeal does.
        repealed = any(
            e.relation in ("repeals", "lifts") and _applies(e, source) and e.start <= day for e in events
        )
        if repealed:
            continue
        suspender = None
        for event in events:
            if event.relation != "suspends" or not _applies(event, source):
                continue
            if event.start <= day and (event.until is None or day <= event.until):
                resumed = any(
                    r.relation == "resumes" and _applies(r, source) and event.start < r.start <= day
                    for r in events
                )
                if not resumed:
                    suspender = event.actor_notice_id
        active.append((source, suspender))
    if not active:
        return None
    # The most recent listing defines the entry; an unsuspended listing keeps it in force.
    active.sort(key=lambda pair: (pair[0].start, pair[0].notice_id))
    in_force = [pair for pair in active if pair[1] is None]
    if in_force:
        return in_force[-1][0], "in_force", None
    source, suspender = active[-1]
    return source, "suspended", suspender


def snapshot(periods: Iterable[Period], day: dt.date) -> dict[str, State]:
    """What is in force (or pending, or suspended) on `day`, by entry key."""
    by_key: dict[str, list[Period]] = defaultdict(list)
    for period in periods:
        by_key[period.entry_key].append(period)
    result: dict[str, State] = {}
    for key, key_periods in by_key.items():
        key_periods.sort(key=lambda p: p.valid_from)
        covering = next(
            (p for p in key_periods if p.valid_from <= day and (p.valid_to is None or day < p.valid_to)), None
        )
        if covering is not None:
            result[key] = State(
                covering.status,
                covering.notice_id,
                covering.effective_on,
                covering.status_notice_id,
                covering.valid_from,
                covering.valid_to,
                covering.attrs,
            )
            continue
        upcoming = next((p for p in key_periods if p.valid_from > day), None)
        if upcoming is not None:
            status: EntryStatus = "pending" if upcoming.status == "in_force" else "suspended"
            result[key] = State(
                status,
                upcoming.notice_id,
                upcoming.effective_on,
                upcoming.status_notice_id,
                upcoming.valid_from,
                upcoming.valid_to,
                upcoming.attrs,
            )
    return result


@dataclass(frozen=True, slots=True)
class Change:
    change_type: ChangeType
    entry_key: str
    state: State  # the new state, or the old one for `removed`
    detail: dict[str, object]
    cause: str


def _field_changes(old: dict[str, object], new: dict[str, object]) -> dict[str, dict[str, object]]:
    """Field-level differences between two records of one entry, from deepdiff."""
    if old == new:
        return {}  # the common case: deepdiff costs ~0.1 ms a call, an equality test nothing
    diff = DeepDiff(old, new, ignore_order=False, verbose_level=2)
    fields: dict[str, dict[str, object]] = {}
    for section in (
        "values_changed",
        "type_changes",
        "iterable_item_added",
        "iterable_item_removed",
        "dictionary_item_added",
        "dictionary_item_removed",
    ):
        for path in diff.get(section, {}):
            name = path.split("[", 2)[1].split("]")[0].strip("'\"") if "[" in path else path
            if name in old or name in new:
                fields[name] = {"old": _jsonable(old.get(name)), "new": _jsonable(new.get(name))}
    return fields


def _jsonable(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def diff_records(
    old: list[dict[str, object]], new: list[dict[str, object]], key: str = "entry_key"
) -> dict[str, object]:
    """Entry-by-entry diff of two record lists: added / removed keys and field-level modifications.

    deepdiff's `group_by` silently keeps the last of duplicate keys and falls back to positional
    comparison when a key is missing, so keys are validated first.
    """
    for label, records in (("old", old), ("new", new)):
        keys = [r.get(key) for r in records]
        if any(k in (None, "") for k in keys):
            raise ValueError(f"{label} records lack {key!r}")
        if len(set(keys)) != len(keys):
            raise ValueError(f"{label} records have duplicate {key!r} values")
    old_by = {r[key]: r for r in old}
    new_by = {r[key]: r for r in new}
    modified: dict[str, object] = {}
    for k in sorted(old_by.keys() & new_by.keys(), key=str):
        fields = _field_changes(old_by[k], new_by[k])
        if fields:
            modified[str(k)] = fields
    return {
        "added": sorted(str(k) for k in new_by.keys() - old_by.keys()),
        "removed": sorted(str(k) for k in old_by.keys() - new_by.keys()),
        "modified": modified,
    }


def diff_snapshots(  # noqa: C901 — one case per change type between two list versions
    before: dict[str, State],
    after: dict[str, State],
    time_only: dict[str, State],
    touched_notices: set[str],
    baseline: bool,
) -> list[Change]:
    """Changes from `before` to `after`.

    `time_only` is the old knowledge evaluated on the new date: keys that differ between `before`
    and `time_only` changed because a date passed (a window ended), not because of a new page.
    """
    changes: list[Change] = []

    def cause_for(key: str, *states: State | None) -> str:
        if baseline:
            return "baseline"
        if before.get(key) != time_only.get(key) and time_only.get(key) == after.get(key):
            return "scheduled"
        notices = {s.notice_id for s in states if s} | {
            s.status_notice_id for s in states if s and s.status_notice_id
        }
        return "regulatory" if notices & touched_notices else "reparse"

    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None and new is not None:
            detail: dict[str, object] = {"status": new.status}
            changes.append(Change("added", key, new, detail, cause_for(key, new)))
            continue
        if new is None and old is not None:
            changes.append(Change("removed", key, old, {"status": old.status}, cause_for(key, old)))
            continue
        assert old is not None and new is not None
        active = ("pending", "in_force")
        if old.status in active and new.status == "suspended":
            detail = {
                "window_from": new.window_from.isoformat(),
                "window_until": (new.window_to - dt.timedelta(days=1)).isoformat() if new.window_to else None,
            }
            changes.append(Change("suspended", key, new, detail, cause_for(key, old, new)))
        elif old.status == "suspended" and new.status in active:
            changes.append(
                Change("reinstated", key, new, {"from": old.status_notice_id}, cause_for(key, old, new))
            )
        fields: dict[str, object] = dict(_field_changes(dict(old.attrs), dict(new.attrs)))
        if old.notice_id != new.notice_id:
            fields["notice_id"] = {"old": old.notice_id, "new": new.notice_id}
        if old.effective_on != new.effective_on and old.status in active and new.status in active:
            # (a notice re-dated: in force from another's day of force, or its own day corrected or put off)
            fields["effective_on"] = {"old": _iso(old.effective_on), "new": _iso(new.effective_on)}
        if fields:
            changes.append(Change("modified", key, new, fields, cause_for(key, old, new)))
    return changes


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


# -- warehouse I/O ---------------------------------------------------------------------------


# What the list is built from (also fingerprinted whole by warehouse.buildstate, so keep them the only inputs).
SOURCES_SQL = """
    SELECT e.entry_key, e.notice_id, e.version, CASE WHEN e.source = 'body' THEN e.path ELSE '附件' END AS clause,
           coalesce(e.effective_on, n.effective_on, n.published_on, DATE '1900-01-01') AS start,
           e.control_code, e.name_zh, e.name_en, e.hs_codes, e.kind, e.category_zh
    FROM control_entries e
    JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version
    ORDER BY e.notice_id, e.entry_key
"""
# Rows of the build's inputs fetched at a time: DuckDB's whole result as Python rows was a third of a
# 5,000-notice first build's peak memory.
INPUT_CHUNK = 10_000

EVENTS_SQL = """
    SELECT r.relation, r.notice_id, r.target_notice_id, r.clause,
           coalesce(r.window_from, n.effective_on, n.published_on) AS start, r.window_until
    FROM current_relations r JOIN notice_records n USING (notice_id)
    WHERE r.target_notice_id IS NOT NULL AND r.relation IN ('suspends', 'resumes', 'repeals', 'lifts')
"""


def load_inputs(con: duckdb.DuckDBPyConnection) -> tuple[list[Source], list[Event]]:
    """The sources and events of the build, read a chunk at a time.

    Every value a row shares with others (its notice, clause, start, kind and category, and the
    attributes it lacks) is kept once:
    DuckDB hands back a new object per cell, and at 5,000 notices those copies were about 50 MB of
    the build's peak."""
    shared: dict[object, object] = {}

    def one(value: object) -> Any:
        return shared.setdefault(value, value)

    sources: list[Source] = []
    result = con.execute(SOURCES_SQL)
    while rows := result.fetchmany(INPUT_CHUNK):
        sources.extend(
            Source(
                entry_key=r[0],
                notice_id=one(r[1]),
                version=r[2],
                clause=one(r[3] or None),
                start=one(r[4]),
                attrs=(
                    one((ATTR_FIELDS[0], r[5])) if r[5] is None else (ATTR_FIELDS[0], r[5]),
                    (ATTR_FIELDS[1], r[6]),
                    one((ATTR_FIELDS[2], r[7])) if r[7] is None else (ATTR_FIELDS[2], r[7]),
                    (ATTR_FIELDS[3], tuple(r[8])) if r[8] else one((ATTR_FIELDS[3], ())),
                    one((ATTR_FIELDS[4], r[9])),
                    one((ATTR_FIELDS[5], one(r[10]))),
                ),
            )
            for r in rows
        )
    event_rows = con.execute(EVENTS_SQL).fetchall()
    events = [Event(r[0], r[1], r[2], entry_scope(r[3]), r[4] or _FAR_PAST, r[5]) for r in event_rows]
    return sources, events


def refresh_in_force(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite `control_periods_current` (migration 0008) from the current list version's periods.

    A list version changes a handful of times a year and `controls_as_of` is called in loops, so the
    ranking of upcoming periods is paid here, once, instead of on every call."""
    con.execute("DELETE FROM control_periods_current")
    con.execute(
        """
        INSERT INTO control_periods_current
        SELECT entry_key, notice_id, version, valid_from, valid_to, status, status_notice_id, control_code,
               name_zh, name_en, hs_codes, kind, category_zh, effective_on,
               max(coalesce(valid_to, DATE 'infinity')) OVER (
                   PARTITION BY entry_key ORDER BY valid_from, notice_id, version
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
               )
        FROM control_periods WHERE known_to_lv IS NULL
        ORDER BY valid_from, entry_key
        """
    )


def load_periods(con: duckdb.DuckDBPyConnection) -> list[Period]:
    rows = con.execute(
        """
        SELECT entry_key, notice_id, version, valid_from, valid_to, status, status_notice_id,
               control_code, name_zh, name_en, hs_codes, kind, category_zh, effective_on
        FROM control_periods WHERE known_to_lv IS NULL
        """
    ).fetchall()
    return [
        Period(
            entry_key=r[0],
            notice_id=r[1],
            version=r[2],
            valid_from=r[3],
            valid_to=r[4],
            status=r[5],
            status_notice_id=r[6],
            attrs=tuple(zip(ATTR_FIELDS, (r[7], r[8], r[9], tuple(r[10]), r[11], r[12]), strict=True)),
            effective_on=r[13],
        )
        for r in rows
    ]


def _periods_digest(periods: list[Period]) -> str:
    """sha256 of the periods' JSON rows in the order of their identity (entry key, notice, version,
    start), hashed one by one: sorting the JSON text itself held a second copy of every period (about
    50 MB at 5,000 notices) at the build's peak."""
    digest = hashlib.sha256(b"[")
    ordered = sorted(periods, key=lambda p: (p.entry_key, p.notice_id, p.version, p.valid_from))
    for n, period in enumerate(ordered):
        row = json.dumps(period.row(), default=str, ensure_ascii=False)
        digest.update((", " if n else "").encode() + row.encode("utf-8"))
    digest.update(b"]")
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class BuildResult:
    list_version: int | None
    new_list_version: bool
    periods: int
    changes: list[Change]
    baseline: bool
    issues: list[IssueRow] = field(default_factory=list)


def build_list(
    con: duckdb.DuckDBPyConnection, run_id: str, as_of: dt.date, touched_notices: set[str]
) -> BuildResult:
    """Rebuild periods from the current notices, store a new list version if they differ, diff."""
    previous_lv_row = con.execute("SELECT max(list_version) FROM list_versions").fetchone()
    previous_lv = previous_lv_row[0] if previous_lv_row else None
    previous_as_of_row = con.execute(
        "SELECT as_of FROM runs WHERE list_built AND run_id <> ? ORDER BY list_built_at DESC LIMIT 1",
        [run_id],
    ).fetchone()
    previous_as_of = previous_as_of_row[0] if previous_as_of_row else as_of
    old_periods = load_periods(con)
    sources, events = load_inputs(con)
    new_periods = compute_periods(sources, events)
    issues = unmatched_scopes(sources, events)
    del sources  # the periods keep what they need of them; the rest is freed before the diff
    digest = _periods_digest(new_periods)
    old_digest = _periods_digest(old_periods)
    baseline = previous_lv is None
    list_version = previous_lv
    created = False
    if digest != old_digest or previous_lv is None:
        list_version = (previous_lv or 0) + 1
        created = True
        old_rows = {p.row() for p in old_periods}
        new_rows = {p.row() for p in new_periods}
        gone = old_rows - new_rows
        fresh = new_rows - old_rows
        if gone:
            keys = [[r[0], r[1], r[2], r[3]] for r in gone]
            con.execute(
                "UPDATE control_periods SET known_to_lv = ? FROM (SELECT unnest(?::VARCHAR[]) AS k, "
                "unnest(?::VARCHAR[]) AS n, unnest(?::INTEGER[]) AS v, unnest(?::DATE[]) AS f) g "
                "WHERE known_to_lv IS NULL AND entry_key = g.k AND notice_id = g.n AND version = g.v "
                "AND valid_from = g.f",
                [list_version, *[list(c) for c in zip(*keys, strict=True)]],
            )
        bulk_insert(
            con,
            "control_periods",
            [
                ("entry_key", "VARCHAR"),
                ("notice_id", "VARCHAR"),
                ("version", "INTEGER"),
                ("valid_from", "DATE"),
                ("valid_to", "DATE"),
                ("status", "VARCHAR"),
                ("status_notice_id", "VARCHAR"),
                ("control_code", "VARCHAR"),
                ("name_zh", "VARCHAR"),
                ("name_en", "VARCHAR"),
                ("hs_codes", "VARCHAR[]"),
                ("kind", "VARCHAR"),
                ("category_zh", "VARCHAR"),
                ("effective_on", "DATE"),
                ("known_from_lv", "INTEGER"),
            ],
            [[*r[:10], list(cast(tuple[str, ...], r[10])), *r[11:], list_version] for r in fresh],
        )
        con.execute(
            "INSERT INTO list_versions VALUES (?, ?, now(), ?, ?, ?)",
            [list_version, run_id, as_of, len(new_periods), digest],
        )
        refresh_in_force(con)
        del old_rows, new_rows, gone, fresh  # a row tuple per period each: freed before the diff
    before = snapshot(old_periods, previous_as_of)
    time_only = snapshot(old_periods, as_of)
    after = snapshot(new_periods, as_of)
    changes = diff_snapshots(before, after, time_only, touched_notices, baseline)
    return BuildResult(list_version, created, len(new_periods), changes, baseline, issues)
