"""A second (third, …) process for the shared-warehouse tests: each role is what another machine does.

    python -m tests.shared_worker writer   CONFIG_JSON N        # N transactions incrementing counters
    python -m tests.shared_worker reader   CONFIG_JSON SECONDS [UNTIL]  # read until the counters reach
                                                             # UNTIL (or SECONDS pass), check each view
    python -m tests.shared_worker hang     CONFIG_JSON          # open a write transaction and wait (to be killed)
    python -m tests.shared_worker hold-run CONFIG_JSON RUN_ID   # hold a run's liveness lock and wait

CONFIG_JSON holds the SharedWarehouse arguments (postgres_url, snapshot_url, cache_dir, endpoint_url);
each process gets a cache directory of its own, as a separate machine would.
"""

from __future__ import annotations

import json
import sys
import time

from warehouse.backends import SharedWarehouse

COUNTERS = "CREATE TABLE IF NOT EXISTS counters (name VARCHAR PRIMARY KEY, value INTEGER NOT NULL)"


def open_shared(config: dict[str, str]) -> SharedWarehouse:
    return SharedWarehouse(
        config["postgres_url"],
        config["snapshot_url"],
        config["cache_dir"],
        endpoint_url=config.get("endpoint_url") or None,
        lock_timeout=float(config.get("lock_timeout", 60)),
        keep=int(config.get("keep", 10)),
    )


def increment(warehouse: SharedWarehouse) -> None:
    """Read-modify-write of two counters in one transaction: a lost update or a torn snapshot shows."""
    with warehouse.write() as con:
        con.execute(COUNTERS)
        for name in ("a", "b"):
            con.execute(
                "INSERT INTO counters VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1",
                [name],
            )


def read_loop(warehouse: SharedWarehouse, seconds: float, until: int | None = None) -> dict[str, int]:
    """Every snapshot read must have a == b, and the versions seen must never go backwards. With `until`,
    stop once the writer's last value is seen, so a slow machine does not end the loop too early."""
    deadline = time.monotonic() + seconds
    reads, torn, backwards, last = 0, 0, 0, -1
    seen: set[int] = set()
    while time.monotonic() < deadline and (until is None or last < until):
        with warehouse.read() as con:
            rows = dict(con.execute("SELECT name, value FROM counters").fetchall())
        value = rows.get("a", 0)
        torn += rows.get("a", 0) != rows.get("b", 0)
        backwards += value < last
        last = max(last, value)
        seen.add(value)
        reads += 1
    return {"reads": reads, "torn": torn, "backwards": backwards, "last": last, "distinct": len(seen)}


def main(argv: list[str]) -> int:
    role, config = argv[0], json.loads(argv[1])
    warehouse = open_shared(config)
    if role == "writer":
        for _ in range(int(argv[2])):
            increment(warehouse)
        print("done", flush=True)
    elif role == "reader":
        until = int(argv[3]) if len(argv) > 3 else None
        print(json.dumps(read_loop(warehouse, float(argv[2]), until)), flush=True)
    elif role == "hang":
        with warehouse.write() as con:
            con.execute(COUNTERS)
            con.execute("INSERT INTO counters VALUES ('hung', 1)")
            print("inside", flush=True)
            time.sleep(600)
    elif role == "hold-run":
        warehouse.runs.hold(argv[2])
        print("holding", flush=True)
        time.sleep(600)
    else:
        raise SystemExit(f"unknown role {role!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
