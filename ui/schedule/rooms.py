"""Which rooms the grid shows, and in what order (Qt-free).

- **Order**: by name (numbers in names counted as numbers: Room 2 before Room 10), by floor
  and zone, by capacity (largest first), or the coordinator's own order (dragged in the
  Rooms dialog). Favourite rooms always come first, in that order.
- **Filter**: text matched against name, floor and zone (the attendee search's folding:
  accents and case ignored), rooms unticked in the Rooms dialog hidden, or favourites only.

A room :func:`shown_rooms` leaves out can still be *revealed* (a conflict the coordinator
opened names it): revealed rooms are shown until the filter changes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from ui.schedule.settings import Order
from wufops.attendees.folding import compact, fold, query_words
from wufops.models.schedule import Room

_DIGITS = re.compile(r"(\d+)")


def natural(text: str) -> tuple[object, ...]:
    """A sort key that counts the numbers in ``text`` as numbers."""
    parts = _DIGITS.split(fold(text))
    return tuple(int(p) if p.isdigit() else p for p in parts)


def searchable(*texts: str) -> str:
    """Folded words of ``texts``, separators removed inside words, joined by spaces."""
    return " ".join(compact(w) for t in texts for w in fold(t).split())


def matches(query: str, haystack: str) -> bool:
    """Every word of ``query`` is inside ``haystack`` (made by :func:`searchable`)."""
    return all(word in haystack for word in query_words(query))


def ordered_rooms(
    rooms: Iterable[Room], order: Order, custom: list[str], favourites: Collection[str]
) -> list[Room]:
    """``rooms`` in display order (favourites first)."""
    every = list(rooms)
    if order == "capacity":
        every.sort(key=lambda r: (-r.capacity, natural(r.name)))
    elif order == "floor":
        every.sort(key=lambda r: (natural(r.floor), natural(r.zone), natural(r.name)))
    elif order == "custom":
        rank = {room_id: n for n, room_id in enumerate(custom)}
        every.sort(key=lambda r: (rank.get(r.id, len(rank)), natural(r.name)))
    else:
        every.sort(key=lambda r: natural(r.name))
    return [r for r in every if r.id in favourites] + [r for r in every if r.id not in favourites]


def shown_rooms(
    rooms: Mapping[str, Room],
    *,
    order: Order,
    custom: list[str],
    favourites: Collection[str],
    hidden: Collection[str],
    favourites_only: bool,
    query: str,
    revealed: Collection[str] = (),
) -> list[str]:
    """The ids of the rooms the grid shows, in display order."""
    out = []
    for room in ordered_rooms(rooms.values(), order, custom, favourites):
        if room.id in revealed:
            out.append(room.id)
            continue
        if room.id in hidden or (favourites_only and room.id not in favourites):
            continue
        if query and not matches(query, searchable(room.name, room.floor, room.zone)):
            continue
        out.append(room.id)
    return out
