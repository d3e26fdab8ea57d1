#!/bin/sh
# Installs the Debian packages dyad builds against, when they are missing.
# As root it runs apt-get; otherwise it says what to install and stops.
# `deps.sh models` adds what retraining the models needs (WordNet).
set -e
need=""
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
pkgs="gcc make libjansson-dev libutf8proc-dev"
[ "$1" = models ] && pkgs="$pkgs wordnet-base"
for p in $pkgs; do
    have "$p" || need="$need $p"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ]; then
    echo "dyad: installing Debian packages:$need"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq $need >/dev/null
else
    echo "dyad: missing Debian packages:$need" >&2
    echo "dyad: install them with: sudo apt-get install$need" >&2
    exit 1
fi
