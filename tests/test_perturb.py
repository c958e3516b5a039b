"""Metamorphic accuracy: the examples re-printed the ways MOFCOM pages vary must still read as their truth.

bench/perturb.py holds the perturbations; this keeps the ones the parsers were fixed for (and the
cheap ones that already held) from regressing. Each is checked for changing the pages at all, so a
perturbation that silently stops applying fails here instead of passing vacuously.
"""

from __future__ import annotations

import pytest

from bench.accuracy import TARGETS
from bench.corpus import load_split
from bench.perturb import BY_NAME, changed, score_perturbation
from tests.conftest import shared_missing

GUARDED = (
    "num-fullwidth",  # １． ａ． item numbers
    "wrap-all",  # PDF/DOCX text: every line broken at the page width (leaves, codes and HS codes)
    "wrap-before-hs",  # the HS reference alone on the next line
    "width-full",
    "width-mixed",
    "script-traditional",
    "layout-trs",
    "layout-exportcontrol",
)


@pytest.fixture(scope="module")
def examples():  # type: ignore[no-untyped-def]
    notices = load_split("examples")
    if not notices:
        shared_missing("mofcom/examples/truth.json")
    return notices


@pytest.mark.parametrize("name", GUARDED)
def test_examples_keep_their_leaves_under(name: str, examples) -> None:  # type: ignore[no-untyped-def]
    perturbation = BY_NAME[name]
    assert changed(examples, perturbation) > 0, f"{name} changes no example page"
    total = score_perturbation(examples, perturbation, "examples")
    worst = ", ".join(f"{s.key}: {s.misses[:3]}" for s in total.worst(3) if s.misses)
    assert total.leaves.f1 is not None and total.leaves.f1 >= TARGETS["leaf_f1"], f"{name}: {worst}"
    assert total.hs.value == 1.0 and total.codes.value == 1.0, f"{name}: {worst}"
    assert total.dropped == 0, name
