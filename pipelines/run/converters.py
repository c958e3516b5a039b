"""Programs that read what Python cannot: DOC/WPS/XLS/ET through Debian's antiword, catdoc and
xls2csv, and scanned PDFs through tesseract (with the chi_sim model) after pdftoppm renders them.

Each call runs in a private temporary directory with a timeout. A missing program is reported as
`ConverterMissing` (the caller records a data issue saying what to install), never as "no text".
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

TIMEOUT_SECONDS = 120
OCR_DPI = 200
OCR_MAX_PAGES = 60


class ConverterMissing(RuntimeError):
    """The program (or the OCR language model) is not installed."""


class ConversionFailed(RuntimeError):
    """The program ran and could not read the file."""


# The programs a legacy Word/WPS file is read with (OCR is `extraction = ocr`, not a converter).
ConverterTool = Literal["antiword", "catdoc"]


@dataclass(frozen=True)
class Converted:
    text: str
    tool: ConverterTool


def _run(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(args, cwd=cwd, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ConversionFailed(f"{args[0]} took longer than {TIMEOUT_SECONDS} s") from exc
    except OSError as exc:  # not executable, vanished between which() and exec, …
        raise ConversionFailed(f"{args[0]} could not run: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", errors="replace").strip()[:300]
        raise ConversionFailed(f"{args[0]} exited {done.returncode}: {message}")
    return done.stdout.decode("utf-8", errors="replace")


def _need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise ConverterMissing(f"{program} is not installed (Debian package {package})")
    return path


def convert_ole(kind: str, data: bytes) -> Converted:
    """Text of a legacy Word/WPS file: antiword first, catdoc as a fallback. (Spreadsheets, .xls and
    .et, are read by xlrd in parsers/documents.py: xls2csv garbles CJK text.)"""
    with tempfile.TemporaryDirectory(prefix="regwatch-convert-") as folder:
        work = Path(folder)
        source = work / f"attachment.{kind}"
        source.write_bytes(data)
        try:
            return Converted(
                _run([_need("antiword", "antiword"), "-m", "UTF-8.txt", source.name], work), "antiword"
            )
        except (ConversionFailed, ConverterMissing) as first:
            try:
                return Converted(
                    _run([_need("catdoc", "catdoc"), "-d", "utf-8", source.name], work), "catdoc"
                )
            except ConverterMissing:
                raise first from None


def ocr_available() -> str | None:
    """None when OCR can run; else what is missing."""
    for program, package in (("tesseract", "tesseract-ocr"), ("pdftoppm", "poppler-utils")):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian package {package})"
    try:
        langs = _run(["tesseract", "--list-langs"], Path(tempfile.gettempdir()))
    except ConversionFailed as exc:
        return str(exc)
    if "chi_sim" not in langs.split():
        return "tesseract has no chi_sim model (Debian package tesseract-ocr-chi-sim)"
    return None


def ocr_pdf(data: bytes) -> list[str]:
    """Text of each page of a scanned PDF: pages rendered at 200 dpi, read with chi_sim."""
    missing = ocr_available()
    if missing:
        raise ConverterMissing(missing)
    with tempfile.TemporaryDirectory(prefix="regwatch-ocr-") as folder:
        work = Path(folder)
        (work / "scan.pdf").write_bytes(data)
        _run(
            ["pdftoppm", "-r", str(OCR_DPI), "-gray", "-png", "-l", str(OCR_MAX_PAGES), "scan.pdf", "page"],
            work,
        )
        pages = []
        for image in sorted(work.glob("page-*.png")):
            pages.append(_run(["tesseract", image.name, "stdout", "-l", "chi_sim", "--psm", "6"], work))
        return pages
