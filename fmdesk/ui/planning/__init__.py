"""The Planning feature's widgets: plan calendar and its filters, lifecycle card, task library
editor, import report; :mod:`.controller` runs :mod:`fmdesk.app.planning` through ``window.ops``."""
