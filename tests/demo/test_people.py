"""Demo attendees look like WUF registrations: names in their own scripts with a Latin
transliteration, a skewed country mix, the category mix, needs and flags."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from pathlib import Path

import pycountry

from wufops.demo import generate
from wufops.demo.names import all_name_samples, all_pools
from wufops.demo.people import CATEGORY_MIX
from wufops.store.database import connect

SCRIPTS = {
    "LATIN", "ARABIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC", "DEVANAGARI",
    "THAI", "ETHIOPIC", "HEBREW", "GREEK", "GEORGIAN", "ARMENIAN", "BENGALI",
}  # fmt: skip


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


def test_the_name_pools_cover_every_script_and_azerbaijani_letters() -> None:
    samples = all_name_samples()
    seen = set().union(*(_scripts(s.given + s.family) for s in samples))
    assert seen >= SCRIPTS
    latin_text = "".join(s.given + s.family for s in samples)
    for letter in "əğıöüçşƏİ":
        assert letter in latin_text, letter
    for name_pool in all_pools().values():
        for part in name_pool.parts():
            assert part.native.strip() == part.native and part.native, name_pool.key
            assert _scripts(part.latin) <= {"LATIN", "MODIFIER"}, (name_pool.key, part)
            if name_pool.script == "Latn":
                assert part.latin == part.native


def test_every_pool_part_appears_in_the_samples() -> None:
    samples = all_name_samples()
    shown = {s.given for s in samples} | {s.family for s in samples}
    for name_pool in all_pools().values():
        for part in name_pool.given_m + name_pool.given_f:
            assert part.native in shown, part
        if not name_pool.father_parts:
            for part in name_pool.family_m + name_pool.family_f:
                assert part.native in shown, part


def test_attendee_names_transliterations_and_emails(small_db: sqlite3.Connection) -> None:
    rows = small_db.execute("SELECT * FROM attendee").fetchall()
    for row in rows:
        assert row["given_name"] or row["family_name"]
        assert bool(row["given_name"]) == bool(row["latin_given"])
        assert bool(row["family_name"]) == bool(row["latin_family"])
        latin = row["latin_given"] + row["latin_family"]
        assert _scripts(latin) <= {"LATIN", "MODIFIER"}, row["latin_given"]
        if _scripts(row["given_name"] + row["family_name"]) <= {"LATIN", "MODIFIER"}:
            assert row["latin_given"] == row["given_name"]
            assert row["latin_family"] == row["family_name"]
        assert re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9\-]+(\.[a-z]{2})?\.example", row["email"])
        assert re.fullmatch(r"WUF13-\d{6}", row["reg_code"])
        assert pycountry.countries.get(alpha_2=row["country"]) is not None
        assert row["organization"]
    scripts = set().union(*(_scripts(r["given_name"] + r["family_name"]) for r in rows))
    assert {"LATIN", "ARABIC", "CYRILLIC", "CJK", "GEORGIAN"} <= scripts


def test_default_size_distribution(tmp_path: Path) -> None:
    """The full 37,000-attendee event (a few seconds): categories, countries, needs, flags."""
    summary = generate(tmp_path / "wuf.db")
    db = connect(tmp_path / "wuf.db")
    try:
        rows = db.execute("SELECT * FROM attendee").fetchall()
        sessions = db.execute("SELECT speakers FROM session").fetchall()
    finally:
        db.close()
    assert summary.attendees == len(rows) == 37_000
    assert summary.countries == 182
    assert 700 <= summary.sessions <= 900
    categories = Counter(r["category"] for r in rows)
    for category, count in CATEGORY_MIX.items():
        assert categories[category] == count, category
    assert categories["media"] == 905 and categories["speaker"] == 2_000
    assert categories.most_common(1)[0][0] == "participant"

    countries = Counter(r["country"] for r in rows)
    assert len(countries) == 182 and min(countries.values()) >= 1
    ranking = [code for code, _ in countries.most_common()]
    assert ranking[0] == "AZ" and 0.15 < countries["AZ"] / len(rows) < 0.35
    assert {"TR", "RU", "GE", "KZ", "UZ", "IR"} <= set(ranking[:12])
    tail = sum(1 for n in countries.values() if n < 60)
    assert tail > 60  # a long tail of small delegations
    local = Counter(r["country"] for r in rows if r["category"] in ("volunteer", "security"))
    assert set(local) == {"AZ"}

    heads = [r for r in rows if r["attention_note"].startswith("Head of State")]
    assert len(heads) == 4 and len({r["country"] for r in heads}) == 4
    assert all(r["category"] == "vip" and r["attention"] == 1 for r in heads)
    assert all(r["category"] == "vip" for r in rows if r["attention"])
    vips = Counter(r["country"] for r in rows if r["category"] == "vip")
    ministers = Counter(r["country"] for r in rows if r["attention_note"].startswith("Minister"))
    for head in heads:  # each head of state comes with a delegation and two ministers
        assert vips[head["country"]] >= 8 and ministers[head["country"]] >= 2
    assert sum(ministers.values()) == 60
    assert 1 <= sum(r["security_hold"] for r in rows) <= 20

    needs = [
        r for r in rows if r["sign_language"] or r["captions"] or r["step_free"] or r["assistance"]
    ]
    assert 0.01 < len(needs) / len(rows) < 0.03
    sign = Counter(r["sign_language"] for r in needs if r["sign_language"])
    assert "ils" in sign and len(sign) >= 3
    assert all(re.fullmatch(r"[a-z]{3}", code) for code in sign)

    given_only = sum(1 for r in rows if not r["family_name"])
    family_only = sum(1 for r in rows if not r["given_name"])
    assert given_only > 20 and family_only > 20
    assert any(len((r["given_name"] + " " + r["family_name"]).split()) >= 4 for r in rows)
    assert len({r["reg_code"] for r in rows}) == len(rows)
    capitals = [r for r in rows if r["family_name"].isupper() and len(r["family_name"]) > 2]
    assert 300 < len(capitals) < 1_500
    assert any(r["country"] in ("RU", "KZ", "UA") for r in capitals)  # Cyrillic has case too
    assert all(r["latin_family"].isupper() for r in capitals)
    assert any(r["given_name"].islower() for r in rows)
    assert all(s["speakers"] != "[]" for s in sessions)
