#!/usr/bin/env bash
# Import throughput: generates LINES statements (default 100,000) as NDJSON, deterministically, starts the packaged
# service on a throwaway embedded PostgreSQL, POSTs the file to /api/v1/import with an admin key, then POSTs it again
# (every line unchanged). Reports statements per second for both and the service's RSS (VmRSS before, VmHWM peak).
# Usage: bench/import-throughput.sh [LINES]   (packages the service first if target/quarkus-app is missing)
#        JAVA_OPTS=-Xmx192m bench/import-throughput.sh   (a small heap shows that the body is streamed)
set -euo pipefail
cd "$(dirname "$0")/.."

LINES=${1:-100000}
PORT=${BENCH_PORT:-18089}
WORK=$(mktemp -d /tmp/verbatim-bench.XXXXXX)
KEY="vbk_bench_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -q package -DskipTests
fi

# Deterministic data: 2,000 speakers (with aliases and roles), 300 topics under 30 parents, 20,000 sources.
python3 - "$LINES" > "$WORK/statements.ndjson" <<'PY'
import json, random, sys
lines = int(sys.argv[1])
rnd = random.Random(4)
words = ("sanctions senate treaty budget election reform tariff border health energy climate court "
         "minister council vote agreement security trade policy office statement report").split()
kinds = ["DIRECT", "PARAPHRASE", "WRITTEN"]
for i in range(lines):
    s = rnd.randrange(2000)
    t = rnd.randrange(300)
    src = rnd.randrange(20000)
    line = {
        "externalId": "bench-%07d" % i,
        "text": " ".join(rnd.choice(words) for _ in range(rnd.randrange(12, 40))).capitalize() + ".",
        "kind": kinds[i % 3],
        "language": "en",
        "speaker": {"name": "Bench Speaker %04d" % s, "kind": "PERSON", "aliases": ["B. Speaker %04d" % s],
                    "roles": [{"title": "Minister of %s" % words[s % len(words)], "from": "2015-01-01"}]},
        "speakerRole": "Minister",
        "saidOn": "%04d-%02d-%02d" % (2010 + i % 15, 1 + i % 12, 1 + i % 28),
        "datePrecision": "DAY",
        "context": "said at a press conference",
        "topics": [{"name": "Bench topic %03d" % t, "parent": "Bench area %02d" % (t % 30)}],
        "source": {"url": "https://bench.example.org/story/%05d" % src, "outlet": "Bench Outlet %02d" % (src % 50),
                   "title": "Story %05d" % src, "publishedOn": "2024-01-%02d" % (1 + src % 28),
                   "attribution": "told Bench Outlet"},
    }
    print(json.dumps(line, ensure_ascii=False))
PY

VERBATIM_DATA_DIR="$WORK/data" VERBATIM_SAMPLE_DATA=false VERBATIM_ADMIN_API_KEY="$KEY" PORT="$PORT" \
    java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
PID=$!
cleanup() {
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1; then break; fi
    sleep 1
done
curl -fs "http://localhost:$PORT/q/health/ready" > /dev/null || { echo "service did not start"; cat "$WORK/service.log"; exit 1; }

rss() { awk -v field="$1" '$1 == field":" {print int($2 / 1024)}' "/proc/$PID/status"; }
# CPU seconds used so far by the service's JVM and by the embedded PostgreSQL (postmaster and its children).
cpu_seconds() {
    local postmaster; postmaster=$(head -1 "$WORK/data/postmaster.pid")
    { awk '{print "service", $14 + $15}' "/proc/$PID/stat"
      for pid in $postmaster $(pgrep -P "$postmaster"); do awk '{print "postgres", $14 + $15}' "/proc/$pid/stat" 2> /dev/null; done; } \
      | awk -v hz="$(getconf CLK_TCK)" '{sum[$1] += $2} END {printf "%.1f %.1f", sum["service"] / hz, sum["postgres"] / hz}'
}
run() {
    local label=$1 start end report cpu_before cpu_after
    cpu_before=$(cpu_seconds); start=$(date +%s.%N)
    report=$(curl -fsS -X POST "http://localhost:$PORT/api/v1/import" -H "Authorization: Bearer $KEY" \
        -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/statements.ndjson")
    end=$(date +%s.%N); cpu_after=$(cpu_seconds)
    python3 - "$label" "$LINES" "$start" "$end" "$report" "$cpu_before" "$cpu_after" <<'PY'
import json, sys
label, lines, start, end, report = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), json.loads(sys.argv[5])
(s0, p0), (s1, p1) = map(float, sys.argv[6].split()), map(float, sys.argv[7].split())
seconds = end - start
print("%-22s %7d lines in %6.1f s = %6.0f statements/s  (created %d, updated %d, unchanged %d, failed %d); CPU s: service %.1f, PostgreSQL %.1f" % (
    label, lines, seconds, lines / seconds, report["created"], report["updated"], report["unchanged"], report["failed"], s1 - s0, p1 - p0))
PY
}
# Exports every statement as NDJSON (the import's own, so LINES of them): statements a second and CPU.
export_all() {
    local start end count cpu_before cpu_after
    cpu_before=$(cpu_seconds); start=$(date +%s.%N)
    count=$(curl -fsS "http://localhost:$PORT/api/v1/export?status=all" | wc -l)
    end=$(date +%s.%N); cpu_after=$(cpu_seconds)
    python3 -c '
import sys
count, start, end = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
(s0, p0), (s1, p1) = map(float, sys.argv[4].split()), map(float, sys.argv[5].split())
print("%-22s %7d lines in %6.1f s = %6.0f statements/s  (NDJSON); CPU s: service %.1f, PostgreSQL %.1f" % (
    "export", count, end - start, count / (end - start), s1 - s0, p1 - p0))' "$count" "$start" "$end" "$cpu_before" "$cpu_after"
}

echo "Body: $(du -m "$WORK/statements.ndjson" | cut -f1) MB, $LINES lines; RSS after start: $(rss VmRSS) MB"
run "first import" 
echo "RSS after first import: $(rss VmRSS) MB, peak so far (VmHWM): $(rss VmHWM) MB"
run "repeated import"
echo "RSS after repeated import: $(rss VmRSS) MB, peak (VmHWM): $(rss VmHWM) MB"
export_all
echo "RSS after export: $(rss VmRSS) MB, peak (VmHWM): $(rss VmHWM) MB"
echo "JVM: $(java -version 2>&1 | head -1); options: ${JAVA_OPTS:-none (max heap 1/4 of $(free -m | awk '/Mem:/ {print $2}') MB)}; cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
