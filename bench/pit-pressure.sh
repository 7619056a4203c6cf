#!/usr/bin/env bash
# Relevance searches under concurrency against OpenSearch (issue 13 part 2): do they stay within the node's limit of
# open points in time (search.max_open_pit_context, 300)? The first engine opened one per relevance search with a next
# page and answered 500 within seconds at 8 connections; the shared point in time opens one per rotation period.
# The packaged service on a fresh embedded PostgreSQL with VERBATIM_SEARCH_URL on a local node (bench/opensearch.sh),
# 2,000 statements sharing a word imported, then wrk at BENCH_CONCURRENCY (8) connections for BENCH_SECONDS (30) on
# a relevance search with a next page; the node's open points in time are sampled every second meanwhile.
# Usage: bench/pit-pressure.sh (BENCH_SKIP_BUILD=1 to reuse target/quarkus-app). Writes
# bench/results/pit-pressure[-BENCH_TAG].md. VERBATIM_SEARCH_POINT_IN_TIME_ROTATION=0ms gives the old pattern (a point
# in time per search), to see the node refuse them and the searches go on from the live index.
source "$(dirname "$0")/lib.sh"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
SECONDS_PER_RUN="${BENCH_SECONDS:-30}"
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null 2>&1 || (apt-get update > /dev/null && apt-get install -y wrk > /dev/null); }
build
export OPENSEARCH_HOME="$WORK/opensearch-pit"
bash "$BENCH_DIR/opensearch.sh" start
trap 'stop_service; bash "$BENCH_DIR/opensearch.sh" stop' EXIT
NODE="$(cat "$OPENSEARCH_HOME/url")"
export VERBATIM_SEARCH_URL="$NODE"
export VERBATIM_ADMIN_API_KEY="bench-pit-admin-key-0123456789abcdef"
rm -rf "$WORK/pit-data"
start_service "$WORK/pit-data"

python3 - "$BASE" "$VERBATIM_ADMIN_API_KEY" <<'PY'
import json, sys, time, urllib.request
base, key = sys.argv[1], sys.argv[2]
lines = "\n".join(json.dumps({
    "externalId": "pit-%d" % i, "text": "The budget %s statement number %d." % ("budget " * (i % 4), i),
    "kind": "DIRECT", "language": "en", "speaker": {"name": "Pit Speaker %d" % (i % 50), "kind": "PERSON"},
    "saidOn": "2020-01-%02d" % (1 + i % 28), "datePrecision": "DAY",
    "source": {"url": "https://pit.example.org/%d" % i, "outlet": "Pit News"}}) for i in range(2000))
request = urllib.request.Request(base + "/api/v1/import", method="POST", data=lines.encode(),
                                 headers={"Authorization": "Bearer " + key, "Content-Type": "application/x-ndjson"})
with urllib.request.urlopen(request) as response:
    print("import:", response.status, response.read()[:200].decode())
for _ in range(600):  # until the index has them all
    with urllib.request.urlopen(base + "/api/v1/statements?q=budget&limit=1") as response:
        if json.loads(response.read())["total"] >= 2000:
            break
    time.sleep(0.2)
PY

URL="$BASE/api/v1/statements?q=budget&limit=10"
curl -sf "$URL" | python3 -c 'import json,sys; a=json.load(sys.stdin); assert a["nextCursor"], a; print("total", a["total"])'
pits() { curl -sf "$NODE/_nodes/stats/indices/search" | python3 -c 'import json,sys; n=json.load(sys.stdin)["nodes"]; print(sum(v["indices"]["search"]["point_in_time_current"] for v in n.values()))'; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$WORK/pits.txt"
( for _ in $(seq 1 $((SECONDS_PER_RUN + 5))); do pits >> "$WORK/pits.txt" || true; sleep 1; done ) &
SAMPLER=$!
on_client wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_PER_RUN}s" --latency "$URL" > "$WORK/wrk.txt" 2>&1 || true
wait "$SAMPLER"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
read -r rps p50 p99 errors < <(wrk_summary "$WORK/wrk.txt")
maxpits=$(sort -n "$WORK/pits.txt" | tail -1)
{
  echo "# Open points in time under concurrent relevance searches ($(date -u +%F), commit $(cd "$ROOT" && git rev-parse --short HEAD))"
  echo
  echo "bench/pit-pressure.sh: packaged service + embedded PostgreSQL + local OpenSearch 2.19.6 node (not pinned),"
  echo "2,000 statements with \"budget\", wrk $CONCURRENCY connections ${SECONDS_PER_RUN} s on \`q=budget&limit=10\` (every page"
  echo "has a next one), rotation ${VERBATIM_SEARCH_POINT_IN_TIME_ROTATION:-500ms} (VERBATIM_SEARCH_POINT_IN_TIME_ROTATION)."
  echo "Load average before: $LOAD_BEFORE; after: $LOAD_AFTER ($(nproc) cores)."
  echo
  echo "| req/s | p50 ms | p99 ms | non-2xx or socket errors | most open points in time on the node (sampled each second) |"
  echo "|---|---|---|---|---|"
  echo "| $rps | $p50 | $p99 | $errors | $maxpits (limit 300) |"
  echo
  echo "Refusals logged by the service: $(grep -c 'No point in time for relevance searches' "$WORK/service.log" || true)."
} | tee "$RESULTS/pit-pressure${BENCH_TAG:+-$BENCH_TAG}.md"
