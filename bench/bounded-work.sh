#!/usr/bin/env bash
# Work per request of the bounded searches as PostgreSQL itself counts it (shared buffers touched, rows fetched),
# around sequential requests, for each data size: figures that do not depend on how busy the machine is, so that the
# 1M -> 10M growth can be read even where throughput (bench/bounded.sh) cannot. Issue 13's goal is that they stay flat.
# Usage: bench/bounded-work.sh SIZE... (default: 100000 1000000). Writes $RESULTS/bounded-work[-BENCH_TAG].md.
# BENCH_DATA_GENERATOR=BenchSqlData generates set-wise (needed for 10M); BENCH_REQUESTS requests per scenario (20).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/bounded-scenarios.sh"
trap stop_service EXIT

SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100000 1000000)
REQUESTS="${BENCH_REQUESTS:-20}"
OUT="$RESULTS/bounded-work${BENCH_TAG:+-$BENCH_TAG}.md"

# Buffers touched and rows fetched in the service's database so far. A backend reports its counters when idle, at
# most once a second and at the latest 10 s later: hence the pause before each reading.
counters() {
  sleep 11
  bench_sql "SELECT blks_hit + blks_read, tup_fetched FROM pg_stat_database WHERE datname = current_database()"
}

build
declare -A BUFFERS ROWS TOTALS SIZE_ON_DISK
names=(01-by-id $(printf '%s\n' "${!BOUNDED_SCENARIOS[@]}" | sort | grep -E "${BENCH_ONLY:-.}"))
for n in "${SIZES[@]}"; do
  dir=$(load_data "$n")
  SIZE_ON_DISK[$n]=$(du -shL "$dir" | cut -f1)
  start_service "$dir"
  id=$(bench_sql "SELECT id FROM statement WHERE external_id = 'bench-4242'")
  for name in "${names[@]}"; do
    if [ "$name" = 01-by-id ]; then url="$BASE/api/v1/statements/$id"; else url="$BASE${BOUNDED_SCENARIOS[$name]}"; fi
    for _ in 1 2 3; do curl -sf "$url" > "$WORK/answer.json"; done
    TOTALS[$name,$n]=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("%s %s" % (a["total"], a.get("totalRelation", "")) if "total" in a else "-")' "$WORK/answer.json")
    read -r b0 r0 < <(counters)
    for _ in $(seq 1 "$REQUESTS"); do curl -sf "$url" > /dev/null; done
    read -r b1 r1 < <(counters)
    # The two readings' own queries are included: a few buffers, the same at every size.
    BUFFERS[$name,$n]=$(( (b1 - b0) / REQUESTS ))
    ROWS[$name,$n]=$(( (r1 - r0) / REQUESTS ))
  done
  stop_service
done

{
  echo "## Work per search request as the archive grows (PostgreSQL's counters, sequential requests)"
  echo
  echo "Run $(date -u +%F) at commit $(git -C "$ROOT" rev-parse --short HEAD), data from ${BENCH_DATA_GENERATOR:-BenchData};"
  echo "$REQUESTS requests per scenario after 3 warm-up ones; per request: shared buffers touched (hit + read) and rows"
  echo "fetched, from \`pg_stat_database\`. Data directories: $(for n in "${SIZES[@]}"; do printf '%s %s; ' "$n" "${SIZE_ON_DISK[$n]}"; done)"
  echo
  header="| scenario |"; rule="|---|"
  for n in "${SIZES[@]}"; do header+=" total at $n | buffers at $n | rows at $n |"; rule+="---|---|---|"; done
  last="${SIZES[${#SIZES[@]}-1]}"; first="${SIZES[0]}"
  echo "$header buffers $last ÷ $first |"; echo "$rule---|"
  for name in "${names[@]}"; do
    line="| $name |"
    for n in "${SIZES[@]}"; do line+=" ${TOTALS[$name,$n]} | ${BUFFERS[$name,$n]} | ${ROWS[$name,$n]} |"; done
    ratio=$(python3 -c "import sys; a, b = map(float, sys.argv[1:]); print('%.2f' % (b / a if a else 0))" "${BUFFERS[$name,$first]}" "${BUFFERS[$name,$last]}")
    echo "$line $ratio |"
  done
  echo
  echo "Requests: $(for name in $(printf '%s\n' "${!BOUNDED_SCENARIOS[@]}" | sort); do printf '%s `%s`; ' "$name" "${BOUNDED_SCENARIOS[$name]}"; done)"
} | tee "$OUT"
