"""Configuration from environment variables (and a `.env` file), as DESIGN.md specifies.

One frozen `Settings` is built per run and handed to every step; nothing below reads the
environment on its own, so a test or the demo can run several configurations in one process.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

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
    rate_limit: float = 1.0
    poll_seconds: float = 600.0
    max_pages: int = 5
    revalidate_hours: float = 0.0
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
    timezone: str = "Asia/Shanghai"
    extra: Mapping[str, str] = field(default_factory=dict)


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
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


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
    scheme of the same host is not implied, and no private address is (see pipelines.netguard)."""
    origins = set()
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
            origins.add(f"{parts.scheme}://{host}:{port}")
    return frozenset(origins)


def _hosts(env: Mapping[str, str], name: str, default: frozenset[str]) -> frozenset[str]:
    from pipelines.netguard import parse_rule

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
    # Split only at commas that start a new URL: the jpaas API's paramJson={"pageNo":1,"pageSize":15}
    # carries commas of its own.
    raw_urls = env.get("REGWATCH_LISTING_URLS") or ""
    urls = tuple(u.strip() for u in re.split(r",\s*(?=[a-zA-Z][a-zA-Z0-9+.-]*://)", raw_urls) if u.strip())
    urls = urls or DEFAULT_LISTING_URLS
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ConfigError(f"REGWATCH_LISTING_URLS: {url!r} is not an http(s) URL")
    allowed = _hosts(env, "REGWATCH_ALLOWED_HOSTS", frozenset()) or _origins_of(urls)
    attachment_hosts = _hosts(env, "REGWATCH_ATTACHMENT_HOSTS", frozenset({"*.mofcom.gov.cn"}))
    parse_budget = _float(env, "REGWATCH_PARSE_BUDGET", 60.0)
    if parse_budget <= 0:
        raise ConfigError("REGWATCH_PARSE_BUDGET must be > 0 seconds")
    as_of = None
    if env.get("REGWATCH_AS_OF"):
        try:
            as_of = dt.date.fromisoformat(env["REGWATCH_AS_OF"])
        except ValueError:
            raise ConfigError(f"REGWATCH_AS_OF must be YYYY-MM-DD, got {env['REGWATCH_AS_OF']!r}") from None
    rate = _float(env, "REGWATCH_RATE_LIMIT", 1.0)
    if rate < 0:
        raise ConfigError("REGWATCH_RATE_LIMIT must be >= 0 (0 = unlimited, for loopback tests only)")
    recipients = tuple(r.strip() for r in (env.get("REGWATCH_DIGEST_TO") or "").split(",") if r.strip())
    subscriptions = env.get("REGWATCH_SUBSCRIPTIONS")
    return Settings(
        db_path=db_path,
        archive_dir=archive_dir,
        digest_dir=digest_dir,
        listing_urls=urls,
        allowed_hosts=allowed,
        attachment_hosts=attachment_hosts,
        parse_budget=parse_budget,
        rate_limit=rate,
        poll_seconds=_float(env, "REGWATCH_POLL_SECONDS", 600.0),
        max_pages=_int(env, "REGWATCH_MAX_PAGES", 5),
        revalidate_hours=_float(env, "REGWATCH_REVALIDATE_HOURS", 0.0),
        max_bytes=_int(env, "REGWATCH_MAX_BYTES", 20 * 1024 * 1024),
        fetch_attachments=_bool(env, "REGWATCH_FETCH_ATTACHMENTS", True),
        attachment_retry_hours=_float(env, "REGWATCH_ATTACHMENT_RETRY_HOURS", 1.0),
        user_agent=env.get("REGWATCH_USER_AGENT") or "regwatch/0.1 (export-control monitoring)",
        as_of=as_of,
        smtp_host=env.get("REGWATCH_SMTP_HOST") or None,
        smtp_port=_int(env, "REGWATCH_SMTP_PORT", 25),
        smtp_user=env.get("REGWATCH_SMTP_USER") or None,
        smtp_password=env.get("REGWATCH_SMTP_PASSWORD") or None,
        smtp_from=env.get("REGWATCH_SMTP_FROM") or "regwatch@localhost",
        smtp_starttls=_bool(env, "REGWATCH_SMTP_STARTTLS", False),
        digest_to=recipients,
        webhook_url=env.get("REGWATCH_WEBHOOK_URL") or None,
        notify_empty=_bool(env, "REGWATCH_NOTIFY_EMPTY", False),
        subscriptions_file=Path(subscriptions) if subscriptions else None,
        catalogue=_catalogue(env),
        lock_timeout=_float(env, "REGWATCH_LOCK_TIMEOUT", 900.0),
        timezone=env.get("REGWATCH_TIMEZONE") or "Asia/Shanghai",
    )
