"""Golden ``--json`` outputs of every command on the sample building (issue 13's safety net).

The scenario below runs each command in-process (``fmdesk.cli.main``) on
``ifc_samples/sample_residential_ifc4.ifc`` and, for the record commands, on a fresh SQLite
database after ``fmdesk assets import`` of that model. Outputs are normalised (paths, database
URLs, timestamps, ids, work-order numbers, timings) so that two runs on any machine agree.

The golden files in ``tests/data/cli_golden/`` were recorded with the code as it was BEFORE the
commands were moved onto the application layer; ``tests/test_cli_golden.py`` checks that every
key and value recorded then is still produced (new keys are allowed: other features add them).

Re-record (only when a change of output is intended, e.g. the sample building changed, or a
branch changed what a command answers), all steps or only the named ones::

    .venv/bin/python -m tests.cli_golden record
    .venv/bin/python -m tests.cli_golden record trace_upstream isolate

Re-recorded so far: the network commands after issue 12 landed (rooms found by geometry, new
findings) — their JSON now records issue 12's answers.
The sample-building steps (info, trace, isolate, network-check, render, samples, lifecycle, plan,
assets) after issue 16 added the electricity meters (总电表 DB-01, 户电表 DB-1-101 …) and the gas
system with its meters (燃气总表 RQ-01, 户燃气表 RQ-1-101 …).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shlex
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"
GOLDEN_DIR = REPO / "tests" / "data" / "cli_golden"

# Elements of the sample the network commands start from (looked up by name at run time).
NAMED = {
    "pipe_1_601": "户内给水管 1-601",
    "valve_1_601": "户阀 1-601",
    "breaker_3f": "楼层进线断路器 3F (3AL-QF0)",
    "pump_sb01": "生活水泵1# (SB-01)",
}

VOLATILE_KEYS = {"seconds", "size_bytes", "pixel_std", "sha256_prefix"}
"""Keys whose values change from run to run (timings, file sizes with a timestamp inside)."""

ID_KEYS = {"id", "revision_id", "round", "route_id", "document_id", "asset_id"}
"""Database ids: the same on a fresh database today, but not a contract."""

SCHEMA_KEYS = {"head", "after", "before", "revision"}
"""Schema revisions: the head moves whenever a branch adds a migration; "<head>" stands for it."""

_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$")
_ORDER_NUMBER = re.compile(r"GD-\d{4}-(\d{6})")


@dataclass
class Step:
    """One command run: its name (golden file stem), argv template and what to remember."""

    name: str
    command: str
    """The command line after ``fmdesk``, shell-quoted, with ``{placeholders}``."""
    remember: Callable[[Any, dict[str, str]], None] | None = None
    expect_exit: int = 0


@dataclass
class Context:
    """Values the argv templates use: ``{sample}``, ``{tmp}``, ``{db}``, element ids…"""

    values: dict[str, str] = field(default_factory=dict)

    def fill(self, command: str) -> list[str]:
        return [part.format(**self.values) for part in shlex.split(command)]


def _remember(key: str, pick: Callable[[Any], Any]) -> Callable[[Any, dict[str, str]], None]:
    def store(data: Any, values: dict[str, str]) -> None:
        values[key] = str(pick(data))

    return store


def scenario() -> list[Step]:
    """Every command, in an order where each step's inputs exist."""
    return [*_model_steps(), *_record_steps()]


def _model_steps() -> list[Step]:
    return [
        Step("info", "info {sample} --json"),
        Step("trace_upstream", "trace {sample} --from {pipe_1_601} --json"),
        Step(
            "trace_downstream_breaker",
            "trace {sample} --from {breaker_3f} --direction downstream --json",
        ),
        Step(
            "trace_upstream_xlsx",
            "trace {sample} --from {pipe_1_601} --xlsx {tmp}/trace.xlsx --json",
        ),
        Step("isolate", "isolate {sample} --at {pipe_1_601} --json"),
        Step(
            "isolate_inoperable",
            "isolate {sample} --at {pipe_1_601} --inoperable {valve_1_601} --json",
        ),
        Step("isolate_trip", "isolate {sample} --at {breaker_3f} --trip --json"),
        Step("network_check", "network-check {sample} --json"),
        Step(
            "render",
            "render {sample} --out {tmp}/shot.png --size 320x200 --no-cache --json",
        ),
        Step(
            "samples",
            "samples --storeys 1 --units-per-storey 1 --schema IFC4 --out {tmp}/samples --json",
        ),
        Step("holidays", "holidays --year 2027 --json"),
        Step("tasks_list", "tasks list --json"),
        Step("tasks_export", "tasks export {tmp}/tasks.csv --json"),
        Step("lifecycle_model", "lifecycle --model {sample} --year 2027 --json"),
        Step(
            "plan_model",
            "plan --year 2027 --model {sample} --out {tmp}/plan_model.xlsx --ics-dir {tmp}/ics "
            "--json",
        ),
        Step(
            "plan_import_edits",
            "plan --year 2027 --model {sample} --out {tmp}/plan_again.xlsx "
            "--import-edits {tmp}/plan_model.xlsx --json",
        ),
    ]


def _record_steps() -> list[Step]:
    db = "--db {db} --json"
    return [
        Step("db_info_empty", f"db info {db}"),
        Step("db_upgrade", f"db upgrade {db}"),
        Step("db_upgrade_again", f"db upgrade {db}"),
        Step("db_info", f"db info {db}"),
        Step("assets_import", f"assets import {{sample}} {db}"),
        Step("assets_import_again", f"assets import {{sample}} {db}"),
        Step("assets_list", f"assets list {db}"),
        Step("assets_list_pumps", f"assets list --category pump {db}"),
        Step("assets_show", f"assets show SB-01 {db}"),
        Step("assets_lookup", f"assets lookup SB-01 {db}"),
        Step(
            "assets_add",
            "assets add LIFT-9 --name 货梯9# --category lift --storey-name 1F "
            f"--install-date 2020-05-01 {db}",
        ),
        Step("assets_edit", f"assets edit LIFT-9 --status faulty {db}"),
        Step("assets_labels", f"assets labels SB-01 LIFT-9 --out {{tmp}}/l.pdf {db}"),
        Step("wo_technician", f"wo technician 李师傅 --skill plumbing {db}"),
        Step("wo_contractor", f"wo contractor 蓝天电梯 --scope lift {db}"),
        Step(
            "wo_create",
            f"wo create --asset SB-01 --priority urgent --title 水泵异响 --reporter 张三 {db}",
            remember=_remember("order", lambda d: d["number"]),
        ),
        Step(
            "wo_create_space",
            f"wo create --space 1-203 --title 卫生间漏水 --source walk_in {db}",
        ),
        Step("wo_suggest", f"wo suggest {{order}} {db}"),
        Step(
            "wo_advance_dispatch",
            f"wo advance {{order}} --to dispatched --assignee 李师傅 --note 请尽快 {db}",
        ),
        Step("wo_advance_accept", f"wo advance {{order}} --to accepted {db}"),
        Step("wo_list", f"wo list {db}"),
        Step("wo_list_overdue", f"wo list --overdue {db}"),
        Step("wo_show", f"wo show {{order}} {db}"),
        Step("inspect_templates", "inspect templates --json"),
        Step("inspect_route", f"inspect route 'B1 巡检' --storey B1 --category pump {db}"),
        Step(
            "inspect_start",
            f"inspect start 'B1 巡检' --inspector 王工 {db}",
            remember=_remember("round", lambda d: d["id"]),
        ),
        Step(
            "inspect_record_fail",
            "inspect record {round} --asset SB-01 --item PUMP-LEAK --result fail --note 滴漏 " + db,
        ),
        Step(
            "inspect_record_pass",
            f"inspect record {{round}} --asset SB-01 --item PUMP-NOISE --result pass {db}",
        ),
        Step("inspect_finish", f"inspect finish {{round}} {db}"),
        Step("inspect_repeats", f"inspect repeats {db}"),
        Step(
            "docs_add",
            "docs add {tmp}/合格证.txt --type certificate --title 水泵合格证 --asset SB-01 " + db,
            remember=_remember("doc", lambda d: d["id"]),
        ),
        Step("docs_list", f"docs list --asset SB-01 {db}"),
        Step("docs_get", f"docs get {{doc}} --out {{tmp}}/copy.txt {db}"),
        Step("lifecycle_db", "lifecycle --db {db} --year 2027 --asset SB-01 --json"),
        Step("plan_db", "plan --year 2027 --db {db} --out {tmp}/plan_db.xlsx --json"),
    ]


@contextlib.contextmanager
def isolated_environment(home: Path) -> Iterator[None]:
    """Run with FMDESK_HOME in ``home``, a fixed user, English, no database URL from outside."""
    from fmdesk.i18n import language

    names = ("FMDESK_HOME", "FMDESK_DATABASE_URL", "FMDESK_USER", "FMDESK_LANG")
    saved = {k: os.environ.get(k) for k in names}
    chosen = language._chosen  # a GUI test may have chosen a language for this process
    os.environ["FMDESK_HOME"] = str(home)
    os.environ["FMDESK_USER"] = "golden"
    os.environ["FMDESK_LANG"] = "en"  # labels inside the JSON follow the language
    language.set_language(None)
    os.environ.pop("FMDESK_DATABASE_URL", None)
    try:
        yield
    finally:
        language.set_language(chosen)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def element_ids() -> dict[str, str]:
    """GlobalIds of the named elements of the sample."""
    from fmdesk.bim import open_model, read_elements

    by_name = {e.name: e.global_id for e in read_elements(open_model(SAMPLE))}
    return {key: by_name[name] for key, name in NAMED.items()}


def run_command(argv: list[str]) -> tuple[int, str, str]:
    """``fmdesk argv`` in this process: (exit code, stdout, stderr)."""
    from fmdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse errors
            code = int(stop.code or 0)
    return code, out.getvalue(), err.getvalue()


def run_scenario(work: Path) -> Iterator[tuple[Step, int, Any, str]]:
    """Run every step in ``work`` (a fresh folder); yields (step, exit, parsed JSON, stderr)."""
    home, tmp = work / "home", work / "tmp"
    home.mkdir(parents=True, exist_ok=True)
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "合格证.txt").write_text("格兰富 CR 10-4 合格证\n", encoding="utf-8")
    context = Context(
        {"sample": str(SAMPLE), "tmp": str(tmp), "db": f"sqlite:///{work / 'records.sqlite3'}"}
    )
    with isolated_environment(home):
        context.values.update(element_ids())
        for step in scenario():
            code, out, err = run_command(context.fill(step.command))
            data = json.loads(out) if out.strip() else None
            if step.remember is not None and data is not None:
                step.remember(data, context.values)
            yield step, code, normalise(data, context.values), err


def normalise(data: Any, values: dict[str, str]) -> Any:
    """The output with run-specific values replaced by placeholders."""
    from fmdesk.records.migrate import head_revision

    values = {**values, "head": head_revision()}
    pairs = [(values[k], f"<{k}>") for k in ("tmp", "sample", "db") if k in values]
    replacements = sorted([*pairs, (str(REPO), "<repo>")], key=lambda pair: -len(pair[0]))
    return _normalise(data, replacements, None, values)


def _normalise(
    data: Any, replacements: list[tuple[str, str]], key: str | None, values: dict[str, str]
) -> Any:
    if isinstance(data, dict):
        return {k: _normalise(v, replacements, k, values) for k, v in data.items()}
    if isinstance(data, list):
        return [_normalise(v, replacements, key, values) for v in data]
    if key in VOLATILE_KEYS:
        return "<volatile>"
    if key in ID_KEYS and isinstance(data, int) and not isinstance(data, bool):
        return "<id>"
    if key in SCHEMA_KEYS and data is not None and data == values.get("head"):
        return "<head>"
    if isinstance(data, str):
        return _normalise_text(data, replacements)
    return data


def _normalise_text(text: str, replacements: list[tuple[str, str]]) -> str:
    if _DATETIME.match(text):
        return "<datetime>"
    for value, placeholder in replacements:
        text = text.replace(value, placeholder)
    text = text.replace(str(Path(tempfile.gettempdir())), "<tmpdir>")
    return _ORDER_NUMBER.sub(r"GD-<year>-\1", text)


def golden_path(step: Step) -> Path:
    return GOLDEN_DIR / f"{step.name}.json"


def record(only: list[str] | None = None) -> int:
    """Write the golden files (every one, or those of the steps in ``only``) from the code."""
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="fmdesk_golden_") as folder:
        for step, code, data, err in run_scenario(Path(folder)):
            if code != step.expect_exit:
                print(f"{step.name}: exit {code}: {err}", file=sys.stderr)
                return 1
            if only and step.name not in only:
                continue
            record = {"command": step.command, "exit": code, "output": data}
            text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)
            golden_path(step).write_text(text + "\n", encoding="utf-8")
            print(f"recorded {step.name}")
    return 0


def missing_or_different(golden: Any, actual: Any, where: str = "$") -> list[str]:
    """Where ``actual`` lacks or changes something ``golden`` has (extra dict keys are fine)."""
    if isinstance(golden, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {type(actual).__name__}"]
        problems: list[str] = []
        for key, value in golden.items():
            if key not in actual:
                problems.append(f"{where}.{key}: missing")
            else:
                problems += missing_or_different(value, actual[key], f"{where}.{key}")
        return problems
    if isinstance(golden, list):
        if not isinstance(actual, list) or len(actual) != len(golden):
            size = len(actual) if isinstance(actual, list) else type(actual).__name__
            return [f"{where}: expected a list of {len(golden)}, got {size}"]
        problems = []
        for index, (g, a) in enumerate(zip(golden, actual, strict=True)):
            problems += missing_or_different(g, a, f"{where}[{index}]")
        if problems and _same_items_in_any_order(golden, actual):
            return []  # lists built from sets (an isolation's segment) have no stable order
        return problems
    if golden != actual:
        return [f"{where}: expected {golden!r}, got {actual!r}"]
    return []


def _same_items_in_any_order(golden: list[Any], actual: list[Any]) -> bool:
    unused = list(actual)
    for item in golden:
        match = next((a for a in unused if not missing_or_different(item, a)), None)
        if match is None:
            return False
        unused.remove(match)
    return True


if __name__ == "__main__":
    if sys.argv[1:2] != ["record"]:
        raise SystemExit("usage: python -m tests.cli_golden record [STEP ...]")
    raise SystemExit(record(sys.argv[2:] or None))
