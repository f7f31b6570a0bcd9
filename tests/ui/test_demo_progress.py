"""First-run demo creation: off the GUI thread, with progress, cancellable without leftovers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.demo_progress import GenerateWorker, ProgressWindow, generate_with_progress


def test_worker_reports_progress_up_to_complete(tmp_path: Path) -> None:
    worker = GenerateWorker(tmp_path / "demo.db", seed=3, attendees=400)
    seen: list[int] = []
    finished: list[tuple[str, str]] = []
    worker.sig_progress.connect(lambda _stage, percent: seen.append(percent))
    worker.sig_finished.connect(lambda code, message: finished.append((code, message)))
    worker.run()
    assert finished == [("", "")]
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)


def test_first_run_writes_the_database_in_place(tmp_path: Path, qapp: QApplication) -> None:
    target = tmp_path / "demo.db"
    assert generate_with_progress(qapp, target, seed=3, attendees=120) is None
    assert target.is_file() and target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_cancel_leaves_nothing_behind(tmp_path: Path, qapp: QApplication) -> None:
    target = tmp_path / "demo.db"

    def press_cancel() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressWindow)]
        if windows and windows[0].bar.value() > 0:
            windows[0].cancel.click()
        else:
            QTimer.singleShot(5, press_cancel)  # wait for the first progress report

    QTimer.singleShot(0, press_cancel)
    result = generate_with_progress(qapp, target, seed=3, attendees=20_000)
    assert result is not None and result[0] == "demo_cancelled"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_bad_count_is_refused_with_the_generators_code(tmp_path: Path) -> None:
    worker = GenerateWorker(tmp_path / "demo.db", seed=1, attendees=0)
    finished: list[tuple[str, str]] = []
    worker.sig_finished.connect(lambda code, message: finished.append((code, message)))
    worker.run()
    assert finished and finished[0][0] == "demo_bad_attendee_count"
    assert list(tmp_path.iterdir()) == []
