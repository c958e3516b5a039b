"""Attachment text (PDF, DOCX, XLSX, text) and the bounds that keep hostile archives out.

Every document here is built in the test, so what it contains is visible next to the assertion.
"""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from parsers.attachments import MAX_EXPANDED_BYTES, attachment_kind, attachment_text, check_archive
from parsers.model import ParseError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BASE = "https://www.mofcom.gov.cn/cms_files/filemanager"


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx(paragraphs: list[list[str]]) -> bytes:
    """A minimal DOCX: each paragraph is a list of runs (MOFCOM's Word files split text into runs)."""
    body = "".join(
        "<w:p>" + "".join(f"<w:r><w:t xml:space='preserve'>{run}</w:t></w:r>" for run in runs) + "</w:p>"
        for runs in paragraphs
    )
    xml = (
        f"<?xml version='1.0' encoding='UTF-8'?>"
        f"<w:document xmlns:w='{W_NS}'><w:body>{body}</w:body></w:document>"
    )
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode("utf-8")})


def test_docx_paragraphs_become_lines() -> None:
    data = _docx(
        [
            ["附件1"],
            ["第一部分"],
            ["1. ", "1C902.a.4 ", "钐钴永磁材料；"],
            [" "],  # empty paragraphs are dropped
            ["2.\u30001C904.a.4", " 含铽的钕铁硼永磁材料。"],
        ]
    )
    assert attachment_kind(f"{BASE}/附件1.docx", data) == "docx"
    assert attachment_text(f"{BASE}/附件1.docx", data).split("\n") == [
        "附件1",
        "第一部分",
        "1. 1C902.a.4 钐钴永磁材料；",
        "2. 1C904.a.4 含铽的钕铁硼永磁材料。",
    ]


def test_docx_without_document_xml_or_with_bad_xml() -> None:
    with pytest.raises(ParseError, match=r"document\.xml"):
        attachment_text(f"{BASE}/a.docx", _zip({"word/other.xml": b"<x/>"}))
    with pytest.raises(ParseError, match="not XML"):
        attachment_text(f"{BASE}/a.docx", _zip({"word/document.xml": b"<w:document"}))


def test_docx_with_damaged_member_is_parse_error() -> None:
    data = _docx([["1. 金属钐（参考海关商品编号：2805301910）。"]] * 20)
    start = data.index(b"word/document.xml") + len("word/document.xml")  # local header name, then data
    damaged = data[: start + 5] + bytes([data[start + 5] ^ 0xFF]) + data[start + 6 :]
    with pytest.raises(ParseError):
        attachment_text(f"{BASE}/a.docx", damaged)
    stored = _zip({"word/document.xml": f"<w:document xmlns:w='{W_NS}'/>".encode()}, zipfile.ZIP_STORED)
    with pytest.raises(ParseError):  # bad CRC
        attachment_text(f"{BASE}/a.docx", stored.replace(b"<w:document", b"<w:documenT"))


def test_xlsx_rows_become_lines() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "管制编码", "物项名称"])
    sheet.append([1, "1C902.a.4", "钐钴永磁材料"])
    sheet.append([None, None, None])
    sheet.append([2, "1C904.a.4", "  含铽的钕铁硼永磁材料 "])
    second = book.create_sheet("第二部分")
    second.append(["稀土永磁材料"])
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    assert attachment_kind(f"{BASE}/附件1.xlsx", data) == "xlsx"
    assert attachment_text(f"{BASE}/附件1.xlsx", data).split("\n") == [
        "序号 管制编码 物项名称",
        "1 1C902.a.4 钐钴永磁材料",
        "2 1C904.a.4 含铽的钕铁硼永磁材料",
        "稀土永磁材料",
    ]


def test_xlsx_with_broken_sheet_is_parse_error() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    members["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c"
    with pytest.raises(ParseError):
        attachment_text(f"{BASE}/a.xlsx", _zip(members))


def test_highly_compressible_member_is_refused() -> None:
    bomb = _zip({"word/document.xml": b"\0" * (50 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(ParseError, match="bomb"):
        attachment_text(f"{BASE}/a.docx", bomb)
    with pytest.raises(ParseError, match="bomb"):
        attachment_text(f"{BASE}/a.xlsx", bomb)


def _declare_size(data: bytes, size: int) -> bytes:
    """Rewrite the uncompressed size in every local and central header (a forged archive)."""
    patched = bytearray(data)
    position = 0
    while (position := patched.find(b"PK\x03\x04", position)) != -1:
        struct.pack_into("<I", patched, position + 22, size)
        position += 4
    position = 0
    while (position := patched.find(b"PK\x01\x02", position)) != -1:
        struct.pack_into("<I", patched, position + 24, size)
        position += 4
    return bytes(patched)


def test_member_declaring_a_huge_size_is_refused() -> None:
    forged = _declare_size(_docx([["钐"]]), 0xFFFFFFF0)
    assert zipfile.ZipFile(io.BytesIO(forged)).infolist()[0].file_size == 0xFFFFFFF0
    assert MAX_EXPANDED_BYTES < 0xFFFFFFF0
    with pytest.raises(ParseError, match="bomb"):
        check_archive(forged)
    with pytest.raises(ParseError):
        attachment_text(f"{BASE}/a.docx", forged)


def test_member_understating_its_size_is_parse_error_not_a_leak() -> None:
    # Passes the declared-size bound, then fails the CRC because zipfile stops at the declared size.
    forged = _declare_size(_docx([["钐钴永磁材料"] * 200]), 10)
    with pytest.raises(ParseError):
        attachment_text(f"{BASE}/a.docx", forged)


def test_too_many_members_is_refused() -> None:
    with pytest.raises(ParseError, match="members"):
        check_archive(_zip({f"f{i}.txt": b"" for i in range(5001)}, zipfile.ZIP_STORED))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("a.pdf", b"%PDF-1.4 garbage that is not a pdf"),
        ("a.docx", b"PK\x03\x04 not really a zip"),
        ("a.xlsx", b"PK\x03\x04" + bytes(range(256))),
        ("a.docx", bytes(range(256))),  # no zip magic: unsupported
        ("a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 legacy word"),
        ("a.zip", _zip({"a.txt": b"x"})),  # a plain archive is not a document
        ("a.rar", b"Rar!\x1a\x07\x00"),
        # A central directory claiming "version needed to extract 6.4" (zipfile: NotImplementedError).
        ("a.docx", b"PK\x03\x04PK\x01\x02\x00\x00@" + bytes(56) + b"PK\x05\x06" + bytes(8) + b"?" + bytes(9)),
    ],
)
def test_garbage_is_parse_error(name: str, data: bytes) -> None:
    with pytest.raises(ParseError):
        attachment_text(f"{BASE}/{name}", data)


def test_plain_text_attachment() -> None:
    data = "一、钐相关物项\r\n\r\n  1. 金属钐。\u3000\u3000\n".encode()
    assert attachment_text(f"{BASE}/a.txt", data) == "一、钐相关物项\n1. 金属钐。"


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text, written by hand (pypdf has no public text-drawing API)."""
    ops = ["BT /F1 12 Tf 20 180 Td"]
    for index, line in enumerate(lines):
        if index:
            ops.append("0 -20 Td")
        ops.append(f"({line}) Tj")
    ops.append("ET")
    content = " ".join(ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_text() -> None:
    pytest.importorskip("pypdf")
    data = _pdf(["1. 1C902.a.4 SmCo magnets;", "2. Sputtering targets."])
    assert attachment_kind(f"{BASE}/fujian1.pdf", data) == "pdf"
    assert attachment_text(f"{BASE}/fujian1.pdf", data).split("\n") == [
        "1. 1C902.a.4 SmCo magnets;",
        "2. Sputtering targets.",
    ]


def test_kind_is_sniffed_before_the_name() -> None:
    assert attachment_kind(f"{BASE}/download?id=1", _pdf(["x"])) == "pdf"
    assert attachment_kind(f"{BASE}/a.PDF", b"<html>error page</html>") == "unsupported"


def test_a_word_list_printed_in_parts_reads_each_part_s_table_in_place() -> None:
    """第一部分 then a Word table, 第二部分 then another: the parts reader sees each table's rows under its part."""
    from parsers.consolidated import part_entries
    from parsers.documents import read_document

    def table(rows: list[list[str]]) -> str:
        cells = "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) + "</w:tr>"
            for row in rows
        )
        return f"<w:tbl>{cells}</w:tbl>"

    def para(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    body = (
        para("物项列表（2027年版）")
        + para("第一部分")
        + table([["序号", "物项名称", "管制编码"], ["1", "金属钐", "1C902.a"], ["2", "金属钆", "1C903.a"]])
        + para("第二部分")
        + table([["序号", "物项名称", "管制编码"], ["1", "钐钴永磁材料", "1C902.a"]])
    )
    xml = f"<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w='{W_NS}'><w:body>{body}</w:body></w:document>"
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode("utf-8")})
    document = read_document(f"{BASE}/附件.docx", data)
    assert (
        document.flow is not None
        and "第一部分\n序号 | 物项名称 | 管制编码\n1 | 金属钐 | 1C902.a" in document.flow
    )
    entries, _parts, _issues = part_entries(document.flow, "关于修订《物项列表》的公告", "附件", "附件")
    assert [(e.path, e.name_zh, e.control_code) for e in entries] == [
        ("第一部分/1", "金属钐", "1C902.a"),
        ("第一部分/2", "金属钆", "1C903.a"),
        ("第二部分/1", "钐钴永磁材料", "1C902.a"),
    ]
