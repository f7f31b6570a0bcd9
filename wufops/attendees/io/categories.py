"""Which attendee category each product of a registration system is (pretix "Product",
Eventbrite "Ticket type", Cvent "Registration type" …).

Registration systems sell products named by the organizer ("Delegate pass", "Press
accreditation", "Lunch voucher"); the import needs a category. A :class:`CategoryMap` says
which, from ``--category-map "PRODUCT=CATEGORY"`` flags or a two-column CSV/XLSX file
(``--categories FILE``). A product may map to ``skip``: its rows are not attendees (add-ons
such as meal vouchers, parking, donations) and are counted, not imported. Products are
compared like categories, without case, accents, spaces or punctuation; a value the map does
not name still goes through the category names and synonyms (``Press`` → media).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wufops.attendees.io.errors import BAD_CATEGORY_MAP, FileError
from wufops.attendees.io.reading import read_file
from wufops.attendees.io.values import clean_line, fold, parse_category

#: products repeat on every row of an export: fold each once
_product_key = lru_cache(maxsize=4096)(fold)

#: the target that says "rows of this product are not attendees"
SKIP = "skip"
_SKIP_WORDS = frozenset({"skip", "none", "ignore", "notanattendee", "-"})


@dataclass(frozen=True)
class CategoryMap:
    """Product (folded) → category code or :data:`SKIP`; where the mapping came from."""

    source: str
    entries: dict[str, str]
    #: products as written, by folded key (for reports)
    products: dict[str, str]

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str]], source: str) -> CategoryMap:
        """Check every ``(product, category)``; raises ``bad_category_map`` naming the entry."""
        entries: dict[str, str] = {}
        products: dict[str, str] = {}
        for product, target in pairs:
            entry = f"{product}={target}"
            key = fold(product)
            if not key:
                raise FileError(BAD_CATEGORY_MAP, source=source, entry=entry, reason="no_product")
            wanted = clean_line(target)
            code = SKIP if fold(wanted) in _SKIP_WORDS or wanted == "-" else parse_category(wanted)
            if code is None:
                raise FileError(
                    BAD_CATEGORY_MAP,
                    source=source,
                    entry=entry,
                    reason="unknown_category",
                    value=wanted,
                )
            if entries.get(key, code) != code:
                raise FileError(
                    BAD_CATEGORY_MAP,
                    source=source,
                    entry=entry,
                    reason="conflict",
                    value=products[key],
                )
            entries[key] = code
            products.setdefault(key, clean_line(product))
        return cls(source, entries, products)

    def merged(self, other: CategoryMap) -> CategoryMap:
        """This map with ``other``'s entries on top (flags after a file)."""
        return CategoryMap(
            f"{self.source}, {other.source}",
            {**self.entries, **other.entries},
            {**self.products, **other.products},
        )

    def lookup(self, raw: str) -> str | None:
        """The category (or :data:`SKIP`) this map gives ``raw``, or ``None``."""
        return self.entries.get(_product_key(raw)) if self.entries else None


def parse_flags(flags: Sequence[str]) -> CategoryMap:
    """``["Delegate pass=participant", …]`` → a map (split at the last ``=``)."""
    pairs = []
    for flag in flags:
        product, equals, target = flag.rpartition("=")
        if not equals or not product.strip() or not target.strip():
            raise FileError(
                BAD_CATEGORY_MAP, source="--category-map", entry=flag, reason="not_product_equals"
            )
        pairs.append((product, target))
    return CategoryMap.from_pairs(pairs, "--category-map")


def read_category_map(path: Path) -> CategoryMap:
    """A two-column file, product then category (a header row is allowed); CSV or XLSX."""
    try:
        table = read_file(path)
    except FileError as error:
        raise FileError(
            BAD_CATEGORY_MAP,
            source=str(path),
            entry="",
            reason=error.code,
            value=str(error.params.get("reason", "")),
        ) from None
    pairs: list[tuple[str, str]] = []
    for at, record in enumerate(table.records):
        cells = [c for c in record.cells if c.strip()]
        if at == 0 and len(cells) >= 2 and _is_header(cells[0], cells[1]):
            continue
        if len(cells) != 2:
            raise FileError(
                BAD_CATEGORY_MAP,
                source=str(path),
                entry=" | ".join(record.cells),
                reason="not_two_columns",
                line=record.line,
            )
        pairs.append((cells[0], cells[1]))
    return CategoryMap.from_pairs(pairs, str(path))


def _is_header(first: str, second: str) -> bool:
    return fold(second) in {"category", "categorie", "categoria", "kategorie"} or fold(first) in {
        "product",
        "ticket",
        "tickettype",
        "registrationtype",
        "produit",
        "producto",
    }
