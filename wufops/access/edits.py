"""Access edits, each validated and written through the op log (so it syncs), the same way
from the CLI and from the access workspace:

- :func:`assign` — fill a slot with a provider (and, for a Deaf interpreter, a hearing feed);
  :func:`unassign` clears it;
- :func:`set_lock` — lock (pin) a slot as it is, for every later solve, or unlock it;
- :func:`mark_absent` — a provider drops out (for a span, or the whole event): an absence
  window; the slots they hold then are returned, for a re-solve;
- :func:`set_settings` — the event's access rules;
- :func:`accept_proposal` — write a solve's proposal (status ``proposed``).

Refusals are :class:`AccessError` with a stable code; nothing is written then. Rule findings
(a provider double-booked, a team below the rule) never stop an edit: they show (C8–C12).
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from wufops.access.plan import AccessPlan, load_plan
from wufops.access.proposal import Proposal, Unit
from wufops.access.timeline import works_of
from wufops.errors import CodedError
from wufops.models.access import SETTING_FIELDS, AccessSettings, Assignment, Need
from wufops.models.schedule import Window
from wufops.store import access as store
from wufops.store.replica import Replica


class AccessError(CodedError):
    """An access edit refused: ``code`` is stable, ``detail`` says why in English."""


def resolve_provider(conn: sqlite3.Connection, event_id: str, text: str) -> str:
    """The id of the provider ``text`` names (id, start of an id of 8+ characters, or exact
    name). Raises ``unknown_provider`` or ``ambiguous_provider``."""
    text = text.strip()
    found = store.provider_ids_like(conn, event_id, text) if text else []
    if text in found:
        return text
    if len(text) < 8:
        names = store.provider_names(conn, event_id)
        found = [i for i in found if names.get(i, "").lower() == text.lower()]
    if not found:
        raise AccessError("unknown_provider", f"no provider {text!r} in this event")
    if len(found) > 1:
        raise AccessError(
            "ambiguous_provider", f"{text!r} names several providers: {', '.join(found)}"
        )
    return found[0]


def resolve_slot(conn: sqlite3.Connection, plan: AccessPlan, text: str) -> str:
    """The id of the slot ``text`` names (a demanded slot id or a row's, or the start of one,
    8+ characters). Raises ``unknown_slot`` or ``ambiguous_slot``."""
    text = text.strip()
    if plan.need(text) is not None or text in plan.assignments:
        return text
    found = (
        sorted({n.id for n in plan.demand if n.id.startswith(text)}
               | set(store.slot_ids_like(conn, plan.event.id, text)))
        if len(text) >= 8
        else []
    )  # fmt: skip
    if not found:
        raise AccessError("unknown_slot", f"no assignment slot {text!r} in this event")
    if len(found) > 1:
        raise AccessError(
            "ambiguous_slot", f"{text!r} starts several slot ids: {', '.join(found[:5])} …"
        )
    return found[0]


def _slot(plan: AccessPlan, slot: str) -> Need | Assignment:
    found = plan.need(slot) or plan.assignments.get(slot)
    if found is None:
        raise AccessError(
            "unknown_slot",
            f"no slot {slot}: no active session needs it and no assignment holds it",
        )
    return found


def _write(
    replica: Replica,
    target: Need | Assignment,
    unit: Unit,
    *,
    status: str,
    locked: bool | None = None,
) -> None:
    with replica.batch() as batch:
        store.write_unit(
            batch,
            target.session_id,
            target.service,
            target.language,
            target.slot_no,
            provider_id=unit[0],
            feed_provider_id=unit[1],
            status="open" if unit[0] is None else status,  # type: ignore[arg-type]
            locked=locked,
        )


def assign(
    replica: Replica,
    slot: str,
    provider_id: str,
    *,
    feed_provider_id: str | None = None,
    event_id: str | None = None,
) -> None:
    """Fill ``slot`` with ``provider_id`` (status ``confirmed``). A Deaf interpreter's slot
    takes the hearing ``feed_provider_id`` who feeds them. Raises ``unknown_slot``,
    ``unknown_provider``, ``wrong_kind`` (a captioner for sign language, or the other way),
    ``same_provider`` (feed = provider), ``slot_locked`` (unlock it first)."""
    plan = load_plan(replica.conn, event_id)
    target = _slot(plan, slot)
    row = plan.assignments.get(slot)
    if row is not None and row.locked:
        raise AccessError("slot_locked", "the slot is locked; unlock it to change it")
    for person in (provider_id, feed_provider_id):
        if person is not None and person not in plan.providers:
            raise AccessError("unknown_provider", f"no provider {person} in this event")
    lead = plan.providers[provider_id]
    if lead.kind != ("interpreter" if target.service == "sign_language" else "captioner"):
        raise AccessError(
            "wrong_kind", f"{lead.name} is a {lead.kind}; this slot needs {target.service}"
        )
    if feed_provider_id is not None:
        if feed_provider_id == provider_id:
            raise AccessError("same_provider", "a provider cannot feed themself")
        if plan.providers[feed_provider_id].kind != "interpreter":
            raise AccessError("wrong_kind", "a feed is a hearing interpreter")
    _write(replica, target, (provider_id, feed_provider_id), status="confirmed")


def unassign(replica: Replica, slot: str, *, event_id: str | None = None) -> None:
    """Clear ``slot``. Raises ``unknown_slot``, ``slot_locked``."""
    plan = load_plan(replica.conn, event_id)
    target = _slot(plan, slot)
    row = plan.assignments.get(slot)
    if row is not None and row.locked:
        raise AccessError("slot_locked", "the slot is locked; unlock it to change it")
    if row is None or row.provider_id is None:
        return
    _write(replica, target, (None, None), status="open")


def set_lock(replica: Replica, slot: str, *, locked: bool, event_id: str | None = None) -> None:
    """Lock ``slot`` as it is (filled or empty) for every later solve, or unlock it. Raises
    ``unknown_slot``."""
    plan = load_plan(replica.conn, event_id)
    target = _slot(plan, slot)
    with replica.batch() as batch:
        store.write_lock(
            batch, target.session_id, target.service, target.language, target.slot_no,
            locked=locked,
        )  # fmt: skip


def _event_span(plan: AccessPlan) -> Window:
    zone = plan.days.zone
    first = date.fromisoformat(plan.event.first_day)
    last = date.fromisoformat(plan.event.last_day) + timedelta(days=1)
    start = datetime(first.year, first.month, first.day, tzinfo=zone)
    end = datetime(last.year, last.month, last.day, tzinfo=zone)
    return Window(int(start.timestamp() * 1000), int(end.timestamp() * 1000))


def mark_absent(
    replica: Replica,
    provider_id: str,
    *,
    start_ms: int | None = None,
    end_ms: int | None = None,
    event_id: str | None = None,
) -> list[str]:
    """``provider_id`` cannot work from ``start_ms`` to ``end_ms`` (either open: from the
    event's first day / to its last). Adds an absence window; returns the slots they hold in
    it (a re-solve moves them, unless locked). Raises ``unknown_provider``, ``bad_span``."""
    plan = load_plan(replica.conn, event_id)
    provider = plan.providers.get(provider_id)
    if provider is None:
        raise AccessError("unknown_provider", f"no provider {provider_id} in this event")
    whole = _event_span(plan)
    start = whole.start_ms if start_ms is None else start_ms
    end = whole.end_ms if end_ms is None else end_ms
    if end <= start:
        raise AccessError("bad_span", "the absence ends before it starts")
    span = Window(start, end)
    with replica.batch() as batch:
        store.write_absences(batch, provider_id, [*provider.absences, span])
    return [
        w.slot_id
        for w in works_of(plan, plan.current(), provider_id)
        if w.start_ms < end and start < w.end_ms
    ]


def set_settings(
    replica: Replica, changes: dict[str, Any], *, event_id: str | None = None
) -> AccessSettings:
    """Change some of the event's access rules (names of :data:`SETTING_FIELDS`); returns
    them as they are now. Raises ``unknown_setting``, ``bad_setting``."""
    plan = load_plan(replica.conn, event_id)
    unknown = sorted(set(changes) - set(SETTING_FIELDS))
    if unknown:
        raise AccessError("unknown_setting", f"no access setting {', '.join(unknown)}")
    types = {f.name: f.type for f in fields(AccessSettings)}
    for name, value in changes.items():
        if types[name] in ("bool", bool):
            if not isinstance(value, bool):
                raise AccessError("bad_setting", f"{name} is yes or no, not {value!r}")
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1440:
            raise AccessError("bad_setting", f"{name} is minutes (0 … 1440), not {value!r}")
    settings = replace(plan.settings, **changes)
    try:
        with replica.batch() as batch:
            store.write_settings(batch, plan.event.id, settings)
    except sqlite3.IntegrityError as error:
        raise AccessError("bad_setting", f"the schema refuses these rules: {error}") from None
    return settings


def accept_proposal(replica: Replica, proposal: Proposal) -> int:
    """Write ``proposal``'s changes (status ``proposed``; a cleared slot ``open``), in one
    transaction; returns how many slots changed. Raises ``proposal_stale`` (nothing written)
    when a slot it changes is no longer as the solve found it, or has been locked since."""
    plan = load_plan(replica.conn, proposal.event_id)
    current = plan.current()
    for change in proposal.changes:
        row = plan.assignments.get(change.slot_id)
        if current.get(change.slot_id, (None, None)) != change.before or (row and row.locked):
            raise AccessError(
                "proposal_stale",
                f"slot {change.slot_id} changed since the solve; solve again",
            )
    with replica.batch() as batch:
        for change in proposal.changes:
            store.write_unit(
                batch,
                change.session_id,
                change.service,
                change.language,
                change.slot_no,
                provider_id=change.after[0],
                feed_provider_id=change.after[1],
                status="open" if change.after[0] is None else "proposed",
            )
    return len(proposal.changes)
