"""The licence catalogue (两用物项和技术进出口许可证管理目录): which customs codes each item maps to.

Two table layouts are in use. Up to the 2024 edition (2023 No. 66): 序号 | 货物种类 | 海关商品编号 |
货物名称 | 单位, with no export-control code. From the 2025 edition, after the dual-use list: 序号 |
管制编码 | 物项名称及描述 | 参考商品名称 | 海关商品编号 | 单位. Both run over many pages with the
header repeated, section rows spanning the table (`一、两用物项出口管制清单所列物项`, `1A 系统、设备和部件`),
several HS codes stacked in one cell, and rows continued on the next page with an empty 序号.

The result is one `CatalogueRow` per (row, HS code): the code ↔ HS table analysts query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.documents import Table
from parsers.model import Issue

_HS_RE = re.compile(r"(?<!\d)(\d{8}|\d{10})(?!\d)")
_CODE_RE = re.compile(r"^\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*$")
_COLUMNS = {
    "seq": ("序号",),
    "control_code": ("管制编码", "出口管制编码", "编码"),
    "description": ("物项名称及描述", "物项描述", "描述"),
    "goods_name": ("参考商品名称", "货物名称", "商品名称", "物项名称"),
    "goods_class": ("货物种类", "物项种类", "类别"),
    "hs": ("海关商品编号", "商品编号", "税则号列", "HS编码"),
    "unit": ("单位", "计量单位"),
}


@dataclass(frozen=True)
class CatalogueRow:
    row_no: str | None  # 序号 as printed
    section_zh: str | None  # the nearest section row above
    control_code: str | None  # None in the pre-2025 layout
    goods_class_zh: str | None
    description_zh: str | None
    goods_name_zh: str | None
    hs_code: str | None  # one per record; None when the row names no customs code
    unit_zh: str | None
    page: int | None


@dataclass(frozen=True)
class CatalogueReading:
    rows: tuple[CatalogueRow, ...]
    items: int  # table rows read (before splitting HS codes)
    issues: tuple[Issue, ...]


def header_columns(row: Sequence[str]) -> dict[str, int] | None:
    """Column positions when `row` is a catalogue header (it names the HS column and one name column)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        label = re.sub(r"\s+", "", cell)
        for key, names in _COLUMNS.items():
            if key not in found and any(label == n for n in names):
                found[key] = index
                break
    if "hs" in found and ("goods_name" in found or "description" in found):
        return found
    return None


def is_catalogue(tables: Sequence[Table]) -> bool:
    return any(header_columns(row) for table in tables for row in table.rows[:3])


def read_catalogue(tables: Sequence[Table]) -> CatalogueReading:  # noqa: C901 — a state machine over the catalogue's table layout
    """Rows of every catalogue-shaped table, in order. Never raises."""
    issues: list[Issue] = []
    rows: list[CatalogueRow] = []
    columns: dict[str, int] | None = None
    section: str | None = None
    items = 0
    last: dict[str, str | None] | None = None
    for table in tables:
        for cells in table.rows:
            header = header_columns(cells)
            if header:
                columns = header
                continue
            if columns is None:
                continue
            distinct = {c for c in cells if c}
            if len(distinct) == 1 and not _HS_RE.search(next(iter(distinct))):
                section = next(iter(distinct)).replace("\n", "")
                last = None
                continue

            def cell(key: str, cells: Sequence[str] = cells, columns: dict[str, int] = columns) -> str | None:
                index = columns.get(key)
                if index is None or index >= len(cells):
                    return None
                return cells[index] or None

            seq = cell("seq")
            hs_cell = cell("hs") or ""
            if seq is None and last is not None:
                # A row split across a page break: the continuation adds codes (and text) to the row.
                for code in _HS_RE.findall(hs_cell):
                    rows.append(_record(last, code, table.page))
                continue
            items += 1
            code = (cell("control_code") or "").replace("\n", "").strip().rstrip(".") or None
            if code is not None and not _CODE_RE.match(code):
                issues.append(
                    Issue(
                        "catalogue_code_shape", f"unrecognised control code {code!r}", line=" | ".join(cells)
                    )
                )
            goods_class = cell("goods_class")
            if goods_class is None and last is not None and "goods_class" in columns:
                goods_class = last.get("goods_class_zh")  # merged down in the older layout
            record: dict[str, str | None] = {
                "row_no": seq,
                "section_zh": section,
                "control_code": code,
                "goods_class_zh": goods_class.replace("\n", "") if goods_class else None,
                "description_zh": (cell("description") or "").replace("\n", "") or None,
                "goods_name_zh": (cell("goods_name") or "").replace("\n", "") or None,
                "unit_zh": (cell("unit") or "").replace("\n", "") or None,
            }
            last = record
            codes = _HS_RE.findall(hs_cell)
            leftover = _HS_RE.sub("", hs_cell).strip(" \n、,，;；/")
            if leftover and leftover not in ("—", "-", "/"):
                issues.append(
                    Issue(
                        "catalogue_hs_unreadable",
                        f"HS cell {hs_cell!r} is not a list of codes",
                        line=" | ".join(cells),
                    )
                )
            if not codes:
                rows.append(_record(record, None, table.page))
            for hs in codes:
                rows.append(_record(record, hs, table.page))
    if columns is None:
        issues.append(
            Issue("catalogue_header_missing", "no table with a 海关商品编号 header", severity="error")
        )
    return CatalogueReading(rows=tuple(rows), items=items, issues=tuple(issues))


def _record(record: dict[str, str | None], hs: str | None, page: int | None) -> CatalogueRow:
    return CatalogueRow(
        row_no=record["row_no"],
        section_zh=record["section_zh"],
        control_code=record["control_code"],
        goods_class_zh=record["goods_class_zh"],
        description_zh=record["description_zh"],
        goods_name_zh=record["goods_name_zh"],
        hs_code=hs,
        unit_zh=record["unit_zh"],
        page=page,
    )
