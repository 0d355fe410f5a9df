"""The user-manual window (F1): chapters on the left, the Markdown page on the right.

Pages are ``docs/manual/<language>/*.md`` (found by :mod:`fmdesk.ui.help.manual_files`), shown
in a :class:`QTextBrowser` with its search path on the manual folder, so the screenshots the
pages link (``../images/…``) load and links between chapters work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fmdesk.ui.help.manual_files import manual_pages
from fmdesk.ui.screen_fit import FittedDialog

__all__ = ["ManualDialog", "show_manual"]


class ManualDialog(FittedDialog):
    """Non-modal: the engineer reads the manual while working in the window."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ManualDialog")
        self.setWindowTitle(self.tr("fmdesk user manual"))
        self.pages = manual_pages(language)
        self.chapters = QListWidget(self)
        self.chapters.setObjectName("manualChapters")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manualBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 760])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        for page in self.pages:
            item = QListWidgetItem(page.title, self.chapters)
            item.setData(Qt.ItemDataRole.UserRole, str(page.path))
        self.chapters.currentRowChanged.connect(self.show_page)
        if self.pages:
            self.chapters.setCurrentRow(0)
        else:
            self.browser.setPlainText(self.tr("The user manual is not installed."))
        self.resize(1000, 640)

    def show_page(self, row: int) -> None:
        """Render chapter ``row`` (Markdown with its pictures)."""
        if not 0 <= row < len(self.pages):
            return
        path = self.pages[row].path
        self.browser.setSearchPaths([str(path.parent), str(path.parent.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.fit_pictures()

    def fit_pictures(self) -> None:
        """Screenshots (1366 px wide) shown at the page's width, not at their own."""
        width = max(200, self.browser.viewport().width() - 24)
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                if not fragment.charFormat().isImageFormat():
                    continue
                picture = fragment.charFormat().toImageFormat()
                picture.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(picture)
            block = block.next()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_pictures)  # after the splitter placed the page

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_pictures)

    def _follow(self, url: QUrl) -> None:
        """A link to another chapter opens it here; web links open in the browser."""
        name = Path(url.path()).name
        for row, page in enumerate(self.pages):
            if page.path.name == name:
                self.chapters.setCurrentRow(row)
                return
        if url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


def show_manual(window: Any, language: str) -> ManualDialog:
    """Show (or raise) the manual of ``window`` in ``language`` (one dialog per window)."""
    from fmdesk.i18n import current_language

    language = language or current_language()
    dialog = getattr(window, "manual_dialog", None)
    if dialog is None or dialog.property("language") != language:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        dialog = ManualDialog(language, window)
        dialog.setProperty("language", language)
        window.manual_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
