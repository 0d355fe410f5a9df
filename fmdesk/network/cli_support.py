"""Helpers shared by ``fmdesk trace``, ``fmdesk isolate`` and ``fmdesk network-check``:
loading with ad-hoc sources, reading GlobalId lists, and the human-readable text."""

from __future__ import annotations

import argparse
from pathlib import Path

from fmdesk.commands.output import print_result
from fmdesk.network.corrections import load_corrections, model_content_hash
from fmdesk.network.load import load_network
from fmdesk.network.model import Network, NetworkNode
from fmdesk.network.results import IsolationResult, OutageResult, TraceResult

__all__ = [
    "add_network_options",
    "describe_node",
    "format_result",
    "load_for_command",
    "parse_ids",
    "print_network_result",
]


def parse_ids(text: str | None) -> list[str]:
    """``"a, b,c"`` → ``["a", "b", "c"]`` (empty parts dropped)."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def load_for_command(path: str, sources: list[str] | None = None) -> tuple[Network, object]:
    """Open the model, apply the stored corrections plus ``sources`` marked for this run."""
    corrections = load_corrections(model_content_hash(path)) if Path(path).is_file() else None
    if corrections is not None and sources:
        corrections.sources.update(sources)
    return load_network(path, corrections=corrections)


def add_network_options(parser: argparse.ArgumentParser) -> None:
    """The options ``trace`` and ``isolate`` share: ``--medium --source --xlsx --json``."""
    parser.add_argument("--medium", metavar="M[,M…]", help="only these media (water, electrical…)")
    parser.add_argument("--source", metavar="GUID[,GUID…]", help="also treat these as sources")
    parser.add_argument("--xlsx", metavar="PATH", help="also write the result to an Excel file")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def print_network_result(
    args: argparse.Namespace,
    result: TraceResult | IsolationResult | OutageResult,
    extra: dict[str, object] | None = None,
) -> None:
    """Write ``--xlsx`` if asked, then print ``{model, **extra, **result, xlsx}`` or the text."""
    xlsx = None
    if args.xlsx:
        from fmdesk.exports.trace_xlsx import export_trace_xlsx

        xlsx = str(export_trace_xlsx(result, args.xlsx, Path(args.model).name))
    data = {"model": args.model, **(extra or {}), **result.to_dict(), "xlsx": xlsx}
    text = format_result(result) + (f"\nExcel: {xlsx}" if xlsx else "")
    print_result(data, args.json, text)


def describe_node(node: NetworkNode) -> str:
    """``户阀 1-601 [IfcValve, 6F, 1-601] 2x…`` for one-line listings."""
    place = ", ".join(p for p in (node.ifc_class, node.storey, node.flat or node.space) if p)
    return f"{node.name or node.tag or '-'} [{place}] {node.global_id}"


def _names(nodes: tuple[NetworkNode, ...], limit: int = 12) -> str:
    text = "; ".join(n.name or n.global_id for n in nodes[:limit])
    if len(nodes) > limit:
        text += f"; … (+{len(nodes) - limit})"
    return text or "-"


def format_result(result: TraceResult | IsolationResult | OutageResult) -> str:
    """The bilingual text a duty engineer reads in a terminal."""
    media = ", ".join(result.media)
    flats = ", ".join(s.label for s in result.spaces) or "-"
    lines: list[str] = []
    if isinstance(result, TraceResult):
        word = "上游追溯 Upstream" if result.direction == "upstream" else "下游追溯 Downstream"
        lines.append(f"{word} trace from {_names(result.start, 3)} (media: {media})")
        for node in result.start[:3]:
            lines.append(f"  起点 Start: {describe_node(node)}")
        lines.append(f"水源/电源 Sources: {_names(result.sources)}")
        nodes = {n.global_id: n for n in result.elements + result.start}
        for path in result.paths[:3]:
            lines.append("路径 Path: " + " → ".join(nodes[g].name or g for g in path))
        lines.append(f"到达构件 Elements reached: {len(result.elements)}")
        lines.append(f"户/空间 Spaces: {flats}")
    elif isinstance(result, IsolationResult):
        lines.append(f"隔离 Isolation of {describe_node(result.start)} (media: {media})")
        if result.close:
            for node in result.close:
                verb = "关闭 Close" if node.device == "valve" else "断开 Open"
                lines.append(f"  {verb}: {describe_node(node)}")
        else:
            lines.append("  无需操作 Nothing to close (no source feeds this element)")
        for node in result.skipped_inoperable:
            lines.append(f"  跳过(不可操作) Skipped, inoperable: {describe_node(node)}")
        if result.unisolated_sources:
            lines.append("  无法隔离 Cannot be cut off from: " + _names(result.unisolated_sources))
        lines.append(f"隔离段 Segment: {len(result.segment)} 构件 ({_names(result.segment, 6)})")
        lines.append(
            f"受影响 Collateral: {len(result.collateral)} 构件 ({_names(result.collateral, 6)})"
        )
        lines.append(f"受影响户/空间 Affected spaces: {flats}")
    else:
        lines.append(f"断开 Opened: {_names(result.opened)} (media: {media})")
        lines.append(f"受影响 Affected: {len(result.affected)} 构件 ({_names(result.affected, 6)})")
        lines.append(f"受影响户/空间 Affected spaces: {flats}")
    used = result.inferred_edges_used
    lines.append(
        f"推断连接 Inferred edges used: {len(used)}" + (" (请核实 please verify)" if used else "")
    )
    return "\n".join(lines)
