-- The consolidated list: lists published as attachments and tables.
--
-- 2024 No. 51 published the dual-use list as a PDF attachment; later notices add to it; the annual
-- licence catalogue maps its items to customs codes in a PDF table; 2025 No. 61 prints its item
-- lists as parts of 附件1. These tables record how each attachment was read, the catalogue's
-- code <-> HS mapping, the parts and notes of list attachments, and which notices form the list.

-- How each attachment was read.
ALTER TABLE attachments ADD COLUMN reader VARCHAR;          -- dual_use_list | catalogue | parts | table | outline
ALTER TABLE attachments ADD COLUMN extraction VARCHAR;      -- text | table | ocr | antiword | catdoc | xls2csv
ALTER TABLE attachments ADD COLUMN trust VARCHAR;           -- high | low (OCR-derived)
ALTER TABLE attachments ADD COLUMN list_expected BOOLEAN;   -- the attachment should hold a list
ALTER TABLE attachments ADD COLUMN entries INTEGER;         -- entries (or catalogue rows) read from it
ALTER TABLE attachments ADD COLUMN stated_entries INTEGER;  -- what the notice or the list itself says it holds

-- Entries read from an OCR-derived attachment carry lower trust.
ALTER TABLE control_entries ADD COLUMN extraction VARCHAR DEFAULT 'text';
ALTER TABLE control_entries ADD COLUMN trust VARCHAR DEFAULT 'high';

-- Attachment downloads that failed, retried on later runs with backoff until fetched or gone.
CREATE TABLE attachment_fetch_state (
    url            VARCHAR PRIMARY KEY,
    page_url       VARCHAR NOT NULL,              -- the article page linking it
    state          VARCHAR NOT NULL,              -- fetched | retrying | gone
    failures       INTEGER NOT NULL DEFAULT 0,    -- consecutive failed attempts
    gone_answers   INTEGER NOT NULL DEFAULT 0,    -- consecutive 404/410 answers (2 = gone)
    last_status    INTEGER,
    last_error     VARCHAR,
    last_attempt   TIMESTAMPTZ NOT NULL,
    next_attempt   TIMESTAMPTZ                    -- when a retry is due; NULL when fetched or gone
);

-- Attachments a warehouse already knows start with a state: fetched ones are revalidated with their
-- page, and ones never fetched are retried on the next run.
INSERT INTO attachment_fetch_state (url, page_url, state, failures, gone_answers, last_status, last_attempt)
SELECT a.url, any_value(n.url),
       CASE WHEN any_value(p.sha256) IS NULL THEN 'retrying' ELSE 'fetched' END,
       0, 0, any_value(p.last_status), coalesce(any_value(p.last_checked), now())
FROM attachments a
JOIN notice_records n USING (notice_id)
LEFT JOIN pages p ON p.url = a.url
GROUP BY a.url;

-- The licence catalogue, one row per (printed row, customs code).
CREATE TABLE catalogue_rows (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    row_no         VARCHAR,
    section_zh     VARCHAR,
    control_code   VARCHAR,
    goods_class_zh VARCHAR,
    description_zh VARCHAR,
    goods_name_zh  VARCHAR,
    hs_code        VARCHAR,
    unit_zh        VARCHAR,
    page           INTEGER,
    source         VARCHAR NOT NULL,              -- the attachment URL, or 'body'
    source_sha256  VARCHAR,
    extraction     VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

-- 注 / 技术说明 lines of a list: explanations of an entry, never items themselves.
CREATE TABLE list_notes (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    control_code   VARCHAR NOT NULL,
    note_kind      VARCHAR NOT NULL,
    text_zh        VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

-- Which part of an annex list an entry is in (附件1第一部分), for the rules that name a part.
CREATE TABLE entry_parts (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    entry_key      VARCHAR NOT NULL,
    part_label     VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, entry_key)
);

-- What a notice does to the consolidated dual-use list.
CREATE TABLE notice_list_roles (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    role           VARCHAR NOT NULL,              -- baseline | addition | catalogue
    quote_zh       VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version)
);

-- The code structure of the list: sector digit and type letter.
CREATE TABLE list_code_parts (
    code           VARCHAR PRIMARY KEY,
    part           VARCHAR NOT NULL,              -- sector | type
    name_zh        VARCHAR NOT NULL
);
INSERT INTO list_code_parts VALUES
    ('0', 'sector', '核材料、设施和设备及其他'),
    ('1', 'sector', '专用材料和相关设备、化学制品、微生物和毒素'),
    ('2', 'sector', '材料加工'),
    ('3', 'sector', '电子'),
    ('4', 'sector', '计算机'),
    ('5', 'sector', '电信和信息安全'),
    ('6', 'sector', '传感器和激光器'),
    ('7', 'sector', '导航和航空电子'),
    ('8', 'sector', '船舶'),
    ('9', 'sector', '航空航天与推进'),
    ('A', 'type', '系统、设备和部件'),
    ('B', 'type', '测试、检验和生产设备'),
    ('C', 'type', '材料'),
    ('D', 'type', '软件'),
    ('E', 'type', '技术');

-- The catalogue's code <-> HS mapping of every edition, with the dates each edition held: an
-- edition holds from its notice's effective date until the next edition's.
CREATE VIEW catalogue_hs AS
WITH editions AS (
    SELECT n.notice_id, n.current_version AS version,
           coalesce(n.effective_on, n.published_on, DATE '1900-01-01') AS valid_from
    FROM notice_records n
    WHERE EXISTS (
        SELECT 1 FROM catalogue_rows r WHERE r.notice_id = n.notice_id AND r.version = n.current_version
    )
),
spans AS (
    SELECT *, lead(valid_from) OVER (ORDER BY valid_from, notice_id) AS valid_to FROM editions
)
SELECT r.control_code, r.hs_code, r.goods_name_zh, r.description_zh, r.goods_class_zh, r.unit_zh,
       r.section_zh, r.row_no, r.notice_id, s.valid_from, s.valid_to, r.extraction, r.source
FROM catalogue_rows r JOIN spans s ON s.notice_id = r.notice_id AND s.version = r.version;

CREATE MACRO catalogue_as_of(d) AS TABLE
SELECT * FROM catalogue_hs
WHERE valid_from <= CAST(d AS DATE) AND (valid_to IS NULL OR CAST(d AS DATE) < valid_to);

-- Everything in force on d under a code: the code itself and its sub-items (3A001, 3A001.a, …).
CREATE MACRO controls_under(code, d) AS TABLE
SELECT * FROM controls_as_of(d)
WHERE control_code = code OR starts_with(control_code, code || '.');

-- The consolidated dual-use list on d: the baseline list (2024 No. 51) and the notices that added
-- to it, by control code, with the sector and type the code stands for.
CREATE MACRO dual_use_list_as_of(d) AS TABLE
SELECT split_part(c.control_code, '.', 1) AS list_code, s.name_zh AS sector_zh, t.name_zh AS type_zh,
       r.role AS list_role, c.*
FROM controls_as_of(d) c
JOIN notice_records n ON n.notice_id = c.notice_id
JOIN notice_list_roles r ON r.notice_id = n.notice_id AND r.version = n.current_version
LEFT JOIN list_code_parts s ON s.code = substr(c.control_code, 1, 1) AND s.part = 'sector'
LEFT JOIN list_code_parts t ON t.code = substr(c.control_code, 2, 1) AND t.part = 'type'
WHERE r.role IN ('baseline', 'addition') AND c.control_code IS NOT NULL;

-- The entries a rule governs, through the annex part it names (notice_rules.applies_to).
CREATE VIEW notice_rule_entries AS
SELECT r.notice_id, r.rule_kind, r.seq AS rule_seq, part.label AS applies_to, p.part_label,
       e.entry_key, e.control_code, e.name_zh, e.hs_codes
FROM rule_records r
JOIN notice_records n ON n.notice_id = r.notice_id AND n.current_version = r.version
CROSS JOIN unnest(r.applies_to) AS part(label)
JOIN entry_parts p ON p.notice_id = r.notice_id AND p.version = r.version
     AND starts_with(p.part_label, part.label)
JOIN control_entries e ON e.notice_id = p.notice_id AND e.version = p.version AND e.entry_key = p.entry_key;
