"""Reads attach the published file to one DuckDB instance per process: they must still see each
published file afresh, leave nothing open behind them, and work in a forked child."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from warehouse.db import Warehouse


def _warehouse(tmp_path: Path) -> Warehouse:
    warehouse = Warehouse(tmp_path / "w.duckdb")
    with warehouse.write() as con:
        con.execute("CREATE TABLE night (n INTEGER)")
        con.execute("INSERT INTO night VALUES (1)")
    return warehouse


def _count(warehouse: Warehouse) -> int:
    with warehouse.read() as con:
        row = con.execute("SELECT count(*) FROM night").fetchone()
    assert row is not None
    return int(row[0])


def test_a_read_during_another_sees_its_own_file_and_then_the_new_one(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path)
    with warehouse.read() as old:
        with warehouse.write() as con:
            con.execute("INSERT INTO night VALUES (2)")
        assert _count(warehouse) == 2  # a new read: the published file
        assert old.execute("SELECT count(*) FROM night").fetchone() == (1,)  # its snapshot


def test_a_finished_read_leaves_the_file_free_for_another_process_to_write(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path)
    for _ in range(3):
        assert _count(warehouse) == 1
    with warehouse.shared_reads():
        assert _count(warehouse) == 1
    # DuckDB refuses a read-write open of a file another process holds open, even read-only.
    code = "import duckdb, sys; duckdb.connect(sys.argv[1]).execute('INSERT INTO night VALUES (3)')"
    done = subprocess.run([sys.executable, "-c", code, str(warehouse.path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _count(warehouse) == 2


def test_a_forked_child_reads_with_an_instance_of_its_own(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path)
    assert _count(warehouse) == 1  # the parent's instance exists before the fork
    pid = os.fork()
    if pid == 0:  # the child: any failure is its exit status
        try:
            os._exit(0 if _count(warehouse) == 1 else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _count(warehouse) == 1
