"""The annual plan workbook prints properly: read back with openpyxl, every sheet is A4
landscape, one page wide, with the title and header rows repeated, 第 &P 页 / 共 &N 页 in the
footer, a frozen header, a title row with site and year, Chinese headers, no IFC class names
or file paths, drop-downs in the edited columns and thousands separators on amounts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fmdesk.exports.plan_print import STATUS_CHOICES, category_name, paper_text
from fmdesk.exports.plan_xlsx import (
    BUDGET_SHEET,
    MONEY_FORMAT,
    REPLACEMENT_SHEET,
    SUMMARY_SHEET,
    TASK_HEADERS,
    TASK_SHEET,
    export_plan_xlsx,
)

SITE = "阳光花园"
CJK = re.compile(r"[\u4e00-\u9fff]")
IFC_CLASS = re.compile(r"\bIfc[A-Z][A-Za-z]+")
ENGLISH_PHRASE = re.compile(r"\b[a-z]{3,}[ ,;]+[a-z]{2,}\b")
FILE_PATH = re.compile(r"[\w.-]+[/\\][\w.-]+\.(csv|json|ifc|xlsx)|resources/|[A-Za-z]:\\")


@pytest.fixture(scope="module")
def book(plan_2027, tmp_path_factory):
    path: Path = tmp_path_factory.mktemp("print") / "plan.xlsx"
    workbook = load_workbook(export_plan_xlsx(plan_2027, path, site=SITE))
    yield workbook
    workbook.close()


def _header_row(sheet) -> int:
    return 4 if sheet.title == SUMMARY_SHEET else 2


def test_every_sheet_prints_a4_landscape_one_page_wide(book) -> None:
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert str(setup.paperSize) == "9"  # A4
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_title_and_header_rows_repeat_and_the_header_is_frozen(book) -> None:
    for sheet in book.worksheets:
        header = _header_row(sheet)
        assert sheet.print_title_rows == f"$1:${header}", sheet.title
        frozen_row = int(re.sub(r"[A-Z]", "", sheet.freeze_panes))
        assert frozen_row == header + 1, sheet.title


def test_footer_numbers_the_pages_in_chinese(book) -> None:
    for sheet in book.worksheets:
        assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"
        assert sheet.evenFooter.center.text == "第 &P 页 / 共 &N 页"


def test_title_row_names_the_site_and_the_year(book) -> None:
    for sheet in book.worksheets:
        title = sheet["A1"].value
        assert SITE in title and "2027" in title and sheet.title in title
        assert sheet["A1"].font.bold


def test_headers_are_chinese(book) -> None:
    tasks = book[TASK_SHEET]
    assert tuple(c.value for c in tasks[2]) == TASK_HEADERS
    for sheet in book.worksheets:
        for cell in sheet[_header_row(sheet)]:
            if isinstance(cell.value, str):
                assert CJK.search(cell.value), (sheet.title, cell.value)


def test_no_english_phrases_ifc_class_names_or_file_paths_anywhere(book) -> None:
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not IFC_CLASS.search(value), (sheet.title, value)
                    assert not FILE_PATH.search(value), (sheet.title, value)
                    assert "Pset_" not in value, (sheet.title, value)
                    assert not ENGLISH_PHRASE.search(value), (sheet.title, value)
    categories = {row[3] for row in book[REPLACEMENT_SHEET].iter_rows(min_row=3, values_only=True)}
    assert "水泵" in categories
    assert all(CJK.search(c) for c in categories if c)


def test_planners_columns_have_drop_downs(book, plan_2027) -> None:
    tasks = book[TASK_SHEET]
    last = len(plan_2027.occurrences) + 2
    found = {str(v.sqref): v for v in tasks.data_validations.dataValidation}
    team = found[f"I3:I{last}"]
    assert team.type == "list"
    assert set(team.formula1.strip('"').split(",")) >= {o.team for o in plan_2027.occurrences}
    status = found[f"K3:K{last}"]
    assert status.type == "list" and status.formula1 == '"' + ",".join(STATUS_CHOICES) + '"'
    assert found[f"B3:B{last}"].type == "date"
    assert found[f"J3:J{last}"].type == "decimal"
    assert all(v.showErrorMessage for v in found.values())


def test_amounts_have_thousands_separators(book) -> None:
    replacements = book[REPLACEMENT_SHEET]
    amounts = [row[6] for row in replacements.iter_rows(min_row=3) if row[6].value is not None]
    assert amounts and all(c.number_format == MONEY_FORMAT == "#,##0.00" for c in amounts)
    budget = book[BUDGET_SHEET]
    totals = [row[-1] for row in budget.iter_rows(min_row=3, max_row=12)]
    assert all(c.number_format == MONEY_FORMAT for c in totals)
    assert any(c.value > 1000 for c in totals)


def test_paper_text_keeps_chinese_and_drops_ifc_words() -> None:
    assert category_name("IfcPump") == "水泵" and category_name("IfcWhatever") == "其他设备"
    assert paper_text("规划估价（非报价） planning placeholder: 水表 water meter") == (
        "规划估价（非报价） 水表"
    )
    assert paper_text("寿命 6 年（模型 Pset_ServiceLife.ServiceLifeDuration）") == (
        "寿命 6 年（模型属性）"
    )
    assert "resources/" not in paper_text("单价见 resources/maintenance/replacement_costs.csv")
