"""PostgreSQL for the shared warehouse: the snapshot catalog and the locks that `flock` gives one machine.

- The catalog is two tables: every published snapshot of the DuckDB warehouse (immutable, by version)
  and one pointer row naming the current one. Publishing is a compare-and-set on that row, so even a
  writer that lost its lock (its session died) cannot overwrite a newer snapshot.
- Writers and deliveries are serialised by session-level advisory locks. PostgreSQL releases a
  session's locks when its connection ends, so a writer killed mid-transaction (SIGKILL, OOM, a node
  lost) never leaves a lock behind — the property the lock files have on one machine.
- Run liveness uses the same mechanism: a run holds a lock keyed by its run id for as long as it runs;
  another process asks whether it can take that lock, and if it can, the run is dead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

try:
    import psycopg2
    import psycopg2.extensions
except ImportError:  # without the `shared` extra: the embedded default never comes here
    psycopg2 = None

from warehouse.db import WarehouseBusy, WarehouseError

# Advisory lock keys are (namespace, key) pairs of int4; the namespaces are regwatch's own.
LOCK_NAMESPACE = 0x52570000  # "RW\0\0"
RUN_NAMESPACE = LOCK_NAMESPACE + 1
SETUP_LOCK, WRITE_LOCK, DELIVERY_LOCK = 0, 1, 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS regwatch_snapshots (
    version     BIGINT PRIMARY KEY,
    object_key  TEXT NOT NULL UNIQUE,
    sha256      TEXT NOT NULL,
    bytes       BIGINT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    writer      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS regwatch_head (
    singleton   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version     BIGINT NOT NULL REFERENCES regwatch_snapshots (version),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
"""


@dataclass(frozen=True)
class Snapshot:
    version: int
    object_key: str
    sha256: str
    nbytes: int
    created_at: dt.datetime | None = None


def connect(dsn: str) -> psycopg2.extensions.connection:
    if psycopg2 is None:
        raise WarehouseError("the shared warehouse needs psycopg2: pip install 'regwatch[shared]'")
    try:
        con = psycopg2.connect(dsn, connect_timeout=10, application_name="regwatch")
    except psycopg2.Error as exc:
        raise WarehouseError(f"cannot connect to PostgreSQL ({redact(dsn)}): {exc}".strip()) from exc
    con.autocommit = True
    return con


def redact(dsn: str) -> str:
    """The DSN without its password, for messages and logs."""
    with contextlib.suppress(Exception):
        params = psycopg2.extensions.parse_dsn(dsn)
        host = params.get("host", "localhost")
        return f"postgresql://{params.get('user', '')}@{host}:{params.get('port', 5432)}/{params.get('dbname', '')}"
    return "postgresql://…"


@contextlib.contextmanager
def advisory_lock(dsn: str, key: int, *, timeout: float, what: str) -> Iterator[None]:
    """Hold (LOCK_NAMESPACE, key) on a connection of its own until the block ends; wait up to `timeout`.

    Polling `pg_try_advisory_lock` rather than blocking in `pg_advisory_lock` keeps the wait bounded and
    interruptible, like the flock loop of the local backend.
    """
    con = connect(dsn)
    try:
        deadline = time.monotonic() + timeout
        with con.cursor() as cur:
            while True:
                cur.execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_NAMESPACE, key))
                row = cur.fetchone()
                if row and row[0]:
                    break
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another regwatch process holds the {what} lock in {redact(dsn)}; "
                        f"gave up after {timeout:.0f} s"
                    )
                time.sleep(0.2)
        yield
    finally:
        # Closing the session releases the lock even when an unlock could not be sent.
        with contextlib.suppress(psycopg2.Error), con.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_NAMESPACE, key))
        con.close()


class Catalog:
    """Which snapshot is current. One short-lived connection per call: readers on many machines, and
    a connection pooler in front of PostgreSQL, then cost nothing between queries."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self._ready = False

    @contextlib.contextmanager
    def _cursor(self) -> Iterator[Any]:
        con = connect(self.dsn)
        try:
            with con.cursor() as cur:
                yield cur
        except psycopg2.Error as exc:
            raise WarehouseError(f"snapshot catalog ({redact(self.dsn)}): {exc}".strip()) from exc
        finally:
            con.close()

    def setup(self) -> None:
        """Create the catalog tables once (concurrent first writers serialise on a transaction lock)."""
        if self._ready:
            return
        con = connect(self.dsn)
        try:
            con.autocommit = False
            with con.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_NAMESPACE, SETUP_LOCK))
                cur.execute(_SCHEMA)
            con.commit()
        except psycopg2.Error as exc:
            raise WarehouseError(f"cannot create the snapshot catalog in {redact(self.dsn)}: {exc}") from exc
        finally:
            con.close()
        self._ready = True

    def head(self) -> Snapshot | None:
        """The current snapshot, or None before the first write (or before the catalog exists)."""
        with self._cursor() as cur:
            cur.execute("SELECT to_regclass('regwatch_head') IS NOT NULL")
            row = cur.fetchone()
            if not row or not row[0]:
                return None
            cur.execute(
                "SELECT s.version, s.object_key, s.sha256, s.bytes, s.created_at "
                "FROM regwatch_head h JOIN regwatch_snapshots s USING (version)"
            )
            found = cur.fetchone()
        return Snapshot(*found) if found else None

    def publish(self, snapshot: Snapshot, *, expected: int | None, writer: str) -> None:
        """Record `snapshot` and make it current, only if the current one is still `expected`."""
        self.setup()
        con = connect(self.dsn)
        try:
            con.autocommit = False
            with con.cursor() as cur:
                cur.execute(
                    "INSERT INTO regwatch_snapshots (version, object_key, sha256, bytes, writer) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    (snapshot.version, snapshot.object_key, snapshot.sha256, snapshot.nbytes, writer),
                )
                if expected is None:
                    cur.execute(
                        "INSERT INTO regwatch_head (version) VALUES (%s) ON CONFLICT DO NOTHING",
                        (snapshot.version,),
                    )
                else:
                    cur.execute(
                        "UPDATE regwatch_head SET version = %s, updated_at = now() WHERE version = %s",
                        (snapshot.version, expected),
                    )
                if cur.rowcount != 1:
                    raise WarehouseError(
                        f"snapshot {snapshot.version} was not published: the current snapshot is no "
                        f"longer {expected} (another writer published meanwhile; its lock was lost?)"
                    )
            con.commit()
        except psycopg2.Error as exc:
            con.rollback()
            raise WarehouseError(f"cannot publish snapshot {snapshot.version}: {exc}") from exc
        except BaseException:
            con.rollback()
            raise
        finally:
            con.close()

    def forget_older(self, keep: int) -> list[Snapshot]:
        """Drop catalog rows of all but the newest `keep` snapshots (never the current); returns them."""
        with self._cursor() as cur:
            cur.execute(
                "DELETE FROM regwatch_snapshots WHERE version < ("
                "  SELECT min(version) FROM (SELECT version FROM regwatch_snapshots"
                "  ORDER BY version DESC LIMIT %s) newest)"
                " AND version <> (SELECT version FROM regwatch_head)"
                " RETURNING version, object_key, sha256, bytes, created_at",
                (max(1, keep),),
            )
            return [Snapshot(*row) for row in cur.fetchall()]

    def known_keys(self) -> set[str]:
        with self._cursor() as cur:
            cur.execute("SELECT object_key FROM regwatch_snapshots")
            return {row[0] for row in cur.fetchall()}


class RunLiveness:
    """Which runs are alive, across machines: a run holds an advisory lock keyed by its id."""

    # Process-wide, like the lock files' descriptors: the step that takes a run's lock and the one
    # that releases it build separate objects.
    _held: ClassVar[dict[tuple[str, str], psycopg2.extensions.connection]] = {}
    _mutex: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def hold(self, run_id: str) -> None:
        """Take this run's lock (idempotent within the process that runs it)."""
        key = (self.dsn, run_id)
        with self._mutex:
            if key in self._held:
                return
            con = connect(self.dsn)
            with con.cursor() as cur:
                cur.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", (RUN_NAMESPACE, run_id))
                row = cur.fetchone()
            if not row or not row[0]:
                con.close()
                raise RuntimeError(f"run {run_id} is already running in another process")
            self._held[key] = con

    def release(self, run_id: str) -> None:
        with self._mutex:
            con = self._held.pop((self.dsn, run_id), None)
        if con is not None:
            con.close()  # ending the session releases the lock

    def is_alive(self, run_id: str) -> bool:
        """True while some session holds the run's lock (this process's included)."""
        if (self.dsn, run_id) in self._held:
            return True
        con = connect(self.dsn)
        try:
            with con.cursor() as cur:
                cur.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", (RUN_NAMESPACE, run_id))
                row = cur.fetchone()
                if row and row[0]:
                    cur.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (RUN_NAMESPACE, run_id))
                    return False
                return True
        finally:
            con.close()
