"""The one place that turns `Settings.storage` into the warehouse, archive, run locks and digest files
a run uses. The embedded default (local file, lock files, local folders) is what it always was; the
shared backend keeps nothing on the machine that runs (docs/scaling.md)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pipelines import runlock
from pipelines.config import Settings
from warehouse.archive import Archive, ObjectArchive
from warehouse.archive import open_archive as _open_archive
from warehouse.backends import SharedWarehouse, WarehouseStore
from warehouse.db import Warehouse
from warehouse.objectstore import ObjectStore, ObjectStoreError

if TYPE_CHECKING:
    from pipelines.alerts.digest import Digest


class RunLocks(Protocol):
    def hold(self, run_id: str) -> None: ...

    def release(self, run_id: str) -> None: ...

    def is_alive(self, run_id: str) -> bool: ...


class _FileRunLocks:
    """The embedded default: a lock file per run beside the warehouse (pipelines/runlock.py)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def hold(self, run_id: str) -> None:
        runlock.hold(self.db_path, run_id)

    def release(self, run_id: str) -> None:
        runlock.release(self.db_path, run_id)

    def is_alive(self, run_id: str) -> bool:
        return runlock.is_alive(self.db_path, run_id)


def open_warehouse(settings: Settings) -> WarehouseStore:
    storage = settings.storage
    if storage.backend == "shared":
        assert (
            storage.postgres_url and storage.snapshot_url and storage.snapshot_cache
        )  # load_settings checks
        return SharedWarehouse(
            storage.postgres_url,
            storage.snapshot_url,
            storage.snapshot_cache,
            endpoint_url=storage.s3_endpoint_url,
            lock_timeout=settings.lock_timeout,
            memory_limit=settings.duckdb_memory_limit,
            keep=storage.snapshot_keep,
        )
    return Warehouse(
        settings.db_path, lock_timeout=settings.lock_timeout, memory_limit=settings.duckdb_memory_limit
    )


def open_archive(settings: Settings) -> Archive | ObjectArchive:
    if settings.storage.archive_url:
        return _open_archive(settings.storage.archive_url, endpoint_url=settings.storage.s3_endpoint_url)
    return Archive(settings.archive_dir)


def local_file(warehouse: WarehouseStore) -> Path:
    """A DuckDB file on this machine holding the current warehouse, for readers that open a path
    (screening): the file itself locally, the cached current snapshot on the shared backend."""
    if isinstance(warehouse, SharedWarehouse):
        return warehouse.pull()
    assert isinstance(warehouse, Warehouse)
    return warehouse.path


def segmenter_anchor(settings: Settings) -> str:
    """The path jieba's model cache falls back beside when the user's cache folder is not writable
    (pipelines/run/segmenting.py): the local warehouse file, or on the shared backend the snapshot cache,
    the one folder a shared run may keep on its machine."""
    storage = settings.storage
    if storage.backend == "shared" and storage.snapshot_cache is not None:
        return str(storage.snapshot_cache / "regwatch.duckdb")
    return str(settings.db_path)


def run_locks(warehouse: WarehouseStore) -> RunLocks:
    """Run liveness from the database on the shared backend, from lock files on the local one."""
    if isinstance(warehouse, SharedWarehouse):
        return warehouse.runs
    assert isinstance(warehouse, Warehouse)
    return _FileRunLocks(warehouse.path)


def write_digest_files(settings: Settings, digest: Digest, rendered: dict[str, str]) -> dict[str, Path | str]:
    """The digest files on object storage: written as locally (same names, same checks), then
    uploaded, one PUT per format (an object is visible whole or not at all)."""
    # Imported here: every parse worker imports this module, and the digest's writer (HTTP, rendering)
    # is a third of a worker's start.
    from pipelines.alerts.delivery import write_files

    url = settings.storage.digest_url
    if not url:
        return dict(write_files(settings.digest_dir, digest, rendered))
    try:
        store = ObjectStore(url, endpoint_url=settings.storage.s3_endpoint_url)
        with tempfile.TemporaryDirectory(prefix="regwatch-digest-") as tmp:
            written = write_files(Path(tmp), digest, rendered)
            locations: dict[str, Path | str] = {}
            for fmt, path in written.items():
                store.put_bytes(path.name, path.read_bytes())
                locations[fmt] = store.location(path.name)
    except ObjectStoreError as exc:
        raise OSError(str(exc)) from exc  # the caller records a failed `file` delivery and retries
    return locations
