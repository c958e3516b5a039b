"""Benchmark of `regwatch screen`: 10,000 products against the list in force, as ratios to a floor.

    python -m bench.screen [--db WAREHOUSE] [--products 10000] [--as-of 2026-06-01] [--out FILE]

The floor is a DuckDB join of the same products on exact HS code and exact control code (what a
hand-written SQL screen does). Measured against it, in one process, median of 3 after a warm-up:

* code and HS evidence: regwatch's join (exact, parent codes, 8/10-digit, headings) plus turning the
  hits into ranked matches with exclusions;
* term matching on its own (descriptions cut by the notices' segmenter, read through the glossary,
  scored with rapidfuzz), per product;
* the whole screen end to end (open the warehouse, load the list, build the term index, all evidence).

Without --db the bundled demo is built into a temporary directory first (`regwatch demo`). Products are
generated deterministically from the list itself: exact HS codes, control codes and sub-codes,
Chinese and English descriptions of listed items with noise, and unrelated goods.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "screen.md"
UNRELATED = (
    ("7408110000", "铜线 copper wire 3 mm"),
    ("8471300000", "laptop computer 笔记本电脑"),
    ("3923210000", "polyethylene bags 塑料袋"),
    ("6109100000", "cotton T-shirts"),
    ("8544492100", "电缆 power cable"),
)
NOISE = ("for motors", "grade A", "用于电机", "出口包装", "99.9%", "lot 42", "made to order")


def products(n: int, entries: list, seed: int = 7) -> list:  # type: ignore[type-arg]
    from parsers.screen_input import ProductRow

    rng = random.Random(seed)
    with_hs = [e for e in entries if e.hs_codes]
    with_code = [e for e in entries if e.control_code]
    rows = []
    for i in range(n):
        kind = i % 10
        if kind < 3:
            e = rng.choice(with_hs)
            rows.append(ProductRow(i + 2, f"P{i}", "", rng.choice(e.hs_codes), None))
        elif kind < 5:
            e = rng.choice(with_code)
            code = e.control_code + (".1" if kind == 4 else "")
            rows.append(ProductRow(i + 2, f"P{i}", "", None, code))
        elif kind < 8:
            e = rng.choice(entries)
            name = e.name_zh if kind < 7 or not e.name_en else e.name_en
            rows.append(ProductRow(i + 2, f"P{i}", f"{name} {rng.choice(NOISE)}", None, None))
        else:
            hs, text = rng.choice(UNRELATED)
            rows.append(ProductRow(i + 2, f"P{i}", text, hs, None))
    return rows


def _median(fn: Callable[[], object], repeat: int = 3) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _demo(folder: Path) -> Path:
    db = folder / "bench-screen.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    result = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "demo", "--db", str(db)],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"demo failed: {result.stderr[-2000:]}")
    return db


def measure(db: Path, n: int, as_of: dt.date) -> dict[str, float]:
    from parsers import bundled
    from parsers.screening import ProductScreener, TermMatcher, parse_aliases
    from parsers.segment import default_segmenter
    from pipelines.screen.screening import screen_rows
    from warehouse.db import Warehouse
    from warehouse.screening import code_hits, floor_join, listed_entries

    default_segmenter().tokens("预热")  # jieba's dictionary load is not what is measured
    with Warehouse(db).read() as con:
        entries = listed_entries(con, as_of)
        in_force = [e for e in entries if e.status == "in_force"] or entries
        rows = products(n, in_force)
        idx = list(range(len(rows)))
        hs = [r.hs_code for r in rows]
        codes = [r.control_code for r in rows]
        floor = _median(lambda: floor_join(con, idx, hs, codes))
        aliases = parse_aliases(bundled.screening_aliases_text())
        started = time.perf_counter()
        matcher = TermMatcher(entries, default_segmenter(), aliases=aliases)
        index_build = time.perf_counter() - started
        screener = ProductScreener(entries, matcher, as_of)
        blank = [r.__class__(r.line, r.sku, "", r.hs_code, r.control_code) for r in rows]

        def codes_path() -> None:
            by_row: dict[int, list] = {}  # type: ignore[type-arg]
            for hit in code_hits(con, idx, hs, codes):
                by_row.setdefault(hit.row, []).append(hit)
            for i, row in enumerate(blank):
                screener.matches(row, by_row.get(i, []))

        code_time = _median(codes_path)
        described = [r.description for r in rows if r.description]
        term_time = _median(lambda: [matcher.match(d) for d in described])
    total = _median(lambda: screen_rows(db, rows, as_of=as_of), repeat=1)
    return {
        "products": float(n),
        "entries": float(len(entries)),
        "described": float(len(described)),
        "floor": floor,
        "codes": code_time,
        "terms": term_time,
        "index_build": index_build,
        "total": total,
    }


def table(m: dict[str, float], as_of: dt.date) -> str:
    n, floor = int(m["products"]), m["floor"]
    per_term_us = 1e6 * m["terms"] / max(m["described"], 1)
    lines = [
        f"Screening {n:,} products against {int(m['entries'])} list entries on {as_of} "
        f"({int(m['described']):,} with descriptions)",
        "",
        "| measure | seconds | ratio to floor | note |",
        "| --- | --- | --- | --- |",
        f"| floor: DuckDB join on exact HS and code | {floor:.3f} | 1.0 | |",
        f"| code and HS evidence (join + ranked matches) | {m['codes']:.3f} | {m['codes'] / floor:.1f} | "
        "parents, 8/10-digit, headings, exclusions |",
        f"| term matching alone | {m['terms']:.3f} | {m['terms'] / floor:.1f} | {per_term_us:.0f} µs per description |",
        f"| term index build | {m['index_build']:.3f} | {m['index_build'] / floor:.1f} | once per screen |",
        f"| whole screen, end to end | {m['total']:.3f} | {m['total'] / floor:.1f} | "
        f"{n / m['total']:,.0f} products/s |",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.screen", description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="warehouse to screen against (default: build the demo in a temp dir)")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 12, 1))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-screen-") as tmp:
        db = Path(args.db) if args.db else _demo(Path(tmp))
        result = table(measure(db, args.products, args.as_of), args.as_of)
    print(result, end="")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(result, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
