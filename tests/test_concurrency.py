"""Concurrency: an analyst reading during the run, and two runs started at once.

- A separate process holds `duckdb.connect(path, read_only=True)` open across a whole nightly run:
  the run succeeds, the reader's old snapshot still answers, and a new connection sees the new night.
- Two `regwatch run` processes started together on the same warehouse both finish (the second waits
  for the writer lock between steps); the warehouse ends exactly as after one run, each change is
  delivered to the webhook once.
- With a writer holding the lock and REGWATCH_LOCK_TIMEOUT small, `regwatch run` fails with the clear
  "another regwatch run is writing" message and leaves the warehouse as it was.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests import faults as F

ROOT = Path(__file__).resolve().parents[1]

READER = r"""
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
def snapshot():
    return [con.execute("SELECT count(*) FROM notice_records").fetchone()[0],
            con.execute("SELECT count(*) FROM control_entries").fetchone()[0],
            con.execute("SELECT count(*) FROM changes WHERE alert").fetchone()[0]]
print("READY", *snapshot(), flush=True)
sys.stdin.readline()          # the run happens meanwhile
print("AFTER", *snapshot(), flush=True)
con.close()
fresh = duckdb.connect(sys.argv[1], read_only=True)
print("FRESH", fresh.execute("SELECT count(*) FROM notice_records").fetchone()[0], flush=True)
"""


def _cli(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    full.update(env)
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", *args],
        env=full,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    root = tmp_path_factory.mktemp("concurrency")
    with F.FaultServer(max_seconds=170, max_requests=5000) as server:
        baseline = root / "baseline"
        baseline.mkdir()
        assert F.run_night(F.night_env(server, baseline, 1)).ok
        server.night = 2
        reference = root / "reference"
        F.copy_warehouse(baseline, reference)
        assert F.run_night(_env(server, reference, "reference")).ok
        yield {
            "server": server,
            "root": root,
            "baseline": baseline,
            "reference": F.core_state(reference / "w.duckdb"),
        }
        assert not server.exhausted


def _env(server: F.FaultServer, workdir: Path, name: str, **extra: str) -> dict[str, str]:
    """Night 2 with a webhook receiver of its own, so deliveries compare across tests."""
    if f"/hook/{name}" not in server.posts:
        server.sink(f"/hook/{name}")
    return F.night_env(server, workdir, 2, REGWATCH_WEBHOOK_URL=server.url(f"/hook/{name}"), **extra)


def _workdir(lab: dict[str, object], name: str) -> Path:
    workdir = Path(str(lab["root"])) / name
    F.copy_warehouse(Path(str(lab["baseline"])), workdir)
    return workdir


def test_read_only_session_survives_a_run(lab: dict[str, object]) -> None:
    server = lab["server"]
    assert isinstance(server, F.FaultServer)
    workdir = _workdir(lab, "reader")
    db = workdir / "w.duckdb"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout is not None and reader.stdin is not None
        ready = reader.stdout.readline().split()
        assert ready[0] == "READY", reader.stderr.read() if reader.stderr else ""
        before = [int(x) for x in ready[1:]]
        outcome = F.run_night(_env(server, workdir, "reader"))
        assert outcome.ok, f"the run must not be blocked by a reader: {outcome.error!r}"
        reader.stdin.write("go\n")
        reader.stdin.flush()
        out, err = reader.communicate(timeout=60)
    finally:
        if reader.poll() is None:
            reader.kill()
    lines = dict((line.split()[0], [int(x) for x in line.split()[1:]]) for line in out.splitlines())
    assert reader.returncode == 0, err
    # The open session keeps answering from its snapshot; a new one sees the new night.
    assert lines["AFTER"] == before
    assert lines["FRESH"][0] > before[0]
    assert F.core_state(db) == lab["reference"]
    assert F.check_invariants(db, workdir / "w-archive") == []
    F.record_figure("concurrency", "read-only session open during a run", survived=True)


def test_two_runs_started_at_once_end_as_one(lab: dict[str, object]) -> None:
    server = lab["server"]
    assert isinstance(server, F.FaultServer)
    workdir = _workdir(lab, "two-runs")
    env = _env(server, workdir, "two-runs", REGWATCH_LOCK_TIMEOUT="120")
    hook = server.posts["/hook/two-runs"]
    procs = [_cli("run", env=env, cwd=workdir) for _ in range(2)]
    results = [p.communicate(timeout=240) for p in procs]
    codes = [p.returncode for p in procs]
    assert codes == [0, 0], results
    db = workdir / "w.duckdb"
    assert F.check_invariants(db, workdir / "w-archive") == []
    state = F.core_state(db)
    assert state == lab["reference"], [k for k in state if state[k] != lab["reference"][k]]  # type: ignore[index]
    sent = [(c["change_type"], c["entry_key"]) for b in hook for c in json.loads(b)["regwatch"]["changes"]]
    assert len(sent) == len(set(sent)), "a change went to the webhook twice"
    assert sorted(set(sent)) == sorted(set(state["alerts"]))
    con = duckdb.connect(str(db), read_only=True)
    try:
        statuses = con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    finally:
        con.close()
    assert statuses[-2:] == [("succeeded",), ("succeeded",)]
    assert not list(workdir.glob(".w.duckdb.*.tmp*"))
    F.record_figure(
        "concurrency",
        "two regwatch run processes at once",
        survived=True,
        duplicate_alerts=len(sent) - len(set(sent)),
    )


def test_second_writer_refuses_clearly_when_the_lock_is_held(lab: dict[str, object]) -> None:
    server = lab["server"]
    assert isinstance(server, F.FaultServer)
    workdir = _workdir(lab, "busy")
    db = workdir / "w.duckdb"
    before = F.stored_rows(db)
    state = F.core_state(db)
    env = _env(server, workdir, "busy", REGWATCH_LOCK_TIMEOUT="1")
    fd = os.open(str(db) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another writer, mid-step
        started = time.monotonic()
        proc = _cli("run", env=env, cwd=workdir)
        out, err = proc.communicate(timeout=240)
        elapsed = time.monotonic() - started
    finally:
        os.close(fd)
    assert proc.returncode == 1, (out, err)
    assert "another regwatch run is writing" in out + err, (out, err)
    assert elapsed < 60
    # Nothing written, nothing lost; the next run (lock free) completes normally.
    assert F.core_state(db) == state
    assert F.lost_rows(before, F.stored_rows(db)) == 0
    assert F.check_invariants(db) == []
    assert F.run_night(_env(server, workdir, "busy")).ok
    assert F.core_state(db) == lab["reference"]
    F.record_figure("concurrency", "second writer refused while the lock is held", survived=True)
