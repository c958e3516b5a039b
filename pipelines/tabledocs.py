"""Table schemas for the Dagster UI, read from docs/tables.md (the one place columns are documented).

tests/test_docs.py keeps that page equal to the warehouse, so the schema an asset shows is the one an
analyst queries. When the page is not there (an installed wheel), assets simply carry no schema.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import dagster as dg

DOC = Path(__file__).resolve().parents[1] / "docs" / "tables.md"
_HEADING = re.compile(r"^## +(.+?) *$", re.MULTILINE)
_CELLS = re.compile(r"(?<!\\)\|")


@cache
def _sections() -> dict[str, str]:
    if not DOC.is_file():
        return {}
    parts = _HEADING.split(DOC.read_text(encoding="utf-8"))
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _plain(cell: str) -> str:
    return cell.replace("\\|", "|").replace("`", "").strip()


def table_schema(name: str) -> dg.TableSchema | None:
    """The `| column | type | meaning |` table under `## name`, as a Dagster table schema."""
    section = _sections().get(name)
    if section is None:
        return None
    columns: list[dg.TableColumn] = []
    in_table = False
    for line in section.splitlines():
        cells = [c.strip() for c in _CELLS.split(line.strip())[1:-1]]
        if cells[:3] == ["column", "type", "meaning"]:
            in_table = True
            continue
        if not in_table:
            continue
        if not cells:
            break
        if set(cells[0]) <= {"-", ":", " "} or len(cells) < 3:
            continue
        columns.append(dg.TableColumn(_plain(cells[0]), _plain(cells[1]), description=_plain(cells[2])))
    return dg.TableSchema(columns=columns) if columns else None


def schema_metadata(*names: str) -> dict[str, object]:
    """Definition metadata: `dagster/column_schema` of the first table, the others as their own entries."""
    metadata: dict[str, object] = {}
    for index, name in enumerate(names):
        schema = table_schema(name)
        if schema is None:
            continue
        key = "dagster/column_schema" if index == 0 else f"schema: {name}"
        metadata[key] = schema if index == 0 else dg.MetadataValue.table_schema(schema)
    if names:
        metadata["tables"] = ", ".join(names)
    return metadata
