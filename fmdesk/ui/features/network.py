"""Network tracing and isolation in the desktop app (issue 4): right-click an element or a
flat → Trace upstream / Trace downstream / Isolate here / Trip or close this device, mark a
device inoperable or an element as a source; results dock, network-check dock, Network menu;
the model's reading warnings in the Problems panel.

The work is in :class:`fmdesk.ui.network.controller.NetworkFeature` (``window.network_feature``);
this module only plugs it into the shell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from fmdesk.ui.context_actions import ContextAction, register_context_action
from fmdesk.ui.network.controller import NetworkFeature
from fmdesk.ui.network.reading_warnings import ReadingWarningsFeed
from fmdesk.ui.network.report import KIND_DOWNSTREAM, KIND_ISOLATE, KIND_TRIP, KIND_UPSTREAM


def _feature(window: Any) -> NetworkFeature | None:
    return getattr(window, "network_feature", None)


def _single(window: Any, ids: Sequence[str]) -> str | None:
    """The one element or space the action is about (None when it makes no sense)."""
    if len(ids) != 1 or getattr(window, "loaded", None) is None:
        return None
    return ids[0]


def _is_space(window: Any, gid: str) -> bool:
    node = window.loaded.spatial.get(gid)
    return node is not None and node.ifc_class == "IfcSpace"


def can_trace(window: Any, ids: Sequence[str]) -> bool:
    """One element or space; once the network is built, only those in a network."""
    gid = _single(window, ids)
    if gid is None:
        return False
    feature = _feature(window)
    network = feature.network if feature is not None else None
    if network is not None:
        return gid in network.node_media or gid in network.spaces
    return gid in window.loaded.elements or _is_space(window, gid)


def can_isolate(window: Any, ids: Sequence[str]) -> bool:
    """One element (a leak is on a pipe or a device, not on a flat)."""
    gid = _single(window, ids)
    return gid is not None and not _is_space(window, gid) and can_trace(window, ids)


def can_trip(window: Any, ids: Sequence[str]) -> bool:
    gid = _single(window, ids)
    feature = _feature(window)
    return gid is not None and feature is not None and feature.is_device(gid)


def _marked(window: Any, ids: Sequence[str], attribute: str) -> bool:
    gid = _single(window, ids)
    feature = _feature(window)
    return (
        gid is not None and feature is not None and gid in getattr(feature.corrections, attribute)
    )


def _ask(kind: str):
    def run(window: Any, ids: Sequence[str]) -> None:
        feature = _feature(window)
        if feature is not None:
            feature.ask_about(kind, ids)

    return run


def _mark(method: str, flag: bool):
    def run(window: Any, ids: Sequence[str]) -> None:
        feature = _feature(window)
        if feature is not None and ids:
            getattr(feature, method)(ids[0], flag)

    return run


CONTEXT_ACTIONS = (
    ContextAction(
        key="network.trace_upstream",
        label=QT_TRANSLATE_NOOP("ContextActions", "Trace upstream"),
        run=_ask(KIND_UPSTREAM),
        enabled=can_trace,
        order=60,
        separator_before=True,
    ),
    ContextAction(
        key="network.trace_downstream",
        label=QT_TRANSLATE_NOOP("ContextActions", "Trace downstream"),
        run=_ask(KIND_DOWNSTREAM),
        enabled=can_trace,
        order=61,
    ),
    ContextAction(
        key="network.isolate",
        label=QT_TRANSLATE_NOOP("ContextActions", "Isolate here"),
        run=_ask(KIND_ISOLATE),
        enabled=can_isolate,
        order=62,
    ),
    ContextAction(
        key="network.trip",
        label=QT_TRANSLATE_NOOP("ContextActions", "Trip / close this device"),
        run=_ask(KIND_TRIP),
        enabled=can_trip,
        order=63,
    ),
    ContextAction(
        key="network.mark_inoperable",
        label=QT_TRANSLATE_NOOP("ContextActions", "Mark as inoperable"),
        run=_mark("set_inoperable", True),
        enabled=lambda w, ids: can_trip(w, ids) and not _marked(w, ids, "inoperable"),
        order=64,
        separator_before=True,
    ),
    ContextAction(
        key="network.mark_operable",
        label=QT_TRANSLATE_NOOP("ContextActions", "Mark as operable"),
        run=_mark("set_inoperable", False),
        enabled=lambda w, ids: _marked(w, ids, "inoperable"),
        order=65,
    ),
    ContextAction(
        key="network.mark_source",
        label=QT_TRANSLATE_NOOP("ContextActions", "Mark as source"),
        run=_mark("set_source", True),
        enabled=lambda w, ids: can_isolate(w, ids) and not _marked(w, ids, "sources"),
        order=66,
    ),
    ContextAction(
        key="network.unmark_source",
        label=QT_TRANSLATE_NOOP("ContextActions", "Unmark as source"),
        run=_mark("set_source", False),
        enabled=lambda w, ids: _marked(w, ids, "sources"),
        order=67,
    ),
)


class NetworkMenu(QObject):
    """The Network menu: the questions about the current selection, the check, the docks."""

    def __init__(self, window: Any, feature: NetworkFeature) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("NetworkMenu")
        self.actions: dict[str, QAction] = {}
        for key, slot in (
            ("upstream", lambda: feature.ask_about(KIND_UPSTREAM, window.selection.ids)),
            ("downstream", lambda: feature.ask_about(KIND_DOWNSTREAM, window.selection.ids)),
            ("isolate", lambda: feature.ask_about(KIND_ISOLATE, window.selection.ids)),
            ("trip", lambda: feature.ask_about(KIND_TRIP, window.selection.ids)),
            ("check", feature.run_check),
        ):
            action = QAction(window)
            action.setObjectName(f"network_{key}")
            action.triggered.connect(slot)
            self.actions[key] = action
        for key in ("upstream", "downstream", "isolate", "trip"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["check"])
        self.menu.addSeparator()
        self.menu.addAction(feature.results_dock.toggleViewAction())
        self.menu.addAction(feature.check_dock.toggleViewAction())
        self.menu.aboutToShow.connect(self.update_enabled)
        self._insert(window)
        window.language_changed.connect(self.retranslate)
        self.retranslate()

    def _insert(self, window: Any) -> None:
        menus = getattr(window, "menus", None)
        bar = window.menuBar()
        before = getattr(menus, "language_menu", None)
        if before is not None:
            bar.insertMenu(before.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        panels = getattr(menus, "panels_menu", None)
        feature = window.network_feature
        if panels is not None and not hasattr(window, "add_dock"):  # add_dock lists them
            panels.addAction(feature.results_dock.toggleViewAction())
            panels.addAction(feature.check_dock.toggleViewAction())

    def update_enabled(self) -> None:
        ids = self.window.selection.ids
        self.actions["upstream"].setEnabled(can_trace(self.window, ids))
        self.actions["downstream"].setEnabled(can_trace(self.window, ids))
        self.actions["isolate"].setEnabled(can_isolate(self.window, ids))
        self.actions["trip"].setEnabled(can_trip(self.window, ids))
        self.actions["check"].setEnabled(self.window.loaded is not None)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Network"))
        texts = {
            "upstream": (self.tr("Trace &upstream"), self.tr("What feeds the selected element")),
            "downstream": (
                self.tr("Trace &downstream"),
                self.tr("What the selected element feeds, and the flats served"),
            ),
            "isolate": (
                self.tr("&Isolate here"),
                self.tr("Valves or breakers to operate for a leak or fault at the selection"),
            ),
            "trip": (
                self.tr("&Trip / close this device"),
                self.tr("Who loses supply when the selected valve or breaker opens"),
            ),
            "check": (
                self.tr("&Check networks"),
                self.tr("Find missing connections, ports and flow directions in the model"),
            ),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)


def install(window: Any) -> None:
    """Add the docks, the Network menu and the context actions to ``window``."""
    for action in CONTEXT_ACTIONS:
        register_context_action(action)
    window.network_feature = NetworkFeature(window)
    window.network_menu = NetworkMenu(window, window.network_feature)
    window.reading_warnings = ReadingWarningsFeed(window)
