"""Documents in the real layouts of MOFCOM's list attachments, generated for tests, the demo and the bench.

What is real here: the layouts (a contents section whose dot leaders repeat every code, code-led
entries with a./1. sub-items, 注/技术说明 notes, the catalogue's ruled table with section rows) and the
facts (control codes, item names, HS codes: see docs/attachments.md for where each comes from).
Descriptions are written for regwatch, not copied.

Every builder is deterministic: the same call gives the same bytes, so a committed demo attachment
can be rebuilt and compared.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LIST_TITLE = "中华人民共和国两用物项出口管制清单"
CJK_FONT = "STSong-Light"  # an Adobe-GB1 CID font every PDF reader knows: nothing to embed
SCAN_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
)


@dataclass(frozen=True)
class Item:
    """One code-led entry of the list: its printed lines (sub-items, notes) follow the head line."""

    code: str
    head: str  # the text after the code on the first line
    lines: tuple[str, ...] = ()
    toc_name: str = ""  # the short name the contents section prints


@dataclass(frozen=True)
class Section:
    category: str  # e.g. "第一类 专用材料和相关设备、化学制品、微生物和毒素"
    types: tuple[tuple[str, tuple[Item, ...]], ...] = field(default=())  # ("1A 系统、设备和部件", items)


# The dual-use list, 2024 No. 51: a realistic excerpt. Codes and names are the list's own (as the
# 2025/2026 licence catalogue repeats them); descriptions are regwatch's wording.
LIST_51: tuple[Section, ...] = (
    Section(
        "第一类 专用材料和相关设备、化学制品、微生物和毒素",
        (
            (
                "1A 系统、设备和部件",
                (
                    Item(
                        "1A202",
                        "具有以下两种特性的管状复合结构：",
                        (
                            "a．内径在75 mm至400 mm之间；",
                            "b．由1C210.a项所管制的“纤维或纤丝材料”制成。",
                            "技术说明：本项所称复合结构包括以树脂为基体的缠绕管件。",
                        ),
                        "管状复合结构",
                    ),
                    Item(
                        "1A225",
                        "专门设计或制备的镀铂催化剂，用于促进氢与水之间的氢同位素交换反应，以从重水中回收氚或生产重水。",
                        (),
                        "镀铂催化剂",
                    ),
                ),
            ),
            (
                "1C 材料",
                (
                    Item(
                        "1C210",
                        "“纤维或纤丝材料”或预浸料，如下：",
                        (
                            "a．碳或芳纶“纤维或纤丝材料”；",
                            "b．玻璃“纤维或纤丝材料”；",
                            "c．用热固树脂浸渍的连续“纱线”、“粗纱”、“丝束”或“带”。",
                            "注：1C210项不管制长度不超过25 mm的短切纤维。",
                        ),
                        "纤维或纤丝材料",
                    ),
                ),
            ),
        ),
    ),
    Section(
        "第二类 材料加工",
        (
            (
                "2B 测试、检验和生产设备",
                (
                    Item(
                        "2B352",
                        "能处理生物材料的设备，如下：",
                        (
                            "a．符合世界卫生组织标准的全密闭设施；",
                            "d．交叉流（切向流）过滤设备及其组件：",
                            "1．能够在不拆卸的情况下就地灭菌的交叉流（切向流）过滤设备；",
                            "技术说明：2B352.d.1项所称“灭菌”是指用物理或化学方法杀灭设备中的全部微生物。",
                            "f．防护设备：",
                            "1．依靠外部空气供应并在正压下使用的全身或半身防护服或防护罩；",
                            "2．III级生物安全柜或具有同等性能的隔离器；",
                            "h．喷雾或雾化系统及其组件：",
                            "1．专门设计或改进后可安装在轻于航空器的飞行器上的全套喷雾或雾化系统。",
                            "技术说明：“轻于航空器的飞行器”是指依靠热空气或比空气轻的气体升空的气球和飞艇。",
                        ),
                        "生物材料处理设备",
                    ),
                ),
            ),
        ),
    ),
    Section(
        "第三类 电子",
        (
            (
                "3A 系统、设备和部件",
                (
                    Item(
                        "3A201",
                        "电子元器件，如下：",
                        (
                            "a．脉冲电容器；",
                            "b．超导螺线管电磁体；",
                            "c．闪光X射线发生器或脉冲电子加速器。",
                            "注：3A201.c项不管制作为医疗设备部件的加速器。",
                        ),
                        "电子元器件",
                    ),
                ),
            ),
        ),
    ),
    Section(
        "第五类 电信和信息安全",
        (
            (
                "5A 系统、设备和部件",
                (
                    Item(
                        "5A002",
                        "达到所列密码算法和性能指标的信息安全系统、设备及其部件，包括安全芯片、密码机、密码卡、加密VPN设备、密钥管理产品、专用密码设备和量子密码设备。",
                        (),
                        "信息安全系统、设备及其部件",
                    ),
                    Item("5A004", "密码分析设备。", (), "密码分析设备"),
                ),
            ),
        ),
    ),
)

# The leaves the excerpt must yield, in order: (control code, name). The reader's test and the demo's
# expected.json both hold this list.
LIST_51_LEAVES: tuple[tuple[str, str], ...] = (
    ("1A202", "管状复合结构"),
    ("1A225", "镀铂催化剂"),
    ("1C210.a", "碳或芳纶“纤维或纤丝材料”"),
    ("1C210.b", "玻璃“纤维或纤丝材料”"),
    ("1C210.c", "连续“纱线”、“粗纱”、“丝束”或“带”"),
    ("2B352.a", "符合世界卫生组织标准的全密闭设施"),
    ("2B352.d.1", "交叉流（切向流）过滤设备"),
    ("2B352.f.1", "全身或半身防护服或防护罩"),
    ("2B352.f.2", "III级生物安全柜或具有同等性能的隔离器"),
    ("2B352.h.1", "全套喷雾或雾化系统"),
    ("3A201.a", "脉冲电容器"),
    ("3A201.b", "超导螺线管电磁体"),
    ("3A201.c", "闪光X射线发生器或脉冲电子加速器"),
    ("5A002", "信息安全系统、设备及其部件"),
    ("5A004", "密码分析设备"),
)

# The licence catalogue in the layout of the 2025/2026 editions: 序号 | 管制编码 | 物项名称及描述 |
# 参考商品名称 | 海关商品编号 | 单位, with section rows. HS codes: 1A225 and 2B352.* as that catalogue prints
# them; 1C902/1C903 as 2025 No. 18 prints them.
CATALOGUE_HEADER = ("序号", "管制编码", "物项名称及描述", "参考商品名称", "海关商品编号", "单位")
CATALOGUE_ROWS: tuple[tuple[str, ...], ...] = (
    ("一、两用物项出口管制清单所列物项",),
    ("（一）专用材料和相关设备、化学制品、微生物和毒素",),
    ("1A 系统、设备和部件",),
    (
        "1",
        "1A202",
        "具有以下两种特性的管状复合结构：a．内径在75 mm至400 mm之间；b．由1C210.a项所管制的材料制成。",
        "管状复合结构",
        "",
        "千克",
    ),
    ("2", "1A225", "用于氢同位素交换反应的镀铂催化剂。", "镀铂催化剂", "38151200", "千克"),
    ("1C 材料",),
    ("3", "1C902.a", "金属钐、含钐的合金及相关制品。", "金属钐", "2805301910", "千克"),
    ("4", "1C902.a", "含钐的靶材。", "钐靶", "3824999922\n8486909110", "千克"),
    ("5", "1C902.b", "氧化钐及其混合物。", "氧化钐", "2846901940\n2846901993\n3824999922", "千克"),
    ("6", "1C903.a", "金属钆、含钆的合金及相关制品。", "金属钆", "2805301910", "千克"),
    ("（二）材料加工",),
    ("2B 测试、检验和生产设备",),
    (
        "7",
        "2B352.d.1",
        "能够就地灭菌的交叉流（切向流）过滤设备。",
        "交叉流（切向流）过滤设备",
        "8421299040",
        "台/千克",
    ),
    (
        "8",
        "2B352.f.1",
        "依靠外部空气供应并在正压下使用的全身或半身防护服或防护罩。",
        "全身或半身防护服或防护罩",
        "6506100010\n8414701010",
        "件，个/千克",
    ),
)
# (control code, HS code) pairs the catalogue above maps, in row order.
CATALOGUE_PAIRS: tuple[tuple[str, str], ...] = (
    ("1A225", "38151200"),
    ("1C902.a", "2805301910"),
    ("1C902.a", "3824999922"),
    ("1C902.a", "8486909110"),
    ("1C902.b", "2846901940"),
    ("1C902.b", "2846901993"),
    ("1C902.b", "3824999922"),
    ("1C903.a", "2805301910"),
    ("2B352.d.1", "8421299040"),
    ("2B352.f.1", "6506100010"),
    ("2B352.f.1", "8414701010"),
)

# The older catalogue layout (2023 No. 66, for 2024): 序号 | 货物种类 | 海关商品编号 | 货物名称 | 单位.
# Gallium rows with the HS codes 2023 No. 23 prints.
OLD_CATALOGUE_HEADER = ("序号", "货物种类", "海关商品编号", "货物名称", "单位")
OLD_CATALOGUE_ROWS: tuple[tuple[str, ...], ...] = (
    ("八、镓、锗相关物项",),
    ("1", "镓相关物项", "8112929090", "金属镓", "千克"),
    ("2", "", "2850001901", "氮化镓", "千克"),
    ("3", "", "2825909001", "氧化镓", "千克"),
)


# -- list text ---------------------------------------------------------------------------------


def list_lines(sections: Sequence[Section], title: str = LIST_TITLE) -> list[str]:
    """The body of the list as printed lines (before pagination)."""
    lines = [title, "说明", "一、本清单按行业领域和物项类型编排，每一物项有一个出口管制编码。"]
    lines.append("二、出口管制编码由一位数字、一位大写字母和三位数字组成，子项以小写字母和数字依次标示。")
    lines.append("三、“注”和“技术说明”用于解释物项范围，不是单独的管制物项。")
    for section in sections:
        lines.append(section.category)
        for type_heading, items in section.types:
            lines.append(type_heading)
            for item in items:
                lines.append(f"{item.code} {item.head}")
                lines.extend(item.lines)
    return lines


def toc_lines(sections: Sequence[Section], pages: dict[str, int]) -> list[str]:
    """The contents section: every code again, with a dot leader and its page number."""
    lines = ["目  录"]
    for section in sections:
        lines.append(f"{section.category}{'.' * 12}{pages.get(section.category, 1)}")
        for _type_heading, items in section.types:
            for item in items:
                lines.append(
                    f"{item.code} {item.toc_name or item.head[:12]}{'.' * 16}{pages.get(item.code, 1)}"
                )
    return lines


def synthetic_sections(count: int) -> tuple[Section, ...]:
    """A long list for the benchmark: the excerpt's shapes repeated under generated codes (not real)."""
    sections = []
    templates = [item for s in LIST_51 for _t, items in s.types for item in items][:5]
    serial = 0
    for n in range(count):
        items = []
        for template in templates:
            code = f"{serial % 10}{'ABCDE'[(serial // 10) % 5]}{serial // 50:03d}"
            items.append(Item(code, template.head, template.lines, template.toc_name))
            serial += 1
        sections.append(Section(f"第{n + 1}部分 生成的类别", (("9A 生成的类型", tuple(items)),)))
    return tuple(sections)


# -- PDF ---------------------------------------------------------------------------------------


def _canvas(buffer: io.BytesIO):  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    return pdf, A4


def _wrap(line: str, width: int = 38) -> list[str]:
    """MOFCOM's PDFs wrap long lines mid-sentence; continuation lines start without a marker."""
    return [line[i : i + width] for i in range(0, len(line), width)] or [""]


def _paginate(lines: Iterable[str], per_page: int, wrap: bool = True) -> list[list[str]]:
    pages: list[list[str]] = [[]]
    for line in lines:
        for piece in _wrap(line) if wrap else [line]:
            if len(pages[-1]) >= per_page:
                pages.append([])
            pages[-1].append(piece)
    return pages


def list_pdf(sections: Sequence[Section] = LIST_51, *, per_page: int = 34, title: str = LIST_TITLE) -> bytes:
    """The list as MOFCOM prints it: contents pages first (codes repeated), then the body.

    Each page carries a running header and a centred page number "- N -".
    """
    body_pages = _paginate(list_lines(sections, title), per_page)
    where: dict[str, int] = {}
    for number, page in enumerate(body_pages, start=1):
        for line in page:
            head = line.split(" ", 1)[0]
            where.setdefault(head, number)
            where.setdefault(line, number)
    toc_pages = _paginate(toc_lines(sections, where), per_page, wrap=False)
    buffer = io.BytesIO()
    pdf, (width, height) = _canvas(buffer)
    for page_no, page in enumerate([*toc_pages, *body_pages], start=1):
        pdf.setFont(CJK_FONT, 9)
        pdf.drawCentredString(width / 2, height - 36, title)
        pdf.setFont(CJK_FONT, 11)
        y = height - 72
        for line in page:
            pdf.drawString(56, y, line)
            y -= 21
        pdf.setFont(CJK_FONT, 9)
        pdf.drawCentredString(width / 2, 30, f"- {page_no} -")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def table_pdf(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, title: str, rows_per_page: int = 18
) -> bytes:
    """A ruled table across pages, header repeated on each page, section rows spanning all columns."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _canvas(io.BytesIO())  # registers the font
    style = ParagraphStyle("cell", fontName=CJK_FONT, fontSize=8, leading=11, wordWrap="CJK")
    heading = ParagraphStyle("title", fontName=CJK_FONT, fontSize=13, leading=18)
    width = len(header)
    col_widths = {5: [40, 120, 130, 300, 60], 6: [34, 70, 300, 120, 90, 60]}[width]
    story: list[object] = [Paragraph(title, heading), Spacer(1, 8)]
    data: list[list[object]] = [[Paragraph(h, style) for h in header]]
    spans = []
    for row in rows:
        if len(row) == 1:
            spans.append(("SPAN", (0, len(data)), (width - 1, len(data))))
            data.append([Paragraph(row[0], style)] + [""] * (width - 1))
        else:
            data.append([Paragraph(cell.replace("\n", "<br/>"), style) for cell in row])
    table = Table(data, colWidths=col_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"), *spans]
        )
    )
    story.append(table)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), invariant=True, title=title)
    doc.build(story)  # type: ignore[arg-type]
    return buffer.getvalue()


def catalogue_pdf() -> bytes:
    return table_pdf(CATALOGUE_HEADER, CATALOGUE_ROWS, title="两用物项和技术进出口许可证管理目录")


def scanned_pdf(lines: Sequence[str], *, scale: int = 2) -> bytes:
    """A scanned page: the text rendered to an image, and the image alone placed in a PDF.

    No text layer, as when a signed paper list is scanned. Needs a CJK TrueType font (Debian's
    fonts-wqy-zenhei or fonts-noto-cjk).
    """
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    font_path = next((p for p in SCAN_FONTS if p.exists()), None)
    if font_path is None:
        raise FileNotFoundError("no CJK font for rendering a scanned page (install fonts-wqy-zenhei)")
    size = 22 * scale
    font = ImageFont.truetype(str(font_path), size)
    image = Image.new("L", (1240 * scale // 2 * 2, (len(lines) * 2 + 6) * size), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((60 * scale, (3 + 2 * n) * size), line, fill=0, font=font)
    buffer = io.BytesIO()
    pdf, (width, height) = _canvas(buffer)
    ratio = image.height / image.width
    pdf.drawImage(
        ImageReader(image), 20, height - 20 - (width - 40) * ratio, width - 40, (width - 40) * ratio
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# -- DOCX / XLSX -------------------------------------------------------------------------------


def docx_document(paragraphs: Sequence[str], tables: Sequence[Sequence[Sequence[str]]] = ()) -> bytes:
    """A Word document made with python-docx: paragraphs, then tables (merged section rows)."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for r, row in enumerate(rows):
            if len(row) == 1 and width > 1:
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = row[0]
                continue
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    document.save(buffer)
    return _deterministic_zip(buffer.getvalue())


def xlsx_document(header: Sequence[str], rows: Sequence[Sequence[str]], *, title: str | None = None) -> bytes:
    """A workbook made with openpyxl; section rows merged across the columns, as MOFCOM's are."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
        if len(row) == 1:
            sheet.merge_cells(
                start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=len(header)
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return _deterministic_zip(buffer.getvalue())


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps, so a generated file is byte-identical every time."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            clone = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            clone.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(clone, source.read(info.filename))
    return out.getvalue()
