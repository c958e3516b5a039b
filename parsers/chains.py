"""Acts whose start is the end of a window another notice set, dated from that notice.

`…第57号公告第一条，在商务部 海关总署公告2026年第1031号规定的暂停期限届满后继续暂停实施` prints no day: the
day is the one after the window No. 1031 gave No. 57 ends, which only a reader of No. 1031 knows. The
parser marks such acts with a `WindowAnchor`; this module, given the notices read (each with its
publication day and acts), dates them. It is pure: the warehouse calls it on the relations it stores
(warehouse/chains.py), the accuracy scorer on the corpus it scores, so both date the same acts the
same way.

An anchor that does not resolve (the other notice was never read, or it set several windows on that
target and the act does not say which) leaves the act as the notice alone dates it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.model import Relation
from parsers.numbers import duration_end


@dataclass(frozen=True)
class Act:
    """One relation as the resolver needs it. For an anchored act, `window_from`/`window_until` are the
    dates the notice alone gives (what the act falls back to)."""

    relation: str
    target: str | None
    clause: str | None
    window_from: dt.date | None
    window_until: dt.date | None
    anchored: bool = False
    maker: str | None = None  # the notice whose window the act follows (None: the target's window in force)
    duration: str | None = None  # the act's own period (为期6个月), counted from the resolved start
    # where the start is: "window_end" of the window followed, "target_effective" the target's own day of force (a
    # correction), "target_published" its day of publication, "maker_effective" the maker's (a notice in force only
    # from another's)
    since: str = "window_end"
    made_in: str | None = None  # the clause of its own notice stating the act (what others name it by)
    maker_clause: str | None = None  # the clause of `maker` that set the window the act follows
    # an end tied to another notice's window: that notice, its clause, and the target (clause) named
    until_maker: str | None = None
    until_made_in: str | None = None
    until_target: str | None = None
    until_clause: str | None = None

    @property
    def tied(self) -> bool:
        """Whether the resolver has something to date: its start or its end follows another notice."""
        return self.anchored or self.until_maker is not None


@dataclass(frozen=True)
class ReadNotice:
    """One notice as the resolver sees it: a key of the caller's, the notice's id (what other notices name
    it by), its day, and its acts."""

    key: str
    notice_id: str | None
    published_on: dt.date | None
    acts: tuple[Act, ...]
    effective_on: dt.date | None = None  # what the notice alone gives (its publication when it prints none)
    effective_with: str | None = (
        None  # the notice whose day of force is this one's (本公告自…第808号施行之日起施行)
    )


def act_of(relation: Relation) -> Act:
    """The resolver's view of a parsed relation."""
    anchor, end = relation.anchor, relation.end_anchor
    return Act(
        relation=relation.relation,
        target=relation.target_number.notice_id if relation.target_number else None,
        clause=relation.clause,
        window_from=relation.window_from,
        window_until=relation.window_until,
        anchored=anchor is not None,
        maker=anchor.maker.notice_id if anchor is not None and anchor.maker is not None else None,
        duration=anchor.duration if anchor is not None else None,
        since=anchor.since if anchor is not None else "window_end",
        made_in=relation.made_in,
        maker_clause=anchor.made_in if anchor is not None else None,
        until_maker=end.maker.notice_id if end is not None else None,
        until_made_in=end.made_in if end is not None else None,
        until_target=end.target.notice_id if end is not None and end.target is not None else None,
        until_clause=end.clause if end is not None else None,
    )


def notice_days(notices: Sequence[ReadNotice]) -> dict[str, dt.date | None]:
    """Every notice's day of force: its own, or for a notice in force from another's day of force that
    notice's when it was read and published no later (a chain is followed link by link; notices of one
    day, in whatever order, find each other)."""
    by_id = {n.notice_id: n for n in notices if n.notice_id is not None}
    days: dict[str, dt.date | None] = {}
    for notice in notices:
        day, seen, current = notice.effective_on, {notice.key}, notice
        while current.effective_with is not None:
            maker = by_id.get(current.effective_with)
            if maker is None or maker.key in seen or _later(maker, current):
                break
            seen.add(maker.key)
            day, current = maker.effective_on, maker
        days[notice.key] = day if day is not None else notice.effective_on
    return days


def _later(maker: ReadNotice, notice: ReadNotice) -> bool:
    return (
        maker.published_on is not None
        and notice.published_on is not None
        and maker.published_on > notice.published_on
    )


def resolve_anchors(notices: Sequence[ReadNotice]) -> dict[str, tuple[Act, ...]]:
    """Every notice's acts, the anchored ones dated where the window they follow is known.

    Notices are taken in order of publication, so a chain (No. 1035 after No. 1031 after No. 1016) is
    dated link by link, each act only from notices published before its own."""
    days = notice_days(notices)
    ordered = sorted(
        (dataclasses.replace(n, effective_on=days[n.key]) for n in notices),
        key=lambda n: (n.published_on or dt.date.min, n.key),
    )
    read: dict[str, ReadNotice] = {}  # by notice id: the latest read of that number
    resolved: dict[str, tuple[Act, ...]] = {}
    for notice in ordered:
        acts = tuple(_resolved(act, read, notice.published_on) if act.tied else act for act in notice.acts)
        resolved[notice.key] = acts
        # (a page without a number — a spokesperson's answer — can set a window, but no notice names it)
        read[notice.notice_id or f"\0{notice.key}"] = dataclasses.replace(notice, acts=acts)
    return resolved


def _resolved(act: Act, earlier: dict[str, ReadNotice], published_on: dt.date | None) -> Act:
    tied_end = _tied_end(act, earlier)
    if tied_end is not None and (act.window_from is None or act.window_from <= tied_end):
        act = dataclasses.replace(act, window_until=tied_end)
    if not act.anchored:
        return act
    if act.since in ("target_effective", "target_published", "maker_effective"):
        # (自被更正公告施行之日起: the target's day of force; …自第1716号公告公布之日起适用: its publication; 本公告自…第808号
        # 施行之日起施行: the maker's day of force)
        named = earlier.get((act.maker if act.since == "maker_effective" else act.target) or "")
        day = named.published_on if named is not None and act.since == "target_published" else None
        if named is not None and act.since == "maker_effective" and act.maker_clause is not None:
            day = _clause_day(
                named, act.maker_clause
            )  # (…自…第2246号第二条施行之日起: that clause's acts' day)
        day = day or ((named.effective_on or named.published_on) if named is not None else None)
        # (only for a clause tied to another notice's clause — an act whose own sentence names that day keeps it)
        if day is not None and published_on is not None and act.maker_clause is not None:
            day = max(day, published_on)  # (a notice holds from another's day of force, never before its own)
        return act if day is None else dataclasses.replace(act, window_from=day)
    end = _window_end(act, earlier, published_on)
    if end is None:
        return act
    start = end + dt.timedelta(days=1)
    until = act.window_until
    if act.duration is not None:
        until = duration_end(start, act.duration) or until
    if until is not None and until < start:
        return act  # (an end before the start: the anchor was misread; keep the notice's own dates)
    return dataclasses.replace(act, window_from=start, window_until=until)


def _clause_day(notice: ReadNotice, clause: str) -> dt.date | None:
    """The day a clause of `notice` comes into force, as its acts start (one day for all, else none)."""
    days = {a.window_from for a in notice.acts if _within(a.made_in, clause) and a.window_from is not None}
    return next(iter(days)) if len(days) == 1 else None


def _window_end(act: Act, earlier: dict[str, ReadNotice], published_on: dt.date | None) -> dt.date | None:
    """The end of the window the act follows: the one its maker set on the act's target (its clause, else the
    whole target; else the one window the maker set), else the target's own window in force — one that holds
    on this notice's day (a window continued is one still running), the latest notice's if several do."""
    if act.target is None:
        return None
    if act.maker is not None and act.maker != act.target:
        made = earlier[act.maker].acts if act.maker in earlier else ()
        if act.maker_clause is not None:
            # (…第1231号第一条规定的暂停期限届满之次日起: the window that clause of the maker set, whatever its target)
            inside = _ends([a for a in made if _within(a.made_in, act.maker_clause)], None, None)
            if len(inside) == 1:
                return inside.pop()
        ends = _ends(made, act.target, act.clause) or _ends(made, act.target, None) or _ends(made, None, None)
        return ends.pop() if len(ends) == 1 else None
    windows = [
        (notice.published_on or dt.date.min, end)
        for notice in earlier.values()
        for end in _ends(notice.acts, act.target, act.clause, loose=True, holding_on=published_on)
    ]
    return max(windows)[1] if windows else None


def _tied_end(act: Act, earlier: dict[str, ReadNotice]) -> dt.date | None:
    """The end of the window an act's end is tied to: the suspension its maker set in the clause named (on the
    target and clause named, if any) — when exactly one end is found."""
    if act.until_maker is None:
        return None
    maker = earlier.get(act.until_maker)
    made = [a for a in maker.acts if _within(a.made_in, act.until_made_in)] if maker is not None else []
    ends = _ends(made, act.until_target, act.until_clause, loose=True)
    if not ends and act.until_target is None:
        # (至2025年第55号公告第五条、第六条暂停期限届满之日止: the notice named is the one suspended, not the maker — the
        # end is that of its clause's window in force, the latest notice's)
        windows = [
            (notice.published_on or dt.date.min, end)
            for notice in earlier.values()
            for end in _ends(notice.acts, act.until_maker, act.until_made_in, loose=True)
        ]
        return max(windows)[1] if windows else None
    return ends.pop() if len(ends) == 1 else None


def _within(made_in: str | None, named: str | None) -> bool:
    """Whether an act stated in clause `made_in` of its notice is one of those clause `named` states (一 holds
    一/(三); an act read without its clause is counted in only when no clause is named)."""
    if named is None:
        return True
    if made_in is None:
        return False
    return made_in == named or made_in.startswith(f"{named}/") or named.startswith(f"{made_in}/")


def _ends(
    acts: Sequence[Act],
    target: str | None,
    clause: str | None,
    *,
    loose: bool = False,
    holding_on: dt.date | None = None,
) -> set[dt.date]:
    """The ends of the suspensions among `acts` of `target` (any, when None) and `clause` (any, when None;
    with `loose`, a suspension of the whole target counts for each of its clauses); with `holding_on`, only
    windows running on that day."""
    return {
        a.window_until
        for a in acts
        if a.relation == "suspends"
        and a.window_until is not None
        and a.target is not None
        and (target is None or a.target == target)
        and (clause is None or a.clause == clause or (loose and a.clause is None))
        and (
            holding_on is None
            or ((a.window_from is None or a.window_from <= holding_on) and holding_on <= a.window_until)
        )
    }
