"""Making a written file and its directory entry survive a crash: the fsync and write-into-place helpers every
writer shares.

A file renamed into place is durable only once its bytes (`fsync_path` on the file) and its name
(`fsync_directory` on the folder) have both reached the disk; the archive, the warehouse snapshot, the
object-store stand-in and the digest files all write that way.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path


def fsync_path(path: Path) -> None:
    """Flush a file (or a directory) by path, for writers that no longer hold its descriptor."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(directory: Path) -> None:
    """Flush a folder's entries after a rename into it; some filesystems refuse, and then it is skipped."""
    with contextlib.suppress(OSError):
        fsync_path(directory)


def temp_beside(target: Path) -> Path:
    """A temporary name in the target's folder (created), unique per writer, threads included: renamed over the
    target, it replaces it in one step on the same filesystem."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")


def write_atomically(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `target` so a reader sees the old file or the whole new one, never half; `mode` where the
    file is meant to be read by others. No temporary file is left behind a failure."""
    tmp = temp_beside(target)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
