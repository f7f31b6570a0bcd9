"""The layout preview widget (Qt, offscreen): real badge pictures, path-precise problems."""

from __future__ import annotations

import json
from pathlib import Path

import zxingcpp
from PIL import Image
from pytestqt.qtbot import QtBot

from ui.badges.preview import SAMPLES, BadgePreview
from wufops.badges.layout import layout_dir


def _pil(widget: BadgePreview, folder: Path) -> Image.Image:
    path = folder / "preview.png"
    assert widget.current_image().save(str(path))
    return Image.open(path)


def test_preview_shows_each_layout_with_a_scannable_badge(qtbot: QtBot, tmp_path: Path) -> None:
    widget = BadgePreview()
    qtbot.addWidget(widget)
    sizes = {}
    for name in ("cr80", "label-54x90", "a6"):
        with qtbot.waitSignal(widget.sig_rendered, timeout=5000):
            widget.layout_picker.setCurrentText(name)
        image = _pil(widget, tmp_path)
        sizes[name] = image.size
        (code,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        assert len(code.text) == 146
    assert sizes["a6"][0] > sizes["cr80"][0]  # a bigger badge is a bigger picture
    for index in range(1, len(SAMPLES)):
        with qtbot.waitSignal(widget.sig_rendered, timeout=5000):
            widget.sample_picker.setCurrentIndex(index)
        assert not widget.current_image().isNull()
    widget.resize(760, 720)
    widget.grab().save(str(tmp_path / "window.png"))


def test_a_broken_layout_file_lists_its_problems(qtbot: QtBot, tmp_path: Path) -> None:
    widget = BadgePreview()
    qtbot.addWidget(widget)
    data = json.loads((layout_dir() / "a6.json").read_text(encoding="utf-8"))
    data["elements"][2]["size_pt"] = 0
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    widget.load_layout_file(str(path))
    assert widget.problems.isVisibleTo(widget)
    assert widget.problems.item(0).text() == "$.elements[2].size_pt: must be a number > 0"
    assert widget.current_image().isNull() or not widget.picture.isVisibleTo(widget)
