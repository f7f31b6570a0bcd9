"""Every command explains itself: ``wufops --help`` and each subcommand's ``--help``."""

from __future__ import annotations

import argparse

import pytest

from wufops.cli.main import build_parser, main


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


def test_every_subcommand_has_a_help_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    listing = capsys.readouterr().out
    for name in _subcommands():
        assert name in listing


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_subcommand_help_exits_zero_and_says_what_it_does(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert f"wufops {name}" in text
    assert len(text.splitlines()) >= 3  # usage, a description, options


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "commands" in capsys.readouterr().out
