"""The Dagster side: definitions load, and `dagster dev` serves the job and the schedule."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_definitions_load_with_job_schedule_and_checks() -> None:
    from pipelines.definitions import defs

    job = defs.resolve_job_def("nightly")
    assert {node.name for node in job.graph.node_defs} >= {
        "listing_pages",
        "article_pages",
        "notices",
        "control_list",
        "digest",
    }
    schedule = defs.resolve_schedule_def("nightly_schedule")
    assert schedule.cron_schedule == "0 6 * * *" and schedule.execution_timezone == "Asia/Shanghai"
    checks = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert {
        "listing_not_empty",
        "source_freshness",
        "pages_parsed",
        "hs_codes_valid",
        "list_consistent",
    } <= checks


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


QUERY = """
{ repositoriesOrError { ... on RepositoryConnection { nodes {
    name
    jobs { name }
    schedules { name cronSchedule executionTimezone scheduleState { status } }
} } } }
"""


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_dagster_dev_serves_the_job_and_schedule(tmp_path: Path) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    # Only this test's settings: another test's REGWATCH_* left in os.environ must not reach the daemon.
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")}
    env.update({"DAGSTER_HOME": str(home), "REGWATCH_DB": str(tmp_path / "w.duckdb")})
    dagster = Path(sys.executable).with_name("dagster")
    # Output to a file, not a pipe nobody reads while it runs: a full pipe blocks the daemon's logging,
    # and a blocked daemon never finishes its shutdown.
    output = tmp_path / "dagster-dev.log"
    log_handle = output.open("wb")
    process = subprocess.Popen(
        [str(dagster), "dev", "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
        cwd=home,
        env=env,
        stdout=log_handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        # A suite started in the background (`… &` from a script) hands its children SIGINT ignored, and
        # Dagster maps SIGTERM onto SIGINT's handler: the daemon would then ignore the stop below.
        preexec_fn=_default_sigint,
    )
    try:
        deadline = time.monotonic() + 120
        answer = None
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail("dagster dev exited early:\n" + output.read_text(errors="replace")[-3000:])
            try:
                response = httpx.post(f"http://127.0.0.1:{port}/graphql", json={"query": QUERY}, timeout=5)
                data = response.json().get("data") or {}
                nodes = (data.get("repositoriesOrError") or {}).get("nodes")
                if nodes:
                    answer = nodes
                    break
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(1)
        assert answer, "dagster dev did not answer with the repository in time"
        jobs = {job["name"] for node in answer for job in node["jobs"]}
        schedules = {s["name"]: s for node in answer for s in node["schedules"]}
        assert "nightly" in jobs
        assert schedules["nightly_schedule"]["cronSchedule"] == "0 6 * * *"
        assert schedules["nightly_schedule"]["executionTimezone"] == "Asia/Shanghai"
        assert schedules["nightly_schedule"]["scheduleState"]["status"] == "STOPPED"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=120)  # a loaded machine has taken over 60 s to shut the daemon down
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            pytest.fail(
                "dagster dev did not stop on SIGTERM within 120 s:\n"
                + output.read_text(errors="replace")[-3000:]
            )
        finally:
            log_handle.close()
    assert (home / ".dagster").exists(), "the instance storage should live under .dagster/"
