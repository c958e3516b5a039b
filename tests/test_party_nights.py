"""The entity lists over a sequence of nights (loopback replay, real warehouse, real digest files).

A party is added to the watch list, moved to the control list, its measures suspended (by a notice
naming the earlier listing by its date) and reinstated (by a notice naming it by number). Each
night's `changes` and the `parties_as_of` answers around each event are asserted exactly, and the
digest of each night shows them. The notices are made up (numbered 2030, like tests/test_versions);
the parties' names are real (商务部公告2026年第12号 listed both on the watch list).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from pipelines import steps
from pipelines.config import load_settings
from pipelines.sources.replay import ReplayServer, ReplaySite
from tests.test_versions import article, listing

ART = "/zwgk/zcfb/art/2030/art_{}.html"
SUBARU, FUJI = "en:subaru", "en:fujiaerospacetechnology"

GOODS = article(
    "商务部公告2030年第1号",
    "公布对钐相关物项实施出口管制的决定",
    "2030-01-10",
    [
        "决定对下列物项实施出口管制：",
        "一、钐相关物项",
        "（一）1C902.a 金属钐（参考海关商品编号：2805301910）。",
        "本公告自公布之日起正式实施。",
    ],
)
WATCH = article(
    "商务部公告2030年第2号",
    "关于将2家日本实体列入关注名单的公告",
    "2030-02-05",
    [
        "根据《中华人民共和国出口管制法》和《中华人民共和国两用物项出口管制条例》等法律法规有关规定，"
        "商务部决定将斯巴鲁株式会社等无法核实两用物项最终用户、最终用途的2家日本实体列入关注名单（见附件）。",
        "出口经营者向上述实体出口两用物项，不得申请通用许可或者以登记填报信息方式获得出口凭证；"
        "申请单项许可时，应当提交对列入关注名单实体的风险评估报告。",
        "本公告自公布之日起正式实施。",
        "附件：关注名单（2030年2月5日）",
        "关注名单（2030年2月5日）",
        "1. 斯巴鲁株式会社（SUBARU Corporation）",
        "2. 富士航空航天技术株式会社（FUJI Aerospace Technology Co., Ltd.）",
    ],
)
CONTROL = article(
    "商务部公告2030年第3号",
    "关于将1家日本实体列入出口管制管控名单的公告",
    "2030-03-01",
    [
        "为维护国家安全和利益，履行防扩散等国际义务，商务部决定将斯巴鲁株式会社（SUBARU Corporation）"
        "列入出口管制管控名单，并采取以下措施：",
        "一、禁止出口经营者向上述实体出口两用物项；正在开展的相关活动应当立即停止。",
        "二、特殊情况下确需出口的，出口经营者应当向商务部提出申请。",
        "本公告自公布之日起正式实施。",
    ],
)
SUSPEND = article(
    "商务部公告2030年第4号",
    "关于暂停实施有关措施的公告",
    "2030-04-01",
    [
        "商务部决定，自2030年4月1日起，对于2030年3月1日被列入出口管制管控名单的1家日本实体，"
        "暂停上述相关措施90天。",
        "本公告自公布之日起实施。",
    ],
)
RESUME = article(
    "商务部公告2030年第5号",
    "关于恢复实施有关措施的公告",
    "2030-05-01",
    ["商务部决定，自2030年5月1日起恢复实施商务部公告2030年第3号对所列实体采取的相关措施。"],
)
NIGHTS = {
    1: ("a" * 32, "商务部公告2030年第1号", "2030-01-10", GOODS),
    2: ("b" * 32, "商务部公告2030年第2号", "2030-02-05", WATCH),
    3: ("c" * 32, "商务部公告2030年第3号", "2030-03-01", CONTROL),
    4: ("d" * 32, "商务部公告2030年第4号", "2030-04-01", SUSPEND),
    5: ("e" * 32, "商务部公告2030年第5号", "2030-05-01", RESUME),
}
AS_OF = {1: "2030-01-15", 2: "2030-02-10", 3: "2030-03-05", 4: "2030-04-02", 5: "2030-05-02"}


def build_site(root: Path) -> None:
    listed: list[tuple[str, str, str]] = []
    for night, (art_id, number, date, html) in NIGHTS.items():
        directory = root / f"night{night}"
        target = directory / ART.format(art_id).lstrip("/")
        target.parent.mkdir(parents=True)
        target.write_text(html, encoding="utf-8")
        listed = [(ART.format(art_id), number, date), *listed]
        (directory / "index.html").write_text(listing(listed), encoding="utf-8")


@dataclass(frozen=True)
class Replayed:
    db: Path
    changes: dict[int, list[tuple[object, ...]]]
    digests: dict[int, str]
    digest_json: dict[int, dict[str, object]]


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Replayed:
    root = tmp_path_factory.mktemp("party-nights")
    build_site(root / "site")
    db = root / "w.duckdb"
    changes: dict[int, list[tuple[object, ...]]] = {}
    digests: dict[int, str] = {}
    digest_json: dict[int, dict[str, object]] = {}
    with ReplayServer(ReplaySite(root / "site")) as server:
        for night in NIGHTS:
            server.night = night
            settings = load_settings(
                {
                    "REGWATCH_DB": str(db),
                    "REGWATCH_LISTING_URLS": f"{server.base_url}/index.html",
                    "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",  # loopback is refused unless listed
                    "REGWATCH_RATE_LIMIT": "0",
                    "REGWATCH_AS_OF": AS_OF[night],
                }
            )
            ctx = steps.make_context(settings, trigger="nightly", log=lambda _m: None)
            steps.run_all(ctx)
            con = duckdb.connect(str(db), read_only=True)
            try:
                changes[night] = sorted(
                    con.execute(
                        "SELECT change_type, entry_key, list, cause, notice_id, cause_notice_id, effective_on, "
                        "window_until FROM changes WHERE run_id = ? AND list IS NOT NULL",
                        [ctx.run_id],
                    ).fetchall(),
                    key=str,
                )
            finally:
                con.close()
            md = sorted(settings.digest_dir.glob(f"digest-{ctx.run_id}*.md"))
            js = sorted(settings.digest_dir.glob(f"digest-{ctx.run_id}*.json"))
            digests[night] = md[0].read_text(encoding="utf-8") if md else ""
            digest_json[night] = json.loads(js[0].read_text(encoding="utf-8")) if js else {}
    return Replayed(db, changes, digests, digest_json)


def _d(text: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_each_night_changes_exactly(replayed: Replayed) -> None:
    assert replayed.changes[1] == []
    # Night 2: two parties added to the watch list.
    assert replayed.changes[2] == [
        ("listed", FUJI, "watch_list", "regulatory", "MOFCOM-2030-2", None, _d("2030-02-05"), None),
        ("listed", SUBARU, "watch_list", "regulatory", "MOFCOM-2030-2", None, _d("2030-02-05"), None),
    ]
    # Night 3: SUBARU moves to the control list (one party, one key): listed there, removed from the watch list.
    assert replayed.changes[3] == [
        ("listed", SUBARU, "control_list", "regulatory", "MOFCOM-2030-3", None, _d("2030-03-01"), None),
        (
            "removed",
            SUBARU,
            "watch_list",
            "regulatory",
            "MOFCOM-2030-2",
            "MOFCOM-2030-3",
            _d("2030-03-01"),
            None,
        ),
    ]
    # Night 4: the parties listed on 2030-03-01 are suspended for 90 days (2030-04-01 … 2030-06-30: 90 days counted after the start day).
    assert replayed.changes[4] == [
        (
            "suspended",
            SUBARU,
            "control_list",
            "regulatory",
            "MOFCOM-2030-3",
            "MOFCOM-2030-4",
            _d("2030-04-01"),
            _d("2030-06-30"),
        )
    ]
    # Night 5: No. 5 reinstates the measures of No. 3 before the window ends.
    assert replayed.changes[5] == [
        (
            "reinstated",
            SUBARU,
            "control_list",
            "regulatory",
            "MOFCOM-2030-3",
            "MOFCOM-2030-4",
            _d("2030-05-01"),
            None,
        )
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2030-02-04", set()),
        ("2030-02-05", {(SUBARU, "watch_list", "listed"), (FUJI, "watch_list", "listed")}),
        ("2030-02-28", {(SUBARU, "watch_list", "listed"), (FUJI, "watch_list", "listed")}),
        ("2030-03-01", {(SUBARU, "control_list", "listed"), (FUJI, "watch_list", "listed")}),
        ("2030-03-31", {(SUBARU, "control_list", "listed"), (FUJI, "watch_list", "listed")}),
        ("2030-04-01", {(SUBARU, "control_list", "suspended"), (FUJI, "watch_list", "listed")}),
        ("2030-04-30", {(SUBARU, "control_list", "suspended"), (FUJI, "watch_list", "listed")}),
        ("2030-05-01", {(SUBARU, "control_list", "listed"), (FUJI, "watch_list", "listed")}),
        ("2030-07-01", {(SUBARU, "control_list", "listed"), (FUJI, "watch_list", "listed")}),
    ],
)
def test_parties_as_of_around_each_event(
    replayed: Replayed, day: str, expected: set[tuple[str, str, str]]
) -> None:
    con = duckdb.connect(str(replayed.db), read_only=True)
    try:
        got = set(con.execute("SELECT party_id, list, status FROM parties_as_of(?::DATE)", [day]).fetchall())
    finally:
        con.close()
    assert got == expected


def test_party_rows_carry_names_measures_and_knowledge_history(replayed: Replayed) -> None:
    con = duckdb.connect(str(replayed.db), read_only=True)
    try:
        row = con.execute(
            "SELECT name_zh, name_en, country, measures, notice_id, listed_on FROM parties_as_of(DATE '2030-03-02') "
            "WHERE party_id = ?",
            [SUBARU],
        ).fetchone()
        believed = con.execute(
            "SELECT list, status, valid_from, valid_to FROM party_periods WHERE party_key = ? AND known_from_lv <= ? "
            "AND (known_to_lv IS NULL OR known_to_lv > ?) ORDER BY list, valid_from",
            [SUBARU, 2, 2],
        ).fetchall()
        kinds = dict(con.execute("SELECT notice_id, kind FROM notices").fetchall())
        entries = con.execute(
            "SELECT count(*) FROM control_entries WHERE notice_id <> 'MOFCOM-2030-1'"
        ).fetchone()
    finally:
        con.close()
    assert row == (
        "斯巴鲁株式会社",
        "SUBARU Corporation",
        "日本",
        ["禁止出口经营者向上述实体出口两用物项", "正在开展的相关活动应当立即停止"],
        "MOFCOM-2030-3",
        _d("2030-03-01"),
    )
    # At list version 2 (after night 2) regwatch believed SUBARU on the watch list, open-ended.
    assert believed == [("watch_list", "listed", _d("2030-02-05"), None)]
    assert kinds["MOFCOM-2030-4"] == "suspends" and kinds["MOFCOM-2030-5"] == "resumes"
    assert entries == (0,)  # party lines never become goods entries


def test_digest_shows_each_nights_party_changes(replayed: Replayed) -> None:
    night2 = replayed.digests[2]
    assert "adds 2 Japanese entities to the watch list, from 2030-02-05" in night2
    assert "SUBARU Corporation" in night2 and "斯巴鲁株式会社" in night2 and "| 日本 |" in night2
    assert "不得申请通用许可或者以登记填报信息方式获得出口凭证" in night2
    night3 = replayed.digests[3]
    assert "adds 1 Japanese entity to the export control list, from 2030-03-01" in night3
    assert "removes 1 Japanese entity from the watch list (moved to the export control list)" in night3
    assert (
        "suspends measures on 1 Japanese entity of the export control list from 2030-04-01 until 2030-06-30"
        in replayed.digests[4]
    )
    assert "restores measures on 1 Japanese entity of the export control list" in replayed.digests[5]
    parties = [c for c in replayed.digest_json[2]["changes"] if c["list"]]  # type: ignore[union-attr,index]
    assert sorted(c["entry_key"] for c in parties) == [FUJI, SUBARU]  # type: ignore[index]


def test_ftm_export_is_valid_followthemoney(replayed: Replayed, tmp_path: Path) -> None:
    """`regwatch export --format ftm`: parties and sanctions that the library itself accepts."""
    from followthemoney import model

    from warehouse.export import export

    con = duckdb.connect(str(replayed.db), read_only=True)
    try:
        written = export(con, tmp_path, "ftm", as_of=_d("2030-07-01"))
    finally:
        con.close()
    path, count = written["parties"]
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == count == 5  # SUBARU and FUJI, and a Sanction per party, list and listing notice
    for data in lines:
        schema = model.get(data["schema"])
        assert schema is not None
        schema.validate(data)  # raises InvalidData on a bad value
        proxy = model.get_proxy(data, cleaned=False)  # re-parsed the way `ftm validate` does
        assert proxy.id == data["id"] and all(proxy.get(p) for p in schema.required)
    by_id = {d["id"]: d for d in lines}
    subaru = next(d for d in lines if d["properties"].get("name") == ["SUBARU Corporation"])
    assert subaru["schema"] == "Company"
    assert subaru["properties"]["country"] == ["jp"]
    assert subaru["properties"]["alias"] == ["斯巴鲁株式会社"]
    assert subaru["properties"]["topics"] == ["export.control"]
    sanctions = sorted(
        (d["properties"]["programId"][0], d["properties"]["status"][0], d["properties"].get("endDate"))
        for d in lines
        if d["schema"] == "Sanction" and d["properties"]["entity"] == [subaru["id"]]
    )
    assert sanctions == [("CN-ECL", "listed", None), ("CN-ECWL", "removed", ["2030-03-01"])]
    control = next(
        d for d in lines if d["schema"] == "Sanction" and d["properties"]["programId"] == ["CN-ECL"]
    )
    assert control["properties"]["provisions"] == [
        "禁止出口经营者向上述实体出口两用物项",
        "正在开展的相关活动应当立即停止",
    ]
    assert control["properties"]["recordId"] == ["MOFCOM-2030-3"]
    assert control["properties"]["listingDate"] == ["2030-03-01"]
    assert by_id[control["properties"]["entity"][0]] is subaru
