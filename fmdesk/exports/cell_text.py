"""Text from users written into spreadsheets as text, never as a formula.

The guard itself lives in :mod:`fmdesk.safe_cells` (one function for every workbook and CSV
file, usable from the domain packages too); this module keeps the exporters' import path.
"""

from __future__ import annotations

from fmdesk.safe_cells import safe_text, unescape_text

__all__ = ["safe_text", "unescape_text"]
