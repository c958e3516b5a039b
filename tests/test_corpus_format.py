"""Every extraction-corpus file follows tests/corpus/FORMAT.md (dev and held-out splits alike).

The corpus is hand-written; a truth file that names a line the notice does not print, a party missing
from the text, or an id that does not match its file name would silently skew every score computed on
it. These checks read the files only: no rule, parser or scorer is involved, so they hold whichever
split is being tuned.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from parsers.model import ISSUER_CODES

CORPUS = Path(__file__).resolve().parent / "corpus"
SPLITS = ("dev", "heldout", "trade")

REQUIRED_KEYS = (
    "notice",
    "number_zh",
    "issuers",
    "published",
    "effective",
    "kind",
    "shapes",
    "sources",
    "items",
    "not_items",
    "relations",
    "parties",
    "rules",
    "stated_count",
)
NOTICE_KINDS = {"adds_controls", "suspends", "resumes", "repeals", "amends", "lists_parties", "informational"}
ITEM_KINDS = {"item", "equipment", "technology", "software"}
NOT_ITEM_WHY = {"procedure", "criteria", "purpose", "rule", "heading", "lifted", "definition", "party"}
RELATIONS = {"suspends", "resumes", "repeals", "amends", "lifts"}
# countermeasure_list: the 反制清单 of the Anti-Foreign Sanctions Law (商务部令二〇二五年第6号).
PARTY_LISTS = {"control_list", "watch_list", "unreliable_entity_list", "countermeasure_list"}
PARTY_ACTIONS = {"listed", "removed", "suspended", "reinstated"}
RULE_KINDS = {
    "de_minimis_value",
    "extraterritorial_scope",
    "end_use",
    "end_user",
    "licence_procedure",
    "catch_all",
    "prohibition",
}
HEADER_KEYS = ("title", "date", "url", "layout", "width")  # and `number`, unless the page prints none
LAYOUTS = {"jpaas", "trs", "exportcontrol"}
WIDTHS = {"full", "half"}

# The lead issuer names the series (FORMAT.md); issuers the corpus does not special-case use the project table.
LEAD_PREFIX = {"商务部": "MOFCOM", "不可靠实体清单工作机制": "UEL", **ISSUER_CODES}
NOTICE_ID = re.compile(
    r"^(?P<prefix>[A-Z][A-Z-]*?)-(?P<order>ORDER-)?(?P<year>(19|20)\d{2})-(?P<number>\d{1,4})$"
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HEADER_DATE = re.compile(r"^(\d{4}年\d{2}月\d{2}日|\d{8}|\d{4}-\d{2}-\d{2})$")
HS_CODE = re.compile(r"^(\d{8}|\d{10})$")
# A scored name never keeps its list numbering or its closing punctuation (truth.json conventions).
LEADING_NUMBERING = re.compile(
    r"^(\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|[a-z][.．])"
)


def _truth_files() -> list[Path]:
    return sorted(path for split in SPLITS for path in (CORPUS / split).glob("*.json"))


def _text_files() -> list[Path]:
    return sorted(
        path for split in SPLITS for path in (CORPUS / split).glob("*.txt") if ".att" not in path.name
    )


def _attachment_files() -> list[Path]:
    return sorted(path for split in SPLITS for path in (CORPUS / split).glob("*.att*.txt"))


def _ids(paths: list[Path]) -> list[str]:
    return [f"{path.parent.name}/{path.name}" for path in paths]


def _split_header(text: str) -> tuple[dict[str, str], list[str]]:
    head, blank, body = text.partition("\n\n")
    assert blank, "no blank line between the header and the body"
    header = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        assert colon and key.strip() and value.strip(), f"header line is not 'key: value': {line!r}"
        header[key.strip()] = value.strip()
    return header, [line for line in body.splitlines() if line.strip()]


def _notice_lines(truth_path: Path) -> list[str]:
    """The printed lines of a notice: its body, then the lines of its attachments."""
    _, lines = _split_header(truth_path.with_suffix(".txt").read_text("utf-8"))
    for attachment in sorted(truth_path.parent.glob(f"{truth_path.stem}.att*.txt")):
        lines += [line for line in attachment.read_text("utf-8").splitlines() if line.strip()]
    return lines


# File names of pages printing no number: spokesperson answers, decisions, joint announcements
UNNUMBERED_PREFIXES = ("qa-", "dec-", "jt-")


def _printed(line: str, lines: list[str]) -> bool:
    """`line` is one printed line; "…" in a truth line elides the middle of a long one."""
    if "…" not in line:
        return line in lines
    pattern = ".*?".join(re.escape(part) for part in line.split("…"))
    return any(re.fullmatch(pattern, printed) for printed in lines)


def _is_iso(value: Any) -> bool:
    return isinstance(value, str) and bool(ISO_DATE.match(value))


def _number_parts(number_zh: str) -> tuple[str, int, int]:
    """(lead issuer text, year, number) from 商务部 海关总署公告2025年第10号 or …工作机制〔2025〕10号."""
    match = re.search(r"(公告|令)?\s*[〔\[]?((?:19|20)\d{2})[〕\]]?\s*年?\s*第?\s*(\d{1,4})\s*号", number_zh)
    assert match, f"number_zh has no year and number: {number_zh!r}"
    return number_zh[: match.start()].strip(), int(match.group(2)), int(match.group(3))


@pytest.mark.parametrize("path", _truth_files(), ids=_ids(_truth_files()))
def test_truth_has_the_required_keys_and_value_sets(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    missing = [key for key in REQUIRED_KEYS if key not in data]
    assert not missing, f"missing keys {missing}"
    if data["notice"] is None:
        # A page without a number (a spokesperson's answer, a decision or a joint announcement led by
        # another ministry that prints none) is kept under a descriptive file name; it must say so, and
        # it has no issuers or number to check.
        assert path.stem.startswith(UNNUMBERED_PREFIXES), (
            f"an unnumbered page's file starts {UNNUMBERED_PREFIXES}"
        )
        assert "no_number" in data["shapes"] and data["number_zh"] is None
        return

    match = NOTICE_ID.match(data["notice"])
    assert match, f"notice id {data['notice']!r} is not PREFIX-YYYY-N"
    assert path.stem == data["notice"].lower(), "file name must be the lower-case notice id"
    lead, year, number = _number_parts(data["number_zh"])
    assert (int(match["year"]), int(match["number"])) == (year, number), "id and number_zh disagree"
    assert data["issuers"] and all(isinstance(name, str) and name for name in data["issuers"])
    assert lead.startswith(data["issuers"][0]), "the first issuer must lead number_zh"
    assert LEAD_PREFIX.get(data["issuers"][0]) == match["prefix"], "the lead issuer names the series"

    assert _is_iso(data["published"]), "published must be YYYY-MM-DD"
    assert data["effective"] is None or _is_iso(data["effective"])
    assert data["kind"] in NOTICE_KINDS
    assert isinstance(data["shapes"], list) and all(isinstance(tag, str) for tag in data["shapes"])
    # A source is a URL or a described public reference (a dataset's record, a repository file).
    assert data["sources"] and all(isinstance(source, str) and source.strip() for source in data["sources"])
    assert data["stated_count"] is None or (
        isinstance(data["stated_count"], int) and data["stated_count"] > 0
    )
    if data.get("partial"):
        assert isinstance(data.get("coverage"), str) and data["coverage"], (
            "a partial capture says what it covers"
        )

    for item in data["items"]:
        assert item["path"] and item["name_zh"].strip() == item["name_zh"] and item["name_zh"]
        assert not LEADING_NUMBERING.match(item["name_zh"]), f"name keeps its numbering: {item['name_zh']!r}"
        assert item["name_zh"][-1] not in "；;。，,：:", (
            f"name keeps closing punctuation: {item['name_zh']!r}"
        )
        assert item["kind"] in ITEM_KINDS
        assert isinstance(item["is_group"], bool) and isinstance(item["reserved"], bool)
        assert item["control_code"] is None or isinstance(item["control_code"], str)
        assert all(isinstance(code, str) for code in item.get("control_codes", []))
        assert all(HS_CODE.match(code) for code in item["hs_codes"]), f"bad HS code in {item['path']}"
    for entry in data["not_items"]:
        assert entry["line"] and entry["why"] in NOT_ITEM_WHY
    for relation in data["relations"]:
        assert relation["relation"] in RELATIONS
        assert NOTICE_ID.match(relation["target"]), f"relation target {relation['target']!r}"
        assert relation.get("from") is None or _is_iso(relation["from"])
        assert relation.get("until") is None or _is_iso(relation["until"])
    for party in data["parties"]:
        assert party["list"] in PARTY_LISTS and party["action"] in PARTY_ACTIONS
        assert party["name_zh"] and isinstance(party["measures"], list)
        assert isinstance(party["includes_branches"], bool) and isinstance(party["aliases"], list)
        assert party["effective"] is None or _is_iso(party["effective"])
        assert party.get("until") is None or _is_iso(party["until"])
    for rule in data["rules"]:
        assert rule["rule_kind"] in RULE_KINDS
        assert rule["threshold"] is None or isinstance(rule["threshold"], int | float)
        assert isinstance(rule["applies_to"], list)


@pytest.mark.parametrize("path", _truth_files(), ids=_ids(_truth_files()))
def test_truth_names_only_what_the_notice_prints(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert path.with_suffix(".txt").exists(), "every truth file has its notice text"
    lines = _notice_lines(path)
    text = "\n".join(lines)
    missing_lines = [entry["line"] for entry in data["not_items"] if not _printed(entry["line"], lines)]
    assert not missing_lines, f"not_items lines not printed as lines: {missing_lines}"
    missing_parties = [party["name_zh"] for party in data["parties"] if party["name_zh"] not in text]
    assert not missing_parties, f"parties not in the text: {missing_parties}"
    missing_hs = [code for item in data["items"] for code in item["hs_codes"] if code not in text]
    assert not missing_hs, f"HS codes not in the text: {missing_hs}"
    if data["kind"] == "lists_parties" and data["stated_count"] and not data.get("partial"):
        assert len(data["parties"]) == data["stated_count"], "the printed count and the parties disagree"


@pytest.mark.parametrize("path", _text_files(), ids=_ids(_text_files()))
def test_notice_text_has_the_header_and_a_blank_line(path: Path) -> None:
    header, body = _split_header(path.read_text("utf-8"))
    missing = [key for key in HEADER_KEYS if key not in header]
    if not path.stem.startswith(UNNUMBERED_PREFIXES):
        missing += [] if "number" in header else ["number"]
    assert not missing, f"header lacks {missing}"
    assert header["layout"] in LAYOUTS and header["width"] in WIDTHS
    assert HEADER_DATE.match(header["date"]), f"date {header['date']!r} is not as MOFCOM prints it"
    assert header["url"].startswith(("http://", "https://"))
    assert body, "a notice has a body"
    assert path.with_suffix(".json").exists(), "every notice text has its truth file"


@pytest.mark.parametrize("path", _attachment_files(), ids=_ids(_attachment_files()))
def test_attachment_belongs_to_a_notice(path: Path) -> None:
    notice_id = path.name.split(".att")[0]
    assert re.fullmatch(r"\.att\d+\.txt", path.name[len(notice_id) :]), "attachments are <id>.attN.txt"
    assert (path.parent / f"{notice_id}.txt").exists(), "an attachment without its notice"
    assert path.read_text("utf-8").strip(), "an empty attachment"


def test_heldout_split_is_present_and_documented() -> None:
    """The held-out split is the measure of generality: it must exist and say where each notice came from."""
    truths = sorted((CORPUS / "heldout").glob("*.json"))
    assert len(truths) >= 12
    readme = (CORPUS / "heldout" / "README.md").read_text("utf-8")
    assert "no extraction rule may be written while looking at these files" in readme.lower()
    undocumented = [path.stem for path in truths if f"`{path.stem}`" not in readme]
    assert not undocumented, f"README does not describe {undocumented}"
    assert not set(path.stem for path in (CORPUS / "dev").glob("*.json")) & set(path.stem for path in truths)


def test_every_notice_is_claimed_once() -> None:
    """CLAIMS.txt is how writers keep a notice out of two splits: a notice missing from it can be written twice."""
    claims: dict[str, list[str]] = {}
    for line in (CORPUS / "CLAIMS.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        split, _, notice_id = line.partition(" ")
        assert split in SPLITS and re.fullmatch(r"[a-z0-9-]+", notice_id), f"claim line {line!r}"
        claims.setdefault(notice_id, []).append(split)
    claimed_twice = sorted(notice_id for notice_id, splits in claims.items() if len(splits) > 1)
    assert not claimed_twice, f"claimed more than once: {claimed_twice}"
    unclaimed = sorted(path.stem for path in _truth_files() if path.stem not in claims)
    assert not unclaimed, f"not in CLAIMS.txt: {unclaimed}"
