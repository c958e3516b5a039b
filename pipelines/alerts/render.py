"""Rendering a digest: the brief (md, html, txt) and the full files (json, full.html).

Kept apart from `digest` (the model and its text hygiene) so that `brief`, which composes the brief's
events from the model, sits between the two: digest ← brief ← render, no cycle.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from pipelines.alerts import brief
from pipelines.alerts.digest import (
    CONTROL_RE,
    FORMATS,
    JSON_SCHEMA_VERSION,
    TEMPLATE_DIR,
    Digest,
    Verbatim,
    arrival_counts,
    clean_text,
    md_escape,
    strip_controls_multiline,
    summary_counts,
    template_context,
)


def _finalize_md(value: object) -> str:
    if isinstance(value, Verbatim):
        return CONTROL_RE.sub("", str(value))
    return md_escape(value)


def _finalize_text(value: object) -> str:
    if isinstance(value, Verbatim):
        return CONTROL_RE.sub("", str(value))
    return clean_text(value)


def _finalize_html(value: object) -> object:
    # Runs before autoescape: clean, then let markupsafe escape the result.
    if isinstance(value, Markup):
        return value
    return clean_text(value)


_compiled: list[jinja2.BytecodeCache] = []  # at most one: where compiled templates are kept


def keep_compiled_templates(directory: Path) -> None:
    """Keep the templates' compiled code in `directory` (jinja's bytecode cache, keyed by each
    template's source checksum, written atomically).

    Compiling the four templates was 0.13 s of every process that renders a digest, a quarter of an
    unchanged night. The folder is the deployment's own cache beside the warehouse."""
    bytecode = jinja2.FileSystemBytecodeCache(str(directory))
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a read-only folder: compile in memory, as before
    _compiled[:] = [bytecode]
    for fmt in ("md", "txt", "html"):
        _environment(fmt).bytecode_cache = bytecode


@cache
def _environment(fmt: str) -> jinja2.Environment:
    finalize: Callable[[object], object] = {
        "md": _finalize_md,
        "txt": _finalize_text,
        "html": _finalize_html,
    }[fmt]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=(fmt == "html"),
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_compiled[0] if _compiled else None,
    )
    env.filters["wrap"] = brief.wrap_filter
    return env


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_json_value(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


_INVISIBLE_RE = re.compile(r"[\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def escape_invisible(text: str) -> str:
    """Write C1 controls, bidi overrides and line separators as \\uXXXX inside JSON text.

    The decoded values stay verbatim (evidence), but no raw character that can reorder or hide text
    reaches a log viewer or a chat client that shows the JSON.
    """
    return _INVISIBLE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def digest_to_json_obj(digest: Digest) -> dict[str, object]:
    """The machine format, shared with the webhook payload. Keys are only ever added, never renamed."""
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "run_id": digest.run_id,
        "title": digest.title,
        "urgent": digest.urgent,
        "as_of": digest.as_of.isoformat(),
        "generated_at": digest.generated_at.isoformat(),
        "summary": {
            **summary_counts(digest),
            "already_alerted": sum(1 for c in digest.changes if c.already_alerted),
            "added_pending": arrival_counts(digest)["pending"],
            "added_suspended_on_arrival": arrival_counts(digest)["suspended on arrival"],
        },
        "events": _json_value(brief.events_json(digest)),
        "notices": [_json_value(dataclasses.asdict(n)) for n in digest.notices],
        "changes": [
            {f.name: _json_value(getattr(change, f.name)) for f in dataclasses.fields(change)}
            for change in digest.changes
        ],
        "sources_checked_at": digest.sources_checked_at.isoformat() if digest.sources_checked_at else None,
        "fetch_failures": list(digest.fetch_failures),
        "affected_products": [
            {f.name: _json_value(getattr(a, f.name)) for f in dataclasses.fields(a)} for a in digest.affected
        ],
    }


def render(digest: Digest, fmt: str) -> str:
    """Render one format: the brief ("md", "html", "txt") or a full file ("json", "full.html")."""
    if fmt == "json":
        return escape_invisible(json.dumps(digest_to_json_obj(digest), ensure_ascii=False, indent=2)) + "\n"
    if fmt == "full.html":
        context = {**template_context(digest), "events": brief.events(digest)}
        return _environment("html").get_template("digest.html.j2").render(context)
    if fmt not in ("md", "html", "txt"):
        raise ValueError(f"unknown digest format {fmt!r}; expected one of {', '.join(FORMATS)}")
    context = {**template_context(digest), **brief.brief_context(digest)}
    text = _environment(fmt).get_template(f"brief.{fmt}.j2").render(context)
    return text if fmt == "html" else strip_controls_multiline(text)


def render_all(digest: Digest) -> dict[str, str]:
    return {fmt: render(digest, fmt) for fmt in FORMATS}
