-- A party a notice removes whose listing regwatch never read (UEL 〔2026〕997号 removes two firms listed
-- before the archive begins) has no period, so `all_parties` (built from periods) showed nothing for
-- it and counsel searching the name could not see it was taken off a list. Such a party now has a row
-- with `status = 'removed'`, `notice_id` the removing notice and `listed_on` NULL (the listing is
-- unknown); `valid_from` is the removal's effective date. It is on no list on any date, so
-- `parties_as_of(d)` (built from periods) never returns it. The `party_event_unresolved` data issue
-- still names it. Once the listing is read, its periods give the row instead.
CREATE OR REPLACE VIEW all_parties AS
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
),
unlisted_removals AS (
    SELECT * EXCLUDE (rn) FROM (
        SELECT e.party_key, e.list, e.name_zh, e.name_en, e.aliases, e.country, e.includes_branches,
               e.measures, e.notice_id, e.quote_zh,
               coalesce(e.effective_on, n.effective_on, n.published_on) AS removed_on,
               row_number() OVER (
                   PARTITION BY e.party_key, e.list
                   ORDER BY coalesce(e.effective_on, n.effective_on, n.published_on) DESC NULLS LAST,
                            e.notice_id DESC, e.seq
               ) AS rn
        FROM party_entries e
        JOIN notice_records n ON n.notice_id = e.notice_id AND n.current_version = e.version
        WHERE e.action = 'removed'
          AND NOT EXISTS (SELECT 1 FROM cur WHERE cur.party_key = e.party_key AND cur.list = e.list)
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
FROM latest
UNION ALL BY NAME
SELECT party_key AS party_id, list, name_zh, name_en, aliases, country, includes_branches, measures,
       notice_id, CAST(NULL AS DATE) AS listed_on, 'removed' AS status, CAST(NULL AS VARCHAR) AS status_notice_id,
       quote_zh, removed_on AS valid_from, CAST(NULL AS DATE) AS valid_to
FROM unlisted_removals;
