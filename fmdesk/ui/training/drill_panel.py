"""The Drills dock: who is training, which drill set, the current question and the result.

Leak and fault drills are answered by clicking valves (breakers) on the model — each click
toggles a device in the answer list; locate drills by clicking the element or its room before
the clock runs out; identify drills by choosing a kind and a system. The panel only shows and
emits; :mod:`fmdesk.ui.training.drill_session` runs the drills.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fmdesk.training.element_drills import NO_SYSTEM, kind_name

DIFFICULTIES = ("easy", "medium", "hard")


class DrillPanel(QWidget):
    """Questions and answers of the drills."""

    start_set_requested = Signal()
    random_requested = Signal(str)
    check_requested = Signal()
    next_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingDrillPanel")
        self.setup_box = QGroupBox(self)
        self.trainee = QComboBox(self)
        self.trainee.setObjectName("drillTrainee")
        self.drill_set = QComboBox(self)
        self.drill_set.setObjectName("drillSet")
        self.start_button = QPushButton(self)
        self.difficulty = QComboBox(self)
        self.random_button = QPushButton(self)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.trainee)
        self.form.addRow(QLabel(self), self.drill_set)
        start = QHBoxLayout()
        start.addWidget(self.start_button)
        start.addWidget(self.difficulty)
        start.addWidget(self.random_button)
        setup = QVBoxLayout(self.setup_box)
        setup.addLayout(self.form)
        setup.addLayout(start)

        self.question_box = QGroupBox(self)
        self.progress = QLabel(self)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("drillPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.clock = QLabel(self)
        self.answer = QListWidget(self)
        self.answer.setObjectName("drillAnswer")
        self.answer.setMaximumHeight(110)
        self.kind = QComboBox(self)
        self.system = QComboBox(self)
        self.identify_form = QFormLayout()
        self.identify_form.addRow(QLabel(self), self.kind)
        self.identify_form.addRow(QLabel(self), self.system)
        self.identify_box = QWidget(self)
        self.identify_box.setLayout(self.identify_form)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkDrill")
        self.clear_button = QPushButton(self)
        self.next_button = QPushButton(self)
        actions = QHBoxLayout()
        actions.addWidget(self.clear_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.next_button)
        question = QVBoxLayout(self.question_box)
        question.addWidget(self.progress)
        question.addWidget(self.prompt)
        question.addWidget(self.clock)
        question.addWidget(self.answer)
        question.addWidget(self.identify_box)
        question.addLayout(actions)

        self.result_box = QGroupBox(self)
        self.score = QLabel(self)
        self.score.setObjectName("drillScore")
        self.score.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setObjectName("drillDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        result = QVBoxLayout(self.result_box)
        result.addWidget(self.score)
        result.addWidget(self.details, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.question_box)
        layout.addWidget(self.result_box, 1)
        self.start_button.clicked.connect(self.start_set_requested.emit)
        self.random_button.clicked.connect(
            lambda: self.random_requested.emit(DIFFICULTIES[self.difficulty.currentIndex()])
        )
        self.check_button.clicked.connect(self.check_requested.emit)
        self.next_button.clicked.connect(self.next_requested.emit)
        self.clear_button.clicked.connect(self.clear_requested.emit)
        self.retranslate()
        self.show_idle()

    def retranslate(self) -> None:
        self.setup_box.setTitle(self.tr("Drill"))
        self.form.labelForField(self.trainee).setText(self.tr("Trainee:"))
        self.form.labelForField(self.drill_set).setText(self.tr("Drill set:"))
        self.start_button.setText(self.tr("Start the set"))
        self.random_button.setText(self.tr("Random leak"))
        current = max(self.difficulty.currentIndex(), 1)
        self.difficulty.clear()
        self.difficulty.addItems([self.tr("Easy"), self.tr("Medium"), self.tr("Hard")])
        self.difficulty.setCurrentIndex(current)
        self.question_box.setTitle(self.tr("Question"))
        self.identify_form.labelForField(self.kind).setText(self.tr("Kind:"))
        self.identify_form.labelForField(self.system).setText(self.tr("System:"))
        self.check_button.setText(self.tr("Check my answer"))
        self.clear_button.setText(self.tr("Clear"))
        self.next_button.setText(self.tr("Next drill"))
        self.result_box.setTitle(self.tr("Result"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the controller sets ------------------------------------------------------------

    def set_choices(self, trainees: list[str], sets: list[tuple[int, str]]) -> None:
        keep_trainee, keep_set = self.trainee.currentText(), self.drill_set.currentData()
        self.trainee.clear()
        self.trainee.addItem(self.tr("(practice, not recorded)"), "")
        for name in trainees:
            self.trainee.addItem(name, name)
        self.drill_set.clear()
        for set_id, name in sets:
            self.drill_set.addItem(name, set_id)
        self.trainee.setCurrentIndex(max(0, self.trainee.findText(keep_trainee)))
        if keep_set is not None:
            self.drill_set.setCurrentIndex(max(0, self.drill_set.findData(keep_set)))
        self.start_button.setEnabled(bool(sets))

    def chosen_trainee(self) -> str:
        return str(self.trainee.currentData() or "")

    def chosen_set(self) -> int | None:
        data = self.drill_set.currentData()
        return None if data is None else int(data)

    def show_idle(self) -> None:
        self.progress.clear()
        self.prompt.setText(
            self.tr("Choose a drill set and press Start, or right-click a pipe: Leak drill here.")
        )
        self.clock.clear()
        self.answer.clear()
        self.answer.hide()
        self.identify_box.hide()
        for button in (self.check_button, self.clear_button, self.next_button):
            button.setEnabled(False)

    def show_question(self, number: int, total: int, kind: str, prompt: str) -> None:
        self.progress.setText(self.tr("Drill {0} of {1}").format(number, total))
        self.prompt.setText(prompt)
        self.clock.clear()
        self.answer.clear()
        self.answer.setVisible(kind in ("leak", "fault"))
        self.identify_box.setVisible(kind == "identify")
        self.check_button.setEnabled(kind != "locate")
        self.clear_button.setEnabled(kind in ("leak", "fault"))
        self.next_button.setEnabled(False)
        self.score.clear()
        self.details.clear()

    def set_answer(self, labels: list[str]) -> None:
        self.answer.clear()
        self.answer.addItems(labels)

    def set_identify_options(self, kinds: list[str], systems: list[str]) -> None:
        self.kind.clear()
        for kind in kinds:
            self.kind.addItem(kind_name(kind), kind)
        self.system.clear()
        for system in systems:
            self.system.addItem(system if system != NO_SYSTEM else self.tr("(none)"), system)

    def identify_answer(self) -> tuple[str, str]:
        return str(self.kind.currentData() or ""), str(self.system.currentData() or "")

    def show_result(self, score: int, lines: list[tuple[str, str]], more: bool) -> None:
        """The score and ``(label, text)`` lines; ``more``: another drill follows."""
        colour = "#1a7f37" if score >= 80 else ("#b26a00" if score >= 50 else "#b00020")
        self.score.setText(f"<span style='color:{colour}'>{score}</span> / 100")
        rows = "".join(
            f"<tr><td style='padding-right:8px'><b>{escape(label)}</b></td>"
            f"<td>{escape(text) or '-'}</td></tr>"
            for label, text in lines
        )
        self.details.setText(f"<table>{rows}</table>")
        self.check_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.next_button.setEnabled(more)

    def show_summary(self, text: str) -> None:
        self.details.setText(self.details.text() + f"<p><b>{escape(text)}</b></p>")

    def set_clock(self, text: str, late: bool = False) -> None:
        self.clock.setText(text)
        self.clock.setStyleSheet("color: #b00020;" if late else "")


def describe(node: Any) -> str:
    """``1#泵吸水阀 (V-11) · B1`` for a network node."""
    place = " · ".join(p for p in (node.storey, node.flat or node.space) if p)
    return f"{node.name or node.global_id}" + (f" · {place}" if place else "")
