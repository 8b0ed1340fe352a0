#!/usr/bin/env bash
# Service desk benchmark, end to end, against the PostgreSQL server at 127.0.0.1:5432:
# (re)creates the database socle_bench, starts Socle on it once (Flyway schema + demo data),
# fills it with bench/generate-servicedesk.sql, runs bench/TicketBench.java, stops Socle.
#
#   bench/servicedesk.sh [tickets] [requests] [creations]
#
# Defaults: 1000000 tickets, 500 requests per list measure, 2000 ticket creations.
# KEEP_DATA=1 reuses an already generated socle_bench (skips drop, creation and generator).
# Every step is bounded in time; Socle listens on 127.0.0.1:18080 only.
set -euo pipefail
cd "$(dirname "$0")/.."

TICKETS=${1:-1000000}
REQUESTS=${2:-500}
CREATIONS=${3:-2000}
DB=socle_bench
WORK=$(mktemp -d /tmp/socle-bench.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh

timeout 10 "${PSQL[@]}" -d postgres -c "select 1" > /dev/null
if [ "${KEEP_DATA:-0}" != 1 ]; then
	log "recreating database $DB"
	timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)" -c "create database $DB"
fi

ensure_jar
start_socle 180

if [ "${KEEP_DATA:-0}" != 1 ]; then
	log "generating $TICKETS tickets"
	start=$(date +%s)
	timeout 1800 "${PSQL[@]}" -d $DB -v tickets="$TICKETS" -f bench/generate-servicedesk.sql | grep -v '^Time:'
	log "generator took $(( $(date +%s) - start )) s"
fi

# The agent: a generated agent account of the team with the most open tickets; the requester:
# the generated requester account with the most tickets.
read -r TEAM AGENT < <(timeout 60 "${PSQL[@]}" -d $DB -At -F ' ' -c "
	select g.team_id, a.login from dir_role_grant g join dir_user_account a on a.id = g.account_id
	where a.login like 'bench.agent.%' and g.role = 'AGENT'
	order by (select count(*) from sd_ticket t where t.team_id = g.team_id
		and t.status not in ('RESOLVED', 'CLOSED', 'CANCELLED')) desc, a.login limit 1")
REQUESTER=$(timeout 60 "${PSQL[@]}" -d $DB -At -c "
	select a.login from dir_user_account a where a.login like 'bench.staff.%'
	order by (select count(*) from sd_ticket t where t.requester_id = a.person_id) desc, a.login limit 1")
log "benchmark: team $TEAM, agent $AGENT, requester $REQUESTER"
timeout 1800 java bench/TicketBench.java "$BASE" "$AGENT" "$TEAM" "$REQUESTER" "$REQUESTS" "$CREATIONS" "$WORK/access"
log "done; Socle log and access log under $WORK"
