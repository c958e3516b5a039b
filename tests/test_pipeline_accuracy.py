"""What the parsers extract from the corpus reaches the warehouse through a real run, notice for notice.

`bench.accuracy` scores the parsers on pages in memory; here the same notices are served as a MOFCOM
site on loopback (one listing, one page per notice, list annexes as Word documents) and read by
`run_all`. The two scores must agree: a gap means the run dropped or changed something between parser
and warehouse (an unread number, a copy taken for another notice, an annex not fetched or not read).
"""

from __future__ import annotations

import pytest

from bench.accuracy import score_split
from bench.corpus import load_split
from bench.pipeline_accuracy import score_through_pipeline
from tests.conftest import shared_missing


@pytest.mark.parametrize("split", ["examples", "dev"])
def test_the_warehouse_holds_what_the_parsers_extract(split: str) -> None:
    notices = load_split(split)
    if not notices and split == "examples":
        shared_missing("mofcom/examples/truth.json")
    assert notices
    in_memory = {s.key: s for s in score_split(split, notices).notices}
    through_run = {s.key: s for s in score_through_pipeline(split, notices).notices}
    for key, memory in in_memory.items():
        if key.startswith("qa-"):
            continue  # spokesperson pages: see the xfail below
        run = through_run[key]
        assert not run.dropped, f"{key}: the run dropped the notice"
        assert (run.leaves.tp, run.leaves.fp, run.leaves.fn) == (
            memory.leaves.tp,
            memory.leaves.fp,
            memory.leaves.fn,
        ), key
        assert (run.names.ok, run.hs.ok) == (memory.names.ok, memory.hs.ok), key
        assert run.codes.ok == memory.codes.ok, f"{key}: codes differ in the warehouse"
        assert (run.relations.tp, run.relations.fp) == (memory.relations.tp, memory.relations.fp), key
        assert run.parties == memory.parties, key
        assert run.rules == memory.rules, key


@pytest.mark.xfail(
    strict=True,
    reason="known gap: a spokesperson's page prints no notice number, so the run records it as a "
    "not-notice page and the suspensions it announces never reach the warehouse (the parsers read them)",
)
def test_spokesperson_pages_reach_the_warehouse() -> None:
    notices = [n for n in load_split("dev") if n.key.startswith("qa-")]
    assert notices
    in_memory = {s.key: s for s in score_split("dev", notices).notices}
    through_run = {s.key: s for s in score_through_pipeline("dev", notices).notices}
    assert any(s.relations.tp for s in in_memory.values())
    for key, memory in in_memory.items():
        assert through_run[key].relations.tp == memory.relations.tp, key
