"""The archive and the digests through fsspec, against moto's S3-compatible server; the settings that
choose them. Local folders stay the default and keep their own tests (test_crash, test_delivery)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.alerts.digest import Digest
from pipelines.config import ConfigError, load_settings
from pipelines.storage import open_archive, open_warehouse, write_digest_files
from tests.servers import MotoServer
from warehouse.archive import Archive, ArchiveError, ObjectArchive, sha256_of
from warehouse.backends import SharedWarehouse
from warehouse.db import Warehouse
from warehouse.objectstore import ObjectStore, ObjectStoreError


@pytest.fixture
def bucket(s3_server: MotoServer) -> Iterator[str]:
    """A fresh bucket, with moto's credentials in the environment for the duration of the test."""
    name = "rw-" + os.urandom(4).hex()
    s3_server.create_bucket(name)
    credentials = {k: v for k, v in s3_server.env().items() if k.startswith("AWS_")}
    saved = {k: os.environ.get(k) for k in credentials}
    os.environ.update(credentials)
    try:
        yield name
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def test_archive_on_s3_stores_once_by_hash_and_verifies_reads(s3_server: MotoServer, bucket: str) -> None:
    archive = open_archive(
        load_settings(
            {"REGWATCH_ARCHIVE_DIR": f"s3://{bucket}/archive", "REGWATCH_S3_ENDPOINT_URL": s3_server.endpoint}
        )
    )
    assert isinstance(archive, ObjectArchive)
    body = "商务部公告2025年第61号".encode()
    sha = archive.put(body)
    assert sha == sha256_of(body) and archive.put(body) == sha
    assert archive.has(sha) and archive.get(sha) == body
    assert archive.path_for(sha) == f"s3://{bucket}/archive/{sha[:2]}/{sha}"
    # The object really is in the bucket, under the local archive's layout.
    store = ObjectStore(f"s3://{bucket}/archive", endpoint_url=s3_server.endpoint)
    assert store.list_keys() == [f"{sha[:2]}/{sha}"]
    # Tampered bytes are caught on read; a missing object is an ArchiveError, not a crash.
    store.put_bytes(f"{sha[:2]}/{sha}", b"edited")
    with pytest.raises(ArchiveError, match="corrupt"):
        archive.get(sha)
    with pytest.raises(ArchiveError, match="missing"):
        archive.get("0" * 64)
    with pytest.raises(ArchiveError, match="not a sha256"):
        archive.get("../../etc/passwd")


def test_a_file_url_goes_through_fsspec_and_a_path_stays_the_local_archive(tmp_path: Path) -> None:
    local = open_archive(load_settings({"REGWATCH_ARCHIVE_DIR": str(tmp_path / "plain")}))
    assert type(local) is Archive
    through = open_archive(load_settings({"REGWATCH_ARCHIVE_DIR": f"file://{tmp_path}/fs"}))
    assert isinstance(through, ObjectArchive)
    sha = through.put(b"page")
    assert (tmp_path / "fs" / sha[:2] / sha).read_bytes() == b"page"
    assert not list((tmp_path / "fs").rglob(".*.tmp")), "writes go through a temporary name"


def test_object_keys_cannot_climb_out_of_the_store(tmp_path: Path) -> None:
    store = ObjectStore(str(tmp_path / "store"))
    for bad in ("../x", "a/../../x", "/etc/passwd", ".hidden", "a//b"):
        with pytest.raises(ObjectStoreError, match="not a plain object key"):
            store.put_bytes(bad, b"x")


def _digest(run_id: str) -> Digest:
    return Digest(
        generated_at=dt.datetime(2025, 11, 10, 6, 0, tzinfo=dt.UTC),
        as_of=dt.date(2025, 11, 10),
        run_id=run_id,
        changes=(),
        sources_checked_at=dt.datetime(2025, 11, 10, 5, 59, tzinfo=dt.UTC),
        fetch_failures=(),
    )


def test_digest_files_on_s3_have_the_local_names_and_content(s3_server: MotoServer, bucket: str) -> None:
    settings = load_settings(
        {"REGWATCH_DIGEST_DIR": f"s3://{bucket}/digests/", "REGWATCH_S3_ENDPOINT_URL": s3_server.endpoint}
    )
    rendered = {fmt: f"digest body ({fmt})\n" for fmt in ("md", "html", "txt", "json")}
    written = write_digest_files(settings, _digest("run-20251110"), rendered)
    assert written["md"] == f"s3://{bucket}/digests/digest-run-20251110.md"
    store = ObjectStore(f"s3://{bucket}/digests", endpoint_url=s3_server.endpoint)
    # The brief's full-detail page is written beside the four formats.
    assert store.list_keys() == [
        f"digest-run-20251110.{fmt}" for fmt in ("full.html", "html", "json", "md", "txt")
    ]
    assert store.get_bytes("digest-run-20251110.html") == b"digest body (html)\n"
    with pytest.raises(ValueError, match="cannot be used in a file name"):
        write_digest_files(settings, _digest("../escape"), rendered)


def test_defaults_are_the_embedded_layout(tmp_path: Path) -> None:
    settings = load_settings({"REGWATCH_DB": str(tmp_path / "w.duckdb")})
    assert settings.storage.backend == "local"
    assert settings.storage.archive_url is None and settings.storage.digest_url is None
    assert type(open_warehouse(settings)) is Warehouse
    assert type(open_archive(settings)) is Archive


def test_shared_backend_settings(tmp_path: Path) -> None:
    settings = load_settings(
        {
            "REGWATCH_DB": str(tmp_path / "w.duckdb"),
            "REGWATCH_WAREHOUSE_BACKEND": "Shared",
            "REGWATCH_POSTGRES_URL": "postgresql://regwatch@db.internal:5432/regwatch",
            "REGWATCH_SNAPSHOT_URL": "s3://regwatch/snapshots/",
            "REGWATCH_SNAPSHOT_KEEP": "4",
        }
    )
    storage = settings.storage
    assert storage.backend == "shared" and storage.snapshot_url == "s3://regwatch/snapshots"
    assert storage.snapshot_cache == tmp_path / "w-snapshots" and storage.snapshot_keep == 4
    warehouse = open_warehouse(settings)  # connects lazily: nothing is contacted here
    assert isinstance(warehouse, SharedWarehouse) and warehouse.keep == 4


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"REGWATCH_WAREHOUSE_BACKEND": "ducklake"},
            "REGWATCH_WAREHOUSE_BACKEND must be one of local, shared",
        ),
        (
            {"REGWATCH_WAREHOUSE_BACKEND": "shared"},
            "needs REGWATCH_POSTGRES_URL and REGWATCH_SNAPSHOT_URL",
        ),
        (
            {"REGWATCH_WAREHOUSE_BACKEND": "shared", "REGWATCH_POSTGRES_URL": "postgresql://h/db"},
            "needs REGWATCH_SNAPSHOT_URL",
        ),
        ({"REGWATCH_POSTGRES_URL": "mysql://h/db"}, "REGWATCH_POSTGRES_URL must be a postgresql:// URL"),
        ({"REGWATCH_ARCHIVE_DIR": "gs://bucket/x"}, "REGWATCH_ARCHIVE_DIR: 'gs://bucket/x' is neither"),
        ({"REGWATCH_DIGEST_DIR": "s3:///nobucket"}, "REGWATCH_DIGEST_DIR: 's3:///nobucket' names no bucket"),
        ({"REGWATCH_S3_ENDPOINT_URL": "minio:9000"}, "REGWATCH_S3_ENDPOINT_URL must be an http"),
        ({"REGWATCH_SNAPSHOT_KEEP": "0"}, "REGWATCH_SNAPSHOT_KEEP must be at least 1"),
    ],
)
def test_bad_storage_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        load_settings(env)
