"""Fill the unfinished messages of ``wufops_fr.ts`` from ``fr_table.FR``.

Run from the repository root after ``pyside6-lupdate``::

    .venv/bin/python resources/translations/fill_fr.py

Only messages marked ``type="unfinished"`` whose source is in the table are touched; their
``type`` attribute is removed. Finished translations are left exactly as they are. The file
keeps Qt Linguist's layout (declaration, ``<!DOCTYPE TS>``, 4-space indentation); run
``pyside6-lupdate`` again afterwards to let Qt normalise it. Prints what is still unfinished
and exits 1 if anything is, or if a translation drops one of its source's placeholders.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fr_table import FR  # noqa: E402

TS = HERE / "wufops_fr.ts"
PLACEHOLDER = re.compile(r"%(?:L?n|L?\d+)")  # %n, %Ln (grouped), %1, %L1
NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """No-break space before ``: ; ? !`` and inside « », as French typography wants."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP)


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def fill(path: Path = TS) -> list[str]:
    """Translate what the table covers; return problems (unfinished or bad placeholders)."""
    tree = ET.parse(path)
    problems: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            french = FR.get(source)
            if french is None:
                problems.append(f"untranslated [{name}] {source!r}")
                continue
            numerus = message.get("numerus") == "yes"
            if numerus != isinstance(french, list):
                problems.append(f"plural mismatch [{name}] {source!r}")
                continue
            forms = french if isinstance(french, list) else [french]
            for form in forms:
                missing = placeholders(source) - placeholders(form)
                if missing:
                    problems.append(f"placeholder {sorted(missing)} lost in {form!r}")
            if numerus:
                slots = translation.findall("numerusform")
                for slot, form in zip(slots, forms, strict=True):
                    slot.text = french_spacing(form)
            else:
                translation.text = french_spacing(forms[0])
            del translation.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return problems


if __name__ == "__main__":
    left = fill()
    for line in left:
        print(line)
    sys.exit(1 if left else 0)
