"""Maintenance records in the desktop app (issue 5): asset register, asset card, work orders,
inspection rounds, QR labels and the scan/search box.

Every widget here is dumb: it shows plain dataclasses handed to it by
:class:`fmdesk.ui.records.controller.RecordsController`, whose slots run the use cases of
:mod:`fmdesk.app` (assets, workorders, inspections) through ``window.ops`` and refresh the
panels when ``window.bus`` says what changed; no widget keeps a database session.
"""
