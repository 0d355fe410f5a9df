"""``fmdesk training …``: shut-off drills checked by the network engine, tours, trainees,
drill sets, progress and certificates (培训).

- ``training drill MODEL --leak GUID --answer GUID1,GUID2,… [--json]`` (or ``--fault GUID``
  with breakers): the trainee's valves compared with ``fmdesk isolate``. JSON keys:
  ``score`` (0–100), ``correct``, ``missing``, ``unnecessary`` (elements as in
  ``fmdesk isolate``), ``affected_still_wet`` and ``needlessly_cut`` (spaces:
  ``global_id, name, long_name, storey``), then ``mode``, ``fault``, ``stopped``,
  ``missing_still_feeding``, ``answer``, ``right_answer``, ``right_answer_spaces``,
  ``deductions`` (``reason, count, points``) and ``highlight``. Exit 0 even when the answer is
  wrong (the score says so); exit 2 on bad input (unknown GlobalId, not a pipe, not a valve).
- ``training tour list [MODEL]``, ``tour export ID --out FILE.fmtour|.json``,
  ``tour import FILE [--model MODEL] [--replace]``, ``tour delete ID``.
- ``training trainees [--add NAME [--team TEAM]]``; ``training progress`` (who is due a
  refresher); ``training sets [MODEL]``; ``training set-create MODEL --name N
  (--leaks GUID,… | --random N [--difficulty easy|medium|hard]) [--pass-mark 80]
  [--refresher-months 12]``.
- ``training certificate --trainee NAME --set NAME --out FILE.pdf``.
"""

from __future__ import annotations

import argparse
from typing import Any

from fmdesk.commands.options import add_db_arguments, open_app
from fmdesk.commands.output import print_result
from fmdesk.i18n import tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk training`` and its sub-commands."""
    parser = subparsers.add_parser(
        "training",
        help="drills checked by the network engine, tours, trainees, certificates (培训)",
        description="Training on the building's own model.",
    )
    sub = parser.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    drill = sub.add_parser("drill", help="score a shut-off answer against isolate")
    drill.add_argument("model", metavar="MODEL")
    target = drill.add_mutually_exclusive_group(required=True)
    target.add_argument("--leak", metavar="GUID", help="the burst pipe")
    target.add_argument("--fault", metavar="GUID", help="the faulty circuit's cable")
    drill.add_argument("--answer", default="", metavar="GUID[,GUID…]", help="devices chosen")
    drill.add_argument("--json", action="store_true", help="print machine-readable JSON")
    drill.set_defaults(func=run_drill)
    _register_tours(sub)
    _register_people(sub)
    parser.set_defaults(func=lambda args: parser.print_help() or 2)


def _register_tours(sub: argparse._SubParsersAction) -> None:
    tour = sub.add_parser("tour", help="list, export, import or delete guided tours")
    actions = tour.add_subparsers(dest="tour_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="tours (of one model)")
    listing.add_argument("model", nargs="?", metavar="MODEL")
    add_db_arguments(listing)
    listing.set_defaults(func=run_tour_list)
    export = actions.add_parser("export", help="write a tour to a .fmtour (zip) or .json file")
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE")
    add_db_arguments(export)
    export.set_defaults(func=run_tour_export)
    imp = actions.add_parser("import", help="import a tour file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--model", metavar="MODEL", help="check the tour against this model")
    imp.add_argument("--replace", action="store_true", help="replace a tour of the same title")
    add_db_arguments(imp)
    imp.set_defaults(func=run_tour_import)
    delete = actions.add_parser("delete", help="delete a tour")
    delete.add_argument("id", type=int, metavar="ID")
    add_db_arguments(delete)
    delete.set_defaults(func=run_tour_delete)


def _register_people(sub: argparse._SubParsersAction) -> None:
    trainees = sub.add_parser("trainees", help="list trainees, or add one")
    trainees.add_argument("--add", metavar="NAME")
    trainees.add_argument("--team", default="", metavar="TEAM")
    add_db_arguments(trainees)
    trainees.set_defaults(func=run_trainees)
    progress = sub.add_parser("progress", help="who has done what, who is due a refresher")
    add_db_arguments(progress)
    progress.set_defaults(func=run_progress)
    sets = sub.add_parser("sets", help="drill sets (of one model)")
    sets.add_argument("model", nargs="?", metavar="MODEL")
    add_db_arguments(sets)
    sets.set_defaults(func=run_sets)
    create = sub.add_parser("set-create", help="create a drill set of leak drills")
    create.add_argument("model", metavar="MODEL")
    create.add_argument("--name", required=True)
    chosen = create.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--leaks", metavar="GUID[,GUID…]", help="pipes to burst")
    chosen.add_argument("--random", type=int, metavar="N", help="pick N leaks at random")
    create.add_argument("--difficulty", default="medium", choices=("easy", "medium", "hard"))
    create.add_argument("--seed", type=int, default=None)
    create.add_argument("--pass-mark", type=int, default=80)
    create.add_argument("--refresher-months", type=int, default=12)
    add_db_arguments(create)
    create.set_defaults(func=run_set_create)
    certificate = sub.add_parser("certificate", help="certificate PDF of a passed drill set")
    certificate.add_argument("--trainee", required=True, metavar="NAME")
    certificate.add_argument("--set", required=True, metavar="NAME")
    certificate.add_argument("--out", required=True, metavar="FILE.pdf")
    certificate.add_argument("--issuer", default="", metavar="TEXT")
    add_db_arguments(certificate)
    certificate.set_defaults(func=run_certificate)


def run(args: argparse.Namespace) -> int:
    """Dispatch (every sub-command sets its own ``func``)."""
    return int(args.func(args) or 0)


def _ids(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def run_drill(args: argparse.Namespace) -> int:
    """Score the answer; no database is needed."""
    from fmdesk.app.training import check_drill
    from fmdesk.bootstrap import bootstrap

    app = bootstrap(open_database=False)
    mode = "leak" if args.leak else "fault"
    check = check_drill(app, args.model, args.leak or args.fault, _ids(args.answer), mode)
    print_result({"model": args.model, **check.to_dict()}, args.json, _drill_text(check))
    return 0


def _names(nodes: Any) -> str:
    return "; ".join(f"{n.name or n.global_id} ({n.global_id})" for n in nodes) or "-"


def _drill_text(check: Any) -> str:
    spaces = lambda items: ", ".join(s.label for s in items) or "-"  # noqa: E731
    lines = [
        tr("Score: {score}/100", score=check.score),
        tr("Right answer: {names}", names=_names(check.reference.close)),
        tr("Correct: {names}", names=_names(check.correct)),
        tr("Missing: {names}", names=_names(check.missing)),
        tr("Unnecessary: {names}", names=_names(check.unnecessary)),
        tr("Still wet: {spaces}", spaces=spaces(check.affected_still_wet)),
        tr("Needlessly cut off: {spaces}", spaces=spaces(check.needlessly_cut)),
    ]
    return "\n".join(lines)


def run_tour_list(args: argparse.Namespace) -> int:
    from fmdesk.app.training import list_tours

    tours = list_tours(open_app(args), args.model)
    text = "\n".join(
        f"{t.id:>4}  {t.title}  ({t.model_name or t.model_key}, "
        + tr("{n} stops", n=t.stop_count)
        + ")"
        for t in tours
    )
    print_result([t.to_dict() for t in tours], args.json, text or tr("No tours."))
    return 0


def run_tour_export(args: argparse.Namespace) -> int:
    from fmdesk.app.training import export_tour

    result = export_tour(open_app(args), args.id, args.out)
    print_result(result.to_dict(), args.json, tr("Tour written to {path}", path=result.path))
    return 0


def run_tour_import(args: argparse.Namespace) -> int:
    from fmdesk.app.training import import_tour

    result = import_tour(open_app(args), args.file, args.model, args.replace)
    text = tr(
        "Imported {title} ({n} stops) as tour {id}.",
        title=result.tour.title,
        n=result.tour.stop_count,
        id=result.tour.id,
    )
    if result.missing_elements:
        text += "\n" + tr("Not in the model: {ids}", ids=", ".join(result.missing_elements))
    print_result(result.to_dict(), args.json, text)
    return 0


def run_tour_delete(args: argparse.Namespace) -> int:
    from fmdesk.app.training import delete_tour

    delete_tour(open_app(args), args.id)
    print_result({"deleted": args.id}, args.json, tr("Tour {id} deleted.", id=args.id))
    return 0


def run_trainees(args: argparse.Namespace) -> int:
    from fmdesk.app.training import add_trainee, list_trainees

    app = open_app(args)
    if args.add:
        added = add_trainee(app, args.add, args.team)
        print_result(added.to_dict(), args.json, tr("Trainee {name} added.", name=added.name))
        return 0
    people = list_trainees(app)
    text = "\n".join(f"{p.name}\t{p.team}" for p in people) or tr("No trainees.")
    print_result([p.to_dict() for p in people], args.json, text)
    return 0


def run_progress(args: argparse.Namespace) -> int:
    from fmdesk.app.training import training_progress

    rows = training_progress(open_app(args))
    text = "\n".join(
        f"{r.trainee}\t{r.team}\t{r.set_name}\t{r.best_score if r.best_score is not None else '-'}"
        f"\t{r.refresher_due or '-'}\t{_status(r.status)}"
        for r in rows
    )
    print_result([r.to_dict() for r in rows], args.json, text or tr("No trainees."))
    return 0


def _status(status: str) -> str:
    return {
        "not_started": tr("not started"),
        "not_passed": tr("not passed"),
        "passed": tr("passed"),
        "due_soon": tr("refresher due soon"),
        "refresher_due": tr("refresher due"),
    }.get(status, status)


def run_sets(args: argparse.Namespace) -> int:
    from fmdesk.app.training import list_drill_sets

    sets = list_drill_sets(open_app(args), args.model)
    text = "\n".join(
        f"{s.id:>4}  {s.name}  "
        + tr("{n} drills, pass mark {mark}", n=len(s.drills), mark=s.pass_mark)
        for s in sets
    )
    print_result([s.to_dict() for s in sets], args.json, text or tr("No drill sets."))
    return 0


def run_set_create(args: argparse.Namespace) -> int:
    from fmdesk.app.training import drill_spec, pick_random_drills, save_drill_set

    app = open_app(args)
    if args.random:
        drills = pick_random_drills(app, args.model, args.random, args.difficulty, seed=args.seed)
    else:
        network = app.open_model(args.model).network()
        drills = []
        for gid in _ids(args.leaks):
            node = network.nodes.get(gid)
            drills.append(drill_spec("leak", gid, node.name if node and node.name else gid))
    months = args.refresher_months if args.refresher_months > 0 else None
    info = save_drill_set(app, args.model, args.name, drills, args.pass_mark, months)
    text = tr("Drill set {name} saved with {n} drills.", name=info.name, n=len(info.drills))
    print_result(info.to_dict(), args.json, text)
    return 0


def run_certificate(args: argparse.Namespace) -> int:
    from fmdesk.app.training import issue_certificate

    result = issue_certificate(open_app(args), args.trainee, args.set, args.out, args.issuer)
    print_result(result.to_dict(), args.json, tr("Certificate written to {path}", path=result.path))
    return 0
