"""Things a notice adds to a list by naming them inside one sentence.

A catalogue adjustment may print no list at all: `将A、B等2个品种增列至《…目录》附件1第一部分。`
names its new entries in the sentence, ends the run with a count (等2个品种) and says which list
part they join. The count is what makes the shape safe to read: the names are accepted only when
there are as many as the sentence says. A party notice (`将X、Y等3家实体列入…`) counts 家, not
species or substances, and is left to `parsers.parties`. A preamble recalling an earlier listing
(此前已将A、B等2种物质列入…), a sentence denying or undoing one (未将/不再将…) and a listing outside
control (列为非列管化学品) name nothing new: a false "newly controlled" line is the costly error.

Pure functions; no numbering of the sentence is needed (such notices print unnumbered paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.numbers import cn_number, mask_brackets

_ENUMERATION_RE = re.compile(
    # a comma between digits is part of a chemical name (3,4-亚甲基二氧苯基-2-丙酮), not a break;
    # 已将/曾将/未将/不再将 recall, deny or undo a listing: no new entry
    r"(?<![已曾未不再经])将\s*(?P<names>(?:[^。；;：:，,]|(?<=\d),(?=\d))+?)\s*等\s*(?P<count>\d{1,3}|[两一二三四五六七八九十百]{1,4})\s*"
    r"(?:个|种|类|项)\s*(?:品种|物质|化学品|物项|货物|产品|药品)?\s*"
    r"(?:增列|列入|纳入|增补|补充列入|列为|增加)\s*(?:至|到|进|入|于)?\s*(?P<target>[^。；;]*)"
)
# Earlier in the same sentence, a time before this notice or an earlier act names a listing made
# then (此前，商务部将…列入; 2024年5月，…将…; 根据第18号公告，…将…): a recall, not this notice's decision.
# A deciding verb (决定将, 现将) after it makes the sentence this notice's own again.
_RECALL_CONTEXT_RE = re.compile(
    r"此前|之前|前期|先前|此后|曾经|已经|去年|上年|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|第\s*\d+\s*号"
)
_DECIDING_RE = re.compile(r"决定|现将|现予|特将|拟将|同意将|一并将")
_PART_RE = re.compile(r"附件\s*\d+\s*(?:的)?\s*(?:第[一二三四五六七八九十]+部分)?")


@dataclass(frozen=True)
class Enumerated:
    """One name of an inline enumeration: where it starts in the sentence, the list part it joins."""

    name: str
    offset: int
    part: str | None
    list_name: str | None


def enumerated_names(sentence: str) -> list[Enumerated]:
    """The names of `将A、B等N个品种增列至…`, or [] when the sentence is not that shape or the names
    do not add up to the printed count."""
    position = 0
    while (match := _ENUMERATION_RE.search(sentence, position)) is not None:
        if not _recalled(sentence[: match.start("names")]):
            return _names_of(match)
        position = match.end("names")  # a recalled run may be followed by this notice's own
    return []


def _names_of(match: re.Match[str]) -> list[Enumerated]:
    printed = match.group("count")
    count = int(printed) if printed.isdigit() else cn_number(printed)
    names_text = match.group("names")
    masked = mask_brackets(names_text)  # 1-(2-苯乙基)… / （以下简称…、…）: no separator inside
    pieces: list[tuple[str, int]] = []
    start = 0
    for separator in re.finditer(r"、", masked):
        pieces.append((names_text[start : separator.start()], start))
        start = separator.end()
    pieces.append((names_text[start:], start))
    names = [(text.strip(), offset + len(text) - len(text.lstrip())) for text, offset in pieces]
    if len(names) != count or any(not name for name, _ in names):
        return []
    target = match.group("target")
    if target.lstrip().startswith(("非", "不")):
        return []  # 列为非列管化学品: listed as outside control
    part_match = _PART_RE.search(target)
    part = re.sub(r"\s|的", "", part_match.group(0)) if part_match else None
    title = re.search(r"《([^》]+)》", target)
    list_name = (title.group(1) if title else None) or None
    base = match.start("names")
    return [Enumerated(name, base + offset, part, list_name) for name, offset in names]


def _recalled(before: str) -> bool:
    """Whether the clause before `将` places the listing in the past (see `_RECALL_CONTEXT_RE`)."""
    clause = re.split(r"[。；;]", before)[-1]
    recalls = list(_RECALL_CONTEXT_RE.finditer(clause))
    return bool(recalls) and _DECIDING_RE.search(clause, recalls[-1].end()) is None
