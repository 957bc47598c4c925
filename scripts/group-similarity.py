#!/usr/bin/env python3
"""How similar are PFOCR figures' gene sets to each other? Chooses figora's grouping rule.

Reads a GMT of figure gene sets (default: seeds/pfocr-sample.gmt, the human gene sets of the
real PFOCR sample records) and, for every pair of figures with at least 3 genes that share a
gene, computes the Jaccard index |A∩B|/|A∪B| and the overlap coefficient |A∩B|/min(|A|,|B|).
Prints the distribution of both and lists the closest pairs with their titles, so that the
threshold can be read off: pairs above it should be the same diagram (reused or redrawn), pairs
below it different diagrams that share a few hub genes.

Usage: scripts/group-similarity.py [FILE.gmt] > docs/group-similarity.txt
Only the Python 3 standard library is used.
"""
import itertools
import sys


def read_gmt(path):
    sets = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3:
                genes = frozenset(g for g in fields[2:] if g)
                if len(genes) >= 3:
                    sets.append((fields[0], fields[1], genes))
    return sets


def quantiles(values, probs):
    ordered = sorted(values)
    out = []
    for p in probs:
        i = min(len(ordered) - 1, max(0, round(p * (len(ordered) - 1))))
        out.append(ordered[i])
    return out


def histogram(name, values, edges):
    print(f"\n{name}: pairs sharing >= 1 gene = {len(values)}")
    print("  bin            pairs")
    for low, high in zip(edges, edges[1:]):
        count = sum(1 for v in values if low <= v < high or (high == 1.0 and v == 1.0))
        print(f"  [{low:.2f}, {high:.2f}{']' if high == 1.0 else ')'}  {count:6d}")
    probs = [0.5, 0.9, 0.99, 0.999]
    print("  quantiles 50/90/99/99.9%: "
          + " / ".join(f"{q:.3f}" for q in quantiles(values, probs)))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "seeds/pfocr-sample.gmt"
    sets = read_gmt(path)
    print(f"# figure gene-set similarity in {path.split('/')[-1]}")
    print(f"figures with >= 3 genes: {len(sets)}; all pairs: {len(sets) * (len(sets) - 1) // 2}")
    rows = []
    for (ida, ta, a), (idb, tb, b) in itertools.combinations(sets, 2):
        shared = len(a & b)
        if shared == 0:
            continue
        jaccard = shared / len(a | b)
        overlap = shared / min(len(a), len(b))
        rows.append((jaccard, overlap, shared, len(a), len(b), ida, ta, idb, tb))
    edges = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    histogram("Jaccard", [r[0] for r in rows], edges)
    histogram("overlap coefficient", [r[1] for r in rows], edges)
    print("\nclosest pairs by Jaccard (jaccard, overlap coefficient, shared, |A|, |B|):")
    for r in sorted(rows, key=lambda r: (-r[0], -r[1], r[5], r[7]))[:25]:
        print(f"  {r[0]:.3f} {r[1]:.3f} {r[2]:3d} {r[3]:3d} {r[4]:3d}  {r[5]} \"{r[6][:50]}\""
              f"  ~  {r[7]} \"{r[8][:50]}\"")
    print("\npairs with overlap coefficient >= 0.8 and Jaccard < 0.5 (a small set inside a big one):")
    for r in sorted(rows, key=lambda r: (-r[1], -r[0], r[5], r[7])):
        if r[1] >= 0.8 and r[0] < 0.5:
            print(f"  {r[0]:.3f} {r[1]:.3f} {r[2]:3d} {r[3]:3d} {r[4]:3d}  {r[5]} \"{r[6][:50]}\""
                  f"  ~  {r[7]} \"{r[8][:50]}\"")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
        count = sum(1 for r in rows if r[0] >= threshold)
        print(f"pairs with Jaccard >= {threshold:.1f}: {count}")


if __name__ == "__main__":
    main()
