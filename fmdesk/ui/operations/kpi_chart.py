"""The KPI trend chart of the dashboard: matplotlib on its QtAgg canvas (PySide6)."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Microsoft YaHei",
    "SimHei",
    "WenQuanYi Zen Hei",
    "PingFang SC",
    "DejaVu Sans",
]


class TrendChart(FigureCanvasQTAgg):
    """One KPI over the months, with its target as a dashed line; a click on a point asks for
    that month's drill-down (``on_month(index)``)."""

    def __init__(self, parent=None) -> None:
        import matplotlib

        matplotlib.rcParams["font.sans-serif"] = CJK_FAMILIES
        matplotlib.rcParams["axes.unicode_minus"] = False
        self.figure = Figure(figsize=(6, 2.6), tight_layout=True)
        super().__init__(self.figure)
        self.setParent(parent)
        self.axes = self.figure.add_subplot(111)
        self.on_month = None
        self.months: list[str] = []
        self.mpl_connect("pick_event", self._picked)

    def show_series(
        self,
        title: str,
        months: Sequence[str],
        values: Sequence[float | None],
        target: float | None,
        unit: str,
    ) -> None:
        axes = self.axes
        axes.clear()
        self.months = list(months)
        xs = [i for i, v in enumerate(values) if v is not None]
        ys = [v for v in values if v is not None]
        if xs:
            axes.plot(xs, ys, marker="o", color="#1f6fb2", picker=6)
            for x, y in zip(xs, ys, strict=True):
                axes.annotate(
                    f"{y:.1f}",
                    (x, y),
                    textcoords="offset points",
                    xytext=(0, 6),
                    ha="center",
                    fontsize=7,
                    color="#555555",
                )
        if target is not None:
            axes.axhline(target, color="#c0392b", linestyle="--", linewidth=1)
        axes.set_title(f"{title} ({unit})" if unit else title, fontsize=10)
        axes.set_xticks(range(len(self.months)))
        axes.set_xticklabels([m[2:] for m in self.months], fontsize=7)
        axes.tick_params(axis="y", labelsize=7)
        axes.grid(alpha=0.3)
        self.draw_idle()

    def _picked(self, event) -> None:
        indices = getattr(event, "ind", None)
        if self.on_month is not None and indices is not None and len(indices):
            line_x = event.artist.get_xdata()
            self.on_month(int(line_x[int(indices[0])]))
