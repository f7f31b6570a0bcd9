"""Every name on the badge (issue 10, point 7): Tibetan and Dzongkha, traditional Mongolian,
CJK Extension B and Japanese glyph forms are printed in a font that covers them; a name no
bundled font covers is refused with ``glyph_missing`` (never printed blank or partial)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tests.badges.conftest import NOW_S, EventDb, add_event
from tests.badges.samples import EVENT_NAME, attendee, page_text, rasterise
from wufops.badges.batch import issue_missing, select_attendees
from wufops.badges.layout import MM, TextElement, load_layout
from wufops.badges.render import BadgeData, BadgeRenderer, GlyphMissing, badge_language
from wufops.badges.text import shape
from wufops.checkin.pickup import PickupDesk
from wufops.checkin.printing import render_job
from wufops.cli.main import main
from wufops.clock import FakeClock
from wufops.crypto.keys import Signer
from wufops.crypto.token import sign_token
from wufops.store.replica import Replica

TIBETAN = ("བཀྲ་ཤིས་", "རྡོ་རྗེ་", "BT")  # Tashi Dorji, Dzongkha (Bhutan)
MONGOLIAN = ("ᠪᠠᠲᠤ", "ᠴᠢᠮᠡᠳ", "CN")  # Batu Chimed, traditional (Hudum) script
EXT_B = ("𠮷男", "𠮷田", "JP")  # Yoshida with the "tsuchi-yoshi" 𠮷 (U+20BB7)
UNCOVERED = "ⵜⴰⵙⵍⵉⵜ 😀"  # Tifinagh and an emoji: no bundled font has them


def _ink(page: object, box: tuple[float, float, float, float], dpi: int) -> int:
    """Dark pixels inside ``box`` (x, y, width, height in mm) of a rasterised page."""
    from PIL import Image

    assert isinstance(page, Image.Image)
    scale = dpi / 25.4
    x, y, w, h = (round(v * scale) for v in box)
    crop = page.convert("L").crop((x, y, x + w, y + h))
    histogram = crop.histogram()  # 256 grey levels
    return sum(histogram[:128])


def _name_box(layout_name: str, field: str) -> tuple[float, float, float, float]:
    element = next(
        e
        for e in load_layout(layout_name).elements
        if isinstance(e, TextElement) and e.field == field
    )
    return element.box.x_mm, element.box.y_mm, element.box.width_mm, element.box.height_mm


@pytest.mark.parametrize(
    ("name", "stem"),
    [(TIBETAN, "NotoSerifTibetan"), (MONGOLIAN, "NotoSansMongolian")],
    ids=["tibetan", "mongolian"],
)
def test_tibetan_and_mongolian_names_are_shaped_and_printed_not_blank(
    name: tuple[str, str, str], stem: str, issuer: Signer, tmp_path: Path
) -> None:
    given, family, country = name
    for text in (given, family):
        for weight in ("regular", "bold"):
            line = shape(text, weight)
            assert line.missing == (), (text, line.missing)
            assert {run.face.stem for run in line.runs} == {stem}
            assert all(g != 0 for run in line.runs for g in run.gids)
    person = attendee(1, (given, family, country, "participant", ""))
    token = sign_token(issuer, person.event_id, person.id, 1, NOW_S)
    pdf = BadgeRenderer(load_layout("a6")).render_one(BadgeData(person, token, EVENT_NAME))
    (page,) = rasterise(pdf, tmp_path, dpi=100)
    for field in ("given_name", "family_name"):
        assert _ink(page, _name_box("a6", field), 100) > 150, field  # not blank
    text = page_text(pdf, tmp_path)[0]
    assert given.rstrip("་") in text


def test_mongolian_letters_take_their_joining_forms() -> None:
    (run,) = shape("ᠪᠠᠲᠤ", "regular").runs
    nominal = [run.face.hb_font.get_nominal_glyph(ord(c)) for c in "ᠪᠠᠲᠤ"]
    assert not run.rtl  # set left to right, the script's convention in horizontal lines
    assert list(run.gids) != nominal  # initial/medial/final forms, not isolated letters


def test_a_cjk_extension_b_character_is_drawn_not_dropped(issuer: Signer, tmp_path: Path) -> None:
    line = shape("𠮷田", "bold", "ja")
    assert line.missing == ()
    assert "𠮷" in "".join(run.text for run in line.runs)
    person = attendee(1, (*EXT_B, "participant", ""))
    token = sign_token(issuer, person.event_id, person.id, 1, NOW_S)
    pdf = BadgeRenderer(load_layout("a6")).render_one(BadgeData(person, token, EVENT_NAME))
    assert "𠮷田𠮷男" in page_text(pdf, tmp_path)[0].replace("\n", "").replace(" ", "")


def _fonts_in(pdf: bytes, folder: Path) -> str:
    path = folder / "fonts.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def test_japanese_names_get_japanese_glyph_forms(issuer: Signer, tmp_path: Path) -> None:
    japanese = attendee(1, ("直美", "高橋", "JP", "participant", ""))
    chinese = attendee(2, ("直美", "高橋", "CN", "participant", ""))
    kana = attendee(3, ("さくら", "高橋", "BR", "participant", ""))  # Japanese by its kana
    assert badge_language(japanese) == badge_language(kana) == "ja"
    assert badge_language(chinese) == ""
    assert shape("直", "bold", "ja").runs[0].face.stem == "IPAexGothic"
    assert shape("直", "bold").runs[0].face.stem != "IPAexGothic"
    renderer = BadgeRenderer(load_layout("a6"))
    for person, japanese_forms in ((japanese, True), (kana, True), (chinese, False)):
        token = sign_token(issuer, person.event_id, person.id, 1, NOW_S)
        fonts = _fonts_in(renderer.render_one(BadgeData(person, token, EVENT_NAME)), tmp_path)
        assert ("IPAexGothic" in fonts) is japanese_forms, fonts


def test_a_name_no_bundled_font_covers_is_refused_never_printed(issuer: Signer) -> None:
    person = replace(attendee(7, (UNCOVERED, "Amrani", "MA", "participant", "")), reg_code="R-7")
    token = sign_token(issuer, person.event_id, person.id, 7, NOW_S)
    renderer = BadgeRenderer(load_layout("a6"))
    with pytest.raises(GlyphMissing) as refused:
        renderer.render_one(BadgeData(person, token, EVENT_NAME))
    error = refused.value
    assert error.code == "glyph_missing"
    assert error.refusal.attendee_id == person.id and error.refusal.reg_code == "R-7"
    assert set(error.refusal.characters) == set("ⵜⴰⵙⵍⵉ😀")
    assert "U+2D5C" in error.detail and "U+1F600" in error.detail and "R-7" in error.detail
    # in a run the other badges still print and the refused one is reported
    fine = attendee(8, ("Aysel", "Məmmədova", "AZ", "participant", ""))
    badges = [BadgeData(fine, token, EVENT_NAME), BadgeData(person, token, EVENT_NAME)]
    _pdf, report = renderer.render(badges)
    assert report.badges == 1 and report.pages == 1
    assert [r.attendee_id for r in report.refused] == [person.id]


def _event_with(tmp_path: Path, names: list[tuple[str, str, str, str]]) -> EventDb:
    replica = Replica.open(tmp_path / "event.db", FakeClock(NOW_S * 1000))
    return add_event(replica, names)


def test_a_batch_run_names_refused_badges_in_its_summary_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _event_with(
        tmp_path,
        [
            ("Aysel", "Məmmədova", "AZ", "speaker"),
            (UNCOVERED, "Amrani", "MA", "participant"),
            (*TIBETAN, "participant"),
        ],
    )
    db.replica.close()
    out = tmp_path / "badges.pdf"
    code = main(["badges", "--db", str(db.path), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    summary = json.loads(captured.out)
    assert summary["badges"] == 2 and summary["pages"] == 2
    (refused,) = summary["refused"]
    assert refused["code"] == "glyph_missing"
    assert refused["attendee_id"] == db.attendee_ids[1] and refused["reg_code"] == "WUF-2"
    assert {c["code_point"] for c in refused["characters"]} >= {"U+2D5C", "U+1F600"}
    assert "glyph_missing" in captured.err and "WUF-2" in captured.err
    assert out.is_file()  # the other badges were still printed
    # and only the printed badges are recorded as printed
    check = Replica.open(db.path, FakeClock(NOW_S * 1000))
    printed = {r[0] for r in check.conn.execute("SELECT attendee_id FROM print_event")}
    check.close()
    assert printed == {db.attendee_ids[0], db.attendee_ids[2]}


def test_the_desk_print_path_returns_glyph_missing(tmp_path: Path) -> None:
    db = _event_with(tmp_path, [(UNCOVERED, "Amrani", "MA", "participant")])
    issue_missing(db.replica, db.event_id, select_attendees(db.replica.conn, db.event_id))
    desk = PickupDesk(db.replica, desk="Desk 1")
    job = desk.first_print(db.attendee_ids[0])
    with pytest.raises(GlyphMissing) as refused:
        render_job(db.replica.conn, job)
    assert refused.value.code == "glyph_missing"
    assert refused.value.refusal.attendee_id == db.attendee_ids[0]
    assert "😀" in refused.value.refusal.characters
    db.replica.close()


def test_a_long_tibetan_name_shrinks_or_wraps_inside_its_box() -> None:
    from wufops.badges.text import fit

    element = next(
        e
        for e in load_layout("cr80").elements
        if isinstance(e, TextElement) and e.field == "family_name"
    )
    width = element.box.width_mm * MM
    long_name = "ཕུན་ཚོགས་དབང་ཕྱུག་རྡོ་རྗེ་བསྟན་འཛིན་རྣམ་རྒྱལ་"
    fitted = fit(
        long_name,
        "bold",
        width_pt=width,
        height_pt=element.box.height_mm * MM,
        max_size=element.size_pt,
        min_size=element.min_size_pt,
        max_lines=element.max_lines,
    )
    assert fitted.missing == ()
    assert all(line.width * fitted.size / 1000 <= width + 0.01 for line in fitted.lines)
