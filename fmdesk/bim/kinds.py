"""Kind groups shared by the readers and the network (no ifcopenshell here: the network's
cached questions import this without importing the IFC library)."""

from __future__ import annotations

__all__ = ["DISTRIBUTION_RUN_KINDS"]

DISTRIBUTION_RUN_KINDS = frozenset(
    {
        "pipe",
        "fitting",
        "duct",
        "duct_fitting",
        "cable",
        "cable_fitting",
        "cable_carrier",
        "cable_carrier_fitting",
    }
)
"""Kinds that carry a medium between equipment (pipes, ducts, cables, their fittings and
carriers): not maintainable assets, and where the network infers missing joints."""
