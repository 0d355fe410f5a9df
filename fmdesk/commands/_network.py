"""What ``fmdesk trace``, ``isolate``, ``network-check`` and ``network-graph`` share: their
options, reading GlobalId lists, and the text a duty engineer reads in a terminal (in the
user's language; elements named by kind and place, not by IFC class). Not a command."""

from __future__ import annotations

import argparse
from typing import Any

from fmdesk.i18n import render, tr
from fmdesk.network.labels import finding_title, medium_name, severity_name

__all__ = [
    "add_network_options",
    "format_check",
    "format_result",
    "parse_ids",
]


def parse_ids(text: str | None) -> list[str]:
    """``"a, b,c"`` → ``["a", "b", "c"]`` (empty parts dropped)."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def add_network_options(parser: argparse.ArgumentParser) -> None:
    """The options ``trace`` and ``isolate`` share: ``--medium --source --xlsx --json``."""
    parser.add_argument("--medium", metavar="M[,M…]", help="only these media (water, electrical…)")
    parser.add_argument("--source", metavar="GUID[,GUID…]", help="also treat these as sources")
    parser.add_argument("--xlsx", metavar="PATH", help="also write the result to an Excel file")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _names(nodes: Any, limit: int = 12) -> str:
    from fmdesk.network.labels import node_label

    text = "; ".join(node_label(n) for n in nodes[:limit])
    if len(nodes) > limit:
        text += "; " + tr("… and {count} more", count=len(nodes) - limit)
    return text or "-"


def format_result(answer: Any) -> str:
    """The text of a trace, isolation or outage answer (``NetworkAnswer``)."""
    from fmdesk.network.results import IsolationResult, TraceResult

    result = answer.result
    if isinstance(result, TraceResult):
        lines = _trace_lines(result)
    elif isinstance(result, IsolationResult):
        lines = _isolation_lines(result)
    else:
        lines = _outage_lines(result)
    used = result.inferred_edges_used
    lines.append(tr("Inferred connections used: {count}", count=len(used)))
    if used:
        lines[-1] += " " + tr("(check them in the model)")
    if answer.xlsx:
        lines.append(tr("Excel: {path}", path=answer.xlsx))
    return "\n".join(lines)


def _trace_lines(result: Any) -> list[str]:
    from fmdesk.network.labels import node_label

    nodes = {n.global_id: n for n in result.elements + result.start}
    title = (
        tr(
            "Upstream of {start} (media: {media})",
            start=_names(result.start, 3),
            media=_media(result.media),
        )
        if result.direction == "upstream"
        else tr(
            "Downstream of {start} (media: {media})",
            start=_names(result.start, 3),
            media=_media(result.media),
        )
    )
    lines = [title, tr("Sources: {names}", names=_names(result.sources))]
    for path in result.paths[:3]:
        lines.append(tr("Path: {path}", path=" → ".join(node_label(nodes[g]) for g in path)))
    lines.append(tr("Elements reached: {count}", count=len(result.elements)))
    lines.append(tr("Flats and spaces: {names}", names=_spaces(result.spaces)))
    return lines


def _isolation_lines(result: Any) -> list[str]:
    from fmdesk.network.labels import node_label

    lines = [
        tr(
            "Isolate {start} (media: {media})",
            start=_names(result.starts, 3),
            media=_media(result.media),
        )
    ]
    for node in result.close:
        if node.device == "valve":
            lines.append("  " + tr("Close: {element}", element=node_label(node)))
        else:
            lines.append("  " + tr("Open: {element}", element=node_label(node)))
    for node in result.opened:
        lines.append("  " + tr("Tripped: {element}", element=node_label(node)))
    if not result.close and not result.opened:
        lines.append("  " + tr("Nothing to close: no source feeds this element."))
    for node in result.skipped_inoperable:
        lines.append("  " + tr("Skipped, inoperable: {element}", element=node_label(node)))
    if result.unisolated_sources:
        lines.append(
            "  "
            + tr(
                "Cannot be isolated without taking these out of service: {names}",
                names=_names(result.unisolated_sources),
            )
        )
    lines.append(
        tr(
            "Isolated segment: {count} ({names})",
            count=len(result.segment),
            names=_names(result.segment, 6),
        )
    )
    lines.append(
        tr(
            "Also lose supply: {count} ({names})",
            count=len(result.collateral),
            names=_names(result.collateral, 6),
        )
    )
    lines += _knock_on_lines(result)
    lines.append(tr("Affected flats and spaces: {names}", names=_spaces(result.spaces)))
    return lines


def _outage_lines(result: Any) -> list[str]:
    lines = [
        tr(
            "Opened: {names} (media: {media})",
            names=_names(result.opened),
            media=_media(result.media),
        )
    ]
    lines.append(
        tr(
            "Lose supply: {count} ({names})",
            count=len(result.affected),
            names=_names(result.affected, 6),
        )
    )
    lines += _knock_on_lines(result)
    lines.append(tr("Affected flats and spaces: {names}", names=_spaces(result.spaces)))
    return lines


def _knock_on_lines(result: Any) -> list[str]:
    if not result.powerless:
        return []
    return [
        tr("Without power: {names}", names=_names(result.powerless)),
        tr(
            "Lose service with them: {count} ({names})",
            count=len(result.lost_service),
            names=_names(result.lost_service, 8),
        ),
    ]


def _spaces(spaces: Any) -> str:
    return ", ".join(space.label for space in spaces) or "-"


def format_check(data: dict[str, Any], limit: int = 20) -> str:
    """The network check as text: the figures, then findings grouped by code."""
    summary = data["summary"]
    lines = [
        tr("Network check: {model} ({schema})", model=data["model"], schema=summary["schema"]),
        tr(
            "Elements: {elements}   Ports: {ports} ({connected} connected)   Connections: "
            "{connections}",
            elements=summary["element_count"],
            ports=summary["port_count"],
            connected=summary["connected_port_count"],
            connections=summary["connection_count"],
        ),
        tr(
            "Fragments: {fragments} (largest {largest})   Loops: {loops}   Inferred connections: "
            "{inferred}",
            fragments=summary["fragment_count"],
            largest=summary["largest_fragment"],
            loops=summary["loop_count"],
            inferred=summary["inferred_edge_count"],
        ),
        tr(
            "Errors: {errors}   Warnings: {warnings}   Information: {infos}",
            errors=summary["error_count"],
            warnings=summary["warning_count"],
            infos=summary["info_count"],
        ),
    ]
    by_code: dict[str, list[dict[str, Any]]] = {}
    for finding in data["findings"]:
        by_code.setdefault(finding["code"], []).append(finding)
    for code, findings in by_code.items():
        lines.append("")
        severity = render(severity_name(findings[0]["severity"]))
        title = render(finding_title(code))
        lines.append(f"[{severity}] {title}: {len(findings)}  — {findings[0]['fix']}")
        for finding in findings[:limit]:
            who = finding["label"] or finding["name"] or "-"
            lines.append(f"  {who} {finding['global_id'] or '-'}: {finding['detail']}")
        if len(findings) > limit:
            lines.append("  " + tr("… and {count} more", count=len(findings) - limit))
    if not data["findings"]:
        lines.append(tr("No findings."))
    return "\n".join(lines)


def _media(media: Any) -> str:
    """The media of an answer in words (``生活给水``), whatever shape the result gives them."""
    if isinstance(media, str):
        return render(medium_name(media))
    return ", ".join(render(medium_name(m)) for m in media or []) or "-"
