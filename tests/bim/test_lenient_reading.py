"""Lenient reading: schema slips of real exports open with warnings, damaged syntax does not.

Each case is the small hand-written IFC4 model of ``conftest.py`` with one deviation, and the
warning is compared with what the file says (element, attribute, found) and what a reader
should assume.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fmdesk import bim
from fmdesk.bim import errors
from fmdesk.bim.reading_warnings import reading_warnings
from fmdesk.bim.units import length_scale
from fmdesk.bim.validation import check_model
from tests.bim.conftest import MINIMAL_IFC4

FIXTURES = Path(__file__).parent / "fixtures"
OWNER_HISTORY = """#20=IFCPERSON($,'Li',$,$,$,$,$,$);
#21=IFCORGANIZATION($,'Design Institute',$,$,$);
#22=IFCPERSONANDORGANIZATION(#20,#21,$);
#23=IFCAPPLICATION(#21,'2024','Some CAD','SCAD');
#24=IFCOWNERHISTORY(#22,#23,$,{action},$,$,$,0);
"""


def _model_text(**changes: str) -> str:
    text = MINIMAL_IFC4.format(project="P", storey="B1", wall="生活水泵 B1")
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def _open(tmp_path: Path, text: str, name: str = "model.ifc"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return bim.open_model(path)


def _with_owner_history(action: str) -> str:
    text = _model_text()
    return text.replace(
        "ENDSEC;\nEND-ISO", OWNER_HISTORY.format(action=action) + "ENDSEC;\nEND-ISO"
    )


def _one(warnings, kind: str):
    found = [w for w in warnings if w.kind == kind]
    assert len(found) == 1, [w.to_dict() for w in warnings]
    return found[0].to_dict()


def test_an_enumeration_value_of_another_enumeration_opens_with_a_warning(tmp_path: Path) -> None:
    model = _open(tmp_path, _with_owner_history(".READWRITE."))
    warning = _one(reading_warnings(model), "invalid_enumeration")
    assert warning["element"] == "IfcOwnerHistory #24"
    assert (warning["attribute"], warning["found"]) == ("ChangeAction", "READWRITE")
    assert warning["assumed"] == "NOTDEFINED"
    assert model.by_id(24).ChangeAction == "NOTDEFINED"  # repaired, so readers see a valid value
    assert [e.name for e in bim.read_elements(model)] == ["生活水泵 B1"]


def test_a_valid_enumeration_value_gives_no_warning(tmp_path: Path) -> None:
    model = _open(tmp_path, _with_owner_history(".ADDED."))
    assert check_model(model) == []


def test_an_enumeration_misspelt_the_american_way_is_read_as_meant(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{".MILLI.,.METRE.": ".MILLI.,.METER."}))
    warning = _one(reading_warnings(model), "invalid_enumeration")
    assert (warning["attribute"], warning["found"], warning["assumed"]) == (
        "Name",
        "METER",
        "METRE",
    )
    assert length_scale(model) == pytest.approx(0.001)


def test_an_unknown_length_unit_is_assumed_with_its_prefix(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{".MILLI.,.METRE.": ".MILLI.,.FOOT."}))
    warnings = check_model(model)
    unit = _one(warnings, "unknown_unit")
    assert (unit["element"], unit["found"]) == ("IfcSIUnit #1", "FOOT")
    assert "millimetre" in unit["assumed"]
    assert length_scale(model) == pytest.approx(0.001)
    assert not [w for w in warnings if w.kind == "missing_attribute"]  # said once, not twice


def test_a_model_without_units_is_read_in_metres_with_a_warning(tmp_path: Path) -> None:
    changes = {
        "#1=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);\n": "",
        "#2=IFCUNITASSIGNMENT((#1));\n": "",
        "$,$,$,$,$,#2);": "$,$,$,$,$,$);",
    }
    model = _open(tmp_path, _model_text(**changes))
    unit = _one(check_model(model), "unknown_unit")
    assert (unit["element"], unit["attribute"]) == ("IfcProject", "UnitsInContext")
    assert length_scale(model) == 1.0


def test_a_text_where_a_reference_belongs_is_ignored(tmp_path: Path) -> None:
    text = _with_owner_history(".ADDED.").replace(
        "#15=IFCWALL('1ZvctVUKr0kugbFTf53O9L',$,", "#15=IFCWALL('1ZvctVUKr0kugbFTf53O9L','oops',"
    )
    model = _open(tmp_path, text)
    warning = _one(check_model(model), "wrong_type")
    assert warning["element"].startswith("IfcWall #15")
    assert warning["global_id"] == "1ZvctVUKr0kugbFTf53O9L"
    assert (warning["attribute"], warning["found"]) == ("OwnerHistory", "'oops'")
    assert "unset" in warning["assumed"]


def test_a_relationship_end_of_the_wrong_class_is_skipped(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{"$,$,$,#11,(#13));": "$,$,$,#1,(#13));"}))
    warning = _one(check_model(model), "wrong_type")
    assert (warning["attribute"], warning["found"]) == ("RelatingObject", "IfcSIUnit #1")
    tree = bim.read_spatial_tree(model)  # the storey hangs off the project instead of crashing
    assert "B1" in [node.name for node in bim.iter_spatial_nodes(tree)]


def test_a_number_where_a_name_belongs_is_read_as_text(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{"'生活水泵 B1'": "42"}))
    warning = _one(check_model(model), "wrong_type")
    assert (warning["attribute"], warning["found"]) == ("Name", "42")
    assert [e.name for e in bim.read_elements(model)] == ["42"]


def test_a_missing_global_id_keeps_the_element_under_its_step_id(tmp_path: Path) -> None:
    model = _open(
        tmp_path, _model_text(**{"#15=IFCWALL('1ZvctVUKr0kugbFTf53O9L'": "#15=IFCWALL($"})
    )
    warning = _one(check_model(model), "missing_attribute")
    assert (warning["element"], warning["attribute"]) == ("IfcWall #15 生活水泵 B1", "GlobalId")
    assert [e.global_id for e in bim.read_elements(model)] == ["#15"]


def test_a_dangling_reference_is_a_warning(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{"(#15),#13);": "(#15,#1500),#13);"}))
    warning = _one(reading_warnings(model), "dangling_reference")
    assert warning["element"].startswith("IfcRelContainedInSpatialStructure #16")
    assert (warning["attribute"], warning["found"]) == ("RelatedElements", "#1500")


def test_a_wrong_number_of_attributes_is_a_warning(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{"'W-01',.SOLIDWALL.);": "'W-01');"}))
    warning = _one(reading_warnings(model), "attribute_count")
    assert warning["element"].startswith("IfcWall #15")
    assert (warning["attribute"], warning["found"]) == ("9 attributes", "8 values")


def test_an_instance_of_a_class_the_schema_lacks_is_skipped_with_a_warning(tmp_path: Path) -> None:
    model = _open(tmp_path, _model_text(**{"#16=": "#17=IFCNOSUCHTHING('x');\n#16="}))
    warning = _one(reading_warnings(model), "unknown_entity")
    assert (warning["element"], warning["found"]) == ("IFCNOSUCHTHING #17", "IFCNOSUCHTHING")
    assert [e.name for e in bim.read_elements(model)] == ["生活水泵 B1"]


def test_warnings_render_in_chinese() -> None:
    from fmdesk.bim.reading_warnings import ReadingWarning
    from fmdesk.i18n import _t

    warning = ReadingWarning("wrong_type", "IfcWall #15", "Name", "42", _t("unset"))
    assert "未设置" in warning.message().render("zh_CN")


def test_damaged_syntax_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.ModelSyntaxError):
        _open(tmp_path, _model_text(**{"'W-01',.SOLIDWALL.);": "'W-01',1.2.3);"}))


@pytest.mark.parametrize("method", ["deflate64", "ppmd", "bzip2", "lzma"])
def test_ifczip_opens_in_every_compression_7zip_writes(method: str) -> None:
    archive = FIXTURES / f"minimal_{method}.ifczip"
    with zipfile.ZipFile(archive) as zf:
        expected = {"deflate64": 9, "ppmd": 98, "bzip2": 12, "lzma": 14}[method]
        assert zf.infolist()[0].compress_type == expected
    element = bim.read_elements(bim.open_model(archive))[0]
    assert (element.name, element.storey_name) == ("生活水泵 B1", "地下一层")


def test_a_damaged_deflate64_member_is_refused(tmp_path: Path) -> None:
    data = bytearray((FIXTURES / "minimal_deflate64.ifczip").read_bytes())
    start = data.find(b"model.ifc") + len("model.ifc") + 40  # inside the compressed data
    data[start : start + 8] = b"\xff" * 8
    archive = tmp_path / "damaged.ifczip"
    archive.write_bytes(bytes(data))
    with pytest.raises(errors.ModelArchiveError, match="damaged"):
        bim.open_model(archive)


def _shared_models() -> list[str]:
    from tests.conftest import SHARED_IFC

    if not SHARED_IFC.is_dir():
        return []
    return sorted(p.name for p in SHARED_IFC.iterdir() if p.suffix.lower() in (".ifc", ".ifczip"))


@pytest.mark.parametrize("name", _shared_models())
def test_info_json_opens_every_shared_model_with_a_warnings_list(
    shared_ifc: Path, name: str, capsys
) -> None:
    import json

    from fmdesk.cli import main

    assert main(["info", str(shared_ifc / name), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data["warnings"], list) and data["warning_count"] == len(data["warnings"])
    for warning in data["warnings"]:
        assert set(warning) >= {"element", "attribute", "found", "assumed", "kind"}
