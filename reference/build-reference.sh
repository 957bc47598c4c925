#!/usr/bin/env bash
# Rebuilds reference/human-genes.tsv.gz from Debian's r-bioc-org.hs.eg.db package
# (NCBI Gene via Bioconductor org.Hs.eg.db). See reference/README.md.
#
# Usage: reference/build-reference.sh [OUTPUT]
#   OUTPUT defaults to human-genes.tsv.gz next to this script.
# Environment:
#   ORG_HS_DEB_VERSION  Debian version to download (e.g. 3.16.0-1); default: the candidate
#                       version apt knows. The version used is recorded in the file header.
#
# Needs apt-get, dpkg-deb, gzip and python3 (with its standard sqlite3 module).
# The output is deterministic: the same package gives byte-identical output.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-${here}/human-genes.tsv.gz}"
package="r-bioc-org.hs.eg.db"
spec="${package}${ORG_HS_DEB_VERSION:+=${ORG_HS_DEB_VERSION}}"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

echo "Downloading ${spec} ..." >&2
if ! (cd "${work}" && apt-get download "${spec}"); then
  if [[ "$(id -u)" -eq 0 ]]; then
    echo "Download failed; refreshing package lists and retrying ..." >&2
    apt-get update -qq
    (cd "${work}" && apt-get download "${spec}")
  else
    echo "Download failed; run 'apt-get update' (as root) and try again." >&2
    exit 1
  fi
fi

debs=("${work}"/"${package}"_*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f "${debs[0]}" ]]; then
  echo "Expected exactly one ${package} .deb in the download directory." >&2
  exit 1
fi
deb="${debs[0]}"
deb_version="$(dpkg-deb -f "${deb}" Version)"

echo "Unpacking ${package} ${deb_version} ..." >&2
dpkg-deb -x "${deb}" "${work}/root"
db="$(find "${work}/root" -type f -name org.Hs.eg.sqlite | sort | head -n 1)"
if [[ -z "${db}" ]]; then
  echo "No org.Hs.eg.sqlite inside ${package} ${deb_version}." >&2
  exit 1
fi
description="$(dirname "$(dirname "${db}")")/DESCRIPTION"
package_version="$(sed -n 's/^Version: *//p' "${description}" | head -n 1)"
if [[ -z "${package_version}" ]]; then
  echo "Cannot read the org.Hs.eg.db version from its DESCRIPTION file." >&2
  exit 1
fi

echo "Writing ${out} ..." >&2
python3 "${here}/build_reference.py" "${db}" "${package_version}" "${deb_version}" \
  > "${work}/human-genes.tsv"
# -n: no file name or time stamp in the gzip header, so rebuilds are byte-identical.
gzip -n -9 -c "${work}/human-genes.tsv" > "${work}/human-genes.tsv.gz"
# The symbol column alone, row for row: all that figora reads at start-up for a list of approved
# symbols (GeneReference.bundled()); GeneReferenceBundledTest checks that it matches the table.
symbols="$(dirname "${out}")/human-genes-symbols.tsv.gz"
{
  echo "#figora: the symbol column of human-genes.tsv.gz, row for row (written by build-reference.sh)"
  echo "symbol"
  grep -v '^#' "${work}/human-genes.tsv" | tail -n +2 | cut -f2
} | gzip -n -9 -c > "${work}/human-genes-symbols.tsv.gz"
mv "${work}/human-genes.tsv.gz" "${out}"
mv "${work}/human-genes-symbols.tsv.gz" "${symbols}"

genes="$(grep -c -v -e '^#' -e '^entrez_id' "${work}/human-genes.tsv")"
echo "Done: ${genes} genes from org.Hs.eg.db ${package_version}," \
  "$(grep '^#EGSOURCEDATE=' "${work}/human-genes.tsv")." >&2
