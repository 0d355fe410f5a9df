"""The guided leak flow (工具 → 漏水处置…): reported leak → located → upstream → valves to close
(with a picture) → flats and the 停水通知 → shut-off work order → reopen checklist.

One non-modal dialog, one screen per step, Back / Next at the bottom. Esc only hides the
dialog: the plan, the edited notice, the created order and the ticked steps stay, and opening
the flow again returns to the same screen. The plan comes from one use case
(:func:`fmdesk.app.leak.plan_leak`) run through ``window.ops``; the picture is rendered off
screen (:func:`fmdesk.app.leak.render_valve_picture`) in the background.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fmdesk.app import Change
from fmdesk.ui.leak.pages import (
    LocatedPage,
    NoticePage,
    OrderPage,
    ReopenPage,
    ReportPage,
    UpstreamPage,
    ValvesPage,
)
from fmdesk.ui.screen_fit import FittedDialog

__all__ = ["LeakWizard"]


class LeakWizard(FittedDialog):
    """The guided leak flow of ``window`` (a :class:`fmdesk.ui.shell.Shell`)."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("LeakWizard")
        self.window_ = window
        self.plan: Any = None
        self.picture_path: str | None = None
        self.report_page = ReportPage(self)
        self.located_page = LocatedPage(self)
        self.upstream_page = UpstreamPage(self)
        self.valves_page = ValvesPage(self)
        self.notice_page = NoticePage(self)
        self.order_page = OrderPage(self)
        self.reopen_page = ReopenPage(self)
        self.pages = [
            self.report_page,
            self.located_page,
            self.upstream_page,
            self.valves_page,
            self.notice_page,
            self.order_page,
            self.reopen_page,
        ]
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self.step_label = QLabel(self)
        self.step_label.setObjectName("leakStep")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("leakBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("leakNext")
        self.next_button.setDefault(True)
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("leakRestart")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("leakClose")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._connect()
        self.retranslate()
        self._update_buttons()
        self.resize(820, 560)

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.hide)
        self.restart_button.clicked.connect(self.restart)
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.report_page.query.returnPressed.connect(self.next)
        self.report_page.use_selection.clicked.connect(self.use_selection)
        self.located_page.show_button.clicked.connect(lambda: self._select([self.plan.leak]))
        self.valves_page.show_button.clicked.connect(
            lambda: self._select([s.valve for s in self.plan.close])
        )
        self.notice_page.copy_button.clicked.connect(self.copy_notice)
        self.notice_page.print_button.clicked.connect(self.print_notice)
        self.order_page.create_button.clicked.connect(self.create_order)
        self.order_page.print_button.clicked.connect(self.print_order)
        self.reopen_page.steps.itemChanged.connect(lambda _item: self._update_buttons())

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, step: int) -> None:
        """Show screen ``step`` (0-based); nothing typed on any screen is lost."""
        self.stack.setCurrentIndex(max(0, min(step, len(self.pages) - 1)))
        self._update_buttons()

    def back(self) -> None:
        self.go_to(self.step - 1)

    def next(self) -> None:
        if self.step == 0:
            self.locate()
        elif self.step == len(self.pages) - 1:
            if self.reopen_page.all_done():
                self.hide()
        else:
            self.go_to(self.step + 1)

    def restart(self) -> None:
        """A new leak: back to the first screen (the old plan is dropped)."""
        self.plan = None
        self.picture_path = None
        self.report_page.query.clear()
        self.go_to(0)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()  # keeps everything: reopening shows the same screen
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self.hide()

    # -- steps ---------------------------------------------------------------------------------

    def use_selection(self) -> None:
        current = self.window_.selection.current
        if current:
            self.report_page.query.setText(current)

    def model_path(self) -> Path | None:
        loaded = getattr(self.window_, "loaded", None)
        return Path(loaded.path) if loaded is not None and loaded.path else None

    def locate(self) -> None:
        """Plan the leak in the background; on success fill every screen and go to step 2."""
        from fmdesk.app.leak import plan_leak

        query = self.report_page.query.text().strip()
        hours = self.report_page.hours.value()
        app, model = self.window_.app, self.model_path()
        loaded = getattr(self.window_, "loaded", None)
        model_file = getattr(loaded, "model", None)
        self.next_button.setEnabled(False)
        self.window_.ops.run(
            self.tr("Leak plan"),
            lambda progress: plan_leak(
                app, query, model=model, model_file=model_file, hours=hours, progress=progress
            ),
            self.set_plan,
            key="leak-plan",
            on_error=lambda _error: self._update_buttons(),
        )

    def set_plan(self, plan: Any) -> None:
        """Fill the screens from ``plan`` and show where the leak is."""
        self.plan = plan
        for page in self.pages[1:]:
            page.fill(plan)
        self.go_to(1)
        self._select([plan.leak])
        self.draw_picture()

    def draw_picture(self) -> None:
        from fmdesk.app.leak import render_valve_picture

        if self.plan is None or not self.plan.close:
            self.valves_page.set_picture("")
            return
        plan = self.plan
        out = Path(tempfile.mkdtemp(prefix="fmdesk-leak-")) / "valves.png"
        self.window_.ops.run(
            self.tr("Valve picture"),
            lambda progress: str(render_valve_picture(plan, out, in_process=False)),
            self._set_picture,
            key="leak-picture",
            quiet=True,
            supersede=True,
            on_error=lambda _error: self.valves_page.set_picture(""),
        )

    def _set_picture(self, path: str) -> None:
        self.picture_path = path
        self.valves_page.set_picture(path)

    def _select(self, places: list[Any]) -> None:
        ids = [p.global_id for p in places if p is not None]
        if ids:
            self.window_.selection.select(ids, "leak")

    def copy_notice(self) -> None:
        QGuiApplication.clipboard().setText(self.notice_page.notice.toPlainText())

    def print_notice(self) -> None:
        from fmdesk.ui.printing import document_painter, notice_document, preview

        document = notice_document(self.notice_page.notice.toPlainText())
        preview(self, self.tr("Water-stop notice"), document_painter(document))

    def create_order(self) -> None:
        """Create the shut-off order with the (possibly edited) title, body and notice."""
        from dataclasses import replace

        from fmdesk.app.leak import create_leak_order

        plan = replace(
            self.plan,
            order_title=self.order_page.order_title.text().strip() or self.plan.order_title,
            order_body=self.order_page.body.toPlainText(),
        )
        app = self.window_.app
        self.order_page.create_button.setEnabled(False)
        self.window_.ops.run(
            self.tr("Shut-off work order"),
            lambda progress: create_leak_order(app, plan),
            self._order_created,
            changes=[Change.WORK_ORDERS],
            on_error=lambda _error: self.order_page.set_number(None),
        )

    def _order_created(self, order: Any) -> None:
        self.order = order
        self.order_page.set_number(order.number)

    def print_order(self) -> None:
        from fmdesk.ui.printing import document_painter, preview, work_order_document

        order = getattr(self, "order", None)
        if order is None:
            from types import SimpleNamespace

            order = _draft_order(self, SimpleNamespace)
        from fmdesk.ui.records.labels import word

        sheet = work_order_document(order, word)
        preview(self, self.tr("Work order"), document_painter(sheet))

    # -- texts -----------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        step, last = self.step, len(self.pages) - 1
        self.back_button.setEnabled(step > 0)
        has_plan = self.plan is not None
        self.next_button.setEnabled(step == 0 or (has_plan and step < last))
        if step == last:
            self.next_button.setEnabled(self.reopen_page.all_done())
        self.next_button.setText(self.tr("&Finish") if step == last else self.tr("&Next >"))
        self.step_label.setText(
            self.tr("Step {0} of {1}: {2}").format(step + 1, last + 1, self._step_names()[step])
        )

    def _step_names(self) -> list[str]:
        return [
            self.tr("reported leak"),
            self.tr("located"),
            self.tr("upstream"),
            self.tr("valves to close"),
            self.tr("flats and notice"),
            self.tr("work order"),
            self.tr("reopen"),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guided leak handling"))
        self.back_button.setText(self.tr("< &Back"))
        self.close_button.setText(self.tr("Close"))
        self.restart_button.setText(self.tr("New leak"))
        for page in self.pages:
            page.retranslate()
        if self.plan is not None:
            for page in self.pages[1:]:
                page.fill(self.plan)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _draft_order(wizard: LeakWizard, namespace: Any) -> Any:
    """The order as it will be created (printed before it exists)."""
    page = wizard.order_page
    plan = wizard.plan
    return namespace(
        number="",
        title=page.order_title.text(),
        priority="urgent",
        state="reported",
        asset_code="",
        asset_name="",
        location=plan.leak.label if plan else "",
        space_name="",
        reporter="",
        assignee="",
        contractor="",
        created_at=None,
        on_site_due=None,
        completion_due=None,
        shutoff={
            "valves": [s.valve.label for s in plan.close] if plan else [],
            "affected_flats": list(plan.flats) if plan else [],
        },
        description=page.body.toPlainText(),
    )
