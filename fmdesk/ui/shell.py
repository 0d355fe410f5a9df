"""What a feature may use of the main window: the :class:`Shell` protocol.

Features (``fmdesk/ui/features/*``), the menus and the controllers type their ``window``
against this protocol instead of importing :class:`fmdesk.ui.main_window.MainWindow`, so the
window module depends on them and never the other way round (no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtWidgets import QDockWidget, QMenuBar, QStatusBar, QWidget

    from fmdesk.app import App
    from fmdesk.settings import Settings
    from fmdesk.ui.changes import ChangeBus
    from fmdesk.ui.ops import OperationRunner
    from fmdesk.ui.selection import SelectionModel

__all__ = ["Shell"]


class Shell(Protocol):
    """The main window as the features see it."""

    app: App
    """The application (settings, records, opened models) every use case receives."""
    ops: OperationRunner
    """Runs use cases off the GUI thread with progress and Cancel."""
    bus: ChangeBus
    """Signals what an operation changed, so panels refresh themselves."""
    settings: Settings
    selection: SelectionModel
    language: str
    loaded: Any
    """The open model's tree, elements and systems (``fmdesk.ui.loading.LoadedModel``)."""
    menus: Any
    """``fmdesk.ui.main_menus.MainMenus``: ``tools_menu``, ``panels_menu``, ``help_menu``…"""
    status: Any
    """``fmdesk.ui.status_bar.StatusBar``."""
    model_changed: SignalInstance
    view: Any
    """``fmdesk.ui.view3d.View3D`` (created after the window is first shown)."""

    def add_dock(
        self,
        name: str,
        widget: QWidget,
        title: Callable[[], str],
        area: Qt.DockWidgetArea = ...,
        tabify_with: QDockWidget | None = None,
    ) -> QDockWidget: ...

    def describe(self, gid: str) -> Any: ...

    def frame_selection(self) -> None: ...

    def drawable_ids(self, ids: Sequence[str]) -> list[str]: ...

    def statusBar(self) -> QStatusBar: ...

    def menuBar(self) -> QMenuBar: ...
