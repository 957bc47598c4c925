"""Reads a figora report as a pandas user would and dumps every cell, for DownstreamReadersTest.

    python3 read_report.py KIND IN OUT     (KIND: tsv, csv, clusterprofiler, json)

Readers: pandas.read_csv with its defaults (sep="\\t" for TSV) except float_precision="round_trip"
(pandas' default float parser may differ from the written number in the last digit), and
pandas.json_normalize(json.load(f)["results"]). Dump as read_report.R writes it.
"""
import json
import math
import sys

import pandas as pd


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def text(v):
    if isinstance(v, list):
        return "/".join(v)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "NA"
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (int, float)) or hasattr(v, "dtype"):
        return "%.17g" % float(v)
    return esc(str(v))


kind, source, target = sys.argv[1:4]
if kind in ("tsv", "clusterprofiler"):
    d = pd.read_csv(source, sep="\t", float_precision="round_trip")
elif kind == "csv":
    d = pd.read_csv(source, float_precision="round_trip")
else:
    with open(source, encoding="utf-8") as f:
        d = pd.json_normalize(json.load(f)["results"])
with open(target, "w", encoding="utf-8", newline="\n") as out:
    for name in d.columns:
        for r, v in enumerate(d[name].tolist(), start=1):
            out.write("%d\t%s\t%s\n" % (r, esc(name), text(v)))
