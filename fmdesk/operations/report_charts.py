"""Charts of the monthly report as PNG images (matplotlib, Agg: no display needed).

Chinese labels use the system's CJK font (Noto Sans CJK, Microsoft YaHei, …) when matplotlib
finds one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

__all__ = ["bar_chart", "grouped_bars", "trend_grid"]

CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Microsoft YaHei",
    "SimHei",
    "WenQuanYi Zen Hei",
    "PingFang SC",
    "DejaVu Sans",
]


def _figure(width: float, height: float, rows: int = 1, columns: int = 1):
    """A figure on an Agg canvas (no pyplot: no global state, no display, faster import)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = CJK_FAMILIES
    matplotlib.rcParams["axes.unicode_minus"] = False
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, columns, squeeze=False)
    return figure, axes


def _png(figure) -> bytes:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=96)  # fixed margins: one draw, no "tight" pass
    return out.getvalue()


def trend_grid(
    months: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None], float | None]],
) -> bytes:
    """Small multiples: one line per KPI (``(label, values, target)``) over ``months``."""
    columns = 2
    rows = (len(series) + 1) // columns
    figure, axes = _figure(8.5, 2.3 * rows, rows, columns)
    labels = [m[2:] for m in months]
    for axis, (label, values, target) in zip(axes.flat, series, strict=False):
        points = [(x, v) for x, v in enumerate(values) if v is not None]
        if points:
            axis.plot([p[0] for p in points], [p[1] for p in points], marker="o", color="#1f6fb2")
        if target is not None:
            axis.axhline(target, color="#c0392b", linestyle="--", linewidth=1)
        axis.set_title(label, fontsize=9)
        axis.set_xticks(range(len(labels)))
        axis.set_xticklabels(labels, fontsize=7, rotation=45)
        axis.tick_params(axis="y", labelsize=7)
        axis.grid(alpha=0.3)
    for axis in list(axes.flat)[len(series) :]:
        axis.set_visible(False)
    figure.subplots_adjust(left=0.07, right=0.98, top=0.95, bottom=0.07, hspace=0.75, wspace=0.22)
    return _png(figure)


def bar_chart(labels: Sequence[str], values: Sequence[float], title: str) -> bytes:
    """Horizontal bars, largest first."""
    figure, axes = _figure(8.5, 0.4 * max(len(labels), 3) + 0.8)
    axis = axes[0][0]
    axis.barh(list(labels)[::-1], list(values)[::-1], color="#1f6fb2")
    axis.set_title(title, fontsize=10)
    axis.tick_params(labelsize=8)
    axis.grid(axis="x", alpha=0.3)
    figure.subplots_adjust(left=0.2, right=0.97, top=0.88, bottom=0.1)
    return _png(figure)


def grouped_bars(
    labels: Sequence[str], groups: Sequence[tuple[str, Sequence[float]]], title: str
) -> bytes:
    """Side-by-side bars per label (e.g. planned vs done per system)."""
    figure, axes = _figure(8.5, 3.2)
    axis = axes[0][0]
    width = 0.8 / max(len(groups), 1)
    colours = ["#95a5a6", "#27ae60", "#e67e22", "#c0392b"]
    for index, (name, values) in enumerate(groups):
        xs = [x + index * width for x in range(len(labels))]
        axis.bar(xs, list(values), width, label=name, color=colours[index % len(colours)])
    axis.set_xticks([x + width * (len(groups) - 1) / 2 for x in range(len(labels))])
    axis.set_xticklabels(list(labels), fontsize=8)
    axis.set_title(title, fontsize=10)
    axis.legend(fontsize=8)
    axis.grid(axis="y", alpha=0.3)
    figure.subplots_adjust(left=0.07, right=0.98, top=0.88, bottom=0.14)
    return _png(figure)
