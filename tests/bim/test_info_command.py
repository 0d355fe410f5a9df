"""``fmdesk info``: the JSON contract, the readable summary and one-line failures (exit 2)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fmdesk.cli import main
from fmdesk.commands import info
from fmdesk.i18n import set_language

JSON_KEYS = [
    "path",
    "file_size",
    "schema",
    "application",
    "originating_system",
    "project_name",
    "storey_count",
    "space_count",
    "element_count",
    "elements_by_class",
    "elements_by_kind",
    "system_count",
    "systems",
    "port_count",
    "connected_port_count",
    "ports_by_flow_direction",
    "port_connection_count",
    "port_graph_components",
    "warning_count",
    "warnings",
]
SYSTEM_KEYS = [
    "global_id",
    "name",
    "ifc_class",
    "predefined_type",
    "member_count",
    "port_count",
    "connected_port_count",
]


def run_info(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["info", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_has_the_documented_keys_in_order(shared_ifc: Path, capsys) -> None:
    code, out, err = run_info(capsys, str(shared_ifc / "revit-hvac-ducts_ifc2x3.ifc"), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert list(data) == JSON_KEYS
    assert list(data["systems"][0]) == SYSTEM_KEYS
    assert data["file_size"] == (shared_ifc / "revit-hvac-ducts_ifc2x3.ifc").stat().st_size
    assert data["ports_by_flow_direction"] == {"SOURCEANDSINK": 16}
    assert data["systems"][0]["name"] == "Механизмы Приточный воздух 1"


def test_every_json_key_is_documented_in_the_module_docstring() -> None:
    documented = re.findall(r"^- ``(\w+)``", info.__doc__, flags=re.MULTILINE)
    assert documented == JSON_KEYS
    for key in SYSTEM_KEYS:
        assert key in info.__doc__


@pytest.fixture
def chinese():
    set_language("zh_CN")
    yield
    set_language(None)


def test_text_summary_is_chinese_and_shows_the_figures(shared_ifc: Path, capsys, chinese) -> None:
    code, out, _ = run_info(capsys, str(shared_ifc / "drainage-system_ifc4x3.ifc"))
    assert code == 0
    assert "版本：IFC4X3_ADD2" in out
    assert "Hulevesiviemäri [STORMWATER]" in out
    assert "端口：24（24 已连接" in out
    assert "端口连接：12" in out
    assert "连通网络：1" in out
    assert "读取警告：0" in out


def test_text_summary_is_english_when_asked(shared_ifc: Path, capsys) -> None:
    set_language("en")
    try:
        code, out, _ = run_info(capsys, str(shared_ifc / "drainage-system_ifc4x3.ifc"))
    finally:
        set_language(None)
    assert code == 0 and "Schema: IFC4X3_ADD2" in out and "Port connections: 12" in out


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("AlmostEmptyIFC4.ifc", "no site, building"),
        ("Badly_formed_Ifc_file.ifc", "no IfcProject"),
        ("EmptyMultibyteString.ifc", "syntax error near line 33"),
        ("Header_example.ifc", "schema IFC4X3_ADD1"),
        ("InvalidHeaderFileName.ifc", "invalid STEP header"),
        ("fzk-haus.ifcxml", "ifcXML is not supported"),
        ("tunnel_ifc4x4-unsupported.ifc", "schema IFC4X4"),
    ],
)
def test_each_bad_file_exits_2_with_one_line(
    shared_ifc: Path, capsys, name: str, fragment: str
) -> None:
    code, out, err = run_info(capsys, str(shared_ifc / "bad" / name), "--json")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    error = json.loads(err)  # with --json the error is JSON on stderr too (issues 12, 13)
    assert error["code"] == 2 and fragment in error["error"]


def test_missing_model_exits_2(tmp_path: Path, capsys) -> None:
    code, _, err = run_info(capsys, str(tmp_path / "missing.ifc"))
    assert code == 2
    assert "not found" in err
