-- Core tables: runs, the fetch log and raw archive index, notices, versions, entries, relations.
-- Forward-only; never edit a migration that has shipped, add a new one.

CREATE SEQUENCE IF NOT EXISTS fetch_log_seq START 1;
CREATE SEQUENCE IF NOT EXISTS data_issue_seq START 1;

CREATE TABLE runs (
    run_id          VARCHAR PRIMARY KEY,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR NOT NULL,            -- running | succeeded | failed
    trigger         VARCHAR NOT NULL,            -- nightly | watch | manual | demo
    as_of           DATE NOT NULL,               -- the date the list in force was evaluated on
    parser_version  VARCHAR NOT NULL,
    baseline        BOOLEAN NOT NULL DEFAULT FALSE,
    listing_ok      BOOLEAN,
    list_built      BOOLEAN NOT NULL DEFAULT FALSE,  -- the run got as far as diffing the list
    list_built_at   TIMESTAMPTZ,                     -- when; the next build diffs against the latest one
    message         VARCHAR
);

CREATE TABLE raw_objects (
    sha256        VARCHAR PRIMARY KEY,
    bytes         BIGINT NOT NULL,
    content_type  VARCHAR,
    first_seen    TIMESTAMPTZ NOT NULL,
    first_url     VARCHAR NOT NULL
);

CREATE TABLE fetch_log (
    fetch_id       BIGINT PRIMARY KEY DEFAULT nextval('fetch_log_seq'),
    run_id         VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    method         VARCHAR NOT NULL DEFAULT 'GET',
    purpose        VARCHAR NOT NULL,             -- listing | article | attachment
    fetched_at     TIMESTAMPTZ NOT NULL,
    status         INTEGER,                      -- NULL when no HTTP answer (refused, connection error)
    etag           VARCHAR,
    last_modified  VARCHAR,
    sha256         VARCHAR,
    bytes          BIGINT NOT NULL DEFAULT 0,
    conditional    BOOLEAN NOT NULL DEFAULT FALSE,
    not_modified   BOOLEAN NOT NULL DEFAULT FALSE,
    attempts       INTEGER NOT NULL DEFAULT 1,
    elapsed_ms     INTEGER,
    error          VARCHAR
);

-- HTTP cache state and what each URL currently holds.
CREATE TABLE pages (
    url            VARCHAR PRIMARY KEY,
    purpose        VARCHAR NOT NULL,
    notice_id      VARCHAR,
    etag           VARCHAR,
    last_modified  VARCHAR,
    sha256         VARCHAR,
    content_type   VARCHAR,
    first_seen     TIMESTAMPTZ NOT NULL,
    last_seen      TIMESTAMPTZ NOT NULL,         -- last time it answered 200 or 304
    last_checked   TIMESTAMPTZ NOT NULL,
    last_status    INTEGER,
    parsed_sha256  VARCHAR,                      -- the body last parsed ...
    parsed_version VARCHAR                       -- ... and by which parser version
);

CREATE TABLE listing_links (
    listing_url  VARCHAR NOT NULL,
    url          VARCHAR NOT NULL,
    title        VARCHAR,
    listed_on    DATE,
    first_seen   TIMESTAMPTZ NOT NULL,
    last_seen    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (listing_url, url)
);

CREATE TABLE notice_records (
    notice_id     VARCHAR PRIMARY KEY,
    number_zh     VARCHAR NOT NULL,
    title_zh      VARCHAR NOT NULL,
    issuers       VARCHAR[] NOT NULL,
    published_on  DATE,
    effective_on  DATE,
    effective_rule VARCHAR,
    url           VARCHAR NOT NULL,               -- the primary copy: the first URL it was read from
    kind          VARCHAR NOT NULL,               -- adds_controls | amends | suspends | resumes | repeals | informational
    issuing_unit  VARCHAR,
    first_seen    TIMESTAMPTZ NOT NULL,
    last_seen     TIMESTAMPTZ NOT NULL,
    current_version INTEGER NOT NULL
);

CREATE TABLE notice_versions (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    sha256         VARCHAR NOT NULL,              -- raw page bytes in the archive
    content_hash   VARCHAR NOT NULL,              -- normalized text: markup-only edits are not versions
    fetched_at     TIMESTAMPTZ NOT NULL,
    url            VARCHAR NOT NULL,
    run_id         VARCHAR NOT NULL,
    title_zh       VARCHAR NOT NULL,
    body_zh        VARCHAR NOT NULL,
    published_on   DATE,
    effective_on   DATE,
    kind           VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version)
);

-- Every copy of a notice found at another URL, compared with the primary copy.
CREATE TABLE notice_copies (
    notice_id      VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    content_hash   VARCHAR NOT NULL,
    matches_primary BOOLEAN NOT NULL,
    first_seen     TIMESTAMPTZ NOT NULL,
    last_seen      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (notice_id, url, content_hash)
);

CREATE TABLE control_entries (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    entry_key      VARCHAR NOT NULL,
    path           VARCHAR NOT NULL,
    category_zh    VARCHAR,
    group_zh       VARCHAR,
    control_code   VARCHAR,
    control_code_printed VARCHAR,
    name_zh        VARCHAR NOT NULL,
    name_en        VARCHAR,
    name_en_complete BOOLEAN NOT NULL DEFAULT FALSE,
    hs_codes       VARCHAR[] NOT NULL,
    hs_label       VARCHAR,
    kind           VARCHAR NOT NULL,
    spec_zh        VARCHAR,
    effective_on   DATE,                          -- from the notice, or a clause-specific date
    quote_zh       VARCHAR NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    source         VARCHAR NOT NULL,              -- 'body' or the attachment URL
    source_sha256  VARCHAR NOT NULL,
    tokens         VARCHAR[] NOT NULL,
    parser_version VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, entry_key)
);

CREATE TABLE notice_relations (
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    relation       VARCHAR NOT NULL,              -- suspends | resumes | repeals | amends
    target_notice_id VARCHAR,
    target_label   VARCHAR NOT NULL,
    clause         VARCHAR,
    window_from    DATE,
    window_until   DATE,                          -- inclusive, as printed
    quote_zh       VARCHAR NOT NULL,
    PRIMARY KEY (notice_id, version, seq)
);

CREATE TABLE notice_paragraphs (
    notice_id   VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    para_no     INTEGER NOT NULL,
    text_zh     VARCHAR NOT NULL,
    tokens      VARCHAR[] NOT NULL,
    PRIMARY KEY (notice_id, version, para_no)
);

CREATE TABLE attachments (
    notice_id   VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    label       VARCHAR,
    sha256      VARCHAR,
    text_chars  INTEGER,
    error       VARCHAR,
    PRIMARY KEY (notice_id, url)
);

CREATE TABLE data_issues (
    issue_id     BIGINT PRIMARY KEY DEFAULT nextval('data_issue_seq'),
    run_id       VARCHAR NOT NULL,
    detected_at  TIMESTAMPTZ NOT NULL,
    severity     VARCHAR NOT NULL,               -- warning | error
    code         VARCHAR NOT NULL,
    notice_id    VARCHAR,
    url          VARCHAR,
    sha256       VARCHAR,
    line         VARCHAR,
    message      VARCHAR NOT NULL,
    fingerprint  VARCHAR NOT NULL UNIQUE         -- the same issue found again is not a new row
);

-- The list in force, bitemporal: valid_from/valid_to say when a rule holds, known_from_lv/known_to_lv
-- which list versions (i.e. which state of regwatch's knowledge) hold the row.
CREATE TABLE list_versions (
    list_version  INTEGER PRIMARY KEY,
    run_id        VARCHAR NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    as_of         DATE NOT NULL,
    periods       INTEGER NOT NULL,
    digest        VARCHAR NOT NULL
);

CREATE TABLE control_periods (
    entry_key      VARCHAR NOT NULL,
    notice_id      VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    valid_from     DATE NOT NULL,
    valid_to       DATE,                          -- exclusive; NULL = open-ended
    status         VARCHAR NOT NULL,              -- in_force | suspended
    status_notice_id VARCHAR,                     -- the notice that suspended it, when suspended
    control_code   VARCHAR,
    name_zh        VARCHAR NOT NULL,
    name_en        VARCHAR,
    hs_codes       VARCHAR[] NOT NULL,
    kind           VARCHAR NOT NULL,
    category_zh    VARCHAR,
    effective_on   DATE,                          -- the listing notice's effective date
    known_from_lv  INTEGER NOT NULL,
    known_to_lv    INTEGER                        -- NULL = still current knowledge
);

CREATE TABLE changes (
    change_id      VARCHAR PRIMARY KEY,
    run_id         VARCHAR NOT NULL,
    detected_at    TIMESTAMPTZ NOT NULL,
    list_version   INTEGER,
    change_type    VARCHAR NOT NULL,              -- added | removed | modified | suspended | reinstated
    cause          VARCHAR NOT NULL,              -- regulatory | scheduled | baseline | reparse
    alert          BOOLEAN NOT NULL,
    entry_key      VARCHAR NOT NULL,
    control_code   VARCHAR,
    name_zh        VARCHAR NOT NULL,
    name_en        VARCHAR,
    hs_codes       VARCHAR[] NOT NULL,
    kind           VARCHAR,
    category_zh    VARCHAR,
    notice_id      VARCHAR NOT NULL,              -- the notice listing the entry
    cause_notice_id VARCHAR,                      -- the notice that suspended / reinstated / removed it
    effective_on   DATE,
    window_until   DATE,
    detail         JSON,
    delivered_at   TIMESTAMPTZ,
    urgent_at      TIMESTAMPTZ                    -- sent as an urgent alert before the daily digest
);

CREATE TABLE deliveries (
    change_id     VARCHAR NOT NULL,
    channel       VARCHAR NOT NULL,               -- file | email | webhook (one row per channel target)
    delivered_at  TIMESTAMPTZ NOT NULL,
    run_id        VARCHAR NOT NULL,
    PRIMARY KEY (change_id, channel)
);

-- What changed between two versions of one notice, entry by entry (field-level, from deepdiff).
CREATE TABLE notice_version_diffs (
    notice_id   VARCHAR NOT NULL,
    version     INTEGER NOT NULL,                 -- the new version; compared with version - 1
    added       INTEGER NOT NULL,
    removed     INTEGER NOT NULL,
    modified    INTEGER NOT NULL,
    detail      JSON NOT NULL,
    PRIMARY KEY (notice_id, version)
);
