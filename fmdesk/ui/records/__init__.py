"""Maintenance records in the desktop app (issue 5): asset register, asset card, work orders,
inspection rounds, QR labels and the scan/search box.

Every widget here is dumb: it shows plain dataclasses handed to it by
:class:`fmdesk.ui.records.controller.RecordsController`, which runs the records and work-order
services in background workers and never keeps a database session in a widget.
"""
