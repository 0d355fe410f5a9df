"""The basis of a task as the reader reads it.

The ``source`` column of the task library quotes its reference verbatim (a standard, a
regulation or "common practice"; ``tests/maintenance`` checks the quotes against the reference
table), so it is not rewritten in the file. The built-in library's English phrases are listed
here as messages and shown in the reader's language; standard numbers and a planner's own text
show as written.
"""

from __future__ import annotations

from fmdesk.i18n import _t, current_language, lookup

__all__ = ["BUILT_IN_SOURCES", "source_text"]

BUILT_IN_SOURCES = (
    _t("common practice"),
    _t("common practice (manufacturer O&M manual)"),
    _t("common practice (unconfirmed against GB 25201)"),
    _t("common practice (verify against DL/T 596)"),
    _t("local health rules (二次供水)"),
    _t("SFG20 44-07 (as reported)"),
    _t("特种设备安全监察条例 Art.31; TSG T5001/T5002"),
)
"""The phrases of ``resources/maintenance/tasks.csv`` that are words, not standard numbers."""


def source_text(source: str, language: str | None = None) -> str:
    """``source`` in ``language`` (default: the current one) when it is a known phrase."""
    return lookup(source, language or current_language())
