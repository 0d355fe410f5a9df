"""Kinds of change a use case can make, so the shells refresh exactly what changed.

A use case that writes declares what it changed (Anki's ``OpChanges``); the GUI's change bus
(``fmdesk/ui/changes.py``) turns each kind into a signal and every panel listens only to the kinds
it shows. Plain enum, no Qt.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Change"]


class Change(StrEnum):
    MODEL = "model"  # a model was opened, closed or revised
    NETWORK = "network"  # corrections, sources, inferred edges accepted/rejected
    ASSETS = "assets"  # asset register, spaces
    WORK_ORDERS = "work_orders"
    INSPECTIONS = "inspections"
    DOCUMENTS = "documents"
    PLAN = "plan"  # tasks, lifecycle overrides, plans
    PEOPLE = "people"  # staff, teams, rosters
    REVIEW = "review"  # review issues, BCF, IDS results, handover
    TRAINING = "training"  # tours, drills, attempts
    OPERATIONS = "operations"  # contractors, contracts, quality checks, meters
    USERS = "users"  # accounts and roles
    VIEWPOINTS = "viewpoints"
    SETTINGS = "settings"
