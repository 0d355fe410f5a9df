"""The measured phases of ``benchmarks/open_model.py``, each run in a fresh process.

``python benchmarks/open_model_phases.py PHASE MODEL`` prints one JSON line. Phases:

- ``bare``: ``ifcopenshell.open`` + ``ifcopenshell.geom.iterator`` looping get()/next() with the
  same settings fmdesk uses (hybrid library, one thread, world coordinates, openings excluded);
- ``cold``: what the viewer does on File → Open with an empty cache, off-screen: a spare
  geometry process is started and ready before the clock starts (the window starts one when it
  opens), as is the GL context; from the clock, the worker pool meshes the model into an
  off-screen scene (first picture rendered as soon as the first piece is in; *in scene* when
  the last element is), the cache is written from the same chunks (*cached*), the scene adopts
  its blocks and the full model is rendered (*full load*);
  once the pool is done a thread parses and reads the model for the panels (tree, elements,
  systems), as the viewer's loader does (*panels ready*); ``--no-reader`` leaves that out and
  ``--no-spare`` starts the geometry process inside the clock;
- ``cached``: the same again on the warm cache: parts from the memory-mapped cache straight into
  the scene; the view's first slice (the building's shell) rendered, then the rest on top of it
  in one render (the view draws that in slices) (the model is parsed behind the picture: timed
  after it).

Both run with the cyclic collector paused from open to picture, as the viewer's loader does.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fmdesk.gc_pauses import GcPause

SIZE = (1280, 800)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class MemorySampler(threading.Thread):
    """Every 0.2 s, the proportional memory (PSS: shared pages split between the processes
    sharing them) of the pool's processes; the peak of their sum. Its own CPU time is kept
    apart so the viewer's CPU figure does not include it."""

    def __init__(self, groups) -> None:
        super().__init__(daemon=True)
        self.groups = groups
        self.peak_pool_mb = 0.0
        self.cpu_s = 0.0
        self._done = threading.Event()
        self._pids: list[int] = []
        self._listed = 0.0

    def run(self) -> None:
        while not self._done.wait(0.2):
            start = time.thread_time()
            self.sample()
            self.cpu_s += time.thread_time() - start

    def stop(self) -> None:
        self._done.set()
        self.join()

    def sample(self) -> None:
        now = time.perf_counter()
        if now - self._listed > 1.0:  # workers come and go; listing /proc is the dear part
            wanted = set(self.groups())
            self._pids = _pids_in_groups(wanted) if wanted else []
            self._listed = now
        pool = sum(_pss_mb(pid) for pid in self._pids)
        self.peak_pool_mb = max(self.peak_pool_mb, pool)


def _pids_in_groups(groups: set[int]) -> list[int]:
    pids = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as stream:
                    fields = stream.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) in groups and fields[0] != "Z":
                pids.append(int(name))
    return pids


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as stream:
            for line in stream:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def bare(path: str) -> dict:
    import ifcopenshell
    import ifcopenshell.geom

    from fmdesk.bim.geometry_settings import GeometrySettings

    settings = GeometrySettings().with_threads(1)
    t0, c0 = time.perf_counter(), time.process_time()
    model = ifcopenshell.open(path)
    t_open = time.perf_counter() - t0
    iterator = ifcopenshell.geom.iterator(
        settings.to_ifcopenshell(),
        model,
        1,
        geometry_library=settings.library,
        exclude=list(settings.exclude) or None,
    )
    count = 0
    if iterator.initialize():
        while True:
            iterator.get()
            count += 1
            if not iterator.next():
                break
    total = time.perf_counter() - t0
    return {
        "open_s": t_open,
        "total_s": total,
        "cpu_s": time.process_time() - c0,
        "shapes": count,
        "peak_mb": peak_mb(),
    }


def _plotter():
    from fmdesk.render.offscreen import create_offscreen_plotter
    from fmdesk.render.scene import warm_up_actors

    plotter = create_offscreen_plotter(SIZE)
    warm_up = warm_up_actors()
    for actor in warm_up:  # as the window's first paint: shaders compiled before any model
        plotter.renderer.AddActor(actor)
    plotter.screenshot(return_img=True)  # the GL context exists already in a running app
    for actor in warm_up:
        plotter.renderer.RemoveActor(actor)
    return plotter


def _render(plotter) -> None:
    plotter.render()
    plotter.screenshot(return_img=True)


def _read_model(path: str, out: dict) -> None:
    """The loader's model read (tree, index, elements, systems)."""
    from fmdesk.bim.elements import read_elements
    from fmdesk.bim.index import build_model_index
    from fmdesk.bim.model_file import open_model
    from fmdesk.bim.spatial import read_spatial_tree
    from fmdesk.bim.systems import read_systems

    start = time.perf_counter()
    model = open_model(path)
    read_spatial_tree(model)
    index = build_model_index(model)
    elements = list(read_elements(model, index))
    list(read_systems(model, index))
    out["read_s"] = time.perf_counter() - start
    out["read_elements"] = len(elements)
    out["model"] = model  # held, as the viewer holds it


def cold(path: str, reader: bool = True, spare: bool = True) -> dict:
    from fmdesk.bim import geometry_pool
    from fmdesk.bim.geometry_assembly import GroupedGeometry
    from fmdesk.bim.geometry_stream import StreamSummary, stream_parts
    from fmdesk.render.scene import Scene

    plotter = _plotter()
    spare_ready = geometry_pool.prestart(wait_s=30.0) if spare else False
    scene = Scene(plotter, defer_merges=True)
    summary = StreamSummary()
    read: dict = {}
    sampler = MemorySampler(geometry_pool.job_process_groups)
    sampler.start()
    pause = GcPause()  # as the viewer's loader: the collector is paused from open to loaded
    pause.hold()
    t0, c0 = time.perf_counter(), time.process_time()
    thread = None
    first = None
    adopted = False
    in_scene = cached_at = None
    for item in stream_parts(path, summary=summary):
        if isinstance(item, GroupedGeometry):
            cached_at = time.perf_counter() - t0
            adopted = True
            scene.adopt(item)
            continue
        scene.add_piece(item)
        in_scene = time.perf_counter() - t0
        if scene.crowded:
            scene.merge_crowded(budget_s=0.015)
        if first is None and scene.element_count:
            scene.set_view("iso")
            _render(plotter)
            first = time.perf_counter() - t0
    stream_end = time.perf_counter() - t0
    if reader:  # as the loader: the model is read once the pool is done
        thread = threading.Thread(target=_read_model, args=(path, read), daemon=True)
        thread.start()
    scene.compact()
    scene.set_view("iso")
    _render(plotter)
    rendered = time.perf_counter() - t0
    if thread is not None:
        thread.join()
    everything = time.perf_counter() - t0
    pause.release(freeze=True)
    sampler.stop()
    stats = geometry_pool.last_stats()
    result = {
        "first_picture_s": first,
        "in_scene_s": in_scene,
        "cached_s": cached_at or stream_end,
        "full_load_s": rendered,
        "with_model_read_s": everything,
        "read_s": read.get("read_s"),
        "cache_write_s": summary.cache_write_s,
        "adopted": adopted,
        "elements": scene.element_count,
        "triangles": summary.triangles,
        "failures": len(summary.failures),
        "actors": scene.actor_count,
        "spare_ready": spare_ready,
        "main_cpu_s": time.process_time() - c0 - sampler.cpu_s,
        "peak_mb": peak_mb(),
        "peak_pool_pss_mb": sampler.peak_pool_mb,
        "peak_total_mb": peak_mb() + sampler.peak_pool_mb,
        "pool": {k: v for k, v in stats.items() if k != "storeys"},
    }
    plotter.close()
    return result


def cached(path: str) -> dict:
    from fmdesk.bim.geometry_stream import StreamSummary, stream_parts
    from fmdesk.render.progressive import ProgressiveRender
    from fmdesk.render.scene import Scene

    plotter = _plotter()
    scene = Scene(plotter, defer_merges=True)
    progressive = ProgressiveRender(  # as the view draws: the shell first, in 25 ms slices
        plotter.ren_win,
        plotter.renderer,
        scene.draw_order,
        cell_count=scene.cell_count,
        revision=lambda: scene.revision,
        translucent=scene.is_translucent,
        shell=scene.is_shell,
    )
    summary = StreamSummary()
    pause = GcPause()  # as the viewer's loader
    pause.hold()
    t0 = time.perf_counter()
    for piece in stream_parts(path, summary=summary):
        scene.add_piece(piece)
    geometry = time.perf_counter() - t0
    scene.set_view("iso")
    plotter.ren_win.Render()  # the view's first slice: the building's shell
    first_slice = time.perf_counter() - t0
    slices = progressive.stats.slices
    progressive.finish_frame()  # the rest on top in one render (the view draws it in slices)
    plotter.ren_win.Render()
    picture = time.perf_counter() - t0
    pause.release(freeze=True)
    progressive.detach()
    peak_picture = peak_mb()
    read: dict = {}
    _read_model(path, read)
    result = {
        "from_cache": summary.from_cache,
        "geometry_s": geometry,
        "first_slice_s": first_slice,
        "picture_s": picture,
        "slices": slices,
        "model_read_after_s": read["read_s"],
        "elements": scene.element_count,
        "actors": scene.actor_count,
        "peak_picture_mb": peak_picture,
        "peak_mb": peak_mb(),
    }
    plotter.close()
    return result


def main() -> int:
    phase, path = sys.argv[1], sys.argv[2]
    flags = set(sys.argv[3:])
    if phase == "bare":
        result = bare(path)
    elif phase == "cold":
        result = cold(path, reader="--no-reader" not in flags, spare="--no-spare" not in flags)
    elif phase == "cached":
        result = cached(path)
    else:
        raise SystemExit(f"unknown phase {phase}")
    print(json.dumps(result, default=float))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
