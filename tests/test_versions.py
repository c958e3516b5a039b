"""Versions and diffs over a sequence of nights: the exact changes of each night, and the list in force
on dates around each event (new notices, an edited page, an alias copy, a suspension that ends on its
own, a vanished page, a suspension ended early by a resumption, and a parser upgrade)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

import parsers
from pipelines import steps
from pipelines.config import load_settings
from pipelines.run import discover as run_discover
from pipelines.run import parse as run_parse
from pipelines.run import reading as run_reading
from pipelines.sources.replay import ReplayServer, ReplaySite

ART = "/zwgk/zcfb/art/2030/art_{}.html"


def article(number: str, title: str, date: str, body: list[str]) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in body)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="{number} {title}"><meta name="PubDate" content="{date} 10:00"></head><body>
<div class="art-title"><h1>{number} {title}</h1></div>
<div ergodic="article" class="art-con art-con-bottonmLine">
<div class="art-con-gonggao"><p>【发布单位】安全与管制局</p><p>【发布文号】{number}</p><p>【发文日期】{date.replace("-", "")}</p></div>
{paragraphs}
</div><div class="article-tool">打印 关闭</div></body></html>"""


def listing(rows: list[tuple[str, str, str]]) -> str:
    items = "\n".join(
        f'<li><a href="{url}" title="{title}">{title}</a><span>{date}</span></li>'
        for url, title, date in rows
    )
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><ul class="policy-list">{items}</ul></body></html>'


A_ID, A_ALIAS, B_ID, C_ID, D_ID, E_ID = ("a" * 32, "ab" * 16, "b" * 32, "c" * 32, "d" * 32, "e" * 32)


def replay_one_notice_a_night(
    root: Path, nights: dict[int, tuple[str, str, str, str]], as_of: dict[int, str], art: str
) -> Path:
    """Run the nightly on a site that lists one notice a night (`nights`: art id, number, date, page),
    each night with its own `REGWATCH_AS_OF`; returns the warehouse. The earlier nights' pages are gone
    from the listing, as they would be for notices read before the archive's window."""
    for night, (art_id, number, date, html) in nights.items():
        directory = root / "site" / f"night{night}"
        target = directory / art.format(art_id).lstrip("/")
        target.parent.mkdir(parents=True)
        target.write_text(html, encoding="utf-8")
        (directory / "index.html").write_text(listing([(art.format(art_id), number, date)]), encoding="utf-8")
    path = root / "w.duckdb"
    with ReplayServer(ReplaySite(root / "site")) as server:
        for night in nights:
            server.night = night
            settings = load_settings(
                {
                    "REGWATCH_DB": str(path),
                    "REGWATCH_LISTING_URLS": f"{server.base_url}/index.html",
                    "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
                    "REGWATCH_RATE_LIMIT": "0",
                    "REGWATCH_AS_OF": as_of[night],
                }
            )
            steps.run_all(steps.make_context(settings, trigger="nightly", log=lambda _m: None))
    return path


def notice_a(hs: str) -> str:
    return article(
        "商务部公告2030年第1号",
        "公布对钐相关物项实施出口管制的决定",
        "2030-01-10",
        [
            "决定对下列物项实施出口管制：",
            "一、钐相关物项",
            f"（一）1C902.a 金属钐（参考海关商品编号：{hs}）。",
            "（二）1C902.b 氧化钐及其混合物（参考海关商品编号：2846901940）。",
            "本公告自2030年2月1日起正式实施。",
        ],
    )


NOTICE_B = article(
    "商务部公告2030年第2号",
    "公布对钆相关物项实施出口管制的决定",
    "2030-01-18",
    [
        "决定对下列物项实施出口管制：",
        "一、钆相关物项",
        "（一）1C903.a 金属钆（参考海关商品编号：2805301910）。",
        "本公告自公布之日起正式实施。",
    ],
)
NOTICE_C = article(
    "商务部公告2030年第3号",
    "关于暂停实施商务部公告2030年第1号的公告",
    "2030-02-25",
    ["经批准，自即日起至2030年3月31日，暂停实施商务部公告2030年第1号。", "本公告自公布之日起施行。"],
)
NOTICE_D = article(
    "商务部公告2030年第4号",
    "关于暂停实施商务部公告2030年第2号的公告",
    "2030-04-05",
    ["经批准，自即日起至2030年12月31日，暂停实施商务部公告2030年第2号。"],
)
NOTICE_E = article(
    "商务部公告2030年第5号",
    "关于恢复实施商务部公告2030年第2号的公告",
    "2030-04-08",
    ["经研究决定，自2030年4月8日起恢复实施商务部公告2030年第2号。"],
)


def build_site(root: Path) -> None:
    nights: dict[int, dict[str, str]] = {
        1: {ART.format(A_ID): notice_a("2805301911")},
        2: {
            ART.format(A_ID): notice_a("2805301910"),
            ART.format(B_ID): NOTICE_B,
            "/tzgg/art/2030/art_" + A_ALIAS + ".html": notice_a("2805301910"),
        },
        3: {ART.format(C_ID): NOTICE_C},
        4: {},
        5: {ART.format(D_ID): NOTICE_D},
        6: {ART.format(E_ID): NOTICE_E},
    }
    rows = {
        1: [(ART.format(A_ID), "商务部公告2030年第1号", "2030-01-10")],
        2: [
            ("/tzgg/art/2030/art_" + A_ALIAS + ".html", "商务部公告2030年第1号（转载）", "2030-01-11"),
            (ART.format(B_ID), "商务部公告2030年第2号", "2030-01-18"),
        ],
        3: [(ART.format(C_ID), "商务部公告2030年第3号", "2030-02-25")],
        5: [(ART.format(D_ID), "商务部公告2030年第4号", "2030-04-05")],
        6: [(ART.format(E_ID), "商务部公告2030年第5号", "2030-04-08")],
    }
    listed: list[tuple[str, str, str]] = []
    for night, pages in nights.items():
        directory = root / f"night{night}"
        directory.mkdir(parents=True)
        for path, html in pages.items():
            target = directory / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        listed = rows.get(night, []) + listed
        if night >= 3:  # No. 2's page vanishes from the site on night 3 (and stays gone)
            listed = [row for row in listed if row[0] != ART.format(B_ID)]
            if night == 3:
                (directory / "REMOVED.txt").write_text(ART.format(B_ID) + "\n", encoding="utf-8")
        (directory / "index.html").write_text(listing(listed), encoding="utf-8")


@dataclass(frozen=True)
class Replayed:
    db: Path
    changes: dict[int, list[tuple[str, str, str, bool]]]  # night -> (change_type, entry_key, cause, alert)


AS_OF = {1: "2030-01-15", 2: "2030-01-20", 3: "2030-03-01", 4: "2030-04-02", 5: "2030-04-06", 6: "2030-04-10"}
X1, X2, Y = "1C902.a|金属钐", "1C902.b|氧化钐及其混合物", "1C903.a|金属钆"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Replayed:
    root = tmp_path_factory.mktemp("versions")
    build_site(root / "site")
    db = root / "w.duckdb"
    changes: dict[int, list[tuple[str, str, str, bool]]] = {}
    with ReplayServer(ReplaySite(root / "site")) as server:
        env = {
            "REGWATCH_DB": str(db),
            "REGWATCH_LISTING_URLS": f"{server.base_url}/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
            "REGWATCH_RATE_LIMIT": "0",
        }
        for night in range(1, 8):
            server.night = min(night, 6)
            settings = load_settings({**env, "REGWATCH_AS_OF": AS_OF.get(night, "2030-04-10")})
            ctx = steps.make_context(settings, trigger="nightly", log=lambda _m: None)
            if night == 7:  # a parser upgrade re-reads unchanged pages and now names things differently
                mp = pytest.MonkeyPatch()
                mp.setattr(run_parse, "PARSER_VERSION", parsers.PARSER_VERSION + "-upgraded")
                mp.setattr(run_discover, "PARSER_VERSION", parsers.PARSER_VERSION + "-upgraded")
                mp.setattr(
                    run_reading,
                    "compose_name_en",
                    lambda name, tokens, glossary: _Renamed(f"upgraded {name}"),
                )
                try:
                    steps.run_all(ctx)
                finally:
                    mp.undo()
            else:
                steps.run_all(ctx)
            con = duckdb.connect(str(db), read_only=True)
            try:
                changes[night] = sorted(
                    con.execute(
                        "SELECT change_type, entry_key, cause, alert FROM changes WHERE run_id = ?",
                        [ctx.run_id],
                    ).fetchall()
                )
            finally:
                con.close()
    return Replayed(db, changes)


class _Renamed:
    def __init__(self, text: str) -> None:
        self.text, self.complete, self.missing = text, True, ()


def test_each_night_yields_exactly_the_expected_changes(
    warehouse: Replayed,
) -> None:
    assert warehouse.changes[1] == [("added", X1, "baseline", False), ("added", X2, "baseline", False)]
    # Night 2: a new notice, a silently corrected HS code (modified, not removed + added), an alias copy (nothing).
    assert warehouse.changes[2] == [("added", Y, "regulatory", True), ("modified", X1, "regulatory", True)]
    # Night 3: No. 3 suspends No. 1; No. 2's page vanished, which removes nothing.
    assert warehouse.changes[3] == [
        ("suspended", X1, "regulatory", True),
        ("suspended", X2, "regulatory", True),
    ]
    # Night 4: nothing was published, but the window ended on 2030-03-31: reinstated, because time passed.
    assert warehouse.changes[4] == [
        ("reinstated", X1, "scheduled", True),
        ("reinstated", X2, "scheduled", True),
    ]
    assert warehouse.changes[5] == [("suspended", Y, "regulatory", True)]
    # Night 6: No. 5 resumes No. 2 before the suspension window would have ended.
    assert warehouse.changes[6] == [("reinstated", Y, "regulatory", True)]
    # Night 7: a parser upgrade renames everything: recorded, labelled reparse, never alerted.
    assert warehouse.changes[7] == [
        ("modified", X1, "reparse", False),
        ("modified", X2, "reparse", False),
        ("modified", Y, "reparse", False),
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2030-01-31", {X1: "pending", X2: "pending", Y: "in_force"}),
        ("2030-02-01", {X1: "in_force", X2: "in_force", Y: "in_force"}),
        ("2030-02-24", {X1: "in_force", X2: "in_force", Y: "in_force"}),
        ("2030-02-25", {X1: "suspended", X2: "suspended", Y: "in_force"}),
        ("2030-03-31", {X1: "suspended", X2: "suspended", Y: "in_force"}),
        ("2030-04-01", {X1: "in_force", X2: "in_force", Y: "in_force"}),
        ("2030-04-05", {X1: "in_force", X2: "in_force", Y: "suspended"}),
        ("2030-04-07", {X1: "in_force", X2: "in_force", Y: "suspended"}),
        ("2030-04-08", {X1: "in_force", X2: "in_force", Y: "in_force"}),
        ("2030-01-17", {X1: "pending", X2: "pending", Y: "pending"}),
    ],
)
def test_controls_as_of_around_each_event(warehouse: Replayed, day: str, expected: dict[str, str]) -> None:
    con = duckdb.connect(str(warehouse.db), read_only=True)
    try:
        got = dict(con.execute("SELECT entry_key, status FROM controls_as_of(?::DATE)", [day]).fetchall())
    finally:
        con.close()
    assert got == expected


def test_versions_copies_and_history(warehouse: Replayed) -> None:
    con = duckdb.connect(str(warehouse.db), read_only=True)
    try:
        versions = con.execute("SELECT notice_id, version FROM notice_versions ORDER BY 1, 2").fetchall()
        diff = con.execute("SELECT added, removed, modified, detail FROM notice_version_diffs").fetchall()
        copies = con.execute("SELECT url LIKE '%/tzgg/%', matches_primary FROM notice_copies").fetchall()
        gone = con.execute("SELECT count(*) FROM data_issues WHERE code = 'page_gone'").fetchone()
        hs = con.execute(
            "SELECT hs_codes FROM controls_as_of(DATE '2030-02-01') WHERE entry_key = ?", [X1]
        ).fetchone()
        statuses = dict(con.execute("SELECT notice_id, status FROM notices").fetchall())
        # What regwatch believed at list version 1 (before the correction) is still answerable.
        believed = con.execute(
            "SELECT hs_codes FROM control_periods WHERE entry_key = ? AND known_from_lv <= 1 "
            "AND (known_to_lv IS NULL OR known_to_lv > 1)",
            [X1],
        ).fetchone()
    finally:
        con.close()
    assert versions == [
        ("MOFCOM-2030-1", 1),
        ("MOFCOM-2030-1", 2),
        ("MOFCOM-2030-2", 1),
        ("MOFCOM-2030-3", 1),
        ("MOFCOM-2030-4", 1),
        ("MOFCOM-2030-5", 1),
    ]
    assert len(diff) == 1 and diff[0][:3] == (0, 0, 1) and "2805301911" in diff[0][3]
    assert copies == [(True, True)]
    assert gone == (1,)
    assert hs == (["2805301910"],)
    assert believed == (["2805301911"],)
    # notices.status is evaluated on today's date, which is before these 2030 notices take effect.
    if dt.date.today() < dt.date(2030, 1, 10):
        assert set(statuses.values()) == {"pending"}


def test_a_night_with_nothing_to_build_skips_the_build_but_not_a_passing_date(tmp_path: Path) -> None:
    """The build is skipped only when it would change nothing: same inputs, and no period starting or
    ending between the last build's date and this one (warehouse/buildstate.py)."""
    build_site(tmp_path / "site")
    db = tmp_path / "w.duckdb"

    def night(server: ReplayServer, as_of: str) -> tuple[bool, list[tuple[str, str, str]], int]:
        env = {
            "REGWATCH_DB": str(db),
            "REGWATCH_LISTING_URLS": f"{server.base_url}/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
            "REGWATCH_RATE_LIMIT": "0",
            "REGWATCH_AS_OF": as_of,
        }
        ctx = steps.make_context(load_settings(env), trigger="nightly", log=lambda _m: None)
        steps.run_all(ctx)
        con = duckdb.connect(str(db), read_only=True)
        try:
            built = con.execute("SELECT list_built FROM runs WHERE run_id = ?", [ctx.run_id]).fetchone()
            changes = con.execute(
                "SELECT change_type, entry_key, cause FROM changes WHERE run_id = ? ORDER BY 1, 2",
                [ctx.run_id],
            ).fetchall()
            versions = con.execute("SELECT count(*) FROM list_versions").fetchone()
        finally:
            con.close()
        assert built is not None and versions is not None
        return bool(built[0]), changes, int(versions[0])

    with ReplayServer(ReplaySite(tmp_path / "site")) as server:
        for n in (1, 2, 3):
            server.night = n
            assert night(server, AS_OF[n])[0]
        _, _, versions = night(server, AS_OF[3])  # nothing new, the same day
        assert night(server, AS_OF[3]) == (False, [], versions)
        # Days pass, but no period starts or ends between them: still nothing to build.
        assert night(server, "2030-03-20") == (False, [], versions)
        # The suspension's window ends on 2030-03-31: the build runs and says so, as a scheduled change.
        built, changes, _ = night(server, "2030-04-02")
        assert built
        assert changes == [("reinstated", X1, "scheduled"), ("reinstated", X2, "scheduled")]
        # Any writer of the inputs makes the next build run, whoever it is.
        con = duckdb.connect(str(db))
        try:
            con.execute("UPDATE control_entries SET name_en = 'edited by hand' WHERE entry_key = ?", [X1])
        finally:
            con.close()
        built, changes, _ = night(server, "2030-04-02")
        assert built
        assert changes == [("modified", X1, "reparse")]
