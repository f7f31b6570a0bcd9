"""English sentences for the CLI report and the daily PDF (the desk app makes its own, in
every language, in ``ui/operations``)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from wufops.ops.figures import AreaForecast, Dashboard, DeviceHealth, Finding

CATEGORY_NAMES = {
    "participant": "Participants",
    "speaker": "Speakers",
    "media": "Media",
    "vip": "VIP / heads of delegation",
    "staff": "Staff",
    "volunteer": "Volunteers",
    "exhibitor": "Exhibitors",
    "security": "Security",
    "unknown": "Not on this device",
}
CHART_TITLES = {
    "arrivals": "Arrivals per 15 min by category, against the expected curve",
    "desk_checkins": "Check-ins per desk per hour",
    "scan_time": "Scan to decision per desk, last hour (ms)",
    "gate_entries": "Entries per gate zone per hour",
    "prints": "Badge prints and failures per printer",
    "issues": "Duplicate pickups and conflicts per 15 min",
}
SERIES_NAMES = {
    "expected": "Expected",
    "median": "Median",
    "p90": "90th percentile",
    "printed": "Printed",
    "failed": "Failed",
    "duplicates": "Duplicate pickups",
    "conflicts": "Conflicts",
}
STATE_NAMES = {
    "online": "online",
    "quiet": "quiet",
    "stale": "NOT SYNCED",
    "never": "never seen",
    "revoked": "revoked",
    "offline": "offline",
}


def local_time(ms: int, zone: str, fmt: str = "%H:%M") -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone(ZoneInfo(zone)).strftime(fmt)


def minutes(value: float) -> str:
    if math.isinf(value):
        return "no end"
    return f"{value:.0f} min" if value >= 1 else "< 1 min"


def ago(ms: int | None, at_ms: int) -> str:
    if ms is None:
        return "never"
    seconds = max(0, (at_ms - ms) // 1000)
    if seconds < 90:
        return f"{seconds} s ago"
    if seconds < 90 * 60:
        return f"{seconds // 60} min ago"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h ago"
    return f"{seconds // 86_400} d ago"


def duration(ms: int | None) -> str:
    if ms is None:
        return "—"
    if ms < 60_000:
        return f"{ms / 1000:.0f} s"
    if ms < 90 * 60_000:
        return f"{ms / 60_000:.0f} min"
    if ms < 48 * 3600_000:
        return f"{ms / 3600_000:.1f} h"
    return f"{ms / 86_400_000:.0f} d"


def advice(area: AreaForecast) -> str:
    """What to do about an area's queue, in one sentence ("" when nothing)."""
    s = area.suggestion
    if s is None:
        return ""
    parts = []
    if s.open_desks:
        parts.append("open " + ", ".join(s.open_desks))
    if s.move_count:
        who = "a volunteer" if s.move_count == 1 else f"{s.move_count} volunteers"
        parts.append(f"move {who} from {s.move_from}")
    if s.add_staff:
        parts.append(f"call {s.add_staff} more staff")
    return (
        "; ".join(parts).capitalize() + f": the wait falls to {minutes(s.wait_after_min)} "
        "within the forecast"
    )


def headline(board: Dashboard) -> str:
    """The one line a supervisor reads first: where the queue is, or that all is well."""
    if not board.warnings:
        return f"No desk area is expected to wait over {board.wait_threshold_min:.0f} min."
    worst = board.warnings[0]
    return (
        f"{worst.area}: wait {minutes(worst.waits_min[0])} now, "
        f"{minutes(worst.peak_wait_min)} at worst in the next {board.horizon_min} min "
        f"({worst.queue:.0f} waiting, desks at {worst.utilisation:.0%} of capacity). "
        + advice(worst)
    )


def finding_text(finding: Finding) -> str:
    f = finding
    if f.kind == "slow_scan":
        return (
            f"{f.subject}: scans take {f.value:.0f} ms (most desks {f.reference:.0f} ms) — "
            "check its scanner (Enter suffix) and laptop"
        )
    if f.kind == "slow_desk":
        return f"{f.subject}: {f.value:.0f} s per person (its area {f.reference:.0f} s)"
    if f.kind == "printer_failures":
        return f"{f.subject}: {f.value:.0%} of prints failed — check or swap the printer"
    return f"{f.subject}: not synced for {f.value:.0f} min — check its network"


def device_line(device: DeviceHealth, at_ms: int, now_ms: int | None = None) -> str:
    """One device as a report line (this desk's own row is measured against ``now_ms``)."""
    if device.source == "self" and now_ms:
        at_ms = now_ms
    name = device.name or "(this file)"
    parts = [
        f"{name:<14}",
        f"{device.role:<7}",
        f"{STATE_NAMES[device.state]:<10}",
        f"seen {ago(device.last_seen_ms, at_ms):<11}",
    ]
    if device.pending is not None:
        parts.append(f"pending {device.pending}")
    if device.lag_ms is not None:
        parts.append(f"lag {duration(device.lag_ms)}")
    if device.behind_ops is not None:
        parts.append(f"behind {device.behind_ops} ops")
    return "  ".join(parts)
