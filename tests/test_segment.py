"""Segmentation keeps domain terms and codes whole, is deterministic and leaves global jieba alone."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

import jieba
import pytest

from parsers import bundled
from parsers.segment import (
    _CODE_RE,
    Segmenter,
    _canonical_code,
    _is_noise,
    default_segmenter,
    parse_dictionary,
)
from pipelines.run import segmenting
from pipelines.run.segmenting import cached_prefix_dict, segmenter_for

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    """One segmenter per module: loading jieba costs ~0.7 s."""
    return Segmenter(bundled.domain_dictionary_text())


# Written in the style of a 2025 notice line: code glued to the name, HS codes in a parenthetical.
NOTICE_LINE = (
    "(一)1C902.a 金属钐、含钐的合金及相关制品:1. 金属钐(参考海关商品编号:2805301910)。"
    "2. 含钐的合金:a. 钐钴合金;b. 钐铁合金。4. 钐钴永磁材料。(二)1C902.b氧化钐及其混合物。"
)


@pytest.mark.parametrize(
    "term",
    ["钐钴合金", "人造石墨负极材料", "海关商品编号", "出口管制法", "钐钴永磁材料", "区熔锗锭", "四氯化锗"],
)
def test_domain_terms_are_single_tokens(segmenter: Segmenter, term: str) -> None:
    text = f"根据规定,{term}未经许可,不得出口。"
    assert term in segmenter.tokens(text)


def test_codes_survive_as_single_tokens(segmenter: Segmenter) -> None:
    tokens = segmenter.tokens(NOTICE_LINE)
    assert "1C902.a" in tokens
    assert "1C902.b" in tokens
    assert "2805301910" in tokens
    assert "1C902" not in tokens  # jieba alone cuts the list code into 1C902 / . / a
    assert tokens[tokens.index("参考海关商品编号") - 1 : tokens.index("参考海关商品编号") + 2] == [
        "金属钐",
        "参考海关商品编号",
        "2805301910",
    ]


def test_eight_digit_tariff_lines_and_lowercase_codes(segmenter: Segmenter) -> None:
    tokens = segmenter.tokens("参考税则号列:28053019;管制编码:3a001、1E902.b")
    assert tokens == ["参考税则号列", "28053019", "管制编码", "3A001", "1E902.b"]


def test_whitespace_and_punctuation_are_dropped(segmenter: Segmenter) -> None:
    tokens = segmenter.tokens(NOTICE_LINE)
    assert tokens
    for token in tokens:
        assert token.strip() == token and token
        assert token not in {"(", ")", ":", "。", "、", ";", ".", "\uff08", "\uff09", "\uff1a"}


def test_tokens_are_deterministic(segmenter: Segmenter, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cached = Segmenter(bundled.domain_dictionary_text(), prefix_dict=lambda: cached_prefix_dict(cache))
    assert cached.tokens(NOTICE_LINE) == segmenter.tokens(NOTICE_LINE)
    # The second process-equivalent reads the stored model and still cuts the same way.
    again = Segmenter(bundled.domain_dictionary_text(), prefix_dict=lambda: cached_prefix_dict(cache))
    assert again.tokens(NOTICE_LINE) == segmenter.tokens(NOTICE_LINE)


def test_model_cache_is_shared_by_warehouses_and_nothing_goes_to_tmpdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(segmenting, "_loaded", None)  # as in a new process
    segmenter_for.cache_clear()
    warehouse = tmp_path / "wh" / "regwatch.duckdb"
    warehouse.parent.mkdir()
    seg = segmenter_for(str(warehouse))
    user_cache = tmp_path / "xdg" / "regwatch"
    assert not user_cache.exists()  # construction is lazy
    assert "钐钴合金" in seg.tokens("出口钐钴合金")
    cached = list(user_cache.iterdir())
    assert [p.name for p in cached] == [
        f"jieba-{jieba.__version__}-{segmenting._dictionary_key()}.prefix.marshal"
    ]
    assert not (warehouse.parent / ".cache").exists()  # another warehouse reads the same copy
    assert list(tmpdir.iterdir()) == []
    # A damaged cache is rebuilt, not trusted.
    cached[0].write_bytes(b"not marshal")
    monkeypatch.setattr(segmenting, "_loaded", None)
    freq, total = cached_prefix_dict(user_cache)
    assert total > 0 and freq["出口"] > 0
    assert len(cached[0].read_bytes()) > 1_000_000


def test_model_cache_falls_back_beside_the_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(segmenting, "_loaded", None)
    segmenter_for.cache_clear()
    warehouse = tmp_path / "wh" / "regwatch.duckdb"
    warehouse.parent.mkdir()
    assert "钐钴合金" in segmenter_for(str(warehouse)).tokens("出口钐钴合金")
    beside = list((warehouse.parent / ".cache").iterdir())
    assert [p.name for p in beside] == [segmenting._cache_file(blocked).name]
    segmenter_for.cache_clear()


def test_the_pure_segmenter_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Segmenter("钐钴合金 20000 nz\n").tokens("钐钴合金") == ["钐钴合金"]
    assert list(tmp_path.iterdir()) == []


def test_importing_the_segmenter_leaves_logging_alone() -> None:
    code = (
        "import logging, jieba; before = jieba.default_logger.level; "
        "import parsers.segment, pipelines.run.segmenting; "
        "assert jieba.default_logger.level == before, 'jieba log level changed'; "
        "assert logging.getLogger().level == logging.WARNING and not logging.getLogger().handlers"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_search_terms_match_indexed_tokens(segmenter: Segmenter) -> None:
    assert segmenter.search_terms("钐钴合金 1c902.A 钐钴合金") == ["钐钴合金", "1C902.a"]
    assert set(segmenter.search_terms("钐钴合金")) <= set(segmenter.tokens(NOTICE_LINE))


def test_private_tokenizer_does_not_touch_global_jieba(segmenter: Segmenter) -> None:
    probe = "镧铈镨钕钷"
    segmenter.add_word(probe)
    assert probe in segmenter.tokens(f"出口{probe}材料")
    assert probe not in jieba.lcut(f"出口{probe}材料", HMM=False)
    # …and the domain dictionary never leaks into the global tokenizer.
    assert "钐钴合金" not in jieba.lcut("钐钴合金", HMM=False)


def test_versions() -> None:
    assert bundled.dictionary_version(bundled.domain_dictionary_text()) == bundled.DICTIONARY_VERSION
    assert default_segmenter().version == bundled.DICTIONARY_VERSION
    assert Segmenter("# version: 7\n钐钴合金 20000 nz\n").version == "7"
    unversioned = Segmenter("钐钴合金 20000 nz\n").version
    assert unversioned.startswith("unversioned-")
    assert unversioned != Segmenter("钐铁合金 20000 nz\n").version


def test_bundled_dictionary_is_well_formed() -> None:
    entries = parse_dictionary(bundled.domain_dictionary_text())
    words = [word for word, _, _ in entries]
    assert len(words) == len(set(words)), "duplicate words in domain_dict.txt"
    assert all(freq >= 20000 and tag in {"n", "nz"} for _, freq, tag in entries)
    rare_earths = "镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥钪钇"
    assert all(f"金属{el}" in words and f"氧化{el}" in words for el in rare_earths)


@pytest.mark.parametrize("line", ["钐钴合金 many n", "钐钴合金\t20000", "钐钴合金 20000 N"])
def test_malformed_dictionary_line_is_rejected(line: str) -> None:
    with pytest.raises(ValueError, match="line 1"):
        Segmenter(line)


def _jieba_tokens(segmenter: Segmenter, text: str) -> list[str]:
    """What `Segmenter.tokens` meant before it cut blocks itself: jieba's own cut, noise dropped."""
    tokenizer = segmenter._jieba()
    out: list[str] = []
    pos = 0
    pieces = []
    for match in _CODE_RE.finditer(text):
        pieces.append(
            (text[pos : match.start()], _canonical_code(match.group(0)) if match["ctl"] else match[0])
        )
        pos = match.end()
    pieces.append((text[pos:], None))
    for chunk, code in pieces:
        out.extend(tok for tok in tokenizer.cut(chunk, HMM=False) if chunk and not _is_noise(tok))
        if code is not None:
            out.append(code)
    return out


def test_tokens_are_jiebas_cut_of_every_corpus_line_and_of_random_text() -> None:
    segmenter = Segmenter(bundled.domain_dictionary_text())
    lines = [
        line
        for path in sorted((ROOT / "tests" / "corpus").rglob("*"))
        if path.is_file() and path.suffix in {".txt", ".json", ".md"}
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) > 1000
    rnd = random.Random(18)
    alphabet = (
        "钐钴合金 出口管制法1C902.a+b#c&d_e%f-g，。、（）() \t\u3000ａｂ１２x9%-..++商务部公告2025年第58号"
    )
    lines += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 60))) for _ in range(5000)]
    for line in lines:
        assert segmenter.tokens(line) == _jieba_tokens(segmenter, line), line
    # …and a block cut once is cut the same the second time (from the memo), and after a new word.
    assert segmenter.tokens(lines[0]) == _jieba_tokens(segmenter, lines[0])
    assert segmenter.tokens("钐钴合金出口") == ["钐钴合金", "出口"]
    segmenter.add_word("钴合金出口", 10**9)
    assert (
        segmenter.tokens("钐钴合金出口") == _jieba_tokens(segmenter, "钐钴合金出口") == ["钐", "钴合金出口"]
    )
