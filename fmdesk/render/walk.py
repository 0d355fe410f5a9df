"""First-person walk camera as pure functions: the GUI turns keys and mouse moves into calls.

A walker stands on a storey floor with the eye 1.6 m above it, looks in a horizontal direction
(yaw, degrees counter-clockwise from +X, so 90 looks north along +Y) tilted by pitch (degrees,
up positive, clamped to ±85 so the view never flips), and moves horizontally: walking never
changes height, only changing storey does. Keeping this free of VTK and Qt makes it testable
and lets BCF viewpoints or training tours reuse it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from fmdesk.bim.geometry import Storey

__all__ = [
    "EYE_HEIGHT",
    "WalkPose",
    "camera_of",
    "change_storey",
    "move",
    "pose_from_camera",
    "scale_speed",
    "step",
    "storey_at",
    "turn",
]

EYE_HEIGHT = 1.6
MAX_PITCH = 85.0
MIN_SPEED, MAX_SPEED = 0.2, 20.0


@dataclass(frozen=True)
class WalkPose:
    """Where the walker stands and looks. ``floor`` is the current storey's elevation (m)."""

    x: float
    y: float
    floor: float
    yaw: float = 90.0
    pitch: float = 0.0
    speed: float = 1.4
    """Metres per second (1.4 is a brisk walk)."""
    eye_height: float = EYE_HEIGHT

    @property
    def eye(self) -> tuple[float, float, float]:
        return (self.x, self.y, self.floor + self.eye_height)


def camera_of(pose: WalkPose) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
    """(position, focal point 1 m ahead, view-up) for a VTK camera.

    Example::

        position, focal, up = camera_of(WalkPose(0, 0, 3.0))   # eye at z = 4.6, looking +Y
    """
    yaw, pitch = math.radians(pose.yaw), math.radians(pose.pitch)
    direction = (
        math.cos(pitch) * math.cos(yaw),
        math.cos(pitch) * math.sin(yaw),
        math.sin(pitch),
    )
    eye = pose.eye
    focal = tuple(e + d for e, d in zip(eye, direction, strict=True))
    return eye, focal, (0.0, 0.0, 1.0)


def move(pose: WalkPose, forward: float = 0.0, right: float = 0.0) -> WalkPose:
    """Move ``forward`` metres along the view direction and ``right`` metres sideways,
    horizontally (looking down while walking does not sink into the floor)."""
    yaw = math.radians(pose.yaw)
    dx = forward * math.cos(yaw) + right * math.sin(yaw)
    dy = forward * math.sin(yaw) - right * math.cos(yaw)
    return replace(pose, x=pose.x + dx, y=pose.y + dy)


def turn(pose: WalkPose, yaw: float = 0.0, pitch: float = 0.0) -> WalkPose:
    """Turn left by ``yaw`` degrees (negative turns right) and look up by ``pitch`` degrees."""
    new_pitch = max(-MAX_PITCH, min(MAX_PITCH, pose.pitch + pitch))
    return replace(pose, yaw=(pose.yaw + yaw) % 360.0, pitch=new_pitch)


def step(
    pose: WalkPose,
    seconds: float,
    forward: int = 0,
    right: int = 0,
    turn_left: int = 0,
    turn_speed: float = 90.0,
) -> WalkPose:
    """Advance by one timer tick with keys held: ``forward``/``right``/``turn_left`` are -1, 0 or
    1 (W/S, D/A, Q/E); speed is the pose's, turning ``turn_speed`` degrees per second."""
    distance = pose.speed * seconds
    moved = move(pose, forward * distance, right * distance)
    return turn(moved, yaw=turn_left * turn_speed * seconds)


def scale_speed(pose: WalkPose, factor: float) -> WalkPose:
    """Faster or slower (mouse wheel, +/-), kept between 0.2 and 20 m/s."""
    return replace(pose, speed=max(MIN_SPEED, min(MAX_SPEED, pose.speed * factor)))


def storey_at(z: float, storeys: Sequence[Storey], tolerance: float = 0.3) -> Storey | None:
    """The storey a point at height ``z`` stands on: the highest with elevation <= z."""
    below = [s for s in storeys if s.elevation <= z + tolerance]
    if below:
        return max(below, key=lambda s: s.elevation)
    return min(storeys, key=lambda s: s.elevation) if storeys else None


def change_storey(pose: WalkPose, storeys: Sequence[Storey], delta: int) -> WalkPose:
    """Go ``delta`` storeys up (negative: down), staying on the top/bottom one at the ends."""
    ordered = sorted(storeys, key=lambda s: s.elevation)
    if not ordered:
        return pose
    current = storey_at(pose.floor, ordered)
    index = ordered.index(current) if current in ordered else 0
    target = ordered[max(0, min(len(ordered) - 1, index + delta))]
    return replace(pose, floor=target.elevation)


def pose_from_camera(
    position: Sequence[float],
    focal_point: Sequence[float],
    storeys: Sequence[Storey],
    eye_height: float = EYE_HEIGHT,
    speed: float = 1.4,
) -> WalkPose:
    """Enter walk mode where the orbit camera is: same x, y and heading, standing on the storey
    below the camera (a camera high above the roof stands on the top storey)."""
    dx, dy, dz = (f - p for f, p in zip(focal_point, position, strict=True))
    yaw = math.degrees(math.atan2(dy, dx)) if (dx or dy) else 90.0
    horizontal = math.hypot(dx, dy)
    pitch = math.degrees(math.atan2(dz, horizontal)) if horizontal or dz else 0.0
    storey = storey_at(float(position[2]) - eye_height, storeys)
    floor = storey.elevation if storey is not None else float(position[2]) - eye_height
    return WalkPose(
        x=float(position[0]),
        y=float(position[1]),
        floor=floor,
        yaw=yaw % 360.0,
        pitch=max(-MAX_PITCH, min(MAX_PITCH, pitch)),
        speed=speed,
        eye_height=eye_height,
    )
