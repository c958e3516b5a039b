"""Dagster resources: the configuration (from environment variables) and the shared HTTP client."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
from pydantic import PrivateAttr

from pipelines.config import Settings, load_settings, read_dotenv
from pipelines.fetching import Fetcher
from pipelines.steps import make_fetcher

_FIELDS = {
    "db": "REGWATCH_DB",
    "listing_urls": "REGWATCH_LISTING_URLS",
    "allowed_hosts": "REGWATCH_ALLOWED_HOSTS",
    "rate_limit": "REGWATCH_RATE_LIMIT",
    "max_pages": "REGWATCH_MAX_PAGES",
    "as_of": "REGWATCH_AS_OF",
}


class RegwatchConfig(dg.ConfigurableResource):
    """regwatch's settings. Unset fields fall back to the REGWATCH_* environment (and `.env`),
    so operators configure the deployment once and can still override a field in the launchpad."""

    db: str | None = None
    listing_urls: str | None = None
    allowed_hosts: str | None = None
    rate_limit: str | None = None
    max_pages: str | None = None
    as_of: str | None = None

    def settings(self) -> Settings:
        env = read_dotenv(Path.cwd() / ".env")
        env.update(os.environ)
        for name, variable in _FIELDS.items():
            value = getattr(self, name)
            if value not in (None, ""):
                env[variable] = str(value)
        return load_settings(env)


class HttpClient(dg.ConfigurableResource):
    """One `httpx.Client` (inside a `Fetcher`) shared by every step of a run, closed at its end."""

    config: RegwatchConfig
    _fetcher: Fetcher | None = PrivateAttr(default=None)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = make_fetcher(self.config.settings())
        return self._fetcher

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[HttpClient]:
        try:
            yield self
        finally:
            if self._fetcher is not None:
                self._fetcher.close()
                self._fetcher = None
