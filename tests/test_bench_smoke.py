"""Smoke test of the benchmark: `python -m bench.run --quick` runs end to end and prints every section.

It runs the real thing (synthetic site over loopback, first crawl, unchanged nightly through both
steps.run_all and the Dagster job, reparse, list diff, analyst queries) at the quick sizes, in a
subprocess, and checks the printed table rather than any figure: the figures are machine-dependent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SECTIONS = (
    "1. site",
    "2. first crawl",
    "3. unchanged nightly",
    "4. reparse",
    "5. list build + diff",
    "6. analyst queries",
    "7. memory",
)


def test_quick_benchmark_prints_every_section(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    table = result.stdout
    assert table.strip() == out.read_text(encoding="utf-8").strip()
    rows = [line for line in table.splitlines() if line.startswith("| ") and not line.startswith("| section")]
    for section in SECTIONS:
        assert any(line.startswith(f"| {section} |") for line in rows), (
            f"section {section!r} missing:\n{table}"
        )
    # The first crawl is also timed through the installed CLI as a new process (once, at the largest size).
    cli_rows = [line for line in rows if "through the CLI" in line]
    assert len(cli_rows) == 1 and "| 40 |" in cli_rows[0], table
    # Every figure is a ratio against a floor: the ratio column is filled wherever a floor is.
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[4]:
            assert re.fullmatch(r"[0-9.]+", cells[5]), line

    # The unchanged night sent only conditional requests answered 304, by both entry points.
    statuses = [line for line in rows if "requests by status (run_all / Dagster job)" in line]
    assert len(statuses) == 1, table  # one quick size
    for line in statuses:
        cells = [c.strip() for c in line.strip("|").split("|")]
        counts = [dict(re.findall(r"(\d{3}): (\d+)", half)) for half in cells[3].split(" / ")]
        assert len(counts) == 2 and all(c and set(c) == {"304"} for c in counts), line
        assert cells[7] == "yes", line

    # The parser bump re-read the archive without a single regulatory change.
    for line in rows:
        if "changes by cause written / regulatory" in line:
            assert line.rstrip(" |").endswith("yes"), line


def test_attachment_benchmark_reports_a_ratio_to_the_floor() -> None:
    """`python -m bench.attachments` at a small size: every entry of the generated list is read and
    the time is reported against pypdf's bare text extraction of the same file."""
    from bench import attachments

    result = attachments.bench_list(pages=6, repeat=1)
    assert result["pages"] >= 5
    assert result["entries"] == 13 * max(1, round(6 * 0.92))  # 13 leaves per generated section
    assert result["ratio"] > 0 and result["floor_s"] > 0
