#!/usr/bin/env bash
# Shared helpers of the benchmark scripts: build once, start and stop the packaged service on a data directory.
set -euo pipefail
# A step that fails stops the script (set -e); say which one, so that a failed run is never silent.
set -o errtrace
trap 'echo "bench: \"$BASH_COMMAND\" failed with exit $? at ${BASH_SOURCE[0]##*/}:$LINENO" >&2' ERR

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="${BENCH_WORK:-$BENCH_DIR/work}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/results}"
PORT="${BENCH_PORT:-8089}"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK" "$RESULTS"

# Client and server pinned apart when the machine has two cores or more: the service and its PostgreSQL on CPU 0,
# load generators (wrk, pgbench) on the others, so that a client's own CPU never counts against the server.
# BENCH_PIN=0 turns it off. start_service pins only when PIN_SERVER=1 (the throughput runs).
if [ "${BENCH_PIN:-1}" = 1 ] && [ "$(nproc)" -ge 2 ] && command -v taskset > /dev/null; then
  SERVER_CPUS="${BENCH_SERVER_CPUS:-0}"
  CLIENT_CPUS="${BENCH_CLIENT_CPUS:-$( [ "$(nproc)" -eq 2 ] && echo 1 || echo "1-$(( $(nproc) - 1 ))")}"
fi

# on_client COMMAND...: runs a load generator on the client's CPUs.
on_client() {
  if [ -n "${CLIENT_CPUS:-}" ]; then taskset -c "$CLIENT_CPUS" "$@"; else "$@"; fi
}

# Packages the service and compiles the benchmark's Java helpers, unless BENCH_SKIP_BUILD=1 (bench/run builds once).
build() {
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && return 0
  (cd "$ROOT" && ./mvnw -q -DskipTests package test-compile)
}

classpath() {
  echo "$ROOT/target/classes:$ROOT/target/test-classes:$ROOT/target/quarkus-app/lib/boot/*:$ROOT/target/quarkus-app/lib/main/*"
}

# load_data N: a data directory with N generated statements (kept between runs). BENCH_DATA_GENERATOR=BenchSqlData
# generates them set-wise in PostgreSQL (same distributions, other texts; the one fast enough for 10M), in its own
# directory. BENCH_DATA_GENERATOR=BenchSqlReplica: sizes from 10M are ten copies of the BenchSqlData set of N/10 (see
# that class for what the copies keep and what they do not; 10M in under half an hour where generating takes hours),
# smaller sizes are BenchSqlData's.
load_data() {
  local generator="${BENCH_DATA_GENERATOR:-BenchData}"
  local n="$1" dir="$WORK/data-$1"
  [ "$generator" = BenchData ] || dir="$WORK/data-$generator-$1"
  if [ ! -f "$dir/.loaded" ]; then
    rm -rf "$dir"
    if [ "$generator" = BenchSqlReplica ] && [ "$n" -lt 10000000 ]; then
      dir="$(BENCH_DATA_GENERATOR=BenchSqlData load_data "$n")"
    elif [ "$generator" = BenchSqlReplica ]; then
      local base; base="$(BENCH_DATA_GENERATOR=BenchSqlData load_data $((n / 10)))"
      mkdir -p "$dir" && cp -a "$base/." "$dir/" && rm -f "$dir/.loaded" "$dir/postmaster.pid"
      java -cp "$(classpath)" io.verbatim.bench.BenchSqlReplica 10 "$dir" >&2
    else
      java -cp "$(classpath)" "io.verbatim.bench.$generator" "$n" "$dir" >&2
    fi
    touch "$dir/.loaded"
  fi
  echo "$dir"
}

# start_service DATA_DIR: the packaged service on the embedded PostgreSQL of DATA_DIR; waits until ready.
# BENCH_LAUNCH replaces the java command (e.g. src/main/bin/verbatim); BENCH_JAVA_OPTS adds JVM options to the default one.
start_service() {
  local dir="$1"
  VERBATIM_DATA_DIR="$dir" VERBATIM_SAMPLE_DATA=false VERBATIM_RATE_LIMIT_ENABLED=false PORT="$PORT" \
    ${PIN_SERVER:+${SERVER_CPUS:+taskset -c $SERVER_CPUS}} ${BENCH_LAUNCH:-java ${BENCH_JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar"} > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  local started; started=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -sf "$BASE/q/health/ready" > /dev/null; then
      READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    sleep 0.1
  done
  echo "service did not become ready; see $WORK/service.log" >&2
  return 1
}

# await_ready PID BASE_URL LOG: waits up to 10 minutes for a service started by the caller to be ready; fails with the
# log's tail if it ended or never became ready.
await_ready() {
  local pid="$1" base="$2" log="$3"
  for _ in $(seq 1 1200); do
    if curl -fs "$base/q/health/ready" > /dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2> /dev/null; then break; fi
    sleep 0.5
  done
  echo "service did not start"; tail -50 "$log"
  return 1
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ]; then
    kill "$SERVICE_PID" 2> /dev/null || true
    wait "$SERVICE_PID" 2> /dev/null || true
    SERVICE_PID=
  fi
}

# The embedded server's port, from the service log.
postgres_port() {
  grep -oE 'Embedded PostgreSQL ready on port [0-9]+' "$WORK/service.log" | grep -oE '[0-9]+$' | tail -1
}

rss_mb() {
  awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$SERVICE_PID/status"
}

peak_rss_mb() {
  awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$SERVICE_PID/status"
}

# CPU time used so far, in clock ticks: the service's JVM, and the embedded PostgreSQL (postmaster and its children).
service_ticks() {
  awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"
}
postgres_ticks() {
  local postmaster; postmaster=$(head -1 "$1/postmaster.pid")
  for pid in $postmaster $(pgrep -P "$postmaster"); do cat "/proc/$pid/stat" 2> /dev/null || true; done \
    | awk '{sum += $14 + $15} END {print sum + 0}'
}

# bench_sql SQL...: runs statements on the running service's embedded PostgreSQL; prints the last one's rows.
bench_sql() {
  java -cp "$(classpath)" io.verbatim.bench.BenchSql "jdbc:postgresql://127.0.0.1:$(postgres_port)/verbatim?user=postgres" "$@"
}

# Reads one duration in seconds a line; prints the median and the p95 in milliseconds.
median_p95_ms() {
  sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f\n", a[int((NR+1)/2)]*1000, a[int(NR*0.95+0.5)]*1000}'
}

# wrk_summary FILE: reads wrk --latency output, prints req/s, p50 ms, p99 ms, errors (non-2xx/3xx and socket errors).
wrk_summary() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"\s%s%%\s+([0-9.]+)(us|ms|s)" % label, text)
    if not m: return float("nan")
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = re.search(r"Requests/sec:\s+([0-9.]+)", text)
errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|connect|read|write|timeout):? (\d+)", text))
print("%.0f %.2f %.2f %d" % (float(rps.group(1)) if rps else 0, ms("50"), ms("99"), errors))
PY
}

# median_columns: reads rows of numbers, prints each column's median.
median_columns() {
  python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
print(" ".join("%g" % statistics.median(col) for col in zip(*rows)))'
}
