"""What DuckLake (PostgreSQL catalog) would cost regwatch: a throwaway-venv measurement.

DuckLake's extension wheels exist only for DuckDB 1.5.x while regwatch pins 2.0.x, so this script runs
in a separate virtualenv and never in the project's own (see docs/scaling.md for the numbers it printed):

    python3 -m venv /tmp/dl-venv
    /tmp/dl-venv/bin/pip install "duckdb==1.5.5" duckdb-extension-ducklake==1.5.5 \
        duckdb-extension-postgres==1.5.5
    /tmp/dl-venv/bin/python bench/ducklake_eval.py --pg "host=127.0.0.1 port=5432 user=… dbname=lake"

It answers three questions, each against a floor measured in the same run:
1. Do regwatch's migrations (tables with PRIMARY KEY/UNIQUE, sequences, table macros, views, list
   lambdas) apply to a DuckLake catalog, statement by statement?
2. Do the write patterns regwatch relies on (INSERT … ON CONFLICT upserts) work there?
3. What does a small write transaction and an analyst read cost on DuckLake, as a ratio to the same
   on a local DuckDB file?
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
MIGRATIONS = sorted((ROOT / "warehouse" / "migrations").glob("[0-9][0-9][0-9][0-9]_*.sql"))


def load_extensions(con: duckdb.DuckDBPyConnection, scratch: Path) -> None:
    """LOAD the wheels' binaries by path. The postgres wheel ships `postgres.duckdb_extension`, but
    the binary's entry point is `postgres_scanner_…`, and DuckDB derives it from the file name."""
    for package, name in (
        ("duckdb_extension_ducklake", "ducklake"),
        ("duckdb_extension_postgres", "postgres_scanner"),
    ):
        module = importlib.import_module(package)
        found = next(Path(module.__path__[0]).rglob("*.duckdb_extension"))
        target = scratch / f"{name}.duckdb_extension"
        if not target.exists():
            shutil.copyfile(found, target)
        con.execute(f"LOAD '{target}'")


def statements(sql: str) -> list[str]:
    """A migration's statements, split by DuckDB's own parser (comments may hold semicolons)."""
    return [stmt.query.strip() for stmt in duckdb.extract_statements(sql)]


def first_line(stmt: str) -> str:
    return re.sub(r"\s+", " ", stmt)[:70]


def apply_migrations(con: duckdb.DuckDBPyConnection, schema: str) -> tuple[int, list[tuple[str, str]]]:
    con.execute(f"USE {schema}")
    ok, failed = 0, []
    for path in MIGRATIONS:
        for stmt in statements(path.read_text(encoding="utf-8")):
            try:
                con.execute(stmt)
                ok += 1
            except duckdb.Error as exc:
                failed.append((f"{path.name}: {first_line(stmt)}", str(exc).splitlines()[0][:140]))
    return ok, failed


def probe_features(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, str]:
    """Features regwatch's SQL uses, each tried on its own."""
    con.execute(f"USE {schema}")
    probes = {
        "table with PRIMARY KEY": "CREATE TABLE p_pk (k VARCHAR PRIMARY KEY, v INTEGER)",
        "plain table": "CREATE TABLE p_plain (k VARCHAR, v INTEGER, tags VARCHAR[])",
        "INSERT … ON CONFLICT DO UPDATE (needs the key)": "INSERT INTO p_pk VALUES ('a', 1) "
        "ON CONFLICT (k) DO UPDATE SET v = excluded.v",
        "UPDATE": "UPDATE p_plain SET v = 2 WHERE k = 'a'",
        "DELETE": "DELETE FROM p_plain WHERE k = 'zz'",
        "sequence": "CREATE SEQUENCE p_seq START 1",
        "view": "CREATE VIEW p_view AS SELECT k, v FROM p_plain",
        "table macro": "CREATE MACRO p_macro(d) AS TABLE SELECT * FROM p_plain WHERE v >= d",
        "lambda x: (1.x syntax)": "SELECT list_filter(['28053019', '8486'], lambda x: x LIKE '2805%')",
        "x -> (arrow syntax)": "SELECT list_filter(['28053019', '8486'], x -> x LIKE '2805%')",
    }
    results = {}
    for label, sql in probes.items():
        try:
            con.execute(sql)
            results[label] = "works"
        except duckdb.Error as exc:
            results[label] = "FAILS: " + str(exc).splitlines()[0][:110]
    return results


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    """Median milliseconds of `repeat` calls."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def write_batch(con: duckdb.DuckDBPyConnection, table: str, start: int, rows: int) -> None:
    """One transaction of `rows` change-like rows, as one statement (what is measured is the commit)."""
    con.execute("BEGIN TRANSACTION")
    con.execute(
        f"INSERT INTO {table} SELECT 'change-' || (? + i), 'added', 'MOFCOM-2025-61', '1C902.a.4', "
        "'钐钴永磁材料', ['8505' || lpad(CAST(i % 1000 AS VARCHAR), 6, '0')], now() FROM range(?) r(i)",
        [start, rows],
    )
    con.execute("COMMIT")


def costs(pg: str, scratch: Path, rows: int, repeat: int) -> dict[str, float]:
    create = (
        "CREATE TABLE {t} (change_id VARCHAR, change_type VARCHAR, notice_id VARCHAR, "
        "control_code VARCHAR, name_zh VARCHAR, hs_codes VARCHAR[], detected_at TIMESTAMPTZ)"
    )
    read_sql = (
        "SELECT notice_id, count(*) FROM {t} "
        "WHERE len(list_filter(hs_codes, lambda x: x LIKE '8505%')) > 0 GROUP BY 1"
    )
    out: dict[str, float] = {}

    # Floor: the same on a local DuckDB file, committed and checkpointed (what copy-and-replace pays
    # on top of this is the file copy, measured by bench/scaling.py in the project's own venv).
    local = duckdb.connect(str(scratch / "floor.duckdb"))
    local.execute(create.format(t="changes_floor"))
    counter = iter(range(10**9))
    out["local: write txn"] = timed(
        lambda: (
            write_batch(local, "changes_floor", next(counter) * rows, rows),
            local.execute("CHECKPOINT"),
        ),
        repeat,
    )
    out["local: read query"] = timed(
        lambda: local.execute(read_sql.format(t="changes_floor")).fetchall(), repeat
    )
    local.close()
    out["local: open + read"] = timed(
        lambda: _open_read_local(scratch / "floor.duckdb", read_sql.format(t="changes_floor")), repeat
    )

    lake = duckdb.connect()
    load_extensions(lake, scratch)
    attach = f"ATTACH 'ducklake:postgres:{pg}' AS lake (DATA_PATH '{scratch / 'lake-data'}/')"
    lake.execute(attach)
    lake.execute(create.format(t="lake.main.changes_lake"))
    counter = iter(range(10**9))
    out["ducklake: write txn"] = timed(
        lambda: write_batch(lake, "lake.main.changes_lake", next(counter) * rows, rows), repeat
    )
    out["ducklake: read query"] = timed(
        lambda: lake.execute(read_sql.format(t="lake.main.changes_lake")).fetchall(), repeat
    )
    lake.close()

    def open_read_lake(load: bool) -> None:
        con = duckdb.connect()
        if load:
            load_extensions(con, scratch)
        con.execute(attach.replace("(DATA_PATH", "(READ_ONLY, DATA_PATH"))
        con.execute(read_sql.format(t="lake.main.changes_lake")).fetchall()
        con.close()

    out["ducklake: open + read"] = timed(lambda: open_read_lake(True), max(3, repeat // 4))
    out["ducklake: LOAD extensions"] = timed(lambda: load_extensions(duckdb.connect(), scratch), 5)
    return out


def _open_read_local(path: Path, sql: str) -> None:
    con = duckdb.connect(str(path), read_only=True)
    con.execute(sql).fetchall()
    con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="libpq connection string of an empty database")
    parser.add_argument("--rows", type=int, default=100, help="rows per write transaction")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    print(f"duckdb {duckdb.__version__}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        con = duckdb.connect()
        load_extensions(con, scratch)
        con.execute(f"ATTACH 'ducklake:postgres:{args.pg}' AS lake (DATA_PATH '{scratch / 'lake-data'}/')")
        con.execute("CREATE SCHEMA lake.migrations")
        ok, failed = apply_migrations(con, "lake.migrations")
        print(f"\n1. migrations on DuckLake: {ok} statement(s) applied, {len(failed)} failed")
        for where, error in failed:
            print(f"   - {where}\n       {error}")
        con.execute("CREATE SCHEMA lake.probes")
        lake_features = probe_features(con, "lake.probes")
        con.close()
        local = duckdb.connect(str(scratch / "probe.duckdb"))
        local_features = probe_features(local, "main")
        local.close()
        print("\n2. features (local DuckDB file | DuckLake catalog):")
        for label in lake_features:
            print(f"   - {label}: {local_features[label]} | {lake_features[label]}")
        print(f"\n3. costs, median ms of {args.repeat} ({args.rows} rows per write transaction):")
        figures = costs(args.pg, scratch, args.rows, args.repeat)
        for label, ms in figures.items():
            print(f"   {label:<24} {ms:9.2f} ms")
        print(
            "   ratios: write {:.1f}x, read {:.1f}x, open+read {:.1f}x (DuckLake / local file)".format(
                figures["ducklake: write txn"] / figures["local: write txn"],
                figures["ducklake: read query"] / figures["local: read query"],
                figures["ducklake: open + read"] / figures["local: open + read"],
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
