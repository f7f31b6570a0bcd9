"""Fill ``wufops_<lang>.ts`` from ``tables/<lang>.py`` and say what is still missing.

    .venv/bin/python resources/translations/fill.py fr [ar zh …]

The table is the translation's source of truth: every message whose English source (or
``(context, source)`` in ``BY_CONTEXT``) is in the table gets the table's text; every other
message is left ``unfinished`` and listed. Language typography is applied here (French:
no-break space before ``: ; ? !`` and inside « »; Arabic: right-to-left marks before a text
that starts with Latin letters or a placeholder, and after each placeholder). Exits 1 when
anything is missing or wrong, so after ``lupdate`` brought new texts (``make translations``)
the output is the list of what translators still have to do; ``missing_<lang>.json`` beside
the .ts holds the same rows, in the format of the translators' ``sources.json``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linguist import HERE, PLACEHOLDER, ROOT, load_table, problems_of, ts_path

sys.path.insert(0, str(ROOT))
from wufops.i18n.languages import LANGUAGES

NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """No-break space before ``: ; ? !`` and inside « », as French typography wants."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP)


RLM = "\u200f"
# a separator inside a number, then a placeholder or digit: ``%1/%2``, ``%1:%2``, ``%1.%2``
NUMBER_JOIN = re.compile(r"[/:.,](?=%|\d)")


def right_to_left_start(text: str) -> str:
    """A right-to-left text that begins with Latin letters, a key name or a placeholder
    ("Ctrl+F بحث بالاسم", "%1 · …") starts with a right-to-left mark, so it is laid out as
    a right-to-left paragraph: Qt takes a paragraph's direction from its first strong
    character, and Latin would make the whole line read from the left."""
    if text.startswith(RLM):
        return text
    at = 0
    while at < len(text):
        placeholder = PLACEHOLDER.match(text, at)
        if placeholder:  # a value filled in at run time: a name, a code, a number
            return RLM + text
        kind = unicodedata.bidirectional(text[at])
        if kind in ("R", "AL"):
            return text
        if kind == "L":
            return RLM + text
        at += 1
    return text


def right_to_left_values(text: str) -> str:
    """A right-to-left mark after each placeholder of a right-to-left text: a value filled in
    there (``Channel 1``) ends its left-to-right run, so punctuation and a second Latin value
    after it (``%1: «%2»``) stay in the sentence's order instead of joining one Latin run.
    Not inside a number (``%1/%2``, ``%1:%2``): there the mark would split the number and
    show ``0/1`` as ``1/0``."""
    if not text:
        return text
    plain = text.replace(RLM, "")

    def mark(m: re.Match[str]) -> str:
        joined = NUMBER_JOIN.match(plain, m.end())
        return m.group(0) if joined else m.group(0) + RLM

    return PLACEHOLDER.sub(mark, plain)


def arabic(text: str) -> str:
    return right_to_left_start(right_to_left_values(text))


TYPOGRAPHY = {"fr": french_spacing, "ar": arabic}


def fill(code: str, path: Path | None = None) -> tuple[list[str], list[dict[str, object]]]:
    """Translate what the table covers; return the problems and the rows still missing."""
    path = path or ts_path(code)
    table, by_context = load_table(code)
    typography = TYPOGRAPHY.get(code, lambda text: text)
    want = LANGUAGES[code].plural_forms
    tree = ET.parse(path)
    problems: list[str] = []
    missing: list[dict[str, object]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            entry = by_context.get((name, source), table.get(source))
            if entry is None or numerus != isinstance(entry, list):
                why = "untranslated" if entry is None else "plural mismatch"
                problems.append(f"{why} [{name}] {source!r}")
                location = message.find("location")
                missing.append(
                    {
                        "context": name,
                        "source": source,
                        "comment": message.findtext("comment") or "",
                        "numerus": numerus,
                        "file": location.get("filename", "") if location is not None else "",
                    }
                )
                translation.set("type", "unfinished")
                continue
            forms = [typography(form) for form in (entry if isinstance(entry, list) else [entry])]
            wrong = problems_of(source, numerus, forms, want)
            if wrong:
                problems.extend(f"[{name}] {source!r}: {what}" for what in wrong)
                translation.set("type", "unfinished")
                continue
            if numerus:
                for slot in list(translation):
                    translation.remove(slot)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return problems, missing


def main(codes: list[str]) -> int:
    failed = False
    for code in codes:
        problems, missing = fill(code)
        report = HERE / f"missing_{code}.json"
        if missing:
            report.write_text(json.dumps(missing, ensure_ascii=False, indent=1) + "\n")
        else:
            report.unlink(missing_ok=True)
        for line in problems:
            print(f"{code}: {line}")
        print(f"{code}: {len(problems)} problem(s), {len(missing)} message(s) missing")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
