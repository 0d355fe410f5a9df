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
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from fmdesk.commands.output import print_error
from fmdesk.i18n import _t, current_language, lookup, tr

__all__ = [
    "ARGPARSE_MESSAGES",
    "JsonParser",
    "Parser",
    "WideHelpFormatter",
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

_CHINESE_HEADING = re.compile(r"^(\S[^\n]*[\u4e00-\u9fff）]):$", re.MULTILINE)

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


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_TOKENS = re.compile(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+")
_USAGE_PARTS = re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")
_NO_LINE_START = frozenset("，。；：、）》”’！？,.;:)")


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's layout measured in terminal columns, so Chinese help lines up and wraps.

    argparse counts characters; a Chinese character is two columns wide, so translated metavars
    pushed the help column out of line and Chinese help ran past the terminal's edge.
    """

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            invocations += [
                self._format_action_invocation(sub)
                for sub in self._iter_indented_subactions(action)
            ]
            widest = max(display_width(text) for text in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, widest)

    def _format_action(self, action: argparse.Action) -> str:
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = " " * self._current_indent
        if not action.help:
            parts = [f"{indent}{header}\n"]
        elif display_width(header) <= action_width:
            padding = " " * (action_width - display_width(header) + 2)
            parts = [f"{indent}{header}{padding}"]
        else:
            parts = [f"{indent}{header}\n"]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width) or [""]
            first = "" if parts[0].endswith(" ") else " " * help_position
            parts.append(f"{first}{lines[0]}\n")
            parts += [f"{' ' * help_position}{line}\n" for line in lines[1:]]
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        """argparse's usage on one line, then wrapped by columns at the same places it would."""
        width, self._width = self._width, 10**6
        try:
            text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = width
        line = text.strip("\n")
        limit = width - self._current_indent
        lead = (argparse._("usage: ") if prefix is None else prefix) + self._prog  # type: ignore[attr-defined]
        if display_width(line) <= limit or not line.startswith(lead):
            return text
        parts = _USAGE_PARTS.findall(line[len(lead) :])
        indent = display_width(lead) + 1
        if indent > limit // 2:
            indent = display_width(lead[: len(lead) - len(self._prog)])
        lines, current = [], lead
        for part in parts:
            if display_width(current) + 1 + display_width(part) > limit and current.strip():
                lines.append(current)
                current = " " * (indent - 1)
            current += " " + part
        lines.append(current)
        return "\n".join(lines) + "\n\n"

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in self._split_lines(text, width - len(indent)))

    def _split_lines(self, text: str, width: int) -> list[str]:
        lines: list[str] = []
        line, used = "", 0
        for token in _TOKENS.findall(" ".join(text.split())):
            size = display_width(token)
            if token.isspace():
                if line:
                    line, used = line + " ", used + 1
                continue
            if used + size > width and line.strip() and token[0] not in _NO_LINE_START:
                lines.append(line.rstrip())
                line, used = "", 0
            line, used = line + token, used + size
        if line.strip():
            lines.append(line.rstrip())
        return lines


class Parser(argparse.ArgumentParser):
    """Argument errors are bad input: one translated line and exit code 2."""

    json_errors = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WideHelpFormatter)
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
            text = super().format_help()
        return _CHINESE_HEADING.sub(r"\1：", text)  # "选项:" → "选项："

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
    elif action.metavar is None and action.choices is not None and not action.option_strings:
        # argparse names a positional by its dest in errors ("argument action: …"); the
        # choices it shows in help name it in both places, in no language
        action.metavar = "{" + ",".join(map(str, action.choices)) + "}"
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
