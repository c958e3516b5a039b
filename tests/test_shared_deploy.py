"""The shared deployment (deploy/): Dagster's storage on a real PostgreSQL, and the nightly job with
nothing on the local disk — the warehouse shared (catalog in PostgreSQL, snapshots on an S3-compatible
server), the archive and the digests on that server too. Also checks the compose file's wiring, which
cannot be run here (no container engine)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import yaml

from tests.servers import MotoServer, PostgresServer

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
NIGHTS = {1: dt.date(2025, 10, 10), 2: dt.date(2025, 11, 10)}


# -- the compose file ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))


def _env_vars_in(path: Path) -> set[str]:
    """Every `env: NAME` a Dagster YAML file reads."""
    return set(
        re.findall(r"^\s*env:\s*([A-Z_][A-Z0-9_]*)\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
    )


def test_compose_runs_webserver_daemon_code_location_and_postgres(compose: dict) -> None:  # type: ignore[type-arg]
    services = compose["services"]
    assert set(services) == {"postgres", "code", "webserver", "daemon"}
    assert services["postgres"]["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    build = services["code"]["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    for name in ("webserver", "daemon", "code"):
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy", name
    assert services["webserver"]["ports"] == ["3000:3000"]
    init = services["postgres"]["volumes"][1].split(":")[0]
    assert (DEPLOY / init).is_file() and "CREATE DATABASE regwatch" in (DEPLOY / init).read_text()


def test_every_variable_dagster_yaml_reads_is_set_for_every_dagster_process(compose: dict) -> None:  # type: ignore[type-arg]
    needed = _env_vars_in(DEPLOY / "dagster.yaml")
    assert needed == {
        "DAGSTER_PG_HOST",
        "DAGSTER_PG_PORT",
        "DAGSTER_PG_USER",
        "DAGSTER_PG_PASSWORD",
        "DAGSTER_PG_DB",
    }
    for name in ("code", "webserver", "daemon"):
        env = compose["services"][name]["environment"]
        assert needed <= set(env), f"{name} lacks {needed - set(env)}"
        assert env["DAGSTER_HOME"] == "/opt/dagster/dagster_home"
        assert env["DAGSTER_PG_HOST"] == "postgres"
    # The runs (in the code location) use the shared warehouse, in the database postgres-init.sql creates.
    code_env = compose["services"]["code"]["environment"]
    assert code_env["REGWATCH_WAREHOUSE_BACKEND"] == "shared"
    assert code_env["REGWATCH_POSTGRES_URL"].endswith("@postgres:5432/regwatch")


def test_workspace_points_at_the_code_location_service(compose: dict) -> None:  # type: ignore[type-arg]
    workspace = yaml.safe_load((DEPLOY / "workspace.yaml").read_text(encoding="utf-8"))
    server = workspace["load_from"][0]["grpc_server"]
    command = compose["services"]["code"]["command"]
    assert server["host"] == "code" and str(server["port"]) == command[command.index("-p") + 1]
    assert command[command.index("-m") + 1] == "pipelines.definitions"
    for name in ("webserver", "daemon"):
        command = compose["services"][name]["command"]
        assert command[command.index("-w") + 1] == "/opt/dagster/dagster_home/workspace.yaml"
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert "deploy/dagster.yaml deploy/workspace.yaml ${DAGSTER_HOME}/" in dockerfile
    assert '".[shared]"' in dockerfile


# -- the nightly job, shared end to end ----------------------------------------------------------


@pytest.fixture
def shared_env(
    postgres_server: PostgresServer, s3_server: MotoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """DAGSTER_HOME with deploy/dagster.yaml; every REGWATCH_* storage setting pointing off this disk."""
    dagster_db = postgres_server.create_database("dagster_storage")
    catalog = postgres_server.create_database("regwatch_catalog")
    bucket = "regwatch-" + os.urandom(3).hex()
    s3_server.create_bucket(bucket)
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(DEPLOY / "dagster.yaml", home / "dagster.yaml")
    for key in [k for k in os.environ if k.startswith("REGWATCH_")]:
        monkeypatch.delenv(key)
    port = dagster_db.rsplit(":", 1)[1].split("/")[0]
    env = {
        "DAGSTER_HOME": str(home),
        "DAGSTER_PG_HOST": "127.0.0.1",
        "DAGSTER_PG_PORT": port,
        "DAGSTER_PG_USER": "regwatch",
        "DAGSTER_PG_PASSWORD": "trust-auth-ignores-it",
        "DAGSTER_PG_DB": "dagster_storage",
        **s3_server.env(),
        "REGWATCH_WAREHOUSE_BACKEND": "shared",
        "REGWATCH_POSTGRES_URL": catalog,
        "REGWATCH_SNAPSHOT_URL": f"s3://{bucket}/snapshots",
        "REGWATCH_SNAPSHOT_CACHE": str(tmp_path / "cache"),
        "REGWATCH_ARCHIVE_DIR": f"s3://{bucket}/archive",
        "REGWATCH_DIGEST_DIR": f"s3://{bucket}/digests",
        # A path that must stay unused: nothing of the shared deployment may land beside it.
        "REGWATCH_DB": str(tmp_path / "unused" / "regwatch.duckdb"),
        "REGWATCH_RATE_LIMIT": "0",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield tmp_path


def test_nightly_job_with_dagster_on_postgres_and_nothing_on_local_disk(shared_env: Path) -> None:
    from dagster import AssetKey, DagsterInstance, DagsterRunStatus
    from dagster_postgres import PostgresEventLogStorage, PostgresRunStorage, PostgresScheduleStorage

    from pipelines.config import load_settings
    from pipelines.definitions import defs
    from pipelines.sources.replay import ReplayServer, bundled_site
    from pipelines.storage import open_warehouse
    from warehouse.objectstore import ObjectStore

    home = Path(os.environ["DAGSTER_HOME"])
    instance = DagsterInstance.from_config(str(home))
    assert isinstance(instance.run_storage, PostgresRunStorage)
    assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
    assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
    job = defs.resolve_job_def("nightly")
    run_ids = []
    try:
        with ReplayServer(bundled_site()) as server:
            os.environ["REGWATCH_LISTING_URLS"] = f"{server.base_url}/zwgk/zcfb/index.html"
            os.environ["REGWATCH_ALLOWED_HOSTS"] = f"127.0.0.1:{server.port}"
            for night, as_of in NIGHTS.items():
                server.night = night
                os.environ["REGWATCH_AS_OF"] = as_of.isoformat()
                result = job.execute_in_process(
                    instance=instance, tags={"regwatch/trigger": "nightly"}, raise_on_error=False
                )
                assert result.success, [e.message for e in result.all_events if e.is_failure]
                run_ids.append(result.run_id)
    finally:
        instance.dispose()

    # Read the runs back through a fresh instance on the same PostgreSQL, as the webserver would.
    again = DagsterInstance.from_config(str(home))
    try:
        runs = again.get_runs()
        assert {r.run_id for r in runs} == set(run_ids)
        assert all(r.status == DagsterRunStatus.SUCCESS and r.job_name == "nightly" for r in runs)
        digests = again.fetch_materializations(AssetKey("digest"), limit=10).records
        assert {record.run_id for record in digests} == set(run_ids)
        control = again.fetch_materializations(AssetKey("control_list"), limit=10).records
        night2 = next(r for r in control if r.run_id == run_ids[1]).asset_materialization
        assert night2 is not None
        metadata = {k: v.value for k, v in night2.metadata.items()}
        assert metadata["changes_added"] == 6 and metadata["changes_suspended"] == 73
    finally:
        again.dispose()
    assert not (home / "history").exists() and not list(home.rglob("*.db")), "no SQLite fallback"

    # The warehouse: published snapshots, read like any other machine would.
    settings = load_settings()
    warehouse = open_warehouse(settings)
    with warehouse.read() as con:
        statuses = dict(con.execute("SELECT run_id, status FROM runs").fetchall())
        added = {
            row[0]
            for row in con.execute(
                "SELECT name_zh FROM changes WHERE run_id = ? AND change_type = 'added'", [run_ids[1]]
            ).fetchall()
        }
        raw = {row[0] for row in con.execute("SELECT sha256 FROM raw_objects").fetchall()}
    assert statuses == dict.fromkeys(run_ids, "succeeded")  # liveness came from PostgreSQL; none left running
    assert "钐钴永磁材料" in added
    bucket = settings.storage.archive_url.split("/")[2]  # type: ignore[union-attr]
    endpoint = settings.storage.s3_endpoint_url
    archived = ObjectStore(f"s3://{bucket}/archive", endpoint_url=endpoint).list_keys()
    assert raw and {key.split("/")[1] for key in archived} == raw
    digests_store = ObjectStore(f"s3://{bucket}/digests", endpoint_url=endpoint)
    assert f"digest-{run_ids[1]}.md" in digests_store.list_keys()
    assert "钐钴永磁材料" in digests_store.get_bytes(f"digest-{run_ids[1]}.md").decode("utf-8")
    assert not (shared_env / "unused").exists(), "the shared deployment wrote beside REGWATCH_DB"

    # An analyst on another machine: `regwatch pull` fetches the current snapshot into a cache of its own.
    analyst_cache = shared_env / "analyst-cache"
    pulled = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "pull"],
        capture_output=True,
        text=True,
        env={**os.environ, "REGWATCH_SNAPSHOT_CACHE": str(analyst_cache)},
        cwd=ROOT,
        timeout=120,
    )
    assert pulled.returncode == 0, pulled.stderr
    path = Path(pulled.stdout.strip())
    assert path.parent == analyst_cache and path.suffix == ".duckdb"
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM changes WHERE run_id = ?", [run_ids[1]]).fetchone()[0] == 80
    finally:
        con.close()
