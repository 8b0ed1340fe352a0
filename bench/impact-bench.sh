#!/usr/bin/env bash
# Impact analysis bench (issue 6): runs the exact query ImpactAnalysis runs
# (src/main/resources/inventory/impact.sql, its named parameters :root and :depth given to
# pgbench as variables) from a core switch, five levels deep, N times on one connection, and
# prints p50/p95/max and how many assets are hit.
#
#   DB=socle_inv_relations RUNS=200 bench/impact-bench.sh
#
# The database needs the inventory (bench/generate-inventory.sql) and its relations
# (bench/generate-inventory-relations.sql) on the V84 schema: bench/inventory-db.sh builds them.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-socle_inventory_bench}
RUNS=${RUNS:-200}
DEPTH=${DEPTH:-5}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -X -qAt)
ROOT=${ROOT:-$("${PSQL[@]}" -c "select a.id from inv_asset a join inv_category c on c.id = a.category_id
	where c.code = 'BENCH-SW-CORE' order by a.id limit 1")}
# psql interpolates :root and :depth in its input (not in -c).
read -r HITS MAXLEVEL < <(echo "select count(*) || ' ' || max(level) from ($(cat src/main/resources/inventory/impact.sql)) x;" \
	| "${PSQL[@]}" -v root="$ROOT" -v depth="$DEPTH")
WORK=$(mktemp -d /tmp/impact-bench.XXXXXX)
cp src/main/resources/inventory/impact.sql "$WORK/impact.sql"
(cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -c 1 -t "$RUNS" -D root="$ROOT" -D depth="$DEPTH" \
	-f impact.sql -l --log-prefix=latency "$DB" > pgbench.out 2>&1)
sort -n -k3 "$WORK"/latency.* | awk -v runs="$RUNS" -v root="$ROOT" -v hits="$HITS" -v depth="$DEPTH" -v maxlevel="$MAXLEVEL" '
	{ t[NR] = $3 / 1000.0 }
	END {
		n = NR
		printf "impact of asset %s, %d levels deep: %d assets hit (deepest level %d); %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
			root, depth, hits, maxlevel, n, t[int(n * 0.50 + 0.5)], t[int(n * 0.95 + 0.5)], t[n]
	}'
rm -rf "$WORK"
