#!/bin/sh
# Benchmarks: medians of repeated runs; see each section.
set -e
echo "dyad benchmarks (medians; timings on shared machines are noisy)"
for b in bench/*.sh; do
    [ "$b" = bench/run.sh ] && continue
    sh "$b"
done
