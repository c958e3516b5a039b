"""The job launched through Dagster as an operator would: launchpad config, re-execution, one asset.

A persistent Dagster instance in a temporary directory, `dagster.execute_job` on the reconstructable
job (what the launchpad and GraphQL launch), a loopback replay of MOFCOM, and a real SMTP server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import asset_job, nightly
from pipelines.runs import ASSET_ORDER
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import Inbox, message_text, replay_env


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture
def instance(tmp_path: Path) -> Iterator[dg.DagsterInstance]:
    home = tmp_path / "dagster_home"
    home.mkdir()
    with dg.DagsterInstance.local_temp(str(home), overrides={"telemetry": {"enabled": False}}) as inst:
        yield inst


@pytest.fixture
def env(tmp_path: Path, site: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = replay_env(site.base_url, site.port, tmp_path / "w.duckdb", REGWATCH_AS_OF="2025-10-10")
    for key in [k for k in __import__("os").environ if k.startswith("REGWATCH_")]:
        monkeypatch.delenv(key)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def _implicit_asset_job() -> dg.ReconstructableJob:
    """The job behind the UI's "Materialize" buttons, as the webserver launches it (by name, from
    the code location); a function cannot stand in for it since its name is reserved."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository

    repository = ReconstructableRepository.for_module("pipelines.definitions", "defs")
    return repository.get_reconstructable_job("__ASSET_JOB")


def _query(db: str, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _run_row(db: str, run_id: str) -> dict[str, object]:
    con = duckdb.connect(db, read_only=True)
    try:
        cursor = con.execute(
            "SELECT status, trigger, root_run_id, parent_run_id, job_name, assets, message FROM runs "
            "WHERE run_id = ?",
            [run_id],
        )
        row = cursor.fetchone()
        assert row is not None, f"no runs row for {run_id}"
        return dict(zip([d[0] for d in cursor.description], row, strict=True))
    finally:
        con.close()


def _executed_steps(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    """The asset steps a run executed (asset checks run as steps of their own and are left out)."""
    records = instance.get_records_for_run(run_id, of_type=dg.DagsterEventType.STEP_START).records
    keys = [r.event_log_entry.dagster_event.step_key for r in records if r.event_log_entry.dagster_event]
    return [key for key in keys if key in ASSET_ORDER]


def test_launchpad_config_reaches_the_http_client(
    env: dict[str, str], site: ReplayServer, instance: dg.DagsterInstance
) -> None:
    """`allowed_hosts` given at launch (not in the environment) refuses the replay host: no request
    reaches it, and the refusal is what the fetch log and data issues record."""
    run_config = {
        "resources": {"regwatch": {"config": {"allowed_hosts": "www.mofcom.gov.cn", "max_pages": 1}}}
    }
    result = dg.execute_job(
        dg.reconstructable(nightly), instance, run_config=run_config, raise_on_error=False
    )
    assert site.log == []
    errors = _query(env["REGWATCH_DB"], "SELECT url, error FROM fetch_log WHERE run_id = ?", [result.run_id])
    assert errors == [(env["REGWATCH_LISTING_URLS"], errors[0][1])]
    assert str(errors[0][1]).startswith("refused") and "127.0.0.1" in str(errors[0][1])
    issues = _query(
        env["REGWATCH_DB"],
        "SELECT code FROM data_issues WHERE run_id = ? AND url = ?",
        [result.run_id, errors[0][0]],
    )
    assert ("listing_fetch_failed",) in issues
    # The launch config is what the run used, as Dagster recorded it.
    assert (
        instance.get_run_by_id(result.run_id).run_config["resources"]["regwatch"]["config"]["max_pages"] == 1
    )

    # The same job without launch config obeys the environment and reads the replay.
    again = dg.execute_job(dg.reconstructable(nightly), instance, raise_on_error=False)
    assert again.success
    assert sum(1 for method, path, status in site.log if path.endswith("/zwgk/zcfb/index.html")) == 1


def test_reexecution_from_failure_and_single_asset_runs_are_rows_of_runs(
    env: dict[str, str],
    site: ReplayServer,
    instance: dg.DagsterInstance,
    smtp: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox, port = smtp
    monkeypatch.setenv("REGWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("REGWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("REGWATCH_DIGEST_TO", "counsel@example.test")
    db = env["REGWATCH_DB"]
    job = dg.reconstructable(nightly)
    baseline = dg.execute_job(job, instance)
    assert baseline.success

    # Night 2: the mail server refuses, so the digest step fails and with it the run.
    site.night = 2
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    inbox.refuse = True
    failed = dg.execute_job(job, instance, raise_on_error=False)
    assert not failed.success
    row = _run_row(db, failed.run_id)
    assert row["status"] == "failed" and row["root_run_id"] is None and row["job_name"] == "nightly"
    assert row["assets"] == [
        "listing_pages",
        "article_pages",
        "notices",
        "control_list",
        "catalogue_screening",
        "digest",
    ]
    assert str(row["message"]).startswith("digest: Failure") and "550" in str(row["message"])
    assert inbox.messages == []

    # Re-executed from failure once the server accepts again: only the digest step runs.
    inbox.refuse = False
    options = dg.ReexecutionOptions.from_failure(failed.run_id, instance)
    retried = dg.execute_job(job, instance, reexecution_options=options)
    assert retried.success
    assert _executed_steps(instance, retried.run_id) == ["digest"]
    row = _run_row(db, retried.run_id)
    assert row["status"] == "succeeded" and row["assets"] == ["digest"]
    assert row["root_run_id"] == failed.run_id and row["parent_run_id"] == failed.run_id
    assert row["trigger"] == "nightly"
    assert len(inbox.messages) == 1 and "钐钴永磁材料" in message_text(inbox.messages[0])
    # The failed run's own row still says how it ended.
    assert _run_row(db, failed.run_id)["status"] == "failed"

    # One asset materialized on its own (the UI's "Materialize" button): its own row, its own lineage.
    single = dg.execute_job(_implicit_asset_job(), instance, asset_selection=[dg.AssetKey("article_pages")])
    assert single.success
    assert _executed_steps(instance, single.run_id) == ["article_pages"]
    row = _run_row(db, single.run_id)
    assert row["status"] == "succeeded" and row["assets"] == ["article_pages"]
    assert row["job_name"] == "__ASSET_JOB" and row["root_run_id"] is None
    # It fetched what the latest discovery queued (the failed run's), read from the warehouse.
    queued = _query(db, "SELECT url FROM fetch_queue WHERE run_id = ? ORDER BY position", [failed.run_id])
    fetched = _query(
        db,
        "SELECT url FROM fetch_log WHERE run_id = ? AND purpose = 'article' ORDER BY fetch_id",
        [single.run_id],
    )
    assert queued and fetched == queued
    materialization = instance.get_latest_materialization_event(dg.AssetKey("article_pages"))
    assert materialization is not None and materialization.asset_materialization is not None
    assert materialization.asset_materialization.metadata["queued_by_run"].value == failed.run_id


def test_every_job_runs_in_process_and_nothing_is_pickled(
    env: dict[str, str], instance: dg.DagsterInstance, tmp_path: Path
) -> None:
    """ "Materialize all" (the implicit asset job) runs in one process, and no asset output is stored
    by an IO manager: the hand-offs go through the warehouse."""
    assert nightly().executor_def.name == "in_process"
    assert asset_job().executor_def.name == "in_process"
    result = dg.execute_job(_implicit_asset_job(), instance)
    assert result.success
    engine = instance.get_records_for_run(result.run_id, of_type=dg.DagsterEventType.ENGINE_EVENT).records
    messages = [
        r.event_log_entry.dagster_event.message or "" for r in engine if r.event_log_entry.dagster_event
    ]
    assert any(m.startswith("Executing steps in process") for m in messages)
    assert not any("subprocess" in m.lower() for m in messages)
    handled = instance.get_records_for_run(result.run_id, of_type=dg.DagsterEventType.HANDLED_OUTPUT).records
    assert handled == []
    assert not list((tmp_path / "dagster_home").rglob("storage/listing_pages*"))
