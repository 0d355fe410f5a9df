"""The Qt binding itself must not corrupt the interpreter (why PySide6 6.12.0 is excluded)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none() -> None:
    """PySide6 6.12.0 took one reference off ``None`` per void call; Python 3.11 then aborts."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 50
