#!/bin/sh
# Installs what coursepack needs on a Debian/Ubuntu machine with Python 3.11+:
# system libraries and fonts from apt (only those missing), then the package
# from PyPI.  `sh install.sh test` also installs the test tools.
set -e
cd "$(dirname "$0")"
APT_PACKAGES="fonts-noto-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils"
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "install.sh: apt-get install$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
else
  echo "install.sh: no apt-get here; install Pango and the Noto fonts yourself" >&2
fi
PY=${PYTHON:-python3}
if [ "${1:-}" = "test" ]; then EXTRA="[test]"; else EXTRA=""; fi
$PY -m pip install -q --disable-pip-version-check -e ".$EXTRA"
