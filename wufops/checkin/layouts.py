"""Reading a badge token back through a mismatched keyboard layout.

A keyboard-wedge scanner sends *key positions* for the layout it is set to (usually US). On a
desk whose OS uses another layout the same positions type other characters: on French AZERTY
the digits 2–7 arrive as ``é " ' ( - è``, ``A``/``Q`` and ``Z``/``W`` swap and ``M`` arrives as
``?``; on German/Swiss QWERTZ ``Y`` and ``Z`` swap. (A scanner set to the host's layout needs
none of this; ``docs/checkin.md`` says how to set it.)

:func:`repairs` lists the texts the scanner meant under each such mismatch. A desk tries them
only when the text as typed is ``malformed`` or fails its signature, and takes one only if it
verifies — a repaired text is a *different* token, so nothing forged can pass this way.
"""

from __future__ import annotations

#: layout name -> what the host typed -> what a US-layout scanner meant (base32 alphabet)
US_SCANNER_ON: dict[str, dict[str, str]] = {
    "azerty": {
        "Q": "A",
        "A": "Q",
        "W": "Z",
        "Z": "W",
        "?": "M",
        "é": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "-": "6",
        "è": "7",
    },
    "qwertz": {"Y": "Z", "Z": "Y"},
}


def repairs(text: str) -> list[tuple[str, str]]:
    """``(layout, text the scanner meant)`` for each layout mismatch that changes ``text``."""
    typed = text.strip().upper()
    found: list[tuple[str, str]] = []
    for layout, table in US_SCANNER_ON.items():
        # upper() maps é/è to É/È: look the original characters up too
        meant = "".join(table.get(c, table.get(c.lower(), c)) for c in typed)
        if meant != typed:
            found.append((layout, meant))
    return found
