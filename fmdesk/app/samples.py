"""Use case: write generated sample residential buildings (IFC4 / IFC2X3 / IFC4X3).

Without a size, the three committed samples (6 storeys × 4 flats) are written; any size can be
generated for tests and benchmarks::

    written = generate_samples(Path("/tmp/big"), storeys=40, units_per_storey=60, schema="IFC4")
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fmdesk.app.progress import NO_PROGRESS, Progress
from fmdesk.i18n import _t

__all__ = ["SampleFile", "SampleSet", "generate_samples"]

ALL_SCHEMAS = ("IFC4", "IFC2X3", "IFC4X3_ADD2")


@dataclass(frozen=True)
class SampleFile:
    """One written sample: where, which schema, and what it holds (counted on the model)."""

    facts: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.facts[key]


@dataclass(frozen=True)
class SampleSet:
    files: list[SampleFile]

    def to_dict(self) -> dict[str, Any]:
        return {"files": [dict(f.facts) for f in self.files]}


def generate_samples(
    out: Path,
    storeys: int | None = None,
    units_per_storey: int | None = None,
    schema: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> SampleSet:
    """Generate and save the building in ``schema`` (default: all three) into folder ``out``."""
    from fmdesk.samples.building import (
        DEFAULT_STOREYS,
        DEFAULT_UNITS,
        SampleOptionError,
        check_size,
        normalise_schema,
    )

    storeys = DEFAULT_STOREYS if storeys is None else storeys
    units = DEFAULT_UNITS if units_per_storey is None else units_per_storey
    check_size(storeys, units)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise SampleOptionError(
            _t("--out {out} is a file; give a folder for the samples.", out=out)
        )
    schemas = list(ALL_SCHEMAS) if schema is None else [normalise_schema(schema)]
    written = []
    for number, name in enumerate(schemas):
        progress.report(number / len(schemas), name)
        progress.check_cancelled()
        written.append(_write_one(name, storeys, units, out))
    return SampleSet(written)


def _write_one(schema: str, storeys: int, units: int, out: Path) -> SampleFile:
    from fmdesk.samples.building import generate_building, sample_filename, save_model

    started = time.perf_counter()
    model = generate_building(schema, storeys, units)
    path = save_model(model, out / sample_filename(schema, storeys, units))
    seconds = time.perf_counter() - started
    elements = model.by_type("IfcElement")
    return SampleFile(
        {
            "path": str(path),
            "schema": model.schema_identifier,
            "storeys": storeys,
            "units_per_storey": units,
            "flats": storeys * units,
            "elements": len(elements),
            "ports": len(model.by_type("IfcDistributionPort")),
            "port_connections": len(model.by_type("IfcRelConnectsPorts")),
            "spaces": len(model.by_type("IfcSpace")),
            "systems": len(model.by_type("IfcSystem")),
            "by_class": dict(sorted(Counter(e.is_a() for e in elements).items())),
            "size_bytes": path.stat().st_size,
            "seconds": round(seconds, 2),
        }
    )
