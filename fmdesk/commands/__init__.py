"""One module per CLI command, and the registry that lists them without importing them.

``fmdesk --help`` must not import every command's dependencies (ifcopenshell, SQLAlchemy,
pyvista…), so the list of commands and their one-line help lives here, in :data:`COMMANDS`;
:mod:`fmdesk.cli` imports only the module of the command being run. Each command module exposes
``register(subparsers)`` (adds its parser, with the same one-line ``help`` as here, and sets
``func``) and does nothing else at import time but import what it needs.

Adding a command (see also :mod:`fmdesk.cli`): write ``fmdesk/commands/<module>.py`` with
``register``, add one :class:`CommandInfo` line below (alphabetical), run
``pytest tests/test_cli.py`` (it checks that every module is listed with the same help).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COMMANDS", "HELPER_MODULES", "CommandInfo", "find_command"]


@dataclass(frozen=True)
class CommandInfo:
    """A command as ``fmdesk --help`` lists it: its name, its module, its one-line help."""

    name: str
    module: str
    help: str

    @property
    def import_path(self) -> str:
        return f"{__name__}.{self.module}"


COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo(
        "assets", "assets", "asset register: import from a model, list, show, look up, QR labels"
    ),
    CommandInfo("audit", "audit", "audit trail: verify the history's hash chain (审计追溯)"),
    CommandInfo("bcf", "bcf", "import / export review issues as BCF 2.1 or 3.0"),
    CommandInfo("cobie", "cobie", "write the COBie 2.4 workbook of a model (交付 COBie 表)"),
    CommandInfo(
        "contractors",
        "contractors",
        "contractors and contracts (外包管理): acceptance, monthly scores, cards",
    ),
    CommandInfo("db", "db", "records database: upgrade, info, backup, restore"),
    CommandInfo("diff", "diff", "compare two model revisions (模型版本对比)"),
    CommandInfo("docs", "docs", "documents and photos: add, list, get"),
    CommandInfo("gui", "gui", "open the desktop application"),
    CommandInfo(
        "handover",
        "handover",
        "handover inspection (承接查验): checklist, findings, archive, warranty",
    ),
    CommandInfo(
        "holidays",
        "holidays",
        "Chinese holidays and adjusted working days (节假日与调休) used by plans",
    ),
    CommandInfo("ids", "ids", "check handover data against an IDS file (交付信息检查)"),
    CommandInfo(
        "info", "info", "summarise an IFC model (模型概况): schema, counts, systems, ports"
    ),
    CommandInfo(
        "inspect", "inspect", "inspection rounds: routes, checklists, results, repeated findings"
    ),
    CommandInfo(
        "isolate",
        "isolate",
        "which valves/breakers isolate a leak or fault, who is affected (漏水/故障隔离)",
    ),
    CommandInfo(
        "kpi",
        "kpi",
        "KPIs of a period (关键绩效指标): intact rate, SLA, MTTR, MTBF, PM compliance…",
    ),
    CommandInfo(
        "leak",
        "leak",
        "guided leak plan: valves to close, flats without water, notice (漏水处置)",
    ),
    CommandInfo(
        "lifecycle",
        "lifecycle",
        "lifecycle estimates (寿命估算): service life, ISO 15686 factors, end-of-life year",
    ),
    CommandInfo(
        "meters",
        "meters",
        "meters (水表/电表/热量表/燃气表): import readings, list, anomalies, to work order",
    ),
    CommandInfo(
        "network-check",
        "network_check",
        "check pipe/duct/cable networks for gaps and errors (管网模型检查)",
    ),
    CommandInfo(
        "network-graph",
        "network_graph",
        "the networks of a model as nodes, edges and findings (管网图)",
    ),
    CommandInfo(
        "people", "people", "staff list (人员): import, list, certificates about to expire"
    ),
    CommandInfo(
        "plan", "plan", "annual preventive-maintenance plan (年度保养计划) to Excel / iCalendar"
    ),
    CommandInfo(
        "quality",
        "quality",
        "quality checks (品质检查): plans, findings, rectification, recheck, closure",
    ),
    CommandInfo("render", "render", "render a model to a PNG off-screen (模型截图)"),
    CommandInfo(
        "report",
        "report",
        "monthly reports (月度报告): facility health and engineering O&M, PDF or Excel",
    ),
    CommandInfo(
        "review",
        "review",
        "review issues: create, list, show, status, comment, to work order",
    ),
    CommandInfo(
        "roster",
        "roster",
        "duty roster (值班表): generate, edit, export the month, who is on duty",
    ),
    CommandInfo(
        "samples",
        "samples",
        "write generated sample residential buildings (IFC4 / IFC2X3 / IFC4X3)",
    ),
    CommandInfo(
        "tasks", "tasks", "maintenance task library (保养任务库): list, export, import, reset"
    ),
    CommandInfo(
        "trace", "trace", "trace a pipe/duct/cable network upstream or downstream (管网追溯)"
    ),
    CommandInfo(
        "training",
        "training",
        "drills checked by the network engine, tours, trainees, certificates (培训)",
    ),
    CommandInfo("users", "users", "users and roles: add, list, disable, passwd (用户与角色)"),
    CommandInfo("wo", "wo", "work orders: create, advance, list, show, rate, dispatch suggestions"),
)

HELPER_MODULES = frozenset({"options", "output"})
"""Modules of this package that are shared CLI helpers, not commands (as is any module whose
name starts with ``_``, e.g. ``_network``: what the network commands share)."""


def find_command(name: str) -> CommandInfo | None:
    """The registered command called ``name`` (None when there is none)."""
    return next((c for c in COMMANDS if c.name == name), None)
