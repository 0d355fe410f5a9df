"""Monthly reports: a real PDF read back with pypdf, a real workbook read back with openpyxl."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fmdesk.app.reports import monthly_report
from fmdesk.errors import UserError
from fmdesk.i18n import set_language
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
    assert "13.0" in cells  # MTTR of the month


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
