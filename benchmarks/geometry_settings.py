"""Measure ifcopenshell geometry libraries and settings on real models; write a markdown table.

Usage::

    .venv/bin/python benchmarks/geometry_settings.py [MODEL ...] [--repeat N] [--out FILE]

Without models it measures the committed samples and the public models in ../shared/ifc.
Each configuration runs the bare ``ifcopenshell.geom.iterator`` in its own subprocess (a crash
in one geometry library cannot take the table down, and memory does not carry over), and
reports the best wall time of ``--repeat`` runs, the triangle count, the meshed element count,
and failures: products with a body representation that produced no triangles. The table goes
to ``benchmarks/out/geometry_settings.md`` and stdout. The machine load is printed with it,
because on a shared 2-core machine timings move by tens of percent.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "geometry_settings.md"

CONFIGS: list[tuple[str, dict]] = [
    ("opencascade", {"library": "opencascade"}),
    ("hybrid-cgal-simple-opencascade", {"library": "hybrid-cgal-simple-opencascade"}),
    ("cgal", {"library": "cgal"}),
    ("cgal-simple", {"library": "cgal-simple"}),
    ("manifold", {"library": "manifold"}),
    ("hybrid, 2 threads", {"library": "hybrid-cgal-simple-opencascade", "threads": 2}),
    (
        "hybrid, disable-opening-subtractions",
        {"library": "hybrid-cgal-simple-opencascade", "disable_openings": True},
    ),
    (
        "hybrid, weld-vertices off",
        {"library": "hybrid-cgal-simple-opencascade", "weld_vertices": False},
    ),
    (
        "opencascade, coarse mesher (linear 0.01, angular 0.5)",
        {"library": "opencascade", "linear_deflection": 0.01, "angular_deflection": 0.5},
    ),
]

_CHILD = r"""
import json, sys, time, resource
import ifcopenshell, ifcopenshell.geom
from fmdesk.bim.geometry_failures import expected_products as _expected_products
from fmdesk.bim.geometry_failures import has_body as _has_body
from fmdesk.bim.geometry_settings import GeometrySettings
path, options = sys.argv[1], json.loads(sys.argv[2])
settings = GeometrySettings(**options)
model = ifcopenshell.open(path)
expected = _expected_products(model, settings.exclude)
started = time.perf_counter()
cpu_started = time.process_time()
iterator = ifcopenshell.geom.iterator(
    settings.to_ifcopenshell(), model, settings.threads,
    geometry_library=settings.library, exclude=list(settings.exclude) or None)
meshed, triangles = set(), 0
if iterator.initialize():
    tasks = ifcopenshell.ifcopenshell_wrapper.iterator.get_task_products(iterator)
    expected = {t[0].id() for t in tasks if _has_body(t[0])}
    while True:
        shape = iterator.get()
        faces = len(shape.geometry.faces_buffer) // 12
        if faces:
            meshed.add(shape.id)
            triangles += faces
        if not iterator.next():
            break
seconds = time.perf_counter() - started
print(json.dumps({
    "seconds": seconds, "cpu": time.process_time() - cpu_started,
    "triangles": triangles, "meshed": len(meshed & expected),
    "expected": len(expected), "failures": len(expected - meshed),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def measure(path: Path, options: dict, repeat: int, timeout: float) -> dict:
    """Best of ``repeat`` subprocess runs; ``error`` set when the library crashed or hung."""
    best: dict | None = None
    for _ in range(repeat):
        try:
            result = subprocess.run(
                [sys.executable, "-c", _CHILD, str(path), json.dumps(options)],
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=ROOT,
            )
        except subprocess.TimeoutExpired:
            return {"error": f"timeout > {timeout:.0f} s"}
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["crashed"])[-1]
            return {"error": f"exit {result.returncode}: {last[:80]}"}
        data = json.loads(result.stdout.strip().splitlines()[-1])
        if best is None or data["cpu"] < best["cpu"]:
            best = data
    assert best is not None
    return best


def default_models() -> list[Path]:
    samples = sorted((ROOT / "ifc_samples").glob("*.ifc"))
    shared = ROOT.parent / "shared" / "ifc"
    names = [
        "fzk-haus_ifc4.ifc",
        "office-a_ifc2x3.ifc",
        "duplex-electrical_ifc2x3.ifc",
        "heating-fragmented_ifc2x3.ifc",
    ]
    return samples[:2] + [shared / n for n in names if (shared / n).is_file()]


def render_table(rows: list[tuple[str, str, dict]], load: str) -> str:
    lines = [
        "# ifcopenshell geometry settings measured on fmdesk's models",
        "",
        f"ifcopenshell {_version()}, {os.cpu_count()} cores, load average {load} "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}). Bare iterator, world "
        "coordinates, openings excluded, 1 thread unless stated; best of the runs. "
        "*CPU* is the process CPU time (all threads): on a shared machine it moves far less "
        "than wall time, so the ratio column uses it. *failures* = products with a body "
        "representation that produced no triangles.",
        "",
        "| model | configuration | wall (s) | CPU (s) | CPU × best robust | triangles | meshed "
        "| failures |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    by_model: dict[str, list[tuple[str, dict]]] = {}
    for model, name, data in rows:
        by_model.setdefault(model, []).append((name, data))
    for model, results in by_model.items():
        robust = [
            d["cpu"]
            for _, d in results
            if "error" not in d
            and d["failures"] == min(r["failures"] for _, r in results if "error" not in r)
        ]
        fastest = min(robust) if robust else None
        for name, data in results:
            if "error" in data:
                lines.append(f"| {model} | {name} | – | – | – | – | – | {data['error']} |")
                continue
            ratio = f"{data['cpu'] / fastest:.2f}" if fastest else "–"
            lines.append(
                f"| {model} | {name} | {data['seconds']:.2f} | {data['cpu']:.2f} | {ratio} | "
                f"{data['triangles']:,} | {data['meshed']}/{data['expected']} | "
                f"{data['failures']} |"
            )
    return "\n".join(lines) + "\n"


def _version() -> str:
    import ifcopenshell

    return ifcopenshell.version


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--configs", help="comma-separated config names (default: all)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    models = args.models or default_models()
    wanted = set(args.configs.split(",")) if args.configs else None
    rows = []
    for model in models:
        for name, options in CONFIGS:
            if wanted and name not in wanted:
                continue
            data = measure(model, options, args.repeat, args.timeout)
            rows.append((model.name, name, data))
            print(model.name, name, json.dumps(data), file=sys.stderr, flush=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    table = render_table(rows, load)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(table, encoding="utf-8")
    sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
