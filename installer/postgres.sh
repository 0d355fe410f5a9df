#!/usr/bin/env bash
# Prints a SQLAlchemy URL of a real PostgreSQL test database, starting the local cluster and
# creating the role/database when run as root. Prints nothing (exit 1) when none can be had;
# the PostgreSQL tests then skip, or fail when FMDESK_REQUIRE_POSTGRES=1 (CI).
set -uo pipefail
host=127.0.0.1 port=5432 db=${FMDESK_TEST_POSTGRES_DB:-fmdesk_test} role=fmdesk pass=fmdesk
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n "$pgbin" ]] && PATH="$pgbin:$PATH"
command -v pg_isready >/dev/null 2>&1 || exit 1

if ! pg_isready -q -h $host -p $port; then
  [[ $(id -u) -eq 0 ]] || exit 1
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    if [[ -z "$version" ]]; then
      version=$(basename "$(dirname "$pgbin")")
      pg_createcluster "$version" main >/dev/null 2>&1 || true
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  fi
  for _ in $(seq 1 20); do pg_isready -q -h $host -p $port && break; sleep 0.5; done
  pg_isready -q -h $host -p $port || exit 1
fi

as_admin() {
  if [[ $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -h /var/run/postgresql -p $port -qtA "$@" 2>/dev/null \
      || psql -h $host -p $port -U postgres -qtA "$@" 2>/dev/null
  else
    psql -h $host -p $port -U postgres -qtA "$@" 2>/dev/null
  fi
}
if [[ "$(as_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$role'")" != "1" ]]; then
  as_admin -d postgres -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$pass'" >/dev/null
fi
if [[ "$(as_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$db'")" != "1" ]]; then
  as_admin -d postgres -c "CREATE DATABASE $db OWNER $role ENCODING 'UTF8' TEMPLATE template0" >/dev/null
fi
echo "postgresql+psycopg://$role:$pass@$host:$port/$db"
