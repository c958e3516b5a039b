"""The fetcher against real servers on loopback: pytest-httpserver, plus a raw socket server for the
one misbehaviour werkzeug will not produce (a body shorter than its Content-Length).

Waiting is injected: `FakeTime` advances only when the fetcher sleeps, so rate limits and backoff are
asserted exactly and the file runs in seconds.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import socket
import threading
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipelines.sources.fetching import Fetcher, FetchSettings, parse_retry_after


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


def loopback(*ports: int) -> frozenset[str]:
    """Loopback is private: only an exact host:port entry lets the fetcher reach a test server."""
    return frozenset(f"{host}:{port}" for port in ports for host in ("localhost", "127.0.0.1"))


SERVER_PORT: list[int] = []  # the pytest-httpserver port, set by the `fetcher` fixture


def make_fetcher(fake_time: FakeTime, **overrides: object) -> Fetcher:
    settings: dict[str, object] = {
        "allowed_hosts": loopback(*SERVER_PORT),
        "rate_limit": 0,
        "max_retries": 2,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
    }
    settings.update(overrides)
    return Fetcher(FetchSettings(**settings), sleep=fake_time.sleep, clock=fake_time.clock)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _server_port(httpserver: HTTPServer) -> Iterator[None]:
    SERVER_PORT[:] = [httpserver.port]
    yield
    SERVER_PORT.clear()


@pytest.fixture
def fetcher(fake_time: FakeTime) -> Iterator[Fetcher]:
    with make_fetcher(fake_time) as f:
        yield f


# --- success, conditional GET ----------------------------------------------------------------------


def test_get_then_conditional_304(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    body = "<html>商务部公告</html>".encode()
    httpserver.expect_ordered_request("/zcfb/index.html").respond_with_data(
        body,
        content_type="text/html; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Thu, 09 Oct 2025 09:37:00 GMT"},
    )
    httpserver.expect_ordered_request(
        "/zcfb/index.html", headers={"If-None-Match": '"v1"'}
    ).respond_with_data("", status=304)
    url = httpserver.url_for("/zcfb/index.html")

    first = fetcher.get(url)
    assert first.ok and first.body == body and first.status == 200
    assert (first.etag, first.last_modified) == ('"v1"', "Thu, 09 Oct 2025 09:37:00 GMT")
    assert first.content_type == "text/html; charset=utf-8"
    assert first.nbytes == len(body) and first.sha256 is not None and not first.conditional

    second = fetcher.get(url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.conditional and second.body is None and second.error is None
    assert second.status == 304 and not second.ok

    sent = httpserver.log[1][0]
    assert sent.headers["If-Modified-Since"] == "Thu, 09 Oct 2025 09:37:00 GMT"
    assert httpserver.log[0][0].headers["User-Agent"].startswith("regwatch/")
    assert (fetcher.requests_sent, fetcher.not_modified_count, fetcher.bytes_received) == (2, 1, len(body))


# --- retries ---------------------------------------------------------------------------------------


def test_retry_after_503(httpserver: HTTPServer, fetcher: Fetcher, fake_time: FakeTime) -> None:
    httpserver.expect_ordered_request("/page").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/page").respond_with_data("ok")
    result = fetcher.get(httpserver.url_for("/page"))
    assert result.ok and result.body == b"ok"
    assert result.attempts == 2 and len(httpserver.log) == 2
    assert len(fake_time.sleeps) == 1 and 0 <= fake_time.sleeps[0] <= 1.0  # full jitter within backoff_base


def test_429_honours_retry_after(httpserver: HTTPServer, fetcher: Fetcher, fake_time: FakeTime) -> None:
    httpserver.expect_ordered_request("/api").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "2"}
    )
    httpserver.expect_ordered_request("/api").respond_with_data("ok")
    result = fetcher.get(httpserver.url_for("/api"))
    assert result.ok and result.attempts == 2
    assert fake_time.sleeps == [pytest.approx(2.0)]


def test_retry_after_is_capped(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    httpserver.expect_ordered_request("/api").respond_with_data(
        "", status=503, headers={"Retry-After": "3600"}
    )
    httpserver.expect_ordered_request("/api").respond_with_data("ok")
    with make_fetcher(fake_time, backoff_max=30.0) as fetcher:
        assert fetcher.get(httpserver.url_for("/api")).ok
    assert fake_time.sleeps == [30.0]


def test_retry_after_http_date() -> None:
    now = dt.datetime(2025, 10, 9, 9, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("Thu, 09 Oct 2025 09:00:05 GMT", now=now) == 5.0
    assert parse_retry_after("Thu, 09 Oct 2025 08:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None


def test_gives_up_after_max_retries(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/down").respond_with_data("", status=502)
    result = fetcher.get(httpserver.url_for("/down"))
    assert result.status == 502 and result.attempts == 3 and len(httpserver.log) == 3
    assert result.error is not None and "HTTP 502" in result.error and result.body is None


def test_404_not_retried(httpserver: HTTPServer, fetcher: Fetcher, fake_time: FakeTime) -> None:
    httpserver.expect_request("/gone").respond_with_data("not found", status=404)
    result = fetcher.get(httpserver.url_for("/gone"))
    assert result.status == 404 and result.error == "HTTP 404" and result.body is None
    assert result.attempts == 1 and len(httpserver.log) == 1 and fake_time.sleeps == []


def test_connection_refused(fake_time: FakeTime) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with make_fetcher(fake_time, allowed_hosts=loopback(port)) as fetcher:
        result = fetcher.get(f"http://127.0.0.1:{port}/")
    assert result.status is None and result.body is None and result.attempts == 3
    assert result.error is not None and "connection failed" in result.error
    assert len(fake_time.sleeps) == 2


def test_read_timeout(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    stall = threading.Event()

    def slow(_request: Request) -> Response:
        stall.wait(1.0)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with make_fetcher(fake_time, read_timeout=0.2, max_retries=0) as fetcher:
        result = fetcher.get(httpserver.url_for("/slow"))
    stall.set()
    assert result.error is not None and result.error.startswith("timeout") and result.body is None


# --- size limits and damaged bodies ------------------------------------------------------------------


def test_oversized_content_length(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    with make_fetcher(fake_time, max_bytes=1000) as fetcher:
        result = fetcher.get(httpserver.url_for("/big"))
    assert result.error is not None and "Content-Length 5000" in result.error
    assert result.body is None and result.nbytes == 0 and result.sha256 is None
    assert result.attempts == 1


def test_oversized_streamed_without_length(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    def endless(_request: Request) -> Response:
        return Response((b"y" * 512 for _ in range(50)), content_type="text/html")

    httpserver.expect_request("/stream").respond_with_handler(endless)
    with make_fetcher(fake_time, max_bytes=4096) as fetcher:
        result = fetcher.get(httpserver.url_for("/stream"))
        assert fetcher.bytes_received < 50 * 512  # stopped early, not after reading it all
    assert result.error is not None and "while streaming" in result.error
    assert result.body is None and result.nbytes == 0 and result.attempts == 1


def test_total_deadline_while_streaming(httpserver: HTTPServer) -> None:
    class Ticking(FakeTime):
        def clock(self) -> float:
            self.now += 40.0
            return self.now

    def chunks(_request: Request) -> Response:
        return Response(b"z" * 100 for _ in range(20))

    httpserver.expect_request("/drip").respond_with_handler(chunks)
    ticking = Ticking()
    with make_fetcher(ticking, total_timeout=35.0, max_retries=0) as fetcher:
        result = fetcher.get(httpserver.url_for("/drip"))
    assert result.error is not None and "total deadline" in result.error and result.body is None


def serve_truncated(listener: socket.socket, stop: threading.Event, served: list[int]) -> None:
    listener.settimeout(0.05)  # closing a socket does not wake accept() on Linux; poll the stop flag
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            continue
        with conn:
            conn.settimeout(2.0)
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n0123456789"
            )
            served.append(1)


def test_truncated_body_is_an_error_and_retried(fake_time: FakeTime) -> None:
    stop = threading.Event()
    served: list[int] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        thread = threading.Thread(target=serve_truncated, args=(listener, stop, served), daemon=True)
        thread.start()
        port = listener.getsockname()[1]
        try:
            with make_fetcher(fake_time, allowed_hosts=loopback(port)) as fetcher:
                result = fetcher.get(f"http://127.0.0.1:{port}/art.html")
        finally:
            stop.set()
            thread.join(timeout=5)
    assert result.error is not None and "truncated" in result.error
    assert result.body is None and result.status == 200 and not result.ok
    assert result.attempts == 3 and len(served) == 3


# --- redirects ---------------------------------------------------------------------------------------


def test_redirect_within_allowed_host(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data("moved here")
    result = fetcher.get(httpserver.url_for("/old"))
    assert result.ok and result.body == b"moved here"
    assert result.final_url == httpserver.url_for("/new") and result.url == httpserver.url_for("/old")


def test_redirect_to_other_host_refused(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    other = HTTPServer(host="localhost")
    other.start()
    try:
        other.expect_request("/steal").respond_with_data("secret")
        httpserver.expect_request("/go").respond_with_data(
            "", status=302, headers={"Location": other.url_for("/steal")}
        )
        # Only this server's port is allowed; the other server shares the host name but not the port.
        with make_fetcher(fake_time, allowed_hosts=frozenset({f"localhost:{httpserver.port}"})) as fetcher:
            result = fetcher.get(httpserver.url_for("/go"))
        assert result.error is not None and result.error.startswith("refused redirect")
        assert result.status == 302 and result.body is None and result.attempts == 1
        assert other.log == []
    finally:
        other.clear()
        other.stop()


def test_redirect_to_file_scheme_refused(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )
    result = fetcher.get(httpserver.url_for("/go"))
    assert result.error is not None and "scheme 'file'" in result.error


def test_redirect_loop_stops(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with make_fetcher(fake_time, max_redirects=3) as fetcher:
        result = fetcher.get(httpserver.url_for("/loop"))
    assert result.error is not None and "too many redirects" in result.error
    assert len(httpserver.log) == 4 and result.attempts == 1


def test_post_redirected_with_303_becomes_get(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request("/form", method="POST").respond_with_data(
        "", status=303, headers={"Location": "/result"}
    )
    httpserver.expect_request("/result", method="GET").respond_with_data("done")
    result = fetcher.post_form(httpserver.url_for("/form"), {"a": "1"})
    assert result.ok and result.body == b"done" and result.method == "POST"


# --- refusals before any I/O ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "scheme 'file'"),
        ("ftp://localhost/x", "scheme 'ftp'"),
        ("http://10.0.0.8/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://[::1]:8080/", "private"),
        ("http://evil.example/", "host evil.example is not allowed"),
        ("http:///no-host", "no host"),
    ],
)
def test_refused_before_network(fetcher: Fetcher, url: str, reason: str) -> None:
    result = fetcher.get(url)
    assert result.error is not None and result.error.startswith("refused") and reason in result.error
    assert result.status is None and result.attempts == 0 and fetcher.requests_sent == 0


def test_explicitly_allowed_loopback_and_wildcards(fake_time: FakeTime) -> None:
    fetcher = make_fetcher(fake_time, allowed_hosts=frozenset({"*.mofcom.gov.cn"}))
    assert (
        fetcher.get("http://127.0.0.1/").error
        == "refused: host 127.0.0.1 is a private, loopback or link-local address"
    )
    assert "not allowed" in (fetcher.get("https://mofcom.gov.cn.evil.example/").error or "")
    fetcher.close()


# --- politeness --------------------------------------------------------------------------------------------


def test_rate_limit_spacing_per_host(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    httpserver.expect_request("/p").respond_with_data("ok")
    sent_at: list[float] = []

    with make_fetcher(fake_time, rate_limit=2.0) as fetcher:
        for _ in range(3):
            assert fetcher.get(httpserver.url_for("/p")).ok
            sent_at.append(fake_time.now)
        # Another host has its own slot: no wait.
        other_host = f"http://127.0.0.1:{httpserver.port}/p"
        assert fetcher.get(other_host).ok
    assert fake_time.sleeps == [pytest.approx(0.5), pytest.approx(0.5)]
    assert [b - a for a, b in itertools.pairwise(sent_at)] == [pytest.approx(0.5)] * 2


def test_post_form_headers(httpserver: HTTPServer, fetcher: Fetcher) -> None:
    httpserver.expect_request(
        "/edi_ecms_web_front/front/column/getColumnList", method="POST"
    ).respond_with_json({"pageInfo": {"rows": [], "total": 0, "maxPageNum": 0}})
    form = {"pageNumber": "2", "columnID": "9", "title": ""}
    result = fetcher.post_form(httpserver.url_for("/edi_ecms_web_front/front/column/getColumnList"), form)
    assert result.ok and result.method == "POST"
    request = httpserver.log[0][0]
    assert request.headers["X-Requested-With"] == "XMLHttpRequest"
    assert request.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert parse_qs(request.get_data(as_text=True), keep_blank_values=True) == {
        "pageNumber": ["2"],
        "columnID": ["9"],
        "title": [""],
    }


# --- compressed bodies: inflated here, one layer, bounded by max_bytes of output --------------------


def _gzip(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data, mtime=0)


def _served(httpserver: HTTPServer, path: str, body: bytes, encoding: str) -> str:
    httpserver.expect_request(path).respond_with_data(
        body, headers={"Content-Encoding": encoding}, content_type="text/html; charset=utf-8"
    )
    return httpserver.url_for(path)


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", _gzip),
        ("x-gzip", _gzip),
        ("deflate", lambda d: __import__("zlib").compress(d)),  # zlib-wrapped, as RFC 9110 says
        ("deflate", lambda d: __import__("zlib").compress(d, wbits=-15)),  # raw, as some servers send
        ("identity", lambda d: d),
    ],
)
def test_supported_encodings_are_inflated(
    httpserver: HTTPServer, fetcher: Fetcher, encoding: str, encode: object
) -> None:
    page = "<p>商务部公告2025年第61号</p>".encode() * 200
    result = fetcher.get(_served(httpserver, "/enc", encode(page), encoding))  # type: ignore[operator]
    assert result.ok, result.error
    assert result.body == page and result.nbytes == len(page)
    assert httpserver.log[0][0].headers["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("gzip, gzip", "refused: 2 stacked Content-Encoding layers (gzip, gzip)"),
        ("deflate, gzip", "refused: 2 stacked"),
        ("br", "refused: unsupported Content-Encoding 'br'"),
        ("compress", "refused: unsupported Content-Encoding 'compress'"),
    ],
)
def test_stacked_or_unsupported_encodings_are_refused(
    httpserver: HTTPServer, fetcher: Fetcher, header: str, message: str
) -> None:
    result = fetcher.get(_served(httpserver, "/stacked", _gzip(_gzip(b"x" * 10_000)), header))
    assert result.error is not None and result.error.startswith(message), result.error
    assert result.body is None and result.attempts == 1


def test_truncated_gzip_stream_is_an_error(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    body = _gzip(b"<p>text</p>" * 5000)
    with make_fetcher(fake_time, max_retries=0) as fetcher:
        result = fetcher.get(_served(httpserver, "/cut", body[: len(body) // 2], "gzip"))
    assert result.error is not None and "truncated body: the gzip stream ended early" in result.error


def test_garbage_labelled_gzip_is_an_error(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    with make_fetcher(fake_time, max_retries=0) as fetcher:
        result = fetcher.get(_served(httpserver, "/junk", b"this is not gzip at all", "gzip"))
    assert result.error is not None and result.error.startswith("undecodable body (gzip)")


def test_inflated_size_is_capped_not_the_wire_size(httpserver: HTTPServer, fake_time: FakeTime) -> None:
    body = _gzip(b"\0" * 5_000_000)  # ~5 KB on the wire
    with make_fetcher(fake_time, max_bytes=100_000) as fetcher:
        result = fetcher.get(_served(httpserver, "/ratio", body, "gzip"))
    assert result.error == "too large: body exceeded max_bytes 100000 after gzip decoding while streaming"
    assert result.body is None and result.attempts == 1


# --- the allow-list: origins, exact host:port, private addresses after DNS -----------------------------


def test_a_bare_host_entry_does_not_lift_the_private_address_refusal(fake_time: FakeTime) -> None:
    with make_fetcher(fake_time, allowed_hosts=frozenset({"127.0.0.1", "localhost"})) as fetcher:
        literal = fetcher.get("http://127.0.0.1/")
        named = fetcher.get("http://localhost/")  # passes the URL check; refused once resolved
        other_port = fetcher.get(f"http://localhost:{SERVER_PORT[0]}/")
    assert literal.error == "refused: host 127.0.0.1 is a private, loopback or link-local address"
    assert named.error is not None and named.error.startswith("refused: host localhost resolves to")
    assert "127.0.0.1" in named.error and named.attempts == 1
    assert other_port.error == f"refused: host localhost:{SERVER_PORT[0]} is not allowed (http)"


def test_a_name_resolving_to_loopback_is_refused_at_connect_time(
    httpserver: HTTPServer, fake_time: FakeTime
) -> None:
    httpserver.expect_request("/secret").respond_with_data("internal")
    origin = f"http://localhost:{httpserver.port}"  # what the default derives from a listing URL
    with make_fetcher(fake_time, allowed_hosts=frozenset({origin})) as fetcher:
        result = fetcher.get(httpserver.url_for("/secret"))
    assert result.error is not None and result.error.startswith("refused: host localhost resolves to")
    assert result.status is None and result.body is None and result.attempts == 1
    assert httpserver.log == []  # nothing reached the server
    # Naming the exact host:port is the operator's explicit permission.
    with make_fetcher(fake_time, allowed_hosts=frozenset({f"localhost:{httpserver.port}"})) as fetcher:
        assert fetcher.get(httpserver.url_for("/secret")).body == b"internal"


def test_the_default_allows_only_the_listing_origin() -> None:
    from pipelines.config import load_settings
    from pipelines.sources.netguard import AllowList, Refused

    settings = load_settings({"REGWATCH_LISTING_URLS": "https://www.mofcom.gov.cn/zwgk/zcfb/index.html"})
    assert settings.allowed_hosts == frozenset({"https://www.mofcom.gov.cn:443"})
    allow = AllowList(settings.allowed_hosts)
    allow.check_url("https://www.mofcom.gov.cn/zwgk/zcfb/art/2025/art_1.html")
    allow.check_url("https://www.mofcom.gov.cn:443/x.html")
    for url, message in (
        ("https://www.mofcom.gov.cn:8443/x.html", "host www.mofcom.gov.cn:8443 is not allowed"),
        ("http://www.mofcom.gov.cn/x.html", "host www.mofcom.gov.cn is not allowed (http)"),
        ("https://aqygzj.mofcom.gov.cn/x.html", "host aqygzj.mofcom.gov.cn is not allowed"),
    ):
        with pytest.raises(Refused, match=re.escape(message)):
            allow.check_url(url)


def test_attachments_may_come_from_any_mofcom_host_on_standard_ports(fake_time: FakeTime) -> None:
    """*.mofcom.gov.cn is admitted for attachments only, and still refused when it resolves privately."""
    settings: dict[str, object] = {
        "allowed_hosts": frozenset({"https://www.mofcom.gov.cn:443"}),
        "rate_limit": 0,
        "max_retries": 0,
    }
    pinned = Fetcher(
        FetchSettings(**settings),  # type: ignore[arg-type]
        sleep=fake_time.sleep,
        clock=fake_time.clock,
        resolver=lambda host, port: ["10.1.2.3"],  # a MOFCOM name that answers with an intranet address
    )
    with pinned:
        page = pinned.get("https://aqygzj.mofcom.gov.cn/att/list.pdf")
        annex = pinned.get("https://aqygzj.mofcom.gov.cn/att/list.pdf", attachment=True)
        odd_port = pinned.get("https://aqygzj.mofcom.gov.cn:8443/att/list.pdf", attachment=True)
        lookalike = pinned.get("https://mofcom.gov.cn.evil.example/list.pdf", attachment=True)
    assert page.error == "refused: host aqygzj.mofcom.gov.cn is not allowed (https)"
    assert annex.error is not None
    assert annex.error.startswith("refused: host aqygzj.mofcom.gov.cn resolves to 10.1.2.3"), annex.error
    assert odd_port.error == "refused: host aqygzj.mofcom.gov.cn:8443 is not allowed (https)"
    assert lookalike.error == "refused: host mofcom.gov.cn.evil.example is not allowed (https)"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("https://www.mofcom.gov.cn", ("www.mofcom.gov.cn", False, "https", 443, False)),
        ("http://127.0.0.1:8080", ("127.0.0.1", False, "http", 8080, False)),
        ("127.0.0.1:8080", ("127.0.0.1", False, None, 8080, True)),
        ("[::1]:8080", ("::1", False, None, 8080, True)),
        ("www.mofcom.gov.cn", ("www.mofcom.gov.cn", False, None, None, False)),
        ("*.mofcom.gov.cn", ("mofcom.gov.cn", True, None, None, False)),
    ],
)
def test_allow_list_entry_forms(entry: str, expected: tuple[object, ...]) -> None:
    from pipelines.sources.netguard import parse_rule

    rule = parse_rule(entry)
    assert (rule.host, rule.wildcard, rule.scheme, rule.port, rule.private_ok) == expected


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "100.64.0.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "fd00::1",
    ],
)
def test_non_public_addresses(address: str) -> None:
    from pipelines.sources.netguard import is_public_address

    assert not is_public_address(address)
    assert is_public_address("203.119.1.1") and is_public_address("2400:da00::6666")


# --- one deadline for the whole exchange ---------------------------------------------------------------


def serve_dripping_headers(listener: socket.socket, stop: threading.Event) -> None:
    """Accept one request, then send a status line and headers one byte every 50 ms, forever."""
    listener.settimeout(5)
    conn, _ = listener.accept()
    with conn:
        conn.recv(65536)
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Drip: " + b"a" * 100_000
        for byte in head:
            if stop.wait(0.05):
                return
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                return


def test_headers_dripped_byte_by_byte_end_at_the_deadline(fake_time: FakeTime) -> None:
    import time

    stop = threading.Event()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        thread = threading.Thread(target=serve_dripping_headers, args=(listener, stop), daemon=True)
        thread.start()
        started = time.monotonic()
        try:
            with make_fetcher(
                fake_time, allowed_hosts=loopback(port), read_timeout=1.0, total_timeout=1.5, max_retries=0
            ) as fetcher:
                result = fetcher.get(f"http://127.0.0.1:{port}/drip.html")
        finally:
            elapsed = time.monotonic() - started
            stop.set()
            thread.join(timeout=5)
    # Each byte arrives well within the 1 s read timeout; only the 1.5 s deadline can end it.
    assert result.error is not None and "total deadline of the exchange exceeded" in result.error
    assert result.status is None and result.body is None
    assert 1.4 <= elapsed < 2.5, f"the exchange lasted {elapsed:.2f} s against a 1.5 s deadline"
