#!/usr/bin/env bash
# Times the dashboards (issue 7, "fast at scale") against a large database, page by page and
# statement by statement, so the figures in docs/schaal.md can be reproduced.
#
# Starts the app against DB_URL with every pool connection loading auto_explain at NOTICE level
# (so each plan with its actual times and buffers comes back to the JDBC driver and is logged by
# JdbcTemplate), fetches the city, a cluster and a team dashboard for a month and a year, each
# twice (cold, warm), prints the page times and then, per page fetch, every dashboard statement
# that took at least MIN_MS with its duration. Full plans stay in the log (path printed at the end).
#
# Usage: bench/dashboard-explain.sh [db-url] [port]
#   env: DB_USER (postgres), USER_NAME (gemeente), PASSWORD (schaal-benchmark), CLUSTER (1), TEAM (1),
#        MIN_MS (5), TIMING (off: plans with rows and buffers but no per-node times, which cost time themselves;
#        on: with them), CP (an app classpath; default: the jar under target/, built when missing)
# The database is the one of the national-scale generator (src/test/java/nl/wijkdossier/schaal,
# docs/schaal.md); the script reads only.
set -euo pipefail
cd "$(dirname "$0")/.."
DB_URL=${1:-jdbc:postgresql://localhost:5433/postgres}
PORT=${2:-18092}
DB_USER=${DB_USER:-postgres}
USER_NAME=${USER_NAME:-gemeente}
PASSWORD=${PASSWORD:-schaal-benchmark}
CLUSTER=${CLUSTER:-1}
TEAM=${TEAM:-1}
MIN_MS=${MIN_MS:-5}
TIMING=${TIMING:-off}
WORK=$(mktemp -d)
LOG=${WORK}/app.log
if [ -n "${CP:-}" ]; then
	RUN=(java -Xmx1g -cp "${CP}" nl.wijkdossier.WijkdossierApplication)
else
	JAR=$(ls target/wijkdossier-*.jar 2>/dev/null | grep -v original | head -1 || true)
	if [ -z "${JAR}" ]; then ./mvnw -q -DskipTests package; JAR=$(ls target/wijkdossier-*.jar | grep -v original | head -1); fi
	RUN=(java -Xmx1g -jar "${JAR}")
fi
INIT="load 'auto_explain'; set auto_explain.log_min_duration = ${MIN_MS}; set auto_explain.log_level = notice;"
INIT+=" set auto_explain.log_analyze = on; set auto_explain.log_timing = ${TIMING}; set auto_explain.log_buffers = on;"
INIT+=" set auto_explain.log_nested_statements = on"
SPRING_DATASOURCE_URL=${DB_URL} SPRING_DATASOURCE_USERNAME=${DB_USER} "${RUN[@]}" --server.port="${PORT}" \
	--spring.datasource.hikari.connection-init-sql="${INIT}" \
	--logging.level.org.springframework.jdbc.core.JdbcTemplate=debug >>"${LOG}" 2>&1 &
PID=$!
trap 'kill ${PID} 2>/dev/null || true' EXIT
until curl -sf "http://localhost:${PORT}/actuator/health/readiness" >/dev/null 2>&1; do
	kill -0 "${PID}" 2>/dev/null || { echo "app stopped; see ${LOG}" >&2; tail -30 "${LOG}" >&2; exit 1; }
	sleep 0.5
done
JAR_COOKIES=${WORK}/cookies
CSRF=$(curl -s -c "${JAR_COOKIES}" -b "${JAR_COOKIES}" "http://localhost:${PORT}/login" \
	| grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "${JAR_COOKIES}" -b "${JAR_COOKIES}" \
	-d "username=${USER_NAME}&password=${PASSWORD}&_csrf=${CSRF}" "http://localhost:${PORT}/login"
printf '%-40s %6s %8s\n' page status seconds
for pad in "/dashboard" "/dashboard/clusters/${CLUSTER}" "/dashboard/teams/${TEAM}"; do
	for periode in MAAND JAAR; do
		for ronde in koud warm; do
			echo "=== ${pad}?periode=${periode} ${ronde}" >>"${LOG}"
			curl -s -o /dev/null -b "${JAR_COOKIES}" -w "%{http_code} %{time_total}\n" \
				"http://localhost:${PORT}${pad}?periode=${periode}" \
				| awk -v p="${pad}?periode=${periode} (${ronde})" '{ printf "%-40s %6s %8.3f\n", p, $1, $2 }'
		done
	done
done
echo
echo "statements >= ${MIN_MS} ms per page fetch (ms, first words of the statement):"
awk '
	/^=== / { print; next }
	/SQLWarning ignored/ && match($0, /duration: [0-9.]+ ms/) { ms = substr($0, RSTART + 10, RLENGTH - 13); want = 1; next }
	want && /Query Text:/ { sub(/.*Query Text: */, ""); q = $0; if (q == "") { getline; q = $0 }
		while (q !~ /[a-z]/ && (getline line) > 0) q = line
		gsub(/^[ \t]+/, "", q); printf "  %9.1f  %s\n", ms, substr(q, 1, 100); want = 0 }
' "${LOG}"
echo
echo "full plans: ${LOG}"
trap - EXIT
kill "${PID}"
wait "${PID}" 2>/dev/null || true
