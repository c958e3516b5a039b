"""English names for controlled items, composed by rule from a curated glossary — never guessed.

Trade counsel read the English name next to the Chinese one, so a wrong English name is worse than
none. Names are therefore built only from glossary terms and a handful of grammar rules that
mirror how MOFCOM writes item names:

- 金属钐 → "samarium metal" (金属 + element);
- 钐钴合金 → "samarium-cobalt alloy" (a run of elements before a noun is hyphenated);
- 氮化镓 → "gallium nitride", 四氯化锗 → "germanium tetrachloride" (X化Y, numeral prefixes);
- 铟镓砷 → "indium gallium arsenide", 磷锗锌 → "zinc germanium phosphide" (element runs naming a compound);
- 含钐的合金 → "samarium-containing alloys" (含X的Y; the class noun becomes plural);
- 、 / 及 lists, 等 ("and other …"), A相关B, and fixed tails such as 及其混合物 ("and mixtures thereof").

Any piece the glossary does not know stays in Chinese, in brackets, in its place
("samarium [某某] alloy"); the result is then marked incomplete and lists the missing pieces, so a
person adds the term to glossary.tsv instead of a machine inventing a translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from parsers import bundled

TERM_TYPES = frozenset(
    {"element", "material", "form", "process", "equipment", "technology", "phrase", "modifier"}
)
# Nouns that can head a class ("含钐的靶材" → "… target materials"); modifiers and processes cannot.
_NOUN_TYPES = frozenset({"material", "form", "equipment", "technology"})
_UNCOUNTABLE = frozenset({"equipment", "machinery", "software", "data", "graphite", "scrap", "plasma"})

# Structural words of MOFCOM item names, handled by the grammar below rather than translated.
_MARKS: dict[str, str] = {
    "、": "sep",
    "，": "sep",
    ",": "sep",
    "及": "and",
    "和": "and",
    "与": "and",
    "含": "contain",
    "的": "of",
    "相关": "related",
    "等": "etc",
}
# Multiplying prefixes of inorganic nomenclature (二氧化锗 = germanium dioxide).
_NUMERALS: dict[str, str] = {
    "一": "mono",
    "二": "di",
    "三": "tri",
    "四": "tetra",
    "五": "penta",
    "六": "hexa",
    "七": "hepta",
    "八": "octa",
}
_PARENTHETICAL = re.compile(r"[(（]([^()（）]*)[)）]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Term:
    zh: str
    en: str
    type: str


@dataclass(frozen=True)
class NameEn:
    """A composed English name; `missing` are the Chinese pieces left untranslated, in order."""

    text: str
    complete: bool
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Glossary:
    terms: Mapping[str, Term]
    max_len: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_len", max((len(zh) for zh in self.terms), default=0))

    @classmethod
    def from_text(cls, text: str) -> Glossary:
        """Parse `zh<TAB>en<TAB>type` lines (`#` comments, blank lines allowed).

        Raises ValueError on anything doubtful — a duplicate, an empty English name, an unknown
        type, or a Chinese term that would shadow a structural word — because a silently
        accepted bad row would put a wrong English name in front of counsel.
        """
        terms: dict[str, Term] = {}
        for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            fields = raw.rstrip("\r\n").split("\t")
            if len(fields) != 3:
                raise ValueError(f"glossary line {lineno}: expected 3 tab-separated fields, got {raw!r}")
            zh, en, term_type = (f.strip() for f in fields)
            if not zh or _SPACES.search(zh):
                raise ValueError(f"glossary line {lineno}: empty or spaced Chinese term {zh!r}")
            if not en:
                raise ValueError(f"glossary line {lineno}: empty English for {zh!r}")
            if term_type not in TERM_TYPES:
                raise ValueError(f"glossary line {lineno}: unknown type {term_type!r} for {zh!r}")
            if zh in _MARKS or zh in _NUMERALS:
                raise ValueError(f"glossary line {lineno}: {zh!r} is a structural word handled by rule")
            if zh in terms:
                raise ValueError(f"glossary line {lineno}: duplicate term {zh!r}")
            terms[zh] = Term(zh, en, term_type)
        if not terms:
            raise ValueError("glossary is empty")
        return cls(terms)

    def get(self, zh: str) -> Term | None:
        return self.terms.get(zh)

    def __contains__(self, zh: object) -> bool:
        return zh in self.terms

    def __len__(self) -> int:
        return len(self.terms)

    def ide(self, element_zh: str) -> Term | None:
        """The '-ide' stem of an element (砷 → 砷化 arsenide), if it forms binary compounds."""
        return self.terms.get(element_zh + "化")


@dataclass(frozen=True)
class _Unit:
    zh: str
    kind: str  # term | mark | num | unknown
    term: Term | None = None
    starts_token: bool = False  # a segmenter token starts here (splits runs of unknown text)


def _units(text: str, offsets: list[int], glossary: Glossary, boundaries: set[int]) -> list[_Unit]:
    """Cover `text` with glossary terms and structural words, leaving as little unknown as possible.

    Dynamic programming rather than greedy longest match, so one long term cannot swallow the
    start of the next; ties go to fewer, longer pieces.
    """
    n = len(text)
    max_len = max(glossary.max_len, 2)
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    choice: list[tuple[int, str]] = [(1, "unknown")] * n
    for i in range(n - 1, -1, -1):
        best_cost = (best[i + 1][0] + 1, best[i + 1][1] + 1)
        best_choice = (1, "unknown")
        for length in range(min(max_len, n - i), 0, -1):
            piece = text[i : i + length]
            if piece in glossary:
                kind = "term"
            elif piece in _MARKS:
                kind = "mark"
            elif piece in _NUMERALS:
                kind = "num"
            else:
                continue
            cost = (best[i + length][0], best[i + length][1] + 1)
            if cost < best_cost:
                best_cost, best_choice = cost, (length, kind)
        best[i] = best_cost
        choice[i] = best_choice
    units: list[_Unit] = []
    i = 0
    while i < n:
        length, kind = choice[i]
        piece = text[i : i + length]
        units.append(_Unit(piece, kind, glossary.get(piece), offsets[i] in boundaries))
        i += length
    return units


class _Composer:
    """One composition: renders unit sequences and records what it could not translate."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.missing: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def _is_element(self, unit: _Unit) -> bool:
        return unit.term is not None and unit.term.type == "element"

    def _is_ide_stem(self, unit: _Unit) -> bool:
        zh = unit.zh
        return (
            unit.term is not None
            and len(zh) == 2
            and zh[1] == "化"
            and (el := self.glossary.get(zh[0])) is not None
            and el.type == "element"
        )

    def _unknown(self, zh: str) -> str:
        self.missing.append(zh)
        return f"[{zh}]"

    @staticmethod
    def _mark(unit: _Unit, name: str) -> bool:
        return unit.kind == "mark" and _MARKS[unit.zh] == name

    # -- grammar ---------------------------------------------------------------------------
    def name(self, units: list[_Unit]) -> str:
        """A whole name: optional fixed tail (及其混合物 …) and an optional A相关B split."""
        and_tail = None
        last = units[-1].term if units else None
        if last is not None and last.type == "phrase" and last.en.startswith("and "):
            and_tail, units = last.en, units[:-1]
        related = [i for i, u in enumerate(units) if self._mark(u, "related") and 0 < i < len(units) - 1]
        if related:
            i = related[-1]
            domain, subject = units[:i], units[i + 1 :]
            domain_en = self.listing(domain)
            subject_en = self.listing(subject, plural=True)
            # A list before a list ("… recycling production line assembly, …") would read as one
            # run-on list, so a listed subject takes the domain as a "related to" complement.
            if any(self._mark(u, "sep") or self._mark(u, "and") for u in subject):
                core = f"{subject_en} related to {domain_en}"
            else:
                core = f"{domain_en} {subject_en}"
            return f"{core} {and_tail}" if and_tail else core
        return self.listing(units, and_tail=and_tail)

    def listing(self, units: list[_Unit], plural: bool = False, and_tail: str | None = None) -> str:
        """、/及-separated items; 等 closes an open list ("A, B and other technologies")."""
        items: list[list[_Unit]] = [[]]
        for unit in units:
            if self._mark(unit, "sep") or self._mark(unit, "and"):
                items.append([])
            else:
                items[-1].append(unit)
        etc_tail: list[_Unit] | None = None
        last = items[-1]
        etc_at = next((i for i, u in enumerate(last) if self._mark(u, "etc")), None)
        # 等 closes a list only after something it can close: in 等静压 it starts a word.
        if etc_at is not None and (etc_at > 0 or len(items) > 1):
            etc_tail, items[-1] = last[etc_at + 1 :], last[:etc_at]
        single = len(items) == 1 and etc_tail is None
        parts = [p for p in (self.phrase(item, plural=plural and single) for item in items) if p]
        if etc_tail is not None:
            if etc_tail:
                return f"{', '.join(parts)} and other {self.phrase(etc_tail, plural=True)}"
            return f"{', '.join(parts)}, etc."
        if and_tail:
            # The tail closes the list: "samarium metal, samarium-containing alloys and related products".
            return f"{', '.join(parts)} {and_tail}"
        return _join_and(parts)

    def phrase(self, units: list[_Unit], plural: bool = False) -> str:
        """One noun phrase without list punctuation."""
        if not units:
            return ""
        if self._mark(units[0], "contain"):
            of_at = next((i for i, u in enumerate(units) if self._mark(u, "of")), None)
            if of_at is not None and of_at > 1:
                what = self.phrase(units[1:of_at])
                head = self.phrase(units[of_at + 1 :], plural=True)
                return f"{what}-containing {head}".strip()
        if self._mark(units[0], "related") and len(units) > 1:
            return f"related {self.phrase(units[1:], plural=True)}"
        text, head_is_noun = self.sequence(units)
        if head_is_noun and (plural or text.endswith("material")):
            # MOFCOM's English uses "materials" for material classes even in a single item.
            text = _pluralize(text)
        return text

    def sequence(self, units: list[_Unit]) -> tuple[str, bool]:
        """Render terms left to right with the compound rules; returns (text, ends in a noun)."""
        words: list[str] = []
        pending: list[str] = []  # consecutive untranslated pieces, shown as one bracket
        head_is_noun = False

        def flush() -> None:
            if pending:
                words.append(self._unknown("".join(pending)))
                pending.clear()

        n = len(units)
        i = 0
        while i < n:
            unit = units[i]
            compound = self._compound(units, i)
            if compound is not None:
                flush()
                text, i = compound
                words.append(text)
                head_is_noun = True
                continue
            if self._is_element(unit) or (unit.zh == "金属" and i + 1 < n and self._is_element(units[i + 1])):
                flush()
                is_metal = unit.zh == "金属"
                start = i + 1 if is_metal else i
                end = start
                while end < n and self._is_element(units[end]):
                    end += 1
                run = units[start:end]
                words.append(self._element_run(run, at_end=end == n, metal=is_metal))
                head_is_noun = is_metal or (end == n and len(run) > 1)
                i = end
                continue
            if unit.kind == "term" and unit.term is not None:
                flush()
                words.append(unit.term.en)
                head_is_noun = unit.term.type in _NOUN_TYPES
            else:
                if pending and unit.starts_token:
                    flush()
                pending.append(unit.zh)
                head_is_noun = False
            i += 1
        flush()
        return " ".join(words), head_is_noun

    def _compound(self, units: list[_Unit], i: int) -> tuple[str, int] | None:
        """[numeral] X化 [numeral] element-run → '[n]element-run [n]X-ide' (三氧化二锑)."""
        n = len(units)
        j, anion_prefix = i, ""
        if units[i].kind == "num" and i + 1 < n and self._is_ide_stem(units[i + 1]):
            anion_prefix, j = _NUMERALS[units[i].zh], i + 1
        stem = units[j].term
        if stem is None or not self._is_ide_stem(units[j]):
            return None
        k, cation_prefix = j + 1, ""
        if k + 1 < n and units[k].kind == "num" and self._is_element(units[k + 1]):
            cation_prefix, k = _NUMERALS[units[k].zh], k + 1
        end = k
        while end < n and self._is_element(units[end]):
            end += 1
        if end == k:
            return None
        cation = "-".join(self._en(u) for u in units[k:end])
        anion = _prefixed(anion_prefix, stem.en)
        return f"{_prefixed(cation_prefix, cation)} {anion}", end

    def _element_run(self, run: list[_Unit], at_end: bool, metal: bool) -> str:
        names = [self._en(u) for u in run]
        if metal:
            return f"{'-'.join(names)} metal"
        if at_end and len(run) > 1:
            # A bare run of elements names a compound: 铟镓砷 (InGaAs) lists the anion last,
            # 磷锗锌 (ZnGeP2) lists it first and the metals in reverse.
            last_ide, first_ide = self.glossary.ide(run[-1].zh), self.glossary.ide(run[0].zh)
            if last_ide is not None:
                return " ".join([*names[:-1], last_ide.en])
            if first_ide is not None:
                return " ".join([*reversed(names[1:]), first_ide.en])
        return "-".join(names)

    @staticmethod
    def _en(unit: _Unit) -> str:
        assert unit.term is not None
        return unit.term.en


def _prefixed(prefix: str, word: str) -> str:
    """tetra + oxide → tetroxide; di + oxide → dioxide (IUPAC elides a/o before 'o')."""
    if prefix and prefix[-1] in "ao" and word.startswith("o"):
        prefix = prefix[:-1]
    return prefix + word


def _pluralize(text: str) -> str:
    head, space, last = text.rpartition(" ")
    if last in _UNCOUNTABLE or (last.endswith("s") and not last.endswith("ss")):
        return text
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("ss", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head}{space}{last}"


def _join_and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _token_starts(name: str, tokens: Iterable[str]) -> set[int]:
    """Offsets in `name` where a segmenter token begins (tokens may skip punctuation)."""
    starts: set[int] = set()
    cursor = 0
    for token in tokens:
        at = name.find(token, cursor)
        if at >= 0:
            starts.add(at)
            cursor = at + len(token)
    return starts


def compose_name_en(
    name_zh: str, tokens: list[str] | None = None, glossary: Glossary | None = None
) -> NameEn:
    """Compose the English name of an item from its Chinese name.

    `tokens` (from `Segmenter.tokens`) only decide where untranslated text is cut into separate
    missing pieces, so each can be added to the glossary as a word; translation itself always
    comes from the glossary.
    """
    glossary = glossary if glossary is not None else default_glossary()
    name = _SPACES.sub("", name_zh)
    boundaries = _token_starts(name, tokens) if tokens is not None else set()
    composer = _Composer(glossary)

    # Parenthesised qualifiers (金属镓(单质)) are composed on their own and kept in parentheses.
    main_chars: list[tuple[str, int]] = []
    qualifiers: list[tuple[str, int]] = []
    pos = 0
    for match in _PARENTHETICAL.finditer(name):
        main_chars.extend((ch, pos + k) for k, ch in enumerate(name[pos : match.start()]))
        qualifiers.append((match.group(1), match.start(1)))
        pos = match.end()
    main_chars.extend((ch, pos + k) for k, ch in enumerate(name[pos:]))

    main_text = "".join(ch for ch, _ in main_chars)
    main_units = _units(main_text, [off for _, off in main_chars], glossary, boundaries)
    text = composer.name(main_units) if main_units else ""
    for qualifier, start in qualifiers:
        q_units = _units(qualifier, list(range(start, start + len(qualifier))), glossary, boundaries)
        if q_units:
            text = f"{text} ({composer.name(q_units)})"
    text = _SPACES.sub(" ", text).strip()
    missing = tuple(dict.fromkeys(composer.missing))
    return NameEn(text=text, complete=not missing and bool(text), missing=missing)


@functools.lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    """The bundled glossary (parsers/data/glossary.tsv)."""
    return Glossary.from_text(bundled.glossary_text())


def coverage(names: list[str], glossary: Glossary | None = None) -> float:
    """Share of `names` whose English name composes completely (1.0 for no names: nothing is missing)."""
    if not names:
        return 1.0
    glossary = glossary if glossary is not None else default_glossary()
    complete = sum(compose_name_en(name, None, glossary).complete for name in names)
    return complete / len(names)
