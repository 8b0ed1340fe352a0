#!/usr/bin/env bash
# Service levels at volume, end to end, against the PostgreSQL server at 127.0.0.1:5432: starts Socle
# on the database socle_bench, fills it when needed (bench/generate-servicedesk.sql if it holds no
# generated tickets, then bench/generate-servicelevels.sql if the tickets have no SLA clocks), runs
# bench/ServiceLevelBench.java (SLA sweep, the group's yearly monthly report, a team's report), stops
# Socle.
#
#   bench/servicelevels.sh [sweeps] [reports] [tickets]
#
# Defaults: 10 sweeps after the first, 20 requests per report, 1000000 tickets when generating.
# SOCLE_BENCH_DB=<name> runs on another database (a copy made with createdb -T socle_bench).
# KEEP_DATA=1 reuses socle_bench as it is (creating it only when missing); without it the database is
# dropped and generated again, as bench/servicedesk.sh does. The scheduled jobs are switched off
# (socle.jobs.enabled=false, and spring.modulith.moments.enabled=false, which would switch scheduling
# back on in a jar built before it was set in application.properties) so that only the bench sweeps.
# PUBLISH=1 publishes the monthly figures of the year and of the months since (see below);
# START_WAIT=<seconds> waits longer than 240 s for Socle to start (a busy machine).
# Every step is bounded in time; Socle listens on 127.0.0.1:18080 only.
set -euo pipefail
cd "$(dirname "$0")/.."

SWEEPS=${1:-10}
REPORTS=${2:-20}
TICKETS=${3:-1000000}
DB=${SOCLE_BENCH_DB:-socle_bench}
WORK=$(mktemp -d /tmp/socle-bench-sla.XXXXXX)
# shellcheck source=bench/lib.sh
source bench/lib.sh
sql() { timeout 120 "${PSQL[@]}" -d $DB -At -F ' ' -c "$1"; }

timeout 10 "${PSQL[@]}" -d postgres -c "select 1" > /dev/null
exists=$(timeout 10 "${PSQL[@]}" -d postgres -At -c "select count(*) from pg_database where datname = '$DB'")
if [ "${KEEP_DATA:-0}" != 1 ]; then
	log "recreating database $DB"
	timeout 60 "${PSQL[@]}" -d postgres -c "drop database if exists $DB (force)" -c "create database $DB"
elif [ "$exists" = 0 ]; then
	log "database $DB is missing: creating it"
	timeout 60 "${PSQL[@]}" -d postgres -c "create database $DB"
fi

ensure_jar
start_socle "${START_WAIT:-240}" --socle.jobs.enabled=false --spring.modulith.moments.enabled=false

if [ "$(sql "select count(*) from sd_ticket where created_by = 'bench-generator'")" = 0 ]; then
	log "generating $TICKETS tickets (bench/generate-servicedesk.sql)"
	start=$(date +%s)
	timeout 1800 "${PSQL[@]}" -d $DB -v tickets="$TICKETS" -f bench/generate-servicedesk.sql | grep -v '^Time:'
	log "service desk generator took $(( $(date +%s) - start )) s"
fi
if [ "$(sql "select count(*) from sd_agreement where created_by = 'bench-generator'")" = 0 ]; then
	log "generating service levels (bench/generate-servicelevels.sql)"
	start=$(date +%s)
	timeout 1800 "${PSQL[@]}" -d $DB -f bench/generate-servicelevels.sql | tee "$WORK/generator.log" | grep -v '^Time:'
	log "service level generator took $(( $(date +%s) - start )) s (statement times in $WORK/generator.log)"
fi

# The busiest team (most tickets) and one of its generated agent accounts; the last full year and
# the last full month of the data.
read -r TEAM AGENT < <(sql "
	with busiest as (select team_id from sd_ticket group by team_id order by count(*) desc, team_id limit 1)
	select g.team_id, a.login from dir_role_grant g join dir_user_account a on a.id = g.account_id
	join busiest b on b.team_id = g.team_id
	where a.login like 'bench.agent.%' and g.role = 'AGENT' order by a.login limit 1")
YEAR=$(sql "select extract(year from now())::int - 1")
MONTH=$(sql "select to_char(date_trunc('month', now()) - interval '1 month', 'YYYY-MM')")
log "benchmark: load $(cut -d ' ' -f 1-3 /proc/loadavg); team $TEAM, agent $AGENT, year $YEAR, month $MONTH"
log "open tickets: $(sql "select count(*) from sd_ticket where status not in ('RESOLVED', 'CLOSED', 'CANCELLED')");" \
	"running clocks watched by the sweep: $(sql "select count(*) from sd_sla_clock where current
	and running_since is not null and state in ('ON_TRACK', 'AT_RISK')")"
# PUBLISH=1: publish the monthly figures from January of the year to the last full month (what the
# nightly job does) after the sweeps, before the reports are measured.
if [ "${PUBLISH:-0}" = 1 ]; then export PUBLISH_MONTHS="$YEAR-01:$MONTH"; fi
timeout 1800 java bench/ServiceLevelBench.java "$BASE" admin "$AGENT" "$TEAM" "$YEAR" "$MONTH" "$SWEEPS" "$REPORTS" \
	"$WORK/access"
log "done (load $(cut -d ' ' -f 1-3 /proc/loadavg)); Socle log and access log under $WORK"
