"""Screenshots of the Dagster UI for the README: the asset graph, a run page and the digest asset.

Starts `dagster dev` on a throwaway instance (its own process group, stopped by group), launches two
nights of the replay through GraphQL as the launchpad would (with launch-time config), and photographs
the pages with headless Chromium. Offline: the replay of MOFCOM is served from loopback.

    .venv/bin/python scripts/ui_screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.sources.replay import ReplayServer, bundled_site  # noqa: E402

LOCATIONS = "{ workspaceOrError { ... on Workspace { locationEntries { name } } } }"
LAUNCH = """
mutation Launch($params: ExecutionParams!) {
  launchPipelineExecution(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message }
    ... on RunConfigValidationInvalid { errors { message } }
  }
}
"""
STATUS = "query Status($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=1400,1000",
    "--virtual-time-budget=20000",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _graphql(url: str, query: str, variables: dict[str, object] | None = None) -> dict[str, object]:
    response = httpx.post(url, json={"query": query, "variables": variables or {}}, timeout=30)
    response.raise_for_status()
    return response.json()["data"]  # type: ignore[no-any-return]


def _wait_for_location(url: str, process: subprocess.Popen[bytes], timeout: float = 180) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("dagster dev exited early")
        try:
            entries = _graphql(url, LOCATIONS)["workspaceOrError"]["locationEntries"]  # type: ignore[index]
            if entries:
                return str(entries[0]["name"])
        except (httpx.HTTPError, KeyError, TypeError, ValueError):
            pass
        time.sleep(1)
    raise SystemExit("dagster dev did not answer in time")


def _launch(url: str, location: str, as_of: str) -> str:
    params = {
        "selector": {
            "repositoryLocationName": location,
            "repositoryName": "__repository__",
            "pipelineName": "nightly",
        },
        "runConfigData": {"resources": {"regwatch": {"config": {"as_of": as_of}}}},
        "mode": "default",
    }
    answer = _graphql(url, LAUNCH, {"params": params})["launchPipelineExecution"]
    if answer["__typename"] != "LaunchRunSuccess":  # type: ignore[index]
        raise SystemExit(f"launch failed: {answer}")
    return str(answer["run"]["runId"])  # type: ignore[index]


def _wait_for_run(url: str, run_id: str, timeout: float = 300) -> str:
    deadline = time.monotonic() + timeout
    status = "?"
    while time.monotonic() < deadline:
        status = str(_graphql(url, STATUS, {"id": run_id})["runOrError"]["status"])  # type: ignore[index]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(2)
    raise SystemExit(f"run {run_id} still {status} after {timeout:.0f} s")


def _screenshot(chromium: str, page: str, out: Path, size: str = "1400,1000") -> None:
    flags = [f if not f.startswith("--window-size") else f"--window-size={size}" for f in CHROMIUM_FLAGS]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [chromium, *flags, f"--user-data-dir={profile}", f"--screenshot={out}", page],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"{out}: {out.stat().st_size} bytes ({page})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs"), help="where the PNGs go (default: docs/)")
    args = parser.parse_args()
    out = Path(args.out)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is not installed (apt-get install -y chromium fonts-noto-cjk)")
    work = Path(tempfile.mkdtemp(prefix="regwatch-ui-"))
    home = work / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    # The "join the community" dialog covers every page until the webserver records it as seen.
    (home / ".nux").mkdir()
    (home / ".nux" / "nux.yaml").write_text("seen: 1\n", encoding="utf-8")
    port = _free_port()
    graphql = f"http://127.0.0.1:{port}/graphql"
    dagster = Path(sys.executable).with_name("dagster")
    with ReplayServer(bundled_site()) as site:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")},
            "DAGSTER_HOME": str(home),
            "REGWATCH_DB": str(work / "regwatch.duckdb"),
            "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_RATE_LIMIT": "0",
        }
        process = subprocess.Popen(
            [str(dagster), "dev", "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
            cwd=home,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped as one below
        )
        try:
            location = _wait_for_location(graphql, process)
            first = _launch(graphql, location, "2025-10-10")
            print(f"night 1: run {first} {_wait_for_run(graphql, first)}")
            site.night = 2
            second = _launch(graphql, location, "2025-11-10")
            print(f"night 2: run {second} {_wait_for_run(graphql, second)}")
            base = f"http://127.0.0.1:{port}"
            _screenshot(chromium, f"{base}/asset-groups/regwatch", out / "ui-asset-graph.png")
            _screenshot(chromium, f"{base}/runs/{second}", out / "ui-run.png", "1400,1300")
            _screenshot(chromium, f"{base}/assets/digest", out / "ui-digest-asset.png", "1400,1600")
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
