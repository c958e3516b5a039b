"""Typed records the parsers return.

Every record is frozen: a parsed page is evidence, and evidence must not be edited after the fact.
Dates are `datetime.date`; anything the source did not state is `None`, never a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from parsers.party_records import Party, PartyRef

# The closed vocabularies of the records below, written once; code that iterates one takes
# `typing.get_args` of it. The warehouse stores them as VARCHAR (docs/tables.md lists the values).
Severity = Literal["warning", "error"]
# What an entry controls: goods (item), production or test equipment, technology, software.
EntryKind = Literal["item", "equipment", "technology", "software"]
# What a notice does to the list; `catalogue` is a licence catalogue notice (entries read as rows).
NoticeKind = Literal[
    "adds_controls", "amends", "suspends", "resumes", "repeals", "informational", "catalogue"
]
# How one notice acts on another; `lifts` takes measures off (the acting notice's kind is `repeals`).
RelationType = Literal["suspends", "resumes", "repeals", "amends", "lifts"]
# The rules a clause can state, strongest first (parsers.rules orders and reports them in this order).
RuleKind = Literal[
    "de_minimis_value",
    "extraterritorial_scope",
    "end_user",
    "end_use",
    "catch_all",
    "prohibition",
    "licence_procedure",
]
# An entry's status on a date: pending = published, not yet in force; repealed = off the list.
EntryStatus = Literal["in_force", "pending", "suspended", "repealed"]
# How the effective date was read: printed (`date`) or 自公布之日起 (`on_publication`).
EffectiveRule = Literal["date", "on_publication"]


class ParseError(ValueError):
    """The one exception parsers raise for input they cannot interpret.

    Callers turn it into a `data_issues` row; anything else escaping a parser is a bug.
    """


@dataclass(frozen=True)
class Issue:
    """Something a parser noticed but could not resolve (recorded in `data_issues`)."""

    code: str
    message: str
    line: str | None = None
    severity: Severity = "warning"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str  # "header", "meta", "bom", "sniff-utf8", "fallback" or "mislabelled:<declared>"
    replacements: int  # U+FFFD produced while decoding: non-zero means the page is damaged
    notice: str | None = None  # what was declared (where) and what was used, when they differ


@dataclass(frozen=True)
class ListingLink:
    url: str
    title: str
    listed_on: dt.date | None
    category: str | None = None


@dataclass(frozen=True)
class ListingPage:
    links: tuple[ListingLink, ...]
    next_url: str | None = None
    total: int | None = None
    page_no: int | None = None
    max_page: int | None = None


@dataclass(frozen=True)
class NoticeNumber:
    """A normalized 发布文号 such as 商务部 海关总署公告2025年第18号."""

    issuers: tuple[str, ...]
    series: str  # "公告" or "令"
    year: int
    number: int

    @property
    def number_zh(self) -> str:
        return f"{' '.join(self.issuers)}{self.series}{self.year}年第{self.number}号"

    @property
    def notice_id(self) -> str:
        prefix = ISSUER_CODES.get(self.issuers[0], "CN") if self.issuers else "CN"
        series = "" if self.series == "公告" else "ORDER-"
        return f"{prefix}-{series}{self.year}-{self.number}"


# The lead issuer names the series a notice is numbered in: 商务部 工业和信息化部 海关总署 国家密码局公告
# 2024年第51号 is MOFCOM's No. 51, whatever the co-issuers. Several spellings of one body share a code.
ISSUER_CODES: dict[str, str] = {
    "商务部": "MOFCOM",
    "海关总署": "GACC",
    "国家原子能机构": "CAEA",
    "国家国防科技工业局": "SASTIND",
    "国家国防科工局": "SASTIND",
    "国防科工局": "SASTIND",
    "科学技术部": "MOST",
    "科技部": "MOST",
    "工业和信息化部": "MIIT",
    "工信部": "MIIT",
    "中央军委装备发展部": "CMC-EDD",
    "国家密码管理局": "OSCCA",
    "国家密码局": "OSCCA",
    "外交部": "MFA",
    "公安部": "MPS",
    "国家发展和改革委员会": "NDRC",
    "国家发展改革委": "NDRC",
    "财政部": "MOF",
    "国务院关税税则委员会": "TCSC",
    # The Unreliable Entity List working mechanism numbers its decisions 〔2025〕7号 and
    # 公告2025年第7号 alike: one series.
    "不可靠实体清单工作机制": "UEL",
    "国家出口管制工作协调机制": "ECCM",
}


@dataclass(frozen=True)
class Attachment:
    url: str
    label: str


@dataclass(frozen=True)
class Relation:
    """One notice acting on another: suspends, resumes, repeals, amends or lifts it.

    `clause` is set when only part of the target is affected (e.g. 第二款 → "二").
    `window_from`/`window_until` are inclusive dates as printed (自即日起至2026年11月10日).
    """

    relation: RelationType
    target_number: NoticeNumber | None
    target_label: str
    clause: str | None
    window_from: dt.date | None
    window_until: dt.date | None
    quote_zh: str
    # The act starts when another window ends, and the notice does not print that day: the window is
    # another notice's (…在第1031号公告规定的暂停期限届满后…), which only a reader of that notice knows.
    anchor: WindowAnchor | None = None
    # The act ends when another notice's window does (暂停期限与…第1231号第二条规定的暂停期限同时届满).
    end_anchor: EndAnchor | None = None
    # The clause of this notice stating the act (一, 一/(三)): what a later notice names it by (…第1107号第一条
    # 规定的暂停期限).
    made_in: str | None = None


@dataclass(frozen=True)
class WindowAnchor:
    """Where an act's start is to be found when its notice does not print it: the day after the end of the
    window `maker` set on the act's target (its clause) — with no maker, the target's window in force
    before this notice. `duration` (为期6个月) is the act's own period, counted from that start. With
    `since="target_effective"` the start is the target's own day of force instead (a correction said to
    apply 自被更正公告施行之日起), `since="target_published"` the day the target was published (…自第1716号公告公布之日起
    适用), and with `since="maker_effective"` the day of force of `maker` (a notice in force
    only from another's: 本公告自…第808号施行之日起施行). `window_from`/`window_until` of the relation stay what the notice alone
    gives (its publication) until the anchor is resolved against the notices read (parsers/chains.py)."""

    maker: NoticeNumber | None
    duration: str | None = None
    since: AnchorSince = "window_end"
    # the clause of `maker` that set the window (…第1231号第一条规定的暂停期限届满之次日起 → 一)
    made_in: str | None = None


AnchorSince = Literal["window_end", "target_effective", "target_published", "maker_effective"]


@dataclass(frozen=True)
class EndAnchor:
    """Where an act's end is to be found when the notice ties it to another notice's window (暂停期限与…第1106号
    第一条第（三）项所定2025年第58号公告第三条的暂停期限同时届满 / 至…第1203号第一条所定暂停期限届满之日止): the end of the
    suspension `maker` set in its clause `made_in` — on `target` (its `clause`) when the notice names one. The
    relation's `window_until` stays what the notice alone gives until it is resolved (parsers/chains.py)."""

    maker: NoticeNumber
    made_in: str | None = None
    target: NoticeNumber | None = None
    clause: str | None = None


@dataclass(frozen=True)
class Entry:
    """A leaf of a notice's control list."""

    path: str
    name_zh: str
    category_zh: str | None
    group_zh: str | None
    control_code: str | None
    control_code_printed: str | None
    hs_codes: tuple[str, ...]
    hs_label: str | None
    kind: EntryKind
    spec_zh: str | None
    quote_zh: str
    span: tuple[int, int]
    source: str = "body"  # "body" or the attachment URL
    # Every code a line prints when it prints several (1E004、1E101.b．…); control_code is the first.
    control_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A rule a notice states that is not an item (a value threshold, extraterritorial reach, an
    end-use or end-user condition, licence procedure): a row of `rule_records`.

    `threshold` is a fraction (0.1% → 0.001). `applies_to` names the list parts it governs, as
    annex parts (附件1第二部分) or outline paths of the notice's own list (二/(二)).
    `effective_on` is set only when the notice dates that clause separately.
    """

    rule_kind: RuleKind
    clause: str | None
    threshold: float | None
    applies_to: tuple[str, ...]
    quote_zh: str
    effective_on: dt.date | None = None


@dataclass(frozen=True)
class NoticePage:
    """What one article page says, before it is reconciled with other copies."""

    url: str
    title_zh: str
    number: NoticeNumber | None
    number_printed: str | None
    issuing_unit: str | None
    published_on: dt.date | None
    page_time: str | None
    effective_on: dt.date | None
    effective_rule: EffectiveRule | None
    body: str
    attachments: tuple[Attachment, ...]
    issues: tuple[Issue, ...] = field(default=())
    # A notice printing no day of force but another notice's (本公告自…第808号施行之日起施行): that notice. Its
    # `effective_on` is then None until the other notice is read (parsers/chains.py, warehouse/chains.py).
    effective_with: NoticeNumber | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one notice body (and its attachments)."""

    kind: NoticeKind
    entries: tuple[Entry, ...]
    relations: tuple[Relation, ...]
    stated_count: int | None
    issues: tuple[Issue, ...]
    rules: tuple[Rule, ...] = ()
    parties: tuple[Party, ...] = ()
    party_refs: tuple[PartyRef, ...] = ()
