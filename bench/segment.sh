#!/bin/sh
# Segmentation speed: sentences + tokens on news text, one core.
# Target: >= 50 MB/s.  Run by bench/run.sh (make bench).
art="$SHARED/examples/syria-daily-2017-11-12.txt"
[ -f "$art" ] || art=examples/demo-news-2024.txt
"$BUILD/bench/bench_segment" "$art" 50 5
