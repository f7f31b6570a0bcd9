"""Signed badge tokens: round trips, scanner-proof text, and every forgery refused with its code."""

from __future__ import annotations

import base64
import re

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.badges.conftest import NOW_S
from wufops.crypto.keys import (
    BadgeKeyError,
    Keyring,
    Signer,
    certify_desk_key,
    create_issuer_key,
    generate_private_key,
    public_key_of,
)
from wufops.crypto.token import (
    DECISION_CODES,
    PAYLOAD_BYTES,
    TOKEN_CHARS,
    TokenError,
    sign_token,
    verify_token,
)

EVENT = "0195f0c2-7a00-7000-8000-000000000001"
ATTENDEE = "0195f0c2-7a00-7000-8000-00000000abcd"


def _raw(token: str) -> bytearray:
    return bytearray(base64.b32decode(token + "=" * (-len(token) % 8)))


def _text(raw: bytes) -> str:
    return base64.b32encode(raw).decode().rstrip("=")


def test_round_trip_admits_and_reports_the_badge(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 42, NOW_S)
    decision = verify_token(
        token,
        Keyring.build([issuer.record]),
        frozenset(),
        EVENT,
        resolve_attendee=lambda ref, serial: ATTENDEE,
    )
    assert decision.code == "admitted"
    assert (decision.serial, decision.key_id, decision.attendee_id) == (42, issuer.key_id, ATTENDEE)
    assert decision.issued_at_s == NOW_S
    assert decision.to_json()["attendee_id"] == ATTENDEE


def test_token_is_short_upper_case_base32_in_alphanumeric_qr(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, (1 << 32) - 1, NOW_S)
    assert re.fullmatch(r"[A-Z2-7]+", token)
    assert len(token) == TOKEN_CHARS == 146
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(token)
    code.make(fit=True)
    assert code.version <= 8
    assert code.data_list[0].mode == qrcode.util.MODE_ALPHA_NUM


def test_signing_is_deterministic(issuer: Signer) -> None:
    assert sign_token(issuer, EVENT, ATTENDEE, 7, NOW_S) == sign_token(
        issuer, EVENT, ATTENDEE, 7, NOW_S
    )


def test_scanner_case_and_surrounding_whitespace_are_tolerated(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    ring = Keyring.build([issuer.record])
    for typed in (token.lower() + "\r\n", "\t " + token + "\n", token.swapcase()):
        assert verify_token(typed, ring, (), EVENT).code == "admitted"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1],  # truncated
        lambda t: t[:80],
        lambda t: t + "A",  # too long
        lambda t: t[:70] + " " + t[71:],  # inner space
        lambda t: t[:70] + "-" + t[71:],
        lambda t: t[:70] + "0" + t[71:],  # 0 is not base32
        lambda t: t[:70] + "ı" + t[71:],  # dotless i: upper() would make it I
        lambda t: t[:70] + "Ａ" + t[71:],  # full-width A
        lambda t: t.replace("A", "Q"),  # AZERTY swap, when it changes anything
        lambda t: "",
    ],
)
def test_mangled_text_is_malformed_or_refused(issuer: Signer, mangle: object) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    mangled = mangle(token)  # type: ignore[operator]
    if mangled == token:
        return
    decision = verify_token(mangled, Keyring.build([issuer.record]), (), EVENT)
    assert decision.code in ("malformed", "invalid_signature", "unknown")
    assert decision.code != "admitted"


def test_non_canonical_trailing_bits_are_malformed(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    # 146 characters carry 730 bits for 728: the last character's low 2 bits must be zero
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    last = alphabet.index(token[-1])
    other = alphabet[last | 1]
    assert other != token[-1]
    assert verify_token(token[:-1] + other, Keyring.build([issuer.record]), (), EVENT).code == (
        "malformed"
    )


def test_every_flipped_bit_is_refused_with_the_right_code(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    ring = Keyring.build([issuer.record])
    raw = _raw(token)
    for bit in range(len(raw) * 8):
        forged = bytearray(raw)
        forged[bit // 8] ^= 1 << (bit % 8)
        decision = verify_token(_text(bytes(forged)), ring, (), EVENT)
        byte = bit // 8
        if byte == 0:
            expected = "malformed"  # version
        elif byte < 5:
            expected = "unknown"  # key id no longer names a known key
        else:
            expected = "invalid_signature"  # payload or signature changed
        assert decision.code == expected, (bit, decision)


def test_key_not_in_the_keyring_is_unknown(issuer: Signer) -> None:
    other = create_issuer_key(NOW_S - 10)
    token = sign_token(other, EVENT, ATTENDEE, 3, NOW_S)
    decision = verify_token(token, Keyring.build([issuer.record]), (), EVENT)
    assert decision.code == "unknown" and decision.key_id == other.key_id


def test_signature_of_another_key_under_a_known_key_id_is_invalid(issuer: Signer) -> None:
    other = create_issuer_key(NOW_S - 10)
    mine = _raw(sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S))
    theirs = _raw(sign_token(other, EVENT, ATTENDEE, 3, NOW_S))
    theirs[1:5] = mine[1:5]  # claim to be the issuer's key
    decision = verify_token(_text(bytes(theirs)), Keyring.build([issuer.record]), (), EVENT)
    assert decision.code == "invalid_signature"


def test_badge_of_another_event_is_wrong_event(issuer: Signer) -> None:
    token = sign_token(issuer, "another-event", ATTENDEE, 3, NOW_S)
    assert verify_token(token, Keyring.build([issuer.record]), (), EVENT).code == "wrong_event"


def test_revoked_serial_is_refused(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    ring = Keyring.build([issuer.record])
    assert verify_token(token, ring, {3}, EVENT).code == "revoked"
    assert verify_token(token, ring, {4}, EVENT).code == "admitted"


def test_unresolvable_attendee_is_unknown(issuer: Signer) -> None:
    token = sign_token(issuer, EVENT, ATTENDEE, 3, NOW_S)
    decision = verify_token(
        token, Keyring.build([issuer.record]), (), EVENT, resolve_attendee=lambda r, s: None
    )
    assert decision.code == "unknown"


def test_key_rotation_verifiers_accept_every_listed_key(issuer: Signer) -> None:
    newer = create_issuer_key(NOW_S)
    ring = Keyring.build([issuer.record, newer.record])
    for signer in (issuer, newer):
        token = sign_token(signer, EVENT, ATTENDEE, 9, NOW_S + 5)
        assert verify_token(token, ring, (), EVENT).code == "admitted"


def _desk(issuer: Signer, serial_range: int = 1) -> Signer:
    private = generate_private_key()
    record = certify_desk_key(
        issuer,
        public_key_of(private),
        device_id="desk-7",
        serial_range=serial_range,
        valid_from_s=NOW_S - 100,
        valid_until_s=NOW_S + 86_400,
    )
    return Signer(record, private)


def test_certified_desk_key_issues_valid_badges_from_its_own_range(issuer: Signer) -> None:
    desk = _desk(issuer, serial_range=5)
    low, high = desk.record.serial_bounds
    assert low == (5 << 32) + 1 and high == (6 << 32) - 1
    ring = Keyring.build([issuer.record, desk.record])
    token = sign_token(desk, EVENT, ATTENDEE, low, NOW_S)
    assert verify_token(token, ring, (), EVENT).code == "admitted"
    with pytest.raises(TokenError) as error:
        sign_token(desk, EVENT, ATTENDEE, 3, NOW_S)  # the issuer's range
    assert error.value.code == "serial_out_of_range"


def test_desk_key_with_forged_certificate_is_left_out(issuer: Signer) -> None:
    rogue = create_issuer_key(NOW_S - 100)
    desk = _desk(rogue)  # certified by an issuer the gate does not trust
    ring = Keyring.build([issuer.record, desk.record])
    assert ring.get(desk.key_id) is None
    assert ring.rejected == ((desk.key_id, "unknown_issuer"),)
    token = sign_token(desk, EVENT, ATTENDEE, desk.record.serial_bounds[0], NOW_S)
    assert verify_token(token, ring, (), EVENT).code == "unknown"
    # a certificate altered after signing (wider range) fails verification
    from dataclasses import replace

    honest = _desk(issuer)
    widened = replace(honest.record, serial_range=0)
    ring = Keyring.build([issuer.record, widened])
    assert ring.rejected == ((widened.key_id, "bad_certificate"),)


def test_revoked_desk_key_stops_its_later_badges(issuer: Signer) -> None:
    from dataclasses import replace

    desk = _desk(issuer)
    serial = desk.record.serial_bounds[0]
    before = sign_token(desk, EVENT, ATTENDEE, serial, NOW_S - 10)
    after = sign_token(desk, EVENT, ATTENDEE, serial + 1, NOW_S + 10)
    revoked = replace(desk.record, revoked_from_s=NOW_S)
    ring = Keyring.build([issuer.record, revoked])
    assert verify_token(before, ring, (), EVENT).code == "admitted"
    assert verify_token(after, ring, (), EVENT).code == "revoked"


def test_token_issued_outside_key_validity_is_unknown(issuer: Signer) -> None:
    desk = _desk(issuer)
    token = sign_token(desk, EVENT, ATTENDEE, desk.record.serial_bounds[0], NOW_S + 999_999)
    decision = verify_token(token, Keyring.build([issuer.record, desk.record]), (), EVENT)
    assert decision.code == "unknown"


def test_only_an_issuer_certifies(issuer: Signer) -> None:
    desk = _desk(issuer)
    with pytest.raises(BadgeKeyError) as error:
        certify_desk_key(
            desk,
            public_key_of(generate_private_key()),
            device_id="d",
            serial_range=2,
            valid_from_s=NOW_S,
            valid_until_s=NOW_S + 1,
        )
    assert error.value.code == "not_issuer"


_ISSUER = create_issuer_key(NOW_S - 86_400)
_RING = Keyring.build([_ISSUER.record])
_TOKEN = sign_token(_ISSUER, EVENT, ATTENDEE, 11, NOW_S)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.binary(), st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567 \n")))
def test_parser_never_raises_on_arbitrary_input(data: str | bytes) -> None:
    decision = verify_token(data, _RING, (), EVENT)
    assert decision.code in DECISION_CODES
    assert decision.code != "admitted"


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=TOKEN_CHARS - 1),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
)
def test_any_single_character_change_is_refused(position: int, char: str) -> None:
    forged = _TOKEN[:position] + char + _TOKEN[position + 1 :]
    decision = verify_token(forged, _RING, (), EVENT)
    if forged == _TOKEN:
        assert decision.code == "admitted"
    else:
        assert decision.code in ("malformed", "unknown", "invalid_signature")


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=PAYLOAD_BYTES + 64, max_size=PAYLOAD_BYTES + 64))
def test_random_well_formed_tokens_are_never_admitted(raw: bytes) -> None:
    decision = verify_token(_text(raw), _RING, (), EVENT)
    assert decision.code in ("malformed", "unknown", "invalid_signature")


def test_desk_keys_certified_after_the_issuer_was_revoked_are_left_out(issuer: Signer) -> None:
    from dataclasses import replace

    desk = _desk(issuer)
    revoked_issuer = replace(issuer.record, revoked_from_s=desk.record.valid_from_s)
    ring = Keyring.build([revoked_issuer, desk.record])
    assert ring.rejected == ((desk.key_id, "issuer_revoked"),)
    earlier = replace(issuer.record, revoked_from_s=desk.record.valid_from_s + 1)
    assert Keyring.build([earlier, desk.record]).get(desk.key_id) is not None
