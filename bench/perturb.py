"""Metamorphic accuracy: the same notices, printed the other ways MOFCOM prints them.

    python -m bench.perturb [--split examples|dev] [--only NAME,NAME] [--verbose]

The real site serves one notice in several layouts, widths and scripts (../shared/mofcom/SITE.md §4–7),
and attachments reach the parser through PDF/DOC text extraction, which wraps lines and inserts tabs.
None of that changes what a notice controls, so none of it may change the extraction. Each
perturbation below is a small pure text transform applied to the notice's body lines and attachment
texts (a few also to the header the page's metadata block is built from), never to the truth; the
perturbed notice is then scored by ``bench.accuracy.score_notice`` exactly as the unperturbed one is.
A perturbation that loses score names a rule that depends on how a page happens to be typed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from bench.accuracy import NoticeScore, SplitScore, score_notice
from bench.corpus import CORPUS_DIR, CorpusNotice, load_split, render_page, to_full, to_half

Transform = Callable[[str], str]

# --------------------------------------------------------------------------- text transforms

# The label of an item at the start of a printed line: 一、 (一) （1） 1. 1.1.2 a. 1． 1、
_ITEM_NUMBER_RE = re.compile(
    r"^(?P<lead>[ \t\u3000\u00a0]*)(?P<num>[(（][0-9一二三四五六七八九十]+[)）]|"
    r"[0-9]+(?:[.．][0-9]+)*[.．、](?![0-9])|[a-zA-Z][.．)）])(?P<gap>[ \t\u3000]*)",
    re.MULTILINE,
)
_HS_RE = re.compile(
    r"(?P<label>参考海关商品编号|海关商品编号|参考税则号列|税则号列)(?P<colon>\s*[:：]\s*)"
    r"(?P<codes>\d{8,10}(?:\s*[、，,；;]?\s*\d{8,10})*)"
)
_HS_SEP_RE = re.compile(r"\s*[、，,；;]\s*|\s+")
_FULL_DIGITS = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.",
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ．",
)
_PUNCT_PAIRS = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，", "．": "."}
_PUNCT_PAIRS.update({full: half for half, full in list(_PUNCT_PAIRS.items())})
# A printed A4 line in 小四 holds about 36 CJK characters; PDF and DOCX text extraction breaks there.
WRAP_WIDTH = 36


def _lines(text: str, line: Callable[[str], str]) -> str:
    return "\n".join(line(part) for part in text.split("\n"))


def _mixed_width(text: str) -> str:
    """Each （）：；，． flipped to the other width or not, as hand-edited pages mix them (deterministic)."""
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    return "".join(_PUNCT_PAIRS[c] if c in _PUNCT_PAIRS and rng.random() < 0.5 else c for c in text)


def _number_map(convert: Callable[[str], str]) -> Transform:
    def apply(text: str) -> str:
        return _ITEM_NUMBER_RE.sub(lambda m: m["lead"] + convert(m["num"]) + m["gap"], text)

    return apply


def _number_gap(gap: str) -> Transform:
    return lambda text: _ITEM_NUMBER_RE.sub(lambda m: m["lead"] + m["num"] + gap, text)


_NO_LINE_START = "、，。；：）)」”！？,.;:%"


def _latin(char: str) -> bool:
    return char.isascii() and not char.isspace()


def _wrap_line(line: str, width: int = WRAP_WIDTH) -> str:
    """A long line broken every `width` characters as a word processor breaks it: never inside a Latin
    word or number, and never before closing punctuation (which hangs at the end of the line). A table
    row (`a | b | c`) stays whole: a PDF wraps text inside a cell, never a row across its cells."""
    if " | " in line:
        return line
    out, rest = [], line
    while len(rest) > width:
        cut = width
        while cut > 0 and _latin(rest[cut - 1]) and _latin(rest[cut]):
            cut -= 1
        cut = cut or width
        while cut < len(rest) and rest[cut] in _NO_LINE_START:
            cut += 1
        if cut >= len(rest):
            break
        out.append(rest[:cut])
        rest = rest[cut:]
    return "\n".join([*out, rest])


def _wrap_item(line: str) -> str:
    return _wrap_line(line) if _ITEM_NUMBER_RE.match(line) else line


def _wrap_before_hs(line: str) -> str:
    return re.sub(r"(?<=\S)([(（](?:参考)?(?:海关商品编号|税则号列))", r"\n\1", line, count=1)


def _hs_label(label: str) -> Transform:
    return lambda text: _HS_RE.sub(lambda m: label + m["colon"] + m["codes"], text)


def _hs_colon(colon: str) -> Transform:
    return lambda text: _HS_RE.sub(lambda m: m["label"] + colon + m["codes"], text)


def _hs_separator(separator: str) -> Transform:
    def codes(match: re.Match[str]) -> str:
        joined = separator.join(_HS_SEP_RE.split(match["codes"]))
        return match["label"] + match["colon"] + joined

    return lambda text: _HS_RE.sub(codes, text)


def _hs_after_stop(text: str) -> str:
    """(参考…)。 printed as 。(参考…), as the 2024-33 repost does."""
    return re.sub(r"([(（](?:参考)?(?:海关商品编号|税则号列)[^)）]*[)）])。", r"。\1", text)


def _code_dot(text: str) -> str:
    """A list code after the item number printed with a trailing dot, or without one and a space
    (2025-57 `(一)1C909.a.金属钬` vs 2025-18 `(一)1C902.a 金属钐`)."""

    def flip(match: re.Match[str]) -> str:
        head, code, dot = match["head"], match["code"], match["dot"]
        return f"{head}{code} " if dot else f"{head}{code}."

    return _CODE_AFTER_NUMBER_RE.sub(flip, text)


_CODE_AFTER_NUMBER_RE = re.compile(
    r"^(?P<head>[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)"
    r"(?P<code>\d[A-E]\d{3}(?:\.[a-z0-9]{1,2})*)(?P<dot>\.?) ?(?=[\u4e00-\u9fff])",
    re.MULTILINE,
)


@lru_cache(maxsize=1)
def _s2t_converter() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


def _s2t(text: str) -> str:
    return str(_s2t_converter()(text))


def _number_no_hao(text: str) -> str:
    return re.sub(r"(第\d+)号", r"\1", text)


def _number_no_nian(text: str) -> str:
    return re.sub(r"((?:19|20)\d{2})年(第\d+)", r"\1\2", text)


@dataclass(frozen=True)
class Perturbation:
    """One way of printing a notice. `text` runs over body and attachments; `header` over title/number/unit."""

    name: str
    what: str
    text: Transform | None = None
    header: Transform | None = None
    date: Transform | None = None
    layout: str | None = None


def _date_compact(value: str) -> str:
    match = re.search(r"(\d{4})\D*(\d{1,2})\D*(\d{1,2})", value)
    return f"{match[1]}{int(match[2]):02d}{int(match[3]):02d}" if match else value


def _date_zh(value: str) -> str:
    match = re.search(r"(\d{4})\D*(\d{1,2})\D*(\d{1,2})", value)
    return f"{match[1]}年{int(match[2]):02d}月{int(match[3]):02d}日" if match else value


PERTURBATIONS: tuple[Perturbation, ...] = (
    Perturbation("baseline", "the notice as the corpus prints it"),
    Perturbation("width-full", "（）：；， full-width everywhere (the originals)", text=to_full),
    Perturbation("width-half", "( ) : ; , half-width everywhere (captures, reposts)", text=to_half),
    Perturbation("width-mixed", "each of （）：；，． in either width at random", text=_mixed_width),
    Perturbation(
        "num-fullwidth",
        "item numbers in full-width digits and letters: １． ａ． （１）",
        text=_number_map(lambda n: n.translate(_FULL_DIGITS)),
    ),
    Perturbation(
        "num-fullstop",
        "item numbers closed by ． instead of .",
        text=_number_map(lambda n: n.replace(".", "．")),
    ),
    Perturbation(
        "num-dunhao",
        "1、 instead of 1. (Arabic item numbers closed by 、)",
        text=_number_map(lambda n: re.sub(r"^(\d+)\.$", r"\1、", n)),
    ),
    Perturbation("num-space", "a space after every item number (1. 金属镓)", text=_number_gap(" ")),
    Perturbation("num-nospace", "no space after any item number (1.金属镓)", text=_number_gap("")),
    Perturbation(
        "num-tab", "a tab after every item number (Word's list numbering, extracted)", text=_number_gap("\t")
    ),
    Perturbation(
        "indent-ideographic",
        "paragraphs indented with two ideographic spaces",
        text=lambda t: _lines(t, lambda s: "\u3000\u3000" + s),
    ),
    Perturbation(
        "indent-nbsp", "paragraphs indented with &nbsp;", text=lambda t: _lines(t, lambda s: "\u00a0" * 4 + s)
    ),
    Perturbation(
        "trailing-space",
        "trailing spaces and NBSPs after each line",
        text=lambda t: _lines(t, lambda s: s + " \u00a0 "),
    ),
    Perturbation(
        "blank-lines", "an empty paragraph between every two lines", text=lambda t: "\n\n".join(t.split("\n"))
    ),
    Perturbation(
        "wrap-items",
        f"list lines broken every {WRAP_WIDTH} characters (PDF/DOCX extraction)",
        text=lambda t: _lines(t, _wrap_item),
    ),
    Perturbation(
        "wrap-all",
        f"every line broken every {WRAP_WIDTH} characters, prose too",
        text=lambda t: _lines(t, _wrap_line),
    ),
    Perturbation(
        "wrap-before-hs",
        "the HS parenthetical on a line of its own",
        text=lambda t: _lines(t, _wrap_before_hs),
    ),
    Perturbation("hs-label-customs", "HS label 海关商品编号 (no 参考)", text=_hs_label("海关商品编号")),
    Perturbation("hs-label-tariff", "HS label 参考税则号列", text=_hs_label("参考税则号列")),
    Perturbation("hs-label-ref", "HS label 参考海关商品编号", text=_hs_label("参考海关商品编号")),
    Perturbation("hs-colon-full", "HS colon full-width ：", text=_hs_colon("：")),
    Perturbation("hs-colon-space", "HS colon followed by a space (编号: 2846…)", text=_hs_colon(": ")),
    Perturbation("hs-sep-comma", "HS codes separated by ，", text=_hs_separator("，")),
    Perturbation("hs-sep-semicolon", "HS codes separated by ；", text=_hs_separator("；")),
    Perturbation("hs-sep-space", "HS codes separated by spaces", text=_hs_separator(" ")),
    Perturbation("hs-after-stop", "the HS parenthetical after the final 。 (2024-33)", text=_hs_after_stop),
    Perturbation(
        "code-dot", "a list code before the text with/without its trailing dot (57 vs 18)", text=_code_dot
    ),
    Perturbation("layout-jpaas", "rendered as a www.mofcom.gov.cn jpaas page", layout="jpaas"),
    Perturbation("layout-trs", "rendered as an old TRS .shtml page", layout="trs"),
    Perturbation(
        "layout-exportcontrol", "rendered as an exportcontrol.mofcom.gov.cn page", layout="exportcontrol"
    ),
    Perturbation(
        "script-traditional", "the whole notice in Traditional script (OpenCC s2t)", text=_s2t, header=_s2t
    ),
    Perturbation("number-no-hao", "【发布文号】 without the closing 号 (…第58)", header=_number_no_hao),
    Perturbation("number-no-nian", "the number without 年 (公告2025第61号)", header=_number_no_nian),
    Perturbation(
        "issuer-nospace",
        "joint issuers without the space (商务部海关总署公告)",
        header=lambda t: t.replace("商务部 海关总署", "商务部海关总署"),
    ),
    Perturbation("date-compact", "【发文日期】 as 20251009", date=_date_compact),
    Perturbation("date-zh", "【发文日期】 as 2025年10月09日", date=_date_zh),
)
BY_NAME: Mapping[str, Perturbation] = {p.name: p for p in PERTURBATIONS}


# --------------------------------------------------------------------------- applying


def _in_width(notice: CorpusNotice, text: str) -> str:
    return to_full(text) if notice.width == "full" else to_half(text)


def perturb(notice: CorpusNotice, perturbation: Perturbation) -> CorpusNotice:
    """The notice as `perturbation` prints it: same truth, other text.

    Body and title are first put in the notice's own width, and the page is then rendered `asis`, so
    that a width perturbation is not undone by the renderer.
    """
    text = perturbation.text or (lambda value: value)
    head = perturbation.header or (lambda value: value)
    body = text("\n".join(_in_width(notice, line) for line in notice.body_lines)).split("\n")
    header = dict(notice.header, width="asis")
    for key in ("title", "number", "unit"):
        if header.get(key):
            header[key] = head(text(_in_width(notice, header[key])) if key == "title" else header[key])
    if perturbation.date is not None and header.get("date"):
        header["date"] = perturbation.date(header["date"])
    if perturbation.layout is not None:
        header["layout"] = perturbation.layout
    attachments = tuple((name, text(body_text)) for name, body_text in notice.attachments)
    return replace(notice, header=header, body_lines=tuple(body), attachments=attachments)


def changed(notices: Iterable[CorpusNotice], perturbation: Perturbation) -> int:
    """How many notices the perturbation prints differently: a perturbation that changes nothing tests nothing."""
    same = BY_NAME["baseline"]
    count = 0
    for notice in notices:
        before, after = render_page(perturb(notice, same)), render_page(perturb(notice, perturbation))
        count += (before.html, dict(before.attachment_texts)) != (after.html, dict(after.attachment_texts))
    return count


def score_perturbation(notices: Iterable[CorpusNotice], perturbation: Perturbation, split: str) -> SplitScore:
    return SplitScore.of(split, [score_notice(perturb(notice, perturbation)) for notice in notices])


# --------------------------------------------------------------------------- report


@cache
def _shapes(split: str, key: str) -> tuple[str, ...]:
    path = CORPUS_DIR / split / f"{key}.json"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text("utf-8")).get("shapes") or ())


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _losers(base: Sequence[NoticeScore], got: Sequence[NoticeScore]) -> list[tuple[NoticeScore, NoticeScore]]:
    pairs = [(b, g) for b, g in zip(base, got, strict=True) if g.composite < b.composite - 1e-9]
    return sorted(pairs, key=lambda pair: (pair[1].composite - pair[0].composite, pair[1].key))


Result = tuple[Perturbation, SplitScore, int]


def format_report(split: str, results: Sequence[Result], verbose: bool = False) -> str:
    base = results[0][1]
    lines = [
        f"== {split}: {len(base.notices)} notices",
        f"{'perturbation':<22} {'leafP':>5} {'leafR':>5} {'leafF1':>6} {'names':>9} {'relF1':>5} "
        f"{'codes':>5} {'hs':>5} {'id':>5} {'party':>5} {'chg':>4} {'worse':>5}  worst notices",
    ]
    for perturbation, total, count in results:
        losers = _losers(base.notices, total.notices)
        worst = ", ".join(f"{g.key} ({g.composite:.2f})" for _, g in losers[:3])
        lines.append(
            f"{perturbation.name:<22} {_fmt(total.leaves.precision)} {_fmt(total.leaves.recall)} "
            f"{_fmt(total.leaves.f1):>6} {total.names.ok:>4}/{total.names.n:<4} {_fmt(total.relations.f1)} "
            f"{_fmt(total.codes.value)} {_fmt(total.hs.value)} {_fmt(total.notice_id.f1)} {_fmt(total.parties.f1 if total.parties else None)} {count:>4} {len(losers):>5}  {worst}"
        )
    if verbose:
        for perturbation, total, _ in results[1:]:
            for before, after in _losers(base.notices, total.notices):
                shapes = ", ".join(_shapes(split, after.key))
                lines.append(f"\n-- {perturbation.name}: {after.key} [{shapes}]")
                lines += [f"    - {miss}" for miss in after.misses if miss not in before.misses]
                if after.error:
                    lines.append(f"    ! {after.error}")
    return "\n".join(lines)


def run(split: str, names: Sequence[str] | None = None) -> list[Result]:
    notices = load_split(split)
    chosen = [BY_NAME["baseline"], *(BY_NAME[n] for n in names or BY_NAME if n != "baseline")]
    return [(p, score_perturbation(notices, p, split), changed(notices, p)) for p in chosen]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.perturb", description=__doc__.split("\n\n")[1])
    parser.add_argument("--split", choices=("examples", "dev"), default=None, help="default: both")
    parser.add_argument("--only", default="", help="comma-separated perturbation names")
    parser.add_argument(
        "--verbose", action="store_true", help="every new miss of every notice that lost score"
    )
    parser.add_argument("--list", action="store_true", help="name and describe the perturbations")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(f"{p.name:<22} {p.what}" for p in PERTURBATIONS))
        return 0
    names = [n.strip() for n in args.only.split(",") if n.strip()] or None
    unknown = [n for n in names or () if n not in BY_NAME]
    if unknown:
        parser.error(f"unknown perturbation(s): {', '.join(unknown)}; see --list")
    splits = (args.split,) if args.split else ("examples", "dev")
    print("\n\n".join(format_report(split, run(split, names), args.verbose) for split in splits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
