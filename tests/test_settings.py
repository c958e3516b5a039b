"""Every bad setting is refused up front: exit status 2, a message naming the variable, and no work done.

Each case runs the real command line (`regwatch run`) in a fresh process against a loopback replay of
MOFCOM; "no work" means the replay server saw no request and no warehouse file was created.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.config import ConfigError, load_settings
from pipelines.sources.replay import ReplayServer, bundled_site

ROOT = Path(__file__).resolve().parents[1]
TOML_BROKEN = "[[subscription]]\nname = 'x'\nrecipients = ['a@example.test'\n"
TOML_UNKNOWN_KEY = "[[subscription]]\nname = 'x'\nhs_prefix = ['8507']\n"
TOML_WITH_RECIPIENTS = "[[subscription]]\nname = 'batteries'\nrecipients = ['b@example.test']\n"

REMOTE = {"REGWATCH_RATE_LIMIT=0": "https://www.mofcom.gov.cn/zwgk/zcfb/index.html"}

# (variable, value, what the message must also say); `{dir}` is the test's directory.
CASES: list[tuple[str, str, str]] = [
    ("REGWATCH_RATE_LIMIT", "nan", "finite"),
    ("REGWATCH_RATE_LIMIT", "inf", "finite"),
    ("REGWATCH_RATE_LIMIT", "-1", ">= 0"),
    ("REGWATCH_RATE_LIMIT", "fast", "number"),
    # zero means "unlimited", which only a loopback site may get (see REMOTE below)
    ("REGWATCH_RATE_LIMIT", "0", "only for loopback listings"),
    ("REGWATCH_POLL_SECONDS", "nan", "finite"),
    ("REGWATCH_POLL_SECONDS", "-inf", "finite"),
    ("REGWATCH_POLL_SECONDS", "0", "greater than 0"),
    ("REGWATCH_POLL_SECONDS", "-600", "greater than 0"),
    ("REGWATCH_LOCK_TIMEOUT", "NaN", "finite"),
    ("REGWATCH_LOCK_TIMEOUT", "infinity", "finite"),
    ("REGWATCH_LOCK_TIMEOUT", "0", "greater than 0"),
    ("REGWATCH_LOCK_TIMEOUT", "-5", "greater than 0"),
    ("REGWATCH_REVALIDATE_HOURS", "nan", "finite"),
    ("REGWATCH_REVALIDATE_HOURS", "inf", "finite"),
    ("REGWATCH_REVALIDATE_HOURS", "-1", ">= 0"),
    ("REGWATCH_ATTACHMENT_RETRY_HOURS", "nan", "finite"),
    ("REGWATCH_ATTACHMENT_RETRY_HOURS", "-1", ">= 0"),
    ("REGWATCH_FRESHNESS_HOURS", "0", "greater than 0"),
    ("REGWATCH_SMTP_PORT", "0", "at least 1"),
    ("REGWATCH_SMTP_PORT", "-25", "at least 1"),
    ("REGWATCH_SMTP_PORT", "65536", "1-65535"),
    ("REGWATCH_SMTP_PORT", "smtp", "integer"),
    ("REGWATCH_MAX_PAGES", "0", "at least 1"),
    ("REGWATCH_TIMEZONE", "Mars/Olympus_Mons", "unknown time zone"),
    ("REGWATCH_TIMEZONE", "../../etc/passwd", "unknown time zone"),
    ("REGWATCH_SCHEDULE_CRON", "61 6 * * *", "cron"),
    ("REGWATCH_SCHEDULE_CRON", "every morning", "cron"),
    ("REGWATCH_SCHEDULE_CRON", "0 6 * *", "cron"),
    ("REGWATCH_LISTING_URLS", "ftp://www.mofcom.gov.cn/zwgk/zcfb/index.html", "http(s)"),
    ("REGWATCH_LISTING_URLS", "file:///etc/passwd", "http(s)"),
    ("REGWATCH_LISTING_URLS", "www.mofcom.gov.cn/zwgk/zcfb/index.html", "http(s)"),
    ("REGWATCH_LISTING_URLS", "http://[::1/zwgk/index.html", "not a valid URL"),
    ("REGWATCH_LISTING_URLS", "https://www.mofcom.gov.cn:99999/zwgk/", "not a valid URL"),
    ("REGWATCH_LISTING_URLS", "https:///zwgk/zcfb/index.html", "host missing"),
    ("REGWATCH_WEBHOOK_URL", "javascript:alert(1)", "http(s)"),
    ("REGWATCH_WEBHOOK_URL", "ftp://hooks.example.test/x", "http(s)"),
    ("REGWATCH_SUBSCRIPTIONS", "{dir}/missing.toml", "cannot read"),
    ("REGWATCH_SUBSCRIPTIONS", "{dir}/broken.toml", "not valid TOML"),
    ("REGWATCH_SUBSCRIPTIONS", "{dir}/unknown_key.toml", "hs_prefix"),
    ("REGWATCH_SUBSCRIPTIONS", "{dir}/recipients.toml", "REGWATCH_SMTP_HOST"),
    ("REGWATCH_CATALOGUE", "{dir}/missing.csv", "cannot read"),
    ("REGWATCH_CATALOGUE", "{dir}/broken.toml", ".csv or .xlsx"),
    ("REGWATCH_AS_OF", "2025-13-01", "YYYY-MM-DD"),
    ("REGWATCH_DUCKDB_MEMORY_LIMIT", "lots", "amount of memory"),
    ("REGWATCH_DUCKDB_MEMORY_LIMIT", "-1GB", "amount of memory"),
    ("REGWATCH_DUCKDB_MEMORY_LIMIT", "512", "amount of memory"),
]


@pytest.fixture(scope="module")
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("settings")
    (directory / "broken.toml").write_text(TOML_BROKEN, encoding="utf-8")
    (directory / "unknown_key.toml").write_text(TOML_UNKNOWN_KEY, encoding="utf-8")
    (directory / "recipients.toml").write_text(TOML_WITH_RECIPIENTS, encoding="utf-8")
    return directory


@pytest.mark.parametrize(("variable", "value", "says"), CASES, ids=[f"{v}={x}" for v, x, _ in CASES])
def test_bad_setting_exits_2_naming_the_variable_before_any_work(
    site: ReplayServer, files: Path, tmp_path: Path, variable: str, value: str, says: str
) -> None:
    db = tmp_path / "w.duckdb"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("REGWATCH_", "DAGSTER_"))},
        "REGWATCH_DB": str(db),
        "REGWATCH_LISTING_URLS": REMOTE.get(f"{variable}={value}", f"{site.base_url}/zwgk/zcfb/index.html"),
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_AS_OF": "2025-10-10",
        variable: value.format(dir=files),
    }
    served_before = len(site.log)
    result = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert variable in result.stderr and says in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert len(site.log) == served_before, "a request was made before the configuration was checked"
    assert not db.exists() and list(tmp_path.iterdir()) == []


def test_zero_is_accepted_where_it_means_something(site: ReplayServer) -> None:
    """0 = every run (revalidation, attachment retries) and 0 = unlimited (rate, loopback only) stay valid."""
    settings = load_settings(
        {
            "REGWATCH_LISTING_URLS": f"{site.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_REVALIDATE_HOURS": "0",
            "REGWATCH_ATTACHMENT_RETRY_HOURS": "0",
            "REGWATCH_SCHEDULE_CRON": "30 7 * * 1-5",
            "REGWATCH_TIMEZONE": "Europe/Brussels",
        }
    )
    assert settings.rate_limit == 0 and settings.revalidate_hours == 0
    assert settings.attachment_retry_hours == 0
    assert settings.schedule_cron == "30 7 * * 1-5" and settings.timezone == "Europe/Brussels"


def test_subscriptions_are_read_up_front(files: Path) -> None:
    path = files / "ok.toml"
    path.write_text(TOML_WITH_RECIPIENTS, encoding="utf-8")
    settings = load_settings({"REGWATCH_SUBSCRIPTIONS": str(path), "REGWATCH_SMTP_HOST": "127.0.0.1"})
    assert [s.name for s in settings.subscriptions] == ["batteries"]
    assert settings.subscriptions[0].recipients == ("b@example.test",)
    with pytest.raises(ConfigError, match="REGWATCH_SUBSCRIPTIONS"):
        load_settings({"REGWATCH_SUBSCRIPTIONS": str(files / "broken.toml")})


def test_definitions_report_a_bad_schedule_by_name(tmp_path: Path) -> None:
    """The code location Dagster loads names the variable instead of failing inside Dagster."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_")},
        "REGWATCH_TIMEZONE": "Asia/Beijing",  # not a tz database name (Asia/Shanghai is)
    }
    result = subprocess.run(
        [sys.executable, "-c", "import pipelines.definitions"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("pipelines.config.ConfigError: regwatch configuration error: REGWATCH_TIMEZONE")


def test_sensor_interval_comes_from_the_settings() -> None:
    from pipelines.definitions import SETTINGS, defs

    sensor = defs.resolve_sensor_def("new_notice_sensor")
    assert sensor.minimum_interval_seconds == max(30, int(SETTINGS.poll_seconds))


def _limit_in_a_write(env: dict[str, str]) -> str:
    from pipelines.storage import open_warehouse

    with open_warehouse(load_settings(env)).write() as con:
        row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    assert row is not None
    return str(row[0])


def _as_duckdb_prints(limit: str) -> str:
    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(f"SET memory_limit = '{limit}'")
    row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    con.close()
    assert row is not None
    return str(row[0])


def test_duckdb_memory_limit_reaches_the_write_transaction(tmp_path: Path) -> None:
    """DuckDB's memory counts in the run's resident memory: the configured limit is the one a write gets."""
    from warehouse.db import DEFAULT_MEMORY_LIMIT

    env = {"REGWATCH_DB": str(tmp_path / "w.duckdb")}
    assert _limit_in_a_write(env) == _as_duckdb_prints(DEFAULT_MEMORY_LIMIT)
    configured = _limit_in_a_write({**env, "REGWATCH_DUCKDB_MEMORY_LIMIT": "300MB"})
    assert configured == _as_duckdb_prints("300MB") != _as_duckdb_prints(DEFAULT_MEMORY_LIMIT)
    # the write's limit is the process's DuckDB instance's while it runs: the reads after it get the default back
    import duckdb

    from pipelines.storage import open_warehouse

    with open_warehouse(load_settings(env)).read() as con:
        row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    fresh = duckdb.connect(":memory:")
    default = fresh.execute("SELECT current_setting('memory_limit')").fetchone()
    fresh.close()
    assert row == default != (_as_duckdb_prints(DEFAULT_MEMORY_LIMIT),)


def test_a_killed_writers_spill_directory_is_removed_by_the_next_write(tmp_path: Path) -> None:
    """DuckDB spills beyond its memory limit into the writing process's spill directory beside the
    warehouse; a writer killed meanwhile leaves it, with its working copy, and the next writer clears
    both (a live process's directory stays)."""
    import os
    import subprocess
    import sys

    from warehouse.db import SPILL_PREFIX, Warehouse

    warehouse = Warehouse(tmp_path / "w.duckdb")
    warehouse.ensure()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    copy = tmp_path / ".w.duckdb.4242-1.tmp"
    spill = tmp_path / f"{SPILL_PREFIX}{int(gone.stdout)}"
    live = tmp_path / f"{SPILL_PREFIX}{os.getppid()}"
    copy.write_bytes(b"half a copy")
    for folder in (spill, live):
        folder.mkdir()
        (folder / "duckdb_temp_storage-0.tmp").write_bytes(b"\0" * 4096)
    with warehouse.write() as con:
        con.execute("SELECT 1").fetchall()
    assert not copy.exists() and not spill.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p != live) == ["w.duckdb", "w.duckdb.lock"]


_SPILLING_WRITES = """
import os, sys
from pathlib import Path
from warehouse.db import SPILL_PREFIX, Warehouse

folder = Path(sys.argv[1])
warehouse = Warehouse(folder / "w.duckdb", memory_limit="64MB")
warehouse.ensure()
with warehouse.write() as con:
    con.execute("SET threads = 1")
    con.execute("SET preserve_insertion_order = false")
    con.execute(
        "CREATE TABLE spilled AS SELECT i, repeat('x', 100) || i AS s FROM range(1500000) t(i) ORDER BY s DESC"
    )
assert [p.name for p in folder.glob(SPILL_PREFIX + "*")] == [SPILL_PREFIX + str(os.getpid())]
for n in range(2):
    with warehouse.write() as con:
        con.execute(f"CREATE TABLE later_{n} AS SELECT 1 AS one")
with warehouse.read() as con:
    print(con.execute("SELECT count(*) FROM spilled").fetchone()[0])
"""


def test_writes_after_a_write_that_spilled_still_work(tmp_path: Path) -> None:
    """A write beyond the memory limit spills beside the warehouse, never in the working directory, and
    the process's later writes go on (DuckDB cannot move a temporary directory once it was used). In a
    fresh process: the spill directory is the first write's of the process."""
    work = tmp_path / "cwd"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _SPILLING_WRITES, str(tmp_path)],
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["1500000"]
    assert list(work.iterdir()) == []
