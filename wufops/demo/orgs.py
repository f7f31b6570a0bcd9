"""Organizations demo attendees come from, and their e-mail addresses.

International organizations, networks and news agencies are real and named as they name
themselves; national ministries, city governments, universities and companies are built from
the country's English short name (``Ministry of Urban Development, Kenya``). E-mail domains
end in ``.example`` (RFC 2606) so no demo address can ever reach a real mailbox.
"""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache

import pycountry

from wufops.demo.countries import HOST

#: Real international organizations and networks active in urban development.
INTERNATIONAL: tuple[str, ...] = (
    "UN-Habitat",
    "UNDP",
    "UNEP",
    "UNICEF",
    "UNESCO",
    "UN Women",
    "UNHCR",
    "IOM",
    "WHO",
    "FAO",
    "ILO",
    "World Bank Group",
    "OECD",
    "European Commission",
    "Asian Development Bank",
    "African Development Bank",
    "Islamic Development Bank",
    "United Cities and Local Governments (UCLG)",
    "ICLEI – Local Governments for Sustainability",
    "C40 Cities",
    "Cities Alliance",
    "Habitat for Humanity International",
    "Slum Dwellers International",
    "Huairou Commission",
    "World Federation of the Deaf",
    "World Blind Union",
)

#: Real news agencies and broadcasters, by country of their head office.
MEDIA: dict[str, tuple[str, ...]] = {
    "AZ": ("AZERTAC", "Trend News Agency", "APA", "Report News Agency", "İctimai Television"),
    "TR": ("Anadolu Agency", "TRT World"),
    "RU": ("TASS", "RIA Novosti"),
    "GE": ("Georgian Public Broadcaster",),
    "KZ": ("Kazinform",),
    "UZ": ("UzA",),
    "IR": ("IRNA",),
    "CN": ("Xinhua", "CGTN"),
    "GB": ("Reuters", "BBC"),
    "FR": ("AFP", "France 24"),
    "US": ("Associated Press", "Bloomberg"),
    "DE": ("dpa", "Deutsche Welle"),
    "ES": ("EFE",),
    "IT": ("ANSA",),
    "JP": ("Kyodo News", "NHK"),
    "KR": ("Yonhap",),
    "QA": ("Al Jazeera",),
    "EG": ("MENA",),
    "IN": ("Press Trust of India",),
    "KE": ("Nation Media Group",),
    "BR": ("Agência Brasil",),
}

#: Real cities, for city-government delegations of the most represented countries.
CITIES: dict[str, tuple[str, ...]] = {
    "AZ": ("Baku", "Ganja", "Sumgayit", "Mingachevir", "Lankaran", "Shaki", "Nakhchivan"),
    "TR": ("Istanbul", "Ankara", "İzmir", "Bursa", "Gaziantep"),
    "RU": ("Moscow", "Saint Petersburg", "Kazan", "Yekaterinburg"),
    "GE": ("Tbilisi", "Batumi", "Kutaisi"),
    "KZ": ("Astana", "Almaty", "Shymkent"),
    "UZ": ("Tashkent", "Samarkand", "Bukhara"),
    "IR": ("Tehran", "Isfahan", "Tabriz", "Mashhad"),
    "EG": ("Cairo", "Alexandria", "Giza"),
    "CN": ("Shanghai", "Beijing", "Guangzhou", "Shenzhen", "Chengdu"),
    "IN": ("Mumbai", "Delhi", "Bengaluru", "Chennai", "Pune"),
    "US": ("New York", "Los Angeles", "Chicago", "Houston"),
    "BR": ("São Paulo", "Rio de Janeiro", "Curitiba", "Belo Horizonte"),
    "KE": ("Nairobi", "Mombasa", "Kisumu"),
    "NG": ("Lagos", "Abuja", "Kano"),
    "ZA": ("Johannesburg", "Cape Town", "Durban", "eThekwini"),
    "MX": ("Mexico City", "Guadalajara", "Monterrey"),
    "CO": ("Bogotá", "Medellín", "Cali"),
    "DE": ("Berlin", "Hamburg", "München", "Köln"),
    "FR": ("Paris", "Lyon", "Marseille"),
    "PL": ("Katowice", "Warszawa", "Kraków", "Gdańsk"),
    "SA": ("Riyadh", "Jeddah"),
    "AE": ("Dubai", "Abu Dhabi", "Sharjah"),
    "PK": ("Karachi", "Lahore", "Islamabad"),
    "JP": ("Tokyo", "Osaka", "Fukuoka"),
    "KR": ("Seoul", "Busan", "Incheon"),
    "ID": ("Jakarta", "Surabaya", "Bandung"),
    "ES": ("Madrid", "Barcelona", "Bilbao"),
}

#: Real universities of the host country and its region (volunteers and researchers).
UNIVERSITIES: dict[str, tuple[str, ...]] = {
    "AZ": (
        "ADA University",
        "Baku State University",
        "Azerbaijan University of Architecture and Construction",
        "Khazar University",
        "Azerbaijan State University of Economics (UNEC)",
    ),
    "TR": ("Middle East Technical University", "Istanbul Technical University"),
    "GE": ("Tbilisi State University",),
    "KZ": ("Al-Farabi Kazakh National University",),
}

_MINISTRIES = (
    "Ministry of Urban Development",
    "Ministry of Housing",
    "Ministry of Foreign Affairs",
    "Ministry of Environment",
    "Ministry of Economy",
    "Ministry of Transport",
)
_FIRMS = (
    "Architects",
    "Engineering",
    "& Partners",
    "Urban Design Studio",
    "Construction",
    "Consulting",
    "Development Group",
)
_NGOS = (
    "Urban Poor Federation",
    "Housing Rights Coalition",
    "Youth for Sustainable Cities",
    "Women in Urban Planning",
    "Disability Inclusion Network",
    "Community Land Trust Network",
)

_COMMA_NAMES = {"PS": "State of Palestine", "CD": "Democratic Republic of the Congo"}


@cache
def country_name(code: str) -> str:
    """The English short name people use (``Iran``, ``South Korea``, ``Türkiye``)."""
    if code in _COMMA_NAMES:
        return _COMMA_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        raise ValueError(f"unknown ISO 3166-1 alpha-2 code {code!r}")
    name: str = getattr(country, "common_name", None) or country.name
    if "," in name:
        name = getattr(country, "official_name", None) or name.split(",", maxsplit=1)[0]
    return name


def organization(rng: random.Random, category: str, country: str, founder: str) -> str:
    """A plausible organization for an attendee of ``category`` from ``country``;
    ``founder`` (a family name common there) names private firms."""
    name = country_name(country)
    firm = f"{founder} {rng.choice(_FIRMS)}"
    roll = rng.random()
    if category == "media":
        outlets = MEDIA.get(country, ())
        if outlets and roll < 0.55:
            return rng.choice(outlets)
        if roll < 0.8:
            return "Freelance journalist"
        return f"National broadcaster, {name}"
    if category == "security":
        return "Venue security, Baku" if roll < 0.85 else "UN Department of Safety and Security"
    if category == "volunteer":
        return rng.choice(UNIVERSITIES[HOST]) if roll < 0.7 else "WUF13 Volunteer Programme"
    if category == "staff":
        return "UN-Habitat" if roll < 0.5 else "WUF13 Local Organizing Committee"
    if category == "exhibitor":
        return f"Pavilion of {name}" if roll < 0.35 else firm
    if category == "vip":
        if roll < 0.5:
            return f"{rng.choice(_MINISTRIES[:3])}, {name}"
        return f"Government of {name}"
    if roll < 0.2:
        return f"{rng.choice(_MINISTRIES)}, {name}"
    if roll < 0.4:
        cities = CITIES.get(country)
        return f"City of {rng.choice(cities)}" if cities else f"Municipality, {name}"
    if roll < 0.55 or (category == "speaker" and roll < 0.65):
        return rng.choice(INTERNATIONAL)
    if roll < 0.75:
        universities = UNIVERSITIES.get(country)
        if universities and rng.random() < 0.5:
            return rng.choice(universities)
        school = rng.choice(("School of Architecture and Planning", "Institute of Urban Studies"))
        return f"{school}, {name}"
    if roll < 0.9:
        return f"{rng.choice(_NGOS)}, {name}"
    return firm


_FOLD = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
     "đ": "d", "Đ": "D", "æ": "ae", "ð": "d", "þ": "th", "ʻ": "", "'": "", "’": ""}
)  # fmt: skip


@cache
def ascii_fold(text: str) -> str:
    """Lower-case ASCII for an address: diacritics dropped, ə → e, ł → l, ß → ss."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


#: organizations with one mail domain worldwide (no country part)
GLOBAL: frozenset[str] = frozenset(
    {*INTERNATIONAL, *(o for outlets in MEDIA.values() for o in outlets)}
    | {"UN Department of Safety and Security"}
)


def _stem(org: str, drop: set[str]) -> str:
    acronym = re.search(r"\(([A-Z]{2,})\)", org)
    if acronym:
        return acronym.group(1).lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_fold(org)) if w not in drop | _SMALL]
    if len(words) <= 2:
        return "".join(words)
    return "".join(w[0] for w in words)


@cache
def domain(org: str, country: str) -> str:
    """An ``.example`` mail domain for ``org`` (``unhabitat.example``,
    ``mud.ke.example`` for a Kenyan ministry, ``mail.ke.example`` for a freelancer)."""
    if org.startswith("WUF13"):
        return "wuf13.example"
    if org in GLOBAL:
        return f"{_stem(org, set())}.example"
    if org.startswith("Freelance"):
        return f"mail.{country.lower()}.example"
    own = set(re.findall(r"[a-z0-9]+", ascii_fold(country_name(country))))
    return f"{_stem(org, own) or 'mail'}.{country.lower()}.example"


_SMALL = frozenset({"of", "the", "and", "for", "de", "la", "du", "des"})


def email(latin_given: str, latin_family: str, org: str, country: str) -> str:
    """``given.family@domain`` from the Latin transliteration of the name."""
    parts = [
        "-".join(re.findall(r"[a-z0-9]+", ascii_fold(part))) for part in (latin_given, latin_family)
    ]
    local = ".".join(p for p in parts if p) or "attendee"
    return f"{local}@{domain(org, country)}"
