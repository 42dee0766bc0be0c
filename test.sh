#!/usr/bin/env bash
# Runs the whole test suite: unit, integration (embedded PostgreSQL, real HTTP) and browser tests (headless
# Chromium). Installs Debian's chromium, chromium-driver and CJK fonts first when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
   || ! fc-list 2>/dev/null | grep -i "CJK" >/dev/null; then
  echo "Installing headless Chromium and CJK fonts for the browser tests ..."
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi
exec mvn -B -ntp verify "$@"
