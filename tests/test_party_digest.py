"""The digest's party sections and party subscriptions, on hand-made changes (no warehouse)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pipelines.alerts.digest import Digest, DigestChange, filter_changes, load_subscriptions, summary_line
from pipelines.alerts.render import render

NOW = dt.datetime(2026, 2, 25, 6, 0, tzinfo=dt.UTC)


def party(
    change_type: str, list_name: str, name_zh: str, name_en: str, country: str, **extra: object
) -> DigestChange:
    values: dict[str, object] = {
        "change_id": f"{change_type}-{name_en}",
        "change_type": change_type,
        "entry_key": "en:" + name_en.lower().replace(" ", ""),
        "name_zh": name_zh,
        "name_en": name_en,
        "kind": "item",
        "category_zh": None,
        "control_code": None,
        "hs_codes": (),
        "notice_id": "MOFCOM-2026-11",
        "notice_number_zh": "商务部公告2026年第11号",
        "notice_title_zh": "关于将三菱造船株式会社等20家日本实体列入出口管制管控名单的公告",
        "notice_url": "https://www.mofcom.gov.cn/zcfb/blgg/gg/2026/art/2026/art_0.html",
        "effective_on": dt.date(2026, 2, 24),
        "window_from": None,
        "window_until": None,
        "cause_notice_id": None,
        "cause_notice_number_zh": None,
        "quote_zh": f"1. {name_zh}（{name_en}）",
        "source_sha256": "ab" * 32,
        "detail": {},
        "list": list_name,
        "country": country,
        "measures": ("禁止出口经营者向上述20家实体出口两用物项",),
    }
    values.update(extra)
    return DigestChange(**values)  # type: ignore[arg-type]


CHANGES = (
    party(
        "listed", "control_list", "三菱造船株式会社", "Mitsubishi Heavy Industries Shipbuilding Co.", "日本"
    ),
    party(
        "listed", "watch_list", "斯巴鲁株式会社", "SUBARU Corporation", "日本", measures=("不得申请通用许可",)
    ),
    party(
        "suspended",
        "control_list",
        "高点航空技术公司",
        "High Point Aerotechnologies",
        "美国",
        window_from=dt.date(2025, 8, 12),
        window_until=dt.date(2025, 11, 9),
        cause_notice_id="MOFCOM-2025-99",
    ),
)
DIGEST = Digest(NOW, dt.date(2026, 2, 25), "run-1", CHANGES, NOW, ())


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_party_events_in_every_format(fmt: str) -> None:
    text = re.sub(r"\s+", " ", render(DIGEST, fmt))  # the text brief wraps at 80 columns
    assert "MOFCOM 2026 No. 11" in text and "商务部公告2026年第11号" in text
    assert "adds 1 Japanese entity to the export control list, from 2026-02-24" in text
    assert "adds 1 Japanese entity to the watch list, from 2026-02-24; measures: 不得申请通用许可" in text
    assert "MOFCOM 2025 No. 99" in text
    assert (
        "suspends measures on 1 US entity of the export control list from 2025-08-12 until 2025-11-09" in text
    )
    assert "Mitsubishi Heavy Industries Shipbuilding Co." in text and "三菱造船株式会社" in text
    assert "禁止出口经营者向上述20家实体出口两用物项" in text
    assert "HS codes" not in text  # party tables show no goods fields


def test_party_sections_in_the_full_file() -> None:
    text = render(DIGEST, "full.html")
    assert "Newly listed parties (2)" in text and "Parties: measures suspended (1)" in text
    assert "control list (出口管制管控名单)" in text and "watch list (关注名单)" in text
    assert "禁止出口经营者向上述20家实体出口两用物项" in text and "不得申请通用许可" in text
    assert "until 2025-11-09" in text


def test_summary_counts_parties_apart_from_goods() -> None:
    assert summary_line(DIGEST) == "2 newly listed parties, 1 parties suspended"


def test_subscriptions_by_country_and_list() -> None:
    (japan, uel) = load_subscriptions(
        '[[subscription]]\nname = "japan"\ncountries = ["JP"]\n'
        '[[subscription]]\nname = "watch"\nlists = ["watch_list"]\ncountries = ["日本"]\n'
    )
    assert [c.name_en for c in filter_changes(DIGEST, japan).changes] == [
        "Mitsubishi Heavy Industries Shipbuilding Co.",
        "SUBARU Corporation",
    ]
    assert [c.name_en for c in filter_changes(DIGEST, uel).changes] == ["SUBARU Corporation"]
    with pytest.raises(ValueError, match="unknown list"):
        load_subscriptions('[[subscription]]\nname = "x"\nlists = ["entity_list"]\n')
