#!/usr/bin/python3
"""Convert figora TSV reports to the peers' layout (set_id k K n N pvalue p_bh).

  peer_tsv.py IN_DIR OUT_DIR      # every *.tsv except combined.tsv

figora columns: figid, overlap_k, figure_size_K, list_size_n, universe_size_N, p_value, p_bh.
Rows are written sorted by p then set_id, as the peers write them; compare.py joins on set_id.
Standard library only.
"""
import os
import sys

COLUMNS = (("set_id", "figid"), ("k", "overlap_k"), ("K", "figure_size_K"), ("n", "list_size_n"),
           ("N", "universe_size_N"), ("pvalue", "p_value"), ("p_bh", "p_bh"))


def convert(src, dst):
    with open(src, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\r\n").split("\t")
        at = [header.index(theirs) for _, theirs in COLUMNS]
        rows = [line.rstrip("\r\n").split("\t") for line in fh if line.strip()]
    rows = [[r[i] for i in at] for r in rows]
    rows.sort(key=lambda r: (float(r[5]), r[0]))
    with open(dst, "w", encoding="utf-8") as out:
        out.write("\t".join(name for name, _ in COLUMNS) + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src_dir, dst_dir = sys.argv[1:]
    os.makedirs(dst_dir, exist_ok=True)
    for name in sorted(os.listdir(src_dir)):
        if name.endswith(".tsv") and name != "combined.tsv":
            convert(os.path.join(src_dir, name), os.path.join(dst_dir, name))


if __name__ == "__main__":
    main()
