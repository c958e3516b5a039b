-- Parties (the entity lists) and rules that are not items.
--
-- MOFCOM names *who* as well as *what*: firms added to the 出口管制管控名单 (control list), the
-- 关注名单 (watch list) and the 不可靠实体清单 (Unreliable Entity List), and measures on them later
-- suspended or lifted. Like goods, the lists are rebuilt from events into bitemporal periods, so
-- "who was on which list on date d" and "what did we believe at list version n" stay answerable.

-- What one notice version says about one party on one list.
CREATE TABLE party_entries (
    notice_id         VARCHAR NOT NULL,
    version           INTEGER NOT NULL,
    seq               INTEGER NOT NULL,               -- order of appearance in the notice
    party_key         VARCHAR NOT NULL,               -- stable across notices and lists (normalized name)
    list              VARCHAR NOT NULL,               -- control_list | watch_list | unreliable_entity_list
    action            VARCHAR NOT NULL,               -- listed | removed | suspended | reinstated
    name_zh           VARCHAR NOT NULL,
    name_en           VARCHAR,
    aliases           VARCHAR[] NOT NULL,
    country           VARCHAR,
    address           VARCHAR,
    includes_branches BOOLEAN NOT NULL DEFAULT FALSE,
    measures          VARCHAR[] NOT NULL,
    effective_on      DATE,
    window_until      DATE,                           -- inclusive end of a suspension window, as printed
    quote_zh          VARCHAR NOT NULL,
    source            VARCHAR NOT NULL,               -- 'body' or the attachment URL
    source_sha256     VARCHAR NOT NULL,
    parser_version    VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

-- Events a notice states on the parties of an earlier notice, named by number (暂停实施…〔2025〕7号…)
-- or by date (对于2025年4月4日被列入…的16家美国实体): resolved to that notice's parties at each build.
CREATE TABLE party_events (
    notice_id         VARCHAR NOT NULL,
    version           INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    action            VARCHAR NOT NULL,               -- suspended | reinstated | removed
    list              VARCHAR,                        -- the list named, when named
    target_notice_id  VARCHAR,                        -- the earlier notice, when named by number
    target_label      VARCHAR,                        -- the reference as printed
    listed_on         DATE,                           -- the listing date, when named by date
    country           VARCHAR,                        -- 美国 in …的16家美国实体
    stated_count      INTEGER,                        -- 16 in …的16家美国实体
    effective_on      DATE,
    window_until      DATE,                           -- inclusive end of a suspension window
    quote_zh          VARCHAR NOT NULL,
    parser_version    VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

-- Changes to parties share the `changes` table with goods; these say which list, and where from.
ALTER TABLE changes ADD COLUMN list VARCHAR;      -- NULL for goods entries
ALTER TABLE changes ADD COLUMN country VARCHAR;   -- the party's country or region as printed

CREATE TABLE party_periods (
    party_key         VARCHAR NOT NULL,
    list              VARCHAR NOT NULL,
    notice_id         VARCHAR NOT NULL,               -- the notice that listed the party
    version           INTEGER NOT NULL,
    valid_from        DATE NOT NULL,
    valid_to          DATE,                           -- exclusive; NULL = open-ended
    status            VARCHAR NOT NULL,               -- listed | suspended
    status_notice_id  VARCHAR,                        -- the notice that suspended the measures
    name_zh           VARCHAR NOT NULL,
    name_en           VARCHAR,
    aliases           VARCHAR[] NOT NULL,
    country           VARCHAR,
    includes_branches BOOLEAN NOT NULL,
    measures          VARCHAR[] NOT NULL,
    quote_zh          VARCHAR NOT NULL,
    listed_on         DATE NOT NULL,                  -- the listing notice's effective date
    known_from_lv     INTEGER NOT NULL,
    known_to_lv       INTEGER
);

-- Every list regwatch reads, the contract's three and the 反制清单 (countermeasure_list, Anti-Foreign
-- Sanctions Law) alike. `parties` and `parties_as_of(d)` below show the contract's three lists only.
CREATE MACRO all_parties_as_of(d) AS TABLE
WITH cur AS (
    SELECT * FROM party_periods WHERE known_to_lv IS NULL
)
SELECT party_key AS party_id, list, name_zh, name_en, aliases, country, includes_branches, measures,
       notice_id, listed_on, status, status_notice_id, quote_zh, valid_from, valid_to
FROM cur
WHERE valid_from <= CAST(d AS DATE) AND (valid_to IS NULL OR CAST(d AS DATE) < valid_to);

-- One row per party and list ever named, with its status today; a party taken off a list stays
-- here as `removed` (a deleted page is not a delisting: only a notice removes a party).
CREATE VIEW all_parties AS
WITH cur AS (
    SELECT * FROM party_periods WHERE known_to_lv IS NULL
),
latest AS (
    SELECT * EXCLUDE (rn) FROM (
        SELECT *, row_number() OVER (
            PARTITION BY party_key, list
            ORDER BY (valid_from <= current_date AND (valid_to IS NULL OR current_date < valid_to)) DESC,
                     (valid_from <= current_date) DESC,
                     CASE WHEN valid_from <= current_date THEN valid_from END DESC,
                     valid_from ASC
        ) AS rn
        FROM cur
    ) WHERE rn = 1
)
SELECT party_key AS party_id, list, name_zh, name_en, aliases, country, includes_branches, measures,
       notice_id, listed_on,
       CASE
           WHEN valid_from <= current_date AND (valid_to IS NULL OR current_date < valid_to) THEN status
           WHEN valid_from > current_date THEN 'listed'   -- announced, takes effect later: see listed_on
           ELSE 'removed'
       END AS status,
       status_notice_id, quote_zh, valid_from, valid_to
FROM latest;

CREATE MACRO parties_as_of(d) AS TABLE
SELECT * FROM all_parties_as_of(d)
WHERE list IN ('control_list', 'watch_list', 'unreliable_entity_list');

CREATE VIEW parties AS
SELECT * FROM all_parties
WHERE list IN ('control_list', 'watch_list', 'unreliable_entity_list');

-- Rules that are not items: the de minimis value rule, extraterritorial scope, end-use conditions,
-- licence procedure. One row per rule stated in a notice version.
CREATE TABLE rule_records (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    rule_kind      VARCHAR NOT NULL,      -- de_minimis_value | extraterritorial_scope | end_use | end_user | licence_procedure | ...
    clause         VARCHAR,               -- the 一、/二、 clause (and sub-clause) stating it
    threshold      DOUBLE,                -- e.g. 0.001 for 0.1%
    applies_to     VARCHAR[] NOT NULL,    -- the list parts or codes it governs (e.g. 附件1第二部分)
    effective_on   DATE,
    quote_zh       VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

CREATE VIEW notice_rules AS
SELECT r.notice_id, r.rule_kind, r.threshold, r.applies_to, r.quote_zh,
       coalesce(r.effective_on, n.effective_on) AS effective_on,
       CASE WHEN n.status = 'informational' THEN 'in_force' ELSE n.status END AS status,
       r.clause, r.seq, r.version
FROM rule_records r
JOIN notices n ON n.notice_id = r.notice_id AND n.version = r.version;
