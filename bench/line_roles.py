"""Line roles: a small learned classifier next to the extraction rules, measured the same way.

    python -m bench.line_roles                 # leave-one-notice-out figures, classifier and rules
    python -m bench.line_roles --labels        # every labelled line (role, notice, text) as TSV
    python -m bench.line_roles --export FILE   # train on examples + dev, write the weights parsers read

Every line a notice prints (body and attachments, as the parsers see them) gets one role:

    item       names a controlled thing (a scored leaf is printed on it)
    group      a list line with sub-items (truth.json's is_group), or a coded category line
    spec       a parameter, criterion or qualifier of the item above it
    purpose    a purpose line under 为制造下列任一物项而专门设计的X
    procedure  a licence-application document or procedural step
    heading    a numbered heading over items that is not itself an entry
    rule       a clause stating a rule (value threshold, end use, prohibition, …)
    party      a listed party
    other      preamble, closing clauses, signatures, definitions, captions, 【保留】

The labels come from the truth files (items, their specs, not_items with their reasons, parties and
rules with their clauses) — never from the rules being compared. What the truth cannot place is
`other`, which makes the labels conservative for `rule` lines of clauses the truth leaves unnumbered.

Leave-one-notice-out (LONO): the classifier is trained on every other notice of examples + dev and
predicts the held-back one. The rules cannot be re-tuned per fold — they were written looking at all
of these notices — so their figure here is a resubstitution score: an upper bound of what they would
score on unseen notices. The honest unseen-notice figure for the rules is the lead's held-out run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import CORPUS_DIR, EXAMPLES_DIR, CorpusNotice, load_split, render_page

_HS_PAREN_RE = re.compile(r"[（(][^（）()]*(?:编号|编码|税则号列|税号)[^（）()]*[）)]")

ROLES = ("item", "group", "spec", "purpose", "procedure", "heading", "rule", "party", "other")
WHY_ROLE = {
    "criteria": "spec",
    "purpose": "purpose",
    "procedure": "procedure",
    "heading": "heading",
    "rule": "rule",
    "party": "party",
    "lifted": "other",
    "definition": "other",
}
_WS_RE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS_RE.sub("", unicodedata.normalize("NFKC", text)).strip(" ;；。:：,，、.．")


@dataclass
class Line:
    """One printed line of a corpus notice: its place in the outline and its role."""

    notice: str
    source: str
    index: int
    text: str
    marker_type: str | None
    marker: str | None
    parent: int | None = None
    children: list[int] = field(default_factory=list)
    role: str = "other"


# --------------------------------------------------------------------------- lines and outline


def _outline(notice: str, source: str, text: str) -> list[Line]:
    """Lines with their outline parents, as the model sees them (parsers.line_roles.outline)."""
    from parsers.line_roles import outline

    return [
        Line(notice, source, line.index, line.text, line.marker_type, line.marker, line.parent, line.children)
        for line in outline(text)
    ]


def _descendants(lines: Sequence[Line], index: int) -> list[int]:
    out: list[int] = []
    for child in lines[index].children:
        out.append(child)
        out.extend(_descendants(lines, child))
    return out


@dataclass
class NoticeLines:
    key: str
    split: str
    sources: dict[str, list[Line]]
    extraction: Any
    not_items: list[tuple[str, str]]  # the rules' not-items: (line, reason)

    def all_lines(self) -> list[Line]:
        return [line for lines in self.sources.values() for line in lines]


def read_notice(notice: CorpusNotice) -> NoticeLines:
    """The notice as the parsers see it: page body and attachment texts, plus what the rules extract."""
    from parsers.article import parse_notice
    from parsers.entries import extract_entries
    from parsers.relations import extract_notice
    from parsers.script import to_simplified

    page = render_page(notice)
    parsed = parse_notice(page.html, page.url)
    attachments = {url: to_simplified(text).text for url, text in page.attachment_texts.items()}
    extraction = extract_notice(parsed, dict(page.attachment_texts))
    sources = {"body": _outline(notice.key, "body", parsed.body)}
    not_items = [(n.line, n.why) for n in extract_entries(parsed.body, parsed.title_zh).not_items]
    for url, text in attachments.items():
        sources[url] = _outline(notice.key, url, text)
        not_items += [(n.line, n.why) for n in extract_entries(text, parsed.title_zh, source=url).not_items]
    return NoticeLines(notice.key, notice.split, sources, extraction, not_items)


# --------------------------------------------------------------------------- labels from the truth


def raw_truth(notice: CorpusNotice) -> Mapping[str, Any]:
    """The truth file behind a corpus notice (truth.json's record for an example)."""
    if notice.split == "examples":
        data = json.loads((EXAMPLES_DIR / "truth.json").read_text("utf-8"))
        record = next(n for n in data["notices"] if n["notice"] == notice.key)
        if str(record.get("script", "")).startswith("zh-Hant"):
            record = dict(record)
            record["items"] = [
                {**item, "name_zh": str(item["note"]).removeprefix("zh-Hans: ")}
                if str(item.get("note", "")).startswith("zh-Hans: ")
                else item
                for item in record["items"]
            ]
        return record
    return json.loads((CORPUS_DIR / notice.split / f"{notice.key}.json").read_text("utf-8"))


def _elided(pattern_line: str) -> re.Pattern[str]:
    parts = [re.escape(_norm(part)) for part in pattern_line.split("…")]
    return re.compile(".*?".join(parts))


def _path_last(path: str) -> str:
    last = path.split("/")[-1]
    return last.strip("()（）")


def _find_item_line(lines: Sequence[Line], item: Mapping[str, Any], taken: set[int]) -> int | None:
    """The line printing a truth item: its name on a line whose marker is the path's last step."""
    name = _norm(item["name_zh"])
    if not name:
        return None
    last = _path_last(item["path"])
    candidates = [line for line in lines if name in _norm(_HS_PAREN_RE.sub("", line.text))]
    for line in candidates:  # the item's own numbered line
        if line.marker is not None and line.marker.strip("()（）") == last and line.index not in taken:
            return line.index
    for line in candidates:  # an inline sub-item (…设备：a.…；b.…) or an unnumbered catalogue line
        text = _norm(_HS_PAREN_RE.sub("", line.text))
        if (f"{last}.{name}" in text or f"{last}．{name}" in text) and line.index not in taken:
            return line.index
    for line in candidates:
        if line.marker_type is None or line.marker_type.startswith("dec"):
            return line.index
    return candidates[0].index if candidates else None


def label_notice(notice: CorpusNotice, read: NoticeLines) -> None:  # noqa: C901 — labels every line role in one pass over the notice, mirroring the shape rules
    """Give every line its role from the truth (in place)."""
    truth = raw_truth(notice)
    for lines in read.sources.values():
        taken: set[int] = set()
        leaf_lines: dict[int, Mapping[str, Any]] = {}
        for item in truth.get("items") or ():
            index = _find_item_line(lines, item, taken)
            if index is None:
                continue
            if item.get("reserved"):
                lines[index].role = "other"
            elif not item.get("is_group"):
                lines[index].role = "item"
                leaf_lines[index] = item
            elif lines[index].role != "item":
                lines[index].role = "group"
            taken.add(index)
        # The lines under a leaf are its parameters or purposes: a leaf has no sub-items.
        for index in leaf_lines:
            purpose = "专门设计" in _norm(lines[index].text) and "为" in _norm(lines[index].text)
            for child in _descendants(lines, index):
                if lines[child].role == "other":
                    lines[child].role = "purpose" if purpose else "spec"
        for entry in truth.get("not_items") or ():
            pattern = _elided(entry["line"])
            role = WHY_ROLE.get(entry["why"], "other")
            for line in lines:
                if line.role == "other" and pattern.fullmatch(_norm(line.text)):
                    line.role = role
        names = [_norm(p["name_zh"]) for p in truth.get("parties") or () if p.get("name_zh")]
        for line in lines:
            named = any(name and name in _norm(line.text) for name in names)
            if line.role == "other" and named and (line.marker_type is not None or len(line.text) < 120):
                line.role = "party"
        clauses = {str(r.get("clause")) for r in truth.get("rules") or () if r.get("clause")}
        for line in lines:
            if (
                line.role == "other"
                and line.marker_type in ("cn", "pcn")
                and _clause_of(lines, line) in clauses
            ):
                line.role = "rule"
                for below in _descendants(lines, line.index):  # the conditions a rule lists
                    if lines[below].role == "other":
                        lines[below].role = "rule"
        # A rule the truth does not place in a clause is the unnumbered paragraph naming what it governs.
        governed = {
            _norm(phrase)
            for r in truth.get("rules") or ()
            if not r.get("clause")
            for phrase in r.get("applies_to") or ()
            if len(_norm(phrase)) >= 4
        }
        for line in lines:
            if (
                line.role == "other"
                and line.marker_type is None
                and any(g in _norm(line.text) for g in governed)
            ):
                line.role = "rule"
        for prefix, role in EXAMPLE_ROLES.get(notice.key, ()) if notice.split == "examples" else ():
            for line in lines:
                if line.role == "other" and _norm(line.text).startswith(_norm(prefix)):
                    line.role = role
        for line in lines:  # a numbered line over items that is not itself an entry
            if line.role == "other" and line.marker_type is not None:
                roles_below = {lines[i].role for i in _descendants(lines, line.index)}
                if roles_below & {"item", "group"}:
                    line.role = "heading"


# truth.json has no not-items and no rules: the examples' rule and procedure lines, labelled by hand
# (line prefix → role). Everything else about the examples comes from truth.json.
EXAMPLE_ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "2025-61": (
        ("一、境外组织和个人", "rule"),
        ("(一)含有、集成或者混有", "rule"),
        ("(二)使用原产于中国", "rule"),
        ("(三)原产于中国", "rule"),
        ("二、对向境外军事用户", "rule"),
        ("三、用于或者可能用于", "rule"),
        ("(一)设计、开发、生产", "rule"),
        ("(二)恐怖主义目的", "rule"),
        ("(三)军事用途", "rule"),
    ),
    "2024-46": (("一、禁止两用物项", "rule"), ("二、原则上不予许可", "rule"), ("任何国家和地区", "rule")),
    "2025-62": (("出口非管制的货物", "rule"),),
    "2023-39": (
        ("三、出口经营者应按照", "rule"),
        ("(一)出口合同", "procedure"),
        ("(二)拟出口物项", "procedure"),
        ("(三)最终用户和最终用途证明", "procedure"),
        ("(四)进口商和最终用户", "procedure"),
        ("(五)申请人的法定代表人", "procedure"),
    ),
}


def _clause_of(lines: Sequence[Line], line: Line) -> str:
    """一 or 一/(一): the clause path of a 一、 / (一) line."""
    parts = []
    current: Line | None = line
    while current is not None:
        if current.marker_type == "cn":
            parts.append(current.marker or "")
        elif current.marker_type == "pcn":
            parts.append(f"({current.marker})")
        current = lines[current.parent] if current.parent is not None else None
    return "/".join(reversed(parts))


def rule_roles(read: NoticeLines) -> dict[tuple[str, int], str]:
    """The role the extraction rules give each line (from their entries, not-items, parties, rules)."""
    roles: dict[tuple[str, int], str] = {}
    quotes = Counter(_norm(e.quote_zh) for e in read.extraction.entries)
    reasons = {_norm(line): WHY_ROLE.get(why, "other") for line, why in read.not_items}
    reasons.update({_norm(line): "spec" for line, why in read.not_items if why in ("criteria",)})
    rule_lines = {_norm(part) for rule in read.extraction.rules for part in rule.quote_zh.split("\n")[:1]}
    party_quotes = [_norm(p.quote_zh) for p in read.extraction.parties if getattr(p, "quote_zh", None)]
    for source, lines in read.sources.items():
        for line in lines:
            text = _norm(line.text)
            role = "other"
            if quotes.get(text) or any(q and q in text and len(q) > 4 for q in quotes if q != text):
                role = "item"
            elif text in reasons:
                role = reasons[text]
                if role == "heading" and any(
                    q in _norm(" ".join(lines[i].text for i in line.children)) for q in quotes
                ):
                    role = "heading"
            elif text in rule_lines:
                role = "rule"
            elif any(q and (q == text or (text in q and len(text) > 6)) for q in party_quotes):
                role = "party"
            roles[(source, line.index)] = role
        # a numbered line the rules read as a group heading with entries below is a group or heading
        for line in lines:
            if roles[(source, line.index)] == "heading":
                coded = bool(re.search(r"\d[A-E]\d{3}", line.text))
                roles[(source, line.index)] = "group" if coded else "heading"
    return roles


# --------------------------------------------------------------------------- features


def features(lines: Sequence[Line], line: Line) -> dict[str, float]:
    """The model's features (parsers.line_roles.features) of one corpus line."""
    from parsers.line_roles import Line as ModelLine
    from parsers.line_roles import features as model_features

    plain = [ModelLine(x.index, x.text, x.marker_type, x.marker, x.parent, x.children) for x in lines]
    return model_features(plain, plain[line.index], in_attachment=line.source != "body")


# --------------------------------------------------------------------------- training and scoring


def load_labelled(splits: Sequence[str] = ("examples", "dev")) -> list[NoticeLines]:
    notices = []
    for split in splits:
        for notice in load_split(split):
            read = read_notice(notice)
            label_notice(notice, read)
            notices.append(read)
    return notices


def _make_model(c: float = 1.0) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    classifier = LogisticRegression(C=c, max_iter=300, tol=1e-3, class_weight="balanced")
    return make_pipeline(DictVectorizer(), classifier)


def _rows(read: NoticeLines) -> list[tuple[dict[str, float], str, str]]:
    """(features, truth role, rules' role) of every line of a notice."""
    by_rules = rule_roles(read)
    return [
        (features(lines, line), line.role, by_rules[(source, line.index)])
        for source, lines in read.sources.items()
        for line in lines
    ]


def train(notices: Sequence[NoticeLines]) -> Any:
    rows = [row for read in notices for row in _rows(read)]
    model = _make_model()
    model.fit([f for f, _, _ in rows], [role for _, role, _ in rows])
    return model


@dataclass
class RoleCounts:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    total: int = 0
    correct: int = 0

    def add(self, truth: str, predicted: str) -> None:
        self.total += 1
        if truth == predicted:
            self.tp[truth] += 1
            self.correct += 1
        else:
            self.fp[predicted] += 1
            self.fn[truth] += 1

    def prf(self, role: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[role], self.fp[role], self.fn[role]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def macro_f1(self) -> float:
        present = [role for role in ROLES if self.tp[role] + self.fn[role]]
        return sum(self.prf(role)[2] for role in present) / len(present) if present else 0.0


@dataclass
class Prediction:
    notice: str
    text: str
    truth: str
    rules: str
    role: str
    probability: float


def cross_validate(notices: Sequence[NoticeLines]) -> list[Prediction]:
    """Leave-one-notice-out predictions of the classifier, next to the rules' roles (resubstitution)."""
    data = [(read.key, [line.text for line in read.all_lines()], _rows(read)) for read in notices]
    predictions: list[Prediction] = []
    for held, (key, texts, rows) in enumerate(data):
        training = [row for i, (_, _, other) in enumerate(data) if i != held for row in other]
        model = _make_model()
        model.fit([f for f, _, _ in training], [role for _, role, _ in training])
        probabilities = model.predict_proba([f for f, _, _ in rows])
        classes = list(model.classes_)
        for text, (_, truth, by_rules), probs in zip(texts, rows, probabilities, strict=True):
            best = int(probs.argmax())
            predictions.append(Prediction(key, text, truth, by_rules, str(classes[best]), float(probs[best])))
    return predictions


def _report(name: str, counts: RoleCounts) -> list[str]:
    accuracy = counts.correct / max(counts.total, 1)
    out = [
        f"{name}: accuracy {counts.correct}/{counts.total} = {accuracy:.3f}; macro-F1 {counts.macro_f1():.3f}"
    ]
    for role in ROLES:
        support = counts.tp[role] + counts.fn[role]
        if not support and not counts.fp[role]:
            continue
        p, r, f = counts.prf(role)
        out.append(f"  {role:<10} P {p:.2f} R {r:.2f} F1 {f:.2f}  (support {support})")
    return out


def second_opinion_table(predictions: Sequence[Prediction]) -> list[str]:
    """What the classifier as a second opinion would flag, by confidence level.

    alarms: it says item, the rules read no item (right = the line truly is an item the rules missed);
    doubts: the rules read an item, it says procedure/rule/other (right = the line truly is not an item).
    """
    out = [
        "second opinion (leave-one-notice-out): confidence  alarms (right)  doubts (right)  item-call precision"
    ]
    for level in (0.5, 0.7, 0.8, 0.9, 0.95):
        sure = [p for p in predictions if p.probability >= level]
        alarms = [p for p in sure if p.role == "item" and p.rules != "item"]
        doubts = [p for p in sure if p.rules == "item" and p.role in ("procedure", "rule", "other")]
        calls = [p for p in sure if p.role == "item"]
        precision = sum(p.truth == "item" for p in calls) / len(calls) if calls else 0.0
        out.append(
            f"  p >= {level:.2f}: {len(alarms):>3} ({sum(p.truth == 'item' for p in alarms)})"
            f"  {len(doubts):>3} ({sum(p.truth != 'item' for p in doubts)})  {precision:.2f} of {len(calls)}"
        )
    return out


def export_weights(model: Any, path: Path, threshold: float = 0.01) -> None:
    """The trained weights as JSON: feature → per-role weight, so inference needs no scikit-learn.
    Features whose weights are all below `threshold` are left out (they barely move a score)."""
    vectorizer, classifier = model.steps[0][1], model.steps[1][1]
    names = vectorizer.get_feature_names_out()
    weights: dict[str, list[float]] = {}
    for column, name in enumerate(names):
        row = [round(float(classifier.coef_[k][column]), 4) for k in range(len(classifier.classes_))]
        if any(abs(w) >= threshold for w in row):
            weights[str(name)] = row
    payload = {
        "trained_on": "examples + dev (python -m bench.line_roles --export)",
        "roles": [str(c) for c in classifier.classes_],
        "intercept": [round(float(b), 4) for b in classifier.intercept_],
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.line_roles", description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", action="store_true", help="print every labelled line as TSV and stop")
    parser.add_argument("--disagreements", action="store_true", help="print the lines either side got wrong")
    parser.add_argument("--export", type=Path, help="train on examples + dev and write the weights here")
    args = parser.parse_args(argv)
    notices = load_labelled()
    if args.labels:
        for read in notices:
            for line in read.all_lines():
                print(f"{line.role}\t{read.key}\t{line.text}")
        return 0
    if args.export:
        export_weights(train(notices), args.export)
        print(f"wrote {args.export}")
        return 0
    predictions = cross_validate(notices)
    learned, rules = RoleCounts(), RoleCounts()
    for p in predictions:
        learned.add(p.truth, p.role)
        rules.add(p.truth, p.rules)
    print(f"{len(notices)} notices (examples + dev), {len(predictions)} lines")
    print("\n".join(_report("classifier (leave-one-notice-out)", learned)))
    print("\n".join(_report("rules (resubstitution: tuned on these notices)", rules)))
    print("\n".join(second_opinion_table(predictions)))
    if args.disagreements:
        for p in predictions:
            if p.role != p.truth or p.rules != p.truth:
                print(
                    f"{p.notice}\ttruth={p.truth}\tclassifier={p.role} ({p.probability:.2f})\trules={p.rules}\t{p.text[:60]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
