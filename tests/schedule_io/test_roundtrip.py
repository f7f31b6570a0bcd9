"""Import → export → import gives the same schedule: on the demo programme (exported, imported
into an empty database, exported again: the same file) and on the real pretalx example
(imported, exported, imported into another database: the same sessions, rooms and speakers;
and imported back into the first: nothing to do)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.schedule_io.samples import dump, indico_json, pretalx
from wufops.clock import SystemClock
from wufops.schedule_io import load, read_bytes, render, run_import
from wufops.store.replica import Replica


def _fresh(path: Path) -> Replica:
    return Replica.open(path, SystemClock())


def _schedule(replica: Replica) -> list[tuple[Any, ...]]:
    """The schedule as the formats carry it: per session its GUID, title, room, times,
    type, texts, languages, flags, and its speakers by name, in order."""
    schedule = load(replica.conn)
    return sorted(
        (
            s.guid,
            s.title,
            s.room,
            s.start_ms,
            s.end_ms,
            s.type,
            s.subtitle,
            s.abstract,
            s.track,
            s.url,
            s.languages,
            s.do_not_record,
            s.do_not_stream,
            tuple((p.name, p.guid) for p in s.persons),
        )
        for s in schedule.sessions
    )


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_demo_programme_exports_imports_and_exports_the_same(
    demo_db: Path, tmp_path: Path, fmt: str
) -> None:
    demo = _fresh(demo_db)
    elsewhere = _fresh(tmp_path / "elsewhere.db")
    try:
        first = render(fmt, load(demo.conn))
        plan = run_import(elsewhere, read_bytes(first))
        assert plan.new_event is not None and not plan.document.deviations
        assert len(plan.added) == len(load(demo.conn).sessions)
        second = render(fmt, load(elsewhere.conn))
        assert second == first
        again = run_import(elsewhere, read_bytes(second), dry_run=True)
        assert not again.changes_anything
    finally:
        demo.close()
        elsewhere.close()


def test_the_pretalx_example_round_trips(tmp_path: Path) -> None:
    one = _fresh(tmp_path / "one.db")
    two = _fresh(tmp_path / "two.db")
    try:
        run_import(one, read_bytes(dump(pretalx())))
        for fmt in ("json", "xml"):
            exported = render(fmt, load(one.conn))
            if fmt == "json":
                run_import(two, read_bytes(exported))
                assert _schedule(two) == _schedule(one)
                rooms = [
                    tuple(r)
                    for r in two.conn.execute("SELECT name, capacity FROM room ORDER BY name")
                ]
                assert rooms == [("Gray Room", 1), ("Tan Room", 1)]
            plan = run_import(one, read_bytes(exported), dry_run=True)
            assert not plan.changes_anything, fmt
        first = _schedule(one)
        assert len(first) == 36
        sample = next(s for s in first if s[0] == "8079583e-8321-506c-95af-fd2903a5f075")
        assert sample[1:4] == ("Focused 5thgeneration hardware", "Gray Room", 1_607_932_800_000)
        assert sample[8:11] == ("Phased", "http://localhost/democon/talk/G9JGWY/", ("en",))
        assert [p[0] for p in sample[13]] == ["Brian Robinson"]
    finally:
        one.close()
        two.close()


def test_an_indico_import_round_trips_through_schedule_json(tmp_path: Path) -> None:
    one = _fresh(tmp_path / "one.db")
    two = _fresh(tmp_path / "two.db")
    try:
        run_import(one, read_bytes(dump(indico_json())))
        exported = json.loads(render("json", load(one.conn)))
        run_import(two, read_bytes(dump(exported)))
        assert _schedule(two) == _schedule(one)
        assert len(_schedule(one)) == 3  # the unplaced "Poster walk" is not exported
    finally:
        one.close()
        two.close()
