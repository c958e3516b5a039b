"""Where the warehouse lives: one interface, two backends (docs/scaling.md says when to use which).

- `Warehouse` (warehouse/db.py), the embedded default: one DuckDB file, writers serialised by a lock
  file, each write a private copy `os.replace`d over the live file.
- `SharedWarehouse`: the same DuckDB file format and SQL, for several machines. Writers are serialised
  by a PostgreSQL advisory lock; each write transaction runs on a private copy of the current snapshot
  exactly as locally, and is then published as a new immutable snapshot object (a folder or an
  S3-compatible bucket) and made current by a compare-and-set on a pointer row in PostgreSQL. Readers
  anywhere ask PostgreSQL for the current version, fetch that object once into a local cache, and open
  it read-only: a snapshot never changes, so every reader sees a consistent warehouse, and a reader
  keeps its snapshot while writers publish newer ones.

DuckLake with a PostgreSQL catalog was evaluated first and not chosen (docs/scaling.md has the
measurements): its extension exists only for DuckDB 1.5.x, and it has no PRIMARY KEY/UNIQUE
constraints or sequences, which every idempotent upsert of warehouse/store.py relies on.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol, runtime_checkable

import duckdb

from warehouse import pg
from warehouse.db import (
    DEFAULT_MEMORY_LIMIT,
    WarehouseError,
    clean_spills,
    ensure_migrated,
    transaction_on_copy,
)
from warehouse.objectstore import ObjectStore, ObjectStoreError

_SNAPSHOT_KEY_RE = re.compile(r"^[0-9]{12}-[0-9a-f]{16}\.duckdb$")
_CACHED_VERSIONS = 3  # snapshots kept in a machine's cache: the current one and two behind it


@runtime_checkable
class WarehouseStore(Protocol):
    """What the pipelines need from a warehouse, whichever backend holds it."""

    lock_timeout: float

    def exists(self) -> bool: ...

    def read(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...

    def write(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...

    def delivery_lock(self) -> AbstractContextManager[None]: ...

    def ensure(self) -> list[str]: ...


class SharedWarehouse:
    """The warehouse as immutable DuckDB snapshots in object storage, with its catalog and locks in
    PostgreSQL. Same SQL, same migrations, same transactions as the local file."""

    def __init__(
        self,
        postgres_url: str,
        snapshot_url: str,
        cache_dir: str | os.PathLike[str],
        *,
        endpoint_url: str | None = None,
        lock_timeout: float = 900.0,
        memory_limit: str = DEFAULT_MEMORY_LIMIT,
        keep: int = 10,
    ) -> None:
        self.postgres_url = postgres_url
        self.catalog = pg.Catalog(postgres_url)
        self.runs = pg.RunLiveness(postgres_url)
        try:
            self.store = ObjectStore(snapshot_url, endpoint_url=endpoint_url)
        except ObjectStoreError as exc:
            raise WarehouseError(str(exc)) from exc
        self.cache_dir = Path(cache_dir).resolve()
        self.lock_timeout = lock_timeout
        self.memory_limit = memory_limit
        self.keep = max(2, keep)

    def __repr__(self) -> str:
        return f"SharedWarehouse({pg.redact(self.postgres_url)}, {self.store.url})"

    def exists(self) -> bool:
        return self.catalog.head() is not None

    # -- reading ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The current snapshot, read-only. It stays this reader's view until the block ends."""
        for attempt in range(3):
            path = self.pull()
            try:
                con = duckdb.connect(str(path), read_only=True)
                break
            except duckdb.Error as exc:
                # Another process on this machine may have pruned a version between our catalog read
                # and the open (it would have to be three versions behind): ask the catalog again.
                if path.exists() or attempt == 2:
                    raise WarehouseError(f"cannot open snapshot {path} read-only: {exc}") from exc
        try:
            yield con
        finally:
            con.close()

    def pull(self) -> Path:
        """The local file of the current snapshot (fetched once per machine and version). Also points
        `current.duckdb` in the cache at it, for analysts' tools that want a fixed file name."""
        for _attempt in range(3):
            head = self.catalog.head()
            if head is None:
                raise WarehouseError(
                    f"no warehouse published yet in {pg.redact(self.postgres_url)}: "
                    "run `regwatch run` (or `regwatch demo`) first"
                )
            try:
                path = self._fetch(head)
            except ObjectStoreError:
                continue  # pruned between the catalog read and the download: ask again
            self._link_current(path)
            return path
        raise WarehouseError(f"could not fetch the current snapshot from {self.store.url}")

    def _cached(self, snapshot: pg.Snapshot) -> Path:
        return self.cache_dir / snapshot.object_key

    def _fetch(self, snapshot: pg.Snapshot) -> Path:
        target = self._cached(snapshot)
        if target.exists():
            return target
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = self.cache_dir / f".{snapshot.object_key}.{os.getpid()}-{threading.get_ident()}.part"
        try:
            self.store.download(snapshot.object_key, partial)
            if _sha256_file(partial) != snapshot.sha256:
                raise WarehouseError(f"snapshot {snapshot.object_key} is corrupt (hash mismatch)")
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        self._prune_cache(snapshot.version)
        return target

    def _link_current(self, path: Path) -> None:
        link = self.cache_dir / "current.duckdb"
        tmp = self.cache_dir / f".current.{os.getpid()}-{threading.get_ident()}.link"
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(path.name)
            os.replace(tmp, link)

    def _prune_cache(self, newest: int) -> None:
        """Old cached snapshots go; a reader that still has one open keeps its inode (POSIX)."""
        for cached in self.cache_dir.glob("[0-9]*.duckdb"):
            with contextlib.suppress(ValueError, OSError):
                if int(cached.name.split("-", 1)[0]) <= newest - _CACHED_VERSIONS:
                    cached.unlink()

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction on a copy of the current snapshot, published as the next version."""
        with pg.advisory_lock(self.postgres_url, pg.WRITE_LOCK, timeout=self.lock_timeout, what="write"):
            self.catalog.setup()
            head = self.catalog.head()
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            clean_spills(self.cache_dir)
            tmp = self.cache_dir / f".work-{os.getpid()}-{threading.get_ident()}.duckdb"
            tmp.unlink(missing_ok=True)
            if head is not None:
                shutil.copyfile(self._fetch(head), tmp)
            with transaction_on_copy(tmp, self.memory_limit, label=repr(self)) as con:
                yield con
            try:
                self._publish(tmp, head)
            finally:
                tmp.unlink(missing_ok=True)

    def _publish(self, tmp: Path, head: pg.Snapshot | None) -> None:
        version = (head.version if head else 0) + 1
        sha = _sha256_file(tmp)
        snapshot = pg.Snapshot(version, f"{version:012d}-{sha[:16]}.duckdb", sha, tmp.stat().st_size)
        try:
            self.store.upload(tmp, snapshot.object_key)
        except ObjectStoreError as exc:
            raise WarehouseError(f"cannot publish snapshot {version}: {exc}") from exc
        writer = f"{socket.gethostname()}:{os.getpid()}"
        self.catalog.publish(snapshot, expected=head.version if head else None, writer=writer)
        os.replace(tmp, self._cached(snapshot))  # this machine needs no download of its own write
        self._prune_cache(version)
        self._prune_store()

    def _prune_store(self) -> None:
        """Keep the newest `keep` snapshots; delete older ones and orphans (uploaded by a writer that
        died before publishing). Runs under the write lock, so no upload is in flight."""
        for old in self.catalog.forget_older(self.keep):
            with contextlib.suppress(ObjectStoreError):
                self.store.delete(old.object_key)
        known = self.catalog.known_keys()
        for key in self.store.list_keys():
            if _SNAPSHOT_KEY_RE.match(key) and key not in known:
                with contextlib.suppress(ObjectStoreError):
                    self.store.delete(key)

    @contextlib.contextmanager
    def delivery_lock(self) -> Iterator[None]:
        """ "Read what is pending, send it, record it", one process at a time across machines."""
        with pg.advisory_lock(
            self.postgres_url, pg.DELIVERY_LOCK, timeout=self.lock_timeout, what="delivery"
        ):
            yield

    def ensure(self) -> list[str]:
        """Create the catalog and the first snapshot, apply migrations; returns what was applied."""
        return ensure_migrated(self)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
