"""The line-role classifier as the extractor's judge, measured against the shape rules alone.

    python -m bench.accuracy --split dev --extractor classifier

Issue 12 asks, if the rules keep failing on unseen notices, to classify each line's role with a small
model trained on labelled lines and keep whichever of the two scores better there. This is the
classifier side of that comparison. The model (parsers.line_roles features, a logistic regression)
is trained on the labelled lines of the dev split only — never on the examples or the held-out
split — and then, on every notice, overrules the rules wherever it is sure (p ≥ `CONFIDENCE`):

* a line the rules read an entry from, which the model reads as procedure, rule, party or other
  prose, loses its entry;
* a line the rules read nothing from, which the model reads as an item, gains one (read from that
  line alone by parsers.entries, so code, name and HS code come out as the rules would print them).

Relations, rules, parties and dates stay the rules' (the model only knows line roles). The result
is kept in bench/ as the measured alternative; see closing note of issue 12 for the figures.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from parsers.entries import extract_entries
from parsers.line_roles import LineRoleModel
from parsers.model import Entry, Extraction, Issue
from parsers.script import to_simplified

CONFIDENCE = 0.9  # the same level parsers.line_roles uses for its alarms, fixed before any held-out run
_NOT_ITEM_ROLES = frozenset({"procedure", "rule", "party", "other"})
_TOO_SHORT = 6
_DATE_LINE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@functools.lru_cache(maxsize=1)
def dev_model() -> LineRoleModel:
    """The line-role model trained on the dev split's labelled lines only (needs scikit-learn)."""
    from bench.line_roles import export_weights, load_labelled, train

    notices = load_labelled(("dev",))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "weights.json"
        export_weights(train(notices), path)
        data = json.loads(path.read_text("utf-8"))
    return LineRoleModel.from_json(json.dumps(data))


def _judge_source(
    model: LineRoleModel, text: str, entries: list[Entry], title: str, source: str, in_attachment: bool
) -> tuple[list[Entry], list[Issue]]:
    """The entries of one source after the model's overrulings, and an issue for each overruling."""
    by_line: dict[str, list[Entry]] = {}
    for entry in entries:
        by_line.setdefault(_norm(entry.quote_zh), []).append(entry)
    kept: list[Entry] = []
    issues: list[Issue] = []
    dropped: set[str] = set()
    added: list[Entry] = []
    for line, role, probability in model.roles_of(text, in_attachment):
        plain = _norm(line.text)
        if probability < CONFIDENCE or len(plain) <= _TOO_SHORT or _DATE_LINE_RE.fullmatch(plain):
            continue
        if plain in by_line and role in _NOT_ITEM_ROLES:
            dropped.add(plain)
            issues.append(
                Issue("line_role_overruled", f"model reads {role} (p={probability:.2f})", line=line.text)
            )
        elif role == "item" and plain not in by_line and not any(q in plain for q in by_line if len(q) > 4):
            read = extract_entries(line.text, title, source=source).entries
            if read:
                added.extend(read[:1])
                issues.append(
                    Issue("line_role_overruled", f"model reads item (p={probability:.2f})", line=line.text)
                )
    kept = [e for e in entries if _norm(e.quote_zh) not in dropped]
    return kept + added, issues


def judge(
    extraction: Extraction, body: str, title: str, attachment_texts: dict[str, str] | None = None
) -> Extraction:
    """The rules' extraction with the dev-trained model's sure overrulings applied."""
    model = dev_model()
    sources: list[tuple[str, str]] = [("body", body)]
    sources += [(url, to_simplified(text).text) for url, text in (attachment_texts or {}).items()]
    entries: list[Entry] = []
    issues = list(extraction.issues)
    for source, text in sources:
        own = [e for e in extraction.entries if (e.source or "body") == source]
        judged, notes = _judge_source(model, text, own, title, source, in_attachment=source != "body")
        entries.extend(judged)
        issues.extend(notes)
    known = {id(e) for e in entries}
    sourced = {s for s, _ in sources}
    entries.extend(
        e for e in extraction.entries if id(e) not in known and (e.source or "body") not in sourced
    )
    return dataclasses.replace(extraction, entries=tuple(entries), issues=tuple(issues))


def judged_extraction(parsed: Any, attachment_texts: dict[str, str]) -> Extraction:
    from parsers.relations import extract_notice

    extraction = extract_notice(parsed, attachment_texts)
    return judge(extraction, parsed.body, parsed.title_zh or "", attachment_texts)
