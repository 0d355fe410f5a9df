"""The asset slots of the records feature: register, asset card, scan box, import, QR labels.

Each slot reads the panel, runs one use case of :mod:`fmdesk.app.assets` through the window's
runner and hands the plain result back to the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fmdesk.app import Change
from fmdesk.app import assets as use_cases
from fmdesk.records.dto import AssetCard, AssetRow, ImportReport
from fmdesk.ui.dialogs import show_error
from fmdesk.ui.records.asset_register import systems_of


class AssetSlots:
    """Mixin of :class:`~fmdesk.ui.records.controller.RecordsController`."""

    # -- register --------------------------------------------------------------------------

    def refresh_register(self, whole: bool = True) -> None:
        """Reload the register table (``whole``: also the full register behind the filters)."""
        app, filters = self.app, self.register_panel.filters()
        self.refresh(
            "records.register",
            lambda progress: use_cases.load_register(app, filters, whole),
            self._show_register,
        )

    def _show_register(self, data: use_cases.RegisterData) -> None:
        if data.everything is not None:
            self.assets = data.everything
            self.asset_by_gid = {a.ifc_global_id: a for a in self.assets if a.ifc_global_id}
            self.register_panel.set_choices(self.assets)
            self.board.set_systems(sorted({s for a in self.assets for s in systems_of(a)}))
            self._load_card(self.window.selection.current)
        self.register_panel.set_rows(data.shown, self.window.selection.current)

    def _on_asset_picked(self, code: str, global_id: str) -> None:
        """A register row was picked: select the element (3D, tree, properties follow)."""
        if global_id and self.window.describe(global_id) is not None:
            self.window.selection.select([global_id], source="records")
            self.window.frame_selection()
        else:  # not in the loaded model: show the card by code
            self._load_card(code, by_code=True)

    def _select_asset_code(self, code: str) -> None:
        row = next((a for a in self.assets if a.code == code), None)
        if row is not None:
            self._on_asset_picked(row.code, row.ifc_global_id or "")

    # -- asset card ------------------------------------------------------------------------

    def _on_selection_changed(self, ids: tuple[str, ...], source: str) -> None:
        current = ids[0] if ids else None
        if source != "records":
            self.register_panel.select_global_id(current)
        self._load_card(current)

    def _load_card(self, key: str | None, by_code: bool = False) -> None:
        app = self.app
        self._card_key = key
        if key is None:
            self.card_panel.show_nothing()
            return
        if not by_code and key not in self.asset_by_gid:
            known = app is not None and bool(self.assets)
            self.card_panel.show_nothing(
                self.tr("This element has no asset record") if known else None
            )
            return
        self.refresh(
            "records.card", lambda progress: use_cases.show_asset(app, key), self._show_card
        )

    def _show_card(self, card: AssetCard) -> None:
        if self._card_key not in (card.asset.code, card.asset.ifc_global_id):
            return  # the selection moved on while this card was loading
        self.card_panel.show_card(card)

    def _raise_card(self, _code: str = "") -> None:
        self.card_dock.show()
        self.card_dock.raise_()

    def refresh_card(self) -> None:
        self._load_card(self._card_key, by_code=self._card_key not in self.asset_by_gid)

    # -- search / scan ---------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def open_scanned(self, text: str) -> None:
        """A typed or scanned code: open that asset and select it in 3D."""
        app = self.app
        if app is not None:
            self.window.ops.run(
                self.tr("Find an asset by code"),
                lambda progress: use_cases.find_asset(app, text),
                lambda row: self._on_scanned(text, row),
                quiet=True,
            )

    def _on_scanned(self, text: str, row: AssetRow | None) -> None:
        if row is None:
            message = self.tr("No asset has the code '{0}'.").format(text)
            self.window.status.showMessage(message, 8000)
            self.search_box.show_not_found(message)
            return
        self.register_panel.select_global_id(row.ifc_global_id)
        self._raise_card()
        if row.ifc_global_id and self.window.describe(row.ifc_global_id) is not None:
            self.window.selection.select([row.ifc_global_id], source="search")
            self.window.frame_selection()
        else:
            self._load_card(row.code, by_code=True)
        self.window.status.showMessage(self.tr("Asset {0}: {1}").format(row.code, row.name), 5000)

    # -- import and labels -----------------------------------------------------------------

    def import_assets_from_model(self) -> None:
        """Tools → Import assets from model: the open model's equipment into the register."""
        app, loaded = self.app, self.window.loaded
        if app is None:
            return
        if loaded is None:
            show_error(
                self.window,
                self.tr("Import assets"),
                self.tr("Open a model first, then import its assets."),
            )
            return
        path = loaded.path
        self.window.ops.run(
            self.tr("Importing the assets of {0}").format(path.name),
            lambda progress: use_cases.import_assets(app, path, progress=progress),
            self._on_imported,
            changes=[Change.ASSETS],
            key="records.import",
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.last_import_report = report
        summary = self.tr(
            "{0}: {1} added, {2} changed, {3} removed, {4} unchanged; {5} space(s) added"
        ).format(
            report.file_name,
            len(report.added),
            len(report.changed),
            len(report.removed),
            report.unchanged,
            report.spaces_added,
        )
        self.window.status.showMessage(summary, 10000)
        self.register_panel.show_message(summary)
        self.import_box = self._import_summary_box(report, summary)

    def _import_summary_box(self, report: ImportReport, summary: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import assets"), summary)
        box.setParent(self.window, box.windowFlags())
        details = []
        for title, codes in (
            (self.tr("Added"), report.added),
            (self.tr("Changed"), report.changed),
            (self.tr("Removed"), report.removed),
        ):
            if codes:
                details.append(f"{title} ({len(codes)}): {', '.join(codes)}")
        if details:
            box.setDetailedText("\n\n".join(details))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        return box

    def choose_and_print_labels(self) -> None:
        """Tools → Print QR labels for selected assets…: a PDF (or PNG pages) of labels."""
        rows = self.register_panel.selected_rows()
        if not rows:
            show_error(
                self.window,
                self.tr("QR labels"),
                self.tr("Select one or more assets in the asset register first."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Print QR labels"),
            "labels.pdf",
            self.tr("PDF (*.pdf);;PNG images (*.png)"),
        )
        if path:
            self.print_labels(rows, Path(path))

    def preview_labels(self) -> None:
        """Tools → Print QR labels with preview…: the label sheet in Qt's print preview."""
        from fmdesk.exports.qr_labels import LabelData
        from fmdesk.ui.printing import paint_labels, preview

        rows = self.register_panel.selected_rows()
        if not rows:
            show_error(
                self.window,
                self.tr("QR labels"),
                self.tr("Select one or more assets in the asset register first."),
            )
            return
        labels = [
            LabelData(r.code, r.name, " ".join(p for p in (r.storey_name, r.space_name) if p))
            for r in rows
        ]
        preview(self.window, self.tr("Print QR labels"), paint_labels(labels), labels=True)

    def print_labels(self, rows: Sequence[AssetRow], out: Path) -> None:
        app, codes = self.app, [r.code for r in rows]
        if app is not None:
            self.window.ops.run(
                self.tr("Print QR labels"),
                lambda progress: use_cases.print_labels(app, out, codes=codes),
                self._on_labels_written,
            )

    def _on_labels_written(self, sheet: Any) -> None:
        self.last_labels = [Path(f) for f in sheet.files]
        text = self.tr("QR labels written to {0}").format(", ".join(sheet.files))
        self.window.status.showMessage(text, 10000)
