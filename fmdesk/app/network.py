"""Use cases of the networks: trace, isolate (leaks, faults, trips), check, the graph, and the
corrections a user makes (inoperable devices, sources, accepted or rejected inferred edges).

The same calls serve ``fmdesk trace|isolate|network-check|network-graph``, the GUI's network
feature (through the operation runner) and the tests::

    app = bootstrap(open_database=False)
    answer = isolate(app, "building.ifc", at=[pipe_id])
    answer.result.close          # the valves to close
    answer.to_dict()             # what ``fmdesk isolate --json`` prints

A question needs the model's network, which is expensive to build (reading a 100,000-element
model takes seconds), so the built network is kept on disk in the cache folder, keyed by the
file's content hash, the fmdesk version and the corrections it was built with
(:mod:`fmdesk.network.cache`): a second question about the same file does not parse it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fmdesk.app.permissions import Permission
from fmdesk.app.progress import NO_PROGRESS, Progress, part_of
from fmdesk.app.users import require
from fmdesk.i18n import _t

if TYPE_CHECKING:
    from fmdesk.app.context import App
    from fmdesk.app.opened_model import OpenedModel
    from fmdesk.network.check import CheckReport
    from fmdesk.network.corrections import Corrections
    from fmdesk.network.model import Network
    from fmdesk.network.results import IsolationResult, OutageResult, TraceResult

    Result = TraceResult | IsolationResult | OutageResult

__all__ = [
    "CheckAnswer",
    "GraphAnswer",
    "NetworkAnswer",
    "check_model_networks",
    "export_answer",
    "forget_networks",
    "isolate",
    "load_network",
    "model_corrections",
    "network_graph",
    "save_model_corrections",
    "trace",
]


@dataclass(frozen=True)
class NetworkAnswer:
    """A trace, isolation or outage about one model, ready for text, JSON and Excel."""

    model: str
    result: Result
    mode: str | None = None
    """``isolate`` or ``trip`` for ``fmdesk isolate``; None for a trace."""
    xlsx: str | None = None
    network: Network | None = field(default=None, repr=False, compare=False)
    """The network answered on (the GUI keeps it to enable its menus)."""

    def to_dict(self) -> dict[str, Any]:
        head: dict[str, Any] = {"model": self.model}
        if self.mode is not None:
            head["mode"] = self.mode
        return {**head, **self.result.to_dict(), "xlsx": self.xlsx}


@dataclass(frozen=True)
class CheckAnswer:
    """The network check of one model."""

    model: str
    report: CheckReport

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, **self.report.to_dict()}


@dataclass(frozen=True)
class GraphAnswer:
    """Every network of a model as nodes, edges (with basis and confidence) and findings."""

    model: str
    graph: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.graph)


_RECENT: OrderedDict[tuple[str, str], Network] = OrderedDict()
"""The last networks built or read in this process, by (content hash, corrections key): the
GUI asks many questions about one model."""
_RECENT_SIZE = 2


def forget_networks() -> None:
    """Drop the networks kept in memory (tests; a model re-exported under the same name is
    recognised by its content anyway)."""
    _RECENT.clear()


def load_network(
    app: App,
    path: str | Path,
    *,
    sources: Iterable[str] = (),
    corrections: Corrections | None = None,
    model_file: Any = None,
    progress: Progress = NO_PROGRESS,
) -> Network:
    """The network of the model at ``path`` with its stored corrections (or ``corrections``)
    plus ``sources`` marked for this question only: kept in memory for the next question,
    read from the disk cache when the same file was asked about before, else built (and
    cached). ``model_file`` is the model already parsed (the GUI's), so it is not parsed
    again."""
    from fmdesk.network import cache
    from fmdesk.network.corrections import Corrections, load_corrections

    model_path = _existing(path)
    content_hash = cache.content_hash(model_path)
    stored = corrections if corrections is not None else load_corrections(content_hash)
    chosen = Corrections.from_dict(stored.to_dict())
    chosen.sources.update(s.strip() for s in sources if s.strip())
    key = (content_hash, cache.corrections_key(chosen))
    if key in _RECENT:
        _RECENT.move_to_end(key)
        return _RECENT[key]
    network = cache.read_network(content_hash, chosen)
    if network is not None:
        progress.report(1.0, _t("Network read from the cache"))
    else:
        opened = _opened(app, model_path, content_hash, model_file, progress)
        network = opened.network(chosen, part_of(progress, 0.3, 1.0))
        cache.write_network(content_hash, chosen, network)
    _RECENT[key] = network
    while len(_RECENT) > _RECENT_SIZE:
        _RECENT.popitem(last=False)
    return network


def _opened(
    app: App, path: Path, content_hash: str, model_file: Any, progress: Progress
) -> OpenedModel:
    if model_file is None:
        return app.open_model(path, part_of(progress, 0.0, 0.3))
    from fmdesk.app.opened_model import OpenedModel

    info = path.stat()
    return OpenedModel(path, model_file, content_hash, (info.st_size, info.st_mtime_ns))


def trace(
    app: App,
    path: str | Path,
    start: str,
    *,
    direction: str = "upstream",
    media: Sequence[str] | None = None,
    sources: Iterable[str] = (),
    xlsx: str | Path | None = None,
    model_file: Any = None,
    progress: Progress = NO_PROGRESS,
) -> NetworkAnswer:
    """What feeds ``start`` (an element or a space) back to the sources, or what it feeds."""
    from fmdesk.network.trace import trace_downstream, trace_upstream

    if xlsx:
        require(app, Permission.EXPORT)

    network = load_network(app, path, sources=sources, model_file=model_file, progress=progress)
    walk = trace_upstream if direction == "upstream" else trace_downstream
    result = walk(network, start, media or None)
    return NetworkAnswer(str(path), result, None, _export(result, xlsx, path), network)


def isolate(
    app: App,
    path: str | Path,
    at: Sequence[str],
    *,
    inoperable: Sequence[str] = (),
    trip: bool = False,
    media: Sequence[str] | None = None,
    sources: Iterable[str] = (),
    xlsx: str | Path | None = None,
    model_file: Any = None,
    progress: Progress = NO_PROGRESS,
) -> NetworkAnswer:
    """Isolate leaks or faults at ``at`` (several at once are merged). With ``trip`` the
    isolating devices among ``at`` open (tripped breakers, valves closed for works) and the
    others are isolated as leaks; who loses supply, also on the networks that depend on the
    equipment that loses power."""
    from fmdesk.network.isolate import isolate_faults

    if xlsx:
        require(app, Permission.EXPORT)
    targets = [gid.strip() for gid in at if gid.strip()]
    if not targets:
        raise _no_target()
    network = load_network(app, path, sources=sources, model_file=model_file, progress=progress)
    trips: list[str] = []
    leaks = list(targets)
    if trip:
        trips = [g for g in targets if _is_device(network, g)]
        leaks = [g for g in targets if g not in trips]
        if not trips:
            trips, leaks = leaks, []  # let the core say which one is not a device
    result = isolate_faults(network, leaks, trips, inoperable, media or None)
    mode = "trip" if trip and not leaks else "isolate"
    return NetworkAnswer(str(path), result, mode, _export(result, xlsx, path), network)


def check_model_networks(
    app: App, path: str | Path, *, model_file: Any = None, progress: Progress = NO_PROGRESS
) -> CheckAnswer:
    """The network check of the model (the reading, not the cache: it reports on ports)."""
    from fmdesk.network import cache
    from fmdesk.network.check import check_network

    model_path = _existing(path)
    opened = _opened(app, model_path, cache.content_hash(model_path), model_file, progress)
    network = opened.network(None, part_of(progress, 0.3, 0.9))
    report = check_network(opened.network_inputs(), network)
    return CheckAnswer(str(path), report)


def network_graph(app: App, path: str | Path, progress: Progress = NO_PROGRESS) -> GraphAnswer:
    """Every network of the model as ``{"nodes", "edges", "findings"}`` (see
    :mod:`fmdesk.network.graph_export`)."""
    from fmdesk.network.graph_export import graph_document

    answer = check_model_networks(app, path, progress=progress)
    opened = app.open_model(_existing(path))
    return GraphAnswer(str(path), graph_document(opened.network(), answer.report))


def export_answer(answer: NetworkAnswer, path: str | Path, *, app: App | None = None) -> Path:
    """Write the answer to an Excel workbook (the results panel's Export); with ``app`` its
    user must hold the export permission."""
    if app is not None:
        require(app, Permission.EXPORT)
    from fmdesk.exports.trace_xlsx import export_trace_xlsx

    return export_trace_xlsx(answer.result, path, Path(answer.model).name)


def model_corrections(path: str | Path) -> Corrections:
    """The corrections stored for the model's content (empty when none)."""
    from fmdesk.network import cache
    from fmdesk.network.corrections import load_corrections

    return load_corrections(cache.content_hash(_existing(path)))


def save_model_corrections(path: str | Path, corrections: Corrections) -> Path:
    """Store ``corrections`` for the model's content; later questions use them."""
    from fmdesk.network import cache
    from fmdesk.network.corrections import save_corrections

    return save_corrections(cache.content_hash(_existing(path)), corrections)


def _existing(path: str | Path) -> Path:
    model_path = Path(path).expanduser()
    if not model_path.is_file():
        from fmdesk.bim.model_file import open_model

        open_model(model_path)  # raises the reader's one-sentence error
    return model_path


def _is_device(network: Network, gid: str) -> bool:
    node = network.nodes.get(gid)
    return node is not None and node.device is not None


def _export(result: Result, xlsx: str | Path | None, model: str | Path) -> str | None:
    if not xlsx:
        return None
    from fmdesk.exports.trace_xlsx import export_trace_xlsx

    return str(export_trace_xlsx(result, xlsx, Path(model).name))


def _no_target():
    from fmdesk.network.errors import NetworkError

    return NetworkError(_t("Name at least one element with --at (GlobalIds, comma-separated)."))
