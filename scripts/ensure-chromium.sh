#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core; no test tool downloads a browser.
# Installs it with apt when it is missing and this user can; otherwise says what to do.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "vacancy-bot: installing Debian's chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "vacancy-bot: /usr/bin/chromium is missing; install it (sudo apt-get install chromium) for the browser tests" >&2
  exit 1
fi
