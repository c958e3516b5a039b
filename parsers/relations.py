"""Relations between notices (suspend, resume, repeal, amend) and the notice's kind.

MOFCOM changes the list in force by publishing notices about other notices: No. 70 of 2025
suspends Nos. 55–58 and 61–62 "自即日起至2026年11月10日"; No. 72 suspends only 第二款 of 2024
No. 46. Each named target becomes one `Relation`, clause-level where the text is clause-level.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence

from parsers.bundled import known_windows_text
from parsers.consolidated import annex_label
from parsers.dual_use_list import looks_like_list, read_list
from parsers.entries import EntryResult, extract_entries, first_printed_line
from parsers.line_roles import second_opinion
from parsers.model import (
    EndAnchor,
    Extraction,
    Issue,
    NoticeKind,
    NoticeNumber,
    NoticePage,
    Relation,
    RelationType,
    WindowAnchor,
)
from parsers.numbers import (
    CONTROL_CODE,
    DURATION_RE,
    IN_FORCE_WITH_RE,
    ISSUER_CHAIN,
    REST_OF_CLAUSES,
    arabic_numbers,
    cn_number,
    cn_numeral,
    duration_end,
    nfkc,
    parse_clause_effective,
    parse_date,
    parse_notice_number,
    split_issuers,
)
from parsers.parties import extract_parties, party_kind
from parsers.printed_table import ditto_row
from parsers.rules import extract_rules
from parsers.script import to_simplified

# 暂缓执行 (deferred) is a suspension worded as a delay: the target does not apply until a day or a decision.
_SUSPEND = r"(?:暂停|中止|暂缓|暂不(?=实施|执行|适用))"
# 将…所列14家欧盟实体移出出口管制管控名单 / 同时移出商务部公告2026年第1611号公布的关注名单 (the list named by the notice that
# made it): parties leave a list, their measures lifted
_LEFT_A_LIST = (
    r"(?:移出|调出)[^,，。;；]{0,12}?名单|移出[^,，。;；]{0,12}?清单"
    r"|(?:移出|调出)[^,，。;；]{0,30}?\d\s*号[^,，。;；]{0,12}?(?:名单|不可靠实体清单|反制清单)"
)
# 将附件2所列3家实体移出…名单 / 对附件1所列4家实体，…暂停实施原公告规定的措施: parties of the notices told before, acted on
_PARTIES_ACTED_ON_RE = re.compile(
    _LEFT_A_LIST
    + r"|对\s*(?:附件\s*\d{0,2}\s*所列|上述|该|前述)[^,，。;；]{0,20}?(?:实体|企业|公司|机构|单位)"
)
# (…届满，现延长至… / ，经研究，现决定予以延长至… / ，现延长6个月: the window as it stood told, then the act that moves it)
_EXTENDED_AFTER = (
    # (…期限届满后顺延6个月: the same, said of the time after the end)
    r"\s*(?:(?:后|之后|以后)\s*[,，]?|[,，])\s*(?:经研究\s*[,，]\s*)?(?:现\s*)?(?:决定\s*)?(?:予以|将其|并(?=\s*(?:延长|延期|顺延)\s*(?:至|到)))?\s*"
    r"(?:延长|延期|顺延)\s*"
    r"(?:至|到|\d|[一二两三四五六七八九十半])"
)
_VERBS: tuple[tuple[RelationType, re.Pattern[str]], ...] = (
    # …第56号不再暂停实施，自本公告公布之日起恢复: ending a suspension before its term is a resumption,
    # whether the verb after it is printed in full (恢复实施) or alone after its start (…起恢复).
    (
        "resumes",
        re.compile(
            # (…不再恢复执行，自…起废止: a resumption refused, the act is the other verb)
            # (恢复实施前已受理的申请: the time before a resumption, no act)
            # (…暂不恢复实施出口管制，何时恢复实施另行公告: a resumption put off, its day to be announced)
            # (具体恢复实施时间另行公告 / 待条件具备时再行恢复实施 / 将视情适时恢复实施: the same, other words)
            # (暂停期限届满后，上述措施是否恢复实施，商务部将另行公告: whether it will, to be decided)
            r"(?<!不再)(?<!不)(?<!何时)(?<!何日)(?<!再行)(?<!适时)(?<!视情)(?<!是否)(?<!能否)(?<!可否)"
            # (…第二条中的恢复实施日期“…”有误，更正为“…”: the day named, a correction's object)
            # (恢复实施期间，出口经营者…应当申请许可: what holds while it runs, no act)
            r"(?:恢复|重新)(?:实施|执行|适用|施行)(?!\s*(?:前|以前|之前|期间(?!\s*(?:为|是|[:：]|自|至|到))|(?:的)?(?:时间|日期)\s*另行))"
            r"(?!\s*(?:的)?(?:日期|时间)(?!\s*(?:为|是)))"
            + r"|(?:不再|取消|终止|结束|停止|解除)(?:对[^,，。;；]{1,60}?的)?(?:继续)?"
            + _SUSPEND
            # …（…第62号）的暂停安排提前结束: a suspension ended before its term
            + r"|"
            + _SUSPEND
            + r"(?:实施|执行)?(?:的)?(?:安排|措施)?\s*(?:[,，]\s*(?:自|于)[^,，。;；]{0,16}?起?\s*)?提前(?:结束|终止)"
            + r"|起\s*(?:予以)?恢复\s*(?=[,，。;；]|$)"
            # (提前结束…第55号第一条至第四条的暂停实施: a suspension ended before its term, its target between)
            + r"|(?<!是否)(?<!能否)提前(?:结束|终止)[^,，。;；]{1,60}?的\s*"
            + _SUSPEND
            # …继续暂停实施该公告第一条第（一）项，保留该公告第一条第（三）项: the point kept applies again
            + r"|(?:^|(?<=[,，;；]))\s*保留(?=该公告|上述|第|商务部|《)"
        ),
    ),
    # 暂停实施期满后，…恢复实施 / 第70号所定暂停实施期限已于…届满: the end of a suspension (a date, or
    # background to what the notice decides) suspends nothing; nor does 暂停实施期间，… (what holds while
    # a suspension runs)
    (
        "suspends",
        re.compile(
            # …第70号暂停实施的措施: a suspension described (the notice that made it), not one made
            # (…届满前，第57号公告其余各条仍暂停实施: a state that holds, not a suspension made)
            # (…是否继续暂停实施，另行公告: whether it will, to be decided)
            # (…第62号原定暂停实施至2027年11月10日，现延期至2028年5月10日: the window as it stood extended, a
            # suspension to the new end)
            r"原定"
            + _SUSPEND
            + r"(?=[^。;；]{0,40}?(?:现|并|予以)?\s*(?:延长|延期|顺延|延续)(?:至|到|[^,，。;；]{0,4}?年))|"
            # (该公告第三条仍暂停实施，自2069年11月1日起至2070年4月30日止: a state said to go on, with a new window — an act)
            r"仍(?:然)?"
            + _SUSPEND
            + r"(?=(?:实施|执行|适用)?\s*[,，]?\s*自\s*(?:19|20)\d{2}\s*年[^。;；]{1,12}?起\s*(?:至|到)\s*(?:19|20)\d{2}\s*年)|"
            # (…第62号原定暂停实施至2028年10月31日，现提前结束暂停: the window as it stood, told)
            r"(?<!不再)(?<!取消)(?<!终止)(?<!结束)(?<!停止)(?<!仍)(?<!仍然)(?<!是否)(?<!是否继续)(?<!能否)(?<!能否继续)(?<!原定)"
            # 中止执行 is the same act worded as the law words it (出口管制法: 中止 a measure)
            + _SUSPEND
            # (暂停实施期间颁发的许可证件: what holds while it runs; 暂停实施(的)期间为…: its window, an act)
            # (…的暂停实施，于2026年3月31日终止: a suspension that ends; 暂停实施安排: the arrangement named;
            # 暂停实施前已依据相关公告取得的许可证件: the time before it)
            # (…第58号暂停实施至2028年3月31日的安排维持不变: the arrangement named, a noun)
            + r"(?!(?:实施|执行|适用)?\s*(?:安排|前|以前|之前|[,，]\s*(?:于|在)?[^,，。;；]{0,16}?(?:终止|结束|届满|到期))"
            + r"|(?:实施|执行|适用)?\s*(?:至|到)[^,，。;；]{1,20}?的\s*"
            + r"(?:安排|(?:期限|期间)(?!\s*[,，]?\s*(?:延长|延期|顺延|延续|缩短|调整|变更)))"
            + r"|(?:实施|执行|适用)?(?:的(?!\s*(?:期限|期间)\s*[,，]?\s*(?:延长|顺延|延续|延期|为|是|[:：]))"
            # (原暂停期限届满后顺延6个月: the window as it stood, moved on — an act)
            + rf"|(?:期满|期限届满)(?!{_EXTENDED_AFTER})"
            + r"|到期|结束|提前(?:结束|终止)|期间(?!\s*(?:为|是|[:：]))"
            r"|(?:期限|期间|时限)[^,，。;；]{0,24}?(?:届满|到期|结束|期满|终止)"
            # (…的暂停实施期限原定于2043年10月31日届满，现延长至…: the window as it stood, extended — an act)
            rf"(?!{_EXTENDED_AFTER})"
            # (在上述暂停期限内，国内企业…可以…申请: while a window runs, a procedure)
            r"|(?:实施)?(?:期限|期间)\s*内"
            # (该公告第一款至第四款的暂停期限不变: a window left as it was, no act)
            r"|(?:实施|执行|适用)?\s*(?:的)?\s*(?:期限|期间)\s*(?:保持|维持|仍然|仍)?\s*不变"
            # (该公告第三款至第六款继续暂停实施，暂停期限不变: it goes on as set, no act)
            r"|(?:实施|执行|适用)?\s*[,，]\s*(?:其|该)?\s*(?:暂停)?(?:实施)?\s*(?:期限|期间|安排)\s*(?:保持|维持|仍然|仍)?\s*不变"
            # (…第四条，暂停实施于2027年12月31日提前结束，自…起恢复实施: the day the suspension ends)
            r"|(?:实施|执行|适用)?\s*于[^,，。;；]{0,16}?(?:提前)?(?:结束|终止|届满)))"
        ),
    ),
    # Measures taken off (停止…相关措施, 取消临时出口管制): the notice stays, what it imposed ends.
    (
        "lifts",
        re.compile(
            r"(?:停止|取消|解除|终止)[^,，。;；]{0,40}?(?:措施|管制)|不再(?:实施|执行)[^,，。;；]{0,12}管制"
            # (停止实施〔2025〕7号公告对美国企业甲公司（Alpha Robotics, Inc.）采取的处理措施: a party named in full between)
            r"|(?:停止|取消|解除|终止)(?:实施|执行)?[^,，。;；]{0,30}?对[^,，。;；]{0,40}?采取的[^,，。;；]{0,8}?措施"
            # (停止实施…第23号对美国实体甲公司（MP Materials Corp.）、乙公司（USA Rare Earth, Inc.）采取的措施: names with
            # English brackets, a comma inside one)
            r"|(?:停止|取消|解除|终止)(?:实施|执行)?[^,，。;；]{0,30}?对(?:[^,，。;；（(]|[（(][^（()）]{1,80}[）)]){0,120}?采取的"
            r"[^,，。;；]{0,8}?措施"
            # …所列14家欧盟实体不再适用该公告规定的措施: the measures on them end
            r"|不再(?:适用|实施|执行)[^,，。;；]{0,16}?措施"
            # (…将丙公司移出…，该公告对其采取的措施自本公告公布之日起不再实施: the measures on a party, named first)
            r"|对[^,，。;；]{0,40}?采取的[^,，。;；]{0,8}?措施[^,，。;；]{0,30}?不再(?:实施|执行|适用)"
            # 将…第30号所列14家欧盟实体移出出口管制管控名单: so do they when the entities leave the list
            rf"|{_LEFT_A_LIST}"
            # (由关注名单调入出口管制管控名单: off the list that row put them on)
            r"|由[^,，。;；]{2,12}?名单\s*(?:调入|转入|移入)"
            # …所列实体所适用的出口管制措施终止实施: the measures named before their end
            # (…第10号公告对其采取的处理措施相应停止实施: the same, said to follow from the removal)
            r"|措施\s*(?:相应|随之|一并|同时|均)?\s*(?:终止|停止|取消|解除)(?:实施|执行|适用)?"
            # …所列措施，自…起予以解除: the measures named before the verb
            r"|予以(?:解除|取消)"
        ),
    ),
    # 删去…第一款第（一）项第4目: a point struck out of the target leaves control (a partial repeal); words
    # struck out of a point (删去…中的“…”) rewrite it (see _QUOTED_WORDS_RE).
    (
        "repeals",
        # 停止使用 (a catalogue no longer used) and 不再列入 (an item no longer on the list) end the target or
        # its part as 废止 does; 不再列入…名单 is a party's removal, read by parsers.parties.
        re.compile(
            r"废止|(?<!不)作废|不再保留|停止(?:实施|执行|使用|施行|适用)|予以撤销|不再(?:单独|继续)?(?:实施|执行|适用)|(?<!不)失效|取消"
            # (…第1749号第二条第（三）项，自该公告施行之日起不予执行: never to apply)
            r"|不予(?:执行|实施|适用)"
            # (…1C234项删除并替换为：“…”: the entry replaced, an amendment)
            r"|(?:删去|删除)(?!\s*(?:并|后)\s*(?:替换|代替|修改|改)为)(?!其?(?:参考)?(?:税则号列|海关商品编号|商品编号|海关编码))"
            # (上述公告不再列入本次清理范围: left out of a cleanup, no act)
            r"|不再(?:列入|纳入)(?![^,，。;；]{0,12}(?:名单|清理范围|本次清理))"
            # (…附件第5项"转子成形芯轴"，自本公告发布之日起调出管制清单: an entry taken out of the list)
            r"|调出[^,，。;；]{0,8}?(?:清单|目录)"
        ),
    ),
    # 在…第一款中增列第（五）项 / 第三款后增加一项: points inserted into the target; …附件2，以本公告附件替换:
    # a part of the target replaced by this notice's own.
    (
        "amends",
        re.compile(
            # (…所列物项名称后，分别增加“（纯度≥99.999%）”: words added after each)
            # (…公告公布的《目录》调整内容，不再执行: 调整内容 is the changes named, a noun, not a change made)
            # (对上述暂停安排作出如下调整：: the arrangements of windows announced, the lines below act)
            r"修改|修订|修正|改为|(?<!暂停安排作出如下)(?<!暂停安排作如下)(?<!暂停期限作出如下)(?<!暂停期限作如下)(?<!暂停实施安排作出如下)(?<!暂停实施安排作如下)调整(?!内容\s*[,，]?\s*$)|更正"
            r"|(?:中|前|后|之后|末尾)[,，]?\s*(?:分别|均|各)?(?:增列|增加|增补|新增|补充)"
            # (…第4目至第6目所列设备，补充参考税则号列“84798999”: a reference code supplied to the points)
            r"|(?:补充|增列|加注|增加)(?:参考)?(?:税则号列|海关商品编号|商品编号|海关编码|管制编码)"
            # (对已纳入《清单》的下列物项，删除其参考海关商品编号：: a field of the entries struck, the entries stay)
            r"|(?:删除|删去)其?(?:参考)?(?:税则号列|海关商品编号|商品编号|海关编码)"
            r"|替换|替代|代替"
            # (…第1199号第一条，推迟至2038年10月1日起施行 / …的施行日期，由…推迟至…: its day of force put off)
            r"|(?:推迟|延后|推后)(?:至|到)"
            # …的日处理浸出液量下限，由5000立方米下调为3000立方米 / …附件2…第五部分，按本公告附件重新印发
            r"|由[^,，。;；]{1,30}?(?:下调|上调|调低|调高|提高|降低|变更)为|(?:按|以|依照)本公告附件[^,，。;；]{0,6}?重新(?:印发|发布)"
            # …第55号增加一款，作为第七款: a clause or point added to the target, however many
            r"|(?:增列|增加|增补|新增)\s*[一二两三四五六七八九十\d]{1,3}\s*(?:款|条|项|目)"
            # …第57号…与本清单不一致的，以本公告为准: this notice prevails over the part named
            # (…所列物项的管制范围，以本公告附件1为准 / a table row's 以清单第一类相应条目为准)
            r"|以本(?:公告|决定|清单|目录)[^,，。;；]{0,12}?为准|以(?:修订后的)?清单[^,，。;；]{0,16}?为准"
            # …第一款第（一）项所列钨相关材料，自本公告施行之日起，按照本公告附件所列条目…实施管理: from a day
            # on, the part is governed by this notice's own entries
            r"|起\s*[,，]?\s*(?:按照|依照)本公告(?:附件)?[^,，。;；]{0,30}?(?:实施管理|管理|执行)"
            # …附件1中的1C111条目，按照本公告附件执行 / …的管制范围，按照本公告所列物项确定: the part is governed
            # by this notice's own list from now on
            # (…所附《目录》，按照本公告第一条、第二条相应增列: entries added to that list by this notice's clauses)
            # (…，其管制范围依照本公告第一款第（二）项规定的指标确定: the same, its subject named first)
            r"|(?:^|[,，;；])\s*(?:其|该)?[^,，。;；]{0,6}?(?:按照|依照)本公告(?:附件\s*\d*|所列[^,，。;；]{0,8})?[^,，。;；]{0,20}?"
            r"(?:执行|确定|管理|相应(?:增列|增加|调整|修改))"
            # …与《…清单》（…第51号附件1）不一致的，以《目录》为准: this notice's list prevails, named by its title
            r"|不一致的?\s*[,，]\s*以[^,，。;；]{1,20}?为准"
            # 本公告第一款所列物项，自…起列入…第51号（《…》）附件1: entries put into another notice's annexed list
            # (本公告所列物项纳入《…》（…第51号附件1）第五类: the same, into a part of it)
            r"|(?:列入|纳入)[^,，。;；]{0,40}?号[^,，。;；]{0,60}?附件\s*\d"
        ),
    ),
)
# 删去…第（一）项中的“…”: the deleted words name no point of their own; the point stays, reworded.
# (…第6目中的参考海关商品编号“3825690005”: the words quoted after what they are)
_QUOTED_WORDS_RE = re.compile(r"[^,，;；。]*?中的?\s*[^,，;；。\"“”「『]{0,12}?\s*[\"“「『]")
# (…美国稀土公司（USA Rare Earth, Inc.）采取的措施: a comma inside a bracket, an English name's, breaks no clause)
# (not （其中，第三条继续暂停实施…）: a clause inside a bracket is a clause)
_CLAUSE_BREAK_RE = re.compile(r"[,，;；](?!\s*[A-Za-z][^（()）]*[）)])")
_CN_NUMERAL = "[一二三四五六七八九十]+"
# 第一款第（一）项第7目: below the clause, the bracketed item and the numbered point it names, so that a
# repeal of one point ends that point's entries and not the whole clause (paths as entries print them).
_SUB_CLAUSE = (
    # (第四款（2C902.c）第3目: the clause's control code in brackets before its point)
    r"(?:\s*\(\s*\d[A-E]\d{{3}}(?:\.[a-z0-9]{{1,3}})*\s*\))?"
    rf"(?P<{{p}}sub>\s*第?\s*\(\s*{_CN_NUMERAL}\s*\)\s*(?:项|目|款)?)?"
    # (…第（二）项1.2.2b.中的…: a point numbered in the target's own dotted style)
    # (第一条所列第1项、第3项实体 / 第一条表中第2项所列实体: a row of the clause's list or table; 第1.1.1目: dotted)
    r"(?P<{p}point>\s*(?:所列的?|表中)?\s*第?\s*\d{{1,3}}\s*(?:目|项|点|条)"
    r"|\s*第?\s*\d{{1,2}}(?:\s*\.\s*\d{{1,2}}){{1,3}}\s*(?:目|项|点|(?=\s*[a-z]\s*\.))"
    # (…第（一）项1.1.3，管制编码：…: a dotted point printed bare, with two dots or more)
    r"|\s*\d{{1,2}}(?:\.\d{{1,2}}){{2,3}}(?![\d.]))?"
    # (第二条第（二）项b目 / 第2目b点 / 第2目b.项 / 第2目中的b.项 / 第2目中的“e．…”: a lettered sub-item, as the
    # entries' paths print it)
    # (第4目第（2）目: a numbered item of the point; after 第1目第（4）项后增加一项 the new item is the path's end)
    r"(?P<{p}item>(?<=目)\s*第\s*\(\s*\d{{1,2}}\s*\)\s*目)?"
    # (第1.2.2目a中的“…”: the letter printed right after the point, before 中)
    r"(?P<{p}letter>\s*第?\s*[a-z]\s*(?:目|项|点)|\s*(?:中的?)?\s*[“\"]?\s*[a-z]\s*\.\s*(?:项|目|点)?"
    r"|(?<=[目项点])\s*[a-z](?=\s*中))?"
)
# What a reference may print in brackets after its number: the title, in 《》, in quotes or bare
# (第18号（关于对…实施出口管制的决定）). One bracket, holding no other bracket and no notice number of its own
# (（已由第30号修改）would make the clause after it that notice's).
_TITLE_BRACKET = r"\(\s*(?:《[^》]{1,120}》|(?:(?!\d\s*号)[^()]){1,120}?)\s*\)"
# 2B350.a、2B350.b: entries of a list named by their control codes
_CODE_RUN = rf"{CONTROL_CODE}(?:\s*[、,，和及]\s*{CONTROL_CODE})*"
# 附件1 / 附件1第二部分 / 附件1第五类第二部分第3项: an attachment, down to a part and an item of it
_ANNEX_PART = (
    # (附件1第一部分 / 附件1第1部分)
    r"附件\s*\d{1,2}(?:\s*第\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*(?:部分|类))*"
    # (entries by their codes only after a category or part: …附件1中3B001项的管制范围 stays the list's)
    r"(?:\s*第\s*(?:\d{1,3}|[一二三四五六七八九十]+)\s*(?:项|目|条)"
    rf"|(?:(?<=类)|(?<=部分))\s*{_CODE_RUN}\s*(?:项|条目))?"
)
_REF_RE = re.compile(
    r"(?P<issuers>(?:" + ISSUER_CHAIN + r")?)[\s、]*(?P<series>公告|令)?\s*"
    # 2025年第55号 / 2025第55号 / 〔2025〕7号 (the Unreliable Entity List mechanism's form)
    r"(?:[〔\[【]\s*(?P<byear>(?:19|20)\d{2})\s*[〕\]】]\s*第?|(?P<year>(?:19|20)\d{2})\s*年?\s*第)"
    r"\s*(?P<number>\d{1,4})\s*号(?P<tail>公告)?"
    # 第46号（《关于加强…的公告》）第二款: a bracketed title between the number and the clause, printed
    # with or without its 《》 or quotes (第18号（关于对…实施出口管制的决定）第五款)
    # 《…》（…第46号）第二款: the title first, the number in brackets, then the clause of that notice
    rf"(?:\s*{_TITLE_BRACKET}|\s*\)(?=\s*(?:的)?\s*(?:第{_CN_NUMERAL}(?:款|条|项|部分)|附件)))?"
    # (〔2025〕3号所列第三项、第四项处理措施: the measures a UEL notice numbers, by their items)
    rf"(?:\s*(?:的|所列的?(?=\s*第{_CN_NUMERAL}项))?\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
    # …第51号附件1: which attachment, when the target has several (the number is part of the name)
    # (…第62号附件1第3项: one numbered item of that attachment)
    # (…附件1第二部分第3项 / 附件1第三条 / 附件1中1C234项 / 附件1 1C350项: a part, an item, an entry by its code)
    # (…附件1第二类2B350.a、2B350.b条目: entries of a category of the list, by their codes)
    r"|\s*(?:的)?\s*(?P<annex>附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})?"
    rf"(?:\s*第\s*(?:{_CN_NUMERAL}|\d{{1,2}})\s*(?:部分|类))*"
    rf"(?:\s*(?:所列)?\s*第\s*(?:\d{{1,3}}|{_CN_NUMERAL})\s*(?:项|目|条)|\s*中?\s*{_CODE_RUN}\s*(?:项|条目)|\s*序号\s*\d{{1,3}})?))?"
)
# 第55号、56号 / 第55号至第58号 (a run of numbers printed by its ends: every number in it)
_CONT_RE = re.compile(
    r"\s*(?:、|,|，|和|及|以及|与|(?P<run>至|到|[~～—–-]))\s*(?:第\s*)?(?P<number>\d{1,4})\s*号"
    rf"(?:\s*(?:的)?\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')})?"
)
# 第二款、第三款: a further clause of the same notice, acted on by the same verb
_MORE_CLAUSE_RE = re.compile(
    # 第一款（锂电池相关物项）、第二款: a note on the clause before; 第七条及附件2: an attachment of the same notice
    # (附件1《…说明》填写指引、附件2《…》填写指引: the title of the attachment before)
    # (第三款所列人造金刚石线锯、第四款所列…: what each clause lists, named after it)
    r"(?:\s*\([^()]{1,40}\)|\s*《[^》]{1,60}》[^,，;；。《、]{0,12}|\s*所列的?[^,，;；。、第()]{1,24})?"
    rf"\s*(?:、|,|，|和|及|以及|与)\s*(?:第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
    # (第七条及其附件2: the notice's attachment, 其 the notice — not …第二条，其附件1所列物项除外)
    rf"|(?:(?<=[及和与、])其)?\s*(?P<annex>{_ANNEX_PART}))"
)


def _clause_path(match: re.Match[str]) -> str | None:
    """第一款第（一）项第7目 → `一/(一)/7`, the path of the entries it names (None: no clause printed)."""
    clause = match.group("clause")
    if clause is None:
        return None
    parts = [clause]
    if sub := match.group("sub"):
        parts.append("(" + re.sub(r"[^一二三四五六七八九十]", "", sub) + ")")
    if point := match.group("point"):
        parts.append(re.sub(r"[^\d.]", "", point).strip("."))
    if item := match.group("item"):
        parts.append("(" + re.sub(r"\D", "", item) + ")")
    if letter := match.group("letter"):
        parts.append(re.sub(r"[^a-z]", "", letter))
    return "/".join(parts)


# …第63号（《…》）所附的《…清单》以及…的相关内容，不再适用: the part of the target that ends (an annexed
# list, the provisions on one subject), printed between the reference and the verb, is the clause.
# The verb may come after the day it acts from (…第二部分，自2027年1月1日起不再适用), and a part replaced
# by this notice's own (…附件1《…》中的1C350项，由本公告附件替代) is printed the same way.
_PART_ACT_AHEAD = (
    r"(?=(?:自[^,，;；。]{1,30}?起\s*)?(?:均|一律|同时)?(?:继续|再次)?"
    r"(?:不再(?:适用|实施|执行|列入|纳入)|(?:予以)?(?:废止|作废|删除|删去)|停止(?:实施|执行|使用|适用)"
    r"|由[^,，;；。]{1,30}?(?:替代|替换|代替)"
    # 在…第63号所附《商用密码进口许可清单》中增列“…”: the list the entry is added to
    r"|中\s*(?:增列|增加|增补|新增|补充)))"
)
_PART_RE = re.compile(r"\s*(?P<part>(?:所附|所列|附件\s*\d*)的?[^,，;；。]{1,80}?)\s*,?\s*" + _PART_ACT_AHEAD)
# …第51号所列实体，自…起停止执行相关措施: the parties a notice listed are no part of a list; what ends
# is the measures on them, the whole notice's act.
_PARTIES_PART_RE = re.compile(
    r"所列的?(?:全部|上述)?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})?\s*[家个名]?[^,，。;；]{0,6}?"
    r"(?:实体|企业|单位|组织|机构|个人|公司)"
    # (…〔2025〕9号公告所列处理措施 / …第28号所列调整内容: all it lists, named by kind — the whole notice)
    r"|所列的?(?:全部|各项|相关|有关)?(?:处理措施|措施|调整内容|内容|事项|规定)\s*$"
)
# …第51号附件1《…清单》中的1C350项: the words after an annex named with the reference narrow it to a part.
_ANNEX_PART_RE = re.compile(
    r"(?P<part>\s*(?:《[^》]{1,60}》)?\s*中的?[^,，;；。]{1,40}?)\s*,?\s*" + _PART_ACT_AHEAD
)
# …第57号和第58号所列物项的名称、管制编码与本清单不一致的，以本公告为准: what this notice prevails over.
_PRECEDENCE_PART_RE = re.compile(
    r"\s*(?P<part>(?:所列|规定的|中的?)[^,，;；。]{1,40}?)\s*(?=与本(?:公告|决定|清单|目录)[^,，;；。]{0,10}不一致)"
)
# 停止执行…第39号中关于无人机相关物项的规定: with the verb printed before the reference, the part acted on
# is the noun phrase that closes the sentence's clause after it (without the 中 that joins it to the number).
_TRAILING_PART_RE = re.compile(
    r"\s*中?(?P<part>(?:(?:所附|所列)的?|关于|有关|涉及)[^,，;；。]{1,60}?的?(?:内容|规定|部分|物项|措施|条款))"
    r"\s*(?=[,，;；。]|$)"
)
# …第62号附件2《境内提供出口管制技术情况说明》填写指引，自…起停止使用: the annex named with its title
# (…号附件《…调整表》有3处内容有误 / 纳入…附件1《清单》管理 / 对…第40号附件《…目录》作如下调整：: what is said of the
# attachment — a predicate — is no part of its name)
_ANNEX_TITLE_RE = re.compile(
    r"(?P<part>\s*《[^》]{1,60}》"
    r"(?!\s*(?:有|存在|出现|管理\s*(?:[,，;；。]|$)|作出?|做出?|进行|予以|再作|再次))"
    r"[^,，;；。《]{0,20}?)\s*(?=[,，;；。]|$|作了|作出|作如下|予以|进行|(?:调整|修改|修订|删除|增列)(?![表后版稿本]))"
)
# …第46号第二款中涉及超硬材料相关两用物项的内容，不再适用: what ends is part of the printed clause; the clause
# is the words from 第二款 to the verb (a 第三款第（三）项所列X names the whole point: the point is the clause).
# The part may be named by its subject (`第二款关于…对美国出口原则上不予许可的规定，自…起停止执行`), and the
# day it stops may come between it and the verb.
_WITHIN_RE = re.compile(
    r"\s*(?P<part>(?:中|关于|有关)[^,，;；。]{1,60}?的?(?:内容|规定|部分|物项|措施))\s*,?\s*"
    r"(?=(?:自[^,，;；。]{1,30}?起\s*)?(?:均|一律|同时)?(?:继续|再次)?"
    r"(?:不再(?:适用|实施|执行|列入|纳入)|(?:予以)?(?:废止|作废|删除|删去)|停止(?:实施|执行|使用)"
    r"|暂停|中止|暂缓|暂不(?:实施|执行|适用)|恢复(?:实施|执行|适用)))"
)
# (…第二款中有关锑、超硬材料和石墨两用物项的规定，其暂停期限…届满后不再延长，自…起恢复执行: a part named as what the
# clause provides on a subject is that part, whatever comes between it and the verb)
_WITHIN_NAMED_RE = re.compile(r"\s*(?P<part>中\s*(?:关于|有关|涉及)[^,，;；。]{1,60}?的(?:规定|内容))")
# 二、自本公告实施之日起，下列物项不再实施出口管制： then `1. …公告2025年第10号第三款第（三）项所列X；`: a
# sentence with a verb and no target introduces numbered lines naming the targets it acts on.
# (…自2026年11月11日起，对上述两份公告的实施作如下安排：, the numbered acts after it start on its day)
# (一、下表所列公告和条款，…，自2030年1月1日起不再执行。: a sentence acting on the rows below, closed by its 。)
# (…现将更正事项公告如下： then `序号 | 公告文号 | 更正位置 | 原内容 | 更正后内容`: a table of corrections)
_LIST_INTRO_RE = re.compile(
    r"(?:下列|以下|下表)[^。]*[:：]$|作如下安排\s*[:：]$|下表所列[^。]*。$|(?:更正|勘误)事项[^。]*如下\s*[:：]$"
    # (更正内容如下： / 现将有关错误更正如下： then a table of corrections: its rows are what is corrected)
    r"|^[^。]{0,30}?(?:更正|勘误|修改|调整)(?:的)?(?:内容|情况)?\s*如下\s*[:：]$"
)
_INTRO_SINCE_RE = re.compile(r"(?P<since>自\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起)")
_SINCE_RE = re.compile(r"^[^。;；,，]{0,60}?自\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*起")


def _with_start(line: str, since: str) -> str:
    """A list line under an intro that dates the acts, with that day printed after the line's number."""
    numbered = _LIST_LINE_RE.match(line) or _TOP_CLAUSE_RE.match(line)
    cut = numbered.end() if numbered else 0
    return f"{line[:cut]}{since}，{line[cut:]}"


_LIST_LINE_RE = re.compile(r"^(?:\d{1,3}\s*[.、]|\(\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\))")
# (一/(一)/1.1.3: a point numbered in the list's own way, 第1.1.3目)
_POINT_PATH_RE = re.compile(rf"{_CN_NUMERAL}(?:/\({_CN_NUMERAL}\))?(?:/\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})?")
# A reference in a 根据…/依据… phrase cites a legal basis, and one a format is borrowed from (参照…附件1)
# is followed, not acted upon; nor is a notice said to be left untouched (…所称暂停实施，不影响…第11号所列
# 实体相关措施的执行).
# (…暂停期限与…第1106号第一条第（三）项所定…第58号公告第三条的暂停期限同时届满: windows named for their end)
# 依照…第1363号第三条延长至2048年9月30日的…第61号第三条: the notice after 依照 describes what was done to the next
# one, which is acted on (not a basis)
_DONE_BY_RE = re.compile(
    r"(?:依照|根据|依据|按照)[^，,;；。:：]*?号[^，,;；。:：]*?(?:延长|暂停|中止|暂缓|调整|延续)[^，,;；。:：]{0,24}?的\s*$"
)
# 依照〔2025〕10号公告对其采取的处理措施停止实施: the measures that notice took, named by it — the notice is acted
# on, not cited as a basis
_MEASURES_TAKEN_RE = re.compile(
    r"\s*(?:公告)?\s*(?:对|针对|向)[^,，。;；]{0,40}?采取的[^,，。;；]{0,12}?措施\s*(?:相应|同时|一并|即)?\s*"
    r"(?:停止|终止|解除|取消|不再|暂停|中止|恢复)"
)
_COPIED_FROM_RE = re.compile(r"(?:内容|表述)\s*(?:与|同)[^，,;；。:：]*$")
_SAME_AS_RE = re.compile(r"[^，,;；。]*?(?<!不)(?:一致|相同)")
_BRACKET_BY_RE = re.compile(r"[(（][^()（）]{0,20}?经\s*$")
_BRACKET_DID_RE = re.compile(r"[^()（）]{0,12}?(?:修改|调整|修订|更正|暂停|延长)[^()（）]{0,16}?[)）]")
_BASIS_RE = re.compile(
    # (…增加一项，作为第（六）项，内容与…第1236号第一条第（一）项所增加的第（六）项一致: the words copied, cited)
    r"(?:根据|依据|依照|按照|参照|遵照|仍(?:然)?按|不影响|不改变|不涉及|(?:期限|期间)(?:与|同))[^，,;；。:：]*$"
    # (在总结…公告2023年第28号等…实施情况的基础上，…决定调整…: the experience drawn on, not a target)
    r"|在总结[^，,;；。:：]*$"
    # (该目录自2001年…发布以来，先后经…令2008年第12号修订、…公告2020年第38号调整: the history of a text, told)
    # (not 现决定废止先后以…第5号、…第8号公布的《…》: what is repealed, named by the notices that published it)
    r"|(?<!废止)(?<!撤销)(?<!修改)(?<!修订)先后(?:经|由|以)[^，,;；。:：]*$"
)
# 第70号暂停实施的措施 / 第70号所暂停的第61号 / 第70号规定的暂停实施期限: the notice that made an earlier
# suspension, named to say what is resumed, extended or ended; what it suspended is acted on, not the notice
# itself. (第62号的暂停实施期限 is the period of 62's own suspension: 62 is the target.)
_AGENT_RE = re.compile(
    # (经…第881号继续暂停实施的下列措施: the notice that continued a suspension, named for what it covers)
    # (…第72号决定暂停实施的…第46号第二款: the same, with the decision named)
    # (not …第55号暂停实施的期限延长至…: the period of 55's own suspension, 55 the target)
    rf"\s*(?:{_TITLE_BRACKET})?\s*(?:(?:所|已|曾)?\s*(?:决定)?\s*(?:继续)?{_SUSPEND}(?:实施|执行|适用)?的(?!\s*(?:期限|期间))"
    rf"|(?:所|中)?(?:规定|确定|所定|决定|设定|明确)的\s*{_SUSPEND}(?:实施|执行|适用)?(?:期限|期间|时限|措施|安排)"
    # (…在第72号所定暂停期限届满后不再恢复执行: the window's maker, named for when it ends)
    # (…第72号公告所定暂停期限及其后续延续期限届满后: the same, with the extensions that followed)
    rf"|(?:公告)?\s*(?:所|中)?(?:规定|确定|所定|设定)的?\s*(?:相应|各自|有关)?\s*{_SUSPEND}(?:实施|执行|适用)?(?:期限|期间)"
    r"(?:及其(?:后续)?(?:的)?(?:延续|延长)(?:的)?(?:期限|期间))?\s*(?:届满|期满|结束)"
    # (…第1082号所列第（一）项规定的暂停期限届满之次日起: the window one of its points set)
    rf"|\s*所列\s*第\s*[(（]?\s*{_CN_NUMERAL}\s*[)）]?\s*(?:项|条|款)\s*(?:所)?(?:规定|确定|设定)的?\s*{_SUSPEND}"
    r"(?:实施|执行|适用)?(?:期限|期间)\s*(?:届满|期满|结束)"
    # (…第2246号第一条为其确定的暂停期限届满之次日起: the window a clause of it set for the target)
    rf"|\s*第\s*{_CN_NUMERAL}\s*(?:条|款)\s*(?:为其|对其)\s*(?:所)?(?:规定|确定|设定)的?\s*{_SUSPEND}"
    r"(?:实施|执行|适用)?(?:期限|期间)\s*(?:届满|期满|结束)"
    # (…第1033号表中第3项所列暂停期限届满后: the same, the window in a row of its table)
    rf"|\s*(?:表|附件\d{{0,2}})中?第\s*\d{{1,3}}\s*(?:项|行)所(?:列|定)的?\s*{_SUSPEND}(?:实施|执行|适用)?(?:期限|期间)"
    r"\s*(?:届满|期满|结束))"
)
# …第72号对…第46号第二款规定的暂停实施期限，延长至…: a notice named before 对 and another notice is the maker
# of what is acted on in that other notice, which is the target (…规定的…期限 then names the other's clause,
# whose period it is).
# (…第721号公告规定的…第10号第二款的暂停期限再延长…: the notice whose window is extended, named for it)
_BY_ITS_ACT_RE = re.compile(
    r"\s*(?:公告|决定)?\s*(?:决定)?\s*(?:延长|延续|顺延|暂停|中止|调整|修改|修订|恢复)"
)
_MAKER_RE = re.compile(
    r"\s*(?:(?:所)?\s*对|(?:公告)?\s*(?:所)?(?:规定|确定|设定|决定)的)\s*(?:[^,，。;；对]{0,12}?)(?:公告|令|决定)?"
    r"\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号"
)
# 自2027年1月1日起至2027年6月30日止 / 暂停实施期间为2027年1月1日至2027年3月31日
# 自2026年3月16日12时起恢复实施 / 至2026年11月10日24时: a day printed with its hour (and minute), as the
# Unreliable Entity List and the orders of the customs tariff commission print it; the day is what counts.
_HOUR = r"(?:\s*(?:北京时间)?\s*(?:\d{1,2}|零)\s*[时点](?:\s*\d{1,2}\s*分)?)?"
_WINDOW_RE = re.compile(
    # (… | 暂停实施 | 2026年11月11日至2027年11月10日: a table's cell printing both ends, under whatever heading)
    # (在2027年1月11日至2027年12月31日期间，暂停实施… / …第61号第二条规定的措施在…期间暂停实施: the window opened by 在 or 从)
    r"(?:自|从|(?:(?<![^,，;；:：、。\s])|(?<=决定)|(?<=现))在(?=\s*(?:19|20)\d{2}\s*年)"
    # (…第二条规定的措施在…至…期间暂停实施: 在 after the subject, the window right before the act — not 企业在…期间已获得的…, nor
    # 在…期间依照该公告申领的…, periods things were done in)
    r"|在(?=[^,，。;；]{8,40}?日\s*(?:期间|期内)?\s*(?:继续)?(?:暂停|中止|停止|恢复)(?:(?:实施|执行)(?!的)|(?![实执的])))|(?:期间|期限|时间)\s*(?:为|是|[:：])|\|(?=\s*(?:19|20)\d{2}\s*年))\s*(?P<from>即日|(?:本公告|本决定)?(?:公布|发布|印发)之日"
    r"|(?:本公告|本决定)(?:施行|实施|生效)之日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    rf"{_HOUR}\s*起?\s*(?:至|到)\s*(?P<until>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日){_HOUR}"
    # (企业在2025年11月10日至2026年11月10日期间已获得的出口许可…: a period things were done in, no act's window)
    r"(?!\s*(?:期间|期内|内)?\s*(?:已经?|所|曾)?\s*(?:获得|取得|签订|签署|签发|申领|领取|颁发|发放|办理|受理|提交|递交|申请|出口|进口|开展)的)"
)
# 自本公告公布之日起不再执行 / 自发布之日起暂停 / 自即日起废止: a start printed as the day of publication, which
# holds for that act even when the notice as a whole comes into force later.
# (2025年11月10日起，…继续暂停实施1年: a day opening a clause with 起 is a start, 自 or not)
_FROM_RE = re.compile(
    r"(?:自|^|(?<=[,，。;；:：]))\s*(?:北京时间)?\s*(?P<from>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?:本公告|本决定)?(?:公布|发布|印发)之日|即日|(?:本公告|本决定)(?:实施|施行|生效)之日)"
    rf"{_HOUR}\s*起"
)
# 自本公告实施之日起，暂停实施…: the day this notice comes into force, not the day it is published
_IN_FORCE_DAY_RE = re.compile(r"(?:实施|施行|生效)之日$")
# 暂停期限至2027年12月31日 / 暂停实施…至2027年12月31日止: an end printed without its start (the window opens
# when the notice takes effect).
# …延长6个月，即截止日期为2027年5月10日: an end printed as the window's closing day, which the duration
# beside it only restates (and wins over it: MOFCOM counts the duration from the old window's end).
_UNTIL_RE = re.compile(
    r"(?:(?:暂停|中止|暂缓|期限|期间|时限)[^,，。;；]{0,60}?(?:至|到|截至)"
    # (…截止日期调整为2027年8月31日: an end set anew)
    r"|(?:截止|到期|届满)(?:日期|日|时间)\s*(?:(?:调整|变更|延长|修改|更改)为|为|是|:)?|截止(?:于|至|到)"
    # …延长一年，至2027年11月10日 / …继续暂停实施，至…止: the end in a comma clause of its own
    # (…继续暂停实施，截至2036年7月31日: the same, said with 截至)
    r"|[,，]\s*(?:即\s*)?(?:至|到|截至|截止到|截止至)"
    # …的暂停实施期限，延长至2027年11月27日: the extended end, after a comma that closes the period's subject
    # (…暂停期限，缩短至2027年6月30日: an end brought forward)
    r"|(?:延长|延期|顺延|延续|缩短|提前)\s*(?:至|到))"
    r"\s*(?P<until>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# 暂停实施上述相关措施: the targets are the notices the previous sentence named
# (…该款继续暂停实施一年: 该款 is the clause the sentence before named)
# (…第4目所列惯性测量设备，…按照本公告附件第6项管理，该目同时停止执行: 该目 is the point named before)
# (…第12号附件所列第4项实体甲株式会社…。…将其移出关注名单 / 决定将该实体由关注名单调入…: the party a row listed, then the
# act on it — an act on that row)
_ANAPHORA_RE = re.compile(
    r"上述|该(?:款|条|项|目)(?![^,，。;；]{0,4}号)|该公告(?!\s*第)"
    # (…移出出口管制管控名单，原公告对其采取的措施…停止实施 / 停止实施原公告规定的措施: the notices named before, whose
    # measures on the parties end — not 依照原公告的规定申请许可, which acts on nothing and names no verb on it, nor
    # 原公告对其他实体采取的措施, the parties that stay; only beside a removal from a list, see _anaphoric)
    r"|原公告(?=\s*(?:对(?:其(?![他余])|上述|该)|规定的[^,，。;；]{0,6}?措施|采取的))"
    r"|将(?:其|该(?:实体|企业|公司|机构))(?=\s*(?:从[^,，。;；]{1,20}?)?(?:移出|调出|由[^,，。;；]{2,12}?名单\s*(?:调入|转入|移入)))"
    # (将该实体列入出口管制管控名单，同时移出关注名单: put on one list and off the one the row put it on)
    r"|将(?:其|该(?:实体|企业|公司|机构))(?=\s*列入[^。;；]{0,16}?名单\s*[,，]?\s*(?:同时|并)\s*(?:移出|调出))"
)
_ANAPHORIC_CLAUSE_RE = re.compile(
    rf"(?:上述|前述|该)(?:公告|决定|通知)\s*(?:的)?\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
)
# 该公告附件1中3B001、3E001项的管制范围，按照本公告所列物项确定: the annex of the notice named before
# (经核对，该公告附件《…调整表》有3处内容有误: its one attachment, unnumbered)
_ANAPHORIC_ANNEX_RE = re.compile(
    rf"(?:上述|前述|该)(?:公告|决定|通知)\s*(?:的)?\s*(?P<annex>{_ANNEX_PART}|附件(?!\s*\d))"
)
_SENTENCE_RE = re.compile(r"[^。\n]+[。\n]?")
_TOP_CLAUSE_RE = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、.]")
_CONTROL_WORDS_RE = re.compile(r"实施出口管制|不得出口|未经许可|出口管制管控名单|管控名单|两用物项")


_ANNEXED_TITLE_RE = re.compile(r"\s*(?:公告)?\s*所附的?\s*《[^》]{1,40}》\s*[,，]")
# A list a notice published as an attachment, named by its title where acts name the notice and the list but not the
# attachment: the consolidated dual-use export control list is 2024 No. 51's 附件1 (a fact of that notice), and each
# edition of it is the 附件1 of the notice publishing it. Named by its title alone (《中华人民共和国两用物项出口管制清单》
# （以下简称《清单》）), it is the edition in force, 2024 No. 51's.
_CONSOLIDATED_TITLE = "中华人民共和国两用物项出口管制清单"
_CONSOLIDATED_LIST = NoticeNumber(("商务部", "工业和信息化部", "海关总署", "国家密码局"), "公告", 2024, 51)
_EDITION_RE = re.compile(r"\s*[(（]\s*(?:19|20)\d{2}\s*年版\s*[)）]\s*$")


def _list_annex(title: str) -> str | None:
    """The attachment a list a notice published is, by its title (《中华人民共和国两用物项出口管制清单（2064年版）》 too)."""
    return "附件1" if _EDITION_RE.sub("", title) == _CONSOLIDATED_TITLE else None


# (…2024年第51号公告公布的《…清单》 / 以2024年第51号公告公布《…清单》)
_PUBLISHED_LIST_RE = re.compile(r"\s*(?:公告)?\s*(?:公布|发布|印发)的?\s*《(?P<title>[^》]{1,40})》")


def _printed_clause(sentence: str, match: re.Match[str]) -> str | None:
    """The part of the referenced notice acted on: a clause path, an annex, or the printed words between
    the reference and the verb (None: the whole notice)."""
    clause = _clause_path(match) or (
        # (附件序号4: the table row numbered 4, written as the path of its entry)
        re.sub(r"序号(\d+)", r"/\1", re.sub(r"\s", "", match.group("annex")))
        if match.group("annex")
        else None
    )
    if clause is None and _ANNEXED_TITLE_RE.match(sentence, match.end()):
        clause = "附件"  # …第40号公告所附《目录》，按照本公告…相应增列: the notice's annexed list, named by its title
    if clause is None and (published := _PUBLISHED_LIST_RE.match(sentence, match.end())):
        # (…2024年第51号公告公布的《中华人民共和国两用物项出口管制清单》中1C116项的描述: the list it annexed)
        clause = _list_annex(published.group("title"))
    if clause is None:
        clause = _words_part(sentence, match.start(), match.end())
    annexed = (
        (_ANNEX_PART_RE.match(sentence, match.end()) or _ANNEX_TITLE_RE.match(sentence, match.end()))
        if match.group("annex")
        else None
    )
    if annexed is not None and clause is not None and not _REF_RE.search(annexed.group("part")):
        clause += annexed.group("part").strip()
    if match.group("clause"):
        clause = _clause_in_words(sentence, match, clause, sentence.rfind("第", 0, match.start("clause")))
    return clause


def _clause_in_words(sentence: str, match: re.Match[str], clause: str | None, first: int) -> str | None:
    """第二款中涉及超硬材料相关两用物项的内容不再适用: part of the clause ends, in the printed words (from `first`)."""
    within = _WITHIN_RE.match(sentence, match.end()) or _WITHIN_NAMED_RE.match(sentence, match.end())
    if within is None or _REF_RE.search(within.group("part")):
        return clause
    return sentence[first : within.end("part")]


def _words_part(sentence: str, start: int, end: int) -> str | None:
    """The part of a whole notice named in words after its reference (printed from `start` to `end`):
    before the verb (…所附的《…清单》…，不再适用), closing a clause the verb opened (停止执行…中关于…的规定),
    or as the subject of a precedence (…所列物项的名称、管制编码与本清单不一致的，以本公告为准)."""
    for pattern in (_PART_RE, _PRECEDENCE_PART_RE, _TRAILING_PART_RE):
        part = pattern.match(sentence, end)
        if part is None or _REF_RE.search(part.group("part")) or _PARTIES_PART_RE.match(part.group("part")):
            continue
        if pattern is _TRAILING_PART_RE and _verb(sentence[_segment(sentence, start)[0] : start]) is None:
            continue
        return part.group("part")
    return None


_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_MAX_RUN = 30  # 第55号至第58号: a longer run is more likely a misread than a list of notices


# (…自本公告施行之日起列入…第51号（《…》）附件1: a dated act of this notice putting entries into that list)
_PUT_INTO_RE = re.compile(r"(?<!起)(?:列入|纳入|并入|收入|转入)[^,，。;；]{0,16}$")


# …第57号公布、2025年第28号调整的《目录》部分条目作了调整 / 《目录》（…第57号公布，…第28号调整）: a notice that adjusted
# the catalogue before, named to say which edition is meant; an act on the catalogue is on the notice that published it
_ADJUSTED_RE = re.compile(r"(?:公告)?\s*(?:调整|修订|修改)(?=\s*的\s*《|\s*[)）])")


def _adjusted_title(sentence: str, match: re.Match[str]) -> bool:
    adjusted = _ADJUSTED_RE.match(sentence, match.end())
    if adjusted is None:
        return False
    if not re.search(r"号\s*(?:公告)?\s*(?:公布|发布|印发)", sentence):
        return False  # (…第28号调整的《清单》部分条目，自…起停止执行: the one notice named is the target)
    in_brackets = re.search(r"》\s*[(（][^()（）]*$", sentence[: match.start()]) is not None
    return in_brackets or re.match(r"\s*的", sentence[adjusted.end() :]) is not None


def _put_into(sentence: str, match: re.Match[str]) -> bool:
    """Whether the notice at `match` is only where entries went: …所列物项，已全部列入…2024年第51号公告公布的清单 (told)
    or a list named by the notice that published it. Entries this notice puts into a numbered annex of it
    (本公告所列物项纳入《清单》（…第51号附件1）第五类 / …纳入…第51号附件1《清单》管理) change that annex: it is the target."""
    before = _CITED_TITLE_RE.sub("《》", sentence[: match.start()])
    put = _PUT_INTO_RE.search(before)
    if put is None:
        return False
    if before[: put.start()].rstrip().endswith("原") and _PARTY_REMOVED_RE.search(sentence, match.end()):
        return (
            False  # (原列入…第28号所附关注名单（第2项），…移出关注名单: the list the party leaves, acted on)
        )
    annexed = re.match(r"\s*附件\s*\d", match.group("annex") or "")
    # (已于2025年12月1日纳入…第51号附件1管理: where the items went before, told)
    return annexed is None or bool(
        re.search(r"已(?:于[^,，。;；]{0,16}?)?[^,，。;；]{0,8}$", before[: put.start()])
    )


def _refs(sentence: str, keep_bases: bool = False) -> list[tuple[NoticeNumber | None, str, str | None, int]]:
    """Notice references in one sentence, expanding 第55号、56号 lists; legal bases left out (kept
    with `keep_bases`, which only resolves what short references elsewhere point at)."""
    found: list[tuple[NoticeNumber | None, str, str | None, int]] = []
    # every reference prints 号 and a year (2025年第55号, 〔2025〕7号); the pattern's scan of a sentence is slow
    if "号" not in sentence or not _YEAR_RE.search(sentence):
        return found
    position = 0
    last_issuers: tuple[str, ...] = ()
    made_by = False  # the reference before was the maker of this one's suspension (…第72号对…第46号…)
    # 《公布暂停实施…第55号、56号…的决定》: notices a title names are not this sentence's (a title opening on its
    # own number, 《商务部公告2026年第23号 公布…的决定》, names that notice)
    inside = [(t.start() + 2, t.end()) for t in _CITED_TITLE_RE.finditer(sentence)]
    while True:
        match = _REF_RE.search(sentence, position)
        if match is None:
            break
        if any(a <= match.start() < b for a, b in inside):
            position = match.end()
            continue
        # (〔2025〕7号 printed bare is the unreliable-entity working mechanism's form)
        bare_uel = ("不可靠实体清单工作机制",) if match.group("byear") else ("商务部",)
        issuers = split_issuers(match.group("issuers") or "") or last_issuers or bare_uel
        last_issuers = issuers
        series = match.group("series") or "公告"  # 2025年第55号公告: the series is 公告 either way
        year = int(match.group("year") or match.group("byear"))
        number = NoticeNumber(issuers=issuers, series=series, year=year, number=int(match.group("number")))
        # …由商务部公告2025年第72号暂停实施: the notice that did it, named as its agent
        # (…的暂停期限，经…第1181号延长至…: the notice that extended it, named as its agent too)
        maker = (
            bool(_MAKER_RE.match(sentence, match.end()))
            or sentence[: match.start()].rstrip().endswith("由")
            or (
                sentence[: match.start()].rstrip().endswith("经")
                and bool(_BY_ITS_ACT_RE.match(sentence, match.end()))
            )
        )
        agent = not made_by and bool(_AGENT_RE.match(sentence, match.end()))
        governs = (
            _governs(sentence, match.start(), match.end())
            or _put_into(sentence, match)
            or _adjusted_title(sentence, match)
        )
        before = sentence[: match.start()]
        # (删去…第4目（该目经2026年第1323号公告修改）: the notice that changed it before, told in a bracket; …作为第（六）项，
        # 内容与…第1236号第一条第（一）项所增加的第（六）项一致: the words copied, cited)
        told = bool(_BRACKET_BY_RE.search(before) and _BRACKET_DID_RE.match(sentence, match.end())) or bool(
            _COPIED_FROM_RE.search(before) and _SAME_AS_RE.match(sentence, match.end())
        )
        basis = (
            bool(
                _BASIS_RE.search(before)
                and not _DONE_BY_RE.search(before)
                and not _MEASURES_TAKEN_RE.match(sentence, match.end())
            )
            or agent
            or maker
            or governs
            or told
        ) and not keep_bases
        made_by = maker
        clause = _printed_clause(sentence, match)
        run_start = len(found)
        if not basis:
            found.append((number, match.group(0).strip(), clause, match.start()))
        position = _more_clauses(sentence, match.end(), number, clause, found if not basis else [])
        position = _continued(sentence, position, number, found if not basis else [])
        if not basis and clause is not None and _REST_BESIDES_RE.match(sentence, position):
            # (…第61号第一条第（一）项、第（二）项以外的其他条款，恢复实施: the act is on the rest of the notice)
            found[run_start:] = [(number, match.group(0).strip(), None, match.start())]
        last = found[-1][2] if len(found) > run_start + 1 else None
        if last is not None and all(c is None for _, _, c, _ in found[run_start:-1]):
            # 商务部公告2026年第23号、第30号第二款中“…”修改为…: the clause printed once, after the run, is each one's
            found[run_start:-1] = [(n, lab, last, at) for n, lab, _, at in found[run_start:-1]]
        if len(found) > run_start + 1 and (part := _words_part(sentence, match.start(), position)):
            # 第57号和第58号所列物项的名称…: the words after a run of numbers name the same part of each
            found[run_start:] = [
                (n, lab, c if c is not None else part, at) for n, lab, c, at in found[run_start:]
            ]
    return found


def _continued(sentence: str, position: int, first: NoticeNumber, found: list[Ref]) -> int:
    """第55号、56号 / 第55号至第58号 after `first`: one reference per further number, in `first`'s series
    (every number of a run printed by its ends); returns where reading resumes."""
    while (cont := _CONT_RE.match(sentence, position)) is not None:
        following = dataclasses.replace(first, number=int(cont.group("number")))
        if cont.group("run"):
            last = found[-1][0].number if found and found[-1][0] else following.number
            for between in range(last + 1, min(following.number, last + _MAX_RUN)):
                found.append((dataclasses.replace(first, number=between), cont.group(0), None, cont.start()))
        found.append((following, cont.group(0).lstrip("、,，和及以与 "), _clause_path(cont), cont.start()))
        position = _more_clauses(sentence, cont.end(), following, _clause_path(cont), found)
    return position


# 第（一）项第4目、第5目 / 第（一）项、第（二）项: a sibling of the last printed level (a point, or an item),
# under the same clause (and item).
_MORE_POINT_RE = re.compile(r"\s*(?:、|,|，|和|及|以及|与)\s*第?\s*(?P<point>\d{1,3})\s*(?:目|项|点|条)")
# (…第（三）项（三苯基铋）、第（四）项: a note naming the point before may stand between)
_MORE_SUB_RE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?"
    rf"\s*(?:、|,|，|和|及|以及|与)\s*第?\s*\(\s*(?P<sub>{_CN_NUMERAL})\s*\)\s*(?:项|目|款)?(?!\s*第?\s*\d)"
)
# 第（一）项至第（三）项: the items between the printed ends are named too
_SUB_RANGE_RE = re.compile(
    rf"\s*(?:至|到|[~～—–-])\s*第?\s*\(\s*(?P<last>{_CN_NUMERAL})\s*\)\s*(?:项|目|款)?(?!\s*第?\s*\d)"
)


_ANNEX_ITEM_RE = re.compile(r"(?P<annex>附件\w{0,2}?)第\d{1,3}(?P<unit>项|目|条)")


def _sibling(sentence: str, position: int, clause: str) -> tuple[re.Match[str], str] | None:
    """The next sibling of the clause path's last level printed at `position`, and its path."""
    if (annexed := _ANNEX_ITEM_RE.fullmatch(clause)) and (point := _MORE_POINT_RE.match(sentence, position)):
        return point, f"{annexed.group('annex')}第{point.group('point')}{annexed.group('unit')}"
    parts = clause.split("/")
    if parts[-1].isdigit() and (point := _MORE_POINT_RE.match(sentence, position)) is not None:
        return point, "/".join([*parts[:-1], point.group("point")])
    if parts[-1].startswith("(") and (sub := _MORE_SUB_RE.match(sentence, position)) is not None:
        return sub, "/".join([*parts[:-1], f"({sub.group('sub')})"])
    if (
        parts[-1].isdigit()
        and len(parts) >= 3
        and parts[-2].startswith("(")
        and (sub := _MORE_SUB_RE.match(sentence, position)) is not None
    ):
        # 第（二）项第1目、第4目和第（四）项: an item after the points of the item before, under the same clause
        return sub, "/".join([*parts[:-2], f"({sub.group('sub')})"])
    return None


_CLAUSE_RANGE_RE = re.compile(rf"\s*(?:至|到|[~～—–-])\s*第?\s*(?P<last>{_CN_NUMERAL})\s*(?:款|条|项|部分)")
# 第（二）项第4目至第6目: the numbered points between the printed ends
_POINT_RANGE_RE = re.compile(r"\s*(?:至|到|[~～—–-])\s*第?\s*(?P<last>\d{1,3})\s*(?:目|点)")


def _clause_range(
    sentence: str, position: int, number: NoticeNumber, clause: str
) -> tuple[int, list[Ref]] | None:
    """The parts between the printed ends of a run after `clause` (第一条第（一）项至第（三）项 / 第4目至第6目 / 第三款至
    第六款), each acted on, and where reading resumes; None when no run follows."""
    parts = clause.split("/")
    sub_range = _SUB_RANGE_RE.match(sentence, position) if parts[-1].startswith("(") else None
    if sub_range is not None:
        first, last, span = cn_number(parts[-1].strip("()")), cn_number(sub_range.group("last")), sub_range
        paths = ["/".join([*parts[:-1], f"({cn_numeral(v)})"]) for v in range(first + 1, last + 1)]
    elif parts[-1].isdigit() and (points := _POINT_RANGE_RE.match(sentence, position)):
        span = points
        paths = [
            "/".join([*parts[:-1], str(v)]) for v in range(int(parts[-1]) + 1, int(points.group("last")) + 1)
        ]
    elif re.fullmatch(_CN_NUMERAL, clause) and (whole := _CLAUSE_RANGE_RE.match(sentence, position)):
        span = whole
        paths = [cn_numeral(v) for v in range(cn_number(clause) + 1, cn_number(whole.group("last")) + 1)]
    else:
        return None
    return span.end(), [(number, span.group(0).strip(), path, span.start()) for path in paths]


def _more_clauses(
    sentence: str,
    position: int,
    number: NoticeNumber,
    clause: str | None,
    found: list[tuple[NoticeNumber | None, str, str | None, int]],
) -> int:
    """第二款、第三款 (or 第4目、第5目): one reference per further clause of the same notice; returns where
    reading resumes."""
    if clause is None:
        return position
    while True:
        ranged = _clause_range(sentence, position, number, clause)
        if ranged is not None:
            position, run = ranged
            found += run
            clause = (run[-1][2] if run else None) or clause
            continue
        if (more := _MORE_CLAUSE_RE.match(sentence, position)) is not None:
            clause = _clause_path(more) or re.sub(r"\s", "", more.group("annex") or "") or clause
            found.append((number, more.group(0).lstrip("、,，和及以与 "), clause, more.start()))
        elif (_POINT_PATH_RE.fullmatch(clause) or _ANNEX_ITEM_RE.fullmatch(clause)) and (
            sibling := _sibling(sentence, position, clause)
        ):
            more, clause = sibling
            found.append((number, more.group(0).lstrip("、,，和及以与 "), clause, more.start()))
        else:
            return position
        position = more.end()


# A spokesperson names notices the way a reader remembers them: 第13号公告 (the year said once, earlier),
# or by the day they listed someone — 于2025年4月4日和9日分别发布第21号和22号公告 … 对2025年4月9日列入…的
# 12家美国实体，停止执行相关措施.
# 第13号公告 / 第55号和第57号公告 / 第55号、第57号、第58号公告: a run of any length shares the 公告 after its last
_SHORT_REF_RE = re.compile(
    r"第\s*(?P<number>\d{1,4})\s*号(?P<more>(?:\s*(?:和|、|及)\s*第?\s*\d{1,4}\s*号)*)\s*公告"
)
_RUN_NUMBER_RE = re.compile(r"(\d{1,4})\s*号")
# (第1741号公告附件第2项所列…: a row of its one attachment, unnumbered)
_TAIL_ANNEX_RE = re.compile(
    r"\s*(?:的)?\s*(附件\s*\d{1,2}|附件(?=\s*(?:第\s*\d|所列|中)))(?!\s*\d)(?:\s*《[^》]{1,40}》)?"
    r"(\s*第[一二三四五六七八九十]{1,3}(?:部分|类)|\s*(?:所列)?\s*第\s*\d{1,3}\s*项)?"
)
_TAIL_CLAUSE_RE = re.compile(
    rf"\s*(?:的)?\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
)
_SHORT_CLAUSE_REF_RE = re.compile(
    rf"(?<![\d年〕\]】])第\s*(?P<number>\d{{1,4}})\s*号\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
)
_DATE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_ISSUED_ON_RE = re.compile(
    rf"(?P<first>{_DATE})\s*(?:和|、|及)\s*(?P<second>(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*日)\s*分别(?:发布|公布)(?:了)?"
    r"\s*(?:(?:19|20)\d{2}\s*年)?\s*第\s*(?P<n1>\d{1,4})\s*号\s*(?:和|、|及)\s*第?\s*(?P<n2>\d{1,4})\s*号"
)
_LISTED_ON_RE = re.compile(rf"对\s*(?P<date>{_DATE})\s*(?:被)?列入")


@dataclasses.dataclass(frozen=True)
class _NamedBy:
    """Notices the body names otherwise than by number: by the day they were issued (对2025年4月9日列入…), and by
    a short title it defines for a numbered notice or part (…第51号附件1，以下简称《清单》 → 《清单》)."""

    by_date: dict[dt.date, NoticeNumber]
    aliases: dict[str, tuple[NoticeNumber, str | None, int]]  # alias → (notice, its part, where defined)
    year: int | None  # the year a number printed without one is of
    offset: int = 0  # where the sentence being read starts in the body

    def at(self, offset: int) -> _NamedBy:
        return dataclasses.replace(self, offset=offset)


# （商务部 …公告2024年第51号附件1，以下简称《清单》）: a short title defined for a numbered notice or part of one
# (…第10号附件（以下简称《清单》）: the same, defined for what is printed before the bracket)
# (商务部于2025年4月4日发布2025年第21号公告（以下简称原公告），…: the whole notice, named 原公告 below)
_ALIAS_RE = re.compile(
    # (…第61号（以下简称61号公告）: a short number for it, whole)
    r"(?:[,，]|(?P<bare>[(（]))\s*(?:以下|下)简称\s*(?P<alias>《[^《》]{1,20}》|[“\"]?(?:原公告|\d{1,4}号公告)[”\"]?)\s*[)）]"
)


# 《不可靠实体清单规定》（商务部令2020年第4号）: a title printed with its number names that notice where it is
# printed again (商务部决定对《不可靠实体清单规定》作如下修改：)
_TITLED_RE = re.compile(r"(?P<alias>《[^《》]{2,60}》)\s*[(（](?P<cite>[^()（）]{2,80})[)）]")


# (…对第61号公告附件1（以下简称《物项列表》）: a part of a notice printed by its short number, which the body
# prints in full elsewhere)
_SHORT_PART_RE = re.compile(
    r"(?<![\d年〕\]】])第\s*(?P<number>\d{1,4})\s*号\s*(?:公告|决定)?\s*(?P<part>附件\s*\d{0,2})\s*$"
)


def _short_part(named: str, by_number: dict[int, NoticeNumber]) -> Ref | None:
    short = _SHORT_PART_RE.search(named)
    number = by_number.get(int(short.group("number"))) if short is not None else None
    if short is None or number is None:
        return None
    return (number, short.group(0), re.sub(r"\s+", "", short.group("part")), short.start())


def _aliases(
    text: str, by_number: dict[int, NoticeNumber] | None = None
) -> dict[str, tuple[NoticeNumber, str | None, int]]:
    found: dict[str, tuple[NoticeNumber, str | None, int]] = {}
    for match in _TITLED_RE.finditer(text):
        cited = [r for r in _refs(match.group("cite")) if r[0] is not None]
        if len(cited) == 1 and cited[0][0] is not None and "简称" not in match.group("cite"):
            found.setdefault(match.group("alias"), (cited[0][0], cited[0][2], match.end()))
    for match in _ALIAS_RE.finditer(text):
        if match.group("bare"):
            cut = max(text.rfind(mark, 0, match.start()) for mark in "，,。；;：:\n")
            named = text[cut + 1 : match.start()]
        else:
            opening = max(text.rfind("（", 0, match.start()), text.rfind("(", 0, match.start()))
            named = text[opening + 1 : match.start()] if opening >= 0 else ""
        numbered = [_with_published_list(r, named) for r in _refs(named) if r[0] is not None]
        if not numbered and (short_part := _short_part(named, by_number or {})) is not None:
            numbered = [short_part]
        if (
            not numbered
            and re.search(rf"《{_CONSOLIDATED_TITLE}》\s*$", named)
            # (not 现公布《…》（以下简称《清单》）: the edition this notice publishes)
            and not re.search(r"(?:(?:现|特|现予|予以)\s*(?:公布|发布|印发)|本公告)[^，,。；;]{0,8}《", named)
        ):
            # (为使《中华人民共和国两用物项出口管制清单》（以下简称《清单》）…: the list in force, named by its title)
            numbered = [(_CONSOLIDATED_LIST, named.strip(), "附件1", 0)]
        # only a part of a notice (附件1, 第三款) is named so: a title before the bracket may name a list the
        # notice published, whose part the reference does not print (…以第51号公告发布《清单》（以下简称《清单》）)
        one = numbered[0] if len(numbered) == 1 else None
        short = match.group("alias").strip('“”"')
        whole = not short.startswith("《")  # (原公告, 61号公告: a notice, whole)
        if (
            one is not None
            and one[0] is not None
            and (one[2] is not None or whole)
            and (not match.group("bare") or named.rstrip().endswith(one[1]) or whole)
        ):
            found[short if whole else match.group("alias")] = (one[0], one[2], match.end())
    return found


def _with_published_list(ref: Ref, named: str) -> Ref:
    """…第51号公布的《中华人民共和国两用物项出口管制清单》（以下简称《清单》）: the short title is of the list the notice
    published, its attachment, not of the whole notice."""
    number, label, clause, position = ref
    published = _PUBLISHED_LIST_RE.match(named, position + len(label))
    if published is None or named[published.end() :].strip():
        return ref
    annex = clause or _list_annex(published.group("title"))
    return (number, named[position : published.end()], annex, position) if annex else ref


_OUTSIDE_RE = re.compile(r"\s*(?:以外|之外|外的|除外)")
_WINDOW_ANCHOR_RE = re.compile(r"\s*(?:规定|所定|确定)的\s*(?:暂停|中止)?(?:实施)?\s*(?:期限|期间)")


def _anchors_on_window(sentence: str, position: int) -> bool:
    """…第二条规定的暂停期限届满之次日起: the window named for its end, a day (not 现将…第二条规定的暂停期限延长至…, the
    window itself acted on)."""
    window = _WINDOW_ANCHOR_RE.match(sentence, position)
    return (
        window is not None
        and re.match(r"\s*(?:届满|期满|结束|到期|终止)", sentence[window.end() :]) is not None
    )


def _alias_refs(
    sentence: str, offset: int, aliases: dict[str, tuple[NoticeNumber, str | None, int]]
) -> list[Ref]:
    """对《清单》作如下修改：: the notice (and part) the short title was defined for, after its definition."""
    found: list[Ref] = []
    for alias, (number, clause, defined_at) in aliases.items():
        # (61号公告 — not inside 第61号公告 or 2061号公告, a reference read as such)
        for match in re.finditer(r"(?<![第\d])" + re.escape(alias), sentence):
            # (改按《清单》实施出口管制 / 对《清单》以外的物项: the list followed or left out, not acted on)
            # (依据《…法》《…管理办法》（…令2005年第29号）: a title cited as legal basis, as a number is)
            followed = bool(
                re.search(r"(?:按|按照|依照|依据|根据|参照)[^,，。;；]{0,4}$", sentence[: match.start()])
                or _BASIS_RE.search(sentence[: match.start()])
            )
            # (…所列物项，已纳入《清单》第一类6C001.a条目管理，该项停止执行: where the goods went, told — not a target)
            # (not 对已纳入《清单》的下列物项… / 将已列入《清单》的3C004.a项删除: the goods already on the list, the list acted
            # on; but …所列物项中已纳入《清单》的部分，该项停止执行 / …，已列入《清单》的，…停止执行: where they went, told)
            # (修改已纳入《清单》的下列条目 / 在已纳入《清单》的1C117项下增列 / 删除已列入《清单》的3C004.a项: a verb
            # governs it, the list acted on)
            followed = followed or bool(
                re.search(r"已(?:经)?(?:纳入|列入|并入)\s*$", sentence[: match.start()])
                and not re.search(
                    r"(?:将|对|把|在|修改|删除|删去|增列|增加|调整|更正|替换|变更)\s*已(?:经)?(?:纳入|列入|并入)\s*$",
                    sentence[: match.start()],
                )
            )
            # (自修改后的《清单》施行之日起停止执行 / 自《清单》依照本公告纳入上述物项之日起废止: a day of the list names a time)
            dated_by = re.search(
                r"自\s*(?:[^,，。;；自]{0,8}?的)?\s*$", sentence[: match.start()]
            ) and re.match(r"(?:(?!删除|删去|移出)[^,，。;；中]){0,30}?之日", sentence[match.end() :])
            if (
                offset + match.start() >= defined_at
                and not (followed or dated_by)
                and not _OUTSIDE_RE.match(sentence, match.end())
            ):
                # (原公告第一条、第二条，自…起继续暂停实施: the clauses printed after a short name for a whole notice)
                tail = _TAIL_CLAUSE_RE.match(sentence, match.end()) if clause is None else None
                if tail is not None and _anchors_on_window(sentence, tail.end()):
                    continue  # (自61号公告第二条规定的暂停期限届满之次日起…: a clause named for its window, no target)
                if tail is not None and (path := _clause_path(tail)) is not None:
                    # (46号公告第二款中关于石墨两用物项的规定: the words naming part of the clause, too)
                    path = _clause_in_words(sentence, tail, path, tail.start()) or path
                    found.append((number, alias + tail.group(0), path, match.start()))
                    _more_clauses(sentence, tail.end(), number, path, found)
                    continue
                found.append((number, alias, clause, match.start()))
    return found


_BRACKETED_SIBLING_RE = re.compile(
    r"号\s*(?:[（(《][^（()）《》]{1,60}[）)》])\s*(?:和|、|及|与)\s*第\s*(\d{1,4})\s*号(?!\s*令)"
)


def _numbers_printed(sentence: str) -> list[NoticeNumber]:
    """The notices a sentence prints in full, and a sibling printed after one's bracketed title (…第55号（公布…的决定）和
    第58号（公布…的决定）): 58 is of 55's issuers and year."""
    refs = [r for r in _refs(sentence, keep_bases=True) if r[0] is not None]
    found = [r[0] for r in refs if r[0] is not None]
    for sibling in _BRACKETED_SIBLING_RE.finditer(sentence):
        before = [r[0] for r in refs if r[3] < sibling.start() and r[0] is not None]
        if before:
            found.append(dataclasses.replace(before[-1], number=int(sibling.group(1))))
    return found


def _context_refs(
    text: str, own: NoticeNumber | None, published_on: dt.date | None
) -> tuple[dict[int, NoticeNumber], _NamedBy]:
    """What short references resolve to: full references printed anywhere in the body (by number),
    notices named with the day they were issued (by date) or by a short title, and the year to assume
    otherwise."""
    by_number: dict[int, NoticeNumber] = {}
    for sentence in _SENTENCE_RE.findall(text):
        for number in _numbers_printed(sentence):
            by_number.setdefault(number.number, number)
    year = own.year if own else (published_on.year if published_on else None)
    by_date: dict[dt.date, NoticeNumber] = {}
    for match in _ISSUED_ON_RE.finditer(text):
        first = parse_date(match.group("first"))
        if first is None:
            continue
        second_text = match.group("second")
        if "月" not in second_text:
            second_text = f"{first.month}月{second_text}"
        second = parse_date(f"{first.year}年{second_text}")
        for day, printed in ((first, match.group("n1")), (second, match.group("n2"))):
            if day is not None:
                number = by_number.get(int(printed)) or NoticeNumber(
                    ("商务部",), "公告", day.year, int(printed)
                )
                by_date[day] = number
                by_number.setdefault(number.number, number)
    return by_number, _NamedBy(by_date, _aliases(text, by_number), year)


def _governs(sentence: str, start: int, end: int) -> bool:
    """…其他规定的暂停期限，仍以第70号公告为准: another notice said to govern is followed, not acted on."""
    if re.search(r"(?:自|从)\s*$", sentence[:start]) and _ITS_DAY_RE.match(sentence, end):
        return True  # (…第五款，自第1716号公告施行之日起停止执行: the day another notice is in force names a time)
    return bool(
        re.search(r"以\s*$", sentence[:start])
        and re.match(r"\s*(?:公告)?\s*(?:的规定)?\s*为准", sentence[end:])
    )


_ITS_DAY_RE = re.compile(
    r"\s*(?:公告)?\s*(?:第[一二三四五六七八九十]+\s*(?:条|款|项)\s*)*(?:附件\s*\d{0,2}\s*)?(?:施行|实施|生效|公布|发布)之日"
)


def _short_clause_refs(
    sentence: str, covered: list[tuple[int, int]], by_number: dict[int, NoticeNumber]
) -> list[Ref]:
    """…第56号不再暂停实施，第58号第三款中止实施: a clause of a notice the context numbers (its year and series
    from the notice named with it)."""
    found: list[Ref] = []
    for match in _SHORT_CLAUSE_REF_RE.finditer(sentence):
        number = by_number.get(int(match.group("number")))
        if number is None or any(a <= match.start() < b for a, b in covered):
            continue
        if _BASIS_RE.search(sentence[: match.start()]) or _AGENT_RE.match(sentence, match.end()):
            continue
        found.append((number, match.group(0), _clause_path(match), match.start()))
        # (第55号第一条、第二条 / 第55号第三条至第六条: the clauses printed after it are of the same notice)
        _more_clauses(sentence, match.end(), number, _clause_path(match), found)
    for match in _SHORT_BARE_RE.finditer(sentence):
        # (三、第58号继续暂停实施至…: a notice the body printed in full before, named by its number alone)
        number = by_number.get(int(match.group("number")))
        if number is not None and not any(a <= match.start() < b for a, b in covered):
            found.append((number, match.group(0).strip(), None, match.start("ref")))
    return found


_SHORT_BARE_RE = re.compile(
    r"(?:^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\))?|(?<=[;；]))\s*"
    r"(?P<ref>第\s*(?P<number>\d{1,4})\s*号)(?=\s*(?:继续|恢复|暂停|自|停止|不再|予以|废止|的暂停))"
    # (not 第70号暂停实施的第55号: the notice that did it, named for what it did)
    r"(?![^,，。;；]{0,12}?的\s*第)"
)


def _sentence_refs(
    sentence: str, covered: list[tuple[int, int]], by_number: dict[int, NoticeNumber], named_by: _NamedBy
) -> list[Ref]:
    """Every notice the sentence names: by its number, and by the short names the body resolves."""
    return _refs(sentence) + _short_refs(sentence, covered, by_number, named_by)


def _short_refs(
    sentence: str,
    covered: list[tuple[int, int]],
    by_number: dict[int, NoticeNumber],
    named_by: _NamedBy,
) -> list[tuple[NoticeNumber | None, str, str | None, int]]:
    """第13号公告 / 对2025年4月9日列入… / 《清单》 in a sentence that acts on them, resolved from the context."""
    year = named_by.year
    found: list[tuple[NoticeNumber | None, str, str | None, int]] = []
    for match in _SHORT_REF_RE.finditer(sentence):
        if any(a <= match.start() < b for a, b in covered) or _BASIS_RE.search(sentence[: match.start()]):
            continue
        if _AGENT_RE.match(sentence, match.end()) or _governs(sentence, match.start(), match.end()):
            continue  # 自第70号公告规定的暂停期限届满之次日起: the notice that made a window, not a target
        printed = [(match.group("number"), match.start("number"))] + [
            (more.group(1), match.start("more") + more.start(1))
            for more in _RUN_NUMBER_RE.finditer(match.group("more"))
        ]
        # (第601号公告第一款第（一）项第1目中的“…”，更正为…: a clause printed after the short number's 公告)
        tail = _TAIL_CLAUSE_RE.match(sentence, match.end()) if len(printed) == 1 else None
        if tail is not None and _AGENT_RE.match(sentence, tail.end()):
            continue  # (自第1121号公告第三条规定的暂停期限届满之次日起: the window that clause set, no target)
        # (第61号公告附件2《合规告知书》指引中所称…，以本公告附件所列物项为准: an attachment of the short number)
        annex = _TAIL_ANNEX_RE.match(sentence, match.end()) if len(printed) == 1 and tail is None else None
        for digits, position in printed:
            number = by_number.get(int(digits))
            if number is None and year is not None:
                number = NoticeNumber(("商务部",), "公告", year, int(digits))
            if number is not None:
                clause = (
                    _clause_path(tail)
                    if tail
                    else (re.sub(r"\s", "", annex.expand(r"\1\2")) if annex else None)
                )
                found.append((number, match.group(0) + (tail.group(0) if tail else ""), clause, position))
                if tail is not None:  # (第55号公告第五条、第六条: every clause of the run)
                    _more_clauses(sentence, tail.end(), number, clause, found)
    return (
        found
        + _short_clause_refs(sentence, covered, by_number)
        + _listed_on_refs(sentence, named_by.by_date)
        + _alias_refs(sentence, named_by.offset, named_by.aliases)
    )


def _listed_on_refs(sentence: str, by_date: dict[dt.date, NoticeNumber]) -> list[Ref]:
    """对2025年4月9日列入…的: the notice that listed them on that day, when the text names it elsewhere."""
    found: list[Ref] = []
    for match in _LISTED_ON_RE.finditer(sentence):
        day = parse_date(match.group("date"))
        if day in by_date:
            found.append((by_date[day], match.group(0), None, match.start()))
    return found


def _header_or_note(
    sentence: str, intro: str | None, header: list[str]
) -> tuple[list[str], str | None] | None:
    """The table header and intro after a line that acts on nothing itself: the header row of a table of acts (its rows
    read with their column names), or a row's note under a list of acts (1.…第23号（…）。 then 废止理由：…。 then 2.…:
    the list goes on); None for any other line."""
    if _header_row(sentence, intro):
        return [c.strip() for c in sentence.split("|")], intro or ""
    if intro is not None and _NOTE_LINE_RE.match(sentence):
        return header, intro
    return None


_MEANS_BEFORE_RE = re.compile(
    r"(?:以|经|通过)\s*(?:[\u4e00-\u9fa5 ]{0,16}?公告)?\s*(?:(?:19|20)\d{2}\s*年)?\s*第?\s*$"
)


def _still_named(sentence: str, refs: list[Ref], named: list[Ref]) -> list[Ref]:
    """The notices a later 上述公告 names after a sentence that acts on nothing: those it names — unless it leaves them
    out (…不列入本次清理范围)."""
    if _UNAFFECTED_RE.search(sentence):
        return named
    found = [r for r in refs if r[0] is not None]
    # (此前，商务部以第70号公告将下列公告暂停实施：…第55号…: the notice named as the means is not what 上述公告 names)
    acted_on = [r for r in found if not _MEANS_BEFORE_RE.search(sentence[: r[3]])]
    return acted_on or found or named


def extract_relations(
    body: str,
    own: NoticeNumber | None,
    published_on: dt.date | None,
    effective_on: dt.date | None = None,
) -> list[Relation]:
    """Every (verb, target) pair stated in the body; the notice's own number is never a target.

    A repeal without a date of its own takes effect with the notice (`effective_on`), not on
    publication: "本公告自2025年12月1日起施行，…同时废止" keeps the old notice in force until then.
    An amendment of a target the same notice also repeals, lifts or suspends is that act announced, not another.
    """
    relations: list[Relation] = []
    back = _Antecedents()  # what 上述 and 该 point back to
    text = _prepared(body)
    bare = _said(text)  # what this notice says, without the words it quotes or the numbers it moves
    by_number, named_by = _context_refs(text, own, published_on)
    intro: str | None = None  # 下列物项不再实施出口管制：, while its numbered lines (or table rows) follow
    header: list[str] = []  # the column names of a table of acts under the intro
    # what a clause of this notice does takes effect when that clause does (本公告第一条至第三条自…起施行，其余各条…)
    dated = parse_clause_effective(bare, published_on)
    top: str | None = None  # this notice's clause (一、…) the sentence stands in
    # the last acting sentence's relations and clause: a period printed next in it (…中止期间：A至B。) is theirs
    made: range = range(0)
    made_top: str | None = None
    owner: _Owner | None = None  # 对…第55号作如下修改：, while its changes follow
    mentioned: dict[str, NoticeNumber] = {}  # each clause numeral printed so far, with the notice it is of
    told_until: dict[tuple[int, int], dt.date] = {}  # the end of a window an earlier notice set, as told
    recent: NoticeNumber | None = None  # the notice printed last: what a later 该公告第X款 names
    for sentence_match in _SENTENCE_RE.finditer(bare):
        shown = text[sentence_match.start() : sentence_match.end()].strip()
        sentence = bare[sentence_match.start() : sentence_match.end()].strip()
        top = _top_clause(text, sentence_match.start(), sentence) or top
        if (passed := _header_or_note(sentence, intro, header)) is not None:
            header, intro = passed
            continue
        sentence, shown, intro = _under_intro(sentence, shown, intro, header)
        sentence, anchor = _dated_after(sentence, told_until, by_number, published_on)
        _remember_clauses(sentence, mentioned)
        covered = [(m.start(), m.end()) for m in _REF_RE.finditer(sentence)] if "号" in sentence else []
        full = _sentence_refs(sentence, covered, by_number, named_by.at(sentence_match.start()))
        refs = [r for r in full if r[0] is None or own is None or _same(r[0], own) is False]
        recent = _last_notice(refs) or recent
        if not refs and made and _windowed(relations, made, sentence, top == made_top, published_on, shown):
            made = range(0)
            continue
        if _done_citing_in_brackets(sentence, published_on):
            back.cited(refs)
            continue
        if not (acting := _verb(sentence) is not None) or _told_as_history(
            sentence, published_on, bare[sentence_match.end() :]
        ):
            back.named_only(sentence, refs)
            _remember_window(sentence, published_on, told_until, [], refs)
            owner, intro = _heading(sentence, refs, owner, intro, acting)
            continue
        refs = _in_sentence_anaphora(sentence, refs) + _recalled_clauses(sentence, mentioned)
        owner = _amended_owner(sentence, refs) if refs else owner
        announces = not refs and _announces(sentence, text, sentence_match.end())
        refs = _acted_refs(sentence, refs, covered, owner, back, recent)
        refs = _decided_after_told(sentence, refs)
        tied = _TIED_TO_RESUMPTION_RE.search(sentence)
        refs = _outside(refs, [tied, *_time_spans(sentence)])
        if not full and refs:  # 现对该公告作如下调整：, then its numbered changes
            owner = _amended_owner(sentence, refs) or owner
        if not refs or announces:
            # (相关措施此后经多次暂停实施，暂停期限至…: a window told of the notice named before; …现将部分措施
            # 暂停实施期限的调整事项公告如下：, what follows is announced, the lines after it act)
            intro = _intro_after(sentence, text[sentence_match.start() : sentence_match.end()], intro, header)
            _remember_window(sentence, published_on, told_until, back.named)
            continue
        made, made_top = range(len(relations), len(relations) + len(refs)), top
        day = _day_of(dated, top, sentence, bare[: sentence_match.start()])
        acts = _sentence_acts(sentence, refs, day, published_on, effective_on, shown)
        acts = _settled_dates(acts, told_until, published_on, (anchor, top, by_number))
        acts = _after_own_window(_from_the_resumption(acts, tied, relations), sentence, top, relations)
        relations += _same_period(_in_own_window(acts, sentence, relations), relations, sentence, text)
        back.acted(refs, acts)
        _remember_own_window(relations[made.start :], told_until)
    return _finished(relations, text, published_on)


def _remember_own_window(made: list[Relation], told: dict[tuple[int, int], dt.date]) -> None:
    """A window this notice just set is the one a next sentence's 期满后 ends (…第57号暂停至2027年6月30日止。暂停期满后，
    该公告第一款…恢复实施): not an older window the preamble told."""
    ends = [r.window_until for r in made if r.relation == "suspends" and r.window_until is not None]
    if ends:
        told[_LAST_TOLD] = ends[-1]


# (…第2366号已将…第（一）项、第（二）项的暂停期限顺延至2049年9月30日，现将该公告第一条第（三）项的暂停期限一并延长至同日:
# an earlier notice's act told, then this notice's own, after 现将)
_TOLD_THEN_DECIDED_RE = re.compile(r"(?:已经?|业已)[^。;；]*?[,，]\s*(?=现\s*(?:将|决定|予以|对))")


# (…所附《合规告知书》指引（附件2），自该公告第七条恢复实施之日起不再适用: the day another act of this notice resumes that
# clause — the clause names a day, it is no target)
# (…第56号，自…第57号第四条、第五条恢复实施之日起废止: the day another notice's clauses resume — named for the day only)
_TIED_TO_RESUMPTION_RE = re.compile(
    r"自\s*(?P<ref>该公告|上述公告|原公告|[^，,。；;自]{0,40}?\d{1,4}\s*号(?:公告)?)?\s*"
    r"第\s*(?P<clause>[一二三四五六七八九十]+)\s*(?:条|款)(?:\s*[、和及]\s*第\s*[一二三四五六七八九十]+\s*(?:条|款))*"
    r"\s*恢复(?:实施|执行|适用)\s*之日起"
)


# (在第1866号公告第一条至第三条施行前，…第58号继续暂停实施: the clauses whose day of force bounds the act name a time)
_BEFORE_IN_FORCE_RE = re.compile(
    r"在[^,，。;；在]{2,60}?(?:施行|实施|生效)\s*(?:之日)?\s*(?:前|以前|之前)\s*[,，]"
)


def _time_spans(sentence: str) -> list[re.Match[str] | None]:
    """Spans whose references name a time or a part said to stay, not a target: a window's end by another notice, a
    ；-part saying another part stays, the day of force of other clauses as a bound."""
    return [
        _tied_till(sentence),
        _STAYS_PART_RE.search(sentence),
        _BEFORE_IN_FORCE_RE.search(sentence),
        _AFTER_DONE_RE.search(sentence),
    ]


def _tied_till(sentence: str) -> re.Match[str] | None:
    """The words 延长至…第61号…的暂停期限届满之日 (see _TIED_TO_OTHER_RE): they name an end, not a target."""
    return next((m for m in _TIED_TO_OTHER_RE.finditer(sentence) if m.group("till")), None)


def _outside(refs: list[Ref], spans: list[re.Match[str] | None]) -> list[Ref]:
    """The references outside the spans that name a day by another act (自该公告第七条恢复实施之日起) or a window's end
    (延长至…第61号…的暂停期限届满之日): those name when, not what — unless no reference is left."""
    kept = [r for r in refs if not any(s is not None and s.start() <= r[3] < s.end() for s in spans)]
    return kept or refs


# (三、本公告第二条规定的暂停期限届满之次日起，…恢复实施 / 四、…，自前款所述期限届满之次日起恢复实施: the day after a
# window another clause of this notice set)
_AFTER_OWN_WINDOW_RE = re.compile(
    # (not 在…第1202号公告第二条所定期限届满后: another notice's clause)
    rf"(?:本(?:公告|决定)\s*第\s*(?P<clause>{_CN_NUMERAL})\s*(?:条|款)|(?P<previous>前条|前款|上一条|上款))\s*"
    r"(?:规定|所述|所列|确定|所定)?的?\s*(?:暂停|中止)?(?:实施)?(?:期限|期间)\s*(?:届满|期满|到期)(?:之)?(?:次日|后)"
)


def _after_own_window(
    acts: list[Relation], sentence: str, top: str | None, before: list[Relation]
) -> list[Relation]:
    """Acts from the day after the end of a window this notice set in another of its clauses, named by its number or
    as the clause before: the window's last day is known once that clause is read."""
    tied = _AFTER_OWN_WINDOW_RE.search(sentence)
    if tied is None or not acts:
        return acts
    if tied.group("clause"):
        clause = tied.group("clause")
    elif top is not None and cn_number(top) > 1:
        clause = cn_numeral(cn_number(top) - 1)
    else:
        return acts
    windows = [
        (r.target_number, r.window_until)
        for r in before
        if r.window_until is not None and r.relation == "suspends" and _read_in_clause(r, clause)
    ]
    if not windows:
        return acts
    # (…自本公告施行之日起恢复实施；该条款自本公告第一条规定的暂停期限届满之次日起恢复实施: the part that names the window)
    start = max((m.end() for m in re.finditer(r"[;；]", sentence[: tied.start()])), default=0)
    stop = re.compile(r"[;；]").search(sentence, tied.end())
    part = sentence[start : stop.start() if stop else len(sentence)]
    out = []
    for act in acts:
        if part != sentence and not (act.target_label and act.target_label in part):
            out.append(act)
            continue
        # (the window of the act's own target when that clause set several — …第61号…至…；…第62号…至… — else the clause's
        # window, whoever's: …第61号暂停实施至…。…本公告第二条规定的暂停期限届满之次日起，…第55号恢复实施)
        own = [
            end
            for number, end in windows
            if number is None or act.target_number is None or _same(number, act.target_number)
        ]
        day = max(own or [end for _, end in windows]) + dt.timedelta(days=1)
        out.append(dataclasses.replace(act, window_from=day))
    return out


def _read_in_clause(relation: Relation, numeral: str) -> bool:
    """Whether a relation was read in the clause of this notice numbered `numeral` (its quote opens 二、…)."""
    return relation.quote_zh.lstrip().startswith(f"{numeral}、")


def _from_the_resumption(
    acts: list[Relation], tied: re.Match[str] | None, before: list[Relation]
) -> list[Relation]:
    """Acts dated 自该公告第七条恢复实施之日起 (自…第57号第四条…恢复实施之日起): from the day this notice resumes that clause
    of the same target (of the notice named)."""
    if tied is None:
        return acts
    clause = tied.group("clause")
    named = (
        parse_notice_number(tied.group("ref")) if tied.group("ref") and "号" in tied.group("ref") else None
    )
    out = []
    for act in acts:
        resumed = next(
            (
                r.window_from
                for r in reversed(before)
                if r.relation == "resumes"
                and r.clause == clause
                and (
                    _same(r.target_number, named)
                    if named is not None and r.target_number is not None
                    else _target(r) == _target(act)
                )
            ),
            None,
        )
        out.append(dataclasses.replace(act, window_from=resumed) if resumed is not None else act)
    return out


_NOW_ON_TOLD_RE = re.compile(
    r"现\s*(?:决定\s*[,，]?\s*(?:将|对)?|将|对)\s*(?P<which>该公告|上述公告|上述各公告)(?!\s*第)"
)


def _decided_after_told(sentence: str, refs: list[Ref]) -> list[Ref]:
    """The targets of a sentence that tells an earlier act before deciding its own: those after 现将 (the told
    part's targets are history), unless none is."""
    told = _TOLD_THEN_DECIDED_RE.search(sentence)
    if told is None:
        return refs
    decided = [r for r in refs if r[3] >= told.end()]
    anaphor = _NOW_ON_TOLD_RE.match(sentence, told.end())
    if anaphor is not None:
        # (…第58号的暂停期限已于…届满，现将该公告与…第61号的暂停期限一并延长…: 该公告 is the notice the told part named;
        # …，现决定，该公告的暂停期限延长至…: the same, after a comma)
        named = [r for r in refs if r[3] < told.end() and r[0] is not None and r[2] is None]
        decided = (named[-1:] if anaphor.group("which") == "该公告" else named) + decided
    return decided or refs


def _settled_dates(
    acts: list[Relation],
    told: dict[tuple[int, int], dt.date],
    published_on: dt.date | None,
    placing: tuple[WindowAnchor | None, str | None, dict[int, NoticeNumber]],
) -> list[Relation]:
    """A sentence's acts dated by what the notice told of their targets' windows, placed in its clause, and without
    a resumption a repeal in the same sentence ends."""
    continued = _from_each_own_end(_continued_after_told(acts, told, published_on))
    return _ended_by_repeal(_placed(continued, *placing))


def _acted_refs(
    sentence: str,
    refs: list[Ref],
    covered: list[tuple[int, int]],
    owner: _Owner | None,
    back: _Antecedents,
    recent: NoticeNumber | None,
) -> list[Ref]:
    """The targets an acting sentence acts on: its own references with the clauses after them, else the clauses of the
    notice being amended, the targets acted on before, or what 上述/该 points back to."""
    if refs:
        return _with_object_clauses(sentence, refs, covered)
    found = (
        _owner_clauses(sentence, owner)
        or _continued_clauses(sentence, back.acted_on)
        or _rows_named(sentence, back.rows)
    )
    if found:
        return found
    found = _anaphoric(sentence, back.named, back.acted_on, recent, back.told_before)
    return found + _later_bare_clauses(sentence, found, covered)


# (一、前述第1项、第2项所列公告，…恢复实施 / 上述第（一）项至第（三）项所列公告: rows of the told list before, by number)
_ROWS_NAMED_RE = re.compile(
    r"(?:前述|上述|前列)\s*第\s*\(?\s*(?P<first>\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)?\s*项"
    r"(?P<more>(?:\s*(?:[、和及]|至|到)\s*第?\s*\(?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)?\s*项)*)"
    r"\s*所列"
    # (…所列公告中的第三项、第四项处理措施: the items of that notice named)
    r"(?:的?\s*公告\s*中的?\s*(?P<items>第[一二三四五六七八九十]{1,3}项(?:\s*[、和及]\s*第[一二三四五六七八九十]{1,3}项)*))?"
)


def _row_number(row: str) -> int | None:
    """The number a row of a list opens with (1. / （一）), as _LIST_LINE_RE reads its marker."""
    marker = _LIST_LINE_RE.match(row.lstrip())
    printed = re.search(r"\d{1,3}|[一二三四五六七八九十]{1,3}", marker.group(0)) if marker else None
    return _count_of(printed.group(0)) if printed else None


def _rows_named(sentence: str, rows: dict[int, list[Ref]]) -> list[Ref]:
    """The notices of the told list's rows a sentence names by their numbers (前述第1项、第2项所列公告 / 上述第3项至第5项
    所列公告条款), each with the clauses its row printed."""
    named = _ROWS_NAMED_RE.search(sentence) if rows else None
    if named is None:
        return []
    numbers: list[int] = []
    # (第1项、第3项至第4项: a range only between the numbers 至 joins)
    printed = named.group("first") + named.group("more")
    for joined, number in re.findall(
        r"(至|到)?[^\d一二三四五六七八九十至到]*(\d{1,3}|[一二三四五六七八九十]{1,3})", printed
    ):
        value = _count_of(number)
        numbers += list(range(numbers[-1] + 1, value + 1)) if joined and numbers else [value]
    items = re.findall(r"第([一二三四五六七八九十]{1,3})项", named.group("items") or "")
    return [
        (ref[0], ref[1], item or ref[2], named.start())
        for n in numbers
        for ref in rows.get(n, [])
        for item in (items or [None])
    ]


# (延长…第2571号第二条、第2572号第（三）项规定的商务部公告2025年第62号…的暂停期限 / …第2572号第（四）项延长暂停期限的…
# 第57号第三条: a notice named for what it set on the next one — that one is the target)
_DESCRIBER_RE = re.compile(
    r"[^,，。;；的]{0,40}?(?:规定|所定|确定|设定|决定|(?:延长|暂停|延续)[^,，。;；的]{0,8})的\s*"
)


def _described(sentence: str, refs: list[Ref]) -> list[Ref]:
    kept = []
    for ref in refs:
        said = _DESCRIBER_RE.match(sentence, ref[3])
        if (
            said is None
            or not _REF_RE.match(sentence, said.end())
            or not any(r[3] >= said.end() for r in refs)
        ):
            kept.append(ref)
    return kept


def _later_bare_clauses(sentence: str, found: list[Ref], covered: list[tuple[int, int]]) -> list[Ref]:
    """该公告第一款、第二款自…起恢复实施；第三款至第五款自同日起继续暂停实施: the bare clauses of the later segments
    are of the notice 该公告 named, acted on as they would be after its printed number."""
    if not found or not found[0][1].startswith("该") or found[0][2] is None or found[0][0] is None:
        return []
    if any(ref[0] != found[0][0] for ref in found):
        return []
    after = _segment(sentence, max(ref[3] for ref in found))[1]
    return _bare_clauses(sentence, found[0][0], after, len(sentence), covered)


def _done_citing_in_brackets(sentence: str, published_on: dt.date | None) -> bool:
    """…措施（…〔2025〕6号），已于2025年11月10日停止实施: done before, told, its notice cited in a bracket — no notice 上述
    points back to (…5号、6号规定的处理措施，已于…停止实施。上述两个公告… names them, and is read as told)."""
    return _done_on_earlier_day(sentence, published_on) and not _REF_RE.search(
        _BRACKETED_RE.sub("", sentence)
    )


def _ended_by_repeal(acts: list[Relation]) -> list[Relation]:
    """提前终止…第七条及附件2的暂停适用安排，该公告第七条及附件2自…起废止: a suspension ended by repealing what it
    suspended resumes nothing — the repeal is the sentence's act on those clauses."""
    repealed = {(_target(a), a.clause): a.window_from for a in acts if a.relation == "repeals"}

    def ended(
        act: Relation,
    ) -> bool:  # (…自2032年8月1日起恢复实施；…自2033年1月1日起废止: resumed until repealed)
        key = (_target(act), act.clause)
        if act.relation != "resumes" or key not in repealed:
            return False
        day = repealed[key]
        # (提前终止…的暂停适用安排，…自…起废止: no 恢复 — the end of the suspension is the repeal)
        resumed = re.search(r"(?<!不再)(?<!不)恢复", act.quote_zh) is not None
        return not resumed or day is None or act.window_from is None or day <= act.window_from

    return [a for a in acts if not ended(a)]


@dataclasses.dataclass
class _Antecedents:
    """The notices 上述 and 该 may point back to, as a notice's sentences are read."""

    named: list[Ref] = dataclasses.field(default_factory=list)  # the last naming sentence's targets
    # the last targets acted on: what 上述公告第三款 points at when no sentence only named a notice since
    acted_on: list[Ref] = dataclasses.field(default_factory=list)
    told_refs: list[Ref] = dataclasses.field(
        default_factory=list
    )  # of an acting sentence whose acts were all told
    told_named: bool = False  # whether `named` holds those (until the next act)
    told_before: list[Ref] = dataclasses.field(default_factory=list)  # what they were, after that act
    rows_of: str | None = None  # the told intro whose rows name notices together (此前，下列公告已暂停实施：)
    rows: dict[int, list[Ref]] = dataclasses.field(
        default_factory=dict
    )  # its rows' notices, by the row's number

    def cited(self, refs: list[Ref]) -> None:
        """(…（…〔2025〕6号），已于…停止实施: told; its notice joins those 上述 may point back to, never replaces them)"""
        self.named = [*self.named, *(r for r in refs if r[0] is not None and r not in self.named)]

    def named_only(self, sentence: str, refs: list[Ref]) -> None:
        """A sentence that acts on nothing names its notices (or, after a told act, the told act's)."""
        self.told_named = (bool(self.told_refs) or self.told_named) and not refs
        earlier = self.named
        self.named = _still_named(sentence, refs or self.told_refs, self.named)
        self.told_refs = []
        rows = re.match(_TOLD_LIST_INTRO, sentence)
        row = rows is not None and bool(sentence[rows.end() :].strip())
        if (
            row and rows is not None and rows.group(0) == self.rows_of
        ):  # (its rows, one by one: 上述公告 names all)
            self.named = [*earlier, *(r for r in self.named if r[0] not in {e[0] for e in earlier})]
        elif row:
            self.rows = {}
        self.rows_of = rows.group(0) if row and rows is not None else None
        number = _row_number(sentence[rows.end() :]) if row and rows is not None else None
        if (
            rows is not None and number is not None
        ):  # (前述第1项、第2项所列公告 names the notices of those rows)
            self.rows[number] = [r for r in refs if r[0] is not None and r[3] >= rows.end()]

    def acted(self, refs: list[Ref], acts: list[Relation]) -> None:
        """(…（商务部令二〇二五年第6号）所列反制措施，商务部曾决定…暂停实施一年。现决定：（一）…停止实施上述反制措施: a sentence
        whose acts were all told only named its notices, for a 上述 after the intro that follows. After an act on them, 上述公告
        第X款 is of the notice acted on (…第61号…继续暂停实施。二、上述公告第二款…), which a bare 上述 may still not be.)"""
        self.acted_on = [r for r in refs if r[0] is not None] or self.acted_on
        if acts and not {r[0] for r in refs} <= {r[0] for r in self.told_before}:
            self.told_before = []  # (an act on another notice: the told history is behind it)
        self.told_refs = [] if acts else refs
        if acts and self.told_named:
            self.told_before, self.named, self.told_named = self.named, [], False


def _finished(relations: list[Relation], text: str, published_on: dt.date | None) -> list[Relation]:
    relations = _rows_of_annexes(relations, text)
    return _settled(_back_dated(relations + _recalled_own_acts(relations, text), text, published_on))


# 商务部公告2026年第12号附件第3项 / 第28号所附关注名单 / 第1537号附件所列关注名单: a notice whose parties this one names
# as rows of its attachment
_ANNEXED_NUMBER_RE = re.compile(r"(\d{1,4})\s*号(?:公告)?\s*(?:的)?\s*(?:附件|所附)")


# MOFCOM notices that put parties on the control list or the watch list and print them as an attachment (附件：出口管制
# 管控名单（…）/ 关注名单（…）), with the number of parties each listed — facts of those notices: an act on some of their
# parties is on that annex, whether or not the acting notice says so; an act on as many as the notice listed (对上述16家
# 实体…, 第21号) is on the notice whole.
_PARTIES_ANNEXED_BY: dict[tuple[int, int], int] = {
    (2025, 1): 28,
    (2025, 13): 15,
    (2025, 21): 16,
    (2025, 22): 12,
    (2025, 35): 8,
    (2026, 11): 20,
    (2026, 12): 20,
    (2026, 20): 7,
    (2026, 23): 10,
    (2026, 27): 20,
    (2026, 28): 20,
    (2026, 30): 14,
}


def _annexed_party_count(number: NoticeNumber) -> int | None:
    if number.series != "公告" or "商务部" not in number.issuers:
        return None
    return _PARTIES_ANNEXED_BY.get((number.year, number.number))


def _rows_of_annexes(relations: list[Relation], text: str) -> list[Relation]:
    """将上述5家实体移出关注名单 / 同时移出…第1611号公布的关注名单: some parties leave the list a MOFCOM notice annexed (or
    their measures are suspended or resumed) —
    rows of that annex (the notice's measures on the others go on) where this notice says the target annexed them, or the
    target is known to (some notices print their parties in the body, and an act on them is then on the notice). The
    Unreliable Entity List prints its parties in the body, and a notice's every party leaving ends the notice's measures
    whole."""
    annexed = {int(n) for n in _ANNEXED_NUMBER_RE.findall(text)}
    return [dataclasses.replace(r, clause="附件") if _on_annex_rows(r, annexed) else r for r in relations]


# (对上述高点航空技术公司等2家实体恢复实施… / 该公告所列其余13家实体的相关措施…继续暂停实施 / 附件1所列 / 下列: parties
# named, counted or set apart — not 上述实体 or 该实体 alone, which may be every party the notice told of)
_SOME_PARTIES_RE = re.compile(
    r"[(（]\s*[A-Za-z]|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*家"
    r"|(?:其余|其他|部分|下列|以下)[^,，。;；]{0,16}?(?:实体|企业|公司|机构|单位)"
    r"|(?<!号)(?<!该公告)(?<!号公告)(?<!上述公告)附件\s*\d{0,2}\s*所列|第\s*\d{1,3}\s*项|[^上该述](?:公司|株式会社|大学|研究院|研究所|集团)"
)
_PARTY_COUNT_RE = re.compile(r"((?:\d{1,3}|[一二两三四五六七八九十]{1,3}))\s*家")


def _own_segment(quote: str, label: str) -> str:
    """The words of a sentence that are about one target: from the end of the comma clause that holds the reference
    before it (or the ；-part's start) to the next reference — not another target's parties (…第23号所列甲公司（…）
    暂停…，…第30号同时暂停实施: 30 is acted on whole)."""
    at = quote.find(label) if label else -1
    if at < 0:
        return quote
    start = max(quote.rfind(mark, 0, at) for mark in "；;。") + 1
    before = [m for m in _REF_RE.finditer(quote, start, at)]
    if before:
        closing = _CLAUSE_BREAK_RE.search(quote, before[-1].end(), at)
        start = closing.end() if closing else start
    # (…第21号和…第22号对甲公司（…）、乙公司（…）采取的措施: the next reference joined to this one, no clause between,
    # shares the words after it)
    following = _REF_RE.search(quote, at + len(label))
    while following is not None and not _CLAUSE_BREAK_RE.search(quote, at + len(label), following.start()):
        following = _REF_RE.search(quote, following.end())
    return quote[start : following.start() if following else len(quote)]


def _count_of(printed: str) -> int:
    return int(printed) if printed.isdigit() else cn_number(printed)


def _on_annex_rows(r: Relation, annexed: set[int]) -> bool:
    """Whether `r` acts on some parties of a MOFCOM notice that printed them as its attachment."""
    number = r.target_number
    if (
        r.relation not in ("lifts", "suspends", "resumes")
        or r.clause is not None
        or number is None
        or any("不可靠实体清单" in issuer for issuer in number.issuers)
    ):
        return False
    listed = _annexed_party_count(number)
    own = _own_segment(r.quote_zh, r.target_label)
    counts = {_count_of(m.group(1)) for m in _PARTY_COUNT_RE.finditer(own)}
    # (…第23号对上述2家实体采取的措施同时停止实施: two of the ten it listed, named before — not 所列下列6家实体, parties
    # this notice lists below, read with the whole listing as the writers of such notices have)
    below = re.search(r"下列\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*家", own)
    counted = bool(counts) and _SOME_PARTIES_RE.search(own) is not None
    # (将特科姆公司移出…，2025年第21号公告对该实体采取的措施同时停止实施: the one party named before 该实体)
    at = max(own.find(r.target_label), 0)
    named = re.search(r"该(?:实体|企业|公司)", own[at:]) and _SOME_PARTIES_RE.search(own[:at])
    if listed is not None and listed not in counts and (counted or named) and not below:
        return True
    if _WHOLE_LISTING_RE.search(r.quote_zh):
        return False
    if listed is not None:
        # (现决定…，将其移出2026年第12号公告所附关注名单： then the rows: the annex, some of its parties leaving)
        some = _SOME_PARTIES_RE.search(own) or (number.number in annexed and _PARTY_REMOVED_RE.search(own))
        return bool(some) and listed not in counts
    return (number.number in annexed or "附件" in r.quote_zh) and bool(
        (_PARTY_REMOVED_RE if r.relation == "lifts" else _PARTIES_MEASURES_RE).search(r.quote_zh)
    )


# …对该公告附件所列甲公司（…）暂停实施相关措施 / …所列4家实体的措施，自…起恢复实施: the measures on some of the parties a
# notice annexed, suspended or resumed — rows of that annex, as a removal of some is
_PARTIES_MEASURES_RE = re.compile(
    # (a party named with its English name, or by its row — not 上述实体 / the list's title: every party, the notice)
    r"[(（][A-Za-z][^()（）]*[)）][^。;；]{0,40}?(?:措施|暂停|恢复|中止)|第\s*\d{1,3}\s*项[^。;；]{0,40}?(?:实体|公司|株式会社)"
    # (对附件1所列4家实体暂停实施…: some parties, printed in this notice's own attachment)
    r"|(?<!号)(?<!公告)附件\s*\d{0,2}\s*所列\s*\d{1,3}\s*家"
    # (对…第11号所列甲株式会社、乙株式会社暂停实施…: parties named in Chinese only, right before the act)
    r"|所列(?!\s*\d|\s*实体|\s*全部)[^。;；]{2,60}?(?:株式会社|公司|集团|大学|研究院|研究所)\s*(?:的\s*)?(?:相关)?(?:暂停|恢复|中止)"
)


# 二、…第22号所列实体的相关措施，自同日起暂停实施，为期6个月。: the day the act before began
_SAME_DAY_START_RE = re.compile(r"(?:自|从)\s*(?:同日|同一日|当日)\s*起")


def _from_the_same_day(acts: list[Relation], sentence: str, text: str) -> list[Relation]:
    """Acts of a sentence starting 自同日起 that prints no day of its own start on the last day the text printed as a
    start before it (自A起至B止 … / 本公告自A起施行。… / A，甲公司已完成整改。…: A), not on publication; a day the
    sentence itself names first (自本公告发布之日起…；…自同日起) is left to the sentence."""
    same = _SAME_DAY_START_RE.search(sentence)
    if not acts or same is None or re.search(r"之日\s*起|即日", sentence[: same.start()]):
        return acts
    if re.search(_DATE, sentence):
        # (…，自2031年10月1日起恢复实施；自同日起，该条第（二）项继续暂停实施: the day printed before, for the acts that
        # print no day of their own)
        # (only the acts of the ；-part 同日 opens: not …第61号废止；… before it, nor …；该公告第三条自本公告发布之日起废止 after)
        before = list(_START_DAY_RE.finditer(sentence, 0, same.start()))
        start = parse_date(before[-1].group("a") or before[-1].group("b")) if before else None
        part_start = max(sentence.rfind(mark, 0, same.start()) for mark in ";；") + 1
        ends = [at for mark in ";；" if (at := sentence.find(mark, same.end())) >= 0]
        part = sentence[part_start : min(ends, default=len(sentence))]
        printed = {parse_date(m.group(0)) for m in re.finditer(_DATE, sentence)}
        return [
            dataclasses.replace(act, window_from=start)
            if start is not None
            and act.window_from not in printed
            and act.target_label
            and act.target_label in part
            else act
            for act in acts
        ]
    bare = _said(text)
    at = bare.find(sentence)
    starts = list(_START_DAY_RE.finditer(bare, 0, at)) if at > 0 else []
    start = parse_date(starts[-1].group("a") or starts[-1].group("b")) if starts else None
    if start is None:
        return acts
    return [
        dataclasses.replace(
            act,
            window_from=start,
            window_until=duration_end(start, sentence)
            if act.window_until and DURATION_RE.search(sentence)
            else act.window_until,
        )
        for act in acts
    ]


# 自2026年4月10日起 / 本公告自2026年5月1日起施行 / 2026年3月20日，…: a day printed as the start of something
_START_DAY_RE = re.compile(
    rf"自\s*(?P<a>{_DATE})\s*起|(?:^|\n|[。；;]\s*)(?:[一二三四五六七八九十]{{1,3}}\s*、\s*)?(?P<b>{_DATE})\s*[,，]"
)


# 四、…第46号第二款，在本公告第一条规定的期限内暂缓执行: the window this notice's clause 一 gave its act
# (…第56号第一条第（三）项在本公告第一条规定的暂停期限届满前暂缓实施: the same window, said by its end)
# (…该公告其余条款，在本条第（一）项规定的暂停期限内继续暂停实施: the window of a point of the clause it stands in)
_OWN_WINDOW_RE = re.compile(
    rf"在本(?:(?:公告|决定)第(?P<clause>{_CN_NUMERAL})(?:条|款)|(?:条|款)第\s*\(\s*(?P<point>{_CN_NUMERAL})\s*\)\s*项)"
    r"(?:所)?(?:规定|确定|所定)?的(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间)(?:内|届满(?:之)?前)"
)


# 四、本公告第一条所列公告和条款，自暂停期限届满之次日起恢复实施: the targets of this notice's own clause, acted on again
_OWN_TARGETS_RE = re.compile(
    rf"本(?:公告|决定)第(?P<clause>{_CN_NUMERAL})(?:条|款)所列(?:的)?(?:公告|条款|公告和条款|公告及条款|公告或者条款|措施)\s*[,，]?\s*"
    r"(?:自|在)?(?:其|上述)?(?:暂停|中止|暂缓)?(?:实施)?(?:期限|期间)(?:届满)(?:之次日|之日的次日|后)\s*起?\s*"
    r"(?:即行|均)?恢复(?:实施|执行)"
)


def _recalled_own_acts(relations: list[Relation], text: str) -> list[Relation]:
    """`本公告第一条所列公告和条款，自暂停期限届满之次日起恢复实施`: each suspension clause 一 made resumes the day after
    its window ends (a sentence naming no notice, so read here from the acts already made)."""
    found: list[Relation] = []
    for match in _OWN_TARGETS_RE.finditer(_said(text)):
        top = match.group("clause")
        for act in relations:
            if act.relation == "suspends" and act.window_until and (act.made_in or "").split("/")[0] == top:
                start = act.window_until + dt.timedelta(days=1)
                quote = text[max(text.rfind("\n", 0, match.start()), 0) : match.end()].strip()
                found.append(
                    dataclasses.replace(
                        act, relation="resumes", window_from=start, window_until=None, quote_zh=quote
                    )
                )
    return found


def _intro_after(sentence: str, printed: str, intro: str | None, header: list[str]) -> str | None:
    """The intro in force after a line acting on no notice: the line if it opens a list, the table's intro while
    rows of it go on (1 | 康博伦…公司 | … | 列入出口管制管控名单 keeps the header of a later row acting on a notice)."""
    if _LIST_INTRO_RE.search(sentence):
        return sentence
    return intro if intro is not None and header and _TABLE_ROW_RE.search(printed) else None


def _in_own_window(acts: list[Relation], sentence: str, made: list[Relation]) -> list[Relation]:
    """`acts` with the window of this notice's clause they name, when that clause's suspension was read."""
    own = _OWN_WINDOW_RE.search(sentence)
    if own is None:
        return acts
    if own.group("clause"):
        numbered = re.compile(rf"^\s*{own.group('clause')}\s*[、.]")
        windows = [
            r for r in made if r.relation == "suspends" and numbered.match(r.quote_zh) and r.window_until
        ]
    else:  # (the point of this clause: the acts stated in it, by the clause of this notice they stand in)
        top = (acts[0].made_in or "").split("/")[0] if acts else ""
        point = f"{top}/({own.group('point')})"
        windows = [r for r in made if r.relation == "suspends" and r.made_in == point and r.window_until]
    if not windows:
        return acts
    window = windows[0]
    return [
        dataclasses.replace(a, window_from=window.window_from, window_until=window.window_until)
        if a.relation == "suspends"
        else a
        for a in acts
    ]


# 废止理由：… / 说明：… under a numbered row of a list of acts: why the row is there, no act of its own
_NOTE_LINE_RE = re.compile(r"^\s*(?:废止|清理|调整|修改|处理)?(?:理由|原因|说明|备注|依据)\s*[:：]")


def _under_intro(
    sentence: str, shown: str, intro: str | None, header: list[str]
) -> tuple[str, str, str | None]:
    """A line under an intro that opens a list or table of acts, read with what the intro says of it (and
    the intro kept while its lines go on)."""
    in_table = intro is not None and bool(_TABLE_ROW_RE.search(sentence))
    if in_table and intro is not None:  # (the second test for the type checker)
        # 下列措施按照下表所列期限暂停实施： then `序号 | 公告文号 | 暂停实施的内容 | 暂停期限` rows (a row stating its
        # own act is read alone: …按照表中载明的调整内容执行： says nothing of it)
        row = _row_text(sentence, header)
        # (…下表所列公告的条款和附件不再执行： then `3 | …第62号 | 附件1、附件2 | 备注：第三条所述情况说明改为在线填报`: a
        # remark's words are no act of the row, which takes the intro's)
        acting = _verb(_row_text(sentence, header, periods=False, remarks=False)) is not None
        # (5 | …第46号 | 第一款 | 不作调整，继续执行: a row saying it is left alone takes nothing from the intro)
        if any(_NO_CHANGE_CELL_RE.match(cell) for cell in sentence.split("|")) and not acting:
            return row, row, intro
        sentence = shown = (
            row if acting else intro + _row_dated(_row_text(sentence, header, remarks=False), intro)
        )
    # (an unnumbered intro, …自2026年11月11日起，对上述两份公告的实施作如下安排：, heads the clauses 一、二、… after it)
    preamble = intro is not None and not (_TOP_CLAUSE_RE.match(intro) or _LIST_LINE_RE.match(intro))
    heads = _LIST_LINE_RE.match(sentence) or (preamble and _TOP_CLAUSE_RE.match(sentence))
    intro = intro if heads or in_table or sentence.startswith(intro or "\0") else None
    if (
        intro is not None
        and _REF_RE.search(sentence)
        and _TARGET_HEADING_RE.fullmatch(_REF_RE.sub("", sentence, 1))
    ):
        # (…作如下更正和补充： then 一、…第57号（…）, a heading naming the notice the lines below it change)
        return sentence, shown, None
    if intro is not None and (_verb(sentence) is None or re.match(_TOLD_LIST_INTRO, intro)):
        # 1. …第10号第三款第（三）项所列三苯基铋；: the intro's verb acts on the line's target (and a told intro's rows
        # are told with it: 此前，下列公告已暂停实施： then （一）…第55号，暂停期限至…；)
        return intro + sentence, intro + shown, intro
    since = (_INTRO_SINCE_RE.search(intro) or _DAY_AFTER_RE.search(intro)) if intro is not None else None
    if since is not None and not _SINCE_RE.match(sentence) and not _DAY_AFTER_RE.search(sentence):
        # 一、自2026年11月11日起，对下列公告分别作如下处理： then 1.…第55号公告，继续暂停实施…: the line's act
        # starts on the intro's day (or on the day after the window the intro names ends)
        return _with_start(sentence, since.group(0).strip()), shown, intro
    return sentence, shown, intro


# (…原公告对其采取的措施自表中所列移出日期起停止实施。 then `1 | 甲大学 | … | 2028年9月26日`: each row's day, from its cell)
_ROW_DAY_NAMED_RE = re.compile(r"自表中所列[^。；;，,]{0,8}?(?:日期|时间)起")


def _row_dated(row: str, intro: str) -> str:
    """A row under an intro that dates each act by the row's own day (自表中所列移出日期起…): the row with its act's start."""
    day = re.search(_DATE, row) if _ROW_DAY_NAMED_RE.search(intro) else None
    return f"自{day.group(0)}起，{row}" if day is not None else row


# 序号 | 公告文号 | 期限 | 涉及条款 | 处理方式: the columns of a table of acts on notices
_ACTS_HEADER_RE = re.compile(r"(?:公告|文号|文件)[^|]{0,6}\|.*(?:条款|内容|处理|调整|措施|方式)")


def _header_row(sentence: str, intro: str | None) -> bool:
    """The header row of a table of acts under an intro, or of one no intro announces (…作如下处理。表中“备注”
    栏所载事项…具有同等效力。 then 序号 | 公告文号 | 期限 | 涉及条款 | 处理方式 | 备注), whose rows are read all the same."""
    return bool(
        _TABLE_ROW_RE.search(sentence)
        and not _REF_RE.search(sentence)
        and not _DATA_ROW_RE.match(sentence)
        and (
            intro is not None
            or _ACTS_HEADER_RE.search(sentence)
            # (序号 | 实体名称 | … | 处理事项 | 实施日期: a table of entities whose rows may act on a notice, on their day)
            or any(_START_COLUMN_RE.match(cell.strip()) for cell in sentence.split("|"))
        )
    )


# A row that is data, not column names: it opens on its row number (4 | 卡尔索普动力科技有限公司 | … | 2033年5月1日)
# or prints a day — a table of entities before the row acting on a notice is no header of that row.
_DATA_ROW_RE = re.compile(r"\s*\d{1,4}\s*\||.*\d{4}\s*年\s*\d{1,2}\s*月")


# (…第62号的暂停期限，随同本条第（二）项一并延长: extended with the window of the point named)
_SAME_PERIOD_RE = re.compile(
    # (…，在上述期限内一并暂停实施: within the window just stated)
    r"(?:在|于)\s*(?:上述|前述)(?:暂停)?(?:实施)?(?:期限|期间)内|同期|(?:暂停|中止|暂缓)?期限(?:与[^,，。;；]{1,20}?)?(?:相同|一致)|同一期限|随同[^,，。;；]{1,20}?一并(?:延长|延续|顺延)"
    # (暂停期限的起止时间与本公告第一条的规定相同: its start and its end, as that clause's)
    r"|(?:期限|期间)的?起止(?:时间|日期)\s*(?:与[^,，。;；]{1,20}?)?(?:相同|一致)"
    # (…第二条至第六条的暂停实施，与本公告第一条同步延长: extended with that clause's window)
    r"|与\s*本(?:公告|决定)\s*第[一二三四五六七八九十]+(?:条|款)[^,，。;；]{0,12}?(?:同步|一并|同时)\s*(?:延长|延续|顺延|延期)"
    # (第三条按照本公告第一条规定的期限继续暂停实施: the window that clause gave its act)
    r"|(?:按照?|依照)\s*本(?:公告|决定)\s*第[一二三四五六七八九十]+(?:条|款)\s*(?:所)?(?:规定|确定|所定)?的\s*(?:暂停)?(?:实施)?"
    r"(?:期限|期间)(?!\s*(?:内|届满))"
)
_OWN_CLAUSE_NAMED_RE = re.compile(
    r"本(?:公告|决定)\s*第([一二三四五六七八九十]+)(?:条|款)|本(?:条|款)\s*第\s*(\(\s*[一二三四五六七八九十]+\s*\))\s*项"
    r"|本(?:公告|决定)\s*第\s*(\d{1,2})\s*项"  # (…暂停期限与本公告第1项相同: a numbered line of the notice's own list)
)


# (自本公告第二条所定暂停期限届满之次日起 / 自本公告第（一）项所定… / 自序号1所列期限届满之次日起6个月: the day after
# another act of this notice ends)
_OWN_TIED_START_RE = re.compile(
    rf"自\s*(?:本(?:(?:公告|决定)\s*第\s*(?:(?P<clause>{_CN_NUMERAL})\s*(?:条|款)"
    rf"|[(（]\s*(?P<item>{_CN_NUMERAL})\s*[)）]\s*项)|表\s*(?:序号|第))|序号)\s*(?P<row>\d{{1,3}})?\s*(?:项|行)?"
    r"\s*(?:所定|所列|规定|确定|所述)?的?\s*(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间)\s*届满(?:之日的?)?之?次日起"
)


# (暂停期限与…2025年第55号的暂停期限相同: the period of a window another notice holds, not one of this notice's acts)
_OTHER_NOTICES_PERIOD_RE = re.compile(
    r"与\s*(?!本(?:公告|决定))[^。;；]{0,70}?\d{1,4}\s*号[^。;；，,]{0,30}?(?:相同|一致|同期)"
)


def _same_period(acts: list[Relation], before: list[Relation], sentence: str, text: str) -> list[Relation]:
    """三、…第62号规定的…措施，同期继续暂停实施: a suspension for the same period as the one stated before it; one
    whose end is tied to another act of this notice (与本表序号1所列期限同时届满) ends with that act; one 自同日起
    starts when the act before did."""
    acts = _own_tied_start(_from_the_same_day(acts, sentence, text), sentence, before, text)
    tied = _own_window_end(_TIED_END_RE.search(sentence), before, text)
    if tied is not None:
        return [
            dataclasses.replace(a, window_until=tied)
            if a.relation == "suspends" and a.window_until is None and (a.window_from or tied) <= tied
            else a
            for a in acts
        ]
    same = _SAME_PERIOD_RE.search(sentence)
    if same is None:
        return acts
    windows = [r for r in before if r.relation == "suspends" and r.window_until]
    other = _OTHER_NOTICES_PERIOD_RE.search(sentence[: same.end()].split("，")[-1].split(",")[-1])
    named = None if other else _OWN_CLAUSE_NAMED_RE.search(sentence)
    if other is not None:
        # (…暂停期限与…第1841号第二条的暂停期限相同 / 与上述第1841号公告第二条同期…: the window this notice gave that notice,
        # and that notice no target; …与…2025年第55号的暂停期限相同, a window this notice does not print: none)
        numbers = {int(n) for n in re.findall(r"(\d{1,4})\s*号", other.group(0))}
        windows = [r for r in windows if r.target_number is not None and r.target_number.number in numbers]
        acts = [a for a in acts if a.target_number is None or a.target_number.number not in numbers] or acts
        if not windows:
            return acts
    if named is not None:
        # (中止期限与本公告第一条规定的期限一致 / 随同本条第（二）项一并延长: the window of the acts of that clause or point)
        first = named.group(1) or named.group(3)
        lead = rf"\s*{first}\s*[、.]" if first else rf"\s*{re.escape(named.group(2))}"
        windows = [r for r in windows if re.match(lead, nfkc(r.quote_zh).replace(" ", ""))] or windows
    last = windows[-1] if windows else None
    if last is None:
        return acts
    # (自2027年2月1日起暂停实施，暂停期限与…相同: its own start — not one another act of the sentence prints after a ；)
    own = next((part for part in re.split(r"[;；]", sentence) if _SAME_PERIOD_RE.search(part)), sentence)
    printed = _FROM_RE.search(own) is not None
    return [
        dataclasses.replace(
            a,
            window_from=a.window_from if printed else last.window_from,
            window_until=last.window_until,
            end_anchor=None,
        )
        if a.relation == "suspends" and a.window_until is None
        else a
        for a in acts
    ]


def _part_of(sentence: str, label: str) -> str:
    """The ；-separated part of `sentence` that prints `label` (a target as printed), else the whole sentence."""
    parts = re.split(r"[;；]", sentence)
    return (
        next((part for part in parts if label and label.strip() in part), sentence)
        if len(parts) > 1
        else sentence
    )


# …，与本表序号1所列期限同时届满 / 至本表序号1所列期限届满之日止 / 延长至与本公告第一条所定期限同时届满: an end tied to the
# window of another act of this notice — a row of its table or one of its clauses
# (与序号1所列暂停期限同时届满, in a row of that table; 与本公告第（二）项同时届满, of a notice whose decisions are
# bracketed points)
_TIED_END_RE = re.compile(
    rf"(?:与|至)\s*(?:本(?:(?:公告|决定)\s*第\s*(?:(?P<clause>{_CN_NUMERAL})\s*(?:条|款)"
    rf"|[(（]\s*(?P<item>{_CN_NUMERAL})\s*[)）]\s*项)|表\s*(?:序号|第))|序号)\s*(?P<row>\d{{1,3}})?\s*(?:项|行)?"
    r"\s*(?:所列|所定|所述|规定|确定)?的?\s*(?:(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间))?\s*(?:同时|一并|同日)?届满(?:之日|时)?(?:止|为止)?"
)


def _own_tied_start(acts: list[Relation], sentence: str, before: list[Relation], text: str) -> list[Relation]:
    """The suspensions of `acts` starting the day after another act of this notice ends (see _OWN_TIED_START_RE),
    with that start, and the period the sentence prints counted from it (…届满之次日起6个月)."""
    out = []
    for a in acts:
        own = _part_of(sentence, a.target_label)  # (the tie, the period and the end of the act's own part)
        end = (
            _own_window_end(_OWN_TIED_START_RE.search(own), before, text)
            if a.relation == "suspends"
            else None
        )
        if end is not None:
            day = end + dt.timedelta(days=1)
            periods = [m.group(0) for m in DURATION_RE.finditer(own)]
            until = duration_end(day, periods[0]) if len(periods) == 1 and not _UNTIL_RE.search(own) else None
            a = dataclasses.replace(a, window_from=day, window_until=until or a.window_until)
        out.append(a)
    return out


def _opening_line(quote: str, text: str) -> str:
    """The line of `text` a sentence stands in, from its start (（一）2025年4月9日，…。现决定，…: the act's sentence is the
    point's second), without spaces."""
    quoted = nfkc(quote).replace(" ", "")
    at = text.find(quote.strip())
    if at < 0:
        return quoted
    start = text.rfind("\n", 0, at) + 1
    return nfkc(text[start : at + len(quote.strip())]).replace(" ", "")


def _own_window_end(tie: re.Match[str] | None, before: list[Relation], text: str) -> dt.date | None:
    """The end of the window of the act of this notice a tie names (a clause, a bracketed point or a table row of
    it: see _TIED_END_RE, _OWN_TIED_START_RE), if one."""
    if tie is None:
        return None
    windows = [r for r in before if r.relation == "suspends" and r.window_until is not None]
    if tie.group("clause") or tie.group("item"):
        lead = re.compile(
            rf"\s*{tie.group('clause')}\s*[、.]"
            if tie.group("clause")
            else rf"\s*\(\s*{tie.group('item')}\s*\)"
        )
        ends = {r.window_until for r in windows if lead.match(_opening_line(r.quote_zh, text))}
    elif tie.group("row") is None:
        return None
    else:
        # (the row of that number in a table of acts: what it acts on, read from its cells)
        keys = {
            (number.notice_id, clause)
            for row in re.finditer(rf"(?m)^\s*{tie.group('row')}\s*\|(.*)$", text)
            for number, _, clause, _ in _refs(row.group(1).replace("|", ""))
            if number is not None
        }
        ends = {
            r.window_until
            for r in windows
            if r.target_number and (r.target_number.notice_id, r.clause) in keys
        }
    return ends.pop() if len(ends) == 1 else None


# 商务部公告2025年第61、62号: a run of numbers with 号 printed once, at its end
_BARE_RUN_RE = re.compile(r"(年\s*第\s*)(\d{1,4})((?:\s*[、,，和及]\s*\d{1,4})+)\s*号")


def _numbers_in_full(text: str) -> str:
    """`text` with each number of a bare run printed in full (第61、62号 → 第61号、第62号), same meaning."""

    def full(match: re.Match[str]) -> str:
        numbers = [match.group(2), *re.findall(r"\d{1,4}", match.group(3))]
        joins = re.findall(r"[、,，和及]", match.group(3))
        out = f"{match.group(1)}{numbers[0]}号"
        for join, number in zip(joins, numbers[1:], strict=True):
            out += f"{join}第{number}号"
        return out

    return _BARE_RUN_RE.sub(full, text)


def _heading(
    sentence: str, refs: list[Ref], owner: _Owner | None, intro: str | None, acting: bool
) -> tuple[_Owner | None, str | None]:
    """What a sentence that acts on nothing opens for the lines after it: the notice their changes are of
    (一、2026年第732号公告 / 对…，按照下列规定办理：), or the intro of a table whose rows each state their act
    (一、下列公告按照表中所列事项和日期处理：). A sentence with a verb, told as history, opens neither."""
    if acting:  # (told: 此前，下列公告已暂停实施： still heads the rows it tells)
        return owner, sentence if re.match(_TOLD_LIST_INTRO + r"\s*$", sentence) else intro
    if refs:
        # (自2026年11月11日起，对上述两份公告的实施作如下安排：: the notices named, and the day the lines start)
        # (一、自2031年11月11日起，对…第55号、第56号…分别作如下处理：: the same, its points (一)、(二) below)
        # (…，自第1123号公告第一条规定的暂停期限届满之次日起，按照下列规定实施：: a day only another notice dates)
        since = _INTRO_SINCE_RE.search(sentence) or _DAY_AFTER_RE.search(sentence)
        dated = (
            _LIST_INTRO_RE.search(sentence)
            or (_AMEND_INTRO_RE.search(sentence) and re.search(r"[:：]\s*$", sentence))
        ) and since
        return _amended_owner(sentence, refs) or owner, sentence if dated else intro
    return owner, sentence if _LIST_INTRO_RE.search(sentence) else intro


def _last_notice(refs: list[Ref]) -> NoticeNumber | None:
    """The notice printed last among `refs` (what a later 该公告第X款 names)."""
    last = max((r for r in refs if r[0] is not None), key=lambda r: r[3], default=None)
    return last[0] if last is not None else None


def _prepared(body: str) -> str:
    """The body as the relations are read in it: 商务部令二〇二五年第6号 as 商务部令2025年第6号, wrapped
    paragraphs and table rows joined (they show the text's width), then titles broken by it, and runs of
    numbers printed in full."""
    # (an old page's field lines, 【发布日期】2026年11月06日, are no paragraph: the text after them opens anew)
    body = _FIELD_LINE_RE.sub("", body)
    text = _BROKEN_TITLE_RE.sub(lambda m: m.group(0).replace("\n", ""), _reflowed(arabic_numbers(nfkc(body))))
    # 1.…2025年第70号（公布暂停实施…第55号、56号…的决定）；: a title printed in brackets after its number is a
    # title, as in 《》 — the notices and verbs it names are not this sentence's
    text = _BRACKETED_TITLE_RE.sub(lambda m: f"{m.group(1)}《{m.group(2)}》", text)
    # (…自该条原定实施之日（2027年9月1日）起暂缓实施: the day a described day is, printed in brackets after it)
    text = _DAY_NAMED_THEN_PRINTED_RE.sub(r"\g<since>\g<day>起", text)
    return _numbers_in_full(_rows_dated_in_place(_dittos_filled(text)))


_DAY_NAMED_THEN_PRINTED_RE = re.compile(
    rf"(?P<since>自|从)[^,，。;；()（）]{{1,20}}?之日\s*[(（]\s*(?P<day>{_DATE})\s*[)）]\s*起"
)


def _rows_dated_in_place(text: str) -> str:
    """Rows of a body table that a note after it dates (表中第2项、第3项自本公告公布之日起执行；第1项自2027年11月11日起执行)
    carry their start as a cell of their own, so each row's act is dated as if it printed it."""
    if "项" not in text or "|" not in text:
        return text
    dated: dict[int, str] = {}
    for match in _ROWS_DATED_RE.finditer(text):
        dated.update(dict.fromkeys((int(n) for n in re.findall(r"\d{1,3}", match.group(1))), match.group(2)))
    if not dated:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        row = re.match(r"\s*(\d{1,3})\s*\|", line)
        if row is not None and int(row.group(1)) in dated and "|" in line:
            lines[index] = f"{line} | 自{dated[int(row.group(1))]}起执行"
    return "\n".join(lines)


_BLANK_CELL_RE = re.compile(r"\|[ \t]*\|")


def _dittos_filled(text: str) -> str:
    """Table rows with their 同上 / 同前 cells printed out: 表中"同上""同前"指与上一行所载内容相同 — a row's notice,
    act or period given by the row above is that row's own (4 | 同上 | 第一款第（二）项第4目 | 暂缓执行 | …); so is a notice
    cell left blank under one naming a notice (2 |  | 第一条第（一）项第8目 | 锑化镓 | …: the cells of one notice merged)."""
    if "同上" not in text and "同前" not in text and not _BLANK_CELL_RE.search(text):
        return text
    lines = text.split("\n")
    above: str | None = None
    for index, line in enumerate(lines):
        if line.count("|") < 2:
            above = None
            continue
        lines[index] = above = ditto_row(line, above, lambda cell: bool(_REF_RE.fullmatch(cell.strip())))
    return "\n".join(lines)


# (not before a clause or an attachment of that notice: 第46号（关于…的公告）第二款 names its own clause, which
# the reference pattern reads through the bracket)
_BRACKETED_TITLE_RE = re.compile(
    r"(号)\s*\(\s*((?:公布|关于)[^()]{4,160}?(?:的决定|的公告|的通知|决定))\s*\)"
    r"(?!\s*(?:的)?\s*(?:第[一二三四五六七八九十]+\s*(?:款|条|项|部分)|附件))"
)


_FIELD_LINE_RE = re.compile(r"^\s*【[^】\n]{1,10}】[^\n]*\n", re.MULTILINE)


# …系…之误，现予更正，自该公告施行之日起适用 / 本公告第一款、第二款所作更正，自被更正公告相应条款实施之日起适用 /
# 上述第(二)项、第(三)项的更正，分别自原公告施行之日起适用: corrections that hold from the corrected notice's own day
_BACK_DATED_RE = re.compile(
    r"(?:自|从)\s*(?:各|各该)?\s*(?:该|原|被更正的?)(?:公告|决定)(?:相应条款)?\s*(?:施行|实施|生效)之日起\s*(?:适用|生效|执行|施行)"
)
# (上述更正内容自各原公告施行之日起适用: every correction printed above)
_ALL_ABOVE_RE = re.compile(r"(?:上述|以上|前述)(?:各项)?(?:更正|修改|调整)(?:内容|事项)?\s*$")
_FROM_TARGETS_DAY_RE = re.compile(r"(?:自|从)\s*该(?:公告|决定)\s*(?:施行|实施|生效)之日起")
_NAMED_PARTS_RE = re.compile(
    rf"(?:本公告|上述)\s*第\s*(?P<parts>\(?\s*{_CN_NUMERAL}\s*\)?\s*(?:款|条|项)"
    rf"(?:\s*(?:、|和|及)\s*第?\s*\(?\s*{_CN_NUMERAL}\s*\)?\s*(?:款|条|项))*)"
)


def _in_force_with(relations: list[Relation], text: str, published_on: dt.date | None) -> list[Relation]:
    """A notice in force only from another's day of force (本公告自…第808号施行之日起施行) prints no day of its own:
    its acts dated by it alone (the day it was published) are anchored to that notice's day of force; so is an act
    said to start that day (…第五款，自第1716号公告施行之日起停止执行)."""
    tied = IN_FORCE_WITH_RE.search(text)
    maker = parse_notice_number(tied.group("ref")) if tied is not None else None
    if published_on is None:
        return relations
    by_clause = _clauses_in_force_with(text)
    out = []
    for r in relations:
        own, own_clause = _started_with(r.quote_zh, text)
        own = None if own is not None and r.target_number is not None and _same(own, r.target_number) else own
        clause_maker, maker_clause = by_clause.get((r.made_in or "").split("/")[0], (None, None))
        # (本公告第一条、第二条自…第2246号第二条施行之日起施行: those clauses' acts that print no day of their own)
        by_its_clause = clause_maker if clause_maker is not None and not _FROM_RE.search(r.quote_zh) else None
        anchor_maker = own or by_its_clause or (maker if r.window_from == published_on else None)
        if r.anchor is None and anchor_maker is not None:
            made_in = (
                maker_clause if anchor_maker is by_its_clause else own_clause if anchor_maker is own else None
            )
            r = dataclasses.replace(
                r, anchor=WindowAnchor(maker=anchor_maker, since="maker_effective", made_in=made_in)
            )
        out.append(r)
    return out


# 本决定第一条、第三条自商务部 海关总署公告2026年第1796号施行之日起施行，第二条自公布之日起施行: those clauses' acts
# hold from that notice's day of force (本公告第一条、第二条，自…第1821号施行之日起执行: a comma may part them)
_CLAUSES_WITH_RE = re.compile(
    rf"本(?:公告|决定)\s*(?P<clauses>第\s*{_CN_NUMERAL}\s*(?:条|款)(?:\s*(?:、|和|及|至)\s*第?\s*{_CN_NUMERAL}\s*(?:条|款))*)"
    r"\s*[,，]?\s*自\s*(?P<ref>[^。;；,，]{2,60}?号)\s*(?:公告)?\s*"
    # (…第2246号第二条施行之日起: the day that notice's clause comes into force)
    rf"(?:第\s*(?P<refclause>{_CN_NUMERAL})\s*(?:条|款)\s*)?(?:施行|实施|生效)之日起\s*(?:施行|实施|生效|执行)"
)


def _clauses_in_force_with(text: str) -> dict[str, tuple[NoticeNumber, str | None]]:
    """This notice's clauses in force from another notice's day of force (or one clause's), by clause numeral."""
    found: dict[str, tuple[NoticeNumber, str | None]] = {}
    for match in _CLAUSES_WITH_RE.finditer(text):
        maker = parse_notice_number(match.group("ref"))
        if maker is None:
            continue
        numerals = re.findall(_CN_NUMERAL, match.group("clauses"))
        if "至" in match.group("clauses") and len(numerals) == 2:
            numerals = [cn_numeral(v) for v in range(cn_number(numerals[0]), cn_number(numerals[1]) + 1)]
        found.update(dict.fromkeys(numerals, (maker, match.group("refclause"))))
    return found


# 上述5个公告自修订后的《清单》施行之日起废止, after …纳入…公告2026年第1532号公布的修订后的《中华人民共和国两用物项
# 出口管制清单》: the day of force of the notice that published that list (its title printed whole or short)
_LIST_STARTS_RE = re.compile(
    r"(?:自|从)\s*(?P<revised>修订后的|调整后的|新的)?\s*《(?P<title>[^《》]{1,40})》\s*(?:施行|实施|生效)之日起"
)
_LIST_PUBLISHED_RE = re.compile(
    r"(?P<ref>[^。;；,，]{2,60}?号)\s*(?:公告)?\s*(?:公布|发布)的\s*(?P<revised>修订后的|调整后的|新的)?\s*"
    r"《(?P<title>[^《》]{1,40})》"
)


def _list_published_by(quote: str, text: str) -> NoticeNumber | None:
    started = _LIST_STARTS_RE.search(quote)
    if started is None:
        return None
    short = started.group("title")
    makers = set()
    for published in _LIST_PUBLISHED_RE.finditer(text):
        ref = published.group("ref")
        # (已全部纳入商务部 …公告2026年第1532号: the number printed last, from its issuers on)
        number = parse_notice_number(ref[max(ref.rfind("商务部"), 0) :])
        # (…对…第51号公布的《…清单》进行了修订…，第51号自修订后的《清单》施行之日起废止: the revised list is not the one No. 51
        # published — it is this notice's own, in force on this notice's day)
        if (
            published.group("title").endswith(short)
            and number is not None
            and bool(published.group("revised")) == bool(started.group("revised"))
        ):
            makers.add(number)
    return makers.pop() if len(makers) == 1 else None


_STARTS_WITH_RE = re.compile(
    r"(?:自|从)\s*(?:[^，,。；;]{0,30}?公告)?\s*(?:(?P<year>(?:19|20)\d{2})\s*年)?\s*第\s*(?P<number>\d{1,4})\s*号\s*"
    # (自…第2166号第一条施行之日起废止: the day that clause of it is in force)
    rf"(?:公告)?\s*(?:第\s*(?P<clause>{_CN_NUMERAL})\s*(?:条|款)\s*)?(?:施行|实施|生效)之日起"
)


def _started_with(quote: str, text: str) -> tuple[NoticeNumber | None, str | None]:
    """The notice whose day of force an act's sentence says it starts on (自第1716号公告施行之日起…), its year taken from
    where the body prints the number in full when the sentence does not, and the clause of it named (…第2166号第一条)."""
    started = _STARTS_WITH_RE.search(quote)
    if started is None:
        return _list_published_by(quote, text), None
    number = int(started.group("number"))
    year = started.group("year") or next(
        iter(re.findall(rf"((?:19|20)\d{{2}})\s*年\s*第\s*{number}\s*号", text)), None
    )
    return (NoticeNumber(("商务部",), "公告", int(year), number) if year else None), started.group("clause")


def _back_dated(relations: list[Relation], text: str, published_on: dt.date | None) -> list[Relation]:
    """Corrections (amends) said to apply from the corrected notice's own day of force, anchored to it: the
    ones in the sentence saying so, or in the parts of this notice it names (本公告第一款、第二款 / 上述第(二)项);
    and the acts of a notice in force only from another's (see _in_force_with)."""
    relations = _in_force_with(relations, text, published_on)
    # (…第1749号第二条第（三）项，自该公告施行之日起不予执行: an act from the day its target is in force)
    relations = [
        dataclasses.replace(r, anchor=WindowAnchor(maker=None, since="target_effective"))
        if r.anchor is None and r.relation != "amends" and _FROM_TARGETS_DAY_RE.search(r.quote_zh)
        else r
        for r in relations
    ]
    covered: set[int] = set()
    for match in _BACK_DATED_RE.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        sentence = text[start : end if end >= 0 else len(text)]
        named = _NAMED_PARTS_RE.search(sentence)
        if named is None:
            above = _ALL_ABOVE_RE.search(text[max(0, match.start() - 12) : match.start()]) is not None
            covered |= {
                i
                for i, r in enumerate(relations)
                if (r.quote_zh and r.quote_zh in sentence)
                or (above and r.relation == "amends" and r.quote_zh not in text[match.end() :])
            }
            continue
        numerals = re.findall(rf"\(?\s*{_CN_NUMERAL}\s*\)?", named.group("parts"))
        heads = tuple(n.replace(" ", "") for n in numerals)
        covered |= {i for i, r in enumerate(relations) if set(_parts_of(r.quote_zh, text)) & set(heads)}
    by_number, printed, published = _corrections_dated_by_number(relations, text)
    covered |= by_number
    if not covered and not printed and not published:
        return relations
    anchor = WindowAnchor(maker=None, since="target_effective")
    on_publication = WindowAnchor(maker=None, since="target_published")
    return [
        dataclasses.replace(r, window_from=printed[i])
        if i in printed
        else dataclasses.replace(r, anchor=on_publication)
        if i in published
        else dataclasses.replace(r, anchor=anchor)
        if i in covered and r.relation == "amends"
        else r
        for i, r in enumerate(relations)
    ]


# 更正后的内容，自2026年第1663号公告施行之日起适用 / 上述更正自第1673号公告附件施行之日起适用: the corrected notice named
# by its number — the corrections of it apply from its own day of force
_BACK_DATED_BY_NUMBER_RE = re.compile(
    r"更正[^。；;]{0,12}?(?:自|从)\s*(?:(?P<year>(?:19|20)\d{2})\s*年)?\s*第\s*(?P<number>\d{1,4})\s*号\s*(?:公告)?\s*"
    r"(?:附件\s*\d{0,2})?\s*(?:(?:施行|实施|生效)|(?P<published>公布|发布))之日"
    r"(?:\s*即\s*(?P<day>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))?"
)


def _corrections_dated_by_number(
    relations: list[Relation], text: str
) -> tuple[set[int], dict[int, dt.date], set[int]]:
    """The corrections (amends) of a notice a sentence says apply from that notice's day of force, named by number:
    anchored to it, or dated by the day the sentence prints for it (…施行之日即2028年5月1日起适用); and those said to
    apply from its publication (本项更正自第1716号公告公布之日起适用)."""
    covered: set[int] = set()
    printed: dict[int, dt.date] = {}
    published: set[int] = set()
    for match in _BACK_DATED_BY_NUMBER_RE.finditer(text):
        year, number = match.group("year"), int(match.group("number"))
        found = {
            i
            for i, r in enumerate(relations)
            if r.relation == "amends"
            and r.target_number is not None
            and r.target_number.number == number
            and (year is None or r.target_number.year == int(year))
        }
        day = parse_date(match.group("day")) if match.group("day") else None
        if day is not None:
            printed.update(dict.fromkeys(found, day))
        elif match.group("published"):
            published |= found
        else:
            covered |= found
    return covered, printed, published


def _parts_of(quote: str, text: str) -> tuple[str, ...]:
    """The parts of this notice a sentence stands in: its own numbering (一 / (二)) and the top clause above it."""
    own = re.match(rf"\s*(\(\s*{_CN_NUMERAL}\s*\)|{_CN_NUMERAL}(?=\s*[、.]))", quote)
    at = text.find(quote)
    above = [m.group(1) for m in re.finditer(rf"^({_CN_NUMERAL})\s*[、.]", text[: max(at, 0)], re.MULTILINE)]
    if own is not None and not own.group(1).startswith("("):
        return (own.group(1),)  # (三、…: a clause of its own, whatever clause came before it)
    return tuple(
        part
        for part in (own.group(1).replace(" ", "") if own else None, above[-1] if above else None)
        if part
    )


_ANNEX_ADJUSTED_RE = re.compile(r"(?:作出|作了|进行|予以)(?:调整|修改|修订)\s*[。;；]?\s*$")
_ANNOUNCING_END_RE = re.compile(r"作(?:如下|以下)[^,，。;；]{0,4}[:：]\s*$")


def _settled(relations: list[Relation]) -> list[Relation]:
    """The notice's relations without the ones that only restate another.

    An amendment of what the same notice also repeals, lifts or suspends is that act announced; one of
    another clause of that target (第二款修改为… beside 删去第四款) is an act of its own. 决定对…第10号等公告作
    如下修改： then 一、在…第10号第一款中增列…: the preamble announces the changes the clauses below make; the
    whole-notice amendment adds nothing to clause-level acts on the same target. And one act named twice
    (现就延长暂停实施…第61号有关事项公告如下：…继续暂停实施…第61号) is one relation, and an act on 部分 of a
    notice, stated beside the same act on named parts of it from the same day, is the act on those parts."""
    acted = {(_target(r), r.clause) for r in relations if r.relation in ("repeals", "lifts", "suspends")}
    in_part = {_target(r) for r in relations if r.clause is not None}
    kept = [
        r
        for r in relations
        if not (r.relation == "amends" and _announced(r, acted, in_part | {t for t, _ in acted}))
    ]
    # (对…第39号第一款作如下修改： then （一）第（一）项修改为…: the intro is the changes to the points below it)
    below = {(_target(r), (r.clause or "").split("/")[0]) for r in kept if r.clause and "/" in r.clause}
    kept = [
        r
        for r in kept
        if not (
            r.relation == "amends"
            and (_target(r), r.clause) in below
            and _ANNOUNCING_END_RE.search(r.quote_zh)
        )
    ]
    # (决定对…第2221号的附件作出调整。 then 一、…附件2…由本公告附件代替；二、…附件3…废止: the changes to its attachments)
    numbered_annexes = {_target(r) for r in kept if r.clause and re.match(r"附件\s*\d", r.clause)}
    kept = [
        r
        for r in kept
        if not (
            r.relation == "amends"
            and r.clause == "附件"
            and _target(r) in numbered_annexes
            and _ANNEX_ADJUSTED_RE.search(r.quote_zh)
        )
    ]
    once = {(r.relation, _target(r), r.clause, r.window_from, r.window_until): r for r in reversed(kept)}
    kept = [r for r in kept if once[(r.relation, _target(r), r.clause, r.window_from, r.window_until)] is r]
    # …第10号…的部分条款予以废止（目录见附件2） then the attachment's 第四款: the act is on the parts named; so is
    # …第23号等2个公告中有关…的条款（见附件2），予以废止 then the rows' 第二条至第五条
    narrowed = {(r.relation, _target(r), r.window_from) for r in kept if r.clause is not None}
    return [
        r
        for r in kept
        if r.clause is not None
        or not _IN_PART_RE.search(
            r.quote_zh
        )  # (a whole notice repealed beside a part of it stays repealed whole)
        or (r.relation, _target(r), r.window_from) not in narrowed
    ]


_IN_PART_RE = re.compile(r"部分|条款[^,，。;；]{0,4}?[(（]\s*(?:目录)?\s*(?:见|详见)\s*附件")


# 对…第55号作如下修改：删去第三款；将第四款修改为“…”: a clause printed without a notice of its own, after the
# notice that owns it (or in the numbered changes that follow such an intro), is that notice's clause. This
# notice's own clauses (本公告第三条), an anaphoric 上述公告第三款 and a law's article (《…法》第十二条) are not.
_BARE_CLAUSE_RE = re.compile(
    # (《…公告》第二款 is that notice's clause, named by its title; a law's or a regulation's article is not)
    # (…第56号不再暂停实施，第58号第三款中止实施: a clause right after a number is that number's, not a bare one)
    r"(?<!公告)(?<!公告的)(?<!决定)(?<!通知)(?<![法令号])(?<!法》)(?<!条例》)(?<!规定》)(?<!办法》)(?<!细则》)"
    # (第三条 删去《目录》…: an order's own article heading, opening its sentence and printed before a space — no clause of
    # another; 一、第三条 修改为… / …；第三条 自…起恢复实施 are)
    rf"(?!(?<![\s\S])第{_CN_NUMERAL}条[ \u3000]+\S)"
    rf"第(?P<clause>{_CN_NUMERAL})(?:款|条|项){_SUB_CLAUSE.format(p='')}"
)
_AMEND_INTRO_RE = re.compile(
    r"(?:作出?|进行)(?:如下|以下)(?:修改|调整|修订|修正)|(?:修改|调整|修订|修正)如下"
    # 三、对…第58号，按照下列规定办理： then (一)第一款…: the numbered changes below are that notice's
    r"|按照?(?:下列|以下|如下)(?:规定|方式|安排)(?:分别)?(?:办理|执行|处理|实施)|(?:作出?|按)(?:如下|以下)(?:处理|安排)"
)
_SEGMENT_BREAK_RE = re.compile(r"[,，;；:：]")
Ref = tuple[NoticeNumber | None, str, str | None, int]


def _segment(sentence: str, position: int) -> tuple[int, int]:
    """The span of the comma, semicolon or colon clause of `sentence` that holds `position`."""
    start = max((m.end() for m in _SEGMENT_BREAK_RE.finditer(sentence, 0, position)), default=0)
    end = _SEGMENT_BREAK_RE.search(sentence, position)
    return start, end.start() if end else len(sentence)


_BY_ANOTHER_RE = re.compile(r"\s*由[^,，;；。()]{0,40}?号")


def _bare_clauses(
    sentence: str,
    number: NoticeNumber,
    start: int,
    end: int,
    covered: list[tuple[int, int]],
    owned: bool = False,
) -> list[Ref]:
    """The clauses of `number` printed bare between `start` and `end`, each in a segment with a verb (or, under
    an intro naming their notice (`owned`), followed by the segment that states the act: （一）第一款所列…物项，
    自…起继续暂停实施)."""
    found: list[Ref] = []
    excepted = [m.span() for m in _EXCEPTED_RE.finditer(sentence)]
    for match in _BARE_CLAUSE_RE.finditer(sentence, start, end):
        if any(a <= match.start() < b for a, b in covered) or _BASIS_RE.search(sentence[: match.start()]):
            continue
        if any(a <= match.start() < b for a, b in excepted):
            continue  # …第61号除第一条第（一）项、第（二）项以外的其他条款，…恢复实施: the rest of the notice acts
        segment = sentence[slice(*_segment(sentence, match.start()))]
        joined = bool(
            _JOINED_OBJECT_RE.match(segment)
        )  # (…所列钨相关材料，以及第二款第（一）项所列…，自…起…)
        if _verb(segment) is None and not (joined or _acted_after(sentence, match, owned)):
            continue  # 第三条规定的许可申请按原程序办理: a clause named, not acted on
        if _BY_ANOTHER_RE.match(sentence, match.end()):
            continue  # 其第二款由…第72号暂停实施: what another notice did to it
        clause = _clause_path(match)
        # (…；第二款中涉及石墨两用物项的内容，自…起恢复实施: a bare clause's part named in words, as after a reference)
        found.append(
            (number, match.group(0), _clause_in_words(sentence, match, clause, match.start()), match.start())
        )
        _more_clauses(sentence, match.end(), number, clause, found)
    return found + _later_points(sentence, number, found, end)


# 三、将第三款第2目中的“…”修改为“…”，第3目中的“…”修改为“…”: a segment opening on a bare point
_LATER_POINT_RE = re.compile(r"(?<=[,，;；])\s*第\s*(?P<point>\d{1,3})\s*目")


def _later_points(sentence: str, number: NoticeNumber, found: list[Ref], end: int) -> list[Ref]:
    """A later segment opening on a bare point, with an act of its own, acts on that point of the clause the last
    reference before it with a point named (its sibling)."""
    known = {ref[2] for ref in found}
    later: list[Ref] = []
    for match in _LATER_POINT_RE.finditer(sentence, found[0][3] if found else end, end):
        pointed = [r for r in found if r[3] < match.start() and (r[2] or "").split("/")[-1].isdigit()]
        if not pointed:
            continue
        path = "/".join([*(pointed[-1][2] or "").split("/")[:-1], match.group("point")])
        if path not in known and _verb(sentence[slice(*_segment(sentence, match.start()))]) is not None:
            later.append((number, match.group(0).strip(), path, match.start()))
            known.add(path)
    return later


# 除第一条第（一）项、第（二）项以外的其他条款 / 除第三款外: the parts left out of what is acted on
_REST_BESIDES_RE = re.compile(r"\s*(?:以外|之外)\s*的?\s*(?:其他|其余|其它)")
_EXCEPTED_RE = re.compile(
    r"除\s*[^,，。;；除]{1,60}?(?:以外|之外|外)(?=的|[,，]|\s*(?:其他|其余|其它|各|所有|全部))"
    # (2 | …第61号 | 第一条第（一）项、第（二）项以外的其他条款 | 恢复实施: the same without 除)
    r"|第[^,，。;；除]{1,60}?(?:以外|之外)(?=的?\s*(?:其他|其余|其它))"
    # (…第61号，第一条第（一）项除外，自…起恢复实施: a clause left out, printed before 除外)
    r"|第[^,，。;；除]{1,60}?除外(?=\s*[,，。;；]|$)"
)
_JOINED_OBJECT_RE = re.compile(r"\s*(?:以及|及其|及|和|并且|并)\s*第")


# 四、增加一款，作为第五款：“…”: the part named is the one the segment before creates
_CREATED_BEFORE_RE = re.compile(
    r"(?:增加|增列|新增|增设|补充)\s*(?:一|二|两|三|四|五)?\s*(?:款|条|项|目)\s*[,，]?\s*作为\s*(?:该款|该条|该项|本款|本条)?\s*(?:的)?\s*$"
)


def _acted_after(sentence: str, match: re.Match[str], owned: bool = False) -> bool:
    """第一款第（一）项中的“…”，更正为“…”: the verb opens the segment after the clause's, naming nothing else
    (under an owning intro, any verb of that next segment: …所列…物项，自…起继续暂停实施); or the clause is the one
    the segment before creates (增加一款，作为第五款)."""
    created = _CREATED_BEFORE_RE.search(sentence, 0, match.start())
    # (第十三条增加一款，作为第二款: the article printed before holds the new paragraph — the act is on it)
    if created and not re.search(r"(?:条|款|项)\s*中?\s*$", sentence[: created.start()]):
        return True
    begin, end = _segment(sentence, match.start())
    after_end = _segment(sentence, end + 1)[1] if end < len(sentence) else end
    after = sentence[end + 1 : after_end] if end < len(sentence) else ""
    if _BARE_CLAUSE_RE.search(after) is not None or _REF_RE.search(after):
        return False
    # (…第58号第一款，…继续暂停实施三个月；第三款第（三）项、第（四）项，不再执行: a part after a semicolon
    # opens its own act on the notice named before, stated in the segment after it)
    opens_part = sentence[: match.start()].rstrip().endswith((";", "；"))
    # (（一）第一款第（三）项“…”后，补充“…”: the verb's words run across the two segments)
    return bool(re.match(r"\s*(?:更正|修改|改|调整|替换)为", after)) or (
        (owned or opens_part) and (_verb(after) is not None or _verb(sentence[begin:after_end]) is not None)
    )


def _with_object_clauses(sentence: str, refs: list[Ref], covered: list[tuple[int, int]]) -> list[Ref]:
    """`refs` with each whole-notice reference narrowed to the bare clauses printed after it.

    In the reference's own segment (对…第55号删去第三款) or after a segment that only names it (…第55号作如下
    修改：删去第三款) the clauses replace the whole notice; after a segment that acts on it (暂停实施…第61号，
    其中第二款恢复实施) they are acted on besides."""
    out: list[Ref] = []
    starts = sorted(r[3] for r in refs)
    for ref in refs:
        number, _label, clause, position = ref
        if number is None:
            out.append(ref)
            continue
        end = next((p for p in starts if p > position), len(sentence))
        seg_start, seg_end = _segment(sentence, position)
        if clause is not None:
            # 将…第二款第（二）项中的“…”修改为“…”，将第五款第（一）项中的“…”修改为“…”: a further clause of the
            # same notice, acted on in a segment of its own
            # (…第三款第2目中的“…”调整为“…”，第3目中的“…”调整为“…”: a later segment opening on the point's sibling)
            bare = _bare_clauses(sentence, number, seg_end, end, covered)
            out += [ref, *bare, *_later_points(sentence, number, [ref, *bare], end)]
            continue
        # (对…〔2025〕3号所列4家美国实体采取的第三项、第四项处理措施，自…起暂停实施: the parts the reference's own
        # segment names are acted on by the segment after it)
        found = _bare_clauses(sentence, number, position, min(seg_end, end), covered, owned=True)
        # (…第61号，第一条第（三）项及第二条至第七条，自…起恢复实施: the reference's segment names it alone, the clauses follow)
        alone = re.search(r"号\s*(?:公告)?\s*[,，]?\s*$", sentence[seg_start:seg_end]) is not None
        found += _bare_clauses(sentence, number, min(seg_end, end), end, covered, owned=alone)
        own_segment = _AMEND_INTRO_RE.sub("", sentence[seg_start:seg_end])
        # (…第61号，恢复实施，其中第一条第（一）项…继续暂停实施: a segment between acts on the whole notice)
        acted_between = bool(found) and _verb(sentence[seg_end : found[0][3]]) is not None
        replaced = found and (found[0][3] < seg_end or (_verb(own_segment) is None and not acted_between))
        out += found if replaced else [ref, *found]
    return out


# 2048年以来，商务部、海关总署发布2026年第1361号公告，…对部分出口管制措施暂停实施: told since a year or a month
_SINCE_THEN_RE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:以来|初|底|末|上半年|下半年)|近年来)\s*[,，]"
    r"[^。;；]{0,60}?(?:发布|公布|印发)"
)
# 2025年11月9日，商务部发布2025年第72号公告，决定…暂停实施…: what an earlier notice did, told as background.
# (商务部、海关总署于2025年10月9日发布…公告，…: the bodies named first, then the day they acted)
_HISTORY_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?(?:[^,，。;；\d]{1,24}?于\s*)?"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*[,，]?\s*[^,，。;；]{0,40}?(?:发布|公布|印发|出台|决定|宣布)"
)
# 商务部、海关总署2026年12月10日发布的2026年第1801号公告，决定…: what a notice issued on an earlier day decided, told
# (not 2026年2月24日公布的…第12号所列20家日本实体，自…起移出…: that notice named by its day, and acted on)
_ISSUED_DID_RE = re.compile(
    # (not 对…2025年10月9日发布的…第61号公告，决定…停止实施: the notice the sentence acts on, named by its day)
    r"^\s*[^,，。;；\d对将]{0,24}?(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:发布|公布|印发)的\s*"
    r"[^,，。;；]{0,40}?号(?:公告|决定)?\s*[,，]\s*(?:决定|将)"
)
# …所列15家美国实体的相关措施已于2025年11月10日停止实施 / 工作机制曾于2025年4月4日发布公告…: an act done on an
# earlier day, told as background
_ALREADY_ON_RE = re.compile(
    r"(?:已|业已|已经|曾|曾经)(?:于|在|自|从)\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
# 2025年第56号公告于2036年8月1日中止执行期满后恢复实施: a notice's act on a day before this one, told without 已
_REF_ON_DAY_RE = re.compile(
    r"(?:号|款|项|条)\s*(?:公告|决定)?\s*于\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?![^,，。;；]{0,30}?继续)"
)
_ALREADY_DONE_RE = re.compile(
    r"(?:已|业已|已经)(?:依照|根据|按照|依据|经|由)[^。;；]{0,60}?(?:暂停|中止|停止|恢复|废止)(?:实施|执行|适用)?"
    # (…第39号施行时，已将…第50号同时废止 / 两部门已先后以第1226号、第1227号公告废止了部分公告: done before, told)
    r"|(?:已|业已|已经)(?:先后|分别)?将[^。;；]{0,60}?(?:废止|暂停|停止|恢复)"
    r"|(?:废止|暂停|中止|恢复|调整|修改|停止)(?:实施|执行|适用)?了"
)
# …所列16家美国实体的相关措施，此前已暂停实施。 / …，已于此前暂停实施，暂停期限至…: a state reached before, told
# (此前，下列公告已暂停实施： / 此前，商务部以第70号公告将下列公告暂停实施： / 截至目前，下列措施仍在实施中：, told —
# not 此前暂停实施的下列公告，分别按照以下安排处理： or …，现作如下调整：, an intro to acts)
_TOLD_LIST_INTRO = (
    r"^\s*(?!(?:[^。;；:：]*?(?:处理|决定|现将|现对|现作|现就|作如下|作出如下|按照以下|如下调整|自\s*(?:19|20)\d{2}\s*年[^,，。;；:：]{0,12}?起)))"
    # (…延长如下： / …，暂停期限调整为： acts — not 暂停期限已（经）延长为一年： / 已于…调整为 / 以…公告将下列公告的暂停期限调整为…：,
    # told in the comma clause that prints the verb)
    # (已/曾 governing the verb, whatever stands between — 已延长为, 已经国务院批准延长为, 已于近日延长为, 已由一年延长为两年,
    # 曾两次延长为 — tells; 根据已公布的评估结果调整如下 / 暂停期限分别调整为 act)
    r"(?!(?:[^。;；:：]*?[,，])?"
    r"(?![^。;；:：,，]*?(?:以[^。;；:：,，]{0,24}?(?:公告|令)\s*将|(?:已|曾)[^。;；:：,，的]{0,12}?"
    r"(?:(?:调整|安排|处理|延长|修改|变更)(?:如下|为)|予以调整)))"
    r"[^。;；:：,，]*?(?:(?:调整|安排|处理|延长|修改|变更)(?:如下|为)|予以调整))"
    r"(?:(?:此前|之前|先前|前期)\s*[,，]?\s*(?:[^。;；:：]{0,30}?(?:下列|以下)[^。;；:：]{0,24}?(?:已|已经|业已|曾)"
    r"|[^。;；:：]{0,20}?以[^。;；:：]{0,24}?(?:公告|令)\s*将\s*(?:下列|以下))"
    r"|(?:截至目前|截至本公告(?:发布|印发)之日|目前)\s*[,，]?\s*[^。;；:：]{0,20}?(?:下列|以下)"
    r"[^。;；:：]{0,24}?(?:已|已经|业已|仍|均))[^。;；:：]{0,24}[:：]"
)
_PRIOR_STATE_RE = re.compile(
    r"(?:(?:此前|之前|先前|前期)\s*(?:已|已经|业已)|(?:已|已经)\s*于\s*(?:此前|之前))\s*(?:被)?"
    r"(?:暂停|中止|暂缓|停止|恢复|废止)(?:实施|执行|适用)?"
    # (商务部、海关总署此前对2025年第55号、第57号等公告的部分条款暂停实施。: the same, the agent and object between)
    r"|(?:此前|之前|先前|前期)\s*(?:曾)?\s*对[^。;；]{1,60}?(?:暂停|中止|暂缓|停止|恢复|废止)(?:实施|执行|适用)?\s*[。;；]?\s*$"
    # (此前，下列公告已暂停实施： / 截至目前，下列措施仍在实施中：, the rows under it: what stands, told)
    # (此前，商务部公告2025年第55号已暂停实施。 / 目前，…第57号第三条仍暂停实施，自…起至…止。: the state, told)
    r"|^\s*(?:此前|之前|先前|目前|截至目前)\s*[,，]?[^。;；:：]{0,120}?(?:已|已经|业已|仍|仍然)\s*(?:被)?(?:暂停|中止|暂缓|停止|恢复|废止)"
)
# …第58号现行暂停期限至2031年11月10日。 / 其后该款暂停实施期限经数次延长，现行期限至…: the window as it now runs, told
_RUNNING_WINDOW_RE = re.compile(
    r"现行(?:的)?(?:暂停(?:实施)?)?(?:期限|期间)\s*(?:为|是)?\s*(?:至|到)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)
_EXTENDED_BEFORE_RE = re.compile(r"经(?:数次|多次|历次|几次|两次|三次)?(?:延长|延续)")


def _running_window_told(sentence: str) -> bool:
    """A sentence that only tells a window as it now runs (…第58号现行暂停期限至2031年11月10日。), acting on nothing — not
    …恢复实施…（现行暂停期限至…）, 废止…，该公告现行暂停期限至…, 延长…现行暂停期限至…: acts beside the window told."""
    running = _RUNNING_WINDOW_RE.search(sentence)
    if running is None:
        return False
    rest = sentence[: running.start()] + sentence[running.end() :]
    extended = _EXTENDED_BEFORE_RE.search(rest)
    rest = _EXTENDED_BEFORE_RE.sub("", rest)
    if re.search(r"延长|延期|顺延|决定|调整|现将|恢复|废止|停止|取消|继续|到期后|届满后", rest):
        return False
    return _verb(rest) is None or extended is not None


# …施行以来，…；2025年，工作机制先后决定暂停实施…，停止实施…: what was done in a year gone, told
_PAST_YEAR_RE = re.compile(
    r"(?:^|[;；,，])\s*(?P<year>(?:19|20)\d{2})\s*年\s*[,，]\s*[^。;；]{0,24}?"
    # (2025年，商务部还先后对…第22号、第13号公告所列美国实体停止执行相关措施: the same, said of the acts)
    r"(?:(?:先后|分别|曾|已)?(?:决定|发布|宣布)|(?:先后|分别|曾|已经?)[^。;；]{0,40}?(?:暂停|停止|恢复|废止|列入|移出))"
)


def _past_year(sentence: str, published_on: dt.date | None) -> bool:
    told = _PAST_YEAR_RE.search(sentence)
    return told is not None and published_on is not None and int(told.group("year")) < published_on.year


# …第二项处理措施，在原定暂停期限内继续暂停实施，期限届满后自动恢复实施: a window running on as it was set, and
# what happens when it ends by itself — told, no act
_RUNS_ON_RE = re.compile(
    r"在原(?:定|有|规定)?的?(?:暂停|中止)?(?:实施)?(?:期限|期间)内\s*(?:继续|仍)?\s*(?:暂停|中止|暂缓)(?:实施|执行)?"
    r"\s*[,，]\s*(?:期限|期满|届满)[^。;；]{0,12}?自动恢复"
)


# (…，届时恢复实施 / …，暂停期满后恢复实施: when a window ends, printed after it)
_AT_WINDOW_END = r"[,，]\s*(?:届时|(?:暂停)?(?:期满|届满|到期)(?:后|以后|之后))\s*[,，]?\s*"
_TOLD_TAIL_RE = re.compile(
    rf"{_AT_WINDOW_END}(?:将|即|自动)?\s*(?:予以)?恢复(?:实施|执行|适用)"
    r"|已(?:经)?\s*(?:被)?(?:暂停|中止|恢复|停止|废止)(?:实施|执行|适用)?"
)


def _prior_state(sentence: str) -> bool:
    """A state reached before, told — when nothing before it in the sentence acts (…自2027年5月1日起停止执行，其中…
    此前已暂停实施: the act stands), nor after it (此前已暂停实施的…第55号，继续暂停实施至… / …已暂停实施至…，上述公告自…起
    恢复实施: the state names what the act is on). The rows of a told list intro tell with it."""
    if re.match(_TOLD_LIST_INTRO, sentence):
        return True
    prior = _PRIOR_STATE_RE.search(sentence)
    if prior is None or _verb(sentence[: prior.start()]) is not None:
        return False
    # (…，此前已暂停实施，暂停期限至2027年4月9日: its window as it stands, told with it)
    rest = _WINDOW_STATE_RE.sub("", re.sub(r"^(?:实施|执行|适用)", "", sentence[prior.end() :]))
    # (…，届时恢复实施 / …，期满后自动恢复实施 / …，第56号已恢复实施: the told plan, or another state told, beside it)
    rest = _TOLD_TAIL_RE.sub("", rest)
    return _verb(rest) is None and not re.search(
        r"[,，]\s*自\s*(?:19|20)\d{2}\s*年[^,，。;；]{0,12}?起(?![^。;；]*?止)", rest
    )


_BY_ATTACHED_CHANGES_RE = re.compile(
    r"(?:增加|修改|删除|删去|更正|调整)[、和及](?:增加|修改|删除|删去|更正|调整)[^。;；]*?按照(?:本公告)?附件(?:执行|办理|实施)"
)
# …已于该公告施行之日取消…，本公告对此不作调整 / …所列物项，不因本次清理恢复管制 / …自2024年12月1日起已不再适用: what
# stands, said to stand (this notice changes nothing of it)
_UNAFFECTED_RE = re.compile(
    r"(?:本公告|本决定)?对此(?:不作|不予|未作)(?:调整|变更|修改)|(?<=[,，;；此])\s*本(?:公告|决定)(?:不作|不予)(?:调整|变更|修改)|不因本(?:次|公告|决定)[^。;；]{0,20}?(?:恢复|改变|变化|调整)"
    r"|不受本(?:公告|决定|次)[^。;；]{0,6}?影响|已(?:经)?不再(?:适用|执行|实施)\s*[。;；]?\s*$"
    # (…已自2025年8月12日起停止执行，不适用本公告。: left out of this notice)
    # (…第56号、第57号的暂停实施事宜，不适用本公告，仍按原有决定执行。: the same, and the earlier decision holds)
    r"|不适用本(?:公告|决定)\s*(?:[,，]\s*(?:仍|继续)(?:按照|依照|按|依)[^。;；]{0,12}?(?:执行|办理))?\s*[。;；]?\s*$"
    # (…第21号…所涉暂停实施期限尚未届满，不在废止之列: left out of what this notice does)
    r"|不在(?:本次|本公告)?[^。;；出]{0,6}?(?:之列|调整范围|清理范围|废止范围)"
    # (…第55号至第58号的处理，按照…第1951号执行，不列入本次清理范围: left out of this clean-up)
    r"|不(?:列入|纳入)(?:本次|本公告)?[^。;；出]{0,6}?(?:调整范围|清理范围|废止范围)"
    # (该公告其余各条的暂停实施期限不变。: the windows stay as they are)
    r"|(?:期限|期间|安排|施行日期|实施日期)\s*(?:保持|维持)?不变\s*[。;；]?\s*$"
    # (前述第3项至第5项所列公告条款，暂停期限不作调整，按照原定期限执行: the same)
    r"|(?:暂停|中止)(?:实施)?(?:期限|期间)\s*(?:不作|不予|未作)(?:调整|变更)"
)
# 上述暂停措施经延续，将于2029年2月28日届满。: a sentence ending on the day a window ends, told
_ENDS_TOLD_RE = re.compile(
    # (…，现行暂停期限将于2033年1月31日届满。: the window named before its end)
    r"[,，]\s*(?:[^,，。;；]{0,10}?(?:期限|期间|措施|安排))?\s*(?:将|已|均)?\s*(?:分别)?\s*(?:于|在)\s*"
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    # (…将分别于2029年11月10日和2029年11月27日届满: two windows' ends, a note after)
    r"(?:\s*(?:和|、|及)\s*(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日)*\s*(?:届满|到期|期满)"
    r"\s*(?:[(（][^()（）]*[)）])?\s*[。;；]?\s*$"
)
_ALREADY_THEN_RE = re.compile(
    r"(?:已|业已|已经)(?:于|在)[^,，。;；]{1,40}?(?:之日|之时|当日|届满时)\s*起?\s*(?:废止|失效|停止(?:执行|实施)|不再(?:执行|实施))"
)
# (…已于2025年8月12日停止实施，该公告予以废止: what this notice now does to the notice the history names)
# (…已于2024年9月1日废止，相关物项依照…管理，本公告不再另作规定。: this notice named to say it decides nothing there)
_DECIDES_NOW_RE = re.compile(
    # (…已于2025年8月12日停止实施…〔2025〕8号相关措施，本公告不涉及该公告所列实体: this notice said to leave it alone)
    r"现决定|现将|现就|现予|特此|本(?:公告|决定)(?!第|不再|不作|不另|不涉及|对此|对其)|该(?:公告|决定)予以(?:废止|撤销)"
)
# (…，现就上述公告的暂停实施期限调整如下：: what the lines below do, announced)
_ANNOUNCES_RE = re.compile(r"(?:公告|通知|公布|说明|调整|安排|处理)如下\s*[:：]?\s*$")
_ANNOUNCED_NEXT_RE = re.compile(
    r"[ \t]*现(?:将|就|对)[^。\n]{0,24}?(?:公告|通知|公布)如下\s*[:：]?[ \t]*(?:\n|$)"
)


def _announces(sentence: str, text: str, end: int) -> bool:
    """Whether a sentence acting on no notice it names announces what follows: …调整事项公告如下：, or a decision summed
    up just before 现将有关事项公告如下：(…决定对上述公告规定的部分措施暂停实施。): the clauses below act."""
    return bool(_ANNOUNCES_RE.search(sentence) or _ANNOUNCED_NEXT_RE.match(text, end))


# (…第1031号公告对…的暂停实施期限作出了安排: what that notice settled, told)
_DONE_THEN_RE = re.compile(r"(?:作了|作出了|进行了)(?:延续|延长|安排|调整)")
_PUBLISHED_NEXT_RE = re.compile(
    r"\s*现将(?:调整|修改|修订)(?:后的|的)?[^。\n]{0,24}?(?:内容|目录|清单|条目)[^。\n]{0,16}?(?:予以)?(?:公布|发布|印发)"
)
# (…的部分条目作了调整，调整内容见附件，自2030年6月1日起施行 / …作了调整，现将调整内容公布如下: the adjustment this notice
# publishes, in the sentence telling it)
_PUBLISHED_HERE_RE = re.compile(
    r"(?:作了|作出了|进行了)(?:调整|修改|修订)\s*[,，]\s*(?:现将)?(?:调整|修改|修订)(?:后的|的)?(?:内容|条目)\s*"
    r"(?:见附件|(?:予以)?(?:公布|发布|印发))"
)
# 同年11月7日，…发布第70号公告，… / 2026年11月，相关暂停实施期限延续至…: a sentence opening on an earlier day (or
# month, or a day of the year told before) and a comma — the story so far, not this notice's act
_OPENING_DAY_RE = re.compile(
    # (自2025年8月12日起，…相关处理措施已停止执行；…: the same, said with 自)
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?(?:自|从)?\s*(?:(?P<year>(?:19|20)\d{2})\s*年|(?P<same>同年|当年))"
    r"\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?\s*(?:起)?\s*[,，]"  # (2025年11月10日起，…: from then on, told)
)
# (…此后经工作机制决定延续暂停，现行暂停期限至2043年11月10日届满；…: the window in force and its end, told)
_IN_FORCE_TOLD_RE = re.compile(
    r"现行(?:的)?(?:暂停|中止|暂缓)?(?:实施)?(?:期限|期间)\s*(?:将|已)?\s*(?:于|在|至)\s*"
    # (not …现行暂停期限于2037年1月31日届满后不再延长，该公告恢复实施: what follows the end, decided here)
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:届满|到期|期满)(?!\s*(?:后|之后|以后))"
)
# (…第1321号发布后，…暂停实施，暂停期限均至…届满: what followed that notice, told)
_SEQUEL_RE = re.compile(
    r"\s*(?:此后|其后|随后|嗣后|后经|之后|[^,，。;；]{0,40}?\d{1,4}\s*号(?:公告)?"
    # (…第2436号附件《…清单》公布后，: a list of that notice, named for the time since)
    r"(?:附件\s*\d{0,2}\s*)?(?:《[^》]{0,40}》)?\s*(?:发布|公布|施行|实施)(?:后|以来))\s*[,，]"
)
# 商务部、海关总署以2025年第55号公告对…实施出口管制，并以2025年第70号公告将上述公告暂停实施…: the acts of the
# notices named as the means (以…公告将/对…), an account of what they did
_BY_EARLIER_RE = re.compile(r"以\s*(?:" + _REF_RE.pattern + r")\s*(?:公告|令|决定)?\s*(?:将|对|把)")
# (依照商务部 海关总署公告2026年第1296号，…暂停实施至2044年6月30日: the state another notice set, told by its maker)
# (根据商务部公告2026年第1322号、第1324号，…: two makers, the number printed once)
_BY_MAKER_RE = re.compile(
    # (根据…第2586号、商务部公告2026年第2587号和…第2588号，…: several makers printed in full)
    r"^\s*(?:依照|按照|根据|依据)\s*(?:(?:"
    + _REF_RE.pattern
    + r")(?:\s*[、和及]\s*(?:(?:"
    + re.sub(r"\(\?P<\w+>", "(?:", _REF_RE.pattern)
    + r")|第?\s*\d{1,4}\s*号))*"
    # (根据2027年11月8日公布的有关公告，…暂停实施至2028年1月31日: the makers named by their day)
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:公布|发布|印发)的\s*(?:有关|相关)?)"
    r"\s*(?:公告|令|决定)?\s*(?:的规定)?\s*[,，]"
)


_TABLE_ROW_RE = re.compile(r"\S\s*\|\s*\S")
# A cell naming a part of the notice in the cell before it (第四款, 附件2, 中关于…的规定, 所列…)
_PART_CELL_RE = re.compile(r"^\s*(?:第|附件|中|关于|有关|所列|所附)")
# A cell that only names a notice by its title, or numbers the row: nothing to read from it
_TITLE_CELL_RE = re.compile(r"^\s*(?:\d{1,3}|《[^》]*》|(?:关于|公布)[^|]*|[^|号]*的(?:公告|决定|通知))\s*$")


# a column describing the notice the row names (its title, what it did): nothing in it is the row's act
# 备注 / 废止理由: a column that explains a row — an act only where it names another notice and tells nothing done before
_REMARK_COLUMN_RE = re.compile(r"备注|附注|说明|(?:废止|清理|调整|处理)?(?:理由|原因)")
_SUMMARY_COLUMN_RE = re.compile(r"^(?:主要内容|内容摘要|内容简介|简要内容|名称|标题|公告名称|文件名称|事由)$")
# the columns of a table of acts that print a window's ends
_ACT_LABEL_RE = re.compile(r"调整|处理|修改|变更|方式|措施|事项|内容")
_SOURCE_COLUMN_RE = re.compile(r"原公告(?:条款|文号)?|原(?:所在)?条款|原文号|来源|出处|原出处")
_START_COLUMN_RE = re.compile(r"^(?:起始|开始|起算|生效|施行|实施|执行|适用|废止|停止执行)?(?:日期|时间)$")
_WHOLE_CELL_RE = re.compile(r"\s*(?:全文|全部(?:条款|内容|规定)?|整体|所有条款)\s*")
_QUOTED_COLUMN_RE = re.compile(
    r"原内容|原文|原表述|(?:更正|修改)(?:前|后)(?:的)?(?:内容|表述)?|更正为|修改为"
)
_PERIOD_LABEL_RE = re.compile(r"期限|期间|时间|日期|时限")
_NO_CHANGE_CELL_RE = re.compile(r"\s*(?:不作|不予|未作|暂不)(?:调整|修改|变更|变动)|\s*(?:维持|保持)不变")
_END_COLUMN_RE = re.compile(r"(?:截止|终止|结束|届满|到期)(?:日期|时间|日)$")


def _row_text(row: str, header: list[str], periods: bool = True, remarks: bool = True) -> str:
    """A table row (`1 | 商务部公告2025年第61号 | 第七条 | 自2026年11月11日起6个月`) as a clause of prose: the
    part joined to the number it belongs to, other cells after their column's name (暂停期限：…), the cells
    that print the row's period last, wherever their column stands (期限 | 涉及条款 | 处理方式). Without `periods`,
    the cells of the columns that print a period are left out (what the row itself does); without `remarks`, the
    cells of a 备注 column (what the row itself does, not what is said of it)."""
    out: list[str] = []
    tail: list[str] = []  # the period's cells
    cells = [c.strip() for c in row.split("|")]
    labels = [header[i] if i < len(header) else "" for i in range(len(cells))]
    # (主要内容 | 暂停实施2025年第55号…公告: what the listed notice did, described — not this row's act, once
    # another cell prints the row's own number)
    numbered = any(
        _REF_RE.search(c) for c, lab in zip(cells, labels, strict=True) if not _SUMMARY_COLUMN_RE.search(lab)
    )
    # (a table without a column of acts: a 原公告条款 column says where an entry came from; beside 调整方式 it is the
    # clause acted on)
    sources = not any(_ACT_LABEL_RE.search(lab) for lab in labels)
    for cell, label in zip(cells, labels, strict=True):
        if not cell or (_TITLE_CELL_RE.match(cell) and not _REF_RE.search(cell)):
            continue
        if (numbered and _SUMMARY_COLUMN_RE.search(label)) or (
            sources and _SOURCE_COLUMN_RE.fullmatch(label.strip())
        ):
            continue  # (… | 原公告条款 | 2023年第23号第一款第（一）项第1目: where a consolidated entry came from, no act)
        # 全文 / 全部条款: the whole notice, as the number alone says; 原内容 | 更正后内容: words corrected, no act
        quoted = _QUOTED_COLUMN_RE.fullmatch(label.strip())
        skipped = (not periods and _PERIOD_LABEL_RE.search(label)) or (
            not remarks and _REMARK_COLUMN_RE.fullmatch(label.strip())
        )
        if _WHOLE_CELL_RE.fullmatch(cell) or quoted or skipped:
            continue
        if out and re.search(r"号\s*(?:公告|令)?$", out[-1]) and _PART_CELL_RE.match(cell):
            out[-1] += cell
        elif re.fullmatch(r"起止(?:日期|时间)", label) and not cell.startswith("自"):
            tail.append(f"期间:{cell}")  # 起止日期 | 2026年12月15日至2027年6月14日: the window, both ends
        elif _END_COLUMN_RE.search(label):
            tail.append(f"至{cell}")  # 截止日期 | 2027年5月10日 (另行公告: no end)
        elif _START_COLUMN_RE.search(label):
            tail.append(f"自{cell}起")  # 起始日期 | 2026年11月11日 / 日期 | …: the day the row's act starts
        elif (
            _REF_RE.search(cell)
            or not label
            or (not _PERIOD_LABEL_RE.search(label) and _verb(cell))
            or _NO_CHANGE_CELL_RE.match(cell)
        ):
            # (调整内容 | 恢复实施: the act itself, not words of its column's name; 调整措施 | 不作调整，继续执行: no
            # act, and the column's name is none either)
            out.append(cell)
        else:
            (tail if _PERIOD_LABEL_RE.search(label) else out).append(f"{label}:{cell}")
    return ",".join(out + tail)  # (the text is read in its NFKC form: half-width punctuation)


_CLAUSE_NUMBER_RE = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*|[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]\s*)?"
)
# (…第70号决定，…暂停实施至2026年11月10日: what that notice decided, told)
# (…2026年第1181号公告规定，…第56号第一条暂停实施6个月，…: what that notice provided, told)
# (…第731号公告将…的暂停实施期限延长至…: what that notice did — not …第62号将自2026年11月11日起暂停实施 / 将继续暂停实施,
# 将 of the time to come before this notice's own act)
_DID_RE = re.compile(
    r"\s*(?:公告)?\s*(?:将(?!\s*(?:自|从|于|在|继续|予以|不再|按照|依照)"
    # (…第70号将暂停实施期限延长至…: 将 of a deed, its object the period — not 将暂停实施, an act to come)
    r"|\s*(?:暂停|中止|恢复|停止|废止|失效|延长|延期)(?![^,，。;；]{0,6}?(?:期限|期间|安排|措施|日期)))|把"
    # (…第55号、第56号决定暂停实施的措施，自…起恢复实施: the measures named by who decided them, acted on now)
    r"|(?:已|曾)?(?:决定|宣布)(?!\s*(?:予以)?(?:继续)?(?:暂停|中止|暂缓|恢复|停止|废止)(?:实施|执行|适用)?的)"
    r"|(?:已|曾)?规定\s*[,，:：]"
    # (…第2201号、第2202号公告先后暂停实施上述两份公告…: what they did, one after the other — not …先后暂停实施的措施)
    r"|(?:先后|相继)\s*(?:暂停|中止|恢复|停止|废止|延长|修改|调整)(?!\s*(?:实施|执行|适用)?的))"
)
# (…第71号最近一次将其延长至… / …第1071号此前已将上述公告…: a notice named as the doer of a past act on them)
_DID_SINCE_RE = re.compile(
    r"\d{1,4}\s*号(?:公告)?\s*(?:最近一次|此前|曾经?|先后|再次|又)\s*(?:已经?)?\s*将\s*(?:其|上述|该|前述)"
    # (…公布后，商务部、海关总署先后发布2026年第2437号、第2438号公告，对清单所列物项作了增列、更正和调整: what they did)
    r"|先后(?:发布|公布|印发)[^。;；]{0,60}?号(?:公告)?[^。;；]{0,30}?作了[^。;；]{0,12}?(?:增列|更正|调整|修改|删除|补充)"
    # (第2437号、第2438号公告所作的增列、更正和调整均已纳入本公告附件: those notices' changes, said to be carried over)
    r"|号(?:公告)?\s*所作的?[^。;；]{0,16}?(?:均|都)?已(?:经)?(?:纳入|并入|吸收|汇总)"
)
_ALREADY_RE = re.compile(
    r"\s*(?:已经|已|曾)(?:决定|规定|明确|宣布|通知|公告|发布"
    # (…第2246号已对同日发布的第55号至第58号公告的暂停实施安排作出调整: what that notice did)
    r"|对[^。;；]{0,60}?(?:作出|作了|进行了?)(?:调整|修改|规定|安排))"
)


def _opens_on_earlier_day(sentence: str, published_on: dt.date | None) -> bool | None:
    """Whether a sentence opening on a day, a month or 同年… and a comma tells of before publication (None: it
    opens on none, or says what this notice does)."""
    opening = _OPENING_DAY_RE.match(sentence)
    if opening is None or _DECIDES_NOW_RE.search(sentence) or published_on is None:
        return None
    if opening.group("same"):
        return True
    printed = (int(opening.group("year")), int(opening.group("month")), int(opening.group("day") or 0))
    if "起" in opening.group(
        0
    ):  # (2026年5月25日起，…暂停实施…: a start, told only when well before, as 自…起 is)
        published_on -= dt.timedelta(days=_TOLD_START_DAYS)
    return printed < (published_on.year, published_on.month, published_on.day if opening.group("day") else 0)


# (…2026年第2201号、第2202号公告先后…: the numbers of one series after the first)
_SIBLING_NUMBERS_RE = re.compile(r"(?:\s*(?:、|和|及|与)\s*第\s*\d{1,4}\s*号)*")


def _past(pattern: re.Pattern[str], text: str, position: int) -> int:
    """Where reading resumes after what `pattern` (which may match nothing) matches at `position`."""
    found = pattern.match(text, position)
    return found.end() if found else position


_EXTENDED_TO_RE = re.compile(r"(?:延长|延期|顺延)\s*至\s*(?:19|20)\d{2}\s*年")


_BRACKETED_RE = re.compile(r"[(（][^()（）]*[)）]")
# 已于2025年11月10日停止实施: an act done on a printed day (told when that day is before the notice's)
_DONE_ON_DAY = (
    rf"已(?:经)?于\s*(?P<day>{_DATE})\s*(?:起)?\s*(?:停止|暂停|中止|恢复|废止|失效|终止)(?:实施|执行|适用)?"
)
_DONE_ON_DAY_RE = re.compile(rf"{_DONE_ON_DAY}\s*[。;；]?\s*$")


# (…第63号所附《商用密码出口管制清单》自2024年12月1日起不再适用后，…: an act of an earlier day as the time of what follows)
_AFTER_DONE_RE = re.compile(
    rf"自\s*(?P<day>{_DATE})\s*起[^,，。;；]{{0,12}}?(?:不再适用|废止|失效|停止(?:执行|实施)|暂停实施|恢复实施)\s*(?:以|之)?后\s*[,，]"
)


def _done_on_earlier_day(sentence: str, published_on: dt.date | None) -> bool:
    """Whether the sentence ends on an act done on a day before the notice's (…，已于2025年11月10日停止实施。), or opens
    on one as the time of what it tells (…自2024年12月1日起不再适用后，…)."""
    after = _AFTER_DONE_RE.search(sentence)
    if after is not None and published_on is not None and not re.search(r"现决定|本公告|本决定", sentence):
        day = parse_date(after.group("day"))
        # (…暂停实施后，该公告第一款…继续暂停实施: an act of this notice follows, on the notice named for the time)
        acts_after = _REF_RE.search(sentence, after.end()) or re.search(
            r"该(?:公告|决定)|上述公告", sentence[after.end() :]
        )
        if day is not None and day < published_on and not acts_after:
            return True
    done = _DONE_ON_DAY_RE.search(sentence)
    if done is None or published_on is None or re.search(r"现决定|本公告|本决定", sentence):
        return False
    if _verb(sentence[: done.start()]) is not None:
        return False  # (…恢复实施…第61号第二条，该公告第三条已于…停止实施: an act now, beside one told)
    day = parse_date(done.group("day"))
    return day is not None and day < published_on


def _only_as_arranged(before: str) -> bool:
    """…第46号第二款…暂停期满后按照原定安排恢复实施，本公告不作调整: every act before the phrase goes ahead as arranged — not
    …第一条按照原定安排恢复实施，该公告第二条继续暂停实施至…, where another act is this notice's."""
    acting = [part for part in re.split(r"[,，;；]", before) if _verb(part) is not None]
    return bool(acting) and all(re.search(r"按照?原定(?:安排|计划)", part) for part in acting)


def _nothing_done_before(before: str) -> bool:
    """Whether the words before a "stays as it is" phrase decide nothing of this notice's: no act dated by it and no
    decision (自2026年7月1日起，…恢复实施，该公告其他条款的暂停期限不变 acts; …已于…取消…，本公告对此不作调整 does not)."""
    dated_act = (  # (自2026年7月1日起，…恢复实施，… — not …已自2024年12月1日起废止，…)
        # (…的暂停期限，由2033年7月31日延长至2034年1月31日；…暂停期限不变: a window extended to a printed day)
        (
            _FROM_RE.search(before) is not None
            # (not …的暂停期限经…第1181号延长至…: what another notice did, told)
            or (
                _EXTENDED_TO_RE.search(before) is not None
                and not re.search(
                    r"经[^,，。;；]{0,40}?号\s*(?:公告)?\s*(?:决定)?\s*(?:延长|延期|顺延)", before
                )
            )
        )
        and _verb(before) is not None
        and not re.search(r"已|曾", before)
    )
    return not dated_act and not _DECIDES_NOW_RE.search(before)


# (…恢复实施；该公告第三条的暂停实施安排不变。: a ；-part saying another part of the target stays names no target)
# (only from the last comma: …；…第58号暂停实施至…，其他管理安排不变 keeps its act)
_STAYS_PART_RE = re.compile(
    r"(?<=[;；,，])[^;；,，。]*?(?:期限|期间|安排|施行日期|实施日期)\s*(?:保持|维持)?不变\s*[。;；]?\s*$"
)
# (；该公告第三条的暂停实施安排不变 / ；其余各条…不变: the part that stays is another part of the target)
_OTHER_PART_RE = re.compile(
    r"(?:(?:该公告|上述公告|原公告|其)\s*)?(?:第\s*[一二三四五六七八九十]+\s*(?:条|款|项)|其[他余]|余下)"
)


def _other_part_stays(sentence: str, at: int) -> bool:
    """…第58号第一条、第二条恢复实施；该公告第三条的暂停实施安排不变: the part said to stay, in a ；-part of its own, is
    another part of the target than the one the words before act on, undated and untold as they are."""
    start = max((m.end() for m in re.finditer(r"[;；]", sentence[:at])), default=0)
    if start == 0 or not _OTHER_PART_RE.search(sentence[start:at]):
        return False
    before = sentence[:start]
    return _verb(before) is not None and not re.search(r"已|曾|此前|之前|前经", before)


# (…第55号…以及…第62号的暂停期限至2066年7月31日，其中第58号公告第三条届时将恢复实施: the windows as they stand)
# (…第46号第二款中涉及石墨两用物项的内容，暂停期限至2067年1月1日，届时将恢复实施；…，暂停期限已延长至…: the same)
_WINDOW_STATE_RE = re.compile(
    rf"(?:的|[,，])\s*暂停(?:实施)?期限\s*(?:仍|均|分别|将|已(?:经)?(?:延长|顺延|延续))?\s*(?:为|至)\s*{_DATE}"
)
_WINDOW_CHANGED_RE = re.compile(
    r"(?<!已)(?<!已经)(?:延长|顺延|延续|延至)|调整|变更|改为|决定|继续暂停|现将|现对|自\s*(?:19|20)\d{2}\s*年[^,，。;；]{0,12}起"
    # (经国务院批准，…的暂停期限分别至… / 为…，经国务院批准，… / 二、经…研究并报国务院批准，…: a decision — not 此前，经
    # 国务院批准，…, told)
    r"|^(?:(?!此前|之前|先前|前期|曾|已)[^。;；])*?经[^,，。;；]{0,20}批准"
)


def _window_state_told(sentence: str) -> bool:
    """A window said as it stands (…的暂停期限至…; …届时将恢复实施), nothing changed by this sentence: told."""
    # (a sentence naming no notice, 相关措施此后经多次暂停实施，暂停期限至…, tells the window of the one named before: it is
    # read as such where no reference is)
    if (
        not _WINDOW_STATE_RE.search(sentence)
        or _WINDOW_CHANGED_RE.search(sentence)
        or not _REF_RE.search(sentence)
        # (a row or clause of its own, （一）…第61号，暂停期限至…； under 下列公告暂停实施：, acts — unless it says the state
        # stands: 五、…的暂停期限至2058年3月31日，其后续安排另行公告)
        or (_NUMBERED_START_RE.match(sentence) and not re.search(r"仍|另行公告|届时|不变", sentence))
    ):
        return False
    # (…，暂停实施对其采取的管控措施，暂停期限至2030年9月30日: an act, its window printed after it)
    # (…，届时将恢复实施 / 届时如无新的安排，该公告将恢复实施: what will happen then, told)
    rest = re.sub(r"届时[^。;；]{0,16}?恢复(?:实施|执行)", "", _WINDOW_STATE_RE.sub("", sentence))
    return _verb(rest) is None


def _did_since_only(sentence: str) -> bool:
    """What other notices did, told (…所作的调整均已纳入本公告附件。), with no act of this notice after it in the
    sentence: …，上述公告自本公告施行之日起废止 / …，现决定将上述公告废止 still repeal them."""
    did = _DID_SINCE_RE.search(sentence)
    if did is None:
        return False
    rest = sentence[did.end() :]
    comma = re.search(r"[,，]", rest)
    return comma is None or _verb(rest[comma.end() :]) is None


def _told_as_history(sentence: str, published_on: dt.date | None, after: str = "") -> bool:
    """Whether the sentence opens with an earlier day on which another notice was issued, or tells what
    another notice already decided (…第72号已决定自…起…暂停实施…). `after` is the text after the sentence: an
    adjustment said done (…对…第57号公布的《目录》部分条目进行了调整。) is this notice's when the next sentence publishes
    its content (现将调整内容（见附件）予以公布，自…起施行。)."""
    if _done_on_earlier_day(sentence, published_on) or _did_since_only(sentence):
        # (…对因美纳公司采取的处理措施（…〔2025〕6号），已于2025年11月10日停止实施: done before, told; …公告2045年第71号
        # 最近一次将其延长至2046年11月10日: what that notice did)
        return True
    unaffected = _UNAFFECTED_RE.search(sentence)
    if (
        unaffected is not None
        # (…暂停期满后按照原定安排恢复实施，本公告不作调整: what was arranged before goes ahead, whatever day it names)
        and (
            _nothing_done_before(sentence[: unaffected.start()])
            or _only_as_arranged(sentence[: unaffected.start()])
        )
        and not _other_part_stays(sentence, unaffected.start())
    ):
        return True  # (…已于…取消…，本公告对此不作调整: what stands, said to stand — not …恢复实施，其他条款的期限不变)
    if _BY_ATTACHED_CHANGES_RE.search(sentence) and not re.search(
        r"现决定|现将|现就|自[^,，。;；]{0,20}?起", sentence
    ):
        # (…所列物项的增加、修改、删除…，按照本公告附件执行: the attachment's rows act, each dated, the sentence points; a
        # decision dated by the sentence itself — 现决定，…自2026年7月1日起按照本公告附件执行 — stays its act)
        return True
    numbered = _CLAUSE_NUMBER_RE.match(sentence)  # (it matches the empty string too)
    opening = _REF_RE.match(sentence, numbered.end() if numbered else 0)
    if opening is not None and _ALREADY_RE.match(sentence, opening.end()):
        return True
    if (
        opening is not None
        and _DID_RE.match(sentence, _past(_SIBLING_NUMBERS_RE, sentence, opening.end()))
        and not _DECIDES_NOW_RE.search(sentence)
    ):
        return True  # …2026年第731号公告将…的暂停实施期限，延长至2026年12月31日: what that notice did
    # …第50号已于…第39号施行之日废止，不在本次清理范围之内 (an end that came with another's act); …第55号、第56号，
    # 已依照…第70号暂停实施至… (what was done before); …此后暂停期限经两部门公告作了延续：… (what was done); 此后，经评估，
    # 上述公告的暂停实施期限延续至… (the story going on); 商务部…以2025年第55号公告对…实施出口管制，并以第70号公告将…
    # 暂停实施 (the means named): all told, unless the sentence says what this notice now does
    told_so = (
        _ENDS_TOLD_RE.search(sentence)
        or _ALREADY_THEN_RE.search(sentence)
        or _ALREADY_DONE_RE.search(sentence)
        or _prior_state(sentence)
        or _running_window_told(sentence)
        or _RUNS_ON_RE.search(sentence)
        or _past_year(sentence, published_on)
        or (
            _DONE_THEN_RE.search(sentence)
            and not _PUBLISHED_NEXT_RE.match(after)
            and not _PUBLISHED_HERE_RE.search(sentence)
        )
        or _SEQUEL_RE.match(sentence)
        or _BY_EARLIER_RE.search(sentence)
        or _BY_MAKER_RE.match(sentence)
        or _IN_FORCE_TOLD_RE.search(sentence)
        or _SINCE_THEN_RE.match(sentence)
        or _window_state_told(sentence)
    )
    if told_so and not _DECIDES_NOW_RE.search(sentence):
        return True
    earlier = _opens_on_earlier_day(sentence, published_on)
    if earlier is not None:
        return earlier
    told = _HISTORY_RE.match(sentence) or (
        _ISSUED_DID_RE.match(sentence) if not re.search(r"本(?:公告|决定)", sentence) else None
    )
    if told is None:
        told = _ALREADY_ON_RE.search(sentence) or _REF_ON_DAY_RE.search(sentence)
        if (
            told is None
            or _DECIDES_NOW_RE.search(sentence)
            or _acts_beside_told(sentence, told.end(), published_on)
        ):
            return False
    day = parse_date(told.group("date"))
    return day is not None and (published_on is None or day < published_on)


# …在90天内暂停实施该公告第一款第（二）项 / …规定的暂停期限已经届满，上述两个公告宣布失效: an anaphor inside
# the sentence that names its notices: a clause of the last one, or all of them (the makers of earlier
# suspensions too, which are no targets when only named).
_INNER_CLAUSE_RE = re.compile(
    rf"(?:该|上述|前述)(?:公告|决定)\s*(?:的)?\s*(?:第(?P<clause>{_CN_NUMERAL})(?:款|条|项|部分){_SUB_CLAUSE.format(p='')}"
    # (但该公告附件1第二部分中涉及稀土靶材的内容，自…起恢复实施: a part of its attachment)
    r"|(?P<annex>附件\s*\d{0,2}[^,，;；。]{0,40}?(?:内容|部分|物项|规定)(?=\s*[,，]|$)"
    # (该公告附件1《…》填写指引同时废止: an attachment named with its title, then the act)
    r"|附件\s*\d{1,2}(?=\s*《[^》]{1,60}》[^,，;；。]{0,10}?\s*(?:同时)?(?:废止|停止|不再|予以|由|以))))"
)
_EXCEPTED_AFTER_RE = re.compile(
    # (…，该公告第三条所列物项除外 / 但该公告第三条、第四条规定的措施除外: what the clause lists or sets, left out)
    rf"\s*(?:(?:[、和及]|至)\s*第\s*{_CN_NUMERAL}\s*(?:条|款|项))*\s*(?:[^，,。；;除第]{{0,10}}?)?\s*除外"
    # (not …第四条中的除外情形同时废止: the words 除外 named, not an exception made)
    r"(?=\s*(?:[。；;，,）)]|$))"
)
# …第61号第一款第（二）项恢复实施；该款第（一）项继续暂停实施90日: an item of the clause named before
_INNER_SUB_RE = re.compile(rf"该(?:款|条)\s*(?:的)?\s*第?\s*\(\s*(?P<sub>{_CN_NUMERAL})\s*\)\s*项?")
_INNER_WORDS_RE = re.compile(
    r"该(?:款|条)\s*(?P<words>中\s*(?:关于|有关|涉及)[^,，;；。]{1,60}?的(?:规定|内容))"
)
_INNER_REST_RE = re.compile(
    r"(?:该|上述|前述)(?:公告|决定)\s*(?:的)?\s*(?:其他|其余)各?(?:款|条|项|内容|规定)"
)
_INNER_ALL_RE = re.compile(
    r"(?:上述|前述|以上)(?:[一二两三四五六七八九十\d]{1,2}个|各|这些)?(?:公告|决定)(?!\s*第)"
    # (…第1121号规定的暂停期限均已届满，该公告自2034年1月1日起废止: the notice the sentence named, whole)
    r"|该(?:公告|决定)(?=\s*(?:自|予以))"
)


_PER_ANOTHER_RE = re.compile(r"按照|根据|依照|依据|遵照")
_MEASURE_NAMED_RE = re.compile(r"\s*(?:所)?(?:规定|确定)的\s*(?:处理)?措施")
_FOR_IT_RE = re.compile(r"\s*(?:所)?(?:规定|确定)的\s*(?:处理)?措施\s*[,，]?\s*对其")


def _other_words(sentence: str, refs: list[Ref]) -> list[Ref]:
    """`该款中关于…的规定` after a clause named by its words (…第46号第二款中关于锑…的规定，自…起恢复实施；该款中关于超硬
    材料…的规定，…不再执行): other words of that clause."""
    found: list[Ref] = []
    for words in _INNER_WORDS_RE.finditer(sentence):
        held = [r for r in refs if r[3] < words.start() and r[0] is not None and r[2] and "中" in r[2]]
        if held:
            number, _, clause, _ = held[-1]
            part = f"{(clause or '').split('中')[0]}{words.group('words')}"
            found.append((number, words.group(0), part, words.start()))
    return found


_INNER_WHOLE_RE = re.compile(
    r"(?<=[,，])\s*该公告(?=\s*(?:同时|一并|亦|也)?\s*(?:予以)?(?:废止|失效|停止执行|停止实施|不再执行|不再实施)"
    # (…，该公告废止前已受理的申请，按原规定办理: the time before the act, named — no act)
    r"(?!\s*(?:前|以前|之前|后|以后|之后|时|的)))"
)


def _whole_anaphora(sentence: str, refs: list[Ref]) -> list[Ref]:
    """…第21号所列实体采取的相关措施，自同日起停止执行，该公告同时废止: a second act, on the notice itself — the one the
    sentence opens on (…第70号暂停实施…第21号…的安排，…停止执行，该公告同时废止: 该公告 is No. 70)."""
    found: list[Ref] = []
    for whole in _INNER_WHOLE_RE.finditer(sentence):
        before = [r for r in refs if r[3] < whole.start() and r[0] is not None]
        if before:
            found.append((before[0][0], whole.group(0), None, whole.start()))
    return found


def _in_sentence_anaphora(sentence: str, refs: list[Ref]) -> list[Ref]:
    """`refs` with what an anaphor after them names: a clause of the last notice before it (added), or,
    where the anaphor's clause acts, every notice printed before it (in place of the references)."""
    refs = _described(sentence, refs)
    out = list(refs)
    for inner in _INNER_CLAUSE_RE.finditer(sentence):
        before = [r for r in refs if r[3] < inner.start() and r[0] is not None]
        rest = sentence[inner.end() : _segment(sentence, inner.end())[1]]
        last = before[-1][0] if before else None
        # (该公告第三款继续按照…第821号的规定暂停实施: it goes on as it was, no act)
        # (…所列第3项实体…移出…名单，该公告第一条规定的措施对其停止实施: the clause names the measure on the party
        # the sentence acts on, not a part of the notice acted on)
        measure_of_party = _MEASURE_NAMED_RE.match(sentence, inner.end()) and (
            _FOR_IT_RE.match(sentence, inner.end()) or (before and "项" in (before[-1][2] or ""))
        )
        # (…继续暂停实施至2058年12月31日，该公告第三条除外: the clause left out, not the one acted on)
        excepted = _EXCEPTED_AFTER_RE.match(sentence, inner.end())
        if last is not None and not _PER_ANOTHER_RE.search(rest) and not measure_of_party and not excepted:
            part = _clause_path(inner) or re.sub(r"\s", "", inner.group("annex"))
            found: list[Ref] = [(last, inner.group(0), part, inner.start())]
            _more_clauses(sentence, inner.end(), last, _clause_path(inner), found)
            out += found
    for inner in _INNER_SUB_RE.finditer(sentence):
        clauses_before = [(r[0], r[2]) for r in refs if r[3] < inner.start() and r[0] is not None and r[2]]
        if clauses_before:
            number, clause = clauses_before[-1]
            top = (clause or "").split("/")[0]
            out.append((number, inner.group(0), f"{top}/({inner.group('sub')})", inner.start()))
    out += _other_words(sentence, refs) + _whole_anaphora(sentence, refs)
    for others in _INNER_REST_RE.finditer(sentence):
        before = [r for r in refs if r[3] < others.start() and r[0] is not None]
        said = re.split(r"[;；。]", sentence[others.end() :])[0]
        # 该公告其他各款，…暂停实施 (not …其他条款的暂停期限不变: they stay as they are)
        if before and _verb(said) is not None and not re.search(r"不变|不作(?:调整|变更)", said):
            out.append((before[-1][0], others.group(0), None, others.start()))
    whole = _INNER_ALL_RE.search(sentence)
    if whole is not None and _verb(sentence[slice(*_segment(sentence, whole.start()))]) is not None:
        named = [r for r in _refs(sentence[: whole.start()], keep_bases=True) if r[0] is not None]
        named = [r for r in _described(sentence, named) if not _BASIS_RE.search(sentence[: r[3]])]
        # (…第2436号附件《…》公布后，…先后发布第2437号、第2438号公告，…现决定将上述公告废止: the opening names a time)
        sequel = _SEQUEL_RE.match(sentence)
        named = [r for r in named if sequel is None or r[3] >= sequel.end()] or named
        if named and not any(r[3] > whole.start() for r in refs):
            return _acted_before(sentence, out, whole.start()) + [
                (number, label, clause, whole.start()) for number, label, clause, _ in named
            ]
    return out


def _acted_before(sentence: str, refs: list[Ref], anaphor: int) -> list[Ref]:
    """The references a part of the sentence before the anaphor's acts on (…第62号的暂停实施期限延长至2044年4月30日；期满后，
    该公告自2044年5月1日起恢复实施: extended there, resumed by the anaphor), kept beside what the anaphor names. Only
    across a semicolon: before a comma the words tell of the target more often than they act (…的暂停实施提前至…结束，
    该公告自…起恢复实施 / …的处理措施已自…起停止实施，该公告…废止)."""
    boundary = max((m.end() for m in re.finditer(r"[;；]", sentence[:anaphor])), default=0)
    before = [ref for ref in refs if ref[3] < boundary]
    if not before or _verb(sentence[before[0][3] : boundary]) is None:
        return []
    return before


# …2024年第46号公告…该公告第二款规定… then …决定将上述第二款的暂停实施期限延长6个月: a clause named bare by
# 上述/前述 is the one printed earlier with its notice.
_RECALLED_CLAUSE_RE = re.compile(
    rf"(?:上述|前述)\s*第(?P<clause>{_CN_NUMERAL})(?:款|条|项){_SUB_CLAUSE.format(p='')}"
)


def _remember_clauses(sentence: str, mentioned: dict[str, NoticeNumber]) -> None:
    """Note which notice each clause printed in `sentence` belongs to (the latest mention wins)."""
    refs = [(r[0], r[2], r[3]) for r in _refs(sentence, keep_bases=True) if r[0] is not None]
    for number, clause, _position in refs:
        if clause is not None:
            mentioned[clause.split("/")[0]] = number
    for inner in _INNER_CLAUSE_RE.finditer(sentence):
        before = [number for number, _clause, position in refs if position < inner.start()]
        if before and inner.group("clause"):
            mentioned[inner.group("clause")] = before[-1]


def _recalled_clauses(sentence: str, mentioned: dict[str, NoticeNumber]) -> list[Ref]:
    """The clauses `sentence` names as 上述第X款, each of the notice it was printed with before."""
    found: list[Ref] = []
    for recalled in _RECALLED_CLAUSE_RE.finditer(sentence):
        number = mentioned.get(recalled.group("clause"))
        if number is not None and _verb(sentence[slice(*_segment(sentence, recalled.start()))]) is not None:
            found.append((number, recalled.group(0), _clause_path(recalled), recalled.start()))
    return found


# 2025年11月7日，…发布2025年第70号公告，决定自即日起至2026年11月10日，暂停实施… then …自第70号公告规定的暂停期限
# 届满之次日起继续暂停实施6个月: the window's end told in the background gives the day the new act starts.
# (…第72号规定的暂停期限届满后，…继续暂停实施: the same day, said as "after it ends")
_DAY_AFTER_RE = re.compile(
    # (在第70号公告确定的暂停期限届满后: the window's maker may have set it in other words)
    # (…第55号、第57号，在原暂停期限届满后: the window of the notices the sentence names before it)
    # (…第二款中涉及…的内容，暂停期限届满后不再延长: the window of the target the clause opened on)
    r"(?:自\s*)?(?P<who>[^,，。;；自]{0,40}?号(?:公告)?|其|(?<=[在自，,])(?:原|现行?|前述|上述|该)(?=暂停|暂缓|中止|期限)"
    # (…第55号，自暂停实施期限届满之次日起恢复实施: the window of the target the sentence named)
    r"|(?<=[，,])(?=暂停(?:实施)?(?:期限\s*届满|期满))|(?<=[，,]自)(?=暂停(?:实施)?(?:期限\s*届满|期满)))\s*"
    # (…第1016号第二条规定的 / …第1082号所列第（一）项规定的: the window one clause or point of it set)
    r"(?P<made>(?:所列的?|的)?\s*第\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*(?:条|款|项|目)\s*)?"
    # (…第2246号第一条为其确定的暂停期限届满之次日起: the window that clause set for the target)
    r"(?:(?:为其|对其)\s*)?(?:所?(?:规定|确定|设定|决定|明确)的?|所[定述]的?|的)?\s*"
    # (…分别自第1181号公告规定的相应暂停期限届满之次日起: each target's own window that notice set)
    r"(?:相应|各自|有关)?\s*(?:的)?\s*(?:暂停(?:实施)?|暂缓|中止)?"
    # (…自其暂停期限届满之日的次日起: the day after the day it ends; 在原暂停期限（2033年8月28日）届满后: the end printed)
    r"(?:(?:期限|期间)\s*(?:\(\s*(?P<printed>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\)\s*)?"
    r"届满|(?<=[，,]暂停)期满)(?:之日的?)?(?:之?次日起|后|以后|之后)"
)


# 其暂停期限 / 原暂停期限 / 现行暂停实施期限 / 前述暂停期限: the window in force of the notice named before
_WINDOW_IN_FORCE = ("其", "原", "现", "现行", "前述", "上述", "该", "")

_ENDS_ON_RE = re.compile(
    # (…第55号公告的暂停期限至2029年8月1日届满: the same, said with 至)
    r"(?:于|在|至)\s*(?P<until>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:届满|到期|期满)"
)
_AFTER_IT_ENDS_RE = re.compile(r"\s*(?:上述|该)?(?:暂停)?(?:期满|届满|期限届满)(?:后|以后|之后)\s*[,，]\s*")
_LAST_TOLD = (0, 0)  # the key of the window told last, whoever made it
# the key of the latest end told, of whatever window (相关暂停实施期限延续至… names none)
_LATEST_TOLD = (0, 1)


def _remember_window(
    sentence: str,
    published_on: dt.date | None,
    told: dict[tuple[int, int], dt.date],
    named: list[Ref],
    short: Sequence[Ref] = (),
) -> None:
    """Note the end of the window each part of a background sentence tells, as its maker's: the notice named
    as the means (…已由2025年第72号公告暂停实施至… / 并以第70号公告将…暂停实施至…), else the first one named;
    in a part naming none, the window is the notice's named before (相关措施此后经多次暂停实施，暂停期限至…)."""
    last: NoticeNumber | None = None
    for low, part in _told_parts(sentence):
        offset = low + len(part) + 1
        if "年" not in part:  # every end told prints its year (…至2027年11月10日, 于…届满)
            continue
        own = [r for r in _refs(part, keep_bases=True) if r[0] is not None]
        # (第55号、第57号公告延续至…: numbers printed short, as the sentence's reading resolved them)
        own += [(n, t, c, p - low) for n, t, c, p in short if n is not None and low <= p < offset - 1]
        own = sorted({r[3]: r for r in own}.values(), key=lambda r: r[3]) or _short_subject(part, last)
        refs = own or named[-1:]
        means = [r for r in own if re.search(r"(?:由|以)\s*$", part[: r[3]])]
        ends = _ENDS_ON_RE.search(part)
        # (…自2025年11月10日起继续暂停实施1年，此后经…延续暂停，现行暂停期限至2043年11月10日届满: the window told last is the
        # one in force — the latest end the part tells)
        told_ends = [
            d
            for d in (
                _printed_window(part, published_on)[1],
                parse_date(ends.group("until")) if ends else None,
            )
            if d
        ]
        until = max(told_ends) if told_ends else _told_duration_end(part, published_on)
        if until is None:
            continue
        told[_LATEST_TOLD] = max(told.get(_LATEST_TOLD, until), until)
        # (a duration's end, …第57号自…起继续暂停实施，暂停期限为6个月: the notice it is printed after)
        subjects = _window_subjects(part, [r for r in own if r not in means]) or (
            [r for r in own if r not in means][-1:] if not told_ends else []
        )
        last = subjects[-1][0] if subjects else last
        maker = means[-1][0] if means else (subjects or refs or [(None, "", None, 0)])[0][0]
        for number in [maker, *(r[0] for r in subjects)]:
            if number is not None:
                told.setdefault((number.year, number.number), until)
        if maker is not None:
            told[_LAST_TOLD] = until


def _told_parts(sentence: str) -> list[tuple[int, str]]:
    """The ；-parts of a background sentence with their offsets, a part telling two windows cut between them (目前，
    …第55号、58号的暂停期限至2049年1月31日届满，…第61号第一条…的暂停期限至2049年3月31日届满: each end its notices')."""
    parts: list[tuple[int, str]] = []
    offset = 0
    for piece in re.split(r"(?<=[;；])|(?<=届满[,，])(?=[^。;；]*?\d\s*号)", sentence):
        # (…第57号自…起继续暂停实施，暂停期限为6个月，第58号继续暂停实施至…: each notice's window, cut before the next)
        for cut in _NEXT_SUBJECT_RE.finditer(piece):
            if _WINDOW_TOLD_RE.search(piece[: cut.start()]):
                parts.append((offset, piece[: cut.start()].rstrip(";；,，")))
                offset, piece = offset + cut.end(), piece[cut.end() :]
                break
        if piece:
            parts.append((offset, piece.rstrip(";；,，")))
        offset += len(piece)
    return parts


_NEXT_SUBJECT_RE = re.compile(
    r"[,，](?=\s*(?:[^,，。;；]{0,20}?公告\s*(?:19|20)\d{2}\s*年)?\s*第\s*\d{1,4}\s*号[^,，。;；]{0,40}?(?:暂停|中止|恢复|延长))"
)
_WINDOW_TOLD_RE = re.compile(r"至\s*(?:19|20)\d{2}\s*年|期限\s*为[^,，。;；]{0,6}?(?:个月|年|天|日)")


def _short_subject(part: str, last: NoticeNumber | None) -> list[Ref]:
    """第58号继续暂停实施至…, a part of its own after …第57号…: the number printed short, of the notice told before."""
    short = re.match(r"\s*第\s*(\d{1,4})\s*号", part)
    if short is None or last is None:
        return []
    return [
        (dataclasses.replace(last, number=int(short.group(1))), short.group(0).strip(), None, short.start(1))
    ]


def _told_duration_end(part: str, published_on: dt.date | None) -> dt.date | None:
    """…自2070年1月10日起继续暂停实施，暂停期限为6个月: the end a told duration reaches from its printed start."""
    start = _printed_window(part, published_on)[0]
    periods = [m.group(0) for m in DURATION_RE.finditer(part)]
    return duration_end(start, periods[0]) if start is not None and len(periods) == 1 else None


def _window_subjects(part: str, refs: list[Ref]) -> list[Ref]:
    """The notices whose window a told end closes: those of the comma clause printing the end, else of the
    nearest clause before it naming any (…此后暂停期限作了延续：第55号、第57号公告延续至2027年2月28日 tells the
    end of Nos. 55 and 57, not of the No. 70 named first; 第46号公告第二款，已由第72号公告暂停实施至… that of
    No. 46, beside its maker) — what a later 在原暂停期限届满后 of those notices counts from."""
    found = _UNTIL_RE.search(part) or _ENDS_ON_RE.search(part)
    if found is None:
        return []
    end = found.start("until")
    bounds = [0, *(m.end() for m in re.finditer(r"[,，:：]", part[:end]))]
    clauses = list(zip(reversed(bounds), [end, *reversed(bounds[1:])], strict=True))
    for index, (low, high) in enumerate(clauses):
        inside = [r for r in refs if low <= r[3] < high]
        if inside:
            # (…第55号至第58号，…第61号、第62号以及…第46号第二款的暂停实施期限，将于…届满: clauses before that only
            # name notices are the same list's)
            for before_low, before_high in clauses[index + 1 :]:
                named = [r for r in refs if before_low <= r[3] < before_high]
                rest = part[before_low:before_high]
                for r in named:
                    rest = rest.replace(r[1], "")
                if not named or not _ENUMERATION_REST_RE.fullmatch(rest):
                    break
                inside = named + inside
            return inside
    return []


# What is left of a clause once the notices it names are taken out, when it only lists them (、 和 以及 …)
_ENUMERATION_REST_RE = re.compile(r"[\s、,，和及以与]*")


@functools.lru_cache(maxsize=1)
def _known_window_ends() -> dict[tuple[int, int], dt.date]:
    """The published ends of real suspension windows (parsers/data/known_windows.tsv), by (year, number)."""
    ends: dict[tuple[int, int], dt.date] = {}
    for line in known_windows_text().splitlines():
        fields = line.split("\t")
        printed = re.fullmatch(r"[A-Z]+-(\d{4})-(\d{1,4})", fields[0])
        if line.startswith("#") or printed is None or len(fields) < 2:
            continue
        ends[(int(printed.group(1)), int(printed.group(2)))] = dt.date.fromisoformat(fields[1])
    return ends


def _window_maker(who: str, by_number: dict[int, NoticeNumber]) -> NoticeNumber | None:
    """The notice a window's maker names (…第1031号公告 / 商务部公告2026年第1031号), by its number."""
    full = _REF_RE.search(who)
    if full:
        return NoticeNumber(
            ("商务部",), "公告", int(full.group("year") or full.group("byear")), int(full.group("number"))
        )
    short = re.search(r"(\d{1,4})\s*号", who)
    return by_number.get(int(short.group(1))) if short else None


# （二）…: a sentence opening on a point of this notice's clause (its acts are that point's, dated by it)
_POINT_START_RE = re.compile(rf"\s*[(（]\s*({_CN_NUMERAL})\s*[)）]")


def _day_of(dated: dict[str, dt.date], top: str | None, sentence: str, before: str = "") -> dt.date | None:
    """The day the part of this notice stating an act is in force (本公告第一条至第三条自…起施行 / 其中第一条第（二）项自
    公布之日起施行: the point's own day), if dated. A sentence further on the line of a point (（二）删去…。第一条第（四）项…
    相应修改为…) is that point's: `before` is the text printed before the sentence."""
    line = before[before.rfind("\n") + 1 :]
    point = _POINT_START_RE.match(sentence) or _POINT_START_RE.match(line)
    # (3.增加一项，作为第（三）项： under 二、 with 第二条…第3项自…起施行: a point numbered in Arabic, keyed 二/3)
    arabic = _ARABIC_POINT_START_RE.match(sentence) or _ARABIC_POINT_START_RE.match(line)
    keys = [f"{top}/({point.group(1)})"] if point else []
    keys += [f"{top}/{arabic.group(1)}"] if arabic else []
    if top is not None and (key := next((k for k in keys if k in dated), None)) is not None:
        return dated[key]
    # (三、自本公告第一条施行之日起，…第31号第一条第（一）项所列…，按照本公告第一条管理: the day that clause is in force)
    named = _OWN_CLAUSE_DAY_RE.search(sentence)
    if named is not None and named.group(1) in dated:
        return dated[named.group(1)]
    return dated.get(top or "", dated.get(REST_OF_CLAUSES))


_OWN_CLAUSE_DAY_RE = re.compile(
    rf"(?:自|从)\s*本(?:公告|决定)\s*第\s*({_CN_NUMERAL})\s*(?:条|款)"
    # (自本公告第一条至第三条施行之日起: a run of clauses, in force on the day of its first)
    rf"(?:\s*(?:至|到|、|和)\s*第\s*{_CN_NUMERAL}\s*(?:条|款))*\s*(?:施行|实施|生效)之日起"
)
_ARABIC_POINT_START_RE = re.compile(r"\s*(\d{1,2})\s*[.、](?!\d)")


_CONTINUED_RE = re.compile(r"继续(?:暂停|暂缓|中止)")


def _continued_after_told(
    acts: list[Relation], told: dict[tuple[int, int], dt.date], published_on: dt.date | None
) -> list[Relation]:
    """A suspension continued (…第三款继续暂停实施) of a notice whose window in force this notice told
    (…的暂停实施期限，将于2028年2月29日届满) begins the day after that window ends, not on publication: the
    new window is what follows the old. Its own period (为期6个月) counts from there."""
    out = []
    for act in acts:
        quote, number = act.quote_zh, act.target_number
        end = told.get((number.year, number.number)) if number is not None else None
        if (
            act.relation != "suspends"
            or end is None
            or published_on is None
            or end < published_on
            or act.window_from is None
            or act.window_from > end
            # (…继续暂停实施至2027年12月31日 inside a told window to 2028-01-01: the window cut short, from now — an end
            # printed, not one a duration counts from publication)
            or (
                act.window_until is not None
                and act.window_until <= end
                and _printed_day(act.window_until, quote)
            )
            or not any(
                _CONTINUED_RE.search(part)
                and not _FROM_RE.search(part)
                and not _WINDOW_RE.search(part)
                # (…继续暂停实施至2070年6月30日: an end printed without a start runs from the day of force)
                and not re.search(r"(?:至|到)\s*(?:19|20)\d{2}\s*年", part)
                for part in re.split(r"[;；]", quote)
                if act.target_label
                in part  # (the ；-part of the act: 第三款继续暂停实施 beside …自…起恢复实施)
            )
        ):
            out.append(act)
            continue
        start = end + dt.timedelta(days=1)
        part = next(p for p in re.split(r"[;；]", quote) if act.target_label in p)
        periods = [m.group(0) for m in DURATION_RE.finditer(part)]
        until = duration_end(start, periods[0]) if len(periods) == 1 else act.window_until
        out.append(dataclasses.replace(act, window_from=start, window_until=until))
    return out


def _placed(
    acts: list[Relation], anchor: WindowAnchor | None, top: str | None, by_number: dict[int, NoticeNumber]
) -> list[Relation]:
    """The acts of a sentence with the clause of this notice stating them, and the anchors of their start and
    end in other notices' windows (see _anchored, _end_anchor)."""
    sentence = acts[0].quote_zh if acts else ""
    point = _POINT_START_RE.match(sentence)
    made_in = f"{top}/({point.group(1)})" if top is not None and point is not None else top
    end = _end_anchor(sentence, by_number)
    return [
        dataclasses.replace(
            act,
            made_in=made_in,
            end_anchor=end if act.relation == "suspends" and end is not None else None,
        )
        for act in _anchored(acts, anchor)
    ]


# 暂停期限与…第1106号第一条第（三）项所定2025年第58号公告第三条的暂停期限同时届满 / 至…第1203号第一条所定暂停期限届满之日止:
# an end that is another notice's window's (this notice's own acts: _TIED_END_RE)
_TIED_TO_OTHER_RE = re.compile(
    r"(?:与\s*(?P<with>[^,，。;；与]{0,70}?\d{1,4}\s*号[^,，。;；]{0,40}?)(?:所定|规定|确定|设定)?的?\s*"
    r"(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间)\s*(?:同时|一并|同步)届满"
    r"|至\s*(?P<to>[^,，。;；至]{0,70}?\d{1,4}\s*号[^,，。;；]{0,40}?)(?:所定|规定|确定|设定)?的?\s*"
    r"(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间)\s*届满(?:之日|时)?\s*(?:止|为止))"
    # (…的暂停期限，延长至…第61号第一条第（一）项、第（二)项的暂停期限届满之日。: the end of that clause's window in force)
    r"|延长\s*至\s*(?P<till>[^,，。;；至]{0,70}?\d{1,4}\s*号[^,，。;；]{0,40}?)(?:所定|规定|确定|设定)?的?\s*"
    r"(?:暂停|暂缓|中止)?(?:实施)?(?:期限|期间)\s*届满之日(?=\s*(?:[。;；]|$))"
)
# 第一条第（三）项 → 一/(三): a clause of another notice named in a window's maker
_CLAUSE_PART_RE = re.compile(rf"第\s*[(（]?\s*({_CN_NUMERAL}|\d{{1,3}})\s*[)）]?\s*(条|款|项|目)")


def _clause_named(text: str) -> str | None:
    """The clause path of `第一条第（三）项` (一/(三)), None when none is printed."""
    parts = [
        f"({number})" if kind == "项" and not number.isdigit() else number
        for number, kind in _CLAUSE_PART_RE.findall(text)
    ]
    return "/".join(parts) or None


def _end_anchor(sentence: str, by_number: dict[int, NoticeNumber]) -> EndAnchor | None:
    """The anchor of an end tied to another notice's window (see _TIED_TO_OTHER_RE), with the clause of that
    notice that set it and the target and clause whose window it is when named."""
    tied = _TIED_TO_OTHER_RE.search(nfkc(sentence))
    if tied is None:
        return None
    who = tied.group("with") or tied.group("to") or tied.group("till")
    named = [r for r in _refs(who, keep_bases=True) if r[0] is not None]
    if named:
        maker, made_in = named[0][0], named[0][2]
        # (…第1106号第一条第（三）项所定2025年第58号公告第三条的: the maker, then the notice whose window it set; …第55号
        # 公告第五条、第六条: one notice's clauses)
        other = [r for r in named[1:] if r[0] is not None and maker is not None and not _same(r[0], maker)]
        target, clause = (other[0][0], other[0][2]) if other else (None, None)
    else:
        maker, made_in, target, clause = _window_maker(who, by_number), _clause_named(who), None, None
    if maker is None:
        return None
    return EndAnchor(maker=maker, made_in=made_in, target=target, clause=clause)


def _anchored(acts: list[Relation], anchor: WindowAnchor | None) -> list[Relation]:
    """The acts of a sentence whose start is another notice's window end, with that anchor (and the act's own
    period, 为期6个月, to count from it) — unless the sentence prints a start of its own."""
    sentence = acts[0].quote_zh if acts else ""
    if anchor is None or _FROM_RE.search(sentence) or _WINDOW_RE.search(sentence):
        return acts
    periods = [m.group(0) for m in DURATION_RE.finditer(sentence)]
    duration = periods[0] if len(periods) == 1 else None
    return [
        dataclasses.replace(
            act,
            anchor=dataclasses.replace(
                anchor, duration=duration if act.relation == "suspends" and act.window_until else None
            ),
        )
        for act in acts
    ]


def _window_named_before(who: str, before: str, told: dict[tuple[int, int], dt.date]) -> NoticeNumber | None:
    """The notice whose window in force `其/原/该…期限` names: the last printed before it; for 该 after a maker and its
    target (…第72号暂停实施的…第46号第二款，在该暂停期限届满后), the one whose window was published or told."""
    named = [r[0] for r in _refs(before, keep_bases=True) if r[0] is not None]
    if who == "该":
        published = [n for n in named if (n.year, n.number) in _known_window_ends()]
        named = published or [n for n in named if (n.year, n.number) in told]
    if not named and (short := re.findall(r"第\s*(\d{1,4})\s*号", before)):
        # (上述第58号公告第一条…暂停期限届满后: a number printed short, whose window the history told)
        years = [year for year, number in told if year > 0 and number == int(short[-1])]
        if len(years) == 1:
            return NoticeNumber((), "公告", years[0], int(short[-1]))
    return named[-1] if named else None


_TOLD_THEN_AFTER_RE = re.compile(
    rf"(?:将|已)?\s*于\s*(?P<date>{_DATE})\s*(?:届满|期满|到期)\s*[,，]\s*(?:届满|期满|到期)(?:后|以后|之后)"
    r"\s*(?:[,，]|(?=继续|再|仍|恢复|延长))"  # (届满后的实施安排另行公告: no act)
)


def _after_told_end(sentence: str) -> str | None:
    """`…的暂停实施期限将于2029年11月27日届满，届满后继续暂停实施，为期一年` with the act's start printed as the day
    after the end the sentence tells (None when it tells none)."""
    ending = _TOLD_THEN_AFTER_RE.search(sentence)
    day = parse_date(ending.group("date")) if ending is not None else None
    if ending is None or day is None:
        return None
    day += dt.timedelta(days=1)
    return (
        f"{sentence[: ending.start()]}，自{day.year}年{day.month}月{day.day}日起，{sentence[ending.end() :]}"
    )


# (…的暂停实施期限原定于2043年10月31日届满，现延长6个月: the duration runs from the day after the end told)
_EXTENDED_FROM_TOLD_END_RE = re.compile(
    rf"(?P<head>(?:期限|期间))\s*(?:原定)?\s*(?:将)?\s*于\s*(?P<date>{_DATE})\s*(?:届满|到期)"
    r"(?P<tail>\s*[,，]\s*(?:经研究\s*[,，]\s*)?(?:现\s*)?(?:决定\s*)?(?:予以)?\s*(?:延长|延期|顺延)\s*)"
    r"(?=\d|[一二两三四五六七八九十半])"
)


# (…，现延长1年，自本公告发布之日起计算 / 自2046年12月1日起计算 / 自即日起计算: a start of its own — not
# 自原期限届满之次日起计算, the day after the old end; …现延长1年；延长期限自…起计算: printed in the next ；-part)
# (自本公告发布之次日起计算: this notice's own day, whatever it says after)
_OLD_END = (
    r"(?:(?=\s*(?:本公告|本决定|公告)?\s*(?:发布|公布|施行|实施|印发)之|\s*即日)"
    r"|(?![^，,。；;]{0,16}?(?:届满|期满|到期|结束|截止|终止|次日|该日|原)))"
)
_COUNTED_FROM_RE = re.compile(rf"自{_OLD_END}[^，,。；;]{{0,16}}?起\s*(?:计算|计)")
# (…；延长期限自本公告发布之日起计算 — not …；第62号的暂停期限自…起计算, another notice's period)
_COUNTED_NEXT_RE = re.compile(
    rf"^\s*(?:[^，,。；;号]{{0,8}}期限)?\s*自{_OLD_END}[^，,。；;]{{0,16}}?起\s*(?:计算|计)"
)


def _from_told_end(sentence: str) -> str:
    """`sentence` with …期限原定于X届满，现延长6个月 printed as …期限自X的次日起延长6个月 — unless it prints its own start
    (…，现延长1年，自本公告发布之日起计算)."""
    parts = re.split(
        r"[;；]", sentence
    )  # (each ；-part on its own: one part's printed start is not another's)
    counted = [
        bool(_COUNTED_FROM_RE.search(part))
        or (i + 1 < len(parts) and bool(_COUNTED_NEXT_RE.match(parts[i + 1])))
        for i, part in enumerate(parts)
    ]
    kept = [
        part if own else _EXTENDED_FROM_TOLD_END_RE.sub(_from_the_day_after, part)
        for part, own in zip(parts, counted, strict=True)
    ]
    separators = re.findall(r"[;；]", sentence)
    return kept[0] + "".join(sep + part for sep, part in zip(separators, kept[1:], strict=True))


def _from_the_day_after(match: re.Match[str]) -> str:
    day = parse_date(match.group("date"))
    if day is None:
        return match.group(0)
    after = day + dt.timedelta(days=1)
    return f"{match.group('head')}自{after.year}年{after.month}月{after.day}日起{match.group('tail').lstrip(',，')}"


def _dated_after(
    sentence: str,
    told: dict[tuple[int, int], dt.date],
    by_number: dict[int, NoticeNumber],
    published_on: dt.date | None = None,
) -> tuple[str, WindowAnchor | None]:
    """`sentence` with 自…规定的暂停期限届满之次日起 printed as the day it names, when that window was told; else,
    when it starts an act after a window this notice does not date (…在第1031号公告规定的暂停期限届满后 /
    在原暂停期限届满后), the anchor a reader of the other notices resolves it by."""
    sentence = _from_told_end(sentence)
    # (both shapes end a window: 届满 / 期满; 自各自现行暂停期限届满之次日起: each target's own end, see _from_each_own_end)
    settled = "满" not in sentence or (
        _EACH_OWN_END_RE.search(sentence) is not None and _END_FILL in sentence
    )
    restated = None if settled else _after_told_end(sentence)
    if settled or restated is not None:
        return restated or sentence, None

    match = _DAY_AFTER_RE.search(sentence)
    after = _AFTER_IT_ENDS_RE.match(sentence)
    if after is not None and match is None and _LAST_TOLD in told:
        # 三、…规定的暂停期限，于2026年11月10日届满。期满后，…继续暂停实施: the window the sentence before told
        day = told[_LAST_TOLD] + dt.timedelta(days=1)
        return f"自{day.year}年{day.month}月{day.day}日起，{sentence[after.end() :]}", None
    if match is None:
        return sentence, None
    who = match.group("who")
    printed = parse_date(match.group("printed")) if match.group("printed") else None
    if printed is not None:
        day = printed + dt.timedelta(days=1)
        return (
            f"{sentence[: match.start()]}自{day.year}年{day.month}月{day.day}日起{sentence[match.end() :]}",
            None,
        )
    if who in _WINDOW_IN_FORCE:
        number = _window_named_before(who, sentence[: match.start()], told)
    else:
        number = _window_maker(who, by_number)
    end = told.get((number.year, number.number)) if number is not None else None
    if end is None and who in _WINDOW_IN_FORCE and who not in ("其", "该", ""):
        # (…在现行暂停实施期限届满后: the window in force, the latest the history told — unless it had ended)
        latest = told.get(_LATEST_TOLD)
        end = latest if latest is not None and (published_on is None or latest >= published_on) else None
    if end is None and number is not None and who:
        end = _known_window_ends().get((number.year, number.number))  # (a published window not told here)
    elif end is None and who != "其" and (short := re.search(r"(\d{1,4})\s*号", who)):
        # (第70号公告规定的暂停期限 with no year printed or told: the one published window of that number)
        ends = [d for (_, n), d in _known_window_ends().items() if n == int(short.group(1))]
        end = ends[0] if len(ends) == 1 else None
    if end is None:
        in_force = who in _WINDOW_IN_FORCE
        maker = None if in_force else number
        made_in = _clause_named(match.group("made") or "") if maker is not None else None
        return sentence, (
            WindowAnchor(maker=maker, made_in=made_in) if in_force or maker is not None else None
        )
    own = number is not None and (number.year, number.number) in told
    return _after_the_end(_with_subject(sentence, match, own), sentence[match.end() :], end), None


def _with_subject(sentence: str, match: re.Match[str], own: bool = False) -> str:
    """The words before 期限届满后, with the target when the window named is its own (一、…第58号第一条暂停期限届满后，继续
    暂停实施一年: the reference is the subject, not only whose window) — not 在第70号公告确定的…, the window's maker.
    `own`: the history told that notice's own window (…第58号的暂停期限至…), so …第58号的暂停期限届满后 is its own."""
    before = sentence[: match.start()]
    subject = (match.group("who") or "") + (match.group("made") or "")
    if (
        re.search(r"\d{1,4}\s*号", subject)
        and not re.search(r"\d{1,4}\s*号", before)
        and not re.search(r"[在自于]\s*$", before)
        and not match.group(0).startswith("自")
        and not re.search(r"规定|确定|设定|决定|所定|为其|对其", match.group(0))
        and not re.search(r"\d{1,4}\s*号", sentence[match.end() :])
        # (…第70号的暂停期限届满后，上述公告/相关措施/其所暂停…继续暂停实施: the window's maker, the act on others —
        # unless the history told that notice's own window)
        and (own or not re.search(r"号(?:公告)?\s*的", match.group(0)))
        and (own or not re.match(r"\s*[,，]?\s*(?:上述|相关|其|该|前述)", sentence[match.end() :]))
    ):
        return f"{before}{subject.rstrip()}，"
    return before


def _after_the_end(before: str, rest: str, end: dt.date) -> str:
    """A sentence whose words 在…期限届满后 (between `before` and `rest`) name a window ending on `end`, printed as the
    day after it — and …顺延6个月 after them as the suspension to the end moved on."""
    day = end + dt.timedelta(days=1)
    moved = _MOVED_ON_BY_RE.match(rest)
    until = duration_end(end, moved.group("period")) if moved is not None else None
    if moved is not None and until is not None:
        # (…，在原暂停期限届满后顺延6个月: the end moved on by the duration, from the day after the end told)
        return (
            f"{before.rstrip('在于')}自{day.year}年{day.month}月{day.day}日起暂停实施至"
            f"{until.year}年{until.month}月{until.day}日{rest[moved.end() :]}"
        )
    # (…在原暂停期限届满后不再延期，自届满之次日起恢复实施: the same end, said again bare)
    rest = _BARE_DAY_AFTER_RE.sub(f"自{day.year}年{day.month}月{day.day}日起", rest)
    return f"{before}自{day.year}年{day.month}月{day.day}日起{rest}"


_BARE_DAY_AFTER_RE = re.compile(r"自\s*(?:期限)?\s*(?:届满|期满)(?:之日的?)?之?次日起")
_MOVED_ON_BY_RE = re.compile(
    r"\s*[,，]?\s*(?:再)?(?:顺延|延长|延续)\s*"
    r"(?P<period>(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*(?:个)?\s*(?:月|年|日|天))"
)


# The notice (its number and label) whose changes the lines after an intro make, and the clause of it they are
# in when the intro names one (对…第39号第一款作如下修改： then （一）第（一）项修改为：…).
_Owner = tuple[NoticeNumber, str, str | None]


def _amended_owner(sentence: str, refs: list[Ref]) -> _Owner | None:
    """The notice an intro 对…第55号作如下修改： announces changes to, when it names that one notice whole or one
    clause of it (对…第51号附件1作如下调整：… changes a list, whose parts the lines below name in their own terms)."""
    targets = {r[0] for r in refs if r[0] is not None}
    clauses = {r[2] for r in refs}
    if len(targets) == 1 and len(clauses) == 1 and _TOP_CLAUSE_PATH_RE.fullmatch(next(iter(clauses)) or ""):
        intro = _AMEND_INTRO_RE.search(sentence) and re.search(
            r"作(?:如下|以下)[^,，。;；]{0,4}[:：]\s*$", sentence
        )
        return (next(iter(targets)), refs[0][1], refs[0][2]) if intro else None
    if len(targets) != 1 or any(r[2] is not None for r in refs):
        return None
    heading = _TARGET_HEADING_RE.fullmatch(
        _REF_RE.sub("", sentence, count=1)
    )  # 一、2026年第732号公告 then (一)…
    if not heading and not (_AMEND_INTRO_RE.search(sentence) and re.search(r"[:：]\s*$", sentence)):
        return None
    return next(iter(targets)), refs[0][1], None


# what is left of a clause heading that only names the notice its numbered changes are of
_TARGET_HEADING_RE = re.compile(
    # (一、…第57号《公布对部分中重稀土相关物项实施出口管制的决定》: the notice's title after its number)
    # (一、《商务部 海关总署…公告2024年第31号》: the number itself in title marks)
    r"\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]?\s*)?(?:公告|令|决定)?\s*(?:《[^《》]{0,80}》)?\s*[:：]?\s*"
)


def _continued_clauses(sentence: str, acted_on: list[Ref]) -> list[Ref]:
    """（一）删去…第33号第一款第（二）项第4目。 then 第一款第（二）项第5目改为第4目，修改为：: a sentence opening on a bare
    clause goes on acting on the one notice the acting sentence before named."""
    notices = {r[0] for r in acted_on if r[0] is not None}
    numbered = _CLAUSE_NUMBER_RE.match(sentence)
    opening = numbered.end() if numbered else 0
    if len(notices) != 1 or not _BARE_CLAUSE_RE.match(sentence, opening):
        return []
    return _bare_clauses(sentence, next(iter(notices)), opening, len(sentence), [])


_TOP_CLAUSE_PATH_RE = re.compile(_CN_NUMERAL)
# （一）第（一）项修改为： / （二）增加一项，作为第（三）项：: a point of the clause an intro named
_OWNED_POINT_RE = re.compile(
    rf"第\s*\(\s*(?P<point>{_CN_NUMERAL})\s*\)\s*项(?:\s*(?:中的?)?\s*第\s*(?P<item>\d{{1,3}})\s*目)?"
)


def _owner_clauses(sentence: str, owner: _Owner | None) -> list[Ref]:
    """一、删去第三款。 after an intro: the bare clauses the numbered change acts on, in the owner; under an intro
    naming a clause, the point of that clause the line names."""
    if owner is None:
        return []
    point = _OWNED_POINT_RE.search(sentence) if owner[2] else None
    if point is not None:  # (一、第（一）项第3目修改为：…: down to the item of the point)
        item = f"/{point.group('item')}" if point.group("item") else ""
        return [(owner[0], point.group(0), f"{owner[2]}/({point.group('point')}){item}", point.start())]
    return [] if owner[2] else _bare_clauses(sentence, owner[0], 0, len(sentence), [], owned=True)


# 适用…第1041号第一款规定的措施 / 依照…第61号的规定申请许可: a notice whose provisions are followed, in the
# reference's own segment — cited, not acted on
_APPLIED_RE = re.compile(r"适用|依照|按照|参照")
# (依照…第1363号第三条延长至2048年9月30日的…第61号第三条、第四条的暂停实施: what that notice did to the one acted on)
_DESCRIBED_RE = re.compile(r"号[^,，。;；]*?(?:延长|暂停|中止|暂缓|调整|延续)[^,，。;；]{0,24}?的")


def _applied(sentence: str, position: int) -> bool:
    """Whether the reference at `position` follows 适用/依照/按照/参照 in its own segment, no act between."""
    start, end = _segment(sentence, position)
    governing = list(_APPLIED_RE.finditer(sentence, start, position))
    between = sentence[governing[-1].end() : position] if governing else ""
    if governing and _verb(between) is None and not _DESCRIBED_RE.search(between):
        # (依照〔2025〕10号公告对其采取的处理措施停止实施: the measures that notice took, which end — acted on)
        ref = _REF_RE.match(sentence, position)
        taken = ref is not None and _MEASURES_TAKEN_RE.match(sentence, ref.end()) is not None
        return not (taken and governing[-1].group(0) in ("依照", "按照"))
    # (所涉物项的管制范围，以…2024年第51号公告公布并经此后调整的《清单》为准: the list that governs, cited)
    prevails = re.search(r"以[^,，。;；以]*$", sentence[start:position])
    return prevails is not None and "本公告" not in sentence[start:end] and "为准" in sentence[position:end]


def _inside(match: re.Match[str] | None, position: int) -> bool:
    return match is not None and match.start() <= position < match.end()


# …第1127号对甲公司暂停实施的措施 / …第1137号所列…第61号第一条第（一）项的暂停实施 / …暂停实施的措施（…第1308号第一条）: the
# notice that made a suspension, named to say which one — the act is on what it suspended
_MAKER_AFTER_RE = re.compile(
    r"\s*(?:(?:第\s*[一二三四五六七八九十\d]{1,3}\s*(?:条|款|项)\s*)*(?:对|将)[^,，。;；]{1,60}?(?:暂停|中止|暂缓)(?:实施|执行)?的"
    r"|所列的?\s*(?:商务部|海关总署|[^,，。;；]{0,12}?(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号))"
)
_MAKER_BRACKET_RE = re.compile(r"(?:暂停|中止|暂缓)(?:实施|执行)?的(?:处理)?措施\s*\(\s*$")


def _dated_by(sentence: str, after: re.Match[str]) -> bool:
    """Whether the notice a window-end phrase names only dates an act on another: that one printed right after the
    phrase (in the next clause) or before it — not a notice acted on in a later clause of its own."""
    following = _REF_RE.search(sentence, after.end())
    right_after = (
        following is not None and len(re.findall(r"[,，;；]", sentence[after.end() : following.start()])) <= 1
    )
    return right_after or _REF_RE.search(sentence[: after.start()]) is not None


# (在…第55号恢复实施期间，…第57号继续暂停实施 / …第55号第一款暂停实施期间，停止执行…: the notice named for the time the
# act falls in — not …恢复实施期间自2026年11月11日起…, its window printed)
_PERIOD_OF_RE = re.compile(
    r"[^,，。;；]{0,24}?(?:恢复|暂停|中止|暂缓)(?:实施|执行|适用)?(?:的)?期间\s*(?:内)?\s*[,，]"
)


def _acts_beside_told(sentence: str, told_end: int, published_on: dt.date | None) -> bool:
    """Whether a sentence that says this notice leaves a told act alone (本公告不涉及…) makes an act of its own after the
    told one (…已于2025年8月12日停止实施，该公告自2025年12月1日起废止，本公告不涉及…): a verb after the told one that no day
    before this notice's dates (…已于…暂停实施，于2025年11月10日废止，… tells both)."""
    if _LEFT_ALONE_RE.search(sentence) is None:
        return False
    spans = sorted({m.span() for _, pattern in _VERBS for m in pattern.finditer(sentence, told_end)})
    distinct = [span for k, span in enumerate(spans) if k == 0 or span[0] >= spans[k - 1][1]]
    for start, _end in distinct[1:]:
        clause = re.split(r"[,，;；]", sentence[:start])[-1]
        day = re.search(rf"于\s*(?P<date>{_DATE})", clause)
        told_day = parse_date(day.group("date")) if day else None
        if told_day is None or published_on is None or told_day >= published_on:
            return True
    return False


_LEFT_ALONE_RE = re.compile(r"本(?:公告|决定)\s*(?:不涉及|不调整|不适用于)")


def _not_a_target(sentence: str, position: int, tied: re.Match[str] | None) -> bool:
    """Whether the notice printed at `position` is named for another reason than being acted on: the notice whose
    window ends or starts the act (see _TIED_TO_OTHER_RE, _DAY_AFTER_RE), or the maker of the suspension acted on
    (see _MAKER_AFTER_RE)."""
    if _inside(tied, position):
        return True
    after = _DAY_AFTER_RE.search(sentence) if "满" in sentence else None
    if after is not None and _inside(after, position) and _dated_by(sentence, after):
        # (…第1342号第三条所述暂停期限届满后，…第61号第四条继续暂停实施: the window's maker, named to date the act on
        # another; …第62号的暂停期限届满后不再延长，该公告恢复实施: its own window, it is the target)
        return True
    printed = _REF_RE.match(sentence, position)
    if printed is None:
        return False
    if _PERIOD_OF_RE.match(sentence, printed.end()):
        return True
    if _MAKER_BRACKET_RE.search(sentence[:position]):
        return True
    return bool(_MAKER_AFTER_RE.match(sentence, printed.end()))


_PUT_OFF_RE = re.compile(r"(?:推迟|延后|推后)\s*(?:至|到)")


def _act_window(
    sentence: str, verb_clause: str, verb: RelationType, published_on: dt.date | None, start: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The window an act's sentence prints for it — none for a postponement (…的施行日期，由2029年5月1日推迟至2029年7月1日
    / …所作更正，自2029年7月1日起适用): the new days are what the change says, the change holds from this notice's day."""
    if verb == "amends" and _PUT_OFF_RE.search(sentence):
        return None, None
    return _printed_window(_window_text(sentence, verb_clause, verb), published_on, start)


# (…第27号、第28号公告，已随2024年第31号公告的施行而废止: repealed by another notice's coming into force, told)
_TOLD_REPEALED_RE = re.compile(
    r"(?:已|业已|已经)(?:随|随同|因)[^。;；,，]{0,40}?(?:施行|实施|生效|发布)而(?:废止|失效|停止执行)"
)


def _told_repealed(sentence: str) -> list[tuple[int, int]]:
    """The spans telling that notices were already repealed with another's coming into force: the told phrase and the
    comma clauses before it that state no act (its subject), back to a ；— not a clause that acts (…已随…而废止，
    …第42号自2027年4月1日起停止执行 / …第42号自…起停止执行，…第27号已随…而废止)."""
    spans = []
    for match in _TOLD_REPEALED_RE.finditer(sentence):
        head = max(sentence.rfind(c, 0, match.start()) for c in "，,；;。") + 1
        while head > 0 and sentence[head - 1] in "，,":
            before = max(sentence.rfind(c, 0, head - 1) for c in "，,；;。") + 1
            if _verb(sentence[before : head - 1]) is not None:
                break
            head = before
        spans.append((head, match.end()))
    return spans


def _named_only(
    sentence: str, position: int, tied: re.Match[str] | None, told: list[tuple[int, int]]
) -> bool:
    """Whether the target at `position` is named without being acted on: it goes on as it is, its measures are
    applied, it only ends another act's window, or it was repealed before (told)."""
    return (
        _goes_on(sentence, position)
        or _applied(sentence, position)
        or _not_a_target(sentence, position, tied)
        or any(a <= position < b for a, b in told)
    )


def _act_until(
    verb: RelationType, printed: dt.date | None, ends: list[dt.date], index: int
) -> dt.date | None:
    """A resumption has no end of its own; a suspension of targets given ends 分别 in a run takes its own
    (…分别继续暂停实施至2027年7月31日、2027年10月31日…)."""
    if verb == "resumes":
        return None
    return ends[index] if ends and verb == "suspends" else printed


def _sentence_acts(
    sentence: str,
    refs: list[tuple[NoticeNumber | None, str, str | None, int]],
    clause_start: dt.date | None,
    published_on: dt.date | None,
    effective_on: dt.date | None,
    shown: str,
) -> list[Relation]:
    """One relation per target an acting sentence names, each with its own verb, clause and window.

    A window printed in the sentence wins; else the date of the clause of this notice that states the
    act (`clause_start`); else a repeal, lift or rewrite runs from the notice's effective date and a
    suspension from publication."""
    acts: list[Relation] = []
    respective = _respective_periods(sentence, len(refs))
    ends = _respective_ends(sentence, len(refs))
    tied = _TIED_TO_OTHER_RE.search(sentence)
    told = _told_repealed(sentence)
    for index, (number, label, clause, position) in enumerate(refs):
        if _named_only(sentence, position, tied, told):
            # (…，至2025年第55号公告第五条暂停期限届满之日止: the notice whose window ends the act is no target of it)
            # 该公告第二项规定的处理措施，继续实施: it stays as it is; …列入出口管制管控名单，适用…第1041号第一款、
            # 第二款规定的措施: the measures applied, cited
            continue
        verb, verb_clause = _verb_clause_at(sentence, position)
        verb = _refined_verb(verb, clause, sentence, position)
        clause = _created_part(verb, clause, sentence, position)
        if clause is not None and _BLANK in clause and len(shown) == len(sentence) and clause in sentence:
            at = sentence.index(clause)  # (a part named with quoted words keeps the words as printed)
            clause = shown[at : at + len(clause)]
        if _automatic(verb, verb_clause, sentence):
            continue  # 延长期满，上述公告恢复施行 / 期满后自动恢复执行: the end of the window, no act of its own
        # (自本公告施行之日起: the day this clause of the notice is in force, when the notice dates its clauses)
        window_from, window_until = _act_window(
            sentence, verb_clause, verb, published_on, clause_start or effective_on
        )
        verb = _ended_act(verb, window_until)
        start = window_from or _ended_on(verb, sentence, position) or clause_start
        if start is None:
            # An act changes the target only once this notice is in force: a repeal or a rewrite, a
            # suspension whose end alone is printed (暂停期限至2027年12月31日), and any act of a notice in
            # force on a later day than its publication (本公告自2027年1月1日起施行).
            start = effective_on or published_on
        # A resumption has no end of its own (106 of 106 in the corpus): an end printed in the sentence is the
        # suspension's beside it (…延长至2027年6月30日；该公告第二款…，自2027年1月1日起恢复实施)
        until = _act_until(verb, window_until, ends, index)
        if verb in ("suspends", "lifts", "resumes") and _told_window(window_from, until, published_on):
            continue  # (自2025年8月12日起，第22号公告所涉实体的相关措施停止执行, in a notice of 2028: told)
        if verb == "suspends" and until is not None and start is not None and until < start:
            start = _start_after_the_resumption(
                verb_clause, until, clause_start or effective_on or published_on
            )
            if start is None:
                continue  # a window over before this notice's act could begin: an earlier one, told
        if until is None and verb == "suspends" and start is not None:
            until = _counted_end(start, respective[index] if respective else verb_clause, sentence)
        acts.append(
            Relation(
                relation=verb,
                target_number=number,
                target_label=label,
                clause=clause,
                window_from=start,
                window_until=until,
                quote_zh=shown,
            )
        )
    acts = _from_old_end(acts, sentence) + _resumed_after(sentence, refs, acts, shown)
    # 对…第46号第二款所列X，暂不实施…第46号所规定的措施: the target named twice, once with the part acted on
    narrowed = {(a.relation, _target(a), a.window_from) for a in acts if a.clause is not None}
    return [
        a for a in acts if a.clause is not None or (a.relation, _target(a), a.window_from) not in narrowed
    ]


def _ended_act(verb: RelationType, until: dt.date | None) -> RelationType:
    """自2027年1月1日至2027年12月31日，不再实施出口管制: a repeal or lift with an end printed comes back — a suspension."""
    return "suspends" if verb in ("repeals", "lifts") and until is not None else verb


def _counted_end(start: dt.date, period: str, sentence: str) -> dt.date | None:
    """继续暂停…相关措施1年 / 自本公告发布之日起六个月内，暂停实施…: the end a printed duration reaches from the start —
    none where the duration runs on from the window as it stood (按照原期限顺延6个月: see _from_old_end)."""
    parts = [part for part in re.split(r"[;；]", period) if part.strip()]
    # (its own ；-part, and the parts after it that name no notice: …继续暂停实施；暂停期限按照原期限顺延6个月执行)
    own = parts[:1] + list(itertools.takewhile(lambda part: "号" not in part, parts[1:]))
    if any(_FROM_OLD_END_RE.search(part) for part in own):
        return None
    return duration_end(start, period) or duration_end(start, _period_aside(sentence))


# (暂停期限按照原期限顺延6个月执行 / 在原暂停期限基础上延长一年: the old end, not printed here, and a duration after it)
_FROM_OLD_END_RE = re.compile(
    r"(?:按照?|在)?原(?:定)?(?:暂停)?(?:期限|期间)(?:基础上)?\s*(?:顺延|延长|延续)\s*"
    r"(?P<period>(?:\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*(?:个)?\s*(?:月|年|日|天))"
)


def _from_old_end(acts: list[Relation], sentence: str) -> list[Relation]:
    """A suspension extended by a duration from the window as it stood (see _FROM_OLD_END_RE): its start and end are
    the target's window in force and that duration after it, for a reader of the other notices to resolve."""
    extended = _FROM_OLD_END_RE.search(sentence)
    if extended is None:
        return acts
    anchor = WindowAnchor(maker=None, duration=extended.group("period"))
    # (…顺延6个月执行；…第62号…暂停实施1年: its own ；-part's acts — or, where it names none, the part before's:
    # …第61号第二条继续暂停实施；暂停期限按照原期限顺延6个月执行)
    part = _own_part(sentence, extended.start())
    if "号" not in part:
        before = re.split(r"[;；]", sentence[: max(0, sentence.find(part) - 1)])
        part = f"{before[-1] if before else ''}；{part}"
    return [
        dataclasses.replace(a, anchor=anchor)
        if a.relation == "suspends"
        and a.anchor is None
        and a.window_until is None
        and a.target_label.strip() in part
        else a
        for a in acts
    ]


def _start_after_the_resumption(verb_clause: str, until: dt.date, own_day: dt.date | None) -> dt.date | None:
    """The start of a suspension whose printed start falls after its end: none (an earlier window, told) when its own
    clause printed that start; else the start was the resumption's after it (…第（一）项暂停至2027年3月31日止，暂停期满后
    自2027年4月1日起恢复实施), and the suspension runs from this notice's own day, if that is before its end."""
    if _FROM_RE.search(verb_clause) or _WINDOW_RE.search(verb_clause):
        return None
    return own_day if own_day is not None and own_day <= until else None


# A suspension printed as starting this long before publication is one an earlier notice made, told as the
# background of what this one decides (a notice suspends from its own day or later, not a season back).
_TOLD_START_DAYS = 31


# …第30号公告所列14家欧盟实体移出…名单 / …所列实体: every party the notice listed, so the notice's measures end whole
# (…第51号所列甲公司、乙公司等3家美国实体 / 该公告所列16家美国实体 / …第35号对下列8家实体采取的措施 / …，该公告规定的措施
# 同时停止执行: the same, the parties named or counted as the notice's, or its measures ending as such)
_WHOLE_LISTING_RE = re.compile(
    r"(?:号|该公告|上述公告)(?:公告)?\s*(?:中)?(?:所列|列入|公布)的?\s*(?:全部|所有|上述)?"
    r"(?:\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*家|[^。;；]{0,160}?等\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*家)?"
    # (…第21号所列其余13家实体 / 其他实体: the rest, some of the notice's parties)
    r"[^,，。;；其]{0,6}?(?:实体|企业|单位|组织|机构)"
    # (not …第35号所列台湾地区实体甲股份有限公司（…）: one party, named right after the word — not 所列实体及其下属公司（…）)
    r"(?!\s*(?!及|以及|和|与|的)[^,，。;；及和与]{2,30}?(?:公司|株式会社|集团|大学|研究院|研究所)\s*[(（])"
    r"|号(?:公告)?\s*对[^。;；]{0,20}?(?:实体|企业)采取的"
    # (对2025年4月4日列入出口管制管控名单的16家美国实体: every party a day's listing put on the list)
    r"|列入[^,，。;；]{0,12}?(?:名单|清单)的\s*(?:全部|所有)?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*家[^,，。;；]{0,6}?(?:实体|企业|单位|组织|机构)"
    r"|(?:该|上述|原)公告(?:规定|所列|采取)的(?:相关)?措施[^。;；]{0,8}?(?:停止|终止)"
)


def _told_window(start: dt.date | None, until: dt.date | None, published_on: dt.date | None) -> bool:
    """A suspension window this notice only tells: over before it was published (…第72号对…第二款暂停实施至
    2026年11月27日, in a later notice), or begun well before (…第61号自2025年11月7日起暂停实施…)."""
    if published_on is None:
        return False
    ended = until is not None and until < published_on
    begun = start is not None and start < published_on - dt.timedelta(days=_TOLD_START_DAYS)
    return ended or begun


# …第一款继续暂停实施至2027年2月28日，自2027年3月1日起恢复实施: the same part resumed on a printed day
_THEN_RESUMED_RE = re.compile(
    # (…暂停至2027年3月31日止，暂停期满后自2027年4月1日起恢复实施: the same, after the window's end named)
    r"[,，]\s*(?:并|再)?\s*(?:(?:上述|该)?(?:暂停)?(?:期满|届满|期限届满)(?:后|以后|之后)\s*[,，]?\s*)?"
    r"自\s*(?P<day>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起\s*(?:予以)?恢复(?:实施|执行|适用)"
    r"\s*(?:[。;；]|$)"
)


# (not …期满后自动恢复实施: the window simply ending, no act of its own)
_RESUMED_AT_END_RE = re.compile(
    rf"{_AT_WINDOW_END}(?:将|即)?\s*(?:予以)?恢复(?:实施|执行|适用)\s*(?:[。;；]|$)"
)


def _resumed_after(sentence: str, refs: list[Ref], acts: list[Relation], shown: str) -> list[Relation]:
    """Resumptions a sentence prints after suspending the same parts until a day (no other reference
    between): one per suspension it ends."""
    then = _THEN_RESUMED_RE.search(sentence) or _RESUMED_AT_END_RE.search(sentence)
    if then is None or any(r[3] > then.start() for r in refs):
        return []
    printed = then.groupdict().get("day")
    day = parse_date(printed) if printed else None
    # (…；商务部公告2025年第62号，暂停期满后恢复实施: the notices of its own ；-part only)
    part = max((m.end() for m in re.finditer(r"[;；]", sentence[: then.start()])), default=0)
    own = {r[0] for r in refs if r[0] is not None and part <= r[3] < then.start()}
    return [
        dataclasses.replace(
            a,
            relation="resumes",
            window_from=day or _day_after_window(a, sentence),
            window_until=None,
            quote_zh=shown,
        )
        for a in acts
        if a.relation == "suspends"
        and a.window_until is not None
        and (day is None or day > a.window_until)
        and (not own or a.target_number in own)
    ]


def _printed_day(day: dt.date, text: str) -> bool:
    return re.search(rf"{day.year}\s*年\s*0?{day.month}\s*月\s*0?{day.day}\s*日", text) is not None


def _day_after_window(act: Relation, sentence: str) -> dt.date | None:
    """…继续暂停实施6个月，届时恢复实施: the day a duration reaches; …继续暂停实施至2027年11月10日，届时恢复实施: the day after the
    last day printed."""
    until = act.window_until
    if until is None:
        return None
    printed = _printed_day(until, sentence)
    return until + dt.timedelta(days=1) if printed or not DURATION_RE.search(sentence) else until


# (…继续实施。 / 该公告第一款第（三）项及其余各款的实施安排，另行公告。: nothing decided on it here)
_GOES_ON_RE = re.compile(
    r"^\s*(?:(?:仍|仍然|均)?\s*(?:继续|照常)(?:实施|执行|适用|有效)|另行(?:公告|通知|规定|确定)"
    # (…所列人造石墨材料及其制品，仍依照该公告管理: kept under the target's own terms)
    r"|(?:仍|仍然)(?:按照?|依照|依)(?:该公告|原公告|上述公告|原规定|原文)(?:的规定)?(?:管理|执行|实施|办理)"
    # (…第1361号公告第四条…所定暂停期限，不作调整: left as they are)
    r"|(?:均)?(?:不作|不予|未作|暂不)(?:调整|修改|变更|变动)"
    # (…第57号公告，暂停期限不变: its window stays)
    r"|(?:暂停|中止|暂缓)?(?:期限|期间|安排)\s*(?:保持|维持|仍)?不变"
    # (该公告第三条至第五条，仍按照…第2201号第一条的规定暂停实施: suspended as another notice decided, no act here)
    r"|(?:仍|仍然)(?:按照?|依照)[^,，;；。]{0,40}?规定(?:继续)?(?:暂停|中止|暂缓)(?:实施|执行|适用))"
    r"\s*(?:[。;；]|$)"
)


_GOES_ON_HERE_RE = re.compile(
    r"^[^,，;；。“”\"]{0,40}?(?:(?:仍|仍然|均)?\s*(?:继续|照常)(?:实施|执行|适用|有效)"
    # (…第10号第三款第（一）项仍按原文执行: kept as printed)
    r"|(?:仍|仍然)(?:按照?|依照)(?:原文|原规定|原公告)(?:的规定)?(?:执行|实施|办理)"
    # (…第一条第（一）项的暂停期限不作调整 / …第二条继续按原定期限暂停实施: its window stays as it was)
    r"|(?:不作|不予|未作|暂不)(?:调整|修改|变更|变动)"
    r"|(?:仍|均)?继续按照?(?:原定|原|现行|既定)的?(?:期限|安排)(?:暂停|暂缓|中止)(?:实施|执行)"
    r"|(?:仍|仍然)(?:按照?|依照)[^,，;；。]{0,40}?规定(?:继续)?(?:暂停|中止|暂缓)(?:实施|执行|适用))\s*[,，;；。]?\s*$"
)
# (该条第（一）项继续暂停，暂停期限按照…第2202号第二条执行: suspended still, for a window another notice set)
_STILL_SUSPENDED_RE = re.compile(
    r"^[^,，;；。]{0,40}?(?:仍|均)?继续(?:暂停|中止|暂缓)(?:实施|执行|适用)?\s*$"
)
# (not …暂停期限按照本公告第二条规定执行: this notice's own window, set below)
_WINDOW_SET_ELSEWHERE_RE = re.compile(
    r"^\s*(?:暂停|中止|暂缓)?(?:期限|期间)\s*(?:仍|仍然)?(?:按照?|依照)(?![^。;；]{0,4}?本(?:公告|决定))"
    r"(?!照?\s*附件)[^。;；]{0,60}?"
    # (…按照…第2202号第二条 / 原公告 / 该公告 / …第70号附件1所列期限…执行: another notice's window — not 按照附件所列期限,
    # this notice's, nor 按照原期限顺延6个月执行, a new period)
    r"(?:(?<!序)号|原|现行|该公告|上述公告|前述公告)(?![^。;；]{0,12}?(?:顺延|延长|延续)\s*(?:\d|[一二两三四五六七八九十半]))"
    r"[^。;；]{0,30}?(?:执行|办理|确定)\s*(?:[。;；]|$)"
)


_DONE_BEFORE_HERE_RE = re.compile(rf"^[^,，;；。“”\"]{{0,40}}?{_DONE_ON_DAY}\s*[,，;；。]?\s*$")
# (该公告第一条、第二条不在暂停之列 / …不属于本次暂停范围: left out of this notice's act)
_LEFT_OUT_HERE_RE = re.compile(
    r"^[^,，;；。“”\"]{0,40}?不(?:在|属于)(?:本次|本公告)?[^,，;；。]{0,8}?(?:之列|范围(?:之内|以内|内)?)\s*[,，;；。]?\s*$"
)


_LEFT_OUT_NEXT_RE = re.compile(
    r"^\s*[,，]?\s*(?:均|也|亦)?\s*不(?:在|属于)(?:本次|本公告)?[^,，;；。]{0,8}?(?:之列|范围(?:之内|以内|内)?)\s*[,，;；。]?\s*$"
)


def _left_out_here(sentence: str, pairs: list[tuple[int, int]], index: int, position: int) -> bool:
    """Whether the reference's own clause leaves it out of this notice's act, and no act on it follows (…不在暂停之列，
    继续实施 — not …第58号第三条不属于暂停范围，恢复实施), or tells what was done to it before (…，该公告第三条已于2031年5月1日
    停止实施)."""
    own = sentence[position : pairs[index][1]]
    if _DONE_BEFORE_HERE_RE.search(own):
        # (…，该公告第三条已于…停止实施。 at the sentence's end: told beside the act — not …已于…停止实施，现予以废止 /
        # …，上述两份公告自…起废止, the sentence acting on it next)
        return _verb(sentence[pairs[index][1] :]) is None  # (…停止实施，不再另行公告。: a remark, no act)
    after = sentence[slice(*pairs[index + 1])] if index + 1 < len(pairs) else ""
    if not _LEFT_OUT_HERE_RE.search(own):
        # (…第39号第二条关于取消…第50号所列…的规定，不属于本次清理范围: left out in the clause after its own — not
        # …第三条，不属于本次暂停范围，自…起恢复实施, an act after it)
        later = sentence[slice(*pairs[index + 2])] if index + 2 < len(pairs) else ""
        # (…，不属于本次清理范围，该公告其余条款自…起废止: the act after it is on the other clauses)
        on_others = bool(re.match(r"\s*(?:该公告|上述公告|原公告)?\s*(?:其余|其他)", later))
        return bool(_LEFT_OUT_NEXT_RE.match(after)) and (not later or on_others or _verb(later) is None)
    return not after or bool(_GOES_ON_RE.match(after)) or _verb(after) is None


def _goes_on(sentence: str, position: int) -> bool:
    """Whether the clause after the reference's own says only that it goes on (…，继续实施。)."""
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence)), len(sentence)]
    pairs = list(itertools.pairwise(bounds))
    index = next((i for i, (a, b) in enumerate(pairs) if a <= position < b), None)
    if index is not None and _GOES_ON_HERE_RE.search(sentence[position : pairs[index][1]]):
        return True  # …；该公告第一项、第二项继续执行。: said in the reference's own clause
    if index is not None and _left_out_here(sentence, pairs, index, position):
        return True
    if index is None or index + 1 >= len(pairs):
        return False
    after = sentence[slice(*pairs[index + 1])]
    if _STILL_SUSPENDED_RE.search(sentence[position : pairs[index][1]].rstrip(",，;；。")) and (
        _WINDOW_SET_ELSEWHERE_RE.match(after)
    ):
        return True
    if re.search(
        r"(?:仍|均)?继续(?:暂停|中止)(?:实施|执行)?\s*[,，]?\s*$", sentence[slice(*pairs[index])]
    ) and re.match(r"\s*(?:暂停|中止)?(?:实施)?(?:期限|期间|安排)\s*(?:保持|维持|仍)?不变", after):
        return True  # (该公告第三款至第六款继续暂停实施，暂停期限不变: it goes on as set, no act)
    # (同时暂停实施的第56号、第57号公告，暂停期限不变: a verb before 的 says which notices, it does not act)
    if _verb(_MODIFYING_VERB_RE.sub("", sentence[slice(*pairs[index])])) is not None:
        return False
    if re.search(
        r"(?:其他|其余)各?(?:款|条|项|规定)", sentence[slice(*pairs[index])]
    ) and _STAYS_SUSPENDED_RE.match(after):
        return True  # …；该公告其他各款，继续暂停实施。: the rest stays as it was, no window of its own
    return bool(_GOES_ON_RE.match(after))


_MODIFYING_VERB_RE = re.compile(r"(?:暂停|中止|暂缓|恢复)(?:实施|执行|适用)?的")
_STAYS_SUSPENDED_RE = re.compile(r"^\s*(?:仍|均)?继续(?:暂停|中止)(?:实施|执行|适用)?\s*(?:[。;；]|$)")


_AUTOMATIC_RE = re.compile(r"(?:期满|届满)(?:后|之后|以后)?\s*[,，]?[^。;；]{0,20}?(?:自动)?恢复|自动恢复")
# (…期限届满未另行公告的，该项措施自期限届满之次日起恢复实施: what happens if nothing more is decided, no act)
_UNLESS_DECIDED_RE = re.compile(
    r"未(?:另行)?(?:公告|决定|通知|作出[^,，。;；]{0,6}?决定)的[^。;；]{0,30}?恢复"
)


def _automatic(verb: RelationType, verb_clause: str, sentence: str) -> bool:
    """A resumption that only states what happens when the extension this notice just made runs out (延长期满，
    上述公告恢复施行) or when a window ends by itself (…届满后…自动恢复实施), not one it decides on another's window
    (…暂停实施期满后，自2026年11月11日起恢复实施)."""
    if verb != "resumes":
        return False
    said = sentence[: sentence.find(verb_clause) + len(verb_clause)]
    if _UNLESS_DECIDED_RE.search(said):
        return True
    if _BY_ITSELF_RE.search(re.split(r"[;；]", said)[-1]):
        return True  # (…暂停期限届满后，相关条款自动恢复实施: a window's end told, whosever it is; nothing decided)
    own_window = re.search(
        r"(?:延长|延期|顺延)(?:期|期限)?(?:满|届满)", said
    )  # the extension this notice made
    return bool(_AUTOMATIC_RE.search(said)) and bool(own_window)


_BY_ITSELF_RE = re.compile(r"(?:期满|届满)[^。;；]{0,30}?自动恢复")


_SAME_DAY_RE = re.compile(r"同时|同日|同一日|当日")


def _window_text(sentence: str, verb_clause: str, verb: RelationType) -> str:
    """What of `sentence` may print the window of the act (`verb`) `verb_clause` states: that clause first,
    then the clauses that state no other act (自即日起至…，暂停实施…; …，暂停期限为…; …不再中止，自…起恢复执行) —
    not a window printed for another act of the same sentence (…延长6个月，即截止日期为…；对…第21号…停止执行
    相关措施)."""
    if _SAME_DAY_RE.search(verb_clause):
        # …，A同时废止 / 该公告第三款自同日起…: the day another act of the sentence prints (an end the clause prints,
        # 自同日起继续暂停实施至2027年7月31日, is its own)
        return f"{verb_clause}，{sentence}" if _UNTIL_RE.search(verb_clause) else sentence
    at = sentence.find(verb_clause)
    sentence = _without_other_acts_periods(sentence, _own_part(sentence, at) if at >= 0 else sentence)
    own_start = verb_clause.strip()
    others: list[str] = []
    current: RelationType | None = None  # the act of the last clause that states one
    for part in _CLAUSE_BREAK_RE.split(sentence):
        said = _verb(part)
        period = bool(_PERIOD_CLAUSE_RE.match(part) or _PERIOD_SENTENCE_RE.match(part))
        current = said if said is not None and not period else current
        # (…，自2027年1月1日起不再实施出口管制；该公告其他各款，…暂停实施，至…止: a verbless clause after
        # another act's clause prints that act's window)
        if part.strip() and part.strip() not in own_start and (period or current in (None, verb)):
            others.append(part)
    if "|" in sentence:
        # (… | 恢复实施，其中第一条…继续暂停实施 | 自2027年5月1日起: a row's period cell dates every act of the row)
        others += [c for c in sentence.split("|") if c.strip() and _verb(c) is None and c not in others]
    dated = _FROM_RE.search(verb_clause) or _WINDOW_RE.search(verb_clause) or _UNTIL_RE.search(verb_clause)
    return verb_clause + "，" + "，".join(others) if dated else "，".join([*others, verb_clause])


def _prints_a_day(part: str) -> bool:
    return bool(
        _FROM_RE.search(part) or _WINDOW_RE.search(part) or _UNTIL_RE.search(part) or DURATION_RE.search(part)
    )


def _names_a_target(part: str, own: str) -> bool:
    """…；商务部 海关总署公告2025年第56号，… / …；第二条，…: the part names a target of its own — not 该条, 上述两条, 该公告第三条,
    nor the clauses the act's own part names (…第一条、第二条，自…起暂停实施；第一条、第二条的暂停期限均至…)."""
    if _REF_RE.search(part):
        return True
    # (…；暂停期间，该公告第三条规定的许可证件继续有效: named in passing; …；该公告第二条自…起暂停实施: the part's own subject)
    said = re.sub(
        r"(?:该|本|上述|前述)(?:公告|决定|条|款)?(?:的)?(?=第[^，,；;]{1,8}?(?:条|款|项)\s*(?:规定|所列|所称|的))"
        # (…；暂停期限至2027年12月31日，本公告第三条另有规定的除外: this notice's own clause is never a target)
        r"|本(?:公告|决定)\s*(?:的)?(?=\s*第)",
        "〼",
        part,
    )
    named = set(re.findall(rf"(?<!〼)第\s*({_CN_NUMERAL})\s*(?:条|款|项)", said))
    return bool(named - set(re.findall(rf"第\s*({_CN_NUMERAL})\s*(?:条|款|项)", own)))


def _without_other_acts_periods(sentence: str, own: str) -> str:
    """`sentence` less the ；-parts whose period is another act's, where the act's own part prints one."""
    if own == sentence:
        return sentence
    parts = re.split(r"(?<=[;；])", sentence)
    if DURATION_RE.search(own) or _UNTIL_RE.search(own):
        # (…第56号…中止执行，为期6个月；…第57号第四款、第五款自同日起暂缓执行，期限至2036年12月31日止: the end of
        # the act's own ；-part, not the end another part prints for its act)
        return "".join(
            p for p in parts if own.strip() in p or not (DURATION_RE.search(p) or _UNTIL_RE.search(p))
        )
    if _FROM_RE.search(own) or _WINDOW_RE.search(own):
        # (…第一条至第三条，自本公告公布之日起至2027年6月30日，继续暂停实施；该公告第四条，自2027年1月1日起恢复实施: the
        # start the act's own ；-part prints, not the window another act's part prints; a verbless part, …；暂停期限为1年,
        # still dates the act before it)
        # (…暂停实施；暂停实施期间为2027年7月1日至2027年12月31日 / …；上述两条的暂停期限均至…: a part with the same act
        # prints this act's period, so only a part stating another act is dropped)
        mine = _verb(own)
        return "".join(
            p
            for p in parts
            if own.strip() in p
            or not _prints_a_day(p)
            or (
                _verb(p) in (None, mine)
                and (
                    not _names_a_target(p, own)
                    or (_SHARED_PERIOD_RE.search(p) and (not _REF_RE.search(p) or _EVERY_ONE_RE.search(p)))
                )
            )
        )
    return sentence


# (…第一条自…起暂停实施；该公告第二条同时暂停实施，暂停期限均至2027年12月31日: 均 gives the period to both parts' acts)
# (…；…第56号第二条继续暂停实施，上述暂停期限均至… / 两公告暂停期限均至…: 均 said of every act before, by name)
_EVERY_ONE_RE = re.compile(
    r"(?:上述|以上|前述)[^,，。;；]{0,8}?(?:期限|期间)\s*均"
    # (两份公告的暂停期限均至… / 各项措施的暂停期限均至… — not 该公告两条的…, one notice's clauses)
    r"|(?<!该公告)(?:(?:两|二|三|各)(?:个|份|则)?公告|各项(?:措施)?|两项(?:措施)?)[^,，。;；]{0,6}?(?:期限|期间)\s*均"
)
_SHARED_PERIOD_RE = re.compile(
    r"(?:期限|期间|时间)\s*均\s*(?:至|到|为|截至)|均\s*(?:暂停|中止|暂缓)(?:实施|执行)?至"
)


# A printed paragraph ends on its closing punctuation; a line that does not (a capture or an extraction that
# broke it every so many characters: …商务部 海关总署公告2023年 / 第23号）；) goes on in the next, unless that
# one opens a numbered clause or point of its own.
# (…修改为：“…依法处置。”: the close of a quotation after its full stop ends the paragraph too)
_PARAGRAPH_END_RE = re.compile(r"[。；;：:！？!?][”」』]?\s*$")
_NUMBERED_START_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)"
    # (1、2025年10月9日发布的…: a row; 1.2 is no marker, a number)
    r"|\d{1,3}\s*(?:、|\.(?!\d)))"
)


# 不 可 靠 实 体 清 单 工 作 机 制 / 公  告 / 〔2026〕1285号: a page's spaced heading and its number, lines of their own
# (the paragraph after them is no continuation of theirs)
_HEADING_LINE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+|[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*第?\s*\d{1,4}\s*号"
    r"|(?:[\u4e00-\u9fff ]{0,40})?(?:公告|令)\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号"
    # (公  告 / 2026年 第1610号: the number printed alone under the heading)
    r"|(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号"
    # (商务部 / 2027年2月26日 / 商务部关于修改《…》的决定: an order's signature, its date and the decision's title, each
    # a line of its own before the decision's text)
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[\u4e00-\u9fff、 ]{2,20}关于[^。；;：:，,]{2,80}的(?:决定|公告|通知))\s*$"
)


_TABLE_NOTE_RE = re.compile(r"\s*(?:表中|上表|本表|注\s*\d*\s*[:：]|说明\s*[:：])")


def _reflowed(text: str) -> str:
    """The body with broken paragraphs joined again (see _PARAGRAPH_END_RE), and table rows broken inside a
    cell (a PDF's wrap) joined until they have every cell or stop filling the text's width."""
    lines = [line.strip() for line in text.split("\n")]
    joined: list[str] = []
    columns = 0  # the cell separators of the table being read (its first row's), 0 outside a table
    width = max((len(line) for line in lines), default=0)
    filled = False  # the line before ran to the text's width: a wrap, not the end of what it printed
    for line in lines:
        if not line:
            continue
        last = joined[-1] if joined else ""
        in_table = bool(_TABLE_ROW_RE.search(last))
        wrapped_row = (
            in_table
            and not _NUMBERED_START_RE.match(line)
            and not _TABLE_NOTE_RE.match(
                line
            )  # (表中第2项…自…起执行。 / 注：…: a note under the table, no cell)
            and (last.count("|") < columns or (filled and line.count("|") < columns))
        )
        filled = width >= 20 and len(line) >= 0.85 * width
        if wrapped_row or (
            joined
            and not _PARAGRAPH_END_RE.search(last)
            and not _HEADING_LINE_RE.match(last)
            and not _HEADING_LINE_RE.match(
                line
            )  # (a date or a title line is one of its own, not a wrap's rest)
            and not _NUMBERED_START_RE.match(line)
            and not (_TABLE_ROW_RE.search(line) or in_table)  # a complete table row ends its line
        ):
            joined[-1] += line
        else:
            if _TABLE_ROW_RE.search(line) and not in_table:
                columns = line.count("|")
            joined.append(line)
    return "\n".join(joined)


def _top_clause(text: str, at: int, sentence: str) -> str | None:
    """The numeral of this notice's clause a sentence opens (一 for a line 一、…), None if it opens none."""
    if at and text[at - 1] != "\n":
        return None  # a sentence inside a line belongs to the clause the line opened
    numbered = _TOP_CLAUSE_RE.match(sentence)
    return numbered.group(1) if numbered else None


# 将…第八款修改为：“八、本公告第一条自2027年3月1日起实施…” / 增加一款，作为第七款：“七、…”: the words in quotation
# marks are the target's new text — its dates, clauses and verbs are the target's, never this notice's acts
# or windows. A span may run over lines (an entry quoted with its numbered criteria); it is blanked character
# for character (whitespace kept) so that sentences and positions stay those of the printed text.
_QUOTED_SPAN_RE = re.compile(r"“[^“”]{1,2000}”|「[^「」]{1,2000}」|『[^『』]{1,2000}』")
_ASCII_QUOTED_RE = re.compile(r'"[^"]{1,2000}"')
_BLANK = "〼"


def _blank_quoted(text: str) -> str:
    """`text` with every character inside quotation marks but whitespace replaced by _BLANK — but the label of a
    lettered sub-item the quote opens on after 中的 (…第2目中的“b.【保留】”修改为：), which names the part acted on."""

    def blank(match: re.Match[str]) -> str:
        inner = match.group(0)[1:-1]
        label = re.match(r"\s*[a-z]\s*\.", inner) if text.endswith("中的", 0, match.start()) else None
        keep = label.end() if label else 0
        return match.group(0)[0] + inner[:keep] + re.sub(r"\S", _BLANK, inner[keep:]) + match.group(0)[-1]

    text = _QUOTED_SPAN_RE.sub(blank, text)
    # Half-width pages print "…" for “…”; the same mark opens and closes, so pairs are trusted only when they
    # balance (one stray mark would pair every later quotation wrongly and blank the acts between them).
    return _ASCII_QUOTED_RE.sub(blank, text) if text.count('"') % 2 == 0 else text


_PART_NO = r"第\s*[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）]?\s*(?:款|条|项|目)?"
# 原第八款改为第九款 / 原第七条、第八条依次改为第八条、第九条: the target's parts renumbered after an addition or a deletion —
# numbers moved, nothing acted on (the act is the addition or deletion beside it)
_RENUMBERING_RE = re.compile(
    # (原第十三条第三款改为第四款: a paragraph of an article, printed with its article)
    rf"(?:原\s*(?:{_PART_NO}\s*){{1,3}}(?:\s*[、和及至]\s*{_PART_NO})*\s*(?:相应|依次|顺次)?"
    rf"|{_PART_NO}(?:\s*[、和及至]\s*{_PART_NO})*\s*(?:相应|依次|顺次)"
    # (删去第二条第（四）项第3目，第4目改为第3目: a segment of its own after the deletion, said bare)
    rf"|(?<=[,，;；])\s*{_PART_NO}(?:\s*[、和及至]\s*{_PART_NO})*\s*(?=(?:改为|调整为|顺延为|变更为|改列为)\s*第))"
    rf"\s*(?:改为|调整为|顺延为|变更为|改列为)\s*{_PART_NO}(?:\s*[、和及至]\s*{_PART_NO})*"
)


@functools.lru_cache(
    maxsize=4
)  # (the body of the notice being read, asked again by a rule reading one sentence)
def _said(text: str) -> str:
    told_ended = _TOLD_ENDED_RE.sub(lambda m: _BLANK * len(m.group(0)), text)
    return _blank_current_ends(_blank_unchanged(_blank_renumbered(_blank_quoted(told_ended))))


# 下列公告（条款）所定暂停期限截至2040年7月1日均已届满，相关公告（条款）自…起予以废止：: windows said to have ended, told —
# no window of the act (…的暂停期限于…届满后，…恢复实施, an end still to come, stays)
_TOLD_ENDED_RE = re.compile(
    rf"(?:所定|规定的|确定的)?\s*(?:暂停|中止)(?:实施)?(?:期限|期间)\s*(?:截至|至|于)\s*{_DATE}\s*(?:均)?\s*已(?:经)?\s*(?:届满|到期|期满)"
)


# …第55号（现行暂停期限至2037年1月31日）、第57号（现行暂停期限至2037年2月28日），自各自现行暂停期限届满之次日起继续暂停实施
# 6个月: the end of each target's window in force, told beside it — no end of this notice's act
_CURRENT_END_RE = re.compile(
    rf"[（(]\s*(?P<now>现行|当前|原)?的?(?:暂停(?:实施)?)?(?:期限|期间)\s*(?:至|到|截至)\s*(?P<end>{_DATE})\s*(?:止|届满)?\s*[)）]"
)
_EACH_OWN_END_RE = re.compile(
    r"各自(?:现行|原)?的?(?:暂停(?:实施)?)?(?:期限|期间)\s*届满(?:之日的?)?之?次日起"
)


# (a space to the reference patterns; what tells _dated_after each target's end was printed beside it)
_END_FILL = "\u2002"


def _blank_current_ends(text: str) -> str:
    """The brackets printing a target's window in force blanked: …（现行暂停期限至…）, or any such bracket in a sentence
    that goes on to 自各自…届满之次日起 (…（暂停期限至2037年1月31日）…, each target's end) — never the act's own end."""

    def blank(m: re.Match[str]) -> str:
        # (the rest of its ；-part: …第58号第三条（暂停期限至…）；…第55号，自各自…: the act's own end, another part's 各自 —
        # unless its part acts on nothing, one target of a run: 对下列公告：…第55号（暂停期限至…）；…第57号（…），自各自…)
        begin = max(text.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        after = re.split(r"[。;；]", text[m.end() :], maxsplit=1)[0]
        alone = _names_target_only(text[begin : m.start()] + after)
        rest = text[m.end() :].split("。", 1)[0] if alone else after
        in_force = m.group("now") in ("现行", "当前") or _EACH_OWN_END_RE.search(rest) is not None
        return _END_FILL * len(m.group(0)) if in_force else m.group(0)

    return _CURRENT_END_RE.sub(blank, text)


def _targets_run_start(text: str, position: int) -> int:
    """Where the run of ；-parts before `position` (the start of a part) starts, when each names a target and acts on
    nothing (…第55号（暂停期限至…）；…第57号（暂停期限至…），自各自…: one list of targets); `position` when none does."""
    start = position
    while True:
        cut = max(text.rfind(";", 0, start), text.rfind("；", 0, start))
        stop = max(text.rfind("。", 0, start), text.rfind("\n", 0, start))
        if cut < 0 or cut < stop:
            return start
        begin = max(stop, text.rfind(";", 0, cut), text.rfind("；", 0, cut)) + 1
        if not _names_target_only(text[begin:cut]):
            return start
        start = begin


def _names_target_only(part: str) -> bool:
    """A ；-part that names a notice and acts on nothing (its window in brackets aside)."""
    bare = _CURRENT_END_RE.sub("", part)
    return "号" in bare and _verb(bare) is None


def _from_each_own_end(acts: list[Relation]) -> list[Relation]:
    """Acts from the day after each target's own window ends (自各自现行暂停期限届满之次日起), that end printed in a bracket
    after the target (a notice, or a clause of the one before): each starts there; a continued suspension runs its
    printed period from it (else keeps the end it prints), a resumption runs on."""
    shown = acts[0].quote_zh if acts else ""
    each_own = _EACH_OWN_END_RE.search(shown)
    if each_own is None:
        return acts
    # (…6个月；暂停期间，…30日内报告: the act's part ends at the ； after 各自…, whatever ；-part holds the brackets)
    part = re.split(r"[;；]", shown[each_own.start() :])[0]
    # (…；…第55号、第57号，自各自…: the ；-part naming its own targets — …的暂停期限即将届满；经研究，自各自…: the parts before)
    opening = max(shown.rfind("；", 0, each_own.start()), shown.rfind(";", 0, each_own.start())) + 1
    opening = _targets_run_start(shown, opening) if "号" in shown[opening : each_own.start()] else 0
    part = shown[opening : each_own.start()] + part
    ends, order = _ends_beside(part)
    periods = [m.group(0) for m in DURATION_RE.finditer(_CURRENT_END_RE.sub("", part))]
    # (…第55号（…）、第56号（…），自各自…届满之次日起，分别继续暂停实施6个月和1年: each its own period, in order)
    each = dict(zip(order, periods, strict=True)) if len(periods) == len(order) > 1 and "分别" in part else {}
    each.update({(k[0], None): v for k, v in list(each.items()) if (k[0], None) not in each})
    out = []
    for act in acts:
        number = act.target_number.number if act.target_number else None
        key = next(
            (k for k in ((number, (act.clause or "").split("/")[0]), (number, None)) if k in ends), None
        )
        if key is None or act.relation not in ("suspends", "resumes"):
            out.append(act)
            continue
        start = ends[key] + dt.timedelta(days=1)
        period = each.get(key) or (periods[0] if len(periods) == 1 else None)
        until = (
            (duration_end(start, period) if period else act.window_until)
            if act.relation == "suspends"
            else None
        )
        out.append(dataclasses.replace(act, window_from=start, window_until=until, anchor=None))
    return out


_EndKey = tuple[int | None, str | None]


def _ends_beside(part: str) -> tuple[dict[_EndKey, dt.date], list[_EndKey]]:
    """Each printed end of a window in force, keyed by the notice (and clause) printed right before its bracket — the
    first end of a notice also its own (…第55号第一款至第四款（…）) — and the keys in the order printed."""
    ends: dict[_EndKey, dt.date] = {}
    order: list[_EndKey] = []
    number: int | None = None
    for bracket in _CURRENT_END_RE.finditer(part):
        before = part[: bracket.start()]
        # (…第55号（…）、56号（…）: a number of the same series printed bare)
        printed = re.search(r"(?:第\s*)?(\d{1,4})\s*号[^（(第]{0,8}$", before)
        clause = re.search(rf"第\s*({_CN_NUMERAL})\s*(?:条|款)[^（(]{{0,8}}$", before)
        numbers = re.findall(r"(?:第\s*)?(\d{1,4})\s*号", before)
        number = int(printed.group(1)) if printed else (int(numbers[-1]) if numbers else number)
        end = parse_date(bracket.group("end"))
        if end is not None:
            key = (number, None if printed else (clause.group(1) if clause else None))
            ends[key] = end
            ends.setdefault((number, None), end)
            order.append(key)
    return ends, order


# (…提前终止暂停，自…起恢复实施；该公告第一款至第四款的暂停期限不变。: a ；-part saying a window or the rest stays as it
# was acts on nothing, and its clauses are not the act's before it — one without a comma, which could hold an act)
_UNCHANGED_PART_RE = re.compile(
    r"(?<=[;；])[^;；。,，\n]{1,60}?(?:期限|期间|内容|规定)\s*(?:保持|维持|仍然|仍|均)?\s*不变\s*(?=[;；。\n]|$)"
)


def _blank_unchanged(text: str) -> str:
    text = _UNCHANGED_PART_RE.sub(lambda m: re.sub(r"\S", _BLANK, m.group(0)), text)
    return _FORMER_END_RE.sub(lambda m: m.group(1) + re.sub(r"\S", _BLANK, m.group(2)), text)


# (…第62号原定暂停实施至2027年11月10日，现延期至2028年5月10日: the end as it stood, told — the new one is the act's)
# (…第58号暂停实施至2028年3月31日的期限延长至2028年12月31日: the same, named as the window extended; only where a new
# end is printed — an extension by a duration counts from the old end, which stays)
_FORMER_END_RE = re.compile(
    r"((?:原定)?(?:暂停|中止|暂缓)(?:实施|执行)?)(\s*(?:至|到)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:止)?)"
    # (…至2026年11月10日，现延长至… / …至…止的期限，延长至… / …至…，延期至…: the extension right after the old end —
    # not …至2027年11月10日，第四条的暂停期限延长至…, another clause's)
    # (…，现均延长至… / 现决定延长至… / 暂停期限延长至…: the same; not …，并延长至2027年12月31日前已受理申请的审查时限,
    # another period)
    r"(?=\s*(?:的\s*(?:期限|期间))?\s*[,，]?\s*(?:现\s*(?:决定|均|一并)?|并|予以|均|(?:暂停|中止)?(?:实施)?(?:期限|期间))?"
    r"\s*(?:延长|延期|顺延)\s*(?:至|到)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?!\s*(?:前|以前|之前)))"
)


def _blank_renumbered(text: str) -> str:
    """`text` with each renumbering of the target's parts (see _RENUMBERING_RE) blanked as quoted words are."""
    return _RENUMBERING_RE.sub(lambda m: re.sub(r"\S", _BLANK, m.group(0)), text)


# …第55号增加一款，作为第七款 / 第一款中增加一项，作为第（五）项: the act creates a clause (or a point under the
# printed clause) of the target; the part acted on is the one created.
_CREATED_RE = re.compile(
    rf"[^。]{{0,120}}?(?:作为|列为)\s*(?:该|本)?(?:款|条|项)?\s*第?\s*\(?\s*(?P<n>{_CN_NUMERAL}|\d{{1,3}}|[a-z](?=\s*\.))\s*\)?\s*\.?\s*"
    r"(?P<unit>款|条|项|目)"
)


def _created_at_top(created: re.Match[str], clause: str | None, sentence: str, position: int) -> str | None:
    """The part created beside a printed top-level one (在…〔2025〕8号第二项之后增加一项，作为第三项), or inside a printed
    article (第十三条增加一款，作为第二款: a paragraph of that article); None otherwise."""
    if clause is None or "/" in clause:
        return None
    unit = created.group("unit")
    if re.search(rf"第\s*{_CN_NUMERAL}\s*{unit}\s*(?:之后|以后|后|之前|前)", created.group(0)):
        return created.group("n")
    if unit == "款" and re.match(
        rf"\s*第\s*{_CN_NUMERAL}\s*条\s*中?\s*(?:增加|增设|新增|补充)", created.group(0)
    ):
        return f"{clause}/{created.group('n')}"
    return None


def _created_part(verb: RelationType, clause: str | None, sentence: str, position: int) -> str | None:
    """The part of the target an act makes or changes (see _CREATED_RE and _lifted_part)."""
    created = _CREATED_RE.match(sentence, position) if verb == "amends" else None
    if created is None:
        return _lifted_part(verb, clause)
    top = _created_at_top(created, clause, sentence, position)
    if top is not None:
        return top
    sibling = re.search(rf"第\s*\(\s*{_CN_NUMERAL}\s*\)\s*项\s*(?:之后|以后|后|之前|前)", created.group(0))
    if clause is not None and sibling and created.group("unit") == "项" and re.search(r"/\([^/]*\)$", clause):
        # 在第二款第（五）项后增加一项，作为第（六）项: a point beside the printed one, in the same clause
        return re.sub(r"/\([^/]*\)$", f"/({created.group('n')})", clause)
    if clause is None or created.group("unit") in ("款", "条"):
        # 在…第一款后增加一款，作为第二款: the printed clause only places the new one, which is the part
        return created.group("n")
    beside = re.search(
        r"第\s*\d{1,3}\s*目\s*(?:[a-z]\s*\.\s*项\s*)?(?:之后|以后|后|之前|前)", created.group(0)
    )
    if beside is not None and re.search(r"/(?:\d+|[a-z])$", clause):
        # 在…第（一）项第4目后增加一目，作为第5目 / 在…第3目c.项后增加一项，作为d.项: an entry (or a sub-item)
        # added beside the printed one amends what holds them, as entries added to a point amend the point
        return re.sub(r"/(?:\d+|[a-z])$", "", clause)
    if re.fullmatch(r"[a-z]", created.group("n")):
        return clause  # (…移至第三条第（三）项，作为该项c.项: the parts printed are the parts acted on)
    more = re.match(r"\s*(?:、|和|及|至)\s*第", sentence[created.end() :])
    if (more and created.group("unit") != "项") or (created.group("unit") == "目" and "/(" in clause):
        # …增加两目，作为第6目、第7目 / …第（一）项中增加一目，作为第8目: entries added to the item printed, which
        # is the part (points added to a clause, 增加两项，分别作为第（五）项、第（六）项, are parts of their own)
        return clause
    if re.search(r"\(\s*\d{1,3}\s*\)\s*项$", created.group(0)):
        return f"{clause}/({created.group('n')})"  # (…第1目增加一项，作为第（5）项: a bracketed point, as printed)
    if created.group("unit") == "目" or created.group("n").isdigit():
        return f"{clause}/{created.group('n')}"  # …第（二）项增加一目作为第7目: a numbered point of the item
    return f"{clause}/({created.group('n')})"


def _lifted_part(verb: RelationType, clause: str | None) -> str | None:
    """…第33号所列X，不再实施出口管制: goods taken off by what they are, not by a point of the target — the
    lift is of the target's control of them, as 停止…相关措施 is of its measures: no clause."""
    return None if verb == "lifts" and clause is not None and clause.startswith("所列") else clause


_REPLACED_ENDS_RE = re.compile(
    # (…代替…第四款第（一）项、第（二）项，被代替的两项自…起停止执行: the points replaced, named as such)
    r"(?:代替|替代|取代)[^。]*?[,，;；]\s*(?:该|上述|前述|原|被(?:代替|替代|取代)的(?:[一二两三四五六七八九十\d]{1,2})?)"
    # (…由本公告第一条代替；该公告第二款第（二）项停止执行: another part of the notice stops, not the one replaced)
    r"(?!公告|决定)(?:项|款|条|目)?(?:规定|内容|目录|清单)?"
    r"[^,，;；。]{0,20}?(?:不再(?:执行|适用|实施)|停止(?:执行|实施)|(?:同时)?废止)"
)


# (…第二款中“和关注名单”的内容，…不再执行: the content quoted stops applying, as a part of the clause would)
_DECONTROLLED_RE = re.compile(
    r"不再(?:列入|纳入|实施)(?:出口)?管制|的内容[^,，;；。]{0,4}?[,，]?[^,，;；。]{0,24}?(?:不再|停止)(?:执行|适用|实施)"
)


# (…〔2025〕7号规定的处理措施，暂停期限届满后不再恢复实施，自2037年11月11日起停止实施: a clause between)
# (…〔2025〕7号第二款规定的处理措施，自…起停止实施: a measure printed as a clause of an Unreliable Entity List notice)
_PARTY_MEASURES_OF_ITEMS_RE = re.compile(
    r"[^,，;；。]{0,80}?(?:项|款)[^,，;；。]{0,12}?(?:所列|规定)的?\s*(?:处理|反制)措施"
)
_MEASURES_STOPPED_RE = re.compile(
    # (…对因美纳公司（Illumina, Inc.）采取的…处理措施: a party's English name in brackets holds a comma)
    r"(?:[^,，;；。（(]|[（(][^（()）]{1,80}[）)]){0,80}?措施\s*[,，](?:[^。;；]{0,40}?[,，])?\s*(?:自[^,，;；。]{1,30}?起\s*[,，]?)?\s*"
    r"(?:停止|终止)(?:实施|执行|适用)"
)


# …第4目所列X，自…起按照本公告附件第6项管理，该目同时停止执行: the point moves to this notice's list and
# ends in the target, a partial repeal whatever rewrite verb came first
_POINT_ENDED_RE = re.compile(
    # (…按照本公告附件管理；上述三项自本公告施行之日起停止执行: the points named, by their count)
    r"(?:该|上述(?:[一二两三四五六七八九十\d]{1,2})?)(?:款|条|项|目)[^,，;；。]{0,20}?(?:同时|一并)?\s*"
    r"(?:停止执行|予以废止|废止|不再执行|不再适用)"
)


def _own_part(sentence: str, position: int) -> str:
    """The ；-delimited part of `sentence` that holds `position`."""
    return (
        re.split(r"[;；]", sentence[:position])[-1] + re.split(r"[;；]", sentence[position:], maxsplit=1)[0]
    )


# …第2项，参考税则号列“90318090”予以删去 / …第（一）项，参考海关商品编号中删去“…” / …第（二）项，括号中的“…”予以删去:
# words struck out of the point named first — the point stays, reworded (a lettered sub-item quoted whole, “c.…”,
# keeps its label and is a part of its own)
_WORDS_STRUCK_RE = re.compile(
    rf"[^。;；]{{0,80}}?号[^,，。;；]{{0,40}}?[,，]\s*[^,，。;；“\"]{{0,16}}?"
    rf"(?:[“\"]{_BLANK}+[”\"]\s*(?:予以|一并)?(?:删去|删除)|(?:删去|删除)\s*[“\"]{_BLANK})"
)


# (…第1027号第一条第2项：汉洛克材料科学公司…，移出关注名单: a party leaves a list, its measures lifted — not a point
# of goods ending)
_MEASURES_END_RE = re.compile(r"措施[^。;；]{0,30}?(?:停止|终止)(?:实施|执行|适用)")
_PARTY_REMOVED_RE = re.compile(_LEFT_A_LIST)


# 本公告自2027年3月1日起施行，代替商务部 海关总署公告2023年第23号: this notice in the place of a whole earlier one —
# that one no longer applies (a clause replaced, 本公告第三条代替…第四款, is rewritten)
_WHOLE_REPLACED_RE = re.compile(
    r"本(?:公告|决定)(?!\s*第)[^。;；]{0,30}?(?:代替|取代|替代)[^。;；,，]{0,80}$"
)


# …第1833号公告附件《激光器及相关物项出口管制清单》第4项（…）不再实施出口管制: a row of the target's annexed goods list
_ANNEX_ROW_NAMED_RE = re.compile(
    r"[^,，。;；]{0,40}?号(?:公告)?\s*附件\s*\d{0,2}\s*(?:《[^》]{1,40}》)?\s*(?:中的?|所列的?)?\s*第\s*\d{1,3}\s*项"
    # (…附件第10项至第16项所列实体，停止执行相关措施: rows of a party list, whose measures end — a lift)
    r"(?![^,，。;；]{0,16}?(?:实体|企业|单位|机构|组织|公司|个人))"
)


def _refined_verb(verb: RelationType, clause: str | None, sentence: str, position: int) -> RelationType:
    """The act on one reference, once what the reference names is known."""
    if verb == "amends" and clause is None and _WHOLE_REPLACED_RE.search(sentence[:position]):
        return "repeals"
    if verb == "amends" and clause is not None and _POINT_ENDED_RE.search(sentence, position):
        return "repeals"
    if (
        verb == "lifts"
        and clause is not None
        and (_POINT_PATH_RE.fullmatch(clause) or _ANNEX_ROW_NAMED_RE.match(sentence, position))
        and not _PARTY_REMOVED_RE.search(_own_part(sentence, position))
        # (停止实施上述第（一）项所列公告中的第三项、第四项处理措施: measures a UEL notice numbers, ended item by item)
        and not re.search(
            r"第[一二三四五六七八九十]{1,3}项\s*(?:处理|反制)措施", _own_part(sentence, position)
        )
    ):
        # 第三款第（三）项所列X，不再实施出口管制: a printed point of the target that ends is a partial
        # repeal; goods of the target taken off (…所列其他石墨类物项，不再实施…管制) stay a lift.
        return "repeals"
    if (
        verb == "repeals"
        and (_QUOTED_WORDS_RE.match(sentence, position) or _WORDS_STRUCK_RE.match(sentence, position))
        and not _DECONTROLLED_RE.search(sentence)
        and not re.search(
            r"/[a-z]$", clause or ""
        )  # (…第3目中的“c.钐铁合金靶”: the sub-item c. struck out whole)
    ):
        # 删去…第（一）项中的“…”: words go, the point stays (…中“b.…”的内容，…不再列入管制: that content leaves
        # control, a partial repeal)
        return "amends"
    # (…第五款由本公告第一条代替；该公告第二款第（二）项停止执行: the replacement is the other part's, before the ；)
    if (
        verb == "repeals"
        and _REPLACED_RE.search(_own_part(sentence, position))
        and not _REPLACED_ENDS_RE.search(sentence)
    ):
        # …附件2…停止使用，由本公告附件替代: the part goes on in this notice's words — it is rewritten
        return "amends"
    if verb == "repeals" and _PARTY_REMOVED_RE.search(sentence) and _MEASURES_END_RE.search(sentence):
        return "lifts"  # (将下表所列实体移出…名单，原公告对其采取的措施…停止实施: the parties' measures end with their listing)
    # (…〔2025〕3号第三项、第四项所列处理措施，自…起停止实施: measures a notice's items took on parties, ended item by item)
    if (
        verb == "repeals"
        and (clause is None or _PARTY_MEASURES_OF_ITEMS_RE.match(sentence, position))
        and _MEASURES_STOPPED_RE.match(sentence, position)
    ):
        # …〔2025〕7号所列实体的相关处理措施，自…起停止实施: what the notice imposed ends, the notice stays
        return "lifts"
    if verb == "amends" and _REPLACED_ENDS_RE.search(sentence):
        # 本公告附件所列物项代替…第一款第（二）项所列物项，该项规定…不再执行: the point replaced ends
        return "repeals"
    if verb == "suspends" and _SUSPENSION_ENDED_RE.match(sentence, position):
        return "resumes"
    return verb


def _ended_on(verb: RelationType, sentence: str, position: int) -> dt.date | None:
    """The day a suspension is said to end early (…的安排，提前于2047年6月1日终止 / …该项暂停于2048年11月1日提前终止，该项
    措施自该日起恢复实施): the resumption's start."""
    if verb != "resumes":
        return None
    ended = _SUSPENSION_ENDED_RE.match(sentence, position)
    day = re.search(rf"于\s*(?P<date>{_DATE})", ended.group(0)) if ended else _EARLY_END_RE.search(sentence)
    return parse_date(day.group("date")) if day else None


_EARLY_END_RE = re.compile(rf"(?:于|自)\s*(?P<date>{_DATE})\s*起?\s*提前\s*(?:终止|结束|解除)")


# (对…第10号第四条暂停实施出口管制的安排，提前于2047年6月1日终止: the suspension ends early, the clause comes back)
_SUSPENSION_ENDED_RE = re.compile(
    r"[^,，。;；]{0,40}?(?:暂停|暂缓|中止)(?:实施|执行)[^,，。;；]{0,20}?的(?:安排|决定|措施)\s*[,，]?\s*"
    r"(?:自[^,，。;；]{0,20}?起|于[^,，。;；]{0,20}?)?\s*(?:提前)?\s*(?:于[^,，。;；]{0,20}?)?(?:终止|结束|取消|停止)"
)


_PREVAILS_OVER_RE = re.compile(r"不一致的?\s*[,，]\s*以[^,，。;；]{1,24}?为准")


def _announced(
    amendment: Relation, acted: set[tuple[tuple[int, int, str] | str, str | None]], named: set[object]
) -> bool:
    """Whether an amendment only announces another act on the same target (see extract_relations)."""
    target = _target(amendment)
    if amendment.clause is None:
        # (…第10号、第18号所列物项的名称…与调整后的《清单》不一致的，以调整后的《清单》为准: what prevails over the whole
        # notice from now on is an act of its own, beside the clause-level acts on it)
        return target in named and not _PREVAILS_OVER_RE.search(amendment.quote_zh)
    if _ROW_REWRITTEN_RE.search(amendment.quote_zh) or _ENTRIES_REWRITTEN_RE.search(amendment.quote_zh):
        # (删去…第5项 beside …第3项修改为：/ 一、删除《清单》中的下列条目： beside 二、修改《清单》中的下列条目：: entries of one
        # annex taken out and others rewritten, two acts)
        return (target, None) in acted
    return (target, None) in acted or (target, amendment.clause) in acted


# 《物项列表》第二部分第3项修改为： / 附件第12项调整为：: a row of an annex rewritten, an act of its own beside another
# row's removal (both compare as the annex)
_ROW_REWRITTEN_RE = re.compile(r"第\s*\d{1,4}\s*项\s*(?:修改|调整|修订|更正)为")
# (修改《清单》中的下列条目： / 将《清单》5A902.d项的描述修改为：… / 在《清单》5A902项下增列一目: entries of an annexed list
# rewritten or added, listed or by code)
_ENTRIES_REWRITTEN_RE = re.compile(
    r"^[一二三四五六七八九十]{0,3}\s*[、.]?\s*"
    r"(?:(?:修改|修订|更正)[^。；;]{0,30}?(?:下列|以下)\s*(?:条目|物项)"
    # (将2024年第51号公告公布的《…清单》中的3A233项修改为：: the list named with the notice that published it)
    rf"|(?:将|在)[^《。；;]{{0,40}}?《[^》]{{1,30}}》\s*(?:中的?)?\s*{CONTROL_CODE}\s*项[^。；;]{{0,30}}?(?:修改为|调整为|增列|增加|新增))"
)


# …等11个公告（见附件2）同时废止 / 决定废止下列规范性文件（目录见附件）: the targets are listed in an attachment.
_SEE_ATTACHMENT_RE = re.compile(
    r"(?:(?:目录|清单|名单|文件)?\s*(?:见|详见)|列于|如|本公告)\s*附件\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})?"
    r"|附件\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})?\s*(?:所列|列出)的?[^,，。;；]{0,12}(?:公告|文件|决定|通知|措施|条款)"
)


_NOTE_ONLY_RE = re.compile(r"^\s*\([^()]{0,30}附件[^()]{0,10}\)\s*[。]?\s*$")


# (上述公告的名称、文号和处理意见，见附件。: the attachment's column of acts, pointed to — its rows carry the acts)
_ACTS_COLUMN_SEEN_RE = re.compile(
    r"(?:处理意见|处理方式|处理结果|清理结果)[^。;；]{0,12}?(?:见|详见|列于)\s*附件"
)
_BY_THE_TABLE_RE = re.compile(r"(?:按照|依照|根据)[^,，。;；]{0,6}附件[^。;；]{0,30}?(?:执行|办理|处理)")


def _acts_pointing_to_attachments(body: str) -> list[tuple[str, re.Match[str], str | None]]:
    """The acting sentences of `body` that send the reader to an attachment for their targets, with
    where they do and the clause of this notice they stand in. An adjustment (…按照本公告附件所列事项调整) is
    kept for the acts its attachment's rows state; it names no target of its own (…修订后的清单（见附件1）予以
    公布 publishes a list)."""
    found: list[tuple[str, re.Match[str], str | None]] = []
    before = ""
    top: str | None = None
    for printed in _SENTENCE_RE.findall(_blank_quoted(_reflowed(arabic_numbers(nfkc(body))))):
        sentence = printed.strip()
        if (numbered := _TOP_CLAUSE_RE.match(sentence)) is not None:
            top = numbered.group(1)
        if _NOTE_ONLY_RE.match(sentence):
            sentence = before + sentence  # …予以废止。（目录见附件2）: the note belongs to the act before it
        before = printed.strip()
        see = _SEE_ATTACHMENT_RE.search(sentence)
        # (附件所列公告规定的措施，按照附件“处理方式”栏…执行: no verb of its own, the rows carry the acts)
        if see is None or (
            _verb(sentence) is None
            and not _BY_THE_TABLE_RE.search(sentence)
            and not _ACTS_COLUMN_SEEN_RE.search(sentence)
        ):
            continue
        if _BASIS_RE.search(sentence[: see.start()]) and not see.group(0).startswith("本公告"):
            continue  # (按照本公告附件所列事项调整 follows this notice's own table, no other notice's rules)
        if re.search(r"(?:纳入|并入|收入|载入|编入)\s*$", sentence[: see.start()]):
            continue  # (…所作的调整已纳入本公告附件，…不再执行: where the changes went, not a list of targets)
        found.append((sentence, see, top))
    return found


# 序号 | 公告文号 | 所涉条款 | 调整事项 then `1 | …第61号 | 附件1第一部分第2项 | 删去`: a table whose rows each state
# their own act on the notice they name
def _row_acts(
    row: str,
    refs: list[Ref],
    published_on: dt.date | None,
    effective_on: dt.date | None,
    start: dt.date | None = None,
) -> list[Relation]:
    bare = _blank_quoted(row)
    if not refs or _verb(_REF_RE.sub("", bare)) is None:
        return []
    numbers = {r[0] for r in refs if r[0] is not None}
    if len(numbers) == 1 and all(r[2] is None for r in refs):
        # 1 | …第23号 | 10家美国实体 | 第二款修改为：“…”: the clause the act cell prints is of the row's notice
        covered = [(m.start(), m.end()) for m in _REF_RE.finditer(bare)]
        refs = (
            _bare_clauses(bare, next(iter(numbers)), 0, len(bare), covered)
            or _remarked_clauses(bare, next(iter(numbers)))
            or refs
        )
    return _sentence_acts(bare, refs, start, published_on, effective_on, row)


# 4 | …第21号 | … | 部分条款废止 | 第一条第（一）项: a row acting on part of its notice, the clauses in its remark cell
_REMARKED_PART_RE = re.compile(
    r"部分(?:条款|内容)?[^,，。;；]{0,4}?(?:废止|失效|停止执行)[^。;；]*?(?:备注|说明)\s*[:：]\s*(?P<clauses>.+)$"
)


# (第三条第二款: a paragraph of the article just read)
_CLAUSE_TAIL_RE = re.compile(rf"(?:第(?:{_CN_NUMERAL})款)*")


def _remarked_clauses(row: str, number: NoticeNumber) -> list[Ref]:
    remarked = _REMARKED_PART_RE.search(row)
    if remarked is None:
        return []
    start = remarked.start("clauses")
    # A bracket says why a clause goes (…（相关物项继续按《清单》管制）) or which part of it stays (第三条（第二款除外）,
    # …（第三条继续执行）): none of its words or clauses is what the row repeals.
    brackets = [(start + m.start(), start + m.end()) for m in _BRACKETED_RE.finditer(row[start:])]
    if re.search(r"除|继续|保留|不变", _BRACKETED_RE.sub("", row[start:])):
        return []  # (除第三条外的其他条款: the notice but a clause — the notice whole, as the row reads)
    found: list[Ref] = []
    resume = start
    for match in _BARE_CLAUSE_RE.finditer(row, start):
        if match.start() < resume or any(a <= match.start() < b for a, b in brackets):
            continue  # (…（第三条继续执行）: kept; 第三条第二款: the article's paragraph, read with the article)
        path = _clause_path(match)
        if path is not None:
            found.append((number, match.group(0), path, match.start()))
            resume = _more_clauses(row, match.end(), number, path, found)
            resume = _past(_CLAUSE_TAIL_RE, row, resume)
    # (第三条至第五条（第四条除外）: a clause the bracket keeps is none of the range's)
    # (第二条（第二款除外）: the article's own paragraph, not the second article)
    kept = {
        (_clause_path(inner), _clause_unit(inner.group(0)))
        for a, b in brackets
        if re.search(r"除外|继续|保留|不变", row[a:b])
        for inner in _BARE_CLAUSE_RE.finditer(row[a:b])
        # (第三条第二款继续有效 / 第三条中…的内容除外: a part of the article stays, the article is repealed in part)
        if not re.match(r"\s*(?:第|中|的\s*(?:部分|有关|相关|第))", row[a + inner.end() : b])
    }
    return [ref for ref in found if (ref[2], _clause_unit(ref[1])) not in kept]


def _clause_unit(printed: str) -> str:
    """条, 款 or 项: what a printed clause reference counts in (its first)."""
    unit = re.search(r"[条款项]", printed)
    return unit.group(0) if unit else ""


def _attachment_numbered(number: str | None, attachments: list[tuple[str, str]]) -> str | None:
    """The text of 附件N among (label, text) pairs: by its label, else by its first line, else by order."""
    if number is None:
        return attachments[0][1] if len(attachments) == 1 else None
    n = int(number) if number.isdigit() else cn_number(number)
    for label, text in attachments:
        if re.search(rf"附件\s*{n}(?!\d)", nfkc(label)) or re.match(rf"\s*附件\s*{n}(?!\d)", nfkc(text)):
            return text
    return attachments[n - 1][1] if 0 < n <= len(attachments) else None


def attached_targets(
    body: str,
    attachments: list[tuple[str, str]],
    own: NoticeNumber | None,
    published_on: dt.date | None,
    effective_on: dt.date | None = None,
    known: tuple[Relation, ...] = (),
) -> list[Relation]:
    """Notices an act in the body names only through the attachment that lists them (`…等11个公告（见附件2）
    同时废止`): one relation per notice the attachment prints, with the body sentence's verb and window.
    Targets the body already names (`known`) are not repeated."""
    if not attachments:
        return []
    seen = {(_target(r), r.clause) for r in known}
    # (对附件1所列4家实体暂停实施上述公告规定的措施 over a column 原列入公告 naming those notices: the body's act on
    # their annexes, which the rows only source — not a second act on the notices whole; an act on a notice whole the
    # attachment lists with a window of its own, beside the body's on a part of it, is another act)
    acted = {(r.relation, _target(r), r.window_from, r.window_until) for r in known}
    found: list[Relation] = []
    # (本公告第一条、第二条自2027年1月1日起施行 over 一、附件1所列公告予以废止: the rows' acts start that day)
    prepared = _prepared(body)
    dated = parse_clause_effective(_said(prepared), published_on)
    by_annex = _annex_days(body, published_on, effective_on)
    for sentence, see, top in _acts_pointing_to_attachments(body):
        listed = _attachment_numbered(see.group("n") or see.group("m"), attachments)
        if listed is None:
            continue
        day = _day_of(dated, top, sentence) or by_annex.get(see.group("n") or see.group("m") or "")
        acts = _listed_acts(sentence, see, listed, own, published_on, effective_on, day)
        for act in acts:
            if act.made_in is None and top is not None:
                act = dataclasses.replace(act, made_in=top)
            if (_target(act), act.clause) not in seen and not (
                act.clause is None
                and (act.relation, _target(act), act.window_from, act.window_until) in acted
            ):
                seen.add((_target(act), act.clause))
                found.append(act)
    # (上述5个公告自修订后的《清单》施行之日起废止（目录见附件1）: the rows' acts hold from that day, as the body's do)
    return _in_force_with(found, prepared, published_on)


# 三、附件1所列公告和条款，自2027年1月1日起废止；附件2所列公告，自本公告公布之日起失效: the day each attachment's acts take
_ANNEX_DAY_RE = re.compile(
    rf"(?:^|(?<=[。;；\n]))\s*(?:[一二三四五六七八九十]{{1,3}}\s*[、.]\s*)?附件\s*(?P<n>\d{{1,2}})?\s*所列[^,，。;；]{{0,16}}?\s*[,，]?\s*(?:自|从)\s*(?P<date>{_DATE}|本公告(?:公布|发布|施行)之日)"
    r"(?:\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*起"
)


def _annex_days(
    body: str, published_on: dt.date | None, effective_on: dt.date | None = None
) -> dict[str, dt.date]:
    """The day the acts listed in each attachment take, where a sentence of the body opening on the attachment's
    list dates them (…附件1所列公告，自本公告施行之日起废止: the notice's day of force)."""
    days: dict[str, dt.date] = {}
    for match in _ANNEX_DAY_RE.finditer(nfkc(body)):
        printed = match.group("date")
        in_force = printed.endswith("施行之日")
        day = (
            parse_date(printed)
            if printed[0].isdigit()
            else (effective_on or published_on)
            if in_force
            else published_on
        )
        if day is not None:
            days.setdefault(match.group("n") or "", day)
    return days


def _dotted(row: str, refs: list[Ref]) -> list[Ref]:
    """Bare clauses with the dotted point printed right after them (第一款第（一）项1.1.3 → 一/(一)/1.1.3)."""
    out: list[Ref] = []
    for number, label, clause, position in refs:
        point = re.match(r"\s*(\d{1,2}(?:\.\d{1,2}){1,3})(?![.\d])", row[position + len(label) :])
        out.append((number, label, f"{clause}/{point.group(1)}" if point and clause else clause, position))
    return out


def _act_first(row: str, owner: NoticeNumber) -> list[Ref]:
    """`2 | 删除 | 第一条第（二）项第5目 | …`: a row of changes printing its act before the clause it acts on."""
    clause = _BARE_CLAUSE_RE.search(row)
    if clause is None or _verb(row[: clause.start()]) is None:
        return []
    return [(owner, clause.group(0), _clause_path(clause), clause.start())]


def _holders_of_added(row: str, refs: list[Ref]) -> list[Ref]:
    """An entry a row of changes adds (增列 | 第一条第（二）项第7目) amends the item that holds it."""
    if not re.search(r"(?:^|[,，])\s*(?:[^,，:：]{1,8}[:：])?\s*(?:增列|增加|新增|增补)\s*(?:[,，]|$)", row):
        return refs
    return [
        (n, label, c.rsplit("/", 1)[0] if c and re.search(r"/\d+$", c) else c, at) for n, label, c, at in refs
    ]


# 注：2.第1项、第2项、第4项自2029年5月1日起执行；第3项、第5项自本公告公布之日起执行。: the day each row's act starts
_ROWS_DATED_RE = re.compile(
    rf"((?:第\s*\d{{1,3}}\s*项\s*[、和及]?\s*)+)(?:自|从)\s*({_DATE}|本公告(?:公布|发布|施行)之日)"
    r"(?:\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*起\s*(?:执行|施行|实施|适用)"
)


def _table_owner(sentence: str, listed: str, own: NoticeNumber | None) -> NoticeNumber | None:
    """The one notice whose clauses an attached table of changes prints bare: the one the sentence pointing to it
    names, else the one its title names (附件：商务部 海关总署公告2025年第58号调整内容, under 该公告所列物项，按照本公告
    附件载明的内容予以修改、增列和删除)."""
    for text in (sentence, next((line for line in listed.split("\n") if line.strip()), "")):
        if "|" in text:
            continue
        named = {r[0] for r in _refs(text) if r[0] is not None and (own is None or not _same(r[0], own))}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    return None


def _listed_acts(
    sentence: str,
    see: re.Match[str],
    listed: str,
    own: NoticeNumber | None,
    published_on: dt.date | None,
    effective_on: dt.date | None,
    day: dt.date | None = None,
) -> list[Relation]:
    """The acts one body sentence makes through the attachment it points to: each table row that states
    its own act or window, and the sentence's act on the notices the other rows print. `day`: when the
    clause of this notice holding the sentence is in force, if this notice dates it."""
    refs: list[Ref] = []
    header: list[str] = []
    acts: list[Relation] = []
    # (附件所列公告和条款，自2047年7月1日起废止或者停止执行，具体处理方式见附件: the rows' acts start that day)
    start = _printed_window(sentence, published_on, effective_on)[0] or day
    owner = _table_owner(sentence, listed, own)
    # (blank cells repeat the row above's; a note under the table dating rows puts each row's day in it)
    for line in _rows_dated_in_place(_dittos_filled(_reflowed(arabic_numbers(nfkc(listed))))).split("\n"):
        if _TABLE_ROW_RE.search(line) and not _REF_RE.search(line):
            if header and owner is not None and re.match(r"\s*\d{1,3}\s*\|", line):
                # (…第10号公告所列物项的增加、修改、删除…，按照本公告附件执行 then `1 | 第一款第（一）项1.1.3 | 修改 |
                # …`: rows of changes to the one notice the sentence names, its clauses printed bare)
                row = _row_text(line, header)
                changed = _dotted(
                    row, _bare_clauses(row, owner, 0, len(row), [], owned=True) or _act_first(row, owner)
                )
                changed = _holders_of_added(row, changed)
                acts += _row_acts(row, changed, published_on, effective_on, start)
                continue
            header = [cell.strip() for cell in line.split("|")]  # 序号 | 公告名称 | 文号 | 废止条款
        row = _row_text(line, header) if _TABLE_ROW_RE.search(line) else line
        row_refs = [r for r in _refs(row) if r[0] is not None and (own is None or not _same(r[0], own))]
        row_refs = _outside_remarks(row_refs, line, header)
        own_acts = _row_acts(row, row_refs, published_on, effective_on, start) if header else []
        if not own_acts and header and row_refs and _FROM_RE.search(row):
            # 附件所列措施，按照附件载明的起止日期暂停实施 over 起始日期 | 截止日期 columns: each row's window
            own_acts = _sentence_acts(f"{row},{sentence}", row_refs, None, published_on, effective_on, row)
        acts += own_acts
        if not own_acts:
            refs += [(number, label, clause, see.start()) for number, label, clause, _ in row_refs]
    if _verb(sentence) not in (
        None,
        "amends",
    ):  # (an adjustment, or a verbless pointer, acts through its rows)
        acts += _sentence_acts(sentence, refs, day, published_on, effective_on, sentence)
    return acts


def _outside_remarks(row_refs: list[Ref], line: str, header: list[str]) -> list[Ref]:
    """`2 | …2023年第39号 | … | 说明: …该公告第二条所涉…2006年第50号，已由该公告废止`: the notices a row's remark cell
    names say why, not what the row acts on, where its other cells name one."""
    if not header or not _TABLE_ROW_RE.search(line):
        return row_refs
    named = {r[0] for r in _refs(_row_text(line, header, remarks=False)) if r[0] is not None}
    return [r for r in row_refs if r[0] in named] if named else row_refs


def indirect_targets(body: str) -> list[Issue]:
    """Acts on what an earlier notice suspended, printed without naming what that was
    (`第70号暂停实施的措施，自…起恢复实施`): the targets are the notices that notice suspended, which
    the text does not name, so no relation is recorded and the gap is reported instead."""
    issues: list[Issue] = []
    text = arabic_numbers(nfkc(body))
    for sentence in _SENTENCE_RE.findall(text):
        sentence = sentence.strip()
        if _verb(sentence) is None or _refs(sentence):
            continue
        for agent in _REF_RE.finditer(sentence):
            if _AGENT_RE.match(sentence, agent.end()) and not _BASIS_RE.search(sentence[: agent.start()]):
                issues.append(
                    Issue(
                        "relation_target_indirect",
                        f"acts on what {agent.group(0).strip()} suspended without naming those notices: "
                        "no relation recorded (the targets are that notice's own targets)",
                    )
                )
    return issues


# 中止期间：A至B。 / 暂停实施期限为…至…。: a sentence whose subject is the period of the act just stated.
_PERIOD_SENTENCE_RE = re.compile(
    r"^\s*(?:(?:暂停|中止|暂缓|停止)(?:实施|执行|适用)?)?\s*(?:期限|期间|时限|有效期)\s*(?:为|是|[:：])"
    # (…继续暂停实施。继续暂停的期限自2026年11月11日起计算，为期一年。: the period, dated and counted)
    r"|^\s*(?:继续)?(?:暂停|中止|暂缓)(?:实施|执行|适用)?的?\s*(?:期限|期间)\s*[,，]?\s*自"
)
# 二、前条所列公告继续暂停实施的截止日期为2027年5月10日: the end of what the clause before acted on
_PREVIOUS_CLAUSE_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.]\s*)?(?:前|上)(?:条|款)(?:所列|规定|所述)?的?"
)
# 在评估期间，…暂停实施。评估自2026年10月1日开始，应于2027年4月1日前（不含本日）结束。: the period the act named
# (评估期间), dated in the next sentence; a day printed with 前 is the first day outside it
_NAMED_PERIOD_RE = re.compile(
    r"^\s*(?P<what>评估|复查|审查|调查|磋商|整改|过渡)\s*(?:期间|期限|工作)?\s*(?:自|从)\s*(?P<from>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:开始|起)[^。]{0,12}?(?:于|至|到)\s*(?P<until>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?P<before>前|之前)?"
)


def _windowed(
    relations: list[Relation],
    made: range,
    sentence: str,
    same_clause: bool,
    published_on: dt.date | None,
    shown: str,
) -> bool:
    """Give the relations the sentence before `made` the window this sentence prints for them, if it is one
    that does: 二、前条所列公告…的截止日期为… / …，中止执行。中止期间：A至B。 / 在评估期间…。评估自A开始…"""
    previous = _PREVIOUS_CLAUSE_RE.match(sentence)
    # (二、前款规定的暂停实施期限，自A起至B止。: the period of the suspensions the clause before made, dated)
    period = bool(previous) and bool(
        _PERIOD_SENTENCE_RE.match(sentence[previous.end() :] if previous else "")
    )
    if period and not all(relations[i].relation == "suspends" for i in made):
        return False
    if previous and (_UNTIL_RE.search(sentence) or period):
        _set_window(relations, made, sentence, published_on, shown)
        return True
    if same_clause and _PERIOD_SENTENCE_RE.match(sentence):
        _set_window(relations, made, sentence, published_on, shown)
        return True
    named_period = _NAMED_PERIOD_RE.match(sentence) if same_clause else None
    if named_period and f"{named_period.group('what')}期间" in relations[made[-1]].quote_zh:
        _set_named_period(relations, made, named_period, shown)
        return True
    return False


def _set_named_period(relations: list[Relation], made: range, period: re.Match[str], shown: str) -> None:
    """The relations `made` by the sentence before run for the period the next sentence dates."""
    start, end = parse_date(period.group("from")), parse_date(period.group("until"))
    if end is not None and period.group("before"):
        end -= dt.timedelta(days=1)  # 于2027年4月1日前结束: the last day inside is the day before
    for index in made:
        relations[index] = dataclasses.replace(
            relations[index],
            window_from=start or relations[index].window_from,
            window_until=end,
            quote_zh=f"{relations[index].quote_zh}{shown}",
        )


def _set_window(
    relations: list[Relation], made: range, sentence: str, published_on: dt.date | None, shown: str
) -> None:
    """Give the relations `made` by the sentence before the window `sentence` prints, where it prints one."""
    window_from, window_until = _printed_window(sentence, published_on)
    if window_until is None and window_from is not None:
        window_until = duration_end(window_from, sentence)  # (…自2026年11月11日起计算，为期一年)
    if window_until is None:
        return
    for index in made:
        relation = relations[index]
        relations[index] = dataclasses.replace(
            relation,
            window_from=window_from or relation.window_from,
            window_until=window_until,
            quote_zh=f"{relation.quote_zh}{shown}",
            anchor=None if window_from else relation.anchor,  # (a start printed: nothing left to resolve)
        )


def _printed_window(
    sentence: str, published_on: dt.date | None, effective_on: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The window a sentence prints: 自…起至… (both ends), else only its start 自…起 (or neither)."""
    window = _WINDOW_RE.search(sentence)
    if window:
        start = window.group("from")
        begun = (
            parse_date(start)
            if start[0].isdigit()
            else (effective_on or published_on)
            if _IN_FORCE_DAY_RE.search(start)
            else published_on
        )
        return begun, parse_date(window.group("until"))
    starting = _FROM_RE.search(sentence)
    ending = _UNTIL_RE.search(sentence)
    start = None
    if starting is not None:
        printed = starting.group("from")
        if printed[0].isdigit():
            start = parse_date(printed)
        elif _IN_FORCE_DAY_RE.search(printed):
            start = effective_on or published_on
        else:
            start = published_on
    return start, parse_date(ending.group("until")) if ending else None


def _anaphoric(
    sentence: str,
    named: list[tuple[NoticeNumber | None, str, str | None, int]],
    acted_on: list[tuple[NoticeNumber | None, str, str | None, int]],
    recent: NoticeNumber | None = None,
    told: Sequence[Ref] = (),
) -> list[tuple[NoticeNumber | None, str, str | None, int]]:
    """…分别发布第21号和22号公告，将28家美国实体列入…。决定…暂停实施上述相关措施90天: a sentence
    acting on 上述 measures without naming them acts on the notices the sentence before it named."""
    printed = _ANAPHORIC_CLAUSE_RE.search(sentence)
    if printed is not None and printed.group(0).startswith("该") and recent is not None:
        # 一、在…第23号…中增加两目…。二、将该公告第一款…修改为: 该 is one notice, the one printed last
        one: list[Ref] = [(recent, printed.group(0), _clause_path(printed), printed.start())]
        _more_clauses(sentence, printed.end(), recent, _clause_path(printed), one)
        return one
    if printed is not None:
        # 上述公告第三款至第六款: clauses of the notice named or acted on before (一、…第55号第一款…恢复实施。
        # 二、上述公告第三款…暂停), not the clauses the sentence before acted on
        found: list[tuple[NoticeNumber | None, str, str | None, int]] = []
        for number in dict.fromkeys(number for number, *_ in named or acted_on if number is not None):
            found.append((number, printed.group(0), _clause_path(printed), printed.start()))
            _more_clauses(sentence, printed.end(), number, _clause_path(printed), found)
        return found
    annexed = _ANAPHORIC_ANNEX_RE.search(sentence)
    if annexed is not None and recent is not None:
        annex = re.sub(r"\s", "", annexed.group("annex"))
        return [(recent, annexed.group(0), annex, annexed.start())]
    match = _ANAPHORA_RE.search(sentence)
    while match is not None and match.group(0) == "原公告" and not _PARTIES_ACTED_ON_RE.search(sentence):
        # (违反承诺的，商务部可以恢复实施原公告规定的措施 / 暂停期间，出口经营者向附件1所列实体出口的，原公告规定的…措施
        # 不再执行: the notices that listed the parties are 原公告 only where this notice acts on those parties — they
        # leave a list, or the measures on them (对附件1所列4家实体…) change; elsewhere 原公告 may be a suspension's
        # maker, or a condition, and names no target)
        match = _ANAPHORA_RE.search(sentence, match.end())
    if match is not None and match.group(0) == "该公告" and recent is not None:
        # …决定对…第58号所列部分物项予以修改。现对该公告作如下修改：: 该公告 is the notice printed last, though the
        # sentence that printed it acted on it (and a history sentence named another before it)
        return [(recent, match.group(0), None, match.start())]
    # (…曾决定…暂停实施一年。现决定：（一）…停止实施上述反制措施；（二）…暂停实施上述反制措施: the notices the told history
    # named still, after the first act)
    named = named or (list(told) if match is not None and match.group(0) == "上述" else [])
    if match is None or not named:
        return []
    if match.group(0) not in ("上述", "该公告", "原公告"):  # 该款: the clause named before, not its notice
        named = [ref for ref in named if ref[2] is not None]
    if re.match(r"上述\s*(?:清单|名单|目录)", sentence[match.start() :]):
        # (…对上述清单进行了汇总修订: the list named before — not the notices named beside it that changed it)
        named = [ref for ref in named if re.search(r"附件|清单|目录", ref[1] + (ref[2] or ""))] or named
    return [(number, label, clause, match.start()) for number, label, clause, _ in named]


def _target(relation: Relation) -> tuple[int, int, str] | str:
    number = relation.target_number
    return (number.year, number.number, number.series) if number else relation.target_label


# 《关于优化调整…的公告》: a verb inside a cited title is what that notice did, not what this one does.
_CITED_TITLE_RE = re.compile(r"《[^《》]*》")
# A title holds no line break: one printed across two lines (a PDF's wrap) is joined before sentences are cut.
_BROKEN_TITLE_RE = re.compile(r"《[^《》\n]{0,80}\n[^《》\n]{0,80}》")
# …中的1C350项，由本公告附件替代: a part of the target replaced by this notice's own is rewritten.
_REPLACED_RE = re.compile(r"(?:由|以)[^,，;；。]{1,30}?(?:替代|替换|代替)")


# (…公布，其第二款由商务部公告2025年第72号暂停实施): what another notice did to the target, told in passing
_PASSIVE_ACT_RE = re.compile(
    r"由[^,，;；。()]{0,40}?号[^,，;；。()]{0,12}?(?:暂停|中止|暂缓|废止|修改|修订|调整)(?:实施|执行|适用)?"
    # (上述公告经…第70号决定暂停实施: the same, said with 经)
    r"|经[^,，;；。()]{0,40}?号(?:公告)?\s*(?:决定)?\s*(?:暂停|中止|暂缓|废止|修改|修订|调整)(?:实施|执行|适用)?"
)


# …第57号公布、2025年第28号调整的《…目录》 / 《…目录》（…第57号公布，…第28号调整）: the notices that published and
# adjusted a catalogue, named to say which one is meant — their verbs describe it and act on nothing
_MADE = r"(?:公告)?\s*(?:公布|发布|印发|调整|修订|修改)"
_TITLE_MADE_BY_RE = re.compile(
    rf"号{_MADE}(?:[、，,和及并]\s*(?:经)?[^。;；《》()（）]{{0,40}}?号{_MADE})*(?=\s*的\s*《)"
    rf"|》\s*[(（][^()（）]{{0,80}}?号{_MADE}[^()（）]{{0,80}}?[)）]"
)


# 恢复实施出口管制的物项范围… / 依照本公告恢复实施出口管制的物项: a verb inside a noun phrase names what an act
# (this notice's or another's) covers; it acts on nothing (…恢复执行该公告规定的措施 does act: the measures are
# its object). 除上述调整外，…按原规定执行: the other matters stay. 其条款序号作相应调整: a renumbering.
_DESCRIBING_RE = re.compile(
    # (四、在暂停、暂缓及中止执行期间，出口上述物项无需申领…: what holds while they run)
    r"在[^,，。;；]{0,4}?(?:暂停|暂缓|中止)[^,，。;；]{0,16}?(?:期间|期内)|"
    r"(?:恢复|暂停|中止|暂缓|废止|取消|调整|停止)(?:实施|执行|适用)?[^,，。;；“”《》第号\d]{0,8}的"
    r"(?=物项|范围|技术|货物|物品|实体|清单|名单|(?:调整|变更|处理|有关|相关)?事项|(?:其他|相关|有关)?(?:措施|规定)[^,，。;；]{0,4}?(?:所涉|涉及|所列)"
    # (恢复实施的公告或者条款所列物项，出口经营者应当…: the goods of what resumes, named)
    r"|(?:公告|条款)[^,，。;；]{0,8}?(?:所列|所涉|涉及))"
    # …第61号第一条第（三）项恢复实施后，…应当…: the time after an act, told as a condition
    r"|(?:恢复|暂停|中止|暂缓|废止|停止)(?:实施|执行|适用)?(?:以)?后(?=\s*[,，])"
    # (二、该公告废止前依据该公告颁发的…许可证件，在有效期内继续有效: the time before the act, told as a condition)
    r"|(?:恢复|暂停|中止|暂缓|废止|停止)(?:实施|执行|适用)?(?:之|以)?前(?![述款条项文列])"
    r"(?=[^,，。;；]{0,40}?(?:颁发|签订|取得|获得|申请|出口|办理|作出))"
    # (在废止日期前依据上述公告已经颁发的…许可证件，在有效期内继续有效: the day of a repeal, named as a time)
    r"|(?:废止|停止执行|停止实施)(?:日期|之日)(?:前|以前|之前|起)?"
    # (自表中第2项所列条款恢复实施之日起，…应当… / …在该日处于暂停实施期间的，调整后的条目随该公告暂停实施: the day
    # another act takes effect, a state and what follows it, named as conditions)
    # (暂停期间，上述实体违反所作承诺的，商务部将依法提前恢复实施有关措施: what would follow a breach, no act now)
    # (是否提前结束…的暂停实施，由商务部另行公告: whether it will, no act now)
    r"|是否[^,，。;；]{0,60}"
    # (…违反其作出的承诺的，商务部可以恢复实施原公告规定的措施 / 有权…: what may follow, no act now)
    r"|的\s*[,，]\s*(?:商务部|工作机制|[^,，。;；]{0,8}?部门)?\s*(?:将|可以|可|有权)\s*(?:依法|适时|视情)?\s*(?:提前)?\s*"
    r"(?:恢复|暂停|中止|暂缓|废止|停止)(?:实施|执行|适用)?"
    # (如上述实体违反所作承诺，商务部将依法提前恢复实施…: the same condition, opened by 如 / 若 / 一旦)
    r"|(?:如|若|一旦|倘若)[^。;；]{0,30}?[,，]\s*(?:商务部|工作机制|[^,，。;；]{0,8}?部门)?\s*(?:将|可以|可|有权)\s*(?:依法|适时|视情)?\s*"
    r"(?:提前)?\s*(?:恢复|暂停|中止|暂缓|废止|停止)(?:实施|执行|适用)?"
    # (…依照…第三十条的规定申请移出管控名单，已配合调查: the party's application, no act)
    r"|申请(?:移出|调出)[^,，。;；]{0,12}?(?:名单|清单)(?=\s*[,，]\s*(?:已|并|且))"
    # (…履行配合核查义务的，可以向商务部申请移出关注名单: what a party may ask for)
    r"|可以[^,，。;；]{0,10}?申请(?:移出|调出)"
    # (自上述实体移出关注名单之日起，出口经营者向其出口…: the day of a removal, named as a time)
    r"|(?:移出|调出)[^,，。;；]{0,30}?(?:名单|清单)\s*之日"
    r"|(?:恢复|暂停|中止|暂缓)(?:实施|执行|适用)?之日|处于[^,，。;；]{0,8}?(?:暂停|中止|暂缓)(?:实施|执行|适用)?(?:期间|期内|状态)"
    r"|随(?:该|其|所在)[^,，。;；]{0,8}?(?:暂停|中止|暂缓|恢复)(?:实施|执行|适用)?"
    r"|除(?:上述|以上|前述|本公告)[^,，。;；]{0,12}?外"
    # 工作机制自2025年11月10日起停止的〔2025〕5号和6号公告相关措施: an act of a day past, named as its result
    r"|起(?:停止|暂停|中止|废止|取消|恢复)(?:实施|执行|适用)?的"
    # …的暂停实施安排，仍按照…执行，不因本次更正和补充而改变: what this notice leaves unchanged
    r"|不因[^,，。;；]{0,16}?而(?:改变|变化|调整|变更|受影响|恢复|终止|废止)"
    # (对上述公告的条文顺序作相应调整 / 其条款序号作相应调整: a renumbering after the acts, no act of its own)
    r"|(?:条文|条款|各款|各条)?(?:顺序|序号)\s*(?:作出?|进行)?\s*相应(?:的)?(?:调整|顺延|变更|修改)"
    # 对上述暂停实施安排作如下调整： / 现对下列公告的相关内容作如下更正和补充：: an intro; the lines below act
    r"|对(?:上述|下列|以下|前述)[^,，。;；]{0,16}?作(?:如下|以下|下列)(?:调整|修改|更正|补充|变更)"
    # 更正后的管制编码与…第58号第三条第（一）项所用编码一致: the corrected words, compared
    r"|(?:更正|修改|修订|调整|变更)后的"
    # …所列人造石墨材料及其制品，仍依照该公告管理: what stays as the target has it
    r"|仍(?:然)?(?:按照|依照|按|依据)[^,，。;；]{0,20}?(?:管理|执行|办理)"
    # …第683号公告对2025年第57号公告所作的调整，不受本公告影响: another notice's deed, named
    r"|所作(?:的)?(?:调整|修改|变更|修订|更正)"
    # (…按该公告及其后续调整办理，不适用本公告: what later notices changed, followed)
    r"|后续(?:的)?(?:调整|修改|变更|修订)"
    r"|序号(?:作|进行)?相应(?:调整|顺延|变更)"
    # 本公告未作调整的，按原定期限执行: what this notice leaves as it was
    r"|未(?:作|予|被)?(?:调整|修改|修正|修订|更正|变更|规定)|不(?:作|予)(?:调整|修改|修正|修订|更正|变更)|不(?:在|属于)[^,，。;；]{0,6}?(?:调整|修改|清理|处理|暂停(?:实施)?)范围"
    # 该公告其他条款，仍按照…第888号的规定暂停实施: what stays suspended as another notice decided
    # (…第二款，继续按照…第1071号公告第四条规定的期限暂停实施，本公告不作调整: the same, said with 继续)
    r"|(?:仍(?:然)?|继续)(?:按照|依照|按|依据)[^,，。;；]{0,40}?(?:暂停|中止|暂缓)(?:实施|执行|适用)?"
    # …第62号《…》，依照…第70号暂停实施，暂停期限将于2026年11月10日届满: suspended by that notice, told
    r"|(?:按照|依照|依据)[^,，。;；]{0,30}?\d{1,4}\s*号(?:公告)?\s*(?:暂停|中止|暂缓)(?:实施|执行|适用)?(?=\s*[,，])"
    # …的其他内容，依照…第698号第一条的规定暂停实施: suspended by another notice's act, named
    r"|(?:按照|依照|依据)[^,，。;；]{0,30}?\d{1,4}\s*号[^,，。;；]{0,16}?的?规定(?:继续)?(?:暂停|中止|暂缓)(?:实施|执行|适用)?"
    # 该公告其他规定的暂停期限，仍以第70号公告为准: a window that stays as another notice set it
    r"|(?:暂停|中止|暂缓)(?:实施|执行)?(?:期限|期间)(?=\s*[,，]?\s*仍)"
    # …第46号第二款的暂停实施，仍按2025年第72号公告执行: the same, said of the suspension itself
    # (…第58号公告第三款的暂停，继续按照…第796号公告第一条第（三）项执行: the same, said with 继续)
    r"|的(?:暂停|中止|暂缓)(?:实施|执行)?(?:安排|事宜|事项)?(?=\s*[,，]?\s*(?:仍(?:然)?|继续)(?:按照?|依照|以|依据))"
    # 2025年第55号至第58号公告的暂停实施和恢复实施，按照…第1121号的规定执行: acts another notice decides, pointed to
    r"|的(?:暂停|中止|暂缓|恢复)(?:实施|执行|适用)?(?:(?:和|及|与|、)(?:暂停|中止|暂缓|恢复)(?:实施|执行|适用)?)?"
    r"(?:安排|事宜|事项)?(?=\s*[,，]?\s*(?:按照?|依照|依据)[^,，。;；]{0,30}?\d{1,4}\s*号)"
    # …规定的处理措施，此前已暂停实施至2027年5月10日: an earlier act, told with its end
    r"|(?:此前|之前|先前|目前)?(?:已经?|曾经?)(?:被)?(?:暂停|中止|暂缓)(?:实施|执行|适用)?(?=\s*(?:至|到)\s*(?:19|20)\d{2}\s*年)"
    # …第70号对…第57号公告规定的暂停期限，于2026年11月10日届满: when a window ends, told
    # (…的暂停期限，延长至与本公告第一条所定期限同时届满: a window moved to end with another, an act)
    r"|(?:暂停|中止|暂缓)(?:实施|执行)?(?:期限|期间)\s*[,，]?\s*(?!(?:将|再)?\s*(?:延长|顺延|延续|延期|缩短|提前|调整|变更))"
    r"(?:将|已)?\s*(?:于|在)?[^,，。;；]{0,20}?(?:届满|到期|结束)(?!\s*(?:之?次日|后|以后|之后))"
    # (…的暂停实施期限原定于2043年10月31日届满，现延长至…: the end as it stood, then the act that moves it)
    rf"(?!{_EXTENDED_AFTER})"
    # (五、上述调整和更正自2027年4月1日起执行: the day this notice's own changes above apply, no act of its own)
    r"|上述(?:各项)?(?:调整|更正|修改|变更)(?:(?:和|及|、|与)(?:调整|更正|修改|变更))?(?:事项|内容)?(?=\s*[,，]?\s*自)"
    # (…所列物项的参考海关商品编号，已在《…清单》中一并调整，本公告不再列明: done elsewhere, told)
    r"|(?:已|业已|已经)在[^,，。;；]{1,40}?(?:一并|同步)?(?:调整|修改|更正|更新)"
    # …第62号的暂停实施，不影响本公告第二条的实施: the act named as a subject, to say what it leaves alone
    # (…第二条规定的暂缓施行事项和第四条规定的许可申请要求，不因本公告而改变: named to say it stays)
    r"|(?:的|所(?:规定|确定|定)的?)(?:暂缓|暂停)(?:施行|实施|执行)(?:安排|期限|期间|事宜|事项)[^,，。;；]{0,30}?(?=[,，]\s*不因)"
    r"|(?:的|所(?:规定|确定|定)的?)(?:暂停|恢复|中止|废止)(?:实施|执行|适用)?(?:安排|期限|期间|事宜|事项)?(?=\s*[,，]?\s*(?:不影响|不改变|不适用于|不涉及"
    # (…第61号、第62号的暂停实施期限，不受本公告影响)
    r"|不受(?:本公告|本决定|本次[^,，。;；]{0,8}?)?(?:的)?影响"
    # …第62号的暂停实施安排，本公告不作调整: left as it stands
    r"|(?:本公告|本决定)?\s*(?:不作|不予|未作|不再)(?:调整|修改|变更|变动)|(?:保持|维持)不变))"
)
# （三）原第八款改为第九款。: a clause renumbered after an insertion, its text unchanged — when that is all the
# sentence says (第5目改为第4目，修改为：“…” renumbers and rewrites the point: an amendment)
# 附件：《中国禁止出口限制出口技术目录》调整内容: an attachment's caption names what it holds, no act
_CAPTION_RE = re.compile(r"^\s*附件\s*\d{0,2}\s*[:：]")
_RENUMBERED_RE = re.compile(
    r"\s*(?:[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）]?\s*[、.]?)?\s*"
    r"原?第\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*(?:款|条|项|目)(?:相应)?(?:改为|调整为|顺延为|变更为)"
    r"第\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）]?\s*(?:款|条|项|目)\s*[。;；]?\s*"
)


@functools.lru_cache(maxsize=8192)  # (asked of the same clauses many times per sentence; pure)
def _verb(text: str) -> RelationType | None:
    if _RENUMBERED_RE.fullmatch(text) or _CAPTION_RE.match(text):
        return None
    text = _DESCRIBING_RE.sub(
        "", _PASSIVE_ACT_RE.sub("", _CITED_TITLE_RE.sub("《》", _TITLE_MADE_BY_RE.sub("", text)))
    )
    series = _CHANGE_SERIES_RE.search(text)
    # (废止…第51号及其增加、删除的条目: a repeal that names the changes made before stays a repeal)
    if series is not None and _ADDS_OR_CHANGES_RE.search(series.group(0)) and not _ENDS_WHOLE_RE.search(text):
        return "amends"  # (…按照本公告附件予以修改、增列和删去: entries struck out among others changed — the list amended)
    found = next((name for name, pattern in _VERBS if pattern.search(text)), None)
    return found or ("amends" if _REPLACED_RE.search(text) else None)


_ENDS_WHOLE_RE = re.compile(r"废止|失效|停止(?:执行|实施)")
_CHANGE_VERB = r"(?:修改|增列|增加|增补|调整|更正|删去|删除)"
_CHANGE_SERIES_RE = re.compile(rf"{_CHANGE_VERB}(?:\s*[、和及与]\s*{_CHANGE_VERB}){{1,3}}")
_ADDS_OR_CHANGES_RE = re.compile(r"修改|增列|增加|增补|调整|更正")


def _verb_at(sentence: str, position: int) -> RelationType:
    return _verb_clause_at(sentence, position)[0]


# (…第四款、第五款的暂缓执行期限，提前至2036年12月14日届满，…: the window named as the topic too)
_SUSPENSION_TOPIC_RE = re.compile(
    r"的\s*(?:暂停|中止|暂缓)(?:实施|执行|适用)?(?:的)?(?:期限|期间)?\s*[,，]\s*$"
)
_ENDED_CLAUSE_RE = re.compile(
    r"^\s*(?:于|在|提前至|提前到|提前于)?[^,，。;；]{0,16}?(?:终止|结束|届满|到期)\s*[,，。;；]?\s*$"
)


def _suspension_ended(clauses: list[str], index: int) -> bool:
    """`…的暂停实施，` then `提前至2027年6月30日结束，`: a suspension named as the subject of its own end."""
    return (
        bool(_SUSPENSION_TOPIC_RE.search(clauses[index]))
        and index + 1 < len(clauses)
        and bool(_ENDED_CLAUSE_RE.match(clauses[index + 1]))
    )


def _verb_clause_at(sentence: str, position: int) -> tuple[RelationType, str]:
    """The verb acting on the reference at `position`, and the clause that prints it (where a
    duration such as 1年 belongs to that verb alone): the verb of the reference's own comma-delimited
    clause (…，继续暂停…7号相关措施1年，停止…5号和6号相关措施), else of the nearest clause after it
    (…第55号、第56号，自即日起暂停实施), else before it, else the sentence's."""
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence)), len(sentence) + 1]
    pairs = list(itertools.pairwise(bounds))
    clauses = [sentence[a:b] for a, b in pairs]
    index = next(i for i, (a, b) in enumerate(pairs) if a <= position < b)
    for candidate in [index, *range(index + 1, len(clauses)), *range(index - 1, -1, -1)]:
        verb = _verb(clauses[candidate])
        if (
            verb is None
            and candidate == index
            and index + 1 < len(clauses)
            and _verb(clauses[index + 1]) is None
        ):
            # (该公告第三条仍暂停实施，自…起至…止: a verb its window after the comma makes one)
            verb = _verb(clauses[index] + clauses[index + 1])
        if verb == "suspends" and _suspension_ended(clauses, candidate):
            continue  # …第二款的暂停实施，提前至2027年6月30日结束，该款自…起恢复实施: the suspension is the topic
        if verb is not None:
            # …所列反制措施，为期一年: the clauses after the verb's that state no verb of their own, or
            # that only restate its period (…第二款，暂停期限自本公告公布之日起6个月)
            tail = itertools.takewhile(
                lambda clause: _verb(clause) is None or _period_clause(clause), clauses[candidate + 1 :]
            )
            return verb, clauses[candidate] + "".join(tail)
    return _verb(sentence) or "amends", sentence


# 暂停期限自…起6个月 / 暂停实施期限为六个月 / 有效期1年: a clause whose subject is the act's period; its
# verb (暂停) names the period, it does not act again.
_PERIOD_CLAUSE_RE = re.compile(
    # (执行期间：自2027年5月1日起: a table row's period cell, after its column's name)
    r"^\s*(?:(?:暂停|中止|暂缓|停止)(?:实施|执行|适用)?|执行|实施|起止)?\s*(?:期限|期间|时限|有效期|期)\s*(?:为|是|[:：])?"
    # (…的暂停实施期限，截止日期调整为2027年8月31日: the period's end set anew, no act of its own)
    r"|^\s*(?:截止|到期|届满)(?:日期|日|时间)\s*(?:调整|变更|延长|修改|更改)为"
)


# (…至2027年12月31日，2028年1月1日起恢复实施: a date after a comma is no second end; …于A至B、C至D: windows, no run)
_ENDS_RUN_RE = re.compile(
    # (…至2027年7月31日、2027年10月31日止 / …和2027年10月31日（含当日）: the last end closed by 止 or a bracket too)
    rf"(?:至|到)\s*{_DATE}(?!\s*[至到])(?:\s*[、和及,，]\s*{_DATE}(?=\s*(?:止|[（(]|[、和及,，。；;]|$)))+"
)


def _respective_ends(sentence: str, targets: int) -> list[dt.date]:
    """…第55号、56号、58号，以及…第61号，自即日起分别继续暂停实施至2027年7月31日、2027年10月31日、2028年1月31日和
    2027年11月10日: one end per target, in the order printed ([] unless 分别 introduces exactly as many)."""
    respectively = sentence.find("分别")
    run = _ENDS_RUN_RE.search(sentence, respectively) if respectively >= 0 else None
    if run is None:
        return []
    days = [parse_date(m.group(0)) for m in re.finditer(_DATE, run.group(0))]
    found = [d for d in days if d is not None]
    return found if len(found) == targets > 1 else []


def _respective_periods(sentence: str, targets: int) -> list[str]:
    """…第55号、第56号…分别继续暂停实施一年和六个月: one period per target, in the order printed ([] unless
    分别 introduces exactly as many periods as there are targets)."""
    respectively = sentence.find("分别")
    if respectively < 0:
        return []
    periods = [m.group(0) for m in DURATION_RE.finditer(sentence, respectively)]
    return periods if len(periods) == targets > 1 else []


# 自本公告发布之日起六个月内，暂停实施… / 为期一年，…: a comma clause that states only how long the act runs.
_PERIOD_ASIDE_RE = re.compile(r"^\s*(?:自|为期|期限|期间|在)|内\s*$")


def _period_aside(sentence: str) -> str:
    """The one verbless comma clause of `sentence` that states a duration ('' if none or several)."""
    asides = [
        clause
        for clause in _CLAUSE_BREAK_RE.split(sentence)
        if "号" not in clause
        and _verb(clause) is None
        and DURATION_RE.search(clause)
        and _PERIOD_ASIDE_RE.search(clause)
    ]
    return asides[0] if len(asides) == 1 else ""


def _period_clause(clause: str) -> bool:
    return (
        bool(_PERIOD_CLAUSE_RE.match(clause)) and DURATION_RE.search(clause) is not None and not _refs(clause)
    )


def _same(a: NoticeNumber, b: NoticeNumber) -> bool:
    return (a.year, a.number, a.series) == (b.year, b.number, b.series)


# The strongest act names the notice's kind; measures taken off (lifts) make it `repeals`.
_KIND_OF_VERB: tuple[tuple[RelationType, NoticeKind], ...] = (
    ("suspends", "suspends"),
    ("resumes", "resumes"),
    ("repeals", "repeals"),
    ("lifts", "repeals"),
    ("amends", "amends"),
)


def notice_kind(entries_count: int, relations: list[Relation], body: str) -> NoticeKind:
    """What the notice does: adds controls, acts on other notices (strongest act first) or informs."""
    if entries_count:
        return "adds_controls"
    for verb, kind in _KIND_OF_VERB:
        if any(r.relation == verb for r in relations):
            return kind
    if _CONTROL_WORDS_RE.search(body):
        return "adds_controls"
    return "informational"


# (调整表所列各条目，自表中“施行日期”栏所列日期起施行 / 第一条所列调整自表中载明的日期起施行: the days of force are a column)
_DAYS_IN_TABLE_RE = re.compile(
    r"自\s*(?:表中|表格中|上表|下表|附表)[^。；;]{0,16}?日期[^。；;]{0,6}?起\s*(?:施行|实施|执行|生效)"
    # (本公告自公布之日起施行；调整表对条目的施行日期另有规定的，从其规定: the table's days win where it prints them)
    r"|(?:表中|表格中|上表|下表|附表|调整表)[^。；;]{0,12}?(?:施行|实施|生效)(?:日期|时间)另有规定的\s*[,，]?\s*从其规定"
)
_TABLE_NAMED_RE = re.compile(r"下表|上表|附表|调整表|表中|表格|见附件")
_DAY_COLUMN_RE = re.compile(r"^(?:施行|实施|生效|执行)(?:日期|时间)$")


def _table_days(
    texts: list[str], published_on: dt.date | None, own_day: dt.date | None = None
) -> list[dt.date]:
    """The distinct days printed in a table's 施行日期 column, in order (自本公告公布之日起 in a cell: publication); with
    `own_day`, a row printing none (a blank cell, 自本公告施行之日起) is in force on the notice's own day."""
    days: list[dt.date] = []
    for text in texts:
        column: int | None = None
        for line in text.split("\n"):
            cells = [cell.strip() for cell in line.split("|")] if "|" in line else None
            if cells is None:
                continue
            if any(_DAY_COLUMN_RE.match(cell) for cell in cells):
                column = next(i for i, cell in enumerate(cells) if _DAY_COLUMN_RE.match(cell))
            elif column is not None and column < len(cells):
                on_publication = re.search(r"(?:公布|发布|印发)之日", cells[column]) and published_on
                day = published_on if on_publication else parse_date(cells[column])
                row = bool(cells[0].strip().isdigit())  # (a numbered row, not 第一部分 增列条目 | | …)
                day = day or (own_day if row else None)
                days += [day] if day is not None else []
    return sorted(set(days))


def _split_by_table_dates(
    relations: list[Relation], body: str, texts: list[str], dates: tuple[dt.date | None, dt.date | None]
) -> list[Relation]:
    """An amendment whose rows are in force on the days a column of its table prints is one act per day: the
    notice's day (publication or its day of force) is none of them, unless a row prints it. Only the clause the
    sentence names (第一条所列调整自表中载明的日期起施行) is so dated when it names one."""
    text = nfkc(body)
    told = _DAYS_IN_TABLE_RE.search(text)
    # (调整表对条目的施行日期另有规定的，从其规定: a row printing no day of its own follows the notice's)
    own_day = (dates[1] or dates[0]) if told and told.group(0).endswith("从其规定") else None
    days = _table_days(texts, dates[0], own_day) if told else []
    if told is None or not days:
        return relations
    opened = max(text.rfind(mark, 0, told.start()) for mark in "。\n；;") + 1
    named = re.search(r"第\s*([一二三四五六七八九十]+)\s*条", text[opened : told.start()])
    out: list[Relation] = []
    dated = [r for r in relations if r.relation == "amends" and r.window_from in dates]
    for r in relations:
        # (the act that announces the table — not a row's own act, which carries its row's day; …决定对…第51号公布的《清单》
        # 部分条目进行调整 then 调整表…另有规定的，从其规定: the notice's one amendment is the table's)
        ours = _read_in_clause(r, named.group(1)) if named else bool(_TABLE_NAMED_RE.search(r.quote_zh))
        # (…only an amendment of a list, whose rows the table is — not a clause rewritten beside a table of new goods)
        of_a_list = not re.fullmatch(r"[一二三四五六七八九十]+(?:/.*)?", r.clause or "")
        ours = ours or (
            named is None and len(dated) == 1 and of_a_list and told.group(0).endswith("从其规定")
        )
        if r.relation == "amends" and r.window_from in dates and ours:
            out += [dataclasses.replace(r, window_from=day) for day in days]
        else:
            out.append(r)
    return out


def _attachment_entries(text: str, title: str, url: str, label: str = "") -> EntryResult:
    """An attachment's entries, read as the pipeline reads its text: a list in the dual-use list's shape (code-first
    lines, 注 and 技术注释 under them) by that list's reader, anything else by the outline rules."""
    if looks_like_list(text):
        listed = read_list(text, url)
        return EntryResult(listed.entries, None, listed.issues)
    return extract_entries(_titled(text, label), title, source=url)


def _annex_title(page: NoticePage, url: str) -> str:
    """The title of the attachment at `url`: its link's words when they name it (附件：X清单.pdf), else the body's
    附件 line with its number (附件1：X清单 for the link 附件1), or the body's one 附件 line when the page links one file."""
    index = next((k for k, a in enumerate(page.attachments) if a.url == url), None)
    if index is None:
        return ""
    label = page.attachments[index].label
    words = _ANNEX_PREFIX_RE.sub("", _FILE_EXTENSION_RE.sub("", label.strip())).strip()
    if re.search(r"[\u4e00-\u9fff]{2}", words):  # (not a server's file name, P020740517384)
        return words
    announced = {m.group("n") or "": m.group("title").strip() for m in _ANNEX_LINE_RE.finditer(page.body)}
    number = (annex_label(label, url) or "").removeprefix("附件")
    if number in announced:
        return announced[number]
    # (one file linked, one 附件： line: they are the same attachment, whatever number the link prints)
    return next(iter(announced.values())) if len(page.attachments) == 1 and len(announced) == 1 else ""


# 附件：X清单 / 附件1：X清单 / 附件：1.X清单, as a notice's body names its attachments
_ANNEX_LINE_RE = re.compile(
    r"^\s*附件\s*(?P<n>\d{0,2})\s*[:：]\s*(?:\d{1,2}\s*[.．、])?\s*(?P<title>[^\n]{2,60}?)\s*$", re.MULTILINE
)
_FILE_EXTENSION_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd)$", re.IGNORECASE)
_ANNEX_PREFIX_RE = re.compile(r"^\s*(?:附件\s*\d{0,2}\s*[:：.．、]?|\d{1,2}\s*[.．、])\s*")


def _titled(text: str, label: str) -> str:
    """An attachment that opens straight on its numbered lines, its title printed only where the page links it
    (附件：可充放电锂离子电池生产设备清单 then 1.卷绕机；2.…), read under that title as if it printed it."""
    name = label.strip()
    first = first_printed_line(text)
    if not name or name == first or not _NUMBERED_FIRST_RE.match(first):
        return text
    return f"{name}\n{text}"


_NUMBERED_FIRST_RE = re.compile(r"^\d{1,3}\s*[.．、]\s*\S")


def extract_notice(page: NoticePage, attachment_texts: dict[str, str] | None = None) -> Extraction:
    """Entries, relations and kind of one notice page (plus the text of its attachments)."""
    issues: list[Issue] = list(page.issues)
    result = extract_entries(page.body, page.title_zh)
    entries = list(result.entries)
    issues.extend(result.issues)
    stated = result.stated_count
    read: list[tuple[str, str, EntryResult]] = [("body", page.body, result)]
    for url, text in (attachment_texts or {}).items():
        script = to_simplified(text)
        if script.converted:
            issues.append(
                Issue(
                    "traditional_script", f"attachment {url} is in Traditional script; read after conversion"
                )
            )
        extra = _attachment_entries(script.text, page.title_zh, url, _annex_title(page, url))
        entries.extend(extra.entries)
        issues.extend(extra.issues)
        stated = stated or extra.stated_count
        read.append((url, script.text, extra))
    relations = extract_relations(page.body, page.number, page.published_on, page.effective_on)
    labels = {a.url: a.label for a in page.attachments}
    converted = {
        source: text for source, text, _outcome in read[1:]
    }  # (Traditional script read as Simplified)
    relations = _settled(
        relations
        + attached_targets(
            page.body,
            [(labels.get(url, ""), text) for url, text in converted.items()],
            page.number,
            page.published_on,
            page.effective_on,
            tuple(relations),
        )
    )
    texts = [page.body, *converted.values()]
    relations = _split_by_table_dates(relations, page.body, texts, (page.published_on, page.effective_on))
    issues.extend(indirect_targets(page.body))
    rules = extract_rules(page.body)
    party = extract_parties(
        [("body", page.body), *converted.items()],  # (attachments read as Simplified, as the entries are)
        published_on=page.published_on,
        effective_on=page.effective_on or page.published_on,
        own_notice_id=page.number.notice_id if page.number else None,
    )
    entries = [e for e in entries if not party.covers(e.quote_zh)]  # a party line is not an item
    issues.extend(party.issues)
    for source, text, outcome in read:  # the line-role model's second opinion (parsers.line_roles)
        accounted = [n.line for n in outcome.not_items] + [i.line for i in outcome.issues if i.line]
        accounted += [line for line in text.split("\n") if line.strip() and party.covers(line.strip())]
        issues.extend(
            second_opinion(
                text, [e.quote_zh for e in outcome.entries], accounted, in_attachment=source != "body"
            )
        )
    kind = party_kind(notice_kind(len(entries), relations, page.body), party)
    if stated is not None and stated != len(entries):
        issues.append(
            Issue("count_mismatch", f"the notice states {stated} items; {len(entries)} were extracted")
        )
    if kind == "adds_controls" and not entries and page.attachments and not attachment_texts:
        issues.append(
            Issue("list_in_attachment", "the control list appears to be in an attachment that was not read")
        )
    if page.effective_on is None and page.effective_rule is None and kind != "informational":
        issues.append(
            Issue("no_effective_clause", "no effective-date clause found; publication date assumed")
        )
    return Extraction(
        kind=kind,
        entries=tuple(entries),
        relations=tuple(relations),
        stated_count=stated,
        issues=tuple(issues),
        rules=rules,
        parties=party.parties,
        party_refs=party.refs,
    )
