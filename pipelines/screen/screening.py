"""`regwatch screen`: read the user's files, screen them against the warehouse (read-only), report.

No Dagster here: the command must start fast and the nightly asset calls the same function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from parsers import bundled
from parsers.screen_input import (
    BomRow,
    InputError,
    PartyRow,
    ProductRow,
    bom_by_sku,
    parse_bom,
    parse_parties,
    parse_products,
)
from parsers.screening import (
    CodeHit,
    EntryPeriod,
    ListedEntry,
    PartyIndex,
    PartyListing,
    ProductScreener,
    RuleRecord,
    TermMatcher,
    ValueRuleEvaluator,
    Verdict,
    parse_aliases,
    screen_party,
)
from parsers.segment import Segmenter
from pipelines.run.segmenting import segmenter_for
from warehouse.db import Warehouse, WarehouseError
from warehouse.screening import (
    code_hits,
    entry_periods,
    listed_entries,
    notice_labels,
    parties_on,
    value_rules,
)


class ScreenInputError(Exception):
    """An input file or the warehouse cannot be read at all (exit 2); the message names it."""


@dataclass(frozen=True)
class NoticeLabel:
    number_zh: str
    url: str
    published_on: dt.date | None


@dataclass
class ScreenReport:
    as_of: dt.date
    warehouse: Path
    generated_at: dt.datetime
    verdicts: list[Verdict]
    entries: dict[tuple[str, str], ListedEntry] = field(default_factory=dict)
    periods: dict[tuple[str, str], list[EntryPeriod]] = field(default_factory=dict)
    notices: dict[str, NoticeLabel] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)

    @property
    def listed(self) -> int:
        return sum(v.verdict == "listed" for v in self.verdicts)

    def counts(self) -> dict[str, int]:
        out = {"listed": 0, "possible": 0, "not_listed": 0, "error": 0}
        for v in self.verdicts:
            out[v.verdict] = out.get(v.verdict, 0) + 1
        return out


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ScreenInputError(f"cannot read {what} file {path}: {exc.strerror or exc}") from None


def read_products(path: Path) -> tuple[list[ProductRow], str]:
    try:
        return parse_products(_read(path, "PRODUCTS"), str(path))
    except InputError as exc:
        raise ScreenInputError(str(exc)) from None


def read_bom(path: Path) -> tuple[list[BomRow], str]:
    try:
        return parse_bom(_read(path, "BOM"), str(path))
    except InputError as exc:
        raise ScreenInputError(str(exc)) from None


def read_parties(path: Path) -> tuple[list[PartyRow], str]:
    try:
        return parse_parties(_read(path, "PARTIES"), str(path))
    except InputError as exc:
        raise ScreenInputError(str(exc)) from None


def screen_files(
    db_path: Path,
    products_path: Path,
    *,
    bom_path: Path | None = None,
    parties_path: Path | None = None,
    as_of: dt.date,
    timelines: bool = False,
) -> ScreenReport:
    """Screen the files against the warehouse's list on `as_of`; nothing is written anywhere."""
    products, encoding = read_products(products_path)
    inputs = {"products": f"{products_path} ({len(products)} rows, {encoding})"}
    bom: list[BomRow] = []
    parties: list[PartyRow] = []
    if bom_path is not None:
        bom, enc = read_bom(bom_path)
        inputs["bom"] = f"{bom_path} ({len(bom)} rows, {enc})"
    if parties_path is not None:
        parties, enc = read_parties(parties_path)
        inputs["parties"] = f"{parties_path} ({len(parties)} rows, {enc})"
    report = screen_rows(db_path, products, bom=bom, parties=parties, as_of=as_of, timelines=timelines)
    report.inputs = inputs
    return report


def screen_rows(
    db_path: Path,
    products: Sequence[ProductRow],
    *,
    bom: Sequence[BomRow] = (),
    parties: Sequence[PartyRow] = (),
    as_of: dt.date,
    timelines: bool = False,
) -> ScreenReport:
    warnings = [f"BOM line {r.line}: sku {r.sku!r} is not in PRODUCTS" for r in _orphans(products, bom)]
    try:
        with Warehouse(db_path).read() as con:
            entries = listed_entries(con, as_of)
            valid = [(i, p) for i, p in enumerate(products) if not p.error]
            hits = code_hits(
                con, [i for i, _ in valid], [p.hs_code for _, p in valid], [p.control_code for _, p in valid]
            )
            rules = value_rules(con, as_of) if bom else []
            listings = parties_on(con, as_of) if parties else []
            labels = notice_labels(con)
            verdicts = _screen(
                segmenter_for(str(db_path)), entries, products, hits, bom, rules, parties, listings, as_of
            )
            keys = sorted({(m.notice_id, m.entry_key) for v in verdicts for m in v.matches})
            periods = entry_periods(con, keys) if timelines else {}
    except WarehouseError as exc:
        raise ScreenInputError(str(exc)) from None
    by_key = {(e.notice_id, e.entry_key): e for e in entries}
    return ScreenReport(
        as_of=as_of,
        warehouse=Path(db_path),
        generated_at=dt.datetime.now(dt.UTC),
        verdicts=verdicts,
        entries={k: by_key[k] for k in keys if k in by_key},
        periods=periods,
        notices={n: NoticeLabel(*label) for n, label in labels.items()},
        warnings=warnings,
    )


def _orphans(products: Sequence[ProductRow], bom: Sequence[BomRow]) -> list[BomRow]:
    skus = {p.sku for p in products}
    return [r for r in bom if r.sku and r.sku not in skus]


def _screen(
    segmenter: Segmenter,
    entries: list[ListedEntry],
    products: Sequence[ProductRow],
    hits: list[CodeHit],
    bom: Sequence[BomRow],
    rules: list[RuleRecord],
    parties: Sequence[PartyRow],
    listings: list[PartyListing],
    as_of: dt.date,
) -> list[Verdict]:
    matcher = TermMatcher(entries, segmenter, aliases=parse_aliases(bundled.screening_aliases_text()))
    screener = ProductScreener(entries, matcher, as_of)
    evaluator = ValueRuleEvaluator(rules, entries, matcher)
    by_row: dict[int, list[CodeHit]] = {}
    for hit in hits:
        by_row.setdefault(hit.row, []).append(hit)
    boms = bom_by_sku(bom)
    verdicts = []
    for index, product in enumerate(products):
        verdict = screener.screen(product, by_row.get(index, []))
        results = evaluator.evaluate(product, verdict.matches, boms.get(product.sku, []))
        if results:
            verdict = replace(verdict, rules=tuple(results))
        verdicts.append(verdict)
    if parties:
        index_ = PartyIndex(listings)
        verdicts.extend(screen_party(row, index_) for row in parties)
    return verdicts
