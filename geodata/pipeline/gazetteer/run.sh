#!/usr/bin/env bash
# Builds geodata/theatres/am-az/gazetteer.tsv (see build_gazetteer.py).
#   run.sh SCRATCH_DIR [WOF_AM_GITDIR WOF_AZ_GITDIR]
# With the two Who's On First git directories (mirrors of
# whosonfirst-data/whosonfirst-data-admin-am and -admin-az holding the commits
# pinned in build_gazetteer.py), the zone extract inputs/wof-zone.tsv is
# rewritten from them; without them the build reads that extract.
# The venv lives in the scratch folder; packages come from PyPI at pinned versions.
set -euo pipefail
scratch=${1:?usage: run.sh SCRATCH_DIR [WOF_AM_GITDIR WOF_AZ_GITDIR]}
here=$(cd "$(dirname "$0")" && pwd)
PACKAGES="shapely==2.2.0 pyproj==3.7.2 numpy==2.4.6 certifi==2026.10.19.post1"
mkdir -p "$scratch"
if [ ! -x "$scratch/gazvenv/bin/python" ]; then
  python3 -m venv "$scratch/gazvenv"
  "$scratch/gazvenv/bin/pip" install --quiet $PACKAGES
fi
args=()
if [ $# -ge 3 ]; then args=(--wof-am "$2" --wof-az "$3"); fi
"$scratch/gazvenv/bin/python" "$here/build_gazetteer.py" "${args[@]}"
"$scratch/gazvenv/bin/python" "$here/check_gazetteer.py"
