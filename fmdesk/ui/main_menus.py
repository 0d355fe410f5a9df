"""The main window's actions, menus and toolbar, with their shortcuts and translated texts.

Each action only calls a main-window method; keeping them here leaves the window module to the
wiring between model, panels and view. Texts are set in :meth:`MainMenus.retranslate`, which
runs again on every language switch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar

from fmdesk.ui.view_shortcuts import STANDARD_VIEWS

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))  # never translated


class MainMenus(QObject):
    """File, View, Tools, Language and Help menus plus the main toolbar of ``window``.

    Features add their menus with :meth:`add_feature_menu` (placed before 语言/帮助) and their
    tool entries with :meth:`add_tool_action` (a section at the end of 工具)."""

    def __init__(self, window: QMainWindow | Any) -> None:
        super().__init__(window)
        self.window = window
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        window.language_changed.connect(self.retranslate)
        self._tidying = False
        window.menuBar().installEventFilter(self)
        self.retranslate()

    # -- construction ----------------------------------------------------------------------

    def _action(
        self,
        name: str,
        slot: Callable[..., Any] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        w, sp, keys = self.window, QStyle.StandardPixmap, QKeySequence.StandardKey
        selected = w.selection
        self.open_action = self._action(
            "open", w.choose_and_open, keys.Open, icon=sp.SP_DialogOpenButton
        )
        self.close_action = self._action("close", w.close_model, keys.Close)
        self.screenshot_action = self._action(
            "screenshot", w.choose_and_export_screenshot, "Ctrl+Shift+S", icon=sp.SP_DesktopIcon
        )
        self.quit_action = self._action("quit", w.close, keys.Quit)
        self.fit_all_action = self._action(
            "fit_all", lambda: w.view.fit_all(), "Home", icon=sp.SP_TitleBarMaxButton
        )
        self.fit_selection_action = self._action(
            "fit_selection", w.frame_selection, "F", icon=sp.SP_FileDialogContentsView
        )
        self.xray_action = self._action(
            "xray", w.set_xray, "X", checkable=True, icon=sp.SP_FileDialogDetailedView
        )
        self.walk_action = self._action(
            "walk", w.set_walk_mode, "Ctrl+Shift+W", checkable=True, icon=sp.SP_MediaPlay
        )
        self.show_all_action = self._action("show_all", w.show_all, "Ctrl+Shift+H")
        self.colour_by_class_action = self._action(
            "colour_by_class", w.set_colour_by_class, "C", checkable=True
        )
        self.hide_class_action = self._action(
            "hide_class", lambda: w.hide_class_of(selected.ids), "H"
        )
        self.isolate_storey_action = self._action(
            "isolate_storey", lambda: w.isolate_storey_of(selected.ids), "I"
        )
        self.section_box_action = self._action("section_box", w.set_section_box, "B", True)
        self.walk_faster_action = self._action(
            "walk_faster", lambda: w.view.change_walk_speed(1.5), "Ctrl+="
        )
        self.walk_slower_action = self._action(
            "walk_slower", lambda: w.view.change_walk_speed(1 / 1.5), "Ctrl+-"
        )
        self.clear_problems_action = self._action("clear_problems", w.problems_panel.clear)
        self.manual_action = self._action(
            "manual", self.show_manual, keys.HelpContents, icon=sp.SP_DialogHelpButton
        )
        self.manual_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.about_action = self._action("about", w.show_about)
        self.about_qt_action = self._action("about_qt", QApplication.aboutQt)
        self.view_actions = {
            key: self._action(
                f"view_{key}", lambda _=False, k=key: w.view.set_standard_view(k), shortcut
            )
            for key, shortcut in STANDARD_VIEWS.items()
        }
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGE_NAMES:
            action = self._action(
                f"lang_{language}", lambda _=False, lg=language: w.set_language(lg), None, True
            )
            action.setText(name)
            action.setChecked(language == w.language)
            self.language_group.addAction(action)
            self.language_actions[language] = action

    def _create_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(w)
        self._add(self.file_menu, [self.open_action])
        self.recent_menu_action = self.file_menu.addMenu(self.recent_menu)
        self._add(self.file_menu, [self.close_action, None, self.screenshot_action, None])
        self._add(self.file_menu, [self.quit_action])

        self.view_menu = bar.addMenu("")
        self.panels_menu = self.view_menu.addMenu("")
        for dock in (w.tree_dock, w.properties_dock, w.problems_dock, w.viewpoints_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        self.standard_views_menu = self.view_menu.addMenu("")
        self._add(self.standard_views_menu, list(self.view_actions.values()))
        self.classes_menu = self.view_menu.addMenu("")
        self.classes_menu.aboutToShow.connect(self.update_classes_menu)
        self.view_menu.addSeparator()
        self._add(
            self.view_menu,
            [
                self.fit_all_action,
                self.fit_selection_action,
                self.xray_action,
                self.colour_by_class_action,
                self.walk_action,
                self.show_all_action,
            ],
        )
        self.tools_menu = bar.addMenu("")
        self._add(
            self.tools_menu,
            [
                self.hide_class_action,
                self.isolate_storey_action,
                self.section_box_action,
                None,
                self.walk_faster_action,
                self.walk_slower_action,
                None,
                self.clear_problems_action,
            ],
        )
        self.language_menu = bar.addMenu("")
        self._add(self.language_menu, list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self._add(
            self.help_menu, [self.manual_action, None, self.about_action, self.about_qt_action]
        )
        self._tools_section: QAction | None = None

    @staticmethod
    def _add(menu: QMenu, actions: Sequence[QAction | None]) -> None:
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.window)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.open_action,
            self.fit_all_action,
            self.fit_selection_action,
            self.view_actions["iso"],
            self.view_actions["top"],
            self.xray_action,
            self.walk_action,
            self.screenshot_action,
        ):
            self.toolbar.addAction(action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    # -- what features add ------------------------------------------------------------------

    def add_feature_menu(self, menu: QMenu) -> QMenu:
        """Put a feature's own menu in the menu bar, before 语言 and 帮助 (Chinese desktop
        habit: 文件 视图 工具 … 帮助 last)."""
        self.window.menuBar().insertMenu(self.language_menu.menuAction(), menu)
        return menu

    def add_tool_action(self, action: QAction) -> QAction:
        """Add a feature's action to 工具, in one section below the built-in tools (the feature
        keeps the action and sets its text on language changes)."""
        if self._tools_section is None:
            self._tools_section = self.tools_menu.addSeparator()
        self.tools_menu.addAction(action)
        if action.parent() is None:
            action.setParent(self.window)
        return action

    def show_manual(self) -> None:
        """F1: the user manual (docs/manual) in the current language."""
        from fmdesk.ui.help.manual import show_manual

        show_manual(self.window, getattr(self.window, "language", ""))

    # -- dynamic menus ---------------------------------------------------------------------

    def update_recent_menu(self) -> None:
        """Numbered recent files (tooltip: full path), then "Clear the list"."""
        w = self.window
        recent = w.settings.recent_files
        self.recent_menu.clear()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: w.open_model_file(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear the list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(w.clear_recent_files)
        self.recent_menu_action.setEnabled(bool(recent))

    def update_classes_menu(self) -> None:
        """One checkable entry per IFC class in the scene: checked = shown."""
        view = self.window.view
        self.classes_menu.clear()
        hidden = view.scene.hidden_classes
        for ifc_class in view.scene.classes:
            action = self.classes_menu.addAction(ifc_class)
            action.setCheckable(True)
            action.setChecked(ifc_class not in hidden)
            action.toggled.connect(lambda shown, c=ifc_class: view.set_class_visible(c, shown))
        if not view.scene.classes:
            self.classes_menu.addAction(self.tr("(no model)")).setEnabled(False)

    # -- texts -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionAdded and watched is self.window.menuBar():
            self._keep_help_last()
        return False

    def _keep_help_last(self) -> None:
        """语言 and 帮助 stay the last two menus whichever way a feature added its menu."""
        bar = self.window.menuBar()
        tail = [self.language_menu.menuAction(), self.help_menu.menuAction()]
        if self._tidying or bar.actions()[-2:] == tail:
            return
        self._tidying = True
        try:
            for action in tail:
                bar.removeAction(action)
                bar.addAction(action)
        finally:
            self._tidying = False

    def retranslate(self) -> None:
        """Menu titles, action texts and tooltips in the current language."""
        titles = {
            self.file_menu: self.tr("&File"),
            self.recent_menu: self.tr("Open &Recent"),
            self.view_menu: self.tr("&View"),
            self.panels_menu: self.tr("&Panels"),
            self.standard_views_menu: self.tr("&Standard views"),
            self.classes_menu: self.tr("&Classes"),
            self.tools_menu: self.tr("&Tools"),
            self.language_menu: self.tr("&Language"),
            self.help_menu: self.tr("&Help"),
        }
        for menu, title in titles.items():
            menu.setTitle(title)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for action, (text, tip) in self._action_texts().items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.update_recent_menu()

    def _action_texts(self) -> dict[QAction, tuple[str, str]]:
        texts = {
            self.open_action: (self.tr("&Open…"), self.tr("Open an IFC model (.ifc, .ifczip)")),
            self.close_action: (self.tr("&Close"), self.tr("Close the current model")),
            self.screenshot_action: (
                self.tr("Export &screenshot…"),
                self.tr("Save the 3D view as a PNG image"),
            ),
            self.quit_action: (self.tr("&Quit"), self.tr("Quit fmdesk")),
            self.fit_all_action: (self.tr("Fit &all"), self.tr("Show the whole model")),
            self.fit_selection_action: (
                self.tr("&Frame selection"),
                self.tr("Zoom to the selected elements"),
            ),
            self.xray_action: (self.tr("&X-ray"), self.tr("See through walls and slabs")),
            self.colour_by_class_action: (
                self.tr("&Colour by class"),
                self.tr("Colour elements by their class instead of the model's own colours"),
            ),
            self.walk_action: (
                self.tr("&Walk mode"),
                self.tr("Walk through the building: W/A/S/D or arrows, drag to look, Esc to leave"),
            ),
            self.show_all_action: (
                self.tr("Show a&ll"),
                self.tr("Show every hidden element and storey"),
            ),
            self.hide_class_action: (
                self.tr("&Hide class of selection"),
                self.tr("Hide every element of the selected element's class"),
            ),
            self.isolate_storey_action: (
                self.tr("&Isolate storey of selection"),
                self.tr("Show only the storey of the selected element"),
            ),
            self.section_box_action: (
                self.tr("Section &box"),
                self.tr("Cut the model with a box around the selection"),
            ),
            self.walk_faster_action: (
                self.tr("Walk &faster"),
                self.tr("Increase the walking speed"),
            ),
            self.walk_slower_action: (
                self.tr("Walk &slower"),
                self.tr("Decrease the walking speed"),
            ),
            self.clear_problems_action: (
                self.tr("&Clear problems"),
                self.tr("Empty the Problems panel"),
            ),
            self.manual_action: (
                self.tr("User &manual"),
                self.tr("Open the user manual: daily tasks step by step (F1)"),
            ),
            self.about_action: (self.tr("&About fmdesk"), self.tr("Version and licence")),
            self.about_qt_action: (self.tr("About &Qt"), self.tr("The Qt toolkit version")),
        }
        view_names = {
            "iso": self.tr("&Isometric"),
            "top": self.tr("&Top"),
            "bottom": self.tr("&Bottom"),
            "front": self.tr("&Front"),
            "back": self.tr("B&ack"),
            "left": self.tr("&Left"),
            "right": self.tr("&Right"),
        }
        tip = self.tr("Look at the model from a standard direction")
        for key, action in self.view_actions.items():
            texts[action] = (view_names[key], tip)
        return texts
