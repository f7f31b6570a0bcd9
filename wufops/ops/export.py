"""A dashboard chart as CSV: the numbers behind each bar and line, one row per point.

Time charts: ``start_local`` (the event's time zone, ``YYYY-MM-DD HH:MM``), ``start_utc``
(ISO-8601 ``…Z``), then one column per series; category charts: the category, then one
column per series. Series columns are named by their keys (category codes, ``expected``,
``median``, ``p90``, hours, zones …); values as plain numbers, empty when not a number.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from wufops.clock import iso_utc
from wufops.ops.figures import Chart


def _number(value: float) -> str:
    if math.isnan(value):
        return ""
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def chart_csv(chart: Chart, zone: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    series = [*chart.bars, *chart.lines]
    if chart.along_time:
        writer.writerow(["start_local", "start_utc", *(s.key for s in series)])
        for i, t in enumerate(chart.x):
            local = datetime.fromtimestamp(t / 1000, UTC).astimezone(zone)
            writer.writerow(
                [
                    local.strftime("%Y-%m-%d %H:%M"),
                    iso_utc(t),
                    *(_number(s.values[i]) for s in series),
                ]
            )
    else:
        writer.writerow(["category", *(s.key for s in series)])
        for i, name in enumerate(chart.categories):
            writer.writerow([name, *(_number(s.values[i]) for s in series)])
    return out.getvalue()
