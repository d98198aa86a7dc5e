#!/usr/bin/env bash
# Re-record the golden HTTP exchanges of the reference Python Dash app
# (tests/golden/gapminder_app.py) into tests/golden/gapminder/.
#
#   bash tests/golden/record.sh
#
# Environment:
#   DASH_VENV  virtualenv to create/use (default: $HOME/.cache/dash-rs-golden/venv,
#              i.e. outside the repository). Needs PyPI access on first run.
#   PYTHON     interpreter used to create the venv (default: python3).
#
# Only 127.0.0.1 is contacted (besides PyPI for the install).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP="$HERE/gapminder_app.py"
OUT="$HERE/gapminder"
VENV="${DASH_VENV:-$HOME/.cache/dash-rs-golden/venv}"
PY_BOOT="${PYTHON:-python3}"

# Versions the committed goldens were recorded with. dash==4.4.1 is the one that
# matters; the others are pinned because they change the figure JSON
# (plotly.express output, typed-array encoding of numpy data).
PINS=(dash==4.4.1 plotly==7.1.0 pandas==3.1.1 numpy==2.4.6)

# --- 1. virtualenv ---------------------------------------------------------
if [[ ! -x "$VENV/bin/python" ]]; then
    echo "record.sh: creating venv $VENV" >&2
    mkdir -p "$(dirname "$VENV")"
    "$PY_BOOT" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check "${PINS[@]}"
"$PY" -c 'import dash, plotly, pandas; assert dash.__version__ == "4.4.1", dash.__version__'

# --- 2. start the app on a free port ---------------------------------------
PORT="$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Run from $WORK so that no assets/ folder or __pycache__ lands in the repo.
(cd "$WORK" && PORT="$PORT" PYTHONDONTWRITEBYTECODE=1 exec "$PY" "$APP") >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 120); do
    if curl -s -o /dev/null --max-time 2 "$BASE/_dash-layout"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "record.sh: server died:" >&2; cat "$WORK/server.log" >&2; exit 1
    fi
    sleep 0.5
done
curl -sf -o /dev/null --max-time 5 "$BASE/_dash-layout" || {
    echo "record.sh: server did not come up:" >&2; cat "$WORK/server.log" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"

# --- 3. record --------------------------------------------------------------
# Each exchange: body kept byte-exact in $OUT/<name>.<ext>; status, content type
# and request line go to $WORK/<name>.meta (tab separated) for meta.json.
CURL=(curl -sS --max-time 60 -H 'Accept: application/json')

# get NAME PATH OUTFILE
get() {
    local name="$1" path="$2" file="$3"
    "${CURL[@]}" -o "$OUT/$file" -w '%{http_code}\t%{content_type}' "$BASE$path" >"$WORK/$name.meta"
    printf '\tGET\t%s\t\t%s\n' "$path" "$file" >>"$WORK/$name.meta"
}

# post NAME PATH REQFILE RESPFILE  (REQFILE already written byte-exact in $OUT)
post() {
    local name="$1" path="$2" req="$3" resp="$4"
    "${CURL[@]}" -H 'Content-Type: application/json' -X POST \
        --data-binary "@$OUT/$req" -o "$OUT/$resp" \
        -w '%{http_code}\t%{content_type}' "$BASE$path" >"$WORK/$name.meta"
    printf '\tPOST\t%s\t%s\t%s\n' "$path" "$req" "$resp" >>"$WORK/$name.meta"
}

get index / index.html
get layout /_dash-layout layout.json
get dependencies /_dash-dependencies dependencies.json

# The renderer appends ?endId=<config.end_id> (unencoded) to every callback
# request; regular callbacks ignore it, but send it like the browser does.
END_ID="$("$PY" - "$OUT/index.html" <<'PYEOF'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', html, re.S)
print(json.loads(m.group(1))["end_id"])
PYEOF
)"
UPD="/_dash-update-component?endId=$END_ID"

# Request bodies: exactly what dash-renderer 4.4.1 sends for this app
# (JSON.stringify, compact, this key order). printf: no trailing newline.
HEAD='{"output":"scatter-graph.figure","outputs":{"id":"scatter-graph","property":"figure"},'
USER_CHANGE='"changedPropIds":["year-dropdown.value"],"parsedChangedPropsIds":["year-dropdown.value"]}'

# initial call on page load (dropdown value 2007 from the layout)
printf '%s' "$HEAD"'"inputs":[{"id":"year-dropdown","property":"value","value":2007}],"changedPropIds":[],"parsedChangedPropsIds":[]}' \
    >"$OUT/update_2007.request.json"
# user picks 1952
printf '%s' "$HEAD"'"inputs":[{"id":"year-dropdown","property":"value","value":1952}],'"$USER_CHANGE" \
    >"$OUT/update_1952.request.json"
# user clears the dropdown: Dropdown sets value=null, JSON.stringify keeps null
printf '%s' "$HEAD"'"inputs":[{"id":"year-dropdown","property":"value","value":null}],'"$USER_CHANGE" \
    >"$OUT/update_null.request.json"
# prop undefined in the browser: the renderer omits "value" altogether
printf '%s' "$HEAD"'"inputs":[{"id":"year-dropdown","property":"value"}],"changedPropIds":[],"parsedChangedPropsIds":[]}' \
    >"$OUT/update_absent.request.json"

post update_2007 "$UPD" update_2007.request.json update_2007.response.json
post update_1952 "$UPD" update_1952.request.json update_1952.response.json
post update_null "$UPD" update_null.request.json update_null.response.json
post update_absent "$UPD" update_absent.request.json update_absent.response.json

# Bad requests (for information about Python Dash's behaviour; bodies are HTML).
printf '%s' '{"output":"no-such-id.children","outputs":{"id":"no-such-id","property":"children"},"inputs":[{"id":"year-dropdown","property":"value","value":2007}],"changedPropIds":[],"parsedChangedPropsIds":[]}' \
    >"$OUT/bad_unknown_output.request.json"
printf '%s' '{"output":"scatter-graph.figure","outputs":{"id":"scatter-graph"' \
    >"$OUT/bad_malformed_json.request.json"
printf '%s' "$HEAD"'"inputs":[],"changedPropIds":[],"parsedChangedPropsIds":[]}' \
    >"$OUT/bad_missing_input.request.json"

post bad_unknown_output "$UPD" bad_unknown_output.request.json bad_unknown_output.response.html
post bad_malformed_json "$UPD" bad_malformed_json.request.json bad_malformed_json.response.html
post bad_missing_input "$UPD" bad_missing_input.request.json bad_missing_input.response.html

# --- 4. stop the server -----------------------------------------------------
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

# --- 5. meta.json -----------------------------------------------------------
"$PY" - "$WORK" "$OUT" "$END_ID" <<'PYEOF'
import json, os, sys
from importlib.metadata import version

work, out, end_id = sys.argv[1:4]
order = ["index", "layout", "dependencies",
         "update_2007", "update_1952", "update_null", "update_absent",
         "bad_unknown_output", "bad_malformed_json", "bad_missing_input"]
exchanges = {}
for name in order:
    with open(os.path.join(work, name + ".meta"), encoding="utf-8") as f:
        status, ctype, method, path, req, resp = f.read().rstrip("\n").split("\t")
    e = {
        "method": method,
        "path": path.replace(end_id, "<end_id>"),
        "request_headers": {"Accept": "application/json"},
    }
    if method == "POST":
        e["request_headers"]["Content-Type"] = "application/json"
        e["request_body_file"] = req
    e["status"] = int(status)
    e["content_type"] = ctype or None
    e["response_body_file"] = resp
    with open(os.path.join(out, resp), "rb") as f:
        body = f.read()
    e["response_body_bytes"] = len(body)
    if name.startswith("bad_"):
        e["response_body"] = body.decode("utf-8", "replace")
    exchanges[name] = e

meta = {
    "app": "tests/golden/gapminder_app.py (debug=False, Flask backend)",
    "recorded_with": {
        **{p: version(p) for p in ("dash", "plotly", "flask", "werkzeug", "pandas", "numpy", "narwhals")},
        "python": sys.version.split()[0],
    },
    "note": "path placeholders: <end_id> = end_id from index.html's _dash-config (volatile per page load)",
    "exchanges": exchanges,
}
with open(os.path.join(out, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=2, ensure_ascii=False)
    f.write("\n")
PYEOF

echo "record.sh: recorded into $OUT" >&2
ls -l "$OUT" >&2
