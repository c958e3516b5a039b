"""Parties: who a notice puts on (or takes off) the control list, the watch list or the UEL.

MOFCOM names parties three ways, and a notice may combine them:

* a numbered list, in the body or in an annex headed by the list's name, one party a line:
  `1. 通用动力公司（General Dynamics）`, sometimes followed by `地址：…` / `邮编：…` lines;
* one sentence: `决定将汉翔航空工业股份有限公司、…、攻卫股份有限公司等8家台湾地区实体列入出口管制管控
  名单` or, with the English printed beside each name, the UEL's `决定将…反无人机技术公司（Dedrone by
  Axon）、…列入不可靠实体清单`;
* an event on the parties of an earlier notice, named by date or number: `对于2025年4月4日被列入出口
  管制管控名单的16家美国实体，继续暂停上述相关措施90天` (a `PartyRef`, resolved by the warehouse).

The count a sentence states (`20家日本实体`) is reconciled against the parties found; a mismatch is
an `Issue`, never silently accepted. Names are returned in NFKC form (MOFCOM's full-width brackets
and commas become half-width); quotes stay verbatim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from parsers.model import Issue, NoticeKind, NoticeNumber
from parsers.numbers import (
    CONTROL_CODE,
    ISSUER_CHAIN,
    arabic_numbers,
    cn_number,
    duration_end,
    nfkc,
    parse_date,
    split_issuers,
)
from parsers.party_records import Party, PartyAction, PartyList, PartyRef
from parsers.printed_table import PAGE_NUMBER_RE, ditto_row

# (出口管制关注名单: the watch list named with the regime, as the control list is)
_LIST_ALT = "出口管制管控名单|管控名单|出口管制关注名单|关注名单|不可靠实体清单|反制清单"
_LIST_OF: dict[str, PartyList] = {
    "出口管制管控名单": "control_list",
    "管控名单": "control_list",
    "出口管制关注名单": "watch_list",
    "关注名单": "watch_list",
    "不可靠实体清单": "unreliable_entity_list",
    # 反制清单: countermeasures under the Anti-Foreign Sanctions Law (商务部令二〇二五年第6号)
    "反制清单": "countermeasure_list",
}
LIST_LABELS_ZH: dict[str, str] = {
    "control_list": "出口管制管控名单",
    "watch_list": "关注名单",
    "unreliable_entity_list": "不可靠实体清单",
    "countermeasure_list": "反制清单",
}
LIST_LABELS_EN: dict[str, str] = {
    "control_list": "Export Control List",
    "watch_list": "Export Control Watch List",
    "unreliable_entity_list": "Unreliable Entity List",
    "countermeasure_list": "Countermeasure List (Anti-Foreign Sanctions Law)",
}

_DATE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# The names never run over another decision of the same sentence (将A列入…，将B移出…): each match
# starts at the 将 nearest its verb.
# A listing followed by 的 (将2026年3月18日列入管控名单的甲公司移出…) describes a party's earlier listing,
# it decides none: it is no listing, and a removal's names may carry it.
# A decision's own 将 (决定将其…, 现将上述…) ends any earlier 将 (存在将两用物项转用于…的风险，决定将其移出).
_DECIDING_WILL = r"(?:决定|现)将|将(?=\s*(?:其|上述|以上|前述))"
_LISTING_RE = re.compile(
    # (将已列入不可靠实体清单的甲公司等3家美国实体列入出口管制管控名单: the list it is already on, before its name)
    rf"将(?P<names>(?:(?!移出|列入(?!(?:{_LIST_ALT})的)|[,，]\s*(?:同时|并且|并|另)?\s*将|{_DECIDING_WILL})[^。；;])*?)"
    rf"列入(?P<list>{_LIST_ALT})(?!的)"
)
_REMOVAL_RE = re.compile(
    rf"将(?P<names>(?:(?!移出|列入(?!(?:{_LIST_ALT})?的)|[,，]\s*将|{_DECIDING_WILL})[^。；;])*?)(?:从|自)?(?P<list>{_LIST_ALT})?中?移出"
    # (…将其移出2026年第12号公告所附关注名单: the list named by the notice that annexed it)
    # (…移出商务部公告2026年第1537号附件所列关注名单: the same, said of its annex)
    # (…移出商务部公告2026年第2327号公布的关注名单: the notice that published it)
    rf"(?:(?:[^,，。；;()（）]{{0,24}}?号(?:公告)?(?:附件\s*\d?\s*)?(?:所(?:附|列)|公布|发布)的?)?(?P<list2>{_LIST_ALT}))?"
)
# 将甲公司从关注名单移出，并列入出口管制管控名单: the same names move onto another list.
# (…移出出口管制管控名单，同日列入关注名单: the move on the same day)
_MOVED_ONTO_RE = re.compile(
    rf"\s*[,，]?\s*(?:并|同时|并且|同日)?\s*(?:将其)?\s*列入(?P<list>{_LIST_ALT})(?!的)"
)
# …2026年3月18日列入出口管制管控名单的甲公司: the words before the name that say when it was listed.
# (…列入出口管制管控名单、2026年9月1日起暂停实施相关措施的甲公司: what happened to it since, told on)
_EARLIER_LISTING_RE = re.compile(
    rf"^.*?(?:被)?列入(?:{_LIST_ALT})(?:、[^、的,，]{{0,40}}?)?的\s*"
    # (关注名单中的英国实体甲公司: the list it is on, named before the party)
    rf"|^\s*(?:{_LIST_ALT})(?:中|内|所列)的?\s*"
    # (商务部公告2026年第2327号所附关注名单中的攻卫股份有限公司: the notice that annexed the list, before it)
    rf"|^[^,，。；;]{{0,30}}?\d{{1,4}}\s*号(?:公告)?\s*(?:所附|附件所列|公布)的?\s*(?:{_LIST_ALT})(?:中|内)的?\s*"
)
_LISTED_ON_RE = re.compile(rf"于\s*(?P<date>{_DATE})\s*$")
# A count of parties, in digits or Chinese numerals (28家, 两家).
_COUNT = r"\d{1,4}|[一二两三四五六七八九十]{1,3}"
# 28家美国实体 / 两家银行: a count and what was counted.
_COUNT_RE = re.compile(
    # (…等5家无法核实两用物项最终用户、最终用途的美国实体: a description of them, up to its 的, before the country)
    rf"(?P<n>{_COUNT})\s*(?:家|个|名)(?P<desc>[^,，()（）。;；]{{0,30}}?的)?(?P<country>[^、,()（）]{{0,12}}?)"
    r"(?:实体|企业|公司|机构|组织|银行)$"
)
# 欧盟UAB Urbo Bankas…: a Chinese word describing where names printed in Latin come from.
_LATIN_DESCRIPTOR_RE = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,6})(?=[A-Za-z])")
# …等3家美国实体和加拿大D公司: a join after a count that opens further names.
_FURTHER_NAMES_RE = re.compile(r"\s*(?:以及|和|及|与|、|[,，]\s*(?:以及|和|及)?)\s*(?=\S)")
_INNER_COUNT_RE = re.compile(
    r"(?P<n>\d{1,4})\s*(?:家|个|名)(?P<country>[^、,()（）A-Za-z]{0,12}?)(?:实体|企业|子公司|公司|机构|组织)"
)
# 部分无法核实最终用户的外国实体 / 若干…企业: a description of whom, naming no one (no bracket, no name)
_DESCRIBED_OBJECT_RE = re.compile(
    r"^(?:部分|一些|若干|一批|多家)[^()（）]*$|^[^()（）]*的(?:外国|境外|[\u4e00-\u9fff]{1,4}国)?(?:实体|企业|机构|组织|单位)$"
)
_NUMBERED_RE = re.compile(r"^\s*(?P<no>\d{1,3})\s*[.、]\s*(?P<rest>\S.*)$")
# 暂停实施措施的实体名单 / 停止实施措施并移出出口管制管控名单的实体名单: an attachment's table of parties titled for what is
# done to them, acted on in the body by the attachment's number
_ENTITY_TABLE_TITLE_RE = re.compile(
    r"^\s*[^|。；;，,]{0,40}?的[^|。；;，,]{0,8}?(?:实体|企业)(?:名单|清单|列表)?\s*$"
)
_HEADING_RE = re.compile(
    # (出口管制管控名单新增实体名单: the annex titled for the parties it adds)
    # (附表：列入关注名单的实体: a schedule titled for the list its parties join)
    # (一、列入关注名单的实体（按国家分列）: a clause of the notice heading the list printed under it)
    rf"^\s*(?:[一二三四五六七八九十]{{1,3}}\s*、\s*)?(?:(?:附件|附表)\s*\d*\s*[:：]?\s*)?(?:列入)?(?P<list>{_LIST_ALT})"
    rf"(?:(?:新增|增列|增补)(?:实体|企业)?(?:名单)?|的(?:实体|企业)(?:名单)?)?"
    # (一、列入关注名单的实体：: the heading closed by a colon)
    rf"\s*(?:[(（]\s*(?:{_DATE}|按[^()（）]{{1,8}}分列)\s*[)）])?\s*[:：]?\s*$"
)
# （一）美国实体 / 二、英国（2家） / 日本实体： — a sub-heading grouping a list's entries by country.
_REGION_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])?\s*"
    r"(?P<place>[\u4e00-\u9fff]{1,8}?)(?P<kind>实体|企业|机构|组织|公司)?"
    r"\s*(?:[(（]\s*(?:共\s*)?\d{1,3}\s*(?:家|个)\s*[)）]|共?\d{1,3}\s*(?:家|个))?\s*[:：]?\s*$"
)
_GROUP_PLACES = frozenset({"其他", "其它", "欧盟", "外国", "境外", "其他国家和地区"})
_ADDRESS_RE = re.compile(r"^\s*地址\s*[:：]\s*(?P<address>.+?)\s*$")
# (2 | 甲公司及其分支机构 | … then 分支机构：美国得克萨斯州…: where the branches are, on a line of its own — no party)
_BRANCH_ADDRESS_RE = re.compile(r"^\s*(?:分支机构|分公司|子公司)(?:地址|所在地)?\s*[:：]\s*\S")
_POSTCODE_RE = re.compile(r"^\s*邮编\s*[:：]\s*(?P<code>\S+?)\s*[;；。,，]?\s*$")
_INLINE_ADDRESS_RE = re.compile(
    r"[,，;；]?\s*地址\s*[:：]\s*(?P<address>.+?)(?:[,，;；]?\s*邮编\s*[:：]\s*(?P<code>[^\s,，;；。]+))?\s*[;；。]?\s*$"
)
# (…及其在澳大利亚、英国的分支机构: branches named by where they are)
_BRANCHES_RE = re.compile(r"及其(?:全部|所有)?(?:在[^,，。;；()（）]{1,20}?的)?(?:分支机构|分公司|子公司)")
_ALIAS_LABEL_RE = re.compile(r"^\s*(?:原名|曾用名|前称|又名|别名|亦称|也称|又称|简称)\s*[:：为]?\s*")
# 国家（地区）：土耳其 / 注册地：德国 on a line of its own under an entry: its country (别名：无 prints that it has no alias)
_COUNTRY_LINE_RE = re.compile(
    r"^\s*(?:国家|国别|注册地|注册国|所在国(?:家)?)\s*(?:[(（]\s*地区\s*[)）]|或地区)?\s*[:：]\s*(?P<country>[^;；。,，:：]{1,20}?)\s*[;；。]?\s*$"
)
_NO_ALIAS_RE = re.compile(r"^\s*(?:无|暂无|没有)\s*[;；。]?\s*$")
_ALIAS_TAIL_RE = re.compile(
    r"[,，;；]?\s*(?:原名|曾用名|前称|又名|别名|亦称|也称|又称)\s*[:：为]?\s*(?P<alias>[^,，;；]+)"
)
# Inside a bracket a 简称 is another name too (at the top level `（以下简称…）` is the notice's own
# shorthand, read only inside the bracket it opens).
_INNER_ALIAS_RE = re.compile(
    r"[,，;；]\s*(?:原名|曾用名|前称|又名|别名|亦称|也称|又称|简称)\s*[:：为]?\s*(?P<alias>[^,，;；]+)"
)
# a.k.a. / f/k/a / also known as anywhere; a bare `formerly` or `aka` only after a comma, or at the
# start before a colon (Akaflieg Formerly Works GmbH and AKA Holdings Inc. are one name each).
_LATIN_ALIAS_RE = re.compile(
    r"\s*[,;]\s*(?:aka|formerly(?:\s+known\s+as)?|trading\s+as)\b\s*:?\s*|^(?:aka|formerly|trading\s+as)\s*:\s*"
    r"|\s*[,;]?\s*(?<![A-Za-z])(?:a\.k\.a\.?|f/k/a|d/b/a|also\s+known\s+as|formerly\s+known\s+as|"
    r"doing\s+business\s+as)(?![A-Za-z])\s*:?\s*",
    re.IGNORECASE,
)
_TRAIL = " \t;；。,，、:："
_PARTY_WORDS_RE = re.compile(r"上述|该企业|该实体|该公司|^禁止其|列入关注名单实体|关注名单中实体|被列单")
_PROHIBITIVE_RE = re.compile(r"禁止|不得|不批准|不予批准|不予许可|不予|取消|限制|应当提交|书面承诺")
_NOT_MEASURE_RE = re.compile(r"违反|特殊情况|提出申请|移出|可以|未尽事宜|不受")
# …采取以下措施： / 向本公告第一条所列实体出口两用物项，应当遵守以下规定： — what follows binds dealings
# with the listed parties, clause by clause (the second shape only where the line names them).
_MEASURE_INTRO_RE = re.compile(
    r"(?:采取|实施)(?:以下|如下|下列)(?:处理|反制)?措施\s*[:：]?"
    r"|(?:所列|上述|前述)(?:实体|企业|公司)[^。;；]{0,30}?(?:遵守|执行|适用)(?:以下|如下|下列)规定\s*[:：]"
)
_MEASURE_START_RE = re.compile(r"^\s*(?:禁止|不得|不批准|不予|取消|限制)")
# 正在开展的相关（出口）活动应当立即停止 / 正在进行的…出口…须立即停止: what is under way with the listed
# parties must end now. It names no party, so it is theirs only beside a measure that does (the same
# line of a measure block, or the same sentence as a 禁止…上述实体 clause), never on its own.
_STOP_NOW_RE = re.compile(r"^正在(?:开展|进行)的?[^，,；;。]{0,30}?(?:应当|应|须|必须)立即停止$")
_CN_NUMBERING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.、])\s*"
)
_SENTENCE_RE = re.compile(r"[^。\n]+[。]?")
_CN_ITEM_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*、|[(（]\s*[一二三四五六七八九十]+\s*[)）])")

# The verbs of acts on listed parties, shared by the reader of adjustments and the reader of named acts.
_APPLY = r"(?:实施|执行|适用)"
# (对甲公司（…）增加采取以下反制措施：: the same, said of countermeasures)
_ADD_MEASURES = r"增加(?:采取)?(?:以下|如下|下列)?(?:处理|反制)?措施"
# (…自本公告发布之日起暂停对其实施该公告第一条规定的措施: the party named as its object first)
# (暂缓执行禁止向其出口两用物项的措施 / 中止实施: the same suspension, in the words of a deferral or of the law)
_SUSPEND_RE = re.compile(rf"继续(?:暂停|暂缓|中止)|(?:暂停|暂缓|中止)(?:对其)?{_APPLY}?")
_RESUME_RE = re.compile(rf"恢复{_APPLY}")
_END_RE = re.compile(
    r"停止(?:执行|实施)|停止[^,，。;；]{0,40}?措施|不再(?:执行|实施)|取消(?:相关|上述|有关)?(?:处理)?措施|解除(?:相关|上述)?措施"
)
_REF_DATE_RE = re.compile(
    rf"(?P<date>{_DATE})\s*(?:被)?列入(?P<list>{_LIST_ALT})的\s*(?P<n>\d{{1,4}})\s*家(?P<country>[^，,；;。的]{{0,8}}?)(?:实体|企业|公司)"
)
_REF_NUMBER_RE = re.compile(
    rf"(?P<issuers>(?:{ISSUER_CHAIN})?)\s*(?P<series>公告|令)?\s*(?:(?P<year>(?:19|20)\d{{2}})\s*年\s*第\s*(?P<number>\d{{1,4}})\s*号"
    r"|[〔\[【(（]\s*(?P<byear>(?:19|20)\d{2})\s*[〕\]】)）]\s*第?\s*(?P<bnumber>\d{1,4})\s*号)(?:公告)?"
)
_FROM_RE = re.compile(
    rf"自\s*(?:北京时间)?\s*(?P<from>即日|公布之日|发布之日|本公告发布之日|公告发布之日|{_DATE})\s*起"
)
_UNTIL_RE = re.compile(rf"(?:至|到)\s*(?P<until>{_DATE})")

# Countries and regions as MOFCOM prints them, with the ISO 3166 code used for subscriptions and
# the FollowTheMoney export. Longest first so that 中国台湾地区 wins over 台湾.
COUNTRY_CODES: dict[str, str] = {
    "中国台湾地区": "TW",
    "中国台湾": "TW",
    "台湾地区": "TW",
    "台湾": "TW",
    "美国": "US",
    "日本": "JP",
    "加拿大": "CA",
    "英国": "GB",
    "德国": "DE",
    "法国": "FR",
    "比利时": "BE",
    "捷克": "CZ",
    "以色列": "IL",
    "印度": "IN",
    "韩国": "KR",
    "澳大利亚": "AU",
    "荷兰": "NL",
    "瑞典": "SE",
    "立陶宛": "LT",
    "乌克兰": "UA",
    "俄罗斯": "RU",
    "波兰": "PL",
    "意大利": "IT",
    "西班牙": "ES",
    "新加坡": "SG",
    "挪威": "NO",
    "丹麦": "DK",
    "芬兰": "FI",
    "奥地利": "AT",
    "瑞士": "CH",
    "土耳其": "TR",
    "阿联酋": "AE",
    # (countries and regions entity lists of other ministries and the UEL have named, and their neighbours:
    # a country the table lacks stays glued to the party's name)
    "阿拉伯联合酋长国": "AE",
    "中国香港特别行政区": "HK",
    "中国香港": "HK",
    "香港特别行政区": "HK",
    "中国澳门": "MO",
    "新西兰": "NZ",
    "爱尔兰": "IE",
    "葡萄牙": "PT",
    "希腊": "GR",
    "匈牙利": "HU",
    "罗马尼亚": "RO",
    "保加利亚": "BG",
    "斯洛伐克": "SK",
    "斯洛文尼亚": "SI",
    "克罗地亚": "HR",
    "塞尔维亚": "RS",
    "爱沙尼亚": "EE",
    "拉脱维亚": "LV",
    "卢森堡": "LU",
    "塞浦路斯": "CY",
    "马耳他": "MT",
    "冰岛": "IS",
    "白俄罗斯": "BY",
    "格鲁吉亚": "GE",
    "哈萨克斯坦": "KZ",
    "乌兹别克斯坦": "UZ",
    "巴基斯坦": "PK",
    "孟加拉国": "BD",
    "斯里兰卡": "LK",
    "马来西亚": "MY",
    "印度尼西亚": "ID",
    "菲律宾": "PH",
    "越南": "VN",
    "泰国": "TH",
    "缅甸": "MM",
    "蒙古国": "MN",
    "沙特阿拉伯": "SA",
    "卡塔尔": "QA",
    "科威特": "KW",
    "阿曼": "OM",
    "巴林": "BH",
    "约旦": "JO",
    "伊朗": "IR",
    "伊拉克": "IQ",
    "埃及": "EG",
    "南非": "ZA",
    "尼日利亚": "NG",
    "肯尼亚": "KE",
    "巴西": "BR",
    "墨西哥": "MX",
    "阿根廷": "AR",
    "智利": "CL",
    "哥伦比亚": "CO",
    "秘鲁": "PE",
    "United States": "US",
    "USA": "US",
    "Japan": "JP",
    "Canada": "CA",
    "United Kingdom": "GB",
    "Germany": "DE",
    "France": "FR",
    "Belgium": "BE",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Israel": "IL",
    "Netherlands": "NL",
    "Poland": "PL",
    "Sweden": "SE",
    "Lithuania": "LT",
    "Ukraine": "UA",
}
_COUNTRY_NAMES = sorted(COUNTRY_CODES, key=len, reverse=True)
_CHINESE_COUNTRY_ALT = "|".join(re.escape(name) for name in _COUNTRY_NAMES if not name.isascii())
# Words that stand for parties without naming one: 一批美国实体, 上述实体, 有关企业
_NOT_A_NAME_RE = re.compile(
    # (…所列实体，即日起移出…: the day, no name)
    r"^(?:一批|部分|相关|有关|上述|以上|前述|下列|以下|如下|该|其|这些|此类|多家|\d+家|[,，]?\s*(?:自)?即日)"
    r"|^(?:其|上述实体|有关实体|上述企业)$"
    # (现决定对该企业增加…: a decision's words and an anaphor, no name)
    r"|^(?:现|经研究|经审查)?(?:决定)?(?:对|将)?\s*(?:该|上述|前述)(?:\d{1,3}\s*家|[两二三四五六七八九十]{1,3}\s*家)?[^()（）]{0,6}?"
    r"(?:企业|实体|公司|机构|单位)$"
    # (将…〔2025〕2号公告所列美国实体移出…: the parties of a notice, unnamed)
    r"|(?:公告|决定|清单|名单)[^()（）]{0,12}?所列[^()（）]{0,8}?(?:实体|企业|单位|组织|个人)$"
    # (将美国企业 / 美国实体: a country and a group word, cut from the name after it — 因美纳公司 opens on 因)
    r"|^(?:将|对)?\s*(?:"
    + "|".join(re.escape(name) for name in [*_COUNTRY_NAMES, "欧盟"])
    + r")(?:企业|实体|公司|机构)$"
)
# The English a name printed with a country prefix would carry if the prefix were part of the name
# (美国光子公司 = American Photonics): then the prefix stays.
_COUNTRY_IN_ENGLISH = {
    "美国": ("america", "u.s.", "us ", "united states"),
    "日本": ("japan", "nihon", "nippon"),
    "加拿大": ("canad",),
    "英国": ("brit", "united kingdom", "uk "),
    "德国": ("german",),
    "台湾地区": ("taiwan",),
}


@dataclass(frozen=True)
class PartyResult:
    parties: tuple[Party, ...]
    refs: tuple[PartyRef, ...]
    issues: tuple[Issue, ...]
    # NFKC lines naming parties or numbered under their measures (采取以下措施：), whitespace removed
    party_lines: frozenset[str] = field(default_factory=frozenset)

    def covers(self, line: str) -> bool:
        """Whether a (goods) entry line is in fact a party line: it must not become an item. Where the
        page broke the line, the breaks (and the spaces around them) are no part of it."""
        return _unspaced(nfkc(line)) in self.party_lines


def _unspaced(text: str) -> str:
    return _WHITESPACE_RE.sub("", text)


_WHITESPACE_RE = re.compile(r"\s+")


@dataclass
class _Line:
    text: str  # verbatim
    norm: str  # NFKC, read whole where the page broke it
    source: str
    index: int
    tail: str  # the last printed line of it, verbatim


@dataclass
class _Listing:
    list_name: PartyList
    action: PartyAction
    names: list[str]  # inline names, NFKC
    stated: int | None
    country: str | None
    expects_block: bool
    announces_block: bool  # 以下 / 见附件 / a closing colon: a list is printed after the sentence
    line: _Line
    sentence: str  # verbatim
    position: int
    # 将其移出关注名单，列入管控名单: the listing half of a move names the parties its removal names
    moved: bool = False
    # 工作机制于…发布公告，将甲公司列入…: names listed by an earlier notice, recalled here
    recap: bool = False
    # the country of each name, where one count covers only the names before it (A等2家美国实体和B)
    countries: list[str | None] | None = None


# A numbered entry of a party list: its line, its 地址/邮编 lines, its country sub-heading (the
# heading's line and the country it names) if any.
# A table row's entry also carries its cells by column role (zh, en, country, address, alias).
_Entry = tuple[_Line, list[_Line], tuple[_Line, str | None] | None, dict[str, str] | None]

# The header of a party table (`序号 | 中文名称 | 英文名称 | 国家/地区 | 地址`): each column's role.
_COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("en", re.compile(r"英文|English|外文", re.IGNORECASE)),
    ("alias", re.compile(r"别名|又名|曾用名|其他名称|简称")),
    ("country", re.compile(r"国家|地区|国别")),
    ("address", re.compile(r"地址")),
    ("zh", re.compile(r"名称|名字|实体|企业|机构")),
    # 实施日期 / 生效时间: the day the row's act takes effect (自本公告公布之日起, or a date)
    # (暂停期限 | 2037年9月1日至2038年2月28日: the row's window, its start first)
    ("date", re.compile(r"日期|时间|期限")),
    # 原列入名单 | 调整后名单: the list a row's party leaves and the one it joins, in two columns
    # (原列入名单及依据: the list with the notice and row that put the party on it)
    (
        "off_list",
        re.compile(
            r"^(?:原|原列入|原所在|原所列|调整前|调出)的?(?:所在)?名单(?:及(?:其)?(?:依据|来源|文号))?$"
        ),
    ),
    ("onto_list", re.compile(r"^(?:调整后|调入|现列入|新列入|拟列入)的?(?:所在)?名单$")),
    # 名单类别 | 处理方式: the list the row's party is on, beside what is done to it there (移出 / 暂停实施)
    ("list", re.compile(r"^(?:名单类别|名单类型|名单种类|所属名单)$")),
    # 调整事项 / 处理措施 / 所涉名单: what this notice does to the row's party (移出关注名单，列入管控名单)
    ("action", re.compile(r"调整|事项|措施|处理|名单|类别")),
)
# 对下列5家实体作如下调整： / 调整情况如下： — a table follows whose rows each say what is done to them
# (对下表所列实体，按照表中载明的处理事项…办理：: a table whose rows say what is done to each)
# (对下表所列3家实体所在名单予以调整，自2027年1月1日起执行：: the same, the rows' columns saying how)
# (对下表所列4家实体，暂停实施…。各实体的暂停期限以下表所载为准：: the act, then where each row's window is)
_TABLE_OF_ACTS_RE = re.compile(
    r"下表所列[^。\n]*?(?:实体|企业)[^。\n]*(?:表中|载明|处理事项|调整事项|(?:予以|作出?|进行)(?:相应)?(?:的)?(?:调整|处理))"
    r"[^。\n]*[:：][ \t]*$"
    # (一、对下表所列实体作出调整。: the same intro closed by a full stop, a clause of this notice's decision — not
    # 2026年，商务部先后依法对下表所列实体作出处理。, what was done before)
    r"|^\s*[一二三四五六七八九十]{1,3}\s*[、.]\s*(?:现|决定)?\s*对?\s*下表所列[^。\n]*?(?:实体|企业)[^。\n]*"
    r"(?:(?:予以|作出?|进行)(?:相应)?(?:的)?(?:调整|处理))[^。\n]*。[ \t]*$"
    r"|下表所列[^\n]{0,12}?(?:实体|企业)[^\n]{0,80}?以下表所(?:载|列)为准\s*[:：][ \t]*$",
    re.MULTILINE,  # (a notice's lines joined: the intro is any of them)
)
# (对下表所列实体分别作出相应调整：: the same, said of the table's rows)
_ADJUSTMENT_INTRO_RE = re.compile(
    r"(?:作出?|进行)(?:如下|以下|相应)(?:的)?(?:调整|处理)|(?:调整|处理)(?:情况)?如下|如下调整"
)
# In an action cell: each list a row's party leaves (从关注名单移出 / 移出关注名单) or joins (列入…).
_CELL_ACTION_RE = re.compile(
    rf"(?:从|自)?(?P<from>{_LIST_ALT})?中?移出(?P<from2>{_LIST_ALT})?|(?:列入|调入|转入|移入)(?P<onto>{_LIST_ALT})"
)


_GOODS_HEADER_RE = re.compile(r"物项|管制编码|HS|税则|商品|编码|规格|技术说明")


def _table_header(norm: str) -> dict[str, int] | None:
    """The column of each role in a party table's header row, or None if the line is no such header."""
    cells = [c.strip() for c in norm.split("|")]
    if len(cells) < 2 or _GOODS_HEADER_RE.search(norm):
        return None  # 序号 | 物项名称 | 管制编码 | HS编码: a goods table, whatever announced it
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        role = next((r for r, pattern in _COLUMN_ROLES if pattern.search(cell)), None)
        if role is not None and role not in columns and len(cell) <= 12:
            columns[role] = index
    return columns if "zh" in columns or "en" in columns else None


def _table_row(norm: str, columns: dict[str, int]) -> dict[str, str] | None:
    """A numbered data row's cells by role (`3 | 丙公司 | Gamma Ltd. | 英国`), else None."""
    cells = [c.strip() for c in norm.split("|")]
    if len(cells) < 2 or not re.fullmatch(r"\d{1,4}\s*[.、]?", cells[0]):
        return None
    found = _acted_on_its_list({role: cells[i] for role, i in columns.items() if i < len(cells) and cells[i]})
    if ("off_list" in found or "onto_list" in found) and "action" not in found:
        # (the move, said as its act; a blank 调整后名单 cell: a removal only)
        off, onto = found.pop("off_list", None), found.pop("onto_list", None)
        found["action"] = "，".join(
            x for x in (f"移出{off}" if off else "", f"列入{onto}" if onto else "") if x
        )
    return found if "zh" in found or "en" in found else None


# 暂停实施 / 移出 / 继续保留 printed in a row's own action cell (not an act the rows took from their intro)
_ROW_ACT_RE = re.compile(r"^\s*(?:暂停实施|暂停|恢复实施|移出|调出|继续保留|保留|不作调整)")


def _acted_on_its_list(found: dict[str, str]) -> dict[str, str]:
    """A row's act said without a list (移出 / 暂停实施) beside the list its party is on (名单类别 | 关注名单): the act on
    that list (移出关注名单 / 暂停实施关注名单措施); an act keeping the party as it is (继续保留) stays no act."""
    listed, action = found.pop("list", None), found.get("action")
    if listed is not None and action is None and re.search(r"移出|列入|调入|调出", listed):
        return {**found, "action": listed}  # (名单类别 | 移出关注名单，列入管控名单: the cell states the act)
    if listed is None or action is None or re.search(_LIST_ALT, nfkc(action)):
        return found
    if re.search(r"移出|调出", action):
        return {**found, "action": f"移出{listed}"}
    if re.search(r"暂停|中止|暂缓|恢复", action):
        return {**found, "action": f"{action}{listed}措施"}
    return found


# A party printed as labelled fields, one party a line (or a field a line, rejoined by _notice_lines):
# `（一）中文名称：甲公司；英文名称：Alpha Ltd.；别名：AL；国家（地区）：美国；地址：…。` — the fields in any
# order, each its cell role as a table's column would give it. NFKC has made every colon and bracket
# half-width before these are read.
_FIELD_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("zh", re.compile(r"(?:中文|实体|企业|机构|单位)?名称|中文名")),
    ("en", re.compile(r"(?:英文|外文)名称?")),
    ("alias", re.compile(r"别名|又名|曾用名|原名|前称|简称|亦称|也称|又称|其他名称")),
    ("country", re.compile(r"国家\(地区\)|国家(?:或|和|/)?地区|国家|地区|国别|所在国家?")),
    ("address", re.compile(r"(?:注册|办公|通讯)?地址")),
    ("postcode", re.compile(r"邮编|邮政编码")),
)
# A field's label, at the line's start or after the punctuation closing the field before it. Labels are
# Chinese (CAS号 and HS编码 too): `Division:` inside an English name is no field.
_FIELD_LABEL_RE = re.compile(r"(?:^|(?<=[;；。,，]))\s*(?P<label>[\u4e00-\u9fffA-Z()/]{2,12})\s*[:：]")
_RECORD_NUMBER_RE = re.compile(
    r"^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]+\s*[、.]|\d{1,3}\s*[.、])\s*"
)
# A goods line printed with labelled fields (名称：…；管制编码：…；CAS号：…) is no party.
_GOODS_LABEL_RE = re.compile(r"物项|编码|编号|税则|商品|规格|型号|CAS|HS|技术|参数|用途|纯度|含量")


def _field_role(label: str) -> str | None:
    return next((role for role, pattern in _FIELD_ROLES if pattern.fullmatch(label)), None)


def _record_fields(norm: str) -> list[tuple[str | None, str, str]]:
    """Each labelled field of a line, in order: its role (None for a label parties have no place for),
    its label and its value; [] when the line does not open on a label."""
    text = _RECORD_NUMBER_RE.sub("", norm, count=1)
    labels = list(_FIELD_LABEL_RE.finditer(text))
    if not labels or labels[0].start() != 0:
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [
        (_field_role(m.group("label")), m.group("label"), text[m.end() : end].strip(_TRAIL))
        for m, end in zip(labels, ends, strict=True)
    ]


def _record_cells(norm: str) -> dict[str, str] | None:
    """A labelled-field party line's cells by role (zh, en, alias, country, address), else None.

    It names a party only with a name field, and when its Chinese name ends as a name does or it says
    where the party is: `地址：…；邮编：…` is an entry's address
    line, `中文名称：六氟化钨；英文名称：Tungsten hexafluoride` a substance. A label no party field
    takes (统一社会信用代码) is left out; one a goods line prints (管制编码, CAS号) makes the line no party."""
    cells: dict[str, str] = {}
    for role, label, value in _record_fields(norm):
        if role is None:
            if _GOODS_LABEL_RE.search(label):
                return None
            continue
        if value:
            cells[role] = f"{cells[role]};{value}" if role in cells else value
    if not {"zh", "en"} & cells.keys():
        return None
    named = _NAME_END_RE.search(_BRANCHES_RE.sub("", cells.get("zh", "")).strip(_TRAIL))
    if not (named or "country" in cells or "address" in cells):
        return None
    postcode = cells.pop("postcode", None)
    if postcode:
        cells["address"] = (
            f"{cells['address']}, 邮编: {postcode}" if "address" in cells else f"邮编: {postcode}"
        )
    return cells


def country_code(country: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a printed country or region, else None."""
    if not country:
        return None
    text = nfkc(country).strip()
    if text.upper() in {v for v in COUNTRY_CODES.values()}:
        return text.upper()
    for name in _COUNTRY_NAMES:
        if name.lower() == text.lower():
            return COUNTRY_CODES[name]
    return None


# Every country name, longest first: the leftmost match, the longest at its place (Latin names as words, any case)
_COUNTRY_IN_RE = re.compile(
    "|".join(re.escape(name) if not name.isascii() else rf"\b{re.escape(name)}\b" for name in _COUNTRY_NAMES),
    re.IGNORECASE,
)
_COUNTRY_BY_LOWER = {name.lower(): name for name in _COUNTRY_NAMES}


def _country_in(text: str) -> str | None:
    """The country named first in `text` (德国/美国 → 德国), by where it stands, not by the list's order."""
    hit = _COUNTRY_IN_RE.search(text)
    return _COUNTRY_BY_LOWER[hit.group(0).lower()] if hit else None


def _top_level_groups(text: str) -> tuple[str, list[str]]:
    """Text outside parentheses, and the top-level parenthesised groups (nested ones kept inside)."""
    outside: list[str] = []
    groups: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char in "(（":
            if depth == 0:
                current = []
            else:
                current.append(char)
            depth += 1
        elif char in ")）" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append("".join(current))
            else:
                current.append(char)
        elif depth > 0:
            current.append(char)
        else:
            outside.append(char)
    if depth > 0:  # an unclosed bracket: keep the text rather than lose it
        outside.append("(" + "".join(current))
    return "".join(outside), groups


def _depth_at(text: str, position: int) -> int:
    depth = 0
    for char in text[:position]:
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
    return depth


def _without_latin_country(piece: str) -> str:
    word = _LATIN_DESCRIPTOR_RE.match(piece.strip())
    rest = piece.strip()[word.end() :] if word else ""
    # (美国PVH集团 keeps its prefix: a name half in Chinese is printed whole)
    if (
        word
        and _country_in(word.group("word"))
        and _is_latin(rest)
        and not re.search(r"[\u4e00-\u9fff]", rest)
    ):
        return rest
    return piece


def _is_latin(text: str) -> bool:
    # (digits are neither: 2025年11月5日 is no name printed in Latin, 3M Company is one)
    letters = [c for c in text if not c.isspace() and c not in ".,&-'/()" and not c.isdigit()]
    if sum(1 for c in letters if c.isascii() and c.isalpha()) < 2:
        return False
    latin = sum(1 for c in letters if c.isascii())
    return latin / len(letters) >= 0.6


_COMMA_AND_RE = re.compile(r"\s*(?:以及|及|和)(?!其)")
_LEADING_AND_RE = re.compile(r"^\s*(?:以及|及|和)(?!其)")


_LATIN_NAME = r"[\u4e00-\u9fff]{0,6}?[A-Za-z\u00c0-\u024f][\x20-\x7e\u00c0-\u024f]*?"


def _split_names(names: str) -> list[str]:
    """Split an inline list at 、 (and a final 和/及), outside brackets.

    A Chinese name may itself contain 、 (波音防务、空间与安全集团): when most names carry a printed
    English parenthesis, a piece without one is joined to the next.
    """
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for index, char in enumerate(names):
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        # (…及其分支机构，以及加拿大实体丙公司（…）: a comma before the last name's 以及)
        joined = char in ",，" and _COMMA_AND_RE.match(names, index + 1) is not None
        # (甲公司（…）及其在澳大利亚、英国的分支机构: places of its branches, one name)
        places = char == "、" and re.search(r"及其(?:全部|所有)?在[^、，,]*$", "".join(current))
        if (char == "、" or joined) and depth == 0 and not places:
            pieces.append("".join(current))
            current = []
            continue
        current.append(char)
    pieces.append("".join(current))
    pieces = [_LEADING_AND_RE.sub("", p).strip() for p in pieces if p.strip()]
    if pieces:
        pieces = [
            part
            for index, piece in enumerate(pieces)
            for part in _joined_pair(piece, last=index == len(pieces) - 1, alone=len(pieces) == 1)
        ]
    with_english = sum(1 for p in pieces if p.endswith((")", "）")) or _BRANCHES_RE.search(p))
    if with_english * 2 > len(pieces):
        merged: list[str] = []
        pending = ""
        for piece in pieces:
            candidate = f"{pending}、{piece}" if pending else piece
            # (a name printed in Latin alone is whole: Palantir Technologies Inc. before 英国企业乙公司（…）)
            if (
                piece.endswith((")", "）"))
                or _BRANCHES_RE.search(piece)
                or piece is pieces[-1]
                or _is_latin(piece)
            ):
                merged.append(candidate)
                pending = ""
            else:
                pending = candidate
        pieces = merged
    return pieces


def _joined_pair(piece: str, *, last: bool, alone: bool) -> list[str]:
    """One piece of a list, or the two names 和 joins in it: the last piece's pair (…、丙公司（…）和丁公司), and in
    a piece before the last a pair whose second name is bracketed or Latin (甲公司（…）和Palantir Technologies Inc.，以及
    英国企业乙公司（…） — 以及 opened the next piece)."""
    bracketed = re.match(r"^(?P<a>.+?[)）])\s*(?:和|及|以及)\s*(?P<b>(?!其).+)$", piece)
    # (拉脱维亚SIA Daugavmar Freight和爱沙尼亚Pärnuvik Terminal OÜ: each Latin name after its country)
    latin = re.match(rf"^(?P<a>{_LATIN_NAME})\s*(?:和|以及|及)\s*(?P<b>{_LATIN_NAME})$", piece)
    # …Hanwha Shipping Holdings LLC和HS USA Holdings Corp. (and two Latin names alone: A和B); two
    # names alone each with its English bracket (甲公司（Alpha）和乙公司（Beta）) are two as well.
    # (甲公司（Glendale Propulsion Inc.）和Sealark Maritime Systems, LLC: a name printed in Latin alone after 和, too)
    both_bracketed = bracketed is not None and (
        bracketed.group("b").endswith((")", "）")) or _is_latin(bracketed.group("b"))
    )
    if not last:
        match = bracketed if both_bracketed else None
    else:
        match = (bracketed if both_bracketed else latin) if alone else (bracketed or latin)
    return [match.group("a"), match.group("b")] if match else [piece]


@dataclass(frozen=True)
class _Name:
    name_zh: str
    name_en: str | None
    aliases: tuple[str, ...]
    branches: bool
    address: str | None
    country: str | None = None  # printed after the name's bracket: 甲公司（Alpha Inc.），美国


# 甲公司（Alpha Inc.），美国: a list may print each party's country after its bracket, as a table's cell would.
# (甲公司（Alpha Corp.）及其分支机构，加拿大: the branches named between the bracket and the country)
_COUNTRY_TAIL_RE = re.compile(r"(?:(?<=[)）])|(?<=分支机构))\s*[,，]\s*(?P<country>[^,，()（）]{2,12})$")


_LABELLED_COUNTRY_RE = re.compile(
    r"[,，;；]\s*(?:注册地|所在地|所在国|国别|国家(?:\s*\(\s*地区\s*\))?|国家或地区)\s*[:：]\s*(?P<country>[^,，;；()（）:：]{2,12})\s*$"
)


_LISTED_NOTE_RE = re.compile(
    r"[,，]\s*(?:于\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:被)?(?:列入|移入|调入)[^,，。;；()]{0,20}?(?:名单|清单)\s*$"
    # (甲物流公司（Alpha Logistics LLC），系甲技术公司的关联企业: what it is to another party, no part of its name)
    r"|[,，]\s*(?:系|为|是)[^,，。;；()]{1,40}?的\s*(?:关联(?:企业|公司|方)|子公司|母公司|控股(?:公司|股东)|附属(?:企业|公司))\s*$"
    # (甲株式会社（Alpha Ltd.），商务部公告2026年第12号附件所列第11项: the row an earlier notice listed it in)
    r"|[,，]\s*(?:原\s*)?(?:列入|列于)?[^,，。;；()（）]{0,30}?号(?:公告)?\s*(?:附件\s*\d{0,2})?\s*(?:所列|所附[^,，。;；]{0,8}?)?"
    r"\s*(?:第\s*\d{1,3}\s*项)?\s*[;；。]?\s*$"
    # (甲公司（Alpha Co., Ltd.）及其关联公司乙公司（…）: a related company named after the party is another party, not
    # part of this one's name — read as the party alone, the related one left unread)
    r"|(?<=[)）])\s*及其(?:关联公司|关联企业|子公司|控股子公司)\s*[^\s,，。;；].*$"
)


# （一）第3项 甲公司（…）/ 商务部公告2026年第12号附件第7项乙株式会社: the row of the list (and the notice) where the
# party stands, printed before its name — no part of it (（一）原附件第3项：甲株式会社（…）: the row it held in the annex
# it leaves)
_ROW_CITED_RE = re.compile(
    r"^(?:[^,，。；;()（）]{0,40}?\d{1,4}\s*号(?:公告)?\s*(?:附件\s*\d*)?\s*(?:所列)?\s*|(?:原\s*)?附件\s*\d{0,2}\s*)?第\s*\d{1,3}\s*项\s*(?:所列)?的?\s*[:：]?\s*(?=\S)"
)


def parse_party_name(text: str) -> _Name:  # noqa: C901 — name, English name and aliases in the bracket shapes entity lists use
    """`名称（English name）及其分支机构，地址：…，邮编：…` → its parts; NFKC in, NFKC out."""
    text = _ROW_CITED_RE.sub("", nfkc(text).strip()).strip(_TRAIL)
    if text.count("(") > text.count(")"):
        text += ")"  # 某公司（Some Co., Ltd. with the bracket never closed: the line's end closes it
    address = None
    located = _INLINE_ADDRESS_RE.search(text)
    if located:
        address = located.group("address").strip(_TRAIL)
        if located.group("code"):
            address = f"{address}, 邮编: {located.group('code')}"
        text = text[: located.start()].strip(_TRAIL)
    listed = _LISTED_NOTE_RE.search(text)
    if (
        listed
    ):  # 甲公司（Alpha Ltd.），2026年3月18日列入出口管制管控名单: when it was listed, no part of the name
        text = text[: listed.start()].strip(_TRAIL)
    country = None
    labelled_country = _LABELLED_COUNTRY_RE.search(text)
    if (
        labelled_country
    ):  # 甲公司（Alpha, LLC），注册地：美国: the country as a labelled field (注册地：美国特拉华州: 美国)
        country = _country_in(labelled_country.group("country"))
        text = text[: labelled_country.start()].strip(_TRAIL)
    tail_country = None if country else _COUNTRY_TAIL_RE.search(text)
    if tail_country and tail_country.group("country").strip() in COUNTRY_CODES:
        country = tail_country.group("country").strip()
        text = text[: tail_country.start()]
    branches = bool(_BRANCHES_RE.search(text))
    text = _BRANCHES_RE.sub("", text).strip(_TRAIL)
    aliases: list[str] = []
    tail = next((m for m in _ALIAS_TAIL_RE.finditer(text) if _depth_at(text, m.start()) == 0), None)
    if tail:  # 斯巴鲁株式会社（SUBARU Corporation），原名富士重工业株式会社
        aliases.append(tail.group("alias").strip(_TRAIL))
        text = text[: tail.start()].strip(_TRAIL)
    outside, groups = _top_level_groups(text)
    name_en = None
    for group in groups:
        for part in re.split(r"[;；]", group):
            part = part.strip(_TRAIL)
            if not part:
                continue
            inner = _INNER_ALIAS_RE.search(part)
            if inner and inner.start() > 0:  # （Grentor Defense Technologies LLC，又称Grentor DefTech）
                aliases.append(inner.group("alias").strip(_TRAIL))
                part = part[: inner.start()].strip(_TRAIL)
            # （Alpha Ltd., a.k.a. Beta Corp., f/k/a Gamma Inc.）: each marker starts another name
            latin, *others = _LATIN_ALIAS_RE.split(part)
            if others:
                aliases.extend(o.strip(_TRAIL) for o in others)
                part = latin.strip(_TRAIL)
                if not part:  # （AKA: Beta）: the bracket holds only another name
                    continue
            labelled = _ALIAS_LABEL_RE.match(part)
            if labelled:
                aliases.append(part[labelled.end() :].strip(_TRAIL))
            elif _is_latin(part) and name_en is None:
                name_en = " ".join(part.split())
            else:
                aliases.append(" ".join(part.split()))
    name_zh = " ".join(outside.split()).strip(_TRAIL)
    if not name_zh and name_en:  # printed in Latin letters only: that is its Chinese-text name too
        name_zh = name_en
    elif name_en is None and name_zh and _is_latin(name_zh):
        # Hanwha Shipping LLC: the printed name is the English name (Harborline Survey Services Inc.（又称…）: an alias beside)
        name_en = name_zh
    aliases_found = tuple(_unquote(a) for a in aliases if _unquote(a))
    return _Name(name_zh, name_en, aliases_found, branches, address, country)


def _count(printed: str) -> int:
    """28 → 28, 两 → 2, 十二 → 12."""
    return int(printed) if printed.isdigit() else cn_number(printed)


def _strip_description(piece: str) -> str:
    """`参与对台湾地区军售的环太平洋防务公司（…）` → the name after the last 的 before the brackets."""
    outside_head = re.split(r"[(（]", piece, maxsplit=1)[0]
    if "的" in outside_head:
        cut = outside_head.rfind("的") + 1
        return piece[cut:]
    return piece


def _strip_country_prefix(name: _Name) -> tuple[_Name, str | None]:
    for country in _COUNTRY_NAMES:
        if country.isascii() or not name.name_zh.startswith(country) or len(name.name_zh) <= len(country) + 1:
            continue
        english = _COUNTRY_IN_ENGLISH.get(country, ())
        # The name stays as printed (美国因美纳公司); the prefix also gives the country, unless it is
        # part of the firm's own name (美国光子公司, American Photonics).
        if name.name_en is not None and any(word in name.name_en.lower() + " " for word in english):
            return name, None
        return _undescribed(name, len(country)), country
    return name, None


# 日本实体北辰精机株式会社 / 美国企业甲公司: after the country, a word for what the party is (an entity, a firm)
# describes it; the name starts after it. A name that goes on for too little after the word (美国企业研究所
# keeps its own words) is left as printed.
_DESCRIPTOR_RE = re.compile(r"(?:实体|企业|机构|组织|单位)(?=\S{4})")


def _undescribed(name: _Name, after: int) -> _Name:
    described = _DESCRIPTOR_RE.match(name.name_zh, after)
    if described is None or not _NAME_END_RE.search(name.name_zh[described.end() :]):
        return name
    return replace(name, name_zh=name.name_zh[described.end() :])


def _measures(lines: Sequence[_Line]) -> tuple[list[str], list[str]]:
    """The measures the notice imposes on the parties, as printed (one clause each), and the lines of
    a measure block (each of its items bears on the parties, whatever it says: never a goods item).

    Two shapes: a block introduced by 采取以下（处理）措施： whose clauses follow (一、 二、 … or one
    unnumbered sentence), and, in watch-list notices, sentences about 上述实体 that forbid or oblige.
    """
    found: list[str] = []
    block_lines: list[str] = []
    in_block = False
    intro_level: str | None = None
    for line in lines:
        norm = line.norm.strip()
        intro = _MEASURE_INTRO_RE.search(norm)
        if intro:
            in_block = True
            intro_level = _numbering_level(norm)
            rest = norm[intro.end() :].strip()
            if rest:
                found.extend(_measure_clauses(rest, require_party=False))
            continue
        # 二、对上述实体采取以下措施： then （一）（二）: a line numbered like the intro (三、) is its next clause
        sibling = intro_level is not None and _numbering_level(norm) == intro_level
        if in_block and not sibling and (_CN_ITEM_RE.match(norm) or _MEASURE_START_RE.match(norm)):
            found.extend(_measure_clauses(norm, require_party=False))
            block_lines.append(norm)
            continue
        in_block = False
        for sentence in _SENTENCE_RE.findall(norm):
            if _PARTY_WORDS_RE.search(sentence):
                found.extend(_measure_clauses(sentence, require_party=True))
    unique: list[str] = []
    for measure in found:
        if measure not in unique:
            unique.append(measure)
    return unique, block_lines


def _numbering_level(norm: str) -> str | None:
    """`一、` → 、, `（一）` → (, an unnumbered line → None: which outline level a clause line is on."""
    numbered = _CN_ITEM_RE.match(norm)
    if numbered is None:
        return None
    return "(" if numbered.group(0).strip().startswith(("(", "（")) else "、"


# 2026年6月22日，商务部发布2026年第23号公告，将…列入…，并禁止向其出口…: an earlier notice's measure, told
# as history in a clause of this one, is none of this notice's.
_TOLD_ACT_RE = re.compile(r"发布[^,，;；。]{0,24}?(?:公告|决定|令)|曾于|已于")


def _measure_clauses(text: str, *, require_party: bool) -> list[str]:
    clauses: list[str] = []
    for raw in re.split(r"[;；。]", text):
        clause = _CN_NUMBERING_RE.sub("", raw.strip()).strip(_TRAIL)
        if _STOP_NOW_RE.match(clause):
            if clauses or not require_party:
                clauses.append(clause)
            continue
        if not clause or not _PROHIBITIVE_RE.search(clause) or _NOT_MEASURE_RE.search(clause):
            continue
        if re.search(rf"列入(?:{_LIST_ALT})$", clause) or "决定将" in clause or _TOLD_ACT_RE.search(clause):
            continue
        if require_party and not _PARTY_WORDS_RE.search(clause) and not clause.startswith("禁止"):
            continue
        clauses.append(clause)
    return clauses


def _window(
    sentence: str, published_on: dt.date | None, effective_on: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    start = effective_on or published_on
    starting = _FROM_RE.search(sentence)
    if starting:
        value = starting.group("from")
        start = parse_date(value) if value[0].isdigit() else (published_on or effective_on)
    until = None
    ending = _UNTIL_RE.search(sentence)
    if ending:
        until = parse_date(ending.group("until"))
    elif start is not None:  # a duration (1年, 90天): counted as parsers.numbers.duration_end says
        until = duration_end(start, sentence[starting.end() :] if starting else sentence)
    return start, until


def _action_segments(sentence: str) -> list[str]:
    """The parts of a sentence that each state one action on earlier parties.

    Parts end at ；, and a comma starts a new part when the clause after it states an action of its
    own: 继续暂停…7号相关措施1年，停止…5号和6号相关措施 suspends the first and stops the others. A
    clause that states none (对…列入…的16家美国实体，) belongs with the action after it.
    """
    segments: list[str] = []
    for part in re.split(r"[;；]", sentence):
        current = ""
        for clause in re.split(r"(?<=[,，])", part):
            if _ref_action(clause) is not None and current and _ref_action(current) is not None:
                segments.append(current)
                current = ""
            current += clause
        segments.append(current)
    return segments


_ONE_MEASURE_RE = re.compile(
    r"第[一二三四五六七八九十\d]{1,3}项(?:处理|管控|反制)?措施\s*(?:自[^,，。;；]{1,24}?起\s*)?停止"
)


def _ref_action(clause: str) -> PartyAction | None:
    if _RESUME_RE.search(clause):
        return "reinstated"
    if _END_RE.search(clause):
        # (…〔2025〕3号公告第四项处理措施自…起停止实施: one measure ended, the party stays on the list)
        return None if _ONE_MEASURE_RE.search(clause) else "removed"
    if _SUSPEND_RE.search(clause):
        return "suspended"
    return None


def _refs(
    sentence: str,
    published_on: dt.date | None,
    effective_on: dt.date | None,
    own_notice_id: str | None,
    verbatim: str,
) -> list[PartyRef]:
    refs: list[PartyRef] = []
    start, _ = _window(sentence, published_on, effective_on)
    for clause in _action_segments(sentence):
        action = _ref_action(clause)
        if action is None:
            continue
        # the window's start may be printed once for the sentence; its term belongs to this clause
        starting = _FROM_RE.search(sentence)
        scope = clause if _FROM_RE.search(clause) or not starting else starting.group(0) + clause
        _, until = _window(scope, published_on, effective_on)
        if action != "suspended":
            until = None
        by_date = list(_REF_DATE_RE.finditer(clause))
        for match in by_date:
            refs.append(
                PartyRef(
                    action=action,
                    list=_LIST_OF[match.group("list")],
                    target_notice_id=None,
                    target_label=match.group(0),
                    listed_on=parse_date(match.group("date")),
                    country=match.group("country").strip() or None,
                    stated_count=int(match.group("n")),
                    effective_on=start,
                    window_until=until,
                    quote_zh=verbatim.strip(),
                )
            )
        if by_date or not re.search(r"名单|清单|实体|工作机制|反制", clause):
            continue
        for match, notice_id in _numbered_refs(arabic_numbers(clause)):
            if notice_id is None or notice_id == own_notice_id:
                continue
            listed = re.search(_LIST_ALT, clause)
            refs.append(
                PartyRef(
                    action=action,
                    list=_LIST_OF[listed.group(0)] if listed else None,
                    target_notice_id=notice_id,
                    target_label=match.group(0).strip(),
                    listed_on=None,
                    country=None,
                    stated_count=None,
                    effective_on=start,
                    window_until=until,
                    quote_zh=verbatim.strip(),
                )
            )
    return refs


# 〔2025〕5号和6号: a further number of the same series and year
_MORE_NUMBER_RE = re.compile(r"\s*(?:、|,|，|和|及|以及|与)\s*(?:第\s*)?(?P<number>\d{1,4})\s*号")


def _numbered_refs(clause: str) -> list[tuple[re.Match[str], str | None]]:
    """Each notice a clause names by number, the bare numbers after the first (5号和6号) included."""
    found: list[tuple[re.Match[str], str | None]] = []
    for match in _REF_NUMBER_RE.finditer(clause):
        notice_id = _ref_notice_id(match)
        found.append((match, notice_id))
        position = match.end()
        while notice_id and (more := _MORE_NUMBER_RE.match(clause, position)):
            prefix, _, _ = notice_id.rpartition("-")
            found.append((match, f"{prefix}-{int(more.group('number'))}"))
            position = more.end()
    return found


def _ref_notice_id(match: re.Match[str]) -> str | None:
    issuers = split_issuers(match.group("issuers") or "")
    if match.group("byear"):
        # 〔2025〕7号 without an issuer is the UEL working mechanism's own series.
        issuers = issuers or ("不可靠实体清单工作机制",)
        year, number = match.group("byear"), match.group("bnumber")
    else:
        issuers = issuers or ("商务部",)
        year, number = match.group("year"), match.group("number")
    series = match.group("series") or "公告"  # 商务部令二〇二五年第6号 is an order: MOFCOM-ORDER-2025-6
    return NoticeNumber(issuers=issuers, series=series, year=int(year), number=int(number)).notice_id


def _names_before_count(head: str) -> tuple[str, str | None]:
    """The names printed before a count (`A、B等2家实体`, `A和B共2家实体`), and the country a descriptor gives them."""
    head = re.sub(r"(?:共|合计|总计)\s*$", "", head.rstrip())
    if "等" in head:
        return head.rsplit("等", 1)[0], None
    # 将欧盟UAB Urbo Bankas和AB Mano Bankas两家银行列入…: the names stand right before the count
    descriptor = _LATIN_DESCRIPTOR_RE.match(head.strip())
    if descriptor:
        return head.strip()[descriptor.end() :], _country_in(descriptor.group("word"))
    # 将英国甲公司（Alpha Ltd.）、荷兰乙公司（Beta B.V.）2家实体列入: names that end as names end
    if _NAME_END_RE.search(_BRANCHES_RE.sub("", head.strip())):
        return head.strip(), None
    return "", None


def _names_around_count(
    names_text: str,
    inner: re.Match[str],
    list_name: PartyList,
    action: PartyAction,
    line: _Line,
    verbatim: str,
) -> _Listing:
    """The names of a sentence whose count stands inside its names (names printed after the count)."""
    further = _FURTHER_NAMES_RE.match(names_text, inner.end())
    if further and names_text[: inner.start()].rstrip().endswith("等"):
        # A、B、C等3家美国实体和加拿大D公司: the count and its country cover the names before it; the names
        # joined after it are further parties, each with the country it prints (the count states part).
        head = [n for n in _split_names(names_text[: inner.start()].rstrip()[:-1]) if n.strip()]
        tail = [n for n in _split_names(names_text[further.end() :]) if n.strip()]
        if head:
            head[0] = _strip_description(head[0])
        if tail:  # (以及为上述企业提供遥测设备的加拿大D公司（…）: described anew)
            tail[0] = _strip_description(tail[0])
        groups = [(head, int(inner.group("n")), _country_in(inner.group("country"))), (tail, len(tail), None)]
        return _grouped_listing(groups, list_name, action, line, verbatim)
    # 韩华海洋株式会社5家美国相关子公司Hanwha Shipping LLC、…和HS USA Holdings Corp.: names after the count
    return _Listing(
        list_name=list_name,
        action=action,
        names=[n for n in _split_names(names_text[inner.end() :]) if n.strip()],
        stated=int(inner.group("n")),
        country=_country_in(inner.group("country")),
        expects_block=False,
        announces_block=False,
        line=line,
        sentence=verbatim.strip(),
        position=line.index,
    )


_SEE_ANNEX_RE = re.compile(r"[(（]\s*(?:具体|详细)?(?:名单|清单)?\s*(?:详)?见附件\s*\d*\s*[)）]")


# 甲公司（…）、乙公司（…）等2家美国实体，以及丙公司（…）、丁论坛（…）等2家加拿大实体: a first group closed by its count, joined
_GROUP_END_RE = re.compile(
    rf"等\s*(?P<n>{_COUNT})\s*(?:家|个|名)(?P<country>[^、,，()（）A-Za-z]{{0,12}}?)(?:实体|企业|公司|机构|组织)"
    r"(?:及其(?:全部|所有)?分支机构)?\s*[,，]?\s*(?:以及|和|及(?!其)|、)\s*"
)


def _two_counted_groups(
    names_text: str, counted: re.Match[str] | None
) -> list[tuple[list[str], int, str | None]] | None:
    """The names, count and country of each of two groups a listing prints one after the other, each closed by its
    count (the last by the sentence's), or None."""
    if counted is None:
        return None
    before = names_text[: counted.start()].rstrip()
    first = _GROUP_END_RE.search(before)
    if first is None or not before.endswith("等"):
        return None
    head = [n for n in _split_names(before[: first.start()]) if n.strip()]
    tail = [n for n in _split_names(before[first.end() : -1]) if n.strip()]
    if not head or not tail:
        return None
    head[0], tail[0] = _strip_description(head[0]), _strip_description(tail[0])
    return [
        (head, _count(first.group("n")), _country_in(first.group("country"))),
        (tail, _count(counted.group("n")), _country_in(counted.group("country"))),
    ]


def _grouped_listing(
    groups: list[tuple[list[str], int, str | None]],
    list_name: PartyList,
    action: PartyAction,
    line: _Line,
    verbatim: str,
) -> _Listing:
    return _Listing(
        list_name=list_name,
        action=action,
        names=[n for names, _, _ in groups for n in names],
        stated=sum(n for _, n, _ in groups),
        country=None,
        expects_block=False,
        announces_block=False,
        line=line,
        sentence=verbatim.strip(),
        position=line.index,
        countries=[country for names, _, country in groups for _ in names],
    )


def _recap(sentence: str, match: re.Match[str], published: dt.date | None) -> bool:
    """Whether the listing `match` finds is an earlier notice's, told: 商务部于…发布第21号公告，将28家美国实体列入…; a listing
    on an earlier day (工作机制于2026年3月20日将甲公司列入…; 2028年9月14日，商务部将甲公司…列入…。)."""
    cited = re.search(
        rf"曾于|已于|分别发布|发布了?(?:(?:(?:19|20)\d{{2}}\s*年\s*)?第?\s*\d*\s*号?|[〔\[]\s*\d{{4}}\s*[〕\]]\s*\d{{1,4}}\s*号)公告"
        # (商务部于2033年12月8日发布商务部公告2026年第2205号，将…: that day's notice's act)
        # (商务部于2025年10月14日决定将…列入反制清单: that day's decision, told)
        rf"|于\s*{_DATE}\s*(?:发布[^,，。;；]{{0,30}}?[,，]\s*|决定\s*)?将|{_IN_MONTH_RE.pattern}"
        # (商务部2026年第12号公告将甲株式会社等20家…列入… / …〔2025〕3号将乙公司等4家…: that notice's act)
        # (商务部公告2026年第28号已将丰和工业株式会社（…）列入关注名单: the same, said with 已)
        r"|(?:第\s*\d{1,4}\s*号|[〔\[]\s*\d{4}\s*[〕\]]\s*\d{1,4}\s*号)(?:公告)?\s*(?:已经?|曾)?\s*(?:分别)?\s*将(?!其)",
        sentence,
    )
    if (
        cited
        # (not …，现决定将甲…列入…: this notice's listing, printed after the one recalled — the 决定将 of another
        # clause, …，商务部决定将其移出…, decides something else)
        and "决定将" not in re.sub(rf"于\s*{_DATE}\s*决定将", "", _clause_of(sentence, match.start()))
        # (鉴于…第28号已将丙列入关注名单，现将甲等3家…列入关注名单: this notice's listing after the recalled one)
        and not re.search(r"现将|现决定|现予", _clause_of(sentence, match.start()))
        # (商务部于2026年10月9日将下列2家美国实体列入…，现予公布: this notice's act, published now)
        and not re.match(r"\s*(?:(?:现予|予以)公[布告]|自公告之日起)", _next_clause(sentence, match.start()))
        and not _dated_now(cited, published)
    ):
        return True
    # (2026年11月3日，工作机制决定将甲公司…列入…: that day's decision, told — not …，现决定将乙…列入…)
    return _told_day(sentence, published) and not re.search(
        r"现决定|现将|现予", sentence[: match.start() + 1]
    )


def _removed_here(listing: _Listing, listings: list[_Listing]) -> bool:
    """Whether every party a recalled listing names leaves that list by this notice: the listing is the story of the
    removal, not a listing of this notice's."""
    gone = {
        _squeezed(name)
        for other in listings
        if other.action == "removed" and other.list_name == listing.list_name and not other.recap
        for name in other.names
    }
    return bool(listing.names) and all(_squeezed(name) in gone for name in listing.names)


def _squeezed(name: str) -> str:
    return re.sub(r"[(（][^()（）]*[)）]|\s+", "", name)


def _next_clause(sentence: str, position: int) -> str:
    """The comma clause after the one holding `position`."""
    end = min(
        (at for mark in ",，;；" if (at := sentence.find(mark, position + 1)) >= 0), default=len(sentence)
    )
    return _clause_of(sentence, end + 1) if end < len(sentence) else ""


def _dated_now(cited: re.Match[str], published: dt.date | None) -> bool:
    """Whether the day a recap cue prints (于2026年10月9日将…) is the notice's own, or later: no earlier act then."""
    day = re.search(_DATE, cited.group(0))
    parsed = parse_date(day.group(0)) if day else None
    return parsed is not None and published is not None and parsed >= published


def _recalled_only(listing: _Listing, sentence: str, match: re.Match[str]) -> bool:
    """Whether a recap names no party of this notice: none named, an example of an earlier count (…发布2026年第11号公告，将
    甲株式会社等20家日本实体列入…), a sentence leaving them out (…，对该6家实体采取的处理措施，不在本公告调整范围之内), or a
    reason given (鉴于…第28号已将丙列入关注名单，…) — a recap naming parties (已于2025年2月4日将美国因美纳公司…列入) still names
    them otherwise."""
    example = listing.stated is not None and len(listing.names) < listing.stated
    # (鉴于…已将甲列入…，工作机制决定对该企业采取以下处理措施： / …发布公告（…），将甲公司等3家美国企业列入…，…决定对甲公司
    # 采取以下处理措施: measures decided now on the party recalled — by its name where it is an example of a count, as
    # 该企业 after …将甲公司等4家…列入…，乙公司… is another party)
    if (
        listing.names
        and _measures_on_recalled(listing, sentence)
        and not (
            example
            and _MEASURES_ON_IT_RE.search(sentence)
            and _names_another(listing, sentence[match.end() :])
        )
    ):
        return False
    return bool(
        not listing.names
        or example
        or _LEFT_OUT_RE.search(sentence)
        or (
            re.match(r"\s*鉴于", _clause_of(sentence, match.start()))
            # (鉴于…已将甲列入…，…决定将其移出…: the recalled party is the one 其 removes — kept for that removal)
            and not re.search(r"将其\s*(?:从[^,，。；;]{1,20})?移出", sentence)
        )
    )


# (…，乙公司（…）与甲公司存在关联…: a party named after the recap's listing, by itself)
_NAMED_AFTER_RE = re.compile(r"(?:^|[，,、与和且及])\s*([\u4e00-\u9fffA-Za-z]{1,20}?(?:公司|集团|株式会社))")


def _names_another(listing: _Listing, after: str) -> bool:
    """Whether the words after a recap's listing name a party other than the one it listed (whom 该企业 may be)."""
    keys = {_name_core(key) for name in listing.names for key in (*_name_keys(name), name)}
    named = (re.sub(r"^(?:且|并|与|和|及|而|但)", "", m.group(1)) for m in _NAMED_AFTER_RE.finditer(after))
    return any(_named_again(name) not in keys for name in named)


def _clause_of(sentence: str, position: int) -> str:
    """The comma clause of `sentence` that holds `position`."""
    start = max(sentence.rfind(mark, 0, position + 1) for mark in ",，;；") + 1
    end = min(
        (at for mark in ",，;；" if (at := sentence.find(mark, position + 1)) >= 0), default=len(sentence)
    )
    return sentence[start:end]


# (第2项意大利实体嘉耐特公司 — not 美国企业研究所, a name that opens on a country and 企业)
# (第2项意大利企业嘉耐特公司 too — not 美国企业研究所 or 韩国企业银行, names that open on a country and 企业)
_COUNTRY_ENTITY_RE = re.compile(
    r"^\s*(?P<word>[\u4e00-\u9fff]{2,6}?)(?:实体|企业(?=[^，,。；;]*?(?:公司|集团|株式会社)\s*(?:[(（]|$)))"
    r"(?=[\u4e00-\u9fffA-Za-z])"
)


def _without_row_and_country(piece: str) -> str:
    """…附件所列第4项甲株式会社（…）、第8项意大利实体乙公司（…）: each name without the row cited before it and its own
    country word (the first name's are cut with the sentence's subject)."""
    piece = re.sub(r"^\s*第\s*\d{1,3}\s*项\s*(?:所列)?的?\s*", "", piece)
    described = _own_country_word(piece)
    return piece if described is None else piece[described.end() :]


# 欧盟实体丙公司: a group of countries, no country of the party's own
_GROUP_WORDS = frozenset({"欧盟", "欧洲联盟"})


def _own_country_word(piece: str) -> re.Match[str] | None:
    """The country (or group) word and 实体/企业 a name opens on, where they are no part of the name."""
    piece = re.sub(r"^\s*第\s*\d{1,3}\s*项\s*(?:所列)?的?\s*", "", piece)
    described = _COUNTRY_ENTITY_RE.match(piece)
    # (the word is the country alone: not 韩国中小企业振兴株式会社; and 企业 that the English prints is the name's —
    # 美国企业控股公司（Enterprise Holdings, Inc.）)
    if (
        described is None
        or (
            _country_in(described.group("word")) != described.group("word")
            and described.group("word") not in _GROUP_WORDS
        )
        or ("企业" in described.group(0) and re.search(r"(?i)enterprise", piece))
    ):
        return None
    return described


def _own_countries(pieces: list[str], shared: str | None) -> list[str | None] | None:
    """The country each name of a list prints before it (第2项美国实体乙公司、第3项欧盟实体丙公司 → 美国, none), where
    any prints one; a name printing none takes the one before it (the first, the one the list's subject says)."""
    words = [_own_country_word(piece) for piece in pieces]
    if not any(words):
        return None
    countries: list[str | None] = []
    for word in words:
        if word is None:
            countries.append(countries[-1] if countries else shared)
        else:
            countries.append(_country_in(word.group("word")))
    return countries


def _located_in(description: str) -> str | None:
    """等2家位于美国的实体 / 在美国注册的: the country a description places the parties in — not one it names for what
    they did (参与对台湾地区军售的, 向日本出口军用物项的)."""
    if re.search(r"参与|向|与|出口|军售|合作|提供|支持|对", description):
        return None
    country = _country_in(description)
    # (涉嫌将两用物项转运至乌克兰的 / 为台湾地区研制军用无人机的: a country named for what they did, not where they are —
    # only a description opening on the country or saying the parties are there places them)
    placed = (
        rf"^\s*(?:(?:位于|设在|设于|设立于|注册于|注册在|注册地为|在|来自|总部(?:位于|设在|设于))\s*)?{re.escape(country)}"
        if country
        else None
    )
    return country if placed and re.search(placed, description) else None


def _listing_around_counts(
    names_text: str,
    counted: re.Match[str] | None,
    list_name: PartyList,
    action: PartyAction,
    line: _Line,
    verbatim: str,
) -> _Listing | None:
    """A listing whose names come in two counted groups, or whose count stands inside its names; else None."""
    groups = _two_counted_groups(names_text, counted)
    if groups is not None:
        return _grouped_listing(groups, list_name, action, line, verbatim)
    inner = None if counted else _INNER_COUNT_RE.search(names_text)
    if inner and inner.end() < len(names_text):
        return _names_around_count(names_text, inner, list_name, action, line, verbatim)
    return None


# …〔2025〕8号公告所附名单第1项、第2项所列实体 / …8号）所列实体: the entities of another notice's list, pointed at
_REFERENCE_SIDE_RE = re.compile(
    r"(?:号|公告|名单|清单|附件|附表)[^，,。；;]{0,40}?所列(?:的)?\s*(?:实体|企业|公司|机构)?\s*$"
)


def _named_after_ji(text: str) -> str:
    """…第8号公告所附名单第5项、第6项所列实体，即Group W公司（…）、哈德森技术公司（…）: the names, which follow 即."""
    named_after = re.search(r"(?:实体|企业|公司|机构)\s*[,，]\s*即(?!日)\s*", text)
    # (甲公司（…）、乙公司（…）2家实体，即…所附名单第1项、第2项所列实体: the names come first, a reference after 即)
    if named_after is None:
        return text
    before, after = text[: named_after.start() + 2], text[named_after.end() :].rstrip("，, ")
    # (the side that points at another notice's list is the reference; the names are on the other — never a side
    # that is only the kind word left of a reference already cut off)
    kind_only = re.fullmatch(r"\s*(?:实体|企业|公司|机构)", before) is not None
    if _REFERENCE_SIDE_RE.search(after) and not _REFERENCE_SIDE_RE.search(before) and not kind_only:
        return before
    if _REFERENCE_SIDE_RE.search(before) and not _REFERENCE_SIDE_RE.search(after):
        return after
    if re.search(
        r"[)）]\s*(?:等\s*)?(?:\d{1,3}|[两二三四五六七八九十]{1,3})?\s*家?\s*[\u4e00-\u9fff]{0,6}?$",
        text[: named_after.start()],
    ):
        return text[
            : named_after.start() + 2
        ]  # (the names with their brackets, then the words 即 explains them by)
    return text[named_after.end() :].rstrip("，, ")


def _measures_follow_names(
    sentence_norm: str, names: list[str], counted: re.Match[str] | None, back: bool
) -> bool:
    """Whether what a listing sentence announces after its names is measures, not more names: 决定将上述2家实体移出关注名单，
    列入管控名单，并采取下列措施：(禁止…) — the parties are the ones named before, no block of names follows."""
    # (决定将A（…）、B（…）、C（…）等3家美国实体列入…，并采取以下处理措施：: every party the count states is named)
    whole = counted is not None and len(names) >= _count(counted.group("n"))
    inline_measures = _INLINE_MEASURES_RE.search(sentence_norm)
    measures_after = _MEASURES_FOLLOW_RE.search(sentence_norm) or inline_measures
    # (将甲公司（…）、乙公司（…）列入…，并采取以下措施：禁止…: names printed, the measures after them; not 组织和个人)
    named = bool(names) and all(_NAME_END_RE.search(n.strip()) for n in names)
    names_before = (not names and back) or whole or (named and inline_measures is not None)
    if not names_before or measures_after is None:
        return False
    return not _announces_names(sentence_norm[: measures_after.start()])


def _parse_listing(
    sentence_norm: str, match: re.Match[str], line: _Line, action: PartyAction, verbatim: str
) -> _Listing:
    # (…等3家外国实体（名单见附件）列入…: where the names are printed, not a name's bracket)
    names_text = _SEE_ANNEX_RE.sub("", match.group("names")).strip()
    # (将下表所列实体分别移出…名单或者关注名单: an adverb of the act, no name — the table's rows are the names)
    names_text = re.sub(r"(?:分别|一并|均|同时|依次)$", "", names_text).strip()
    names_text = (
        ""
        if re.fullmatch(r"(?:下表|上表|表中|附表)所列(?:的)?(?:实体|企业|机构)?", names_text)
        else names_text
    )
    # Both callers pass only matches that name a list (a removal naming none is not read).
    list_name = match.groupdict().get("list") or match.groupdict().get("list2") or ""
    dated = _LISTED_ON_RE.search(names_text)
    if dated:
        names_text = names_text[: dated.start()].strip()
    names_text = _named_after_ji(_EARLIER_LISTING_RE.sub("", names_text))
    stated = None
    country = None
    counted = _COUNT_RE.search(names_text)
    around = _listing_around_counts(names_text, counted, _LIST_OF[list_name], action, line, verbatim)
    if around is not None:
        return around
    expects_block = _announces_names(sentence_norm)
    if counted:
        stated = _count(counted.group("n"))
        # (等2家位于美国的实体: the country said in the description)
        country = counted.group("country").strip() or _located_in(counted.group("desc") or "") or None
        if country:
            country = _country_in(country) or (
                country
                if len(country) <= 6 and country.endswith(("国", "地区")) and country != "外国"
                else None
            )
        names_text, descriptor_country = _names_before_count(names_text[: counted.start()])
        country = country or descriptor_country
        if re.fullmatch(r"\s*(?:以下|下列|如下)?\s*", names_text):
            names_text = ""
    else:
        # 赫斯塔尔公司等欧洲实体: examples of a list printed elsewhere, no count
        described = re.match(r"^(?P<names>.+?)等[^、]{0,20}?(?:实体|企业|公司|机构)$", names_text)
        if described:
            names_text = described.group("names")
    if not counted and _DESCRIBED_OBJECT_RE.search(names_text):
        names_text = ""  # 将部分无法核实…的外国实体列入: parties described, none named
    names = [] if not names_text else _split_names(names_text)
    if names:
        # (将商务部公告2026年第1166号附件所列第4项实体甲公司移出…: the row that listed it, before the name)
        names[0] = _strip_description(_without_listing_row(names[0]))
        # (将《名单》第3项甲公司（…）、第4项乙公司（…）移出…: each name after the row of the list it stands in)
        names = [_LIST_ROW_PREFIX_RE.sub("", n) for n in names]
        # (…、拉脱维亚SIA Daugavmar Freight和爱沙尼亚Pärnuvik Terminal OÜ: the country before a Latin name is no part of it)
        names = [_without_latin_country(n) for n in names]
        names = [n for n in names if n.strip() and not _NOT_A_NAME_RE.search(n.strip())]
    back = _BACK_REFERENCE_RE.match(match.groupdict().get("names") or "")
    if expects_block:
        expects_block = not _measures_follow_names(sentence_norm, names, counted, bool(back))
    # (下列7家外国实体未…配合核查…。商务部决定将其列入关注名单。: 其 is the parties the line announced before)
    told_before = line.norm[: max(line.norm.find(sentence_norm), 0)]
    expects_block = expects_block or bool(not names and back and _ANNOUNCED_BEFORE_RE.search(told_before))
    return _Listing(
        list_name=_LIST_OF[list_name],
        action=action,
        names=names,
        stated=stated,
        country=country,
        expects_block=expects_block or (stated is not None and len(names) < stated),
        announces_block=expects_block,
        line=line,
        sentence=verbatim.strip(),
        position=line.index,
    )


def _region_heading(norm: str) -> tuple[bool, str | None]:
    """Whether a line is a sub-heading grouping the entries under it by country, and the country.

    `（一）美国实体`, `二、英国（2家）`, `日本实体：`, `（三）其他实体`: a place (a country the table knows,
    or a word ending in 国/地区, or a group word) and nothing else but a count. A clause that happens
    to start with a place (`（二）对上述实体采取以下措施`) is not one."""
    heading = _REGION_HEADING_RE.match(norm)
    if not heading:
        return False, None
    place = heading.group("place")
    if place in _GROUP_PLACES:
        return bool(heading.group("kind")) or place.endswith("地区"), None
    country = next((name for name in _COUNTRY_NAMES if name == place), None)
    if country is not None:
        return True, country
    if _NOT_A_NAME_RE.search(place):
        return False, None
    if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:国|地区)", place):
        return True, place
    if not heading.group("kind"):
        return False, None
    # （一）新西兰实体: a place the table does not know, named as one by the word after it; a heading by
    # sector (（二）航空航天领域实体) still groups the entries, but names no country.
    sector = re.search(r"领域|行业|类|相关|军工|航空|航天|电子|科技|技术|研究|部门|单位|其他|其它", place)
    return True, None if sector or len(place) > 5 else place


# 三、葡萄牙 / （二）圣多美和普林西比： — a place alone on a numbered (or colon-closed) line. No table of
# countries can be complete, so such a line is read as a heading only where it stands over an entry.
_BARE_PLACE_RE = re.compile(
    r"^\s*(?:(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*"
    r"(?P<numbered>[\u4e00-\u9fff]{2,12})\s*[:：]?|(?P<closed>[\u4e00-\u9fff]{2,12})\s*[:：])\s*$"
)
# Words a place's name never holds: a clause's (对, 将, 的, 措施, 规定), a label's, an organisation's.
_NOT_PLACE_RE = re.compile(
    r"[的之对将向自于在为是由被把从或]|事项|措施|规定|要求|说明|范围|附则|总则|名单|清单|目录|公告|决定|物项"
    r"|技术|产品|领域|行业|其他|其它|以下|如下|附件|实施|生效|申请|禁止|地址|邮编|名称|别名|又名|原名|简称|实体|企业"
)


def _place_heading(norm: str, following: _Line | None) -> str | None:
    """The place a numbered line names alone, when the line stands over a party entry; else None.

    `三、葡萄牙` over `3.夸尔特拉…（…）` groups the entries under it as `三、美国` would; `二、附则` or
    `三、本公告自公布之日起实施` is a clause, and a place-like line over no entry is no heading."""
    bare = _BARE_PLACE_RE.match(norm)
    if bare is None or following is None or not _reads_as_entry(following.norm):
        return None
    place = bare.group("numbered") or bare.group("closed")
    if _NOT_PLACE_RE.search(place) or _NOT_A_NAME_RE.search(place) or _NAME_END_RE.search(place):
        return None
    return place


# （一）甲公司（Alpha Inc.），美国；: a party line numbered as a clause's point, told from a measure (（一）禁止…) by
# reading as a name does — an English name in its bracket, closed as a name closes, a country after it
_BRACKETED_ENTRY_RE = re.compile(
    r"^\s*[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]\s*"
    r"(?P<rest>[^(（]{2,60}?[(（](?:[A-Za-z]|又称|又名|曾用名|别名)[^()（）]*[)）].*)$"
)


# 一、甲公司（Alpha LLC） under a list's own heading (附件 反制清单): numbered as the notice's clauses are
_CN_ENTRY_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、\s*(?P<rest>\S.*)$")


def _cn_entry(norm: str) -> re.Match[str] | None:
    """一、甲公司（…） under a list's heading — not 二、出口经营者向上述实体…，…。, the notice's next clause: a name
    prints no sentence punctuation outside its brackets."""
    found = _CN_ENTRY_RE.match(norm)
    if found is None or re.search(r"[,，。；;：:]", _mask_brackets(found.group("rest")).rstrip("。；; ")):
        return None
    return found


# （一）美国组织Kratos Unmanned Aerial Systems, Inc.和Dedrone Holdings, Inc.；: names in Latin letters only, after the
# words saying where they are from (反制清单 decisions list organisations so)
_LATIN_ENTRY_RE = re.compile(
    r"^\s*[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)）]\s*"
    r"(?P<rest>[\u4e00-\u9fff]{0,6}?(?:组织|实体|企业|机构|公司)?[A-Za-z][A-Za-z0-9.,&'’\s-]*"
    r"(?:(?:和|、|及|以及)[A-Za-z][A-Za-z0-9.,&'’\s-]*)*)[。；;]?\s*$"
)


def _bracketed_entry(norm: str) -> re.Match[str] | None:
    latin = _LATIN_ENTRY_RE.match(norm)
    if latin is not None:
        return latin
    found = _BRACKETED_ENTRY_RE.match(norm)
    if found is None:
        return None
    name = parse_party_name(found.group("rest").strip(_TRAIL))
    # (（二）Harborline Survey Services Inc.（又称Harborline Surveys）: a name printed in Latin letters, its alias bracketed)
    latin_named = _is_latin(name.name_zh) and len(name.name_zh.split()) >= 2 and bool(name.aliases)
    return found if (name.name_en and _NAME_END_RE.search(name.name_zh)) or latin_named else None


def _reads_as_entry(norm: str) -> bool:
    """Whether a line is a party entry: numbered and ending as a name ends, or a labelled record."""
    numbered = _NUMBERED_RE.match(norm)
    if numbered is None:
        return _record_cells(norm) is not None
    rest = _BRANCHES_RE.sub("", numbered.group("rest")).strip(_TRAIL)
    return bool(_NAME_END_RE.search(rest) or _record_cells(norm) or (rest and _is_latin(rest)))


def _blocks(lines: Sequence[_Line]) -> list[tuple[PartyList | None, list[_Entry]]]:
    """Runs of numbered party lines with their 地址/邮编 continuation lines.

    A run starts after a heading naming a list (`附件：出口管制管控名单（2026年2月24日）`) or after a
    sentence that announces one (`…列入出口管制管控名单：` / `（见附件）`); numbered lines elsewhere
    (a goods list, clause numbering) are not parties. Country sub-headings (`（二）英国实体`) inside a
    run keep it going and give the entries under them their country.
    """
    blocks: list[tuple[PartyList | None, list[_Entry]]] = []
    armed: PartyList | None = None
    armed_any = False
    current: list[_Entry] | None = None
    region: tuple[_Line, str | None] | None = None
    columns: dict[str, int] | None = None
    announcer = ""  # the sentence that announced the run: its act, where the rows print none of their own
    headed = False  # armed by the list's own heading (its entries may be numbered 一、二、)
    for index, line in enumerate(lines):
        norm = line.norm
        heading = _HEADING_RE.match(norm)
        # (附件1 暂停实施措施的实体名单: a table of parties the body acts on as 附件1所列4家实体, its list the body's)
        if heading or _ENTITY_TABLE_TITLE_RE.match(norm):
            armed = _LIST_OF[heading.group("list")] if heading else None
            armed_any, region, current, headed = True, None, None, True
            continue
        is_region, country = _sub_heading(norm, lines[index + 1 : index + 2]) if armed_any else (False, None)
        if is_region:
            region = (line, country)
            continue
        header = _table_header(norm) if armed_any and current is None else None
        if header is not None:
            columns = header
            continue
        cells = _row_cells(norm, columns, announcer) if armed_any else None
        # a numbered line of labelled fields that are no party's (名称：…；管制编码：…) is no entry either
        number = _NUMBERED_RE.match(norm) or _bracketed_entry(norm) or (headed and _cn_entry(norm))
        # (附件：1.出口管制管控名单（…） / 2.关注名单（…）: the annexes' titles, no party)
        numbered = number and not _record_fields(norm) and not _HEADING_RE.match(number.group("rest"))
        if (cells is not None or numbered) and armed_any:
            if current is None:
                current = []
                blocks.append((armed, current))
            current.append((line, [], region, cells))
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if current and _list_goes_on(current[-1], line, columns, following):
            continue
        if current is not None and norm.strip():
            current, columns = None, None
            armed_any = headed = False
        arms, list_name = _announces_list(norm)
        if arms:
            armed, armed_any, region, announcer = list_name, True, None, norm
    return blocks


def _row_cells(norm: str, columns: dict[str, int] | None, announcer: str) -> dict[str, str] | None:
    """A party line's cells; a table row printing no act of its own takes the act of the sentence that
    announced the table (下表所列实体，在表中所列期限内暂停实施相关措施： then rows of names and windows)."""
    cells = _entry_cells(norm, columns)
    if cells is not None and "action" not in cells and _HELD_CELL_RE.search(announcer):
        return {**cells, "action": announcer}
    since = _ANNOUNCED_START_RE.search(announcer)
    if cells is not None and "date" not in cells and since is not None:
        # (对下表所列3家实体所在名单予以调整，自2027年1月1日起执行：: the rows' day, printed once above them)
        return {**cells, "date": since.group(0)}
    return cells


_ANNOUNCED_START_RE = re.compile(rf"自\s*{_DATE}\s*起")


def _sub_heading(norm: str, following: Sequence[_Line]) -> tuple[bool, str | None]:
    """Whether a line of a party list is a sub-heading, and the country it names (see _region_heading
    and, for a place the country table does not know, _place_heading)."""
    is_region, country = _region_heading(norm)
    if is_region:
        return True, country
    place = _place_heading(norm, following[0] if following else None)
    return place is not None, place


def _entry_cells(norm: str, columns: dict[str, int] | None) -> dict[str, str] | None:
    """A list line's cells by role: a labelled record's fields, or a table row's cells under its header."""
    record = _record_cells(norm)
    if record is not None or columns is None:
        return record
    return _table_row(norm, columns)


_NO_ENTRY_CELL_RE = re.compile(r"\s*(?:无|暂无|无别名|—+|-+|－+|/|／)?\s*")


# 5.蒂尔无人机公司（Teal Drones, Inc.），系红猫控股公司的全资子公司。: what the party is to another, said after its name
_SUBSIDIARY_OF_RE = re.compile(
    r"[,，]\s*(?:系|为|是)[^,，。；;]{1,40}?的(?:全资|控股)?(?:子公司|分公司|附属公司|关联公司)\s*[。；;]?\s*$"
)


def _list_goes_on(
    entry: _Entry, line: _Line, columns: dict[str, int] | None, following: _Line | None
) -> bool:
    """Whether the list goes on past `line`: the entry's own line (see _keep_with_entry), a page's number, or the
    table's header printed again after it."""
    if _keep_with_entry(entry, line, columns, following):
        return True
    return bool(PAGE_NUMBER_RE.match(line.norm)) or (
        columns is not None and _table_header(line.norm) == columns
    )


def _english_cell_wrapped(entry: _Entry, line: _Line) -> bool:
    """`2 | 北极星先进材料株式会社 | Polaris Advanced Materials Co., | 无 | 日本` then `Ltd.`: the English name's cell, left
    open on a comma, wrapped onto a line of its own (whatever column the table prints last)."""
    cells = entry[3]
    if cells is None or "|" in line.norm or not _is_latin(line.norm):
        return False
    english = cells.get("en", "").rstrip()
    if not english.endswith((",", "，", "&", "-")):
        return False
    entry[1].append(line)
    cells["en"] = f"{english} {line.norm.strip()}"
    return True


def _latin_cells_wrapped(entry: _Entry, line: _Line, columns: dict[str, int] | None) -> bool:
    """`1 | 安杜里尔工业公司 | Anduril Industries, | 无 | 美国 | 1400 Anduril, Costa Mesa,` then `Inc. | CA 92626, United
    States`: a PDF row whose Latin cells (the English name, the address) wrapped together onto a line of cells with no
    number — the ends of those cells, in order (the ones left open first), not a row of its own."""
    cells = entry[3]
    pieces = [piece.strip() for piece in line.norm.split("|")]
    if (
        cells is None
        or not columns
        or len(pieces) < 2
        or re.match(r"\s*\d", pieces[0])
        or not all(_is_latin(piece) for piece in pieces if piece)
    ):
        return False
    latin = [
        role
        for role in sorted(columns, key=lambda r: columns[r])
        if role in ("en", "alias", "address") and cells.get(role) and _is_latin(cells[role])
    ]
    opened = [role for role in latin if cells[role].rstrip().endswith((",", "，", "&", "-"))]
    filled = [piece for piece in pieces if piece]
    # (the cells left open on a comma take the ends, in order; else the English name and the address do — an alias is
    # short and wraps only when left open)
    roles = opened if len(opened) == len(filled) else [role for role in latin if role != "alias"]
    if len(roles) != len(filled):
        return False
    for role, piece in zip(roles, filled, strict=True):
        cells[role] = f"{cells[role].rstrip()} {piece}"
    entry[1].append(line)
    return True


def _keep_with_entry(
    entry: _Entry, line: _Line, columns: dict[str, int] | None, following: _Line | None = None
) -> bool:
    """Keep an entry's 地址/邮编/又名 line, or its wrapped rest, with it (a table cell's rest is joined
    to the cell); whether the line was one."""
    norm = line.norm
    if (
        _ADDRESS_RE.match(norm)
        or _POSTCODE_RE.match(norm)
        or _ALIAS_LABEL_RE.match(norm)
        or _COUNTRY_LINE_RE.match(norm)
        or _BRANCH_ADDRESS_RE.match(norm)
    ):
        entry[1].append(line)
        return True
    if _english_line(norm) is not None and entry[3] is None and not _is_latin_named(entry[0].norm):
        entry[1].append(
            line
        )  # (1．甲公司 then `Alpha Metrology B.V.，地址：…`: its English name on a line of its own)
        return True
    if _takes_branch(entry, norm):
        entry[1].append(line)
        return True
    if _english_cell_wrapped(entry, line) or _latin_cells_wrapped(entry, line, columns):
        return True
    if (
        entry[3] is not None
        and columns
        and following is not None
        and re.fullmatch(r"\s*[（(][^（()）]{1,20}[）)]\s*", norm)
        and _table_row(following.norm, columns) is not None
    ):
        entry[1].append(line)  # (（含分支机构） between two rows: a note on the row above, the table goes on)
        return True
    wrapped = _wraps(entry, norm, columns) or _address_cut(entry, line, following)
    cut = not wrapped and _address_cell_cut(entry, line, columns, following)
    if not (wrapped or cut):
        return False
    entry[1].append(line)
    cells = entry[3]
    if cells is not None and columns:
        role = "address" if cut else max(columns, key=lambda role: columns[role])
        cells[role] = f"{cells[role]} {line.norm}"
    return True


def _wraps(entry: _Entry, norm: str, columns: dict[str, int] | None) -> bool:
    """Whether an unnumbered line is the rest of an entry's last cell or its 地址 line, wrapped.

    A table's last column (an address, an English name) and an `地址：` line run over the page width:
    the rest is Latin (`AL 35806, USA`) or follows a piece left on a comma. It is never a row of its
    own (no cell separator), a sentence (。) or a labelled line, and an entry whose last piece is its
    name line takes none (a name's bracket left open is rejoined before)."""
    head, continuation, _, cells = entry
    if "|" in norm or "。" in norm or _NUMBERED_RE.match(norm) or _HEADING_RE.match(norm):
        return False
    if cells is not None and columns:
        last = max(columns, key=lambda role: columns[role])
        piece = cells.get(last, "") if columns[last] == len(head.norm.split("|")) - 1 else ""
    elif continuation and (_ADDRESS_RE.match(continuation[-1].norm) or _address_wrap(continuation)):
        piece = continuation[-1].norm
    else:
        return False
    if not piece:
        return False
    if _is_latin(norm):
        return True
    # A Chinese line goes on only from a Chinese piece left on a comma, and never reads as a clause.
    return (
        piece.rstrip().endswith((",", "，", "、"))
        and not _is_latin(piece)
        and not re.search(r"本(?:公告|名单|决定|清单)|生效|实施|施行", norm)
    )


def _address_cut(entry: _Entry, line: _Line, following: _Line | None) -> bool:
    """`地址：美国罗得岛州米德尔敦市` / `西大街72号3号楼`: an address the reader cut where the width ran out, not at a
    comma — known by the list going on right below it (the next entry, or the entry's 邮编 line)."""
    continuation = entry[1]
    if not continuation or not _ADDRESS_RE.match(continuation[-1].norm) or following is None:
        return False
    norm = line.norm
    if (
        "|" in norm
        or re.search(r"[。;；:：]", norm)
        or _HEADING_RE.match(norm)
        or len(norm) > _ADDRESS_REST_MAX
    ):
        return False
    if following.source != line.source:
        return False
    return bool(_NUMBERED_RE.match(following.norm) or _POSTCODE_RE.match(following.norm))


_ADDRESS_REST_MAX = 30  # the rest of an address line is a few words; a paragraph is longer


def _address_cell_cut(
    entry: _Entry, line: _Line, columns: dict[str, int] | None, following: _Line | None
) -> bool:
    """`4 | 格伦达尔…有限公司 | … | 澳大利亚南澳大利亚州阿德莱德市` / `莫森湖大道15号` / `5 | …`: the address
    column, last in the row or before its country only (`… | 伊斯坦布尔省…第四大道 | 土耳其` / `17号`), cut where the width
    ran out — known by the table's next row right below it."""
    cells = entry[3]
    if cells is None or not columns or "address" not in columns or following is None:
        return False
    after = {role for role, index in columns.items() if index > columns["address"]}
    if not after <= {"country"} or not cells.get("address"):
        return False
    norm = line.norm
    if "|" in norm or re.search(r"[。;；:：]", norm) or len(norm) > _ADDRESS_REST_MAX:
        return False
    if re.fullmatch(r"\s*[（(][^（()）]*[）)]\s*", norm):
        return False  # (（含分支机构）: a note on the row, no part of its address)
    return following.source == line.source and _table_row(following.norm, columns) is not None


def _address_wrap(continuation: list[_Line]) -> bool:
    """Whether the last continuation line is itself the wrapped rest of an 地址 line."""
    for extra in reversed(continuation):
        if _ADDRESS_RE.match(extra.norm):
            return True
        if _POSTCODE_RE.match(extra.norm) or _ALIAS_LABEL_RE.match(extra.norm) or _branch_name(extra.norm):
            return False
    return False


# 见附件 / (名单)附件 / 如下 / 以下 / 下列: the names are printed after the sentence — not an annex cited as where an
# earlier notice listed a party (…第1306号附件所列第3项实体甲公司…将其移出…)
# (下表所列5家实体…将上述5家实体移出关注名单。: the table printed after the sentence holds the names)
_NAMES_AFTER_RE = re.compile(r"见附件|(?<![号\d])附件(?!\s*\d?\s*(?:所列|第|中))|如下|以下|下列|下表")


def _announces_list(norm: str) -> tuple[bool, PartyList | None]:
    """Whether a sentence announces a party list printed after it, and the list it puts them on."""
    # 决定将下列2家实体移出出口管制管控名单： announces a list of removals the same way
    listing = _LISTING_RE.search(norm) or _REMOVAL_RE.search(norm) or _LISTED_SUBJECT_RE.search(norm)
    list_name = listing and (
        listing.groupdict().get("list")
        or listing.groupdict().get("list2")
        or listing.groupdict().get("list3")
    )
    if list_name and (_NAMES_AFTER_RE.search(norm) or norm.rstrip().endswith((":", "："))):
        return True, _LIST_OF[list_name]
    # (对下表所列措施作如下调整：: a table of acts, whose rows may name parties in a column of their own)
    if (_ADJUSTMENT_INTRO_RE.search(norm) or _TABLE_OF_ACTS_RE.search(norm)) and re.search(
        r"实体|企业|名单|下表", norm
    ):
        return True, None  # the rows' action column names the lists
    if _EVENT_RE.search(norm) and _EVENT_LIST_RE.search(norm) and norm.rstrip().endswith((":", "：")):
        # (对下列实体采取的出口管制措施，按下表所列期限暂停实施：: the act is the sentence's, the parties the rows')
        return True, None
    return False, None


_MOVED_BETWEEN_RE = re.compile(
    rf"由\s*(?P<off>{_LIST_ALT})\s*(?:调入|转入|移入|调整(?:至|到|为)|调至)\s*(?P<onto>{_LIST_ALT})"
)
# (…将其移出关注名单，重新列入出口管制管控名单 / 将甲公司（…）移出关注名单，重新列入…: the same parties, onto the other list)
_RELISTED_RE = re.compile(
    rf"(?P<removed>移出[^，,。；;]{{0,20}}?[,，]\s*)(?:并\s*)?重新\s*列入(?=\s*(?:{_LIST_ALT}))"
)
# 下列3家无法核实…的外国实体，列入关注名单： — the parties as the subject, no 将: the names follow the sentence
_LISTED_SUBJECT_RE = re.compile(
    rf"(?:下列|以下|如下)[^。；;:：,，]{{0,40}}?(?:实体|企业|公司|机构|组织)"
    # (一、下列实体已…履行配合核查义务，自本公告公布之日起移出关注名单：: what they did, then when, then the act)
    r"(?P<did>(?:已|均已)[^。；;:：]{0,60}?[,，]\s*(?:自[^,，。；;]{1,24}?起\s*)?)?"
    rf"\s*[,，]?\s*(?:被|予以)?(?:列入(?P<list>{_LIST_ALT})|(?:从|自)?(?P<list2>{_LIST_ALT})中?移出"
    rf"|(?<=起)\s*移出(?P<list3>{_LIST_ALT})\s*[:：])"
)


# One party as a listing names it: (name, quote, source, country, its row in a numbered list).
_Named = tuple[_Name, str, str, str | None, int | None]


# (…决定将甲公司等5家美国实体列入不可靠实体清单，并按照下列各条分别采取处理措施： then 一、甲公司（…）、乙公司（…）参与…，
# 对上述两家企业采取以下处理措施：…; 二、丙公司（…）…: the parties named clause by clause, each with its measures)
_SPLIT_LISTS_RE = re.compile(rf"分别列入(?:{_LIST_ALT})\s*(?:或者|或|和|及|以及)\s*(?:{_LIST_ALT})")
_TOP_CLAUSE_RE = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.]\s*")
_BY_CLAUSE_RE = re.compile(r"(?:按照|依照)(?:下列|以下)各(?:条|项|款)|分别采取(?:下列|以下)")
_NAMED_WITH_ENGLISH = r"[^、，,。；;（(:：]{2,40}?(?:及其分支机构)?[（(][A-Za-z][^（()）]*[）)]"
_CLAUSE_NAME_RE = re.compile(rf"({_NAMED_WITH_ENGLISH})\s*(?:、|和|以及|及)?\s*")
_NAMED_THEN_LISTED_RE = re.compile(
    rf"^(?P<lead>\s*[一二三四五六七八九十]+\s*[、.]\s*)(?P<names>{_NAMED_WITH_ENGLISH}(?:\s*[(（][\u4e00-\u9fff]{{2,8}}[)）])?"
    rf"(?:\s*[、和及]\s*{_NAMED_WITH_ENGLISH}(?:\s*[(（][\u4e00-\u9fff]{{2,8}}[)）])?)*)\s*[,，]\s*(?:被|予以)?"
    rf"列入(?P<list>{_LIST_ALT})(?=\s*(?:[。；;]|$))"
)
_COUNTRY_AFTER_RE = re.compile(r"(?<=[)）])\s*[(（][\u4e00-\u9fff]{2,8}[)）]")


def _named_clause_by_clause(listing: _Listing, lines: Sequence[_Line]) -> None:
    """A listing that counts more parties than it names and takes its measures clause by clause (see _BY_CLAUSE_RE):
    its names are those each numbered clause after it opens on."""
    if listing.action != "listed" or not listing.stated or len(listing.names) >= listing.stated:
        return
    if not _BY_CLAUSE_RE.search(listing.sentence) or "分别列入" in listing.sentence:
        return  # (…分别列入出口管制管控名单或者关注名单: each clause lists its parties itself)
    names: list[str] = []
    for line in lines[listing.line.index + 1 :]:
        numbered = _TOP_CLAUSE_RE.match(line.norm)
        if numbered is None:
            continue  # (（一）禁止其从事…: a measure under the clause)
        if re.search(rf"列入(?:{_LIST_ALT})", line.norm):
            return  # (一、甲公司（…），列入出口管制管控名单。: a clause that lists its party itself)
        rest = line.norm[numbered.end() :]
        at = (
            numbered.end() + len(rest) - len(re.sub(r"^\s*对?\s*", "", rest))
        )  # (一、对甲公司（…）: no 对 in the name)
        opened = []
        while (found := _CLAUSE_NAME_RE.match(line.norm, at)) is not None:
            opened.append(found.group(1).strip())
            at = found.end()
        if not opened:
            break
        names += opened
    if len(names) == listing.stated:
        listing.names = names
        listing.expects_block = False


def _split_lists_by_clause(listings: list[_Listing]) -> list[_Listing]:
    """Without the sentence that lists parties on two lists (…分别列入出口管制管控名单或者关注名单，并按照下列各条…) when its
    clauses list them by name, each on its list; kept when they do not (headings per list, a table with a 名单 column)."""
    if any(x.action == "listed" and x.names and not _SPLIT_LISTS_RE.search(x.sentence) for x in listings):
        return [x for x in listings if not _SPLIT_LISTS_RE.search(x.sentence)]
    return listings


def extract_parties(
    texts: Sequence[tuple[str, str]],
    *,
    published_on: dt.date | None = None,
    effective_on: dt.date | None = None,
    own_notice_id: str | None = None,
) -> PartyResult:
    """Every party named in a notice's texts: [("body", body), (attachment URL, its text), …]."""
    lines = _notice_lines(texts)
    issues: list[Issue] = []
    listings, refs = _read_sentences(lines, published_on, effective_on, own_notice_id)
    for listing in listings:
        _named_clause_by_clause(listing, lines)
    listings = _split_lists_by_clause(listings)
    parties: list[Party] = []
    used: set[str] = set()
    joined = "\n".join(x.norm for x in lines)
    if (
        not listings
        and not refs
        and not _ADJUSTMENT_INTRO_RE.search(joined)
        and not _TABLE_OF_ACTS_RE.search(joined)
        and not _EVENT_RE.search(joined)
    ):
        return PartyResult((), (), ())
    measures: tuple[str, ...] = ()
    if any(x.action == "listed" for x in listings) or re.search(
        rf"列入(?:{_LIST_ALT})", "\n".join(x.norm for x in lines if "|" in x.norm)
    ):
        found, block_lines = _measures(lines)
        measures = tuple(found)
        used.update(block_lines)  # （二）正在开展的相关出口活动应当立即停止: a measure's line, not an item
    blocks = _blocks(lines)
    claimed = [False] * len(blocks)
    start = effective_on or published_on
    # (名单类别 | … | 处理方式 rows under 附件所列…实体，处理方式为“移出”的，…移出…名单: each row's own act, whatever
    # act the sentence announcing them says of some of them)
    for i, (_, block) in enumerate(blocks):
        if block and all(
            cells and "action" in cells and _ROW_ACT_RE.search(cells["action"]) for *_, cells in block
        ):
            claimed[i] = True
            parties.extend(_action_rows(block, used, measures, start))
    parties.extend(_listings_parties(listings, blocks, claimed, used, issues, measures, start, lines))
    parties.extend(_event_parties(lines, blocks, claimed, used, published_on, effective_on))
    parties.extend(_annex_item_removals(lines, parties, effective_on or published_on))
    parties.extend(_early_ends(lines, effective_on or published_on))
    for i, (_, block) in enumerate(blocks):
        if not claimed[i] and block and all(cells and "action" in cells for _, _, _, cells in block):
            claimed[i] = True
            parties.extend(_action_rows(block, used, measures, start))
    for i, (_, block) in enumerate(blocks):
        if not claimed[i] and not listings and block:
            issues.append(
                Issue(
                    "party_list_unclaimed",
                    "a numbered party list follows no listing sentence",
                    block[0][0].text,
                )
            )
    return PartyResult(
        tuple(_once_each(_moves_completed(parties))),
        tuple(refs),
        tuple(issues),
        frozenset(map(_unspaced, used)),
    )


# (三、对附件所列个人不予签发签证: a kind of party named, no party)
_KIND_ONLY_RE = re.compile(
    r"^(?:个人|组织|实体|企业|单位|机构|公司|自然人|法人|组织和个人|组织、个人)$"
    # (北极星无人系统公司首席执行官: a listed person's post, printed in a table's description cell — no party of its own)
    r"|^.{2,40}(?:首席执行官|首席运营官|首席技术官|总裁|副总裁|董事长|总经理|执行董事|创始人|负责人|主席)$"
)


def _once_each(parties: list[Party]) -> list[Party]:
    """One entry per party, list, act, day and window: a party the notice names twice for the same act (in the sentence
    that counts the parties and in the clause that states its measures) is one act, with what each reading printed.
    A word for a kind of party (个人, 组织) alone names none."""
    at: dict[tuple[str, str, str, dt.date | None, dt.date | None], int] = {}
    out: list[Party] = []
    for party in (p for p in parties if not _KIND_ONLY_RE.match(p.name_zh or "")):
        key = (party.name_zh, party.list, party.action, party.effective_on, party.window_until)
        if key not in at:
            at[key] = len(out)
            out.append(party)
            continue
        kept = out[at[key]]
        # (the clause's reading prints the English name, the branches and the measures the counting sentence left out)
        out[at[key]] = dataclasses.replace(
            kept,
            name_en=kept.name_en or party.name_en,
            aliases=kept.aliases or party.aliases,
            country=kept.country or party.country,
            includes_branches=kept.includes_branches or party.includes_branches,
            measures=kept.measures or party.measures,
        )
    return out


# 自2027年4月1日起，将该实体列入出口管制管控名单，同时移出关注名单: a move said listing first — the party also
# leaves the other list, on the same day
_ALSO_OFF_RE = re.compile(
    rf"[,，;；]\s*(?:同时|并)\s*(?:将其|将该实体|将上述实体|将该企业|将上述企业)?\s*(?:从|自)?(?P<list>{_LIST_ALT})?中?"
    rf"移出(?P<list2>{_LIST_ALT})?"
)


def _moves_completed(parties: list[Party]) -> list[Party]:
    """Listings whose sentence also takes the party off another list, with that removal beside them."""
    removed = {(p.name_zh, p.list) for p in parties if p.action == "removed"}
    out = list(parties)
    for party in parties:
        also = _ALSO_OFF_RE.search(party.quote_zh) if party.action == "listed" else None
        off = _LIST_OF.get((also.group("list") or also.group("list2") or "") if also else "")
        if off is None or off == party.list or (party.name_zh, off) in removed:
            continue
        removed.add((party.name_zh, off))
        out.append(dataclasses.replace(party, list=off, action="removed", measures=(), window_until=None))
    return out


# 商务部公告2026年第1127号对甲公司（Alpha Inc.）暂停实施的（禁止向其出口两用物项的）措施，提前结束暂停，自…起恢复
# 实施: the suspension of one named party's measures ends early — the party is under its measures again
_EARLY_END_RE = re.compile(
    r"对\s*(?P<name>[^,，。;；对()（）]{2,40}?[(（][^()（）]{1,80}[)）])\s*暂停实施的[^,，。;；]{0,40}?措施\s*[,，]?\s*(?:提前结束|提前终止)"
)
_RESUMED_FROM_RE = re.compile(rf"自\s*(?P<date>{_DATE})\s*起")


def _early_ends(lines: Sequence[_Line], start: dt.date | None) -> list[Party]:
    """Parties whose suspended measures a notice brings back early, from the day it names (else its own)."""
    parties = []
    for line in lines:
        norm = line.norm
        for match in _EARLY_END_RE.finditer(norm):
            resumed = _RESUMED_FROM_RE.search(norm, match.end())
            parsed = parse_party_name(match.group("name"))
            if not _NAME_END_RE.search(parsed.name_zh) and not parsed.name_en:
                continue
            day = (parse_date(resumed.group("date")) if resumed else None) or start
            parties.append(
                Party(
                    name_zh=parsed.name_zh,
                    name_en=parsed.name_en,
                    aliases=parsed.aliases,
                    includes_branches=parsed.branches,
                    country=parsed.country,
                    list="control_list",  # (the measures a suspension holds are the control list's)
                    action="reinstated",
                    measures=(),
                    effective_on=day,
                    window_until=None,
                    address=parsed.address,
                    quote_zh=line.text,
                    source=line.source,
                )
            )
    return parties


# 二、附件第5项、第6项所列2家实体系…列入关注名单的实体。…上述2家实体…自本公告公布之日起移出关注名单: parties this
# notice lists, named by their rows, leave the list they were on before
_ANNEX_ROWS_RE = re.compile(
    r"附件\s*\d{0,2}\s*第(?P<rows>\d{1,3}\s*项(?:\s*[、和及]\s*第\d{1,3}\s*项)*)\s*所列"
)
_ROW_REMOVAL_RE = re.compile(rf"移出(?P<list>{_LIST_ALT})")


def _annex_item_removals(lines: Sequence[_Line], parties: list[Party], start: dt.date | None) -> list[Party]:
    listed = [p for p in parties if p.action == "listed" and p.source != "body"] or [
        p for p in parties if p.action == "listed"
    ]
    out: list[Party] = []
    for line in lines:
        rows = _ANNEX_ROWS_RE.search(line.norm)
        removal = _ROW_REMOVAL_RE.search(line.norm, rows.end()) if rows else None
        if (
            rows is None
            or removal is None
            or re.search(r"(?:号|该|原|上述|前述)(?:公告)?\s*$", line.norm[: rows.start()])
        ):
            # (…第1201号附件第3项所列… / …第2281号…。其中，该公告附件第2项所列…: a row of another notice's annex)
            continue
        for number in (int(n) for n in re.findall(r"\d{1,3}", rows.group("rows"))):
            if 0 < number <= len(listed):
                party = listed[number - 1]
                out.append(
                    replace(
                        party,
                        list=_LIST_OF[removal.group("list")],
                        action="removed",
                        measures=(),
                        effective_on=start,
                        window_until=None,
                        quote_zh=line.text.strip(),
                    )
                )
    return out


# What a notice does to parties already listed, when it names them: suspends (暂停实施相关措施), resumes
# (恢复实施…措施), ends (停止执行…措施) or adds measures (增加以下处理措施：…).
# (二、对已于2025年2月4日列入不可靠实体清单的美国PVH集团，采取以下处理措施：…: measures taken now on a party listed
# before, named first — the measures after the comma, as 增加以下处理措施 adds them)
# (对2025年4月9日列入…的甲公司（…）、乙公司（…），禁止其高级管理人员入境: the measure itself after the comma)
# (…研究院（…），在禁止向其出口两用物项的基础上，禁止出口经营者为其提供…服务: a measure added to the ones it has)
# (…，禁止其…的措施，自…起停止实施: a measure named as it ends — not …禁止其高级管理人员入境的措施自…起实施, one taken)
_NOT_ENDED = r"(?![^。；;]*?的\s*(?:处理|反制)?措施[^。；;]*?(?:停止|暂停|中止|解除|终止|取消|不再|恢复|撤销|废止|失效))"
_TAKE_MEASURES = (
    r"(?<=[,，])\s*(?:(?:决定)?采取(?:以下|如下|下列)(?:处理|反制)?措施"
    rf"|(?=(?:在[^,，。；;]{{0,30}}?基础上\s*[,，]\s*)?(?:禁止|限制)[^,，。；;]{{0,12}}?其{_NOT_ENDED}))"
)
_EVENT_RE = re.compile(
    rf"(?:暂停|暂缓|中止)(?:对其)?{_APPLY}|恢复(?:对其)?{_APPLY}|停止(?:执行|实施)|{_ADD_MEASURES}|{_TAKE_MEASURES}"
)
_ADDED_MEASURES_RE = re.compile(
    rf"(?:{_ADD_MEASURES}\s*[:：]?\s*|^\s*(?:决定)?采取(?:以下|如下|下列)(?:处理|反制)?措施\s*[:：]?\s*"
    rf"|^\s*(?=(?:在[^,，。；;]{{0,30}}?基础上\s*[,，]\s*)?(?:禁止|限制)[^,，。；;]{{0,12}}?其{_NOT_ENDED}))"
    r"(?P<measures>.*)$"
)
# 恢复实施禁止向其出口两用物项的措施: the measure a resumption names
_RESUMED_MEASURE_RE = re.compile(rf"恢复{_APPLY}(?P<measure>[^，,。;；]{{2,60}}?)的(?:处理)?措施")
# …的下列实体暂停实施相关措施…： the parties are in the list printed after the sentence
# (对下列3家日本实体暂停实施…: a country or kind may stand before the noun)
# (…，但下列两类企业除外：: the kinds left out, no parties)
_EVENT_LIST_RE = re.compile(
    r"(?:下列|以下|如下)\s*(?:\d{1,4}\s*家)?\s*(?:(?!类|种)[\u4e00-\u9fff]){0,12}?(?:实体|企业|公司|机构|组织)"
    r"(?![^。；;]*除外)"
)
_LEADING_START_RE = re.compile(rf"^\s*自\s*(?:{_DATE}|本公告(?:发布|公布)之日)\s*起\s*[,，]?\s*")


# …所列甲株式会社（…），暂停期限延长至…；同一附件第16项所列乙株式会社（…），…自…起恢复实施相关措施: each ；-part its own
# party and its own act
_OWN_PARTY_PART_RE = re.compile(r"[(（][A-Za-z][^()（）]*[)）][^。;；]*?(?:暂停|中止|暂缓|恢复|停止|延长)")


# (…；对乙公司（…）暂停实施相关措施，暂停期限均为6个月 / …；乙公司，自同日起…: a later part that refers back to the
# window of the part before shares it — the sentence is read whole)
_REFERS_BACK_RE = re.compile(r"均|同日|同一日|上述期限")
_LEADING_DAY_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])?"
    r"(?P<day>\s*(?:自|从)[^,，。;；]{1,24}?起\s*[,，]?)"
)


def _own_party_parts(sentences: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """The sentences of a line, those whose every ；-part names a party and acts on it cut at the ；, the day the
    sentence opens on (一、自2027年6月1日起，对甲…；对乙…) carried to every part."""
    for verbatim, read in sentences:
        parts = [p for p in re.split(r"(?<=[;；])", read) if p.strip()]
        printed = re.split(r"(?<=[;；])", verbatim)
        if (
            len(parts) > 1
            and len(parts) == len(printed)
            and all(_OWN_PARTY_PART_RE.search(nfkc(p)) for p in parts)
            and not any(_REFERS_BACK_RE.search(p) for p in parts[1:])
        ):
            lead = _LEADING_DAY_RE.match(read)
            day = lead.group("day").strip() if lead else ""
            for index, (shown, part) in enumerate(zip(printed, parts, strict=True)):
                # (…；自2027年9月1日起，对乙公司…恢复实施…: a part printing its own day keeps it)
                own = index == 0 or not day or _LEADING_DAY_RE.match(part)
                yield (shown, part) if own else (day + shown, day + part)
        else:
            yield verbatim, read


def _event_parties(
    lines: Sequence[_Line],
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
    used: set[str],
    published_on: dt.date | None,
    effective_on: dt.date | None,
) -> list[Party]:
    """Parties a notice names only to act on their earlier listing.

    `对2026年5月12日列入不可靠实体清单的甲公司（Alpha Ltd），自…起暂停实施相关处理措施，暂停期限至…`
    suspends the parties named before the first comma, and `…的下列实体暂停实施相关措施：` those of
    the list printed after it. The list is the one the sentence says they were put on, else the last
    one the notice named before; the action is read after the names (`自…起暂停实施相关措施的甲公司，
    自…起恢复实施…` resumes). Added measures (`增加以下处理措施：禁止…`) make the party `listed` with them, as
    any notice imposing measures on a listed party. Sentences that list or remove (列入 / 移出) are read as
    listings, and objects that name no one (…第21号所列实体) stay `PartyRef`s."""
    parties: list[Party] = []
    last: tuple[PartyList, set[int]] | None = None  # the list named last, and the notices its sentence cites
    by_notice = _lists_by_notice(lines)
    for index, line in enumerate(lines):
        earlier = _lines_before(lines, index)  # where a back-reference's names are
        said = ""  # the sentences of the line read so far
        for verbatim, read in _own_party_parts(_sentences(line)):
            context = f"{earlier}。{said}" if earlier else said
            said += read
            sentence = _CN_NUMBERING_RE.sub("", read).strip()
            named_list = [m.group(0) for m in re.finditer(_LIST_ALT, sentence)]
            # (对2026年第11号公告所列…: the list that notice put its parties on, for this sentence only)
            cited = _NOTICE_NO_RE.search(sentence)
            cited_list = by_notice.get(int(cited.group("n"))) if cited else None
            if _TABLE_ROW_RE.match(line.norm) and _in_action_table(line, blocks):
                continue  # (a row of a table of adjustments: its action cell is read with its row)
            # (2027年3月16日，商务部发布…第1517号公告，对甲公司暂停实施相关措施6个月: that day's act, told)
            told = (
                _told_day(sentence, published_on) and not re.search(r"现决定|现将|现予", sentence)
            ) or bool(
                _STILL_SO_RE.search(
                    sentence
                )  # (甲公司、乙公司，仍按照…规定的期限暂停实施相关措施: a state that holds)
            )
            if (
                _EVENT_RE.search(sentence)
                and "移出" not in sentence
                and not _LISTING_RE.search(sentence)
                and not told
            ):
                party_list = _event_list(sentence, named_list, cited_list, last, context)
                found = _event(
                    sentence,
                    line,
                    verbatim,
                    party_list,
                    blocks,
                    claimed,
                    published_on,
                    effective_on,
                    context,
                    lines,
                )
                if found:
                    used.update([line.norm, *(q for p in found for q in p.quote_zh.split("\n"))])
                    parties.extend(found)
                    # (…；同一附件第16项所列乙…: the list of the annex just acted on)
                    if cited is not None and cited_list is not None:
                        last = (cited_list, {int(cited.group("n"))})
            if named_list:
                last = (
                    _LIST_OF[named_list[-1]],
                    {int(m.group("n")) for m in _NOTICE_NO_RE.finditer(sentence)},
                )
    return parties


def _last_list_if_its(last: tuple[PartyList, set[int]] | None, sentence: str) -> PartyList | None:
    """The list named last, unless this sentence acts on the measures a notice other than those the sentence naming
    that list was about laid down (…第12号、第28号公告分别将…列入关注名单。…继续暂停实施商务部公告2025年第1号规定的措施:
    not the watch list's measures; …恢复实施经…第30号暂停实施的相关措施 names the notice that suspended them, no source)."""
    if last is None:
        return None
    party_list, numbers = last
    source = _MEASURES_SOURCE_RE.search(sentence)
    return None if source is not None and numbers and int(source.group("n")) not in numbers else party_list


# (…商务部公告2025年第1号规定的措施: the notice whose measures are acted on)
_MEASURES_SOURCE_RE = re.compile(
    r"第\s*(?P<n>\d{1,4})\s*号(?:公告)?\s*(?:规定|确定|所定|所列|(?:对其)?采取)的[^,，。;；]{0,20}?措施"
)


_STILL_SO_RE = re.compile(r"仍(?:然)?(?:按照|依照|按|依)[^。;；]{0,40}?(?:暂停|中止|暂缓)(?:实施|执行)?")
# 对上述高点航空技术公司等2家实体 / 对该企业 / 对上述3家企业: the parties a finding printed before, referred back to
_BACK_SUBJECT_RE = re.compile(
    rf"^\s*(?:对|将)?\s*(?:上述|前述|该|其)(?![^,，。;；]{{0,6}}?(?:关联|下属|子公司|分支|控股|附属))\s*(?P<example>[^,，。;；等]{{2,40}}?等)?\s*(?:(?P<n>{_COUNT})\s*(?:家|个|名))?"
    r"[\u4e00-\u9fff]{0,6}?(?:实体|企业|公司|机构|组织|单位)?\s*$"
)


# (上述甲公司等2家实体 / 上述3家企业: a back-reference that counts what it refers to — the subject of an act)
_BACK_COUNTED_RE = re.compile(
    rf"^\s*(?:上述|前述)\s*(?:[^,，。;；等]{{2,40}}?等)?\s*(?:{_COUNT})\s*(?:家|个|名)[\u4e00-\u9fff]{{0,6}}?"
    r"(?:实体|企业|公司|机构|组织|单位)\s*$"
)


def _back_names(subject: str, context: str, line: _Line, verbatim: str) -> list[_Named]:
    """An event's subject that refers back (对上述甲公司等2家实体恢复实施… / 对该企业…): the nearest run of names printed
    before it that has the count it states (and starts with the party it gives as an example)."""
    back = _BACK_SUBJECT_RE.match(subject)
    if back is None or not context:
        return []
    want = _count(back.group("n")) if back.group("n") else None
    example = (back.group("example") or "").rstrip("等").strip()
    text = context
    while text:
        names, _stated, country = _antecedent_names(text)
        if not names:
            return []
        names = [re.sub(r"^\s*第\s*\d{1,3}\s*项\s*", "", name) for name in names]
        if (want is None or len(names) == want) and (not example or names[0].startswith(example)):
            return [(parse_party_name(name), verbatim.strip(), line.source, country, None) for name in names]
        cut = text.rfind(names[0])
        text = text[:cut] if cut > 0 else ""
    return []


# …第11号公告和第12号公告，将甲…列入出口管制管控名单，将乙…列入关注名单: the list each cited notice put parties on
_NOTICE_NO_RE = re.compile(r"第\s*(?P<n>\d{1,4})\s*号")
_LISTED_ONTO_RE = re.compile(rf"列入(?P<list>{_LIST_ALT})")


# 同一附件第16项所列乙株式会社（…）: the row of the annex named before
# (该公告附件第6项所列格雷森…（…）: the row of the annex of the notice named before)
_SAME_ANNEX_ROW_RE = re.compile(
    r"^\s*(?:同一|该|上述)(?:公告|决定)?(?:所附)?(?:附件\s*\d{0,2}|名单|清单)\s*第\s*\d{1,3}\s*项\s*所列的?\s*"
)
# (…第11号附件第9项所列甲株式会社…移出出口管制管控名单: the list that notice's parties are on)
_LEFT_LIST_RE = re.compile(rf"号[^。;；]{{0,40}}?所列[^。;；]*?移出(?P<list>{_LIST_ALT})")
# …第12号公告将… / …发布2025年第21号公告，将… / …第11号、第12号公告分别将…: the notice as the one that listed them
# (…第11号附件所列20家日本实体被列入…: said passively; 甲株式会社经…第1500号移出关注名单，列入…: by that notice)
_NOTICE_DID_RE = re.compile(
    r"\d{1,4}\s*号(?:公告)?\s*[(（]?[^,，。;；]{0,40}?[)）]?\s*[,，]?\s*(?:分别)?\s*将|被列入"
    r"|经[^。;；，,]{0,30}?\d{1,4}\s*号(?:公告)?\s*(?:决定)?\s*(?:移出|列入|调入|调整)"
)


def _lists_by_notice(lines: Sequence[_Line]) -> dict[int, PartyList]:
    """The list each notice a sentence names put its parties on, where the sentence pairs them one to one (its
    notices and its listings in the same order)."""
    found: dict[int, PartyList] = {}
    for line in lines:
        for _, sentence in _sentences(line):
            # (…第11号、第12号公告（以下分别简称第11号公告、第12号公告），将…列入…: each number once, as first printed)
            numbers = list(dict.fromkeys(int(m.group("n")) for m in _NOTICE_NO_RE.finditer(sentence)))
            left = [m.group("list") for m in _LEFT_LIST_RE.finditer(sentence)]
            if len(numbers) == 1 and len(left) == 1:
                found.setdefault(
                    numbers[0], _LIST_OF[left[0]]
                )  # (…第11号附件第9项所列甲…移出出口管制管控名单)
            if not _NOTICE_DID_RE.search(sentence):
                continue  # (…第11号附件第9项所列甲株式会社…移出管控名单，列入关注名单: this notice's act, not 11's)
            onto = [_LIST_OF[m.group("list")] for m in _LISTED_ONTO_RE.finditer(sentence)]
            if numbers and len(numbers) == len(onto):
                found.update(zip(numbers, onto, strict=True))
    return found


def _ban_list(sentence: str) -> PartyList | None:
    """The control list, when a sentence naming no list acts on the export ban on a party (…恢复实施，即禁止出口经营者
    向其出口两用物项): the ban is that list's measure, whatever list the notice named last."""
    if "处理措施" not in sentence and re.search(
        r"禁止[^,，。;；]{0,12}?向其?[^,，。;；]{0,6}?出口", sentence
    ):
        return "control_list"
    return None


_TAKEN_MEASURES_RE = re.compile(r"采取的(?:相关)?(?:管控)?措施")


def _event_list(
    sentence: str,
    named_list: list[str],
    cited_list: PartyList | None,
    last: tuple[PartyList, set[int]] | None,
    context: str = "",
) -> PartyList | None:
    """The list an event sentence acts on: the one it names, else the one its measures or the notice it cites point to,
    else the one named last — but measures taken under another notice's clause on a party (暂停实施第2447号公告第二条对
    丙公司（…）采取的措施) are the control list's, unless the text before says the party was put on the watch list."""
    if named_list:
        return _LIST_OF[named_list[0]]
    found = _ban_list(sentence) or cited_list or _last_list_if_its(last, sentence) or _measures_list(sentence)
    taken = _TAKEN_MEASURES_RE.search(sentence) and re.search(
        r"号(?:公告)?\s*第[一二三四五六七八九十]+[条款]", sentence
    )
    if not taken:
        return found
    party = re.search(r"对\s*([^，,。；;（(对]{2,30}?)\s*(?:[（(]|采取)", sentence)
    # (…将甲公司（…）列入出口管制管控名单，将乙公司（…）列入关注名单: 乙's listing is not 甲's — no 列入 between)
    watched = party is not None and re.search(
        rf"{re.escape(party.group(1))}(?:(?!列入)[^。；;]){{0,80}}?列入关注名单", context
    )
    if watched:
        return "watch_list"
    return "control_list" if found == "watch_list" else found


def _measures_list(sentence: str) -> PartyList | None:
    """The list whose measures a sentence acts on when no list is named in the notice: the Unreliable Entity
    List's are 处理措施, the control list's 措施 (…对…所列甲公司（…）采取的措施，自…起恢复实施)."""
    if "处理措施" in sentence:
        return "unreliable_entity_list"
    return "control_list" if "措施" in sentence else None


def _in_action_table(line: _Line, blocks: list[tuple[PartyList | None, list[_Entry]]]) -> bool:
    return any(
        entry[0] is line and entry[3] is not None and "action" in entry[3]
        for _, block in blocks
        for entry in block
    )


# (自…起至…止，暂停实施〔2025〕6号公告对甲公司（…）采取的处理措施: the act first, then the measures on the party)
_ACT_FIRST_RE = re.compile(
    # (not …〔2026〕2318号暂停实施的、…号对甲公司…采取的处理措施，…恢复实施: an earlier act describing the measures)
    # (暂停实施该公告对甲公司、乙公司采取的处理措施: the notice named before, by 该)
    r"^(?P<when>[^。;；]*?(?:暂停|中止|暂缓|恢复)(?:实施|执行))(?!\s*的)\s*"
    r"(?:[^,，。;；对]{0,40}?号(?:公告)?[^,，。;；对]{0,12}?\s*|(?:该|上述|前述|原)(?:公告|决定)\s*)?"
    # (…对其附件所列第3项、第4项日本实体，即甲株式会社（…）、乙株式会社（…）采取的措施: the rows, then the names after 即)
    r"对\s*(?:其?(?:附件)?所列[^,，。;；]{0,30}?(?:实体|企业)\s*[,，]\s*即\s*)?"
    r"(?P<who>[^,，。;；]+?)\s*(?:所)?采取的?[^,，。;；]{0,40}?措施(?P<tail>[^。;；]*)[。;；]?\s*$"
)
# (…对甲公司（…）、乙公司（…）等2家美国实体采取的处理措施: the names, then their count)
_COUNTED_END_RE = re.compile(r"等\s*\d{1,3}\s*家[^,，。;；]{0,8}?(?:实体|企业|公司|机构)$")


# (…，对其中甲公司（…）、乙公司（…）暂停实施该公告规定的处理措施，…: the parties after 对, then the act on their measures)
_NAMES_THEN_ACT_RE = re.compile(
    # (对…所附名单第1项、第2项所列实体，即甲公司（…）、乙公司（…），暂停实施…: the names after 即)
    r"^(?P<lead>[^。;；]*?[,，])?\s*(?P<on>对)\s*(?:其中\s*)?(?P<who>(?:[^,，。;；]+?[,，]\s*即(?!日)\s*)?[^,，。;；]+?)\s*[,，]?\s*"
    # (…对甲公司（…）继续暂停实施…措施: the suspension held on)
    r"(?:继续|仍)?\s*(?P<act>(?:暂停|中止|暂缓|恢复)(?:实施|执行)[^,，。;；]{0,30}?措施)"
)


# (对该清单所列甲公司、乙公司2家美国实体，暂停实施…: names, then their count and kind)
_NAMES_COUNTED_RE = re.compile(
    rf"\S(?:公司|集团|株式会社|[)）])\s*(?:等)?\s*{_COUNT}\s*家[\u4e00-\u9fff]{{0,8}}?(?:实体|企业|公司|机构)$"
)


def _before_its_end(rest: str) -> str:
    """The words of an act up to what it says happens when it ends (…，暂停期限为6个月，期满后自动恢复实施: the act is
    the suspension, not the resumption after it)."""
    return re.split(r"[,，;；]\s*(?=(?:暂停)?(?:期满|届满|期限届满)(?:后|以后|之后))", rest)[0]


def _ended_suspension(sentence: str) -> bool:
    return re.search(r"(?:提前)?(?:终止|结束)\s*对", sentence) is not None


def _subject_and_rest(sentence: str) -> tuple[str, str] | None:
    """An event sentence cut into the words naming its parties and the words saying what is done to them."""
    masked = _mask_brackets(sentence)
    first = _ACT_FIRST_RE.match(masked)
    if first is not None and (
        _NAME_END_RE.search(first.group("who"))
        or _COUNTED_END_RE.search(first.group("who"))
        or _BACK_COUNTED_RE.match(first.group("who"))
    ):
        # (…，期限为6个月: the window may follow the measures, brackets and all)
        tail = _before_its_end(sentence[first.start("tail") : first.end("tail")])
        return sentence[first.start("who") : first.end("who")], sentence[: first.end("when")] + tail
    named = _NAMES_THEN_ACT_RE.match(masked)
    if named is not None and (
        _NAME_END_RE.search(named.group("who"))
        or _BACK_COUNTED_RE.match(named.group("who"))
        or _NAMES_COUNTED_RE.search(named.group("who"))
    ):
        # (经评估，自…起，对其中甲公司（…）、乙公司（…）暂停实施该公告规定的处理措施，暂停期限为一年)
        rest = _before_its_end(sentence[named.start("act") :])
        return sentence[named.start("who") : named.end("who")], sentence[: named.start("on")] + rest
    opened = _SUBJECT_INTRO_RE.sub("", sentence)
    leading = _LEADING_START_RE.match(opened)
    body = opened[leading.end() :] if leading else opened
    # (提前终止对甲公司（…）的暂停，恢复实施…: the suspension of the party's measures ended, the party after 对)
    body = re.sub(r"^\s*(?:提前)?(?:终止|结束)\s*(?=对)", "", body)
    # (经…第1273号暂停实施的对甲公司（…）采取的措施，自…起恢复实施: the notice that suspended them, then the party)
    body = re.sub(
        # (…〔2026〕2318号暂停实施的、…〔2026〕2264号对甲公司（…）采取的处理措施: the same, the measures' notice between)
        r"^\s*(?:经?[^,，。;；]{0,40}?号(?:公告)?\s*(?:决定)?\s*(?:暂停|中止|暂缓)(?:实施|执行)?的\s*"
        r"(?:、\s*[^,，。;；]{0,40}?号(?:公告)?\s*)?)?对\s*",
        "",
        body,
    )
    comma = re.search(r"[,，]", _mask_brackets(body))
    added = _ADDED_MEASURES_RE.search(body)
    if added is not None and (comma is None or added.start() < comma.start()):
        # 对甲公司（…）增加以下处理措施：…: the measures follow the name, no comma between
        subject, rest = body[: added.start()], body[added.start() :]
    elif comma is None:
        return None
    else:
        subject, rest = body[: comma.start()], body[comma.end() :]
        # (甲公司（…）未按承诺完成整改，提前结束对其的暂停，…恢复实施…: the party, then what it did)
        did = _PREDICATE_RE.search(_mask_brackets(subject))
        if did is not None and did.start() > 0 and _ended_suspension(rest):
            subject = subject[: did.start()]
    # (对甲公司（…）采取的处理措施，自…起暂停实施: the measures on the party, named by it)
    # (对甲公司（…）采取的禁止其向中国出口…的处理措施（…〔2025〕6号）: the measure described, and its notice)
    subject = re.sub(
        r"(?<=[)）])\s*(?:所)?采取的?[^,，。;；]{0,40}?措施\s*(?:[(（][^()（）]*[)）])?\s*$", "", subject
    )
    # (对甲公司（…）的暂停期限届满后，自…起继续暂停实施… / …对乙公司（…）的暂停，恢复实施…: the party's suspension named)
    # (…第二项处理措施对乙公司（…）的暂停期限于2027年6月30日届满，届满后继续暂停…: the measure, then the party)
    subject = re.sub(
        r"(?<=[)）])\s*的\s*(?:暂停|中止|暂缓)(?:实施)?(?:期限|期间)?(?:[^,，。;；]{0,16}?(?:届满|期满)(?:后|之后|以后)?)?\s*$",
        "",
        re.sub(
            r"^[^,，。;；]*?号[^,，。;；]*?措施\s*对\s*(?=[^。;；]+?[)）]\s*的\s*(?:暂停|中止|暂缓))",
            "",
            subject,
        ),
    )
    # (〔2025〕10号公告第三项处理措施，对甲公司（…）、乙公司（…）暂停实施: a notice's measure, then the parties)
    # (…第二项处理措施，对甲公司（…）提前结束暂停，自…起恢复实施: the suspension of the measure ended for the party)
    on_them = re.match(
        r"\s*对\s*(?P<who>[^,，。;；]+?)\s*(?=暂停|中止|暂缓|恢复|停止|(?:提前)?(?:结束|终止)暂停)",
        _mask_brackets(rest),
    )
    if on_them is not None and re.search(r"号(?:公告)?[^,，]*措施\s*$", subject):
        subject, rest = rest[on_them.start("who") : on_them.end("who")], rest[on_them.end() :]
    if leading is not None and _ended_suspension(sentence) and not _RESUMED_FROM_RE.search(rest):
        rest = (
            leading.group(0) + rest
        )  # (自2027年6月1日起，提前终止对甲公司（…）的暂停，恢复实施…: the day it ends)
    return subject, rest


def _event(
    sentence: str,
    line: _Line,
    verbatim: str,
    party_list: PartyList | None,
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
    published_on: dt.date | None,
    effective_on: dt.date | None,
    context: str = "",
    annex_lines: Sequence[_Line] = (),
) -> list[Party]:
    if party_list is None:
        return []
    masked = _mask_brackets(sentence)
    if _EVENT_LIST_RE.search(masked) and sentence.rstrip().endswith((":", "：")):
        index = next(
            (i for i, (_, b) in enumerate(blocks) if not claimed[i] and b and b[0][0].index > line.index),
            None,
        )
        if index is None:
            return []
        claimed[index] = True
        listing = _Listing(
            party_list, "listed", [], None, None, True, True, line, verbatim.strip(), line.index
        )
        named = _block_parties(listing, blocks[index][1], set(), [])
        rest = sentence
    else:
        split = _subject_and_rest(sentence)
        if split is None:
            return []
        subject, rest = split
        # (…第1201号附件第4项所列甲公司（…）已书面承诺配合核查，…暂停对其实施…: the row that listed it, and what it did)
        # (同一附件第16项所列乙株式会社（…）: the row of the annex named before)
        cited = _CITED_LIST_RE.match(subject) or _SAME_ANNEX_ROW_RE.match(subject)
        if cited is not None:
            subject = subject[cited.end() :]
            cut = _PREDICATE_RE.search(_mask_brackets(subject))
            subject = subject[: cut.start()] if cut else subject
        named = _event_names(subject, line, verbatim) or _back_names(subject, context, line, verbatim)
        named = named or _annex_parties(subject, line, verbatim, party_list, blocks, claimed, annex_lines)
    action = "listed" if _ADDED_MEASURES_RE.search(rest) else _ref_action(rest)
    if not named or action is None:
        return []
    start, until = _window(rest, published_on, effective_on)
    measures: tuple[str, ...] = ()
    added = _ADDED_MEASURES_RE.search(rest)
    resumed = _RESUMED_MEASURE_RE.search(rest)
    if action == "listed" and added:
        start = effective_on or published_on
        measures = tuple(
            m for m in (x.strip(_TRAIL) for x in re.split(r"[;；。]", added.group("measures"))) if m
        )
    elif action == "reinstated" and resumed:
        measures = (resumed.group("measure").strip(_TRAIL),)
    return [
        Party(
            name_zh=parsed.name_zh,
            name_en=parsed.name_en,
            aliases=parsed.aliases,
            includes_branches=parsed.branches,
            country=country,
            list=party_list,
            action=action,
            measures=measures,
            effective_on=start,
            window_until=until if action == "suspended" else None,
            address=parsed.address,
            quote_zh=quote,
            source=source,
        )
        for parsed, quote, source, country, _ in named
    ]


def _event_names(subject: str, line: _Line, verbatim: str) -> list[_Named]:
    """The names an event sentence's subject prints (after the words saying when they were listed or
    suspended); none when a piece is no name (…第21号所列实体, 上述实体)."""
    text = _named_after_ji(_EARLIER_LISTING_RE.sub("", subject.strip()))
    # (该清单所列甲公司、乙公司2家美国实体: the list named again, before the names)
    text = re.sub(r"^\s*(?:该|上述|前述|此)\s*(?:名单|清单)\s*(?:所列|中)的?\s*", "", text)
    # (…的甲公司、乙公司等4家美国实体: the count closing the run of names, and the country it gives them all)
    # (…甲公司（…）、第7项乙株式会社（…）2家日本实体: the count right after the last bracket, no 等)
    names = _without_closing_count(text)
    group_country = _country_in(text[len(names) :]) if names != text else None
    text = names
    pieces = _split_names(text)
    if pieces:
        pieces[0] = _strip_description(pieces[0])
    named: list[_Named] = []
    for piece in pieces:
        # (…附件所列第4项甲株式会社（…）、第8项乙株式会社（…）: the row of each name, before it)
        piece = _without_row_and_country(piece.strip(_TRAIL))
        # 英国Brackenridge Ltd: the country word is not part of a name printed in Latin (美国PVH集团 keeps it), nor is
        # a country and 实体 before a name opening in Latin (对日本实体IHI原动机株式会社)
        word = _LATIN_DESCRIPTOR_RE.match(piece.strip())
        country = _country_in(word.group("word")) if word else None
        if (
            word is not None
            and country
            and (_DESCRIBED_WORD_RE.search(word.group("word")) or _without_latin_country(piece) != piece)
        ):
            piece = piece.strip()[word.end() :]
        else:
            country = None
        bare = _BRANCHES_RE.sub("", piece).strip()
        if _NOT_A_NAME_RE.search(bare) or not (_NAME_END_RE.search(bare) or _is_latin(bare)):
            return []
        if re.search(r"措施$", re.sub(r"[（(][^()（）]*[)）]", "", bare)):
            return []  # (第10号公告规定的第一项处理措施（禁止…），对甲公司…: a measure, the parties come after)
        if re.search(r"公告|名单|清单|所涉|所列|第\d{1,4}号", bare):
            return []  # …第61号公告第二款所涉…名单所列进口商和最终用户: the parties of a clause, unnamed
        parsed = parse_party_name(piece)
        if country is None:
            parsed, country = _strip_country_prefix(parsed)
        named.append((parsed, verbatim.strip(), line.source, country or group_country, None))
    return named


_DESCRIBED_WORD_RE = re.compile(r"(?:实体|企业|机构)$")
_IN_MONTH_RE = re.compile(r"于\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*将")


def _told_day(quote: str, published: dt.date | None) -> bool:
    """Whether a sentence opens on a day before the notice's (a listing that day told, not made now)."""
    opening = _OPENS_ON_DAY_RE.match(nfkc(quote))
    day = parse_date(opening.group("day")) if opening is not None else None
    return day is not None and published is not None and day < published


def _listings_parties(
    listings: list[_Listing],
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
    used: set[str],
    issues: list[Issue],
    measures: tuple[str, ...],
    start: dt.date | None,
    lines: Sequence[_Line],
) -> list[Party]:
    """The parties each listing or removal sentence names, in the list it announces or in itself."""
    parties: list[Party] = []
    row_starts = _row_starts(lines)
    named: list[_Named] = []
    # Entries of a claimed list that another listing onto the same list names itself (将上述2家实体
    # 移出关注名单，列入管控名单 with the list printed once for all): that listing's, with the list's details.
    from_list: dict[tuple[PartyList, str], _Named] = {}
    for listing in listings:
        used.add(listing.line.norm)  # a sentence that lists or removes parties is never a goods item
        if listing.recap and (
            _OPENS_ON_DAY_RE.match(nfkc(listing.sentence)) or _IN_MONTH_RE.search(listing.sentence)
        ):  # (a day before the notice's: told; 商务部于2026年12月将甲公司…列入…: a month's act, told)
            continue  # (2026年10月20日，商务部将甲公司等4家…列入关注名单: that day's act, told; its names only recalled)
        if listing.recap and _removed_here(listing, listings):
            continue  # (…第2151号将丙公司列入…后，该公司…提出移出申请。…决定将丙公司移出…: the listing told for the removal)
        # (将附件2所列3家实体移出…: the parties of that attachment's table, whatever table comes first)
        annexed = (
            _annex_block(_annex_named(listing.sentence, listing.line.norm), blocks, lines)
            if not listing.names
            else None
        )
        block_index = (
            annexed
            if annexed is not None and not claimed[annexed]
            else _unclaimed_block(listing, blocks, claimed)
        )
        if block_index is not None and blocks[block_index][0] and _SPLIT_LISTS_RE.search(listing.sentence):
            # (…分别列入出口管制管控名单和关注名单。 then 一、列入出口管制管控名单的实体： … 二、列入关注名单的实体： …: each
            # run of rows is on the list its heading names)
            parties.extend(
                _headed_runs(
                    listing, blocks, claimed, block_index, (used, issues, measures, start, row_starts)
                )
            )
            continue
        if listing.moved and named:
            # the removal just read claimed the list (or read the names) the move onto this list takes
            named = [from_list.get((listing.list_name, n[0].name_zh), n) for n in named]
        elif block_index is not None:
            claimed[block_index] = True
            named = _block_parties(listing, blocks[block_index][1], used, issues)
            others = {
                parse_party_name(name).name_zh
                for other in listings
                if other is not listing and other.action == "listed" and other.list_name == listing.list_name
                for name in other.names
            }
            from_list.update({(listing.list_name, n[0].name_zh): n for n in named if n[0].name_zh in others})
            named = [n for n in named if n[0].name_zh not in others]
        else:
            named = _inline_parties(listing, used)
            if listing.action == "listed":
                named = [from_list.get((listing.list_name, n[0].name_zh), n) for n in named]
        _check_count(listing, named, issues)
        listed = _listed_parties(listing, named, measures, _printed_start(listing, start), row_starts)
        parties.extend(listed + (_also_off(listing, listed) if block_index is not None else []))
        parties.extend(_moved_off(listing, listings, parties, named, start))
    return parties


def _headed_runs(
    listing: _Listing,
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
    first: int,
    context: tuple[set[str], list[Issue], tuple[str, ...], dt.date | None, dict[int, dt.date]],
) -> list[Party]:
    """The parties of the runs a sentence listing parties on two lists announces, each run on its heading's list."""
    used, issues, measures, start, row_starts = context
    parties: list[Party] = []
    named_all: list[_Named] = []
    for index in range(first, len(blocks)):
        armed = blocks[index][0]
        if claimed[index] or armed is None:
            break
        claimed[index] = True
        each = dataclasses.replace(listing, list_name=armed)
        named = _block_parties(each, blocks[index][1], used, issues)
        named_all += named
        parties += _listed_parties(each, named, measures, _printed_start(each, start), row_starts)
    _check_count(listing, named_all, issues)
    return parties


def _moved_off(
    listing: _Listing,
    listings: list[_Listing],
    parties: list[Party],
    named: list[_Named],
    start: dt.date | None,
) -> list[Party]:
    """将其移出关注名单，列入出口管制管控名单（见附件）：: when the removal half of a move found no names and the listing
    half took them from the list printed for it, the same parties leave the other list."""
    if not (listing.moved and listing.action == "listed" and named):
        return []
    removal = next(
        (
            x
            for x in listings
            if x.action == "removed"
            and x.line is listing.line
            and x.sentence == listing.sentence
            and not x.names
        ),
        None,
    )
    if removal is None:
        return []
    have = {(p.name_zh, p.list, p.action) for p in parties}
    return [
        p
        for p in _listed_parties(removal, named, (), _printed_start(removal, start))
        if (p.name_zh, p.list, p.action) not in have
    ]


def _also_off(listing: _Listing, listed: list[Party]) -> list[Party]:
    """下列3家实体…，将其列入出口管制管控名单，同时移出关注名单：(the list): every party of the list printed after
    the sentence leaves the other list too, on the same day."""
    sentence = nfkc(listing.sentence)
    also = _ALSO_OFF_RE.search(sentence) if listing.action == "listed" else None
    some = _SOME_ALSO_OFF_RE.search(sentence) if listing.action == "listed" else None
    if some is not None:  # (其中第1项、第2项实体同时移出…关注名单: those rows only)
        rows: set[int] = set()
        for first, last in _ROW_SPAN_RE.findall(
            some.group("rows")
        ):  # (第1项至第2项、第4项: a span and a row)
            rows.update(range(int(first), int(last or first) + 1))
        listed = [p for i, p in enumerate(listed, 1) if (_printed_number(nfkc(p.quote_zh)) or i) in rows]
        also = some
    off = _LIST_OF.get((also.group("list") or also.group("list2") or "") if also else "")
    if off is None or off == listing.list_name:
        return []
    return [
        dataclasses.replace(p, list=off, action="removed", measures=(), window_until=None) for p in listed
    ]


_SOME_ALSO_OFF_RE = re.compile(
    rf"其中\s*(?P<rows>第\s*\d{{1,3}}\s*项(?:\s*(?:、|和|及|至)\s*第?\s*\d{{1,3}}\s*项)*)\s*(?:所列)?的?\s*(?:实体|企业)?"
    rf"\s*(?:同时|并)\s*(?:从|自)?(?P<list>{_LIST_ALT})?中?移出(?:[^,，。;；:：]{{0,40}}?(?P<list2>{_LIST_ALT}))?"
)
_ROW_SPAN_RE = re.compile(r"(\d{1,3})\s*项(?:\s*至\s*第?\s*(\d{1,3})\s*项)?")


# 二、自2027年4月1日起，将甲公司（…）列入出口管制管控名单: the day the sentence deciding it prints
_PRINTED_START_RE = re.compile(
    rf"(?:自|从)\s*(?P<date>{_DATE})\s*(?:\d{{1,2}}\s*时(?:\s*\d{{1,2}}\s*分)?)?\s*起"
)


def _printed_start(listing: _Listing, start: dt.date | None) -> dt.date | None:
    """The day a listing or removal holds from: the one its own sentence prints before its 将, else the notice's."""
    if listing.recap:
        return start
    sentence = nfkc(listing.sentence)
    at = sentence.find("将")
    days = _PRINTED_START_RE.findall(sentence[: at if at >= 0 else None])
    day = parse_date(days[-1]) if len(set(days)) == 1 else None
    return day or start


def _action_rows(
    block: list[_Entry], used: set[str], measures: tuple[str, ...], start: dt.date | None
) -> list[Party]:
    """A table whose action column says, row by row, which list each party leaves and which it joins."""
    parties: list[Party] = []
    for row in block:
        assert row[3] is not None
        # (附件1第6项：甲公司（Alpha Inc.）: a cell naming the row of another notice that listed the party)
        cells = {**row[3], "zh": _ROW_OF_RE.sub("", row[3].get("zh", ""))}
        entry: _Entry = (row[0], row[1], row[2], cells)
        zh = nfkc(cells["zh"]).strip()
        if _NOT_A_NAME_RE.search(zh) or not (_NAME_END_RE.search(_mask_brackets(zh)) or cells.get("en")):
            continue  # (商务部公告2025年第13号所列15家美国实体 / 第一条: no party named — a relation)
        row_start = _cell_date(cells.get("date", ""), start)
        held = _held_row(entry, cells, used, row_start)
        if held is not None:
            parties.append(held)
            continue
        for match in _CELL_ACTION_RE.finditer(nfkc(cells["action"])):
            onto = match.group("onto")
            left = match.group("from") or match.group("from2")
            if onto is None and left is None:
                continue  # 移出 with no list named: nothing to key it by
            listing = _row_listing(entry, _LIST_OF[onto or left], "listed" if onto else "removed")
            named = _block_parties(listing, [entry], used, [])
            parties.extend(_listed_parties(listing, named, measures, row_start))
    return parties


_ROW_OF_RE = re.compile(
    r"^\s*(?:附件\s*\d*|附表)?\s*(?:第[一二三四五六七八九十\d]{1,3}[条款])?\s*第?\s*\d{1,3}\s*项\s*[:：]\s*"
)
# 暂停实施对其采取的出口管制管控名单措施，暂停期限为1年 / 恢复实施…关注名单措施: a row's party keeps its list and
# the measures of that list are held (or resumed) — no list is left or joined
_HELD_CELL_RE = re.compile(
    rf"(?P<verb>暂停|中止|暂缓|恢复){_APPLY}?[^,，;；。]*?(?:(?P<list>{_LIST_ALT})|(?P<ban>禁止[^,，;；。]*?出口|措施))"
)


def _row_listing(entry: _Entry, list_name: PartyList, action: PartyAction) -> _Listing:
    """What one row of a table of adjustments does to its party, as a listing of that row alone."""
    return _Listing(
        list_name=list_name,
        action=action,
        names=[],
        stated=None,
        country=None,
        expects_block=True,
        announces_block=True,
        line=entry[0],
        sentence=entry[0].text,
        position=entry[0].index,
    )


def _held_row(entry: _Entry, cells: dict[str, str], used: set[str], start: dt.date | None) -> Party | None:
    """The party of a row whose action cell suspends or resumes the measures of its list, if it does."""
    action = nfkc(cells["action"])
    held = _HELD_CELL_RE.search(action)
    if held is None or _CELL_ACTION_RE.search(action):
        return None
    suspended = held.group("verb") != "恢复"
    listing = _row_listing(
        entry,
        # (暂停实施禁止向其出口两用物项的措施: the export ban is the control list's measure)
        _LIST_OF[held.group("list")] if held.group("list") else "control_list",
        "suspended" if suspended else "reinstated",
    )
    named = _block_parties(listing, [entry], used, [])
    if not named:
        return None
    # (the date cell, 2027年4月10日至2027年10月9日, or the action cell, …暂停期限为1年: the row's window)
    until = _window(f"{nfkc(cells.get('date', ''))}；{action}", start, start)[1]
    party = _listed_parties(listing, named[:1], (), start)[0]
    return dataclasses.replace(party, window_until=until if suspended else None)


def _cell_date(cell: str, start: dt.date | None) -> dt.date | None:
    """The day a row's date cell prints (2031年2月1日), else the notice's start (自本公告公布之日起)."""
    printed = re.search(_DATE, nfkc(cell))
    return (parse_date(printed.group(0)) if printed else None) or start


def _notice_lines(texts: Sequence[tuple[str, str]]) -> list[_Line]:
    """The non-blank lines of every text, numbered across texts in order, each line that the page
    width broke read whole again (see _goes_on).

    The quote keeps the break (it is what the page prints); the NFKC line reads as if the line had
    never been broken (see _break_gap)."""
    lines: list[_Line] = []
    for source, text in texts:
        raws = [raw.strip() for raw in text.split("\n") if raw.strip()]
        widths = _page_widths(raws)
        cells = 0  # the cell separators of the last party table header: its rows have as many
        for raw in raws:
            norm = nfkc(raw).strip()
            previous = lines[-1] if lines and lines[-1].source == source else None
            if previous is not None and _goes_on(previous, raw, norm, widths, cells):
                joined = previous.norm + _join_gap(previous.norm, norm) + norm
                lines[-1] = replace(previous, text=f"{previous.text}\n{raw}", norm=joined, tail=raw)
                continue
            if previous is not None and _TABLE_ROW_RE.match(norm) and _TABLE_ROW_RE.match(previous.norm):
                # (2 | 乙公司（…） | 同上 | 同上 | 同上: the row above's country, notice and act; the quote keeps 同上)
                norm = ditto_row(norm, previous.norm)
            if not _TABLE_ROW_RE.match(norm) and _table_header(norm) is not None:
                cells = norm.count("|")
            lines.append(_Line(raw, norm, source, len(lines), raw))
    return lines


# A PDF or DOC annex, or a body pasted from one, breaks each line where the page runs out: a party's
# name, its English bracket, a table row or the sentence naming the parties goes on on the next line,
# inside a Chinese word or at the space before a Latin one. Closing punctuation hangs at the end of a
# broken line (it never opens one), so it is left out when a line's length is measured.
_HANGING = "、，。；：）)」”’』！？,;:%"
# A line ending on a colon introduces what follows it (决定：, …列入关注名单：), never goes on; one ending
# a sentence goes on only if it reached the page's edge (a paragraph's next sentence), and does not
# tell the width.
_INTRODUCES = ("：", ":")
_ENDED = ("。", "；", ";", "！", "!", "？", "?", *_INTRODUCES)
# Counted in characters (two columns each): shorter lines are headings and signatures, never a width.
_WRAPPED_MIN = 20
# Broken lines that agree on a width, enough of them that paragraphs printed whole (an HTML page)
# would not by chance: several, or two that stop at the very same length inside a Chinese word (a
# PDF's body may break only its first paragraph).
_BROKEN_LINES = 3
_SAME_LENGTH_LINES = 2
_TABLE_ROW_RE = re.compile(r"^\s*\d{1,4}\s*[.、]?\s*\|")
_TABLE_HEADER_RE = re.compile(r"^\s*(?:序号|编号)\s*\|")
_ANNEX_LABEL_RE = re.compile(r"^\s*附件\s*\d*\s*(?:[:：]|$)")
_BRACKET_NUMBER_RE = re.compile(r"^\s*[(（]\s*\d{1,3}\s*[)）]")
# A goods list's line printed code first (1C354.a.1 …) or a note under it (注：…) is no party line's rest.
_GOODS_LINE_RE = re.compile(rf"^\s*(?:{CONTROL_CODE}(?=[\s\u4e00-\u9fff、,，])|注\s*\d*\s*[:：])")
_LABELLED_RE = re.compile(
    r"^\s*(?:地址|邮编|原名|曾用名|前称|又名|别名|亦称|也称|又称|简称|国家\s*[(（]\s*地区\s*[)）]|国家|国别)\s*[:：]"
)
_LATIN_WORD_RE = re.compile(r"[!-~]+")
# A line stopping on an enumeration comma or on 及其 stopped mid-name, whatever the width. (After a comma
# a closing sentence may follow a table's last cell: `10 Main Street,` / `本名单自公布之日起生效`.)
_DANGLING_RE = re.compile(r"(?:及其|、)$")
# A numbered entry is whole once its English bracket (or the branches after it) closed the line; only
# its branches or another of its names may go on after that.
_ENTRY_CLOSED_RE = re.compile(r"(?:\)|及其(?:全部|所有)?(?:分支机构|分公司|子公司))[;；。,，、]?$")
_ENTRY_RESTS_RE = re.compile(r"^\s*(?:及其|[,，]|又称|又名|简称|原名|曾用名|别名|亦称|也称|前称)")
# How a printed line is measured, the width the text was broken at, and a CJK character's units in it.
_Width = tuple[Callable[[str], int], int, int]


def _columns(text: str) -> int:
    """How wide `text` prints: two columns for a wide (CJK, full-width) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


# A word processor (or a capture) wraps every so many characters, a PDF at a width in printed columns.
_MEASURES: tuple[tuple[Callable[[str], int], int], ...] = ((len, 1), (_columns, 2))


def _page_widths(raws: Sequence[str]) -> tuple[_Width, ...]:
    """The widths a text was broken at, in each measure that finds one (none: the text is not wrapped).

    A broken line ends mid-sentence, the line after it starts nothing of its own, and the page was too
    narrow for the first word of that line (a Latin word, else one character) after it: each broken
    line bounds the width (see _fit). The width is the one most of them agree on, and of those the one
    lines stopping inside a Chinese word pin; the few such lines of paragraphs printed whole agree on
    none."""
    pairs = [
        (line, after)
        for line, after in pairwise(raws)
        if not line.endswith(_ENDED) and not _starts_anew(nfkc(after).strip())
    ]
    found: list[_Width] = []
    for measure, scale in _MEASURES:
        agree: Counter[int] = Counter()
        exact: Counter[int] = Counter()  # lines that bound the width to one character
        for line, after in pairs:
            core, printed, need = _fit(line, after, measure)
            if core >= _WRAPPED_MIN * scale:
                agree.update(range(core, printed + need))
                exact.update(range(core, printed + need) if printed + need - core <= scale else ())
        widths = [n for n in agree if agree[n] >= _BROKEN_LINES or exact[n] >= _SAME_LENGTH_LINES]
        if widths:
            found.append((measure, max(widths, key=lambda n: (agree[n], exact[n], n)), scale))
    return tuple(found)


def _fit(line: str, after: str, measure: Callable[[str], int]) -> tuple[int, int, int]:
    """How long a printed line is, without the punctuation that may hang past the page's edge and with
    it, and how much longer the first word of the line after it (with the space before a Latin word)
    would have made it."""
    latin = _LATIN_WORD_RE.match(after)
    word = latin.group(0) if latin else after[:1]
    space = 1 if latin and _LATIN_WORD_RE.fullmatch(line[-1:]) else 0
    return measure(line.rstrip(_HANGING)), measure(line), space + measure(word)


def _starts_anew(norm: str) -> bool:
    """Whether a line opens something of its own: an entry or a clause by its number, a table's row or
    header, a list's heading or country sub-heading, an annex label, an 地址：/又名： line."""
    return bool(
        _NUMBERED_RE.match(norm)
        or _CN_ITEM_RE.match(norm)
        or _BRACKET_NUMBER_RE.match(norm)
        or _TABLE_ROW_RE.match(norm)
        or _HEADING_RE.match(norm)
        or _ANNEX_LABEL_RE.match(norm)
        or _LABELLED_RE.match(norm)
        or _GOODS_LINE_RE.match(norm)
        or _TABLE_HEADER_RE.match(norm)
        or _country_heading(norm)
    )


def _country_heading(norm: str) -> bool:
    """A sub-heading grouping entries by country (美国实体, 英国（2家）, 其他实体：), not a word left over
    from a broken line that looks like one (分支机构, a country cell's 挪威)."""
    heading = _REGION_HEADING_RE.match(norm)
    if heading is None or not _region_heading(norm)[0]:
        return False
    return norm.endswith((":", "：")) or (
        _country_in(norm) is not None and bool(heading.group("kind") or "家" in norm)
    )


def _record_goes_on(previous: str, norm: str) -> bool:
    """Whether a line is a further field of the labelled record the line before opened with a name (a
    record printed a field a line, or broken before a label): an unnumbered line opening on a field
    the record has not had yet, the record not closed by 。."""
    fields = _record_fields(previous)
    if not fields or fields[0][0] not in ("zh", "en") or previous.rstrip().endswith("。"):
        return False
    if _RECORD_NUMBER_RE.match(norm):
        return False
    if not fields[-1][2] and previous.rstrip().endswith(":"):
        return True  # the page ran out after a label (…；国家（地区）：): its value is the next line
    after = _record_fields(norm)
    if not after or after[0][0] is None:
        return False
    return after[0][0] not in {role for role, _, _ in fields}


def _join_gap(before: str, after: str) -> str:
    """What stands between a broken line and its rest: see _break_gap; a record's field put on a line of
    its own is closed off from the field before as its `；` would have."""
    if _record_goes_on(before, after) and _record_fields(after) and not before.endswith((";", ",", ":")):
        return ";"
    return _break_gap(before, after)


def _goes_on(previous: _Line, raw: str, norm: str, widths: tuple[_Width, ...], cells: int) -> bool:
    """Whether a line is the rest of the line before it, broken where the page ran out.

    It is when the line before leaves a bracket open (an English name is never printed over two
    entries: `1.某公司（Sindlhauser` / `Materials GmbH）`), leaves a table row short of its header's
    cells, stops on 、 or 及其, or — in text wrapped at a width — ran to the page's edge. A numbered
    line is the next entry, never the rest of the one before (a bracket left unclosed would swallow the
    annex); any other line that starts anew (see _starts_anew) is only the rest of an open bracket or a
    short row, and what follows a whole entry is only its branches or another of its names."""
    if _NUMBERED_RE.match(norm):
        return False
    if previous.norm.count("(") > previous.norm.count(")"):
        return True
    if cells and _TABLE_ROW_RE.match(previous.norm) and previous.norm.count("|") < cells:
        # a row short of its cells goes on to them (`简称：OMD | 英国 | …` is a cell, no labelled line)
        ends = _TABLE_ROW_RE.match(norm) or _HEADING_RE.match(norm) or _ANNEX_LABEL_RE.match(norm)
        return not ends and (bool(widths) or "|" in norm)
    if _record_goes_on(previous.norm, norm):
        return True
    if _branch_name(norm) is not None and (_BRANCHES_RE.search(previous.norm) or _branch_name(previous.norm)):
        return False  # the next branch under an entry's 及其分支机构, never the rest of the line before
    if _starts_anew(norm):
        return False
    if _NUMBERED_RE.match(previous.norm) and _ENTRY_CLOSED_RE.search(previous.norm):
        return bool(_ENTRY_RESTS_RE.match(norm))
    if _DANGLING_RE.search(previous.norm):
        return True
    tail = previous.tail
    return not tail.endswith(_INTRODUCES) and any(_reached_edge(tail, raw, width) for width in widths)


def _reached_edge(tail: str, after: str, width: _Width) -> bool:
    """Whether a printed line ran to the page's edge: it fills the page (within one character), the
    first word of the line after it would not have fit on it, and that line is no longer than the page
    (a paragraph printed whole is no line's rest)."""
    measure, page, scale = width
    core, printed, need = _fit(tail, after, measure)
    fits_page = core <= page + scale and measure(after.rstrip(_HANGING)) <= page + scale
    return fits_page and printed + need > page - scale


def _break_gap(before: str, after: str) -> str:
    """What a line break inside a line stood for: a space between two Latin words (`Sindlhauser` /
    `Materials`, `Co.,` / `Ltd.`), nothing inside Chinese text or at a bracket's or a hyphen's edge."""
    left, right = before[-1:], after[:1]
    if _LATIN_WORD_RE.fullmatch(left) and _LATIN_WORD_RE.fullmatch(right):
        return "" if left in "-/(" or right in ")-/,.;:" else " "
    return ""


_BREAK_RE = re.compile(r"[ \t]*\n[ \t]*")
# A sentence of a line as printed: it may run over the line's breaks.
_PRINTED_SENTENCE_RE = re.compile(r"[^。]+。?")


def _sentences(line: _Line) -> list[tuple[str, str]]:
    """Each sentence of a line, verbatim (its breaks kept, for a quote) and as read (NFKC, unbroken)."""
    return [(verbatim, _unbroken(nfkc(verbatim))) for verbatim in _PRINTED_SENTENCE_RE.findall(line.text)]


def _unbroken(text: str) -> str:
    return _BREAK_RE.sub(
        lambda m: _break_gap(m.string[max(m.start() - 1, 0) : m.start()], m.string[m.end() : m.end() + 1]),
        text,
    )


# 五、将…第三款修改为：“将有关外国实体移出不可靠实体清单的决定应当公告；…”: new wording of a rule, quoted —
# its 将…移出 moves no one (a quotation left open at the sentence's end runs on into the next)
_QUOTED_WORDS_RE = re.compile(r"[“「『][^”」』]*(?:[”」』]|$)")


def _read_sentences(
    lines: Sequence[_Line],
    published_on: dt.date | None,
    effective_on: dt.date | None,
    own_notice_id: str | None,
) -> tuple[list[_Listing], list[PartyRef]]:
    """The sentences that list or remove parties, and those that suspend, resume or end earlier measures."""
    listings: list[_Listing] = []
    refs: list[PartyRef] = []
    for index, line in enumerate(lines):
        told = ""  # the sentences of the line read so far
        for verbatim, printed in _sentences(line):
            sentence = (
                _list_named_again(printed, _lines_before(lines, index) + "。" + told)
                if _LIST_AGAIN_RE.search(printed)
                else printed
            )
            found = _sentence_listings(
                _QUOTED_WORDS_RE.sub(lambda m: "〼" * len(m.group(0)), sentence), line, verbatim, published_on
            ) or (
                _measures_on_listed(told, sentence, line, verbatim)
                or _measures_on_subsidiary(
                    functools.partial(_all_before, lines, index, told), sentence, line, verbatim
                )
            )
            told_before = told
            told += sentence
            listings.extend(found)
            _recalled_removal(listings, found, line)
            _earlier_antecedents(found, _lines_before(lines, index), told_before)
            if (_SUSPEND_RE.search(sentence) or _RESUME_RE.search(sentence) or _END_RE.search(sentence)) and (
                _REF_DATE_RE.search(sentence) or re.search(r"名单|清单|实体|反制", sentence)
            ):
                refs.extend(_refs(sentence, published_on, effective_on, own_notice_id, verbatim))
    return listings, refs


# 将《关注名单》第3项甲株式会社…移出该名单 / …列入关注名单。…现将上述2家实体移出该名单: the list named last before it
_LIST_AGAIN_RE = re.compile(r"(?P<verb>移出|列入|调入|调出|移入)\s*(?:该|上述|前述|此)(?P<kind>名单|清单)")
_LIST_NAMED_RE = re.compile(rf"(?:{_LIST_ALT})")


_MOVE_ONTO = r"移出[^。;；]{0,40}?(?:并|同时|[,，])\s*(?:同时)?(?:列入|调入|转入)\s*$"
_MOVED_ONTO_BEFORE_RE = re.compile(_MOVE_ONTO)
# (…已于2026年9月被移出… / 2026年9月15日，商务部将甲…移出…: a move told, in a sentence saying it was done or opening on a day)
_TOLD_SENTENCE_RE = re.compile(rf"^\s*(?:{_DATE}|[^,，]{{0,12}}?于\s*{_DATE})")
# (其中东丽株式会社已于2026年9月15日经商务部公告2026年第1500号移出该名单并列入…: the told move's own clause, however long
# its day and source — not 已履行配合核查义务，现将其移出…, a finding in a clause before this notice's move)
_TOLD_MOVE_RE = re.compile(r"(?:已|曾|被)[^。;；,，]{0,48}?" + _MOVE_ONTO)


def _told_move_onto(before: str) -> bool:
    """Whether the list named at the end of `before` is one a party was moved onto in a move told as past."""
    if not _MOVED_ONTO_BEFORE_RE.search(before):
        return False
    sentence = re.split(r"[。\n]", before)[-1]
    return bool(_TOLD_MOVE_RE.search(before) or _TOLD_SENTENCE_RE.search(_CN_NUMBERING_RE.sub("", sentence)))


def _list_named_again(sentence: str, before: str) -> str:
    """`sentence` with a list it names again (移出该名单) written as the list named last before that (in the sentence,
    else in the lines before)."""

    def named(match: re.Match[str]) -> str:
        said = before + "。" + sentence[: match.start()]
        # (…已于2026年9月被移出该名单并列入出口管制管控名单: the list a party was moved onto is not the list talked of)
        earlier = [
            m.group(0) for m in _LIST_NAMED_RE.finditer(said) if not _told_move_onto(said[: m.start()])
        ]
        fits = [x for x in earlier if x.endswith(match.group("kind"))]
        return match.group("verb") + fits[-1] if fits else match.group(0)

    return _LIST_AGAIN_RE.sub(named, sentence)


def _all_before(lines: Sequence[_Line], index: int, told: str = "") -> str:
    """Every line of the same text before line `index` (the list a recap named, several clauses up), then what
    the line told before the sentence read."""
    return "。".join([*(x.norm for x in lines[:index] if x.source == lines[index].source), told])


def _lines_before(lines: Sequence[_Line], index: int) -> str:
    """The lines of the same text just before line `index` (up to _ANTECEDENT_LINES), where a back-reference's
    names are printed (a finding, then 商务部决定：, then the decision)."""
    source = lines[index].source
    before = [x.norm for x in lines[max(0, index - _ANTECEDENT_LINES) : index] if x.source == source]
    return "。".join(before)


_ANTECEDENT_LINES = (
    3  # how far back a back-reference's names are looked for, in lines (a finding, then 决定：)
)
# 将上述2家日本实体移出 / 将其移出 / 将该实体列入: an object that only refers back
_BACK_OBJECT_RE = re.compile(
    rf"将\s*(?:其|(?:上述|以上|前述|该)\s*(?P<n>{_COUNT})?\s*(?:家|个|名)?[\u4e00-\u9fff]{{0,6}}?(?:实体|企业|公司|机构|组织|单位))"
    r"\s*(?:从[^,，。;；]{1,20}?)?(?:列入|移出)"
)


_OWN_OBJECT_RE = re.compile(
    r"^\s*(?:[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）、.]\s*)?对(?!\s*(?:上述|前述|以上|该))[^,，。;；]{1,60}[,，]"
)


_MEASURED_NAMES_RE = re.compile(r"对\s*(?P<names>[^，,。；;]{2,200}?)\s*采取的?[^，,。；;]{0,12}?措施")


# (2027年1月5日，… / 鉴于商务部已于…: a sentence opening on an earlier day's act, told)
# (not 三、鉴于下列日本实体…，将其移出关注名单…: a reason, then this notice's act)
_TOLD_OPENING_RE = re.compile(rf"^\s*(?:[一二三四五六七八九十]+\s*、)?\s*{_DATE}\s*[,，]")
# (鉴于商务部已于…停止实施…，并将上述2家实体移出…，现决定：: a reason told before this notice's decision — not 三、鉴于甲公司
# 已于…完成整改…，将其移出…, this notice's act)
_TOLD_REASON_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*、)?\s*鉴于(?:[^。]{0,40}?已(?:经)?于[^。]*?移出[^。]*?[,，]\s*现"
    # (鉴于商务部已于…停止实施…，并将上述2家实体移出…。现决定：: what the issuer did before, told — not 鉴于工作机制已于…
    # 完成对甲公司的核查，…，自本公告发布之日起将其移出…, this notice's act after a reason)
    r"|\s*(?:商务部|工作机制|[^。,，]{0,16}?(?:部|机制|办公室))\s*已(?:经)?于[^。,，]*?(?:移出|停止(?:实施|执行))"
    r"(?:[^。]*?[,，]\s*并\s*将[^。]*?移出)?)"
)


def _named_in_sentence(removal: _Listing, sentence: str, position: int) -> _Listing:
    """…停止实施…对美国实体甲公司（…）、乙公司（…）采取的措施，并将上述2家实体移出…: the parties the same sentence named."""
    back = _BACK_OBJECT_RE.search(sentence, position)
    if back is None or back.start() != position:
        return removal
    names = _measured_names(sentence[:position])
    want = _count(back.group("n")) if back.group("n") else None
    if not names or want not in (None, len(names)):
        return removal
    # (美国实体甲公司（…）、加拿大乙公司（…）: each its own; 美国PVH集团、因美纳公司: the first's for those after it)
    countries = _printed_countries(names)
    return replace(
        removal,
        names=[_without_row_and_country(name) for name in names],
        countries=countries if countries and any(countries) else None,
    )


def _printed_countries(names: list[str]) -> list[str | None]:
    """The country each name prints before it (美国实体甲公司, 日本乙株式会社), a name printing none taking the one before."""
    words = [_own_country_word(name) for name in names]
    countries: list[str | None] = []
    for name, word in zip(names, words, strict=True):
        printed = _country_in(word.group("word")) if word else _leading_country(name)
        countries.append(printed or (countries[-1] if countries else None))
    return countries


def _leading_country(name: str) -> str | None:
    """The country word a name opens on (日本乙株式会社 → 日本; not 华美国际控股有限公司, 美国 inside its own words)."""
    return next((_country_in(c) for c in _COUNTRY_NAMES if not c.isascii() and name.startswith(c)), None)


def _measured_names(before: str) -> list[str]:
    """The parties printed in 对甲公司、乙公司采取的…措施 before a removal in the same sentence (none when a piece is no name)."""
    masked = _mask_brackets(before)  # (USA Rare Earth, Inc. / 又称甲公司、A公司: separators in a bracket)
    found = list(_MEASURED_NAMES_RE.finditer(masked))
    if not found:
        return []
    start, end = found[-1].span("names")
    # (…甲公司（…）及其子公司乙公司（…）: two parties, the subsidiary named after its parent)
    cuts = [
        (m.start(), m.end()) for m in re.finditer(r"及其(?:全资|控股)?子公司|、|和|及", masked[start:end])
    ]
    bounds = [0, *(x for cut in cuts for x in cut), end - start]
    pieces = [before[start + a : start + b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    names = [
        piece for piece in pieces if piece
    ]  # (…甲公司（…）及其子公司采取…: the parent, its subsidiaries unnamed)
    return names if names and all(_NAME_END_RE.search(n) for n in names) else []


def _own_object(sentence: str) -> bool:
    """Whether 其 in the sentence is the object it opens on: （二）对其余4家美国子公司，…并将其移出…, named or not; 三、…附件
    第4项、第6项所列实体已配合核查，…现将其移出…, rows whose names are not printed."""
    if _OWN_OBJECT_RE.match(sentence):
        return True
    clause = re.split(r"[，,]", sentence)[0]
    cut = _PREDICATE_RE.search(
        _mask_brackets(clause)
    )  # (…所列实体已配合核查: the subject, before what it did)
    return bool(_UNNAMED_ROWS_RE.search(clause[: cut.start() if cut else None].strip(_TRAIL)))


def _earlier_antecedents(found: list[_Listing], earlier: str, told: str) -> None:
    """A listing or removal whose object refers back to parties named in an earlier paragraph (经核查，甲株式会社（…）、
    乙株式会社（…）已…。…商务部决定：一、…将上述2家日本实体移出关注名单): those names, the nearest run that matches the
    count it states."""
    for listing in found:
        back = _BACK_OBJECT_RE.search(nfkc(listing.sentence))
        if listing.names or listing.announces_block or back is None or not earlier:
            continue
        if _own_object(nfkc(listing.sentence)):
            continue
        want = _count(back.group("n")) if back.group("n") else None
        # (the line's own sentences first: …将甲公司列入…。…将其移出… names its party there)
        if _antecedent_names(told)[0]:
            continue
        measured = _MEASURES_TOLD_RE.findall(told)
        if want is None and measured:
            # (工作机制于…发布公告（…），对甲公司（…）采取处理措施。…工作机制决定将其移出…: the party measures fell on)
            listing.names = [measured[-1].strip()]
            continue
        text = earlier + "。" + told
        runs: list[list[str]] = []  # the runs passed over, the nearest first
        while text:
            names, _stated, country = _antecedent_names(text)
            names = [name for name in names if not _DEED_NOT_NAME_RE.search(name)]
            if not names:
                break
            runs.append(names)
            gathered = _gathered(runs)
            if want is None or len(names) == want or len(gathered) == want:
                # (第16项甲株式会社（…）、第19项乙株式会社（…）: the row of each name, before it)
                # (…将甲、乙等4家…列入…；…将丙、丁等2家…列入…。…将上述6家企业移出: the runs together)
                chosen = names if want is None or len(names) == want else gathered
                listing.names = [re.sub(r"^\s*第\s*\d{1,3}\s*项\s*", "", name) for name in chosen]
                listing.country = listing.country or (country if chosen is names else None)
                break
            cut = text.rfind(names[0])
            text = text[:cut] if cut > 0 else ""
        if want is not None and not listing.names:
            _recalled_objects(listing, earlier + "。" + told, want)


# (2025年3月4日对因美纳公司采取的处理措施: what was done to a party, not a party's name)
_DEED_NOT_NAME_RE = re.compile(r"措施|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")
# (…，对北岭自主系统有限责任公司（…）采取处理措施: the party an earlier notice's measures fell on, told)
_MEASURES_TOLD_RE = re.compile(
    r"[,，]\s*对\s*([^，,。；;、]{2,80}?)\s*采取(?:了)?(?:相应的?)?(?:处理)?措施\s*(?:[。;；]|$)"
)


def _recalled_objects(listing: _Listing, text: str, want: int) -> None:
    """将上述6家企业移出… after recaps that listed them in runs (…将甲、乙等4家…列入…；…将丙、丁等2家…列入…): the
    names of the nearest recalled listings onto the same list, together, when they make up the count."""
    runs = [
        found.names
        for match in _LISTING_RE.finditer(text)
        if (found := _parse_listing(text, match, listing.line, "listed", text)).names
        and found.list_name == listing.list_name
        # (将三菱造船株式会社等20家日本实体列入…: an example of a count, not the run)
        and found.stated in (None, len(found.names))
    ]
    for first in range(len(runs)):
        gathered = _gathered(list(reversed(runs[first:])))
        if len(gathered) == want:
            listing.names = gathered
            return


def _gathered(runs: list[list[str]]) -> list[str]:
    """The names of runs read backwards, in the order printed, each once (a name told again later counts once)."""
    seen: dict[str, str] = {}
    for run in reversed(runs):
        for name in run:
            seen.setdefault(_squeezed(name), name)
    return list(seen.values())


# 美国PVH集团（PVH Corp.）已于2025年2月4日被列入不可靠实体清单（…）。 then 工作机制决定对该企业采取以下处理措施：…
_PASSIVE_LISTED_RE = re.compile(rf"已于\s*{_DATE}\s*被列入\s*(?P<list>{_LIST_ALT})")
# (…决定对该企业采取以下处理措施 / 决定对该公司及其高级管理人员采取如下措施: measures decided now on the party recalled)
_MEASURES_ON_IT_RE = re.compile(
    r"决定对(?:该|上述|其)(?:企业|实体|公司|机构)?(?:及其[^，,。；;]{1,20}?)?采取(?:以下|下列|如下)?(?:处理)?措施"
)
_MEASURES_ON_NAMED_RE = re.compile(r"决定对(?P<named>[^，,。；;]{1,60}?)采取(?:以下|下列|如下)(?:处理)?措施")


def _measures_on_recalled(listing: _Listing, sentence: str) -> bool:
    """Whether the sentence decides measures on the party its recap recalls: named back (该企业), or by its own name
    (…决定对顶峰科技公司采取以下处理措施) — not on another party it names (its subsidiary)."""
    if _MEASURES_ON_IT_RE.search(sentence):
        return True
    named = _MEASURES_ON_NAMED_RE.search(sentence)
    if named is None:
        return False
    target = _named_again(named.group("named"))
    keys = {_name_core(key) for name in listing.names for key in _name_keys(name)}
    # (the same party, give or take its company form and country word — not 顶峰科技公司的全资子公司甲公司, another one;
    # Summit公司 for Summit Technology Inc.: the first word of its English name)
    return bool(target) and (
        target in keys
        or (
            re.fullmatch(r"[A-Za-z][A-Za-z&.\-]{2,}", target) is not None
            and any(k.startswith(target) for k in keys)
        )
    )


# (上述顶峰科技公司 / 顶峰科技公司及其高级管理人员 / …及其子公司: the party itself, recalled)
_RECALLED_FORM_RE = re.compile(r"^(?:上述|前述|该)|及其[^，,。；;]*$")


def _named_again(named: str) -> str:
    """The core of a name a decision prints for a party recalled before."""
    return _name_core(_strip_country_word(_RECALLED_FORM_RE.sub("", _squeezed(named))))


_NAME_SUFFIX_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团|株式会社)$")


def _name_core(name: str) -> str:
    """A name without brackets, spaces and its company-form suffixes (顶峰科技股份有限公司 → 顶峰科技, PVH集团公司 →
    PVH)."""
    core = _squeezed(name)
    while (bare := _NAME_SUFFIX_RE.sub("", core)) != core and bare:
        core = bare
    return core


def _name_keys(name: str) -> set[str]:
    """What a recalled party may be named by again: its Chinese name's core, its country word cut, and the English
    name in its bracket (美国PVH集团（PVH Corp.） → PVH, PVH Corp.)."""
    core = _name_core(name)
    keys = {core, _strip_country_word(core)}
    english = re.search(r"[(（]([^()（）]*)[)）]", name)
    if english is not None:
        bracket = re.sub(r"\s+", "", english.group(1))
        # (（Northridge Defense Systems, Inc.，以下简称北岭防务）: its English name, and the short name it defines)
        short = re.search(r"[,，;；]?\s*(?:以下)?简称[“\"]?(?P<short>[^，,。；;”\"]+)[”\"]?$", bracket)
        if short is not None:
            keys.add(short.group("short"))
            bracket = bracket[: short.start()]
        keys.add(bracket)
    return {key for key in keys if len(key) >= 2}


def _strip_country_word(core: str) -> str:
    """美国企业顶峰科技 → 顶峰科技: the country word and 企业/实体 a recap prints before the name."""
    country = _country_in(core[:6])
    if not country or not core.startswith(country):
        return core
    return re.sub(r"^(?:企业|实体)", "", core[len(country) :])


def _measures_on_listed(told: str, sentence: str, line: _Line, verbatim: str) -> list[_Listing]:
    """A party the line says was listed before, on which this sentence decides measures: the measures are
    a listing of this notice (the party is listed anew with them), its names those the recap printed."""
    recap = _PASSIVE_LISTED_RE.search(told)
    if recap is None or not _MEASURES_ON_IT_RE.search(sentence):
        return []
    names, _stated, country = _antecedent_names(told[: recap.start()] + "已")
    if not names:
        return []
    return [_measured_listing(_LIST_OF[recap.group("list")], names, country, line, verbatim)]


def _measured_listing(
    list_name: PartyList, names: list[str], country: str | None, line: _Line, verbatim: str
) -> _Listing:
    """A listing of parties on which this notice decides measures, named by a recap (or as its subsidiaries)."""
    return _Listing(
        list_name=list_name,
        action="listed",
        names=names,
        stated=None,
        country=country,
        expects_block=False,
        announces_block=False,
        line=line,
        sentence=verbatim,
        position=line.index,
    )


# (…决定对其全资子公司北岭自主系统有限责任公司采取以下处理措施: a subsidiary named, on which measures now fall)
_MEASURED_SUBSIDIARY_RE = re.compile(
    r"^(?:其|该公司|该企业|上述企业)?的?(?:全资|控股)?子公司\s*(?!和|及|以及|与)(?P<name>[^，,。；;、]{2,60}?)\s*$"
)
_LIST_NAMED_BEFORE_RE = re.compile(rf"(?P<list>{_LIST_ALT})")


def _measures_on_subsidiary(
    before: Callable[[], str], sentence: str, line: _Line, verbatim: str
) -> list[_Listing]:
    """A subsidiary of a party recalled before, on which this sentence decides measures: listed now, on the list
    the text before it named last (the recap's), with the English name it was printed with before."""
    named = _MEASURES_ON_NAMED_RE.search(sentence)
    subsidiary = _MEASURED_SUBSIDIARY_RE.match(named.group("named").strip()) if named else None
    if subsidiary is None:
        return []
    text = before() + sentence
    lists = _LIST_NAMED_BEFORE_RE.findall(text)
    if not lists:
        return []
    # (…子公司甲防务公司和乙防务公司: each of them, with the English name printed before)
    # (雷神导弹与防务公司 is one name; …甲防务公司及其分支机构: the company)
    company = re.sub(r"及其[^，,。；;]*$", "", subsidiary.group("name"))
    names = [n for n in re.split(r"\s*(?:和|以及|、)\s*", company) if n and not n.startswith("其")]
    printed = [re.search(re.escape(n) + r"\s*[(（][^()（）]{2,80}[)）]", text) for n in names]
    found = [m.group(0) if m else n for n, m in zip(names, printed, strict=True)]
    return [_measured_listing(_LIST_OF[lists[-1]], found, None, line, verbatim)]


def _recalled_removal(listings: list[_Listing], found: list[_Listing], line: _Line) -> None:
    """`工作机制于…发布公告，将甲公司列入不可靠实体清单…。…决定将其移出不可靠实体清单`: the removal's
    其 is the party the recap recalls, and the recap lists no one (it is the earlier notice's act).
    A recap followed by measures on 该企业 (采取以下处理措施) keeps naming its party as listed."""
    for removal in found:
        if removal.action != "removed" or removal.names or removal.announces_block:
            continue
        recap = next(
            (
                x
                for x in reversed(listings)
                if x.recap and x.names and x.line is line and x.list_name == removal.list_name
            ),
            None,
        )
        if recap is not None:
            removal.names, removal.country = recap.names, recap.country
            listings.remove(recap)
            # (…决定将上述2家实体移出关注名单，列入出口管制管控名单: the list they move onto, the same names)
            for moved in found:
                if moved.moved and not moved.names and moved.line is removal.line:
                    moved.names, moved.country = recap.names, recap.country


# 其 / 上述2家实体 / 以上企业: a listing's object that stands for names printed before it.
_BACK_REFERENCE_RE = re.compile(
    rf"^\s*(?:其|上述|以上|前述|该)\s*(?:{_COUNT})?\s*(?:家|个|名)?"
    # (上述2家美国实体 / 上述两家台湾地区企业: the country counted with them)
    r"\s*(?:[\u4e00-\u9fff]{1,6}?(?=实体|企业|公司|机构|组织|单位))?(?:实体|企业|公司|机构|组织|单位)?\s*$"
)
# Where the subject's names end: a predicate after a name's closing bracket or its organisation word
# (…Inc.）已采取措施纠正 / 某某公司因违反…), never a word inside a name (因美纳公司 starts with 因).
_PREDICATE = (
    # (甲公司（…）、乙公司（…）不再符合暂停实施相关措施的条件 / …仍继续… / …存在…情形: what a finding says of them)
    # (…（…）和…（…）分别提出移出申请: each did it)
    r"(?:均|分别(?=提出|向)|已经|已|因|由于|于|违反|主动|积极|承诺|按照|根据|在|通过|未|拒不|不再|仍|继续|存在|经(?:采取|过|整改|核查|调查)"
    # (…（…）提出移出申请，经商务部审查，决定将其移出…: it applied, then the decision)
    r"|(?:向[^,，。;；]{1,12}?)?提出[^,，。;；]{0,8}?申请"
    # (…所列第4项日本实体甲株式会社（…）列入关注名单后，未…: when it was listed, then what it did since)
    r"|(?:被)?列入[^,，。;；]{2,12}?名单(?:后|以来|之后))"
)
# (A（…）、B（…）以及C（…）等3家实体已配合完成核查: the count closing the run of names, then the predicate)
_PREDICATE_RE = re.compile(
    # (…附件第4项、第6项所列实体已配合核查 / 所列美国实体经核查…: rows named by the word for them)
    rf"(?:(?<=[)）]|司|团|构|业|心|学|所|院|社|行|室|厂)|(?<=实体)|(?<=家企业))\s*{_PREDICATE}"
)
# …的甲公司（Alpha Ltd），已在规定期限内改正… / …（Alpha Ltd），鉴于其已…: the predicate may follow the names after a comma
# (甲公司（…），经商务部核查，其最终用户…已能核实，现将其移出…: a finding's clause, or one opening on 其, says something
# of the names before it)
_LEADING_PREDICATE_RE = re.compile(
    rf"^\s*(?:{_PREDICATE}|鉴于|经(?:商务部|工作机制)?(?:多次|反复)?(?:查明|调查|核查|核实|审查|评估|通知|催告|督促)"
    r"|其(?!他|它|余))"
)
_SUBJECT_INTRO_RE = re.compile(r"^\s*(?:鉴于|由于|经查明?|经调查|经核查|经核实|经审查)\s*")
_NAME_END_RE = re.compile(r"(?:[)）]|公司|集团|机构|企业|中心|大学|研究所|研究院|株式会社|银行|实验室|工厂)$")


# 2家澳大利亚实体A公司（…）、B公司（…）已…: a count and a group word before the names, not a name
_LEADING_COUNT_RE = re.compile(
    rf"^(?P<n>{_COUNT})\s*(?:家|个|名)(?P<country>[\u4e00-\u9fff]{{0,8}}?)"
    r"(?:实体|企业|公司|机构|组织)\s*"
)


_LEGAL_FORM_COMMA_RE = re.compile(
    r",(?=\s*(?:LLC|L\.L\.C\.|Inc|Ltd|Corp|Co\.|L\.P\.|LP|PLC|plc|S\.A|GmbH|AG|N\.V|B\.V)\b)"
)


# (…附件第4项、第6项所列实体 / 所列美国实体 / 所列的两家实体: rows whose names are not printed)
_UNNAMED_ROWS_RE = re.compile(
    r"第\s*\d{1,3}\s*项[^，,。；;]{0,12}?所列(?:的)?\s*(?:[\u4e00-\u9fff]{1,4}?(?:国|地区)\s*)?"
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})?\s*家?\s*(?:实体|企业|单位)\s*$"
)
# (第5项所列乙公司 / 第5项所列日本实体乙株式会社: the row's words, and the country and kind it prints, before the name)
_ROW_PIECE_RE = re.compile(
    r"^\s*(?:附件\s*\d*\s*)?第\s*\d{1,3}\s*项\s*所列的?\s*(?:[\u4e00-\u9fff]{2,4}?实体\s*"
    # (第5项所列日本企业乙株式会社: a country before 企业 — 所列华信企业股份有限公司 names a firm)
    rf"|(?:{_CHINESE_COUNTRY_ALT})(?:企业|机构|单位)\s*)?"
)


_MEASURES_ENDED_ON_RE = re.compile(
    r"^\s*(?:[^对,，。;；]{0,16}?决定)?\s*(?:停止|终止|解除|取消)(?:实施|执行)?\s*对\s*(?P<names>[^,，。;；]+?)\s*"
    r"(?:采取|实施)的\s*(?:全部|各项|相关|有关)?\s*(?:处理|反制|管控)?措施\s*$"
)


def _clause_subject(clauses: list[str], index: int) -> tuple[str, int, bool] | None:
    """A clause before a back-reference, where its subject ends, and whether it is a Latin object after 对 — when it
    opens on one: the words before a predicate (…已采取措施), the whole clause before a predicate after its comma, or a
    party named by its row, whole."""
    text = _SUBJECT_INTRO_RE.sub("", _CN_NUMBERING_RE.sub("", clauses[index]).strip())
    cut = _PREDICATE_RE.search(_mask_brackets(text))
    if cut is not None:
        return text, cut.start(), False
    if index + 1 < len(clauses) and _LEADING_PREDICATE_RE.match(clauses[index + 1]):
        return text, len(text), False  # the whole clause is the subject of the predicate after its comma
    if _ROW_NAMED_RE.match(_mask_brackets(text)):
        # (…第1186号附件第5项所列日本实体新泽精机株式会社（…），…: a party named by its row, whole)
        return text, len(text), False
    # (决定停止对甲公司、乙公司等2家美国实体采取的处理措施，并将上述实体移出…: the parties the measures ended on)
    ended_on = _MEASURES_ENDED_ON_RE.match(_mask_brackets(text))
    if ended_on is not None:
        names = text[ended_on.start("names") : ended_on.end("names")]
        return names, len(names), False
    # (（一）对Hanwha Philly Shipyard Inc.，停止实施…，并将其移出反制清单: names in Latin alone after 对, the clause's
    # object — the act's parties; not when a later clause opens on another object: （一）对Hanwha…，继续实施…；（二）对其余4家…)
    latin_object = re.match(
        r"\s*对\s*[A-Za-z]", _CN_NUMBERING_RE.sub("", clauses[index]).strip()
    ) and not any(
        re.match(r"\s*对", _CN_NUMBERING_RE.sub("", later).strip()) for later in clauses[index + 1 :]
    )
    if latin_object:
        text = re.sub(r"^\s*对\s*", "", text)
        return text, len(text), True
    return None


def _antecedent_names(before: str, wanted: int | None = None) -> tuple[list[str], int | None, str | None]:
    """The names a back-reference (将上述2家实体移出) stands for, printed earlier in the paragraph.

    `经调查，A公司（A Inc.）、B公司（B Corp.）已采取措施纠正相关行为，决定将上述2家实体移出…`: the
    nearest clause before the decision whose subject is a run of names, each ending as a name ends
    (its English bracket or an organisation word). A clause without such names gives none. A count
    printed before the names (`2家澳大利亚实体A公司（…）、B公司（…）`) is returned with the country it names."""
    # (对Austal USA, LLC，…: the comma of a Latin name's legal form separates no clause)
    masked = _LEGAL_FORM_COMMA_RE.sub("〼", _mask_brackets(before))
    clauses = [before[c.start() : c.end()] for c in re.finditer(r"[^,，;；:：。]+", masked)]
    fallback: tuple[list[str], int | None, str | None] | None = None
    gathered: list[str] = []  # names of nearer clauses that each named fewer than the count
    for index in reversed(range(len(clauses))):
        found = _clause_subject(clauses, index)
        if found is None:
            continue
        text, end, latin_object = found
        # 2026年4月2日列入管控名单的甲公司（…）已…: the words saying when the names were listed are not a name
        # (…附件第5项所列日本实体甲公司: the row's words may name the party's country)
        row = _ROW_NAMED_RE.match(_EARLIER_LISTING_RE.sub("", text[:end].strip(_TRAIL)))
        subject = _ROW_NAMED_RE.sub("", _EARLIER_LISTING_RE.sub("", text[:end].strip(_TRAIL)))
        if _UNNAMED_ROWS_RE.search(text[:end].strip(_TRAIL)):
            return (
                [],
                None,
                None,
            )  # (…附件第4项、第6项所列实体已配合核查，现将其移出…: rows whose names are not printed)
        counted = _LEADING_COUNT_RE.match(subject)
        if counted:
            subject = subject[counted.end() :]
        # (A（…）、B（…）以及C（…）等3家实体: the count after the names)
        closing = _COUNT_RE.search(subject)
        if closing is not None and subject[: closing.start()].rstrip().endswith("等"):
            subject = subject[: closing.start()].rstrip()[:-1]
        # (…的甲公司（…）和2026年5月12日列入关注名单的乙公司（…）: each name may say when it was listed)
        # (…附件第2项所列甲公司、第5项所列乙公司: each name may say its row)
        pieces = [
            _ROW_PIECE_RE.sub("", _EARLIER_LISTING_RE.sub("", piece)) for piece in _split_names(subject)
        ]
        if pieces and all(
            (_NAME_END_RE.search(_BRANCHES_RE.sub("", p).strip()) or (latin_object and _is_latin(p)))
            and not _NOT_A_NAME_RE.search(p)
            for p in pieces
        ):
            if counted is None:
                found_here = (pieces, None, _country_in(row.group(0)[-10:]) if row else None)
                if wanted is not None and len(pieces) != wanted:
                    # (甲、乙已…。决定停止对乙采取的…措施，并将上述2家实体移出…: 上述2家 reaches further back than 乙, to
                    # a clause naming two; …乙公司已…；丙公司亦已…。…将上述2家…: or to clauses naming one each, together)
                    fallback = fallback or found_here
                    gathered = _with_fewer(gathered, pieces, wanted)
                    if len(gathered) == wanted:
                        return gathered, None, found_here[2]
                    continue
                return found_here
            return pieces, _count(counted.group("n")), _country_in(counted.group("country"))
    return fallback or ([], None, None)


def _with_fewer(gathered: list[str], pieces: list[str], wanted: int) -> list[str]:
    """Names of clauses each naming fewer than a back-reference counts, nearest last, in printed order."""
    if len(pieces) >= wanted:
        return gathered
    return [*pieces, *(p for p in gathered if p not in pieces)]


def _mask_brackets(text: str) -> str:
    """The text with every character inside brackets replaced by NUL, same length: commas and
    predicates inside an English name (`（Odrell Ocean Systems, Inc.）`) do not split or cut it."""
    out = []
    depth = 0
    for char in text:
        if char in "(（":
            depth += 1
            out.append(char)
        elif char in ")）":
            depth = max(0, depth - 1)
            out.append(char)
        else:
            out.append("\0" if depth else char)
    return "".join(out)


def _with_antecedents(listing: _Listing, match: re.Match[str], line: _Line, sentence: str) -> _Listing:
    """A listing whose object only refers back (上述2家实体) takes the names printed before it."""
    if listing.names or listing.announces_block or not _BACK_REFERENCE_RE.match(match.group("names")):
        return listing
    # (the sentence as read may be reworded after its names — 由A调入B as 移出A，列入B — so it is found by its words up to them)
    at = line.norm.find(sentence[: match.end("names")].strip())
    before = (line.norm[:at] if at >= 0 else "") + sentence[: match.start()]
    wanted = _COUNT_RE.search(match.group("names"))
    names, stated, country = _antecedent_names(before, _count(wanted.group("n")) if wanted else None)
    if not names:
        return listing
    listing.names = names
    listing.stated = listing.stated if listing.stated is not None else stated
    listing.country = listing.country or country
    listing.expects_block = listing.stated is not None and len(names) < listing.stated
    return listing


# (三、自本公告发布之日起，将…移出出口管制管控名单: the clause's day first)
_DECISION_CLAUSE_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|[(（]\s*[一二三四五六七八九十]+\s*[)）])\s*"
    # (一、依据《…条例》第二十六条第三款，将上述2家日本实体移出关注名单: the legal basis first)
    r"(?:(?:依据|根据|依照|按照)[^。；;]{0,60}?[,，]\s*)?"
    r"(?:自[^,，。；;]{1,24}?起\s*[,，]?\s*)?将"
)


# 四、2026年8月21日列入关注名单的甲公司（Alpha Ltd），已…，自本公告公布之日起移出关注名单(，列入管控名单): the
# parties named first leave the list the sentence names (and go onto the next), with no 将 before them
# (…，自2044年5月1日起由关注名单调入出口管制管控名单: leaving one list for another, said as a move)
# (甲株式会社于2026年4月2日被列入关注名单，自本公告公布之日起，不再列入关注名单: the same said as no longer listed;
# 2026年8月6日列入出口管制管控名单的甲公司（…），自本公告公布之日起调整至关注名单: a move, the list it leaves told
# before the name)
_SUBJECT_REMOVAL_RE = re.compile(
    rf"[,，]\s*(?:自[^,，。；;]{{1,24}}?起\s*[,，]?\s*)?(?:(?:从|自)?(?P<list>{_LIST_ALT})?中?移出(?P<list2>{_LIST_ALT})"
    rf"|由(?P<list3>{_LIST_ALT})(?:调入|转入|移入|调整(?:至|到|为)|调至)(?P<onto>{_LIST_ALT})"
    rf"|不再列入(?P<list4>{_LIST_ALT})|(?:调整(?:至|到|为)|调至|转入|调入)(?P<onto2>{_LIST_ALT}))"
)


# 商务部公告2026年第1026号附件1所列第4项实体甲公司（…）: the notice and row that listed the party, before its name
# (将商务部公告2025年第51号所列亨廷顿·英格尔斯工业公司（…）、…移出: the notice that listed the names, before them)
# (对…第11号附件所列第1项实体甲公司（…），暂缓执行…: the row and the word for what it lists, before the name)
_CITED_LIST_RE = re.compile(
    r"^[^,，。；;()（）]*?\d{1,4}\s*号(?:公告)?[^,，。；;()（）]{0,12}?所列的?\s*"
    r"(?:第\s*\d{1,3}\s*项(?:\s*[、和及]\s*第\s*\d{1,3}\s*项)*\s*[\u4e00-\u9fff]{0,6}?(?:实体|企业)\s*)?"
)
_ROW_NAMED_RE = re.compile(
    # (3月4日公告（…第1473号）所列美国企业甲公司: the citing words may hold the notice's number in a bracket)
    # (…第2173号公告附件“一、美国”项下第1项甲公司: the row under a heading of that annex)
    r"^(?:[^,，。；;()（）]|[(（][^()（）]{1,60}[)）])*?(?:所列的?|项下(?:所列的?)?)"
    r"(?:第\s*\d{1,3}\s*项(?:\s*[、和及]\s*第\s*\d{1,3}\s*项)*)?\s*"
    # (…所列欧盟实体甲公司: a few words before 实体/企业 say where the parties are from — a name holding 企业 right
    # after 所列, …所列甲企业管理有限公司, is cut there: left as it is; …第1473号）所列甲公司: none, the name follows)
    r"(?:(?:\d{1,3}\s*家)?[^,，。；;()（）]{0,6}?(?:实体|企业))?"
)


# (…、“二、英国”项下第1项乙公司（…）: the row under a heading of the annex, for each name after the first)
_LIST_ROW_PREFIX_RE = re.compile(
    r"^\s*(?:《[^》]{1,12}》|(?:〼+|[“\"][^”\"]{1,20}[”\"])\s*项下)?\s*第\s*\d{1,3}\s*项\s*(?:所列)?(?:的)?\s*"
)


def _without_listing_row(text: str) -> str:
    """The names after the words naming where they were listed (…附件所列第4项实体 / …第51号所列)."""
    return _CITED_LIST_RE.sub("", _ROW_NAMED_RE.sub("", text))


# 甲公司（Alpha AS）已配合商务部完成核查 / …在规定期限内未配合核查: what the party did, told after its name
_AFTER_NAME_RE = re.compile(
    r"(?<=[)）])\s*(?:已|未|在|经|因|于|曾|拒不|仍)[^()（）]*$"
    # (甲株式会社于2026年4月2日被列入关注名单: a name with no bracket, then the day it was listed)
    r"|(?:(?<=公司)|(?<=会社)|(?<=集团)|(?<=机构)|(?<=企业)|(?<=研究所)|(?<=研究院)|(?<=大学))"
    r"\s*(?:已|曾)?于\s*(?:19|20)\d{2}\s*年[^()（）]*$"
)


def _without_closing_count(text: str) -> str:
    """甲株式会社（…）、乙株式会社（…）等2家日本实体 → the names, without the count closing them."""
    closing = _COUNT_RE.search(text)
    if closing is None:
        return text
    before = text[: closing.start()].rstrip()
    if before.endswith(("等", ")", "）")) or _NAME_END_RE.search(before):
        return before.removesuffix("等")
    return text


def _subject_removals(sentence: str, line: _Line, verbatim: str) -> list[_Listing]:
    # (三、经核查，…所列台湾地区实体甲公司（…）、乙公司（…），自…起移出…: how the finding was made, then the subject)
    body = re.sub(r"^\s*[,，]\s*", "", _SUBJECT_INTRO_RE.sub("", _CN_NUMBERING_RE.sub("", sentence).strip()))
    removal = _SUBJECT_REMOVAL_RE.search(body)
    # (…公布的《关于将甲实验室等5家外国实体列入关注名单的公告》所列德国实体甲实验室（…）: 将 in a cited title)
    said = re.sub(r"《[^《》]*》", "《》", body[: removal.start()]) if removal else ""
    if removal is None or "将" in said or "其" in said:
        return []
    if re.search(r"的\s*[,，]?\s*$|如|若|逾期", said.rsplit("，", 1)[-1] if "，" in said else said):
        return []  # (…在规定期限内配合完成核查的，不再列入关注名单: a condition, not an act)
    masked = _mask_brackets(body)
    comma = re.search(r"[,，]", masked)
    if comma is None:
        return []
    subject = _AFTER_NAME_RE.sub("", _without_listing_row(body[: comma.start()]))
    if not subject and body.startswith("即", comma.end()):
        # …第一条所列第1项、第3项实体，即甲公司（…）和乙公司（…），…移出关注名单: the names follow 即
        after = re.search(r"[,，]", masked[comma.end() :])
        subject = body[comma.end() + 1 : comma.end() + after.start()] if after else ""
    if not subject or not _event_names(subject, line, verbatim):
        return []  # (the subject must read as names: …第30号所列实体 names no one)
    printed = _split_names(_without_closing_count(_EARLIER_LISTING_RE.sub("", subject)))
    names = [_without_row_and_country(name) for name in printed]
    left = removal.group("list") or removal.group("list2") or removal.group("list3") or removal.group("list4")
    if left is None:  # (调整至关注名单: the list it leaves is the one it was listed on, told before the name)
        told = re.search(rf"列入(?P<list>{_LIST_ALT})的", subject)
        if told is None:
            return []
        left = told.group("list")
    list_name = _LIST_OF[left]
    row = _ROW_NAMED_RE.match(body[: comma.start()])  # (…所列台湾地区实体: the names' country)
    counted = _COUNT_RE.search(subject)  # (…等2家日本实体: the count's)
    country = (_country_in(row.group(0)[-10:]) if row else None) or (
        _country_in(counted.group("country")) if counted else None
    )
    out = [
        _Listing(
            list_name,
            "removed",
            names,
            None,
            country,
            False,
            False,
            line,
            verbatim.strip(),
            line.index,
            countries=_own_countries(printed, country),
        )
    ]
    moved = _MOVED_ONTO_RE.match(body, removal.end())
    onto = moved.group("list") if moved is not None else removal.group("onto") or removal.group("onto2")
    if onto is not None:
        out.append(replace(out[0], list_name=_LIST_OF[onto], action="listed", moved=True))
    return out


# 不在本公告调整范围之内 / 不受本公告影响 / 本次不作调整: what a sentence recalls is left as it was
_LEFT_OUT_RE = re.compile(
    r"不在[^。；;]{0,12}?范围|不受[^。；;]{0,8}?影响|不作调整|不予调整|不作变更|不因[^。；;]{0,12}?而(?:改变|变化|调整|变更)"
    # (…曾于…发布公告（…〔2025〕10号），将甲公司等14家外国实体…列入…: the earlier notice's listing, cited by it)
    r"|发布[^,，。;；]{0,20}?公告\s*[(（]"
    # (…于2025年1月15日发布〔2025〕3号公告，将甲公司等4家美国实体列入…: the same, the number printed before 公告)
    r"|发布\s*(?:[〔\[]\s*(?:19|20)\d{2}\s*[〕\]]\s*\d{1,4}\s*号|(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号)\s*公告\s*[,，]"
)


# (…发现，附件所列5家外国实体未按要求配合核查…。…决定将上述实体列入关注名单。: the attachment's parties, told before)
_ANNOUNCED_BEFORE_RE = re.compile(
    r"(?:下列|以下|附件\s*\d{0,2}\s*所列)\s*\d{0,4}\s*家[^。；;]{0,12}?(?:实体|企业|公司|机构)"
)


def _announces_names(sentence_norm: str) -> bool:
    """Whether a listing sentence says its names are printed after it (见附件, 如下, 下列, a closing colon)."""
    return bool(_NAMES_AFTER_RE.search(sentence_norm)) or sentence_norm.rstrip().endswith((":", "："))


# …现将其移出关注名单，列入管控名单，并采取以下措施：禁止…: the 以下 and the colon announce the measures printed
# on in the same sentence, not names to come — where the names stand before them (其, every name of a count)
_INLINE_MEASURES_RE = re.compile(
    r"[,，]?\s*(?:并)?(?:采取|实施)(?:下列|以下|如下)(?:处理|反制|管控)?措施\s*[:：]\s*\S.*$"
)


_MEASURES_FOLLOW_RE = re.compile(
    r"[,，]?\s*(?:并)?(?:采取|实施)(?:下列|以下|如下)(?:处理|反制|管控)?措施\s*[:：]?\s*$"
)


# (2029年6月18日，商务部发布公告，将甲公司等7家…列入…: a sentence opening on a day)
_OPENS_ON_DAY_RE = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]+\s*、|[(（]\s*[一二三四五六七八九十]+\s*[)）])?\s*(?P<day>{_DATE})\s*[,，]"
)


# …违反承诺的，商务部将依法重新将其列入… / 如发现…，将视情…: a listing that would follow a condition, decided now for later
_CONDITIONAL_RE = re.compile(
    r"的\s*[,，]\s*(?:商务部|工作机制)?\s*(?:将|可以|可|有权)\s*(?:依法|视情|依照有关规定)?\s*(?:重新)?\s*将$"
    r"|(?:如|若|一旦|如果)[^。;；]{1,40}?[,，][^。;；]{0,20}?将$"
)


# (商务部公告2026年第2329号将…列入…名单、恢复对…实施相关措施的决定: a notice's decision, named by what it did)
_NAMED_DECISION_RE = re.compile(r"\d{1,4}\s*号(?:公告)?\s*$")
# (商务部决定依照商务部令2024年第1号将甲公司…列入…: an order cited as the basis of this notice's own listing — not
# 根据商务部公告2026年第2329号将其列入…时明确的条件, a notice's listing told)
_BASIS_CITED_RE = re.compile(
    r"令\s*[〇一二三四五六七八九零\d]{4}\s*年\s*第?\s*[\d〇一二三四五六七八九十]{1,4}\s*号\s*$"
)
_OF_DECISION_RE = re.compile(r"[^。；;]*?的决定")


def _not_decided_here(sentence: str, match: re.Match[str]) -> bool:
    """A listing that would follow a condition (该企业违反承诺的，商务部将依法重新将其列入…), or another notice's decision
    named by what it did (…第2329号将甲公司列入出口管制管控名单…的决定): no listing now."""
    # (商务部公告2026年第2290号将甲公司、乙公司列入出口管制管控名单，相关措施此后…: that notice's listing, told)
    before = sentence[: match.start()]
    clause = re.split(r"[，,。；;]", before)[-1]
    # (依据商务部公告2026年第2329号将甲公司…列入…。: a notice cited as the basis — not 根据…号将其列入关注名单时明确的条件 /
    # 按照…号将甲公司列入…后的有关要求, that notice's listing named by what followed it)
    basis = bool(_BASIS_CITED_RE.search(clause.rstrip())) or (
        bool(re.search(r"依据|根据|依照|按照", clause))
        and not re.match(r"\s*(?:时|后|之后|以后|的|期间|所|而|以来)", sentence[match.end() :])
    )
    return bool(_CONDITIONAL_RE.search(sentence[: match.start() + 1])) or bool(
        _NAMED_DECISION_RE.search(before) and not basis
    )


def _said_as_listing(sentence: str) -> str:
    """A listing said with the parties first, written as 将…列入…: 下列3家…外国实体，列入关注名单： and 二、乙公司（Beta GmbH）
    （德国），列入出口管制管控名单。 (its country in a bracket after the name, no alias)."""
    subject = _LISTED_SUBJECT_RE.search(sentence)
    if subject is not None and not _LISTING_RE.search(sentence) and not _REMOVAL_RE.search(sentence):
        said = subject.group(0)
        if subject.group("did"):
            said = said.replace(subject.group("did"), "", 1)
        said = re.sub(r"\s*[,，]\s*(?:被|予以)?", "", said, count=1)
        sentence = f"{sentence[: subject.start()]}将{said}{sentence[subject.end() :]}"
    named_first = _NAMED_THEN_LISTED_RE.match(sentence)
    if (
        named_first is not None
        and not _LISTING_RE.search(sentence)
        and "号" not in named_first.group("names")
    ):
        names = _COUNTRY_AFTER_RE.sub("", named_first.group("names"))
        sentence = f"{named_first.group('lead')}将{names}列入{named_first.group('list')}{sentence[named_first.end() :]}"
    return sentence


def _sentence_listings(
    sentence: str, line: _Line, verbatim: str, published: dt.date | None = None
) -> list[_Listing]:
    """The listings (列入) and removals (移出) one sentence decides."""
    listings: list[_Listing] = []
    # (决定将该实体由关注名单调入出口管制管控名单: leaving one list for another is a removal and a listing)
    sentence = _MOVED_BETWEEN_RE.sub(r"移出\g<off>，列入\g<onto>", sentence)
    # (现将其移出关注名单，重新列入出口管制管控名单: the same move, the party once)
    sentence = _RELISTED_RE.sub(r"\g<removed>并列入", sentence)
    sentence = _said_as_listing(sentence)
    for match in _LISTING_RE.finditer(sentence):
        if _not_decided_here(sentence, match):
            continue
        listing = _parse_listing(sentence, match, line, "listed", verbatim)
        listing = _with_antecedents(listing, match, line, sentence)
        recap = _recap(sentence, match, published)
        # (二、将附件2所列2家实体列入关注名单。: a clause of the decision naming its own annex's parties)
        annexed = bool(_ANNEX_PARTIES_RE.search(sentence)) and bool(_DECISION_CLAUSE_RE.match(sentence))
        if (listing.names or listing.announces_block or annexed or "决定" in sentence) and not (
            recap and _recalled_only(listing, sentence, match)
        ):
            # (a recap's count is the earlier notice's: the list printed after it is this notice's own)
            listings.append(
                replace(listing, recap=bool(recap), expects_block=listing.expects_block and not recap)
            )
    listings += _subject_removals(sentence, line, verbatim)
    # 三、将…移出管控名单: a numbered clause opening on 将 is a decision of the notice's 决定…如下; so is 现将其…
    # after the party the sentence opens on (…未履行配合核查义务，现将其移出关注名单)
    # (…甲公司（…）已按要求纠正其行为…，自本公告公布之日起将其移出…: the party the clause opens on)
    decided = (
        "决定" in sentence
        or "现将" in sentence
        or _DECISION_CLAUSE_RE.match(sentence)
        or (
            re.search(
                # (…，并将上述4家实体移出…: the parties the sentence named before — not in a sentence telling an
                # earlier day's act, 2027年1月5日，商务部发布…，并将上述2家实体移出… / 鉴于…)
                r"[,，]\s*(?:并|同时|并且)?\s*(?:自[^,，。；;]{1,24}?起\s*[,，]?\s*)?将(?:其|(?:上述|前述)[^,，。；;]{0,12}?)"
                r"(?:从[^,，。；;]{1,20})?移出",
                sentence,
            )
            and not _TOLD_OPENING_RE.match(sentence)
            and not _TOLD_REASON_RE.match(sentence)
        )
    )
    # (2027年1月5日，商务部发布…公告，决定…并将上述2家实体移出…: that day's removal, told — not a removal made now)
    told = _told_day(sentence, published) and not re.search(r"现决定|现将|现予", sentence)
    if "移出" in sentence and decided and not told and not re.search(r"可以|可申请|可将|可予", sentence):
        for match in _REMOVAL_RE.finditer(sentence):
            if match.group("list") or match.group("list2"):
                removal = _with_antecedents(
                    _parse_listing(sentence, match, line, "removed", verbatim), match, line, sentence
                )
                removal = _named_in_sentence(removal, sentence, match.start())
                listings.append(removal)
                moved = _MOVED_ONTO_RE.match(sentence, match.end())
                if moved is not None:
                    listings.append(
                        replace(removal, list_name=_LIST_OF[moved.group("list")], action="listed", moved=True)
                    )
    return listings


# 对附件1所列4家实体 / 将附件2所列3家实体移出…: the parties of one of this notice's attachments
_ANNEX_PARTIES_RE = re.compile(
    r"附件\s*(?P<n>\d{1,2})\s*所列(?:的)?\s*(?:\d{1,3}\s*家)?[^,，。;；]{0,6}?(?:实体|企业|单位|机构)"
)


def _annex_parties(
    subject: str,
    line: _Line,
    verbatim: str,
    party_list: PartyList,
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
    lines: Sequence[_Line],
) -> list[_Named]:
    """对附件1所列4家实体，…暂停实施…: the parties of that attachment's table (claimed for this act)."""
    index = _annex_block(_annex_named(subject, line.norm), blocks, lines)
    if index is None:
        return []
    claimed[index] = True
    listing = _Listing(party_list, "listed", [], None, None, True, True, line, verbatim.strip(), line.index)
    return _block_parties(listing, blocks[index][1], set(), [])


def _annex_named(text: str, line: str) -> str:
    """Where a sentence's parties are: its own words (附件2所列3家实体), else, for a back-reference (上述3家实体), its line's
    (二、经核实，附件2所列3家实体已…。商务部决定将上述3家实体移出…)."""
    if _ANNEX_PARTIES_RE.search(nfkc(text)) or not re.search(r"上述|前述|其|该", text):
        return text
    return line


def _annex_block(
    sentence: str, blocks: list[tuple[PartyList | None, list[_Entry]]], lines: Sequence[_Line]
) -> int | None:
    """The party table printed in the attachment the sentence names (附件1所列…实体), by the attachment's own label."""
    named = _ANNEX_PARTIES_RE.search(nfkc(sentence))
    if named is None:
        return None
    first: dict[str, str] = {}
    for line in lines:
        first.setdefault(line.source, line.norm)
    label = re.compile(rf"^\s*附件\s*{named.group('n')}(?!\d)")
    return next(
        (
            i
            for i, (_, block) in enumerate(blocks)
            if block and label.match(first.get(block[0][0].source, ""))
        ),
        None,
    )


def _unclaimed_block(
    listing: _Listing,
    blocks: list[tuple[PartyList | None, list[_Entry]]],
    claimed: list[bool],
) -> int | None:
    """The first numbered party list after a listing that announces one, of its list, not yet claimed."""
    return next(
        (
            i
            for i, (block_list, block) in enumerate(blocks)
            if not claimed[i]
            and listing.expects_block
            and block
            and (block_list in (None, listing.list_name))
            and block[0][0].index > listing.position - 1
        ),
        None,
    )


# 甲集团公司及其全资子公司乙有限公司: a parent and a subsidiary it names, two legal entities in one entry.
# (及其子公司 with no name after it is the parent's branches: _BRANCHES_RE.)
_SUBSIDIARY_RE = re.compile(r"及其(?:全资|控股|下属|附属)?子公司(?=[\u4e00-\u9fffA-Za-z])")
# A label before another name in an alias cell or bracket: 简称：OMD, a.k.a. KBA, 曾用名：…
_ALIAS_CELL_LABEL_RE = re.compile(
    r"^\s*(?:(?:原名|曾用名|前称|又名|别名|亦称|也称|又称|简称)\s*[:：为]?|"
    r"(?:a\.k\.a\.?|aka|f/k/a|formerly(?:\s+known\s+as)?|also\s+known\s+as)\s*:?)\s*",
    re.IGNORECASE,
)


def _latin_entry_names(rest: str) -> list[_Name]:
    """美国组织Kratos Unmanned Aerial Systems, Inc.和Dedrone Holdings, Inc.: each Latin name (its own English name), with
    the country the words before them give."""
    lead = re.match(r"^[\u4e00-\u9fff]*", rest)
    words = lead.group(0) if lead else ""
    country = _country_in(words) if words else None
    pieces = [p.strip(_TRAIL) for p in re.split(r"\s*(?:以及|和|、|及)\s*(?=[A-Za-z])", rest[len(words) :])]
    return [_Name(p, p, (), False, None, country) for p in pieces if p]


def _entry_names(head: _Line, cells: dict[str, str] | None) -> list[_Name]:
    """The name parts of a numbered line (`1.甲公司（Alpha Inc.）`) or of a table row's cells; two
    when the entry names a parent and its subsidiary (the English split at `;` in the same order)."""
    latin = _LATIN_ENTRY_RE.match(head.norm) if cells is None else None
    if latin is not None:
        return _latin_entry_names(latin.group("rest").strip(_TRAIL))
    if cells is None:
        rest = _NUMBERED_RE.match(head.norm) or _bracketed_entry(head.norm) or _CN_ENTRY_RE.match(head.norm)
        assert rest is not None
        zh, en, alias_cell, address = _SUBSIDIARY_OF_RE.sub("", rest.group("rest")), "", "", None
    else:
        zh, en = cells.get("zh", ""), cells.get("en", "")
        alias_cell, address = cells.get("alias", ""), cells.get("address", "").strip(_TRAIL) or None
        if _NO_ENTRY_CELL_RE.fullmatch(alias_cell):
            alias_cell = ""  # (别名 | 无: the party has none)
    outside, _ = _top_level_groups(zh)
    pieces = [zh]
    if _SUBSIDIARY_RE.search(outside) and "(" not in zh and "（" not in zh:
        pieces = [p.strip() for p in _SUBSIDIARY_RE.split(zh) if p.strip()]
    en = _BRACKETED_LATIN_ALIAS_RE.sub(lambda m: f", a.k.a. {m.group('alias')}", en)
    english = [e.strip() for e in re.split(r"[;；]", en)] if len(pieces) > 1 else [en]
    if len(english) != len(pieces):
        english = [en] + [""] * (len(pieces) - 1)
    names: list[_Name] = []
    for index, (piece, piece_en) in enumerate(zip(pieces, english, strict=True)):
        parsed = parse_party_name(f"{piece}({piece_en})" if piece and piece_en else piece or piece_en)
        # (（三）新加坡实体甲公司（…）: the country and the word for what the party is are no part of its name)
        parsed = _strip_country_prefix(parsed)[0]
        aliases = list(parsed.aliases)
        if index == 0:
            for alias in re.split(r"[;；、]", alias_cell):
                alias = _unquote(_ALIAS_CELL_LABEL_RE.sub("", alias).strip(_TRAIL))
                if alias and alias not in aliases:
                    aliases.append(alias)
        names.append(
            _Name(
                parsed.name_zh,
                parsed.name_en,
                tuple(aliases),
                parsed.branches,
                address or parsed.address,
                parsed.country,
            )
        )
    return names


# (英文名称 | Lion Orbit Electronics Pte. Ltd.（a.k.a. LOE Tech）: another name in the cell's own bracket, said with its
# marker — as `…, a.k.a. LOE Tech`)
_BRACKETED_LATIN_ALIAS_RE = re.compile(
    r"\s*[（(](?:a\.k\.a\.?|aka|f/k/a|formerly(?:\s+known\s+as)?|also\s+known\s+as)\s*:?\s*(?P<alias>[^（()）]+)[）)]\s*$",
    re.IGNORECASE,
)


def _unquote(text: str) -> str:
    """`“OPL”` → `OPL`: the quotes MOFCOM prints around a short name are not part of it."""
    return text.strip().strip("“”\"'‘’「」『』").strip()


# 附件第5项、第7项所列实体，自2026年10月8日起适用…措施 / 名单第3至5项所列实体自…起: a later start
# for some rows of the list, named by their numbers.
_ROWS = r"(?P<rows>第\s*\d{1,3}(?:\s*项)?(?:\s*(?:、|,|，|和|及|以及|至|到|-|—|~)\s*第?\s*\d{1,3}\s*项?)*)"
_ROW_START_RE = re.compile(
    rf"(?:附件|名单|清单)\s*\d*\s*(?:中|所列)?\s*{_ROWS}[^。；;]{{0,24}}?自\s*(?P<date>{_DATE})\s*起"
)
# 对本公告第一条第4项所列实体采取的措施，自…起实施: the notice's own clause holding the list, named with its
# rows; the rows must be said to be parties (所列实体), as 本公告第二条第1项 may be a measure or a point.
_OWN_ROW_START_RE = re.compile(
    rf"本公告\s*第\s*[一二三四五六七八九十\d]{{1,3}}\s*[条款]\s*{_ROWS}\s*所列(?:实体|企业|公司|机构|组织)"
    rf"[^。；;]{{0,20}}?自\s*(?P<date>{_DATE})\s*起"
)


def _row_starts(lines: Sequence[_Line]) -> dict[int, dt.date]:
    """The rows of a party list that a clause starts later than the notice, with their start."""
    starts: dict[int, dt.date] = {}
    for line in lines:
        for match in [*_ROW_START_RE.finditer(line.norm), *_OWN_ROW_START_RE.finditer(line.norm)]:
            when = parse_date(match.group("date"))
            if when is None:
                continue
            rows = match.group("rows")
            for ranged in re.finditer(r"(\d{1,3})\s*项?\s*(?:至|到|-|—|~)\s*第?\s*(\d{1,3})", rows):
                for row in range(int(ranged.group(1)), int(ranged.group(2)) + 1):
                    starts[row] = when
            for row in re.findall(r"\d{1,3}", rows):
                starts.setdefault(int(row), when)
    return starts


def _row_number(head: _Line) -> int | None:
    return _printed_number(head.norm)


def _printed_number(norm: str) -> int | None:
    """The number a list row prints before its party (1. / （一）), if any."""
    found = re.match(r"\s*(\d{1,4})", norm)
    if found:
        return int(found.group(1))
    # （四）中文名称：…: a labelled record numbered in Chinese is the list's fourth row all the same
    bracketed = re.match(r"\s*[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]", norm)
    return cn_number(bracketed.group(1)) if bracketed else None


# `Northrock Electro-Optical Metrology B.V.，地址：荷兰…`: an entry's English name on the line after its Chinese one
_ENGLISH_LINE_RE = re.compile(r"^\s*(?P<en>[A-Za-z][^\u4e00-\u9fff]{2,150}?)\s*(?:[,，]\s*地址\s*[:：].*)?$")


def _english_line(norm: str) -> str | None:
    found = _ENGLISH_LINE_RE.match(norm)
    return found.group("en").strip(_TRAIL) if found else None


def _is_latin_named(norm: str) -> bool:
    """Whether a party line already prints a Latin name (in its bracket, or as the name itself)."""
    return bool(re.search(r"[(（]\s*[A-Za-z]", norm) or re.search(r"[A-Za-z]{3}", norm))


def _continuation(
    continuation: list[_Line], address: str | None, aliases: list[str]
) -> tuple[str | None, list[str]]:
    """An entry's address and further names from its 地址/邮编/又名 lines and their wrapped rest."""
    postcode = None
    wrapping = False  # the line before was an 地址 line (or its wrapped rest)
    for extra in continuation:
        if _branch_name(extra.norm) is not None or _COUNTRY_LINE_RE.match(extra.norm):
            wrapping = (
                False  # (a branch's line: a party of its own, _branch_parties; a country: _line_country)
            )
            continue
        if _ALIAS_LABEL_RE.match(extra.norm) and _NO_ALIAS_RE.match(_ALIAS_LABEL_RE.sub("", extra.norm)):
            wrapping = False  # (别名：无)
            continue
        a = _ADDRESS_RE.match(extra.norm)
        p = _POSTCODE_RE.match(extra.norm)
        labelled = _ALIAS_LABEL_RE.match(extra.norm)
        if a:
            address = a.group("address").strip(_TRAIL)
        elif p:
            postcode = p.group("code")
        elif not labelled and wrapping and address:
            address = f"{address} {extra.norm.strip(_TRAIL)}"
        elif labelled:
            aliases += [n for n in _labelled_aliases(extra.norm) if n not in aliases]
        # (an unlabelled line otherwise is a table cell's wrapped rest, joined to its cell already)
        wrapping = bool(a) or (wrapping and not p and not labelled)
    if address and postcode:
        address = f"{address}, 邮编: {postcode}"
    return address, aliases


def _labelled_aliases(norm: str) -> list[str]:
    """又名：乙公司（Beta Ltd.） on a line of its own: each name it prints (别名：A；B: both; 别名：丹绒精机 | 别名：TPM Engineering,
    a table's row of names under the row: one per cell; 别名：环宇电子 | — / 别名：无: a cell left empty names none)."""
    found: list[str] = []
    for printed in re.split(r"[;；|]", _ALIAS_LABEL_RE.sub("", norm)):
        printed = _ALIAS_CELL_LABEL_RE.sub("", printed).strip()
        if not printed.strip(" —-/／") or _NO_ALIAS_RE.match(printed):
            continue
        other = parse_party_name(printed)
        found += [
            n for n in dict.fromkeys((other.name_zh, other.name_en, *other.aliases)) if n and n not in found
        ]
    return found


def _block_parties(
    listing: _Listing, block: list[_Entry], used: set[str], issues: list[Issue]
) -> list[_Named]:
    """The parties of a numbered list (with their 地址/邮编 lines); names only in the sentence are issues."""
    named: list[_Named] = []
    column_country: str | None = None  # a merged 国家 cell, printed once, holds for the rows below it
    for head, continuation, region, cells in block:
        heading, region_country = region if region else (None, None)
        entry_names = _entry_names(head, cells)
        region_country, column_country = _cell_country(head, cells, region_country, column_country)
        address, aliases = _continuation(continuation, entry_names[0].address, list(entry_names[0].aliases))
        english = next((e for c in continuation if (e := _english_line(c.norm)) is not None), None)
        quote = "\n".join([head.text, *(c.text for c in continuation)])
        used.update([head.norm, *(c.norm for c in continuation), *([heading.norm] if heading else [])])
        row = _row_number(head)
        for index, entry_name in enumerate(entry_names):
            parsed = _Name(
                entry_name.name_zh,
                entry_name.name_en or (english if index == 0 else None),
                tuple(aliases) if index == 0 else entry_name.aliases,
                entry_name.branches,
                address,
            )
            # The sub-heading is nearer the entry than the sentence's count (下列6家外国实体); a
            # country printed before the name (荷兰甲公司) is the entry's own.
            _, prefixed = _strip_country_prefix(parsed)
            country = (
                entry_name.country
                or _line_country(continuation)
                or region_country
                or prefixed
                or listing.country
                or (_country_in(address) if address else None)
            )
            named.append((parsed, quote, head.source, country, row))
        named.extend(_branch_parties(continuation, entry_names[0], quote, head.source, row))
    inline = {parse_party_name(n).name_zh for n in listing.names}
    listed = {n.name_zh for n, _, _, _, _ in named}
    for missing in sorted(inline - listed):
        issues.append(
            Issue(
                "party_not_in_annex",
                f"{missing} is named in the sentence but not in the list that follows",
                line=listing.line.text,
            )
        )
    return named


def _line_country(continuation: list[_Line]) -> str | None:
    """The country an entry's 国家（地区）： line prints."""
    # (注册地：德国慕尼黑: the country the place is in, where one is named)
    printed = next((m.group("country") for c in continuation if (m := _COUNTRY_LINE_RE.match(c.norm))), None)
    return (_country_in(printed) or printed) if printed else None


def _cell_country(
    head: _Line, cells: dict[str, str] | None, region_country: str | None, column_country: str | None
) -> tuple[str | None, str | None]:
    """The country an entry's cells give it, and the merged country cell that holds for the rows below."""
    if cells is None:
        return region_country, column_country
    printed = cells.get("country")
    if "|" not in head.norm:  # a labelled record's country is its own, never the next record's
        return (_country_in(printed) or printed) if printed else region_country, column_country
    if printed:
        column_country = _country_in(printed) or printed
    return column_country or region_country, column_country


# -Velnora Optronics Polska Sp. z o.o. — one of the branches an entry's 及其分支机构 covers, on a line of its own
# under the entry, after a dash or a bullet.
_BRANCH_LINE_RE = re.compile(r"^\s*[-\u2010-\u2015\u2022\u00b7\u30fb\u25aa]+\s*(?P<name>\S.*?)\s*$")


def _branch_name(norm: str) -> str | None:
    """The name a dashed line prints, when it prints nothing but a name (Latin, or ending as a name ends)."""
    dashed = _BRANCH_LINE_RE.match(norm)
    if dashed is None:
        return None
    name = dashed.group("name").strip(_TRAIL)
    bare = _BRANCHES_RE.sub("", name).strip(_TRAIL)
    latin = _is_latin(bare) and bare[:1].isalnum()
    return name if latin or (_NAME_END_RE.search(bare) and not _is_latin(bare)) else None


def _takes_branch(entry: _Entry, norm: str) -> bool:
    """Whether a dashed line is a branch of the entry above it: the entry prints 及其分支机构."""
    return _branch_name(norm) is not None and bool(_BRANCHES_RE.search(entry[0].norm))


def _branch_parties(
    continuation: list[_Line], parent: _Name, quote: str, source: str, row: int | None
) -> list[_Named]:
    """The branches an entry prints one a line under its 及其分支机构: each a party of its own, named as
    printed, but a line repeating the entry's own name (its English name, often printed first).

    A branch takes no country from its parent (a branch may be abroad, and a name's `UK` or `Polska`
    is not a printed country): only a country word before a Chinese name gives one."""
    own = {_unspaced(n).casefold() for n in (parent.name_zh, parent.name_en, *parent.aliases) if n}
    found: list[_Named] = []
    for extra in continuation:
        name = _branch_name(extra.norm)
        if name is None:
            continue
        parsed = parse_party_name(name)
        if {_unspaced(n).casefold() for n in (parsed.name_zh, parsed.name_en) if n} & own:
            continue
        parsed, country = _strip_country_prefix(parsed)
        found.append(
            (_Name(parsed.name_zh, parsed.name_en, parsed.aliases, False, None), quote, source, country, row)
        )
    return found


def _inline_parties(listing: _Listing, used: set[str]) -> list[_Named]:
    """The parties a listing sentence names itself."""
    named: list[_Named] = []
    shared_country = listing.country
    for index, piece in enumerate(listing.names):
        parsed = parse_party_name(piece)
        country = listing.countries[index] if listing.countries else listing.country
        if listing.countries and country is None:
            parsed, country = _strip_country_prefix(parsed)
        elif country is None:
            # 将美国PVH集团、因美纳公司…列入: the country before the first name covers the names after it
            # that print none of their own (英国甲公司、荷兰乙公司: each its own)
            parsed, own = _strip_country_prefix(parsed)
            country = own or shared_country
            shared_country = own if piece is listing.names[0] else shared_country
        named.append((parsed, listing.sentence, listing.line.source, country, None))
    used.add(listing.line.norm)
    return named


def _check_count(listing: _Listing, named: list[_Named], issues: list[Issue]) -> None:
    """A stated count (将28家实体列入) that the names found do not match, or no name at all, is an issue."""
    # A row naming a parent and its subsidiary is one of the count (等7家 over seven rows, eight entities).
    entries = len({(quote, row) for _, quote, _, _, row in named if row is not None}) + sum(
        1 for *_, row in named if row is None
    )
    if listing.stated is not None and listing.stated != entries:
        issues.append(
            Issue(
                "party_count_mismatch",
                f"the notice states {listing.stated} parties; {entries} were found",
                line=listing.line.text,
            )
        )
    if not named:
        issues.append(Issue("no_parties", "a listing sentence names no party", line=listing.line.text))


def _listed_parties(
    listing: _Listing,
    named: list[_Named],
    measures: tuple[str, ...],
    start: dt.date | None,
    row_starts: dict[int, dt.date] | None = None,
) -> list[Party]:
    later = row_starts or {}
    return [
        Party(
            name_zh=parsed.name_zh,
            name_en=parsed.name_en,
            aliases=parsed.aliases,
            includes_branches=parsed.branches,
            country=country,
            list=listing.list_name,
            action=listing.action,
            measures=measures if listing.action == "listed" else (),
            effective_on=later.get(row, start) if row is not None and listing.action == "listed" else start,
            window_until=None,
            address=parsed.address,
            quote_zh=quote,
            source=source,
        )
        for parsed, quote, source, country, row in named
    ]


# -- identity ----------------------------------------------------------------------------------

_EN_SUFFIXES = (
    "incorporated",
    "inc",
    "corporation",
    "corp",
    "company",
    "co",
    "limited partnership",
    "limited",
    "ltd",
    "llc",
    "l l c",
    "lp",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "sas",
    "s r o",
    "spol s r o",
    "a s",
    "kk",
    "k k",
)
_EN_SUFFIX_RE = re.compile(r"(?:\s+(?:" + "|".join(re.escape(s) for s in _EN_SUFFIXES) + r"))+$")
_ZH_SUFFIX_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|株式会社|公司|集团)$")
_ZH_NOISE_RE = re.compile(r"[\s·•・．.\-—“”\"'()（）]+")


def normalize_english(name: str | None) -> str:
    """`Teledyne Brown Engineering, Inc.` and `Teledyne Brown Engineering,Inc.` → one form."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = " ".join(text.split())
    previous = None
    while previous != text:
        previous = text
        text = _EN_SUFFIX_RE.sub("", text).strip()
    return text.replace(" ", "")


def normalize_chinese(name: str | None) -> str:
    """`洛克希德·马丁公司` and `洛克希德马丁公司` → one form (suffix and separators dropped)."""
    if not name:
        return ""
    text = _ZH_NOISE_RE.sub("", unicodedata.normalize("NFKC", name)).casefold()
    for country in _COUNTRY_IN_ENGLISH:  # 美国因美纳公司 and 因美纳公司 are one firm
        if text.startswith(country) and len(text) > len(country) + 2:
            text = text[len(country) :]
            break
    stripped = _ZH_SUFFIX_RE.sub("", text)
    return stripped or text


def identity_names(name_zh: str, name_en: str | None, aliases: Sequence[str]) -> list[str]:
    """The normalized names a party can be recognised by, English first (the most stable)."""
    found: list[str] = []
    if normalize_english(name_en):
        found.append("en:" + normalize_english(name_en))
    if normalize_chinese(name_zh):
        found.append("zh:" + normalize_chinese(name_zh))
    for alias in aliases:
        value = "en:" + normalize_english(alias) if _is_latin(alias) else "zh:" + normalize_chinese(alias)
        if value not in ("en:", "zh:") and value not in found:
            found.append(value)
    return found


def party_kind(kind: NoticeKind, result: PartyResult) -> NoticeKind:
    """A notice that only acts on parties is not `informational`: it lists, suspends or lifts."""
    if kind not in ("informational", "adds_controls") or (not result.parties and not result.refs):
        return kind
    if any(p.action == "listed" for p in result.parties):
        return "adds_controls"
    actions = {r.action for r in result.refs} | {p.action for p in result.parties}
    kinds: tuple[tuple[PartyAction, NoticeKind], ...] = (
        ("suspended", "suspends"),
        ("reinstated", "resumes"),
        ("removed", "repeals"),
    )
    for action, notice_kind in kinds:
        if action in actions:
            return notice_kind
    return kind
