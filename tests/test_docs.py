"""docs/tables.md documents every column of every analyst table and view, and the contract holds.

The warehouse is built from the migrations alone (no run), so this is fast and needs no network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from warehouse.db import Warehouse

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "tables.md"
README = ROOT / "README.md"

# Tables and views documented in docs/tables.md, by their `## name` heading. The value is the relation
# DESCRIBE is run on.
DOCUMENTED: dict[str, str] = {
    "notices": "notices",
    "notice_titles_en": "notice_titles_en",
    "notice_versions": "notice_versions",
    "control_entries": "control_entries",
    "controls_current": "controls_current",
    "controls_as_of(d)": "SELECT * FROM controls_as_of(current_date)",
    "changes": "changes",
    "fetch_log": "fetch_log",
    "data_issues": "data_issues",
    "control_periods": "control_periods",
    "list_versions": "list_versions",
    "notice_relations": "notice_relations",
    "notice_copies": "notice_copies",
    "notice_version_diffs": "notice_version_diffs",
    "notice_paragraphs": "notice_paragraphs",
    "attachments": "attachments",
    "runs": "runs",
    "deliveries": "deliveries",
    "delivery_targets": "delivery_targets",
    "fetch_queue": "fetch_queue",
    "pages": "pages",
    "listing_links": "listing_links",
    "raw_objects": "raw_objects",
    "parties": "parties",
    "parties_as_of(d)": "SELECT * FROM parties_as_of(current_date)",
    "all_parties": "all_parties",
    "all_parties_as_of(d)": "SELECT * FROM all_parties_as_of(current_date)",
    "party_entries": "party_entries",
    "party_periods": "party_periods",
    "party_events": "party_events",
    "notice_rules": "notice_rules",
    "rule_records": "rule_records",
    "attachment_fetch_state": "attachment_fetch_state",
    "catalogue_rows": "catalogue_rows",
    "catalogue_hs": "catalogue_hs",
    "catalogue_as_of(d)": "SELECT * FROM catalogue_as_of(current_date)",
    "controls_under(code, d)": "SELECT * FROM controls_under('3A001', current_date)",
    "dual_use_list_as_of(d)": "SELECT * FROM dual_use_list_as_of(current_date)",
    "notice_list_roles": "notice_list_roles",
    "list_notes": "list_notes",
    "entry_parts": "entry_parts",
    "notice_rule_entries": "notice_rule_entries",
    "list_code_parts": "list_code_parts",
}

# Copied from ../shared/tools/check_contract.py (the DESIGN.md contract), which CI may not have.
CONTRACT: dict[str, list[str]] = {
    "notices": [
        "notice_id",
        "number_zh",
        "title_zh",
        "issuers",
        "published_on",
        "effective_on",
        "url",
        "status",
        "first_seen",
        "last_seen",
    ],
    "notice_versions": ["notice_id", "version", "sha256", "fetched_at", "url"],
    "control_entries": [
        "notice_id",
        "version",
        "entry_key",
        "path",
        "category_zh",
        "control_code",
        "name_zh",
        "name_en",
        "hs_codes",
        "kind",
        "spec_zh",
        "quote_zh",
    ],
    "controls_current": [
        "entry_key",
        "control_code",
        "name_zh",
        "name_en",
        "hs_codes",
        "kind",
        "notice_id",
        "effective_on",
        "status",
    ],
    "changes": [
        "change_id",
        "run_id",
        "detected_at",
        "change_type",
        "entry_key",
        "control_code",
        "name_zh",
        "name_en",
        "hs_codes",
        "notice_id",
        "effective_on",
        "detail",
        "delivered_at",
    ],
    "fetch_log": ["url", "fetched_at", "status", "etag", "last_modified", "sha256", "bytes", "error"],
    "data_issues": [],
    "parties": [
        "party_id",
        "list",
        "name_zh",
        "name_en",
        "aliases",
        "country",
        "includes_branches",
        "measures",
        "notice_id",
        "listed_on",
        "status",
        "quote_zh",
    ],
    "notice_rules": [
        "notice_id",
        "rule_kind",
        "threshold",
        "applies_to",
        "quote_zh",
        "effective_on",
        "status",
    ],
}

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    path = tmp_path_factory.mktemp("docs") / "w.duckdb"
    Warehouse(path).ensure()
    connection = duckdb.connect(str(path), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    """The text under each `## heading` of docs/tables.md, keyed by the heading."""
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## +(.+?) *$", text, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def _describe(con: duckdb.DuckDBPyConnection, relation: str) -> dict[str, str]:
    target = relation if relation.startswith("SELECT") else f'"{relation}"'
    return {row[0]: row[1] for row in con.execute(f"DESCRIBE {target}").fetchall()}


def _column_table(section: str) -> dict[str, str]:
    """Rows of the section's `| column | type | meaning |` table: column name -> type."""
    rows: dict[str, str] = {}
    in_table = False
    for line in section.splitlines():
        cells = [c.strip() for c in _CELL_SPLIT.split(line.strip())[1:-1]]
        if cells[:3] == ["column", "type", "meaning"]:
            in_table = True
            continue
        if not in_table:
            continue
        if not cells:
            break
        if set(cells[0]) <= {"-", ":", " "}:
            continue
        rows[cells[0].strip("`")] = cells[1].strip("`")
    return rows


@pytest.mark.parametrize("heading", list(DOCUMENTED))
def test_every_column_is_documented_in_its_section(
    con: duckdb.DuckDBPyConnection, sections: dict[str, str], heading: str
) -> None:
    assert heading in sections, f"docs/tables.md has no '## {heading}' section"
    documented = _column_table(sections[heading])
    actual = _describe(con, DOCUMENTED[heading])
    missing = [c for c in actual if c not in documented]
    stale = [c for c in documented if c not in actual]
    assert not missing, f"{heading}: columns not documented: {missing}"
    assert not stale, f"{heading}: documented columns that do not exist: {stale}"
    wrong = {c: (documented[c], t) for c, t in actual.items() if documented[c] != t}
    assert not wrong, f"{heading}: documented type differs from DESCRIBE (doc, actual): {wrong}"


@pytest.mark.parametrize("table", list(CONTRACT))
def test_contract_columns_exist(con: duckdb.DuckDBPyConnection, table: str) -> None:
    actual = _describe(con, table)
    missing = [c for c in CONTRACT[table] if c not in actual]
    assert not missing, f"{table}: contract columns missing from the warehouse: {missing}"


def test_controls_as_of_is_a_table_macro(con: duckdb.DuckDBPyConnection) -> None:
    assert con.execute("SELECT count(*) FROM controls_as_of(DATE '2025-11-09')").fetchone() == (0,)


def test_example_queries_bind(con: duckdb.DuckDBPyConnection) -> None:
    """Every ```sql block of the page runs against the schema (an empty warehouse)."""
    blocks = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert len(blocks) >= 8
    for sql in blocks:
        try:
            con.execute(sql).fetchall()
        except duckdb.Error as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"example query fails: {exc}\n{sql}")


def test_readme_links_the_table_docs() -> None:
    if not README.exists():
        pytest.skip("README.md does not exist yet")
    assert "docs/tables.md" in README.read_text(encoding="utf-8")
