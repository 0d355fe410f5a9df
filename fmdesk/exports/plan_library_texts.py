"""The English notes and sources of the bundled task library (``resources/maintenance/
tasks.csv``) as catalogue messages, so the plan workbook prints them in Chinese
(:func:`fmdesk.exports.plan_print.paper_text` looks each one up in the zh_CN catalogue).

Only the extractor reads this tuple; a library edited by a user keeps its own words.
"""

from __future__ import annotations

from fmdesk.i18n import _t

__all__ = ["LIBRARY_TEXTS"]

LIBRARY_TEXTS = (
    _t("at least every 15 days; 28 items (T5001-2009) / about 31 (T5002-2017)"),
    _t("about 13 items (count unconfirmed); done with a half-monthly visit"),
    _t("about 16 items (count unconfirmed)"),
    _t("about 17 items incl. brake capacity; insulation; governor-safety gear linkage; buffers"),
    _t("local health rules (二次供水)"),
    _t("at least every half year; some cities require quarterly; GB 17051 annual"),
    _t("monthly"),
    _t("weekly"),
    _t("quarterly"),
    _t("monthly (daily in winter; keep >= 5 C)"),
    _t(
        "quarterly batches; all detectors and call points annually "
        "(GB 50166-2019 supersedes: verify)"
    ),
    _t("quarterly batches; all call points annually"),
    _t("monthly visual check"),
    _t("common practice (unconfirmed against GB 25201)"),
    _t("SFG20 44-07 (as reported)"),
    _t("6-monthly inspection"),
    _t("6-monthly"),
    _t("RCD named but not typed as one"),
    _t("common practice"),
    _t("unconfirmed against SFG20"),
    _t("common practice (verify against DL/T 596)"),
    _t("monthly function test"),
    _t("monthly function test (named emergency light)"),
    _t("annual full-duration test (1 or 3 h)"),
    _t("common practice (manufacturer O&M manual)"),
    _t("vibration; noise; seal leakage; bearing temperature; pressure"),
    _t("bearings; seals; coupling alignment; motor insulation"),
    _t("exercise main and pump-room valves"),
)
