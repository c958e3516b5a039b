"""The shared warehouse backend against a real PostgreSQL and a real S3-compatible server.

Each "machine" is a separate process with a cache directory of its own (tests/shared_worker.py):
writers must be serialised by PostgreSQL (no lost update), readers must only ever see whole
transactions, a killed writer must leave neither a lock nor a half-published snapshot behind, and a
run's liveness must be visible from another process and end with it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import MotoServer, PostgresServer
from tests.shared_worker import increment, open_shared
from warehouse import pg
from warehouse.backends import SharedWarehouse, WarehouseStore
from warehouse.db import Warehouse, WarehouseBusy, WarehouseError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def config(postgres_server: PostgresServer, tmp_path: Path, request: pytest.FixtureRequest) -> dict[str, str]:
    """A fresh catalog database and a snapshot folder; machine caches go under tmp_path."""
    name = "w_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]
    return {
        "postgres_url": postgres_server.create_database(name),
        "snapshot_url": str(tmp_path / "snapshots"),
        "cache_dir": str(tmp_path / "machine-0"),
    }


@pytest.fixture
def s3_config(config: dict[str, str], s3_server: MotoServer, tmp_path: Path) -> Iterator[dict[str, str]]:
    bucket = "snap-" + os.urandom(4).hex()
    s3_server.create_bucket(bucket)
    credentials = {k: v for k, v in s3_server.env().items() if k.startswith("AWS_")}
    saved = {k: os.environ.get(k) for k in credentials}
    os.environ.update(credentials)
    try:
        yield {**config, "snapshot_url": f"s3://{bucket}/warehouse", "endpoint_url": s3_server.endpoint}
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def machine(config: dict[str, str], n: int, **extra: str) -> dict[str, str]:
    return {**config, "cache_dir": str(Path(config["cache_dir"]).with_name(f"machine-{n}")), **extra}


def worker(role: str, config: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.shared_worker", role, json.dumps(config), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def counters(warehouse: SharedWarehouse) -> dict[str, int]:
    with warehouse.read() as con:
        return dict(con.execute("SELECT name, value FROM counters").fetchall())


def test_both_backends_satisfy_one_interface(config: dict[str, str], tmp_path: Path) -> None:
    assert isinstance(Warehouse(tmp_path / "w.duckdb"), WarehouseStore)
    assert isinstance(open_shared(config), WarehouseStore)


def test_reading_before_the_first_write_says_what_to_do(config: dict[str, str]) -> None:
    warehouse = open_shared(config)
    assert not warehouse.exists()
    with pytest.raises(WarehouseError, match="no warehouse published yet"), warehouse.read():
        pass


def test_each_write_publishes_an_immutable_snapshot_and_readers_keep_theirs(config: dict[str, str]) -> None:
    warehouse = open_shared({**config, "keep": "3"})
    applied = warehouse.ensure()
    migrations = Path(__file__).resolve().parents[1] / "warehouse" / "migrations"
    assert applied == sorted(p.name for p in migrations.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    assert applied[:3] == ["0001_core.sql", "0002_views.sql", "0003_parties_rules.sql"]
    increment(warehouse)
    with warehouse.read() as old:
        increment(warehouse)  # published while `old` is open
        assert dict(old.execute("SELECT name, value FROM counters").fetchall()) == {"a": 1, "b": 1}
        assert counters(warehouse) == {"a": 2, "b": 2}  # a new reader sees the new snapshot
    head = warehouse.catalog.head()
    assert head is not None and head.version == 3
    for _ in range(3):
        increment(warehouse)
    # Only the newest `keep` snapshots stay in the store; the catalog agrees with the store.
    keys = warehouse.store.list_keys()
    assert [int(k.split("-")[0]) for k in keys] == [4, 5, 6]
    assert warehouse.catalog.known_keys() == set(keys)
    # Another machine fetches the current snapshot into its own cache, verified by its hash.
    other = open_shared(machine(config, 1))
    assert counters(other) == {"a": 5, "b": 5}
    cached = sorted(p.name for p in Path(machine(config, 1)["cache_dir"]).iterdir())
    assert cached == [keys[-1], "current.duckdb"]
    assert (Path(machine(config, 1)["cache_dir"]) / "current.duckdb").resolve().name == keys[-1]


def test_a_failed_transaction_publishes_nothing(config: dict[str, str]) -> None:
    warehouse = open_shared(config)
    increment(warehouse)
    with pytest.raises(RuntimeError, match="boom"), warehouse.write() as con:
        con.execute("UPDATE counters SET value = 99")
        raise RuntimeError("boom")
    head = warehouse.catalog.head()
    assert head is not None and head.version == 1 and counters(warehouse) == {"a": 1, "b": 1}
    assert not list(Path(config["cache_dir"]).glob(".work-*")), "the working copy must be removed"


def test_concurrent_writers_on_three_machines_lose_no_update(config: dict[str, str]) -> None:
    """Read-modify-write from three processes at once: serialised by PostgreSQL, every update lands."""
    open_shared(config).ensure()
    writers = [worker("writer", machine(config, n), "6") for n in (1, 2, 3)]
    for process in writers:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0 and out.strip() == "done", err[-2000:]
    warehouse = open_shared(config)
    assert counters(warehouse) == {"a": 18, "b": 18}
    head = warehouse.catalog.head()
    assert head is not None and head.version == 19  # ensure() + 18 transactions, one version each


def test_readers_on_other_machines_only_see_whole_transactions(s3_config: dict[str, str]) -> None:
    """Snapshots on an S3-compatible server: two readers poll while a writer commits 8 transactions."""
    open_shared(s3_config).ensure()
    increment(open_shared(s3_config))
    # Each reader polls until it has seen the writer's last transaction (at most 120 s on a slow machine).
    readers = [worker("reader", machine(s3_config, n), "120", "9") for n in (1, 2)]
    writer = worker("writer", machine(s3_config, 3), "8")
    out, err = writer.communicate(timeout=240)
    assert writer.returncode == 0, err[-2000:]
    for reader in readers:
        out, err = reader.communicate(timeout=240)
        assert reader.returncode == 0, err[-2000:]
        seen = json.loads(out)
        assert seen["reads"] > 5 and seen["torn"] == 0 and seen["backwards"] == 0, seen
        assert seen["last"] == 9 and seen["distinct"] >= 3, seen  # it read while the writer wrote
    assert counters(open_shared(s3_config)) == {"a": 9, "b": 9}


def test_a_killed_writer_leaves_no_lock_and_no_half_published_snapshot(config: dict[str, str]) -> None:
    warehouse = open_shared({**config, "lock_timeout": "30"})
    increment(warehouse)
    hung = worker("hang", machine(config, 1))
    assert hung.stdout is not None and hung.stdout.readline().strip() == "inside"
    with pytest.raises(WarehouseBusy), open_shared({**config, "lock_timeout": "0.5"}).write():
        pass
    os.kill(hung.pid, signal.SIGKILL)
    hung.wait(timeout=10)
    started = time.monotonic()
    increment(warehouse)  # PostgreSQL ended the dead session and with it the lock
    assert time.monotonic() - started < 10
    assert counters(warehouse) == {"a": 2, "b": 2}  # the killed transaction's row never landed
    head = warehouse.catalog.head()
    assert head is not None and head.version == 2


def test_publishing_is_a_compare_and_set(config: dict[str, str]) -> None:
    """A writer whose lock was lost (its session died) cannot overwrite a newer snapshot."""
    warehouse = open_shared(config)
    increment(warehouse)
    increment(warehouse)
    stale = pg.Snapshot(3, "000000000003-0000000000000000.duckdb", "0" * 64, 1)
    with pytest.raises(WarehouseError, match="no longer 1"):
        warehouse.catalog.publish(stale, expected=1, writer="test")
    head = warehouse.catalog.head()
    assert head is not None and head.version == 2


def test_delivery_lock_is_exclusive_across_processes(config: dict[str, str]) -> None:
    warehouse = open_shared(config)
    order: list[str] = []

    def second() -> None:
        with open_shared(config).delivery_lock():
            order.append("second")

    with warehouse.delivery_lock():
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.6)
        order.append("first done")
    thread.join(timeout=10)
    assert order == ["first done", "second"]


def test_run_liveness_is_seen_from_another_process_and_ends_with_it(config: dict[str, str]) -> None:
    runs = pg.RunLiveness(config["postgres_url"])
    holder = worker("hold-run", machine(config, 1), "20261201T060000-nightly-abc123")
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert runs.is_alive("20261201T060000-nightly-abc123")
        assert not runs.is_alive("20261201T060000-nightly-other1")
        with pytest.raises(RuntimeError, match="already running"):
            runs.hold("20261201T060000-nightly-abc123")
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
    deadline = time.monotonic() + 10
    while runs.is_alive("20261201T060000-nightly-abc123") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not runs.is_alive("20261201T060000-nightly-abc123")
    runs.hold("20261201T060000-nightly-abc123")  # this process may take it now
    assert runs.is_alive("20261201T060000-nightly-abc123")
    runs.release("20261201T060000-nightly-abc123")
