"""Screenshot of the Review panel in Chinese: an issue on the duty pump with its restored
viewpoint (x-ray, the pump selected and coloured, a markup line).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/review_screenshot.py \\
        ifc_samples/sample_residential_ifc4.ifc --out docs/screenshots/review_panel_zh.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/review_panel_zh.png"))
    parser.add_argument("--select", default="生活水泵")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-review-shot-"))

    from PySide6.QtCore import Qt

    import tools.screenshots.main_window as shots
    from fmdesk.ui.app import ensure_application
    from tools.screenshots.main_window import close_window, grab_window, open_window, settle

    slow = shots.wait_for

    def wait_for(app: object, condition: object, timeout: float = 600.0) -> None:
        slow(app, condition, timeout)  # a busy machine opens the sample slowly

    shots.wait_for = wait_for

    app = ensure_application()
    window = open_window(app, args.model, "zh_CN", (1560, 940))
    review = window.review
    wait_for(app, lambda: review.app is not None and not review.is_busy())
    scene = window.view.scene
    pump = next(
        (e.global_id for e in window.loaded.elements.values() if args.select in (e.name or "")),
        next(r.global_id for r in scene.records if r.ifc_class == "IfcPump"),
    )
    window.selection.select([pump], source="screenshot")
    window.set_xray(True)
    bounds = scene.bounds([pump])
    pad = 2.0
    scene.set_section_box([b - pad if i % 2 == 0 else b + pad for i, b in enumerate(bounds)])
    centre = [(bounds[0] + bounds[1]) / 2, (bounds[2] + bounds[3]) / 2, (bounds[4] + bounds[5]) / 2]
    from fmdesk.render import views

    views.apply_camera(
        window.view.interactor,
        {
            "position": [centre[0] - 2.0, centre[1] - 3.5, centre[2] + 5.5],
            "focal_point": centre,
            "view_up": [0.0, 0.0, 1.0],
            "view_angle": 40.0,
        },
    )
    overlay = review._overlay()
    centre = [centre[0], centre[1], bounds[5]]
    overlay.colours = {"FFE67E22": [pump]}
    overlay.lines = [[centre, [centre[0] + 1.5, centre[1] - 1.5, centre[2] + 1.0]]]
    overlay.apply(review.capture()[0])
    window.view.render_now()
    settle(app, 1.0)
    review.create_issue(
        {
            "title": "生活水泵检修空间不足，电机侧距墙仅 300 mm",
            "issue_type": "maintainability",
            "priority": "high",
            "assignee": "设计院 给排水 王工",
            "due_date": "2027-03-31",
            "labels": ["给排水", "泵房"],
            "description": "按规范电机侧检修距离应不小于 0.7 m，请调整水泵基础位置。",
            "comment": "交付前设计审查第 2 轮发现。",
        }
    )
    wait_for(app, lambda: review.last_result is not None and not review.is_busy())
    number = review.last_result.number
    review.comment(number, "设计院回复：下周提交修改图。")
    wait_for(app, lambda: not review.is_busy())
    review.set_status(number, "in_progress")
    wait_for(app, lambda: not review.is_busy())
    # look elsewhere, then restore the issue's viewpoint from the panel
    overlay.clear()
    scene.clear_section()
    window.set_xray(False)
    window.view.set_standard_view("top")
    window.selection.clear(source="screenshot")
    wait_for(app, lambda: number in [i.number for i in review.panel.issues])
    review.panel.select_number(number)
    review.choose(number)
    wait_for(app, lambda: not review.is_busy())
    review.restore(number)
    window.review_dock.raise_()
    window.resizeDocks([window.review_dock], [560], Qt.Orientation.Horizontal)
    settle(app, 1.5)
    window.status.clearMessage()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    print(grab_window(app, window, args.out))
    close_window(app, window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
