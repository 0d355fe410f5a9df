"""The main window's view of the shared selection: the properties panel, the status line, and
what a selected system, storey or space stands for in the 3D view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fmdesk.ui.panels.tree_panel import element_label


class SelectionMirror:
    """Mixin of the main window: describe elements and follow the selection."""

    def _on_selection_changed(self, ids: tuple[str, ...], source: str) -> None:
        self._update_selection_label()
        gid = self.selection.current
        if gid is None or self.loaded is None:
            self.properties_panel.clear()
            return
        self.properties_panel.show_element(gid, self.describe(gid), self.read_psets(gid))

    def drawable_ids(self, ids: Sequence[str]) -> list[str]:
        """Elements to highlight or frame for ``ids``: a system gives its members, a storey
        its elements (spaces included), a space itself when drawn else its elements."""
        if self.loaded is None:
            return list(ids)
        systems = {s.global_id: s for s in self.loaded.systems}
        result: list[str] = []
        for gid in ids:
            node = self.loaded.spatial.get(gid)
            if gid in systems:
                result.extend(systems[gid].member_ids)
            elif node is not None and node.ifc_class == "IfcBuildingStorey":
                result.extend(contained_ids(node))
            elif node is not None and node.ifc_class == "IfcSpace":
                in_scene = self.view.scene.record(gid) is not None
                result.extend([gid] if in_scene else contained_ids(node))
            else:
                result.append(gid)
        return list(dict.fromkeys(result))

    def describe(self, gid: str) -> Any:
        """ElementInfo, SpatialNode or SystemInfo for ``gid`` (None if unknown)."""
        if self.loaded is None:
            return None
        found = self.loaded.elements.get(gid) or self.loaded.spatial.get(gid)
        if found is None:
            found = next((s for s in self.loaded.systems if s.global_id == gid), None)
        return found

    def read_psets(self, gid: str) -> dict[str, dict[str, Any]]:
        """The property sets of ``gid`` in the open model (one line when they are broken)."""
        from fmdesk.app.elements import element_properties

        assert self.loaded is not None
        try:
            return element_properties(self.loaded.model, gid)
        except Exception as error:  # a broken pset must not break the panel
            return {self.tr("(unreadable)"): {type(error).__name__: str(error)}}

    def frame_selection(self) -> None:
        self.view.frame(self.selection.ids)

    def _update_selection_label(self) -> None:
        ids = self.selection.ids
        if not ids:
            self.status.set_selection(None)
            return
        info = self.describe(ids[0])
        label = element_label(info) if info is not None else ids[0]
        self.status.set_selection(label, getattr(info, "ifc_class", ""), len(ids) - 1)


def contained_ids(node: Any) -> list[str]:
    """Every element (and space) inside a spatial node, depth first."""
    ids = list(node.element_ids)
    for child in node.children:
        if child.ifc_class == "IfcSpace":
            ids.append(child.global_id)
        ids.extend(contained_ids(child))
    return ids
