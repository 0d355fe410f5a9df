"""Finish the unfinished messages of a Qt Linguist ``.ts`` file after an update.

After ``python -m fmdesk.ui.i18n`` (or ``python -m fmdesk.i18n.extract``) new or moved strings
are marked ``type="unfinished"``. lupdate pre-fills a moved string with the translation of the
same source text elsewhere; this tool accepts those guesses and fills empty ones from the
``SOURCE=TRANSLATION`` pairs given on the command line, then lists what is still missing::

    .venv/bin/python tools/finish_ts.py resources/translations/fmdesk_zh_CN.ts \\
        "Preparing the 3D view…=正在准备三维视图…"

``--from OTHER.ts`` also takes the finished translations of another catalogue (an older
version: ``git show HEAD~3:resources/translations/core_zh_CN.ts > /tmp/old.ts``). For a merge
conflict in a ``.ts`` file use ``tools/merge_ts.py``.

Review the diff: a guess from another context can be wrong ("Model": 模型 or 型号?).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

UNFINISHED = re.compile(
    r"(<source>)([^<]*)(</source>\s*)"
    r'<translation type="unfinished"(?: */>|>([^<]*)</translation>)'
)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&apos;", "'"), ("&quot;", '"')):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


def finish(path: Path, given: dict[str, str]) -> list[str]:
    """Finish ``path`` in place; returns the sources still without a translation."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        source, guess = unescape(match.group(2)), match.group(4)
        value = given.get(source) or (unescape(guess) if guess and guess.strip() else None)
        if value is None:
            missing.append(source)
            return match.group(0)
        start = match.group(1) + match.group(2) + match.group(3)
        return f"{start}<translation>{escape(value)}</translation>"

    text = UNFINISHED.sub(replace, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    return missing


def translations_in(path: Path) -> dict[str, str]:
    """Source → finished translation of every message of another ``.ts`` file."""
    import xml.etree.ElementTree as ET

    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if text and text.strip() and translation.get("type") != "unfinished":
            found.setdefault(message.findtext("source") or "", text)
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    given: dict[str, str] = {}
    pairs = list(argv[1:])
    while "--from" in pairs:
        index = pairs.index("--from")
        given.update(translations_in(Path(pairs[index + 1])))
        del pairs[index : index + 2]
    given.update(pair.split("=", 1) for pair in pairs)
    missing = finish(Path(argv[0]), given)
    for source in missing:
        print(f"still untranslated: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
