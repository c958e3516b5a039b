"""Every control code a line prints is stored (control_entries.control_codes) and screened.

2025 No. 10 prints `1E004、1E101.b．…` on one line: a product classified 1E101.b must match that entry
as surely as one classified 1E004. A real DuckDB file, the real migrations and the real screening join.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from warehouse.db import apply_migrations, migrations
from warehouse.screening import code_hits

_ENTRY_SQL = """
INSERT INTO control_entries (notice_id, version, entry_key, path, control_code, name_zh, hs_codes, kind,
                             quote_zh, span_start, span_end, source, source_sha256, tokens, parser_version)
VALUES (?, 1, ?, '一/(四)', ?, ?, [], 'technology', ?, 0, 1, 'body', 'sha', [], '5')
"""
_PERIOD_SQL = """
INSERT INTO control_periods (entry_key, notice_id, version, valid_from, status, control_code, name_zh, hs_codes,
                             kind, known_from_lv)
VALUES (?, ?, 1, ?, 'in_force', ?, ?, [], 'technology', 1)
"""


def _entry(con: duckdb.DuckDBPyConnection, key: str, code: str | None, name: str) -> None:
    con.execute(_ENTRY_SQL, ["MOFCOM-2025-10", key, code, name, name])
    con.execute(_PERIOD_SQL, [key, "MOFCOM-2025-10", dt.date(2025, 2, 4), code, name])


def test_rows_written_before_the_migration_get_their_one_code(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"
    )
    for number, name, sql in migrations():
        if number < 5:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
    _entry(con, "k-coded", "6C002.a", "金属碲")
    _entry(con, "k-plain", None, "仲钨酸铵")
    applied = apply_migrations(con)  # 0005 and whatever later migrations exist
    assert applied[0] == "0005_control_codes.sql" and applied == [n for v, n, _ in migrations() if v >= 5]
    rows = con.execute("SELECT entry_key, control_codes FROM control_entries ORDER BY entry_key").fetchall()
    assert rows == [("k-coded", ["6C002.a"]), ("k-plain", [])]


def test_a_product_under_any_printed_code_matches_the_entry(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    apply_migrations(con)
    name = "生产1C004、1C117.c、1C117.d项的技术及资料"
    _entry(con, "k-multi", "1C004", name)
    con.execute(
        "UPDATE control_entries SET control_codes = ['1C004', '1C117.c', '1C117.d'] WHERE entry_key = 'k-multi'"
    )
    _entry(con, "k-other", "6C002.a", "金属碲")
    hits = code_hits(con, [0, 1, 2, 3], [None, None, None, None], ["1C117.d", "1C004", "1C117", "1C999"])
    found = {(h.row, h.entry_key, h.relation, h.entry_code) for h in hits}
    assert (0, "k-multi", "code_exact", "1C117.d") in found
    assert (1, "k-multi", "code_exact", "1C004") in found
    # a product classified only by the parent 1C117 is a child relation of the printed 1C117.c/.d
    assert {(row, relation) for row, key, relation, _ in found if row == 2} == {(2, "code_child")}
    assert not [h for h in hits if h.row == 3]
    # one product, one entry: the best relation only, whichever code gave it
    assert len([h for h in hits if h.row == 0]) == 1
