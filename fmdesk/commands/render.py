"""``fmdesk render MODEL --out shot.png``: a picture of the model without any screen.

Renders off-screen (EGL on a Linux server without ``DISPLAY``), from the tessellation cache
when the same file was opened before. For reports, handover archives and checking a model on a
server.

Options: ``--view iso|top|bottom|front|back|left|right`` (default iso), ``--storey NAME``
(show only that storey; name or GlobalId), ``--highlight GUID,GUID`` (drawn in the selection
colour), ``--size WxH`` (default 1600x1000), ``--xray``, ``--colour style|class``,
``--no-cache``.

JSON keys (``--json``): ``path``, ``width``, ``height``, ``view``, ``storey`` (name or null),
``highlighted`` (ids), ``element_count`` (elements with geometry), ``failure_count``
(elements whose geometry failed), ``from_cache``, ``seconds``, ``pixel_std`` (0 means a
blank picture).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.errors import UserError

__all__ = ["register", "run"]

_SIZE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
_VIEWS = ("iso", "top", "bottom", "front", "back", "left", "right")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk render``."""
    parser = subparsers.add_parser(
        "render",
        help="render a model to a PNG off-screen (模型截图)",
        description="Render an IFC model to a PNG without a display (off-screen).",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument("--out", required=True, metavar="PNG", help="picture to write")
    parser.add_argument("--view", default="iso", choices=_VIEWS, help="standard view")
    parser.add_argument("--storey", metavar="NAME", help="show only this storey")
    parser.add_argument("--highlight", metavar="GUID,...", help="GlobalIds to highlight")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="picture size")
    parser.add_argument("--xray", action="store_true", help="architecture transparent")
    parser.add_argument(
        "--colour", default="style", choices=("style", "class"), help="IFC styles or by class"
    )
    parser.add_argument("--no-cache", action="store_true", help="re-mesh, ignore the cache")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from fmdesk.bim.geometry import load_geometry, open_ifc

    started = time.perf_counter()
    size = parse_size(args.size)
    highlight = [g.strip() for g in (args.highlight or "").split(",") if g.strip()]
    path = Path(args.model)
    if not path.is_file():
        open_ifc(path)  # raises the reader's one-sentence error for a missing path
    try:
        geometry = load_geometry(path, use_cache=not args.no_cache)
    except UserError:
        raise
    except Exception as error:  # never show a raw ifcopenshell error
        raise UserError(
            f"Could not mesh {path.name}: {error}; check the file in another viewer."
        ) from error
    storey = _check_storey(geometry, args.storey)
    _check_ids(geometry, highlight)
    if not len(geometry):
        raise UserError(f"{path.name} has no 3D geometry to render.")
    from fmdesk.render.offscreen import prepare_offscreen, render_png

    prepare_offscreen()  # before the first plotter: EGL when there is no display
    try:
        facts = render_png(
            geometry,
            args.out,
            view=args.view,
            storey=storey,
            highlight=highlight,
            size=size,
            xray=args.xray,
            colour_mode=args.colour,
        )
    except OSError as error:
        raise UserError(f"Cannot write {args.out}: {error.strerror or error}.") from error
    facts.update(
        view=args.view,
        storey=args.storey,
        highlighted=highlight,
        element_count=len(geometry),
        failure_count=len(geometry.failures),
        from_cache=geometry.from_cache,
        seconds=round(time.perf_counter() - started, 3),
    )
    text = (
        f"{facts['path']}: {facts['width']}x{facts['height']}, {args.view} view, "
        f"{len(geometry)} elements"
        + (f", {len(geometry.failures)} without geometry" if geometry.failures else "")
        + (" (cached geometry)" if geometry.from_cache else "")
    )
    print_result(facts, args.json, text)
    return 0


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` → (1600, 1000); sizes between 16 and 8192 pixels."""
    match = _SIZE.match(text or "")
    if not match:
        raise UserError(f"--size {text!r} is not WIDTHxHEIGHT; use e.g. --size 1600x1000.")
    width, height = int(match.group(1)), int(match.group(2))
    if not (16 <= width <= 8192 and 16 <= height <= 8192):
        raise UserError(f"--size {text} is out of range; use 16 to 8192 pixels per side.")
    return width, height


def _check_storey(geometry, name: str | None) -> str | None:
    if not name:
        return None
    for storey in geometry.storeys:
        if name in (storey.name, storey.global_id) or storey.name.casefold() == name.casefold():
            return storey.global_id
    known = ", ".join(s.name for s in geometry.storeys) or "none"
    raise UserError(f"Unknown storey {name!r}; the model's storeys are: {known}.")


def _check_ids(geometry, ids: list[str]) -> None:
    if not ids:
        return
    known = {e.global_id for e in geometry.elements}
    unknown = [g for g in ids if g not in known]
    if unknown:
        raise UserError(
            f"Unknown or geometry-less GlobalId(s) for --highlight: {', '.join(unknown)}."
        )
