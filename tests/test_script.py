"""Traditional-script pages (`parsers.script`): converted whole with OpenCC, or left untouched.

The Traditional text is 2024 No. 33 as reposted in Traditional script (`../shared/mofcom/examples/
zh-Hant/2024-33.txt`); the Simplified one is short MOFCOM-style wording.
"""

from __future__ import annotations

from pathlib import Path

from parsers.article import parse_notice
from parsers.relations import extract_notice
from parsers.script import t2s, to_simplified
from tests.conftest import shared_missing

HANT = Path(__file__).resolve().parents[2] / "shared" / "mofcom" / "examples" / "zh-Hant" / "2024-33.txt"
SIMPLIFIED = "一、满足以下特性的物项，未经许可，不得出口：\n（一）锑相关物项。\n1. 金属锑及制品（参考海关商品编号：8110101000）。"


def _page(number: str, title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    return (
        f'<html><head><meta name="ArticleTitle" content="{title}"></head><body>'
        f'<div class="art-con art-con-bottonmLine"><p>【发布文号】{number}</p><p>【发文日期】2024年08月15日</p>'
        f"{paragraphs}</div></body></html>"
    )


def test_simplified_text_is_left_as_it_is() -> None:
    check = to_simplified(SIMPLIFIED)
    assert (check.converted, check.text) == (False, SIMPLIFIED)


def test_a_stray_traditional_character_does_not_convert_a_page() -> None:
    text = SIMPLIFIED + "\n（注：原文引用“臺灣”一词。）"
    assert to_simplified(text).converted is False


def test_traditional_text_is_converted_whole_and_keeps_its_length() -> None:
    if not HANT.exists():
        shared_missing("mofcom/examples/zh-Hant/2024-33.txt")
    body = HANT.read_text("utf-8").partition("\n\n")[2]
    check = to_simplified(body)
    assert check.converted and check.changed > 100
    assert len(check.text) == len(body)  # spans into the converted body stay valid
    assert "锑矿及原料" in check.text and "銻" not in check.text
    assert "参考海关商品编号" in check.text


def test_a_traditional_page_is_read_after_conversion_and_says_so() -> None:
    if not HANT.exists():
        shared_missing("mofcom/examples/zh-Hant/2024-33.txt")
    body = HANT.read_text("utf-8").partition("\n\n")[2]
    html = _page(
        "商務部 海關總署公告2024年第33號",
        "商務部 海關總署公告2024年第33號 關于對銻等物項實施出口管制的公告",
        body,
    )
    page = parse_notice(html, "https://www.mofcom.gov.cn/zwgk/zcfb/art/2024/art_x.html")
    assert page.number is not None and page.number.notice_id == "MOFCOM-2024-33"
    assert [i.code for i in page.issues] == ["traditional_script"]
    entries = extract_notice(page).entries
    # All nine lines are read, none half-read: names, HS codes and categories in Simplified.
    assert [e.name_zh for e in entries][:2] == ["锑矿及原料", "金属锑及制品"] and len(entries) == 9
    assert entries[0].hs_codes == ("2617101000", "2617109001", "2617109090", "2830902000")
    assert {e.category_zh for e in entries} == {"锑相关物项", "超硬材料相关物项"}
    for entry in entries:
        assert page.body[entry.span[0] : entry.span[1]] == entry.quote_zh


def test_t2s_is_opencc() -> None:
    assert t2s("兩用物項出口管制") == "两用物项出口管制"
