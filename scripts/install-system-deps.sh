#!/usr/bin/env bash
# Installs the system programs the test suites need, from Debian's or Ubuntu's archive:
# Chromium, Hugo, PHP with its MySQL, XML, mbstring and curl extensions, MariaDB, Apache and
# WordPress with a block theme. The list is scripts/system-deps.mjs's, which the suites check.
#
#   sudo scripts/install-system-deps.sh          install what is missing
#   scripts/install-system-deps.sh --list        print the packages, install nothing
#
# The suites serve WordPress with `php -S`; they start Apache themselves (never its service) only
# to serve the site's files as a stock Apache would. The MariaDB service need not run either
# (the suites start their own server).
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a packages <<<"$(node scripts/system-deps.mjs --packages)"
# Ubuntu ships Chromium as chromium-browser (a package that installs the snap).
if grep -qs '^ID=ubuntu' /etc/os-release; then
  for i in "${!packages[@]}"; do
    [ "${packages[$i]}" = chromium ] && packages[i]=chromium-browser
  done
fi

if [ "${1:-}" = "--list" ]; then
  echo "${packages[*]}"
  exit 0
fi

need=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -eq 0 ]; then
  echo "install-system-deps: every package is installed (${packages[*]})."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: installing ${need[*]} needs root: run sudo $0" >&2
  exit 1
fi
echo "install-system-deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
node scripts/system-deps.mjs
