"""People in the main window: the 工具 menu entries (值班表, 人员与证书) and the status bar's
on-duty label, refreshed every minute and when the roster changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy

from fmdesk.app import roster as roster_cases
from fmdesk.ui.status_bar import ElidedLabel

REFRESH_MS = 60_000


class PeopleFeature(QObject):
    """Menu actions, the dialogs they open, and the on-duty label."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.roster_dialog: Any = None
        self.staff_dialog: Any = None
        self._waits = 0
        self.roster_action = QAction(window)
        self.roster_action.setObjectName("people_roster")
        self.staff_action = QAction(window)
        self.staff_action.setObjectName("people_staff")
        self.roster_action.triggered.connect(lambda _=False: self.open_roster())
        self.staff_action.triggered.connect(lambda _=False: self.open_staff())
        menu = window.menus.tools_menu
        menu.addSeparator()
        menu.addAction(self.roster_action)
        menu.addAction(self.staff_action)
        self.duty_label = ElidedLabel(window)
        self.duty_label.setObjectName("onDutyLabel")
        # Never widen the status bar (the window must fit 1366×768): long lists are clipped,
        # the tooltip has everyone.
        self.duty_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.duty_label.setMinimumWidth(180)
        self.duty_label.setMaximumWidth(380)
        window.status.addPermanentWidget(self.duty_label)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_on_duty)
        self.timer.start()
        window.bus.people.connect(self.refresh_on_duty)
        QTimer.singleShot(1500, self.refresh_on_duty)
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.roster_action.setText(self.tr("Duty &roster…"))
        self.roster_action.setStatusTip(self.tr("The month's duty roster: generate, edit, print"))
        self.staff_action.setText(self.tr("Staff and &certificates…"))
        self.staff_action.setStatusTip(self.tr("Staff list, teams and certificates due"))

    def _records_ready(self) -> bool:
        feature = getattr(self.window, "records_feature", None)
        return feature is not None and feature.app is not None

    def open_roster(self) -> None:
        from fmdesk.ui.people.roster_dialog import RosterDialog

        if self.roster_dialog is None:
            self.roster_dialog = RosterDialog(self.window, self.window)
        self.roster_dialog.show()
        self.roster_dialog.raise_()
        self.roster_dialog.reload()

    def open_staff(self) -> None:
        from fmdesk.ui.people.staff_dialog import StaffDialog

        if self.staff_dialog is None:
            self.staff_dialog = StaffDialog(self.window, self.window)
        self.staff_dialog.show()
        self.staff_dialog.raise_()
        self.staff_dialog.reload()

    def refresh_on_duty(self) -> None:
        """Ask the roster who is on duty now (in the background) and show it."""
        if not self._records_ready():
            self._waits += 1
            if self._waits < 30:  # the records database opens in the background at start-up
                QTimer.singleShot(2000, self.refresh_on_duty)
            return
        app = self.window.app
        self.window.ops.run(
            self.tr("On duty"),
            lambda progress: roster_cases.on_duty(app),
            self.show_on_duty,
            key="people-on-duty",
            quiet=True,
            supersede=True,
        )

    def show_on_duty(self, duty: list[Any]) -> None:
        if not duty:
            self.duty_label.setText(self.tr("On duty: nobody rostered"))
            self.duty_label.setToolTip("")
            return
        names = "、".join(f"{d.name}（{d.shift_name}）" for d in duty[:2])
        more = self.tr(" and {0} more").format(len(duty) - 2) if len(duty) > 2 else ""
        self.duty_label.setText(self.tr("On duty: {0}{1}").format(names, more))
        self.duty_label.setToolTip(
            "\n".join(f"{d.name} {d.team} {d.phone} {d.shift_name}" for d in duty)
        )
