#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server, for the central database tests (issue #12):
#   bash packaging/postgres-test.sh COMMAND [ARGS…]
# Initialises a cluster in a temporary folder as an unprivileged user (as root: the `postgres`
# user the distribution's package creates), listening on localhost only, creates an empty
# database, exports FSADESK_TEST_POSTGRES_URL for the tests, runs COMMAND, then stops the server
# and removes the folder. The app itself never needs PostgreSQL; only these tests do.
set -euo pipefail
server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(server_bin)" ]; then
  # The distribution's server package (a fresh CI machine has none); the app never needs it.
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: postgresql"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin="$(server_bin)"
# A free port unless one is given: several test runs on one machine must not meet.
port="${FSADESK_TEST_POSTGRES_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
dir="$(mktemp -d "${TMPDIR:-/tmp}/fsadesk-postgres.XXXXXX")"
as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
# trust on a socket in our own temp folder and on localhost: a throw-away server for tests only.
"${as[@]}" "$bin/initdb" -D "$dir/data" -U fsadesk -A trust -E UTF8 --no-locale >"$dir/initdb.log"
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -p $port -c listen_addresses=localhost -c fsync=off" start >/dev/null
"${as[@]}" "$bin/createdb" -h "$dir" -p "$port" -U fsadesk fsadesk_test
export FSADESK_TEST_POSTGRES_URL="postgresql+psycopg://fsadesk@localhost:$port/fsadesk_test"
echo "PostgreSQL test server: $FSADESK_TEST_POSTGRES_URL"
"$@"
