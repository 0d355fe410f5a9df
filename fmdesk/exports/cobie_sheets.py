"""The COBie 2.4 workbook layout: 20 sheets, their columns and the standard column colours.

Each column has a kind, coloured as COBie 2.4 workbooks are: **required** (yellow), **reference**
to another sheet or a pick list (salmon), **external** system reference (purple), **optional** /
"if specified" (green) and **secondary** information (grey). Column names follow the COBie 2.4
(US NBIMS-US V3 4.2) template.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COLOURS", "PICK_LISTS", "SHEETS", "Column", "sheet_columns"]

COLOURS = {
    "required": "FFFF99",  # yellow
    "reference": "F4B183",  # salmon
    "external": "CC99FF",  # purple
    "optional": "CCFFCC",  # green
    "secondary": "D9D9D9",  # grey
}
"""Header fill per column kind."""

_KINDS = {"R": "required", "F": "reference", "X": "external", "O": "optional", "S": "secondary"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str


# "Name:R" = required, F = reference (foreign key / pick list), X = external, O = optional,
# S = secondary. Ext* columns are always external.
_LAYOUT = {
    "Contact": "Email:R CreatedBy:F CreatedOn:R Category:F Company:R Phone:R ExtSystem:X "
    "ExtObject:X ExtIdentifier:X Department:O OrganizationCode:O GivenName:O FamilyName:O "
    "Street:O PostalBox:O Town:O StateRegion:O PostalCode:O Country:O",
    "Facility": "Name:R CreatedBy:F CreatedOn:R Category:F ProjectName:R SiteName:R "
    "LinearUnits:F AreaUnits:F VolumeUnits:F CurrencyUnit:F AreaMeasurement:R "
    "ExternalSystem:X ExternalProjectObject:X ExternalProjectIdentifier:X ExternalSiteObject:X "
    "ExternalSiteIdentifier:X ExternalFacilityObject:X ExternalFacilityIdentifier:X "
    "Description:O ProjectDescription:O SiteDescription:O Phase:O",
    "Floor": "Name:R CreatedBy:F CreatedOn:R Category:F ExtSystem:X ExtObject:X "
    "ExtIdentifier:X Description:O Elevation:O Height:O",
    "Space": "Name:R CreatedBy:F CreatedOn:R Category:F FloorName:F Description:R "
    "ExtSystem:X ExtObject:X ExtIdentifier:X RoomTag:O UsableHeight:O GrossArea:O NetArea:O",
    "Zone": "Name:R CreatedBy:F CreatedOn:R Category:F SpaceNames:F ExtSystem:X ExtObject:X "
    "ExtIdentifier:X Description:O",
    "Type": "Name:R CreatedBy:F CreatedOn:R Category:F Description:R AssetType:F "
    "Manufacturer:F ModelNumber:R WarrantyGuarantorParts:F WarrantyDurationParts:R "
    "WarrantyGuarantorLabor:F WarrantyDurationLabor:R WarrantyDurationUnit:F ExtSystem:X "
    "ExtObject:X ExtIdentifier:X ReplacementCost:O ExpectedLife:O DurationUnit:F "
    "WarrantyDescription:O NominalLength:O NominalWidth:O NominalHeight:O ModelReference:O "
    "Shape:O Size:O Color:O Finish:O Grade:O Material:O Constituents:O Features:O "
    "AccessibilityPerformance:O CodePerformance:O SustainabilityPerformance:O",
    "Component": "Name:R CreatedBy:F CreatedOn:R TypeName:F Space:F Description:R "
    "ExtSystem:X ExtObject:X ExtIdentifier:X SerialNumber:O InstallationDate:O "
    "WarrantyStartDate:O TagNumber:O BarCode:O AssetIdentifier:O",
    "System": "Name:R CreatedBy:F CreatedOn:R Category:F ComponentNames:F ExtSystem:X "
    "ExtObject:X ExtIdentifier:X Description:O",
    "Assembly": "Name:R CreatedBy:F CreatedOn:R SheetName:F ParentName:F ChildNames:F "
    "AssemblyType:F ExtSystem:X ExtObject:X ExtIdentifier:X Description:O",
    "Connection": "Name:R CreatedBy:F CreatedOn:R ConnectionType:F SheetName:F RowName1:F "
    "RowName2:F RealizingElement:F PortName1:O PortName2:O ExtSystem:X ExtObject:X "
    "ExtIdentifier:X Description:O",
    "Spare": "Name:R CreatedBy:F CreatedOn:R Category:F TypeName:F Suppliers:F ExtSystem:X "
    "ExtObject:X ExtIdentifier:X Description:R SetNumber:O PartNumber:O",
    "Resource": "Name:R CreatedBy:F CreatedOn:R Category:F ExtSystem:X ExtObject:X "
    "ExtIdentifier:X Description:R",
    "Job": "Name:R CreatedBy:F CreatedOn:R Category:F Status:F TypeName:F Description:R "
    "Duration:R DurationUnit:F Start:R TaskStartUnit:F Frequency:R FrequencyUnit:F "
    "ExtSystem:X ExtObject:X ExtIdentifier:X TaskNumber:O Priors:F ResourceNames:F",
    "Impact": "Name:R CreatedBy:F CreatedOn:R ImpactType:F ImpactStage:F SheetName:F "
    "RowName:F Value:R ImpactUnit:F LeadInTime:O Duration:O LeadOutTime:O ExtSystem:X "
    "ExtObject:X ExtIdentifier:X Description:O",
    "Document": "Name:R CreatedBy:F CreatedOn:R Category:F ApprovalBy:F Stage:F SheetName:F "
    "RowName:F Directory:R File:R ExtSystem:X ExtObject:X ExtIdentifier:X Description:O "
    "Reference:O",
    "Attribute": "Name:R CreatedBy:F CreatedOn:R Category:F SheetName:F RowName:F Value:R "
    "Unit:R ExtSystem:X ExtObject:X ExtIdentifier:X Description:O AllowedValues:O",
    "Coordinate": "Name:R CreatedBy:F CreatedOn:R Category:F SheetName:F RowName:F "
    "CoordinateXAxis:R CoordinateYAxis:R CoordinateZAxis:R ExtSystem:X ExtObject:X "
    "ExtIdentifier:X ClockwiseRotation:O ElevationalRotation:O YawRotation:O",
    "Issue": "Name:R CreatedBy:F CreatedOn:R Type:F Risk:F Chance:F Impact:F SheetName1:F "
    "RowName1:F SheetName2:F RowName2:F Description:R Owner:F Mitigation:R ExtSystem:X "
    "ExtObject:X ExtIdentifier:X",
}

SHEETS = (
    "Instruction",
    "Contact",
    "Facility",
    "Floor",
    "Space",
    "Zone",
    "Type",
    "Component",
    "System",
    "Assembly",
    "Connection",
    "Spare",
    "Resource",
    "Job",
    "Impact",
    "Document",
    "Attribute",
    "Coordinate",
    "Issue",
    "PickLists",
)
"""The 20 sheets, in the COBie 2.4 order."""


def sheet_columns(sheet: str) -> list[Column]:
    """The columns of a data sheet (not Instruction or PickLists)."""
    columns = []
    for token in _LAYOUT[sheet].split():
        name, kind = token.split(":")
        columns.append(Column(name, _KINDS[kind]))
    return columns


PICK_LISTS = {
    "AreaUnit": ["square meters", "square feet"],
    "LinearUnits": ["meters", "millimeters", "feet", "inches"],
    "VolumeUnit": ["cubic meters", "cubic feet"],
    "CostUnit": ["Chinese Yuan", "US Dollars", "Euros"],
    "AssetType": ["Fixed", "Moveable"],
    "DurationUnit": ["year", "month", "week", "day", "hour", "minute"],
    "ConnectionType": ["Flow", "Control", "Power", "Data", "Physical"],
    "JobType": ["PM", "Inspection", "Safety", "Cleaning", "Test", "Replacement"],
    "JobStatusType": ["Not Yet Started", "Started", "Completed"],
    "DocumentType": [
        "Certificate 合格证",
        "Test report 检测报告",
        "Hidden works photo 隐蔽工程影像",
        "Acceptance record 验收记录",
        "Manual 说明书",
        "Warranty 保修书",
        "Drawing 图纸",
        "Photo 照片",
    ],
    "StageType": ["Design", "Construction", "Handover 承接查验", "Operation"],
    "ApprovalBy": ["Information Only", "Approved", "For Review"],
    "IssueCategory": ["Design 设计问题", "Construction 施工问题", "Missing data 资料缺失", "Other"],
    "IssueRisk": ["High", "Moderate", "Low", "Unknown"],
    "IssueChance": ["High", "Moderate", "Low", "Unknown"],
    "IssueImpact": ["Very High", "High", "Moderate", "Low", "Unknown"],
    "ImpactType": ["Economic", "Environmental", "Social"],
    "ImpactStage": ["Production", "Installation", "Operation", "End of life"],
    "AssemblyType": ["Fixed", "Optional", "Included", "Layer"],
    "ZoneType": ["Circulation Zone", "Fire Alarm Zone", "Lighting Zone", "Occupancy Zone"],
    "SpareType": ["Part", "Lubricant", "Filter", "Other"],
    "ResourceType": ["Team 班组", "Contractor 外包单位", "Tool", "Training"],
    "SheetType": list(SHEETS[1:-1]),
}
"""Pick lists written to the PickLists sheet, one column each."""
