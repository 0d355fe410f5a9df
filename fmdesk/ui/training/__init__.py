"""Training in the desktop app: tour recorder and player, drills, the trainer's view.

The widgets only read what the user chose and call :mod:`fmdesk.app.training` through the
operation runner; :class:`~fmdesk.ui.training.controller.TrainingFeature` wires them into the
main window (``window.training_feature``).
"""
