#!/bin/sh
# Reader throughput: JSON Lines of ~2 KB documents (50,000 = ~100 MB), one
# with every document's text needing UTF-8 repair, and a plain-text file.
# Needs $BUILD/bench/reader_speed (make bench builds it).
set -e
bin="$BUILD/bench/reader_speed"
[ -x "$bin" ] || { echo "reader: $bin not built"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A 2 KB paragraph of news-like text with quotes, escapes and non-ASCII.
awk 'BEGIN {
    p = "DAMASCUS, Nov 12 (Reuters) - Russian President Vladimir Putin and his US counterpart Donald Trump have announced a general agreement backing Moscow\342\200\231s line on Syria\342\200\231s 80-month conflict. ";
    s = ""; while (length(s) < 2000) s = s p "The Kremlin said \\\"the Presidents agreed\\\" on the summary.\\n";
    for (i = 0; i < 50000; i++)
        printf "{\"id\": \"doc-%d\", \"date\": \"2017-11-12\", \"title\": \"Syria daily %d\", \"url\": \"https://example.org/%d\", \"text\": \"%s\"}\n", i, i, i, s
}' > "$tmp/docs.jsonl"
# The same with a bad byte in every document (exercises the repair path).
sed 's/conflict\./conflict\xff./' "$tmp/docs.jsonl" > "$tmp/bad.jsonl"
# Plain text: one 100 MB document.
sed 's/.*"text": "//; s/"}$//' "$tmp/docs.jsonl" > "$tmp/big.txt"
echo "reader (JSONL, 2 KB documents):       $("$bin" "$tmp/docs.jsonl")"
echo "reader (JSONL, one bad byte per doc): $("$bin" "$tmp/bad.jsonl")"
echo "reader (plain text, one document):    $("$bin" "$tmp/big.txt")"
