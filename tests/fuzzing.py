"""Fuzzing of every parser and of the page decoder: mutations of real pages, plus hypothesis.

Each target takes hostile input the way the pipeline would hand it over and may only answer with a
result or `ParseError` ("this is not something I can read"). Anything else escaping it is a crash;
an input still running after `budget` seconds is a hang (stopped by `pipelines.run.isolation`, which the
nightly run also puts around every page).

Inputs come from two engines:
- mutation: a real page of `tests/fixtures` or of the bundled replay (`pipelines/demo_site`), with
  1–8 byte- or text-level mutations stacked (flips, splices, truncation, duplicated ranges, deep
  nesting, hostile tokens: stray bytes, BOMs, charset labels, outline markers, huge numbers);
- hypothesis: generated inputs from a domain alphabet (MOFCOM's markers, numerals, codes, dates) or
  raw bytes, with shrinking off (a crash is recorded, not minimised, so the run goes on).

`run(target, inputs, seed)` returns a `TargetReport`; `scripts/fuzz.py` runs every target and prints
the table; `tests/test_fuzz.py` runs a few hundred per target in CI.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import hashlib
import io
import json
import os
import pickle
import random
import time
import traceback
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from parsers.model import NoticePage, ParseError
from tests.test_attachments import _pdf as hand_made_pdf

ROOT = Path(__file__).resolve().parents[1]
PAGE_DIRS = (ROOT / "tests" / "fixtures" / "pages", ROOT / "pipelines" / "demo_site")
LISTING_DIR = ROOT / "tests" / "fixtures" / "listing"
BUDGET_SECONDS = 10.0
HYPOTHESIS_SHARE = 0.3  # of each target's inputs; the rest are mutations of real pages

HOSTILE_TOKENS: tuple[bytes, ...] = (
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\x00",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    b"<meta charset=gbk>",
    b'<meta charset="utf-16">',
    b"<meta http-equiv='Content-Type' content='text/html; charset=base64'>",
    b"<div>" * 300,
    b"</div>" * 300,
    b"<p>",
    b"<br>",
    b"<table><tr><td>",
    b"<![CDATA[",
    b"<!--",
    b"-->",
    b"<script>",
    b"&#0;",
    b"&#x110000;",
    b"&amp;&lt;",
    "（一）".encode(),
    "一、".encode(),
    b"1000. ",
    b"99999999999. ",
    b"a. ",
    "①".encode(),
    b"1.1.1 ",
    "【保留】".encode(),
    "（参考海关商品编号：2805301910、）".encode(),
    "（管制编码：1C902.a）".encode(),
    b"1C902.a.4.b.c.d.e ",
    "商务部 海关总署公告2025年第99999999999号".encode(),
    "自2025年13月45日起正式实施".encode(),
    "自即日起至0000年0月0日暂停实施".encode(),
    "第二款".encode(),
    "具有以下所有特性的".encode(),
    "：".encode(),
    "\u202e".encode(),
    "\U0010ffff".encode(),
    "〔2025〕9号".encode(),
    b'{"pageInfo": {"rows": [], "maxPageNum": 1e309}}',
    b'"url": null',
    b"PK\x03\x04",
    b"%PDF-1.7",
    b"/Length 999999999",
    b"stream\nendstream",
)
TEXT_TOKENS = (
    *tuple(t.decode("utf-8", "replace") for t in HOSTILE_TOKENS),
    "\n",
    "\n\n",
    "二、",
    "（二）",
    "(1)",
    "1)",
    "b．",
    "2B902.c.",
    "；",
    "。",
    "（",
    "）",
    "本公告自2025年12月1日起正式实施。",
    "暂停实施商务部公告2025年第61号、62号",
    "废止",
    "共计1200项",
    "x" * 5000,
    "钕" * 2000,
)


# --------------------------------------------------------------------------------------------------
# Seeds


@functools.cache
def page_seeds() -> tuple[bytes, ...]:
    files = sorted(p for d in PAGE_DIRS for p in d.rglob("*.html") if "index" not in p.name)
    return tuple(p.read_bytes() for p in files)


@functools.cache
def listing_seeds() -> tuple[tuple[str, bytes, str], ...]:
    """(kind, body, url) of every listing fixture and replay listing."""
    seeds: list[tuple[str, bytes, str]] = []
    html_files = [*LISTING_DIR.glob("*.html"), *(ROOT / "pipelines" / "demo_site").rglob("index*.html")]
    html_files.append(ROOT / "tests" / "fixtures" / "pages" / "listing_static.html")
    for path in sorted(html_files):
        seeds.append(("html", path.read_bytes(), "https://www.mofcom.gov.cn/zwgk/zcfb/index.html"))
    for path in sorted(
        [*LISTING_DIR.glob("*.json"), *(ROOT / "tests" / "fixtures" / "pages").glob("*.json")]
    ):
        data = path.read_bytes()
        kind = "exportcontrol_api" if b"pageInfo" in data else "unit_api"
        url = (
            "https://exportcontrol.mofcom.gov.cn/edi_ecms_web_front/front/column/getColumnList"
            if kind == "exportcontrol_api"
            else "https://www.mofcom.gov.cn/api-gateway/jpaas-publish-server/front/page/build/unit?"
            'parseType=bulidstatic&pageId=x&paramJson={"pageNo":2,"pageSize":15}'
        )
        seeds.append((kind, data, url))
    return tuple(seeds)


@functools.cache
def notice_seeds() -> tuple[NoticePage, ...]:
    from parsers.article import parse_notice
    from parsers.decoding import decode_html

    pages = []
    for raw in page_seeds():
        try:
            pages.append(parse_notice(decode_html(raw, None).text, "https://www.mofcom.gov.cn/art/x.html"))
        except ParseError:
            continue
    return tuple(pages)


def body_seeds() -> tuple[str, ...]:
    return tuple(p.body for p in notice_seeds())


def _docx(lines: list[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    xml = f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{ns}'><w:body>{body}</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", xml.encode("utf-8"))
    return buffer.getvalue()


def _xlsx(lines: list[str]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in lines:
        sheet.append(line.split(" ", 1))  # type: ignore[union-attr]
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _pdf(lines: list[str]) -> bytes:
    # Unencodable characters become '?': the fuzzer feeds any text.
    return hand_made_pdf(lines)


@functools.cache
def attachment_seeds() -> tuple[tuple[str, bytes], ...]:
    lines = [line for body in body_seeds()[:3] for line in body.split("\n")][:40]
    ascii_lines = ["1. 1C902.a.4 SmCo magnets;", "2. 1C904.a.4 NdFeB (HS 8505111000);", "(1) targets."]
    return (
        ("https://www.mofcom.gov.cn/cms_files/a.docx", _docx(lines)),
        ("https://www.mofcom.gov.cn/cms_files/a.xlsx", _xlsx(lines[:15])),
        ("https://www.mofcom.gov.cn/cms_files/a.pdf", _pdf(ascii_lines)),
        ("https://www.mofcom.gov.cn/cms_files/a.txt", "\n".join(lines).encode("utf-8")),
    )


# --------------------------------------------------------------------------------------------------
# Mutations


def mutate_bytes(rng: random.Random, data: bytes, corpus: tuple[bytes, ...]) -> bytes:  # noqa: C901 — one case per mutation the fuzzer applies
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        n = len(out)
        op = rng.randrange(9)
        if op == 0 and n:  # flip bits of one byte
            out[rng.randrange(n)] ^= 1 << rng.randrange(8)
        elif op == 1 and n:  # set a byte
            out[rng.randrange(n)] = rng.randrange(256)
        elif op == 2:  # insert random bytes
            at = rng.randint(0, n)
            out[at:at] = rng.randbytes(rng.randint(1, 16))
        elif op == 3 and n:  # delete a range
            a = rng.randrange(n)
            del out[a : a + rng.randint(1, max(1, n // 8))]
        elif op == 4 and n:  # duplicate a range
            a = rng.randrange(n)
            b = min(n, a + rng.randint(1, 2048))
            out[b:b] = out[a:b] * rng.randint(1, 4)
        elif op == 5 and n:  # truncate
            del out[rng.randrange(n) :]
        elif op == 6 and corpus:  # splice another seed
            other = rng.choice(corpus)
            if other:
                a = rng.randrange(len(other))
                at = rng.randint(0, n)
                out[at:at] = other[a : a + rng.randint(1, 4096)]
        elif op == 7:  # a hostile token
            at = rng.randint(0, n)
            out[at:at] = rng.choice(HOSTILE_TOKENS) * rng.choice((1, 1, 1, 3, 50))
        elif op == 8 and n:  # swap two ranges
            a, b = sorted(rng.randrange(n) for _ in range(2))
            size = rng.randint(1, 512)
            first, second = bytes(out[a : a + size]), bytes(out[b : b + size])
            out[b : b + size], out[a : a + size] = first, second
    return bytes(out)


def mutate_text(rng: random.Random, text: str, corpus: tuple[str, ...]) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(8)
        if op == 0 and lines:  # drop a line
            del lines[rng.randrange(len(lines))]
        elif op == 1 and lines:  # duplicate a line
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.randint(1, 3)
        elif op == 2 and len(lines) > 1:  # swap lines
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and lines:  # insert a token inside a line
            i = rng.randrange(len(lines))
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at] + rng.choice(TEXT_TOKENS) + lines[i][at:]
        elif op == 4 and lines:  # cut a line
            i = rng.randrange(len(lines))
            lines[i] = lines[i][: rng.randint(0, len(lines[i]))]
        elif op == 5 and corpus:  # a line of another notice
            other = rng.choice(corpus).split("\n")
            lines.insert(rng.randint(0, len(lines)), rng.choice(other))
        elif op == 6 and lines:  # random code points
            i = rng.randrange(len(lines))
            noise = "".join(
                chr(rng.choice((rng.randrange(32, 0x3000), rng.randrange(0x4E00, 0x9FFF))))
                for _ in range(rng.randint(1, 12))
            )
            lines[i] += noise
        elif op == 7:  # a long numbered run
            start = rng.choice((1, 998, 9998))
            lines += [f"{n}. 测试物项{n}；" for n in range(start, start + rng.randint(1, 30))]
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Targets


@dataclass(frozen=True)
class Target:
    name: str
    mutated: Callable[[random.Random], object]  # one mutated input
    generated: Callable[[], object]  # a hypothesis strategy
    call: Callable[[object], object]
    expected: tuple[type[BaseException], ...] = (ParseError,)


def _decoder_input(rng: random.Random) -> tuple[bytes, str | None]:
    raw = mutate_bytes(rng, rng.choice(page_seeds()), page_seeds())
    if rng.random() < 0.3:
        with contextlib.suppress(LookupError, UnicodeError):
            raw = raw.decode("utf-8", "replace").encode(
                rng.choice(("gb18030", "utf-16", "big5", "latin-1")), "replace"
            )
    label = rng.choice(
        (None, "utf-8", "gbk", "ISO-8859-1", "utf-16", "x-unknown", "base64", "gb18030", "\x00")
    )
    return raw, (None if label is None else f"text/html; charset={label}")


def _decode(value: object) -> object:
    from parsers.decoding import decode_html, decode_json

    raw, content_type = value  # type: ignore[misc]
    decoded = decode_html(raw, content_type)
    assert isinstance(decoded.text, str)
    with contextlib.suppress(ParseError):
        decode_json(raw, content_type)
    return decoded


def _listing_input(rng: random.Random) -> tuple[str, bytes, str | None, str]:
    kind, body, url = rng.choice(listing_seeds())
    return (
        kind,
        mutate_bytes(rng, body, tuple(s[1] for s in listing_seeds())),
        rng.choice((None, "text/html; charset=utf-8", "application/json")),
        url,
    )


def _listing(value: object) -> object:
    from parsers.listing import page_url, parse_listing

    kind, body, content_type, url = value  # type: ignore[misc]
    page = parse_listing(kind, body, content_type, url)
    if kind != "html":
        page_url(url, kind, (page.page_no or 1) + 1)
    return page


def _article_input(rng: random.Random) -> str:
    from parsers.decoding import decode_html

    raw = mutate_bytes(rng, rng.choice(page_seeds()), page_seeds())
    return decode_html(raw, None).text


def _article(value: object) -> object:
    from parsers.article import attachment_urls, parse_notice

    attachment_urls(str(value), "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_x.html")
    return parse_notice(str(value), "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_x.html")


def _text_input(rng: random.Random) -> str:
    return mutate_text(rng, rng.choice(body_seeds()), body_seeds())


def _entries(value: object) -> object:
    from parsers.entries import extract_entries

    result = extract_entries(str(value), "商务部公告2025年第61号 关于对钐钴等物项实施出口管制的公告")
    for entry in result.entries:
        assert entry.name_zh and 0 <= entry.span[0] <= entry.span[1] <= len(str(value))
    return result


def _numbers(value: object) -> object:
    from parsers.numbers import parse_clause_effective, parse_date, parse_effective, parse_notice_number

    text = str(value)
    for line in [*text.split("\n")[:50], text]:
        parse_notice_number(line)
        parse_date(line)
    parse_effective(text, dt.date(2025, 10, 9))
    parse_effective(text, None)
    return parse_clause_effective(text)


def _relations(value: object) -> object:
    import dataclasses

    from parsers.keys import content_fingerprint, entry_keys
    from parsers.relations import extract_notice

    seed = notice_seeds()[zlib.crc32(str(value)[:64].encode("utf-8", "replace")) % len(notice_seeds())]
    page = dataclasses.replace(seed, body=str(value))
    extraction = extract_notice(page, {"https://www.mofcom.gov.cn/att/a.pdf": str(value)[::-1]})
    entry_keys(extraction.entries)
    content_fingerprint(page.number.number_zh if page.number else "", page.body)
    return extraction


def _attachment_input(rng: random.Random) -> tuple[str, bytes]:
    url, data = rng.choice(attachment_seeds())
    return url, mutate_bytes(rng, data, tuple(d for _, d in attachment_seeds()))


def _attachment(value: object) -> object:
    from parsers.attachments import attachment_text

    url, data = value  # type: ignore[misc]
    return attachment_text(url, data)


# Hypothesis strategies (imported lazily: the nightly run never needs hypothesis)


def _alphabet():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    pieces = list(
        "0123456789.．、（）()：:；;，,。 \n一二三四五六七八九十百零〇abcdeABCDE年月日号第条款项至起【】"
    )
    pieces += [
        "商务部",
        "海关总署",
        "公告",
        "令",
        "暂停实施",
        "废止",
        "自即日起",
        "正式实施",
        "参考海关商品编号",
        "管制编码",
        "1C902",
        "钐钴",
        "具有以下所有特性的",
        "以下物项",
    ]
    return st.lists(st.sampled_from(pieces), max_size=300).map("".join)


def _gen_bytes():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    return st.one_of(
        st.binary(max_size=4000),
        _alphabet().map(lambda s: s.encode("utf-8")),
        _alphabet().map(lambda s: s.encode("gb18030")),
        st.tuples(st.sampled_from(HOSTILE_TOKENS), st.binary(max_size=200)).map(lambda t: t[0] + t[1]),
    )


def _gen_html():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    tags = st.sampled_from(
        [
            "<div class='art-con'>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<a href='x.pdf'>",
            "</a>",
            "<table><tr><td>",
            "<meta name='ArticleTitle' content='",
            "'>",
            "<title>",
            "</title>",
            "<div ergodic=article>",
            "【发布文号】",
            "<script>var title = '",
        ]
    )
    return st.lists(st.one_of(tags, _alphabet()), max_size=80).map("".join)


def _content_types():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    return st.one_of(
        st.none(),
        st.sampled_from(
            [
                "text/html; charset=utf-8",
                "text/html; charset=gbk",
                "text/html; charset=iso-8859-1",
                "text/html; charset=utf-16",
                "text/html; charset=zzz",
            ]
        ),
    )


def _gen_decoder():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    return st.tuples(_gen_bytes(), _content_types())


def _gen_listing():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    kinds = st.sampled_from(["html", "unit_api", "exportcontrol_api"])
    return st.tuples(
        kinds, _gen_bytes(), _content_types(), st.just("https://www.mofcom.gov.cn/zwgk/zcfb/index.html")
    )


def _gen_attachment():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    magic = st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b""])
    urls = st.sampled_from([url for url, _ in attachment_seeds()])
    return st.tuples(urls, st.tuples(magic, _gen_bytes()).map(lambda t: t[0] + t[1]))


def _lists(value: object) -> object:
    from parsers.consolidated import list_role, part_entries, split_parts
    from parsers.dual_use_list import looks_like_list, read_list

    text = str(value)
    looks_like_list(text)
    reading = read_list(text, "https://www.mofcom.gov.cn/att/list.pdf", pages=tuple(text.split("\f")))
    for entry in reading.entries:
        assert entry.name_zh
    split_parts(text)
    list_role("商务部公告2025年第61号", text)
    return part_entries(text, "附件1.管制物项清单", "https://www.mofcom.gov.cn/att/a.pdf", "附件1")


def _tables(value: object) -> object:
    from parsers.catalogue import is_catalogue, read_catalogue
    from parsers.consolidated import is_list_table, table_entries
    from parsers.documents import html_tables

    tables = html_tables(str(value))
    if is_catalogue(tables):
        read_catalogue(tables)
    read_catalogue(tables)
    if is_list_table(tables):
        table_entries(tables, "body")
    return table_entries(tables, "body")


TARGETS: dict[str, Target] = {
    t.name: t
    for t in (
        Target("decoder", _decoder_input, _gen_decoder, _decode),
        Target("listing", _listing_input, _gen_listing, _listing),
        Target("article", _article_input, _gen_html, _article),
        Target("entries", _text_input, _alphabet, _entries, expected=()),
        Target("numbers", _text_input, _alphabet, _numbers, expected=()),
        Target("relations", _text_input, _alphabet, _relations, expected=()),
        Target("attachments", _attachment_input, _gen_attachment, _attachment),
        Target("lists", _text_input, _alphabet, _lists),
        Target("tables", _article_input, _gen_html, _tables),
    )
}
DESCRIPTIONS = {
    "decoder": "page decoder: decode_html, decode_json (bytes + Content-Type)",
    "listing": "listing parsers: static HTML, unit API, exportcontrol API",
    "article": "article parser: parse_notice, attachment_urls",
    "entries": "entry extraction: extract_entries",
    "numbers": "numbers and dates: notice numbers, dates, effective clauses",
    "relations": "relations and notice extraction: extract_notice, entry keys",
    "attachments": "attachment readers: PDF, DOCX, XLSX, text",
    "lists": "list readers: the dual-use list, annex parts, list roles",
    "tables": "table readers: HTML tables, the licence catalogue, list tables",
}


# --------------------------------------------------------------------------------------------------
# Running


@dataclass
class Crash:
    target: str
    kind: str  # crash | hang
    error: str
    where: str | None
    sample_sha256: str
    sample: str  # repr of the input, cut
    saved: str | None = None  # the whole input (pickle), when REGWATCH_FUZZ_SAVE is set


@dataclass
class TargetReport:
    target: str
    inputs: int = 0
    mutated: int = 0
    generated: int = 0
    seconds: float = 0.0  # wall-clock time spent on this target (summed over workers)
    crashes: dict[str, Crash] = field(default_factory=dict)  # deduplicated by error type and place

    def as_dict(self) -> dict[str, object]:
        return {
            "target": self.target,
            "inputs": self.inputs,
            "mutated": self.mutated,
            "generated": self.generated,
            "seconds": round(self.seconds, 1),
            "crashes": [vars(c) for c in self.crashes.values()],
        }


def _where(exc: BaseException) -> str | None:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/site-packages/" not in f.filename]
    if not frames:
        return None
    last = frames[-1]
    return f"{Path(last.filename).parent.name}/{Path(last.filename).name}:{last.lineno}"


def _save(value: object, sample_sha256: str, target: str) -> str | None:
    """The whole input, for a regression test: REGWATCH_FUZZ_SAVE names the directory."""
    directory = os.environ.get("REGWATCH_FUZZ_SAVE")
    if not directory:
        return None
    path = Path(directory) / f"{target}-{sample_sha256[:16]}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(value))
    return str(path)


def _check(target: Target, value: object, report: TargetReport, budget: float) -> None:
    from pipelines.run.isolation import PageFailure, isolated

    caught: list[BaseException] = []

    def attempt() -> None:
        try:
            target.call(value)
        except target.expected:
            pass
        except Exception as exc:
            caught.append(exc)

    report.inputs += 1
    outcome = isolated(attempt, budget)
    problem: tuple[str, str, str | None] | None = None
    if isinstance(outcome, PageFailure):
        problem = ("hang", f"ran past {budget:g} s", None)
    elif caught:
        exc = caught[0]
        problem = ("crash", f"{type(exc).__name__}: {str(exc)[:200]}", _where(exc))
    if problem is None:
        return
    kind, error, where = problem
    key = f"{kind}|{error.split(':')[0]}|{where}"
    if key not in report.crashes:
        sample = repr(value)
        digest = hashlib.sha256(sample.encode("utf-8", "replace")).hexdigest()
        report.crashes[key] = Crash(
            target.name, kind, error, where, digest, sample[:300], _save(value, digest, target.name)
        )


def _generated(target: Target, count: int, seed: int) -> Iterator[object]:
    """`count` inputs drawn by hypothesis (generation only: no shrinking, no example database)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    drawn: list[object] = []
    if count <= 0:
        return

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(target.generated())
    def collect(value: object) -> None:
        drawn.append(value)

    collect()
    yield from drawn


def run(name: str, inputs: int, seed: int = 13, budget: float = BUDGET_SECONDS) -> TargetReport:
    import logging

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it logs every damaged object it skips
    target = TARGETS[name]
    report = TargetReport(name)
    started = time.monotonic()
    rng = random.Random(f"{name}:{seed}")
    generated = int(inputs * HYPOTHESIS_SHARE)
    for value in _generated(target, generated, seed):
        _check(target, value, report, budget)
        report.generated += 1
    while report.inputs < inputs:  # hypothesis may stop early once it has seen everything it can make
        _check(target, target.mutated(rng), report, budget)
        report.mutated += 1
    report.seconds = time.monotonic() - started
    return report


def run_all(
    inputs: int, seed: int = 13, names: list[str] | None = None, workers: int = 1
) -> list[TargetReport]:
    chosen = names or list(TARGETS)
    if workers <= 1:
        return [run(name, inputs, seed) for name in chosen]
    from concurrent.futures import ProcessPoolExecutor

    # Split each target's inputs into chunks with their own seeds, so both cores share every target.
    jobs = [
        (name, inputs // workers + (1 if i < inputs % workers else 0), seed * 100 + i)
        for name in chosen
        for i in range(workers)
    ]
    merged = {name: TargetReport(name) for name in chosen}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(_run_job, jobs):
            total = merged[part.target]
            total.inputs += part.inputs
            total.mutated += part.mutated
            total.generated += part.generated
            total.seconds += part.seconds
            for key, crash in part.crashes.items():
                total.crashes.setdefault(key, crash)
    return [merged[name] for name in chosen]


def _run_job(job: tuple[str, int, int]) -> TargetReport:
    name, count, seed = job
    return run(name, count, seed)


def to_json(reports: list[TargetReport]) -> str:
    return json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2)
