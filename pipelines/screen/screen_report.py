"""Screening output: table, CSV, JSON (the contract shape) and an HTML report with entry timelines.

The HTML report draws each matched entry's life as an inline SVG bar — pending, in force,
suspended, ended — with the notice that caused each turn, because a suspension window is easier to
see than to read. Everything printed from the warehouse or the user's files is escaped.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from parsers.model import EntryStatus
from parsers.screening import EntryPeriod, ListedEntry, Match, RuleResult, Verdict
from pipelines.screen.screening import ScreenReport

FORMATS = ("table", "csv", "json", "html")
DISCLAIMER = (
    "Automated screening for information; it is not legal advice. Term and heading matches are leads "
    "to check, not classifications. The Chinese text of the notice is authoritative."
)
_TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "templates"
COLOURS = {"pending": "#f2a900", "in_force": "#c62828", "suspended": "#8c8c8c", "repealed": "#d9d9d9"}


def _d(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- JSON ---------------------------------------------------------------------------------------------


def match_obj(m: Match) -> dict[str, object]:
    """The contract's match fields first; the rest (strength, note, terms …) only ever added."""
    return {
        "notice_id": m.notice_id,
        "entry_key": m.entry_key,
        "control_code": m.control_code,
        "name_zh": m.name_zh,
        "name_en": m.name_en,
        "basis": m.basis,
        "status": m.status,
        "effective_on": _d(m.effective_on),
        "suspended_until": _d(m.suspended_until),
        "quote_zh": m.quote_zh,
        "strength": m.strength,
        "note": m.note,
        "status_notice_id": m.status_notice_id,
        "days_to_effect": m.days_to_effect,
        "hs_codes": list(m.hs_codes),
        "terms": list(m.terms),
        "score": m.score,
        "excluded_by": m.excluded_by,
    }


def rule_obj(r: RuleResult) -> dict[str, object]:
    return {
        "notice_id": r.notice_id,
        "rule_kind": r.rule_kind,
        "ratio": r.ratio,
        "threshold": r.threshold,
        "verdict": r.verdict,
        "reason": r.reason,
        "status": r.status,
        "currency": r.currency,
        "components": [
            {
                "line": c.line,
                "component": c.component,
                "origin": c.origin,
                "part_item": c.part_item,
                "value": str(c.value) if c.value is not None else None,
                "counted": c.counted,
                "why": c.why,
            }
            for c in r.components
        ],
    }


def verdict_obj(v: Verdict) -> dict[str, object]:
    if v.kind == "party":
        return {
            "party": v.key,
            "verdict": v.verdict,
            "status": v.status,
            "matches": [
                {
                    "list": p.list,
                    "listed_name": p.listed_name,
                    "party_id": p.party_id,
                    "name_zh": p.name_zh,
                    "name_en": p.name_en,
                    "country": p.country,
                    "notice_id": p.notice_id,
                    "listed_on": _d(p.listed_on),
                    "status": p.status,
                    "status_notice_id": p.status_notice_id,
                    "score": p.score,
                    "basis": "name",
                    "quote_zh": p.quote_zh,
                }
                for p in v.party_matches
            ],
            "rules": [],
            "error": v.error,
            "line": v.line,
            "name": v.description,
        }
    return {
        "sku": v.key,
        "verdict": v.verdict,
        "status": v.status,
        "matches": [match_obj(m) for m in v.matches],
        "rules": [rule_obj(r) for r in v.rules],
        "error": v.error,
        "line": v.line,
        "description": v.description,
    }


def render_json(report: ScreenReport) -> str:
    return json.dumps([verdict_obj(v) for v in report.verdicts], ensure_ascii=False, indent=2) + "\n"


# -- CSV and table ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "row_type",
    "id",
    "line",
    "verdict",
    "status",
    "basis",
    "strength",
    "notice_id",
    "control_code",
    "name_zh",
    "name_en",
    "match_status",
    "effective_on",
    "suspended_until",
    "score",
    "terms",
    "excluded_by",
    "note",
    "rule",
    "error",
)


def _csv_rows(v: Verdict) -> list[dict[str, object]]:
    base = {"row_type": v.kind, "id": v.key, "line": v.line, "verdict": v.verdict, "status": v.status or ""}
    rows: list[dict[str, object]] = []
    for m in v.matches:
        rows.append(
            base
            | {
                "basis": m.basis,
                "strength": m.strength,
                "notice_id": m.notice_id,
                "control_code": m.control_code or "",
                "name_zh": m.name_zh,
                "name_en": m.name_en or "",
                "match_status": m.status,
                "effective_on": _d(m.effective_on) or "",
                "suspended_until": _d(m.suspended_until) or "",
                "score": m.score if m.score is not None else "",
                "terms": "; ".join(m.terms),
                "excluded_by": m.excluded_by or "",
                "note": m.note,
            }
        )
    for p in v.party_matches:
        rows.append(
            base
            | {
                "basis": "name",
                "notice_id": p.notice_id,
                "name_zh": p.name_zh,
                "name_en": p.name_en or "",
                "match_status": p.status,
                "effective_on": _d(p.listed_on) or "",
                "score": p.score,
                "note": f"{p.list}: {p.listed_name}",
            }
        )
    for r in v.rules:
        rows.append(base | {"notice_id": r.notice_id, "rule": f"{r.rule_kind}: {r.verdict} — {r.reason}"})
    if not rows:
        rows.append(base | {"error": v.error or ""})
    return rows


def render_csv(report: ScreenReport) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    for v in report.verdicts:
        for row in _csv_rows(v):
            writer.writerow(row)
    return out.getvalue()


def status_text(m: Match) -> str:
    if m.status == "pending":
        return f"pending: takes effect {m.effective_on} (in {m.days_to_effect} days)"
    if m.status == "suspended":
        until = f" until {m.suspended_until}" if m.suspended_until else ""
        by = f" by {m.status_notice_id}" if m.status_notice_id else ""
        return f"suspended{until}{by}"
    if m.status == "repealed":
        return "no longer listed" + (f" (repealed by {m.status_notice_id})" if m.status_notice_id else "")
    return f"in force since {m.effective_on}" if m.effective_on else "in force"


def render_table(report: ScreenReport, max_matches: int = 5) -> str:
    lines = [f"screening against the list on {report.as_of} ({report.warehouse})"]
    counts = report.counts()
    lines.append(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    for v in report.verdicts:
        label = f"{v.kind} {v.key or '(no id)'} (line {v.line})"
        lines.append("")
        lines.append(
            f"{v.verdict.upper():10} {label}: {v.description}" + (f" [{v.status}]" if v.status else "")
        )
        if v.error:
            lines.append(f"  error: {v.error}")
        for m in v.matches[:max_matches]:
            mark = "x" if m.excluded_by else "*" if m.strength == "listed" else "?"
            lines.append(
                f"  {mark} {m.basis:12} {m.notice_id:16} {m.control_code or '-':10} {m.name_zh} [{m.name_en or ''}]"
            )
            lines.append(f"      {m.note}; {status_text(m)}")
            if m.excluded_by:
                lines.append(f"      excluded: the notice prints 「{m.excluded_by}」 as not covered")
        if len(v.matches) > max_matches:
            lines.append(f"  … {len(v.matches) - max_matches} more match(es) (see --format json)")
        for p in v.party_matches[:max_matches]:
            lines.append(
                f"  * {p.list:24} {p.listed_name} (score {p.score}) {p.notice_id} listed {p.listed_on} [{p.status}]"
            )
        for r in v.rules:
            lines.append(f"  rule {r.notice_id} {r.rule_kind}: {r.verdict.upper()} — {r.reason}")
    lines.append("")
    lines.append(DISCLAIMER)
    return "\n".join(lines) + "\n"


# -- HTML with timelines -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    start: date
    end: date  # exclusive
    state: EntryStatus
    label: str  # the notice that caused this turn


def segments(
    entry: ListedEntry, periods: Sequence[EntryPeriod], announced: date | None, horizon: date
) -> list[Segment]:
    """The entry's life as consecutive segments up to `horizon`."""
    out: list[Segment] = []
    if not periods:
        return out
    first = periods[0].valid_from
    if announced and announced < first:
        out.append(Segment(announced, first, "pending", entry.notice_id))
    for p in periods:
        end = p.valid_to or horizon
        cause = p.status_notice_id if p.status == "suspended" and p.status_notice_id else entry.notice_id
        if out and out[-1].end < p.valid_from and out[-1].state != "pending":
            out.append(Segment(out[-1].end, p.valid_from, "repealed", entry.status_notice_id or "—"))
        out.append(Segment(p.valid_from, max(end, p.valid_from), p.status, cause))
    last = periods[-1]
    if last.valid_to is not None and last.valid_to < horizon:
        out.append(Segment(last.valid_to, horizon, "repealed", entry.status_notice_id or "list ended"))
    return out


def timeline_svg(entry: ListedEntry, segs: Sequence[Segment], as_of: date, start: date, end: date) -> Markup:
    width, left, right, bar_y, bar_h = 760, 8, 8, 26, 18
    span = max((end - start).days, 1)

    def x(d: date) -> float:
        return left + (width - left - right) * max(0, min((d - start).days, span)) / span

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="78" '
        f'viewBox="0 0 {width} 78" role="img" aria-label="{escape(entry.name_zh)} timeline">'
    ]
    for i, seg in enumerate(segs):
        x0, x1 = x(seg.start), x(seg.end)
        parts.append(
            f'<rect x="{x0:.1f}" y="{bar_y}" width="{max(x1 - x0, 1.5):.1f}" height="{bar_h}" '
            f'fill="{COLOURS[seg.state]}" data-state="{seg.state}"><title>{seg.state} {seg.start} – '
            f"{seg.end} ({escape(seg.label)})</title></rect>"
        )
        label_y = 18 if i % 2 == 0 else 62
        anchor = "start" if x0 < width - 180 else "end"
        parts.append(
            f'<text x="{x0 + 2:.1f}" y="{label_y}" font-size="10" text-anchor="{anchor}" fill="#333">'
            f"{seg.start} {seg.state.replace('_', ' ')} · {escape(seg.label)}</text>"
        )
    ax = x(as_of)
    parts.append(
        f'<line x1="{ax:.1f}" y1="20" x2="{ax:.1f}" y2="50" stroke="#0645ad" stroke-width="2"/>'
        f'<text x="{ax + 3:.1f}" y="74" font-size="10" fill="#0645ad">as of {as_of}</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def _timelines(report: ScreenReport) -> dict[tuple[str, str], Markup]:
    announced = {n: label.published_on for n, label in report.notices.items()}
    dates = [report.as_of]
    for periods in report.periods.values():
        for p in periods:
            dates.append(p.valid_from)
            if p.valid_to:
                dates.append(p.valid_to)
    dates += [d for n, d in announced.items() if d and any(k[0] == n for k in report.periods)]
    start = min(dates) - timedelta(days=30)
    end = max(dates) + timedelta(days=120)
    out = {}
    for key, periods in report.periods.items():
        entry = report.entries.get(key)
        if entry is None:
            continue
        segs = segments(entry, periods, announced.get(entry.notice_id), end)
        out[key] = timeline_svg(entry, segs, report.as_of, start, end)
    return out


def render_html(report: ScreenReport) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    timelines = _timelines(report)
    return env.get_template("screen.html.j2").render(
        report=report,
        counts=report.counts(),
        timelines=timelines,
        colours=COLOURS,
        status_text=status_text,
        notices=report.notices,
        disclaimer=DISCLAIMER,
        generated=report.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
    )


def render(report: ScreenReport, fmt: str) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "csv":
        return render_csv(report)
    if fmt == "html":
        return render_html(report)
    if fmt == "table":
        return render_table(report)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
