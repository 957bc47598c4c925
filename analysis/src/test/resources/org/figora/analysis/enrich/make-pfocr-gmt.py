#!/usr/bin/python3
"""Derives a GMT of the human gene sets of PFOCR figure records, independently of figora.

A record is a YAML front-matter block between the first two '---' lines. It is read with
PyYAML's BaseLoader (every scalar stays a string). Its human genes are the entries of
schema-jsonld.keywords that exactly equal a symbol of the reference table (any gene type),
de-duplicated in record order. Output: figid<TAB>figtitle<TAB>genes..., sorted by figid;
records without human genes are left out (and counted on stderr).

Usage: make-pfocr-gmt.py REFERENCE.tsv.gz OUT.gmt RECORD_DIR_OR_FILE...
"""
import gzip
import os
import sys

import yaml

RECORD_SUFFIXES = (".md", ".txt", ".yml", ".yaml")


def reference_symbols(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    column = lines[0].index("symbol")
    return {fields[column] for fields in lines[1:]}


def record_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.endswith(RECORD_SUFFIXES):
                    yield os.path.join(root, name)


def front_matter(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0].rstrip() == "---", path
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    return yaml.load("\n".join(lines[1:end]), Loader=yaml.BaseLoader)


def main():
    symbols = reference_symbols(sys.argv[1])
    out = sys.argv[2]
    rows, empty = {}, 0
    for path in record_files(sys.argv[3:]):
        record = front_matter(path)
        keywords = (record.get("schema-jsonld") or {}).get("keywords") or []
        if isinstance(keywords, str):
            keywords = [keywords]
        genes = list(dict.fromkeys(k for k in keywords if k in symbols))
        figid = record["figid"].strip()
        assert figid not in rows, figid
        if not genes:
            empty += 1
            continue
        title = " ".join(str(record.get("figtitle", "")).split())
        rows[figid] = figid + "\t" + title + "\t" + "\t".join(genes)
    with open(out, "w", encoding="utf-8") as fh:
        for figid in sorted(rows):
            fh.write(rows[figid] + "\n")
    sys.stderr.write("%d figures with human genes, %d without\n" % (len(rows), empty))


if __name__ == "__main__":
    main()
