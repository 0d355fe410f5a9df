"""Generate the sample residential building and write the committed sample files.

``generate_building`` builds one in-memory model in any supported schema and size;
``write_samples`` writes the three committed samples (IFC4, IFC2X3, IFC4X3_ADD2, 6 storeys × 4
flats) or one file per schema for a custom size.
"""

from __future__ import annotations

from pathlib import Path

import ifcopenshell

from fmdesk.errors import UserError
from fmdesk.i18n import _t
from fmdesk.samples.architecture import add_architecture
from fmdesk.samples.context import BuildContext
from fmdesk.samples.drainage import add_drainage
from fmdesk.samples.electrical import add_electrical
from fmdesk.samples.fire import add_fire
from fmdesk.samples.gas import add_gas
from fmdesk.samples.spatial import add_spaces, add_spatial_structure
from fmdesk.samples.ventilation import add_ventilation
from fmdesk.samples.water import add_domestic_water
from fmdesk.samples.writer import SampleWriter

SCHEMAS = {
    "IFC4": "IFC4",
    "IFC2X3": "IFC2X3",
    "IFC4X3": "IFC4X3_ADD2",
    "IFC4X3_ADD2": "IFC4X3_ADD2",
}
DEFAULT_STOREYS = 6
DEFAULT_UNITS = 4
MAX_STOREYS = 99
MAX_UNITS = 99
FILE_SUFFIX = {"IFC4": "ifc4", "IFC2X3": "ifc2x3", "IFC4X3_ADD2": "ifc4x3"}


class SampleOptionError(UserError):
    """A sample size or schema the generator cannot produce."""


def normalise_schema(schema: str) -> str:
    """Accept IFC4, IFC2X3, IFC4X3 (or IFC4X3_ADD2), any case; return the ifcopenshell name.

    Example: ``normalise_schema("ifc4x3") == "IFC4X3_ADD2"``.
    """
    found = SCHEMAS.get(schema.strip().upper())
    if found is None:
        raise SampleOptionError(
            _t("Unknown IFC schema '{schema}'; use one of IFC4, IFC2X3 or IFC4X3.", schema=schema)
        )
    return found


def check_size(storeys: int, units_per_storey: int) -> None:
    if not 1 <= storeys <= MAX_STOREYS:
        raise SampleOptionError(
            _t(
                "--storeys must be between 1 and {MAX_STOREYS} (got {storeys}); choose a valid "
                "number.",
                MAX_STOREYS=MAX_STOREYS,
                storeys=storeys,
            )
        )
    if not 1 <= units_per_storey <= MAX_UNITS:
        raise SampleOptionError(
            _t(
                "--units-per-storey must be between 1 and {MAX_UNITS} (got {units_per_storey}); "
                "choose a valid number.",
                MAX_UNITS=MAX_UNITS,
                units_per_storey=units_per_storey,
            )
        )


def generate_building(
    schema: str = "IFC4", storeys: int = DEFAULT_STOREYS, units_per_storey: int = DEFAULT_UNITS
) -> ifcopenshell.file:
    """Build the sample residential building in memory.

    Example: ``model = generate_building("IFC2X3", storeys=3, units_per_storey=2)`` gives
    flats 1-101 … 1-302 with their water, drainage, fire and power systems.
    """
    schema = normalise_schema(schema)
    check_size(storeys, units_per_storey)
    ctx = BuildContext(SampleWriter(schema), storeys, units_per_storey)
    add_spatial_structure(ctx)
    add_spaces(ctx)
    add_architecture(ctx)
    add_domestic_water(ctx)
    add_drainage(ctx)
    add_fire(ctx)
    add_ventilation(ctx)
    add_gas(ctx)
    add_electrical(ctx)
    return ctx.writer.finish(ctx.building)


def sample_filename(schema: str, storeys: int, units_per_storey: int) -> str:
    """``sample_residential_ifc4.ifc`` for the default size, else ``residential_40x60_ifc4.ifc``."""
    suffix = FILE_SUFFIX[normalise_schema(schema)]
    if (storeys, units_per_storey) == (DEFAULT_STOREYS, DEFAULT_UNITS):
        return f"sample_residential_{suffix}.ifc"
    return f"residential_{storeys}x{units_per_storey}_{suffix}.ifc"


def write_sample(
    out_dir: Path,
    schema: str = "IFC4",
    storeys: int = DEFAULT_STOREYS,
    units_per_storey: int = DEFAULT_UNITS,
) -> Path:
    """Generate one sample and write it into ``out_dir``; returns the file path."""
    model = generate_building(schema, storeys, units_per_storey)
    return save_model(model, Path(out_dir) / sample_filename(schema, storeys, units_per_storey))


def save_model(model: ifcopenshell.file, path: Path) -> Path:
    """Write ``model`` to ``path``, creating the folder; file-system errors become one sentence."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        model.write(str(path))
    except OSError as error:
        raise SampleOptionError(
            _t(
                "Cannot write {path}: {strerror}; choose a writable --out folder.",
                path=path,
                strerror=error.strerror,
            )
        ) from None
    return path


def write_samples(out_dir: Path) -> list[Path]:
    """Write the three committed samples (IFC4, IFC2X3, IFC4X3_ADD2) into ``out_dir``.

    Example: ``write_samples(Path("ifc_samples"))`` regenerates the committed files.
    """
    return [write_sample(out_dir, schema) for schema in ("IFC4", "IFC2X3", "IFC4X3_ADD2")]
