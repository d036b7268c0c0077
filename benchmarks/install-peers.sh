#!/bin/sh
# Optional: the peers the benchmark compares against (Pandoc, XeLaTeX).
# Not needed to build or test coursepack.
set -e
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  pandoc texlive-xetex texlive-latex-recommended texlive-fonts-recommended lmodern >/dev/null
