"""The morning brief on the demo's nights: events first, a length budget, and real rendering.

Night 2 (the site as of 2025-11-10) is the hard case: No. 70 suspends six notices (73 entries), No. 61's
six items arrive already suspended, No. 57 is silently corrected. The brief must say so in three lines,
stay within 120 lines of Markdown and 40 KB of HTML, lose nothing from the full files (JSON, full HTML),
fit a 390 px phone in headless Chromium without horizontal scrolling, and fit an 80-column terminal.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import subprocess
from pathlib import Path

import duckdb
import pytest

from pipelines.alerts.brief import display_width
from tests.test_e2e import regwatch
from tests.test_screening import _chromium, _png_pixels

MD_LINES_BUDGET = 120
HTML_BYTES_BUDGET = 40 * 1024
SEVENTY = (
    "**MOFCOM–GACC 2025 No. 70** ([商务部 海关总署公告2025年第70号]({url})) suspends Nos. 55, 56, 57, 58, 61, 62 "
    "from 2025-11-07 until 2026-11-10 (73 entries)"
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    workdir = tmp_path_factory.mktemp("brief")
    db = workdir / "regwatch-demo.duckdb"
    result = regwatch("demo", "--db", str(db), cwd=workdir)
    assert result.returncode == 0, result.stderr[-3000:]
    folder = workdir / "regwatch-demo-digests"
    nights: dict[int, str] = {}
    for path in folder.glob("digest-*.json"):
        as_of = json.loads(path.read_text("utf-8"))["as_of"]
        nights[{"2025-10-10": 1, "2025-11-10": 2, "2025-11-20": 3}[as_of]] = path.name[7:-5]
    return {"db": db, "folder": folder, "runs": nights, "stdout": result.stdout}


def _file(demo: dict[str, object], night: int, suffix: str) -> str:
    runs = demo["runs"]
    assert isinstance(runs, dict)
    folder = demo["folder"]
    assert isinstance(folder, Path)
    return (folder / f"digest-{runs[night]}.{suffix}").read_text(encoding="utf-8")


def _events(markdown: str) -> list[str]:
    section = markdown.split("## What happened\n\n")[1].split("\n\n")[0]
    return section.splitlines()


def test_night2_opens_with_one_line_per_event(demo: dict[str, object]) -> None:
    md = _file(demo, 2, "md")
    head = md.split("## What happened")[0]
    assert "**6 newly controlled (6 suspended on arrival), 1 modified, 73 suspended**" in head
    events = _events(md)
    assert len(events) == 3
    seventy, sixty_one, fifty_seven = events
    url = re.search(r"\]\((http://127\.0\.0\.1:\d+/[^)]+)\)", seventy)
    assert url is not None
    assert seventy == "- " + SEVENTY.format(url=url.group(1))  # 73 entries, one line, the window
    assert sixty_one.startswith("- **MOFCOM 2025 No. 61** ([商务部公告2025年第61号](")
    assert sixty_one.endswith(
        ") adds 6 items, effective 2025-12-01, already suspended by No. 70 until 2026-11-10"
        " — **suspended on arrival**"
    )
    assert fifty_seven.endswith("changes 1 entry: thulium metal (金属铥), HS codes 28053091 → 28053019")
    # Nothing reads "newly controlled" without its qualifier.
    assert "newly controlled" not in md.replace("newly controlled (6 suspended on arrival)", "")


def test_night2_compact_tables_hold_every_entry_once(demo: dict[str, object]) -> None:
    md = _file(demo, 2, "md")
    sections = md.split("\n### ")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "MOFCOM–GACC 2025 No. 70 (73 entries suspended) — Announcement on suspending certain export control "
        "measures",
        "MOFCOM 2025 No. 61 (6 items added) — Decision to impose export controls on overseas rare-earth items",
        "MOFCOM–GACC 2025 No. 57 (1 entry changed) — Decision to impose export controls on certain items "
        "related to medium and heavy rare earths",
    ]
    rows = [
        [line for line in s.splitlines() if line.startswith("| ") and "---" not in line][1:] for s in sections
    ]
    assert [len(r) for r in rows] == [73, 6, 1]
    assert sections[0].splitlines()[2] == "| No. | English name | Chinese name | code | HS codes |"
    assert "| 57 | holmium metal | 金属钬 | 1C909.a | 28053019 |" in rows[0]
    assert "| samarium-cobalt permanent magnet materials | 钐钴永磁材料 | 1C902.a.4 |  |" in rows[1]
    assert "原文" not in md and "sha256" not in md  # the quote and hash live in the full files


def test_night2_length_budget_and_nothing_lost(demo: dict[str, object]) -> None:
    md, body = _file(demo, 2, "md"), _file(demo, 2, "html")
    assert len(md.splitlines()) <= MD_LINES_BUDGET
    assert len(body.encode("utf-8")) <= HTML_BYTES_BUDGET
    full, data = _file(demo, 2, "full.html"), json.loads(_file(demo, 2, "json"))
    runs = demo["runs"]
    assert isinstance(runs, dict)
    with duckdb.connect(str(demo["db"]), read_only=True) as con:
        night = con.execute(
            "SELECT c.change_id, e.quote_zh FROM changes c JOIN notices n ON n.notice_id = c.notice_id "
            "JOIN control_entries e ON e.notice_id = c.notice_id AND e.version = n.version "
            "AND e.entry_key = c.entry_key WHERE c.run_id = ? AND c.alert",
            [runs[2]],
        ).fetchall()
    assert len(night) == 80
    in_json = {c["change_id"] for c in data["changes"]}
    in_events = {i for e in data["events"] for i in e["change_ids"]}
    for change_id, quote in night:
        assert change_id in in_json and change_id in in_events
        assert f'id="change-{change_id}"' in full
        assert html_lib.escape(quote, quote=True) in full
    assert full.count("archive sha256:") == 80
    assert len(full.encode("utf-8")) > 2 * len(body.encode("utf-8"))  # the detail went to the full file


def test_english_titles_for_every_notice_of_the_demo(demo: dict[str, object]) -> None:
    with duckdb.connect(str(demo["db"]), read_only=True) as con:
        notices = con.execute(
            "SELECT notice_id, number_en, title_en, title_en_complete FROM notices ORDER BY notice_id"
        ).fetchall()
        gaps = con.execute(
            "SELECT notice_id, message FROM data_issues WHERE code = 'title_en_partial' ORDER BY notice_id"
        ).fetchall()
    assert len(notices) == 21 and all(number and title for _, number, title, _ in notices)
    titles = {notice_id: title for notice_id, _, title, _ in notices}
    assert titles["MOFCOM-2025-70"] == "Announcement on suspending certain export control measures"
    assert titles["MOFCOM-2025-72"] == "Announcement on suspending paragraph 2 of MOFCOM 2024 No. 46"
    assert titles["UEL-2025-3"] == "Announcement on adding 4 US entities to the Unreliable Entity List"
    incomplete = sorted(notice_id for notice_id, _, _, complete in notices if not complete)
    # Three titles name a document by its Chinese title: kept in Chinese, and each gap is on record.
    assert incomplete == ["MOFCOM-2023-15", "MOFCOM-2024-40", "MOFCOM-ORDER-2025-2"]
    assert [g[0] for g in gaps] == incomplete and all("《" in g[1] for g in gaps)
    # Every notice the digests name carries its English title in the full file and its JSON.
    full = _file(demo, 2, "full.html")
    assert "Decision to impose export controls on overseas rare-earth items" in full


README = Path(__file__).resolve().parents[1] / "README.md"


def _unvarying(line: str) -> str:
    """A brief's line without what changes from run to run: the replay's port, the run and its time."""
    line = re.sub(r"\]\(http://127\.0\.0\.1:\d+/[^)]*\)", "](URL)", line)
    return re.sub(r"generated \S+ \S+ UTC, run \S+", "generated …, run …", line)


def test_readme_shows_the_first_screen_of_night2(demo: dict[str, object]) -> None:
    readme = README.read_text(encoding="utf-8")
    section = readme.split("### The morning brief\n")[1].split("\n## Commands\n")[0]
    claimed = re.search(r"`regwatch-demo-digests/digest-<run>\.md`, (\d+) lines\)", section)
    assert claimed is not None
    md = _file(demo, 2, "md")
    assert int(claimed.group(1)) == len(md.splitlines())
    shown = [_unvarying(line) for line in section.split("```\n")[1].splitlines() if line != "…"]
    brief = [_unvarying(line) for line in md.splitlines()]
    assert len(shown) >= 12 and shown[:8] == brief[:8]  # the heading, the counts, the three events
    positions = [brief.index(line) for line in shown if line]  # each line shown is the brief's, in order
    assert positions == sorted(positions)
    picture = README.parent / "docs" / "brief-phone.png"
    assert "(docs/brief-phone.png)" in section and "scripts/brief_screenshot.py" in section
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and picture.stat().st_size < 200 * 1024


def test_night3_party_events(demo: dict[str, object]) -> None:
    events = [re.sub(r"\(\[[^]]+\]\([^)]+\)\) ", "", e) for e in _events(_file(demo, 3, "md"))]
    assert len(events) == 2
    assert events[0].startswith(
        "- **MOFCOM 2025 No. 1** adds 28 US entities to the export control list, from 2025-01-02; measures: "
    )
    assert events[1].startswith(
        "- **UEL Working Mechanism 2025 No. 3** adds 4 US entities to the Unreliable Entity List, "
        "from 2025-01-15; measures: "
    )
    stdout = demo["stdout"]
    assert isinstance(stdout, str) and "What happened (the digest's first lines):" in stdout


def test_text_brief_fits_an_80_column_terminal(demo: dict[str, object]) -> None:
    for night in (2, 3):
        text = _file(demo, night, "txt")
        for line in text.splitlines():
            if line.strip().startswith("http://"):
                continue  # a link stays whole so the terminal can open it
            assert display_width(line) <= 80, line
    text = _file(demo, 2, "txt")
    assert "== What happened ==" in text.split("\n\n")[1]
    assert "(73 entries)" in text and "suspended on arrival" in text


# -- real rendering ------------------------------------------------------------------------------


def _probe(html: str, width: int) -> str:
    """A page that shows `html` in a frame `width` CSS pixels wide (a phone's layout viewport) and
    records what overflowed it. Headless Chromium will not make a window narrower than 500 px."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;">
<iframe id="brief" width="{width}" height="1400" style="border:0;display:block;"></iframe>
<script>
const frame = document.getElementById("brief");
frame.onload = () => {{
  const doc = frame.contentDocument, root = doc.documentElement, limit = root.clientWidth;
  const over = [...doc.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > limit + 0.5)
    .map((e) => e.tagName + ": " + (e.textContent || "").trim().slice(0, 60));
  document.body.setAttribute("data-probe", JSON.stringify({{
    scrollWidth: root.scrollWidth, clientWidth: limit, height: root.scrollHeight, over: over.slice(0, 5),
    overflowing: over.length, tables: doc.querySelectorAll("table").length,
  }}));
}};
frame.srcdoc = {json.dumps(html)};
</script></body></html>"""


def _render(browser: str, page: Path, window: int, *extra: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        f"--window-size={window},1400",
    ]
    return subprocess.run(
        [browser, *flags, "--virtual-time-budget=10000", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
    )


def _measure(browser: str, html: str, width: int, tmp_path: Path) -> dict[str, object]:
    page = tmp_path / f"probe-{width}.html"
    page.write_text(_probe(html, width), encoding="utf-8")
    run = _render(browser, page, max(width, 500), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'data-probe="([^"]*)"', run.stdout)
    assert found, run.stdout[-2000:]
    result: dict[str, object] = json.loads(html_lib.unescape(found.group(1)))
    return result


@pytest.fixture(scope="module")
def browser() -> str:
    found = _chromium()
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have Chromium (Debian package `chromium`, installed by .ci/run)")
        pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-cjk); CI runs this test")
    return found


def test_the_probe_sees_an_overflow(browser: str, tmp_path: Path) -> None:
    """The check below can fail: a 600 px table in a 390 px frame is caught."""
    wide = '<html><body><table style="width:600px"><tr><td>x</td></tr></table></body></html>'
    probe = _measure(browser, wide, 390, tmp_path)
    assert probe["scrollWidth"] == 600 + 8 and probe["overflowing"] >= 3  # body margin 8; table, tr, td


@pytest.mark.parametrize("width", [390, 1280])
def test_html_brief_fits_phone_and_desktop_in_chromium(
    demo: dict[str, object], browser: str, tmp_path: Path, width: int
) -> None:
    body = _file(demo, 2, "html")
    probe = _measure(browser, body, width, tmp_path)
    assert probe["clientWidth"] == width and probe["tables"] == 3
    assert probe["scrollWidth"] == width, probe  # no horizontal scroll
    assert probe["overflowing"] == 0, probe["over"]
    # A screenshot of the first screen: drawn, with Chinese glyphs and the tables' header shading.
    page = tmp_path / f"shot-{width}.html"
    page.write_text(_probe(body, width), encoding="utf-8")
    shot = tmp_path / f"brief-{width}.png"
    run = _render(browser, page, max(width, 500), f"--screenshot={shot}")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    shot_width, height, pixels = _png_pixels(shot.read_bytes())
    assert (shot_width, height) == (max(width, 500), 1400)
    ink = sum(1 for p in pixels if p != (255, 255, 255))
    assert ink > len(pixels) * 0.03, f"screenshot looks blank: {ink} non-white pixels"
    assert sum(1 for p in pixels if p == (0xE9, 0xEC, 0xEF)) > 500  # the table header row
    outside = [p for i, p in enumerate(pixels) if i % shot_width >= width]
    assert all(p == (255, 255, 255) for p in outside)  # nothing drawn beside the frame
