#!/usr/bin/env python3
"""Scores dyad on the held-out event batches (tests/heldout/batch-*.tsv) and
prints ONLY each batch's totals: event-category F1 and actor+recipient+
category F1, as tests/unit/test_coder_eval.c computes them for the dev sets.

The held-out batches are a measure, not development data: never print,
read or diff their rows (that is what turns a batch into dev data, as
tests/heldout/README.md says).  Usage:
    python3 scripts/heldout.py [DYAD [DATA_DIR]] [--batch NAME]
DYAD defaults to build/dyad, DATA_DIR to data/."""
import json, os, subprocess, sys, tempfile

def read_batch(path):
    recs, header = [], True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            cols = line.split("\t")
            if len(cols) >= 4:
                recs.append((cols[0], cols[1], cols[2], [] if cols[3] == "none" else cols[3].split()))
    return recs

def code(dyad, data, recs):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"id": r[0], "date": r[1], "text": r[2]}) + "\n")
        path = f.name
    try:
        out = subprocess.run([dyad, "code", "-q", "--format", "tsv", "--data", data, path],
                             capture_output=True, check=True).stdout.decode("utf-8", "replace")
    finally:
        os.unlink(path)
    lines = out.split("\n")
    head = lines[0].split("\t")
    pred = {}
    for line in lines[1:]:
        if line:
            d = dict(zip(head, line.split("\t")))
            pred.setdefault(d["doc_id"], []).append(
                "%s>%s:%s" % (d["actor_code"] or "-", d["recipient_code"] or "-", d["cameo"]))
    return pred

def category(t):
    return t[t.rfind(":") + 1:][:2]

def triple(t):
    return t[:t.rfind(":") + 1] + category(t)

def match(gold, pred):
    gold, tp = list(gold), 0
    for p in pred:
        if p in gold:
            gold.remove(p)
            tp += 1
    return tp, len(pred) - tp, len(gold)

def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv else None
    if only in args:
        args.remove(only)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dyad = args[0] if args else os.path.join(root, "build", "dyad")
    data = args[1] if len(args) > 1 else os.path.join(root, "data")
    folder = os.path.join(root, "tests", "heldout")
    for name in sorted(os.listdir(folder)):
        if not (name.startswith("batch-") and name.endswith(".tsv")):
            continue
        if only and only not in name:
            continue
        recs = read_batch(os.path.join(folder, name))
        pred = code(dyad, data, recs)
        cat, tri = [0, 0, 0], [0, 0, 0]
        for r in recs:
            p = pred.get(r[0], [])
            for acc, key in ((cat, category), (tri, triple)):
                m = match([key(g) for g in r[3]], [key(x) for x in p])
                for i in range(3):
                    acc[i] += m[i]
        print("%s: %d rows, %d gold events; category F1 %.3f; actor+recipient+category F1 %.3f"
              % (name, len(recs), cat[0] + cat[2], f1(*cat), f1(*tri)))

if __name__ == "__main__":
    main()
