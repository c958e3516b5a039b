"""Content-addressed archive of every response body.

Counsel must be able to prove what a page said on the day, so bodies are stored once under their
sha256, written atomically and never overwritten or deleted. The warehouse holds only the hashes
(`raw_objects`, `fetch_log`); the bytes live beside it as plain files that any tool can read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
import uuid
from pathlib import Path

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


class ArchiveError(RuntimeError):
    pass


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Archive:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def path_for(self, sha256: str) -> Path:
        if not _SHA_RE.match(sha256):
            raise ArchiveError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Store `data` (no-op when already present) and return its sha256."""
        digest = sha256_of(data)
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{digest}.{uuid.uuid4().hex}.tmp")  # unique per writer, threads included
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        return digest

    def get(self, sha256: str) -> bytes:
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
        return self.path_for(sha256).exists()
