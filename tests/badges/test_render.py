"""Rendering: every QR on every layout scans and verifies; every script is set, nothing dropped."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp

from tests.badges.conftest import NOW_S
from tests.badges.samples import (
    EVENT_ID,
    EVENT_NAME,
    SCRIPTS,
    attendee,
    page_text,
    qpdf_check,
    rasterise,
    sample_badges,
)
from wufops.badges.layout import MM, TextElement, bundled_names, load_layout
from wufops.badges.render import BadgeData, BadgeRenderer, render_badge, render_badges
from wufops.badges.text import fit, shape
from wufops.crypto.keys import Keyring, Signer
from wufops.crypto.token import sign_token, verify_token

_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@pytest.mark.parametrize("layout_name", bundled_names())
def test_every_qr_on_every_layout_scans_and_verifies(
    layout_name: str, issuer: Signer, tmp_path: Path
) -> None:
    layout = load_layout(layout_name)
    badges = sample_badges(issuer, NOW_S)
    pdf, report = BadgeRenderer(layout).render(badges)
    assert report.missing == ()
    qpdf_check(pdf, tmp_path)
    per_page = layout.sheet.per_page if layout.sheet else 1
    pages = rasterise(pdf, tmp_path)
    assert len(pages) == -(-len(badges) // per_page)
    ring = Keyring.build([issuer.record])
    by_token = {b.token: b for b in badges}
    seen: list[str] = []
    for number, page in enumerate(pages):
        found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
        expected = badges[number * per_page : (number + 1) * per_page]
        assert len(found) == len(expected), f"page {number + 1}: {len(found)} QR codes read"
        for code in found:
            decision = verify_token(code.text, ring, (), EVENT_ID)
            assert decision.code == "admitted"
            seen.append(by_token[code.text].attendee.id)
        assert sorted(seen[-len(expected) :]) == sorted(b.attendee.id for b in expected)
    assert len(seen) == len(badges)


def test_qr_is_vector_and_output_is_deterministic(issuer: Signer) -> None:
    layout = load_layout("a6")
    badges = sample_badges(issuer, NOW_S)[:3]
    first = render_badges(layout, badges)
    assert b"/Subtype /Image" not in first
    assert first.startswith(b"%PDF-")
    assert render_badges(layout, badges) == first


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_every_script_is_set_with_real_glyphs(script: str) -> None:
    given, family, _country, _category, org = SCRIPTS[script]
    for text in (given, family, org):
        for weight in ("regular", "bold"):
            line = shape(text, weight)
            assert line.missing == (), (text, line.missing)
            gids = [g for run in line.runs for g in run.gids]
            assert gids and 0 not in gids
            # every character (but spaces) belongs to some glyph's cluster: nothing dropped
            covered = set()
            for run in line.runs:
                starts = sorted(set(run.clusters))
                ends = dict(zip(starts, [*starts[1:], len(run.text)], strict=True))
                for c in run.clusters:
                    covered.update(run.text[c : ends[c]])
            nfc = unicodedata.normalize("NFC", text)
            assert set(nfc) - {" "} <= covered, (text, set(nfc) - covered)


def test_pdf_text_gives_back_every_name(issuer: Signer, tmp_path: Path) -> None:
    badges = sample_badges(issuer, NOW_S)
    texts = page_text(render_badges(load_layout("a6"), badges), tmp_path)
    for badge, text in zip(badges, texts, strict=False):
        extracted = unicodedata.normalize("NFKC", text).translate(_BIDI_CONTROLS)
        for raw in (badge.attendee.given_name, badge.attendee.family_name):
            part = unicodedata.normalize("NFC", raw)
            have = Counter(extracted.replace(" ", "").replace("\n", ""))
            want = Counter(part.replace(" ", ""))
            assert not want - have, (part, want - have)
            if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in part):
                assert part in extracted


def test_arabic_is_joined_and_right_to_left() -> None:
    line = shape("محمد", "bold")
    (run,) = line.runs
    assert run.rtl
    assert run.clusters == tuple(sorted(run.clusters, reverse=True))  # visual: last char first
    isolated = [run.face.hb_font.get_nominal_glyph(ord(c)) for c in "محمد"]
    assert list(run.gids) != list(reversed(isolated))  # joining forms, not isolated letters


def test_hebrew_runs_right_to_left() -> None:
    (run,) = shape("שלום", "regular").runs
    nominal = [run.face.hb_font.get_nominal_glyph(ord(c)) for c in "שלום"]
    assert run.rtl and list(run.gids) == list(reversed(nominal))


def test_devanagari_conjuncts_and_matras_are_shaped() -> None:
    (run,) = shape("क्षत्रिय", "bold").runs
    assert len(run.gids) < len("क्षत्रिय")  # क्ष and त्र are conjunct glyphs
    mapped = {run.face.hb_font.get_nominal_glyph(ord(c)) for c in "क्षत्रिय"}
    assert set(run.gids) - mapped  # glyphs no character maps to: real shaping happened
    # the i-matra, written after त्र, is drawn before it
    names = [run.face.hb_font.glyph_to_string(g) for g in run.gids]
    assert names[1].startswith("ivowelsign") and names[2] == "taradeva", names


def test_mixed_script_name_uses_a_font_per_script() -> None:
    line = shape("Anna 李 محمد", "bold")
    stems = [run.face.stem for run in line.runs]
    assert "NotoSans" in stems and "DroidSansFallbackFull" in stems
    assert "NotoNaskhArabic" in stems
    assert line.missing == ()


def test_script_table_is_sorted_and_every_script_has_a_bundled_font() -> None:
    from wufops.badges import fonts

    starts = [r[0] for r in fonts._RANGES]
    assert starts == sorted(starts)
    for (_, end, _), (start, _, _) in zip(fonts._RANGES, fonts._RANGES[1:], strict=False):
        assert end < start
    for script in {r[2] for r in fonts._RANGES} - {"Zinh"}:
        for weight in ("regular", "bold"):
            assert Path(fonts.font_path(fonts.SCRIPT_FONTS[script], weight)).is_file()


def test_text_is_nfc_normalised() -> None:
    decomposed = "Me\u0301lanie Nguye\u0302\u0303n"
    assert shape(decomposed, "bold").text == unicodedata.normalize("NFC", decomposed)


def test_long_names_shrink_then_wrap_and_stay_inside_their_box() -> None:
    layout = load_layout("a6")
    element = next(
        e for e in layout.elements if isinstance(e, TextElement) and e.field == "family_name"
    )
    width, height = element.box.width_mm * MM, element.box.height_mm * MM
    box = {
        "width_pt": width,
        "height_pt": height,
        "max_size": element.size_pt,
        "min_size": element.min_size_pt,
        "max_lines": 2,
    }
    short = fit("Kurt", "bold", **box)
    assert len(short.lines) == 1 and short.size == element.size_pt
    long_name = "García de la Fuente y Rodríguez-Villanueva Sánchez"
    wrapped = fit(long_name, "bold", **box)
    assert len(wrapped.lines) == 2
    for line in wrapped.lines:
        assert line.width * wrapped.size / 1000 <= width + 0.01
    one_word = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen"
    tiny = fit(one_word, "bold", **box)
    assert tiny.below_min and tiny.lines[0].width * tiny.size / 1000 <= width + 0.01


def test_every_demo_name_renders(tmp_path: Path) -> None:
    from wufops.badges.fonts import script_of
    from wufops.demo import names

    samples = names.all_name_samples()
    scripts = {script_of(c) for p in samples for c in p.given + p.family}
    assert {"Tibt", "Mong", "Hani", "Arab", "Hebr", "Deva", "Hang"} <= scripts
    missing = {}
    for person in samples:
        for part in (person.given, person.family):
            for weight in ("regular", "bold"):
                line = shape(part, weight)
                if line.missing or any(0 in run.gids for run in line.runs):
                    missing[part] = line.missing
    assert missing == {}
    badges = [
        BadgeData(attendee(i, (p.given, p.family, "AZ", "participant", "")), "A" * 146, EVENT_NAME)
        for i, p in enumerate(samples)
    ]
    pdf, report = BadgeRenderer(load_layout("cr80")).render(badges)
    assert report.missing == ()
    # and the PDF gives every character of every name back
    texts = page_text(pdf, tmp_path)
    dropped = {}
    for badge, text in zip(badges, texts, strict=False):
        have = Counter(unicodedata.normalize("NFKC", text).translate(_BIDI_CONTROLS))
        name = unicodedata.normalize("NFC", badge.attendee.given_name + badge.attendee.family_name)
        lost = Counter(name.replace(" ", "")) - have
        if lost:
            dropped[name] = lost
    assert dropped == {}


def test_one_badge_for_the_desk_is_a_one_page_pdf(issuer: Signer, tmp_path: Path) -> None:
    person = attendee(1, ("Aysel", "Məmmədova", "AZ", "speaker", "UN-Habitat"))
    token = sign_token(issuer, EVENT_ID, person.id, 77, NOW_S)
    pdf = render_badge(load_layout("label-54x90"), BadgeData(person, token, EVENT_NAME))
    (page,) = rasterise(pdf, tmp_path, dpi=300)
    (code,) = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    assert code.text == token


def test_east_asian_names_are_written_family_first_with_the_latin_below() -> None:
    from dataclasses import replace

    from wufops.badges.render import field_text

    chinese = replace(
        attendee(1, ("浩然", "张", "CN", "participant", "")),
        latin_given="Haoran",
        latin_family="Zhang",
    )
    badge = BadgeData(chinese, "A" * 146, EVENT_NAME)
    assert field_text(badge, "given_name", "") == "张浩然"
    assert field_text(badge, "family_name", "") == "ZHANG Haoran"
    latin = BadgeData(attendee(2, ("Aysel", "Məmmədova", "AZ", "vip", "")), "A", EVENT_NAME)
    assert field_text(latin, "given_name", "") == "Aysel"
    assert field_text(latin, "family_name", "") == "Məmmədova"


def test_label_printer_layouts_snap_qr_modules_to_whole_printer_dots(
    issuer: Signer, tmp_path: Path
) -> None:
    import re
    import zlib

    layout = load_layout("label-54x90")
    (element,) = [e for e in layout.elements if e.__class__.__name__ == "QrElement"]
    assert element.snap_dpi == 203  # type: ignore[union-attr]
    badge = sample_badges(issuer, NOW_S)[0]
    pdf = render_badge(layout, badge)
    streams = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            continue
    found = [
        m for s in streams for m in re.finditer(rb"rg (\d+\.\d+) 0 0 -(\d+\.\d+) (\S+) (\S+) cm", s)
    ]
    assert found, "the QR transform was not found"
    module = float(found[0].group(1))
    dots = module * 203 / 72
    assert abs(dots - round(dots)) < 0.01 and round(dots) >= 3
    (page,) = rasterise(pdf, tmp_path, dpi=203)
    (code,) = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    assert code.text == badge.token


def test_every_font_in_the_pdf_is_embedded(issuer: Signer, tmp_path: Path) -> None:
    import subprocess

    path = tmp_path / "fonts.pdf"
    path.write_bytes(render_badges(load_layout("a6"), sample_badges(issuer, NOW_S)))
    listing = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        name, *_rest = line.split()
        assert " yes yes yes " in line, line  # embedded, subset, with a ToUnicode map
        assert "+" in name


def test_badges_use_no_private_api_of_a_dependency() -> None:
    """Badge PDFs are written by our own writer (``wufops.badges.pdf``): no module of wufops
    imports reportlab, and none reads a private attribute of another library's object (the
    canvas's ``_doc``, ``_code`` or ``_formsinuse`` as reportlab's documents once needed)."""
    import re

    root = Path(__file__).resolve().parents[2] / "wufops"
    offenders = []
    for path in root.rglob("*.py"):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            private = re.search(r"\._(doc|code|formsinuse)\b|\bcanvas\._", code)
            if private or re.match(r"\s*(from|import) reportlab\b", code):
                offenders.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert offenders == []
