"""Extraction accuracy against the corpus (bench/accuracy.py), and the scorer's own correctness.

Three groups of tests:

* the scorer scores a made-up extraction exactly as counted by hand, so it cannot drift to 1.0;
* every corpus notice renders into a page the real parser reads back line for line, and its truth
  only names what the text prints (a truth typo would otherwise pass as a parser miss);
* the issue-12 targets (``bench.accuracy.TARGETS``) on the examples and dev splits; on the held-out
  split, which no rule is tuned on and which does not reach the targets yet, a no-regression floor
  (``HELDOUT_FLOOR``) is asserted and the remaining shortfall is reported as a warning in the run's
  summary. The failure message lists what is short and the five worst notices
  (``python -m bench.accuracy --verbose`` shows every miss).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
import warnings

import pytest

from bench.accuracy import (
    HELDOUT_FLOOR,
    TARGETS,
    Counts,
    clause_key,
    score_extraction,
    score_relations,
    score_split,
)
from bench.corpus import (
    SPLITS,
    CorpusNotice,
    Truth,
    TruthLeaf,
    TruthRelation,
    load_split,
    notice_key,
    render_page,
    to_full,
    to_half,
)
from parsers.article import parse_notice
from parsers.model import Entry, Extraction, Issue, NoticeNumber, Relation
from parsers.script import t2s
from tests.conftest import shared_missing


def _entry(path: str, name: str, code: str | None = None, hs: tuple[str, ...] = ()) -> Entry:
    return Entry(
        path=path,
        name_zh=name,
        category_zh=None,
        group_zh=None,
        control_code=code,
        control_code_printed=code,
        hs_codes=hs,
        hs_label=None,
        kind="item",
        spec_zh=None,
        quote_zh=name,
        span=(0, len(name)),
    )


def _relation(
    verb: str, number: int, frm: dt.date | None, until: dt.date | None, clause: str | None = None
) -> Relation:
    target = NoticeNumber(issuers=("商务部", "海关总署"), series="公告", year=2025, number=number)
    return Relation(verb, target, target.number_zh, clause, frm, until, "")


TRUTH = Truth(
    notice_id="MOFCOM-2025-70",
    number_zh="商务部 海关总署公告2025年第70号",
    published=dt.date(2025, 11, 7),
    effective=dt.date(2025, 11, 7),
    kind="adds_controls",
    leaves=(
        TruthLeaf("一/(一)", "金属碲", ("6C002.a",), ("2804500001",), "item"),
        TruthLeaf("一/(二)", "锗酸铋", ("6C001.b",), ("2841900041",), "item"),
        TruthLeaf("一/(三)", "三苯基铋", ("6C001.c",), ("2931900032",), "item"),
        TruthLeaf("一/(四)", "生产6C001项的技术", ("6E001", "6E002"), (), "technology"),
    ),
    relations=(
        TruthRelation("suspends", "MOFCOM-2025-55", None, (dt.date(2025, 11, 7), dt.date(2026, 11, 10))),
        TruthRelation("suspends", "MOFCOM-2025-56", None, (dt.date(2025, 11, 7), dt.date(2026, 11, 10))),
    ),
    parties=(
        {
            "list": "control_list",
            "action": "listed",
            "name_zh": "甲公司",
            "name_en": "A Corp.",
            "country": "美国",
            "effective": "2025-11-07",
            "until": None,
        },
    ),
    rules=({"rule_kind": "de_minimis_value", "threshold": 0.001},),
)
WINDOW = (dt.date(2025, 11, 7), dt.date(2026, 11, 10))


def _score(
    extraction: object,
    notice_id: str | None = "MOFCOM-2025-70",
    effective: dt.date | None = dt.date(2025, 11, 7),
):
    return score_extraction(
        "unit",
        "made-up",
        TRUTH,
        notice_id=notice_id,
        published=dt.date(2025, 11, 7),
        effective=effective,
        extraction=extraction,
    )


def test_scorer_counts_a_made_up_extraction_as_counted_by_hand() -> None:
    extraction = Extraction(
        kind="adds_controls",
        entries=(
            _entry("一/(一)", "金属碲", "6C002.a", ("2804500001",)),  # exact
            _entry("一/(9)", "．锗酸铋；", "6C001.b", ("2841900041",)),  # matched by name; name not exact
            _entry("一/(三)", "三苯基铋", "6C001.d", ("2931900032", "1")),  # wrong code, wrong HS
            _entry("二/(一)", "出口合同、协议的原件"),  # a licence document: a false positive
        ),  # 一/(四) with its two codes is missed
        relations=(_relation("suspends", 55, *WINDOW), _relation("suspends", 56, WINDOW[0], None)),
        stated_count=None,
        issues=(),
    )
    score = _score(extraction)
    assert (score.leaves.tp, score.leaves.fp, score.leaves.fn) == (3, 1, 1)
    assert score.leaves.precision == pytest.approx(0.75) and score.leaves.recall == pytest.approx(0.75)
    assert (score.names.ok, score.names.n) == (2, 3)
    assert (score.codes.ok, score.codes.n) == (2, 3)
    assert (score.hs.ok, score.hs.n) == (2, 3)
    # The second relation has the wrong window: it is both a miss and an extra.
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (1, 1, 1)
    assert score.relations.f1 == pytest.approx(0.5)
    assert (score.notice_id.tp, score.dropped) == (1, False)
    # Extraction carries rules and parties: this one states none, so the truth's rule and party are missed.
    assert score.rules is not None and (score.rules.tp, score.rules.fp, score.rules.fn) == (0, 0, 1)
    assert score.parties == Counts(tp=0, fp=0, fn=1)
    assert any("leaf missed: 一/(四)" in miss for miss in score.misses)
    assert any("rule missed: de_minimis_value" in miss for miss in score.misses)


def test_line_role_alarms_are_counted_and_matched_to_missed_leaves() -> None:
    """The second opinion's issues are a figure of their own: how many, and how many name a missed leaf."""
    alarm = "line_role_disagreement"
    extraction = Extraction(
        kind="adds_controls",
        entries=(_entry("一/(一)", "金属碲", "6C002.a", ("2804500001",)),),
        relations=(),
        stated_count=None,
        issues=(
            Issue(alarm, "model says item", line="（二）6C001.b 锗酸铋（参考海关商品编号：2841900041）。"),
            Issue(alarm, "model says item", line="本公告自公布之日起实施。"),
            Issue("unread_line", "other issue", line="（三）6C001.c 三苯基铋。"),
        ),
    )
    score = _score(extraction)
    assert (score.alarms, score.alarms_on_misses) == (2, 1)


def test_scorer_gives_full_marks_only_to_a_perfect_extraction_and_none_to_an_empty_one() -> None:
    perfect = {
        # Several codes on one line may come back joined in control_code: the scorer splits them.
        "entries": [
            _entry(leaf.path, leaf.name_zh, "、".join(leaf.control_codes), leaf.hs_codes)
            for leaf in TRUTH.leaves
        ],
        "relations": [_relation("suspends", 55, *WINDOW), _relation("suspends", 56, *WINDOW)],
        "parties": [
            {
                "list": "control_list",
                "action": "listed",
                "name_zh": "甲 公司",
                "name_en": "A Corp.",
                "country": "美国",
                "effective": dt.date(2025, 11, 7),
                "until": None,
            }
        ],
        "rules": [{"rule_kind": "de_minimis_value", "threshold": 0.1 / 100}],
    }
    score = _score(perfect)
    assert (
        score.leaves.f1 == 1.0
        and score.names.value == 1.0
        and score.codes.value == 1.0
        and score.hs.value == 1.0
    )
    assert score.relations.f1 == 1.0
    assert score.parties == Counts(tp=1) and score.party_fields.value == 1.0
    assert score.rules == Counts(tp=1)

    empty = _score(
        {"entries": [], "relations": [], "parties": [], "rules": []}, notice_id=None, effective=None
    )
    assert score.composite > empty.composite == 0.0
    assert empty.leaves.recall == 0.0 and empty.relations.recall == 0.0
    assert empty.dropped and empty.notice_id == Counts(fn=1)
    assert empty.parties == Counts(fn=1) and empty.rules == Counts(fn=1)
    assert (empty.effective.ok, empty.effective.n) == (0, 1)


def test_notice_keys_follow_the_lead_issuer() -> None:
    assert notice_key("商务部 海关总署 国家国防科工局 中央军委装备发展部公告2023年第27号") == "MOFCOM-2023-27"
    assert notice_key("不可靠实体清单工作机制〔2025〕9号") == "UEL-2025-9"
    assert notice_key("不可靠实体清单工作机制公告2025年第10号") == "UEL-2025-10"
    assert notice_key("商务部令二〇二五年第6号") == "MOFCOM-ORDER-2025-6"
    assert notice_key("商务部公告2026年第30") == "MOFCOM-2026-30"


def test_width_conversion_keeps_latin_names_and_clock_times_half_width() -> None:
    assert (
        to_full("(Saronic Technologies, Inc.)、12:01起;纯度:99%,")
        == "（Saronic Technologies, Inc.）、12:01起；纯度：99%，"
    )
    assert to_half("（参考海关商品编号：2804500001）；") == "(参考海关商品编号:2804500001);"


def _all_notices() -> list[CorpusNotice]:
    return [notice for split in SPLITS for notice in load_split(split)]


_NOTICES = _all_notices()
_META_RE = re.compile(r"^【(?:发布|發佈|发文|發文)")


@pytest.mark.parametrize("notice", _NOTICES, ids=lambda n: f"{n.split}:{n.key}")
def test_rendered_page_reads_back_as_the_corpus_text(notice: CorpusNotice) -> None:
    """The scorer measures extraction, not rendering: the parser must see exactly the fixture's lines."""
    page = render_page(notice)
    parsed = parse_notice(page.html, page.url)
    # The metadata block is rendered from the header (and the old layout's 【发布日期】 label is one the
    # parser may keep in the body): compare the notice text proper.
    # A Traditional-script page is read whole after conversion (parsers/script.py): compare with the
    # converted text.
    convert = t2s if any(i.code == "traditional_script" for i in parsed.issues) else str
    # (a blank table cell prints as one space or two: `| |` and `|  |` are the same row)
    # (a bare 附件N heading is the attachment's label on the page whether the fixture prints it or not)
    expected = [
        _spaces(_nfkc(convert(line)))
        for line in notice.body_lines
        if not _META_RE.match(_nfkc(line)) and not re.fullmatch(r"附件\d+", _nfkc(line).strip())
    ]
    got = [
        _spaces(_nfkc(line))
        for line in parsed.body.splitlines()
        if not _META_RE.match(line) and not re.fullmatch(r"附件\d+", line)
    ]
    assert got == expected
    assert _nfkc(parsed.title_zh) == _nfkc(convert(notice.header.get("title", "")))


def _spaced_cells(printed: str) -> str:
    """Each cell of a table row followed by a space and the first cell of the line or two under it (a Latin cell's
    wrapped end)."""
    lines = printed.split("\n")
    return "\n".join(
        " ".join(
            [cell.strip(), *(line.split("|")[0].strip() for line in lines[index + 1 : index + 1 + depth])]
        )
        for index, row in enumerate(lines)
        if "|" in row
        for depth in (1, 2)
        for cell in row.split("|")
    )


def _cells_rejoined(printed: str) -> str:
    """Each cell of a table row followed by the cell-less line under it (a wrapped cell's end)."""
    lines = printed.split("\n")
    # (a name wrapped over two or three lines of its own, `…用于在15420米（50000` then `英尺）以上…航空飞` and `行器的…发动机`)
    joined = [
        cell.strip() + "".join(below)
        for index, row in enumerate(lines)
        if "|" in row
        for depth in (1, 2, 3)
        if len(below := [b.strip() for b in lines[index + 1 : index + 1 + depth]]) == depth
        and all(b and "|" not in b for b in below)
        for cell in row.split("|")
    ]
    # (`6 | 含钐的化合物及其混 | 1C902.c | …` then `合物 | 2846903910、…`: a PDF row whose cells wrap onto a line of
    # cells of their own, the name cell's end first)
    # (and lines of its own after that line: `…质量大于20千克的 |  | 81019990 | 除外` then `钨、…的合金制件`)
    joined += [
        cell.strip() + below.split("|")[0].strip() + "".join(after)
        for index, (row, below) in enumerate(itertools.pairwise(lines))
        # (not the next numbered row; `73克/立方厘米）的…制品 |  | 6815190020` under `…（密度>1. |  | …` is the cells' ends)
        if "|" in row and "|" in below and not re.match(r"\s*\d{1,4}(?:\.\d{1,3})?\s*\|", below)
        for depth in (0, 1, 2)
        if len(after := [a.strip() for a in lines[index + 2 : index + 2 + depth]]) == depth
        and all(a and "|" not in a for a in after)
        for cell in row.split("|")
    ]
    return "\n".join(joined)


_ALIAS_PAREN_RE = re.compile(r"[（(]\s*(?:又称|又名|别名|俗称|亦称|简称)[^（）()]*[）)]")
_HS_PAREN_RE = re.compile(r"[（(]\s*(?:参考)?(?:海关商品编号|税则号列|海关商品编码)\s*[:：][^）)]*[）)]")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# `1C351.c.2至1C351.c.4`: a printed range names the codes between its ends (FORMAT: control_codes), so the
# truth may list 1C351.c.3 although only the ends are printed.
_CODE = r"\d[A-E]\d{3}(?:\.[a-z0-9]{1,3})*"
_RANGE_RE = re.compile(rf"({_CODE})\.?\s*(?:至|到|[~～\-－—–])\s*({_CODE})")


def _in_printed_range(code: str, printed: str) -> bool:
    head, _, last = code.rpartition(".")
    for match in _RANGE_RE.finditer(printed):
        (first_head, _, low), (end_head, _, high) = (end.rpartition(".") for end in match.groups())
        if head == first_head == end_head and (
            (low.isdigit() and high.isdigit() and last.isdigit() and int(low) <= int(last) <= int(high))
            or (len(low) == len(high) == len(last) == 1 and low.isalpha() and low <= last <= high)
        ):
            return True
    return False


def _head_and_letter_printed(code: str, printed: str) -> bool:
    """A sub-item of a list in the consolidated list's layout (`1C240 镍粉和多孔镍金属，如下：` then `b．…`): its code is the
    head's with its letter, printed as the head's line and the letter's."""
    head, _, letter = code.rpartition(".")
    if head and letter.isdigit() and len(letter) <= 2 and re.search(rf"(?m)^{letter}\s*[.．]", printed):
        return _head_and_letter_printed(head, printed)  # (2.A.1.b.1: a numbered line under the lettered one)
    return bool(
        head
        and len(letter) == 1
        and letter.isalpha()
        and re.search(rf"(?m)^[“\"「]?{re.escape(head)}\s", printed)  # (a rewrite quotes the head: “6A226 …)
        and re.search(rf"(?m)^{letter}\s*[.．]", printed)
    )


_PAGE_FOOTER_RE = re.compile(r"\n\s*[—–-]\s*\d{1,3}\s*[—–-]\s*(?=\n)")


def _printed(notice: CorpusNotice) -> str:
    text = "\n".join(notice.body_lines) + "\n" + "\n".join(text for _, text in notice.attachments)
    return _nfkc(text)


@pytest.mark.parametrize(
    "notice", [n for n in _NOTICES if n.split != "examples"], ids=lambda n: f"{n.split}:{n.key}"
)
def test_truth_only_names_what_the_notice_prints(notice: CorpusNotice) -> None:
    printed = _printed(notice)
    printed += "\n" + _nfkc(t2s(printed))  # a Traditional-script repost's truth names things in Simplified
    without_hs = _HS_PAREN_RE.sub("", printed)
    # text taken from a PDF breaks lines at the page width, inside names: the truth reads them joined; so
    # does a table cell whose end wraps onto a line of its own (`…的 | 84198900 |` then `系统`)
    # (and a page's footer, `— 1 —`, may stand between the two halves of a name)
    unpaged = _PAGE_FOOTER_RE.sub("\n", printed)
    unbroken = _HS_PAREN_RE.sub("", unpaged.replace("\n", "")) + "\n" + _cells_rejoined(printed)
    # an alias bracketed between a name and its qualifying bracket (`磷化氢（又称…）（纯度≥99.999%）`) goes to spec
    unaliased = _ALIAS_PAREN_RE.sub("", without_hs)
    for leaf in notice.truth.leaves:
        name = _nfkc(leaf.name_zh)
        assert name in without_hs or name in unbroken or name in unaliased, leaf.path
        assert all(
            _nfkc(code) in printed
            or _in_printed_range(code, printed)
            or _head_and_letter_printed(code, printed)
            for code in leaf.control_codes
        ), leaf.path
        assert all(hs in printed for hs in leaf.hs_codes), leaf.path
    for party in notice.truth.parties or ():
        assert _nfkc(party["name_zh"]) in printed
        # (an English name a PDF table wrapped, `Anduril Industries, | … ` then `Inc. | …`: read with its cells rejoined,
        # a space where the line broke)
        rejoined = re.sub(r"([,&-])\s*\|?\s*", r"\1 ", _cells_rejoined(printed).replace("\n", " "))
        english = _nfkc(party.get("name_en") or "")
        assert not english or english in printed or english in rejoined or english in _spaced_cells(printed)
    paths = [leaf.path for leaf in notice.truth.leaves]
    assert len(paths) == len(set(paths)), "leaf paths must be unique"
    if notice.truth.notice_id:
        assert notice.truth.notice_id.lower() == notice.key


@pytest.mark.parametrize("split", SPLITS)
def test_extraction_meets_targets_and_heldout_keeps_its_floor(split: str) -> None:
    notices = load_split(split)
    if not notices and split == "examples":
        shared_missing("mofcom/examples/truth.json")
    assert notices, f"the {split} split is empty"
    total = score_split(split, notices)
    worst = ", ".join(f"{s.key} ({s.composite:.2f})" for s in total.worst())
    if split == "heldout":
        short_of_targets = total.shortfalls(TARGETS)
        if short_of_targets:
            warnings.warn("issue-12 targets not met: " + "; ".join(short_of_targets), stacklevel=1)
        shortfalls = total.shortfalls(HELDOUT_FLOOR)
    else:
        shortfalls = total.shortfalls(TARGETS)
    assert not shortfalls, (
        "; ".join(shortfalls) + f" — worst: {worst} (python -m bench.accuracy --split {split} --verbose)"
    )


def test_a_clause_named_in_words_compares_width_insensitively() -> None:
    """A truth types the part as the page prints it (full width); the parser reads a half-width view. The
    words must still match, and different words must not."""
    assert clause_key("所附的申请表（附件3）") == clause_key("所附的申请表(附件3)")
    assert clause_key("所附的申请表（附件3）") != clause_key("所附的申请表(附件4)")
    assert clause_key("第二款第（一）项") == clause_key("二/(一)")


def test_entries_of_an_annexed_list_named_by_code_are_an_act_on_the_annex() -> None:
    """Writers print the entries (附件1中1C230项、1C231项, 附件1/1C234) or the annex (附件1) for one act on a list's
    entries; both compare as the annex, and so do numbered rows (附件1第3项, 附件1/3: two rows of an annexed party
    list moved on one day are written as the rows or as the annex). A part named in words or another annex stays
    apart."""
    annex = clause_key("附件1")
    for printed in (
        "附件1《中华人民共和国两用物项出口管制清单》中1C230项、1C231项",
        "附件1《中华人民共和国两用物项出口管制清单》中的1C902条目和1C903.a条目",
        "附件1中2B226、2B227两项条目",
        "附件1第二类2B350.a、2B350.b条目",
        "附件1/1C234",
        "附件1 1C350项",
        "附件1第3项",
        "附件1/3",
        "附件1第4项至第6项",
        "附件1第4项、第5项",
    ):
        assert clause_key(printed) == annex, printed
    assert clause_key("附件2中1C230项") != annex
    assert clause_key("附件2/3") != annex
    assert clause_key("附件1中的商用密码相关物项") != annex


def test_one_fact_stated_twice_is_one_relation() -> None:
    """Two entries of one annex amended on one day are one act on the annex, in the truth and in what is read."""
    day = (dt.date(2034, 5, 1), None)
    truth = Truth(
        notice_id=None,
        number_zh=None,
        published=None,
        effective=None,
        kind=None,
        leaves=(),
        relations=(
            TruthRelation("amends", "MOFCOM-2024-51", "附件1/1C234", day),
            TruthRelation("amends", "MOFCOM-2024-51", "附件1/3A001", day),
            TruthRelation("repeals", "MOFCOM-2024-51", "附件1/1A225", day),
        ),
        parties=None,
        rules=None,
    )
    number = NoticeNumber(issuers=("商务部",), series="公告", year=2024, number=51)
    read = [
        Relation("amends", number, "附件1", "附件1", day[0], None, ""),
        Relation("amends", number, "附件1", "附件1中3A001项", day[0], None, ""),
    ]
    counts, misses = score_relations(truth, read)
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1), misses


def test_an_item_of_an_attachment_compares_printed_or_as_its_path() -> None:
    """FORMAT.md lets a truth print a clause or give its path; an attachment's item is the same both ways
    (附件1第2项 = 附件1/2, 附件第一部分第3项 = 附件第一部分/3) and, since numbered rows compare as their annex,
    the same as another item of that annex — but never an item of another attachment or part."""
    assert clause_key("附件1第2项") == clause_key("附件1/2") == clause_key("附件1")
    assert clause_key("附件第3项") == clause_key("附件/3")
    assert clause_key("附件1所列第4项") == clause_key("附件1/4")
    assert clause_key("附件第一部分第3项") == clause_key("附件第一部分/3")
    assert clause_key("附件1第2项") != clause_key("附件2/2")
    assert clause_key("附件第一部分第3项") != clause_key("附件第二部分/3")
    assert clause_key("附件1第二部分") == clause_key("附件1第二部分")
    # (a row of a decimal outline, 附件1第1.2项, is an item of that attachment as 附件1第2项 is)
    assert clause_key("附件1第1.2项") == clause_key("附件1")
    assert clause_key("附件1第1.2项") != clause_key("附件2")
