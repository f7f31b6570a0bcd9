"""The validators, loaded once from the package's resources (resources/schedule_format/):
the c3voc ``schedule.json`` schema and ``schedule.xml`` XSD (EUPL-1.2, copied from
voc/schedule), and our schema of Indico's timetable export."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft6Validator
from lxml import etree

from wufops.resources import resource_path
from wufops.schedule_io.tolerance import validator

C3VOC_SCHEMA = "c3voc-schedule.schema.json"
FRAB_XSD = "schedule.xml.xsd"
INDICO_SCHEMA = "indico-timetable.schema.json"
#: the ``$schema`` our schedule.json exports point at
C3VOC_SCHEMA_URL = "https://c3voc.de/schedule/schema.json"


def _load(name: str) -> Any:
    return json.loads(resource_path("schedule_format", name).read_text(encoding="utf-8"))


@cache
def c3voc_schema() -> dict[str, Any]:
    schema: dict[str, Any] = _load(C3VOC_SCHEMA)
    return schema


@cache
def c3voc_validator() -> Draft6Validator:
    return validator(inlined(c3voc_schema()))


@cache
def indico_validator() -> Draft6Validator:
    # not inlined: an Indico session block's entries are entries (a recursive reference)
    return validator(_load(INDICO_SCHEMA))


def inlined(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with each ``{"$ref": "#/definitions/X"}`` replaced by ``X`` itself: the same
    schema (in draft-06 a ``$ref`` stands for its target and its siblings are ignored; these
    schemas hold no recursive reference), validated ~40% faster — jsonschema resolves every
    reference on every instance otherwise."""
    definitions = schema.get("definitions", {})

    def walk(node: Any, depth: int) -> Any:
        if depth > 64:
            raise ValueError("recursive $ref: cannot inline this schema")
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/definitions/"):
                return walk(definitions[ref.removeprefix("#/definitions/")], depth + 1)
            return {k: walk(v, depth + 1) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, depth + 1) for v in node]
        return node

    out: dict[str, Any] = walk({k: v for k, v in schema.items() if k != "definitions"}, 0)
    return out


@cache
def frab_xsd() -> etree.XMLSchema:
    path = resource_path("schedule_format", FRAB_XSD)
    return etree.XMLSchema(etree.parse(str(path), safe_parser()))


def safe_parser() -> etree.XMLParser:
    """No entities resolved, no DTD or network fetched, no huge trees: a schedule file from
    elsewhere cannot read local files or expand a billion laughs."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


@cache
def person_properties() -> frozenset[str]:
    """Every property the c3voc schema declares for a person (frab- or pretalx-shaped)."""
    defs = c3voc_schema()["definitions"]
    names: set[str] = set()
    for name in ("Person", "FrabPerson", "PretalxPerson"):
        names |= set(defs[name].get("properties", {}))
    return frozenset(names)
