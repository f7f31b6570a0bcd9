"""A demo event with a hand-made access plan whose day sheets are known in advance.

Three sessions on Tuesday 19 May 2026 (Asia/Baku, UTC+4) — 10:00–11:30 in one room,
11:45–13:00 and 14:00–15:00 in another — worked by a captioner whose name is Arabic, with a
Chinese-named partner in the first session and an International Sign interpreter in
Devanagari beside them. Every write goes through the op log (a real replica on a real file;
slots by the core's ``write_unit``, keyed as every device keys them).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from wufops.clock import FakeClock, parse_iso_utc
from wufops.store import access as access_store
from wufops.store.replica import Replica

ARABIC = "فاطمة الزهراء"
CHINESE = "王小明"
DEVANAGARI = "अनीता शर्मा"
TITLES = ("Opening of the Urban Forum", "المدن الخضراء والإسكان", "城市未来对话")
#: (start, end) in UTC: 10:00–11:30, 11:45–13:00, 14:00–15:00 in Baku
TIMES = (
    ("2026-05-19T06:00:00Z", "2026-05-19T07:30:00Z"),
    ("2026-05-19T07:45:00Z", "2026-05-19T09:00:00Z"),
    ("2026-05-19T10:00:00Z", "2026-05-19T11:00:00Z"),
)
NOW = parse_iso_utc("2026-05-18T05:00:00Z")


@dataclass(frozen=True)
class Staged:
    path: Path
    event_id: str
    captioner: str
    partner: str
    interpreter: str
    rooms: tuple[str, str]
    sessions: tuple[str, str, str]


def stage(demo: Path, target: Path) -> Staged:
    shutil.copyfile(demo, target)
    replica = Replica.open(target, FakeClock(NOW))
    try:
        conn = replica.conn
        event_id = conn.execute("SELECT id FROM event").fetchone()[0]
        rooms = [
            (str(r[0]), str(r[1]))
            for r in conn.execute("SELECT id, name FROM room ORDER BY name LIMIT 2")
        ]
        captioners = [
            str(r[0])
            for r in conn.execute(
                "SELECT id FROM provider WHERE kind = 'captioner' ORDER BY id LIMIT 2"
            )
        ]
        interpreter = str(
            conn.execute(
                "SELECT id FROM provider WHERE kind = 'interpreter' ORDER BY id LIMIT 1"
            ).fetchone()[0]
        )
        with replica.batch() as batch:
            batch.update("provider", captioners[0], {"name": ARABIC})
            batch.update("provider", captioners[1], {"name": CHINESE})
            batch.update("provider", interpreter, {"name": DEVANAGARI})
            sessions = []
            for index, (title, (start, end)) in enumerate(zip(TITLES, TIMES, strict=True)):
                room = rooms[0][0] if index == 0 else rooms[1][0]
                sessions.append(
                    batch.insert(
                        "session",
                        {
                            "event_id": event_id,
                            "title": title,
                            "type": "dialogue",
                            "room_id": room,
                            "starts_at": start,
                            "ends_at": end,
                            "status": "scheduled",
                            "access_required": '[{"service":"captions","language":"en"}]',
                        },
                    )
                )
            plan = [(s, "captions", "en", 1, captioners[0]) for s in sessions]
            plan += [
                (sessions[0], "captions", "en", 2, captioners[1]),
                (sessions[0], "sign_language", "ils", 1, interpreter),
            ]
            for session_id, service, language, slot_no, provider in plan:
                access_store.write_unit(
                    batch,
                    session_id,
                    service,  # type: ignore[arg-type]
                    language,
                    slot_no,
                    provider_id=provider,
                    status="confirmed",
                )
    finally:
        replica.close()
    return Staged(
        target,
        event_id,
        captioners[0],
        captioners[1],
        interpreter,
        (rooms[0][1], rooms[1][1]),
        (sessions[0], sessions[1], sessions[2]),
    )
