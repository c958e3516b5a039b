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


# Codecs in which one character may take several bytes. Any other declared charset (ISO-8859-1,
# windows-1252: Apache's old default label) decodes every byte "cleanly", so it proves nothing and ranks
# below a multi-byte reading that also decodes cleanly.
_MULTIBYTE = frozenset(
    {
        "utf-8",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
        "gb18030",
        "big5",
        "big5hkscs",
        "cp950",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_kr",
        "cp949",
        "johab",
        "hz",
        "iso2022_jp",
        "iso2022_kr",
    }
)
# UTF-8 with a few stray bytes is still UTF-8: text in any other encoding read as UTF-8 fails on
# almost every non-ASCII character (GBK: about 12 in 13), so this many good characters per bad
# sequence cannot happen by accident.
_UTF8_GOOD_PER_BAD = 8
_UTF8_MIN_GOOD = 16


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """The UTF-8 reading of bytes that are UTF-8 but for isolated bad sequences, else None."""
    text, bad = _decode_counting(raw, "utf-8")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    if good >= _UTF8_MIN_GOOD and good >= _UTF8_GOOD_PER_BAD * bad:
        return text, bad
    return None


def _choose(raw: bytes, claims: list[tuple[str, str]]) -> tuple[str, str, int, str]:
    """(text, encoding, replacements, why) for bytes without a usable BOM, given the declared charsets
    in order of authority (header, then <meta>)."""
    wide = claims and claims[0][0].startswith(("utf-16", "utf-32")) and b"\x00" in raw
    utf8 = None if wide else _strict(raw, "utf-8")
    if utf8 is not None:
        for name, _where in claims[:1]:
            if _strict(raw, name) == utf8:  # ASCII, or the claim is UTF-8 itself: nothing to decide
                return utf8, name, 0, "as declared"
        return utf8, "utf-8", 0, "the bytes are valid UTF-8"
    mostly = None if wide else _mostly_utf8(raw)
    if mostly is not None:
        return mostly[0], "utf-8", mostly[1], f"UTF-8 but for {mostly[1]} stray byte sequence(s)"
    for name, _where in claims:
        if name in _MULTIBYTE and (declared := _strict(raw, name)) is not None:
            return declared, name, 0, "as declared"
    gb = _strict(raw, FALLBACK_ENCODING)
    if gb is not None:
        return gb, FALLBACK_ENCODING, 0, "the bytes are valid GB18030"
    for name, _where in claims:
        if (single := _strict(raw, name)) is not None:
            return single, name, 0, "as declared"
    # Nothing reads every byte: the least damaged reading, the declared one on a tie.
    candidates = [name for name, _ in claims] + ["utf-8", FALLBACK_ENCODING]
    readings = [(_decode_counting(raw, name), name) for name in dict.fromkeys(candidates)]
    (text, bad), name = min(readings, key=lambda r: r[0][1])
    return text, name, bad, f"the least damaged reading ({bad} undecodable sequence(s))"


def decode_html(raw: bytes, content_type: str | None) -> Decoded:
    """Decode a fetched page by what decodes cleanly, weighing what the page and server declare.

    A declared charset is a claim, not a fact: MOFCOM's mirrors serve UTF-8 pages as ISO-8859-1 or GBK,
    and GB18030 pages carrying `<meta charset=utf-8>`. So the bytes decide, in this order: a BOM;
    strict UTF-8 (before GB18030, whenever the bytes are valid UTF-8: GBK text is almost never valid
    UTF-8, while UTF-8 text often decodes as GB18030 mojibake); UTF-8 with isolated stray bytes (kept,
    the damage counted, rather than discarding a valid reading); a declared multi-byte charset that
    decodes cleanly; GB18030; a declared single-byte charset; the least damaged reading. When the
    charset used is not the one declared first, `source` is `mislabelled:<declared>` and `notice` says
    what was declared where and what was used, for a data issue.
    """
    claims: list[tuple[str, str]] = []
    for name, where in (
        (charset_from_content_type(content_type), "header"),
        (_charset_from_meta(raw), "meta"),
    ):
        if name is not None and name not in (c[0] for c in claims):
            claims.append((name, where))

    bom = _charset_from_bom(raw)
    if bom is not None:
        name, size = bom
        text, bad = _decode_counting(raw[size:], name)
        if bad == 0 or name != "utf-8" or _mostly_utf8(raw[size:]) is not None:
            return _decoded(text, name, bad, claims, "bom", "the page starts with its byte-order mark")
        raw = raw[size:]

    text, encoding, bad, why = _choose(raw, claims)
    return _decoded(text, encoding, bad, claims, None, why)


def _decoded(
    text: str, encoding: str, bad: int, claims: list[tuple[str, str]], own: str | None, why: str
) -> Decoded:
    if not claims:
        source = own or ("sniff-utf8" if encoding == "utf-8" else "fallback")
        return Decoded(text=text, encoding=encoding, source=source, replacements=bad)
    declared, where = claims[0]
    if declared == encoding:
        return Decoded(text=text, encoding=encoding, source=where, replacements=bad)
    said = ", ".join(f"{name} ({'<meta>' if w == 'meta' else w})" for name, w in claims)
    notice = f"served as {declared} but is {encoding}: declared {said}; decoded as {encoding}, {why}"
    return Decoded(
        text=text, encoding=encoding, source=f"mislabelled:{declared}", replacements=bad, notice=notice
    )


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
