#!/bin/sh
# Refreshes the worked example in README.md with dyad's real output on
# examples/demo-news-2024.txt (run after changing the coder or dictionaries).
set -e
dyad=${1:-build/dyad}
table=$("$dyad" code -q --format table examples/demo-news-2024.txt)
json=$("$dyad" code -q examples/demo-news-2024.txt | head -1)
python3 - "$table" "$json" <<'PY'
import sys, re, json
table, line = sys.argv[1], sys.argv[2]
pretty = json.dumps(json.loads(line), indent=1, ensure_ascii=False)
s = open("README.md").read()
def put(s, tag, body):
    return re.sub(r"(<!-- %s -->\n```\n).*?(\n```\n<!-- /%s -->)" % (tag, tag),
                  lambda m: m.group(1) + body + m.group(2), s, flags=re.S)
s = put(s, "example-table", table)
s = put(s, "example-json", pretty)
open("README.md", "w").write(s)
PY
