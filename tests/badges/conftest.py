"""Fixtures for badge tests: an event with attendees in a real replica, signing keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from wufops.clock import FakeClock
from wufops.crypto.keys import Signer, create_issuer_key
from wufops.store.replica import Replica

NOW_S = 1_779_000_000


@pytest.fixture
def issuer() -> Signer:
    return create_issuer_key(NOW_S - 86_400)


@dataclass(frozen=True)
class EventDb:
    path: Path
    replica: Replica
    event_id: str
    attendee_ids: tuple[str, ...]


def add_event(replica: Replica, names: list[tuple[str, str, str, str]]) -> EventDb:
    """An event and attendees ``(given, family, country, category)`` written via the op log."""
    with replica.batch() as batch:
        event_id = batch.insert(
            "event",
            {
                "name": "WUF13",
                "venue": "Baku",
                "timezone": "Asia/Baku",
                "first_day": "2026-05-17",
                "last_day": "2026-05-22",
            },
        )
        ids = [
            batch.insert(
                "attendee",
                {
                    "event_id": event_id,
                    "reg_code": f"WUF-{n}",
                    "given_name": given,
                    "family_name": family,
                    "country": country,
                    "category": category,
                },
            )
            for n, (given, family, country, category) in enumerate(names, start=1)
        ]
    return EventDb(
        Path(replica.conn.execute("PRAGMA database_list").fetchone()[2]),
        replica,
        event_id,
        tuple(ids),
    )


SAMPLE = [
    ("Aysel", "Məmmədova", "AZ", "speaker"),
    ("Иван", "Петров", "RU", "participant"),
    ("محمد", "العلي", "EG", "media"),
    ("美咲", "田中", "JP", "vip"),
]


@pytest.fixture
def event_db(tmp_path: Path) -> Iterator[EventDb]:
    clock = FakeClock(NOW_S * 1000)
    replica = Replica.open(tmp_path / "event.db", clock)
    yield add_event(replica, SAMPLE)
    replica.close()
