"""The Chinese workday calendar: statutory holidays, adjusted working weekends, and their basis.

Three sources, best first, chosen per year and stated in every plan:

1. an adjustments file the planner enters or imports once the State Council publishes its notice
   (``date,kind,name`` rows; see ``resources/maintenance/workdays_example.csv``);
2. the ``chinese-calendar`` library, which carries the published notices (2004–2026 in 1.11);
3. the rules of 《全国年节及纪念日放假办法》 (2024 revision, in force from 2025-01-01), for years
   nobody has published yet: 元旦 1 Jan; 春节 除夕 + 正月初一至初三; 清明 on the Qingming solar
   term; 劳动节 1–2 May; 端午 lunar 5/5; 中秋 lunar 8/15; 国庆 1–3 Oct; a holiday on a weekend
   is made up on the next working day. Lunar dates and solar terms come from ``lunar_python``.
   Because the notice usually joins these days with weekends into longer breaks, the whole usual
   break is treated as non-working (春节 除夕 to 初七, 劳动节 1–5 May, 国庆 1–7 Oct, a single day
   on a Tuesday or Thursday takes the Monday or Friday with it), and no weekend is assumed to be
   an adjusted working day. A plan made this way never puts a routine task on a day that turns
   out to be a holiday; it may leave a few adjusted working weekends unused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from fmdesk.errors import UserError
from fmdesk.safe_cells import safe_csv_writer, unescape_text

LAW = "《全国年节及纪念日放假办法》2024年修订（2025-01-01施行）"


class CalendarDataError(UserError):
    """A workday adjustments file cannot be read."""


@dataclass(frozen=True)
class WorkdayAdjustment:
    """One row of the State Council notice: a day off, or a weekend that is worked (调休上班)."""

    day: date
    kind: str  # "holiday" | "workday"
    name: str = ""


@dataclass(frozen=True)
class YearCalendar:
    """Working days of one year as a bytes mask (index = day of year - 1) plus holiday names."""

    year: int
    working: bytes
    holidays: dict[date, str]
    basis: str


class WorkCalendar:
    """Answers "is this a working day?" for any year, from the best source available for it.

    >>> cal = WorkCalendar()
    >>> cal.is_workday(date(2027, 10, 1))
    False
    """

    def __init__(self, adjustments: list[WorkdayAdjustment] | None = None) -> None:
        self.adjustments = list(adjustments or [])
        self._years: dict[int, YearCalendar] = {}

    def year(self, year: int) -> YearCalendar:
        if year not in self._years:
            self._years[year] = build_year(year, self.adjustments)
        return self._years[year]

    def is_workday(self, day: date) -> bool:
        cal = self.year(day.year)
        return bool(cal.working[day.timetuple().tm_yday - 1])

    def holiday_name(self, day: date) -> str:
        """The holiday's name, "周末" for an ordinary weekend, "" for a working day."""
        if self.is_workday(day):
            return ""
        return self.year(day.year).holidays.get(day, "周末")

    def basis(self, year: int) -> str:
        return self.year(year).basis


def build_year(year: int, adjustments: list[WorkdayAdjustment]) -> YearCalendar:
    """Choose the source for ``year`` (file, library, rules) and build its working-day mask."""
    own = [a for a in adjustments if a.day.year == year]
    file_holidays = {a.day: a.name or "节假日" for a in own if a.kind == "holiday"}
    file_workdays = {a.day for a in own if a.kind == "workday"}
    if file_holidays:
        holidays = file_holidays
        basis = (
            f"{year}: 导入的放假调休安排"
            f"（{len(file_holidays)} 天假日，{len(file_workdays)} 天调休上班）"
        )
    elif library_covers(year):
        holidays, library_workdays = library_year(year)
        file_workdays |= library_workdays
        basis = f"{year}: chinese-calendar {library_version()}（国务院公布的放假安排）"
    else:
        holidays = rule_holidays(year)
        basis = (
            f"{year}: 按{LAW}推算，农历与节气取自 lunar_python {_version('lunar_python')}；"
            "整段假期按不工作处理；调休上班日未公布"
            + (
                f"，已导入 {len(file_workdays)} 天调休上班"
                if file_workdays
                else "，周末均按休息处理"
            )
        )
    mask = bytearray(366 if _leap(year) else 365)
    day = date(year, 1, 1)
    for i in range(len(mask)):
        off = day in holidays or (day.weekday() >= 5 and day not in file_workdays)
        mask[i] = 0 if off else 1
        day += timedelta(days=1)
    return YearCalendar(year=year, working=bytes(mask), holidays=holidays, basis=basis)


def library_covers(year: int) -> bool:
    """Whether the installed ``chinese-calendar`` has the published notice for ``year``."""
    try:
        import chinese_calendar
    except ImportError:
        return False
    years = {d.year for d in chinese_calendar.holidays}
    return year in years


def library_version() -> str:
    return _version("chinesecalendar")


def library_year(year: int) -> tuple[dict[date, str], set[date]]:
    """Holidays (with names) and adjusted working weekends of a published year."""
    import chinese_calendar

    holidays = {
        d: _CHINESE_NAMES.get(str(name), str(name))
        for d, name in chinese_calendar.holidays.items()
        if d.year == year
    }
    workdays = {d for d in chinese_calendar.workdays if d.year == year and d.weekday() >= 5}
    return holidays, workdays


_CHINESE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> dict[date, str]:
    """The days the law itself gives (no adjustments): 13 days since the 2024 revision.

    >>> sorted(d.isoformat() for d, n in statutory_holidays(2027).items() if n == "春节")
    ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
    """
    from lunar_python import Lunar

    def lunar(month: int, day: int) -> date:
        solar = Lunar.fromYmd(year, month, day).getSolar()
        return date(solar.getYear(), solar.getMonth(), solar.getDay())

    new_year = lunar(1, 1)
    qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"]
    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    for offset in (-1, 0, 1, 2):
        days[new_year + timedelta(days=offset)] = "春节"
    days[date(qingming.getYear(), qingming.getMonth(), qingming.getDay())] = "清明节"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "劳动节"
    days[lunar(5, 5)] = "端午节"
    days[lunar(8, 15)] = "中秋节"
    for day in (1, 2, 3):
        days[date(year, 10, day)] = "国庆节"
    return days


def rule_holidays(year: int) -> dict[date, str]:
    """Statutory days widened to the break the notice usually gives (see the module docstring)."""
    days = dict(statutory_holidays(year))
    spring = min(d for d, n in days.items() if n == "春节")
    _add_range(days, spring, spring + timedelta(days=7), "春节")
    _add_range(days, date(year, 5, 1), date(year, 5, 5), "劳动节")
    _add_range(days, date(year, 10, 1), date(year, 10, 7), "国庆节")
    mid_autumn = next(d for d, n in days.items() if n == "中秋节")
    if date(year, 9, 27) <= mid_autumn < date(year, 10, 1):
        _add_range(days, mid_autumn, date(year, 9, 30), "中秋节、国庆节")
    elif date(year, 10, 1) <= mid_autumn <= date(year, 10, 10):
        _add_range(days, date(year, 10, 8), max(mid_autumn, date(year, 10, 8)), "中秋节、国庆节")
    for single in ("元旦", "清明节", "端午节", "中秋节"):
        for day in [d for d, n in days.items() if n == single]:
            _add_bridge(days, day, single)
    return days


def _add_bridge(days: dict[date, str], day: date, name: str) -> None:
    """Tuesday takes Monday, Thursday takes Friday, a weekend day is made up on Monday."""
    weekday = day.weekday()
    extra = {1: -1, 3: 1, 5: 2, 6: 1}.get(weekday)
    if extra is not None:
        days.setdefault(day + timedelta(days=extra), name)


def _add_range(days: dict[date, str], first: date, last: date, name: str) -> None:
    day = first
    while day <= last:
        days.setdefault(day, name)
        day += timedelta(days=1)


def read_adjustments(path: Path) -> list[WorkdayAdjustment]:
    """Read a ``date,kind,name`` file (UTF-8, ``#`` comments allowed).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "w.csv"
    >>> _ = p.write_text("date,kind,name\\n2027-02-20,workday,春节调休\\n", encoding="utf-8")
    >>> read_adjustments(p)[0].kind
    'workday'
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise CalendarDataError(
            f"无法读取调休文件 {path}: {error.strerror}；请检查路径。"
        ) from None
    return parse_adjustments(text, str(path))


def parse_adjustments(text: str, origin: str = "调休文件") -> list[WorkdayAdjustment]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows: list[WorkdayAdjustment] = []
    for number, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines))), start=2):
        raw_day, kind = (row.get("date") or "").strip(), (row.get("kind") or "").strip().lower()
        try:
            day = date.fromisoformat(raw_day)
        except ValueError:
            raise CalendarDataError(
                f"{origin} 第 {number} 行日期 {raw_day!r} 无效；请写成 2027-02-20。"
            ) from None
        if kind not in ("holiday", "workday"):
            raise CalendarDataError(
                f"{origin} 第 {number} 行类型 {kind!r} 无效；请写 holiday 或 workday。"
            )
        rows.append(WorkdayAdjustment(day, kind, unescape_text((row.get("name") or "").strip())))
    return rows


def write_adjustments(adjustments: list[WorkdayAdjustment], path: Path) -> None:
    """Write the adjustments back in the same small format (to share with other workstations)."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = safe_csv_writer(stream)
        writer.writerow(["date", "kind", "name"])
        for adj in sorted(adjustments, key=lambda a: a.day):
            writer.writerow([adj.day.isoformat(), adj.kind, adj.name])


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def saved_adjustments() -> list[WorkdayAdjustment]:
    """The adjustments the department imported (``fmdesk holidays import``), else none."""
    from fmdesk.maintenance.resources import user_resource_path

    path = user_resource_path("workdays.csv")
    return read_adjustments(path) if path.exists() else []


def save_adjustments(new: list[WorkdayAdjustment]) -> Path:
    """Merge ``new`` into the saved adjustments (a year in ``new`` replaces that year) and save."""
    from fmdesk.maintenance.resources import user_resource_path

    years = {a.day.year for a in new}
    kept = [a for a in saved_adjustments() if a.day.year not in years]
    path = user_resource_path("workdays.csv")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_adjustments(kept + list(new), path)
    return path
