"""English text for import/export error codes, as the CLI prints them.

The codes and their parameters are the contract (docs/import.md); the desk UI makes its own
translated texts from the same codes.
"""

from __future__ import annotations

from wufops.attendees.io import errors as codes
from wufops.attendees.io.errors import FileError, Param, RowError
from wufops.attendees.io.values import CATEGORY_SYNONYMS

_SAVE_AS_UTF8 = (
    "In Excel: File › Save As › 'CSV UTF-8 (Comma delimited)'; in LibreOffice: Save As › "
    "Text CSV, character set 'Unicode (UTF-8)'; or convert it: "
    "iconv -f {encoding} -t UTF-8 '{path}' > fixed.csv"
)


def _list(value: Param | None, limit: int = 40) -> str:
    if isinstance(value, tuple):
        shown = ", ".join(f'"{v}"' for v in value[:limit])
        return shown + (f" … ({len(value) - limit} more)" if len(value) > limit else "")
    return str(value)


def file_error_message(error: FileError) -> str:
    p = error.params
    path = p.get("path", "")
    code = error.code
    if code == codes.UNREADABLE_FILE:
        return f"Cannot read {path}: {p.get('reason', '')}."
    if code == codes.BAD_ENCODING:
        guess = str(p.get("guess", ""))
        where = f"line {p.get('line')} (byte {p.get('byte')})"
        if guess == "binary":
            return (
                f"{path} is not a text file: it holds NUL bytes at {where}. Export the "
                "attendee list as CSV UTF-8 or .xlsx and import that."
            )
        if guess == "utf-16":
            return (
                f"{path} looks like UTF-16 text without a byte-order mark ({where}). "
                + _SAVE_AS_UTF8.format(encoding="UTF-16LE", path=path)
            )
        sample = p.get("sample", "")
        return (
            f"{path} is not UTF-8: the first bad byte is at {where}"
            + (f', in "{sample}"' if sample else "")
            + f". It looks like {guess.title() or 'a legacy encoding'} (Latin-1/ANSI), "
            "which Excel writes for plain 'CSV'. Save it as UTF-8 and import again. "
            + _SAVE_AS_UTF8.format(encoding=(guess or "latin1").upper(), path=path)
        )
    if code == codes.MALFORMED_CSV:
        return (
            f"{path}: the CSV record starting on line {p.get('line')} is malformed "
            f'({p.get("reason")}). Usually a quote (") is opened and never closed, or text '
            "follows a closing quote; fix that line in a text editor."
        )
    if code == codes.MISSING_COLUMN:
        return (
            f"{path}: no column for {_list(p.get('missing'))} "
            f"(best header row candidate: line {p.get('line')}). "
            f"Headers found: {_list(p.get('found'))}. "
            f"Required: {_list(p.get('expected'))} — or one of their aliases, listed in "
            "docs/import.md; rename the header in the file to one of them."
        )
    if code == codes.EMPTY_FILE:
        return f"{path} holds no rows: nothing to import."
    if code == codes.UNSUPPORTED_FORMAT:
        if p.get("export"):
            return f"Cannot export to {path}: name the output FILE.csv or FILE.xlsx."
        return (
            f"{path} is a {p.get('kind')}, which cannot be imported. Open it in a "
            "spreadsheet and save it as .xlsx or as 'CSV UTF-8'."
        )
    if code == codes.NO_EVENT:
        db = p.get("path") or "FILE"
        first = (
            f"There is no database at {db}."
            if p.get("missing_db")
            else ("The database holds no event yet.")
        )
        return (
            f"{first} Create the event first: wufops event create --db {db} --name NAME "
            "--timezone Asia/Baku --first-day 2026-05-17 --last-day 2026-05-22"
        )
    if code == codes.EVENT_REQUIRED:
        return (
            "The database holds several events; choose one with --event ID: "
            f"{_list(p.get('events'))}."
        )
    if code == codes.UNKNOWN_EVENT:
        return f"No event {p.get('event')!s} in this database. Events: {_list(p.get('events'))}."
    if code == codes.WRITE_FAILED:
        return (
            f"The database refused the import ({p.get('reason')}: {p.get('detail')}); nothing "
            "was written."
        )
    if code == codes.BAD_CATEGORY_MAP:
        return _category_map_message(error)
    if code == codes.UNUSED_COLUMNS:
        return (
            f"{path}: these columns would not be imported: {_list(p.get('columns'))}. Nothing "
            "was imported (--strict-columns). Rename a column to a header listed in "
            "docs/import.md to import it, delete it from the file, or import without "
            "--strict-columns to have them listed and left out."
        )
    return f"{code}: {p}"


def _category_map_message(error: FileError) -> str:
    p = error.params
    where = f"{p.get('source')}" + (f", line {p['line']}" if "line" in p else "")
    entry = f'"{p.get("entry")}"' if p.get("entry") else ""
    reason = p.get("reason")
    if reason == "not_product_equals":
        return (
            f"Product mapping {entry} ({where}) is not PRODUCT=CATEGORY, e.g. "
            '--category-map "Delegate pass=participant".'
        )
    if reason == "unknown_category":
        known = ", ".join(CATEGORY_SYNONYMS)
        return (
            f'Product mapping {entry} ({where}): "{p.get("value")}" is not a category. Use '
            f"one of {known}, a synonym from docs/import.md, or skip (not an attendee)."
        )
    if reason == "conflict":
        return (
            f"Product mapping {entry} ({where}) contradicts an earlier entry for "
            f'"{p.get("value")}": give each product one category.'
        )
    if reason == "no_product":
        return f"Product mapping {entry} ({where}) names no product."
    if reason == "not_two_columns":
        return (
            f"Product mapping {where}: {entry} is not two cells (product, category); the file "
            "needs one product and its category per row."
        )
    return f"Product mapping file {where} cannot be read ({reason}: {p.get('value', '')})."


def row_error_message(error: RowError) -> str:
    p = error.params
    value = error.value
    code = error.code
    if code == codes.MISSING_NAME:
        return "No name: fill in the given name or the family name (at least one)."
    if code == codes.MISSING_REG_CODE:
        return "No registration code: every attendee needs one (it is how re-imports find them)."
    if code == codes.DUPLICATE_REG_CODE:
        return (
            f'Registration code "{value}" is already used on line {p.get("first_line")}; '
            "each attendee needs their own code."
        )
    if code == codes.REG_CODE_IN_OTHER_EVENT:
        return (
            f'Registration code "{value}" belongs to an attendee of another event '
            f"({p.get('event')}) in this database."
        )
    if code == codes.UNKNOWN_COUNTRY:
        if not value:
            return "No country: give an ISO code (AZ or AZE) or an English name (Azerbaijan)."
        return (
            f'"{value}" is not a country we know. Use an ISO 3166 code (AZ or AZE) or the '
            "English name (Azerbaijan)."
        )
    if code == codes.BAD_EMAIL:
        return f'"{value}" is not an e-mail address (expected name@domain.tld); fix or clear it.'
    if code == codes.UNKNOWN_CATEGORY:
        known = ", ".join(CATEGORY_SYNONYMS)
        if not value:
            return f"No category: use one of {known} (synonyms in docs/import.md)."
        return (
            f'"{value}" is not a category. If it is a product or ticket type, say which '
            f'category it is: --category-map "{value}=CATEGORY" (or skip, if its rows are '
            f"not attendees), or a --categories file. Categories: {known}; synonyms in "
            "docs/import.md (Press → media, Delegate → participant, Head of delegation → vip…)."
        )
    if code == codes.MISSING_POSITION:
        return (
            f"Order {p.get('order')} has no position: every row of an order needs its "
            "position number (pretix: Position ID), which makes the attendee's code."
        )
    if code == codes.BAD_FLAG:
        return f'"{value}" is not yes or no (accepted: yes/no, y/n, true/false, 1/0, x/blank).'
    return f"{code}: {value}"
