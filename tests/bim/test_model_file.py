"""Opening models: every bad input gives one clear sentence of its own category."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from ifcopenshell import ifcopenshell_wrapper as wrapper

from fmdesk import bim
from fmdesk.bim import errors
from fmdesk.errors import ModelOpenError
from tests.bim.conftest import MINIMAL_IFC4, write_minimal_ifc

BAD_FILES = {
    "AlmostEmptyIFC4.ifc": (errors.EmptyModelError, "empty", "no site, building"),
    "Badly_formed_Ifc_file.ifc": (errors.EmptyModelError, "empty", "no IfcProject (2 entities)"),
    "EmptyMultibyteString.ifc": (errors.ModelSyntaxError, "syntax", "near line 33"),
    "Header_example.ifc": (errors.UnsupportedSchemaError, "schema", "IFC4X3_ADD1"),
    "InvalidHeaderFileName.ifc": (errors.ModelHeaderError, "header", "FILE_DESCRIPTION"),
    "fzk-haus.ifcxml": (errors.IfcXmlNotSupportedError, "ifcxml", "export as .ifc"),
    "tunnel_ifc4x4-unsupported.ifc": (errors.UnsupportedSchemaError, "schema", "IFC4X4"),
}


def assert_one_sentence(error: ModelOpenError) -> None:
    assert "\n" not in error.message
    assert error.message.endswith(".")
    assert "Traceback" not in error.message


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_shared_file_gives_its_own_category(shared_ifc: Path, name: str) -> None:
    expected_class, category, fragment = BAD_FILES[name]
    with pytest.raises(expected_class) as caught:
        bim.open_model(shared_ifc / "bad" / name)
    assert caught.value.category == category
    assert fragment in caught.value.message
    assert_one_sentence(caught.value)


def test_unsupported_schema_names_the_supported_ones(shared_ifc: Path) -> None:
    with pytest.raises(errors.UnsupportedSchemaError) as caught:
        bim.open_model(shared_ifc / "bad" / "tunnel_ifc4x4-unsupported.ifc")
    assert caught.value.schema == "IFC4X4"
    for schema in ("IFC2X3", "IFC4", "IFC4X3_ADD2"):
        assert schema in caught.value.message


@pytest.mark.parametrize("schema", ["IFC4X4", "IFC4X3_ADD1", "COBIE_EXPRESS", "IFC2X2_FINAL"])
def test_each_unsupported_schema_is_named(tmp_path: Path, schema: str) -> None:
    path = write_minimal_ifc(tmp_path / "model.ifc")
    path.write_text(path.read_text().replace("FILE_SCHEMA(('IFC4'))", f"FILE_SCHEMA(('{schema}'))"))
    with pytest.raises(errors.UnsupportedSchemaError) as caught:
        bim.open_model(path)
    assert caught.value.schema == schema
    assert f"uses schema {schema}, which is not supported" in caught.value.message


@pytest.mark.parametrize(
    ("written", "read_as", "schema_property"),
    [("IFC4X3", "IFC4X3_ADD2", "IFC4X3"), ("IFC2X3_TC1", "IFC2X3", "IFC2X3")],
)
def test_schema_aliases_are_read_with_the_schema_they_mean(
    shared_ifc: Path, tmp_path: Path, written: str, read_as: str, schema_property: str
) -> None:
    source = (
        "drainage-system_ifc4x3.ifc" if read_as == "IFC4X3_ADD2" else "revit-hvac-ducts_ifc2x3.ifc"
    )
    text = (
        (shared_ifc / source)
        .read_bytes()
        .replace(f"FILE_SCHEMA (('{read_as}'))".encode(), f"FILE_SCHEMA (('{written}'))".encode())
        .replace(f"FILE_SCHEMA(('{read_as}'))".encode(), f"FILE_SCHEMA(('{written}'))".encode())
    )
    assert f"'{written}'".encode() in text
    path = tmp_path / "alias.ifc"
    path.write_bytes(text)
    model = bim.open_model(path)
    assert (model.schema, model.schema_identifier) == (schema_property, read_as)
    assert len(bim.read_ports(model)) in (16, 24)


def test_syntax_error_reports_the_line_of_the_damage(tmp_path: Path) -> None:
    text = MINIMAL_IFC4.format(project="P", storey="S", wall="W")
    lines = text.splitlines()
    broken_line = next(i for i, line in enumerate(lines) if line.startswith("#15="))
    lines[broken_line] = "#15=IFCWALL('1ZvctVUKr0kugbFTf53O9L',$,'W',$,$,$,$,'W-01',1.2.3);"
    path = tmp_path / "broken.ifc"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    with pytest.raises(errors.ModelSyntaxError) as caught:
        bim.open_model(path)
    assert caught.value.line == broken_line + 1
    assert f"near line {broken_line + 1}" in caught.value.message


def test_text_after_the_end_marker_is_not_truncation(tmp_path: Path) -> None:
    path = write_minimal_ifc(tmp_path / "trailer.ifc")
    path.write_text(path.read_text() + "/* written by a tool that appends a comment */\n")
    assert len(bim.read_elements(bim.open_model(path))) == 1


def test_syntax_errors_are_found_while_the_log_is_in_json_format(tmp_path: Path) -> None:
    text = MINIMAL_IFC4.format(project="P", storey="S", wall="W").replace(".SOLIDWALL.);", "?);")
    path = tmp_path / "broken.ifc"
    path.write_text(text, encoding="ascii")
    wrapper.set_log_format_json()  # as fmdesk.bim.geometry does while tessellating
    try:
        with pytest.raises(errors.ModelSyntaxError) as caught:
            bim.open_model(path)
    finally:
        wrapper.set_log_format_text()
    assert caught.value.line == 15


def test_truncated_file_is_reported_incomplete(tmp_path: Path) -> None:
    text = MINIMAL_IFC4.format(project="P", storey="S", wall="W")
    path = tmp_path / "truncated.ifc"
    path.write_text(text[: text.index("#16=") + 20], encoding="ascii")
    with pytest.raises(errors.ModelSyntaxError, match="incomplete"):
        bim.open_model(path)


def test_dangling_reference_is_tolerated_like_real_exports(tmp_path: Path) -> None:
    text = MINIMAL_IFC4.format(project="P", storey="S", wall="W")
    path = tmp_path / "dangling.ifc"
    path.write_text(text.replace("((#15),#13)", "((#15,#1500),#13)"), encoding="ascii")
    assert [e.name for e in bim.read_elements(bim.open_model(path))] == ["W"]


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(errors.ModelNotFoundError) as caught:
        bim.open_model(tmp_path / "nowhere.ifc")
    assert caught.value.category == "missing"
    assert_one_sentence(caught.value)


def test_a_folder_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(errors.ModelUnreadableError, match="is a folder"):
        bim.open_model(tmp_path)


def test_a_file_without_read_permission_is_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_minimal_ifc(tmp_path / "locked.ifc")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # tests run as root here, where chmod 000 does not stop reading; simulate the OS refusal
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(errors.ModelUnreadableError, match="No permission"):
        bim.open_model(path)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image"),
        (b"%PDF-1.7\n", "a PDF document"),
        ("楼层配电箱 3AL\n只是一个文本文件\n".encode(), "does not start with ISO-10303-21"),
        (b"", "empty (0 bytes)"),
        (b"<html><body>not a model</body></html>", "XML/HTML"),
    ],
)
def test_files_that_are_not_ifc_say_what_they_are(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "model.ifc"
    path.write_bytes(content)
    with pytest.raises(errors.NotIfcError) as caught:
        bim.open_model(path)
    assert fragment in caught.value.message
    assert caught.value.category == "not_ifc"


def test_ifcxml_is_recognised_by_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "model.ifc"
    path.write_text('<?xml version="1.0"?>\n<ifcXML xmlns="http://www.buildingsmart-tech.org"/>')
    with pytest.raises(errors.IfcXmlNotSupportedError, match="ifcXML is not supported"):
        bim.open_model(path)


def test_ifczip_opens_the_ifc_inside(tmp_path: Path) -> None:
    inner = write_minimal_ifc(tmp_path / "inner.ifc", storey="一层".encode())
    archive = tmp_path / "model.ifczip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(inner, "folder/inner.ifc")
    model = bim.open_model(archive)
    assert [e.storey_name for e in bim.read_elements(model)] == ["一层"]


def test_a_utf8_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = write_minimal_ifc(tmp_path / "bom.ifc", wall="给水管".encode())
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [e.name for e in bim.read_elements(bim.open_model(path))] == ["给水管"]


def test_a_plain_ifc_named_ifczip_still_opens(tmp_path: Path) -> None:
    path = write_minimal_ifc(tmp_path / "misnamed.ifczip")
    assert [e.name for e in bim.read_elements(bim.open_model(path))] == ["Wall"]


def test_ifczip_without_an_ifc_inside_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "model.ifczip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
    with pytest.raises(errors.ModelArchiveError, match=r"contains no \.ifc file"):
        bim.open_model(archive)


def test_ifczip_holding_ifcxml_says_ifcxml(tmp_path: Path) -> None:
    archive = tmp_path / "model.ifczip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("model.ifcxml", "<ifcXML/>")
    with pytest.raises(errors.IfcXmlNotSupportedError):
        bim.open_model(archive)


def test_damaged_ifczip_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "model.ifczip"
    archive.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(errors.ModelArchiveError, match="not a valid zip archive"):
        bim.open_model(archive)


def test_ifczip_with_unsupported_compression_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "model.ifczip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("model.ifc", MINIMAL_IFC4)
    data = bytearray(archive.read_bytes())
    # relabel the member as WavPack (method 97), an audio codec no .ifczip needs
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, local + 8, 97)
    struct.pack_into("<H", data, central + 10, 97)
    archive.write_bytes(bytes(data))
    with pytest.raises(errors.ModelArchiveError, match="compression method"):
        bim.open_model(archive)


def test_ifc_with_no_products_is_empty(tmp_path: Path) -> None:
    lines = [line for line in MINIMAL_IFC4.splitlines() if not line.startswith(("#1", "#15"))]
    text = "\n".join(lines).replace("{project}", "P")
    text = text.replace("#2=IFCUNITASSIGNMENT((#1));", "").replace(",#2);", ",$);")
    path = tmp_path / "empty.ifc"
    path.write_text(text, encoding="ascii")
    with pytest.raises(errors.EmptyModelError, match="no IfcProject"):
        bim.open_model(path)


class TestRawTextInStepStrings:
    """Exporters that write raw bytes into STEP strings: names must survive, not vanish."""

    def test_raw_utf8_chinese_is_kept(self, minimal_ifc) -> None:
        model = bim.open_model(minimal_ifc(storey="地下一层 水泵房".encode()))
        tree = bim.read_spatial_tree(model)
        assert tree.children[0].children[0].name == "地下一层 水泵房"

    def test_raw_gbk_chinese_is_kept(self, minimal_ifc) -> None:
        model = bim.open_model(minimal_ifc(wall="生活水泵1# (SB-01)".encode("gbk")))
        assert [e.name for e in bim.read_elements(model)] == ["生活水泵1# (SB-01)"]

    def test_raw_windows_1251_cyrillic_is_kept(self, minimal_ifc) -> None:
        model = bim.open_model(minimal_ifc(wall="Стена наружная".encode("cp1251")))
        assert [e.name for e in bim.read_elements(model)] == ["Стена наружная"]

    def test_each_string_is_decoded_on_its_own(self, minimal_ifc) -> None:
        model = bim.open_model(minimal_ifc(storey="一层".encode(), wall="Стена".encode("cp1251")))
        element = bim.read_elements(model)[0]
        assert (element.storey_name, element.name) == ("一层", "Стена")

    def test_line_numbers_survive_the_re_encoding(self, tmp_path: Path) -> None:
        text = MINIMAL_IFC4.replace("{storey}", "一层").replace("{wall}", "W")
        text = text.replace("{project}", "P").replace(".SOLIDWALL.);", "?);")
        path = tmp_path / "broken.ifc"
        path.write_bytes(text.encode("utf-8"))
        expected = next(i for i, line in enumerate(text.splitlines(), 1) if "#15=" in line)
        with pytest.raises(errors.ModelSyntaxError) as caught:
            bim.open_model(path)
        assert caught.value.line == expected


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("ä¸€å±‚", "一层"),  # UTF-8 read as Windows-1252
        ("Hulevesiviem\u00c3\u00a4ri", "Hulevesiviemäri"),  # UTF-8 escaped byte by byte
        ("Étage über", "Étage über"),  # genuine accents stay
        ("生活水泵", "生活水泵"),
        (None, None),
    ],
)
def test_repair_text_undoes_utf8_mojibake_only(garbled: str | None, repaired: str | None) -> None:
    assert bim.repair_text(garbled) == repaired


def test_mojibake_in_a_real_export_is_repaired(open_shared) -> None:
    model = open_shared("drainage-system_ifc4x3.ifc")
    assert [s.name for s in bim.read_systems(model)] == ["Hulevesiviemäri"]
