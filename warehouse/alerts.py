"""What the digest reads and what delivery writes: pending changes per channel, deliveries.

A change is delivered to each channel exactly once: it is pending for a channel until a
`deliveries` row says the channel accepted it, and that row is written only after it did.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import duckdb

from parsers.model import EntryKind, RelationType
from parsers.party_records import PartyList
from warehouse.vocabulary import ChangeType, PartyChangeType


@dataclass(frozen=True)
class PendingChange:
    change_id: str
    run_id: str
    change_type: ChangeType | PartyChangeType
    entry_key: str
    name_zh: str
    name_en: str | None
    kind: EntryKind | None
    category_zh: str | None
    control_code: str | None
    hs_codes: tuple[str, ...]
    notice_id: str
    notice_number_zh: str
    notice_title_zh: str
    notice_url: str
    effective_on: dt.date | None
    window_until: dt.date | None
    cause_notice_id: str | None
    cause_notice_number_zh: str | None
    quote_zh: str
    source_sha256: str | None
    detail: dict[str, object]
    urgent_at: dt.datetime | None
    list: PartyList | None = None  # set for party changes
    country: str | None = None
    measures: tuple[str, ...] = ()


_PENDING_SQL = """
SELECT c.change_id, c.run_id, c.change_type, c.entry_key, c.name_zh, c.name_en, c.kind, c.category_zh,
       c.control_code, c.hs_codes, c.notice_id, n.number_zh, n.title_zh, n.url, c.effective_on, c.window_until,
       c.cause_notice_id, cn.number_zh,
       coalesce(e.quote_zh, pe.quote_zh, ''),
       coalesce(CASE WHEN e.source = 'body' THEN v.sha256 ELSE e.source_sha256 END, pe.source_sha256, v.sha256),
       c.detail, c.urgent_at, c.list, c.country, pe.measures
FROM changes c
JOIN notice_records n ON n.notice_id = c.notice_id
LEFT JOIN notice_records cn ON cn.notice_id = c.cause_notice_id
LEFT JOIN control_entries e ON e.notice_id = c.notice_id AND e.version = n.current_version AND e.entry_key = c.entry_key
LEFT JOIN notice_versions v ON v.notice_id = c.notice_id AND v.version = n.current_version
LEFT JOIN (
    SELECT notice_id, version, party_key, list, any_value(quote_zh) AS quote_zh,
           any_value(source_sha256) AS source_sha256, any_value(measures) AS measures
    FROM party_entries WHERE action = 'listed' GROUP BY ALL
) pe ON c.list IS NOT NULL AND pe.notice_id = c.notice_id AND pe.version = n.current_version
    AND pe.party_key = c.entry_key AND pe.list = c.list
WHERE {where}
ORDER BY c.detected_at, c.change_type, c.notice_id, c.entry_key
"""


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: list[object]) -> list[PendingChange]:
    rows = con.execute(_PENDING_SQL.format(where=where), params).fetchall()
    return [
        PendingChange(
            change_id=r[0],
            run_id=r[1],
            change_type=r[2],
            entry_key=r[3],
            name_zh=r[4],
            name_en=r[5],
            kind=r[6],
            category_zh=r[7],
            control_code=r[8],
            hs_codes=tuple(r[9] or ()),
            notice_id=r[10],
            notice_number_zh=r[11],
            notice_title_zh=r[12],
            notice_url=r[13],
            effective_on=r[14],
            window_until=r[15],
            cause_notice_id=r[16],
            cause_notice_number_zh=r[17],
            quote_zh=r[18],
            source_sha256=r[19],
            detail=json.loads(r[20]) if r[20] else {},
            urgent_at=r[21],
            list=r[22],
            country=r[23],
            measures=tuple(r[24] or ()),
        )
        for r in rows
    ]


def pending_for_channel(con: duckdb.DuckDBPyConnection, channel: str) -> list[PendingChange]:
    """Alertable changes this channel has not accepted yet."""
    return _rows(
        con,
        "c.alert AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.change_id = c.change_id AND d.channel = ?)",
        [channel],
    )


def undelivered(con: duckdb.DuckDBPyConnection) -> list[PendingChange]:
    """Alertable changes not yet delivered to every channel (what `regwatch digest` shows)."""
    return _rows(con, "c.alert AND c.delivered_at IS NULL", [])


def changes_of_run(con: duckdb.DuckDBPyConnection, run_id: str) -> list[PendingChange]:
    return _rows(con, "c.alert AND c.run_id = ?", [run_id])


def record_deliveries(
    con: duckdb.DuckDBPyConnection,
    change_ids: Sequence[str],
    channel: str,
    run_id: str,
    now: dt.datetime,
    channels_required: Sequence[str],
) -> None:
    for change_id in change_ids:
        con.execute(
            "INSERT INTO deliveries VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [change_id, channel, now, run_id],
        )
    if not change_ids:
        return
    required = list(channels_required)
    con.execute(
        """
        UPDATE changes SET delivered_at = ?
        WHERE delivered_at IS NULL AND change_id IN (SELECT unnest(?::VARCHAR[]))
          AND (SELECT count(DISTINCT d.channel) FROM deliveries d
               WHERE d.change_id = changes.change_id AND d.channel IN (SELECT unnest(?::VARCHAR[]))) = ?
        """,
        [now, list(change_ids), required, len(required)],
    )


def mark_urgent(con: duckdb.DuckDBPyConnection, change_ids: Sequence[str], now: dt.datetime) -> None:
    for change_id in change_ids:
        con.execute(
            "UPDATE changes SET urgent_at = ? WHERE change_id = ? AND urgent_at IS NULL", [now, change_id]
        )


@dataclass(frozen=True)
class NoticeFacts:
    """What the brief says about a notice: its English title and what it does to other notices."""

    notice_id: str
    number_zh: str
    title_zh: str
    title_en: str | None
    url: str
    relations: tuple[tuple[RelationType, str | None, str, str | None, dt.date | None, dt.date | None], ...]


def notice_facts(con: duckdb.DuckDBPyConnection, notice_ids: Sequence[str]) -> list[NoticeFacts]:
    """Titles (English where composed) and current relations of the given notices."""
    ids = sorted(set(notice_ids))
    if not ids:
        return []
    rows = con.execute(
        "SELECT notice_id, number_zh, title_zh, title_en, url FROM notices "
        "WHERE notice_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY notice_id",
        [ids],
    ).fetchall()
    relations: dict[
        str, list[tuple[RelationType, str | None, str, str | None, dt.date | None, dt.date | None]]
    ] = {}
    for r in con.execute(
        "SELECT notice_id, relation, target_notice_id, target_label, clause, window_from, window_until "
        "FROM current_relations WHERE notice_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY notice_id, target_notice_id, clause",
        [ids],
    ).fetchall():
        relations.setdefault(r[0], []).append((r[1], r[2], r[3], r[4], r[5], r[6]))
    return [NoticeFacts(r[0], r[1], r[2], r[3], r[4], tuple(relations.get(r[0], ()))) for r in rows]


# -- delivery targets: one per recipient set of a subscription --------------------------------------


# How a digest is delivered (`deliveries.channel` starts with it; `delivery_targets.channel`).
Channel = Literal["file", "email", "webhook"]


@dataclass(frozen=True)
class DeliveryTarget:
    target: str  # the `deliveries.channel` value
    channel: Channel  # email or webhook (the file digest has no target)
    subscription: str | None
    recipients: list[str]
    first_seen_at: dt.datetime


def target_starts(con: duckdb.DuckDBPyConnection) -> dict[str, dt.datetime]:
    """When each known target started receiving (changes detected earlier are not its news)."""
    return {
        str(r[0]): r[1] for r in con.execute("SELECT target, first_seen_at FROM delivery_targets").fetchall()
    }


def register_targets(con: duckdb.DuckDBPyConnection, targets: Sequence[DeliveryTarget]) -> None:
    for t in targets:
        con.execute(
            "INSERT INTO delivery_targets VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [t.target, t.channel, t.subscription, t.recipients, t.first_seen_at],
        )


def pending_for_target(
    con: duckdb.DuckDBPyConnection, target: str, since: dt.datetime
) -> list[PendingChange]:
    """Alertable changes detected since the target started that it has not been offered yet."""
    return _rows(
        con,
        "c.alert AND c.detected_at >= ? AND NOT EXISTS "
        "(SELECT 1 FROM deliveries d WHERE d.change_id = c.change_id AND d.channel = ?)",
        [since, target],
    )
