#!/usr/bin/env bash
# Builds the inventory bench database socle_inventory_bench on the PostgreSQL server at
# 127.0.0.1:5432: (re)creates it, starts Socle on it once (Flyway schema + demo data), adds the
# generated group without tickets (bench/generate-servicedesk.sql -v tickets=0), then the
# group inventory (bench/generate-inventory.sql) and, when present, each inventory feature's
# own bench data (bench/generate-inventory-*.sql, in name order), with Socle stopped.
#
#   bench/inventory-db.sh
#
# The inventory benches then measure against it (or against a copy: createdb -T socle_inventory_bench x).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-socle_inventory_bench}
WORK=$(mktemp -d /tmp/socle-inventory-bench.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh

log "recreating database $DB"
timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)" -c "create database $DB"
ensure_jar
start_socle 240
stop_socle
log "generating the group (no tickets)"
timeout 600 "${PSQL[@]}" -d "$DB" -v tickets=0 -f bench/generate-servicedesk.sql | grep -v '^Time:' | tail -5
log "generating the inventory"
start=$(date +%s)
timeout 1800 "${PSQL[@]}" -d "$DB" -f bench/generate-inventory.sql | grep -v '^Time:'
log "inventory generator took $(( $(date +%s) - start )) s"
for extra in bench/generate-inventory-*.sql; do
	# the notice of the matching bench is added and rolled back by NoticeMatchBench itself
	[ -e "$extra" ] && [ "$extra" != bench/generate-inventory-notices.sql ] || continue
	log "running $extra"
	start=$(date +%s)
	timeout 1800 "${PSQL[@]}" -d "$DB" -f "$extra" | { grep -v '^Time:' || true; }
	log "$extra took $(( $(date +%s) - start )) s"
done
log "done: $DB"
