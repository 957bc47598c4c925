#!/usr/bin/python3
"""Builds the synthetic enrichment test inputs from a generated GMT (see README.md).

Reads a GMT of real approved human symbols and the protein-coding symbol list, and writes to
OUT/: corpus.gmt (the input sets plus four boundary sets of exactly 2, 3, 500 and 501 genes and a
pair of identical sets for ordering ties), background.txt and lists/*.txt. Standard library only,
seeded, so the same inputs give the same bytes.

Usage: make-synthetic.py GENERATED.gmt PROTEIN_CODING_SYMBOLS.txt OUT
"""
import os
import random
import sys


def read_gmt(path):
    sets = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            genes = list(dict.fromkeys(g for g in fields[2:] if g))
            sets.append((fields[0], fields[1], genes))
    return sets


def write_list(path, comment, genes):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# " + comment + "\n")
        fh.write("\n".join(genes) + "\n")


def main():
    gmt_in, symbols_in, out = sys.argv[1:4]
    rng = random.Random(20240611)
    sets = read_gmt(gmt_in)
    with open(symbols_in, encoding="utf-8") as fh:
        symbols = list(dict.fromkeys(s.strip() for s in fh if s.strip()))
    union = list(dict.fromkeys(g for _, _, genes in sets for g in genes))
    in_union = set(union)
    unused = [s for s in symbols if s not in in_union]

    # Boundary sets: sizes 2 and 501 are outside the default limits 3..500, 3 and 500 inside.
    # The 500-gene set takes 150 genes no other set has, so a list can be planted into it alone.
    fresh = rng.sample(unused, 150)
    boundary = {
        "BOUNDARY_K2": rng.sample(union, 2),
        "BOUNDARY_K3": rng.sample(union, 3),
        "BOUNDARY_K500": fresh + rng.sample(union, 350),
        "BOUNDARY_K501": rng.sample(union, 501),
    }
    tie = rng.sample(union, 12)
    extra = [(name, "boundary set of %d genes" % len(genes), genes)
             for name, genes in boundary.items()]
    # Identical gene sets under two ids: every list gives them the same p (tie broken by figid).
    extra.append(("TIE_B", "identical to TIE_A", tie))
    extra.append(("TIE_A", "identical to TIE_B", tie))
    corpus = sets + extra
    os.makedirs(os.path.join(out, "lists"), exist_ok=True)
    with open(os.path.join(out, "corpus.gmt"), "w", encoding="utf-8") as fh:
        for name, description, genes in corpus:
            # the first set repeats its first gene: a duplicate within a set counts once
            line_genes = genes + genes[:1] if name == sets[0][0] else genes
            fh.write(name + "\t" + description + "\t" + "\t".join(line_genes) + "\n")
    all_union = list(dict.fromkeys(g for _, _, genes in corpus for g in genes))
    all_in_union = set(all_union)
    outside = [s for s in symbols if s not in all_in_union]
    sizes = {name: len(genes) for name, _, genes in corpus}
    untested_only = {g for name, _, genes in corpus if not 3 <= sizes[name] <= 500 for g in genes}
    for name, _, genes in corpus:
        if 3 <= sizes[name] <= 500:
            untested_only.difference_update(genes)
    untested_only = sorted(untested_only)

    lists = os.path.join(out, "lists")
    write_list(os.path.join(lists, "q005.txt"), "5 genes of the corpus",
               rng.sample(all_union, 5))
    mid = [genes for _, _, genes in sets if 40 <= len(genes) <= 60][0]
    planted = rng.sample(mid, 15)
    write_list(os.path.join(lists, "q050.txt"), "50 genes, 15 of them from one 40-60 gene set",
               planted + rng.sample([g for g in all_union if g not in planted], 35))
    write_list(os.path.join(lists, "q400-outside.txt"),
               "400 genes: 360 of the corpus, 40 protein-coding genes in no set",
               rng.sample(all_union, 360) + rng.sample(outside, 40))
    k500 = boundary["BOUNDARY_K500"]
    write_list(os.path.join(lists, "planted-extreme.txt"),
               "the 150 genes only BOUNDARY_K500 has plus 200 more of it, and 30 others: p < 1e-300",
               fresh + k500[150:350] + rng.sample([g for g in all_union if g not in k500], 30))
    write_list(os.path.join(lists, "no-overlap.txt"),
               "genes only in sets outside 3..500: in the annotated universe, k = 0 for every tested set",
               rng.sample(untested_only, min(8, len(untested_only))))
    write_list(os.path.join(lists, "outside-universe.txt"),
               "protein-coding genes in no set and two non-symbols: n = 0 in the annotated universe",
               rng.sample(outside, 10) + ["NOT_A_GENE", "tp53"])
    dup = rng.sample(all_union, 25)
    write_list(os.path.join(lists, "duplicates.txt"), "25 genes, 5 of them twice",
               dup + dup[:5])
    background = rng.sample(all_union, 4500) + rng.sample(outside, 150) + ["NOT_A_GENE"]
    with open(os.path.join(out, "background.txt"), "w", encoding="utf-8") as fh:
        fh.write("# 4500 corpus genes, 150 protein-coding genes in no set, 1 non-symbol\n")
        fh.write("\n".join(background) + "\n")
    # Lists made of whole sets: many figures enriched, so qvalue's pi0 is below 1 even when
    # correcting over every tested figure.
    mid_sets = [genes for _, _, genes in sets if 10 <= len(genes) <= 80]
    for count in (20, 60):
        chosen = rng.sample(mid_sets, count)
        write_list(os.path.join(lists, "union-of-%d-sets.txt" % count),
                   "every gene of %d sets of 10 to 80 genes" % count,
                   list(dict.fromkeys(g for genes in chosen for g in genes)))


if __name__ == "__main__":
    main()
