"""The one HTTP client regwatch uses to talk to MOFCOM.

Government sites are slow, rate-sensitive and occasionally hostile to crawlers, and the URLs we fetch
come partly from pages we parse. So the client is polite (identifiable User-Agent, per-host spacing,
conditional GETs), bounded (one deadline per exchange, a size cap on the *decompressed* body, a retry
budget), and closed (only allow-listed origins, every redirect hop re-checked, no private addresses at
connect time: see `pipelines.sources.netguard`). Network trouble never raises: it comes back as a `FetchResult`
with `error` set, so one bad URL cannot abort a crawl and every failure can be recorded. No dagster
here: the resource wraps this class.

Bodies are read raw and decompressed here, not by httpx: httpx inflates before any cap can apply, so a
few KB of `Content-Encoding: gzip, gzip` became gigabytes in memory. One layer of gzip or deflate is
accepted, inflated in bounded steps, and cut off at `max_bytes` of output.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import io
import random
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

from pipelines.sources.netguard import (
    AllowList,
    GuardedBackend,
    GuardedTransport,
    HostRule,
    Refused,
    Resolver,
    parse_rules,
    system_resolver,
)

DEFAULT_USER_AGENT = "regwatch/0.1 (+export-control monitoring; contact: set REGWATCH_CONTACT)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# What we can inflate in bounded steps; anything else (br, zstd, compress) is refused, not stored raw.
SUPPORTED_ENCODINGS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}
ACCEPT_ENCODING = "gzip, deflate"
INFLATE_STEP = 64 * 1024
MOFCOM_ATTACHMENT_HOSTS = frozenset({"*.mofcom.gov.cn"})


@dataclass(frozen=True, kw_only=True)
class FetchSettings:
    """`allowed_hosts` holds "scheme://host:port", "host", "host:port" or "*.domain" entries (see
    `pipelines.sources.netguard`) and has no default on purpose: a fetcher that may go anywhere is the one thing
    this module must not be. `attachment_hosts` are allowed in addition for attachments only."""

    user_agent: str = DEFAULT_USER_AGENT
    allowed_hosts: frozenset[str]
    attachment_hosts: frozenset[str] = MOFCOM_ATTACHMENT_HOSTS
    rate_limit: float = 1.0  # requests per second per host; <= 0 disables spacing
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0  # per attempt: connect, headers and body of every redirect hop
    max_bytes: int = 20 * 1024 * 1024
    max_retries: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_redirects: int = 5

    def __post_init__(self) -> None:
        # Normalise here so a caller passing a plain set or "WWW.MOFCOM.GOV.CN" still gets what they meant.
        object.__setattr__(
            self, "allowed_hosts", frozenset(h.strip().lower().rstrip(".") for h in self.allowed_hosts)
        )
        object.__setattr__(
            self, "attachment_hosts", frozenset(h.strip().lower() for h in self.attachment_hosts)
        )
        if self.max_bytes <= 0 or self.max_retries < 0 or self.max_redirects < 0:
            raise ValueError("max_bytes must be > 0, max_retries and max_redirects >= 0")
        parse_rules(self.allowed_hosts | self.attachment_hosts)  # a malformed entry fails here, not later


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    method: str
    status: int | None  # None when no HTTP response arrived (refused, connection error)
    body: bytes | None  # None on 304 or error
    content_type: str | None
    etag: str | None
    last_modified: str | None
    sha256: str | None
    nbytes: int
    not_modified: bool  # 304 answered to a conditional request
    conditional: bool  # request carried If-None-Match / If-Modified-Since
    error: str | None
    attempts: int
    elapsed_ms: int

    @property
    def ok(self) -> bool:
        return (
            self.status is not None and 200 <= self.status < 300 and self.body is not None and not self.error
        )


@dataclass
class _Outcome:
    """What one attempt produced, plus whether another attempt could help."""

    final_url: str
    status: int | None = None
    body: bytes | None = None
    headers: httpx.Headers | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    not_modified: bool = False


class _BodyError(Exception):
    """Internal: the body cannot be accepted (too large, undecodable, truncated)."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class _CappedBuffer:
    """The body as it arrives, in memory that never exceeds `cap` bytes (plus BytesIO's few bytes).

    BytesIO grows by 1/8 when appended to in small writes, which would put a body at the cap an eighth
    over it. Here capacity is reserved explicitly: doubling, and straight to `cap` rather than to within
    an eighth of it, so BytesIO always allocates exactly what is asked. `getvalue()` then hands over the
    buffer without copying it.
    """

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.size = 0
        self._capacity = 0
        self._io = io.BytesIO()

    def write(self, chunk: bytes, what: str = "") -> None:
        needed = self.size + len(chunk)
        if needed > self.cap:
            raise _BodyError(f"too large: body exceeded max_bytes {self.cap}{what} while streaming")
        if needed > self._capacity:
            capacity = max(needed, 2 * self._capacity, INFLATE_STEP)
            if capacity * 9 > self.cap * 8:
                capacity = self.cap
            self._io.seek(capacity - 1)
            self._io.write(b"\0")  # reserve: BytesIO allocates exactly this when the jump is > 1/8
            self._io.seek(self.size)
            self._capacity = capacity
        self._io.write(chunk)
        self.size = needed

    def getvalue(self) -> bytes:
        self._io.truncate(self.size)
        return self._io.getvalue()


class _BoundedInflater:
    """Inflates one Content-Encoding layer in steps, never producing more than `cap` bytes in total.

    `decompress(data, max_length)` keeps what it could not inflate yet in `unconsumed_tail`, so the
    output grows by at most the room left under the cap whatever the compression ratio.
    """

    def __init__(self, encoding: str | None, cap: int) -> None:
        self.encoding = encoding
        self.cap = cap
        self.out = _CappedBuffer(cap)
        self._pending = b""
        self._inflater: zlib._Decompress | None = None
        self._done = False
        if encoding == "gzip":
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    @property
    def produced(self) -> int:
        return self.out.size

    def feed(self, data: bytes) -> None:
        if self.encoding is None:
            self._write(data)
            return
        if self._done:
            return  # trailing bytes after the stream's end are ignored, as browsers do
        if self._inflater is None:  # deflate: zlib-wrapped (RFC) or raw (what some servers send)
            self._pending += data
            if len(self._pending) < 2:
                return
            head = self._pending
            zlib_wrapped = (head[0] & 0x0F) == 8 and ((head[0] << 8) | head[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)
            data, self._pending = self._pending, b""
        self._inflate(data)

    def _inflate(self, data: bytes) -> None:
        assert self._inflater is not None
        try:
            while data:
                # Small steps: one byte over the cap is enough to know, and no step holds more than
                # INFLATE_STEP bytes besides what is already kept.
                room = min(self.cap - self.produced + 1, INFLATE_STEP)
                chunk = self._inflater.decompress(data, room)
                self._write(chunk)
                if self._inflater.eof:
                    rest = self._inflater.unused_data
                    if self.encoding == "gzip" and rest.startswith(b"\x1f\x8b"):
                        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # another gzip member
                        data = rest
                        continue
                    self._done = True
                    return
                data = self._inflater.unconsumed_tail
                if not chunk and data:
                    raise _BodyError("undecodable body: the inflater made no progress")
        except zlib.error as exc:
            raise _BodyError(f"undecodable body ({self.encoding}): {exc}") from exc

    def _write(self, chunk: bytes) -> None:
        self.out.write(chunk, f" after {self.encoding} decoding" if self.encoding else "")

    def finish(self) -> bytes:
        if self.encoding is not None and not self._done:
            if self._inflater is None and not self._pending and self.produced == 0:
                return b""  # an empty body labelled as compressed
            raise _BodyError(f"truncated body: the {self.encoding} stream ended early", retryable=True)
        return self.out.getvalue()


def content_encoding(headers: httpx.Headers) -> str | None:
    """The one supported Content-Encoding layer, None for identity; `_BodyError` for anything else."""
    layers = [
        token.strip().lower()
        for value in headers.get_list("Content-Encoding")
        for token in value.split(",")
        if token.strip() and token.strip().lower() != "identity"
    ]
    if len(layers) > 1:
        raise _BodyError(
            f"refused: {len(layers)} stacked Content-Encoding layers ({', '.join(layers)}); one at most"
        )
    if not layers:
        return None
    if layers[0] not in SUPPORTED_ENCODINGS:
        raise _BodyError(f"refused: unsupported Content-Encoding {layers[0]!r}")
    return SUPPORTED_ENCODINGS[layers[0]]


class Fetcher:
    """Not for sharing across processes; safe to share across threads (slots and counters are locked)."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.settings = settings
        self._allow = AllowList(settings.allowed_hosts)
        self._attachment_rules: tuple[HostRule, ...] = parse_rules(settings.attachment_hosts)
        # Timeouts and User-Agent are sent per request; the whole-exchange deadline is the backend's.
        self._timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        )
        self._backend = GuardedBackend(self._allow, resolver=resolver)
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=self._timeout,
            transport=GuardedTransport(self._backend),
            trust_env=False,
        )
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self.requests_sent = 0
        self.bytes_received = 0
        self.not_modified_count = 0

    # --- public API ------------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        headers: Mapping[str, str] | None = None,
        attachment: bool = False,
    ) -> FetchResult:
        """`attachment=True` also admits `attachment_hosts` (MOFCOM's sub-sites on the standard ports):
        annexes are often served from another MOFCOM host than the page that links them."""
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        extra = self._attachment_rules if attachment else ()
        return self._fetch(
            "GET", url, request_headers, None, conditional=bool(etag or last_modified), extra=extra
        )

    def post_form(
        self, url: str, data: Mapping[str, str], *, headers: Mapping[str, str] | None = None
    ) -> FetchResult:
        """POST a form the way the exportcontrol portal's own JavaScript does.

        Without X-Requested-With the portal answers 200 with every Chinese character replaced by '?'.
        The API is a read-only query, so retrying a POST is safe here.
        """
        request_headers = {
            "X-Requested-With": "XMLHttpRequest",
            "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
            **(headers or {}),
        }
        body = urlencode(dict(data)).encode("utf-8")
        return self._fetch("POST", url, request_headers, body, conditional=False)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- the retry loop ----------------------------------------------------------------------------

    def _fetch(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        *,
        conditional: bool,
        extra: tuple[HostRule, ...] = (),
    ) -> FetchResult:
        started = self._clock()
        try:
            self._allow.check_url(url, extra)
        except Refused as exc:
            return self._result(
                method, url, _Outcome(final_url=url, error=f"refused: {exc}"), 0, started, conditional
            )

        attempts = 0
        outcome = _Outcome(final_url=url)
        while True:
            attempts += 1
            outcome = self._attempt(method, url, headers, body, extra)
            if not outcome.retryable or attempts > self.settings.max_retries:
                break
            self._sleep(self._backoff(attempts, outcome.retry_after))
        if outcome.error and outcome.retryable:
            outcome.error = f"{outcome.error} (gave up after {attempts} attempts)"
        return self._result(method, url, outcome, attempts, started, conditional)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.settings.backoff_max)
        # Full jitter: spreads retries of many workers instead of having them hit the server in step.
        ceiling = min(self.settings.backoff_max, self.settings.backoff_base * 2 ** (attempt - 1))
        return self._rng.uniform(0.0, ceiling)

    # --- one attempt: redirect hops, each checked --------------------------------------------------

    def _attempt(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        extra: tuple[HostRule, ...],
    ) -> _Outcome:
        # One deadline for the attempt: the backend bounds every socket operation by it in real time;
        # the clock check between hops also holds under an injected clock.
        with self._backend.deadline(self.settings.total_timeout):
            return self._hops(method, url, headers, body, extra)

    def _hops(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes | None,
        extra: tuple[HostRule, ...],
    ) -> _Outcome:
        deadline = self._clock() + self.settings.total_timeout
        current, hop_method, hop_body, hop_headers = url, method, body, dict(headers)
        for _hop in range(self.settings.max_redirects + 1):
            if self._clock() > deadline:
                return _Outcome(
                    final_url=current,
                    error=f"timeout: total deadline of {self.settings.total_timeout}s exceeded",
                    retryable=True,
                )
            outcome = self._exchange(hop_method, current, hop_headers, hop_body, deadline)
            if outcome.status not in REDIRECT_STATUSES or outcome.headers is None:
                return outcome
            location = outcome.headers.get("Location")
            if not location:
                outcome.error = f"HTTP {outcome.status} without a Location header"
                return outcome
            target = urljoin(current, location.strip())
            try:
                self._allow.check_url(target, extra)
            except Refused as exc:
                outcome.error = f"refused redirect to {target}: {exc}"
                return outcome
            if outcome.status == 303 or (outcome.status in (301, 302) and hop_method == "POST"):
                # What browsers do, and what the server expects after a form POST.
                hop_method, hop_body = "GET", None
                hop_headers = {k: v for k, v in hop_headers.items() if k.lower() != "content-type"}
            current = target
        return _Outcome(
            final_url=current,
            status=outcome.status,
            error=f"too many redirects (more than {self.settings.max_redirects})",
        )

    def _exchange(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, deadline: float
    ) -> _Outcome:
        self._wait_for_slot(urlsplit(url).hostname or "")
        with self._lock:
            self.requests_sent += 1
        try:
            request = self._client.build_request(
                method,
                url,
                headers={
                    "User-Agent": self.settings.user_agent,
                    "Accept-Encoding": ACCEPT_ENCODING,
                    **headers,
                },
                content=body,
                timeout=self._timeout,
            )
            response = self._client.send(request, stream=True, follow_redirects=False)
        except Refused as exc:
            return _Outcome(final_url=url, error=f"refused: {exc}")
        except httpx.TimeoutException as exc:
            return _Outcome(final_url=url, error=f"timeout: {type(exc).__name__}: {exc}", retryable=True)
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL) as exc:
            return _Outcome(final_url=url, error=f"bad request: {exc}")
        except httpx.TransportError as exc:
            return _Outcome(
                final_url=url, error=f"connection failed: {type(exc).__name__}: {exc}", retryable=True
            )

        try:
            return self._read(url, response, deadline)
        finally:
            response.close()

    def _read(self, url: str, response: httpx.Response, deadline: float) -> _Outcome:  # noqa: C901 — the bounded body read: size cap, inflation, deadline and chunk handling in one loop
        status = response.status_code
        outcome = _Outcome(final_url=url, status=status, headers=response.headers)
        if status in REDIRECT_STATUSES:
            return outcome
        if status == 304:
            # A 304 has no body; reading its end lets the connection go back to the pool (closing an
            # unread response drops it), so a night's revalidations share one connection per host.
            response.read()
            outcome.not_modified = True
            with self._lock:
                self.not_modified_count += 1
            return outcome
        if status == 429 or status >= 500:
            outcome.error = f"HTTP {status}"
            outcome.retryable = True
            outcome.retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return outcome
        if not 200 <= status < 300:
            outcome.error = f"HTTP {status}"
            return outcome

        cap = self.settings.max_bytes
        declared = _content_length(response.headers)
        try:
            inflater = _BoundedInflater(content_encoding(response.headers), cap)
        except _BodyError as exc:
            outcome.error = str(exc)
            return outcome
        if declared is not None and declared > cap:
            outcome.error = f"too large: Content-Length {declared} exceeds max_bytes {cap}"
            return outcome

        received = 0
        try:
            for chunk in response.iter_raw():
                received += len(chunk)
                with self._lock:
                    self.bytes_received += len(chunk)
                if received > cap:
                    outcome.error = f"too large: body exceeded max_bytes {cap} while streaming"
                    return outcome
                if self._clock() > deadline:
                    outcome.error = f"timeout: total deadline of {self.settings.total_timeout}s exceeded"
                    outcome.retryable = True
                    return outcome
                inflater.feed(chunk)
            if declared is not None and received != declared:
                outcome.error = f"truncated body: received {received} of {declared} bytes"
                outcome.retryable = True
                return outcome
            outcome.body = inflater.finish()
        except _BodyError as exc:
            outcome.error = str(exc)
            outcome.retryable = exc.retryable
        except httpx.TimeoutException as exc:
            outcome.error = f"timeout while reading body: {type(exc).__name__}: {exc}"
            outcome.retryable = True
        except httpx.TransportError as exc:
            outcome.error = f"truncated body: {type(exc).__name__}: {exc}"
            outcome.retryable = True
        return outcome

    # --- politeness and safety ---------------------------------------------------------------------

    def _wait_for_slot(self, host: str) -> None:
        if self.settings.rate_limit <= 0:
            return
        interval = 1.0 / self.settings.rate_limit
        with self._lock:
            now = self._clock()
            start = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = start + interval
        if start > now:
            self._sleep(start - now)

    def _result(
        self, method: str, url: str, outcome: _Outcome, attempts: int, started: float, conditional: bool
    ) -> FetchResult:
        headers = outcome.headers or httpx.Headers()
        error = outcome.error
        if error is None and outcome.not_modified and not conditional:
            error = "HTTP 304 to a request that was not conditional"
        body = outcome.body if error is None else None
        return FetchResult(
            url=url,
            final_url=outcome.final_url,
            method=method,
            status=outcome.status,
            body=body,
            content_type=headers.get("Content-Type"),
            etag=headers.get("ETag"),
            last_modified=headers.get("Last-Modified"),
            sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
            nbytes=len(body) if body is not None else 0,
            not_modified=outcome.not_modified and error is None,
            conditional=conditional,
            error=error,
            attempts=attempts,
            elapsed_ms=max(0, round((self._clock() - started) * 1000)),
        )


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait per a Retry-After header (delta-seconds or HTTP-date); None if absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    reference = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - reference).total_seconds())


def _content_length(headers: httpx.Headers) -> int | None:
    value = headers.get("Content-Length")
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())
