"""An idle device that stays connected is in contact: a gate that admits nobody for an hour
must not turn red on the supervisors' dashboard (hub_origin.last_contact moved only on hello
and push before); a device that has gone stops moving."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from tests.hub.conftest import LimitedHub
from tests.hub.helpers import welcomed
from wufops.ids import uuid7

Start = Callable[..., LimitedHub]


def _contact(hub: LimitedHub, origin: str) -> str:
    conn = sqlite3.connect(hub.db)
    try:
        row = conn.execute("SELECT last_contact FROM hub_origin WHERE origin = ?", (origin,))
        return str(row.fetchone()[0])
    finally:
        conn.close()


def _moves(hub: LimitedHub, origin: str, since: str, within_s: float = 10.0) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if _contact(hub, origin) > since:
            return True
        time.sleep(0.05)
    return False


def test_an_idle_connected_gate_stays_in_contact_and_a_gone_one_does_not(
    limited_hub: Start,
) -> None:
    hub = limited_hub(revocation_poll_s=0.05, contact_every_s=0.2)
    token = hub.enrol("Gate 7", "gate")
    origin = uuid7(int(time.time() * 1000))
    ws = welcomed(hub.url, token, origin)
    at_hello = _contact(hub, origin)
    assert _moves(hub, origin, at_hello)  # nothing sent after hello, yet in contact
    ws.close()
    time.sleep(0.5)  # the hub notices the close
    gone = _contact(hub, origin)
    assert not _moves(hub, origin, gone, within_s=1.0)
