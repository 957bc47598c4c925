#!/usr/bin/env python3
"""Writes figora's compact human gene table from an org.Hs.eg.db SQLite file.

Usage: build_reference.py ORG_HS_EG_SQLITE PACKAGE_VERSION DEB_VERSION > human-genes.tsv

The output (uncompressed; build-reference.sh gzips it) is UTF-8 text:
'#'-prefixed provenance lines, one header line, then one tab-separated row per
NCBI Gene record sorted by Entrez ID. Multi-valued columns are '|'-joined and
sorted, so the same input always gives the same bytes.
"""

import sqlite3
import sys

COLUMNS = ("entrez_id", "symbol", "gene_type", "name", "aliases", "ensembl_ids")

# metadata keys copied into the header, in this order
METADATA_KEYS = ("EGSOURCENAME", "EGSOURCEDATE", "EGSOURCEURL",
                 "ENSOURCEDATE", "ORGANISM", "TAXID", "DBSCHEMA", "DBSCHEMAVERSION")

GENES_SQL = """
SELECT g._id, g.gene_id, i.symbol, t.gene_type, i.gene_name
FROM genes g
JOIN gene_info i ON i._id = g._id
LEFT JOIN genetype t ON t._id = g._id
"""


def fail(message):
    sys.exit("build_reference.py: " + message)


def check_field(value, what, gene_id):
    """Rejects values that would break the TSV layout."""
    if value is None or value == "":
        fail(f"gene {gene_id}: empty {what}")
    for bad in ("\t", "\n", "\r", "|"):
        if bad in value:
            fail(f"gene {gene_id}: {what} {value!r} contains {bad!r}")
    return value


def multi_map(con, sql):
    result = {}
    for key, value in con.execute(sql):
        result.setdefault(key, set()).add(value)
    return result


def main(argv):
    if len(argv) != 4:
        fail("usage: build_reference.py ORG_HS_EG_SQLITE PACKAGE_VERSION DEB_VERSION")
    db_path, package_version, deb_version = argv[1:]
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    metadata = dict(con.execute("SELECT name, value FROM metadata"))
    for key in ("EGSOURCEDATE", "EGSOURCENAME"):
        if key not in metadata:
            fail(f"metadata table has no {key}")
    aliases = multi_map(con, "SELECT _id, alias_symbol FROM alias")
    ensembl = multi_map(con, "SELECT _id, ensembl_id FROM ensembl")

    rows = []
    for internal_id, gene_id, symbol, gene_type, name in con.execute(GENES_SQL):
        if not gene_id.isdigit():
            fail(f"non-numeric Entrez ID {gene_id!r}")
        check_field(symbol, "symbol", gene_id)
        gene_type = check_field(gene_type or "unknown", "gene type", gene_id)
        check_field(name, "name", gene_id)
        gene_aliases = sorted(check_field(a, "alias", gene_id)
                              for a in aliases.get(internal_id, ()) if a != symbol)
        gene_ensembl = sorted(check_field(e, "Ensembl ID", gene_id)
                              for e in ensembl.get(internal_id, ()))
        rows.append((int(gene_id), symbol, gene_type, name,
                     "|".join(gene_aliases), "|".join(gene_ensembl)))
    rows.sort(key=lambda row: row[0])

    out = sys.stdout
    out.write("#figora human gene reference: NCBI Gene records for Homo sapiens\n")
    out.write(f"#source=NCBI Gene via org.Hs.eg.db {package_version}\n")
    out.write(f"#package=org.Hs.eg.db {package_version} "
              f"(Debian r-bioc-org.hs.eg.db {deb_version})\n")
    for key in METADATA_KEYS:
        if key in metadata:
            out.write(f"#{key}={metadata[key]}\n")
    out.write(f"#genes={len(rows)}\n")
    out.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        out.write("\t".join(str(field) for field in row) + "\n")


if __name__ == "__main__":
    main(sys.argv)
