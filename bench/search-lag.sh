#!/usr/bin/env bash
# Commit → searchable lag with OpenSearch as the search engine (issue 13 part 2): the packaged service on a fresh
# embedded PostgreSQL with VERBATIM_SEARCH_URL pointing at a local node (bench/opensearch.sh), N statements created one
# at a time by POST /api/v1/statements, each then looked for by GET /api/v1/statements?q=<its unique word> every 10 ms
# until found. The lag of one statement runs from the 201 (its transaction has committed) to the first search that
# finds it: the indexer's poll (VERBATIM_SEARCH_POLL, 200 ms), the _bulk, the index refresh (1 s). Reports median,
# p95, p99 and max with the load average; writes bench/results/search-lag.md.
# Usage: bench/search-lag.sh [N]   (default 200; BENCH_SKIP_BUILD=1 to reuse target/quarkus-app)
source "$(dirname "$0")/lib.sh"
N="${1:-200}"
build
export OPENSEARCH_HOME="$WORK/opensearch-lag"
bash "$BENCH_DIR/opensearch.sh" start
trap 'stop_service; bash "$BENCH_DIR/opensearch.sh" stop' EXIT
export VERBATIM_SEARCH_URL; VERBATIM_SEARCH_URL="$(cat "$OPENSEARCH_HOME/url")"
export VERBATIM_ADMIN_API_KEY="bench-lag-admin-key-0123456789abcdef"
rm -rf "$WORK/lag-data"
start_service "$WORK/lag-data"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
FIGURES=$(on_client python3 - "$BASE" "$N" "$VERBATIM_ADMIN_API_KEY" <<'PY'
import json, random, statistics, string, sys, time, urllib.request
base, n, key = sys.argv[1], int(sys.argv[2]), sys.argv[3]

def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.status, json.loads(response.read() or b"null")

def found(word):
    return call("GET", "/api/v1/statements?q=" + word)[1]["total"] == 1

for _ in range(600):  # the first index is built at start: wait until searches answer
    try:
        call("GET", "/api/v1/statements?q=warmup")
        break
    except Exception:
        time.sleep(0.1)
lags = []
for i in range(n):
    word = "lag" + "".join(random.choice(string.ascii_lowercase) for _ in range(10))
    status, _ = call("POST", "/api/v1/statements", {
        "text": "The " + word + " statement number %d." % i, "kind": "DIRECT",
        "speaker": {"name": "Lag Speaker", "kind": "PERSON"}, "saidOn": "2024-01-01",
        "sources": [{"url": "https://lag.example.org/%s" % word, "outlet": "Lag News"}]})
    committed = time.monotonic()
    assert status == 201
    while not found(word):
        if time.monotonic() - committed > 30:
            raise SystemExit("not searchable within 30 s: " + word)
        time.sleep(0.01)
    lags.append((time.monotonic() - committed) * 1000)
    time.sleep(random.uniform(0, 0.3))  # writes at random points of the poll and refresh cycles
lags.sort()
pick = lambda q: lags[min(len(lags) - 1, int(q * len(lags)))]
print("| %d | %.0f | %.0f | %.0f | %.0f | %.0f |" % (n, statistics.median(lags), pick(0.95), pick(0.99), lags[-1], lags[0]))
PY
)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD)
{
  echo "# Commit → searchable lag with OpenSearch ($(date -u +%F), commit $COMMIT)"
  echo
  echo "bench/search-lag.sh $N: packaged service + embedded PostgreSQL + local OpenSearch 2.19.6 node, one statement"
  echo "created at a time, each polled by a search on its unique word every 10 ms. Load average before: $LOAD_BEFORE;"
  echo "after: $LOAD_AFTER ($(nproc) cores)."
  echo
  echo "| statements | median ms | p95 ms | p99 ms | max ms | min ms |"
  echo "|---|---|---|---|---|---|"
  echo "$FIGURES"
} | tee "$RESULTS/search-lag.md"
