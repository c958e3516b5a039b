"""The list build over a warehouse: its inputs read in chunks, a new list version only when the periods
change, and exactly the changed periods retired and stored."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from warehouse import lists
from warehouse.db import apply_migrations
from warehouse.lists import _periods_digest, build_list, compute_periods, load_inputs

NOTICE = "MOFCOM-2024-12"
AS_OF = dt.date(2025, 6, 1)
ENTRIES = 30


def _warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    apply_migrations(con)
    con.execute(
        "INSERT INTO notice_records VALUES (?, 'n', 't', ['商务部'], DATE '2024-03-01', DATE '2024-04-01', NULL,"
        " 'u', 'notice', NULL, now(), now(), 1, NULL)",
        [NOTICE],
    )
    for i in range(ENTRIES):
        con.execute(
            "INSERT INTO control_entries (notice_id, version, entry_key, path, name_zh, name_en_complete,"
            " hs_codes, kind, category_zh, quote_zh, span_start, span_end, source, source_sha256, tokens,"
            " parser_version) VALUES (?, 1, ?, ?, ?, false, [?], 'goods', '类别', 'q', 0, 1, 'body', 'h', [], 'p')",
            [NOTICE, f"k{i:05d}", f"一/{i + 1}", f"物项{i}", f"8101{i:06d}"],
        )
    return con


def test_the_build_reads_every_entry_across_chunks_and_only_an_edit_makes_a_new_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lists, "INPUT_CHUNK", 7)  # 30 entries: five chunks, the last one short
    con = _warehouse()
    keys = [f"k{i:05d}" for i in range(ENTRIES)]
    first = build_list(con, "run-1", AS_OF, {NOTICE})
    assert first.baseline and first.new_list_version and first.list_version == 1 and first.periods == ENTRIES
    assert sorted(c.entry_key for c in first.changes) == keys
    assert {c.change_type for c in first.changes} == {"added"}
    shared = {id(dict(c.state.attrs)["category_zh"]) for c in first.changes}
    assert len(shared) == 1, "a value every entry repeats is read once, not once per entry"

    again = build_list(con, "run-2", AS_OF, set())
    assert not again.new_list_version and again.list_version == 1 and again.changes == []

    con.execute("UPDATE control_entries SET name_zh = '改名' WHERE entry_key = 'k00003'")
    edited = build_list(con, "run-3", AS_OF, {NOTICE})
    assert edited.new_list_version and edited.list_version == 2
    assert [(c.change_type, c.entry_key, c.cause) for c in edited.changes] == [
        ("modified", "k00003", "regulatory")
    ]
    retired = con.execute("SELECT entry_key, name_zh FROM control_periods WHERE known_to_lv = 2").fetchall()
    assert retired == [("k00003", "物项3")]
    current = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE name_zh = '改名' AND known_from_lv = 2) "
        "FROM control_periods WHERE known_to_lv IS NULL"
    ).fetchone()
    assert current == (ENTRIES, 1)


def test_the_digest_is_a_function_of_the_set_of_periods() -> None:
    sources, events = load_inputs(_warehouse())
    periods = compute_periods(sources, events)
    assert _periods_digest(periods) == _periods_digest(list(reversed(periods)))
    suspended = [dataclasses.replace(periods[0], status="suspended"), *periods[1:]]
    assert _periods_digest(suspended) != _periods_digest(periods)
    assert _periods_digest(periods[1:]) != _periods_digest(periods)
