"""``wufops ops report``: the dashboard's figures as text, stable JSON and the daily PDF —
on a desk's file (what was replicated there) and on the hub's (every device, the hub's own
records: how late each device's work arrived)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from tests.ops.venue import Venue, local, make_venue
from wufops.cli.main import main
from wufops.clock import FakeClock, iso_utc
from wufops.store.hub_log import HubLog
from wufops.store.replica import Replica
from wufops.sync.ops import Op


@pytest.fixture
def desk_db(tmp_path: Path) -> Path:
    venue = make_venue(tmp_path / "desk.db", per_category=20)
    _morning(venue)
    venue.close()
    return tmp_path / "desk.db"


def _morning(venue: Venue) -> None:
    for name in ("north-01", "south-01", "south-02"):
        venue.enrol(name, last_seen=iso_utc(local("06:40")))
    venue.enrol("gate-n1", "gate", last_seen=iso_utc(local("06:40")))
    people = iter(venue.people["participant"] + venue.people["speaker"])
    for n in range(30):
        venue.pickup("south-01", local("08:30") + n * 40_000, next(people))
    for n in range(5):
        venue.pickup("north-01", local("08:30") + n * 300_000, next(people))
    venue.entry("gate-n1", local("08:40"), venue.attendee(), "North entrance")
    venue.printed("south-01", local("08:31"), venue.attendee(), "P-S1", "failed")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_text_report_names_the_queue_and_what_to_do(
    desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"turnout": 1.0, "day_share": [1.0], "wait_threshold_min": 5}))
    code, out, _ = _run(
        ["ops", "report", "--db", str(desk_db), "--at", "2026-05-17T08:50", "--settings",
         str(settings)],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert "WUF13 — operations at 17 May 2026 08:50 (Asia/Baku)" in out
    assert "south" in out.splitlines()[2]  # the headline names the area
    assert "Open south-02" in out
    assert "[STALE]" not in out.split("Devices")[0]
    assert "P-S1" in out and "(100% failed)" in out


def test_json_is_the_documented_shape_and_at_reads_event_time(
    desk_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        ["ops", "report", "--db", str(desk_db), "--json", "--at", "2026-05-17T08:50"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["version"] == 1 and data["at"] == iso_utc(local("08:50"))
    code, utc, _ = _run(
        ["ops", "report", "--db", str(desk_db), "--json", "--at", "2026-05-17T04:50:00Z"], capsys
    )
    assert json.loads(utc)["at"] == data["at"]  # Baku is UTC+4
    assert {d["name"] for d in data["devices"]} >= {"north-01", "gate-n1"}
    assert data["charts"]["arrivals"]["x"][0].endswith("Z")


def test_bad_input_gets_a_code_and_touches_nothing(
    desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = desk_db.read_bytes()
    code, _, err = _run(["ops", "report", "--db", str(tmp_path / "none.db")], capsys)
    assert code == 2 and "error[no_such_database]" in err
    code, _, err = _run(["ops", "report", "--db", str(desk_db), "--at", "yesterday"], capsys)
    assert code == 2 and "error[bad_time]" in err
    settings = tmp_path / "bad.json"
    settings.write_text('{"wait_treshold_min": 5}')
    code, _, err = _run(
        ["ops", "report", "--db", str(desk_db), "--settings", str(settings)], capsys
    )
    assert code == 2 and "error[unknown_setting]" in err and "wait_treshold_min" in err
    assert desk_db.read_bytes() == before


def test_the_daily_pdf_has_the_headline_the_charts_and_the_devices(
    desk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed: make system-test installs it")
    pdf = tmp_path / "day1.pdf"
    code, out, _ = _run(
        ["ops", "report", "--db", str(desk_db), "--at", "2026-05-17T08:50", "--pdf", str(pdf)],
        capsys,
    )
    assert code == 0 and f"PDF report written to {pdf}" in out
    doc = pdfium.PdfDocument(pdf.read_bytes())
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert len(doc) >= 3
    for wanted in (
        "WUF13 — operations report",
        "Queue forecast",
        "Arrivals per 15 min by category",
        "Check-ins per desk per hour",
        "Scan to decision per desk",
        "Entries per gate zone per hour",
        "Badge prints and failures per printer",
        "Duplicate pickups and conflicts",
        "Sync health",
        "gate-n1",
    ):
        assert wanted in text, wanted
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    [page] = list(tmp_path.glob("p-*.png"))
    colours = Image.open(page).convert("RGB").getcolors(1 << 20) or []
    assert len(colours) > 20  # drawn charts, not a blank page


def test_at_the_hub_every_device_and_how_late_its_work_arrived(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """desk-1 worked offline 08:00–08:20: the hub committed its pickups at 08:20. gate-1
    never connected. The hub's report lists both, with desk-1's lag."""
    clock = FakeClock(local("07:00"))
    hub_path = tmp_path / "hub.db"
    venue = make_venue(hub_path, per_category=5, clock_ms=local("06:00"))
    venue.close()
    log = HubLog.open(hub_path, clock)
    log.start()
    log.enrol("desk-1", "desk")
    log.enrol("gate-1", "gate")
    attendees = [r[0] for r in log.conn.execute("SELECT id FROM attendee LIMIT 3")]
    desk_clock = FakeClock(local("08:00"))
    desk = Replica.open(tmp_path / "desk.db", desk_clock)
    for person in attendees:
        with desk.batch() as batch:
            batch.event(
                "checkin_event",
                {"attendee_id": person, "kind": "badge_pickup", "desk": "desk-1",
                 "wall_time": desk.now_iso(), "zone": ""},
                stamped=True,
            )  # fmt: skip
        desk_clock.advance(60_000)
    clock.ms = local("08:20")
    log.record_contact(desk.device_id, "desk-1", 0, 0)
    log.bind_replica(desk.device_id, "desk-1")
    entries: list[tuple[int, Op]] = [(e.client_seq, e.op) for e in desk.outbox()]
    log.push(desk.device_id, "desk", "desk-1", entries)
    desk.close()
    log.close()
    code, out, _ = _run(
        ["ops", "report", "--db", str(hub_path), "--json", "--at", "2026-05-17T08:21"], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["devices_from"] == "hub"
    devices = {d["name"]: d for d in data["devices"]}
    assert set(devices) == {"desk-1", "gate-1"}
    assert devices["desk-1"]["state"] == "online" and devices["desk-1"]["source"] == "hub"
    assert 20 * 60_000 <= devices["desk-1"]["lag_ms"] <= 21 * 60_000  # its first pickup
    assert devices["gate-1"]["state"] == "never" and devices["gate-1"]["lag_ms"] is None
    assert data["totals"]["pickups"] == 3
