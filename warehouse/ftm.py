"""The entity lists as FollowTheMoney entities, so OpenSanctions/yente tooling can load them.

One `Company` / `Organization` / `LegalEntity` per party (its key, names, country, address) and one
`Sanction` per party, list and listing notice (authority, program, measures as provisions, status,
dates, the notice as source). Every entity is checked with the library's own schema validation
before it is written; an entity the library refuses is an error, not a silently dropped line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import duckdb

from parsers.parties import LIST_LABELS_EN, country_code

AUTHORITIES = {
    "control_list": "Ministry of Commerce of the People's Republic of China (商务部)",
    "watch_list": "Ministry of Commerce of the People's Republic of China (商务部)",
    "unreliable_entity_list": "Unreliable Entity List Working Mechanism (不可靠实体清单工作机制)",
}
PROGRAM_IDS = {"control_list": "CN-ECL", "watch_list": "CN-ECWL", "unreliable_entity_list": "CN-UEL"}
TOPICS = {
    "control_list": "export.control",
    "watch_list": "export.control",
    "unreliable_entity_list": "sanction.counter",
}
_ORGANIZATION_WORDS = (
    "研究院",
    "研究所",
    "大学",
    "学院",
    "论坛",
    "机构",
    "Institute",
    "Forum",
    "University",
    "Academy",
    "Agency",
)
_COMPANY_WORDS = (
    "公司",
    "株式会社",
    "集团",
    "Inc",
    "LLC",
    "Ltd",
    "Limited",
    "Corporation",
    "Corp",
    "Co.",
    "AG",
    "GmbH",
    "a.s.",
)

# The `parties` view, evaluated on a chosen day instead of current_date (`?` = that day).
_PARTY_SQL = """
WITH cur AS (SELECT * FROM party_periods WHERE known_to_lv IS NULL),
latest AS (
    SELECT * EXCLUDE (rn) FROM (
        SELECT *, row_number() OVER (
            PARTITION BY party_key, list
            ORDER BY (valid_from <= $d AND (valid_to IS NULL OR $d < valid_to)) DESC,
                     (valid_from <= $d) DESC,
                     CASE WHEN valid_from <= $d THEN valid_from END DESC,
                     valid_from ASC
        ) AS rn
        FROM cur
    ) WHERE rn = 1
)
SELECT l.party_key, l.list, l.name_zh, l.name_en, l.aliases, l.country, l.includes_branches, l.measures,
       l.notice_id, l.listed_on,
       CASE
           WHEN l.valid_from <= $d AND (l.valid_to IS NULL OR $d < l.valid_to) THEN l.status
           WHEN l.valid_from > $d THEN 'listed'
           ELSE 'removed'
       END AS status,
       l.quote_zh, n.url, n.number_zh, l.valid_to,
       (SELECT any_value(e.address) FROM party_entries e WHERE e.party_key = l.party_key AND e.address IS NOT NULL)
FROM latest l LEFT JOIN notice_records n USING (notice_id)
ORDER BY l.party_key, l.list
"""


def _entity_id(*parts: str) -> str:
    return "regwatch-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _schema(name_zh: str, name_en: str | None) -> str:
    text = f"{name_zh} {name_en or ''}"
    if any(word in text for word in _ORGANIZATION_WORDS):
        return "Organization"
    if any(word in text for word in _COMPANY_WORDS):
        return "Company"
    return "LegalEntity"


def ftm_entities(con: duckdb.DuckDBPyConnection, as_of: dt.date | None = None) -> list[dict[str, Any]]:  # noqa: C901 — one case per party field FollowTheMoney carries
    """Party and Sanction entities with their status on `as_of` (default today), validated."""
    from followthemoney import model

    parties: dict[str, Any] = {}
    sanctions: list[Any] = []
    day = as_of or dt.date.today()
    for row in con.execute(_PARTY_SQL, {"d": day}).fetchall():
        (key, list_name, name_zh, name_en, aliases, country, branches, measures, notice_id, listed_on, status,
         quote, url, number_zh, ended_on, address) = row  # fmt: skip
        entity = parties.get(key)
        if entity is None:
            entity = model.make_entity(_schema(name_zh, name_en))
            entity.id = _entity_id("party", key)
            entity.add("name", name_en or name_zh)
            parties[key] = entity
        for name in (name_zh, name_en, *(aliases or ())):
            if name and name not in entity.get("name"):
                entity.add("alias", name)
        code = country_code(country)
        if code:
            entity.add("country", code.lower())
        if address:
            entity.add("address", address)
        if status in ("listed", "suspended"):
            entity.add("topics", TOPICS[list_name])
        if url:
            entity.add("sourceUrl", url)
        sanction = model.make_entity("Sanction")
        sanction.id = _entity_id("sanction", key, list_name, notice_id)
        sanction.add("entity", entity.id)
        sanction.add("authority", AUTHORITIES[list_name])
        sanction.add("country", "cn")
        sanction.add("program", f"{LIST_LABELS_EN[list_name]} ({number_zh or notice_id})")
        sanction.add("programId", PROGRAM_IDS[list_name])
        sanction.add("recordId", notice_id)
        sanction.add("provisions", list(measures or ()))
        sanction.add("status", status)
        sanction.add("listingDate", listed_on.isoformat() if listed_on else None)
        sanction.add("startDate", listed_on.isoformat() if listed_on else None)
        if status == "removed" and ended_on:
            sanction.add("endDate", ended_on.isoformat())
        if branches:
            sanction.add("summary", "Listed with its branches (及其分支机构)")
        sanction.add("description", quote)
        if url:
            sanction.add("sourceUrl", url)
        sanctions.append(sanction)
    out = []
    for entity in [*parties.values(), *sanctions]:
        data = entity.to_dict()
        schema = model.get(data["schema"])
        assert schema is not None
        schema.validate(data)  # raises followthemoney.exc.InvalidData
        missing = [p for p in schema.required if not data["properties"].get(p)]
        if missing:
            raise ValueError(f"{data['id']}: required FtM properties missing: {missing}")
        out.append({"id": data["id"], "schema": data["schema"], "properties": data["properties"]})
    return out


def write_ftm(con: duckdb.DuckDBPyConnection, path: Path, as_of: dt.date | None = None) -> int:
    """Write the entities as JSON lines (what `ftm` and yente read); returns how many."""
    entities = ftm_entities(con, as_of)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        for entity in entities:
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    tmp.replace(path)
    return len(entities)
