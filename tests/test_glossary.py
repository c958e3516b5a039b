"""English names are composed from the glossary by rule; anything unknown is left visibly untranslated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parsers import bundled
from parsers.glossary import Glossary, NameEn, compose_name_en, coverage, default_glossary

TRUTH = Path("/work/shared/mofcom/examples/truth.json")

RARE_EARTHS = {
    "镧": "lanthanum",
    "铈": "cerium",
    "镨": "praseodymium",
    "钕": "neodymium",
    "钷": "promethium",
    "钐": "samarium",
    "铕": "europium",
    "钆": "gadolinium",
    "铽": "terbium",
    "镝": "dysprosium",
    "钬": "holmium",
    "铒": "erbium",
    "铥": "thulium",
    "镱": "ytterbium",
    "镥": "lutetium",
    "钪": "scandium",
    "钇": "yttrium",
}

RE_TECH_DOMAIN = "稀土开采、冶炼分离、金属冶炼、磁材制造、稀土二次资源回收利用"  # MOFCOM 2025 No. 62
RE_TECH_DOMAIN_EN = (
    "rare-earth mining, smelting and separation, metal smelting, magnet manufacturing and "
    "secondary rare-earth resource recycling"
)

EXPECTED = {
    "金属钐": "samarium metal",
    "钐钴合金": "samarium-cobalt alloy",
    "含钐的合金": "samarium-containing alloys",
    "含钐的靶材": "samarium-containing target materials",
    "钐靶": "samarium target",
    "钐钴合金靶": "samarium-cobalt alloy target",
    "氧化钐及其混合物": "samarium oxide and mixtures thereof",
    "含钐的化合物及其混合物": "samarium-containing compounds and mixtures thereof",
    "钐钴永磁材料": "samarium-cobalt permanent magnet materials",
    "金属钐、含钐的合金及相关制品": "samarium metal, samarium-containing alloys and related products",
    "氮化镓": "gallium nitride",
    "砷化镓": "gallium arsenide",
    "锑化镓": "gallium antimonide",
    "铟镓砷": "indium gallium arsenide",
    "磷锗锌": "zinc germanium phosphide",
    "二氧化锗": "germanium dioxide",
    "四氯化锗": "germanium tetrachloride",
    "三氧化钨": "tungsten trioxide",
    "区熔锗锭": "zone-refined germanium ingot",
    "锗外延生长衬底": "germanium epitaxial growth substrate",
    "碲化铋": "bismuth telluride",
    "人造石墨负极材料": "synthetic graphite anode materials",
    "金属镓(单质)": "gallium metal (elemental)",
    f"{RE_TECH_DOMAIN}相关技术及其载体": f"{RE_TECH_DOMAIN_EN} technologies and their carriers",
    f"{RE_TECH_DOMAIN}相关生产线装配、调试、维护、维修、升级等技术": (
        "production line assembly, commissioning, maintenance, repair, upgrading and other technologies "
        f"related to {RE_TECH_DOMAIN_EN}"
    ),
}


@pytest.mark.parametrize(("zh", "en"), EXPECTED.items())
def test_composed_names(zh: str, en: str) -> None:
    assert compose_name_en(zh, None, default_glossary()) == NameEn(en, True, ())


@pytest.mark.parametrize(("element", "en"), RARE_EARTHS.items())
def test_every_rare_earth_composes_the_notice_patterns(element: str, en: str) -> None:
    glossary = default_glossary()
    assert compose_name_en(f"金属{element}", None, glossary).text == f"{en} metal"
    assert compose_name_en(f"{element}铁合金靶", None, glossary).text == f"{en}-iron alloy target"
    oxide = compose_name_en(f"氧化{element}及其混合物", None, glossary)
    assert oxide.text == f"{en} oxide and mixtures thereof"


def test_unknown_pieces_stay_in_place_and_are_reported() -> None:
    name = compose_name_en("钐某某合金", None, default_glossary())
    assert name == NameEn("samarium [某某] alloy", False, ("某某",))
    name = compose_name_en("含钪的某物合金及其混合物", None, default_glossary())
    assert name.text == "scandium-containing [某物] alloys and mixtures thereof"
    assert not name.complete and name.missing == ("某物",)


def test_unhandled_structure_is_not_guessed() -> None:
    name = compose_name_en("稀土的合金", None, default_glossary())
    assert not name.complete and name.missing == ("的",)


def test_tokens_split_unknown_text_into_addable_words() -> None:
    glossary = default_glossary()
    assert compose_name_en("钐未知物品合金", None, glossary).missing == ("未知物品",)
    with_tokens = compose_name_en("钐未知物品合金", ["钐", "未知", "物品", "合金"], glossary)
    assert with_tokens.text == "samarium [未知] [物品] alloy"
    assert with_tokens.missing == ("未知", "物品")


def test_bundled_glossary_validates() -> None:
    glossary = Glossary.from_text(bundled.glossary_text())
    assert len(glossary) >= 150
    for zh, en in RARE_EARTHS.items():
        term = glossary.get(zh)
        assert term is not None and term.en == en and term.type == "element"
    zh_terms = [
        line.split("\t")[0]
        for line in bundled.glossary_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(zh_terms) == len(set(zh_terms))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("钐\tsamarium\telement\n钐\tsamarium\telement\n", "duplicate"),
        ("钐\t \telement\n", "empty English"),
        ("钐\tsamarium\tmetal\n", "unknown type"),
        ("钐\tsamarium\n", "3 tab-separated"),
        ("的\tof\tphrase\n", "structural"),
        ("# only a comment\n", "empty"),
    ],
)
def test_bad_glossary_is_rejected(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Glossary.from_text(text)


def test_coverage() -> None:
    assert coverage(["金属钐", "钐某某合金"]) == 0.5
    assert coverage([]) == 1.0


def _truth_names() -> list[str]:
    if not TRUTH.exists():
        pytest.skip("shared truth.json not available")
    notices = json.loads(TRUTH.read_text(encoding="utf-8"))["notices"]
    names = [
        item["name_zh"]
        for notice in notices
        for item in notice["items"]
        if not item["is_group"] and not item["reserved"]
    ]
    names += [item["name_zh"] for notice in notices for item in notice.get("items_outside_text", [])]
    assert len(names) >= 30
    return names


def test_every_truth_leaf_composes_completely() -> None:
    names = _truth_names()
    incomplete = {n: compose_name_en(n, None, default_glossary()) for n in names}
    incomplete = {n: r for n, r in incomplete.items() if not r.complete}
    assert incomplete == {}
    assert coverage(names) == 1.0
