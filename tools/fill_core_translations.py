"""Fill finished Chinese translations into resources/translations/core_zh_CN.ts from a dict.

Usage: python tools/fill_core_translations.py module_with_ZH_dict.py
Keeps existing translations; reports messages still unfinished.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[1] / "resources/translations/core_zh_CN.ts"


def main(source: str) -> int:
    table = runpy.run_path(source)["ZH"]
    tree = ET.parse(CATALOGUE)
    missing = []
    for message in tree.getroot().iter("message"):
        text = message.findtext("source")
        node = message.find("translation")
        if node is None or text is None:
            continue
        if node.get("type") == "unfinished":
            if text in table:
                node.text = table[text]
                del node.attrib["type"]
            else:
                missing.append(text)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    CATALOGUE.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    for text in missing:
        print("unfinished:", text)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
