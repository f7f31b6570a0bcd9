"""Name pools of the demo event: real common given and family names, per naming culture.

Each pool lives in a small data module (``latin_europe``, ``latin_world``, ``cyrillic``,
``arabic_script``, ``east_asia``, ``south_asia``, ``other_scripts``) and is written as
``native=latin`` pairs, so the script a name is registered in and its Latin transliteration
travel together. For Latin-script names the transliteration *is* the name.

:func:`all_name_samples` lists every name part of every pool (what a badge-rendering test
needs to prove that every demo name renders); :func:`draw_name` makes one attendee's name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Name:
    """One name part as registered (``native``) and its Latin transliteration."""

    native: str
    latin: str


@dataclass(frozen=True)
class NamePool:
    """The names of one naming culture.

    ``family_f`` holds the female forms where family names are gendered (Russian Ivanova,
    Polish Kowalska, Azerbaijani Məmmədova), else the same names as ``family_m``.
    ``given_parts`` / ``family_parts`` are the weighted choices of how many parts a name has
    (Spanish: two family names; Portuguese: up to three). ``father_parts``: family names
    is the father's given name (Ethiopian, Mongolian naming). ``patronymic``: share of names
    with the father's given name before the family name (Arabic, Somali).
    ``mononym``: share of people registered with a given name only (Indonesian names).
    """

    key: str
    language: str
    script: str
    given_m: tuple[Name, ...]
    given_f: tuple[Name, ...]
    family_m: tuple[Name, ...]
    family_f: tuple[Name, ...]
    given_parts: tuple[int, ...] = (1,)
    family_parts: tuple[int, ...] = (1,)
    father_parts: bool = False
    patronymic: float = 0.0
    mononym: float = 0.0

    def parts(self) -> tuple[Name, ...]:
        return self.given_m + self.given_f + self.family_m + self.family_f


def names(text: str) -> tuple[Name, ...]:
    """Parse ``"native=latin; native=latin"`` (``=latin`` omitted: a Latin-script name)."""
    found: list[Name] = []
    for raw in text.split(";"):
        item = raw.strip()
        if not item:
            continue
        native, _, latin = item.partition("=")
        native, latin = native.strip(), latin.strip()
        found.append(Name(native, latin or native))
    return tuple(found)


def gendered(text: str) -> tuple[tuple[Name, ...], tuple[Name, ...]]:
    """Parse family names given as ``male/female=latin_male/latin_female`` (or one form).

    Returns the male forms and the female forms, aligned by position.
    """
    male: list[Name] = []
    female: list[Name] = []
    for item in names(text):
        native_m, _, native_f = item.native.partition("/")
        latin_m, _, latin_f = item.latin.partition("/")
        male.append(Name(native_m, latin_m))
        female.append(Name(native_f or native_m, latin_f or latin_m))
    return tuple(male), tuple(female)


def pool(
    key: str,
    language: str,
    script: str,
    *,
    male: str,
    female: str,
    family: str,
    given_parts: tuple[int, ...] = (1,),
    family_parts: tuple[int, ...] = (1,),
    father_parts: bool = False,
    patronymic: float = 0.0,
    mononym: float = 0.0,
) -> NamePool:
    family_m, family_f = gendered(family)
    return NamePool(
        key=key,
        language=language,
        script=script,
        given_m=names(male),
        given_f=names(female),
        family_m=family_m,
        family_f=family_f,
        given_parts=given_parts,
        family_parts=family_parts,
        father_parts=father_parts,
        patronymic=patronymic,
        mononym=mononym,
    )


@dataclass(frozen=True)
class PersonName:
    given: str
    family: str
    latin_given: str
    latin_family: str
    female: bool


def _join(parts: list[Name]) -> tuple[str, str]:
    return " ".join(p.native for p in parts), " ".join(p.latin for p in parts)


def _distinct(rng: random.Random, choices: tuple[Name, ...], count: int) -> list[Name]:
    count = min(count, len(choices))
    return rng.sample(choices, count)


def draw_name(rng: random.Random, name_pool: NamePool, *, shape: str = "full") -> PersonName:
    """One person's name from ``name_pool``.

    ``shape``: ``full``, ``given_only`` or ``family_only`` (the schema allows one empty part).
    """
    female = rng.random() < 0.5
    given_pool = name_pool.given_f if female else name_pool.given_m
    given = _distinct(rng, given_pool, rng.choice(name_pool.given_parts))
    family: list[Name] = []
    if name_pool.father_parts or rng.random() < name_pool.patronymic:
        fathers = [n for n in name_pool.given_m if n not in given] or list(name_pool.given_m)
        family.append(rng.choice(fathers))
    if not name_pool.father_parts:
        index = rng.sample(range(len(name_pool.family_m)), rng.choice(name_pool.family_parts))
        family_pool = name_pool.family_f if female else name_pool.family_m
        family.extend(family_pool[i] for i in index)
    if shape == "full" and name_pool.mononym and rng.random() < name_pool.mononym:
        shape = "given_only"
    given_native, given_latin = _join(given)
    family_native, family_latin = _join(family)
    if shape == "given_only":
        family_native = family_latin = ""
    elif shape == "family_only":
        given_native = given_latin = ""
    return PersonName(given_native, family_native, given_latin, family_latin, female)


def all_pools() -> dict[str, NamePool]:
    """Every name pool, by key."""
    from wufops.demo.names import (  # noqa: PLC0415 — data modules import this one
        arabic_script,
        cyrillic,
        east_asia,
        latin_europe,
        latin_world,
        other_scripts,
        south_asia,
    )

    found: dict[str, NamePool] = {}
    for module in (
        latin_europe,
        latin_world,
        cyrillic,
        arabic_script,
        east_asia,
        south_asia,
        other_scripts,
    ):
        for name_pool in module.POOLS:
            if name_pool.key in found:
                raise ValueError(f"duplicate name pool {name_pool.key}")
            found[name_pool.key] = name_pool
    return found


def all_name_samples() -> tuple[PersonName, ...]:
    """Every name part of every pool, as names a badge can show.

    Each given name appears once paired with a family name of its pool and each family name
    once paired with a given name, so rendering these covers every glyph the demo can use.
    """
    samples: list[PersonName] = []
    for name_pool in all_pools().values():
        for female, given_pool, family_pool in (
            (False, name_pool.given_m, name_pool.family_m),
            (True, name_pool.given_f, name_pool.family_f),
        ):
            length = max(len(given_pool), len(family_pool))
            for i in range(length):
                g = given_pool[i % len(given_pool)]
                f = family_pool[i % len(family_pool)]
                samples.append(PersonName(g.native, f.native, g.latin, f.latin, female))
    return tuple(samples)
