"""The scan-outcome sounds: short WAV tones synthesised here, committed under resources/sounds/.

Each outcome sounds different enough to tell apart without looking, in a noisy hall:

- ``admitted`` — two rising notes (880 → 1320 Hz), short and bright;
- ``duplicate`` (already picked up) — two equal mid notes (660 Hz, 660 Hz);
- ``refused`` (any refusal) — a low falling buzz (330 → 220 Hz, square-ish, longer);
- ``attention`` (VIP / head of delegation) — three rising notes (660 → 880 → 1100 Hz).

``python -m wufops.checkin.tones DIR`` writes them (16-bit mono PCM, 22.05 kHz, a few KB
each); tests check that the committed files are exactly what this module makes.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
AMPLITUDE = 0.45
FADE_S = 0.008

#: outcome -> list of (frequency Hz, seconds, harmonics) notes; 0 Hz is a rest
TONES: dict[str, tuple[tuple[float, float, int], ...]] = {
    "admitted": ((880.0, 0.09, 1), (0.0, 0.02, 1), (1320.0, 0.14, 1)),
    "duplicate": ((660.0, 0.12, 2), (0.0, 0.08, 1), (660.0, 0.12, 2)),
    "refused": ((330.0, 0.22, 5), (220.0, 0.32, 5)),
    "attention": ((660.0, 0.10, 1), (880.0, 0.10, 1), (1100.0, 0.22, 1)),
}


def _note(freq: float, seconds: float, harmonics: int) -> list[float]:
    n = round(RATE * seconds)
    fade = round(RATE * FADE_S)
    samples: list[float] = []
    for i in range(n):
        if freq <= 0:
            samples.append(0.0)
            continue
        t = i / RATE
        # odd harmonics at 1/k: a square-ish edge that cuts through hall noise
        value = sum(math.sin(2 * math.pi * freq * k * t) / k for k in range(1, 2 * harmonics, 2))
        envelope = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
        samples.append(value * envelope)
    return samples


def wav_bytes(name: str) -> bytes:
    """The WAV file for outcome ``name`` (deterministic bytes)."""
    samples: list[float] = []
    for freq, seconds, harmonics in TONES[name]:
        samples.extend(_note(freq, seconds, harmonics))
    peak = max(abs(s) for s in samples) or 1.0
    frames = b"".join(struct.pack("<h", round(s / peak * AMPLITUDE * 32767)) for s in samples)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TONES:
        path = directory / f"{name}.wav"
        path.write_bytes(wav_bytes(name))
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - build helper
    for path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/sounds")):
        print(path)
