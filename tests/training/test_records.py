"""Tours, trainees, drill sets, attempts and certificates in the records database (SQLite and
PostgreSQL): saved, exported, imported on a fresh database, and printed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from fmdesk.app import training
from fmdesk.errors import UserError
from fmdesk.records.database import open_records
from fmdesk.render.scene_state import SceneState
from fmdesk.training.dto import DrillSpec
from fmdesk.training.tour_files import TourFileError, read_tour_file
from fmdesk.training.tours import StopDocument, Tour, TourStop
from tests.fixtures_db import fresh_postgres_database

PHOTO = bytes.fromhex("89504e470d0a1a0a") + b"fake png body \xe6\xb3\xb5"


def sample_tour(key: str = "PROJECT_KEY") -> Tour:
    pump_room = SceneState(
        camera={"position": [1, 2, 3], "focal_point": [0, 0, 0], "view_up": [0, 0, 1]},
        xray=True,
        highlights={"selection": ["PUMP1"], "operate": ["V01"]},
        hidden_ids=["CEILING"],
    )
    return Tour(
        "泵房与管井",
        key,
        stops=[
            TourStop(
                "地下一层水泵房",
                "生活水泵 B1/B2, 主阀 V-01, 压力表",
                pump_room,
                StopDocument("泵房.png", "泵房照片", "image/png", data=PHOTO),
            ),
            TourStop("给水立管 JL-1", "每层立管阀", SceneState(isolated_storey="3F")),
        ],
        model_name="示例小区 1号楼",
    )


def test_a_tour_is_saved_exported_and_imported_on_a_fresh_database(
    services, tmp_path: Path, db_url: str
) -> None:
    saved = training.save_tour(services, sample_tour())
    assert saved.stop_count == 2
    loaded = training.load_tour(services, saved.id)
    assert loaded.stops[0].state.highlights["operate"] == ["V01"]
    assert loaded.stops[0].document is not None and loaded.stops[0].document.data == PHOTO
    assert loaded.stops[1].state.isolated_storey == "3F"
    for suffix in (".fmtour", ".json"):
        path = training.export_tour(services, saved.id, tmp_path / f"tour{suffix}").path
        with _fresh_app(db_url, tmp_path / suffix.strip(".")) as other:
            imported = training.import_tour(other, path)
            again = training.load_tour(other, imported.tour.id)
        assert again.title == "泵房与管井" and len(again.stops) == 2
        assert again.stops[0].text == "生活水泵 B1/B2, 主阀 V-01, 压力表"
        assert again.stops[0].state.as_dict() == loaded.stops[0].state.as_dict()
        assert again.stops[0].document.data == PHOTO
        assert again.stops[0].document.file_name == "泵房.png"


def test_the_same_title_twice_is_refused_unless_replaced(services) -> None:
    training.save_tour(services, sample_tour())
    with pytest.raises(UserError, match="already exists"):
        training.save_tour(services, sample_tour())
    replaced = training.save_tour(
        services, sample_tour().with_stops([TourStop("只一站")]), replace=True
    )
    assert replaced.stop_count == 1
    assert len(training.list_tours(services)) == 1


def test_bad_tour_files_are_one_sentence(tmp_path: Path) -> None:
    cases = {
        "x.fmtour": b"PK\x03\x04 broken",
        "y.json": b"{not json",
        "z.json": json.dumps({"format": "other"}).encode(),
        "w.json": json.dumps(
            {
                "format": "fmdesk-tour",
                "version": 1,
                "title": "t",
                "model_key": "k",
                "stops": [{"text": "no title"}],
            }
        ).encode(),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(TourFileError) as caught:
            read_tour_file(tmp_path / name)
        assert len(str(caught.value).splitlines()) == 1
    with pytest.raises(TourFileError, match="does not exist"):
        read_tour_file(tmp_path / "missing.fmtour")


def test_a_passing_attempt_gives_a_certificate_in_chinese(services, tmp_path: Path) -> None:
    drills = [DrillSpec("leak", "PIPE1", "这根管道破裂了"), DrillSpec("locate", "XHS-1")]
    from fmdesk.training import store

    store.save_drill_set(services.uow(), "KEY", "关阀演练", drills, pass_mark=80)
    training.add_trainee(services, "张三", "维修一班")
    training.add_trainee(services, "李四", "维修二班")
    training.record_attempt(services, "李四", "关阀演练", [{"score": 40}, {"score": 60}], 300)
    with pytest.raises(UserError, match="has not passed"):
        training.issue_certificate(services, "李四", "关阀演练", tmp_path / "li.pdf")
    attempt = training.record_attempt(
        services, "张三", "关阀演练", [{"score": 100}, {"score": 90}], 420.5
    )
    assert attempt.score == 95 and attempt.passed
    result = training.issue_certificate(services, "张三", "关阀演练", tmp_path / "张三.pdf")
    text = PdfReader(result.path).pages[0].extract_text()
    for words in ("培训合格证书", "张三", "维修一班", "关阀演练", "95", result.number):
        assert words in text
    assert f"{attempt.at.year}年{attempt.at.month}月{attempt.at.day}日" in text


def test_the_trainers_view_shows_who_is_due_a_refresher(services) -> None:
    from fmdesk.training import store

    store.save_drill_set(
        services.uow(), "KEY", "关阀演练", [DrillSpec("leak", "P")], refresher_months=12
    )
    for name in ("张三", "李四", "王五", "赵六"):
        training.add_trainee(services, name, "维修班")
    uow = services.uow()
    store.record_attempt(uow, "张三", "关阀演练", 90, 60, at=datetime(2026, 1, 10, tzinfo=UTC))
    store.record_attempt(uow, "李四", "关阀演练", 85, 60, at=datetime(2026, 11, 1, tzinfo=UTC))
    store.record_attempt(uow, "王五", "关阀演练", 50, 60, at=datetime(2026, 11, 1, tzinfo=UTC))
    rows = {r.trainee: r for r in training.training_progress(services, date(2027, 2, 1))}
    assert rows["张三"].status == "refresher_due"
    assert rows["张三"].refresher_due == date(2027, 1, 10)
    assert rows["李四"].status == "passed" and rows["李四"].refresher_due == date(2027, 11, 1)
    assert rows["王五"].status == "not_passed" and rows["王五"].best_score == 50
    assert rows["赵六"].status == "not_started" and rows["赵六"].attempts == 0
    soon = {r.trainee: r for r in training.training_progress(services, date(2027, 10, 15))}
    assert soon["李四"].status == "due_soon"


class _fresh_app:
    """A second, empty database of the same kind (a fresh site importing the tour)."""

    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url, self.folder = db_url, folder

    def __enter__(self):
        from fmdesk.app import App
        from fmdesk.settings import Settings

        if self.db_url.startswith("sqlite"):
            self.folder.mkdir(parents=True, exist_ok=True)
            url, self._pg = f"sqlite:///{(self.folder / 'site2.sqlite3').as_posix()}", None
        else:
            import os

            self._pg = fresh_postgres_database(os.environ["FMDESK_TEST_POSTGRES_URL"], "fm_t2")
            url = self._pg.__enter__()
        self.records = open_records(url, busy_timeout=2.0)
        return App(Settings(database_url=url), url, "site2", _records=self.records)

    def __exit__(self, *exc) -> None:
        self.records.dispose()
        if self._pg is not None:
            self._pg.__exit__(*exc)


def test_the_bundled_tour_names_only_real_elements_of_the_sample(services, sample) -> None:
    from fmdesk.bim import open_model

    tours = training.list_tours(services, sample)  # installs the bundled tour once
    assert [t.title for t in tours] == ["设备机房巡览（示例小区 1号楼）"]
    assert training.list_tours(services, sample) == tours  # not twice
    tour = training.load_tour(services, tours[0].id)
    model = open_model(sample)
    ids = {e.GlobalId for e in model.by_type("IfcRoot")}
    referenced = [g for stop in tour.stops for g in stop.focus_ids()]
    assert len(referenced) > 20 and set(referenced) <= ids
    storeys = {s.GlobalId for s in model.by_type("IfcBuildingStorey")}
    assert {s.state.isolated_storey for s in tour.stops} - {None} <= storeys
    assert all(stop.state.camera for stop in tour.stops)
