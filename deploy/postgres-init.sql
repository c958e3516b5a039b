-- Runs once, when the postgres service's volume is first initialised: Dagster's storage lives in the
-- database named by POSTGRES_DB, regwatch's snapshot catalog and locks in a database of its own.
CREATE DATABASE regwatch;
