"""The dashboard's colours, shared by the desk app's charts and the daily PDF so that a
category, a zone or a warning looks the same on screen and on paper (hex ``#rrggbb``)."""

from __future__ import annotations

#: attendee categories (and "unknown": a pickup whose attendee this device does not hold)
CATEGORY_COLOURS: dict[str, str] = {
    "participant": "#4c78a8",
    "speaker": "#f58518",
    "media": "#54a24b",
    "vip": "#e45756",
    "staff": "#72b7b2",
    "volunteer": "#b279a2",
    "exhibitor": "#eeca3b",
    "security": "#9d755d",
    "unknown": "#bab0ac",
}
#: any other series, in order (zones, desks' hours, …)
PALETTE: tuple[str, ...] = (
    "#4c78a8",
    "#f58518",
    "#54a24b",
    "#e45756",
    "#72b7b2",
    "#b279a2",
    "#eeca3b",
    "#9d755d",
    "#ff9da6",
    "#bab0ac",
)
#: named series
SERIES_COLOURS: dict[str, str] = {
    "expected": "#1f1f1f",
    "median": "#4c78a8",
    "p90": "#9ecae9",
    "printed": "#54a24b",
    "failed": "#d62728",
    "duplicates": "#f58518",
    "conflicts": "#b279a2",
}
OK = "#1b7f3b"
WARN = "#b26a00"
CRITICAL = "#b3261e"
STALE_BACKGROUND = "#fde7e6"


def hour_shades(count: int) -> tuple[str, ...]:
    """``count`` blues from light (earliest hour) to dark (the current hour)."""
    light, dark = (0xC6, 0xDB, 0xEF), (0x08, 0x45, 0x94)
    out = []
    for n in range(count):
        f = n / (count - 1) if count > 1 else 1.0
        r, g, b = (round(lo + (hi - lo) * f) for lo, hi in zip(light, dark, strict=True))
        out.append(f"#{r:02x}{g:02x}{b:02x}")
    return tuple(out)


def colour(series: str, index: int, chart: str) -> str:
    """The colour of a series of a chart."""
    if chart == "arrivals" and series in CATEGORY_COLOURS:
        return CATEGORY_COLOURS[series]
    if series in SERIES_COLOURS:
        return SERIES_COLOURS[series]
    return PALETTE[index % len(PALETTE)]
