"""Screenshots of the contractor scorecard and the quality checks for the README.

Run headless::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.operations \\
        --out docs/screenshots

It uses a throw-away FMDESK_HOME, imports the sample's assets, generates two years of history
(``fmdesk samples --history 2``) and grabs Operations → Contractor scorecard… on the last
complete month (a yellow and a red card) and Operations → Quality checks… (repeated findings
only), in Chinese.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from tools.screenshots.main_window import settle, wait_for

SAMPLE = Path(__file__).resolve().parents[2] / "ifc_samples" / "sample_residential_ifc4.ifc"


def seed() -> None:
    from fmdesk.app.assets import import_assets
    from fmdesk.app.history_samples import generate_history
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(actor="品质部 刘工")
    try:
        import_assets(app, SAMPLE)
        generate_history(app, 2)
    finally:
        app.close()


def take(out: Path) -> list[Path]:
    from fmdesk.ui import i18n
    from fmdesk.ui.app import create_main_window, ensure_application

    qt = ensure_application()
    i18n.use_cjk_font(qt)
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window("zh_CN", with_geometry=False)
    window.show()
    window.contractor_scorecard_action.trigger()
    scorecard = window.contractor_scorecard
    wait_for(qt, lambda: bool(scorecard.scores) and not scorecard.is_busy())
    plain = next((i for i, s in enumerate(scorecard.scores) if s.card == "none"), 0)
    scorecard.table.selectRow(plain)  # a selected row hides its colour: select a card-less one
    scorecard.resize(1180, 380)
    settle(qt)
    written = [out / "contractor_scorecard.png"]
    scorecard.grab().save(str(written[0]))
    window.quality_checks_action.trigger()
    quality = window.quality_checks
    quality.repeated_only.setChecked(True)
    wait_for(qt, lambda: bool(quality.findings) and not quality.is_busy())
    quality.resize(1180, 360)
    settle(qt)
    written.append(out / "quality_checks.png")
    quality.grab().save(str(written[1]))
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    os.environ["FMDESK_HOME"] = tempfile.mkdtemp(prefix="fmdesk-operations-shots-")
    os.environ.pop("FMDESK_DATABASE_URL", None)
    seed()
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
