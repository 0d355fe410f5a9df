"""Screenshots of the settings dialog (database connection after Test, backups) and of the
work-order form with the lost-connection bar, in Chinese, for docs/screenshots::

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tools.screenshots.settings \\
        --out docs/screenshots [--server postgresql+psycopg://fm@127.0.0.1/fmdesk]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy.engine import make_url


def settle(app, seconds: float = 0.6) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def wait_for(app, condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--server", default="postgresql+psycopg://fmdesk@127.0.0.1:5432/fmdesk")
    args = parser.parse_args()
    os.environ.setdefault("FMDESK_HOME", tempfile.mkdtemp(prefix="fmdesk-shots-"))
    from fmdesk.ui.app import create_main_window, ensure_application
    from fmdesk.ui.features.settings import open_settings

    app = ensure_application()
    window = create_main_window("zh_CN", with_geometry=False)
    window.resize(1366, 768)
    window.show()
    wait_for(app, lambda: window.records_feature.app is not None)
    args.out.mkdir(parents=True, exist_ok=True)

    dialog = open_settings(window)
    tab = dialog.database_tab
    server = make_url(args.server)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("postgresql"))
    tab.host_edit.setText(server.host or "")
    tab.port_spin.setValue(server.port or 5432)
    tab.database_edit.setText(server.database or "")
    tab.user_edit.setText(server.username or "")
    tab.password_edit.setText("password")
    tab.test()
    wait_for(app, lambda: tab.result_label.text()[:1] in ("✔", "✘"))
    settle(app)
    dialog.grab().save(str(args.out / "settings_database_zh.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.backup_tab.schedule_combo.setCurrentIndex(1)
    settle(app)
    dialog.grab().save(str(args.out / "settings_backups_zh.png"))
    dialog.reject()

    form = window.records_feature.open_report_form()
    form.title_edit.setText("地下室漏水")
    form.description_edit.setPlainText("B1 水泵房地面积水")
    form.retry_bar.show_failure(
        "无法连接数据库“10.0.0.5:5432/fmdesk”；请检查服务器是否运行以及连接地址。", form.report
    )
    settle(app)
    form.grab().save(str(args.out / "order_form_connection_lost_zh.png"))
    form.close()
    window.close()
    print(args.out)


if __name__ == "__main__":
    main()
