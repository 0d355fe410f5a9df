"""The documented scoring rule, number by number."""

from __future__ import annotations

from fmdesk.training.camera_path import camera_at, ease_in_out
from fmdesk.training.element_drills import NO_SYSTEM, check_identify, check_locate
from fmdesk.training.scoring import ScoringRule


def score(**counts: int) -> int:
    base = dict(
        reference=3,
        feeding_missing=0,
        wet_spaces=0,
        covered_missing=0,
        unnecessary=0,
        needlessly_cut=0,
    )
    return ScoringRule().score(**{**base, **counts}).score


def test_exactly_right_is_100_and_every_mistake_costs_what_the_rule_says() -> None:
    assert score() == 100
    assert score(feeding_missing=1, wet_spaces=1) == 62  # 100 - 33.3 - 5
    assert score(feeding_missing=1, wet_spaces=0) == 62  # the leak itself counts as one
    assert score(covered_missing=1) == 95
    assert score(unnecessary=1) == 95
    assert score(unnecessary=1, needlessly_cut=4) == 83
    assert score(feeding_missing=3, wet_spaces=2) == 0  # never below zero
    assert score(reference=1, feeding_missing=1, wet_spaces=1) == 0


def test_locate_accepts_the_element_or_its_room_and_halves_a_late_answer() -> None:
    assert check_locate("E", "E", {"R"}, 10, 60).score == 100
    assert check_locate("E", "R", {"R"}, 10, 60).score == 100
    late = check_locate("E", "E", {"R"}, 75, 60)
    assert late.score == 50 and late.late and not late.correct
    assert check_locate("E", "X", {"R"}, 5, 60).score == 0
    assert check_locate("E", None, {"R"}, 5, None).score == 0


def test_identify_gives_half_for_the_kind_and_half_for_the_system() -> None:
    assert check_identify("E", "valve", ["生活给水系统"], "valve", "生活给水系统").score == 100
    assert check_identify("E", "valve", ["生活给水系统"], "valve", "消火栓系统").score == 50
    assert check_identify("E", "valve", ["生活给水系统"], "pump", "生活给水系统").score == 50
    assert check_identify("E", "wall", [], "wall", NO_SYSTEM).score == 100


def test_the_camera_moves_smoothly_between_two_stops() -> None:
    a = {
        "position": [0, 0, 10],
        "focal_point": [0, 0, 0],
        "view_up": [0, 1, 0],
        "view_angle": 30.0,
        "parallel": False,
    }
    b = {
        "position": [10, 0, 10],
        "focal_point": [10, 0, 0],
        "view_up": [1, 0, 0],
        "view_angle": 60.0,
        "parallel": False,
    }
    assert camera_at(a, b, 0.0)["position"] == [0, 0, 10]
    assert camera_at(a, b, 1.0)["position"] == [10, 0, 10]
    mid = camera_at(a, b, 0.5)
    assert mid["position"] == [5, 0, 10] and mid["view_angle"] == 45.0
    up = mid["view_up"]
    assert abs(sum(v * v for v in up) - 1.0) < 1e-9
    assert ease_in_out(0.1) < 0.1 and ease_in_out(0.9) > 0.9  # slow start, slow stop
    assert camera_at({}, b, 0.3) == b
