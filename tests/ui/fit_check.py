"""Open the main window and every dialog on a 1366×768 screen and report what does not fit.

Run by ``tests/ui/test_screen_fit.py`` in a child process (``QT_SCALE_FACTOR`` must be set
before the QApplication exists): ``python -m tests.ui.fit_check SCALE LANGUAGE OUT.json``.
The screen is a virtual X display of exactly 1366×768 (pyvirtualdisplay); the report lists per
window its logical size, the available area and the problems found: window larger than the
screen, a button outside the window or squeezed to nothing, visible sibling widgets overlapping.
Also writes screenshots when ``FMDESK_FIT_SHOTS`` names a folder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SCREEN = (1366, 768)


def problems_of(window) -> list[str]:
    """What does not fit in ``window`` (a shown top-level widget)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton, QWidget

    found = []
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        found.append(
            f"window {frame.width()}x{frame.height()} > screen {area.width()}x{area.height()}"
        )
    inside = QRect(0, 0, window.width(), window.height())
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or QWidget.window(button) is not window:
            continue
        top_left = button.mapTo(window, button.rect().topLeft())
        rect = QRect(top_left, button.size())
        if not _on_screen_part(button):
            continue
        if rect.width() < 8 or rect.height() < 8:
            found.append(f"button {_name(button)} squeezed to {rect.width()}x{rect.height()}")
        elif not inside.contains(rect):
            found.append(f"button {_name(button)} outside the window at {rect.getRect()}")
    for parent in [window, *window.findChildren(QWidget)]:
        if not parent.isVisible() or QWidget.window(parent) is not window:
            continue
        if parent.layout() is None:
            continue  # scroll areas, splitters, stacks place their children themselves
        children = [
            c
            for c in parent.findChildren(QWidget, options=_direct())
            if c.isVisible() and not c.isWindow() and not c.visibleRegion().isEmpty()
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 2 and overlap.height() > 2:
                    found.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return found


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _on_screen_part(widget) -> bool:
    """False for buttons inside scrolled content (reachable by scrolling) or in a dock behind
    another dock's tab (reachable by its tab)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QTabBar, QToolBar

    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea | QToolBar | QTabBar):
            return False
        if isinstance(parent, QDockWidget) and parent.visibleRegion().isEmpty():
            return False  # a dock behind another one's tab
        parent = parent.parentWidget()
    return True


def _name(widget) -> str:
    return (
        f"{type(widget).__name__}({widget.objectName() or getattr(widget, 'text', lambda: '')()})"
    )


def _dialogs(window, app) -> dict[str, object]:
    """Every dialog of the app, built the way its menu builds it (with real content)."""
    from fmdesk.app.ids import load_ids_table
    from fmdesk.app.leak import plan_leak
    from fmdesk.app.workorders import create_work_order
    from fmdesk.exports.plan_import import ImportReport, RowIssue
    from fmdesk.ui.features.leak import open_leak_wizard
    from fmdesk.ui.handover.ids_editor import IdsEditorDialog
    from fmdesk.ui.help.manual import show_manual
    from fmdesk.ui.operations.acceptance_dialog import AcceptanceDialog
    from fmdesk.ui.operations.contractor_forms import ContractForm
    from fmdesk.ui.operations.contractors_dialog import ContractorsDialog
    from fmdesk.ui.people.roster_dialog import RosterDialog
    from fmdesk.ui.people.staff_dialog import StaffDialog
    from fmdesk.ui.planning.import_report import ImportReportDialog
    from fmdesk.ui.planning.task_editor import TaskLibraryDialog
    from fmdesk.ui.records.order_form import WorkOrderDialog
    from fmdesk.ui.review.new_issue import NewIssueDialog

    sample = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"
    wizard = open_leak_wizard(window)
    plan = plan_leak(window.app, "1-601", model=sample)
    wizard.hide()
    dialogs: dict[str, object] = {}
    wizard.set_plan(plan)
    dialogs["leak_wizard"] = wizard
    order = create_work_order(window.app, "水泵异响，需检查轴承", priority="urgent")
    dialogs["work_order_new"] = WorkOrderDialog(window, None, None, window)
    dialogs["work_order"] = WorkOrderDialog(window, order.number, None, window)
    dialogs["manual"] = show_manual(window, window.language)
    dialogs["task_library"] = TaskLibraryDialog(window)
    report = ImportReport(rows_checked=3)
    report.issues.append(RowIssue(5, "日期", "2027-10-01", "国庆节假期，请改到工作日"))
    dialogs["plan_import_report"] = ImportReportDialog(report, "plan.xlsx", window)
    dialogs["ids_editor"] = IdsEditorDialog(load_ids_table(), window)
    dialogs["new_review_issue"] = NewIssueDialog(2, window)
    dialogs["staff"] = StaffDialog(window, window)
    dialogs["roster"] = RosterDialog(window, window)
    dialogs["contractors"] = ContractorsDialog(window)
    dialogs["contract_form"] = ContractForm(window, "恒通电梯维保有限公司")
    dialogs["acceptance"] = AcceptanceDialog(window, order.number)
    return dialogs


def main(scale: str, language: str, out: str) -> int:
    os.environ["QT_SCALE_FACTOR"] = scale
    from pyvirtualdisplay import Display

    display = Display(size=SCREEN, color_depth=24)
    display.start()
    try:
        code = _run(language, Path(out))
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        display.stop()
    os._exit(code)  # Qt must not talk to the stopped display while the interpreter exits


def _run(language: str, out: Path) -> int:
    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    # As `fmdesk gui` starts it: shown first, the features (and their docks) installed after
    # the first paint; the window must fit again once they are there.
    window = create_main_window(language, with_geometry=False, defer_start=True)
    started: list[bool] = []
    window.when_started(lambda: started.append(True))
    window.show()
    _settle(app, 800, until=lambda: bool(started))
    _settle(app, 800)
    shots = os.environ.get("FMDESK_FIT_SHOTS")
    report = {"main_window": _report(window)}
    _shoot(window, shots, f"main_window_{language}")
    for name, dialog in _dialogs(window, app).items():
        dialog.show()
        _settle(app, 600)
        report[name] = _report(dialog)
        _shoot(dialog, shots, f"{name}_{language}")
        dialog.hide()
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    window.close()
    return 0


def _settle(app, ms: int, until=None) -> None:
    """Run the event loop for ``ms`` (or, with ``until``, until it holds, at most 60 s)."""
    import time

    end = time.monotonic() + (60.0 if until else ms / 1000)
    while time.monotonic() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.02)


def _report(window) -> dict:
    area = window.screen().availableGeometry()
    return {
        "size": [window.width(), window.height()],
        "screen": [area.width(), area.height()],
        "problems": problems_of(window),
    }


def _shoot(window, folder: str | None, name: str) -> None:
    if folder:
        from fmdesk.ui.vtk_native import grab_with_view

        grab_with_view(window).save(str(Path(folder) / f"{name}.png"))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
