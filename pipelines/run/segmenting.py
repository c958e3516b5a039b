"""The segmenter used by runs, search and screening, with jieba's model cached beside the warehouse.

Building jieba's prefix dictionary from its packaged word list costs about three times loading a
marshalled copy, and every new process (each CLI call, each Dagster step) pays it. The copy lives in
the warehouse's folder, not in $TMPDIR: it is per deployment, survives reboots and is removed with
the warehouse. A damaged or foreign cache is rebuilt, never trusted.
"""

from __future__ import annotations

import functools
import marshal
import os
import tempfile
from pathlib import Path

import jieba

from parsers import bundled
from parsers.segment import PrefixDict, Segmenter, build_prefix_dict

CACHE_FOLDER = ".cache"


def _cache_file(cache_dir: Path) -> Path:
    # The jieba version is in the name: another release may ship another word list.
    return cache_dir / f"jieba-{jieba.__version__}.prefix.marshal"


_loaded: PrefixDict | None = None


def cached_prefix_dict(cache_dir: Path) -> PrefixDict:
    """jieba's model from `cache_dir`, built and stored there (atomically) when absent or unreadable.

    Loaded at most once per process; each caller gets its own copy, since a tokenizer adds its
    domain words to the dictionary it is given.
    """
    global _loaded
    if _loaded is None:
        _loaded = _load_or_build(cache_dir)
    return dict(_loaded[0]), _loaded[1]


def _load_or_build(cache_dir: Path) -> PrefixDict:
    path = _cache_file(cache_dir)
    try:
        freq, total = marshal.loads(path.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int) and freq:
            return freq, total
    except (OSError, EOFError, ValueError, TypeError):
        pass
    freq, total = build_prefix_dict()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".jieba-")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump((freq, total), handle)
        os.replace(tmp, path)
    except OSError:
        # A read-only warehouse folder still segments; it only pays the build each process.
        pass
    return freq, total


@functools.lru_cache(maxsize=4)
def segmenter_for(warehouse_path: str | None) -> Segmenter:
    """The process-wide segmenter of one warehouse (the model loads once, on first use)."""
    if warehouse_path is None or warehouse_path == ":memory:":
        return Segmenter(bundled.domain_dictionary_text())
    cache_dir = Path(warehouse_path).resolve().parent / CACHE_FOLDER
    return Segmenter(
        bundled.domain_dictionary_text(),
        prefix_dict=functools.partial(cached_prefix_dict, cache_dir),
    )
