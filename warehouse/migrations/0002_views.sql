-- Analyst views (the public contract in DESIGN.md). They read current_date, so "pending" turns
-- into "in_force" and suspension windows end on their own without a run having to happen.

CREATE VIEW current_relations AS
SELECT r.*
FROM notice_relations r
JOIN notice_records n ON n.notice_id = r.notice_id AND n.current_version = r.version;

CREATE VIEW notices AS
SELECT
    n.notice_id,
    n.number_zh,
    n.title_zh,
    n.issuers,
    n.published_on,
    n.effective_on,
    n.url,
    CASE
        WHEN n.kind = 'informational' THEN 'informational'
        WHEN EXISTS (
            SELECT 1 FROM current_relations r
            WHERE r.target_notice_id = n.notice_id AND r.relation = 'repeals' AND r.clause IS NULL
              AND coalesce(r.window_from, DATE '1900-01-01') <= current_date
        ) THEN 'repealed'
        WHEN EXISTS (
            SELECT 1 FROM current_relations s
            WHERE s.target_notice_id = n.notice_id AND s.relation = 'suspends' AND s.clause IS NULL
              AND coalesce(s.window_from, DATE '1900-01-01') <= current_date
              AND (s.window_until IS NULL OR current_date <= s.window_until)
              AND NOT EXISTS (
                  SELECT 1 FROM current_relations r
                  WHERE r.target_notice_id = n.notice_id AND r.relation = 'resumes'
                    AND r.window_from > coalesce(s.window_from, DATE '1900-01-01')
                    AND r.window_from <= current_date
              )
        ) THEN 'suspended'
        WHEN n.effective_on > current_date THEN 'pending'
        ELSE 'in_force'
    END AS status,
    n.kind,
    n.current_version AS version,
    n.issuing_unit,
    n.first_seen,
    n.last_seen
FROM notice_records n;

CREATE MACRO controls_as_of(d) AS TABLE
WITH cur AS (
    SELECT * FROM control_periods WHERE known_to_lv IS NULL
),
covering AS (
    SELECT * FROM cur
    WHERE valid_from <= CAST(d AS DATE) AND (valid_to IS NULL OR CAST(d AS DATE) < valid_to)
),
upcoming AS (
    SELECT * EXCLUDE (rn) FROM (
        SELECT *, row_number() OVER (PARTITION BY entry_key ORDER BY valid_from) AS rn
        FROM cur
        WHERE valid_from > CAST(d AS DATE)
          AND entry_key NOT IN (SELECT entry_key FROM covering)
    ) WHERE rn = 1
)
SELECT entry_key, control_code, name_zh, name_en, hs_codes, kind, category_zh, notice_id,
       effective_on, status, status_notice_id, valid_from, valid_to
FROM covering
UNION ALL
SELECT entry_key, control_code, name_zh, name_en, hs_codes, kind, category_zh, notice_id,
       effective_on,
       -- not in force yet: pending, unless a suspension already covers its start
       CASE WHEN status = 'in_force' THEN 'pending' ELSE status END AS status,
       status_notice_id, valid_from, valid_to
FROM upcoming;

CREATE VIEW controls_current AS
SELECT * FROM controls_as_of(current_date);
