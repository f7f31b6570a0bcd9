"""The hub's limits as an operator sets them (``wufops hub --limits/--limit``), the token
buckets that enforce the rates, and the documents that must name every limit and code."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from tests.hub.test_frame_values import STABLE_CODES
from wufops.cli.main import main
from wufops.net.limits import Buckets, HubLimits, LimitsError, load_limits, retry_after_s

DOCS = Path(__file__).resolve().parents[2] / "docs"
HANDSHAKE_CODES = {
    "token_refused",
    "device_revoked",
    "upgrade_required",
    "too_many_connections",
    "rate_limited",
    "too_many_attempts",
    "hub_busy",
}


def test_a_file_then_options_override_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "limits.toml"
    path.write_text("[limits]\nmax_connections_per_device = 2\nsnapshot_interval_s = 120\n")
    limits = load_limits(path, ["snapshot_interval_s=30", "refusal_delay_s=0.5"])
    assert limits.max_connections_per_device == 2
    assert limits.snapshot_interval_s == 30.0 and limits.refusal_delay_s == 0.5
    assert limits.max_replicas_per_device == HubLimits().max_replicas_per_device


@pytest.mark.parametrize(
    ("text", "pairs", "code"),
    [
        ("", ["no_such=1"], "unknown_limit"),
        ("", ["snapshot_burst=1.5"], "bad_limit"),
        ("", ["snapshot_burst=0"], "bad_limit"),
        ("", ["refusal_delay_s=-1"], "bad_limit"),
        ("", ["refusal_delay_s=nan"], "bad_limit"),
        ("", ["refusal_delay_s"], "bad_limit"),
        ("", ["handshake_timeout_s=zero"], "bad_limit"),
        ("", ["snapshot_interval_s=0"], "bad_limit"),
        ("[limits]\nmax_connections = 'many'\n", [], "bad_limit"),
        ("[limits\n", [], "limits_not_toml"),
    ],
)
def test_unusable_limits_have_codes(tmp_path: Path, text: str, pairs: list[str], code: str) -> None:
    path = tmp_path / "limits.toml"
    path.write_text(text)
    with pytest.raises(LimitsError) as error:
        load_limits(path, pairs)
    assert error.value.code == code


def test_the_hub_command_prints_its_limits_and_refuses_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["hub", "--show-limits", "--limit", "max_connections_per_device=2"]) == 0
    shown = capsys.readouterr().out
    assert "max_connections_per_device = 2" in shown
    path = tmp_path / "shown.toml"
    path.write_text(shown)  # what it prints is a limits file
    assert load_limits(path).max_connections_per_device == 2
    assert main(["hub", "--db", str(tmp_path / "hub.db"), "--limit", "nope=1"]) == 2
    assert "error[unknown_limit]" in capsys.readouterr().err
    assert main(["hub", "--limits", str(tmp_path / "missing.toml"), "--show-limits"]) == 2
    assert "error[limits_unreadable]" in capsys.readouterr().err


def test_a_bucket_gives_its_burst_then_one_per_interval() -> None:
    buckets = Buckets(burst=2, per_s=0.5)
    assert [buckets.take("desk", 0.0) for _ in range(2)] == [0.0, 0.0]
    assert buckets.take("desk", 0.0) == pytest.approx(2.0)  # one token back after 2 s
    assert buckets.take("desk", 1.0) == pytest.approx(1.0)
    assert buckets.take("desk", 2.0) == 0.0
    assert buckets.take("other", 2.0) == 0.0  # keys are independent
    buckets.prune(2.0)
    assert len(buckets) == 2  # both still refilling
    buckets.prune(100.0)
    assert len(buckets) == 0  # full again: forgotten
    assert retry_after_s(0.2) == 1 and retry_after_s(4.1) == 5


def test_every_limit_and_code_is_documented() -> None:
    operators = (DOCS / "operators.md").read_text()
    protocol = (DOCS / "protocol.md").read_text()
    missing = [f.name for f in fields(HubLimits) if f"`{f.name}`" not in operators]
    assert not missing, f"docs/operators.md does not explain {missing}"
    codes = STABLE_CODES | HANDSHAKE_CODES | {"internal_error", "peer_error"}
    missing = sorted(code for code in codes if f"`{code}`" not in protocol)
    assert not missing, f"docs/protocol.md lacks the codes {missing}"
