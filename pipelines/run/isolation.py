"""One page's parse behind a boundary: whatever it raises, however long it runs, the night goes on.

Parsers raise `ParseError` for input they understand to be bad; anything else escaping them (a
`RecursionError` on 1,000 nested `<div>`s, a `MemoryError` from a bounded reader, a plain bug) used to
end the whole run, every night, with the good notices beside the bad page never alerted. `isolated`
turns any `Exception` into a `PageFailure` the caller records as a data issue (URL and raw sha256) and
moves on. KeyboardInterrupt and SystemExit still stop the run: they are the operator's, not the page's.

A time budget bounds each parse. In the main thread a SIGALRM timer raises `PageTimeout` (it also
interrupts a runaway regular expression: `re` checks for signals while matching); in any other thread a
watchdog raises it asynchronously in the parsing thread (between bytecodes). Either way the budget is
disarmed before `isolated` returns, so it can never fire in the caller's warehouse writes: callers run
only pure work (parsing, archive reads) inside, and write afterwards.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType, TracebackType
from typing import Literal, TypeVar

T = TypeVar("T")


class PageTimeout(BaseException):
    """Raised inside a parse that ran past its budget.

    A BaseException, like KeyboardInterrupt, because it arrives asynchronously: parsers that turn any
    library `Exception` into ParseError (the PDF and XLSX readers do) must not swallow it and carry on
    with the budget already spent."""


@dataclass(frozen=True)
class PageFailure:
    kind: Literal["crash", "timeout"]
    error: str  # exception type and message, or the budget that ran out
    where: str | None  # the innermost frame of regwatch's own code, for a bug report
    seconds: float

    @property
    def message(self) -> str:
        return f"{self.kind}: {self.error}" + (f" (at {self.where})" if self.where else "")


class _Budget:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = False
        self.fired = False
        self._thread_id = threading.get_ident()
        self._signal_mode = threading.current_thread() is threading.main_thread() and hasattr(
            signal, "setitimer"
        )
        self._previous_handler: object = None
        self._previous_timer = (0.0, 0.0)
        self._watchdog: threading.Timer | None = None
        self._started = 0.0

    def __enter__(self) -> _Budget:
        self._started = time.monotonic()
        self.active = True
        if self._signal_mode:
            self._previous_handler = signal.signal(signal.SIGALRM, self._on_alarm)
            self._previous_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds)
        else:
            self._watchdog = threading.Timer(self.seconds, self._on_watchdog)
            self._watchdog.daemon = True
            self._watchdog.start()
        return self

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if self.active:
            self.fired = True
            raise PageTimeout

    def _on_watchdog(self) -> None:
        if self.active:
            self.fired = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(self._thread_id), ctypes.py_object(PageTimeout)
            )

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # A PageTimeout raised while this runs propagates to `isolated`, which reports it as a timeout;
        # once it has run, none can be raised any more.
        if self._signal_mode:
            signal.setitimer(signal.ITIMER_REAL, 0)
            self.active = False
            signal.signal(signal.SIGALRM, self._previous_handler)  # type: ignore[arg-type]
            delay, interval = self._previous_timer
            if delay > 0:  # someone else's timer was running: give it back what is left of it
                left = max(delay - (time.monotonic() - self._started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, interval)
        else:
            self.active = False
            assert self._watchdog is not None
            self._watchdog.cancel()
            self._watchdog.join()
            if self.fired:  # fired but not yet delivered: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self._thread_id), None)


def _our_frame(tb: TracebackType | None) -> str | None:
    frames = [f for f in traceback.extract_tb(tb) if "/site-packages/" not in f.filename]
    if not frames:
        return None
    last = frames[-1]
    return f"{last.filename.rsplit('/', 2)[-2]}/{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def isolated(work: Callable[[], T], budget_seconds: float) -> T | PageFailure:
    """`work()`, or a `PageFailure` if it raised anything or ran past `budget_seconds`."""
    started = time.monotonic()
    budget = _Budget(budget_seconds)
    try:
        with budget:
            result = work()
        # Work that held the GIL in one C call past its budget finished before the watchdog could run
        # (or the alarm be handled): late is a timeout all the same, whatever the load on the machine.
        if budget.fired or time.monotonic() - started > budget_seconds:
            raise PageTimeout
        return result
    except PageTimeout:
        return PageFailure(
            "timeout",
            f"the parse ran past its budget of {budget_seconds:g} s",
            None,
            time.monotonic() - started,
        )
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        return PageFailure("crash", error[:300], _our_frame(exc.__traceback__), time.monotonic() - started)
