#!/usr/bin/env bash
# Measures what the compile-time checks cost: builds a generated app with 500 components and
# 200 callbacks (each callback reads one input and writes one output; a chain through the whole
# layout, so the cycle search sees one long path) with the checks on and with DASH_CHECKS=off,
# and prints the time of an incremental rebuild of the app crate for each.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
app="$here/target/macro-check-cost"
mkdir -p "$app/src"
cat > "$app/Cargo.toml" <<TOML
[package]
name = "macro-check-cost"
version = "0.0.0"
edition = "2021"
publish = false
[dependencies]
dash = { path = "$here" }
[workspace]
TOML
{
    echo 'use dash::prelude::*;'
    echo 'fn page() -> Component { layout! { <div>'
    for i in $(seq 0 299); do echo "    <Input id=\"in-$i\" value=\"$i\" />"; done
    for i in $(seq 0 199); do echo "    <div id=\"out-$i\" />"; done
    echo '</div> } }'
    for i in $(seq 0 199); do
        # Each callback reads an input and the previous output: a chain, no cycle.
        prev=$(( i == 0 ? 0 : i - 1 ))
        echo "#[callback(output = \"out-$i.children\", input = [\"in-$i.value\", \"out-$prev.title\"])]"
        echo "fn cb_$i(v: Option<String>, t: Option<String>) -> String { format!(\"{v:?}{t:?}\") }"
    done
    echo 'fn main() { let app = Dash::new().layout(page())'
    for i in $(seq 0 199); do echo "    .callback::<cb_$i>()"; done
    echo '; app.build().expect("valid"); }'
} > "$app/src/main.rs"
export CARGO_TARGET_DIR="$here/target"
(cd "$app" && cargo build -q)   # dependencies, once
for mode in on off; do
    best=""
    for _ in 1 2 3; do
        touch "$app/src/main.rs"
        start=$(date +%s.%N)
        if [ "$mode" = off ]; then (cd "$app" && DASH_CHECKS=off cargo build -q); else (cd "$app" && cargo build -q); fi
        end=$(date +%s.%N)
        t=$(echo "$end - $start" | bc)
        best=$(printf '%s\n%s\n' "$best" "$t" | grep -v '^$' | sort -n | head -1)
    done
    echo "checks $mode: best of 3 incremental builds: ${best}s"
done
