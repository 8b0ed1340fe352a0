#!/usr/bin/env bash
# "The asset list filtered by category and establishment — p95 under 50 ms", measured on the SQL
# the register's list page runs (org.socle.inventory.asset.AssetList: the 25-row page sorted by
# inventory number, then the count capped at 10,000), for a group-wide reader (no scope condition)
# and for an establishment-scoped reader (the AssetReaders condition), over random
# (category, establishment) pairs. Each query's time is PostgreSQL's planning + execution time
# (EXPLAIN ANALYZE); a list request is page + count. Prints p50/p95/max in ms.
#
#   DB=socle_inv_register RUNS=200 bench/asset-list-sql.sh
#
# Needs a database built by bench/inventory-db.sh (or a copy of it) with the register's
# migration V81 applied.
set -euo pipefail
DB=${DB:-socle_inventory_bench}
RUNS=${RUNS:-200}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -At -d "$DB")

SELECT="select a.id, a.inventory_number, a.name, a.serial_number, a.kind, a.category_id, c.name as category,
 mf.name || ' ' || m.commercial_name as model, a.establishment_id, a.owner_team_id, a.status,
 coalesce(a.criticality, c.criticality) as criticality, a.criticality is not null as criticality_overridden,
 a.last_modified_at
from inv_asset a join inv_category c on c.id = a.category_id
 left join inv_model m on m.id = a.model_id left join inv_manufacturer mf on mf.id = m.manufacturer_id"

ms() { # total planning + execution time of one EXPLAIN ANALYZE (json)
	"${PSQL[@]}" -c "explain (analyze, format json) $1" |
		python3 -c 'import json,sys; p=json.load(sys.stdin)[0]; print(p["Planning Time"] + p["Execution Time"])'
}

measure() { # <label> <scope condition with %E% for the reader's establishment>
	local label=$1 scope=$2 times=()
	mapfile -t pairs < <("${PSQL[@]}" -c "select category_id || ' ' || establishment_id from
		(select distinct category_id, establishment_id from inv_asset) p order by random() limit $RUNS")
	for pair in "${pairs[@]}"; do
		read -r category establishment <<< "$pair"
		local where="${scope//%E%/$establishment} and a.category_id = $category and a.establishment_id = $establishment"
		local page count
		page=$(ms "$SELECT where $where order by a.inventory_number asc nulls last, a.id limit 25 offset 0")
		count=$(ms "select count(*) from (select 1 from inv_asset a join inv_category c on c.id = a.category_id where $where limit 10000) capped")
		times+=("$(python3 -c "print($page + $count)")")
	done
	printf '%s\n' "${times[@]}" | python3 -c "
import sys, statistics
t = sorted(float(x) for x in sys.stdin)
p = lambda q: t[min(len(t) - 1, int(round(q * (len(t) - 1))))]
print(f'$label: {len(t)} requests, p50 {p(0.5):.2f} ms, p95 {p(0.95):.2f} ms, max {t[-1]:.2f} ms')"
}

"${PSQL[@]}" -c "select 'assets: ' || count(*) from inv_asset"
measure "group-wide reader" "true"
measure "establishment reader" "(a.establishment_id = any(array[%E%]::bigint[]) or a.owner_team_id = any(array[]::bigint[]))"
