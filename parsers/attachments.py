"""Text of notice attachments (PDF, DOCX, XLSX, plain text), so lists published only as an
annex — 2025 No. 61's 附件1 — reach entry extraction.

Attachments come from the network, so they are treated as hostile: archives are inspected before
they are opened and refused when they would expand past a bound (a decompression bomb), and any
library failure becomes `ParseError`.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree import ElementTree

from parsers.model import ParseError

MAX_EXPANDED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5000
# What zipfile raises on a damaged archive besides BadZipFile: NotImplementedError for a forged
# "version needed" or compression method, RuntimeError for encryption, zlib.error for a corrupt
# deflate stream, ValueError for a header offset pointing before the file; a member lying about its
# size fails the CRC (zipfile stops at the declared size).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    OSError,
    EOFError,
    ValueError,
)
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def attachment_kind(url: str, data: bytes) -> str:
    """pdf | docx | xlsx | text | unsupported, from the magic bytes first and the name second."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        lowered = url.lower()
        if lowered.endswith(".xlsx"):
            return "xlsx"
        if lowered.endswith(".docx"):
            return "docx"
        return "zip"
    if url.lower().endswith(".txt"):
        return "text"
    return "unsupported"


def check_archive(data: bytes) -> zipfile.ZipFile:
    """Open a zip container only if its declared expansion stays within bounds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as exc:
        raise ParseError(f"not a readable zip container: {exc}") from exc
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ParseError(f"archive holds {len(members)} members (limit {MAX_MEMBERS})")
    expanded = sum(m.file_size for m in members)
    if expanded > MAX_EXPANDED_BYTES or expanded > MAX_RATIO * max(len(data), 1):
        raise ParseError(f"archive would expand to {expanded} bytes from {len(data)}: refused as a bomb")
    return archive


def _docx_text(data: bytes) -> str:
    archive = check_archive(data)
    try:
        xml = archive.read("word/document.xml")
    except KeyError as exc:
        raise ParseError("docx without word/document.xml") from exc
    except _ZIP_ERRORS as exc:
        raise ParseError(f"docx word/document.xml is damaged: {exc}") from exc
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ParseError(f"docx document.xml is not XML: {exc}") from exc
    lines = []
    for paragraph in root.iter(f"{_W_NS}p"):
        text = "".join(node.text or "" for node in paragraph.iter(f"{_W_NS}t"))
        if text.strip():
            lines.append(text.strip())
    return "\n".join(lines)


def _xlsx_text(data: bytes) -> str:
    check_archive(data)
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        lines = []
        # Read-only sheets are parsed lazily, so damage in a sheet surfaces here, not at load time.
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
                if cells:
                    lines.append(" ".join(cells))
    except Exception as exc:  # openpyxl raises many types on bad input
        raise ParseError(f"unreadable xlsx: {exc}") from exc
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on damaged files
        raise ParseError(f"unreadable pdf: {exc}") from exc
    return "\n".join(pages)


_SPACES_RE = re.compile(r"[ \t\u3000\u00a0]+")


def attachment_text(url: str, data: bytes) -> str:
    """Plain text of an attachment, one printed line per line. Raises ParseError."""
    kind = attachment_kind(url, data)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
    elif kind == "xlsx":
        text = _xlsx_text(data)
    elif kind == "text":
        text = data.decode("utf-8", errors="replace")
    else:
        raise ParseError(f"attachment type not supported for text extraction ({url.rsplit('/', 1)[-1]})")
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
