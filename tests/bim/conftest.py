"""Fixtures for the IFC reader tests: shared public models opened once, small hand-written files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ifcopenshell
import pytest

from fmdesk import bim

_OPENED: dict[Path, ifcopenshell.file] = {}


@pytest.fixture(scope="session")
def open_shared(shared_ifc: Path) -> Callable[[str], ifcopenshell.file]:
    """Open a model from ../shared/ifc once per session (office-a takes a quarter second)."""

    def opener(name: str) -> ifcopenshell.file:
        path = shared_ifc / name
        if path not in _OPENED:
            _OPENED[path] = bim.open_model(path)
        return _OPENED[path]

    return opener


MINIMAL_IFC4 = """ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [ReferenceView]'),'2;1');
FILE_NAME('minimal.ifc','2026-01-01T00:00:00',('fmdesk'),('fmdesk'),'','fmdesk tests','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);
#2=IFCUNITASSIGNMENT((#1));
#10=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'{project}',$,$,$,$,$,#2);
#11=IFCSITE('1YvctVUKr0kugbFTf53O9L',$,'Site',$,$,$,$,$,$,$,$,$,$,$);
#12=IFCRELAGGREGATES('2YvctVUKr0kugbFTf53O9L',$,$,$,#10,(#11));
#13=IFCBUILDINGSTOREY('3YvctVUKr0kugbFTf53O9L',$,'{storey}',$,$,$,$,$,.ELEMENT.,3000.);
#14=IFCRELAGGREGATES('0ZvctVUKr0kugbFTf53O9L',$,$,$,#11,(#13));
#15=IFCWALL('1ZvctVUKr0kugbFTf53O9L',$,'{wall}',$,$,$,$,'W-01',.SOLIDWALL.);
#16=IFCRELCONTAINEDINSPATIALSTRUCTURE('2ZvctVUKr0kugbFTf53O9L',$,$,$,(#15),#13);
ENDSEC;
END-ISO-10303-21;
"""


def write_minimal_ifc(
    path: Path,
    project: bytes = b"Project",
    storey: bytes = b"Level 1",
    wall: bytes = b"Wall",
) -> Path:
    """Write a tiny valid IFC4 file whose names are the given raw bytes (any encoding)."""
    text = MINIMAL_IFC4.encode("ascii")
    for key, value in ((b"{project}", project), (b"{storey}", storey), (b"{wall}", wall)):
        text = text.replace(key, value)
    path.write_bytes(text)
    return path


@pytest.fixture
def minimal_ifc(tmp_path: Path) -> Callable[..., Path]:
    """Factory: ``minimal_ifc(storey="一层".encode())`` writes and returns a small IFC4 file."""

    def factory(name: str = "minimal.ifc", **names: bytes) -> Path:
        return write_minimal_ifc(tmp_path / name, **names)

    return factory
