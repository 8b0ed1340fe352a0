# Shared by the bench scripts (sourced, after they set DB and WORK): the PostgreSQL client, the log
# line, and Socle started from target/socle.jar on 127.0.0.1:$PORT (18080 unless PORT is set) with Tomcat's access log (`%D`, the
# server's time in microseconds, read by the bench programs), stopped when the script exits.

PORT=${PORT:-18080}
BASE=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X -q)
SOCLE_PID=

log() { echo "[$(date -u +%H:%M:%S)] $*"; }

stop_socle() {
	if [ -n "$SOCLE_PID" ] && kill -0 "$SOCLE_PID" 2>/dev/null; then
		kill "$SOCLE_PID"
		for _ in $(seq 1 30); do kill -0 "$SOCLE_PID" 2>/dev/null || break; sleep 1; done
		kill -9 "$SOCLE_PID" 2>/dev/null || true
	fi
}
trap stop_socle EXIT

ensure_jar() {
	if [ ! -f target/socle.jar ]; then
		log "building target/socle.jar"
		timeout 900 ./mvnw -q -B package -DskipTests
	fi
}

# start_socle <seconds to wait> [extra Socle arguments...]
# Refuses to start when something already answers on the port: the bench would measure it instead.
# Flyway may apply a migration numbered below the database's newest (bench databases built while
# features were developed on branches got their migrations in another order); never in production.
start_socle() {
	local wait=$1
	shift
	if curl -fsS -o /dev/null "$BASE/login" 2>/dev/null; then
		log "something already answers on $BASE: stop it first"; exit 1
	fi
	log "starting Socle on $DB (port $PORT, log $WORK/socle.log)"
	SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
		timeout 3600 java -jar target/socle.jar --server.port=$PORT --server.address=127.0.0.1 --spring.flyway.out-of-order=true "$@" \
		--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/access" \
		--server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
		--server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=false \
		"--server.tomcat.accesslog.pattern=%m %U%q %s %D" > "$WORK/socle.log" 2>&1 &
	SOCLE_PID=$!
	for i in $(seq 1 "$wait"); do
		if curl -fsS -o /dev/null "$BASE/login" 2>/dev/null; then break; fi
		if ! kill -0 "$SOCLE_PID" 2>/dev/null || [ "$i" = "$wait" ]; then
			tail -30 "$WORK/socle.log"; log "Socle did not start"; exit 1
		fi
		sleep 1
	done
	log "Socle is up"
}
