"""A fault-injecting web server on loopback, and the helpers the reliability tests share.

`FaultServer` speaks just enough HTTP/1.1 over raw sockets to misbehave in ways a well-behaved
framework will not: answer slowly, reset the connection, promise more bytes than it sends, stream
far past any size cap, loop redirects. Every path can be given a behaviour; anything else is served
from a MOFCOM-layout replay (`pipelines/demo_site`, night by night, with ETag/Last-Modified and 304s,
as `pipelines.sources.replay` does), so one article of an otherwise normal site can misbehave. POSTs to a
path registered with `sink()` are recorded (a webhook receiver).

The server is bounded: it binds 127.0.0.1 only, answers at most `max_requests` requests (then 503
and `exhausted` is set), and stops itself after `max_seconds` of wall-clock time, releasing every
slow response that is still waiting. Tests assert `not server.exhausted`.

The helpers below (`fast_fetcher`, `night_env`, `run_night`, `core_state`, `check_invariants`,
`record_figure`) are what test_faults / test_crash / test_concurrency / test_hostile build on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gzip
import hashlib
import json
import os
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from pipelines.sources.replay import ReplaySite, bundled_site

LOOPBACK = "127.0.0.1"
_NIGHT_EPOCH = 1_760_000_000
_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    404: "Not Found",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


# --------------------------------------------------------------------------------------------------
# The server


@dataclass
class Request:
    method: str
    path: str  # path only, query stripped
    target: str  # as sent
    headers: dict[str, str]  # lower-cased names
    body: bytes
    conn: socket.socket
    server: FaultServer

    def send(
        self,
        status: int,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        *,
        content_length: int | None = None,
        close: bool = True,
    ) -> None:
        """Write a complete response; `content_length` may lie (truncation)."""
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        merged = {k.lower(): (k, v) for k, v in (headers or {}).items()}
        for _, (name, value) in merged.items():
            lines.append(f"{name}: {value}")
        if status != 304 and "content-length" not in merged and "transfer-encoding" not in merged:
            lines.append(f"Content-Length: {len(body) if content_length is None else content_length}")
        if close:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.conn.sendall(head + (body if self.method != "HEAD" and status != 304 else b""))


Behaviour = Callable[[Request], str]  # answers the request, returns a short label for the log


class FaultServer:
    """Threaded raw-socket HTTP server on 127.0.0.1 with per-path behaviours and hard bounds."""

    def __init__(
        self,
        site: ReplaySite | None = None,
        *,
        night: int = 1,
        max_requests: int = 2000,
        max_seconds: float = 120.0,
        host: str = LOOPBACK,
    ) -> None:
        if host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("the fault server binds loopback only")
        self.site = site if site is not None else bundled_site()
        self.night = night
        self.routes: dict[str, Behaviour] = {}
        self.pages: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type), served like site files
        self.posts: dict[str, list[bytes]] = {}
        self.log: list[tuple[str, str, str]] = []
        self.requests: Counter[str] = Counter()
        self.max_requests = max_requests
        self.max_seconds = max_seconds
        self.exhausted = False
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._served = 0
        self._started_at = 0.0
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 64

        self._tcp = Server((host, 0), Handler)
        self._thread = threading.Thread(
            target=self._tcp.serve_forever, kwargs={"poll_interval": 0.05}, name="fault-server", daemon=True
        )
        self._timer = threading.Timer(max_seconds, self.stop)
        self._timer.daemon = True

    # -- lifecycle ---------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._tcp.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def host_port(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def __enter__(self) -> FaultServer:
        self._started_at = time.monotonic()
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.stopped.is_set():
            return
        self.stopped.set()  # releases every slow() still waiting
        self._timer.cancel()
        with contextlib.suppress(Exception):
            self._tcp.shutdown()
        with contextlib.suppress(Exception):
            self._tcp.server_close()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    # -- configuration -----------------------------------------------------------------------------
    def route(self, path: str, behaviour: Behaviour) -> None:
        self.routes[path] = behaviour

    def clear(self) -> None:
        """Drop every fault: the site is served normally again (pages and sinks are kept)."""
        self.routes = {p: b for p, b in self.routes.items() if getattr(b, "is_sink", False)}

    def page(self, path: str, body: bytes | str, content_type: str = "text/html") -> None:
        self.pages[path] = (body.encode("utf-8") if isinstance(body, str) else body, content_type)

    def sink(self, path: str) -> list[bytes]:
        received: list[bytes] = []
        self.posts[path] = received

        def behaviour(req: Request) -> str:
            with self._lock:
                received.append(req.body)
            req.send(200, b"ok", {"Content-Type": "text/plain"})
            return "sink"

        behaviour.is_sink = True  # type: ignore[attr-defined]
        self.routes[path] = behaviour
        return received

    def served(self, path: str) -> list[str]:
        return [label for _, p, label in self.log if p == path]

    # -- request handling ----------------------------------------------------------------------------
    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            request = self._read_request(conn)
            if request is not None:
                request.server = self
        except (OSError, ValueError):
            return
        if request is None:
            return
        with self._lock:
            self._served += 1
            over = self._served > self.max_requests
            if over:
                self.exhausted = True
        try:
            if over or self.stopped.is_set():
                request.send(503, b"fault server budget exhausted", {"Content-Type": "text/plain"})
                label = "budget-exhausted"
            elif request.path in self.routes:
                label = self.routes[request.path](request)
            else:
                label = self._serve_site(request)
        except OSError as exc:  # the client went away (size cap, timeout): fine, record it
            label = f"client-closed:{type(exc).__name__}"
        with self._lock:
            self.log.append((request.method, request.path, label))
            self.requests[label] += 1
        with contextlib.suppress(OSError):
            conn.shutdown(socket.SHUT_WR)

    @staticmethod
    def _read_request(conn: socket.socket) -> Request | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
            if len(data) > 1 << 20:
                raise ValueError("request head too large")
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(rest) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            rest += chunk
        return Request(method, urlsplit(target).path, target, headers, rest[:length], conn, None)  # type: ignore[arg-type]

    def _serve_site(self, req: Request) -> str:
        if req.path in self.pages:
            body, content_type = self.pages[req.path]
            return serve_validated(
                req, body, content_type, last_modified=formatdate(_NIGHT_EPOCH, usegmt=True)
            )
        file = self.site.resolve(self.night, req.path)
        if file is None:
            req.send(404, b"not found", {"Content-Type": "text/plain; charset=utf-8"})
            return "404"
        body = file.read_bytes()
        night_index = next(i for i, d in enumerate(self.site.nights, 1) if d in file.parents)
        return serve_validated(
            req, body, "text/html", last_modified=formatdate(_NIGHT_EPOCH + night_index * 86400, usegmt=True)
        )


def serve_validated(req: Request, body: bytes, content_type: str, *, last_modified: str | None = None) -> str:
    """A normal 200 with an ETag, or 304 when the client already holds this body."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Content-Type": content_type}
    if last_modified:
        headers["Last-Modified"] = last_modified
    if req.headers.get("if-none-match") == etag:
        req.send(304, b"", headers)
        return "304"
    req.send(200, body, headers)
    return "200"


# --------------------------------------------------------------------------------------------------
# Behaviours (each returns a Behaviour; the label names the fault in the server log)


def ok(
    body: bytes | str, content_type: str = "text/html", headers: Mapping[str, str] | None = None
) -> Behaviour:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def behaviour(req: Request) -> str:
        req.send(200, data, {"Content-Type": content_type, **(headers or {})})
        return "200"

    return behaviour


def status(code: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Behaviour:
    def behaviour(req: Request) -> str:
        req.send(code, body or f"error {code}".encode(), {"Content-Type": "text/html", **(headers or {})})
        return str(code)

    return behaviour


def too_many_requests(retry_after: str = "0") -> Behaviour:
    return status(429, b"slow down", {"Retry-After": retry_after})


def slow(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Say nothing for `seconds` (or until the server stops), then answer as `then` (default: hang up)."""

    def behaviour(req: Request) -> str:
        # Bounded: released at once when the server stops (wall-clock cap or end of test).
        req.server.stopped.wait(min(seconds, req.server.max_seconds))
        if then is None:
            return "slow"
        return "slow+" + then(req)

    return behaviour


def reset() -> Behaviour:
    """Close with SO_LINGER 0: the client sees a TCP RST instead of a response."""

    def behaviour(req: Request) -> str:
        req.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        req.conn.close()
        return "reset"

    return behaviour


def truncated(body: bytes | str, *, declared_extra: int = 1000, content_type: str = "text/html") -> Behaviour:
    """Declare Content-Length larger than what is sent, then close."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def behaviour(req: Request) -> str:
        cut = data[: max(1, len(data) // 2)]
        req.send(200, cut, {"Content-Type": content_type}, content_length=len(data) + declared_extra)
        return "truncated"

    return behaviour


def empty() -> Behaviour:
    """200 with an empty body and no validators (what a WAF or a half-deployed CMS sends)."""

    def behaviour(req: Request) -> str:
        req.send(200, b"", {"Content-Type": "text/html"})
        return "empty-200"

    return behaviour


def redirect(location: str, code: int = 302) -> Behaviour:
    def behaviour(req: Request) -> str:
        req.send(code, b"", {"Location": location})
        return f"redirect-{code}"

    return behaviour


def huge(total_bytes: int, *, declare: bool = False, content_type: str = "text/html") -> Behaviour:
    """Stream `total_bytes` (without Content-Length unless `declare`): far over any sane size cap."""

    def behaviour(req: Request) -> str:
        head = ["HTTP/1.1 200 OK", f"Content-Type: {content_type}", "Connection: close"]
        if declare:
            head.append(f"Content-Length: {total_bytes}")
        req.conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        try:
            while sent < total_bytes and not req.server.stopped.is_set():
                req.conn.sendall(chunk)
                sent += len(chunk)
        except OSError:
            return f"huge(client stopped after {sent} bytes)"
        return f"huge({sent} bytes)"

    return behaviour


def drip_headers(interval: float = 0.1) -> Behaviour:
    """A status line and headers sent one byte every `interval` seconds, never finished: each byte
    arrives well inside any read timeout, so only a deadline on the whole exchange ends it."""

    def behaviour(req: Request) -> str:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Drip: " + b"a" * 1_000_000
        sent = 0
        try:
            for byte in head:
                if req.server.stopped.wait(interval):
                    break
                req.conn.sendall(bytes([byte]))
                sent += 1
        except OSError:
            return f"drip(client left after {sent} bytes)"
        return f"drip({sent} bytes)"

    return behaviour


@functools.cache
def gzip_bomb(megabytes: int) -> bytes:
    """A valid gzip stream of `megabytes` MB of zeros, about 1 KB per MB, built without compressing
    gigabytes: one flushed deflate block of 1 MB of zeros repeated, then the real CRC and size."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(b"\0" * (1 << 20)) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush()
    crc, zeros = 0, b"\0" * (1 << 20)
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + block * megabytes + end + struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)


def gzip_layer(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def sequence(*behaviours: Behaviour) -> Behaviour:
    """The n-th request gets the n-th behaviour; the last one repeats."""
    calls = [0]
    lock = threading.Lock()

    def behaviour(req: Request) -> str:
        with lock:
            index = min(calls[0], len(behaviours) - 1)
            calls[0] += 1
        return behaviours[index](req)

    return behaviour


def site_file(server: FaultServer, path: str) -> bytes:
    file = server.site.resolve(server.night, path)
    if file is None:
        raise FileNotFoundError(path)
    return file.read_bytes()


# --------------------------------------------------------------------------------------------------
# Runs


DEMO_LISTING = "/zwgk/zcfb/index.html"
NIGHTS = {1: "2025-10-10", 2: "2025-11-10"}
# Night-2 pages of the bundled replay, by what they are.
ART_61 = "/zwgk/zcfb/art/2025/art_78abc2f067474262a5e6753d75d979e3.html"  # new: 2025 No. 61
ART_57 = "/zwgk/zcfb/art/2025/art_8aff7b019c3f4ab3b2e7f086b40f18b1.html"  # silently corrected
ART_18 = "/zwgk/zcfb/art/2025/art_3ca1652fd8154d0dab119a0178501d3e.html"  # known, unchanged


def night_env(server: FaultServer, workdir: Path, night: int, **extra: str) -> dict[str, str]:
    env = {
        "REGWATCH_DB": str(workdir / "w.duckdb"),
        "REGWATCH_LISTING_URLS": server.url(DEMO_LISTING),
        "REGWATCH_ALLOWED_HOSTS": server.host_port,
        "REGWATCH_RATE_LIMIT": "0",
        "REGWATCH_AS_OF": NIGHTS[night],
        "REGWATCH_LOCK_TIMEOUT": "60",
    }
    env.update(extra)
    return env


def fast_fetcher(settings, **overrides):  # type: ignore[no-untyped-def]
    from pipelines.sources.fetching import Fetcher, FetchSettings

    values: dict[str, object] = dict(
        user_agent=settings.user_agent,
        allowed_hosts=settings.allowed_hosts,
        attachment_hosts=settings.attachment_hosts,
        rate_limit=0,
        max_bytes=settings.max_bytes,
        backoff_base=0.01,
        backoff_max=0.2,
        max_retries=2,
        connect_timeout=2.0,
        read_timeout=0.5,
        total_timeout=5.0,
    )
    values.update(overrides)
    return Fetcher(FetchSettings(**values))  # type: ignore[arg-type]


@dataclass
class RunOutcome:
    ok: bool
    error: BaseException | None
    log: list[str] = field(default_factory=list)
    run_id: str | None = None


def run_night(
    env: Mapping[str, str], *, fetcher_overrides: Mapping[str, object] | None = None, urgent: bool = False
) -> RunOutcome:
    """One nightly run in process (steps.run_all), fast fetcher, log captured."""
    from pipelines import steps
    from pipelines.config import load_settings

    settings = load_settings(dict(env))
    lines: list[str] = []
    fetcher = fast_fetcher(settings, **dict(fetcher_overrides or {}))
    ctx = steps.make_context(settings, trigger="nightly", log=lines.append, fetcher=fetcher)
    try:
        steps.run_all(ctx, urgent=urgent)
    except Exception as exc:  # the caller asserts on it
        return RunOutcome(False, exc, lines, ctx.run_id)
    finally:
        fetcher.close()
    return RunOutcome(True, None, lines, ctx.run_id)


def copy_warehouse(src: Path, dst: Path) -> None:
    """Copy a prepared workdir (DB + archive + digests) so each test starts from the same night."""
    import shutil

    dst.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        if item.name.endswith(".lock"):
            continue
        if item.is_dir():
            shutil.copytree(item, dst / item.name)
        else:
            shutil.copy2(item, dst / item.name)


# --------------------------------------------------------------------------------------------------
# State and invariants


def _frozen(value: object) -> object:
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    return value


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[object, ...]]:
    return sorted((tuple(_frozen(v) for v in r) for r in con.execute(sql).fetchall()), key=repr)


def core_state(db: Path | str) -> dict[str, list[tuple[object, ...]]]:
    """What a run must produce regardless of how it got there (no timestamps, run ids or counters)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "notices": _rows(
                con,
                "SELECT notice_id, number_zh, title_zh, published_on, effective_on, kind, url, "
                "current_version FROM notice_records",
            ),
            # content_hash, not the raw sha256: a copy served in another encoding (GB18030 labelled UTF-8)
            # is the same version of the notice, archived as the bytes that arrived.
            "versions": _rows(con, "SELECT notice_id, version, content_hash FROM notice_versions"),
            "entries": _rows(
                con,
                "SELECT notice_id, version, entry_key, name_zh, control_code, hs_codes FROM control_entries",
            ),
            "periods": _rows(
                con,
                "SELECT entry_key, notice_id, valid_from, valid_to, status FROM control_periods "
                "WHERE known_to_lv IS NULL",
            ),
            "alerts": _rows(con, "SELECT change_type, entry_key FROM changes WHERE alert"),
            "deliveries": _rows(
                con,
                "SELECT d.channel, c.change_type, c.entry_key FROM deliveries d "
                "JOIN changes c USING (change_id)",
            ),
            # The list in force now; intermediate list versions legitimately differ when a fault delays
            # some notices to the next run.
            "list_digests": _rows(con, "SELECT digest FROM list_versions ORDER BY list_version DESC LIMIT 1"),
        }
    finally:
        con.close()


def stored_rows(db: Path | str) -> dict[str, set[tuple[object, ...]]]:
    """Rows that, once stored, must never be lost or altered by a later run (append-only facts)."""
    con = duckdb.connect(str(db), read_only=True)
    try:

        def rows(sql: str) -> set[tuple[object, ...]]:
            return {tuple(_frozen(v) for v in r) for r in con.execute(sql).fetchall()}

        return {
            "notice_versions": rows(
                "SELECT notice_id, version, sha256, content_hash, body_zh FROM notice_versions"
            ),
            "control_entries": rows(
                "SELECT notice_id, version, entry_key, name_zh, control_code, hs_codes, quote_zh "
                "FROM control_entries"
            ),
            "notices": rows("SELECT notice_id, number_zh, url FROM notice_records"),
            "raw_objects": rows("SELECT sha256, bytes FROM raw_objects"),
            "changes": rows("SELECT change_id, change_type, entry_key, alert FROM changes"),
            "deliveries": rows("SELECT change_id, channel FROM deliveries"),
            "fetch_log": rows("SELECT fetch_id, url, status, sha256, error FROM fetch_log"),
            "data_issues": rows("SELECT issue_id, code, url, message FROM data_issues"),
            "list_versions": rows("SELECT list_version, digest FROM list_versions"),
        }
    finally:
        con.close()


def lost_rows(
    before: Mapping[str, set[tuple[object, ...]]], after: Mapping[str, set[tuple[object, ...]]]
) -> int:
    return sum(len(rows - after.get(table, set())) for table, rows in before.items())


def check_invariants(db: Path | str, archive_dir: Path | str | None = None) -> list[str]:
    """Every structural invariant of the warehouse; returns the violations (empty = consistent)."""
    problems: list[str] = []
    con = duckdb.connect(str(db), read_only=True)
    try:

        def count(sql: str) -> int:
            return int(con.execute(sql).fetchone()[0])

        checks = {
            "notice without its current version": "SELECT count(*) FROM notice_records n LEFT JOIN notice_versions v "
            "ON v.notice_id = n.notice_id AND v.version = n.current_version WHERE v.notice_id IS NULL",
            "version without its notice": "SELECT count(*) FROM notice_versions v LEFT JOIN notice_records n USING (notice_id) "
            "WHERE n.notice_id IS NULL",
            "entry without its version": "SELECT count(*) FROM control_entries e LEFT JOIN notice_versions v "
            "ON v.notice_id = e.notice_id AND v.version = e.version WHERE v.notice_id IS NULL",
            "relation without its version": "SELECT count(*) FROM notice_relations r LEFT JOIN notice_versions v "
            "ON v.notice_id = r.notice_id AND v.version = r.version WHERE v.notice_id IS NULL",
            "duplicate notice": "SELECT count(*) FROM (SELECT notice_id FROM notice_records GROUP BY 1 HAVING count(*) > 1)",
            "duplicate version": "SELECT count(*) FROM (SELECT notice_id, version FROM notice_versions GROUP BY ALL HAVING count(*) > 1)",
            "duplicate entry": "SELECT count(*) FROM (SELECT notice_id, version, entry_key FROM control_entries "
            "GROUP BY ALL HAVING count(*) > 1)",
            "duplicate change (same entry, type, run)": "SELECT count(*) FROM (SELECT run_id, change_type, entry_key FROM changes GROUP BY ALL "
            "HAVING count(*) > 1)",
            "duplicate alerted change across runs": "SELECT count(*) FROM (SELECT change_type, entry_key, notice_id, cause_notice_id, effective_on "
            "FROM changes WHERE alert GROUP BY ALL HAVING count(*) > 1)",
            "change without its notice": "SELECT count(*) FROM changes c LEFT JOIN notice_records n USING (notice_id) WHERE n.notice_id IS NULL",
            "change without its run": "SELECT count(*) FROM changes c LEFT JOIN runs r USING (run_id) WHERE r.run_id IS NULL",
            "change of a run that never built its list": "SELECT count(*) FROM changes c JOIN runs r USING (run_id) WHERE NOT r.list_built",
            "delivery without its change": "SELECT count(*) FROM deliveries d LEFT JOIN changes c USING (change_id) WHERE c.change_id IS NULL",
            "duplicate delivery": "SELECT count(*) FROM (SELECT change_id, channel FROM deliveries GROUP BY ALL HAVING count(*) > 1)",
            "list version without its run": "SELECT count(*) FROM list_versions l LEFT JOIN runs r USING (run_id) WHERE r.run_id IS NULL",
            "period of an unknown list version": "SELECT count(*) FROM control_periods p LEFT JOIN list_versions l ON l.list_version = p.known_from_lv "
            "WHERE l.list_version IS NULL",
            "period of a notice version that does not exist": "SELECT count(*) FROM control_periods p "
            "LEFT JOIN notice_versions v ON v.notice_id = p.notice_id AND v.version = p.version "
            "WHERE v.notice_id IS NULL",
            "fetch of an unknown run": "SELECT count(*) FROM fetch_log f LEFT JOIN runs r USING (run_id) WHERE r.run_id IS NULL",
            "page parsed as a notice that does not exist": "SELECT count(*) FROM pages p LEFT JOIN notice_records n USING (notice_id) "
            "WHERE p.notice_id IS NOT NULL AND n.notice_id IS NULL",
            "data issue of an unknown run": "SELECT count(*) FROM data_issues i LEFT JOIN runs r USING (run_id) WHERE r.run_id IS NULL",
        }
        for name, sql in checks.items():
            n = count(sql)
            if n:
                problems.append(f"{name}: {n}")
        # Each list version's period count matches the periods known at that version.
        for lv, periods in con.execute("SELECT list_version, periods FROM list_versions").fetchall():
            held = count(
                f"SELECT count(*) FROM control_periods WHERE known_from_lv <= {int(lv)} "
                f"AND (known_to_lv IS NULL OR known_to_lv > {int(lv)})"
            )
            if held != periods:
                problems.append(f"list version {lv} says {periods} periods, control_periods hold {held}")
        # Current periods of one entry never overlap.
        overlaps = count(
            "SELECT count(*) FROM control_periods a JOIN control_periods b ON a.entry_key = b.entry_key "
            "AND a.known_to_lv IS NULL AND b.known_to_lv IS NULL AND a.valid_from < b.valid_from "
            "AND (a.valid_to IS NULL OR a.valid_to > b.valid_from)"
        )
        if overlaps:
            problems.append(f"overlapping current periods: {overlaps}")
        if archive_dir is not None:
            from warehouse.archive import Archive, ArchiveError

            archive = Archive(archive_dir)
            for (sha,) in con.execute("SELECT sha256 FROM raw_objects").fetchall():
                try:
                    archive.get(sha)
                except ArchiveError as exc:
                    problems.append(f"raw object not in the archive: {exc}")
    finally:
        con.close()
    return problems


def webhook_change_ids(bodies: Iterable[bytes]) -> list[str]:
    ids: list[str] = []
    for body in bodies:
        payload = json.loads(body)
        ids.extend(c["change_id"] for c in payload["regwatch"]["changes"])
    return ids


# --------------------------------------------------------------------------------------------------
# Figures for docs/reliability.md (scripts/reliability_report.py sets REGWATCH_RELIABILITY_FIGURES)


def record_figure(kind: str, name: str, **values: object) -> None:
    path = os.environ.get("REGWATCH_RELIABILITY_FIGURES")
    if not path:
        return
    line = json.dumps(
        {"kind": kind, "name": name, "at": dt.datetime.now(dt.UTC).isoformat(), **values},
        ensure_ascii=False,
        default=str,
    )
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


@contextlib.contextmanager
def fault_server(**kwargs: object) -> Iterator[FaultServer]:
    with FaultServer(**kwargs) as server:  # type: ignore[arg-type]
        yield server
