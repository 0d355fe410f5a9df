"""Read the core message catalogues (``resources/translations/core_<lang>.ts``).

The files are Qt Linguist XML; only finished translations are used (an unfinished one falls back
to the English source, like Qt does). Parsed once per language on first use (a few ms).
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

from fmdesk.resources import resource_path

__all__ = ["LANGUAGES", "catalogue_path", "load_catalogue", "lookup"]

LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"


def catalogue_path(language: str) -> Path:
    """Where the core catalogue of ``language`` lives."""
    return resource_path("translations", f"core_{language}.ts")


@functools.cache
def load_catalogue(language: str) -> dict[str, str]:
    """Source text → finished translation for ``language`` (empty when there is no file)."""
    if language == SOURCE_LANGUAGE:
        return {}
    try:
        root = ET.parse(catalogue_path(language)).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
            continue
        if node.text:
            table[source] = node.text
    return table


def lookup(text: str, language: str) -> str:
    """The translation of ``text`` in ``language``, else ``text`` itself."""
    return load_catalogue(language).get(text, text)
