"""Layering rules of the house style, enforced on the source tree.

parsers/ is pure (no I/O, no Dagster, no database, no network); warehouse/ never imports Dagster;
only pipelines/ does. A failure here names the file and the import that broke the rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "parsers": {
        "dagster",
        "duckdb",
        "httpx",
        "requests",
        "socket",
        "urllib.request",
        "http",
        "smtplib",
        "subprocess",
        "pipelines",
        "warehouse",
        "sqlite3",
        "shutil",
    },
    "warehouse": {"dagster", "httpx", "pipelines", "smtplib"},
}
# Reading the package's own data files is the one I/O parsers/ may do (bundled.py, importlib.resources).
IO_CALLS = {"open", "urlopen"}


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers_do_not_import_what_they_must_not(package: str) -> None:
    offences = []
    for path in _modules(package):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package]):
                offences.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offences, "\n".join(offences)


def test_parsers_do_no_file_io() -> None:
    offences = []
    for path in _modules("parsers"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else ""
                )
                if name in IO_CALLS or name in {"read_bytes", "write_text", "write_bytes"}:
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {name}()")
                if name == "read_text" and path.name != "bundled.py":
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno} calls read_text()")
    assert not offences, "\n".join(offences)


def test_only_pipelines_imports_dagster() -> None:
    users = {
        str(path.relative_to(ROOT))
        for package in ("parsers", "warehouse")  # bench/ may: it measures an empty Dagster job as a floor
        for path in (ROOT / package).rglob("*.py")
        if any(n == "dagster" or n.startswith("dagster.") for n in _imports(path))
    }
    assert users == set()


def test_sql_lives_in_warehouse() -> None:
    """pipelines/ and parsers/ call warehouse functions; they do not execute SQL themselves."""
    offences = []
    for package in ("pipelines", "parsers"):
        for path in _modules(package):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"execute", "executemany", "sql"}
                ):
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno} calls .{node.func.attr}()")
    assert not offences, "\n".join(offences)


def test_migrations_are_numbered_without_gaps() -> None:
    from warehouse.db import migrations

    numbers = [number for number, _, _ in migrations()]
    assert numbers == list(range(1, len(numbers) + 1)) and numbers


# Audit events that create, change or remove files (see the "Audit events table" of the Python docs).
_WRITE_EVENTS = {
    "os.mkdir",
    "os.rename",
    "os.remove",
    "os.rmdir",
    "os.truncate",
    "os.symlink",
    "shutil.copyfile",
}

_PROBE = r"""
import sys, pathlib
from parsers.article import parse_notice
from parsers.decoding import decode_html
from parsers.documents import read_document
from parsers.relations import extract_notice
from parsers.model import ParseError
from parsers.segment import default_segmenter
from tests.test_attachments import _docx, _pdf

root = pathlib.Path(sys.argv[1])
pages = [p.read_bytes() for p in sorted((root / "tests/fixtures/pages").glob("*.html"))]
attachments = [(p.name, p.read_bytes()) for p in sorted((root / "pipelines/demo_site").rglob("*.pdf"))]
attachments += [("list.docx", _docx([["1C902.a", "钐钴合金"]])), ("list.pdf", _pdf(["1C902.a samarium-cobalt alloy"]))]
writes = []

def hook(event, args):
    if event == "open" and args[1] is not None and any(c in str(args[1]) for c in "wax+"):
        writes.append(f"open {args[0]!r} mode {args[1]}")
    elif event == "open" and isinstance(args[2], int) and args[2] & 0o3:  # O_WRONLY / O_RDWR
        writes.append(f"open {args[0]!r} flags {args[2]:o}")
    elif event in WRITE_EVENTS:
        writes.append(f"{event} {args!r}")

sys.addaudithook(hook)
parsed = 0
for raw in pages:
    try:
        page = parse_notice(decode_html(raw, None).text, "http://www.mofcom.gov.cn/zcfb/art/2025/art_x.html")
    except ParseError:  # listing pages among the fixtures
        continue
    extraction = extract_notice(page, ())
    parsed += len(extraction.entries)
    for entry in extraction.entries:
        default_segmenter().tokens(entry.name_zh)
for name, data in attachments:
    read_document(name, data)
assert parsed > 10, parsed
print("\n".join(writes))
"""


def test_parsers_write_no_file_even_through_libraries() -> None:
    """bs4, lxml, jieba, pypdf and pdfplumber run here: an audit hook sees any file they create."""
    import subprocess
    import sys

    probe = _PROBE.replace("WRITE_EVENTS", repr(_WRITE_EVENTS))
    result = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "", "parsers wrote files:\n" + result.stdout


# Functions longer than a screenful that are kept whole for now, with the reason. This list may only
# shrink: a new long function fails the test below, and so does an entry whose function got shorter.
MAX_FUNCTION_LINES = 80


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second `_X_RE = …` (or `def _x`) further down a long module silently replaces the first for every use above
    it too; each module-level name is bound once."""
    twice: dict[str, list[str]] = {}
    for package in ("parsers", "warehouse", "pipelines"):
        for path in _modules(package):
            seen: set[str] = set()
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign):
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                    names = [node.target.id]
                elif isinstance(node, ast.FunctionDef | ast.ClassDef):
                    names = [node.name]
                else:
                    continue
                for name in names:
                    if name in seen and name != "__all__":
                        twice.setdefault(str(path.relative_to(ROOT)), []).append(name)
                    seen.add(name)
    assert not twice, f"module-level names bound twice: {twice}"


def test_no_function_is_longer_than_a_screen() -> None:
    """Issue 19: no function over 80 lines, without exceptions (a state machine gets a state and handlers)."""
    long = {}
    for package in ("parsers", "warehouse", "pipelines"):
        for path in _modules(package):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines = (node.end_lineno or node.lineno) - node.lineno + 1
                    if lines > MAX_FUNCTION_LINES:
                        long[f"{path.relative_to(ROOT)}:{node.name}"] = lines
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_the_embedded_default_needs_no_optional_extra() -> None:
    """`pip install -e .` (the README's first command) has neither psycopg2 nor s3fs nor moto."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "for name in ('psycopg2', 'psycopg2.extensions', 's3fs', 'moto', 'boto3'):\n"
        "    sys.modules[name] = None  # importing it now raises ImportError\n"
        "import pipelines.cli, pipelines.definitions, pipelines.storage, warehouse.backends\n"
        "from pipelines.config import load_settings\n"
        "settings = load_settings({'REGWATCH_DB': sys.argv[1]})\n"
        "print(type(pipelines.storage.open_warehouse(settings)).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "/nonexistent/w.duckdb"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "Warehouse"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _load_time_imports(path: Path, known: set[str]) -> set[str]:
    """The project modules a module imports when it is loaded (not inside functions or TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in known}
            if node.module in known and not any(f"{node.module}.{a.name}" in known for a in node.names):
                found.add(node.module)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return cycles


def test_no_import_cycle_between_project_modules() -> None:
    """A cycle makes load order matter and hides which layer owns what; move the shared part below both."""
    paths = [p for package in ("parsers", "warehouse", "pipelines") for p in _modules(package)]
    known = {_module_name(p) for p in paths}
    graph = {_module_name(p): _load_time_imports(p, known) - {_module_name(p)} for p in paths}
    assert graph["pipelines.alerts.render"] >= {"pipelines.alerts.brief", "pipelines.alerts.digest"}
    assert _cycles(graph) == []
