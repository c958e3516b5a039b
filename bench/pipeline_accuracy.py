"""Extraction accuracy through the whole pipeline: the corpus served as a MOFCOM site, read by a run.

`python -m bench.accuracy` scores the parsers on rendered pages in memory. This scores what reaches the
warehouse when the same notices are published the way MOFCOM publishes them: one listing page on a
loopback server, one article page per notice in its layout, list attachments as documents. A notice
the run drops (an unread number, a copy taken for another notice, a failed attachment) or an entry lost
between parser and warehouse shows here and not in the in-memory score.

    python -m bench.pipeline_accuracy [--split dev|heldout|examples|all] [--json] [--verbose]

The figures are read from the contract tables (`control_entries`, `notice_relations`, `party_entries`,
`rule_records` of each notice's current version) and scored by `bench.accuracy.score_extraction`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import json
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import duckdb

from bench.accuracy import Ratio, SplitScore, score_extraction
from bench.corpus import SPLITS, CorpusNotice, Truth, load_split, render_page

LISTING_PATH = "zwgk/zcfb/index.html"


def _article_path(notice: CorpusNotice) -> str:
    return f"zwgk/zcfb/art/corpus/{notice.key}.html"


def _docx(text: str) -> bytes:
    """An attachment's text as a Word document, one printed line per paragraph (MOFCOM's annexes)."""
    from docx import Document

    document = Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _listing(notices: Sequence[CorpusNotice]) -> str:
    rows = []
    for notice in notices:
        title = html.escape(notice.header.get("title") or notice.key, quote=True)
        published = _published(notice)
        rows.append(
            f'<li><em>【政策】</em><a href="/{_article_path(notice)}" title="{title}" target="_blank">'
            f"{title}</a><span>{published}</span></li>"
        )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政策发布</title></head><body>'
        '<ul class="policy-list f-mt20">\n' + "\n".join(rows) + "\n</ul></body></html>\n"
    )


def _published(notice: CorpusNotice) -> str:
    published = notice.truth.published
    return published.isoformat() if published else "2025-01-01"


def build_site(notices: Sequence[CorpusNotice], root: Path) -> None:
    """Write a one-night replay site (pipelines.sources.replay layout) holding `notices`."""
    night = root / "night1"
    for notice in notices:
        page = render_page(notice)
        body = page.html
        for index, (url, text) in enumerate(page.attachment_texts.items(), start=1):
            relative = f"cms_files/filemanager/{notice.key}/att{index}.docx"
            (night / relative).parent.mkdir(parents=True, exist_ok=True)
            (night / relative).write_bytes(_docx(text))
            body = body.replace(html.escape(url, quote=True), f"/{relative}").replace(url, f"/{relative}")
        # Absolute links to the real host would be refused by the allow-list: serve everything here.
        body = re.sub(r"https?://[a-z0-9.-]*mofcom\.gov\.cn", "", body)
        target = night / _article_path(notice)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    (night / LISTING_PATH).parent.mkdir(parents=True, exist_ok=True)
    (night / LISTING_PATH).write_text(_listing(notices), encoding="utf-8")


def run_pipeline(site_root: Path, db: Path, as_of: dt.date) -> None:
    """One nightly run (discover → fetch → parse → build → deliver) against the site, in this process."""
    from pipelines.config import load_settings
    from pipelines.sources.replay import ReplayServer, ReplaySite
    from pipelines.steps import make_context, run_all

    with ReplayServer(ReplaySite(site_root)) as server:
        host = f"127.0.0.1:{server.port}"
        settings = load_settings(
            {
                "REGWATCH_DB": str(db),
                "REGWATCH_LISTING_URLS": f"{server.base_url}/{LISTING_PATH}",
                "REGWATCH_ALLOWED_HOSTS": host,
                "REGWATCH_RATE_LIMIT": "0",
                "REGWATCH_AS_OF": as_of.isoformat(),
            }
        )
        ctx = make_context(settings, trigger="manual", log=lambda _message: None)
        try:
            run_all(ctx)
        finally:
            ctx.fetcher.close()


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_warehouse(db: Path) -> dict[str, SimpleNamespace]:
    """What the warehouse holds per notice id, shaped like `parsers.model.Extraction` for the scorer."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        notices = {
            row["notice_id"]: row
            for row in _rows(con, "SELECT notice_id, published_on, effective_on, version, url FROM notices")
        }
        current = "JOIN notices n ON n.notice_id = x.notice_id AND n.version = x.version"
        entries = _rows(con, f"SELECT x.* FROM control_entries x {current} ORDER BY x.span_start")
        relations = _rows(con, f"SELECT x.* FROM notice_relations x {current} ORDER BY x.seq")
        parties = _rows(con, f"SELECT x.* FROM party_entries x {current} ORDER BY x.seq")
        rules = _rows(con, f"SELECT x.* FROM rule_records x {current} ORDER BY x.seq")
    finally:
        con.close()
    found: dict[str, SimpleNamespace] = {}
    for notice_id, row in notices.items():
        found[notice_id] = SimpleNamespace(
            url=row["url"],
            published=row["published_on"],
            effective=row["effective_on"],
            entries=[SimpleNamespace(**e) for e in entries if e["notice_id"] == notice_id],
            relations=[
                SimpleNamespace(
                    **r,
                    target_number=SimpleNamespace(notice_id=r["target_notice_id"])
                    if r["target_notice_id"]
                    else None,
                )
                for r in relations
                if r["notice_id"] == notice_id
            ],
            parties=[
                SimpleNamespace(**p, effective=p["effective_on"], until=p["window_until"])
                for p in parties
                if p["notice_id"] == notice_id
            ],
            rules=[SimpleNamespace(**r) for r in rules if r["notice_id"] == notice_id],
        )
    return found


def score_through_pipeline(split: str, notices: Sequence[CorpusNotice] | None = None) -> SplitScore:
    chosen = list(notices) if notices is not None else load_split(split)
    with tempfile.TemporaryDirectory(prefix="regwatch-pipeline-accuracy-") as tmp:
        root = Path(tmp)
        build_site(chosen, root / "site")
        latest = max((n.truth.published for n in chosen if n.truth.published), default=dt.date(2025, 1, 1))
        run_pipeline(root / "site", root / "w.duckdb", latest)
        stored = read_warehouse(root / "w.duckdb")
    scores = []
    for notice in chosen:
        found = stored.get(notice.truth.notice_id or "") or _unnumbered(notice, stored)
        score = score_extraction(
            split,
            notice.key,
            notice.truth,
            notice_id=notice.truth.notice_id if found else None,
            published=found.published if found else None,
            effective=found.effective if found else None,
            extraction=found,
        )
        if found is None and _records_nothing(notice.truth):
            # The run rightly keeps no notice for such a page, so it has no dates to compare.
            score.published, score.effective = Ratio(), Ratio()
        scores.append(score)
    return SplitScore.of(split, scores)


def _records_nothing(truth: Truth) -> bool:
    """A page with no number that names no entry, relation, party or rule (a spokesperson's answer
    that only comments, an informational notice of another ministry)."""
    return truth.notice_id is None and not (truth.leaves or truth.relations or truth.parties or truth.rules)


def _unnumbered(notice: CorpusNotice, stored: dict[str, SimpleNamespace]) -> SimpleNamespace | None:
    """A page printing no number (truth `notice: null`) is stored under a synthetic key: find it by URL."""
    if notice.truth.notice_id is not None:
        return None
    path = "/" + _article_path(notice)
    return next((found for found in stored.values() if str(found.url).endswith(path)), None)


def main(argv: Sequence[str] | None = None) -> int:
    from bench.accuracy import TARGETS, format_split

    parser = argparse.ArgumentParser(
        prog="python -m bench.pipeline_accuracy", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    parser.add_argument("--verbose", action="store_true", help="list every miss under its notice")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    totals = [score_through_pipeline(split) for split in splits]
    if args.json:
        payload = {"targets": dict(TARGETS), "splits": [t.as_dict() for t in totals]}
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(format_split(total, args.verbose) for total in totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
