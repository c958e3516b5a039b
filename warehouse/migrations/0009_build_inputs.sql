-- The fingerprint of what a run's list build read (warehouse.buildstate): a night whose inputs match
-- the last build's, with no period boundary between the two dates, skips the build instead of
-- rebuilding the same list. NULL on runs built before this column existed: the next build runs.
ALTER TABLE runs ADD COLUMN build_inputs VARCHAR;
