"""Arbitrary mutations of valid schedule files are either imported or refused with a stable
code and a place (JSON path or XML line) — never a crash — and a refused import changes
nothing in the database (Hypothesis; a new seed every run, printed on failure).

The files: the real pretalx export and the Indico sample (JSON), the frab sample (XML), each
imported into a database that already holds it, so a mutation can add, change and remove
sessions."""

from __future__ import annotations

import copy
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.schedule_io.conftest import fingerprint
from tests.schedule_io.samples import dump, frab_xml, indico_json, pretalx
from wufops.clock import SystemClock
from wufops.schedule_io import read_bytes, run_import
from wufops.schedule_io.model import ImportRefused
from wufops.store.replica import Replica

#: every code a refusal may carry (docs/scheduling.md, "Formats")
CODES = frozenset(
    {
        "bad_json",
        "bad_xml",
        "not_utf8",
        "unknown_format",
        "file_too_large",
        "wrong_type",
        "missing_field",
        "misplaced_object",
        "schema_violation",
        "bad_time",
        "bad_duration",
        "duplicate_guid",
        "empty_schedule",
        "several_events",
        "outside_event",
        "room_name_taken",
    }
)
#: refusals about the whole file, which name no place in it
WHOLE_FILE = frozenset({"not_utf8", "empty_schedule", "file_too_large"})
_counter = itertools.count()

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(
        ["", "00:00", "25:61", "2020-12-14", "2020-12-14T09:00:00", "not a date", "http://x"]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _prepared(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> tuple[Path, Any]:
    path = tmp_path_factory.mktemp("fuzz") / "template.db"
    replica = Replica.open(path, SystemClock())
    try:
        run_import(replica, read_bytes(data))
        replica.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        replica.close()
    return path, fingerprint(path)


@pytest.fixture(scope="module")
def json_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    return _prepared(tmp_path_factory, dump(pretalx()))


@pytest.fixture(scope="module")
def xml_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    return _prepared(tmp_path_factory, frab_xml().encode())


def _check_refusal(refused: ImportRefused) -> None:
    assert refused.code in CODES, refused
    assert refused.where.path or refused.where.line or refused.code in WHOLE_FILE, refused
    assert refused.detail


def _import_or_refuse(template: tuple[Path, Any], data: bytes, scratch: Path) -> None:
    """Read ``data`` (a refusal here never opened the database) and import it into a copy
    of the template: imported, or refused with nothing changed."""
    try:
        document = read_bytes(data)
    except ImportRefused as refused:
        _check_refusal(refused)
        return
    path = scratch / f"fuzz-{next(_counter)}.db"
    shutil.copyfile(template[0], path)
    try:
        replica = Replica.open(path, SystemClock())
        try:
            run_import(replica, document)
        except ImportRefused as refused:
            _check_refusal(refused)
            replica.close()
            assert fingerprint(path) == template[1], f"refused ({refused.code}) but changed"
            return
        replica.close()
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)


# -- JSON ----------------------------------------------------------------------------------------


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _nodes(value, (*path, index))
    return found


@st.composite
def mutated_json(draw: st.DrawFn, source: Any = pretalx) -> Any:
    """``source()`` with one to three mutations: a value replaced (by anything, or null),
    deleted, renamed, duplicated, wrapped in a list, or a string edited. Half the time the
    place is chosen by property name first, so that every kind of field gets its turn."""
    doc = source()
    for _ in range(draw(st.integers(1, 3))):
        paths = _nodes(doc)
        names = sorted({p[-1] for p in paths if p and isinstance(p[-1], str)})
        if names and draw(st.booleans()):
            name = draw(st.sampled_from(names))
            path = draw(st.sampled_from([p for p in paths if p and p[-1] == name]))
        else:
            path = draw(st.sampled_from(paths))
        kind = draw(
            st.sampled_from(["replace", "null", "delete", "rename", "duplicate", "wrap", "string"])
        )
        if not path:
            doc = draw(json_values) if kind == "replace" else doc
            continue
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        last = path[-1]
        if kind == "replace":
            parent[last] = draw(json_values)
        elif kind == "null":
            parent[last] = None
        elif kind == "delete":
            del parent[last]
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = parent.pop(last)
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif kind == "wrap":
            parent[last] = [parent[last]]
        elif kind == "string" and isinstance(parent[last], str):
            text = parent[last]
            cut = draw(st.integers(0, len(text)))
            parent[last] = text[:cut] + draw(st.text(max_size=4)) + text[cut + 1 :]
    return doc


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=mutated_json())
def test_mutated_json_is_imported_or_refused_with_a_code_and_a_path(
    json_template: tuple[Path, Any], tmp_path: Path, doc: Any
) -> None:
    _import_or_refuse(json_template, json.dumps(doc).encode(), tmp_path)


@pytest.fixture(scope="module")
def indico_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    return _prepared(tmp_path_factory, dump(indico_json()))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=mutated_json(indico_json))
def test_mutated_indico_exports_are_imported_or_refused_with_a_code_and_a_path(
    indico_template: tuple[Path, Any], tmp_path: Path, doc: Any
) -> None:
    _import_or_refuse(indico_template, json.dumps(doc).encode(), tmp_path)


# -- XML -----------------------------------------------------------------------------------------


@st.composite
def mutated_xml(draw: st.DrawFn) -> bytes:
    root = etree.fromstring(frab_xml().encode())
    for _ in range(draw(st.integers(1, 3))):
        elements = list(root.iter())
        element = draw(st.sampled_from(elements))
        kind = draw(st.sampled_from(["text", "delete", "duplicate", "move", "attribute", "rename"]))
        parent = element.getparent()
        if kind == "text":
            element.text = draw(
                st.sampled_from(["", "00:00", "99:99", "2023-09-15T10:00:00", "x", "-1"])
                | st.text(
                    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                    max_size=8,
                )
            )
        elif kind == "delete" and parent is not None:
            parent.remove(element)
        elif kind == "duplicate" and parent is not None:
            parent.append(copy.deepcopy(element))
        elif kind == "move" and parent is not None:
            target = draw(st.sampled_from(elements))
            if element not in target.iterancestors() and target is not element:
                target.append(element)
        elif kind == "attribute":
            name = draw(st.sampled_from(["guid", "id", "name", "index", "start", "code", "x"]))
            if draw(st.booleans()):
                element.attrib.pop(name, None)
            else:
                element.set(name, draw(st.sampled_from(["", "0", "abc", "2023-09-15", "NQTF8Y"])))
        elif kind == "rename":
            element.tag = draw(st.sampled_from(["event", "room", "day", "person", "title", "foo"]))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=mutated_xml())
def test_mutated_xml_is_imported_or_refused_with_a_code_and_a_line(
    xml_template: tuple[Path, Any], tmp_path: Path, data: bytes
) -> None:
    _import_or_refuse(xml_template, data, tmp_path)


# -- every field, every way ------------------------------------------------------------------

#: what a field becomes: nothing, null, each wrong JSON type, an empty and an odd string
_REPLACEMENTS: tuple[Any, ...] = (None, [], {}, -1, 1.5, "", "x" * 400)


def _generic(path: tuple[Any, ...], i: int) -> bool:
    """Whether ``path[i]`` is a list index, a room name (``rooms`` keys), an Indico event id,
    day or entry key: one of many alike."""
    if isinstance(path[i], int):
        return True
    if i >= 1 and path[i - 1] in ("rooms", "results", "entries"):
        return True
    return (i >= 2 and path[i - 2] == "results") or (i >= 3 and path[i - 3] == "results")


def _shapes(doc: Any) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """One path per kind of field: the field's path with list indices and room or day keys
    made generic, mapped to its first occurrence."""
    found: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for path in _nodes(doc):
        shape = tuple("*" if _generic(path, i) else p for i, p in enumerate(path))
        found.setdefault(shape, path)
    return found


@pytest.mark.parametrize("source", [pretalx, indico_json], ids=["pretalx", "indico"])
def test_every_field_broken_every_way_is_imported_or_refused(
    source: Any, json_template: tuple[Path, Any], indico_template: tuple[Path, Any], tmp_path: Path
) -> None:
    template = json_template if source is pretalx else indico_template
    shapes = _shapes(source())
    assert len(shapes) > 40
    for path in shapes.values():
        if not path:
            continue
        for replacement in (*_REPLACEMENTS, "delete"):
            doc = source()
            parent = doc
            for part in path[:-1]:
                parent = parent[part]
            if replacement == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(replacement)
            _import_or_refuse(template, json.dumps(doc).encode(), tmp_path)


def test_every_xml_element_and_attribute_broken_is_imported_or_refused(
    xml_template: tuple[Path, Any], tmp_path: Path
) -> None:
    original = frab_xml().encode()
    root = etree.fromstring(original)
    seen: set[str] = set()
    targets = []
    for element in root.iter():
        shape = "/".join(a.tag for a in reversed(list(element.iterancestors()))) + "/" + element.tag
        if shape not in seen:
            seen.add(shape)
            targets.append(root.getroottree().getpath(element))
    assert len(targets) > 25
    for target in targets:
        for how in ("delete", "empty", "garbage", "child", "attributes"):
            tree = etree.fromstring(original).getroottree()
            (element,) = tree.xpath(target)
            parent = element.getparent()
            if how == "delete" and parent is not None:
                parent.remove(element)
            elif how == "empty":
                element.text = ""
            elif how == "garbage":
                element.text = "§§ 99:99 not-a-value"
            elif how == "child":
                etree.SubElement(element, "event").text = "stray"
            elif how == "attributes":
                for name in list(element.attrib):
                    element.set(name, "§")
            data = bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
            _import_or_refuse(xml_template, data, tmp_path)
