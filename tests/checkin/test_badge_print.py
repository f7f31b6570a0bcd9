"""The badge a desk prints: the PDF from the badges renderer, rasterised by pdftoppm, decoded
by a real QR reader (zxing-cpp), verifies as the attendee's badge — also after a lost-badge
reprint; ``wufops scan --pdf-dir`` prints once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.checkin.world import World, desk_database, enrol_desk_key
from wufops.checkin.gate import Gate
from wufops.checkin.pickup import PickupDesk
from wufops.checkin.printing import render_job
from wufops.crypto.token import verify_token
from wufops.store import badges as badge_store
from wufops.store import checkins as store

pytestmark = pytest.mark.usefixtures("pdftoppm")  # fails, never skips, without poppler


def decode_pdf(pdf: Path, dpi: int = 150) -> list[str]:
    """Every QR code text on the PDF's pages, read from a real rasterisation."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=60
    )
    texts = []
    for png in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        with Image.open(png) as image:
            texts.extend(r.text for r in zxingcpp.read_barcodes(image.convert("L")))
    return texts


def _verify(world: World, replica_conn: object, token: str) -> str:
    return verify_token(
        token,
        badge_store.load_keyring(replica_conn),  # type: ignore[arg-type]
        store.RevokedSerials(replica_conn),  # type: ignore[arg-type]
        world.event_id,
    ).code


def test_printed_badge_qr_decodes_to_a_token_that_verifies(world: World, tmp_path: Path) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    for attendee_id in world.attendees[:3]:  # Latin with ə, Arabic, Chinese
        decision = desk.scan(world.tokens[attendee_id])
        job = desk.first_print(decision.attendee_id)
        pdf = tmp_path / f"{attendee_id}.pdf"
        pdf.write_bytes(render_job(desk.replica.conn, job))
        assert decode_pdf(pdf) == [world.tokens[attendee_id]]
        assert _verify(world, desk.replica.conn, world.tokens[attendee_id]) == "admitted"


def test_lost_reprint_prints_a_new_code_the_gate_admits(world: World, tmp_path: Path) -> None:
    replica = world.replica("desk1")
    enrol_desk_key(world, replica)
    desk = PickupDesk(replica, desk="Desk 1")
    aysel = world.attendees[0]
    desk.scan(world.tokens[aysel])
    job = desk.reprint(aysel, "lost")
    pdf = tmp_path / "reprint.pdf"
    pdf.write_bytes(render_job(replica.conn, job))
    [scanned] = decode_pdf(pdf)
    assert scanned == job.token != world.tokens[aysel]
    gate = Gate(replica, gate="Gate A")
    assert gate.scan(scanned).code == "admitted"
    assert gate.scan(world.tokens[aysel]).code == "revoked"


def test_scan_cli_prints_once_to_a_pdf_dir(tmp_path: Path) -> None:
    (tmp_path / "w").mkdir()
    world, db = desk_database(tmp_path / "w")
    out = tmp_path / "pdfs"
    token = world.tokens[world.attendees[2]]

    def scan() -> dict[str, object]:
        command = [sys.executable, "-m", "wufops.cli.main", "scan", token]
        done = subprocess.run(
            [*command, "--db", str(db), "--pdf-dir", str(out)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONUTF8": "1"},
            check=False,
        )
        assert done.returncode in (0, 1), done.stderr
        result: dict[str, object] = json.loads(done.stdout)
        return result

    first = scan()
    assert first["code"] == "admitted"
    printed = first["print"]
    assert isinstance(printed, dict) and printed["outcome"] == "pdf"
    assert decode_pdf(Path(str(printed["file"]))) == [token]
    second = scan()
    assert second["code"] == "already_picked_up" and "print" not in second
    assert len(list(out.glob("*.pdf"))) == 1
    world.close()


@pytest.mark.parametrize("layout", ["cr80", "label-54x90", "4x6in"])
def test_every_desk_stock_prints_a_code_that_verifies(
    world: World, tmp_path: Path, layout: str
) -> None:
    desk = PickupDesk(world.replica("desk1"), desk="Desk 1")
    fang = world.attendees[2]
    desk.scan(world.tokens[fang])
    pdf = tmp_path / f"{layout}.pdf"
    pdf.write_bytes(render_job(desk.replica.conn, desk.first_print(fang), layout))
    assert decode_pdf(pdf, dpi=200) == [world.tokens[fang]]
