#!/usr/bin/env bash
# A local single-node OpenSearch 2.19.6 for trying the scaled setup, for the tests and for benchmarks. It runs as its
# own JVM from the Maven project under src/opensearch (never on the service's classpath: Jackson, Netty and log4j clash).
#
#   bench/opensearch.sh start   builds its classpath (./mvnw), starts the node, waits until it serves (green; yellow
#                             once an index asks for replicas), prints the URL and the time it took
#   bench/opensearch.sh stop    stops the node started from the same home directory
#   bench/opensearch.sh status  prints the cluster health, the URL and the node's RSS
#
# OPENSEARCH_HOME  data, logs, pid and port files (default ./data/opensearch: kept between runs, git-ignored)
# OPENSEARCH_PORT  HTTP port (default: a free port)      OPENSEARCH_HEAP  -Xmx (default 512m)
# Then: VERBATIM_SEARCH_URL=$(cat "$OPENSEARCH_HOME/url") ./mvnw quarkus:dev
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="$(mkdir -p "${OPENSEARCH_HOME:-$ROOT/data/opensearch}" && cd "${OPENSEARCH_HOME:-$ROOT/data/opensearch}" && pwd)"
PROJECT="$ROOT/src/opensearch"

url() { echo "http://127.0.0.1:$(cat "$HOME_DIR/port")"; }

running() { [ -f "$HOME_DIR/pid" ] && kill -0 "$(cat "$HOME_DIR/pid")" 2> /dev/null; }

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if running; then echo "already running: $(url)"; return 0; fi
  # Offline when the jars are already in the local repository; else (first run) they come from Maven Central.
  local build=(compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
  (cd "$PROJECT" && { "$ROOT/mvnw" -q -B -o "${build[@]}" > /dev/null 2>&1 || "$ROOT/mvnw" -q -B "${build[@]}"; })
  local port="${OPENSEARCH_PORT:-$(free_port)}"
  echo "$port" > "$HOME_DIR/port"
  local started; started=$(date +%s%N)
  nohup java -Xms"${OPENSEARCH_HEAP:-512m}" -Xmx"${OPENSEARCH_HEAP:-512m}" -XX:+UseSerialGC \
    -Dlog4j2.disable.jmx=true -Dopensearch.path.home="$HOME_DIR" \
    -cp "$PROJECT/target/classes:$(cat "$PROJECT/target/classpath.txt")" \
    io.verbatim.opensearch.LocalNode "$HOME_DIR" "$port" > "$HOME_DIR/node.log" 2>&1 &
  echo $! > "$HOME_DIR/pid"
  # Yellow is the best a single node reaches when an index asks for replicas (Verbatim's indexes ask for none).
  local deadline=$(( $(date +%s) + 120 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -fs --max-time 2 "$(url)/_cluster/health?wait_for_status=yellow&timeout=1s" > /dev/null 2>&1; then
      echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms: $(url) (pid $(cat "$HOME_DIR/pid"))"
      echo "$(url)" > "$HOME_DIR/url"
      return 0
    fi
    running || { echo "node exited; see $HOME_DIR/node.log" >&2; tail -20 "$HOME_DIR/node.log" >&2; return 1; }
    sleep 0.5
  done
  echo "not green after 120 s; see $HOME_DIR/node.log" >&2
  return 1
}

stop() {
  running || { echo "not running"; rm -f "$HOME_DIR/pid"; return 0; }
  local pid; pid=$(cat "$HOME_DIR/pid")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
  rm -f "$HOME_DIR/pid" "$HOME_DIR/url"
  echo "stopped"
}

status() {
  running || { echo "not running"; return 1; }
  curl -fs "$(url)/_cluster/health?pretty"
  echo "$(url), RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/$(cat "$HOME_DIR/pid")/status") / 1024 )) MB"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
