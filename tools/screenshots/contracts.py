"""Screenshots of Operations → Contractors and contracts… and of the three-level acceptance of
a contractor's work order, for the README.

Run headless::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m tools.screenshots.contracts \\
        --out docs/screenshots

It uses a throw-away FMDESK_HOME, imports the sample's assets, generates one year of history
(its contractors and contracts), reports a lift fault that goes to the lift contractor, takes
it to "rectified" with the self-check and the initial check passed, and grabs both dialogs in
Chinese at sizes that fit a 1366×768 screen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from tools.screenshots.main_window import settle, wait_for

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def seed() -> str:
    """The sample with a year of history and one lift order awaiting its final check."""
    from fmdesk.app.assets import import_assets, list_assets
    from fmdesk.app.contractors import record_acceptance
    from fmdesk.app.history_samples import generate_history
    from fmdesk.app.workorders import advance_work_order, create_work_order
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(actor="工程部 主管")
    try:
        import_assets(app, SAMPLE)
        generate_history(app, 1, until=date.today().replace(day=1))
        lift = next(a for a in list_assets(app) if a.category == "lift")
        order = create_work_order(app, "电梯平层不准", asset=lift.code, priority="high")
        for step in ("dispatched", "accepted", "on_site", "rectified"):
            advance_work_order(app, order.number, step)
        record_acceptance(app, order.number, 1, "恒通电梯 王师傅", "pass", "平层误差 ≤ 5 mm")
        record_acceptance(app, order.number, 2, "物业工程部 张工", "pass", "试运行 20 次正常")
        return order.number
    finally:
        app.close()


def take(out: Path, number: str) -> list[Path]:
    from fmdesk.ui import i18n
    from fmdesk.ui.app import create_main_window, ensure_application

    qt = ensure_application()
    i18n.use_cjk_font(qt)
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window("zh_CN", with_geometry=False)
    window.show()
    window.contractors_action.trigger()
    dialog = window.contractors_dialog
    wait_for(qt, lambda: bool(dialog.contractors) and not dialog.is_busy())
    names = [c.name for c in dialog.contractors]
    dialog.table.selectRow(next((i for i, n in enumerate(names) if "电梯" in n), 0))
    dialog.resize(900, 460)
    settle(qt)
    written = [out / "contracts_dialog.png"]
    dialog.grab().save(str(written[0]))
    records = window.records_feature
    wait_for(qt, lambda: records.app is not None)
    form = records.open_order(number)
    wait_for(qt, lambda: form.card is not None)
    form.extra_buttons["contractors.acceptance"].click()
    acceptance = form.acceptance_dialog
    wait_for(qt, lambda: acceptance.record is not None and not acceptance.is_busy())
    acceptance.person.setText("市特种设备检测院 李工")
    acceptance.resize(720, 380)
    settle(qt)
    written.append(out / "acceptance_dialog.png")
    acceptance.grab().save(str(written[1]))
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    os.environ["FMDESK_HOME"] = tempfile.mkdtemp(prefix="fmdesk-contracts-shots-")
    os.environ.pop("FMDESK_DATABASE_URL", None)
    number = seed()
    for path in take(args.out, number):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
