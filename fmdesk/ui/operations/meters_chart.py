"""A bar chart of one meter's daily consumption, anomaly days in red, drawn with QPainter.

Why not a charting library: one series of at most a few hundred bars needs no dependency, and a
painted widget follows the window's palette and font (Chinese included) for free.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["MeterChartWidget"]

ANOMALY = QColor(214, 69, 65)
BAR = QColor(66, 133, 196)


class MeterChartWidget(QWidget):
    """``set_data(days, values, unit, marked)``: ``marked`` are the anomaly days (dates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.days: list[datetime] = []
        self.values: list[float | None] = []
        self.unit = ""
        self.marked: set = set()
        self.title = ""

    def set_data(
        self, title: str, days: list[datetime], values: list[float | None], unit: str, marked: set
    ) -> None:
        self.title, self.days, self.values, self.unit, self.marked = (
            title,
            days,
            values,
            unit,
            marked,
        )
        self.update()

    def clear(self) -> None:
        self.set_data("", [], [], "", set())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = self.fontMetrics()
        text_height = metrics.height()
        painter.setPen(palette.text().color())
        if not self.days:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a meter to see its use")
            )
            return
        painter.drawText(6, text_height, self.title)
        known = [v for v in self.values if v is not None]
        top = max(known) if known else 1.0
        top = top if top > 0 else 1.0
        left = metrics.horizontalAdvance(f"{top:.2f} {self.unit}") + 10
        area = QRectF(
            left, text_height * 2, self.width() - left - 8, self.height() - text_height * 4
        )
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        painter.setPen(palette.text().color())
        painter.drawText(QPointF(4, area.top() + text_height / 2), f"{top:.2f} {self.unit}")
        painter.drawText(QPointF(4, area.bottom()), "0")
        width = area.width() / len(self.days)
        for index, (day, value) in enumerate(zip(self.days, self.values, strict=True)):
            if value is None:
                continue
            height = area.height() * value / top
            colour = ANOMALY if day.date() in self.marked else BAR
            bar = QRectF(
                area.left() + index * width + 1, area.bottom() - height, max(1.0, width - 2), height
            )
            painter.fillRect(bar, colour)
        painter.drawText(
            QPointF(area.left(), area.bottom() + text_height), f"{self.days[0]:%Y-%m-%d}"
        )
        last = f"{self.days[-1]:%Y-%m-%d}"
        painter.drawText(
            QPointF(area.right() - metrics.horizontalAdvance(last), area.bottom() + text_height),
            last,
        )
