"""Installed-package smoke check (``python -m wufops.cli.smoke``), run by packaging/smoke_check.sh.

Exercises what an installation most often gets wrong: the schema migrates, the console entry
point assembles every subcommand, the translations were compiled into it (every language's
``.qm``, the core catalogue), and the bundled resources are found and usable — every
badge layout loads, and a badge with names in every script family renders with the bundled
fonts (a font missing from the installation refuses its badge with ``glyph_missing``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from wufops.badges.layout import bundled_names, load_layout
from wufops.badges.render import BadgeData, GlyphMissing, renderer_for
from wufops.cli.main import build_parser
from wufops.clock import SystemClock
from wufops.crypto.keys import create_issuer_key
from wufops.crypto.token import sign_token
from wufops.i18n import error_text
from wufops.i18n.languages import SHIPPED
from wufops.models.attendee import Attendee
from wufops.resources import resource_root
from wufops.store.replica import Replica

_SAMPLES = (
    ("Aysel", "Məmmədova", "AZ"),
    ("عبد الله", "العلي", "EG"),
    ("小明", "王", "CN"),
    ("प्रिया", "शर्मा", "IN"),
    ("美咲", "田中", "JP"),
    ("𠮷男", "𠮷田", "JP"),
    ("བཀྲ་ཤིས་", "རྡོ་རྗེ་", "BT"),
    ("ᠪᠠᠲᠤ", "ᠴᠢᠮᠡᠳ", "CN"),
    ("민준", "김", "KR"),
)


def _translations() -> str:
    """What is wrong with the installed translations ("" when nothing): a compiled desk
    catalogue (``wufops_<lang>.qm``, built, not committed) and a core catalogue per language."""
    folder = resource_root() / "translations"
    for code in SHIPPED:
        if not (folder / f"wufops_{code}.qm").is_file():
            return f"no wufops_{code}.qm under {folder}: the build did not compile it"
    if error_text("db_not_found", "fr") == error_text("db_not_found", "en"):
        return "the core catalogue (wufops/i18n/po) is missing: French error texts are English"
    return ""


def main() -> int:
    build_parser()
    problem = _translations()
    if problem:
        print(f"smoke: {problem}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        replica = Replica.open(Path(scratch) / "smoke.db", SystemClock())
        replica.close()
    layouts = bundled_names()
    if not layouts:
        print(f"smoke: no badge layouts under {resource_root()}", file=sys.stderr)
        return 1
    signer = create_issuer_key(1_779_000_000)
    for name in layouts:
        renderer = renderer_for(load_layout(name))
        for index, (given, family, country) in enumerate(_SAMPLES):
            attendee = Attendee(
                id=f"00000000-0000-7000-8000-{index:012d}",
                event_id="00000000-0000-7000-8000-0000000000e1",
                reg_code=f"SMOKE-{index}",
                given_name=given,
                family_name=family,
                latin_given="",
                latin_family="",
                organization="UN-Habitat",
                country=country,
                category="speaker",
            )
            token = sign_token(signer, attendee.event_id, attendee.id, index + 1, 1_779_000_000)
            try:
                pdf = renderer.render_one(BadgeData(attendee, token, "WUF13"))
            except GlyphMissing as error:
                print(f"smoke: layout {name}: {error.detail}", file=sys.stderr)
                return 1
            if not pdf.startswith(b"%PDF"):
                print(f"smoke: layout {name} rendered no PDF", file=sys.stderr)
                return 1
    print(f"smoke: ok ({len(layouts)} badge layouts rendered; resources at {resource_root()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
