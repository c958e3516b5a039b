"""Notice numbers (发布文号), dates and effective-date clauses.

MOFCOM prints the same number several ways (`2025第61号`, `2025年第58`, `商务部海关总署公告`): the
normalized form is what identifies a notice, whatever URL or host it was reached by.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata

from parsers.model import ISSUER_CODES, EffectiveRule, NoticeNumber

# Co-issuers that sign old notices but lead none we track, so they have no notice-id code: without
# them 商务部、国防科工委、海关总署公告2006年第50号 (lifted by 2023 No. 39) would be read from 海关总署 on.
# An export-control code of the dual-use list (1C117.d, 3A001.b.2; the point full-width where a page types
# it so): one pattern for every reader that recognises codes in text or in table cells.
# A level of a code is a letter or a number of one or two digits; a number printed right after the last point
# with a unit, or of three digits and more, is the name's quantity (3C005.a.20℃时电阻率…: code 3C005.a, name
# 20℃时…; 3A001.a.600V…: code 3A001.a), while 3A001.b.8 倍频器 keeps its level 8.
# (1C350.12 N,N-二异丙基…: N,N- / N- open a chemical's name, no newton)
_UNIT_AFTER_LEVEL = (
    r"℃|°|%|％|‰|μm|µm|nm|mm|cm|kg|MPa|GPa|kPa|GHz|MHz|kHz|Hz|dB|Ω|kW|[NVWK](?![A-Za-z]|-|[,，]\s*[A-Z]-)"
)
# (1C916.a．2:17型钐钴永磁体: a ratio opens the name, 2 is no level — 3A090.a．1：10纳米… keeps its level, ： a label's)
CONTROL_CODE = rf"\d[A-E]\d{{3}}(?:[.．](?:[a-z][a-z0-9]{{0,2}}|\d{{1,2}}(?!\d|[:∶]\d|：\d{{1,2}}型|(?:[.．]\d{{1,2}}(?!\d))?\s*(?:{_UNIT_AFTER_LEVEL}))))*"

_ISSUERS_WITHOUT_CODE = (
    "国防科工委",
    "国防科学技术工业委员会",
    "对外贸易经济合作部",
    "外经贸部",
    "国防部",
    "国家安全部",
    "生态环境部",
    "农业农村部",
    "自然资源部",
    "交通运输部",
    "司法部",
    "应急管理部",
    "中国人民银行",
    "审计署",
)
# Longest names first so that 科学技术部 wins over a shorter overlapping name.
_KNOWN_ISSUERS = sorted([*ISSUER_CODES, *_ISSUERS_WITHOUT_CODE], key=len, reverse=True)
_ISSUER_ALT = "|".join(re.escape(name) for name in _KNOWN_ISSUERS)
# A central body we have no name for (国家市场监督管理总局, 国家卫生健康委): read by its prefix and
# ending, so a joint notice with an unforeseen co-issuer is still read whole instead of from the last
# known name on. The prefix keeps prose such as 根据… out of the name.
_GENERIC_ISSUER = r"(?:国家|国务院|中央|中国)[\u4e00-\u9fff]{1,12}?(?:委员会|总局|部|局|署|委|机制|办公室)"
_ISSUER_SEP = r"[\s\u3000、,，和及]*"
ISSUER_CHAIN = (
    rf"(?:(?:{_ISSUER_ALT})|{_GENERIC_ISSUER})"
    rf"(?:{_ISSUER_SEP}(?:(?:{_ISSUER_ALT})|{_GENERIC_ISSUER}))*"
)
_YEAR = r"(?:19|20)\d{2}"
NUMBER_RE = re.compile(
    rf"(?P<issuers>{ISSUER_CHAIN})\s*"
    # 公告2025年第61号 / 公告2025第61号 / 公告〔2025〕61号 / 令2020年第4号
    rf"(?:(?P<series>公告|令)\s*[\[〔（(【]?\s*(?P<year>{_YEAR})\s*[\]〕）)】]?\s*年?\s*第?\s*"
    r"(?P<number>\d{1,4})(?!\d|\s*月)\s*号?"
    # 不可靠实体清单工作机制〔2025〕9号: a document number without 公告
    rf"|[\[〔【]\s*(?P<byear>{_YEAR})\s*[\]〕】]\s*第?\s*(?P<bnumber>\d{{1,4}})(?!\d)\s*号)"
)
_ISSUER_TOKEN_RE = re.compile(rf"{_ISSUER_ALT}|{_GENERIC_ISSUER}")
ISSUER_SPLIT_RE = re.compile(_ISSUER_ALT)


def split_issuers(chain: str) -> tuple[str, ...]:
    """The issuing bodies named in a chain such as 商务部 海关总署 国家国防科工局 中央军委装备发展部."""
    return tuple(_ISSUER_TOKEN_RE.findall(chain))


_CN_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO_DATE_RE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
_COMPACT_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")

# 本公告自2025年11月8日起正式实施 / 本决定自公布之日起施行 / 自即日起实施
# 自2025年4月10日12时01分起实施 (the Unreliable Entity List prints the minute); a decision taking
# effect on a date (中方决定自2025年11月10日起，继续暂停…) states its date the same way.
_EFFECTIVE_DATE_RE = re.compile(
    r"(?:本公告|本决定|本办法|本规定|上述措施|本清单)?[^。\n]{0,40}?自\s*"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*(?:\d{1,2}|零)\s*[时点](?:\s*\d{1,2}\s*分)?)?"
    # (本公告自2064年7月1日起与《清单》同步施行: in force with another text, on the printed day)
    r"\s*起\s*(?:与[^,，。;；\n]{1,30}?(?:同步|同时|一并|一同))?\s*(?:正式)?\s*(?:施行|实施|执行|生效)"
    r"|决定\s*自\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起"
)
_EFFECTIVE_PUBLICATION_RE = re.compile(
    r"(?:本公告|本决定|本办法|本规定)[^。\n]{0,20}?自\s*(?:公告)?(?:本公告)?(?:公布|发布|印发|公告)之日起\s*(?:正式)?\s*(?:施行|实施|执行|生效)"
    r"|(?:本公告|本决定)[^。\n]{0,10}?自即日起\s*(?:正式)?\s*(?:施行|实施|执行|生效)"
    # 其他规定自公布之日起 / 第一条第（三）项及其余各条自公布之日起实施: the rest is in force at once
    r"|(?:其他|其余)[^。，,\n]{0,6}?自\s*(?:公布|发布|印发)之日起"
)
# (…第72号已决定自2025年11月9日起… is what an earlier notice decided: not this one's)
# (…经商务部、海关总署公告2025年第70号决定自2025年11月7日起暂停实施…: what that notice decided, too)
_OWN_TEXT_RE = re.compile(r"本公告|本决定|本办法|本规定|本清单|上述措施|(?<![已曾经号的])决定")
_CLAUSE_DATED_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?本公告\s*第[一二三四五六七八九十]+(?:条|款)"
)
_EFFECTIVE_AFTER_RE = re.compile(
    r"(?:本公告|本决定|本办法|本规定)[^。\n]{0,20}?自\s*(?:公布|发布|印发)之日起\s*"
    r"(?:满\s*)?(?P<period>\d{1,3}\s*(?:日|天|个月))\s*(?:后|以后)?\s*(?:正式)?\s*(?:施行|实施|执行|生效)"
)
# 本公告第一款自2027年1月22日起正式实施，第三款自公布之日起施行 / …。第三条、第四条自发布之日起生效: a clause of
# this notice named by its number, in force on publication (a target's clause is cited with its notice, and
# what ends it, 不再执行 / 停止执行, is no coming into force).
_CLAUSE_ON_PUBLICATION_RE = re.compile(
    # (本公告自2028年7月1日起施行，其中第三条、第四条自公布之日起施行: the exception named after 其中)
    # (本公告自…起施行。其中，第一条第（二）项自公布之日起施行: the same after a full stop; …第1项至第4项自…起施行；第5项、
    # 第6项自本公告公布之日起施行: the items of its annex, after a ；)
    r"(?:本公告[^。\n]{0,60}?(?:[，,;；]|。\s*(?=其中|但))\s*(?:其中|但)?\s*[，,]?"
    r"|(?:^|(?<=[。\n;；]))\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?)\s*"
    # (二、附件第二部分所列删除的条目，自本公告公布之日起施行: a part of its annex, the comma before 自)
    r"(?:附件\s*\d{0,2}\s*)?第(?:[一二三四五六七八九十]+|\d{1,3})(?:条|款|项|部分)[^，,;；。\n]{0,24}?[，,]?\s*"
    r"自\s*(?:本公告)?(?:公布|发布|印发)之日起\s*(?:正式)?\s*(?:施行|实施|执行|生效)"
)
# 本公告第一条、第二条自2025年12月1日起正式实施 (2025 No. 61 brings clauses in force on different days);
# a run of clauses may be printed by its ends (第一条至第三条, 第一至三条).
# (本公告第一条所列调整，自2040年7月1日起施行: the clause named with what it does)
# (…第一条、第二条自公布之日起30日后施行: a period after publication, the clause in force the day after it ends)
_AFTER_PERIOD = r"(?:\s*(?:满\s*)?(\d{1,3}\s*(?:日|天|个月))\s*(?:后|以后))?"
_CLAUSE_EFFECTIVE_RE = re.compile(
    # (本决定第一条、第四条自2027年7月1日起施行: a decision dates its clauses the same way)
    r"本(?:公告|决定)\s*((?:第[一二三四五六七八九十]+(?:条|款|项)?\s*(?:(?:至|到|—|-|~|～)\s*第?[一二三四五六七八九十]+"
    r"(?:条|款|项))?[、和及,，]?\s*)+)(?:(?:所列|所作|规定)的?(?:调整|修改|更正|事项|内容)\s*[,，]?\s*)?自\s*"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起"
    + _AFTER_PERIOD
)
_CLAUSE_EFFECTIVE_TAIL_RE = re.compile(
    r"[,，;；]\s*(?:其中|但)?\s*((?:第[一二三四五六七八九十]+(?:条|款|项)?\s*(?:(?:至|到|—|-|~|～)\s*第?[一二三四五六七八九十]+"
    r"(?:条|款|项))?[、和及]?\s*)+)自\s*"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起"
    + _AFTER_PERIOD
    + r"\s*(?:正式)?(?:施行|实施|生效)"
)
# …施行，其中第一条第（二）项自公布之日起施行: one point of this notice's clause in force on its own day (keyed 一/(二))
# (本公告第一条第（一）项、第（二）项自公布之日起施行，第一条第（三）项、第（四）项自2038年8月1日起施行: runs of points, the
# second after a comma in the same sentence)
_POINT_LABEL = r"(?:\(\s*[一二三四五六七八九十]+\s*\)|\d{1,2}(?![\d.]))"
_POINT_EFFECTIVE_RE = re.compile(
    r"(?:本公告|本决定|其中|[,，。;；、]\s*|^\s*)\s*第([一二三四五六七八九十]+)(?:条|款)"
    # (第二条第1项、第2项自…: points numbered in Arabic, keyed 二/1)
    rf"((?:\s*[、和及]?\s*第?\s*{_POINT_LABEL}\s*项)+)"
    # (第一条第（二）项、第二条第（二）项所作修改，自公布之日起施行: two points of two clauses, and what they do)
    r"(?P<more>(?:\s*[、和及]\s*第[一二三四五六七八九十]+(?:条|款)\s*第?\s*\(\s*[一二三四五六七八九十]+\s*\)\s*项)*)"
    r"\s*(?:(?:所列|所作|规定)的?(?:调整|修改|更正|事项|内容)\s*[,，]?\s*)?自\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起"
    r"(?=\s*(?:正式)?(?:施行|实施|生效))"
)
# (…第二条第1项、第2项自公布之日起施行，第3项自2044年9月1日起施行: a run after the comma naming points only is the
# clause's the run before it named)
_POINT_CONTINUED_RE = re.compile(
    rf"\s*[,，;；]\s*((?:\s*[、和及]?\s*第?\s*{_POINT_LABEL}\s*项)+)\s*自\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起"
    r"(?=\s*(?:正式)?(?:施行|实施|生效|执行))"
)
_EFFECT_VERB_RE = re.compile(r"\s*(?:正式)?(?:施行|实施|生效|执行)")
# 本公告第四条自公布之日起施行，其余各条自2027年1月1日起施行: the clauses not named take the date printed for
# "the rest"; they are keyed under REST_OF_CLAUSES.
REST_OF_CLAUSES = "其余"
# (…第二条第（二）项自公布之日起施行，其余规定自2027年6月1日起施行: the rest named as provisions, not clauses)
_OWN_CLAUSE_DATE_RE = re.compile(
    r"^\s*(?P<clause>[一二三四五六七八九十]{1,3})\s*[、.][^\n]*?本(?:条|款)(?!\s*第)[^。;；\n]{0,12}?自\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起\s*"
    r"(?:生效|施行|实施|适用|执行)",
    re.MULTILINE,
)
_CLAUSE_REST_RE = re.compile(
    r"(?:其余|其他|其它)\s*(?:各\s*)?(?:条|款|项|条款|规定|内容|修改|事项)\s*(?:均|则)?\s*自\s*"
    r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:本公告)?(?:公布|发布|印发)之日)\s*起"
)
_WHOLE_NOTICE_DATE_RE = re.compile(
    r"本公告\s*自\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:正式)?\s*(?:施行|实施|生效)\s*"
    # (…起施行。第一条第（二）项、第二条第（二）项所作修改，自公布之日起施行: the exception as a sentence of its own)
    r"(?:[,，;；]|。\s*(?=其中|但|第))\s*(?:其中|但)?\s*[,，]?\s*第[一二三四五六七八九十]+(?:条|款|项)"
)
_CLAUSE_NUMERAL_RE = re.compile(
    r"第([一二三四五六七八九十]+)(?:条|款|项)?(?:\s*(?:至|到|—|-|~|～)\s*第?([一二三四五六七八九十]+)(?:条|款|项))?"
)
_CN_UNITS = "一二三四五六七八九"


def cn_numeral(value: int) -> str:
    """12 → 十二, 20 → 二十: the inverse of `cn_number` for the clause numbers a notice prints (1–99)."""
    tens, units = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_UNITS[tens - 1] + "十")
    return head + (_CN_UNITS[units - 1] if units else "")


_CN_DIGIT = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_YEAR_RE = re.compile(r"([〇零○一二三四五六七八九]{4})(?=\s*年)")
_CN_ORDINAL_RE = re.compile(r"(?<=第)([一二三四五六七八九十百零〇]{1,6})(?=\s*号)")


def cn_number(text: str) -> int:
    """一百二十 → 120, 十六 → 16, 两 → 2: the numerals MOFCOM uses in order numbers and counts."""
    total, current = 0, 0
    for char in text:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGIT.get(char, 0)
    return total + current


# A share printed in words (百分之零点一, 百分之二十五, 千分之一, 百分之0.1): the whole part may be a numeral
# with 十/百, the decimals after 点 are read digit by digit.
_CN_SHARE_RE = re.compile(
    r"(?P<per>百|千|万)分之\s*(?:(?P<digits>\d+(?:\.\d+)?)|(?P<whole>[〇零○一二两三四五六七八九十百]+)"
    r"(?:点(?P<decimals>[〇零○一二三四五六七八九]+))?)"
)


# The same share broken over two lines by a PDF's width (百分之零\n点一); a run never takes the number of
# the clause printed after it (…百分之十\n二、…).
_CN_SHARE_SPAN_RE = re.compile(
    r"[百千万]\s*分\s*之(?:\s*[\d.〇零○一二两三四五六七八九十百点])+(?![\d.〇零○一二两三四五六七八九十百点、])"
)


def percent_figures(text: str) -> str:
    """`text` with every share printed in words as a percentage in digits (百分之零点一 → 0.1%,
    千分之五 → 0.5%, 万分之五 → 0.05%), so one pattern reads a value share however the notice prints it."""
    text = _CN_SHARE_SPAN_RE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text)

    def figure(match: re.Match[str]) -> str:
        if match.group("digits"):
            value = float(match.group("digits"))
        else:
            decimals = "".join(str(_CN_DIGIT[c]) for c in match.group("decimals") or "")
            value = float(f"{cn_number(match.group('whole'))}.{decimals or 0}")
        value /= {"百": 1, "千": 10, "万": 100}[match.group("per")]
        return f"{round(value, 9):g}%"

    return _CN_SHARE_RE.sub(figure, text)


# One level of round brackets, full- or half-width.
_BRACKETED_RE = re.compile(r"[（(][^（()）]*[）)]")


def mask_brackets(text: str) -> str:
    """`text` with every bracketed part blanked out, same length: a comma or 、 inside （…） is not a
    separator of the sentence around it, and positions in the mask are positions in the text."""
    return _BRACKETED_RE.sub(lambda m: "\0" * len(m.group(0)), text)


def arabic_numbers(text: str) -> str:
    """Years and ordinals written in Chinese numerals (商务部令二〇二五年第六号) as digits."""
    text = _CN_YEAR_RE.sub(lambda m: "".join(str(_CN_DIGIT[c]) for c in m.group(1)), text)
    return _CN_ORDINAL_RE.sub(lambda m: str(cn_number(m.group(1))), text)


def nfkc(text: str) -> str:
    """Half-width view of a string: MOFCOM originals are full-width, captured copies half-width."""
    # Each reader (metadata, parties, rules, relations, dates) normalizes the same lines and the same
    # body again: a few hundred normalizations a page, so the recent ones are kept.
    if len(text) <= _NFKC_LINE:
        return _nfkc_line(text)
    return _nfkc_text(text)


_NFKC_LINE = 300  # characters: a line (memo of thousands), or a whole body (memo of a few)


@functools.lru_cache(maxsize=8192)
def _nfkc_line(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@functools.lru_cache(maxsize=4)
def _nfkc_text(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def parse_notice_number(text: str) -> NoticeNumber | None:
    """The first notice number printed in `text`, normalized; None when there is none."""
    match = NUMBER_RE.search(arabic_numbers(nfkc(text)))
    if match is None:
        return None
    issuers = split_issuers(match.group("issuers"))
    if match.group("series"):
        series, year, number = match.group("series"), match.group("year"), match.group("number")
    else:
        series, year, number = "公告", match.group("byear"), match.group("bnumber")
    return NoticeNumber(issuers=issuers, series=series, year=int(year), number=int(number))


# 公告2026年第1059号 (a 发布文号 or title printing no issuer): the series of the body that publishes the page
_BARE_NUMBER_RE = re.compile(
    r"^\s*(?P<series>公告|令)\s*(?P<year>(?:19|20)\d{2})\s*年?\s*第\s*(?P<number>\d{1,4})\s*号"
)


def parse_bare_number(text: str, unit: str | None) -> NoticeNumber | None:
    """A number printed without its issuers, given those of the unit the page names as its source (商务部 海关总署),
    or MOFCOM's, whose site it is: the key comes from the number and the lead issuer (MOFCOM-2026-1059)."""
    match = _BARE_NUMBER_RE.match(arabic_numbers(nfkc(text)))
    if match is None:
        return None
    issuers = split_issuers(nfkc(unit or "")) or ("商务部",)
    return NoticeNumber(issuers, match.group("series"), int(match.group("year")), int(match.group("number")))


def parse_date(text: str) -> dt.date | None:
    """A date printed as 2025年04月04日, 2025-04-04 or 20251009; None when absent or impossible."""
    text = nfkc(text)
    for pattern in (_CN_DATE_RE, _ISO_DATE_RE, _COMPACT_DATE_RE):
        match = pattern.search(text)
        if match:
            try:
                return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def parse_effective(body: str, published_on: dt.date | None) -> tuple[dt.date | None, EffectiveRule | None]:
    """The date a notice takes effect, from its closing clause.

    Returns (date, rule) where rule is "date" (a printed date), "on_publication" (自公布之日起 /
    自即日起, resolved to `published_on`; the date is None when that is unknown) or None when the
    notice states nothing. When several dated clauses exist (2025 No. 61 brings parts in force on
    different days) the earliest wins: the notice is in force, at least in part, from then.
    """
    text = nfkc(body)
    dates = []
    clause_dates = 0  # dates printed for one clause of this notice (本公告第一条自2038年1月1日起施行)
    for match in _EFFECTIVE_DATE_RE.finditer(text):
        date = parse_date(match.group(1) or match.group(2))
        # …2024年第51号公告…自2024年12月1日起施行: a day before publication, not said of this notice (本公告…),
        # is an earlier notice's, told as history (a repost's page date may be later than 本公告's own day)
        own = _OWN_TEXT_RE.search(match.group(0)) and not re.search(
            r"[已曾经号]$", text[max(0, match.start() - 2) : match.start()]
        )
        if date is not None and (own or published_on is None or date >= published_on):
            if (
                published_on is not None
                and date < published_on
                and _told_before(text, match.start(), published_on)
            ):
                continue  # 2025年11月5日，商务部决定自2025年11月10日起…: an earlier decision, told as history
            dates.append(date)
            clause_dates += bool(_CLAUSE_DATED_RE.match(match.group(0)))
    # 本公告自发布之日起30日后施行: in force the day after the period has run
    later = _EFFECTIVE_AFTER_RE.search(text) if published_on is not None else None
    day_after = _day_after_period(published_on, later.group("period")) if later and published_on else None
    if day_after is not None:
        dates.append(day_after)
    on_publication = bool(_EFFECTIVE_PUBLICATION_RE.search(text) or _CLAUSE_ON_PUBLICATION_RE.search(text))
    # 四、本公告第一条自2038年1月1日起施行。 and no day for the notice or the rest of it: the clauses not named are
    # in force on publication, as any text without a day of its own is
    on_publication = on_publication or (
        bool(dates) and clause_dates == len(dates) and not _CLAUSE_REST_RE.search(text)
    )
    if on_publication and published_on is not None:
        dates.append(published_on)
    if not dates:
        # 自公布之日起 on a page whose publication date is unknown: the rule is stated, the date is not.
        return None, ("on_publication" if on_publication else None)
    earliest = min(dates)
    rule: EffectiveRule = "on_publication" if on_publication and earliest == published_on else "date"
    return earliest, rule


_SENTENCE_DATE_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*[,，]"
)


def _told_before(text: str, at: int, published_on: dt.date) -> bool:
    """Whether the sentence holding `at` opens on a day before publication (2025年11月5日，商务部决定…), or on a
    month before publication's (…；2025年11月，商务部决定自2025年11月10日起…: one part of a sentence telling)."""
    start = max(text.rfind(mark, 0, at) for mark in ("。", "\n", "；", ";")) + 1
    opening = _SENTENCE_DATE_RE.match(text, start)
    if opening is None:
        return False
    day = parse_date(opening.group(1))
    if day is not None:
        return day < published_on
    month = re.match(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月", opening.group(1))
    return month is not None and (int(month.group(1)), int(month.group(2))) < (
        published_on.year,
        published_on.month,
    )


# 四、本公告自商务部 海关总署 国家原子能机构公告2026年第808号施行之日起施行: in force on another notice's day of force
IN_FORCE_WITH_RE = re.compile(
    r"本(?:公告|决定)\s*(?:各条)?\s*自\s*(?P<ref>[^。;；,，]{2,60}?号)\s*(?:公告)?\s*(?:施行|实施|生效)之日起\s*"
    r"(?:施行|实施|生效|执行)"
)


def parse_effective_with(body: str) -> NoticeNumber | None:
    """The notice whose day of force is this one's (本公告自…第808号施行之日起施行): a day this notice does
    not print, known only to a reader of that notice (parsers/chains.py dates it)."""
    tied = IN_FORCE_WITH_RE.search(nfkc(body))
    return parse_notice_number(tied.group("ref")) if tied is not None else None


def parse_clause_effective(body: str, published_on: dt.date | None = None) -> dict[str, dt.date]:
    """Clause-specific effective dates, keyed by the clause numeral (二 for 第二条), and the date of the
    clauses not named under REST_OF_CLAUSES. A clause in force on publication (第四条自公布之日起施行) is
    dated only when `published_on` is given."""
    dates: dict[str, dt.date] = {}
    text = nfkc(body)
    for rest in _CLAUSE_REST_RE.finditer(text):
        printed = rest.group(1)
        date = parse_date(printed) if printed[0].isdigit() else published_on
        if date is not None:
            dates.setdefault(REST_OF_CLAUSES, date)
    # 本公告自2027年1月1日起施行，第三条自2026年12月1日起施行: the notice's own day is that of every clause
    # not named (the earliest day of all is only when the notice is first in force, in part)
    whole = _WHOLE_NOTICE_DATE_RE.search(text)
    if whole is not None and (day := parse_date(whole.group(1))) is not None:
        dates.setdefault(REST_OF_CLAUSES, day)
    matches = list(_CLAUSE_EFFECTIVE_RE.finditer(text))
    for match in _CLAUSE_EFFECTIVE_TAIL_RE.finditer(text):
        # 本公告第一款、第三款自公布之日起施行，第二款自2026年6月1日起施行: the clauses after the comma are
        # this notice's too, when the sentence began with 本公告
        opened = max(text.rfind("。", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        if "本公告" in text[opened : match.start()] or "本决定" in text[opened : match.start()]:
            matches.append(match)
    for match in matches:
        date = _clause_day(match, published_on)
        if date is None:
            continue
        for first, last in _CLAUSE_NUMERAL_RE.findall(match.group(1)):
            low = cn_number(first)
            for value in range(low, max(low, cn_number(last or first)) + 1):
                dates.setdefault(cn_numeral(value), date)
    return {**_point_dates(text, published_on), **_own_clause_dates(text, published_on), **dates}


def _clause_day(match: re.Match[str], published_on: dt.date | None) -> dt.date | None:
    """The day a clause named by `_CLAUSE_EFFECTIVE_RE` is in force: its printed day, publication, or the day after a period
    from publication has run (自公布之日起30日后施行)."""
    printed = match.group(2)
    if printed[0].isdigit():
        return parse_date(printed)
    if published_on is None or not match.group(3):
        return published_on
    return _day_after_period(published_on, match.group(3))


def _day_after_period(published_on: dt.date, period: str) -> dt.date | None:
    """自发布之日起30日后施行: in force the day after the period has run, counted as 民法典 counts it (the day of
    publication not counted)."""
    period_end = duration_end(published_on, period)
    return period_end + dt.timedelta(days=1) if period_end is not None else None


def _own_clause_dates(text: str, published_on: dt.date | None) -> dict[str, dt.date]:
    """二、…更正为“…”。本条所作更正，自本公告公布之日起生效: a clause dating itself, on its own line."""
    dates: dict[str, dt.date] = {}
    # (…修改为：“三、本条所列物项自2026年1月1日起…”: the target's words, quoted, date nothing of this notice)
    text = re.sub(r"“[^“”]*”", lambda m: "〼" * len(m.group(0)), text)
    for own in _OWN_CLAUSE_DATE_RE.finditer(text):
        printed = own.group("date")
        date = parse_date(printed) if printed[0].isdigit() else published_on
        if date is not None:
            dates.setdefault(own.group("clause"), date)
    return dates


def _point_dates(text: str, published_on: dt.date | None) -> dict[str, dt.date]:
    """Points of this notice's clauses in force on a day of their own, keyed 一/(二) (or 二/3 for Arabic points)."""
    dates: dict[str, dt.date] = {}
    for point in _POINT_EFFECTIVE_RE.finditer(text):
        clause = point.group(1)
        # (第一条第（二）项、第二条第（二）项所作修改: points of more clauses, on the run's day)
        more = re.findall(
            r"第([一二三四五六七八九十]+)(?:条|款)\s*第?\s*\(\s*([一二三四五六七八九十]+)\s*\)",
            point.group("more"),
        )
        runs = [(point.group(2), point.group("date"), more), *_continued_runs(text, point.end())]
        for run, printed, others in runs:
            date = parse_date(printed) if printed[0].isdigit() else published_on
            if date is None:
                continue
            for sub, arabic in re.findall(r"\(\s*([一二三四五六七八九十]+)\s*\)|(\d{1,2})", run):
                dates.setdefault(f"{clause}/({sub})" if sub else f"{clause}/{arabic}", date)
            for other, sub in others:
                dates.setdefault(f"{other}/({sub})", date)
    return dates


def _continued_runs(text: str, end: int) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The runs of points printed after a dated run, each with its printed day (…施行，第3项自…起施行)."""
    runs: list[tuple[str, str, list[tuple[str, str]]]] = []
    while (verb := _EFFECT_VERB_RE.match(text, end)) is not None and (
        continued := _POINT_CONTINUED_RE.match(text, verb.end())
    ) is not None:
        runs.append((continued.group(1), continued.group("date"), []))
        end = continued.end()
    return runs


# 90天, 一年, 6个月: a window stated as a duration (never the 年 of a date: no digit may precede it)
# The count may be written in Chinese numerals of any size (十二个月, 十八个月, 九十天, 一百八十天); a
# numeral preceded by 第 or a digit is an ordinal or part of a date, not a count.
DURATION_RE = re.compile(
    r"(?<![\d年月第〇零一二两三四五六七八九十百])(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?P<unit>天|日|个月|年)"
    # …二〇二五年第6号 is a year of a number, not a period of years
    r"(?!\s*[\d第])"
)


def duration_end(start: dt.date, text: str) -> dt.date | None:
    """The last day of a window that `text` prints as a duration (`暂停实施…1年`, `90天`) from `start`.

    The convention is the one Chinese law uses to count periods (民法典 第二百零一条、第二百零二条): the
    start day is not counted, so N days end N days after `start`, and a period of years or months ends
    on the corresponding day of the last month (the month's last day when it has none). A year from
    2025-11-10 therefore runs to 2026-11-10, not 2026-11-09 — and that is what MOFCOM does: the one-year
    suspension from 2025-11-10 of the 2025 entity measures was reported as running to 2026-11-10, the
    date No. 70 of 2025 prints for its own window, and the 90 days from 2025-08-12 ended when the next
    decision took effect on 2025-11-10. None when no duration is printed.
    """
    match = DURATION_RE.search(text)
    if match is None:
        return None
    raw, unit = match.group("n"), match.group("unit")
    count = int(raw) if raw.isdigit() else cn_number(raw)
    if unit in ("天", "日"):
        return start + dt.timedelta(days=count)
    months = start.month - 1 + count * (12 if unit == "年" else 1)
    year, month = start.year + months // 12, months % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last_day))
