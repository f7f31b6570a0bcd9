"""Process-level fault injection on loopback: a real hub process, desks as processes behind a
faulty TCP proxy each, real SQLite files; nothing lost, everyone converges.

The hub is ``wufops hub --db … --port …`` (a subprocess, killed with SIGKILL and restarted on
the same file and port). Three desks keep recording check-ins through the single write path
while their links fail:

- desk-0 and desk-1 are ``tests/fault/desk.py`` processes: the sync driver on a thread plus a
  recorder, as in the desk app (short keepalives, so a half-open link is noticed quickly);
- desk-2 is the real CLI, ``wufops sync --data-dir …``, with a recorder process writing into
  the same file beside it (two processes, one SQLite file, as the app and a kiosk script).

The nemesis (a fixed schedule, so every run injects the same faults; what the desks record
is drawn from a new seed each run, printed, ``WUFOPS_SEED=N`` to replay it): a clean cut, a
black-holed desk → hub direction and later a black-holed hub → desk direction (half-open
links that stay broken after healing: the desk must notice by itself), added latency, kill -9
of desks (recorder included; the ops it held pending on the file must survive and reach the
hub) and of a ``wufops sync`` process, kill -9 of the hub with a
restart on the same file, then every link cut at once while everyone keeps recording. Then
heal, stop recording and wait for quiescence: every outbox empty and every cursor at the
hub's last sequence. A desk whose outbox stays pending — above all one that shows no error
while stuck, PowerSync's silent stall — fails the test with what its status said. Finally the
shared invariants (tests/fault/invariants.py) on the stopped files.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.fault.invariants import (
    assert_conflicts_recorded,
    assert_converged,
    assert_nothing_lost,
    assert_one_primary_pickup,
    hub_verdicts,
)
from tests.fault.proxy import FaultyLink
from tests.hub.helpers import seed_event
from wufops.clock import SystemClock
from wufops.net.launch import LISTENING, free_port
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica

ROOT = Path(__file__).resolve().parents[2]
ATTENDEES = 300
#: how long quiescence may take after healing before a desk counts as stuck
QUIESCE_S = 40.0
#: pending ops with no progress and no error shown for this long: a silent stall
STALL_S = 15.0


class Proc:
    """A child process in its own process group; its stdout lines collected on a thread."""

    def __init__(self, name: str, argv: list[str], log: Path) -> None:
        self.name = name
        self.lines: list[str] = []
        self._lines_lock = threading.Lock()
        self.log_path = log
        self._log = log.open("ab")
        self.popen = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=self._log,
            start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for raw in self.popen.stdout:
            with self._lines_lock:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def take_lines(self) -> list[str]:
        """The lines printed since the last call."""
        with self._lines_lock:
            taken, self.lines = self.lines, []
        return taken

    def wait_for_line(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return
            if self.popen.poll() is not None:
                break
            time.sleep(0.02)
        slow = [line for line in self.lines if "slow_write_s" in line]
        raise AssertionError(f"{self.name} did not print {text!r}: {self.lines[-3:]} {slow}")

    def kill(self) -> None:
        """SIGKILL to the whole process group (no orphans), then reap."""
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)
        self.popen.wait(10)
        self._reader.join(5)
        self._log.close()


@dataclass
class DeskRig:
    name: str
    db: Path
    token: str
    link: FaultyLink
    #: "driver": tests/fault/desk.py syncs and records; "cli": wufops sync + a recorder
    kind: str
    procs: dict[str, Proc] = field(default_factory=dict)
    #: op ids the desk said it committed (printed after COMMIT)
    committed: set[str] = field(default_factory=set)
    #: every sync status line it printed, last one last
    statuses: list[str] = field(default_factory=list)

    def harvest(self) -> None:
        for proc in self.procs.values():
            for line in proc.take_lines():
                if line.startswith('{"committed"'):
                    self.committed.update(json.loads(line)["committed"])
                elif line.startswith('{"status"') or proc.name.endswith("sync"):
                    self.statuses.append(line)

    def shows_error(self) -> bool:
        """Whether the desk's last status line names a problem (as its UI would show)."""
        last = self.statuses[-1] if self.statuses else ""
        if last.startswith("{"):
            return bool(json.loads(last)["status"]["last_error"])
        return "last error" in last


class Cluster:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.hub_db = tmp / "hub.db"
        self.hub_port = free_port()
        self.hub: Proc | None = None
        self.desks: list[DeskRig] = []
        self.stop_file = tmp / "stop-recording"
        self.procs: list[Proc] = []
        self.links: list[FaultyLink] = []
        #: what the desks record is drawn from ``run_seed + their seed``
        self.run_seed = _run_seed()

    # -- the hub -------------------------------------------------------------------------------

    def seed(self, desks: int) -> list[str]:
        seeded = Replica.open(self.hub_db, SystemClock())
        attendees = seed_event(seeded, ATTENDEES)
        seeded.close()
        log = HubLog.open(self.hub_db, SystemClock())
        tokens = [log.enrol(f"desk-{n}", "desk")[1] for n in range(desks)]
        log.close()
        for n, token in enumerate(tokens):
            link = FaultyLink(self.hub_port).start()
            self.links.append(link)
            kind = "cli" if n == desks - 1 else "driver"
            db = self.tmp / f"desk-{n}" / "replica.db"
            db.parent.mkdir()
            self.desks.append(DeskRig(f"desk-{n}", db, token, link, kind))
        return attendees

    def start_hub(self) -> None:
        argv = [sys.executable, "-m", "wufops.cli.main", "hub", "--db", str(self.hub_db)]
        self.hub = self.spawn("hub", [*argv, "--port", str(self.hub_port)])
        self.hub.wait_for_line(LISTENING, 20)

    def kill_hub(self) -> None:
        assert self.hub is not None
        self.hub.kill()

    def pause_hub(self, seconds: float) -> None:
        """SIGSTOP, wait, SIGCONT: a hub that hangs (swapping, a stuck disk) and comes back."""
        assert self.hub is not None
        os.kill(self.hub.popen.pid, signal.SIGSTOP)
        try:
            time.sleep(seconds)
        finally:
            os.kill(self.hub.popen.pid, signal.SIGCONT)

    def backup_hub(self, target: Path) -> None:
        """``wufops hub backup`` while the hub runs (online backup)."""
        argv = [sys.executable, "-m", "wufops.cli.main", "hub", "backup"]
        argv += ["--db", str(self.hub_db), "--out", str(target)]
        done = subprocess.run(
            argv, cwd=ROOT, capture_output=True, text=True, timeout=30, check=False
        )
        assert done.returncode == 0, done.stderr

    def restore_hub(self, backup: Path) -> None:
        """The hub's disk is lost: kill it, put the backup in place, start it again."""
        self.kill_hub()
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.hub_db) + suffix).unlink(missing_ok=True)
        shutil.copyfile(backup, self.hub_db)
        self.start_hub()

    # -- desks -----------------------------------------------------------------------------

    def spawn(self, name: str, argv: list[str]) -> Proc:
        proc = Proc(name, argv, self.tmp / f"{name}.log")
        self.procs.append(proc)
        return proc

    def start_desk(self, desk: DeskRig, seed: int) -> None:
        url = f"ws://127.0.0.1:{desk.link.port}"
        recorder = [sys.executable, "-m", "tests.fault.desk", "--db", str(desk.db)]
        recorder += ["--stop-file", str(self.stop_file), "--desk", desk.name]
        recorder += ["--seed", str(self.run_seed + seed)]
        if desk.kind == "driver":
            argv = [*recorder, "--hub", url, f"--token={desk.token}"]
            desk.procs["desk"] = self.spawn(f"{desk.name}-{seed}", argv)
        else:
            self.start_cli_sync(desk, seed)
            desk.procs["recorder"] = self.spawn(f"{desk.name}-rec-{seed}", recorder)

    def start_cli_sync(self, desk: DeskRig, seed: int) -> None:
        url = f"ws://127.0.0.1:{desk.link.port}"
        argv = [sys.executable, "-m", "wufops.cli.main", "sync", "--data-dir", str(desk.db.parent)]
        desk.procs["sync"] = self.spawn(
            f"{desk.name}-{seed}-sync", [*argv, "--hub", url, "--token", desk.token]
        )

    def kill(self, desk: DeskRig, which: str) -> None:
        desk.harvest()
        desk.procs.pop(which).kill()

    def shutdown(self) -> None:
        for proc in self.procs:
            proc.kill()
        for link in self.links:
            link.close()

    # -- observing (straight from the files, as an operator would) ----------------------------

    def hub_seq(self) -> int:
        return _query(self.hub_db, "SELECT coalesce(max(seq), 0) FROM change_log")

    def progress(self, desk: DeskRig) -> tuple[int, int]:
        """``(pending ops, cursor)`` of a desk."""
        pending = _query(desk.db, "SELECT count(*) FROM outbox WHERE state = 'pending'")
        cursor = _query(
            desk.db,
            "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM replica_meta "
            "WHERE key = 'sync.cursor'), 0)",
        )
        return pending, cursor

    def wait_bootstrapped(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        for desk in self.desks:
            while not self.bootstrapped(desk):
                if time.monotonic() > deadline:
                    pytest.fail(f"{desk.name} did not bootstrap\n{self.logs()}")
                time.sleep(0.05)

    def logs(self) -> str:
        """The last lines each process wrote (stdout and stderr), for a failure message."""
        out = []
        for proc in self.procs:
            err = proc.log_path.read_text("utf-8", "replace").splitlines()[-8:]
            out.append(f"--- {proc.name}: {proc.lines[-3:]}\n" + "\n".join(err))
        return "\n".join(out)

    def bootstrapped(self, desk: DeskRig) -> bool:
        try:
            return _query(desk.db, "SELECT count(*) FROM attendee") > 0
        except sqlite3.OperationalError:  # not created or not migrated yet
            return False

    def wait_quiescent(self, timeout: float) -> None:
        """Every outbox empty, every cursor at the hub's last seq, steady for a second.

        Fails at once when a desk holds pending ops that make no progress for ``STALL_S``
        while its status shows no error: a silent stall, whatever the overall timeout."""
        deadline = time.monotonic() + timeout
        steady_since: float | None = None
        self.timeline: list[str] = []
        started = time.monotonic()
        seen: tuple[object, ...] = ()
        moved = {desk.name: (started, (-1, -1)) for desk in self.desks}
        while time.monotonic() < deadline:
            now = time.monotonic()
            top = self.hub_seq()
            progress = tuple(self.progress(d) for d in self.desks)
            if (top, progress) != seen:  # what moved when, for a failure message
                seen = (top, progress)
                self.timeline.append(f"{now - started:5.1f}s hub {top} {progress}")
            for desk, state in zip(self.desks, progress, strict=True):
                since, before = moved[desk.name]
                if state != before or state[0] == 0:
                    moved[desk.name] = (now, state)
                elif now - since > STALL_S:
                    desk.harvest()
                    if not desk.shows_error():
                        pytest.fail(
                            f"{desk.name}: {state[0]} ops pending, no progress for "
                            f"{STALL_S:.0f} s and no error shown\n" + self.stall_report(timeout)
                        )
            done = all(p == (0, top) for p in progress)
            if done and top == self.hub_seq():
                steady_since = steady_since or now
                if now - steady_since >= 1.0:
                    took = now - started
                    print(f"quiescent after {took:.1f} s", *self.timeline[-12:], sep="\n  ")
                    return
            else:
                steady_since = None
            time.sleep(0.1)
        pytest.fail(self.stall_report(timeout))

    def stall_report(self, timeout: float) -> str:
        top = self.hub_seq()
        lines = [f"no quiescence {timeout:.0f} s after healing (hub seq {top}):"]
        for desk in self.desks:
            desk.harvest()
            pending, cursor = self.progress(desk)
            last = desk.statuses[-1] if desk.statuses else "(no status)"
            if (pending, cursor) == (0, top):
                what = "caught up"
            elif "error" not in last or '"last_error": ""' in last:
                what = "STUCK WITH NO ERROR SHOWN"
            else:
                what = "stuck"
            lines.append(f"  {desk.name}: {what}: pending {pending}, cursor {cursor}; {last}")
        lines += ["progress (hub seq, (pending, cursor) per desk):", *self.timeline[-15:]]
        return "\n".join(lines) + "\n" + self.logs()


def _run_seed() -> int:
    """A new seed for what the desks record, each run; ``WUFOPS_SEED`` replays one."""
    chosen = os.environ.get("WUFOPS_SEED")
    seed = int(chosen) if chosen else random.SystemRandom().randrange(2**31)
    print(f"fault run seed: {seed} (replay: WUFOPS_SEED={seed})")
    return seed


def _query(db: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _stop_recording(cluster: Cluster) -> None:
    cluster.stop_file.touch()  # the doors close: no more check-ins
    for desk in cluster.desks:
        proc = desk.procs.get("desk") or desk.procs["recorder"]
        proc.wait_for_line('"recording": "stopped"', 30)


def _pending_ops(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return {r[0] for r in conn.execute("SELECT op_id FROM outbox WHERE state = 'pending'")}
    finally:
        conn.close()


def _check_files(
    cluster: Cluster, attendees: list[str], pending_at_kill: dict[str, set[str]] | None = None
) -> None:
    """Stop everything, then the shared invariants on the files; each op a desk held pending
    when it was killed (``pending_at_kill``) must have reached the hub."""
    cluster.shutdown()
    for desk in cluster.desks:
        desk.harvest()
    assert all(desk.committed for desk in cluster.desks), "a desk recorded nothing"
    hub = Replica.open(cluster.hub_db, SystemClock())
    replicas = [Replica.open(desk.db, SystemClock()) for desk in cluster.desks]
    try:
        named = [(d.name, r.conn) for d, r in zip(cluster.desks, replicas, strict=True)]
        for (name, conn), desk in zip(named, cluster.desks, strict=True):
            kept = {r[0] for r in conn.execute("SELECT op_id FROM outbox")}
            missing = desk.committed - kept
            assert not missing, f"{name}: {len(missing)} committed ops gone after kill -9"
        logged, rejected = hub_verdicts(hub.conn)
        for name, ops in (pending_at_kill or {}).items():
            lost = ops - logged - set(rejected)
            assert not lost, (
                f"{name}: {len(lost)} of the {len(ops)} ops pending when it was killed "
                "never reached the hub"
            )
        assert_nothing_lost(hub.conn, named)
        assert_converged(hub.conn, named)
        assert_one_primary_pickup(hub.conn, named, attendees)
        assert_conflicts_recorded(hub.conn, named)
        duplicates = hub.conn.execute(
            "SELECT count(*) FROM (SELECT attendee_id FROM checkin_event "
            "WHERE kind = 'badge_pickup' GROUP BY attendee_id HAVING count(*) > 1)"
        ).fetchone()[0]
        assert duplicates > 0, "no attendee was picked up at two desks: the cut did not bite"
    finally:
        for replica in (hub, *replicas):
            replica.close()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    rig = Cluster(tmp_path)
    try:
        yield rig
    finally:
        rig.shutdown()  # every process group killed, every proxy closed, pass or fail


@pytest.mark.timeout(120)
def test_nothing_lost_across_cuts_half_open_links_and_kill_9(cluster: Cluster) -> None:
    attendees = cluster.seed(desks=3)
    cluster.start_hub()
    for n, desk in enumerate(cluster.desks):
        cluster.start_desk(desk, seed=n)
    cluster.wait_bootstrapped(30)
    d0, d1, d2 = cluster.desks
    pause = time.sleep

    pause(1.0)  # everyone online, recording
    d0.link.cut()  # a clean cut
    d1.link.black_hole("up")  # half-open: desk-1's pushes vanish, its link looks alive
    d2.link.delay(0.1)
    pause(2.0)
    cluster.kill(d1, "desk")  # kill -9 mid-stream: sync and recorder die together
    cluster.kill(d2, "sync")  # the CLI sync dies, its recorder keeps writing the file
    # what desk-1 pushed into the black hole is still pending on its file, and must survive
    pending_at_kill = {d1.name: _pending_ops(d1.db)}
    assert pending_at_kill[d1.name], "desk-1 held no pending op when killed: not mid-stream"
    print(f"desk-1 killed with {len(pending_at_kill[d1.name])} ops pending")
    pause(0.5)
    cluster.start_desk(d1, seed=11)
    cluster.start_cli_sync(d2, seed=12)
    d0.link.heal()
    d1.link.heal()
    pause(1.0)
    cluster.kill_hub()  # kill -9 of the hub; desks keep recording
    pause(1.0)
    cluster.start_hub()  # same file, same port
    pause(1.0)
    for desk in cluster.desks:  # the venue network goes down
        desk.link.cut()
    pause(3.0)
    for desk in cluster.desks:
        desk.link.heal()
    pause(1.5)  # everyone back online …
    d0.link.black_hole("down")  # … then half-open links: the hub's answers vanish …
    d1.link.black_hole("up")  # … or the desk's pushes do, on connections that look alive
    pause(2.0)
    d0.link.heal()  # those connections stay broken: the desks must notice by themselves
    d1.link.heal()
    _stop_recording(cluster)
    cluster.wait_quiescent(QUIESCE_S)
    _check_files(cluster, attendees, pending_at_kill)


@pytest.mark.timeout(120)
def test_a_hub_restored_from_an_older_backup_gets_everything_back_from_live_desks(
    cluster: Cluster,
) -> None:
    """The hub's disk dies mid-event; an online backup taken earlier is put back. Desks that
    kept running see a new epoch, re-push everything the copy lacks (ops it had acknowledged
    included) and re-snapshot; a hub frozen by SIGSTOP for a while comes back too."""
    attendees = cluster.seed(desks=3)
    cluster.start_hub()
    for n, desk in enumerate(cluster.desks):
        cluster.start_desk(desk, seed=20 + n)
    cluster.wait_bootstrapped(30)
    d0, d1, _d2 = cluster.desks
    time.sleep(1.5)
    backup = cluster.tmp / "hub-backup.db"
    cluster.backup_hub(backup)
    d1.link.cut()  # desk-1 works offline across the restore
    time.sleep(2.0)  # more check-ins, acknowledged by the hub that is about to die
    acknowledged = _query(cluster.hub_db, "SELECT count(*) FROM change_log")
    cluster.restore_hub(backup)
    assert cluster.hub_seq() < acknowledged, "the backup should be older than the hub"
    time.sleep(1.5)
    cluster.pause_hub(2.0)  # frozen: pings go unanswered, handshakes hang
    d0.link.delay(0.05)
    time.sleep(1.0)
    d1.link.heal()
    time.sleep(1.0)
    _stop_recording(cluster)
    d0.link.heal()
    cluster.wait_quiescent(QUIESCE_S)
    _check_files(cluster, attendees)


def test_a_new_desk_file_opened_by_two_connections_at_once_migrates_once(tmp_path: Path) -> None:
    """The desk app and its sync thread (or a kiosk script and ``wufops sync``) may open a
    brand-new replica file at the same moment: the one that loses the race for the schema
    must find it done, not fail with "table already exists"."""
    for attempt in range(15):
        path = tmp_path / f"new-{attempt}.db"
        start = threading.Barrier(4)
        errors: list[BaseException] = []

        def open_it(
            path: Path = path,
            start: threading.Barrier = start,
            errors: list[BaseException] = errors,
        ) -> None:
            start.wait()
            try:
                Replica.open(path, SystemClock()).close()
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert not errors, f"attempt {attempt}: {errors[0]!r}"


def test_an_enrolment_token_never_starts_with_a_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`wufops sync --token T` read a token starting with "-" (1 in 64 of them) as an
    option and refused to start; the fault test's desks hit it."""
    drawn = iter(["-dash-first", "fine-token"])
    monkeypatch.setattr("wufops.store.hub_devices.secrets.token_urlsafe", lambda n: next(drawn))
    log = HubLog.open(tmp_path / "hub.db", SystemClock())
    try:
        assert log.enrol("desk-1", "desk")[1] == "fine-token"
    finally:
        log.close()
