#!/usr/bin/env bash
# Start-up time on an initialised data directory (issue 17 point 6): the packaged service is started N times
# (default 5) on the same data directory, each time until /q/health/ready answers, then stopped. Reports the median
# time to ready, the CPU time the JVM used until then, and where the time goes, read from the log's timestamps:
# launch → first log line (JVM start and the embedded PostgreSQL start, which come before Quarkus logs anything),
# the Flyway phase (first to last Flyway line), Quarkus's own "started in". Two ways of starting: `java -jar`, and
# src/main/bin/verbatim, which maps a class-data sharing archive recorded by its first run (not counted). Writes
# bench/results/startup.md (PIN_SERVER=1: the service pinned to one core, as in throughput.sh: startup-pinned.md).
# Usage: bench/startup.sh [RUNS]   (BENCH_SKIP_BUILD=1 to reuse target/quarkus-app)
source "$(dirname "$0")/lib.sh"
RUNS="${1:-5}"
build
DATA="$WORK/startup-data"
LOG="$WORK/service.log"
CDS="$ROOT/target/quarkus-app/verbatim.jsa"
OUT="$RESULTS/startup${PIN_SERVER:+-pinned}.md"

# ms since the epoch of a log line's timestamp ("2026-12-02 02:09:15,102 INFO ...")
log_ms() {
  local line="$1"
  [ -z "$line" ] && { echo ""; return; }
  local stamp; stamp=$(echo "$line" | cut -c1-23 | tr ',' '.')
  echo $(( $(date -d "$stamp" +%s%N) / 1000000 ))
}

one_start() {
  local launched; launched=$(( $(date +%s%N) / 1000000 ))
  start_service "$DATA"
  local cpu; cpu=$(java_cpu_ms)
  local first flyway_first flyway_last started
  first=$(log_ms "$(grep -m1 -E '^[0-9]{4}-' "$LOG")")
  flyway_first=$(log_ms "$(grep -m1 'org.flywaydb' "$LOG")")
  flyway_last=$(log_ms "$(grep 'org.flywaydb' "$LOG" | tail -1)")
  started=$(grep -oE 'started in [0-9.]+s' "$LOG" | grep -oE '[0-9.]+' | tail -1)
  echo "$READY_MS $(( first - launched )) $(( flyway_last - flyway_first )) $(awk -v s="$started" 'BEGIN {printf "%d", s * 1000}') $cpu"
  stop_service
}

# CPU time (user + system) of the service's JVM so far, in ms: less at the mercy of other load than the wall clock.
java_cpu_ms() {
  local pid="$SERVICE_PID" child
  # src/main/bin/verbatim's first run keeps its shell as the parent of the JVM
  child=$(pgrep -P "$pid" java | head -1 || true)
  [ -n "$child" ] && pid=$child
  awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# An initialised data directory: one first start creates the cluster, migrates and loads the sample data.
if [ ! -f "$DATA/.initialised" ]; then
  rm -rf "$DATA"
  VERBATIM_SAMPLE_DATA=true start_service "$DATA"
  echo "first start on an empty data directory: ${READY_MS} ms" >&2
  stop_service
  touch "$DATA/.initialised"
fi

run_series() {
  local label="$1" file; file="$WORK/startup-$(echo "$1" | tr -c "a-z0-9\n" "-").txt"
  : > "$file"
  for i in $(seq 1 "$RUNS"); do
    one_start >> "$file"
    echo "$label run $i: $(tail -1 "$file")" >&2
  done
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$RUNS" \
    "$(cut -d' ' -f1 "$file" | median)" "$(cut -d' ' -f5 "$file" | median)" "$(cut -d' ' -f2 "$file" | median)" \
    "$(cut -d' ' -f3 "$file" | median)" "$(cut -d' ' -f4 "$file" | median)"
}

{
  echo "# Start-up on an initialised data directory${PIN_SERVER:+ (service pinned to one core)}"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), Java $(java -version 2>&1 | head -1)."
  echo "Medians of $RUNS starts, in ms. *CPU*: the JVM's CPU time until ready. *Launch → first log line*: JVM start plus"
  echo "the embedded PostgreSQL start (before Quarkus logs anything). *Flyway*: first to last Flyway log line."
  echo "*Quarkus started in*: Quarkus's own figure (Flyway, Hibernate, HTTP), after PostgreSQL is up."
  echo
  echo "| Launch | Runs | Ready | CPU | Launch → first log line | Flyway | Quarkus started in |"
  echo "|---|---|---|---|---|---|---|"
  run_series "java -jar"
  rm -f "$CDS"
  BENCH_LAUNCH="$ROOT/src/main/bin/verbatim" start_service "$DATA"; stop_service
  if [ -f "$CDS" ]; then
    BENCH_LAUNCH="$ROOT/src/main/bin/verbatim" run_series "src/main/bin/verbatim"
  else
    echo "| src/main/bin/verbatim | 0 | (its first run wrote no archive) | | | | |"
  fi
} > "$OUT"
cat "$OUT"
