#!/usr/bin/env bash
# Benchmark of `grader watch` (issue 3), run from the repository root:
#   scripts/bench-watch.sh
# 1. Save → verdict: the time from writing an exercise file to the verdict's
#    marker line of `grader watch` (line mode), versus a bare
#    `cargo test -p NAME` after the same edit (in a second copy of the course,
#    so the two never compete), alternated, median of RUNS each.
# 2. The idle watcher: CPU % over IDLE_SECS and resident memory, from /proc.
# Target: ratio ≤ 1.10, idle CPU < 0.1 %, RSS ≤ 10 MB.
set -euo pipefail

RUNS=${RUNS:-5}
IDLE_SECS=${IDLE_SECS:-60}
NAME=wrong
FILE=exercises/01_basics/wrong/src/lib.rs
FIXTURE=grader/tests/fixtures/course

[[ -d $FIXTURE ]] || { echo "run me from the repository root (no $FIXTURE here)" >&2; exit 2; }

echo "building the grader (release) …" >&2
cargo build --release -q -p grader
GRADER="${CARGO_TARGET_DIR:-target}/release/grader"
[[ $GRADER = /* ]] || GRADER="$PWD/$GRADER"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-watch.XXXXXX")
WATCHED="$WORK/watched" BARE="$WORK/bare"
GRADER_PID=
cleanup() {
    [[ -n $GRADER_PID ]] && kill "$GRADER_PID" 2>/dev/null && wait "$GRADER_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

copy_course() { mkdir -p "$1" && (cd "$FIXTURE" && tar cf - --exclude=./target --exclude=./.grader-progress.toml .) | tar xf - -C "$1"; }
copy_course "$WATCHED"
copy_course "$BARE"
printf 'chosen = "%s"\nwelcomed = true\n' "$NAME" > "$WATCHED/.grader-progress.toml"

# The same passing edit, different each time so that cargo must rebuild.
edit() { printf 'pub fn add(a: i32, b: i32) -> i32 {\n    a + b // edit %s\n}\n\n#[cfg(test)]\nmod tests;\n' "$2" > "$1/$FILE"; }
now_ns() { date +%s%N; }

# The watcher: commands through one fifo, its output through another, read
# line by line (blocking, no polling) to catch each verdict's marker.
mkfifo "$WORK/in" "$WORK/out"
env -u CARGO_TARGET_DIR "$GRADER" --course "$WATCHED" --color never watch < "$WORK/in" > "$WORK/out" 2>&1 &
GRADER_PID=$!
exec 3> "$WORK/in" 4< "$WORK/out"
wait_verdict() {
    local line
    while IFS= read -r -u 4 line; do
        [[ $line == "-- graded $NAME: "* ]] && { echo "${line#-- graded $NAME: }"; return; }
    done
    echo "the watcher stopped" >&2; exit 1
}
bare_test() { (cd "$BARE" && env -u CARGO_TARGET_DIR cargo test -q -p "$NAME" > /dev/null 2>&1); }
# `grader run` on the second copy: what watch must match (within 20 ms).
run_once() { env -u CARGO_TARGET_DIR "$GRADER" --course "$BARE" --color never run "$NAME" > /dev/null 2>&1 || true; }

echo "warming up (first builds) …" >&2
wait_verdict > /dev/null
edit "$WATCHED" warm; wait_verdict > /dev/null
edit "$BARE" warm; bare_test; run_once

watch_ms=() bare_ms=() run_ms=()
for i in $(seq 1 "$RUNS"); do
    edit "$WATCHED" "$i"; start=$(now_ns)
    verdict=$(wait_verdict); end=$(now_ns)
    [[ $verdict == passed* ]] || { echo "unexpected verdict: $verdict" >&2; exit 1; }
    watch_ms+=($(( (end - start) / 1000000 )))
    edit "$BARE" "$i"; start=$(now_ns)
    bare_test; end=$(now_ns)
    bare_ms+=($(( (end - start) / 1000000 )))
    edit "$BARE" "r$i"; start=$(now_ns)
    run_once; end=$(now_ns)
    run_ms+=($(( (end - start) / 1000000 )))
    echo "run $i: watch ${watch_ms[-1]} ms, grader run ${run_ms[-1]} ms, bare cargo test ${bare_ms[-1]} ms" >&2
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
w=$(median "${watch_ms[@]}") b=$(median "${bare_ms[@]}") r=$(median "${run_ms[@]}")
echo "save → verdict (grader watch), median of $RUNS: $w ms"
echo "grader run after an edit, median of $RUNS:     $r ms   (watch − run: $((w - r)) ms; target ≤ 20 ms)"
echo "bare cargo test -p $NAME, median of $RUNS:     $b ms"
awk -v w="$w" -v b="$b" 'BEGIN { printf "ratio watch / bare: %.3f\n", w / b }'

# Idle: every thread of the watcher, user + system time, over IDLE_SECS.
sleep 1
ticks() { awk '{ print $14 + $15 }' "/proc/$GRADER_PID/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); s0=$(now_ns)
sleep "$IDLE_SECS"
t1=$(ticks); s1=$(now_ns)
awk -v d=$((t1 - t0)) -v hz="$hz" -v ns=$((s1 - s0)) \
    'BEGIN { printf "idle CPU over %.0f s: %.3f %% (%d ticks of 1/%d s; target < 0.1 %%)\n", ns / 1e9, 100 * d / hz / (ns / 1e9), d, hz }'
awk '/^VmRSS/ { printf "idle RSS: %.1f MB (%d kB; target ≤ 10 MB)\n", $2 / 1024, $2 }' "/proc/$GRADER_PID/status"
echo "threads: $(ls /proc/$GRADER_PID/task | wc -l)"

echo q >&3
wait "$GRADER_PID" && GRADER_PID=
