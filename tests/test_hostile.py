"""Hostile and malformed input: markup, control characters, huge strings, SQL, path tricks, bombs.

- A notice page (2025 No. 61, as MOFCOM would serve it on night 2) whose title and item names carry
  `<script>`, event-handler markup, ANSI/terminal control characters, bidi overrides, template and
  Markdown syntax, SQL and 20,000-character strings goes through the whole run: the warehouse stores
  it verbatim (bound parameters), and every digest format (Markdown, HTML, text, JSON, webhook) carries
  it escaped, without control characters, and the webhook within Slack's limits.
- Its attachments are named with `../` and `%2F..` and are decompression bombs (a 1000:1 docx, an
  XML entity "billion laughs" xlsx): each becomes an `attachment_unreadable` data issue, the run
  completes, and the archive (content-addressed) writes nothing outside its directory.
- Zip, docx and xlsx bombs of every kind raise ParseError quickly and within bounded memory.
- Every SQL statement in warehouse/ is a constant string; the exceptions are listed and each is checked.
- A property-based fuzz of the digest renderers with hostile strings.
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import re
import resource
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.attachments import MAX_EXPANDED_BYTES, attachment_text, check_archive
from parsers.model import ParseError
from tests import faults as F

ROOT = Path(__file__).resolve().parents[1]
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
JS_HREF_RE = re.compile(r"""(href|src)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
LONG = "钕" * 20_000
SCRIPT = "<script>alert('regwatch')</script>"
IMG = '<img src=x onerror="alert(1)">'
SQL = "'); DROP TABLE control_entries; --"
DOCX_PATH = "/tmp/regwatch-escape/evil.docx"  # where ../../../../../../tmp/... resolves on the server
XLSX_PATH = "/att/..%2F..%2F..%2Fevil-bomb.xlsx"


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


_LOL = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def ratio_docx() -> bytes:
    """20 MB of document.xml in ~20 KB: a 1000:1 expansion."""
    return _zip(
        {
            "word/document.xml": b"<w:document "
            + _W
            + b"><w:body>"
            + b" " * 20_000_000
            + b"</w:body></w:document>"
        }
    )


def entity_docx() -> bytes:
    return _zip(
        {
            "word/document.xml": _LOL + b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r>"
            b"</w:p></w:body></w:document>"
        }
    )


def _xlsx_members() -> dict[str, bytes]:
    openpyxl = pytest.importorskip("openpyxl")
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source:
        return {info.filename: source.read(info.filename) for info in source.infolist()}


def entity_xlsx() -> bytes:
    members = _xlsx_members()
    members["xl/worksheets/sheet1.xml"] = (
        _LOL + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )
    return _zip(members)


def ratio_xlsx() -> bytes:
    members = _xlsx_members()
    members["xl/worksheets/sheet1.xml"] = b"<worksheet>" + b"<!-- -->" * 3_000_000 + b"</worksheet>"
    return _zip(members)


def _declare_size(data: bytes, size: int) -> bytes:
    import struct

    patched = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        position = 0
        while (position := patched.find(signature, position)) != -1:
            struct.pack_into("<I", patched, position + offset, size)
            position += 4
    return bytes(patched)


BOMBS = {
    "zip: 1000:1 member": ("bomb.zip", lambda: _zip({"a.txt": b"\0" * 20_000_000})),
    "zip: 6000 members": ("many.zip", lambda: _zip({f"m{i}": b"" for i in range(6000)}, zipfile.ZIP_STORED)),
    "docx: 1000:1 document.xml": ("a.docx", ratio_docx),
    "docx: billion-laughs entities": ("a.docx", entity_docx),
    "docx: member declaring 4 GB": ("a.docx", lambda: _declare_size(ratio_docx(), 0xFFFFFFF0)),
    "docx: member understating its size": (
        "a.docx",
        lambda: _declare_size(
            _zip({"word/document.xml": b"<w:document " + _W + b">" + b"<w:p/>" * 50_000 + b"</w:document>"}),
            100,
        ),
    ),
    "xlsx: 1000:1 sheet": ("a.xlsx", ratio_xlsx),
    "xlsx: billion-laughs entities": ("a.xlsx", entity_xlsx),
    "xlsx: member declaring 4 GB": ("a.xlsx", lambda: _declare_size(entity_xlsx(), 0xFFFFFFF0)),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_archive_bombs_are_refused_quickly_and_within_memory(name: str) -> None:
    filename, build = BOMBS[name]
    data = build()
    assert len(data) < 2_000_000
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(ParseError):
        if filename.endswith(".zip"):
            check_archive(data)  # a bare .zip is not read for text, but the container bound applies
        else:
            attachment_text(f"http://127.0.0.1/att/{filename}", data)
    elapsed = time.monotonic() - started
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert elapsed < 5, f"{name} took {elapsed:.1f} s"
    assert grown_mb < MAX_EXPANDED_BYTES / 2**20 / 2, f"{name} grew the process by {grown_mb:.0f} MB"
    F.record_figure("fuzz", f"archive bomb: {name}", inputs=1, survived=True)


# --------------------------------------------------------------------------------------------------
# A hostile notice through the whole run


def _hostile_page(template: str) -> str:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    title = f"商务部公告2025第61号 {SCRIPT}\x07\x1b[31m{{{{ 7*7 }}}}\u202e反转 {SQL} {LONG}"
    page = template.replace("商务部公告2025第61号 公布对境外相关稀土物项实施出口管制的决定", esc(title))
    replacements = {
        "1. 1C902.a.4 钐钴永磁材料；": f"1. 1C902.a.4 钐钴永磁材料{esc(IMG)}\x0b\x1b[2J；",
        "2. 1C904.a.4 含铽的钕铁硼永磁材料；": f"2. 1C904.a.4 含铽的{LONG}；",
        "3. 1C905.a.4 含镝的钕铁硼永磁材料；": "3. 1C905.a.4 含镝的[点我](javascript:alert(1))**永磁**|材料|；",
        "4. 1C902.a.3 含钐的靶材。": f"4. 1C902.a.3 含钐的靶材{esc(SQL)}\u200b\u2066。",
        "1. 稀土永磁材料，包括钐钴永磁材料、钕铁硼永磁材料等；": f"1. {esc('</ul></p><script src=//evil.invalid/x.js></script>')}稀土永磁材料；",
        "2. 含稀土元素的溅射靶材。": "2. 含稀土元素的溅射靶材{% raw %}${7*7}#{7*7}。",
    }
    for old, new in replacements.items():
        assert old in page, old
        page = page.replace(old, new)
    attachments = (
        '<p>附件：<a href="../../../../../../tmp/regwatch-escape/evil.docx">附件1.docx</a> '
        f'<a href="{XLSX_PATH}">附件2.xlsx</a></p>'
    )
    return page.replace(
        '<p style="text-align: right;">商务部</p>',
        attachments + '<p style="text-align: right;">商务部</p>',
        1,
    )


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("hostile")
    workdir = root / "work"
    workdir.mkdir()
    with F.FaultServer(max_seconds=600, max_requests=2000) as server:
        assert F.run_night(F.night_env(server, workdir, 1)).ok
        server.night = 2
        template = F.site_file(server, F.ART_61).decode("utf-8")
        server.page(F.ART_61, _hostile_page(template))
        server.route(
            DOCX_PATH,
            F.ok(ratio_docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        )
        server.route(
            XLSX_PATH,
            F.ok(entity_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        )
        hook = server.sink("/hook/hostile")
        outcome = F.run_night(
            F.night_env(server, workdir, 2, REGWATCH_WEBHOOK_URL=server.url("/hook/hostile"))
        )
        log = list(server.log)
        assert not server.exhausted
    return {
        "root": root,
        "workdir": workdir,
        "outcome": outcome,
        "hook": list(hook),
        "server_log": log,
        "base": server.base_url,
    }


def test_hostile_notice_is_stored_verbatim(hostile_run: dict[str, object]) -> None:
    outcome = hostile_run["outcome"]
    assert isinstance(outcome, F.RunOutcome) and outcome.ok, getattr(outcome, "error", None)
    workdir = Path(str(hostile_run["workdir"]))
    con = duckdb.connect(str(workdir / "w.duckdb"), read_only=True)
    try:
        title = con.execute(
            "SELECT title_zh FROM notice_records WHERE notice_id = 'MOFCOM-2025-61'"
        ).fetchone()[0]
        names = [
            r[0]
            for r in con.execute(
                "SELECT name_zh FROM control_entries WHERE notice_id = 'MOFCOM-2025-61'"
            ).fetchall()
        ]
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()
    assert SCRIPT in title and SQL in title and LONG in title
    assert any(LONG in n for n in names) and any(IMG in n for n in names) and any(SQL in n for n in names)
    assert {"control_entries", "notice_records", "changes"} <= tables  # the SQL in the names did nothing
    assert F.check_invariants(workdir / "w.duckdb", workdir / "w-archive") == []
    F.record_figure(
        "fuzz",
        "hostile title and item names stored verbatim (SQL, markup, 20,000 chars)",
        inputs=7,
        survived=True,
    )


def _digest_files(hostile_run: dict[str, object]) -> dict[str, str]:
    """The digest of the hostile night (run ids of two runs in one second do not sort by time)."""
    outcome = hostile_run["outcome"]
    assert isinstance(outcome, F.RunOutcome) and outcome.run_id
    stem = Path(str(hostile_run["workdir"])) / "w-digests" / f"digest-{outcome.run_id}"
    return {
        fmt: stem.with_suffix(f".{fmt}").read_text(encoding="utf-8") for fmt in ("md", "html", "txt", "json")
    }


def test_hostile_strings_reach_every_digest_escaped(hostile_run: dict[str, object]) -> None:
    digests = _digest_files(hostile_run)
    html, md, txt = digests["html"], digests["md"], digests["txt"]
    assert "钐钴永磁材料" in html  # the hostile notice is in the digest
    for fmt in ("md", "html", "txt"):
        assert not CONTROL_RE.search(digests[fmt]), f"control character in the {fmt} digest"
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", digests["json"])  # C0 is \u-escaped by json
    # HTML: no markup from the source survives as markup; the text is there, escaped.
    for raw in ("<script", "<img", 'onerror="', "</ul></p>"):
        assert raw not in html, raw
    assert not JS_HREF_RE.search(html), "a javascript: link in the HTML digest"
    assert "&lt;img src=x onerror=" in html or "&lt;img" in html
    assert "49" not in re.sub(r"\d{3,}", "", html.split("钐钴永磁材料")[1][:500])  # {{ 7*7 }} not evaluated
    # Markdown: raw HTML and link syntax are backslash-escaped, never live.
    assert not re.search(r"(?<!\\)<\s*(script|img|/ul)", md), "live HTML in the Markdown digest"
    assert not re.search(r"(?<!\\)\]\(javascript:", md), "a live javascript: link in the Markdown digest"
    assert "\\<img" in md or "\\<script" in md
    # JSON: valid, and the values are the (control-free) text.
    payload = json.loads(digests["json"])
    names = [c["name_zh"] for c in payload["changes"]]
    assert any(IMG in n for n in names)
    assert any(LONG in n for n in names)
    assert LONG not in txt or len(txt) < 500_000
    F.record_figure("fuzz", "hostile strings in md/html/txt/json digests", inputs=4, survived=True)


def test_hostile_strings_reach_the_webhook_escaped_and_bounded(hostile_run: dict[str, object]) -> None:
    bodies = hostile_run["hook"]
    assert isinstance(bodies, list) and len(bodies) == 1
    payload = json.loads(bodies[0])
    raw = bodies[0].decode("utf-8")
    assert not CONTROL_RE.search(payload.get("text", ""))
    for block in payload.get("blocks", []):
        text = json.dumps(block, ensure_ascii=False)
        inner = block.get("text", {}).get("text", "") if isinstance(block.get("text"), dict) else ""
        assert len(inner) <= 3000, f"a Slack block of {len(inner)} characters"
        assert "<script" not in inner and "<img" not in inner, text[:200]
    assert len(payload.get("text", "")) <= 40_000
    assert "<script" not in payload.get("text", "")
    assert len(raw) < 2_000_000
    F.record_figure("fuzz", "hostile strings in the webhook payload", inputs=1, survived=True)


def test_json_digest_and_webhook_carry_no_raw_bidi_or_c1_controls(hostile_run: dict[str, object]) -> None:
    digests = _digest_files(hostile_run)
    bodies = hostile_run["hook"]
    assert isinstance(bodies, list)
    found = CONTROL_RE.findall(digests["json"]) + CONTROL_RE.findall(bodies[0].decode("utf-8"))
    assert not found, sorted({f"U+{ord(c):04X}" for c in found})


def test_hostile_attachments_are_bombs_recorded_and_contained(hostile_run: dict[str, object]) -> None:
    workdir = Path(str(hostile_run["workdir"]))
    base = str(hostile_run["base"])
    con = duckdb.connect(str(workdir / "w.duckdb"), read_only=True)
    try:
        issues = con.execute(
            "SELECT url, message FROM data_issues WHERE code = 'attachment_unreadable'"
        ).fetchall()
        attachments = con.execute(
            "SELECT url, sha256, error FROM attachments WHERE notice_id = 'MOFCOM-2025-61'"
        ).fetchall()
    finally:
        con.close()
    urls = {u for u, _ in issues}
    assert base + DOCX_PATH in urls, issues
    assert base + XLSX_PATH in urls, issues
    assert all(error for _, _, error in attachments) and len(attachments) == 2
    messages = " ".join(m for _, m in issues)
    assert "bomb" in messages and "amplification" in messages
    # Both were requested from loopback under the names the page gave...
    served = {p for _, p, _ in hostile_run["server_log"]}  # type: ignore[union-attr]
    assert DOCX_PATH in served and XLSX_PATH in served
    # ...and stored by content hash only: nothing escaped the archive directory.
    archive = workdir / "w-archive"
    for path in archive.rglob("*"):
        if path.is_file():
            assert path.resolve().is_relative_to(archive.resolve())
            assert re.fullmatch(r"[0-9a-f]{64}", path.name) and path.parent.name == path.name[:2], path
    assert not Path("/tmp/regwatch-escape").exists()
    root = Path(str(hostile_run["root"]))
    assert not [p for p in root.rglob("*evil*")], "an attachment name became a file name"
    from warehouse.archive import Archive, ArchiveError

    for bad in ("../../etc/passwd", "..%2F..%2Fevil", "a" * 64 + "/../x", "/etc/passwd"):
        with pytest.raises(ArchiveError):
            Archive(archive).path_for(bad)
    F.record_figure(
        "fuzz",
        "attachment names with ../ and %2F.. (docx ratio bomb, xlsx entity bomb)",
        inputs=2,
        survived=True,
    )


# --------------------------------------------------------------------------------------------------
# SQL is built only with bound parameters


# SQL text that is not one constant string is accepted only when every interpolated part is provably a
# literal of the code: a module constant, a loop over a module constant, or a parameter that every call
# site in warehouse/ fills with a literal (possibly via local variables computed from such parameters).
# Anything else fails the test. The one hand-checked exception:
SQL_TRUSTED = {
    ("db.py", "apply_migrations"): "runs the bundled migration files (warehouse/migrations/NNNN_*.sql)",
    # An identifier cannot be a bound parameter: the alias of an attached file is `warehouse_<n>`, made
    # by _Readers.attach from its own counter and carried in _Attached; no page or config value reaches it.
    ("db.py", "attach"): "ATTACH ? AS warehouse_<counter>: the path is bound, the alias is the code's",
    ("db.py", "cursor"): "USE warehouse_<counter>, the alias made by attach",
    ("db.py", "detach"): "DETACH warehouse_<counter>, the alias made by attach",
    ("db.py", "checkpoint"): "CHECKPOINT warehouse_<counter>, the alias made by attach",
}
_BUILTINS = frozenset(dir(builtins))


def _is_literal(node: ast.expr, constants: dict[str, ast.expr]) -> bool:
    if isinstance(node, ast.Name) and node.id in constants:
        return _is_literal(constants[node.id], {})
    if isinstance(node, ast.Constant):
        return node.value is None or isinstance(node.value, str | int)
    if isinstance(node, ast.List | ast.Tuple):
        return all(_is_literal(e, constants) for e in node.elts)
    return False


def _module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    return {
        t.id: n.value
        for n in tree.body
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    }


def _loaded_names(node: ast.AST) -> set[str]:
    """Names an expression reads, minus its own comprehension variables."""
    loads = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    bound = {
        n.id
        for comp in ast.walk(node)
        if isinstance(comp, ast.comprehension)
        for n in ast.walk(comp.target)
        if isinstance(n, ast.Name)
    }
    return loads - bound


class _SqlAudit:
    def __init__(self) -> None:
        self.trees = {
            p.name: ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "warehouse").glob("*.py"))
        }
        self.constants = {name: _module_constants(tree) for name, tree in self.trees.items()}

    def call_sites_literal(self, function: ast.FunctionDef, param: str) -> list[str]:
        params = [a.arg for a in function.args.args]
        index = params.index(param)
        defaults = dict(
            zip(params[len(params) - len(function.args.defaults) :], function.args.defaults, strict=True)
        )
        problems, calls = [], 0
        for file, tree in self.trees.items():
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                if getattr(node.func, "id", getattr(node.func, "attr", None)) != function.name:
                    continue
                calls += 1
                arg = next((k.value for k in node.keywords if k.arg == param), None)
                if arg is None and index < len(node.args):
                    arg = node.args[index]
                if arg is None:
                    arg = defaults.get(param)
                if arg is None or not _is_literal(arg, self.constants[file]):
                    problems.append(
                        f"{file}:{node.lineno} passes a non-literal {param!r} to {function.name}()"
                    )
        if not calls:
            problems.append(f"{function.name}() is never called with a literal {param!r}")
        return problems

    def explain(self, file: str, function: ast.FunctionDef | None, expr: ast.expr) -> list[str]:
        """Problems with the non-constant SQL `expr` (empty = every part is a literal of the code)."""
        constants = self.constants[file]
        if function is None:
            return [f"{file}: dynamic SQL outside a function"]
        if (file, function.name) in SQL_TRUSTED:
            return []
        problems: list[str] = []
        todo, seen = list(_loaded_names(expr)), set()
        params = {a.arg for a in function.args.args}
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            if name in constants and _is_literal(constants[name], constants):
                continue
            if name in constants or name in _BUILTINS or name in ("con",):
                continue  # a module-level string/function used as text or a helper call
            if name in params:
                problems += self.call_sites_literal(function, name)
                continue
            sources = [
                n
                for n in ast.walk(function)
                if isinstance(n, ast.Assign | ast.For)
                and any(
                    isinstance(t, ast.Name) and t.id == name and isinstance(t.ctx, ast.Store)
                    for t in ast.walk(n.targets[0] if isinstance(n, ast.Assign) else n.target)
                )
            ]
            if not sources:
                problems.append(f"{file}:{function.name}: cannot trace {name!r}")
            for source in sources:
                todo.extend(_loaded_names(source.value if isinstance(source, ast.Assign) else source.iter))
        return problems


def _sql_calls(tree: ast.Module) -> list[tuple[ast.FunctionDef | None, int, ast.expr]]:
    calls = []

    def visit(node: ast.AST, function: ast.FunctionDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef) else function
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr in ("execute", "executemany", "sql")
                and child.args
            ):
                calls.append((function, child.lineno, child.args[0]))
            visit(child, inner)

    visit(tree, None)
    return calls


def test_sql_in_warehouse_is_constant_text_with_bound_parameters() -> None:
    audit = _SqlAudit()
    statements = 0
    dynamic: list[str] = []
    problems: list[str] = []
    for file, tree in audit.trees.items():
        for function, lineno, expr in _sql_calls(tree):
            statements += 1
            if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
                continue
            dynamic.append(f"{file}:{lineno} {ast.unparse(expr)[:90]}")
            problems += audit.explain(file, function, expr)
    assert not problems, "SQL text built from something other than literals of the code:\n" + "\n".join(
        problems
    )
    F.record_figure("sql", "warehouse SQL statements scanned", statements=statements, exceptions=dynamic)


def test_hostile_values_in_every_parameter_are_inert(tmp_path: Path) -> None:
    """Search and the store round-trip SQL metacharacters as data."""
    from warehouse.db import Warehouse
    from warehouse.search import search_entries

    warehouse = Warehouse(tmp_path / "w.duckdb")
    warehouse.ensure()
    with warehouse.read() as con:
        for term in (SQL, "%' OR '1'='1", "\\", "_%", "钐'; --", "\x00"):
            assert (
                search_entries(con, term, [term]) == []
            )  # an empty warehouse: nothing matches, nothing breaks
        assert con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'control_entries'"
        ).fetchone() == (1,)
    F.record_figure("fuzz", "SQL metacharacters as search terms", inputs=6, survived=True)


# --------------------------------------------------------------------------------------------------
# Property-based: the renderers escape whatever a page can contain


HOSTILE_ALPHABET = st.sampled_from(
    [
        *list("<>&\"'`*_[]()|#!~\\{}%$;:/="),
        "\x00",
        "\x07",
        "\x0b",
        "\x1b",
        "\x7f",
        "\x85",
        "\u202e",
        "\u2066",
        "\u200b",
        "\r",
        "\n",
        "\t",
        "钐",
        "钴",
        "a",
        " ",
        "javascript:",
    ]
)
FUZZED = [0]


@pytest.fixture(scope="module", autouse=True)
def _record_fuzz_count() -> Iterator[None]:
    yield
    if FUZZED[0]:
        F.record_figure(
            "fuzz",
            "property-based digest/webhook rendering of hostile strings",
            inputs=FUZZED[0],
            survived=True,
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HOSTILE_ALPHABET, min_size=1, max_size=60).map("".join))
def test_digest_renderers_escape_any_hostile_text(text: str) -> None:
    import datetime as dt

    from pipelines.alerts.delivery import webhook_payload
    from pipelines.alerts.digest import Digest, DigestChange
    from pipelines.alerts.render import render_all

    marked = "<zz" + text
    change = DigestChange(
        change_id="c1",
        change_type="added",
        entry_key="k|" + marked,
        name_zh=marked,
        name_en=marked,
        kind="item",
        category_zh=marked,
        control_code=marked[:20],
        hs_codes=(marked[:12],),
        notice_id="MOFCOM-2025-61",
        notice_number_zh="商务部公告2025年第61号",
        notice_title_zh=marked,
        notice_url="javascript:alert(1)",
        effective_on=dt.date(2025, 12, 1),
        window_from=None,
        window_until=None,
        cause_notice_id=None,
        cause_notice_number_zh=None,
        quote_zh=marked,
        source_sha256="0" * 64,
        detail={"status": marked},
    )
    digest = Digest(
        generated_at=dt.datetime(2025, 11, 10, tzinfo=dt.UTC),
        as_of=dt.date(2025, 11, 10),
        run_id="run-1",
        changes=(change,),
        sources_checked_at=None,
        fetch_failures=(marked,),
    )
    rendered = render_all(digest)
    for fmt in ("md", "html", "txt"):
        assert not CONTROL_RE.search(rendered[fmt]), fmt
    assert "<zz" not in rendered["html"]
    assert not JS_HREF_RE.search(rendered["html"])
    assert "<zz" not in rendered["md"].replace("\\<zz", "")
    json.loads(rendered["json"])
    slack = webhook_payload(digest)
    slack.pop("regwatch", None)  # the machine copy: see the JSON xfail above
    assert not CONTROL_RE.search(json.dumps(slack, ensure_ascii=False))
    FUZZED[0] += 1


def test_sql_audit_catches_interpolated_input() -> None:
    """The audit above is not vacuous: input interpolated into SQL text is caught, literals pass."""
    audit = _SqlAudit()
    source = (
        "T = 'runs'\n"
        "def good(con, table):\n    con.execute(f'SELECT * FROM {table} WHERE x = ?', [1])\n"
        "def bad(con, term):\n    con.execute(f\"SELECT * FROM t WHERE name = '{term}'\")\n"
        "def callers(con, user_input):\n    good(con, T)\n    good(con, 'changes')\n    bad(con, user_input)\n"
    )
    audit.trees = {"fake.py": ast.parse(source)}
    audit.constants = {"fake.py": _module_constants(audit.trees["fake.py"])}
    problems = {
        function.name if function else "": audit.explain("fake.py", function, expr)
        for function, _, expr in _sql_calls(audit.trees["fake.py"])
    }
    assert problems["good"] == []
    assert problems["bad"] and "non-literal 'term'" in problems["bad"][0]
