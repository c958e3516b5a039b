-- English numbers and titles of notices, composed from the Chinese by glossary rules (parsers/titles.py).
-- A separate table rather than columns of notice_records: titles are composed after parsing, again
-- whenever the title or the vocabulary changes, without re-reading any page.

CREATE TABLE notice_titles_en (
    notice_id    VARCHAR PRIMARY KEY,
    title_zh     VARCHAR NOT NULL,              -- the Chinese title it was composed from
    number_en    VARCHAR NOT NULL,              -- MOFCOM–GACC 2025 No. 70
    title_en     VARCHAR NOT NULL,              -- Decision to impose export controls on …
    complete     BOOLEAN NOT NULL,              -- false: a piece stayed in Chinese (see missing)
    missing      VARCHAR[] NOT NULL,            -- the Chinese pieces no rule or glossary word covers
    vocabulary   VARCHAR NOT NULL,              -- fingerprint of the words and rules used
    composed_at  TIMESTAMPTZ NOT NULL
);

-- The contract view, unchanged but for three columns at the end (a title changed since its English
-- was composed shows NULL until the next run composes it again).
CREATE OR REPLACE VIEW notices AS
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
    n.last_seen,
    t.number_en,
    t.title_en,
    t.complete AS title_en_complete
FROM notice_records n
LEFT JOIN notice_titles_en t ON t.notice_id = n.notice_id AND t.title_zh = n.title_zh;
