"""The Latin transliteration line under a non-Latin name (issue 10, point 8): staff who cannot
read the script can still match the face to the name. On by default for security-zone
layouts (every bundled one), optional in the layout JSON, validated."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.badges.conftest import NOW_S
from tests.badges.samples import EVENT_NAME, attendee, page_text
from wufops.badges.layout import LayoutError, bundled_names, layout_dir, load_layout, parse_layout
from wufops.badges.render import BadgeData, BadgeRenderer, latin_transcription
from wufops.crypto.keys import Signer
from wufops.crypto.token import sign_token

_A6: dict[str, Any] = json.loads((layout_dir() / "a6.json").read_text(encoding="utf-8"))


def _text(layout: Any, person: Any, issuer: Signer, folder: Path) -> str:
    token = sign_token(issuer, person.event_id, person.id, 1, NOW_S)
    pdf = BadgeRenderer(layout).render_one(BadgeData(person, token, EVENT_NAME))
    return page_text(pdf, folder)[0]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_every_bundled_layout_is_a_security_zone_layout_with_the_line_on() -> None:
    for name in bundled_names():
        layout = load_layout(name)
        assert layout.security_zone and layout.latin_line.show, name


@pytest.mark.parametrize("layout_name", ["a6", "cr80", "label-54x90", "4x6in"])
def test_a_cyrillic_name_gets_its_latin_line_under_the_name(
    layout_name: str, issuer: Signer, tmp_path: Path
) -> None:
    person = replace(
        attendee(1, ("Иван", "Петров", "RU", "security", "Mosgorstroy")),
        latin_given="Ivan",
        latin_family="Petrov",
    )
    lines = _lines(_text(load_layout(layout_name), person, issuer, tmp_path))
    assert "Ivan PETROV" in lines
    below = lines.index("Ivan PETROV")
    assert lines.index("Петров") < below < lines.index("Mosgorstroy")  # under the name


def test_the_line_falls_back_to_a_transliteration_only_where_it_gives_the_reading(
    issuer: Signer, tmp_path: Path
) -> None:
    person = attendee(1, ("Ελένη", "Παπαδοπούλου", "GR", "participant", "Dimos"))
    assert latin_transcription(person) == "Eleni PAPADOPOYLOY"
    assert latin_transcription(attendee(2, ("Иван", "Петров", "RU", "staff", ""))) == (
        "Ivan PETROV"
    )
    lines = _lines(_text(load_layout("a6"), person, issuer, tmp_path))
    assert "Eleni PAPADOPOYLOY" in lines
    # a spelling without vowels or far from the reading would mislead: registration's only
    for given, family, country in (
        ("محمد", "العلي", "EG"),  # "mhmd"
        ("अक्षय", "क्षत्रिय", "IN"),  # "aksy"
        ("བཀྲ་ཤིས་", "རྡོ་རྗེ་", "BT"),  # "bkr shis" is Tashi
    ):
        bare = attendee(3, (given, family, country, "participant", ""))
        assert latin_transcription(bare) == ""
        named = replace(bare, latin_given="Tashi", latin_family="Dorji")
        assert latin_transcription(named) == "Tashi DORJI"


def test_no_line_for_latin_names_nor_a_guessed_reading_of_japanese_kanji(
    issuer: Signer, tmp_path: Path
) -> None:
    latin = attendee(1, ("Aysel", "Məmmədova", "AZ", "participant", "Baku"))
    assert _lines(_text(load_layout("a6"), latin, issuer, tmp_path))[2:4] == [
        "Aysel",
        "Məmmədova",
    ]
    japanese = attendee(2, ("美咲", "田中", "JP", "participant", ""))
    assert latin_transcription(japanese) == ""  # 田中 is Tanaka: no Chinese reading guessed
    assert latin_transcription(replace(japanese, latin_given="Misaki", latin_family="Tanaka")) == (
        "TANAKA Misaki"
    )


def test_the_line_is_optional_and_off_by_default_outside_security_zones(
    issuer: Signer, tmp_path: Path
) -> None:
    person = replace(
        attendee(1, ("Иван", "Петров", "RU", "participant", "Mosgorstroy")),
        latin_given="Ivan",
        latin_family="Petrov",
    )
    off = parse_layout(_A6 | {"latin_line": {"show": False}})
    assert "Ivan PETROV" not in _text(off, person, issuer, tmp_path)
    plain = {k: v for k, v in _A6.items() if k != "security_zone"}
    assert not parse_layout(plain).latin_line.show
    assert "Ivan PETROV" not in _text(parse_layout(plain), person, issuer, tmp_path)
    on = parse_layout(plain | {"latin_line": {"show": True, "size_pt": 14, "height_mm": 7}})
    assert "Ivan PETROV" in _text(on, person, issuer, tmp_path)


@pytest.mark.parametrize(
    ("latin_line", "problem"),
    [
        ({"show": "yes"}, "$.latin_line.show: must be true or false"),
        ({"height_mm": 17}, "$.latin_line.height_mm: must leave the name at least 3 mm"),
        ({"size_pt": 0}, "$.latin_line.size_pt: must be a number > 0"),
        ({"size_pt": 6, "min_size_pt": 8}, "$.latin_line.min_size_pt: must not exceed size_pt"),
        ({"colour": "grey"}, "$.latin_line.colour: must be a colour written #RRGGBB"),
        ({"shwo": True}, "$.latin_line.shwo: unknown key"),
    ],
)
def test_a_bad_latin_line_option_is_refused_with_its_path(
    latin_line: dict[str, Any], problem: str
) -> None:
    with pytest.raises(LayoutError) as refused:
        parse_layout(_A6 | {"latin_line": latin_line})
    assert any(p.startswith(problem) for p in refused.value.problems), refused.value.problems
