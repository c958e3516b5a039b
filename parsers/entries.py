"""Control-list entries: the leaves of a notice's numbering hierarchy.

A notice lists what it controls as an outline (一、 → (一) → 1. → a.). Leaves are entries; the
lines above them are categories and groups whose control code and HS codes pass down. The outline
is rebuilt from the markers' *types* rather than a fixed depth, because notices skip levels
(No. 62 goes straight from 一、 to (一)) and older ones use (1) or ①.

What a line *is* follows from its shape, not from its wording:
- a criteria line (`具有以下所有特性的X：` + a./(1) parameter lines) is one leaf X, the parameters
  its spec, whatever noun X is;
- a purpose line (`为制造下列任一物项而专门设计的X：` + (1)…(4)) is one leaf X, the purposes its spec;
- inline sub-items (`…设备：a.…；b.…` on one line) are one leaf each;
- a line opening with its control code (`2C902.a 平均粒度…`, as the consolidated list prints) is an
  item of the heading above, numbered or not (unnumbered: `+1`, `+2` in printed order); a line that
  only cites a code (`2C902.b项不管制…`, a licence sentence naming codes) is not;
- a catalogue entry's numbered control points (`6.新增X（编号：…），控制要点：` + `1.…`) are its leaves;
- a clause stating a rule (2025 No. 61's 0.1% value rule) or licence procedure (提交下列文件：
  (一)出口合同…) lists no controlled thing (`parsers.rules`);
- clause 二、 onward of a goods notice (licence procedure, customs declarations) is numbered too,
  and must never become an "item".

No silent drops: every numbered line of a list section ends up as an entry, a spec line, a heading,
a `NotItem` with its reason, or an `Issue`.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from parsers.enumeration import enumerated_names
from parsers.model import Entry, EntryKind, Issue
from parsers.numbers import CONTROL_CODE, ISSUER_CHAIN, cn_number, mask_brackets
from parsers.printed_table import (
    PAGE_NUMBER_RE,
    PrintedTable,
    TableRow,
    header_columns,
    printed_tables,
)
from parsers.rules import is_rule_clause, rule_kinds

_CN_DIGITS = "一二三四五六七八九十百零〇"

# (type, pattern). Each pattern consumes the marker and any spacing after it.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn", re.compile(rf"^([{_CN_DIGITS}]+)\s*[、.．]\s*")),
    ("pcn", re.compile(rf"^[（(]\s*([{_CN_DIGITS}]+)\s*[）)]\s*[、.．]?\s*")),
    # 第一部分 / 第二部分: the parts of an annexed list (2025 No. 61's 附件1).
    ("part", re.compile(rf"^第([{_CN_DIGITS}]+)部分\s*[:：、.．]?\s*")),
    # 1.1.1 (2025 No. 10): decimal outline numbers; depth is part of the type (dec2, dec3, ...).
    # A stray space may sit inside the number (2025 No. 10 prints "1.1 .1仲钨酸铵").
    ("dec", re.compile(r"^(\d{1,2}(?:\s?[.．]\s?\d{1,2}){1,3})[.．]?(?=\s|[\u4e00-\u9fff])\s*")),
    # Item numbers run past 999 in long lists (four digits: a fifth would be a year or a code).
    # (1.1,1-二甲基肼: the point's number, then a chemical whose name opens on its locants)
    ("num", re.compile(r"^(\d{1,4})\s*(?:[.．](?!\d)|[.．](?=\d(?:\s*[,，]\s*\d)*-)|、)\s*")),
    ("pnum", re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")),
    ("rnum", re.compile(r"^(\d{1,4})\s*[）)]\s*")),
    ("circ", re.compile(r"^([①-⑳])\s*")),
    ("lat", re.compile(r"^([a-z])\s*[.．)）、]\s*")),
    ("plat", re.compile(r"^[（(]\s*([a-z])\s*[）)]\s*")),
    # A．/ Ａ．/ (A): capital letters number a level too; a Latin word or initials (U.S. …) do not.
    ("cap", re.compile(r"^([A-Z])\s*[.．、)）]\s*(?![\sA-Za-z.．])")),
    ("pcap", re.compile(r"^[（(]\s*([A-Z])\s*[）)]\s*")),
)

# A range of codes (`1C351.c.2至1C351.c.4`, `1C350.41-1C350.46`, `3A001.a～3A001.c`) stands for every code
# it covers; it joins a list of codes as a 、 does.
_CODE_RANGE_SEP = r"(?:至|到|[~～\-－—–])"
# (the first end may keep the dot a code-first line prints after its code: `1C351.c.2.至1C351.c.4`)
_CODE_LIST = rf"{CONTROL_CODE}(?:\s*(?:[、,，/和及]|[.．]?\s*{_CODE_RANGE_SEP})\s*{CONTROL_CODE})*"
_CODE_SPAN_RE = re.compile(rf"({CONTROL_CODE})(?:[.．]?\s*{_CODE_RANGE_SEP}\s*({CONTROL_CODE}))?")
_RANGE_MAX = 30  # more codes than a list prints under one heading is a misreading, not a range
# One or several codes in front of the name (1E004、1E101.b．…), whatever separates them from it:
# a space, `.`, `．` or `、`.
LEADING_CODE_RE = re.compile(rf"^({_CODE_LIST})[.．、:：]?\s*")
# `5A001.f所列以外、X` / `2B001项所述设备的部件`: a code that opens a reference to another entry is cited,
# not the line's own code — the line is an item of whatever heads it.
# The citation may name more entries before 所列 (`2B004、2B005.a或2B105所列以外、X`, `1C011至1C013所列`).
_CITED_AFTER_CODE_RE = re.compile(
    rf"^\s*(?:(?:[、,，/和及或至]|或者|以及)\s*{CONTROL_CODE}\s*)*[项目]?\s*(?:所列|所述|所规定|所管制|所控制|以外|之外)"
)


def _leading_code(text: str) -> re.Match[str] | None:
    """The codes a line opens with, unless they open a reference to other entries."""
    match = LEADING_CODE_RE.match(text)
    if match is None or _CITED_AFTER_CODE_RE.match(text[match.end(1) :]):
        return None
    if _NOT_LISTED_AFTER_CODE_RE.match(text[match.end(1) :]) and TRAILING_CODE_RE.search(text):
        return None  # 9A012.a未列明的完整无人驾驶航空飞行器（管制编码：9A120）: the bracket prints the line's own code
    return match


# (…项下)未列明的: what another entry does not list — the code before it is a reference when the line prints a
# code of its own in brackets
_NOT_LISTED_AFTER_CODE_RE = re.compile(r"\s*(?:项下)?\s*(?:未列明|未列入|未包括)")


_CODE_RE = re.compile(CONTROL_CODE)
# The technology catalogue (《中国禁止出口限制出口技术目录》) numbers its entries 085001J / 252604X.
_CATALOGUE_CODE = r"\d{6}[A-Z]"
TRAILING_CODE_RE = re.compile(
    # (镍粉（管制编码为1C240.a）: the label joined to the code by 为)
    rf"[（(]\s*(?:管制编码|管控编码|出口管制编码|编码|物项编码)\s*(?:[:：]|为|是)\s*"
    rf"({_CODE_LIST})[.．]?\s*[）)]"
    rf"|[（(]\s*编号\s*[:：]\s*({_CATALOGUE_CODE})\s*[）)]"
    # 金属碲（6C002.a）: a bare code in brackets after the name, at the end of the line, before the colon
    # over its sub-lines (`…测试设备（1B115）：`) or before the comma of a qualifier (…预制件（9C110），其…)
    rf"|[（(]\s*({_CODE_LIST})[.．]?\s*[）)]\s*(?:[;；。:：]?\s*$|(?=[，,]))"
    # 氧化钆及其混合物，管制编码为1C903.b（海关商品编号：…）: the code after a comma, then only the HS
    # reference, the end of the line, the colon over its sub-lines (`…照明系统，管制编码为8A002.g：`) or
    # the comma of the next clause (`…机器人，管制编码为8A002.h，具有下列任一特性：`) — a clause that
    # names it, not more of the name; the HS reference may follow the line's full stop
    # (`，其管制编码为…`, `，对应管制编码…`, `，管制编码为：…`: however the clause is worded)
    # (…增列一项，序号为19-1：管制编码3B901.a，物项名称及描述为…: a field after the colon)
    rf"|[，,。:：]\s*(?:其|对应的?)?\s*(?:出口管制编码|管制编码|管控编码|物项编码)\s*(?:为|是)?\s*[:：]?\s*"
    rf"({_CODE_LIST})[.．]?(?=\s*(?:[;；。]?\s*[（(]|[，,:：]|[;；。]?\s*$))"
)
LOOSE_CODE_RE = re.compile(r"(?<![0-9A-Za-z])\d[A-Z]\d{3}[0-9A-Za-z.]*")
# `(海关编码:2709000000,不含原油)`: after the codes a parenthetical may narrow what they cover; that
# qualifier (group 3, never starting with a digit, so a comma between codes is not one) is spec.
# `（海关商品编号：2825901000、2825909000等）`: a trailing 等 leaves the list open; the codes it follows
# are read all the same (HS references are references, never the whole of what is controlled).
_HS_LABELS = (
    r"参考海关商品编号|参考海关商品编码|参考税则号列|海关商品编号|海关商品编码|税则号列|参考商品编号|商品编号"
    r"|参考商品编码|商品编码|参考海关编码|海关编码|参考税号|税号"
    r"|(?:参考)?(?:海关)?[HＨ][SＳ](?:商品)?(?:编码|编号|代码)?"
)
# The label's colon may be missing (`（税则号列85416000）`): the digits after it are the codes all the same.
HS_RE = re.compile(
    rf"[（(]\s*({_HS_LABELS})\s*(?:[:：]|为)?\s*(?=\d)"
    r"([0-9][0-9\s、,，;；/.和及]*?)\s*(?:等)?\s*(?:[,，;；]\s*([^\d\s（()）][^（()）]*?))?\s*[）)]"
)
# `X，管制编码为8A002.g，HS编码为94054900。`: the same reference as a clause after a comma, closing the line
# or followed by the next clause's comma (a comma before a digit still lists codes).
# It may also be a sentence of its own after the item's full stop (`X，…形态。海关商品编号：…。`), and its
# codes may be separated by spaces alone.
_HS_CLAUSE_RE = re.compile(
    rf"[，,。]\s*(?:其|对应的?)?\s*({_HS_LABELS})\s*(?:为|是)?\s*[:：]?\s*"
    r"([0-9]{8,10}(?:(?:\s*(?:[、/和及]|[,，;；](?=\s*\d))\s*|\s+)[0-9]{8,10})*)\s*(?:等)?(?=\s*(?:[;；。:：]?\s*$|[，,]))"
)
_HS_DIGITS_RE = re.compile(r"\d+")
# Nouns of the things a list intro announces (下列物项, 以下技术…): what is exported or controlled.
_THING_NOUNS = r"物项|物品|货物|商品|技术|设备|产品|软件|装置|化学品|物质"
# (海关编码:2825909000,下同) / (…,仅供参考): a remark on the reference, not a narrowing of the good.
_HS_REMARK_RE = re.compile(r"(?:下同|同上|仅供参考|供参考)[。.]?")
_TRAILING_PUNCT = ";；。:：,，、 "
_TRAILING_PAREN_RE = re.compile(r"[（(]([^（()）]*)[）)]\s*$")
# A parenthetical that qualifies rather than names: forms (包括但不限于…形态), an open list of
# examples — whatever its verb, it ends in 等 (包含球化石墨、膨胀石墨等 / 含工艺规范、工艺参数、加工程序等) —,
# 单质, a purity. `（包含电芯和电池组）` closes its list: it names the scope of the thing itself and
# stays in the name, as truth.json keeps it.
_QUALIFIER_PAREN_RE = re.compile(
    # (a purity bracket, `砷烷（纯度≥99.999%）`, narrows what is controlled: it stays in the name)
    # (…等牌号 / 等型号 / 等规格: the open list ends in 等 and the kind of thing its examples are)
    r"^(?:包括但不限于|单质$)|形态$|形式$|等$|等(?:牌号|型号|规格|品种|种类|类型)$|^(?:产品目录|目录|清单|详)?见附件"
    # （CAS号：7719-09-7）, or bare （111-48-8）: the registry number identifies the chemical; it is neither name nor list code
    r"|^(?:CAS\s*(?:号|编号|登记号|No\.?)?\s*[:：]?\s*)?\d{2,7}-\d{2}-\d$"
)
# The same registry number inside the line (`二硼化钛(TiB2)陶瓷粉末(CAS号:12045-63-5),金属杂质…`,
# `由Al2O3(CAS号:1344-28-1)或Si-C-N制成的纤维`): it is never part of the name wherever it stands.
# A mixture or isomers may carry several numbers (`（CAS号：25497-30-7、124-73-2）`): one registry reference.
_CAS_NUMBER = r"\d{2,7}-\d{2}-\d"
_CAS_PAREN_RE = re.compile(
    r"[（(]\s*((?:CAS\s*(?:号|编号|登记号|No\.?)?\s*[:：]?\s*)?"
    rf"{_CAS_NUMBER}(?:\s*(?:[、,，;；/]|和|及|或)\s*{_CAS_NUMBER})*)\s*[）)]"
)
# `X，包括但不限于块、颗粒等形态` / `X，纯度大于99.99%` / `X，具有以下所有特性：…`: the name ends at the comma.
_QUALIFIER_TAIL_RE = re.compile(
    r"[，,]\s*(?=包括|包含|含量|纯度|粒度|规格|具有|满足|符合|具备|且具有|其中|控制要点|又称|又名|别名|俗称|亦称|也称|"
    # `X，专门设计用于…`: what X is for; one that ends on the thing (…，专门设计用于检测…的设备) is the name's head
    r"专门设计(?![^，,。；;]*的(?:设备|装置|系统|仪器|部件|组件|器件)[。；;]?\s*$)|"
    # `X（管制编码：…），涂层工艺包括…等` / `，主要部件包含…`: what an aspect of X (its process, its parts)
    # takes in, named by a short subject; a tail that names more things (`，以及包括…`, `，例如…`) is not one
    r"(?!例如|比如|如|以及|及|和|或|其他|其它|其余|另)[\u4e00-\u9fff]{1,8}?(?:包括|包含|涵盖)(?!下列|以下)|"
    # `X（管制编码：9E102），不包括一般科普资料`: what X leaves out, an exclusion as much as `，…除外`
    r"(?:但)?不(?:包括|包含|含|适用于)|"
    # `聚亚芳基硫醚，其亚芳基为…`: a clause about "its" parts describes the thing already named
    r"其(?!他|它|余|中)|"
    # `X，该部件设计在…下工作`: the same about the thing (or its part) named again as 该…
    r"该(?!类|等|项目)|"
    # `冷阴极管，无论是否充气，…`: whatever else holds, it is X — a qualifier of X
    r"无论|不论|"
    # `剪切机，即远距离操作…的设备`: a gloss saying what X is
    r"即(?!使|便|可|时)|"
    # `X，专门为防护…而设计或者改进`: what X was designed for, as `，专门设计用于…` is
    r"专门为[^，,。；;]{1,40}?(?:设计|改进|改装|制造)|"
    # `防弹插板，防护等级等于或者低于…IIIA级`: a rating of X bounded before its value
    r"技术指标|技术参数|性能参数|主要参数|参数如下|"
    # `X，由沿三个轴向排列的三个加速度计组成`: what X is made of; `，由…构成的Y` names a Y and is not cut
    # (`，至少由…组成`, `，主要由…构成`: however much of it)
    r"(?:至少|主要|全部|完全|均|仅|通常|一般)?由[^，,。；;]{1,40}?(?:组成|构成)(?![的之])(?:$|[，,。；;]))"
)
# `X，用于…目的除外`: an exclusion after a comma narrows X; it is spec, like other comma qualifiers
# (an exclusion in brackets, （…除外）, closes the name and stays in it). One opened by 但 runs over its
# own commas to 除外; a comma between digits is part of a chemical name (1,1,1-三氯乙烷), never a break.
_NAME_COMMA = r"(?:(?<!\d)[，,]|[，,](?!\d))"
_EXCLUSION_TAIL_RE = re.compile(
    rf"{_NAME_COMMA}\s*(?=但[^。；;]*除外$)|{_NAME_COMMA}\s*(?=(?:[^，,]|(?<=\d)[，,](?=\d))*除外$)"
)
_UNNUMBERED_ENTRY_RE = re.compile(
    rf"[（(]\s*(?:编号|管制编码)\s*[:：]\s*(?:{_CATALOGUE_CODE}|{CONTROL_CODE})"
)
# What makes a line an item whatever its layout: an HS reference, or a control code standing as a
# token of its own (a table row "1 金属钐 1C902.a.1 2805301910" as much as "（一）1C902.a 金属钐").
# A code quoted inside a name (生产3A001项所管制物项的技术) is read with that name.
_ITEM_EVIDENCE_RE = re.compile(
    rf"{HS_RE.pattern}|(?:^|[\s（(、，,])(?:{CONTROL_CODE})(?=$|[\s）)、，,.．;；。])"
)
# A line that states a measure rather than naming a thing: 限制对朝鲜出口原油 / 暂停…出口 / 禁止自朝鲜进口….
# An export ban names its goods (全面禁止对朝鲜出口铁、钢和其他金属…): those goods are the entry, unless
# they are a class the notice defines elsewhere (两用物项, 本公告所列物项).
_MEASURE_RE = re.compile(
    # (不批准…的申请；已经批准的，予以取消: a measure on listed parties, refusing what they apply for)
    r"^(?:自[^，,。；;]{1,24}起[，,]?\s*)?(?:全面|一律)?(?P<verb>禁止|限制|暂停|不予?批准)(?P<rest>[^。；;]*)"
)
_EXPORT_BAN_RE = re.compile(
    r"^(?:(?:对|向)[^，,。；;出]{1,12})?出口(?P<goods>[^，,。；;：:]+)(?P<tail>[，,][^。；;]*)?$"
)
_SECTION_TITLE_RE = re.compile(r"(?:部分|类|目录|清单|名录)$")
# `禁止出口技术参考原则` (the 2008 catalogue): a ban "on" principles, requirements or rules heads the
# catalogue's reasons for listing, not goods.
_GENERIC_GOODS_RE = re.compile(
    r"两用物项|^(?:本公告|上述|下列|以下)|所列|^物项|^货物$|^技术$|(?:原则|要求|规定|办法|说明)$"
)
_EXCEPTION_TAIL_RE = re.compile(r"[，,]\s*(?:但|除外|下列|以下).*$")
_AMENDED_POINTS_RE = re.compile(r"^[^，,。；;]{1,30}?(?:控制要点|内容)修改为[:：]\s*")
# `将X（编号：050304J）控制要点1修改为：“…”` rewrites an entry of the list being adjusted: X stays
# controlled with the new wording. `将…报告所载清单第12项改为“…”` rewrites an entry of a list the
# notice does not print (no code of its own names it): nothing to read as an entry.
# `将X（编号：…）由禁止出口调整为限制出口` moves X between the catalogue's parts: the move (由…) is not
# part of X's name; neither is `调整至禁止出口部分`.
_REWRITE_RE = re.compile(
    # (将X（编号：252604X）控制要点1中的第（2）项修改为：…: a point of the control point)
    r"^将(?P<target>.+?)(?P<point>的?(?:控制要点|内容|名称|表述|描述)\s*[\d一二三四五六七八九十]*"
    r"(?:中的?\s*第?\s*[(（]?\s*[\d一二三四五六七八九十]{1,3}\s*[)）]?\s*项?)?"
    r"|由[^，,。；;“”\"]{1,16}?)?(?P<verb>修改|改|修订|调整)为\s*[:：]?\s*(?P<new>.*)$"
)
# (电池正极材料制备技术（编号：252604X）的控制要点3修改为：…, read with its code already taken off the line)
_UNLED_REWRITE_RE = re.compile(
    r"^(?!将)[^，,。；;：:（(“”]{2,40}?的\s*(?:控制要点|表述|描述)[^，,。；;：:]{0,16}?修改为\s*[:：](?=\s*[^\s“\"])"
)
_MOVE_RE = re.compile(r"^将(?P<target>.+?)(?P<move>(?:调整|移|调|转)(?:至|到|入)[^，,。；;]{1,24}?)[。；;]?$")
_LEADING_VERB_RE = re.compile(r"^(?:新增|增列|增加)\s*")
# (增加“大模型训练数据合成技术（编号：266501X）”条目 / 增加光伏硅片制备技术（编号：263501X）条目: the entry named, its quotes and
# the word 条目 no part of the name)
_ENTRY_WORD_RE = re.compile(
    r"^[“\"「]?(?P<name>[^“”\"「」，,。；;（()）]+?(?:\s*[（(][^（）()]*编号[^（）()]*[)）])?)[”\"」]?\s*条目"
)
# 删除中国传统建筑技术（编号：085001X）: taken off a catalogue, the opposite of a new control.
# 将X（编号：…）从本目录中移出 says the same.
# (将《目录》第一部分第11项三对乙氧基苯基铋（管制编码：6C001.d）删除。: a row of the catalogue named by its place, deleted)
_CATALOGUE_ROW = r"^将\s*《[^》]{1,30}》[^。；;]{0,40}?第\s*\d{1,4}\s*项"
# (…第11项X（…）的海关商品编号…删除 / …中的“高纯”二字删除 / …中关于纯度的限定删除 / …的备注删除 / …的技术注释删除: words or
# a code of the row taken out, the row stays — an act on it, no entry)
_ROW_WORDS = (
    r"[^。；;]*?(?:的\s*(?:参考)?(?:海关商品编号|商品编号|税则号列|描述|名称|备注|(?:技术)?注释|说明|控制要点|管制要点)"
    # (not 专门设计用于核反应堆中的锆合金管, 中的 inside a name)
    r"|的\s*[“\"]|中的?\s*[“\"]|中关于|[）)]\s*中的|二字|字样|限定)"
)
_ROW_WORDS_STRUCK_RE = re.compile(rf"{_CATALOGUE_ROW}{_ROW_WORDS}[^。；;]*?(?:删除|删去)[。；;]?$")
_DELETED_RE = re.compile(
    r"^(?:删除|删去)|^将[^。；;]+?(?:从|自)[^，,。；;]{0,24}?(?:删除|删去|移出|去除|剔除|调出)[。；;]?$"
    rf"|{_CATALOGUE_ROW}(?!{_ROW_WORDS})[^。；;]{{1,80}}?(?:删除|删去)[。；;]?$"
)
# 第一款第（一）项中的“核反应堆用石墨”，更正为“…” / 附件第二部分删除并替换为本公告附件: a change to another
# notice's text, told under a heading that names that notice — the words corrected list nothing
_CORRECTION_LINE_RE = re.compile(
    r"^(?:第[一二三四五六七八九十\d（）()]{1,12}?(?:款|条|项|目)|附件)[^。；;]{0,60}?"
    r"(?:更正为|删除并替换为|替换为|(?:修改|调整)为\s*[:：]?\s*[“\"])"
    # (第7项“物项名称”栏中的“盘件”，系“盘片”之误，予以更正: a misprint named and corrected)
    r"|^[^。；;]{0,40}?[“\"][^”\"]{1,40}[”\"]\s*[,，]?\s*系\s*[“\"][^”\"]{1,40}[”\"]\s*之误"
    # (…公告2025年第10号第一款第（一）项中的“1.1 .1”更正为“1.1.1”: the notice printed first, under 对下列公告…更正：)
    r"|^(?!将)[^。；;“”\"]{0,40}?(?:公告|令)\s*(?:(?:19|20)\d{2}\s*年)?\s*第\s*\d{1,4}\s*号\s*"
    r"(?:第[一二三四五六七八九十\d（）()]{1,12}?(?:款|条|项|目)|附件)[^。；;]{0,60}?更正为"
    # (第3目参考海关商品编号中的“3825690002”，予以删去 / 在第5目参考海关商品编号中增加“3818009090”: a point's tariff lines
    # changed, under a heading naming the notice)
    r"|^(?:在\s*)?第[一二三四五六七八九十\d（）()]{1,12}?(?:款|条|项|目)[^。；;]{0,24}?(?:海关商品编号|商品编号|税则号列|海关编码)"
    r"[^。；;]{0,40}?(?:予以删去|予以删除|删去|删除|增加|增列|补充|更正为|修改为)"
    # (1C234项中的“小于1∶500”修改为“小于1∶1000”: words of a list's entry rewritten, under an intro naming the list)
    # (将1C241项中的“质量大于20千克”修改为“…”: the same, said with 将)
    rf"|^(?:\(?[一二三四五六七八九十\d]{{1,3}}\)?\s*[、.]?\s*)?(?:将\s*)?{CONTROL_CODE}\s*(?:项|条目)?\s*中的?\s*[“\"][^”\"]{{1,80}}[”\"]"
    r"\s*[,，]?\s*(?:修改为|更正为|调整为|改为)"
)
# （一）第一款所列锂电池相关物项，自…起继续暂停实施 / （三）第二款第（一）项…，自…起恢复实施: what another
# notice's part becomes, under an intro naming that notice — no item of this notice's own
_ACT_ON_PART_RE = re.compile(
    # (（一）第一款恢复实施； under a line naming the notice: the verb may follow the part at once)
    r"^第[一二三四五六七八九十]{1,3}(?:款|条|项)(?:[^。；;]{0,80}?[，,])?\s*(?:自[^，,。；;]{1,24}?起\s*)?"
    r"(?:继续)?(?:暂停实施|暂停执行|恢复实施|恢复执行|不再实施|停止执行|予以废止|废止)"
    # (第七条及附件2《…》指引，予以撤销 / 第一条第（二）项（管制编码：…）自…零时起中止执行: the same, other verbs)
    r"|^第[一二三四五六七八九十]{1,3}(?:款|条|项)[^。；;]{0,80}?(?:予以撤销|中止执行|中止实施|暂缓执行|停止适用|不再适用)"
    # (（二）附件2《…》填写指引，不再适用。: an attachment of that notice ending)
    r"|^附件\s*\d{0,2}\s*(?:《[^》]{1,60}》)?[^。；;，,]{0,20}?[，,]?\s*(?:不再适用|停止使用|停止执行|予以废止|废止|予以撤销)"
)
# 在…第4目后，补充“（参考海关商品编号：8505111000）”: a reference supplied to another notice's entry without
# naming it adds no entry; the code or HS code lives on that entry, where the target prints it. (An entry
# quoted before the act, 第（三）项“1C909.c.含钬的化合物”后，补充“（…）”, is named, and read as a rewrite.)
_REFERENCE_ADDED_RE = re.compile(
    # (…第（二）项中“及其混合物”之后，分别增加“（参考税则号列：28469019）”: the words it follows, quoted before)
    r"^(?:[^“”\"「」『』]|[“\"「『][^“”\"」』]{1,40}[”\"」』])*(?:补充|增加|增列|加注|添加|补入)\s*(?:"
    r"[“\"「『]\s*[（(]?\s*(?:参考)?\s*(?:海关商品编号|海关编码|商品编号|税则号列|HS\s*编码|管制编码|出口管制编码)"
    r"[^”\"」』]*[”\"」』]"
    # (…第6目四氯化锗，增列参考海关商品编号“2827399000”: the label before the quotes)
    r"|(?:参考)?(?:海关商品编号|海关编码|商品编号|税则号列|HS\s*编码|管制编码)\s*[“\"「『][\d\s、,，.A-Za-z]+[”\"」』]"
    r")\s*[。；;]?$"
)
# 原第八款改为第九款 / 原第（三）项顺延为第（四）项: a renumbering after an insertion
_RENUMBERED_RE = re.compile(
    r"^原?第\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）]?\s*(?:款|条|项|目)(?:相应)?(?:改为|调整为|顺延为|变更为)"
    r"第\s*[（(]?[一二三四五六七八九十\d]{1,3}[)）]?\s*(?:款|条|项|目)\s*[。;；]?$"
)
# (【保留】 / （保留） / a bare 保留。: a deleted entry's number or code kept in place, nothing in it)
RESERVED_RE = re.compile(r"^(?:[【\[（(]\s*保留\s*[】\]）)]|保留\s*(?:[。.；;]?\s*$|[，,]?\s*见))")
_INTRO_RE = re.compile(
    rf"(?:{_THING_NOUNS}|清单|材料).{{0,20}}(如下|以下|下列|出口|管制)|(以下|下列).{{0,12}}(?:{_THING_NOUNS}|材料)"
    r"|(出口|管制).*(以下|下列)"
)
_CONTROL_CLAUSE_RE = re.compile(r"未经许可|不得出口|实施出口管制|实施管制|如下[:：]?$")
_GENERIC_NOUN_RE = re.compile(r"^(?:两用)?(?:物项|货物|物品|产品|技术|相关物项)")
# The criteria phrase: a verb, "the following", a quantifier and what is measured, in MOFCOM's many
# wordings (具有以下所有特性 / 同时满足下列条件 / 符合下述任一技术指标 / 具备以下特点之一).
# What the thing uses or is built with is a criterion as well (采用下列任一技术 / 使用以下任何设计): a verb of
# use makes the listed techniques the way the thing works, not things of their own; so does a thing that
# meets one of the provisions below (符合下列任一规定).
_CRITERIA_CORE = (
    # (…容器，可具有下列任一特性： — what it may have is its criteria all the same)
    # (能够模拟下列所有飞行条件的X: what it can reproduce is its criteria too)
    r"(?:同时|且|并|并且|可|可以|能够?)?\s*(?:具有|满足|符合|具备|达到|采用|使用|运用|模拟|承受)\s*(?:以下|下述|下列|如下)\s*"
    r"[^，,。；;：:（()）]{0,8}?"
    r"(?:特性|特征|特点|指标|参数|条件|性能|精度|要求|功能|情形|标准|规定|技术|设计|方法|方式|工艺|原理)"
    r"(?:之一|中的?任一项|中的?任意一项|中的?一项或多项)?"
)
# `…具有以下所有特性的X：` — conditions may stand before the phrase (最大起飞重量大于25千克，且具有
# 以下任一特性的无人机：); X is what is controlled.
_CRITERIA_PREFIX_RE = re.compile(
    # `…胶片画幅大于等于35毫米且具有下列任一特性的静态照相机`: a conjunction may join the phrase to the
    # condition before it without a comma
    rf"(?:^|[，,、]\s*|(?<=[^\s，,、])(?=(?:且|并且|并|同时)\s*(?:具有|满足|符合|具备|达到)))(?:但|而|且)?\s*(?:已经|已|均|仍|[^，,、。；;：:的]{{1,6}}?后)?\s*{_CRITERIA_CORE}\s*(?:的|之|、)"
)
# `在293K时能够达到…或更大的以下任何形态的X：`: the criteria printed before X end in a quantifier over
# the forms X comes in (listed below it); X is the thing, all before it is spec.
_FORMS_PREFIX_RE = re.compile(
    r"(?:^|的)\s*(?:以下|下列|下述)\s*(?:任何|任一|任意|各种|所有)?\s*(?:形态|形式|形状|规格)\s*(?:的|之)"
    # (靶材、粉末、颗粒等形态的氧化铟锡: the forms listed before the noun)
    r"|^(?:[\u4e00-\u9fff]{1,8}[、，,])+[\u4e00-\u9fff]{1,8}等(?:形态|形式|形状)(?:的|之)"
)
# `…全部表面由下列任一材料制成的X：(1)…合金；(2)…`: what X is made of, listed below it, is a criterion
# like a form; X is the thing, the materials its spec (never items of their own).
# The same holds for what reinforces, impregnates, coats or bonds X (`由下列任一纤维增强的陶瓷-陶瓷复合材料：
# a.…连续纤维；b.…纤维`, `用下列任一树脂浸渍的预浸料`): the fibres, resins, coatings are criteria of X.
_MATERIALS_PREFIX_RE = re.compile(
    r"(?:由|用|以|经|采用)\s*(?:以下|下列|下述)\s*(?:任何|任一|任意|一种或多种|所有)?\s*"
    r"(?:材料|材质|物质|纤维|树脂|基体|涂层|粉末|合金|陶瓷)\s*"
    # (…由下列任一材料制成、内部总容积大于0.1立方米…的反应器: the phrase closed by 、 as by 的)
    r"(?:制成|制造|构成|组成|加工|增强|强化|浸渍|涂覆|包覆|复合|粘接|为基体)\s*(?:的|之|、)"
)
# `…的X，未经许可，不得出口：` — the control itself printed after the thing; not part of its name.
_CONTROL_TAIL_RE = re.compile(
    r"[，,]\s*(?:(?:未经许可|未经批准)[，,]?\s*)?(?:不得出口|禁止出口|实施(?:临时)?出口管制)\s*(?=[:：]?\s*$)"
)
# `X，具有以下所有特性：(1)…` — the phrase after the thing (an HS reference may sit between).
# `X，且同时满足：` / `X，具备：` (the verb alone, after a comma) opens the same conditions.
_CRITERIA_SUFFIX_RE = re.compile(
    rf"[，,]?\s*{_CRITERIA_CORE}\s*[:：]|[，,]\s*(?:且|并且|并|同时|均|须|需)*\s*(?:满足|具有|具备|符合)\s*[:：]"
)
_CRITERIA_END_RE = re.compile(rf"[，,]\s*{_CRITERIA_CORE}\s*$")
_CRITERIA_RE = re.compile(
    rf"{_CRITERIA_CORE}|(以下|下列|下述)\s*(所有|任一|任何|全部|任意)?\s*(特性|特征|指标|参数|条件|性能)"
    r"|(?:技术指标|技术参数|性能参数|主要参数|参数|指标)(?:如下|为)\s*[:：]\s*$"
    # `X，且同时满足：（1）…；（2）…` / `X，具备：…`: the verb alone before the colon, what follows are the
    # conditions X meets (包括：… would list kinds of X, and is not one of these verbs)
    r"|(?:满足|具有|具备|符合)\s*(?:[:：]|$)"
    # `X（参考税则号列：…），但下列物项除外：1．…`: what the sub-lines name is left out of X, spec of X
    r"|(?:但|不包括)?(?:下列|以下)[^。；;:：]{0,8}?(?:除外|不在此列)\s*[:：]?\s*$"
    # `…全部表面由下列任一材料制成：1．镍…；2．氟聚合物…`: what X is made of, spec of X
    r"|由\s*(?:下列|以下|下述)\s*(?:任一|任何|任意|所有|全部)?\s*(?:材料|材质)\s*(?:制成|构成|制造|衬里)"
)
# A parameter line: a comparison or a measured range (大于等于5 m3 / ≤850 ℃ / 3英寸及以上).
_PARAMETER_RE = re.compile(
    r"大于|小于|等于|不低于|不高于|不超过|不少于|不大于|不小于|超过|低于|高于|优于|≥|≤|>|<|＞|＜|±|"
    # 光源波长短于193nm: a bound said by what is measured (shorter, longer, narrower than)
    r"(?:短|长|窄|宽|薄|厚|轻|重|快|慢)于\s*\d|"
    r"\d\s*(?:及|或)?以上|\d\s*(?:及|或)?以下|范围|\d\s*[~～至]\s*\d|"
    # 精度为0.7毫伽或更小, 平面度为λ/10或更好: a bound stated after the value
    r"\d\S{0,4}或更(?:小|大|短|长|高|低|少|多|好|优|佳|快|慢|宽|窄|薄|厚|轻|重|细|精确)"
)
# `用于下列任一系统的飞行控制源代码：（1）…`: the same list of purposes without the design verb; then the
# sub-lines must name no item of their own (a code or an HS reference), or they are the entries.
_PURPOSE_PREFIX_RE = re.compile(
    # (用于在受控环境下生产下列…: where it is made may stand before the verb)
    # (专门设计用于下列任一设备的X：, the design verb before the purpose)
    # (为模拟马赫数5以上流场环境的下列装置专门设计的X: what the listed things are for, before them)
    r"^(?:可|能|仅)?(?P<lead>专门设计|专门制造)?\s*(?:为|用于)\s*(?:在[^，,。；;：:]{1,16}?(?:下|中|内)\s*)?"
    r"(?:(?:模拟|实现|进行)[^，,。；;：:的]{1,16}?的\s*)?"
    # (为研制、生产或使用下列任一物项而专门设计或改进的软件: several verbs)
    r"(?:(?:制造|生产|研制|开发|加工|制备|合成|组装|装配|测量|测试|试验|检测|校准|实现|执行|完成|拉制|生长|熔炼|烧结|处理|使用)"
    r"(?:[、，,]|或者?|和|及|以及)?){0,4}\s*(?:下列|以下|下述)\s*(?:任一|任何|任意|所有|各类|各种)?\s*"
    # (为生产下列任一推进剂而专门设计的X: whatever the listed things are; 为拉制下列任一物项…的高纯石英坩埚: a crucible's)
    # (为下列任一机床专门设计的数控系统 / 为下列任一无人驾驶航空飞行器专门设计的…: the listed things named by any noun
    # before the design verb)
    # (为实现下列任一功能而专门设计的机载数据链终端：: functions, what it is for)
    r"(?:物项|产品|设备|部件|材料|用途|系统|装置|平台|运载工具|目的|应用|功能|任务|[\u4e00-\u9fff]{1,12}?(?=而|专门设计|专门制造))?\s*(?:而)?\s*"
    # (为下列任一潜水器专门设计或者改进的耐压壳体: 或者 as well as 或)
    r"(?:(?P<designed>专门设计|专门制造|专用|设计)(?:或者?(?:改装|改进|改造|修改))?(?:的|(?=用于))|的)"
)
_PURPOSE_SUFFIX_RE = re.compile(
    r"[，,]?\s*(?:专门设计|专门制造)(?:用于|用来)\s*(?:制造|生产)?\s*(?:下列|以下|下述)\s*(?:任一|任何)?\s*"
    r"(?:物项|产品|用途)?\s*[:：]"
)
# Inline sub-items after a colon on one line: `…设备：a.…；b.…` / `…：(1)…；(2)…`.
_INLINE_SPLIT_RE = re.compile(
    r"[:：]\s*(?=(?:[a-z]\s*[.．)）]|[（(]\s*(?:\d{1,2}|[a-z])\s*[）)]|\d{1,2}\s*[.．、](?!\d)))"
)
_SEGMENT_END_RE = re.compile(r"[;；]\s*")
_LEGAL_WORDS_RE = re.compile(
    # (末端执行器, 执行机构: a machine's part, not 执行 a rule)
    r"应当|申请|许可证|依照|按照|规定|本公告|办理|报关|质疑|负责|处罚|追究|执行(?!器|机构|元件)|经营者|不得|禁止|同步|更新|"
    r"实施|发布|生效|含义|是指|包括"
)
# 从清单中删除下列物项： heads deleted entries as much as 以下物项移出清单：
_LIFTED_RE = re.compile(
    r"取消|解除|不再(?:实施|列入|管制)|移出|调出|删减|剔除|停止实施|予以豁免|不予管制"
    # (…1C234项删除并替换为：“…”: the entry given anew, not taken off)
    r"|(?:删除|删去)(?!\s*(?:并|后)\s*(?:替换|修改|改)为)"
)
# Sub-lines that are not the notice's things though 下列 introduces them: what it does not apply to
# (`下列技术不适用本公告：` + public domain, basic research, patents) and the measures taken against
# listed parties (`对上述3家实体采取以下措施：` + 禁止…；…立即停止).
_NOT_LISTING_INTRO_RE = re.compile(
    # (下列消费级无人驾驶航空器及其零部件，不属于本公告第一条规定的管制范围：)
    r"(?:下列|以下|如下)[^。；;]{0,24}?(?:不适用|不受|不属于|不在|不纳入|不视为)"
    r"|(?:不适用|不受|不属于|不在|不纳入)[^，,。；;]{0,16}?(?:下列|以下|如下)"
    # (注：本款第（一）项不包括下列物项： — not 不含下列任一杂质元素的高纯镓：, a criterion)
    # (…不包括下列材料： / 不包括以下任一物项： / 不包括专门设计用于民用的下列物项：)
    r"|(?:不包括|不包含|不含)[^，,。；;：:]{0,14}?(?:下列|以下|如下)\s*(?:任一|任何|各类)?\s*"
    r"(?:(?:物项|技术|设备|产品|货物|软件|材料|部件|零部件|情形)(?:[和及、](?=[^，,。；;：:]{1,6}[:：]))?){1,3}\s*[:：]"
    r"|(?:采取|实施|适用)(?:以下|下列|如下)[^，,。；;]{0,6}?措施"
    # 对下列公告所列措施作如下调整：(一)…恢复实施；(三)上述两公告的其他内容，仍按照…执行: acts on measures
    r"|措施[^，,。；;]{0,8}?作(?:如下|以下|下列)(?:调整|修改|变更|处理)"
    # 不得向下列最终用户或者为下列最终用途出口…： (end users and uses, a rule's terms) / 技术说明： (the notes under it)
    r"|(?:下列|以下)[^，,。；;]{0,4}?最终(?:用户|用途)"
    # (出口…所列物项，拟用于下列用途的，商务部依法不予许可： + 军事用途…: uses refused, a rule's terms)
    r"|(?:下列|以下)[^，,。；;]{0,4}?(?:用途|情形)的?\s*[,，]?[^。；;]{0,20}?(?:不予|禁止|不得|不批准)"
    r"|^\s*(?:技术说明|技术注释|术语解释|名词解释|释义|定义)\s*[:：]\s*$"
    # (以下列方式向境外…提供本公告所列软件的，属于本公告所称出口： / 以下列方式…的，视同出口，依法实施出口管制：: the ways
    # an export of goods listed elsewhere (…所列…的, 第一条所述技术的, 第一条规定的技术, 上述技术) is made, a definition's terms — not (对)以下列形式出口的镓相关物项，依法实施
    # 出口管制：, goods listed, nor 提供下列技术的，视同出口，依法实施出口管制：, technologies listed)
    r"|(?:以|通过|按照?)\s*(?:下列|以下|如下)[^，,。；;]{0,4}?(?:方式|途径|渠道|形式)[^。]*?视同出口"
    r"|(?:以|通过|按照?)\s*(?:下列|以下|如下)[^，,。；;]{0,4}?(?:方式|途径|渠道|形式)(?=[^。]*?(?:(?:所列|所述)[^。，,]{0,8}?的|规定的|上述|前述|处理))"
    r"[^，,。；;]{0,20}?(?:提供|出口|转让|传送|处理|向境外|出境|转移)"
    r"|属于本公告所称[^，,。；;]{0,6}?出口|视同出口(?![^。]*?实施(?:出口)?管制)"
)
# (下列两用物项出口许可申请，审查期限…延长30个工作日： / 应当符合下列条件：: cases and conditions, a rule's terms — over sub-lines
# printing no code or HS reference: 以下两用物项的出口许可申请，商务部不予许可： then 1．3A001 …（参考税则号列：…） lists goods)
_CASES_INTRO_RE = re.compile(
    r"(?:下列|以下|如下)[^，,。；;：:]{0,16}?(?:申请|情形|情况|行为|事项|活动)\s*(?:之一)?\s*[,，：:]"
    r"|(?:应当|须|必须)[^，,。；;：:]{0,4}?(?:符合|满足|具备)(?:下列|以下|如下)[^，,。；;：:]{0,6}?条件\s*[:：]"
)
_LIST_OF_PARTIES_RE = re.compile(
    r"(?:移出|列入|纳入)[^。；;，,]{0,12}?(?:管控名单|关注名单|不可靠实体清单|反制清单)"
    r"|(?:管控名单|关注名单|不可靠实体清单|反制清单)[^。；;，,]{0,6}?(?:实体|企业)"
)
_EMPTY_CATEGORY_RE = re.compile(r"(相关物项|物项|相关技术|相关设备)[。.]?$")
_HEADING_NAME_MAX = 12  # a code with a name this short (3C901 正极材料) names a category
_STATED_COUNT_RE = re.compile(r"(?:共|合计|共计)\s*(\d{1,4})\s*(?:项|种|个物项|类)")
_TITLE_SUBJECT_RES = (
    re.compile(r"对(.{2,30}?)(?:等物项)?实施(?:临时)?出口管制"),
    # 关于优化调整石墨物项临时出口管制措施的公告 (2023 No. 39)
    re.compile(r"(?:(?:优化)?调整|优化)(.{2,30}?)(?:的)?(?:临时)?出口管制"),
)

HS_LENGTHS = {
    "参考海关商品编码": 10,
    "海关商品编码": 10,
    "参考海关商品编号": 10,
    "海关商品编号": 10,
    "参考商品编号": 10,
    "商品编号": 10,
    "参考税则号列": 8,
    "税则号列": 8,
}


@dataclass
class _Node:
    marker_type: str
    marker: str
    text: str  # after marker
    line: str
    span: tuple[int, int]
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    codes: tuple[str, ...] = ()
    hs: tuple[str, ...] = ()
    hs_label: str | None = None
    hs_notes: tuple[str, ...] = ()  # 不含原油 in (海关编码:2709000000,不含原油)
    name: str = ""
    qualifiers: tuple[str, ...] = ()
    ends_colon: bool = False
    reserved: bool = False
    shape: str = ""  # "criteria" | "purpose" | "ban" | "measure" | "conditional" | … | "" (a plain line)
    inline_spec: str | None = None  # parameters printed on the line itself after the colon
    prose: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    # the lines a note of its took, and why they list nothing (see _Note)
    noted: list[tuple[str, str]] = field(default_factory=list)
    # A line the page broke in two (PDF/DOCX text, <br> inside an item) is read joined: where in
    # `line` each break was, and the whitespace the body holds there, so quotes stay the body's text.
    breaks: tuple[tuple[int, str], ...] = ()

    @property
    def code(self) -> str | None:
        return self.codes[0] if self.codes else None

    def code_only_heading(self) -> bool:
        """一、1C909 钬相关物项 / （一）3C901 正极材料: a category line, whatever its children say."""
        return bool(
            _EMPTY_CATEGORY_RE.search(self.name) or (self.codes and len(self.name) <= _HEADING_NAME_MAX)
        )

    @property
    def path_part(self) -> str:
        # a quoted point keeps its printed label: （一） inside quotation marks is still (一)
        if self.marker_type.removeprefix("quoted-") in ("pcn", "pnum", "plat", "pcap", "rnum"):
            return f"({self.marker})"
        if self.marker_type == "part":
            return f"第{self.marker}部分"
        if self.marker_type.startswith("unl"):
            return ""  # unnumbered: no step in the printed path
        if self.marker_type == "code":
            return f"+{self.marker}"  # a code-first line without a number: its place under the heading
        return self.marker


@dataclass(frozen=True)
class NotItem:
    """A numbered line that looks like a list line but names nothing controlled, and why.

    `why` is one of procedure, criteria, purpose, rule, heading, lifted, reserved: the "no silent
    drops" account of a list section, next to the entries and the issues.
    """

    line: str
    why: str


@dataclass(frozen=True)
class EntryResult:
    entries: tuple[Entry, ...]
    stated_count: int | None
    issues: tuple[Issue, ...]
    not_items: tuple[NotItem, ...] = ()


# Full-width ASCII (１． ａ． （１）) folded one character for one, so that positions in the folded line
# are positions in the printed one: originals typed in a Chinese IME number items that way.
_FOLD_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_DIGITS_ONLY = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}  # the point keeps its width


# A name may open with a number of its own: 1．2.5D封装设备, 1.2B001 …, 1．3D打印设备. After the item
# number's point comes a number that is no outline number then: a decimal run into Latin letters, a
# control code, or (a full-width point before an ASCII digit) a number typed differently from the marker.
_NUMBERED_NAME_RE = re.compile(r"^(\d{1,4})\s*(?:[.．](?=\d+[.．]\d+[A-Za-z]|\d[A-E]\d{3})|．(?=[0-9]))\s*")


_ZERO_LED = ("num", "rnum", "dec2", "dec3", "dec4")


def _split_marker(line: str) -> tuple[str, str, str] | None:
    folded = line[:16].translate(_FOLD_WIDTH) + line[16:]
    for marker_type, pattern in _MARKERS:
        match = pattern.match(folded)
        if match:
            rest = line[match.end() :]
            marker = match.group(1)
            if marker_type == "dec":
                marker = re.sub(r"\s", "", marker).replace("．", ".")
                marker_type = f"dec{len(marker.split('.'))}"
            if marker_type in _ZERO_LED and marker.startswith("0"):
                return None  # `0.4海里的…`: a value a broken line starts with; no outline counts from 0
            return marker_type, marker, rest
    named = _NUMBERED_NAME_RE.match(line.translate(_DIGITS_ONLY))
    return ("num", named.group(1), line[named.end() :]) if named else None


def line_marker(line: str) -> tuple[str, str, str] | None:
    """(marker type, marker, text after it) of a numbered line, None for an unnumbered one.

    The type is what the outline nests by (cn 一、, pcn (一), num 1., dec2 1.1, lat a. …).
    """
    return _split_marker(line)


def _codes(printed: str) -> tuple[str, ...]:
    if re.fullmatch(_CATALOGUE_CODE, printed):
        return (printed,)
    codes: list[str] = []
    for match in _CODE_SPAN_RE.finditer(printed.replace("．", ".")):
        first, last = match.groups()
        codes.extend(code for code in _code_range(first, last) if code not in codes)
    return tuple(codes)


def _code_range(first: str, last: str | None) -> list[str]:
    """Every code from `first` to `last`: they differ only in their last part, both numbers or both
    single letters (c.2 至 c.4 covers c.3, which is not printed). Ends that differ in more are printed
    as they are."""
    if last is None:
        return [first]
    head, _, start = first.rpartition(".")
    last_head, _, end = last.rpartition(".")
    if not head and first[:2] == last[:2]:  # 3A001至3A003: entries of one category and group
        head, start, last_head, end = first[:2], first[2:], last[:2], last[2:]
        if start.isdigit() and end.isdigit() and 0 < int(end) - int(start) <= _RANGE_MAX:
            return [f"{head}{n:03d}" for n in range(int(start), int(end) + 1)]
    if not head or head != last_head:
        return [first, last]
    if start.isdigit() and end.isdigit() and 0 < int(end) - int(start) <= _RANGE_MAX:
        return [f"{head}.{n}" for n in range(int(start), int(end) + 1)]
    if re.fullmatch(r"[a-z]", start) and re.fullmatch(r"[a-z]", end) and start < end:
        return [f"{head}.{chr(c)}" for c in range(ord(start), ord(end) + 1)]
    return [first, last]


# (…第5项“氧化钨”（管制编码：1C117.d）的海关商品编号“2825909120”更正为“2825901920”: the entry's code is the one it takes)
# (…，海关商品编号由2804500010更正为2804500001: the same without quotes)
_HS_CORRECTED_RE = re.compile(
    r"(?:海关商品编号|商品编号|税则号列|海关编码)\s*由?\s*[“\"「]?\s*\d{8,10}\s*[”\"」]?\s*(?:更正|修改|调整|改)为\s*"
    r"[“\"「]?\s*(\d{8,10})\s*[”\"」]?"
)
# (氧化钨（管制编码：1C117.d），增列海关商品编号2825901920: a customs code added to the entry)
# (8101940001、8101991001: a run of customs codes printed after a label)
_HS_RUN = r"\d{8,10}(?:\s*[、，,和及]\s*\d{8,10})*"
_HS_ADDED_RE = re.compile(
    rf"(?:增列|增加|补充)\s*(?:参考)?(?:海关商品编号|商品编号|税则号列)\s*[:：]?\s*({_HS_RUN})"
)


def _hs_codes(node: _Node, text: str, issues: list[Issue]) -> str:
    """Read the HS parentheticals into the node; return the text without them."""
    hs: list[str] = []
    notes: list[str] = []
    for match in [*HS_RE.finditer(text), *_HS_CLAUSE_RE.finditer(text)]:
        label = match.group(1)
        node.hs_label = node.hs_label or label
        note = match.group(3) if match.re is HS_RE else None  # a clause carries no bracketed remark
        if note and not _HS_REMARK_RE.fullmatch(note.strip()):
            notes.append(note.strip())
        expected = HS_LENGTHS.get(label)
        for code in _HS_DIGITS_RE.findall(match.group(2)):
            if expected is not None and len(code) != expected:
                issues.append(
                    Issue(
                        "hs_code_length",
                        f"{label} {code} has {len(code)} digits, expected {expected}",
                        line=node.line,
                    )
                )
            if code not in hs:
                hs.append(code)
    # (…第58号第一款第（二）项第4目所列热压机，补充参考税则号列：…: a point of another notice given a code, no entry here)
    added = _HS_ADDED_RE.search(text) if not re.search(r"年\s*第\s*\d{1,4}\s*号", text) else None
    changed = (_HS_CORRECTED_RE.search(text) or added) if not hs else None
    node.hs = tuple(_HS_DIGITS_RE.findall(changed.group(1))) if changed else tuple(hs)
    node.hs_notes = tuple(notes)
    # (…，增列海关商品编号… / …，海关商品编号由…更正为…: the change, after the name)
    if changed is not None and (comma := re.search(r"[，,]\s*$", text[: changed.start()])):
        text = text[: comma.start()]
    text = _HS_CLAUSE_RE.sub("", HS_RE.sub("", text)).strip()
    if "编号" in text or "税则" in text:
        issues.append(Issue("hs_unreadable", "an HS reference could not be read", line=node.line))
    return text


def _trailing_parens(text: str) -> tuple[str, list[str]]:
    """The name without the qualifying brackets it ends in (forms, 单质, a purity), and those brackets."""
    qualifiers: list[str] = []
    while True:
        paren = _TRAILING_PAREN_RE.search(text)
        if not paren or paren.start() == 0:
            break
        inner = paren.group(1).strip()
        if inner and not _QUALIFIER_PAREN_RE.search(inner):
            break  # part of the name: （包含电芯和电池组）
        qualifiers.insert(0, inner)
        text = text[: paren.start()].rstrip(_TRAILING_PUNCT)
    return text, qualifiers


# 磷化氢（又称磷烷）（纯度≥99.999%） / 对位芳香族聚酰胺长丝（又称对位芳纶）: another name for the thing, wherever
# its bracket stands, is spec, as `，又称…` after a comma is
_ALIAS_PAREN_RE = re.compile(r"[（(]\s*((?:又称|又名|别名|俗称|亦称|也称)[^（()）]*)[）)]")


# (1C902.a 金属钐 / 3C004.a．磷化铟: the code, then a space or a point before the name)
_CODE_FIRST_CELL_RE = re.compile(
    rf"^\s*(?P<code>{CONTROL_CODE})(?:[.．]?\s+(?=\S)|[.．]\s*(?=[\u4e00-\u9fff]))"
)


# 一、自…起，下表所列物项不再实施出口管制，并从…中删除：: a long line above a table releases its rows only where the rows
# are what the release is said of (not 对下列物项实施出口管制，同时取消…第3项：, new controls beside another change)
# (not 下表所列物项不再实施临时出口管制，正式列入《…清单》并实施出口管制： — moved onto the list; nor 下表所列物项取消通用许可
# 便利措施，…逐单申请…： — a facility withdrawn, the rows stay controlled)
_ROWS_LIFTED_RE = re.compile(
    r"(?:下列|以下|下表|如下)[^，,。；;]{0,20}?"
    r"(?:不再(?:实施|列入|纳入)[^，,。；;]{0,8}?管制|(?:取消|解除|停止实施)[^，,。；;]{0,8}?管制|不予管制|移出|调出|剔除"
    r"|(?:删除|删去)(?!\s*(?:并|后)))"
    # (not when the rows are then put under control: …正式列入《…清单》并实施出口管制： / …，实施出口管制：)
    # (…相关物项已列入《…清单》： moved onto it as well — but not …已列入《…清单》的相应条目同时删除：, the list's rows struck)
    r"(?![^：:]*(?<!不再)(?:列入|纳入)(?![^：:]{0,40}?的[^：:]{0,10}?(?:删除|删去))[^：:]{0,30}?(?:清单|目录)"
    r"|[^：:]*(?<!不再)(?<!停止)(?<!解除)实施(?:出口)?管制)"
)


def _announced_list(title: str) -> bool:
    """A line announcing the list below it (下列物项… / 以下商品…：), not a list's own title."""
    return bool(re.search(r"下列|以下|如下|下表", title)) or title.rstrip().endswith((":", "："))


def _printed_code(row: TableRow, name: str) -> tuple[str | None, str]:
    """The row's code cell, or the code its name cell prints first (管制编码及物项名称 | 1C902.a 金属钐), and the name."""
    printed = row.cells.get("code", "").strip().rstrip(".．") or None
    first = _CODE_FIRST_CELL_RE.match(name) if printed is None else None
    if first:
        return first.group("code"), name[first.end() :]
    # (仲钨酸铵 | 管制编码1C117.d | 2841801000: a code labelled in the description cell)
    labelled = _LABELLED_CODE_RE.search(row.cells.get("description", "")) if printed is None else None
    return (labelled.group("code") or labelled.group("bracketed") if labelled else printed), name


# (the cell's own label, closing it — not 管制编码1C117.c所列以外的…, 由管制编码1C117.c项下…制成的…: codes cited)
# (a bracket holding the label, （管制编码：1C226） — not （管制编码1C117.c，纯度…）的等静压机, a cited input)
_LABELLED_CODE_RE = re.compile(
    rf"(?:^|[,，;；])\s*(?:出口)?管制编码\s*[:：为]?\s*(?P<code>{CONTROL_CODE})(?=\s*(?:$|[,，;；。)）]))"
    # (（管制编码：1C225；参考税则号列：28452000） / （管制编码：1C117.d，按重量计）: other labels or words in the bracket
    # after the code — still the row's, unless the bracket qualifies a noun after it with 的)
    rf"|[(（]\s*(?:出口)?管制编码\s*[:：为]?\s*(?P<bracketed>{CONTROL_CODE})(?=\s*(?:[)）]|[;；,，][^()（）]*[)）](?!\s*的)))"
)


_CELL_CRITERIA_RE = re.compile(rf"^\s*{_CRITERIA_CORE}\s*的\s*(?=[\u4e00-\u9fffA-Za-z])")


def _name_cell(row: TableRow) -> tuple[str, tuple[str, ...]]:
    """A row's name cell and the customs codes it prints in brackets (调整后条目内容 | 钨铼合金丝…（参考海关商品编号：
    8101960001）: a table with no code column prints them there, as a list line does), out of the name; and the
    codes of what its remark says the row includes (药品类；包括原料药及其单方制剂（单方制剂参考海关商品编号：…）)."""
    # (具有下列所有特性的稀土用焙烧窑 | … | 1.…: the criteria are the remark's lines, the thing is the name)
    cell = _CELL_CRITERIA_RE.sub("", row.cells.get("name", ""))
    printed = tuple(dict.fromkeys(c for m in HS_RE.finditer(cell) for c in _HS_DIGITS_RE.findall(m.group(2))))
    remark = row.cells.get("description", "")
    included = () if re.search(r"不包括|除外|不含", remark) else _included_hs(remark)
    codes = tuple(dict.fromkeys((*(() if row.hs else printed), *included)))
    return (HS_RE.sub("", cell) if printed and not row.hs else cell), codes


def _row_name(row: TableRow) -> tuple[str, list[str], tuple[str, ...]]:
    """A row's name, its qualifiers (criteria after the colon included) and the customs codes its name cell prints."""
    name_cell, printed_hs = _name_cell(row)
    name_cell, criteria = _criteria_after_colon(row.cells.get("name", ""), name_cell)
    name, qualifiers = _split_qualifiers(name_cell.strip(_TRAILING_PUNCT))
    return name, [*qualifiers, *criteria], printed_hs


def _criteria_after_colon(printed: str, cell: str) -> tuple[str, list[str]]:
    """A name cell opening on criteria (具有下述所有特性的固态钨：a．…；b．… / …的钨镍铁合金：密度大于…；…): the thing before
    the colon is the name, the criteria after it the spec (as on a list line)."""
    opening = _CELL_CRITERIA_RE.match(printed)
    colon = re.search(r"[:：]", mask_brackets(cell))
    if opening is None or colon is None or not cell[colon.end() :].strip():
        return cell, []
    phrase = re.sub(r"\s*的\s*$", "", opening.group(0).strip())
    return cell[: colon.start()], [f"{phrase}：{cell[colon.end() :].strip()}"]


def _included_hs(remark: str) -> tuple[str, ...]:
    """The customs codes of what a remark says the row includes (…包括原料药及其单方制剂（单方制剂参考海关商品编号：…）)."""
    label = re.search(r"包括[^。;；]*?(?:海关商品编号|商品编号|税则号列|海关编码)\s*[:：]?", remark)
    return tuple(_HS_DIGITS_RE.findall(remark[label.end() :])) if label else ()


def _split_qualifiers(text: str) -> tuple[str, list[str]]:
    """A name and the qualifiers that follow it (trailing parentheticals, a comma tail)."""
    registry = [match.group(1) for match in _CAS_PAREN_RE.finditer(text)]
    registry += [match.group(1).strip() for match in _ALIAS_PAREN_RE.finditer(text)]
    stripped = _ALIAS_PAREN_RE.sub("", _CAS_PAREN_RE.sub("", text)).rstrip(_TRAILING_PUNCT)
    stripped, qualifiers = _trailing_parens(stripped)
    # A leading reference out of other entries (除2D002所列以外，专门设计…的软件) is read first: the comma
    # that closes it ends the reference, not the name.
    outside = _OUTSIDE_LIST_RE.match(stripped.strip())
    leading = None
    if outside and stripped.strip()[outside.end() :]:
        leading = outside.group(0).strip().rstrip("的、，,")
        # (3A001.g、3A001.h所列以外的、具有…的模块: the list's own comma goes with the exception)
        stripped = stripped.strip()[outside.end() :].lstrip("、，, ")
    # A comma inside a parenthetical （严格用于民用目的的除外，例如…） does not end the name.
    masked = mask_brackets(stripped)
    end = _name_end(stripped, masked)
    if end is not None and end.start() > 0:
        qualifiers.insert(0, stripped[end.end() :].rstrip(_TRAILING_PUNCT))
        stripped = stripped[: end.start()].rstrip(_TRAILING_PUNCT)
        # `金属锗（单质），包括但不限于…形态`: the name's own qualifying bracket sits before the comma
        stripped, before = _trailing_parens(stripped)
        qualifiers[:0] = before
    if leading:
        qualifiers.insert(0, leading)
    return stripped.strip(), [q for q in (*registry, *qualifiers) if q]


# `防弹插板，防护等级等于或者低于…IIIA级`: a rating of X bounded before its value (`，直径小于10毫米的钨管` instead
# goes on to the noun it describes, and is no tail)
_RATING_TAIL_RE = re.compile(
    rf"{_NAME_COMMA}\s*(?=[\u4e00-\u9fff]{{0,4}}(?:等级|级别|精度|功率|电压|电流|温度|压力|速度|重量|直径|厚度|长度|频率"
    # (…设备，微波功率在10千瓦以上，且…: a rating said as 在…以上)
    r"|能量|强度)(?:(?:等于或者|等于或|不)?(?:低于|高于|大于|小于|超过)|在\s*\d[^，,。；;]{0,10}?(?:以上|以下)))"
)


def _rating_tail(masked: str) -> re.Match[str] | None:
    rating = _RATING_TAIL_RE.search(masked)
    if rating is None:
        return None
    clause = re.split(r"[，,；;。]", masked[rating.end() :], maxsplit=1)[0]
    return None if _pre_noun(clause) else rating


def _name_end(text: str, masked: str) -> re.Match[str] | None:
    """The comma that ends the name, if one does: the first that opens a qualifier (`X，平均粒径…，用于…
    除外` is X with two qualifiers). When a later comma opens one, the description between it and the
    name is qualifier too (`X，按照…可配备数控装置，具有…`): a name runs on over a comma only to name
    more (`，例如…`, `，其他…`) or to reach the noun its modifiers precede (`…，…的坩埚`)."""
    tails = [
        _rating_tail(masked),
        _FORM_TAIL_RE.search(masked),
        _QUALIFIER_TAIL_RE.search(masked),
        _EXCLUSION_TAIL_RE.search(masked),
        _parameter_tail(text, masked),
        _predicate_tail(masked),
        _OUTSIDE_TAIL_RE.search(masked),
    ]
    tail = min((t for t in tails if t is not None), key=lambda t: t.start(), default=None)
    if tail is None or tail.start() == 0:
        return tail
    if _one_modifier(masked):
        return None
    first = _PREDICATE_COMMA_RE.search(masked)
    if first is None or first.start() >= tail.start() or not _noun_head(masked[: first.start()]):
        return tail
    between = masked[first.end() : tail.start()]
    if _ADDITIVE_RE.match(between) or _pre_noun(between):
        return tail
    return first


def _one_modifier(masked: str) -> bool:
    """`具有中空圆柱对称形态，内径大于等于100毫米…、质量大于20千克的钨…合金制件`: a name that opens on a modifier (具有, 用于…)
    and comes to its noun only after its last comma is one phrase — its commas part the modifier's conditions, and the
    thing named stands at its end."""
    last = max(masked.rfind("，"), masked.rfind(","))
    first = min(i for i in (masked.find("，"), masked.find(","), len(masked)) if i >= 0)
    return bool(
        _MODIFIER_LEAD_RE.match(masked)
        and last > 0
        # (采用…残留的电子设备，包括… / 用于气体离心机的转子，包括…: a noun reached before the first comma ends the name there)
        and "的" not in masked[:first]
        and not _PRE_NOUN_END_RE.search(masked[:first])
        and _PRE_NOUN_END_RE.search(masked[last:])
        and not re.search(r"[。；;：:]", masked)
    )


_FIRST_COMMA_RE = re.compile(rf"{_NAME_COMMA}\s*")
# A comma between two Latin letters or digits joins a chemical name (N,N-二异丙基…, 1,1,1-三氯乙烷).
_PREDICATE_COMMA_RE = re.compile(r"(?:(?<![\dA-Za-z])[，,]|[，,](?![\dA-Za-z]))\s*")
# What a comma opens when it goes on to describe the thing already named rather than name more: how it
# is designed, adapted or rated (`，设计用于…`, `，专门调整（优化）为…`), what it can do (`，可用于…`,
# `，能够…`), what it is fitted with or uses (`，配备…`, `，采用…`), how or by what it works (`，通过…`,
# `，按照制造商技术规格…`), what it suits (`，适用于…`), what it is for (`，用于…`).
_PREDICATE_OPENER_RE = re.compile(
    r"(?:专门|特别)?(?:设计|改进|改装|改造|调整|优化|配置|额定|制造)(?:或[^，,\0]{1,4}?)?\0*(?:用于|为|成|以|来)"
    r"|(?:可|能)(?:够|以)?(?=[\u4e00-\u9fff])(?!以上|以下)"
    r"|配备|配有|装有|装备有|带有|附有|内置|采用|使用|利用|借助|带或不带|(?:无论|不论)是否"
    r"|通过|按照|依照|根据|依据|基于|适用于|适合|用于"
    # how it performs (`，以λ/10的精度进行相干光束合成`, `，以大于…的速率工作`)
    r"|以(?!及|上|下|外|内|后|前|便|免|至)"
    # what its parts are made of or hold (`，外壳由耐腐蚀材料制成`, `，壳体采用…`, `，内含阻尼介质`)
    r"|[\u4e00-\u9fff]{0,4}?由[^，,。；;\0]{1,30}?(?:制成|制造|构成|组成|加以防护)"
    r"|(?:内含|内装|内衬|内充|含有)"
    # the chemical-plant shapes (`搅拌器，专为2B350.a所列反应器设计`, `，所有与被加工化学品直接接触的表面由…制成`)
    r"|专(?:门)?为|专供"
    r"|(?:所有|全部|凡)[^，,。；;\0]{0,24}?(?:表面|部件|部分|零件)[^，,。；;\0]{0,4}?由[^，,。；;\0]{1,30}?"
    r"(?:制成|制造|构成|组成|衬里|涂覆)"
)
# A head that is itself a noun phrase: not a modifier opening with a verb or preposition (`设计用于…，`,
# `为…，`, `由…制成`) and not one still waiting for its noun (`…的，`, `…以外，`, `…和，`).
_MODIFIER_LEAD_RE = re.compile(
    r"^(?:专门|特别|设计|改进|用于|为|在|由|根据|依据|按照|依照|对|将|除|经|可|能|具有|采用|通过|以|当|凡|从|与|容积|"
    r"第\S{1,8}?(?:目|项|款))"
)
_MODIFIER_END_RE = re.compile(r"(?:的|之|以外|之外|或|和|及|与|、|并|且)\s*$")
# `，例如…` (2018 No. 36), `，其他…`, `，以及…`, `，或…`: the name goes on to name more things.
_ADDITIVE_RE = re.compile(r"^\s*(?:例如|比如|如|以及|及|和|或|其他|其它|其余|另)")
# The noun a modifier ending in 的 comes to: a thing, or the last character of a thing's name.
_HEAD_NOUN_END = rf"(?:{_THING_NOUNS}|部件|组件|材料|系统|器件|代码|[器机仪件品剂料具管板体床炉泵阀罐塔膜片粉末物液锭棒环盘模头元埚釜窑柜箱瓶槽舱筒缸])"
# A purpose after the comma (用于 / 适用于 / 供…使用): the noun it comes to is its object.
_PURPOSE_RE = re.compile(r"^(?:可|仅|主要|专门)?(?:用于|适用于|供)")
_PRE_NOUN_END_RE = re.compile(rf"的[^的，,。；;\0]{{0,12}}{_HEAD_NOUN_END}\s*$")


# `锑化铟，位错密度小于50个/平方厘米的单晶，以及纯度大于99.99999%的多晶`: after the material's name, the forms
# it is controlled in, each bounded by a measured value — the forms and their values are spec, as a
# 包括但不限于…形态 tail is. Only a physical form of a material ends such a tail: a value before another
# noun (`，直径大于1米的反射镜`) may be more of the name.
_COMPARED = (
    r"(?:大于|小于|等于|不低于|不高于|不超过|不大于|不小于|超过|低于|高于|优于|≥|≤|>|<|＞|＜)\s*[0-9０-９]"
)
_MATERIAL_FORMS = (
    r"(?:单晶|多晶|晶体|晶片|晶圆|外延片|衬底|薄膜|粉末|粉体|颗粒|碎料|锭|块|片|棒|丝|靶材|溶液)"
)
_FORM_TAIL_RE = re.compile(
    rf"[，,]\s*(?=(?:以及|及|或)?[^，,。；;\0]{{0,24}}?{_COMPARED}[^，,。；;的\0]{{0,24}}?的{_MATERIAL_FORMS}"
    rf"(?:(?:或|和|及|、){_MATERIAL_FORMS})*\s*(?:[，,；;。]|$))"
)


def _noun_head(head: str) -> bool:
    """A noun phrase: it opens with no modifier, or its modifiers have reached their noun
    (`专门制备的用于制造气体扩散屏障的化合物或者粉末`, `由悬浮在外壳内的环形磁体构成的轴承组件`)."""
    stripped = head.strip()
    if not stripped or _MODIFIER_END_RE.search(stripped):
        return False
    return not _MODIFIER_LEAD_RE.match(stripped) or _pre_noun(stripped)


def _pre_noun(segment: str) -> bool:
    """`…，在失去全部辅助基准后…提供位置的惯性测量设备或系统`: the comma sits inside the modifiers of the
    noun the line ends with."""
    # (a bracket after the noun, masked, explains it: 振动推进器（振动台单元）still ends in its noun)
    return bool(_PRE_NOUN_END_RE.search(segment.rstrip(_TRAILING_PUNCT).rstrip("\0")))


# Under what condition X performs (`铝合金，在293K（20℃）时能够达到…的极限抗拉强度，且为…的管材`): a clause
# about X, never the modifiers of a noun still to come.
_CONDITION_OPENER_RE = re.compile(
    r"在[^，,。；;]{1,30}?(?:时|条件下|状态下|环境下)[^，,。；;]{0,6}?(?:能|可|达到|具有|为|时)"
)


def _predicate_tail(masked: str) -> re.Match[str] | None:
    """The first comma after a noun-phrase name that opens a description of it (_PREDICATE_OPENER_RE),
    unless what follows ends in the noun it modifies."""
    for comma in _PREDICATE_COMMA_RE.finditer(masked):
        if comma.start() == 0 or not _noun_head(masked[: comma.start()]):
            return None
        rest = masked[comma.end() :]
        if _CONDITION_OPENER_RE.match(rest):
            return comma  # (the condition is a clause of its own, whatever noun its last words end on)
        if _PREDICATE_OPENER_RE.match(rest):
            # `贮箱，用于能将…的火箭系统`: the noun a purpose ends in is what X serves, not X
            return None if _pre_noun(rest) and not _PURPOSE_RE.match(rest) else comma
    return None


# `第1目至第6目所列以外、可加工…的车床`: a reference out of the list's other entries bounds the scope; it is
# spec, like an exclusion after a comma, and the thing is what follows it. It may cite several entries
# (`第2.1目、第2.2目所列以外、`) or name them by their codes (`除2D002所列以外，`).
_OUTSIDE_REFS = (
    rf"(?:第[^、，,；;。的]{{1,16}}?(?:[、和及或]第[^、，,；;。的]{{1,16}}?)*"
    rf"|(?:{CONTROL_CODE})(?:\s*(?:[、和及或至]|或者)\s*(?:{CONTROL_CODE}))*\s*项?)"
)
_OUTSIDE_LIST_RE = re.compile(
    rf"^除?\s*(?:本(?:项|目|条|类))?\s*{_OUTSIDE_REFS}?"
    r"(?:所列(?:物项|设备|材料)?\s*(?:以外|之外)\s*(?:的|[、，,])"
    # (9A012.a未列明的完整无人驾驶航空飞行器: what another entry does not list, the noun right after it)
    r"|(?<=[\da-z.])\s*(?:项下)?\s*(?:未列明|未列入|未包括)的(?![、，,]))\s*"
)
# `耐辐射探测器，6A002所列以外，专门设计…`: the same reference after the name narrows it, like an exclusion.
_OUTSIDE_TAIL_RE = re.compile(
    rf"[，,]\s*(?=除?\s*{_OUTSIDE_REFS}所列(?:物项|设备|材料)?\s*(?:以外|之外)\s*(?:[，,]|$))"
)
# A measured value ends in a number and its unit, however long the unit (`0.01微库仑/平方毫米`).
_MEASURED_TAIL_RE = re.compile(r"\d\s*[^\d的，,。；;、：:（()）\0]{0,8}$")


def _parameter_tail(text: str, masked: str) -> re.Match[str] | None:
    """`电池用磷酸铁锂制备技术，材料在220MPa压力下的粉末压实密度≥2.58g/cc，…≥160mAh/g`: after a comma come
    measured values, not more of the name; they qualify the thing named before it. The values may follow
    a comma that named more (`X“衬底”，或上述材料的锭…，20℃时电阻率大于…`): the first comma they follow
    counts. A name that itself ends in a value (…大于50μm，…) is not cut: the comma may join two bounds of
    one name. A bracket after the value (`…纳米（L为有效长度，单位毫米）`) explains it and does not end it."""
    for comma in _FIRST_COMMA_RE.finditer(masked):
        if comma.start() == 0:
            return None
        # A bracket is no value the name ends in: `二硼化钛(TiB2)陶瓷粉末，…` ends in a noun, while
        # `…15240米（50000英尺），…` still ends in the value before its conversion.
        head = masked[: comma.start()].replace("\0", "")
        if _MEASURED_END_RE.search(head[-6:]):
            return None
        following = _FIRST_COMMA_RE.search(masked, comma.end())  # the values end where the next one starts
        end = following.start() if following else len(masked)
        stop = end
        while stop > comma.end() and (masked[stop - 1] == "\0" or masked[stop - 1] in _TRAILING_PUNCT):
            stop -= 1  # the explaining bracket and the punctuation after the value
        values = text[comma.end() : stop]
        if not _PARAMETER_RE.search(values):
            continue
        # `…相位噪声优于－（126＋20log10F－20log10f）`: a comparison whose value is a bracketed formula
        formula = "\0" in masked[stop:end] and _COMPARED_END_RE.search(values)
        if _MEASURED_END_RE.search(values[-6:]) or _MEASURED_TAIL_RE.search(values) or formula:
            return comma
        return None
    return None


_COMPARED_END_RE = re.compile(
    r"(?:大于|小于|等于|不低于|不高于|不超过|不大于|不小于|超过|低于|高于|优于|劣于|≥|≤|>|<|＞|＜|±)\s*[－\-+＋]?\s*$"
)


# 最终用户和最终用途证明 / 技术说明或者检测报告 / 内部合规制度说明 / 合同的副本: a line naming a document names
# paperwork an exporter files, even when a notice adds it to another notice's list by quoting it; no goods
# or technology is named so (材料, 文件 stay out: 复合材料 is goods).
_FORM_FIELD_RE = re.compile(r"^[^，,。；;：:]{1,12}[：:]\s*(?:填写|填报|注明|列明|写明|如实填写)")
_PAPERWORK_RE = re.compile(
    r"(?:说明|证明|声明|承诺书|保证书|合同|协议|申请表|申请书|复印件|扫描件|副本|证书|营业执照|检测报告|情况介绍"
    # (（六）商务部要求提交的其他文件 / 其他需要提交的材料: the catch-all of a list of documents to file)
    r"|(?:提交|提供|报送)的(?:其他|其它)?(?:文件|材料|资料))"
    r"[\s。；;）)”\"]*$"
)


# 增列“1C353.b 遗传修饰生物体（…）” / 在1C352后增加：1C354.a.1 … — an amendment's added entry, printed as
# the consolidated list prints it after the act of adding it: the act and the quotes are not its name.
_ADDED_ENTRY_RE = re.compile(
    r"^(?:在[^，,。；;“”\"]{1,24}?(?:之后|之前|后|前|下)[，,]?\s*)?(?:新增|增列|增加|增补|补充|加入)"
    r"(?:以下|下列)?(?:物项|条目)?\s*[:：]?\s*"
)


def _added_entry(text: str) -> str:
    """The code-first entry an addition line quotes, else the line unchanged."""
    act = _ADDED_ENTRY_RE.match(text)
    if act is None:
        return text
    entry = _unquoted(text[act.end() :]).rstrip("。；;")
    return entry if _leading_code(entry) else text


# `（管制编码：3A001.h；参考税则号列：85412900）` or the other way round: one bracket shared by the code and
# the HS reference, a semicolon or comma before the second label. Read as the two brackets it stands for.
# The code may go unlabelled (`（1C232；参考税则号列：28454000）`): its shape names it as a label would.
_CODE_LABELS = r"出口管制编码|管制编码|管控编码|物项编码"
_BARE_CODES = rf"{_CODE_LIST}[.．]?"
_SHARED_REFERENCE_RE = re.compile(
    rf"([（(])\s*((?:{_CODE_LABELS}|{_HS_LABELS})\s*(?:[:：]|为)?\s*[0-9][^（()）;；]*?|{_BARE_CODES})\s*[;；,，]\s*"
    rf"((?:{_CODE_LABELS}|{_HS_LABELS})\s*(?:[:：]|为)?\s*[0-9][^（()）]*?|{_BARE_CODES})\s*([）)])"
)


def _names_codes(reference: str) -> bool:
    return bool(re.match(_CODE_LABELS, reference) or re.fullmatch(_BARE_CODES, reference))


# （CAS号：23056-29-3；参考海关商品编号：2933399099）: the registry number and the HS reference in one bracket
_CAS_AND_REFERENCE_RE = re.compile(
    rf"([（(])\s*((?:CAS\s*(?:号|编号|登记号|No\.?)?\s*[:：]?\s*)?{_CAS_NUMBER})\s*[;；,，]\s*"
    rf"((?:{_CODE_LABELS}|{_HS_LABELS})\s*(?:[:：]|为)?\s*[0-9][^（()）]*?)\s*([）)])"
)


def _split_shared_reference(text: str) -> str:
    def split(match: re.Match[str]) -> str:
        first, second = match.group(2), match.group(3)
        if _names_codes(first) == _names_codes(second):
            return match.group(0)  # two HS labels (or two code labels): one reference, left as printed
        opening, closing = match.group(1), match.group(4)
        return f"{opening}{first}{closing}{opening}{second}{closing}"

    text = _CAS_AND_REFERENCE_RE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{m.group(4)}{m.group(1)}{m.group(3)}{m.group(4)}", text
    )
    return _SHARED_REFERENCE_RE.sub(split, text)


def _inside_quotes(node: _Node) -> str:
    """A quoted point's text without the quotation mark closing it (…及其制品。” reads 及其制品), nor a line's
    that closes a quotation opened on an earlier line."""
    text = node.text.strip()
    bare = text.rstrip(_TRAILING_PUNCT)
    if not bare.endswith(_QUOTE_CLOSE):
        return text
    if node.marker_type.startswith("quoted-") or not any(mark in bare for mark in _QUOTE_OPEN):
        # (3.9B008 …传感器（…）。” — the last line of a quoted block of points closes the quote opened
        # lines above; a quote closing one opened on the line itself is the line's own)
        return bare[:-1]
    return text


# `1．数控车削机床。具有…的轴。管制编码：2B001.a；参考税则号列：84581100。`: an entry printed as a paragraph —
# its name a sentence of its own, then what it must meet, then its references as a last unbracketed sentence.
_LABELLED_TAIL_RE = re.compile(
    rf"[。;；]\s*(?P<refs>(?:{_CODE_LABELS}|{_HS_LABELS})\s*[:：][^。（()）]{{1,160}}?)[。;；]?\s*$"
)
_PARAGRAPH_NAME_RE = re.compile(r"^(?P<name>[^。；;：:，,（()）]{2,40})。(?P<rest>.+)$")


def _paragraph_entry(text: str) -> tuple[str, str | None]:
    """The text with a paragraph entry's references put in brackets after its name, and the sentences between
    them (its spec); the text unchanged and None for any other line."""
    tail = _LABELLED_TAIL_RE.search(text)
    head = _PARAGRAPH_NAME_RE.match(text[: tail.start()] + "。") if tail else None
    if tail is None or head is None:
        return text, None
    references = "".join(
        f"（{part.strip()}）" for part in re.split(r"[;；]", tail.group("refs")) if part.strip()
    )
    spec = head.group("rest").strip().rstrip(_TRAILING_PUNCT)
    return head.group("name") + references, spec or None


_QUOTED_HEAD_RE = re.compile(
    r"[“\"「『]([^”\"」』]{2,60})[”\"」』]\s*(?:中|后|之后)\s*(?:增列|增加|增补|新增|补充)[^。；;]{0,20}[:：]\s*$"
)


def _analyse(node: _Node, issues: list[Issue]) -> None:
    """Fill codes, HS codes, shape, name and qualifiers of a node from its text."""
    text, paragraph_spec = _paragraph_entry(_split_shared_reference(_added_entry(_inside_quotes(node))))
    text = _list_entry_rewritten(text)
    code_match = _leading_code(text)
    if code_match:
        printed, text = code_match.group(1), text[code_match.end() :]
        locant = re.search(r"[.．](\d)$", printed)
        joined = code_match.end(1) == code_match.end()  # (no separator between the code and the name)
        if locant and joined and re.match(r"-[\u4e00-\u9fffA-Za-z]", text):
            # 1C914.a.2-乙基己基膦酸…: the digit before the hyphen is the chemical's locant, not the code's
            printed, text = printed[: locant.start()], locant.group(1) + text
        node.codes = _codes(printed)
        text = _code_first_rewrite(text)
    # `1C008.b 【保留】`: a code-first line keeps its place in the list with nothing in it
    if RESERVED_RE.match(text.strip()):
        node.reserved = True
        return
    trailing = TRAILING_CODE_RE.search(text)
    if trailing:
        node.codes = node.codes or _codes(next(g for g in trailing.groups() if g))
        text = text[: trailing.start()] + text[trailing.end() :]
    text = _hs_codes(node, text, issues)
    if (
        not node.codes
        and (quoted := _QUOTED_HEAD_RE.search(text))
        and (head := _leading_code(quoted.group(1)))
    ):
        # 在…第（一）项“1C117.d.钨相关材料”中增加一目：: the points added come under the code the heading quotes
        node.codes = _codes(head.group(1))
    bare = TRAILING_CODE_RE.search(text) if not node.codes else None
    if bare and bare.group(3):  # 金属碲（6C002.a）（参考…）: the code is last once the HS reference is gone
        node.codes = _codes(bare.group(3))
        text = text[: bare.start()] + text[bare.end() :]
    stray = [c for c in LOOSE_CODE_RE.findall(text) if not re.fullmatch(CONTROL_CODE + r"\.?", c)]
    if stray:
        issues.append(
            Issue("control_code_pattern", f"unrecognised control code shape {stray}", line=node.line)
        )
    # 修改为：“ then the quoted point on the next line: the quote opening at the end still ends on the colon
    node.ends_colon = bool(re.search(r"[:：][\s“「『\"]*$", text.rstrip("。;； ")))
    text = _read_shape(node, text)
    if node.marker_type == "unl" or node.codes:  # 2.新增某加工技术（编号：…）: 新增 is the act, not the name
        text = _ENTRY_WORD_RE.sub(r"\g<name>", _LEADING_VERB_RE.sub("", text))
    name, qualifiers = _split_qualifiers(text)
    node.name = name
    node.qualifiers = (*qualifiers, *([paragraph_spec] if paragraph_spec else []), *node.hs_notes)


# (将《清单》5A902.d项的描述修改为：…: an entry of the list named by its code after the list's short title — read as the
# code-first line it is)
_LIST_ENTRY_NAMED_RE = re.compile(rf"^\s*将\s*《[^《》]{{1,30}}》\s*(?:中的?)?\s*(?={CONTROL_CODE}\s*项)")


# (（三）管制编码6C002.b项下的碲化镉汞（海关商品编号：…）: the entry of a catalogue named under its code)
# (an entry printed with its customs codes — not 管制编码1C117项下的物项，按照本公告执行, prose)
# (nor 管制编码1C117项下的物项不再实施出口管制 / …项下的物项出口须申请许可（具体海关商品编号见附件）: a generic noun, then what
# is done with it)
_UNDER_CODE_RE = re.compile(
    rf"^\s*管制编码\s*[:：]?\s*({CONTROL_CODE})\s*项下的?\s*(?!的)"
    # (not 管制编码6C002.c项下的其他碲化物（海关商品编号：…）: a thing printed with its customs code)
    # (but 管制编码X项下的其他…（…）（海关商品编号：…），包括…; is an entry, printed with its customs code)
    r"(?!(?:全部|所有|相关|有关|上述|其他|其余|物项|货物|产品|商品)"
    r"(?![^。；;]*?[（(][^（）()]*(?:编码|编号|税则)[^（）()]*\d[^（）()]*[)）](?:\s*[（(][^（）()]*[)）])*"
    r"\s*(?:[；;。，,]|$)(?!\s*(?:按照|须|应当|不再|依照))))"
    r"(?=[\u4e00-\u9fff](?:[^。；;]{0,60}?[（(][^（）()]*(?:编码|编号|税则)|"
    r"(?:(?!执行|实施|申请|许可|管制|出口|适用|办理)[^。；;，,]){0,40}[；;。]?\s*$))"
)


def _list_entry_rewritten(text: str) -> str:
    """将《清单》5A902.d项的描述修改为：… as the code-first rewrite it is — not 将《清单》3C004项中的“A”修改为“B”, words of the
    entry rewritten (an act, not an entry); 管制编码6C002.b项下的X as the code-first line 6C002.b X."""
    under = _UNDER_CODE_RE.match(text)
    if under is not None:
        return f"{under.group(1)} {text[under.end() :]}"
    named = _LIST_ENTRY_NAMED_RE.match(text)
    code = _leading_code(text[named.end() :]) if named else None
    if named is None or code is None:
        return text
    rest = text[named.end() :]
    return rest if _code_first_rewrite(rest[code.end() :]) != rest[code.end() :] else text


# (（一）2C902.b项的描述修改为：“X（参考税则号列：…），…除外”。: the entry of the list as its new description prints it)
_DESCRIBED_ANEW_RE = re.compile(
    # (a quoted word inside the description, “…，“宝石级”人造金刚石除外”, is part of it; a second quoted value after it,
    # ”，英文名称修改为“…”, is not)
    r"^\s*项?\s*的?\s*(?:描述|名称|表述)\s*(?:修改|调整|变更)为\s*[:：]?\s*[“\"「]"
    # (an inch mark after a digit, "直径大于12"的晶圆加工设备", is part of it too)
    r"(?P<new>(?:[^“”\"「」]|(?<=\d)\"(?=[^\"，,。；;]*\")|[“「][^“”「」]*[”」])+)[”\"」](?P<tail>.*)$"
)
# (…”，参考税则号列修改为：71051020。: the customs codes changed after the description)
_HS_AFTER_RE = re.compile(
    r"^[，,；;]\s*(?P<label>(?:参考)?(?:海关商品编号|税则号列))\s*(?:修改|调整|变更)为\s*[:：]?\s*"
    rf"(?P<codes>{_HS_RUN})"
)
# (（二）1C117.b项钼粉的参考海关商品编号修改为：8102100001、8102940001。: the entry with its new customs codes)
_HS_ANEW_RE = re.compile(
    r"^\s*项\s*(?:下的?|中的?)?\s*(?P<name>[^，,。；;:：“”]{1,40}?)的\s*(?P<label>(?:参考)?(?:海关商品编号|税则号列))\s*"
    r"(?:修改|调整|变更)为\s*"
    rf"[:：]?\s*(?P<codes>{_HS_RUN})\s*[。；;]?\s*$"
)


def _code_first_rewrite(text: str) -> str:
    """The words after a code that rewrite its entry, read as the entry they leave: the new description, or the name
    with the new customs codes as a reference."""
    described = _DESCRIBED_ANEW_RE.match(text)
    if described is not None:
        new = described.group("new").rstrip("。；; ")
        recoded = _HS_AFTER_RE.match((described.group("tail") or "").strip())
        return f"{new}（{recoded.group('label')}：{recoded.group('codes')}）" if recoded else new
    recoded = _HS_ANEW_RE.match(text)
    if recoded is not None:
        return f"{recoded.group('name')}（{recoded.group('label')}：{recoded.group('codes')}）"
    return text


def _read_shape(node: _Node, text: str) -> str:
    """Recognise criteria, purpose and measure lines; return the text that names the thing."""
    measure = _MEASURE_RE.match(text.strip())
    # 一、禁止出口部分 / 二、限制出口部分: the sections of a catalogue, not measures. An import
    # catalogue's (禁止进口部分) controls no export: its section stays a measure, its lines unlisted.
    section = _SECTION_TITLE_RE.search(text.rstrip(_TRAILING_PUNCT))
    if measure and (not section or "进口" in measure.group("rest")):
        ban = _EXPORT_BAN_RE.match(measure.group("rest").strip().rstrip(_TRAILING_PUNCT))
        if ban and measure.group("verb") == "禁止":
            goods = ban.group("goods").strip()
            if goods and not _GENERIC_GOODS_RE.search(goods):
                node.shape = "ban"  # the goods an export ban names are the entry; 包括… / 但… go to spec
                tail = _FURTHER_MEASURE_RE.split(ban.group("tail") or "", maxsplit=1)[0]
                # …，但用于人道主义目的的除外: the ban's exception narrows its goods, as a comma exclusion
                # narrows an item; dropped, the goods would read as banned without exception.
                exclusion = _BAN_EXCEPTION_RE.search(tail)
                node.inline_spec = exclusion.group(1).strip() if exclusion else None
                return goods + _EXCEPTION_TAIL_RE.sub("", tail)
        node.shape = "measure"
        return text
    for reader in (_read_rewrite, _read_criteria_before):
        thing = reader(node, text)
        if thing is not None:
            return thing
    suffix = _CRITERIA_SUFFIX_RE.search(text)
    if suffix is None and re.search(r"[:：]\s*$", node.line.rstrip("。;； ")):
        # `X，具有下列两项特性（2B206.d；…）：`: the references stood between the phrase and its colon
        suffix = _CRITERIA_END_RE.search(text)
    if suffix and suffix.start() > 0 and not _is_generic(text[: suffix.start()]):
        node.shape = "criteria"
        node.inline_spec = text[suffix.end() :].strip().rstrip(_TRAILING_PUNCT) or None
        node.ends_colon = node.inline_spec is None
        return text[: suffix.start()]
    thing = _read_purpose(node, text)
    if thing is None:
        thing = _read_following_tail(node, text)
    return text if thing is None else thing


def _read_purpose(node: _Node, text: str) -> str | None:
    """Purpose lists (`为制造下列任一物项而专门设计的X：`, `X，专门设计用于下列…：`): X is the thing."""
    # `1C001所列以外的、可用于下列任一物项的X：`: a reference out of other entries may stand before the
    # purpose; it stays in front of X, to be read as its spec.
    outside = _OUTSIDE_LIST_RE.match(text)
    rest = text[outside.end() :].lstrip("、，, ") if outside else text
    purpose = _PURPOSE_PREFIX_RE.match(rest)
    designed = purpose and (purpose.group("designed") or purpose.group("lead"))
    if purpose and not designed and _children_name_items(node):
        purpose = None
    if purpose:
        node.shape = "purpose"
        thing = (outside.group(0) if outside else "") + rest[purpose.end() :]
        inline = _INLINE_SPLIT_RE.search(thing)
        if inline is None:
            return thing
        # …专门设计的工艺装备：（1）燃气涡轮发动机盘片；（2）…: the purposes printed on the line itself
        node.inline_spec = thing[inline.end() :].strip().rstrip(_TRAILING_PUNCT) or None
        node.ends_colon = node.inline_spec is None
        return thing[: inline.start()]
    purpose_tail = _PURPOSE_SUFFIX_RE.search(text)
    if purpose_tail and purpose_tail.start() > 0:
        node.shape = "purpose"
        node.inline_spec = text[purpose_tail.end() :].strip().rstrip(_TRAILING_PUNCT) or None
        return text[: purpose_tail.start()]
    return None


def _children_name_items(node: _Node) -> bool:
    return any(_names_an_item(child.text.strip()) for child in node.children)


def _names_an_item(text: str) -> bool:
    if _leading_code(text):
        return True
    # 1C111.a.1所列球形铝粉: a code opening a reference cites another entry, it is no evidence of this one
    lead = LEADING_CODE_RE.match(text)
    if lead and _CITED_AFTER_CODE_RE.match(text[lead.end(1) :]):
        text = text[lead.end(1) :]
    return bool(_ITEM_EVIDENCE_RE.search(text))


# `X，设计或额定为可承受下列任一辐射：` + (1)…(3): after the comma the line says what X withstands or meets,
# and the lines below it are the values — criteria of X, like `X，具有下列任一特性：`. A tail whose "following"
# is a kind of thing (`，包括下列部件：`) or a clause's (`，并提交下列文件：`, `决定对下列物项…`) is not one.
_FOLLOWING_TAIL_RE = re.compile(
    r"[，,](?P<tail>[^，,：:。；;]*?(?:以下|下列|下述)(?P<noun>[^，,：:。；;]{1,16}))[:：]\s*$"
)
_THING_NOUN_RE = re.compile(rf"{_THING_NOUNS}|部件|组件|材料|系统|器件|文件|资料|情形|用途")


def _read_following_tail(node: _Node, text: str) -> str | None:
    tail = _FOLLOWING_TAIL_RE.search(mask_brackets(text))
    if tail is None or tail.start() == 0:
        return None
    thing = text[: tail.start()]
    if (
        _THING_NOUN_RE.search(tail.group("noun"))
        or _LEGAL_WORDS_RE.search(text)
        or _CONTROL_CLAUSE_RE.search(text)
        or _is_generic(thing)
    ):
        return None
    node.shape = "criteria"
    node.inline_spec = text[tail.start("tail") : tail.end("tail")].strip()
    return thing


def _unquoted(text: str) -> str:
    """将“X”（编号：…）/ 将"X" / 将「X」: the quotes mark the entry's printed wording, not part of it."""
    return re.sub(r"[“”\"「」『』]", "", text).strip()


def _read_rewrite(node: _Node, text: str) -> str | None:
    """`将X（编号：…）控制要点1修改为：“…”`: X with its new wording as spec; a rewrite of an entry no
    code names (another body's list) is marked, to be accounted for as a rule, not read as a thing."""
    if _DELETED_RE.match(text.strip()):
        return None  # taken off the catalogue: accounted for as lifted
    stripped = text.strip()
    if node.codes and _UNLED_REWRITE_RE.match(stripped):
        stripped = (
            f"将{stripped}"  # (X（编号：252604X）的控制要点3修改为：…: the same rewrite, printed without 将)
        )
    rewrite = _REWRITE_RE.match(stripped)
    move = None if rewrite else _MOVE_RE.match(stripped)
    if rewrite is None and move is None:
        return None
    catalogue_point = bool(node.codes) and "控制要点" in ((rewrite.group("point") or "") if rewrite else "")
    # 将…第（一）项修改为： over the quoted point: the point is read as an entry — but a catalogue entry's control
    # point rewritten (将X（编号：…）控制要点1中的第（2）项修改为：) leaves X the entry, the words its spec
    if (
        rewrite
        and not rewrite.group("new").strip(f" :：{_QUOTE_OPEN}")
        and _announces_points(node)
        and not catalogue_point
    ):
        return None
    found = rewrite or move
    target = _unquoted(found.group("target")) if found else text
    quoted_code = _leading_code(target) if not node.codes else None
    if quoted_code and target[quoted_code.end() :].strip():
        # 将"2B352.h 喷雾干燥设备"的描述修改为：… — the entry of the consolidated list named code first
        # inside the quotes: the code is the entry's, the rest its name
        node.codes = _codes(quoted_code.group(1))
        target = re.sub(r"^[项目]\s*", "", target[quoted_code.end() :].strip())  # 将2B352.i项“X”…
    if not node.codes:
        node.shape = "rewrite"
        return text
    node.shape = "amended"
    if rewrite is None:
        node.inline_spec = move.group("move") if move else None
        return target
    point = (rewrite.group("point") or "").lstrip("的").strip()
    wording = rewrite.group("new").strip().rstrip(_TRAILING_PUNCT).strip('“”"「」').rstrip(_TRAILING_PUNCT)
    moved = point.startswith("由")
    node.inline_spec = f"{point}{rewrite.group('verb')}为{wording}" if moved else f"{point}修改为：{wording}"
    return target


# 具有下列任一特性、为超宽带系统…而设计或改进的物项： the general noun after a description of its own (a purpose,
# a make, closed by 的) names the thing that description marks out, not a category of the list (…无人机相关物项).
_DESCRIBED_GOODS_RE = re.compile(
    r"^[^，,。；;：:的]{6,}的\s*(?:物项|产品|设备|软件|技术|相关物项)\s*(?:[（(][^（()）]*[）)])?\s*[:：。.]?\s*$"
)


def _read_criteria_before(node: _Node, text: str) -> str | None:
    """Criteria printed before the thing (`…，但已达到下述指标的X，未经许可，不得出口：`, `…的以下任何
    形态的X：`): X is the entry, the criteria and the sub-lines its spec."""
    for pattern in (_CRITERIA_PREFIX_RE, _FORMS_PREFIX_RE, _MATERIALS_PREFIX_RE):
        prefix = pattern.search(text)
        if prefix is None:
            continue
        rest = _CONTROL_TAIL_RE.sub("", text[prefix.end() :])
        if _condition_clause(node, text, prefix.start() if pattern is _CRITERIA_PREFIX_RE else -1, rest):
            return text[: prefix.start()] if node.shape == "criteria" else text
        if (_is_generic(rest) and not _DESCRIBED_GOODS_RE.search(rest)) or not rest.strip().rstrip(
            _TRAILING_PUNCT
        ):
            continue
        node.shape = "criteria"
        # the first colon outside brackets, whatever its width (`…材料(参考…:69149000)：a.…(CAS号:…)`)
        colon_at = re.search(r"[:：]", mask_brackets(rest))
        split = colon_at.start() if colon_at else len(rest)
        thing, colon, inline = rest[:split], rest[split : split + 1], rest[split + 1 :]
        conditions = text[: prefix.start()].strip().rstrip("，,、")
        forms = prefix.group(0).strip("的之 ") if pattern is not _CRITERIA_PREFIX_RE else ""
        spec = [part for part in (conditions, forms, inline.strip().rstrip(_TRAILING_PUNCT)) if part]
        node.inline_spec = "；".join(spec) or None
        return thing + colon
    return None


# What a clause says of whoever or whatever meets its criteria: no noun of a controlled thing says it.
_CLAUSE_WORDS = r"应当|可以|申请|经营者|办理|视为|是指"
_CLAUSE_WORDS_RE = re.compile(_CLAUSE_WORDS)
_CLAUSE_TAIL_RE = re.compile(r"[，,]\s*(?:均|一律|应当|可以|须|必须|视为|是指|不得|适用)")


def _condition_clause(node: _Node, text: str, start: int, rest: str) -> bool:
    """Criteria followed by no noun: `X，但具有下列特征之一的除外：` excludes from X (X is the thing, the
    exclusion and its sub-lines are spec); `…，但具有下列情形之一的，应当申请许可：` makes the criteria a
    condition of a clause (a catch-all, a licence rule): its sub-lines are conditions, nothing listed."""
    after = rest.strip()
    head = re.split(r"[，,：:]", after, maxsplit=1)[0]
    if start >= 0 and after.startswith("除外") and text[:start].strip(" ，,"):
        node.shape = "criteria"
        node.inline_spec = text[start:].strip(" ，,").rstrip(_TRAILING_PUNCT) or None
        return True
    if after[:1] in ("，", ",") or _CLAUSE_WORDS_RE.search(head) or _CLAUSE_TAIL_RE.search(after):
        node.shape = "conditional"  # …的申请人可以申请… / 以下任何形式的转让，均视为出口： a clause, no thing
        return True
    return False


def _is_generic(noun_phrase: str) -> bool:
    """`满足以下特性的物项，未经许可，不得出口：` introduces a list; `具有…特性的焙烧窑：` is a thing."""
    phrase = noun_phrase.strip().rstrip(_TRAILING_PUNCT)
    # …的无人机相关物项： names a category of the list, not one thing.
    return bool(
        _GENERIC_NOUN_RE.match(phrase)
        or _CONTROL_CLAUSE_RE.search(phrase)
        or _EMPTY_CATEGORY_RE.search(phrase)
    )


_OPEN_BRACKETS = "（(【〔["
_CLOSE_BRACKETS = "）)】〕]"
# Counted in characters (a printed column pair for a CJK character: see _MEASURES): wide enough that a
# line this long with no closing punctuation was cut by the page width, not a heading.
_WRAPPED_MIN = 20
# A printed line ending in a word, a number, a mid-sentence 、/， or a closing quote (a quoted term
# inside a sentence: `…缓解“主动飞行控制系统”` then `性能降级…`) has more to say.
# (a quotation closed after its full stop, `…复合片。”`, ended its sentence: the paragraph ends there)
_LINE_END_RE = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9%％、，,]|(?<![。；;！？!?])[”’」』])$")
# Wrapped lines end within a few characters of the width (a Latin word moved down, punctuation hung),
# and a wrapped text has several of them.
_WRAP_SLACK = 4
# A ragged wrap: at least this many long lines stopping mid-word, and one in this many printed lines.
_RAGGED_LINES = 4
_RAGGED_SHARE = 10
# …而设计的电子 / …小于等于0.9 / …E0y,MPE或: a line stopping on a word or a number, not on punctuation
_MID_WORD_END_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9%％]$")
_WRAPPED_LINES = 3
# Lines of exactly one length, enough of them that paragraphs printed whole would not share it by chance.
_SHARED_LENGTH_LINES = 2
# A note, remark or explanation starts its own paragraph even in wrapped text.
_NOTE_START_RE = re.compile(r"(?:注|备注|说明|技术说明)\s*\d*\s*[:：]")
# A note that introduces numbered lines (`注：…不管制符合下列所有条件的…：`): they are its conditions.
# (说明： then 1.…, 2.…; 注：1.本项所列物质…。 then 2.…: the notes numbered under the label, the first on its line)
_NOTE_INTRO_RE = re.compile(
    r"^(?:注|备注|说明|技术说明)\s*\d*\s*[:：](?:.*[:：]\s*$|\s*$|\s*(?:1|一)\s*[.、．](?!\d(?![A-Z]\d{3})))"
)


# A printed line that stops on a label still waiting for its value, on an enumeration comma, or on a
# comma: no list line ends mid-sentence (`2.…而设计的设备，` then `该设备…`).
_AWAITING_VALUE_RE = re.compile(
    rf"(?:[，,]\s*(?:其|对应的?)?\s*(?:出口管制编码|管制编码|管控编码|物项编码|{_HS_LABELS})\s*(?:为|是)?\s*[:：]?|[、，,])\s*$"
)
# `4.…的工装` then `（9B009）（参考海关商品编号：…），具有下列所有特性：`, or `…温度超过773K` then
# `（500℃）（9B003）（…）`: a line opening with the references that close an item (a code or HS bracket,
# perhaps after the bracket of a value) is that item's rest — a reference never opens a paragraph. What
# follows the brackets is nothing or the item's comma/colon clause; a name after them is a line of its own.
_LEADING_BRACKET_RE = re.compile(r"[（(][^（()）]{1,120}[）)]\s*")
_ITEM_ENDED_RE = re.compile(r"[。；;]\s*$")
_BRACKET_CODE_RE = re.compile(
    rf"[（(]\s*(?:(?:管制编码|管控编码|出口管制编码|编码|物项编码|编号)\s*[:：]\s*)?"
    rf"(?:{_CODE_LIST}|{_CATALOGUE_CODE})[.．]?\s*[）)]"
)
_REFERENCE_BRACKETS = 3  # a value's bracket, the code, the HS reference
# …the bracket of a labelled reference broken at the line's end (`（参考海关商品编号：` / `84198990）：`).
_LABELLED_REFERENCE_OPEN_RE = re.compile(
    rf"^[（(]\s*(?:{_HS_LABELS}|管制编码|管控编码|出口管制编码|物项编码)\s*(?:[:：]|为)[^（()）]*$"
)


def _opens_with_references(line: str) -> bool:
    if _LABELLED_REFERENCE_OPEN_RE.match(line):
        return True
    position, referenced = 0, False
    for _ in range(_REFERENCE_BRACKETS):
        bracket = _LEADING_BRACKET_RE.match(line, position)
        if bracket is None:
            break
        piece = bracket.group(0).strip()
        referenced = referenced or bool(HS_RE.fullmatch(piece) or _BRACKET_CODE_RE.fullmatch(piece))
        position = bracket.end()
    rest = line[position:].strip()
    return referenced and (not rest or rest[0] in "，,:：;；。")


def _continues(node: _Node, line: str, full_width: tuple[_Width, ...]) -> bool:
    """Whether an unnumbered line is the rest of `node`'s line, broken where the page ran out of width.

    Read as one line: a bracket left open, an HS or code parenthetical alone on a line (a reference
    never stands on its own), or — in text wrapped at a page width (`full_width`) — a line that filled
    the width and stopped mid-word. An HTML page prints each paragraph whole, so there a short item line
    ending without punctuation is followed by a paragraph of its own (a 注, the closing clause).
    """
    if node.prose or node.children or _NOTE_START_RE.match(line) or _code_first(line):
        return False  # a 注 or a code-first list line starts its own paragraph, even after an open bracket
    if sum(node.line.count(c) for c in _OPEN_BRACKETS) > sum(node.line.count(c) for c in _CLOSE_BRACKETS):
        return True
    if HS_RE.match(line) or TRAILING_CODE_RE.match(line):
        return True
    if _opens_with_references(line) and not _ITEM_ENDED_RE.search(node.line):
        return True
    if _AWAITING_VALUE_RE.search(node.line):
        return True  # `…，管制编码为` / `…、`: no paragraph ends on a label or mid-enumeration
    printed = node.line[node.breaks[-1][0] if node.breaks else 0 :]
    full = any(measure(printed) >= width for measure, width in full_width)
    return full and bool(_LINE_END_RE.search(node.line))


def _goes_on(
    node: _Node, line: str, split: tuple[str, str, str] | None, full_width: tuple[_Width, ...]
) -> bool:
    """Whether `line` is the rest of `node`'s line. After a page break (a width of 0) a line that stopped
    mid-word ran out of page. A numbered-looking line that closes the bracket `node` left open is the
    rest of a code or number broken at the line's end (`（管制编码：1C0` / `04.a）`), not an item."""
    if split is None:
        return _continues(node, line, full_width)
    return _bracket_open(node.line) and _closes_first(split[2])  # after the marker: `1）` closes nothing


def _bracket_open(text: str) -> bool:
    return sum(text.count(c) for c in _OPEN_BRACKETS) > sum(text.count(c) for c in _CLOSE_BRACKETS)


def _closes_first(line: str) -> bool:
    for char in line:
        if char in _OPEN_BRACKETS:
            return False
        if char in _CLOSE_BRACKETS:
            return True
    return False


class _CharColumns(dict[str, int]):
    """Columns per character, looked up once each: a wrapped page's lines are measured several times,
    and a per-character `east_asian_width` call in Python was a tenth of a goods list's parse."""

    def __missing__(self, char: str) -> int:
        width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if len(self) < _CHAR_COLUMNS_KEPT:  # (a hostile page printing every code point stays bounded)
            self[char] = width
        return width


_CHAR_COLUMNS_KEPT = 30_000


_CHAR_COLUMNS = _CharColumns()


def _columns(text: str) -> int:
    """How wide `text` prints: two columns for a wide (CJK, full-width) character, one otherwise."""
    return sum(map(_CHAR_COLUMNS.__getitem__, text))


# How a printed line's width is measured, and the width the text was broken at in that measure.
_Width = tuple[Callable[[str], int], int]
# Measures a page width is looked for in, each with how many of its units a CJK character takes: a PDF
# breaks at a width in columns, a word processor's or a capture's wrap every so many characters.
_MEASURES: tuple[tuple[Callable[[str], int], int], ...] = ((len, 1), (_columns, 2))


def _full_widths(lines: list[str]) -> tuple[_Width, ...]:
    """The widths a wrapped text was broken at, in whichever measure finds one (none: not wrapped)."""
    found: list[_Width] = []
    for measure, scale in _MEASURES:
        width = _full_width(lines, measure, scale)
        if width is not None:
            found.append((measure, width))
    return tuple(found)


def _full_width(lines: list[str], measure: Callable[[str], int], scale: int) -> int | None:
    """The width a wrapped text was broken at, if it was: several lines within a few characters of the
    longest. Lines broken by a word processor are all about as long as the page is wide; paragraphs of an
    HTML page are not."""
    printed = [line.strip() for line in lines if line.strip()]
    if not printed:
        return None
    if _ragged(printed, measure, scale):
        return _WRAPPED_MIN * scale
    lengths = [measure(line) for line in printed]
    width = max(lengths) - _WRAP_SLACK * scale
    if width >= _WRAPPED_MIN * scale and sum(length >= width for length in lengths) >= _WRAPPED_LINES:
        return width
    # Only part of the text wrapped (a PDF list pasted under whole paragraphs): its broken lines — each
    # followed by an unnumbered line — still share one length exactly, which paragraphs printed whole do not.
    broken = Counter(
        measure(line)
        for line, after in pairwise(printed)
        if measure(line) >= _WRAPPED_MIN * scale
        and _split_marker(after) is None
        and not _NOTE_START_RE.match(after)
    )
    shared = [length for length, count in broken.items() if count >= _SHARED_LENGTH_LINES]
    return max(shared) - _WRAP_SLACK * scale if shared else None


def _ragged(printed: list[str], measure: Callable[[str], int], scale: int) -> bool:
    """Wrapped by hand or by a reader that broke wherever it liked (`…而设计的电子` / `组件（2B006.b.4）。`):
    the lines share no width, but many long ones stop mid-word over an unnumbered line, which paragraphs
    printed whole do not do. Then any long line stopping mid-word goes on, however short of the longest."""
    ragged = sum(
        1
        for line, after in pairwise(printed)
        if measure(line) >= _WRAPPED_MIN * scale
        and _MID_WORD_END_RE.search(line)
        and _split_marker(after) is None
        and not _NOTE_START_RE.match(after)
    )
    return ragged >= _RAGGED_LINES and ragged * _RAGGED_SHARE >= len(printed)


def _join(node: _Node, line: str, span: tuple[int, int], body: str) -> None:
    node.breaks = (*node.breaks, (len(node.line), body[node.span[1] : span[0]]))
    node.line += line
    node.text += line
    node.span = (node.span[0], span[1])


def _quote(node: _Node) -> str:
    """The node's line as the body prints it, breaks included (body[span] == quote)."""
    line = node.line
    for position, gap in reversed(node.breaks):
        line = line[:position] + gap + line[position:]
    return line


def _flat(quote: str) -> str:
    lines = quote.split("\n")
    skip = _page_furniture(lines)
    return "".join(line.strip() for index, line in enumerate(lines) if index not in skip)


# What a PDF prints on every page and text extraction leaves among the lines: the page number
# (— 3 —, - 3 -, 第 3 页 共 5 页, 3/5, parsers.printed_table.PAGE_NUMBER_RE) and the running title repeated beside it.


def _page_furniture(lines: list[str]) -> set[int]:
    """Indexes of page numbers and of a running title: an unnumbered line printed more than once, next
    to a page number at least once. Neither is a line of the text, and a page break may fall inside an item."""
    printed = [index for index, line in enumerate(lines) if line.strip()]
    numbers = {index for index in printed if PAGE_NUMBER_RE.match(_line_at(lines, index))}
    if not numbers:
        return numbers
    beside: dict[str, list[bool]] = {}
    for place, index in enumerate(printed):
        near = {printed[p] for p in (place - 1, place + 1) if 0 <= p < len(printed)}
        beside.setdefault(_line_at(lines, index), []).append(bool(near & numbers))
    titles = {t for t, flags in beside.items() if len(flags) > 1 and any(flags) and _split_marker(t) is None}
    return numbers | {index for index in printed if _line_at(lines, index) in titles}


def _line_at(lines: list[str], index: int) -> str:
    return lines[index].strip().translate(_FOLD_WIDTH)


def _piece(node: _Node, start: int, end: int) -> tuple[tuple[int, int], tuple[tuple[int, str], ...]]:
    """Body span and breaks of node.text[start:end] (a sub-item printed on the node's line)."""
    lead = len(node.line) - len(node.text)
    first, last = start + lead, end + lead
    before = sum(len(gap) for position, gap in node.breaks if position <= first)
    inside = tuple((p - first, gap) for p, gap in node.breaks if first < p < last)
    absolute = node.span[0] + first + before
    return (absolute, absolute + (last - first) + sum(len(gap) for _, gap in inside)), inside


def _unnumbered_split(stack: list[_Node], line: str) -> tuple[str, str, str] | None:
    """The outline step an unnumbered line inside an open outline takes, if any (pops `stack`)."""
    amended = _AMENDED_POINTS_RE.search(line)
    if amended and any(n.marker_type == "unl" for n in stack):
        # 提取金属镓的控制要点修改为：… — the restated control point of the catalogue entry
        # being amended: a leaf of that entry, named by what follows 修改为.
        while stack[-1].marker_type != "unl":
            stack.pop()
        return ("unl-amended", "", line[amended.end() :])
    sibling = stack[-1].marker_type == "code" and len(stack) > 1
    coded = _coded_line_under_heading(stack[-2] if sibling else stack[-1], line)
    if _UNNUMBERED_ENTRY_RE.search(line) and not coded:
        # 新增电池正极材料制备技术（编号：252604X），控制要点： — an unnumbered line that names a
        # coded thing (or deletes one) is part of the outline: a group its numbered lines sit in.
        return ("unl", "", line)
    if _code_first(line):
        # 2C902.a 平均粒度…的人造金刚石微粉 under 一、超硬材料相关物项: an item of the heading above, numbered
        # by its place there. An item line above it (a code-first line or a numbered one opening with its
        # code) is its sibling, not its group; the parameter lines under a criteria item close with it.
        item = next((index for index in range(1, len(stack)) if _code_item(stack[index])), None)
        if item is not None:
            del stack[item:]
        place = sum(1 for child in stack[-1].children if child.marker_type == "code") + 1
        return ("code", str(place), line)
    if coded:
        # `5、技术` then `根据通用技术注释，…的技术，管制编码为2E001、2E002。`: an unnumbered line printing its own
        # code after the name is an item of the heading above it, like a code-first line
        if sibling:
            stack.pop()
        place = sum(1 for child in stack[-1].children if child.marker_type == "code") + 1
        return ("code", str(place), line)
    return None


def _coded_line_under_heading(heading: _Node, line: str) -> bool:
    """An unnumbered line that names a thing with its own code or HS reference, under a heading that
    carries no code or HS reference of its own (under an item it would be that item's note or criterion).
    A note, a sentence of the notice (出口经营者应当…) or one citing codes to say what to do is none."""
    if _NOTE_START_RE.match(line) or _ITEM_EVIDENCE_RE.search(heading.text):
        return False
    if any(child.marker_type != "code" for child in heading.children):
        return False  # a heading over numbered items: an unnumbered line after them is no item of its own
    references = [*TRAILING_CODE_RE.finditer(line), *HS_RE.finditer(line)]
    if not references or _CLAUSE_WORDS_RE.search(line):
        return False
    # the references close the line or a comma opens the thing's qualifiers; `（…）均适用本款` is a sentence
    rest = line[max(match.end() for match in references) :].strip()
    if rest.rstrip(_TRAILING_PUNCT) and rest[0] not in "，,（(":
        return False
    # 新增X（编号：…），控制要点： heads the catalogue entry's points; 删除X（…） takes one off
    if re.search(r"[:：]\s*$", line) or _ENTRY_ACT_RE.match(line) or rule_kinds(line):
        return False
    if _RECALLING_RE.match(line) or _is_generic(line):
        return False  # 上述物项（海关商品编号：…）仅供参考: a remark on the lines above, no thing of its own
    return _titles_lines(heading) and not _criteria_intro(heading)


# A heading is a short title (5、技术, （二）其他设备) or a sentence introducing its lines (…如下：). A longer
# line stopping mid-phrase is an item the reader wrapped: the coded line below it is its rest, not its item.
_TITLE_MAX = 20


def _titles_lines(heading: _Node) -> bool:
    text = heading.text.strip()
    if re.search(r"[:：]\s*$", text):
        return True
    title = text.rstrip(_TRAILING_PUNCT)
    return len(title) <= _TITLE_MAX and not re.search(r"[，,；;。]", title)


_RECALLING_RE = re.compile(r"^(?:上述|以上|前述|前款|前项|本公告|本款|本项|本条|本清单|其中)")


def _criteria_intro(node: _Node) -> bool:
    return bool(re.search(r"[:：]\s*$", node.text.rstrip("。;； ")) and _CRITERIA_RE.search(node.text))


# After the codes a citation goes on (2C902.b项不管制…, 3A001所列…, 1C004等物项): the code is referred to,
# not listed. A sentence that opens with codes and tells what to do with them is a rule, not a line.
_CODE_CITED_RE = re.compile(r"^(?:项|所|等|类|至|中|的|和|及|或|与|以|为|是|均|应|不|[，,。；;）)])")
_CODE_CLAUSE_RE = re.compile(rf"{_CLAUSE_WORDS}|不管制|不适用|不受|许可")


def _code_first(line: str) -> bool:
    """A list line printed code first (the consolidated dual-use list, several catalogues)."""
    match = LEADING_CODE_RE.match(line)
    if match is None:
        return False
    rest = line[match.end() :].strip()
    if not rest or _CODE_CITED_RE.match(rest) or _CODE_CLAUSE_RE.search(rest):
        return False
    return not rule_kinds(line)


def _code_item(node: _Node) -> bool:
    """A line that is itself an item named after its code (so no heading of the lines after it):
    `1.2C902.a 人造金刚石微粉` is one, `（一）3C901 正极材料` or `1C909 钬相关物项` heads a group."""
    if node.marker_type == "code":
        return True
    match = _leading_code(node.text.strip())
    if match is None:
        return False
    rest = node.text.strip()[match.end() :].rstrip(_TRAILING_PUNCT)
    return len(rest) > _HEADING_NAME_MAX and not _EMPTY_CATEGORY_RE.search(rest)


# The date line of the signature (2026年10月20日, 2026-10-20, 二〇二六年十月二十日) ends the notice's own outline:
# what a page prints after it (an adjustment, a list, an attachment pasted into the body) is a new outline,
# never sub-lines of the notice's last clause (五、本公告自…起实施).
_SIGNATURE_DATE_RE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    rf"|[{_CN_DIGITS}]{{4}}年[{_CN_DIGITS}]{{1,3}}月[{_CN_DIGITS}]{{1,3}}日)$"
)


_ISSUERS_BEFORE_DATE_RE = re.compile(rf"^(?:{ISSUER_CHAIN})\s+")


def _signs(stack: list[_Node], line: str, span: tuple[int, int]) -> bool:
    """Whether `line` is the signature's date closing an open outline (kept as its last clause's prose)."""
    if not stack:
        return False
    # the issuers may be printed on the date's line (商务部 工业和信息化部 2026年10月20日)
    issuers = _ISSUERS_BEFORE_DATE_RE.match(line)
    if not _SIGNATURE_DATE_RE.match(line[issuers.end() if issuers else 0 :].translate(_FOLD_WIDTH)):
        return False
    stack[-1].prose.append((line, span))
    stack.clear()
    return True


def _keep_prose(stack: list[_Node], loose: list[str], line: str, span: tuple[int, int]) -> _Node | None:
    """Keep an unnumbered line as prose of the open node (outside any, as loose); the node, when the
    line is a note whose colon introduces the numbered lines after it."""
    if not stack:
        loose.append(line)
        return None
    stack[-1].prose.append((line, span))
    return stack[-1] if _NOTE_INTRO_RE.match(line) else None


# 增加一款，作为第七款： then “七、2B005.a …： / 修改为： then “（三）…: a numbered line opening inside quotation
# marks is the text the line before puts into another notice. It nests under that line, with a marker type of
# its own, so that its label (七 after 四) neither closes the clause announcing it nor stands beside it.
_QUOTE_OPEN = '“「『"'
_QUOTE_CLOSE = ("”", "」", "』", '"')


def _within_quote(stack: list[_Node], marker_type: str) -> str:
    """“9.三甲基镓…。 then 10.三乙基镓…。”: a point quoted with the one before, inside the same quotation marks,
    is quoted too — while the open node of that quoted type and those under it print no closing mark."""
    quoted = f"quoted-{marker_type}"
    node = next((n for n in stack if n.marker_type == quoted), None)
    if node is None:
        return marker_type
    after = stack[stack.index(node) :]
    return marker_type if any(any(close in n.line for close in _QUOTE_CLOSE) for n in after) else quoted


def _quoted_split(announcing: _Node, line: str) -> tuple[str, str, str] | None:
    text = _last_printed(announcing)
    if re.search(rf"[:：]\s*[{_QUOTE_OPEN}]\s*$", text):
        split = _split_marker(line)  # the quote opened at the end of the line before
    elif line[0] not in _QUOTE_OPEN or not re.search(r"[:：]\s*$", text):
        return None
    else:
        split = _split_marker(line[1:].lstrip())
    if split is None and (coded := _QUOTED_ENTRY_CODE_RE.match(line)) is not None:
        # (在第三类中增加一项，作为3A001项： then “3A001 锂离子电池…（参考税则号列：…）。”: the entry added, by its code)
        return "quoted-code", coded.group("code"), line.lstrip(_QUOTE_OPEN + " ")
    return (f"quoted-{split[0]}", split[1], split[2]) if split else None


_QUOTED_ENTRY_CODE_RE = re.compile(rf"^[{_QUOTE_OPEN}]?\s*(?P<code>{CONTROL_CODE})(?=\s|[\u4e00-\u9fff])")


def _last_printed(node: _Node) -> str:
    """The text of the node's last printed line: its own, or an unnumbered line printed under it since
    (（一）删去…第4目。 then 第5目改为第4目，修改为： — the line that announces the quoted point below)."""
    if node.prose and (not node.children or node.prose[-1][1][0] > node.children[-1].span[0]):
        return node.prose[-1][0]
    return node.text


# 二、将…第（一）项修改为：“（一）…（参考海关商品编号：…）。” — the rewritten point printed on its announcing
# clause's own line is the same text as when it opens a line of its own: cut at the colon before the quote.
_INLINE_QUOTE_RE = re.compile(rf"[:：]\s*(?=[{_QUOTE_OPEN}])")


def _inline_quote_cut(node: _Node) -> int | None:
    """Where in the node's line a whole numbered point quoted after its colon begins, if it does."""
    for cut in _INLINE_QUOTE_RE.finditer(node.line):
        quoted = node.line[cut.end() :]
        # …第2目修改为:"2.钬含量…的合金:"。 — a heading whose points stay as the target prints them: no entry
        if _quoted_marker(quoted[1:].lstrip()) and not re.search(r"[:：]\W*$", quoted):
            return cut.end()
    return None


_QUOTED_CODE_RE = re.compile(rf"^(?:{CONTROL_CODE})(?=[\s.．、]|[\u4e00-\u9fff])")


def _quoted_marker(text: str) -> tuple[str, str, str] | None:
    """The marker of a point quoted after its announcing colon; an entry of a coded list quoted whole
    (…1C234项删除并替换为：“1C234 铪与锆含量之比…的锆金属…”) is a point with its code as its label."""
    split = _split_marker(text)
    if split is not None:
        return split
    return ("code", "", text) if _QUOTED_CODE_RE.match(text) else None


def _split_inline_quotes(nodes: list[_Node]) -> None:
    """Give a point quoted on its announcing line a node of its own under that line, as if printed
    below it; done once lines are joined, so a page break inside the quote changes nothing."""
    for node in nodes:
        _split_inline_quotes(node.children)
        cut = None if node.children or node.marker_type.startswith("quoted-") else _inline_quote_cut(node)
        if cut is None:
            continue
        split = _quoted_marker(node.line[cut + 1 :].lstrip())
        assert split is not None  # checked by _inline_quote_cut
        head = len(node.line[:cut].rstrip())
        start = node.span[0] + cut + sum(len(gap) for at, gap in node.breaks if at <= cut)
        child = _Node(
            marker_type=f"quoted-{split[0]}",
            marker=split[1],
            text=split[2],
            line=node.line[cut:],
            span=(start, node.span[1]),
            parent=node,
            breaks=tuple((at - cut, gap) for at, gap in node.breaks if at > cut),
        )
        node.children.append(child)
        node.text = node.text[: len(node.text) - (len(node.line) - head)]
        node.span = (node.span[0], node.span[0] + head + sum(len(g) for at, g in node.breaks if at < head))
        node.breaks = tuple((at, gap) for at, gap in node.breaks if at < head)
        node.line = node.line[:head]


def _build_outline(body: str) -> tuple[list[_Node], list[str]]:
    """Parse numbered lines into a forest; unnumbered lines are kept as prose of the open node.

    Also returns the unnumbered lines outside any outline (preamble, closing clauses).
    """
    roots: list[_Node] = []
    loose: list[str] = []
    stack: list[_Node] = []
    last: _Node | None = None  # the node of the previous printed line, while it may still continue
    lines = body.split("\n")
    furniture = _page_furniture(lines)
    full_width = _full_widths([line for index, line in enumerate(lines) if index not in furniture])
    any_width: tuple[_Width, ...] = ((len, 0),)  # after a page break any line stopping mid-word ran out
    page_break = False  # a page number or running title since the last printed line
    note = _Note()  # a 注 line ending in a colon over numbered lines, and the run of them it holds
    offset = 0
    for index, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        lead = line.index(stripped[0]) if stripped else 0
        span = (start + lead, start + lead + len(stripped))
        # a page's number or running title is skipped: the line before it may go on after it
        page_break = page_break or index in furniture
        if (
            index in furniture or not stripped or _signs(stack, stripped, span)
        ):  # signature closes the outline
            continue
        split = (_quoted_split(stack[-1], stripped) if stack else None) or _split_marker(stripped)
        if (
            stack
            and last is stack[-1]
            and _goes_on(last, stripped, split, any_width if page_break else full_width)
        ):
            _join(last, stripped, span, body)
            page_break = False
            continue
        page_break = False
        last = None
        if split is None and stack:
            split = _unnumbered_split(stack, stripped)
        if split is None:
            broken = note.broken(stack, stripped)
            held = _keep_prose(stack, loose, stripped, span)
            if broken:
                note.wrap(stripped)
            else:
                note.over(held or _note_begun(stack, stripped))
            continue
        marker_type, marker, rest = split
        open_types = [n.marker_type for n in stack]
        marker_type = _within_quote(stack, marker_type)
        if note.takes(stack, open_types, stripped, (marker_type, marker, rest), span):
            continue
        if marker_type in open_types and _control_point(stack[open_types.index(marker_type)], marker, rest):
            marker_type = "point"
            open_types = [n.marker_type for n in stack]
        node = _Node(marker_type=marker_type, marker=marker, text=rest, line=stripped, span=span)
        _close_for(stack, marker_type, open_types)
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
        last = node
    _split_inline_quotes(roots)
    return roots, loose


def _close_for(stack: list[_Node], marker_type: str, open_types: list[str]) -> None:
    """Close what a new numbered line ends: a marker type already open means a sibling (or an uncle), so
    everything below it closes; a clause 一、 after a numbered list of parties (1．甲公司 … 4．丁公司 then
    一、出口经营者向上述实体…) is the notice's own, not a point of the last party."""
    if marker_type in open_types:
        del stack[open_types.index(marker_type) :]
    elif (
        marker_type == "cn"
        and stack
        and stack[0].marker_type == "num"
        and _PARTY_LINE_RE.search(stack[0].text)
    ):
        del stack[:]


# 6.新增电池正极材料制备技术（编号：252604X），控制要点： then 1.…；2.…: the entry's points are numbered
# like the entries and restart at 1; a line that names or acts on a catalogue entry is the next entry.
# (修改X（编号：083201X）的控制要点：删去控制要点11…；新增： then 13.…14.…: points added to the entry, numbered on)
_POINTS_INTRO_RE = re.compile(r"控制要点[^。；;]{0,8}[:：]\s*$|控制要点[^。]*?(?:新增|增加|增列)\s*[:：]\s*$")
_ENTRY_ACT_RE = re.compile(r"^(?:新增|增列|增加|删除|删去|修改|将)")


def _control_point(entry: _Node, marker: str, text: str) -> bool:
    """Whether a numbered line is a control point of the catalogue entry `entry` rather than its sibling,
    or a parameter of the criteria item `entry` numbered like the items (`1.2C902.c 具有以下所有特性的
    人造金刚石线锯：` then `1.线径…；2.…；3.…`, the old site's habit)."""
    if _POINTS_INTRO_RE.search(entry.text):
        return not _UNNUMBERED_ENTRY_RE.search(text) and not _ENTRY_ACT_RE.match(text.strip())
    return _criteria_point(entry, marker, text)


def _criteria_point(entry: _Node, marker: str, text: str) -> bool:
    """A parameter restarts the numbering under its criteria line and counts on from 1; a line that
    opens with a code or carries an HS or code reference names the next item, whatever its number."""
    if not re.search(r"[:：]\s*$", entry.text.rstrip("。;； ")) or not _CRITERIA_RE.search(entry.text):
        return False
    if LEADING_CODE_RE.match(text.strip()) or _ITEM_EVIDENCE_RE.search(text):
        return False
    points = [c for c in entry.children if c.marker_type == "point"]
    expected = int(points[-1].marker) + 1 if points and points[-1].marker.isdigit() else 1
    return marker.isdigit() and int(marker) == expected


def _inline_children(node: _Node) -> None:
    """`…设备：a.…；b.…` printed on one line becomes one child node per sub-item."""
    split = _INLINE_SPLIT_RE.search(node.text)
    if split is None or _CRITERIA_RE.search(node.text[: split.start()]):
        return  # `…具有以下全部特征的…：（1）…；（2）…` lists parameters, not sub-items
    pieces: list[tuple[int, int]] = []
    position = split.end()
    for end_match in _SEGMENT_END_RE.finditer(node.text, position):
        pieces.append((position, end_match.start()))
        position = end_match.end()
    pieces.append((position, len(node.text)))
    children: list[_Node] = []
    for start, end in pieces:
        raw = node.text[start:end]
        segment = raw.strip()
        if not segment:
            continue
        marker = _split_marker(segment)
        if marker is None:
            return  # not a clean run of sub-items: leave the line whole
        first = start + len(raw) - len(raw.lstrip())
        span, breaks = _piece(node, first, first + len(segment))
        children.append(
            _Node(
                marker_type=marker[0],
                marker=marker[1],
                text=marker[2],
                line=segment,
                span=span,
                parent=node,
                breaks=breaks,
            )
        )
    if len(children) < 2 or len({c.marker_type for c in children}) != 1:
        return
    _share_closing_hs(children)
    if all(_names_no_thing(child.text) or _measured_piece(child.text) for child in children):
        # `X，管制编码为2B351：a.设计用于连续工作…；b.设计用于检测…`: what X is designed for, not kinds of X;
        # `X：a.纯度大于99.99%；b.粒度小于10微米`: its measured values, as on lines of their own
        node.shape = "criteria"
        node.inline_spec = node.text[split.end() :].strip().rstrip(_TRAILING_PUNCT) or None
        node.text = node.text[: split.start()]
        return
    node.text = node.text[: split.start()]
    node.children = children


def _share_closing_hs(children: list[_Node]) -> None:
    """`…集成电路：a．微处理器；b．微控制器；…；d．数模转换器（参考税则号列：85423190、…）。`: the codes closing the line
    are every sub-item's, where none prints its own."""
    last = list(HS_RE.finditer(children[-1].text))
    if not last or children[-1].text[last[-1].end() :].strip(_TRAILING_PUNCT + " "):
        return
    if any(HS_RE.search(child.text) for child in children[:-1]):
        return
    for child in children[:-1]:
        child.text = child.text.rstrip(_TRAILING_PUNCT + " ") + last[-1].group(0)


@dataclass
class _Note:
    """A note whose line ends in a colon over numbered lines (`注：X不管制同时符合下列所有条件的…：` then 1.…2.…, or
    注：1C240不管制下列物项： then a．…b．… after the entry's own a．b．): those lines are the note's, no items of the entry.

    Its lines are numbered anew (from a or 1, or in another kind of marker than the entry's) and go on one after
    another; a line printing the next of them after a line closing on 。 is still the note's unless it goes on with
    the entry instead (b．汽车工业用品。 then c．由碳基体制成的。 after the entry's a．b．; not 2．… after 1．…。 when the
    entry has its 2．). A line broken where the page ran out (…的金属 / 窗口；) stays with it."""

    node: _Node | None = None  # the node the note is printed under
    line: str = ""  # the note's own line (joined, if the page broke it)
    run: tuple[str, str] | None = None  # its numbered lines: their marker type and last marker
    closed: bool = False  # its last numbered line closed on 。
    on_label: bool = False  # its run began on its own line (注：1.…)

    def over(self, node: _Node | None) -> None:
        self.node, self.line, self.run, self.closed = node, node.prose[-1][0] if node else "", None, False
        self.on_label = False
        # (注：1.第1项不包括…。 then 2.第2项不包括…: the note's first numbered line printed on its own line; the run goes on)
        label = re.match(r"^(?:注|备注|说明|技术说明)\s*\d*\s*[:：]\s*", self.line)
        rest = self.line[label.end() :] if label and node else ""
        # (注：1.6C001.a项不管制…: the marker 1. before a code, not a decimal 1.6)
        first = ("num", "1", "") if re.match(r"1\s*[.．]\s*(?=\d[A-Z]\d{3})", rest) else None
        first = first or (_split_marker(rest) if rest else None)
        if first is not None and first[1] in ("1", "一"):
            self.run, self.closed = (first[0], first[1]), self.line.rstrip().endswith(("。", "."))
            self.on_label = True
            self._keep(self.line)

    def broken(self, stack: list[_Node], line: str) -> bool:
        """Whether an unnumbered line is the rest of the note's last printed line (see `wrap`) — never one printing a
        code or an HS reference of its own."""
        if self.node is None or not stack or self.node is not stack[-1] or not self.node.prose:
            return False
        if _ITEM_EVIDENCE_RE.search(line):
            return False
        return not self.node.prose[-1][0].rstrip().endswith(_LINE_CLOSERS)

    def wrap(self, line: str) -> None:
        if self.run is None:
            self.line += line  # (注：1C240不管制下 / 列物项：: the note's own line, broken)
        else:
            self._keep(line)
            self.closed = line.rstrip().endswith(("。", "."))

    def takes(
        self,
        stack: list[_Node],
        open_types: list[str],
        line: str,
        split: tuple[str, str, str],
        span: tuple[int, int],
    ) -> bool:
        """Whether the numbered `line` is the note's (kept as its node's prose); the note closes otherwise."""
        if self.node is None or self.node is not stack[-1] or not _NOTE_INTRO_RE.match(self.line):
            self.over(None)
            return False
        marker_type, marker, _rest = split
        if self.run is None:
            taken = marker_type not in open_types or marker in ("a", "A", "1")
        else:
            taken = (
                self.run[0] == marker_type
                and _follows(self.run[1], marker)
                and not (self.closed and _entry_goes_on(stack, open_types, marker_type, marker))
                # (注：1.第1项不包括…； then 2.2C902.b.…: a code-first line after a run begun on the label is the entry's)
                and not (self.on_label and _entry_code_first(_rest))
            )
        if not taken:
            self.over(None)
            return False
        self.node.prose.append((line, span))
        self._keep(line)
        self.run, self.closed = (marker_type, marker), line.rstrip().endswith(("。", "."))
        return True

    def _keep(self, line: str) -> None:
        assert self.node is not None
        self.node.noted.append((line, "rule" if _NOTE_LEAVES_OUT_RE.search(self.line) else "definition"))


def _entry_code_first(rest: str) -> bool:
    """2C902.b.平均粒度… — an entry printed code first; not 2C902.b项不管制… / 6C001.b项包括…, a note about the entry."""
    code = _leading_code(rest.strip())
    if code is None:
        return False
    after = rest.strip()[code.end() :].lstrip()
    return not after.startswith("项") and not _NOTE_LEAVES_OUT_RE.search(rest)


def _note_begun(stack: list[_Node], line: str) -> _Node | None:
    """The node a note is printed under when the page broke the note's own line (注：1C240不管制下 / 列物项：)."""
    if not stack or not _NOTE_START_RE.match(line) or line.rstrip().endswith(_LINE_CLOSERS):
        return None
    return stack[-1]


_LINE_CLOSERS = ("。", "；", ";", "：", ":", "，", ",", "、", ".", "！", "？", "）", ")")
_NOTE_LEAVES_OUT_RE = re.compile(r"不管制|不包括|不适用|除外|不属于")


def _follows(last: str, marker: str) -> bool:
    """Whether `marker` numbers the line after `last`'s: 2 after 1, b after a, （二） after （一）, （十一） after （十）."""
    if _next_marker(last) == marker:
        return True
    chinese = r"[一二三四五六七八九十]{1,3}"
    return (
        bool(re.fullmatch(chinese, last) and re.fullmatch(chinese, marker))
        and cn_number(marker) == cn_number(last) + 1
    )


def _entry_goes_on(stack: list[_Node], open_types: list[str], marker_type: str, marker: str) -> bool:
    """Whether `marker` numbers the entry's next sub-item: the next of the open line of its kind, not printed yet."""
    if marker_type not in open_types:
        return False
    open_node = stack[open_types.index(marker_type)]
    siblings = open_node.parent.children if open_node.parent is not None else []
    return _follows(open_node.marker, marker) and all(s.marker != marker for s in siblings)


def _next_marker(marker: str) -> str | None:
    if marker.isdigit():
        return str(int(marker) + 1)
    if len(marker) == 1 and marker.isascii() and marker.isalpha() and marker.lower() != "z":
        return chr(ord(marker) + 1)
    return None


def _inline_siblings(node: _Node) -> list[_Node]:
    """`a．X；b．Y` on one printed line (or a wrapped one): the next sub-item runs on after a semicolon,
    numbered as the next of `node`'s own kind, and is `node`'s sibling, not part of its name. Another
    marker (`a．X；1．Y`) or a number out of turn (`a．X；c．Y`) leaves the line whole."""
    if node.children or node.marker_type not in _SIBLING_RUN_TYPES or _INLINE_SPLIT_RE.search(node.text):
        return [node]  # `X：1.…；2.…` — the points after the colon are X's own, numbered like X
    run: list[tuple[int, int, tuple[str, str, str]]] = []  # (start, end) in node.text and the split
    start, marker = 0, node.marker
    for end_match in _SEGMENT_END_RE.finditer(node.text):
        following = node.text[end_match.end() :]
        split = _split_marker(following)
        if split is None or split[0] != node.marker_type or split[1] != _next_marker(marker):
            continue
        run.append((start, end_match.start(), (node.marker_type, marker, "")))
        start, marker = end_match.end(), split[1]
    if not run:
        return [node]
    run.append((start, len(node.text), (node.marker_type, marker, "")))
    nodes: list[_Node] = []
    for index, (first, last, (marker_type, number, _)) in enumerate(run):
        piece = node.text[first:last]
        text = piece if index == 0 else (_split_marker(piece) or ("", "", piece))[2]
        if index == 0:
            span, breaks = _piece(node, 0, last)
            span = (node.span[0], span[1])
            line = node.line[: len(node.line) - len(node.text) + last]
        else:
            span, breaks = _piece(node, first, last)
            line = piece
        nodes.append(
            _Node(
                marker_type=marker_type,
                marker=number,
                text=text,
                line=line,
                span=span,
                parent=node.parent,
                breaks=breaks if index else tuple((p, g) for p, g in node.breaks if p < len(line)),
                prose=node.prose if index == len(run) - 1 else [],
            )
        )
    return nodes


_SIBLING_RUN_TYPES = ("lat", "num", "pnum", "plat", "rnum", "cap", "pcap")


# A sub-item that says what its parent is designed for, can do or works by, and never comes to a noun of its
# own: `设计用于连续工作`, `可检测…`, `为平衡…挠性转子而设计，…`. `为…设计的指示头` or `用于…的部件` name a
# thing (their modifiers reach its noun) and stay items.
_PREDICATE_LEAD_RE = re.compile(
    r"^(?:专门|特别)?(?:设计|改进|改装|制造)?(?:或(?:改进|改装|改造|修改))?\s*"
    r"(?:用于|用来|为|适用于|适合|具有|采用|配备|装有|能够"
    # 可/能 open a predicate only before a verb: 可编程逻辑控制器, 可充电电池, 能量存储装置 are things
    r"|(?:可|能)(?:以|在|于|用于|用来|将|对|检测|探测|测量|测定|监测|承受|耐受|产生|达到|实现|提供|传输|工作|运行|平衡))"
)
_PREDICATE_END_RE = re.compile(r"而(?:专门)?(?:设计|改进|改装|改造|制造|研制)(?:或(?:改进|改装|改造|修改))?$")


def _measured_piece(text: str) -> bool:
    """`纯度大于99.99%` ends in its value; `纯度大于等于85%的硼` goes on to the thing it bounds."""
    value = mask_brackets(text.strip()).rstrip(_TRAILING_PUNCT).replace("\0", "")
    ends = _MEASURED_TAIL_RE.search(value) or re.search(r"(?:以上|以下|之间|或更\S)$", value)
    return bool(_PARAMETER_RE.search(value) and ends)


def _names_no_thing(text: str) -> bool:
    masked = mask_brackets(text.strip()).rstrip(_TRAILING_PUNCT)
    first = re.split(r"[，,；;。]", masked, maxsplit=1)[0].strip()
    if not first or not _PREDICATE_LEAD_RE.match(first):
        return False
    return "的" not in first or bool(_PREDICATE_END_RE.search(first))


# After a ban's goods the sentence may go on to another measure (，禁止自朝鲜进口…, ，限制出口…): its goods
# are not the ban's.
_FURTHER_MEASURE_RE = re.compile(r"\s*[，,;；]\s*(?:同时)?(?:全面)?(?:禁止|限制|暂停|停止|恢复)")
# …精炼石油产品(…)，包括汽油(…): the second bracket names part of the first good, not another good.
_GOOD_QUALIFIER_RE = re.compile(r"\s*(?:包括|包含|其中|即|例如|比如|尤其|特别是)")
_BAN_EXCLUSION_RE = re.compile(r"[，,]\s*([^。；;]*除外)")
# A ban's tail cut at ，但… (_EXCEPTION_TAIL_RE) loses its exception, which runs over its own commas
# to 除外; a plain ，…除外 stays on the goods and is split off as their qualifier.
_BAN_EXCEPTION_RE = re.compile(r"[，,]\s*(但[^。；;]*?除外)\s*[。；;]?\s*$")
_JOINER_RE = re.compile(r"\s*(?:以及|和|及|与|、|[,，])\s*")


def _ban_goods(node: _Node) -> None:
    """`禁止对X出口A(海关编码:…)和B(海关编码:…)。`: when every good an export ban names carries its own
    HS parenthetical, each good is an entry with its own codes (one merged entry would hold codes
    without saying whose they are). Goods printed without such brackets stay one entry, as enumerated."""
    matches = list(HS_RE.finditer(node.text))
    if len(matches) < 2 or node.children:
        return
    start = node.text.rfind("出口", 0, matches[0].start())
    if start < 0:
        return
    position = start + len("出口")
    children: list[_Node] = []
    for index, match in enumerate(matches, start=1):
        joiner = _JOINER_RE.match(node.text, position)
        begin = joiner.end() if joiner else position
        piece = node.text[begin : match.end()]
        good = piece[: match.start() - begin]
        if children and _FURTHER_MEASURE_RE.match(node.text, position):
            break  # ，禁止自朝鲜进口纺织品(…): a further measure of the sentence; the ban's goods end here
        if not good.strip() or re.search(r"[，,。；;：:]", good) or _GOOD_QUALIFIER_RE.match(good):
            return  # not a plain run of goods: keep the ban as one entry
        span, breaks = _piece(node, begin, match.end())
        children.append(_Node("enum", str(index), piece, piece, span, parent=node, breaks=breaks))
        position = match.end()
    after = node.text[position:]
    if after[:1] not in ("", *"。，,；;"):
        return
    exclusion = _BAN_EXCLUSION_RE.match(after) if len(children) == len(matches) else None
    for child in children:  # ，用于人道主义目的的除外 narrows every good of the ban
        child.inline_spec = exclusion.group(1) if exclusion else None
    node.children = children


# `一、下列物项，未经许可，不得出口。` then the list: the control sentence points forward to the lines
# below it, whether it ends in a colon or, as a sentence, in `。`.
_FORWARD_CONTROL_RE = re.compile(
    rf"(?:下列|以下|下述)[^，,。；;：:]{{0,6}}?(?:{_THING_NOUNS}).*?(?:{_CONTROL_CLAUSE_RE.pattern})"
)


# 在…公告第一款中增列第（五）项、第（六）项，内容如下： / 在第三款后增加一项： — points inserted into a
# notice's list: what follows is new entries, printed as that list prints them. The place may go unsaid
# (…第55号增加一款，作为第七款：, the clause added at the end).
_INSERTED_POINTS_RE = re.compile(
    # (在第一条第（二）项“…装备及软件、技术”中增加两目: the point named by its printed heading in quotes)
    # (（二）增加一项，作为第（三）项： under a line naming the notice: the place said above)
    # (在《清单》5A902项下增列一目，作为5A902.e：: under an entry of the list named by its code)
    r"(?:^\s*|(?:号|款|条|项|目|附件\s*\d*|清单|目录)\s*(?:[“\"「『][^”\"」』]{1,60}[”\"」』])?\s*(?:中|后|之后|末尾|下)?\s*)"
    r"(?:增列|增加|增补|新增|补充)[^。；;]{0,40}?"
    r"(?:[项目款条]|如下|以下|下列)[^。；;]{0,12}?[:：]\s*$"
)

# 将…公告2023年第39号第一款第（一）项修改为：“（一）…” — a point of another notice's list given its new
# wording: the quoted point is an entry as an inserted one would be. A rewritten clause (第八款修改为：“八、
# 本公告…”) is legal text, so only a point (项, 目) is read this way, and only in quotation marks.
_REWRITTEN_CLAUSE_RE = re.compile(
    r"[款条]\s*(?:的?内容)?\s*(?:(?:删除|删去)\s*(?:并|后)\s*)?(?:修改|调整|修订|改|替换)为\s*[:：][\s“「『\"]*$"
)
_REWRITTEN_POINT_RE = re.compile(
    # (第5目改为第4目，修改为： — renumbered, then given its words)
    r"[项目]\s*(?:的?内容)?\s*[，,]?\s*(?:(?:删除|删去)\s*(?:并|后)\s*)?(?:修改|调整|修订|改|替换)为\s*[:：][\s“「『\"]*$"
)


# 第七款后增加一款作为第八款，即：“八、出口经营者…可以…申请…” — a clause added in words, not a list point
_ADDED_CLAUSE_RE = re.compile(
    r"(?:增加|增列|增补|新增|补充)\s*[一两1]?\s*[款条][^。；;]{0,16}?[:：][\s“「『\"]*$"
)


def _rewritten_clause(node: _Node) -> bool:
    """…第二款修改为：“二、确因…” — a clause's legal text given anew in quotes: a rule, not a list point.
    So is a clause added in words (…增加一款作为第八款，即：“八、出口经营者…”); one that prints a coded item
    (增加一款，作为第七款：“七、2B005.a …”) adds that item."""
    quoted = bool(node.children) and all(c.marker_type.startswith("quoted-") for c in node.children)
    if not quoted:
        return False
    if _REWRITTEN_CLAUSE_RE.search(node.text):
        # (…第五款修改为：“五、2B005.b.…设备（参考税则号列：…）” prints a coded item: the clause is that entry; so does
        # …第一条修改为：“一、满足以下特性的物项…：（一）…（参考海关商品编号：…）” under its intro)
        return not any(c.code or c.hs for c in node.children) and not _quoted_controls(node)
    return bool(_ADDED_CLAUSE_RE.search(node.text)) and all(
        not c.code and not c.hs and not c.children and _legal_text(c.text) for c in node.children
    )


def _subtree(node: _Node) -> Iterator[_Node]:
    for child in node.children:
        yield child
        yield from _subtree(child)


def _legal_text(text: str) -> bool:
    # (…的，商务部可以依法将其列入…: what a body may do is a clause as much as what an exporter must)
    return bool(_LEGAL_WORDS_RE.search(text) or _CLAUSE_WORDS_RE.search(text) or "依法" in text)


def _announces_points(node: _Node) -> bool:
    if not node.children:
        return False
    text = node.text if node.ends_colon else _prose_announcing(node)
    if text is None:
        return False
    if _INSERTED_POINTS_RE.search(text):
        return True
    quoted = all(child.marker_type.startswith("quoted-") for child in node.children)
    return quoted and bool(_REWRITTEN_POINT_RE.search(text))


def _prose_announcing(node: _Node) -> str | None:
    """An unnumbered line under the node that announces its first quoted point (…修改为：), if one does."""
    first = node.children[0]
    if not first.marker_type.startswith("quoted-"):
        return None
    before = [line for line, span in node.prose if span[0] < first.span[0]]
    return before[-1] if before and re.search(r"[:：]\s*$", before[-1]) else None


# 1.《关于对…实施出口管制的公告》（商务部 海关总署公告2023年第23号）； / 2.商务部公告2024年第33号（关于…的公告）:
# a list line that only cites a notice names that notice (what a repeal or a reference list acts on), never
# a controlled thing.
_NOTICE_NUMBER = (
    rf"(?:(?:{ISSUER_CHAIN})[\s、，,]*)?(?:公告|令)?\s*"
    r"(?:(?:19|20)\d{2}\s*年?\s*第?\s*\d{1,4}\s*号|[〔\[【]\s*(?:19|20)\d{2}\s*[〕\]】]\s*第?\s*\d{1,4}\s*号)"
    r"\s*(?:公告|令|文)?"
)
_NOTICE_TITLE = r"《[^《》]{2,80}》"
_TITLE_IN_BRACKETS = rf"[（(]\s*(?:{_NOTICE_TITLE}|关于[^（()）]{{2,80}})\s*[）)]"
_CITATION_LINE_RE = re.compile(
    rf"(?:{_NOTICE_TITLE}\s*(?:[（(]\s*{_NOTICE_NUMBER}\s*[）)]|{_NOTICE_NUMBER})"
    rf"|{_NOTICE_NUMBER}\s*(?:{_TITLE_IN_BRACKETS}|{_NOTICE_TITLE})?)\s*[;；。,，]?\s*"
)
_REPEALING_RE = re.compile(r"废止|失效|停止(?:实施|执行)|不再(?:执行|适用|实施)|撤销")
# 商务部 海关总署公告2025年第10号第二条第（三）项（6E002），予以废止 / 不可靠实体清单工作机制公告〔2025〕7号所列
# 实体的处理措施，…自2027年1月1日起终止实施: a line opening on another notice (its part, the code of the entry
# in it) and saying after a comma what becomes of it is a relation, however the cited part is described.
_ACT_ON_NOTICE_RE = re.compile(
    # (一、第62号公告第一条第（二）项所列…等技术服务，自…起暂停实施一年: a notice named by its number alone, a long part)
    rf"^(?:将|对)?\s*(?:{_NOTICE_NUMBER}|第\s*\d{{1,4}}\s*号公告)[^。；;]{{0,160}}?[，,][^。；;]{{0,60}}?"
    r"(?:(?:继续)?(?:暂停|中止|恢复|终止|停止)(?:实施|执行|施行)|不再(?:实施|执行|适用|施行)|予以废止|废止|失效)"
    # (（三）〔2026〕2092号公告第四条第（二）项规定的处理措施继续实施。: another notice's measure, going on)
    rf"|^\s*{_NOTICE_NUMBER}[^。；;]{{0,80}}?(?:措施|规定)[^。；;]{{0,10}}?(?:继续|照常|仍)(?:实施|执行|有效)"
    r"(?:[，,][^。；;：:]{0,30})?\s*[。；;]?\s*$"
    # (四、第62号公告第一条第（一）项（管制编码：1E902.a）及其余条款继续实施。: its clauses, going on)
    r"|^\s*第\s*\d{1,4}\s*号公告第[一二三四五六七八九十]{1,3}(?:条|款)[^。；;]{0,80}?(?:条款|规定|措施)"
    r"[^。；;]{0,6}?(?:继续|照常|仍)(?:实施|执行|有效)\s*[。；;]?\s*$"
)


# What a line does to another notice, named by its number: it puts off or brings into force, rewrites, corrects,
# adds words to, deletes, repeals, suspends or resumes (…第1199号第一条，推迟至2038年10月1日起施行 / 在…第4目“热压机”后，
# 增加“（参考税则号列：84798999）” / …中的“及其载体；”，更正为“…”).
_ACT_VERB_RE = re.compile(
    r"施行|推迟|暂缓|修改|更正|调整为|改为|替换|代替|替代|增加|增列|补充|增补|删去|删除|废止|撤销|"
    r"(?:暂停|中止|恢复|停止|不再)(?:实施|执行|适用)|"
    # (…第55号的暂停期限，提前至2040年5月31日届满 / …延长至2040年10月31日: a window moved)
    # (…第62号的暂停期限，随同本条第（二）项一并延长: the same, said with the other window)
    r"(?:延长|缩短|提前|顺延|延续)(?:至|到)|届满|(?:一并|同时|相应)(?:延长|缩短|顺延|延续)"
)
_HS_NUMBER_RE = re.compile(r"(?<!\d)\d{8}(?:\d{2})?(?!\d)")
_IN_QUOTES_RE = re.compile(r"[“\"「『][^”\"」』]*[”\"」』]")
# (…增加一目，作为第5目：“5. 1C234 锆…”: an entry added by its code in quotes is an entry, read as one)
_QUOTED_CODED_ENTRY_RE = re.compile(
    rf"(?:增加|增列|补充|增补|新增)[^“\"]*[“\"]\s*(?:\d{{1,3}}\s*[.、．]\s*)?{CONTROL_CODE}"
)


# (在…第二款第（一）项中增加一目，作为第8目：“8. 含铒的激光材料”: a point added, which the notice lists)
_ADDED_POINT_RE = re.compile(
    r"(?:增加|增列|增补|新增|补充)[一两二三四五六七八九十\d]{1,2}(?:目|项|款|条)|作为第"
)


# 该公告第五款 / 前项所列公告第三条 / 在第二款第（五）项后 (under a heading naming the notice): another notice's
# part, named without its number
_NAMED_BEFORE_RE = re.compile(
    r"(?:该|上述|前述|前项所列|前款所列)(?:公告|决定)|^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?(?:将|在|删去|对)?\s*"
    r"第[一二三四五六七八九十]+(?:条|款)"
)


def _acts_on_another_notice(text: str) -> bool:
    """A line naming another notice by its number and stating an act on it is an act, never an entry of this
    notice — whatever codes the words it quotes carry (a corrected code, a reference number supplied), unless
    it adds an entry by its code."""
    bare = _IN_QUOTES_RE.sub("“”", text)
    cited = re.search(_NOTICE_NUMBER, bare) or _NAMED_BEFORE_RE.search(bare)
    # (…增加一项，作为第（六）项，内容与本公告第一条第（一）项所增加的第（六）项相同: the point is printed elsewhere)
    lists = bare.rstrip().endswith((":", "：")) or "“" in bare
    if cited is None or _QUOTED_CODED_ENTRY_RE.search(text) or (_ADDED_POINT_RE.search(bare) and lists):
        return False
    after = bare[cited.end() :]
    return (
        bool(_ACT_VERB_RE.search(after))
        and not re.search(CONTROL_CODE, bare)
        and not _HS_NUMBER_RE.search(bare)
    )


# （二）商务部 海关总署公告2025年第58号第一款第（二）项所列用于制造…的设备, under 下列物项恢复实施出口管制：: goods another
# notice lists, named by the part that lists them, under an act on them — not …第23号所列镓相关物项的提取技术 under
# 对下列物项实施出口管制：, a new item named after goods listed elsewhere
_LISTED_BY_NOTICE_RE = re.compile(
    rf"^{_NOTICE_NUMBER}\s*第[^，,。；;“”]{{1,30}}?(?:款|条|项|目)\s*(?:所列|规定)的?"
)
_ACTS_ON_LISTED_RE = re.compile(r"(?:恢复|暂停|中止|暂缓|停止|不再|继续|取消)(?:实施|执行|适用|管制)")


def _cites_a_notice(node: _Node) -> bool:
    """A line naming only a notice (number, title or both, perhaps its clauses), or goods by the notice that
    lists them: a document acted on, no goods of this notice."""
    if node.children:
        return False
    text = node.text.strip()
    return bool(
        _CITATION_LINE_RE.fullmatch(text)
        or _DOCUMENT_LINE_RE.match(text.translate(_FOLD_WIDTH))
        # (…第6号所列的金属镓（参考税则号列：81129230） names a thing by its tariff line: still an item)
        or (
            _LISTED_BY_NOTICE_RE.match(text)
            and not (node.hs or node.codes)
            and node.parent is not None
            and bool(_ACTS_ON_LISTED_RE.search(node.parent.text))
        )
    )


_TARGET_HEADING_RE = re.compile(
    r"^[^，,。；;：:“”]{0,60}?(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号(?:公告)?\s*(?:[（(]\s*《[^》]{1,80}》\s*[）)])?\s*$"
)


def _is_intro(node: _Node) -> bool:
    if node.code or node.shape:
        return False
    if _announces_points(node):
        return True
    # (一、商务部 海关总署公告2024年第21号（《…》） then （一）第一条第（二）项第1目修改为：“1.…”: a target named as a
    # heading over its changes, as amendment decisions print them)
    if (node.children and (node.ends_colon or _TARGET_HEADING_RE.match(node.name))) and any(
        _announces_points(child) for child in node.children
    ):
        # 二、对…第39号第一款作如下修改：（一）第（一）项修改为：“（一）…” — changes, some announcing their points
        # (the others are acts on clauses: 三、对…第58号，按下列规定办理：（一）第二款…继续暂停实施90日；)
        return True
    if not _INTRO_RE.search(node.name):
        return False
    if node.ends_colon:
        return True
    # Without the colon the sentence must say it controls what follows, and something must follow.
    return bool(node.children) and bool(_FORWARD_CONTROL_RE.search(node.name))


def _is_heading(node: _Node) -> bool:
    """A category line such as 钐相关物项 or 1C909 钬相关物项 (not a legal clause)."""
    if node.code or node.hs:
        return True
    name = node.name.rstrip("。")
    if len(name) > 25 or "。" in name or not node.children:
        return False
    # 一、禁止出口部分: a section of a catalogue is a heading, although 禁止 is a word of legal clauses.
    return not _LEGAL_WORDS_RE.search(name) or bool(_SECTION_TITLE_RE.search(name) and "，" not in name)


def _descendant_lines(node: _Node) -> list[str]:
    lines: list[str] = [text for text, _ in node.prose]
    for child in node.children:
        lines.append(child.line)
        lines.extend(_descendant_lines(child))
    return lines


def _kind(name: str, code: str | None, context: str) -> EntryKind:
    if "软件" in name:
        return "software"
    if "技术" in name:
        return "technology"
    if re.search(r"设备|装置|生产线|仪器|系统$|炉$|窑$|釜$|机$|柜$|零部件$", name):
        return "equipment"
    if code and re.fullmatch(_CATALOGUE_CODE, code):
        return "technology"  # a number of the technology catalogue (252604X): the entry is a technology
    if code and len(code) > 1:
        # The dual-use list's category letter: B test/production equipment, C materials, D software,
        # E technology; A (systems and components, e.g. 3A001 batteries) is treated as a controlled item.
        letter = code[1]
        by_letter: dict[str, EntryKind] = {"E": "technology", "D": "software", "B": "equipment"}
        return by_letter.get(letter, "item")
    if "技术" in context and "物项" not in context:
        return "technology"
    if "设备" in context and "材料" not in context:
        return "equipment"
    return "item"


def _clean_heading(name: str) -> str:
    return name.rstrip(_TRAILING_PUNCT).strip()


def _title_subject(title: str) -> str | None:
    for pattern in _TITLE_SUBJECT_RES:
        match = pattern.search(title)
        if match:
            return match.group(1).strip('“”"')
    return None


def extract_entries(body: str, title: str = "", source: str = "body") -> EntryResult:
    """Walk the outline of a notice body and return its control-list leaves.

    Never raises on odd input: what it cannot interpret becomes an `Issue`.
    A form's filling guide (an attachment titled …填写指引 / 填报说明) lists what to write in a form, never
    controlled things: its lines are procedure.
    """
    guide = _FORM_GUIDE_RE.search("\n".join(body.strip().split("\n")[:3]))
    # (a guide that prints control codes or HS references lists goods after all, whatever its title)
    if source != "body" and guide and not _GOODS_PRINTED_RE.search(body):
        lines = [line.strip() for line in body.split("\n") if line.strip()]
        return EntryResult((), None, (), tuple(NotItem(line, "procedure") for line in lines[1:]))
    return _Extractor(title, source).run(body)


_FORM_GUIDE_RE = re.compile(r"(?:填写|填报)(?:指引|说明|要求)|格式(?:文本|样本)")
_GOODS_PRINTED_RE = re.compile(rf"{CONTROL_CODE}|税则号列|商品编号|海关编码|HS")


# (… | 调整情况 | 不再实施出口管制 / … | 调整结果 | 不再列入: the row's good leaves control)
_DELETED_ACTION_RE = re.compile(
    r"^(?:删除|删去|删减|移出|调出|取消|剔除|不再(?:列入|纳入|实施|予以)?(?:出口)?管制|不再列入|解除(?:出口)?管制)"
)
# A row taken off the list says so in an action column (调整方式 | 删除), by a description that is only the
# act (描述 | 删除 / 予以删除 / 已删除), or by the section it stands under (三、删除物项 / 删除的物项 / 移出清单的物项);
# a description that goes on (删除原描述中的…) rewrites the entry, and 增列/修改 sections list.
_DELETED_CELL_RE = re.compile(r"^(?:予以|已|已经|本项)?(?:删除|删去|移出|调出|剔除|取消管制|不再管制)[。.]?$")
_DELETED_SECTION_RE = re.compile(
    # (自《两用物项和技术进出口许可证管理目录》中删除的物项: a table titled for the rows a list loses)
    r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?)?\s*(?:(?:自|从)?\s*《[^》]{1,40}》\s*(?:中|内)?\s*)?"
    r"(?:删除|删去|删减|移出|调出|剔除|取消管制|不再管制|解除管制)"
    r"(?:的)?(?:清单的|目录的)?(?:物项|技术|条目|项目|内容|编码|商品|货物)?[:：。]?$"
)


# `1 | 商务部 海关总署公告2025年第55号 | 第一款 | 平均粒度…的人造金刚石微粉 | 2C902.a`: a row naming the notice that
# controls its item is a list of what this notice acts on there (a suspension, a release), not new controls.
_NOTICE_CELL_RE = re.compile(rf"^\s*{_NOTICE_NUMBER}\s*$")


# 新增 / 增列 / 增加: a row adding goods names new controls, whatever the row above it did
_ADDED_ROW_RE = re.compile(r"新增|增列|增加|新列入")


def _row_lifted(row: TableRow, table: PrintedTable) -> bool:
    if _DELETED_ACTION_RE.match(row.cells.get("action", "").strip()):
        return True
    # (…下列物项不再实施出口管制或者新增实施出口管制： over rows of 删除, 新增 and a blank act cell: the blank row is
    # released, as the title says, not added)
    announced = table.title or table.intro or ""
    if (
        not row.cells.get("action", "").strip()
        and "action" in (header_columns(table.header) or {})
        and _LIFTED_RE.search(announced)
        and _announced_list(announced)
        and not re.search("分别予以|(?<!相应)(?:修改|调整|更正)", announced)
    ):
        return True
    # (… | 调整依据 | 商务部 海关总署公告2025年第10号: the notice a row's control rests on, not one whose entry it acts on;
    # … | 调整后参考海关商品编号 / 调整后内容: the entry of that notice as it stands after the change, still controlled)
    basis = {i for i, label in enumerate(table.header.split("|")) if _BASIS_COLUMN_RE.search(label)}
    # (1 | 1C914 | 镧相关物项 | 新增 | …公告2026年第2516号: a row its own act cell adds or changes names the notice it came
    # from, not one whose entry it takes off)
    action = row.cells.get("action", "")
    acted = bool(_ADDED_ROW_RE.search(action) or re.search(r"修改|调整|更正|变更", action))
    if not (_AFTER_CHANGE_RE.search(table.header) or table.entry_cells or acted) and any(
        _NOTICE_CELL_RE.match(cell) for i, cell in enumerate(row.line.split("|")) if i not in basis
    ):
        return True
    if _DELETED_CELL_RE.match(row.cells.get("description", "").strip()):
        return True
    # (二、删除商品 printed above the header of its own table: the section its rows stand in)
    section = row.section or (table.title if table.title and not table.sections else None)
    return bool(section and _DELETED_SECTION_RE.match(section.strip()))


_BASIS_COLUMN_RE = re.compile(r"依据|来源|出处")
# (… | 调整后参考海关商品编号 / 调整后内容: a column of the entry as it now stands — not 调整后实施日期, a date moved)
# (分别予以修改、增列或者删除: the rows' acts named as a series — not 并相应修改《…清单》, the list changed with them)
_ADDS_NAMED_RE = re.compile(
    r"分别予以|(?:修改|增列|增加|新增)[^，,。；;：:]{0,8}?(?:或者|或|和|及|、)[^，,。；;：:]{0,6}?(?:删除|删去)"
    r"|(?:删除|删去)[^，,。；;：:]{0,8}?(?:或者|或|和|及|、)[^，,。；;：:]{0,6}?(?:修改|增列|增加|新增)"
    # (…不再实施出口管制或者新增实施出口管制： / …，同时新增下表所列部分物项，并相应修改《…清单》：)
    r"|(?:或者|或|同时|并)\s*(?:新增|增列|增加)"
)
_ROW_ADDS_RE = re.compile(r"^\s*(?:新增|增列|增加|列入|纳入)")
_AFTER_CHANGE_RE = re.compile(
    r"(?:调整|修改|修订|更正|变更)后的?(?:参考)?(?:条目|物项|商品)?(?:内容|名称|描述|技术说明|技术指标|管制范围"
    r"|海关商品编[号码]|税则号列|商品编号|管制编码)"
)

# What a table of changes' content cell wraps around the entry it prints: b目修改为：“b.…” / 增加一目，作为第5目：“5.…” /
# 在该项中增加一目：1.1.4… / 修改为：… (the entry after the act's words), and …，列为第一类第13项 / …，作为第（五）项
# (where it goes, after it).
# (将“1C117.e．氧化钨”修改为“1C117.e．三氧化钨（…）”: the words after the act, the last quoted)
_CELL_QUOTED_RE = re.compile(
    r"(?:^[^“”\"「」]*?(?:为|：|:)|(?:修改|更正|替换|调整)为\s*[：:]?)\s*[“\"「](?P<entry>[^“”\"「」]+)[”\"」][。.]?$"
)
_CELL_ACT_LEAD_RE = re.compile(
    r"^[^：:，,。；;]*?(?:修改为|改为|调整为|修订为|增加|增列|新增|补充)[^：:。；;]{0,12}?[：:]\s*"
)
_QUOTED_PLACE_TAIL_RE = re.compile(r"(?<=[”\"」])\s*[，,]?\s*(?:列为|作为|列入)[^，,。；;“”\"]{1,16}[。.]?$")
_WHOLE_QUOTED_RE = re.compile(r"^[“\"「](?P<entry>[^“”\"「」]+)[”\"」][。.]?$")
_CELL_PLACE_TAIL_RE = re.compile(r"[，,]\s*(?:列为|作为|列入|增列为|调整为)[^，,。；;]{1,20}[。.]?$")
# (d.钬镍合金 / 7.极片辊压机 under 增列: a short name an added row prints with no code or customs code of its own)
_BARE_NAME_RE = re.compile(r"^[^，,。；;：:“”\"「」()（）\s]{2,30}$")
_ACT_WORDS_RE = re.compile(r"实施|施行|执行|修改|删|更正|增加|增列|调整|暂停|恢复|废止|栏|条|款|之误")
_ADDS_OR_CHANGES_RE = re.compile(r"修改|增列|增加|新增|补充|调整|改为")
# An act cell's first act word, its brackets aside (自2047年1月1日起暂停实施, 同时删除, 修改（不再包括粉末形态）): `off` takes
# the entry off (the row is lifted), `hold` adds no control (暂停实施, 推迟实施, 暂停期限调整为1年), `change` prints its
# entry (修改, 新增, 恢复实施, 变更 — 同上 and any other cell too).
_CELL_ACT_RE = re.compile(
    r"(?P<off>删除|删去|废止|终止(?!\s*(?:后|之后|以后))|不再(?!暂停)|解除|失效|取消|移出|调出)"
    r"|(?P<hold>暂停|暂缓|中止|推迟|延期|延长|停止|不再暂停|暂不)"
    r"|(?P<change>修改|修订|增列|增加|新增|补充|调整|改为|更正|变更|恢复|替换)"
)


def _cell_act(action: str) -> str | None:
    """Which way an act cell acts on the entry its row prints — by the act it names first, wherever the cell
    opens (a date, 同时, 整项, 对该条目); a suspension ended (恢复实施, 结束暂停, 终止暂停实施) prints its entry."""
    # (自原暂停期限届满之次日起恢复实施: the window named as a noun is no act of the cell)
    action = _BRACKETED_RE.sub("", action)
    if _SUSPENSION_ENDED_RE.search(action):
        return "change"
    moved = _WINDOW_MOVED_RE.search(action)
    if moved is not None:
        # (暂停期限调整为2048年6月30日: the suspension goes on; 修改，暂停期限延长至…: the change named first; …暂停期限调整为
        # 至2048年3月31日止，自2048年4月1日起恢复实施: the entry back under control on a printed day)
        first = _CELL_ACT_RE.search(_WINDOW_NOUN_RE.sub("", action[: moved.start()]))
        if first is not None:
            return first.lastgroup
        return "change" if _RESUMED_ON_DAY_RE.search(action, moved.end()) else "hold"
    found = _CELL_ACT_RE.search(_WINDOW_NOUN_RE.sub("", action))
    return found.lastgroup if found is not None else None


_WINDOW_NOUN_RE = re.compile(r"(?:原|现行|该)?暂停(?:实施)?(?:期限|期间|期满)")
# (结束暂停，恢复实施 / 由暂停实施调整为恢复实施 — not 暂停实施至…，届满后恢复实施, a suspension that will end)
_SUSPENSION_ENDED_RE = re.compile(
    r"(?:结束|终止|取消|解除|不再)\s*暂停|(?:调整|改)为\s*恢复"
    # (not 暂停期限结束后，继续暂停实施…: the suspension goes on after its end)
    r"|暂停(?:实施)?(?:期限|期间)[^，,。]{0,6}?(?:终止|结束)(?!\s*(?:后|之后|以后))"
)
_WINDOW_MOVED_RE = re.compile(r"暂停(?:实施)?(?:期限|期间)\s*(?:调整|改|变更|延长|延至|顺延)")
_RESUMED_ON_DAY_RE = re.compile(r"自[^，,。；;]{0,20}?起\s*恢复")


# (见附件2, 同上, 无, 不变, a customs code, a date, 禁止向境外提供…: cells that name no thing)
_NO_THING_RE = re.compile(
    r"^(?:见|详见|参见)|^同上$|^无$|^(?:内容|保持)?不变$|^[\d、，,\s—-]+$|^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$"
    r"|^(?:禁止|不得|应当|上述|本公告|出口经营者)"
)
# (what a bare name a table of changes adds ends on — a thing, a material, an element or a chemical's class: 氧化铽,
# 4-哌啶酮, 光刻胶, 极片辊压机 — not 包括但不限于粉末等形态 or 许可证有效期为1年, wordings)
_THING_END_RE = re.compile(
    rf"(?:{_HEAD_NOUN_END}|合金|靶|丝|带|箔|颗粒|单晶|多晶|纤维|石墨|化合物|混合物|砂|胶|晶体|制品"
    r"|[酸盐酮醇酯醚醛胺烷烯炔啶酚腈肼苯酐]"
    r"|[镓锗锑钨钼铟碲铋钽铌钛锆铪钒钴镍锂铍钪钇镧铈镨钕钐铕钆铽镝钬铒铥镱镥铼铂钯铜铝镁锌锡钠钾钙钡锶铯铷铬锰铁铅汞银金硅硼磷硫氟氯溴碘氢氮氧碳"
    r"镉铀钚钍镭材矿纤缆石星弹药素钢底圆池碱])\s*$"
)
# (名称修改为“三氧化钨”: the entry renamed, quoted)
_RENAMED_RE = re.compile(r"名称\s*(?:修改|更正|调整|变更)为")
# (1C234项、1C231项的描述，以本公告第一款表格为准 / 第二款中的“稀土”修改为“中重稀土”: words about entries or clauses)
_CLAUSE_TEXT_RE = re.compile(
    r"为准|的描述|修改为|更正为|改为|(?:替换|调整)为\s*[“\"「]|删去|删除|暂停实施|废止|之误|第[一二三四五六七八九十百\d]+[条款]"
    # (1C117.c项恢复实施 / …暂停期限延长至… / …实施日期推迟至… / 自2042年6月1日起施行: acts on an entry, not its name — not
    # 具有自主起降能力的…, 自行式起重机)
    r"|恢复(?:实施|执行)|延长至|推迟(?:至|实施)|起施行|自\s*(?:(?:19|20)\d{2}\s*年|本公告|公布|发布)[^，,。；;]{0,20}?起"
)
# (钼粉：钼含量（按重量）大于等于97%…的钼及合金颗粒: a short name, then what it is defined as)
_DEFINED_NAME_RE = re.compile(r"^(?P<name>[^：:，,（(]{2,12})[：:](?P<definition>.{6,})$")


def _definition_split(name: str, spec: str | None) -> tuple[str, str | None]:
    """A cell's name that goes on to define itself after a colon: the name, and the definition as its spec."""
    found = _DEFINED_NAME_RE.match(name)
    if not found:
        return name, spec
    return found.group("name"), "；".join(p for p in (found.group("definition"), spec) if p)


def _bare_entry(name: str) -> Entry:
    """An entry a table of changes names with its bare name (filled in from its row by the caller)."""
    return Entry(
        path="1",
        name_zh=name,
        category_zh=None,
        group_zh=None,
        control_code=None,
        control_code_printed=None,
        hs_codes=(),
        hs_label=None,
        kind=_kind(name, None, ""),
        spec_zh=None,
        quote_zh=name,
        span=(0, 0),
        source="body",
    )


def _changed_entry_text(cell: str) -> str:
    """The entry line a table of changes' content cell prints (see _CELL_QUOTED_RE), '' for an act or a wording."""
    # (“（三）球化石墨…（…）。”列为第（三）项: the whole cell quoted, where it goes after the quote)
    text = _QUOTED_PLACE_TAIL_RE.sub("", cell.strip())
    whole = _WHOLE_QUOTED_RE.match(text)
    if whole:
        text = whole.group("entry")
    quoted = _CELL_QUOTED_RE.search(text)
    if quoted:
        text = quoted.group("entry").strip()
    elif lead := _CELL_ACT_LEAD_RE.match(text):
        text = text[lead.end() :]
    return _CELL_PLACE_TAIL_RE.sub("", text).strip().rstrip("。.；;，,")


def _cell_entries(text: str, source: str) -> list[Entry]:
    """The entries one cell prints, read as the list line it is (its own number dropped, the list's given)."""
    # (1.1.4仲钨酸钠（…）；1.1.5偏钨酸铵（…） / 1C117.c．碳化钨（…）；1C117.d．钨粉（…）: one entry per numbered or coded part —
    # not …砂轮（…）：1.…；2.…, criteria under one entry, nor 3A901.a．…（…）；a.…；b.…, its parameters)
    parts = _cell_parts(text)
    kinds = {
        "code" if _leading_code(p) and not line_marker(p) else (line_marker(p) or ("",))[0] for p in parts
    }
    # (1C902.f．氧化镝（…2846901930）；g.氧化铽（…2846901920）: siblings, each with its own customs code)
    siblings = len(kinds) == 1 or all(HS_RE.search(p) for p in parts)
    if len(parts) > 1 and not re.search(r"[:：]", mask_brackets(text)) and siblings and "" not in kinds:
        return [
            dataclasses.replace(entry, path=f"1/{(line_marker(part) or ('', str(k)))[1]}")
            for k, part in enumerate(parts, start=1)
            for entry in _cell_entries(part, source)
        ]
    if (
        len(parts) > 1
        and _leading_code(parts[0])
        and all(line_marker(p) and not HS_RE.search(p) for p in parts[1:])
    ):
        text = (
            f"{parts[0]}：{'；'.join(parts[1:])}"  # (…二极管（…）；a.…；b.…: the entry, then its parameters)
        )
    marker = line_marker(text)
    read = extract_entries(f"下列物项实施出口管制：\n1．{marker[2] if marker else text}", source=source)
    return list(read.entries)


def _cell_parts(text: str) -> list[str]:
    """`text` cut at each ； outside brackets (a customs-code bracket may hold one)."""
    masked = mask_brackets(text)
    cuts = [m.start() for m in re.finditer(r"[;；]", masked)]
    pieces = [text[a + 1 if a >= 0 else 0 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    return [piece.strip() for piece in pieces if piece.strip()]


def _registry(row: TableRow) -> str:
    """A CAS cell as the row's spec, labelled as a bracket after a name would be (`CAS号：…`)."""
    cell = row.cells.get("cas", "").strip()
    return f"CAS号：{cell}" if cell else ""


def _table_parents(rows: list[TableRow]) -> dict[int, TableRow]:
    """The row each row is numbered under (9.1 under 9, 9.1.2 under 9.1), keyed by the child's id."""
    by_seq = {row.seq: row for row in rows if row.seq}
    parents: dict[int, TableRow] = {}
    for row in rows:
        head = (row.seq or "").rpartition(".")[0]
        if head and head in by_seq:
            parents[id(row)] = by_seq[head]
    return parents


# 附件：《合规告知书》指引 / 企业承诺书 / 最终用户和最终用途说明（样本）: an attachment that is a form or a
# template to fill in says what to declare, promise or tell; its numbered lines are that wording, not goods.
# One that prints a control code or an HS reference may still list goods, and is read as a list.
_FORM_TITLE_RE = re.compile(
    r"(?:告知书|承诺书|保证书|声明书?|申请表|申请书|登记表|说明书|证明(?:书|文件)?|指引|模板|样本|范本|格式"
    r"|填写说明|填报说明)\s*(?:[（(][^（()）]{0,20}[）)])?\s*$"
)
_FORM_HEADING_MAX = 12  # 一、适用范围: a section title of the form, not one of its statements


_ANNEX_LABEL_RE = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?\s*$")


def _form_title_at(lines: list[str]) -> int:
    """How many lines the form's title takes (附件2 printed above it, then the title), 0 for no form."""
    head = 1 if lines and _ANNEX_LABEL_RE.match(lines[0]) else 0
    if head < len(lines) and _FORM_TITLE_RE.search(lines[head].replace("《", "").replace("》", "")):
        return head + 1
    return 0


# 部分无人驾驶航空飞行器相关管制软件和技术清单 / 核相关两用物项出口管制清单（增列物项）: a goods list's title — not a
# party list (管控名单, 不可靠实体清单) or a form
_LIST_TITLE_RE = re.compile(
    # (not 予以废止的公告目录 / …合规审查要点清单: a list of notices or of duties, no goods)
    # (not 调出管制的物项清单 / 取消临时出口管制措施的物项目录 / 豁免许可的物项清单: what leaves control or needs no licence)
    r"^(?!.*(?:名单|实体|企业|公告|文件|规章|要点|事项|材料|证明|审查|问题|制度|取消|调出|不再|豁免|解除|删除|移出|除外|样式|格式|流程))"
    r"[^。；;，,:：|\d]{2,60}(?:清单|目录|名录)(?:\s*[（(][^（）()]{1,20}[）)])?$"
)


# (说明： alone on its line, or 注：1.…: the notes numbered anew; a one-line 注：本项不包括… under an entry is that entry's)
def _notes_spans(body: str) -> list[tuple[int, int]]:
    """Where a list's notes run: from each 说明：/注： label to the next part of the list (一、…部分), or the end — a note
    printed before the list or between its parts heads no item."""
    spans: list[tuple[int, int]] = []
    for label in _NOTES_LABEL_RE.finditer(body):
        part = _NEXT_PART_RE.search(body, label.end())
        spans.append((label.start(), part.start() if part else len(body)))
    return spans


_NEXT_PART_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}(?:部分|类))", re.MULTILINE
)
_NOTES_LABEL_RE = re.compile(
    r"^\s*(?:注|说明|注释|备注)\s*[:：]\s*(?:$|(?:1|一)\s*[.、．](?!\d))", re.MULTILINE
)


def _is_form(text: str) -> bool:
    """An attachment titled as a form or a guide, no line of which lists goods: codes it prints only as examples of
    what to fill in (填报“属于两用物项”… / 示例：属于两用物项，1C902.a) list nothing; a line opening on a control code
    or printing an HS reference does."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return _form_title_at(lines) > 0 and not any(_lists_goods(line) for line in lines)


def _lists_goods(line: str) -> bool:
    """A line of a form that lists goods: opening on a code, printing an HS reference, or giving a code in brackets or
    after a colon (1.氧化钐（1C902.a）) — unless it shows what to fill in (填报示例：…，1C902.a)."""
    if _LISTS_GOODS_RE.match(line) or HS_RE.search(line):
        return True
    return bool(_CODE_GIVEN_RE.search(line)) and not re.search(r"示例|填报|例如|如：", line)


_CODE_GIVEN_RE = re.compile(rf"[（(:：]\s*{CONTROL_CODE}\s*[）)]?")
# 1.1C902.a 氧化钐 / （三）3C004.a…: a line opening (after its number) on a control code lists goods
_LISTS_GOODS_RE = re.compile(
    rf"^\s*(?:(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*[.、．]|[（(]\s*(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*[）)])?"
    rf"\s*{CONTROL_CODE}"
)


def _form_lines(text: str) -> list[NotItem]:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = _form_title_at(lines)
    found = [NotItem(line, "heading") for line in lines[:title]]
    for line in lines[title:]:
        marker = line_marker(line)
        if marker is None:
            continue  # a paragraph of the form's prose
        short = len(marker[2].rstrip(_TRAILING_PUNCT)) <= _FORM_HEADING_MAX and not _ITEM_ENDED_RE.search(
            line
        )
        found.append(NotItem(line, "heading" if short else "procedure"))
    return found


def _coded_quote(node: _Node) -> bool:
    """将…第五款修改为：“五、2B005.b.…（参考税则号列：…）” — the rewrite quotes a coded item, which is the entry."""
    return (
        any(c.marker_type.startswith("quoted-") and (c.code or c.hs) for c in node.children)
        or _quoted_controls(node)
        or _rewritten_code_first(node)
    )


def _quoted_controls(node: _Node) -> bool:
    """…第一条修改为：“一、满足以下特性的物项，未经许可，不得出口：（一）…（参考海关商品编号：…）”: one clause quoted whole, its intro
    a control and its points printing codes or HS references, the quote closed on its last point — the points are the
    items. Not a quote of exemptions (无需申请许可…), exclusions or definitions, two clauses at once, or one left open."""
    quoted = [c for c in node.children if c.marker_type.startswith("quoted-")]
    if len(quoted) != 1 or len(node.children) != 1 or _QUOTED_NOT_CONTROL_RE.search(quoted[0].text):
        return False
    points = list(_subtree(quoted[0]))
    # (a note inside the quote is the point's; any other prose — 对国家安全…的出口，…报国务院批准。” — may close the quote
    # and leave the notice's own clauses under it)
    if not points or any(_QUOTED_NOT_A_THING_RE.match(p.text) for p in points):
        return False
    if any(not _NOTE_START_RE.match(line.strip()) for p in points for line, _ in p.prose):
        return False
    # (“五、铟相关物项 then （一）3C004.a．磷化铟…: a heading over points that print their list codes)
    if not _QUOTED_CONTROL_RE.search(quoted[0].text) and not _GOODS_HEADING_RE.search(quoted[0].text):
        return False
    closed = points[-1].line.rstrip().endswith(("”", "”。", "”；", "”;"))
    return closed and any(p.code or p.hs for p in points)


_QUOTED_CONTROL_RE = re.compile(
    r"未经[^。]{0,16}?许可[^。]{0,6}?不得出口|实施出口管制|申请[^。]{0,12}?出口许可|列入[^。]{0,30}?清单|实施许可管理"
)
_GOODS_HEADING_RE = re.compile(r"(?:物项|材料|设备|技术|产品)\s*(?:如下|包括)?\s*[:：]?\s*$")
_QUOTED_NOT_CONTROL_RE = re.compile(r"无需|免于|豁免|通用许可|暂停|不再|不予|不适用")
# a point that is an exclusion or a definition (上述第（一）项不包括… / 磷化铟，是指…), not one whose goods print 除外 or 不含
_QUOTED_NOT_A_THING_RE = re.compile(
    r"^\s*(?:上述|本项|本条|前款)?\s*(?:第\s*[（(]?\s*[一二三四五六七八九十\d]+\s*[)）]?\s*[项目款条])?\s*(?:不包括|不含|不管制|不适用)"
    r"|^[^，,。]{1,30}[，,]\s*是指"
)


def _lettered_under_code_first(node: _Node) -> tuple[str, ...]:
    """1C240 镍粉和多孔镍金属，如下： then a．…: a code-first line, the consolidated list's layout, names its lettered
    sub-items by its code and their letter (1C240.a), as the list itself cites them (由1C240.a项所列材料制成) — a
    numbered head ((二)3C901.a.2.… then a.…) passes its code down as printed."""
    parent = node.parent
    if parent is None or node.marker_type.removeprefix("quoted-") != "lat" or parent.code is None:
        return ()
    if parent.marker_type.removeprefix("quoted-") != "code":
        return ()  # (（一）1C907 锑相关物项，如下： then a．…: a numbered head passes its code down, as the truths have it)
    if not re.fullmatch(r"\d[A-Z]\d{3}", parent.code):
        return ()
    return (f"{parent.code}.{node.marker}",)


def _rewritten_code_first(node: _Node) -> bool:
    """将《清单》1C004项修改为： then `1C004 具有下列所有特性的…：`: the entry printed anew in full, code first, on the
    lines below — those lines are the entry, as a quoted coded rewrite is."""
    first = node.children[0] if node.children else None
    if first is None or not first.code or first.reserved or _RESERVED_WORDING_RE.search(first.text):
        return False  # (1C240 【保留】 / 1C240 已删除。: the entry left empty or struck out, no entry)
    # (将《清单》1C239、1C240项修改为：: several codes sharing one 项)
    named = (
        rf"将[^。；;]*?(?<![0-9A-Za-z.]){re.escape(first.code)}(?:\s*[、,，和及]\s*{CONTROL_CODE})*\s*项"
        r"[^。；;“”\"]*?(?:修改|调整|更新)为\s*[:：]\s*$"
    )
    return re.search(named, node.text) is not None


# (1C240 已删除。: the entry struck out in its own words; 1C240 【保留】 is a reserved line, see RESERVED_RE)
_RESERVED_WORDING_RE = re.compile(r"^\s*\S*\s*已?(?:删除|删去|取消)\s*[。.]?\s*$")


# 研发、生产10纳米及以下逻辑芯片 / 研制或者生产…: an end use a licence is weighed against (2025 No. 61 第四条's points),
# said as an activity — a listed thing is named by a noun, never opens on these verbs
_END_USE_LINE_RE = re.compile(r"^(?:研发|研制|开发)\s*(?:、|或者?|和|及)\s*(?:生产|制造|使用)")


def _uncoded_not_a_thing(node: _Node, text: str) -> str | None:
    """Why a line printing no code, no HS code and no sub-lines names no thing, judged by its words alone."""
    if _END_USE_LINE_RE.match(text.lstrip('“"「')):
        return "rule"  # （四）研发、生产可能具有军事用途的高性能计算设备: an end use (an activity), not a thing listed
    if _FORM_FIELD_RE.match(node.name):
        return "procedure"  # 3.技术来源：填写拟出口技术的研发单位…: a field of a form and how to fill it in
    if _PAPERWORK_RE.search(node.name):
        return (
            "procedure"  # (六)出口经营者的出口管制内部合规制度说明: a document to file, wherever it is added
        )
    return None


_LISTED_ELSEWHERE_RE = re.compile(
    r"(?:条目|物项|清单|目录)[^。；;]{0,30}?(?:列于|附于|载于)\s*(?:本公告(?:之后|后|附件)|附件)"
)


def _listed_elsewhere(node: _Node) -> str | None:
    """一、1C350项调整后的条目（第96项至第108项）列于本公告之后: where the entries are, no entry; 四、…技术的具体范围，以…公告
    公布的目录…为准: where the scope is set, a rule."""
    if node.children:
        return None
    if _LISTED_ELSEWHERE_RE.search(node.text):
        return "heading"
    if node.codes or node.hs or _ITEM_EVIDENCE_RE.search(node.text):
        return None  # (1．石墨电极（参考海关商品编号：…），其管制范围，以…为准: goods, their scope explained)
    return "rule" if _SCOPE_SET_ELSEWHERE_RE.search(node.text) else None


_SCOPE_SET_ELSEWHERE_RE = re.compile(
    r"(?:范围|内容|条目|名称)\s*[,，]\s*(?:以|按照|依照)[^。；;]{0,60}?(?:公告|目录|清单|规定)[^。；;]{0,40}?为准"
)


# （一）第10号公告第一条第（一）项所列碳化钨，不包括…: what another notice's entry covers, explained — no entry of this one
_SCOPE_NOTE_RE = re.compile(
    rf"^(?:{_NOTICE_NUMBER}|第\s*\d{{1,4}}\s*号(?:公告)?)[^。；;]{{0,40}}?所(?:列|称|述)[^。；;]{{0,60}}?"
    r"(?:[，,]\s*(?:不包括|包括|不含|是指|系指|仅指|是对|指的是)|[，,]\s*(?:亦|也)(?:包括|称))"
)


_TERMS_LOOKBACK = 30


def _under_a_prose_intro(node: _Node) -> bool:
    """（二）3B901.c.1.… then `出口经营者…应当在申请表中勾选拟出口物项的下列最终用途之一：` (an unnumbered line) then
    （一）新能源汽车动力电池生产；…: numbered lines after a prose line announcing end users, uses or measures are that line's
    terms, though the outline hangs them beside the goods."""
    siblings = node.parent.children if node.parent is not None else []
    index = next((i for i, sibling in enumerate(siblings) if sibling is node), 0)
    # (a list of terms under such a line is short: looking a few dozen lines back keeps long flat lists linear)
    for before in reversed(siblings[max(0, index - _TERMS_LOOKBACK) : index]):
        if before.prose and before.prose[-1][1][0] > before.span[0]:
            line = before.prose[-1][0].strip()
            return line.endswith((":", "：")) and bool(_NOT_LISTING_INTRO_RE.search(line))
        if before.children:
            return False
    return False


def _explained_or_terms(node: _Node, text: str) -> str | None:
    """A line explaining another notice's entry, or one of the terms a prose line before it announced."""
    if node.children:
        return None
    if _SCOPE_NOTE_RE.match(text):
        return "definition"
    return "rule" if _under_a_prose_intro(node) else None


def first_printed_line(text: str) -> str:
    """An attachment's first line of its own: after a bare 附件 / 附件1 label line, which names the file, not its content."""
    lines = (line.strip() for line in text.split("\n") if line.strip())
    return next((line for line in lines if not re.fullmatch(r"附件\s*\d{0,2}\s*[:：]?", line)), "")


def _released_title(body: str) -> str | None:
    """The title an attachment opens on (after a bare 附件1 line) when it lists goods leaving control or exempt from
    licensing, else None."""
    first = first_printed_line(body)
    if len(first) > 60 or "。" in first or _RELEASED_TITLE_RE.search(first) is None:
        return None
    return None if _STILL_CONTROLLED_RE.search(first) else first


# 不再实施出口管制的物项清单 / 解除管制的物项 / 调出管制的物项清单 / 医疗用途免于申请出口许可的物项 — not 取消通用许可的物项清单,
# 不适用许可豁免的物项清单, 解除暂停实施出口管制措施的物项清单, 取消临时管制后列入清单管理的物项: goods kept under control
_RELEASED_TITLE_RE = re.compile(
    r"不再实施[^。，,]{0,6}?管制|解除[^。，,]{0,2}?管制|调出[^。，,]{0,6}?管制|移出[^。，,]{0,6}?管制|免于申请[^。，,]{0,8}?许可"
)
_STILL_CONTROLLED_RE = re.compile(r"列入|增列|新增|后实施|实施许可|不适用|不予|暂停|调整表|第一部分")


def _goes_on_run(node: _Node, previous: _Node | None) -> bool:
    """Whether a plain numbered line is the next of the run `previous` (an entry read) belongs to: numbered one on with the
    same marks, a name rather than a sentence (no full stop inside it, no clause words)."""
    if previous is None or node.marker_type != "num" or previous.marker_type != "num" or node.children:
        return False
    # (…。 closes the list; 注：… printed between: what follows is the note's or the notice's, no next entry)
    if previous.prose or previous.line.rstrip().endswith(("。", ".")):
        return False
    if (
        not (node.marker.isdigit() and previous.marker.isdigit())
        or int(node.marker) != int(previous.marker) + 1
    ):
        return False
    text = node.text.strip().rstrip("；;。.")
    return bool(text) and "。" not in text and _RUN_NOT_A_NAME_RE.search(text) is None


# 14.本公告所列物项… / 15.出口经营者应当…: a sentence numbered on after the entries, not the next entry
_RUN_NOT_A_NAME_RE = re.compile(
    r"本(?:公告|附件|清单|目录)|上述|以上|应当|须|需|不得|可以|是指|包括|不包括|不含|除外|纳入|适用|参照|按照|依照|"
    r"施行|实施|许可|仅供|为准|电话|[《》]|[:：]"
)


def _unlisted_why(node: _Node) -> str | None:
    """Why a line lists nothing controlled (a not-item reason), None when it may list something."""
    text = node.text.strip()
    why = _clause_intro(node) or _listed_elsewhere(node) or _explained_or_terms(node, text)
    if why is not None:
        return why
    if (
        node.shape in ("measure", "conditional")
        or (node.shape == "rewrite" and not _coded_quote(node))
        or _rewritten_clause(node)
        or _RENUMBERED_RE.match(text)
        or _CORRECTION_LINE_RE.match(text)
        or _REFERENCE_ADDED_RE.match(text)
        or _ROW_WORDS_STRUCK_RE.match(text)
        or _ACT_ON_PART_RE.match(text)
        or _ACT_ON_NOTICE_RE.match(text)
        or (not node.children and _acts_on_another_notice(text))
    ):
        # 限制对朝鲜出口原油 and the quota and conditions under it: a measure, not a controlled thing;
        # so is the rewrite of an entry of a list this notice does not print, a clause whose sub-lines
        # are the conditions it applies on (…具有下列情形之一的，应当…：), and a renumbering of the
        # amended notice's clauses (原第八款改为第九款).
        return "rule"
    if _DELETED_RE.match(text) and not _announces_points(node):
        return "lifted"
    if not node.children and not node.codes and not node.hs and (why := _uncoded_not_a_thing(node, text)):
        return why
    if (not node.children and _PARTY_LINE_RE.search(text)) or _LIST_OF_PARTIES_RE.search(node.text):
        # 3.某某有限公司（… Ltd.）及其分支机构: a listed entity, whatever heads it (…所列20家日本实体，自…起移出关注名单 /
        # …列入出口管制管控名单的14家欧盟实体，继续…: parties acted on)
        return "party"
    if _cites_a_notice(node):
        repealed = node.parent is not None and _REPEALING_RE.search(node.parent.text)
        return "lifted" if repealed else "heading"
    if node.children and (
        _NOT_LISTING_INTRO_RE.search(node.text)
        or (
            _CASES_INTRO_RE.search(node.text)
            and not any(_ITEM_EVIDENCE_RE.search(c.line) for c in node.children)
        )
    ):
        return (
            "rule"  # (一、对列入出口管制管控名单的上述2家实体，采取以下措施：: measures on parties, no goods)
        )
    if (not node.children and _REPLACED_BY_THIS_RE.search(text)) or _NOTICES_TABLED_RE.search(text):
        # …第51号附件1第二类2B350.a、2B350.b条目，由本公告附件第一部分代替: an act on another's entries; 一、下列公告的全部
        # 或者部分内容予以废止，废止日期以下表所列为准：: the table names the notices acted on
        return "rule"
    if node.children and (_NOTICES_LISTED_RE.search(node.text) or _NOTICES_ACTED_RE.search(node.text)):
        # 一、自2027年10月1日起，下列公告废止：1.…第39号…；2.…: the lines name notices acted on (一、经评估，决定对
        # 下列公告作如下处理：（一）…第57号…暂停实施 / 二、对下列公告中的文字错误予以更正：: the same, said of the acts)
        return "rule"
    return None


_REPLACED_BY_THIS_RE = re.compile(
    r"(?:\d{1,4}\s*号|该公告|上述公告)[^。；;]{0,60}?[，,]\s*(?:自[^，,。；;]{1,24}?起\s*)?"
    r"由本(?:公告|决定)(?:附件)?[^。；;，,]{0,12}?(?:代替|替代|取代|替换)"
)
_NOTICES_ACTED_RE = re.compile(
    r"(?:下列|以下)(?:公告|决定|文件|通知|规章)[^。；;：:]{0,24}?(?:处理|更正|安排)\s*[:：]\s*$"
    # (二、对下列内容予以调整： then （一）…第10号第一条…中的“…”，修改为“…”: changes to other notices' words)
    r"|^\s*对(?:下列|以下)(?:内容|事项|条款)[^。；;：:]{0,8}?(?:更正|调整|修改|处理)\s*[:：]\s*$"
)
_NOTICES_TABLED_RE = re.compile(
    r"(?:下列|以下|下表所列的?)(?:公告|决定|文件|通知|规章)[^。；;：:]{0,16}?"
    r"(?:予以)?(?:废止|停止执行|停止实施|不再(?:执行|适用|实施)|失效)[^。；;：:]{0,24}?(?:下表|附件)"
)
_NOTICES_LISTED_RE = re.compile(
    r"(?:下列|以下)(?:公告|决定|文件|通知|规章)[^。；;：:]{0,8}?"
    r"(?:废止|停止执行|停止实施|不再(?:执行|适用|实施)|失效)\s*[:：]\s*$"
    # (一、决定废止下列公告或者其条款：: the verb first)
    # (废止下列公告和规范性文件： / 废止下列公告中的部分条目：: notices, whatever else the intro names — not 停止执行下列公告中
    # 以下物项的出口管制措施：, goods of notices)
    r"|(?:废止|停止执行|停止实施)(?:下列|以下)(?:公告|决定|文件|通知|规章)"
    r"(?:(?:(?!以下|下列)[^。；;：:]){0,16}?(?:条款|规定|内容)|(?:(?!以下|下列|物项|货物|商品|技术)[^。；;：:]){0,16}?)"
    r"\s*[:：]\s*$"
)


# 修改有色金属冶金技术（编号：083201X）的控制要点： then 一、第9项控制要点修改为： / 9.…技术: the control points rewritten
# under the heading naming the catalogue's entry are that entry's, whatever numbered lines stand between
# (2 | 新增 | 电池正极材料制备技术 | 252604X | 控制要点： — the same entry printed as a row of a table of changes)
_CATALOGUE_HEADING_RE = re.compile(
    rf"^[^\n]*[（(]\s*编号\s*[:：]\s*(?P<code>{_CATALOGUE_CODE})\s*[）)][^\n]*控制要点[^\n]*[:：][ \t]*$"
    rf"|^\s*\d{{1,3}}\s*\|[^\n]*\|\s*(?P<cell>{_CATALOGUE_CODE})\s*\|[^\n|]*控制要点[^\n|]*[:：][ \t]*$",
    re.MULTILINE,
)


# (（三）建筑装饰、装修和其他建筑业 then `4 | 删除 | 中国传统建筑技术 | 085001X |`: a section of a table's rows printed with
# no header of its own below it)
_ROW_SECTION_RE = re.compile(
    r"^[ \t]*(?P<line>(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[^\n|0-9A-Za-z]{2,30})[ \t]*\n"
    r"(?=[ \t]*\d{1,3}[ \t]*\|)",
    re.MULTILINE,
)


def _row_sections(body: str) -> set[str]:
    """Section lines printed right above a table row (the rows the section stands over are the table's)."""
    return {m.group("line").strip() for m in _ROW_SECTION_RE.finditer(body)}


def _under_catalogue_entries(entries: list[Entry], body: str) -> list[Entry]:
    """Technologies printed without a number of their own under a heading naming a catalogue entry take its number."""
    headings = [(m.start(), m.group("code") or m.group("cell")) for m in _CATALOGUE_HEADING_RE.finditer(body)]
    if not headings:
        return entries
    out = []
    for entry in entries:
        above = [code for start, code in headings if start < entry.span[0]]
        if entry.control_code is None and entry.kind == "technology" and above:
            entry = dataclasses.replace(entry, control_code=above[-1])
        out.append(entry)
    return out


_ANNEX_LIST_RE = re.compile(r"^\s*附件\s*[:：]\s*1\s*[.．、]")
_NUMBERED_RE = re.compile(r"^\s*(\d{1,2})\s*[.．、](?!\d)")


def _annex_titles(body: str) -> list[tuple[int, int]]:
    """Spans of the lines that go on numbering the attachments after 附件：1.暂停实施措施的实体名单 (2.移出名单的实体, …):
    titles of attachments, which the outline would read as points of the clause above."""
    spans: list[tuple[int, int]] = []
    expected = 0
    offset = 0
    for line in body.split("\n"):
        numbered = _NUMBERED_RE.match(line)
        if _ANNEX_LIST_RE.match(line):
            expected = 2
        elif expected and numbered and int(numbered.group(1)) == expected:
            spans.append((offset, offset + len(line)))
            expected += 1
        elif line.strip():
            expected = 0
        offset += len(line) + 1
    return spans


# (名称不变 / 其余内容不变 / 管制编码调整为1C909.b / 参考海关商品编号调整为… / 2047年1月1日起实施: a row's wording, no name)
_WORDING_RE = re.compile(
    r"不变|调整(?:为|至)|起(?:实施|施行)|实施日期|参考海关商品编号|参考税则号列|管制编码"
)
_REPRINTED_RE = re.compile(r"(?:条目|物项)\s*(?:表述|列示)为\s*[:：]\s*$")


class _Extractor:
    def __init__(self, title: str, source: str) -> None:
        self.title_subject = _title_subject(title)
        self.source = source
        self.issues: list[Issue] = []
        self.entries: list[Entry] = []
        self.not_items: list[NotItem] = []
        self.enumerated_count: int | None = None
        self.table_headings: set[str] = set()  # sections a printed table's rows stand in (their entries)
        self.list_titled = (
            False  # an attachment whose title names a goods list: its numbered lines are entries
        )
        self.notes_from = 0  # where the notes under such a list begin
        self.notes_spans: list[tuple[int, int]] = []  # where the list's notes run (see _notes_spans)

    def run(self, body: str) -> EntryResult:
        if self.source != "body" and _is_form(body):
            return EntryResult(entries=(), stated_count=None, issues=(), not_items=tuple(_form_lines(body)))
        if self.source != "body" and (title := _released_title(body)):
            # (附件 不再实施出口管制的物项清单 / 医疗用途免于申请出口许可的物项 then 1.6C002.a 金属碲…: what leaves control or
            # needs no licence, reported for a human, never read as new controls)
            lines = [line.strip() for line in body.split("\n") if line.strip()]
            issue = Issue(
                "lifted_list",
                "an attachment of items released from control was not read as entries",
                line=title,
            )
            return EntryResult((), None, (issue,), tuple(NotItem(line, "lifted") for line in lines))
        tables = printed_tables(body)
        self.table_headings = {line.strip() for table in tables for line in table.headings} | _row_sections(
            body
        )
        printed = body
        body = self._blanked(body, tables)
        roots, loose = _build_outline(body)
        # 附件：部分…管制软件和技术清单 then 1.…、2.…: an attachment titled as a list lists its numbered lines
        first = next((line.strip() for line in body.split("\n") if line.strip()), "")
        # (one that prints its list as a table has its entries there; numbered lines after it are its notes)
        self.list_titled = (
            self.source != "body" and not tables and bool(_LIST_TITLE_RE.match(first)) and first in loose
        )
        notes = _NOTES_LABEL_RE.search(body)  # (说明： then 一、本目录所称…: the list's notes, numbered anew)
        self.notes_from = notes.start() if notes else len(body)
        self.notes_spans = _notes_spans(body)
        for root in roots:
            self._analyse_tree(root)
        self._sections(roots)
        for line in loose:  # 将A、B等2个品种增列至…: entries named in an unnumbered sentence
            self._enumeration(line, max(body.find(line), 0), "")
        for table in tables:
            self._table(table, printed)
        self._account(roots, loose)
        self.entries = _under_catalogue_entries(self.entries, printed)
        seen_paths: set[str] = set()
        for entry in self.entries:
            if entry.path in seen_paths:
                self.issues.append(
                    Issue("duplicate_path", f"numbering {entry.path} appears twice", line=entry.quote_zh)
                )
            seen_paths.add(entry.path)
        count_match = _STATED_COUNT_RE.search(body)
        stated = int(count_match.group(1)) if count_match else self.enumerated_count
        return EntryResult(
            entries=tuple(self.entries),
            stated_count=stated,
            issues=tuple(self.issues),
            not_items=tuple(self.not_items),
        )

    def _sections(self, roots: list[_Node]) -> None:
        """Each root line's section; a numbered root line that goes on the run of entries just read (14. after 13.) and that
        nothing else accounted for is read as the run's next entry.

        (附件 向美国…出口须申请许可的易制毒化学品 then 1.…（海关商品编号：…）；… 13.…； 14.1-苄基-4-哌啶酮； 15.…。: the
        last two print no customs code, and a title the outline does not know as a list's gave them no section — they were
        dropped without a word.)"""
        previous: _Node | None = None  # the last root line read as an entry
        for root in roots:
            before = (len(self.entries), len(self.not_items), len(self.issues))
            self._section(root)
            silent = len(self.entries) == before[0] and (len(self.not_items), len(self.issues)) == before[1:]
            if silent and _goes_on_run(root, previous):
                self._walk(root, root)
            previous = root if len(self.entries) > before[0] and not root.children else None

    def _blanked(self, body: str, tables: list[PrintedTable]) -> str:
        """`body` with what the outline must not read blanked, offsets kept: the tables (read as tables) and the titles
        of attachments numbered after 附件：1.… (headings)."""
        spans = [span for table in tables for span in table.consumed]
        for start, end in _annex_titles(body):
            self.not_items.append(NotItem(body[start:end].strip(), "heading"))
            spans.append((start, end))
        for start, end in spans:
            body = body[:start] + " " * (end - start) + body[end:]
        return body

    def _released(self, table: PrintedTable) -> bool:
        """Whether the table lists goods released from control, its title, header and section lines recorded as
        headings: 一、自2027年1月1日起，下列物项不再实施出口管制： over a table is what leaves control, reported for a human
        as a numbered list of released items is — never read as new controls."""
        self.not_items.extend(
            NotItem(line, "heading") for line in (table.title, table.header, *table.sections) if line
        )
        announced = table.title or (
            table.intro if table.intro and _ROWS_LIFTED_RE.search(table.intro) else None
        )
        if not (announced and _LIFTED_RE.search(announced) and _announced_list(announced)):
            return False
        if "action" in (header_columns(table.header) or {}) and (
            all(r.cells.get("action") for r in table.rows)
            or _ADDS_NAMED_RE.search(announced)
            or any(_ROW_ADDS_RE.search(r.cells.get("action", "")) for r in table.rows)
        ):
            # (each row's 调整方式 says what is done to it; 分别予以修改、增列或者删除： names adds too; a row saying 新增 is
            # added whatever a blank cell beside it leaves unsaid)
            return False
        self.issues.append(
            Issue(
                "lifted_list",
                "a list of items released from control was not read as entries",
                line=announced,
            )
        )
        self.not_items.extend(NotItem(row.line, "lifted") for row in table.rows)
        return True

    def _table(self, table: PrintedTable, body: str) -> None:
        """One entry per row of a list printed as a table; its header and title name nothing. A row
        numbered under another (9 then 9.1, 9.2) is a leaf of that row, which is their group: blank code
        and HS cells inherit the group's, as an outline leaf inherits from its group line. A section line
        inside the table names the category of the rows under it."""
        if self._released(table):
            return
        parents = _table_parents(table.rows)
        groups = {id(parent) for parent in parents.values()}
        # (the notice cells of the lifted row above: a blank cell under one repeats it)
        lifted_above: tuple[int, ...] = ()
        for index, row in enumerate(table.rows, start=1):
            if table.entry_cells and self._changed_row(row, table, body, index):
                continue
            # A name cell follows the names' conventions: a CAS number or an example list in brackets after
            # the name (`二溴四氟乙烷（CAS号：…、…）`) is spec, as on a list line.
            name, qualifiers, printed_hs = _row_name(row)
            if RESERVED_RE.match(name):  # 4.3 | 【保留】: the row keeps its number, with nothing in it
                self.not_items.append(NotItem(row.line, "reserved"))
                continue
            cells = row.line.split("|")
            added = _ADDED_ROW_RE.search(row.cells.get("action", "") or row.line)
            inherits = (
                lifted_above
                and not added
                and all(i < len(cells) and not cells[i].strip() for i in lifted_above)
            )
            if _row_lifted(row, table) or inherits:
                # (2 |  | 第一条第（一）项第8目 | 锑化镓 | …: the notice cell left blank under the row above names the same
                # notice, whose entry the row acts on)
                lifted_above = (
                    tuple(i for i, c in enumerate(cells) if _NOTICE_CELL_RE.match(c)) or lifted_above
                )
                self.not_items.append(NotItem(row.line, "lifted"))
                continue
            lifted_above = ()
            if id(row) in groups or not name:
                if not name:
                    self.issues.append(Issue("table_row_unnamed", "a table row names nothing", line=row.line))
                continue
            parent = parents.get(id(row))
            printed_code, name = _printed_code(row, name)
            codes = _codes(printed_code) if printed_code else ()
            if printed_code and not codes:
                self.issues.append(
                    Issue(
                        "control_code_pattern", f"unrecognised control code {printed_code!r}", line=row.line
                    )
                )
            if parent is not None and not printed_code:
                codes = _codes(parent.cells.get("code", "").strip().rstrip(".．"))
            hs = tuple(dict.fromkeys((*row.hs, *printed_hs))) or (
                tuple(parent.hs) if parent is not None else ()
            )
            category = row.section or table.title or self.title_subject
            seq = row.seq or str(index)
            self.entries.append(
                Entry(
                    path=f"{parent.seq}/{seq}" if parent is not None else seq,
                    name_zh=name,
                    category_zh=category,
                    group_zh=parent.cells.get("name") if parent is not None else None,
                    control_code=codes[0] if codes else None,
                    control_code_printed=printed_code,
                    hs_codes=hs,
                    hs_label="海关商品编号" if hs else None,
                    kind=_kind(name, codes[0] if codes else None, category or ""),
                    spec_zh="；".join(
                        q
                        for q in (*qualifiers, _registry(row), row.cells.get("description", "").strip())
                        if q
                    )
                    or None,
                    quote_zh=body[row.span[0] : row.span[1]],
                    span=row.span,
                    source=self.source,
                    control_codes=tuple(codes) if len(codes) > 1 else (),
                )
            )

    def _changed_row(self, row: TableRow, table: PrintedTable, body: str, index: int) -> bool:
        """A row of a table of changes: the entries its content cell prints whole, read as the list line they are
        (序号 | 原条款 | 调整方式 | 调整后内容 | 1 | 第一款第（一）项 | 修改 | 1C117.b．钼粉：…（参考海关商品编号：…）); a row
        struck, or one whose cell prints an act or a clause's new wording, names nothing. False where the cell reads
        as no entry line but the row has code or customs-code cells of its own: a list row, read as one."""
        cell = row.cells.get("name", "")
        text = _changed_entry_text(cell)
        action = row.cells.get("action", "").strip()
        if _row_lifted(row, table) or _DELETED_ACTION_RE.match(text) or _DELETED_CELL_RE.match(text):
            self.not_items.append(NotItem(row.line, "lifted"))
            return True
        code = row.cells.get("code", "").strip().rstrip(".．")
        # (… | 暂停实施 / 继续暂停实施 / 推迟实施 | 2C902.a 人造金刚石微粉…: an act on the entry printed, no new control)
        acting = _cell_act(action) in ("off", "hold")
        nothing = acting or bool(_CLAUSE_TEXT_RE.search(text)) or bool(_NO_THING_RE.search(text))
        read = [] if nothing else _cell_entries(text, self.source)
        if not any(e.control_code or e.hs_codes for e in read):
            # (no code or customs code of its own: an entry only where its row adds or changes one, or prints its code —
            # not 将描述中的“粉末”修改为“粉末、颗粒”, words of one; 名称修改为“三氧化钨” renames it)
            vouched = (bool(code) or bool(_ADDS_OR_CHANGES_RE.search(action or cell))) and not nothing
            worded = bool(_CLAUSE_TEXT_RE.search(cell)) and not _RENAMED_RE.search(cell)
            marker = line_marker(text)
            read = [e for e in read if vouched and not _NO_THING_RE.search(e.name_zh)]
            bare = marker[2].strip() if marker else text
            if not read and vouched and _BARE_NAME_RE.match(bare) and not _ACT_WORDS_RE.search(bare):
                read = (
                    [] if _NO_THING_RE.search(bare) or not _THING_END_RE.search(bare) else [_bare_entry(bare)]
                )
            if worded and not (marker or _leading_code(text)):
                read = []
        if not read:
            if (
                (code or row.hs)
                and not nothing
                and not _CLAUSE_TEXT_RE.search(cell)
                and not _WORDING_RE.search(cell)
            ):
                return False
            self.not_items.append(NotItem(row.line, "lifted" if _cell_act(action) == "off" else "rule"))
            return True
        seq = row.seq or str(index)
        for entry in read:
            name, spec = _definition_split(entry.name_zh, entry.spec_zh)
            codes = (entry.control_code,) if entry.control_code else _codes(code) if code else ()
            category = row.section or table.title or self.title_subject
            sub = entry.path.split("/", 1)[1] if "/" in entry.path else ""
            self.entries.append(
                dataclasses.replace(
                    entry,
                    path=f"{seq}/{sub}" if sub else seq,
                    name_zh=name,
                    spec_zh=spec,
                    category_zh=category,
                    control_code=codes[0] if codes else None,
                    control_code_printed=entry.control_code_printed or code or None,
                    hs_codes=entry.hs_codes or tuple(row.hs),
                    hs_label=entry.hs_label or ("海关商品编号" if row.hs else None),
                    kind=_kind(name, codes[0] if codes else None, category or ""),
                    quote_zh=body[row.span[0] : row.span[1]],
                    span=row.span,
                )
            )
        return True

    def _analyse_tree(self, node: _Node) -> None:
        _analyse(node, self.issues)
        if node.shape == "" and not node.children and not node.reserved:
            _inline_children(node)
            if node.children or node.shape:
                _analyse(node, self.issues)
        if node.shape == "ban":
            _ban_goods(node)
        node.children = [sibling for child in node.children for sibling in _inline_siblings(child)]
        for child in node.children:
            self._analyse_tree(child)

    def _account(self, roots: list[_Node], loose: list[str]) -> None:
        """No silent drops: a line that names a coded or HS-referenced thing and was read as
        nothing (not an entry, spec, heading or reasoned not-item) becomes an `unread_line` issue."""
        read = {_flat(e.quote_zh) for e in self.entries} | {n.line for n in self.not_items}
        read |= {i.line for i in self.issues if i.line}
        # the numbered lines a note introduces (注：…不管制下列物项： then a．…) are the note's
        for root in roots:
            self._account_notes(root, read)
        lines = list(loose)
        for root in roots:
            lines.extend(_all_lines(root))
        for line in lines:
            if line in read or not _ITEM_EVIDENCE_RE.search(line):
                continue
            self.issues.append(
                Issue("unread_line", "a line with a control code or HS reference was not read", line=line)
            )
        for root in roots:  # a line numbered in a way the outline does not know fell into prose
            for line in _prose_lines(root):
                if line in read or not _LISTLIKE_RE.match(line.translate(_FOLD_WIDTH)):
                    continue
                read.add(line)
                self.issues.append(
                    Issue("unread_line", "a line numbered like a list line was not read", line=line)
                )

    def _account_notes(self, root: _Node, read: set[str]) -> None:
        """The lines a note took are its own (not-items); one printing a code or HS reference is said in an issue too:
        read as the note's by its numbering (注：本项不管制下列物项：1．…；2．实验室用叠片机（参考税则号列：…）) — an excluded
        thing may print the customs code of the goods it is carved out of — for a reader to check it is not the entry's
        next item."""
        for line, why in _note_lines(root):
            if line in read:
                continue
            read.add(line)
            self.not_items.append(NotItem(line, why))
            if _ITEM_EVIDENCE_RE.search(line):
                self.issues.append(
                    Issue("note_line_coded", "a line a note lists prints a code or HS reference", line=line)
                )

    def _enumeration(self, line: str, offset: int, prefix: str) -> bool:
        """Entries of `将A、B等N个品种增列至《…》附件1第一部分`, numbered `+1`, `+2` in printed order
        under the list part they join (they have no number of their own)."""
        names = enumerated_names(line)
        for index, found in enumerate(names, start=1):
            place = "/".join(p for p in (prefix, found.part) if p)
            category = "".join(p for p in (found.list_name, found.part) if p) or self.title_subject
            self.entries.append(
                Entry(
                    path=f"{place}/+{index}" if place else f"+{index}",
                    name_zh=found.name,
                    category_zh=category,
                    group_zh=found.list_name,
                    control_code=None,
                    control_code_printed=None,
                    hs_codes=(),
                    hs_label=None,
                    kind=_kind(found.name, None, self.title_subject or ""),
                    spec_zh=None,
                    quote_zh=line,
                    span=(offset + found.offset, offset + found.offset + len(found.name)),
                    source=self.source,
                )
            )
        if names:
            self.enumerated_count = (self.enumerated_count or 0) + len(names)
        return bool(names)

    def _section(self, root: _Node) -> None:
        if _clause_intro(root) is not None:  # 本公告所称X，是指以下…： / 提交…以下…：
            self._not_listed(root)
            return
        if (
            not root.children
            and not root.shape
            and self._enumeration(root.line, root.span[0], root.path_part)
        ):
            return
        if root.shape == "ban":  # 三、禁止对朝鲜出口航空燃油，…: a rule that also names what it bans
            self._walk(root, root)
            return
        paperwork = "licence_procedure" in rule_kinds(root.line)
        if is_rule_clause(root.line) and (paperwork or not _is_intro(root) or _conditions(root)):
            # 2025 No. 61's 一、境外…出口以下物项前…：(一)…0.1%…: conditions of a rule (parsers.rules),
            # and 提交下列文件：(一)出口合同…: paperwork. Neither lists controlled things.
            reason = "procedure" if "licence_procedure" in rule_kinds(root.line) else "rule"
            self.not_items.append(NotItem(root.line, reason))
            self.not_items.extend(NotItem(line, reason) for line in _descendant_lines(root))
            return
        listed = self.list_titled and root.span[0] < self.notes_from
        if _is_intro(root) or _is_heading(root) or root.shape or listed:
            self._walk(root, root)

    def _walk(self, node: _Node, section_root: _Node) -> None:
        if self._not_listed(node):
            return
        if (
            not node.children
            and not (node.codes or node.hs)
            and any(start <= node.span[0] < end for start, end in self.notes_spans)
        ):
            # (说明： then 1.本附件中的条目编号，前两位为…: the list's notes, numbered under its last item)
            self.not_items.append(NotItem(node.line, "definition"))
            return
        if node.shape == "ban" and any(c.marker_type == "enum" for c in node.children):
            self.not_items.append(NotItem(node.line, "rule"))  # the ban itself; its goods follow
            for child in node.children:
                self._emit(child)
            return
        live_children = [c for c in node.children if not c.reserved]
        if not live_children and node.line.strip() in self.table_headings:
            self.not_items.append(NotItem(node.line, "heading"))  # its entries are the table's rows below
            return
        shaped = node.shape and not (node.shape == "rewrite" and _coded_quote(node))
        if shaped or (_is_criteria(node) and live_children) or not live_children:
            if node is section_root and _is_intro(node):
                return
            self._emit(node)
            return
        if node is not section_root or not _is_intro(node):
            # (删去…第4目。 over the point rewritten in its place: the line itself still deletes)
            why = "lifted" if _DELETED_RE.match(node.text.strip()) else "heading"
            self.not_items.append(NotItem(node.line, why))
        for child in node.children:
            self._walk(child, section_root)

    def _not_listed(self, node: _Node) -> bool:
        """Account for a line that lists nothing controlled (and its sub-lines); False otherwise."""
        if node.reserved:
            self.not_items.append(NotItem(node.line, "reserved"))
            return True
        why = _unlisted_why(node)
        # (…删去控制要点11…；新增： over points added: what the sub-lines are is the last part's word)
        last_part = re.split(r"[;；]", node.name.rstrip("；; "))[-1]
        if why is None and node.children and _LIFTED_RE.search(last_part) and not _announces_points(node):
            # 以下物项取消临时管制措施: a list of what is *no longer* controlled. Reading it as entries
            # would announce a decontrol as new controls; it is reported for a human instead.
            self.issues.append(
                Issue(
                    "lifted_list",
                    "a list of items released from control was not read as entries",
                    line=node.line,
                )
            )
            why = "lifted"
        if why is None:
            return False
        self.not_items.extend(NotItem(line, why) for line in [node.line, *_descendant_lines(node)])
        return True

    def _emit(self, node: _Node) -> None:
        chain = _ancestors(node)
        structural = [a for a in chain if not _is_intro(a) and a.shape != "ban"]
        category = _clean_heading(structural[-1].name) if structural else self.title_subject
        group = _clean_heading(structural[0].name) if structural else None
        # (a group line passes its code down — under 二、更正后，上述条目表述为： only a group that announces its lines
        # (（二）6C002.b．以下任何一种的…：), not (二)3C901.b.2.…材料。 / 4.热压机(…); / 1.1.1仲钨酸铵(…);, entries of other
        # notices reprinted one after another)
        reprinted = any(_REPRINTED_RE.search(a.line) for a in chain)
        holders = chain[:1] if reprinted else chain
        announced = (
            passed
            for a in holders
            if (passed := a.codes or _lettered_under_code_first(a))
            and (not reprinted or a.line.rstrip().endswith(("：", ":")))
        )
        codes = node.codes or _lettered_under_code_first(node) or next(announced, ())
        hs, label = node.hs, node.hs_label
        if not hs:
            holder = next((a for a in chain if a.hs), None)
            if holder is not None:
                hs, label = holder.hs, holder.hs_label
        path = "/".join(p for p in [*(a.path_part for a in reversed(chain)), node.path_part] if p)
        spec_parts = list(node.qualifiers)
        if node.inline_spec:
            spec_parts.append(node.inline_spec)
        if node.shape or _is_criteria(node):
            # Each parameter line ends with its own ；/。, which would double up with the join below.
            spec_parts.extend(line.rstrip(_TRAILING_PUNCT) for line in _descendant_lines(node))
            why = {"ban": "rule", "": "criteria"}.get(
                node.shape, node.shape
            )  # a ban's sub-lines are its exceptions
            self.not_items.extend(NotItem(line, why) for line in _descendant_lines(node))
        if not node.name:
            self.issues.append(Issue("empty_entry", "a numbered line names nothing", line=node.line))
            return
        if _EMPTY_CATEGORY_RE.search(node.name) and not node.codes and not node.hs:
            self.issues.append(Issue("empty_category", "a category heading lists no items", line=node.line))
            return
        context = " ".join(a.name for a in chain) + " " + (self.title_subject or "")
        name, codes = _moved_between_parts(node.name, node.line, tuple(codes))
        self.entries.append(
            Entry(
                path=path,
                name_zh=name,
                category_zh=category,
                group_zh=group,
                control_code=codes[0] if codes else None,
                control_code_printed=node.code,
                hs_codes=tuple(hs),
                hs_label=label,
                kind=_kind(node.name, codes[0] if codes else None, context),
                spec_zh="；".join(spec_parts) or None,
                quote_zh=_quote(node),
                span=node.span,
                source=self.source,
                control_codes=tuple(codes) if len(codes) > 1 else (),
            )
        )


# (将稀土永磁材料制备技术（编号：083204X）由限制出口部分调入禁止出口部分，编号相应调整为083204J: an entry of the
# technology catalogue moved from one part to the other, its number changed with it)
# (the parts named on both sides: 专门设计用于将乏燃料组件由贮存水池移至运输容器的装置 is a name, not a move)
_MOVED_PART_RE = re.compile(
    r"由[^，,。；;]{0,12}?(?:部分|类|出口|目录)\s*(?:调入|调至|移入|移至|调整至|列入)[^，,。；;]{0,12}?(?:部分|类|出口|目录)"
)
_RENUMBERED_TO_RE = re.compile(rf"编号(?:相应)?(?:调整|变更|改)为\s*({_CATALOGUE_CODE})")


def _moved_between_parts(name: str, line: str, codes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The entry a move between the catalogue's parts names, with both its numbers (the old first)."""
    moved = _MOVED_PART_RE.search(name)
    renumbered = _RENUMBERED_TO_RE.search(line)
    if moved is None or moved.start() == 0:
        return name, codes
    extra = (renumbered.group(1),) if renumbered and renumbered.group(1) not in codes else ()
    return name[: moved.start()].rstrip(_TRAILING_PUNCT), (*codes, *extra)


# `（一）商务部 海关总署公告2023年第23号（《关于…的公告》）；` under `下列公告…废止：`: a line that only cites a
# notice (its number, its title, the clauses of it) is a document the clause acts on, never goods; its
# brackets would otherwise read as a name with a spec.
_DOCUMENT_NUMBER = r"(?:公告|令|决定)\s*[〔\[(]?\s*\d{4}\s*[〕\])]?\s*年?\s*第\s*\d{1,4}\s*号"
_DOCUMENT_TITLE = r"《[^《》]{2,80}(?:公告|决定|通知|办法|规定|规则|令)》"
_DOCUMENT_CLAUSES = (
    r"(?:第[一二三四五六七八九十]+[款条项](?:(?:[、和及至]|或者?)第?[一二三四五六七八九十]+[款条项])*)?"
)
_DOCUMENT_LINE_RE = re.compile(
    rf"^[^，,。；;：:（()《》]{{0,60}}?(?:{_DOCUMENT_NUMBER}\s*(?:[(]\s*{_DOCUMENT_TITLE}\s*[)]|{_DOCUMENT_TITLE})?"
    rf"|{_DOCUMENT_TITLE}\s*(?:[(][^()]{{0,40}}?{_DOCUMENT_NUMBER}\s*[)])?)"
    rf"\s*{_DOCUMENT_CLAUSES}\s*[;；。，,]?\s*$"
)


# A line naming an organisation — its legal form last, then perhaps its foreign name in brackets and
# 及其分支机构 — lists a party (parsers.parties), never a controlled thing: goods are not named 公司. Kept
# out are words a good may end in (加工中心, 移动实验室).
_PARTY_LINE_RE = re.compile(
    r"(?:公司|集团|研究所|研究院|大学|学院|银行|商会|协会)\s*(?:[（(][^（()）]*[）)])?"
    r"\s*(?:及其(?:分支机构|子公司|下属机构|关联机构)[^。；;]{0,12})?[。；;]?\s*$"
)
# 本公告所称相关设备，是指以下任何形式的…： — what a word of the notice means; the sub-lines are the
# definition's text, whatever nouns they name.
_DEFINITION_LINE_RE = re.compile(
    r"所称[^。；;]{0,40}?(?:是指|系指|指(?![标南令定]))|^[“\"][^”\"]{1,20}[”\"][，,]?\s*(?:是|系)?指"
    # (1.“精度”通常以不准确度衡量，是指…: a term defined, with how it is measured first)
    r"|^[“\"][^”\"]{1,20}[”\"][^。；;“”\"]{0,24}?(?:是指|系指)"
)
# 出口经营者应当按照以下规格的要求提交电子数据： / …提交的材料中以下任何形式的文件： — filing, its
# sub-lines say how or what to file. A list intro that also tells the exporter to apply (对下列物项实施出口
# 管制，出口经营者应当申请许可：) names the control itself and introduces things.
_PROCEDURE_VERBS = r"提交|申请|申领|办理|报送|填报|上传|递交|报备|备案"
_INTRO_WORDS = r"以下|下列|如下|下述"
_PROCEDURE_INTRO_RE = re.compile(
    rf"(?:{_PROCEDURE_VERBS})[^。；;]*?(?:{_INTRO_WORDS})|(?:{_INTRO_WORDS})[^。；;]*?(?:{_PROCEDURE_VERBS})"
)
# 并随附下列材料： / 提交以下文件： / 报送下列资料：: what follows is paperwork (材料 here is papers, not a material)
_PAPERS_INTRO_RE = re.compile(
    r"(?:随附|附送|附具|附上|提交|报送|提供|递交)\s*(?:以下|下列|如下|下述)\s*(?:材料|文件|资料|证明材料|申请材料)\s*[:：]\s*$"
    # (申请材料应当使用中文，并包括下列文件：: what an application holds — 材料 alone may be a material listed)
    r"|(?:包括|包含|含有)\s*(?:以下|下列|如下|下述)\s*(?:文件|资料|证明材料|申请材料)\s*[:：]\s*$"
)
_CONTROL_WORDS_RE = re.compile(r"管制|管控|未经许可|不得出口|禁止|限制出口|两用物项")
# 出口经营者出口下列物项，应当申请许可： / 下列技术的出口，应当… — what follows are the things exported.
_THING_INTRO_RE = re.compile(
    rf"(?:{_INTRO_WORDS})[^，,。；;：:]{{0,6}}?(?:{_THING_NOUNS})|出口(?:{_INTRO_WORDS})"
)


def _clause_intro(node: _Node) -> str | None:
    """`definition` or `procedure` for a line that introduces a definition's or a filing's sub-lines
    (and for a definition line on its own): none of those lines names a controlled thing."""
    text = node.text.strip()
    if _DEFINITION_LINE_RE.search(text[:60]):
        return "definition"
    if (
        node.children
        and not (node.code or node.hs)
        and _PAPERS_INTRO_RE.search(text)
        # (不得向境外提供下列材料：（一）钐钴永磁材料（参考海关商品编号：…）: goods under a control, not papers)
        and not re.search(r"未经许可|不得|禁止|实施出口管制", text)
        and not any(child.codes or child.hs for child in node.children)
    ):
        return "procedure"  # (…填写两用物项出口申请表，并随附下列材料：: the papers to file, whatever the clause names)
    if (
        not node.children
        or node.code
        or node.hs
        or _CONTROL_WORDS_RE.search(text)
        or _THING_INTRO_RE.search(text)
        # (三、对…第58号，按下列规定办理：…（二）第二款第（三）项修改为：“（三）3C901.a.3.…”: changes to a list)
        or any(_announces_points(child) for child in node.children)
    ):
        return None
    if node.shape in ("measure", "rewrite", "conditional", "ban") or set(rule_kinds(text)) - {
        "licence_procedure"
    }:
        # …具有下列情形之一的，应当申请许可： / 以下最终用途的出口申请，原则上不予许可： — the sub-lines
        # are a rule's conditions
        return None
    return "procedure" if _PROCEDURE_INTRO_RE.search(text) else None


def _conditions(node: _Node) -> bool:
    """Sub-lines that state when a rule applies (…价值比例达到0.1%及以上的；…附件1所列物项), not things."""
    return any(_CONDITION_RE.search(child.text) for child in node.children)


_CONDITION_RE = re.compile(r"所列|附件\s*\d|本公告|的\s*[;；。]?\s*$")


# What opens a list line rather than a paragraph: a letter or a bracketed number as a marker, or a
# decimal number run into a name (2.5D…). A paragraph opening with a year (2025年…) is none of these.
_LISTLIKE_RE = re.compile(
    r"^(?:[A-Za-z]\s*[.．、)）](?![A-Za-z.])|[（(]\s*(?:[A-Za-z]|\d{1,4}|[一二三四五六七八九十]{1,3})\s*[）)]"
    r"|[A-Za-z]?\d{1,4}(?:\s*[.．]\s*\d{1,4})+[A-Za-z]|\d{1,4}\s*[.．、](?!\d))"
)


def _prose_lines(node: _Node) -> list[str]:
    lines = [text for text, _ in node.prose]
    for child in node.children:
        lines.extend(_prose_lines(child))
    return lines


def _note_lines(node: _Node) -> list[tuple[str, str]]:
    """The lines the notes printed under `node` took (see _Note), and why they name no item: what a note leaves out
    (注：1C240不管制下列物项： then a．…；b．…) states the rule of the entry; the list's own notes (说明： then 1.本附件中的条目
    编号…) define its terms."""
    lines = list(node.noted)
    for child in node.children:
        lines.extend(_note_lines(child))
    return lines


def _all_lines(node: _Node) -> list[str]:
    lines = [node.line, *(text for text, _ in node.prose)]
    for child in node.children:
        lines.extend(_all_lines(child))
    return lines


def _ancestors(node: _Node) -> list[_Node]:
    chain = []
    current = node.parent
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain


def _is_parameter(node: _Node) -> bool:
    """`反应温度小于等于850 ℃` states a value; `造粒容积大于等于5 m3的立式造粒釜` names a thing, and so does
    a line carrying a control code of its own (`…总冲量大于等于1.1兆牛·秒的…火箭发动机(9A105.a)`): a
    parameter is measured, never listed. The value is read off the name, without code or HS brackets."""
    if node.codes:
        return False
    text = (node.name or node.text.strip()).rstrip(_TRAILING_PUNCT)
    # (铽箔、镝箔（厚度小于等于0.1mm）: a thing named, its bound in a bracket — the words outside measure nothing)
    outside = _BRACKETED_RE.sub("", text)
    return (
        not node.children and bool(_PARAMETER_RE.search(outside)) and bool(_MEASURED_END_RE.search(text[-6:]))
    )


_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")


_MEASURED_END_RE = re.compile(r"[\d%％℃°μΩ]|以上|以下|之间|范围|[A-Za-z/]\S?$")


def _is_criteria(node: _Node) -> bool:
    """A line whose sub-lines are its parameters: it says so (具有以下…特性), or it ends with a colon
    and what follows reads as measurements, not as things (≥ 2 of 3 lines compare or bound a value)."""
    if not node.ends_colon or _is_intro(node):
        return False
    if _CRITERIA_RE.search(node.name) or _CRITERIA_RE.search(node.text):
        return True
    children = [c for c in node.children if not c.reserved]
    if len(children) >= 2 and all(_names_no_thing(c.text) and not c.codes and not c.hs for c in children):
        return True  # each sub-line says what the thing is designed for or does: none names a thing
    measured = sum(1 for c in children if _is_parameter(c))
    return bool(children) and measured * 3 >= len(children) * 2 and not node.code_only_heading()
