"""A second opinion on what each printed line is: a small learned model next to the shape rules.

The rules in `parsers.entries` decide what a line is from its shape. They were written looking at
the example and dev notices, and a notice of a new shape can slip past them silently. This model —
a logistic regression over character n-grams of the line and of its parent line plus layout
features (numbering type, depth, the closing punctuation, codes and HS references), trained by
`python -m bench.line_roles --export` on the labelled lines of the examples and the dev corpus —
reads every line again and says which role it thinks the line plays:

    item group spec purpose procedure heading rule party other

It never creates or removes an entry. Where it is sure a line names an item and the rules read
nothing from that line, the disagreement becomes a `line_role_disagreement` issue (`data_issues`)
for a person to look at: the "no silent drops" check for shapes no rule knows yet. Measured by
leaving each notice out in turn (bench/line_roles.py), it finds item lines with precision 0.86 and
recall 0.96 — too loose to replace the rules — and 0.97 of its item calls at the confidence used
here are right.

Pure: the weights are data shipped with the package (parsers/data/line_roles.json); inference is a
dot product, so scikit-learn is needed only to train.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from parsers.bundled import line_roles_text
from parsers.entries import line_marker
from parsers.model import Issue
from parsers.numbers import CONTROL_CODE

ROLES = ("item", "group", "spec", "purpose", "procedure", "heading", "rule", "party", "other")
# How sure the model must be before a disagreement is worth a person's time. Chosen on the
# leave-one-notice-out predictions: at this level 0.97 of its item calls were right.
CONFIDENCE = 0.9

_CODE_RE = re.compile(rf"{CONTROL_CODE}\.?")
_HS_PAREN_RE = re.compile(r"[（(][^（）()]*(?:编号|编码|税则号列|税号)[^（）()]*[）)]")
_DIGITS_RE = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Line:
    """One printed line and its place in the outline (by numbering type, as parsers.entries nests)."""

    index: int
    text: str
    marker_type: str | None
    marker: str | None
    parent: int | None = None
    children: list[int] = field(default_factory=list)


def outline(text: str) -> list[Line]:
    """The non-empty lines of a text with their outline parents."""
    lines: list[Line] = []
    stack: list[Line] = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        split = line_marker(stripped)
        line = Line(
            index=len(lines),
            text=stripped,
            marker_type=split[0] if split else None,
            marker=split[1] if split else None,
        )
        if split is not None:
            types = [s.marker_type for s in stack]
            if line.marker_type in types:
                del stack[types.index(line.marker_type) :]
        line.parent = stack[-1].index if stack else None
        if split is not None:
            stack.append(line)
        if line.parent is not None:
            lines[line.parent].children.append(line.index)
        lines.append(line)
    return lines


@functools.lru_cache(maxsize=4096)  # (a parent's shape is asked again for each of its children; pure)
def _shape_text(text: str) -> str:
    """The line without its numbering, with HS references, control codes and numbers folded."""
    split = line_marker(text)
    body = unicodedata.normalize("NFKC", split[2] if split else text)
    body = _HS_PAREN_RE.sub("⑬", body)
    body = _CODE_RE.sub("©", body)
    return _DIGITS_RE.sub("0", body)


def _ngrams(text: str, prefix: str, sizes: Iterable[int]) -> list[str]:
    return [f"{prefix}{text[i : i + n]}" for n in sizes for i in range(max(len(text) - n + 1, 0))]


def features(lines: Sequence[Line], line: Line, in_attachment: bool = False) -> dict[str, float]:
    """Character n-grams of the line and of its parent's end, and layout features."""
    feats: dict[str, float] = defaultdict(float)
    for gram in _ngrams(_shape_text(line.text), "", (1, 2, 3)):
        feats[gram] += 1.0
    parent = lines[line.parent] if line.parent is not None else None
    if parent is not None:
        for gram in _ngrams(_shape_text(parent.text)[-12:], "p:", (2, 3)):
            feats[gram] = 1.0
        feats[f"pmt={parent.marker_type}"] = 1.0
        feats[f"pend={parent.text[-1:]}"] = 1.0
    depth, up = 0, parent
    while up is not None:
        depth += 1
        up = lines[up.parent] if up.parent is not None else None
    plain = unicodedata.normalize("NFKC", line.text)
    feats[f"mt={line.marker_type}"] = 1.0
    feats[f"depth={min(depth, 4)}"] = 1.0
    feats[f"end={plain[-1:]}"] = 1.0
    feats[f"len={min(int(math.log2(len(plain) + 1)), 8)}"] = 1.0
    feats[f"kids={min(len(line.children), 3)}"] = 1.0
    feats["code"] = float(bool(_CODE_RE.search(plain)))
    feats["hs"] = float(bool(_HS_PAREN_RE.search(plain)))
    feats[f"src={'att' if in_attachment else 'body'}"] = 1.0
    feats[f"pos={round(4 * line.index / max(len(lines) - 1, 1))}"] = 1.0
    feats["bias"] = 1.0
    return dict(feats)


@dataclass(frozen=True)
class LineRoleModel:
    """Weights of a multinomial logistic regression: feature → one weight per role."""

    roles: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    @classmethod
    def from_json(cls, text: str) -> LineRoleModel:
        data = json.loads(text)
        return cls(
            roles=tuple(data["roles"]),
            intercept=tuple(data["intercept"]),
            weights={name: tuple(row) for name, row in data["weights"].items()},
        )

    def probabilities(self, feats: Mapping[str, float]) -> dict[str, float]:
        weights = self.weights
        # rows grouped by the feature's value (1, or an n-gram's count), each group summed per role in C:
        # one pass per role and group instead of one per (feature, role)
        groups: dict[float, list[tuple[float, ...]]] = {}
        for name, value in feats.items():
            row = weights.get(name)
            if row is not None and value:
                groups.setdefault(value, []).append(row)
        scores = list(self.intercept)
        for value, rows in groups.items():
            column_sums: list[float] = [sum(column) for column in zip(*rows, strict=True)]
            for role, summed in enumerate(column_sums):
                scores[role] += value * summed
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {role: e / total for role, e in zip(self.roles, exps, strict=True)}

    def roles_of(self, text: str, in_attachment: bool = False) -> list[tuple[Line, str, float]]:
        """(line, most likely role, its probability) for every line of a text."""
        lines = outline(text)
        out = []
        for line in lines:
            probs = self.probabilities(features(lines, line, in_attachment))
            role = max(probs, key=lambda r: probs[r])
            out.append((line, role, probs[role]))
        return out


@functools.lru_cache(maxsize=1)
def bundled_model() -> LineRoleModel:
    return LineRoleModel.from_json(line_roles_text())


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def second_opinion(
    text: str,
    entry_quotes: Iterable[str],
    accounted: Iterable[str],
    in_attachment: bool = False,
    model: LineRoleModel | None = None,
) -> list[Issue]:
    """`line_role_disagreement` issues: lines the model, sure of itself, reads as items although
    the rules read nothing from them.

    `entry_quotes` are the lines the rules read entries from; `accounted` every line they read as
    something else (a spec, a heading, a reasoned not-item, a party line). Only the remaining lines
    are scored: that keeps the cost to a few lines per notice (the model costs about half a
    millisecond a line), and the other direction — an entry read from a line the model calls
    procedure or prose — never reached the confidence threshold in the leave-one-notice-out runs.
    """
    model = model or bundled_model()
    quotes = [_norm(q) for q in entry_quotes]
    seen = {_norm(line) for line in accounted}
    lines = outline(text)
    issues: list[Issue] = []
    for line in lines:
        plain = _norm(line.text)
        if len(plain) <= _TOO_SHORT or plain in seen or _DATE_LINE_RE.fullmatch(plain):
            continue
        if any(q and (q == plain or (len(q) > 4 and q in plain)) for q in quotes):
            continue
        probabilities = model.probabilities(features(lines, line, in_attachment))
        if probabilities.get("item", 0.0) >= CONFIDENCE:
            issues.append(
                Issue(
                    "line_role_disagreement",
                    f"the line-role model reads this line as an item (p={probabilities['item']:.2f}); "
                    "the rules read nothing from it",
                    line=line.text,
                )
            )
    return issues


# Signatures and dates (商务部 / 2025年10月9日) are never items; not worth scoring.
_TOO_SHORT = 6
_DATE_LINE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
