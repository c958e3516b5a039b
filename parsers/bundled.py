"""The one reader of the data files shipped inside the `parsers` package.

Keeping every `importlib.resources` call here means the rest of `parsers/` stays free of file I/O
(callers pass text in), and a packaging mistake — a data file left out of the wheel — fails in one
obvious place instead of deep inside segmentation or name composition.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

_DATA_PACKAGE = "parsers"
_VERSION_HEADER = re.compile(r"#\s*version:\s*(\S+)\s*$")


def _read_data(name: str) -> str:
    return resources.files(_DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def domain_dictionary_text() -> str:
    """jieba user dictionary of domain terms (`word freq tag` lines, `#` comments, version header)."""
    return _read_data("domain_dict.txt")


@functools.lru_cache(maxsize=1)
def glossary_text() -> str:
    """Chinese → English glossary (`zh<TAB>en<TAB>type` lines) used to compose English item names."""
    return _read_data("glossary.tsv")


def dictionary_version(text: str) -> str | None:
    """The `# version: N` header on the first line, or None when the text has none.

    Tokens are stored with this version so a dictionary change can be told apart from a change
    in what MOFCOM published.
    """
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    match = _VERSION_HEADER.fullmatch(first_line)
    return match.group(1) if match else None


def _bundled_dictionary_version() -> str:
    version = dictionary_version(domain_dictionary_text())
    if version is None:
        # Our own file without a header is a packaging bug, not bad input: fail at import.
        raise RuntimeError("parsers/data/domain_dict.txt must start with a '# version: N' line")
    return version


DICTIONARY_VERSION: str = _bundled_dictionary_version()


@functools.lru_cache(maxsize=1)
def screening_aliases_text() -> str:
    """Trade abbreviations (NdFeB, SmCo …) → glossary English words, for screening descriptions."""
    return _read_data("screening_aliases.tsv")


@functools.lru_cache(maxsize=1)
def title_terms_text() -> str:
    """Words of notice titles (物项, 部分 …) in the glossary's `zh<TAB>en<TAB>type` format."""
    return _read_data("title_terms.tsv")


@functools.lru_cache(maxsize=1)
def title_names_text() -> str:
    """Issuers, countries, entity lists and catalogue names of notice titles (`kind<TAB>zh<TAB>en[<TAB>short]`)."""
    return _read_data("title_names.tsv")


@functools.lru_cache(maxsize=1)
def line_roles_text() -> str:
    """Weights of the line-role model (parsers.line_roles), trained by `python -m bench.line_roles --export`."""
    return _read_data("line_roles.json")


@functools.lru_cache(maxsize=1)
def known_windows_text() -> str:
    """Published ends of real suspension windows (`notice<TAB>end<TAB>what`), for acts dated after them."""
    return _read_data("known_windows.tsv")
