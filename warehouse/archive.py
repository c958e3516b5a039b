"""Content-addressed archive of every response body.

Counsel must be able to prove what a page said on the day, so bodies are stored once under their
sha256, written atomically and never overwritten or deleted. The warehouse holds only the hashes
(`raw_objects`, `fetch_log`); the bytes live beside it as plain files that any tool can read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

from warehouse.durable import fsync_path, temp_beside, write_atomically
from warehouse.objectstore import ObjectStore, ObjectStoreError, is_url

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class ArchiveError(RuntimeError):
    pass


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Archive:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()
        self._syncer: _BatchWriter | None = None  # set inside `syncing_behind`
        self._pending: dict[str, Future[None]] = {}
        self._lock = threading.Lock()

    def path_for(self, sha256: str) -> Path:
        if not _SHA_RE.match(sha256):
            raise ArchiveError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store `data` (no-op when already present) and return its sha256."""
        digest = sha256_of(data)
        target = self.path_for(digest)
        if digest in self._pending or target.exists():
            return digest
        if self._syncer is None:
            write_atomically(target, data)
        else:
            with self._lock:
                self._pending[digest] = self._syncer.submit(data, target)
        return digest

    @contextlib.contextmanager
    def syncing_behind(self) -> Iterator[None]:
        """Within the block, `put` hands each file's write, fsync and rename into place to a thread of
        its own (`_BatchWriter`), so a fetch step's network waits cover the disk's; the block ends
        only when every file is synced and in place, and raises if one could not be. An object still
        appears under its hash only once its bytes are on disk, as with `put` alone."""
        if self._syncer is not None:  # nested: the outer block waits
            yield
            return
        self._syncer = _BatchWriter()
        try:
            yield
        finally:
            syncer, self._syncer = self._syncer, None
            syncer.close()
            with self._lock:
                pending, self._pending = self._pending, {}
        for future in pending.values():
            future.result()  # an OSError of the disk, raised here as it would have been by `put`

    def _settle(self, sha256: str) -> None:
        """Wait for `sha256`'s file to be in place when it was put inside `syncing_behind`."""
        with self._lock:
            future = self._pending.get(sha256)
        if future is not None:
            future.result()

    def get(self, sha256: str) -> bytes:
        self._settle(sha256)
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ArchiveError(f"archive object {sha256} is missing from {self.root}") from exc
        if sha256_of(data) != sha256:
            raise ArchiveError(f"archive object {sha256} is corrupt (hash mismatch)")
        return data

    def clean_stale(self, max_age_seconds: float = 600.0) -> int:
        """Remove temporary files a killed writer left behind (never a stored object)."""
        if not self.root.exists():
            return 0
        cutoff = time.time() - max_age_seconds
        removed = 0
        for tmp in self.root.glob("*/.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
        return removed

    def has(self, sha256: str) -> bool:
        self._settle(sha256)
        return self.path_for(sha256).exists()


_BATCH_FILES = 64  # files written before their fsyncs: bounds the open descriptors and the delay
# Bodies handed over and not yet written: a fetch faster than the disk waits here instead of holding every
# page it has read in memory.
_QUEUED_MAX = 4 * _BATCH_FILES


class _BatchWriter:
    """One thread that writes the objects handed to it in batches of what has queued up: every file
    of a batch is written, then each is fsynced and renamed into place. On ext4 the batch's first
    fsync commits the journal for all of them, so the rest cost little: about 0.2 s for 1,000 pages
    where one fsync after each write took 0.4 s, and a thread that synced one by one fell behind
    the fetch on a busy disk."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[bytes, Path, Future[None]] | None] = queue.Queue(maxsize=_QUEUED_MAX)
        self._thread = threading.Thread(target=self._run, name="archive-sync", daemon=True)
        self._thread.start()

    def submit(self, data: bytes, target: Path) -> Future[None]:
        future: Future[None] = Future()
        self._queue.put((data, target, future))
        return future

    def close(self) -> None:
        """Write what is queued, then stop."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < _BATCH_FILES:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            _write_batch([item for item in batch if item is not None])
            if None in batch:  # `close` queues it last
                return


def _write_batch(items: list[tuple[bytes, Path, Future[None]]]) -> None:
    written = []
    for data, target, future in items:
        tmp: Path | None = None
        try:
            tmp = temp_beside(target)
            with open(tmp, "wb") as handle:
                handle.write(data)
            written.append((tmp, target, future))
        except Exception as exc:
            if tmp is not None:
                tmp.unlink(missing_ok=True)
            future.set_exception(exc)
    for tmp, target, future in written:
        try:
            fsync_path(tmp)
            os.replace(tmp, target)
            future.set_result(None)
        except Exception as exc:
            tmp.unlink(missing_ok=True)  # (no half-synced file is left beside the objects)
            future.set_exception(exc)


class ObjectArchive:
    """The same archive on object storage (`s3://bucket/prefix`, or any fsspec URL), for runs that may
    start on any machine. Same layout (`ab/<sha256>`), same guarantees: stored once under its hash,
    never overwritten (a PUT of the same key carries the same bytes), verified on every read."""

    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self.root = store.url

    @staticmethod
    def _key(sha256: str) -> str:
        if not _SHA_RE.match(sha256):
            raise ArchiveError(f"not a sha256 hex digest: {sha256!r}")
        return f"{sha256[:2]}/{sha256}"

    def path_for(self, sha256: str) -> str:
        return self.store.location(self._key(sha256))

    def put(self, data: bytes) -> str:
        digest = sha256_of(data)
        key = self._key(digest)
        try:
            if not self.store.exists(key):
                self.store.put_bytes(key, data)
        except ObjectStoreError as exc:
            raise ArchiveError(str(exc)) from exc
        return digest

    def get(self, sha256: str) -> bytes:
        try:
            data = self.store.get_bytes(self._key(sha256))
        except ObjectStoreError as exc:
            raise ArchiveError(f"archive object {sha256} is missing or unreadable: {exc}") from exc
        if sha256_of(data) != sha256:
            raise ArchiveError(f"archive object {sha256} is corrupt (hash mismatch)")
        return data

    @contextlib.contextmanager
    def syncing_behind(self) -> Iterator[None]:
        """`Archive.syncing_behind`'s counterpart: each PUT is already whole when it returns."""
        yield

    def has(self, sha256: str) -> bool:
        try:
            return self.store.exists(self._key(sha256))
        except ObjectStoreError as exc:
            raise ArchiveError(str(exc)) from exc

    def clean_stale(self, max_age_seconds: float = 600.0) -> int:
        """Nothing to clean: an object store has no half-written objects (a failed multipart upload is
        the bucket's lifecycle rule's to abort). A local fsspec folder's temporary files are skipped."""
        return 0


def open_archive(
    location: str | os.PathLike[str], *, endpoint_url: str | None = None
) -> Archive | ObjectArchive:
    """A folder path: the local archive as always; a URL (`s3://…`, `file://…`): through fsspec."""
    text = os.fspath(location)
    if is_url(text):
        try:
            return ObjectArchive(ObjectStore(text, endpoint_url=endpoint_url))
        except ObjectStoreError as exc:
            raise ArchiveError(str(exc)) from exc
    return Archive(text)
