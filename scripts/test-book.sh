#!/usr/bin/env bash
# The course book, built and tested in a real browser: `grader book` writes
# the chapters from the topic READMEs and info.toml, `mdbook build book` makes
# the HTML (any mdbook warning fails), then scripts/check_book.py loads every
# page in headless Chromium: no page fails to load, no broken internal link or
# image, every exercise of info.toml is in its chapter, and a picture renders
# (not blank) in the light and the dark theme. Screenshots: target/book-test/.
#
# Installs what it needs when missing: mdbook with cargo (cached in
# target/tools, so a second run is fast; BOOK_TOOLS=DIR caches it elsewhere,
# e.g. outside a fresh CI clone) and Debian's chromium with apt (as root).
set -euo pipefail
cd "$(dirname "$0")/.."

MDBOOK_VERSION=0.5.4
out=target/book-test
mkdir -p "$out"

tools=${BOOK_TOOLS:-target/tools}
mdbook=$(command -v mdbook || true)
if [ -z "$mdbook" ]; then
  mdbook=$tools/bin/mdbook
  if [ ! -x "$mdbook" ]; then
    echo "== installing mdbook $MDBOOK_VERSION into $tools (once)"
    cargo install --locked --quiet mdbook --version "$MDBOOK_VERSION" --root "$tools"
  fi
fi

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing chromium (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    chromium=$(command -v chromium)
  else
    echo "test-book: chromium is missing. Install Debian's chromium package (apt-get install chromium) and run again." >&2
    exit 2
  fi
fi

echo "== grader book"
cargo build --locked -q -p grader
target/debug/grader --color never book

echo "== mdbook build book ($("$mdbook" --version))"
rm -rf book/book
if ! "$mdbook" build book >"$out/mdbook.log" 2>&1 || grep -Eq 'WARN|ERROR' "$out/mdbook.log"; then
  cat "$out/mdbook.log" >&2
  echo "test-book: mdbook failed or warned (above): fix the Markdown it names." >&2
  exit 1
fi

echo "== the book in Chromium ($("$chromium" --version 2>/dev/null | head -n 1))"
python3 scripts/check_book.py --book book/book --info info.toml --shots "$out" --chromium "$chromium"
