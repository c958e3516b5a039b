"""Attachment benchmarks: reading a 300-page list PDF against its floor, and the PDF library choice.

    .venv/bin/python -m bench.attachments                 # 300-page list PDF; ratio to the floor
    .venv/bin/python -m bench.attachments --libraries     # pypdf vs pdfplumber vs camelot on fixtures
    .venv/bin/python -m bench.attachments --pages 30      # the smoke size the test suite runs

The floor is the chosen PDF library's bare text extraction of the same file (pypdf, every page's
`extract_text()`); regwatch's time is the whole read: text, scanned-page detection, the list reader
(contents deduplicated, hierarchy, notes) and the entries. Generated documents use the real layout
with generated codes (bench/listgen.py).
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable

from bench import listgen
from parsers.catalogue import read_catalogue
from parsers.documents import Table, pdf_tables, read_document
from parsers.dual_use_list import read_list


def _best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def list_pdf_for(pages: int) -> bytes:
    sections = max(1, round(pages * 0.92))  # about 1.09 pages a generated section
    data = listgen.list_pdf(listgen.synthetic_sections(sections))
    return data


def bench_list(pages: int, repeat: int) -> dict[str, float]:
    from pypdf import PdfReader

    data = list_pdf_for(pages)
    page_count = len(PdfReader(io.BytesIO(data)).pages)

    def floor() -> int:
        reader = PdfReader(io.BytesIO(data))
        return sum(len(p.extract_text() or "") for p in reader.pages)

    def regwatch() -> int:
        document = read_document("https://www.mofcom.gov.cn/清单.pdf", data)
        return len(read_list(document.text, "bench", pages=document.pages).entries)

    floor_s, _ = _best(floor, repeat)
    read_s, entries = _best(regwatch, repeat)
    return {
        "pages": page_count,
        "bytes": len(data),
        "floor_s": floor_s,
        "regwatch_s": read_s,
        "entries": float(entries),
        "ratio": read_s / floor_s,
    }  # type: ignore[arg-type]


def bench_libraries(repeat: int) -> list[tuple[str, str, float, str]]:
    """(task, library, seconds, outcome) on the list excerpt and the catalogue fixture."""
    rows: list[tuple[str, str, float, str]] = []
    list_data = listgen.list_pdf()
    catalogue = listgen.catalogue_pdf()
    expected_leaves = list(listgen.LIST_51_LEAVES)
    expected_pairs = list(listgen.CATALOGUE_PAIRS)

    def pypdf_text(data: bytes) -> str:
        from pypdf import PdfReader

        return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)

    def plumber_text(data: bytes) -> str:
        import pdfplumber

        with pdfplumber.PDF(io.BytesIO(data)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)

    for name, fn in (("pypdf", pypdf_text), ("pdfplumber", plumber_text)):
        seconds, text = _best(lambda fn=fn: fn(list_data), repeat)  # type: ignore[misc]
        leaves = [(e.control_code, e.name_zh) for e in read_list(str(text)).entries]
        rows.append(
            (
                "list text (3 pages)",
                name,
                seconds,
                "exact" if leaves == expected_leaves else f"{len(leaves)} leaves, differs",
            )
        )

    seconds, tables = _best(lambda: pdf_tables(catalogue), repeat)
    pairs = [(r.control_code, r.hs_code) for r in read_catalogue(tables).rows if r.hs_code]  # type: ignore[arg-type]
    rows.append(
        ("catalogue table", "pdfplumber (lines)", seconds, "exact" if pairs == expected_pairs else "differs")
    )

    seconds, text = _best(lambda: pypdf_text(catalogue), repeat)
    rows.append(
        ("catalogue table", "pypdf (text only)", seconds, "no cells: rows must be re-assembled from text")
    )
    try:
        import tempfile
        from pathlib import Path

        import camelot

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "catalogue.pdf"
            path.write_bytes(catalogue)

            def camelot_tables() -> tuple[Table, ...]:
                found = camelot.read_pdf(str(path), pages="all", flavor="lattice")
                return tuple(
                    Table(rows=tuple(tuple(str(c).strip() for c in row) for row in t.df.values.tolist()))
                    for t in found
                )

            seconds, tables = _best(camelot_tables, repeat)
            pairs = [(r.control_code, r.hs_code) for r in read_catalogue(tables).rows if r.hs_code]  # type: ignore[arg-type]
            rows.append(
                (
                    "catalogue table",
                    "camelot (lattice)",
                    seconds,
                    "exact" if pairs == expected_pairs else f"{len(pairs)} pairs, differs",
                )
            )
    except ImportError:
        rows.append(
            ("catalogue table", "camelot", float("nan"), "not installed (pip install -e '.[measure]')")
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--libraries", action="store_true")
    args = parser.parse_args(argv)
    if args.libraries:
        print("| task | library | seconds | outcome |\n| --- | --- | --- | --- |")
        for task, library, seconds, outcome in bench_libraries(args.repeat):
            print(f"| {task} | {library} | {seconds:.3f} | {outcome} |")
        return 0
    result = bench_list(args.pages, args.repeat)
    print(
        f"list PDF: {result['pages']:.0f} pages, {result['bytes'] / 1e6:.1f} MB, {result['entries']:.0f} entries\n"
        f"floor (pypdf extract_text): {result['floor_s']:.2f} s\n"
        f"regwatch (read + list reader): {result['regwatch_s']:.2f} s\n"
        f"ratio: {result['ratio']:.2f}x the floor"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
