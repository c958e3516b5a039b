"""The segmenter used by runs, search and screening, with jieba's model cached on disk.

Building jieba's prefix dictionary from its packaged word list costs about three times loading a
marshalled copy, and every new process (each CLI call, each Dagster step, each parse worker) pays it.
The copy is a function of jieba's word list alone, so like jieba's own cache it is shared by every
warehouse of the machine: it lives in the user's cache folder ($XDG_CACHE_HOME/regwatch, by default
~/.cache/regwatch), keyed by the word list's path, size and modification time (as jieba keys its own),
so a new warehouse does not build it again. Where that folder is not writable (a read-only home in a
container) it lives in the warehouse's folder instead. Never in $TMPDIR, which is cleared at reboot.
A damaged or foreign cache is rebuilt, never trusted.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import tempfile
from pathlib import Path

from parsers import bundled
from parsers.segment import PrefixDict, Segmenter, build_prefix_dict

CACHE_FOLDER = ".cache"


def _cache_file(cache_dir: Path) -> Path:
    # The jieba version is in the name, and a key of the word list it reads: another release, or an
    # edited word list, is another model.
    import jieba  # here, not at the top: a process that never segments does not import it

    return cache_dir / f"jieba-{jieba.__version__}-{_dictionary_key()}.prefix.marshal"


@functools.cache
def _dictionary_key() -> str:
    import jieba

    path = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)  # the word list `build_prefix_dict` reads
    stat = path.stat()
    return hashlib.sha256(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def user_cache_dir() -> Path:
    """The machine-wide cache folder of this user (the XDG convention)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "regwatch"


_loaded: PrefixDict | None = None


def cached_prefix_dict(*cache_dirs: Path) -> PrefixDict:
    """jieba's model from the first of `cache_dirs` that holds a sound copy; when none does, built and
    stored (atomically) in the first that is writable.

    Loaded at most once per process; each caller gets its own copy, since a tokenizer adds its
    domain words to the dictionary it is given.
    """
    global _loaded
    if _loaded is None:
        _loaded = _load_or_build(cache_dirs)
    return dict(_loaded[0]), _loaded[1]


def preload_user_cache() -> bool:
    """Load jieba's model from the user's cache folder into this process, if a sound copy is there;
    never builds one, never raises. A pool's server process calls it, so that each worker it forks
    starts with the model in memory instead of reading it again (`pipelines.run.worker_preload`)."""
    global _loaded
    if _loaded is None:
        try:
            _loaded = _load(_cache_file(user_cache_dir()))
        except Exception:  # a strange cache folder is the worker's to report, when it loads its own
            return False
    return _loaded is not None


def _load(path: Path) -> PrefixDict | None:
    try:
        freq, total = marshal.loads(path.read_bytes())
        if isinstance(freq, dict) and isinstance(total, int) and freq:
            return freq, total
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return None


def _load_or_build(cache_dirs: tuple[Path, ...]) -> PrefixDict:
    for cache_dir in cache_dirs:
        loaded = _load(_cache_file(cache_dir))
        if loaded is not None:
            return loaded
    freq, total = build_prefix_dict()
    for cache_dir in cache_dirs:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".jieba-")
            with os.fdopen(fd, "wb") as handle:
                marshal.dump((freq, total), handle)
            os.replace(tmp, _cache_file(cache_dir))
            break
        except OSError:
            # Not writable here: the next folder, and with none, each process pays the build.
            continue
    return freq, total


@functools.lru_cache(maxsize=4)
def segmenter_for(warehouse_path: str | None) -> Segmenter:
    """The process-wide segmenter of one warehouse (the model loads once, on first use)."""
    if warehouse_path is None or warehouse_path == ":memory:":
        return Segmenter(bundled.domain_dictionary_text())
    beside = Path(warehouse_path).resolve().parent / CACHE_FOLDER
    return Segmenter(
        bundled.domain_dictionary_text(),
        prefix_dict=functools.partial(cached_prefix_dict, user_cache_dir(), beside),
    )
