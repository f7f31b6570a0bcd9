"""The French desk texts are complete: every message of ``wufops_fr.ts`` is translated, keeps
its source's placeholders (%1, %n…) and mnemonic, has both French plural forms, and the
shipped ``wufops_fr.qm`` is what ``pyside6-lrelease`` makes of the ``.ts`` today."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "wufops_fr.ts"
QM = TRANSLATIONS / "wufops_fr.qm"
PLACEHOLDER = re.compile(r"%(?:L?n|L?\d+)")  # %n, %Ln (grouped), %1, %L1
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def messages(path: Path) -> list[Message]:
    """Every live message (not vanished/obsolete) of a Qt Linguist file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name, message.findtext("source") or "", numerus, kind == "unfinished", forms
                )
            )
    return found


def test_the_checker_sees_the_whole_file() -> None:
    found = messages(TS)
    assert len(found) > 300
    assert any(m.numerus for m in found)
    assert any(PLACEHOLDER.search(m.source) for m in found)


def test_no_message_is_unfinished_or_empty() -> None:
    unfinished = [
        str(m) for m in messages(TS) if m.unfinished or not all(f.strip() for f in m.forms)
    ]
    assert not unfinished, f"{len(unfinished)} French texts missing:\n" + "\n".join(unfinished)


def test_every_placeholder_of_a_source_is_in_its_translation() -> None:
    lost = []
    for message in messages(TS):
        wanted = set(PLACEHOLDER.findall(message.source))
        if message.numerus and not wanted & {"%n", "%Ln"}:
            wanted.add("%n")
        for form in message.forms:
            found = set(PLACEHOLDER.findall(form))
            if wanted - found:
                lost.append(f"{message}: {sorted(wanted - found)} missing from {form!r}")
            if found - wanted:  # the code would never fill it: the user sees a raw %2
                lost.append(f"{message}: {sorted(found - wanted)} not in the source: {form!r}")
    assert not lost, "\n".join(lost)


def test_plural_messages_have_both_french_forms() -> None:
    short = [str(m) for m in messages(TS) if m.numerus and len(m.forms) != 2]
    assert not short, "French needs two plural forms (n ≤ 1, n ≥ 2):\n" + "\n".join(short)


def test_mnemonics_are_kept() -> None:
    lost = []
    for message in messages(TS):
        if MNEMONIC.search(message.source):
            for form in message.forms:
                if len(MNEMONIC.findall(form)) != 1:
                    lost.append(f"{message}: {form!r}")
    assert not lost, "a keyboard mnemonic (&) was lost or doubled:\n" + "\n".join(lost)


def test_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        found = shutil.which("pyside6-lrelease")
        if found is None:
            pytest.fail("pyside6-lrelease is missing: it comes with PySide6 (make install)")
        lrelease = Path(found)
    fresh = tmp_path / "fresh.qm"
    result = subprocess.run(
        [str(lrelease), str(TS), "-qm", str(fresh)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 unfinished" in result.stdout, result.stdout
    assert fresh.read_bytes() == QM.read_bytes(), (
        "wufops_fr.qm is stale: run pyside6-lrelease resources/translations/wufops_fr.ts "
        "-qm resources/translations/wufops_fr.qm"
    )


def test_the_desk_speaks_french_with_plurals() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("SyncStatusWidget", "Offline — working locally") == (
        "Hors ligne — en local"
    )
    assert translator.translate("SyncStatusWidget", "%n rejected", "", 1) == "%n rejetée"
    assert translator.translate("SyncStatusWidget", "%n rejected", "", 2) == "%n rejetées"


def _runtime_contexts() -> set[str]:
    """What Qt looks translations up under: the ``ui/`` classes (``self.tr``) and the
    literal contexts of ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP``."""
    import ast

    names: set[str] = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if called in ("translate", "QT_TRANSLATE_NOOP") and isinstance(first, ast.Constant):
                    names.add(str(first.value))
    return names


def test_every_context_is_one_qt_looks_up() -> None:
    """A text filed under a context no class has (``obj.tr()`` outside a method) is never
    shown translated: Qt looks it up under the object's class."""
    contexts = {m.context for m in messages(TS)}
    stray = sorted(contexts - _runtime_contexts())
    assert not stray, f"translations filed under contexts no code looks up: {stray}"


#: contexts whose widgets share one screen, so Alt+letter must pick one thing there
SCREENS = {
    "badges": ("BadgesWorkspace", "RunPanel", "BadgePreview"),
}


def _mnemonic_keys(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        for match in MNEMONIC.finditer(text):
            keys.append(text[match.end()].casefold())
    return keys


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_mnemonics_are_unique_on_a_screen(screen: str) -> None:
    shown = [m for m in messages(TS) if m.context in SCREENS[screen]]
    sources = _mnemonic_keys([m.source for m in shown])
    assert len(sources) == len(set(sources)) >= 5, sources  # the English is unique too
    french = _mnemonic_keys([form for m in shown for form in m.forms])
    doubled = sorted({key for key in french if french.count(key) > 1})
    assert not doubled, f"Alt+{doubled} picks more than one thing on the {screen} screen"
