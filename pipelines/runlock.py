"""Which runs are alive: a run holds an exclusive lock on its own file for as long as it runs.

Steps of a run are separate transactions, so a run that was killed (SIGKILL, OOM, a reboot) leaves a
`running` row behind. The next run tells a dead run from a live one that is merely interleaved with it
(the sensor's run beside the nightly one) by trying that run's lock: the kernel drops the lock of a
dead process, never that of a live one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import threading
from pathlib import Path

_RUN_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
_held: dict[tuple[str, str], int] = {}
_lock = threading.Lock()


def _path(db_path: Path, run_id: str) -> Path:
    if not _RUN_ID_RE.match(run_id):
        raise ValueError(f"unexpected run id {run_id!r}")
    return db_path.with_name(db_path.name + ".runs") / f"{run_id}.lock"


def hold(db_path: Path, run_id: str) -> None:
    """Take this run's lock (idempotent within the process that runs it)."""
    key = (str(db_path), run_id)
    with _lock:
        if key in _held:
            return
        path = _path(db_path, run_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise RuntimeError(f"run {run_id} is already running in another process") from None
        _held[key] = fd


def release(db_path: Path, run_id: str) -> None:
    key = (str(db_path), run_id)
    with _lock:
        fd = _held.pop(key, None)
    if fd is not None:
        with contextlib.suppress(FileNotFoundError):
            _path(db_path, run_id).unlink()
        os.close(fd)


def is_alive(db_path: Path, run_id: str) -> bool:
    """True while some process holds the run's lock (this one included)."""
    if (str(db_path), run_id) in _held:
        return True
    path = _path(db_path, run_id)
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a dead run's leftover
    return False
