"""Benchmark of the network questions on generated buildings of about 10,000 and 100,000 elements.

Run: ``.venv/bin/python benchmarks/network.py [--sizes 10x21,40x60] [--starts 200]``. The
buildings are generated with ``fmdesk samples`` into ``--cache`` (default
/tmp/fmdesk_network_bench) once and reused. Prints, per building: model reading (parse +
:func:`read_network_inputs`), graph building (after parsing; target ≤ 2 s per 100,000 elements),
median / 90th percentile / maximum of upstream traces and isolations from ``--starts`` random
elements (targets ≤ 50 ms each on 100,000 elements), the on-disk network cache (write, read,
isolations on the read network give the same answers), and the cached re-open plus isolation
from the command line, ``fmdesk isolate MODEL --at …`` in a fresh process (target ≤ 1.0 s),
with the machine's load average (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from fmdesk.bim import open_model
from fmdesk.network import (
    build_network,
    isolate_element,
    read_network_inputs,
    trace_downstream,
    trace_upstream,
)
from fmdesk.network.check import check_network

BUILD_TARGET_S_PER_100K = 2.0
QUERY_TARGET_MS = 50.0


def ensure_building(cache: Path, storeys: int, units: int) -> Path:
    """Generate the building once; later runs reuse the cached file."""
    path = cache / f"residential_{storeys}x{units}_ifc4.ifc"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable,
            "-m",
            "fmdesk",
            "samples",
            "--storeys",
            str(storeys),
            "--units-per-storey",
            str(units),
            "--schema",
            "IFC4",
            "--out",
            str(cache),
        ]
        print(f"generating {path.name} …", flush=True)
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return path


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def timed_cpu(function, *args, **kwargs):
    """(result, wall seconds, CPU seconds of this process): CPU time is the fairer figure
    when other programs share the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def describe(label: str, seconds: list[float], target_ms: float | None = None) -> str:
    ms = sorted(s * 1000 for s in seconds)
    median = statistics.median(ms)
    p90 = ms[int(0.9 * (len(ms) - 1))]
    text = f"  {label:<22} median {median:8.2f} ms   p90 {p90:8.2f} ms   max {ms[-1]:8.2f} ms"
    if target_ms:
        text += f"   median/target {median / target_ms:.2f}"
    return text


def run_building(path: Path, starts: int, seed: int):
    model, parse_s, parse_cpu = timed_cpu(open_model, path)
    inputs, read_s, read_cpu = timed_cpu(read_network_inputs, model)
    builds = [timed_cpu(build_network, inputs) for _ in range(3)]
    network = builds[-1][0]
    build_s = min(b[1] for b in builds)
    build_cpu = min(b[2] for b in builds)
    elements = len(inputs.elements)
    target = BUILD_TARGET_S_PER_100K * elements / 100_000
    print(
        f"{path.name}: {elements:,} elements, {len(network.nodes):,} network elements, "
        f"{len(network.edges):,} edges, media {sorted(network.media)}"
    )
    print(f"  open (parse)           {parse_s:8.2f} s wall {parse_cpu:8.2f} s CPU")
    print(
        f"  read inputs            {read_s:8.2f} s wall {read_cpu:8.2f} s CPU"
        "   (elements, ports, connections, systems, spaces)"
    )
    print(
        f"  graph build (best of 3) {build_s:7.2f} s wall {build_cpu:8.2f} s CPU   target "
        f"{target:.2f} s (2 s per 100k): ratio wall {build_s / target:.2f}, "
        f"CPU {build_cpu / target:.2f}"
    )
    _, check_s = timed(check_network, inputs, network)
    print(f"  network check          {check_s:8.2f} s")
    rng = random.Random(seed)
    candidates = sorted(network.node_media)
    chosen = rng.sample(candidates, min(starts, len(candidates)))
    trace_times, isolate_times, closes, collateral = [], [], [], []
    for gid in chosen:
        _, seconds = timed(trace_upstream, network, gid)
        trace_times.append(seconds)
        result, seconds = timed(isolate_element, network, gid)
        isolate_times.append(seconds)
        closes.append(len(result.close))
        collateral.append(len(result.collateral))
    print(describe("upstream trace", trace_times, QUERY_TARGET_MS))
    print(describe("isolation", isolate_times, QUERY_TARGET_MS))
    print(
        f"  ({len(chosen)} random starts, seed {seed}; devices to close: median "
        f"{statistics.median(closes):.0f}, max {max(closes)}; collateral elements: median "
        f"{statistics.median(collateral):.0f}, max {max(collateral):,})"
    )
    heavy = [g for g in candidates if network.nodes[g].kind in ("pump", "tank", "transformer")]
    for gid in heavy[:3]:
        _, up_s = timed(trace_upstream, network, gid)
        _, iso_s = timed(isolate_element, network, gid)
        print(
            f"  plant-room start {network.nodes[gid].name}: trace {up_s * 1000:.1f} ms, "
            f"isolation {iso_s * 1000:.1f} ms"
        )
    for medium in ("water", "electrical"):
        view = network.media.get(medium)
        if view is None:
            continue
        source = sorted(s for s in view.primary_sources if network.nodes[s].kind != "pipe")[0]
        down, down_s = timed(trace_downstream, network, source)
        # two steps below the source: the outage takes the whole building off supply
        near = sorted({w for v in view.down.get(source, ()) for w in view.down.get(v, ())})[0]
        iso, iso_s = timed(isolate_element, network, near)
        print(
            f"  whole-building {medium}: downstream trace from {network.nodes[source].name} "
            f"{down_s * 1000:.1f} ms ({len(down.elements):,} elements); isolation at "
            f"{network.nodes[near].name} {iso_s * 1000:.1f} ms ({len(iso.collateral):,} "
            "elements out)"
        )
    return network


def run_cache(path: Path, network, starts: int, seed: int) -> None:
    """Write and read the on-disk network, check answers agree, time the cached CLI run."""
    import tempfile

    from fmdesk.network import cache
    from fmdesk.network.corrections import Corrections

    with tempfile.TemporaryDirectory() as home:
        os.environ["FMDESK_HOME"] = home
        digest = cache.content_hash(path)
        _, write_s, write_cpu = timed_cpu(cache.write_network, digest, Corrections(), network)
        size = cache.cache_path(digest, Corrections()).stat().st_size
        loaded, read_s, read_cpu = timed_cpu(cache.read_network, digest, Corrections())
        rng = random.Random(seed + 1)
        chosen = rng.sample(sorted(network.node_media), min(starts, len(network.node_media)))
        same = sum(
            isolate_element(network, g).to_dict() == isolate_element(loaded, g).to_dict()
            for g in chosen[:50]
        )
        cached_times = [timed(isolate_element, loaded, g)[1] for g in chosen]
        print(
            f"  network cache          write {write_s:.2f} s wall {write_cpu:.2f} s CPU "
            f"({size / 1e6:.1f} MB), read "
            f"{read_s:.3f} s wall {read_cpu:.3f} s CPU; {same}/{min(50, len(chosen))} isolations "
            "identical to the built network"
        )
        print(describe("isolation (cached net)", cached_times, QUERY_TARGET_MS))
        run_cli(path, chosen[:5], home)
        del os.environ["FMDESK_HOME"]


def run_cli(path: Path, targets: list[str], home: str) -> None:
    """``fmdesk isolate`` in fresh processes reading the cached network, wall and CPU time:
    through ``fmdesk`` as it is, and through the command module alone (what a CLI that
    imports only the command being run does)."""
    env = {**os.environ, "FMDESK_HOME": home}
    lazy = (
        "import sys; from fmdesk.cli import _Parser; from fmdesk.commands import isolate; "
        "p = _Parser(prog='fmdesk'); s = p.add_subparsers(); isolate.register(s); "
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))"
    )
    runs = (
        ("fmdesk isolate", [sys.executable, "-m", "fmdesk"]),
        ("command module only", [sys.executable, "-c", lazy]),
    )
    for label, prefix in runs:
        for gid in targets:
            command = [*prefix, "isolate", str(path), "--json", "--at", gid]
            wall, cpu = _child_run(command, env)
            load = " ".join(f"{x:.2f}" for x in os.getloadavg())
            print(
                f"  CLI cached, {label:<20} {wall:6.2f} s wall {cpu:5.2f} s CPU   "
                f"(load average {load})"
            )
    wall, cpu = _child_run([sys.executable, "-c", "pass"], env)
    print(f"  (a bare Python start-up: {wall:.2f} s wall {cpu:.2f} s CPU)")


def _child_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10x24,40x60", help="STOREYSxUNITS,… (default %(default)s)"
    )
    parser.add_argument("--starts", type=int, default=200)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/fmdesk_network_bench"))
    args = parser.parse_args()
    for size in args.sizes.split(","):
        storeys, units = (int(part) for part in size.lower().split("x"))
        path = ensure_building(args.cache, storeys, units)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        network = run_building(path, args.starts, args.seed)
        run_cache(path, network, args.starts, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
