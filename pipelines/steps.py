"""The nightly job's steps, in one import for the assets, the CLI, the benchmark and the tests.

Each step lives in its own module of `pipelines.run` (context, discover, fetch, parse, build,
runner); this module only names them, so callers need not know the layout.
"""

from pipelines.run.build import BuildSummary, build
from pipelines.run.context import Log, RunContext, make_context, make_fetcher, new_run_id, page_states
from pipelines.run.discover import Discovery, discover
from pipelines.run.fetch import FetchSummary, fetch_pages
from pipelines.run.parse import PAGE_FAILED, PARSE_BATCH, ParseSummary, parse_pages
from pipelines.run.poll import Poll, poll
from pipelines.run.runner import finish, known_urls, run_all

__all__ = [
    "PAGE_FAILED",
    "PARSE_BATCH",
    "BuildSummary",
    "Discovery",
    "FetchSummary",
    "Log",
    "ParseSummary",
    "Poll",
    "RunContext",
    "build",
    "discover",
    "fetch_pages",
    "finish",
    "known_urls",
    "make_context",
    "make_fetcher",
    "new_run_id",
    "page_states",
    "parse_pages",
    "poll",
    "run_all",
]
