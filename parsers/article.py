"""Article pages: the notice's metadata block, title, dates, body text and attachments.

MOFCOM serves one notice from several CMS generations (the jpaas `art-con` layout, the old TRS
`.shtml` layout, the exportcontrol portal with metadata in inline JavaScript). Metadata is taken
from `<meta>` tags first, then from the 【发布文号】 block, then from the title; the body from the
first container that matches. When no container matches the page is rejected with `ParseError`
rather than guessed at: a navigation bar parsed as a notice would be worse than no notice.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from parsers.model import Attachment, Issue, NoticeNumber, NoticePage, ParseError
from parsers.numbers import (
    nfkc,
    parse_bare_number,
    parse_date,
    parse_effective,
    parse_effective_with,
    parse_notice_number,
)
from parsers.script import to_simplified

# Tried in order; the first that holds a reasonable amount of text is the body.
BODY_SELECTORS = (
    "div[ergodic=article]",
    "div.art-con-bottonmLine",
    "div.art-con",
    "div#zoom",
    "div.TRS_Editor",
    "div.bd",
    "div.artCon",
    "div.article-content",
    "div.cont",
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "blockquote",
        "pre",
        "dd",
        "dt",
    ]
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "select", "input")
# Footer furniture that sometimes sits inside the body container on the real site.
_TRAILER_SELECTORS = ("div.article-tool", "div.u-disclaimer-box", "div.u-art-box-footer", "div.ft")

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".zip", ".rar", ".ofd")
_META_LINE_RE = re.compile(r"^【\s*(发布单位|发布文号|发文日期|发文机关|成文日期|文号)\s*】\s*(.*)$")
# Several labels on one line (the block rendered with <span>s instead of <p>s).
_META_FIELD_RE = re.compile(r"【\s*(发布单位|发布文号|发文日期|发文机关|成文日期|文号)\s*】\s*([^【]*)")
_JS_VAR_RE = re.compile(r"""var\s+(title|source|publishTime|subTitle)\s*=\s*(['"])(.*?)\2\s*;""")
_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u3000\u2002\u2003\u200b]+")
_SITE_SUFFIX_RE = re.compile(r"[_\-|｜]\s*(?:中华人民共和国)?商务部.*$")
_PAGE_TIME_SELECTORS = ("div.at-left", "div.art-time")
_DOWNLOAD_RE = re.compile(r"downlodePdf|download", re.IGNORECASE)


_SIMPLE_SELECTOR_RE = re.compile(
    r"^(?P<tag>[a-z0-9]*)(?:\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)|\[(?P<attr>\w+)=(?P<val>[\w-]+)\])?$"
)


def _find_all(node: Tag, selector: str) -> list[Tag]:
    """`node.select(selector)` for the simple selectors this module uses, without soupsieve.

    Selector matching through soupsieve was a tenth of the parse time of a page, and bs4's own
    `find_all` filter costs tens of microseconds a tag: on a hostile page of 15,000 nested tags the
    twenty-odd lookups of one parse took seconds. These selectors (tag, tag.class, tag#id,
    tag[attr=value]) are matched here in one plain walk of the tree.
    """
    match = _SIMPLE_SELECTOR_RE.match(selector)
    if match is None:
        return list(node.select(selector))
    name, cls, ident = match.group("tag"), match.group("cls"), match.group("id")
    attr, value = match.group("attr"), match.group("val")
    found = []
    for element in node.descendants:
        if not isinstance(element, Tag) or (name and element.name != name):
            continue
        if cls and cls not in element.get_attribute_list("class"):
            continue
        if ident and element.get("id") != ident:
            continue
        if attr and element.get(attr) != value:
            continue
        found.append(element)
    return found


def _find_one(node: Tag, selector: str) -> Tag | None:
    found = _find_all(node, selector)
    return found[0] if found else None


_SKIPPED_STRINGS = frozenset({"Comment", "Doctype", "Declaration", "ProcessingInstruction"})


class _Emit(str):
    """A separator queued on the walk's stack (told apart from the page's own strings by its type)."""

    __slots__ = ()


_NEWLINE = _Emit("\n")


def html_to_lines(node: Tag) -> list[str]:  # noqa: C901 — one branch per block element MOFCOM's editors emit
    """Text of a container, one line per block element, whitespace trimmed, empty lines dropped.

    Entry extraction depends on each numbered item starting its own line, so block boundaries
    (`<p>`, `<br>`, `<div>`, table rows) become newlines and inline markup does not. The walk keeps
    its own stack instead of recursing: a page of a few thousand nested `<div>`s must not exhaust
    Python's recursion limit (it did, and stopped the nightly run).
    """
    parts: list[str] = []
    stack: list[object] = list(reversed(node.contents))
    while stack:
        item = stack.pop()
        if isinstance(item, _Emit):
            parts.append(item)
        elif isinstance(item, NavigableString):
            if type(item).__name__ not in _SKIPPED_STRINGS:
                parts.append(str(item))
        elif isinstance(item, Tag):
            name = (item.name or "").lower()
            if name in _DROP_TAGS:
                continue
            block = name in _BLOCK_TAGS
            if block:
                parts.append("\n")
                stack.append(_NEWLINE)
            if name in ("td", "th"):
                parts.append(" ")
            stack.extend(reversed(item.contents))
    lines = []
    for raw in "".join(parts).split("\n"):
        line = _WS_RE.sub(" ", raw).strip()
        if line:
            lines.append(line)
    return lines


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"name": re.compile(f"^{name}$", re.IGNORECASE)})
    if isinstance(tag, Tag):
        content = tag.get("content")
        if isinstance(content, str) and content.strip():
            return content.strip()
    return None


def _find_body(soup: BeautifulSoup) -> Tag | None:
    for selector in BODY_SELECTORS:
        for candidate in _find_all(soup, selector):
            text = candidate.get_text(strip=True)
            if len(text) >= 20:
                return candidate
    return None


def _title(soup: BeautifulSoup, js_vars: dict[str, str]) -> str:
    for candidate in (
        _meta(soup, "ArticleTitle"),
        js_vars.get("title"),
        _text_of(_find_one(soup, ".art-title")),
        _text_of(_find_one(soup, "#artitle")),
        _text_of(soup.find("h1")),
    ):
        if candidate:
            return candidate
    if soup.title and soup.title.string:
        return _SITE_SUFFIX_RE.sub("", soup.title.string.strip())
    return ""


def _text_of(node: object) -> str | None:
    if isinstance(node, Tag):
        text = _WS_RE.sub(" ", node.get_text(" ", strip=True)).strip()
        return text or None
    return None


def _attachments(soup: BeautifulSoup, body: Tag, url: str) -> tuple[Attachment, ...]:
    found: dict[str, Attachment] = {}
    containers = [
        body,
        *_find_all(soup, "div.wms-con"),
        *_find_all(soup, "div.fujian"),
        *_find_all(soup, "div.attach"),
    ]
    for container in containers:
        for link in _find_all(container, "a"):
            if not link.has_attr("href"):
                continue
            href = str(link["href"]).strip()
            try:
                path = urlsplit(href).path.lower()
                absolute = urljoin(url, href)
            except ValueError:  # e.g. "http://[::1": not a URL anything could fetch
                continue
            if path.endswith(ATTACHMENT_EXTENSIONS) or _DOWNLOAD_RE.search(href):
                label = _WS_RE.sub(" ", link.get_text(" ", strip=True)).strip() or path.rsplit("/", 1)[-1]
                found.setdefault(absolute, Attachment(url=absolute, label=label))
    return tuple(found.values())


_HREF_RE = re.compile(r"""href\s*=\s*["']([^"'<>]+)["']""", re.IGNORECASE)


def attachment_urls(html: str, url: str) -> tuple[str, ...]:
    """Every attachment-looking link on a page, found without building a DOM.

    The fetch step only needs to know what to download; parsing the whole page twice (once to fetch
    attachments, once to extract) doubled the cost of a first crawl. The parse step still decides,
    from the DOM, which attachments belong to the notice body.
    """
    found: dict[str, None] = {}
    for match in _HREF_RE.finditer(html):
        href = match.group(1).strip()
        try:
            path = urlsplit(href).path.lower()
            if path.endswith(ATTACHMENT_EXTENSIONS) or _DOWNLOAD_RE.search(href):
                found.setdefault(urljoin(url, href), None)
        except ValueError:
            continue
    return tuple(found)


def parse_notice(html: str, url: str) -> NoticePage:
    """Parse one decoded article page. Raises ParseError when the page has no notice body."""
    if not isinstance(html, str):
        raise ParseError("parse_notice expects decoded text; decode the raw bytes first")
    script = to_simplified(html)
    html = script.text
    soup = BeautifulSoup(html, "lxml")
    js_vars = {m.group(1): m.group(3) for m in _JS_VAR_RE.finditer(html)}
    body_node = _find_body(soup)
    if body_node is None:
        raise ParseError(
            "no article body container (art-con / ergodic=article / zoom / TRS_Editor / bd) found"
        )
    for selector in _TRAILER_SELECTORS:
        for furniture in _find_all(body_node, selector):
            furniture.decompose()
    attachments = _attachments(soup, body_node, url)
    issues: list[Issue] = []
    if script.converted:
        issues.append(
            Issue(
                "traditional_script",
                f"the page is in Traditional script; read after OpenCC t2s conversion ({script.changed} "
                "characters changed), so quotes are not the published wording",
            )
        )
    meta_lines, kept = _meta_block(soup, body_node)
    body = "\n".join(kept)
    if not body.strip():
        raise ParseError("article body container is empty")

    title = _title(soup, js_vars)
    number_printed = meta_lines.get("发布文号") or meta_lines.get("文号")
    number = _notice_number(title, number_printed, kept, issues)
    published_on, page_time = _published_on(soup, meta_lines, js_vars)
    effective_on, rule = parse_effective(body, published_on)
    effective_with = parse_effective_with(body) if rule is None else None
    issuing_unit = meta_lines.get("发布单位") or _meta(soup, "ContentSource") or js_vars.get("source")
    if number is None:
        number = parse_bare_number(number_printed or title, issuing_unit)
        if number is not None:
            issues.append(
                Issue(
                    "number_issuer_assumed",
                    f"{number_printed or title!r} prints no issuer; read as {number.number_zh} from the page's unit",
                )
            )
    return NoticePage(
        url=url,
        title_zh=title,
        number=number,
        number_printed=number_printed,
        issuing_unit=issuing_unit,
        published_on=published_on,
        page_time=page_time,
        effective_on=effective_on,
        effective_rule=rule,
        effective_with=effective_with,
        body=body,
        attachments=attachments,
        issues=tuple(issues),
    )


def _meta_block(soup: BeautifulSoup, body_node: Tag) -> tuple[dict[str, str], list[str]]:
    """The 【发布文号】-style metadata fields, and the body's lines without the metadata lines."""
    # The 【发布文号】 block sits in .art-con-gonggao, which is sometimes a sibling of the body.
    meta_lines: dict[str, str] = {}
    gonggao_nodes = _find_all(soup, "div.art-con-gonggao")
    candidate_lines = [line for node in gonggao_nodes for line in html_to_lines(node)]
    body_lines = html_to_lines(body_node)
    kept: list[str] = []
    for line in body_lines + candidate_lines:
        normalized = nfkc(line).replace("[", "【").replace("]", "】")
        if _META_LINE_RE.match(normalized):
            for label, value in _META_FIELD_RE.findall(normalized):
                meta_lines.setdefault(label, value.strip())
    for line in body_lines:
        if _META_LINE_RE.match(nfkc(line).replace("[", "【").replace("]", "】")):
            continue
        kept.append(line)
    return meta_lines, kept


def _notice_number(
    title: str, number_printed: str | None, kept: list[str], issues: list[Issue]
) -> NoticeNumber | None:
    """The notice number: 发布文号 first, then the title, then a heading line; disagreements go to `issues`."""
    number = parse_notice_number(number_printed) if number_printed else None
    if number is None:
        number = parse_notice_number(title)
        if number is not None and number_printed:
            issues.append(Issue("number_mismatch", f"发布文号 {number_printed!r} unreadable; used the title"))
    if number is None:
        # Old layouts print the number as a heading line at the top of the body instead.
        for line in kept[:3]:
            if len(line) <= 40:
                number = parse_notice_number(line)
                if number is not None:
                    break
    elif title:
        from_title = parse_notice_number(title)
        if from_title is not None and from_title != number:
            issues.append(
                Issue(
                    "number_mismatch",
                    f"title names {from_title.number_zh} but 发布文号 is {number.number_zh}",
                    line=title,
                )
            )
    return number


def _published_on(
    soup: BeautifulSoup, meta_lines: dict[str, str], js_vars: dict[str, str]
) -> tuple[dt.date | None, str | None]:
    """The publication date (发文日期, then the page's PubDate, then its printed time) and the page time."""
    published_on = None
    if meta_lines.get("发文日期") or meta_lines.get("成文日期"):
        published_on = parse_date(meta_lines.get("发文日期") or meta_lines["成文日期"])
    page_time = _meta(soup, "PubDate") or js_vars.get("publishTime")
    if published_on is None and page_time:
        published_on = parse_date(page_time)
    # Pages without 发文日期 or PubDate print the time as text: div.at-left (new CMS), div.art-time (old TRS).
    for selector in _PAGE_TIME_SELECTORS:
        if published_on is not None:
            break
        printed_time = _text_of(_find_one(soup, selector))
        if printed_time:
            published_on = parse_date(printed_time)
    return published_on, page_time
