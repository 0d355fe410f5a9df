"""The screens of the guided leak flow, each a plain widget the wizard fills from a
:class:`fmdesk.app.leak.LeakPlan` (no logic here: the plan holds the texts and the orders)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "LocatedPage",
    "NoticePage",
    "OrderPage",
    "ReopenPage",
    "ReportPage",
    "UpstreamPage",
    "ValvesPage",
]


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReportPage(QWidget):
    """Step 1: where the leak was reported (flat, room, element or the selected element)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.hint = _wrapped(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("leakQuery")
        self.use_selection = QPushButton(self)
        self.use_selection.setObjectName("leakUseSelection")
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.5, 72)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(2.0)
        self.form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.use_selection)
        self.query_label, self.hours_label = QLabel(self), QLabel(self)
        self.form.addRow(self.query_label, row)
        self.form.addRow(self.hours_label, self.hours)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Where is the leak?"))
        self.hint.setText(
            self.tr(
                "Type the flat (1-601), a room or an element's code, or select the leaking "
                "element in the 3D view and use it."
            )
        )
        self.query.setPlaceholderText(self.tr("e.g. 1-601"))
        self.use_selection.setText(self.tr("Use the selected element"))
        self.query_label.setText(self.tr("Reported at:"))
        self.hours_label.setText(self.tr("Expected shut-off (hours):"))


class LocatedPage(QWidget):
    """Step 2: the leak located in the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.text = _wrapped(self)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("leakShowLocation")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def fill(self, plan: Any) -> None:
        kinds = {"flat": self.tr("flat"), "room": self.tr("room"), "element": self.tr("element")}
        lines = [
            self.tr("Reported: {0} ({1})").format(plan.location.label, kinds[plan.located_as]),
            self.tr("Storey: {0}").format(plan.leak.storey or "-"),
            self.tr("Flat / room: {0}").format(
                " ".join(p for p in (plan.leak.flat, plan.leak.room) if p) or "-"
            ),
            self.tr("Leaking pipe isolated: {0}").format(plan.leak.label),
        ]
        self.text.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.title.setText(self.tr("The leak in the model"))
        self.show_button.setText(self.tr("Show in the 3D view"))


class UpstreamPage(QWidget):
    """Step 3: what feeds the leak, from the source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.sources = _wrapped(self)
        self.path = QListWidget(self)
        self.path.setObjectName("leakUpstream")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sources)
        layout.addWidget(self.path, 1)

    def fill(self, plan: Any) -> None:
        names = "; ".join(p.label for p in plan.sources) or "-"
        self.sources.setText(self.tr("Fed from: {0}").format(names))
        self.path.clear()
        for number, place in enumerate(plan.upstream, start=1):
            QListWidgetItem(f"{number}. {place.label}", self.path)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Upstream: from the source to the leak"))


class ValvesPage(QWidget):
    """Step 4: the valves to close, where they are, and a picture of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.warning = _wrapped(self)
        self.warning.setStyleSheet("color: #b00020;")
        self.valves = QListWidget(self)
        self.valves.setObjectName("leakValves")
        self.picture = QLabel(self)
        self.picture.setObjectName("leakPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(240, 160)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("leakShowValves")
        row = QHBoxLayout()
        row.addWidget(self.valves, 2)
        row.addWidget(self.picture, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        layout.addLayout(row, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._pixmap: QPixmap | None = None

    def fill(self, plan: Any) -> None:
        from fmdesk.app.leak_text import valve_line

        self.valves.clear()
        for step in plan.close:
            QListWidgetItem(valve_line(step.order, step.valve), self.valves)
        self.warning.setVisible(not plan.isolated or not plan.close)
        self.warning.setText(
            self.tr("The valves cannot fully isolate this leak: call the engineer on duty.")
        )
        self.set_picture(None)

    def set_picture(self, path: str | None) -> None:
        self._pixmap = QPixmap(path) if path else None
        if self._pixmap is None or self._pixmap.isNull():
            self._pixmap = None
            self.picture.setText(self.tr("Drawing the valves…") if path is None else "")
            return
        self._scale()

    def _scale(self) -> None:
        if self._pixmap is not None:
            self.picture.setPixmap(
                self._pixmap.scaled(
                    self.picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._scale()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Valves to close, in this order"))
        self.show_button.setText(self.tr("Show the valves in the 3D view"))


class NoticePage(QWidget):
    """Step 5: the flats without water and the 停水通知 to copy or print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.flats = _wrapped(self)
        self.notice = QPlainTextEdit(self)
        self.notice.setObjectName("leakNotice")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("leakCopyNotice")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("leakPrintNotice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.flats)
        layout.addWidget(self.notice, 1)
        layout.addLayout(buttons)

    def fill(self, plan: Any) -> None:
        self.flats.setText(
            self.tr("Flats without water ({0}): {1}").format(
                len(plan.flats), ", ".join(plan.flats) or "-"
            )
        )
        self.notice.setPlainText(plan.notice)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who loses water, and the notice"))
        self.copy_button.setText(self.tr("&Copy the notice"))
        self.print_button.setText(self.tr("&Print the notice…"))


class OrderPage(QWidget):
    """Step 6: the shut-off work order with all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _heading(self)
        self.order_title = QLineEdit(self)
        self.order_title.setObjectName("leakOrderTitle")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("leakOrderBody")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("leakCreateOrder")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("leakPrintOrder")
        self.result = _wrapped(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.order_title)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.number: str | None = None

    def fill(self, plan: Any) -> None:
        self.order_title.setText(plan.order_title)
        self.body.setPlainText(plan.order_body)
        self.set_number(None)

    def set_number(self, number: str | None) -> None:
        self.number = number
        self.create_button.setEnabled(number is None)
        self.result.setText(self.tr("Work order {0} created.").format(number) if number else "")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The shut-off work order"))
        self.create_button.setText(self.tr("C&reate the work order"))
        self.print_button.setText(self.tr("Print the &dispatch sheet…"))
        self.set_number(self.number)


class ReopenPage(QWidget):
    """Step 7: after the repair, reopen the valves in order (a checklist)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _heading(self)
        self.hint = _wrapped(self)
        self.steps = QListWidget(self)
        self.steps.setObjectName("leakReopen")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.steps, 1)

    def fill(self, plan: Any) -> None:
        self.steps.clear()
        for text in plan.reopen_checklist:
            item = QListWidgetItem(text, self.steps)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def all_done(self) -> bool:
        count = self.steps.count()
        return count > 0 and all(
            self.steps.item(i).checkState() == Qt.CheckState.Checked for i in range(count)
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("After the repair: reopen in this order"))
        self.hint.setText(self.tr("Tick each step when it is done."))
