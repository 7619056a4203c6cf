#!/usr/bin/env bash
# Bounded search (issue 13): the searches whose cost used to grow with the number of matches, measured as
# bench/throughput.sh does (service and PostgreSQL pinned to one core, wrk on the other, a warm-up run, then
# BENCH_REPEAT rounds at BENCH_CONCURRENCY connections, medians), each next to a by-id baseline run in the same
# window, so that a figure taken while other work shares the machine can be read as a ratio to that baseline.
# Also the framework ceiling, the load average and the data directory's size.
# Usage: bench/bounded.sh [size] (default 1000000). Writes $RESULTS/bounded-<size>[-BENCH_TAG].md. BENCH_ONLY (a regex)
# picks scenarios; VERBATIM_SEARCH_WINDOW and the other settings pass through to the service.
source "$(dirname "$0")/lib.sh"
trap stop_service EXIT

N="${1:-1000000}"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
REPEAT="${BENCH_REPEAT:-3}"
OUT="$RESULTS/bounded-$N${BENCH_TAG:+-$BENCH_TAG}.md"
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null 2>&1 || (apt-get update > /dev/null && apt-get install -y wrk > /dev/null); }

source "$(dirname "$0")/bounded-scenarios.sh"

# wrk_run URL: prints req/s, p50 ms, p99 ms, errors.
wrk_run() {
  on_client wrk -t"$(( CONCURRENCY < 2 ? 1 : 2 ))" -c"$CONCURRENCY" -d"${SECONDS_PER_RUN}s" --latency "$1" > "$WORK/wrk.txt" 2>&1 || true
  wrk_summary "$WORK/wrk.txt"
}

build
dir=$(load_data "$N")
export PIN_SERVER=1
start_service "$dir"
ID=$(bench_sql "SELECT id FROM statement WHERE external_id = 'bench-4242'")
BY_ID="$BASE/api/v1/statements/$ID"
size=$(du -shL "$dir" | cut -f1)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%H:%M)

: > "$WORK/ceiling.txt"
for _ in $(seq 1 "$REPEAT"); do wrk_run "$BASE/q/health/live" >> "$WORK/ceiling.txt"; done
read -r ceiling _ c99 _ < <(median_columns < "$WORK/ceiling.txt")
rows=()
for name in $(printf '%s\n' "${!BOUNDED_SCENARIOS[@]}" | sort | grep -E "${BENCH_ONLY:-.}"); do
  url="$BASE${BOUNDED_SCENARIOS[$name]}"
  curl -sf "$url" > "$WORK/answer.json"
  answer=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("%s %s" % (a["total"], a.get("totalRelation", "-")))' "$WORK/answer.json")
  wrk_run "$url" > /dev/null
  : > "$WORK/api.txt"; : > "$WORK/base.txt"
  for _ in $(seq 1 "$REPEAT"); do
    wrk_run "$url" >> "$WORK/api.txt"
    wrk_run "$BY_ID" >> "$WORK/base.txt"
  done
  read -r rps p50 p99 _ < <(median_columns < "$WORK/api.txt")
  errors=$(awk '{sum += $4} END {print sum + 0}' "$WORK/api.txt")
  read -r brps _ b99 _ < <(median_columns < "$WORK/base.txt")
  ratio=$(python3 -c "print('%.3f' % ($rps / $brps) if $brps else '-')")
  rows+=("| $name | $answer | $rps | $p50 | $p99 | $errors | $brps | $b99 | $ratio |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "## Bounded search at $N statements (data directory $size${VERBATIM_SEARCH_WINDOW:+, VERBATIM_SEARCH_WINDOW=$VERBATIM_SEARCH_WINDOW})"
  echo
  echo "Run $(date -u +%Y-%m-%d) $started–$(date -u +%H:%M) UTC, commit $(cd "$ROOT" && git rev-parse --short HEAD)."
  echo "Each scenario: a ${SECONDS_PER_RUN} s warm-up, then $REPEAT rounds of the scenario and of GET by id (the"
  echo "baseline), interleaved, ${SECONDS_PER_RUN} s each at $CONCURRENCY connections; medians. Service and PostgreSQL"
  echo "pinned to CPU ${SERVER_CPUS:-none}, wrk to CPU ${CLIENT_CPUS:-none}. \`total\` is the answer's total and totalRelation."
  echo
  echo "| scenario | total | req/s | p50 ms | p99 ms | errors | by-id req/s (same window) | by-id p99 ms | req/s ÷ by-id |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Requests: $(for name in $(printf '%s\n' "${!BOUNDED_SCENARIOS[@]}" | sort); do printf '%s `%s`; ' "$name" "${BOUNDED_SCENARIOS[$name]}"; done)"
  echo
  echo "Framework ceiling (\`GET /q/health/live\`): $ceiling req/s, p99 $c99 ms. Load average before: $load_before;"
  echo "after: $load_after."
} > "$OUT"
echo "wrote $OUT"
