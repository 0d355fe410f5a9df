"""What makes the plan workbook ready for planners and for paper: drop-down lists in the columns
planners edit, and Chinese words instead of IFC class names.

The task sheet is edited and imported back (:mod:`fmdesk.exports.plan_import`): a drop-down on
班组/单位 and 状态, a date check on 日期 and a number check on 工时 stop typing errors before the
import has to reject the row.
"""

from __future__ import annotations

import re

from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation

from fmdesk.maintenance.model import Plan

__all__ = ["STATUS_CHOICES", "add_task_validations", "category_name", "paper_text"]

STATUS_CHOICES = ("计划", "已完成", "已调整")
"""The 状态 words a planner may choose (``plan_xlsx.STATUS_WORDS`` values)."""

_LIST_LIMIT = 255
"""Excel's limit on an inline drop-down list's text."""

_CATEGORIES = {
    "IfcPump": "水泵",
    "IfcValve": "阀门",
    "IfcTank": "水箱",
    "IfcBoiler": "锅炉",
    "IfcChiller": "冷水机组",
    "IfcCoolingTower": "冷却塔",
    "IfcFan": "风机",
    "IfcAirTerminal": "风口",
    "IfcAirTerminalBox": "末端风箱",
    "IfcUnitaryEquipment": "空调机组",
    "IfcAirToAirHeatRecovery": "热回收机组",
    "IfcCoil": "盘管",
    "IfcDamper": "风阀",
    "IfcFilter": "过滤器",
    "IfcHeatExchanger": "换热器",
    "IfcSpaceHeater": "散热器",
    "IfcElectricDistributionBoard": "配电箱",
    "IfcElectricGenerator": "发电机",
    "IfcElectricMotor": "电动机",
    "IfcTransformer": "变压器",
    "IfcSwitchingDevice": "开关",
    "IfcProtectiveDevice": "保护装置",
    "IfcLightFixture": "灯具",
    "IfcLamp": "灯具",
    "IfcOutlet": "插座",
    "IfcSensor": "传感器",
    "IfcAlarm": "报警器",
    "IfcController": "控制器",
    "IfcActuator": "执行器",
    "IfcFlowMeter": "计量表",
    "IfcMeter": "计量表",
    "IfcSanitaryTerminal": "卫生洁具",
    "IfcFireSuppressionTerminal": "消防末端",
    "IfcWasteTerminal": "地漏",
    "IfcTransportElement": "电梯",
    "IfcDoor": "门",
    "IfcWindow": "窗",
    "IfcRoof": "屋面",
    "IfcPipeSegment": "管道",
    "IfcDuctSegment": "风管",
    "IfcCableSegment": "电缆",
    "IfcCommunicationsAppliance": "通信设备",
    "IfcAudioVisualAppliance": "影音设备",
    "IfcElectricAppliance": "电器",
    "IfcEvaporativeCooler": "蒸发冷却器",
    "IfcHumidifier": "加湿器",
    "IfcCompressor": "压缩机",
    "IfcCondenser": "冷凝器",
    "IfcEvaporator": "蒸发器",
    "IfcMedicalDevice": "医疗设备",
}


def category_name(ifc_class: str) -> str:
    """The equipment category in Chinese (``IfcPump`` → 水泵); unknown classes → 其他设备, so an
    IFC class name never reaches the paper."""
    name = _CATEGORIES.get(ifc_class)
    if name is None and ifc_class.endswith("Type"):
        name = _CATEGORIES.get(ifc_class[:-4])
    return name or "其他设备"


_IFC_CLASS = re.compile(r"\bIfc[A-Z][A-Za-z]+\b")
_PSET = re.compile(r"(?:模型 )?\b(?:Pset|Qto)_[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)?")
_PATH = re.compile(
    r"(?:[A-Za-z]:)?(?:[\w.-]+[/\\])+[\w.-]+\.(?:csv|json|ifc|ifczip|xlsx|txt|ini)\b"
)


def paper_text(text: str | None) -> str:
    """Free text for the paper: in Chinese where the catalogue knows it, IFC class names as
    categories (``IfcPump`` → 水泵), property-set names as 模型属性, file paths as 随附数据表."""
    if not text:
        return ""
    from fmdesk.i18n import lookup

    text = _chinese_part(lookup(text, "zh_CN") or text)
    text = _IFC_CLASS.sub(lambda m: category_name(m.group(0)), text)
    text = _PSET.sub("模型属性", text)
    return _PATH.sub("随附数据表", text)


_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
_LOWER_WORD = re.compile(r"[a-z][a-z.:,;()&/-]*")


def _chinese_part(text: str) -> str:
    """The Chinese half of a bilingual library text (``加压泵组 booster pump set`` → 加压泵组):
    trailing English words and runs of English words are left out (codes such as TSG T5001
    stay); a text without Chinese is kept whole."""
    if not _CJK.search(text):
        return text
    tokens = text.split(" ")
    while tokens and _LOWER_WORD.fullmatch(tokens[-1]):
        tokens.pop()
    kept: list[str] = []
    run: list[str] = []
    for token in tokens:
        if _LOWER_WORD.fullmatch(token):
            run.append(token)
            continue
        if len(run) == 1:
            kept += run
        run = []
        kept.append(token)
    return " ".join(kept)


def _list_validation(choices: list[str], prompt: str) -> DataValidation | None:
    text = ",".join(c.replace(",", "，").replace('"', "”") for c in choices if c)
    if not text or len(text) > _LIST_LIMIT:
        return None
    validation = DataValidation(type="list", formula1=f'"{text}"', allow_blank=True)
    validation.error = "请从下拉列表中选择。"
    validation.errorTitle = "输入无效"
    validation.prompt = prompt
    validation.showErrorMessage = True
    validation.showInputMessage = True
    return validation


def add_task_validations(sheet: WriteOnlyWorksheet, plan: Plan, last_row: int) -> None:
    """Drop-downs on 班组/单位 (I) and 状态 (K), a date on 日期 (B), hours on 工时 (J), from the
    first data row to ``last_row``."""
    first = 3
    last = max(last_row, first)
    teams = sorted({o.team for o in plan.occurrences} | set(plan.teams), key=str)
    checks = [
        (_list_validation(teams, "选择负责的班组或外包单位"), "I"),
        (_list_validation(list(STATUS_CHOICES), "计划 / 已完成 / 已调整"), "K"),
        (_date_validation(plan.year), "B"),
        (_hours_validation(), "J"),
    ]
    for validation, column in checks:
        if validation is None:
            continue
        validation.add(f"{column}{first}:{column}{last}")
        sheet.data_validations.append(validation)


def _date_validation(year: int) -> DataValidation:
    validation = DataValidation(
        type="date",
        operator="between",
        formula1=f"DATE({year},1,1)",
        formula2=f"DATE({year},12,31)",
        allow_blank=False,
    )
    validation.error = f"请输入 {year} 年内的日期（如 {year}-03-15）。"
    validation.errorTitle = "日期无效"
    validation.showErrorMessage = True
    return validation


def _hours_validation() -> DataValidation:
    validation = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="1000", allow_blank=True
    )
    validation.error = "工时应为 0 到 1000 之间的数字。"
    validation.errorTitle = "工时无效"
    validation.showErrorMessage = True
    return validation
