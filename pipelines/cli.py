"""The `regwatch` command line: demo, run, digest, export, search, watch.

Exit codes: 0 success; 1 the run or command failed; 2 bad usage or configuration; 3 the run
finished but a source could not be read (a listing failed or came back empty), so its result must
not be trusted as "nothing new".
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.alerts.digest import FORMATS

if TYPE_CHECKING:  # Dagster loads only for the commands that run a job
    from dagster import DagsterInstance, ExecuteInProcessResult

    from pipelines.config import Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SOURCES = 0, 1, 2, 3
EXIT_LISTED = 4  # `regwatch screen`: at least one row is listed

DEMO_NIGHTS = (
    ("night 1", dt.date(2025, 10, 10)),
    ("night 2", dt.date(2025, 11, 10)),
    ("night 3", dt.date(2025, 11, 20)),  # the entity lists: 2025 No. 1 and a UEL notice appear
)

EXAMPLE_QUERIES = (
    (
        "What became controlled or changed in the last run",
        "SELECT change_type, notice_id, name_zh, name_en, control_code, hs_codes, effective_on\n"
        "  FROM changes WHERE run_id = (SELECT run_id FROM changes ORDER BY detected_at DESC LIMIT 1)\n"
        "  ORDER BY change_type, notice_id;",
    ),
    (
        "Was samarium-cobalt controlled on 2025-11-09, and under which notice?",
        "SELECT entry_key, name_zh, status, notice_id, valid_from, valid_to\n"
        "  FROM controls_as_of(DATE '2025-11-09') WHERE name_zh LIKE '%钐钴%';",
    ),
    (
        "Who was on which entity list on 2025-11-20 (parties named by both lists appear twice)",
        "SELECT list, party_id, name_zh, name_en, country, status, notice_id\n"
        "  FROM parties_as_of(DATE '2025-11-20') WHERE name_en ILIKE '%aerospace%' ORDER BY party_id, list;",
    ),
    (
        "Everything ever listed under HS heading 2805",
        "SELECT e.notice_id, e.name_zh, e.control_code, e.hs_codes FROM control_entries e\n"
        "  WHERE len(list_filter(e.hs_codes, lambda x: x LIKE '2805%')) > 0;",
    ),
)


def _say(message: str = "") -> None:
    write_stdout(message + "\n")


def write_stdout(text: str) -> None:
    """Write to standard output; a reader that went away (`regwatch digest | head`) ends the output
    quietly instead of with a BrokenPipe traceback, and a run in progress carries on."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    # Point the descriptor at /dev/null, so the interpreter's final flush does not fail again.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _out_dir(raw: str) -> Path:
    """An --out directory that can be written, checked before any work (exit 2 otherwise)."""
    out = Path(raw)
    if out.exists() and not out.is_dir():
        _err(f"--out {raw}: not a directory (give a directory; the files are named by run)")
        raise SystemExit(EXIT_USAGE)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".regwatch-probe-"):
            pass
    except OSError as exc:
        _err(f"--out {raw}: cannot write files there ({exc.strerror or exc})")
        raise SystemExit(EXIT_USAGE) from None
    return out


def _err(message: str) -> None:
    print(f"regwatch: {message}", file=sys.stderr, flush=True)


def _settings(env_overrides: dict[str, str] | None = None) -> Settings:
    from pipelines.config import ConfigError, load_settings

    if env_overrides:
        os.environ.update(env_overrides)
    try:
        return load_settings()
    except ConfigError as exc:
        _err(f"configuration error: {exc}")
        raise SystemExit(EXIT_USAGE) from None


def _instance() -> DagsterInstance:
    from dagster import DagsterInstance

    if os.environ.get("DAGSTER_HOME"):
        Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
        return DagsterInstance.get()
    return DagsterInstance.ephemeral()


def execute_nightly(trigger: str, *, quiet_dagster: bool = True, new_only: bool = False) -> tuple[bool, str]:
    """Run the nightly job once, in process; returns (success, run_id)."""
    from pipelines.definitions import defs

    job = defs.resolve_job_def("nightly")
    tags = {"regwatch/trigger": trigger, "regwatch/echo": "true"}
    if new_only:
        tags["regwatch/new_only"] = "true"
    run_config = {"loggers": {"console": {"config": {"log_level": "WARNING" if quiet_dagster else "INFO"}}}}
    with _instance() as instance:
        result = job.execute_in_process(
            instance=instance, tags=tags, run_config=run_config, raise_on_error=False
        )
    if not result.success:
        _mark_failed(result.run_id, _failure_message(result))
    return result.success, result.run_id


def _failure_message(result: ExecuteInProcessResult) -> str:
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            return event.step_failure_data.error.message.strip().splitlines()[0][:500]
    return "the run failed"


def _mark_failed(run_id: str, message: str) -> None:
    from pipelines import steps

    settings = _settings()
    ctx = steps.make_context(settings, run_id=run_id, log=lambda _m: None)
    if not ctx.warehouse.exists():
        return
    try:
        steps.finish(ctx, "failed", message)
    except Exception as exc:  # the warehouse itself may be what failed
        _err(f"could not record the failure in the warehouse: {exc}")


def _listing_ok(run_id: str) -> bool:
    from pipelines.storage import open_warehouse
    from warehouse.report import listing_ok

    with open_warehouse(_settings()).read() as con:
        return listing_ok(con, run_id)


# -- commands ----------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings()
    target = settings.db_path if settings.storage.backend == "local" else settings.storage.snapshot_url
    _say(f"regwatch run: {len(settings.listing_urls)} listing(s) -> {target}")
    started = time.monotonic()
    if settings.storage.backend == "local" and settings.parse_workers > 1 and not settings.db_path.exists():
        # A first crawl: every page is new, so the parse step will read them in a pool. Its server
        # process imports the reading code on the other core now, while this one imports Dagster.
        from pipelines.run.parallel import start_forkserver

        start_forkserver()
    ok, run_id = execute_nightly("manual" if args.manual else "nightly", quiet_dagster=not args.verbose)
    elapsed = time.monotonic() - started
    if not ok:
        _err(f"run {run_id} FAILED after {elapsed:.1f} s (details: `dagster` logs or the runs table)")
        return EXIT_FAILED
    if not _listing_ok(run_id):
        _err(f"run {run_id} finished in {elapsed:.1f} s but a listing failed or was empty: see data_issues")
        return EXIT_SOURCES
    from pipelines.storage import open_warehouse
    from warehouse.report import run_report

    with open_warehouse(_settings()).read() as con:
        report = run_report(con, run_id)
    changes = ", ".join(f"{n} {kind}" for kind, n in report.changes_by_type) or "no changes"
    _say(
        f"run {run_id} succeeded in {elapsed:.1f} s: {changes}; warehouse holds {report.notices} notices, "
        f"{report.entries} current entries"
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pipelines.sources.replay import ReplayServer, bundled_site

    out = Path(args.db).resolve()
    stem = out.name.removesuffix(".duckdb")
    archive = out.with_name(f"{stem}-archive")
    digests = out.with_name(f"{stem}-digests")
    if not args.keep:
        for path in (out, out.with_name(out.name + ".lock")):
            path.unlink(missing_ok=True)
        for directory in (archive, digests):
            shutil.rmtree(directory, ignore_errors=True)
    started = time.monotonic()
    site = bundled_site()
    with ReplayServer(site) as server:
        env = {
            "REGWATCH_DB": str(out),
            "REGWATCH_ARCHIVE_DIR": str(archive),
            "REGWATCH_DIGEST_DIR": str(digests),
            "REGWATCH_LISTING_URLS": f"{server.base_url}/zwgk/zcfb/index.html",
            "REGWATCH_ALLOWED_HOSTS": f"127.0.0.1:{server.port}",
            "REGWATCH_RATE_LIMIT": "0",
        }
        _say(f"regwatch demo: replaying MOFCOM from {server.base_url} into {out}")
        last_run = ""
        for index, (label, as_of) in enumerate(DEMO_NIGHTS, start=1):
            server.night = index
            env["REGWATCH_AS_OF"] = as_of.isoformat()
            os.environ.update(env)
            _say(f"\n== {label}: the site as of {as_of} ==")
            ok, last_run = execute_nightly("demo", quiet_dagster=not args.verbose)
            if not ok:
                _err(f"demo {label} failed; run with --verbose for Dagster's log")
                return EXIT_FAILED
            if index > 1:
                _print_events(digests / f"digest-{last_run}.json")
                _print_night(out, last_run)
        served = dict(server.requests)
    _say("")
    _print_demo_summary(out, last_run, digests, served, time.monotonic() - started)
    return EXIT_OK


def _print_events(json_digest: Path) -> None:
    """The brief's first lines: one per regulatory event of the night."""
    if not json_digest.exists():
        return
    found = json.loads(json_digest.read_text(encoding="utf-8")).get("events", [])
    if found:
        _say("What happened (the digest's first lines):")
        for event in found:
            _say(f"  * {event['headline']}")


def _print_night(db: Path, run_id: str) -> None:
    """What one demo night changed: goods newly controlled, suspended, modified; parties newly listed."""
    from warehouse.db import Warehouse
    from warehouse.report import run_report

    with Warehouse(db).read() as con:
        report = run_report(con, run_id)
    by_type, added, suspended, modified = (
        report.changes_by_type,
        report.added,
        report.suspended,
        report.modified,
    )
    _say("this night's changes: " + (", ".join(f"{n} {t}" for t, n in by_type) or "none"))
    if added:
        _say("\nNewly controlled (last night):")
        for notice_id, name_zh, name_en, code, hs, effective, status, until in added:
            hs_text = "、".join(hs) if hs else "-"
            note = f" (suspended until {until})" if status == "suspended" else ""
            _say(f"  {notice_id:16} {code:10} {name_zh}  [{name_en}]  HS {hs_text}  from {effective}{note}")
    for cause, notice_id, n, start, until in suspended:
        _say(f"Suspended: {n} entries of {notice_id} by {cause}, {start} to {until}")
    for notice_id, name_zh, detail in modified:
        _say(f"Modified: {notice_id} {name_zh}: {detail}")
    if report.listed:
        _say("\nNewly listed parties (this night):")
        for list_name, notice_id, name_zh, name_en, country, effective in report.listed:
            _say(
                f"  {list_name:22} {notice_id:16} {name_zh}  [{name_en}]  {country or '-'}  from {effective}"
            )


def _print_demo_summary(db: Path, run_id: str, digests: Path, served: dict[int, int], elapsed: float) -> None:
    from warehouse.db import Warehouse
    from warehouse.report import run_report

    with Warehouse(db).read() as con:
        report = run_report(con, run_id)
    _say(
        f"warehouse: {report.notices} notices, {report.versions} notice versions, {report.entries} control "
        f"entries, {report.parties} parties on the entity lists, {report.issues} data issues recorded"
    )
    _say(
        f"replay server answered {sum(served.values())} requests ({', '.join(f'{k}: {v}' for k, v in sorted(served.items()))})"
    )
    html = digests / f"digest-{run_id}.html"
    _say(f"\ndigest: {html if html.exists() else digests}")
    _say(f"warehouse: {db}")
    _say(
        "\nTry these (duckdb CLI, or python -c \"import duckdb; print(duckdb.connect('"
        f"{db.name}', read_only=True).sql('...'))\"):"
    )
    for title, sql in EXAMPLE_QUERIES:
        _say(f"  -- {title}\n  {sql.replace(chr(10), chr(10) + '  ')}")
    _say(f"\ndemo finished in {elapsed:.1f} s")


def cmd_digest(args: argparse.Namespace) -> int:
    from pipelines import steps
    from pipelines.alerts import alerting
    from pipelines.alerts.render import render
    from warehouse import alerts, store
    from warehouse.db import WarehouseError

    settings = _settings()
    out = _out_dir(args.out) if args.out else None
    ctx = steps.make_context(settings, trigger="digest", log=_say)
    try:
        if args.send:
            outcome = alerting.deliver(ctx)
            return EXIT_FAILED if outcome.failures else EXIT_OK
        with ctx.warehouse.read() as con:
            rows = alerts.changes_of_run(con, args.run) if args.run else alerts.undelivered(con)
            # the preview states when the sources were last read, like the delivered digest
            checked_at = store.last_listing_success(con)
            failures = store.listing_failures(con, args.run) if args.run else ()
    except WarehouseError as exc:
        _err(str(exc))
        return EXIT_FAILED
    digest = alerting.make_digest(ctx, rows, failures, checked_at=checked_at)
    formats = [args.format] if args.format != "all" else list(FORMATS)
    if out is not None:
        for fmt in formats:
            path = out / f"digest-{ctx.run_id}.{fmt}"
            path.write_text(render(digest, fmt), encoding="utf-8")
            _say(str(path))
    else:
        for fmt in formats:
            write_stdout(render(digest, fmt) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pipelines.storage import open_warehouse
    from warehouse.db import WarehouseError
    from warehouse.export import export

    settings = _settings()
    out = _out_dir(args.out)
    try:
        with open_warehouse(settings).read() as con:
            written = export(con, out, args.format, settings.as_of)
    except WarehouseError as exc:
        _err(str(exc))
        return EXIT_FAILED
    for name, (path, rows) in written.items():
        _say(f"{name:18} {rows:7} rows  {path}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from pipelines.run.segmenting import segmenter_for
    from pipelines.storage import open_warehouse, segmenter_anchor
    from warehouse.db import WarehouseError
    from warehouse.search import search_entries

    settings = _settings()
    query = " ".join(args.terms).strip()
    if not query:
        _err("search: give a term to search for, e.g. `regwatch search 钐钴`")
        return EXIT_USAGE
    terms = segmenter_for(segmenter_anchor(settings)).search_terms(query)
    try:
        with open_warehouse(settings).read() as con:
            hits = search_entries(con, query, terms, limit=args.limit)
    except WarehouseError as exc:
        _err(str(exc))
        return EXIT_FAILED
    _say(f"terms: {' / '.join(terms) or query}; {len(hits)} match(es)")
    for hit in hits:
        hs = "、".join(hit.hs_codes) or "-"
        _say(
            f"  {hit.status or 'not in force':13} {hit.notice_id:16} {hit.control_code or '-':10} {hit.name_zh} "
            f"[{hit.name_en or ''}] HS {hs}"
        )
    return EXIT_OK


def cmd_pull(args: argparse.Namespace) -> int:
    """Analysts on the shared backend: fetch the current snapshot and print its local file."""
    from pipelines.storage import open_warehouse
    from warehouse.backends import SharedWarehouse
    from warehouse.db import WarehouseError

    settings = _settings()
    warehouse = open_warehouse(settings)
    try:
        if isinstance(warehouse, SharedWarehouse):
            path = warehouse.pull()
        elif warehouse.exists():
            path = settings.db_path.resolve()
        else:
            raise WarehouseError(f"no warehouse at {settings.db_path}: run `regwatch run` first")
    except WarehouseError as exc:
        _err(str(exc))
        return EXIT_FAILED
    _say(str(path))
    return EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    from pipelines.watch import watch_loop

    settings = _settings()
    return watch_loop(settings, once=args.once, log=_say)


def cmd_screen(args: argparse.Namespace) -> int:
    from pipelines.screen.screen_command import run_screen

    return run_screen(args, _settings(), say=_say, err=_err)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regwatch",
        description="Watch MOFCOM export-control notices: what became controlled, changed or was suspended.",
        epilog="Configuration comes from REGWATCH_* environment variables and ./.env (see README).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser(
        "demo", help="run the nightly job offline on the bundled MOFCOM replay (three nights)"
    )
    demo.add_argument(
        "--db", default="regwatch-demo.duckdb", help="warehouse file to create (default: %(default)s)"
    )
    demo.add_argument(
        "--keep", action="store_true", help="keep an existing demo warehouse instead of starting fresh"
    )
    demo.add_argument("--verbose", action="store_true", help="show Dagster's own log")
    demo.set_defaults(func=cmd_demo)

    run = sub.add_parser("run", help="one nightly run against the configured sources")
    run.add_argument("--manual", action="store_true", help="tag the run as manual rather than nightly")
    run.add_argument("--verbose", action="store_true", help="show Dagster's own log")
    run.set_defaults(func=cmd_run)

    digest = sub.add_parser(
        "digest", help="render (or with --send deliver) the digest of undelivered changes"
    )
    digest.add_argument(
        "--format",
        choices=[*FORMATS, "all"],
        default="md",
        help="md, html, txt: the brief; json, full.html: every entry in full",
    )
    digest.add_argument("--out", help="write files into this directory instead of printing")
    digest.add_argument("--run", help="render the changes of this run id instead of the undelivered ones")
    digest.add_argument("--send", action="store_true", help="deliver through the configured channels")
    digest.set_defaults(func=cmd_digest)

    export = sub.add_parser("export", help="export the analyst tables and views")
    export.add_argument(
        "--format",
        choices=["parquet", "csv", "json", "ftm"],
        required=True,
        help="ftm: the entity lists as FollowTheMoney entities (JSON lines), for OpenSanctions/yente tools",
    )
    export.add_argument("--out", required=True, help="output directory")
    export.set_defaults(func=cmd_export)

    search = sub.add_parser("search", help="search control entries by term (segmented like the notices)")
    search.add_argument("terms", nargs="+")
    search.add_argument("--limit", type=_positive_int, default=50, help="at most this many matches (>= 1)")
    search.set_defaults(func=cmd_search)

    pull = sub.add_parser(
        "pull", help="print the local file of the current warehouse (shared backend: fetch the snapshot)"
    )
    pull.set_defaults(func=cmd_pull)

    watch = sub.add_parser("watch", help="poll the listings and alert new notices as they appear")
    watch.add_argument("--once", action="store_true", help="poll once and exit")
    watch.set_defaults(func=cmd_watch)

    from pipelines.screen.screen_command import add_screen_parser

    add_screen_parser(sub, cmd_screen)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:  # output written elsewhere than write_stdout (e.g. a report)
        _silence_stdout()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
