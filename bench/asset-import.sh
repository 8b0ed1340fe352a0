#!/usr/bin/env bash
# Importing 100,000 rows (issue 6): on a copy of socle_inventory_bench (bench/inventory-db.sh),
# starts Socle from target/socle.jar, writes a 100,000-row GMAO-shaped CSV
# (bench/generate-asset-import.py) and drives the real import through the API — dry run, then
# confirmation — printing rows per second for each (bench/AssetImportBench.java). The copy is
# dropped at the end.
#
#   PORT=18091 bench/asset-import.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
DB=${DB:-socle_inv_imports}
WORK=$(mktemp -d /tmp/socle-asset-import.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh

log "copying socle_inventory_bench to $DB"
timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)"
timeout 600 "${PSQL[@]}" -d postgres -c "create database $DB template socle_inventory_bench"
ensure_jar
log "writing $ROWS rows"
python3 bench/generate-asset-import.py "$DB" "$WORK/assets.csv" "$ROWS" "$(date +%s)"
start_socle "${START_WAIT:-600}"
java bench/AssetImportBench.java "$BASE" admin "$WORK/assets.csv"
stop_socle
timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)"
log "done"
