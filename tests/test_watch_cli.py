"""`regwatch watch` as one process: it polls, processes what is new, and stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.sources.replay import ReplayServer, bundled_site

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_watch_processes_new_notices_and_stops_on_signal(tmp_path: Path, signum: int) -> None:
    with ReplayServer(bundled_site()) as site:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")},
            "REGWATCH_DB": str(tmp_path / "w.duckdb"),
            "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_POLL_SECONDS": "1",
            "REGWATCH_AS_OF": "2025-10-10",
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "watch"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 90
            polls_after_run = 0
            lines: list[str] = []
            assert process.stdout is not None
            while time.monotonic() < deadline:
                line = process.stdout.readline()
                if not line:
                    break
                lines.append(line)
                if "nothing new" in line:
                    polls_after_run += 1
                    if polls_after_run >= 2:
                        break
            assert polls_after_run >= 2, "".join(lines)
            process.send_signal(signum)
            out, _ = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
        requests = dict(site.requests)
    assert process.returncode == 0
    text = "".join(lines) + out
    assert "processing" in text and "regwatch watch: stopped" in text
    # Polls after the first run are single conditional requests answered 304.
    assert requests.get(304, 0) >= 2
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM notices").fetchone()[0] == 16  # night 1 of the demo
        assert con.execute("SELECT trigger, status FROM runs").fetchall() == [("watch", "succeeded")]
    finally:
        con.close()
