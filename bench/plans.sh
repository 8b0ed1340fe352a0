#!/usr/bin/env bash
# The daily plan job at volume, against the PostgreSQL server at 127.0.0.1:5432: copies the inventory
# bench database (bench/inventory-db.sh builds socle_inventory_bench) to socle_inv_plans, starts Socle on
# the copy (Flyway adds the plans' schema; scheduled jobs off), runs bench/generate-inventory-plans.sql
# there unless the copy already holds the generated plans, then bench/PlanJobBench.java (the job's first
# run of the day, then [runs] more), stops Socle.
#
#   PORT=18097 bench/plans.sh [runs]
#
# KEEP_DATA=1 reuses the copy as it is (the first run then has nothing left to do for today).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
DB=${PLANS_BENCH_DB:-socle_inv_plans}
WORK=$(mktemp -d /tmp/socle-bench-plans.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh
sql() { timeout 120 "${PSQL[@]}" -d "$DB" -At -F ' ' -c "$1"; }

if [ "${KEEP_DATA:-0}" != 1 ]; then
	log "copying socle_inventory_bench to $DB"
	timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)"
	timeout 600 "${PSQL[@]}" -d postgres -c "create database $DB template socle_inventory_bench"
fi
ensure_jar
start_socle 300 --socle.jobs.enabled=false --spring.modulith.moments.enabled=false
if [ "$(sql "select count(*) from inv_plan where created_by = 'bench-generator'")" = 0 ]; then
	log "generating plans and occurrences (bench/generate-inventory-plans.sql)"
	start=$(date +%s)
	timeout 1800 "${PSQL[@]}" -d "$DB" -f bench/generate-inventory-plans.sql | grep -v '^Time:'
	log "plan generator took $(( $(date +%s) - start )) s"
fi
log "benchmark: load $(cut -d ' ' -f 1-3 /proc/loadavg); assets $(sql "select count(*) from inv_asset");" \
	"occurrences $(sql "select count(*) from inv_plan_occurrence")"
timeout 1800 java bench/PlanJobBench.java "$BASE" admin "$RUNS"
log "done (load $(cut -d ' ' -f 1-3 /proc/loadavg)); Socle log under $WORK"
