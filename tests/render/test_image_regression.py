"""The rendered sample matches a committed reference picture within a tolerance.

The reference is regenerated only deliberately (after an intended change to colours, views,
lighting or the sample building)::

    FMDESK_UPDATE_REFERENCE=1 .venv/bin/pytest tests/render/test_image_regression.py

then look at tests/render/reference/*.png before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fmdesk.bim.geometry import MeshBatch
from fmdesk.render.offscreen import render_image

REFERENCE = Path(__file__).parent / "reference"
SIZE = (480, 320)
MEAN_TOLERANCE = 2.0
"""Mean absolute difference per channel (0–255): rasterisers differ by a few edge pixels."""
PIXEL_TOLERANCE = 0.01
"""At most 1 % of pixels may differ strongly (> 60 in some channel)."""


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("sample_iso", {"view": "iso"}),
        ("sample_xray_pumps", {"view": "iso", "xray": True, "highlight": "pumps"}),
    ],
)
def test_rendered_sample_matches_the_reference(
    sample_geometry: MeshBatch, name: str, options: dict
) -> None:
    options = dict(options)
    if options.get("highlight") == "pumps":
        options["highlight"] = [e.global_id for e in sample_geometry.elements if e.kind == "pump"]
    image = render_image(sample_geometry, size=SIZE, **options)
    path = REFERENCE / f"{name}.png"
    if os.environ.get("FMDESK_UPDATE_REFERENCE") == "1":
        REFERENCE.mkdir(exist_ok=True)
        Image.fromarray(image).save(path)
        pytest.skip(f"reference {path.name} rewritten; review it before committing")
    assert path.is_file(), f"no reference {path}; see this module's docstring"
    reference = np.asarray(Image.open(path).convert("RGB"))
    assert image.shape == reference.shape
    difference = np.abs(image.astype(np.int16) - reference.astype(np.int16))
    strong = (difference > 60).any(axis=2).mean()
    assert difference.mean() <= MEAN_TOLERANCE, f"mean difference {difference.mean():.2f}"
    assert strong <= PIXEL_TOLERANCE, f"{strong:.2%} of pixels differ strongly"
    assert image.std() > 10  # the reference itself is not blank


def test_the_comparison_detects_a_different_picture(sample_geometry: MeshBatch) -> None:
    reference = np.asarray(Image.open(REFERENCE / "sample_iso.png").convert("RGB"))
    other = render_image(sample_geometry, size=SIZE, view="top")
    difference = np.abs(other.astype(np.int16) - reference.astype(np.int16))
    assert difference.mean() > MEAN_TOLERANCE or (difference > 60).any(axis=2).mean() > 0.01
