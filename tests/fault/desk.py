"""A headless desk as a process, for the fault tests: keeps recording check-ins while it syncs.

    python -m tests.fault.desk --db DESK.db --stop-file STOP [--hub URL --token T] [--seed N]

- with ``--hub``: runs ``SyncDriver`` on its own thread (as the desk app does) with short
  keepalive and reply timeouts, so a half-open link is noticed within a few seconds (the
  app's defaults are 20 s pings, too slow for a bounded test); prints every status change
  as ``{"status": {...}}``;
- records through the single write path (``Replica.batch``) on its own connection — a badge
  pickup of a random attendee (refused locally when this desk already shows one, as
  ``PickupDesk`` does), sometimes a family-name correction, sometimes a void of one of its
  own pickups — and prints ``{"committed": [op ids]}`` after each commit;
- stops recording when the stop file exists (the driver keeps syncing until killed).

Started without ``--hub`` it only records: the desk's sync then runs in another process
(``wufops sync``) on the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

from wufops.clock import SystemClock
from wufops.net.driver import SyncConfig, SyncDriver, SyncStatus
from wufops.store.checkins import pickup_state
from wufops.store.replica import Replica

NAMES = ("Aliyev", "Əliyev", "Алиев", "علييف", "Aliyeva")
#: keepalive and reply timeouts of the fault-test desks (seconds)
PING_S = 0.5
REPLY_TIMEOUT_S = 3.0


_out = threading.Lock()


def _say(message: dict[str, object]) -> None:
    """One JSON line (the driver's thread and the recorder both talk)."""
    line = json.dumps(message, ensure_ascii=False) + "\n"
    with _out:
        sys.stdout.write(line)
        sys.stdout.flush()


def _record(replica: Replica, rng: random.Random, desk: str, attendees: list[str]) -> list[str]:
    conn = replica.conn
    roll = rng.random()
    attendee = rng.choice(attendees)
    with replica.batch() as batch:
        if roll < 0.1:
            batch.update("attendee", attendee, {"family_name": rng.choice(NAMES)})
        elif roll < 0.15:
            mine = conn.execute(
                "SELECT id, attendee_id FROM checkin_event p WHERE kind = 'badge_pickup' "
                "AND device_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM checkin_event v WHERE v.voids_id = p.id) LIMIT 20",
                (replica.device_id,),
            ).fetchall()
            if mine:
                pickup_id, owner = rng.choice(mine)
                batch.event(
                    "checkin_event",
                    {
                        "attendee_id": owner,
                        "kind": "void",
                        "voids_id": pickup_id,
                        "reason": "wrong person",
                        "desk": desk,
                        "wall_time": replica.now_iso(),
                    },
                    stamped=True,
                )
        elif pickup_state(conn, attendee).primary is None:
            batch.event(
                "checkin_event",
                {
                    "attendee_id": attendee,
                    "kind": "badge_pickup",
                    "desk": desk,
                    "wall_time": replica.now_iso(),
                },
                stamped=True,
            )
    return [op.op_id for op in batch.ops]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--stop-file", type=Path, required=True)
    parser.add_argument("--hub")
    parser.add_argument("--token")
    parser.add_argument("--desk", default="desk")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--interval", type=float, default=0.03)
    args = parser.parse_args(argv)
    driver = None
    if args.hub:
        config = SyncConfig(
            args.hub,
            args.token,
            backoff_initial_s=0.1,
            backoff_max_s=1.0,
            pull_interval_s=1.0,
            ping_interval_s=PING_S,
            open_timeout_s=REPLY_TIMEOUT_S,
            reply_timeout_s=REPLY_TIMEOUT_S,
        )

        def report(status: SyncStatus) -> None:
            _say({"status": asdict(status)})

        driver = SyncDriver(args.db, config, on_status=report).start()
    replica = Replica.open(args.db, SystemClock())
    rng = random.Random(args.seed)
    while not args.stop_file.exists():
        started = time.monotonic()
        attendees = [r[0] for r in replica.conn.execute("SELECT id FROM attendee ORDER BY id")]
        if attendees:  # bootstrapped
            committed = _record(replica, rng, args.desk, attendees)
            if committed:
                _say({"committed": committed})
                if driver is not None:
                    driver.notify_local_write()
        took = time.monotonic() - started
        if took > 1.0:  # a check-in that slow is a finding in itself: say so
            _say({"slow_write_s": round(took, 3)})
        time.sleep(args.interval)
    _say({"recording": "stopped"})
    replica.close()
    if driver is not None:
        while True:  # keep syncing until killed
            time.sleep(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
