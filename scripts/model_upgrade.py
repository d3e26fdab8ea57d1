#!/usr/bin/env python3
"""Converts dyad model files from container format 1 (DYADMDL1, byte-wise
FNV-1a checksum) to format 2 (DYADMDL2, the word-wise checksum of
src/nlp/model_file.c) in place, without retraining: the payload is kept,
the old checksum verified, the magic and checksum rewritten.

    python3 scripts/model_upgrade.py data/models/*.bin data/geo/gazetteer.bin

Files already in format 2 are left alone.  (`make models` / `make gazetteer`
write format 2 directly.)"""
import struct
import sys

M = (1 << 64) - 1
P1, P2, P3, P4, P5 = (11400714785074694791, 14029467366897019727, 1609587929392839161,
                      9650029242287828579, 2870177450012600261)


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & M


def checksum2(data):
    a, b, c, d = (P1 + P2) & M, P2, 0, (-P1) & M
    n = len(data) // 32 * 32
    for w0, w1, w2, w3 in struct.iter_unpack("<4Q", memoryview(data)[:n]):
        a = rotl((a + w0 * P2) & M, 31) * P1 & M
        b = rotl((b + w1 * P2) & M, 31) * P1 & M
        c = rotl((c + w2 * P2) & M, 31) * P1 & M
        d = rotl((d + w3 * P2) & M, 31) * P1 & M
    h = (rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + len(data)) & M
    tail = data[n:]
    i = 0
    while i + 8 <= len(tail):
        (w,) = struct.unpack_from("<Q", tail, i)
        r = rotl((w * P2) & M, 31) * P1 & M
        h = (rotl(h ^ r, 27) * P1 + P4) & M
        i += 8
    while i < len(tail):
        h = rotl(h ^ (tail[i] * P5 & M), 11) * P1 & M
        i += 1
    h ^= h >> 33
    h = h * P2 & M
    h ^= h >> 29
    h = h * P3 & M
    h ^= h >> 32
    return h


def fnv1a(data):
    h = 1469598103934665603
    for byte in data:
        h = ((h ^ byte) * 1099511628211) & M
    return h


def upgrade(path, verify):
    with open(path, "rb") as f:
        blob = f.read()
    if len(blob) < 40:
        sys.exit("%s: not a dyad model file (too short)" % path)
    magic = blob[:8]
    if magic == b"DYADMDL2":
        print("%s: already format 2" % path)
        return
    if magic != b"DYADMDL1":
        sys.exit("%s: not a dyad model file (bad magic)" % path)
    size, old = struct.unpack_from("<QQ", blob, 24)
    payload = blob[40:]
    if len(payload) != size:
        sys.exit("%s: payload is %d bytes, header says %d" % (path, len(payload), size))
    if verify and fnv1a(payload) != old:
        sys.exit("%s: format-1 checksum mismatch (corrupted file)" % path)
    head = bytearray(blob[:40])
    head[:8] = b"DYADMDL2"
    struct.pack_into("<Q", head, 32, checksum2(payload))
    with open(path, "r+b") as f:
        f.write(head)
    print("%s: converted to format 2" % path)


if __name__ == "__main__":
    args = sys.argv[1:]
    verify = "--no-verify" not in args
    args = [a for a in args if a != "--no-verify"]
    if not args:
        sys.exit("usage: model_upgrade.py [--no-verify] FILE...")
    for p in args:
        upgrade(p, verify)
