"""A process's own peak resident memory, for the benchmarks that start fresh processes.

``ru_maxrss`` is no use there: Linux carries it over from the parent across fork and exec, so
every child reported the benchmark runner's own peak (both rows of a comparison alike).
``VmHWM`` belongs to the address space that exec made fresh.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_kb() -> int:
    """This process's peak resident set in kB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # elsewhere: kB (Linux) or B
