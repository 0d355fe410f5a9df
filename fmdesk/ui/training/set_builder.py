"""Building a drill set by picking elements on the model: choose the kind of drill, select the
element (a pipe for a leak, a cable for a fault, anything for locate/identify), "Add the
selection", repeat; then name the set, give its pass mark and refresher period, and save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import training
from fmdesk.app.changes import Change
from fmdesk.training.dto import DRILL_KINDS, DrillSpec


class SetBuilderPanel(QWidget):
    """The drill set being built (the controller fills in each drill's question)."""

    add_requested = Signal(str)  # kind
    random_requested = Signal(str, int)  # kind (leak|fault), count
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSetBuilder")
        self.drills: list[DrillSpec] = []
        self.name = QLineEdit(self)
        self.name.setObjectName("setName")
        self.pass_mark = QSpinBox(self)
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setValue(80)
        self.refresher = QSpinBox(self)
        self.refresher.setRange(0, 60)
        self.refresher.setValue(12)
        self.kind = QComboBox(self)
        self.add_button = QPushButton(self)
        self.random_count = QSpinBox(self)
        self.random_count.setRange(1, 20)
        self.random_count.setValue(3)
        self.random_button = QPushButton(self)
        self.list = QListWidget(self)
        self.remove_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.name)
        form.addRow(self.labels[1], self.pass_mark)
        form.addRow(self.labels[2], self.refresher)
        add = QHBoxLayout()
        add.addWidget(self.kind)
        add.addWidget(self.add_button)
        rand = QHBoxLayout()
        rand.addWidget(self.random_count)
        rand.addWidget(self.random_button)
        finish = QHBoxLayout()
        finish.addWidget(self.remove_button)
        finish.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add)
        layout.addLayout(rand)
        layout.addWidget(self.list, 1)
        layout.addLayout(finish)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.chosen_kind()))
        self.random_button.clicked.connect(
            lambda: self.random_requested.emit(
                self.chosen_kind() if self.chosen_kind() == "fault" else "leak",
                self.random_count.value(),
            )
        )
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.retranslate()
        self._refresh()

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (self.tr("Set name:"), self.tr("Pass mark:"), self.tr("Refresher (months, 0 = none):")),
            strict=True,
        ):
            label.setText(text)
        kinds = {
            "leak": self.tr("Leak: close valves"),
            "fault": self.tr("Fault: open breakers"),
            "locate": self.tr("Locate the element"),
            "identify": self.tr("Identify the element"),
        }
        current = max(self.kind.currentIndex(), 0)
        self.kind.clear()
        for kind in DRILL_KINDS:
            self.kind.addItem(kinds[kind], kind)
        self.kind.setCurrentIndex(current)
        self.add_button.setText(self.tr("Add the selection"))
        self.random_button.setText(self.tr("Add random leaks (medium)"))
        self.remove_button.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save the set"))
        self.name.setPlaceholderText(self.tr("e.g. 关阀演练"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_kind(self) -> str:
        return str(self.kind.currentData() or "leak")

    def add(self, drills: list[DrillSpec]) -> None:
        self.drills.extend(drills)
        self._refresh()

    def refresher_months(self) -> int | None:
        return self.refresher.value() or None

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.drills):
            del self.drills[row]
            self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for number, drill in enumerate(self.drills, start=1):
            self.list.addItem(f"{number}. {drill.prompt}")
        self.save_button.setEnabled(bool(self.drills))


class DrillSetActions(QObject):
    """What the set builder's buttons do, through the training feature's runner."""

    def __init__(self, feature: Any, panel: SetBuilderPanel) -> None:
        super().__init__(feature)
        self.feature, self.panel = feature, panel
        panel.add_requested.connect(self.add_selection_to_set)
        panel.random_requested.connect(self.add_random_to_set)
        panel.save_requested.connect(self.save_set)

    def add_selection_to_set(self, kind: str) -> None:
        """Add one drill per selected element (checked when the set is saved)."""
        loaded = self.feature.window.loaded
        if loaded is None:
            return
        drills = []
        for gid in self.feature.window.selection.ids:
            element = loaded.elements.get(gid)
            if element is not None:
                drills.append(training.drill_spec(kind, gid, element.name or gid))
        if not drills:
            self.feature.window.status.showMessage(
                self.tr("Select an element on the model first."), 5000
            )
        self.panel.add(drills)

    def add_random_to_set(self, kind: str, count: int) -> None:
        self.feature.run(
            self.tr("Choosing a leak"),
            lambda app, path, progress: training.pick_random_drills(
                app, path, count, "medium", kind, progress=progress
            ),
            self.panel.add,
        )

    def save_set(self) -> None:
        builder = self.panel
        name, drills = builder.name.text().strip(), list(builder.drills)
        mark, months = builder.pass_mark.value(), builder.refresher_months()
        self.feature.run(
            self.tr("Saving the drill set"),
            lambda app, path, progress: training.save_drill_set(
                app, path, name, drills, mark, months
            ),
            lambda info: self.feature.window.status.showMessage(
                self.tr("Drill set {0} saved.").format(info.name), 5000
            ),
            changes=(Change.TRAINING,),
        )
