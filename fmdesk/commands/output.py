"""How every command prints: a result as text or ``--json``, an error as one line or JSON.

Shared by all commands (and by :mod:`fmdesk.cli` for errors), so the output contract lives in one
place: UTF-8 JSON on stdout, not ASCII-escaped; errors on stderr, with ``--json`` as
``{"error": sentence, "code": exit code, "category": word}``.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from fmdesk.app.validation import printable

__all__ = ["print_error", "print_result"]

_C1 = re.compile(r"[\x7f-\x9f]")
"""DEL and C1 controls, which JSON leaves raw but a terminal may obey (ESC and below are
escaped by JSON itself)."""


def print_result(data: Any, as_json: bool, text: str) -> None:
    """Print ``data`` as JSON (machine-readable, UTF-8, not escaped) or ``text`` for people."""
    if as_json:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
    else:
        sys.stdout.write(printable(text.rstrip("\n")) + "\n")


def print_error(message: str, code: int, category: str, as_json: bool) -> None:
    """One line on stderr: ``fmdesk: message``, or the JSON object with ``--json``."""
    if as_json:
        payload = {"error": message, "code": code, "category": category}
        sys.stderr.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        sys.stderr.write(f"fmdesk: {printable(message)}\n")
