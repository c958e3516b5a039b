"""The morning brief: what happened to the law, one line per regulatory event, then compact tables.

Counsel read the brief in two minutes: "No. 70 suspends Nos. 55, 56, 57, 58, 61, 62 from 2025-11-07
until 2026-11-10 (73 entries)" is one line, not 73 blocks. Changes are grouped by what happened to the
law — a notice adding entries, a notice suspending others, a page corrected, parties put on a list —
and each event lists its entries in one compact table (English name, Chinese name, code, HS codes).
The verbatim quotes and archive hashes stay in the full files (JSON, full HTML) sent with the brief.

Plain Python like `pipelines.alerts.digest`, whose data model it reads; every string built here is plain
text, escaped by the digest's renderers like any other value.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from parsers.titles import default_vocabulary, number_en, title_subject_zh
from pipelines.alerts import digest as d

if TYPE_CHECKING:
    from pipelines.alerts.digest import Digest, DigestChange, DigestNotice

MAX_ROWS = 100  # per event in the brief; the full files keep every entry
TEXT_WIDTH = 80

LIST_NAMES: Mapping[str, str] = {
    "control_list": "export control list",
    "watch_list": "watch list",
    "unreliable_entity_list": "Unreliable Entity List",
    "countermeasure_list": "countermeasure list",
}
_FIELD_NAMES: Mapping[str, str] = {
    "hs_codes": "HS codes",
    "control_code": "control code",
    "name_zh": "Chinese name",
    "name_en": "English name",
    "category_zh": "category",
    "effective_on": "effective date",
    "spec_zh": "specification",
    "kind": "kind",
}
_KIND_NOUNS: Mapping[str, tuple[str, str]] = {
    "item": ("item", "items"),
    "equipment": ("item of equipment", "items of equipment"),
    "technology": ("technology", "technologies"),
    "software": ("software item", "software items"),
}
# Reading order: what is new first; additions that arrive suspended after the suspensions they follow.
_RANK: Mapping[str, int] = {
    "added": 0,
    "suspended": 1,
    "added_suspended": 2,
    "reinstated": 3,
    "removed": 4,
    "modified": 5,
    "party_listed": 6,
    "party_modified": 7,
    "party_suspended": 8,
    "party_reinstated": 9,
    "party_removed": 10,
}
# How the brief names a page kept without a readable number (docs/tables.md, "Keys").
UNNUMBERED_ZH = "无文号"
UNNUMBERED_EN = "no notice number"
_NOTICE_ID_RE = re.compile(r"^(?P<series>.+)-(?P<year>\d{4})-(?P<number>\d+)$")


@dataclass(frozen=True)
class Row:
    change_id: str
    cells: tuple[str, ...]  # aligned with the event's columns; "" for nothing


@dataclass(frozen=True)
class Event:
    """One thing that happened to the law, with the entries it touched."""

    kind: str  # added | suspended | reinstated | removed | modified | party_<type> | other types
    actor_id: str  # the notice that acted (for a suspension: the suspending notice)
    actor_en: str  # MOFCOM–GACC 2025 No. 70
    actor_zh: str  # 商务部 海关总署公告2025年第70号
    url: d.Verbatim | None
    title_en: str | None
    title_zh: str | None
    predicate: str  # suspends Nos. 55, 56 … from … until … (73 entries)
    caption: str  # what the table lists: "73 entries suspended"
    label: str | None  # suspended on arrival | pending | … (None: nothing to flag)
    columns: tuple[str, ...]
    widths: tuple[int, ...]  # per cent of the table width, per column
    zh_columns: tuple[int, ...]  # columns holding Chinese text
    rows: tuple[Row, ...]  # at most MAX_ROWS
    hidden: int  # rows left out of the brief (in the full files)
    change_ids: tuple[str, ...]
    already_alerted: bool = False

    @property
    def line(self) -> str:
        """The event as one plain sentence (webhook text, the JSON digest, the demo)."""
        label = f" — {self.label}" if self.label else ""
        return f"{self.actor_en} ({self.actor_zh}) {self.predicate}{label}"


# --------------------------------------------------------------------------------------------------
# Notices and their numbers


class _Notices:
    """Numbers, titles and relations of the notices a digest names, by notice id."""

    def __init__(self, digest: Digest) -> None:
        self.by_id: dict[str, DigestNotice] = {n.notice_id: n for n in digest.notices}
        self.numbers: dict[str, str] = {}
        self.urls: dict[str, str] = {}
        for change in digest.changes:
            self.numbers.setdefault(change.notice_id, change.notice_number_zh)
            self.urls.setdefault(change.notice_id, change.notice_url)
            if change.cause_notice_id and change.cause_notice_number_zh:
                self.numbers.setdefault(change.cause_notice_id, change.cause_notice_number_zh)
        for notice in digest.notices:
            self.numbers[notice.notice_id] = notice.number_zh
            self.urls[notice.notice_id] = notice.url

    def number_zh(self, notice_id: str) -> str:
        number = self.numbers.get(notice_id, notice_id)
        return number or UNNUMBERED_ZH  # a page kept without a readable number has number_zh ''

    def number_en(self, notice_id: str) -> str:
        if self.numbers.get(notice_id) == "":  # its synthetic key is all there is to name it by
            return f"{notice_id} ({UNNUMBERED_EN})"
        if notice_id not in self.numbers:  # a cause known only by its id: MOFCOM-2025-99
            parts = _NOTICE_ID_RE.match(notice_id)
            return f"{parts['series']} {parts['year']} No. {parts['number']}" if parts else notice_id
        return number_en(self.number_zh(notice_id), default_vocabulary())

    def url(self, notice_id: str) -> d.Verbatim | None:
        url = d.safe_url(self.urls.get(notice_id))
        return d.Verbatim(url) if url else None

    def short(self, notice_id: str, actor_id: str) -> str:
        """ "No. 61" beside an actor of the same series and year, else the full English label."""
        mine, theirs = _NOTICE_ID_RE.match(notice_id), _NOTICE_ID_RE.match(actor_id)
        if mine and theirs and mine["series"] == theirs["series"] and mine["year"] == theirs["year"]:
            return f"No. {mine['number']}"
        return self.number_en(notice_id)

    def shorts(self, notice_ids: Iterable[str], actor_id: str) -> str:
        labels = [self.short(n, actor_id) for n in sorted(set(notice_ids), key=d.natural_key)]
        if len(labels) > 1 and all(label.startswith("No. ") for label in labels):
            return "Nos. " + ", ".join(label.removeprefix("No. ") for label in labels)
        return ", ".join(labels)

    def relations(self, actor_id: str, relation: str) -> list[d.DigestRelation]:
        notice = self.by_id.get(actor_id)
        if notice is None:
            return []
        return [r for r in notice.relations if r.relation == relation and r.target_notice_id and not r.clause]


# --------------------------------------------------------------------------------------------------
# Wording


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _entries(changes: Sequence[DigestChange]) -> str:
    """ "6 items", "2 technologies", or "27 entries (20 items, 5 items of equipment, 2 technologies)"."""
    kinds = Counter(c.kind for c in changes)
    if len(kinds) == 1:
        kind = next(iter(kinds))
        one, many = _KIND_NOUNS.get(kind, ("entry", "entries"))
        return _plural(len(changes), one, many)
    parts = [_plural(n, *_KIND_NOUNS.get(k, ("entry", "entries"))) for k, n in sorted(kinds.items())]
    return f"{_plural(len(changes), 'entry', 'entries')} ({', '.join(parts)})"


def _dates(values: Iterable[date | None]) -> str:
    found = sorted({v for v in values if v is not None})
    return ", ".join(v.isoformat() for v in found) if found else "date not stated"


def _window(start: date | None, until: date | None) -> str:
    begin = f"from {start.isoformat()} " if start else ""
    return begin + (f"until {until.isoformat()}" if until else "until further notice")


def _days_ahead(day: date, as_of: date) -> str:
    ahead = (day - as_of).days
    return f" (in {_plural(ahead, 'day', 'days')})" if ahead > 0 else ""


def _field_changes(change: DigestChange) -> str:
    parts = []
    for field, value in change.detail.items():
        name = _FIELD_NAMES.get(str(field), str(field))
        if isinstance(value, Mapping) and ("old" in value or "new" in value):
            parts.append(f"{name} {d.value_text(value.get('old'))} → {d.value_text(value.get('new'))}")
        else:
            parts.append(f"{name}: {d.value_text(value)}")
    return "; ".join(parts) or "details changed"


def _country_phrase(changes: Sequence[DigestChange]) -> str:
    """ "28 US entities", "3 entities (2 US, 1 JP)": adjectives from the curated title names."""
    from parsers.parties import country_code

    vocabulary = default_vocabulary()

    def adjective(country: str | None) -> str | None:
        if not country:
            return None
        if country in vocabulary.countries:
            return vocabulary.countries[country][1]
        return country_code(country) or country

    counts = Counter(adjective(c.country) for c in changes)
    noun = "entity" if len(changes) == 1 else "entities"
    if len(counts) == 1:
        only = next(iter(counts))
        return f"{len(changes)} {only} {noun}" if only else f"{len(changes)} {noun}"
    parts = ", ".join(f"{n} {a or 'country not stated'}" for a, n in counts.most_common())
    return f"{len(changes)} {noun} ({parts})"


# --------------------------------------------------------------------------------------------------
# Events


def events(digest: Digest) -> tuple[Event, ...]:
    """The digest's events: news first, then what was already sent as urgent alerts."""
    notices = _Notices(digest)
    news = [c for c in digest.changes if not c.already_alerted]
    alerted = [c for c in digest.changes if c.already_alerted]
    return _events(news, notices, digest.as_of, False) + _events(alerted, notices, digest.as_of, True)


def _group_key(change: DigestChange) -> tuple[str, str, str]:
    actor = change.notice_id
    if change.change_type in ("suspended", "reinstated", "removed", "modified") and change.cause_notice_id:
        actor = change.cause_notice_id
    if change.list:
        return (f"party_{change.change_type}", actor, change.list)
    return (change.change_type, actor, "")


def _events(
    changes: Sequence[DigestChange], notices: _Notices, as_of: date, alerted: bool
) -> tuple[Event, ...]:
    groups: dict[tuple[str, str, str], list[DigestChange]] = {}
    for change in changes:
        groups.setdefault(_group_key(change), []).append(change)
    built = [
        _event(kind, actor, members, notices, as_of, alerted) for (kind, actor, _), members in groups.items()
    ]

    def order(event: Event) -> tuple[object, ...]:
        rank = _RANK.get(event.kind, 99)
        if event.kind == "added" and event.label == "suspended on arrival":
            rank = _RANK["added_suspended"]
        return (rank, d.natural_key(event.actor_id), event.predicate)

    return tuple(sorted(built, key=order))


def _event(
    kind: str,
    actor: str,
    changes: list[DigestChange],
    notices: _Notices,
    as_of: date,
    alerted: bool,
) -> Event:
    builder: Callable[[str, list[DigestChange], _Notices, date], tuple[str, str | None]]
    builder = _PREDICATES.get(kind, _other_predicate)
    predicate, label = builder(actor, changes, notices, as_of)
    notice = notices.by_id.get(actor)
    if kind.startswith("party_"):
        columns, widths, zh, rows = _party_table(changes, notices, actor)
    else:
        columns, widths, zh, rows = _goods_table(kind, changes, notices, actor, as_of)
    return Event(
        kind=kind,
        actor_id=actor,
        actor_en=notices.number_en(actor),
        actor_zh=notices.number_zh(actor),
        url=notices.url(actor),
        title_en=notice.title_en if notice else None,
        title_zh=_subject(notice.title_zh if notice else _title_of(changes, actor)),
        predicate=predicate,
        caption=_caption(kind, changes),
        label=label,
        columns=columns,
        widths=widths,
        zh_columns=zh,
        rows=rows[:MAX_ROWS],
        hidden=max(0, len(rows) - MAX_ROWS),
        change_ids=tuple(c.change_id for c in changes),
        already_alerted=alerted,
    )


def _caption(kind: str, changes: Sequence[DigestChange]) -> str:
    entries = _plural(len(changes), "entry", "entries")
    parties = _plural(len(changes), "party", "parties")
    lists = {LIST_NAMES.get(c.list or "", "list") for c in changes}
    where = next(iter(lists)) if len(lists) == 1 else "lists"
    captions = {
        "added": f"{_entries(changes)} added",
        "suspended": f"{entries} suspended",
        "reinstated": f"{entries} in force again",
        "removed": f"{entries} removed",
        "modified": f"{entries} changed",
        "party_listed": f"{parties} added to the {where}",
        "party_removed": f"{parties} removed from the {where}",
        "party_suspended": f"measures suspended for {parties}",
        "party_reinstated": f"measures restored for {parties}",
        "party_modified": f"listing changed for {parties}",
    }
    return captions.get(kind, f"{entries} {kind.replace('_', ' ')}")


def _subject(title: str | None) -> str | None:
    return title_subject_zh(title) if title else None


def _title_of(changes: Sequence[DigestChange], notice_id: str) -> str | None:
    return next((c.notice_title_zh for c in changes if c.notice_id == notice_id), None)


def _added(actor: str, changes: list[DigestChange], notices: _Notices, as_of: date) -> tuple[str, str | None]:
    by_status: dict[str, list[DigestChange]] = {}
    for change in changes:
        by_status.setdefault(d.arrival_status(change, as_of), []).append(change)
    parts = []
    if "in_force" in by_status:
        parts.append(("in force since " + _dates(c.effective_on for c in by_status["in_force"]), "in_force"))
    if "pending" in by_status:
        pending = by_status["pending"]
        first = min((c.effective_on for c in pending if c.effective_on), default=None)
        parts.append(
            (
                f"effective {_dates(c.effective_on for c in pending)}" + _days_ahead(first, as_of)
                if first
                else "pending",
                "pending",
            )
        )
    if "suspended" in by_status:
        held = by_status["suspended"]
        causes = (
            notices.shorts((c.cause_notice_id for c in held if c.cause_notice_id), actor) or "a later notice"
        )
        until = max((c.window_until for c in held if c.window_until), default=None)
        parts.append(
            (
                f"effective {_dates(c.effective_on for c in held)}, already suspended by {causes} "
                + (f"until {until.isoformat()}" if until else "until further notice"),
                "suspended",
            )
        )
    head = f"adds {_entries(changes)}"
    if len(parts) == 1:
        text, status = parts[0]
        label = {"suspended": "suspended on arrival", "pending": "pending", "in_force": None}[status]
        return f"{head}, {text}", label
    counted = []
    for text, status in parts:
        counted.append(f"{len(by_status[status])} {text}")
    flags = [
        x
        for x in (
            "suspended" in by_status and "some suspended on arrival",
            "pending" in by_status and "some pending",
        )
        if x
    ]
    return f"{head}: " + "; ".join(counted), ", ".join(flags) or None


def _suspended(
    actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
) -> tuple[str, str | None]:
    count = f"({_plural(len(changes), 'entry', 'entries')})"
    relations = notices.relations(actor, "suspends")
    targets = {c.notice_id for c in changes if c.notice_id != actor} | {
        r.target_notice_id or "" for r in relations
    }
    targets.discard("")
    windows = {(r.window_from, r.window_until) for r in relations}
    if len(windows) == 1:
        start, until = next(iter(windows))
    else:
        starts = [d for d in (c.window_from or c.effective_on for c in changes) if d is not None]
        start = min(starts, default=None)
        until = max((c.window_until for c in changes if c.window_until), default=None)
    if not targets or actor in {c.notice_id for c in changes}:  # no cause on record: the entries' own notice
        return f"{_plural(len(changes), 'entry', 'entries')} suspended {_window(start, until)}", None
    return f"suspends {notices.shorts(targets, actor)} {_window(start, until)} {count}", None


def _reinstated(
    actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
) -> tuple[str, str | None]:
    targets = notices.shorts({c.notice_id for c in changes}, actor)
    start = _dates(c.effective_on for c in changes)
    count = _plural(len(changes), "entry", "entries")
    if notices.relations(actor, "resumes"):
        return f"resumes {targets} from {start} ({count})", None
    if all(c.notice_id == actor for c in changes):
        return f"{count} in force again from {start}", None
    return f"suspension of {targets} ends: {count} in force again from {start}", None


def _removed(
    actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
) -> tuple[str, str | None]:
    count = _plural(len(changes), "entry", "entries")
    # Whether the date is the entry's own or the removal's depends on the notice: worded neutrally.
    recorded = f"effective date on record: {_dates(c.effective_on for c in changes)}"
    if all(c.notice_id == actor for c in changes):
        return f"{count} no longer on the list ({recorded})", None
    verb = "repeals" if notices.relations(actor, "repeals") else "removes"
    return f"{verb} {count} of {notices.shorts({c.notice_id for c in changes}, actor)} ({recorded})", None


def _modified(
    actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
) -> tuple[str, str | None]:
    if all(c.notice_id == actor for c in changes):
        if len(changes) == 1:
            only = changes[0]
            name = f"{only.name_en} ({only.name_zh})" if only.name_en else only.name_zh
            return f"changes 1 entry: {name}, {_field_changes(only)}", None
        fields = sorted({_FIELD_NAMES.get(str(f), str(f)) for c in changes for f in c.detail})
        return f"changes {len(changes)} entries ({', '.join(fields)})", None
    targets = notices.shorts({c.notice_id for c in changes}, actor)
    return f"amends {_plural(len(changes), 'entry', 'entries')} of {targets}", None


def _party_predicate(verb: str, preposition: str) -> Callable[..., tuple[str, str | None]]:
    def build(
        actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
    ) -> tuple[str, str | None]:
        lists = {c.list for c in changes}
        listed = LIST_NAMES.get(next(iter(lists)) or "", "list") if len(lists) == 1 else "lists"
        text = f"{verb} {_country_phrase(changes)} {preposition} the {listed}"
        starts = [c.window_from or c.effective_on for c in changes]
        if verb == "suspends measures on":
            until = max((c.window_until for c in changes if c.window_until), default=None)
            return f"{text} {_window(min((s for s in starts if s), default=None), until)}", None
        if any(c.detail.get("moved_to") == "control_list" for c in changes):
            text += " (moved to the export control list)"
        text += f", from {_dates(starts)}"
        measures = {c.measures for c in changes}
        if verb in ("adds", "restores measures on") and len(measures) == 1 and next(iter(measures)):
            # the same measures for all: said once
            text += "; measures: " + "; ".join(next(iter(measures)))
        return text, _suspended_on_arrival(changes, notices, as_of) if verb == "adds" else None

    return build


def _suspended_on_arrival(changes: list[DigestChange], notices: _Notices, as_of: date) -> str | None:
    """A listing whose measures another notice (or a page without a number) already suspends on the
    digest's day: counsel must not read the added parties as restricted today."""
    held = [
        c
        for c in changes
        if c.cause_notice_id
        and c.window_until
        and c.window_until >= as_of
        and (c.window_from or as_of) <= as_of
    ]
    if not held:
        return None
    causes = notices.shorts({c.cause_notice_id for c in held if c.cause_notice_id}, "")
    until = max(c.window_until for c in held if c.window_until)
    share = "" if len(held) == len(changes) else f" ({len(held)} of {len(changes)})"
    return f"measures suspended on arrival{share} by {causes} until {until.isoformat()}"


def _other_predicate(
    actor: str, changes: list[DigestChange], notices: _Notices, as_of: date
) -> tuple[str, str | None]:
    return f"{changes[0].change_type}: {_plural(len(changes), 'entry', 'entries')}", None


_PREDICATES: Mapping[str, Callable[[str, list[DigestChange], _Notices, date], tuple[str, str | None]]] = {
    "added": _added,
    "suspended": _suspended,
    "reinstated": _reinstated,
    "removed": _removed,
    "modified": _modified,
    "party_listed": _party_predicate("adds", "to"),
    "party_removed": _party_predicate("removes", "from"),
    "party_suspended": _party_predicate("suspends measures on", "of"),
    "party_reinstated": _party_predicate("restores measures on", "of"),
    "party_modified": _party_predicate("changes the listing of", "on"),
}


# --------------------------------------------------------------------------------------------------
# Compact tables

_Table = tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...], tuple[Row, ...]]


def _row_order(change: DigestChange) -> tuple[object, ...]:
    return (
        d.natural_key(change.notice_id),
        d.natural_key(change.control_code or "~"),
        change.name_zh,
        change.entry_key,
    )


def _goods_table(
    kind: str, changes: Sequence[DigestChange], notices: _Notices, actor: str, as_of: date
) -> _Table:
    spans = len({c.notice_id for c in changes}) > 1 or any(c.notice_id != actor for c in changes)
    statuses = {d.arrival_status(c, as_of) for c in changes} if kind == "added" else set()
    columns: list[tuple[str, int]] = [("No.", 7)] if spans else []
    columns += [("English name", 30), ("Chinese name", 24), ("code", 17), ("HS codes", 22)]
    if kind == "modified":
        columns.append(("change", 24))
    if len(statuses) > 1:
        columns.append(("status", 12))
    rows = []
    for change in sorted(changes, key=_row_order):
        cells = [notices.short(change.notice_id, actor).removeprefix("No. ")] if spans else []
        cells += [change.name_en or "", change.name_zh, change.control_code or "", ", ".join(change.hs_codes)]
        if kind == "modified":
            cells.append(_field_changes(change))
        if len(statuses) > 1:
            cells.append(d.arrival_status(change, as_of).replace("_", " "))
        rows.append(Row(change.change_id, tuple(cells)))
    return _columns(columns, rows, ("Chinese name",))


def _party_table(changes: Sequence[DigestChange], notices: _Notices, actor: str) -> _Table:
    lists = len({c.list for c in changes}) > 1
    columns = [("English name", 44), ("Chinese name", 36), ("country", 20)]
    if lists:
        columns.append(("list", 20))
    measures = len({c.measures for c in changes}) > 1  # else said once in the event's line
    if measures:
        columns.append(("measures", 40))
    rows = []
    for change in sorted(changes, key=lambda c: (c.name_en or c.name_zh, c.entry_key)):
        cells = [change.name_en or "", change.name_zh, change.country or ""]
        if lists:
            cells.append(LIST_NAMES.get(change.list or "", change.list or ""))
        if measures:
            cells.append("; ".join(change.measures))
        rows.append(Row(change.change_id, tuple(cells)))
    return _columns(columns, rows, ("Chinese name", "country", "measures"))


def _columns(columns: list[tuple[str, int]], rows: list[Row], zh: tuple[str, ...]) -> _Table:
    total = sum(w for _, w in columns)
    widths = tuple(round(w * 100 / total) for _, w in columns)
    names = tuple(name for name, _ in columns)
    return names, widths, tuple(i for i, name in enumerate(names) if name in zh), tuple(rows)


# --------------------------------------------------------------------------------------------------
# What the templates and the JSON read


def brief_context(digest: Digest) -> dict[str, object]:
    found = events(digest)
    return {
        "events": [e for e in found if not e.already_alerted],
        "alerted_events": [e for e in found if e.already_alerted],
        "full_html_name": f"digest-{digest.run_id}.full.html",
        "json_name": f"digest-{digest.run_id}.json",
        "changes_total": len(digest.changes),
        "text_row": text_row,
    }


def events_json(digest: Digest) -> list[dict[str, object]]:
    return [
        {
            "kind": e.kind,
            "notice_id": e.actor_id,
            "number_en": e.actor_en,
            "number_zh": e.actor_zh,
            "title_en": e.title_en,
            "headline": e.line,
            "label": e.label,
            "already_alerted": e.already_alerted,
            "change_ids": list(e.change_ids),
        }
        for e in events(digest)
    ]


# --------------------------------------------------------------------------------------------------
# Plain text for an 80-column terminal


def display_width(text: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


_TOKEN_RE = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+"
)
_URL_RE = re.compile(r"^[a-z]+://\S+$")


def wrap(text: str, width: int = TEXT_WIDTH, indent: str = "", subsequent: str = "") -> list[str]:
    """Greedy wrap by display width: breaks at spaces and between CJK characters. A URL longer than a
    line stays whole (a terminal can still open it); any other overlong word is cut."""
    lines: list[str] = []
    line, column, space = indent, display_width(indent), False
    started = False
    for token in _TOKEN_RE.findall(d.clean_text(text)):
        if token.isspace():
            space = started
            continue
        pieces = [token]
        room = width - display_width(subsequent)
        if display_width(token) > room and not _URL_RE.match(token):
            pieces = _cut(token, room)
        for piece in pieces:
            need = display_width(piece) + (1 if space else 0)
            if started and column + need > width:
                lines.append(line.rstrip())
                line, column, space = subsequent, display_width(subsequent), False
                need = display_width(piece)
            if space:
                line += " "
            line += piece
            column += need
            started, space = True, False
    if started or not lines:
        lines.append(line.rstrip())
    return lines


def _cut(token: str, room: int) -> list[str]:
    pieces, piece = [], ""
    for char in token:
        if display_width(piece + char) > room:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def wrap_filter(value: object, indent: int = 0, subsequent: int | None = None) -> d.Verbatim:
    """Jinja filter for the text brief: the value cleaned, wrapped to 80 columns, lines joined."""
    first = " " * indent
    rest = " " * (indent + 2 if subsequent is None else subsequent)
    return d.Verbatim("\n".join(wrap(str(value), TEXT_WIDTH, first, rest)))


def text_row(event: Event, row: Row) -> str:
    """One table row as a line of text: code, names, HS codes (headers would not fit 80 columns)."""
    cells = dict(zip(event.columns, row.cells, strict=True))
    parts = []
    if cells.get("No."):
        parts.append(f"No. {cells['No.']}")
    for name in ("code", "English name", "Chinese name"):
        if cells.get(name):
            parts.append(cells[name])
    if cells.get("HS codes"):
        parts.append(f"HS {cells['HS codes']}")
    for name in event.columns:
        if name not in ("No.", "code", "English name", "Chinese name", "HS codes") and cells.get(name):
            parts.append(f"{name}: {cells[name]}" if name != "change" else cells[name])
    return " | ".join(parts)
