"""Reading the screening inputs: a product catalogue, a bill of materials, a list of counterparties.

Bytes in (CSV or XLSX, as users export them from ERP systems and Excel), typed rows out. A file
that cannot be read at all, or lacks a required column, raises `InputError` (the command exits 2
naming it); a row that is wrong gets its `error` set and the other rows are still screened, because
one bad line in a catalogue of thousands must not hide the answer for the rest.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CONTROL_CODE_RE = re.compile(r"^[0-9][A-E][0-9]{3}(?:\.[0-9a-z]{1,3})*$")
_HS_SEPARATORS = re.compile(r"[\s.\-]")
_ISO_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_XLSX_MAGIC = b"PK\x03\x04"

PRODUCT_COLUMNS = ("sku", "description", "hs_code", "control_code")
BOM_COLUMNS = (
    "sku",
    "component",
    "origin",
    "value",
    "currency",
    "fx_rate",
    "hs_code",
    "control_code",
    "description",
)
PARTY_COLUMNS = ("party", "name", "country")


class InputError(ValueError):
    """The whole file is unusable (undecodable, not CSV/XLSX, no header, a required column missing)."""


@dataclass(frozen=True)
class ProductRow:
    line: int  # 1-based line (CSV) or sheet row (XLSX), header included, as the user sees it
    sku: str
    description: str
    hs_code: str | None  # digits only, 8 or 10
    control_code: str | None  # canonical: 1C902.a
    error: str | None = None


@dataclass(frozen=True)
class BomRow:
    line: int
    sku: str
    component: str  # "" = the finished item's own row
    origin: str | None  # ISO 3166 alpha-2, upper case
    value: Decimal | None
    currency: str | None
    fx_rate: Decimal | None  # the user's rate from `currency` into the finished item's currency
    hs_code: str | None
    control_code: str | None
    description: str
    error: str | None = None

    @property
    def is_finished_item(self) -> bool:
        return not self.component


@dataclass(frozen=True)
class PartyRow:
    line: int
    party: str
    name: str
    country: str | None
    error: str | None = None


@dataclass(frozen=True)
class Table:
    """Rows of one input file, with how its bytes were decoded (said, never silently guessed)."""

    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]
    columns: tuple[str, ...]
    encoding: str


# -- cells ----------------------------------------------------------------------------------------


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # Excel stores 2805301910 as a float
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def normalize_hs(raw: str) -> str:
    """Digits of an HS code as printed (2805.30.19.10, 2805 3019 10) → 2805301910."""
    return _HS_SEPARATORS.sub("", raw)


def normalize_control_code(raw: str) -> str:
    """1c902.A. → 1C902.a: MOFCOM prints the category letter in capitals, sub-items in lower case."""
    code = raw.strip().rstrip(".").replace(" ", "")
    if len(code) >= 2 and code[0].isdigit():
        code = code[0] + code[1].upper() + code[2:5] + code[5:].lower()
    return code


def check_hs(raw: str) -> tuple[str | None, str | None]:
    """(code, error): an HS code must be 8 or 10 digits (a tariff line or a commodity code)."""
    if not raw:
        return None, None
    code = normalize_hs(raw)
    if not code.isdigit() or len(code) not in (8, 10):
        return None, f"hs_code {raw!r} is not an 8- or 10-digit HS code"
    return code, None


def check_control_code(raw: str) -> tuple[str | None, str | None]:
    if not raw:
        return None, None
    code = normalize_control_code(raw)
    if not _CONTROL_CODE_RE.match(code):
        return None, f"control_code {raw!r} is not a control list code such as 1C902.a"
    return code, None


def _decimal(raw: str, column: str) -> tuple[Decimal | None, str | None]:
    if not raw:
        return None, None
    text = raw.replace(",", "").replace(" ", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None, f"{column} {raw!r} is not a number"
    if not value.is_finite() or value < 0:
        return None, f"{column} {raw!r} must be a non-negative number"
    return value, None


# -- files ----------------------------------------------------------------------------------------


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first; GB18030 second, as Chinese Excel saves CSV; else refuse."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding.removesuffix("-sig")
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: neither UTF-8 nor GB18030 text; save it as CSV (UTF-8) or XLSX")


def _header_key(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().lower())


def _csv_rows(data: bytes, name: str) -> tuple[list[list[str]], str]:
    text, encoding = _decode(data, name)
    if "\x00" in text:
        raise InputError(f"{name}: contains NUL bytes; not a CSV file")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text), dialect)], encoding
    except csv.Error as exc:
        raise InputError(f"{name}: malformed CSV: {exc}") from exc


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    import openpyxl  # heavy; only users with XLSX files pay for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on bad input
        raise InputError(f"{name}: unreadable XLSX: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        return [[_clean(c) for c in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_table(data: bytes, name: str, required: Sequence[str], known: Sequence[str]) -> Table:
    """The rows of a CSV or XLSX file as {column: text}; the first non-empty row is the header."""
    if data.startswith(_XLSX_MAGIC) or name.lower().endswith(".xlsx"):
        raw_rows, encoding = _xlsx_rows(data, name), "xlsx"
    else:
        raw_rows, encoding = _csv_rows(data, name)
    numbered = [(i, r) for i, r in enumerate(raw_rows, start=1) if any(_clean(c) for c in r)]
    if not numbered:
        raise InputError(f"{name}: empty file (a header row with {', '.join(required)} is needed)")
    header_line, header = numbered[0]
    columns = [_header_key(_clean(c)) for c in header]
    missing = [c for c in required if c not in columns]
    if missing:
        raise InputError(
            f"{name}: header (line {header_line}) lacks column(s) {', '.join(missing)}; "
            f"expected {', '.join(known)}"
        )
    rows, lines = [], []
    for line, raw in numbered[1:]:
        cells = [_clean(c) for c in raw]
        row = {col: (cells[i] if i < len(cells) else "") for i, col in enumerate(columns) if col}
        if len(cells) > len(columns) and any(cells[len(columns) :]):
            row["__extra__"] = "more cells than header columns"
        rows.append(row)
        lines.append(line)
    return Table(tuple(rows), tuple(lines), tuple(columns), encoding)


# -- typed rows ----------------------------------------------------------------------------------


def _first_error(*errors: str | None) -> str | None:
    found = [e for e in errors if e]
    return "; ".join(found) if found else None


def parse_products(data: bytes, name: str) -> tuple[list[ProductRow], str]:
    """Products and the encoding read; a duplicate sku is an error on its later lines."""
    table = read_table(data, name, ("sku",), PRODUCT_COLUMNS)
    seen: dict[str, int] = {}
    out = []
    for line, row in zip(table.lines, table.rows, strict=True):
        sku = row.get("sku", "")
        description = row.get("description", "")
        hs, hs_error = check_hs(row.get("hs_code", ""))
        code, code_error = check_control_code(row.get("control_code", ""))
        errors = [row.get("__extra__"), hs_error, code_error]
        if not sku:
            errors.insert(0, "sku is empty")
        elif sku in seen:
            errors.insert(0, f"duplicate sku {sku!r} (first on line {seen[sku]})")
        else:
            seen[sku] = line
        if not (description or row.get("hs_code") or row.get("control_code")):
            errors.append("nothing to screen: description, hs_code and control_code are all empty")
        out.append(ProductRow(line, sku, description, hs, code, _first_error(*errors)))
    return out, table.encoding


def parse_bom(data: bytes, name: str) -> tuple[list[BomRow], str]:
    table = read_table(data, name, ("sku", "component", "value"), BOM_COLUMNS)
    out = []
    for line, row in zip(table.lines, table.rows, strict=True):
        origin_raw = row.get("origin", "").upper()
        origin_error = None
        if origin_raw and not _ISO_COUNTRY_RE.match(origin_raw):
            origin_error = f"origin {row.get('origin')!r} is not an ISO country code such as CN"
        currency = row.get("currency", "").upper() or None
        currency_error = None
        if currency and not _CURRENCY_RE.match(currency):
            currency_error = f"currency {row.get('currency')!r} is not an ISO currency code such as USD"
        value, value_error = _decimal(row.get("value", ""), "value")
        rate, rate_error = _decimal(row.get("fx_rate", ""), "fx_rate")
        if rate is not None and rate == 0:
            rate, rate_error = None, "fx_rate must be greater than 0"
        hs, hs_error = check_hs(row.get("hs_code", ""))
        code, code_error = check_control_code(row.get("control_code", ""))
        sku_error = None if row.get("sku") else "sku is empty"
        out.append(
            BomRow(
                line=line,
                sku=row.get("sku", ""),
                component=row.get("component", ""),
                origin=origin_raw if origin_raw and not origin_error else None,
                value=value,
                currency=currency if not currency_error else None,
                fx_rate=rate,
                hs_code=hs,
                control_code=code,
                description=row.get("description", ""),
                error=_first_error(
                    sku_error,
                    row.get("__extra__"),
                    origin_error,
                    currency_error,
                    value_error,
                    rate_error,
                    hs_error,
                    code_error,
                ),
            )
        )
    return out, table.encoding


def parse_parties(data: bytes, name: str) -> tuple[list[PartyRow], str]:
    table = read_table(data, name, ("party", "name"), PARTY_COLUMNS)
    out = []
    for line, row in zip(table.lines, table.rows, strict=True):
        errors = [row.get("__extra__")]
        if not row.get("party"):
            errors.insert(0, "party is empty")
        if not row.get("name"):
            errors.append("name is empty")
        out.append(
            PartyRow(
                line,
                row.get("party", ""),
                row.get("name", ""),
                row.get("country") or None,
                _first_error(*errors),
            )
        )
    return out, table.encoding


def bom_by_sku(rows: Sequence[BomRow]) -> dict[str, list[BomRow]]:
    grouped: dict[str, list[BomRow]] = {}
    for row in rows:
        grouped.setdefault(row.sku, []).append(row)
    return grouped


def iter_errors(rows: Sequence[ProductRow | BomRow | PartyRow]) -> Iterator[tuple[int, str]]:
    for row in rows:
        if row.error:
            yield row.line, row.error
