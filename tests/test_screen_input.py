"""Screening inputs and the pure pieces of matching: files as users export them, rows that are wrong,
printed exclusions, list parts of a value rule, company names and the timeline segments."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from parsers.screen_input import InputError, parse_bom, parse_parties, parse_products
from parsers.screening import (
    EntryPeriod,
    ListedEntry,
    PartyIndex,
    PartyListing,
    exclusions,
    part_prefix,
    verdict_of,
)
from pipelines.screen.screen_report import segments


def test_products_from_a_gb18030_csv_with_odd_headers() -> None:
    text = "SKU,Description,HS Code,Control-Code\nA-1,金属镓 gallium,8112.92.90.90,1c902.A.\n"
    rows, encoding = parse_products(text.encode("gb18030"), "cat.csv")
    assert encoding == "gb18030"
    (row,) = rows
    assert (row.sku, row.description, row.hs_code, row.control_code, row.error) == (
        "A-1",
        "金属镓 gallium",
        "8112929090",
        "1C902.a",
        None,
    )


def test_products_from_xlsx_with_numeric_cells() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["sku", "description", "hs_code", "control_code"])
    sheet.append(["G-1", "gallium", 8112929090, None])
    sheet.append([None, None, None, None])  # blank rows are skipped, lines keep the sheet's numbering
    sheet.append(["G-2", "germanium", 81129210, "1C999"])
    buffer = io.BytesIO()
    book.save(buffer)
    rows, encoding = parse_products(buffer.getvalue(), "cat.xlsx")
    assert encoding == "xlsx"
    assert [(r.line, r.sku, r.hs_code, r.error) for r in rows] == [
        (2, "G-1", "8112929090", None),
        (4, "G-2", "81129210", None),
    ]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (",gallium,,", "sku is empty"),
        ("A,gallium,123,", "hs_code '123' is not an 8- or 10-digit HS code"),
        ("A,gallium,,C902", "control_code 'C902' is not a control list code such as 1C902.a"),
        ("A,,,", "nothing to screen: description, hs_code and control_code are all empty"),
        ("A,gallium,,,extra", "more cells than header columns"),
    ],
)
def test_malformed_product_rows_say_why(line: str, error: str) -> None:
    (row,) = parse_products(f"sku,description,hs_code,control_code\n{line}\n".encode(), "p.csv")[0]
    assert row.error == error


def test_duplicate_sku_is_an_error_on_the_later_line() -> None:
    rows, _ = parse_products(b"sku,description\nA,x\nA,y\n", "p.csv")
    assert [r.error for r in rows] == [None, "duplicate sku 'A' (first on line 2)"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"name,value\n1,2\n", "lacks column(s) sku"),
        (b"\xff\xfe\x00\x00garbage\x81", "neither UTF-8 nor GB18030"),
        (b"PK\x03\x04not really a zip", "unreadable XLSX"),
    ],
)
def test_unusable_files_are_refused_whole(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_products(data, "in.csv")


def test_bom_rows_keep_numbers_exact_and_flag_bad_cells() -> None:
    rows, _ = parse_bom(
        b'sku,component,origin,value,currency,fx_rate\nM,,DE,"1,000.50",eur,\nM,magnet,China,abc,US,0\n',
        "bom.csv",
    )
    assert (rows[0].value, rows[0].currency, rows[0].is_finished_item, rows[0].error) == (
        Decimal("1000.50"),
        "EUR",
        True,
        None,
    )
    assert rows[1].error == (
        "origin 'China' is not an ISO country code such as CN; currency 'US' is not an ISO currency code such as "
        "USD; value 'abc' is not a number; fx_rate must be greater than 0"
    )


def test_parties_need_a_name() -> None:
    rows, _ = parse_parties(b"party,name,country\nP1,,US\n", "p.csv")
    assert rows[0].error == "name is empty"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "人造金刚石单晶，平均粒径大于50 μm，用于装饰或者首饰的培育钻石除外",
            ("用于装饰或者首饰的培育钻石",),
        ),
        ("金属镓，不包括含镓的化合物。", ("含镓的化合物",)),
        ("除钨合金外的钨制品", ("钨合金",)),
        ("二、除上述物项外，其他石墨类物项不再管制。", ()),
        ("金属钐", ()),
    ],
)
def test_printed_exclusions(text: str, found: tuple[str, ...]) -> None:
    assert exclusions(text) == found


@pytest.mark.parametrize(
    ("label", "prefix"),
    [("第二条第（一）项", "二/(一)"), ("附件1第二部分", "二"), ("二/(二)", "二/(二)"), ("某某", None)],
)
def test_list_part_labels(label: str, prefix: str | None) -> None:
    assert part_prefix(label) == prefix


def _listing(**kw: object) -> PartyListing:
    base: dict[str, object] = {
        "party_id": "p",
        "list": "control_list",
        "name_zh": "某某科技有限公司",
        "name_en": None,
        "aliases": (),
        "country": None,
        "notice_id": "MOFCOM-2025-1",
        "listed_on": dt.date(2025, 1, 2),
        "status": "listed",
        "status_notice_id": None,
        "quote_zh": "q",
    }
    base.update(kw)
    return PartyListing(**base)  # type: ignore[arg-type]


def test_party_names_match_across_suffixes_scripts_and_aliases() -> None:
    index = PartyIndex(
        [
            _listing(party_id="a", name_zh="斯凯迪奥公司", name_en="Skydio, Inc."),
            _listing(party_id="b", name_zh="北京星河科技有限公司", aliases=("Galaxy Tech",)),
        ]
    )
    assert index.search("SKYDIO INC")[0][:2] == (0, 100)
    assert index.search("斯凯迪奥有限公司")[0][:2] == (0, 100)
    # Transliteration: a Chinese firm written in pinyin meets its Chinese name.
    hit = index.search("Beijing Xinghe Keji Co., Ltd.")[0]
    assert hit[0] == 1 and hit[1] >= 90
    assert index.search("Galaxy Tech LLC")[0][:3] == (1, 100, "Galaxy Tech")
    assert index.search("Totally Different Trading") == []


def _entry(status: str) -> ListedEntry:
    return ListedEntry(
        "MOFCOM-2025-55",
        "k",
        "1C914.b",
        "x",
        None,
        (),
        "item",
        None,
        "一",
        None,
        "q",
        status,
        None,
        None,
        None,
        None,
    )


def test_timeline_segments_show_pending_suspension_and_return() -> None:
    periods = [
        EntryPeriod(dt.date(2025, 11, 8), dt.date(2026, 11, 11), "suspended", "MOFCOM-2025-70"),
        EntryPeriod(dt.date(2026, 11, 11), None, "in_force", None),
    ]
    segs = segments(_entry("suspended"), periods, dt.date(2025, 10, 9), dt.date(2027, 6, 1))
    assert [(s.start.isoformat(), s.state, s.label) for s in segs] == [
        ("2025-10-09", "pending", "MOFCOM-2025-55"),
        ("2025-11-08", "suspended", "MOFCOM-2025-70"),
        ("2026-11-11", "in_force", "MOFCOM-2025-55"),
    ]


def test_verdict_of_nothing_is_not_listed() -> None:
    assert verdict_of([]) == ("not_listed", None)
