"""Migration 0004 on a warehouse that already holds attachments: known attachments get a fetch
state (fetched ones are revalidated with their page; ones never fetched are retried next run), and
the new columns and views are there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from warehouse.db import Warehouse, migrations

NOW = dt.datetime(2025, 10, 10, 6, tzinfo=dt.UTC)


def test_existing_attachments_get_a_fetch_state(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    for number, name, sql in migrations()[:3]:  # the warehouse as it was before the consolidated list
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [number, name, NOW])
    con.execute(
        "INSERT INTO notice_records VALUES ('MOFCOM-2025-61', '商务部公告2025年第61号', 't', ['商务部'], NULL, NULL, NULL, "
        "'https://www.mofcom.gov.cn/a.html', 'adds_controls', NULL, ?, ?, 1)",
        [NOW, NOW],
    )
    con.execute(
        "INSERT INTO pages (url, purpose, sha256, first_seen, last_seen, last_checked, last_status) "
        "VALUES ('https://www.mofcom.gov.cn/f/annex1.pdf', 'attachment', 'abc', ?, ?, ?, 200)",
        [NOW, NOW, NOW],
    )
    con.execute(
        "INSERT INTO attachments VALUES ('MOFCOM-2025-61', 'https://www.mofcom.gov.cn/f/annex1.pdf', '附件1', 'abc', 10, NULL), "
        "('MOFCOM-2025-61', 'https://www.mofcom.gov.cn/f/annex2.pdf', '附件2', NULL, NULL, 'not fetched')"
    )
    con.close()
    Warehouse(path).ensure()
    con = duckdb.connect(str(path), read_only=True)
    try:
        states = con.execute(
            "SELECT url, page_url, state, next_attempt FROM attachment_fetch_state ORDER BY url"
        ).fetchall()
        columns = {r[0] for r in con.execute("DESCRIBE attachments").fetchall()}
        entry_columns = {r[0] for r in con.execute("DESCRIBE control_entries").fetchall()}
    finally:
        con.close()
    assert states == [
        ("https://www.mofcom.gov.cn/f/annex1.pdf", "https://www.mofcom.gov.cn/a.html", "fetched", None),
        ("https://www.mofcom.gov.cn/f/annex2.pdf", "https://www.mofcom.gov.cn/a.html", "retrying", None),
    ]
    assert {"reader", "extraction", "trust", "list_expected", "entries", "stated_entries"} <= columns
    assert {"extraction", "trust"} <= entry_columns


def test_a_list_far_short_of_its_stated_count_fails_the_check(tmp_path: Path) -> None:
    from warehouse.consolidated import unread_list_attachments

    path = tmp_path / "w.duckdb"
    Warehouse(path).ensure()
    with Warehouse(path).write() as con:
        con.execute(
            "INSERT INTO notice_records VALUES ('MOFCOM-2024-51', 'n', 't', ['商务部'], NULL, NULL, NULL, 'u', "
            "'adds_controls', NULL, ?, ?, 1, NULL)",
            [NOW, NOW],
        )
        con.execute(
            "INSERT INTO attachments (notice_id, url, label, sha256, text_chars, error, reader, list_expected, "
            "entries, stated_entries) VALUES "
            "('MOFCOM-2024-51', 'a.pdf', '附件1', 's', 100, NULL, 'dual_use_list', TRUE, 300, 700), "
            "('MOFCOM-2024-51', 'b.pdf', '附件2', 's', 100, NULL, 'outline', FALSE, 0, NULL), "
            "('MOFCOM-2024-51', 'c.pdf', '附件3.清单', 's', 100, NULL, 'dual_use_list', TRUE, 690, 700)"
        )
    with Warehouse(path).read() as con:
        outcome = unread_list_attachments(con)
    # 300 of 700 is far short; 690 of 700 is not; an attachment that is not a list is not counted.
    assert not outcome.passed and outcome.count == 1
    assert outcome.sample == ("MOFCOM-2024-51: 附件1 — 300 entries read, 700 stated",)


def test_ensure_reports_exactly_the_migrations_it_applied(tmp_path: Path) -> None:
    """Judged by name before and after, not by a clock window: an old file's history is not news."""
    from warehouse.db import migrations

    path = tmp_path / "w.duckdb"
    names = [name for _number, name, _sql in migrations()]
    assert Warehouse(path).ensure() == names
    assert Warehouse(path).ensure() == []
    # A warehouse of the first three migrations, upgraded a second later, reports only the rest.
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    try:
        con.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
            "applied_at TIMESTAMPTZ NOT NULL)"
        )
        for number, name, sql in migrations()[:3]:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
    finally:
        con.close()
    assert Warehouse(old).ensure() == names[3:]
