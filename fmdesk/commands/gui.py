"""``fmdesk gui [MODEL] [--lang zh_CN|en]``: start the desktop workstation."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from fmdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gui",
        help="open the desktop application",
        description="Open the fmdesk desktop application, optionally with an IFC model.",
    )
    parser.add_argument("model", nargs="?", type=Path, help="an .ifc or .ifczip file to open")
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=None,
        help="user interface language (default: the saved choice, else the system locale)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        default=None,
        help="save a picture of the window once it has started, then quit (checks an install)",
    )
    parser.set_defaults(func=run)


def has_display() -> bool:
    """Linux needs an X11 or Wayland display unless Qt is told otherwise (offscreen, vnc…)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(args: argparse.Namespace) -> int:
    """Start the GUI; a model path that does not exist is refused before any window opens."""
    if args.model is not None and not args.model.exists():
        raise UserError(f"{args.model} does not exist; pass the path of an .ifc or .ifczip file.")
    if not has_display():
        raise UserError(
            "No display found (DISPLAY is not set); run it in a desktop session, or headless "
            "with: xvfb-run -a -s '-screen 0 1600x1000x24' fmdesk gui"
        )
    from fmdesk.ui.app import run_gui

    return run_gui(args.model, args.lang, screenshot=getattr(args, "screenshot", None))
