"""A small but realistic event written through the one write path (``Replica``)."""

from __future__ import annotations

from pathlib import Path

from wufops.clock import FakeClock, iso_utc
from wufops.store.replica import Replica

#: (given, family, latin given, latin family, organization, country, category, needs)
PEOPLE: tuple[tuple[str, str, str, str, str, str, str, dict[str, object]], ...] = (
    ("Aysel", "Məmmədova", "", "", "Baku City Executive Power", "AZ", "speaker", {}),
    ("Jürgen", "Müller", "", "", "Deutscher Städtetag", "DE", "participant", {"captions": 1}),
    ("محمد", "الأنصاري", "Mohamed", "El-Ansary", "وزارة الإسكان", "EG", "vip", {}),
    ("فاطمة", "الزَّهْراء", "Fatima", "Al-Zahraa", "UN-Habitat", "JO", "participant", {}),
    ("小明", "王", "Xiaoming", "Wang", "清华大学", "CN", "participant", {}),
    ("Анна", "Фёдорова", "Anna", "Fyodorova", "Мэрия Москвы", "RU", "media", {}),
    ("Ελένη", "Παπαδοπούλου", "Eleni", "Papadopoulou", "Δήμος Αθηναίων", "GR", "participant", {}),
    ("प्रिया", "शर्मा", "Priya", "Sharma", "NIUA", "IN", "speaker", {"sign_language": "ISL"}),
    ("Łukasz", "Wiśniewski", "", "", "Urząd Miasta Katowice", "PL", "staff", {}),
    ("Søren", "Ødegård", "", "", "Aarhus Kommune", "DK", "exhibitor", {"step_free": 1}),
    ("Nguyễn", "Thị Hương", "", "", "Hanoi People's Committee", "VN", "volunteer", {}),
    ("Seán", "O'Brien", "", "", "Dublin City Council", "IE", "security", {"assistance": 1}),
    ("지민", "김", "Jimin", "Kim", "서울특별시", "KR", "participant", {}),
    ("さくら", "田中", "Sakura", "Tanaka", "東京都庁", "JP", "media", {}),
)

START_MS = 1_779_000_000_000


def make_event(path: Path, extra: int = 40) -> dict[str, str]:
    """Create the event at ``path``; returns reg code → attendee id.

    ``extra`` plain Latin-script participants pad the table beyond one screen. The first
    three attendees have picked up their badge; Jürgen Müller has an attention flag.
    """
    clock = FakeClock(START_MS)
    replica = Replica.open(path, clock)
    ids: dict[str, str] = {}
    try:
        with replica.batch() as batch:
            event_id = batch.insert(
                "event",
                {
                    "name": "WUF13 Baku",
                    "venue": "Baku Olympic Stadium",
                    "timezone": "Asia/Baku",
                    "first_day": "2026-05-17",
                    "last_day": "2026-05-22",
                },
            )
            for n, (given, family, lg, lf, org, country, category, needs) in enumerate(PEOPLE):
                reg = f"WUF-{n + 1:05d}"
                fields: dict[str, object] = {
                    "event_id": event_id,
                    "reg_code": reg,
                    "given_name": given,
                    "family_name": family,
                    "latin_given": lg,
                    "latin_family": lf,
                    "organization": org,
                    "country": country,
                    "category": category,
                    **needs,
                }
                if given == "Jürgen":
                    fields["attention"] = 1
                    fields["attention_note"] = "Collect the replacement badge from desk 4."
                ids[reg] = batch.insert("attendee", fields)
            for k in range(extra):
                reg = f"WUF-{len(PEOPLE) + k + 1:05d}"
                ids[reg] = batch.insert(
                    "attendee",
                    {
                        "event_id": event_id,
                        "reg_code": reg,
                        "given_name": f"Person{k:03d}",
                        "family_name": f"Participant{k:03d}",
                        "organization": "City of Nairobi" if k % 2 else "Habitat Agenda Partners",
                        "country": ("KE", "BR", "FR", "US")[k % 4],
                        "category": "participant",
                    },
                )
        for n, reg in enumerate(("WUF-00001", "WUF-00002", "WUF-00003")):
            clock.advance(60_000)
            pickup(replica, ids[reg], desk=f"Desk {n + 1}")
    finally:
        replica.close()
    return ids


def pickup(replica: Replica, attendee_id: str, desk: str = "Desk 1") -> str:
    """Record a badge pickup the way a desk does (an immutable event)."""
    stamp = replica.clock.now_ms()
    return replica.event(
        "checkin_event",
        {
            "attendee_id": attendee_id,
            "kind": "badge_pickup",
            "desk": desk,
            "device_id": replica.device_id,
            "hlc": replica.hlc + 1,
            "wall_time": iso_utc(stamp),
            "zone": "hall-a",
        },
    )
