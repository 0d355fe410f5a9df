"""Build the default tour of the sample building's plant rooms (``resources/training/``).

Every stop names real elements of ``ifc_samples/sample_residential_ifc4.ifc`` by their GlobalId
(found by name in the model, so a regenerated sample with the same deterministic uuid5 ids gives
the same file) and a camera framed off-screen on those elements, then x-ray or a storey
isolated so the plant shows. Run after changing the sample generator::

    .venv/bin/python tools/make_default_tour.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from fmdesk import bim  # noqa: E402
from fmdesk.bim.geometry import load_geometry  # noqa: E402
from fmdesk.render.offscreen import create_offscreen_plotter  # noqa: E402
from fmdesk.render.scene import Scene  # noqa: E402
from fmdesk.training.tour_files import write_tour_file  # noqa: E402
from fmdesk.training.tours import Tour, TourStop  # noqa: E402

SAMPLE = REPO / "ifc_samples" / "sample_residential_ifc4.ifc"
OUT = REPO / "resources" / "training" / "sample_plant_rooms.json"
ZOOM_OUT = 0.6

# (title, text, storey to isolate or None, x-ray, view, highlighted names, operate names)
STOPS = [
    (
        "地下一层水泵房",
        "生活水泵 1#/2#（SB-01 主用、SB-02 备用）从吸水总管取水，经止回阀和出水阀进入出水总管。"
        "记住：吸水总管漏水要关 V-02、V-11、V-21 三个阀门。",
        "B1",
        False,
        "iso",
        ["生活水泵1# (SB-01)", "生活水泵2# (SB-02)", "吸水总管 DN100", "出水总管 DN100"],
        ["水箱出水阀 (V-02)", "1#泵吸水阀 (V-11)", "2#泵吸水阀 (V-21)"],
    ),
    (
        "生活水箱与进水总阀",
        "市政给水经总水表 WM-01、进水总阀 V-01 进入生活水箱 SX-01。全楼停水检修时先关 V-01。",
        "B1",
        False,
        "iso",
        ["生活水箱 (SX-01)", "总水表 (WM-01)"],
        ["进水总阀 (V-01)"],
    ),
    (
        "消防泵组",
        "消防水箱 XSX-01 → 消防泵 XF-01/XF-02 → 消防出水总管 → 消火栓立管 XL-1。"
        "消防系统的阀门平时必须常开，检修后要复位并挂牌。",
        "B1",
        False,
        "iso",
        ["消防泵1# (XF-01)", "消防泵2# (XF-02)", "消防水箱 (XSX-01)"],
        ["1#消防泵出水阀 (XV-13)", "2#消防泵出水阀 (XV-23)"],
    ),
    (
        "给水立管 JL-1",
        "给水立管总阀 V-03 在水泵房出水总管之后；每层立管阀 V-JL1-NN 在楼层三通之上，"
        "关闭某层立管阀会停掉该层以上所有住户。",
        None,
        True,
        "front",
        [f"给水立管 JL-1 {s}" for s in ("B1", "1F", "2F", "3F", "4F", "5F", "6F")],
        ["给水立管总阀 (V-03)"],
    ),
    (
        "低压配电室",
        "干式变压器 BYQ-01 → 低压开关柜 AA-1 → 出线断路器 → 竖井干线 WL1。"
        "电气故障先找出线断路器，操作前确认挂牌上锁。",
        "B1",
        False,
        "iso",
        ["干式变压器 (BYQ-01)", "低压开关柜 (AA-1)"],
        [],
    ),
    (
        "六层住户 1-601：户阀与户水表",
        "每户进户处有户阀和户水表。户内漏水只需关闭本户户阀，不要关楼层阀或立管阀。",
        "6F",
        False,
        "iso",
        ["户水表 1-601", "户内给水管 1-601"],
        ["户阀 1-601"],
    ),
]


def main() -> int:
    model = bim.open_model(SAMPLE)
    ids = {e.Name: e.GlobalId for e in model.by_type("IfcElement") if e.Name}
    project = model.by_type("IfcProject")[0]
    building = model.by_type("IfcBuilding")[0]
    storeys = {s.Name: s.GlobalId for s in model.by_type("IfcBuildingStorey")}
    geometry = load_geometry(SAMPLE)
    plotter = create_offscreen_plotter((1280, 800))
    stops = []
    try:
        scene = Scene(plotter, colour_mode="class")
        scene.set_geometry(geometry)
        initial = scene.capture_state()
        for title, text, storey, xray, view, names, operate in STOPS:
            selection = [ids[n] for n in names]
            valves = [ids[n] for n in operate]
            scene.apply_state(initial)
            scene.isolate_storey(storeys[storey] if storey else None)
            scene.set_xray(xray)
            scene.set_view(view)
            scene.fit_elements(selection + valves)
            camera = plotter.renderer.GetActiveCamera()
            camera.Dolly(ZOOM_OUT)  # context around the plant: the room, not only the pumps
            plotter.renderer.ResetCameraClippingRange()
            scene.clear_highlight()
            scene.highlight(selection, "selection")
            if valves:
                scene.highlight(valves, "operate")
            stops.append(TourStop(title, text, scene.capture_state()))
    finally:
        plotter.close()
        plotter.deep_clean()
    tour = Tour(
        "设备机房巡览（示例小区 1号楼）",
        project.GlobalId,
        stops,
        model_name=building.Name or project.Name or "",
        summary="新员工入职第一课：水泵房、水箱、消防泵、给水立管、配电室和户阀的位置。",
        created_by="fmdesk",
    )
    write_tour_file(tour, OUT)
    print(f"{OUT.relative_to(REPO)}: {len(stops)} stops")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
