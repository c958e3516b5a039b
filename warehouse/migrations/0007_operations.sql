-- Operations: runs keyed by the Dagster run id and linked to the run they re-execute, the fetch queue
-- a discovery hands to the fetch step (instead of a pickled list between assets), and delivery
-- targets (one per recipient set) so a refusing subscriber never makes the others receive a digest twice.

ALTER TABLE runs ADD COLUMN root_run_id VARCHAR;    -- the first run of a re-execution chain (NULL: itself)
ALTER TABLE runs ADD COLUMN parent_run_id VARCHAR;  -- the run this one re-executes (NULL: none)
ALTER TABLE runs ADD COLUMN job_name VARCHAR;       -- the Dagster job (nightly, __ASSET_JOB, …); NULL outside Dagster
ALTER TABLE runs ADD COLUMN assets VARCHAR[];       -- the assets the run set out to materialize
ALTER TABLE runs ADD COLUMN discovered_at TIMESTAMPTZ;  -- when its discovery queued pages to fetch

CREATE TABLE fetch_queue (
    run_id    VARCHAR NOT NULL,                      -- the run whose discovery queued the page
    position  INTEGER NOT NULL,                      -- new notices first, then revalidations
    url       VARCHAR NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE delivery_targets (
    target         VARCHAR PRIMARY KEY,              -- deliveries.channel: email, webhook, file, or email:<name>:<hash>, webhook:<name>:<hash>
    channel        VARCHAR NOT NULL,                 -- file | email | webhook
    subscription   VARCHAR,                          -- the subscription's name; NULL for the main recipients
    recipients     VARCHAR[] NOT NULL,               -- the addresses (or the webhook URL's host) the target stands for
    first_seen_at  TIMESTAMPTZ NOT NULL              -- changes detected before this are not sent to the target
);
