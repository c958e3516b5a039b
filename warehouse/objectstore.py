"""Files and objects behind one small API, through fsspec: a local folder or an S3-compatible bucket.

The shared deployment keeps everything a run produces off the machine that ran it (the raw archive,
the warehouse snapshots, the digests), so a run may start in any container. Object stores have no
rename and no partial objects: a PUT is visible whole or not at all, which is the atomicity the local
folder gets from write-then-`os.replace`. Keys are plain relative names (`ab/abcdef…`), never paths
that could climb out of the store.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path
from typing import Any

from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from warehouse.durable import fsync_path, temp_beside, write_atomically

_KEY_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")


class ObjectStoreError(RuntimeError):
    """A missing object, an unreachable store or a refused request, in the project's own terms."""


def is_url(location: str) -> bool:
    """`s3://bucket/prefix` and `file:///srv/x` are URLs; `/srv/x` and `relative/dir` are paths."""
    return "://" in location


class ObjectStore:
    """One prefix of one fsspec filesystem. `endpoint_url` points S3 clients at an S3-compatible
    server (MinIO, Ceph, moto); credentials come from the usual AWS_* variables, never from regwatch."""

    def __init__(self, url: str, *, endpoint_url: str | None = None) -> None:
        self.url = url.rstrip("/")
        options: dict[str, Any] = {}
        protocol = self.url.split("://", 1)[0] if is_url(self.url) else "file"
        if protocol in ("s3", "s3a"):
            # Listings are cached per instance by default; another machine's writes must be seen.
            options["use_listings_cache"] = False
            if endpoint_url:
                options["endpoint_url"] = endpoint_url
        try:
            self.fs, self.root = url_to_fs(self.url, **options)
        except (ImportError, ValueError) as exc:
            raise ObjectStoreError(f"cannot open {self.url}: {exc}") from exc
        self.root = self.root.rstrip("/")
        self.local = isinstance(self.fs, LocalFileSystem)

    def __repr__(self) -> str:
        return f"ObjectStore({self.url!r})"

    def _path(self, key: str) -> str:
        if not _KEY_RE.match(key) or ".." in key.split("/"):
            raise ObjectStoreError(f"not a plain object key: {key!r}")
        return f"{self.root}/{key}"

    def location(self, key: str) -> str:
        """The object's full URL (what logs and digests print)."""
        self._path(key)
        return f"{self.url}/{key}"

    def exists(self, key: str) -> bool:
        try:
            return bool(self.fs.exists(self._path(key)))
        except OSError as exc:
            raise ObjectStoreError(f"cannot reach {self.location(key)}: {exc}") from exc

    def put_bytes(self, key: str, data: bytes) -> None:
        path = self._path(key)
        try:
            if self.local:
                write_atomically(Path(path), data, mode=0o644)
            else:
                self.fs.pipe_file(path, data)
        except OSError as exc:
            raise ObjectStoreError(f"cannot write {self.location(key)}: {exc}") from exc

    def get_bytes(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return bytes(self.fs.cat_file(path))
        except FileNotFoundError as exc:
            raise ObjectStoreError(f"{self.location(key)} does not exist") from exc
        except OSError as exc:
            raise ObjectStoreError(f"cannot read {self.location(key)}: {exc}") from exc

    def upload(self, source: Path, key: str) -> None:
        """Copy a local file in; on a local store via a temporary name, so readers never see half."""
        path = self._path(key)
        try:
            if self.local:
                target = Path(path)
                tmp = temp_beside(target)
                try:
                    self.fs.put_file(str(source), str(tmp))
                    fsync_path(tmp)
                    os.replace(tmp, target)
                finally:
                    tmp.unlink(missing_ok=True)
            else:
                self.fs.put_file(str(source), path)
        except OSError as exc:
            raise ObjectStoreError(f"cannot upload {source} to {self.location(key)}: {exc}") from exc

    def download(self, key: str, target: Path) -> None:
        """Copy an object out to `target`, which appears whole (temporary name, then rename)."""
        path = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        try:
            self.fs.get_file(path, str(tmp))
            os.replace(tmp, target)
        except FileNotFoundError as exc:
            raise ObjectStoreError(f"{self.location(key)} does not exist") from exc
        except OSError as exc:
            raise ObjectStoreError(f"cannot download {self.location(key)}: {exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)

    def list_keys(self) -> list[str]:
        """Every key under the prefix (temporary local files excluded)."""
        try:
            found = self.fs.find(self.root) if self.fs.exists(self.root) else []
        except OSError as exc:
            raise ObjectStoreError(f"cannot list {self.url}: {exc}") from exc
        prefix = self.root + "/"
        keys = [str(p).removeprefix(prefix) for p in found]
        return sorted(k for k in keys if not k.rsplit("/", 1)[-1].startswith("."))

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            try:
                self.fs.rm_file(self._path(key))
            except OSError as exc:
                if isinstance(exc, FileNotFoundError):
                    raise
                raise ObjectStoreError(f"cannot delete {self.location(key)}: {exc}") from exc
