"""End to end through the real command line: the demo, the contract, and repeatable runs.

These start `regwatch` as a subprocess against the bundled replay served from loopback, exactly
as a user would, and then read the DuckDB file it leaves behind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.sources.replay import ReplayServer, bundled_site
from tests.conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]
CHECK_CONTRACT = ROOT.parent / "shared" / "tools" / "check_contract.py"


def regwatch(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    workdir = tmp_path_factory.mktemp("demo")
    db = workdir / "regwatch-demo.duckdb"
    result = regwatch("demo", "--db", str(db), cwd=workdir)
    assert result.returncode == 0, result.stderr[-3000:]
    return db, result


def test_demo_prints_what_a_user_needs(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, result = demo
    out = result.stdout
    assert "Newly controlled (last night):" in out
    # 2025 No. 61 appears on night 2: its China-origin items are newly listed.
    assert (
        "MOFCOM-2025-61" in out
        and "钐钴永磁材料" in out
        and "samarium-cobalt permanent magnet materials" in out
    )
    assert "Suspended: 32 entries of MOFCOM-2025-57 by MOFCOM-2025-70" in out
    assert "Modified: MOFCOM-2025-57 金属铥" in out and "28053019" in out
    printed = [line.removeprefix("digest: ") for line in out.splitlines() if line.startswith("digest: /")]
    html = Path(printed[-1])
    assert html.parent == db.parent / "regwatch-demo-digests" and html.suffix == ".html"
    page = html.read_text(encoding="utf-8")  # the last night's: the entity lists
    assert "adds 28 US entities to the export control list" in page and "<script" not in page
    assert "Lockheed Martin Corporation" in page
    night2 = [
        p.read_text(encoding="utf-8")
        for p in html.parent.glob("*.html")
        if "钐钴永磁材料" in p.read_text("utf-8") and not p.name.endswith(".full.html")
    ]
    assert len(night2) == 1 and "MOFCOM–GACC 2025 No. 70" in night2[0] and "<script" not in night2[0]
    assert out.count("SELECT") >= 3


def test_demo_has_an_entity_list_night(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    """Night 3: 2025 No. 1 lists 28 US entities on the control list; a UEL notice lists four of them again."""
    db, result = demo
    assert "Newly listed parties (this night):" in result.stdout
    assert "洛克希德·马丁公司  [Lockheed Martin Corporation]" in result.stdout
    con = duckdb.connect(str(db), read_only=True)
    try:
        by_list = dict(
            con.execute("SELECT list, count(*) FROM parties_as_of(DATE '2025-11-20') GROUP BY 1").fetchall()
        )
        both = con.execute(
            "SELECT party_id FROM parties_as_of(DATE '2025-11-20') GROUP BY 1 HAVING count(*) = 2 ORDER BY 1"
        ).fetchall()
        listed = con.execute("SELECT count(*) FROM changes WHERE change_type = 'listed' AND alert").fetchone()
    finally:
        con.close()
    assert by_list == {"control_list": 28, "unreliable_entity_list": 4}
    assert [r[0] for r in both] == [
        "en:aevexaerospace",
        "en:lkdaerospace",
        "en:pacificrimdefense",
        "en:summittechnologies",
    ]
    assert listed == (32,)


def test_demo_warehouse_meets_the_contract(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = demo
    check = subprocess.run(
        [sys.executable, str(require_shared("tools/check_contract.py")), str(db)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout
    assert "contract: OK" in check.stdout
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in ("notices", "notice_versions", "control_entries", "changes", "fetch_log", "data_issues"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        assert con.execute("SELECT count(*) FROM controls_as_of(DATE '2025-11-09')").fetchone()[0] > 100
    finally:
        con.close()


def test_demo_content_is_right(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = demo
    con = duckdb.connect(str(db), read_only=True)
    try:
        notice = con.execute(
            "SELECT number_zh, issuers, published_on, effective_on, kind FROM notices WHERE notice_id = 'MOFCOM-2025-57'"
        ).fetchone()
        assert notice == (
            "商务部 海关总署公告2025年第57号",
            ["商务部", "海关总署"],
            dt.date(2025, 10, 9),
            dt.date(2025, 11, 8),
            "adds_controls",
        )
        # Edited page: version 2, with the corrected HS code; the alias copy of No. 58 is not a version.
        assert con.execute(
            "SELECT max(version) FROM notice_versions WHERE notice_id = 'MOFCOM-2025-57'"
        ).fetchone() == (2,)
        assert con.execute(
            "SELECT count(*) FROM notice_versions WHERE notice_id = 'MOFCOM-2025-58'"
        ).fetchone() == (1,)
        copies = con.execute(
            "SELECT url, matches_primary FROM notice_copies WHERE notice_id = 'MOFCOM-2025-58'"
        ).fetchall()
        assert len(copies) == 1 and "/tzgg/" in copies[0][0] and copies[0][1] is True
        # An entry exactly as printed, with inherited code and HS codes.
        entry = con.execute(
            "SELECT control_code, hs_codes, category_zh, kind, quote_zh FROM control_entries "
            "WHERE notice_id = 'MOFCOM-2025-18' AND name_zh = '钐钴合金'"
        ).fetchone()
        assert entry is not None and entry[0] == "1C902.a" and entry[2] == "钐相关物项" and entry[3] == "item"
        assert entry[4].endswith("钐钴合金;")
        # Night 1 was the baseline: recorded, never alerted.
        baseline = con.execute(
            "SELECT count(*), bool_or(alert) FROM changes WHERE cause = 'baseline'"
        ).fetchone()
        assert baseline[0] >= 150 and baseline[1] is False
        # As of 2025-11-09 samarium-cobalt (No. 18) is in force; No. 57's holmium is suspended by No. 70.
        state = dict(
            con.execute(
                "SELECT name_zh || '@' || notice_id, status FROM controls_as_of(DATE '2025-11-09') "
                "WHERE name_zh IN ('钐钴合金', '金属钬')"
            ).fetchall()
        )
        assert state == {"钐钴合金@MOFCOM-2025-18": "in_force", "金属钬@MOFCOM-2025-57": "suspended"}
        # Before its effective date an entry is pending; No. 57's holmium was due on 2025-11-08, the day
        # No. 70's suspension already covered, so with today's knowledge it starts out suspended.
        early = dict(
            con.execute(
                "SELECT notice_id || ':' || name_zh, status || '/' || coalesce(status_notice_id, '-') "
                "FROM controls_as_of(DATE '2025-10-01') WHERE name_zh IN ('金属钬') OR notice_id = 'MOFCOM-2025-62'"
            ).fetchall()
        )
        assert early["MOFCOM-2025-57:金属钬"] == "suspended/MOFCOM-2025-70"
        assert {v for k, v in early.items() if k.startswith("MOFCOM-2025-62")} == {"pending/-"}
        # The suspension window ends on 2026-11-10 inclusive: reinstated on the 11th.
        after = con.execute(
            "SELECT status FROM controls_as_of(DATE '2026-11-11') WHERE name_zh = '金属钬'"
        ).fetchone()
        assert after == ("in_force",)
        # The vanished page (2023 No. 39) removed nothing: graphite stays in force.
        graphite = con.execute(
            "SELECT count(*) FROM controls_as_of(DATE '2025-11-10') WHERE notice_id = 'MOFCOM-2023-39' AND status = 'in_force'"
        ).fetchone()
        assert graphite[0] == 2
        assert con.execute("SELECT count(*) FROM changes WHERE change_type = 'removed'").fetchone() == (0,)
        modified = con.execute("SELECT detail FROM changes WHERE change_type = 'modified'").fetchall()
        assert [json.loads(d[0]) for d in modified] == [
            {"hs_codes": {"old": ["28053091"], "new": ["28053019"]}}
        ]
    finally:
        con.close()


def test_demo_notice_rules_hold_no_61s_value_rule(
    demo: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    """2025 No. 61's 0.1% clause is a rule for screening, in `notice_rules`, and never an item."""
    db, _ = demo
    con = duckdb.connect(str(db), read_only=True)
    try:
        rules = con.execute(
            "SELECT rule_kind, threshold, applies_to, effective_on, clause, quote_zh FROM notice_rules "
            "WHERE notice_id = 'MOFCOM-2025-61' ORDER BY seq"
        ).fetchall()
        kinds = [r[0] for r in rules]
        assert kinds[:2] == ["de_minimis_value", "extraterritorial_scope"]
        assert {"end_user", "end_use", "licence_procedure"} <= set(kinds)
        value = rules[0]
        assert value[1] == pytest.approx(0.001)
        # It governs the foreign-made goods the notice lists under 二/(二), whose entries are there too.
        assert value[2] == ["二/(二)"]
        assert con.execute(
            "SELECT count(*) FROM control_entries WHERE notice_id = 'MOFCOM-2025-61' AND path LIKE '二/(二)/%'"
        ).fetchone() == (2,)
        # Clauses 一 and 二 take effect on 2025-12-01, the others on publication.
        assert value[3] == dt.date(2025, 12, 1) and value[4] == "一" and "0.1%" in value[5]
        assert {r[3] for r in rules if r[0] in ("end_user", "end_use")} == {dt.date(2025, 10, 9)}
        assert con.execute(
            "SELECT count(*) FROM control_entries WHERE notice_id = 'MOFCOM-2025-61' AND name_zh LIKE '%0.1%%'"
        ).fetchone() == (0,)
    finally:
        con.close()


def _state(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything except per-request and per-run bookkeeping, which a repeated run adds by design."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            "notice_records",
            "notice_versions",
            "control_entries",
            "notice_relations",
            "rule_records",
            "control_periods",
            "list_versions",
            "changes",
            "deliveries",
            "data_issues",
            "notice_copies",
            "raw_objects",
        ]
        drop = {"notice_records": "last_seen", "notice_copies": "last_seen"}
        state = {}
        for table in tables:
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] != drop.get(table)]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            state[table] = sorted(rows, key=repr)
        return state
    finally:
        con.close()


def test_run_twice_on_an_unchanged_site_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with ReplayServer(bundled_site()) as server:
        env = {
            "REGWATCH_DB": str(db),
            "REGWATCH_LISTING_URLS": f"{server.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_AS_OF": "2025-10-10",
        }
        first = regwatch("run", env=env, cwd=tmp_path)
        assert first.returncode == 0, first.stderr[-3000:]
        before = _state(db)
        server.requests.clear()
        second = regwatch("run", env=env, cwd=tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]
        # An unchanged site costs only conditional requests answered 304.
        assert set(server.requests) == {304}, dict(server.requests)
    assert _state(db) == before
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT status, list_built FROM runs ORDER BY started_at").fetchall()
        # The second night's build had nothing to do (same inputs, same day): skipped, not rewritten.
        assert runs == [("succeeded", True), ("succeeded", False)]
    finally:
        con.close()


def test_run_reports_an_empty_listing_as_a_failure(tmp_path: Path) -> None:
    site = tmp_path / "site" / "night1"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html><body><p>系统维护中</p></body></html>", encoding="utf-8")
    from pipelines.sources.replay import ReplaySite

    with ReplayServer(ReplaySite(tmp_path / "site")) as server:
        env = {
            "REGWATCH_DB": str(tmp_path / "w.duckdb"),
            "REGWATCH_LISTING_URLS": f"{server.base_url}/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
            "REGWATCH_RATE_LIMIT": "0",
        }
        result = regwatch("run", env=env, cwd=tmp_path)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "listing failed or was empty" in result.stderr
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        issue = con.execute("SELECT code, severity FROM data_issues").fetchall()
        assert ("listing_empty", "error") in issue
    finally:
        con.close()


def test_bad_configuration_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = regwatch("run", env={"REGWATCH_RATE_LIMIT": "fast"}, cwd=tmp_path)
    assert result.returncode == 2
    assert "REGWATCH_RATE_LIMIT must be a number" in result.stderr


@pytest.mark.parametrize("command", ["demo", "run", "digest", "export", "search", "watch"])
def test_every_command_has_help(command: str) -> None:
    result = regwatch(command, "--help")
    assert result.returncode == 0
    assert "usage: regwatch " + command in result.stdout


def test_search_finds_entries_by_segmented_term(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = demo
    result = regwatch("search", "钐钴", env={"REGWATCH_DB": str(db)})
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    names = {line.split()[3] for line in lines}
    assert {"钐钴合金", "钐钴永磁材料", "钐钴合金靶"} <= names
    assert all("钐钴" in line for line in lines)
    by_code = regwatch("search", "1E902.a", env={"REGWATCH_DB": str(db)})
    # 1E902.a is found by its code; its status is today's (No. 70's window ended on 2026-11-10).
    expected = "in_force" if dt.date.today() > dt.date(2026, 11, 10) else "suspended"
    assert "MOFCOM-2025-62" in by_code.stdout and expected in by_code.stdout


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json"])
def test_export_writes_every_view(
    demo: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path, fmt: str
) -> None:
    db, _ = demo
    result = regwatch("export", "--format", fmt, "--out", str(tmp_path / fmt), env={"REGWATCH_DB": str(db)})
    assert result.returncode == 0, result.stderr
    suffix = {"parquet": "parquet", "csv": "csv", "json": "jsonl"}[fmt]
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "json": "read_json_auto"}[fmt]
    names = ("notices", "control_entries", "controls_current", "changes", "fetch_log", "data_issues")
    with duckdb.connect(str(db), read_only=True) as original:
        expected = {name: original.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names}
    with duckdb.connect() as con:
        for name in names:
            path = tmp_path / fmt / f"{name}.{suffix}"
            exported = con.execute(f"SELECT count(*) FROM {reader}('{path}')").fetchone()[0]
            assert exported == expected[name] > 0, name


def test_digest_command_renders_a_run(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    db, _ = demo
    con = duckdb.connect(str(db), read_only=True)
    try:
        run_id = con.execute(
            "SELECT run_id FROM changes WHERE alert AND list IS NULL ORDER BY detected_at DESC LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()
    result = regwatch("digest", "--run", run_id, "--format", "txt", env={"REGWATCH_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert "6 newly controlled (6 suspended on arrival), 1 modified, 73 suspended" in result.stdout
    pending = regwatch("digest", env={"REGWATCH_DB": str(db)})
    assert pending.returncode == 0 and "nothing new" in pending.stdout.lower()


def test_demo_reads_the_list_pdf_and_the_catalogue(
    demo: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    """Night 1 carries 2024 No. 51 with the list as a PDF and a catalogue as a PDF table: the list in
    force answers from the PDF's entries, and the catalogue maps control codes to customs codes."""
    db, _ = demo
    expected = json.loads((ROOT / "pipelines" / "demo_site" / "expected.json").read_text("utf-8"))["notices"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        leaves = con.execute(
            "SELECT control_code || ' ' || name_zh FROM control_entries e JOIN notices n USING (notice_id, version) "
            "WHERE notice_id = 'MOFCOM-2024-51'"
        ).fetchall()
        assert sorted(r[0] for r in leaves) == sorted(expected["2024-51"]["attachment_leaves"])
        assert con.execute(
            "SELECT issuers, effective_on FROM notices WHERE notice_id = 'MOFCOM-2024-51'"
        ).fetchone() == (["商务部", "工业和信息化部", "海关总署", "国家密码局"], dt.date(2024, 12, 1))
        before, after = (
            con.execute(
                f"SELECT count(*), min(status) FROM controls_as_of(DATE '{d}') WHERE notice_id = 'MOFCOM-2024-51'"
            ).fetchone()
            for d in ("2024-11-30", "2025-11-09")
        )
        assert before == (15, "pending") and after == (15, "in_force")
        pairs = con.execute(
            "SELECT control_code || ' ' || hs_code FROM catalogue_rows WHERE hs_code IS NOT NULL ORDER BY seq"
        ).fetchall()
        assert [r[0] for r in pairs] == expected["2025-19-catalogue"]["catalogue_pairs"]
        assert con.execute(
            "SELECT list_sort(list(DISTINCT hs_code)) FROM catalogue_as_of(DATE '2025-10-10') WHERE starts_with(control_code, '1C902')"
        ).fetchone() == (["2805301910", "2846901940", "2846901993", "3824999922", "8486909110"],)
        roles = dict(con.execute("SELECT notice_id, role FROM notice_list_roles").fetchall())
        assert roles["MOFCOM-2024-51"] == "baseline" and roles["MOFCOM-2025-19"] == "catalogue"
        assert roles["MOFCOM-2025-18"] == "addition"  # 《清单》同步予以更新
        assert con.execute(
            "SELECT count(*) FROM attachments WHERE list_expected AND coalesce(entries, 0) = 0"
        ).fetchone() == (0,)
    finally:
        con.close()
