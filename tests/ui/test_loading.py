"""Loading: a cached model's picture comes before the model is read; a parallel load can be
cancelled with no worker left, and a worker dying on an element costs only that element."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

from fmdesk.app.opened_model import OpenedModel
from fmdesk.bim import geometry_pool
from fmdesk.bim.geometry_assembly import AssembledPiece
from fmdesk.bim.geometry_coordinator import CRASH_ENV
from fmdesk.ui.geometry_process import AdoptParts
from fmdesk.ui.loading import LoadedModel, load_model
from tests.bim.test_geometry_pool import live_processes
from tests.ui.conftest import wait_loaded


class RecordingJob:
    """The loading job without Qt: records what is emitted, in order."""

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.lock = threading.Lock()
        self.cancelled = False

    def check_cancelled(self) -> None:
        pass

    def progress(self, done: int, total: int, text: str = "", force: bool = False) -> None:
        pass

    def emit(self, item: Any) -> None:
        with self.lock:
            self.items.append(item)
        if isinstance(item, LoadedModel):
            item.shown.set()


def test_a_cached_model_is_drawn_before_the_model_is_read(
    model_path: Path, cached_geometry: Path
) -> None:
    job = RecordingJob()
    summary = load_model(model_path, job)
    kinds = [type(item) for item in job.items]
    assert summary.from_cache
    assert kinds[0] is AssembledPiece
    read_at = kinds.index(LoadedModel)
    assert read_at == len(kinds) - 1  # every piece came first: the picture waits for no parse
    pieces = job.items[:read_at]
    assert len(pieces[0].records) == sum(len(p.records) for p in pieces) > 1000
    assert all(p.palette is not None for p in pieces if p.records)
    chunks = [c for p in pieces for c in p.chunks]
    assert len({c.key for c in chunks}) == len(chunks)  # one block per part: nothing to merge


def test_a_cold_model_is_meshed_while_it_is_read_and_swapped_for_the_cache(
    model_path: Path, isolated_home: Path
) -> None:
    job = RecordingJob()
    summary = load_model(model_path, job)
    assert not summary.from_cache
    pieces = [i for i in job.items if isinstance(i, AssembledPiece)]
    adopt = [i for i in job.items if isinstance(i, AdoptParts)]
    assert len(pieces) > 1 and len(adopt) == 1
    assert len(adopt[0].geometry.records) == sum(len(p.records) for p in pieces)
    assert adopt[0].geometry.from_cache and job.items.index(adopt[0]) > job.items.index(pieces[-1])
    assert any(isinstance(i, LoadedModel) for i in job.items)


def test_cancelling_a_parallel_load_leaves_no_worker_process(
    make_window, qtbot, isolated_home: Path, shared_ifc: Path
) -> None:
    window = make_window()
    before = set(geometry_pool.job_process_groups())
    window.open_model_file(shared_ifc / "office-a_ifc2x3.ifc")
    qtbot.waitUntil(lambda: window.view.scene.element_count > 0, timeout=60000)
    groups = set(geometry_pool.job_process_groups()) - before
    assert groups and any(live_processes(g) for g in groups)  # midway: workers are running
    window.cancel_loading()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10000)
    assert window.status.status_label.text() == "Opening cancelled"
    qtbot.waitUntil(lambda: not any(live_processes(g) for g in groups), timeout=3000)


def test_a_worker_dying_on_an_element_costs_only_that_element(
    make_window, qtbot, model_path: Path, isolated_home: Path, monkeypatch
) -> None:
    victim = "2cTcRYHMTMsfBRVEUejTld"  # a wall of the sample building
    monkeypatch.setenv(CRASH_ENV, victim)
    window = make_window()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    scene = window.view.scene
    assert scene.record(victim) is None
    expected = {r.global_id for r in serial_records(model_path)} - {victim}
    assert {r.global_id for r in scene.records} == expected
    rows = [
        window.problems_panel.tree.topLevelItem(i) for i in range(window.problems_panel.count())
    ]
    crashed = [row for row in rows if "crashed" in row.text(2)]
    assert len(crashed) == 1 and "IfcWall" in crashed[0].text(1)
    assert window.last_error is None


def serial_records(path: Path) -> list[Any]:
    """The elements one process meshes (the reference for the pool)."""
    from fmdesk import bim
    from fmdesk.bim.geometry import concat_batches, iter_tessellation

    return concat_batches(iter_tessellation(bim.open_model(path))).elements


def test_the_use_cases_get_the_parse_the_window_opened(
    make_window, qtbot, model_path: Path, isolated_home: Path, monkeypatch, tmp_path: Path
) -> None:
    """Training, networks and plans ask ``App.open_model``; after File → Open they must get
    the viewer's parse, not parse the file a second time (3 s and 600 MB on 100 MB)."""
    model_path = Path(shutil.copy(model_path, tmp_path / "模型.ifc"))  # touched below
    window = make_window()
    window.open_model_file(model_path)
    wait_loaded(qtbot, window)
    parses: list[Path] = []
    original = OpenedModel.open.__func__

    def counted(cls, path, progress=None):  # a second parse would come through here
        parses.append(path)
        return original(cls, path) if progress is None else original(cls, path, progress)

    monkeypatch.setattr(OpenedModel, "open", classmethod(counted))
    opened = window.app.open_model(model_path)
    assert opened.file is window.loaded.model
    assert opened.elements is window.loaded.elements  # the records the loader read, too
    assert opened.content_hash == window.loaded.content_hash
    assert parses == []
    model_path.touch()  # a changed file is parsed again
    assert window.app.open_model(model_path).file is not window.loaded.model
    assert len(parses) == 1
