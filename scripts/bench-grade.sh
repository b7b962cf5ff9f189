#!/usr/bin/env bash
# Grading one small exercise after an edit: `grader run NAME` versus a bare
# `cargo test -p NAME` after the same edit, alternated, median of N each.
# Usage: scripts/bench-grade.sh [NAME] [N]     (default: option1, 7)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-option1}
runs=${2:-7}
file=$(ls exercises/*/"$name"/src/lib.rs)
cp "$file" "/tmp/bench-grade-$name.rs"
trap 'cp "/tmp/bench-grade-$name.rs" "$file"' EXIT

cargo build -q --release -p grader
grader=target/release/grader
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
edit() { printf '// bench edit %s\n' "$1" >> "$file"; }
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

# Warm both target directories first.
"$grader" run "$name" --color never >/dev/null 2>&1 || true
cargo test -q -p "$name" >/dev/null 2>&1 || true

g=(); c=()
for i in $(seq "$runs"); do
  edit "g$i"; t=$(now); "$grader" run "$name" --color never >/dev/null 2>&1 || true; g+=("$(calc "$(now) - $t")")
  edit "c$i"; t=$(now); cargo test -q -p "$name" >/dev/null 2>&1 || true; c+=("$(calc "$(now) - $t")")
done
gm=$(printf '%s\n' "${g[@]}" | median)
cm=$(printf '%s\n' "${c[@]}" | median)
echo "exercise:            $name ($runs runs each, alternated, after an edit)"
echo "grader run (median): ${gm}s"
echo "cargo test (median): ${cm}s"
echo "ratio grader/cargo:  $(calc "$gm / $cm")   (target <= 1.10)"
