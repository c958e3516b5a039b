"""The one HTTP client regwatch uses to talk to MOFCOM.

Government sites are slow, rate-sensitive and occasionally hostile to crawlers, and the URLs we fetch
come partly from pages we parse. So the client is polite (identifiable User-Agent, per-host spacing,
conditional GETs), bounded (timeouts, a total deadline, a size cap, a retry budget), and closed (only
allow-listed hosts, every redirect hop re-checked, no private addresses). Network trouble never raises:
it comes back as a `FetchResult` with `error` set, so one bad URL cannot abort a crawl and every failure
can be recorded. No dagster here: the resource wraps this class.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import ipaddress
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

DEFAULT_USER_AGENT = "regwatch/0.1 (+export-control monitoring; contact: set REGWATCH_CONTACT)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ALLOWED_SCHEMES = frozenset({"http", "https"})


@dataclass(frozen=True, kw_only=True)
class FetchSettings:
    """`allowed_hosts` holds "host", "host:port" or "*.domain" entries and has no default on purpose:
    a fetcher that may go anywhere is the one thing this module must not be."""

    user_agent: str = DEFAULT_USER_AGENT
    allowed_hosts: frozenset[str]
    rate_limit: float = 1.0  # requests per second per host; <= 0 disables spacing
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 60.0  # per attempt, across its redirect hops and the whole body
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
        if self.max_bytes <= 0 or self.max_retries < 0 or self.max_redirects < 0:
            raise ValueError("max_bytes must be > 0, max_retries and max_redirects >= 0")


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


class _Refused(Exception):
    """Internal: a URL failed the allow-list / scheme / private-address check."""


class Fetcher:
    """Not for sharing across processes; safe to share across threads (slots and counters are locked)."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._owns_client = client is None
        # Timeouts and User-Agent are also sent per request, so an injected client behaves the same.
        self._timeout = httpx.Timeout(
            connect=settings.connect_timeout,
            read=settings.read_timeout,
            write=settings.read_timeout,
            pool=settings.connect_timeout,
        )
        self._client = client or httpx.Client(follow_redirects=False, timeout=self._timeout)
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
    ) -> FetchResult:
        request_headers = dict(headers or {})
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        return self._fetch("GET", url, request_headers, None, conditional=bool(etag or last_modified))

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
        if self._owns_client:
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
        self, method: str, url: str, headers: dict[str, str], body: bytes | None, *, conditional: bool
    ) -> FetchResult:
        started = self._clock()
        try:
            self._check_url(url)
        except _Refused as exc:
            return self._result(
                method, url, _Outcome(final_url=url, error=f"refused: {exc}"), 0, started, conditional
            )

        attempts = 0
        outcome = _Outcome(final_url=url)
        while True:
            attempts += 1
            outcome = self._attempt(method, url, headers, body)
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

    def _attempt(self, method: str, url: str, headers: dict[str, str], body: bytes | None) -> _Outcome:
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
                self._check_url(target)
            except _Refused as exc:
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
                headers={"User-Agent": self.settings.user_agent, **headers},
                content=body,
                timeout=self._timeout,
            )
            response = self._client.send(request, stream=True, follow_redirects=False)
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

    def _read(self, url: str, response: httpx.Response, deadline: float) -> _Outcome:
        status = response.status_code
        outcome = _Outcome(final_url=url, status=status, headers=response.headers)
        if status in REDIRECT_STATUSES:
            return outcome
        if status == 304:
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
        if declared is not None and declared > cap:
            outcome.error = f"too large: Content-Length {declared} exceeds max_bytes {cap}"
            return outcome

        chunks: list[bytes] = []
        received = 0
        try:
            for chunk in response.iter_bytes():
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
                chunks.append(chunk)
        except httpx.TimeoutException as exc:
            outcome.error = f"timeout while reading body: {type(exc).__name__}: {exc}"
            outcome.retryable = True
            return outcome
        except httpx.DecodingError as exc:
            outcome.error = f"undecodable body ({response.headers.get('Content-Encoding')}): {exc}"
            outcome.retryable = True
            return outcome
        except httpx.TransportError as exc:
            outcome.error = f"truncated body: {type(exc).__name__}: {exc}"
            outcome.retryable = True
            return outcome

        data = b"".join(chunks)
        encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
        if declared is not None and not encoded and len(data) != declared:
            outcome.error = f"truncated body: received {len(data)} of {declared} bytes"
            outcome.retryable = True
            return outcome
        outcome.body = data
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

    def _check_url(self, url: str) -> None:
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise _Refused(f"malformed URL {url!r}: {exc}") from exc
        scheme = parts.scheme.lower()
        if scheme not in _ALLOWED_SCHEMES:
            raise _Refused(f"scheme {scheme or '(none)'!r} is not allowed in {url!r}")
        host = (parts.hostname or "").rstrip(".")
        if not host:
            raise _Refused(f"no host in {url!r}")
        allowed = self.settings.allowed_hosts
        explicitly_allowed = host in allowed or (port is not None and f"{host}:{port}" in allowed)
        if _is_private_address(host) and not explicitly_allowed:
            raise _Refused(f"host {host} is a private, loopback or link-local address")
        if not explicitly_allowed and not _matches_wildcard(host, allowed):
            raise _Refused(f"host {host} is not allowed")

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


def _is_private_address(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


def _matches_wildcard(host: str, allowed: frozenset[str]) -> bool:
    """`*.mofcom.gov.cn` in allowed_hosts admits every MOFCOM sub-site (www, aqygzj, xkzj, exportcontrol…)."""
    return any(entry.startswith("*.") and host.endswith(entry[1:]) for entry in allowed)
