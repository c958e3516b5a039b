"""Fuzzing in CI: a few hundred inputs per parser, every one answered with a result or ParseError.

`scripts/fuzz.py` runs the same engine (tests/fuzzing.py) at 10,000 inputs per parser and more; the
figures of that run are in docs/reliability.md. A crash found here names the input, the exception and
the line, so it can be turned into a regression test before it is fixed.
"""

from __future__ import annotations

import pytest

from tests import faults as F
from tests import fuzzing

CI_INPUTS = 300


@pytest.mark.slow  # 5-20 s a parser on a loaded two-core machine; scripts/fuzz.py runs 10,000
@pytest.mark.parametrize("name", sorted(fuzzing.TARGETS))
def test_parser_survives_fuzzing(name: str) -> None:
    report = fuzzing.run(name, CI_INPUTS, seed=2026)
    assert report.inputs == CI_INPUTS and report.generated > 0 and report.mutated > 0
    problems = [f"{c.kind}: {c.error} at {c.where}; input {c.sample}" for c in report.crashes.values()]
    assert not problems, "\n".join(problems)
    F.record_figure(
        "fuzz-ci",
        fuzzing.DESCRIPTIONS[name],
        target=name,
        inputs=report.inputs,
        crashes=len(report.crashes),
        seconds=round(report.seconds, 1),
    )


def test_the_engine_reports_crashes_and_hangs() -> None:
    """A harness that cannot fail is no harness: a crashing and a hanging target are both caught."""
    import random

    def crashing(value: object) -> object:
        if "钐" in str(value):
            raise IndexError("seeded bug")
        return value

    def hanging(value: object) -> object:
        while "钐" in str(value):
            pass
        return value

    seeds = ("1. 钐钴永磁材料；", "2. 金属钐。")
    for call, kind in ((crashing, "crash"), (hanging, "hang")):
        target = fuzzing.Target(kind, lambda rng: random.Random(0).choice(seeds), fuzzing._alphabet, call, ())
        fuzzing.TARGETS[kind] = target
        try:
            report = fuzzing.run(kind, 3, budget=0.2)
        finally:
            del fuzzing.TARGETS[kind]
        assert [c.kind for c in report.crashes.values()] == [kind], report.crashes
        if kind == "crash":
            crash = next(iter(report.crashes.values()))
            assert crash.error == "IndexError: seeded bug" and crash.where and "test_fuzz.py" in crash.where
