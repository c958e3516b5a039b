"""Attachments read as documents: text with its page layout, and tables.

MOFCOM publishes its big lists as attachments: the dual-use list (2024 No. 51) as a long PDF of
code-led entries, the licence catalogue as a ruled PDF table, and notice annexes as PDF, Word or
Excel files. The outline extractor needs text; the catalogue needs table cells. Both come from here.

Library choice (measured, see docs/attachments.md and `python -m bench.attachments`): pypdf reads
text fastest and in reading order on MOFCOM-layout PDFs; pdfplumber's ruling-line table finder gets
the catalogue's cells exactly (camelot's lattice mode matched it but costs OpenCV and several times
the time). So text comes from pypdf and tables from pdfplumber, run only on table-shaped PDFs.

Everything here is pure: bytes in, frozen records out. A PDF whose pages have images but no text is
reported as scanned (`Document.scanned`): OCR runs a program, so pipelines/ does it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from xml.etree import ElementTree

from bs4 import BeautifulSoup

from parsers.attachments import _ZIP_ERRORS, attachment_kind, check_archive
from parsers.model import ParseError

if TYPE_CHECKING:  # imported where used: a page without a PDF never loads pypdf
    from pypdf import PdfReader

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACES_RE = re.compile(r"[ \t\u3000\u00a0]+")
MAX_PAGES = 2000


@dataclass(frozen=True)
class Table:
    """Cells of one table as printed: merged cells repeat their value across the span."""

    rows: tuple[tuple[str, ...], ...]
    page: int | None = None  # 1-based PDF page where the table (part) starts


# The format a document was read as (.wps reads as doc text, .et as xls).
DocumentKind = Literal["pdf", "docx", "xlsx", "xls", "html", "text"]


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    pages: tuple[str, ...]  # text per page (one item for formats without pages)
    tables: tuple[Table, ...]
    scanned: bool = False  # a PDF whose pages carry images and no text: needs OCR
    image_pages: int = 0
    # the text with each table printed in place as rows of cells (`1 | 金属钐 | 1C902.a`), where the format keeps
    # the order of paragraphs and tables (Word): what a reader of parts (第一部分 then its table) needs
    flow: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def clean_cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\r", "\n")
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def clean_lines(text: str) -> str:
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


# -- PDF ---------------------------------------------------------------------------------------


def _pdf_reader(data: bytes) -> PdfReader:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) > MAX_PAGES:
            raise ParseError(f"pdf has {len(reader.pages)} pages (limit {MAX_PAGES})")
        return reader
    except ParseError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise ParseError(f"unreadable pdf: {exc}") from exc


def pdf_pages(data: bytes) -> tuple[tuple[str, ...], int]:
    """Text of each page in reading order (pypdf), and how many pages hold images."""
    reader = _pdf_reader(data)
    pages = []
    images = 0
    try:
        for page in reader.pages:
            pages.append(clean_lines(page.extract_text() or ""))
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources else None
            if xobjects and any(
                xobjects.get_object()[name].get_object().get("/Subtype") == "/Image"
                for name in xobjects.get_object()
            ):
                images += 1
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"unreadable pdf page: {exc}") from exc
    return tuple(pages), images


def pdf_tables(data: bytes) -> tuple[Table, ...]:
    """Ruled tables on every page (pdfplumber's lattice finder), one `Table` per table part."""
    try:
        from pdfplumber.pdf import PDF

        found = []
        with PDF(io.BytesIO(data)) as pdf:  # a stream: no file is opened
            if len(pdf.pages) > MAX_PAGES:
                raise ParseError(f"pdf has {len(pdf.pages)} pages (limit {MAX_PAGES})")
            for number, page in enumerate(pdf.pages, start=1):
                for raw in page.extract_tables(
                    {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
                ):
                    rows = _fill_spans([[clean_cell(c) for c in row] for row in raw])
                    if rows:
                        found.append(Table(rows=rows, page=number))
                page.flush_cache()
        return tuple(found)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"unreadable pdf tables: {exc}") from exc


def _fill_spans(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """pdfplumber gives None (here "") for the covered cells of a horizontal span: a section row
    spanning the table comes back as its text and blanks, which is what readers expect."""
    return tuple(tuple(row) for row in rows if any(cell for cell in row))


def looks_tabular(pages: tuple[str, ...]) -> bool:
    """A catalogue-shaped PDF: its header row names the HS-code column."""
    head = "\n".join(pages[:3])
    return "海关商品编号" in head and ("序号" in head or "货物名称" in head or "管制编码" in head)


# -- DOCX --------------------------------------------------------------------------------------


def _docx_root(data: bytes) -> ElementTree.Element:
    archive = check_archive(data)
    try:
        xml = archive.read("word/document.xml")
    except KeyError as exc:
        raise ParseError("docx without word/document.xml") from exc
    except _ZIP_ERRORS as exc:
        raise ParseError(f"docx word/document.xml is damaged: {exc}") from exc
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ParseError(f"docx document.xml is not XML: {exc}") from exc


def _para_text(node: ElementTree.Element) -> str:
    """Text of a paragraph; a manual line break (w:br, e.g. stacked HS codes) stays a line break."""
    pieces = []
    for child in node.iter():
        if child.tag == f"{_W}t":
            pieces.append(child.text or "")
        elif child.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
        elif child.tag == f"{_W}tab":
            pieces.append(" ")
    return "".join(pieces)


def _docx_table(node: ElementTree.Element) -> Table:
    rows: list[tuple[str, ...]] = []
    above: list[str] = []
    for tr in node.findall(f"{_W}tr"):
        cells: list[str] = []
        for tc in tr.findall(f"{_W}tc"):
            props = tc.find(f"{_W}tcPr")
            span = 1
            merged_down = False
            if props is not None:
                grid = props.find(f"{_W}gridSpan")
                if grid is not None:
                    span = max(1, min(int(grid.get(f"{_W}val", "1") or 1), 64))
                vmerge = props.find(f"{_W}vMerge")
                merged_down = vmerge is not None and vmerge.get(f"{_W}val") != "restart"
            text = clean_cell("\n".join(_para_text(p) for p in tc.findall(f"{_W}p")))
            if merged_down and not text and len(above) > len(cells):
                text = above[len(cells)]
            cells.extend([text] * span)
        above = cells
        if any(cells):
            rows.append(tuple(cells))
    return Table(rows=tuple(rows))


def read_docx(data: bytes) -> Document:
    """Paragraph lines in document order and every table, cell by cell."""
    root = _docx_root(data)
    body = root.find(f"{_W}body")
    # Every paragraph in document order, table cells included (one line each), as the outline
    # extractor has always read Word files; the tables are also returned cell by cell.
    lines = [line.strip() for p in root.iter(f"{_W}p") for line in _para_text(p).split("\n") if line.strip()]
    read = {node: _docx_table(node) for node in body.iter(f"{_W}tbl")} if body is not None else {}
    flow = _docx_flow(body, read) if body is not None and read else None
    return Document("docx", (clean_lines("\n".join(lines)),), tuple(read.values()), flow=flow)


def _docx_flow(body: ElementTree.Element, tables: dict[ElementTree.Element, Table]) -> str:
    """The body's paragraphs and tables (read once, in `tables`) in order, each row one line of cells joined by ` | `."""
    out: list[str] = []
    for node in body:
        if node.tag == f"{_W}tbl":
            out.extend(" | ".join(c.replace("\n", " ") for c in row) for row in tables[node].rows)
        elif node.tag == f"{_W}p":
            out.extend(line.strip() for line in _para_text(node).split("\n") if line.strip())
    return clean_lines("\n".join(out))


# -- XLSX --------------------------------------------------------------------------------------


def read_xlsx(data: bytes) -> Document:
    """Each sheet is one table; merged ranges repeat their value (a section row spans the sheet)."""
    check_archive(data)
    try:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        tables = []
        for sheet in book.worksheets:
            merged = {}
            for cell_range in sheet.merged_cells.ranges:
                value = sheet.cell(cell_range.min_row, cell_range.min_col).value
                for row in range(cell_range.min_row, cell_range.max_row + 1):
                    for col in range(cell_range.min_col, cell_range.max_col + 1):
                        merged[(row, col)] = value
            rows = []
            for r, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(clean_cell(merged.get((r, c), v)) for c, v in enumerate(row, start=1))
                if any(cells):
                    rows.append(cells)
            tables.append(Table(rows=tuple(rows)))
    except Exception as exc:  # openpyxl raises many types on bad input
        raise ParseError(f"unreadable xlsx: {exc}") from exc
    text = "\n".join(" ".join(c for c in row if c) for t in tables for row in t.rows)
    return Document("xlsx", (text,), tuple(tables))


def read_xls(data: bytes) -> Document:
    """Legacy Excel (.xls) and WPS spreadsheets saved in its format (.et), through xlrd.

    catdoc's xls2csv was measured first: it garbles CJK strings from the shared string table, so the
    pure-Python reader is used instead (docs/attachments.md)."""
    try:
        import xlrd

        book = xlrd.open_workbook(file_contents=data, on_demand=True)
        tables = []
        for index in range(min(book.nsheets, 64)):
            sheet = book.sheet_by_index(index)
            merged = {}
            for rlo, rhi, clo, chi in getattr(sheet, "merged_cells", []) or []:
                for r in range(rlo, rhi):
                    for c in range(clo, chi):
                        merged[(r, c)] = sheet.cell_value(rlo, clo)
            rows = []
            for r in range(sheet.nrows):
                cells = tuple(
                    clean_cell(merged.get((r, c), _xls_value(sheet.cell_value(r, c))))
                    for c in range(sheet.ncols)
                )
                if any(cells):
                    rows.append(cells)
            tables.append(Table(rows=tuple(rows)))
    except Exception as exc:  # xlrd raises many types on bad input
        raise ParseError(f"unreadable xls: {exc}") from exc
    text = "\n".join(" ".join(c for c in row if c) for t in tables for row in t.rows)
    return Document("xls", (text,), tuple(tables))


def _xls_value(value: object) -> object:
    # xlrd gives every number as a float: 38151200.0 is the HS code 38151200.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# -- HTML --------------------------------------------------------------------------------------


def html_tables(html: str) -> tuple[Table, ...]:
    """`<table>` lists in a notice body, with rowspan/colspan expanded into repeated cells."""
    soup = BeautifulSoup(html, "lxml")
    tables = []
    for node in soup.find_all("table"):
        if node.find_parent("table") is not None:
            continue  # nested layout tables are read as part of their parent
        grid: dict[tuple[int, int], str] = {}
        width = 0
        for r, tr in enumerate(node.find_all("tr")):
            c = 0
            for cell in tr.find_all(["td", "th"], recursive=False):
                while (r, c) in grid:
                    c += 1
                text = clean_cell(cell.get_text("\n", strip=True))
                rowspan = _span(cell.get("rowspan"))
                colspan = _span(cell.get("colspan"))
                for dr in range(rowspan):
                    for dc in range(colspan):
                        grid[(r + dr, c + dc)] = text
                c += colspan
                width = max(width, c)
        height = max((r for r, _c in grid), default=-1) + 1
        rows = tuple(tuple(grid.get((r, c), "") for c in range(width)) for r in range(height))
        rows = tuple(row for row in rows if any(row))
        if rows:
            tables.append(Table(rows=rows))
    return tuple(tables)


def _span(value: object) -> int:
    try:
        return max(1, min(int(str(value)), 200))
    except (TypeError, ValueError):
        return 1


# -- dispatch ----------------------------------------------------------------------------------


def read_document(url: str, data: bytes) -> Document:
    """The document behind an attachment. Raises ParseError for what cannot be read here.

    DOC/WPS/ET (OLE compound files) and OFD need a converter program; the caller runs it.
    """
    kind = attachment_kind(url, data)
    if kind == "pdf":
        pages, images = pdf_pages(data)
        text_chars = sum(len(p) for p in pages)
        scanned = images > 0 and text_chars < 20 * max(len(pages), 1)
        tables = pdf_tables(data) if looks_tabular(pages) and not scanned else ()
        return Document("pdf", pages, tables, scanned=scanned, image_pages=images)
    if kind == "docx":
        return read_docx(data)
    if kind == "xlsx":
        return read_xlsx(data)
    if needs_converter(url, data) in ("xls", "et"):
        return read_xls(data)
    if kind == "text":
        return Document("text", (clean_lines(data.decode("utf-8", errors="replace")),), ())
    lowered = url.lower().split("?", 1)[0]
    if lowered.endswith((".htm", ".html")):
        html = data.decode("utf-8", errors="replace")
        return Document("html", (clean_lines(BeautifulSoup(html, "lxml").get_text("\n")),), html_tables(html))
    raise ParseError(f"attachment type not supported for text extraction ({url.rsplit('/', 1)[-1]})")


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def needs_converter(url: str, data: bytes) -> str | None:
    """doc | xls | wps | et | ofd when a converter program is needed, else None."""
    lowered = url.lower().split("?", 1)[0]
    if data.startswith(OLE_MAGIC):
        for ext in ("wps", "et", "xls", "doc"):
            if lowered.endswith("." + ext):
                return ext
        return "doc"
    if lowered.endswith(".ofd"):
        return "ofd"
    return None


_CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]"
_OCR_GAP_RE = re.compile(rf"(?<={_CJK})[ \t]+|[ \t]+(?={_CJK})")


def clean_ocr_text(text: str) -> str:
    """tesseract's chi_sim output spaces out CJK characters; join them back, keep Latin spacing."""
    return clean_lines(_OCR_GAP_RE.sub("", text))
