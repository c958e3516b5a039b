"""What the Dagster UI shows: checks that judge this run with their samples as tables, and assets with
kinds, row counts, the documented table schemas, a Markdown preview of the digest and notice links.

The nightly job runs in process on an ephemeral instance against the loopback replay of MOFCOM.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import replay_env
from warehouse import checks, store
from warehouse.db import Warehouse


@pytest.fixture
def site() -> Iterator[ReplayServer]:
    with ReplayServer(bundled_site()) as server:
        yield server


@pytest.fixture
def env(tmp_path: Path, site: ReplayServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = replay_env(site.base_url, site.port, tmp_path / "w.duckdb", REGWATCH_AS_OF="2025-10-10")
    for key in [k for k in os.environ if k.startswith("REGWATCH_")]:
        monkeypatch.delenv(key)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def _run(instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    return defs.resolve_job_def("nightly").execute_in_process(instance=instance, raise_on_error=False)


def _evaluations(result: dg.ExecuteInProcessResult) -> dict[str, dg.AssetCheckEvaluation]:
    return {e.check_name: e for e in result.get_asset_check_evaluations()}


def test_checks_judge_this_run_and_show_their_samples_as_tables(
    env: dict[str, str], site: ReplayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    instance = dg.DagsterInstance.ephemeral()
    # Night 1 with a second listing that answers 404: this run's listing check fails, with the sample.
    broken = f"{site.base_url}/no-such-column/index.html"
    monkeypatch.setenv("REGWATCH_LISTING_URLS", f"{env['REGWATCH_LISTING_URLS']},{broken}")
    first = _run(instance)
    assert first.success
    evaluation = _evaluations(first)["listing_not_empty"]
    assert not evaluation.passed
    sample = evaluation.metadata["sample"]
    assert isinstance(sample, dg.TableMetadataValue)
    assert [c.name for c in sample.schema.columns] == ["url", "code", "message"]
    assert [(r.data["url"], r.data["code"]) for r in sample.records] == [(broken, "listing_fetch_failed")]

    # An old problem recorded by night 1 (a stated count that did not reconcile).
    with Warehouse(env["REGWATCH_DB"]).write() as con:
        store.add_issue(
            con,
            first.run_id,
            dt.datetime.now(dt.UTC),
            "count_mismatch",
            "states 3 items, 2 extracted",
            notice_id="MOFCOM-2025-18",
        )
    with Warehouse(env["REGWATCH_DB"]).read() as con:
        assert not checks.unreconciled_counts(con, first.run_id).passed

    # Night 2, listings fine: its checks judge night 2's data, not night 1's issues.
    monkeypatch.setenv("REGWATCH_LISTING_URLS", env["REGWATCH_LISTING_URLS"])
    monkeypatch.setenv("REGWATCH_AS_OF", "2025-11-10")
    site.night = 2
    second = _run(instance)
    assert second.success
    evaluations = _evaluations(second)
    assert evaluations["listing_not_empty"].passed
    assert evaluations["stated_counts_reconciled"].passed
    assert evaluations["stated_counts_reconciled"].metadata["count"].value == 0
    assert evaluations["hs_codes_valid"].passed and evaluations["list_consistent"].passed
    assert all(
        isinstance(e.metadata["sample"], dg.TableMetadataValue)
        for e in evaluations.values()
        if "sample" in e.metadata
    )

    # What the UI shows for the night's assets.
    metadata = {
        key.to_user_string(): m.metadata
        for key, m in (
            (e.asset_key, e.step_materialization_data.materialization)
            for e in second.get_asset_materialization_events()
        )
    }
    assert metadata["notices"]["dagster/row_count"].value == _count(env, "SELECT count(*) FROM notices")
    assert metadata["control_list"]["dagster/row_count"].value == _count(
        env, "SELECT count(*) FROM controls_current"
    )
    links = metadata["notices"]["notices_this_run"]
    assert isinstance(links, dg.MarkdownMetadataValue)
    assert f"[商务部公告2025年第61号]({site.base_url}/zwgk/zcfb/art/2025/" in links.md_str
    preview = metadata["digest"]["preview"]
    assert isinstance(preview, dg.MarkdownMetadataValue)
    assert (
        "**6 newly controlled (6 suspended on arrival)" in preview.md_str and "钐钴永磁材料" in preview.md_str
    )


def test_assets_carry_kinds_and_the_documented_schemas(tmp_path: Path) -> None:
    graph = defs.resolve_asset_graph()
    kinds = {key.to_user_string(): graph.get(key).kinds for key in graph.get_all_asset_keys()}
    assert kinds["listing_pages"] == {"http", "duckdb"} and kinds["digest"] >= {"email"}
    Warehouse(tmp_path / "w.duckdb").ensure()
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        for asset, table in (
            ("notices", "notices"),
            ("control_list", "controls_current"),
            ("article_pages", "pages"),
        ):
            schema = graph.get(dg.AssetKey(asset)).metadata["dagster/column_schema"]
            described = [(r[0], r[1]) for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
            assert [(c.name, c.type) for c in schema.columns] == described, asset
            assert all(c.description for c in schema.columns)
    finally:
        con.close()


def _count(env: dict[str, str], sql: str) -> int:
    con = duckdb.connect(env["REGWATCH_DB"], read_only=True)
    try:
        row = con.execute(sql).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])
