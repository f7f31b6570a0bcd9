"""The outcome sounds: committed WAVs are exactly what the synthesiser makes, valid, short,
and different from each other."""

from __future__ import annotations

import io
import wave

from wufops.checkin.tones import TONES, wav_bytes
from wufops.resources import resource_path


def test_committed_sounds_are_the_generated_ones_and_distinct() -> None:
    seen: set[bytes] = set()
    for name in TONES:
        committed = resource_path("sounds", f"{name}.wav").read_bytes()
        assert committed == wav_bytes(name), f"regenerate: python -m wufops.checkin.tones ({name})"
        with wave.open(io.BytesIO(committed)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        assert 0.15 < seconds < 0.7  # short enough never to overlap the next scan much
        seen.add(committed)
    assert len(seen) == len(TONES)
