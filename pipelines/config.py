"""Configuration from environment variables (and a `.env` file), as DESIGN.md specifies.

One frozen `Settings` is built per run and handed to every step; nothing below reads the
environment on its own, so a test or the demo can run several configurations in one process.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from warehouse.db import DEFAULT_MEMORY_LIMIT

if TYPE_CHECKING:
    from pipelines.alerts.digest import Subscription

DEFAULT_LISTING_URLS = (
    "https://www.mofcom.gov.cn/zwgk/zcfb/index.html",
    "https://aqygzj.mofcom.gov.cn/flzc/gzjgfxwj/index.html",
)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    db_path: Path
    archive_dir: Path
    digest_dir: Path
    listing_urls: tuple[str, ...]
    allowed_hosts: frozenset[str]
    attachment_hosts: frozenset[str] = frozenset({"*.mofcom.gov.cn"})
    parse_budget: float = 60.0  # seconds one page's parse may take before it is abandoned
    attachment_budget: float = 600.0  # seconds for reading one attachment (a 300-page PDF, an OCR'd scan)
    parse_workers: int = (
        1  # processes reading pages on a large re-read (REGWATCH_PARSE_WORKERS); 1 = in process
    )
    parse_parallel_min: int = 200  # pending pages from which the workers are worth their start-up
    rate_limit: float = 1.0
    poll_seconds: float = 600.0
    max_pages: int = 5
    revalidate_hours: float = 0.0
    revalidate_recent_days: int = 90  # with a rotation: notices listed this recently, every run
    revalidate_rotation_days: int = 1  # older ones each once in this many days (1 = every run)
    max_bytes: int = 20 * 1024 * 1024
    fetch_attachments: bool = True
    attachment_retry_hours: float = 1.0  # first retry of a failed attachment download; doubles each time
    user_agent: str = "regwatch/0.1 (export-control monitoring)"
    as_of: dt.date | None = None
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "regwatch@localhost"
    smtp_starttls: bool = False
    digest_to: tuple[str, ...] = ()
    webhook_url: str | None = None
    notify_empty: bool = False
    subscriptions_file: Path | None = None
    catalogue: Path | None = None  # REGWATCH_CATALOGUE: products screened in the nightly run
    lock_timeout: float = 900.0
    duckdb_memory_limit: str = DEFAULT_MEMORY_LIMIT  # REGWATCH_DUCKDB_MEMORY_LIMIT (a write transaction)
    timezone: str = "Asia/Shanghai"
    log_file: Path | None = (
        None  # REGWATCH_LOG_FILE: the run's records as JSON lines (pipelines/run/events.py)
    )
    extra: Mapping[str, str] = field(default_factory=dict)
    storage: StorageSettings = field(default_factory=lambda: StorageSettings())
    schedule_cron: str = "0 6 * * *"
    freshness_hours: float = 30.0  # a listing check older than this is stale (checks, the freshness sensor)
    subscriptions: tuple[Subscription, ...] = ()  # REGWATCH_SUBSCRIPTIONS, read and checked up front


def read_dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; comments and blank lines ignored; the real environment wins over the file."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if not math.isfinite(value):
        raise ConfigError(f"{name} must be a finite number, got {raw!r}")
    return value


def _positive(env: Mapping[str, str], name: str, default: float) -> float:
    """Intervals and timeouts: zero would spin or never wait, a negative one means nothing."""
    value = _float(env, name, default)
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0, got {env.get(name)!r}")
    return value


def _not_negative(env: Mapping[str, str], name: str, default: float, zero: str) -> float:
    value = _float(env, name, default)
    if value < 0:
        raise ConfigError(f"{name} must be >= 0 ({zero}), got {env.get(name)!r}")
    return value


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    value = _int(env, name, default)
    if value > 65535:
        raise ConfigError(f"{name} must be a TCP port (1-65535), got {value}")
    return value


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, got {value}")
    return value


def cpu_count() -> int:
    """The CPUs this process may run on (a container's or taskset's share, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _origins_of(urls: tuple[str, ...]) -> frozenset[str]:
    """The listing URLs' origins (scheme, host and port), the default allow-list: another port or
    scheme of the same host is not implied, and no private address is (see pipelines.sources.netguard)."""
    origins = set()
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
            origins.add(f"{parts.scheme}://{host}:{port}")
    return frozenset(origins)


def _hosts(env: Mapping[str, str], name: str, default: frozenset[str]) -> frozenset[str]:
    from pipelines.sources.netguard import parse_rule

    raw = env.get(name)
    if raw is None:
        return default
    hosts = frozenset(h.strip().lower() for h in raw.split(",") if h.strip())
    for host in hosts:
        try:
            parse_rule(host)
        except ValueError as exc:
            raise ConfigError(f"{name}: {exc}") from None
    return hosts


def _catalogue(env: Mapping[str, str]) -> Path | None:
    """REGWATCH_CATALOGUE must name a readable CSV or XLSX file: a typo would silently screen nothing."""
    raw = env.get("REGWATCH_CATALOGUE")
    if not raw:
        return None
    path = Path(raw).expanduser()
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise ConfigError(f"REGWATCH_CATALOGUE must be a .csv or .xlsx file, got {raw!r}")
    if not path.is_file() or not os.access(path, os.R_OK):
        raise ConfigError(f"REGWATCH_CATALOGUE: cannot read {path}")
    return path


def _http_url(name: str, url: str) -> str:
    """An absolute http(s) URL with a host and a valid port; anything else would fail only mid-run."""
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range or not a number
    except ValueError as exc:
        raise ConfigError(f"{name}: {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigError(f"{name}: {url!r} is not an http(s) URL")
    if not parts.hostname or any(c.isspace() for c in url) or (port is not None and port == 0):
        raise ConfigError(f"{name}: {url!r} is not a valid http(s) URL (host missing or malformed)")
    return url


def _timezone(env: Mapping[str, str]) -> str:
    name = env.get("REGWATCH_TIMEZONE") or "Asia/Shanghai"
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
        raise ConfigError(
            f"REGWATCH_TIMEZONE: unknown time zone {name!r} (e.g. Asia/Shanghai, UTC)"
        ) from None
    return name


_MEMORY_RE = re.compile(r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$", re.IGNORECASE)


def _memory_limit(env: Mapping[str, str]) -> str:
    raw = (env.get("REGWATCH_DUCKDB_MEMORY_LIMIT") or "").strip()
    if not raw:
        return DEFAULT_MEMORY_LIMIT
    if not _MEMORY_RE.match(raw):
        raise ConfigError(
            f"REGWATCH_DUCKDB_MEMORY_LIMIT: {raw!r} is not an amount of memory (e.g. 128MB, 1GB)"
        )
    return raw


def _cron(env: Mapping[str, str]) -> str:
    raw = (env.get("REGWATCH_SCHEDULE_CRON") or "").strip()
    if not raw:
        return "0 6 * * *"
    # Dagster's own parser decides what a schedule accepts; imported only when a cron is set.
    from dagster._utils.schedules import is_valid_cron_string

    if not is_valid_cron_string(raw):
        raise ConfigError(
            f"REGWATCH_SCHEDULE_CRON: {raw!r} is not a valid cron expression (e.g. '0 6 * * *')"
        )
    return raw


def _subscriptions(env: Mapping[str, str]) -> tuple[Path | None, tuple[Subscription, ...]]:
    """Read and check the file now: found broken only at delivery, nothing would be delivered at all."""
    raw = env.get("REGWATCH_SUBSCRIPTIONS")
    if not raw:
        return None, ()
    from pipelines.alerts.digest import load_subscriptions

    path = Path(raw).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"REGWATCH_SUBSCRIPTIONS: cannot read {path}: {exc}") from None
    try:
        return path, tuple(load_subscriptions(text))
    except ValueError as exc:
        raise ConfigError(f"REGWATCH_SUBSCRIPTIONS: {path}: {exc}") from None


def _listing_urls(env: Mapping[str, str]) -> tuple[str, ...]:
    # Split only at commas that start a new URL: the jpaas API's paramJson={"pageNo":1,"pageSize":15}
    # carries commas of its own.
    raw_urls = env.get("REGWATCH_LISTING_URLS") or ""
    urls = tuple(u.strip() for u in re.split(r",\s*(?=[a-zA-Z][a-zA-Z0-9+.-]*://)", raw_urls) if u.strip())
    urls = urls or DEFAULT_LISTING_URLS
    for url in urls:
        _http_url("REGWATCH_LISTING_URLS", url)
    return urls


def _as_of(env: Mapping[str, str]) -> dt.date | None:
    if not env.get("REGWATCH_AS_OF"):
        return None
    try:
        return dt.date.fromisoformat(env["REGWATCH_AS_OF"])
    except ValueError:
        raise ConfigError(f"REGWATCH_AS_OF must be YYYY-MM-DD, got {env['REGWATCH_AS_OF']!r}") from None


def load_settings(env: Mapping[str, str] | None = None, *, cwd: Path | None = None) -> Settings:
    """Settings from `env` (default: os.environ overlaid on ./.env)."""
    if env is None:
        base = read_dotenv((cwd or Path.cwd()) / ".env")
        base.update(os.environ)
        env = base
    db_path = Path(env.get("REGWATCH_DB") or "warehouse/regwatch.duckdb").expanduser()
    stem = db_path.name.removesuffix(".duckdb")
    archive_dir = Path(env.get("REGWATCH_ARCHIVE_DIR") or db_path.with_name(f"{stem}-archive")).expanduser()
    digest_dir = Path(env.get("REGWATCH_DIGEST_DIR") or db_path.with_name(f"{stem}-digests")).expanduser()
    urls = _listing_urls(env)
    allowed = _hosts(env, "REGWATCH_ALLOWED_HOSTS", frozenset()) or _origins_of(urls)
    attachment_hosts = _hosts(env, "REGWATCH_ATTACHMENT_HOSTS", frozenset({"*.mofcom.gov.cn"}))
    parse_budget = _positive(env, "REGWATCH_PARSE_BUDGET", 60.0)
    attachment_budget = _positive(env, "REGWATCH_ATTACHMENT_BUDGET", 600.0)
    as_of = _as_of(env)
    rate = _not_negative(env, "REGWATCH_RATE_LIMIT", 1.0, "0 = unlimited, for loopback tests only")
    from pipelines.sources.netguard import is_loopback_host  # loaded by _hosts already; httpx stays lazy

    remote = [u for u in urls if not is_loopback_host(urlsplit(u).hostname or "")]
    if rate == 0 and remote:
        raise ConfigError(
            f"REGWATCH_RATE_LIMIT=0 (unlimited) is only for loopback listings; {remote[0]!r} is not one "
            "(give requests per second, e.g. 1)"
        )
    recipients = tuple(r.strip() for r in (env.get("REGWATCH_DIGEST_TO") or "").split(",") if r.strip())
    subscriptions_file, subscriptions = _subscriptions(env)
    mailed = [sub.name for sub in subscriptions if sub.recipients]
    if mailed and not env.get("REGWATCH_SMTP_HOST"):
        raise ConfigError(
            f"REGWATCH_SUBSCRIPTIONS: subscription(s) {', '.join(mailed)} have e-mail recipients but "
            "REGWATCH_SMTP_HOST is not set"
        )
    webhook_url = env.get("REGWATCH_WEBHOOK_URL") or None
    if webhook_url:
        _http_url("REGWATCH_WEBHOOK_URL", webhook_url)
    return Settings(
        db_path=db_path,
        archive_dir=archive_dir,
        digest_dir=digest_dir,
        listing_urls=urls,
        allowed_hosts=allowed,
        attachment_hosts=attachment_hosts,
        parse_budget=parse_budget,
        attachment_budget=attachment_budget,
        parse_workers=_int(env, "REGWATCH_PARSE_WORKERS", cpu_count()),
        parse_parallel_min=_int(env, "REGWATCH_PARSE_PARALLEL_MIN", 200),
        rate_limit=rate,
        poll_seconds=_positive(env, "REGWATCH_POLL_SECONDS", 600.0),
        max_pages=_int(env, "REGWATCH_MAX_PAGES", 5),
        revalidate_hours=_not_negative(env, "REGWATCH_REVALIDATE_HOURS", 0.0, "0 = every run"),
        revalidate_recent_days=_int(env, "REGWATCH_REVALIDATE_RECENT_DAYS", 90),
        revalidate_rotation_days=_int(env, "REGWATCH_REVALIDATE_ROTATION_DAYS", 1),
        max_bytes=_int(env, "REGWATCH_MAX_BYTES", 20 * 1024 * 1024),
        fetch_attachments=_bool(env, "REGWATCH_FETCH_ATTACHMENTS", True),
        attachment_retry_hours=_not_negative(env, "REGWATCH_ATTACHMENT_RETRY_HOURS", 1.0, "0 = every run"),
        user_agent=env.get("REGWATCH_USER_AGENT") or "regwatch/0.1 (export-control monitoring)",
        as_of=as_of,
        smtp_host=env.get("REGWATCH_SMTP_HOST") or None,
        smtp_port=_port(env, "REGWATCH_SMTP_PORT", 25),
        smtp_user=env.get("REGWATCH_SMTP_USER") or None,
        smtp_password=env.get("REGWATCH_SMTP_PASSWORD") or None,
        smtp_from=env.get("REGWATCH_SMTP_FROM") or "regwatch@localhost",
        smtp_starttls=_bool(env, "REGWATCH_SMTP_STARTTLS", False),
        digest_to=recipients,
        webhook_url=webhook_url,
        notify_empty=_bool(env, "REGWATCH_NOTIFY_EMPTY", False),
        subscriptions_file=subscriptions_file,
        catalogue=_catalogue(env),
        lock_timeout=_positive(env, "REGWATCH_LOCK_TIMEOUT", 900.0),
        duckdb_memory_limit=_memory_limit(env),
        log_file=Path(env["REGWATCH_LOG_FILE"]).expanduser() if env.get("REGWATCH_LOG_FILE") else None,
        timezone=_timezone(env),
        schedule_cron=_cron(env),
        freshness_hours=_positive(env, "REGWATCH_FRESHNESS_HOURS", 30.0),
        subscriptions=subscriptions,
        storage=load_storage_settings(env, db_path),
    )


# -- beyond one machine (docs/scaling.md) -------------------------------------------------------

WAREHOUSE_BACKENDS = ("local", "shared")
_STORE_SCHEMES = ("s3", "file")


@dataclass(frozen=True)
class StorageSettings:
    """Where the warehouse, the raw archive and the digests live. The defaults are the embedded,
    one-machine layout; `shared` moves the warehouse's catalog and locks to PostgreSQL and its
    snapshots (like the archive and digests, when given URLs) to object storage."""

    backend: str = "local"
    postgres_url: str | None = None
    snapshot_url: str | None = None
    snapshot_cache: Path | None = None
    snapshot_keep: int = 10
    archive_url: str | None = None
    digest_url: str | None = None
    s3_endpoint_url: str | None = None


def _store_url(env: Mapping[str, str], name: str) -> str | None:
    """A folder or an object-store URL; None when unset or a plain path (the local layout)."""
    raw = (env.get(name) or "").strip()
    if "://" not in raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in _STORE_SCHEMES:
        raise ConfigError(f"{name}: {raw!r} is neither a path nor an s3:// or file:// URL")
    if parts.scheme == "s3":
        if not parts.netloc:
            raise ConfigError(f"{name}: {raw!r} names no bucket (s3://bucket/prefix)")
        try:
            import s3fs  # noqa: F401
        except ImportError:
            raise ConfigError(
                f"{name}: s3:// needs the s3fs package: pip install 'regwatch[shared]'"
            ) from None
    return raw.rstrip("/")


def load_storage_settings(env: Mapping[str, str], db_path: Path) -> StorageSettings:
    backend = (env.get("REGWATCH_WAREHOUSE_BACKEND") or "local").strip().lower()
    if backend not in WAREHOUSE_BACKENDS:
        raise ConfigError(
            f"REGWATCH_WAREHOUSE_BACKEND must be one of {', '.join(WAREHOUSE_BACKENDS)}, got {backend!r}"
        )
    endpoint = (env.get("REGWATCH_S3_ENDPOINT_URL") or "").strip() or None
    if endpoint and urlsplit(endpoint).scheme not in ("http", "https"):
        raise ConfigError(f"REGWATCH_S3_ENDPOINT_URL must be an http(s) URL, got {endpoint!r}")
    postgres_url = (env.get("REGWATCH_POSTGRES_URL") or "").strip() or None
    if postgres_url and urlsplit(postgres_url).scheme not in ("postgresql", "postgres"):
        raise ConfigError("REGWATCH_POSTGRES_URL must be a postgresql:// URL")
    snapshot_raw = (env.get("REGWATCH_SNAPSHOT_URL") or "").strip()
    snapshot_url = _store_url(env, "REGWATCH_SNAPSHOT_URL") or (
        str(Path(snapshot_raw).expanduser().resolve()) if snapshot_raw else None
    )
    if backend == "shared":
        missing = [
            n
            for n, v in (("REGWATCH_POSTGRES_URL", postgres_url), ("REGWATCH_SNAPSHOT_URL", snapshot_url))
            if not v
        ]
        if missing:
            raise ConfigError(f"REGWATCH_WAREHOUSE_BACKEND=shared needs {' and '.join(missing)}")
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            raise ConfigError(
                "REGWATCH_WAREHOUSE_BACKEND=shared needs psycopg2: pip install 'regwatch[shared]'"
            ) from None
    cache = env.get("REGWATCH_SNAPSHOT_CACHE")
    stem = db_path.name.removesuffix(".duckdb")
    return StorageSettings(
        backend=backend,
        postgres_url=postgres_url,
        snapshot_url=snapshot_url,
        snapshot_cache=Path(cache).expanduser() if cache else db_path.with_name(f"{stem}-snapshots"),
        snapshot_keep=_int(env, "REGWATCH_SNAPSHOT_KEEP", 10),
        archive_url=_store_url(env, "REGWATCH_ARCHIVE_DIR"),
        digest_url=_store_url(env, "REGWATCH_DIGEST_DIR"),
        s3_endpoint_url=endpoint,
    )
