"""Generated sample buildings: realistic Chinese residential blocks in IFC4, IFC2X3 and IFC4X3.

Public API: :func:`generate_building`, :func:`write_samples`, :func:`write_sample`,
:func:`sample_filename`.
"""

from __future__ import annotations

from fmdesk.samples.building import (
    generate_building,
    normalise_schema,
    sample_filename,
    write_sample,
    write_samples,
)

__all__ = [
    "generate_building",
    "normalise_schema",
    "sample_filename",
    "write_sample",
    "write_samples",
]
