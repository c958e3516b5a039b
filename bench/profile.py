"""cProfile of the two costs issue 18 asks about: the parse step of a first crawl, and a cold CLI run.

    python -m bench.profile [--notices 1000] [--top 25]

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
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = sitegen.generate(root / "site", args.notices)
        with ReplayServer(ReplaySite(site.root)) as server:
            env = regwatch_env(server, root / "parse", site.listing_pages)
            print(f"## parse step of a first crawl, {args.notices} notices\n")
            print(_run(_PARSE, env, args.top))
            env = regwatch_env(server, root / "cli", site.listing_pages)
            print(f"## cold `regwatch run` (new process, first crawl), {args.notices} notices\n")
            print(_run(_CLI, env, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
