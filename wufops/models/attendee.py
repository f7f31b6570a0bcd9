"""The attendee as the rest of the core sees it: a frozen value object, no SQL, no Qt."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from db.vocabulary import CATEGORIES

__all__ = ["ACCESS_NEEDS", "CATEGORIES", "Attendee"]

#: accessibility needs an attendee can declare, as (field, code)
ACCESS_NEEDS: tuple[str, ...] = ("sign_language", "captions", "step_free", "assistance")


@dataclass(frozen=True)
class Attendee:
    id: str
    event_id: str
    reg_code: str
    given_name: str
    family_name: str
    latin_given: str
    latin_family: str
    organization: str
    country: str
    category: str
    email: str = ""
    sign_language: str = ""
    captions: bool = False
    step_free: bool = False
    assistance: bool = False
    attention: bool = False
    attention_note: str = ""
    security_hold: bool = False
    photo_ref: str = ""

    @property
    def display_name(self) -> str:
        """The name as registered, in its own script."""
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def latin_name(self) -> str:
        """The Latin transliteration (equal to the display name for Latin-script names)."""
        latin = " ".join(p for p in (self.latin_given, self.latin_family) if p)
        return latin or self.display_name

    @property
    def access_needs(self) -> tuple[str, ...]:
        needs: list[str] = []
        if self.sign_language:
            needs.append("sign_language")
        if self.captions:
            needs.append("captions")
        if self.step_free:
            needs.append("step_free")
        if self.assistance:
            needs.append("assistance")
        return tuple(needs)

    @classmethod
    def from_row(cls, row: Any) -> Attendee:
        """From a ``sqlite3.Row`` (or mapping) of the ``attendee`` table."""
        data = dict(row)
        for flag in ("captions", "step_free", "assistance", "attention", "security_hold"):
            data[flag] = bool(data[flag])
        return cls(**data)

    def to_fields(self) -> dict[str, Any]:
        """Column values (without ``id``) for the op log."""
        data = asdict(self)
        del data["id"]
        for flag in ("captions", "step_free", "assistance", "attention", "security_hold"):
            data[flag] = int(data[flag])
        return data
