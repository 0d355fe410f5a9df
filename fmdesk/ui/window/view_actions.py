"""View commands of the main window: context menu, hide/isolate/show, x-ray, colours, section
box, walk mode, screenshot. Each one reads the selection and calls the 3D view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFileDialog

from fmdesk.ui.context_actions import build_context_menu
from fmdesk.ui.dialogs import show_error


class ViewActions:
    """Mixin of the main window: what the View and Tools menus and the context menu do."""

    def show_context_menu(self, ids: Sequence[str], global_pos: QPoint) -> None:
        self.context_menu = build_context_menu(self, list(ids), self)
        self.context_menu.popup(global_pos)

    def hide_class_of(self, ids: Sequence[str]) -> None:
        for gid in ids:
            info = self.describe(gid)
            if info is not None:
                self.view.set_class_visible(info.ifc_class, False)

    def isolate_storey_of(self, ids: Sequence[str]) -> None:
        for gid in ids:
            info = self.describe(gid)
            storey = getattr(info, "storey_id", None)
            if info is not None and getattr(info, "ifc_class", "") == "IfcBuildingStorey":
                storey = gid
            if storey:
                self.view.isolate_storey(storey)
                return

    def show_all(self) -> None:
        self.view.show_all()

    def hide_elements(self, ids: Sequence[str]) -> None:
        """Hide the drawable elements behind ``ids`` (e.g. a whole system)."""
        self.view.scene.hide_elements(self.drawable_ids(ids))
        self.view.render_now()

    def show_only(self, ids: Sequence[str]) -> None:
        """Hide everything except the drawable elements behind ``ids``."""
        self.view.scene.show_only_elements(self.drawable_ids(ids))
        self.view.render_now()

    def copy_ids(self, ids: Sequence[str]) -> None:
        QApplication.clipboard().setText("\n".join(ids))

    def set_xray(self, enabled: bool) -> None:
        self.menus.xray_action.setChecked(enabled)
        self.view.set_xray(enabled)

    def set_colour_by_class(self, enabled: bool) -> None:
        """Palette colours per class (pipes, valves, pumps stand out) or the IFC styles."""
        self.menus.colour_by_class_action.setChecked(enabled)
        self.view.scene.set_colour_mode("class" if enabled else "style")
        self.view.render_now()

    def set_section_box(self, enabled: bool) -> None:
        self.menus.section_box_action.setChecked(enabled)
        self.view.set_section_box(enabled, self.selection.ids)

    def set_walk_mode(self, enabled: bool) -> None:
        self.view.set_walk_mode(enabled)

    def _on_walk_mode_changed(self, enabled: bool) -> None:
        self.menus.walk_action.setChecked(enabled)
        if enabled:
            self.status.showMessage(
                self.tr("Walk mode: W/A/S/D or arrows to move, drag to look, Esc to leave"), 5000
            )

    def choose_and_export_screenshot(self) -> None:
        name = (self.loaded.path.stem if self.loaded else "fmdesk") + ".png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export screenshot"), name, self.tr("PNG images (*.png)")
        )
        if path:
            self.export_screenshot(path)

    def export_screenshot(self, path: str | Path) -> Path | None:
        """Save the 3D view as PNG; a failure (disk full, no permission) is one sentence."""
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        try:
            self.view.save_screenshot(path)
        except OSError as error:
            show_error(
                self,
                self.tr("Export screenshot"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return None
        self.status.showMessage(self.tr("Screenshot saved to {0}").format(path), 5000)
        return path
