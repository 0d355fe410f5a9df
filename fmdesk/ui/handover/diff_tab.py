"""The revision tab (版本对比): compare the open model with an older revision.

The new revision (the open model) is colour-coded in the 3D view with the scene's highlight
styles: added green, changed cyan, moved magenta; removed elements are no longer in the model
and are listed. A dumb view; the controller runs the diff.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fmdesk.render.palette import HIGHLIGHT_STYLES

__all__ = ["DIFF_STYLES", "DiffTab"]

DIFF_STYLES = {"added": "operate", "changed": "path", "moved": "source", "removed": "affected"}
"""Kind of difference → scene highlight style (colours in render/palette.py)."""
GID_ROLE = Qt.ItemDataRole.UserRole


class DiffTab(QWidget):
    compare_requested = Signal()
    elements_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: dict | None = None
        self.compare_button = QPushButton(self)
        self.relink = QCheckBox(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._emit_selection)
        self.compare_button.clicked.connect(self.compare_requested)
        top = QHBoxLayout()
        top.addWidget(self.compare_button)
        top.addWidget(self.relink)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.compare_button.setText(self.tr("Compare with an older revision…"))
        self.relink.setText(self.tr("Move records to regenerated GlobalIds"))
        self.tree.setHeaderLabels([self.tr("Element"), self.tr("Class"), self.tr("Change")])
        self.legend.setText(
            " ".join(
                f"<span style='background:{self._css(kind)}'>&nbsp;&nbsp;&nbsp;</span> {label}"
                for kind, label in (
                    ("added", self.tr("added")),
                    ("changed", self.tr("changed")),
                    ("moved", self.tr("moved")),
                    ("removed", self.tr("removed")),
                )
            )
        )
        if self.data is not None:
            self.show_diff(self.data)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _css(kind: str) -> str:
        red, green, blue = HIGHLIGHT_STYLES[DIFF_STYLES[kind]].colour
        return f"rgb({red},{green},{blue})"

    def show_diff(self, data: dict) -> None:
        """Show ``DiffOutcome.to_dict()`` plus ``names`` (GlobalId → (name, class))."""
        self.data = data
        names = data.get("names", {})
        self.tree.clear()
        self.summary.setText(
            self.tr("{old} → {new}: matched {matched} of {count} ({by_id} by GlobalId)")
            .replace("{old}", data["old"].rsplit("/", 1)[-1])
            .replace("{new}", data["new"].rsplit("/", 1)[-1])
            .replace("{matched}", str(data["matched_count"]))
            .replace("{count}", str(data["old_count"]))
            .replace("{by_id}", str(data["matched_by_global_id"]))
        )
        groups = (
            ("added", self.tr("Added"), [(g, "") for g in data["added"]]),
            ("removed", self.tr("Removed"), [(g, "") for g in data["removed"]]),
            (
                "changed",
                self.tr("Changed"),
                [(c["new"], ", ".join(c["kinds"])) for c in data["changed"]],
            ),
            (
                "moved",
                self.tr("Moved"),
                [(m["new"], f"{m['distance']:.3f} m") for m in data["moved"]],
            ),
        )
        for kind, label, rows in groups:
            group = QTreeWidgetItem([f"{label} ({len(rows)})", "", ""])
            group.setBackground(0, QBrush(QColor(self._css(kind))))
            group.setData(0, GID_ROLE, [g for g, _ in rows])
            for global_id, text in rows[:2000]:
                name, ifc_class = names.get(global_id, (global_id, ""))
                child = QTreeWidgetItem([name or global_id, ifc_class, text])
                child.setData(0, GID_ROLE, [global_id])
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setExpanded(0 < len(rows) <= 30)

    def _emit_selection(self) -> None:
        ids = [g for item in self.tree.selectedItems() for g in item.data(0, GID_ROLE) or []]
        if ids:
            self.elements_chosen.emit(ids)
