"""Rules a notice states that are not items: value thresholds, extraterritorial reach, end-use and
end-user conditions, catch-all clauses, prohibitions and licence procedure.

2025 No. 61 controls foreign-made goods that contain Chinese rare earths at 0.1% of value or more:
that clause names no controlled thing, it says *when* listed things are controlled. Read as an item
it would tell counsel that "价值比例达到0.1%及以上的" became controlled; read as a rule it gives the
screening step a threshold (0.001) and the list parts it governs. The clause shapes recognised here
are the same ones `parsers.entries` refuses to read as list items, so a line is never both.

Pure functions; the clause path (`一/(一)`) is rebuilt from the 一、 and (一) markers only, which is
the depth MOFCOM states its measures at.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import get_args

from parsers.model import Rule, RuleKind
from parsers.numbers import CONTROL_CODE, nfkc, parse_clause_effective, percent_figures

_CN = "一二三四五六七八九十"
_CLAUSE_RE = re.compile(rf"^([{_CN}]+)\s*[、.]\s*")
_SUBCLAUSE_RE = re.compile(rf"^\(\s*([{_CN}]+)\s*\)\s*[、.]?\s*")
# A clause that is itself a list line (三、1C351.e.1 …, 四、1E001 …技术, 二、X(参考税则号列:…)) names goods,
# it states nothing: the paragraphs printed after it are the notice's closing statements, each a
# statement of its own, not the wording of that clause. A clause that bans or conditions the goods it
# names with their HS codes (二、禁止对某国出口X(海关编码:…)) states a rule, and its paragraphs go on with it.
_LIST_CLAUSE_RE = re.compile(rf"^[{_CN}]+\s*[、.]\s*(?:{CONTROL_CODE}|[^。;]*\([^()]*\d{{8}})")

# A share of value stated as a percentage (价值比例达到0.1%及以上 / 价值占比达到0.1%); a share printed in
# words as a fraction of a hundred, thousand or ten thousand (千分之五, 百分之零点一, 万分之5) is read as its
# percentage first (numbers.percent_figures).
_VALUE_SHARE_RE = re.compile(
    r"(?:价值|货值)[^。;]{0,30}?(?:比例|占比|比重|份额)?[^。;\d]{0,12}?(?P<percent>\d+(?:\.\d+)?)\s*%"
    # 物项的混合物中上述任一化学品含量（按重量）大于等于30%的，同样适用本公告: a mixture is controlled from a
    # share of the listed goods on, the same threshold shape as the value rule (counted by weight)
    r"|混合物[^。;]{0,30}?含量[^。;\d]{0,20}?(?P<content>\d+(?:\.\d+)?)\s*%(?=[^。;]{0,6}的?[^。;]{0,12}?(?:适用|管制|纳入))"
)
# Reach over foreign persons and foreign-made goods. A foreign organisation as the object of 向/给, or
# one inside China (境内的境外组织: a deemed export), is not reach abroad.
_EXTRATERRITORIAL_RE = re.compile(
    r"(?<!向)(?<!给)(?<!境内的)境外(?:组织|个人|制造|生产)|在境外(?:制造|生产)|中国以外的其他国家和地区|再出口"
)
# 将原产于中华人民共和国的相关两用物项转移或者提供给…: reach over anyone, anywhere.
_TRANSFER_RE = re.compile(r"转移或(?:者)?提供给")
_END_USER_RE = re.compile(r"军事用户|最终用户|进口商|管控名单|关注名单|不可靠实体清单")
_END_USE_RE = re.compile(
    r"最终用途|用于或者可能用于|用于或可能用于|大规模杀伤性武器|恐怖主义|军事用途|军事潜力|逐案审[批查核]|仅用于"
    # 用于未接受国际原子能机构保障监督的核设施的出口申请，原则上不予许可: the denial keyed on what it is for
    r"|^[^。;；，,]{0,8}用于[^。;；，,]{2,40}?的[^。;；，,]{0,10}(?:申请|出口)"
    # 用于核爆炸活动或者未接受…保障监督的核设施的，不予许可: the same denial, the use as its own clause
    r"|^[^。;；，,]{0,8}用于[^。;；]{2,60}?的\s*[,，]\s*(?:原则上|一律)?不予(?:许可|批准)"
)
_MILITARY_USE_RE = re.compile(r"军事用户|军事用途|最终用户|最终用途|军事实力|军事潜力")
# A presumption of denial, case-by-case review or stricter review; the ministry's "准予或者不予许可的
# 决定" is how it decides any application, not a denial.
_DENIAL_RE = re.compile(
    r"(?<!准予或者)(?<!准予或)不予(?:许可|批准)(?!的决定)|逐案审[批查核]|更(?:加|为)?严格的"
)
# A commitment on use (书面承诺…不用于…用途, 承诺不将所进口物项用于…禁止的目的, 承诺所出口物项不用于
# 大规模杀伤性武器…): a condition on the end use, whatever the sentence names the use by.
# The commitment may also follow what it promises (出具不将两用物项用于军事用途…的书面承诺).
_USE_COMMITMENT_RE = re.compile(
    r"承诺[^。;；]{0,40}?不(?:得)?(?:将[^。;；]{0,20}?)?用于"
    r"|不(?:得)?将[^。;；]{0,30}?用于[^。;；]{0,60}?的(?:书面)?承诺"
)
# A ban on a use (禁止将附件所列物项用于导弹…的研制 / 不得将…出口用于反潜作战等军事用途): keyed on
# the end use, whatever the use is.
_USE_BAN_RE = re.compile(r"(?:禁止|不得|不准)\s*(?:(?:将|把)[^。;；，,]{0,40}?)?用于")
_CATCH_ALL_RE = re.compile(
    r"(?:非管制|不属于管制|管制清单以外|清单以外)的(?:货物|物项|技术)[^。]{0,80}(?:明知|知道或者应当知道)|"
    r"(?:明知|知道或者应当知道)[^。]{0,60}(?:用于|有助于)[^。]{0,80}(?:申请|许可)"
)
# A ban on changing the end use or end user (不得擅自改变相关物项的最终用途 / 禁止变更最终用户): keyed on
# the use or the user, whoever is bound. A commitment not to change it (承诺…不改变最终用途) is paperwork
# of the application (2026 No. 994 四), not a ban.
_USE_CHANGE_RE = re.compile(
    r"(?:不得|不准|禁止)\s*(?:擅自|私自)?\s*(?:改变|变更|更改)[^。;；，,]{0,20}?最终(?P<what>用途|用户)"
)
# An outright ban (禁止…出口 / 禁止自…进口 / 禁止…与其进行交易), as opposed to a presumption of denial.
_PROHIBITION_RE = re.compile(r"禁止[^。;]{0,70}?(?:出口|进口|提供|转移|交易|合作)")
# 不得 banning an activity or a service (不得参与或者支持境外…活动 / 不得为…提供中介…服务). "未经许可，
# 不得出口/提供" over the listed things is the control itself, not a further rule.
_ACTIVITY_BAN_RE = re.compile(
    r"不得[^。;；]{0,12}?(?:参与|支持|从事[^。;；]{0,30}?活动|为[^。;；]{0,40}?提供[^。;；]{0,60}?服务)"
)
# Measures on the parties a notice lists (禁止向上述8家实体出口… / 禁止…与其进行交易 / 禁止其向中国出口…)
# belong to those parties (the parties extraction), not to the notice's rules.
# 名单第4项、第5项所列实体 / 附件所列实体 names listed parties too.
_PARTY_MEASURE_RE = re.compile(
    r"上述[^，,。;；]{0,12}(?:企业|实体|公司|组织|机构)|[与向对]其|禁止其|该(?:企业|实体|公司|机构)"
    r"|(?:名单|附件|本公告)[^，,。;；]{0,16}?所列\s*(?:(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*[家个名])?"
    r"[^，,。;；]{0,4}?(?:实体|企业|公司|组织|机构)"
)
# What the exporter (or importer, or any applicant) must do to obtain a licence. The ministry's
# review, the issue of the licence and the customs formalities that follow are not further rules.
_PROCEDURE_RE = re.compile(
    r"(?:(?:出口|进口|相关|有关)?经营者|申请人|(?:国内|境内|相关|有关)?企业)[^。;；]{0,60}?(?:申请|申领|提交)|"
    r"提交(?:下列|以下|如下)(?:文件|材料)|纳入出口管制管理|申请表|"
    # 申请单项许可时，应当提交…风险评估报告: paperwork owed, the subject carried from the sentence before
    r"应当(?:向[^。;；]{0,20}?)?提交[^。;；]{0,40}?(?:文件|材料|报告|说明|证明)|"
    # …出口的许可申请，依照…的规定办理: how an application is made, by reference to another text
    r"许可申请[^。;；]{0,30}?(?:依照|按照|参照)[^。;；]{0,80}?办理|"
    # 出口…所列物项的，继续按照该公告规定的许可程序办理: the procedure the exporter follows
    r"(?:依照|按照|参照)[^。;；]{0,30}?许可(?:程序|手续)[^。;；]{0,4}?办理|"
    # …的，依照…第二款至第七款的规定办理出口许可手续 / 参照…的规定提交技术转让或者提供情况说明
    r"(?:依照|按照|参照)[^。;；]{0,60}?(?:办理[^。;；]{0,6}?许可|提交[^。;；]{0,40}?(?:文件|材料|报告|说明|证明))|"
    # 申请人统一依照本公告附件2填写: the form an applicant fills in
    r"申请人[^。;；]{0,30}?(?:填写|填报)|"
    # …出口的，应当在出口后5个工作日内…向商务部报告: a report owed to the ministry for an export made
    r"应当[^。;；]{0,80}?向[^。;；]{0,30}?(?:商务部|主管部门)[^。;；]{0,10}?(?:报告|备案)|"
    r"(?:可以|须|需)[^。;；]{0,40}?向[^。;；]{0,20}?(?:商务部|主管部门)[^。;；]{0,6}?备案|"
    # …进口、出口活动，应当依照…规定办理相应的许可或者备案手续 (whoever the subject is)
    r"应当[^。;；]{0,40}?办理[^。;；]{0,8}?(?:许可|备案)|"
    # 不得申请通用许可 / 不得以登记填报信息的方式获得出口凭证: the licence route an exporter may not take
    r"不得(?:申请|申领|使用)[^。;；，,]{0,6}?(?:通用|一般)许可|不得以[^。;；，,]{0,20}?方式(?:获得|取得|申领)[^。;；，,]{0,6}?(?:许可|凭证)"
)
# 应当依照有关规定向商务部申请许可: the exporter's own duty to apply, stated outright (not a provider's duty to
# ask whether the exporter applied: 应当主动询问…是否已申请或者取得许可)
_MUST_APPLY_RE = re.compile(
    r"应当\s*(?:依照[^。;；]{0,30}?)?(?:向[^。;；]{0,20}?)?(?:申请|申领)[^。;；，,]{0,10}?许可"
)
# 无需申领…许可证: an exemption from the paperwork is not a procedure anyone must follow.
_EXEMPTION_RE = re.compile(r"无需|无须|不需|免于|免予|不必")
# 属于军民两用技术的，纳入出口管制管理 / 实行许可证管理: the licensing regime named, a sentence of its own beside a ban
_MANAGED_RE = re.compile(r"纳入出口管制管理|实行(?:出口)?许可证?管理")
# Paperwork named outright (提交…报告/说明/证明): procedure even next to a stronger rule.
# (…持合同原件向商务部备案: a filing, named as plainly)
_DOCUMENTS_RE = re.compile(
    r"提交[^。;；]{0,40}?(?:文件|材料|报告|说明|证明|申请表)|向[^。;；]{0,20}?(?:商务部|主管部门)[^。;；]{0,6}?备案"
)
# Customs formalities, including the item identification an exporter seeks when customs questions the goods
# (海关…提出质疑的，由出口经营者向商务部申请办理…物项识别), are not licence procedure.
_NOT_PROCEDURE_RE = re.compile(r"审查|颁发|签发|海关手续|报关|移出|物项识别|提出质疑")
# Licence procedure is what an exporter must file; "未经许可，不得出口" is the control itself, and
# an amending order's "将…“提交纸质材料”修改为…" rewrites another text rather than stating a rule.
_CONTROL_ITSELF_RE = re.compile(r"未经许可[,，]?\s*不得出口|修改为|修订为")
# 本公告所称出口，是指…: a definition states what words mean, not a rule.
_DEFINITION_RE = re.compile(r"^(?:本公告|本决定|本清单)?所称|^[“\"][^”\"]{1,20}[”\"][，,]?\s*(?:是)?指")
_TITLE_RE = re.compile(r"《[^》]*》")
_SENTENCE_PUNCT_RE = re.compile(r"[，,。；;：:]")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[。;；])")

_ANNEX_RE = re.compile(rf"附件\s*(\d+)\s*(?:的)?\s*(第[{_CN}]+部分)?")
_OWN_CLAUSE_RE = re.compile(
    rf"本公告\s*第([{_CN}]+)条(?:\s*第\s*\(\s*([{_CN}]+)\s*\)\s*项)?|本公告\s*第([{_CN}]+)项"
)
# A part whose *content* is measured (含有…原产于中国的X / X占…的价值比例) rather than the goods governed.
_INPUT_BEFORE_RE = re.compile(r"(?:原产于中国|含有|集成|混有|混合)[^。;]{0,14}$")
_INPUT_AFTER_RE = re.compile(r"^所列物项\s*占")

RULE_KINDS: tuple[RuleKind, ...] = get_args(RuleKind)  # strongest first


@functools.lru_cache(maxsize=4096)  # (the entries' walk and the rules' asks it of the same clauses; pure)
def rule_kinds(text: str) -> tuple[RuleKind, ...]:
    """The rule kinds one clause's text states, strongest first; () when it states none.

    Each sentence (up to 。 or ；) is judged on its own: a clause that lets the exporter apply and
    then says the ministry will review holds a procedure rule, whatever the second half says.
    Titles of laws and catalogues (《中国禁止出口限制出口技术目录》) are not read, a heading (no
    sentence punctuation) and a definition (本公告所称…) state nothing. Licence procedure is only
    reported for a clause that states nothing stronger, since every measure ends in "apply for a
    licence" — unless the clause names the paperwork (提交…报告).
    """
    text = _TITLE_RE.sub("《》", percent_figures(nfkc(text)))
    if text.startswith("附件") or (not text.rstrip().endswith("。") and not _SENTENCE_PUNCT_RE.search(text)):
        return ()  # an annex caption or a heading names a document, it states nothing
    strong: list[RuleKind] = []
    procedure = documents = alone = False
    # A line without sentence punctuation under the clause (一、禁止出口部分, an industry heading) names a
    # part of a list; it states nothing, whatever words it holds.
    stated = "\n".join(line for line in text.split("\n") if _SENTENCE_PUNCT_RE.search(line))
    for sentence in _SENTENCE_SPLIT_RE.split(stated):
        body = _after_act_on_another(_CLAUSE_NUMBER_RE.sub("", sentence.strip()))
        if not body or _DEFINITION_RE.search(body) or _TOLD_RE.match(body):
            continue
        found = _sentence_kinds(body)
        strong.extend(kind for kind in found if kind not in strong)
        if _states_procedure(body):
            # 出口经营者出口上述物项，应当…申请许可。 printed as a sentence of its own is a procedure even
            # beside a stronger sentence (…承诺…不用于…); one ending a stronger rule is that rule's wording
            procedure, alone = (
                True,
                alone or (not found and bool(_MUST_APPLY_RE.search(body) or _MANAGED_RE.search(body))),
            )
            documents = documents or bool(_DOCUMENTS_RE.search(body))
    kinds = sorted(strong, key=RULE_KINDS.index)
    if procedure and (not kinds or documents or alone):
        kinds.append("licence_procedure")
    return tuple(kinds)


# 2024年12月3日，商务部发布2024年第46号公告，…该公告第二款规定…原则上不予许可: an earlier notice's rule, told as
# background to what this one decides
_TOLD_RE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]?[^,，。;；]{0,40}?(?:发布|公布|印发)[^。;；]{0,40}?号"
)
# …第46号第二款关于…原则上不予许可的规定，…停止执行: a sentence that stops, suspends or revives what another
# notice states is a relation to that notice; the rule it quotes is that notice's, not this one's.
_ACTS_ON_ANOTHER_RE = re.compile(
    r"(?:公告|令|决定)\s*\d{4}\s*年\s*第\s*\d+\s*号[^。;；]*?"
    r"(?:停止(?:执行|实施|适用)|不再(?:执行|实施|适用)|废止|暂停(?:实施|执行|适用)|暂不(?:实施|执行|适用)|中止(?:执行|实施)"
    r"|恢复(?:执行|实施))"
)
# …第57号第一款所列钬相关物项，自2027年1月1日起恢复实施出口管制，出口经营者应当…申请许可: what follows the act,
# with a subject of its own, is this notice's rule
_OWN_SUBJECT_RE = re.compile(
    r"^\s*(?:出口经营者|经营者|申请人|进口商|最终用户|任何组织和个人|境外组织和个人)"
)


def _after_act_on_another(body: str) -> str:
    """The part of a sentence this notice states itself: all of it, or what follows an act on another
    notice when that part opens with a subject of its own ("" when nothing does)."""
    act = _ACTS_ON_ANOTHER_RE.search(body)
    if act is None:
        return body
    comma = re.search(r"[，,]", body[act.end() :])
    rest = body[act.end() + comma.end() :] if comma else ""
    return rest if _OWN_SUBJECT_RE.match(rest) else ""


_CLAUSE_NUMBER_RE = re.compile(rf"^(?:[{_CN}]+\s*[、.]|\(\s*[{_CN}]+\s*\)|\d+\s*[.、])\s*")


def _sentence_kinds(sentence: str) -> list[RuleKind]:  # noqa: C901 — one test per kind of rule sentence, kept together so their order is visible
    """The kinds one sentence states, licence procedure aside."""
    kinds: list[RuleKind] = []
    if _VALUE_SHARE_RE.search(sentence):
        kinds.append("de_minimis_value")
    reach = _EXTRATERRITORIAL_RE.search(sentence) and ("许可" in sentence or "出口" in sentence)
    if reach or _TRANSFER_RE.search(sentence):
        kinds.append("extraterritorial_scope")
    if _CATCH_ALL_RE.search(sentence):
        kinds.append("catch_all")
    prohibition = _PROHIBITION_RE.search(sentence)
    banned = _phrase(sentence, prohibition.start()) if prohibition else ""
    use_ban = _USE_BAN_RE.search(sentence)
    if _listed_user_ban(sentence):
        kinds.append("end_user")
    elif use_ban and not _PARTY_MEASURE_RE.search(_phrase(sentence, use_ban.start())):
        kinds.append("end_use")
    elif prohibition and not _PARTY_MEASURE_RE.search(banned):
        # 禁止…向军事用户、军事用途出口 bans by end use; 禁止向朝鲜出口 bans outright.
        kinds.append("end_use" if _MILITARY_USE_RE.search(banned) else "prohibition")
    elif not prohibition and _DENIAL_RE.search(sentence):
        # Review or denial on the parties listed (对上述实体…实施更为严格的最终用户和最终用途审查) is a
        # condition of the licensing, not a ban whose object is the party: a rule (2026 No. 28's watch list).
        if _END_USER_RE.search(sentence):
            kinds.append("end_user")
        # 对关注名单所列进口商和最终用户…实施更严格的最终用户和最终用途审查: the review named by its kind, keyed
        # on listed users, conditions no use; a use named besides it (军事用途, 大规模杀伤性武器) still does
        keyed = _REVIEW_KIND_RE.sub("", sentence) if _LISTED_USER_RE.search(sentence) else sentence
        if _END_USE_RE.search(keyed):
            kinds.append("end_use")
        if not kinds and _DENIAL_RE.search(sentence) and "不予许可" in sentence:
            kinds.append("prohibition")  # 镓…对美国出口，原则上不予许可: a denial by goods and destination
    activity = _ACTIVITY_BAN_RE.search(sentence)
    if activity and not _PARTY_MEASURE_RE.search(_phrase(sentence, activity.start())):
        kinds.append("prohibition")
    if _USE_COMMITMENT_RE.search(sentence) and "end_use" not in kinds:
        kinds.append("end_use")
    for change in _USE_CHANGE_RE.finditer(sentence):
        kinds.append("end_use" if change.group("what") == "用途" else "end_user")
    return list(dict.fromkeys(kinds))


# 不得向列入出口管制管控名单的进口商和最终用户出口 / 禁止对关注名单所列最终用户出口…: a ban keyed on who
# receives the goods, by their listing: the end-user rule, not a ban by goods or destination. A ban on
# the parties this notice lists (向上述实体出口) is their own measure and is left to the party reader.
_USER_BAN_RE = re.compile(
    r"(?:不得|禁止|不准)[^。;；，,]{0,10}?(?:向|对|与)(?P<whom>[^。;；，,]{1,60})(?:出口|提供|转让)"
)
_LISTED_USER_RE = re.compile(
    r"(?:管控名单|关注名单|不可靠实体清单)[^。;；，,]{0,12}?(?:进口商|最终用户|用户)"
    r"|(?:进口商|最终用户|用户)[^。;；，,]{0,12}?列入[^。;；，,]{0,16}?(?:管控名单|关注名单|不可靠实体清单)"
)


_REVIEW_KIND_RE = re.compile(r"最终用户和最终用途(?:审查|核查|调查)")


def _listed_user_ban(sentence: str) -> bool:
    ban = _USER_BAN_RE.search(sentence)
    if ban is None:
        return False
    whom = ban.group("whom")
    return bool(_LISTED_USER_RE.search(whom)) and not _PARTY_MEASURE_RE.search(whom)


# The customs formalities that follow a licence (…申请许可证，凭许可证向海关办理出口报关手续) are a part
# of their own: the application before them is still procedure. A part that is only customs stays none.
_CUSTOMS_RE = re.compile(r"报关|海关手续")
_COMMA_PART_RE = re.compile(r"(?<=[，,])")


def _states_procedure(sentence: str) -> bool:
    sentence = "".join(part for part in _COMMA_PART_RE.split(sentence) if not _CUSTOMS_RE.search(part))
    return bool(
        _PROCEDURE_RE.search(sentence)
        and not _CONTROL_ITSELF_RE.search(sentence)
        and not _NOT_PROCEDURE_RE.search(sentence)
        and not _EXEMPTION_RE.search(sentence)
    )


def _phrase(text: str, start: int) -> str:
    """The phrase of `text` from `start` to the next comma or stop."""
    end = _PHRASE_END_RE.search(text, start)
    return text[start : end.start() if end else len(text)]


_PHRASE_END_RE = re.compile(r"[，,;；。]")


# The documents a licence application needs (提交下列文件：(一)出口合同…): numbered like a list,
# never controlled items.
_DOCUMENT_LIST_RE = re.compile(
    r"(?:提交|提供|附送|附具)[^。;]{0,6}(?:下列|以下|如下)[^。;]{0,4}(?:文件|材料|资料)"
)


def is_rule_clause(text: str) -> bool:
    """Whether a numbered clause states a rule whose sub-lines are conditions, not list items.

    Licence procedure counts only in its document-list shape: "对下列物项实施出口管制，出口经营者
    应当申请许可：" introduces items, "提交下列文件：" introduces paperwork.
    """
    kinds = rule_kinds(text)
    if any(kind != "licence_procedure" for kind in kinds):
        return True
    return bool(_DOCUMENT_LIST_RE.search(nfkc(text)))


def threshold(text: str) -> float | None:
    """The value share a clause turns on, as a fraction (0.1% → 0.001)."""
    text = percent_figures(nfkc(text))  # a share printed in words (百分之零点一) reads as its digits
    match = _VALUE_SHARE_RE.search(text)
    return None if match is None else round(float(match.group("percent") or match.group("content")) / 100, 12)


def _references(text: str) -> list[tuple[str, bool]]:
    """List parts a clause names, each with whether it is an *input* (content measured) part.

    An annex part is written as printed (附件1第二部分); a part of the notice itself becomes the
    outline path of the entries it holds (本公告第二条第（二）项 → 二/(二)), so a rule can be
    joined to the entries it governs.
    """
    found: list[tuple[int, int, str]] = []
    for match in _ANNEX_RE.finditer(text):
        found.append((match.start(), match.end(), f"附件{match.group(1)}{match.group(2) or ''}"))
    for match in _OWN_CLAUSE_RE.finditer(text):
        if match.group(3):
            label = match.group(3)
        else:
            label = match.group(1) + (f"/({match.group(2)})" if match.group(2) else "")
        found.append((match.start(), match.end(), label))
    found.sort()
    refs: list[tuple[str, bool]] = []
    previous_end = 0
    for start, end, label in found:
        before = text[max(previous_end, start - 20) : start].replace("本公告", "")
        is_input = bool(_INPUT_BEFORE_RE.search(before)) or bool(_INPUT_AFTER_RE.match(text[end:]))
        refs.append((label, is_input))
        previous_end = end
    return refs


def _governed(text: str, kind: str) -> tuple[str, ...]:
    refs = _references(text)
    if kind == "de_minimis_value":
        inputs = {label for label, is_input in refs if is_input}
        labels = [label for label, is_input in refs if not is_input and label not in inputs]
    else:
        labels = [label for label, _ in refs]
    unique = list(dict.fromkeys(labels))
    # 附件1 governs everything 附件1第二部分 does: keep the widest reference only.
    return tuple(
        label for label in unique if not any(other != label and _within(label, other) for other in unique)
    )


def _within(label: str, other: str) -> bool:
    return label.startswith(other) and (label[len(other) :].startswith(("/", "第")))


def _clauses(body: str) -> list[tuple[str, str, list[str]]]:
    """(clause path, clause line, lines under it) for each 一、 and (一) line of a body."""
    clauses: list[tuple[str, str, list[str]]] = []
    top: str | None = None
    listed = False  # the last clause is a list line, which states nothing
    for raw in body.split("\n"):
        line = raw.strip()
        if not line:
            continue
        normalized = nfkc(line)
        top_match = _CLAUSE_RE.match(normalized)
        sub_match = _SUBCLAUSE_RE.match(normalized)
        if top_match:
            top = top_match.group(1)
            listed = bool(_LIST_CLAUSE_RE.match(normalized)) and not rule_kinds(line)
            clauses.append((top, line, []))
        elif sub_match and top is not None:
            clauses.append((f"{top}/({sub_match.group(1)})", line, []))
        elif clauses and clauses[-1][0] and "/" not in clauses[-1][0] and not listed:
            # A paragraph continuing a clause (四、…审查… / 对国家安全有重大影响的…报国务院批准).
            clauses[-1][2].append(line)
        elif (
            clauses
            and "/" in clauses[-1][0]
            and _cut_by_width(clauses[-1][2][-1] if clauses[-1][2] else clauses[-1][1])
        ):
            # A sub-clause broken by the page width (…含有原产于中 / 国的…) goes on on the next line.
            clauses[-1][2].append(line)
        else:
            # Preamble, or prose after a list of sub-clauses (2025 No. 62's catch-all paragraph):
            # a statement of its own, not part of the last sub-clause.
            top = None
            clauses.append(("", line, []))
    return clauses


# Wide enough that a line this long ending on no punctuation was cut by the page width, not a heading.
_WRAPPED_MIN = 20
_LINE_END_PUNCT = '。；;：:，,、！!？?)）”"'


def _cut_by_width(line: str) -> bool:
    text = nfkc(line.strip())
    return len(text) >= _WRAPPED_MIN and not text.endswith(tuple(_LINE_END_PUNCT))


# …增加一款作为第八款，即：“八、出口经营者…可以…申请…通用许可。” — words put into another notice, quoted after
# a colon: that notice's text once amended, no rule this notice states.
_INSERTED_TEXT_RE = re.compile(r"(?<=[:：])\s*[“「『][^”」』]*(?:[”」』]|$)")


def extract_rules(body: str, published_on: dt.date | None = None) -> tuple[Rule, ...]:
    """Every rule stated in a notice body, one per (clause, kind), in the order printed.

    A sub-clause restating its parent's kind (一/(二) under an extraterritorial 一) adds nothing;
    a sub-clause stating a new kind (the 0.1% rule in 一/(一)) is a rule of its own. Lines under a
    clause that are not sub-clauses (numbered end uses, the documents an application needs) are
    part of its quote.
    """
    del published_on  # the notice's own date applies through the notice_rules view
    clause_dates = parse_clause_effective(body)
    rules: list[Rule] = []
    stated: set[tuple[str, str]] = set()
    clauses = _clauses(body)
    for index, (path, line, under) in enumerate(clauses):
        top = path.split("/")[0]
        # A clause heading that only introduces its sub-clauses (…出口以下物项前…：) is read with them.
        subtree = [line, *under]
        if "/" not in path and path:
            for other_path, other_line, other_under in clauses[index + 1 :]:
                if other_path.split("/")[0] != top:
                    break
                subtree.extend([other_line, *other_under])
        own_text = "\n".join([line, *under]) if path else line
        quote = "\n".join(subtree if "/" not in path else [line, *under])
        for kind in rule_kinds(_INSERTED_TEXT_RE.sub("", own_text)):
            parent_stated = "/" in path and (top, kind) in stated
            if parent_stated:
                continue
            stated.add((path, kind))
            scope_text = own_text if kind == "de_minimis_value" else "\n".join(subtree)
            rules.append(
                Rule(
                    rule_kind=kind,
                    clause=path or None,
                    threshold=threshold(own_text) if kind == "de_minimis_value" else None,
                    applies_to=_governed(nfkc(scope_text), kind),
                    quote_zh=quote,
                    effective_on=clause_dates.get(top),
                )
            )
    return tuple(rules)
