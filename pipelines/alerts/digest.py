"""The alert digest for trade counsel: data model, rendering (md, html, txt, json) and subscriptions.

Plain Python on purpose (no Dagster, no DuckDB): `pipelines.alerts.alerting` builds `Digest` objects from the
warehouse and the assets call it, so everything here can be tested with hand-made values.

Every string in a `DigestChange` comes from a government web page we do not control, so it is treated
as hostile markup: HTML output is autoescaped, Markdown output backslash-escapes the characters that
would change its structure, and every format drops control and bidi-override characters (they can hide
or reorder text in a mail client or terminal).
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args
from urllib.parse import quote, urlsplit

from parsers.model import EntryKind, RelationType
from parsers.party_records import PartyList
from warehouse.vocabulary import ChangeType, PartyChangeType

if TYPE_CHECKING:  # parsers.screening loads jieba: too heavy for a module every command imports
    from parsers.screening import EntryStatus, MatchBasis, VerdictValue

__all__ = [
    "CHANGE_TYPES",
    "DISCLAIMER",
    "FORMATS",
    "KINDS",
    "Digest",
    "DigestChange",
    "Subscription",
    "filter_changes",
    "load_subscriptions",
    "safe_url",
    "summary_line",
]

# The order counsel reads them in: what is new first, what went away last.
CHANGE_TYPES: tuple[ChangeType, ...] = get_args(ChangeType)
KINDS: tuple[EntryKind, ...] = get_args(EntryKind)
# md, html and txt are the brief (the e-mail body: events first, compact tables); json and full.html
# carry every entry in full (verbatim quote, archive hash) and go with the e-mail as attachments.
FORMATS: tuple[str, ...] = ("md", "html", "txt", "json", "full.html")
FULL_FORMATS: tuple[str, ...] = ("json", "full.html")

SECTION_HEADINGS: Mapping[str, str] = {
    "added": "Newly controlled",
    "party_listed": "Newly listed parties",
    "party_modified": "Parties: listing changed",
    "party_suspended": "Parties: measures suspended",
    "party_reinstated": "Parties: measures reinstated",
    "party_removed": "Parties removed",
    "modified": "Modified",
    "suspended": "Suspended",
    "reinstated": "Reinstated",
    "removed": "Removed",
    "already_alerted": "Already alerted",
}
_SUMMARY_WORDS: Mapping[str, str] = {
    "added": "newly controlled",
    "parties_listed": "newly listed parties",
    "parties_modified": "parties changed",
    "parties_suspended": "parties suspended",
    "parties_reinstated": "parties reinstated",
    "parties_removed": "parties removed",
    "modified": "modified",
    "suspended": "suspended",
    "reinstated": "reinstated",
    "removed": "removed",
}

DISCLAIMER = (
    "This digest is an automated summary for information; it is not legal advice. "
    "The Chinese text of the notice is authoritative."
)

JSON_SCHEMA_VERSION = 1
TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"


@dataclass(frozen=True)
class DigestChange:
    change_id: str
    change_type: ChangeType | PartyChangeType  # a party change (`list` set) has its own types
    entry_key: str
    name_zh: str
    name_en: str | None
    kind: EntryKind
    category_zh: str | None
    control_code: str | None
    hs_codes: tuple[str, ...]
    notice_id: str  # e.g. MOFCOM-2025-57
    notice_number_zh: str  # 商务部 海关总署公告2025年第57号
    notice_title_zh: str
    notice_url: str
    effective_on: date | None
    window_from: date | None  # suspension window (suspended)
    window_until: date | None
    cause_notice_id: str | None  # the notice that suspended/reinstated/removed it (e.g. MOFCOM-2025-70)
    cause_notice_number_zh: str | None
    quote_zh: str  # verbatim Chinese source line
    source_sha256: str | None  # archive hash of the page it came from
    detail: dict[str, object]  # for modified: {"field": {"old": ..., "new": ...}, ...}
    already_alerted: bool = False  # sent earlier as an urgent alert; listed separately, not as news
    list: PartyList | None = None  # set for a party change
    country: str | None = None  # a party's country or region as printed
    measures: tuple[str, ...] = ()  # a party's measures as printed


# Party changes (entity lists) read under their own headings: "Newly listed parties" etc.
PARTY_CHANGE_TYPES: tuple[PartyChangeType, ...] = get_args(PartyChangeType)
_SECTION_ORDER: tuple[str, ...] = (
    "added",
    "party_listed",
    "modified",
    "suspended",
    "reinstated",
    "removed",
    "party_modified",
    "party_suspended",
    "party_reinstated",
    "party_removed",
)
LIST_LABELS: Mapping[str, str] = {
    "control_list": "control list (出口管制管控名单)",
    "watch_list": "watch list (关注名单)",
    "unreliable_entity_list": "Unreliable Entity List (不可靠实体清单)",
    "countermeasure_list": "countermeasure list (反制清单)",
}


def _section_key(change: DigestChange) -> str:
    return f"party_{change.change_type}" if change.list else change.change_type


def _count_key(change: DigestChange) -> str:
    return f"parties_{change.change_type}" if change.list else change.change_type


@dataclass(frozen=True)
class AffectedProduct:
    """A product of the user's catalogue that a change touches (REGWATCH_CATALOGUE), with the evidence."""

    sku: str
    description: str
    verdict: VerdictValue  # the product's screening verdict
    change_id: str
    change_type: ChangeType | PartyChangeType
    notice_id: str
    cause_notice_id: str | None
    entry_key: str
    name_zh: str
    name_en: str | None
    control_code: str | None
    basis: MatchBasis
    evidence: str
    status: EntryStatus  # on the run's date


@dataclass(frozen=True)
class DigestRelation:
    """What a notice does to another (from `notice_relations`): the brief names its targets and window."""

    relation: RelationType
    target_notice_id: str | None
    target_label: str
    clause: str | None
    window_from: date | None
    window_until: date | None


@dataclass(frozen=True)
class DigestNotice:
    """A notice the digest's changes belong to or were caused by, with its English title."""

    notice_id: str
    number_zh: str
    title_zh: str
    title_en: str | None
    url: str
    relations: tuple[DigestRelation, ...] = ()


@dataclass(frozen=True)
class Digest:
    generated_at: datetime  # aware
    as_of: date  # the date the run evaluated the list on (days-until is computed from it)
    run_id: str
    changes: tuple[DigestChange, ...]
    sources_checked_at: datetime | None  # last successful listing fetch
    fetch_failures: tuple[str, ...]  # human-readable lines; non-empty => prominent warning at the top
    title: str = "regwatch — MOFCOM export-control changes"
    urgent: bool = False  # an urgent alert for a brand-new notice rather than the daily digest
    affected: tuple[AffectedProduct, ...] = ()  # the catalogue's products these changes touch
    notices: tuple[DigestNotice, ...] = ()  # titles and relations of the notices named by the changes

    def __post_init__(self) -> None:
        # A naive timestamp in a legal digest is ambiguous by eight hours (Beijing vs UTC); refuse it
        # where it is built rather than print a misleading time later.
        for name in ("generated_at", "sources_checked_at"):
            value = getattr(self, name)
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                raise ValueError(f"Digest.{name} must be timezone-aware, got {value!r}")


# --------------------------------------------------------------------------------------------------
# Summary


def _news(digest: Digest) -> list[DigestChange]:
    return [c for c in digest.changes if not c.already_alerted]


def summary_counts(digest: Digest) -> dict[str, int]:
    """Counts of news by change type, every type present (zeros too) so machine readers need no defaults."""
    counts = Counter(_count_key(c) for c in _news(digest))
    result: dict[str, int] = {t: counts.get(t, 0) for t in CHANGE_TYPES}
    # Unknown types are kept visible instead of silently dropped from the totals.
    for t in sorted(set(counts) - set(CHANGE_TYPES)):
        result[t] = counts[t]
    return result


def summary_line(digest: Digest) -> str:
    """One line for the e-mail subject and the webhook text, e.g. "3 newly controlled, 1 modified".

    Already-alerted changes are not news, so they are mentioned after the counts rather than in them.
    """
    counts = summary_counts(digest)
    parts = [f"{n} {_SUMMARY_WORDS.get(t, t)}" for t, n in counts.items() if n]
    arrival = arrival_counts(digest)
    qualifiers = [f"{n} {label}" for label, n in arrival.items() if n]
    if qualifiers and parts and counts.get("added"):
        parts[0] += f" ({', '.join(qualifiers)})"  # "added" comes first: not news without the qualifier
    alerted = len(digest.changes) - len(_news(digest))
    if not digest.changes:
        return "No changes"
    line = ", ".join(parts) if parts else "No new changes"
    if alerted:
        line += f" ({alerted} already alerted)"
    return line


def arrival_status(change: DigestChange, as_of: date) -> str:
    """How an added entry arrives: "suspended" (suspended on arrival), "pending" or "in_force"."""
    if change.detail.get("status") == "suspended" or change.window_from is not None:
        return "suspended"
    if change.effective_on is not None and change.effective_on > as_of:
        return "pending"
    return "in_force"


def arrival_counts(digest: Digest) -> dict[str, int]:
    added = [c for c in _news(digest) if c.change_type == "added" and not c.list]
    statuses = Counter(arrival_status(c, digest.as_of) for c in added)
    return {"pending": statuses["pending"], "suspended on arrival": statuses["suspended"]}


# --------------------------------------------------------------------------------------------------
# Text hygiene

# C0 (except tab/newline, handled by whitespace folding), DEL, C1, bidi embeddings/overrides/isolates,
# line/paragraph separators: all can hide, reorder or fake text in a terminal or mail client.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FOLD_RE = re.compile(r"[\t\n\r\u2028\u2029]+")
# Everything CommonMark/GFM could read as structure inside a line: emphasis, code, links, raw HTML,
# entities, tables, strikethrough, headings. Backslash-escaping ASCII punctuation is always literal.
_MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|&~#!])")
_HEX_RE = re.compile(r"^[0-9a-fA-F]{12,}$")


def clean_text(value: object) -> str:
    """One line of printable text: source values are single lines, and a stray newline in a name would
    otherwise start a new Markdown block or a fake line in the plain-text mail."""
    if value is None:
        return ""
    text = _FOLD_RE.sub(" ", str(value))
    return CONTROL_RE.sub("", text).strip()


def strip_controls_multiline(text: str) -> str:
    # Last line of defence over a whole rendered document: template text is ours, but a template bug
    # must still not let a control character through.
    return CONTROL_RE.sub("", text.replace("\r", ""))


# What GFM (and linkify-style renderers) turn into a live link without any link syntax: a scheme URL,
# a www. name, an e-mail address. Backslashes cannot stop the e-mail autolink (cmark-gfm consolidates
# the text first), so these are put in code spans, where no renderer makes links. Printable ASCII only
# (not " < > \ or `), so a link printed inside Chinese text does not swallow the text after it.
_AUTOLINK_RE = re.compile(
    r"(?:(?<![A-Za-z0-9+.\-])(?:[A-Za-z][A-Za-z0-9+.\-]{0,31}:/{1,3}|www\d{0,3}\.|mailto:))[\x21\x23-\x3b\x3d\x3f-\x5b\x5d-\x5f\x61-\x7e]*"
    # The lookbehind starts an address only at the beginning of its run: without it, a long run of
    # letters with no @ is rescanned from every position (quadratic; 20,000 letters took 1.4 s a value).
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
)
_LINK_TRAILERS = ".,:;!?'\")]}*_~"
# Block markers a value could start a line with: list items (- + and 1. 1) before a space), setext
# underlines and rules (= -). The other markers (# > * _ ~ ` | <) are escaped wherever they appear.
_MD_LEADING_RE = re.compile(r"^(?:([-+=])|(\d{1,9})([.)])(?=\s|$))")


def md_escape(value: object) -> str:
    """One value as inert Markdown: it shows as its text, never as a link, list, rule or heading."""
    text = clean_text(value)
    parts: list[str] = []
    position = 0
    for match in _AUTOLINK_RE.finditer(text):
        link = match.group(0).rstrip(_LINK_TRAILERS)  # "see http://x.cn." keeps its full stop outside
        parts.append(_MD_SPECIAL_RE.sub(r"\\\1", text[position : match.start()]))
        parts.append(f"`{link}`" if link else "")  # the class above excludes backticks
        position = match.start() + len(link)
    parts.append(_MD_SPECIAL_RE.sub(r"\\\1", text[position:]))
    escaped = "".join(parts)
    return _MD_LEADING_RE.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped
    )


class Verbatim(str):
    """Already safe for the Markdown/plain-text output (e.g. a sanitised URL); finalize leaves it alone."""

    __slots__ = ()


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http(s) link, percent-encoding what could break out of a Markdown
    link or an HTML attribute; None otherwise (no javascript:, data: or relative links in a mail)."""
    text = clean_text(url)
    if not text:
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Keep reserved URL characters; encode spaces, quotes, brackets, parentheses and pipes.
    return quote(text, safe=":/?#@!$&*+,;=%-._~")


def _format_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def _format_datetime(dt: datetime) -> str:
    offset = dt.utcoffset() or timedelta(0)
    if offset == timedelta(0):
        zone = "UTC"
    else:
        sign = "+" if offset >= timedelta(0) else "-"
        minutes = abs(int(offset.total_seconds())) // 60
        zone = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{dt:%Y-%m-%d %H:%M} {zone}"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


# --------------------------------------------------------------------------------------------------
# View model: everything the templates print, computed once so the four formats cannot disagree.


@dataclass(frozen=True)
class _FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class _EntryView:
    change_type: str
    type_label: str
    name_en: str | None
    name_zh: str
    kind: str
    category_zh: str | None
    control_code: str | None
    hs_codes: str | None
    effective: str | None
    window: str | None
    cause: str | None
    quote_zh: str
    hash_short: str | None
    hash_full: str | None
    field_changes: tuple[_FieldChange, ...]
    is_party: bool = False
    list_label: str | None = None
    country: str | None = None
    measures: tuple[str, ...] = ()
    includes_branches: bool = False
    change_id: str = ""


@dataclass(frozen=True)
class _NoticeGroup:
    notice_id: str
    number_zh: str
    title_zh: str
    url: Verbatim | None
    entries: tuple[_EntryView, ...]
    title_en: str | None = None


@dataclass(frozen=True)
class _Section:
    key: str
    heading: str
    count: int
    notices: tuple[_NoticeGroup, ...]


def _cause_label(change: DigestChange) -> str | None:
    if change.cause_notice_number_zh and change.cause_notice_id:
        return f"{change.cause_notice_number_zh} ({change.cause_notice_id})"
    return change.cause_notice_number_zh or change.cause_notice_id


def _effective_text(change: DigestChange, as_of: date) -> str | None:
    if change.effective_on is None:
        return None
    when = change.effective_on.isoformat()
    ahead = (change.effective_on - as_of).days
    if change.change_type == "removed":
        # Whether the date is the entry's own or the removal's depends on the notice; "in force since"
        # or "takes effect" would claim one of the two, so the wording stays neutral.
        return f"effective date on record: {when}" + (f" (in {_days(ahead)})" if ahead > 0 else "")
    if ahead > 0:
        return f"effective {when} — takes effect in {_days(ahead)}"
    return f"in force since {when}"


def _window_text(change: DigestChange, as_of: date) -> str | None:
    if change.change_type != "suspended" and change.window_from is None and change.window_until is None:
        return None
    start = f"from {change.window_from.isoformat()}" if change.window_from else ""
    if change.window_until:
        left = (change.window_until - as_of).days
        end = f"until {change.window_until.isoformat()}"
        if left > 0:
            end += f" ({_days(left)} from {as_of.isoformat()})"
    else:
        end = "until further notice"
    text = " ".join(p for p in ("suspended", start, end) if p)
    cause = _cause_label(change)
    return f"{text} by {cause}" if cause else text


def _cause_text(change: DigestChange) -> str | None:
    cause = _cause_label(change)
    if (
        cause is None or change.change_type == "suspended" or change.window_from is not None
    ):  # in the window text
        return None
    verb = {"removed": "removed by", "reinstated": "reinstated by", "modified": "amended by"}
    if change.list and change.detail.get("moved_to") == "control_list":
        return f"moved to the control list by {cause}"
    return f"{verb.get(change.change_type, 'per')} {cause}"


def value_text(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(value_text(v) for v in value) or "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _field_changes(detail: Mapping[str, object]) -> tuple[_FieldChange, ...]:
    out = []
    for field_name in sorted(detail, key=str):
        value = detail[field_name]
        if isinstance(value, Mapping) and ("old" in value or "new" in value):
            out.append(
                _FieldChange(str(field_name), value_text(value.get("old")), value_text(value.get("new")))
            )
        else:
            # Not the documented shape; show it rather than lose it.
            out.append(_FieldChange(str(field_name), "—", value_text(value)))
    return tuple(out)


def _entry_view(change: DigestChange, as_of: date) -> _EntryView:
    sha = (change.source_sha256 or "").strip()
    valid_sha = bool(_HEX_RE.match(sha))
    return _EntryView(
        change_type=change.change_type,
        type_label=SECTION_HEADINGS.get(change.change_type, change.change_type),
        name_en=change.name_en or None,
        name_zh=change.name_zh,
        kind=change.kind,
        category_zh=change.category_zh or None,
        control_code=change.control_code or None,
        hs_codes=", ".join(change.hs_codes) if change.hs_codes else None,
        effective=_effective_text(change, as_of),
        window=_window_text(change, as_of),
        cause=_cause_text(change),
        quote_zh=change.quote_zh,
        hash_short=sha[:12].lower() if valid_sha else None,
        hash_full=sha.lower() if valid_sha else None,
        field_changes=_field_changes(change.detail) if change.change_type == "modified" else (),
        is_party=change.list is not None,
        list_label=LIST_LABELS.get(change.list, change.list) if change.list else None,
        country=change.country,
        measures=change.measures,
        includes_branches=bool(change.detail.get("includes_branches")),
        change_id=change.change_id,
    )


_NUMBER_RE = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[Any, ...]:
    # MOFCOM-2025-9 before MOFCOM-2025-57.
    return tuple(int(p) if p.isdigit() else p for p in _NUMBER_RE.split(text))


def _group(
    changes: Iterable[DigestChange], as_of: date, titles: Mapping[str, str | None] | None = None
) -> tuple[_NoticeGroup, ...]:
    by_notice: dict[str, list[DigestChange]] = {}
    for change in changes:
        by_notice.setdefault(change.notice_id, []).append(change)
    groups = []
    for notice_id in sorted(by_notice, key=natural_key):
        members = sorted(
            by_notice[notice_id],
            key=lambda c: (
                CHANGE_TYPES.index(c.change_type) if c.change_type in CHANGE_TYPES else 99,
                natural_key(c.control_code or ""),
                c.name_zh,
                c.entry_key,
            ),
        )
        first = members[0]
        url = safe_url(first.notice_url)
        groups.append(
            _NoticeGroup(
                notice_id=notice_id,
                number_zh=first.notice_number_zh,
                title_zh=first.notice_title_zh,
                url=Verbatim(url) if url else None,
                entries=tuple(_entry_view(c, as_of) for c in members),
                title_en=(titles or {}).get(notice_id),
            )
        )
    return tuple(groups)


def _sections(digest: Digest) -> tuple[_Section, ...]:
    news = _news(digest)
    titles = {n.notice_id: n.title_en for n in digest.notices}
    known = list(_SECTION_ORDER)
    known += sorted({_section_key(c) for c in news} - set(_SECTION_ORDER))
    sections = []
    for change_type in known:
        members = [c for c in news if _section_key(c) == change_type]
        if members:
            sections.append(
                _Section(
                    change_type,
                    SECTION_HEADINGS.get(change_type, change_type.capitalize()),
                    len(members),
                    _group(members, digest.as_of, titles),
                )
            )
    alerted = [c for c in digest.changes if c.already_alerted]
    if alerted:
        sections.append(
            _Section(
                "already_alerted",
                SECTION_HEADINGS["already_alerted"],
                len(alerted),
                _group(alerted, digest.as_of, titles),
            )
        )
    return tuple(sections)


def template_context(digest: Digest) -> dict[str, Any]:
    checked = digest.sources_checked_at
    return {
        "title": digest.title,
        "urgent": digest.urgent,
        "run_id": digest.run_id,
        "as_of": digest.as_of.isoformat(),
        "generated_at": _format_datetime(digest.generated_at),
        "summary": summary_line(digest),
        "fetch_failures": [f for f in digest.fetch_failures if clean_text(f)],
        "sources_checked_at": _format_datetime(checked) if checked else None,
        "empty": not digest.changes,
        "checked_note_time": _format_datetime(checked or digest.generated_at),
        "sections": _sections(digest),
        "affected": digest.affected,
        "disclaimer": DISCLAIMER,
    }


# --------------------------------------------------------------------------------------------------
# Subscriptions


@dataclass(frozen=True)
class Subscription:
    """Who wants which part of the digest. Empty filters match everything."""

    name: str
    recipients: tuple[str, ...] = ()
    hs_prefixes: tuple[str, ...] = ()
    control_code_prefixes: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    webhook_url: str | None = None
    countries: tuple[str, ...] = ()  # parties of these countries or regions (美国, US, 台湾地区, TW …)
    lists: tuple[str, ...] = ()  # parties on these lists (control_list, watch_list, unreliable_entity_list)
    catalogue: str | None = None  # a PRODUCTS file: only changes touching its products


_LIST_KEYS = (
    "recipients",
    "hs_prefixes",
    "control_code_prefixes",
    "categories",
    "kinds",
    "countries",
    "lists",
)
_SUBSCRIPTION_KEYS = ("name", *_LIST_KEYS, "webhook_url", "catalogue")
_EMAIL_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+$")


def _hs_digits(code: str) -> str:
    # Notices write 8505.11.00 or 85051100; subscribers write either.
    return re.sub(r"\D", "", code)


def load_subscriptions(text: str) -> list[Subscription]:  # noqa: C901 — validates each field of a subscription with its own message
    """Parse a subscriptions TOML file made of `[[subscription]]` tables.

    Strict, like the parsers: a misspelt key (``hs_prefix``) would otherwise silently widen a filter to
    "everything", so unknown keys and wrong types are errors naming the subscription and the key.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"subscriptions file is not valid TOML: {exc}") from exc
    unknown_top = sorted(set(data) - {"subscription"})
    if unknown_top:
        raise ValueError(
            f"subscriptions file: unknown top-level key(s) {', '.join(map(repr, unknown_top))}; "
            "expected only [[subscription]] tables"
        )
    tables = data.get("subscription", [])
    if not isinstance(tables, list):
        raise ValueError("subscriptions file: 'subscription' must be an array of tables ([[subscription]])")
    subscriptions: list[Subscription] = []
    seen: set[str] = set()
    for index, table in enumerate(tables, start=1):
        if not isinstance(table, dict):
            raise ValueError(f"subscription #{index}: must be a table")
        where = f"subscription #{index}" + (
            f" ({table['name']!r})" if isinstance(table.get("name"), str) else ""
        )
        unknown = sorted(set(table) - set(_SUBSCRIPTION_KEYS))
        if unknown:
            raise ValueError(
                f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
                f"allowed: {', '.join(_SUBSCRIPTION_KEYS)}"
            )
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where}: 'name' is required and must be a non-empty string")
        if name in seen:
            raise ValueError(f"{where}: duplicate subscription name {name!r}")
        seen.add(name)
        lists: dict[str, tuple[str, ...]] = {}
        for key in _LIST_KEYS:
            value = table.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ValueError(f"{where}: {key!r} must be a list of non-empty strings, got {value!r}")
            lists[key] = tuple(v.strip() for v in value)
        bad_lists = [x for x in lists["lists"] if x not in LIST_LABELS]
        if bad_lists:
            raise ValueError(f"{where}: unknown list(s) {bad_lists!r}; allowed: {', '.join(LIST_LABELS)}")
        bad_kinds = [k for k in lists["kinds"] if k not in KINDS]
        if bad_kinds:
            raise ValueError(f"{where}: unknown kind(s) {bad_kinds!r}; allowed: {', '.join(KINDS)}")
        bad_mail = [r for r in lists["recipients"] if not _EMAIL_RE.match(r)]
        if bad_mail:
            raise ValueError(f"{where}: not an e-mail address: {bad_mail!r}")
        bad_hs = [p for p in lists["hs_prefixes"] if not _hs_digits(p)]
        if bad_hs:
            raise ValueError(f"{where}: HS prefixes must contain digits: {bad_hs!r}")
        webhook_url = table.get("webhook_url")
        if webhook_url is not None and (not isinstance(webhook_url, str) or safe_url(webhook_url) is None):
            raise ValueError(f"{where}: 'webhook_url' must be an http(s) URL, got {webhook_url!r}")
        catalogue = table.get("catalogue")
        if catalogue is not None and (not isinstance(catalogue, str) or not catalogue.strip()):
            raise ValueError(f"{where}: 'catalogue' must be the path of a PRODUCTS file, got {catalogue!r}")
        subscriptions.append(
            Subscription(name=name.strip(), webhook_url=webhook_url, catalogue=catalogue, **lists)
        )
    return subscriptions


def subscription_matches(change: DigestChange, sub: Subscription) -> bool:
    """Every non-empty filter must match (AND across filters, OR within one)."""
    if sub.hs_prefixes:
        prefixes = [_hs_digits(p) for p in sub.hs_prefixes]
        codes = [_hs_digits(c) for c in change.hs_codes]
        if not any(code.startswith(p) for code in codes for p in prefixes):
            return False
    if sub.control_code_prefixes:
        code = (change.control_code or "").strip().upper()
        if not code or not any(code.startswith(p.upper()) for p in sub.control_code_prefixes):
            return False
    if sub.categories and (change.category_zh or "").strip() not in sub.categories:
        return False
    if sub.lists and change.list not in sub.lists:
        return False
    if sub.countries and not _country_matches(change.country, sub.countries):
        return False
    return not (sub.kinds and change.kind not in sub.kinds)


def _country_matches(country: str | None, wanted: tuple[str, ...]) -> bool:
    """A subscriber may write the printed form (美国, 台湾地区) or the ISO code (US, TW)."""
    if not country:
        return False
    from parsers.parties import country_code

    code = country_code(country)
    return any(w == country or (code is not None and country_code(w) == code) for w in wanted)


def filter_changes(
    digest: Digest, sub: Subscription, affected: tuple[AffectedProduct, ...] | None = None
) -> Digest:
    """The subscriber's view of a digest; warnings and footer facts are kept since they concern everyone.

    A subscription naming a catalogue sees only the changes touching its products (`affected`, screened
    by the caller), and those products.
    """
    changes = tuple(c for c in digest.changes if subscription_matches(c, sub))
    if sub.catalogue is not None and affected is not None:
        touched = {a.change_id for a in affected}
        changes = tuple(c for c in changes if c.change_id in touched)
    return dataclasses.replace(
        digest,
        changes=changes,
        title=f"{digest.title} — {sub.name}",
        affected=affected if affected is not None else digest.affected,
    )
