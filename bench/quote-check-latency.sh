#!/usr/bin/env bash
# Quote check latency at several data sizes: claims made from generated statements (an excerpt, a misquote with a
# word replaced, a wrong speaker, an unrelated text), each posted RUNS times in sequence after warm-up; median and p95.
# Usage: bench/quote-check-latency.sh [sizes...]  (default: 100000 1000000). Writes $RESULTS (bench/results)/quote-check-latency.md.
source "$(dirname "$0")/lib.sh"
trap stop_service EXIT

SIZES=("$@")
[ $# -gt 0 ] || SIZES=(100000 1000000)
RUNS="${BENCH_RUNS:-25}"
OUT="$RESULTS/quote-check-latency.md"

post_ms() {
  curl -sf -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' --data-binary @"$1" "$BASE/api/v1/quote-checks"
}

measure() {
  local body="$1"
  for _ in $(seq 1 5); do post_ms "$body" > /dev/null; done
  for _ in $(seq 1 "$RUNS"); do post_ms "$body"; done | median_p95_ms
}

# claim_file NAME TEXT SPEAKER: a request body in the work directory.
claim_file() {
  python3 -c 'import json,sys; print(json.dumps({"text": sys.argv[1], "speaker": sys.argv[2]} if sys.argv[2] else {"text": sys.argv[1]}))' \
    "$2" "$3" > "$WORK/claim-$1.json"
  echo "$WORK/claim-$1.json"
}

build
{
  echo "# Quote check latency"
  echo
  echo "Sequential POST /api/v1/quote-checks from one curl client on this machine (2 shared cores), after 5 warm-up"
  echo "requests; median and p95 of $RUNS runs, in milliseconds, HTTP included. Generated on $(date -u +%F) by"
  echo "\`bench/quote-check-latency.sh\`."
  echo
} > "$OUT"

for n in "${SIZES[@]}"; do
  dir=$(load_data "$n")
  start_service "$dir"
  row=$(bench_sql "SELECT s.text, sp.name, (SELECT name FROM speaker WHERE slug = 'mary-smith') FROM statement s
                   JOIN speaker sp ON sp.id = s.speaker_id WHERE s.external_id = 'bench-4242'")
  text=$(cut -f1 <<< "$row"); speaker=$(cut -f2 <<< "$row"); other=$(cut -f3 <<< "$row")
  excerpt=$(python3 -c 'import sys; w=sys.argv[1].split(); print(" ".join(w[2:14]))' "$text")
  misquote=$(python3 -c 'import sys; w=sys.argv[1].split(); w[5]="zebra"; print(" ".join(w[2:14]))' "$text")
  echo "## $n statements" >> "$OUT"
  echo >> "$OUT"
  echo "| claim | verdict | median ms | p95 ms |" >> "$OUT"
  echo "|---|---|---|---|" >> "$OUT"
  for name in excerpt misquote wrong-speaker unrelated no-speaker; do
    case "$name" in
      excerpt) body=$(claim_file "$name" "$excerpt" "$speaker") ;;
      misquote) body=$(claim_file "$name" "$misquote" "$speaker") ;;
      wrong-speaker) body=$(claim_file "$name" "$excerpt" "$other") ;;
      unrelated) body=$(claim_file "$name" "Purple elephants quietly negotiate a treaty with the moon tonight" "$speaker") ;;
      no-speaker) body=$(claim_file "$name" "$excerpt" "") ;;
    esac
    verdict=$(curl -sf -H 'Content-Type: application/json' --data-binary @"$body" "$BASE/api/v1/quote-checks" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["verdict"])')
    read -r median p95 < <(measure "$body")
    echo "| $name | $verdict | $median | $p95 |" >> "$OUT"
  done
  echo >> "$OUT"
  stop_service
done
echo "wrote $OUT"
