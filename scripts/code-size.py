#!/usr/bin/env python3
"""Lists grader source files over the line budget and functions over theirs.

Usage: scripts/code-size.py [--max-file N] [--max-fn N] [DIR]
Exits 1 when anything is over (tests modules are counted with their file,
but functions inside `mod tests` are not held to the function budget).
"""
import argparse
import pathlib
import re
import sys

FN = re.compile(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")


def strip(line):
    """The line without string literals and a trailing // comment."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])'", "''", line)
    return line.split("//", 1)[0]


def functions(lines):
    """(name, first line, length) of every function outside `mod tests`."""
    found, in_tests, tests_depth, depth = [], False, 0, 0
    i = 0
    while i < len(lines):
        text = strip(lines[i])
        if re.match(r"^\s*mod tests\b", text) and not in_tests:
            in_tests, tests_depth = True, depth
        match = FN.match(text)
        if match and not in_tests:
            start, body_depth, opened = i, depth, False
            j = i
            while j < len(lines):
                t = strip(lines[j])
                if not opened and ";" in t and "{" not in t:
                    break  # a declaration without a body
                for ch in t:
                    if ch == "{":
                        depth += 1
                        opened = True
                    elif ch == "}":
                        depth -= 1
                if opened and depth == body_depth:
                    found.append((match.group(6), start + 1, j - start + 1))
                    break
                j += 1
            i = j + 1
            continue
        for ch in text:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
        if in_tests and depth <= tests_depth and "}" in text:
            in_tests = False
        i += 1
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-file", type=int, default=400)
    parser.add_argument("--max-fn", type=int, default=60)
    parser.add_argument("dir", nargs="?", default="grader/src")
    args = parser.parse_args()
    over = []
    for path in sorted(pathlib.Path(args.dir).rglob("*.rs")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > args.max_file:
            over.append(f"{path}: {len(lines)} lines (budget {args.max_file})")
        for name, line, length in functions(lines):
            if length > args.max_fn:
                over.append(f"{path}:{line}: fn {name} is {length} lines (budget {args.max_fn})")
    print("\n".join(over) if over else "every file and function is within budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
