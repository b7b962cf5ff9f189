#!/usr/bin/env bash
# Grading one small exercise after an edit, against cargo doing the same work,
# in one run on this machine (ratios, because machines are noisy):
#   1. compile error: `grader run moves1` vs bare `cargo test -p moves1`
#   2. solved:        `grader run option1` (solution applied) vs `cargo test -p option1`
#   3. the same two through cargo (GRADER_NO_REPLAY=1), as graded before the fast path
#   4. the floor: replaying cargo's own rustc call for moves1 alone
#   5. cargo's cost of loading the workspace: a no-op `cargo build -p option1_solution`
# Each timing follows an edit of the source, alternated, median (and spread) of N.
# Usage: scripts/bench-grade.sh [N]   (default 9). Targets: 1 <= 0.6, 2 <= 0.65.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}

moves=exercises/01_moves/moves1/src/lib.rs
option=exercises/04_option/option1/src/lib.rs
backup=$(mktemp -d)
cp "$moves" "$backup/moves1.rs"
cp "$option" "$backup/option1.rs"
restore() { cp "$backup/moves1.rs" "$moves"; cp "$backup/option1.rs" "$option"; rm -rf "$backup"; }
trap restore EXIT
# option1 solved: the solution's code, with the exercise's own `mod tests;`.
grep -v '^#\[path' solutions/04_option/option1/src/lib.rs > "$option"

cargo build -q --release -p grader
grader=target/release/grader
export NO_COLOR=1
now() { date +%s.%N; }
edit() { printf '// bench edit %s\n' "$RANDOM$RANDOM" >> "$1"; }
# time FILE CMD…: seconds for CMD after an edit of FILE
timed() { local file=$1; shift; edit "$file"; local t; t=$(now); "$@" >/dev/null 2>&1 || true; awk "BEGIN { printf \"%.4f\", $(now) - $t }"; }
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f %.3f", m, a[1], a[NR]}'; }

# Warm every path once (and record the fast path's plans).
for f in "$moves" "$option"; do edit "$f"; done
"$grader" run moves1 >/dev/null 2>&1 || true
"$grader" run option1 >/dev/null 2>&1 || true
cargo test -q -p moves1 >/dev/null 2>&1 || true
cargo test -q -p option1 >/dev/null 2>&1 || true

# The floor: cargo's own rustc call for moves1's tests, as a shell script.
floor=target/bench-floor.sh
python3 - target/grader/replay/moves1/tests.json "$floor" <<'PY'
import json, shlex, sys
lines = ["#!/bin/sh"]
for call in json.load(open(sys.argv[1]))["calls"]:
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in call["env"].items())
    args = " ".join(shlex.quote(a) for a in [call["program"], *call["args"]])
    lines.append(f"cd {shlex.quote(call['cwd'])} && env {env} {args}")
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
PY
replay_floor() { sh "$floor"; }

declare -A t
for i in $(seq "$runs"); do
    t[g_err]+="$(timed "$moves" "$grader" run moves1) "
    t[c_err]+="$(timed "$moves" cargo test -q -p moves1) "
    t[g_ok]+="$(timed "$option" "$grader" run option1) "
    t[c_ok]+="$(timed "$option" cargo test -q -p option1) "
    t[n_err]+="$(timed "$moves" env GRADER_NO_REPLAY=1 "$grader" run moves1) "
    t[n_ok]+="$(timed "$option" env GRADER_NO_REPLAY=1 "$grader" run option1) "
    t[floor]+="$(timed "$moves" replay_floor) "
    t[noop]+="$(timed /dev/null cargo build -q -p option1_solution) "
done

med() { printf '%s\n' ${t[$1]} | stats; }
row() { # label grader-key cargo-key
    read -r gm glo ghi <<<"$(med "$2")"
    read -r cm clo chi <<<"$(med "$3")"
    printf '%-52s %6.3fs (%.3f–%.3f)  %6.3fs (%.3f–%.3f)  ratio %.2f\n' \
        "$1" "$gm" "$glo" "$ghi" "$cm" "$clo" "$chi" "$(awk "BEGIN { print $gm / $cm }")"
}
echo "after an edit, $runs alternated runs each: median (min–max)"
printf '%-52s %-24s %-24s\n' "work" "grader" "cargo test -p"
row "compile error: grader run moves1 (target <= 0.6)" g_err c_err
row "solved: grader run option1 (target <= 0.65)" g_ok c_ok
row "compile error through cargo (GRADER_NO_REPLAY=1)" n_err c_err
row "solved through cargo (GRADER_NO_REPLAY=1)" n_ok c_ok
row "the floor: cargo's rustc call for moves1, replayed" floor c_err
read -r nm _ _ <<<"$(med noop)"
echo "a no-op cargo build -p option1_solution (workspace load): ${nm}s"
