"""Header matching: the alias table covers what common registration systems export."""

from __future__ import annotations

import pytest

from wufops.attendees.io.mapping import (
    ALIASES,
    CANONICAL_HEADERS,
    match_headers,
    missing_fields,
    normalize_header,
)
from wufops.attendees.io.values import parse_category, parse_country, parse_flag


@pytest.mark.parametrize(
    ("system", "headers", "expected"),
    [
        (
            "pretix",
            [
                "Order code",
                "Product",
                "Attendee name: Given name",
                "Attendee name: Family name",
                "Attendee email",
                "Email",
                "Company",
                "Country",
            ],
            {
                "order_code": "Order code",  # with a "Position ID" column: ORDER-POSITION
                "category": "Product",
                "given_name": "Attendee name: Given name",
                "family_name": "Attendee name: Family name",
                "email": "Attendee email",
                "organization": "Company",
                "country": "Country",
            },
        ),
        (
            "Eventbrite",
            [
                "Order #",
                "Order Date",
                "First Name",
                "Last Name",
                "Email",
                "Quantity",
                "Ticket Type",
                "Attendee #",
                "Barcode #",
                "Company",
                "Country",
            ],
            {
                "reg_code": "Attendee #",
                "given_name": "First Name",
                "family_name": "Last Name",
                "email": "Email",
                "category": "Ticket Type",
                "organization": "Company",
                "country": "Country",
            },
        ),
        (
            "Cvent",
            [
                "Confirmation Number",
                "First Name",
                "Last Name",
                "Company Name",
                "Email Address",
                "Registration Type",
                "Country",
            ],
            {
                "reg_code": "Confirmation Number",
                "given_name": "First Name",
                "family_name": "Last Name",
                "organization": "Company Name",
                "email": "Email Address",
                "category": "Registration Type",
                "country": "Country",
            },
        ),
        (
            "Indico",
            [
                "ID",
                "First Name",
                "Last Name",
                "Email Address",
                "Affiliation",
                "Country",
                "Registration date",
            ],
            {
                "reg_code": "ID",
                "given_name": "First Name",
                "family_name": "Last Name",
                "email": "Email Address",
                "organization": "Affiliation",
                "country": "Country",
            },
        ),
        (
            "UN-style",
            [
                "Registration No.",
                "Prénom",
                "Surname",
                "First name (Latin)",
                "Last name (Latin)",
                "Nationality",
                "Organisation",
                "Participant type",
                "E-mail",
                "Sign language interpretation",
                "Real-time captioning",
                "Wheelchair user",
                "Personal assistance",
            ],
            {
                "reg_code": "Registration No.",
                "given_name": "Prénom",
                "family_name": "Surname",
                "latin_given": "First name (Latin)",
                "latin_family": "Last name (Latin)",
                "country": "Nationality",
                "organization": "Organisation",
                "category": "Participant type",
                "email": "E-mail",
                "sign_language": "Sign language interpretation",
                "captions": "Real-time captioning",
                "step_free": "Wheelchair user",
                "assistance": "Personal assistance",
            },
        ),
    ],
)
def test_common_exports_map(system: str, headers: list[str], expected: dict[str, str]) -> None:
    header_map = match_headers(headers)
    assert {f: header_map.header_of(f) for f in header_map.fields} == expected, system


def test_headers_compare_without_case_space_punctuation_or_accents() -> None:
    assert normalize_header("  E-MAIL ") == normalize_header("email") == "email"
    assert normalize_header("Prénom") == "prenom"
    assert normalize_header("Ticket #") == "ticketnumber"
    header_map = match_headers(
        ["REGISTRATION_CODE", "given  name", "FAMILY-NAME", "country.", "CATEGORY "]
    )
    assert not missing_fields(header_map)


def test_the_canonical_headers_are_aliases_of_themselves() -> None:
    header_map = match_headers(list(CANONICAL_HEADERS))
    assert header_map.ignored == ()
    assert len(header_map.fields) == len(CANONICAL_HEADERS)


def test_a_single_name_column_is_kept_whole_when_there_is_no_given_or_family_name() -> None:
    header_map = match_headers(["Code", "Full name", "Country", "Category", "Reg code"])
    assert "full_name" in header_map.fields and not missing_fields(header_map)
    assert "Code" in header_map.ignored
    both = match_headers(["Name", "First name", "Last name"])
    assert "full_name" not in both.fields and "Name" in both.ignored


def test_every_alias_is_unambiguous() -> None:
    assert len({key for key in ALIASES}) == len(ALIASES)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("AZ", "AZ"),
        ("aze", "AZ"),
        ("Azerbaijan", "AZ"),
        ("  azerbaijan ", "AZ"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d Ivoire", "CI"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Korea, Republic of", "KR"),
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
        ("United States of America", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Bolivia", "BO"),
        ("Kosovo", "XK"),
        ("Palestine", "PS"),
    ],
)
def test_countries(raw: str, code: str) -> None:
    assert parse_country(raw) == code


@pytest.mark.parametrize("raw", ["", "Atlantis", "Azerbaijani", "ZZ", "EU"])
def test_unknown_countries(raw: str) -> None:
    assert parse_country(raw) is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Press", "media"),
        ("Delegate", "participant"),
        ("Speaker", "speaker"),
        ("VIP", "vip"),
        ("Head of delegation", "vip"),
        ("head-of-delegation", "vip"),
        ("MEDIA", "media"),
        ("Volunteer", "volunteer"),
        ("Exhibitor", "exhibitor"),
        ("Security", "security"),
        ("staff", "staff"),
        ("Panellist", "speaker"),
    ],
)
def test_categories(raw: str, code: str) -> None:
    assert parse_category(raw) == code


@pytest.mark.parametrize(
    ("raw", "flag"),
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("1", True),
        ("x", True),
        ("✓", True),
        ("", False),
        ("no", False),
        ("N", False),
        ("false", False),
        ("0", False),
        ("n/a", False),
        ("maybe", None),
        ("2", None),
    ],
)
def test_flags(raw: str, flag: bool | None) -> None:
    assert parse_flag(raw) is flag
