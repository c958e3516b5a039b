"""Output that carries page text stays inert: Markdown (rendered by GitHub's own cmark-gfm, autolinks
on) shows the text and nothing else, and CSV cells never start a spreadsheet formula."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pytest

from pipelines.alerts.digest import md_escape
from warehouse.export import neutralize_formulas

cmarkgfm = pytest.importorskip("cmarkgfm")


def _html(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown).strip()


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("---", "<p>---</p>"),
        ("***", "<p>***</p>"),
        ("- 商务部公告", "<p>- 商务部公告</p>"),
        ("+ 商务部公告", "<p>+ 商务部公告</p>"),
        ("1. 商务部公告", "<p>1. 商务部公告</p>"),
        ("12) 商务部公告", "<p>12) 商务部公告</p>"),
        ("# 标题", "<p># 标题</p>"),
        ("> 引用", "<p>&gt; 引用</p>"),
        ("===", "<p>===</p>"),
        ("```", "<p>```</p>"),
        ("见 http://evil.example/x。", "<p>见 <code>http://evil.example/x</code>。</p>"),
        ("见https://evil.example/x?a=1&b=2", "<p>见<code>https://evil.example/x?a=1&amp;b=2</code></p>"),
        ("www.evil.example", "<p><code>www.evil.example</code></p>"),
        ("联系 a.b@evil.example。", "<p>联系 <code>a.b@evil.example</code>。</p>"),
        ("[点我](javascript:alert(1))", "<p>[点我](javascript:alert(1))</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("8505.1110, 8505.1190", "<p>8505.1110, 8505.1190</p>"),
        ("2025-11-10", "<p>2025-11-10</p>"),
        ("1C902.a.4 钐钴", "<p>1C902.a.4 钐钴</p>"),
    ],
)
def test_a_value_at_the_start_of_a_line_renders_as_its_text(text: str, html: str) -> None:
    assert _html(md_escape(text)) == html


def test_a_value_in_a_list_item_opens_no_nested_block() -> None:
    rendered = _html("- " + md_escape("- 1. http://evil.example"))
    assert rendered == "<ul>\n<li>- 1. <code>http://evil.example</code></li>\n</ul>"


def test_csv_formula_prefixes_are_neutralized(tmp_path: Path) -> None:
    con = duckdb.connect()
    relation = con.sql(
        "SELECT * FROM (VALUES ('=1+1', 1, ['=x'], DATE '2025-01-01'), ('+cmd', -2, [], NULL), "
        "('-2+3', 3, NULL, NULL), ('@SUM(1)', 4, NULL, NULL), (E'\\tx', 5, NULL, NULL), (E'\\rx', 6, NULL, NULL), "
        "('钐钴=1', 7, NULL, NULL), (NULL, 8, NULL, NULL)) t(name, n, codes, d)"
    )
    out = tmp_path / "t.csv"
    neutralize_formulas(relation).write_csv(str(out))
    with open(out, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["name", "n", "codes", "d"]
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'+cmd", "'-2+3", "'@SUM(1)", "'\tx", "'\rx", "钐钴=1", ""]
    assert [r[1] for r in rows[1:]] == ["1", "-2", "3", "4", "5", "6", "7", "8"]  # numbers stay numbers
    assert rows[1][2].startswith("[") and "=x" in rows[1][2] and rows[1][3] == "2025-01-01"


def test_markdown_escaping_is_linear_on_long_runs_of_address_characters() -> None:
    """A 200,000-character English name made of hyphenated words (what the glossary composes for a
    name of 20,000 repeated characters) once took minutes: the e-mail pattern rescanned the run from
    every position. The bound is 50× what a linear scan needs on a slow machine."""
    import time

    from pipelines.alerts.digest import md_escape

    value = "neodymium-" * 20_000
    started = time.perf_counter()
    escaped = md_escape(value)
    assert time.perf_counter() - started < 5
    assert escaped.startswith("neodymium-neodymium") and "`" not in escaped
    assert md_escape("write to evil@evil.example now") == "write to `evil@evil.example` now"
