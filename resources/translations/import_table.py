"""Take in a translator's table and apply it: ``tables/<lang>.py`` (desk) or
``tables/core_<lang>.py`` (core catalogue), then ``make translations`` for that language.

    .venv/bin/python resources/translations/import_table.py LANG FILE.py [--core]

The file is the translators' format (``TABLE`` keyed by English source, plural = list of the
language's forms, optional ``BY_CONTEXT``). A table for a delta (a new workspace's texts) is
merged into the existing one — its entries win — rather than replacing it. Prints what is
still missing and exits 1 if anything is.
"""

from __future__ import annotations

import pprint
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update
from linguist import TABLES, load_table


def merge(code: str, incoming: Path, name: str) -> Path:
    """Write ``tables/<name>.py``: the current table with ``incoming``'s entries over it."""
    target = TABLES / f"{name}.py"
    if not target.is_file():
        shutil.copyfile(incoming, target)
        return target
    table, by_context = load_table(name)
    new_table, new_by_context = load_table(incoming.stem, incoming.parent)
    added = {k: v for k, v in new_table.items() if table.get(k) != v}
    added_context = {k: v for k, v in new_by_context.items() if by_context.get(k) != v}
    if added or added_context:
        block = [f"\n# -- imported from {incoming.name} --"]
        if added:
            block.append(f"TABLE.update({pprint.pformat(added, width=96, sort_dicts=False)})")
        if added_context:
            block.append("BY_CONTEXT = globals().get('BY_CONTEXT', {})")
            block.append(
                f"BY_CONTEXT.update({pprint.pformat(added_context, width=96, sort_dicts=False)})"
            )
        with target.open("a", encoding="utf-8") as out:
            out.write("\n".join(block) + "\n")
    print(f"{code}: {len(added) + len(added_context)} text(s) taken into {target.name}")
    return target


def main(argv: list[str]) -> int:
    core = "--core" in argv
    args = [a for a in argv if a != "--core"]
    if len(args) != 2:
        print(__doc__)
        return 2
    code, source = args[0], Path(args[1])
    merge(code, source, f"core_{code}" if core else code)
    return update.main([code])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
