"""First-person walk maths: eye height, horizontal moves, turning limits, storeys."""

from __future__ import annotations

import math

import pytest

from fmdesk.bim.geometry import Storey
from fmdesk.render import walk

STOREYS = [Storey("b1", "B1", -4.5), Storey("f1", "1F", 0.0), Storey("f2", "2F", 3.0)]


def test_the_eye_is_one_point_six_metres_above_the_storey_floor() -> None:
    position, focal, up = walk.camera_of(walk.WalkPose(2.0, 3.0, floor=3.0, yaw=90.0))
    assert position == pytest.approx((2.0, 3.0, 4.6))
    assert focal == pytest.approx((2.0, 4.0, 4.6))  # yaw 90 looks north (+Y)
    assert up == (0.0, 0.0, 1.0)


def test_walking_forward_follows_the_heading_and_never_changes_height() -> None:
    pose = walk.WalkPose(0.0, 0.0, floor=0.0, yaw=0.0, pitch=-40.0)
    moved = walk.move(pose, forward=2.0)
    assert (moved.x, moved.y, moved.floor) == pytest.approx((2.0, 0.0, 0.0))
    strafed = walk.move(walk.WalkPose(0, 0, 0, yaw=90.0), right=1.0)
    assert (strafed.x, strafed.y) == pytest.approx((1.0, 0.0))  # facing north, right is east


def test_turning_wraps_yaw_and_clamps_pitch() -> None:
    pose = walk.turn(walk.WalkPose(0, 0, 0, yaw=350.0), yaw=20.0, pitch=200.0)
    assert pose.yaw == pytest.approx(10.0)
    assert pose.pitch == walk.MAX_PITCH
    assert walk.turn(pose, pitch=-500).pitch == -walk.MAX_PITCH


def test_a_timer_step_moves_speed_times_seconds() -> None:
    pose = walk.WalkPose(0, 0, 0, yaw=0.0, speed=2.0)
    stepped = walk.step(pose, 0.5, forward=1, turn_left=1, turn_speed=90)
    assert stepped.x == pytest.approx(1.0)
    assert stepped.yaw == pytest.approx(45.0)
    assert walk.step(pose, 0.5, forward=-1).x == pytest.approx(-1.0)


def test_speed_scales_within_limits() -> None:
    pose = walk.WalkPose(0, 0, 0, speed=1.0)
    assert walk.scale_speed(pose, 2.0).speed == 2.0
    assert walk.scale_speed(pose, 1000).speed == walk.MAX_SPEED
    assert walk.scale_speed(pose, 0.0001).speed == walk.MIN_SPEED


def test_storeys_are_found_by_height_and_changed_by_steps() -> None:
    assert walk.storey_at(4.0, STOREYS).name == "2F"
    assert walk.storey_at(-1.0, STOREYS).name == "B1"
    assert walk.storey_at(-100.0, STOREYS).name == "B1"
    pose = walk.WalkPose(0, 0, floor=0.0)
    assert walk.change_storey(pose, STOREYS, +1).floor == 3.0
    assert walk.change_storey(pose, STOREYS, -1).floor == -4.5
    assert walk.change_storey(pose, STOREYS, +5).floor == 3.0


def test_entering_walk_mode_keeps_the_heading_and_stands_on_the_storey_below() -> None:
    pose = walk.pose_from_camera((10.0, 0.0, 4.8), (10.0, 5.0, 4.8), STOREYS)
    assert pose.floor == 3.0
    assert pose.yaw == pytest.approx(90.0)
    assert pose.pitch == pytest.approx(0.0)
    looking_down = walk.pose_from_camera((0, 0, 50), (1, 0, 49), STOREYS)
    assert looking_down.floor == 3.0 and looking_down.pitch == pytest.approx(-45.0)
    assert math.isclose(walk.camera_of(pose)[0][2], 4.6)
