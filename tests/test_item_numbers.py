"""Long lists: item numbers past 999 are items like any other, never dropped without a trace.

The `num` marker allowed one to three digits, so item 1000 of a long list became prose and vanished
from the extraction with no entry, no spec and no data issue.
"""

from __future__ import annotations

from parsers.entries import extract_entries


def _list(first: int, last: int, marker: str = "{n}. ") -> str:
    lines = ["一、以下物项未经许可不得出口：", "（一）1C902 钐相关物项"]
    lines += [marker.format(n=n) + f"含钐合金{n}号；" for n in range(first, last + 1)]
    return "\n".join(lines)


def test_items_numbered_past_999_are_entries() -> None:
    result = extract_entries(_list(995, 1004))
    names = [e.name_zh for e in result.entries]
    assert names == [f"含钐合金{n}号" for n in range(995, 1005)]
    assert [e.path.split("/")[-1] for e in result.entries[-3:]] == ["1002", "1003", "1004"]
    assert all(e.control_code == "1C902" for e in result.entries)


def test_every_numbered_line_of_a_long_list_is_an_entry() -> None:
    body = _list(1, 1200)
    result = extract_entries(body)
    assert len(result.entries) == 1200
    numbered = [line for line in body.splitlines() if line[:1].isdigit()]
    assert {e.quote_zh for e in result.entries} == set(numbered)


def test_parenthesised_four_digit_numbers() -> None:
    for marker in ("（{n}）", "{n}）"):
        result = extract_entries(_list(998, 1001, marker))
        assert [e.name_zh for e in result.entries] == [f"含钐合金{n}号" for n in range(998, 1002)]
