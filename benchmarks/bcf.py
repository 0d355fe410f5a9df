"""BCF import benchmark: a generated 1,000-topic BCF file imported into an empty database.

Each topic has a title, description, two labels, a due date, two comments and one viewpoint
(perspective camera, three selected components, five hidden ones, a colour, a clipping plane,
a line) with a 20 kB PNG snapshot, like a real design-review export. The file is written by
fmdesk's own exporter, then imported into a fresh SQLite database (and PostgreSQL when
``FMDESK_TEST_POSTGRES_URL`` is set) through the same use case as ``fmdesk bcf import``.
Target: ≤ 10 s for 1,000 topics. Run::

    .venv/bin/python benchmarks/bcf.py [--topics 1000] [--version 3.0]
"""

from __future__ import annotations

import argparse
import os
import random
import string
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fmdesk.app.review import issue_draft
from fmdesk.app.review_bcf import export_bcf, import_bcf
from fmdesk.bootstrap import bootstrap
from fmdesk.review.issues import save_issues

_CHARS = string.digits + string.ascii_letters + "_$"


def _gid(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(22))


def _png(rng: random.Random, size: int = 20_000) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + rng.randbytes(size)


def make_bcf(path: Path, topics: int, version: str) -> None:
    """Write a ``topics``-topic BCF file (via a scratch database and fmdesk's exporter)."""
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(f"sqlite:///{folder}/gen.sqlite3", actor="benchmark")
        drafts = []
        start = datetime(2027, 1, 4, tzinfo=UTC)
        for n in range(topics):
            gids = [_gid(rng) for _ in range(8)]
            state = {
                "camera": {
                    "position": [rng.uniform(0, 60), rng.uniform(0, 40), rng.uniform(2, 30)],
                    "focal_point": [30.0, 20.0, 5.0],
                    "view_up": [0.0, 0.0, 1.0],
                    "view_angle": 55.0,
                },
                "hidden_classes": ["IfcSpace", "IfcOpeningElement"],
                "hidden_ids": gids[3:],
                "highlights": {"selection": gids[:3]},
                "colours": {"FFFF0000": gids[:1]},
                "section": {"origin": [0, 0, rng.uniform(3, 30)], "normal": [0, 0, -1]},
                "lines": [[[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]],
            }
            draft = issue_draft(
                title=f"第 {n + 1} 号问题：管道与风管碰撞",
                element_ids=gids[:3],
                issue_type=rng.choice(["design", "clash", "construction"]),
                priority=rng.choice(["high", "normal", "low"]),
                due_date=start + timedelta(days=30 + n % 60),
                labels=["给排水", "暖通"],
                description="风管底标高与给水管冲突，检修空间不足。" * 3,
                comment="请设计院复核。",
                viewpoint=state,
                snapshot=_png(rng),
            )
            draft.comments.append(type(draft.comments[0])("已复核，待修改。", author="设计院"))
            drafts.append(draft)
        save_issues(app.uow(), drafts)
        export_bcf(app, path, version=version)
        app.close()


def time_import(path: Path, url: str) -> tuple[float, float, int]:
    """(wall seconds, this process's CPU seconds, topics) of one import."""
    app = bootstrap(url, actor="benchmark")
    try:
        start, cpu = time.perf_counter(), time.process_time()
        result = import_bcf(app, path)
        return time.perf_counter() - start, time.process_time() - cpu, result.topic_count
    finally:
        app.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--version", choices=("2.1", "3.0"), default="3.0")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bcf = Path(folder) / f"review.{'bcf' if args.version == '3.0' else 'bcfzip'}"
        started = time.perf_counter()
        make_bcf(bcf, args.topics, args.version)
        print(
            f"generated {args.topics} topics as BCF {args.version}: "
            f"{bcf.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        targets = [("SQLite", f"sqlite:///{folder}/import.sqlite3")]
        if os.environ.get("FMDESK_TEST_POSTGRES_URL"):
            targets.append(("PostgreSQL", os.environ["FMDESK_TEST_POSTGRES_URL"]))
        for name, url in targets:
            if name == "PostgreSQL":
                from tests.fixtures_db import fresh_postgres_database

                with fresh_postgres_database(url, "fmdesk_bcf") as fresh:
                    seconds, cpu, count = time_import(bcf, fresh)
            else:
                seconds, cpu, count = time_import(bcf, url)
            print(
                f"import into {name}: {count} topics in {seconds:.2f} s wall, "
                f"{cpu:.2f} s CPU (target ≤ 10 s; load average {os.getloadavg()[0]:.1f})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
