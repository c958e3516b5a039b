"""The extraction corpus: real MOFCOM notice shapes with hand-made ground truth, rendered as article pages.

Three splits are read (tests/corpus/README.md says where each notice comes from):

* ``examples`` — the ten real captures in ``../shared/mofcom/examples`` (``truth.json`` plus the ``.txt``
  files). The project carries no copy of them; they are read from beside the checkout.
* ``dev`` — ``tests/corpus/dev/<id>.txt`` + ``<id>.json`` (+ ``<id>.attN.txt``): rules may be tuned on it.
* ``heldout`` — the same layout under ``tests/corpus/heldout``: no rule may be tuned on it.

The format is tests/corpus/FORMAT.md: ``key: value`` header lines, one blank line, then the body as it
sits in the page's body container, one printed paragraph per line. ``render_page`` turns a notice into
the HTML of one of the three MOFCOM layouts (SITE.md §4–6) so that the project's real page parser reads
it exactly as it would read the site: metadata block, title, dates, punctuation width and all.

The ground truth is converted here into one shape (``Truth``) for both sources, so that the scorer does
not care whether a notice came from ``truth.json`` or from a corpus ``.json``.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "tests" / "corpus"
EXAMPLES_DIR = ROOT.parent / "shared" / "mofcom" / "examples"  # ../shared beside the checkout
SPLITS = ("examples", "dev", "heldout")
# Notices outside regwatch's scope, kept to see what the parsers make of them: ordinary goods export
# licensing and quota catalogues (货物出口许可证管理目录, Foreign Trade Law) are not export-control lists.
# Reported on request (`--split trade`), never part of the targets.
OUT_OF_SCOPE_SPLITS = ("trade",)
LAYOUTS = ("jpaas", "trs", "exportcontrol")

# Lead issuer → notice-key prefix for the issuers the corpus names first. Anything else falls back to the
# project's table so that a new issuer is a one-line change there, not a silent "CN-" here.
_LEAD_PREFIX = {"商务部": "MOFCOM", "不可靠实体清单工作机制": "UEL"}
_NUMBER_RE = re.compile(
    r"(?P<series>公告|令)?\s*[〔\[（(]?\s*(?P<year>(?:19|20)\d{2})\s*[〕\]）)]?\s*年?\s*第?\s*(?P<number>\d{1,4})\s*号?"
)
# Orders print their year in Chinese numerals (商务部令二〇二五年第6号).
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*(?:年|-|/|\.)?\s*(\d{1,2})\s*(?:月|-|/|\.)?\s*(\d{1,2})")


class CorpusError(ValueError):
    """A corpus file that does not follow the format: fix the file, never guess around it."""


@dataclass(frozen=True)
class TruthLeaf:
    path: str
    name_zh: str
    control_codes: tuple[str, ...]
    hs_codes: tuple[str, ...]
    kind: str | None


@dataclass(frozen=True)
class TruthRelation:
    relation: str
    target: str
    clause: str | None
    # None means "not stated by the truth" (examples carry no windows); the scorer then ignores it.
    window: tuple[dt.date | None, dt.date | None] | None


@dataclass(frozen=True)
class Truth:
    notice_id: str | None
    number_zh: str | None
    published: dt.date | None
    effective: dt.date | None
    kind: str | None
    leaves: tuple[TruthLeaf, ...]
    relations: tuple[TruthRelation, ...]
    # None = this source has no truth for it (the examples carry neither parties nor rules).
    parties: tuple[Mapping[str, Any], ...] | None
    rules: tuple[Mapping[str, Any], ...] | None
    partial: bool = False


@dataclass(frozen=True)
class CorpusNotice:
    split: str
    key: str  # file id, e.g. mofcom-2025-10 or 2025-58 for an example
    header: Mapping[str, str]
    body_lines: tuple[str, ...]
    attachments: tuple[tuple[str, str], ...]  # (file name, text)
    truth: Truth

    @property
    def layout(self) -> str:
        return self.header.get("layout", "jpaas")

    @property
    def width(self) -> str:
        return self.header.get("width", "half")


@dataclass(frozen=True)
class RenderedPage:
    url: str
    html: str
    attachment_texts: Mapping[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def split_header(text: str, source: str) -> tuple[dict[str, str], list[str]]:
    """`key: value` lines, one blank line, then the body (blank lines inside the body are dropped)."""
    head, sep, body = text.partition("\n\n")
    if not sep:
        raise CorpusError(f"{source}: no blank line between the header and the body")
    header: dict[str, str] = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if not colon or not key.strip():
            raise CorpusError(f"{source}: header line without 'key: value': {line!r}")
        header[key.strip()] = value.strip()
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return header, lines


def notice_key(number_zh: str) -> str | None:
    """MOFCOM-2025-10 from 商务部 海关总署公告2025年第10号: the LEAD issuer names the series."""
    text = unicodedata.normalize("NFKC", number_zh).strip()
    text = text.translate(_CN_YEAR_DIGITS)
    match = _NUMBER_RE.search(text)
    if match is None:
        return None
    lead = text[: match.start()].strip()
    prefix = next((code for name, code in _LEAD_PREFIX.items() if lead.startswith(name)), None)
    if prefix is None:
        from parsers.model import ISSUER_CODES  # the project's table, for issuers the corpus never leads with

        prefix = next((code for name, code in ISSUER_CODES.items() if lead.startswith(name)), "CN")
    series = "ORDER-" if match.group("series") == "令" else ""
    return f"{prefix}-{series}{int(match.group('year'))}-{int(match.group('number'))}"


def parse_iso(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    match = _ISO_RE.search(str(value))
    if match is None:
        raise CorpusError(f"not an ISO date: {value!r}")
    return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _earliest_iso(value: object) -> dt.date | None:
    """Examples state effective dates in prose ("一(一)(二): 2025-12-01; 一(三): 2025-10-09"): the first in force."""
    dates = [dt.date(int(y), int(m), int(d)) for y, m, d in _ISO_RE.findall(str(value or ""))]
    return min(dates) if dates else None


# `effective: 2025-11-08 (per news…; closing paragraph NOT captured)`: the date is known from outside
# the capture, so nothing on the page can state it (FORMAT.md `effective_outside_text`: not scored).
_NOT_CAPTURED_RE = re.compile(r"\bNOT (?:captured|in the (?:captured )?body)")


def _example_effective(notice: Mapping[str, Any], header: Mapping[str, str]) -> dt.date | None:
    if _NOT_CAPTURED_RE.search(header.get("effective", "")):
        return None
    return _earliest_iso(notice.get("effective"))


def _codes(item: Mapping[str, Any]) -> tuple[str, ...]:
    codes = item.get("control_codes") or ([item["control_code"]] if item.get("control_code") else [])
    return tuple(normalize_code(code) for code in codes)


def normalize_code(code: str) -> str:
    return unicodedata.normalize("NFKC", code).strip().rstrip(".")


def _leaves(items: Iterable[Mapping[str, Any]], hs_field: str) -> tuple[TruthLeaf, ...]:
    return tuple(
        TruthLeaf(
            path=item["path"],
            name_zh=item["name_zh"],
            control_codes=_codes(item),
            hs_codes=tuple(item.get(hs_field) or ()),
            kind=item.get("kind"),
        )
        for item in items
        if not item.get("is_group") and not item.get("reserved")
    )


def _corpus_truth(data: Mapping[str, Any], source: str) -> Truth:
    # The header facts must be there; an absent list means "none printed" (FORMAT.md lists them all).
    for required in ("notice", "number_zh", "published", "effective"):
        if required not in data:
            raise CorpusError(f"{source}: truth lacks {required!r}")
    relations = tuple(
        TruthRelation(
            relation=rel["relation"],
            target=rel["target"],
            clause=rel.get("clause"),
            window=(parse_iso(rel.get("from")), parse_iso(rel.get("until"))),
        )
        for rel in data.get("relations") or ()
    )
    return Truth(
        notice_id=data["notice"],
        number_zh=data["number_zh"],
        published=parse_iso(data["published"]),
        effective=parse_iso(data["effective"]),
        kind=data.get("kind"),
        leaves=_leaves(data.get("items") or (), "hs_codes"),
        relations=relations,
        parties=tuple(data.get("parties") or ()),
        rules=tuple(data.get("rules") or ()),
        partial=bool(data.get("partial")),
    )


def load_corpus_split(split: str, directory: Path | None = None) -> list[CorpusNotice]:
    """Every `<id>.txt` with its `<id>.json` (and `<id>.attN.txt`) under tests/corpus/<split>."""
    folder = directory or CORPUS_DIR / split
    if not folder.is_dir():
        return []
    notices = []
    for text_path in sorted(folder.glob("*.txt")):
        if ".att" in text_path.name:
            continue
        key = text_path.stem
        truth_path = text_path.with_suffix(".json")
        if not truth_path.exists():
            raise CorpusError(f"{text_path}: no ground truth {truth_path.name}")
        header, lines = split_header(text_path.read_text("utf-8"), str(text_path))
        data = json.loads(truth_path.read_text("utf-8"))
        attachments = tuple(
            (path.name, path.read_text("utf-8")) for path in sorted(folder.glob(f"{key}.att*.txt"))
        )
        notices.append(
            CorpusNotice(
                split=split,
                key=key,
                header=header,
                body_lines=tuple(lines),
                attachments=attachments,
                truth=_corpus_truth(data, str(truth_path)),
            )
        )
    return notices


def _example_relations(notice: Mapping[str, Any]) -> tuple[TruthRelation, ...]:
    """Relations the example notice itself states (`suspended_by` is stated by another notice)."""
    relations = []
    for verb, relation in (("suspends", "suspends"), ("lifts", "lifts"), ("amends", "amends")):
        for target in notice.get(verb) or ():
            key = notice_key(target["number"]) if target.get("number") else f"MOFCOM-{target['notice']}"
            relations.append(
                TruthRelation(relation=relation, target=key or "", clause=target.get("clause"), window=None)
            )
    return tuple(relations)


def load_examples(directory: Path | None = None) -> list[CorpusNotice]:
    """The shared examples (truth.json conventions: leaves are is_group false and reserved false)."""
    folder = directory or EXAMPLES_DIR
    truth_path = folder / "truth.json"
    if not truth_path.exists():
        return []
    notices = []
    for notice in json.loads(truth_path.read_text("utf-8"))["notices"]:
        source = folder / notice["file"]
        header, lines = split_header(source.read_text("utf-8"), str(source))
        header["title"] = header.get("title", "").split(" (")[0].strip()
        url_match = re.search(r"https?://\S+", header.get("url", ""))
        header["url"] = (
            url_match.group(0) if url_match else f"https://www.mofcom.gov.cn/examples/{notice['notice']}"
        )
        header["layout"], header["width"] = "jpaas", "half"  # captures are half-width (SITE.md §7)
        items = notice["items"]
        if str(notice.get("script", "")).startswith("zh-Hant"):
            # A Traditional repost is read after OpenCC conversion (parsers/script.py): its names
            # are compared with the Simplified name the curator gives in each item's note.
            items = [
                {**item, "name_zh": item["note"].removeprefix("zh-Hans: ")}
                if str(item.get("note", "")).startswith("zh-Hans: ")
                else item
                for item in items
            ]
        notices.append(
            CorpusNotice(
                split="examples",
                key=notice["notice"],
                header=header,
                body_lines=tuple(lines),
                attachments=(),
                truth=Truth(
                    notice_id=notice_key(notice["number"]),
                    number_zh=notice["number"],
                    published=parse_iso(notice["date"]),
                    effective=_example_effective(notice, header),
                    kind=None,
                    leaves=_leaves(items, "hs_codes_effective"),
                    relations=_example_relations(notice),
                    parties=None,
                    rules=None,
                    partial=bool(notice.get("partial")),
                ),
            )
        )
    return notices


def load_split(split: str) -> list[CorpusNotice]:
    if split == "examples":
        return load_examples()
    if split in ("dev", "heldout", *OUT_OF_SCOPE_SPLITS):
        return load_corpus_split(split)
    raise CorpusError(
        f"unknown split {split!r}; expected one of {', '.join((*SPLITS, *OUT_OF_SCOPE_SPLITS))}"
    )


# --------------------------------------------------------------------------- rendering

_TO_FULL = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，"}
_TO_HALF = {ord(full): half for half, full in _TO_FULL.items()}


def to_half(text: str) -> str:
    """The captures' view: （）：；， become ( ) : ; , and everything else (、 。 ． “ ”) stays."""
    return text.translate(_TO_HALF)


def to_full(text: str) -> str:
    """The originals' view: ( ) : ; , become full-width, except inside Latin text and numbers.

    MOFCOM prints English names and times half-width inside full-width text (``（Saronic
    Technologies, Inc.）``, ``12:01``), so a comma after a Latin letter or a colon between digits stays.
    """
    out = []
    for index, char in enumerate(text):
        if char in "()":
            out.append(_TO_FULL[char])
            continue
        if char in ",:;":
            before = text[index - 1] if index else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            latin = before.isascii() and (before.isalpha() or before in ". ")
            clock = char == ":" and before.isdigit() and after.isdigit()
            out.append(char if latin or clock else _TO_FULL[char])
            continue
        out.append(char)
    return "".join(out)


def _width(notice: CorpusNotice, text: str) -> str:
    # `asis`: the text already carries the punctuation it should be read with (bench/perturb.py mixes
    # widths on purpose; converting here would undo the variation it measures).
    if notice.width == "asis":
        return text
    return to_full(text) if notice.width == "full" else to_half(text)


def _iso(header_date: str) -> str:
    match = _DATE_RE.search(unicodedata.normalize("NFKC", header_date))
    if match is None:
        raise CorpusError(f"header date {header_date!r} is not a date")
    return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}"


def _meta_lines(notice: CorpusNotice, date_label: str) -> list[str]:
    if any(line.startswith(("【发布文号】", "【發佈文號】", "【发布单位】")) for line in notice.body_lines):
        return []  # the capture already prints its own block (examples 58, 61)
    lines = []
    if notice.header.get("unit"):
        lines.append(f"【发布单位】{notice.header['unit']}")
    if notice.header.get("number"):
        lines.append(f"【发布文号】{notice.header['number']}")
    if notice.header.get("date"):
        lines.append(f"【{date_label}】{notice.header['date']}")
    return lines


def _paragraphs(lines: Iterable[str], indent: str = "text-indent: 2em;") -> str:
    return "\n".join(f'<p style="{indent}">{html.escape(line, quote=False)}</p>' for line in lines)


def _attachment_links(notice: CorpusNotice, base: str) -> tuple[str, dict[str, str]]:
    links, texts = [], {}
    for index, (name, text) in enumerate(notice.attachments, start=1):
        url = f"{base}/cms_files/filemanager/{notice.key}/{name.removesuffix('.txt')}.pdf"
        texts[url] = text
        # `<id>.att2.txt` is the notice's 附件2 even when 附件1 was not captured
        printed = re.search(r"\.att(\d+)\.txt$", name)
        links.append(
            f'<p><a href="{url}" target="_blank">附件{printed.group(1) if printed else index}</a></p>'
        )
    return "\n".join(links), texts


def render_page(notice: CorpusNotice) -> RenderedPage:
    """The notice as an article page of its layout (jpaas | trs | exportcontrol), in its punctuation width."""
    layout = notice.layout
    if layout not in LAYOUTS:
        raise CorpusError(f"{notice.key}: unknown layout {layout!r}")
    url = notice.header.get("url") or f"https://www.mofcom.gov.cn/zwgk/zcfb/art/corpus/{notice.key}.html"
    base = re.match(r"https?://[^/]+", url)
    host = base.group(0) if base else "https://www.mofcom.gov.cn"
    title = html.escape(_width(notice, notice.header.get("title", "")), quote=True)
    body = [_width(notice, line) for line in notice.body_lines]
    links, texts = _attachment_links(notice, host)
    published = _iso(notice.header["date"]) if notice.header.get("date") else ""
    unit = html.escape(notice.header.get("unit", "安全与管制局"))
    if layout == "jpaas":
        meta = [_width(notice, line) for line in _meta_lines(notice, "发文日期")]
        page = _JPAAS.format(
            title=title,
            pubdate=f"{published} 10:00" if published else "",
            unit=unit,
            gonggao=_paragraphs(meta, indent="text-indent: 0;"),
            body=_paragraphs(body),
            links=links,
        )
    elif layout == "trs":
        # The old site labelled the date 【发布日期】 and printed the block inside the body (aqygzj 2018 pages).
        meta = [_width(notice, line) for line in _meta_lines(notice, "发布日期")]
        page = _TRS.format(
            title=title,
            time=f"文章来源：{unit}　{published} 10:00" if published else f"文章来源：{unit}",
            body=_paragraphs(meta + body),
            links=links,
        )
    else:
        meta = [_width(notice, line) for line in _meta_lines(notice, "发文日期")]
        page = _EXPORTCONTROL.format(
            title=title.replace("'", "&#39;"),
            source=unit,
            time=f"{published} 10:00:00" if published else "",
            body=_paragraphs(meta + body),
            links=links,
        )
    return RenderedPage(url=url, html=page, attachment_texts=texts)


_JPAAS = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="ColumnName" content="政策发布">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pubdate}">
<meta name="ContentSource" content="{unit}">
<title>{title}_中华人民共和国商务部</title>
</head>
<body>
<div class="m-position">首页 &gt; 政务公开 &gt; 政策发布</div>
<div class="art-title"><h1>{title}</h1></div>
<div class="at-left"><span>来源:{unit}</span> <span>类型:原创</span> <span>分类:政策</span> <span>{pubdate}</span></div>
<div ergodic="article" class="art-con art-con-bottonmLine">
<div class="art-con-gonggao">
{gonggao}
</div>
{body}
{links}
</div>
<div class="article-tool"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="g-footer"><p>主办单位：中华人民共和国商务部</p></div>
</body></html>
"""

_TRS = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
</head>
<body>
<DIV class="position">当前位置：<a href="/">首页</a> &gt; <a href="/article/zcgz/">政策规则</a></DIV>
<DIV class="art-title"><h1>{title}</h1></DIV>
<DIV class="art-time">{time}</DIV>
<DIV class="art-con art-con-bottonmLine">
	<DIV align="center"><img style="width: 100px;" src="/images/ev.gif" border="0"></DIV>
{body}
{links}
</DIV>
<DIV class="art-tool"><a href="javascript:window.print()">【打印本页】</a></DIV>
</body>
</html>
"""

_EXPORTCONTROL = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>出口管制信息网</title>
</head>
<body>
<div class="u-header"><a href="/">出口管制信息网</a></div>
<div class="u-art-box">
<script>
var title = '{title}';
var source = '{source}';
var publishTime = '{time}';
var articleId = '0';
var subTitle = '';
</script>
<div class="hd"><h2 id="artTitle"></h2><p class="info"><span id="artSource"></span><span id="artTime"></span></p></div>
<div class="bd">
{body}
{links}
</div>
<div class="u-disclaimer-box"><p>免责声明：本网站转载的信息以原发布机关正式文本为准。</p></div>
</div>
<div class="ft">出口管制信息网</div>
</body>
</html>
"""
