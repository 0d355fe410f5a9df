"""Measure how long the GUI event loop is blocked, for tests and benchmarks (a developer tool).

A 10 ms QTimer records the gap between its ticks; any gap well above 10 ms is time the event loop
could not run (a slot that took too long, a synchronous render). The longest gap is what a user
feels as a freeze. ``benchmarks/gui_stall.py`` runs this file as a script::

    xvfb-run -a .venv/bin/python tools/stall.py model.ifc --twice
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root holds the fmdesk package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass(frozen=True)
class StallReport:
    """Event-loop gaps seen while measuring, in milliseconds."""

    max_gap_ms: float
    mean_gap_ms: float
    ticks: int
    gaps_over_100ms: int
    duration_s: float


class StallMeter(QObject):
    """Records the longest event-loop stall between :meth:`start` and :meth:`stop`.

    >>> meter = StallMeter(); meter.start(); ...; report = meter.stop()  # doctest: +SKIP
    >>> report.max_gap_ms < 100  # doctest: +SKIP
    """

    def __init__(self, interval_ms: int = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._gaps: list[float] = []
        self._last = 0.0
        self._start = 0.0

    def start(self) -> None:
        self._gaps.clear()
        self._start = self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append((now - self._last) * 1000.0)
        self._last = now

    def stop(self) -> StallReport:
        self._timer.stop()
        self._tick()
        gaps = self._gaps or [0.0]
        return StallReport(
            max_gap_ms=max(gaps),
            mean_gap_ms=sum(gaps) / len(gaps),
            ticks=len(gaps),
            gaps_over_100ms=sum(1 for g in gaps if g > 100.0),
            duration_s=time.perf_counter() - self._start,
        )

    def __enter__(self) -> StallMeter:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.report = self.stop()


def measure_open(
    model: str | Path, language: str = "en", timeout_s: float = 600.0
) -> dict[str, Any]:
    """Open ``model`` in a fresh main window (File → Open's code path) and report how long the
    event loop was blocked while it loaded, and how much of that was VTK redraws.

    The window is first left to start up (its first paint, then its 3D view built): that
    start-up's longest gap is reported apart (``startup_max_gap_ms``), the load's from the
    moment File → Open is called.

    Example (under Xvfb: ``xvfb-run -a .venv/bin/python tools/stall.py model.ifc``)::

        figures = measure_open("ifc_samples/sample_residential_ifc4.ifc")
        figures["max_gap_ms"], figures["max_render_ms"]
    """
    from PySide6.QtCore import QEventLoop

    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    window = create_main_window(language)
    startup = StallMeter()
    startup.start()
    window.show()
    wait_for_view(app, window, time.perf_counter() + timeout_s)
    started_up = startup.stop()
    meter = StallMeter()
    loop = QEventLoop()
    done: list[bool] = []

    def finish(*_: object) -> None:
        done.append(True)
        loop.quit()

    window.loader.finished.connect(finish)
    window.loader.failed.connect(finish)
    window.loader.cancelled.connect(finish)
    meter.start()
    started = time.perf_counter()
    window.open_model_file(model)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    if not done:
        loop.exec()
    wait_until_drawn(app, window, started + timeout_s)
    report = meter.stop()
    seconds = time.perf_counter() - started
    renders = window.view.render_times_ms
    summary = window.last_summary
    figures = {
        "model": str(model),
        "seconds": round(seconds, 3),
        "from_cache": bool(summary and summary.from_cache),
        "elements": window.view.scene.element_count,
        "actors": window.view.scene.actor_count,
        "batches": summary.batches if summary else 0,
        **{k: round(v, 1) if isinstance(v, float) else v for k, v in asdict(report).items()},
        "renders": len(renders),
        "max_render_ms": round(max(renders, default=0.0), 1),
        "max_add_batch_ms": round(max(window.view.batch_times_ms, default=0.0), 1),
        "slices_last_frame": window.view.progressive.stats.slices,
        "startup_s": round(started_up.duration_s, 3),
        "startup_max_gap_ms": round(started_up.max_gap_ms, 1),
        "error": window.last_error,
    }
    close_for_good(app, window)
    return figures


def close_for_good(app: Any, window: Any) -> None:
    """Close and destroy ``window`` now. ``processEvents`` does not run deferred deletes, so
    the window used to be destroyed inside the next measurement's event loop: a 100-250 ms
    turn (every widget's Python wrapper released) counted in the next open's stalls."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def wait_for_view(app: Any, window: Any, deadline: float) -> None:
    """Run the event loop until the window has built its 3D view and drawn it (after its
    first paint; see ``MainWindow._import_view_then_build``): the window is then ready."""
    while time.perf_counter() < deadline and not window.has_view():
        app.processEvents()
        time.sleep(0.002)
    settle_until = time.perf_counter() + 0.3
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.002)


def wait_until_drawn(app: Any, window: Any, deadline: float) -> None:
    """Keep the event loop running until loaded chunks are merged and the last frame's slices
    are drawn: the view keeps working after the loader reports it has finished.

    (Not :func:`fmdesk.ui.screenshots.wait_for`: its 10-20 ms sleeps would add to the gaps this
    module measures.)"""
    view = window.view
    while time.perf_counter() < deadline and not view.is_drawn():
        app.processEvents()
        time.sleep(0.002)
    settle_until = time.perf_counter() + 0.3
    while time.perf_counter() < settle_until:
        app.processEvents()
        time.sleep(0.002)


def main() -> int:
    import argparse
    import os
    import tempfile

    parser = argparse.ArgumentParser(description="Event-loop stalls while opening a model.")
    parser.add_argument("model", type=Path)
    parser.add_argument("--twice", action="store_true", help="also measure the cached re-open")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-stall-"))
    runs = [measure_open(args.model)]
    if args.twice:
        runs.append(measure_open(args.model))
    print(json.dumps(runs, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
