"""Every command's ``--json`` output on the sample still holds what it held before issue 13.

The golden files were recorded from the code before the commands became thin shells over
:mod:`fmdesk.app`; each key and value recorded then must still be produced (new keys are fine).
See :mod:`tests.cli_golden` for the scenario, the normalisation and how to re-record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli_golden import (
    Step,
    golden_path,
    missing_or_different,
    run_scenario,
    scenario,
)

STEPS = scenario()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, Any, str]]:
    """Run the whole scenario once (each step needs the previous ones' records)."""
    work = tmp_path_factory.mktemp("cli_golden")
    return {step.name: (code, data, err) for step, code, data, err in run_scenario(Path(work))}


@pytest.mark.parametrize("step", STEPS, ids=[s.name for s in STEPS])
def test_json_output_keeps_every_golden_key_and_value(
    step: Step, outputs: dict[str, tuple[int, Any, str]]
) -> None:
    golden = json.loads(golden_path(step).read_text(encoding="utf-8"))
    code, data, err = outputs[step.name]
    assert code == golden["exit"], err
    problems = missing_or_different(golden["output"], data)
    assert not problems, "\n".join(problems[:20])


def test_the_comparison_allows_new_keys_but_not_changed_values() -> None:
    golden = {"a": 1, "items": [{"x": 1}, {"x": 2}]}
    assert missing_or_different(golden, {"a": 1, "new": 0, "items": [{"x": 2}, {"x": 1}]}) == []
    assert missing_or_different(golden, {"a": 2, "items": [{"x": 1}, {"x": 2}]}) == [
        "$.a: expected 1, got 2"
    ]
    assert missing_or_different(golden, {"items": [{"x": 1}]}) == [
        "$.a: missing",
        "$.items: expected a list of 2, got 1",
    ]
