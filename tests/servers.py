"""Real servers for the tests of the shared deployment, each on a free loopback port.

- PostgreSQL from the distribution's binaries (Debian's `postgresql` package; `.ci/run` installs it):
  `initdb` and `pg_ctl` in a temporary directory, as an unprivileged user when the tests run as root
  (PostgreSQL refuses to run as root), with trust authentication on 127.0.0.1 only.
- An S3-compatible object store: moto's server mode, as a subprocess.

Outside CI a missing PostgreSQL skips the tests that need it, saying why; under CI=true it fails them,
so a CI machine without the package cannot pass by skipping.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def postgres_bindir() -> Path | None:
    """Where initdb/pg_ctl/postgres live: on PATH, else Debian's /usr/lib/postgresql/<major>/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(re.sub(r"\D", "", p.parent.parent.name) or 0),
        reverse=True,
    )
    return candidates[0].parent if candidates else None


def _unprivileged_user() -> str | None:
    """The user to run PostgreSQL as: None when we are not root; else `postgres` (Debian's) or nobody."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root and neither a `postgres` nor a `nobody` user exists")


class PostgresServer:
    """One throwaway PostgreSQL cluster: trust auth, loopback only; durability off unless `durable`
    (tests want speed; the benchmark wants commits that cost what they cost in production)."""

    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        self.durable = durable
        self.port = free_port()
        self.user = _unprivileged_user()
        self.root = Path(tempfile.mkdtemp(prefix="regwatch-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            user=self.user,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,
        )
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stdout}{result.stderr}\n{log}")

    def start(self) -> PostgresServer:
        if self.user is not None:
            shutil.chown(self.root, self.user)
        self._run(
            "initdb", "-D", str(self.data), "-U", "regwatch", "--auth=trust", "-E", "UTF8", "--no-locale"
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://regwatch@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A fresh database (dropped first if a previous test left it); returns its URL."""
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
            raise ValueError(f"not a plain database name: {name!r}")
        import psycopg2

        con = psycopg2.connect(self.url())
        try:
            con.autocommit = True
            with con.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                cur.execute(f"CREATE DATABASE {name}")
        finally:
            con.close()
        return self.url(name)


class MotoServer:
    """moto's S3-compatible server on 127.0.0.1, in its own process (so a test's GIL is not its GIL)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> MotoServer:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"moto server exited with {self.process.returncode}")
            with contextlib.suppress(httpx.HTTPError):
                httpx.get(self.endpoint, timeout=1)
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("moto server did not answer within 60 s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def env(self) -> dict[str, str]:
        """What a client needs: any credentials (moto accepts all) and the endpoint."""
        return {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
            "REGWATCH_S3_ENDPOINT_URL": self.endpoint,
        }

    def create_bucket(self, name: str) -> None:
        import s3fs

        s3fs.S3FileSystem(
            key="testing", secret="testing", endpoint_url=self.endpoint, skip_instance_cache=True
        ).mkdir(name)


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: these tests must run in CI; .ci/run installs the package)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL for the whole session (≈ 3 s to start); tests take their own databases."""
    bindir = postgres_bindir()
    if bindir is None:
        _missing("PostgreSQL server binaries not found (apt-get install postgresql)")
    assert bindir is not None
    server = PostgresServer(bindir)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        server.stop()
        _missing(f"could not start PostgreSQL from {bindir}: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def s3_server() -> Iterator[MotoServer]:
    server = MotoServer().start()
    try:
        yield server
    finally:
        server.stop()
