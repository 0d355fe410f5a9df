"""``fmdesk render``: a real PNG off-screen with no display server, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fmdesk.cli import main


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One FMDESK_HOME for the subprocesses of this module, so later runs hit the cache."""
    return tmp_path_factory.mktemp("render_home")


def _fmdesk(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["FMDESK_HOME"] = str(home)
    env.pop("VTK_DEFAULT_OPENGL_WINDOW", None)  # the command must choose EGL itself
    return subprocess.run(
        [sys.executable, "-m", "fmdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_render_writes_a_non_blank_png_of_the_requested_size_without_a_display(
    sample_path: Path, shared_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "shots" / "b1.png"
    pump = "1$UCvIlc1GaQzddB3RLWQQ"  # 生活水泵1# (SB-01) in the sample, pump room in B1
    result = _fmdesk(
        [
            "render",
            str(sample_path),
            "--out",
            str(out),
            "--view",
            "top",
            "--storey",
            "B1",
            "--highlight",
            pump,
            "--size",
            "640x480",
            "--json",
        ],
        shared_home,
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert facts["width"] == 640 and facts["height"] == 480
    assert facts["highlighted"] == [pump] and facts["storey"] == "B1"
    assert facts["element_count"] > 1000 and facts["failure_count"] == 0
    image = np.asarray(Image.open(out).convert("RGB"))
    assert image.shape == (480, 640, 3)
    assert image.std() > 10  # not a blank picture
    yellow = (image[:, :, 0] > 200) & (image[:, :, 1] > 180) & (image[:, :, 2] < 80)
    assert yellow.sum() > 20  # the highlighted pump is visible in the selection colour
    assert "bad X server" not in result.stderr


def test_unknown_storey_and_guids_exit_2_naming_them(
    sample_path: Path, shared_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.png"
    storey = _fmdesk(
        ["render", str(sample_path), "--out", str(out), "--storey", "99F"], shared_home
    )
    assert storey.returncode == 2
    assert "99F" in storey.stderr and "B1" in storey.stderr
    assert len(storey.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_highlight_ids_without_geometry_are_ignored_with_a_warning(
    sample_path: Path, shared_home: Path, tmp_path: Path
) -> None:
    """A storey or a system has no geometry of its own: the picture is still drawn."""
    import ifcopenshell

    model = ifcopenshell.open(str(sample_path))
    storey = model.by_type("IfcBuildingStorey")[0].GlobalId
    system = model.by_type("IfcSystem")[0].GlobalId
    pump = next(e.GlobalId for e in model.by_type("IfcPump"))
    out = tmp_path / "x.png"
    ids = ",".join([pump, storey, system, "nope1"])
    done = _fmdesk(
        ["render", str(sample_path), "--out", str(out), "--highlight", ids, "--json"], shared_home
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)
    assert facts["highlighted"] == [pump]
    assert facts["ignored_highlight"] == [storey, system, "nope1"]
    assert len(facts["warnings"]) == 1 and "nope1" in facts["warnings"][0]
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--size", "big"], "WIDTHxHEIGHT"),
        (["--size", "5x5"], "out of range"),
        (["--view", "sideways"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    sample_path: Path, tmp_path: Path, capsys, args: list[str], needle: str
) -> None:
    with pytest.raises(SystemExit) if "--view" in args else _no_exit():
        code = main(["render", str(sample_path), "--out", str(tmp_path / "x.png"), *args])
        assert code == 2
    err = capsys.readouterr().err
    assert needle in err
    assert len(err.strip().splitlines()) == 1


def test_a_missing_or_broken_model_exits_2(tmp_path: Path, capsys, shared_ifc: Path) -> None:
    assert main(["render", str(tmp_path / "missing.ifc"), "--out", str(tmp_path / "x.png")]) == 2
    assert "missing.ifc" in capsys.readouterr().err
    bad = shared_ifc / "bad" / "Badly_formed_Ifc_file.ifc"
    assert main(["render", str(bad), "--out", str(tmp_path / "x.png")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


class _no_exit:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False
