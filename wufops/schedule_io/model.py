"""What every reader produces and the reconciler consumes: a schedule document as frozen
values, whatever format it came in (c3voc/frab ``schedule.json``, frab ``schedule.xml``,
pretalx's exports of both, Indico's timetable export).

- :class:`Where` — a place in the source file: a JSON path (``$.schedule.conference…``) or
  an XML line and element path; every deviation and refusal names one.
- :class:`Deviation` — something the file does differently from its schema that the import
  tolerated (stable ``code``: ``acronym_pattern``, ``slug_pattern``, ``url_format``,
  ``extra_property``…), shown in the import report.
- :class:`ImportRefused` — a file that cannot be imported (stable ``code`` plus ``where``);
  nothing is written then.
- :class:`Conference`, :class:`SourceRoom`, :class:`Person`, :class:`Entry`,
  :class:`Document` — the schedule itself. Instants are ms since the epoch (UTC), like
  ``wufops.models.schedule``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wufops.errors import CodedError

#: formats a reader names (``Document.format``)
FORMATS = ("c3voc-json", "frab-xml", "indico-json")
#: what a format can say about a session (``Document.carries``): an import compares and
#: writes only what its format carries, and leaves the rest of a session as it is
FIELDS = frozenset(
    {
        "title",
        "subtitle",
        "abstract",
        "track",
        "url",
        "type",
        "languages",
        "speakers",
        "do_not_record",
        "do_not_stream",
        "placement",
    }
)


@dataclass(frozen=True)
class Where:
    """A place in a source file: ``path`` (a JSON path, or the element path of an XML error)
    and, for XML, the ``line``."""

    path: str = ""
    line: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"line {self.line}" + (f" ({self.path})" if self.path else "")
        return self.path or "the file"

    def to_json(self) -> dict[str, str | int]:
        out: dict[str, str | int] = {"path": self.path}
        if self.line:
            out["line"] = self.line
        return out


class ImportRefused(CodedError):
    """The file cannot be imported as it is: ``code`` is stable, ``where`` names the place
    (JSON path or XML line), ``detail`` says what is wrong in English."""

    def __init__(self, code: str, detail: str, where: Where | None = None) -> None:
        self.where = where or Where()
        super().__init__(code, detail if where is None else f"{detail} (at {self.where})")
        self.plain = detail


@dataclass(frozen=True)
class Deviation:
    """A tolerated difference from the format's schema (the import went on)."""

    code: str
    where: Where
    detail: str

    def to_json(self) -> dict[str, str | int]:
        return {"code": self.code, **self.where.to_json(), "detail": self.detail}


@dataclass(frozen=True)
class Conference:
    title: str
    #: as the file spells it (may miss the c3voc pattern: a tolerated deviation)
    acronym: str
    #: IANA zone the file declares, when it is a real one
    time_zone: str | None
    first_day: date | None
    last_day: date | None
    #: the schedule's own version label
    version: str = ""


@dataclass(frozen=True)
class SourceRoom:
    name: str
    #: seats, when the source says
    capacity: int | None = None
    #: the room's GUID when the source gives it one of its own (not shared with another room)
    guid: str | None = None


@dataclass(frozen=True)
class Person:
    """A speaker as the source names them. ``keys`` identify them across imports, most
    specific first: ``guid:<uuid>``, ``code:<origin>:<pretalx code>``, ``id:<origin>:<frab
    id>``, ``email:<address>``, ``name:<origin>:<name>``."""

    name: str
    keys: tuple[str, ...]
    email: str = ""
    organization: str = ""

    @property
    def key(self) -> str:
        return self.keys[0]


@dataclass(frozen=True)
class Entry:
    """One session of the source schedule.

    ``guid`` is its identity across imports (a UUID: the source's, or one derived from the
    source's own id). ``start_ms``/``end_ms`` are both set (placed, with ``room``) or both
    ``None`` (the source gives no room: imported unplaced, asking ``duration_min``)."""

    guid: str
    title: str
    where: Where
    start_ms: int | None
    end_ms: int | None
    duration_min: int
    room: str | None
    #: the source's type text (mapped to a WUF session type by the reconciler)
    type: str = ""
    subtitle: str = ""
    abstract: str = ""
    track: str = ""
    url: str = ""
    languages: tuple[str, ...] = ()
    persons: tuple[Person, ...] = ()
    do_not_record: bool = False
    do_not_stream: bool = False


@dataclass(frozen=True)
class Document:
    """A parsed, validated schedule file."""

    #: one of :data:`FORMATS`
    format: str
    #: who made it, as far as the file tells: ``frab``, ``pretalx``, ``wufops``, ``indico``,
    #: ``c3voc`` (unknown generator)
    dialect: str
    #: which schedule it is (``schedule:<acronym>``, ``indico:<server>/<id>``): a re-import
    #: of the same origin cancels the sessions it no longer holds
    origin: str
    conference: Conference
    rooms: tuple[SourceRoom, ...]
    entries: tuple[Entry, ...]
    deviations: tuple[Deviation, ...] = ()
    #: the session fields this format carries (:data:`FIELDS` or fewer)
    carries: frozenset[str] = FIELDS

    @property
    def label(self) -> str:
        """``c3voc schedule.json from pretalx`` and the like, for reports."""
        kind = {
            "c3voc-json": "schedule.json",
            "frab-xml": "schedule.xml",
            "indico-json": "Indico timetable",
        }[self.format]
        return f"{kind} ({self.dialect})"
