"""Screenshots of the records feature for the README (asset card, work-order board).

Run headless::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.records \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

It uses a throw-away FMDESK_HOME, imports the sample's assets, seeds a few work orders in
different states (two of them overdue), opens the model with its geometry and grabs the window
with the asset card, then with the board, in each language.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from fmdesk.ui import i18n
from tools.screenshots.main_window import settle, wait_for

SELECT_CODE = "SB-01"


def seed_records(model: Path) -> None:
    """Assets from the sample, two technicians and work orders across the board's columns."""
    from fmdesk.bootstrap import bootstrap
    from fmdesk.records.documents import attach_document
    from fmdesk.records.model_import import import_assets
    from fmdesk.records.people import add_technician
    from fmdesk.records.types import utcnow
    from fmdesk.workorders.service import advance_work_order, create_work_order, rate_work_order

    app = bootstrap(actor="资料员")
    try:
        import_assets(app.uow("资料员"), model)
        add_technician(app.uow("主管"), "李师傅", ["plumbing"], home_storey="B1")
        add_technician(app.uow("主管"), "王师傅", ["electrical", "lift"])
        attach_document(
            app.uow("资料员"),
            b"%PDF-1.4 certificate",
            "certificate",
            file_name="SB-01 合格证.pdf",
            asset=SELECT_CODE,
        )
        now = utcnow()
        orders = [
            ("水泵运行异响", "high", "SB-01", ["dispatched", "accepted", "on_site"], 0),
            ("机械密封滴水", "normal", "SB-01", [], 0),
            ("电梯门关闭迟缓", "urgent", "DT-01", ["dispatched"], 3),
            ("配电柜指示灯不亮", "normal", "AA-1", [], 30),
            ("消火栓箱门损坏", "low", "XHS-1", ["dispatched", "accepted"], 0),
            (
                "水箱液位计读数异常",
                "normal",
                "SX-01",
                ["dispatched", "accepted", "on_site", "rectified"],
                0,
            ),
            (
                "排风机皮带松动",
                "normal",
                None,
                ["dispatched", "accepted", "on_site", "rectified", "rechecked"],
                0,
            ),
            (
                "变压器温控器报警",
                "high",
                "BYQ-01",
                ["dispatched", "accepted", "on_site", "rectified", "rechecked", "closed"],
                0,
            ),
        ]
        for title, priority, asset, steps, hours_ago in orders:
            order = create_work_order(
                app.uow("值班员"),
                title,
                priority=priority,
                asset=asset,
                reporter="值班员",
                now=now - timedelta(hours=hours_ago),
                sla=app.sla,
            )
            for step in steps:
                who = "李师傅" if step == "dispatched" else None
                if step == "dispatched" and asset in ("DT-01", "AA-1", "BYQ-01"):
                    who = "王师傅"
                advance_work_order(app.uow("主管"), order.number, step, assignee=who)
            if "closed" in steps:
                rate_work_order(app.uow("住户"), order.number, 5, "很及时")
    finally:
        app.close()


def take(model: Path, out: Path) -> list[Path]:
    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in i18n.LANGUAGES:
        window = create_main_window(language)
        window.resize(1560, 960)
        window.show()
        feature = window.records_feature
        wait_for(app, lambda f=feature: f.app is not None and not f.is_busy())
        window.open_model_file(model)
        wait_for(app, lambda w=window: w.loaded is not None and not w.is_loading())
        wait_for(app, lambda f=feature: not f.is_busy())
        gid = next(a.ifc_global_id for a in feature.assets if a.code == SELECT_CODE)
        window.set_xray(True)
        window.view.set_standard_view("iso")
        feature.card_dock.raise_()
        feature.register_dock.raise_()
        window.selection.select([gid], source="screenshot")
        window.frame_selection()
        window.view.interactor.renderer.GetActiveCamera().Dolly(0.12)
        window.view.interactor.renderer.ResetCameraClippingRange()
        wait_for(app, lambda f=feature: f.card_panel.card is not None and not f.is_busy())
        settle(app)
        window.view.render_now()
        settle(app)
        path = out / f"records_asset_card_{language}.png"
        app.primaryScreen().grabWindow(window.winId()).save(str(path))
        written.append(path)

        feature.board_dock.raise_()
        window.resizeDocks([feature.board_dock], [330], Qt.Orientation.Vertical)
        settle(app)
        window.view.render_now()
        settle(app)
        path = out / f"records_board_{language}.png"
        app.primaryScreen().grabWindow(window.winId()).save(str(path))
        written.append(path)
        window.close()
        window.deleteLater()
        settle(app, 0.3)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    os.environ["FMDESK_HOME"] = tempfile.mkdtemp(prefix="fmdesk-records-shots-")
    seed_records(args.model)
    for path in take(args.model, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
