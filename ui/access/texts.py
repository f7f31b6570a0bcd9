"""The access workspace's words, made from the core's stable codes through Qt's translations
(context ``AccessTexts``): languages and services, coverage states (a glyph *and* a word, so
the grid is never colour-only), why a provider does not fit a slot (``wufops.access.fitness``
codes), why a unit stays unmet and the smallest change that would cover it
(``wufops.access`` report codes), durations and counts with ``%n`` plurals.

Every text is a whole sentence or a whole label; a name, title or time goes in through
``%1``…, never a word spliced into another sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.schedule.messages import fill


class AccessTexts(QObject):
    # -- languages and services ------------------------------------------------------------

    def language(self, code: str) -> str:
        return {
            "ils": self.tr("International Sign"),
            "tsm": self.tr("Turkish Sign Language"),
            "rsl": self.tr("Russian Sign Language"),
            "ase": self.tr("American Sign Language"),
            "bfi": self.tr("British Sign Language"),
            "en": self.tr("English"),
            "fr": self.tr("French"),
            "es": self.tr("Spanish"),
            "ar": self.tr("Arabic"),
            "zh": self.tr("Chinese"),
            "ru": self.tr("Russian"),
            "az": self.tr("Azerbaijani"),
        }.get(code, code)

    def service(self, service: str, language: str) -> str:
        """``International Sign``, ``Captions in English``."""
        if service == "captions":
            return fill(self.tr("Captions in %1"), self.language(language))
        return self.language(language)

    def short_service(self, service: str, language: str) -> str:
        """A tag for a narrow cell: ``IS``, ``CC EN``."""
        if service == "captions":
            #: a captions tag in a narrow cell; %1 is a language code such as EN
            return fill(self.tr("CC %1"), language.upper())
        #: short tag for International Sign (the sign language), shown beside language
        #: codes such as EN, FR
        return self.tr("IS") if language == "ils" else language.upper()

    def level(self, level: str) -> str:
        return self.tr("required") if level == "required" else self.tr("advised")

    # -- coverage ----------------------------------------------------------------------------

    def state(self, state: str) -> str:
        """A session's coverage: glyph and word."""
        return {
            "covered": self.tr("✓ Covered"),
            "partial": self.tr("◐ Partly covered"),
            "unmet": self.tr("✗ Not covered"),
        }.get(state, state)

    def ratio(self, filled: int, wanted: int) -> str:
        """``1/2``: units filled of units wanted, in a narrow cell."""
        #: units filled / units wanted, in a narrow table cell (1/2)
        return fill(self.tr("%1/%2"), filled, wanted)

    def minutes(self, minutes: int) -> str:
        """``4 h 30 min``, ``45 min``."""
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("%n min", "", rest)
        if not rest:
            return self.tr("%n h", "", hours)
        return fill(self.tr("%1 h %2 min"), hours, rest)

    def load(self, minutes: int, cap: int) -> str:
        return fill(self.tr("%1 of %2"), self.minutes(minutes), self.minutes(cap))

    # -- the picker --------------------------------------------------------------------------

    def reason(self, code: str) -> str:
        """Why a provider does not fit a slot, as a whole sentence."""
        return {
            "no_skill": self.tr("Does not work in this language."),
            "not_accredited": self.tr(
                "Not WFD-WASLI accredited, which a high-level session needs for International Sign."
            ),
            "no_availability": self.tr("Declared no availability."),
            "outside_availability": self.tr("Not available then (arrival included)."),
            "absent": self.tr("Absent then."),
            "overlap": self.tr("Already working at an overlapping session."),
            "travel": self.tr("No time to travel from or to another room."),
            "day_cap": self.tr("Would pass the day's cap."),
            "no_rest": self.tr("Would work too long without a rest."),
            "needs_feed": self.tr("Deaf interpreter: needs a hearing feed interpreter."),
            "locked": self.tr("The slot is locked."),
        }.get(code, code)

    def fits(self, load_min: int) -> str:
        return fill(self.tr("Fits. Works %1 that day so far."), self.minutes(load_min))

    def fits_with_feed(self, load_min: int) -> str:
        return fill(
            self.tr("Fits with a hearing feed interpreter. Works %1 that day so far."),
            self.minutes(load_min),
        )

    # -- edits -------------------------------------------------------------------------------

    def assigned(self, who: str, slot: str, title: str) -> str:
        return fill(self.tr("%1 is assigned to %2 at “%3”."), who, slot, title)

    def assigned_anyway(self, who: str, slot: str, title: str, reasons: list[str]) -> str:
        """Assigned although they do not fit: the rules will show it; say why now."""
        sentence = fill(
            self.tr("%1 is assigned to %2 at “%3”, although they do not fit:"), who, slot, title
        )
        return " ".join([sentence, *(self.reason(code) for code in reasons)])

    def unassigned(self, slot: str, title: str) -> str:
        return fill(self.tr("%1 at “%2” is open again."), slot, title)

    def locked(self, slot: str, title: str) -> str:
        return fill(self.tr("%1 at “%2” is locked: every later solve keeps it."), slot, title)

    def unlocked(self, slot: str, title: str) -> str:
        return fill(self.tr("%1 at “%2” is unlocked: a solve may change it."), slot, title)

    def refused(self, code: str) -> str:
        """An edit the core refused, by its stable code."""
        return {
            "role_forbidden": self.tr(
                "This device may not change assignments: only coordinator and admin devices may."
            ),
            "slot_locked": self.tr("The slot is locked. Unlock it (L) before changing it."),
            "unknown_slot": self.tr("This slot is no longer needed: the session changed."),
            "unknown_provider": self.tr("This provider is no longer in the event."),
            "wrong_kind": self.tr(
                "Interpreters take sign-language slots and captioners take caption slots."
            ),
            "same_provider": self.tr("A provider cannot feed themselves."),
            "proposal_stale": self.tr(
                "Some of these slots changed since the solve started. Solve again."
            ),
        }.get(code, fill(self.tr("The change was not made (%1)."), code))

    def slot(self, service: str, language: str, slot_no: int) -> str:
        """``International Sign, slot 2``."""
        return fill(self.tr("%1, slot %2"), self.service(service, language), slot_no)

    # -- solving -----------------------------------------------------------------------------

    def changes(self, count: int) -> str:
        return self.tr("The proposal changes %n slot(s).", "", count)

    def coverage_line(self, filled: int, required: int, advised_filled: int, advised: int) -> str:
        return fill(
            self.tr("Required units filled: %1 of %2. Advised units filled: %3 of %4."),
            filled,
            required,
            advised_filled,
            advised,
        )

    def max_load(self, day_minutes: int, event_minutes: int) -> str:
        return fill(
            self.tr("Largest load of one provider: %1 on one day, %2 over the whole event."),
            self.minutes(day_minutes),
            self.minutes(event_minutes),
        )

    def solve_status(self, status: str, proven: bool) -> str:
        if status == "cancelled":
            return self.tr("Stopped: this is the best plan found before the stop.")
        if status == "greedy":
            return self.tr("A quick plan (the optimiser did not run to the end).")
        if status == "optimal" or proven:
            return self.tr("The best plan: no plan covers more.")
        return self.tr("A good plan found within the time limit.")

    def accepted(self, count: int) -> str:
        return self.tr("Accepted: %n slot(s) changed.", "", count)
