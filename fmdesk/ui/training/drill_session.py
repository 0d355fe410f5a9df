"""Running drills in the main window: one question after another, answers from clicks on the
model, every answer checked by :mod:`fmdesk.app.training` through the operation runner, and
the attempt recorded for the chosen trainee at the end of a set.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer

from fmdesk.app import training
from fmdesk.app.changes import Change
from fmdesk.training.dto import DrillSetInfo, DrillSpec
from fmdesk.training.element_drills import kind_name
from fmdesk.ui.training.drill_panel import DrillPanel, describe

DRILL_STYLES = ("path", "source", "operate", "affected")


class DrillSession(QObject):
    """The drills being answered now, and their results so far."""

    def __init__(self, feature: Any, panel: DrillPanel) -> None:
        super().__init__(feature)
        self.feature, self.panel, self.window = feature, panel, feature.window
        self.network: Any = None
        self.drills: list[DrillSpec] = []
        self.index = -1
        self.results: list[dict[str, Any]] = []
        self.answer: dict[str, Any] = {}
        self.drill_set: DrillSetInfo | None = None
        self.trainee = ""
        self.started = self.asked = 0.0
        self.checked = False
        self.last_result: Any = None
        self.last_attempt: Any = None
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.window.selection.changed.connect(self._on_selection)
        panel.check_requested.connect(self.check)
        panel.next_requested.connect(self.next)
        panel.clear_requested.connect(self.clear_answer)
        panel.answer.itemDoubleClicked.connect(self._remove_answer)

    @property
    def current(self) -> DrillSpec | None:
        return self.drills[self.index] if 0 <= self.index < len(self.drills) else None

    def start(
        self, drills: list[DrillSpec], drill_set: DrillSetInfo | None = None, trainee: str = ""
    ) -> None:
        """Start ``drills`` once the model's network is ready (built in a worker)."""
        if not drills:
            return
        self.drills, self.drill_set, self.trainee = list(drills), drill_set, trainee
        self.index, self.results, self.last_attempt = -1, [], None
        self.feature.run(
            self.tr("Preparing the drill"),
            lambda app, path, progress: app.open_model(path, progress).network(progress=progress),
            self._begin,
        )

    def _begin(self, network: Any) -> None:
        self.network = network
        self.started = time.monotonic()
        self._ask(0)

    def _ask(self, index: int) -> None:
        self.index, self.answer, self.checked = index, {}, False
        drill = self.drills[index]
        scene = self.window.view.scene
        for style in DRILL_STYLES:
            scene.clear_highlight(style)
        self.window.selection.clear("training")
        if drill.kind in ("leak", "fault", "identify"):
            scene.highlight([drill.target], "path")
            self.window.view.frame([drill.target])
        self.panel.show_question(index + 1, len(self.drills), drill.kind, drill.prompt)
        self.asked = time.monotonic()
        self.clock.start()
        self._tick()
        if drill.kind == "identify":
            self.feature.run(
                self.tr("Preparing the drill"),
                lambda app, path, progress: training.identify_options(app, path, drill.target),
                lambda options: self.panel.set_identify_options(*options),
            )
        self.window.view.render_now()

    def _tick(self) -> None:
        drill = self.current
        if drill is None or self.checked:
            self.clock.stop()
            return
        seconds = time.monotonic() - self.asked
        if drill.time_limit_s:
            left = drill.time_limit_s - seconds
            text = self.tr("Time left: {0} s").format(max(0, round(left)))
            self.panel.set_clock(text, left < 0)
        else:
            self.panel.set_clock(self.tr("Time: {0} s").format(round(seconds)))

    # -- answering -----------------------------------------------------------------------------

    def _on_selection(self, ids: tuple[str, ...], source: str) -> None:
        drill = self.current
        if drill is None or self.checked or not ids or source == "training":
            return
        gid = ids[0]
        if drill.kind == "locate":
            self.check(clicked=gid)
        elif drill.kind in ("leak", "fault"):
            self.toggle_device(gid)
            QTimer.singleShot(0, lambda: self.window.selection.clear("training"))

    def toggle_device(self, gid: str) -> bool:
        """Add or remove a valve/breaker of the answer; other elements are ignored."""
        node = self.network.nodes.get(gid) if self.network is not None else None
        if node is None or node.device is None:
            self.window.status.showMessage(
                self.tr("Only valves, breakers and switches count."), 3000
            )
            return False
        if gid in self.answer:
            del self.answer[gid]
        else:
            self.answer[gid] = node
        self._show_answer()
        return True

    def clear_answer(self) -> None:
        self.answer = {}
        self._show_answer()

    def _remove_answer(self, item: Any) -> None:
        row = self.panel.answer.row(item)
        if 0 <= row < len(self.answer):
            del self.answer[list(self.answer)[row]]
            self._show_answer()

    def _show_answer(self) -> None:
        self.panel.set_answer([describe(n) for n in self.answer.values()])
        self.window.view.scene.highlight(list(self.answer), "source")
        self.window.view.render_now()

    def check(self, clicked: str | None = None) -> None:
        """Check the current answer with the engine (in a worker)."""
        drill = self.current
        if drill is None or self.checked:
            return
        self.checked = True
        self.clock.stop()
        seconds = time.monotonic() - self.asked
        answer = list(self.answer)
        kind_answer = self.panel.identify_answer()

        def work(app: Any, path: Any, progress: Any) -> Any:
            if drill.kind in ("leak", "fault"):
                return training.check_drill(app, path, drill.target, answer, drill.kind, progress)
            if drill.kind == "locate":
                return training.check_locate_drill(
                    app, path, drill.target, clicked, seconds, drill.time_limit_s
                )
            return training.check_identify_drill(app, path, drill.target, *kind_answer)

        self.feature.run(
            self.tr("Checking the answer"),
            work,
            lambda result: self._show_result(result, seconds),
            on_error=lambda _: setattr(self, "checked", False),
        )

    def _show_result(self, result: Any, seconds: float) -> None:
        drill = self.current
        assert drill is not None
        self.last_result = result
        self.results.append(
            {
                "kind": drill.kind,
                "target": drill.target,
                "score": result.score,
                "seconds": round(seconds, 1),
            }
        )
        more = self.index + 1 < len(self.drills)
        self.panel.show_result(result.score, self._lines(result), more)
        self._show_on_model(result)
        if not more:
            self._finish()

    def _lines(self, result: Any) -> list[tuple[str, str]]:
        if hasattr(result, "reference"):  # a shut-off drill
            names = lambda nodes: "；".join(describe(n) for n in nodes)  # noqa: E731
            spaces = lambda items: "、".join(s.label for s in items)  # noqa: E731
            return [
                (self.tr("Right answer"), names(result.reference.close)),
                (self.tr("Correct"), names(result.correct)),
                (self.tr("Missing"), names(result.missing)),
                (self.tr("Unnecessary"), names(result.unnecessary)),
                (self.tr("Still wet"), spaces(result.affected_still_wet)),
                (self.tr("Needlessly cut off"), spaces(result.needlessly_cut)),
            ]
        expected = result.expected
        if result.kind == "identify":
            systems = "、".join(s or self.tr("(none)") for s in expected["systems"])
            return [(self.tr("Kind"), kind_name(expected["kind"])), (self.tr("System"), systems)]
        verdict = self.tr("Found") if result.score else self.tr("Not found")
        if result.late:
            verdict = self.tr("Found, but after the time limit")
        return [
            (self.tr("Answer"), verdict),
            (self.tr("Time"), self.tr("{0} s").format(result.answer["seconds"])),
        ]

    def _show_on_model(self, result: Any) -> None:
        scene = self.window.view.scene
        for style in DRILL_STYLES:
            scene.clear_highlight(style)
        if hasattr(result, "highlight"):
            for style, ids in result.highlight().items():
                scene.highlight(ids, style)
        else:
            scene.highlight([result.target], "operate")
            self.window.view.frame([result.target])
        self.window.view.render_now()

    def next(self) -> None:
        if self.index + 1 < len(self.drills):
            self._ask(self.index + 1)

    def _finish(self) -> None:
        score = round(sum(r["score"] for r in self.results) / len(self.results))
        seconds = time.monotonic() - self.started
        if not (self.trainee and self.drill_set):
            self.panel.show_summary(self.tr("Practice finished: {0}/100.").format(score))
            return
        trainee, set_id, results = self.trainee, self.drill_set.id, list(self.results)
        self.feature.run(
            self.tr("Recording the attempt"),
            lambda app, path, progress: training.record_attempt(
                app, trainee, set_id, results, seconds
            ),
            self._recorded,
            changes=(Change.TRAINING,),
        )

    def _recorded(self, attempt: Any) -> None:
        self.last_attempt = attempt
        verdict = self.tr("passed") if attempt.passed else self.tr("not passed")
        self.panel.show_summary(
            self.tr("{0}: {1}/100 (pass mark {2}), {3}.").format(
                attempt.trainee, attempt.score, attempt.pass_mark, verdict
            )
        )
