"""Operations in the desktop app (运营): the contractor scorecard, and the other operations
views (meters, KPIs) under one Operations menu (:mod:`fmdesk.ui.operations.menu`)."""
