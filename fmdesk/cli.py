"""The ``fmdesk`` command line: ``fmdesk <command> … [--json]``.

Start-up stays fast (``fmdesk --help`` ≤ 0.3 s) because nothing heavy is imported up front: the
list of commands and their one-line help come from the registry :data:`fmdesk.commands.COMMANDS`,
and only the module of the command being run is imported.

Exit codes: 0 success, 2 bad input, 1 internal error, 130 interrupted. Errors are one line on
stderr (``fmdesk: …``); with ``--json`` they are one JSON object on stderr,
``{"error": "sentence", "code": 2, "category": "bad_input"}`` (``category``: the error's
``UserError.category``, ``usage`` for a wrong option, ``internal``, ``interrupted``).

Adding a command
----------------
1. Write ``fmdesk/commands/<name>.py`` with ``register(subparsers)``: it adds its parser
   (``subparsers.add_parser("name", help="one line", description=…)``), its options (record
   commands call :func:`fmdesk.commands.options.add_db_arguments`, others add ``--json``) and
   ``set_defaults(func=run)``. ``run(args) -> int`` parses nothing else: it calls ONE use case in
   :mod:`fmdesk.app` and prints with :func:`fmdesk.commands.output.print_result`. Import heavy
   libraries inside the module, never in this file.
2. Add ``CommandInfo("name", "<module>", "one line")`` to :data:`fmdesk.commands.COMMANDS` (the
   same help text as in ``register``).
3. ``pytest tests/test_cli.py`` checks the registry against the modules.

A command module missing from the registry still runs (it is found by scanning the package), but
``fmdesk --help`` does not list it and the test fails.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from typing import Any

from fmdesk import __version__, commands
from fmdesk.commands._parser import JsonParser, Parser, translate_parser
from fmdesk.commands.output import print_error
from fmdesk.commands.output import print_result as print_result  # kept for older imports
from fmdesk.i18n import _t, chosen_language, set_language, tr

__all__ = ["build_parser", "main"]

DESCRIPTION = _t("BIM-aware facility management (物业工程部).").text
"""Translated with the other parser texts (:func:`translate_parser`)."""


_Parser = Parser  # older name, kept for scripts that build a parser by hand
_JsonParser = JsonParser


def build_parser(
    command: str | None = None, *, load_all: bool = False, json_errors: bool = False
) -> argparse.ArgumentParser:
    """The top-level parser; only ``command``'s module (or, with ``load_all``, every command
    module) is imported and registers its real parser, the others are listed by name."""
    parser_class = JsonParser if json_errors else Parser
    parser = parser_class(prog="fmdesk", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"fmdesk {__version__}")
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=None,
        help="language of help, messages and errors (default: LANG / LC_ALL / LANGUAGE)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)
    for info in commands.COMMANDS:
        if load_all or info.name == command:
            importlib.import_module(info.import_path).register(subparsers)
        else:
            subparsers.add_parser(info.name, help=info.help, add_help=False)
    if load_all or (command is not None and commands.find_command(command) is None):
        for module in unregistered_modules():
            module.register(subparsers)
    return translate_parser(parser)


def unregistered_modules() -> list[Any]:
    """Command modules not (yet) in the registry: imported so that they still run."""
    known = {c.module for c in commands.COMMANDS} | commands.HELPER_MODULES
    found = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name in known or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "register"):
            found.append(module)
    return found


def choose_language(argv: list[str]) -> tuple[list[str], str | None]:
    """Apply ``--lang zh_CN|en`` (allowed anywhere on the line); return the rest of ``argv`` and
    the language given (None: it follows ``FMDESK_LANG`` / ``LANGUAGE`` / ``LC_ALL`` / ``LANG``)."""
    rest: list[str] = []
    chosen: str | None = None
    items = iter(argv)
    for arg in items:
        if arg == "--":
            rest.append(arg)
            rest.extend(items)
            break
        if arg == "--lang":
            chosen = next(items, "")
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    if chosen is not None:
        if chosen not in ("zh_CN", "en"):
            rest[:0] = ["--lang", chosen]  # let the parser refuse it with the usual sentence
            chosen = None
        else:
            set_language(chosen)
    return rest, chosen


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (the first argument that is not an option)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; never lets a traceback reach the user.

    ``--lang`` holds for this run only (the caller's language is restored, for callers that
    run several commands in one process)."""
    _use_utf8_output()
    before = chosen_language()
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    finally:
        set_language(before)


def _main(argv: list[str]) -> int:
    argv, language = choose_language(argv)
    as_json = "--json" in argv
    parser = build_parser(chosen_command(argv), json_errors=as_json)
    args = parser.parse_args(argv)
    if language and getattr(args, "lang", "") is None:
        args.lang = language  # a command with its own --lang (``gui``) gets it too
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return _run(args, as_json)


def _run(args: argparse.Namespace, as_json: bool) -> int:
    from fmdesk.errors import UserError

    try:
        return int(args.func(args) or 0)
    except UserError as error:
        print_error(error.message, error.exit_code, error.category, as_json)
        return error.exit_code
    except BrokenPipeError:
        _silence_stdout()  # the reader (``| head``) has gone: not an error of ours
        return 0
    except KeyboardInterrupt:
        print_error(tr("interrupted"), 130, "interrupted", as_json)
        return 130
    except Exception as error:  # the last line of defence of the CLI
        message = tr("internal error: {kind}: {error}", kind=type(error).__name__, error=error)
        print_error(message, 1, "internal", as_json)
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
