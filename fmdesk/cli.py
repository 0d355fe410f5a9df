"""The ``fmdesk`` command line: ``fmdesk <command> … [--json]``.

Each command lives in its own module under :mod:`fmdesk.commands` and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a callable taking the parsed
arguments and returning an exit code. Commands are discovered, so adding one touches no shared
file. Exit codes: 0 success, 2 bad input (one line on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any

from fmdesk import __version__, commands
from fmdesk.errors import UserError


class _Parser(argparse.ArgumentParser):
    """Argument errors are bad input: one line and exit code 2, like every other bad input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"fmdesk: {message} (see 'fmdesk {self.prog.split()[-1]} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the top-level parser with every discovered command registered."""
    parser = _Parser(prog="fmdesk", description="BIM-aware facility management (物业工程部).")
    parser.add_argument("--version", action="version", version=f"fmdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):  # shared helpers of several commands, not commands
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def print_result(data: Any, as_json: bool, text: str) -> None:
    """Print ``data`` as JSON (machine-readable, UTF-8, not escaped) or ``text`` for people."""
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; never lets a traceback reach the user."""
    _use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as error:
        print(f"fmdesk: {error.message}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        _silence_stdout()  # the reader (``| head``) has gone: not an error of ours
        return 0
    except KeyboardInterrupt:
        print("fmdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence of the CLI
        print(f"fmdesk: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _use_utf8_output() -> None:
    """Chinese names must print on any console (Windows code pages, C locale)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
