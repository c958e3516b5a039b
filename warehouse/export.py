"""Analyst exports of the contract's tables and views (Parquet, CSV, JSON lines).

CSV files are opened in spreadsheets, and their text comes from government pages we do not control:
a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula there (`=HYPERLINK(…)`,
`=cmd|…`). As OWASP advises for CSV injection, such text cells are written with a leading `'`, which
spreadsheets show as text; Parquet and JSON keep the values verbatim.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
from duckdb import CaseExpression, ColumnExpression, ConstantExpression, FunctionExpression

EXPORTED = (
    "notices",
    "notice_versions",
    "control_entries",
    "controls_current",
    "changes",
    "fetch_log",
    "data_issues",
    "control_periods",
    "notice_relations",
    "parties",
    "party_entries",
    "party_events",
    "party_periods",
)
_FORMATS = {"parquet": "parquet", "csv": "csv", "json": "jsonl", "ftm": "ftm.json"}
FORMULA_PREFIX = "^[=+\\-@\t\r]"  # OWASP's list: = + - @ tab carriage return


def neutralize_formulas(relation: duckdb.DuckDBPyRelation) -> duckdb.DuckDBPyRelation:
    """The relation with every text cell that a spreadsheet would run as a formula prefixed with `'`.

    Built from expressions, not SQL text, since the column names come from the relation itself.
    """
    columns = []
    for name, column_type in zip(relation.columns, relation.types, strict=True):
        column = ColumnExpression(name)
        if str(column_type) == "VARCHAR":
            formula = FunctionExpression("regexp_matches", column, ConstantExpression(FORMULA_PREFIX))
            quoted = FunctionExpression("concat", ConstantExpression("'"), column)
            column = CaseExpression(formula, quoted).otherwise(column).alias(name)
        columns.append(column)
    return relation.select(*columns)


def export(
    con: duckdb.DuckDBPyConnection, out: Path, fmt: str, as_of: dt.date | None = None
) -> dict[str, tuple[Path, int]]:
    """Write every exported relation to `out`; returns name -> (path, rows)."""
    if fmt not in _FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {sorted(_FORMATS)}")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, tuple[Path, int]] = {}
    if fmt == "ftm":  # the entity lists as FollowTheMoney entities (Company/Organization + Sanction)
        from warehouse.ftm import write_ftm

        path = out / "parties.ftm.json"
        return {"parties": (path, write_ftm(con, path, as_of))}
    for name in EXPORTED:
        relation = (
            con.table(name) if name != "controls_current" else con.sql("SELECT * FROM controls_current")
        )
        path = out / f"{name}.{_FORMATS[fmt]}"
        tmp = path.with_name(path.name + ".tmp")
        if fmt == "parquet":
            relation.write_parquet(str(tmp))
        elif fmt == "csv":
            neutralize_formulas(relation).write_csv(str(tmp))
        else:
            columns = relation.columns
            with open(tmp, "w", encoding="utf-8") as handle:
                for row in relation.fetchall():
                    handle.write(
                        json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=str)
                    )
                    handle.write("\n")
        tmp.replace(path)
        # name comes from EXPORTED, never from input; fetchall() completes the result (DuckDB 2.0 refuses
        # relation work on a connection with an unfinished result).
        count = con.execute(f"SELECT count(*) FROM {name}").fetchall()
        written[name] = (path, int(count[0][0]))
    return written
