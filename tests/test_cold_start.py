"""`regwatch search` and `regwatch screen` are interactive: they must not pay for Dagster's import
(several seconds on a loaded machine). Each command runs in a fresh interpreter, which reports the
modules it ended up holding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse.db import Warehouse

_PROBE = (
    "import json, sys\n"
    "from pipelines.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dagster', 'dagster_shared'))\n"
    "print('PROBE ' + json.dumps({'rc': rc, 'heavy': heavy[:5], 'n': len(heavy)}))\n"
)


def _probe(tmp_path: Path, *argv: str) -> tuple[dict[str, object], str]:
    env = {**os.environ, "REGWATCH_DB": str(tmp_path / "w.duckdb"), "REGWATCH_AS_OF": "2025-11-10"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], env=env, capture_output=True, text=True, timeout=300
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    assert lines, f"the command did not finish: {done.stdout}\n{done.stderr}"
    return json.loads(lines[-1].removeprefix("PROBE ")), done.stdout


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    with Warehouse(tmp_path / "w.duckdb").write():  # an empty warehouse, migrated
        pass
    return tmp_path


def test_search_does_not_import_dagster(warehouse: Path) -> None:
    report, out = _probe(warehouse, "search", "钐钴")
    assert report["rc"] == 0
    assert "match(es)" in out  # the search really ran
    assert report["n"] == 0, f"search imported Dagster: {report['heavy']}"


def test_screen_does_not_import_dagster(warehouse: Path) -> None:
    products = warehouse / "products.csv"
    products.write_text("sku,description,hs_code,control_code\nA1,钐钴永磁体,8505111000,\n", encoding="utf-8")
    report, out = _probe(warehouse, "screen", str(products), "--format", "json")
    assert report["rc"] in (0, 4)  # 4 = something listed; either way the screen ran
    assert '"A1"' in out
    assert report["n"] == 0, f"screen imported Dagster: {report['heavy']}"


def test_the_probe_sees_dagster_when_it_is_imported(warehouse: Path) -> None:
    """The check above can fail: `regwatch run` goes through Dagster and the probe notices."""
    env = {**os.environ}
    code = "import sys, pipelines.definitions; print(sum(m.split('.')[0] == 'dagster' for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert int(done.stdout.strip().splitlines()[-1]) > 0


def test_loading_the_command_loads_no_list_builder_and_no_tokenizer() -> None:
    """Every `regwatch` verb starts by importing the CLI, which names the digest formats: the digest's
    vocabularies must not drag in deepdiff (the list build) or jieba (screening) before the verb asks."""
    probe = (
        "import json, sys\n"
        "import pipelines.cli\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'deepdiff', 'jieba', 'dagster'})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
