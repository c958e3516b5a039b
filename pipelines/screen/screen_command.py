"""The `regwatch screen` subcommand: arguments, output, exit status (0 nothing listed, 4 listed, 2 bad input)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipelines.config import Settings

EXIT_OK, EXIT_USAGE, EXIT_LISTED = 0, 2, 4


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--as-of must be YYYY-MM-DD, got {text!r}") from None


def add_screen_parser(sub: Any, func: Callable[[argparse.Namespace], int]) -> None:
    screen = sub.add_parser(
        "screen",
        help="screen a product catalogue (and a BOM, and counterparties) against the list on a date",
        description="Screens PRODUCTS (CSV or XLSX: sku, description, hs_code, control_code) against the "
        "list in force on --as-of, read-only. Exit status: 0 nothing listed, 4 at least one row listed, "
        "2 bad usage or an unreadable file.",
    )
    screen.add_argument(
        "products", metavar="PRODUCTS", help="CSV or XLSX with sku, description, hs_code, control_code"
    )
    screen.add_argument(
        "--bom", help="bill of materials: sku, component, origin, value, currency[, fx_rate, …]"
    )
    screen.add_argument("--parties", help="counterparties: party, name, country")
    screen.add_argument(
        "--as-of", type=_date, help="the date to screen on (default: REGWATCH_AS_OF, else today)"
    )
    screen.add_argument("--format", choices=["table", "csv", "json", "html"], default="table")
    screen.add_argument("--out", help="write the report to this file instead of standard output")
    screen.add_argument("--db", help="warehouse file (default: REGWATCH_DB)")
    screen.set_defaults(func=func)


def run_screen(
    args: argparse.Namespace, settings: Settings, *, say: Callable[[str], None], err: Callable[[str], None]
) -> int:
    from pipelines.screen.screen_report import render
    from pipelines.screen.screening import ScreenInputError, screen_files

    as_of = args.as_of or settings.as_of or dt.date.today()
    db = Path(args.db) if args.db else settings.db_path
    try:
        report = screen_files(
            db,
            Path(args.products),
            bom_path=Path(args.bom) if args.bom else None,
            parties_path=Path(args.parties) if args.parties else None,
            as_of=as_of,
            timelines=args.format == "html",
        )
    except ScreenInputError as exc:
        err(str(exc))
        return EXIT_USAGE
    text = render(report, args.format)
    for warning in report.warnings:
        err(f"warning: {warning}")
    if args.out:
        out = Path(args.out)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            err(f"cannot write {out}: {exc.strerror or exc}")
            return EXIT_USAGE
        counts = ", ".join(f"{n} {k}" for k, n in report.counts().items())
        say(f"{out}: {len(report.verdicts)} rows screened against the list on {as_of} ({counts})")
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return EXIT_LISTED if report.listed else EXIT_OK
