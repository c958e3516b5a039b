"""English titles and numbers of notices, composed by rule from the Chinese — never guessed.

Counsel read English first, so every notice gets an English title beside its Chinese one. Like item
names (parsers/glossary.py), a title is built only from curated words — glossary.tsv,
title_terms.tsv and title_names.tsv — and a few grammar rules mirroring how MOFCOM words titles:

- 公布对X实施出口管制的决定 → "Decision to impose export controls on X";
- 关于对X实施出口管制的公告 → "Announcement on imposing export controls on X";
- 关于X的公告 / 决定 / 通知 → "Announcement / Decision / Notice on X", X an action: 暂停实施
  "suspending", 将…列入… "adding … to the …", 发布 "issuing", 修改 "amending", 优化调整 …;
- X相关物项 → "items related to X"; 部分X → "certain X"; 28家美国实体 → "28 US entities";
- 商务部 海关总署公告2025年第70号 → "MOFCOM–GACC 2025 No. 70"; …第二款 → "paragraph 2 of …";
- catalogues in 《》 by their curated official English title, else kept in Chinese as printed.

A piece that no rule or word covers stays in Chinese in its place ([brackets] as in item names, or
《…》 as printed) and is listed in `missing`, so the caller records the gap for a person to fill.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from parsers import bundled
from parsers.glossary import Glossary, compose_name_en
from parsers.model import NoticeNumber
from parsers.numbers import ISSUER_CHAIN, NUMBER_RE, arabic_numbers, nfkc, parse_notice_number

# Bump when a rule changes what a title composes to: stored titles are then composed again.
COMPOSER_VERSION = "1"

_NAME_KINDS = frozenset({"issuer", "country", "list", "document"})
_CN_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PART_WORDS = {"条": "Article", "款": "paragraph", "项": "item"}
_DOC_KINDS = {"决定": "Decision", "公告": "Announcement", "通知": "Notice", "规定": "Provisions"}


@dataclass(frozen=True)
class TitleEn:
    """A notice's English number label and title; `missing` are the Chinese pieces left untranslated."""

    number_en: str
    title_en: str
    complete: bool
    missing: tuple[str, ...]


@dataclass(frozen=True)
class TitleVocabulary:
    glossary: Glossary  # item glossary plus title words, for the nouns inside titles
    issuers: Mapping[str, str]
    countries: Mapping[str, tuple[str, str]]  # 美国 → ("the United States", "US")
    lists: Mapping[str, str]
    documents: Mapping[str, str]
    fingerprint: str  # changes whenever a word or a rule changes

    @classmethod
    def from_texts(cls, glossary_text: str, terms_text: str, names_text: str) -> TitleVocabulary:
        """Raises ValueError on a doubtful row, like the glossary: a wrong title is worse than none."""
        base = Glossary.from_text(glossary_text)
        extra = Glossary.from_text(terms_text)
        clash = sorted(set(base.terms) & set(extra.terms))
        if clash:
            raise ValueError(f"title terms repeat glossary terms: {', '.join(clash)}")
        names: dict[str, dict[str, tuple[str, ...]]] = {kind: {} for kind in _NAME_KINDS}
        for lineno, raw in enumerate(names_text.lstrip("\ufeff").splitlines(), 1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in raw.split("\t")]
            if len(fields) not in (3, 4) or fields[0] not in _NAME_KINDS or not all(fields[1:]):
                raise ValueError(f"title names line {lineno}: expected kind, zh, en[, short], got {raw!r}")
            kind, zh = fields[0], fields[1]
            if kind == "country" and len(fields) != 4:
                raise ValueError(f"title names line {lineno}: a country needs its adjective ({zh!r})")
            if zh in names[kind]:
                raise ValueError(f"title names line {lineno}: duplicate {kind} {zh!r}")
            names[kind][zh] = tuple(fields[2:])
        digest = hashlib.sha256(
            "\x1e".join([COMPOSER_VERSION, glossary_text, terms_text, names_text]).encode("utf-8")
        ).hexdigest()[:16]
        return cls(
            glossary=Glossary({**base.terms, **extra.terms}),
            issuers={zh: en[0] for zh, en in names["issuer"].items()},
            countries={zh: (en[0], en[1]) for zh, en in names["country"].items()},
            lists={zh: en[0] for zh, en in names["list"].items()},
            documents={zh: en[0] for zh, en in names["document"].items()},
            fingerprint=digest,
        )


@functools.lru_cache(maxsize=1)
def default_vocabulary() -> TitleVocabulary:
    return TitleVocabulary.from_texts(
        bundled.glossary_text(), bundled.title_terms_text(), bundled.title_names_text()
    )


def number_label(
    number: NoticeNumber, vocabulary: TitleVocabulary | None = None
) -> tuple[str, tuple[str, ...]]:
    """("MOFCOM–GACC 2025 No. 70", missing issuers); 令 is an "Order", an unknown issuer stays in Chinese."""
    vocabulary = vocabulary or default_vocabulary()
    labels = [vocabulary.issuers.get(issuer, issuer) for issuer in number.issuers]
    missing = tuple(i for i in number.issuers if i not in vocabulary.issuers)
    series = " Order" if number.series == "令" else ""
    return f"{'–'.join(labels) or 'MOFCOM'}{series} {number.year} No. {number.number}", missing


def number_en(number_zh: str, vocabulary: TitleVocabulary | None = None) -> str:
    """The English label of a printed number, or the number as printed when it cannot be read."""
    number = parse_notice_number(number_zh)
    return number_label(number, vocabulary)[0] if number else number_zh


def compose_title_en(
    title_zh: str, number_zh: str | None = None, vocabulary: TitleVocabulary | None = None
) -> TitleEn:
    """Compose the English title of a notice from its Chinese title (the printed number is dropped
    from the title: it has its own label, from `number_zh` when given)."""
    vocabulary = vocabulary or default_vocabulary()
    text = arabic_numbers(nfkc(title_zh)).strip()
    printed = NUMBER_RE.match(text)
    if printed:
        text = text[printed.end() :]
    issuer_lead = _ISSUER_LEAD_RE.match(text)
    if issuer_lead:  # 不可靠实体清单工作机制关于… / 商务部 海关总署关于…
        text = text[issuer_lead.end("issuers") :]
    composer = _Composer(vocabulary)
    title = composer.title(text.strip(" :：,，.。"))
    number = parse_notice_number(number_zh) if number_zh else None
    if number is None and printed:
        number = parse_notice_number(printed.group(0))
    label, unknown_issuers = number_label(number, vocabulary) if number else ("", ())
    missing = tuple(dict.fromkeys([*unknown_issuers, *composer.missing]))
    title = re.sub(r"\s+", " ", title).strip()
    title = title[:1].upper() + title[1:] if title else label  # a title that is only its number

    return TitleEn(number_en=label, title_en=title, complete=not missing and bool(title), missing=missing)


_ISSUER_LEAD_RE = re.compile(rf"\s*(?P<issuers>{ISSUER_CHAIN})\s*(?=关于|公布)")
_REF_CONTINUATION_RE = re.compile(r"[、,，和及\s]*第?\s*(\d{1,4})\s*号(?!\s*决议)")
_REF_SEPARATOR_RE = re.compile(r"[、,，和及\s]*")
_PART_RE = re.compile(r"第([一二三四五六七八九十]+)(条|款|项)")


def _cn_small_number(text: str) -> int:
    if text.startswith("十"):
        return 10 + _CN_NUMERALS.get(text[1:], 0)
    if len(text) == 2 and text[1] == "十":
        return _CN_NUMERALS[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return _CN_NUMERALS[text[0]] * 10 + _CN_NUMERALS[text[2]]
    return _CN_NUMERALS.get(text, 0)


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


class _Composer:
    """One title's composition; `missing` collects the Chinese pieces left in place."""

    def __init__(self, vocabulary: TitleVocabulary) -> None:
        self.v = vocabulary
        self.missing: list[str] = []
        alternatives = "|".join(re.escape(c) for c in sorted(vocabulary.countries, key=len, reverse=True))
        self._country = f"(?:{alternatives})" if alternatives else "(?!)"
        lists = "|".join(re.escape(c) for c in sorted(vocabulary.lists, key=len, reverse=True))
        self._list = f"(?:{lists})" if lists else "(?!)"

    # -- the whole title -------------------------------------------------------------------------

    def title(self, text: str) -> str:
        if not text:
            return ""
        kinds = "|".join(_DOC_KINDS)
        whole = re.fullmatch(rf"(?P<lead>公布|关于)(?P<x>.+?)的?(?P<kind>{kinds})", text)
        if whole:
            kind, body = _DOC_KINDS[whole["kind"]], whole["x"]
            if whole["lead"] == "公布" and whole["kind"] == "决定":
                action = self.act(body, "inf")
                return f"Decision to {action}" if action else f"Decision on {self.noun(body)}"
            action = self.act(body, "ing")
            return f"{kind} on {action or self.noun(body)}"
        action = self.act(text, "ing")
        return action if action else self.noun(text)

    # -- actions: "suspending …" / "suspend …" ---------------------------------------------------

    def act(self, text: str, form: str) -> str | None:
        def verb(ing: str, inf: str) -> str:
            return ing if form == "ing" else inf

        rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (r"暂停实施(?P<x>.+)", lambda m: f"{verb('suspending', 'suspend')} {self.noun(m['x'])}"),
            (
                r"对(?P<x>.+?)实施(?P<t>临时)?出口管制",
                lambda m: (
                    f"{verb('imposing', 'impose')} {'temporary ' if m['t'] else ''}"
                    f"export controls on {self.noun(m['x'])}"
                ),
            ),
            (
                r"对(?P<x>.+?)采取(?P<m>.+)",
                lambda m: f"{verb('taking', 'take')} {self.noun(m['m'])} against {self._entities(m['x'])}",
            ),
            (
                rf"将(?P<x>.+?)列入(?P<l>{self._list})",
                lambda m: f"{verb('adding', 'add')} {self._entities(m['x'])} to the {self.v.lists[m['l']]}",
            ),
            (
                rf"将(?P<x>.+?)移出(?P<l>{self._list})",
                lambda m: (
                    f"{verb('removing', 'remove')} {self._entities(m['x'])} from the {self.v.lists[m['l']]}"
                ),
            ),
            (
                rf"加强(?P<x>.+?)对(?P<c>{self._country})出口管制",
                lambda m: (
                    f"{verb('strengthening', 'strengthen')} export controls on {self.noun(m['x'])} "
                    f"to {self.v.countries[m['c']][0]}"
                ),
            ),
            (
                r"优化调整(?P<x>.+)",
                lambda m: f"{verb('optimizing and adjusting', 'optimize and adjust')} {self._the(m['x'])}",
            ),
            (
                r"调整发布(?P<x>.+)",
                lambda m: f"{verb('adjusting and issuing', 'adjust and issue')} {self._the(m['x'])}",
            ),
            (r"调整(?P<x>.+)", lambda m: f"{verb('adjusting', 'adjust')} {self._the(m['x'])}"),
            (r"发布(?P<x>.+)", lambda m: f"{verb('issuing', 'issue')} {self._the(m['x'])}"),
            (r"修改(?P<x>.+)", lambda m: f"{verb('amending', 'amend')} {self._the(m['x'])}"),
            (r"执行(?P<x>.+)", lambda m: f"{verb('implementing', 'implement')} {self.noun(m['x'])}"),
            (
                r"公布(?P<x>.+)",
                lambda m: self.act(m["x"], form) or f"{verb('publishing', 'publish')} {self._the(m['x'])}",
            ),
        ]
        for pattern, build in rules:
            match = re.fullmatch(pattern, text)
            if match:
                return build(match)
        return None

    # -- nouns -----------------------------------------------------------------------------------

    def _the(self, text: str) -> str:
        """A catalogue or measures named after a verb read with "the"; counts and lists do not."""
        noun = self.noun(text)
        if noun.startswith(("the ", "certain ", "《", "[")) or noun[:1].isdigit():
            return noun
        return f"the {noun}"

    def noun(self, text: str) -> str:
        text = text.strip(" ,，、")
        c, lst = self._country, self._list
        rules: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (r"《(?P<d>[^《》]+)》", lambda m: self._document(m["d"])),
            (r"(?P<y>\d{4})年度?(?P<x>.+)", lambda m: f"the {m['y']} {self._bare(self.noun(m['x']))}"),
            (
                r"(?P<x>.+?)等(?P<n>\d+)项(?P<y>.+)",
                lambda m: f"{self.noun(m['x'])} and other {self.noun(m['y'])} ({m['n']} in all)",
            ),
            (
                r"《(?P<d>[^《》]+)》(?P<x>[^《》]+)",
                lambda m: f"{self.noun(m['x'])} for {self._document(m['d'])}",
            ),
            (rf"(?P<n>\d+)家(?P<c>{c})?(?P<w>实体|企业)", self._count),
            (
                rf"(?P<x>.+?)(?P<n>\d+)家(?P<c>{c})?相关子公司",
                lambda m: f"{m['n']} {self._adjective(m['c'])}subsidiaries of {self._verbatim(m['x'])}",
            ),
            (rf"(?P<l>{lst})", lambda m: f"the {self.v.lists[m['l']]}"),
            (rf"(?P<l>{lst})处理措施", lambda m: f"{self.v.lists[m['l']]} measures"),
            (r"联合国安理会(?P<n>\d+)号决议", lambda m: f"UN Security Council Resolution {m['n']}"),
            (
                rf"对(?P<c>{c})禁运(?P<x>.+?)清单",
                lambda m: f"the list of {self.noun(m['x'])} embargoed to {self.v.countries[m['c']][0]}",
            ),
            (rf"(?P<c>{c})", lambda m: self.v.countries[m["c"]][0]),
            (r"部分(?P<x>.+)", lambda m: f"certain {self._bare(self.noun(m['x']))}"),
            (r"(?P<x>.+?)相关物项", lambda m: f"items related to {self._noun_form(self._compose(m['x']))}"),
            (
                r"(?P<x>.+?)(?P<t>临时)?出口管制措施",
                lambda m: f"{'temporary ' if m['t'] else ''}export control measures on {self.noun(m['x'])}",
            ),
        ]
        if text in self.v.documents:
            return f"the {self.v.documents[text]}"
        references = self._references(text)
        if references is not None:
            return references
        for pattern, build in rules:
            match = re.fullmatch(pattern, text)
            if match:
                return build(match)
        return self._compose(text)

    def _entities(self, text: str) -> str:
        """Who is listed: a count ("4 US entities") or names, which stay as printed — a company's
        English name is never composed from dictionary words."""
        match = re.fullmatch(rf"(?P<x>.+?)等(?P<n>\d+)家(?P<c>{self._country})?(?P<w>实体|企业)", text)
        if match:
            return f"{self._count(match)}, including {self._verbatim(match['x'])}"
        if re.fullmatch(
            rf"\d+家(?:{self._country})?(?:实体|企业)|.+\d+家(?:{self._country})?相关子公司", text
        ):
            return self.noun(text)
        return self._verbatim(text)

    def _verbatim(self, text: str) -> str:
        self.missing.append(text)
        return f"[{text}]"

    def _compose(self, text: str) -> str:
        name = compose_name_en(text, None, self.v.glossary)
        self.missing.extend(name.missing)
        return name.text

    @staticmethod
    def _bare(noun: str) -> str:
        return noun.removeprefix("the ")

    @staticmethod
    def _noun_form(noun: str) -> str:
        # "items related to rare-earth" reads as "items related to rare earths".
        return re.sub(r"rare-earth$", "rare earths", noun)

    def _adjective(self, country: str | None) -> str:
        return f"{self.v.countries[country][1]} " if country else ""

    def _count(self, m: re.Match[str]) -> str:
        noun = "entities" if m["w"] == "实体" else "companies"
        if m["n"] == "1":
            noun = "entity" if m["w"] == "实体" else "company"
        return f"{m['n']} {self._adjective(m['c'])}{noun}"

    def _document(self, name: str) -> str:
        if name in self.v.documents:
            return f"the {self.v.documents[name]}"
        self.missing.append(f"《{name}》")
        return f"《{name}》"

    def _references(self, text: str) -> str | None:
        """商务部、海关总署公告2025年第55号、56号及商务部公告2025年第61号 → "MOFCOM–GACC 2025 Nos. 55
        and 56 and MOFCOM 2025 No. 61"; a trailing 第二款 names a part. None unless that is all."""
        groups: list[tuple[str, list[int]]] = []
        pos = 0
        while pos < len(text):
            pos = _REF_SEPARATOR_RE.match(text, pos).end() if groups else pos  # type: ignore[union-attr]
            number = NUMBER_RE.match(text, pos)
            if number:
                parsed = parse_notice_number(number.group(0))
                if parsed is None:
                    return None
                label, unknown = number_label(parsed, self.v)
                self.missing.extend(unknown)
                prefix = label.rsplit(" No. ", 1)[0]
                groups.append((prefix, [parsed.number]))
                pos = number.end()
                continue
            more = _REF_CONTINUATION_RE.match(text, pos) if groups else None
            if more and more.end() > pos:
                groups[-1][1].append(int(more.group(1)))
                pos = more.end()
                continue
            break
        if not groups:
            return None
        rest = text[pos:].strip()
        part = _PART_RE.fullmatch(rest) if rest else None
        if rest and part is None:
            return None
        refs = _join(
            [
                f"{prefix} No. {numbers[0]}"
                if len(numbers) == 1
                else f"{prefix} Nos. {_join([str(n) for n in numbers])}"
                for prefix, numbers in groups
            ]
        )
        if part:
            return f"{_PART_WORDS[part.group(2)]} {_cn_small_number(part.group(1))} of {refs}"
        return refs


def title_subject_zh(title_zh: str) -> str:
    """The Chinese title without its printed number (商务部公告2025年第61号 公布… → 公布…), as printed."""
    normalized = arabic_numbers(nfkc(title_zh))
    printed = NUMBER_RE.match(normalized.strip())
    if printed is None:
        return title_zh.strip()
    rest = normalized.strip()[printed.end() :].strip()
    if not rest:
        return title_zh.strip()
    # Show the rest as printed (full-width punctuation) when normalizing kept the length.
    original = title_zh.strip()
    return original[-len(rest) :].strip() if len(normalized.strip()) == len(original) else rest
