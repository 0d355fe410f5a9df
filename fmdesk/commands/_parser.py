"""The command line's argument parser, in the reader's language.

argparse writes two kinds of text: ours (each command's ``help``, ``description``, metavars and
group titles, plain English literals in ``fmdesk/commands/*.py``) and its own ("usage:",
"options", "the following arguments are required: …", "invalid choice: …"). Both go through the
one core catalogue (``resources/translations/core_<lang>.ts``):

- ours are translated once the whole parser is built, by :func:`translate_parser`, which walks
  every sub-parser and action; so a command added later (or by another branch) is translated
  without doing anything but writing English literals. ``python -m fmdesk.i18n.extract`` collects
  them (``help=``, ``description=``, ``metavar=``, the metavar argparse derives from an option
  name, the registry's one-line help) and ``tests/i18n`` fails on any without Chinese;
- argparse's own are looked up through its gettext hook: argparse calls the module-level
  ``argparse._`` / ``argparse.ngettext`` for each of its sentences, and :func:`argparse_texts`
  points them at the catalogue while a parser of ours parses or formats (restored afterwards).
  The sentences are listed below so the extractor collects them; a test checks the list against
  the running Python's argparse.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from fmdesk.commands.output import print_error
from fmdesk.i18n import _t, current_language, lookup, tr

__all__ = [
    "ARGPARSE_MESSAGES",
    "JsonParser",
    "Parser",
    "argparse_texts",
    "translate_parser",
]

ARGPARSE_MESSAGES = (
    _t("usage: "),
    _t("positional arguments"),
    _t("options"),
    _t("show this help message and exit"),
    _t("show program's version number and exit"),
    _t("argument %(argument_name)s: %(message)s"),
    _t("unknown parser %(parser_name)r (choices: %(choices)s)"),
    _t("unrecognized arguments: %s"),
    _t("not allowed with argument %s"),
    _t("ignored explicit argument %r"),
    _t("the following arguments are required: %s"),
    _t("one of the arguments %s is required"),
    _t("expected one argument"),
    _t("expected at most one argument"),
    _t("expected at least one argument"),
    _t("expected %s argument"),
    _t("expected %s arguments"),
    _t("ambiguous option: %(option)s could match %(matches)s"),
    _t("unexpected option string: %s"),
    _t("invalid %(type)s value: %(value)r"),
    _t("invalid choice: %(value)r (choose from %(choices)s)"),
    _t("%(prog)s: error: %(message)s\n"),
    _t("subcommands"),
    _t('argument "-" with mode %r'),
    _t("can't open '%(filename)s': %(error)s"),
)
"""argparse's own user-facing sentences (Python 3.11–3.13 wording), so they are collected."""

NO_VALUE_ACTIONS = (
    argparse._StoreConstAction,
    argparse._CountAction,
    argparse._HelpAction,
    argparse._VersionAction,
)


def _gettext(text: str) -> str:
    return lookup(text, current_language())


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


@contextmanager
def argparse_texts() -> Iterator[None]:
    """argparse's own sentences in the current language while the block runs."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input: one translated line and exit code 2."""

    json_errors = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with argparse_texts():
            super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with argparse_texts():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with argparse_texts():
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_texts():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        print_error(
            tr("{message} (see '{command} --help')", message=message, command=self.prog),
            2,
            "usage",
            self.json_errors,
        )
        self.exit(2)


class JsonParser(Parser):
    """The same, for a run with ``--json``: the error is a JSON object on stderr."""

    json_errors = True


def translate_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Translate every text of ``parser`` and its sub-parsers in place (once each)."""
    if getattr(parser, "_fmdesk_translated", None) == current_language():
        return parser
    parser._fmdesk_translated = current_language()  # type: ignore[attr-defined]
    parser.description = _text(parser.description)
    parser.epilog = _text(parser.epilog)
    for group in parser._action_groups:
        group.title = _text(group.title)
        group.description = _text(group.description)
    for action in parser._actions:
        _translate_action(action)
        if isinstance(action, argparse._SubParsersAction):
            for pseudo in action._choices_actions:
                pseudo.help = _text(pseudo.help)
            for sub in {id(p): p for p in action.choices.values()}.values():
                translate_parser(sub)
    return parser


def _translate_action(action: argparse.Action) -> None:
    action.help = _text(action.help)
    if isinstance(action.metavar, str):
        action.metavar = _text(action.metavar)
    elif action.metavar is None and action.choices is None and _takes_value(action):
        default = action.dest if not action.option_strings else action.dest.upper()
        translated = _text(default)
        if translated != default:
            action.metavar = translated


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(action, NO_VALUE_ACTIONS)


def _text(text: str | None) -> str | None:
    if not text or text == argparse.SUPPRESS:
        return text
    return lookup(text, current_language())
