#!/usr/bin/env bash
# Runs the whole suite: GUI tests on a virtual display (pytest-xvfb), PostgreSQL tests against a
# real server (a local one is started when none is configured; see installer/postgres.sh).
set -euo pipefail
bin=$1
shift || true
if [[ -z "${FMDESK_TEST_POSTGRES_URL:-}" && -f installer/postgres.sh ]]; then
  url=$(bash installer/postgres.sh || true)
  [[ -n "$url" ]] && export FMDESK_TEST_POSTGRES_URL="$url"
fi
exec "$bin/pytest" "$@"
