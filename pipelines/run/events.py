"""The run's log as records with named fields, so one notice's or one step's story can be filtered out.

`ctx.log` prints the human lines a person watches; `event` also emits a record carrying the run id, the
step and fields such as `notice_id`, `url`, `outcome`. With `REGWATCH_LOG_FILE` set, each record is one
JSON line in that file (`jq 'select(.notice_id == "MOFCOM-2025-61")'`); otherwise they go to the
`regwatch.run` logger, which Dagster and any logging configuration can pick up. Nothing is configured at
import: the file handler is attached per run, by the run that asked for it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from pathlib import Path
from typing import Any

from pipelines.run.context import RunContext

LOGGER = logging.getLogger("regwatch.run")
_lock = threading.Lock()


def event(ctx: RunContext, step: str, what: str, **fields: Any) -> None:
    """One record of what `step` did; fields that are None are left out."""
    path = ctx.settings.log_file
    if path is None and not LOGGER.isEnabledFor(logging.DEBUG):
        return  # called once per page: nobody listening costs nothing
    record: dict[str, Any] = {
        "ts": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
        "run_id": ctx.run_id,
        "step": step,
        "event": what,
        **{key: value for key, value in fields.items() if value is not None},
    }
    LOGGER.debug("%s %s", step, what, extra={"regwatch": record})
    if path is None:
        return
    line = json.dumps(record, ensure_ascii=False, default=str, sort_keys=False)
    with _lock:
        _append(path, line)


def _append(path: Path, line: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    except OSError as exc:  # the log must never stop a run
        LOGGER.warning("cannot write the run log %s: %s", path, exc)
