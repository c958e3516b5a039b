"""Digest rendering and subscriptions.

Assertions are on content counsel relies on (counts, dates, windows, escaping), not whole-file goldens,
so a change of layout or styling does not fail these tests but a wrong date or an unescaped name does.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from pipelines.alerts.brief import display_width
from pipelines.alerts.digest import (
    DISCLAIMER,
    Digest,
    DigestChange,
    DigestNotice,
    DigestRelation,
    Subscription,
    filter_changes,
    load_subscriptions,
    summary_line,
)
from pipelines.alerts.render import render, render_all

AS_OF = date(2025, 10, 10)
GENERATED = datetime(2025, 10, 10, 2, 30, tzinfo=UTC)
CHECKED = datetime(2025, 10, 10, 2, 0, tzinfo=UTC)
SHA = "3f2a9c0e1b7d" + "0" * 52
URL_57 = "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_57.html"


def make_change(**overrides: object) -> DigestChange:
    values: dict[str, object] = {
        "change_id": "chg-1",
        "change_type": "added",
        "entry_key": "1C902.a|钐钴合金",
        "name_zh": "钐钴合金",
        "name_en": "Samarium-cobalt alloy",
        "kind": "item",
        "category_zh": "钐相关物项",
        "control_code": "1C902.a",
        "hs_codes": ("8505.1110", "8505.1190"),
        "notice_id": "MOFCOM-2025-57",
        "notice_number_zh": "商务部 海关总署公告2025年第57号",
        "notice_title_zh": "关于对部分中重稀土相关物项实施出口管制的决定",
        "notice_url": URL_57,
        "effective_on": date(2025, 11, 8),
        "window_from": None,
        "window_until": None,
        "cause_notice_id": None,
        "cause_notice_number_zh": None,
        "quote_zh": "a. 钐钴合金（参考海关商品编号：8505111000、8505119000）",
        "source_sha256": SHA,
        "detail": {},
    }
    values.update(overrides)
    return DigestChange(**values)  # type: ignore[arg-type]


def battery_change(**overrides: object) -> DigestChange:
    values: dict[str, object] = {
        "change_id": "chg-bat",
        "entry_key": "3A001|锂离子电池",
        "name_zh": "锂离子电池",
        "name_en": "Lithium-ion battery",
        "category_zh": "锂电池相关物项",
        "control_code": "3A001",
        "hs_codes": ("8507.6000",),
        "notice_id": "MOFCOM-2025-58",
        "notice_number_zh": "商务部 海关总署公告2025年第58号",
        "notice_title_zh": "关于对锂电池和人造石墨负极材料相关物项实施出口管制的决定",
        "notice_url": "https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_58.html",
        "quote_zh": "（一）能量密度≥300Wh/kg的锂离子电池",
    }
    values.update(overrides)
    return make_change(**values)


def suspended_change() -> DigestChange:
    return make_change(
        change_id="chg-sus",
        change_type="suspended",
        entry_key="1C903|镝",
        name_zh="镝",
        name_en="Dysprosium",
        control_code="1C903",
        hs_codes=("2805.3011",),
        effective_on=date(2025, 4, 4),
        window_from=date(2025, 11, 10),
        window_until=date(2026, 11, 10),
        cause_notice_id="MOFCOM-2025-70",
        cause_notice_number_zh="商务部公告2025年第70号",
    )


def modified_change() -> DigestChange:
    return make_change(
        change_id="chg-mod",
        change_type="modified",
        entry_key="1C904|钆",
        name_zh="钆",
        name_en="Gadolinium",
        control_code="1C904",
        effective_on=date(2025, 4, 4),
        detail={
            "hs_codes": {"old": ["2805.3019"], "new": ["2805.3019", "2846.9019"]},
            "control_code": {"old": "1C904", "new": "1C904.a"},
        },
    )


def sample_digest(**overrides: object) -> Digest:
    values: dict[str, object] = {
        "generated_at": GENERATED,
        "as_of": AS_OF,
        "run_id": "run-2025-10-10",
        "changes": (make_change(), suspended_change(), modified_change(), battery_change()),
        "sources_checked_at": CHECKED,
        "fetch_failures": (),
    }
    values.update(overrides)
    return Digest(**values)  # type: ignore[arg-type]


def flat(text: str) -> str:
    """The text brief wraps at 80 columns; assertions read it as one line of words."""
    return re.sub(r"\s+", " ", text)


# --- summary ----------------------------------------------------------------------------------------


def test_summary_line_counts_in_fixed_order() -> None:
    changes = (
        suspended_change(),
        make_change(change_id="a"),
        modified_change(),
        make_change(change_id="b"),
        battery_change(change_id="c"),
        suspended_change(),
        make_change(change_id="r", change_type="removed"),
    )
    # The three additions take effect on 2025-11-08, after the run's date: "pending", said so.
    assert summary_line(sample_digest(changes=changes)) == (
        "3 newly controlled (3 pending), 1 modified, 2 suspended, 1 removed"
    )


def test_summary_line_qualifies_items_suspended_on_arrival() -> None:
    on_arrival = make_change(
        effective_on=date(2025, 10, 1),
        window_from=date(2025, 10, 1),
        window_until=date(2026, 11, 10),
        cause_notice_id="MOFCOM-2025-70",
        cause_notice_number_zh="商务部 海关总署公告2025年第70号",
        detail={"status": "suspended", "window_from": "2025-10-01", "window_until": "2026-11-10"},
    )
    in_force = make_change(change_id="f", entry_key="k2", effective_on=date(2025, 10, 1))
    assert summary_line(sample_digest(changes=(on_arrival, in_force))) == (
        "2 newly controlled (1 suspended on arrival)"
    )


def test_summary_line_empty_and_already_alerted() -> None:
    assert summary_line(sample_digest(changes=())) == "No changes"
    alerted = make_change(already_alerted=True)
    assert summary_line(sample_digest(changes=(alerted,))) == "No new changes (1 already alerted)"
    assert (
        summary_line(sample_digest(changes=(alerted, modified_change()))) == "1 modified (1 already alerted)"
    )


# --- content ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_brief_content_in_every_human_format(fmt: str) -> None:
    """The brief: one line per event with the English and the Chinese number, then each entry's names,
    code and HS codes; the verbatim quote and the archive hash are left to the full files."""
    out = re.sub(r"\s+", " ", render(sample_digest(), fmt))  # the text brief wraps at 80 columns
    assert "2 newly controlled (2 pending), 1 modified, 1 suspended" in out
    assert "What happened" in out
    assert "MOFCOM–GACC 2025 No. 57" in out and "商务部 海关总署公告2025年第57号" in out
    assert "adds 1 item, effective 2025-11-08 (in 29 days)" in out
    assert "MOFCOM 2025 No. 70" in out and "suspends No. 57 from 2025-11-10 until 2026-11-10 (1 entry)" in out
    assert "钐钴合金" in out and "Samarium-cobalt alloy" in out
    assert "8505.1110, 8505.1190" in out and "1C902.a" in out
    assert "关于对部分中重稀土相关物项实施出口管制的决定" in out
    assert URL_57 in out
    assert "参考海关商品编号" not in out and "3f2a9c0e1b7d" not in out  # in the full files
    assert "digest-run-2025-10-10.full.html" in out and "digest-run-2025-10-10.json" in out
    assert DISCLAIMER in out
    assert "Sources last checked successfully: 2025-10-10 02:00 UTC" in out


def test_full_html_keeps_every_entry_in_full() -> None:
    out = render(sample_digest(), "full.html")
    for heading in ("Newly controlled", "Modified", "Suspended", "What happened"):
        assert heading in out
    assert "参考海关商品编号：8505111000、8505119000" in out  # verbatim quote
    assert f'title="{SHA}"' in out and "3f2a9c0e1b7d" in out
    assert "takes effect in 29 days" in out
    assert "suspended from 2025-11-10 until 2026-11-10" in out
    assert "by 商务部公告2025年第70号 (MOFCOM-2025-70)" in out
    for change in sample_digest().changes:
        assert f'id="change-{change.change_id}"' in out


def test_in_force_since_when_already_effective() -> None:
    out = flat(render(sample_digest(changes=(make_change(effective_on=date(2025, 10, 1)),)), "txt"))
    assert "adds 1 item, in force since 2025-10-01" in out
    assert "pending" not in out and "(in " not in out
    one_day = render(sample_digest(changes=(make_change(effective_on=AS_OF + timedelta(days=1)),)), "txt")
    assert "(in 1 day)" in one_day and "1 days" not in one_day


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_suspension_is_one_event_with_its_window(fmt: str) -> None:
    many = tuple(
        dataclasses.replace(suspended_change(), change_id=f"s{i}", entry_key=f"k{i}", notice_id=notice_id)
        for i, notice_id in enumerate(["MOFCOM-2025-55", "MOFCOM-2025-57", "MOFCOM-2025-57"])
    )
    out = flat(render(sample_digest(changes=many), fmt))
    assert "suspends Nos. 55, 57 from 2025-11-10 until 2026-11-10 (3 entries)" in out
    assert out.count("suspends") == (2 if fmt == "txt" else 1)  # txt repeats the line over the table


def test_suspension_window_and_targets_from_the_notice_relations() -> None:
    relation = DigestRelation(
        "suspends", "MOFCOM-2025-61", "61号", None, date(2025, 11, 7), date(2026, 11, 10)
    )
    also = DigestRelation("suspends", "MOFCOM-2025-57", "57号", None, date(2025, 11, 7), date(2026, 11, 10))
    seventy = DigestNotice(
        "MOFCOM-2025-70",
        "商务部公告2025年第70号",
        "关于暂停实施部分出口管制措施的公告",
        "Announcement on suspending certain export control measures",
        "https://x.example/70.html",
        (relation, also),
    )
    out = render(sample_digest(changes=(suspended_change(),), notices=(seventy,)), "md")
    # No. 61 has no entry in this digest but is named by the notice; the window is the notice's.
    assert "suspends Nos. 57, 61 from 2025-11-07 until 2026-11-10 (1 entry)" in out
    assert (
        "### MOFCOM 2025 No. 70 (1 entry suspended) — Announcement on suspending certain export control"
        in out
    )
    assert "[商务部公告2025年第70号](https://x.example/70.html)" in out


def test_suspended_open_ended() -> None:
    change = dataclasses.replace(suspended_change(), window_until=None)
    out = flat(render(sample_digest(changes=(change,)), "txt"))
    assert "suspends No. 57 from 2025-11-10 until further notice (1 entry)" in out


def test_modified_old_to_new() -> None:
    txt = flat(render(sample_digest(changes=(modified_change(),)), "txt"))
    assert "HS codes 2805.3019 → 2805.3019, 2846.9019; control code 1C904 → 1C904.a" in txt
    md = render(sample_digest(changes=(modified_change(),)), "md")
    assert "changes 1 entry: Gadolinium (钆), HS codes 2805.3019 → 2805.3019, 2846.9019" in md
    html = render(sample_digest(changes=(modified_change(),)), "html")
    assert "2846.9019" in html and "→ 1C904.a" in html


def test_one_event_per_notice_with_link_and_ordered_rows() -> None:
    changes = (
        make_change(
            change_id="x",
            entry_key="k2",
            name_zh="钐铁合金",
            name_en="Samarium-iron alloy",
            control_code="1C902.b",
        ),
        make_change(),
    )
    md = render(sample_digest(changes=changes), "md")
    assert md.count("[商务部 海关总署公告2025年第57号](" + URL_57 + ")") == 1
    assert "adds 2 items, effective 2025-11-08 (in 29 days) — **pending**" in md
    assert md.index("钐钴合金") < md.index("钐铁合金")  # 1C902.a before 1C902.b
    rows = [line for line in md.splitlines() if line.startswith("| Sam")]
    assert rows == [
        "| Samarium-cobalt alloy | 钐钴合金 | 1C902.a | 8505.1110, 8505.1190 |",
        "| Samarium-iron alloy | 钐铁合金 | 1C902.b | 8505.1110, 8505.1190 |",
    ]


def test_removed_wording_is_neutral() -> None:
    removed = make_change(
        change_type="removed", cause_notice_id="MOFCOM-2025-80", cause_notice_number_zh="第80号"
    )
    out = flat(render(sample_digest(changes=(removed,)), "txt"))
    assert "removes 1 entry of No. 57 (effective date on record: 2025-11-08)" in out
    assert "takes effect" not in out and "in force since" not in out


def test_already_alerted_listed_separately() -> None:
    digest = sample_digest(changes=(make_change(already_alerted=True), modified_change()))
    out = flat(render(digest, "txt"))
    assert "== Already alerted ==" in out
    assert out.index("== What happened") < out.index("== Already alerted")
    news, alerted = out.split("== Already alerted ==")
    assert "adds 1 item" in alerted.split(" -- ")[0] and "adds 1 item" not in news
    assert "changes 1 entry" in news
    full = render(digest, "full.html")
    assert "Already alerted (1)" in full and "— Newly controlled" in full  # the type shown on the entry
    assert "1 modified (1 already alerted)" in out


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_empty_digest_note(fmt: str) -> None:
    out = render(sample_digest(changes=()), fmt)
    assert "Checked 2025-10-10 02:00 UTC: nothing new" in out
    assert "No changes" in out
    assert "WARNING" not in out and "full.html" not in out


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "full.html"])
def test_fetch_failure_banner_at_top(fmt: str) -> None:
    digest = sample_digest(fetch_failures=("https://www.mofcom.gov.cn/list: HTTP 503 after 3 attempts",))
    out = render(digest, fmt)
    assert "WARNING: this digest may be incomplete" in out
    assert "HTTP 503 after 3 attempts" in out
    assert out.index("WARNING") < out.index("What happened")


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_sources_never_checked_is_prominent(fmt: str) -> None:
    out = render(sample_digest(sources_checked_at=None, changes=()), fmt)
    assert out.count("Sources have not been checked successfully") >= 2  # top banner and footer
    assert "Sources last checked successfully" not in out


def test_urgent_title() -> None:
    out = render(sample_digest(urgent=True), "txt")
    assert out.startswith("URGENT: regwatch")


def test_naive_datetime_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        sample_digest(generated_at=datetime(2025, 10, 10, 2, 30))


def test_other_timezones_are_labelled() -> None:
    beijing = timezone(timedelta(hours=8))
    out = render(sample_digest(changes=(), sources_checked_at=CHECKED.astimezone(beijing)), "txt")
    assert "2025-10-10 10:00 UTC+08:00" in out


def test_text_brief_fits_80_columns() -> None:
    long_name = "重量能量密度大于等于300 Wh/kg的可充放电锂离子电池（包括电芯和电池组）" * 2
    changes = (
        *sample_digest().changes,
        battery_change(change_id="long", entry_key="long", name_zh=long_name),
    )
    out = render(sample_digest(changes=changes), "txt")
    for line in out.splitlines():
        if line.strip().startswith(("http://", "https://")):
            continue  # a link is kept whole so a terminal can open it
        assert display_width(line) <= 80, line
    assert any(display_width(line) > 70 for line in out.splitlines())  # the wrap uses the width


# --- escaping and hygiene ---------------------------------------------------------------------------

HOSTILE_TITLE = "<script>alert(1)</script>关于出口管制的公告"
HOSTILE_NAME = "Alloy <b>&\"'"
HOSTILE_NAME_ZH = "钐钴\x08合金\x07\x1b[31m | *bold* [x](javascript:alert(1))\u202e"


def hostile_digest() -> Digest:
    change = make_change(
        notice_title_zh=HOSTILE_TITLE,
        name_en=HOSTILE_NAME,
        name_zh=HOSTILE_NAME_ZH,
        quote_zh="a.\x00 钐钴合金\x07\x1b[31m | *bold* [x](javascript:alert(1))\u202e",
        category_zh="类\x08别",
    )
    bad_link = make_change(
        change_id="js", entry_key="js", notice_id="MOFCOM-2025-99", notice_url="javascript:alert(1)"
    )
    return sample_digest(
        title="Digest <script>alert(1)</script>",
        changes=(change, bad_link),
        fetch_failures=("listing <img src=x onerror=alert(1)>",),
    )


@pytest.mark.parametrize("fmt", ["html", "full.html"])
def test_html_escapes_every_source_string(fmt: str) -> None:
    html = render(hostile_digest(), fmt)
    assert html.lstrip().lower().startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Alloy &lt;b&gt;&amp;&#34;&#39;" in html
    assert "<b>" not in html and "<img" not in html
    assert "javascript:" not in html.split("原文")[0].replace("[x](javascript:alert(1))", "")
    assert 'href="javascript' not in html


@pytest.mark.parametrize("fmt", ["html", "full.html"])
def test_html_is_email_safe(fmt: str) -> None:
    html = render(hostile_digest(), fmt)
    assert "<style" not in html.lower() and "<link" not in html.lower()
    tags = re.findall(r"<[a-zA-Z][^>]*>", html)
    assert not [t for t in tags if re.search(r"\s(src|background|srcset)=", t, re.IGNORECASE)]
    assert not [t for t in tags if "url(" in t.lower()]
    # Every http(s) URL in an attribute is a link target, nothing is fetched on open.
    for match in re.finditer(r"<(\w+)[^>]*?\s(\w+)=\"https?://", html):
        assert (match.group(1), match.group(2)) == ("a", "href")
    assert f'<a href="{URL_57}"' in html
    if fmt == "full.html":
        assert f'title="{SHA}"' in html  # full hash in the tooltip, first 12 shown


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_md_and_txt_strip_control_characters(fmt: str) -> None:
    out = render(hostile_digest(), fmt)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e]", out)
    assert "钐钴合金" in out


def test_md_neutralises_markdown_injection() -> None:
    md = render(hostile_digest(), "md")
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\| \\*bold\\* \\[x\\](javascript:alert(1))" in md  # a table cell stays one cell
    assert "[x](javascript" not in md
    assert "Alloy \\<b\\>\\&\"'" in md


def test_txt_keeps_text_literal() -> None:
    txt = render(hostile_digest(), "txt")
    assert HOSTILE_TITLE in txt and HOSTILE_NAME in txt  # plain text needs no escaping


def test_newlines_in_source_cannot_forge_lines() -> None:
    change = make_change(name_en="Alloy\n## Removed (99)\n- fake")
    md = render(sample_digest(changes=(change,)), "md")
    assert "\n## Removed" not in md
    assert "Alloy \\#\\# Removed (99) - fake" in md


# --- json -------------------------------------------------------------------------------------------


def test_json_machine_format() -> None:
    digest = sample_digest(fetch_failures=("x: timeout",))
    data = json.loads(render(digest, "json"))
    assert data["run_id"] == "run-2025-10-10"
    assert data["as_of"] == "2025-10-10"
    assert data["generated_at"] == "2025-10-10T02:30:00+00:00"
    assert data["sources_checked_at"] == "2025-10-10T02:00:00+00:00"
    assert data["fetch_failures"] == ["x: timeout"]
    assert data["summary"] == {
        "added": 2,
        "modified": 1,
        "suspended": 1,
        "reinstated": 0,
        "removed": 0,
        "already_alerted": 0,
        "added_pending": 2,
        "added_suspended_on_arrival": 0,
    }
    first = data["changes"][0]
    assert set(first) == {f.name for f in dataclasses.fields(DigestChange)}
    assert first["hs_codes"] == ["8505.1110", "8505.1190"]
    assert first["effective_on"] == "2025-11-08" and first["window_from"] is None
    sus = data["changes"][1]
    assert sus["window_until"] == "2026-11-10"
    assert data["changes"][2]["detail"]["control_code"] == {"old": "1C904", "new": "1C904.a"}
    assert "钐钴合金" in render(digest, "json")  # ensure_ascii=False
    events = data["events"]
    assert [e["kind"] for e in events] == ["added", "added", "suspended", "modified"]
    assert events[2]["headline"] == (
        "MOFCOM 2025 No. 70 (商务部公告2025年第70号) suspends No. 57 from 2025-11-10 until 2026-11-10 (1 entry)"
    )
    assert sorted(i for e in events for i in e["change_ids"]) == sorted(c.change_id for c in digest.changes)


def test_render_all_and_unknown_format() -> None:
    out = render_all(sample_digest())
    assert set(out) == {"md", "html", "txt", "json", "full.html"}
    with pytest.raises(ValueError, match="unknown digest format"):
        render(sample_digest(), "pdf")


# --- subscriptions ----------------------------------------------------------------------------------

SUBSCRIPTIONS_TOML = """
[[subscription]]
name = "batteries"
recipients = ["counsel@example.com", "ops@example.com"]
hs_prefixes = ["8507"]
control_code_prefixes = ["3A"]
webhook_url = "https://hooks.example.com/T000/B000"

[[subscription]]
name = "rare earths"
categories = ["钐相关物项"]
kinds = ["item"]
"""


def test_load_subscriptions() -> None:
    subs = load_subscriptions(SUBSCRIPTIONS_TOML)
    assert subs[0] == Subscription(
        name="batteries",
        recipients=("counsel@example.com", "ops@example.com"),
        hs_prefixes=("8507",),
        control_code_prefixes=("3A",),
        categories=(),
        kinds=(),
        webhook_url="https://hooks.example.com/T000/B000",
    )
    assert subs[1].categories == ("钐相关物项",) and subs[1].webhook_url is None


def test_battery_subscription_keeps_only_matching_changes() -> None:
    batteries = load_subscriptions(SUBSCRIPTIONS_TOML)[0]
    wrong_code = battery_change(change_id="wrong-code", control_code="1C902.a")
    no_hs = battery_change(change_id="no-hs", hs_codes=())
    digest = sample_digest(
        changes=(
            *sample_digest().changes,
            wrong_code,
            no_hs,
            battery_change(change_id="dotless", hs_codes=("85076000",)),
        )
    )
    filtered = filter_changes(digest, batteries)
    assert [c.change_id for c in filtered.changes] == ["chg-bat", "dotless"]
    assert filtered.run_id == digest.run_id and "batteries" in filtered.title
    assert summary_line(filtered) == "2 newly controlled (2 pending)"


def test_category_and_kind_subscription() -> None:
    rare = load_subscriptions(SUBSCRIPTIONS_TOML)[1]
    tech = make_change(change_id="tech", kind="technology")
    kept = filter_changes(sample_digest(changes=(make_change(), battery_change(), tech)), rare)
    assert [c.change_id for c in kept.changes] == ["chg-1"]


def test_empty_filters_match_everything() -> None:
    digest = sample_digest()
    assert filter_changes(digest, Subscription(name="all")).changes == digest.changes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[subscription]]\nname = "x"\nhs_prefix = ["8507"]\n', "unknown key.*'hs_prefix'"),
        ('[[subscription]]\nname = "x"\nhs_prefixes = "8507"\n', "'hs_prefixes' must be a list"),
        ('[[subscription]]\nname = "x"\nkinds = ["gadget"]\n', "unknown kind"),
        ('[[subscription]]\nrecipients = ["a@b.c"]\n', "'name' is required"),
        ('[[subscription]]\nname = "x"\nrecipients = ["not an address"]\n', "not an e-mail address"),
        ('[[subscription]]\nname = "x"\nwebhook_url = "file:///etc/passwd"\n', "http\\(s\\) URL"),
        ('[[subscription]]\nname = "x"\n[[subscription]]\nname = "x"\n', "duplicate"),
        ('[[subscriptions]]\nname = "x"\n', "unknown top-level key"),
        ("[[subscription]\n", "not valid TOML"),
    ],
)
def test_bad_subscriptions_file(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load_subscriptions(text)
