"""The line-role model (`parsers/line_roles.py`): a second opinion that raises a data issue when it is
sure a line names an item the rules did not read. Inference runs on the bundled weights only; the
labelling behind the training (bench/line_roles.py) is checked on the shared examples.
"""

from __future__ import annotations

import dataclasses

import pytest

from parsers.entries import extract_entries
from parsers.line_roles import CONFIDENCE, ROLES, bundled_model, outline, second_opinion
from parsers.model import Entry

GOODS = "\n".join(
    [
        "根据有关规定，决定对下列物项实施出口管制：",
        "一、钐相关物项",
        "（一）1C902.a 金属钐、含钐的合金及相关制品：",
        "1. 金属钐（参考海关商品编号：2805301910）。",
        "二、出口经营者应当按照有关规定办理出口许可手续，并提交以下文件：",
        "（一）出口合同、协议的原件或者与原件一致的复印件；",
        "（二）最终用户和最终用途证明。",
        "本公告自2025年4月4日起正式实施。",
    ]
)


def test_the_bundled_model_reads_the_roles_of_a_goods_notice() -> None:
    model = bundled_model()
    assert set(model.roles) == set(ROLES)
    roles = model.roles_of(GOODS)

    def role(prefix: str) -> str:
        return next(r for line, r, _ in roles if line.text.startswith(prefix))

    assert role("1. 金属钐") == "item"
    assert role("（一）出口合同") == "procedure"
    assert role("（一）1C902.a") == "group"
    assert role("根据有关规定") == "other"
    probabilities = model.probabilities({"bias": 1.0})
    assert abs(sum(probabilities.values()) - 1.0) < 1e-9


def test_outline_parents_follow_the_numbering_types() -> None:
    lines = outline(GOODS)

    def line(prefix: str) -> int:
        return next(x.index for x in lines if x.text.startswith(prefix))

    assert lines[line("1. 金属钐")].parent == line("（一）1C902.a")
    assert lines[line("（二）最终用户")].parent == line("二、出口经营者")
    assert lines[line("二、出口经营者")].parent is None


def test_a_line_the_rules_left_unread_is_reported_and_an_accounted_one_is_not() -> None:
    """The rules "forgot" 金属钐: the model says item, so a data issue names the line."""
    item_line = "1. 金属钐（参考海关商品编号：2805301910）。"
    (issue,) = [i for i in second_opinion(GOODS, entry_quotes=[], accounted=[]) if i.line == item_line]
    assert issue.code == "line_role_disagreement" and "p=" in issue.message
    p = float(issue.message.split("p=")[1].split(")")[0])
    assert p >= CONFIDENCE
    # read as an entry, or accounted for as something else: no issue for that line
    assert not [
        i for i in second_opinion(GOODS, entry_quotes=[item_line], accounted=[]) if i.line == item_line
    ]
    assert not [
        i for i in second_opinion(GOODS, entry_quotes=[], accounted=[item_line]) if i.line == item_line
    ]
    # procedure, preamble and the closing clause are never reported as items
    reported = {i.line for i in second_opinion(GOODS, entry_quotes=[], accounted=[])}
    assert not {line for line in reported if "出口合同" in line or "正式实施" in line or "根据" in line}


def test_labels_come_from_the_truth_of_the_examples() -> None:
    pytest.importorskip("bench.corpus")
    from bench.corpus import load_split
    from bench.line_roles import label_notice, read_notice

    notices = {n.key: n for n in load_split("examples")}
    if "2025-56" not in notices:
        pytest.skip("../shared/mofcom/examples is not available")
    read = read_notice(notices["2025-56"])
    label_notice(notices["2025-56"], read)

    def role(prefix: str) -> str:
        return next(line.role for line in read.all_lines() if line.text.startswith(prefix))

    assert role("(三)2B902.c") == "item"  # 具有以下所有特性的稀土用焙烧窑: one leaf
    assert role("1. 尺寸范围") == "spec"  # its criteria
    assert role("一、2B902") == "group"


def test_the_classifier_extractor_overrules_the_rules_only_where_the_model_is_sure() -> None:
    """bench/role_extraction.py: an entry read from a licence document goes, an unread item line
    gains an entry read as the rules would read it, and what the model is unsure of stays."""
    from bench.role_extraction import _judge_source

    model = bundled_model()
    wrong = [e for e in _rules_entries(GOODS) if "金属钐（" in e.quote_zh]
    assert wrong
    line = "（一）出口合同、协议的原件或者与原件一致的复印件；"
    document = dataclasses.replace(
        wrong[0], path="二/(一)", name_zh="出口合同、协议的原件或者与原件一致的复印件", quote_zh=line
    )
    judged, issues = _judge_source(model, GOODS, [document], title="", source="body", in_attachment=False)
    names = {e.name_zh for e in judged}
    assert "出口合同、协议的原件或者与原件一致的复印件" not in names
    assert wrong[0].name_zh in names
    added = next(e for e in judged if e.name_zh == wrong[0].name_zh)
    assert added.hs_codes == ("2805301910",)
    assert {i.code for i in issues} == {"line_role_overruled"}
    assert all(float(i.message.split("p=")[1].rstrip(")")) >= 0.9 for i in issues)


def _rules_entries(text: str) -> list[Entry]:
    return list(extract_entries(text).entries)
