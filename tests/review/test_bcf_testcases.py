"""Every buildingSMART BCF test case imports, and exports again as BCF 2.1 and 3.0 that the
official schemas accept, with every imported topic present."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from fmdesk.app.review_bcf import export_bcf, import_bcf
from fmdesk.review.bcf.reader import read_bcf
from tests.review.conftest import bcf_cases

CASES = bcf_cases()


def _topic_guids(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return {n.split("/")[0].lower() for n in archive.namelist() if n.endswith("/markup.bcf")}


@pytest.mark.skipif(not CASES, reason="../shared/standards/bcf is not present")
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_test_case_round_trips_valid_in_both_versions(
    case: Path, services, validate_bcf, tmp_path: Path
) -> None:
    expected = {t.guid for t in read_bcf(case).topics}
    result = import_bcf(services, case)
    assert result.topic_count == len(expected) > 0
    for version in ("2.1", "3.0"):
        out = tmp_path / f"out-{version}.bcf"
        exported = export_bcf(services, out, version=version)
        assert exported.topic_count == len(expected)
        assert validate_bcf(out, version) == []
        assert _topic_guids(out) == expected
    print(f"{case.name}: {len(expected)} topic(s) imported and re-exported valid as 2.1 and 3.0")


def test_all_test_cases_together(bcf_standards: Path, services, validate_bcf, tmp_path) -> None:
    """All of them in one database, exported together: the count is printed."""
    guids: set[str] = set()
    for case in CASES:
        guids |= {t.guid for t in read_bcf(case).topics}
        import_bcf(services, case)
    for version in ("2.1", "3.0"):
        out = tmp_path / f"all-{version}.bcf"
        export_bcf(services, out, version=version)
        assert validate_bcf(out, version) == []
        assert _topic_guids(out) == guids
    print(f"{len(CASES)} BCF test cases, {len(guids)} topics: all valid in 2.1 and 3.0")
