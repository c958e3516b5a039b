"""How a notice relates to the consolidated dual-use list, and list readers for tables and parts.

- A *baseline* notice publishes the list itself (2024 No. 51: 公布《中华人民共和国两用物项出口管制
  清单》); its entries are the list in force from its effective date.
- An *addition* puts items on it: 列入《两用物项出口管制清单》, or the closing sentence of the 2025
  goods notices, 《中华人民共和国两用物项出口管制清单》同步予以更新. Its entries join the list by
  control code.
- A *catalogue* notice publishes the licence catalogue (…许可证管理目录): customs codes, not items.

Annex lists split into parts (2025 No. 61's 附件1: 第一部分 China-origin items, 第二部分 foreign-made
items) are read part by part, so the rules that name a part (附件1第二部分) can find its entries.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from parsers.catalogue import header_columns
from parsers.documents import Table
from parsers.dual_use_list import KIND_BY_TYPE
from parsers.entries import extract_entries
from parsers.model import Entry, Issue

_LIST_NAME = r"《(?:中华人民共和国)?两用物项出口管制清单》|《清单》"
_BASELINE_RE = re.compile(rf"(?:公布|发布|制定)(?:了)?\s*(?:{_LIST_NAME})")
_ADDITION_RE = re.compile(rf"列入\s*(?:{_LIST_NAME})|(?:{_LIST_NAME})\s*同步(?:予以)?(?:更新|调整)")
_CATALOGUE_RE = re.compile(r"(?:进出口|出口)许可证管理(?:货物)?目录")
# (第一部分 alone on its line, then the table header under it: the title never runs into the next line)
_PART_RE = re.compile(r"^[ \t\u3000]*第([一二三四五六七八九十]+)部分[ \t\u3000]*(.*)$", re.MULTILINE)
_ANNEX_RE = re.compile(r"附件\s*([0-9一二三四五六七八九十]+)")
_CN_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_SENTENCE_RE = re.compile(r"[^。\n]*[。\n]?")


# What a notice does to the consolidated list: lays down the baseline, adds to it, or is a catalogue.
ListRoleName = Literal["baseline", "addition", "catalogue"]


@dataclass(frozen=True)
class ListRole:
    role: ListRoleName
    quote_zh: str


def list_role(title: str, body: str) -> ListRole | None:
    """What the notice does to the consolidated list, with the sentence that says so."""
    if _CATALOGUE_RE.search(title):
        return ListRole("catalogue", title)
    roles: tuple[tuple[re.Pattern[str], ListRoleName], ...] = (
        (_BASELINE_RE, "baseline"),
        (_ADDITION_RE, "addition"),
    )
    for pattern, role in roles:
        for sentence in _SENTENCE_RE.findall(body):
            if pattern.search(sentence):
                return ListRole(role, sentence.strip())
        if role == "baseline" and pattern.search(title):
            return ListRole(role, title)
    return None


def annex_label(label: str, url: str) -> str | None:
    """附件1 from a link text such as 附件1.管制物项清单.pdf (or the file name)."""
    for text in (label, url.rsplit("/", 1)[-1]):
        match = _ANNEX_RE.search(text)
        if match:
            value = match.group(1)
            return f"附件{_CN_NUM.get(value, value)}"
    return None


def split_parts(text: str) -> list[tuple[str, str]]:
    """(第N部分, its text) for a list printed in parts; [] when it has none."""
    matches = list(_PART_RE.finditer(text))
    if len(matches) < 2 or "|" in text[: matches[0].start()]:
        # (序号 | 管制编码 | 物项名称 | … then 第一部分 铍相关物项 rows: sections of one table, whose 序号 runs on
        # across them and whose header heads them all — read as the one table it is)
        return []
    parts = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        parts.append((f"第{match.group(1)}部分", text[match.end() : end]))
    return parts


_NAMES_A_PART_RE = re.compile(r"^(?:所列|中|的)|.*[。；;]$")


def part_entries(
    text: str, title: str, source: str, annex: str | None
) -> tuple[list[Entry], list[tuple[str, str]], list[Issue]]:
    """Entries of each part, their paths prefixed with the part so parts never collide.

    Returns the entries, (path, part label such as 附件1第一部分) pairs, and the issues.
    """
    entries: list[Entry] = []
    parts: list[tuple[str, str]] = []
    issues: list[Issue] = []
    titles: dict[str, str] = {}
    for m in _PART_RE.finditer(text):
        # (第二部分所列物项不包括…。, a note naming the part before or after its heading, is no title of it)
        part, words = f"第{m.group(1)}部分", m.group(2).strip()
        if part not in titles or (_NAMES_A_PART_RE.match(titles[part]) and not _NAMES_A_PART_RE.match(words)):
            titles[part] = words
    for part, part_text in split_parts(text):
        label = f"{annex or ''}{part}"
        # (第二部分 境外制造的相关物项 then 1.…: read with its heading, which its numbered lines are the items of — alone,
        # lines printing no code or HS reference would head nothing and be lost)
        heading = titles.get(part, "")
        # (not 第二部分 说明 / 不适用本目录的物项: notes and exclusions name no item)
        # (a qualifier in brackets, 境外制造的相关物项（不包括第一部分所列物项）, does not make the part one)
        unbracketed = re.sub(r"[（(][^（）()]*[）)]", "", heading).strip()
        # (第二部分（在境外制造的稀土物项）: a heading printed whole in brackets is its title, brackets off)
        words = unbracketed or heading.strip().strip("（）() ")
        read = part_text if _NOT_GOODS_PART_RE.search(words) else f"{part} {words}{part_text}"
        result = extract_entries(read, title, source=source)
        issues.extend(result.issues)
        for entry in result.entries:
            path = entry.path if entry.path.startswith(part) else f"{part}/{entry.path}"
            entries.append(dataclasses.replace(entry, path=path))
            parts.append((path, label))
    return entries, parts, issues


_NOT_GOODS_PART_RE = re.compile(r"说明|注释|备注|释义|不适用|不属于|不包括|不管制|除外|不在")
_TABLE_CODE_RE = re.compile(r"^\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*$")
_HS_RE = re.compile(r"(?<!\d)(\d{8}|\d{10})(?!\d)")


def table_entries(tables: Sequence[Table], source: str) -> tuple[list[Entry], list[Issue]]:
    """A control list printed as a table (序号 | 管制编码 | 物项名称 | 海关商品编号): one entry a row.

    Used for `<table>` lists in notice bodies and for DOCX/XLSX annexes; the licence catalogue is
    read by `parsers.catalogue` instead (it maps customs codes, it does not list items).
    """
    entries: list[Entry] = []
    issues: list[Issue] = []
    for table_no, table in enumerate(tables, start=1):
        columns = None
        category = None
        for row_no, cells in enumerate(table.rows, start=1):
            header = header_columns(cells) or _name_header(cells)
            if header:
                columns = header
                continue
            if columns is None:
                continue
            distinct = {c for c in cells if c}
            if len(distinct) == 1:
                category = next(iter(distinct))
                continue
            name = _cell(cells, columns.get("goods_name")) or _cell(cells, columns.get("description"))
            if not name:
                issues.append(Issue("table_row_unnamed", "a table row names nothing", line=" | ".join(cells)))
                continue
            code = (_cell(cells, columns.get("control_code")) or "").rstrip(".") or None
            if code and not _TABLE_CODE_RE.match(code):
                issues.append(
                    Issue(
                        "control_code_pattern", f"unrecognised control code {code!r}", line=" | ".join(cells)
                    )
                )
                code = None
            hs = tuple(dict.fromkeys(_HS_RE.findall(_cell(cells, columns.get("hs")) or "")))
            seq = _cell(cells, columns.get("seq")) or str(row_no)
            entries.append(
                Entry(
                    path=f"表{table_no}/{seq}",
                    name_zh=name.replace("\n", ""),
                    category_zh=category,
                    group_zh=None,
                    control_code=code,
                    control_code_printed=code,
                    hs_codes=hs,
                    hs_label="海关商品编号" if hs and len(hs[0]) == 10 else ("税则号列" if hs else None),
                    kind=KIND_BY_TYPE.get(code[1], "item") if code else "item",
                    spec_zh=_cell(cells, columns.get("description"))
                    if columns.get("goods_name") is not None
                    else None,
                    quote_zh=" | ".join(c.replace("\n", " ") for c in cells),
                    span=(0, 0),
                    source=source,
                )
            )
    return entries, issues


def _name_header(cells: Sequence[str]) -> dict[str, int] | None:
    """A list table without HS codes: 序号 | 管制编码 | 物项名称."""
    labels = [re.sub(r"\s+", "", c) for c in cells]
    if "管制编码" in labels and ("物项名称" in labels or "名称" in labels):
        found = {"control_code": labels.index("管制编码")}
        found["goods_name"] = labels.index("物项名称") if "物项名称" in labels else labels.index("名称")
        if "序号" in labels:
            found["seq"] = labels.index("序号")
        return found
    return None


def _cell(cells: Sequence[str], index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None
    return cells[index].strip() or None


def is_list_table(tables: Sequence[Table]) -> bool:
    return any((header_columns(row) or _name_header(row)) for table in tables for row in table.rows[:3])
