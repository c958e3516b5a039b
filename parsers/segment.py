"""Word segmentation of notice text with the domain vocabulary, for indexing and search.

jieba's stock dictionary splits the terms this project cares about (钐钴合金 → 钐/钴/合金,
出口管制法 → 出口/管制法) and breaks list codes apart (1C902.a → 1C902/./a). A `Segmenter`
therefore owns a private `jieba.Tokenizer` loaded with the domain dictionary and cuts around
control and HS codes so they survive as single tokens. Output is deterministic: the HMM that
guesses unknown words is off, so the same text and dictionary version always give the same tokens.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from parsers import bundled

if TYPE_CHECKING:  # imported where a model is built: a process that never segments (the storing
    import jieba  # process of a pooled read, the CLI's commands) does not pay its 0.1 s import

# jieba's prefix dictionary: word → frequency, and the total frequency.
PrefixDict = tuple[dict[str, int], int]

# Dual-use list codes (1C902.a, 3A001, 1C909.a.1) and 8/10-digit HS codes. The lookarounds stop a
# match inside a longer alphanumeric run, e.g. a 12-digit serial number is not an HS code.
_CODE_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:(?P<ctl>[0-9][A-Ea-e][0-9]{3}(?:\.[0-9a-zA-Z]{1,3})*)|(?P<hs>[0-9]{10}|[0-9]{8}))"
    r"(?![0-9A-Za-z])"
)
_DICT_LINE = re.compile(r"(?P<word>\S+) (?P<freq>[0-9]+)(?: (?P<tag>[a-z]+))?")
# jieba 0.42.1's own block split (`re_han_default`) and its test for a one-character Latin word
# (`re_eng`): `_cut_text` reproduces `Tokenizer.cut(text, HMM=False)` and must split where it splits.
_HAN_BLOCK_RE = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_BLOCK_SYMBOLS = "+#&._%-"  # the block's only characters in Unicode's P and S categories (noise)


def _canonical_code(code: str) -> str:
    """MOFCOM prints the category letter in capitals and sub-items in lower case (1C902.a)."""
    if code[:1].isdigit() and len(code) > 1 and code[1].isalpha():
        return code[0] + code[1].upper() + code[2:5] + code[5:].lower()
    return code


def _is_noise(token: str) -> bool:
    """Whitespace and punctuation carry no meaning for search; symbols like % are noise too."""
    return all(ch.isspace() or unicodedata.category(ch)[0] in "PS" for ch in token)


def parse_dictionary(text: str) -> list[tuple[str, int, str | None]]:
    """Parse `word freq [tag]` lines; `#` comments and blank lines are skipped.

    Stricter than jieba's own reader, which would silently turn a comment or a typo into a word.
    """
    entries: list[tuple[str, int, str | None]] = []
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _DICT_LINE.fullmatch(line)
        if match is None:
            raise ValueError(f"domain dictionary line {lineno}: expected 'word freq [tag]', got {raw!r}")
        entries.append((match["word"], int(match["freq"]), match["tag"]))
    return entries


class Segmenter:
    """Domain-aware tokenizer around a private jieba instance.

    The instance is never jieba's global one: other code (or another Segmenter with another
    dictionary version) must not change how this one cuts. jieba loads its 9 MB model lazily on
    the first cut (≈0.7 s), so construction is cheap and the load happens at most once.
    """

    def __init__(self, domain_dictionary: str, prefix_dict: Callable[[], PrefixDict] | None = None) -> None:
        self._entries = parse_dictionary(domain_dictionary)
        header = bundled.dictionary_version(domain_dictionary)
        if header is None:
            digest = hashlib.sha256(domain_dictionary.encode("utf-8")).hexdigest()[:12]
            header = f"unversioned-{digest}"
        self._version = header
        self._prefix_dict = prefix_dict or build_prefix_dict
        self._tokenizer: jieba.Tokenizer | None = None
        self._lock = threading.Lock()
        # Entry names and list lines repeat across notices and versions (a re-read of the archive cuts
        # the same strings again): cutting is pure for a given dictionary, so each string is cut once.
        self._memo: dict[str, tuple[str, ...]] = {}
        self._blocks: dict[str, tuple[str, ...]] = {}  # a block of text between punctuation, cut

    @property
    def version(self) -> str:
        """Version of the domain dictionary: store it with tokens so they can be recomputed."""
        return self._version

    def _jieba(self) -> jieba.Tokenizer:
        # The prefix dictionary is installed directly rather than through Tokenizer.initialize(),
        # which would write a 9 MB cache into $TMPDIR and log to stderr: where (or whether) the
        # model is cached is the caller's decision (pipelines keep it beside the warehouse).
        if self._tokenizer is None:
            with self._lock:
                if self._tokenizer is None:
                    import jieba

                    tokenizer = jieba.Tokenizer()
                    tokenizer.FREQ, tokenizer.total = self._prefix_dict()
                    tokenizer.initialized = True
                    for word, freq, tag in self._entries:
                        tokenizer.add_word(word, freq, tag)
                    self._tokenizer = tokenizer
        return self._tokenizer

    def add_word(self, word: str, freq: int = 20000, tag: str | None = "nz") -> None:
        """Add one term to this segmenter only (tests, ad-hoc vocabularies)."""
        self._jieba().add_word(word, freq, tag)
        self._memo.clear()
        self._blocks.clear()

    def tokens(self, text: str) -> list[str]:
        """Meaningful tokens of `text`, in order; codes are whole tokens, punctuation is dropped."""
        if len(text) > _MEMO_MAX_CHARS:  # a paragraph: seldom seen twice, and the memo's bulk
            return self._tokens(text)
        cached = self._memo.get(text)
        if cached is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            cached = self._memo[text] = tuple(self._tokens(text))
        return list(cached)

    def _tokens(self, text: str) -> list[str]:
        tokenizer = self._jieba()
        out: list[str] = []
        pos = 0
        for match in _CODE_RE.finditer(text):
            self._cut(tokenizer, text[pos : match.start()], out)
            out.append(_canonical_code(match.group(0)) if match["ctl"] else match.group(0))
            pos = match.end()
        self._cut(tokenizer, text[pos:], out)
        return out

    def _cut(self, tokenizer: jieba.Tokenizer, chunk: str, out: list[str]) -> None:
        """Append the words of `chunk` that are not noise: `tokenizer.cut(chunk, HMM=False)`, filtered.

        jieba's own `cut` spends most of its time in generators and in a `max` over a generator per
        character; this is the same algorithm in plain loops (a third of the time), and a block of
        text between two punctuation marks is cut once per process however often it recurs.
        `tests/test_segment.py` holds it to jieba's output.
        """
        if not chunk:
            return
        blocks = self._blocks
        for index, part in enumerate(_HAN_BLOCK_RE.split(chunk)):
            if index % 2 == 0:  # between blocks: jieba yields each character alone (and whitespace runs)
                out.extend(ch for ch in part if not _is_noise(ch))
                continue
            words = blocks.get(part)
            if words is None:
                words = tuple(
                    word
                    for word in _dag_words(tokenizer.FREQ, math.log(tokenizer.total), part)
                    if word.strip(_BLOCK_SYMBOLS)  # only these symbols: punctuation, noise
                )
                if len(part) <= _MEMO_MAX_CHARS:
                    if len(blocks) >= _MEMO_SIZE:
                        blocks.clear()
                    blocks[part] = words
            out.extend(words)

    def search_terms(self, query: str) -> list[str]:
        """Terms of a user's query, cut exactly as indexed text is cut, without repeats.

        Using the same segmenter for both sides is what makes 钐钴合金 in a query match 钐钴合金
        in a notice; the order is kept so callers can rank by the user's own emphasis.
        """
        return list(dict.fromkeys(self.tokens(query)))


_MEMO_SIZE = 200_000  # distinct strings kept per segmenter (tens of MB at most), then forgotten at once
# Names, specs and short lines recur (the same item in many notices); body paragraphs mostly do not,
# and memoizing them held tens of MB per 1,000 notices read for nothing.
_MEMO_MAX_CHARS = 80


def _dag_words(freq: dict[str, int], logtotal: float, block: str) -> list[str]:
    """jieba 0.42.1's `Tokenizer.__cut_DAG_NO_HMM(block)`: the most probable path through the words
    of `freq` found in `block`, with runs of one-character Latin letters and digits joined.

    The same arithmetic in the same order (so the same floats, and the same ties: at equal
    probability the longer word wins, as jieba's `max` over (score, end) pairs decides), walking the
    block once from its end instead of building the DAG first.
    """
    n = len(block)
    score = [0.0] * (n + 1)
    end = list(range(n + 1))
    log = math.log
    for k in range(n - 1, -1, -1):
        best = 0.0
        found = False
        i = k
        frag = block[k]
        while i < n and frag in freq:
            count = freq[frag]
            if count:
                here = log(count) - logtotal + score[i + 1]
                if not found or here >= best:  # ends ascend: a tie goes to the later end, as in max()
                    best, end[k], found = here, i, True
            i += 1
            frag = block[k : i + 1]
        if not found:
            best = log(freq.get(block[k]) or 1) - logtotal + score[k + 1]
        score[k] = best
    words: list[str] = []
    latin = ""
    x = 0
    while x < n:
        y = end[x] + 1
        word = block[x:y]
        if y - x == 1 and word in _ASCII_ALNUM:
            latin += word
        else:
            if latin:
                words.append(latin)
                latin = ""
            words.append(word)
        x = y
    if latin:
        words.append(latin)
    return words


def build_prefix_dict() -> PrefixDict:
    """jieba's stock model built from its packaged dictionary (≈1 s once per process; no file written).

    A copy is returned because each tokenizer adds its domain words to its own dictionary.
    """
    freq, total = _stock_prefix_dict()
    return dict(freq), total


@functools.lru_cache(maxsize=1)
def _stock_prefix_dict() -> PrefixDict:
    import jieba

    builder = jieba.Tokenizer()
    freq, total = builder.gen_pfdict(builder.get_dict_file())
    return freq, total


@functools.lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The shared segmenter built from the bundled domain dictionary."""
    return Segmenter(bundled.domain_dictionary_text())
