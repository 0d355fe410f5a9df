"""Training in the GUI (pytest-qt, real window, real sample, real databases): a tour recorded,
saved, exported, imported on a fresh database and played; a leak drill answered by clicks."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from fmdesk.app import App
from fmdesk.records.database import open_records
from fmdesk.render.views import capture_camera
from fmdesk.settings import Settings
from tests.ui.conftest import wait_loaded


def by_name(window, name: str) -> str:
    found = [g for g, e in window.loaded.elements.items() if e.name == name]
    assert len(found) == 1, name
    return found[0]


def idle(qtbot, feature, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: not feature.ops.is_busy(), timeout=timeout)


def close_to(a, b, tolerance: float = 1e-3) -> bool:
    return all(math.isclose(x, y, abs_tol=tolerance) for x, y in zip(a, b, strict=True))


@pytest.fixture
def trained_window(make_window, qtbot, model_path, cached_geometry, message_boxes):
    window = make_window("zh_CN")
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    feature = window.training_feature
    idle(qtbot, feature)
    yield window
    idle(qtbot, feature)


def test_a_tour_is_recorded_exported_imported_on_a_fresh_database_and_played(
    trained_window, qtbot, tmp_path: Path
) -> None:
    window = trained_window
    feature = window.training_feature
    panel = feature.tours_panel
    feature.tours_dock.show()
    idle(qtbot, feature)
    assert panel.tours.count() == 1  # the bundled tour of the sample's plant rooms

    pump = by_name(window, "生活水泵1# (SB-01)")
    window.selection.select([pump], source="test")
    window.isolate_storey_of([pump])
    feature.new_tour()
    panel.tour_title.setText("新员工第一课")
    panel.stop_title.setText("地下一层水泵房")
    panel.stop_text.setPlainText("生活水泵 B1/B2, 主阀 V-01, 压力表")
    first = feature.capture_stop()
    assert first is not None and first.state.highlights["selection"] == [pump]
    riser = by_name(window, "给水立管 JL-1 3F")
    window.show_all()
    window.selection.select([riser], source="test")
    window.set_xray(True)
    window.view.set_standard_view("front")
    panel.stop_title.setText("给水立管 JL-1")
    panel.stop_text.setPlainText("每层一个立管阀")
    second = feature.capture_stop()
    assert second.state.xray and second.state.camera != first.state.camera
    feature.save_draft()
    idle(qtbot, feature)
    titles = [panel.tours.item(i).text() for i in range(panel.tours.count())]
    assert any(t.startswith("新员工第一课") for t in titles)
    saved_id = panel.draft.id
    assert saved_id is not None

    exported = tmp_path / "第一课.fmtour"
    feature.export_tour(saved_id, exported)
    idle(qtbot, feature)
    assert exported.is_file()

    url = f"sqlite:///{(tmp_path / 'other_site.sqlite3').as_posix()}"
    other = App(Settings(database_url=url), url, "site2", _records=open_records(url))
    previous, feature._app = feature._app, other
    try:
        feature.import_tour(exported)
        idle(qtbot, feature)
        titles = [panel.tours.item(i).text() for i in range(panel.tours.count())]
        assert any(t.startswith("新员工第一课") for t in titles)
        imported = next(
            panel.tours.item(i)
            for i in range(panel.tours.count())
            if panel.tours.item(i).text().startswith("新员工第一课")
        )
        from PySide6.QtCore import Qt

        feature.play_tour(int(imported.data(Qt.ItemDataRole.UserRole)))
        idle(qtbot, feature)
        player = feature.player
        assert player.playing and player.index == 0
        assert window.isFullScreen() and not feature.tours_dock.isVisible()
        assert player.panel.title.text() == "地下一层水泵房"
        assert "主阀 V-01" in player.panel.text.text()
        qtbot.waitUntil(lambda: not player.is_flying(), timeout=5000)
        camera = capture_camera(window.view.interactor)
        assert close_to(camera["position"], first.state.camera["position"])
        assert window.view.scene.isolated_storey is not None
        player.next()
        assert player.is_flying()  # the camera moves, it does not jump
        qtbot.waitUntil(lambda: not player.is_flying(), timeout=5000)
        camera = capture_camera(window.view.interactor)
        assert close_to(camera["position"], second.state.camera["position"])
        assert window.view.scene.xray and player.panel.title.text() == "给水立管 JL-1"
        player.walk_here()
        assert window.view.walk.active
        player.back_to_tour()
        assert not window.view.walk.active and player.index == 1
        qtbot.waitUntil(lambda: not player.is_flying(), timeout=5000)
        player.stop()
        assert not window.isFullScreen() and not player.dock.isVisible()
        assert feature.tours_dock.isVisible()
    finally:
        feature._app = previous
        other.close()


def test_a_leak_drill_is_answered_by_clicking_valves(trained_window, qtbot) -> None:
    window = trained_window
    feature = window.training_feature
    leak = by_name(window, "吸水总管 DN100")
    feature.leak_drill_at(leak)
    idle(qtbot, feature)
    session = feature.drills
    assert session.current is not None and session.current.target == leak
    for name in ("水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)"):
        window.selection.select([by_name(window, name)], source="view")
        qtbot.waitUntil(lambda: not window.selection.ids, timeout=2000)
    assert not session.toggle_device(by_name(window, "吸水总管 DN100"))  # a pipe is no answer
    assert feature.drill_panel.answer.count() == 2
    session.check()
    idle(qtbot, feature)
    result = session.last_result
    assert result.score < 100
    assert [n.name for n in result.missing] == ["2#泵吸水阀 (V-21)"]
    assert "2#泵吸水阀 (V-21)" in feature.drill_panel.details.text()
    green = window.view.scene.highlighted("operate")
    assert sorted(green) == sorted(n.global_id for n in result.reference.close)


def test_a_drill_set_is_built_by_picking_run_by_a_trainee_and_certified(
    trained_window, qtbot, tmp_path: Path
) -> None:
    window = trained_window
    feature = window.training_feature
    feature.add_trainee("张三", "维修一班")
    idle(qtbot, feature)
    header = by_name(window, "吸水总管 DN100")
    hydrant = next(g for g, e in window.loaded.elements.items() if e.kind == "hydrant")
    builder = feature.set_builder
    window.selection.select([header], source="test")
    feature.set_actions.add_selection_to_set("leak")
    window.selection.select([hydrant], source="test")
    feature.set_actions.add_selection_to_set("locate")
    assert [d.kind for d in builder.drills] == ["leak", "locate"]
    assert "吸水总管 DN100" in builder.drills[0].prompt
    builder.name.setText("关阀演练")
    feature.set_actions.save_set()
    idle(qtbot, feature)
    panel = feature.drill_panel
    qtbot.waitUntil(lambda: panel.drill_set.count() == 1, timeout=10000)
    panel.trainee.setCurrentIndex(panel.trainee.findText("张三"))
    feature.start_set()
    idle(qtbot, feature)
    session = feature.drills
    assert session.current.kind == "leak"
    for name in ("水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)", "2#泵吸水阀 (V-21)"):
        assert session.toggle_device(by_name(window, name))
    session.check()
    idle(qtbot, feature)
    assert session.last_result.score == 100
    session.next()
    assert session.current.kind == "locate"
    window.selection.select([hydrant], source="view")  # the trainee clicks it
    idle(qtbot, feature)
    assert session.last_result.score == 100
    qtbot.waitUntil(lambda: session.last_attempt is not None, timeout=10000)
    assert session.last_attempt.passed and session.last_attempt.score == 100
    idle(qtbot, feature)
    rows = feature.trainer_panel.rows
    assert [(r.trainee, r.status) for r in rows] == [("张三", "passed")]
    pdf = tmp_path / "张三.pdf"
    feature.certificate("张三", rows[0].set_id, pdf)
    idle(qtbot, feature)
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
