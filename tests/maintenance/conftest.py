from __future__ import annotations

from tests.maintenance.fixtures import assets, plan_2027

__all__ = ["assets", "plan_2027"]
