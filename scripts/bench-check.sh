#!/usr/bin/env bash
# `grader check` on the whole course versus the same work done as one
# `cargo test -p` (or `cargo run -p`) per crate, each under the same time limit.
# "Cold" means every course crate must be rebuilt (third-party crates stay built).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p grader
grader=target/release/grader
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
touch_course() { find exercises solutions -name '*.rs' -exec touch {} +; }
count=$(grep -c '^\[\[exercises\]\]' info.toml)

"$grader" check --color never >/dev/null 2>&1 || true   # third-party crates built

touch_course
t=$(now); "$grader" check --force --color never >/dev/null 2>&1 || true; cold=$(calc "$(now) - $t")
t=$(now); "$grader" check --color never >/dev/null 2>&1 || true; warm=$(calc "$(now) - $t")

# The same work, one cargo invocation per crate.
packages() {   # "package mode time-limit" for every crate, from info.toml
  awk -F' = ' '
    function flush() { if (name != "") { print name, mode, limit; print name "_solution", mode, limit } }
    /^\[\[exercises\]\]/ { flush(); name = ""; mode = "test"; limit = 10 }
    /^name = /         { gsub(/"/, "", $2); name = $2 }
    /^mode = /         { gsub(/"/, "", $2); mode = $2 }
    /^timeout_secs = / { limit = $2 }
    END { flush() }' info.toml
}
touch_course
t=$(now)
while read -r package mode limit; do
  if [ "$mode" = run ]; then cargo build -q -p "$package" >/dev/null 2>&1 || true; timeout "$limit" cargo run -q -p "$package" >/dev/null 2>&1 || true
  else cargo test -q -p "$package" --no-run >/dev/null 2>&1 || true; timeout "$limit" cargo test -q -p "$package" >/dev/null 2>&1 || true; fi
done < <(packages)
loop=$(calc "$(now) - $t")

echo "exercises:                     $count"
echo "grader check, cold:            ${cold}s ($(calc "$cold / $count") s per exercise)"
echo "grader check, nothing changed: ${warm}s"
echo "one cargo call per crate:      ${loop}s ($(calc "$loop / $count") s per exercise)"
echo "ratio check/loop (cold):       $(calc "$cold / $loop")"
echo "(the loop skips clippy and rustfmt, which check also does)"
