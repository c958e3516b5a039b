"""The contract's `parties` views name three lists; other lists regwatch reads stay in `all_parties`.

A countermeasure order (反制清单, Anti-Foreign Sanctions Law) is read like an entity list, but the
analyst contract (and ../shared/tools/check_contract.py) allows only the control list, the watch list
and the Unreliable Entity List in `parties`: a warehouse holding a countermeasure party must still pass.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import require_shared
from warehouse.db import Warehouse

ROWS = [
    # party_key, list, notice_id, valid_from, valid_to, status
    (
        "en:hanwhaoceanusa",
        "countermeasure_list",
        "MOFCOM-ORDER-2025-6",
        dt.date(2025, 10, 14),
        None,
        "listed",
    ),
    ("en:skydio", "unreliable_entity_list", "UEL-2024-2", dt.date(2024, 10, 10), None, "listed"),
    ("en:cubic", "control_list", "MOFCOM-2025-21", dt.date(2025, 4, 4), dt.date(2025, 8, 12), "listed"),
]


def _warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    Warehouse(path).ensure()
    with Warehouse(path).write() as con:
        for key, list_name, notice, start, end, status in ROWS:
            con.execute(
                "INSERT INTO party_periods VALUES (?, ?, ?, 1, ?, ?, ?, NULL, ?, ?, [], NULL, FALSE, [], ?, ?, 1, NULL)",
                [key, list_name, notice, start, end, status, key, key, f"quote of {key}", start],
            )
    return path


def test_countermeasure_parties_stay_out_of_the_contract_views(tmp_path: Path) -> None:
    con = duckdb.connect(str(_warehouse(tmp_path)), read_only=True)
    try:
        on = "DATE '2025-11-01'"
        contract = con.execute(f"SELECT party_id, list FROM parties_as_of({on}) ORDER BY 1").fetchall()
        every = con.execute(f"SELECT party_id, list FROM all_parties_as_of({on}) ORDER BY 1").fetchall()
        assert contract == [("en:skydio", "unreliable_entity_list")]  # Cubic's period ended 2025-08-12
        assert every == [
            ("en:hanwhaoceanusa", "countermeasure_list"),
            ("en:skydio", "unreliable_entity_list"),
        ]
        statuses = dict(con.execute("SELECT party_id, status FROM parties").fetchall())
        assert statuses == {"en:skydio": "listed", "en:cubic": "removed"}
        assert con.execute("SELECT count(*) FROM all_parties").fetchone() == (3,)
    finally:
        con.close()


def test_a_warehouse_with_a_countermeasure_party_meets_the_contract(tmp_path: Path) -> None:
    checker = require_shared("tools/check_contract.py")
    check = subprocess.run(
        [sys.executable, str(checker), str(_warehouse(tmp_path))], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
    assert "contract: OK" in check.stdout
