"""Reading a staff list (人员名单) from .xlsx or .csv: one person a row, Chinese or English
headers, every bad cell reported with its line so the good rows can still be kept.

Columns (the header row names them, in any order; only 姓名 is required)::

    姓名 name | 电话 phone | 班组 team | 技能 skills | 单位 employer | 证书 certificates
    | 班制 pattern | 在岗 active

技能: 给排水、电气、暖通、电梯、消防、土建、弱电 (or their keys: plumbing, electrical …).
单位: empty or 本单位 for own staff, else the contractor's name.
证书: ``电工证 2027-03-31；焊工证 2028-01-15`` (name and expiry date, ``；`` or ``;`` between).
在岗: 是/否 (empty: 是).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fmdesk.errors import UserError
from fmdesk.i18n import Msg, _t
from fmdesk.records.people import SKILLS

HEADERS = {
    "name": ("姓名", "name"),
    "phone": ("电话", "手机", "phone"),
    "team": ("班组", "team"),
    "skills": ("技能", "skills"),
    "employer": ("单位", "所属单位", "employer"),
    "certificates": ("证书", "certificates"),
    "pattern": ("班制", "pattern"),
    "active": ("在岗", "active"),
}
OWN_STAFF = ("", "本单位", "自有", "own")
NO = ("否", "no", "false", "0", "n", "离职")
SKILL_BY_LABEL = {label: key for key, label in SKILLS.items()}


class StaffFileError(UserError):
    """The staff file cannot be read at all (missing, not a workbook, no 姓名 column)."""


@dataclass(frozen=True)
class CertificateRow:
    kind: str
    expires_on: date | None


@dataclass
class StaffRow:
    line: int
    name: str
    phone: str = ""
    team: str = ""
    skills: list[str] = field(default_factory=list)
    employer: str = ""
    certificates: list[CertificateRow] = field(default_factory=list)
    pattern: str = ""
    active: bool = True
    columns: frozenset[str] = frozenset(HEADERS)  # the file's columns: the others stay as saved


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: Msg


def read_staff_file(path: Path) -> tuple[list[StaffRow], list[RowProblem]]:
    """The rows of ``path`` that make sense, and one problem per bad row (by line number)."""
    rows = list(_raw_rows(path))
    if not rows:
        raise StaffFileError(_t("{file} has no rows.", file=path.name))
    columns = _columns(rows[0][1], path)
    good: list[StaffRow] = []
    problems: list[RowProblem] = []
    for line, values in rows[1:]:
        cells = {key: _text(values[i]) if i < len(values) else "" for key, i in columns.items()}
        if not any(cells.values()):
            continue
        try:
            good.append(_staff_row(line, cells, frozenset(columns)))
        except _BadCell as bad:
            problems.append(RowProblem(line, bad.message))
    return good, problems


class _BadCell(Exception):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.text)
        self.message = message


def _raw_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    if not path.is_file():
        raise StaffFileError(_t("There is no file {file}.", file=str(path)))
    if path.suffix.lower() == ".csv":
        yield from _csv_rows(path)
        return
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise StaffFileError(
            _t("{file} is not an Excel workbook (.xlsx) or a .csv file.", file=path.name)
        ) from error
    try:
        sheet = book.worksheets[0]
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, list(values)
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="gb18030")
    for line, values in enumerate(csv.reader(text.splitlines()), start=1):
        yield line, list(values)


def _columns(header: list[Any], path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        title = _text(cell).lower()
        for key, names in HEADERS.items():
            if title in names and key not in found:
                found[key] = index
    if "name" not in found:
        raise StaffFileError(
            _t("{file} has no 姓名 (name) column in its first row.", file=path.name)
        )
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _staff_row(line: int, cells: dict[str, str], columns: frozenset[str]) -> StaffRow:
    name = cells.get("name", "")
    if not name:
        raise _BadCell(_t("a person needs a name (姓名)"))
    employer = cells.get("employer", "")
    return StaffRow(
        line=line,
        name=name,
        phone=cells.get("phone", ""),
        team=cells.get("team", ""),
        skills=_skills(cells.get("skills", "")),
        employer="" if employer.lower() in OWN_STAFF else employer,
        certificates=_certificates(cells.get("certificates", "")),
        pattern=cells.get("pattern", ""),
        active=cells.get("active", "").lower() not in NO,
        columns=columns,
    )


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;；,，、/]", text) if part.strip()]


def _skills(text: str) -> list[str]:
    skills = []
    for part in _split(text):
        key = SKILL_BY_LABEL.get(part, part.lower())
        if key not in SKILLS:
            raise _BadCell(
                _t(
                    "'{skill}' is not a skill; use {known}",
                    skill=part,
                    known="、".join(SKILLS.values()),
                )
            )
        skills.append(key)
    return list(dict.fromkeys(skills))


def _certificates(text: str) -> list[CertificateRow]:
    found = []
    for part in re.split(r"[;；\n]", text):
        part = part.strip()
        if not part:
            continue
        match = re.fullmatch(r"(.+?)[\s:：]*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?", part)
        kind = (match.group(1) if match else part).strip(" :：")
        expires = match.group(2) if match else None
        found.append(CertificateRow(kind, _date(expires, kind) if expires else None))
    return found


def _date(text: str, kind: str) -> date:
    try:
        return date.fromisoformat("-".join(f"{int(p):02d}" for p in re.split(r"[-/.]", text)))
    except ValueError as error:
        raise _BadCell(
            _t("the expiry date of {kind} is not a date: {text}", kind=kind, text=text)
        ) from error
