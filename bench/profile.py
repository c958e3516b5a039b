"""cProfile of the two costs issue 18 asks about: the parse step of a first crawl, and a cold CLI run.

    python -m bench.profile [--notices 1000] [--top 25]
    python -m bench.profile --night [--notices 100]   # only: an unchanged night through the Dagster job

The site is generated and served by this process (as in bench.run); the crawl and the CLI run in
subprocesses so each profile sees only regwatch's own work. Prints the top of each profile by
cumulative time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import sitegen
from bench.run import regwatch_env
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
job = defs.resolve_job_def("nightly")
run_config = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
with dg.DagsterInstance.ephemeral() as instance:
    job.execute_in_process(instance=instance, run_config=run_config)  # a first unchanged night: warm
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = job.execute_in_process(instance=instance, run_config=run_config)
    profile.disable()
    print(f"unchanged night, Dagster job: {time.perf_counter() - started:.3f} s, success {result.success}")
pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(int(sys.argv[1]))
"""

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
    parser.add_argument("--night", action="store_true", help="only: an unchanged night (Dagster job)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = sitegen.generate(root / "site", args.notices)
        with ReplayServer(ReplaySite(site.root)) as server:
            if args.night:
                env = regwatch_env(server, root / "night", site.listing_pages)
                _run(_FIRST_CRAWL, env, 0)
                print(f"## an unchanged night through the Dagster job, {args.notices} notices\n")
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
