"""The isolation boundary around one page's parse, and the parsers it protects from deep markup.

`pipelines.run.isolation.isolated` must turn any exception into a `PageFailure`, stop a parse at its time
budget in the main thread (SIGALRM, which also interrupts a runaway regular expression) and in other
threads (an asynchronous exception), and leave nothing armed behind: a budget firing after `isolated`
returned would land in the caller's warehouse writes.
"""

from __future__ import annotations

import contextlib
import re
import signal
import sys
import threading
import time

import pytest

from parsers.article import html_to_lines, parse_notice
from pipelines.run.isolation import PageFailure, isolated


def test_any_exception_becomes_a_failure_naming_it() -> None:
    def broken() -> int:
        return {}["missing"]  # type: ignore[index]

    failure = isolated(broken, 5)
    assert isinstance(failure, PageFailure) and failure.kind == "crash"
    assert failure.error == "KeyError: 'missing'"
    assert failure.where is not None and failure.where.startswith("tests/test_isolation.py:")
    assert isolated(lambda: 42, 5) == 42


def test_recursion_and_memory_errors_are_failures_too() -> None:
    def deep(n: int) -> int:
        return deep(n + 1)

    def hungry() -> bytes:
        raise MemoryError("bounded reader refused 4 GB")

    recursion = isolated(lambda: deep(0), 5)
    memory = isolated(hungry, 5)
    assert isinstance(recursion, PageFailure) and recursion.error.startswith("RecursionError")
    assert isinstance(memory, PageFailure) and memory.error == "MemoryError: bounded reader refused 4 GB"


def test_operator_interrupts_are_not_swallowed() -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        isolated(interrupted, 5)


def _spin() -> None:
    while True:
        pass


def test_a_runaway_parse_stops_at_its_budget_in_the_main_thread() -> None:
    assert threading.current_thread() is threading.main_thread()
    started = time.monotonic()
    failure = isolated(_spin, 0.3)
    elapsed = time.monotonic() - started
    assert isinstance(failure, PageFailure) and failure.kind == "timeout"
    assert failure.message == "timeout: the parse ran past its budget of 0.3 s"
    assert 0.25 <= elapsed < 1.5


def test_catastrophic_backtracking_is_interrupted() -> None:
    evil = re.compile(r"^(a+)+$")
    started = time.monotonic()
    failure = isolated(lambda: evil.match("a" * 40 + "!"), 0.3)
    assert isinstance(failure, PageFailure) and failure.kind == "timeout"
    assert time.monotonic() - started < 2


def test_the_budget_works_in_a_worker_thread_too() -> None:
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(isolated(_spin, 0.3)))
    started = time.monotonic()
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert isinstance(outcome[0], PageFailure) and outcome[0].kind == "timeout"
    assert time.monotonic() - started < 2


def _swallowing_reader() -> str:
    """A reader library with a bare `except:` around its retry loop eats the timeout and goes on."""
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:
        with contextlib.suppress(BaseException):  # the library's bug, modelled on purpose
            time.sleep(0.01)
    return "late text"


@pytest.mark.parametrize("where", ["main thread", "worker thread"])
def test_work_that_swallowed_its_timeout_and_finished_late_is_a_timeout(where: str) -> None:
    """Its late result is never kept: an attachment read past its budget is recorded unreadable, not
    stored half-trusted (the budget fired, or the clock says it ran past it, whichever is seen)."""
    outcome: list[object] = []
    if where == "main thread":
        outcome.append(isolated(_swallowing_reader, 0.05))
    else:
        thread = threading.Thread(target=lambda: outcome.append(isolated(_swallowing_reader, 0.05)))
        thread.start()
        thread.join(timeout=30)
        assert not thread.is_alive()
    [failure] = outcome
    assert isinstance(failure, PageFailure) and failure.kind == "timeout", failure
    assert failure.seconds >= 0.3
    assert isolated(_swallowing_reader, 5) == "late text"  # within its budget: the result


def test_nothing_stays_armed_after_the_parse() -> None:
    previous = signal.getsignal(signal.SIGALRM)
    before = signal.getitimer(signal.ITIMER_REAL)  # pytest-timeout's own alarm may be running
    assert isolated(lambda: "ok", 0.2) == "ok"
    time.sleep(0.4)  # a leaked timer would raise here
    assert signal.getsignal(signal.SIGALRM) is previous
    after = signal.getitimer(signal.ITIMER_REAL)
    if before == (0.0, 0.0):
        assert after == (0.0, 0.0)
    else:  # the outer timer is given back, less the time spent, and nothing of the budget's stays
        assert before[0] - 5 < after[0] <= before[0] - 0.4 and after[1] == before[1]
    done: list[str] = []

    def worker() -> None:
        isolated(lambda: None, 0.2)
        time.sleep(0.4)  # a leaked asynchronous exception would raise here
        done.append("clean")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(timeout=5)
    assert done == ["clean"]


def test_an_outer_timer_is_given_back() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)
        assert isolated(lambda: "ok", 5) == "ok"
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.5
        time.sleep(0.7)
        assert fired == [1]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------------------------------
# Deep markup: the HTML-to-lines walk keeps its own stack


def _nested(depth: int) -> str:
    body = "<p>商务部公告2025年第99号</p><p>1. 1C902.a.4 钐钴永磁材料；</p>"
    return (
        "<html><head><title>商务部公告2025年第99号</title></head><body><div class='art-con'>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</div></body></html>"
    )


@pytest.mark.parametrize("depth", [1_000, 3_000])
def test_deeply_nested_markup_parses_without_recursion(depth: int) -> None:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000)  # the default: what raised RecursionError on 1,000 nested <div>s
    try:
        page = parse_notice(_nested(depth), "http://www.mofcom.gov.cn/art/deep.html")
    finally:
        sys.setrecursionlimit(limit)
    assert page.body.splitlines() == ["商务部公告2025年第99号", "1. 1C902.a.4 钐钴永磁材料；"]


def test_html_to_lines_keeps_block_and_cell_boundaries() -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(
        "<div><p>一、<b>钐</b>相关物项</p><!-- note --><table><tr><td>1C902</td><td>钐</td></tr></table>"
        "<script>x()</script>尾<br>行</div>",
        "lxml",
    )
    assert html_to_lines(soup.div) == ["一、钐相关物项", "1C902 钐", "尾", "行"]  # type: ignore[arg-type]


def test_a_parser_catching_every_exception_cannot_swallow_the_timeout() -> None:
    """The PDF and XLSX readers turn any library Exception into ParseError; the budget must still hold."""
    from parsers.model import ParseError

    def reader() -> str:
        try:
            _spin()
        except Exception as exc:
            raise ParseError(f"unreadable pdf: {exc}") from exc
        return "unreachable"

    failure = isolated(reader, 0.3)
    assert isinstance(failure, PageFailure) and failure.kind == "timeout"
