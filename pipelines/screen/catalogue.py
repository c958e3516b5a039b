"""The catalogue in the nightly run: which of the user's products last night's changes touch.

With REGWATCH_CATALOGUE set, the catalogue is screened against the list on the run's date and every
match whose entry a pending change names becomes a line of the digest's "Your products affected"
section: the product, the change, and the evidence that ties them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipelines.alerts.digest import AffectedProduct, Digest, DigestChange, Subscription
from pipelines.config import Settings
from pipelines.screen.screening import ScreenInputError, ScreenReport, screen_files


def fingerprint(catalogue: Path, list_version: int) -> str:
    """Changes when the list or the catalogue file changes: the asset screens again only then."""
    digest = hashlib.sha256(catalogue.read_bytes()).hexdigest()[:16]
    return f"lv{list_version}-{digest}"


def screen_catalogue(db: Path, catalogue: Path, as_of: dt.date) -> ScreenReport:
    return screen_files(db, catalogue, as_of=as_of)


def affected(report: ScreenReport, changes: Iterable[DigestChange]) -> tuple[AffectedProduct, ...]:
    """One line per (product, change) where the change's entry is among the product's evidence."""
    by_entry: dict[tuple[str, str], list[DigestChange]] = {}
    for change in changes:
        by_entry.setdefault((change.notice_id, change.entry_key), []).append(change)
    out = []
    for verdict in report.verdicts:
        for match in verdict.matches:
            if match.excluded_by is not None:
                continue
            for change in by_entry.get((match.notice_id, match.entry_key), ()):
                evidence = match.note
                if match.terms and match.basis != "term":
                    evidence += f"; terms {', '.join(match.terms)}"
                out.append(
                    AffectedProduct(
                        sku=verdict.key,
                        description=verdict.description,
                        verdict=verdict.verdict,
                        change_id=change.change_id,
                        change_type=change.change_type,
                        notice_id=change.notice_id,
                        cause_notice_id=change.cause_notice_id,
                        entry_key=change.entry_key,
                        name_zh=change.name_zh,
                        name_en=change.name_en,
                        control_code=change.control_code,
                        basis=match.basis,
                        evidence=evidence,
                        status=match.status,
                    )
                )
    return tuple(out)


def affected_for(
    db: Path, catalogue: Path, as_of: dt.date, changes: Sequence[DigestChange]
) -> tuple[AffectedProduct, ...]:
    if not changes:
        return ()
    return affected(screen_catalogue(db, catalogue, as_of), changes)


class CatalogueScreens:
    """Screens each catalogue at most once per delivery, whatever the number of channels and subscribers."""

    def __init__(self, db: Path, as_of: dt.date) -> None:
        self.db, self.as_of = db, as_of
        self._reports: dict[Path, ScreenReport] = {}

    def report(self, catalogue: Path) -> ScreenReport:
        if catalogue not in self._reports:
            self._reports[catalogue] = screen_catalogue(self.db, catalogue, self.as_of)
        return self._reports[catalogue]

    def attach(self, digest: Digest, catalogue: Path | None) -> Digest:
        """The digest with "Your products affected" filled from `catalogue` (unchanged without one).

        A catalogue that cannot be screened must not hold back the regulatory news: the digest goes
        out with a warning at the top instead.
        """
        if catalogue is None or not digest.changes:
            return digest
        try:
            return replace(digest, affected=affected(self.report(catalogue), digest.changes))
        except ScreenInputError as exc:
            warning = f"the catalogue could not be screened, so affected products are not shown: {exc}"
            return replace(digest, fetch_failures=(*digest.fetch_failures, warning))

    def for_subscription(self, digest: Digest, sub: Subscription) -> tuple[AffectedProduct, ...] | None:
        if sub.catalogue is None:
            return None
        return affected(self.report(Path(sub.catalogue).expanduser()), digest.changes)


@dataclass(frozen=True)
class CatalogueOutcome:
    screened: bool
    reason: str
    fingerprint: str | None = None
    counts: dict[str, int] | None = None
    report_path: Path | None = None


def screen_nightly(
    settings: Settings, as_of: dt.date, run_id: str, previous_fingerprint: str | None
) -> CatalogueOutcome:
    """Screen REGWATCH_CATALOGUE when the list or the catalogue changed since the last screening;
    the JSON report goes beside the digests (catalogue-<run>.json). The warehouse is only read."""
    from pipelines.screen.screen_report import render_json
    from pipelines.storage import local_file, open_warehouse
    from warehouse.screening import list_version

    if settings.catalogue is None:
        return CatalogueOutcome(False, "REGWATCH_CATALOGUE is not set")
    warehouse = open_warehouse(settings)
    if not warehouse.exists():
        return CatalogueOutcome(False, "no warehouse yet")
    db = local_file(warehouse)  # the shared backend's current snapshot, fetched once per version
    with warehouse.read() as con:
        version = list_version(con)
    current = fingerprint(settings.catalogue, version)
    if current == previous_fingerprint:
        return CatalogueOutcome(False, "neither the list nor the catalogue changed", current)
    report = screen_catalogue(db, settings.catalogue, as_of)
    settings.digest_dir.mkdir(parents=True, exist_ok=True)
    path = settings.digest_dir / f"catalogue-{run_id}.json"
    path.write_text(render_json(report), encoding="utf-8")
    return CatalogueOutcome(True, f"list version {version}", current, report.counts(), path)
