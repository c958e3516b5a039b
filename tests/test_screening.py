"""`regwatch screen` against a warehouse built from the bundled replay (the demo, run once per module).

Every verdict and basis is asserted: a control-code match, an exact HS match, a `possible` by heading
and by terms, a printed exclusion, an entry suspended on one date and in force on another, a pending
entry, the value rule of 2025 No. 61 on three bills of materials, and a counterparty written
differently from the list.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from parsers.screen_input import parse_bom, parse_parties, parse_products
from pipelines.screen.screening import ScreenInputError, screen_files, screen_rows

ROOT = Path(__file__).resolve().parents[1]
NIGHT2 = dt.date(2025, 11, 10)


def regwatch(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("screen-demo")
    db = workdir / "regwatch-demo.duckdb"
    result = regwatch("demo", "--db", str(db), cwd=workdir)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


@pytest.fixture(scope="module")
def db(demo_db: Path) -> Path:
    """The demo warehouse: it holds No. 61's value rule (extraction) and the entity lists (parties)."""
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        rules = con.execute(
            "SELECT count(*) FROM notice_rules WHERE notice_id = 'MOFCOM-2025-61' AND rule_kind = 'de_minimis_value'"
        ).fetchone()
        parties = con.execute("SELECT count(*) FROM parties").fetchone()
    finally:
        con.close()
    assert rules == (1,) and parties and parties[0] > 0
    return demo_db


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PRODUCTS = """sku,description,hs_code,control_code
SM-001,金属钐 samarium metal 99.9%,,1C902.a.1
GA-100,Gallium metal ingots 6N,8112929090,
MAG-7,钐钴永磁体 SmCo permanent magnets,,
RE-2805,,2805309000,
DIA-J,培育钻石（用于首饰） lab-grown diamonds for jewellery,,1C914.b
DIA-S,人造金刚石单晶 synthetic diamond single crystal 200 μm,,1C914.b
BAD-1,copper,12345,
COPPER,铜线 copper wire,74081100,
"""


@pytest.fixture(scope="module")
def night2(db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    path = _csv(tmp_path_factory.mktemp("in"), "products.csv", PRODUCTS)
    report = screen_files(db, path, as_of=NIGHT2)
    return {v.key: v for v in report.verdicts}


def test_listed_by_control_code_as_a_parent(night2: dict) -> None:
    v = night2["SM-001"]
    assert (v.verdict, v.status) == ("listed", "in_force")
    best = v.matches[0]
    assert (best.notice_id, best.entry_key, best.basis) == (
        "MOFCOM-2025-18",
        "1C902.a|金属钐",
        "control_code",
    )
    assert best.note == "listed 1C902.a covers 1C902.a.1"
    assert best.terms == ("金属 metal", "钐 samarium") and best.score == 100
    assert {m.basis for m in v.matches} == {"control_code"}


def test_listed_by_exact_hs(night2: dict) -> None:
    v = night2["GA-100"]
    assert (v.verdict, v.status) == ("listed", "in_force")
    best = v.matches[0]
    assert (best.notice_id, best.name_zh, best.basis, best.strength) == (
        "MOFCOM-2023-23",
        "金属镓",
        "hs_exact",
        "listed",
    )
    assert best.note == "HS 8112929090 exact" and best.effective_on == dt.date(2023, 8, 1)
    assert all(m.basis == "hs_prefix" and m.strength == "possible" for m in v.matches[1:])


def test_possible_by_terms_only(night2: dict) -> None:
    v = night2["MAG-7"]
    assert (v.verdict, v.status) == ("possible", "in_force")
    assert {m.basis for m in v.matches} == {"term"}
    best = v.matches[0]
    assert best.name_zh == "钐钴永磁材料" and best.notice_id == "MOFCOM-2025-18" and best.score >= 80
    assert set(best.terms) >= {"钐 samarium", "钴 cobalt", "永磁材料 permanent", "永磁材料 magnet"}
    # The same item re-listed by No. 61 is shown too, with its own state: suspended by No. 70.
    again = next(m for m in v.matches if m.notice_id == "MOFCOM-2025-61")
    assert (again.status, again.suspended_until, again.status_notice_id) == (
        "suspended",
        dt.date(2026, 11, 10),
        "MOFCOM-2025-70",
    )


def test_possible_by_heading_only(night2: dict) -> None:
    v = night2["RE-2805"]
    assert v.verdict == "possible"
    assert {m.basis for m in v.matches} == {"hs_prefix"}
    assert any(m.note == "same HS subheading 280530 as the listed 2805301910" for m in v.matches)


def test_printed_exclusion_is_honoured_and_shown(night2: dict) -> None:
    v = night2["DIA-J"]
    assert (v.verdict, v.status) == ("not_listed", None)
    (m,) = v.matches
    assert (m.control_code, m.basis) == ("1C914.b", "control_code")
    assert m.excluded_by == "用于装饰或者首饰的培育钻石"
    # The same code without the excluded use is listed.
    assert night2["DIA-S"].verdict == "listed" and night2["DIA-S"].matches[0].excluded_by is None


def test_suspended_on_one_date_in_force_on_another(db: Path, tmp_path: Path, night2: dict) -> None:
    m = night2["DIA-S"].matches[0]
    assert (night2["DIA-S"].status, m.status, m.suspended_until, m.status_notice_id) == (
        "suspended",
        "suspended",
        dt.date(2026, 11, 10),
        "MOFCOM-2025-70",
    )
    path = _csv(tmp_path, "p.csv", PRODUCTS)
    later = {v.key: v for v in screen_files(db, path, as_of=dt.date(2026, 12, 1)).verdicts}
    assert (later["DIA-S"].verdict, later["DIA-S"].status) == ("listed", "in_force")
    assert later["DIA-S"].matches[0].suspended_until is None


def test_pending_says_when_it_takes_effect(db: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, "p.csv", "sku,hs_code\nGA-100,8112929090\n")
    (v,) = screen_files(db, path, as_of=dt.date(2023, 7, 15)).verdicts
    assert (v.verdict, v.status) == ("listed", "pending")
    m = v.matches[0]
    assert (m.name_zh, m.effective_on, m.days_to_effect) == ("金属镓", dt.date(2023, 8, 1), 17)


def test_before_the_notice_was_published_nothing_is_listed(db: Path, tmp_path: Path) -> None:
    path = _csv(tmp_path, "p.csv", "sku,hs_code\nGA-100,8112929090\n")
    (v,) = screen_files(db, path, as_of=dt.date(2023, 1, 1)).verdicts
    # 2023 No. 23 was published on 2023-07-03: on 1 January nobody could have known it, not even as pending.
    assert (v.verdict, v.status, v.matches) == ("not_listed", None, ())


def test_malformed_rows_are_errors_and_the_rest_is_screened(night2: dict) -> None:
    bad = night2["BAD-1"]
    assert (bad.verdict, bad.error) == ("error", "hs_code '12345' is not an 8- or 10-digit HS code")
    assert (night2["COPPER"].verdict, night2["COPPER"].matches) == ("not_listed", ())


BOM = """sku,component,origin,value,currency,fx_rate,control_code,description
MAG-HI,,DE,1000,EUR,,,
MAG-HI,Dy NdFeB block,CN,50,USD,0.9,1C905.a.4,含镝的钕铁硼永磁材料
MAG-HI,steel housing,DE,200,EUR,,,steel housing
MAG-LO,,DE,100000,EUR,,,
MAG-LO,Dy NdFeB block,CN,50,EUR,,1C905.a.4,
MAG-LO,copper coil,CN,300,EUR,,,copper coil
MAG-NA,,DE,1000,EUR,,,
MAG-NA,Dy NdFeB block,,50,EUR,,1C905.a.4,
MAG-NA,Sm target,CN,20,USD,,,含钐的靶材
"""
MAGNET = "稀土永磁体（钕铁硼，含镝） rare-earth permanent magnet NdFeB with dysprosium"


@pytest.fixture(scope="module")
def value_rule(db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("bom")
    products = _csv(
        folder,
        "p.csv",
        "sku,description\n" + "".join(f"{s},{MAGNET}\n" for s in ("MAG-HI", "MAG-LO", "MAG-NA")),
    )
    bom = _csv(folder, "bom.csv", BOM)
    report = screen_files(db, products, bom_path=bom, as_of=dt.date(2026, 12, 1))
    return {v.key: v for v in report.verdicts}


def test_value_rule_above_threshold(value_rule: dict) -> None:
    (r,) = value_rule["MAG-HI"].rules
    assert (r.notice_id, r.rule_kind, r.verdict, r.threshold, r.currency) == (
        "MOFCOM-2025-61",
        "de_minimis_value",
        "applies",
        0.001,
        "EUR",
    )
    assert r.ratio == pytest.approx(0.045)  # 50 USD x 0.9 = 45 EUR of 1,000 EUR
    assert r.status == "in_force"
    counted = [c for c in r.components if c.counted]
    assert [(c.line, str(c.value)) for c in counted] == [(3, "45.0")]
    assert "1C905.a.4" in counted[0].why


def test_value_rule_below_threshold(value_rule: dict) -> None:
    (r,) = value_rule["MAG-LO"].rules
    assert (r.verdict, r.ratio) == ("below_threshold", pytest.approx(0.0005))
    # Copper is China-origin but no item of Part I: classified by its description, not counted.
    copper = next(c for c in r.components if c.component == "copper coil")
    assert copper.counted is False and copper.why == "its description names no item of the rule's list"


def test_value_rule_missing_data_is_never_guessed(value_rule: dict) -> None:
    (r,) = value_rule["MAG-NA"].rules
    assert (r.verdict, r.ratio) == ("insufficient_data", None)
    assert r.reason == (
        "missing: origin of Dy NdFeB block (line 9); an fx_rate from USD to EUR for Sm target (line 10)"
    )


def test_value_rule_status_on_a_suspended_date(db: Path, tmp_path: Path) -> None:
    products = _csv(tmp_path, "p.csv", f"sku,description\nMAG-HI,{MAGNET}\n")
    bom = _csv(tmp_path, "bom.csv", BOM)
    (v,) = screen_files(db, products, bom_path=bom, as_of=NIGHT2).verdicts
    (r,) = v.rules
    assert (r.verdict, r.status) == ("applies", "suspended")
    assert r.reason.endswith("; rule suspended by MOFCOM-2025-70 until 2026-11-10")


PARTIES = """party,name,country
C-1,"RAYTHEON MISSILES AND DEFENSE, INC.",US
C-2,雷神导弹与防务有限公司,US
C-3,Acme Trading GmbH,DE
C-4,,DE
"""


def test_counterparty_written_differently_is_listed(db: Path, tmp_path: Path) -> None:
    products = _csv(tmp_path, "p.csv", "sku,hs_code\nX,74081100\n")
    parties = _csv(tmp_path, "parties.csv", PARTIES)
    report = screen_files(db, products, parties_path=parties, as_of=NIGHT2)
    rows = {v.key: v for v in report.verdicts if v.kind == "party"}
    en, zh = rows["C-1"], rows["C-2"]
    assert (en.verdict, en.status, en.party_matches[0].status) == ("listed", "in_force", "listed")
    assert (en.party_matches[0].list, en.party_matches[0].listed_name, en.party_matches[0].notice_id) == (
        "control_list",
        "Raytheon Missiles & Defense",
        "MOFCOM-2025-1",
    )
    assert en.party_matches[0].score >= 95
    assert zh.verdict == "listed" and zh.party_matches[0].listed_name == "雷神导弹与防务公司"
    assert rows["C-3"].verdict == "not_listed"
    assert (rows["C-4"].verdict, rows["C-4"].error) == ("error", "name is empty")


# -- the command ---------------------------------------------------------------------------------


def test_cli_json_shape_and_exit_status(db: Path, tmp_path: Path) -> None:
    products = _csv(tmp_path, "p.csv", PRODUCTS)
    result = regwatch("screen", str(products), "--db", str(db), "--as-of", "2025-11-10", "--format", "json")
    assert result.returncode == 4, result.stderr
    rows = json.loads(result.stdout)
    assert [r["sku"] for r in rows] == [
        "SM-001",
        "GA-100",
        "MAG-7",
        "RE-2805",
        "DIA-J",
        "DIA-S",
        "BAD-1",
        "COPPER",
    ]
    first = rows[0]
    assert list(first)[:6] == ["sku", "verdict", "status", "matches", "rules", "error"]
    assert set(first["matches"][0]) >= {
        "notice_id",
        "entry_key",
        "control_code",
        "name_zh",
        "name_en",
        "basis",
        "status",
        "effective_on",
        "suspended_until",
        "quote_zh",
    }
    assert first["matches"][0]["quote_zh"] == "1. 金属钐(参考海关商品编号:2805301910)。"


def test_cli_exit_zero_when_nothing_is_listed(db: Path, tmp_path: Path) -> None:
    products = _csv(tmp_path, "p.csv", "sku,description,hs_code\nC,copper wire,74081100\n")
    result = regwatch("screen", str(products), "--db", str(db), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("product,C,2,not_listed,")


def test_cli_unreadable_file_exits_2_naming_it(db: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    result = regwatch("screen", str(missing), "--db", str(db))
    assert result.returncode == 2 and str(missing) in result.stderr
    headerless = _csv(tmp_path, "h.csv", "code,text\n1,2\n")
    result = regwatch("screen", str(headerless), "--db", str(db))
    assert (
        result.returncode == 2 and "lacks column(s) sku" in result.stderr and str(headerless) in result.stderr
    )
    result = regwatch("screen", str(headerless), "--db", str(db), "--as-of", "tomorrow")
    assert result.returncode == 2 and "--as-of" in result.stderr


def test_screen_writes_nothing_and_imports_no_dagster(db: Path, tmp_path: Path) -> None:
    before = db.stat().st_mtime_ns, db.read_bytes()
    products = _csv(tmp_path, "p.csv", PRODUCTS)
    code = (
        "import sys; from pipelines.cli import main; rc = main(['screen', sys.argv[1], '--db', sys.argv[2], "
        "'--format', 'json', '--out', sys.argv[3]]); "
        "assert 'dagster' not in sys.modules, 'dagster imported'; sys.exit(rc)"
    )
    out = tmp_path / "r.json"
    result = subprocess.run(
        [sys.executable, "-c", code, str(products), str(db), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 4, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))[0]["verdict"] == "listed"
    assert (db.stat().st_mtime_ns, db.read_bytes()) == before


def test_missing_warehouse_is_a_usage_error(tmp_path: Path) -> None:
    products, _ = parse_products(PRODUCTS.encode(), "p.csv")
    with pytest.raises(ScreenInputError, match="no warehouse"):
        screen_rows(tmp_path / "none.duckdb", products, as_of=NIGHT2)


def test_inputs_parse_bom_and_parties() -> None:
    bom, _ = parse_bom(BOM.encode(), "bom.csv")
    assert [r.is_finished_item for r in bom[:3]] == [True, False, False]
    parties, _ = parse_parties(PARTIES.encode(), "parties.csv")
    assert [p.error for p in parties] == [None, None, None, "name is empty"]


# -- the HTML report in a real browser ----------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) into RGB pixels."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6) and chunk[12] == 0
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels
    rows: list[bytearray] = []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    pixels = [(r[i], r[i + 1], r[i + 2]) for r in rows for i in range(0, stride, channels)]
    return width, height, pixels


def test_html_report_renders_in_headless_chromium(db: Path, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have Chromium (Debian package `chromium`, installed by .ci/run)")
        pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-cjk); CI runs this test")
    products = _csv(tmp_path, "p.csv", PRODUCTS)
    report = tmp_path / "report.html"
    result = regwatch(
        "screen",
        str(products),
        "--db",
        str(db),
        "--as-of",
        "2025-11-10",
        "--format",
        "html",
        "--out",
        str(report),
    )
    assert result.returncode == 4, result.stderr
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") >= 5 and 'data-state="suspended"' in html and 'data-state="in_force"' in html
    url = report.as_uri()
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=1200,1600",
        "--enable-logging=stderr",
        "--v=0",
    ]
    dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "Uncaught" not in dom.stderr, dom.stderr[-2000:]
    # The page's script ran to its end (no JS error) and counted the drawn timelines.
    assert f'data-rendered="{html.count("<svg")}"' in dom.stdout
    for text in ("Screening against China", "金属钐", "用于装饰或者首饰的培育钻石", "MOFCOM-2025-70"):
        assert text in dom.stdout
    shot = tmp_path / "shot.png"
    run = subprocess.run(
        [browser, *flags, f"--screenshot={shot}", url], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    ink = sum(1 for p in pixels if p != (255, 255, 255))
    assert ink > len(pixels) * 0.02, f"screenshot looks blank: {ink} non-white pixels"
    # The badges and timeline bars are drawn in their colours (in force red #c62828).
    assert sum(1 for p in pixels if p == (0xC6, 0x28, 0x28)) > 200


# -- the catalogue in the nightly run ------------------------------------------------------------

CATALOGUE = """sku,description,hs_code,control_code
MAG-7,钐钴永磁体 SmCo permanent magnets,,
DIA-S,人造金刚石单晶 synthetic diamond single crystal 200 μm,,1C914.b
COPPER,铜线 copper wire,74081100,
"""


def test_nightly_digest_opens_with_the_products_affected(tmp_path: Path) -> None:
    catalogue = _csv(tmp_path, "catalogue.csv", CATALOGUE)
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"}
    env["REGWATCH_CATALOGUE"] = str(catalogue)
    db = tmp_path / "regwatch-demo.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "catalogue: screened (list version 2)" in result.stdout
    assert "catalogue: screened (list version 3)" in result.stdout
    folder = tmp_path / "regwatch-demo-digests"
    # Night 2 (as of 2025-11-10) brings the goods changes; night 3 only entity lists.
    (night2_md,) = [
        p for p in folder.glob("digest-*.md") if "as of 2025-11-10" in p.read_text(encoding="utf-8")
    ]
    text = night2_md.read_text(encoding="utf-8")
    head = text.split("\n## ")[1]
    assert head.startswith("Your products affected")
    # No. 61 lists samarium-cobalt magnets again (suspended from the start); No. 70 suspends No. 55's diamond.
    mag, dia = head.split("\n- ")[1:3]
    assert mag.startswith("**MAG-7** 钐钴永磁体 SmCo permanent magnets — added: 钐钴永磁材料")
    assert "1C902.a.4, MOFCOM-2025-61; evidence: term, terms 永磁材料 magnet" in mag
    assert mag.endswith("verdict possible, status suspended")
    assert dia.startswith("**DIA-S**") and "— suspended: 人造金刚石单晶" in dia
    assert "MOFCOM-2025-55 by MOFCOM-2025-70; evidence: control\\_code, control code 1C914.b as listed" in dia
    assert "COPPER" not in head
    reports = list(folder.glob("catalogue-*.json"))
    assert len(reports) == 3  # screened every night: the list version moved each time
    rows = json.loads(sorted(reports, key=lambda p: p.stat().st_mtime)[-1].read_text(encoding="utf-8"))
    assert [r["verdict"] for r in rows] == ["possible", "listed", "not_listed"]
    data = json.loads(night2_md.with_suffix(".json").read_text(encoding="utf-8"))
    assert {a["sku"] for a in data["affected_products"]} == {"MAG-7", "DIA-S"}


def test_catalogue_setting_is_validated(tmp_path: Path) -> None:
    from pipelines.config import ConfigError, load_settings

    with pytest.raises(ConfigError, match="REGWATCH_CATALOGUE: cannot read"):
        load_settings({"REGWATCH_CATALOGUE": str(tmp_path / "missing.csv")})
    with pytest.raises(ConfigError, match=r"must be a \.csv or \.xlsx"):
        load_settings({"REGWATCH_CATALOGUE": str(_csv(tmp_path, "c.txt", "sku\n"))})
    good = _csv(tmp_path, "c.csv", "sku\nA\n")
    assert load_settings({"REGWATCH_CATALOGUE": str(good)}).catalogue == good


def test_a_subscription_naming_a_catalogue_gets_only_its_products_changes() -> None:
    from pipelines.alerts.digest import (
        AffectedProduct,
        Digest,
        DigestChange,
        filter_changes,
        load_subscriptions,
    )

    (sub,) = load_subscriptions('[[subscription]]\nname = "magnets"\ncatalogue = "magnets.csv"\n')
    assert sub.catalogue == "magnets.csv"

    def change(change_id: str, key: str) -> DigestChange:
        return DigestChange(
            change_id,
            "added",
            key,
            key,
            None,
            "item",
            None,
            None,
            (),
            "MOFCOM-2025-61",
            "n",
            "t",
            "",
            None,
            None,
            None,
            None,
            None,
            "q",
            None,
            {},
        )

    digest = Digest(
        generated_at=dt.datetime(2025, 11, 10, tzinfo=dt.UTC),
        as_of=NIGHT2,
        run_id="r",
        changes=(change("c1", "magnet"), change("c2", "target")),
        sources_checked_at=None,
        fetch_failures=(),
    )
    hit = AffectedProduct(
        "MAG-7",
        "SmCo",
        "possible",
        "c1",
        "added",
        "MOFCOM-2025-61",
        None,
        "magnet",
        "magnet",
        None,
        None,
        "term",
        "terms",
        "in_force",
    )
    filtered = filter_changes(digest, sub, (hit,))
    assert [c.change_id for c in filtered.changes] == ["c1"] and filtered.affected == (hit,)


README_PRODUCTS = """sku,description,hs_code,control_code
SM-001,金属钐 samarium metal 99.9%,,1C902.a.1
GA-100,Gallium metal ingots 6N,8112929090,
MAG-7,钐钴永磁体 SmCo permanent magnets,,
DIA-J,培育钻石（用于首饰） lab-grown diamonds for jewellery,,1C914.b
DIA-S,人造金刚石单晶 synthetic diamond single crystal 200 μm,,1C914.b
CU-9,铜线 copper wire,74081100,
BAD-1,copper,12345,
"""


def test_readme_shows_a_real_screening_run(demo_db: Path, tmp_path: Path) -> None:
    """Every line of the README's screening excerpt (except shortened ones) is printed by the real command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("$ regwatch screen products.csv", 1)[1].split("$ echo $?", 1)[0]
    expected = [line for line in block.splitlines()[2:] if line.strip() and "…" not in line]
    products = _csv(tmp_path, "products.csv", README_PRODUCTS)
    result = regwatch("screen", str(products), "--db", str(demo_db), "--as-of", "2025-11-10")
    assert result.returncode == 4
    printed = result.stdout.splitlines()
    missing = [line for line in expected if line not in printed]
    assert not missing, "README lines the command no longer prints:\n" + "\n".join(missing)
    assert len(expected) >= 15


def test_an_entry_whose_list_ended_does_not_count(db: Path, tmp_path: Path) -> None:
    """2023 No. 39's graphite items, as if a later notice had ended them on 2025-01-01."""
    copy = tmp_path / "repealed.duckdb"
    shutil.copyfile(db, copy)
    con = duckdb.connect(str(copy))
    try:
        con.execute(
            "UPDATE control_periods SET valid_to = DATE '2025-01-01' WHERE notice_id = 'MOFCOM-2023-39'"
        )
        hs = con.execute(
            "SELECT hs_codes[1] FROM control_entries WHERE notice_id = 'MOFCOM-2023-39' AND len(hs_codes) > 0"
        ).fetchone()
    finally:
        con.close()
    assert hs is not None
    path = _csv(tmp_path, "p.csv", f"sku,hs_code\nG,{hs[0]}\n")
    (v,) = screen_files(copy, path, as_of=NIGHT2).verdicts
    ended = [m for m in v.matches if m.notice_id == "MOFCOM-2023-39"]
    assert ended and all(m.status == "repealed" and not m.counts for m in ended)
    assert all(m.notice_id != "MOFCOM-2023-39" for m in v.matches if m.counts)
    (before,) = screen_files(copy, path, as_of=dt.date(2024, 6, 1)).verdicts
    assert any(m.notice_id == "MOFCOM-2023-39" and m.status == "in_force" for m in before.matches)


def test_screen_help_and_benchmark_smoke(db: Path, tmp_path: Path) -> None:
    result = regwatch("screen", "--help")
    assert result.returncode == 0 and "--bom" in result.stdout and "exit status" in result.stdout.lower()
    out = tmp_path / "bench.md"
    bench = subprocess.run(
        [sys.executable, "-m", "bench.screen", "--db", str(db), "--products", "300", "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert bench.returncode == 0, bench.stderr[-2000:]
    table = out.read_text(encoding="utf-8")
    for row in ("floor: DuckDB join on exact HS and code", "term matching alone", "whole screen, end to end"):
        assert row in table
