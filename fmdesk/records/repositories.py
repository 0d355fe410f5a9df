"""Repositories: the few ways services look records up, kept in one place per aggregate.

They return live ORM objects and are only used inside a unit of work; services turn what they
find into plain dataclasses before returning.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from fmdesk.i18n import _t
from fmdesk.records.errors import NotFoundError
from fmdesk.records.models import (
    Asset,
    Contractor,
    InspectionRound,
    InspectionRoute,
    Site,
    Space,
    Technician,
    WorkOrder,
)

QR_PREFIX = "fmdesk:asset:"


class AssetRepository:
    """Assets by code, GlobalId, barcode or serial number."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, asset: Asset) -> Asset:
        self.session.add(asset)
        return asset

    def by_code(self, code: str) -> Asset | None:
        return self.session.scalar(select(Asset).where(Asset.code == code))

    def by_global_id(self, global_id: str) -> Asset | None:
        return self.session.scalar(select(Asset).where(Asset.ifc_global_id == global_id))

    def all_linked(self) -> Sequence[Asset]:
        """Every asset that is (or was) linked to a model element."""
        return self.session.scalars(select(Asset).where(Asset.ifc_global_id.is_not(None))).all()

    def lookup(self, text: str) -> Asset | None:
        """Resolve what a QR scanner or a person typed: code, GlobalId, barcode or serial.

        A label may carry ``fmdesk:asset:SB-01``; the prefix is ignored.
        """
        key = text.strip()
        if key.lower().startswith(QR_PREFIX):
            key = key[len(QR_PREFIX) :].strip()
        if not key:
            return None
        found = self.by_code(key) or self.by_global_id(key)
        if found is not None:
            return found
        found = self.session.scalar(
            select(Asset).where(func.upper(Asset.code) == key.upper()).limit(1)
        )
        if found is not None:
            return found
        return self.session.scalar(
            select(Asset).where(or_(Asset.barcode == key, Asset.serial_number == key)).limit(1)
        )

    def get(self, code_or_guid: str) -> Asset:
        asset = self.lookup(code_or_guid)
        if asset is None:
            raise NotFoundError(
                _t(
                    "No asset has the code '{code_or_guid}'; check it with 'fmdesk assets list'.",
                    code_or_guid=code_or_guid,
                )
            )
        return asset


class SpaceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_global_id(self, global_id: str) -> Space | None:
        return self.session.scalar(select(Space).where(Space.global_id == global_id))

    def by_name(self, name: str) -> Space | None:
        return self.session.scalar(select(Space).where(Space.name == name).limit(1))

    def find(self, name_or_guid: str) -> Space | None:
        return self.by_global_id(name_or_guid) or self.by_name(name_or_guid)


class WorkOrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, order: WorkOrder) -> WorkOrder:
        self.session.add(order)
        return order

    def get(self, number: str, site_id: int | None = None) -> WorkOrder:
        query = select(WorkOrder).where(WorkOrder.number == number.strip())
        if site_id is not None:
            query = query.where(WorkOrder.site_id == site_id)
        order = self.session.scalar(query.limit(1))
        if order is None:
            raise NotFoundError(
                _t(
                    "No work order has the number '{number}'; check it with 'fmdesk wo list'.",
                    number=number,
                )
            )
        return order


class PeopleRepository:
    """Technicians, teams and contractors."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def technician(self, name: str) -> Technician:
        found = self.session.scalar(select(Technician).where(Technician.name == name.strip()))
        if found is None:
            raise NotFoundError(
                _t(
                    "No technician is called '{name}'; add them first or check the spelling.",
                    name=name,
                )
            )
        return found

    def contractor(self, name: str) -> Contractor:
        found = self.session.scalar(select(Contractor).where(Contractor.name == name.strip()))
        if found is None:
            raise NotFoundError(_t("No contractor is called '{name}'; add it first.", name=name))
        return found


class InspectionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def route(self, name: str) -> InspectionRoute:
        found = self.session.scalar(select(InspectionRoute).where(InspectionRoute.name == name))
        if found is None:
            raise NotFoundError(
                _t("No inspection route is called '{name}'; create it first.", name=name)
            )
        return found

    def round(self, round_id: int) -> InspectionRound:
        found = self.session.get(InspectionRound, round_id)
        if found is None:
            raise NotFoundError(_t("No inspection round has the id {round_id}.", round_id=round_id))
        return found


class SiteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, code: str) -> Site:
        found = self.session.scalar(select(Site).where(Site.code == code))
        if found is None:
            found = Site(code=code, name=code)
            self.session.add(found)
            self.session.flush()
        return found
