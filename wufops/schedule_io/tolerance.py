"""Which schema violations an import tolerates and which it refuses (JSON formats).

Real exports break the c3voc schema in small ways: frab's and pretalx's acronyms and slugs
miss its patterns, URLs are relative, properties are added. Those are **tolerated** — noted
with a stable code and their JSON path, shown in the import report — because the import
can still read what it needs (a value it must read and cannot is refused by the reader
itself: ``bad_time``, ``bad_duration``). What breaks the document's shape is **refused**:

Refused (the first in document order, shape errors first):

- ``wrong_type`` — a value of the wrong JSON type (a list where an object belongs…);
- ``missing_field`` — a required property is missing;
- ``misplaced_object`` — a structural object (``rooms``, ``days``, ``persons``…) where the
  schema forbids it;
- ``schema_violation`` — any other break of the schema's structure.

Tolerated:

- ``acronym_pattern``, ``slug_pattern``, ``code_pattern``, ``time_zone_pattern``,
  ``value_pattern`` — a string missing its pattern;
- ``url_format``, ``guid_format``, ``time_format``, ``color_format``, ``value_format`` — a
  string missing its format;
- ``extra_property`` — a property the schema does not declare (not imported);
- ``person_shape`` — a person both frab- and pretalx-shaped (``oneOf``), with a usable name;
- ``enum_value``, ``value_range`` — a value outside the schema's list or range.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft6Validator, FormatChecker, ValidationError

from wufops.schedule_io.model import ImportRefused, Where
from wufops.schedule_io.values import Notes, json_path

#: property names that hold the schedule's structure: one of them where the schema does not
#: expect it is a misplaced object, not an extra property
STRUCTURAL = frozenset(
    {
        "schedule",
        "conference",
        "days",
        "day",
        "rooms",
        "room",
        "events",
        "event",
        "entries",
        "persons",
        "person",
        "results",
    }
)
_PATTERN_CODES = {
    "acronym": "acronym_pattern",
    "slug": "slug_pattern",
    "code": "code_pattern",
    "time_zone_name": "time_zone_pattern",
    "start": "time_format",
    "duration": "time_format",
}
_FORMAT_CODES = {
    "uri": "url_format",
    "uuid": "guid_format",
    "date-time": "time_format",
    "date": "time_format",
    "color": "color_format",
}
#: refusals reported first when a file has several kinds
_REFUSAL_ORDER = ("misplaced_object", "wrong_type", "missing_field", "schema_violation")
_REQUIRED = re.compile(r"^'(.*)' is a required property$", re.S)
_SCHEMA_TYPES = {
    "array": "a list",
    "object": "an object",
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "null",
}


def validator(schema: Mapping[str, Any]) -> Draft6Validator:
    """A draft-06 validator checking every format it knows (uri, uuid, date-time, date,
    color…: jsonschema's FormatChecker with the format-nongpl extra)."""
    return Draft6Validator(schema, format_checker=FormatChecker())


def check(
    validate: Draft6Validator,
    document: Any,
    notes: Notes,
    *,
    undeclared: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """Validate ``document``: note what is tolerated in ``notes``; raise the first refusal
    (in document order, shape errors first) as :class:`ImportRefused`.

    ``undeclared`` names, by the last key of a path (``persons``), the properties its items
    may have: others are noted as ``extra_property`` even where the schema lets them pass
    (pretalx's ``answers`` on a person)."""
    refusals: list[tuple[int, str, ImportRefused]] = []
    for error in validate.iter_errors(document):
        for outcome in _classify(error, document, notes):
            rank = _REFUSAL_ORDER.index(outcome.code)
            refusals.append((rank, outcome.where.path, outcome))
    if refusals:
        refusals.sort(key=lambda item: (item[0], _path_key(item[1])))
        raise refusals[0][2]
    if undeclared:
        _note_undeclared(document, (), undeclared, notes)


def _path_key(path: str) -> tuple[int, str]:
    return (path.count("[") + path.count("."), path)


def _classify(error: ValidationError, document: Any, notes: Notes) -> Iterable[ImportRefused]:
    parts = list(error.absolute_path)
    path = json_path(parts)
    where = Where(path)
    last = str(parts[-1]) if parts and isinstance(parts[-1], str) else ""
    kind = error.validator
    if kind is None:  # a ``false`` schema: this property may not be here at all
        name = _false_property(document, parts, error.instance)
        at = Where(json_path([*parts, name])) if name else where
        yield ImportRefused("misplaced_object", f"{name or 'this'} does not belong here", at)
    elif kind == "type":
        wanted = error.validator_value
        names = wanted if isinstance(wanted, list) else [wanted]
        expected = " or ".join(_SCHEMA_TYPES.get(str(n), str(n)) for n in names)
        got = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        yield ImportRefused("wrong_type", f"{last or 'value'} must be {expected}, not {got}", where)
    elif kind == "required":
        found = _REQUIRED.match(error.message)
        missing = found.group(1) if found else "a required property"
        yield ImportRefused(
            "missing_field", f"{missing} is required here", Where(json_path([*parts, missing]))
        )
    elif kind == "additionalProperties":
        yield from _extra(error, parts, notes)
    elif kind == "pattern":
        notes.add(
            _PATTERN_CODES.get(last, "value_pattern"),
            where,
            f"{_short(error.instance)} does not match {error.validator_value}",
        )
    elif kind == "format":
        notes.add(
            _FORMAT_CODES.get(str(error.validator_value), "value_format"),
            where,
            f"{_short(error.instance)} is not a valid {error.validator_value}",
        )
    elif kind == "oneOf" and last != "logo":
        if _named_person(error.instance):
            notes.add("person_shape", where, "a person both frab- and pretalx-shaped")
        else:
            yield ImportRefused(
                "missing_field", "a person needs a name", Where(json_path([*parts, "name"]))
            )
    elif kind in ("enum", "const"):
        notes.add("enum_value", where, f"{_short(error.instance)} is not one of the listed values")
    elif kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        notes.add("value_range", where, f"{_short(error.instance)} is out of range")
    else:
        yield ImportRefused("schema_violation", error.message[:300], where)


def _extra(error: ValidationError, parts: list[Any], notes: Notes) -> Iterable[ImportRefused]:
    instance = error.instance if isinstance(error.instance, dict) else {}
    declared = set(error.schema.get("properties", {})) if isinstance(error.schema, dict) else set()
    patterns = (
        list(error.schema.get("patternProperties", {})) if isinstance(error.schema, dict) else []
    )
    for name in instance:
        if name in declared or any(re.search(p, name) for p in patterns):
            continue
        at = Where(json_path([*parts, name]))
        if name in STRUCTURAL and isinstance(instance[name], (dict, list)):
            yield ImportRefused("misplaced_object", f"{name} does not belong here", at)
        else:
            notes.add("extra_property", at, f"{name} is not in the schema: not imported")


def _false_property(document: Any, parts: list[Any], instance: Any) -> str:
    """The property of the object at ``parts`` whose value is ``instance`` (jsonschema
    reports a ``false`` property schema at its parent's path)."""
    parent = document
    try:
        for part in parts:
            parent = parent[part]
    except (KeyError, IndexError, TypeError):
        return ""
    if isinstance(parent, dict):
        for name, value in parent.items():
            if value is instance:
                return str(name)
    return ""


def _named_person(instance: Any) -> bool:
    if not isinstance(instance, dict):
        return False
    return any(
        isinstance(instance.get(k), str) and instance[k].strip() for k in ("name", "public_name")
    )


def _note_undeclared(
    node: Any, parts: tuple[Any, ...], undeclared: Mapping[str, frozenset[str]], notes: Notes
) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _note_undeclared(value, (*parts, key), undeclared, notes)
    elif isinstance(node, list):
        allowed = undeclared.get(str(parts[-1])) if parts else None
        for index, item in enumerate(node):
            if allowed is not None and isinstance(item, dict):
                for key in item:
                    if key not in allowed:
                        notes.add(
                            "extra_property",
                            Where(json_path([*parts, index, key])),
                            f"{key} is not in the schema: not imported",
                        )
            _note_undeclared(item, (*parts, index), undeclared, notes)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "…"
