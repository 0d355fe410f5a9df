"""Saved viewpoints of the open model (camera, visibility, x-ray, section), per file content."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog


class ViewpointSlots:
    """Mixin of the main window: save, restore and delete viewpoints."""

    viewpoints: list[Any]  # fmdesk.render.viewpoints.Viewpoint

    def _load_viewpoints(self) -> None:
        """Show the saved viewpoints of the model (stored per file content by the render core)."""
        from fmdesk.render.viewpoints import load_viewpoints

        found = load_viewpoints(self.loaded.content_hash) if self.loaded else {}
        self.viewpoints = list(found.values())
        self.viewpoints_panel.set_names([v.name for v in self.viewpoints])

    def save_viewpoint(self, name: str | None = None) -> None:
        """Save the camera, visibility, x-ray and section under ``name`` (asked when None)."""
        from fmdesk.render.viewpoints import Viewpoint, save_viewpoint

        if self.loaded is None:
            return
        if name is None:
            default = self.tr("Viewpoint {0}").format(len(self.viewpoints) + 1)
            name, ok = QInputDialog.getText(
                self, self.tr("Save viewpoint"), self.tr("Name:"), text=default
            )
            if not ok or not name.strip():
                return
        save_viewpoint(self.loaded.content_hash, Viewpoint(name.strip(), self.view.scene_state()))
        self._load_viewpoints()

    def restore_viewpoint(self, row: int) -> None:
        if 0 <= row < len(self.viewpoints):
            self.view.apply_scene_state(self.viewpoints[row].state)
            self.menus.xray_action.setChecked(self.view.scene.xray)
            self.menus.section_box_action.setChecked(self.view.scene.section is not None)

    def delete_viewpoint(self, row: int) -> None:
        from fmdesk.render.viewpoints import delete_viewpoint

        if self.loaded is not None and 0 <= row < len(self.viewpoints):
            delete_viewpoint(self.loaded.content_hash, self.viewpoints[row].name)
            self._load_viewpoints()
