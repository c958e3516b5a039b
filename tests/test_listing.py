"""The three listing adapters on hand-made fixtures shaped like MOFCOM's pages and APIs.

If a fixture changes, the expected links here must be re-derived by reading the fixture, not by
copying the parser's new output.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from parsers.decoding import decode_html, decode_json
from parsers.listing import (
    exportcontrol_form,
    listing_kind,
    page_url,
    parse_exportcontrol_api,
    parse_listing_html,
    parse_unit_api,
)
from parsers.model import ListingLink, ParseError

FIXTURES = Path(__file__).parent / "fixtures" / "listing"
WWW = "https://www.mofcom.gov.cn"
STATIC_URL = f"{WWW}/zwgk/zcfb/index.html"
UNIT_URL = (
    f"{WWW}/api-gateway/jpaas-publish-server/front/page/build/unit?parseType=bulidstatic"
    "&webId=8f43c7ad3afc411fb56f281724b73708&tplSetId=52551ea0e2c14bca8c84792f7aa37ead"
    "&pageType=column&tagId=%E5%88%86%E9%A1%B5%E5%88%97%E8%A1%A8&editType=null"
    "&pageId=fc8bdff48fa345a48b651c1285b70b8f"
    "&paramJson=%7B%22pageNo%22%3A2%2C%22pageSize%22%3A15%7D"
)
EC_URL = "http://exportcontrol.mofcom.gov.cn/edi_ecms_web_front/front/column/getColumnList?columnID=9"


def load_json(name: str) -> object:
    return decode_json((FIXTURES / name).read_bytes(), "application/json")


# --- static listing ------------------------------------------------------------------------------


def test_static_policy_list() -> None:
    listing = parse_listing_html((FIXTURES / "zcfb_index.html").read_text("utf-8"), STATIC_URL)
    assert listing.links == (
        ListingLink(
            url=f"{WWW}/zcfb/blgg/art/2025/art_1bc20676fe4f4c1ea0f25c274ede7cac.html",
            title="商务部 海关总署公告2025年第58号 公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定",
            listed_on=dt.date(2025, 10, 9),
            category="公告",
        ),
        ListingLink(
            url=f"{WWW}/zcfb/blgg/art/2025/art_57aa4e1ab0c14c2a9b6d0f1e2a3b4c5d.html",
            title="商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定",
            listed_on=dt.date(2025, 10, 9),
            category="公告",
        ),
        # No title attribute: the link text is the title; the date is in square brackets.
        ListingLink(
            url=f"{WWW}/zwgk/zcfb/art/2025/art_9c2108ccaf754f22a34abab2fedaa944.html",
            title="商务部 海关总署公告2025年第18号 关于对部分中重稀土相关物项实施出口管制的决定",
            listed_on=dt.date(2025, 4, 4),
            category="政策",
        ),
        # Relative to the column directory, not to the site root.
        ListingLink(
            url=f"{WWW}/zwgk/zcfb/art/2024/art_0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a.html",
            title="商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告",
            listed_on=dt.date(2024, 12, 3),
            category=None,
        ),
        # Not dropped: the fetcher refuses it and the refusal is logged.
        ListingLink(
            url="file:///etc/passwd", title="恶意链接", listed_on=dt.date(2024, 1, 1), category="公告"
        ),
    )
    assert listing.next_url == f"{WWW}/zwgk/zcfb/index_1.html"


def test_static_dedupes_fragment_variants_and_ignores_javascript() -> None:
    listing = parse_listing_html((FIXTURES / "zcfb_index.html").read_text("utf-8"), STATIC_URL)
    urls = [link.url for link in listing.links]
    assert len(urls) == len(set(urls))
    assert not any(url.startswith(("javascript:", "mailto:")) or "#" in url for url in urls)


def test_fallback_rows_on_old_trs_table() -> None:
    decoded = decode_html((FIXTURES / "trs_zcfb_gbk.html").read_bytes(), "text/html")
    listing = parse_listing_html(decoded.text, "http://www.mofcom.gov.cn/article/zwgk/zcfb/index.shtml")
    assert [(link.url, link.listed_on) for link in listing.links] == [
        (
            "http://www.mofcom.gov.cn/article/zwgk/zcfb/202312/20231221153855374.shtml",
            dt.date(2023, 10, 20),
        ),
        (
            "http://www.mofcom.gov.cn/article/zwgk/zcfb/202307/20230703419666.shtml",
            dt.date(2023, 7, 3),
        ),
        (
            "http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd/202312/912.html",
            dt.date(2023, 12, 29),
        ),
    ]
    assert listing.links[1].title == "商务部 海关总署公告2023年第23号 关于对镓、锗相关物项实施出口管制的公告"
    assert listing.next_url == "http://www.mofcom.gov.cn/article/zwgk/zcfb/index_1.html"


def test_fallback_needs_article_url_and_date() -> None:
    html = """<ul><li><a href="/zwgk/">政务公开</a><span>2025-01-01</span></li>
    <li><a href="/zcfb/zc/art/2025/art_a6ea0f03b9be475a9d06ee9d088d605d.html">无日期</a></li></ul>"""
    assert parse_listing_html(html, STATIC_URL).links == ()


def test_empty_listing_is_not_an_error() -> None:
    listing = parse_listing_html("<html><body><p>系统维护中</p></body></html>", STATIC_URL)
    assert listing.links == () and listing.next_url is None


def test_next_page_disabled_on_last_page() -> None:
    html = '<ul class="policy-list"></ul><div class="page"><a href="javascript:;">下一页</a></div>'
    assert parse_listing_html(html, STATIC_URL).next_url is None


def test_next_page_from_index_link_without_text() -> None:
    html = '<div class="page"><a href="index_3.html"><img alt="next"></a><a href="index_1.html">2</a></div>'
    assert parse_listing_html(html, f"{WWW}/article/zwgk/zcfb/index_2.html").next_url == (
        f"{WWW}/article/zwgk/zcfb/index_3.html"
    )


# --- unit build API ------------------------------------------------------------------------------


def test_unit_api_page() -> None:
    listing = parse_unit_api(load_json("unit_api_page2.json"), UNIT_URL)
    assert [(link.url.rsplit("/", 1)[-1], link.listed_on) for link in listing.links] == [
        ("art_0a1b2c3d4e5f40718293a4b5c6d7e8f9.html", dt.date(2025, 10, 9)),
        ("art_1f2e3d4c5b6a47988796a5b4c3d2e1f0.html", dt.date(2025, 10, 9)),
        ("art_2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.html", dt.date(2024, 8, 15)),
    ]
    assert all(link.url.startswith(f"{WWW}/zwgk/zcfb/art/") for link in listing.links)
    assert listing.links[1].title == "商务部公告2025年第56号 关于对超硬材料相关物项实施出口管制的决定"
    assert (listing.total, listing.page_no, listing.max_page) == (2237, 2, 150)
    assert listing.next_url is not None
    next_params = parse_qs(urlsplit(listing.next_url).query)
    assert json.loads(next_params["paramJson"][0]) == {"pageNo": 3, "pageSize": 15}


@pytest.mark.parametrize(
    "payload",
    [
        {"success": False, "message": "系统繁忙"},
        {"success": True, "data": {}},
        {"success": True},
        ["not", "an", "object"],
    ],
)
def test_unit_api_failures(payload: object) -> None:
    with pytest.raises(ParseError, match="unit API"):
        parse_unit_api(payload, UNIT_URL)


# --- exportcontrol API ---------------------------------------------------------------------------


def test_exportcontrol_api() -> None:
    listing = parse_exportcontrol_api(load_json("exportcontrol_column9.json"), EC_URL)
    base = "http://exportcontrol.mofcom.gov.cn/article/zcfg/gnzcfg/zcfggzqd"
    assert listing.links == (
        ListingLink(
            url=f"{base}/202510/1177.html",
            title="商务部 海关总署公告2025年第58号 公布对锂电池和人造石墨负极材料相关物项实施出口管制的决定",
            listed_on=dt.date(2025, 10, 9),
            category="管制清单",
        ),
        ListingLink(
            url=f"{base}/202510/1171.html",
            title="商务部公告2025年第61号 公布对境外相关稀土物项实施出口管制的决定",
            listed_on=dt.date(2025, 10, 9),
            category="管制清单",
        ),
        ListingLink(
            url=f"{base}/202412/1072.html",
            title="商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告",
            listed_on=dt.date(2024, 12, 3),
            category="暂停废止",
        ),
    )
    assert (listing.total, listing.page_no, listing.max_page) == (213, 1, 22)


def test_exportcontrol_question_marks_raise() -> None:
    with pytest.raises(ParseError, match=r"question marks.*X-Requested-With"):
        parse_exportcontrol_api(load_json("exportcontrol_question_marks.json"), EC_URL)


def test_exportcontrol_empty_rows_and_bad_rows() -> None:
    assert parse_exportcontrol_api({"pageInfo": {"rows": [], "total": 0}}, EC_URL).links == ()
    with pytest.raises(ParseError, match="row 0 has no url"):
        parse_exportcontrol_api({"pageInfo": {"rows": [{"title": "x"}]}}, EC_URL)
    with pytest.raises(ParseError, match="pageInfo"):
        parse_exportcontrol_api({"rows": []}, EC_URL)


# --- URLs and forms ------------------------------------------------------------------------------


def test_listing_kind() -> None:
    assert listing_kind(UNIT_URL) == "unit_api"
    assert listing_kind(EC_URL) == "exportcontrol_api"
    assert listing_kind(STATIC_URL) == "html"


def test_page_url_unit_api_keeps_other_params() -> None:
    url = page_url(UNIT_URL, "unit_api", 7)
    before, after = parse_qs(urlsplit(UNIT_URL).query), parse_qs(urlsplit(url).query)
    assert json.loads(after.pop("paramJson")[0]) == {"pageNo": 7, "pageSize": 15}
    before.pop("paramJson")
    assert after == before


def test_page_url_unit_api_plain_page_param() -> None:
    url = f"{WWW}/api-gateway/jpaas-publish-server/front/page/build/unit?webId=abc&pageNo=1&pageSize=20"
    assert page_url(url, "unit_api", 4).endswith("?webId=abc&pageNo=4&pageSize=20")


def test_page_url_static() -> None:
    assert page_url(f"{WWW}/article/zwgk/zcfb/", "html", 1) == f"{WWW}/article/zwgk/zcfb/index.html"
    assert (
        page_url(f"{WWW}/article/zwgk/zcfb/index.shtml", "html", 3)
        == f"{WWW}/article/zwgk/zcfb/index_2.shtml"
    )


def test_exportcontrol_form() -> None:
    assert exportcontrol_form(EC_URL, 3) == {"columnID": "9", "pageNumber": "3", "title": ""}
    with pytest.raises(ValueError):
        exportcontrol_form(EC_URL, 0)
