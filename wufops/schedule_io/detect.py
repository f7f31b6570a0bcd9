"""Reading a schedule file whatever it is: the format is recognised from the content, never
from the file name.

- XML whose root is ``<schedule>`` → frab ``schedule.xml`` (:mod:`.frab_xml`; pretalx's too);
- JSON with a top-level ``schedule`` → c3voc/frab ``schedule.json`` (:mod:`.c3voc_json`;
  pretalx's too);
- JSON with ``results`` (Indico's HTTP API result) → Indico timetable (:mod:`.indico`).

Refusals: ``unreadable_file``, ``file_too_large`` (over :data:`MAX_BYTES`), ``not_utf8``,
``bad_json`` (with the line), ``bad_xml`` (with the line), ``unknown_format``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wufops.schedule_io import c3voc_json, frab_xml, indico
from wufops.schedule_io.model import Document, ImportRefused, Where

#: the largest schedule file read (a 3,000-session frab export is about 10 MB)
MAX_BYTES = 64 * 1024 * 1024


def read_path(path: Path) -> Document:
    """Read and validate the schedule file at ``path``."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefused(
                "file_too_large", f"{path} holds {size:,} bytes; at most {MAX_BYTES:,} are read"
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(
            "unreadable_file", f"{path}: {error.strerror or type(error).__name__}"
        ) from None
    return read_bytes(data)


def read_bytes(data: bytes) -> Document:
    """Recognise, validate and read a schedule file's bytes."""
    if len(data) > MAX_BYTES:
        raise ImportRefused("file_too_large", f"{len(data):,} bytes; at most {MAX_BYTES:,}")
    if frab_xml.looks_like(data):
        return frab_xml.read(data)
    parsed = parse_json(data)
    if c3voc_json.looks_like(parsed):
        return c3voc_json.read(parsed)
    if indico.looks_like(parsed):
        return indico.read(parsed)
    raise ImportRefused(
        "unknown_format",
        "not a schedule this import reads: expected a frab/c3voc schedule.json "
        '({"schedule": …}), a schedule.xml (<schedule>) or an Indico timetable export '
        '({"results": …})',
        Where("$"),
    )


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes) -> Any:
    """The JSON value of ``data`` (UTF-8, with or without a byte-order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            "not_utf8", f"byte {error.start} is not UTF-8: save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ImportRefused("bad_json", "the file is empty")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ImportRefused(
            "bad_json", f"not JSON: {error.msg}", Where(f"column {error.colno}", error.lineno)
        ) from None
    except (ValueError, RecursionError) as error:
        raise ImportRefused("bad_json", f"not JSON: {error}") from None
