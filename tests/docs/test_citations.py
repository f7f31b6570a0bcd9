"""Documents cite only what is in the repository.

Every file or directory a document names — a Markdown link, a repository path such as
``wufops/store/replica.py`` or ``resources/fonts/``, another document such as
``protocol.md``, a module such as ``wufops.store.apply.canonical_dump`` — must exist on this
branch. A doc that cites a design file kept elsewhere, or code that has moved, fails here
with the document, line and path.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted(
    [
        ROOT / "README.md",
        *(ROOT / "docs").glob("*.md"),
        ROOT / "resources" / "README.md",
        ROOT / "resources" / "fonts" / "README.md",
    ]
)
TOP_LEVEL = ("wufops", "ui", "db", "tests", "docs", "resources", "packaging", "benchmarks", ".ci")

LINK = re.compile(r"\]\(([^)\s]+)\)")
#: a path into the repository: starts at a top-level directory
REPO_PATH = re.compile(
    r"(?<![\w/.~<>-])((?:" + "|".join(map(re.escape, TOP_LEVEL)) + r")/[\w./-]*)"
)
#: a file with a source or document extension, with or without directories
NAMED_FILE = re.compile(
    r"(?<![\w/.~<>-])([\w-]+(?:/[\w.-]+)*\.(?:md|py|json|sh|spec|toml|qss|ts|qm))\b(?![/\w])"
)
#: a module (and maybe a name in it) in backticks: `wufops.store.apply.canonical_dump`
MODULE = re.compile(r"`((?:wufops|ui|db|tests|benchmarks)(?:\.[A-Za-z_]\w*)+)(?:\(\))?`")
#: dotted names that are not modules: the entry-point groups of pyproject.toml
ENTRY_POINT_GROUPS = frozenset(
    tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]
)
#: placeholders in paths (DIR/replica.db, FILE.json, wufops_<lang>.ts) are not citations
PLACEHOLDER = re.compile(r"(^|/)([A-Z]+|<[^>]+>)(\.|/|$)")


def _exists(cited: str, doc: Path, bases: tuple[Path, ...] = ()) -> bool:
    """``bases``: more directories a bare name may sit in (a table row's package)."""
    if cited.startswith("module:"):
        return _module_exists(cited.removeprefix("module:"))
    cited = cited.split("#", 1)[0].rstrip(".,;:")
    if not cited:
        return True
    path = cited.rstrip("/")
    for base in (doc.parent, ROOT, ROOT / "docs", ROOT / "wufops", *bases):
        if (base / path).exists():
            return True
        # a prefix left by a placeholder: resources/translations/wufops_<lang>.ts
        if path.endswith(("_", "-")) and any((base / path).parent.glob(Path(path).name + "*")):
            return True
    return False


def _module_exists(dotted: str) -> bool:
    """The longest prefix of ``dotted`` that is a module or package exists, and the name
    after it (if any) is defined there (a def, class, assignment or import)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:cut])
        source = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        if not source.is_file():
            continue
        rest = parts[cut:]
        if not rest:
            return True
        defined = rf"(^|\s)(def|class)\s+{rest[0]}\b|^{rest[0]}\s*[:=]|import .*\b{rest[0]}\b"
        return re.search(defined, source.read_text(encoding="utf-8"), re.M) is not None
    return False


def _citations(doc: Path) -> list[tuple[int, str, tuple[Path, ...]]]:
    """``(line, cited, extra bases)``: in a table row whose first cell names a directory,
    bare file names in that row may be relative to it."""
    found: list[tuple[int, str, tuple[Path, ...]]] = []
    in_fence = False
    for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        bases: tuple[Path, ...] = ()
        if line.startswith("|"):
            first = REPO_PATH.search(line.split("|")[1])
            if first and first.group(1).endswith("/"):
                bases = (ROOT / first.group(1),)
        for match in LINK.finditer(line):
            target = match.group(1)
            if not re.match(r"[a-z]+:", target) and not target.startswith("#"):
                found.append((number, target, bases))
        if in_fence and not re.search(r"\.(py|md)\b", line):
            continue  # shell examples: their paths are the reader's
        for match in MODULE.finditer(line):
            if match.group(1) not in ENTRY_POINT_GROUPS:
                found.append((number, "module:" + match.group(1), bases))
        for pattern in (REPO_PATH, NAMED_FILE):
            for match in pattern.finditer(line):
                cited = match.group(1)
                if not PLACEHOLDER.search(cited):
                    found.append((number, cited, bases))
    return found


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_cited_path_exists(doc: Path) -> None:
    dead = [
        f"line {n}: {cited}"
        for n, cited, bases in _citations(doc)
        if not _exists(cited, doc, bases)
    ]
    assert not dead, f"{doc.relative_to(ROOT)} cites what is not in the repo:\n" + "\n".join(dead)


def test_the_checker_finds_citations() -> None:
    """It must be able to fail: the README's links and a path in architecture.md are seen."""
    readme = {cited for _, cited, _ in _citations(ROOT / "README.md")}
    assert "docs/protocol.md" in readme
    assert not _exists("docs/design.md", ROOT / "README.md")
    assert not _exists("reference/sync-anchors.md", ROOT / "docs" / "protocol.md")
    assert _exists("module:wufops.store.apply.canonical_dump", ROOT / "README.md")
    assert not _exists("module:wufops.hub.launch", ROOT / "README.md")
    assert not _exists("module:wufops.store.apply.no_such_function", ROOT / "README.md")
