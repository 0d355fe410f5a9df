"""What the GUI thread waited for during event-loop gaps while a model opened (a developer tool).

``tools/stall.py`` says how long the event loop stood still; this says why. It opens the model
as ``tools/stall.py --twice`` does (cold, then cached) and meanwhile

- samples every thread's Python stack every 3 ms: for each gap over ``--gap-ms`` it prints, per
  thread, the stacks seen during the gap. A GUI thread sitting in the wait loop while another
  thread runs Python is waiting for the GIL, not working;
- counts the GUI thread's entries into Python from Qt (slots, event filters, paint overrides,
  timers: every function called straight from the event loop). Each entry is one wait for the
  GIL while a worker thread runs Python (session 10 found fifteen event filters on the main
  window that way).

Usage::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/stall_causes.py model.ifc

With few samples inside a gap, the sampler itself was starved of the GIL: contention is high.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root holds the fmdesk package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools import stall

SAMPLE_S = 0.003
_WAIT_LOOPS = frozenset({"measure_open", "wait_for_view", "wait_until_drawn"})
"""Where `tools/stall.py` runs the event loop: a call made from one of these came from Qt."""


class StackSampler(threading.Thread):
    """Every thread's innermost frames, every :data:`SAMPLE_S`."""

    def __init__(self, depth: int = 4) -> None:
        super().__init__(daemon=True, name="stack sampler")
        self.depth = depth
        self.samples: list[tuple[float, dict[int, str]]] = []
        self._done = threading.Event()

    def run(self) -> None:
        me = threading.get_ident()
        while not self._done.is_set():
            now = time.perf_counter()
            snapshot = {
                ident: _stack_text(frame, self.depth)
                for ident, frame in sys._current_frames().items()
                if ident != me
            }
            self.samples.append((now, snapshot))
            time.sleep(SAMPLE_S)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def during(self, start: float, end: float) -> list[dict[int, str]]:
        return [snapshot for at, snapshot in self.samples if start <= at <= end]


def _stack_text(frame: Any, depth: int) -> str:
    stack = traceback.extract_stack(frame)[-depth:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))


def record_gaps(threshold_s: float) -> list[tuple[float, float]]:
    """Make :class:`tools.stall.StallMeter` remember when each gap over ``threshold_s`` was."""
    gaps: list[tuple[float, float]] = []
    tick = stall.StallMeter._tick

    def _tick(meter: stall.StallMeter) -> None:
        now = time.perf_counter()
        if now - meter._last > threshold_s:
            gaps.append((meter._last, now))
        tick(meter)

    stall.StallMeter._tick = _tick  # type: ignore[method-assign]
    return gaps


def count_entries(counts: collections.Counter[str]) -> None:
    """Count the GUI thread's calls made straight from the measuring wait loops (from Qt)."""

    def profile(frame: Any, event: str, _arg: Any) -> None:
        caller = frame.f_back
        if event == "call" and caller is not None and caller.f_code.co_name in _WAIT_LOOPS:
            code = frame.f_code
            counts[f"{Path(code.co_filename).name}:{code.co_name}"] += 1

    sys.setprofile(profile)


def report(gaps: list[tuple[float, float]], sampler: StackSampler, entries: Any) -> None:
    names = {t.ident: t.name for t in threading.enumerate()}
    main = threading.main_thread().ident
    for start, end in gaps:
        inside = sampler.during(start, end)
        print(f"\n=== gap {1000 * (end - start):.0f} ms, {len(inside)} samples")
        per_thread: dict[int, collections.Counter[str]] = collections.defaultdict(
            collections.Counter
        )
        for snapshot in inside:
            for ident, text in snapshot.items():
                per_thread[ident][text] += 1
        for ident, stacks in per_thread.items():
            label = "GUI" if ident == main else names.get(ident, str(ident))
            print(f"-- {label}")
            for text, count in stacks.most_common(3):
                print(f"   {count:3d} {text}")
    print("\n=== the GUI thread's entries into Python from the event loop")
    for name, count in entries.most_common(25):
        print(f"{count:6d} {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Why the event loop stood still.")
    parser.add_argument("model", type=Path)
    parser.add_argument("--gap-ms", type=float, default=80.0)
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-stall-causes-"))
    gaps = record_gaps(args.gap_ms / 1000)
    entries: collections.Counter[str] = collections.Counter()
    sampler = StackSampler()
    sampler.start()
    count_entries(entries)
    try:
        runs = [stall.measure_open(args.model), stall.measure_open(args.model)]
    finally:
        sys.setprofile(None)
        sampler.stop()
    print("longest gaps (cold, cached):", [run["max_gap_ms"] for run in runs])
    report(gaps, sampler, entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
