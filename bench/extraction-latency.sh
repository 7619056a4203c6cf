#!/usr/bin/env bash
# Extraction latency for a ~1,000-word article (issue #15 target: under 50 ms).
# Runs ExtractionLatencyTest (200 warm-up runs, then the median and p95 of 300) pinned to one CPU, and writes
# the figure with the machine's load to bench/results/extraction-latency.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CPU="${CPU:-1}"
out=bench/results/extraction-latency.txt
mkdir -p bench/results
line=$(taskset -c "$CPU" ./mvnw -q -o test -Dtest=ExtractionLatencyTest -Dsurefire.failIfNoSpecifiedTests=false \
  2>&1 | grep -E 'extraction latency: [0-9]+ words' | head -1)
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other builds may share them)"
  echo "pinned to CPU $CPU"
  echo "$line"
} | tee "$out"
