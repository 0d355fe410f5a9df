"""The network feature's widgets and glue: results dock, network-check dock, background tasks.

The feature module :mod:`fmdesk.ui.features.network` installs them into the main window; the
questions themselves (trace, isolate, outage, check) live in :mod:`fmdesk.network` (no Qt).
"""
