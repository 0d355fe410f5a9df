"""Benchmark of the annual plan: scheduling 20,000 assets, writing a ≥100,000-occurrence workbook.

Run: ``.venv/bin/python benchmarks/plan.py [--assets 20000]``. Prints figures and their ratio to
the targets (plan ≤ 2 s; workbook ≤ 10 s and peak memory ≤ 500 MB). The workbook is written in a
child process so that its peak resident memory is measured on its own.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from fmdesk.maintenance.model import PlanAsset
from fmdesk.maintenance.scheduler import generate_plan
from fmdesk.maintenance.tasks import load_tasks
from fmdesk.maintenance.workdays import WorkCalendar

PLAN_TARGET_S = 2.0
WRITE_TARGET_S = 10.0
MEMORY_TARGET_MB = 500.0

# (share, class, predefined type, system type, name) of a large estate's maintainable equipment
MIX = (
    (0.20, "IfcElectricDistributionBoard", "", "ELECTRICAL", "楼层配电箱"),
    (0.20, "IfcProtectiveDevice", "RESIDUALCURRENTCIRCUITBREAKER", "ELECTRICAL", "漏电断路器"),
    (0.15, "IfcSensor", "SMOKESENSOR", "FIREPROTECTION", "感烟探测器"),
    (0.10, "IfcFireSuppressionTerminal", "", "FIREPROTECTION", "手提式干粉灭火器"),
    (0.10, "IfcLightFixture", "SECURITYLIGHTING", "ELECTRICAL", "应急照明灯"),
    (0.08, "IfcValve", "ISOLATING", "DOMESTICCOLDWATER", "水泵出水阀"),
    (0.06, "IfcFireSuppressionTerminal", "FIREHYDRANT", "FIREPROTECTION", "室内消火栓"),
    (0.04, "IfcPump", "VERTICALINLINE", "DOMESTICCOLDWATER", "生活水泵"),
    (0.02, "IfcPump", "ENDSUCTION", "FIREPROTECTION", "消防泵"),
    (0.02, "IfcFan", "", "EXHAUST", "排风机"),
    (0.02, "IfcTransportElement", "ELEVATOR", "", "电梯"),
    (0.01, "IfcTank", "STORAGE", "DOMESTICCOLDWATER", "生活水箱"),
)


def synthetic_assets(count: int) -> list[PlanAsset]:
    """``count`` assets in the proportions of MIX, installed 2005–2024, in 200 buildings."""
    assets: list[PlanAsset] = []
    for share, ifc_class, predefined, system_type, name in MIX:
        for n in range(round(count * share)):
            number = len(assets)
            assets.append(
                PlanAsset(
                    code=f"{ifc_class[3:6].upper()}-{number:06d}",
                    name=f"{name} {n + 1}",
                    ifc_class=ifc_class,
                    predefined_type=predefined,
                    system=system_type or "电梯",
                    system_type=system_type,
                    location=f"{number % 200 + 1}号楼 {number % 30 + 1}F",
                    install_date=date(2005 + number % 20, 1 + number % 12, 1 + number % 28),
                )
            )
    return assets[:count]


def teams_for(assets: list[PlanAsset]) -> dict:
    """Team capacities scaled to the estate (the bundled table is for one building)."""
    from fmdesk.maintenance.tasks import load_teams

    scale = max(1.0, len(assets) / 126)
    return {
        name: type(team)(name, team.hours_per_week * scale, team.contractor, team.note)
        for name, team in load_teams().items()
    }


def _write(plan_args: tuple, out: str, queue) -> None:  # runs in the child process
    from fmdesk.exports.plan_xlsx import export_plan_xlsx

    assets, year, teams = plan_args
    plan = generate_plan(assets, year, teams=teams)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu = time.perf_counter(), time.process_time()
    export_plan_xlsx(plan, out)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((elapsed, cpu, peak, before, len(plan.occurrences), Path(out).stat().st_size))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=20_000)
    parser.add_argument("--year", type=int, default=2027)
    args = parser.parse_args()

    assets = synthetic_assets(args.assets)
    teams = teams_for(assets)
    load_tasks()
    WorkCalendar().year(args.year)  # library/lunar imports are start-up, not planning
    start, cpu = time.perf_counter(), time.process_time()
    plan = generate_plan(assets, args.year, teams=teams)
    plan_s, plan_cpu = time.perf_counter() - start, time.process_time() - cpu
    flagged = sum(1 for o in plan.occurrences if o.flags)
    per_task = Counter(o.task_code for o in plan.occurrences)
    print(
        f"plan: {len(assets):,} assets -> {len(plan.occurrences):,} occurrences, "
        f"{len(plan.forecast):,} forecast replacements in {plan_s:.2f} s wall, "
        f"{plan_cpu:.2f} s CPU "
        f"(target {PLAN_TARGET_S:.0f} s, ratio wall {plan_s / PLAN_TARGET_S:.2f}, "
        f"CPU {plan_cpu / PLAN_TARGET_S:.2f}); "
        f"{flagged:,} flagged; top tasks {per_task.most_common(3)}"
    )

    # the workbook benchmark: an estate sized so that its plan has just over 100,000 occurrences
    write_assets = synthetic_assets(len(assets) * 101_000 // max(1, len(plan.occurrences)) + 1)
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    queue = context.Queue()
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "plan.xlsx")
        child = context.Process(
            target=_write, args=((write_assets, args.year, teams_for(write_assets)), out, queue)
        )
        child.start()
        elapsed, cpu, peak, before, rows, size = queue.get()
        child.join()
    print(
        f"xlsx: {rows:,} occurrences written in {elapsed:.2f} s wall, {cpu:.2f} s CPU "
        f"(target {WRITE_TARGET_S:.0f} s, ratio wall {elapsed / WRITE_TARGET_S:.2f}, "
        f"CPU {cpu / WRITE_TARGET_S:.2f}); "
        f"peak RSS {peak:.0f} MB (before writing {before:.0f} MB; "
        f"target {MEMORY_TARGET_MB:.0f} MB, "
        f"ratio {peak / MEMORY_TARGET_MB:.2f}); file {size / 1e6:.1f} MB"
    )
    ok = plan_s <= PLAN_TARGET_S and elapsed <= WRITE_TARGET_S and peak <= MEMORY_TARGET_MB
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    print(
        f"{'within targets' if ok else 'OVER TARGET'} (wall clock; 1-min load average {load:.1f} "
        f"on {os.cpu_count()} CPUs: with load above the CPU count, CPU time is the fairer figure)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
