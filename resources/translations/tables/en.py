# ruff: noqa: E501 -- a table keyed by whole English sentences
"""English plural forms of the desk's %n texts (``wufops_en.ts`` holds only these: lupdate
``-pluralonly``); ``fill.py en`` applies them. A list is the singular and the plural."""

TABLE: dict[str, str | list[str]] = {
    # -- access services --
    "%n min": ["%n min", "%n min"],
    "%n h": ["%n h", "%n h"],
    "The proposal changes %n slot(s).": [
        "The proposal changes %n slot.",
        "The proposal changes %n slots.",
    ],
    "Accepted: %n slot(s) changed.": ["Accepted: %n slot changed.", "Accepted: %n slots changed."],
    "Travel to another room: %n min.": [
        "Travel to another room: %n min.",
        "Travel to another room: %n min.",
    ],
    "%n assignment(s)": ["%n assignment", "%n assignments"],
    "%n more provider(s) of %1 on the morning of %2.": [
        "%n more provider of %1 on the morning of %2.",
        "%n more providers of %1 on the morning of %2.",
    ],
    "%n more provider(s) of %1 on the afternoon of %2.": [
        "%n more provider of %1 on the afternoon of %2.",
        "%n more providers of %1 on the afternoon of %2.",
    ],
    "%n more provider(s) of %1 on the evening of %2.": [
        "%n more provider of %1 on the evening of %2.",
        "%n more providers of %1 on the evening of %2.",
    ],
    "%n required unit(s) open.": ["%n required unit open.", "%n required units open."],
    "%n advised unit(s) open.": ["%n advised unit open.", "%n advised units open."],
    "%n change(s) since.": ["%n change since.", "%n changes since."],
    "%n conflict(s) block the release": [
        "%n conflict blocks the release",
        "%n conflicts block the release",
    ],
    "%n warning(s)": ["%n warning", "%n warnings"],
    "Move %n volunteer(s) from %1.": ["Move %n volunteer from %1.", "Move %n volunteers from %1."],
    "Call %n more staff.": ["Call %n more staff member.", "Call %n more staff."],
    "%n duplicate pickup(s) flagged for supervisors": [
        "%n duplicate pickup flagged for supervisors",
        "%n duplicate pickups flagged for supervisors",
    ],
    "%n pickup(s) undone": ["%n pickup undone", "%n pickups undone"],
    "Drop here: %n conflict(s)": ["Drop here: %n conflict", "Drop here: %n conflicts"],
    "Type to search %Ln attendee(s)": [
        "Type to search %Ln attendee",
        "Type to search %Ln attendees",
    ],
    "%n more match(es) — type more of the name": [
        "%n more match — type more of the name",
        "%n more matches — type more of the name",
    ],
    "%n conflict(s)": ["%n conflict", "%n conflicts"],
    "%n room(s)": ["%n room", "%n rooms"],
    "%Ln attendee(s)": ["%Ln attendee", "%Ln attendees"],
    "%Ln checked in": ["%Ln checked in", "%Ln checked in"],
    "Devices (%n not syncing)": ["Devices (%n not syncing)", "Devices (%n not syncing)"],
    "%Ln attendee(s) from 182 countries — only on the first run.": [
        "%Ln attendee from 182 countries — only on the first run.",
        "%Ln attendees from 182 countries — only on the first run.",
    ],
    "The schedule cannot be released: %n conflict(s) block it.": [
        "The schedule cannot be released: %n conflict blocks it.",
        "The schedule cannot be released: %n conflicts block it.",
    ],
    "%n added": ["%n added", "%n added"],
    "%n moved": ["%n moved", "%n moved"],
    "%n edited": ["%n edited", "%n edited"],
    "%n removed": ["%n removed", "%n removed"],
    "%Ln badge(s) selected": ["%Ln badge selected", "%Ln badges selected"],
    "%Ln badge(s) written to %1": ["%Ln badge written to %1", "%Ln badges written to %1"],
    "%Ln page(s)": ["%Ln page", "%Ln pages"],
    "%Ln newly issued": ["%Ln newly issued", "%Ln newly issued"],
    "%Ln character(s) could not be set in any bundled font: check those badges": [
        "%Ln character could not be set in any bundled font: check that badge",
        "%Ln characters could not be set in any bundled font: check those badges",
    ],
    "%n conflict(s):": ["%n conflict:", "%n conflicts:"],
    "%n found": ["%n found", "%n found"],
    "%n pending": ["%n pending", "%n pending"],
    "%n rejected": ["%n rejected", "%n rejected"],
    "%n refused: this desk's clock was wrong": [
        "%n refused: this desk's clock was wrong",
        "%n refused: this desk's clock was wrong",
    ],
    "The hub refused %n operation(s) stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor": [
        "The hub refused %n operation stamped with a wrong clock (clock_skew): it is kept on this desk — tell a supervisor",
        "The hub refused %n operations stamped with a wrong clock (clock_skew): they are kept on this desk — tell a supervisor",
    ],
    "%n session(s) to place": ["%n session to place", "%n sessions to place"],
}

TABLE["%n change(s) since then."] = ["%n change since then.", "%n changes since then."]
