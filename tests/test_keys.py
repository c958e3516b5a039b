"""Entry keys and notice content fingerprints: what counts as the same thing across edits and copies."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from parsers.article import parse_notice
from parsers.entries import extract_entries
from parsers.keys import base_key, content_fingerprint, entry_keys, normalize_name, unnumbered_notice_id

DEMO_57 = "zwgk/zcfb/art/2025/art_8aff7b019c3f4ab3b2e7f086b40f18b1.html"
DEMO = Path(__file__).resolve().parent.parent / "pipelines" / "demo_site"


def test_hs_code_correction_keeps_the_key() -> None:
    before = extract_entries(
        "一、1C911 铥相关物项\n（一）1C911.a.金属铥：\n1. 金属铥（参考税则号列：28053091）。"
    ).entries
    after = extract_entries(
        "一、1C911 铥相关物项\n（一）1C911.a.金属铥：\n1. 金属铥（参考税则号列：28053019）。"
    ).entries
    assert before[0].hs_codes != after[0].hs_codes
    assert entry_keys(before) == entry_keys(after) == ["1C911.a|金属铥"]


def test_demo_57_edit_between_nights_keeps_every_key() -> None:
    night1 = parse_notice((DEMO / "night1" / DEMO_57).read_text("utf-8"), "u")
    night2 = parse_notice((DEMO / "night2" / DEMO_57).read_text("utf-8"), "u")
    first, second = extract_entries(night1.body).entries, extract_entries(night2.body).entries
    assert entry_keys(first) == entry_keys(second)
    changed = [(a.name_zh, a.hs_codes, b.hs_codes) for a, b in zip(first, second, strict=True) if a != b]
    assert changed == [("金属铥", ("28053091",), ("28053019",))]
    assert len(set(entry_keys(first))) == len(first)


def test_same_name_under_different_groups_gets_distinct_keys() -> None:
    body = "一、稀土设备\n（一）萃取设备：\n1. 专用部件。\n（二）焙烧窑：\n1. 专用部件。"
    entries = extract_entries(body).entries
    keys = entry_keys(entries)
    assert base_key(entries[0]) == base_key(entries[1])
    assert keys == ["稀土设备|萃取设备/专用部件", "稀土设备|焙烧窑/专用部件"]


def test_same_name_and_group_falls_back_to_the_path() -> None:
    body = "一、稀土设备\n（一）萃取设备：\n1. 专用部件。\n2. 专用部件。"
    keys = entry_keys(extract_entries(body).entries)
    assert len(set(keys)) == 2
    assert keys[0].endswith("@一/(一)/1") and keys[1].endswith("@一/(一)/2")


def test_key_ignores_width_spacing_and_trailing_punctuation_but_not_the_code() -> None:
    half = extract_entries(
        "一、钐相关物项\n(一)1C902.b氧化钐及其混合物(参考海关商品编号:2846901940)。"
    ).entries
    full = extract_entries(
        "一、钐相关物项\n（一）1C902.b. 氧化钐及其混合物（参考海关商品编号：2846901940）；"
    ).entries
    other = extract_entries("一、钐相关物项\n（一）1C902.c.氧化钐及其混合物。").entries
    assert entry_keys(half) == entry_keys(full) == ["1C902.b|氧化钐及其混合物"]
    assert entry_keys(other) != entry_keys(half)


def test_uncoded_entries_key_on_category() -> None:
    gallium = extract_entries(
        "一、满足以下特性的物项,未经许可,不得出口:\n(一)镓相关物项。\n1. 金属镓(单质)。"
    ).entries
    germanium = extract_entries(
        "一、满足以下特性的物项,未经许可,不得出口:\n(一)锗相关物项。\n1. 金属镓(单质)。"
    ).entries
    assert entry_keys(gallium) == ["镓相关物项|金属镓"]
    assert entry_keys(gallium) != entry_keys(germanium)


def test_normalize_name() -> None:
    assert normalize_name("  “钐钴合金” ；") == "钐钴合金"
    assert normalize_name("人造金刚石微粉，平均粒径小于等于50 μm") == "人造金刚石微粉,平均粒径小于等于50μm"
    assert normalize_name(None) == ""


NUMBER = "商务部 海关总署公告2025年第57号"
BODY = (
    "一、1C909 钬相关物项\n（一）1C909.a.金属钬：\n1. 金属钬（参考税则号列：28053019）；\n"
    "必须注明“属于两用物项”。"
)


def test_fingerprint_ignores_whitespace_and_punctuation_width() -> None:
    reference = content_fingerprint(NUMBER, BODY)
    respaced = (
        "  一、1C909  钬相关物项\n\n（一）1C909.a.金属钬：\n"
        "\t1.金属钬（参考税则号列：28053019）；\u3000\n必须注明“属于两用物项”。"
    )
    halfwidth = BODY.replace("（", "(").replace("）", ")").replace("：", ":").replace("；", ";")
    quotes = BODY.replace("“", '"').replace("”", '"')
    assert content_fingerprint(NUMBER, respaced) == reference
    assert content_fingerprint(NUMBER, halfwidth) == reference
    assert content_fingerprint(NUMBER, quotes) == reference
    assert content_fingerprint("商务部海关总署公告2025年第57号", BODY) == reference


def test_fingerprint_sees_a_changed_digit_or_number() -> None:
    reference = content_fingerprint(NUMBER, BODY)
    assert content_fingerprint(NUMBER, BODY.replace("28053019", "28053091")) != reference
    assert content_fingerprint(NUMBER, BODY.replace("1C909.a", "1C909.b")) != reference
    assert content_fingerprint("商务部 海关总署公告2025年第58号", BODY) != reference
    assert len(reference) == 64 and int(reference, 16) >= 0


def test_a_page_without_a_number_gets_a_stable_key_from_issuer_date_and_title() -> None:
    day = dt.date(2025, 11, 5)
    title = "商务部新闻发言人就调整不可靠实体清单措施答记者问"
    www = unnumbered_notice_id(title, day, "https://www.mofcom.gov.cn/xwfb/xwfyrth/art/2025/art_3cd5.html")
    repost = unnumbered_notice_id(f" {title} ", day, "http://exportcontrol.mofcom.gov.cn/article/gndt/1.html")
    assert www == repost  # one page reposted on a sub-site is one notice
    assert re.fullmatch(r"MOFCOM-U-20251105-[0-9a-f]{8}", www)
    assert unnumbered_notice_id(title, dt.date(2025, 11, 6), "u") != www  # another day, another page
    # the issuer named first in the title names the series; none named: the ministry whose site it is
    assert unnumbered_notice_id("不可靠实体清单工作机制关于…的说明（商务部发布）", day, "u").startswith(
        "UEL-U-"
    )
    assert unnumbered_notice_id("关于…的决定", day, "u").startswith("MOFCOM-U-")
    # without a title the URL identifies the page
    assert unnumbered_notice_id("", day, "https://a/1.html") != unnumbered_notice_id(
        "", day, "https://a/2.html"
    )
