"""Screens that fit: the main window and every dialog opened on a 1366×768 screen, at 100 %
and at 150 % scaling (``QT_SCALE_FACTOR=1.5``, a 911×512 logical desktop): each window within
the screen, its buttons visible and full-sized, no visible sibling widgets overlapping.

``QT_SCALE_FACTOR`` must be set before the QApplication exists, so each case runs
``tests/ui/fit_check.py`` in a child process on its own 1366×768 virtual display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIALOGS = {
    "main_window",
    "leak_wizard",
    "work_order_new",
    "work_order",
    "manual",
    "task_library",
    "plan_import_report",
    "ids_editor",
    "new_review_issue",
    "staff",
    "roster",
    "contractors",
    "contract_form",
    "acceptance",
}


@pytest.mark.parametrize(("scale", "language"), [("1", "en"), ("1.5", "zh_CN")])
def test_every_window_fits_a_1366x768_screen(scale: str, language: str, tmp_path: Path) -> None:
    out = tmp_path / "fit.json"
    env = {**os.environ, "FMDESK_HOME": str(tmp_path / "home")}
    env.pop("FMDESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_check", scale, language, str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0 and out.is_file(), done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report) == DIALOGS
    logical = (round(1366 / float(scale)), round(768 / float(scale)))
    for name, facts in report.items():
        screen = facts["screen"]
        assert screen[0] <= logical[0] and screen[1] <= logical[1], (name, screen)
        assert facts["size"][0] <= screen[0] and facts["size"][1] <= screen[1], (name, facts)
        assert facts["problems"] == [], (name, facts["problems"])
