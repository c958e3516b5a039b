"""Typed records for the entity lists (parties), kept apart from `model` so both can import them.

A `Party` is one foreign entity a notice names, on one list, with what the notice does to it. A
`PartyRef` is an event on parties named by an *earlier* notice ("对于2025年4月4日被列入出口管制管控
名单的16家美国实体，继续暂停上述相关措施90天"): the warehouse resolves it to that notice's parties.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

# The lists a notice can put a party on; countermeasure_list is the Anti-Foreign Sanctions Law's 反制清单.
PartyList = Literal["control_list", "watch_list", "unreliable_entity_list", "countermeasure_list"]
# What a notice does to a party (an event on an earlier notice's parties is never `listed`).
PartyAction = Literal["listed", "removed", "suspended", "reinstated"]
# A party's status on a date, on one list.
PartyStatus = Literal["listed", "suspended"]
LISTS: tuple[PartyList, ...] = get_args(PartyList)
ACTIONS: tuple[PartyAction, ...] = get_args(PartyAction)


@dataclass(frozen=True, slots=True)
class Party:
    name_zh: str
    name_en: str | None  # the printed parenthetical English, never a translation of ours
    aliases: tuple[str, ...]  # former names (原名), other names (又名), further printed names
    includes_branches: bool  # 及其分支机构
    country: str | None  # as printed: 美国, 日本, 台湾地区, Belgium …
    list: PartyList
    action: PartyAction
    measures: tuple[str, ...]  # as printed, numbering and final punctuation removed
    effective_on: dt.date | None
    window_until: dt.date | None  # inclusive last day of a suspension window
    address: str | None
    quote_zh: str  # the verbatim line or sentence naming the party
    source: str = "body"

    @property
    def effective(self) -> dt.date | None:
        return self.effective_on

    @property
    def until(self) -> dt.date | None:
        return self.window_until


@dataclass(frozen=True, slots=True)
class PartyRef:
    """An action on the parties of an earlier notice, named by its number or by its date."""

    action: PartyAction
    list: PartyList | None
    target_notice_id: str | None  # when the notice is named by number
    target_label: str | None
    listed_on: dt.date | None  # when named by date: 2025年4月4日被列入…
    country: str | None
    stated_count: int | None
    effective_on: dt.date | None
    window_until: dt.date | None
    quote_zh: str
