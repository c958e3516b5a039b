"""Reading pages in worker processes (REGWATCH_PARSE_WORKERS) leaves the warehouse a single process leaves.

The demo runs twice through the real command line, once reading every page in process and once in a
pool of two workers (REGWATCH_PARSE_PARALLEL_MIN=1, so even its few pages go to the pool); every table
the parse step writes must hold the same rows, in the same ids, apart from timestamps and run ids. The
pool's own guarantees (order, a dying worker, a page past its budget) are checked on `read_in_pool`
with readers that really kill their process or really run too long.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import duckdb
import pytest

from parsers.glossary import Glossary
from pipelines.config import Settings
from pipelines.run.context import ReadContext
from pipelines.run.isolation import PageFailure, isolated
from pipelines.run.parallel import CHUNK_PAGES, read_in_pool
from tests.test_e2e import regwatch
from warehouse import store

# Every table step 3 writes (docs/architecture.md), compared row for row.
PARSE_TABLES = [
    "notice_records",
    "notice_versions",
    "notice_copies",
    "control_entries",
    "notice_relations",
    "notice_paragraphs",
    "rule_records",
    "party_entries",
    "party_events",
    "attachments",
    "catalogue_rows",
    "data_issues",
]


_LOOPBACK = re.compile(r"127\.0\.0\.1:\d+")  # each demo serves its replay on a port of its own


# Hashes over a URL, hence over the replay's port: the URL itself is compared instead.
_PORTED = {("data_issues", "fingerprint")}


def _same_host(value: object) -> object:
    if isinstance(value, str):
        return _LOOPBACK.sub("127.0.0.1:PORT", value)
    if isinstance(value, list | tuple):
        return type(value)(_same_host(v) for v in value)
    if isinstance(value, dict):
        return {k: _same_host(v) for k, v in value.items()}
    return value


def _content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each table's rows without timestamps, run ids or the replay's port, in a stable order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        content = {}
        for table in PARSE_TABLES:
            columns = [
                name
                for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()
                if not kind.startswith("TIMESTAMP") and "run_id" not in name and (table, name) not in _PORTED
            ]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            content[table] = sorted((tuple(_same_host(v) for v in row) for row in rows), key=repr)
        return content
    finally:
        con.close()


def _demo(workdir: Path, **env: str) -> str:
    result = regwatch("demo", "--db", str(workdir / "demo.duckdb"), env=env, cwd=workdir)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout + result.stderr


def test_pool_and_single_process_write_the_same_warehouse(tmp_path: Path) -> None:
    (tmp_path / "single").mkdir()
    (tmp_path / "pool").mkdir()
    single = _demo(tmp_path / "single", REGWATCH_PARSE_WORKERS="1")
    pooled = _demo(tmp_path / "pool", REGWATCH_PARSE_WORKERS="2", REGWATCH_PARSE_PARALLEL_MIN="1")
    assert "worker processes" not in single
    assert "page(s) in 2 worker processes" in pooled  # the pool really read the pages
    expected = _content(tmp_path / "single" / "demo.duckdb")
    got = _content(tmp_path / "pool" / "demo.duckdb")
    assert len(expected["control_entries"]) > 100 and expected["party_entries"] and expected["data_issues"]
    for table in PARSE_TABLES:
        assert got[table] == expected[table], table


# Readers for the pool tests: module-level, so a worker process can import them by name.


def _read_or_misbehave(
    ctx: ReadContext, item: store.PendingPage, glossary: Glossary, states: dict[str, store.PageState]
) -> str | PageFailure:
    if item.url.endswith("/dies"):
        os._exit(3)  # a reader library's segfault, or the OOM killer: the process is gone
    if item.url.endswith("/hangs"):
        return isolated(lambda: time.sleep(30), 0.5)  # in the worker's main thread: SIGALRM
    return f"{item.url} read by {os.getpid()} with budget {ctx.settings.parse_budget:g}"


def _pending(urls: list[str]) -> list[store.PendingPage]:
    return [store.PendingPage(url, f"{index:064x}", "text/html") for index, url in enumerate(urls)]


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(
        db_path=tmp_path / "w.duckdb",
        archive_dir=tmp_path / "archive",
        digest_dir=tmp_path / "digests",
        listing_urls=(),
        allowed_hosts=frozenset(),
        parse_budget=7.0,
    )


def test_the_pool_keeps_order_and_turns_a_dead_worker_or_a_timeout_into_that_pages_failure(
    settings: Settings,
) -> None:
    urls = [f"http://mofcom.test/art/{i}" for i in range(CHUNK_PAGES * 5)]
    urls[CHUNK_PAGES + 3] += "/dies"  # in the second chunk: chunks after it are already in flight
    urls[CHUNK_PAGES * 3 + 1] += "/hangs"
    started = time.monotonic()
    results = list(read_in_pool(settings, _pending(urls), {}, _read_or_misbehave, 2))
    assert time.monotonic() - started < 60
    assert [item.url for item, _ in results] == urls
    for (_, result), url in zip(results, urls, strict=True):
        if url.endswith("/dies"):
            assert isinstance(result, PageFailure) and result.kind == "crash", result
            assert "worker process" in result.error
        elif url.endswith("/hangs"):
            assert isinstance(result, PageFailure) and result.kind == "timeout", result
        else:
            assert isinstance(result, str) and result.startswith(f"{url} read by ") and result.endswith(" 7")
    pids = {r.split(" by ")[1].split()[0] for _, r in results if isinstance(r, str)}
    assert str(os.getpid()) not in pids and len(pids) >= 2  # read in other processes, by several


def test_the_entry_documents_columns_are_the_tables_columns() -> None:
    """The columns spelled out for the entry documents (literals, since they go into SQL text) are the
    table's own, split into keys and document columns in the same order."""
    from warehouse import store

    assert store._document_columns_agree()
    names = [name for name, _ in store._ENTRY_READ_COLUMNS]
    assert "name_zh" in names and "notice_id" not in names
