"""The one owner of the DuckDB warehouse file.

DuckDB lets one process write a file and no other process open it meanwhile, not even read-only.
Analysts must be able to query while the nightly job runs, so writes never touch the live file:
each write transaction works on a private copy and, once committed and checkpointed, the copy is
`os.replace`d over the live file. Readers that opened the old file keep a consistent snapshot;
new readers see the new one; a crash (even SIGKILL) at any point leaves the live file as it was.
A lock file serialises writers, so two runs started at once queue instead of corrupting anything.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import itertools
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Protocol

import duckdb

from warehouse.durable import fsync_directory, fsync_path


class WarehouseError(RuntimeError):
    """Any failure to open, migrate or write the warehouse, in the project's own terms."""


class WarehouseBusy(WarehouseError):
    """Another writer holds the warehouse for longer than we were willing to wait."""


# DuckDB's own memory for one write transaction (its buffer manager spills to a temporary directory
# beyond it). It counts in the run's resident memory next to Python's: at 128MB a first crawl of 5,000
# notices stays under 512 MiB in all; raise it (REGWATCH_DUCKDB_MEMORY_LIMIT) if a very large warehouse
# ever fails a step with DuckDB's "Out of Memory Error".
DEFAULT_MEMORY_LIMIT = "128MB"

_MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(number, file name, SQL) of every bundled migration, in order."""
    found = []
    for entry in resources.files("warehouse.migrations").iterdir():
        match = _MIGRATION_RE.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise WarehouseError(f"migrations must be numbered 0001.. without gaps, found {numbers}")
    return found


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations inside the caller's transaction; returns the names applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for number, name, sql in migrations():
        if number in done:
            continue
        con.execute(sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
        applied.append(name)
    return applied


def _migrations_done(con: duckdb.DuckDBPyConnection) -> list[str]:
    try:
        rows = con.execute("SELECT name FROM schema_migrations ORDER BY version").fetchall()
    except duckdb.CatalogException:  # a file written before migrations were recorded, or empty
        return []
    return [str(row[0]) for row in rows]


def ensure_migrated(store: _Migratable) -> list[str]:
    """Apply pending migrations through `store`'s write path; the names applied by this call, in order.

    Compared by name before and after, not by timestamps: a clock step or a slow write cannot make a
    migration look new or old."""
    before: set[str] = set()
    if store.exists():
        with store.read() as con:
            before = set(_migrations_done(con))
    with store.write() as con:
        after = _migrations_done(con)
    return [name for name in after if name not in before]


class _Migratable(Protocol):
    def exists(self) -> bool: ...
    def read(self) -> contextlib.AbstractContextManager[duckdb.DuckDBPyConnection]: ...
    def write(self) -> contextlib.AbstractContextManager[duckdb.DuckDBPyConnection]: ...


class Warehouse:
    """Opens the warehouse for reading and runs write transactions by copy-and-replace."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lock_timeout: float = 900.0,
        memory_limit: str = DEFAULT_MEMORY_LIMIT,
    ) -> None:
        self.path = Path(path).resolve()
        self.memory_limit = memory_limit
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.lock_timeout = lock_timeout
        self._sharing = 0  # depth of `shared_reads` blocks
        self._shared: tuple[tuple[int, int, int, int], _Attached] | None = None
        self._shared_readers = 0  # cursors of `_shared` in use (closing it would close them)
        self._shared_lock = threading.Lock()

    # -- reading ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.path.exists():
            raise WarehouseError(
                f"no warehouse at {self.path}: run `regwatch run` (or `regwatch demo`) first"
            )
        if self._sharing:
            with self._shared_cursor() as con:
                yield con
            return
        attached = self._open_read_only()
        try:
            con = attached.cursor()
            try:
                yield con
            finally:
                con.close()
        finally:
            attached.close()

    def _open_read_only(self) -> _Attached:
        """The published file, attached read-only afresh.

        Not `duckdb.connect(path)`: DuckDB hands a path that is already open in this process to the
        open database, so while one reader (another run in this process, say) still holds a file a
        write has since replaced, every new connect would read that older file. An attached file is
        opened afresh."""
        try:
            return _READERS.attach(self.path)
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot open {self.path} read-only: {exc}") from exc

    @contextlib.contextmanager
    def shared_reads(self) -> Iterator[None]:
        """Within this block, reads share one read-only connection to the published file.

        Opening the warehouse costs 10-30 ms (its catalog is read each time) and one run's steps read
        it dozens of times: on an unchanged night that was a quarter of the work. Each read gets a
        cursor of its own, and a file published by a write (a new inode) is opened afresh once the
        old one's cursors are done, so a read never sees an older file than an unshared one would.
        Outside such a block nothing stays open: no process holds the live file longer than a step.
        """
        with self._shared_lock:
            self._sharing += 1
        try:
            yield
        finally:
            with self._shared_lock:
                self._sharing -= 1
                if self._sharing == 0 and self._shared is not None:
                    self._shared[1].close()
                    self._shared = None

    @contextlib.contextmanager
    def _shared_cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._shared_lock:
            st = os.stat(self.path)
            identity = (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)
            if self._shared is not None and self._shared[0] != identity and self._shared_readers == 0:
                # Closed before the new file is opened: DuckDB hands a path's open database to a
                # new connection, so while the old one is open a connect would see the old file.
                self._shared[1].close()
                self._shared = None
            if self._shared is None:
                self._shared = (identity, self._open_read_only())
            shared = self._shared[0] == identity
            attached = self._shared[1] if shared else self._open_read_only()
            self._shared_readers += shared
        try:
            cursor = attached.cursor()
            try:
                yield cursor
            finally:
                cursor.close()
        finally:
            if shared:
                with self._shared_lock:
                    self._shared_readers -= 1
            else:
                attached.close()

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self, lock_path: Path | None = None) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path or self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        raise WarehouseBusy(
                            f"another regwatch run is writing {self.path} (lock {self.lock_path}); "
                            f"gave up after {self.lock_timeout:.0f} s"
                        ) from None
                    time.sleep(0.2)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    @contextlib.contextmanager
    def delivery_lock(self) -> Iterator[None]:
        """Serialise "read what is pending, send it, record it" across runs, so two runs that
        overlap (the sensor's and the nightly one) never send the same change twice."""
        with self._locked(self.path.with_name(self.path.name + ".deliver.lock")):
            yield

    def _clean_stale(self) -> None:
        """Remove private copies left by a writer that was killed (we hold the lock, so none is live)."""
        clean_spills(self.path.parent)
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp*"):
            if stale.is_dir():  # DuckDB's spill directory beside a copy (`<copy>.tmp`)
                shutil.rmtree(stale, ignore_errors=True)
                continue
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    def exists(self) -> bool:
        """Whether a warehouse has been written yet (the shared backend answers from its catalog)."""
        return self.path.exists()

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: all of it lands, or none of it does."""
        with self._locked():
            self._clean_stale()
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
            if self.path.exists():
                shutil.copyfile(self.path, tmp)
            with transaction_on_copy(tmp, self.memory_limit, label=str(self.path)) as con:
                yield con
            fsync_path(tmp)
            os.replace(tmp, self.path)
            fsync_directory(self.path.parent)

    def ensure(self) -> list[str]:
        """Create the file and apply migrations; returns what was applied (empty when up to date)."""
        return ensure_migrated(self)


class _Readers:
    """One in-memory DuckDB instance per process, to which every read attaches the published file.

    Starting a DuckDB instance costs 15-20 ms (more than attaching a file to a running one, 4-5 ms),
    and a run opens the warehouse a few times, the CLI and the analyst API once per call. Each open
    attaches the file under an alias of its own (DuckDB attaches a path as often as asked, and reads
    a file a write has since replaced afresh) and detaches it when done.

    DuckDB's threads do not survive a fork, and a child that starts an instance while its parent's
    is running hangs: an idle instance is closed before every fork (a `multiprocessing` pool in a
    notebook that called the analyst API, say), and a child starts an instance of its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._pid = 0
        self._spill_set = False
        self._attached = 0
        self._inherited: list[duckdb.DuckDBPyConnection] = []
        self._aliases = itertools.count()
        os.register_at_fork(
            before=self._before_fork, after_in_parent=self._lock.release, after_in_child=self._in_child
        )

    def _before_fork(self) -> None:
        self._lock.acquire()  # no attach or detach half done across the fork
        if self._con is not None and self._attached == 0:
            self._con.close()
            self._con = None

    def _in_child(self) -> None:
        self._lock = threading.Lock()
        if self._con is not None:  # the parent's, busy at the fork: kept, never closed here
            self._inherited.append(self._con)  # (closing it would wait for threads the child lacks)
        self._con = None
        self._attached = 0

    def _instance(self) -> duckdb.DuckDBPyConnection:
        if self._con is None or self._pid != os.getpid():
            self._con = duckdb.connect(":memory:")
            self._pid = os.getpid()
            self._spill_set = False
        return self._con

    def attach(self, path: Path, *, writable: bool = False, spill: Path | None = None) -> _Attached:
        """`path` attached under an alias of its own: read-only, or (`writable`) for a write
        transaction. The instance spills to the `spill` directory its first write names: DuckDB
        cannot move an instance's temporary directory once it was used, so it is set once, beside
        the warehouse (not in the working directory, DuckDB's default for an in-memory instance)."""
        with self._lock:
            alias = f"warehouse_{next(self._aliases)}"
            instance = self._instance()
            if spill is not None and not self._spill_set:
                self._spill_set = True
                with contextlib.suppress(duckdb.Error):  # a read spilled first: the instance keeps that
                    instance.execute("SET temp_directory = ?", [str(spill)])
            instance.execute(f"ATTACH ? AS {alias}{'' if writable else ' (READ_ONLY)'}", [str(path)])
            self._attached += 1
            return _Attached(self, alias, self._pid)

    def cursor(self, attached: _Attached) -> duckdb.DuckDBPyConnection:
        with self._lock:
            cursor = self._instance().cursor()  # a cursor starts in the in-memory catalog
        cursor.execute(f"USE {attached.alias}")
        return cursor

    def checkpoint(self, attached: _Attached) -> None:
        with self._lock:
            if self._con is not None and self._pid == attached.pid:
                self._con.execute(f"CHECKPOINT {attached.alias}")

    def detach(self, attached: _Attached) -> None:
        with self._lock:
            if self._con is not None and self._pid == attached.pid:
                self._con.execute(f"DETACH {attached.alias}")
                self._attached -= 1


class _Attached:
    """One attachment of the published file: cursors on it, and its detach."""

    def __init__(self, readers: _Readers, alias: str, pid: int) -> None:
        self.readers = readers
        self.alias = alias
        self.pid = pid

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.readers.cursor(self)

    def checkpoint(self) -> None:
        """Write the attached file's WAL into it (a committed write, before it is published)."""
        self.readers.checkpoint(self)

    def close(self) -> None:
        self.readers.detach(self)


_READERS = _Readers()


def shared_reads(store: object) -> contextlib.AbstractContextManager[None]:
    """`Warehouse.shared_reads` for a local warehouse; other backends read as they always do."""
    return store.shared_reads() if isinstance(store, Warehouse) else contextlib.nullcontext()


SPILL_PREFIX = ".regwatch-spill-"


def spill_directory(folder: Path) -> Path:
    """Where this process's DuckDB instance spills during writes: beside the working copies, on the
    warehouse's disk, one directory per process (removed by DuckDB at exit, by `clean_spills` after a
    process that was killed)."""
    return folder / f"{SPILL_PREFIX}{os.getpid()}"


def clean_spills(folder: Path) -> None:
    """Remove the spill directories of processes that are gone."""
    for stale in folder.glob(f"{SPILL_PREFIX}*"):
        pid = stale.name.removeprefix(SPILL_PREFIX)
        if not pid.isdigit() or _alive(int(pid)):
            continue
        shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def transaction_on_copy(tmp: Path, memory_limit: str, *, label: str) -> Iterator[duckdb.DuckDBPyConnection]:
    """One write transaction on a private working copy; on success the copy is committed,
    checkpointed and detached (ready to publish), on failure it is deleted. Both backends publish
    copies made here: the local one by `os.replace`, the shared one by upload (warehouse/backends.py).

    The copy is attached to the process's DuckDB instance (the one reads attach to), not opened as an
    instance of its own: starting an instance costs 15-20 ms, a write no more than its statements, and
    the checkpoint and fsync of the copy. An unchanged night writes once; that was a third of it."""
    try:
        attached = _READERS.attach(tmp, writable=True, spill=spill_directory(tmp.parent))
    except duckdb.Error as exc:
        tmp.unlink(missing_ok=True)
        raise WarehouseError(f"cannot open a working copy of {label}: {exc}") from exc
    con = attached.cursor()
    # Bounded memory for big first crawls: DuckDB spills to disk beyond this instead of growing. The
    # setting is the instance's, so the reads of this process get DuckDB's default back after the write.
    try:
        con.execute("SET memory_limit = ?", [memory_limit])
        con.execute("BEGIN TRANSACTION")
        apply_migrations(con)
        yield con
        con.execute("COMMIT")
        attached.checkpoint()
    except BaseException:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        with contextlib.suppress(Exception):
            con.execute("RESET memory_limit")
        with contextlib.suppress(Exception):
            con.close()
        with contextlib.suppress(Exception):
            attached.close()
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
        raise
    con.execute("RESET memory_limit")
    con.close()
    attached.close()
