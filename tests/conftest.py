"""Shared fixtures: real files, real folders, and the developer's own settings kept out of tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.fixtures_db"]

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "ifc_samples"
SHARED = REPO.parent / "shared"
"""The read-only shared folder beside the repository (public IFC models, reference tables)."""
SHARED_IFC = SHARED / "ifc"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own FMDESK_HOME so no test reads or writes the user's real data."""
    home = tmp_path_factory.mktemp("fmdesk_home")
    monkeypatch.setenv("FMDESK_HOME", str(home))
    monkeypatch.delenv("FMDESK_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` relative to the repository (never an absolute path); tests using it skip
    cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture(scope="session")
def shared_ifc() -> Path:
    """The public IFC models in ../shared/ifc; tests using them skip cleanly when it is absent."""
    if not SHARED_IFC.is_dir():
        pytest.skip("../shared/ifc is not present on this machine")
    return SHARED_IFC


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def pytest_report_header(config: pytest.Config) -> str:
    return f"fmdesk: shared models {'present' if SHARED_IFC.is_dir() else 'absent'}; " + (
        f"DISPLAY={os.environ.get('DISPLAY', '')}"
    )
