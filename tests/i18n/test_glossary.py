"""The glossary (``resources/translations/glossary.csv``, UNTERM terms) is used consistently:
every shipped language's translation of a text that uses a term uses the glossary's word for
it — desk texts (the .ts) and core texts (the .po) alike. A cell may list several accepted
forms or stems separated by ``|`` (cases and plurals: ``участник|участни``)."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

from wufops.i18n.languages import SHIPPED, SOURCE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
GLOSSARY = TRANSLATIONS / "glossary.csv"
sys.path.insert(0, str(TRANSLATIONS))

from linguist import messages  # noqa: E402

TRANSLATED = [code for code in SHIPPED if code != SOURCE]


def glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def folded(text: str) -> str:
    """Case-blind and mnemonic-blind (``p&articipant``); Turkic dotted İ folds to i."""
    return text.replace("&", "").replace("İ", "i").casefold()


def core_texts(code: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(context, source, forms)`` of the core catalogue's ``.po`` for ``code``."""
    from babel.messages.pofile import read_po

    with (ROOT / "wufops" / "i18n" / "po" / f"{code}.po").open("rb") as source:
        catalog = read_po(source)
    found = []
    for message in catalog:
        if not message.id:
            continue
        text = message.id[0] if isinstance(message.id, tuple) else message.id
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        found.append((message.context or "", text, tuple(forms)))
    return found


def test_the_glossary_covers_every_shipped_language_and_the_unterm_terms() -> None:
    rows = glossary()
    terms = {row["english"] for row in rows}
    assert {"accreditation", "delegate", "side event", "International Sign", "interpreter"} <= (
        terms
    )
    assert any("caption" in term for term in terms)
    for row in rows:
        for code in TRANSLATED:
            assert row.get(code, "").strip(), f"{row['english']!r} has no {code} term"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translation_uses_the_glossary_term(code: str) -> None:
    texts = [
        (m.context, m.source, m.forms)
        for m in messages(TRANSLATIONS / f"wufops_{code}.ts")
        if m.live
    ] + core_texts(code)
    assert len(texts) > 800
    wrong = []
    for row in glossary():
        term = re.compile(rf"\b{re.escape(row['english'])}", re.IGNORECASE)
        accepted = [folded(form) for form in row[code].split("|")]
        for context, source, forms in texts:
            if not term.search(source):
                continue
            for form in forms:
                if not any(word in folded(form) for word in accepted):
                    wrong.append(f"{row['english']!r} → {row[code]!r}: [{context}] {form!r}")
    assert not wrong, f"{len(wrong)} {code} texts do not use the glossary term:\n" + "\n".join(
        wrong
    )


def test_badge_category_labels_use_the_glossary_words() -> None:
    """A badge says what the desk says: a category that is a glossary term (speaker,
    volunteer…) is printed in each language with the glossary's word for it."""
    from wufops.badges.labels import CATEGORY_LABELS

    checked = 0
    for row in glossary():
        term = row["english"]
        if term not in CATEGORY_LABELS["en"]:
            continue
        for code in TRANSLATED:
            label = folded(CATEGORY_LABELS[code][term])
            forms = [folded(form) for form in row[code].split("|")]
            assert any(form in label for form in forms), (code, term, label, forms)
            checked += 1
    assert checked >= 2 * len(TRANSLATED)  # speaker and volunteer at least
