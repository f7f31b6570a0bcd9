"""Every refused or done status change is one whole translated sentence per status pair:
no status word spliced into another sentence, so each language can agree gender and case."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.app import install_translators
from ui.streams.texts import StreamTexts
from wufops.models.schedule import Conflict, ObjectRef
from wufops.streams.status import TRANSITIONS

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "resources" / "translations"))
from fill import french_spacing
from linguist import load_table

FR, _ = load_table("fr")


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    locale, before = QLocale(QLocale.Language.French, QLocale.Country.France), QLocale()
    installed = install_translators(qapp, locale)
    assert installed, "wufops_fr.qm did not load"
    QLocale.setDefault(locale)  # lists joined as French joins them
    yield
    QLocale.setDefault(before)
    for translator in installed:
        qapp.removeTranslator(translator)


def test_every_refused_pair_is_one_french_sentence(french: None) -> None:
    texts = StreamTexts()
    refused = [
        (before, after)
        for before, after in itertools.product(TRANSITIONS, repeat=2)
        if after not in TRANSITIONS[before]
    ]
    assert len(refused) >= 8  # the four "already" and the forbidden moves
    sentences = set()
    for before, after in refused:
        said = texts.refusal("transition_refused", "C1", "Opening", before, after)
        whole = [
            french_spacing(str(french)).replace("%1", "C1").replace("%2", "Opening")
            for english, french in FR.items()
            if isinstance(french, str) and english.startswith("%1: “%2”")
        ]
        sentence = next((w for w in whole if said.startswith(w)), None)
        assert sentence is not None, f"{before}→{after} is not one whole sentence: {said!r}"
        sentences.add(sentence)
    assert len(sentences) == len(refused)  # each pair its own sentence


def test_a_done_change_names_its_status_in_the_sentence(french: None) -> None:
    assert StreamTexts().changed("C1", "Opening", "live") == (
        "C1\u00a0: «\u00a0Opening\u00a0» est maintenant EN DIRECT."
    )


def test_missing_captions_and_sign_language_are_sentences_of_their_own(french: None) -> None:
    conflict = Conflict(
        "access_not_in_picture",
        "warn",
        (ObjectRef("session", "s1"), ObjectRef("channel", "c1")),
        {"captions": ["en", "fr"], "sign_languages": ["ils"]},
    )
    names = {"s1": "Opening", "c1": "C1"}
    said = StreamTexts().conflict(conflict, lambda _kind, id_: names[id_])
    assert said == (
        "«\u00a0Opening\u00a0» demande des sous-titres en EN et FR, absents de sa diffusion "
        "sur C1. «\u00a0Opening\u00a0» demande la langue des signes SI, absente de sa "
        "diffusion sur C1."
    )
