"""``fmdesk info MODEL [--json]``: what is in an IFC model (模型概况), before importing it.

Prints the schema, the application that wrote the file, counts of storeys, spaces and elements,
the distribution systems, the ports and how well they are connected. A file that cannot be
opened gives one sentence on stderr and exit code 2.

JSON keys (``--json``; snake_case, stable):

- ``path``: the model path as given.
- ``file_size``: size of the file on disk in bytes.
- ``schema``: schema identifier from the file (``IFC2X3``, ``IFC4``, ``IFC4X3_ADD2``).
- ``application``: the IfcApplication owning the project, "full name version" (or null).
- ``originating_system``: the STEP header's FILE_NAME originating_system (or null).
- ``project_name``: IfcProject.Name (or null).
- ``storey_count``: number of IfcBuildingStorey.
- ``space_count``: number of IfcSpace (flats and rooms both count).
- ``element_count``: number of elements (IfcElement without openings and virtual elements).
- ``elements_by_class``: ``{ifc_class: count}``, most frequent first.
- ``elements_by_kind``: ``{kind: count}`` with schema-independent kinds ("valve", "pump", …).
- ``system_count``: number of systems (IfcSystem and subclasses, zones excluded).
- ``systems``: list of ``{global_id, name, ifc_class, predefined_type, member_count,
  port_count, connected_port_count}``; ``member_count`` counts host elements (grouped ports
  are mapped to their element), ``port_count`` the ports grouped directly into the system or,
  when none are, the ports of its member elements; ``connected_port_count`` those of them
  that take part in a port connection.
- ``port_count``: number of ports (IfcPort).
- ``connected_port_count``: ports that take part in at least one IfcRelConnectsPorts.
- ``ports_by_flow_direction``: ``{SOURCE|SINK|SOURCEANDSINK|NOTDEFINED|UNSET: count}``.
- ``port_connection_count``: number of IfcRelConnectsPorts.
- ``port_graph_components``: connected components of the graph whose nodes are the elements
  that have ports and whose edges are port connections (1 = one connected network; 0 when
  the model has no ports).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fmdesk.bim import open_model, summarize_model
from fmdesk.commands.output import print_result

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk info``."""
    parser = subparsers.add_parser(
        "info",
        help="summarise an IFC model (模型概况): schema, counts, systems, ports",
        description="Summarise an IFC model (.ifc or .ifczip): schema, writing application, "
        "storeys, spaces, elements, systems, ports and port connections.",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the model, summarise it and print the summary; bad files raise ModelOpenError."""
    path = Path(args.model)
    model = open_model(path)
    data = {"path": str(args.model), "file_size": path.stat().st_size, **summarize_model(model)}
    print_result(data, args.json, format_info(data))
    return 0


def format_info(data: dict[str, Any]) -> str:
    """Return the human-readable bilingual summary of ``data`` (the JSON dictionary)."""
    lines = [
        f"模型 Model: {data['path']} ({_size(data['file_size'])})",
        f"版本 Schema: {data['schema']}",
        f"软件 Application: {data['application'] or '-'}",
    ]
    if data["originating_system"] and data["originating_system"] != data["application"]:
        lines.append(f"来源 Originating system: {data['originating_system']}")
    lines += [
        f"项目 Project: {data['project_name'] or '-'}",
        f"楼层 Storeys: {data['storey_count']}    空间 Spaces: {data['space_count']}    "
        f"构件 Elements: {data['element_count']}",
    ]
    if data["elements_by_kind"]:
        lines.append("按类别 By kind: " + _counts(data["elements_by_kind"]))
    if data["elements_by_class"]:
        lines.append("按 IFC 类 By class: " + _counts(data["elements_by_class"]))
    lines.append(f"系统 Systems: {data['system_count']}")
    for system in data["systems"]:
        kind = f" [{system['predefined_type']}]" if system["predefined_type"] else ""
        lines.append(
            f"  - {system['name'] or system['global_id']}{kind} ({system['ifc_class']}): "
            f"{system['member_count']} 构件 members, {system['port_count']} 端口 ports, "
            f"{system['connected_port_count']} 已连接 connected"
        )
    directions = _counts(data["ports_by_flow_direction"]) if data["port_count"] else "-"
    lines += [
        f"端口 Ports: {data['port_count']} ({data['connected_port_count']} 已连接 connected; "
        f"方向 directions: {directions})",
        f"端口连接 Port connections: {data['port_connection_count']}",
        f"连通分量 Connected networks: {data['port_graph_components']}",
    ]
    return "\n".join(lines)


def _counts(counts: dict[str, int], limit: int = 12) -> str:
    items = list(counts.items())
    text = ", ".join(f"{key} {value}" for key, value in items[:limit])
    if len(items) > limit:
        text += f", … (+{len(items) - limit})"
    return text


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
