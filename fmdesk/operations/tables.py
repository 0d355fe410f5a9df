"""The operations tables, registered on the records ``Base`` from the end of
:mod:`fmdesk.records.models` (one module per concept; each feature adds its module here)."""

from __future__ import annotations

from fmdesk.operations import contract_tables, quality_tables

__all__ = ["contract_tables", "quality_tables"]
