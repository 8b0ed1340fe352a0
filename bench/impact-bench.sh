#!/usr/bin/env bash
# Impact analysis bench (issue 6): "impact analysis five levels deep from a core switch — under
# 100 ms". Starts Socle on the inventory bench database (scheduled jobs off), then
# bench/ImpactBench.java calls GET /api/v1/assets/{core switch}/impact?depth=5 RUNS times, one at a
# time, and this script prints the server's own times (Tomcat's access log, %D) next to the round
# trips.
#
#   PORT=18092 RUNS=100 bench/impact-bench.sh
#
# DB (socle_inventory_bench), DEPTH (5) and ROOT (the first core switch) may be set. The database
# needs the inventory and its relations: bench/inventory-db.sh builds them.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-socle_inventory_bench}
RUNS=${RUNS:-100}
DEPTH=${DEPTH:-5}
WORK=$(mktemp -d /tmp/impact-bench.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh
ROOT=${ROOT:-$("${PSQL[@]}" -d "$DB" -At -c "select a.id from inv_asset a join inv_category c on c.id = a.category_id
	where c.code = 'BENCH-SW-CORE' order by a.id limit 1")}
ensure_jar
start_socle 300 --socle.jobs.enabled=false --spring.modulith.moments.enabled=false
log "benchmark: load $(cut -d ' ' -f 1-3 /proc/loadavg)"
timeout 1800 java bench/ImpactBench.java "$BASE" "$ROOT" "$DEPTH" "$RUNS"
grep " /api/v1/assets/$ROOT/impact" "$WORK/access/access.log" | tail -n "$RUNS" | awk '{ print $4 / 1000.0 }' | sort -n |
	awk '{ t[NR] = $1 } END { n = NR; printf "server time (access log), %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
		n, t[int(n * 0.50 + 0.5)], t[int(n * 0.95 + 0.5)], t[n] }'
log "done (load $(cut -d ' ' -f 1-3 /proc/loadavg))"
