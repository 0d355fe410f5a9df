"""Properties of the current selection: attributes, type, location, property sets, quantities,
and (filled by a later issue) the element's maintenance records.

The panel only displays what it is given; the main window reads the data (one call into
:mod:`fmdesk.bim`). Storey and space rows are links: double-clicking one selects it everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from fmdesk.ui.selection import SelectionModel

LINK_ROLE = Qt.ItemDataRole.UserRole
QUANTITY_PREFIXES = ("Qto_", "BaseQuantities", "Quantities")

# (global_id) -> rows of (label, value); set by the maintenance feature when it lands.
MaintenanceProvider = Callable[[str], list[tuple[str, str]]]


def split_quantities(
    psets: Mapping[str, Mapping[str, Any]],
) -> tuple[dict[str, Mapping[str, Any]], dict[str, Mapping[str, Any]]]:
    """Separate quantity sets (``Qto_*``) from property sets, keeping their order."""
    props = {k: v for k, v in psets.items() if not k.startswith(QUANTITY_PREFIXES)}
    qtos = {k: v for k, v in psets.items() if k.startswith(QUANTITY_PREFIXES)}
    return props, qtos


def format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value)
    return "" if value is None else str(value)


class PropertiesPanel(QWidget):
    """A two-column tree (property, value) grouped in sections."""

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.maintenance_provider: MaintenanceProvider | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemDoubleClicked.connect(self._follow_link)
        self.tree.setColumnWidth(0, 230)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        self._last: tuple[str, Any, Mapping[str, Any]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Property"), self.tr("Value")])
        if self._last is not None:
            self.show_element(*self._last)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self._last = None
        self.tree.clear()

    def section(self, title: str) -> QTreeWidgetItem | None:
        """The top-level section whose title is ``title`` (tests, later features)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(0) == title:
                return item
        return None

    def value_of(self, label: str) -> str | None:
        """The value shown for ``label`` in any section (first match)."""
        matches = self.tree.findItems(
            label, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        )
        return matches[0].text(1) if matches else None

    def show_element(self, gid: str, info: Any, psets: Mapping[str, Mapping[str, Any]]) -> None:
        """Display ``info`` (an ElementInfo or SpatialNode) and its property sets."""
        self._last = (gid, info, psets)
        self.tree.clear()
        attributes = self._add_section(self.tr("Attributes"))
        self._add_row(attributes, "GlobalId", gid)
        self._add_row(attributes, self.tr("Class"), getattr(info, "ifc_class", ""))
        for label, attr in (
            (self.tr("Name"), "name"),
            (self.tr("Long name"), "long_name"),
            (self.tr("Tag"), "tag"),
            (self.tr("Predefined type"), "predefined_type"),
            (self.tr("Kind"), "kind"),
            (self.tr("Elevation"), "elevation"),
        ):
            value = getattr(info, attr, None)
            if value not in (None, ""):
                self._add_row(attributes, label, format_value(value))
        members = getattr(info, "member_ids", None)
        if members is not None:
            self._add_row(attributes, self.tr("Members"), str(len(members)))
        if getattr(info, "type_class", None) or getattr(info, "type_name", None):
            type_section = self._add_section(self.tr("Type"))
            self._add_row(type_section, self.tr("Type class"), info.type_class or "")
            self._add_row(type_section, self.tr("Type name"), info.type_name or "")
        if getattr(info, "storey_id", None) or getattr(info, "space_id", None):
            location = self._add_section(self.tr("Location"))
            storey = getattr(info, "storey_name", None) or info.storey_id or ""
            space = getattr(info, "space_name", None) or getattr(info, "space_id", None) or ""
            self._add_row(location, self.tr("Storey"), storey, link=info.storey_id)
            if space:
                self._add_row(location, self.tr("Space"), space, link=info.space_id)
        props, qtos = split_quantities(psets)
        for title, sets in ((self.tr("Property sets"), props), (self.tr("Quantities"), qtos)):
            if not sets:
                continue
            section = self._add_section(title)
            for set_name, values in sets.items():
                group = QTreeWidgetItem(section, [set_name, ""])
                for name, value in values.items():
                    self._add_row(group, str(name), format_value(value))
                group.setExpanded(True)
        self._add_maintenance_section(gid)

    # ---- MAINTENANCE RECORDS ------------------------------------------------------------
    # The maintenance-records issue plugs in here: set ``panel.maintenance_provider`` to a
    # function returning (label, value) rows for a GlobalId (work orders, last inspection,
    # next planned task). Until then the section says that records are not available yet.
    def _add_maintenance_section(self, gid: str) -> None:
        section = self._add_section(self.tr("Maintenance records"))
        section.setData(0, LINK_ROLE + 1, "maintenance")
        rows = self.maintenance_provider(gid) if self.maintenance_provider else []
        if not rows:
            note = QTreeWidgetItem(section, [self.tr("(no maintenance records yet)"), ""])
            note.setDisabled(True)
        for label, value in rows:
            self._add_row(section, label, value)

    # -------------------------------------------------------------------------------------

    def _add_section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title, ""])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _add_row(
        self, parent: QTreeWidgetItem, label: str, value: str, link: str | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label, value])
        item.setToolTip(1, value)
        if link:
            item.setData(0, LINK_ROLE, link)
            font = QFont(item.font(1))
            font.setUnderline(True)
            item.setFont(1, font)
            item.setToolTip(1, self.tr("Double-click to select {0}").format(value))
        return item

    def _follow_link(self, item: QTreeWidgetItem, _column: int) -> None:
        link = item.data(0, LINK_ROLE)
        if link:
            self._selection.select([link], source="properties")
