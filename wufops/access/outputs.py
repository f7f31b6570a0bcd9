"""Every output of the access plan into one directory (``wufops access sheets``):

- ``<provider>-<id>.pdf`` — the provider's day sheets (``wufops.access.sheets``);
- ``<provider>-<id>.ics`` — the provider's calendar (``wufops.access.provider_calendar``);
- ``hours.csv`` — hours per provider per day for contractors (``wufops.access.hours``).

Only providers with at least one assignment get files. ``<provider>`` is the name in
lower-case ASCII (``tomas-muller``; a name in another script is transliterated), ``<id>`` the
first 8 characters of the provider's id, so two providers of one name never share a file.
Each file is written to a temporary name and renamed: a failed run leaves no half file.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from anyascii import anyascii

from wufops.access.duty import DutyDay, DutyRules, duty_days
from wufops.access.hours import hours_csv
from wufops.access.provider_calendar import provider_ics
from wufops.access.sheets import day_sheets_pdf
from wufops.errors import CodedError
from wufops.models.access import AccessSettings
from wufops.schedule_io import load as load_export
from wufops.store import access as access_store
from wufops.store import access_sheets as store
from wufops.store import schedule as schedule_store

HOURS_FILE = "hours.csv"


class OutputError(CodedError):
    """Outputs that cannot be written (``cannot_write``)."""


@dataclass(frozen=True)
class ProviderFiles:
    provider_id: str
    name: str
    pdf: Path
    ics: Path
    days: int
    assignments: int
    pages: int


@dataclass(frozen=True)
class Outputs:
    providers: tuple[ProviderFiles, ...]
    hours: Path
    hour_rows: int
    #: characters no bundled font has (left out of a sheet)
    missing: tuple[str, ...]


def file_stem(name: str, provider_id: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")[:40] or "provider"
    return f"{slug}-{provider_id.replace('-', '')[-8:]}"


def _write(path: Path, data: bytes) -> None:
    try:
        fd, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise OutputError("cannot_write", f"{path}: {error.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(scratch, path)
    except OSError as error:
        Path(scratch).unlink(missing_ok=True)
        raise OutputError("cannot_write", f"{path}: {error.strerror}") from None


def event_rules(conn: sqlite3.Connection, event_id: str) -> DutyRules:
    """Travel, arrival and rest lengths as the event sets them (its access rules)."""
    settings = access_store.load_settings(conn, event_id).get(event_id)
    return DutyRules.of(settings or AccessSettings(event_id))


def load_days(
    conn: sqlite3.Connection, event_id: str, rules: DutyRules
) -> tuple[ZoneInfo, list[DutyDay]]:
    event = schedule_store.event_info(conn, event_id)
    zone = ZoneInfo(event.timezone)
    rows = store.duty_rows(conn, event.id)
    return zone, duty_days(rows, store.providers(conn, event.id), zone, rules)


def write_outputs(
    conn: sqlite3.Connection,
    event_id: str,
    out: Path,
    *,
    now_ms: int,
    rules: DutyRules | None = None,
) -> Outputs:
    """Write every output of the event's current assignments into ``out`` (made if need be).
    ``rules``: the event's own (:func:`event_rules`) when not given."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError("cannot_write", f"{out}: {error.strerror}") from None
    event = schedule_store.event_info(conn, event_id)
    rules = rules or event_rules(conn, event.id)
    zone, days = load_days(conn, event.id, rules)
    schedule = load_export(conn, event.id)
    per_provider: dict[str, list[DutyDay]] = defaultdict(list)
    for day in days:
        per_provider[day.provider.id].append(day)
    written: list[ProviderFiles] = []
    missing: set[str] = set()
    for provider_id, own in per_provider.items():
        provider = own[0].provider
        stem = file_stem(provider.name, provider_id)
        sheet = day_sheets_pdf(
            own,
            event_name=event.name,
            zone=zone,
            made_ms=now_ms,
            arrival_min=rules.arrival_min,
            travel_min=rules.travel_min,
        )
        missing.update(sheet.missing)
        ics, _ = provider_ics(schedule, own, now_ms=now_ms)
        pdf_path, ics_path = out / f"{stem}.pdf", out / f"{stem}.ics"
        _write(pdf_path, sheet.data)
        _write(ics_path, ics)
        written.append(
            ProviderFiles(
                provider_id,
                provider.name,
                pdf_path,
                ics_path,
                len(own),
                sum(len(d.stints) for d in own),
                sheet.pages,
            )
        )
    hours_path = out / HOURS_FILE
    _write(hours_path, hours_csv(days, zone))
    return Outputs(tuple(written), hours_path, len(days), tuple(sorted(missing)))
