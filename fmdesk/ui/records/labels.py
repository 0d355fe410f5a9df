"""Words for the records' codes (states, priorities, statuses, categories) in the UI language.

The core stores English keys (``on_site``, ``urgent``, ``pump``); the GUI shows them translated
in context ``RecordsLabels``, falling back to the key for anything not listed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RecordsLabels"

BOARD_STATES = (
    "reported",
    "dispatched",
    "accepted",
    "on_site",
    "rectified",
    "rechecked",
    "closed",
)

_WORDS = {
    # work-order states
    "reported": QT_TRANSLATE_NOOP("RecordsLabels", "Reported"),
    "dispatched": QT_TRANSLATE_NOOP("RecordsLabels", "Dispatched"),
    "accepted": QT_TRANSLATE_NOOP("RecordsLabels", "Accepted"),
    "on_site": QT_TRANSLATE_NOOP("RecordsLabels", "On site"),
    "rectified": QT_TRANSLATE_NOOP("RecordsLabels", "Rectified"),
    "rechecked": QT_TRANSLATE_NOOP("RecordsLabels", "Rechecked"),
    "closed": QT_TRANSLATE_NOOP("RecordsLabels", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("RecordsLabels", "Cancelled"),
    "reopened": QT_TRANSLATE_NOOP("RecordsLabels", "Reopened"),
    # priorities
    "urgent": QT_TRANSLATE_NOOP("RecordsLabels", "Urgent"),
    "high": QT_TRANSLATE_NOOP("RecordsLabels", "High"),
    "normal": QT_TRANSLATE_NOOP("RecordsLabels", "Normal"),
    "low": QT_TRANSLATE_NOOP("RecordsLabels", "Low"),
    # asset statuses
    "in_service": QT_TRANSLATE_NOOP("RecordsLabels", "In service"),
    "standby": QT_TRANSLATE_NOOP("RecordsLabels", "Standby"),
    "faulty": QT_TRANSLATE_NOOP("RecordsLabels", "Faulty"),
    "out_of_service": QT_TRANSLATE_NOOP("RecordsLabels", "Out of service"),
    "retired": QT_TRANSLATE_NOOP("RecordsLabels", "Retired"),
    # sources
    "phone": QT_TRANSLATE_NOOP("RecordsLabels", "Phone"),
    "walk_in": QT_TRANSLATE_NOOP("RecordsLabels", "Walk-in"),
    "qr": QT_TRANSLATE_NOOP("RecordsLabels", "QR code"),
    "inspection": QT_TRANSLATE_NOOP("RecordsLabels", "Inspection"),
    "trace": QT_TRANSLATE_NOOP("RecordsLabels", "Trace"),
    "preventive": QT_TRANSLATE_NOOP("RecordsLabels", "Preventive"),
    # inspection outcomes
    "pass": QT_TRANSLATE_NOOP("RecordsLabels", "Pass"),
    "fail": QT_TRANSLATE_NOOP("RecordsLabels", "Fail"),
    "na": QT_TRANSLATE_NOOP("RecordsLabels", "N/A"),
    # history: what was done to which record
    "create": QT_TRANSLATE_NOOP("RecordsLabels", "created"),
    "update": QT_TRANSLATE_NOOP("RecordsLabels", "changed"),
    "delete": QT_TRANSLATE_NOOP("RecordsLabels", "deleted"),
    "asset": QT_TRANSLATE_NOOP("RecordsLabels", "Asset"),
    "work_order": QT_TRANSLATE_NOOP("RecordsLabels", "Work order"),
    "document": QT_TRANSLATE_NOOP("RecordsLabels", "Document"),
    "space": QT_TRANSLATE_NOOP("RecordsLabels", "Space"),
    "inspection_result": QT_TRANSLATE_NOOP("RecordsLabels", "Inspection result"),
    # document types
    "photo": QT_TRANSLATE_NOOP("RecordsLabels", "Photo"),
    "hidden_works": QT_TRANSLATE_NOOP("RecordsLabels", "Hidden works"),
    "certificate": QT_TRANSLATE_NOOP("RecordsLabels", "Certificate"),
    "test_report": QT_TRANSLATE_NOOP("RecordsLabels", "Test report"),
    "manual": QT_TRANSLATE_NOOP("RecordsLabels", "Manual"),
    "acceptance": QT_TRANSLATE_NOOP("RecordsLabels", "Acceptance record"),
    "signature": QT_TRANSLATE_NOOP("RecordsLabels", "Signature"),
    "video": QT_TRANSLATE_NOOP("RecordsLabels", "Video"),
    # asset categories found in residential models
    "pump": QT_TRANSLATE_NOOP("RecordsLabels", "Pump"),
    "tank": QT_TRANSLATE_NOOP("RecordsLabels", "Tank"),
    "valve": QT_TRANSLATE_NOOP("RecordsLabels", "Valve"),
    "meter": QT_TRANSLATE_NOOP("RecordsLabels", "Meter"),
    "breaker": QT_TRANSLATE_NOOP("RecordsLabels", "Breaker"),
    "distribution_board": QT_TRANSLATE_NOOP("RecordsLabels", "Distribution board"),
    "transformer": QT_TRANSLATE_NOOP("RecordsLabels", "Transformer"),
    "lift": QT_TRANSLATE_NOOP("RecordsLabels", "Lift"),
    "fan": QT_TRANSLATE_NOOP("RecordsLabels", "Fan"),
    "hydrant": QT_TRANSLATE_NOOP("RecordsLabels", "Hydrant"),
    "chamber": QT_TRANSLATE_NOOP("RecordsLabels", "Chamber"),
    "junction_box": QT_TRANSLATE_NOOP("RecordsLabels", "Junction box"),
    "generator": QT_TRANSLATE_NOOP("RecordsLabels", "Generator"),
    "sprinkler": QT_TRANSLATE_NOOP("RecordsLabels", "Sprinkler"),
}


def word(key: str | None) -> str:
    """The translated word for a core key (``"on_site"`` → 已到场); unknown keys unchanged."""
    if not key:
        return ""
    source = _WORDS.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def late_text(minutes: int) -> str:
    """How late an order is, in the unit a supervisor reads at a glance (45 min, 28 h, 3 d)."""
    if minutes < 120:
        return QCoreApplication.translate("RecordsLabels", "{0} min").format(minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("RecordsLabels", "{0} h").format(minutes // 60)
    return QCoreApplication.translate("RecordsLabels", "{0} d").format(minutes // (24 * 60))


def when(value: datetime | date | None) -> str:
    """A date or a UTC time as local ``YYYY-MM-DD HH:MM`` (empty for None)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
