"""The run's log as JSON lines with named fields: one notice's or one step's story can be filtered out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines import steps
from pipelines.config import load_settings
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import replay_env


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


def test_a_run_log_filters_by_notice_and_step(tmp_path: Path, site: ReplayServer) -> None:
    log = tmp_path / "logs" / "run.jsonl"
    env = replay_env(site.base_url, site.port, tmp_path / "w.duckdb", REGWATCH_LOG_FILE=str(log))
    run_ids = []
    for night, as_of in ((1, "2025-10-10"), (2, "2025-11-10")):
        site.night = night
        ctx = steps.make_context(load_settings({**env, "REGWATCH_AS_OF": as_of}), log=lambda _m: None)
        steps.run_all(ctx)
        run_ids.append(ctx.run_id)
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert {r["run_id"] for r in records} == set(run_ids)
    assert {"discover", "fetch", "parse", "build", "run"} <= {r["step"] for r in records}

    no61 = [r for r in records if r.get("notice_id") == "MOFCOM-2025-61"]
    parsed = [r for r in no61 if r["step"] == "parse"]
    assert len(parsed) == 1  # No. 61 appears on night 2 only
    assert parsed[0]["run_id"] == run_ids[1]
    assert parsed[0]["outcome"] == "new" and parsed[0]["entries"] == 6
    assert parsed[0]["url"].startswith(site.base_url) and len(parsed[0]["sha256"]) == 64

    night2 = [r for r in records if r["run_id"] == run_ids[1]]
    built = [r for r in night2 if r["step"] == "build"]
    assert len(built) == 1 and built[0]["changes"]["suspended"] == 73
    assert [r["status"] for r in night2 if r["event"] == "finished"] == ["succeeded"]
    fetched_304 = [r for r in night2 if r["step"] == "fetch" and r.get("not_modified")]
    assert fetched_304 and all(r["status"] == 304 for r in fetched_304)
