"""The demo attendees: category mix, country skew, names, organizations, needs, flags.

At the default 37,000: 905 media, 2,000 speakers, 160 VIPs (4 heads of state and about 60
ministers among them), 650 staff, 900 volunteers, 1,100 exhibitors, 380 security, the rest
participants; every category scales with the attendee count. About 2 % declare an
accessibility need; a handful are on security hold. Some names come as typed into a form:
family name in capitals, given name in lower case.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from wufops.demo.countries import COUNTRIES, HOST, apportion
from wufops.demo.names import NamePool, PersonName, all_pools, draw_name
from wufops.demo.orgs import country_name, email, organization
from wufops.demo.rows import Ids, Row
from wufops.sync.ops import JsonValue

DEFAULT_ATTENDEES = 37_000

#: category counts at the default size (``participant`` takes the rest)
CATEGORY_MIX: dict[str, int] = {
    "media": 905,
    "speaker": 2_000,
    "vip": 160,
    "staff": 650,
    "volunteer": 900,
    "exhibitor": 1_100,
    "security": 380,
}
HEADS_OF_STATE = 4
#: each head of state's delegation, the head included (two ministers among them)
DELEGATION = 8
MINISTERS = 60
SECURITY_HOLDS = 6
#: categories recruited locally: drawn from the host country only
LOCAL = frozenset({"volunteer", "security"})

#: sign language (ISO 639-3) a deaf attendee from a country most likely asks for; where
#: ISO 639-3 has no code for the national sign language (Azerbaijani Sign Language among
#: them), the demo uses International Sign (``ils``).
SIGN_LANGUAGES: dict[str, str] = {
    "US": "ase", "CA": "ase", "GB": "bfi", "IE": "bfi", "FR": "fsl", "BE": "fsl",
    "DE": "gsg", "AT": "gsg", "ES": "ssp", "PT": "psr", "BR": "bzs", "MX": "mfs",
    "RU": "rsl", "BY": "rsl", "KZ": "rsl", "TR": "tsm", "JP": "jsl", "CN": "csl",
    "KR": "kvk", "EG": "esl", "IN": "ins", "IL": "isr", "UA": "ukl", "IR": "psc",
    "SA": "sdl", "KE": "xki", "GR": "gss", "SE": "swl", "NL": "dse", "AU": "asf",
    "NZ": "nzs", "ZA": "sfs", "PE": "prl", "CU": "csf", "BG": "bqn",
}  # fmt: skip
INTERNATIONAL_SIGN = "ils"


@dataclass(frozen=True)
class People:
    rows: tuple[Row, ...]
    #: attendee ids of speakers (and of VIPs who speak), with their country
    speakers: tuple[str, ...]
    heads_of_state: tuple[str, ...]
    ministers: tuple[str, ...]


def category_counts(total: int) -> dict[str, int]:
    """How many attendees of each category ``total`` attendees hold."""
    counts = {
        name: max(1, round(count * total / DEFAULT_ATTENDEES)) if total >= 100 else 0
        for name, count in CATEGORY_MIX.items()
    }
    counts["participant"] = total - sum(counts.values())
    return counts


def _pick_pool(rng: random.Random, shares: tuple[tuple[str, float], ...]) -> str:
    roll = rng.random()
    for key, share in shares:
        roll -= share
        if roll < 0:
            return key
    return shares[-1][0]


def make_people(rng: random.Random, ids: Ids, event_id: str, total: int) -> People:
    pools: dict[str, NamePool] = all_pools()
    shares = {c.code: c.pools for c in COUNTRIES}
    per_country = apportion(total, [c.weight for c in COUNTRIES])
    counts = category_counts(total)
    local_count = sum(counts[c] for c in LOCAL)
    host_index = next(i for i, c in enumerate(COUNTRIES) if c.code == HOST)
    # the host's share covers the locally recruited categories first
    local_from_host = min(local_count, per_country[host_index])
    per_country[host_index] -= local_from_host
    slots = [c.code for c, n in zip(COUNTRIES, per_country, strict=True) for _ in range(n)]
    rng.shuffle(slots)
    local_slots = [HOST] * local_from_host + slots[: local_count - local_from_host]
    slots = slots[local_count - local_from_host :]

    plan: list[tuple[str, str, str]] = []  # (category, country, VIP role)
    for category in ("volunteer", "security"):
        plan.extend((category, local_slots.pop(), "") for _ in range(counts[category]))
    vips = [slots.pop() for _ in range(counts["vip"])]
    n_heads = min(HEADS_OF_STATE, len(vips)) if total >= 1000 else min(1, len(vips))
    n_ministers = min(round(MINISTERS * total / DEFAULT_ATTENDEES), len(vips) - n_heads)
    plan.extend(("vip", c, role) for c, role in _delegations(vips, slots, n_heads, n_ministers))
    for category in ("speaker", "media", "staff", "exhibitor", "participant"):
        plan.extend((category, slots.pop(), "") for _ in range(counts[category]))
    rng.shuffle(plan)  # registration order interleaves categories

    holds = set(rng.sample(range(total), min(total, max(1, SECURITY_HOLDS * total // 37_000))))

    rows: list[Row] = []
    speakers: list[str] = []
    heads: list[str] = []
    ministers: list[str] = []
    for index, (category, country, role) in enumerate(plan):
        row_id = ids.next()
        pool_key = _pick_pool(rng, shares[country])
        roll = rng.random()
        shape = "given_only" if roll < 0.004 else "family_only" if roll < 0.006 else "full"
        name = _as_typed(rng, draw_name(rng, pools[pool_key], shape=shape))
        founder = rng.choice(pools[pool_key].family_m).latin
        org = organization(rng, category, country, founder)
        attention, note = 0, ""
        if category == "vip":
            if role == "head":
                heads.append(row_id)
                attention, note = 1, "Head of State — call protocol officer"
                org = f"Office of the President, {country_name(country)}"
            elif role == "minister":
                ministers.append(row_id)
                attention, note = 1, "Minister — call protocol officer"
                if not org.startswith("Ministry"):
                    org = f"Ministry of Urban Development, {country_name(country)}"
            speakers.append(row_id)
        elif category == "speaker":
            speakers.append(row_id)
        fields: dict[str, JsonValue] = {
            "event_id": event_id,
            "reg_code": f"WUF13-{index + 1:06d}",
            "given_name": name.given,
            "family_name": name.family,
            "latin_given": name.latin_given,
            "latin_family": name.latin_family,
            "organization": org,
            "country": country,
            "category": category,
            "email": email(name.latin_given, name.latin_family, org, country),
        }
        fields.update(_needs(rng, country))
        if attention:
            fields["attention"] = attention
            fields["attention_note"] = note
        if index in holds:
            fields["security_hold"] = 1
        rows.append(Row("attendee", row_id, fields))
    return People(tuple(rows), tuple(speakers), tuple(heads), tuple(ministers))


def _as_typed(rng: random.Random, name: PersonName) -> PersonName:
    """Names as people type them into registration forms: 2 % give their family name in
    capitals (``DUBOIS``, ``ИВАНОВА``), 0.5 % their given name in lower case."""
    roll = rng.random()
    if roll < 0.02 and name.family:
        return replace(name, family=name.family.upper(), latin_family=name.latin_family.upper())
    if roll < 0.025 and name.given and name.given == name.latin_given:
        return replace(name, given=name.given.lower(), latin_given=name.latin_given.lower())
    return name


def _delegations(
    vips: list[str], slots: list[str], n_heads: int, n_ministers: int
) -> list[tuple[str, str]]:
    """(country, role) for each VIP: the heads of state of the first ``n_heads`` countries
    among ``vips``, each with a delegation of ``DELEGATION`` from the same country (countries
    swapped in from ``slots``, so every country keeps its count); ministers lead the
    delegations first, then other countries' VIPs."""
    heads: list[str] = []
    for country in vips:
        if len(heads) == n_heads:
            break
        if country not in heads:
            heads.append(country)
    for country in heads:
        have = vips.count(country)
        movable = [i for i, c in enumerate(vips) if c not in heads]
        donors = [k for k, c in enumerate(slots) if c == country]
        for i, k in zip(movable, donors[: max(0, DELEGATION - have)], strict=False):
            vips[i], slots[k] = slots[k], vips[i]
    roles = [""] * len(vips)
    for country in heads:
        roles[vips.index(country)] = "head"
    ministers = 0
    for wave in ("delegations", "others"):
        for i, country in enumerate(vips):
            if ministers == n_ministers:
                break
            in_delegation = country in heads
            if roles[i] or in_delegation != (wave == "delegations"):
                continue
            if (
                wave == "delegations"
                and sum(1 for j, r in enumerate(roles) if r == "minister" and vips[j] == country)
                >= 2
            ):
                continue
            roles[i] = "minister"
            ministers += 1
    return list(zip(vips, roles, strict=True))


def _needs(rng: random.Random, country: str) -> dict[str, int | str]:
    """Accessibility needs for about 2 % of attendees (only fields that differ from none)."""
    if rng.random() >= 0.02:
        return {}
    roll = rng.random()
    if roll < 0.35:
        needs: dict[str, int | str] = {
            "sign_language": SIGN_LANGUAGES.get(country, INTERNATIONAL_SIGN)
        }
        if rng.random() < 0.4:
            needs["captions"] = 1
        return needs
    if roll < 0.65:
        return {"captions": 1}
    if roll < 0.9:
        needs = {"step_free": 1}
        if rng.random() < 0.3:
            needs["assistance"] = 1
        return needs
    return {"assistance": 1}
