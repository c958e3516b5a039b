"""Cheap polling of the listings for notices not seen before (the sensor and `regwatch watch`).

A poll sends one conditional request per listing (first page only) and decides from the answer
whether a run is worth starting: a 304 costs nothing, and a changed listing only triggers a run
when it names a notice regwatch has not seen, or a known notice's listing entry changed (title or
date). The state between polls is a small JSON-able cursor, so it fits a Dagster sensor cursor.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from parsers.listing import exportcontrol_form, listing_kind, parse_listing
from parsers.model import ParseError
from pipelines.sources.fetching import Fetcher, FetchResult
from warehouse.archive import Archive, ArchiveError, ObjectArchive
from warehouse.store import PageState


@dataclass
class ListingState:
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    entries: dict[str, str] = field(default_factory=dict)  # url -> "title|date" as last seen


@dataclass
class PollResult:
    requests: int = 0
    not_modified: int = 0
    changed_listings: int = 0
    new_urls: list[str] = field(default_factory=list)
    changed_entries: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fetched: dict[str, FetchResult] = field(default_factory=dict)  # listings downloaded (200) by this poll

    @property
    def should_run(self) -> bool:
        return bool(self.new_urls or self.changed_entries)

    @property
    def run_key(self) -> str:
        payload = json.dumps(sorted(self.new_urls + self.changed_entries))
        return "watch-" + hashlib.sha256(payload.encode()).hexdigest()[:16]


def dump_cursor(states: dict[str, ListingState]) -> str:
    return json.dumps(
        {url: state.__dict__ for url, state in states.items()}, ensure_ascii=False, sort_keys=True
    )


def load_cursor(text: str | None) -> dict[str, ListingState]:
    if not text:
        return {}
    try:
        raw = json.loads(text)
        return {url: ListingState(**value) for url, value in raw.items()}
    except (ValueError, TypeError):
        return {}  # an unreadable cursor costs one full listing fetch, nothing more


def poll_listings(  # noqa: C901 — one poll: conditional fetch, parse, new links, per listing kind
    fetcher: Fetcher, listing_urls: Iterable[str], states: dict[str, ListingState], known_urls: set[str]
) -> PollResult:
    """One conditional request per listing; updates `states` in place."""
    result = PollResult()
    for url in listing_urls:
        kind = listing_kind(url)
        state = states.setdefault(url, ListingState())
        if kind == "exportcontrol_api":
            fetched = fetcher.post_form(url, exportcontrol_form(url, 1))
        else:
            fetched = fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
        result.requests += 1
        if fetched.not_modified:
            result.not_modified += 1
            continue
        if not fetched.ok or fetched.body is None:
            result.errors.append(f"{url}: {fetched.error or f'HTTP {fetched.status}'}")
            continue
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        result.fetched[url] = fetched
        if fetched.sha256 == state.body_sha256:
            continue  # a server without validators answered the same bytes again
        state.body_sha256 = fetched.sha256
        result.changed_listings += 1
        try:
            page = parse_listing(kind, fetched.body, fetched.content_type, url)
        except ParseError as exc:
            result.errors.append(f"{url}: {exc}")
            continue
        if not page.links:
            result.errors.append(f"{url}: the listing answered but names no notices")
            continue
        first_sight = not state.entries
        for link in page.links:
            signature = f"{link.title}|{link.listed_on}"
            if link.url not in known_urls and link.url not in result.new_urls:
                result.new_urls.append(link.url)
            elif (
                not first_sight
                and link.url in state.entries
                and state.entries[link.url] != signature
                and link.url not in result.changed_entries
            ):
                result.changed_entries.append(link.url)
            state.entries[link.url] = signature
    return result


def seed_states(
    states: dict[str, ListingState], pages: Mapping[str, PageState], listing_urls: Iterable[str]
) -> None:
    """Start from the validators the last run stored, so the first poll after a (re)start is a
    conditional request too, not a full download of every listing."""
    for url in listing_urls:
        page = pages.get(url)
        if url not in states and page is not None and page.purpose == "listing":
            states[url] = ListingState(
                etag=page.etag, last_modified=page.last_modified, body_sha256=page.sha256
            )


def prefetched_tag(fetched: Mapping[str, FetchResult], archive: Archive | ObjectArchive) -> str:
    """Archive what a poll downloaded and describe it for the run it requests (a Dagster run tag):
    that run reads the listing from the archive instead of downloading it a second time."""
    described = {}
    for url, result in fetched.items():
        if result.body is None or not result.ok:
            continue
        sha = archive.put(result.body)
        described[url] = {
            "sha256": sha,
            "status": result.status,
            "etag": result.etag,
            "last_modified": result.last_modified,
            "content_type": result.content_type,
            "final_url": result.final_url,
            "method": result.method,
        }
    return json.dumps(described, ensure_ascii=False, sort_keys=True)


def prefetched_from_tag(text: str | None, archive: Archive | ObjectArchive) -> dict[str, FetchResult]:
    """The inverse of `prefetched_tag`; a listing whose bytes are gone is simply fetched again."""
    if not text:
        return {}
    try:
        described = json.loads(text)
    except ValueError:
        return {}
    results = {}
    for url, item in described.items() if isinstance(described, dict) else ():
        try:
            body = archive.get(str(item["sha256"]))
        except (ArchiveError, KeyError, TypeError):
            continue
        results[url] = FetchResult(
            url=url,
            final_url=str(item.get("final_url") or url),
            method=str(item.get("method") or "GET"),
            status=int(item.get("status") or 200),
            body=body,
            content_type=item.get("content_type"),
            etag=item.get("etag"),
            last_modified=item.get("last_modified"),
            sha256=str(item["sha256"]),
            nbytes=len(body),
            not_modified=False,
            conditional=True,
            error=None,
            attempts=1,
            elapsed_ms=0,
        )
    return results
