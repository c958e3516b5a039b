"""Property tests: on arbitrary input the parsers either answer or raise `ParseError`, nothing else.

`ParseError` is the one failure callers turn into a `data_issues` row; any other exception escaping a
parser would stop a nightly run on one odd page. The alphabets below are biased towards the characters
that drive the parsers (outline markers, brackets in both widths, 年月日, codes, tags) so that the
examples reach the interesting branches instead of being rejected at the first regex.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parsers.article import parse_notice
from parsers.attachments import attachment_text
from parsers.decoding import decode_html
from parsers.entries import extract_entries
from parsers.listing import parse_listing_html
from parsers.model import ParseError
from parsers.numbers import parse_clause_effective, parse_date, parse_effective, parse_notice_number
from parsers.relations import extract_relations

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_NOTICE_PIECES = [
    "一、",
    "二、",
    "（一）",
    "(二)",
    "1. ",
    "2.",
    "1.1.1 ",
    "a. ",
    "b.",
    "（1）",
    "①",
    "\n",
    "\n\n",
    " ",
    "\u3000",
    "1C902.a",
    "1C909.a.",
    "3C901.a.1.",
    "1E902.b",
    "2B902.",
    "（管制编码：1E902.a）",
    "(管制编码:",
    "）",
    ")",
    "（参考海关商品编号：",
    "(参考税则号列:",
    "2805301910",
    "28053019",
    "、",
    "；",
    ";",
    "。",
    "：",
    ":",
    "，",
    "【保留】",
    "[保留]",
    "具有以下所有特性的",
    "以下物项未经许可不得出口：",
    "钐相关物项",
    "金属钐",
    "设备",
    "技术",
    "软件",
    "共12项",
    "本公告自",
    "2025年11月8日起正式实施",
    "公布之日起",
    "即日起",
    "至2026年11月10日",
    "暂停实施",
    "恢复实施",
    "废止",
    "修改",
    "商务部",
    "海关总署",
    "公告",
    "令",
    "2025年第55号",
    "56号",
    "第二款",
    "2025第61号",
    "〔2025〕",
    "号",
    "第",
    "年",
    "月",
    "日",
    "20251009",
    "2025-10-09 15:30",
    "99",
    "0",
]
notice_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_NOTICE_PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(_NOTICE_PIECES), st.text(max_size=4)), max_size=60).map("".join),
)

_HTML_PIECES = [
    "<html>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    '<meta name="ArticleTitle" content="商务部公告2025第61号">',
    '<meta name="PubDate" content="2025-10-09 15:30">',
    '<meta charset="gb18030">',
    '<div ergodic="article">',
    '<div class="art-con art-con-bottonmLine">',
    '<div class="art-con-gonggao">',
    '<div class="bd">',
    '<DIV class="art-con">',
    "</div>",
    "</DIV>",
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<table><tr><td>",
    "</td></tr></table>",
    '<a href="/a/附件1.pdf">附件1</a>',
    '<a href="javascript:void(0)">x</a>',
    '<a href="http://[::1">y</a>',
    "<script>var title = '商务部公告2024年第46号'; var publishTime = '2024-12-03 10:00:00';</script>",
    '<div class="u-disclaimer-box">免责声明</div>',
    '<div class="art-time">2023-07-03 17:00</div>',
    "<title>商务部 海关总署公告2023年第23号</title>",
    "【发布文号】商务部 海关总署公告2025年第58",
    "【发文日期】20251009",
    "【发布单位】安全与管制局",
    '<ul class="policy-list"><li>',
    "<span>2025-10-09</span>",
    "</li></ul>",
    '<a href="/zwgk/zcfb/art/2025/art_1.html" title="标题">标题</a>',
    "<!-- c -->",
    "<![CDATA[x]]>",
    "&nbsp;",
    "&amp;",
    "&#x3000;",
    "\x00",
    "<",
    ">",
    '"',
    "'",
]
html_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(_HTML_PIECES), st.sampled_from(_NOTICE_PIECES)), max_size=60).map(
        "".join
    ),
)


@SETTINGS
@given(body=notice_text, title=notice_text)
def test_extract_entries_never_raises_and_spans_index_the_body(body: str, title: str) -> None:
    result = extract_entries(body, title)
    for entry in result.entries:
        start, end = entry.span
        assert 0 <= start <= end <= len(body)
        assert body[start:end] == entry.quote_zh
        assert entry.name_zh
        assert entry.kind in {"item", "equipment", "technology", "software"}
    if result.stated_count is not None:
        assert result.stated_count >= 0


@SETTINGS
@given(html=html_text)
@example(
    html='<div class="bd">根据有关规定，决定对下列物项实施出口管制，现公告如下。<a href="http://[::1/a.pdf">附件</a></div>'
)
def test_parse_notice_raises_only_parse_error(html: str) -> None:
    try:
        page = parse_notice(html, "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_x.html")
    except ParseError:
        return
    assert page.body.strip()
    for attachment in page.attachments:
        assert attachment.url


def test_parse_notice_rejects_bytes() -> None:
    try:
        parse_notice(b"<html></html>", "https://www.mofcom.gov.cn/")  # type: ignore[arg-type]
    except ParseError:
        return
    raise AssertionError("bytes must be rejected with ParseError")


@SETTINGS
@given(text=notice_text)
def test_number_and_date_parsers_never_raise(text: str) -> None:
    number = parse_notice_number(text)
    if number is not None:
        assert number.series in {"公告", "令"}
        assert 1900 <= number.year <= 2099
        # The normalized form reads back as itself.
        assert parse_notice_number(number.number_zh) == number
    date = parse_date(text)
    assert date is None or isinstance(date, dt.date)
    published = dt.date(2025, 10, 9)
    effective, rule = parse_effective(text, published)
    assert rule in {None, "date", "on_publication"}
    assert (effective is None) == (rule is None) or rule == "on_publication"
    for numeral, day in parse_clause_effective(text).items():
        assert numeral and isinstance(day, dt.date)


@SETTINGS
@given(text=notice_text)
def test_extract_relations_never_raises(text: str) -> None:
    for relation in extract_relations(text, None, dt.date(2025, 11, 7)):
        assert relation.relation in {"suspends", "resumes", "repeals", "amends"}
        assert relation.quote_zh


@SETTINGS
@given(
    raw=st.binary(max_size=400), content_type=st.sampled_from([None, "text/html", "text/html; charset=gbk"])
)
def test_decode_html_never_raises(raw: bytes, content_type: str | None) -> None:
    try:
        decoded = decode_html(raw, content_type)
    except ParseError:
        return
    assert isinstance(decoded.text, str)


@SETTINGS
@given(html=html_text)
@example(html='<a href="a://[">x</a>')  # urllib's ValueError for an unbalanced IPv6 bracket
def test_parse_listing_html_raises_only_parse_error(html: str) -> None:
    try:
        page = parse_listing_html(html, "https://www.mofcom.gov.cn/zwgk/zcfb/index.html")
    except ParseError:
        return
    for link in page.links:
        assert link.url.startswith("http")


def _zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


attachment_bytes = st.one_of(
    st.binary(max_size=400),
    st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
    st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
    st.binary(max_size=300).map(lambda b: _zip_with({"word/document.xml": b})),
    st.binary(max_size=300).map(lambda b: _zip_with({"xl/workbook.xml": b, "[Content_Types].xml": b})),
    # A valid archive with one byte of the member's data or headers flipped: damage must still come
    # back as ParseError (corrupt deflate stream, bad CRC, bad header).
    st.tuples(st.binary(min_size=1, max_size=200), st.integers(0, 10_000), st.integers(1, 255)).map(
        lambda t: _flip(_zip_with({"word/document.xml": t[0] * 5}), t[1], t[2])
    ),
)
_DATA_START = 30 + len("word/document.xml")  # local file header, then the name, then the data


def _flip(data: bytes, position: int, mask: int) -> bytes:
    # Most flips land in the compressed data, where damage is hardest to notice.
    index = _DATA_START + position % 24 if position % 2 else position % len(data)
    index = min(index, len(data) - 1)
    return data[:index] + bytes([data[index] ^ mask]) + data[index + 1 :]


@SETTINGS
@example(  # central directory entry claiming "version needed 6.4": zipfile raises NotImplementedError
    data=b"PK\x03\x04PK\x01\x02\x00\x00@" + bytes(56) + b"PK\x05\x06" + bytes(8) + b"?" + bytes(9),
    name="a.docx",
)
@example(  # a member whose header offset points before the start of the file: zipfile's ValueError
    data=b"PK\x03\x04PK\x01\x02"
    + bytes(25)
    + b"\x01"
    + bytes(16)
    + b"word/document.xmlPK\x05\x06"
    + bytes(8)
    + b"?"
    + bytes(6)
    + b"\x01\x00\x00",
    name="a.docx",
)
@given(
    data=attachment_bytes,
    name=st.sampled_from(["a.pdf", "a.docx", "a.xlsx", "a.txt", "a.zip", "a.doc", "附件"]),
)
def test_attachment_text_raises_only_parse_error(data: bytes, name: str) -> None:
    try:
        text = attachment_text(f"https://www.mofcom.gov.cn/file/{name}", data)
    except ParseError:
        return
    assert isinstance(text, str)
    assert all(line.strip() for line in text.split("\n") if text)
