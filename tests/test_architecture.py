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
