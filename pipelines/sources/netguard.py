"""Where the fetcher may connect, checked twice: on the URL, and on the address actually dialled.

The allow-list lives here, in one place, for every request regwatch makes to a source:

- `scheme://host:port` (what the default derives from the listing URLs): that origin only.
- `host`: that host on the standard ports (80, 443), http or https.
- `*.domain`: every sub-domain of `domain` on the standard ports.
- `host:port`: that exact host and port. The only form that also lifts the private-address refusal:
  the operator named a loopback demo or a mirror on the intranet on purpose, port included.

Private, loopback, link-local, shared and reserved addresses are refused after DNS resolution, at
connect time: the check looks at the address the socket is opened to, so a public name resolving to
127.0.0.1 (or re-resolving to it between a check and the connect) gets nowhere. `GuardedBackend` is an
httpcore network backend that resolves, filters, dials the address it checked, and bounds every read,
write and handshake by one deadline for the whole exchange, so a server dripping its headers one byte
at a time cannot hold a request past it (a per-read timeout alone restarts with every byte).
"""

from __future__ import annotations

import concurrent.futures
import functools
import ipaddress
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

ALLOWED_SCHEMES = frozenset({"http", "https"})
STANDARD_PORTS = frozenset({80, 443})
_DEFAULT_PORTS = {"http": 80, "https": 443}
DEADLINE_MESSAGE = "total deadline of the exchange exceeded"

Resolver = Callable[[str, int], list[str]]
_RESOLVERS: dict[int, concurrent.futures.ThreadPoolExecutor] = {}


def _resolver_pool() -> concurrent.futures.ThreadPoolExecutor:
    # One pool per process: a pool inherited through fork() counts threads the child does not have.
    pid = os.getpid()
    if pid not in _RESOLVERS:
        _RESOLVERS[pid] = concurrent.futures.ThreadPoolExecutor(
            max_workers=4, thread_name_prefix="regwatch-dns"
        )
    return _RESOLVERS[pid]


class Refused(Exception):
    """A URL or an address failed the allow-list, scheme or private-address rules. Never retried."""


@dataclass(frozen=True)
class HostRule:
    host: str  # exact host, or the domain of a wildcard
    wildcard: bool = False
    scheme: str | None = None  # None: http or https
    port: int | None = None  # None: the standard ports
    private_ok: bool = False  # only exact `host:port` entries

    def matches(self, scheme: str, host: str, port: int) -> bool:
        if self.scheme is not None and scheme != self.scheme:
            return False
        if self.port is None:
            if port not in STANDARD_PORTS:
                return False
        elif port != self.port:
            return False
        if self.wildcard:
            return host.endswith("." + self.host)
        return host == self.host


def _split_host_port(text: str) -> tuple[str, int | None]:
    parts = urlsplit("//" + text)
    try:
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"bad port in allow-list entry {text!r}") from exc
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise ValueError(f"no host in allow-list entry {text!r}")
    return host, port


def parse_rule(entry: str) -> HostRule:
    """One allow-list entry (see the module docstring for the four forms)."""
    text = entry.strip().lower()
    if "://" in text:
        parts = urlsplit(text)
        scheme = parts.scheme
        if scheme not in ALLOWED_SCHEMES:
            raise ValueError(f"allow-list entry {entry!r}: scheme must be http or https")
        host, port = _split_host_port(parts.netloc)
        return HostRule(host=host, scheme=scheme, port=port or _DEFAULT_PORTS[scheme])
    if text.startswith("*."):
        host, port = _split_host_port(text[2:])
        return HostRule(host=host, wildcard=True, port=port)
    host, port = _split_host_port(text)
    return HostRule(host=host, port=port, private_ok=port is not None)


def parse_rules(entries: Iterable[str]) -> tuple[HostRule, ...]:
    return tuple(parse_rule(e) for e in entries if e.strip())


def is_public_address(text: str) -> bool:
    """False for private, loopback, link-local, shared (CGNAT), multicast, reserved and unspecified."""
    address = ipaddress.ip_address(text.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )


def is_loopback_host(host: str) -> bool:
    """`localhost` or a loopback literal: traffic that never leaves the machine (no DNS asked)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _literal_ip(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


class AllowList:
    """The configured rules plus, per request, extra rules (attachments on MOFCOM's sub-sites)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.rules = parse_rules(entries)

    def private_ok(self, host: str, port: int) -> bool:
        return any(r.private_ok and r.host == host and r.port == port for r in self.rules)

    def check_url(self, url: str, extra: tuple[HostRule, ...] = ()) -> None:
        """Raise `Refused` unless `url` is http(s) to an allowed origin; literal private IPs fail here,
        names are checked again once resolved (`GuardedBackend`)."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise Refused(f"malformed URL {url!r}: {exc}") from exc
        scheme = parts.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise Refused(f"scheme {scheme or '(none)'!r} is not allowed in {url!r}")
        host = (parts.hostname or "").rstrip(".").lower()
        if not host:
            raise Refused(f"no host in {url!r}")
        port = port or _DEFAULT_PORTS[scheme]
        literal = _literal_ip(host)
        if literal is not None and not is_public_address(literal) and not self.private_ok(host, port):
            raise Refused(f"host {host} is a private, loopback or link-local address")
        if not any(r.matches(scheme, host, port) for r in (*self.rules, *extra)):
            shown = host if port in STANDARD_PORTS else f"{host}:{port}"
            raise Refused(f"host {shown} is not allowed ({scheme})")


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class _DeadlineStream(httpcore.NetworkStream):
    """Every read, write and TLS handshake gets at most the time left before the exchange's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, backend: GuardedBackend) -> None:
        self._inner = inner
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, self._backend.bounded(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout:
            self._backend.raise_if_expired(httpcore.ReadTimeout)
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, self._backend.bounded(timeout, httpcore.WriteTimeout))
        except httpcore.WriteTimeout:
            self._backend.raise_if_expired(httpcore.WriteTimeout)
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = self._backend.bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, dialling only addresses the allow-list permits, within a deadline."""

    def __init__(self, allow: AllowList, *, resolver: Resolver = system_resolver) -> None:
        self._allow = allow
        self._resolver = resolver
        self._inner = httpcore.SyncBackend()
        self._local = threading.local()  # the deadline of the exchange running on this thread

    @contextmanager
    def deadline(self, seconds: float) -> Iterator[None]:
        """Everything this thread sends or receives inside the block ends `seconds` from now."""
        previous = getattr(self._local, "deadline", None)
        self._local.deadline = time.monotonic() + seconds
        try:
            yield
        finally:
            self._local.deadline = previous

    def raise_if_expired(self, error: type[Exception]) -> None:
        """Name the deadline when it, not the per-operation timeout, is what ran out."""
        deadline = getattr(self._local, "deadline", None)
        if deadline is not None and time.monotonic() >= deadline - 0.01:
            raise error(DEADLINE_MESSAGE)

    def bounded(self, timeout: float | None, error: type[Exception]) -> float | None:
        deadline = getattr(self._local, "deadline", None)
        if deadline is None:
            return timeout
        left = deadline - time.monotonic()
        if left <= 0:
            raise error(DEADLINE_MESSAGE)
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        name = host.rstrip(".").lower()
        addresses = self._resolve(name, port, self.bounded(timeout, httpcore.ConnectTimeout))
        permitted = [a for a in addresses if is_public_address(a) or self._allow.private_ok(name, port)]
        if not permitted:
            raise Refused(
                f"host {name} resolves to {', '.join(addresses) or 'nothing'}: a private, loopback or "
                "link-local address (list the exact host:port in REGWATCH_ALLOWED_HOSTS to allow it)"
            )
        # Dial the addresses that were checked, never the name again (no second, different answer).
        failure: Exception | None = None
        for address in permitted:
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=self.bounded(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
                continue
            return _DeadlineStream(stream, self)
        assert failure is not None
        raise failure

    def _resolve(self, name: str, port: int, timeout: float | None) -> list[str]:
        """The resolver's answer within the time left: getaddrinfo has no timeout of its own, so it
        runs on a worker thread and is abandoned (left to the system resolver's own limit) at the deadline."""
        future = _resolver_pool().submit(self._resolver, name, port)
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            self.raise_if_expired(httpcore.ConnectTimeout)
            raise httpcore.ConnectTimeout(f"resolving {name} took longer than {timeout:g} s") from None

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise Refused("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs ~0.4 s; one context is safe to share between clients and threads.
    return httpx.create_ssl_context(trust_env=False)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport with its connection pool built on `GuardedBackend`.

    No proxies from the environment: through a proxy the connect-time check would see the proxy, not
    the server. TLS verification is httpx's default; SNI and certificate checks use the URL's host name
    (httpcore passes it to the handshake), not the dialled address.
    """

    def __init__(self, backend: GuardedBackend) -> None:
        context = _ssl_context()
        super().__init__(verify=context, trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=10,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=backend,
        )
