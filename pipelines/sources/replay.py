"""A loopback web server that replays a MOFCOM-layout site from files, night by night.

Used by `regwatch demo` and by the tests. Each night is a directory of URL paths; later nights
overlay earlier ones and may list removed paths in REMOVED.txt (answered 404). The server answers
conditional requests (ETag and Last-Modified), as MOFCOM's servers do, so an unchanged night costs
only 304s. It binds to 127.0.0.1 only and counts what it served.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

_NIGHT_EPOCH = 1_760_000_000  # a fixed Last-Modified base so validators are reproducible


class ReplaySite:
    """The files of a replay: night directories `night1`, `night2`, … under one root."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.nights = sorted(
            (p for p in self.root.iterdir() if p.is_dir() and p.name.startswith("night")),
            key=lambda p: int(p.name.removeprefix("night") or 0),
        )
        if not self.nights:
            raise FileNotFoundError(f"no night*/ directories under {self.root}")

    def resolve(self, night: int, path: str) -> Path | None:
        """The file serving `path` on `night` (1-based), honouring overlays and removals."""
        relative = unquote(path).lstrip("/")
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        if ".." in Path(relative).parts:
            return None
        for directory in reversed(self.nights[:night]):
            removed = directory / "REMOVED.txt"
            if removed.exists():
                gone = {
                    line.strip().lstrip("/")
                    for line in removed.read_text("utf-8").splitlines()
                    if line.strip()
                }
                if relative in gone:
                    return None
            candidate = directory / relative
            if candidate.is_file():
                return candidate
        return None


class ReplayServer:
    """Serve a `ReplaySite` on 127.0.0.1 (port 0 = any free port) in a background thread."""

    def __init__(self, site: ReplaySite, port: int = 0) -> None:
        self.site = site
        self.night = 1
        self.requests: Counter[int] = Counter()  # by status
        self.log: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            # Keep-alive, as MOFCOM's servers answer: a night's hundreds of conditional requests reuse
            # one connection instead of paying a connect (and the fetcher's address checks) each.
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes: without TCP_NODELAY the second waits for the
            # client's delayed ACK (40 ms a response) on a kept-alive connection.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                server._serve(self, head=False)

            def do_HEAD(self) -> None:
                server._serve(self, head=True)

            def log_message(self, format: str, *args: object) -> None:  # quiet: the demo prints its own
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay", daemon=True)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _serve(self, handler: BaseHTTPRequestHandler, *, head: bool) -> None:
        path = urlsplit(handler.path).path
        file = self.site.resolve(self.night, path)
        if file is None:
            self._answer(handler, 404, b"not found", "text/plain; charset=utf-8", head=head)
            return
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        night_index = next(i for i, d in enumerate(self.site.nights, 1) if d in file.parents)
        last_modified = formatdate(_NIGHT_EPOCH + night_index * 86400, usegmt=True)
        if handler.headers.get("If-None-Match") == etag or (
            handler.headers.get("If-None-Match") is None
            and handler.headers.get("If-Modified-Since") == last_modified
        ):
            self._answer(
                handler, 304, b"", None, head=True, extra={"ETag": etag, "Last-Modified": last_modified}
            )
            return
        # HTML goes out without a charset so each page's own <meta charset> decides, as on old TRS hosts.
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if content_type == "application/json":
            content_type += "; charset=utf-8"
        self._answer(
            handler, 200, body, content_type, head=head, extra={"ETag": etag, "Last-Modified": last_modified}
        )

    def _answer(
        self,
        handler: BaseHTTPRequestHandler,
        status: int,
        body: bytes,
        content_type: str | None,
        *,
        head: bool,
        extra: dict[str, str] | None = None,
    ) -> None:
        with self._lock:
            self.requests[status] += 1
            self.log.append((handler.command, handler.path, status))
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            handler.send_header(name, value)
        if status != 304:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if not head and status != 304:
            handler.wfile.write(body)


def bundled_site() -> ReplaySite:
    """The demo replay shipped with the package (pipelines/demo_site)."""
    return ReplaySite(Path(__file__).resolve().parents[1] / "demo_site")
