"""The Tours dock: the model's tours (play, export, import, delete) and the tour being recorded.

Recording: select what the stop is about, set up the view (camera, hidden classes, x-ray,
section, storey), type a title and a short text, optionally attach a photo or document from the
archive, then "Add stop from the view". The panel only emits requests; the controller saves
through the use cases.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fmdesk.training.dto import TourSummary
from fmdesk.training.tours import StopDocument, Tour, TourStop


class ToursPanel(QWidget):
    """Tours of the open model and the recorder."""

    play_requested = Signal(int)
    export_requested = Signal(int)
    import_requested = Signal()
    delete_requested = Signal(int)
    edit_requested = Signal(int)
    capture_requested = Signal()
    attach_requested = Signal()
    save_requested = Signal()
    play_draft_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingToursPanel")
        self.draft = Tour("", "")
        self._document: StopDocument | None = None
        self.tours = QListWidget(self)
        self.play_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.list_box = QGroupBox(self)
        buttons = QHBoxLayout()
        for button in (
            self.play_button,
            self.edit_button,
            self.export_button,
            self.import_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        box = QVBoxLayout(self.list_box)
        box.addWidget(self.tours)
        box.addLayout(buttons)

        self.recorder_box = QGroupBox(self)
        self.tour_title = QLineEdit(self)
        self.tour_title.setObjectName("tourTitle")
        self.stops = QListWidget(self)
        self.stop_title = QLineEdit(self)
        self.stop_title.setObjectName("stopTitle")
        self.stop_text = QPlainTextEdit(self)
        self.stop_text.setObjectName("stopText")
        self.stop_text.setMaximumHeight(90)
        self.document_label = QLabel(self)
        self.attach_button = QPushButton(self)
        self.capture_button = QPushButton(self)
        self.capture_button.setObjectName("captureStop")
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.remove_button = QPushButton(self)
        self.try_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveTour")
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.tour_title)
        self.form.addRow(QLabel(self), self.stop_title)
        self.form.addRow(QLabel(self), self.stop_text)
        attach = QHBoxLayout()
        attach.addWidget(self.document_label, 1)
        attach.addWidget(self.attach_button)
        order = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            order.addWidget(button)
        finish = QHBoxLayout()
        finish.addWidget(self.try_button)
        finish.addWidget(self.save_button)
        rec = QVBoxLayout(self.recorder_box)
        rec.addLayout(self.form)
        rec.addLayout(attach)
        rec.addWidget(self.capture_button)
        rec.addWidget(self.stops)
        rec.addLayout(order)
        rec.addLayout(finish)

        layout = QVBoxLayout(self)
        layout.addWidget(self.list_box, 1)
        layout.addWidget(self.recorder_box, 2)
        self._connect()
        self.retranslate()
        self.set_tours([])

    def _connect(self) -> None:
        def chosen(signal: Signal) -> Any:
            return lambda: self._emit_chosen(signal)

        self.play_button.clicked.connect(chosen(self.play_requested))
        self.tours.itemDoubleClicked.connect(lambda _: self._emit_chosen(self.play_requested))
        self.edit_button.clicked.connect(chosen(self.edit_requested))
        self.export_button.clicked.connect(chosen(self.export_requested))
        self.delete_button.clicked.connect(chosen(self.delete_requested))
        self.import_button.clicked.connect(self.import_requested.emit)
        self.capture_button.clicked.connect(self.capture_requested.emit)
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.save_button.clicked.connect(self.save_requested.emit)
        self.try_button.clicked.connect(self.play_draft_requested.emit)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)

    def retranslate(self) -> None:
        self.list_box.setTitle(self.tr("Tours of this model"))
        self.recorder_box.setTitle(self.tr("Record a tour"))
        self.play_button.setText(self.tr("Play"))
        self.edit_button.setText(self.tr("Edit"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.delete_button.setText(self.tr("Delete"))
        self.form.labelForField(self.tour_title).setText(self.tr("Tour title:"))
        self.form.labelForField(self.stop_title).setText(self.tr("Stop title:"))
        self.form.labelForField(self.stop_text).setText(self.tr("Text:"))
        self.tour_title.setPlaceholderText(self.tr("e.g. 泵房与管井"))
        self.stop_title.setPlaceholderText(self.tr("e.g. 地下一层水泵房"))
        self.capture_button.setText(self.tr("Add stop from the view"))
        self.capture_button.setToolTip(
            self.tr("Saves the camera, hidden elements, x-ray, section and the selection")
        )
        self.attach_button.setText(self.tr("Photo or document…"))
        self.remove_button.setText(self.tr("Remove stop"))
        self.try_button.setText(self.tr("Try it"))
        self.save_button.setText(self.tr("Save tour"))
        self._show_document()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the tour list -----------------------------------------------------------------------

    def set_tours(self, tours: list[TourSummary]) -> None:
        self.tours.clear()
        for tour in tours:
            item = QListWidgetItem(f"{tour.title}  ({tour.stop_count})")
            item.setData(Qt.ItemDataRole.UserRole, tour.id)
            self.tours.addItem(item)
        if tours:
            self.tours.setCurrentRow(0)
        for button in (self.play_button, self.edit_button, self.export_button, self.delete_button):
            button.setEnabled(bool(tours))

    def chosen_tour(self) -> int | None:
        item = self.tours.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_tour(self, tour_id: int) -> None:
        for row in range(self.tours.count()):
            if self.tours.item(row).data(Qt.ItemDataRole.UserRole) == tour_id:
                self.tours.setCurrentRow(row)

    def _emit_chosen(self, signal: Signal) -> None:
        tour_id = self.chosen_tour()
        if tour_id is not None:
            signal.emit(tour_id)

    # -- the draft ---------------------------------------------------------------------------

    def edit(self, tour: Tour) -> None:
        """Put a tour (new or saved) in the recorder."""
        self.draft = tour
        self.tour_title.setText(tour.title)
        self._refresh_stops()

    def set_document(self, document: StopDocument | None) -> None:
        """The photo or document the next stop will show."""
        self._document = document
        self._show_document()

    def add_stop(self, state: Any) -> TourStop | None:
        """Add a stop with ``state`` and the typed title and text; None without a title."""
        title = self.stop_title.text().strip()
        if not title:
            self.stop_title.setFocus()
            return None
        stop = TourStop(title, self.stop_text.toPlainText().strip(), state, self._document)
        self.draft.stops.append(stop)
        self.stop_title.clear()
        self.stop_text.clear()
        self.set_document(None)
        self._refresh_stops()
        self.stops.setCurrentRow(len(self.draft.stops) - 1)
        return stop

    def draft_tour(self) -> Tour:
        self.draft.title = self.tour_title.text().strip()
        return self.draft

    def _refresh_stops(self) -> None:
        self.stops.clear()
        for number, stop in enumerate(self.draft.stops, start=1):
            mark = " 📎" if stop.document is not None else ""
            self.stops.addItem(f"{number}. {stop.title}{mark}")
        self.save_button.setEnabled(bool(self.draft.stops))
        self.try_button.setEnabled(bool(self.draft.stops))

    def _move(self, step: int) -> None:
        row = self.stops.currentRow()
        other = row + step
        if 0 <= row < len(self.draft.stops) and 0 <= other < len(self.draft.stops):
            stops = self.draft.stops
            stops[row], stops[other] = stops[other], stops[row]
            self._refresh_stops()
            self.stops.setCurrentRow(other)

    def _remove(self) -> None:
        row = self.stops.currentRow()
        if 0 <= row < len(self.draft.stops):
            del self.draft.stops[row]
            self._refresh_stops()

    def _show_document(self) -> None:
        doc = self._document
        self.document_label.setText(
            self.tr("Attached: {0}").format(doc.title or doc.file_name)
            if doc
            else self.tr("No photo attached")
        )
