"""Hypothesis: any attendees, in any script, exported then imported, change nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pycountry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.vocabulary import CATEGORIES
from wufops.attendees.io.exporting import export_attendees
from wufops.attendees.io.importing import import_attendees, import_key
from wufops.attendees.io.values import clean_line, clean_note, parse_sign_language
from wufops.clock import FakeClock
from wufops.store.apply import canonical_dump
from wufops.store.attendees_io import attendees_for_export
from wufops.store.replica import Replica
from wufops.sync.ops import JsonValue

#: every script, formula triggers and apostrophes included; no lone surrogates (not text)
_chars = st.characters(blacklist_categories=("Cs",))
_raw = st.text(alphabet=_chars, max_size=24)
_tricky = st.sampled_from(
    ["=1+1", "+994 12", "-x", "@SUM(A1)", "'=x", "''-y", "'", "'abc", "a\ufffeb", "#N/A", "#REF!"]
)
_line = st.one_of(_raw, _tricky, _tricky.flatmap(lambda t: _raw.map(lambda r: t + r))).map(
    clean_line
)
_note = st.one_of(_raw, st.lists(_raw, max_size=3).map("\n".join)).map(clean_note)
_codes = [str(c.alpha_2) for c in pycountry.countries]
_email = st.one_of(
    st.just(""),
    st.from_regex(r"\A[a-z0-9._%+-]{1,12}@[a-z0-9-]{1,10}(\.[a-z]{2,6}){1,2}\Z"),
)


@st.composite
def attendees(draw: st.DrawFn) -> list[dict[str, JsonValue]]:
    count = draw(st.integers(min_value=1, max_value=6))
    # codes differing only in case or separators are one attendee's code (search's rule)
    codes = draw(st.lists(_line.filter(bool), min_size=count, max_size=count, unique_by=import_key))
    people = []
    for code in codes:
        given = draw(_line)
        family = draw(_line)
        if not given and not family:
            family = "X"
        people.append(
            {
                "reg_code": code,
                "given_name": given,
                "family_name": family,
                "latin_given": draw(_line),
                "latin_family": draw(_line),
                "organization": draw(_line),
                "country": draw(st.sampled_from(_codes)),
                "category": draw(st.sampled_from(CATEGORIES)),
                "email": draw(_email),
                "sign_language": draw(  # a language, or "" for none
                    _line.map(parse_sign_language)
                ),
                "captions": draw(st.integers(0, 1)),
                "step_free": draw(st.integers(0, 1)),
                "assistance": draw(st.integers(0, 1)),
                "attention": draw(st.integers(0, 1)),
                "attention_note": draw(_note),
                "security_hold": draw(st.integers(0, 1)),
                "photo_ref": draw(_line),
            }
        )
    return people


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(attendees(), st.sampled_from([".csv", ".xlsx"]))
def test_export_then_import_is_no_change(people: list[dict[str, JsonValue]], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        replica = Replica.open(Path(scratch) / "r.db", FakeClock())
        try:
            event_id = replica.insert(
                "event",
                {
                    "name": "E",
                    "timezone": "UTC",
                    "first_day": "2026-05-17",
                    "last_day": "2026-05-22",
                },
            )
            with replica.batch() as batch:
                for person in people:
                    batch.insert("attendee", {**person, "event_id": event_id})
            out = Path(scratch) / f"export{suffix}"
            export_attendees(attendees_for_export(replica.conn, event_id), out)
            before = canonical_dump(replica.conn)
            pending = replica.pending_count()
            report = import_attendees(replica, out)
            assert report.errors == ()
            assert (report.created, report.updated, report.unchanged) == (0, 0, len(people))
            assert canonical_dump(replica.conn) == before
            assert replica.pending_count() == pending
        finally:
            replica.close()
