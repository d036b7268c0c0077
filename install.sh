#!/bin/sh
# Installs what coursepack needs on a Debian/Ubuntu machine with Python 3.11+:
# system libraries and fonts from apt (only those missing), then the package
# and its Python dependencies from PyPI into a virtual environment in this
# folder, `.venv/` (made here, or reused when it is already there and works).
# A distribution's own Python refuses `pip install` outside one (PEP 668,
# "externally-managed-environment"), so nothing is installed into it.
#
#   sh install.sh          # then: python3 build.py (finds .venv by itself)
#   sh install.sh test     # also the test tools; then: .venv/bin/python -m pytest
#
# PYTHON=/path/to/python3 picks the interpreter the environment is made from
# (default: python3 on PATH).  Run it again at any time: it only adds what is
# missing.
set -e
cd "$(dirname "$0")"
APT_PACKAGES="fonts-noto-core fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils libgs-common fonts-wqy-microhei"
# the test tools: a headless browser and npm for the accessibility check of the
# web export (axe-core), Ghostscript for the press profile's preflight
APT_TEST_PACKAGES="chromium ghostscript npm"
AXE_VERSION=4.14.1   # coursepack/standards/axe.py: AXE_VERSION
PY=${PYTHON:-python3}
VENV=.venv

say() { echo "install.sh: $*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

command -v "$PY" >/dev/null 2>&1 || die "no $PY on PATH: install Python 3.11 or newer (apt-get install python3)"
"$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "$PY is Python $("$PY" -c 'import sys; print(sys.version.split()[0])'); coursepack needs 3.11 or newer (set PYTHON=/path/to/python3.11)"

HAVE_APT=""
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then HAVE_APT=1; fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
APT_UPDATED=""
apt_install() {   # apt_install PACKAGE...: only the missing ones
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -n "$missing" ] || return 0
  say "apt-get install$missing"
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# 1. System libraries (Pango for WeasyPrint), fonts, pdftoppm.
if [ -n "$HAVE_APT" ]; then
  # shellcheck disable=SC2086
  apt_install $APT_PACKAGES
  # shellcheck disable=SC2086
  if [ "${1:-}" = "test" ]; then
    # only the tools not already on PATH (a Node.js installed otherwise has its npm)
    want=""
    for p in $APT_TEST_PACKAGES; do command -v "$p" >/dev/null 2>&1 || want="$want $p"; done
    command -v gs >/dev/null 2>&1 && want=$(echo "$want" | sed 's/ghostscript//')
    # shellcheck disable=SC2086
    [ -z "$(echo $want)" ] || apt_install $want \
      || say "could not install$want: the tests that need them are skipped"
  fi
else
  echo "install.sh: no apt-get here; install Pango, the Noto fonts and poppler-utils yourself" >&2
fi

# 2. The virtual environment.  Reused when its Python still runs (a venv
# outlives neither its interpreter's removal nor a move of the folder).
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)' 2>/dev/null; then
  say "using the environment in $VENV/"
else
  rm -rf "$VENV"
  # Debian and Ubuntu ship venv's pip bootstrap (ensurepip) separately:
  # python3-venv for the default python3, python3.X-venv for the others.
  ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if [ -n "$HAVE_APT" ] && ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    apt_install python3-venv "python$ver-venv" || true
  fi
  say "making a virtual environment in $VENV/ with $(command -v "$PY")"
  if ! "$PY" -m venv "$VENV" >/dev/null; then
    rm -rf "$VENV"
    # ensurepip importable but its wheels missing: the venv packages, once more
    if [ -n "$HAVE_APT" ] && apt_install python3-venv "python$ver-venv" && "$PY" -m venv "$VENV" >/dev/null; then
      :
    else
      rm -rf "$VENV"
      die "'$PY -m venv $VENV' failed: install your distribution's venv package (Debian, Ubuntu: apt-get install python3-venv)"
    fi
  fi
fi

# 3. coursepack and its dependencies, into the environment (editable: the
# environment runs this checkout's code, so a `git pull` needs no reinstall).
if [ "${1:-}" = "test" ]; then EXTRA="[test]"; else EXTRA=""; fi
# EPUBCheck validates the EPUB in the tests (tests/markdown/test_epub.py)
if [ "${1:-}" = "test" ] && [ -n "$HAVE_APT" ]; then apt_install epubcheck || true; fi
say "pip install -e .$EXTRA (into $VENV/)"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".$EXTRA"

# 4. The English word index the repairs read (~/.cache/coursepack/words,
# made once from wordfreq's list; other languages are made on first use and
# the build says so).  COURSEPACK_CACHE_DIR moves it (empty: no index kept).
"$VENV/bin/python" -c 'from coursepack.words import zipf; zipf("the")' \
  || say "could not make the word index now: the first build will make it"
# 5. (test) axe-core from npm, pinned, into ~/.cache/coursepack/axe: the
# tests run it in Chromium; nothing is fetched when they run.
if [ "${1:-}" = "test" ]; then
  AXE_DIR="${COURSEPACK_CACHE_DIR:-$HOME/.cache/coursepack}/axe"
  if [ -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ] && \
     grep -q "\"version\": \"$AXE_VERSION\"" "$AXE_DIR/node_modules/axe-core/package.json" 2>/dev/null; then
    say "axe-core $AXE_VERSION is in $AXE_DIR"
  elif command -v npm >/dev/null 2>&1; then
    say "npm install axe-core@$AXE_VERSION (into $AXE_DIR)"
    mkdir -p "$AXE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$AXE_DIR" "axe-core@$AXE_VERSION" >/dev/null \
      || say "could not install axe-core: the web accessibility test will be skipped"
  else
    say "no npm: the web accessibility test will be skipped (install npm, then run this again)"
  fi
fi
say "done: 'python3 build.py' builds the pack; the command line is $VENV/bin/coursepack"
