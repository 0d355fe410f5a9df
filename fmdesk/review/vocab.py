"""The review vocabulary: issue types, priorities and statuses as stable codes with labels.

Codes are stored (and are the ``--json`` values); labels are translated where they are shown.
A BCF file from another tool may use any words: :func:`type_from_bcf` and friends map the usual
ones (English, Chinese, BCF 3.0 upper-case) onto codes, and keep a word they do not know as the
code itself, so nothing is lost and it is shown as written.
"""

from __future__ import annotations

import re

from fmdesk.i18n import Msg, _t

__all__ = [
    "ISSUE_TYPES",
    "PRIORITIES",
    "STATUSES",
    "TRANSITIONS",
    "label_of",
    "priority_from_bcf",
    "status_from_bcf",
    "type_from_bcf",
]

ISSUE_TYPES: dict[str, Msg] = {
    "design": _t("Design issue"),
    "construction": _t("Construction defect"),
    "missing_info": _t("Missing information"),
    "clash": _t("Clash"),
    "maintainability": _t("Maintenance access"),
    "data_quality": _t("Model data issue"),
    "handover": _t("Handover finding"),
    "other": _t("Other"),
}
"""设计问题, 施工问题, 资料缺失, 碰撞, 检修不便, 模型数据问题 (IDS failures), 承接查验问题, 其他."""

PRIORITIES: dict[str, Msg] = {
    "urgent": _t("Urgent"),
    "high": _t("High"),
    "normal": _t("Normal"),
    "low": _t("Low"),
}
"""The work-order priorities, so an issue becomes a work order of the same priority."""

STATUSES: dict[str, Msg] = {
    "open": _t("Open"),
    "in_progress": _t("In progress"),
    "resolved": _t("Resolved"),
    "closed": _t("Closed"),
}

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("in_progress", "resolved", "closed"),
    "in_progress": ("open", "resolved", "closed"),
    "resolved": ("closed", "open", "in_progress"),
    "closed": ("open",),
}
"""open → in progress → resolved → closed; a resolved or closed issue can be reopened."""

_TYPE_WORDS = {
    "design": ("design", "design issue", "设计问题", "设计"),
    "construction": ("construction", "construction defect", "施工问题", "施工", "defect"),
    "missing_info": ("missing information", "missing info", "资料缺失"),
    "clash": ("clash", "碰撞", "collision"),
    "maintainability": ("maintenance access", "maintainability", "检修不便"),
    "data_quality": ("model data issue", "data quality", "模型数据问题", "ids"),
    "handover": ("handover finding", "handover", "承接查验问题", "承接查验"),
    "other": ("other", "其他"),
}
_PRIORITY_WORDS = {
    "urgent": ("urgent", "critical", "blocker", "紧急", "严重"),
    "high": ("high", "major", "高"),
    "normal": ("normal", "medium", "moderate", "中", "普通"),
    "low": ("low", "minor", "trivial", "低"),
}
_STATUS_WORDS = {
    "open": ("open", "active", "new", "reopened", "assigned", "待处理", "打开"),
    "in_progress": ("in progress", "inprogress", "in work", "处理中", "进行中"),
    "resolved": ("resolved", "solved", "fixed", "done", "已解决"),
    "closed": ("closed", "finished", "已关闭", "关闭"),
}


def _normal(word: str) -> str:
    return re.sub(r"[\s_\-]+", " ", word.strip().lower())


def _lookup(word: str | None, table: dict[str, tuple[str, ...]]) -> str | None:
    if not word:
        return None
    key = _normal(word)
    for code, words in table.items():
        if key == code.replace("_", " ") or key in words:
            return code
    return None


def type_from_bcf(word: str | None) -> str:
    """An issue-type code for a BCF TopicType (an unknown word is kept as it is)."""
    return _lookup(word, _TYPE_WORDS) or (word or "").strip() or "other"


def priority_from_bcf(word: str | None) -> str:
    """A priority code for a BCF Priority (unknown or missing: ``normal``)."""
    return _lookup(word, _PRIORITY_WORDS) or "normal"


def status_from_bcf(word: str | None) -> str:
    """A status code for a BCF TopicStatus (unknown or missing: ``open``)."""
    return _lookup(word, _STATUS_WORDS) or "open"


def label_of(table: dict[str, Msg], code: str) -> str:
    """The label of ``code`` in the current language; an unknown code is shown as written."""
    label = table.get(code)
    return label.render() if label is not None else code
