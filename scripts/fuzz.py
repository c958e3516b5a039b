#!/usr/bin/env python3
"""Fuzz every parser and the page decoder; print inputs, crashes, hangs and time per parser.

    .venv/bin/python scripts/fuzz.py                      # 10,000 inputs per parser, both cores
    .venv/bin/python scripts/fuzz.py --inputs 300 --json  # what CI runs (tests/test_fuzz.py), as JSON
    .venv/bin/python scripts/fuzz.py --only article --inputs 50000 --seed 7

A crash is anything a parser raises other than ParseError (for the extraction functions, which never
raise, anything at all); a hang is an input still running after the per-input budget. The engine and
the targets are in tests/fuzzing.py. Exit status: 0 when nothing crashed or hung, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs per parser (default 10,000)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--only", action="append", help="a target name (repeatable)")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--out", help="also write the JSON reports to this file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests import fuzzing

    reports = fuzzing.run_all(args.inputs, args.seed, args.only, workers=args.workers)
    text = fuzzing.to_json(reports)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
    else:
        print(
            f"{'parser':<12} {'inputs':>8} {'mutated':>8} {'hypothesis':>10} {'crashes':>8} {'hangs':>6} {'cpu s':>8}"
        )
        for r in reports:
            crashes = sum(1 for c in r.crashes.values() if c.kind == "crash")
            hangs = sum(1 for c in r.crashes.values() if c.kind == "hang")
            print(
                f"{r.target:<12} {r.inputs:>8,} {r.mutated:>8,} {r.generated:>10,} {crashes:>8} {hangs:>6} "
                f"{r.seconds:>8.1f}"
            )
        for r in reports:
            for crash in r.crashes.values():
                print(
                    f"\n{crash.kind.upper()} in {r.target}: {crash.error}\n  at {crash.where}\n  input: {crash.sample}"
                )
    return 1 if any(r.crashes for r in reports) else 0


if __name__ == "__main__":
    raise SystemExit(main())
