"""Merge Qt Linguist ``.ts`` catalogues after a git conflict: the union of their messages.

Usage (during a conflicted merge of ``resources/translations/X.ts``)::

    python tools/merge_ts.py resources/translations/X.ts

reads the "ours" and "theirs" versions from the git index (stages 2 and 3), keeps every message
of either side (a finished translation wins over an unfinished one), writes the file and
``git add``s it. Run the extractors afterwards (``python -m fmdesk.i18n.extract``,
``python -m fmdesk.ui.i18n``) so messages no longer in the code are dropped.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET


def read_stage(path: str, stage: int) -> ET.Element | None:
    try:
        text = subprocess.run(
            ["git", "show", f":{stage}:{path}"], check=True, capture_output=True, text=True
        ).stdout
    except subprocess.CalledProcessError:
        return None
    return ET.fromstring(text.split("\n", 2)[2] if text.startswith("<?xml") else text)


def messages(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def finished(message: ET.Element) -> bool:
    node = message.find("translation")
    return node is not None and bool(node.text) and node.get("type") not in ("unfinished",)


def merge(path: str) -> None:
    roots = [r for r in (read_stage(path, 2), read_stage(path, 3)) if r is not None]
    union: dict[tuple[str, str], ET.Element] = {}
    for root in roots:
        for key, message in messages(root).items():
            if key not in union or (finished(message) and not finished(union[key])):
                union[key] = message
    out = ET.Element("TS", dict(roots[0].attrib))
    contexts: dict[str, ET.Element] = {}
    for (context, _source), message in sorted(union.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(out, "context")
            ET.SubElement(contexts[context], "name").text = context
        contexts[context].append(message)
    ET.indent(out, space="    ")
    body = ET.tostring(out, encoding="unicode")
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')
    subprocess.run(["git", "add", path], check=True)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        merge(name)
        print("merged", name)
