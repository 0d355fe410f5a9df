"""Network tracing and isolation in the desktop app: context actions, results dock, 3D highlight,
copy, Excel export, shut-off work order, corrections, network check."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog

from fmdesk.i18n import tr
from fmdesk.network.corrections import load_corrections
from fmdesk.ui.context_actions import build_context_menu
from tests.ui.conftest import wait_loaded

FLAT_PIPE = "户内给水管 1-601"
FLAT_VALVE = "户阀 1-601"


def open_model(qtbot, make_window, path: Path, with_geometry: bool = False, language: str = "en"):
    """Open ``path`` the way File → Open does and wait until it is loaded."""
    window = make_window(language=language, with_geometry=with_geometry)
    window.open_model_file(path)
    wait_loaded(qtbot, window)
    return window


def gid_named(window, name: str) -> str:
    return next(e.global_id for e in window.loaded.elements.values() if e.name == name)


def context_action(window, key: str, ids: list[str]) -> QAction:
    menu = build_context_menu(window, ids, window)
    action = menu.findChild(QAction, key)
    assert action is not None, f"no context action {key}"
    return action


def trigger_and_wait(qtbot, window, key: str, gid: str):
    """Run a registered context action on ``gid``; return the result the panel shows."""
    feature = window.network_feature
    action = context_action(window, key, [gid])
    assert action.isEnabled()
    with qtbot.waitSignal(feature.result_shown, timeout=30000) as blocker:
        action.trigger()
    return blocker.args[0]


def names(rows) -> list[str]:
    return [row.name for row in rows]


def test_isolate_here_lists_the_flat_valve_and_highlights_it_in_3d(
    make_window, qtbot, model_path: Path, cached_geometry: Path
) -> None:
    window = open_model(qtbot, make_window, model_path, with_geometry=True)
    pipe, valve = gid_named(window, FLAT_PIPE), gid_named(window, FLAT_VALVE)
    trigger_and_wait(qtbot, window, "network.isolate", pipe)

    panel = window.network_feature.results_panel
    operate = panel.rows("operate")
    assert names(operate) == [FLAT_VALVE]
    assert operate[0].action == "Close" and operate[0].storey == "6F"
    assert names(panel.rows("spaces")) == ["1-601"]
    assert FLAT_PIPE in names(panel.rows("segment"))
    assert panel.section_item("operate").child(0).text(0) == f"Close  {FLAT_VALVE}"
    scene = window.view.scene
    assert scene.highlighted("operate") == [valve]
    assert pipe in scene.highlighted("path")
    assert scene.highlight_actor("operate") is not None
    assert window.network_feature.results_dock.isVisible()


def test_clicking_a_result_row_selects_the_element_everywhere(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    panel = window.network_feature.results_panel
    row = panel.section_item("operate").child(0)
    rect = panel.tree.visualItemRect(row)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    valve = gid_named(window, FLAT_VALVE)
    assert window.selection.ids == (valve,)
    assert any(item.isSelected() for item in window.tree_panel.items_for(valve))
    assert window.properties_panel.value_of("GlobalId") == valve


def test_trace_upstream_from_an_outlet_ends_at_the_transformer(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    outlet = next(
        e for e in window.loaded.elements.values() if e.ifc_class == "IfcOutlet" and e.space_id
    )
    result = trigger_and_wait(qtbot, window, "network.trace_upstream", outlet.global_id)
    panel = window.network_feature.results_panel
    sources = panel.rows("sources")
    assert [row.ifc_class for row in sources] == ["IfcTransformer"]
    assert "变压器" in sources[0].name
    classes = {row.ifc_class for row in panel.rows("path")}
    assert "IfcElectricDistributionBoard" in classes
    assert panel.title_label.text().startswith("Upstream of: ")
    assert result.direction == "upstream"


def test_copy_puts_what_to_close_and_the_flats_on_the_clipboard(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    QApplication.clipboard().clear()
    window.network_feature.results_panel.copy_button.click()
    text = QApplication.clipboard().text()
    assert FLAT_VALVE in text
    assert "Close:" in text and "1-601" in text.splitlines()[-1]


def test_export_writes_the_isolation_to_an_excel_workbook(
    make_window, qtbot, model_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_model(qtbot, make_window, model_path)
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    target = tmp_path / "隔离 1-601"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    feature = window.network_feature
    feature.results_panel.export_button.click()
    qtbot.waitUntil(lambda: feature.last_export is not None, timeout=30000)
    written = target.with_suffix(".xlsx")
    assert feature.last_export == written
    workbook = load_workbook(written, read_only=True)
    cells = [
        str(c) for row in workbook[tr("Elements")].iter_rows(values_only=True) for c in row if c
    ]
    assert FLAT_VALVE in cells and FLAT_PIPE in cells
    spaces = [c for row in workbook[tr("Affected spaces")].iter_rows(values_only=True) for c in row]
    assert "1-601" in spaces
    assert str(written) in feature.results_panel.message_label.text()


def test_shutoff_work_order_is_created_in_the_records_database(
    make_window, qtbot, model_path: Path, tmp_path: Path
) -> None:
    from fmdesk.bootstrap import bootstrap
    from fmdesk.workorders.service import get_work_order

    window = open_model(qtbot, make_window, model_path)
    window.settings.database_url = f"sqlite:///{tmp_path / 'records.db'}"
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    feature = window.network_feature
    assert feature.results_panel.order_button.isEnabled()
    with qtbot.waitSignal(feature.order_created, timeout=60000) as blocker:
        feature.results_panel.order_button.click()
    number = blocker.args[0]
    assert number.startswith("GD-")
    assert number in feature.results_panel.message_label.text()
    app = bootstrap(database_url=window.settings.database_url)
    try:
        order = get_work_order(app.uow(), number)
    finally:
        app.close()
    assert order.shutoff["affected_flats"] == ["1-601"]
    assert any(FLAT_VALVE in valve for valve in order.shutoff["valves"])
    assert order.source == "trace"


def test_shutoff_order_from_the_panel_follows_the_configured_sla(
    make_window, qtbot, model_path: Path, tmp_path: Path
) -> None:
    """The panel's order used the default 15-minute response, not sla.json (issue 13's bug)."""
    import json
    from datetime import timedelta

    from fmdesk.bootstrap import bootstrap
    from fmdesk.settings import config_dir
    from fmdesk.workorders.service import get_work_order

    (config_dir() / "sla.json").parent.mkdir(parents=True, exist_ok=True)
    (config_dir() / "sla.json").write_text(
        json.dumps({"urgent": {"response_minutes": 5}}), encoding="utf-8"
    )
    window = open_model(qtbot, make_window, model_path)
    window.settings.database_url = f"sqlite:///{tmp_path / 'records.db'}"
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    feature = window.network_feature
    with qtbot.waitSignal(feature.order_created, timeout=60000) as blocker:
        feature.results_panel.order_button.click()
    app = bootstrap(database_url=window.settings.database_url)
    try:
        order = get_work_order(app.uow(), blocker.args[0])
    finally:
        app.close()
    assert order.priority == "urgent"
    assert order.response_due - order.created_at == timedelta(minutes=5)


def test_shutoff_order_failure_is_one_sentence_and_the_app_stays_usable(
    make_window, qtbot, model_path: Path, tmp_path: Path, message_boxes
) -> None:
    window = open_model(qtbot, make_window, model_path)
    window.settings.database_url = f"sqlite:///{tmp_path}"  # a folder: cannot be opened
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    feature = window.network_feature
    feature.results_panel.order_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=60000)
    title, text = message_boxes[0]
    assert title == "Create shut-off work order"
    assert "cannot be opened" in text and "\n" not in text
    assert feature.last_order is None
    assert names(feature.results_panel.rows("operate")) == [FLAT_VALVE]


def test_marking_the_flat_valve_inoperable_moves_the_isolation_outward(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    pipe, valve = gid_named(window, FLAT_PIPE), gid_named(window, FLAT_VALVE)
    trigger_and_wait(qtbot, window, "network.isolate", pipe)
    feature = window.network_feature

    action = context_action(window, "network.mark_inoperable", [valve])
    assert action.isEnabled()
    with qtbot.waitSignal(feature.result_shown, timeout=30000):
        action.trigger()
    assert valve in load_corrections(feature.model_hash).inoperable
    panel = feature.results_panel
    assert FLAT_VALVE not in names(panel.rows("operate"))
    assert names(panel.rows("skipped")) == [FLAT_VALVE]
    flats = names(panel.rows("spaces"))
    assert "1-601" in flats and len(flats) > 1  # the next valve out cuts the neighbours too
    assert not context_action(window, "network.mark_inoperable", [valve]).isEnabled()

    with qtbot.waitSignal(feature.result_shown, timeout=30000):
        context_action(window, "network.mark_operable", [valve]).trigger()
    assert valve not in load_corrections(feature.model_hash).inoperable
    assert names(panel.rows("operate")) == [FLAT_VALVE]


def test_tripping_a_floor_breaker_lists_that_floors_flats(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    feature = window.network_feature
    breaker = next(
        e
        for e in window.loaded.elements.values()
        if e.ifc_class == "IfcProtectiveDevice"
        and e.storey_name == "3F"
        and not e.space_id
        and "楼层" in (e.name or "")
    )
    trigger_and_wait(qtbot, window, "network.trip", breaker.global_id)
    flats = names(feature.results_panel.rows("spaces"))
    assert flats and all(f.startswith("1-3") for f in flats), flats
    assert feature.results_panel.rows("operate")[0].action == "Open"
    wall = next(e for e in window.loaded.elements.values() if e.ifc_class.startswith("IfcWall"))
    assert not context_action(window, "network.trip", [wall.global_id]).isEnabled()
    assert not context_action(window, "network.isolate", [wall.global_id]).isEnabled()


def test_network_check_of_the_sample_has_no_errors(make_window, qtbot, model_path: Path) -> None:
    window = open_model(qtbot, make_window, model_path)
    feature = window.network_feature
    with qtbot.waitSignal(feature.check_shown, timeout=30000) as blocker:
        feature.check_panel.run_button.click()
    report = blocker.args[0]
    assert report.summary["element_count"] > 500
    assert not [f for f in report.findings if f.severity == "error"]
    assert feature.check_panel.summary_label.text().startswith("0 errors")
    assert feature.check_dock.isVisible()


def test_network_check_lists_findings_of_a_fragmented_model_and_selects_them(
    make_window, qtbot, shared_ifc: Path
) -> None:
    path = shared_ifc / "heating-fragmented_ifc2x3.ifc"
    if not path.is_file():
        pytest.skip("heating-fragmented_ifc2x3.ifc is absent")
    window = open_model(qtbot, make_window, path)
    feature = window.network_feature
    with qtbot.waitSignal(feature.check_shown, timeout=60000) as blocker:
        feature.run_check()
    report = blocker.args[0]
    codes = feature.check_panel.group_codes()
    assert "fragment" in codes
    assert set(codes) == set(report.counts())
    tree = feature.check_panel.tree
    group = tree.topLevelItem(codes.index("fragment"))
    assert group.text(0).startswith("Network fragments (")
    finding = group.child(0)
    tree.setCurrentItem(finding)
    selected = window.selection.ids
    assert selected and set(selected) <= set(window.loaded.elements)
    assert "How to fix:" in feature.check_panel.fix_label.text()


def test_chinese_results_and_clipboard_text(make_window, qtbot, model_path: Path) -> None:
    window = open_model(qtbot, make_window, model_path, language="zh_CN")
    trigger_and_wait(qtbot, window, "network.isolate", gid_named(window, FLAT_PIPE))
    panel = window.network_feature.results_panel
    assert panel.section_item("operate").text(0) == "需操作的设备 (1)"
    assert panel.title_label.text().startswith("漏水/故障隔离：")
    assert window.network_feature.results_dock.windowTitle() == "管网追溯结果"
    text = window.network_feature.copy_result()
    assert text.splitlines()[1] == "需关闭："
    assert text.splitlines()[-1] == "停水/停电住户（1）：1-601"
    window.set_language("en")
    qtbot.waitUntil(lambda: panel.section_item("operate").text(0) == "Devices to operate (1)")


def test_a_flat_traced_upstream_reaches_its_valve_the_tank_and_the_transformer(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    flat = next(n for n in window.loaded.spatial.values() if n.name == "1-601")
    assert not context_action(window, "network.isolate", [flat.global_id]).isEnabled()
    trigger_and_wait(qtbot, window, "network.trace_upstream", flat.global_id)
    panel = window.network_feature.results_panel
    sources = {row.ifc_class for row in panel.rows("sources")}
    assert {"IfcTank", "IfcTransformer"} <= sources
    assert FLAT_VALVE in names(panel.rows("path"))
    assert panel.title_label.text() == "Upstream of: flat 1-601"


def test_cancelling_the_network_build_leaves_the_feature_usable(
    make_window, qtbot, model_path: Path
) -> None:
    from fmdesk.app.network import forget_networks

    forget_networks()  # so the network is really built, not taken from an earlier test
    window = open_model(qtbot, make_window, model_path)
    feature = window.network_feature
    pipe = gid_named(window, FLAT_PIPE)
    context_action(window, "network.isolate", [pipe]).trigger()
    assert feature.can_cancel()
    feature.results_panel.cancel_button.click()
    qtbot.waitUntil(lambda: not feature.is_busy(), timeout=30000)
    assert feature.network is None and feature.result is None
    assert not feature.results_panel.progress.isVisible()
    trigger_and_wait(qtbot, window, "network.isolate", pipe)
    assert names(feature.results_panel.rows("operate")) == [FLAT_VALVE]


def test_marking_an_element_as_source_is_stored_and_rebuilds_the_network(
    make_window, qtbot, model_path: Path
) -> None:
    window = open_model(qtbot, make_window, model_path)
    feature = window.network_feature
    pipe = gid_named(window, FLAT_PIPE)
    trigger_and_wait(qtbot, window, "network.trace_upstream", pipe)
    assert pipe not in feature.network.user_sources
    with qtbot.waitSignal(feature.result_shown, timeout=30000):
        context_action(window, "network.mark_source", [pipe]).trigger()
    assert pipe in feature.network.user_sources
    assert pipe in load_corrections(feature.model_hash).sources
    assert context_action(window, "network.unmark_source", [pipe]).isEnabled()
    assert not context_action(window, "network.mark_source", [pipe]).isEnabled()


def test_reading_warnings_of_a_sloppy_export_are_listed_in_problems(
    make_window, qtbot, tmp_path: Path
) -> None:
    """An owner history with ChangeAction .READWRITE. (another enumeration's value) opens,
    and the Problems panel says what was assumed."""
    from tests.bim.conftest import MINIMAL_IFC4

    text = MINIMAL_IFC4.format(project="P", storey="B1", wall="W").replace(
        "ENDSEC;\nEND-ISO",
        "#20=IFCPERSON($,'Li',$,$,$,$,$,$);\n#21=IFCORGANIZATION($,'Institute',$,$,$);\n"
        "#22=IFCPERSONANDORGANIZATION(#20,#21,$);\n#23=IFCAPPLICATION(#21,'1','CAD','C');\n"
        "#24=IFCOWNERHISTORY(#22,#23,$,.READWRITE.,$,$,$,0);\nENDSEC;\nEND-ISO",
    )
    path = tmp_path / "sloppy.ifc"
    path.write_text(text, encoding="ascii")
    window = open_model(qtbot, make_window, path)
    feed = window.reading_warnings
    qtbot.waitUntil(lambda: feed.warnings is not None, timeout=60000)
    assert [w.kind for w in feed.warnings] == ["invalid_enumeration"]
    panel = window.problems_panel
    rows = [panel.tree.topLevelItem(i) for i in range(panel.count())]
    texts = [(row.text(0), row.text(1), row.text(2)) for row in rows]
    assert (
        "Reading",
        "IfcOwnerHistory #24",
        ("IfcOwnerHistory #24: ChangeAction is READWRITE; assumed NOTDEFINED."),
    ) in texts


def test_the_schema_check_waits_until_the_open_has_settled(
    make_window, qtbot, model_path: Path, monkeypatch
) -> None:
    """The check is Python on a worker thread: beside the load's last steps it kept the GUI
    thread waiting for the GIL, so it starts once the load ended and the view is drawn."""
    from fmdesk.ui.network import reading_warnings

    started_while_opening: list[bool] = []
    original = reading_warnings.ReadingWarningsFeed._start

    def recording(feed, loaded):
        started_while_opening.append(reading_warnings._still_opening(feed.window))
        original(feed, loaded)

    monkeypatch.setattr(reading_warnings.ReadingWarningsFeed, "_start", recording)
    window = make_window()
    seen_opening: list[bool] = []
    window.model_changed.connect(lambda _: seen_opening.append(window.is_loading()))
    window.open_model_file(model_path)
    feed = window.reading_warnings
    qtbot.waitUntil(lambda: feed.warnings is not None, timeout=60000)
    assert seen_opening == [True]  # the model was shown while the load still ran…
    assert started_while_opening == [False]  # …and the check waited for it to settle
