"""What the parsers extract from the corpus reaches the warehouse through a real run, notice for notice.

`bench.accuracy` scores the parsers on pages in memory; here the same notices are served as a MOFCOM
site on loopback (one listing, one page per notice, list annexes as Word documents) and read by
`run_all`. The two scores must agree: a gap means the run dropped or changed something between parser
and warehouse (an unread number, a copy taken for another notice, an annex not fetched or not read).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

from bench.accuracy import score_split
from bench.corpus import CorpusNotice, load_split
from bench.pipeline_accuracy import build_site, run_pipeline, score_through_pipeline
from tests.conftest import shared_missing


def _states_something(notice: CorpusNotice) -> bool:
    truth = notice.truth
    return bool(truth.leaves or truth.relations or truth.parties or truth.rules)


@pytest.mark.parametrize("split", ["examples", "dev"])
def test_the_warehouse_holds_what_the_parsers_extract(split: str) -> None:
    notices = load_split(split)
    if not notices and split == "examples":
        shared_missing("mofcom/examples/truth.json")
    assert notices
    in_memory = {s.key: s for s in score_split(split, notices).notices}
    through_run = {s.key: s for s in score_through_pipeline(split, notices).notices}
    silent = {n.key for n in notices if n.truth.notice_id is None and not _states_something(n)}
    for key, memory in in_memory.items():
        if key in silent:
            continue  # an unnumbered page stating nothing is no notice: see the last test
        run = through_run[key]
        assert not run.dropped, f"{key}: the run dropped the notice"
        assert (run.leaves.tp, run.leaves.fp, run.leaves.fn) == (
            memory.leaves.tp,
            memory.leaves.fp,
            memory.leaves.fn,
        ), key
        assert (run.names.ok, run.hs.ok) == (memory.names.ok, memory.hs.ok), key
        assert run.codes.ok == memory.codes.ok, f"{key}: codes differ in the warehouse"
        assert (run.relations.tp, run.relations.fp) == (memory.relations.tp, memory.relations.fp), key
        assert run.parties == memory.parties, key
        assert run.rules == memory.rules, key


def test_spokesperson_pages_reach_the_warehouse() -> None:
    """A spokesperson's page prints no notice number; its suspensions must still reach the warehouse."""
    notices = [n for n in load_split("dev") if n.truth.notice_id is None and n.truth.relations]
    assert len(notices) >= 4
    in_memory = {s.key: s for s in score_split("dev", notices).notices}
    through_run = {s.key: s for s in score_through_pipeline("dev", notices).notices}
    assert all(s.relations.tp for s in in_memory.values())
    for key, memory in in_memory.items():
        assert through_run[key].relations.tp == memory.relations.tp, key


def test_an_unnumbered_page_is_kept_only_for_export_control_content(tmp_path: Path) -> None:
    """The spokesperson's page is kept under its synthetic key with a data issue, its suspension acts on
    the list like a numbered notice's; a news page without a number and without such content is not."""
    dev = {n.key: n for n in load_split("dev")}
    answer = dev["qa-mofcom-2025-11-05-uel"]
    news = dataclasses.replace(
        answer,
        key="news-2025-11-05",
        header={
            **answer.header,
            "title": "商务部部长会见外国企业代表",
            "url": answer.header["url"][:-12] + "0.html",
        },
        body_lines=("商务部部长会见来访的外国企业代表，双方就深化经贸合作交换了意见。",),
    )
    build_site([dev["uel-2025-6"], answer, news], tmp_path / "site")
    run_pipeline(tmp_path / "site", tmp_path / "w.duckdb", dt.date(2025, 11, 20))
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        kept = con.execute(
            "SELECT notice_id, number_zh, url FROM notices WHERE notice_id <> 'UEL-2025-6'"
        ).fetchall()
        issues = con.execute(
            "SELECT code, notice_id FROM data_issues WHERE code = 'notice_number_unread'"
        ).fetchall()
        relations = con.execute(
            "SELECT relation, target_notice_id, window_from, window_until FROM current_relations "
            "WHERE notice_id = ? ORDER BY seq",
            [kept[0][0]] if kept else [""],
        ).fetchall()
    finally:
        con.close()
    assert len(kept) == 1 and kept[0][2].endswith("/qa-mofcom-2025-11-05-uel.html"), kept
    notice_id = kept[0][0]
    assert re.fullmatch(r"MOFCOM-U-20251105-[0-9a-f]{8}", notice_id)
    assert kept[0][1] == ""  # no number was printed; none is invented
    assert issues == [("notice_number_unread", notice_id)]
    assert ("lifts", "UEL-2025-6", dt.date(2025, 11, 10), None) in relations
    assert ("suspends", "UEL-2025-7") in {r[:2] for r in relations}


def test_every_unnumbered_dev_page_is_kept_exactly_when_its_truth_states_something(tmp_path: Path) -> None:
    """The corpus decides: a page without a number is a notice in the warehouse iff its truth has
    items, relations, parties or rules (spokesperson comments on foreign lists, a licence exemption:
    nothing; a suspension, a 公安部-led listing: kept)."""
    pages = [n for n in load_split("dev") if n.truth.notice_id is None]
    stating = {n.key for n in pages if _states_something(n)}
    assert stating and len(stating) < len(pages)  # both kinds are in the corpus
    build_site(pages, tmp_path / "site")
    run_pipeline(tmp_path / "site", tmp_path / "w.duckdb", dt.date(2025, 12, 1))
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        urls = [row[0] for row in con.execute("SELECT url FROM notices").fetchall()]
    finally:
        con.close()
    kept = {url.rsplit("/", 1)[-1].removesuffix(".html") for url in urls}
    assert kept == stating


def test_the_digest_names_an_unnumbered_page_by_its_key(tmp_path: Path) -> None:
    """Night 1 lists six entities (UEL 〔2025〕8号); night 2 brings the spokesperson's answer that stops
    those measures, and a countermeasure order with the unnumbered decision suspending it for a year.
    The digest says who acted although no number was printed, names the parties, and does not present
    the order's parties as restricted today."""
    from pipelines.config import load_settings
    from pipelines.run.context import make_context
    from pipelines.run.runner import run_all
    from pipelines.sources.replay import ReplayServer, ReplaySite
    from tests.conftest import replay_env

    dev = {n.key: n for n in load_split("dev")}
    listing, answer = dev["uel-2025-8"], dev["qa-mofcom-2025-08-12-uel"]
    order, decision = dev["mofcom-order-2025-6"], dev["dec-mofcom-2025-11-10-hanwha"]
    build_site([listing], tmp_path / "one")
    build_site([listing, answer, order, decision], tmp_path / "two")
    (tmp_path / "site").mkdir()
    (tmp_path / "one" / "night1").rename(tmp_path / "site" / "night1")
    (tmp_path / "two" / "night1").rename(tmp_path / "site" / "night2")
    with ReplayServer(ReplaySite(tmp_path / "site")) as server:
        for night, as_of in ((1, "2025-08-01"), (2, "2025-11-20")):
            server.night = night
            env = replay_env(server.base_url, server.port, tmp_path / "w.duckdb", REGWATCH_AS_OF=as_of)
            ctx = make_context(load_settings(env), trigger="manual", log=lambda _message: None)
            try:
                run_all(ctx)
            finally:
                ctx.fetcher.close()
    latest = max((tmp_path / "w-digests").glob("digest-*.md"), key=lambda p: p.stat().st_mtime_ns)
    digest = latest.read_text("utf-8")
    assert re.search(r"\*\*MOFCOM-U-20250812-[0-9a-f]{8} \(no notice number\)\*\* \(\[无文号\]\(", digest), (
        digest
    )
    assert "removes 6 US entities from the Unreliable Entity List, from 2025-08-12" in digest
    assert "护盾人工智能公司" in digest and "****" not in digest
    order_line = next(
        line for line in digest.splitlines() if line.startswith("- **MOFCOM Order 2025 No. 6**")
    )
    assert re.search(
        r"measures suspended on arrival by MOFCOM-U-20251110-[0-9a-f]{8} .* until 2026-11-10", order_line
    )


def test_a_list_in_an_attachment_is_kept_when_the_number_is_unread(tmp_path: Path) -> None:
    """2025 No. 28 publishes its catalogue changes only in 附件; served without a readable number, the
    page is still kept and its attachment's entries reach `control_entries`."""
    notice = {n.key: n for n in load_split("dev")}["mofcom-2025-28"]
    header = {k: v for k, v in notice.header.items() if k != "number"}
    header["title"] = "关于调整发布《中国禁止出口限制出口技术目录》的公告"
    unnumbered = dataclasses.replace(notice, header=header)
    build_site([unnumbered], tmp_path / "site")
    run_pipeline(tmp_path / "site", tmp_path / "w.duckdb", dt.date(2025, 8, 1))
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    try:
        (notice_id,) = con.execute("SELECT notice_id FROM notices").fetchone() or ("",)
        entries = con.execute(
            "SELECT count(*) FROM control_entries WHERE notice_id = ? AND source <> 'body'", [notice_id]
        ).fetchone()
        issues = con.execute("SELECT code FROM data_issues WHERE notice_id = ?", [notice_id]).fetchall()
    finally:
        con.close()
    assert re.fullmatch(r"MOFCOM-U-20250715-[0-9a-f]{8}", notice_id)
    assert entries == (len(notice.truth.leaves),) and len(notice.truth.leaves) > 0
    assert ("notice_number_unread",) in issues
    assert ("no_notice_number",) not in issues  # one issue for one fact, although the title says 公告
