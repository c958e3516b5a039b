"""Synthetic MOFCOM-layout site for the benchmark, generated from the demo pages as templates.

`generate(root, n)` writes `root/night1/` with `n` notice pages under `/zwgk/zcfb/art/<year>/art_<hex>.html`
and a paginated 政策发布 listing (`index.html`, `index_1.html`, …, `rows_per_page` rows each, linked by
`下一页`), so `pipelines.sources.replay.ReplaySite(root)` serves it like the bundled demo.

Each notice is one of the demo's real-layout pages with deterministic substitutions:

* notice number and year (`商务部 海关总署公告<year>年第<n>号`), so every notice id is distinct;
* publication and effective dates (every printed form: 2025年10月09日, 2025年10月9日, 2025-10-09);
* control codes (`3B901.a.` → the same letters with shifted digits: keys stay unique across notices);
* HS codes (first four digits kept, the rest derived from the notice index);
* element characters in item names and categories (镓 → 钪铍 …: two or three pool characters per element,
  never reused), so code-less lists, keyed by category and name, get distinct keys too;
* the URL (a uuid hex derived from the index).

Output is a pure function of (n, seed): the same call writes byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

DEMO_ART = (
    Path(__file__).resolve().parents[1] / "pipelines" / "demo_site" / "night1" / "zwgk" / "zcfb" / "art"
)


@dataclass(frozen=True)
class Template:
    path: Path
    year: int
    number: int
    published: dt.date
    effective: dt.date
    elements: str  # element characters to substitute in names and categories
    leaves: int  # entries the demo's expected.json counts on the original page


TEMPLATES = (
    # 2025 No. 58: lithium batteries, cathodes, graphite anodes; codes everywhere (27 leaves).
    Template(
        DEMO_ART / "2025" / "art_22b9acc8348546318256d3abf1a72cd5.html",
        2025,
        58,
        dt.date(2025, 10, 9),
        dt.date(2025, 11, 8),
        "",
        27,
    ),
    # 2025 No. 57: Ho, Er, Tm, Eu, Yb; category lines carry codes, 8-digit 税则号列, a 【保留】 (32 leaves).
    Template(
        DEMO_ART / "2025" / "art_8aff7b019c3f4ab3b2e7f086b40f18b1.html",
        2025,
        57,
        dt.date(2025, 10, 9),
        dt.date(2025, 11, 8),
        "钬铒铥铕镱",
        32,
    ),
    # 2023 No. 23: gallium, germanium; half-width punctuation, no codes, three 10-digit HS codes each (14 leaves).
    Template(
        DEMO_ART / "2023" / "art_5595980d4a2040c8854039762a6d6a28.html",
        2023,
        23,
        dt.date(2023, 7, 3),
        dt.date(2023, 8, 1),
        "镓锗",
        14,
    ),
)

# Elements that appear nowhere else in the templates (铁镁镍铝锌砷铟硒锑 do, as alloy partners).
_POOL = "铍钪钛钒铬锰钴铜钇锆铌钼钌铑钯银镉锡碲铯钡镧铈镨钕钐钆铽镝镥铪钽钨铼锇铱铂铊铅铋钍铀锂钠钾钙锶铷"
_ALL_PRIMARIES = "".join(t.elements for t in TEMPLATES)
POOL = "".join(c for c in dict.fromkeys(_POOL) if c not in _ALL_PRIMARIES)

CODE_STRIDE = 5  # a template's codes span < 5 numbers (1C909..1C913): slots never share a code up to 2,000
PER_YEAR = 400  # notice numbers 1..400 per year, newest year first

_NUMBER_RE = re.compile(r"(\d{4})年第(\d+)号")
_DATE_ZH_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_DATE_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CODE_RE = re.compile(r"(?<![0-9A-Za-z])([0-9])([A-E])([0-9]{3})(?![0-9])")
_HS_RE = re.compile(r"(?<![0-9])([0-9]{4})([0-9]{4}|[0-9]{6})(?![0-9])")


@dataclass(frozen=True)
class Notice:
    index: int
    year: int
    number: int
    published: dt.date
    url_path: str
    title: str


def notice_slot(index: int) -> tuple[int, int, dt.date]:
    """(year, number, publication date) of the index-th newest notice."""
    year = 2025 - index // PER_YEAR
    number = PER_YEAR - index % PER_YEAR
    published = dt.date(year, 1, 1) + dt.timedelta(days=(number - 1) * 364 // PER_YEAR)
    return year, number, published


def _hexid(seed: str, index: int) -> str:
    return uuid.UUID(bytes=hashlib.sha256(f"{seed}:{index}".encode()).digest()[:16]).hex


def _element_name(j: int) -> str:
    """The j-th synthetic element name: two pool characters (three beyond len(POOL)**2), all distinct."""
    p = len(POOL)
    length = 2 if j < p * p else 3
    j = j if length == 2 else j - p * p
    chars = []
    for _ in range(length):
        chars.append(POOL[j % p])
        j //= p
    return "".join(chars)


def _elements_for(slot: int, k: int) -> list[str]:
    """k synthetic element names for the slot-th use of a template, never reused by another slot:
    categories of code-less lists (镓相关物项) are keys, so each notice needs its own."""
    return [_element_name(slot * k + position) for position in range(k)]


def render_notice(template: Template, html: str, index: int, slot: int, seed: str) -> tuple[str, Notice]:  # noqa: C901 — one substitution per kind of fact of a synthetic notice
    year, number, published = notice_slot(index)
    effective = published + dt.timedelta(days=30)
    dates = {template.published: published, template.effective: effective}

    def number_sub(m: re.Match[str]) -> str:
        if (int(m.group(1)), int(m.group(2))) == (template.year, template.number):
            return f"{year}年第{number}号"
        return m.group(0)

    def date_zh(m: re.Match[str]) -> str:
        try:
            old = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        new = dates.get(old)
        if new is None:
            return m.group(0)
        month = f"{new.month:02d}" if len(m.group(2)) == 2 else str(new.month)
        day = f"{new.day:02d}" if len(m.group(3)) == 2 else str(new.day)
        return f"{new.year}年{month}月{day}日"

    def date_iso(m: re.Match[str]) -> str:
        try:
            old = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        new = dates.get(old)
        return new.isoformat() if new else m.group(0)

    def code_sub(m: re.Match[str]) -> str:
        digits = int(m.group(3)) + slot * CODE_STRIDE
        head = (int(m.group(1)) + digits // 1000) % 10
        return f"{head}{m.group(2)}{digits % 1000:03d}"

    def hs_sub(m: re.Match[str]) -> str:
        tail = m.group(2)
        h = hashlib.sha256(f"{seed}:{index}:{m.group(0)}".encode()).hexdigest()
        return m.group(1) + str(int(h, 16) % 10 ** len(tail)).zfill(len(tail))

    # Dates first (the HS regex would otherwise see nothing of them: dates have separators).
    text = _NUMBER_RE.sub(number_sub, html)
    text = _DATE_ZH_RE.sub(date_zh, text)
    text = _DATE_ISO_RE.sub(date_iso, text)
    text = _CODE_RE.sub(code_sub, text)
    text = _HS_RE.sub(hs_sub, text)
    if template.elements:
        table = dict(
            zip(map(ord, template.elements), _elements_for(slot, len(template.elements)), strict=True)
        )
        text = text.translate(table)
    title = re.search(r'<meta name="ArticleTitle" content="([^"]*)"', text)
    assert title is not None
    url_path = f"/zwgk/zcfb/art/{year}/art_{_hexid(seed, index)}.html"
    return text, Notice(index, year, number, published, url_path, title.group(1))


def _listing_page(rows: list[Notice], page: int, last: bool) -> str:
    items = "\n".join(
        f'<li><em>【政策】</em><a href="{n.url_path}" title="{n.title}" target="_blank">{n.title[:24]}…</a>'
        f"<span>{n.published.isoformat()}</span></li>"
        for n in rows
    )
    nav = []
    if page > 0:
        nav.append(f'<a href="{"index.html" if page == 1 else f"index_{page - 1}.html"}">上一页</a>')
    if not last:
        nav.append(f'<a href="index_{page + 1}.html">下一页</a>')
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政策发布_中华人民共和国商务部</title></head>\n'
        '<body><div class="m-position">首页 &gt; 政务公开 &gt; 政策发布</div>\n'
        f'<ul class="policy-list f-mt20">\n{items}\n</ul>\n'
        f'<div class="m-page">{" ".join(nav)}</div>\n</body></html>\n'
    )


@dataclass(frozen=True)
class Site:
    root: Path  # holds night1/
    notices: list[Notice]
    listing_pages: int
    expected_entries: int  # sum of the templates' leaf counts

    @property
    def listing_path(self) -> str:
        return "/zwgk/zcfb/index.html"

    def html_files(self) -> list[Path]:
        return sorted((self.root / "night1").rglob("*.html"))

    def article_files(self) -> list[Path]:
        return [self.root / "night1" / n.url_path.lstrip("/") for n in self.notices]


def generate(root: Path, n: int, *, rows_per_page: int = 20, seed: str = "regwatch-bench") -> Site:
    """Write a night1/ site of n notices (newest first) under root."""
    night = Path(root) / "night1"
    sources = [t.path.read_text(encoding="utf-8") for t in TEMPLATES]
    notices: list[Notice] = []
    expected = 0
    for index in range(n):
        t = index % len(TEMPLATES)
        html, notice = render_notice(TEMPLATES[t], sources[t], index, index // len(TEMPLATES), seed)
        out = night / notice.url_path.lstrip("/")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
        notices.append(notice)
        expected += TEMPLATES[t].leaves
    listing = night / "zwgk" / "zcfb"
    listing.mkdir(parents=True, exist_ok=True)
    pages = max(1, -(-n // rows_per_page))
    for page in range(pages):
        rows = notices[page * rows_per_page : (page + 1) * rows_per_page]
        name = "index.html" if page == 0 else f"index_{page}.html"
        (listing / name).write_text(_listing_page(rows, page, page == pages - 1), encoding="utf-8")
    return Site(Path(root), notices, pages, expected)


if __name__ == "__main__":  # python -m bench.sitegen DIR N: write a site and check a few pages parse
    import sys

    from parsers.article import parse_notice
    from parsers.relations import extract_notice

    target, count = Path(sys.argv[1]), int(sys.argv[2])
    site = generate(target, count)
    for notice, path in list(zip(site.notices, site.article_files(), strict=True))[: min(count, 9)]:
        page = parse_notice(path.read_text(encoding="utf-8"), "http://127.0.0.1" + notice.url_path)
        ext = extract_notice(page)
        print(
            page.number.notice_id if page.number else None,
            page.published_on,
            page.effective_on,
            len(ext.entries),
            ext.kind,
            [e.control_code for e in ext.entries[:3]],
            [e.name_zh for e in ext.entries[:2]],
        )
    print(f"{count} notices, {site.listing_pages} listing pages, {site.expected_entries} expected entries")
