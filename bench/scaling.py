"""Analysts reading while a run writes, on each warehouse backend: query latency and run time as the
number of concurrent readers grows (docs/scaling.md has the table this prints).

    python -m bench.scaling [--readers 1,4,16] [--store s3|folder] [--think 0] [--repeats 1]

For each backend (`local`: the embedded DuckDB file; `shared`: PostgreSQL catalog and locks, snapshots
on moto's S3-compatible server or in a folder) the bench prepares a warehouse with nights 1–2 of the
bundled replay, then, for each N, starts N reader processes — each with a cache of its own, as N
analysts on N machines would have — and runs night 3 (the entity lists) as the one writer. A reader
loops: open the warehouse through its backend, run four analyst queries, close; it records the
latency of each loop. Every figure is also given as a ratio to the same backend's single-reader case.
PostgreSQL runs with durable commits (fsync on), as in production. Loopback only; it stops by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NIGHTS = ("2025-10-10", "2025-11-10", "2025-11-20")

QUERIES = (
    "SELECT count(*) FROM controls_as_of(DATE '2025-11-09')",
    "SELECT change_type, count(*) FROM changes GROUP BY 1 ORDER BY 1",
    "SELECT list, count(*) FROM parties_as_of(DATE '2025-11-20') GROUP BY 1 ORDER BY 1",
    "SELECT e.notice_id, e.name_zh FROM control_entries e "
    "WHERE len(list_filter(e.hs_codes, lambda x: x LIKE '2805%')) > 0",
)


# -- a reader process ------------------------------------------------------------------------------


def reader(config: dict[str, str]) -> None:
    """Loop until the stop file appears; print one JSON line of latencies (ms)."""
    from pipelines.config import load_settings
    from pipelines.storage import open_warehouse

    warehouse = open_warehouse(load_settings(config["env"]))
    stop = Path(config["stop"])
    think = float(config.get("think", 0))
    latencies: list[float] = []
    first: float | None = None
    print("ready", flush=True)
    while not stop.exists():
        started = time.perf_counter()
        with warehouse.read() as con:
            for sql in QUERIES:
                con.execute(sql).fetchall()
        elapsed = (time.perf_counter() - started) * 1000
        if first is None:
            first = elapsed
        else:
            latencies.append(elapsed)
        if think:
            time.sleep(think)
    print(json.dumps({"first_ms": first, "loops_ms": latencies}), flush=True)


# -- the orchestrator --------------------------------------------------------------------------------


@contextlib.contextmanager
def servers(store: str) -> Iterator[dict[str, str]]:
    """A durable PostgreSQL and (for --store s3) moto's S3 server; their settings for the shared backend."""
    sys.path.insert(0, str(ROOT))
    from tests.servers import MotoServer, PostgresServer, postgres_bindir

    bindir = postgres_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL's server binaries are needed (apt-get install postgresql)")
    postgres = PostgresServer(bindir, durable=True).start()
    moto = MotoServer().start() if store == "s3" else None
    try:
        env = {"pg": postgres.url(), "pg_template": postgres.url("template1")}
        if moto is not None:
            moto.create_bucket("bench")
            env.update(moto.env())
            # S3 clients take credentials from the process environment (readers inherit it).
            os.environ.update({k: v for k, v in moto.env().items() if k.startswith("AWS_")})
        yield {**env, "_pg_server": postgres}  # type: ignore[dict-item]
    finally:
        if moto is not None:
            moto.stop()
        postgres.stop()


def base_env(
    workdir: Path, backend: str, cell: str, srv: dict, store: str, site_url: str, port: int
) -> dict[str, str]:  # type: ignore[type-arg]
    env = {
        "REGWATCH_DB": str(workdir / cell / "regwatch.duckdb"),
        "REGWATCH_ARCHIVE_DIR": str(workdir / "archive"),
        "REGWATCH_DIGEST_DIR": str(workdir / cell / "digests"),
        "REGWATCH_LISTING_URLS": f"{site_url}/zwgk/zcfb/index.html",
        "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{port}",
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_LOCK_TIMEOUT": "600",
    }
    if backend == "shared":
        env.update(
            {
                "REGWATCH_WAREHOUSE_BACKEND": "shared",
                "REGWATCH_POSTGRES_URL": srv["pg"].rsplit("/", 1)[0] + f"/{cell}",
                "REGWATCH_SNAPSHOT_URL": "s3://bench/snapshots"
                if store == "s3"
                else str(workdir / "snapshots"),
                "REGWATCH_SNAPSHOT_CACHE": str(workdir / cell / "cache-writer"),
                "REGWATCH_SNAPSHOT_KEEP": "1000",  # cells clone one catalog: keep every object they name
            }
        )
        if "REGWATCH_S3_ENDPOINT_URL" in srv:
            env["REGWATCH_S3_ENDPOINT_URL"] = srv["REGWATCH_S3_ENDPOINT_URL"]
    return env


def run_night(env: dict[str, str], night: int, server) -> float:  # type: ignore[no-untyped-def]
    from pipelines import steps
    from pipelines.config import load_settings

    server.night = night
    settings = load_settings({**env, "REGWATCH_AS_OF": NIGHTS[night - 1]})
    ctx = steps.make_context(settings, trigger="bench", log=lambda _m: None)
    started = time.perf_counter()
    try:
        steps.run_all(ctx)
    finally:
        ctx.fetcher.close()
    return time.perf_counter() - started


def clone(backend: str, template: str, cell: str, workdir: Path, srv: dict) -> None:  # type: ignore[type-arg]
    """A fresh copy of the prepared warehouse for one measurement (the template stays untouched)."""
    (workdir / cell).mkdir(parents=True, exist_ok=True)
    if backend == "local":
        shutil.copyfile(workdir / template / "regwatch.duckdb", workdir / cell / "regwatch.duckdb")
        return
    import psycopg2

    con = psycopg2.connect(srv["pg"])
    con.autocommit = True
    with con.cursor() as cur:
        cur.execute(f"CREATE DATABASE {cell} TEMPLATE {template}")  # names are the bench's own
    con.close()


def create_database(srv: dict, name: str) -> None:  # type: ignore[type-arg]
    import psycopg2

    con = psycopg2.connect(srv["pg"])
    con.autocommit = True
    with con.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name}")
    con.close()


def measure(
    backend: str, n: int, env: dict[str, str], workdir: Path, cell: str, think: float, server
) -> dict:  # type: ignore[no-untyped-def, type-arg]
    stop = workdir / cell / "stop"
    readers = []
    for i in range(n):
        reader_env = dict(env)
        if backend == "shared":
            reader_env["REGWATCH_SNAPSHOT_CACHE"] = str(workdir / cell / f"cache-reader-{i}")
        config = {"env": reader_env, "stop": str(stop), "think": str(think)}
        readers.append(
            subprocess.Popen(
                [sys.executable, "-m", "bench.scaling", "--reader", json.dumps(config)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        )
    for process in readers:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a reader failed to start")
    time.sleep(1.0)  # every reader past its first (cold) read before the writer starts
    run_s = run_night(env, 3, server)
    time.sleep(0.5)
    stop.touch()
    loops: list[float] = []
    firsts: list[float] = []
    for process in readers:
        out, _ = process.communicate(timeout=300)
        if process.returncode != 0:
            raise RuntimeError(f"a reader failed (exit {process.returncode})")
        result = json.loads(out.strip().splitlines()[-1])
        loops.extend(result["loops_ms"])
        if result["first_ms"] is not None:
            firsts.append(result["first_ms"])
    loops.sort()
    return {
        "backend": backend,
        "readers": n,
        "run_s": run_s,
        "first_ms": statistics.median(firsts) if firsts else float("nan"),
        "p50_ms": statistics.median(loops) if loops else float("nan"),
        "p95_ms": loops[int(0.95 * (len(loops) - 1))] if loops else float("nan"),
        "reads": len(loops),
    }


def micro(env: dict[str, str], repeat: int = 15) -> dict[str, float]:
    """Per-operation costs on a prepared warehouse, one process, no readers: a small write transaction
    (100 rows into a scratch table, what every backend must publish whole) and an open + query + close."""
    from pipelines.config import load_settings
    from pipelines.storage import open_warehouse

    warehouse = open_warehouse(load_settings(env))

    def write() -> None:
        with warehouse.write() as con:
            con.execute("CREATE TABLE IF NOT EXISTS bench_scratch (i INTEGER, note VARCHAR)")
            con.execute("INSERT INTO bench_scratch SELECT i, 'bench' FROM range(100) r(i)")

    def read() -> None:
        with warehouse.read() as con:
            con.execute(QUERIES[0]).fetchall()

    out = {}
    for name, fn in (("write_ms", write), ("read_ms", read)):
        fn()  # warm: the first read of a version on a machine downloads it
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - started) * 1000)
        out[name] = statistics.median(samples)
    return out


def table(rows: list[dict]) -> str:  # type: ignore[type-arg]
    lines = [
        "| backend | readers | run time s | ×1 | first read ms | query loop p50 ms | ×1 | p95 ms | ×1 | loops |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        base = next(
            r
            for r in rows
            if r["backend"] == row["backend"]
            and r["readers"] == min(x["readers"] for x in rows if x["backend"] == row["backend"])
        )
        lines.append(
            f"| {row['backend']} | {row['readers']} | {row['run_s']:.1f} | {row['run_s'] / base['run_s']:.2f} "
            f"| {row['first_ms']:.0f} | {row['p50_ms']:.1f} | {row['p50_ms'] / base['p50_ms']:.2f} "
            f"| {row['p95_ms']:.1f} | {row['p95_ms'] / base['p95_ms']:.2f} | {row['reads']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", help=argparse.SUPPRESS)
    parser.add_argument("--readers", default="1,4,16")
    parser.add_argument("--backends", default="local,shared")
    parser.add_argument("--store", choices=["s3", "folder"], default="s3")
    parser.add_argument("--think", type=float, default=0.0, help="seconds a reader waits between loops")
    parser.add_argument("--repeats", type=int, default=1, help="measure each cell this many times (median)")
    args = parser.parse_args(argv)
    if args.reader:
        reader(json.loads(args.reader))
        return 0

    from pipelines.sources.replay import ReplayServer, bundled_site

    counts = [int(n) for n in args.readers.split(",")]
    backends = args.backends.split(",")
    rows = []
    micros: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="regwatch-scaling-") as tmp, servers(args.store) as srv:
        workdir = Path(tmp)
        with ReplayServer(bundled_site()) as site:
            for backend in backends:
                template = f"{backend}_template"
                if backend == "shared":
                    create_database(srv, template)
                env = base_env(workdir, backend, template, srv, args.store, site.base_url, site.port)
                prep = sum(run_night(env, night, site) for night in (1, 2))
                print(f"{backend}: prepared nights 1-2 in {prep:.1f} s", file=sys.stderr, flush=True)
                clone(backend, template, f"{backend}_micro", workdir, srv)
                costs = micro(
                    base_env(workdir, backend, f"{backend}_micro", srv, args.store, site.base_url, site.port)
                )
                size = (workdir / template / "regwatch.duckdb").stat().st_size if backend == "local" else None
                micros[backend] = {**costs, "bytes": size or 0}
                print(json.dumps({backend: micros[backend]}), file=sys.stderr, flush=True)
                for n in counts:
                    samples = []
                    for repeat in range(args.repeats):
                        cell = f"{backend}_r{n}_{repeat}"
                        clone(backend, template, cell, workdir, srv)
                        cell_env = base_env(workdir, backend, cell, srv, args.store, site.base_url, site.port)
                        samples.append(measure(backend, n, cell_env, workdir, cell, args.think, site))
                    samples.sort(key=lambda r: r["p50_ms"])
                    row = samples[len(samples) // 2]
                    rows.append(row)
                    print(json.dumps(row), file=sys.stderr, flush=True)
    print(
        f"readers loop over {len(QUERIES)} analyst queries; writer = night 3 of the replay; store = {args.store}"
    )
    print(table(rows))
    print("\nper operation, one process, no readers (median of 15, ms):")
    for backend, costs in micros.items():
        ratio = (
            {k: costs[k] / micros["local"][k] for k in ("write_ms", "read_ms")} if "local" in micros else {}
        )
        print(
            f"  {backend:7} write txn {costs['write_ms']:8.1f}  open+query {costs['read_ms']:7.1f}"
            + (f"   (x local: {ratio['write_ms']:.2f}, {ratio['read_ms']:.2f})" if ratio else "")
            + (f"   warehouse {costs['bytes'] / 1e6:.1f} MB" if costs["bytes"] else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
