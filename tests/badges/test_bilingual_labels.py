"""Bilingual badge labels (issue 15, "Badges"): a layout's ``languages`` prints the category
label in one or two of the six UN languages and Azerbaijani, from the catalogue of
``wufops.badges.labels`` — read back from real PDFs with ``pdftotext`` and rasterised with
``pdftoppm`` (two lines of label in the band). The PNGs are saved in
``artifacts/screenshots/badges/``."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from db.vocabulary import CATEGORIES
from tests.badges.conftest import NOW_S
from tests.badges.samples import EVENT_ID, EVENT_NAME, attendee, page_text, rasterise
from tests.tools import screenshot_dir
from wufops.badges.labels import CATEGORY_LABELS, LANGUAGES, category_labels, complete
from wufops.badges.layout import MM, LayoutError, layout_dir, load_layout, parse_layout
from wufops.badges.render import BadgeData, render_badges
from wufops.crypto.keys import Signer
from wufops.crypto.token import sign_token

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def _a6(**extra: object) -> dict[str, object]:
    data = json.loads((layout_dir() / "a6.json").read_text(encoding="utf-8"))
    data.update(extra)
    return data


def _badges(signer: Signer, categories: list[str]) -> list[BadgeData]:
    out = []
    for n, category in enumerate(categories, start=1):
        person = attendee(n, ("Leyla", "Məmmədova", "AZ", category, "UN-Habitat"))
        out.append(BadgeData(person, sign_token(signer, EVENT_ID, person.id, n, NOW_S), EVENT_NAME))
    return out


def _label_lines(page: Image.Image, band_mm: tuple[float, float], height_mm: float) -> int:
    """The lines of text (ink unlike the band's fill) in the band between ``band_mm``: 2
    when both halves hold letters and its middle is clear, 1 when letters cross the
    middle."""
    rgb = page.convert("RGB")
    scale = rgb.height / height_mm
    top, bottom = round(band_mm[0] * scale) + 2, round(band_mm[1] * scale) - 2
    middle = (top + bottom) // 2

    fill = Counter(
        rgb.getpixel((x, y)) for y in range(top, bottom, 3) for x in range(2, rgb.width - 2, 5)
    ).most_common(1)[0][0]

    def lit(y: int) -> bool:
        found = 0
        for x in range(2, rgb.width - 2, 2):  # the page's edge column stays out
            pixel = rgb.getpixel((x, y))
            ink = sum(abs(a - b) for a, b in zip(pixel, fill, strict=True))  # type: ignore[arg-type]  # (RGB triples)
            found += ink > 150
        return found > 2

    upper = any(lit(y) for y in range(top, middle - 1))
    lower = any(lit(y) for y in range(middle + 2, bottom))
    clear = not any(lit(y) for y in range(middle - 1, middle + 2))
    if upper and lower and clear:
        return 2
    return 1 if upper or lower else 0


def test_the_catalogue_labels_every_category_in_every_language() -> None:
    assert complete()
    assert set(CATEGORY_LABELS) == set(LANGUAGES) == {"ar", "zh", "en", "fr", "ru", "es", "az"}
    for lang in LANGUAGES:
        labels = [CATEGORY_LABELS[lang][c] for c in CATEGORIES]
        assert all(label.strip() for label in labels), lang
        assert len(set(labels)) == len(labels), lang  # no two categories alike
    assert category_labels("participant", ("en", "az")) == (
        ("en", "PARTICIPANT"),
        ("az", "İŞTİRAKÇI"),  # the dotted capital İ, as Azerbaijani writes it
    )
    assert category_labels("participant", ("ar",)) == (("ar", "مشارك"),)


def test_a_layout_refuses_unknown_repeated_or_too_many_languages() -> None:
    with pytest.raises(LayoutError) as error:
        parse_layout(_a6(languages=["en", "xx"]), "a6")
    assert error.value.problems == ["$.languages[1]: 'xx' is not one of ar, zh, en, fr, ru, es, az"]
    with pytest.raises(LayoutError) as error:
        parse_layout(_a6(languages=["en", "en"]), "a6")
    assert error.value.problems == ["$.languages[1]: 'en' is listed twice"]
    with pytest.raises(LayoutError) as error:
        parse_layout(_a6(languages=["en", "fr", "az"]), "a6")
    assert "$.languages: must be a list of at most 2" in error.value.problems[0]
    assert parse_layout(_a6(languages=["az"]), "a6").languages == ("az",)
    assert load_layout("a6").languages == ()  # a layout's own labels, unless it says
    assert load_layout("a6-en-az").languages == ("en", "az")  # the host's, bundled


@pytest.mark.parametrize(
    ("languages", "name"),
    [(["en", "az"], "en-az"), (["en", "ar"], "en-ar"), (["zh", "fr"], "zh-fr")],
)
def test_bilingual_labels_are_printed_and_read_back(
    issuer: Signer, tmp_path: Path, languages: list[str], name: str
) -> None:
    layout = parse_layout(_a6(languages=languages), "a6")
    categories = ["participant", "speaker", "media", "volunteer"]
    pdf = render_badges(layout, _badges(issuer, categories))
    texts = page_text(pdf, tmp_path)
    for category, text in zip(categories, texts, strict=False):
        extracted = unicodedata.normalize("NFKC", text).translate(_BIDI_CONTROLS)
        have = Counter(extracted.replace(" ", "").replace("\n", ""))
        for lang, label in category_labels(category, tuple(languages)):
            want = Counter(unicodedata.normalize("NFKC", label).replace(" ", ""))
            assert not want - have, (lang, label, want - have)
            if lang not in ("ar", "zh"):  # left to right, one run: found as written
                assert label in extracted, (lang, label)
    pages = rasterise(pdf, tmp_path, dpi=150)
    out = screenshot_dir("badges")
    for category, page in zip(categories, pages, strict=True):
        page.save(out / f"badge-{name}-{category}.png")
        # two lines of label in the top band (0–17 mm) and in the bottom one (135–148 mm)
        assert _label_lines(page, (0, 17), layout.height_mm) == 2, (name, category)
        assert _label_lines(page, (135, 148), layout.height_mm) == 2, (name, category)
    assert MM > 0


def test_one_language_replaces_the_layouts_own_label(issuer: Signer, tmp_path: Path) -> None:
    layout = parse_layout(_a6(languages=["az"]), "a6")
    (text,) = page_text(render_badges(layout, _badges(issuer, ["volunteer"])), tmp_path)[:1]
    assert "KÖNÜLLÜ" in text and "VOLUNTEER" not in text
    plain = page_text(render_badges(load_layout("a6"), _badges(issuer, ["volunteer"])), tmp_path)
    assert "VOLUNTEER" in plain[0] and "KÖNÜLLÜ" not in plain[0]
    page = rasterise(render_badges(layout, _badges(issuer, ["volunteer"])), tmp_path)[0]
    assert _label_lines(page, (0, 17), layout.height_mm) == 1
