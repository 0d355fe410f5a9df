"""Benchmark: diff two revisions of the generated 100,000-element building (target ≤ 60 s).

Run: ``.venv/bin/python benchmarks/diff.py [MODEL]`` (default ``/tmp/big/residential_40x60_ifc4
.ifc``, generated with ``fmdesk samples --storeys 40 --units-per-storey 60 --out /tmp/big`` when
missing). The second revision has every GlobalId regenerated, one pump moved by 1 m and one valve
deleted (written once to ``/tmp/fmdesk_diff_bench``). Prints the parse, read and match times,
the total against the target, CPU time, and how many elements were matched (and correctly).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import ifcopenshell

from fmdesk.revisions.diff import diff_snapshots
from fmdesk.revisions.regenerate import write_regenerated_revision
from fmdesk.revisions.snapshot import read_snapshot

TARGET_S = 60.0
DEFAULT_MODEL = Path("/tmp/big/residential_40x60_ifc4.ifc")
CACHE = Path("/tmp/fmdesk_diff_bench")


def ensure_revisions(model: Path) -> tuple[Path, dict[str, str], str, str]:
    if not model.exists():
        command = [sys.executable, "-m", "fmdesk", "samples", "--storeys", "40"]
        command += ["--units-per-storey", "60", "--out", str(model.parent)]
        subprocess.run(command, check=True)
    out = CACHE / f"regenerated_{model.name}"
    truth_file = CACHE / "truth.json"
    if not out.exists() or not truth_file.exists():
        source = ifcopenshell.open(str(model))
        moved = source.by_type("IfcPump")[0].GlobalId
        deleted = source.by_type("IfcValve")[-1].GlobalId
        del source
        truth = write_regenerated_revision(model, out, move=moved, delete=deleted)
        truth_file.write_text(json.dumps({"truth": truth, "moved": moved, "deleted": deleted}))
    data = json.loads(truth_file.read_text())
    return out, data["truth"], data["moved"], data["deleted"]


def main() -> None:
    model = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MODEL
    revision, truth, moved, deleted = ensure_revisions(model)
    wall, cpu = time.perf_counter(), time.process_time()
    old_file = ifcopenshell.open(str(model))
    new_file = ifcopenshell.open(str(revision))
    parsed = time.perf_counter()
    old, old_values = read_snapshot(old_file)
    new, new_values = read_snapshot(new_file)
    read = time.perf_counter()
    diff = diff_snapshots(old, old_values, new, new_values)
    done = time.perf_counter()
    total = done - wall
    right = sum(1 for o, n in diff.matched if truth.get(o) == n)
    print(
        f"revisions: {model.name} ({diff.old_count:,} elements and spaces) and its regenerated copy"
    )
    print(
        f"parse both {parsed - wall:.1f} s, read {read - parsed:.1f} s, match {done - read:.1f} s;"
        f" total {total:.1f} s (CPU {time.process_time() - cpu:.1f} s)"
    )
    print(
        f"target ≤ {TARGET_S:.0f} s: {'met' if total <= TARGET_S else 'MISSED'} "
        f"({total / TARGET_S:.2f}×)"
    )
    print(
        f"matched {len(diff.matched):,} "
        f"({len(diff.matched) / (diff.old_count - 1):.4%} of those kept),"
        f" correctly {right:,}; removed {diff.removed}, moved "
        f"{[(m.old_id, round(m.distance, 3)) for m in diff.moved]}"
    )
    print(
        f"moved element found: {moved in {m.old_id for m in diff.moved}}, "
        f"deleted element found: {deleted in diff.removed}"
    )


if __name__ == "__main__":
    main()
