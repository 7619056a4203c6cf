#!/usr/bin/env bash
# Fact-check import: linking accuracy and throughput. Generates a ClaimReview NDJSON feed of COUNT reviews from the
# statements of a generated data set (bench/review_feed.py: exact, excerpt, misquote, wrong speaker, paraphrase,
# unrelated claims), imports it through POST /api/v1/import/reviews, then compares each review's link with the
# statement it was made from: linked right, linked wrong, left unlinked. Imports the same feed again (idempotent:
# every review unchanged) and times both.
# Usage: bench/review-linking.sh [statements] [reviews]  (default: 100000 10000). Writes $RESULTS/review-linking.md.
source "$(dirname "$0")/lib.sh"
trap stop_service EXIT

N="${1:-100000}"
COUNT="${2:-10000}"
SEED="${BENCH_SEED:-14}"
OUT="$RESULTS/review-linking.md"
KEY="vbk_bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

build
dir=$(load_data "$N")
VERBATIM_ADMIN_API_KEY="$KEY" start_service "$dir"
bench_sql "DELETE FROM review_aud" "DELETE FROM review" "SELECT 1" > /dev/null
# Statements with at least 16 words, spread over the data set, each with another speaker's name for the wrong-speaker case.
bench_sql "SELECT s.external_id, s.text, sp.name, o.name FROM statement s JOIN speaker sp ON sp.id = s.speaker_id
           JOIN speaker o ON o.id = (SELECT id FROM speaker WHERE id <> sp.id ORDER BY id OFFSET (abs(hashtext(s.id::text)) % 1000) LIMIT 1)
           WHERE s.status = 'PUBLISHED' AND array_length(regexp_split_to_array(s.text, '\s+'), 1) >= 16
           ORDER BY md5(s.id::text) LIMIT $COUNT" > "$WORK/review-statements.tsv"
python3 "$BENCH_DIR/review_feed.py" "$WORK/review-statements.tsv" "$COUNT" "$SEED" "$WORK/reviews.ndjson" "$WORK/reviews-expected.tsv"

import_feed() {
  curl -sf -o "$WORK/review-report-$1.json" -w '%{time_total}\n' -H "Authorization: Bearer $KEY" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/reviews.ndjson" "$BASE/api/v1/import/reviews"
}
first=$(import_feed first)
second=$(import_feed again)
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench_sql "SELECT r.url, coalesce(s.external_id, ''), coalesce(r.match_kind, '') FROM review r
           LEFT JOIN statement s ON s.id = r.statement_id" > "$WORK/reviews-actual.tsv"

python3 - "$WORK/reviews-expected.tsv" "$WORK/reviews-actual.tsv" "$WORK/review-report-first.json" \
  "$WORK/review-report-again.json" "$first" "$second" "$N" "$COUNT" "$load" > "$OUT" <<'PY'
import collections, json, sys
expected_path, actual_path, first_path, again_path, first_s, again_s, n, count, load = sys.argv[1:]
actual = {}
for line in open(actual_path, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) == 3:
        actual[parts[0]] = (parts[1], parts[2])
rows = collections.OrderedDict((case, collections.Counter()) for case in
                               ["exact", "excerpt", "misquote", "wrong-speaker", "paraphrase", "unrelated"])
kinds = collections.defaultdict(collections.Counter)
for line in open(expected_path, encoding="utf-8"):
    url, case, target = line.rstrip("\n").split("\t")
    got, kind = actual.get(url, ("", ""))
    if url not in actual:
        outcome = "missing"
    elif not got:
        outcome = "unlinked"
    elif got == target:
        outcome = "right"
    else:
        outcome = "wrong"
    rows[case][outcome] += 1
    if kind:
        kinds[case][kind] += 1
first, again = json.load(open(first_path)), json.load(open(again_path))
total = collections.Counter()
for counter in rows.values():
    total.update(counter)
should_link = sum(rows[c]["right"] + rows[c]["wrong"] + rows[c]["unlinked"] for c in ["exact", "excerpt", "misquote"])
linked_right = sum(rows[c]["right"] for c in ["exact", "excerpt", "misquote"])
wrong = total["wrong"]
false_links = sum(rows[c]["right"] + rows[c]["wrong"] for c in ["wrong-speaker", "paraphrase", "unrelated"])
print("# Fact-check linking and import\n")
print(f"`bench/review-linking.sh {n} {count}`: {count} generated ClaimReviews (NDJSON, one request) over a data set of "
      f"{int(n):,} generated statements, on this machine (2 shared cores; load average {load} at the end).\n")
print("## Linking accuracy\n")
print("Each review's link compared with the statement its claim was made from (`bench/review_feed.py`). Exact, excerpt "
      "and misquote claims should link to that statement; wrong-speaker, paraphrase and unrelated ones should stay "
      "unlinked.\n")
print("| case | reviews | linked right | linked wrong | left unlinked | match kinds |")
print("|---|---|---|---|---|---|")
for case, counter in rows.items():
    reviews = sum(counter.values())
    right = counter["right"] if case in ("exact", "excerpt", "misquote") else "—"
    kinds_text = ", ".join(f"{k} {v}" for k, v in sorted(kinds[case].items())) or "—"
    linked_when_should_not = counter["right"] + counter["wrong"] if case not in ("exact", "excerpt", "misquote") else 0
    wrong_cell = counter["wrong"] if case in ("exact", "excerpt", "misquote") else linked_when_should_not
    print(f"| {case} | {reviews} | {right} | {wrong_cell} | {counter['unlinked']} | {kinds_text} |")
print()
print(f"Of the {should_link} reviews whose claim is on record by the claimant, {linked_right} were linked to the right "
      f"statement ({100 * linked_right / max(1, should_link):.1f}%); {wrong} linked to another statement; "
      f"{false_links} of the {int(count) - should_link} that should stay unlinked were linked.\n")
print("## Import throughput\n")
print("| run | reviews | seconds | reviews/s | linked | unlinked | unchanged | failed | warnings |")
print("|---|---|---|---|---|---|---|---|---|")
for name, report, seconds in (("first import", first, float(first_s)), ("same feed again", again, float(again_s))):
    print(f"| {name} | {count} | {seconds:.1f} | {int(count) / seconds:.0f} | {report['linked']} | {report['unlinked']} | "
          f"{report['unchanged']} | {report['failed']} | {len(report['warnings'])} |")
print()
print("The first import runs one quote check per review (the candidate lookup in PostgreSQL, then the word alignment); "
      "the second skips it for every review whose stored claim is the same and already linked, so it measures the "
      "idempotent path (read by URL, compare, nothing written).")
PY
cat "$OUT"
