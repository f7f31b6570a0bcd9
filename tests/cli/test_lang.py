"""The CLI speaks the reader's language for what people read (``--lang``, ``$WUFOPS_LANG``):
an error keeps its stable code and English detail, and explains the code in that language;
English output is unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _wufops(tmp_path: Path, *args: str, lang: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    env.update(HOME=str(tmp_path), LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    if lang:
        env["WUFOPS_LANG"] = lang
    else:
        env.pop("WUFOPS_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "wufops.cli.main", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_english_error_lines_are_unchanged(tmp_path: Path) -> None:
    missing = tmp_path / "hub.db"
    result = _wufops(tmp_path, "devices", "list", "--db", str(missing))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error[no_such_database]: {missing} does not exist"


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("--lang", "Cette base n’existe pas"),
        ("env", "Такой базы данных нет"),
    ],
)
def test_an_error_is_explained_in_the_reader_s_language(
    tmp_path: Path, how: str, words: str
) -> None:
    missing = tmp_path / "hub.db"
    if how == "--lang":
        result = _wufops(tmp_path, "--lang", "fr", "devices", "list", "--db", str(missing))
    else:
        result = _wufops(tmp_path, "devices", "list", "--db", str(missing), lang="ru")
    assert result.returncode == 2
    first, detail = result.stderr.strip().splitlines()
    assert first.startswith("error[no_such_database]: ")  # the code scripts key on stays
    assert words in first, result.stderr
    assert str(missing) in detail


def test_an_unknown_language_is_refused_by_name(tmp_path: Path) -> None:
    result = _wufops(tmp_path, "--lang", "tlh", "--help")
    assert result.returncode == 2
    assert "invalid choice: 'tlh'" in result.stderr
