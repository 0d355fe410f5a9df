"""``fmdesk trace``, ``fmdesk isolate``, ``fmdesk network-check``: JSON contracts, text, exit 2
on bad GlobalIds, the Excel export read back, corrections stored per model content."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from fmdesk.cli import main
from fmdesk.i18n import set_language
from fmdesk.network import (
    Corrections,
    isolate_element,
    load_corrections,
    model_content_hash,
    save_corrections,
)
from fmdesk.network.corrections import corrections_path
from tests.network.conftest import SAMPLES, named, sample_network

MODEL = str(SAMPLES / "sample_residential_ifc4.ifc")
ELEMENT_KEYS = {
    "global_id", "ifc_class", "kind", "name", "tag", "storey", "space", "space_basis", "flat",
    "label",
}  # fmt: skip


@pytest.fixture(scope="module")
def ids() -> dict[str, str]:
    network = sample_network("IFC4")
    names = ["户内给水管 1-601", "户阀 1-601", "楼层进线断路器 3F (3AL-QF0)", "生活水泵1# (SB-01)"]
    found = {name: named(network, name).global_id for name in names}
    found["wall"] = next(iter(network.outside))
    found["flat"] = next(s.global_id for s in network.spaces.values() if s.name == "1-203")
    return found


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_trace_json_has_documented_keys_and_reaches_the_tank(capsys, ids):
    data = run_json(capsys, "trace", MODEL, "--from", ids["户内给水管 1-601"])
    assert set(data) >= {
        "model", "direction", "start", "media", "element_count", "elements", "sources",
        "paths", "rooms", "spaces", "inferred_edges_used", "inferred_edges", "highlight", "xlsx",
    }  # fmt: skip
    assert set(data["start"][0]) == ELEMENT_KEYS
    assert [s["name"] for s in data["sources"]] == ["生活水箱 (SX-01)"]
    assert data["inferred_edges_used"] is False
    assert data["element_count"] == len(data["elements"]) > 20
    assert set(data["highlight"]) == {"path", "operate", "affected", "source"}


def test_trace_downstream_from_a_flat_space_lists_its_fixtures(capsys, ids):
    data = run_json(capsys, "trace", MODEL, "--from", ids["flat"], "--direction", "downstream")
    assert len(data["start"]) > 5  # the fixtures, boards and outlets in 1-203's rooms
    assert {s["name"] for s in data["spaces"]} >= {"1-203"}


def test_isolate_json_names_the_valve_and_the_flat(capsys, ids):
    data = run_json(capsys, "isolate", MODEL, "--at", ids["户内给水管 1-601"])
    assert data["mode"] == "isolate" and data["isolated"] is True
    assert [d["name"] for d in data["close"]] == ["户阀 1-601"]
    assert [s["name"] for s in data["affected_spaces"]] == ["1-601"]
    assert data["collateral"] == [] and data["collateral_count"] == 0
    assert set(data) >= {
        "start", "media", "close", "skipped_inoperable", "segment", "collateral", "sources",
        "unisolated_sources", "rooms", "affected_spaces", "inferred_edges_used", "highlight",
    }  # fmt: skip
    assert data["highlight"]["operate"] == [ids["户阀 1-601"]]


def test_isolate_with_inoperable_valve_uses_the_floor_valve(capsys, ids):
    data = run_json(
        capsys, "isolate", MODEL, "--at", ids["户内给水管 1-601"], "--inoperable", ids["户阀 1-601"]
    )
    assert [d["name"] for d in data["close"]] == ["楼层阀 6F (V-6F)"]
    assert [d["name"] for d in data["skipped_inoperable"]] == ["户阀 1-601"]


def test_isolate_trip_reports_the_floor(capsys, ids):
    data = run_json(capsys, "isolate", MODEL, "--at", ids["楼层进线断路器 3F (3AL-QF0)"], "--trip")
    assert data["mode"] == "trip"
    assert {s["name"] for s in data["affected_spaces"]} == {"1-301", "1-302", "1-303", "1-304"}


def test_text_output_is_readable_in_chinese_with_kinds_and_places(capsys, ids):
    set_language("zh_CN")
    try:
        assert main(["isolate", MODEL, "--at", ids["生活水泵1# (SB-01)"]]) == 0
    finally:
        set_language(None)
    out = capsys.readouterr().out
    assert "关闭：1#泵吸水阀 (V-11)（阀门，B1 水泵房）" in out and "1#泵出水阀 (V-13)" in out
    assert "同时停供：0" in out
    assert "IfcValve" not in out and "IfcPump" not in out


@pytest.mark.parametrize("command", [["trace", "--from"], ["isolate", "--at"]])
def test_unknown_global_id_is_one_sentence_and_exit_2(capsys, command):
    assert main([command[0], MODEL, command[1], "0000000000000000000000"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fmdesk: ") and "0000000000000000000000" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_element_outside_every_network_is_exit_2(capsys, ids):
    assert main(["isolate", MODEL, "--at", ids["wall"]]) == 2
    assert "is connected to no pipe, duct or cable network" in capsys.readouterr().err


def test_isolating_a_space_is_refused(capsys, ids):
    assert main(["isolate", MODEL, "--at", ids["flat"]]) == 2
    assert "Isolation needs an element" in capsys.readouterr().err


def test_missing_model_is_exit_2(capsys, tmp_path):
    assert main(["network-check", str(tmp_path / "nope.ifc")]) == 2
    assert capsys.readouterr().err.startswith("fmdesk: ")


def test_network_check_on_the_sample_is_clean_with_its_two_pump_loops_as_info(capsys):
    data = run_json(capsys, "network-check", MODEL)
    assert data["summary"]["fragment_count"] == 1
    assert data["summary"]["connected_port_count"] == data["summary"]["port_count"] == 2354
    assert data["summary"]["error_count"] == data["summary"]["warning_count"] == 0
    assert data["counts_by_code"] == {"loop": 2}  # duty/standby pumps in parallel, water and fire
    assert {f["medium"] for f in data["findings"]} == {"water", "fire"}
    assert all(f["severity"] == "info" for f in data["findings"])


def test_isolation_exported_to_excel_reads_back(capsys, ids, tmp_path):
    path = tmp_path / "隔离.xlsx"
    data = run_json(
        capsys,
        "isolate",
        MODEL,
        "--at",
        ids["户内给水管 1-601"],
        "--xlsx",
        str(path),
        "--lang",
        "zh_CN",
    )
    assert data["xlsx"] == str(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["概要", "构件", "受影响空间"]
    elements = book["构件"]
    assert elements.freeze_panes == "A2"
    assert elements["A1"].value == "角色" and elements["I1"].value == "GlobalId"
    assert elements.column_dimensions["B"].width >= 30
    rows = [[c.value for c in row] for row in elements.iter_rows(min_row=2)]
    assert rows[0][:4] == ["关闭", "户阀 1-601", None, "阀门"] and rows[0][8] == ids["户阀 1-601"]
    assert rows[1][:2] == ["起点", "户内给水管 1-601"]
    summary = {row[0].value: row[1].value for row in book["概要"].iter_rows(min_row=2)}
    assert summary["需关闭"] == "户阀 1-601"
    assert summary["受影响户/空间"] == "1-601"
    assert summary["介质"] == "生活给水"
    spaces = [[c.value for c in row] for row in book["受影响空间"].iter_rows(min_row=2)]
    assert spaces[0][:2] == ["户/空间", "1-601"]


def test_trace_export_marks_the_source(tmp_path, ids):
    from fmdesk.exports.trace_xlsx import export_trace_xlsx
    from fmdesk.network import trace_upstream

    result = trace_upstream(sample_network("IFC4"), ids["户阀 1-601"])
    set_language("en")
    try:
        path = export_trace_xlsx(result, tmp_path / "trace.xlsx", "sample")
    finally:
        set_language(None)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Elements", "Affected spaces"]
    rows = [[c.value for c in row] for row in book["Elements"].iter_rows()]
    assert ["source", "生活水箱 (SX-01)"] in [row[:2] for row in rows]
    assert rows[0][:4] == ["Role", "Name", "Tag", "Kind"]


def test_corrections_round_trip_per_model_content(tmp_path):
    digest = model_content_hash(MODEL)
    assert digest == model_content_hash(Path(MODEL)) and len(digest) == 64
    assert load_corrections(digest) == Corrections()
    corrections = Corrections(sources={"A"}, inoperable={"V"})
    corrections.accept_edge("b", "a")
    corrections.reject_edge("c", "d")
    corrections.added_edges.add(("x", "y"))
    path = save_corrections(digest, corrections)
    assert path == corrections_path(digest) and path.is_file()
    assert load_corrections(digest) == corrections
    path.write_text("{ not json", encoding="utf-8")
    assert load_corrections(digest) == Corrections()  # unreadable: no corrections, no crash


def test_stored_inoperable_valve_applies_to_the_cli(capsys, ids):
    digest = model_content_hash(MODEL)
    save_corrections(digest, Corrections(inoperable={ids["户阀 1-601"]}))
    data = run_json(capsys, "isolate", MODEL, "--at", ids["户内给水管 1-601"])
    assert [d["name"] for d in data["close"]] == ["楼层阀 6F (V-6F)"]


def test_ifc4x3_sample_gives_the_same_flat_answer():
    network = sample_network("IFC4X3")
    result = isolate_element(network, named(network, "户内给水管 1-601").global_id)
    assert [n.name for n in result.close] == ["户阀 1-601"]
    assert [s.label for s in result.spaces] == ["1-601"]


def test_inoperable_must_name_an_isolating_device(capsys, ids):
    pipe = ids["户内给水管 1-601"]
    assert main(["isolate", MODEL, "--at", pipe, "--inoperable", pipe]) == 2
    assert "is not an isolating valve" in capsys.readouterr().err
    assert main(["isolate", MODEL, "--at", pipe, "--inoperable", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_tripping_both_booster_pump_breakers_lists_the_taps_that_lose_water(capsys):
    network = sample_network("IFC4")
    first = named(network, "出线断路器 SB-01 电源 (AA-1-SB-01)").global_id
    second = named(network, "出线断路器 SB-02 电源 (AA-1-SB-02)").global_id
    data = run_json(capsys, "isolate", MODEL, "--at", f"{first},{second}", "--trip")
    assert data["mode"] == "trip"
    assert {n["name"] for n in data["opened"]} == {
        "出线断路器 SB-01 电源 (AA-1-SB-01)",
        "出线断路器 SB-02 电源 (AA-1-SB-02)",
    }
    assert {n["name"] for n in data["powerless"]} == {"生活水泵1# (SB-01)", "生活水泵2# (SB-02)"}
    taps = [n for n in data["lost_service"] if n["kind"] == "sanitary"]
    all_taps = [n for n in network.nodes.values() if n.kind == "sanitary"]
    assert len(taps) == len(all_taps) == 96  # every fixture is above the booster pumps
    assert "1-601" in {s["name"] for s in data["affected_spaces"]}


def test_tripping_one_booster_pump_breaker_leaves_the_taps_on_the_standby_pump(capsys):
    network = sample_network("IFC4")
    first = named(network, "出线断路器 SB-01 电源 (AA-1-SB-01)").global_id
    data = run_json(capsys, "isolate", MODEL, "--at", first, "--trip")
    assert [n["name"] for n in data["powerless"]] == ["生活水泵1# (SB-01)"]
    assert not [n for n in data["lost_service"] if n["kind"] == "sanitary"]


def test_two_leaks_at_once_merge_their_valves_and_outage(capsys, ids):
    network = sample_network("IFC4")
    other = named(network, "户内给水管 1-602").global_id
    data = run_json(capsys, "isolate", MODEL, "--at", f"{ids['户内给水管 1-601']},{other}")
    assert data["mode"] == "isolate" and len(data["starts"]) == 2
    assert {d["name"] for d in data["close"]} == {"户阀 1-601", "户阀 1-602"}
    assert {s["name"] for s in data["affected_spaces"]} == {"1-601", "1-602"}
