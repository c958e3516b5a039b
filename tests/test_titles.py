"""English notice titles and numbers, composed by rule from the Chinese (parsers/titles.py).

Each case is a real title shape (the demo's notices, the corpora's); an English title is either right
or keeps the untranslated piece in Chinese and names it — it is never a guess.
"""

from __future__ import annotations

import pytest

from parsers import bundled
from parsers.titles import TitleVocabulary, compose_title_en, number_en, title_subject_zh


@pytest.mark.parametrize(
    ("title_zh", "number_en_", "title_en"),
    [
        (
            "商务部 海关总署公告2025年第57号 公布对部分中重稀土相关物项实施出口管制的决定",
            "MOFCOM–GACC 2025 No. 57",
            "Decision to impose export controls on certain items related to medium and heavy rare earths",
        ),
        (
            "商务部 海关总署公告2023年第23号 关于对镓、锗相关物项实施出口管制的公告",
            "MOFCOM–GACC 2023 No. 23",
            "Announcement on imposing export controls on items related to gallium and germanium",
        ),
        (
            "商务部公告2025第61号 公布对境外相关稀土物项实施出口管制的决定",  # 年 omitted, as printed
            "MOFCOM 2025 No. 61",
            "Decision to impose export controls on overseas rare-earth items",
        ),
        (
            "商务部 海关总署公告2025年第70号 关于暂停实施部分出口管制措施的公告",
            "MOFCOM–GACC 2025 No. 70",
            "Announcement on suspending certain export control measures",
        ),
        (
            "商务部公告2025年第72号 关于暂停实施商务部公告2024年第46号第二款的公告",
            "MOFCOM 2025 No. 72",
            "Announcement on suspending paragraph 2 of MOFCOM 2024 No. 46",
        ),
        (
            "商务部 海关总署公告2025年第70号 公布暂停实施商务部、海关总署公告2025年第55号、56号、57号、58号"
            "及商务部公告2025年第61号、62号的决定",
            "MOFCOM–GACC 2025 No. 70",
            "Decision to suspend MOFCOM–GACC 2025 Nos. 55, 56, 57 and 58 and MOFCOM 2025 Nos. 61 and 62",
        ),
        (
            "商务部公告2025年第1号 关于将28家美国实体列入出口管制管控名单的公告",
            "MOFCOM 2025 No. 1",
            "Announcement on adding 28 US entities to the export control list",
        ),
        (
            "不可靠实体清单工作机制关于将4家美国实体列入不可靠实体清单的公告",
            "",
            "Announcement on adding 4 US entities to the Unreliable Entity List",
        ),
        (
            "商务部公告2025年第35号 公布将8家台湾地区实体列入出口管制管控名单的决定",
            "MOFCOM 2025 No. 35",
            "Decision to add 8 Taiwan entities to the export control list",
        ),
        (
            "商务部公告2024年第46号 关于加强相关两用物项对美国出口管制的公告",
            "MOFCOM 2024 No. 46",
            "Announcement on strengthening export controls on related dual-use items to the United States",
        ),
        (
            "商务部 工业和信息化部 海关总署 国家密码局公告2024年第51号 关于发布《中华人民共和国两用物项出口管制清单》的公告",
            "MOFCOM–MIIT–GACC–OSCCA 2024 No. 51",
            "Announcement on issuing the Export Control List of Dual-Use Items of the People's Republic of China",
        ),
        (
            "商务部公告2017年第52号 商务部 海关总署关于执行联合国安理会2375号决议的公告",
            "MOFCOM 2017 No. 52",
            "Announcement on implementing UN Security Council Resolution 2375",
        ),
        ("商务部 海关总署公告2015年第76号", "MOFCOM–GACC 2015 No. 76", "MOFCOM–GACC 2015 No. 76"),
    ],
)
def test_titles_compose_completely(title_zh: str, number_en_: str, title_en: str) -> None:
    title = compose_title_en(title_zh)
    assert (title.number_en, title.title_en) == (number_en_, title_en)
    assert title.complete and title.missing == ()


def test_the_number_label_comes_from_the_normalized_number_when_given() -> None:
    title = compose_title_en(
        "不可靠实体清单工作机制关于将4家美国实体列入不可靠实体清单的公告",
        "不可靠实体清单工作机制公告2025年第3号",
    )
    assert title.number_en == "UEL Working Mechanism 2025 No. 3"
    assert number_en("商务部令2025年第2号") == "MOFCOM Order 2025 No. 2"
    assert number_en("商务部、国防科工委、海关总署公告2006年第50号") == "MOFCOM–COSTIND–GACC 2006 No. 50"
    assert number_en("第80号") == "第80号"  # unreadable: as printed, not guessed


@pytest.mark.parametrize(
    ("title_zh", "title_en", "missing"),
    [
        (
            "商务部令2025年第2号 关于修改《对外贸易经营者备案登记办法》的决定",
            "Decision on amending 《对外贸易经营者备案登记办法》",
            ("《对外贸易经营者备案登记办法》",),
        ),
        (
            # A company's English name is never composed from dictionary words (人工智能 → "intelligent").
            "不可靠实体清单工作机制关于将护盾人工智能公司等6家美国企业列入不可靠实体清单的公告",
            "Announcement on adding 6 US companies, including [护盾人工智能公司] to the Unreliable Entity List",
            ("护盾人工智能公司",),
        ),
        (
            "商务部 海关总署公告2030年第9号 关于对钐钴某某合金实施出口管制的公告",
            "Announcement on imposing export controls on samarium-cobalt [某某] alloy",
            ("某某",),
        ),
    ],
)
def test_unknown_pieces_stay_chinese_and_are_named(
    title_zh: str, title_en: str, missing: tuple[str, ...]
) -> None:
    title = compose_title_en(title_zh)
    assert title.title_en == title_en
    assert not title.complete and title.missing == missing


def test_subject_without_the_printed_number() -> None:
    assert title_subject_zh("商务部公告2025第61号 公布对境外相关稀土物项实施出口管制的决定") == (
        "公布对境外相关稀土物项实施出口管制的决定"
    )
    assert title_subject_zh("关于出口管制的公告") == "关于出口管制的公告"
    assert title_subject_zh("商务部 海关总署公告2015年第76号") == "商务部 海关总署公告2015年第76号"


def test_vocabulary_refuses_doubtful_rows() -> None:
    glossary = bundled.glossary_text()
    names = bundled.title_names_text()
    with pytest.raises(ValueError, match="repeat glossary terms"):
        TitleVocabulary.from_texts(glossary, "钐\tsamarium\telement\n", names)
    with pytest.raises(ValueError, match="needs its adjective"):
        TitleVocabulary.from_texts(glossary, bundled.title_terms_text(), "country\t美国\tthe United States\n")
    with pytest.raises(ValueError, match="duplicate issuer"):
        TitleVocabulary.from_texts(
            glossary, bundled.title_terms_text(), "issuer\t商务部\tA\nissuer\t商务部\tB\n"
        )
    with pytest.raises(ValueError, match="expected kind"):
        TitleVocabulary.from_texts(glossary, bundled.title_terms_text(), "minister\t商务部\tMOFCOM\n")


def test_a_vocabulary_change_changes_the_fingerprint() -> None:
    glossary, terms, names = bundled.glossary_text(), bundled.title_terms_text(), bundled.title_names_text()
    before = TitleVocabulary.from_texts(glossary, terms, names).fingerprint
    after = TitleVocabulary.from_texts(glossary, terms, names + "document\t某目录\tA Catalogue\n").fingerprint
    assert before != after
