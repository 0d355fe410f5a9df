"""Design review (交付前设计审查) and handover findings: review issues pinned to model elements,
with comments and viewpoints, exchanged as BCF 2.1 / 3.0 (:mod:`fmdesk.review.bcf`).

Qt-free domain package. Issues live in the records database (:mod:`fmdesk.review.tables`) and
are linked to elements by IFC GlobalId, so they survive model revisions. The services in
:mod:`fmdesk.review.issues` take a unit of work and return plain dataclasses
(:mod:`fmdesk.review.dto`); the application layer (``fmdesk/app/review.py``) wraps them as use
cases.
"""
