"""cProfile of the two costs issue 18 asks about: the parse step of a first crawl, and a cold CLI run.

    python -m bench.profile [--notices 1000] [--top 25]
    python -m bench.profile --night [--notices 100]   # only: an unchanged night, the scheduled job nightly_poll
    python -m bench.profile --reread [--notices 1000]  # only: a re-read in 2 worker processes

The site is generated and served by this process (as in bench.run); the crawl and the CLI run in
subprocesses so each profile sees only regwatch's own work. Prints the top of each profile by
cumulative time. A re-read (`--reread`) is profiled in the storing process, whose waits on the pool
show as lock acquisitions, and in one worker, from its first page to its exit (the profile of each
worker is written when it exits, so pickling its results back is in it).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import subprocess
import sys
import tempfile
from multiprocessing import util
from pathlib import Path

from bench import sitegen
from bench.run import regwatch_env
from pipelines.run.reading import read_archived
from pipelines.sources.replay import ReplayServer, ReplaySite

_PARSE = """
import cProfile, os, pstats, sys
from pipelines import steps
from pipelines.config import load_settings
ctx = steps.make_context(load_settings(dict(os.environ)), trigger="profile", log=lambda _m: None)
urls = steps.discover(ctx).article_urls
steps.fetch_pages(ctx, urls)
profile = cProfile.Profile()
profile.enable()
steps.parse_pages(ctx)
profile.disable()
pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(int(sys.argv[1]))
"""

_CLI = """
import cProfile, pstats, sys
profile = cProfile.Profile()
profile.enable()
from pipelines.cli import main
try:
    main(["run"])
except SystemExit:
    pass
profile.disable()
pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(int(sys.argv[1]))
"""


_NIGHT = """
import cProfile, pstats, sys, time
import dagster as dg
from pipelines.definitions import defs
job = defs.resolve_job_def("nightly_poll")
run_config = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
with dg.DagsterInstance.ephemeral() as instance:
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = job.execute_in_process(instance=instance, run_config=run_config)  # the process's first run, as bench.run
    profile.disable()
    print(f"unchanged night, the scheduled job nightly_poll: {time.perf_counter() - started:.3f} s, success {result.success}")
pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(int(sys.argv[1]))
"""

_REREAD = """
import cProfile, glob, os, pstats, sys
import parsers
from pipelines.run import discover, parse
from bench import profile as bench_profile
parsers.PARSER_VERSION = parse.PARSER_VERSION = discover.PARSER_VERSION = "profile-reread"
pooled = parse.read_in_pool
parse.read_in_pool = lambda settings, pending, states, _read, workers: pooled(
    settings, pending, states, bench_profile.profiled_read, workers
)
from pipelines import steps
from pipelines.config import load_settings

def main():
    ctx = steps.make_context(load_settings(dict(os.environ)), trigger="profile", log=lambda _m: None)
    profile = cProfile.Profile()
    profile.enable()
    steps.parse_pages(ctx)
    profile.disable()
    print("### the storing process")
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(int(sys.argv[1]))
    worker = sorted(glob.glob(os.path.join(os.environ[bench_profile.WORKER_PROFILES], "*.prof")))[0]
    print("### one worker")
    pstats.Stats(worker, stream=sys.stdout).sort_stats("cumulative").print_stats(int(sys.argv[1]))

if __name__ == "__main__":
    main()
"""

WORKER_PROFILES = "REGWATCH_BENCH_WORKER_PROFILES"  # the folder a profiled worker writes its profile in
_worker_profile: cProfile.Profile | None = None


def profiled_read(ctx, item, glossary, states):  # type: ignore[no-untyped-def]
    """`read_archived` in a pool worker whose profile runs from its first page to its exit."""
    global _worker_profile
    if _worker_profile is None:
        _worker_profile = cProfile.Profile()
        # A pool worker leaves through multiprocessing's exit, which runs its finalizers, not atexit.
        util.Finalize(None, _write_worker_profile, exitpriority=100)
        _worker_profile.enable()
    return read_archived(ctx, item, glossary, states)


def _write_worker_profile() -> None:
    assert _worker_profile is not None
    _worker_profile.disable()
    _worker_profile.dump_stats(os.path.join(os.environ[WORKER_PROFILES], f"worker-{os.getpid()}.prof"))


_FIRST_CRAWL = """
from pipelines import steps
from pipelines.config import load_settings
import os
steps.run_all(steps.make_context(load_settings(dict(os.environ)), trigger="profile", log=lambda _m: None))
"""


def _run(code: str, env: dict[str, str], top: int) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, str(top)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"profiled process failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--night", action="store_true", help="only: an unchanged night (nightly_poll)")
    parser.add_argument("--reread", action="store_true", help="only: a re-read in 2 worker processes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = sitegen.generate(root / "site", args.notices)
        with ReplayServer(ReplaySite(site.root)) as server:
            if args.reread:
                env = regwatch_env(server, root / "reread", site.listing_pages)
                _run(_FIRST_CRAWL, env, 0)
                print(f"## a re-read of {args.notices} notices in 2 worker processes\n")
                env.update({"REGWATCH_PARSE_WORKERS": "2", WORKER_PROFILES: str(root)})
                print(_run(_REREAD, env, args.top))
                return 0
            if args.night:
                env = regwatch_env(server, root / "night", site.listing_pages)
                _run(_FIRST_CRAWL, env, 0)
                print(
                    f"## an unchanged night through the scheduled job nightly_poll, {args.notices} notices\n"
                )
                print(_run(_NIGHT, env, args.top))
                return 0
            env = regwatch_env(server, root / "parse", site.listing_pages)
            print(f"## parse step of a first crawl, {args.notices} notices\n")
            print(_run(_PARSE, env, args.top))
            env = regwatch_env(server, root / "cli", site.listing_pages)
            print(f"## cold `regwatch run` (new process, first crawl), {args.notices} notices\n")
            print(_run(_CLI, env, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
