"""Charset decisions for MOFCOM pages: each test pins which signal wins and what it is recorded as."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from parsers.decoding import decode_html, decode_json, normalize_charset
from parsers.model import ParseError

FIXTURES = Path(__file__).parent / "fixtures" / "listing"
NOTICE = "商务部 海关总署公告2025年第58号 公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定"


def page(charset_meta: str = "") -> str:
    return f"<html><head>{charset_meta}<title>政策发布</title></head><body><p>{NOTICE}</p></body></html>"


def test_header_charset_wins_over_meta() -> None:
    raw = page('<meta charset="utf-8">').encode("gb18030")
    decoded = decode_html(raw, "text/html; charset=GBK")
    assert decoded.source == "header"
    assert decoded.encoding == "gb18030"  # GBK is read as its superset
    assert decoded.replacements == 0
    assert NOTICE in decoded.text


def test_quoted_header_charset() -> None:
    decoded = decode_html(page().encode("utf-8"), 'text/html; charset="UTF-8"')
    assert (decoded.source, decoded.encoding) == ("header", "utf-8")


def test_meta_charset() -> None:
    decoded = decode_html(page('<meta charset="gb2312">').encode("gb18030"), "text/html")
    assert (decoded.source, decoded.encoding, decoded.replacements) == ("meta", "gb18030", 0)
    assert NOTICE in decoded.text


def test_meta_http_equiv_on_gbk_fixture() -> None:
    decoded = decode_html((FIXTURES / "trs_zcfb_gbk.html").read_bytes(), None)
    assert (decoded.source, decoded.encoding, decoded.replacements) == ("meta", "gb18030", 0)
    assert "关于对镓、锗相关物项实施出口管制的公告" in decoded.text


def test_meta_beyond_first_4kb_is_ignored() -> None:
    raw = ("<html><head>" + " " * 5000 + '<meta charset="gbk"></head><body>ok</body></html>').encode()
    assert decode_html(raw, None).source == "sniff-utf8"


def test_bom() -> None:
    decoded = decode_html(codecs.BOM_UTF8 + page().encode("utf-8"), None)
    assert (decoded.source, decoded.encoding) == ("bom", "utf-8")
    assert not decoded.text.startswith("\ufeff")


def test_bom_matching_header_is_stripped() -> None:
    decoded = decode_html(codecs.BOM_UTF8 + page().encode("utf-8"), "text/html; charset=utf-8")
    assert decoded.source == "header"
    assert not decoded.text.startswith("\ufeff")


def test_undeclared_utf8_is_sniffed() -> None:
    decoded = decode_html(page().encode("utf-8"), "text/html")
    assert (decoded.source, decoded.encoding, decoded.replacements) == ("sniff-utf8", "utf-8", 0)
    assert NOTICE in decoded.text


def test_undeclared_gb18030_falls_back() -> None:
    decoded = decode_html(page().encode("gb18030"), None)
    assert (decoded.source, decoded.encoding, decoded.replacements) == ("fallback", "gb18030", 0)
    assert NOTICE in decoded.text


def test_gb18030_bytes_declared_as_utf8_are_rescued_and_labelled() -> None:
    decoded = decode_html(page().encode("gb18030"), "text/html; charset=utf-8")
    assert (decoded.source, decoded.encoding, decoded.replacements) == ("mislabelled:utf-8", "gb18030", 0)
    assert NOTICE in decoded.text


def test_undecodable_bytes_under_a_declared_charset_count_replacements() -> None:
    # Not valid UTF-8, and not valid GB18030 either (0x80 alone is unassigned there): nothing to rescue.
    raw = page().encode("utf-8") + b"\x80\xff\x80"
    decoded = decode_html(raw, "text/html; charset=utf-8")
    assert decoded.source == "header"
    assert decoded.replacements > 0
    assert decoded.replacements == decoded.text.count("\ufffd")


def test_valid_replacement_character_in_input_is_not_damage() -> None:
    decoded = decode_html("损坏标记\ufffd".encode(), "text/html; charset=utf-8")
    assert decoded.replacements == 0


@pytest.mark.parametrize("label", ["x-unknown-charset", "base64", ""])
def test_unknown_or_non_text_charset_is_treated_as_undeclared(label: str) -> None:
    decoded = decode_html(page().encode("gb18030"), f"text/html; charset={label}")
    assert decoded.source == "fallback"
    assert NOTICE in decoded.text


def test_charset_aliases() -> None:
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset("x-gbk") == "gb18030"
    assert normalize_charset("utf8") == "utf-8"
    assert normalize_charset("nonsense") is None


def test_decode_json() -> None:
    payload = decode_json((FIXTURES / "unit_api_page2.json").read_bytes(), "application/json")
    assert isinstance(payload, dict) and payload["success"] is True


def test_decode_json_with_bom() -> None:
    assert decode_json(codecs.BOM_UTF8 + b'{"a": "\xe5\x95\x86"}', None) == {"a": "商"}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"<html><body>502 Bad Gateway</body></html>", "HTML instead of JSON"),
        (b'{"pageInfo": ', "not valid JSON"),
        (b"", "empty"),
        ("{}".encode("utf-16"), "not valid"),
    ],
)
def test_decode_json_errors(raw: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        decode_json(raw, "application/json")


# --- mislabelled pages: the bytes decide, the label is recorded ------------------------------------

ARTICLE = (
    "<html><head>{meta}<title>商务部公告2025年第61号</title></head><body><div class='art-con'>"
    "<p>根据《中华人民共和国出口管制法》有关规定，为维护国家安全和利益，经国务院批准，决定对下列物项实施出口管制。</p>"
    "<p>1. 1C902.a.4 钐钴永磁材料；</p><p>2. 1C904.a.4 含铽的钕铁硼永磁材料。</p></div></body></html>"
)


def article(meta: str = "") -> str:
    return ARTICLE.format(meta=meta)


@pytest.mark.parametrize("label", ["ISO-8859-1", "GBK", "gb2312", "windows-1252"])
def test_utf8_page_served_under_another_label_is_read_as_utf8(label: str) -> None:
    decoded = decode_html(article().encode("utf-8"), f"text/html; charset={label}")
    assert decoded.text == article()
    assert (decoded.encoding, decoded.replacements) == ("utf-8", 0)
    declared = normalize_charset(label)
    assert decoded.source == f"mislabelled:{declared}"
    assert decoded.notice is not None
    assert decoded.notice.startswith(f"served as {declared} but is utf-8: declared {declared} (header)")
    assert "the bytes are valid UTF-8" in decoded.notice


def test_gb18030_page_with_a_utf8_meta_is_read_as_gb18030() -> None:
    page = article('<meta charset="utf-8">')
    for content_type in ("text/html", "text/html; charset=utf-8"):
        decoded = decode_html(page.encode("gb18030"), content_type)
        assert decoded.text == page and decoded.encoding == "gb18030" and decoded.replacements == 0
        assert decoded.source == "mislabelled:utf-8"
        assert decoded.notice is not None and "but is gb18030" in decoded.notice
    meta_only = decode_html(page.encode("gb18030"), "text/html")
    assert "declared utf-8 (<meta>)" in (meta_only.notice or "")


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", "text/html; charset=gbk"])
def test_utf8_with_one_stray_byte_keeps_its_utf8_reading(content_type: str) -> None:
    good = article().encode("utf-8")
    cut = good.index("钐钴".encode())
    raw = good[:cut] + b"\xff" + good[cut:]
    decoded = decode_html(raw, content_type)
    assert decoded.encoding == "utf-8" and decoded.replacements == 1
    assert decoded.text == article().replace("钐钴", "\ufffd钐钴")
    if "gbk" in content_type:
        assert decoded.source == "mislabelled:gb18030"
        assert decoded.notice is not None and "UTF-8 but for 1 stray byte sequence(s)" in decoded.notice
    else:
        assert decoded.notice is None


def test_gbk_page_served_as_iso_8859_1_is_read_as_gb18030() -> None:
    """Old Apache servers label everything ISO-8859-1; a clean multi-byte reading beats a single-byte label."""
    decoded = decode_html(article().encode("gb18030"), "text/html; charset=ISO-8859-1")
    assert decoded.text == article() and decoded.encoding == "gb18030"
    assert decoded.source == "mislabelled:iso8859-1"


def test_a_real_latin1_page_stays_latin1() -> None:
    page = "<html><body><p>Café déjà vu — ½ prix, 100 °C</p></body></html>".replace("—", "-")
    decoded = decode_html(page.encode("latin-1"), "text/html; charset=ISO-8859-1")
    assert decoded.text == page and decoded.source == "header" and decoded.notice is None


def test_ascii_page_under_any_label_is_as_declared() -> None:
    decoded = decode_html(b"<html><body>ok</body></html>", "text/html; charset=ISO-8859-1")
    assert (decoded.source, decoded.encoding, decoded.notice) == ("header", "iso8859-1", None)


def test_gb18030_with_one_stray_byte_keeps_its_reading() -> None:
    good = article().encode("gb18030")
    cut = good.index("钐钴".encode("gb18030"))
    decoded = decode_html(good[:cut] + b"\x80" + good[cut:], "text/html; charset=gbk")
    assert decoded.encoding == "gb18030" and decoded.replacements == 1 and decoded.source == "header"
    assert "钐钴永磁材料" in decoded.text


def test_utf16_declared_without_bom_is_not_mistaken_for_utf8() -> None:
    decoded = decode_html(article().encode("utf-16-le"), "text/html; charset=utf-16le")
    assert decoded.text == article() and decoded.source == "header"
