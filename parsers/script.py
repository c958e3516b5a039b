"""Traditional-script pages: converted whole with OpenCC, or not at all.

MOFCOM publishes in Simplified script, but some copies that reach regwatch are Traditional-script
reposts (2024 No. 33 survives only as one). Read as they are, their numbers, issuers, HS labels and
names match nothing (商務部, 參考海關商品編號), so a page would be half-read: some lines as items,
others silently not. A page is therefore either converted as a whole with OpenCC's maintained
Traditional → Simplified dictionaries (`t2s`), and the conversion recorded as a data issue so that
counsel know the quoted text is not the published script, or left untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import opencc

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A Simplified page converts to itself bar a rare ambiguous character or a quoted Traditional
# name; a Traditional one changes in roughly every fifth character. Both floors must be passed.
_MIN_CHANGED = 5
_MIN_SHARE = 0.02


@dataclass(frozen=True)
class ScriptCheck:
    text: str
    converted: bool
    changed: int  # characters OpenCC changed


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    """OpenCC's Traditional → Simplified conversion, unconditionally."""
    return str(_converter().convert(text))


def to_simplified(text: str) -> ScriptCheck:
    """The text in Simplified script when it is written in Traditional; unchanged otherwise.

    The converter maps character by character (plus phrases of the same length), so positions in
    the converted text are those of the original: spans and quotes stay aligned.
    """
    # Decide on the Chinese characters alone (markup is most of a page and converts to itself).
    sample = "".join(_CJK_RE.findall(text))
    sample_converted = t2s(sample)
    changed = sum(1 for a, b in zip(sample, sample_converted, strict=True) if a != b)
    if not (changed >= _MIN_CHANGED and sample and changed / len(sample) >= _MIN_SHARE):
        return ScriptCheck(text=text, converted=False, changed=changed)
    converted = t2s(text)
    if len(converted) != len(text):
        # Never observed with t2s; a length change would shift every span, so refuse to guess.
        return ScriptCheck(text=text, converted=False, changed=0)
    return ScriptCheck(text=converted, converted=True, changed=changed)
