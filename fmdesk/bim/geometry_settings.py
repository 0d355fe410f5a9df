"""Which ifcopenshell geometry library and settings turn a model into triangles.

ifcopenshell's geometry libraries and settings differ several-fold in speed and in what they
produce on the same file, so the defaults here were chosen by measurement (see
``benchmarks/geometry_settings.py`` and ``benchmarks/out/geometry_settings.md``). Everything that
changes the triangles is part of :meth:`GeometrySettings.cache_key`, so the tessellation cache
never serves triangles made with other settings; the thread count is not (it changes only speed).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import ifcopenshell.geom

__all__ = ["DEFAULT_EXCLUDE", "GEOMETRY_LIBRARIES", "GeometrySettings", "default_threads"]

GEOMETRY_LIBRARIES = (
    "hybrid-cgal-simple-opencascade",
    "opencascade",
    "cgal",
    "cgal-simple",
    "manifold",
)
"""Libraries this build ships, the measured default first. On fmdesk's models (see
benchmarks/out/geometry_settings.md) the hybrid meshed every element with 1.8-5.3x less CPU
than opencascade; cgal-simple and manifold are faster still but drop elements (booleans, and
silently, circular extrusions such as pipes and cables); cgal is the slowest."""

DEFAULT_EXCLUDE = ("IfcOpeningElement",)
"""Openings are subtracted from their host and never drawn on their own."""


def default_threads() -> int:
    """One thread on machines with up to 2 cores, half the cores above.

    Measured on a 2-core machine (benchmarks/out/geometry_settings.md): ifcopenshell 0.9's
    threaded iterator with 2 threads spent 1.8-6.3x the CPU time of one thread and was slower
    on 6 of 7 models (5.8x the CPU on a 100,000-element building). Machines with more cores
    were not measured; half of them leaves room for the GUI.
    """
    cores = os.cpu_count() or 1
    return 1 if cores <= 2 else max(1, cores // 2)


@dataclass(frozen=True)
class GeometrySettings:
    """The tessellation options fmdesk exposes; the defaults are the measured best trade-off.

    Example::

        settings = GeometrySettings()                       # measured defaults
        fast = GeometrySettings(disable_openings=True)      # no boolean cuts: faster, holes closed
    """

    library: str = "hybrid-cgal-simple-opencascade"
    weld_vertices: bool = True
    apply_default_materials: bool = False
    disable_openings: bool = False
    linear_deflection: float | None = None
    angular_deflection: float | None = None
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    threads: int = field(default_factory=default_threads, compare=False)

    def with_threads(self, threads: int) -> GeometrySettings:
        """Same triangles, another thread count (the cache key does not change)."""
        return replace(self, threads=max(1, threads))

    def cache_key(self) -> str:
        """A short stable digest of everything that changes the triangles."""
        data = asdict(self)
        data.pop("threads")
        text = json.dumps(data, sort_keys=True, default=list)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> dict[str, Any]:
        """Plain data for ``--json`` output and benchmark tables."""
        return asdict(self)

    def to_ifcopenshell(self) -> ifcopenshell.geom.settings:
        """The ifcopenshell settings object for the iterator (world coordinates always)."""
        settings = ifcopenshell.geom.settings()
        settings.set("use-world-coords", True)
        settings.set("weld-vertices", self.weld_vertices)
        settings.set("apply-default-materials", self.apply_default_materials)
        settings.set("disable-opening-subtractions", self.disable_openings)
        if self.linear_deflection is not None:
            settings.set("mesher-linear-deflection", float(self.linear_deflection))
        if self.angular_deflection is not None:
            settings.set("mesher-angular-deflection", float(self.angular_deflection))
        return settings
