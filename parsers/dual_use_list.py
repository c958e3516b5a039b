"""The dual-use list (《中华人民共和国两用物项出口管制清单》, 2024 No. 51) read from its text.

The list is not an outline of 一、/（一）: every entry opens with its export-control code
(`1A202`, digit = sector 0–9, letter = type A–E, three digits) and its sub-items follow as `a．`,
`1．` lines, which extend the code (`2B352.f.1`). Lines opening `注`/`技术说明`/`技术注释` explain an
entry and are never items. A head whose criteria follow (`具有以下两种特性的…：`) is one item whose
a./b. lines are parameters; a head ending `如下：` lists separate items.

The PDF opens with a contents section that prints every code again with a dot leader and a page
number. Those lines are read only to cross-check the body (a code listed in the contents but absent
from the body is reported); a code is never counted twice. Running headers, page numbers and lines
wrapped mid-sentence are page furniture, not entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, cast

from parsers.entries import HS_LENGTHS, HS_RE, RESERVED_RE
from parsers.model import Entry, EntryKind, Issue

# (1.A.1 / 2.A.1.c: the missile list's numbering, after the international regime's annex)
CODE_HEAD_RE = re.compile(
    r"^(\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*|\d{1,2}\.[A-E]\.\d{1,2}(?:\.[a-z0-9]{1,3})*)\.?(?=\s|[\u4e00-\u9fff“（(])\s*(?!项)"
)
TOC_RE = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|-{6,})\s*(\d{1,4})\s*$")
_SUB_RE = re.compile(r"^(?:([a-z])|(\d{1,2}))\s*[.．、)）]\s*")
_NOTE_RE = re.compile(r"^(?:注\s*\d*|技术说明|技术注释|说明)\s*\d*\s*[:：]")
_PAGE_NO_RE = re.compile(
    r"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}|--\s*\d+\s*of\s*\d+\s*--)$"
)
_CATEGORY_RE = re.compile(r"^(?:第\s*([一二三四五六七八九十零〇\d]+)\s*类|([0-9])\s*类)\s*(.*)$")
_TYPE_RE = re.compile(r"^(\d[A-E]|\d{1,2}\.[A-E])\s+([\u4e00-\u9fff、，和与]+)$")
_PART_RE = re.compile(r"^第([一二三四五六七八九十]+)部分\s*(.*)$")
# (具有以下两种特性的… / …合金，具有下列两个特性：: the list prints both words for "the following")
_CRITERIA_RE = re.compile(
    r"具有(?:以下|下列|下述).{0,6}(?:特性|特征|性能|指标)|(?:满足|符合|具备)(?:以下|下列|下述).{0,6}(?:特性|条件|指标)"
    r"|(?:以下|下列|下述)(?:所有|全部|任一|任何)?(?:特性|特征)"
)
_CRITERIA_PREFIX_RE = re.compile(
    r"^(?:(?:具有|满足|符合|具备)(?:以下|下列|下述).{0,6}?(?:特性|特征|性能|指标|条件)的|(?:专门)?(?:设计|制备|改进)[^的，]{0,12}的)"
)
# (…的合金，具有下列两个特性： — the criteria announced after the name, not part of it)
_CRITERIA_SUFFIX_RE = re.compile(
    r"[，,]\s*(?:具有|满足|符合|具备)(?:以下|下列|下述)[^，,]{0,8}?(?:特性|特征|性能|指标|条件)\s*[:：]?$"
)
# (注：1C230项不管制下列物项： — a note whose lines follow it: exclusions, never items)
# (注：…并具有下列所有特性的液体推进剂远地点发动机： / a bare 技术注释： then its numbered definitions: the same)
_NOTE_LIST_RE = re.compile(r"[:：]\s*$")
_BARE_NOTE_RE = re.compile(r"^(?:注|技术说明|技术注释|说明)\s*\d*\s*[:：]\s*$")
_PROSE_AFTER_RE = re.compile(r"^(?:出口经营者|本公告|本清单|本目录|本附件|特此公告|附件\s*\d*\s*[:：])")
_DESCRIBING_TAIL_RE = re.compile(r"\s*(?:专门|具有|用于|包括|其中|即|且|能够|采用|由|不论|无论)")
_OUTSIDE_OTHERS_RE = re.compile(r"^[^，,。；;]{0,60}?项(?:所列|规定)(?:物项)?以外(?:的|、)\s*")
# (大于90%的合金 / 比模量大于等于…的玻璃纤维: a threshold before 的 qualifies the thing and stays in its name)
_MEASURE_RE = re.compile(r"\d|大于|小于|等于|不超过|不低于|超过|以上|以下|[≥≤><]")
_NOTE_CODE_RE = re.compile(r"(\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*)\s*项")
_TRAIL = "；;。:：,， "

# Sector and type names the list's code structure stands for (docs/attachments.md gives the sources).
SECTORS = {
    "0": "核材料、设施和设备及其他",
    "1": "专用材料和相关设备、化学制品、微生物和毒素",
    "2": "材料加工",
    "3": "电子",
    "4": "计算机",
    "5": "电信和信息安全",
    "6": "传感器和激光器",
    "7": "导航和航空电子",
    "8": "船舶",
    "9": "航空航天与推进",
}
TYPES = {"A": "系统、设备和部件", "B": "测试、检验和生产设备", "C": "材料", "D": "软件", "E": "技术"}
# The letter after a control code's category says what kind of thing it controls (1C… a material).
KIND_BY_TYPE: dict[str, EntryKind] = {
    "A": "item",
    "B": "equipment",
    "C": "item",
    "D": "software",
    "E": "technology",
}


@dataclass
class _Node:
    code: str
    text: str
    line: str
    page: int
    part: str | None
    depth: int  # 0 = a code head, 1 = a./b., 2 = 1./2. under a letter
    children: list[_Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parent: _Node | None = None
    criteria_lines: list[str] = field(default_factory=list)


# The note headings the list prints under an entry (_NOTE_RE reads exactly these).
NoteKind = Literal["注", "技术说明", "技术注释", "说明"]


@dataclass(frozen=True)
class ListNote:
    code: str
    kind: NoteKind
    text: str


@dataclass(frozen=True)
class ListReading:
    entries: tuple[Entry, ...]
    notes: tuple[ListNote, ...]
    codes: tuple[str, ...]  # every code head in the body, in order, once each
    toc_codes: tuple[str, ...]  # codes printed in the contents section
    parts: tuple[tuple[str, str], ...]  # (entry path, part label) for lists split into 第N部分
    issues: tuple[Issue, ...]


_OUTLINE_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+\s*[、．.]\s*\S")


def looks_like_list(text: str) -> bool:
    """The dual-use list or a list in its shape: many lines opening with an export-control code.

    A notice's own list that prints its code-first lines under 一、/二、 headings (and no 第X类 or 2B
    type headings, as the dual-use list has) is an outline: read by the outline rules, which keep the
    printed names and headings, rather than as the dual-use list, whose short names and continuation
    lines would swallow a 二、 heading into the entry before it."""
    lines = [line.strip() for line in text.splitlines()]
    # (a table printed as `1C234 | 金属锆 | 描述 | HS | 单位` rows opens its rows with codes too, but its cells
    # are read as a table's, by its header)
    lines = [line for line in lines if not re.search(r"\S\s*\|\s*\S", line)]
    heads = sum(1 for line in lines if CODE_HEAD_RE.match(line))
    # (5A002 信息安全系统、设备及其部件，如下： then a．…: a head over its lettered items, as the list prints them)
    announcing = any(CODE_HEAD_RE.match(line) and re.search(r"如下\s*[:：]$", line) for line in lines)
    if not (heads >= 10 or (heads >= 2 and ("管制清单" in text or announcing))):
        return False
    outline = any(_OUTLINE_HEADING_RE.match(line) for line in lines)
    sections = any(_CATEGORY_RE.match(line) or _TYPE_RE.match(line) or _PART_RE.match(line) for line in lines)
    return sections or not outline


def _furniture(pages: list[list[str]]) -> set[str]:
    """Running headers and footers: a short line at the top or bottom of many pages."""
    counts: dict[str, int] = {}
    for lines in pages:
        for line in {*lines[:2], *lines[-2:]}:
            if len(line) <= 40 and not CODE_HEAD_RE.match(line) and not _SUB_RE.match(line):
                counts[line] = counts.get(line, 0) + 1
    threshold = max(3, len(pages) // 3)
    return {line for line, n in counts.items() if n >= threshold}


_EXAMPLES_BRACKET_RE = re.compile(r"\s*[（(](?:含|包含|包括|如|例如)[^（()）]{1,40}?等[^（()）]{0,4}[）)]$")


def _short_name(text: str) -> tuple[str, str | None]:
    """(name, spec) of a head or sub-item: the controlled thing, and the full wording when shortened."""
    full = _CRITERIA_SUFFIX_RE.sub("", text.strip()).rstrip(_TRAIL)
    # (根据通用技术注释，用于开发…的技术: the reference opens the name, it is not the name)
    # (根据总体技术说明，用于“开发”…的“技术”: the same, in the missile list's words)
    basis = re.match(r"根据[^，,]{0,12}(?:技术注释|技术说明)[，,]", full)
    opened = basis.end() if basis else 0
    name = (
        full[:opened]
        + re.split(r"(?<!技术注释)[，,]\s*(?:如下|包括|用于|其中|即)", full[opened:], maxsplit=1)[0]
    )
    name = re.sub(r"[，,]?\s*如下$", "", name).rstrip(_TRAIL)
    name = _CRITERIA_PREFIX_RE.sub("", name)
    # (1C116项所列以外、极限抗拉强度…的马氏体时效钢: the scope left to another entry is said in the spec)
    name = _OUTSIDE_OTHERS_RE.sub("", name)
    comma = re.search(
        r"，|(?<![A-Za-z0-9]),|,(?![A-Za-z0-9])", name
    )  # (not N,N- or 2,2-: a chemical's locants)
    # (安全芯片，专门设计用于… / 密码卡，具有5A002.b项所列任一特性: what follows the comma describes the thing)
    if (
        comma
        and not name.startswith("根据")
        # (氚、氚化合物、…的混合物，以及含有上述任何物质的产品或装置: a further thing joined, part of the name)
        and not re.match(r"\s*(?:以及|及其|及)", name[comma.end() :])
        and (len(name) > 20 or _DESCRIBING_TAIL_RE.match(name, comma.end()))
    ):
        name = name[: comma.start()]
    if len(name) > 20 and "的" in name:
        # (依靠外部空气…使用的全身或半身防护服: the thing after its description — not a list of things
        # (铍金属、…的合金、铍化合物、上述物项的制品…) nor a thing qualified by a threshold (…大于90%的合金))
        qualifier, tail = name.rsplit("的", 1)
        if (
            len(tail) >= 2
            and "、" not in qualifier
            and not _MEASURE_RE.search(qualifier)
            and "，" not in qualifier
        ):
            name = tail
    # (…的技术及资料（含工艺规范、工艺参数、加工程序等）: a bracket of examples is spec, as in a notice's own list — not a
    # chemical's registry number, 2,2-二苯基-2-羟基乙酸（76-93-7）, which the list prints as part of the name)
    name = _EXAMPLES_BRACKET_RE.sub("", name.strip().rstrip(_TRAIL)) or full
    return name, (full if name != full else None)


@dataclass
class _ListState:
    """What the line reader carries from one line of the list to the next."""

    issues: list[Issue] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    roots: list[_Node] = field(default_factory=list)
    codes_seen: dict[str, int] = field(default_factory=dict)
    heads: dict[str, _Node] = field(default_factory=dict)  # the entries opened by a code head, by code
    current: _Node | None = None  # the node a continuation line belongs to
    note_open: list[str] | None = None
    note_lists: bool = False  # the open note announced lines of its own (…不管制下列物项：)
    # the note's own lines so far: the entry it is on, the last marker of its list and of the lines nested under it
    note_owner: _Node | None = None
    note_marker: str | None = None
    note_nested: str | None = None
    note_bare: bool = (
        False  # the note is a heading alone (技术注释：): its numbered definitions, no lettered items
    )
    part: str | None = None


def read_list(text: str, source: str = "body", *, pages: tuple[str, ...] | None = None) -> ListReading:
    """Entries of a list in the dual-use list's shape. Never raises: odd lines become issues."""
    page_texts = pages if pages is not None else (text,)
    raw: list[tuple[str, int]] = []
    split_pages = [[line.strip() for line in text.splitlines() if line.strip()] for text in page_texts]
    for number, lines in enumerate(split_pages, start=1):
        raw.extend((line, number) for line in lines)
    furniture = _furniture(split_pages)
    state = _ListState()
    for line, page in raw:
        if line in furniture or _PAGE_NO_RE.match(line):
            continue
        if not any(reader(state, line, page) for reader in _LINE_READERS):
            _continuation_line(state, line)
    return _close_list(state, source)


def _contents_line(state: _ListState, line: str, page: int) -> bool:
    """A line of the contents section (code, dot leader, page number): kept only for the cross-check."""
    if not TOC_RE.search(line):
        return False
    head = CODE_HEAD_RE.match(line)
    if head:
        state.toc.append(head.group(1))
    state.note_open = None
    return True


def _part_line(state: _ListState, line: str, page: int) -> bool:
    """A 第N部分 heading: the part every following entry belongs to."""
    part_match = _PART_RE.match(line)
    if not (part_match and len(line) <= 40):
        return False
    state.part = f"第{part_match.group(1)}部分"
    state.current, state.note_open = None, None
    return True


def _heading_line(state: _ListState, line: str, page: int) -> bool:
    """A category (第N类) or type (1A 系统、设备和部件) heading: it closes the entry above it."""
    if not ((_CATEGORY_RE.match(line) and len(line) <= 40) or _TYPE_RE.match(line)):
        return False
    state.current, state.note_open = None, None
    return True


def _code_head_line(state: _ListState, line: str, page: int) -> bool:
    """A line opening with an export-control code: a new entry (a code printed twice is an issue)."""
    head = CODE_HEAD_RE.match(line)
    if not head:
        return False
    code = head.group(1)
    if code in state.codes_seen:
        state.issues.append(Issue("duplicate_code", f"{code} is printed twice in the list body", line=line))
        state.current, state.note_open = None, None
        return True
    state.codes_seen[code] = len(state.codes_seen)
    # (1C010 纤维或丝状材料，如下： then 1C010.a 具有…的有机纤维…： — a sub-item printed with its full code)
    parent = state.heads.get(code.rsplit(".", 1)[0]) if "." in code else None
    node = _Node(code, line[head.end() :].strip(), line, page, state.part, parent.depth + 1 if parent else 0)
    if parent is not None:
        node.parent = parent
        parent.children.append(node)
    else:
        state.roots.append(node)
    state.heads[code] = node
    state.current, state.note_open = node, None
    return True


def _note_line(state: _ListState, line: str, page: int) -> bool:
    """A 注/技术说明 line: a note on the entry it names, or on the line above it."""
    if not _NOTE_RE.match(line):
        return False
    if state.current is None:
        state.issues.append(Issue("orphan_note", "a note stands before any entry", line=line))
        return True
    owner = _note_owner(state.current, line)
    owner.notes.append(line)
    state.note_open = owner.notes
    state.note_lists, state.note_owner = bool(_NOTE_LIST_RE.search(line)), owner
    state.note_marker = state.note_nested = None
    state.note_bare = bool(_BARE_NOTE_RE.match(line))
    return True


def _sub_item_line(state: _ListState, line: str, page: int) -> bool:
    """An `a．`/`1．` line under an entry: a sub-item whose code extends its parent's."""
    sub = _SUB_RE.match(line)
    if not (sub and state.current is not None):
        return False
    marker = sub.group(1) or sub.group(2)
    if state.note_open is not None and state.note_lists and _continues_note(state, marker):
        state.note_open[-1] += line  # (a．丝状镍粉； under 注：1C240项不管制下列物项：)
        if state.note_marker is None or state.note_marker.isalpha() == marker.isalpha():
            state.note_marker, state.note_nested = marker, None
        else:
            state.note_nested = marker
        return True
    state.note_open = None
    letter, digit = sub.group(1), sub.group(2)
    parent = _sub_parent(state.current, letter or digit)
    if parent is None:
        state.issues.append(Issue("sub_item_out_of_place", "a sub-item without an entry above it", line=line))
        return True
    node = _Node(
        f"{parent.code}.{letter or digit}",
        line[sub.end() :].strip(),
        line,
        page,
        state.part,
        parent.depth + 1,
        parent=parent,
    )
    parent.children.append(node)
    state.current = node
    return True


def _continues_note(state: _ListState, marker: str) -> bool:
    """Whether a marker goes on with the lines a note announced: its first (a．/1．), the next of the same kind, or lines of
    the other kind nested under one of them (a．…，具有下列所有特性： then 1．2．3．) — not the entry's own sequence going on
    after it: the owner's next sibling (注：1C010.b项不管制下列物项：a．…b．… then c．无机纤维…) is the entry's."""
    last, nested = state.note_marker, state.note_nested
    # (技术注释： then 1．2． definitions, then a．: the entry's own item again — unless the numbered line before it
    # announced lines of its own: 注： then 1．1A002项不管制为下列用途…： then a．体育用品)
    announced = bool(last and state.note_open and _NOTE_LIST_RE.search(state.note_open[-1]))
    if (
        state.note_bare
        and last is not None
        and last.isdigit()
        and not marker.isdigit()
        and not (announced or nested)
    ):
        return False
    if last is None:
        return _order(marker) == 1
    owner = state.note_owner
    if last.isalpha() != marker.isalpha():
        # (… 2．…不管制为下列用途…： a．体育用品； b．汽车工业。 then c．由碳基体制成的: the entry's next item, after a line
        # ending on 。)
        if _entry_next(owner, marker) and not (
            state.note_open and state.note_open[-1].rstrip().endswith(("；", ";"))
        ):
            return False
        return _order(marker) == (_order(nested) + 1 if nested else 1)
    if _order(marker) != _order(last) + 1:
        return False
    if not _entry_next(owner, marker):
        return True
    # (注：1C010.b项不管制下列物项：a．…；b．预浸料； then c．: the note's line ended on ；, its list goes on — the same
    # marker after a line ending on 。 is the entry's next item)
    return state.note_open is not None and state.note_open[-1].rstrip().endswith(("；", ";"))


# Tried in order on each line; the first that takes the line wins (the order is the layout's precedence).
_LINE_READERS = (_contents_line, _part_line, _heading_line, _code_head_line, _note_line, _sub_item_line)


def _continuation_line(state: _ListState, line: str) -> None:
    """A line wrapped mid-sentence: it continues the open note, else the current entry."""
    if _PROSE_AFTER_RE.match(line):  # (出口经营者出口上述物项，应当…: the notice's prose after the list)
        state.current, state.note_open = None, None
    elif state.note_open is not None:
        state.note_open[-1] = state.note_open[-1] + line
        if state.note_marker is None:
            # (注： then 1A004项不管制…。 then a．…: the note said in prose, the lines after it are the entry's; 注： then
            # 1C350项不管制下列“化学混合物”： / 注：1C230项不管制下列 then 物项：: the note's words announce its lines)
            state.note_lists = bool(_NOTE_LIST_RE.search(state.note_open[-1]))
    elif state.current is not None:
        state.current.text += line
        state.current.line += line
    # prose before the first entry (the 说明 section, the title) is not part of any entry


def _close_list(state: _ListState, source: str) -> ListReading:
    """Entries and notes from the tree the lines built, with the contents cross-checked against the body."""
    entries: list[Entry] = []
    notes: list[ListNote] = []
    parts: list[tuple[str, str]] = []
    issues = state.issues
    for root in state.roots:
        _emit(root, source, entries, notes, parts, issues)
    missing = [code for code in dict.fromkeys(state.toc) if code not in state.codes_seen]
    if missing:
        issues.append(
            Issue(
                "toc_code_missing",
                f"{len(missing)} code(s) in the contents are absent from the body: {', '.join(missing[:10])}",
                severity="error",
            )
        )
    return ListReading(
        entries=tuple(entries),
        notes=tuple(notes),
        codes=tuple(state.codes_seen),
        toc_codes=tuple(dict.fromkeys(state.toc)),
        parts=tuple(parts),
        issues=tuple(issues),
    )


def _note_owner(current: _Node, note: str) -> _Node:
    """A note naming a code (注：1C210项不管制…) belongs to that entry, else to the line above it."""
    named = _NOTE_CODE_RE.search(note)
    node: _Node | None = current
    while named and node is not None:
        if node.code == named.group(1):
            return node
        node = node.parent
    return current


def _entry_next(owner: _Node | None, marker: str) -> bool:
    """Whether `marker` is the next sub-item of the entry a note stands under (its owner's sibling)."""
    return (
        owner is not None
        and owner.depth > 0
        and _last(owner).isalpha() == marker.isalpha()
        and _order(_last(owner)) + 1 == _order(marker)
    )


def _last(node: _Node) -> str:
    return node.code.rsplit(".", 1)[-1]


def _order(marker: str) -> int:
    return int(marker) if marker.isdigit() else ord(marker) - ord("a") + 1


def _sub_parent(current: _Node, marker: str) -> _Node | None:
    """Where a sub-item marker belongs: letters under a code head or a number, numbers under a
    letter or a head. Walking up from the last line, the level whose previous sibling comes just
    before this marker wins (so `h．` after `f．1．` closes the `f` branch); a first `a`/`1` opens a
    deeper level."""
    is_letter = marker.isalpha()
    node: _Node | None = current
    fallback = None
    while node is not None:
        takes = node.depth == 0 or _last(node).isdigit() == is_letter
        if takes:
            kids = [c for c in node.children if _last(c).isalpha() == is_letter]
            if kids and _order(_last(kids[-1])) < _order(marker):
                return node
            if not kids and _order(marker) == 1:
                return node
            fallback = fallback or node
        node = node.parent
    return fallback


def _emit(  # noqa: C901 — one case per kind of list line the state machine closes
    node: _Node,
    source: str,
    entries: list[Entry],
    notes: list[ListNote],
    parts: list[tuple[str, str]],
    issues: list[Issue],
) -> None:
    criteria = bool(_CRITERIA_RE.search(node.text)) and node.text.rstrip().endswith(("：", ":"))
    for owner in [node, *(_walk(node) if criteria else [])]:
        for note in owner.notes:
            kind = re.match(r"(注|技术说明|技术注释|说明)", note)
            notes.append(ListNote(node.code, cast(NoteKind, kind.group(1)) if kind else "注", note))
    if node.children and not criteria:
        for child in node.children:
            _emit(child, source, entries, notes, parts, issues)
        return
    text = node.text
    hs: list[str] = []
    label = None
    for match in HS_RE.finditer(text):
        label = label or match.group(1)
        for code in re.findall(r"\d+", match.group(2)):
            expected = HS_LENGTHS.get(match.group(1))
            if expected and len(code) != expected:
                issues.append(Issue("hs_code_length", f"{code} has {len(code)} digits", line=node.line))
            if code not in hs:
                hs.append(code)
    text = HS_RE.sub("", text)
    name, spec = _short_name(text)
    if criteria:
        params = [_strip_marker(c.line) for c in _walk(node)]
        spec = "；".join([text.rstrip(_TRAIL), *params])
    if not name:
        issues.append(Issue("empty_entry", "a code names nothing", line=node.line))
        return
    if RESERVED_RE.match(name):  # (1C010.c 【保留】: a deleted code's place)
        return
    # (2.A.1.b.1: the missile list's head 2.A.1 is one step, its sub-items the next)
    regime = re.match(r"\d{1,2}\.[A-E]\.\d{1,2}", node.code)
    head, tail = (regime.group(0), node.code[regime.end() :]) if regime else ("", node.code)
    path = "/".join([*([head] if head else []), *(p for p in tail.split(".") if p)])
    if node.part:
        parts.append((path, node.part))
    entries.append(
        Entry(
            path=path,
            name_zh=name,
            # (1.D.1: the missile list's sector is its own category, its letter the type — D software, E technology)
            category_zh=None if regime else SECTORS.get(node.code[0]),
            group_zh=TYPES.get(head[2] if regime else node.code[1]),
            control_code=node.code,
            control_code_printed=node.code,
            hs_codes=tuple(hs),
            hs_label=label,
            kind=KIND_BY_TYPE.get(head[2] if regime else node.code[1], "item"),
            spec_zh=spec,
            quote_zh=node.line,
            span=(0, 0),
            source=source,
        )
    )


def _walk(node: _Node) -> list[_Node]:
    found: list[_Node] = []
    for child in node.children:
        found.append(child)
        found.extend(_walk(child))
    return found


def _strip_marker(line: str) -> str:
    return _SUB_RE.sub("", line, count=1).rstrip(_TRAIL)
