#!/usr/bin/env bash
# Sequential latency of the bounded-search scenarios (bench/bounded-scenarios.sh) for one data size and one engine:
# one request at a time, 3 warm-up requests then BENCH_REQUESTS timed ones per scenario, median and p95 in ms, with
# the answer's total. With VERBATIM_SEARCH_URL set the service answers searches through OpenSearch (the index must be
# built: bench/reindex.sh with BENCH_KEEP_NODE=1), otherwise through PostgreSQL. A sequential figure is less
# sensitive to other work on the machine than a throughput one; the load average is written beside it.
# Usage: bench/sequential-latency.sh [size] (default 1000000). Appends to $RESULTS/sequential-latency.md.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/bounded-scenarios.sh"
trap stop_service EXIT

N="${1:-1000000}"
REQUESTS="${BENCH_REQUESTS:-15}"
ENGINE=$([ -n "${VERBATIM_SEARCH_URL:-}" ] && echo OpenSearch || echo PostgreSQL)
OUT="$RESULTS/sequential-latency.md"

build
dir=$(load_data "$N")
start_service "$dir"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
id=$(bench_sql "SELECT id FROM statement WHERE external_id = 'bench-4242'")
rows=""
for name in 01-by-id $(printf '%s\n' "${!BOUNDED_SCENARIOS[@]}" | sort | grep -E "${BENCH_ONLY:-.}"); do
  if [ "$name" = 01-by-id ]; then url="$BASE/api/v1/statements/$id"; else url="$BASE${BOUNDED_SCENARIOS[$name]}"; fi
  for _ in 1 2 3; do curl -sf "$url" > "$WORK/answer.json"; done
  total=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print("%s %s" % (a["total"], a.get("totalRelation", "")) if "total" in a else "-")' "$WORK/answer.json")
  read -r median p95 < <(for _ in $(seq 1 "$REQUESTS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | median_p95_ms)
  rows+="| $(date -u +%F) | $(git -C "$ROOT" rev-parse --short HEAD) | $N | $ENGINE | $name | $median | $p95 | $total |"$'\n'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
[ -f "$OUT" ] || printf '%s\n%s\n' "| date | commit | statements | engine | scenario | median ms | p95 ms | total | load before / after |" \
  "|---|---|---|---|---|---|---|---|---|" > "$OUT"
printf '%s' "$rows" | sed "s#|\$#| $load_before / $load_after |#" | tee -a "$OUT"
