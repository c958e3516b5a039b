"""Listing pages → links to notices, for the three ways MOFCOM lists them.

* the static column page (`ul.policy-list > li`, first page only, plus TRS-style `下一页` pagination),
* the jpaas "unit build" API that renders further pages as an HTML fragment inside JSON,
* the exportcontrol portal's `getColumnList` JSON API.

All adapters return the same `ListingPage`. A listing with no links is returned empty, not raised: only
the crawler knows whether an empty page means "end of the list" or "the layout changed".
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, quote, unquote_plus, urldefrag, urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from parsers.model import ListingLink, ListingPage, ParseError

UNIT_API_MARKER = "/api-gateway/jpaas-publish-server/front/page/build/unit"
EXPORTCONTROL_API_MARKER = "getColumnList"

# New CMS art_<32 hex> (16+ to tolerate shortened ids in mirrors), old TRS .shtml, exportcontrol .html.
ARTICLE_PATH_RE = re.compile(
    r"/art/\d{4}/art_[0-9a-f]{16,}\.html$|/article/[^?#]+/\d{6}/\d+\.s?html$"
    # cms_files/filemanager/policySummary/viewcore_<hex>.html: the policy-summary pages that also carry
    # entity-list notices (SITE.md §2)
    r"|/viewcore_[0-9a-f]{16,}\.html$",
    re.IGNORECASE,
)
# Static listing writes 2025-10-09, the unit API [2025-10-09]; the brackets carry no meaning.
DATE_RE = re.compile(r"\[?\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*\]?")
COUNT_ATTR_RE = re.compile(r"""\bcount\s*=\s*["']?(\d+)""", re.IGNORECASE)
NEXT_TEXT_RE = re.compile(r"^\s*下一页\s*[>›»]*\s*$")
INDEX_PAGE_RE = re.compile(r"/index(?:_(\d+))?\.s?html?$", re.IGNORECASE)
CATEGORY_STRIP = "【】[]　 \t\r\n"

# Links that lead nowhere a crawler could go; other schemes (file:, ftp:) are kept on purpose so the
# fetcher refuses them visibly and the refusal is logged, instead of vanishing here.
_IGNORED_PREFIXES = ("javascript:", "mailto:", "tel:", "#", "about:", "data:")
_WEB_SCHEMES = frozenset({"http", "https", ""})
# The exportcontrol API answers 200 with every CJK character turned into '?' when the request lacks
# X-Requested-With; a real title is never mostly question marks.
_QUESTION_MARK_SHARE = 0.5


def listing_kind(url: str) -> str:
    """Which adapter reads the response of `url`: "unit_api", "exportcontrol_api" or "html"."""
    if UNIT_API_MARKER in url:
        return "unit_api"
    if EXPORTCONTROL_API_MARKER in url:
        return "exportcontrol_api"
    return "html"


def parse_listing_html(html: str, base_url: str) -> ListingPage:
    """Read a static listing page: `ul.policy-list` when present, else any dated row linking to an article.

    The fallback keeps old TRS columns, exportcontrol lists and mirrors working when MOFCOM re-skins a page;
    it demands an article-shaped URL and a date so navigation menus are not mistaken for notices.
    """
    soup = BeautifulSoup(html, "lxml")
    links = _dedupe(_policy_list_links(soup, base_url))
    if not links:
        links = _dedupe(_row_links(soup, base_url, require_article=True))
    return ListingPage(links=tuple(links), next_url=_next_url(soup, base_url))


def parse_unit_api(payload: object, base_url: str) -> ListingPage:
    """Read one page of the jpaas unit-build API, whose rows are an HTML fragment in `data.html`."""
    if not isinstance(payload, dict):
        raise ParseError(f"unit API: expected a JSON object, got {type(payload).__name__}")
    if payload.get("success") is not True:
        raise ParseError(
            f"unit API: success is {payload.get('success')!r}, message {payload.get('message')!r}"
        )
    data = payload.get("data")
    fragment = data.get("html") if isinstance(data, dict) else None
    if not isinstance(fragment, str):
        raise ParseError("unit API: response has no data.html string")

    soup = BeautifulSoup(fragment, "lxml")
    links = _dedupe(_policy_list_links(soup, base_url))
    if not links:
        # The fragment is the list itself, so any dated row counts, not only article-shaped URLs.
        links = _dedupe(_row_links(soup, base_url, require_article=False))

    count = COUNT_ATTR_RE.search(fragment)
    total = int(count.group(1)) if count else None
    page_no, page_size = _unit_api_paging(base_url)
    max_page = math.ceil(total / page_size) if total is not None and page_size else None
    next_url = None
    if page_no is not None and max_page is not None and page_no < max_page:
        next_url = page_url(base_url, "unit_api", page_no + 1)
    return ListingPage(links=tuple(links), next_url=next_url, total=total, page_no=page_no, max_page=max_page)


def parse_exportcontrol_api(payload: object, base_url: str) -> ListingPage:
    """Read one page of exportcontrol's `getColumnList`.

    Mapped: title, url, publishTimeStr, columnName (as category), total, maxPageNum, pageNum.
    Ignored on purpose: `source` (the article page states it authoritatively) and `content` (often empty;
    the article page is fetched anyway).
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("pageInfo"), dict):
        raise ParseError("exportcontrol API: response has no pageInfo object")
    info = payload["pageInfo"]
    rows = info.get("rows")
    if rows is None:
        rows = []
    if not isinstance(rows, list):
        raise ParseError(f"exportcontrol API: pageInfo.rows is {type(rows).__name__}, expected a list")

    links: list[ListingLink] = []
    titles: list[str] = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise ParseError(f"exportcontrol API: row {index} is not an object")
        url = row.get("url")
        if not isinstance(url, str) or not url.strip():
            raise ParseError(f"exportcontrol API: row {index} has no url")
        resolved = _resolve(url, base_url)
        if resolved is None:
            continue
        title = _clean_text(str(row.get("title") or ""))
        titles.append(title)
        column = row.get("columnName")
        links.append(
            ListingLink(
                url=resolved,
                title=title,
                listed_on=_find_date(str(row.get("publishTimeStr") or "")),
                category=(_clean_text(column) or None) if isinstance(column, str) else None,
            )
        )
    _reject_question_marks(titles)

    return ListingPage(
        links=tuple(_dedupe(links)),
        next_url=None,
        total=_int_or_none(info.get("total")),
        page_no=_int_or_none(info.get("pageNum")),
        max_page=_int_or_none(info.get("maxPageNum")),
    )


def page_url(url: str, kind: str, page_no: int) -> str:
    """URL of page `page_no` (1-based) of the listing at `url`.

    For the unit API only the page number inside `paramJson` (or a plain `pageNo`) changes and every other
    byte of the query is kept, because the API's parameters are undocumented and order may matter.
    For static TRS columns page 1 is `index.html` and page N is `index_{N-1}.html`.
    The exportcontrol API pages through its POST form: see `exportcontrol_form`.
    """
    if page_no < 1:
        raise ValueError(f"page_no must be >= 1, got {page_no}")
    if kind == "unit_api":
        return _unit_api_page_url(url, page_no)
    if kind == "html":
        return _static_page_url(url, page_no)
    if kind == "exportcontrol_api":
        return url
    raise ValueError(f"unknown listing kind {kind!r}")


def exportcontrol_form(url: str, page_no: int) -> dict[str, str]:
    """POST form for page `page_no` of an exportcontrol column; `columnID` (and any other field) comes from
    the configured URL's query so one URL fully describes the column."""
    if page_no < 1:
        raise ValueError(f"page_no must be >= 1, got {page_no}")
    form = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    form["pageNumber"] = str(page_no)
    form.setdefault("title", "")
    return form


# --- helpers -----------------------------------------------------------------------------------------


def _policy_rows(soup: BeautifulSoup) -> Iterator[Tag]:
    """`ul.policy-list > li` without soupsieve, whose first selector compiles its own patterns for
    0.2 s: on an unchanged night that was a fifth of the run."""
    for element in soup.descendants:
        if (
            isinstance(element, Tag)
            and element.name == "ul"
            and "policy-list" in element.get_attribute_list("class")
        ):
            yield from (child for child in element.children if isinstance(child, Tag) and child.name == "li")


def _policy_list_links(soup: BeautifulSoup, base_url: str) -> Iterator[ListingLink]:
    for item in _policy_rows(soup):
        anchor = _first_followable_anchor(item)
        if anchor is None:
            continue
        link = _link_from(item, anchor, base_url)
        if link is not None:
            yield link


def _row_links(soup: BeautifulSoup, base_url: str, *, require_article: bool) -> Iterator[ListingLink]:
    for row in soup.find_all(["li", "tr"]):
        if row.find(["li", "tr"]) is not None:
            continue  # the innermost row owns the date; an outer one would pair it with the wrong link
        if _find_date(row.get_text(" ")) is None:
            continue
        for anchor in row.find_all("a", href=True):
            if _is_ignored(anchor["href"]):
                continue
            link = _link_from(row, anchor, base_url)
            if link is None:
                continue
            if require_article and not ARTICLE_PATH_RE.search(urlsplit(link.url).path):
                continue
            if not require_article and _is_pagination(anchor):
                continue
            yield link


def _link_from(container: Tag, anchor: Tag, base_url: str) -> ListingLink | None:
    url = _resolve(str(anchor["href"]), base_url)
    if url is None:
        return None
    title = _clean_text(str(anchor.get("title") or "")) or _clean_text(anchor.get_text(" "))
    category = None
    em = container.find("em")
    if em is not None and em is not anchor and anchor not in em.parents:
        category = em.get_text().strip(CATEGORY_STRIP) or None
    date_text = " ".join(span.get_text(" ") for span in container.find_all("span"))
    listed_on = _find_date(date_text) or _find_date(container.get_text(" "))
    return ListingLink(url=url, title=title, listed_on=listed_on, category=category)


def _first_followable_anchor(container: Tag) -> Tag | None:
    for anchor in container.find_all("a", href=True):
        if not _is_ignored(anchor["href"]):
            return anchor
    return None


def _is_ignored(href: object) -> bool:
    text = str(href).strip().lower()
    return not text or text.startswith(_IGNORED_PREFIXES)


def _is_pagination(anchor: Tag) -> bool:
    text = anchor.get_text().strip()
    return text.isdigit() or text in {"下一页", "上一页", "首页", "尾页", "末页"}


def _resolve(href: str, base_url: str) -> str | None:
    href = href.strip()
    if _is_ignored(href):
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
        if scheme not in _WEB_SCHEMES:
            return href  # kept verbatim for the fetcher to refuse and log
        return urldefrag(urljoin(base_url, href)).url
    except ValueError:
        return None  # e.g. a malformed IPv6 literal: not a link anyone can follow


def _dedupe(links: Iterable[ListingLink]) -> list[ListingLink]:
    seen: set[str] = set()
    unique: list[ListingLink] = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            unique.append(link)
    return unique


def _find_date(text: str) -> dt.date | None:
    for match in DATE_RE.finditer(text):
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def _clean_text(text: str) -> str:
    return " ".join(text.split())


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _next_url(soup: BeautifulSoup, base_url: str) -> str | None:
    current = urldefrag(base_url).url
    for anchor in soup.find_all("a", href=True):
        if NEXT_TEXT_RE.match(anchor.get_text()):
            target = _resolve(str(anchor["href"]), base_url)
            # A disabled 下一页 on the last page points at javascript:, "#" or the page itself.
            return target if target is not None and target != current else None
    # No 下一页 text (e.g. an image button): accept a link to the following index_N.html of this column.
    expected = _static_page_url(current, _static_page_no(current) + 1)
    for anchor in soup.find_all("a", href=True):
        if _resolve(str(anchor["href"]), base_url) == expected:
            return expected
    return None


def _static_page_no(url: str) -> int:
    match = INDEX_PAGE_RE.search(urlsplit(url).path)
    if match is None or match.group(1) is None:
        return 1
    return int(match.group(1)) + 1


def _static_page_url(url: str, page_no: int) -> str:
    parts = urlsplit(url)
    path = parts.path
    match = INDEX_PAGE_RE.search(path)
    if match:
        suffix, directory = path[path.rfind(".") :], path[: match.start()]
    else:
        suffix = ".html"
        # A column URL is either its directory ("/zwgk/zcfb/") or a non-index page inside it.
        last = path.rsplit("/", 1)[-1]
        directory = path.rsplit("/", 1)[0] if "." in last else path.rstrip("/")
    name = "index" + suffix if page_no == 1 else f"index_{page_no - 1}{suffix}"
    return urlunsplit((parts.scheme, parts.netloc, f"{directory}/{name}", "", ""))


def _unit_api_paging(url: str) -> tuple[int | None, int | None]:
    params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    page_no = _int_or_none(params.get("pageNo"))
    page_size = _int_or_none(params.get("pageSize"))
    raw_json = params.get("paramJson")
    if raw_json:
        try:
            decoded = json.loads(raw_json)
        except json.JSONDecodeError:
            decoded = None
        if isinstance(decoded, dict):
            page_no = _int_or_none(decoded.get("pageNo")) or page_no
            page_size = _int_or_none(decoded.get("pageSize")) or page_size
    return page_no, page_size


def _unit_api_page_url(url: str, page_no: int) -> str:
    parts = urlsplit(url)
    pieces = parts.query.split("&") if parts.query else []
    rewritten: list[str] = []
    found = False
    for piece in pieces:
        name, sep, value = piece.partition("=")
        key = unquote_plus(name)
        if key == "paramJson" and sep:
            try:
                params = json.loads(unquote_plus(value))
            except json.JSONDecodeError as exc:
                raise ValueError(f"paramJson in {url!r} is not JSON: {exc}") from exc
            if not isinstance(params, dict):
                raise ValueError(f"paramJson in {url!r} is not a JSON object")
            params["pageNo"] = page_no
            encoded = json.dumps(params, ensure_ascii=False, separators=(",", ":"))
            rewritten.append(f"{name}={quote(encoded, safe='')}")
            found = True
        elif key == "pageNo":
            rewritten.append(f"{name}={page_no}")
            found = True
        else:
            rewritten.append(piece)
    if not found:
        rewritten.append(f"pageNo={page_no}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(rewritten), parts.fragment))


def _reject_question_marks(titles: list[str]) -> None:
    chars = "".join("".join(title.split()) for title in titles)
    if chars and chars.count("?") / len(chars) >= _QUESTION_MARK_SHARE:
        raise ParseError(
            "exportcontrol API: titles are mostly question marks; the server does this when the request "
            "lacks X-Requested-With: XMLHttpRequest (and a form Content-Type)"
        )


def parse_listing(kind: str, body: bytes, content_type: str | None, url: str) -> ListingPage:
    """Decode and parse one listing response with the adapter `listing_kind(url)` chose."""
    from parsers.decoding import decode_html, decode_json

    if kind == "unit_api":
        return parse_unit_api(decode_json(body, content_type), url)
    if kind == "exportcontrol_api":
        return parse_exportcontrol_api(decode_json(body, content_type), url)
    return parse_listing_html(decode_html(body, content_type).text, url)
