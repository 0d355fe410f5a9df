"""Screenshots of the login dialog and the audit verdict for the README.

Run headless::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.login \\
        --out docs/screenshots ifc_samples/sample_residential_ifc4.ifc

It uses a throw-away FMDESK_HOME with three users, opens the window in Chinese, grabs the
login dialog over it, signs in as the dispatcher and grabs Tools → 审计追溯校验 and 用户与角色.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from tools.screenshots.main_window import settle, wait_for


def seed_users() -> None:
    from fmdesk.app.users import add_user
    from fmdesk.app.workorders import create_work_order
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(actor="张经理")
    add_user(app, "张经理", "admin")
    add_user(app, "调度王", "dispatcher", password="pw")
    add_user(app, "李工", "technician", password="pw")
    create_work_order(app, "1-601 户内支管漏水", priority="urgent")
    app.close()


def take(model: Path, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QMessageBox

    from fmdesk.ui.app import create_main_window, ensure_application

    app = ensure_application()
    out.mkdir(parents=True, exist_ok=True)
    window = create_main_window("zh_CN")
    window.resize(1366, 768)
    window.show()
    window.open_model_file(model)
    feature = window.security_feature
    wait_for(app, lambda: feature.dialog is not None and window.loaded is not None)
    wait_for(app, lambda: not window.is_loading())
    feature.dialog.name_box.setCurrentText("调度王")
    feature.dialog.password_edit.setText("pw")
    settle(app)
    login = out / "login_zh.png"
    app.primaryScreen().grabWindow(window.winId()).save(str(login))
    feature.dialog.accept()
    wait_for(app, lambda: feature.dialog is None)
    feature.audit_action.trigger()
    wait_for(app, lambda: feature.last_audit is not None)
    settle(app)
    audit = out / "audit_verify_zh.png"
    app.primaryScreen().grabWindow(window.winId()).save(str(audit))
    for box in window.findChildren(QMessageBox):
        box.close()
    feature.users_action.trigger()
    wait_for(app, lambda: feature.users_dialog.users is not None)
    feature.users_dialog.move(window.geometry().center() - feature.users_dialog.rect().center())
    settle(app)
    users = out / "users_zh.png"
    app.primaryScreen().grabWindow(window.winId()).save(str(users))
    feature.users_dialog.close()
    window.close()
    window.deleteLater()
    settle(app, 0.3)
    return [login, audit, users]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fmdesk_shots_") as home:
        os.environ["FMDESK_HOME"] = home
        seed_users()
        for path in take(args.model.resolve(), args.out.resolve()):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
