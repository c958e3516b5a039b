"""English names for controlled items, composed by rule from a curated glossary — never guessed.

Trade counsel read the English name next to the Chinese one, so a wrong English name is worse than
none. Names are therefore built only from glossary terms and a handful of grammar rules that
mirror how MOFCOM writes item names:

- 金属钐 → "samarium metal" (金属 + element);
- 钐钴合金 → "samarium-cobalt alloy" (a run of elements before a noun is hyphenated);
- 氮化镓 → "gallium nitride", 四氯化锗 → "germanium tetrachloride" (X化Y, numeral prefixes);
- 铟镓砷 → "indium gallium arsenide", 磷锗锌 → "zinc germanium phosphide" (element runs naming a compound);
- 含钐的合金 → "samarium-containing alloys" (含X的Y; the class noun becomes plural);
- 、 / 及 lists, 等 ("and other …"), A相关B, and fixed tails such as 及其混合物 ("and mixtures thereof");
- specifications: 纯度大于等于99.99%的金属铋 → "bismuth metal with purity ≥ 99.99%" (Latin units, codes
  and numbers verbatim), also as ，-clauses after the head ("… wire saw with wire diameter ≤ 45 μm");
- other X的Y: 用于X的Y / X用Y → "Y for X", 不受X管制的Y → "Y not controlled under X", 具有X的Y →
  "Y, having X", 生产X所列管制物项的技术 → "technology for the production of items controlled under X";
- clauses: 包括… "including …", 包括但不限于…等形态 "in forms including but not limited to …", …除外
  "excluding …"; 掺铒 → "erbium-doped"; bound prefixes (有机铟 → "organoindium").

Any piece the glossary does not know stays in Chinese, in brackets, in its place
("samarium [某某] alloy"); the result is then marked incomplete and lists the missing pieces, so a
person adds the term to glossary.tsv instead of a machine inventing a translation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from parsers import bundled

TERM_TYPES = frozenset(
    {
        "element",
        "material",
        "form",
        "process",
        "equipment",
        "technology",
        "phrase",
        "modifier",
        "property",
        "unit",
    }
)
# Nouns that can head a class ("含钐的靶材" → "… target materials"); modifiers and processes cannot.
_NOUN_TYPES = frozenset({"material", "form", "equipment", "technology"})
_UNCOUNTABLE = frozenset(
    {
        "equipment",
        "machinery",
        "software",
        "data",
        "graphite",
        "scrap",
        "plasma",
        "powder",
        "micropowder",
        "metal",
    }
)
# A modifier used as the object of "for" (稀土用焙烧窑 → "roasting kiln for rare earths").
_NOUN_FORMS: dict[str, str] = {"rare-earth": "rare earths"}

# Structural words of MOFCOM item names, handled by the grammar below rather than translated.
_MARKS: dict[str, str] = {
    "、": "sep",
    "，": "clause",
    ",": "clause",
    "；": "clause",
    "及": "and",
    "和": "and",
    "与": "and",
    "含": "contain",
    "的": "of",
    "相关": "related",
    "等": "etc",
    # specifications: 纯度大于等于99.99% → "purity ≥ 99.99%"
    "大于等于": "ge",
    "不小于": "ge",
    "小于等于": "le",
    "不大于": "le",
    "大于": "gt",
    "小于": "lt",
    ">": "gt",
    "<": "lt",
    "≥": "ge",
    "≤": "le",
    "且": "also",
    "或者": "or",
    # clauses and qualifiers
    "包括但不限于": "incl_nl",
    "包括": "incl",
    "包含": "incl",
    "形态": "forms",
    "除外": "excl",
    "用于": "for",
    "用": "use",
    "专用": "use",
    "利用": "using",
    "具有": "having",
    "不受": "not_under",
    "管制": "controlled",
    "所列管制物项": "listed_items",
    "项所管制物项": "listed_items",
    "掺": "doped",
    "混合": "mixed",
    "以": "in_terms",
    "计": "in_terms_end",
}
_COMPARATORS: dict[str, str] = {"ge": "≥", "le": "≤", "gt": ">", "lt": "<"}
_INLINE: dict[str, str] = {"also": "and", "or": "or"}
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
# Numbers, units, codes and Latin abbreviations are kept verbatim ("99.99%", "2.5 g/cm3", "1C226").
_LITERAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.%/-+_μµ³²°·")
_GLUE = "\x00"  # joins a bound prefix ("organo-", "trimethyl-") to the next word


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
    # English words that take no plural: the fixed ones and every element's name. Computed once: each
    # composition asked for it, and building it walked the whole glossary every time.
    uncountable: frozenset[str] = field(init=False, repr=False, compare=False)
    # compose_name_en's results by (name, token boundaries): the same item names recur in every
    # notice that lists, amends or suspends them, and composing one is pure for a given glossary.
    _names: dict[tuple[str, tuple[str, ...] | None], NameEn] = field(
        init=False, default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_len", max((len(zh) for zh in self.terms), default=0))
        elements = {t.en for t in self.terms.values() if t.type == "element"}
        object.__setattr__(self, "uncountable", frozenset(_UNCOUNTABLE | elements))

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


# A glossary term, a structural word (、, 用, 含…), a numeral, a verbatim literal (3A001, 99.9%), a
# parenthetical, or text the glossary does not know.
_UnitKind = Literal["term", "mark", "num", "lit", "paren", "unknown"]


@dataclass(frozen=True)
class _Unit:
    zh: str
    kind: _UnitKind
    term: Term | None = None
    starts_token: bool = False  # a segmenter token starts here (splits runs of unknown text)
    sub: tuple[_Unit, ...] = ()  # a parenthetical's own units


def _units(text: str, offsets: list[int], glossary: Glossary, boundaries: set[int]) -> list[_Unit]:
    """Cover `text` with glossary terms and structural words, leaving as little unknown as possible.

    Dynamic programming rather than greedy longest match, so one long term cannot swallow the
    start of the next; ties go to fewer, longer pieces. A run of Latin letters, digits and unit
    signs is one verbatim literal.
    """
    n = len(text)
    terms = glossary.terms  # looked up directly: this loop tries every piece of every length
    max_len = max(glossary.max_len, max(map(len, _MARKS)))
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    choice: list[tuple[int, _UnitKind]] = [(1, "unknown")] * n
    for i in range(n - 1, -1, -1):
        best_cost = (best[i + 1][0] + 1, best[i + 1][1] + 1)
        best_choice: tuple[int, _UnitKind] = (1, "unknown")
        if text[i] in _LITERAL_CHARS and (i == 0 or text[i - 1] not in _LITERAL_CHARS):
            end = i
            while end < n and (text[end] in _LITERAL_CHARS or text[end] == " "):
                end += 1
            best_cost, best_choice = (best[end][0], best[end][1] + 1), (end - i, "lit")
        for length in range(min(max_len, n - i), 0, -1):
            piece = text[i : i + length]
            kind: _UnitKind
            if piece in terms:
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
        units.append(_Unit(piece.strip(), kind, glossary.get(piece), offsets[i] in boundaries))
        i += length
    return units


def _split(units: list[_Unit], names: set[str]) -> list[list[_Unit]]:
    parts: list[list[_Unit]] = [[]]
    for unit in units:
        if unit.kind == "mark" and _MARKS[unit.zh] in names:
            parts.append([])
        else:
            parts[-1].append(unit)
    return parts


@dataclass
class _Words:
    """The words of one phrase as `_Composer.sequence` writes them, left to right."""

    unknown: Callable[[str], str]  # how an untranslated piece is shown (and recorded)
    words: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # consecutive untranslated pieces, shown as one bracket
    head_is_noun: bool = False

    def flush(self) -> None:
        if self.pending:
            self.words.append(self.unknown("".join(self.pending)))
            self.pending.clear()


class _Composer:
    """One composition: renders unit sequences and records what it could not translate."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.missing: list[str] = []
        self.uncountable = glossary.uncountable

    # -- helpers ---------------------------------------------------------------------------
    def _is_element(self, unit: _Unit) -> bool:
        return unit.term is not None and unit.term.type == "element"

    def _is_type(self, unit: _Unit, *types: str) -> bool:
        return unit.kind == "term" and unit.term is not None and unit.term.type in types

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
    def _mark(unit: _Unit, *names: str) -> bool:
        return unit.kind == "mark" and _MARKS[unit.zh] in names

    def _plural(self, text: str) -> str:
        return _pluralize(text, self.uncountable)

    # -- clauses ---------------------------------------------------------------------------
    def name(self, units: list[_Unit]) -> str:
        """A whole name: a head clause, then ，-separated specification and scope clauses.

        "人造金刚石微粉，平均粒径小于等于50 μm" → "synthetic diamond micropowder with average particle
        size ≤ 50 μm"; 包括… → ", including …"; 包括但不限于…等形态 → ", in forms including but not
        limited to …"; …除外 → ", excluding …".
        """
        clauses = [c for c in _split(units, {"clause"}) if c]
        if not clauses:
            return ""
        text, previous = self.core(clauses[0]), "head"
        for clause in clauses[1:]:
            kind, part = self.trailing(clause)
            if kind == "with":
                text += (", " if previous == "with" else " with ") + part
            else:
                text += ", " + part
            previous = kind
        return text

    def trailing(self, units: list[_Unit]) -> tuple[str, str]:
        first, last = units[0], units[-1]
        if self._mark(first, "incl_nl"):
            rest = units[1:]
            if rest and self._mark(rest[-1], "forms"):
                rest = rest[:-1]
                if rest and self._mark(rest[-1], "etc"):
                    rest = rest[:-1]
                return "forms", f"in forms including but not limited to {self.listing(rest, each=True)}"
            return "including", f"including but not limited to {self.listing(rest)}"
        if self._mark(first, "incl"):
            return "including", f"including {self.listing(units[1:])}"
        if self._mark(last, "excl") and len(units) > 1:
            return "excluding", f"excluding {self.core(units[:-1], plural=True)}"
        if self._free_of(
            units
        ):  # 锑化铟，…的单晶或者…的多晶 → ", single crystal with … or polycrystal with …"
            return "form", self.attributive(units)
        specs = [self.sequence(item)[0] for item in _split(units, {"sep"}) if item]
        return "with", _join_and(specs)

    def core(self, units: list[_Unit], plural: bool = False) -> str:
        """One clause: optional fixed tail (及其混合物 …), A相关B, then attributive 的."""
        and_tail = None
        last = units[-1].term if units else None
        if last is not None and last.type == "phrase" and last.en.startswith("and "):
            and_tail, units = last.en, units[:-1]
        related = [i for i, u in enumerate(units) if self._mark(u, "related") and 0 < i < len(units) - 1]
        if related:
            i = related[-1]
            domain, subject = units[:i], units[i + 1 :]
            domain_en = self.listing(domain)
            subject_en = self.attributive(subject, plural=True)
            # A list before a list ("… recycling production line assembly, …") would read as one
            # run-on list, so a listed subject takes the domain as a "related to" complement.
            if any(self._mark(u, "sep", "and") for u in subject):
                core = f"{subject_en} related to {domain_en}"
            else:
                core = f"{domain_en} {subject_en}"
            return f"{core} {and_tail}" if and_tail else core
        return self.attributive(units, plural=plural, and_tail=and_tail)

    # -- attributive 的 ----------------------------------------------------------------------
    def _free_of(self, units: list[_Unit]) -> list[int]:
        """Indices of 的 that are not the 的 of a 含X的 in the same list item."""
        free = []
        for i, unit in enumerate(units):
            if not self._mark(unit, "of"):
                continue
            j = i - 1
            while j >= 0 and not self._mark(units[j], "sep", "and", "etc", "contain"):
                j -= 1
            if j < 0 or not self._mark(units[j], "contain"):
                free.append(i)
        return free

    def attributive(self, units: list[_Unit], plural: bool = False, and_tail: str | None = None) -> str:
        """X的Y where X specifies Y: "Y with <spec>", "Y for <use>", "Y not controlled under <code>"."""
        free = self._free_of(units)
        text = None
        if free:
            alternatives = _split(units, {"or"})
            if len(alternatives) > 1 and all(a and self._free_of(a) for a in alternatives):
                text = " or ".join(self.attributive(a) for a in alternatives)
            else:
                i = free[-1]
                text = self._of(units[:i], units[i + 1 :], plural)
        if text is None:
            return self.listing(units, plural=plural, and_tail=and_tail)
        return f"{text} {and_tail}" if and_tail else text

    def _of(self, spec: list[_Unit], head: list[_Unit], plural: bool = False) -> str | None:
        if not spec or not head:
            return None
        items = _split(spec, {"sep"})
        mods = [self._modifier(item, head, single=len(items) == 1) for item in items]
        if any(m is None for m in mods):
            return None
        pre = [t for k, t in mods if k == "pre"]  # type: ignore[misc]
        text = self.listing(head, plural=plural)
        if pre:
            text = f"{_join_and(pre)} {text}"
        groups: list[tuple[str, list[str]]] = []  # consecutive specifications share one "with"
        for kind, part in mods:  # type: ignore[misc]
            if kind == "pre":
                continue
            if kind == "with" and groups and groups[-1][0] == "with":
                groups[-1][1].append(part)
            else:
                groups.append((kind, [part]))
        for n, (kind, parts) in enumerate(groups):
            part = f"with {_join_and(parts)}" if kind == "with" else parts[0]
            text += (", " if n or kind == "having" else " ") + part
        return text

    def _modifier(self, item: list[_Unit], head: list[_Unit], single: bool) -> tuple[str, str] | None:  # noqa: C901 — one case per modifier shape of the glossary's grammar
        if not item:
            return None
        first, last = item[0], item[-1]
        if self._mark(first, "for") and len(item) > 1:
            return "post", f"for {self.purpose(item[1:])}"
        if self._mark(first, "not_under") and self._mark(last, "controlled") and len(item) > 2:
            return "post", f"not controlled under {self.sequence(item[1:-1])[0]}"
        if self._mark(first, "having") and len(item) > 1:
            return "having", f"having {self.sequence(item[1:])[0]}"
        if any(self._mark(u, *_COMPARATORS) for u in item):
            return "with", self.sequence(item)[0]
        if self._mark(last, "mixed"):
            parts = _split(item[:-1], {"and"})
            if len(parts) == 2 and all(parts):
                return "post", f"of {self.phrase(parts[0])} mixed with {self.phrase(parts[1])}"
            return None
        if self._mark(first, "using") or (self._is_type(first, "process") and len(item) > 1):
            return "post", f"for {self.purpose(item)}"
        if (
            item[-1].kind == "paren"
            and self._is_type(first, "modifier")
            and all(u.kind == "paren" or self._is_type(u, "modifier") for u in item)
        ):
            # 高纯度（纯度>99.9%）、高强度（…）的人造石墨材料 → "high-purity (purity > 99.9%), … graphite"
            return "pre", self.sequence(item)[0]
        if single and (
            (len(item) == 1 and self._is_type(first, *_NOUN_TYPES)) or all(self._is_element(u) for u in item)
        ):
            return "pre", self.sequence(item)[0]
        text, noun = self.sequence(item)
        if noun and head[-1].term is not None and head[-1].term.type == "technology":
            return "post", f"for {text}"
        return None

    def purpose(self, units: list[_Unit]) -> str:
        """The object of "for": 利用A合成B → "the synthesis of B using A"; 磁材晶界扩散 → "grain
        boundary diffusion of magnet materials"; 稀土 → "rare earths"."""
        first, last = units[0], units[-1]
        if self._mark(first, "using"):
            at = next((k for k in range(2, len(units)) if self._is_type(units[k], "process")), None)
            if at is not None:
                return f"{self.purpose(units[at:])} using {self.phrase(units[1:at], plural=True)}"
        if self._is_type(first, "process") and len(units) > 1 and units[1].kind != "mark":
            objects = " or ".join(self.phrase(o, plural=True) for o in _split(units[1:], {"or"}))
            return f"the {first.term.en} of {objects}"  # type: ignore[union-attr]
        if self._is_type(last, "process") and len(units) > 1 and self.sequence(units[:-1])[1]:
            return f"{last.term.en} of {self.phrase(units[:-1], plural=True)}"  # type: ignore[union-attr]
        if len(units) == 1 and self._is_type(first, "modifier") and first.term.en in _NOUN_FORMS:  # type: ignore[union-attr]
            return _NOUN_FORMS[first.term.en]  # type: ignore[union-attr]
        return self.phrase(units)

    # -- lists and phrases -----------------------------------------------------------------
    def listing(
        self, units: list[_Unit], plural: bool = False, and_tail: str | None = None, each: bool = False
    ) -> str:
        """、/及-separated items; 等 closes an open list ("A, B and other technologies")."""
        items = _split(units, {"sep", "and"})
        etc_tail: list[_Unit] | None = None
        last = items[-1]
        etc_at = next((i for i, u in enumerate(last) if self._mark(u, "etc")), None)
        # 等 closes a list only after something it can close: in 等静压 it starts a word.
        if etc_at is not None and (etc_at > 0 or len(items) > 1):
            etc_tail, items[-1] = last[etc_at + 1 :], last[:etc_at]
        single = len(items) == 1 and etc_tail is None
        parts = [p for p in (self.phrase(item, plural=each or (plural and single)) for item in items) if p]
        if etc_tail is not None:
            if etc_tail:
                return f"{', '.join(parts)} and other {self.phrase(etc_tail, plural=True)}"
            return f"{', '.join(parts)}, etc."
        if and_tail:
            # The tail closes the list: "samarium metal, samarium-containing alloys and related products".
            return f"{', '.join(parts)} {and_tail}"
        return _join_and(parts)

    def phrase(self, units: list[_Unit], plural: bool = False) -> str:
        """One noun phrase without list punctuation; trailing parentheses stay at its end."""
        trailing: list[_Unit] = []
        while units and units[-1].kind == "paren":
            trailing.insert(0, units[-1])
            units = units[:-1]
        text = self._phrase(units, plural)
        for paren in trailing:
            text = f"{text} {self.parenthetical(paren, plural)}".strip()
        return text

    def parenthetical(self, paren: _Unit, plural: bool = False) -> str:
        """A printed qualifier in parentheses; one opening with 包括/包含 reads "(including …)"."""
        sub = list(paren.sub)
        if sub and (self._mark(sub[0], "incl") or self._mark(sub[0], "incl_nl")):
            return f"({self.trailing(sub)[1]})"
        return f"({self.core(sub, plural=plural)})"

    def _phrase(self, units: list[_Unit], plural: bool) -> str:
        if not units:
            return ""
        if self._mark(units[0], "contain"):
            of_at = next((i for i, u in enumerate(units) if self._mark(u, "of")), None)
            if of_at is not None and of_at > 1:
                what = self.phrase(units[1:of_at])
                head = self.phrase(units[of_at + 1 :], plural=True)
                if " " in what:  # 含稀土元素的靶材 → "target materials containing rare-earth elements"
                    return f"{head} containing {what}".strip()
                return f"{what}-containing {head}".strip()
        if self._mark(units[0], "related") and len(units) > 1:
            return f"related {self.phrase(units[1:], plural=True)}"
        use_at = next((i for i, u in enumerate(units) if self._mark(u, "use")), None)
        if use_at is not None and 0 < use_at < len(units) - 1:
            # 稀土熔盐电解用高纯氟化锂 → "high-purity lithium fluoride for rare-earth molten-salt …"
            return f"{self.phrase(units[use_at + 1 :], plural)} for {self.purpose(units[:use_at])}"
        text, head_is_noun = self.sequence(units)
        if head_is_noun and (plural or text.endswith("material")):
            # MOFCOM's English uses "materials" for material classes even in a single item.
            text = self._plural(text)
        return text

    def sequence(self, units: list[_Unit]) -> tuple[str, bool]:
        """Render terms left to right with the compound rules; returns (text, ends in a noun)."""
        out = _Words(self._unknown)
        n = len(units)
        i = 0
        while i < n:
            # Shapes spanning several units first (三氧化二锑, 掺铒, 铟镓砷, 以…计), then one unit.
            for span in (self._span_compound, self._span_doped, self._span_elements, self._span_in_terms):
                after = span(units, i, out)
                if after is not None:
                    i = after
                    break
            else:
                self._one_unit(units, i, out)
                i += 1
        out.flush()
        return " ".join(out.words).replace(_GLUE + " ", ""), out.head_is_noun

    def _span_compound(self, units: list[_Unit], i: int, out: _Words) -> int | None:
        compound = self._compound(units, i)
        if compound is None:
            return None
        out.flush()
        text, i = compound
        out.words.append(text)
        out.head_is_noun = True
        return i

    def _span_doped(self, units: list[_Unit], i: int, out: _Words) -> int | None:
        if not (self._mark(units[i], "doped") and i + 1 < len(units) and self._is_element(units[i + 1])):
            return None
        out.flush()  # 掺铒光纤 → "erbium-doped optical fibre"
        out.words.append(f"{self._en(units[i + 1])}-doped")
        out.head_is_noun = False
        return i + 2

    def _span_elements(self, units: list[_Unit], i: int, out: _Words) -> int | None:
        n = len(units)
        unit = units[i]
        if not (
            self._is_element(unit) or (unit.zh == "金属" and i + 1 < n and self._is_element(units[i + 1]))
        ):
            return None
        out.flush()
        is_metal = unit.zh == "金属"
        start = i + 1 if is_metal else i
        end = start
        while end < n and self._is_element(units[end]):
            end += 1
        run = units[start:end]
        out.words.append(self._element_run(run, at_end=end == n, metal=is_metal))
        out.head_is_noun = is_metal or (end == n and len(run) > 1)
        return end

    def _span_in_terms(self, units: list[_Unit], i: int, out: _Words) -> int | None:
        if not self._mark(units[i], "in_terms"):
            return None
        close = next((k for k in range(i + 2, len(units)) if self._mark(units[k], "in_terms_end")), None)
        if close is None:
            return None
        # 以无机元素计 → "in terms of inorganic elements"
        out.flush()
        out.words.append(f"in terms of {self.sequence(units[i + 1 : close])[0]}")
        out.head_is_noun = False
        return close + 1

    def _one_unit(self, units: list[_Unit], i: int, out: _Words) -> None:
        """One unit that no multi-unit shape took: a term, a literal, a parenthesis, a mark or unknown text."""
        unit = units[i]
        words = out.words
        if unit.kind == "term" and unit.term is not None:
            out.flush()
            en = unit.term.en
            if unit.term.type == "modifier" and en.endswith("-") and i + 1 < len(units):
                en = en[:-1] + _GLUE  # bound prefix: 有机铟 → "organoindium"
            words.append(en)
            out.head_is_noun = unit.term.type in _NOUN_TYPES
        elif unit.kind == "lit":
            out.flush()
            words.append(unit.zh)
            out.head_is_noun = False
        elif unit.kind == "paren":
            out.flush()
            words.append(self.parenthetical(unit))
        elif unit.kind == "mark" and _MARKS[unit.zh] in _COMPARATORS:
            out.flush()
            words.append(_COMPARATORS[_MARKS[unit.zh]])
            out.head_is_noun = False
        elif unit.kind == "mark" and _MARKS[unit.zh] in _INLINE:
            out.flush()
            words.append(_INLINE[_MARKS[unit.zh]])
            out.head_is_noun = False
        elif self._mark(unit, "listed_items") and words and i > 0 and units[i - 1].kind == "lit":
            # 3A001所列管制物项 → "items controlled under 3A001"
            words[-1] = f"items controlled under {words[-1]}"
            out.head_is_noun = False
        else:
            if out.pending and unit.starts_token:
                out.flush()
            out.pending.append(unit.zh)
            out.head_is_noun = False

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


def _pluralize(text: str, uncountable: frozenset[str] | set[str] = _UNCOUNTABLE) -> str:
    head, space, last = text.rpartition(" ")
    # "copper-infiltrated tungsten", "lithium iron phosphate …" — the last word decides.
    if (
        last in uncountable
        or last.rpartition("-")[2] in uncountable
        or (last.endswith("s") and not last.endswith("ss"))
    ):
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
    key = (name_zh, tuple(tokens) if tokens is not None else None)
    known = glossary._names.get(key)
    if known is None:
        if len(glossary._names) >= _NAMES_MEMO_SIZE:
            glossary._names.clear()
        known = glossary._names[key] = _compose_name_en(name_zh, tokens, glossary)
    return known


_NAMES_MEMO_SIZE = 100_000


def _compose_name_en(name_zh: str, tokens: list[str] | None, glossary: Glossary) -> NameEn:
    name = _normalize_spaces(name_zh)
    boundaries = _token_starts(name, tokens) if tokens is not None else set()
    composer = _Composer(glossary)
    units = _with_parentheticals(name, glossary, boundaries)
    text = composer.name(units) if units else ""
    text = _SPACES.sub(" ", text).strip()
    missing = tuple(dict.fromkeys(composer.missing))
    return NameEn(text=text, complete=not missing and bool(text), missing=missing)


def _normalize_spaces(name: str) -> str:
    """Drop whitespace, except a single space inside a literal ("300 Wh/kg", "2.5 g/cm3")."""

    def keep(match: re.Match[str]) -> str:
        before = name[match.start() - 1] if match.start() else ""
        after = name[match.end()] if match.end() < len(name) else ""
        return " " if before in _LITERAL_CHARS and after in _LITERAL_CHARS and before and after else ""

    return _SPACES.sub(keep, name).strip()


def _with_parentheticals(name: str, glossary: Glossary, boundaries: set[int]) -> list[_Unit]:
    """Units of `name`; a parenthesised qualifier (金属镓(单质), 锭（棒）) stays in place as one unit."""
    units: list[_Unit] = []
    pos = 0
    for match in _PARENTHETICAL.finditer(name):
        units += _units(name[pos : match.start()], list(range(pos, match.start())), glossary, boundaries)
        inner = match.group(1)
        sub = _units(inner, list(range(match.start(1), match.end(1))), glossary, boundaries)
        if sub:
            units.append(_Unit(inner, "paren", sub=tuple(sub)))
        pos = match.end()
    units += _units(name[pos:], list(range(pos, len(name))), glossary, boundaries)
    return units


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


def term_pieces(text: str, glossary: Glossary | None = None) -> list[tuple[str, Term | None]]:
    """`text` cut into glossary terms (with their Term) and unknown pieces (Term None), in order.

    Screening compares a product's description with entry names through the same vocabulary the
    English names are composed from, so 钐钴永磁体 and "SmCo permanent magnet" meet on the same terms.
    Structural words (的, 用于, 及 …), numbers and literals are left out: they carry no subject.
    """
    glossary = glossary if glossary is not None else default_glossary()
    name = _normalize_spaces(text)
    pieces: list[tuple[str, Term | None]] = []
    for unit in _units(name, list(range(len(name))), glossary, set()):
        if unit.kind == "term" and unit.term is not None:
            pieces.append((unit.zh, unit.term))
        elif unit.kind == "unknown" and unit.zh:
            if pieces and pieces[-1][1] is None:
                pieces[-1] = (pieces[-1][0] + unit.zh, None)  # one run of unknown characters
            else:
                pieces.append((unit.zh, None))
        elif pieces and pieces[-1][1] is None:
            pieces.append(("", None))  # a mark or literal ends an unknown run
    return [(zh, term) for zh, term in pieces if zh]
