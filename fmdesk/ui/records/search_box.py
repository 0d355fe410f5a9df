"""The asset search box: a typed or scanned code opens that asset.

Barcode and QR scanners type like a keyboard and finish with Enter, so the box needs nothing
special: Enter emits ``scanned(text)``, and the text is selected so the next scan replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class AssetSearchBox(QLineEdit):
    """``scanned(code)`` on Enter; the controller resolves it with ``lookup_asset``."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assetSearch")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(260)
        self.returnPressed.connect(self._on_return)
        self.textEdited.connect(lambda _text: self.show_not_found(None))
        self.not_found: str | None = None
        self.retranslate()

    def show_not_found(self, message: str | None) -> None:
        """Mark the box red with ``message`` as tooltip until the text is edited (None: clear)."""
        self.not_found = message
        self.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if message else "")
        if message:
            self.setToolTip(message)
        else:
            self.retranslate()

    def _on_return(self) -> None:
        text = self.text().strip()
        if text:
            self.scanned.emit(text)
        self.selectAll()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Scan or type an asset code"))
        self.setToolTip(
            self.tr(
                "Type an asset code, serial number or GlobalId, or scan a QR label; Enter opens it"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
