"""Sync health per device: who is online, who went quiet, whose work the hub still lacks.

What a file can know decides what a row says (docs/operations.md, "Sync health"):

- **At a desk** (``source="replica"``): the ``device`` rows replicated from the hub — name,
  role, revoked, ``last_seen`` (the hub's last contact, written when the device says hello) —
  and each device's newest check-in, entry or print of the day that reached this desk.
  *Last seen* is the later of the two. A desk cannot know another device's pending ops or
  lag: those cells stay empty.
- **This desk** (``source="self"``): its live link (phase, last sync, how far its cursor is
  behind the hub) and its outbox: pending ops and the age of the oldest (how far behind the
  hub is on this desk's work). Always measured against *now*.
- **At the hub** (``source="hub"``): every enrolled device from the hub's own tables — last
  contact (hello or push), ops it had not pulled at its last hello, pending ops (those it had
  made by its last hello — its ``next_client_seq`` — that the hub has not taken: a desk cut
  off mid-push shows what it still owes; ops made after its last hello the hub cannot know),
  and the longest delay between an op made on the device and its commit at the hub over the
  last hour (a desk that worked offline for 20 minutes shows 20 minutes).

A device not heard of for longer than ``stale_after_min`` (and not revoked) is ``stale``: a
red row. Heard of within ``online_within_min``: ``online``; between the two: ``quiet``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wufops.clock import parse_iso_utc
from wufops.ops.figures import DeviceHealth, DeviceState
from wufops.ops.settings import OpsSettings
from wufops.store.ops import DeviceRecord, HubDevice, OwnSync
from wufops.sync.hlc import physical_ms

#: link phases (``wufops.net.driver.SyncStatus.phase``) that mean connected
CONNECTED = ("online", "syncing")


@dataclass(frozen=True)
class Link:
    """This desk's live sync link, as its sync driver last reported it (the UI passes it)."""

    phase: str  # online / syncing / connecting / offline / stopped
    last_sync_ms: int = 0
    cursor: int = 0
    hub_seq: int = 0
    device_name: str = ""
    role: str = ""


def _ms(iso: str) -> int | None:
    if not iso:
        return None
    try:
        return parse_iso_utc(iso)
    except ValueError:
        return None


def _latest(*values: int | None) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _state(heard: int | None, revoked: bool, at_ms: int, settings: OpsSettings) -> DeviceState:
    if revoked:
        return "revoked"
    if heard is None:
        return "never"
    age = at_ms - heard
    if age <= settings.online_within_min * 60_000:
        return "online"
    if age <= settings.stale_after_min * 60_000:
        return "quiet"
    return "stale"


def replica_health(
    devices: Sequence[DeviceRecord],
    last_record: Mapping[str, int],
    *,
    at_ms: int,
    settings: OpsSettings,
    own: OwnSync | None = None,
    link: Link | None = None,
    now_ms: int | None = None,
) -> tuple[DeviceHealth, ...]:
    """Device health as a desk knows it (``last_record``: device id → its newest record)."""
    out: list[DeviceHealth] = []
    own_found = False
    for device in devices:
        mine = own is not None and own.replica_id in device.replicas
        if mine and own is not None:
            own_found = True
            out.append(
                _self_row(
                    own,
                    link,
                    device,
                    settings=settings,
                    now_ms=now_ms or at_ms,
                    last_record=last_record,
                )
            )
            continue
        heard = _latest(_ms(device.last_seen), last_record.get(device.id))
        state = _state(heard, device.revoked, at_ms, settings)
        out.append(
            DeviceHealth(
                name=device.name,
                role=device.role,
                state=state,
                revoked=device.revoked,
                last_seen_ms=heard,
                last_record_ms=last_record.get(device.id),
                pending=None,
                lag_ms=None,
                behind_ops=None,
                stale=state == "stale",
                source="replica",
            )
        )
    if own is not None and not own_found and (own.last_sync_ms or link is not None):
        # a file that never synced and that no hub bound (a standalone desk, a generated
        # demo file) has no sync health of its own to show
        out.append(
            _self_row(
                own, link, None, settings=settings, now_ms=now_ms or at_ms, last_record=last_record
            )
        )
    return tuple(_ordered(out))


def _self_row(
    own: OwnSync,
    link: Link | None,
    device: DeviceRecord | None,
    *,
    settings: OpsSettings,
    now_ms: int,
    last_record: Mapping[str, int],
) -> DeviceHealth:
    last_sync = (link.last_sync_ms if link else 0) or own.last_sync_ms
    revoked = device.revoked if device else False
    state: DeviceState
    if revoked:
        state = "revoked"
    elif link is not None and link.phase in CONNECTED:
        state = "online"
    elif not last_sync:
        state = "never"
    elif link is None:  # no live link to ask (the CLI on a desk's file): by its last sync
        state = _state(last_sync, False, now_ms, settings)
        state = "offline" if state == "stale" else state
    else:
        state = "offline"
    stale = (
        state in ("offline", "never")
        and bool(last_sync)
        and now_ms - last_sync > settings.stale_after_min * 60_000
    )
    oldest = physical_ms(own.oldest_pending_hlc) if own.pending else None
    key = device.id if device else own.replica_id
    name = device.name if device else (link.device_name if link and link.device_name else "")
    return DeviceHealth(
        name=name,
        role=device.role if device else (link.role if link else ""),
        state=state,
        revoked=revoked,
        last_seen_ms=last_sync or None,
        last_record_ms=last_record.get(key),
        pending=own.pending,
        lag_ms=max(0, now_ms - oldest) if oldest is not None else 0,
        behind_ops=max(0, link.hub_seq - link.cursor) if link and link.hub_seq else None,
        stale=stale,
        source="self",
    )


def hub_health(
    hub: Sequence[HubDevice],
    replicated: Sequence[DeviceRecord],
    last_record: Mapping[str, int],
    *,
    at_ms: int,
    settings: OpsSettings,
) -> tuple[DeviceHealth, ...]:
    """Device health at the hub: its own records of every enrolled device, plus devices that
    exist only as replicated rows (imported with the event)."""
    by_name = {d.name: d for d in replicated}
    out: list[DeviceHealth] = []
    for device in hub:
        record = by_name.get(device.name)
        newest = last_record.get(record.id) if record else None
        heard = _latest(_ms(device.last_contact), _ms(record.last_seen) if record else None, newest)
        state = _state(heard, device.revoked, at_ms, settings)
        out.append(
            DeviceHealth(
                name=device.name,
                role=device.role,
                state=state,
                revoked=device.revoked,
                last_seen_ms=heard,
                last_record_ms=newest,
                pending=device.pending,
                lag_ms=device.max_lag_ms,
                behind_ops=device.behind_ops,
                stale=state == "stale",
                source="hub",
                clock_offset_ms=device.clock_offset_ms,
                rejected=device.rejected,
            )
        )
    known = {d.name for d in hub}
    others = [d for d in replicated if d.name not in known]
    out.extend(replica_health(others, last_record, at_ms=at_ms, settings=settings))
    return tuple(_ordered(out))


def _ordered(rows: list[DeviceHealth]) -> list[DeviceHealth]:
    """This desk first, then red rows, then by name."""
    return sorted(rows, key=lambda d: (d.source != "self", not d.stale, d.revoked, d.name))
