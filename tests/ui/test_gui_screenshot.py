"""``fmdesk gui --screenshot PNG``: the real entry point starts, saves a picture once the window
is up and quits with 0 (how `make installer-check` checks an installed bundle)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_gui_screenshot_starts_shoots_and_quits(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FMDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "fmdesk", "gui", "--lang", "zh_CN", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert "Traceback" not in done.stderr
