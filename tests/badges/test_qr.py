"""Our QR encoder gives the same symbol as the ``qrcode`` library, and its path covers it."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData

from wufops.badges import qr

_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}


def _reference(text: str, version: int, level: str, mask: int) -> list[list[bool]]:
    code = qrcode.QRCode(
        version=version, error_correction=_LEVELS[level], mask_pattern=mask, border=0
    )
    alnum = set(text) <= set(qr.ALPHANUMERIC)
    data = text if alnum else text.encode("utf-8")
    code.add_data(QRData(data, mode=MODE_ALPHA_NUM if alnum else MODE_8BIT_BYTE))
    code.make(fit=False)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


@settings(max_examples=120, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=1, max_size=170),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60),
    ),
    st.sampled_from("LMQH"),
    st.integers(min_value=0, max_value=7),
)
def test_symbols_match_the_reference_encoder(text: str, level: str, mask: int) -> None:
    try:
        symbol = qr.encode(text, level, mask=mask)  # type: ignore[arg-type]
    except qr.QrError:
        return
    assert symbol.rows() == _reference(text, symbol.version, level, mask)


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
