"""Reading and writing Qt Linguist files (``wufops_<lang>.ts``) and the translation tables.

Shared by ``fill.py`` (tables → .ts), ``update.py`` (``make translations``) and the tests of
``tests/i18n``. No Qt needed: a .ts file is XML, a table is a Python module
(``tables/<lang>.py``: ``TABLE`` keyed by English source, optional ``BY_CONTEXT`` keyed by
``(context, source)``; a plural is the list of the language's %n forms).
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TABLES = HERE / "tables"
PLACEHOLDER = re.compile(r"%(?:L?n|L?\d+)")  # %n, %Ln (grouped), %1, %L1
MNEMONIC = re.compile(r"&(?!&)(?=\S)")
Entry = str | list[str]


@dataclass(frozen=True)
class Message:
    """One message of a .ts file as the checks see it."""

    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" finished, "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]

    @property
    def live(self) -> bool:
        return self.kind not in ("vanished", "obsolete")

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def ts_path(code: str) -> Path:
    return HERE / f"wufops_{code}.ts"


def messages(path: Path) -> list[Message]:
    """Every message of a Linguist file, vanished and obsolete ones included."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = (translation.get("type") or "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return found


def load_table(
    code: str, folder: Path = TABLES
) -> tuple[dict[str, Entry], dict[tuple[str, str], Entry]]:
    """``TABLE`` and ``BY_CONTEXT`` of ``tables/<code>.py`` (a missing file is an empty table)."""
    path = folder / f"{code}.py"
    if not path.is_file():
        return {}, {}
    spec = importlib.util.spec_from_file_location(f"wufops_table_{code}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.TABLE), dict(getattr(module, "BY_CONTEXT", {}))


def problems_of(source: str, numerus: bool, forms: list[str], want_forms: int) -> list[str]:
    """What is wrong with ``forms`` as the translation of ``source`` (empty list: nothing)."""
    found = []
    if numerus and len(forms) != want_forms:
        found.append(f"needs {want_forms} plural forms, has {len(forms)}")
    wanted = set(PLACEHOLDER.findall(source))
    if numerus:
        wanted -= {"%n", "%Ln"}
    for form in forms:
        have = set(PLACEHOLDER.findall(form))
        if not form.strip():
            found.append("empty")
        if wanted - have:
            found.append(f"{sorted(wanted - have)} missing from {form!r}")
        if numerus and not have & {"%n", "%Ln"}:
            found.append(f"the count (%n) is missing from {form!r}")
        extra = have - set(PLACEHOLDER.findall(source)) - ({"%n", "%Ln"} if numerus else set())
        if extra:
            found.append(f"{sorted(extra)} not in the source: {form!r}")
        if MNEMONIC.search(source) and len(MNEMONIC.findall(form)) != 1:
            found.append(f"the keyboard mnemonic (&) is lost or doubled in {form!r}")
    return found
