"""What part of a target notice's list a relation clause names, read from the clause's printed words.

The list replay (warehouse/lists.py) needs to know whether `所附《…清单》不再适用` ends every entry of the
target, whether `清单第三部分` names a part that entries' clauses cannot express, and which printed clause
`第二款中涉及…的内容` lies inside. Those are readings of Chinese wording, so they live here as pure functions
and the replay only applies them.
"""

from __future__ import annotations

import re

__all__ = ["entry_scope", "names_list", "within_clause"]

# A clause that names the target's annexed list or catalogue (所附《…清单》, 附件, 目录) or the items it lists
# (所列物项的出口管制措施) reaches every entry the target lists: a notice publishes one list, printed in its
# body or its attachment. A part of that list (清单中的…物项, 清单第三部分) is not the whole: entries' clauses
# cannot name it, so it reaches none rather than ending entries still in force.
_WHOLE_LIST_RE = re.compile(r"所附|附件|清单|目录|所列(?:的)?(?:全部|所有)?(?:两用)?(?:物项|货物|技术|物品)")
_PART_OF_LIST_RE = re.compile(r"中的|之中|其中|第\s*[一二三四五六七八九十百\d]+\s*(?:部分|项|类|章|条|款)")

# 第二款中涉及超硬材料相关两用物项的内容: a part of a printed clause, kept in its printed words.
_WITHIN_CLAUSE_RE = re.compile(r"^第\s*([一二三四五六七八九十]+)\s*(?:款|条)[^，,。；;]*?中")


# 所附的企业承诺书（附件2） / 附件3申请表: an annexed form or template is a document to fill in, not the list,
# though it is annexed as the list is; ending it ends no entry.
_FORM_RE = re.compile(
    r"承诺书|保证书|声明书|申请表|申请书|登记表|告知书|证明(?:书|文件)?|说明书|格式|样本|范本|模板|指引|表格|填写说明"
)
_LIST_WORD_RE = re.compile(r"清单|目录|所列")


def names_list(clause: str) -> bool:
    """Whether the clause names the target's list or catalogue (the whole of it or a part)."""
    if _FORM_RE.search(clause) and not _LIST_WORD_RE.search(clause):
        return False
    return _WHOLE_LIST_RE.search(clause) is not None


def entry_scope(clause: str | None) -> str | None:
    """The clause a list event acts on, as entries' clauses are written (None: the whole list).

    Any clause text other than a name of the whole list (a procedure, a paragraph, a part of the list) is
    kept as printed: a top-level clause (一, 二) then reaches the entries printed under it, and anything
    else reaches none."""
    if clause is None or (names_list(clause) and not _PART_OF_LIST_RE.search(clause)):
        return None
    return clause


def within_clause(clause: str) -> str | None:
    """The printed top-level clause (一, 二 …) that `第二款中涉及…的内容` lies inside, or None."""
    match = _WITHIN_CLAUSE_RE.match(clause)
    return match.group(1) if match else None
