#!/usr/bin/env bash
# Time to build the OpenSearch index of N statements from PostgreSQL (issue 13 part 2): the packaged service starts on
# an N-statement data directory with VERBATIM_SEARCH_URL pointing at a fresh local node (bench/opensearch.sh); the
# index does not exist, so its start-up reindex builds it by id keyset and moves the alias. Timed from ready until
# GET /api/v1/admin/search shows a live index and none being built; then the document count, the index's size and
# the node's RSS. The node is left running when BENCH_KEEP_NODE=1 (bench/bounded.sh can then run on this engine).
# Usage: bench/reindex.sh [size] (default 1000000). Appends to $RESULTS/reindex.md.
source "$(dirname "$0")/lib.sh"
N="${1:-1000000}"
OS_HOME="$WORK/opensearch-$N"
stop_node() { OPENSEARCH_HOME="$OS_HOME" bash "$BENCH_DIR/opensearch.sh" stop > /dev/null 2>&1 || true; }
trap 'stop_service; [ "${BENCH_KEEP_NODE:-0}" = 1 ] || stop_node' EXIT

build
dir=$(load_data "$N")
stop_node
rm -rf "$OS_HOME"
OPENSEARCH_HOME="$OS_HOME" OPENSEARCH_HEAP="${OPENSEARCH_HEAP:-1g}" bash "$BENCH_DIR/opensearch.sh" start >&2
URL="$(cat "$OS_HOME/url")"
export VERBATIM_SEARCH_URL="$URL" VERBATIM_ADMIN_API_KEY="bench-reindex-admin-key-0123456789"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start_service "$dir"
started=$(date +%s%N)
while :; do
  status=$(curl -sf -H "Authorization: Bearer $VERBATIM_ADMIN_API_KEY" "$BASE/api/v1/admin/search" || echo '{}')
  if python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s.get("liveIndex") and not s.get("buildingIndex") and not s.get("stale") else 1)' "$status"; then
    break
  fi
  sleep 1
done
seconds=$(( ($(date +%s%N) - started) / 1000000000 ))
docs=$(curl -sf "$URL/_cat/count/verbatim-statements?h=count" | tr -d '[:space:]')
size=$(curl -sf "$URL/_cat/indices/verbatim-statements?h=store.size" | tr -d '[:space:]')
rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$(cat "$OS_HOME/pid")/status")
line="| $(date -u +%F) | $(git -C "$ROOT" rev-parse --short HEAD) | $N | $seconds s | $docs | $size | ${rss} MB | $load_before / $(cut -d' ' -f1-3 /proc/loadavg) |"
[ -f "$RESULTS/reindex.md" ] || printf '%s\n%s\n' "| date | commit | statements | reindex | documents | index size | node RSS | load before / after |" "|---|---|---|---|---|---|---|---|" > "$RESULTS/reindex.md"
echo "$line" | tee -a "$RESULTS/reindex.md"
