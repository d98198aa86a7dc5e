#!/usr/bin/env bash
# Side-by-side benchmark: our `bench_peer` example against the Python Dash 4.4.1 peer
# (gunicorn, 2 workers) and a bare actix-web JSON server (the practical limit of the machine),
# all on 127.0.0.1, with the request bodies the official renderer sends.
#
# Usage: bash scripts/bench.sh [run|check|load]      (default: run)
#   run    build, install, check the outputs, then measure REPS rounds and print one table
#   check  build, install, and only compare every request's answer from us and from the peer
#   load   build, then load and fault checks on our server alone (scripts/bench/load.sh):
#          1,000 connections for 60 s on `dashboard`, dropped clients, slow callbacks, SIGTERM
#
# Per round, each server in turn (ours, peer, limit) is started fresh: cold start = launch ->
# first 200 on GET /_dash-layout; then per scenario a 2 s warm-up (wrk -t1 -c4, discarded) and
# wrk -t$THREADS -c$CONC -d${DURATION}s --timeout 30s --latency, the same settings as the peer's
# own run.sh; RSS (server and its child processes) is read after each scenario. Every process
# started here is stopped by its PID (TERM, then KILL after 10 s).
#
# Knobs: REPS (3), DURATION (10), CONC (32), THREADS (2), BENCH_SHARED (../shared/bench from the
# repo root), VENV (target/bench-venv), OUR_RUST_LOG (warn, and info for the callback placement), PORT_OURS/PORT_PEER/PORT_LIMIT
# (8050/8051/8060), OUT (target/bench), OURS_CALLBACK_THREADS (unset: the framework's default
# blocking pool; else passed to `Dash::callback_threads`).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-run}
SHARED=${BENCH_SHARED:-$ROOT/../shared/bench}
PEER=$SHARED/peer
LIMIT_SRC=$SHARED/limit
REQ=$PEER/requests
LUA=$PEER/wrk/report.lua
VENV=${VENV:-$ROOT/target/bench-venv}
OUT=${OUT:-$ROOT/target/bench}
REPS=${REPS:-3}
DURATION=${DURATION:-10}
CONC=${CONC:-32}
THREADS=${THREADS:-2}
PORT_OURS=${PORT_OURS:-8050}
PORT_PEER=${PORT_PEER:-8051}
PORT_LIMIT=${PORT_LIMIT:-8060}
# gunicorn's access log is off by default and the peer runs at --log-level warning; our
# server logs every request at info, so it runs at warn to log the same (nothing per request),
# but for the rare lines that say a callback moved between the pool and the workers.
OUR_RUST_LOG=${OUR_RUST_LOG:-warn,dash_runtime::dispatch=info}
HOST=127.0.0.1
HELPERS=$ROOT/scripts/bench
OUR_BIN=$ROOT/target/release/examples/bench_peer
LIMIT_TARGET=$ROOT/target/bench-limit
LIMIT_BIN=$LIMIT_TARGET/release/actix-limit

mkdir -p "$OUT"
# Our server's log over every start of this run (callbacks moving between the pool and the
# workers are logged at info by `dash_runtime::dispatch`).
: >"$OUT/ours.log"
ROWS=$OUT/rows.tsv

STARTED=() # PIDs this script started and has not stopped yet
cleanup() {
  local pid
  for pid in "${STARTED[@]:-}"; do
    [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

# ------------------------------------------------------------------------------ setup
build() {
  log "building bench_peer (release)"
  (cd "$ROOT" && cargo build --release --example bench_peer)
  log "building the limit server (release, target dir $LIMIT_TARGET)"
  cargo build --release --locked --manifest-path "$LIMIT_SRC/Cargo.toml" --target-dir "$LIMIT_TARGET"
}

install_tools() {
  if ! command -v wrk >/dev/null; then
    log "installing wrk"
    apt-get update -qq && apt-get install -y -qq wrk
  fi
  if [[ ! -x "$VENV/bin/gunicorn" ]]; then
    log "creating $VENV with dash==4.4.1 gunicorn pandas numpy"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q dash==4.4.1 gunicorn pandas numpy
  fi
}

# ------------------------------------------------------------------------------ servers
now() { date +%s.%N; }

# Direct children of a PID (gunicorn's workers), found by parent PID, never by name.
children() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' ' || true; }

rss_kib() {
  local total=0 pid kib
  for pid in "$1" $(children "$1"); do
    kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${kib:-0}))
  done
  echo "$total"
}

# CPU time (user + system, clock ticks) of a PID and its direct children.
cpu_ticks() {
  local total=0 pid ticks
  for pid in "$1" $(children "$1"); do
    # Fields 14 and 15 of /proc/PID/stat; the command name (field 2) may hold spaces.
    ticks=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}' || true)
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}

# Polls every 5 ms (bounded at 60 s); prints seconds from $2 to the first 200.
wait_ready() {
  local url=$1 t0=$2 deadline
  deadline=$(($(date +%s) + 60))
  while (($(date +%s) < deadline)); do
    if [[ $(curl -s -o /dev/null -m 1 -w '%{http_code}' "$url" 2>/dev/null) == 200 ]]; then
      awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.4f", b - a }'
      return 0
    fi
    sleep 0.005
  done
  return 1
}

# start <server> <port>: launches it in the background, sets SERVER_PID and COLD_S.
start() {
  local server=$1 port=$2 t0
  t0=$(now)
  case "$server" in
    ours) RUST_LOG=$OUR_RUST_LOG HOST=$HOST PORT=$port CALLBACK_THREADS=${OURS_CALLBACK_THREADS:-} \
            "$OUR_BIN" >>"$OUT/ours.log" 2>&1 & ;;
    peer) PYTHONDONTWRITEBYTECODE=1 "$VENV/bin/gunicorn" --workers 2 --bind "$HOST:$port" \
            --no-control-socket --chdir "$PEER" --log-level warning app:server >"$OUT/peer.log" 2>&1 & ;;
    limit) PORT=$port WORKERS=2 "$LIMIT_BIN" >"$OUT/limit.log" 2>&1 & ;;
  esac
  SERVER_PID=$!
  STARTED+=("$SERVER_PID")
  COLD_S=$(wait_ready "http://$HOST:$port/_dash-layout" "$t0") || {
    log "$server did not answer within 60 s; see $OUT/$server.log"
    exit 1
  }
  # gunicorn's second worker may still be booting when the first answers.
  [[ "$server" == peer ]] && sleep 1
  return 0
}

stop() {
  local pid=$1 kids i
  kids=$(children "$pid")
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for pid in $kids; do
    for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  STARTED=()
}

# ------------------------------------------------------------------------------ checks
post() { curl -s -m 30 -H 'Content-Type: application/json' -H 'Accept: application/json' \
  --data-binary "@$2" -o "$3" -w '%{http_code}' "http://$HOST:$1/_dash-update-component"; }

# Every request body must get a 200 from both, with answers of the same shape.
check() {
  local server port body name code
  for server in ours peer; do
    port=$PORT_OURS; [[ $server == peer ]] && port=$PORT_PEER
    start "$server" "$port"
    for body in "$REQ"/*.json; do
      name=$(basename "$body" .json)
      code=$(post "$port" "$body" "$OUT/check_${server}_$name.json")
      [[ "$code" == 200 ]] || { log "$server answered $code to $name"; exit 1; }
    done
    if [[ $server == ours ]]; then
      for name in echo_async echo_inline; do
        code=$(post "$port" "$HELPERS/$name.json" "$OUT/check_ours_$name.json")
        grep -q "\"${name//_/-}-out\":{\"children\":\"hello world\"}" "$OUT/check_ours_$name.json" ||
          { log "ours answered $code to $name"; exit 1; }
      done
    fi
    stop "$SERVER_PID"
  done
  python3 "$HELPERS/shape.py" "$OUT" "$REQ"/*.json
}

# ------------------------------------------------------------------------------ measuring
# wrk_json <pid> <url> <body file or empty>: warm-up, then the measured run's WRKJSON line;
# sets CPU_TICKS to the server's CPU time during the measured run. CPU time per request does
# not depend on how much of the shared machine the server got, so it complements req/s.
wrk_json() {
  local pid=$1 url=$2 body=$3 raw before
  raw=$OUT/wrk_last.txt
  BODY_FILE=$body timeout 20 wrk -t1 -c4 -d2s --timeout 30s -s "$LUA" "$url" >/dev/null 2>&1 || true
  before=$(cpu_ticks "$pid")
  BODY_FILE=$body timeout $((DURATION + 40)) wrk -t"$THREADS" -c"$CONC" -d"${DURATION}s" \
    --timeout 30s --latency -s "$LUA" "$url" >"$raw" 2>&1 || true
  CPU_TICKS=$(($(cpu_ticks "$pid") - before))
  cat "$raw" >>"$OUT/wrk_all.txt"
  grep '^WRKJSON ' "$raw" | sed 's/^WRKJSON //' || echo '{}'
}

SCENARIOS=(
  "echo|/_dash-update-component|$REQ/echo.json"
  "echo_inline|/_dash-update-component|$HELPERS/echo_inline.json"
  "echo_async|/_dash-update-component|$HELPERS/echo_async.json"
  "dashboard|/_dash-update-component|$REQ/dashboard.json"
  "layout|/_dash-layout|"
  "index|/|"
)

measure() {
  local rep server port scenario name path body json rss
  : >"$ROWS"
  : >"$OUT/wrk_all.txt"
  for rep in $(seq "$REPS"); do
    for server in ours peer limit; do
      case "$server" in ours) port=$PORT_OURS ;; peer) port=$PORT_PEER ;; limit) port=$PORT_LIMIT ;; esac
      start "$server" "$port"
      log "round $rep: $server (pid $SERVER_PID) ready after ${COLD_S}s"
      for scenario in "${SCENARIOS[@]}"; do
        IFS='|' read -r name path body <<<"$scenario"
        # Only our app has the twins of echo.
        [[ $name == echo_* && $server != ours ]] && continue
        wrk_json "$SERVER_PID" "http://$HOST:$port$path" "$body" >"$OUT/json_last.txt"
        json=$(cat "$OUT/json_last.txt")
        rss=$(rss_kib "$SERVER_PID")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$server" "$rep" "$name" "$json" "$rss" "$COLD_S" \
          "$CPU_TICKS" >>"$ROWS"
        log "  $name: $json rss=${rss}KiB cpu=${CPU_TICKS} ticks"
      done
      stop "$SERVER_PID"
    done
  done
}

machine() {
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: nproc=$(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); kernel $(uname -r)"
  echo "- $(rustc --version); $("$VENV/bin/python" -c 'from importlib.metadata import version as v; print(", ".join(f"{p} {v(p)}" for p in ("dash", "plotly", "flask", "gunicorn", "pandas", "numpy")))'); $(wrk -v 2>&1 | head -1 | sed 's/ Copyright.*//')"
  echo "- wrk -t$THREADS -c$CONC -d${DURATION}s after a 2 s warm-up; $REPS rounds, medians; errors summed over the rounds"
}

build
install_tools
case "$MODE" in
  check) check ;;
  run)
    check
    measure
    machine
    echo
    python3 "$HELPERS/report.py" "$ROWS"
    ;;
  load)
    # shellcheck source=bench/load.sh
    source "$HELPERS/load.sh"
    load_checks
    ;;
  *) echo "usage: $0 [run|check|load]" >&2; exit 2 ;;
esac
