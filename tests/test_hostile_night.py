"""The eight attacks of issue 13, each replayed against a loopback server during a real night.

Night 1 of the bundled replay is the baseline; night 2 is served by `tests.faults.FaultServer` with
one attack in place, and the whole nightly run (`pipelines.steps.run_all`, or the `regwatch run`
command) goes through it. Each test asserts the bounded outcome the issue asks for:

1. nested markup: the run exits 0, the good notice (2025 No. 61) is alerted, the bad page is in
   `data_issues` with its URL and raw sha256, the asset check counts it, the digest banner names it;
2. compressed bodies: refused or cut at the cap, with peak memory under the cap plus a fixed margin;
3. slow headers: the exchange ends by its deadline;
4. mislabelled encodings: the text is right and the notice is stored;
5. allow-list gaps: the requests are refused (nothing reaches the other port);
6. Markdown digests and 7. CSV exports: the output is inert;
8. silent drops: item 1000 and after are entries.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests import faults as F

ROOT = Path(__file__).resolve().parents[1]
ART_70 = "/zwgk/zcfb/art/2025/art_3ba2c7c971c04391b9878d8736b852d9.html"  # new on night 2: No. 70
ART_72 = "/zwgk/zcfb/art/2025/art_737f2c9243634138bc205141adb1ac8d.html"  # new on night 2: No. 72
TITLE_61 = "商务部公告2025第61号 公布对境外相关稀土物项实施出口管制的决定"
MAX_BYTES = 20 * 1024 * 1024  # the default REGWATCH_MAX_BYTES
MEMORY_MARGIN = 2 * 1024 * 1024  # traced allocations beyond the cap: buffers, zlib state, one 64 KB step
RSS_MARGIN = 8 * 1024 * 1024  # peak resident growth beyond the cap: allocator and socket buffers
# Whole nights against the fault server (its own wall-clock cap is ten minutes): slow, with a limit above it.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    root = tmp_path_factory.mktemp("hostile-night")
    with F.FaultServer(max_seconds=600, max_requests=5000) as server:
        baseline = root / "baseline"
        baseline.mkdir()
        assert F.run_night(F.night_env(server, baseline, 1)).ok
        server.night = 2
        reference = root / "reference"
        F.copy_warehouse(baseline, reference)
        assert F.run_night(F.night_env(server, reference, 2)).ok
        yield {"server": server, "root": root, "baseline": baseline, "reference": reference}
        assert not server.exhausted


@pytest.fixture
def server(lab: dict[str, object]) -> Iterator[F.FaultServer]:
    srv = lab["server"]
    assert isinstance(srv, F.FaultServer)
    srv.clear()
    srv.pages.clear()
    yield srv
    srv.clear()
    srv.pages.clear()


def _workdir(lab: dict[str, object], name: str) -> Path:
    workdir = Path(str(lab["root"])) / name
    F.copy_warehouse(Path(str(lab["baseline"])), workdir)
    return workdir


def _query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _alerted_61(db: Path) -> int:
    return int(
        _query(
            db,
            "SELECT count(*) FROM changes WHERE notice_id = 'MOFCOM-2025-61' AND change_type = 'added' "
            "AND alert AND delivered_at IS NOT NULL",
        )[0][0]
    )


def _entries(db: Path, notice_id: str) -> list[tuple[object, ...]]:
    return _query(
        db,
        "SELECT e.path, e.name_zh, e.control_code, e.hs_codes FROM control_entries e JOIN notice_records n "
        "ON n.notice_id = e.notice_id AND n.current_version = e.version WHERE e.notice_id = ? ORDER BY 1",
        [notice_id],
    )


def _site(server: F.FaultServer, path: str) -> str:
    return F.site_file(server, path).decode("utf-8")


# --------------------------------------------------------------------------------------------------
# 1. Nested markup: one page never stops the night


def _nest(page: str, depth: int) -> str:
    opening = '<div ergodic="article" class="art-con art-con-bottonmLine">'
    start = page.index(opening) + len(opening)
    end = page.index('<div class="article-tool">')
    close = page.rindex("</div>", start, end)
    return page[:start] + "<div>" * depth + page[start:close] + "</div>" * depth + page[close:]


def test_nested_markup_is_isolated_and_the_night_goes_on(
    lab: dict[str, object], server: F.FaultServer
) -> None:
    workdir = _workdir(lab, "nested")
    # The 11 KB page of the report (1,000 nested <div>s) now parses; a 9 MB page of 800,000 still takes
    # far longer than its budget and is abandoned at it. (200,000, 2 MB, took 3.7 s of a 3-s budget on a
    # quick machine: too close to tell a slow parse from an abandoned one.)
    server.page(F.ART_61, _nest(_site(server, F.ART_61), 1_000))
    hostile = _nest(_site(server, ART_72), 800_000).encode("utf-8")
    server.page(ART_72, hostile)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REGWATCH_") and k != "DAGSTER_HOME"},
        **F.night_env(server, workdir, 2, REGWATCH_PARSE_BUDGET="3"),
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run"],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=300,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    db = workdir / "w.duckdb"
    run_id, status = _query(db, "SELECT run_id, status FROM runs ORDER BY started_at DESC LIMIT 1")[0]
    assert status == "succeeded"
    # The good notice, its markup nested 1,000 deep, is read as on an ordinary night and alerted.
    assert _entries(db, "MOFCOM-2025-61") == _entries(
        Path(str(lab["reference"])) / "w.duckdb", "MOFCOM-2025-61"
    )
    assert _alerted_61(db) == 6
    # The bad page is a data issue with its URL and the sha256 of its raw bytes.
    issues = _query(
        db,
        "SELECT url, sha256, severity, message FROM data_issues WHERE run_id = ? AND code = 'page_failed'",
        [run_id],
    )
    assert issues == [
        (
            server.url(ART_72),
            hashlib.sha256(hostile).hexdigest(),
            "error",
            "the page could not be parsed; the run went on: timeout: the parse ran past its budget of 3 s",
        )
    ], result.stdout[-3000:]
    assert not _query(db, "SELECT 1 FROM notice_records WHERE notice_id = 'MOFCOM-2025-72'")
    # The asset check counts it, and the digest's banner names it.
    from warehouse import checks

    con = duckdb.connect(str(db), read_only=True)
    try:
        outcome = checks.pages_parsed(con, str(run_id))
    finally:
        con.close()
    assert (outcome.passed, outcome.count) == (False, 1)
    assert outcome.description == "1 page(s) failed to parse in this run"
    digest = (workdir / "w-digests" / f"digest-{run_id}.md").read_text(encoding="utf-8")
    banner = digest.split("## ")[0]
    assert "WARNING: this digest may be incomplete" in banner
    assert f"page not parsed: `{server.url(ART_72)}`: the page could not be parsed" in banner
    F.record_figure(
        "fuzz",
        "nested markup: 1,000 nested <div>s parsed; 800,000 abandoned at the 3 s parse budget, run exit 0",
        inputs=2,
        survived=True,
        seconds=round(elapsed, 1),
    )


# --------------------------------------------------------------------------------------------------
# 2. Compressed bodies: the cap applies to the inflated bytes


DOUBLE_BOMB = ("gzip, gzip", lambda: F.gzip_layer(F.gzip_bomb(4096)))  # 4 GB in about 10 KB
SINGLE_BOMB = ("gzip", lambda: F.gzip_bomb(1024))  # 1 GB in about 1 MB


def test_compressed_bombs_are_refused_within_memory(lab: dict[str, object], server: F.FaultServer) -> None:
    workdir = _workdir(lab, "bombs")
    double, single = DOUBLE_BOMB[1](), SINGLE_BOMB[1]()
    server.route(ART_72, F.ok(double, headers={"Content-Encoding": DOUBLE_BOMB[0]}))
    server.route(ART_70, F.ok(single, headers={"Content-Encoding": SINGLE_BOMB[0]}))
    outcome = F.run_night(F.night_env(server, workdir, 2), fetcher_overrides={"max_retries": 0})
    assert outcome.ok, outcome.error
    db = workdir / "w.duckdb"
    issues = dict(
        _query(
            db,
            "SELECT url, message FROM data_issues WHERE run_id = ? AND code = 'fetch_failed'",
            [outcome.run_id],
        )
    )
    assert (
        issues[server.url(ART_72)] == "refused: 2 stacked Content-Encoding layers (gzip, gzip); one at most"
    )
    assert issues[server.url(ART_70)] == (
        f"too large: body exceeded max_bytes {MAX_BYTES} after gzip decoding while streaming"
    )
    assert _alerted_61(db) == 6
    # The same exchanges measured alone: traced allocations in this process, and the growth of the peak
    # resident set (VmHWM, reset just before the exchange) in a fresh one.
    for name, (encoding, build) in {"gzip, gzip (4 GB)": DOUBLE_BOMB, "gzip (1 GB)": SINGLE_BOMB}.items():
        body = build()
        server.route("/bomb", F.ok(body, headers={"Content-Encoding": encoding}))
        peak_traced, error = _traced_fetch(server, "/bomb")
        peak_rss, rss_error = _rss_fetch(server, "/bomb")
        assert error == rss_error and error is not None
        assert peak_traced < MAX_BYTES + MEMORY_MARGIN, f"{name}: {peak_traced / 2**20:.1f} MB traced"
        assert peak_rss < MAX_BYTES + RSS_MARGIN, f"{name}: RSS grew by {peak_rss / 2**20:.1f} MB"
        F.record_figure(
            "memory",
            f"Content-Encoding: {name}, {len(body):,} bytes on the wire",
            cap_mb=MAX_BYTES / 2**20,
            peak_traced_mb=round(peak_traced / 2**20, 2),
            rss_growth_mb=round(peak_rss / 2**20, 2),
            outcome=error,
        )


def _fetcher(server: F.FaultServer):  # type: ignore[no-untyped-def]
    from pipelines.sources.fetching import Fetcher, FetchSettings

    return Fetcher(
        FetchSettings(
            allowed_hosts=frozenset({server.host_port}), rate_limit=0, max_retries=0, max_bytes=MAX_BYTES
        )
    )


def _traced_fetch(server: F.FaultServer, path: str) -> tuple[int, str | None]:
    with _fetcher(server) as fetcher:
        fetcher.get(server.url("/zwgk/zcfb/index.html"))  # connections and buffers warmed first
        tracemalloc.start()
        try:
            result = fetcher.get(server.url(path))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return peak, result.error


_RSS_PROBE = """
import json, sys
from pathlib import Path
from pipelines.sources.fetching import Fetcher, FetchSettings

def status(field):
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith(field))
    return int(line.split()[1]) * 1024

fetcher = Fetcher(FetchSettings(allowed_hosts=frozenset({sys.argv[1]}), rate_limit=0, max_retries=0,
                                max_bytes=int(sys.argv[3])))
fetcher.get("http://" + sys.argv[1] + "/zwgk/zcfb/index.html")
Path("/proc/self/clear_refs").write_text("5")  # the peak (VmHWM) starts again from the current RSS
before = status("VmRSS:")
result = fetcher.get("http://" + sys.argv[1] + sys.argv[2])
print(json.dumps({"grown": status("VmHWM:") - before, "error": result.error}))
"""


def _rss_fetch(server: F.FaultServer, path: str) -> tuple[int, str | None]:
    probe = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, server.host_port, path, str(MAX_BYTES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    measured = json.loads(probe.stdout)
    return int(measured["grown"]), measured["error"]


# --------------------------------------------------------------------------------------------------
# 3. Slow headers: one deadline for the whole exchange


def test_headers_dripped_a_byte_at_a_time_end_by_the_deadline(
    lab: dict[str, object], server: F.FaultServer
) -> None:
    workdir = _workdir(lab, "drip")
    server.route(ART_72, F.drip_headers(0.05))
    deadline = 2.0
    outcome = F.run_night(
        F.night_env(server, workdir, 2),
        fetcher_overrides={"total_timeout": deadline, "read_timeout": 1.0, "max_retries": 1},
    )
    assert outcome.ok, outcome.error
    db = workdir / "w.duckdb"
    (error, attempts, elapsed_ms) = _query(
        db,
        "SELECT error, attempts, elapsed_ms FROM fetch_log WHERE run_id = ? AND url = ?",
        [outcome.run_id, server.url(ART_72)],
    )[0]
    assert "total deadline of the exchange exceeded" in str(error) and attempts == 2
    assert int(str(elapsed_ms)) < 2 * deadline * 1000 + 1500  # two attempts and one short backoff
    assert _alerted_61(db) == 6
    # One exchange alone, by the wall clock.
    from pipelines.sources.fetching import Fetcher, FetchSettings

    settings = FetchSettings(
        allowed_hosts=frozenset({server.host_port}),
        rate_limit=0,
        max_retries=0,
        read_timeout=1.0,
        total_timeout=deadline,
    )
    with Fetcher(settings) as fetcher:
        started = time.monotonic()
        result = fetcher.get(server.url(ART_72))
        seconds = time.monotonic() - started
    assert result.status is None and "total deadline" in (result.error or "")
    assert deadline - 0.1 <= seconds < deadline + 0.5, f"{seconds:.2f} s against a {deadline} s deadline"
    F.record_figure(
        "deadline",
        "headers dripped one byte every 50 ms (1 MB of them), read timeout 1 s",
        deadline_s=deadline,
        exchange_s=round(seconds, 2),
    )


# --------------------------------------------------------------------------------------------------
# 4. Mislabelled encodings: the bytes decide, the label is recorded


def test_mislabelled_pages_are_read_right_and_noted(lab: dict[str, object], server: F.FaultServer) -> None:
    workdir = _workdir(lab, "charsets")
    body_61, body_70 = F.site_file(server, F.ART_61), F.site_file(server, ART_70)
    assert b'<meta charset="utf-8">' in F.site_file(server, ART_72)
    gb_72 = _site(server, ART_72).encode("gb18030")  # still says <meta charset="utf-8">
    stray_57 = F.site_file(server, F.ART_57).replace("为".encode(), b"\xff" + "为".encode(), 1)
    server.route(F.ART_61, F.ok(body_61, "text/html; charset=ISO-8859-1"))
    server.route(ART_70, F.ok(body_70, "text/html; charset=GBK"))
    server.route(ART_72, F.ok(gb_72, "text/html"))
    server.route(F.ART_57, F.ok(stray_57, "text/html; charset=utf-8"))
    outcome = F.run_night(F.night_env(server, workdir, 2))
    assert outcome.ok, outcome.error
    db = workdir / "w.duckdb"
    reference = Path(str(lab["reference"])) / "w.duckdb"
    for notice_id in ("MOFCOM-2025-61", "MOFCOM-2025-70", "MOFCOM-2025-72", "MOFCOM-2025-57"):
        assert _entries(db, notice_id) == _entries(reference, notice_id), notice_id
        sql = "SELECT title_zh FROM notice_records WHERE notice_id = ?"
        assert _query(db, sql, [notice_id]) == _query(reference, sql, [notice_id])
    issues = {
        (url, code): message
        for url, code, message in _query(
            db, "SELECT url, code, message FROM data_issues WHERE run_id = ?", [outcome.run_id]
        )
    }
    assert issues[(server.url(F.ART_61), "charset_mislabelled")].startswith(
        "served as iso8859-1 but is utf-8: declared iso8859-1 (header), utf-8 (<meta>)"
    )
    assert issues[(server.url(ART_70), "charset_mislabelled")].startswith(
        "served as gb18030 but is utf-8: declared gb18030 (header), utf-8 (<meta>)"
    )
    assert issues[(server.url(ART_72), "charset_mislabelled")] == (
        "served as utf-8 but is gb18030: declared utf-8 (<meta>); decoded as gb18030, "
        "the bytes are valid GB18030"
    )
    assert issues[(server.url(F.ART_57), "decode_replacements")] == (
        "1 undecodable byte sequence(s) as utf-8 (header)"
    )
    assert _alerted_61(db) == 6
    F.record_figure(
        "fuzz", "mislabelled charsets (ISO-8859-1, GBK, <meta> utf-8, stray byte)", inputs=4, survived=True
    )


# --------------------------------------------------------------------------------------------------
# 5. The allow-list: other ports, bare host entries, names resolving to loopback


def test_allow_list_gaps_are_closed(lab: dict[str, object], server: F.FaultServer) -> None:
    workdir = _workdir(lab, "allow-list")
    with F.FaultServer(max_seconds=120) as other:
        other.route("/steal.html", F.ok("<p>internal</p>"))
        links = {
            f"http://127.0.0.1:{other.port}/steal.html": "refused: host 127.0.0.1 is a private, loopback",
            f"http://localhost:{other.port}/steal.html": f"refused: host localhost:{other.port} is not allowed (http)",
            "http://127.0.0.1/steal.html": "refused: host 127.0.0.1 is a private, loopback or link-local address",
            "http://localhost/steal.html": "refused: host localhost resolves to",
        }
        items = "".join(
            f'<li><a href="{url}" title="商务部公告2025年第9{i}号">商务部公告2025年第9{i}号</a><span>2025-11-0{i + 1}</span></li>'
            for i, url in enumerate(links)
        )
        listing = re.sub(
            r'<div class="m-page">.*?</div>', "", _site(server, "/zwgk/zcfb/index_1.html"), flags=re.S
        )
        server.page("/extra/links/index.html", listing.replace("</ul>", items + "</ul>"))
        # The operator allows the loopback demo by its exact host:port, and also names the bare hosts
        # (which must not switch off the private-address refusal, nor admit another port).
        env = F.night_env(
            server,
            workdir,
            2,
            REGWATCH_LISTING_URLS=f"{server.url(F.DEMO_LISTING)},{server.url('/extra/links/index.html')}",
            REGWATCH_ALLOWED_HOSTS=f"{server.host_port},127.0.0.1,localhost",
        )
        outcome = F.run_night(env)
        assert outcome.ok, outcome.error
        assert other.log == [], "a request reached the server on the other port"
    db = workdir / "w.duckdb"
    fetched = dict(_query(db, "SELECT url, error FROM fetch_log WHERE run_id = ?", [outcome.run_id]))
    for url, message in links.items():
        assert str(fetched[url]).startswith(message), (url, fetched[url])
    assert "127.0.0.1" in str(fetched["http://localhost/steal.html"])
    assert _alerted_61(db) == 6
    # Unset, the allow-list is the listing's origin: scheme, host and port, no private address.
    from pipelines.config import load_settings
    from pipelines.sources.netguard import AllowList, Refused

    settings = load_settings({"REGWATCH_LISTING_URLS": server.url(F.DEMO_LISTING)})
    assert settings.allowed_hosts == frozenset({f"http://{server.host_port}"})
    allow = AllowList(settings.allowed_hosts)
    with pytest.raises(Refused, match="private"):
        allow.check_url(server.url("/x.html"))
    with pytest.raises(Refused, match="private"):
        allow.check_url(f"http://127.0.0.1:{server.port + 1}/x.html")
    with pytest.raises(Refused, match="not allowed"):
        AllowList(frozenset({"http://www.mofcom.gov.cn:80"})).check_url("http://www.mofcom.gov.cn:8080/x")
    F.record_figure(
        "fuzz",
        "allow-list: other port, bare host entries, name resolving to loopback",
        inputs=5,
        survived=True,
    )


# --------------------------------------------------------------------------------------------------
# 6. Markdown digests and 7. CSV exports: the output is inert


ART_58 = "/zwgk/zcfb/art/2025/art_22b9acc8348546318256d3abf1a72cd5.html"  # known; suspended on night 2
HOSTILE_TITLES = {  # notices whose titles head a group of the night-2 digest
    F.ART_61: "---",
    F.ART_57: "1. 商务部 海关总署公告2025年第57号 见 http://evil.example/x 或 www.evil.example",
    ART_58: "- 商务部 海关总署公告2025年第58号 联系 evil@evil.example",
}


def _retitle(page: str, title: str) -> str:
    old = re.search(r'<meta name="ArticleTitle" content="([^"]*)">', page)
    assert old is not None
    return page.replace(old.group(1), html.escape(title))


def test_markdown_digest_is_inert(lab: dict[str, object], server: F.FaultServer) -> None:
    cmarkgfm = pytest.importorskip("cmarkgfm")
    workdir = _workdir(lab, "markdown")
    for path, title in HOSTILE_TITLES.items():
        page = _retitle(_site(server, path), title)
        if path == F.ART_61:
            page = page.replace(
                "钐钴永磁材料；", "钐钴永磁材料（详见 https://evil.example/a 和 www.evil.example）；", 1
            )
        server.page(path, page)
    outcome = F.run_night(F.night_env(server, workdir, 2))
    assert outcome.ok, outcome.error
    md = (workdir / "w-digests" / f"digest-{outcome.run_id}.md").read_text(encoding="utf-8")
    rendered = cmarkgfm.github_flavored_markdown_to_html(md)  # GitHub's renderer, autolinks on
    links = set(re.findall(r'<a href="([^"]*)"', rendered))
    assert links and all(link.startswith(server.base_url) for link in links), links
    assert "mailto:" not in rendered and "evil.example</a>" not in rendered
    assert rendered.count("<hr />") == 1  # the template's own rule above the footer
    assert "<ol" not in rendered
    # The titles head their notice's section as text: not a rule, a numbered list or a bullet.
    assert "<h3>MOFCOM 2025 No. 61 (6 items added) — ---</h3>" in rendered
    assert "<h3>MOFCOM–GACC 2025 No. 57 (1 entry changed) — 1. " in rendered
    assert "evil@evil.example</a>" not in rendered
    assert "<code>https://evil.example/a</code>" in rendered
    F.record_figure(
        "fuzz", "Markdown digest: titles ---, 1., - and bare URLs, www. and e-mail", inputs=5, survived=True
    )


FORMULAS = {
    "1. 1C902.a.4 钐钴永磁材料；": '1. 1C902.a.4 =HYPERLINK("http://evil.example","点击")；',
    "2. 1C904.a.4 含铽的钕铁硼永磁材料；": "2. 1C904.a.4 +cmd|' /C calc'!A0；",
    "3. 1C905.a.4 含镝的钕铁硼永磁材料；": "3. 1C905.a.4 -2+3+cmd|' /C calc'!A0；",
    "4. 1C902.a.3 含钐的靶材。": "4. 1C902.a.3 @SUM(1+1)*cmd|' /C calc'!A0。",
}


def test_csv_export_is_inert(lab: dict[str, object], server: F.FaultServer, tmp_path: Path) -> None:
    workdir = _workdir(lab, "csv")
    page = _site(server, F.ART_61)
    for old, new in FORMULAS.items():
        page = page.replace(old, html.escape(new, quote=False))
    server.page(F.ART_61, page)
    outcome = F.run_night(F.night_env(server, workdir, 2))
    assert outcome.ok, outcome.error
    from warehouse.export import export

    con = duckdb.connect(str(workdir / "w.duckdb"), read_only=True)
    try:
        written = export(con, tmp_path / "csv", "csv")
        export(con, tmp_path / "parquet", "parquet")
        stored = [
            r[0]
            for r in con.execute(
                "SELECT name_zh FROM control_entries WHERE notice_id = 'MOFCOM-2025-61'"
            ).fetchall()
        ]
    finally:
        con.close()
    formulas = [n for n in stored if n[:1] in "=+-@"]
    assert len(formulas) == 4  # stored verbatim
    cells = 0
    for path, _rows in written.values():
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    cells += 1
                    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (path.name, cell[:60])
    with open(written["control_entries"][0], newline="", encoding="utf-8") as handle:
        names = {row["name_zh"] for row in csv.DictReader(handle)}
    assert {"'" + n for n in formulas} <= names
    parquet = duckdb.sql(
        f"SELECT name_zh FROM read_parquet('{tmp_path / 'parquet' / 'control_entries.parquet'}')"
    ).fetchall()
    assert set(formulas) <= {r[0] for r in parquet}  # Parquet keeps the values as they are
    F.record_figure(
        "fuzz", f"CSV export: formula-prefixed names ({cells} cells checked)", inputs=4, survived=True
    )


# --------------------------------------------------------------------------------------------------
# 8. Silent drops: item numbers past 999


def test_item_numbers_past_999_are_kept(lab: dict[str, object], server: F.FaultServer) -> None:
    workdir = _workdir(lab, "long-list")
    page = _site(server, F.ART_61)
    first = page.index('<p style="text-indent: 2em;">1. 1C902.a.4')
    last = page.index('<p style="text-indent: 2em;">（二）')
    items = "".join(
        f'<p style="text-indent: 2em;">{n}. 1C902.a.4 钐钴永磁材料第{n}号；</p>\n' for n in range(1, 1003)
    )
    server.page(F.ART_61, page[:first] + items + page[last:])
    outcome = F.run_night(F.night_env(server, workdir, 2))
    assert outcome.ok, outcome.error
    entries = _entries(workdir / "w.duckdb", "MOFCOM-2025-61")
    listed = [e for e in entries if str(e[0]).startswith("二/(一)/")]
    assert len(listed) == 1002
    assert {str(e[0]) for e in listed} >= {"二/(一)/999", "二/(一)/1000", "二/(一)/1002"}
    by_path = {str(e[0]): e for e in listed}
    assert by_path["二/(一)/1001"][1:3] == ("钐钴永磁材料第1001号", "1C902.a.4")
    F.record_figure("fuzz", "a list of 1,002 numbered items", inputs=1, survived=True)
