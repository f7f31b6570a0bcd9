"""The control room's words: slot statuses, refusals and the stream conflicts (C6, C7), made
from their stable codes with Qt's translations (context ``StreamTexts``).

The schedule workspace can show the stream rules' conflicts in the same words:
``StreamTexts().conflict(conflict, name)`` where ``name(kind, id)`` gives a session's title,
a room's or a channel's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from wufops.models.schedule import Conflict


class StreamTexts(QObject):
    def status(self, code: str) -> str:
        """A slot's status or a channel's state, as the board shows it (capitals)."""
        return {
            "planned": self.tr("PLANNED"),
            "testing": self.tr("TESTING"),
            "live": self.tr("LIVE"),
            "complete": self.tr("COMPLETE"),
            "off_air": self.tr("OFF AIR"),
        }.get(code, code.upper())

    def status_word(self, code: str) -> str:
        """A status inside a sentence (lower case)."""
        return {
            "planned": self.tr("planned"),
            "testing": self.tr("testing"),
            "live": self.tr("live"),
            "complete": self.tr("complete"),
        }.get(code, code)

    def language(self, code: str) -> str:
        """A caption or sign language as a short tag: ``EN``, ``IS`` (International Sign)."""
        return self.tr("IS") if code == "ils" else code.upper()

    def refusal(self, code: str, channel: str, title: str, before: str, after: str) -> str:
        """Why a status change was refused, in words a person at the board acts on."""
        if code == "transition_refused":
            if before == after:
                return (
                    self.tr("%1: “%2” is already %3.")
                    .replace("%1", channel)
                    .replace("%2", title)
                    .replace("%3", self.status_word(before))
                )
            return (
                self.tr("%1: “%2” is %3 — it cannot go %4. %5")
                .replace("%1", channel)
                .replace("%2", title)
                .replace("%3", self.status_word(before))
                .replace("%4", self.status_word(after))
                .replace("%5", self._hint(before))
            )
        if code == "slot_withdrawn":
            return (
                self.tr("%1: “%2” was taken off the plan.")
                .replace("%1", channel)
                .replace("%2", title)
            )
        if code == "nothing_planned":
            return self.tr("%1: nothing is planned on this channel.").replace("%1", channel)
        if code == "role_forbidden":
            return self.tr(
                "This device may not change stream statuses: only coordinator and admin "
                "devices may."
            )
        return (
            self.tr("%1: the status was not changed (%2).")
            .replace("%1", channel)
            .replace("%2", code)
        )

    def _hint(self, before: str) -> str:
        return {
            "planned": self.tr("Press T to test or L to go live."),
            "testing": self.tr("Press L to go live or P to go back to planned."),
            "live": self.tr("Press C when it is over."),
            "complete": self.tr("Press L to put it back on air."),
        }.get(before, "")

    def changed(self, channel: str, title: str, after: str) -> str:
        return (
            self.tr("%1: “%2” is now %3.")
            .replace("%1", channel)
            .replace("%2", title)
            .replace("%3", self.status(after))
        )

    def conflict(self, conflict: Conflict, name: Callable[[str, str], str]) -> str:
        """A stream rule's conflict in words (``name(kind, id)`` names its objects); empty
        for another rule."""
        sessions = conflict.ids("session")
        channel = name("channel", conflict.ids("channel")[0]) if conflict.ids("channel") else ""
        if conflict.rule == "channel_overlap" and len(sessions) == 2:
            return (
                self.tr(
                    "“%1” and “%2” both need %3: with their rolls they overlap by %4 min. "
                    "Move one to another channel or shorten its roll."
                )
                .replace("%1", name("session", sessions[0]))
                .replace("%2", name("session", sessions[1]))
                .replace("%3", channel)
                .replace("%4", str(conflict.params.get("overlap_min", 0)))
            )
        if conflict.rule == "no_encoder" and sessions:
            room = name("room", conflict.ids("room")[0])
            return (
                self.tr(
                    "“%1” is planned for streaming but %2 has no stream encoder. Move it to a "
                    "room with an encoder, or withdraw its slot."
                )
                .replace("%1", name("session", sessions[0]))
                .replace("%2", room)
            )
        if conflict.rule == "do_not_stream" and sessions:
            return (
                self.tr(
                    "“%1” is marked do-not-stream but is planned on %2. Withdraw the slot, or "
                    "clear do-not-stream if it may go out."
                )
                .replace("%1", name("session", sessions[0]))
                .replace("%2", channel)
            )
        if conflict.rule == "access_not_in_picture" and sessions:
            missing = [
                self.tr("captions %1").replace("%1", self.language(c))
                for c in conflict.params.get("captions", ())
            ] + [
                self.tr("sign language %1").replace("%1", self.language(s))
                for s in conflict.params.get("sign_languages", ())
            ]
            return (
                self.tr("“%1” requires %2, which its stream on %3 does not carry.")
                .replace("%1", name("session", sessions[0]))
                .replace("%2", ", ".join(missing))
                .replace("%3", channel)
            )
        return ""
