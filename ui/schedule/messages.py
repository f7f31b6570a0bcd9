"""Words for the schedule workspace, through Qt's translations: conflicts made from their rule
code and parameters (never a raw code alone), refusals of edits and releases by their
stable code, lost placements, changes since the last release — with titles, room and
speaker names, and times in the event's time zone in the user's locale.

The English follows ``wufops.schedule.messages`` (the CLI's text) sentence for sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTimeZone

from ui.language import number
from ui.schedule import style
from ui.schedule.channels import STREAM_CODES, windows_at
from ui.streams.texts import StreamTexts
from ui.text import range_dash
from wufops.models.schedule import Conflict, Placement, Session, SessionChange, Window
from wufops.models.streams import StreamChannel
from wufops.schedule.world import World
from wufops.store.placement_conflicts import LostPlacement, PlacementSide


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… replaced in one pass (a value holding ``%2`` stays as it is)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            j = i + 1
            while j < len(text) and text[j].isdigit():
                j += 1
            n = int(text[i + 1 : j])
            if 1 <= n <= len(values):
                out.append(str(values[n - 1]))
                i = j
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def escape(text: str) -> str:
    """Plain text made safe inside rich text (tooltips, the drop preview)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Clock:
    """Instants shown in the event's time zone, in the user's locale."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._qzone = QTimeZone(zone.key.encode("ascii"))

    def moment(self, ms: int) -> QDateTime:
        return QDateTime.fromMSecsSinceEpoch(ms, self._qzone)

    def time(self, ms: int) -> str:
        return QLocale().toString(self.moment(ms).time(), "HH:mm")

    def when(self, ms: int) -> str:
        return QLocale().toString(self.moment(ms), "ddd d MMM HH:mm")

    def day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def long_day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")

    def span(self, start_ms: int, end_ms: int) -> str:
        """``Mon 18 May 10:30–12:00`` (the end's day named when it is another day)."""
        start, end = self.moment(start_ms), self.moment(end_ms)
        same = start.date() == end.date() or (
            start.date().addDays(1) == end.date() and end.time().hour() == end.time().minute() == 0
        )
        tail = self.time(end_ms) if same else self.when(end_ms)
        return f"{self.when(start_ms)}{range_dash()}{tail}"

    def short_span(self, start_ms: int, end_ms: int) -> str:
        """``10:30–12:00`` (``+1`` when it ends on a later day)."""
        start, end = self.moment(start_ms), self.moment(end_ms)
        days = start.date().daysTo(end.date())
        if days > 0 and not (days == 1 and end.time().hour() == end.time().minute() == 0):
            return f"{self.time(start_ms)}{range_dash()}{self.time(end_ms)} +{days}"
        return f"{self.time(start_ms)}{range_dash()}{self.time(end_ms)}"


class ConflictText(QObject):
    """Sentences about the schedule (see the module docstring)."""

    def __init__(self, world: World, clock: Clock, labels: Mapping[str, str]) -> None:
        super().__init__()
        self.world = world
        self.clock = clock
        # speaker and other names by id (``wufops.store.schedule.labels``)
        self.labels = labels

    # -- names -----------------------------------------------------------------------------

    def title(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        return fill(self.tr("“%1”"), session.title if session is not None else session_id[:8])

    def room(self, room_id: str) -> str:
        room = self.world.rooms.get(room_id)
        return room.name if room is not None else self.labels.get(room_id, room_id[:8])

    def person(self, attendee_id: str) -> str:
        return self.labels.get(attendee_id) or fill(self.tr("speaker %1"), attendee_id[:8])

    def when(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        if session is None or session.placement is None:
            return self.tr("not placed")
        return self.clock.span(session.placement.start_ms, session.placement.end_ms)

    def placement(self, placement: Placement | None) -> str:
        if placement is None:
            return self.tr("off the grid")
        return fill(
            self.tr("%1, %2"),
            self.room(placement.room_id),
            self.clock.span(placement.start_ms, placement.end_ms),
        )

    def where(self, session_id: str) -> str:
        session = self.world.sessions.get(session_id)
        return self.placement(session.placement if session is not None else None)

    def _windows_on(self, windows: tuple[Window, ...], ms: int) -> str:
        days = self.world.days
        day = days.day(ms)
        found = [
            self.clock.span(w.start_ms, w.end_ms)
            for w in windows
            if day in days.days(w.start_ms, w.end_ms)
        ]
        return "; ".join(found) if found else self.tr("none that day")

    # -- conflicts -------------------------------------------------------------------------

    def conflict(self, conflict: Conflict) -> str:
        maker = self._makers().get(conflict.rule)
        if maker is not None:
            try:
                return maker(conflict)
            except (KeyError, ValueError, IndexError):
                pass  # objects not as the rule documents: say what is known
        names = QLocale().createSeparatedList(
            [self._object(o.kind, o.id) for o in conflict.objects]
        )
        params = ", ".join(f"{k} {v}" for k, v in sorted(conflict.params.items()))
        text = fill(self.tr("Rule “%1” found a problem with %2."), conflict.rule, names)
        return text + (f" ({params})" if params else "")

    def _object(self, kind: str, object_id: str) -> str:
        if kind == "session":
            return self.title(object_id)
        if kind == "room":
            return self.room(object_id)
        if kind == "speaker":
            return self.person(object_id)
        if kind == "channel":
            return self.channel(object_id)
        return self.labels.get(object_id, object_id[:8])

    def channel(self, channel_id: str) -> str:
        channel = self.world.get(StreamChannel, channel_id)
        return channel.name if channel is not None else channel_id[:8]

    def _stream(self, c: Conflict) -> str:
        """A stream rule's conflict (C6, C7), in the control room's words."""
        text = StreamTexts(self).conflict(c, self._name)
        if not text:
            raise ValueError(c.rule)
        return text

    def _name(self, kind: str, object_id: str) -> str:
        if kind == "session":
            session = self.world.sessions.get(object_id)
            return session.title if session is not None else object_id[:8]
        return self._object(kind, object_id)

    def _makers(self) -> dict[str, Callable[[Conflict], str]]:
        return {
            "room_overlap": self._room_overlap,
            "room_unavailable": self._room_unavailable,
            "speaker_double_booked": self._speaker_double_booked,
            "speaker_unavailable": self._speaker_unavailable,
            "over_capacity": self._over_capacity,
            **dict.fromkeys(STREAM_CODES, self._stream),
        }

    def _room_overlap(self, c: Conflict) -> str:
        first, second = c.ids("session")
        room = self.room(c.ids("room")[0])
        overlap = int(c.params.get("overlap_min", 0))
        if overlap > 0:
            return fill(
                self.tr(
                    "%1 (%2) and %3 (%4) overlap by %5 min in %6. Move or shorten one of them."
                ),
                self.title(first),
                self.when(first),
                self.title(second),
                self.when(second),
                overlap,
                room,
            )
        return fill(
            self.tr(
                "%1 starts %2 min after %3 ends in %4, which needs %5 min to change over. "
                "Move one of them or shorten the first."
            ),
            self.title(second),
            c.params.get("gap_min", 0),
            self.title(first),
            room,
            c.params.get("changeover_min", 0),
        )

    def _room_unavailable(self, c: Conflict) -> str:
        (session_id,) = c.ids("session")
        room_id = c.ids("room")[0]
        room = self.world.rooms.get(room_id)
        session = self.world.sessions.get(session_id)
        hours = self.tr("none that day")
        if room is not None and session is not None and session.placement is not None:
            hours = self._windows_on(room.availability, session.placement.start_ms)
        return fill(
            self.tr(
                "%1 (%2) is outside the times %3 is available (%4). Move it, or change the "
                "room's availability."
            ),
            self.title(session_id),
            self.when(session_id),
            self.room(room_id),
            hours,
        )

    def _speaker_double_booked(self, c: Conflict) -> str:
        first, second = c.ids("session")
        return fill(
            self.tr(
                "%1 speaks in %2 (%3) and in %4 (%5), which overlap by %6 min. Move one "
                "session or change its speakers."
            ),
            self.person(c.ids("speaker")[0]),
            self.title(first),
            self.where(first),
            self.title(second),
            self.where(second),
            c.params.get("overlap_min", 0),
        )

    def _speaker_unavailable(self, c: Conflict) -> str:
        (session_id,) = c.ids("session")
        speaker_id = c.ids("speaker")[0]
        declared = self.world.speakers.get(speaker_id)
        session = self.world.sessions.get(session_id)
        windows = self.tr("none that day")
        if declared is not None and session is not None and session.placement is not None:
            windows = self._windows_on(declared.windows, session.placement.start_ms)
        return fill(
            self.tr(
                "%1 is not available during %2 (%3); available: %4. Move the session or ask "
                "the speaker."
            ),
            self.person(speaker_id),
            self.title(session_id),
            self.when(session_id),
            windows,
        )

    def _over_capacity(self, c: Conflict) -> str:
        (session_id,) = c.ids("session")
        return fill(
            self.tr("%1 expects %2 people; %3 has %4 seats. Move it to a larger room."),
            self.title(session_id),
            c.params.get("expected", "?"),
            self.room(c.ids("room")[0]),
            c.params.get("capacity", "?"),
        )

    # -- tooltips ------------------------------------------------------------------------------

    def session_tooltip(self, session: Session, conflicts: list[Conflict]) -> str:
        """A session's block tooltip: what, when, where, how many, and its conflicts."""
        lines = [
            f"<b>{escape(session.title)}</b>",
            escape(
                " · ".join(
                    (
                        style.type_name(session.type),
                        style.status_name(session.status),
                        style.format_name(session.format),
                    )
                )
            ),
            escape(self.placement(session.placement)),
            escape(fill(self.tr("%1 expected"), number(session.expected_audience))),
        ]
        for conflict in conflicts[:4]:
            colour = style.SEVERITY_COLOURS.get(conflict.severity, "#475569")
            lines.append(f"<span style='color:{colour}'>■</span> {escape(self.conflict(conflict))}")
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(lines) + "</p>"

    def slot_summary(self, channel_id: str, session_id: str) -> str:
        """``WUF13 Channel 1: PLANNED, on air 09:50–12:05 (10 min before, 5 after)``."""
        session = self.world.sessions.get(session_id)
        if session is None or session.placement is None:
            return self.channel(channel_id)
        for window in windows_at(self.world, session_id, session.placement):
            if window.channel_id == channel_id:
                return fill(
                    self.tr("%1: %2, on air %3 (%4 min before, %5 after)"),
                    self.channel(channel_id),
                    StreamTexts(self).status(window.status),
                    self.clock.short_span(window.on_air_ms, window.off_air_ms),
                    window.pre_roll_min,
                    window.post_roll_min,
                )
        return self.channel(channel_id)

    def slot_tooltip(self, channel_id: str, session_id: str, conflicts: list[Conflict]) -> str:
        """A slot's tooltip on a channel lane: the session, the slot, its stream conflicts."""
        session = self.world.sessions.get(session_id)
        if session is None:
            return ""
        lines = [
            f"<b>{escape(session.title)}</b>",
            escape(self.slot_summary(channel_id, session_id)),
            escape(self.placement(session.placement)),
        ]
        if session.do_not_stream:
            lines.append(escape(self.tr("Marked do-not-stream (closed door)")))
        shown = [
            c
            for c in conflicts
            if c.rule in STREAM_CODES and (not c.ids("channel") or channel_id in c.ids("channel"))
        ]
        for conflict in shown[:4]:
            colour = style.SEVERITY_COLOURS.get(conflict.severity, "#475569")
            lines.append(f"<span style='color:{colour}'>■</span> {escape(self.conflict(conflict))}")
        return "<p style='white-space:pre-wrap; max-width:420px'>" + "<br>".join(lines) + "</p>"

    def channel_tooltip(self, channel_id: str) -> str:
        channel = self.world.get(StreamChannel, channel_id)
        if channel is None:
            return ""
        parts = [f"<b>{escape(channel.name)}</b>", escape(channel.platform)]
        return "<br>".join(p for p in parts if p)

    def room_tooltip(self, room_id: str) -> str:
        room = self.world.rooms.get(room_id)
        if room is None:
            return ""
        parts = [
            f"<b>{escape(room.name)}</b>",
            escape(fill(self.tr("%1 seats"), number(room.capacity))),
            escape(" · ".join(x for x in (room.floor, room.zone) if x)),
            escape(fill(self.tr("%1 min to change over"), room.changeover_min)),
        ]
        return "<br>".join(p for p in parts if p)

    # -- short forms, for a drag in progress -------------------------------------------------

    def short_title(self, session_id: str, limit: int = 38) -> str:
        session = self.world.sessions.get(session_id)
        title = session.title if session is not None else session_id[:8]
        if len(title) > limit:
            title = title[: limit - 1].rstrip() + "…"
        return fill(self.tr("“%1”"), title)

    def short(self, conflict: Conflict, about: str) -> str:
        """What ``conflict`` means for the session ``about``, in a few words."""
        others = [s for s in conflict.session_ids if s != about]
        other = self.short_title(others[0]) if others else ""
        p = conflict.params
        try:
            if conflict.rule == "room_overlap":
                if int(p.get("overlap_min", 0)) > 0:
                    return fill(self.tr("overlaps %1 by %2 min"), other, p.get("overlap_min"))
                # the rule names the earlier session first: is this one before or after?
                before = bool(conflict.session_ids) and conflict.session_ids[0] == about
                return fill(
                    self.tr("%1 min before %2; the room needs %3 min to change over")
                    if before
                    else self.tr("%1 min after %2; the room needs %3 min to change over"),
                    p.get("gap_min", 0),
                    other,
                    p.get("changeover_min", 0),
                )
            if conflict.rule == "room_unavailable":
                return fill(self.tr("%1 is closed then"), self.room(conflict.ids("room")[0]))
            if conflict.rule == "speaker_double_booked":
                return fill(
                    self.tr("%1 also speaks in %2"), self.person(conflict.ids("speaker")[0]), other
                )
            if conflict.rule == "speaker_unavailable":
                return fill(
                    self.tr("%1 is not available then"), self.person(conflict.ids("speaker")[0])
                )
            if conflict.rule == "over_capacity":
                return fill(
                    self.tr("%1 expected, %2 seats"), p.get("expected", "?"), p.get("capacity", "?")
                )
            if conflict.rule == "channel_overlap":
                return fill(
                    self.tr("overlaps %1 on %2 by %3 min, rolls included"),
                    other,
                    self.channel(conflict.ids("channel")[0]),
                    p.get("overlap_min", 0),
                )
            if conflict.rule == "no_encoder":
                return fill(
                    self.tr("streamed, but %1 has no stream encoder"),
                    self.room(conflict.ids("room")[0]),
                )
            if conflict.rule == "do_not_stream":
                return fill(
                    self.tr("do-not-stream, but planned on %1"),
                    self.channel(conflict.ids("channel")[0]),
                )
            if conflict.rule == "access_not_in_picture":
                return fill(
                    self.tr("its stream on %1 lacks captions or sign language it requires"),
                    self.channel(conflict.ids("channel")[0]),
                )
        except (IndexError, ValueError, TypeError):
            pass
        return self.conflict(conflict)

    # -- lost placements, changes, refusals --------------------------------------------------

    def device(self, side: PlacementSide, this_replica: str) -> str:
        if side.replica_id == this_replica:
            return self.tr("this device")
        return side.device_name or fill(self.tr("device %1"), side.replica_id[:8])

    def lost(self, record: LostPlacement, this_replica: str) -> str:
        session = self.title(record.session_id)
        if record.loser.replica_id == this_replica:
            return fill(
                self.tr("Your move of %1 (%2) lost to %3's move (%4)."),
                session,
                self.placement(record.loser.placement),
                self.device(record.winner, this_replica),
                self.placement(record.winner.placement),
            )
        return fill(
            self.tr("%1's move of %2 (%3) lost to %4's move (%5)."),
            self.device(record.loser, this_replica),
            session,
            self.placement(record.loser.placement),
            self.device(record.winner, this_replica),
            self.placement(record.winner.placement),
        )

    def change(self, change: SessionChange) -> str:
        kinds = {
            "added": self.tr("added"),
            "removed": self.tr("removed"),
            "moved": self.tr("moved"),
            "edited": self.tr("edited"),
        }
        kind = kinds.get(change.change, change.change)
        return fill(self.tr("%1 — %2"), kind, self.title(change.session_id))

    def refusal(self, code: str, detail: str = "") -> str:
        """What a refused edit or release means, by its stable code."""
        texts = {
            "unknown_session": self.tr("This session no longer exists in this event."),
            "unknown_room": self.tr("This room no longer exists in this event."),
            "end_required": self.tr("This session has no default length: give its end time."),
            "bad_placement": self.tr("A session ends after it starts and lasts at most 24 hours."),
            "not_placed": self.tr("Place the session in a room and time before scheduling it."),
            "release_only": self.tr("A session becomes released only when a release publishes it."),
            "bad_status": self.tr("That status cannot be set by hand."),
            "nothing_to_release": self.tr(
                "No session is placed and scheduled: schedule sessions first."
            ),
            "nothing_changed": self.tr("The schedule is exactly what the last release published."),
            "release_item_too_large": self.tr("A session holds too much text to be released."),
            "schedule_blocked": self.tr(
                "Blocking conflicts stand: fix them, or lower their rule's severity, before "
                "releasing."
            ),
            "db_error": self.tr(
                "This device's database cannot be written right now. Try again; if it "
                "persists, call the supervisor."
            ),
        }
        found = texts.get(code)
        if found is not None:
            return found
        return fill(self.tr("Refused (%1)."), code) + (f" {detail}" if detail else "")
