"""Every shipped language is complete and current, and what the app loads is what the
sources say.

Desk texts: each ``wufops_<lang>.ts`` holds every ``tr()`` text the code has today (``lupdate``
run on a copy adds nothing and marks nothing vanished), none unfinished, obsolete or empty,
each with its source's placeholders, its keyboard mnemonic and the language's number of
plural forms; it is exactly what ``fill.py`` makes from ``tables/<lang>.py``; the built
``.qm`` is what ``lrelease`` makes of it. Core texts: each ``po/<lang>.po`` translates every
source of ``wufops.i18n.messages`` and is what ``wufops.i18n.update`` writes from the tables.
A language belongs in ``SHIPPED`` only when all of this holds.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wufops.i18n import catalogue
from wufops.i18n import update as core_update
from wufops.i18n.languages import LANGUAGES, SHIPPED, SOURCE
from wufops.i18n.messages import SOURCES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(TRANSLATIONS))

import build  # noqa: E402
import fill  # noqa: E402
import update  # noqa: E402
from linguist import MNEMONIC, messages, problems_of  # noqa: E402

TRANSLATED = [code for code in SHIPPED if code != SOURCE]


def _keys(path: Path) -> set[tuple[str, str, bool]]:
    return {(m.context, m.source, m.numerus) for m in messages(path) if m.live}


def test_the_languages_are_the_issue_s_seven() -> None:
    assert set(SHIPPED) == {"ar", "zh", "en", "fr", "ru", "es", "az"}
    assert set(SHIPPED) <= set(LANGUAGES)
    assert [code for code in SHIPPED if LANGUAGES[code].rtl] == ["ar"]


@pytest.mark.parametrize("code", SHIPPED)
def test_the_ts_has_every_text_of_the_code_and_no_other(code: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"wufops_{code}.ts"
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    update.run_lupdate(code, fresh)
    before, after = _keys(ts), _keys(fresh)
    assert after - before == set(), (
        f"texts in the code that wufops_{code}.ts lacks (run `make translations`): "
        f"{sorted(after - before)[:20]}"
    )
    assert before - after == set(), (
        f"texts in wufops_{code}.ts the code no longer has (run `make translations`): "
        f"{sorted(before - after)[:20]}"
    )
    assert len(before) > (20 if code == SOURCE else 700)


@pytest.mark.parametrize("code", SHIPPED)
def test_no_text_is_unfinished_obsolete_or_broken(code: str) -> None:
    found = messages(TRANSLATIONS / f"wufops_{code}.ts")
    assert not [str(m) for m in found if not m.live], "obsolete or vanished texts are left"
    unfinished = [str(m) for m in found if m.kind == "unfinished"]
    assert not unfinished, f"{len(unfinished)} {code} texts unfinished:\n" + "\n".join(unfinished)
    broken = [
        f"{m}: {problem}"
        for m in found
        for problem in problems_of(m.source, m.numerus, list(m.forms), LANGUAGES[code].plural_forms)
    ]
    assert not broken, "\n".join(broken)
    if code == SOURCE:  # the English file holds only the plural forms
        assert all(m.numerus for m in found)


@pytest.mark.parametrize("code", SHIPPED)
def test_the_ts_is_what_the_table_makes(code: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"wufops_{code}.ts"
    fresh = tmp_path / ts.name
    shutil.copyfile(ts, fresh)
    problems, missing = fill.fill(code, fresh)
    assert problems == [] and missing == []
    committed = {(m.context, m.source): m.forms for m in messages(ts)}
    made = {(m.context, m.source): m.forms for m in messages(fresh)}
    differ = [key for key in committed if committed[key] != made[key]]
    assert not differ, (
        f"wufops_{code}.ts differs from tables/{code}.py (edit the table, run "
        f"`make translations`): {differ[:10]}"
    )


@pytest.mark.parametrize("code", SHIPPED)
def test_the_built_qm_is_the_compiled_ts(code: str, tmp_path: Path) -> None:
    qm = TRANSLATIONS / f"wufops_{code}.qm"
    assert qm.is_file(), f"{qm.name} was not built: the build (`make install`) compiles it"
    fresh = tmp_path / qm.name
    done = subprocess.run(
        [build.lrelease(), str(TRANSLATIONS / f"wufops_{code}.ts"), "-qm", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 unfinished" in done.stdout, done.stdout
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run `make qm`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_compiled_language_speaks_with_its_plural_forms(code: str) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"wufops_{code}.qm"))
    online = translator.translate("SyncStatusWidget", "Online")
    assert online and online != "Online"
    counts = {n: translator.translate("SyncStatusWidget", "%n rejected", "", n) for n in (1, 2, 5)}
    assert all(counts.values())
    if code == "ru":  # three forms: 1 / 2–4 / 5–20
        assert len(set(counts.values())) == 3


def _runtime_contexts() -> set[str]:
    """What Qt looks translations up under: the ``ui/`` classes (``self.tr``) and the
    literal contexts of ``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP``."""
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
    contexts = {m.context for m in messages(TRANSLATIONS / "wufops_fr.ts")}
    stray = sorted(contexts - _runtime_contexts())
    assert not stray, f"translations filed under contexts no code looks up: {stray}"


#: contexts whose widgets share one screen, so Alt+letter must pick one thing there
SCREENS = {"badges": ("BadgesWorkspace", "RunPanel", "BadgePreview")}


def _mnemonic_keys(texts: list[str]) -> list[str]:
    return [text[m.end()].casefold() for text in texts for m in MNEMONIC.finditer(text)]


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_mnemonics_are_unique_on_a_screen(code: str, screen: str) -> None:
    shown = [
        m for m in messages(TRANSLATIONS / f"wufops_{code}.ts") if m.context in SCREENS[screen]
    ]
    sources = _mnemonic_keys([m.source for m in shown])
    assert len(sources) == len(set(sources)) >= 5, sources
    keys = _mnemonic_keys([form for m in shown for form in m.forms])
    doubled = sorted({key for key in keys if keys.count(key) > 1})
    assert not doubled, f"{code}: Alt+{doubled} picks more than one thing on the {screen} screen"


# -- the core catalogue ------------------------------------------------------------------------


@pytest.mark.parametrize("code", SHIPPED)
def test_the_core_catalogue_translates_every_source(code: str) -> None:
    assert core_update.main.__module__  # the writer is importable without Qt
    missing = [
        f"[{source.context}] {source.text!r}"
        for source in SOURCES
        for problem in core_update.problems(code, source, core_update.translation(code, source))
        if code != SOURCE or source.plural
    ]
    assert not missing, f"{len(missing)} core texts missing in {code}:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", SHIPPED)
def test_the_po_is_what_the_tables_make(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    committed = catalogue.po_path(code).read_bytes()
    monkeypatch.setattr(catalogue, "PO_DIR", tmp_path)
    assert core_update.write(code) == []
    assert (tmp_path / f"{code}.po").read_bytes() == committed, (
        f"po/{code}.po differs from tables/core_{code}.py: run `make translations`"
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_core_texts_load_in_every_language(code: str) -> None:
    from wufops.i18n import count_text, decision_text, error_text
    from wufops.i18n.messages import CLI

    assert decision_text("admitted", code) != decision_text("admitted", SOURCE)
    assert error_text("db_not_found", code) != error_text("db_not_found", SOURCE)
    many = count_text(CLI["doctor_problems"], 5, language=code)
    assert "5" in many and "(s)" not in many
