"""Screening products and counterparties against the control list: evidence, verdicts, the value rule.

Pure: the warehouse supplies the entries (with their status on the date), the code and HS hits it
found by SQL, the rules and the listed parties; this module adds term evidence, printed exclusions,
the de minimis value rule and name matching, and turns all of it into one verdict per input row.

Evidence is ranked strongest first and every match says why it matched (`basis` and `note`):
a control code (exact, or a listed parent code covering the product's code), an HS code (exact, or
a listed 8-digit tariff line covering a 10-digit code), a shared HS heading (`possible` only), or
terms. Terms live in the glossary's English words, so a Chinese description cut by the notices'
segmenter and an English one meet on the same vocabulary (钐钴永磁体 and "SmCo permanent magnet").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from rapidfuzz import fuzz, process

from parsers.glossary import Glossary, default_glossary, term_pieces
from parsers.model import EntryStatus, RuleKind
from parsers.party_records import PartyList, PartyStatus
from parsers.screen_input import BomRow, PartyRow, ProductRow
from parsers.segment import Segmenter

# Scores are 0-100. A term match below TERM_MIN_SCORE is not shown; name scores at or above
# PARTY_LISTED_SCORE make a counterparty `listed`, at or above PARTY_POSSIBLE_SCORE `possible`.
TERM_MIN_SCORE = 60
TERM_MAX_MATCHES = 5
WORD_FUZZ_CUTOFF = 85
PARTY_LISTED_SCORE = 90
PARTY_POSSIBLE_SCORE = 80

STATUS_RANK = {"in_force": 0, "suspended": 1, "pending": 2, "repealed": 3}
BASIS_RANK = {"control_code": 0, "hs_exact": 1, "hs_prefix": 2, "term": 3}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "of",
        "for",
        "the",
        "with",
        "in",
        "on",
        "to",
        "or",
        "by",
        "as",
        "at",
        "from",
        "thereof",
        "their",
        "its",
        "other",
        "etc",
        "related",
        "containing",
        "contain",
        "including",
        "include",
        "not",
        "under",
        "than",
        "having",
        "made",
        "used",
        "use",
        "type",
        "grade",
    ]
)
_WORD_RE = re.compile(r"[a-z0-9]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-&'.]*(?:\s+[A-Za-z0-9][A-Za-z0-9\-&'.]*)*")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")


# -- what the warehouse hands in ------------------------------------------------------------------

# How an input row's code or HS code relates to an entry's (SQL finds them; strongest first).
CodeRelation = Literal[
    "code_exact",
    "code_parent",
    "code_child",
    "hs10",
    "hs8",
    "hs_entry8",
    "hs_product8",
    "hs_sub6",
    "hs_head4",
]
# What a match rests on, and whether it lists the product or only may.
MatchBasis = Literal["control_code", "hs_exact", "hs_prefix", "term"]
MatchStrength = Literal["listed", "possible"]
RuleVerdict = Literal["applies", "below_threshold", "insufficient_data"]
VerdictKind = Literal["product", "party"]
VerdictValue = Literal["listed", "possible", "not_listed", "error"]


@dataclass(frozen=True)
class EntryPeriod:
    valid_from: date
    valid_to: date | None  # exclusive
    status: EntryStatus  # in_force or suspended (a period is never pending or repealed)
    status_notice_id: str | None


@dataclass(frozen=True)
class ListedEntry:
    """One entry ever on the list (current knowledge), with its state on the screening date."""

    notice_id: str
    entry_key: str
    control_code: str | None
    name_zh: str
    name_en: str | None
    hs_codes: tuple[str, ...]
    kind: str
    category_zh: str | None
    path: str
    spec_zh: str | None
    quote_zh: str
    status: EntryStatus  # on the date
    effective_on: date | None
    valid_from: date | None  # of the period giving the status
    valid_to: date | None  # exclusive
    status_notice_id: str | None
    notice_number_zh: str = ""
    notice_url: str = ""

    @property
    def suspended_until(self) -> date | None:
        """Last day of the suspension, inclusive, as notices print it."""
        if self.status != "suspended" or self.valid_to is None:
            return None
        return date.fromordinal(self.valid_to.toordinal() - 1)


@dataclass(frozen=True)
class CodeHit:
    """A code or HS relation found by SQL between input row `row` and an entry."""

    row: int
    notice_id: str
    entry_key: str
    relation: CodeRelation
    product_code: str
    entry_code: str


@dataclass(frozen=True)
class RuleRecord:
    notice_id: str
    rule_kind: RuleKind
    threshold: float | None
    applies_to: tuple[str, ...]
    quote_zh: str
    effective_on: date | None
    status: str  # on the screening date
    status_note: str | None = None


@dataclass(frozen=True)
class PartyListing:
    party_id: str
    list: PartyList
    name_zh: str
    name_en: str | None
    aliases: tuple[str, ...]
    country: str | None
    notice_id: str
    listed_on: date | None
    status: PartyStatus  # on the date
    status_notice_id: str | None
    quote_zh: str
    valid_to: date | None = None


# -- what comes out -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    notice_id: str
    entry_key: str
    control_code: str | None
    name_zh: str
    name_en: str | None
    basis: MatchBasis
    strength: MatchStrength
    note: str
    status: EntryStatus
    effective_on: date | None
    suspended_until: date | None
    status_notice_id: str | None
    days_to_effect: int | None
    quote_zh: str
    hs_codes: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    score: int | None = None
    excluded_by: str | None = None

    @property
    def counts(self) -> bool:
        return self.excluded_by is None and self.status != "repealed"


@dataclass(frozen=True)
class ComponentFinding:
    line: int
    component: str
    origin: str | None
    part_item: str | None  # the Part I entry it is, or None
    value: Decimal | None  # in the finished item's currency
    counted: bool
    why: str


@dataclass(frozen=True)
class RuleResult:
    notice_id: str
    rule_kind: RuleKind
    ratio: float | None
    threshold: float | None
    verdict: RuleVerdict
    reason: str
    status: str
    currency: str | None = None
    components: tuple[ComponentFinding, ...] = ()


@dataclass(frozen=True)
class PartyMatch:
    party_id: str
    list: PartyList
    listed_name: str  # the name (zh, en or alias) that matched
    name_zh: str
    name_en: str | None
    country: str | None
    notice_id: str
    listed_on: date | None
    status: PartyStatus
    status_notice_id: str | None
    score: int
    quote_zh: str


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    key: str  # the sku or the party id
    line: int
    description: str
    verdict: VerdictValue
    status: str | None
    matches: tuple[Match, ...] = ()
    rules: tuple[RuleResult, ...] = ()
    party_matches: tuple[PartyMatch, ...] = ()
    error: str | None = None


# -- terms ------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).lower())


@dataclass(frozen=True)
class Concepts:
    """The subject words of a text: glossary English words, plus unknown Chinese pieces verbatim."""

    words: frozenset[str]
    source: Mapping[str, str]  # word -> the term it came from ("钐", "永磁材料", "NdFeB")
    fuzzy: Mapping[str, str]  # word -> the input spelling it was recognised from (aluminum≈aluminium)
    text_zh: str
    unknown_zh: frozenset[str] = frozenset()  # Chinese pieces the glossary does not know


class TermMatcher:
    """Term evidence between descriptions and entry names, ranked by weighted coverage.

    An entry's words are weighted by rarity across the list (a word in every entry, such as
    "metal", proves little), and the score mixes how much of the entry's name the description
    covers (most) with how much of the description the entry explains.
    """

    def __init__(
        self,
        entries: Sequence[ListedEntry],
        segmenter: Segmenter,
        glossary: Glossary | None = None,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.glossary = glossary if glossary is not None else default_glossary()
        self.segmenter = segmenter
        self.vocabulary: set[str] = set()
        for term in self.glossary.terms.values():
            self.vocabulary.update(w for w in _words(term.en) if w not in _STOPWORDS)
        self._vocab_list = sorted(self.vocabulary)
        self.aliases = {" ".join(_words(k)): " ".join(_words(v)) for k, v in (aliases or {}).items()}
        self._alias_len = max((len(k.split()) for k in self.aliases), default=1)
        self.entries = list(entries)
        self._known_cache: dict[str, str | None] = {}
        self.entry_concepts = [self.concepts(_head_name(e.name_zh)) for e in self.entries]
        self.postings: dict[str, list[int]] = {}
        self._bigrams: dict[str, set[int]] = {}  # first two characters of unknown Chinese pieces
        for index, concepts in enumerate(self.entry_concepts):
            for word in concepts.words:
                self.postings.setdefault(word, []).append(index)
            for piece in concepts.unknown_zh:
                self._bigrams.setdefault(piece[:2], set()).add(index)
        n = max(len(self.entries), 1)
        self.idf = {w: math.log((n + 1) / (len(ids) + 1)) + 1.0 for w, ids in self.postings.items()}
        self._default_idf = math.log(n + 1) + 1.0
        # Only entries whose subject (rarest word) the description names can match: index those words.
        self._totals: list[float] = []
        self._tops: list[float] = []
        self._subjects: dict[str, list[int]] = {}
        for index, concepts in enumerate(self.entry_concepts):
            weights = {w: self._weight(w) for w in concepts.words}
            top = max(weights.values(), default=0.0)
            self._totals.append(sum(weights.values()))
            self._tops.append(top)
            for word, weight in weights.items():
                if weight >= top:
                    self._subjects.setdefault(word, []).append(index)

    # concept extraction
    def concepts(self, text: str) -> Concepts:  # noqa: C901 — one case per kind of term a product description carries
        words: set[str] = set()
        source: dict[str, str] = {}
        fuzzy: dict[str, str] = {}
        # Cut like the notices (codes and punctuation out), then read each run of Chinese tokens
        # through the glossary: its terms are finer than jieba's domain words (钐钴合金 → 钐 钴 合金).
        runs: list[list[str]] = [[]]
        for token in self.segmenter.tokens(text):
            if _CJK_RE.search(token):
                runs[-1].append(token)
            elif runs[-1]:
                runs.append([])
        zh_parts = ["".join(run) for run in runs if run]
        for run in zh_parts:
            for zh, term in term_pieces(run, self.glossary):
                if term is not None:
                    for word in _words(term.en):
                        if word not in _STOPWORDS:
                            words.add(word)
                            source.setdefault(word, zh)
                elif len(zh) >= 2 and _CJK_RE.search(zh):
                    words.add(zh)
                    source.setdefault(zh, zh)
        for chunk in _LATIN_RE.findall(unicodedata.normalize("NFKC", text)):
            self._english(chunk, words, source, fuzzy)
        unknown = frozenset(w for w in words if _CJK_RE.search(w))
        return Concepts(frozenset(words), source, fuzzy, "".join(zh_parts), unknown)

    def _english(self, chunk: str, words: set[str], source: dict[str, str], fuzzy: dict[str, str]) -> None:
        tokens = _words(chunk)
        i = 0
        while i < len(tokens):
            for size in range(min(self._alias_len, len(tokens) - i), 0, -1):
                phrase = " ".join(tokens[i : i + size])
                if phrase in self.aliases:
                    for word in self.aliases[phrase].split():
                        words.add(word)
                        source.setdefault(word, phrase)
                    i += size
                    break
            else:
                known = self._known(tokens[i], fuzzy)
                if known and known not in _STOPWORDS:
                    words.add(known)
                    source.setdefault(known, tokens[i])
                i += 1

    def _known(self, word: str, fuzzy: dict[str, str]) -> str | None:
        if word not in self._known_cache:
            self._known_cache[word] = self._lookup(word)
        found = self._known_cache[word]
        if found is not None and found != word and not word.startswith(found):
            fuzzy[found] = word
        return found

    def _lookup(self, word: str) -> str | None:
        if word in self.vocabulary or word.isdigit():
            return word if word in self.vocabulary else None
        for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
            if word.endswith(cut) and word[: -len(cut)] + add in self.vocabulary:
                return word[: -len(cut)] + add
        if len(word) >= 5:
            best = process.extractOne(
                word, self._vocab_list, scorer=fuzz.ratio, score_cutoff=WORD_FUZZ_CUTOFF
            )
            if best is not None:
                return str(best[0])
        return None

    def _weight(self, word: str) -> float:
        return self.idf.get(word, self._default_idf)

    def score(self, query: Concepts, entry: Concepts, total: float | None = None) -> tuple[int, list[str]]:
        """(score, matched words) of a description against one entry name."""
        if not entry.words:
            return 0, []
        weight = self._weight
        matched = [w for w in entry.words if w in query.words]
        if query.text_zh:
            for word in entry.unknown_zh - query.words:
                # An unknown Chinese piece of the entry name, found inside the description's Chinese text.
                if word in query.text_zh or fuzz.partial_ratio(word, query.text_zh) >= 90:
                    matched.append(word)
        if not matched:
            return 0, []
        matched_weight = sum(weight(w) for w in matched)
        entry_cover = matched_weight / (total if total is not None else sum(weight(w) for w in entry.words))
        if entry_cover < 0.5:
            return 0, []
        known = sum(weight(w) for w in query.words if w in self.idf or w in entry.words)
        query_cover = matched_weight / known if known else 0.0
        return round(100 * (0.7 * entry_cover + 0.3 * min(query_cover, 1.0))), matched

    def _names_subject(self, index: int, matched: Sequence[str]) -> bool:
        """The entry's rarest word (its subject: 镝 in 含镝的钕铁硼永磁材料) must be among the matched."""
        top = self._tops[index]
        return any(self._weight(w) >= top for w in matched)

    def match(
        self, description: str, restrict: Iterable[int] | None = None, limit: int = TERM_MAX_MATCHES
    ) -> list[tuple[int, int, tuple[str, ...]]]:
        """[(entry index, score, matched terms)] best first, scores >= TERM_MIN_SCORE."""
        if not description.strip():
            return []
        query = self.concepts(description)
        if restrict is None:
            candidates: set[int] = set()
            for word in query.words:
                candidates.update(self._subjects.get(word, ()))
            text = query.text_zh  # unknown Chinese pieces of entry names, by their first two characters
            for i in range(len(text) - 1):
                candidates.update(self._bigrams.get(text[i : i + 2], ()))
        else:
            candidates = set(restrict)
        found = []
        for index in candidates:
            entry = self.entry_concepts[index]
            score, matched = self.score(query, entry, self._totals[index])
            if score >= TERM_MIN_SCORE and self._names_subject(index, matched):
                found.append((index, score, _term_labels(matched, entry, query)))
        found.sort(
            key=lambda item: (-item[1], self.entries[item[0]].notice_id, self.entries[item[0]].entry_key)
        )
        return found[:limit]


def _term_labels(matched: Iterable[str], entry: Concepts, query: Concepts) -> tuple[str, ...]:
    labels = []
    for word in sorted(matched, key=lambda w: (entry.source.get(w, w), w)):
        zh = entry.source.get(word, word)
        label = zh if zh == word else f"{zh} {word}"
        if word in query.fuzzy:
            label += f" (≈{query.fuzzy[word]})"
        labels.append(label)
    return tuple(labels)


# -- printed exclusions ---------------------------------------------------------------------------

_EXCLUSION_RES = (
    re.compile(r"不包括(?P<x>[^。；;，,）)]+)"),
    re.compile(r"除(?P<x>[^。；;，,除]+?)(?:以)?外(?!观)"),
    re.compile(r"(?:^|[，,；;（(])(?P<x>[^，,；;（()）]+?)除外"),
)


def exclusions(*texts: str | None) -> tuple[str, ...]:
    """The exclusions printed in an entry's name, spec or quote: 不包括X, 除X外, X除外 → X."""
    found: list[str] = []
    for text in texts:
        if not text:
            continue
        for pattern in _EXCLUSION_RES:
            for m in pattern.finditer(text):
                phrase = m.group("x").strip()
                if phrase and phrase not in found and not phrase.startswith("上述"):
                    found.append(phrase)
    return tuple(found)


def _name_without_exclusions(name: str) -> str:
    """The entry's name minus its exclusion clauses: what is excluded must not attract matches."""
    text = name
    for pattern in _EXCLUSION_RES:
        text = pattern.sub(lambda m: m.group(0)[:1] if m.group(0)[:1] in "，,；;（(" else "", text)
    return text


def _head_name(name: str) -> str:
    """The item itself: the name before its first clause (specs and 包括… lists follow a comma),
    without exclusions. Spec words would otherwise outweigh the subject."""
    return re.split(r"[，,；;:：]", _name_without_exclusions(name), maxsplit=1)[0] or name


def excluded_by(
    matcher: TermMatcher, description: str, phrases: Sequence[str], query: Concepts | None = None
) -> str | None:
    """The first printed exclusion the description falls under, if any.

    The exclusion's head (its last noun, 培育钻石 in 用于装饰或者首饰的培育钻石) must be named by the
    description, and, when the exclusion qualifies the head (装饰或者首饰), one qualifier too.
    """
    if not phrases or not description.strip():
        return None
    query = query if query is not None else matcher.concepts(description)
    for phrase in phrases:
        pieces = [(zh, t) for zh, t in term_pieces(phrase, matcher.glossary) if t is not None]
        if not pieces:
            continue
        _, head = pieces[-1]
        head_words = {w for w in _words(head.en) if w not in _STOPWORDS}
        if not head_words or not head_words <= query.words:
            continue
        qualifiers = [{w for w in _words(t.en) if w not in _STOPWORDS} for _, t in pieces[:-1]]
        qualifiers = [q for q in qualifiers if q]
        if not qualifiers or any(q <= query.words for q in qualifiers):
            return phrase
    return None


# -- code and HS evidence ---------------------------------------------------------------------------

_RELATIONS: Mapping[CodeRelation, tuple[MatchBasis, MatchStrength]] = {
    "code_exact": ("control_code", "listed"),
    "code_parent": ("control_code", "listed"),
    "code_child": ("control_code", "possible"),
    "hs10": ("hs_exact", "listed"),
    "hs8": ("hs_exact", "listed"),
    "hs_entry8": ("hs_exact", "listed"),
    "hs_product8": ("hs_exact", "listed"),
    "hs_sub6": ("hs_prefix", "possible"),
    "hs_head4": ("hs_prefix", "possible"),
}


_NOTES: Mapping[str, str] = {
    "code_exact": "control code {e} as listed",
    "code_parent": "listed {e} covers {p}",
    "code_child": "{p} is broader than the listed {e}: only that sub-item is controlled",
    "hs10": "HS {e} exact",
    "hs8": "tariff line {e} exact",
    "hs_entry8": "listed tariff line {e} covers {p}",
    "hs_product8": "{p} is the first 8 digits of the listed {e}",
    "hs_sub6": "same HS subheading {p6} as the listed {e}",
    "hs_head4": "same HS heading {p4} as the listed {e}",
}


def _relation_note(hit: CodeHit) -> str:
    p = hit.product_code
    return _NOTES[hit.relation].format(p=p, e=hit.entry_code, p6=p[:6], p4=p[:4])


def _match(entry: ListedEntry, basis: MatchBasis, strength: MatchStrength, note: str, as_of: date) -> Match:
    days = None
    if entry.status == "pending" and entry.valid_from is not None:
        days = (entry.valid_from - as_of).days
    return Match(
        notice_id=entry.notice_id,
        entry_key=entry.entry_key,
        control_code=entry.control_code,
        name_zh=entry.name_zh,
        name_en=entry.name_en,
        basis=basis,
        strength=strength,
        note=note,
        status=entry.status,
        effective_on=entry.valid_from if entry.status == "pending" else entry.effective_on,
        suspended_until=entry.suspended_until,
        status_notice_id=entry.status_notice_id,
        days_to_effect=days,
        quote_zh=entry.quote_zh,
        hs_codes=entry.hs_codes,
    )


def _rank(m: Match) -> tuple[int, int, int, int, int, str, str]:
    return (
        0 if m.counts else 1,
        0 if m.strength == "listed" else 1,
        BASIS_RANK.get(m.basis, 9),
        -(m.score or 0),
        STATUS_RANK.get(m.status, 9),
        m.notice_id,
        m.entry_key,
    )


def verdict_of(matches: Sequence[Match]) -> tuple[VerdictValue, str | None]:
    """listed: a code or exact-HS match on the list (in force, pending or suspended); possible: only
    prefix or term evidence; a match ruled out by a printed exclusion or repealed does not count."""
    counting = [m for m in matches if m.counts]
    if any(m.strength == "listed" for m in counting):
        best = next(m for m in counting if m.strength == "listed")
        return "listed", best.status
    if counting:
        return "possible", counting[0].status
    if any(m.status == "repealed" and m.excluded_by is None for m in matches):
        return "not_listed", "repealed"
    return "not_listed", None


class ProductScreener:
    """Turns code hits, term evidence and exclusions into verdicts for product rows."""

    def __init__(self, entries: Sequence[ListedEntry], matcher: TermMatcher, as_of: date) -> None:
        self.entries = list(entries)
        self.by_key = {(e.notice_id, e.entry_key): i for i, e in enumerate(self.entries)}
        self.matcher = matcher
        self.as_of = as_of
        self._exclusions = [exclusions(e.name_zh, e.spec_zh, e.quote_zh) for e in self.entries]

    def matches(self, product: ProductRow, hits: Sequence[CodeHit]) -> list[Match]:
        found: dict[int, Match] = {}
        for hit in hits:
            index = self.by_key.get((hit.notice_id, hit.entry_key))
            if index is None:
                continue
            basis, strength = _RELATIONS[hit.relation]
            candidate = _match(self.entries[index], basis, strength, _relation_note(hit), self.as_of)
            current = found.get(index)
            if current is None or _rank(candidate) < _rank(current):
                found[index] = candidate
        for index, score, terms in self.matcher.match(product.description):
            current = found.get(index)
            if current is None:
                note = f"terms {', '.join(terms)} (score {score})"
                found[index] = replace(
                    _match(self.entries[index], "term", "possible", note, self.as_of),
                    terms=terms,
                    score=score,
                )
            else:
                found[index] = replace(current, terms=terms, score=score)
        out = []
        query: Concepts | None = None
        for index, m in found.items():
            if self._exclusions[index] and query is None and product.description.strip():
                query = self.matcher.concepts(product.description)
            phrase = excluded_by(self.matcher, product.description, self._exclusions[index], query)
            out.append(replace(m, excluded_by=phrase) if phrase else m)
        return sorted(out, key=_rank)

    def screen(self, product: ProductRow, hits: Sequence[CodeHit]) -> Verdict:
        if product.error:
            return Verdict(
                "product", product.sku, product.line, product.description, "error", None, error=product.error
            )
        matches = self.matches(product, hits)
        verdict, status = verdict_of(matches)
        return Verdict(
            "product", product.sku, product.line, product.description, verdict, status, tuple(matches)
        )


# -- the value rule (de minimis) ---------------------------------------------------------------------

_NUM = "一二三四五六七八九十"
_ARTICLE_ITEM_RE = re.compile(rf"第([{_NUM}]+)条第[（(]([{_NUM}]+)[)）]项")
_PART_RE = re.compile(rf"(?:附件\s*\d*)?第([{_NUM}]+)部分")
_LABEL = rf"(?:第[{_NUM}]+条第[（(][{_NUM}]+[)）]项|(?:附件\s*\d*)?第[{_NUM}]+部分)"
_CONTENT_RE = re.compile(rf"原产于中国的(?:本公告)?(?P<label>{_LABEL})")
_GOVERNED_RE = re.compile(rf"(?:及以上|以上)的(?:本公告)?(?P<label>{_LABEL})")
_CODE_LABEL_RE = re.compile(r"^[0-9][A-E][0-9]{3}(?:\.[0-9a-z]{1,3})*$")


def part_prefix(label: str) -> str | None:
    """A list part as the path prefix of its entries: 第二条第（一）项 → 二/(一); 第一部分 → 一."""
    label = label.strip()
    if m := _ARTICLE_ITEM_RE.search(label):
        return f"{m.group(1)}/({m.group(2)})"
    if m := _PART_RE.search(label):
        return m.group(1)
    if "/" in label or label in _NUM:
        return label.replace("（", "(").replace("）", ")")
    return None


def entries_of_part(label: str, entries: Sequence[ListedEntry]) -> list[ListedEntry]:
    if _CODE_LABEL_RE.match(label):
        return [e for e in entries if e.control_code and _covers(label, e.control_code)]
    prefix = part_prefix(label)
    if prefix is None:
        return []
    return [e for e in entries if e.path == prefix or e.path.startswith(prefix + "/")]


def rule_parts(
    rule: RuleRecord, entries: Sequence[ListedEntry]
) -> tuple[list[ListedEntry], list[ListedEntry], str]:
    """(content items, governed items, how they were found) of a value rule.

    The rule's own clause names them (含有原产于中国的第二条第（一）项所列物项…价值占比达到0.1%及以上的
    第二条第（二）项所列物项); `applies_to` and the category headings (原产于中国 / 境外制造) are fallbacks.
    """
    content_m, governed_m = _CONTENT_RE.search(rule.quote_zh), _GOVERNED_RE.search(rule.quote_zh)
    if content_m and governed_m:
        content = entries_of_part(content_m.group("label"), entries)
        governed = entries_of_part(governed_m.group("label"), entries)
        if content:
            return content, governed, f"{content_m.group('label')} in {governed_m.group('label')}"
    labels = list(rule.applies_to)
    if len(labels) >= 2:
        content = [e for label in labels[:1] for e in entries_of_part(label, entries)]
        governed = [e for label in labels[1:] for e in entries_of_part(label, entries)]
        if content:
            return content, governed, f"{labels[0]} in {', '.join(labels[1:])}"
    content = [e for e in entries if "原产于中国" in (e.category_zh or "")]
    governed = [e for label in labels for e in entries_of_part(label, entries)] or [
        e for e in entries if "境外" in (e.category_zh or "")
    ]
    return content, governed, "list parts by their headings (原产于中国 / 境外)"


def _covers(listed: str, code: str) -> bool:
    return code == listed or code.startswith(listed + ".")


def _fmt(value: Decimal) -> str:
    return f"{value:,.2f}"


class ValueRuleEvaluator:
    """Evaluates de minimis value rules on a product's bill of materials; never guesses a missing fact."""

    def __init__(
        self, rules: Sequence[RuleRecord], entries: Sequence[ListedEntry], matcher: TermMatcher
    ) -> None:
        self.matcher = matcher
        index = {(e.notice_id, e.entry_key): i for i, e in enumerate(matcher.entries)}
        self.rules = []
        for rule in rules:
            if rule.rule_kind != "de_minimis_value":
                continue
            own = [e for e in entries if e.notice_id == rule.notice_id]
            content, governed, how = rule_parts(rule, own)
            self.rules.append(
                (
                    rule,
                    content,
                    [
                        index[(e.notice_id, e.entry_key)]
                        for e in governed
                        if (e.notice_id, e.entry_key) in index
                    ],
                    [
                        index[(e.notice_id, e.entry_key)]
                        for e in content
                        if (e.notice_id, e.entry_key) in index
                    ],
                    how,
                )
            )

    def evaluate(
        self, product: ProductRow, matches: Sequence[Match], bom: Sequence[BomRow]
    ) -> list[RuleResult]:
        if not bom or product.error:
            return []
        results = []
        for rule, content, governed, content_idx, how in self.rules:
            if governed and not self._governs(product, matches, governed):
                continue
            results.append(self._evaluate(rule, content, content_idx, bom, how))
        return results

    def _governs(self, product: ProductRow, matches: Sequence[Match], governed: list[int]) -> bool:
        keys = {(self.matcher.entries[i].notice_id, self.matcher.entries[i].entry_key) for i in governed}
        if any((m.notice_id, m.entry_key) in keys and m.excluded_by is None for m in matches):
            return True
        return bool(self.matcher.match(product.description, restrict=governed, limit=1))

    def _classify(
        self, row: BomRow, content: list[ListedEntry], content_idx: list[int]
    ) -> tuple[bool | None, str]:
        if row.control_code:
            for e in content:
                if e.control_code and _covers(e.control_code, row.control_code):
                    return True, f"{row.control_code} is {e.control_code} {e.name_zh}"
            return False, f"{row.control_code} is not an item of the rule's list"
        if row.hs_code and any(e.hs_codes for e in content):
            for e in content:
                if any(row.hs_code[:8] == h[:8] for h in e.hs_codes):
                    return True, f"HS {row.hs_code} is {e.name_zh}"
            return False, f"HS {row.hs_code} is not an item of the rule's list"
        if row.description:
            found = self.matcher.match(row.description, restrict=content_idx, limit=1)
            if found:
                e = self.matcher.entries[found[0][0]]
                return True, f"described as {e.name_zh} (terms {', '.join(found[0][2])}, score {found[0][1]})"
            return False, "its description names no item of the rule's list"
        return None, "no control code, HS code or description"

    def _evaluate(
        self,
        rule: RuleRecord,
        content: list[ListedEntry],
        content_idx: list[int],
        bom: Sequence[BomRow],
        how: str,
    ) -> RuleResult:
        missing: list[str] = [f"BOM line {r.line}: {r.error}" for r in bom if r.error]
        finished = [r for r in bom if r.is_finished_item and not r.error]
        base = RuleResult(
            rule.notice_id, rule.rule_kind, None, rule.threshold, "insufficient_data", "", rule.status
        )
        if rule.threshold is None:
            missing.append("the rule states no threshold")
        if len(finished) != 1:
            missing.append(
                "the finished item's value (one BOM row with component empty)"
                if not finished
                else f"one finished-item row, found {len(finished)} (lines {', '.join(str(r.line) for r in finished)})"
            )
        total = finished[0].value if len(finished) == 1 else None
        currency = finished[0].currency if len(finished) == 1 else None
        if len(finished) == 1 and (total is None or total == 0):
            missing.append(f"the finished item's value (line {finished[0].line})")
        if len(finished) == 1 and currency is None:
            missing.append(f"the finished item's currency (line {finished[0].line})")
        findings: list[ComponentFinding] = []
        counted = Decimal(0)
        for row in bom:
            if row.is_finished_item or row.error:
                continue
            finding, gap = self._component(row, content, content_idx, currency)
            findings.append(finding)
            missing.extend(gap)
            if finding.counted and finding.value is not None:
                counted += finding.value
        status_note = f"; rule {rule.status_note}" if rule.status_note else ""
        if missing:
            return replace(
                base,
                reason="missing: " + "; ".join(missing) + status_note,
                currency=currency,
                components=tuple(findings),
            )
        assert total is not None and rule.threshold is not None
        ratio = float(counted / total)
        verdict: RuleVerdict = "applies" if ratio >= rule.threshold else "below_threshold"
        items = [
            f"{f.component} ({f.part_item}) {_fmt(f.value or Decimal(0))}" for f in findings if f.counted
        ]
        reason = (
            f"China-origin items of {how}: {'; '.join(items) or 'none'}; {_fmt(counted)} of {_fmt(total)} "
            f"{currency} = {ratio:.4%} {'≥' if verdict == 'applies' else '<'} {rule.threshold:.2%}{status_note}"
        )
        return replace(
            base,
            ratio=round(ratio, 8),
            verdict=verdict,
            reason=reason,
            currency=currency,
            components=tuple(findings),
        )

    def _component(
        self, row: BomRow, content: list[ListedEntry], content_idx: list[int], currency: str | None
    ) -> tuple[ComponentFinding, list[str]]:
        where = f"{row.component} (line {row.line})"
        gaps: list[str] = []
        in_part, why = (None, "origin outside China: classification not needed")
        if row.origin is None or row.origin == "CN":
            in_part, why = self._classify(row, content, content_idx)
            if in_part is None:
                gaps.append(f"classification of {where}")
        if in_part and row.origin is None:
            gaps.append(f"origin of {where}")
        counted = bool(in_part) and row.origin == "CN"
        value = None
        if counted:
            if row.value is None:
                gaps.append(f"value of {where}")
            elif row.currency is None:
                gaps.append(f"currency of {where}")
            elif currency is not None and row.currency != currency:
                if row.fx_rate is None:
                    gaps.append(f"an fx_rate from {row.currency} to {currency} for {where}")
                else:
                    value = row.value * row.fx_rate
            else:
                value = row.value
        part_item = why.split(" is ", 1)[1] if in_part and " is " in why else (why if in_part else None)
        return ComponentFinding(row.line, row.component, row.origin, part_item, value, counted, why), gaps


# -- counterparties -------------------------------------------------------------------------------

_ZH_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司")
_ZH_NOISE = re.compile(r"[\s·•・.\-—_()（）「」“”\"'、，,]")
_BRANCHES = re.compile(r"(及其)?(所有)?分支机构$|(and|including)\s+(its|all)\s+branches$", re.IGNORECASE)


def _zh_key(name: str) -> str:
    text = _ZH_NOISE.sub("", unicodedata.normalize("NFKC", name))
    text = _BRANCHES.sub("", text)
    for form in _ZH_LEGAL_FORMS:
        if text.endswith(form) and len(text) > len(form) + 1:
            return text[: -len(form)]
    return text


def _latin_key(name: str) -> str:
    from rigour.names import remove_org_types
    from rigour.text import ascii_text

    text = ascii_text(unicodedata.normalize("NFKC", name)).casefold().replace("&", " and ")
    text = _BRANCHES.sub("", text.strip())
    text = " ".join(_WORD_RE.findall(text))
    stripped = " ".join(remove_org_types(text).split())
    return stripped or text


def _pinyin_key(name: str) -> str:
    from rigour.text import ascii_text

    return "".join(_WORD_RE.findall(ascii_text(_zh_key(name)).casefold()))


@dataclass
class PartyIndex:
    """Every listed name (zh, en, aliases) in three comparable keys: Chinese, Latin, pinyin."""

    listings: Sequence[PartyListing]
    zh: list[tuple[str, int, str]] = field(default_factory=list)  # (key, listing, listed name)
    latin: list[tuple[str, int, str]] = field(default_factory=list)
    compact: list[tuple[str, int, str]] = field(default_factory=list)  # latin without spaces + pinyin

    def __post_init__(self) -> None:
        for i, p in enumerate(self.listings):
            for name in (p.name_zh, p.name_en, *p.aliases):
                if not name:
                    continue
                if _CJK_RE.search(name):
                    self.zh.append((_zh_key(name), i, name))
                    self.compact.append((_pinyin_key(name), i, name))
                else:
                    key = _latin_key(name)
                    self.latin.append((key, i, name))
                    self.compact.append((key.replace(" ", ""), i, name))

    def search(self, name: str) -> list[tuple[int, int, str]]:
        """[(listing, score, listed name)] best first, scores >= PARTY_POSSIBLE_SCORE."""
        best: dict[int, tuple[int, str]] = {}

        def consider(query: str, pool: list[tuple[str, int, str]], scorer: Callable[..., float]) -> None:
            if not query or not pool:
                return
            for _, score, pos in process.extract(
                query, [k for k, _, _ in pool], scorer=scorer, score_cutoff=PARTY_POSSIBLE_SCORE, limit=10
            ):
                _, listing, listed = pool[pos]
                if listing not in best or score > best[listing][0]:
                    best[listing] = (round(score), listed)

        if _CJK_RE.search(name):
            consider(_zh_key(name), self.zh, fuzz.ratio)
            consider(_pinyin_key(name), self.compact, fuzz.ratio)
        else:
            key = _latin_key(name)
            consider(key, self.latin, fuzz.token_sort_ratio)
            consider(key.replace(" ", ""), self.compact, fuzz.ratio)
        return sorted(((i, s, n) for i, (s, n) in best.items()), key=lambda t: (-t[1], t[0]))


def screen_party(row: PartyRow, index: PartyIndex) -> Verdict:
    if row.error:
        return Verdict("party", row.party, row.line, row.name, "error", None, error=row.error)
    matches = []
    for i, score, listed in index.search(row.name):
        p = index.listings[i]
        matches.append(
            PartyMatch(
                p.party_id,
                p.list,
                listed,
                p.name_zh,
                p.name_en,
                p.country,
                p.notice_id,
                p.listed_on,
                p.status,
                p.status_notice_id,
                score,
                p.quote_zh,
            )
        )
    if not matches:
        return Verdict("party", row.party, row.line, row.name, "not_listed", None)
    verdict: VerdictValue = "listed" if matches[0].score >= PARTY_LISTED_SCORE else "possible"
    # The row's status speaks the products' vocabulary (a listing in force is `in_force`); each match
    # keeps the party list's own word (`listed`, `suspended`).
    status = "in_force" if matches[0].status == "listed" else matches[0].status
    return Verdict("party", row.party, row.line, row.name, verdict, status, party_matches=tuple(matches))


def parse_aliases(text: str) -> dict[str, str]:
    """`alias<TAB>glossary words` lines of screening_aliases.tsv."""
    out = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
            raise ValueError(f"screening aliases line {lineno}: expected alias<TAB>words, got {raw!r}")
        out[parts[0].strip()] = parts[1].strip()
    return out
