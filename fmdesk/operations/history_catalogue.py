"""What the generated history of the sample building is made of: the in-house team, the
contractors and their contracts, the backup suppliers, and the faults residents report.

Names are invented (no real company); the amounts and service standards are typical of a
residential property in a Chinese city (电梯半月保, 消防月检, 机电维保)."""

from __future__ import annotations

from typing import Any

TEAMS = {"维修一班": ["electrical", "civil"], "维修二班": ["plumbing", "hvac"]}
TECHNICIANS = [
    ("李建国", "维修一班", ["electrical"], "B1"),
    ("王海峰", "维修一班", ["civil"], "1F"),
    ("张志强", "维修二班", ["plumbing"], "B1"),
    ("赵明", "维修二班", ["plumbing", "hvac"], "3F"),
]

LIFT, FIRE, MEP = "恒通电梯维保有限公司", "安盾消防技术服务有限公司", "润泽机电工程有限公司"

CONTRACTORS: list[dict[str, Any]] = [
    {
        "name": LIFT,
        "scope": "电梯 维保",
        "contact": "周经理",
        "phone": "021-5555-0101",
        "staff": [
            {"name": "孙磊", "role": "电梯维保员", "certificate": "特种设备作业人员证 T-31011"},
            {"name": "钱勇", "role": "电梯维保员", "certificate": "特种设备作业人员证 T-31012"},
        ],
        "qualifications": [
            {
                "name": "特种设备安装改造维修许可证",
                "number": "TS3131001",
                "valid_until": "2029-06-30",
            }
        ],
        "insurance": {"insurer": "中国人保", "policy": "PICC-ZR-2027-118", "amount": 2000000},
        "contract": {
            "number": "HT-WB-DT-01",
            "title": "1号楼电梯维保合同",
            "categories": ["lift"],
            "systems": [],
            "monthly_fee": 9600.0,
            "standards": {
                "urgent": {"response_minutes": 15, "completion_minutes": 120},
                "high": {"response_minutes": 30, "completion_minutes": 480},
                "normal": {"response_minutes": 120, "completion_minutes": 1440},
                "low": {"response_minutes": 480, "completion_minutes": 10080},
            },
            "penalties": {
                "sla_breach_yuan": 300,
                "concealed_fault_percent": 5,
                "repeat_finding_yuan": 200,
            },
        },
    },
    {
        "name": FIRE,
        "scope": "消防 维保",
        "contact": "吴工",
        "phone": "021-5555-0202",
        "staff": [{"name": "郑伟", "role": "消防设施操作员", "certificate": "消防设施操作员 四级"}],
        "qualifications": [
            {
                "name": "消防设施维护保养检测机构资质",
                "number": "XF-2024-0571",
                "valid_until": "2028-12-31",
            }
        ],
        "insurance": {"insurer": "平安产险", "policy": "PA-GZ-2027-33", "amount": 1000000},
        "contract": {
            "number": "HT-WB-XF-01",
            "title": "1号楼消防设施维保合同",
            "categories": ["hydrant"],
            "systems": [],
            "monthly_fee": 6000.0,
            "standards": {
                "urgent": {"response_minutes": 30, "completion_minutes": 240},
                "high": {"response_minutes": 60, "completion_minutes": 1440},
            },
            "penalties": {
                "sla_breach_yuan": 200,
                "concealed_fault_percent": 5,
                "repeat_finding_yuan": 200,
            },
        },
    },
    {
        "name": MEP,
        "scope": "给排水 暖通 水泵 机电",
        "contact": "冯经理",
        "phone": "021-5555-0303",
        "staff": [
            {"name": "陈刚", "role": "水泵维修工", "certificate": "低压电工作业证"},
            {"name": "褚亮", "role": "暖通技工", "certificate": "制冷与空调作业证"},
        ],
        "qualifications": [
            {"name": "机电工程施工总承包三级", "number": "D331055555", "valid_until": "2028-03-31"}
        ],
        "insurance": {"insurer": "太平洋产险", "policy": "CPIC-2027-909", "amount": 1000000},
        "contract": {
            "number": "HT-WB-JD-01",
            "title": "1号楼给排水及通风设备维保合同",
            "categories": ["pump", "tank", "fan", "chamber"],
            "systems": [],
            "monthly_fee": 12000.0,
            "standards": {},
            "penalties": {
                "sla_breach_yuan": 400,
                "concealed_fault_percent": 5,
                "repeat_finding_yuan": 300,
            },
        },
    },
]

BACKUPS = [
    {
        "name": "鼎安电梯工程有限公司",
        "scope": "电梯 维保",
        "contact": "卫经理",
        "phone": "021-5555-0404",
    },
    {
        "name": "卫安消防工程有限公司",
        "scope": "消防 维保",
        "contact": "蒋工",
        "phone": "021-5555-0505",
    },
    {
        "name": "众诚机电安装有限公司",
        "scope": "给排水 机电",
        "contact": "沈工",
        "phone": "021-5555-0606",
    },
]

# Faults per asset category (the title of a repair order).
FAULTS: dict[str, list[str]] = {
    "lift": ["电梯困人", "电梯门机故障", "电梯运行异响", "电梯平层不准", "电梯按钮失灵"],
    "hydrant": ["消火栓箱门损坏", "消火栓水带老化", "消火栓阀门渗漏", "消火栓指示灯不亮"],
    "pump": ["水泵异响", "水泵机械密封漏水", "水泵不能自动切换", "水泵电机过热"],
    "tank": ["水箱浮球阀失灵", "水箱人孔盖锈蚀", "水箱溢流报警"],
    "fan": ["排风机异响", "排风机不启动"],
    "chamber": ["集水井水位报警", "检查井堵塞"],
    "breaker": ["断路器跳闸", "断路器发热"],
    "distribution_board": ["配电箱门锁损坏", "配电箱指示灯不亮", "配电箱内异味"],
    "junction_box": ["接线盒松动"],
    "transformer": ["变压器温度偏高"],
    "valve": ["阀门渗漏", "阀门关不严", "减压阀失灵"],
    "meter": ["水表读数异常", "水表漏水"],
}
FLAT_FAULTS = [
    "卫生间天花渗水",
    "厨房下水堵塞",
    "户内插座无电",
    "入户门锁损坏",
    "阳台地漏返味",
    "热水器无热水",
    "墙面开裂",
    "灯具不亮",
]
# How often a repair is on which kind of thing (flat: a resident's own space, no asset).
CATEGORY_WEIGHTS = {
    "flat": 40,
    "lift": 14,
    "hydrant": 5,
    "pump": 9,
    "tank": 3,
    "fan": 2,
    "chamber": 2,
    "breaker": 8,
    "distribution_board": 6,
    "junction_box": 1,
    "transformer": 1,
    "valve": 6,
    "meter": 3,
}
PRIORITY_WEIGHTS = {"urgent": 8, "high": 20, "normal": 55, "low": 17}
# Preventive maintenance per month: (category, title, orders per asset per month).
PREVENTIVE = [
    ("lift", "电梯半月保养", 2),
    ("hydrant", "消火栓月度检查", 1),
    ("pump", "水泵月度保养", 1),
    ("distribution_board", "配电箱月度巡检保养", 1),
]
QUALITY_ITEMS = {
    "lift": ["轿厢照明不足", "机房温度超标", "维保记录未签字"],
    "hydrant": ["消火栓箱被遮挡", "水带未按规定盘卷", "巡查记录缺失"],
    "pump": ["泵房地面积水", "水泵运行记录缺失", "设备铭牌缺失"],
    "tank": ["水箱清洗记录过期", "人孔未上锁"],
    "fan": ["风机防护网缺失"],
    "chamber": ["集水井盖板破损"],
    "breaker": ["回路标识不清"],
    "distribution_board": ["配电箱未上锁", "回路标识不清"],
    "valve": ["阀门标识缺失"],
}
REPORTERS = ["业主", "住户", "值班员", "保安", "保洁"]
