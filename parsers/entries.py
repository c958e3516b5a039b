"""Control-list entries: the leaves of a notice's numbering hierarchy.

A notice lists what it controls as an outline (一、 → (一) → 1. → a.). Leaves are entries; the
lines above them are categories and groups whose control code and HS codes pass down. The outline
is rebuilt from the markers' *types* rather than a fixed depth, because notices skip levels
(No. 62 goes straight from 一、 to (一)) and older ones use (1) or ①.

Only outline branches that are control lists produce entries: clause 二、 onward of a goods notice
(licence procedure, customs declarations) is numbered too, and must never become an "item".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.model import Entry, Issue

_CN_DIGITS = "一二三四五六七八九十百零〇"

# (type, pattern). Each pattern consumes the marker and any spacing after it.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn", re.compile(rf"^([{_CN_DIGITS}]+)\s*[、.．]\s*")),
    ("pcn", re.compile(rf"^[（(]\s*([{_CN_DIGITS}]+)\s*[）)]\s*[、.．]?\s*")),
    # 1.1.1 (2025 No. 10): decimal outline numbers; depth is part of the type (dec2, dec3, ...).
    ("dec", re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?(?=\s|[\u4e00-\u9fff])\s*")),
    # Item numbers run past 999 in long lists (four digits: a fifth would be a year or a code).
    ("num", re.compile(r"^(\d{1,4})\s*(?:[.．](?!\d)|、)\s*")),
    ("pnum", re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")),
    ("rnum", re.compile(r"^(\d{1,4})\s*[）)]\s*")),
    ("circ", re.compile(r"^([①-⑳])\s*")),
    ("lat", re.compile(r"^([a-z])\s*[.．)）]\s*")),
    ("plat", re.compile(r"^[（(]\s*([a-z])\s*[）)]\s*")),
)

_CODE_CORE = r"\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*"
LEADING_CODE_RE = re.compile(rf"^({_CODE_CORE})\.?\s*")
TRAILING_CODE_RE = re.compile(
    rf"[（(]\s*(?:管制编码|管控编码|出口管制编码|编码)\s*[:：]\s*({_CODE_CORE})\.?\s*[）)]"
)
LOOSE_CODE_RE = re.compile(r"(?<![0-9A-Za-z])\d[A-Z]\d{3}[0-9A-Za-z.]*")
HS_RE = re.compile(
    r"[（(]\s*(参考海关商品编号|参考税则号列|海关商品编号|税则号列|参考商品编号|商品编号)\s*[:：]\s*"
    r"([0-9][0-9\s、,，;；/.和及]*?)\s*[）)]"
)
_HS_DIGITS_RE = re.compile(r"\d+")
_TRAILING_PUNCT = ";；。:：,，、 "
_TRAILING_PAREN_RE = re.compile(r"[（(]([^（()）]*)[）)]\s*$")
_RESERVED_RE = re.compile(r"^[【\[]\s*保留\s*[】\]]")
_INTRO_RE = re.compile(
    r"(物项|清单|技术|设备|材料).{0,20}(如下|以下|下列|出口|管制)|(以下|下列).{0,12}(物项|技术|设备)|(出口|管制).*(以下|下列)"
)
_CRITERIA_RE = re.compile(
    r"(具有|满足|符合|具备).{0,12}(以下|下列)|(以下|下列)\s*(所有|任一|任何|全部|任意)?\s*(特性|特征|指标|参数|条件|性能)"
)
_LEGAL_WORDS_RE = re.compile(
    r"应当|申请|许可证|依照|按照|规定|本公告|办理|报关|质疑|负责|处罚|追究|执行|经营者|不得|禁止|同步|更新|"
    r"实施|发布|生效|含义|是指|包括"
)
_LIFTED_RE = re.compile(r"取消|解除|不再(?:实施|列入|管制)|移出|停止实施|予以豁免|不予管制")
_EMPTY_CATEGORY_RE = re.compile(r"(相关物项|物项|相关技术|相关设备)[。.]?$")
_STATED_COUNT_RE = re.compile(r"(?:共|合计|共计)\s*(\d{1,4})\s*(?:项|种|个物项|类)")
_TITLE_SUBJECT_RE = re.compile(r"对(.{2,30}?)(?:等物项)?实施(?:临时)?出口管制")

HS_LENGTHS = {
    "参考海关商品编号": 10,
    "海关商品编号": 10,
    "参考商品编号": 10,
    "商品编号": 10,
    "参考税则号列": 8,
    "税则号列": 8,
}


@dataclass
class _Node:
    marker_type: str
    marker: str
    text: str  # after marker
    line: str
    span: tuple[int, int]
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    code: str | None = None
    hs: tuple[str, ...] = ()
    hs_label: str | None = None
    name: str = ""
    qualifiers: tuple[str, ...] = ()
    ends_colon: bool = False
    reserved: bool = False
    prose: list[str] = field(default_factory=list)

    @property
    def path_part(self) -> str:
        if self.marker_type == "pcn":
            return f"({self.marker})"
        if self.marker_type in ("pnum", "plat", "rnum"):
            return f"({self.marker})"
        return self.marker


@dataclass(frozen=True)
class EntryResult:
    entries: tuple[Entry, ...]
    stated_count: int | None
    issues: tuple[Issue, ...]


def _split_marker(line: str) -> tuple[str, str, str] | None:
    for marker_type, pattern in _MARKERS:
        match = pattern.match(line)
        if match:
            rest = line[match.end() :]
            if marker_type == "dec":
                marker_type = f"dec{len(re.split('[.．]', match.group(1)))}"
            return marker_type, match.group(1), rest
    return None


def _analyse(node: _Node, issues: list[Issue]) -> None:
    """Fill code, HS codes, name and qualifiers of a node from its text."""
    text = node.text.strip()
    if _RESERVED_RE.match(text):
        node.reserved = True
        return
    code_match = LEADING_CODE_RE.match(text)
    if code_match:
        node.code = code_match.group(1)
        text = text[code_match.end() :]
    trailing = TRAILING_CODE_RE.search(text)
    if trailing:
        node.code = node.code or trailing.group(1)
        text = text[: trailing.start()] + text[trailing.end() :]
    hs: list[str] = []
    for match in HS_RE.finditer(text):
        label = match.group(1)
        node.hs_label = node.hs_label or label
        expected = HS_LENGTHS.get(label)
        for code in _HS_DIGITS_RE.findall(match.group(2)):
            if expected is not None and len(code) != expected:
                issues.append(
                    Issue(
                        "hs_code_length",
                        f"{label} {code} has {len(code)} digits, expected {expected}",
                        line=node.line,
                    )
                )
            if code not in hs:
                hs.append(code)
    node.hs = tuple(hs)
    text = HS_RE.sub("", text).strip()
    if "编号" in text or "税则" in text:
        issues.append(Issue("hs_unreadable", "an HS reference could not be read", line=node.line))
    stray = [c for c in LOOSE_CODE_RE.findall(text) if not re.fullmatch(_CODE_CORE + r"\.?", c)]
    if stray:
        issues.append(
            Issue("control_code_pattern", f"unrecognised control code shape {stray}", line=node.line)
        )
    stripped = text.rstrip(_TRAILING_PUNCT)
    node.ends_colon = bool(re.search(r"[:：]\s*$", text.rstrip("。;； ")))
    qualifiers: list[str] = []
    while True:
        paren = _TRAILING_PAREN_RE.search(stripped)
        if not paren or paren.start() == 0:
            break
        qualifiers.insert(0, paren.group(1).strip())
        stripped = stripped[: paren.start()].rstrip(_TRAILING_PUNCT)
    node.name = stripped.strip()
    node.qualifiers = tuple(q for q in qualifiers if q)


def _build_outline(body: str) -> tuple[list[_Node], list[tuple[str, tuple[int, int]]]]:
    """Parse numbered lines into a forest; also return unnumbered lines (prose) with spans."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    prose: list[tuple[str, tuple[int, int]]] = []
    offset = 0
    for line in body.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = line.index(stripped[0])
        span = (start + lead, start + lead + len(stripped))
        split = _split_marker(stripped)
        if split is None:
            prose.append((stripped, span))
            if stack:
                stack[-1].prose.append(stripped)
            continue
        marker_type, marker, rest = split
        node = _Node(marker_type=marker_type, marker=marker, text=rest, line=stripped, span=span)
        # A marker type already open means a sibling (or an uncle): close everything below it.
        open_types = [n.marker_type for n in stack]
        if marker_type in open_types:
            del stack[open_types.index(marker_type) :]
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
    return roots, prose


def _is_intro(node: _Node) -> bool:
    return node.ends_colon and bool(_INTRO_RE.search(node.name)) and not node.code


def _is_heading(node: _Node) -> bool:
    """A short category line such as 钐相关物项 or 1C909 钬相关物项 (not a legal clause)."""
    if node.code and len(node.name) <= 40:
        return True
    name = node.name.rstrip("。")
    return len(name) <= 25 and "。" not in name and not _LEGAL_WORDS_RE.search(name) and bool(node.children)


def _is_criteria(node: _Node) -> bool:
    return node.ends_colon and bool(_CRITERIA_RE.search(node.name)) and not _is_intro(node)


def _descendant_text(node: _Node) -> list[str]:
    lines: list[str] = []
    for child in node.children:
        lines.append(child.line)
        lines.extend(child.prose)
        lines.extend(_descendant_text(child))
    return lines


def _kind(name: str, code: str | None, context: str) -> str:
    if "软件" in name:
        return "software"
    if "技术" in name:
        return "technology"
    if re.search(r"设备|装置|生产线|仪器|系统$|炉$|机$", name):
        return "equipment"
    if code and len(code) > 1:
        # The dual-use list's category letter: B test/production equipment, C materials, D software,
        # E technology; A (systems and components, e.g. 3A001 batteries) is treated as a controlled item.
        letter = code[1]
        return {"E": "technology", "D": "software", "B": "equipment"}.get(letter, "item")
    if "技术" in context and "物项" not in context:
        return "technology"
    if "设备" in context and "材料" not in context:
        return "equipment"
    return "item"


def _clean_heading(name: str) -> str:
    return name.rstrip(_TRAILING_PUNCT).strip()


def extract_entries(body: str, title: str = "", source: str = "body") -> EntryResult:
    """Walk the outline of a notice body and return its control-list leaves.

    Never raises on odd input: what it cannot interpret becomes an `Issue`.
    """
    issues: list[Issue] = []
    roots, _prose = _build_outline(body)

    def analyse_tree(node: _Node) -> None:
        _analyse(node, issues)
        for child in node.children:
            analyse_tree(child)

    for root in roots:
        analyse_tree(root)

    title_subject = None
    title_match = _TITLE_SUBJECT_RE.search(title)
    if title_match:
        title_subject = title_match.group(1).strip('“”"')

    entries: list[Entry] = []

    def ancestors(node: _Node) -> list[_Node]:
        chain = []
        current = node.parent
        while current is not None:
            chain.append(current)
            current = current.parent
        return chain

    def emit(node: _Node, section_root: _Node) -> None:
        chain = ancestors(node)
        structural = [a for a in chain if not _is_intro(a)]
        category = _clean_heading(structural[-1].name) if structural else title_subject
        group = _clean_heading(structural[0].name) if structural else None
        code = node.code
        printed = node.code
        if code is None:
            code = next((a.code for a in chain if a.code), None)
        hs, label = node.hs, node.hs_label
        if not hs:
            holder = next((a for a in chain if a.hs), None)
            if holder is not None:
                hs, label = holder.hs, holder.hs_label
        path = "/".join([a.path_part for a in reversed(chain)] + [node.path_part])
        spec_parts = list(node.qualifiers)
        if _is_criteria(node):
            # Each parameter line ends with its own ；/。, which would double up with the join below.
            spec_parts.extend(line.rstrip(_TRAILING_PUNCT) for line in _descendant_text(node))
        if not node.name:
            issues.append(Issue("empty_entry", "a numbered line names nothing", line=node.line))
            return
        if _EMPTY_CATEGORY_RE.search(node.name) and not node.code and not node.hs:
            issues.append(Issue("empty_category", "a category heading lists no items", line=node.line))
            return
        context = " ".join(a.name for a in chain) + " " + (title_subject or "")
        entries.append(
            Entry(
                path=path,
                name_zh=node.name,
                category_zh=category,
                group_zh=group,
                control_code=code,
                control_code_printed=printed,
                hs_codes=tuple(hs),
                hs_label=label,
                kind=_kind(node.name, code, context),
                spec_zh="；".join(spec_parts) or None,
                quote_zh=node.line,
                span=node.span,
                source=source,
            )
        )

    def walk(node: _Node, section_root: _Node) -> None:
        if node.reserved:
            return
        if node.children and _LIFTED_RE.search(node.name):
            # 以下物项取消临时管制措施: a list of what is *no longer* controlled. Reading it as entries
            # would announce a decontrol as new controls; it is reported for a human instead.
            issues.append(
                Issue(
                    "lifted_list",
                    "a list of items released from control was not read as entries",
                    line=node.line,
                )
            )
            return
        live_children = [c for c in node.children if not c.reserved]
        if _is_criteria(node) or not live_children:
            if node is section_root and _is_intro(node):
                return
            emit(node, section_root)
            return
        for child in node.children:
            walk(child, section_root)

    for root in roots:
        if _is_intro(root) or _is_heading(root):
            walk(root, root)

    seen_paths: set[str] = set()
    for entry in entries:
        if entry.path in seen_paths:
            issues.append(
                Issue("duplicate_path", f"numbering {entry.path} appears twice", line=entry.quote_zh)
            )
        seen_paths.add(entry.path)

    stated = None
    count_match = _STATED_COUNT_RE.search(body)
    if count_match:
        stated = int(count_match.group(1))
    return EntryResult(entries=tuple(entries), stated_count=stated, issues=tuple(issues))
