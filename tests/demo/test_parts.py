"""The demo's small building blocks: apportioning, name parsing, address folding, and
determinism that does not depend on the process (string hashing, interpreter state)."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from wufops.demo.countries import COUNTRIES, apportion
from wufops.demo.names import Name, all_pools, draw_name, gendered, names
from wufops.demo.orgs import ascii_fold, email


@given(
    st.integers(min_value=0, max_value=100_000),
    st.lists(st.integers(min_value=1, max_value=500), min_size=1, max_size=200),
)
def test_apportion_hands_out_exactly_the_total_in_proportion(
    total: int, weights: list[int]
) -> None:
    counts = apportion(total, weights)
    assert sum(counts) == total and len(counts) == len(weights)
    if total >= len(weights):
        assert min(counts) >= 1
    whole = sum(weights)
    floor = 1 if total >= len(weights) else 0
    for count, weight in zip(counts, weights, strict=True):
        share = (total - floor * len(weights)) * weight / whole
        assert abs(count - floor - share) < 1


def test_every_country_is_a_real_iso_code_with_pools_that_add_up() -> None:
    import pycountry

    from wufops.demo.names import all_pools

    pools = all_pools()
    assert len(COUNTRIES) == len({c.code for c in COUNTRIES}) == 182
    for country in COUNTRIES:
        assert pycountry.countries.get(alpha_2=country.code) is not None, country.code
        assert abs(sum(share for _, share in country.pools) - 1) < 1e-9, country.code
        assert all(key in pools for key, _ in country.pools), country.code


def test_name_lists_parse_native_latin_and_gendered_forms() -> None:
    assert names(" Aysel ; محمد=Mohamed;; ") == (Name("Aysel", "Aysel"), Name("محمد", "Mohamed"))
    male, female = gendered("Иванов/Иванова=Ivanov/Ivanova; Белых=Belykh; Kowalski/Kowalska")
    assert male == (Name("Иванов", "Ivanov"), Name("Белых", "Belykh"), Name("Kowalski", "Kowalski"))
    assert female == (
        Name("Иванова", "Ivanova"),
        Name("Белых", "Belykh"),
        Name("Kowalska", "Kowalska"),
    )


@given(
    st.text(max_size=30),
    st.text(max_size=30),
    st.sampled_from(["UN-Habitat", "Freelance journalist", "City of Baku"]),
)
def test_addresses_are_always_plain_ascii_under_example(
    given_name: str, family: str, org: str
) -> None:
    address = email(given_name, family, org, "AZ")
    assert re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9\-]+(\.az)?\.example", address), address


def test_folding_keeps_letters_readable() -> None:
    assert ascii_fold("Məmmədova Şükürov İsmayılov") == "memmedova sukurov ismayilov"
    assert ascii_fold("Łukasz Wójcik Ødegaard Meißner Đorđević") == (
        "lukasz wojcik odegaard meissner dordevic"
    )


def test_the_same_seed_gives_the_same_event_in_another_process(tmp_path: Path) -> None:
    """String hashing differs between processes; the event must not."""
    script = (
        "import sys, json; from pathlib import Path; from wufops.demo import generate; "
        "from wufops.store.database import connect; from wufops.store.apply import canonical_dump; "
        "generate(Path(sys.argv[1]), seed=11, attendees=150); "
        "print(json.dumps(canonical_dump(connect(sys.argv[1])), sort_keys=True))"
    )
    dumps = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / f"h{hash_seed}.db")],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        dumps.append(out.stdout)
    assert dumps[0] == dumps[1] and len(dumps[0]) > 10_000


@given(
    st.sampled_from(sorted(all_pools())),
    st.integers(min_value=0, max_value=2**32),
    st.sampled_from(["full", "given_only", "family_only"]),
)
def test_every_drawn_name_has_a_part_and_a_matching_transliteration(
    key: str, seed: int, shape: str
) -> None:
    name = draw_name(random.Random(seed), all_pools()[key], shape=shape)
    assert name.given or name.family
    assert bool(name.given) == bool(name.latin_given)
    assert bool(name.family) == bool(name.latin_family)
    assert name.given == name.given.strip() and "  " not in name.given + name.family
    if shape == "family_only":
        assert not name.given
    if shape == "given_only":
        assert not name.family
