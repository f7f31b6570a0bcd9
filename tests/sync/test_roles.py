"""Roles at the hub: who may write what, and a gate never receives personal data."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.sync.ops import Op
from wufops.sync.roles import (
    GATE_ATTENDEE_FIELDS,
    authorize,
    redact_op,
    redact_row,
    sees_table,
)

PERSONAL = {
    "given_name": "Aysel",
    "family_name": "Məmmədova",
    "latin_given": "Aysel",
    "latin_family": "Mammadova",
    "organization": "Baku City Executive Power",
    "country": "AZ",
    "email": "aysel@example.az",
    "sign_language": "AzSL",
    "attention_note": "VIP escort",
    "reg_code": "WUF-77",
    "photo_ref": "p/77.jpg",
}


def _op(entity: str, op_kind: str = "insert", **body: object) -> Op:
    return Op("o", "d", 1, op_kind, entity, "row-1", dict(body))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "op", "allowed"),
    [
        ("gate", _op("checkin_event", "event", kind="entry"), True),
        ("gate", _op("checkin_event", "event", kind="exit"), True),
        ("gate", _op("checkin_event", "event", kind="badge_pickup"), False),
        ("gate", _op("print_event", "event"), False),
        ("desk", _op("checkin_event", "event", kind="badge_pickup"), True),
        ("desk", _op("checkin_event", "event", kind="void"), True),
        ("desk", _op("print_event", "event"), True),
        ("desk", _op("badge", "insert", status="valid"), False),  # only with its own key
        ("desk", _op("badge", "update", status="valid"), False),  # never un-revokes
        ("desk", _op("attendee", "update", family_name="X"), True),
        ("desk", _op("attendee", "update", latin_given="X", given_name="Y"), True),
        ("desk", _op("attendee", "update", security_hold=0), False),
        ("desk", _op("attendee", "update", family_name="X", category="vip"), False),
        ("desk", _op("attendee", "update", organization="X"), False),
        ("admin", _op("attendee", "update", security_hold=1, category="vip"), True),
        ("admin", _op("badge", "update", status="revoked"), True),
        ("admin", _op("device_replica", "insert", device_id="d"), False),  # the hub binds
        ("desk", _op("device_replica", "update", device_id="d"), False),
        ("desk", _op("attendee", "insert", family_name="X"), False),  # imports are admin work
        ("desk", _op("session", "update", title="X"), False),
        ("coordinator", _op("session", "update", title="X"), True),
        ("coordinator", _op("assignment_slot", "insert"), True),
        ("coordinator", _op("attendee", "update", family_name="X"), False),
        ("coordinator", _op("conflict", "update", resolved=1), True),
        ("coordinator", _op("conflict", "insert", code="x"), False),
        ("admin", _op("device", "insert", name="d"), True),
        ("admin", _op("conflict", "insert", code="x"), False),  # only the hub records them
        ("nobody", _op("checkin_event", "event", kind="entry"), False),
    ],
)
def test_authorize(role: str, op: Op, allowed: bool) -> None:
    refusal = authorize(role, op)
    assert (refusal is None) == allowed
    if refusal is not None:
        assert refusal.code in {"role_forbidden", "hub_only", "unknown_role"} and refusal.detail


@given(
    st.sampled_from(["insert", "update"]),
    st.dictionaries(
        st.sampled_from([*sorted(PERSONAL), "category", "security_hold", "event_id"]),
        st.text(max_size=10),
    ),
)
@settings(max_examples=300)
def test_a_gate_never_receives_personal_fields(kind: str, body: dict[str, str]) -> None:
    op = _op("attendee", kind, **body)
    shown = redact_op("gate", op)
    if shown is None:
        assert kind == "update" and not set(body) & GATE_ATTENDEE_FIELDS
        return
    for name, value in shown.body.items():
        if name not in GATE_ATTENDEE_FIELDS:
            assert value in ("", "·", "ZZ", "row-1")  # placeholders only
    assert set(shown.base) <= GATE_ATTENDEE_FIELDS


def test_gate_rows_and_tables() -> None:
    columns = ["id", "event_id", *PERSONAL, "category", "security_hold", "captions"]
    values = ["row-1", "e1", *PERSONAL.values(), "vip", 1, 1]
    row = redact_row("gate", "attendee", columns, values)
    assert not set(map(str, row)) & set(PERSONAL.values())
    assert row[columns.index("category")] == "vip" and row[columns.index("captions")] == 0
    assert redact_row("desk", "attendee", columns, values) == tuple(values)
    assert not sees_table("gate", "conflict") and not sees_table("gate", "print_event")
    assert sees_table("gate", "checkin_event") and sees_table("desk", "conflict")
    assert redact_op("gate", _op("session", "update", title="x")) is None


def test_an_event_cannot_claim_another_device() -> None:
    forged = Op(
        "o", "desk-a", 1, "event", "checkin_event", "e", {"kind": "entry", "device_id": "b"}
    )
    refusal = authorize("admin", forged)
    assert refusal is not None and refusal.code == "device_mismatch"
    honest = Op(
        "o", "desk-a", 1, "event", "checkin_event", "e", {"kind": "entry", "device_id": "desk-a"}
    )
    assert authorize("gate", honest) is None
