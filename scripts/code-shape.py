#!/usr/bin/env python3
"""The shape of the grader's source: files over the line budget, functions
over theirs, import cycles between its top-level modules, and anything that
imports what main.rs defines.

Usage: scripts/code-shape.py [--max-file N] [--max-fn N] [DIR]
Exits 1 when anything is wrong (test modules are counted with their file,
but functions inside `mod tests` are not held to the function budget, and
tests may import anything).
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


def imports(src):
    """Top-level module -> the top-level modules its non-test code names."""
    modules = {p.stem for p in src.glob("*.rs")} | {p.name for p in src.iterdir() if p.is_dir()}
    edges = {}
    for path in src.rglob("*.rs"):
        if "tests" in path.stem:
            continue
        module = path.relative_to(src).parts[0].removesuffix(".rs")
        text = path.read_text(encoding="utf-8").split("#[cfg(test)]\nmod tests", 1)[0]
        named = set(re.findall(r"crate::([a-z_]+)", text))
        for group in re.findall(r"use crate::\{([^}]*)\}", text):
            named |= set(re.findall(r"\b([a-z_]+)\b", group))
        edges.setdefault(module, set()).update(m for m in named if m in modules and m != module)
    return edges


def cycles(edges):
    """Every strongly connected group of more than one module (Tarjan)."""
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
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
    edges = imports(pathlib.Path(args.dir))
    for group in cycles(edges):
        over.append("import cycle: " + " <-> ".join(group))
    for module, named in sorted(edges.items()):
        if "main" in named:
            over.append(f"{module} imports main.rs")
    print("\n".join(over) if over else "every file and function within budget, no import cycle")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
