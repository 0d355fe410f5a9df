"""Benchmark: the default FM handover IDS checked on the generated 100,000-element building.

Run: ``.venv/bin/python benchmarks/ids.py [MODEL]`` (default: ``/tmp/big/residential_40x60_ifc4
.ifc``, generated once with ``fmdesk samples --storeys 40 --units-per-storey 60 --out /tmp/big``
when missing). Prints the parse time, the IDS load + audit time, the check time (target ≤ 30 s
for the check including the parse, as the user waits for both), the CPU time, and per
specification the applicable / passed / failed counts.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import ifcopenshell

from fmdesk.handover.ids.check import check_model
from fmdesk.handover.ids.fm_default import DEFAULT_IDS_PATH
from fmdesk.handover.ids.loader import load_ids

TARGET_S = 30.0
DEFAULT_MODEL = Path("/tmp/big/residential_40x60_ifc4.ifc")


def ensure_model(path: Path) -> Path:
    """Generate the big building when it is not there yet."""
    if not path.exists():
        command = [sys.executable, "-m", "fmdesk", "samples", "--storeys", "40"]
        command += ["--units-per-storey", "60", "--out", str(path.parent)]
        subprocess.run(command, check=True)
    return path


def main() -> None:
    model_path = ensure_model(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_MODEL)
    wall, cpu = time.perf_counter(), time.process_time()
    model = ifcopenshell.open(str(model_path))
    parsed = time.perf_counter()
    ids = load_ids(DEFAULT_IDS_PATH)
    loaded = time.perf_counter()
    result = check_model(ids, model)
    done = time.perf_counter()
    total = done - wall
    elements = len(model.by_type("IfcElement"))
    size = model_path.stat().st_size / 1e6
    print(f"model: {model_path.name} ({elements:,} elements, {size:.0f} MB)")
    print(
        f"parse {parsed - wall:.2f} s, IDS load+audit {loaded - parsed:.2f} s, "
        f"check {done - loaded:.2f} s, total {total:.2f} s (CPU {time.process_time() - cpu:.2f} s)"
    )
    print(
        f"target ≤ {TARGET_S:.0f} s: {'met' if total <= TARGET_S else 'MISSED'} "
        f"({total / TARGET_S:.2f}× the target)"
    )
    for spec in result.specifications:
        print(
            f"  {spec.name}: {len(spec.applicable)} applicable, {len(spec.passed_ids)} passed, "
            f"{len(spec.failures)} failed"
        )


if __name__ == "__main__":
    main()
