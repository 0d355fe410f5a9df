"""``fmdesk render MODEL --out shot.png``: a picture of the model without any screen.

Renders off-screen (EGL on a Linux server without ``DISPLAY``), from the tessellation cache
when the same file was opened before. For reports, handover archives and checking a model on a
server.

Options: ``--view iso|top|bottom|front|back|left|right`` (default iso), ``--storey NAME``
(show only that storey; name or GlobalId), ``--highlight GUID,GUID`` (drawn in the selection
colour), ``--size WxH`` (default 1600x1000), ``--xray``, ``--colour style|class``,
``--no-cache``.

JSON keys (``--json``): ``path``, ``width``, ``height``, ``view``, ``storey`` (name or null),
``highlighted`` (ids drawn), ``ignored_highlight`` (ids given to ``--highlight`` that have no
geometry: a storey, a system, an unknown id; ignored with a warning, on stderr without
``--json``), ``warnings``, ``element_count`` (elements with geometry), ``failure_count``
(elements whose geometry failed), ``from_cache``, ``seconds``, ``pixel_std`` (0 means a
blank picture).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.errors import UserError
from fmdesk.i18n import _t, tr

__all__ = ["register", "run"]

_SIZE = re.compile(r"^\s*(\d+)\s*[xX×]\s*(\d+)\s*$")
_VIEWS = ("iso", "top", "bottom", "front", "back", "left", "right")
VIEW_NAMES = {
    "iso": _t("isometric"),
    "top": _t("top"),
    "bottom": _t("bottom"),
    "front": _t("front"),
    "back": _t("back"),
    "left": _t("left"),
    "right": _t("right"),
}


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
    from fmdesk.app.render import RenderOptions, render_model

    options = RenderOptions(
        view=args.view,
        storey=args.storey,
        highlight=[g.strip() for g in (args.highlight or "").split(",") if g.strip()],
        size=parse_size(args.size),
        xray=args.xray,
        colour=args.colour,
        use_cache=not args.no_cache,
    )
    facts = render_model(Path(args.model), Path(args.out), options).to_dict()
    text = (
        tr(
            "{path}: {width}x{height}, {view} view, {count} elements",
            path=facts["path"],
            width=facts["width"],
            height=facts["height"],
            view=VIEW_NAMES.get(args.view, args.view),
            count=facts["element_count"],
        )
        + (
            tr(", {count} without geometry", count=facts["failure_count"])
            if facts["failure_count"]
            else ""
        )
        + (" (cached geometry)" if facts["from_cache"] else "")
    )
    if facts["warnings"] and not args.json:
        for warning in facts["warnings"]:
            print(f"fmdesk: {warning}", file=sys.stderr)
    print_result(facts, args.json, text)
    return 0


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` → (1600, 1000); sizes between 16 and 8192 pixels."""
    match = _SIZE.match(text or "")
    if not match:
        raise UserError(
            _t("--size {text} is not WIDTHxHEIGHT; use e.g. --size 1600x1000.", text=repr(text))
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not (16 <= width <= 8192 and 16 <= height <= 8192):
        raise UserError(
            _t("--size {text} is out of range; use 16 to 8192 pixels per side.", text=text)
        )
    return width, height
