#!/usr/bin/env bash
# Derives seeds/pfocr-sample.gmt from the shared PFOCR sample records (../shared/pfocr-sample):
# one line per figure with human genes: figid, figure title, approved human symbols in record
# order. Only these derived gene sets are committed, never the records themselves.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records="${1:-$here/../shared/pfocr-sample/figures}"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
"$here/figora" export gmt --corpus "$records" --strict --cache-dir "$cache" \
  --output "$here/seeds/pfocr-sample.gmt"
echo "wrote seeds/pfocr-sample.gmt: $(wc -l < "$here/seeds/pfocr-sample.gmt") figures" >&2
