"""Model length units: everything this package returns is in metres."""

from __future__ import annotations

import ifcopenshell
import ifcopenshell.util.unit

__all__ = ["length_scale"]


def length_scale(model: ifcopenshell.file) -> float:
    """Return the factor from the model's length unit to metres (1.0 when none is declared).

    >>> length_scale(model)  # a model in millimetres  # doctest: +SKIP
    0.001
    """
    try:
        return float(ifcopenshell.util.unit.calculate_unit_scale(model))
    except Exception:  # no IfcUnitAssignment, or a broken one: assume metres
        return 1.0
