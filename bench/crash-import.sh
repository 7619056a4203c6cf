#!/usr/bin/env bash
# Crash safety of imports, for real: kill -9 of the packaged service in the middle of a large NDJSON import.
#   best-effort:    only whole committed batches (500 lines, one transaction each) are stored afterwards; the same
#                   import retried reports exactly those lines as unchanged and the rest as created, and ends with
#                   every line stored once (idempotent by externalId).
#   all-or-nothing: nothing of the killed import is stored; retried, it stores every line.
# The upload is streamed from a generator; the service is killed while it is still reading and writing: in
# best-effort mode once KILL_AT statements (default 40 %) are committed; in all-or-nothing mode once KILL_AT lines
# are sent (the generator then holds back the rest, so that the import cannot finish) and PAUSE_SECONDS have passed.
# In best-effort mode too the generator holds back the rest after KILL_AT lines (set-wise imports are fast enough to
# finish a small body before a poll sees them), and the kill comes once the whole batches among them are committed.
# After the kill it is restarted on the same data directory (it stops the orphaned PostgreSQL postmaster itself).
# Usage: bench/crash-import.sh [LINES]   (default 50,000; --smoke: 3,000). Writes bench/results/crash-import.md
#        (not in smoke mode). Exits non-zero when a check fails. Packages the service first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=0
if [ "${1:-}" = "--smoke" ]; then SMOKE=1; shift; fi
LINES=${1:-$([ "$SMOKE" = 1 ] && echo 3000 || echo 50000)}
KILL_AT=${KILL_AT:-$(( LINES * 2 / 5 ))}
PAUSE_SECONDS=${PAUSE_SECONDS:-3}
BATCH=500
PORT=${BENCH_PORT:-18093}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/verbatim-crash.XXXXXX)
KEY="vbk_crash_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
RESULT_FILE=bench/results/crash-import.md
PID=

APP=${CRASH_APP_DIR:-target/quarkus-app}   # another copy of the packaged service, e.g. while a build runs
if [ ! -f "$APP/quarkus-run.jar" ]; then
    ./mvnw -q package -DskipTests
fi

cleanup() {
    if [ -n "$PID" ]; then kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; fi
    # the embedded PostgreSQL of our data directory, should a kill have left it running
    if [ -f "$WORK/data/postmaster.pid" ]; then kill "$(head -1 "$WORK/data/postmaster.pid")" 2> /dev/null || true; fi
    cp "$WORK/service.log" "${TMPDIR:-/tmp}/crash-import-service.log" 2> /dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# generate RUN: NDJSON lines with externalIds and an outlet of their own run, to be counted apart.
generate() {
    python3 - "$1" "$LINES" "${2:-}" <<'PY'
import json, os, sys, time
run, lines, pause = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# PAUSE_AT: stop sending there (writing "<pid>" to the pause file) until killed, so that the import cannot finish
pause_at = int(os.environ.get("PAUSE_AT", "-1")) if pause else -1
out = sys.stdout
try:
    for i in range(lines):
        line = {"externalId": "crash-%s-%07d" % (run, i),
                "text": "Crash test statement %d of run %s about the budget and the senate." % (i, run),
                "kind": "DIRECT", "language": "en",
                "speaker": {"name": "Crash Speaker %03d" % (i % 300), "kind": "PERSON"},
                "saidOn": "%04d-%02d-%02d" % (2015 + i % 10, 1 + i % 12, 1 + i % 28), "datePrecision": "DAY",
                "source": {"url": "https://crash.example.org/%s/%d" % (run, i % 2000), "outlet": "Crash Outlet " + run}}
        out.write(json.dumps(line) + "\n")
        if i + 1 == pause_at:
            out.flush()
            with open(pause, "w") as marker:
                marker.write(str(os.getpid()))
            time.sleep(600)
    out.flush()
except BrokenPipeError:
    pass
PY
}

start() {
    VERBATIM_DATA_DIR="$WORK/data" VERBATIM_SAMPLE_DATA=false VERBATIM_ADMIN_API_KEY="$KEY" \
        VERBATIM_RATE_LIMIT_ENABLED=false VERBATIM_SEARCH_WINDOW=1000000 PORT="$PORT" \
        java ${JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" >> "$WORK/service.log" 2>&1 &
    PID=$!
    local started; started=$(date +%s%N)
    for _ in $(seq 1 600); do
        if curl -fs "$BASE/q/health/ready" > /dev/null 2>&1; then
            START_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        if ! kill -0 "$PID" 2> /dev/null; then break; fi
        sleep 0.1
    done
    echo "service did not start; its log:" >&2
    tail -50 "$WORK/service.log" >&2
    exit 1
}

# stored RUN: how many statements of this run are stored (an export filtered by the run's outlet).
stored() {
    curl -fsS "$BASE/api/v1/export?outlet=Crash%20Outlet%20$1&status=PUBLISHED" | grep -c '"externalId"' || true
}

# import_all RUN MODE: the whole file in one request; prints the report.
import_all() {
    generate "$1" | curl -fsS -X POST -T - "$BASE/api/v1/import?mode=$2" -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/x-ndjson'
}

# committed RUN: how many statements of this run are committed so far (a page's total; cheap enough to poll).
committed() {
    curl -fsS "$BASE/api/v1/statements?outlet=Crash%20Outlet%20$1&limit=1" 2> /dev/null | field total 2> /dev/null || echo 0
}

# import_killed RUN MODE: streams the import and kill -9s the service while it runs: in best-effort mode once
# KILL_AT statements are committed; in all-or-nothing mode, where nothing shows before the commit, the generator
# stops sending after KILL_AT lines and the service is killed PAUSE_SECONDS later, its transaction still open.
import_killed() {
    local pause="$WORK/pause-$1"
    (if PAUSE_AT=$KILL_AT generate "$1" "$pause" | curl -sS -X POST -T - "$BASE/api/v1/import?mode=$2" -H "Authorization: Bearer $KEY" \
            -H 'Content-Type: application/x-ndjson' > "$WORK/killed-$1.out" 2>&1; then
        echo 0 > "$WORK/killed-$1.rc"
     else
        echo 1 > "$WORK/killed-$1.rc"
     fi) &
    local uploader=$! started; started=$(date +%s.%N)
    if [ "$2" = best-effort ]; then
        # the generator holds back the rest after KILL_AT lines: wait until the whole batches among them are committed
        for _ in $(seq 1 6000); do [ -s "$pause" ] && break; [ -f "$WORK/killed-$1.rc" ] && break; sleep 0.05; done
        for _ in $(seq 1 6000); do
            [ "$(committed "$1")" -ge "$(( KILL_AT / BATCH * BATCH ))" ] && break
            [ -f "$WORK/killed-$1.rc" ] && break
            sleep 0.05
        done
    else
        for _ in $(seq 1 6000); do [ -s "$pause" ] && break; sleep 0.05; done
        sleep "$PAUSE_SECONDS"
    fi
    KILL_SECONDS=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
    kill -9 "$PID"
    wait "$PID" 2> /dev/null || true
    PID=
    if [ -s "$pause" ]; then kill "$(cat "$pause")" 2> /dev/null || true; fi
    wait "$uploader" || true
    if [ "$(cat "$WORK/killed-$1.rc")" = 0 ]; then
        echo "the $2 import finished before the kill: raise LINES or lower KILL_AT" >&2
        cat "$WORK/killed-$1.out" >&2
        exit 1
    fi
}

field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

FAILED=0
PASSED_CHECKS=0
FAILED_CHECKS=0
check() {
    if [ "$2" = "$3" ]; then
        echo "  ok: $1 ($2)"; PASSED_CHECKS=$(( PASSED_CHECKS + 1 ))
    else
        echo "  FAILED: $1: expected $3, got $2"; FAILED=1; FAILED_CHECKS=$(( FAILED_CHECKS + 1 ))
    fi
}

echo "Crash-safety of imports: $LINES lines, batches of $BATCH, kill -9 once $KILL_AT are committed"
start
FIRST_START_MS=$START_MS

# --- best-effort ---------------------------------------------------------------------------------------------------
import_killed be best-effort
BE_KILL_SECONDS=$KILL_SECONDS
start
BE_RESTART_MS=$START_MS
BE_STORED=$(stored be)
echo "best-effort: killed after ${BE_KILL_SECONDS}s; restarted in ${BE_RESTART_MS} ms; $BE_STORED statements stored"
check "stored statements are whole batches ($BE_STORED mod $BATCH)" "$(( BE_STORED % BATCH ))" 0
check "something was committed before the kill" "$([ "$BE_STORED" -gt 0 ] && echo yes || echo no)" yes
check "not everything was committed" "$([ "$BE_STORED" -lt "$LINES" ] && echo yes || echo no)" yes
RETRY_STARTED=$(date +%s.%N)
BE_REPORT=$(import_all be best-effort)
BE_RETRY_SECONDS=$(awk -v s="$RETRY_STARTED" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
echo "retried: $BE_REPORT"
check "retry: unchanged = stored before" "$(echo "$BE_REPORT" | field unchanged)" "$BE_STORED"
check "retry: created = the rest" "$(echo "$BE_REPORT" | field created)" "$(( LINES - BE_STORED ))"
check "retry: updated" "$(echo "$BE_REPORT" | field updated)" 0
check "retry: failed" "$(echo "$BE_REPORT" | field failed)" 0
BE_FINAL=$(stored be)
check "every line stored exactly once" "$BE_FINAL" "$LINES"

# --- all-or-nothing ------------------------------------------------------------------------------------------------
import_killed aon all-or-nothing
AON_KILL_SECONDS=$KILL_SECONDS
start
AON_RESTART_MS=$START_MS
AON_STORED=$(stored aon)
echo "all-or-nothing: killed after ${AON_KILL_SECONDS}s; restarted in ${AON_RESTART_MS} ms; $AON_STORED statements stored"
check "nothing of the killed all-or-nothing import is stored" "$AON_STORED" 0
AON_REPORT=$(import_all aon all-or-nothing)
echo "retried: $AON_REPORT"
check "retry: created = every line" "$(echo "$AON_REPORT" | field created)" "$LINES"
check "retry: failed" "$(echo "$AON_REPORT" | field failed)" 0
AON_FINAL=$(stored aon)
check "every line stored exactly once" "$AON_FINAL" "$LINES"
check "the best-effort run is untouched" "$(stored be)" "$LINES"

if [ "$SMOKE" = 0 ]; then
    cat > "$RESULT_FILE" <<MD
# Crash safety of imports

\`bench/crash-import.sh $LINES\` on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2> /dev/null || echo unknown),
$(nproc) cores. The packaged service runs on a fresh embedded PostgreSQL; an NDJSON import of $LINES lines is
streamed from a generator and the service is killed with \`kill -9\` while it imports (best-effort: as soon as at
least $KILL_AT statements are committed; all-or-nothing: $PAUSE_SECONDS s after the generator has sent $KILL_AT lines
and holds back the rest); then the service is restarted on the same data directory (it stops the orphaned
postmaster itself) and the import retried.
Statements are counted through \`GET /api/v1/export?outlet=...\` (each run has an outlet of its own).
Result: $([ "$FAILED" = 0 ] && echo "**every check passed**" || echo "**some checks FAILED**").

| Mode | Killed after | Restart (to ready) | Stored after the kill | Retry report | Stored after the retry |
|---|---|---|---|---|---|
| best-effort (batches of $BATCH) | ${BE_KILL_SECONDS} s | ${BE_RESTART_MS} ms | $BE_STORED ($(( BE_STORED / BATCH )) whole batches) | \`$BE_REPORT\` (${BE_RETRY_SECONDS} s) | $BE_FINAL |
| all-or-nothing | ${AON_KILL_SECONDS} s | ${AON_RESTART_MS} ms | $AON_STORED | \`$AON_REPORT\` | $AON_FINAL |

First start on an empty data directory: ${FIRST_START_MS} ms. In best-effort mode a batch is one transaction: lines
are only written when $BATCH valid lines are gathered (or at the end of the body), so the lines read since the last
commit, and the batch being written, are lost with the process and nothing else. The retry's report makes the state
plain: \`unchanged\` counts the lines that had been committed, \`created\` the rest. An all-or-nothing import is a single
transaction; PostgreSQL rolls it back when the killed service's connection drops.
MD
    echo "wrote $RESULT_FILE"
fi
echo "crash-import: $PASSED_CHECKS passed, $FAILED_CHECKS failed"
[ "$FAILED" = 0 ]
