"""Collect every core message and keep ``resources/translations/core_<lang>.ts`` up to date.

The core's lupdate: it walks ``fmdesk/`` (the widgets' own ``self.tr()`` strings are lupdate's
job), finds calls ``_t("…")`` and ``tr("…")`` whose first argument is a literal, and merges them
into each catalogue: existing translations are kept, new messages are added as unfinished,
messages no longer in the code are dropped. Only the first file of a message is noted and no line
numbers, so branches that add messages in different places rarely conflict. Run
``python -m fmdesk.i18n.extract`` after changing core messages, then translate the new entries
(Qt Linguist or by hand).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from fmdesk.i18n.catalogue import LANGUAGES, SOURCE_LANGUAGE, catalogue_path, load_catalogue

__all__ = ["FoundMessage", "collect_messages", "update_catalogue"]

PACKAGE_DIR = Path(__file__).resolve().parents[1]
MARKERS = frozenset({"_t", "tr"})
CONTEXT = "core"
PARSER_CALLS = frozenset(
    {
        "add_argument",
        "add_parser",
        "add_subparsers",
        "add_argument_group",
        "add_mutually_exclusive_group",
        "ArgumentParser",
    }
)
"""argparse calls whose English texts are translated by ``fmdesk.commands._parser``."""
PARSER_KEYWORDS = ("help", "description", "epilog", "title", "metavar")
NO_VALUE_ACTIONS = frozenset(
    {"store_true", "store_false", "store_const", "count", "help", "version", "append_const"}
)
REGISTRY_CALL = "CommandInfo"


@dataclass(frozen=True)
class FoundMessage:
    text: str
    path: str
    line: int


def collect_messages(root: Path = PACKAGE_DIR) -> list[FoundMessage]:
    """Every literal message passed to ``_t``/``tr`` under ``root``, in file order."""
    found: list[FoundMessage] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(root.parent).as_posix()
        helpers = _help_helpers(tree)
        for node in ast.walk(tree):
            text = _marked_text(node)
            if text is not None:
                found.append(FoundMessage(text, where, node.lineno))
            for text in _parser_texts(node):
                found.append(FoundMessage(text, where, node.lineno))
            for text, line in _helper_help_texts(node, helpers):
                found.append(FoundMessage(text, where, line))
    return sorted(found, key=lambda m: (m.path, m.line))


def _help_helpers(tree: ast.Module) -> dict[str, int]:
    """Local functions that pass one of their parameters on as an argparse ``help=`` (e.g.
    ``def _action(actions, name, func, help_text): actions.add_parser(name, help=help_text)``):
    name → index of that parameter, so the literals their callers pass are collected too."""
    helpers = {}
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        params = [a.arg for a in func.args.args]
        for call in ast.walk(func):
            if not isinstance(call, ast.Call) or _call_name(call) not in PARSER_CALLS:
                continue
            for keyword in call.keywords:
                value = keyword.value
                if keyword.arg == "help" and isinstance(value, ast.Name) and value.id in params:
                    helpers[func.name] = params.index(value.id)
    return helpers


def _helper_help_texts(node: ast.AST, helpers: dict[str, int]) -> list[tuple[str, int]]:
    """Help literals given to a helper of :func:`_help_helpers`, directly or through the tuples
    a ``for`` loop unpacks (``for name, func, help_text in (("close", run, "…"), …)``), which
    may also hand them straight to ``add_parser(name, help=text)``."""
    if isinstance(node, ast.Call) and _call_name(node) in helpers:
        index = helpers[_call_name(node)]
        if len(node.args) > index and _is_text(node.args[index]):
            return [(node.args[index].value, node.lineno)]  # type: ignore[attr-defined]
        return []
    if not (isinstance(node, ast.For) and isinstance(node.target, ast.Tuple)):
        return []
    names = [t.id if isinstance(t, ast.Name) else None for t in node.target.elts]
    texts = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        for arg in _help_arguments(call, helpers):
            if not (isinstance(arg, ast.Name) and arg.id in names):
                continue
            position = names.index(arg.id)
            for row in getattr(node.iter, "elts", []):
                items = getattr(row, "elts", [])
                if len(items) > position and _is_text(items[position]):
                    texts.append((items[position].value, row.lineno))
    return texts


def _help_arguments(call: ast.Call, helpers: dict[str, int]) -> list[ast.expr]:
    """The expressions a call uses as a text: a helper's help parameter, or an argparse call's
    ``help=``/``description=``/… keywords."""
    name = _call_name(call)
    if name in helpers:
        index = helpers[name]
        return [call.args[index]] if len(call.args) > index else []
    if name in PARSER_CALLS:
        return [k.value for k in call.keywords if k.arg in PARSER_KEYWORDS]
    return []


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _parser_texts(node: ast.AST) -> list[str]:
    """The English texts of an argparse call (help, description, metavar — written or derived
    from the option's name) or of a command-registry line (its one-line help)."""
    if not isinstance(node, ast.Call):
        return []
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == REGISTRY_CALL:
        return [a.value for a in node.args[2:3] if _is_text(a)]  # type: ignore[attr-defined]
    if name not in PARSER_CALLS:
        return []
    keywords = {k.arg: k.value for k in node.keywords if k.arg}
    texts = [keywords[k].value for k in PARSER_KEYWORDS if _is_text(keywords.get(k))]
    if name == "add_argument" and not {"metavar", "choices"} & keywords.keys():
        metavar = _derived_metavar(node, keywords)
        if metavar:
            texts.append(metavar)
    return texts


def _derived_metavar(node: ast.Call, keywords: dict[str, ast.expr]) -> str | None:
    """The metavar argparse shows for ``add_argument`` without one: the dest of a positional,
    the upper-case dest of an option (None when it takes no value)."""
    action = keywords.get("action")
    if _is_text(action) and action.value in NO_VALUE_ACTIONS:  # type: ignore[union-attr]
        return None
    if isinstance(keywords.get("nargs"), ast.Constant) and keywords["nargs"].value == 0:
        return None
    names = [a.value for a in node.args if _is_text(a)]  # type: ignore[attr-defined]
    if not names:
        return None
    dest = keywords.get("dest")
    if _is_text(dest):
        chosen = dest.value  # type: ignore[union-attr]
    elif not names[0].startswith("-"):
        return names[0]
    else:
        long = [n for n in names if n.startswith("--")] or names
        chosen = long[0].lstrip("-").replace("-", "_")
    return chosen if not names[0].startswith("-") else chosen.upper()


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def _marked_text(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or not node.args:
        return None
    func = node.func
    if not (isinstance(func, ast.Name) and func.id in MARKERS):
        return None
    first = node.args[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def update_catalogue(language: str, messages: list[FoundMessage] | None = None) -> Path:
    """Rewrite ``core_<language>.ts`` with ``messages`` (default: collected now)."""
    messages = collect_messages() if messages is None else messages
    path = catalogue_path(language)
    existing = _read_all(path)
    root = ET.Element("TS", {"version": "2.1", "language": language})
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    seen: dict[str, ET.Element] = {}
    for found in messages:
        element = seen.get(found.text)
        if element is None:
            element = ET.SubElement(context, "message")
            seen[found.text] = element
        if element.find("location") is None:
            element.append(ET.Element("location", {"filename": f"../../{found.path}"}))
    for text, element in seen.items():
        ET.SubElement(element, "source").text = text
        translation = ET.SubElement(element, "translation")
        known, finished = existing.get(text, ("", False))
        translation.text = text if language == SOURCE_LANGUAGE else (known or None)
        if language != SOURCE_LANGUAGE and not (known and finished):
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    load_catalogue.cache_clear()
    return path


def _read_all(path: Path) -> dict[str, tuple[str, bool]]:
    """Every translation in the file with whether it is finished (a draft is kept, not lost)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table = {}
    for message in root.iter("message"):
        source, node = message.findtext("source"), message.find("translation")
        if source is not None and node is not None and node.text:
            table[source] = (node.text, node.get("type") not in ("unfinished", "obsolete"))
    return table


if __name__ == "__main__":
    for language in LANGUAGES:
        if language != SOURCE_LANGUAGE:
            print(update_catalogue(language))
