"""Revocation is immediate (issue 11 §3): once ``wufops devices revoke`` returns, no op of
that device is applied and its open connections close with ``device_revoked``.

``revoke`` runs as the operator runs it: the CLI, another process, on the hub's database
file while the hub serves.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed

from tests.hub.helpers import entry_ops, hello_text, next_frame, raw_connect, welcomed
from tests.sync.conftest import HubEnv
from wufops.cli.main import main
from wufops.clock import SystemClock
from wufops.ids import uuid7
from wufops.store.hub_log import HubLog
from wufops.sync import frames as fr
from wufops.sync.ops import Op

ROOT = Path(__file__).resolve().parents[2]


def _revoke_with_the_cli(db: Path, name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", "devices", "revoke", name, "--db", str(db)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def _logged_from(db: Path, origin: str) -> int:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return int(
            conn.execute("SELECT count(*) FROM change_log WHERE origin = ?", (origin,)).fetchone()[
                0
            ]
        )
    finally:
        conn.close()


class _Pusher(threading.Thread):
    """Pushes batch after batch on one open connection until the hub stops it; keeps what
    the hub said last (the error frame, the close code and reason)."""

    def __init__(self, url: str, token: str, attendees: list[str]) -> None:
        super().__init__(daemon=True)
        self.device_id = uuid7(SystemClock().now_ms())
        self.ws = raw_connect(url, token)
        self.ws.send(hello_text(self.device_id))
        assert next_frame(self.ws)["type"] == "welcome"
        self.ops = entry_ops(self.device_id, attendees, 20_000)
        self.applied = 0
        self.started = threading.Event()
        self.error: dict[str, Any] | None = None
        self.close: tuple[int | None, str | None] = (None, None)

    def run(self) -> None:
        batch = 25
        try:
            for start in range(0, len(self.ops), batch):
                self.ws.send(fr.encode(fr.Push(f"b{start}", self.ops[start : start + batch])))
                reply = next_frame(self.ws)
                if reply["type"] == "error":
                    self.error = reply
                    next_frame(self.ws)  # the close follows
                    break
                assert reply["type"] == "push_result", reply
                self.applied += sum(r["status"] == "applied" for r in reply["results"])
                if self.applied >= 100:
                    self.started.set()
        except ConnectionClosed as closed:
            received = closed.rcvd
            self.close = (received.code, received.reason) if received else (None, None)
        finally:
            self.started.set()


@pytest.mark.timeout(120)
def test_no_op_is_applied_after_revoke_returns_and_the_connection_closes(
    hub_env: HubEnv,
) -> None:
    token = hub_env.enrol("gate-7", "gate")
    pusher = _Pusher(hub_env.url, token, hub_env.attendees)
    pusher.start()
    assert pusher.started.wait(30) and pusher.applied >= 100  # pushing steadily
    # the CLI's own code on its own connection (a subprocess would add its interpreter's
    # shutdown between the commit and "returned", hiding the window this test is about)
    assert main(["devices", "revoke", "gate-7", "--db", str(hub_env.db)]) == 0
    at_revoke = _logged_from(hub_env.db, pusher.device_id)
    pusher.join(30)
    assert not pusher.is_alive(), "the revoked device's connection stayed open"
    after = _logged_from(hub_env.db, pusher.device_id)
    assert after == at_revoke, f"{after - at_revoke} ops applied after revoke returned"
    assert at_revoke < len(pusher.ops)  # it was stopped, not finished
    assert pusher.error is not None
    assert (pusher.error["code"], pusher.error["fatal"]) == ("device_revoked", True)
    assert pusher.close == (1008, "device_revoked")


@pytest.mark.timeout(60)
def test_an_idle_connection_of_a_revoked_device_is_closed_with_its_code(hub_env: HubEnv) -> None:
    token = hub_env.enrol("desk-3", "desk")
    keep = hub_env.device("desk-ok")
    keep.sync()
    ws = welcomed(hub_env.url, token)
    _revoke_with_the_cli(hub_env.db, "desk-3")
    reply = next_frame(ws, timeout=20)
    assert (reply["type"], reply["code"], reply["fatal"]) == ("error", "device_revoked", True)
    with pytest.raises(ConnectionClosed) as closed:
        next_frame(ws, timeout=20)
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1008, "device_revoked")
    assert keep.sync().phase == "online"  # everyone else carries on


def test_a_revoked_device_gets_no_desk_key_and_leaves_no_contact(hub_env: HubEnv) -> None:
    """A device revoked between its handshake and its hello: its connection closes (the
    poll) or its hello is refused (in the contact's transaction) — either way with
    ``device_revoked``, no key certified for it, no replica recorded."""
    token = hub_env.enrol("desk-4", "desk")
    ws = raw_connect(hub_env.url, token)
    _revoke_with_the_cli(hub_env.db, "desk-4")
    device_id = uuid7(SystemClock().now_ms())
    try:
        ws.send(hello_text(device_id, desk_key="ab" * 32))
        reply = next_frame(ws)
        assert (reply["type"], reply["code"]) == ("error", "device_revoked")
        next_frame(ws)
    except ConnectionClosed as closed:
        assert closed.rcvd is not None and closed.rcvd.reason == "device_revoked"
    conn = sqlite3.connect(hub_env.db)
    try:
        assert conn.execute(
            "SELECT count(*) FROM hub_origin WHERE origin = ?", (device_id,)
        ).fetchone() == (0,)
        keys = conn.execute(
            "SELECT count(*) FROM signing_key s JOIN device d ON d.id = s.device_id "
            "WHERE d.name = 'desk-4'"
        ).fetchone()
        assert keys == (0,)
    finally:
        conn.close()


def test_every_write_of_a_device_checks_its_revocation_in_its_own_transaction(
    hub_env: HubEnv,
) -> None:
    """The hub's writer connection was opened before the revoke: each write still sees it."""
    hub_env.enrol("desk-5", "desk")
    hub = HubLog.open(hub_env.db, SystemClock())  # the hub's writer, opened first
    try:
        device_id = uuid7(SystemClock().now_ms())
        assert hub.record_contact(device_id, "desk-5", 0, 0, max_replicas=8) == ""
        other = HubLog.open(hub_env.db, SystemClock())  # the CLI's
        other.revoke("desk-5")
        other.close()
        assert hub.record_contact(device_id, "desk-5", 0, 0, max_replicas=8) == "device_revoked"
        assert hub.certify_device_key("desk-5", "desk", "ab" * 32).code == "device_revoked"
        ops = [
            (item["client_seq"], Op.from_dict(item["op"]))
            for item in entry_ops(device_id, hub_env.attendees, 3)
        ]
        batch = hub.push(device_id, "desk", "desk-5", ops)
        assert batch.refused == "device_revoked" and batch.outcomes == () and batch.appended == 0
    finally:
        hub.close()
