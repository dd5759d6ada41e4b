#!/usr/bin/env bash
# The shared-state tests start a real redis-server and a real PostgreSQL (Debian's packages) on loopback ports of
# their own. Installs them with apt when they are missing and this user can; otherwise says what to do.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "vacancy-bot: installing Debian's ${missing[*]} for the shared-state tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  # The packages start system-wide servers; the tests run their own, on ports of their own.
  (service redis-server stop || true) >/dev/null 2>&1
  (service postgresql stop || true) >/dev/null 2>&1
else
  echo "vacancy-bot: ${missing[*]} missing; install them (sudo apt-get install ${missing[*]}) for the shared-state tests" >&2
  exit 1
fi
