# Load and fault checks for our server, sourced by `scripts/bench.sh load` (which provides
# start, stop, rss_kib, post, log and the settings). They print what they measured and end
# with PASS or FAIL lines; the script exits non-zero if any check failed. These are not timed
# tests: the numbers are for BENCHMARKS.md, the pass/fail conditions are about errors, answers
# and exits, never about speed (apart from "a slow call does not hold up echo", where the gap
# is seconds).
#
# Knobs: LOAD_CONC (1000), LOAD_DURATION (60), SLOW_MS (2000, passed to bench_peer),
# LOAD_SKIP_WRK (set: skip the 1,000-connection run).

LOAD_CONC=${LOAD_CONC:-1000}
LOAD_DURATION=${LOAD_DURATION:-60}
export SLOW_MS=${SLOW_MS:-2000}
FAILED=0

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=1; }

# A JSON field of a WRKJSON payload.
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get(sys.argv[2], 0))' "$1" "$2"; }
wrk_errors() {
  python3 -c 'import json,sys; w=json.loads(sys.argv[1]); print(sum(w.get(k, 0) for k in ("err_connect","err_read","err_write","err_status","err_timeout")))' "$1"
}
threads_of() { awk '/^Threads:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# curl_slow <file>: POSTs the slow callback; writes "<http code> <seconds>" to the file.
curl_slow() {
  curl -s -m 60 -H 'Content-Type: application/json' --data-binary "@$HELPERS/slow.json" \
    -o /dev/null -w '%{http_code} %{time_total}\n' "http://$HOST:$PORT_OURS/_dash-update-component" >"$1" 2>/dev/null || true
}

# 1. LOAD_CONC connections for LOAD_DURATION s against `dashboard`: no errors, bounded memory.
load_dashboard() {
  local samples=$OUT/load_rss.txt sampler json errors peak idle_rss
  start ours "$PORT_OURS"
  log "load: wrk -t$THREADS -c$LOAD_CONC -d${LOAD_DURATION}s on dashboard (pid $SERVER_PID)"
  : >"$samples"
  (while kill -0 "$SERVER_PID" 2>/dev/null; do
     echo "$(rss_kib "$SERVER_PID") $(threads_of "$SERVER_PID")" >>"$samples"; sleep 2
   done) &
  sampler=$!
  BODY_FILE=$REQ/dashboard.json timeout $((LOAD_DURATION + 60)) wrk -t"$THREADS" -c"$LOAD_CONC" \
    -d"${LOAD_DURATION}s" --timeout 30s --latency -s "$LUA" \
    "http://$HOST:$PORT_OURS/_dash-update-component" >"$OUT/load_wrk.txt" 2>&1 || true
  json=$(grep '^WRKJSON ' "$OUT/load_wrk.txt" | sed 's/^WRKJSON //' || echo '{}')
  sleep 10
  idle_rss=$(rss_kib "$SERVER_PID")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$samples" | tail -1)
  errors=$(wrk_errors "$json")
  echo "dashboard c$LOAD_CONC ${LOAD_DURATION}s: $(field "$json" requests) requests," \
    "$(field "$json" rps) req/s, p50 $(field "$json" p50_ms) ms, p99 $(field "$json" p99_ms) ms," \
    "max $(field "$json" max_ms) ms, errors $errors"
  echo "RSS KiB during load (every 2 s): $(awk '{print $1}' "$samples" | tr '\n' ' ')"
  echo "threads during load: $(awk '{print $2}' "$samples" | sort -n | uniq | tr '\n' ' ')"
  echo "peak RSS ${peak% *} KiB with ${peak#* } threads; 10 s after the load: $idle_rss KiB"
  [[ $(field "$json" requests) -gt 0 && $errors == 0 ]] && pass "1000 connections: 0 errors" ||
    fail "1000 connections: $errors errors"
  stop "$SERVER_PID"
}

# 2. Clients that go away mid-request; the server keeps answering.
disconnects() {
  local i code
  start ours "$PORT_OURS"
  log "disconnects (pid $SERVER_PID)"
  # a) Give up on the slow callback long before it answers.
  for i in $(seq 20); do
    curl -s -m 0.2 -H 'Content-Type: application/json' --data-binary "@$HELPERS/slow.json" \
      -o /dev/null "http://$HOST:$PORT_OURS/_dash-update-component" 2>/dev/null &
    CLIENTS+=($!)
  done
  # b) Send half a body, then close. c) Send a whole dashboard request and close unread.
  python3 - "$HOST" "$PORT_OURS" "$REQ/dashboard.json" <<'PY'
import socket, sys
host, port, body_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
body = open(body_file, "rb").read()
head = (f"POST /_dash-update-component HTTP/1.1\r\nHost: {host}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
for i in range(50):
    s = socket.create_connection((host, port))
    s.sendall(head + body[: len(body) // 2])
    s.close()
for i in range(50):
    s = socket.create_connection((host, port))
    s.sendall(head + body)
    s.close()
print("sent 50 half bodies and 50 unread requests, closing each socket")
PY
  wait_clients
  sleep "$((SLOW_MS / 1000 + 1))"
  code=$(post "$PORT_OURS" "$REQ/echo.json" "$OUT/after_disconnects.json")
  if kill -0 "$SERVER_PID" 2>/dev/null && [[ $code == 200 ]] && ! grep -qi panic "$OUT/ours.log"; then
    pass "after 120 dropped requests the server answers echo with 200 (threads now $(threads_of "$SERVER_PID"))"
  else
    fail "after dropped requests: echo answered $code"
  fi
  stop "$SERVER_PID"
}

# Waits for the client processes in CLIENTS (not for the server, also a job of this shell).
CLIENTS=()
wait_clients() { local pid; for pid in "${CLIENTS[@]:-}"; do [[ -n $pid ]] && wait "$pid" 2>/dev/null || true; done; CLIENTS=(); }

# 3. Slow calls (more of them than there are cores) do not hold up echo.
slow_calls() {
  local n=$(( $(nproc) * 2 )) i json_before json_during slow_ok=1 line
  start ours "$PORT_OURS"
  log "slow calls (pid $SERVER_PID): $n at once, each sleeping $SLOW_MS ms"
  BODY_FILE=$REQ/echo.json wrk -t1 -c4 -d1s --latency -s "$LUA" \
    "http://$HOST:$PORT_OURS/_dash-update-component" >"$OUT/echo_alone.txt" 2>&1 || true
  json_before=$(grep '^WRKJSON ' "$OUT/echo_alone.txt" | sed 's/^WRKJSON //' || echo '{}')
  for i in $(seq "$n"); do curl_slow "$OUT/slow_$i.txt" & CLIENTS+=($!); done
  sleep 0.2
  BODY_FILE=$REQ/echo.json wrk -t1 -c4 -d1s --latency -s "$LUA" \
    "http://$HOST:$PORT_OURS/_dash-update-component" >"$OUT/echo_during.txt" 2>&1 || true
  json_during=$(grep '^WRKJSON ' "$OUT/echo_during.txt" | sed 's/^WRKJSON //' || echo '{}')
  local threads; threads=$(threads_of "$SERVER_PID")
  wait_clients
  for i in $(seq "$n"); do
    line=$(cat "$OUT/slow_$i.txt")
    [[ ${line%% *} == 200 ]] || slow_ok=0
    echo "slow call $i: $line"
  done
  echo "echo alone: p50 $(field "$json_before" p50_ms) ms, p99 $(field "$json_before" p99_ms) ms, max $(field "$json_before" max_ms) ms"
  echo "echo during $n slow calls: $(field "$json_during" requests) requests, p50 $(field "$json_during" p50_ms) ms," \
    "p99 $(field "$json_during" p99_ms) ms, max $(field "$json_during" max_ms) ms; $threads threads"
  # A held-up echo would wait for a slow call: about SLOW_MS.
  if [[ $slow_ok == 1 ]] && python3 -c 'import json,sys; w=json.loads(sys.argv[1]); sys.exit(0 if w.get("requests",0) > 0 and w["max_ms"] < float(sys.argv[2]) / 2 else 1)' "$json_during" "$SLOW_MS"; then
    pass "echo during slow calls never waited for one (max below SLOW_MS/2)"
  else
    fail "echo was held up by slow calls, or a slow call failed"
  fi
  stop "$SERVER_PID"
}

# 4. SIGTERM while slow calls are in flight: they finish with 200, then the process exits.
sigterm_drains() {
  local i t0 exited=0 ok=1 line after
  start ours "$PORT_OURS"
  log "SIGTERM with 3 slow calls in flight (pid $SERVER_PID)"
  for i in 1 2 3; do curl_slow "$OUT/term_$i.txt" & CLIENTS+=($!); done
  sleep 0.5
  t0=$(now)
  kill -TERM "$SERVER_PID"
  after=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://$HOST:$PORT_OURS/_dash-layout" 2>/dev/null || true)
  for i in $(seq 600); do kill -0 "$SERVER_PID" 2>/dev/null || { exited=1; break; }; sleep 0.1; done
  local secs; secs=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
  wait_clients
  for i in 1 2 3; do
    line=$(cat "$OUT/term_$i.txt")
    [[ ${line%% *} == 200 ]] || ok=0
    echo "in-flight slow call $i: $line"
  done
  echo "a new request after SIGTERM got: ${after:-no answer} (000: refused)"
  echo "the process exited ${secs} s after SIGTERM"
  [[ $ok == 1 && $exited == 1 ]] && pass "SIGTERM drained the in-flight calls (200) and the process exited" ||
    fail "SIGTERM: in-flight calls ok=$ok, exited=$exited"
  stop "$SERVER_PID"
}

load_checks() {
  ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
  [[ -z ${LOAD_SKIP_WRK:-} ]] && load_dashboard
  disconnects
  slow_calls
  sigterm_drains
  return "$FAILED"
}
