"""Training (issue 17): guided tours, drills checked by the network engine, trainees.

The work is in :class:`fmdesk.ui.training.controller.TrainingFeature`
(``window.training_feature``); this module only plugs it into the shell.
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    """Add the Training menu, the Tours/Drills/Trainees docks and the tour player."""
    from fmdesk.ui.training.controller import TrainingFeature

    window.training_feature = TrainingFeature(window)
