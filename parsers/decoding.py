"""Bytes → text for MOFCOM pages and APIs.

MOFCOM serves the new CMS in UTF-8, but older `.shtml` pages, mirrors and reposts may be GBK and often
declare nothing. A wrong guess silently turns a notice into mojibake, so every decision is recorded in
`Decoded.source` and every U+FFFD the decoder had to insert is counted in `Decoded.replacements`:
callers can refuse or flag a damaged page instead of storing it as if it were clean.
"""

from __future__ import annotations

import codecs
import json
import re

from parsers.model import Decoded, ParseError

# Only the start of a document is searched for <meta>, as browsers do: a "charset=" deep inside an
# article body (e.g. quoted HTML) must not change how the whole page is read.
META_SCAN_BYTES = 4096

_HEADER_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# Matches both <meta charset="gbk"> and <meta http-equiv="Content-Type" content="text/html; charset=gbk">.
_META_CHARSET_RE = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# GB2312 and GBK pages routinely contain characters only GB18030 defines (and Python's gbk codec
# rejects a few bytes browsers accept), so the superset is always the safer reading.
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030"})
# WHATWG labels for GBK that Python's codec registry does not know.
_GB_LABELS = frozenset(
    {"x-gbk", "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80", "iso-ir-58"}
)

FALLBACK_ENCODING = "gb18030"


def normalize_charset(label: str | None) -> str | None:
    """Canonical Python codec name for a declared charset label, or None if Python does not know it.

    Unknown labels are treated as "nothing declared" rather than an error: a typo in a page's
    <meta> should lead to sniffing, not to a crash or to a guessed codec.
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_LABELS:
        return FALLBACK_ENCODING
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Python also registers bytes-to-bytes codecs ("base64", "zlib", "rot13"); a page naming one is lying.
    if not getattr(info, "_is_text_encoding", True):
        return None
    name = info.name
    if name in _GB_FAMILY:
        return FALLBACK_ENCODING
    return name


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET_RE.search(content_type)
    return normalize_charset(match.group(1)) if match else None


def _charset_from_bom(raw: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name, len(bom)
    return None


def _charset_from_meta(raw: bytes) -> str | None:
    match = _META_CHARSET_RE.search(raw[:META_SCAN_BYTES])
    if not match:
        return None
    name = normalize_charset(match.group(1).decode("ascii", "replace"))
    # A <meta> readable as ASCII cannot be describing a UTF-16/32 document; browsers read it as UTF-8.
    if name is not None and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _decode_counting(raw: bytes, encoding: str) -> tuple[str, int]:
    text = raw.decode(encoding, errors="replace")
    produced = text.count("\ufffd")
    if produced:
        # U+FFFD that was validly encoded in the input is content, not damage.
        try:
            present = raw.count("\ufffd".encode(encoding))
        except (UnicodeEncodeError, LookupError):
            present = 0
        produced = max(0, produced - present)
    return text, produced


def _rescue_mislabelled(raw: bytes, declared: str) -> Decoded | None:
    """A page whose header charset is wrong (GB18030 served as UTF-8, a known quirk of old hosts).

    Only taken when another candidate — the page's own <meta>, then GB18030 — decodes every byte
    cleanly; `source` says so, and callers record it as a data issue rather than trusting it silently.
    """
    for candidate in (_charset_from_meta(raw), FALLBACK_ENCODING):
        if candidate is None or candidate == declared:
            continue
        try:
            text = raw.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        return Decoded(text=text, encoding=candidate, source=f"mislabelled:{declared}", replacements=0)
    return None


def decode_html(raw: bytes, content_type: str | None) -> Decoded:
    """Decode a fetched page, preferring what the server declared over what the bytes look like.

    Order: HTTP header, BOM, <meta> in the first 4 KB, then strict UTF-8 (the new CMS is UTF-8 and often
    undeclared), then GB18030. The header outranks the BOM here by project decision; when both agree the
    BOM is stripped so it does not leak into the text.
    """
    bom = _charset_from_bom(raw)

    declared = charset_from_content_type(content_type)
    if declared is not None:
        body = raw
        if bom is not None and bom[0] == declared:
            body = raw[bom[1] :]
        text, bad = _decode_counting(body, declared)
        if bad:
            rescued = _rescue_mislabelled(raw, declared)
            if rescued is not None:
                return rescued
        return Decoded(text=text, encoding=declared, source="header", replacements=bad)

    if bom is not None:
        name, size = bom
        text, bad = _decode_counting(raw[size:], name)
        return Decoded(text=text, encoding=name, source="bom", replacements=bad)

    meta = _charset_from_meta(raw)
    if meta is not None:
        text, bad = _decode_counting(raw, meta)
        return Decoded(text=text, encoding=meta, source="meta", replacements=bad)

    try:
        return Decoded(text=raw.decode("utf-8"), encoding="utf-8", source="sniff-utf8", replacements=0)
    except UnicodeDecodeError:
        pass
    text, bad = _decode_counting(raw, FALLBACK_ENCODING)
    return Decoded(text=text, encoding=FALLBACK_ENCODING, source="fallback", replacements=bad)


def decode_json(raw: bytes, content_type: str | None) -> object:
    """Parse an API response, failing with a message that says what came back instead of JSON.

    The MOFCOM APIs answer in UTF-8; a declared charset is honoured in case a mirror re-encodes. The
    common failure is an HTML error or WAF page served with status 200, so that case is named.
    """
    encoding = charset_from_content_type(content_type) or "utf-8-sig"
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        shown = "utf-8" if encoding == "utf-8-sig" else encoding
        raise ParseError(f"API response is not valid {shown}: {exc}") from exc
    stripped = text.lstrip()
    if not stripped:
        raise ParseError("API response is empty, expected JSON")
    try:
        return json.loads(stripped)
    except json.JSONDecodeError as exc:
        snippet = stripped[:120].replace("\n", " ")
        if stripped.startswith("<"):
            raise ParseError(f"API returned HTML instead of JSON: {snippet!r}") from exc
        raise ParseError(
            f"API response is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}): {snippet!r}"
        ) from exc
