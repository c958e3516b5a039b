"""Read-only queries behind `regwatch screen`: entries with their state on a date, code and HS hits,
value rules, listed parties and entry timelines. Nothing here writes.

Code and HS evidence is found by one DuckDB join of the input rows (passed as bound lists) against
every entry ever listed, so 10,000 products cost one query rather than 10,000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import duckdb

from parsers.screening import CodeHit, EntryPeriod, ListedEntry, PartyListing, RuleRecord

# Every entry ever listed (current knowledge) by a notice published by ?::DATE, with the period that
# gives its state on that date:
# the covering period, else the next one (pending, or suspended from its start), else the last
# one (the entry's list ended: repealed or lifted).
_STATE_SQL = """
WITH cur AS (SELECT * FROM control_periods WHERE known_to_lv IS NULL),
d AS (SELECT CAST(? AS DATE) AS d),
ranked AS (
    SELECT cur.*,
           row_number() OVER (
               PARTITION BY entry_key, notice_id
               ORDER BY CASE WHEN valid_from <= d.d AND (valid_to IS NULL OR d.d < valid_to) THEN 0
                             WHEN valid_from > d.d THEN 1 ELSE 2 END,
                        CASE WHEN valid_from > d.d THEN valid_from END ASC,
                        valid_to DESC NULLS FIRST
           ) AS rn,
           CASE WHEN valid_from <= d.d AND (valid_to IS NULL OR d.d < valid_to) THEN status
                WHEN valid_from > d.d THEN (CASE WHEN status = 'in_force' THEN 'pending' ELSE status END)
                ELSE 'repealed' END AS state
    FROM cur, d
),
repeals AS (
    SELECT target_notice_id, min(notice_id) AS notice_id FROM current_relations
    WHERE relation = 'repeals' AND clause IS NULL GROUP BY 1
)
SELECT r.notice_id, r.entry_key, coalesce(e.control_code, r.control_code), coalesce(e.name_zh, r.name_zh),
       coalesce(e.name_en, r.name_en), coalesce(e.hs_codes, r.hs_codes), coalesce(e.kind, r.kind),
       coalesce(e.category_zh, r.category_zh), coalesce(e.path, ''), e.spec_zh, coalesce(e.quote_zh, ''),
       r.state, r.effective_on, r.valid_from, r.valid_to,
       CASE WHEN r.state = 'repealed' THEN rp.notice_id ELSE r.status_notice_id END,
       coalesce(n.number_zh, r.notice_id), coalesce(n.url, '')
FROM ranked r
LEFT JOIN control_entries e ON e.notice_id = r.notice_id AND e.version = r.version AND e.entry_key = r.entry_key
LEFT JOIN notice_records n ON n.notice_id = r.notice_id
LEFT JOIN repeals rp ON rp.target_notice_id = r.notice_id
WHERE r.rn = 1
  -- On a date before the notice was published nothing of it was known, not even as pending.
  AND (n.published_on IS NULL OR n.published_on <= (SELECT d FROM d))
ORDER BY r.notice_id, r.entry_key
"""

# The same entries' codes, for the join with the input rows. A line printing several codes
# (1E004、1E101.b．…) lists them all in control_entries.control_codes: a product classified under any
# of them matches the entry.
_ENTRY_CODES = """
listed AS (
    SELECT DISTINCT p.notice_id, p.entry_key, p.control_code, p.hs_codes
    FROM control_periods p WHERE p.known_to_lv IS NULL
),
printed AS (
    SELECT notice_id, entry_key, unnest(control_codes) AS code FROM control_entries
    WHERE control_codes IS NOT NULL
),
entries AS (
    SELECT DISTINCT l.notice_id, l.entry_key, c.code AS control_code, l.hs_codes
    FROM listed l
    JOIN (SELECT notice_id, entry_key, control_code AS code FROM listed WHERE control_code IS NOT NULL
          UNION SELECT notice_id, entry_key, code FROM printed) c
      ON c.notice_id = l.notice_id AND c.entry_key = l.entry_key
    UNION
    SELECT notice_id, entry_key, NULL, hs_codes FROM listed WHERE control_code IS NULL
),
entry_hs AS (SELECT DISTINCT notice_id, entry_key, unnest(hs_codes) AS hs FROM listed)
"""

_HITS_SQL = f"""
WITH rows AS (
    SELECT unnest(?::INTEGER[]) AS row, unnest(?::VARCHAR[]) AS hs, unnest(?::VARCHAR[]) AS code
),
{_ENTRY_CODES},
hits AS (
    SELECT r.row, e.notice_id, e.entry_key,
           CASE WHEN r.code = e.control_code THEN 'code_exact'
                WHEN starts_with(r.code, e.control_code || '.') THEN 'code_parent'
                ELSE 'code_child' END AS relation,
           r.code AS product_code, e.control_code AS entry_code
    FROM rows r JOIN entries e
      ON r.code IS NOT NULL AND e.control_code IS NOT NULL
     AND (r.code = e.control_code OR starts_with(r.code, e.control_code || '.')
          OR starts_with(e.control_code, r.code || '.'))
    UNION ALL
    SELECT r.row, h.notice_id, h.entry_key,
           CASE WHEN r.hs = h.hs THEN (CASE WHEN length(r.hs) = 10 THEN 'hs10' ELSE 'hs8' END)
                WHEN length(h.hs) = 8 AND length(r.hs) = 10 AND left(r.hs, 8) = h.hs THEN 'hs_entry8'
                WHEN length(r.hs) = 8 AND length(h.hs) = 10 AND left(h.hs, 8) = r.hs THEN 'hs_product8'
                WHEN left(r.hs, 6) = left(h.hs, 6) THEN 'hs_sub6'
                ELSE 'hs_head4' END,
           r.hs, h.hs
    FROM rows r JOIN entry_hs h ON r.hs IS NOT NULL AND left(r.hs, 4) = left(h.hs, 4)
),
ranked AS (
    SELECT *, list_position(['code_exact', 'code_parent', 'hs10', 'hs8', 'hs_entry8', 'hs_product8',
                             'code_child', 'hs_sub6', 'hs_head4'], relation) AS strength
    FROM hits
),
-- Heading evidence is reported for rows without code or exact HS evidence: next to an exact match
-- it would only list the neighbours of the product's heading.
exact_rows AS (SELECT DISTINCT row FROM ranked WHERE strength <= 6)
SELECT DISTINCT ON (row, notice_id, entry_key) row, notice_id, entry_key, relation, product_code, entry_code
FROM ranked
WHERE strength <= 7 OR row NOT IN (SELECT row FROM exact_rows)
ORDER BY row, notice_id, entry_key, strength
"""

# The floor the benchmark compares with: the same rows joined on exact HS and exact code only.
FLOOR_SQL = f"""
WITH rows AS (
    SELECT unnest(?::INTEGER[]) AS row, unnest(?::VARCHAR[]) AS hs, unnest(?::VARCHAR[]) AS code
),
{_ENTRY_CODES}
SELECT r.row, e.entry_key FROM rows r JOIN entries e ON r.code = e.control_code
UNION ALL
SELECT r.row, h.entry_key FROM rows r JOIN entry_hs h ON r.hs = h.hs
"""

# A notice's status on ?::DATE, as the `notices` view computes it for today.
_NOTICE_STATUS_SQL = """
CASE
    WHEN EXISTS (SELECT 1 FROM current_relations r WHERE r.target_notice_id = n.notice_id
                 AND r.relation = 'repeals' AND r.clause IS NULL
                 AND coalesce(r.window_from, DATE '1900-01-01') <= CAST($d AS DATE)) THEN 'repealed'
    WHEN EXISTS (SELECT 1 FROM current_relations s WHERE s.target_notice_id = n.notice_id
                 AND s.relation = 'suspends' AND s.clause IS NULL
                 AND coalesce(s.window_from, DATE '1900-01-01') <= CAST($d AS DATE)
                 AND (s.window_until IS NULL OR CAST($d AS DATE) <= s.window_until)) THEN 'suspended'
    WHEN coalesce(r.effective_on, n.effective_on) > CAST($d AS DATE) THEN 'pending'
    ELSE 'in_force'
END
"""

_RULES_SQL = f"""
SELECT r.notice_id, r.rule_kind, r.threshold, r.applies_to, r.quote_zh, r.effective_on,
       {_NOTICE_STATUS_SQL} AS status,
       (SELECT s.notice_id || ' until ' || CAST(s.window_until AS VARCHAR) FROM current_relations s
         WHERE s.target_notice_id = n.notice_id AND s.relation = 'suspends' AND s.clause IS NULL
           AND coalesce(s.window_from, DATE '1900-01-01') <= CAST($d AS DATE)
           AND (s.window_until IS NULL OR CAST($d AS DATE) <= s.window_until)
         ORDER BY s.window_from DESC LIMIT 1) AS suspension
FROM notice_rules r JOIN notice_records n ON n.notice_id = r.notice_id
ORDER BY r.notice_id, r.seq
"""


def _date(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def listed_entries(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[ListedEntry]:
    """Every entry ever on the list, with its state on `as_of`."""
    rows = con.execute(_STATE_SQL, [as_of]).fetchall()
    return [
        ListedEntry(
            notice_id=r[0],
            entry_key=r[1],
            control_code=r[2],
            name_zh=r[3],
            name_en=r[4],
            hs_codes=tuple(r[5] or ()),
            kind=r[6],
            category_zh=r[7],
            path=r[8],
            spec_zh=r[9],
            quote_zh=r[10],
            status=r[11],
            effective_on=_date(r[12]),
            valid_from=_date(r[13]),
            valid_to=_date(r[14]),
            status_notice_id=r[15],
            notice_number_zh=r[16],
            notice_url=r[17],
        )
        for r in rows
    ]


def code_hits(
    con: duckdb.DuckDBPyConnection, rows: Sequence[int], hs: Sequence[str | None], codes: Sequence[str | None]
) -> list[CodeHit]:
    """Code and HS relations between input rows (index, HS code, control code) and listed entries."""
    if not rows:
        return []
    result = con.execute(_HITS_SQL, [list(rows), list(hs), list(codes)]).fetchall()
    return [CodeHit(int(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in result]


def floor_join(
    con: duckdb.DuckDBPyConnection, rows: Sequence[int], hs: Sequence[str | None], codes: Sequence[str | None]
) -> int:
    """The benchmark's floor: exact HS and code equality only; returns the number of pairs."""
    return len(con.execute(FLOOR_SQL, [list(rows), list(hs), list(codes)]).fetchall())


def entry_periods(
    con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[EntryPeriod]]:
    """The periods (current knowledge) of the given (notice_id, entry_key) pairs, in date order."""
    if not keys:
        return {}
    rows = con.execute(
        """
        SELECT notice_id, entry_key, valid_from, valid_to, status, status_notice_id
        FROM control_periods
        WHERE known_to_lv IS NULL
          AND list_contains(?::VARCHAR[], notice_id || chr(31) || entry_key)
        ORDER BY notice_id, entry_key, valid_from
        """,
        [[f"{n}\x1f{k}" for n, k in keys]],
    ).fetchall()
    out: dict[tuple[str, str], list[EntryPeriod]] = {}
    for r in rows:
        out.setdefault((r[0], r[1]), []).append(EntryPeriod(r[2], r[3], r[4], r[5]))
    return out


def value_rules(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[RuleRecord]:
    """Rules of `notice_rules`, each with its notice's status on `as_of`."""
    rows = con.execute(_RULES_SQL, {"d": as_of}).fetchall()
    return [
        RuleRecord(
            notice_id=r[0],
            rule_kind=r[1],
            threshold=r[2],
            applies_to=tuple(r[3] or ()),
            quote_zh=r[4],
            effective_on=_date(r[5]),
            status=r[6],
            status_note=f"suspended by {r[7]}" if r[6] == "suspended" and r[7] else None,
        )
        for r in rows
    ]


def parties_on(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> list[PartyListing]:
    rows = con.execute(
        """
        SELECT party_id, list, name_zh, name_en, aliases, country, notice_id, listed_on, status,
               status_notice_id, quote_zh, valid_to
        FROM all_parties_as_of(CAST(? AS DATE)) ORDER BY party_id, list
        """,
        [as_of],
    ).fetchall()
    return [
        PartyListing(
            r[0],
            r[1],
            r[2],
            r[3],
            tuple(r[4] or ()),
            r[5],
            r[6],
            _date(r[7]),
            r[8],
            r[9],
            r[10],
            _date(r[11]),
        )
        for r in rows
    ]


def notice_labels(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, dt.date | None]]:
    """notice_id -> (number_zh, url, published_on), to name the notices behind each turn of a timeline."""
    rows = con.execute("SELECT notice_id, number_zh, url, published_on FROM notice_records").fetchall()
    return {r[0]: (r[1], r[2], _date(r[3])) for r in rows}


def list_version(con: duckdb.DuckDBPyConnection) -> int:
    """The latest list version (0 before the first build): the catalogue is screened again when it moves."""
    row = con.execute("SELECT coalesce(max(list_version), 0) FROM list_versions").fetchone()
    return int(row[0]) if row else 0
