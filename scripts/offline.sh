#!/usr/bin/env bash
# Runs the whole test suite (or the command given) inside a network namespace with only
# loopback, to prove that no build or test needs the internet and that no element contacts
# anything but the local dev instances.
#
#   scripts/offline.sh                 npm test, offline
#   scripts/offline.sh npm run build   any command, offline
#
# Needs `unshare -n` (util-linux), which needs root or unprivileged user namespaces.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then set -- npm test; fi

if ! command -v unshare >/dev/null 2>&1; then
  echo "offline: 'unshare' (util-linux) is not installed, so the suite cannot be isolated from the network." >&2
  exit 2
fi
if ! unshare -n true 2>/dev/null; then
  if unshare -r -n true 2>/dev/null; then
    prefix=(unshare -r -n)
  else
    echo "offline: this machine does not allow new network namespaces (unshare -n needs root, or" >&2
    echo "unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1). Nothing was run." >&2
    exit 2
  fi
else
  prefix=(unshare -n)
fi

# The command line is passed as positional arguments, so nothing is re-parsed by the shell.
"${prefix[@]}" sh -c '
  ip link set lo up 2>/dev/null || { echo "offline: could not bring up loopback" >&2; exit 2; }
  if getent hosts registry.npmjs.org >/dev/null 2>&1; then
    echo "offline: the network namespace still resolves names; refusing to report a fake offline run" >&2
    exit 2
  fi
  echo "offline: running \"$*\" with loopback only"
  exec "$@"
' offline "$@"
