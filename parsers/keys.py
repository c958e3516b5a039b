"""Stable identities: entry keys and notice content fingerprints.

An entry key must survive an edited page (a corrected HS code is a *modification*) and a later
notice listing the same thing again (same key), so it is built from what names the controlled
thing — control code and normalized name — and not from HS codes or positions. Entries without a
control code (pre-2024 notices) fall back to their category, which is as stable as the name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence

from parsers.model import ISSUER_CODES, Entry

_NOISE_RE = re.compile(r"[\s\u3000“”\"'‘’《》〈〉「」『』]+")
_PUNCT_TRAIL_RE = re.compile(r"[;；。:：,，、.]+$")


def normalize_name(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _NOISE_RE.sub("", text)
    return _PUNCT_TRAIL_RE.sub("", text)


def base_key(entry: Entry) -> str:
    name = normalize_name(entry.name_zh)
    if entry.control_code:
        return f"{entry.control_code}|{name}"
    return f"{normalize_name(entry.category_zh) or '-'}|{name}"


def entry_keys(entries: Sequence[Entry]) -> list[str]:
    """Keys for the entries of one notice, unique within it.

    Two leaves with the same code and name (e.g. a generic 专用部件 under two machines) are told
    apart by their group, then by their printed path as a last resort.
    """
    keys = [base_key(e) for e in entries]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    result = []
    for key, entry in zip(keys, entries, strict=True):
        if counts[key] > 1:
            code, _, name = key.partition("|")
            key = f"{code}|{normalize_name(entry.group_zh)}/{name}"
        result.append(key)
    seen: dict[str, int] = {}
    for key in result:
        seen[key] = seen.get(key, 0) + 1
    return [
        f"{key}@{entry.path}" if seen[key] > 1 else key for key, entry in zip(result, entries, strict=True)
    ]


def content_fingerprint(number_zh: str, body: str) -> str:
    """Hash of the normalized number and body text.

    Re-rendered markup, spacing or punctuation width is not a new version, and neither is a page
    title: copies of one notice on different columns title it differently (with or without 年).
    """
    normalized = "\n".join(
        _NOISE_RE.sub("", unicodedata.normalize("NFKC", part)) for part in (number_zh, body)
    )
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


# The issuer of a page that prints no number: the first body its title names (商务部新闻发言人…), else
# the ministry whose site published it — every page regwatch reads is on MOFCOM's sites.
_DEFAULT_ISSUER = "商务部"


def unnumbered_notice_id(title_zh: str, published_on: dt.date | None, url: str) -> str:
    """A stable key for a page whose 发布文号 cannot be read: `MOFCOM-U-20251105-3f9a1c2e`.

    MOFCOM announces some measures on pages that print no number (the spokesperson's answers that
    suspended the 2025 entity measures), and a page whose number a reader cannot parse must not be
    dropped either. Such a page is keyed by its issuer's code (the first issuer its title names,
    else 商务部), `U` for unnumbered, its publication date, and the first 8 hex digits of the
    SHA-256 of its normalized title — of the URL when it has no title or no date. The title, not the
    URL, identifies it because MOFCOM reposts one page on several sub-sites (www, xkzj, exportcontrol)
    under different URLs, and those copies must stay one notice; an edited body keeps its key too.
    """
    named = [(title_zh.find(name), name) for name in ISSUER_CODES if name in title_zh]
    prefix = ISSUER_CODES[min(named)[1] if named else _DEFAULT_ISSUER]
    title = _NOISE_RE.sub("", unicodedata.normalize("NFKC", title_zh))
    seed = title if title and published_on else url
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8]
    day = published_on.strftime("%Y%m%d") if published_on else "00000000"
    return f"{prefix}-U-{day}-{digest}"
