"""Lists printed as tables in text: a header row, then one row per entry, cells joined by ` | `.

A list may be a table after the signature in the body (序号 | 物项名称 | 管制编码 | 海关商品编号 | 描述) or
the only content of an annex; a Word or PDF reader hands over its rows as lines, one row a line. Where a
cell wraps, the next line carries only what did not fit: an HS code alone, or the end of a description
(blank cells at the start of such a row are dropped, so it holds fewer cells than the header). Those
lines belong to the row above; read as lines of their own they would be items named `8486909110` or
`钐铁合金靶`. A reader wraps a cell wherever the width runs out, not only at a separator: a line with no
cells between two rows of the table is the rest of the last cell printed above it.

Only a header that names the thing (物项名称, 商品名称, 设备名称…) and a list column (管制编码 or 海关商品编号) opens
a table; a bare code column (编号) only where a label speaks of 物项 or 管制, or the technology catalogue's 技术名称.
The licence catalogue's tables (序号 | 商品名称 | 描述 | 海关商品编号 | 单位) are lists too: each row is a good a
licence is needed for, with the customs codes it applies under (`parsers.catalogue` reads the same rows from a
document attachment into the code ↔ customs-code table). A numbered section printed right above a header
(`二、易制毒化学品`, `（一）向所有国家（地区）出口须申领许可证的品种`) is a heading the table's rows stand in.

A table may be cut into sections by lines of their own (`一、复合材料及其结构`) while its 序号 runs on
across them: such a line heads the rows below it (their category) and does not end the table. Only a
short line numbered 一、, （一） or 第一部分 / 第一类 with no sentence punctuation, followed by a numbered row, is read so; a clause
after the table (`二、本公告自…起实施。`) ends it as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from parsers.numbers import CONTROL_CODE

_COLUMNS = {
    "seq": ("序号",),
    # (管制编码及物项名称 | 1C902.a 金属钐: the code printed first in the name cell; 品种 | 1-苯基-2-丙酮: a kind of chemical)
    # (物项名称及描述 | 含钐的合金，包括钐钴合金…: the licence catalogue's column, its name first)
    "name": (
        "物项名称",
        "名称",
        "物项",
        "管制编码及物项名称",
        "管制编码和物项名称",
        "编码及名称",
        "品种",
        "物项名称及描述",
        "物项名称和描述",
        "名称及描述",
    ),
    # 编号: the technology catalogue's number (183708X) in its tables (序号 | 行业 | 技术名称 | 编号 | …)
    # (条目编号 / 条目编码: the dual-use list's entries are numbered by their control codes)
    "code": (
        "管制编码",
        "出口管制编码",
        "物项编码",
        "编码",
        "编号",
        "技术编号",
        "目录编号",
        "条目编号",
        "条目编码",
    ),
    "hs": (
        "海关商品编号",
        "参考海关商品编号",
        "商品编号",
        "税则号列",
        "参考税则号列",
        "海关商品编码",
        "HS编码",
    ),
    # 调整方式 | 增列 / 删除 / 修改: what an amendment printed as a table does with each row's entry
    "action": (
        "调整方式",
        "调整事项",
        "调整类型",
        "调整内容",
        "调整情况",
        "调整结果",
        "处理结果",
        "变更类型",
        "变更方式",
        "操作",
        "操作类型",
    ),
    # CAS号: a chemical's registry number, neither its name nor a list code; the row's spec
    "cas": ("CAS号", "CAS编号", "CAS登记号", "CASNo.", "CASNo", "CAS"),
    # 技术说明 / 技术指标: the description column of equipment lists, the row's spec like 描述
    "description": (
        "描述",
        "物项描述",
        "说明",
        "备注",
        "技术说明",
        "技术指标",
        "技术参数",
        "技术要求",
        "规格说明",
        "控制要点",
    ),
}
# 主要技术指标 / 相关技术参数 / 参考税则号列（2022年版）: a column label qualified before or annotated after
# is the same column. (调整后参考税则号列 beside 原参考海关商品编号: the codes in force are the ones after the change;
# the column of the replaced ones, 原…, keeps its label and is no code column; 修改后的备注 is the remarks column.)
_LABEL_QUALIFIER_RE = re.compile(
    r"^(?:主要|相关|具体|基本|关键|其他|《[^》]{1,12}》(?!(?:编号|编码)$))|[（(][^）)]*[）)]$"
    r"|^(?:调整|修改|变更|更正)后的?(?=(?:参考)?(?:海关商品编[号码]|税则号列|商品编号|管制编码)|备注$)"
)
# 化学品名称 / 设备名称 / 中文名称: a label ending in 名称 names the row's thing whatever it calls it; an
# English or foreign name column beside it is a translation, not the name.
# (增列条目 / 新增条目: the entries an amendment adds, by their names; 调整后的条目内容: the entry as amended)
_NAMING_RE = re.compile(
    r"^(?!英文|外文|English)[^|]{0,6}(?:名称|品名)$|^(?:增列|新增|增补|补充)(?:条目|物项)$"
    r"|^(?:调整|修改|修订|更正)后的?(?:条目|物项)(?:内容|名称|描述)?$"
    # (序号 | 管制编码 | 修改后的描述 | 参考海关商品编号: the entry as it now reads, where no name column is printed)
    r"|^(?:调整|修改|修订|更正)后的?(?:描述|内容|名称)$"
)
_SUPERSEDED_LABEL_RE = re.compile(r"原|修改前|调整前|变更前|更正前")
# 原条目名称 / 原商品名称 / 调整前名称: the name a change replaced (原料名称 names a raw material, not a former name)
# 实体名称 / 所在国家 / 地址: a column of a party table
_PARTY_LABEL_RE = re.compile(r"实体|企业名称|公司名称|^(?:所在|所属)?(?:国家|地区)|^国别|地址")
_SUPERSEDED_NAME_RE = re.compile(
    r"^(?:原(?!料|材料|油|产|子)|修改前|调整前|变更前|更正前)的?[\u4e00-\u9fff]{0,6}?(?:名称|内容|描述)(?:[（(][^）)]*[）)])?$"
)
_DESCRIBING_RE = re.compile(r"(?:指标|参数|说明|描述|要求|特性|特征|性能|规格)$")
_HS_RE = re.compile(r"(?<!\d)(\d{8}|\d{10})(?!\d)")
# (`2846901993、` between the row and its last code: a wrapped code still open on its separator)
_HS_ONLY_RE = re.compile(r"^\d{8}(?:\d{2})?(?:\s*[、,，;；/\s]\s*\d{8}(?:\d{2})?)*\s*[、,，;；/]?\s*[|]?\s*$")
# A row's number (序号): 1–4 digits, or a number under another row (9.1); a customs code is no number.
# The point may be typed full width (`9．1`): the same number, read as `9.1`.
_SEQ_RE = re.compile(r"^\d{1,4}(?:[.．]\d{1,3})*$")
_CODE_CELL_RE = re.compile(rf"^{CONTROL_CODE}[.．]?$")
# A cell broken mid-enumeration ends on a separator; its next printed line is the rest of it. So does one
# cut after a modifier (`六氟化铀转化为二氧化铀（UO2）的` / `系统`): a name never ends on 的.
_OPEN_CELL_RE = re.compile(r"[、，,；;（(及和与或的]$")
# A section line inside a table: 一、 then a short title, no clause punctuation.
_WRAPPED_MAX = 3  # lines one wrapped cell may run over below its row
# A line opening with a number, a numbered bracket or a label (注：, 说明：) starts a paragraph of its own. A
# bracket holding words (`（含有…的芳纶纤维材料除外）`) is the wrapped end of a cell above, as any text is.
_PARAGRAPH_START_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、．.]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3}|[A-Za-z])\s*[）)]|[【\[]"
    r"|\d{1,4}\s*[、．.](?!\d)|(?:注|备注|说明|技术说明)\s*\d*\s*[:：])"
)
# (一) and 第一部分 / 第一类 number sections as well as 一、.
_SECTION_RE = re.compile(
    # (第1类 特殊材料…: a category of the list a catalogue follows, numbered as the list numbers it)
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)][、．.]?"
    r"|第(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|类)[、．.:：]?)"
    r"\s*([^|。，,；;：:]{1,30})$"
    # (第一类 alone on its line: a category of a precursor table, named by its number only)
    r"|^(第[一二三四五六七八九十]{1,3}(?:部分|类))$"
)


@dataclass
class TableRow:
    """One entry row with what its continuation lines added."""

    seq: str | None
    cells: dict[str, str]
    hs: list[str]
    line: str  # the row as printed
    span: tuple[int, int]  # the row and its continuation lines
    section: str | None = None  # the section line the row stands under, its number dropped
    printed: int = 0  # cells printed so far: fewer than the header's when the reader broke the row


@dataclass
class PrintedTable:
    title: str | None  # the line printed above the header, when it names the list
    header: str
    rows: list[TableRow]
    consumed: list[tuple[int, int]]  # spans of every line the table holds (header included)
    sections: list[str] = field(default_factory=list)  # section lines inside it, as printed
    # 二、易制毒化学品 / （一）向所有国家（地区）出口须申领许可证的品种 right above the header: the sections the table
    # stands in, headings whose entries are its rows (as printed, nearest last)
    headings: list[str] = field(default_factory=list)
    # 一、自…起，下表所列物项不再实施出口管制，并从…《…清单》中删除： right above the header: the line announcing the
    # table, however long (a title is a short line naming the list; an intro says what the rows undergo)
    intro: str | None = None
    # a table of changes: its name cells print whole entries (see _CHANGED_CONTENT_RE)
    entry_cells: bool = False


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().split("|")]


def _names_the_row(found: dict[str, int], labels: list[str], index: int, bare: str) -> bool:
    """Whether column `index` names the row: a naming label where none was found, or the name as it now reads where
    the one found is the name it replaced (原条目名称 | 调整方式 | 调整后内容); a former name names the row only where
    the table prints no other (原条目名称 | 调整方式 of struck rows)."""
    if index in found.values() or not _NAMING_RE.match(bare):
        return False
    if "name" not in found:
        return True
    return bool(_SUPERSEDED_NAME_RE.match(labels[found["name"]])) and not _SUPERSEDED_NAME_RE.match(
        labels[index]
    )


def header_columns(line: str) -> dict[str, int] | None:
    """Column positions of a list table's header row, None for any other line."""
    if "|" not in line:
        return None
    labels = [re.sub(r"\s+", "", cell) for cell in _cells(line) if cell.strip()]
    found: dict[str, int] = {}
    for index, label in enumerate(labels):
        bare = _LABEL_QUALIFIER_RE.sub("", label)
        for key, names in _COLUMNS.items():
            if key not in found and (label in names or bare in names):
                found[key] = index
                break
        else:
            if _names_the_row(found, labels, index, bare):
                found["name"] = index
    if "name" not in found or not ({"code", "hs"} & found.keys()):
        return _changes_columns(labels, found)
    if "description" not in found:  # 性能参数 / 规格要求 / 关键特性: a text column by what it holds
        used = set(found.values())
        # (原描述 | 修改后的描述: the superseded words describe nothing now)
        described = [
            i
            for i, label in enumerate(labels)
            if i not in used and _DESCRIBING_RE.search(label) and not _SUPERSEDED_LABEL_RE.match(label)
        ]
        if described:
            found["description"] = described[0]
    # (序号 | 编号 | 名称 | … with no word of 物项, 管制 or 技术名称: a numbered register of something else)
    if (
        "code" in found
        and not any("物项" in label or "管制" in label or label == "技术名称" for label in labels)
        and not (
            # (条目编号 | 原条目名称 | 调整后内容: the dual-use list's entries; 条目编号 | 实体名称 | 所在国家: a party table)
            any("条目" in label for label in labels)
            and not any(_PARTY_LABEL_RE.search(label) for label in labels)
        )
    ):
        return None
    return found


# 序号 | 原公告 | 原条款 | 调整方式 | 调整后内容 (调整内容, 调整或者更正内容): a table of changes. Its content cell prints a
# changed or added entry whole, as a list line prints it (code, name, customs codes in brackets) — or a clause's new
# wording, or an act (暂停实施…) — so its rows are read by what each cell prints, not by columns.
_CHANGED_CONTENT_RE = re.compile(
    r"^(?:(?:调整|修改|修订|更正|变更)后的?(?:条目)?内容|调整内容|现内容|新内容"
    r"|(?:调整|修改|更正)(?:或者|或|及|和)(?:调整|修改|更正)内容)$"
)
# (where each change stands: 原条款 / 所涉条款 / 《目录》位置 / 原公告 — or what is done, 调整方式)
_CHANGE_PLACE_RE = re.compile(r"条款|条目|位置|原公告|^《[^》]+》")


_LIST_NUMBER_RE = re.compile(r"^《[^》]{1,12}》(?:编号|编码)$")


def _changes_columns(labels: list[str], found: dict[str, int]) -> dict[str, int] | None:
    """The columns of a table of changes (see _CHANGED_CONTENT_RE), for a header with no code or customs-code
    column: its content column names the rows (调整内容 is no action column there)."""
    content = [i for i, label in enumerate(labels) if _CHANGED_CONTENT_RE.match(label)]
    if not content or any(_PARTY_LABEL_RE.search(label) for label in labels):
        return None
    columns = {
        key: index
        for key, index in found.items()
        if index != content[-1] and key in ("seq", "action", "code", "hs")
    }
    columns["name"] = content[-1]
    # (《清单》编号 | 原内容 | 现内容: the list's number of each row, its code — in a table of changes only)
    numbered = [
        i for i, label in enumerate(labels) if _LIST_NUMBER_RE.match(label) and i not in columns.values()
    ]
    if numbered and "code" not in columns:
        columns["code"] = numbered[0]
    if "action" not in columns and not any(_CHANGE_PLACE_RE.search(label) for label in labels):
        return None
    return columns


def _prints_entries(header: str, columns: dict[str, int]) -> bool:
    """Whether a header's name column is a table of changes' content column (see _CHANGED_CONTENT_RE)."""
    labels = [re.sub(r"\s+", "", cell) for cell in _cells(header) if cell.strip()]
    return bool(_CHANGED_CONTENT_RE.match(labels[columns["name"]]))


def _ditto_acts(table: PrintedTable) -> PrintedTable:
    """A 同上 / 同前 cell holds what the row above prints in that column: `table` with each row's act, code, customs
    codes and description printed out (`2 | 氧化钨 | 同上 | …`: the code of row 1)."""
    above: dict[str, str] = {}
    above_hs: list[str] = []
    for row in table.rows:
        for key in ("action", "code", "hs", "description"):
            cell = row.cells.get(key, "").strip()
            if cell in DITTO and above.get(key):
                row.cells[key] = above[key]
                if key == "hs":
                    row.hs = list(above_hs)
            elif cell:
                # (a row printing —: what a 同上 under it repeats; an empty cell, a merged one, leaves the value above)
                above[key] = cell
                if key == "hs":
                    above_hs = list(row.hs)
    return table


def printed_tables(body: str) -> list[PrintedTable]:
    """Every list table printed in `body`, with the spans of the lines it holds."""
    tables: list[PrintedTable] = []
    current: PrintedTable | None = None
    columns: dict[str, int] = {}
    width = 0
    previous: str | None = None
    section: str | None = None
    lines = _printed_lines(body)
    turned = False  # a page's number was printed since the table's last row
    for position, (line, span) in enumerate(lines):
        header = header_columns(line)
        if current is not None and (
            PAGE_NUMBER_RE.match(line) or (turned and (line == current.header or _CONTINUED_RE.match(line)))
        ):
            # (a page's number, and the header printed again after it — a wrapped tail of the last row may stand
            # between them: the same table goes on, its rows, their section and that tail)
            current.consumed.append(span)
            turned = True
        elif header is not None:
            current, columns, width = _opened(line, span, previous, tables), header, len(_cells(line))
            current.headings = _headings_above(lines[:position])
            current.entry_cells = _prints_entries(line, header)
            tables.append(current)
            section = None
        elif current is not None and (
            found := _section_line(line, lines[position + 1 :], current.rows[-1] if current.rows else None)
        ):
            current.sections.append(line)
            current.consumed.append(span)
            section = found
        elif current is not None and _note_inside(current, line, previous, lines[position + 1 :]):
            current.consumed.append(span)  # 说明： | 81093100 / 本项不管制…: a row's note, the table goes on
        elif current is not None and (
            (criterion := _criterion_of_row(current, line))
            or _wrapped_tail(current, columns, line, lines[position + 1 :], turned)
        ):
            row = current.rows[-1]
            # (4 | 1C117.c | 具有下述所有特性的固态钨： | … then a．…, b．…: the row's criteria, printed under it)
            cell = "name" if criterion else _tail_cell(row, columns, line)
            row.cells[cell] += line.strip()
            row.span = (row.span[0], span[1])
            current.consumed.append(span)
        elif current is not None:
            count = len(current.rows)
            turned = False
            if not _row_line(current, columns, width, line, span):
                current = None
            elif len(current.rows) > count:
                current.rows[-1].section = section
        previous = line
    return list(map(_ditto_acts, tables))


_CRITERION_LINE_RE = re.compile(r"^\s*(?:(?P<letter>[a-z])|(?P<digit>\d{1,2}))\s*[.．](?!\d)\s*\S")
# (具有下述所有特性的固态钨： / 满足下列任一条件的…： — a name cell announcing criteria, not …，如下：)
_ANNOUNCED_CRITERIA_RE = re.compile(
    r"(?:具有|满足|符合|具备|达到)\s*(?:以下|下列|下述)[^:：]{0,12}?(?:特性|特征|条件|指标|要求)"
)
_CELL_MARKER_RE = re.compile(r"(?:^|[:：;；])\s*(?:([a-z])|(\d{1,2}))\s*[.．](?!\d)")


def _criterion_of_row(table: PrintedTable, line: str) -> bool:
    """A lettered or numbered line under a row whose name cell announces criteria (具有下述所有特性的固态钨：): the next of
    them, printed below the row as the cell could not hold them — the same kind of marker as the first, in sequence."""
    marker = _CRITERION_LINE_RE.match(line)
    if "|" in line or not table.rows or marker is None:
        return False
    name = table.rows[-1].cells.get("name", "")
    colon = re.search(r"[:：]", name)
    if colon is None or not _ANNOUNCED_CRITERIA_RE.search(name[: colon.start()]):
        return False
    marks = list(_CELL_MARKER_RE.finditer(name, colon.start()))
    printed = [m.group(1) or m.group(2) for m in marks]
    new = marker.group("letter") or marker.group("digit")
    if not printed:
        return _ordinal(new) == 1
    opened = printed[0].isalpha()
    if new.isalpha() == opened:
        return _ordinal(new) == _ordinal([m for m in printed if m.isalpha() == opened][-1]) + 1
    # (the other kind only nested under a criterion announcing it — b．能够加工成以下任一产品： then 1．2．3．; 1．本目录所列…
    # after a．/b． is a note under the table, not a criterion)
    last = max(i for i, m in enumerate(printed) if m.isalpha() == opened)
    nested = printed[last + 1 :]
    announced = name[: marks[last + 1].start() + 1] if nested else name
    if not announced.rstrip().endswith(("：", ":")):
        return False
    return _ordinal(new) == (_ordinal(nested[-1]) + 1 if nested else 1)


def _ordinal(marker: str) -> int:
    return int(marker) if marker.isdigit() else ord(marker) - ord("a") + 1


def _opened(
    line: str, span: tuple[int, int], previous: str | None, tables: list[PrintedTable]
) -> PrintedTable:
    """A table its header `line` opens, titled by the short line printed above it."""
    title = (
        previous
        if previous and "|" not in previous and len(previous) <= 40 and not PAGE_NUMBER_RE.match(previous)
        else None
    )
    if tables and title is None and line == tables[-1].header and previous and PAGE_NUMBER_RE.match(previous):
        title = tables[-1].title  # (the header printed again after a page break: the same list goes on)
    table = PrintedTable(title, line, [], [span])
    table.intro = previous if previous and "|" not in previous else None
    return table


def _headings_above(before: list[tuple[str, tuple[int, int]]]) -> list[str]:
    """The numbered section lines printed right above a table's header, up to the first line that is none."""
    found: list[str] = []
    rank = 3
    for line, _span in reversed(before):
        section = _SECTION_RE.match(line.strip())
        # (going up, each heading outranks the one below it: 二、相关设备 over （一）…, never （二）6C002 区熔锗锭 — an
        # entry of the section before — over 二、; a line printing a code is an entry, no heading)
        level = _section_rank(line.strip())
        if "|" in line or section is None or level >= rank or re.search(CONTROL_CODE, line):
            break
        found.append(line)
        rank = level
    return found[::-1]


def _section_rank(line: str) -> int:
    """A section line's level: 第一部分 / 第一类 0, 一、 1, （一） 2."""
    if line.startswith("第"):
        return 0
    return 2 if line[:1] in "（(" else 1


_NOTE_START_RE = re.compile(r"^(?:本项|本目|注|备注|说明|技术说明|技术注释)")
_NOTE_ROW_RE = re.compile(r"^\s*(?:注|备注|说明)\s*[:：]?\s*(?:\||$)")


def _note_inside(
    table: PrintedTable, line: str, previous: str | None, after: list[tuple[str, tuple[int, int]]]
) -> bool:
    """A note printed between two rows of a table (`说明： | 81093100` then `本项不管制…的锆箔。`): it
    excludes something from the row above, and the table's rows go on below it."""
    if "|" in line or not table.rows or not after:
        return False
    if not (_NOTE_START_RE.match(line) or (previous is not None and _NOTE_ROW_RE.match(previous))):
        return False
    for following, _ in after[:3]:
        if "|" in following:
            return True
        if _SECTION_RE.match(following):
            continue  # (技术说明：… then 二、防护及气溶胶相关设备 and its rows: the next section of the same table)
        if _PARAGRAPH_START_RE.match(following) and not _NOTE_START_RE.match(following):
            return False
    return False


def _printed_lines(body: str) -> list[tuple[str, tuple[int, int]]]:
    """The non-blank lines of `body`, stripped, each with its span in `body`."""
    lines: list[tuple[str, tuple[int, int]]] = []
    offset = 0
    for raw in body.split("\n"):
        start, offset = offset, offset + len(raw) + 1
        line = raw.strip()
        if line:
            begin = start + raw.index(line[0])
            lines.append((line, (begin, begin + len(line))))
    return lines


def _section_line(
    line: str, after: list[tuple[str, tuple[int, int]]], above: TableRow | None = None
) -> str | None:
    """The title of a section line inside a table (the next line is a numbered row), else None — never a page's
    number (— 1 —, 第1页，共2页) printed between its rows. An unnumbered one (稀土靶材) is a section only under a row whose
    name is whole (…金属钆铸锭), where it cannot be that name's end."""
    if PAGE_NUMBER_RE.match(line):
        return None
    match = _SECTION_RE.match(line)
    if not after or "|" not in after[0][0] or not _SEQ_RE.match(_cells(after[0][0])[0]):
        return None
    if match is not None:
        return (match.group(1) or match.group(2)).strip()
    # (…惰性气体的 then 氢化物除外: a cell left open goes on, whatever the name)
    # (under a row whose name is whole and which prints no remark to go on: …金属钆铸锭 | 1C902.b | … | then 稀土靶材 — not
    # 主要用于航空航天 then 伺服电机制造, a remark's end)
    whole = (
        above is not None
        and _ITEM_HEAD_RE.search(above.cells.get("name", "")) is not None
        and not above.cells.get("description")
        and not _OPEN_CELL_RE.search(above.cells.get("name", ""))
    )
    # (a heading is a few Chinese words naming a kind of goods: not 包壳管 or 及其连接器, a name going on, 氢化物除外, 本项不
    # 管制…, a note, nor an HS code wrapped out of its cell or 传输带宽大于50千赫兹)
    if (
        whole
        and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", line.strip()) is not None
        and _KIND_HEADING_RE.search(line) is not None
        and not _JOINING_RE.match(line)
        and not _NOTE_START_RE.match(line.strip())
        and not re.search(r"除外|为限|以上|以下|以内|的|之间|大于|小于|等于|不超过|不低于|优于", line)
        and not _goes_on_material(above, line)
    ):
        return line.strip()
    return None


# (…的钐钴合金 then 永磁体, …钕铁硼合金 then 磁粉: a product of the material the name ended on — 稀土永磁体 or 光刻胶 under
# …金属钆铸锭 head the rows below)
_MATERIAL_END_RE = re.compile(r"(?:合金|金属|石墨|陶瓷|纤维|稀土|碳化硅|硅|钢)$")


def _goes_on_material(above: TableRow | None, line: str) -> bool:
    """Whether a form the material is made into (永磁体, 磁粉) ends a long name above that ended on the material — a
    name short enough for its cell (钐钴合金) did not wrap, and 化合物 or 靶材 under it heads the rows below."""
    name = above.cells.get("name", "") if above is not None else ""
    return (
        _MATERIAL_FORM_RE.fullmatch(line.strip()) is not None
        and len(name) >= 10
        and _MATERIAL_END_RE.search(name) is not None
    )


_MATERIAL_FORM_RE = re.compile(r"永磁体|磁体|磁粉|粉末|粉|丝|棒|锭|箔|带材|板材|管材")


_KIND_HEADING_RE = re.compile(
    r"(?:材料|材|设备|装置|技术|物项|产品|类|化合物|氧化物|金属|合金|磁体|粉|光刻胶|部件|组件|系统|器材|制品|试剂|气体|前驱体)$"
)


_CODES_ONLY_RE = re.compile(rf"^\s*{CONTROL_CODE}(?:\s*[、,，]\s*{CONTROL_CODE})*\s*[、,，]?\s*$")


def _codes_wrapped(row: TableRow, line: str) -> bool:
    """A line of control codes only under a row whose code cell ends open on a separator: that cell's end."""
    return bool(_CODES_ONLY_RE.match(line)) and row.cells.get("code", "").rstrip().endswith(("、", ",", "，"))


def _wrapped_tail(
    table: PrintedTable,
    columns: dict[str, int],
    line: str,
    after: list[tuple[str, tuple[int, int]]],
    turned: bool = False,
) -> bool:
    """A line with no cells between two rows of the table: the end of the last row's last cell, which the
    reader wrapped wherever the width ran out (`…惰性气体或氢气的` / `氢化物除外`), not only at a separator.
    The table goes on below it (a numbered row, or a section line over one); a numbered or labelled line
    (二、…, 注：…) is a paragraph of its own, and a row ending in a code cell has no text left to wrap."""
    if not after and table.rows and "|" not in line and not _PARAGRAPH_START_RE.match(line):
        # (…飞行器用 then 卫星导航接收设备 as the last line of a part read alone: a name cut short of its noun, ended)
        row = table.rows[-1]
        return bool(row.cells.get("name")) and _NAME_TAIL_RE.match(line) is not None and _name_cut(row, line)
    if (
        "|" in line
        or not table.rows
        or not after
        or _PARAGRAPH_START_RE.match(line)
        or _HS_ONLY_RE.match(line)
        or _codes_wrapped(table.rows[-1], line)
        # (— 1 — then 删除物项 / 附件2 / 续表 over a header: a table's title or a page's caption, not a cell's end)
        or (turned and _TITLE_LIKE_RE.search(line))
    ):
        return False
    cell = _wrap_cell(table.rows[-1], columns)
    if cell is None or (
        cell != _printed_keys(table.rows[-1], columns)[-1]
        and not _JOINING_RE.match(line)
        # (a long name cut by the cell's width, or a few characters of a short one: 三对乙氧基苯 then 基铋)
        and not (
            (len(table.rows[-1].cells.get(cell, "")) >= 10 or len(line.strip()) <= 4)
            and _cut_between_rows(line, after)
        )
    ):
        return False
    if _tail_cell(table.rows[-1], columns, line) == "name" and _notes_follow(after):
        return True  # (…缩水甘 | … | 又称PMK甲基缩水甘油酸酯 then `油酸甲酯` and the notes: the last row's name, ended)
    paged = (
        turned  # (`— 1 —`, then `设备` and the header printed again: the tail of the row before the break)
    )
    for index, (following, _) in enumerate(after[: _WRAPPED_MAX + 3]):  # a cell may wrap more than once
        # (`啶` then `第1页，共2页` and the header printed again: a page broke after the tail — a header with no page
        # number before it opens another table, and the line before it was that table's title)
        if PAGE_NUMBER_RE.match(following) or (paged and header_columns(following) is not None):
            paged = True
            continue
        if _section_line(following, after[index + 1 :]) or _part_title(
            following, [f for f, _ in after[index + 1 :]]
        ):
            return True
        if "|" in following:
            return bool(_SEQ_RE.match(_cells(following)[0]))
        if _PARAGRAPH_START_RE.match(following) and not _HS_ONLY_RE.match(following):
            return False  # an HS code wrapped out of its cell is the row's too; a paragraph is not
    return False


def _cut_between_rows(line: str, after: list[tuple[str, tuple[int, int]]]) -> bool:
    """`4 | 专门设计用于将有人驾驶航空器改装为第1 | 9A012．b．1 |  |` then `项所列…的设备及部件` and the next numbered row (or a
    page break before one): a PDF reader wrapped the long name of a row whose later cells are short — a few words with
    no clause punctuation or modal verb (on up to three lines), right between two rows, are that name's end, not
    prose."""
    if not _few_words(line):
        return False
    rest = [following for following, _ in after[: _WRAPPED_MAX + 3] if not PAGE_NUMBER_RE.match(following)]
    for index, following in enumerate(rest):
        if header_columns(following) is not None:
            continue  # (the header printed again after a page break)
        if "|" in following:
            return bool(_SEQ_RE.match(_cells(following)[0]))
        # (…连续式石墨 then 化炉, then 二、修改条目 over the next rows: a section of the table goes on below)
        if _part_title(following, rest[index + 1 :]) or (
            _SECTION_RE.match(following)
            and _section_line(following, [(f, (0, 0)) for f in rest[index + 1 :]])
        ):
            return True
        if index + 1 >= _WRAPPED_MAX or not _few_words(following):
            return False
    return False


def _few_words(line: str) -> bool:
    # (出口经营者应当申请许可 between two rows: a sentence of its own, which a name's end never is)
    return (
        len(line.strip()) <= 24
        and not re.search(r"[。：:；;]|应当|不得|须|可以", line)
        and not _PARAGRAPH_START_RE.match(line)
    )


def _part_title(line: str, rest: list[str]) -> bool:
    """A part's title (第二部分 删除条目) with its header printed right below it: the list goes on in another part."""
    return (
        _SECTION_RE.match(line) is not None
        and bool(rest)
        and (header_columns(rest[0]) is not None or _cells(rest[0])[0] == "序号")
    )


def _notes_follow(after: list[tuple[str, tuple[int, int]]]) -> bool:
    """Whether the table's notes (注：…, 说明：…), or nothing but page numbers, come next: a name's tail may end a table
    only there."""
    rest = [line for line, _ in after if not PAGE_NUMBER_RE.match(line)]
    return not rest or bool(re.match(r"\s*(?:注|说明|备注)\s*[:：]", rest[0]))


def _printed_keys(row: TableRow, columns: dict[str, int]) -> list[str]:
    return [key for key, _ in sorted(columns.items(), key=lambda item: item[1]) if row.cells.get(key)]


# 及其连接器 / 和控制单元 / 、组件: words that can only go on from words before them
_JOINING_RE = re.compile(r"^(?:及|和|或|与|以及|并|、|，|,|的|之)")


def _wrap_cell(row: TableRow, columns: dict[str, int]) -> str | None:
    """The text cell a wrapped line below `row` ends: the last text cell it prints. After a row ending in a
    code cell (`4.3 | 8A002.a.3 | …脐带缆 |  | 85447000` then `及其连接器`) only a line that opens by joining
    on (及, 和, 、…) is taken for the end of that text cell: a code cell is too narrow to wrap words, and a
    line of its own there (出口经营者应当…) is prose. None when the row prints no text cell."""
    texts = [key for key in _printed_keys(row, columns) if key in ("description", "name")]
    return texts[-1] if texts else None


# (2 | 离子型稀土矿智能连续除杂沉淀 | 2B902.b | 84198990 | 日处理浸出液量大于等于5000 m³ then `设备` / `（MPCVD）设备` /
# `油酸甲酯`: a short tail of Chinese words under a row whose last text cell ends on a figure, a unit or Latin — that cell
# is complete, and the tail ends the name cell the reader broke)
_NAME_TAIL_RE = re.compile(
    r"^\s*(?=[^\n]*[\u4e00-\u9fff])(?:[\u4e00-\u9fff、]|[(（][A-Za-z0-9-]{2,12}[)）]){1,14}\s*$"
)
# What a PDF prints on every page among a table's lines (— 1 —, 第1页，共2页, 1/2): no line of the table (nor of a
# list's text: parsers.entries drops it too).
PAGE_NUMBER_RE = re.compile(
    r"^(?:[—–\-－]+\s*\d{1,3}\s*[—–\-－]+|第\s*\d{1,3}\s*页\s*[，,/／]?\s*(?:共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*[/／]\s*\d{1,3}|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$"
)
_ENDS_COMPLETE_RE = re.compile(r"[0-9A-Za-z%℃³²)）°]\s*$")


def _tail_cell(row: TableRow, columns: dict[str, int], line: str) -> str:
    """The cell a wrapped line ends: the name's, where the last text cell is a complete description and the line a
    name's last words; else the last text cell (see _wrap_cell)."""
    cell = _wrap_cell(row, columns) or "description"
    if (
        cell == "description"
        and row.cells.get("name")
        and _NAME_TAIL_RE.match(line)
        # (…65% then 及以上的平面单晶或多晶窗口: words going on from the description)
        and not _JOINING_RE.match(line)
        and not re.match(r"\s*(?:以上|以下|以内)", line)
        and (_ENDS_COMPLETE_RE.search(row.cells["description"]) or _name_cut(row, line))
    ):
        return "name"
    if (
        cell == "description"
        and _OPEN_CELL_RE.search(row.cells.get("name", ""))
        and not _OPEN_CELL_RE.search(row.cells.get("description", ""))
    ):
        return "name"  # (…质量大于20千克的 | … | …准直器的除外 then `钨、碳化钨及…合金制件`: the name was left open)
    return cell


_CONTINUED_RE = re.compile(r"^\s*(?:续表\s*\d*|[（(]\s*续\s*[)）]|续)\s*$")
# 删除物项 / 附件2 / 临时管制物项清单: a line naming a table, never the end of a row's cell (续表 after a page's number is
# consumed before, see _CONTINUED_RE)
_TITLE_LIKE_RE = re.compile(r"^\s*附件\s*\d*\s*$|(?:清单|目录|名单|名录|条目|物项|一览表)\s*$")
# 设备 / 控制系统 / 测量单元 / 伺服阀 / …技术: what the name of a good or technology ends on
_ITEM_HEAD_RE = re.compile(
    r"(?:设备|系统|装置|部件|组件|单元|模块|元件|器|机|仪|阀|泵|炉|技术|材料|合金|件|靶|粉|具|工装|舱|艇|缆|纤维|剂|膜|板|管"
    r"|箱|罐|瓶|台|架|座|室|头|杆|轴|环|壳|芯|块|线|带|油|气|液|酸|盐|物|品|体|柱|锭|丝|箔|棒|颗粒|粉末|轮)\s*$"
)
# (…丙 then 酮, …哌 then 啶酮: a wrapped line ending a chemical's name on its class — a name ending on one may still go
# on: …2-丙酮 then 缩水甘油酸)
_CHEMICAL_CLASSES = "酮|醇|酯|醚|醛|胺|烷|烯|炔|啶|酚|腈|肼|苯|酐"
_CHEMICAL_END_RE = re.compile(rf"(?:{_CHEMICAL_CLASSES})\s*$")
# (…2-丙酮 then 缩水甘油酸: a chemical's name going on ends on a class, or on an acid)
# (…二甲基乙胺 then 盐酸盐: its salt — not a remark's 可能存在的盐)
_CHEMICAL_TAIL_RE = re.compile(rf"(?:酸|^\s*(?:盐酸|硫酸|磷酸|硝酸|[钠钾铵锂])盐|{_CHEMICAL_CLASSES})\s*$")


def _name_cut(row: TableRow, line: str) -> bool:
    """…设计或改装的飞 | 7A116．a | 9014201000 | 含自动驾驶仪 then `行控制系统`: the name stops short of any noun it could end
    on while the line ends on one, and the remark is a whole phrase — the name's end, which the reader wrapped."""
    name = row.cells["name"]
    return (
        bool(_ITEM_HEAD_RE.search(line) or _CHEMICAL_END_RE.search(line))
        and not _ISSUER_LINE_RE.search(line)
        and len(name) >= 10  # (a short name is whole: 液体推进剂贮箱 then a description's `射程的火箭系统`)
        # (…2-丙酮 | … | 包括其 then 可能存在的盐 / …光学异 then 构体: beside a remark, a chemical's name takes only a line
        # that ends on a chemical's class — …2-丙酮 then 缩水甘油酸)
        and not (
            _CHEMICAL_END_RE.search(name)
            and row.cells.get("description")
            and not _CHEMICAL_TAIL_RE.search(line)
        )
        and not _ITEM_HEAD_RE.search(name)
        # (…等静压石墨 is whole, …连续式石墨 then 化炉 is not: a material's name goes on only by a suffix of the word)
        and (not _MATERIAL_NAME_END_RE.search(name) or _BOUND_SUFFIX_RE.match(line) is not None)
        and not _OPEN_CELL_RE.search(row.cells.get("description", ""))
    )


# A name ending on a material or an element (石墨, 陶瓷, 金属镓) is a whole name
_MATERIAL_NAME_END_RE = re.compile(
    r"(?:石墨|陶瓷|玻璃|金刚石|碳|硅|[镓锗锑钨钼铟碲铋钽铌钛锆铪钒钴镍锂铍钪钇镧铈镨钕钐铕钆铽镝钬铒铥镱镥铼铂钯铜铝镁锌锡])\s*$"
)
# (石墨 then 化炉, 碳 then 化硅: the rest of the word, a suffix no word starts with; …高比重钨 then 合金, …的碳 then
# 纤维复合材料, …单晶镍 then 基高温合金: the material's compound goes on)
_BOUND_SUFFIX_RE = re.compile(r"\s*(?:[化性型式状基]|合金|纤维|复合|金属|粉末)")
# (出口管制工作协调机制办公室, 商务部, 海关总署 under the table: who signs, not a name's end)
_ISSUER_LINE_RE = re.compile(r"(?:办公室|委员会|工作机制|总署|管理局|商务部)\s*$")


def _row_line(
    table: PrintedTable, columns: dict[str, int], width: int, line: str, span: tuple[int, int]
) -> bool:
    """Add a printed line to `table`; False when it is no part of it (the table ended above)."""
    last = table.rows[-1] if table.rows else None
    if _HS_ONLY_RE.match(line) and last is not None:
        last.hs.extend(code for code in _HS_RE.findall(line) if code not in last.hs)
    elif last is not None and _codes_wrapped(last, line):
        last.cells["code"] += (
            line.strip()
        )  # (`3 | 生产…的技术 | 1E004、 | …` then `1E101.b`: the code cell's end)
    elif "|" in line and (broken := _broken_row(last, columns, width, line)) is not None:
        _resume_row(broken, columns, width, _cells(line))  # the rest of a row broken inside a cell
    elif "|" in line:
        cells = _cells(line)
        if (
            len(cells) == width - 1
            and columns.get("seq") == 0
            and last is not None
            and not _SEQ_RE.match(cells[0])
        ):
            # (`1 | 稀土开采…稀土二次资源 | 1E902.a | 相关技术…` then `回收利用相关技术及其载体 |  | 钕铁硼…`: every cell but
            # the number, in place — the wrapped ends of the row's cells)
            named = {
                key: cells[index - 1] for key, index in columns.items() if index > 0 and cells[index - 1]
            }
        elif len(cells) < width and not _SEQ_RE.match(cells[0]):
            # (a continuation that lost its blank cells, or only its leading ones)
            named = _right_aligned(cells, columns, width) or _placed(cells, columns)
        else:
            cells = (cells + [""] * width)[:width]
            named = {key: cells[index] for key, index in columns.items() if cells[index]}
        opens = "seq" in named if "seq" in columns else "name" in named
        if opens or last is None:
            hs = _HS_RE.findall(named.get("hs", ""))
            seq = named.get("seq")
            seq = seq.replace("．", ".") if seq and _SEQ_RE.match(seq) else seq
            row = TableRow(seq, named, list(dict.fromkeys(hs)), line, span, printed=len(_cells(line)))
            table.rows.append(row)
        else:
            _continue_cells(last, named)
    elif (
        last is not None
        and not _NOTE_OR_ANNEX_RE.match(line)
        and (key := _open_cell(last, columns)) is not None
    ):
        last.cells[key] = last.cells.get(key, "") + line
    else:
        return False
    if last is not None and table.rows[-1] is last:
        last.span = (last.span[0], span[1])
    table.consumed.append(span)
    return True


def _broken_row(last: TableRow | None, columns: dict[str, int], width: int, line: str) -> TableRow | None:
    """The row printed short of the header's cells that `line` goes on with, if it opens no row of its
    own (no 序号, in a table that numbers its rows)."""
    if last is None or last.printed >= width or "seq" not in columns or _SEQ_RE.match(_cells(line)[0]):
        return None
    return last


def _resume_row(row: TableRow, columns: dict[str, int], width: int, cells: list[str]) -> None:
    """`1 | 5A001.a.1 | 专门设计用于抵御…瞬态电子效应` / `或电磁脉冲的电信设备 | 85176299 |`: a row the reader
    broke inside a cell goes on in that cell, and its further cells fill the columns after it."""
    keys = {index: key for key, index in columns.items()}
    start = max(row.printed - 1, 0)
    for column, cell in enumerate(cells[: width - start], start=start):
        key = keys.get(column)
        if not cell or key is None or key == "seq":
            continue
        if key == "hs":
            row.hs.extend(code for code in _HS_RE.findall(cell) if code not in row.hs)
        else:
            row.cells[key] = row.cells.get(key, "") + cell
    row.printed = min(start + len(cells), width)


def _right_aligned(cells: list[str], columns: dict[str, int], width: int) -> dict[str, str] | None:
    """`行的无人驾驶航空飞行器 |  | 8806241011、8806291011、 | 无人驾驶飞艇` under a six-column row: a continuation that kept
    its blank cells inside but dropped the leading ones (序号, 原序号) fills the last columns — where every cell fits
    its column (customs codes under the HS column, a control code under the code column, words under neither)."""
    if "" not in cells[:-1]:
        return None
    keys = {index: key for key, index in columns.items()}
    named: dict[str, str] = {}
    for index, cell in enumerate(cells, start=width - len(cells)):
        key = keys.get(index)
        if not cell:
            continue
        if key is None or key == "seq":
            return None
        coded = "hs" if _HS_ONLY_RE.match(cell) else "code" if _CODE_CELL_RE.match(cell) else None
        if coded != key and (coded is not None or key in ("hs", "code")):
            return None
        named[key] = cell
    return named


def _placed(cells: list[str], columns: dict[str, int]) -> dict[str, str]:
    """Cells of a row printed without its blank cells, put where their content belongs: customs codes
    in the HS column, a control code in the code column, text in the description (else the name)."""
    named: dict[str, str] = {}
    text_key = "description" if "description" in columns else "name"
    printed = list(filter(None, cells))
    for index, cell in enumerate(printed):
        if _HS_ONLY_RE.match(cell) and "hs" in columns:
            key = "hs"
        elif _CODE_CELL_RE.match(cell) and "code" in columns:
            key = "code"
        else:
            key = _text_column(columns, text_key, printed[index + 1 :])
        named[key] = named.get(key, "") + cell
    return named


def _text_column(columns: dict[str, int], text_key: str, later: list[str]) -> str:
    """Words printed before a customs-code cell are the name's where the header puts the name before the codes
    and the remarks after them (`合物 | 2846903910、…` under `…及其混 | 1C902.c | 2846902810、…`)."""
    if text_key != "description" or "name" not in columns or "hs" not in columns:
        return text_key
    coded_later = any(_HS_ONLY_RE.match(cell) for cell in later)
    in_order = columns["name"] < columns["hs"] < columns["description"]
    return "name" if coded_later and in_order else text_key


def _continue_cells(row: TableRow, named: dict[str, str]) -> None:
    for key, text in named.items():
        if key == "hs":
            row.hs.extend(code for code in _HS_RE.findall(text) if code not in row.hs)
        elif key != "seq":
            row.cells[key] = row.cells.get(key, "") + text


# (注：… / 附件：… after a table: its note or the next attachment, never the end of a row's cell)
_NOTE_OR_ANNEX_RE = re.compile(r"^\s*(?:注|备注|说明|附件)\s*\d*\s*[:：]")


def _open_cell(row: TableRow, columns: dict[str, int]) -> str | None:
    """The text cell of `row` left open at a separator, which a cell-less line continues — or, in a row the reader
    broke before its last text cell (`3 | …设备 | 2B352.d | 84212990、` then `84219990` then `可分离…`), that cell."""
    for key in ("description", "name"):
        if key in columns and _OPEN_CELL_RE.search(row.cells.get(key, "")):
            return key
    keys = {index: key for key, index in columns.items()}
    following = keys.get(row.printed)
    if following in ("description", "name") and not row.cells.get(following) and row.printed == max(keys):
        return following
    return None


# 表中"同上""同前"指与上一行所载内容相同: a cell that says so holds the cell above it.
DITTO = frozenset({"同上", "同前", "同上行", "同上栏"})


def ditto_row(line: str, above: str | None, blank: Callable[[str], bool] | None = None) -> str:
    """A table row with its 同上 / 同前 cells printed out from the row above (and a blank cell too, where `blank`
    says the cell above is one a blank repeats), so that the row reads whole on its own."""
    cells = line.split("|")
    if above is None or len(cells) < 3:
        return line
    upper = above.split("|")
    return "|".join(
        upper[i]
        if i < len(upper)
        and (cell.strip() in DITTO or (blank is not None and not cell.strip() and blank(upper[i])))
        else cell
        for i, cell in enumerate(cells)
    )
