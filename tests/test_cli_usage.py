"""The command line as an operator meets it after a run: previews, pipes and bad arguments.

Each command runs in a fresh process (`python -m pipelines.cli`) against a warehouse built from the
loopback replay; bad usage must give one clear line on stderr and exit 2, never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines import steps
from pipelines.config import load_settings
from pipelines.sources.replay import ReplayServer, bundled_site


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A warehouse after two successful nights, with news not yet delivered by mail."""
    directory = tmp_path_factory.mktemp("cli")
    with ReplayServer(bundled_site()) as site:
        values = {
            "REGWATCH_DB": str(directory / "w.duckdb"),
            "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{site.port}",
            "REGWATCH_RATE_LIMIT": "0",
        }
        for night, as_of in ((1, "2025-10-10"), (2, "2025-11-10")):
            site.night = night
            settings = load_settings({**values, "REGWATCH_AS_OF": as_of})
            steps.run_all(steps.make_context(settings, log=lambda _m: None))
    yield {
        **{k: v for k, v in os.environ.items() if not k.startswith(("REGWATCH_", "DAGSTER_"))},
        **values,
        "REGWATCH_AS_OF": "2025-11-10",
    }


def regwatch(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_digest_preview_after_a_successful_run_does_not_warn_about_sources(env: dict[str, str]) -> None:
    for args in (("digest",), ("digest", "--format", "txt"), ("digest", "--run", _last_run(env))):
        result = regwatch(env, *args)
        assert result.returncode == 0, result.stderr
        assert "have not been checked" not in result.stdout
        assert "Sources last checked successfully" in result.stdout
    assert "钐钴永磁材料" in result.stdout


def test_digest_piped_into_head_ends_quietly(env: dict[str, str]) -> None:
    """`regwatch digest --format all | head -3`: the reader goes away after three lines."""
    command = f"{sys.executable} -m pipelines.cli digest --run {_last_run(env)} --format all | head -3"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], env=env, capture_output=True, text=True, timeout=300
    )
    assert len(result.stdout.splitlines()) == 3
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("search", "--limit", "-1", "钐钴"), "--limit: must be at least 1"),
        (("search", "--limit", "0", "钐钴"), "--limit: must be at least 1"),
        (("search", "--limit", "many", "钐钴"), "--limit: must be a whole number"),
        (("search", ""), "give a term to search for"),
        (("search", "   "), "give a term to search for"),
        (("digest", "--out", "{file}"), "not a directory"),
        (("digest", "--out", "/dev/null"), "not a directory"),
        (("digest", "--out", "/proc"), "cannot write files there"),
        (("digest", "--out", "/proc/regwatch-digests"), "cannot write files there"),
        (("export", "--format", "csv", "--out", "{file}"), "not a directory"),
        (("export", "--format", "csv", "--out", "/dev/null"), "not a directory"),
        (("export", "--format", "csv", "--out", "/proc"), "cannot write files there"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else None,
)
def test_bad_usage_exits_2_with_a_clear_message(
    env: dict[str, str], tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    a_file = tmp_path / "digest.md"
    a_file.write_text("keep me\n", encoding="utf-8")
    result = regwatch(env, *(a.format(file=a_file) for a in args), cwd=tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert a_file.read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["digest.md"]


def test_search_with_a_limit_still_answers(env: dict[str, str]) -> None:
    result = regwatch(env, "search", "--limit", "1", "钐钴")
    assert result.returncode == 0, result.stderr
    assert "1 match(es)" in result.stdout


def _last_run(env: dict[str, str]) -> str:
    import duckdb

    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        row = con.execute("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
    finally:
        con.close()
    assert row is not None
    return str(row[0])
