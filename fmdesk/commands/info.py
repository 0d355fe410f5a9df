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
- ``warning_count``: the number of reading warnings.
- ``warnings``: where the model breaks its schema and what the reader assumed,
  ``[{kind, element, global_id, step_id, attribute, found, assumed}]``; ``kind`` is one
  of ``invalid_enumeration``, ``wrong_type``, ``missing_attribute``, ``dangling_reference``,
  ``unknown_entity``, ``attribute_count``, ``duplicate_id``, ``duplicate_global_id``,
  ``unknown_unit``, ``parser_message``. A file is refused (exit 2) only when it cannot be parsed
  at all or its schema is not supported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fmdesk.i18n import tr

__all__ = ["register", "run"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``fmdesk info``."""
    parser = subparsers.add_parser(
        "info",
        help="summarise an IFC model (模型概况): schema, counts, systems, ports",
        description="Summarise an IFC model (.ifc or .ifczip): schema, writing application, "
        "storeys, spaces, elements, systems, ports and port connections, and what the reader "
        "assumed where the model breaks its schema.",
    )
    parser.add_argument("model", metavar="MODEL", help="path to an .ifc or .ifczip file")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Call the model-info use case and print it; bad files raise ModelOpenError."""
    from fmdesk.app.model_info import model_info
    from fmdesk.bootstrap import bootstrap
    from fmdesk.commands.output import print_result

    info = model_info(bootstrap(open_database=False), Path(args.model))
    data = info.to_dict()
    data["path"] = str(args.model)
    print_result(data, args.json, format_info(data))
    return 0


def format_info(data: dict[str, Any]) -> str:
    """Return the human-readable summary of ``data`` (the JSON dictionary)."""
    lines = [
        tr("Model: {path} ({size})", path=data["path"], size=_size(data["file_size"])),
        tr("Schema: {schema}", schema=data["schema"]),
        tr("Application: {application}", application=data["application"] or "-"),
    ]
    if data["originating_system"] and data["originating_system"] != data["application"]:
        lines.append(tr("Originating system: {system}", system=data["originating_system"]))
    lines += [
        tr("Project: {name}", name=data["project_name"] or "-"),
        tr(
            "Storeys: {storeys}    Spaces: {spaces}    Elements: {elements}",
            storeys=data["storey_count"],
            spaces=data["space_count"],
            elements=data["element_count"],
        ),
    ]
    if data["elements_by_kind"]:
        lines.append(tr("By kind: {counts}", counts=_counts(data["elements_by_kind"])))
    if data["elements_by_class"]:
        lines.append(tr("By IFC class: {counts}", counts=_counts(data["elements_by_class"])))
    lines.append(tr("Systems: {count}", count=data["system_count"]))
    for system in data["systems"]:
        kind = f" [{system['predefined_type']}]" if system["predefined_type"] else ""
        lines.append(
            "  - "
            + tr(
                "{name}{kind} ({ifc_class}): {members} members, {ports} ports, {connected} "
                "connected",
                name=system["name"] or system["global_id"],
                kind=kind,
                ifc_class=system["ifc_class"],
                members=system["member_count"],
                ports=system["port_count"],
                connected=system["connected_port_count"],
            )
        )
    directions = _counts(data["ports_by_flow_direction"]) if data["port_count"] else "-"
    lines += [
        tr(
            "Ports: {ports} ({connected} connected; directions: {directions})",
            ports=data["port_count"],
            connected=data["connected_port_count"],
            directions=directions,
        ),
        tr("Port connections: {count}", count=data["port_connection_count"]),
        tr("Connected networks: {count}", count=data["port_graph_components"]),
        tr("Reading warnings: {count}", count=data["warning_count"]),
    ]
    for warning in data["warnings"][:20]:
        lines.append(
            "  "
            + tr(
                "{element}: {attribute} is {found}; assumed {assumed}.",
                element=warning["element"],
                attribute=warning["attribute"] or "-",
                found=warning["found"] if warning["found"] is not None else "-",
                assumed=warning["assumed"],
            )
        )
    if data["warning_count"] > 20:
        lines.append("  " + tr("… and {count} more", count=data["warning_count"] - 20))
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
