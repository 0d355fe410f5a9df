#!/usr/bin/env bash
# `make run`: the desktop app on the bundled sample building. The sample's assets are imported
# (idempotent: a re-import reports "unchanged") into a demo database of their own, so the asset
# register, work orders and plan have something to show without touching the user's records.
# Without a display it says how to get one instead of failing inside Qt.
set -euo pipefail
bin=$1
sample=$2
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "fmdesk: no display found (DISPLAY is not set). On a desktop session run 'make run' there;" >&2
  echo "on a headless machine use a virtual one: xvfb-run -a -s '-screen 0 1600x1000x24' make run" >&2
  exit 1
fi
if [[ -z "${FMDESK_DATABASE_URL:-}" ]]; then
  FMDESK_DATABASE_URL=$("$bin/python" -c \
    "from fmdesk.settings import data_dir; print(f'sqlite:///{(data_dir() / \"sample.sqlite3\").as_posix()}')")
  export FMDESK_DATABASE_URL
fi
"$bin/fmdesk" assets import "$sample" --db "$FMDESK_DATABASE_URL"
# Two years of work orders, inspections, contractor work and quality checks, so the KPIs,
# reports and the contractor scorecard have data (a few seconds, once: skipped when the
# database already has orders).
"$bin/fmdesk" samples --history 2 --if-empty --db "$FMDESK_DATABASE_URL"
exec "$bin/fmdesk" gui "$sample"
