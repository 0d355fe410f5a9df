"""Leak and fault drills on the sample, scored against the isolation engine (CLI and core)."""

from __future__ import annotations

import json

import pytest

from fmdesk.cli import main
from fmdesk.network.isolate import isolate_element
from fmdesk.training.isolation_drill import DrillInputError, check_isolation
from tests.training.conftest import by_name


def run_drill(capsys, sample, *args: str) -> tuple[int, dict]:
    code = main(["training", "drill", str(sample), *args, "--json"])
    out = capsys.readouterr().out
    return code, (json.loads(out) if code == 0 else {})


def names(items: list[dict]) -> list[str]:
    return [item["global_id"] for item in items]


def test_exactly_the_engines_valves_score_100(capsys, sample, two_valve_pipe) -> None:
    leak, valves = two_valve_pipe
    code, data = run_drill(capsys, sample, "--leak", leak, "--answer", ",".join(valves))
    assert code == 0
    assert data["score"] == 100
    assert data["missing"] == [] and data["unnecessary"] == []
    assert sorted(names(data["correct"])) == sorted(valves)
    assert data["affected_still_wet"] == [] and data["needlessly_cut"] == []
    assert {
        "score",
        "correct",
        "missing",
        "unnecessary",
        "affected_still_wet",
        "needlessly_cut",
    } <= set(data)


def test_leaving_one_valve_out_lowers_the_score_and_names_it(capsys, sample, two_valve_pipe):
    leak, valves = two_valve_pipe
    left_out = valves[-1]
    code, data = run_drill(capsys, sample, "--leak", leak, "--answer", ",".join(valves[:-1]))
    assert code == 0
    assert data["score"] < 100
    assert names(data["missing"]) == [left_out]
    assert data["unnecessary"] == []
    assert data["stopped"] is False
    assert data["affected_still_wet"], "the leak is still fed: somewhere stays wet"


def test_an_extra_valve_lowers_the_score_and_is_named(capsys, sample, network, two_valve_pipe):
    leak, valves = two_valve_pipe
    extra = by_name(network, "户阀 1-601")
    answer = [*valves, extra]
    code, data = run_drill(capsys, sample, "--leak", leak, "--answer", ",".join(answer))
    assert code == 0
    assert data["score"] < 100
    assert names(data["unnecessary"]) == [extra]
    assert data["missing"] == []


def test_the_riser_main_instead_of_the_flat_valve_cuts_the_building_needlessly(network):
    leak = by_name(network, "户内给水管 1-601")
    flat_valve = by_name(network, "户阀 1-601")
    riser_main = by_name(network, "给水立管总阀 (V-03)")
    check = check_isolation(network, leak, [riser_main])
    assert check.stopped  # the leak is cut off all the same…
    assert [n.global_id for n in check.missing] == [flat_valve]
    assert check.missing_feeding == ()
    labels = {s.label for s in check.needlessly_cut}
    assert "1-601" not in labels and {"1-101", "1-604"} <= labels  # …but 23 flats lose water
    assert len(labels) == 23
    assert check.score == 100 - 5 - 5 - 3 * 23


def test_a_missing_valve_behind_which_the_tank_still_feeds_is_still_feeding(network):
    leak = by_name(network, "吸水总管 DN100")
    result = isolate_element(network, leak)
    tank_valve = by_name(network, "水箱出水阀 (V-02)")
    inlet_valve = by_name(network, "进水总阀 (V-01)")
    others = [n.global_id for n in result.close if n.global_id != tank_valve]
    check = check_isolation(network, leak, [*others, inlet_valve])
    # the inlet valve is upstream of the tank: the tank keeps feeding the leak through V-02
    assert [n.global_id for n in check.missing_feeding] == [tank_valve]
    assert [s.label for s in check.affected_still_wet] == ["水泵房"]
    assert check.score < 60


def test_an_empty_answer_scores_zero(network, two_valve_pipe) -> None:
    leak, valves = two_valve_pipe
    check = check_isolation(network, leak, [])
    assert check.score == 0 and len(check.missing) == len(valves)


def test_the_fault_drill_checks_breakers(capsys, sample, network) -> None:
    cable = next(
        gid
        for gid, node in sorted(network.nodes.items())
        if node.kind == "cable" and isolate_element(network, gid).close
    )
    breakers = [n.global_id for n in isolate_element(network, cable).close]
    code, data = run_drill(capsys, sample, "--fault", cable, "--answer", ",".join(breakers))
    assert code == 0 and data["score"] == 100 and data["mode"] == "fault"


@pytest.mark.parametrize(
    ("leak", "answer", "words"),
    [
        ("NOPE_NOT_A_GUID_000000", "", "NOPE_NOT_A_GUID_000000"),
        ("户阀 1-601", "", "not a pipe"),
        ("吸水总管 DN100", "吸水总管 DN100", "not a valve"),
        ("吸水总管 DN100", "xyz", "xyz"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(capsys, sample, network, leak, answer, words):
    def resolve(text: str) -> str:
        found = [g for g, n in network.nodes.items() if n.name == text]
        return found[0] if found else text

    args = ["training", "drill", str(sample), "--leak", resolve(leak)]
    if answer:
        args += ["--answer", resolve(answer)]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1


def test_a_drain_pipe_has_nothing_to_close(network) -> None:
    drain = by_name(network, "排水立管 PL-1 3F")
    with pytest.raises(DrillInputError, match="Nothing can be closed"):
        check_isolation(network, drain, [])
