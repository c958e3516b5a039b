"""The archive's deferred syncing (`Archive.syncing_behind`), which the fetch step uses."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from warehouse import archive as archive_module
from warehouse.archive import Archive, sha256_of


def test_objects_put_behind_are_in_place_when_the_block_ends(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    bodies = [f"page {i}".encode() for i in range(50)]
    with archive.syncing_behind():
        digests = [archive.put(body) for body in bodies]
        assert archive.put(bodies[0]) == digests[0]  # a body seen twice in the block is written once
        assert archive.get(digests[7]) == bodies[7]  # a read inside the block waits for its object
        assert archive.has(digests[8])
    assert [archive.path_for(d).read_bytes() for d in digests] == bodies
    assert not list(tmp_path.glob("*/.*.tmp"))


def test_a_failed_write_behind_fails_the_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(archive_module.os, "fsync", refuse)
    archive = Archive(tmp_path)
    with pytest.raises(OSError, match="No space"), archive.syncing_behind():
        digest = archive.put(b"a page")
    assert not archive.path_for(digest).exists()  # never under its hash unless synced
    assert digest == sha256_of(b"a page")
    assert not list(tmp_path.glob("*/.*.tmp"))  # and no half-written file left beside the objects


def test_a_fetch_faster_than_the_disk_waits_instead_of_holding_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    write_batch = archive_module._write_batch

    def stalled(items: list[tuple[bytes, Path, object]]) -> None:
        gate.wait(10)  # a disk that does not keep up
        write_batch(items)  # type: ignore[arg-type]

    monkeypatch.setattr(archive_module, "_write_batch", stalled)
    archive = Archive(tmp_path)
    done = threading.Event()
    pages = archive_module._QUEUED_MAX * 3

    def fetch() -> None:
        with archive.syncing_behind():
            for i in range(pages):
                archive.put(f"page {i}".encode())
        done.set()

    fetcher = threading.Thread(target=fetch)
    fetcher.start()
    time.sleep(0.5)
    assert not done.is_set()  # the fetch waits for the disk ...
    assert archive._syncer is not None
    assert archive._syncer._queue.qsize() <= archive_module._QUEUED_MAX  # ... holding a bounded backlog
    gate.set()
    fetcher.join(20)
    assert done.is_set()
    assert len(list(tmp_path.glob("*/*"))) == pages


def test_a_file_written_into_place_takes_its_mode_and_leaves_nothing_behind_a_failure(tmp_path: Path) -> None:
    """`write_atomically` (archive, object store, digest files): the bytes and mode asked for; a target that cannot be
    replaced (a folder in its place) raises and leaves no temporary file beside it."""
    from warehouse.durable import write_atomically

    target = tmp_path / "a" / "file.bin"
    write_atomically(target, b"one", mode=0o600)
    assert target.read_bytes() == b"one" and (target.stat().st_mode & 0o777) == 0o600
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    blocked = tmp_path / "a" / "taken"
    blocked.mkdir()
    (blocked / "inside").write_bytes(b"x")
    with pytest.raises(OSError):
        write_atomically(blocked, b"three")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["file.bin", "taken"]
