"""Training on the building's own model: guided tours, drills checked by the network engine,
trainees, attempts and certificates. No Qt here.

- :mod:`fmdesk.training.isolation_drill` — leak and electrical-fault drills: the trainee's
  valves or breakers compared with :func:`fmdesk.network.isolate.isolate_element`, scored by the
  documented rule in :mod:`fmdesk.training.scoring`.
- :mod:`fmdesk.training.element_drills` — locate and identify drills.
- :mod:`fmdesk.training.drill_picker` — random leaks of a chosen difficulty.
- :mod:`fmdesk.training.tours` — tours as plain data (stops are :class:`SceneState` plus text).
- :mod:`fmdesk.training.tour_files` — tours exported and imported as ``.fmtour`` (zip) or JSON.
- :mod:`fmdesk.training.tables`, :mod:`fmdesk.training.store` — the records tables and queries.
- :mod:`fmdesk.training.progress` — who has done what, who is due a refresher.
- :mod:`fmdesk.training.certificate` — the printable certificate (PDF, Chinese).
"""
