"""One QR encoder, the ``qrcode`` library: badge tokens get exactly its symbols (through the
token basis, see ``wufops.badges.qr``), and our path draws exactly the dark modules."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wufops.badges import qr
from wufops.cli.qr_png import qr_png

_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ROOT = Path(__file__).resolve().parents[2]


# every alphanumeric character but "0": the library cannot encode a run of "00" pairs long
# enough to make a Reed–Solomon block of zeros (its ``glog(0)``); base32 tokens have no "0"
_ALNUM_NO_ZERO = qr.ALPHANUMERIC.replace("0", "")


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_BASE32, min_size=qr.TOKEN_LENGTH, max_size=qr.TOKEN_LENGTH),
        st.text(alphabet=_ALNUM_NO_ZERO, min_size=qr.TOKEN_LENGTH, max_size=qr.TOKEN_LENGTH),
    )
)
def test_a_token_symbol_is_the_librarys_symbol(token: str) -> None:
    symbol = qr.encode(token, "M")
    assert symbol.version == 6 and symbol.size == 41
    assert symbol.rows() == qr.library_matrix(token, "M", mask=0, alphanumeric=True)


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_BASE32, min_size=1, max_size=170),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60),
    ),
    st.sampled_from("LMQH"),
    st.integers(min_value=0, max_value=7),
)
def test_any_other_text_is_encoded_by_the_library(text: str, level: str, mask: int) -> None:
    try:
        symbol = qr.encode(text, level, mask=mask)  # type: ignore[arg-type]
    except qr.QrError:
        return
    token = len(text) == qr.TOKEN_LENGTH and set(text) <= set(qr.ALPHANUMERIC)
    expected = qr.library_matrix(text, level, mask=mask, alphanumeric=token)  # type: ignore[arg-type]
    assert symbol.rows() == expected


def test_badge_token_is_version_6_and_the_path_draws_exactly_the_dark_modules() -> None:
    token = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 4 + "ABCDEFGHIJKLMN"
    symbol = qr.encode(token, "M")
    assert symbol.version == 6 and symbol.size == 41
    painted = set()
    for op in qr.path_ops(symbol).decode().strip().splitlines():
        x, y, w, h, name = op.split()
        assert name == "re" and h == "1"
        for dx in range(int(w)):
            cell = (int(x) + dx, int(y))
            assert cell not in painted  # no overlapping rectangles
            painted.add(cell)
    dark = {(x, y) for y in range(41) for x in range(41) if symbol.dark(x, y)}
    assert painted == dark
    rects = qr.module_runs(symbol)
    assert {(x + dx, y + dy) for x, y, w, h in rects for dx in range(w) for dy in range(h)} == dark


def test_the_code_base_holds_one_qr_encoder() -> None:
    """Only the library computes QR error correction: no module of ours does GF(256)
    arithmetic (its reducing polynomial, 0x11D, is in every QR encoder)."""
    ours = [p for folder in ("wufops", "ui", "db") for p in (ROOT / folder).rglob("*.py")]
    assert ours
    encoders = [
        p.relative_to(ROOT)
        for p in ours
        if re.search(r"0x11[dD]\b|\b285\b.*gf|_gf_mul|reed.?solomon", p.read_text("utf-8"), re.I)
        and p.name != "qr.py"
    ]
    own = (ROOT / "wufops/badges/qr.py").read_text("utf-8")
    assert "0x11D" not in own and "_gf_mul" not in own
    assert encoders == []


def test_the_enrolment_png_is_the_same_library_symbol() -> None:
    import struct
    import zlib

    text = "wufops-enrol:https://hub.local:8765/?code=AbC123"
    png = qr_png(text, scale=1, border=0)
    width, height = struct.unpack(">II", png[16:24])
    start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[start - 8 : start - 4])[0]
    raw = zlib.decompress(png[start : start + length])
    rows = [raw[y * (width + 1) + 1 : (y + 1) * (width + 1)] for y in range(height)]
    assert [[pixel == 0 for pixel in row] for row in rows] == qr.library_matrix(
        text, "M", mask=None
    )
