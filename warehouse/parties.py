"""The entity lists in the warehouse: party rows, stable party keys, periods, and their changes.

Parties follow the goods machinery (`warehouse.lists`) on purpose: each build replays every current
notice version's party events — a listing from its effective date, a suspension over its window
(printed end inclusive), a reinstatement cutting it short, a removal (移出 / 停止执行相关措施) ending
it — into periods per (party, list), stored bitemporally in `party_periods`, and diffs the snapshot
of the previous build with the new one into `changes` rows `listed` / `removed` / `suspended` /
`reinstated` (and `modified` when a later notice changes a listed party's measures or names).

A party's key is the first identity it was seen under — its normalized English name, else its
normalized Chinese name — and any later row matching one of its names (English, Chinese, alias)
takes the same key: the same firm listed again, or moved from the watch list to the control list,
is one party. Listing a party on the control list ends its watch-list period from that day (the
stronger list supersedes the weaker one; recorded as `removed` with `moved_to`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import duckdb

from parsers.model import RelationType
from parsers.parties import LIST_LABELS_ZH, country_code, identity_names
from parsers.party_records import Party, PartyAction, PartyRef
from warehouse.lists import Change, Event, Period, Source, State, compute_periods, diff_snapshots, snapshot
from warehouse.store import ContentBatch, IssueRow, bulk_insert
from warehouse.vocabulary import ALERTING_CAUSES, PartyChangeType

ATTRS = ("name_zh", "name_en", "aliases", "country", "includes_branches", "measures", "quote_zh")
_SEP = "\x1f"
_RELATION: dict[PartyAction, RelationType] = {
    "suspended": "suspends",
    "reinstated": "resumes",
    "removed": "repeals",
}


# -- keys ----------------------------------------------------------------------------------------


@dataclass
class PartyRegistry:
    """Identity names → party key, loaded once per parse step and extended as notices are read."""

    by_name: dict[str, str] = field(default_factory=dict)
    notices_with_rows: set[tuple[str, int]] = field(default_factory=set)

    def key_for(self, party: Party) -> tuple[str, str | None]:
        """The party's key, and a note when its names point at two different known parties."""
        names = identity_names(party.name_zh, party.name_en, party.aliases)
        hits = [self.by_name[n] for n in names if n in self.by_name]
        key = hits[0] if hits else (names[0] if names else "zh:" + party.name_zh)
        for name in names:
            self.by_name.setdefault(name, key)
        conflict = None
        if len(set(hits)) > 1:
            conflict = f"{party.name_zh} matches parties {sorted(set(hits))}; kept {key}"
        return key, conflict


def load_registry(con: duckdb.DuckDBPyConnection) -> PartyRegistry:
    registry = PartyRegistry()
    rows = con.execute(
        """
        SELECT pe.party_key, pe.name_zh, pe.name_en, pe.aliases, min(coalesce(n.first_seen, now())) AS seen
        FROM party_entries pe LEFT JOIN notice_records n USING (notice_id)
        GROUP BY ALL ORDER BY seen, pe.party_key
        """
    ).fetchall()
    for key, name_zh, name_en, aliases, _ in rows:
        for name in identity_names(name_zh, name_en, list(aliases or ())):
            registry.by_name.setdefault(name, key)
    registry.notices_with_rows = {
        (r[0], r[1])
        for r in con.execute(
            "SELECT DISTINCT notice_id, version FROM party_entries UNION "
            "SELECT DISTINCT notice_id, version FROM party_events"
        ).fetchall()
    }
    return registry


# -- writes --------------------------------------------------------------------------------------


def record_parties(
    batch: ContentBatch,
    registry: PartyRegistry,
    notice_id: str,
    version: int,
    parties: Sequence[Party],
    refs: Sequence[PartyRef],
    source_sha256: dict[str, str],
    parser_version: str,
) -> list[tuple[str, str, str | None]]:
    """Replace what one notice version says about parties (in `batch`); returns data issues (code,
    message, line).

    `source_sha256` maps "body" and attachment URLs to the archived bytes the rows were read from.
    """
    if not parties and not refs and (notice_id, version) not in registry.notices_with_rows:
        return []
    issues: list[tuple[str, str, str | None]] = []
    rows = []
    for seq, party in enumerate(parties, start=1):
        key, conflict = registry.key_for(party)
        if conflict:
            issues.append(("party_identity_conflict", conflict, party.quote_zh))
        rows.append(
            [
                notice_id,
                version,
                seq,
                key,
                party.list,
                party.action,
                party.name_zh,
                party.name_en,
                list(party.aliases),
                party.country,
                party.address,
                party.includes_branches,
                list(party.measures),
                party.effective_on,
                party.window_until,
                party.quote_zh,
                party.source,
                source_sha256.get(party.source) or source_sha256.get("body", ""),
                parser_version,
            ]
        )
    batch.replace("party_entries", notice_id, version, rows)
    batch.replace(
        "party_events",
        notice_id,
        version,
        [
            [
                notice_id,
                version,
                seq,
                r.action,
                r.list,
                r.target_notice_id,
                r.target_label,
                r.listed_on,
                r.country,
                r.stated_count,
                r.effective_on,
                r.window_until,
                r.quote_zh,
                parser_version,
            ]
            for seq, r in enumerate(refs, start=1)
        ],
    )
    registry.notices_with_rows.add((notice_id, version))
    return issues


# -- the build -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    party_key: str
    list: str
    notice_id: str
    version: int
    action: PartyAction
    start: dt.date
    until: dt.date | None
    country: str | None
    attrs: tuple[tuple[str, object], ...]


# What the party lists are built from (fingerprinted whole by warehouse.buildstate, like the goods list's).
PARTY_ROWS_SQL = """
    SELECT e.party_key, e.list, e.notice_id, e.version, e.action,
           coalesce(e.effective_on, n.effective_on, n.published_on, DATE '1900-01-01'),
           e.window_until, e.country, e.name_zh, e.name_en, e.aliases, e.includes_branches,
           e.measures, e.quote_zh
    FROM party_entries e
    JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version
    ORDER BY e.notice_id, e.seq
"""
PARTY_REFS_SQL = """
    SELECT p.notice_id, p.action, p.list, p.target_notice_id, p.listed_on, p.country, p.stated_count,
           coalesce(p.effective_on, n.effective_on, n.published_on, DATE '1900-01-01'), p.window_until,
           p.target_label
    FROM party_events p
    JOIN notice_records n ON n.notice_id = p.notice_id AND n.current_version = p.version
    ORDER BY p.notice_id, p.seq
"""
PUBLISHED_SQL = "SELECT notice_id, published_on FROM notice_records"


def _load_rows(con: duckdb.DuckDBPyConnection) -> list[_Row]:
    rows = con.execute(PARTY_ROWS_SQL).fetchall()
    # A notice that names a party without its country (将斯巴鲁株式会社…列入) keeps the country another
    # notice printed for the same party.
    known_country: dict[str, str] = {}
    for r in rows:
        if r[7]:
            known_country.setdefault(r[0], r[7])
    rows = [(*r[:7], r[7] or known_country.get(r[0]), *r[8:]) for r in rows]
    return [
        _Row(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            tuple(
                zip(
                    ATTRS,
                    (r[8], r[9], tuple(r[10] or ()), r[7], bool(r[11]), tuple(r[12] or ()), r[13]),
                    strict=True,
                )
            ),
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class _Ref:
    notice_id: str
    action: PartyAction
    list: str | None
    target_notice_id: str | None
    listed_on: dt.date | None
    country: str | None
    stated_count: int | None
    start: dt.date
    until: dt.date | None
    label: str | None


def _load_refs(con: duckdb.DuckDBPyConnection) -> list[_Ref]:
    rows = con.execute(PARTY_REFS_SQL).fetchall()
    return [_Ref(*r) for r in rows]


def _same_country(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a == b or (country_code(a) is not None and country_code(a) == country_code(b))


def _named_events(
    rows: Sequence[_Row], listings: dict[str, list[_Row]]
) -> tuple[list[Event], list[tuple[str, str, str]]]:
    """Removals, suspensions and reinstatements naming their parties, on those parties' listings.

    决定将上述2家实体移出…: a party whose listing regwatch never read has no period to end; it becomes a
    data issue rather than a removal that passes unseen (and a removed one still shows in `parties`,
    read straight from its entry: migration 0010)."""
    events: list[Event] = []
    issues: list[tuple[str, str, str]] = []
    for row in rows:
        if row.action == "listed":
            continue
        targets = [t for t in listings.get(f"{row.party_key}{_SEP}{row.list}", []) if t.start <= row.start]
        events.extend(
            Event(_RELATION[row.action], row.notice_id, t.notice_id, t.party_key, row.start, row.until)
            for t in targets
        )
        if not targets:
            name = dict(row.attrs)["name_zh"]
            message = f"{name}: {row.action} on the {row.list}, but no earlier listing of it is known"
            issues.append(("party_event_unresolved", row.notice_id, message))
    return events, issues


def party_inputs(  # noqa: C901 — one case per party event kind the list build folds
    rows: Sequence[_Row], refs: Sequence[_Ref], published: dict[str, dt.date]
) -> tuple[list[Source], list[Event], list[tuple[str, str, str]], set[Event]]:
    """Sources (listings) and events (suspensions, reinstatements, removals, moves) for the build.

    Returns data issues (code, notice_id, message) for references that resolve to nothing or to a
    different number of parties than the notice states.
    """
    sources: list[Source] = []
    listings: dict[str, list[_Row]] = defaultdict(list)  # entry key -> listing rows
    by_notice: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        if row.action != "listed":
            continue
        entry = f"{row.party_key}{_SEP}{row.list}"
        sources.append(Source(entry, row.notice_id, row.version, row.party_key, row.start, row.attrs))
        listings[entry].append(row)
        by_notice[row.notice_id].append(row)
    events: list[Event] = []

    def event(action: PartyAction, actor: str, target: _Row, start: dt.date, until: dt.date | None) -> Event:
        return Event(_RELATION[action], actor, target.notice_id, target.party_key, start, until)

    named_events, issues = _named_events(rows, listings)
    events.extend(named_events)
    for ref in refs:
        if ref.target_notice_id:
            targets = [t for t in by_notice.get(ref.target_notice_id, []) if ref.list in (None, t.list)]
        else:
            targets = [
                t
                for t in rows
                if t.action == "listed"
                and t.list == ref.list
                and ref.listed_on in (t.start, published.get(t.notice_id))
                and _same_country(ref.country, t.country)
            ]
        if not targets:
            issues.append(
                (
                    "party_ref_unresolved",
                    ref.notice_id,
                    f"{ref.label or ref.target_notice_id}: no listed parties known for this reference",
                )
            )
            continue
        if ref.stated_count is not None and ref.stated_count != len({t.party_key for t in targets}):
            issues.append(
                (
                    "party_ref_count_mismatch",
                    ref.notice_id,
                    f"{ref.label}: the notice states {ref.stated_count} parties; "
                    f"{len({t.party_key for t in targets})} are known",
                )
            )
        events.extend(event(ref.action, ref.notice_id, t, ref.start, ref.until) for t in targets)
    # A listing on the control list supersedes the same party's earlier watch-list listing.
    moves: set[Event] = set()
    for entry, control_rows in listings.items():
        key, _, list_name = entry.partition(_SEP)
        if list_name != "control_list":
            continue
        for control in control_rows:
            for watched in listings.get(f"{key}{_SEP}watch_list", []):
                if watched.start < control.start:
                    move = Event("repeals", control.notice_id, watched.notice_id, key, control.start, None)
                    events.append(move)
                    moves.add(move)
    return sources, events, issues, moves


@dataclass(frozen=True)
class PartyChange:
    change_type: PartyChangeType
    party_key: str
    list: str
    state: State
    cause: str
    cause_notice_id: str | None
    effective_on: dt.date | None
    window_until: dt.date | None
    detail: dict[str, object]


@dataclass(frozen=True)
class PartyBuild:
    list_version: int | None
    periods: int
    changes: list[PartyChange]
    issues: list[IssueRow]


def _period_row(p: Period) -> tuple[object, ...]:
    a = dict(p.attrs)
    key, _, list_name = p.entry_key.partition(_SEP)
    return (
        key,
        list_name,
        p.notice_id,
        p.version,
        p.valid_from,
        p.valid_to,
        "listed" if p.status == "in_force" else p.status,
        p.status_notice_id,
        a["name_zh"],
        a["name_en"],
        tuple(a["aliases"]),  # type: ignore[arg-type]
        a["country"],
        a["includes_branches"],
        tuple(a["measures"]),  # type: ignore[arg-type]
        a["quote_zh"],
        p.effective_on,
    )


def _load_periods(con: duckdb.DuckDBPyConnection) -> list[Period]:
    rows = con.execute(
        """
        SELECT party_key, list, notice_id, version, valid_from, valid_to, status, status_notice_id,
               name_zh, name_en, aliases, country, includes_branches, measures, quote_zh, listed_on
        FROM party_periods WHERE known_to_lv IS NULL
        """
    ).fetchall()
    return [
        Period(
            entry_key=f"{r[0]}{_SEP}{r[1]}",
            notice_id=r[2],
            version=r[3],
            valid_from=r[4],
            valid_to=r[5],
            status="in_force" if r[6] == "listed" else r[6],
            status_notice_id=r[7],
            attrs=tuple(
                zip(
                    ATTRS,
                    (r[8], r[9], tuple(r[10] or ()), r[11], bool(r[12]), tuple(r[13] or ()), r[14]),
                    strict=True,
                )
            ),
            effective_on=r[15],
        )
        for r in rows
    ]


def _digest(periods: Iterable[Period]) -> str:
    payload = json.dumps(sorted(json.dumps(_period_row(p), default=str, ensure_ascii=False) for p in periods))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _list_version(
    con: duckdb.DuckDBPyConnection, run_id: str, as_of: dt.date, goods_lv: int | None, goods_new: bool
) -> int:
    """The list version this build's party rows belong to: the goods build's new one, else a new one."""
    if goods_new and goods_lv is not None:
        return goods_lv
    row = con.execute("SELECT max(list_version) FROM list_versions").fetchone()
    previous = row[0] if row and row[0] is not None else 0
    last = con.execute(
        "SELECT periods, digest FROM list_versions WHERE list_version = ?", [previous]
    ).fetchone()
    lv = int(previous) + 1
    con.execute(
        "INSERT INTO list_versions VALUES (?, ?, now(), ?, ?, ?)",
        [lv, run_id, as_of, last[0] if last else 0, last[1] if last else ""],
    )
    return lv


def build_parties(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    as_of: dt.date,
    touched_notices: set[str],
    *,
    goods_list_version: int | None,
    goods_new_version: bool,
    baseline: bool,
) -> PartyBuild:
    """Rebuild party periods from the current notices, store them bitemporally, and diff."""
    previous_as_of_row = con.execute(
        "SELECT as_of FROM runs WHERE list_built AND run_id <> ? ORDER BY list_built_at DESC LIMIT 1",
        [run_id],
    ).fetchone()
    previous_as_of = previous_as_of_row[0] if previous_as_of_row else as_of
    published = {r[0]: r[1] for r in con.execute(PUBLISHED_SQL).fetchall() if r[1]}
    rows = _load_rows(con)
    refs = _load_refs(con)
    sources, events, problems, move_events = party_inputs(rows, refs, published)
    old_periods = _load_periods(con)
    new_periods = compute_periods(sources, events)
    list_version = goods_list_version
    if _digest(new_periods) != _digest(old_periods):
        list_version = _list_version(con, run_id, as_of, goods_list_version, goods_new_version)
        old_rows = {_period_row(p) for p in old_periods}
        new_rows = {_period_row(p) for p in new_periods}
        for gone in old_rows - new_rows:
            con.execute(
                "UPDATE party_periods SET known_to_lv = ? WHERE known_to_lv IS NULL AND party_key = ? AND list = ? "
                "AND notice_id = ? AND version = ? AND valid_from = ?",
                [list_version, gone[0], gone[1], gone[2], gone[3], gone[4]],
            )
        bulk_insert(
            con,
            "party_periods",
            [
                ("party_key", "VARCHAR"),
                ("list", "VARCHAR"),
                ("notice_id", "VARCHAR"),
                ("version", "INTEGER"),
                ("valid_from", "DATE"),
                ("valid_to", "DATE"),
                ("status", "VARCHAR"),
                ("status_notice_id", "VARCHAR"),
                ("name_zh", "VARCHAR"),
                ("name_en", "VARCHAR"),
                ("aliases", "VARCHAR[]"),
                ("country", "VARCHAR"),
                ("includes_branches", "BOOLEAN"),
                ("measures", "VARCHAR[]"),
                ("quote_zh", "VARCHAR"),
                ("listed_on", "DATE"),
                ("known_from_lv", "INTEGER"),
            ],
            [
                [*r[:10], list(r[10]), r[11], r[12], list(r[13]), r[14], r[15], list_version]  # type: ignore[call-overload]
                for r in new_rows - old_rows
            ],
        )
    touched = set(touched_notices)
    touched |= {e.target_notice_id for e in events if e.actor_notice_id in touched_notices}
    before = snapshot(old_periods, previous_as_of)
    time_only = snapshot(old_periods, as_of)
    after = snapshot(new_periods, as_of)
    moves = {
        (e.actor_notice_id, e.clause or "") for e in events if e.relation == "repeals" and e in move_events
    }
    changes = [
        _party_change(c, events, moves, as_of)
        for c in diff_snapshots(before, after, time_only, touched, baseline)
    ]
    issues = [IssueRow(code, message, "warning", notice_id) for code, notice_id, message in problems]
    return PartyBuild(list_version, len(new_periods), changes, issues)


def _party_change(
    change: Change, events: Sequence[Event], moves: set[tuple[str, str]], as_of: dt.date
) -> PartyChange:
    key, _, list_name = change.entry_key.partition(_SEP)
    state: State = change.state
    change_type: PartyChangeType = "listed" if change.change_type == "added" else change.change_type
    cause_notice = None
    effective: dt.date | None = state.effective_on
    window_until = None
    detail = dict(change.detail)
    if dict(state.attrs).get("includes_branches"):
        detail["includes_branches"] = True
    if change_type == "suspended" or (change_type == "listed" and state.status == "suspended"):
        effective = state.window_from if change_type == "suspended" else effective
        window_until = state.window_to - dt.timedelta(days=1) if state.window_to else None
        cause_notice = state.status_notice_id
        if change_type == "listed":
            detail["window_from"] = state.window_from.isoformat()
            detail["window_until"] = window_until.isoformat() if window_until else None
    elif change_type == "reinstated":
        effective = state.window_from
        cause_notice = str(detail.get("from")) if detail.get("from") else None
    elif change_type == "removed":
        enders = sorted(
            (
                e
                for e in events
                if e.relation == "repeals"
                and e.clause == key
                and e.target_notice_id == state.notice_id
                and e.start <= as_of
            ),
            key=lambda e: e.start,
        )
        if enders:
            cause_notice, effective = enders[-1].actor_notice_id, enders[-1].start
            if (cause_notice, key) in moves:
                detail["moved_to"] = "control_list"
    return PartyChange(
        change_type, key, list_name, state, change.cause, cause_notice, effective, window_until, detail
    )


def change_id_for(run_id: str, change_type: str, party_key: str, list_name: str) -> str:
    return hashlib.sha256(f"{run_id}\x1f{change_type}\x1f{party_key}\x1f{list_name}".encode()).hexdigest()[
        :24
    ]


def write_party_changes(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    list_version: int | None,
    changes: Sequence[PartyChange],
    now: dt.datetime,
) -> int:
    if not changes:
        return 0
    rows = []
    for c in changes:
        attrs = dict(c.state.attrs)
        rows.append(
            [
                change_id_for(run_id, c.change_type, c.party_key, c.list),
                run_id,
                now,
                list_version,
                c.change_type,
                c.cause,
                c.cause in ALERTING_CAUSES,
                c.party_key,
                None,
                attrs.get("name_zh"),
                attrs.get("name_en"),
                [],
                None,
                LIST_LABELS_ZH.get(c.list),
                c.state.notice_id,
                c.cause_notice_id,
                c.effective_on,
                c.window_until,
                json.dumps(c.detail, ensure_ascii=False, default=str),
                c.list,
                attrs.get("country"),
            ]
        )
    before = con.execute("SELECT count(*) FROM changes").fetchall()[0][0]
    bulk_insert(
        con,
        "changes",
        [
            ("change_id", "VARCHAR"),
            ("run_id", "VARCHAR"),
            ("detected_at", "TIMESTAMPTZ"),
            ("list_version", "INTEGER"),
            ("change_type", "VARCHAR"),
            ("cause", "VARCHAR"),
            ("alert", "BOOLEAN"),
            ("entry_key", "VARCHAR"),
            ("control_code", "VARCHAR"),
            ("name_zh", "VARCHAR"),
            ("name_en", "VARCHAR"),
            ("hs_codes", "VARCHAR[]"),
            ("kind", "VARCHAR"),
            ("category_zh", "VARCHAR"),
            ("notice_id", "VARCHAR"),
            ("cause_notice_id", "VARCHAR"),
            ("effective_on", "DATE"),
            ("window_until", "DATE"),
            ("detail", "JSON"),
            ("list", "VARCHAR"),
            ("country", "VARCHAR"),
        ],
        rows,
        "ON CONFLICT DO NOTHING",
    )
    return int(con.execute("SELECT count(*) FROM changes").fetchall()[0][0] - before)
