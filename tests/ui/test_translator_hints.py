"""Translators see only real hints. ``pyside6-lupdate`` attaches every ``#:`` comment of a
``ui/`` file to the NEXT translatable call, wherever it is (plain ``#`` comments are
ignored), so a code comment written as ``#:`` reached translators as nonsense ("Participant":
"rows handed to the view per fetch"). ``#:`` in ``ui/`` is therefore for translator hints
only, on its own line right before the call; short ambiguous texts carry one."""

from __future__ import annotations

import io
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "wufops_fr.ts"
CALLS = ("tr(", "translate(", "QT_TRANSLATE_NOOP(")

#: short texts a translator cannot place without being told what they are
AMBIGUOUS = (
    "Open", "Load", "Lag", "Next", "In", "Not yet", " s", "off", "Off", "Release", "IS",
    "CC %1", "NO CC %1", "NO SIGN %1", "PL", "AS", "DI", "RT", "SE", "NW", "TR",
)  # fmt: skip


def _misplaced(path: Path) -> list[str]:
    """``#:`` comments not directly before a translation call (or its string)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.COMMENT or not token.string.startswith("#:"):
            continue
        row = token.start[0]
        if lines[row - 1].strip() != token.string.strip():
            found.append(f"{path.relative_to(ROOT)}:{row}: a #: comment after code")
            continue
        following = (line.strip() for line in lines[row:])
        code = next((line for line in following if line and not line.startswith("#")), "")
        if not (any(call in code for call in CALLS) or code.startswith('"')):
            found.append(f"{path.relative_to(ROOT)}:{row}: #: before {code!r}")
    return found


def test_hash_colon_comments_in_ui_are_translator_hints_only() -> None:
    misplaced = [line for path in sorted((ROOT / "ui").rglob("*.py")) for line in _misplaced(path)]
    assert not misplaced, (
        "lupdate hands these to translators as hints; write code comments with '#':\n"
        + "\n".join(misplaced)
    )


def _hints() -> dict[str, list[str]]:
    hints: dict[str, list[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        hints.setdefault(source, []).append(message.findtext("extracomment") or "")
    return hints


def test_short_ambiguous_texts_carry_a_hint() -> None:
    hints = _hints()
    missing = [text for text in AMBIGUOUS if not all(hints.get(text) or [""])]
    assert not missing, f"no translator hint for: {missing}"


def test_plain_words_carry_no_stray_code_comment() -> None:
    hints = _hints()
    assert hints["Participant"] == [""]
    assert hints["Name, organization or registration code"] == [""]


def test_ui_texts_use_the_un_spelling() -> None:
    """UN/Oxford spelling: "organization" (with z), as every other text of the app has it."""
    british = [source for source in _hints() if "organis" in source.casefold()]
    assert not british, british
