"""``fmdesk contractors …``: outsourced contractors and their contracts (外包/委托管理).

- ``add NAME [--scope T] [--contact P] [--phone N] [--staff "name:role:certificate"]…
  [--qualification "name:number:valid_until"]… [--insurance "insurer:policy:amount"] [--backup]``;
- ``list [--pool active|backup|ended]``; ``pool NAME active|backup|ended``;
- ``contract add CONTRACTOR NUMBER --from DATE --to DATE [--category lift]… [--system S]…
  [--building B]… [--standard "urgent:15:120[:1440]"]… [--fee 9600]
  [--milestone "name:2027-06-30:amount"]… [--breach-yuan N] [--concealed-percent N]
  [--repeat-yuan N] [--pass-score 80]`` and ``contract list [--contractor NAME]``;
- ``accept NUMBER LEVEL pass|fail --person NAME [--note T]``: three-level acceptance (1 自检,
  2 物业初验, 3 第三方终验);
- ``score --month YYYY-MM``: the monthly scores with penalty and card; ``cards --month``: only
  the contractors holding a yellow or red card; ``trend NAME --month YYYY-MM [--months 6]``:
  one contractor's months up to that one, oldest first.

All take ``--db URL`` and ``--json``. JSON of a score: ``{contractor, month, orders, timeliness,
first_time_fix, rework_rate, satisfaction, findings, repeated_findings, concealed_faults,
sla_breaches, score, pass_score, passed, penalty_yuan, monthly_fee, contract, failing_months,
card, warning, backup_suppliers}`` (rates are fractions 0–1, null without data).
"""

from __future__ import annotations

import argparse

from fmdesk.app.dates import parse_day
from fmdesk.commands.options import add_db_arguments, app_for
from fmdesk.commands.output import print_result
from fmdesk.errors import UserError
from fmdesk.i18n import _t, render, tr
from fmdesk.operations.contracts import POOL_LABELS

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "contractors",
        help="contractors and contracts (外包管理): acceptance, monthly scores, cards",
    )
    actions = parser.add_subparsers(dest="contractors_command", metavar="ACTION", required=True)
    add = _action(actions, "add", run_add, "register a contractor with its profile")
    add.add_argument("name")
    add.add_argument("--scope", default="")
    add.add_argument("--contact", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--staff", action="append", default=[], help='"name:role:certificate"')
    add.add_argument(
        "--qualification", action="append", default=[], help='"name:number:valid_until"'
    )
    add.add_argument("--insurance", default="", help='"insurer:policy:amount"')
    add.add_argument("--backup", action="store_true", help="put it in the backup supplier pool")
    lst = _action(actions, "list", run_list, "list contractors")
    lst.add_argument("--pool", choices=["active", "backup", "ended"], default=None)
    pool = _action(actions, "pool", run_pool, "move a contractor to another pool")
    pool.add_argument("name")
    pool.add_argument("pool", choices=["active", "backup", "ended"])
    _contract_parser(actions)
    accept = _action(actions, "accept", run_accept, "record one level of acceptance")
    accept.add_argument("number", help="work order, e.g. GD-2027-000123")
    accept.add_argument("level", type=int, choices=[1, 2, 3])
    accept.add_argument("verdict", choices=["pass", "fail"])
    accept.add_argument("--person", required=True)
    accept.add_argument("--note", default="")
    score = _action(actions, "score", run_score, "monthly scores, penalties and cards")
    score.add_argument("--month", required=True, help="YYYY-MM")
    cards = _action(actions, "cards", run_cards, "contractors with a yellow or red card")
    cards.add_argument("--month", required=True, help="YYYY-MM")
    trend = _action(actions, "trend", run_trend, "one contractor's scores month by month")
    trend.add_argument("name")
    trend.add_argument("--month", required=True, help="the last month, YYYY-MM")
    trend.add_argument("--months", type=int, default=6)


def _contract_parser(actions) -> None:
    contract = _action(actions, "contract", run_contract, "add or list contracts")
    contract.add_argument("contract_action", choices=["add", "list"])
    contract.add_argument("contractor", nargs="?", default=None)
    contract.add_argument("number", nargs="?", default=None)
    contract.add_argument("--from", dest="start", default="", help="start date, 2027-01-01")
    contract.add_argument("--to", dest="end", default="", help="end date, 2027-12-31")
    contract.add_argument("--title", default="")
    contract.add_argument("--category", action="append", default=[], help="asset category")
    contract.add_argument("--system", action="append", default=[])
    contract.add_argument("--building", action="append", default=[])
    contract.add_argument(
        "--standard",
        action="append",
        default=[],
        help='"priority:response_min:completion_min[:acceptance_min]"',
    )
    contract.add_argument("--fee", type=float, default=0.0, help="monthly fee (元)")
    contract.add_argument("--milestone", action="append", default=[], help='"name:date:amount"')
    contract.add_argument("--breach-yuan", type=float, default=None)
    contract.add_argument("--concealed-percent", type=float, default=None)
    contract.add_argument("--repeat-yuan", type=float, default=None)
    contract.add_argument("--pass-score", type=int, default=80)


def _action(actions, name: str, func, help_text: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    add_db_arguments(parser)
    parser.set_defaults(func=func)
    return parser


def _fields(text: str, names: tuple[str, ...]) -> dict[str, str]:
    parts = [p.strip() for p in text.split(":")]
    return {k: v for k, v in zip(names, parts, strict=False) if v}


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UserError(_t("{text} is not a number.", text=text)) from None


def run_add(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import add_contractor

    insurance: dict = _fields(args.insurance, ("insurer", "policy", "amount", "valid_until"))
    if "amount" in insurance:
        insurance["amount"] = _number(insurance["amount"])
    with app_for(args) as app:
        profile = add_contractor(
            app,
            args.name,
            scope=args.scope,
            contact=args.contact,
            phone=args.phone,
            email=args.email,
            staff=[_fields(s, ("name", "role", "certificate")) for s in args.staff],
            qualifications=[
                _fields(q, ("name", "number", "valid_until")) for q in args.qualification
            ],
            insurance=insurance,
            backup=args.backup,
        )
    print_result(
        profile.to_dict(), args.json, f"{profile.name} ({render(POOL_LABELS[profile.pool])})"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import list_contractors

    with app_for(args) as app:
        rows = list_contractors(app, args.pool)
    text = "\n".join(
        f"{p.name}  [{render(POOL_LABELS[p.pool])}]  {p.scope}  "
        f"{tr('staff')} {len(p.staff)}  {', '.join(p.contracts)}"
        for p in rows
    )
    print_result([p.to_dict() for p in rows], args.json, text or tr("No contractors."))
    return 0


def run_pool(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import set_contractor_pool

    with app_for(args) as app:
        profile = set_contractor_pool(app, args.name, args.pool)
    print_result(
        profile.to_dict(), args.json, f"{profile.name} ({render(POOL_LABELS[profile.pool])})"
    )
    return 0


def run_contract(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import add_contract, list_contracts

    with app_for(args) as app:
        if args.contract_action == "add":
            if not (args.contractor and args.number and args.start and args.end):
                raise UserError(_t("A contract needs the contractor, a number, --from and --to."))
            add_contract(
                app,
                args.contractor,
                args.number,
                parse_day(args.start),
                parse_day(args.end),
                **_terms(args),
            )
        views = list_contracts(app, args.contractor)
    text = "\n".join(
        f"{v.number}  {v.contractor}  {v.start_on} – {v.end_on}  "
        f"{tr('monthly fee')} {v.monthly_fee:.0f}  {v.scope}"
        for v in views
    )
    print_result([v.to_dict() for v in views], args.json, text or tr("No contracts."))
    return 0


def _terms(args: argparse.Namespace) -> dict:
    standards = {}
    for text in args.standard:
        parts = text.split(":")
        keys = ("response_minutes", "completion_minutes", "acceptance_minutes")
        standards[parts[0].strip()] = {
            k: _number(v) for k, v in zip(keys, parts[1:], strict=False) if v.strip()
        }
    penalties = {
        key: value
        for key, value in (
            ("sla_breach_yuan", args.breach_yuan),
            ("concealed_fault_percent", args.concealed_percent),
            ("repeat_finding_yuan", args.repeat_yuan),
        )
        if value is not None
    }
    milestones = []
    for text in args.milestone:
        fields = _fields(text, ("name", "due_on", "amount"))
        milestones.append({**fields, "amount": _number(fields.get("amount", "0"))})
    return {
        "title": args.title,
        "systems": args.system,
        "buildings": args.building,
        "categories": args.category,
        "standards": standards,
        "monthly_fee": args.fee,
        "milestones": milestones,
        "penalties": penalties,
        "pass_score": args.pass_score,
    }


def run_accept(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import record_acceptance

    with app_for(args) as app:
        record = record_acceptance(
            app, args.number, args.level, args.person, args.verdict, args.note
        )
    lines = [
        f"{record.number}: {record.order_state}, "
        + tr("acceptance passed to level {level} of 3", level=record.passed_level)
    ]
    stages = {
        "self_check": tr("contractor self-check"),
        "initial_check": tr("property initial check"),
        "final_check": tr("third-party final check"),
    }
    verdicts = {"pass": tr("pass"), "fail": tr("fail")}
    lines += [
        f"  {s.level} {stages.get(s.stage, s.stage)} {s.person} "
        f"{s.at.astimezone():%Y-%m-%d %H:%M} {verdicts.get(s.verdict, s.verdict)}"
        for s in record.steps
    ]
    print_result(record.to_dict(), args.json, "\n".join(lines))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import monthly_scores

    with app_for(args) as app:
        scores = monthly_scores(app, args.month)
    _print_scores(scores, args.json)
    return 0


def run_trend(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import contractor_trend

    with app_for(args) as app:
        scores = contractor_trend(app, args.name, args.month, args.months)
    _print_scores(scores, args.json)
    return 0


def run_cards(args: argparse.Namespace) -> int:
    from fmdesk.app.contractors import contractor_cards

    with app_for(args) as app:
        scores = contractor_cards(app, args.month)
    _print_scores(scores, args.json)
    return 0


def _print_scores(scores: list, as_json: bool) -> None:
    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value * 100:.0f}%"

    lines = []
    for s in scores:
        lines.append(
            f"{s.month} {s.contractor}: {tr('score')} {s.score:.1f}/{s.pass_score} "
            f"{tr('orders')} {s.orders}  {tr('on time')} {pct(s.timeliness)}  "
            f"{tr('first-time fix')} {pct(s.first_time_fix)}  {tr('rework')} "
            f"{pct(s.rework_rate)}  {tr('satisfaction')} {pct(s.satisfaction)}  "
            f"{tr('findings')} {s.findings}  {tr('SLA breaches')} {s.sla_breaches}  "
            f"{tr('penalty')} ¥{s.penalty_yuan:,.2f}  {_card(s.card)}"
        )
        if s.warning:
            lines.append(f"  ⚠ {s.warning}")
    print_result([s.to_dict() for s in scores], as_json, "\n".join(lines) or tr("No scores."))


def _card(card: str) -> str:
    return {"yellow": tr("yellow card"), "red": tr("red card")}.get(card, tr("no card"))
