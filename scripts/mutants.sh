#!/usr/bin/env bash
# Mutation testing of the solutions with cargo-mutants: every mutant of a
# solution's code must be caught by the exercise's shipped tests (the very
# tests the learner sees), or be listed with a one-line reason in
# .cargo/mutants.toml. Run-mode solutions (graded by their exit status, no
# tests) are left out.
#
#   scripts/mutants.sh                 every solution
#   scripts/mutants.sh moves1 borrow3  only these exercises
#
# Installs cargo-mutants under target/tools when it is not on PATH. Results
# (caught.txt, missed.txt, timeout.txt, unviable.txt) land in target/mutants/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null 2>&1; then
    if [ ! -x target/tools/bin/cargo-mutants ]; then
        echo "Installing cargo-mutants into target/tools (once) …"
        cargo install --locked --quiet cargo-mutants --root target/tools
    fi
    export PATH="$PWD/target/tools/bin:$PATH"
fi

packages=()
for lib in solutions/*/*/src/lib.rs; do
    name=$(basename "$(dirname "$(dirname "$lib")")")
    if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "$name"; then
        packages+=(-p "${name}_solution")
    fi
done
if [ ${#packages[@]} -eq 0 ]; then
    echo "no solution matches: $*" >&2
    exit 2
fi

mkdir -p target/mutants
# The mutated tree is the working tree itself (--in-place): the workspace's
# 187 crates and their build output are not copied. Timeouts count as caught
# (the mutant made a test hang: it did not pass), so exit code 3 is a success.
status=0
cargo mutants --in-place --no-shuffle --colors never \
    --timeout 30 --build-timeout 300 \
    --output target/mutants \
    "${packages[@]}" || status=$?
out=target/mutants/mutants.out
for kind in caught missed timeout unviable; do
    printf '%-9s %s\n' "$kind" "$(wc -l < "$out/$kind.txt" 2>/dev/null || echo 0)"
done
# cargo-mutants exits 2 for missed mutants and 3 for timeouts, but a run with
# both may say 3: the missed list is what counts.
if [ -s "$out/missed.txt" ]; then
    cat "$out/missed.txt" >&2
    echo "mutants: the mutants above survive the shipped tests. Strengthen the exercise's tests, or list the mutant with a reason in .cargo/mutants.toml." >&2
    exit 1
fi
case $status in
    0|2|3) echo "mutants: every mutant of the solutions is caught (or listed in .cargo/mutants.toml)" ;;
    *) echo "mutants: cargo-mutants failed (exit $status); see $out/debug.log" >&2; exit 1 ;;
esac
