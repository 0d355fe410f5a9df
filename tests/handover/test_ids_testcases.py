"""fmdesk's IDS check agrees with every buildingSMART IDS test case in ../shared.

Each ``.ids`` comes with the ``.ifc`` of the same name; the file name's prefix is the expected
verdict: ``pass-``, ``fail-`` or ``invalid-`` (the IDS must be rejected before checking).
"""

from __future__ import annotations

from pathlib import Path

import ifcopenshell
import pytest

from fmdesk.handover.ids.check import check_model
from fmdesk.handover.ids.loader import IdsInvalidError, load_ids

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "standards" / "ids-testcases"


def verdict(ids_path: Path) -> str:
    """``pass``, ``fail`` or ``invalid`` as fmdesk sees the case."""
    try:
        ids = load_ids(ids_path)
    except IdsInvalidError:
        return "invalid"
    model = ifcopenshell.open(str(ids_path.with_suffix(".ifc")))
    return "pass" if check_model(ids, model).passed else "fail"


@pytest.mark.skipif(not CASES.is_dir(), reason="../shared/standards/ids-testcases is absent")
def test_every_shared_ids_test_case_gets_its_expected_verdict() -> None:
    cases = sorted(CASES.glob("*/*.ids"))
    assert len(cases) > 100
    wrong = []
    for case in cases:
        expected = case.name.split("-", 1)[0]
        got = verdict(case)
        if got != expected:
            wrong.append(f"{case.parent.name}/{case.name}: expected {expected}, got {got}")
    agreed = len(cases) - len(wrong)
    print(f"\nIDS test cases: {agreed} of {len(cases)} agree with the expected verdict")
    assert not wrong, "\n".join(wrong)
