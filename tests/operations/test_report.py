"""Monthly reports: a real PDF read back with pypdf, a real workbook read back with openpyxl."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fmdesk.app.reports import monthly_report
from fmdesk.errors import UserError
from fmdesk.i18n import set_language
from fmdesk.workorders.service import create_work_order
from tests.operations.history import NOW, build_january


@pytest.fixture
def chinese():
    set_language("zh_CN")
    yield
    set_language(None)


def test_pdf_has_two_pages_and_extractable_chinese(
    app, uow_factory, tmp_path: Path, chinese
) -> None:
    numbers = build_january(uow_factory)
    out = tmp_path / "2027-01 月报.pdf"
    written = monthly_report(app, date(2027, 1, 1), out, now=NOW)
    reader = PdfReader(out)
    assert written.pages == len(reader.pages) >= 2
    text = "".join(page.extract_text() for page in reader.pages)
    assert "设施健康报告" in text and "工程运维报告" in text
    assert "设备完好率" in text
    assert numbers["O4"] in text  # PM finished after its due date: in the overdue table
    assert "第 1 页" in reader.pages[0].extract_text()
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    embedded = [f for f in fonts if "/FontFile2" in f.get("/FontDescriptor", {})]
    assert any("CJK" in str(f["/BaseFont"]) for f in embedded)  # Chinese font embedded
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4


def test_excel_has_the_tables(app, uow_factory, tmp_path: Path, chinese) -> None:
    numbers = build_january(uow_factory)
    poisoned = '=HYPERLINK("http://example.invalid","x")'  # a PM order due in February
    create_work_order(
        uow_factory(),
        poisoned,
        asset="SB-01",
        source="preventive",
        now=datetime(2027, 1, 30, 8, tzinfo=UTC),
    )
    out = tmp_path / "2027-01.xlsx"
    monthly_report(app, date(2027, 1, 1), out, now=NOW)
    workbook = load_workbook(out)
    assert len(workbook.sheetnames) >= 8
    cells = [
        str(c)
        for ws in workbook
        for row in ws.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    assert "设备完好率" in cells
    assert numbers["O2"] in cells  # the reopened order
    reopened = next(
        row
        for ws in workbook
        for row in ws.iter_rows(values_only=True)
        if row[0] == numbers["O2"] and row[2] is not None and row[3] == 1
    )
    assert reopened[2] == "已关闭"  # its state in the reader's language
    assert "13.0" in cells  # MTTR of the month
    assert "年度保养计划：下月保养任务" in cells  # next month in the annual PM plan
    assert "'" + poisoned in cells and poisoned not in cells  # text, never a formula


def test_only_pdf_or_excel_and_nothing_half_written(app, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.pdf or \.xlsx"):
        monthly_report(app, date(2027, 1, 1), tmp_path / "report.docx")
    with pytest.raises(UserError, match="does not exist"):
        monthly_report(app, date(2027, 1, 1), tmp_path / "missing" / "report.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_the_report(records, uow_factory, tmp_path: Path) -> None:
    build_january(uow_factory)
    out = tmp_path / "report.xlsx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fmdesk",
            "report",
            "monthly",
            "--month",
            "2027-01",
            "--out",
            str(out),
            "--db",
            records.url,
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and '"format": "xlsx"' in result.stdout
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "fmdesk",
            "report",
            "monthly",
            "--month",
            "2027-1x",
            "--out",
            str(out),
            "--db",
            records.url,
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "2027-1x" in bad.stderr


def test_contractor_scores_and_meters_are_shown_when_their_features_give_them() -> None:
    """The sections the contractor and meter features fill (16a's ``monthly_scores``, 16b's
    ``consumption`` / ``find_anomalies`` rows as their ``to_dict()`` gives them)."""
    from datetime import UTC, datetime

    from fmdesk.operations.kpi_model import KpiGroup
    from fmdesk.operations.report_content import ReportInputs, build_report
    from fmdesk.operations.report_data import MonthFacts

    group = KpiGroup(
        "all", "", datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC), {}, {}
    )
    score = {
        "contractor": "恒安电梯",
        "timeliness": 0.92345,
        "first_time_fix": None,
        "rework_rate": 0.03,
        "satisfaction": 0.9,
        "findings": 2,
        "score": 58.5,
        "penalty_yuan": 1500.0,
        "card": "yellow",
    }
    inputs = ReportInputs(
        "2027-01",
        "示例小区",
        group,
        group,
        [],
        [],
        {},
        MonthFacts(),
        contractor_scores=[score],
        meter_consumption=[
            {
                "meter": "WM-01",
                "name": "总水表",
                "kind": "water",
                "unit": "m³",
                "start": "2027-01-01T00:00:00+00:00",
                "end": "2027-02-01T00:00:00+00:00",
                "consumption": 812.5,
            }
        ],
        meter_anomalies=[
            {
                "meter": "WM-01",
                "kind": "night_flow",
                "kind_label": "夜间流量不归零",
                "start": "2027-01-12T02:00:00+00:00",
                "text": "总水表夜间最小流量持续升高",
            }
        ],
        charts=False,
    )
    sections = {s.title: s for s in build_report(inputs).sections}
    scores = sections["Contractor performance"].tables[0]
    assert scores.title == "Monthly scores and penalties"
    assert scores.rows == [
        ["恒安电梯", "92.3%", "—", "3.0%", "90.0%", 2, "58.5", "1500.0", "yellow card"]
    ]
    meters = sections["Meter consumption and anomalies"]
    assert meters.tables[0].rows == [["WM-01", "总水表", "water", "812.5", "m³"]]
    assert meters.tables[1].rows == [
        ["WM-01", "2027-01-12 02:00", "夜间流量不归零", "总水表夜间最小流量持续升高"]
    ]


def test_only_roles_that_may_export_write_a_report(app, tmp_path: Path) -> None:
    from dataclasses import replace

    from fmdesk.app.users import PermissionDeniedError, add_user

    add_user(app, "tester", "admin")
    add_user(app, "李工", "technician")
    technician = replace(app, actor="李工")
    with pytest.raises(PermissionDeniedError, match="李工"):
        monthly_report(technician, date(2027, 1, 1), tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []
    assert monthly_report(app, date(2027, 1, 1), tmp_path / "r.xlsx").format == "xlsx"
