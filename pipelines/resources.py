"""Dagster resources: the configuration and the shared HTTP client that depends on it.

`RegwatchConfig` is configured at launch: a field set in the launchpad (or a `RunConfig`) overrides the
REGWATCH_* environment for that run, and because `HttpClient` declares it as a resource dependency the
client is built from the same, launch-time configuration (allowed hosts, rate limit, user agent).
Every value still goes through `pipelines.config.load_settings`, so the launchpad is validated like the
environment.
"""

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
from pydantic import Field, PrivateAttr

from pipelines.config import Settings, load_settings, read_dotenv
from pipelines.run.context import Deferred
from pipelines.sources.fetching import Fetcher
from pipelines.steps import make_fetcher
from pipelines.storage import open_warehouse
from warehouse.backends import WarehouseStore
from warehouse.db import shared_reads
from warehouse.runs import Lineage

# field -> environment variable it overrides
_FIELDS: dict[str, str] = {
    "db": "REGWATCH_DB",
    "listing_urls": "REGWATCH_LISTING_URLS",
    "allowed_hosts": "REGWATCH_ALLOWED_HOSTS",
    "rate_limit": "REGWATCH_RATE_LIMIT",
    "max_pages": "REGWATCH_MAX_PAGES",
    "revalidate_hours": "REGWATCH_REVALIDATE_HOURS",
    "revalidate_recent_days": "REGWATCH_REVALIDATE_RECENT_DAYS",
    "revalidate_rotation_days": "REGWATCH_REVALIDATE_ROTATION_DAYS",
    "fetch_attachments": "REGWATCH_FETCH_ATTACHMENTS",
    "as_of": "REGWATCH_AS_OF",
    "lock_timeout": "REGWATCH_LOCK_TIMEOUT",
    "smtp_host": "REGWATCH_SMTP_HOST",
    "smtp_port": "REGWATCH_SMTP_PORT",
    "smtp_user": "REGWATCH_SMTP_USER",
    "smtp_password": "REGWATCH_SMTP_PASSWORD",
    "smtp_from": "REGWATCH_SMTP_FROM",
    "smtp_starttls": "REGWATCH_SMTP_STARTTLS",
    "digest_to": "REGWATCH_DIGEST_TO",
    "webhook_url": "REGWATCH_WEBHOOK_URL",
    "notify_empty": "REGWATCH_NOTIFY_EMPTY",
    "subscriptions": "REGWATCH_SUBSCRIPTIONS",
    "catalogue": "REGWATCH_CATALOGUE",
}

# Secrets reach the resource as EnvVar references: resolved at launch, never shown in the UI.
SECRETS = {"smtp_password": "REGWATCH_SMTP_PASSWORD", "webhook_url": "REGWATCH_WEBHOOK_URL"}


def environment() -> dict[str, str]:
    """The deployment's configuration: ./.env overlaid by the real environment."""
    env = read_dotenv(Path.cwd() / ".env")
    env.update(os.environ)
    return env


def deployment_settings() -> Settings:
    """Settings of the deployment itself (sensors, which no launchpad configures)."""
    return load_settings(environment())


def _env_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class RegwatchConfig(dg.ConfigurableResource):
    """regwatch's settings for a run. Unset fields fall back to the REGWATCH_* environment (and .env)."""

    db: str | None = Field(default=None, description="REGWATCH_DB: the DuckDB warehouse file")
    listing_urls: str | None = Field(default=None, description="REGWATCH_LISTING_URLS (comma-separated)")
    allowed_hosts: str | None = Field(
        default=None, description="REGWATCH_ALLOWED_HOSTS: hosts the fetcher may contact (comma-separated)"
    )
    rate_limit: float | None = Field(default=None, description="REGWATCH_RATE_LIMIT: requests/s per host")
    max_pages: int | None = Field(default=None, description="REGWATCH_MAX_PAGES: listing pages per run")
    revalidate_hours: float | None = Field(default=None, description="REGWATCH_REVALIDATE_HOURS")
    revalidate_recent_days: int | None = Field(
        default=None,
        description="REGWATCH_REVALIDATE_RECENT_DAYS: notices this recent are revalidated every run",
    )
    revalidate_rotation_days: int | None = Field(
        default=None,
        description="REGWATCH_REVALIDATE_ROTATION_DAYS: older notices, each once in this many days",
    )
    fetch_attachments: bool | None = Field(default=None, description="REGWATCH_FETCH_ATTACHMENTS")
    as_of: str | None = Field(default=None, description="REGWATCH_AS_OF: evaluate the list on YYYY-MM-DD")
    lock_timeout: float | None = Field(default=None, description="REGWATCH_LOCK_TIMEOUT (seconds)")
    smtp_host: str | None = Field(default=None, description="REGWATCH_SMTP_HOST")
    smtp_port: int | None = Field(default=None, description="REGWATCH_SMTP_PORT")
    smtp_user: str | None = Field(default=None, description="REGWATCH_SMTP_USER")
    smtp_password: str | None = Field(default=None, description="REGWATCH_SMTP_PASSWORD (use an env var)")
    smtp_from: str | None = Field(default=None, description="REGWATCH_SMTP_FROM")
    smtp_starttls: bool | None = Field(default=None, description="REGWATCH_SMTP_STARTTLS")
    digest_to: str | None = Field(default=None, description="REGWATCH_DIGEST_TO (comma-separated)")
    webhook_url: str | None = Field(default=None, description="REGWATCH_WEBHOOK_URL (use an env var)")
    notify_empty: bool | None = Field(default=None, description="REGWATCH_NOTIFY_EMPTY")
    subscriptions: str | None = Field(default=None, description="REGWATCH_SUBSCRIPTIONS: a TOML file")
    catalogue: str | None = Field(default=None, description="REGWATCH_CATALOGUE: a PRODUCTS file")

    def overrides(self) -> dict[str, str]:
        return {
            variable: _env_value(getattr(self, name))
            for name, variable in _FIELDS.items()
            if getattr(self, name) not in (None, "")
        }

    def settings(self) -> Settings:
        env = environment()
        env.update(self.overrides())
        return load_settings(env)


def regwatch_config(env: Mapping[str, str] | None = None) -> RegwatchConfig:
    """The resource as the definitions bind it: configured at launch, secrets as EnvVar references
    (only for variables that are set, since an EnvVar of an unset variable fails every launch)."""
    present = os.environ if env is None else env
    secrets = {name: dg.EnvVar(variable) for name, variable in SECRETS.items() if present.get(variable)}
    return RegwatchConfig.configure_at_launch(**secrets)  # type: ignore[return-value]


class HttpClient(dg.ConfigurableResource):
    """One `httpx.Client` (inside a `Fetcher`) shared by every step of a run, closed at its end."""

    config: dg.ResourceDependency[RegwatchConfig]
    _fetcher: Fetcher | None = PrivateAttr(default=None)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = make_fetcher(self.config.settings())
        return self._fetcher

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["HttpClient"]:
        try:
            yield self
        finally:
            if self._fetcher is not None:
                self._fetcher.close()
                self._fetcher = None


class RunWarehouse(dg.ConfigurableResource):
    """The run's warehouse: one object for every step and check of a run, whose reads share one
    connection to the published file (reopened only after a write publishes a new one), closed at
    the run's end.

    Each step and each of the nine checks opened the file afresh: 17 opens of 10-30 ms on an
    unchanged night, a fifth of the job. Outside a run (a direct call) each call opens its own.

    It also holds what a step deferred to the run's next write (`RunContext.defer`), so the step
    that writes next carries it; whatever is still pending when the run ends is written then."""

    config: dg.ResourceDependency[RegwatchConfig]
    _run: "_RunScope | None" = PrivateAttr(default=None)

    def settings(self) -> Settings:
        if self._run is None:
            return self.config.settings()
        if self._run.settings is None:
            self._run.settings = self.config.settings()
        return self._run.settings

    def store(self) -> WarehouseStore:
        if self._run is None:
            return open_warehouse(self.settings())
        if self._run.warehouse is None:
            warehouse = open_warehouse(self.settings())
            self._run.stack.enter_context(shared_reads(warehouse))
            self._run.warehouse = warehouse
        return self._run.warehouse

    def lineage(self, compute: Callable[[], Lineage]) -> Lineage:
        """The run's lineage, computed by its first step (it reads the run's plan from the instance)."""
        if self._run is None:
            return compute()
        if self._run.lineage is None:
            self._run.lineage = compute()
        return self._run.lineage

    def pending(self) -> list[Deferred]:
        """The run's deferred writes (a fresh list outside a run: nothing is deferred past a step)."""
        return [] if self._run is None else self._run.pending

    def _flush(self, scope: "_RunScope") -> None:
        if scope.pending:  # a run whose last step never wrote: an executor that ran steps apart
            with self.store().write() as con:
                for deferred in scope.pending:
                    deferred(con)
            scope.pending.clear()

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["RunWarehouse"]:
        with contextlib.ExitStack() as stack:
            scope = self._run = _RunScope(stack)
            try:
                yield self
            finally:
                try:
                    self._flush(scope)
                finally:
                    self._run = None


@dataclass
class _RunScope:
    """What a run computes once for all its steps: its settings, its lineage, and its warehouse's
    shared reads (and the writes its steps deferred)."""

    stack: contextlib.ExitStack
    settings: Settings | None = None
    warehouse: WarehouseStore | None = None
    lineage: Lineage | None = None
    pending: list[Deferred] = field(default_factory=list)
