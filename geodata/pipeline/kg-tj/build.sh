#!/usr/bin/env bash
# Rebuilds the Kyrgyzstan–Tajikistan theatre pack, geodata/theatres/kg-tj/:
# fetches the pinned sources into SCRATCH_DIR (default .scratch/kg-tj of the
# repository, gitignored), then writes every layer, gazetteer.tsv,
# manifest.json and BUILD-REPORT.md. Needs gdal-bin and python3-venv
# (`apt-get install gdal-bin python3-venv`); no Swift involved.
# Usage: geodata/pipeline/kg-tj/build.sh [SCRATCH_DIR]
set -euo pipefail

pipeline_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$pipeline_dir/../../.." && pwd)
scratch=$(mkdir -p "${1:-$repo/.scratch/kg-tj}" && cd "${1:-$repo/.scratch/kg-tj}" && pwd)
out="$repo/geodata/theatres/kg-tj"

"$pipeline_dir/fetch-sources.sh" "$scratch"
"$scratch/venv/bin/python" "$pipeline_dir/build-pack.py" "$scratch" "$out"
echo "pack written to $out (checks in BUILD-REPORT.md)"
