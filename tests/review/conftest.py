"""BCF test data: buildingSMART's test cases and schemas in ../shared/standards/bcf."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[2]
BCF_STANDARDS = REPO.parent / "shared" / "standards" / "bcf"

SCHEMA_OF = {
    "bcf.version": "version.xsd",
    "project.bcfp": "project.xsd",
    "markup.bcf": "markup.xsd",
    "extensions.xml": "extensions.xsd",
    "documents.xml": "documents.xsd",
}


def bcf_cases() -> list[Path]:
    if not BCF_STANDARDS.is_dir():
        return []
    return sorted(BCF_STANDARDS.glob("testcases-2.1/*.bcfzip")) + sorted(
        BCF_STANDARDS.glob("testcases-3.0/*.bcf")
    )


@pytest.fixture(scope="session")
def bcf_standards() -> Path:
    if not BCF_STANDARDS.is_dir():
        pytest.skip("../shared/standards/bcf is not present on this machine")
    return BCF_STANDARDS


@pytest.fixture(scope="session")
def validate_bcf(bcf_standards: Path) -> Callable[[Path, str], list[str]]:
    """``validate_bcf(path, "2.1")`` → the XSD errors of every XML file in the archive."""
    schemas: dict[tuple[str, str], etree.XMLSchema] = {}

    def schema(version: str, name: str) -> etree.XMLSchema:
        key = (version, name)
        if key not in schemas:
            schemas[key] = etree.XMLSchema(
                etree.parse(str(bcf_standards / f"xsd-{version}" / name))
            )
        return schemas[key]

    def validate(path: Path, version: str) -> list[str]:
        errors = []
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                base = name.rsplit("/", 1)[-1]
                xsd = "visinfo.xsd" if base.endswith(".bcfv") else SCHEMA_OF.get(base)
                if xsd is None:
                    continue
                checker = schema(version, xsd)
                document = etree.fromstring(archive.read(name))
                if not checker.validate(document):
                    errors.extend(f"{name}: {e.message}" for e in checker.error_log)
        return errors

    return validate
