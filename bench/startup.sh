#!/usr/bin/env bash
# Measures Wijkdossier's start-up time and memory with the embedded PostgreSQL:
#  1. a first start in an empty data directory (initdb, Flyway, demo data),
#  2. a second start on the same data directory,
# each until /actuator/health/readiness says UP; then a light load (each demo account
# logs in and fetches its home page 20 times), after which heap and RSS are read.
# Finally SIGTERM, and a check that no postgres process of this instance is left.
#
# Usage: bench/startup.sh [jar] [port]     (builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/wijkdossier-*.jar 2>/dev/null | grep -v original | head -1 || true)}
PORT=${2:-18080}
if [ -z "${JAR}" ] || [ ! -f "${JAR}" ]; then
	./mvnw -q -DskipTests package
	JAR=$(ls target/wijkdossier-*.jar | grep -v original | head -1)
fi
DATA=$(mktemp -d)
trap 'rm -rf "${DATA}"' EXIT

ms() { date +%s%3N; }

start() {
	local t0 pid
	t0=$(ms)
	java -jar "${JAR}" --server.port="${PORT}" --wijkdossier.data-dir="${DATA}" >"${DATA}/app.log" 2>&1 &
	pid=$!
	until curl -sf "http://localhost:${PORT}/actuator/health/readiness" >/dev/null 2>&1; do
		if ! kill -0 "${pid}" 2>/dev/null; then echo "app stopped; see log:" >&2; tail -30 "${DATA}/app.log" >&2; exit 1; fi
		sleep 0.2
	done
	echo "${pid} $(( $(ms) - t0 ))"
}

load() {
	for user in wijkwerker wijkwerker2 manager gemeente beheer privacy; do
		local jar="${DATA}/cookies-${user}"
		curl -s -c "${jar}" -b "${jar}" "http://localhost:${PORT}/login" -o "${DATA}/login.html"
		local csrf
		csrf=$(grep -oP 'name="_csrf" value="\K[^"]+' "${DATA}/login.html")
		curl -s -c "${jar}" -b "${jar}" -o /dev/null --data-urlencode "username=${user}" \
			--data-urlencode "password=wijkdossier-demo" --data-urlencode "_csrf=${csrf}" "http://localhost:${PORT}/login"
		for _ in $(seq 1 20); do
			curl -s -c "${jar}" -b "${jar}" -o /dev/null -w '%{http_code}\n' "http://localhost:${PORT}/" | grep -qx 200 \
				|| { echo "home of ${user} did not answer 200" >&2; exit 1; }
		done
	done
}

memory() {
	local pid=$1 rss heap pg
	rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/${pid}/status")
	heap=$(jcmd "${pid}" GC.heap_info 2>/dev/null | grep -oP 'used \K[0-9]+(?=K)' | head -1)
	pg=$(ps -o rss= --ppid "$(pgrep -f "postgres -D ${DATA}" | head -1)" 2>/dev/null | awk '{s+=$1} END {print int(s/1024)}')
	pgmain=$(ps -o rss= -p "$(pgrep -f "postgres -D ${DATA}" | head -1)" 2>/dev/null | awk '{print int($1/1024)}')
	echo "${rss} $(( ${heap:-0} / 1024 )) $(( ${pg:-0} + ${pgmain:-0} ))"
}

stop() {
	local pid=$1 t0
	t0=$(ms)
	kill -TERM "${pid}"
	while kill -0 "${pid}" 2>/dev/null; do sleep 0.1; done
	echo $(( $(ms) - t0 ))
}

printf '%-14s %12s %12s %12s %14s %10s %s\n' run "start (ms)" "RSS (MiB)" "heap (MiB)" "postgres (MiB)" "stop (ms)" "postgres left"
for run in first-start restart; do
	read -r pid took < <(start)
	load
	read -r rss heap pg < <(memory "${pid}")
	stopped=$(stop "${pid}")
	left=$(pgrep -f "postgres -D ${DATA}" | wc -l || true)
	printf '%-14s %12s %12s %12s %14s %10s %s\n' "${run}" "${took}" "${rss}" "${heap}" "${pg}" "${stopped}" "${left}"
	[ "${left}" = 0 ] || { echo "postgres processes left behind" >&2; exit 1; }
done
