"""The default FM handover IDS (物业承接查验交付信息要求) shipped as ``resources/ids/``.

Every pump, fan, boiler, tank, valve, distribution board and lift must carry manufacturer,
model, serial number, installation date and warranty end (or the warranty period, from which
the end follows: IFC4X3's ``Pset_Warranty`` has no end date). Each requirement accepts the forms
handover data arrives in: IFC's ``Pset_ManufacturerTypeInformation`` /
``Pset_ManufacturerOccurrence`` / ``Pset_Warranty``, the COBie property sets
(``COBie_Type``, ``COBie_Component``), and Chinese property sets as delivered on Chinese
projects (``设备信息``, ``产品信息``, ``交付信息``, ``运维信息``) with Chinese property names.
IDS requires every matching property set present on an element to carry the property, so an
element that brings a Chinese ``设备信息`` set must fill it completely.

The specifications are optional: a building without boilers passes the boiler specification.
"""

from __future__ import annotations

from fmdesk.handover.ids.table import IdsTable, RequirementRow, SpecRow
from fmdesk.resources import resource_path

__all__ = ["DEFAULT_IDS_PATH", "default_fm_table"]

DEFAULT_IDS_PATH = resource_path("ids", "fm_handover.ids")

CHINESE_SETS = ["设备信息", "产品信息", "交付信息", "运维信息"]

EQUIPMENT = [
    ("水泵 Pumps", ["IFCPUMP"]),
    ("风机 Fans", ["IFCFAN"]),
    ("锅炉 Boilers", ["IFCBOILER"]),
    ("水箱 Tanks", ["IFCTANK"]),
    ("阀门 Valves", ["IFCVALVE"]),
    (
        "配电箱柜 Distribution boards",
        ["IFCELECTRICDISTRIBUTIONBOARD", "IFCELECTRICDISTRIBUTIONPOINT"],
    ),
    ("电梯 Lifts", ["IFCTRANSPORTELEMENT"]),
]


def _facts() -> list[RequirementRow]:
    """The five handover facts, each in the IFC, COBie and Chinese forms."""
    return [
        RequirementRow(
            names=["Manufacturer", "制造商", "生产厂家", "生产厂商"],
            property_sets=["Pset_ManufacturerTypeInformation", "COBie_Type", *CHINESE_SETS],
            instructions="制造商 Manufacturer",
        ),
        RequirementRow(
            names=["ModelLabel", "ModelReference", "ModelNumber", "型号", "规格型号"],
            property_sets=["Pset_ManufacturerTypeInformation", "COBie_Type", *CHINESE_SETS],
            instructions="型号 Model",
        ),
        RequirementRow(
            names=["SerialNumber", "序列号", "出厂编号"],
            property_sets=["Pset_ManufacturerOccurrence", "COBie_Component", *CHINESE_SETS],
            instructions="出厂编号 Serial number",
        ),
        RequirementRow(
            names=["InstallationDate", "安装日期"],
            property_sets=[
                "Pset_ConstructionOccurence",
                "COBie_Component",
                "FM_Handover",
                *CHINESE_SETS,
            ],
            instructions="安装日期 Installation date",
        ),
        RequirementRow(
            names=[
                "WarrantyEndDate",
                "WarrantyPeriod",
                "保修截止日期",
                "质保截止日期",
                "质保到期日",
                "保修期",
                "质保期",
            ],
            property_sets=["Pset_Warranty", "FM_Handover", *CHINESE_SETS],
            instructions="保修截止日期（或保修期）Warranty end (or period)",
        ),
    ]


def default_fm_table() -> IdsTable:
    """The default FM handover IDS as an editable table."""
    specs = [
        SpecRow(
            name=f"{label} 交付信息 handover data",
            classes=classes,
            requirements=_facts(),
            usage="optional",
            description="承接查验：设备须有制造商、型号、出厂编号、安装日期、保修截止日期。",
            instructions="Manufacturer, model, serial number, installation date, warranty end.",
        )
        for label, classes in EQUIPMENT
    ]
    return IdsTable(
        title="物业承接查验设备交付信息 FM handover data",
        specifications=specs,
        description="fmdesk default FM handover IDS (pumps, fans, boilers, tanks, valves, "
        "boards, lifts).",
        version="1.0",
    )
