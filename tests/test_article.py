"""Article pages: `parse_notice` (+ `extract_notice`) on the demo replay and on the page fixtures.

Expectations for the demo pages come from `pipelines/demo_site/expected.json` (the leaf lines as
printed); those for the fixtures from `tests/fixtures/pages/README.md`. If a page changes, re-derive
the expectations by reading the page, not by copying the parser's new output.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from parsers.article import parse_notice
from parsers.decoding import decode_html
from parsers.model import NoticePage, ParseError
from parsers.numbers import parse_clause_effective
from parsers.relations import extract_notice

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipelines" / "demo_site"
PAGES = Path(__file__).parent / "fixtures" / "pages"
WWW = "https://www.mofcom.gov.cn"
EXPECTED = json.loads((DEMO / "expected.json").read_text("utf-8"))["notices"]


def demo_page(key: str) -> NoticePage:
    notice = EXPECTED[key]
    relative = notice["url"].lstrip("/")
    path = DEMO / f"night{notice['night']}" / relative
    if not path.exists():  # night 2 serves night 1's files unless it overrides them
        path = DEMO / "night1" / relative
    decoded = decode_html(path.read_bytes(), "text/html; charset=utf-8")
    return parse_notice(decoded.text, WWW + notice["url"])


def fixture_page(name: str) -> NoticePage:
    raw = (PAGES / name).read_bytes()
    return parse_notice(decode_html(raw, None).text, f"{WWW}/zwgk/zcfb/art/2025/{name}")


# --- demo replay ---------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_demo_page_leaves_and_number(key: str) -> None:
    notice = EXPECTED[key]
    page = demo_page(key)
    extraction = extract_notice(page)
    assert [e.quote_zh for e in extraction.entries] == notice["leaves"]
    assert page.number is not None
    assert page.number.number_zh == notice["number"]
    assert page.title_zh == notice["title"]
    assert page.page_time == notice["pub"]
    if "number_printed" in notice:
        assert page.number_printed == notice["number_printed"]
    if notice["informational"]:
        assert extraction.entries == ()
        assert extraction.kind == "informational"
    else:
        assert extraction.kind != "informational"
    for entry in extraction.entries:
        assert page.body[entry.span[0] : entry.span[1]] == entry.quote_zh


def test_demo_2025_70_suspends_six_notices() -> None:
    page = demo_page("2025-70")
    extraction = extract_notice(page)
    assert extraction.kind == "suspends"
    assert extraction.entries == ()
    relations = extraction.relations
    assert [r.relation for r in relations] == ["suspends"] * 6
    assert [r.target_number.notice_id for r in relations if r.target_number] == [
        "MOFCOM-2025-55",
        "MOFCOM-2025-56",
        "MOFCOM-2025-57",
        "MOFCOM-2025-58",
        "MOFCOM-2025-61",
        "MOFCOM-2025-62",
    ]
    assert [r.target_number.number_zh for r in relations if r.target_number] == EXPECTED_SUSPENSIONS[0][
        "targets"
    ]
    assert {(r.window_from, r.window_until, r.clause) for r in relations} == {
        (dt.date(2025, 11, 7), dt.date(2026, 11, 10), None)
    }


EXPECTED_SUSPENSIONS = json.loads((DEMO / "expected.json").read_text("utf-8"))["night2_changes"][
    "suspensions"
]


def test_demo_2025_72_suspends_one_clause_of_2024_46() -> None:
    extraction = extract_notice(demo_page("2025-72"))
    (relation,) = extraction.relations
    assert relation.relation == "suspends"
    assert relation.target_number is not None and relation.target_number.notice_id == "MOFCOM-2024-46"
    assert relation.clause == "二"
    assert (relation.window_from, relation.window_until) == (dt.date(2025, 11, 9), dt.date(2026, 11, 27))
    assert extraction.kind == "suspends"


def test_demo_2025_61_split_effective_dates() -> None:
    page = demo_page("2025-61")
    clauses = parse_clause_effective(page.body)
    assert clauses["二"] == dt.date(2025, 12, 1)
    assert clauses["一"] == dt.date(2025, 12, 1)
    assert "三" not in clauses
    # The rest is in force on publication, so the notice as a whole is effective from then.
    assert (page.effective_on, page.effective_rule) == (dt.date(2025, 10, 9), "on_publication")


def test_demo_xkzj_alias_reads_the_same_notice() -> None:
    alias, original = demo_page("2025-58@xkzj"), demo_page("2025-58")
    assert alias.number == original.number
    assert alias.published_on == original.published_on == dt.date(2025, 10, 9)  # 20251009 and 2025年10月09日
    assert alias.body == original.body


def test_demo_order_is_series_ling() -> None:
    page = demo_page("info-2025-ling2")
    assert page.number is not None
    assert (page.number.series, page.number.notice_id) == ("令", "MOFCOM-ORDER-2025-2")


def test_demo_metadata_lines_are_not_body() -> None:
    page = demo_page("2025-57@n1")
    assert "【发布文号】" not in page.body and "【发文日期】" not in page.body
    assert page.issuing_unit == "安全与管制局"
    assert page.effective_on == dt.date(2025, 11, 8)


# --- fixture pages -------------------------------------------------------------------------------


def test_fullwidth_57() -> None:
    page = fixture_page("fullwidth_57.html")
    extraction = extract_notice(page)
    entries = extraction.entries
    assert len(entries) == 15
    assert page.number is not None and page.number.notice_id == "MOFCOM-2025-57"
    assert page.effective_on == dt.date(2025, 11, 8)
    assert all("保留" not in e.quote_zh for e in entries)
    assert [e.path for e in entries if e.path.startswith("一/(一)/3/")] == ["一/(一)/3/a", "一/(一)/3/c"]
    by_name = {e.name_zh: e for e in entries}
    holmium = by_name["金属钬"]
    assert (holmium.control_code, holmium.hs_codes, holmium.hs_label) == (
        "1C909.a",
        ("28053019",),
        "参考税则号列",
    )
    assert holmium.category_zh == "钬相关物项"
    # The group line's 、-joined codes pass down to its a./c. children.
    assert by_name["钬靶"].hs_codes == ("38249999", "84869091")
    assert by_name["钬铁合金靶"].hs_codes == ("38249999", "84869091")
    oxide = by_name["氧化钬及其混合物"]
    assert (oxide.control_code, oxide.control_code_printed) == ("1C909.b", "1C909.b")  # trailing dot stripped
    assert all(len(code) == 8 for e in entries for code in e.hs_codes)
    assert {e.control_code for e in entries} == {
        "1C909.a",
        "1C909.b",
        "1C909.c",
        "1C910.a",
        "1C910.b",
        "1C910.c",
    }


def test_criteria_56() -> None:
    extraction = extract_notice(fixture_page("criteria_56.html"))
    entries = extraction.entries
    assert [e.control_code for e in entries] == ["2B902.a", "2B902.b", "2B902.c", "2B902.d"]
    kiln = entries[2]
    # The criteria phrase introduces the parameters; the thing controlled is the kiln (truth.json).
    assert kiln.name_zh == "稀土用焙烧窑"
    assert kiln.spec_zh is not None
    assert [part[:2] for part in kiln.spec_zh.split("；")] == ["1.", "2.", "3."]
    assert "850 ℃" in kiln.spec_zh and "Φ1.8" in kiln.spec_zh
    assert all(e.kind == "equipment" for e in entries)
    assert entries[3].hs_codes == ("84178090",)


def test_tech_62() -> None:
    page = fixture_page("tech_62.html")
    extraction = extract_notice(page)
    assert page.number is not None and page.number.number_zh == "商务部公告2025年第62号"
    assert page.title_zh.startswith("商务部公告2025第62号")  # the title's form is kept as printed
    assert not [i for i in page.issues if i.code == "number_mismatch"]  # 2025第62号 == 2025年第62号
    assert [(e.control_code, e.kind) for e in extraction.entries] == [
        ("1E902.a", "technology"),
        ("1E902.b", "technology"),
    ]
    assert all("管制编码" not in e.name_zh for e in extraction.entries)
    assert (page.effective_on, page.effective_rule) == (dt.date(2025, 10, 9), "on_publication")


def test_hs_after_period_33() -> None:
    page = fixture_page("hs_after_period_33.html")
    entries = extract_notice(page).entries
    assert len(entries) == 7
    assert all(e.control_code is None for e in entries)
    assert all(e.hs_codes and all(len(c) == 10 for c in e.hs_codes) for e in entries[:6])
    assert entries[0].hs_codes[0] == "2617101000"
    assert not entries[0].name_zh.endswith("。")
    assert (entries[6].name_zh, entries[6].hs_codes, entries[6].kind) == (
        "金锑冶炼分离技术",
        (),
        "technology",
    )
    assert page.effective_on == dt.date(2024, 9, 15)


def test_trs_old_layout() -> None:
    raw = (PAGES / "trs_old.html").read_bytes()
    decoded = decode_html(raw, None)
    assert decoded.encoding == "utf-8"
    page = parse_notice(
        decoded.text, "http://www.mofcom.gov.cn/article/zwgk/zcfb/202307/20230703419696.shtml"
    )
    assert page.number_printed is None
    assert page.number is not None and page.number.number_zh == "商务部 海关总署公告2023年第23号"
    assert page.published_on == dt.date(2023, 7, 3)  # only printed in div.art-time
    assert page.effective_on == dt.date(2023, 8, 1)
    entries = extract_notice(page).entries
    assert len(entries) == 8
    assert all(len(e.hs_codes) == 3 for e in entries)
    assert entries[0].name_zh == "金属镓"
    assert page.body.count("为维护国家安全") == 1  # nested <p><p> does not duplicate text
    assert not page.attachments  # the ev.gif link to the English page is not an attachment


def test_gb18030_page() -> None:
    raw = (PAGES / "gb18030.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = decode_html(raw, None)
    assert decoded.encoding == "gb18030" and decoded.replacements == 0
    page = parse_notice(decoded.text, f"{WWW}/zwgk/zcfb/art/2023/gb18030.html")
    assert page.number is not None and page.number.notice_id == "MOFCOM-2023-39"
    entries = extract_notice(page).entries
    assert len(entries) == 2
    # An illustrative parenthetical (an open list ending in 等) is the item's spec, as the examples'
    # truth has it; the HS reference is removed.
    assert entries[1].name_zh == "天然鳞片石墨及其制品"
    assert "球化石墨、膨胀石墨等" in (entries[1].spec_zh or "")
    assert page.effective_on == dt.date(2023, 12, 1)


def test_exportcontrol_js_var_metadata() -> None:
    page = fixture_page("exportcontrol_article.html")
    assert page.title_zh == "商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告"
    assert page.number is not None and page.number.notice_id == "MOFCOM-2024-46"
    assert page.number_printed is None
    assert page.published_on == dt.date(2024, 12, 3)
    assert page.page_time == "2024-12-03 10:00:00"
    assert page.issuing_unit == "商务部安全与管制局"
    assert "免责声明" not in page.body
    assert "var title" not in page.body
    assert [line[:2] for line in page.body.splitlines() if line[:2] in ("一、", "二、", "三、")] == [
        "一、",
        "二、",
        "三、",
    ]
    extraction = extract_notice(page)
    assert extraction.entries == ()
    assert (page.effective_on, page.effective_rule) == (dt.date(2024, 12, 3), "on_publication")


def test_suspension_70_fixture() -> None:
    extraction = extract_notice(fixture_page("suspension_70.html"))
    assert extraction.entries == ()
    assert [r.target_number.number_zh for r in extraction.relations if r.target_number] == [
        "商务部 海关总署公告2025年第55号",
        "商务部 海关总署公告2025年第56号",
        "商务部 海关总署公告2025年第57号",
        "商务部 海关总署公告2025年第58号",
        "商务部公告2025年第61号",
        "商务部公告2025年第62号",
    ]


def test_suspension_72_fixture() -> None:
    extraction = extract_notice(fixture_page("suspension_72.html"))
    (relation,) = extraction.relations
    assert relation.clause == "二"
    assert (relation.window_from, relation.window_until) == (dt.date(2025, 11, 9), dt.date(2026, 11, 27))


# --- synthetic edge cases ------------------------------------------------------------------------


def _page(body_html: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body_html}</body></html>"


def test_no_body_container_is_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_notice(_page("<div class='nav'>首页 政务公开 政策发布 通知公告 新闻发布</div>"), WWW)
    with pytest.raises(ParseError):
        parse_notice(_page("<div class='art-con'>太短</div>"), WWW)


def test_metadata_only_body_is_parse_error() -> None:
    html = _page(
        "<div class='art-con'><p>【发布单位】安全与管制局</p><p>【发布文号】商务部公告2025年第1号</p></div>"
    )
    with pytest.raises(ParseError):
        parse_notice(html, WWW)


def test_meta_tags_win_and_mismatch_is_reported() -> None:
    html = _page(
        "<div class='art-con'><p>【发布文号】商务部公告2025年第7号</p><p>【发文日期】2025年04月04日</p>"
        "<p>根据有关规定，决定如下。本公告自公布之日起正式实施。</p>"
        "<p><a href='/cms/file/附件1.PDF'>附件1</a> <a href='/p/other.html'>x</a></p></div>",
        head="<meta name='ArticleTitle' content='商务部公告2025年第8号 关于某事的公告'>"
        "<meta name='PubDate' content='2025-04-05 09:00'>",
    )
    page = parse_notice(html, f"{WWW}/zwgk/zcfb/art/2025/art_1.html")
    assert page.title_zh == "商务部公告2025年第8号 关于某事的公告"
    assert page.number is not None and page.number.number == 7  # 发布文号 outranks the title
    assert [i.code for i in page.issues] == ["number_mismatch"]
    assert page.published_on == dt.date(2025, 4, 4)  # 发文日期, not the page time
    assert page.page_time == "2025-04-05 09:00"
    assert [a.url for a in page.attachments] == [f"{WWW}/cms/file/附件1.PDF"]
    assert page.attachments[0].label == "附件1"


def test_malformed_attachment_href_is_skipped() -> None:
    html = _page(
        "<div class='art-con'><p>根据有关规定，决定如下，现予公告。</p>"
        "<a href='http://[::1/a.pdf'>坏链接</a><a href='a2.pdf'>附件2</a></div>"
    )
    page = parse_notice(html, f"{WWW}/zwgk/zcfb/art/2025/art_1.html")
    assert [a.url for a in page.attachments] == [f"{WWW}/zwgk/zcfb/art/2025/a2.pdf"]


def test_on_publication_without_any_date() -> None:
    html = _page(
        "<div class='art-con'><p>根据有关规定，决定如下。</p><p>本公告自公布之日起正式实施。</p></div>"
    )
    page = parse_notice(html, WWW)
    assert page.published_on is None
    assert (page.effective_on, page.effective_rule) == (None, "on_publication")


def test_metadata_block_rendered_on_one_line_is_read_field_by_field() -> None:
    html = (
        '<html><head><meta name="ArticleTitle" content="公布对稀土相关物项实施出口管制的决定"></head><body>'
        '<div class="art-con"><div class="art-con-gonggao"><span>【发布单位】安全与管制局</span>'
        "<span>【发布文号】商务部公告2025年第61号</span><span>【发文日期】2025年10月09日</span></div>"
        "<p>一、以下物项未经许可不得出口：</p><p>（一）1C902.a 金属钐。</p></div></body></html>"
    )
    page = parse_notice(html, "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_x.html")
    assert page.number is not None and page.number.notice_id == "MOFCOM-2025-61"
    assert page.published_on == dt.date(2025, 10, 9)
    assert page.issuing_unit == "安全与管制局"
    assert "【" not in page.body and page.body.startswith("一、以下物项")
