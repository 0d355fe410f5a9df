"""How fast fmdesk opens a model in 3D, against ifcopenshell's bare geometry iterator.

Usage::

    .venv/bin/python benchmarks/open_model.py MODEL [--repeat N] [--json]

Prints, from one run on one machine:

- **bare iterator**: ``ifcopenshell.open`` + ``ifcopenshell.geom.iterator`` looping get()/next()
  with the same settings fmdesk uses (library, threads, world coordinates, exclusions);
- **ours, tessellation**: fmdesk's reader (``open_model``) + :func:`iter_tessellation` (storeys,
  element records, per-triangle colours, float32 arrays, failure records), consumed to the end;
  the ratio of this to the bare iterator is the cost of our wrapping;
- **time to first picture**: cold cache, from the start of opening to the first batch merged
  into an off-screen scene and rendered (the GL context is created before the clock starts,
  as in the running app);
- **full load**: cold cache, everything batches through the scene, cache written, rendered;
- **cached re-open**: the same file again: cache hit to geometry, and to a rendered picture;
- **peak memory** (max RSS) of each phase.

Each phase runs in its own subprocess so memory and caches do not carry over; with
``--repeat`` the best time of each phase is kept (the machine is shared: load is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PRELUDE = r"""
import json, os, sys, time, resource
start = time.perf_counter()
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
path = sys.argv[1]
"""

_BARE = (
    _PRELUDE
    + r"""
import ifcopenshell, ifcopenshell.geom
from fmdesk.bim.geometry_settings import GeometrySettings
settings = GeometrySettings()
t0 = time.perf_counter()
c0 = time.process_time()
model = ifcopenshell.open(path)
t_open = time.perf_counter() - t0
iterator = ifcopenshell.geom.iterator(settings.to_ifcopenshell(), model, settings.threads,
    geometry_library=settings.library, exclude=list(settings.exclude) or None)
count = 0
if iterator.initialize():
    while True:
        iterator.get()
        count += 1
        if not iterator.next():
            break
total = time.perf_counter() - t0
print(json.dumps({"open": t_open, "iterate": total - t_open, "total": total,
                  "cpu": time.process_time() - c0, "shapes": count, "peak_mb": peak_mb()}))
"""
)

_OURS = (
    _PRELUDE
    + r"""
from fmdesk.bim.geometry import concat_batches, iter_tessellation
from fmdesk.bim.geometry_records import ElementPlaces
from fmdesk.bim.model_file import open_model
t0 = time.perf_counter()
c0 = time.process_time()
model = open_model(path)
t_open = time.perf_counter() - t0
t1 = time.perf_counter()
c1 = time.process_time()
ElementPlaces(model)
t_places = time.perf_counter() - t1
cpu_places = time.process_time() - c1
t2 = time.perf_counter()
batches = list(iter_tessellation(model))
t_tess = time.perf_counter() - t2
geometry = concat_batches(batches)
total = time.perf_counter() - t0 - t_places  # the index is built again inside
cpu = time.process_time() - c0 - cpu_places
print(json.dumps({"open": t_open, "places": t_places, "tessellate": t_tess, "total": total,
                  "cpu": cpu,
                  "elements": len(geometry), "triangles": geometry.triangle_count,
                  "failures": len(geometry.failures), "batches": len(batches),
                  "peak_mb": peak_mb()}))
"""
)

_SCENE = (
    _PRELUDE
    + r"""
from fmdesk.render.offscreen import create_offscreen_plotter
from fmdesk.bim.geometry import tessellate
from fmdesk.render import Scene
plotter = create_offscreen_plotter((1280, 800))  # no MSAA, as the app's QtInteractor
plotter.screenshot(return_img=True)  # the GL context exists already in a running app
t0 = time.perf_counter()
scene = Scene(plotter)
first = None
elements = 0
from_cache = False
for batch in tessellate(path):
    scene.add_batch(batch)
    from_cache = batch.from_cache
    elements += len(batch)
    if first is None and len(batch):
        scene.set_view("iso")
        plotter.render()
        plotter.screenshot(return_img=True)
        first = time.perf_counter() - t0
t_geometry = time.perf_counter() - t0
scene.compact()
scene.set_view("iso")
plotter.render()
plotter.screenshot(return_img=True)
total = time.perf_counter() - t0
print(json.dumps({"first_picture": first, "geometry": t_geometry, "total": total,
                  "elements": elements, "actors": scene.actor_count, "from_cache": from_cache,
                  "peak_mb": peak_mb()}))
plotter.close()
"""
)

_CACHE_ONLY = (
    _PRELUDE
    + r"""
from fmdesk.bim.geometry import load_geometry
t0 = time.perf_counter()
geometry = load_geometry(path)
print(json.dumps({"total": time.perf_counter() - t0, "from_cache": geometry.from_cache,
                  "elements": len(geometry), "peak_mb": peak_mb()}))
"""
)


def run_phase(code: str, model: Path, home: Path) -> dict:
    env = dict(os.environ, FMDESK_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", code, str(model)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"phase failed: {result.stderr.strip()[-500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def best(runs: list[dict]) -> dict:
    return min(runs, key=lambda r: r["total"])


def measure(model: Path, repeat: int) -> dict:
    bare_runs, ours_runs, cold_runs, warm_runs, cache_runs = [], [], [], [], []
    for _ in range(repeat):
        bare_runs.append(run_phase(_BARE, model, Path(tempfile.mkdtemp())))
        ours_runs.append(run_phase(_OURS, model, Path(tempfile.mkdtemp())))
        home = Path(tempfile.mkdtemp(prefix="fmdesk_bench_"))
        cold_runs.append(run_phase(_SCENE, model, home))
        cache_runs.append(run_phase(_CACHE_ONLY, model, home))
        warm_runs.append(run_phase(_SCENE, model, home))
    bare, ours = best(bare_runs), best(ours_runs)
    cold, warm, cache = best(cold_runs), best(warm_runs), best(cache_runs)
    assert not cold["from_cache"] and warm["from_cache"] and cache["from_cache"]
    return {
        "model": str(model),
        "size_mb": round(model.stat().st_size / 1e6, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cores": os.cpu_count(),
        "elements": ours["elements"],
        "triangles": ours["triangles"],
        "failures": ours["failures"],
        "bare_open_s": bare["open"],
        "bare_iterate_s": bare["iterate"],
        "bare_total_s": bare["total"],
        "ours_open_s": ours["open"],
        "ours_places_s": ours["places"],
        "ours_tessellate_s": ours["tessellate"],
        "ours_total_s": ours["total"],
        "bare_cpu_s": bare["cpu"],
        "ours_cpu_s": ours["cpu"],
        "ratio_total": ours["total"] / bare["total"],
        "ratio_cpu": ours["cpu"] / bare["cpu"],
        "ratio_iterate": ours["tessellate"] / bare["iterate"],
        "first_picture_s": cold["first_picture"],
        "cold_full_load_s": cold["total"],
        "cached_geometry_s": cache["total"],
        "cached_to_picture_s": warm["total"],
        "cold_over_cached": cold["geometry"] / cache["total"],
        "cold_over_cached_picture": cold["total"] / warm["total"],
        "actors": cold["actors"],
        "peak_mb": {
            "bare": bare["peak_mb"],
            "ours_tessellation": ours["peak_mb"],
            "cold_with_scene": cold["peak_mb"],
            "cached_with_scene": warm["peak_mb"],
        },
        "runs": repeat,
    }


def render_text(r: dict) -> str:
    peak = r["peak_mb"]
    return "\n".join(
        [
            f"model: {r['model']} ({r['size_mb']} MB, {r['elements']:,} elements with geometry, "
            f"{r['triangles']:,} triangles, {r['failures']} failures)",
            f"machine: {r['cores']} cores, load average {r['load_average']}, best of "
            f"{r['runs']} run(s)",
            f"bare iterator:          open {r['bare_open_s']:.2f} s + iterate "
            f"{r['bare_iterate_s']:.2f} s = {r['bare_total_s']:.2f} s",
            f"ours, tessellation:     open {r['ours_open_s']:.2f} s + tessellate "
            f"{r['ours_tessellate_s']:.2f} s (incl. the relationship index "
            f"{r['ours_places_s']:.2f} s) "
            f"= {r['ours_total_s']:.2f} s",
            f"ratio ours / bare:      {r['ratio_total']:.2f}x wall overall, "
            f"{r['ratio_iterate']:.2f}x wall tessellate vs iterate, "
            f"{r['ratio_cpu']:.2f}x CPU time ({r['ours_cpu_s']:.2f} s vs {r['bare_cpu_s']:.2f} s)",
            f"time to first picture:  {r['first_picture_s']:.2f} s (cold cache)",
            f"full load, cold:        {r['cold_full_load_s']:.2f} s (scene, cache write, render;"
            f" {r['actors']} actors)",
            f"cached re-open:         {r['cached_geometry_s']:.3f} s to geometry, "
            f"{r['cached_to_picture_s']:.2f} s to a rendered picture",
            f"cold / cached:          {r['cold_over_cached']:.1f}x (geometry), "
            f"{r['cold_over_cached_picture']:.1f}x (to picture)",
            f"peak memory (MB):       bare {peak['bare']:.0f}, ours {peak['ours_tessellation']:.0f}"
            f", cold+scene {peak['cold_with_scene']:.0f}, cached+scene "
            f"{peak['cached_with_scene']:.0f}",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.model.is_file():
        print(f"open_model.py: no such file {args.model}", file=sys.stderr)
        return 2
    result = measure(args.model, max(1, args.repeat))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(render_text(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
