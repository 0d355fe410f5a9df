"""``App.open_model``: one parse per file and content, shared by threads and with the viewer."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from fmdesk.app import App
from fmdesk.app.opened_model import OpenedModel
from tests.app.conftest import SAMPLE


@pytest.fixture
def model(tmp_path: Path) -> Path:
    return Path(shutil.copy(SAMPLE, tmp_path / "小区 1号楼.ifc"))


def test_threads_asking_at_once_share_one_parse(app: App, model: Path, monkeypatch) -> None:
    parses: list[Path] = []
    original = OpenedModel.open.__func__
    barrier = threading.Barrier(3)

    def counted(cls, path, progress=None):
        parses.append(path)
        return original(cls, path)

    monkeypatch.setattr(OpenedModel, "open", classmethod(counted))
    got: list[OpenedModel] = []

    def ask() -> None:
        barrier.wait()
        got.append(app.open_model(model))

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(got) == 3 and len(parses) == 1
    assert got[0] is got[1] is got[2]


def test_an_adopted_parse_is_served_until_the_file_changes(app: App, model: Path) -> None:
    first = app.open_model(model)
    other = App(app.settings, app.database_url, "tester")  # a fresh process' App
    adopted = OpenedModel.parsed(
        model, first.file, first.content_hash, OpenedModel.stamp_of(model), index=first.index
    )
    other.adopt_model(adopted)
    assert other.open_model(model) is adopted
    assert other.open_model(model).index is first.index
    model.write_bytes(model.read_bytes() + b"\n")  # rewritten: parsed again
    assert other.open_model(model) is not adopted
