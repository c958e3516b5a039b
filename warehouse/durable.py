"""Making a written file and its directory entry survive a crash: the one fsync helper every writer shares.

A file renamed into place is durable only once its bytes (`fsync_path` on the file) and its name
(`fsync_directory` on the folder) have both reached the disk; the archive, the warehouse snapshot, the
object-store stand-in and the digest files all write that way.
"""

from __future__ import annotations

import contextlib
import os
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
