"""The demo event's dates and times: WUF13, Baku, 17–22 May 2026, in Asia/Baku.

Local wall-clock times of the venue become UTC instants (``…Z`` text) here and only here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from wufops.clock import iso_utc

EVENT_NAME = "WUF13"
VENUE = "WUF13 venue, Baku, Azerbaijan"
TIMEZONE = "Asia/Baku"
FIRST_DAY = date(2026, 5, 17)
DAYS = 6
ZONE = ZoneInfo(TIMEZONE)


def day(index: int) -> date:
    return FIRST_DAY + timedelta(days=index)


def local_ms(day_index: int, minutes: int) -> int:
    """The instant ``minutes`` after local midnight of event day ``day_index``, in ms."""
    d = day(day_index)
    local = datetime(d.year, d.month, d.day, tzinfo=ZONE) + timedelta(minutes=minutes)
    return int(local.timestamp() * 1000)


def local_iso(day_index: int, minutes: int) -> str:
    return iso_utc(local_ms(day_index, minutes))


def window(day_index: int, start_min: int, end_min: int) -> dict[str, str]:
    """An availability window as the schema's JSON holds it: ``{"start": …, "end": …}``."""
    return {"start": local_iso(day_index, start_min), "end": local_iso(day_index, end_min)}
