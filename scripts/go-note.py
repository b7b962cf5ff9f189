#!/usr/bin/env python3
"""Prints the `go` note of exercises NAME... as taken from go/NAME/main.go (or
main_test.go), TOML-escaped, ready for info.toml; with --write, puts it into
the `go` field of each NAME's entry in info.toml (nothing else changes).

The excerpt is what `grader check` compares (grader/src/check/go_notes.rs):
the lines between `// note:begin` and `// note:end`, indentation tabs as four
spaces, the common indentation removed, surrounding blank lines trimmed.

    python3 scripts/go-note.py threads2            # print
    python3 scripts/go-note.py --write threads2    # update info.toml
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEGIN, END = "// note:begin", "// note:end"


def excerpt(name):
    for file in ("main.go", "main_test.go"):
        path = ROOT / "go" / name / file
        if not path.exists():
            continue
        lines = path.read_text().split("\n")
        begins = [i for i, line in enumerate(lines) if line.strip() == BEGIN]
        ends = [i for i, line in enumerate(lines) if line.strip() == END]
        if not begins and not ends:
            continue
        if len(begins) != 1 or len(ends) != 1 or begins[0] > ends[0]:
            sys.exit(f"{path}: needs exactly one {BEGIN} line followed by one {END} line")
        body = [expand(line) for line in lines[begins[0] + 1 : ends[0]]]
        indent = min((len(l) - len(l.lstrip(" ")) for l in body if l), default=0)
        body = [line[indent:] for line in body]
        while body and not body[0]:
            body.pop(0)
        while body and not body[-1]:
            body.pop()
        return "\n".join(body)
    sys.exit(f"go/{name}/main.go (or main_test.go) with {BEGIN} ... {END} not found")


def expand(line):
    if not line.strip():
        return ""
    rest = line.lstrip(" \t")
    return line[: len(line) - len(rest)].replace("\t", "    ") + rest


def field(note):
    escaped = note.replace("\\", "\\\\").replace('"""', '""\\"')
    return ['go = """', *escaped.split("\n"), '"""']


def write(names):
    info = ROOT / "info.toml"
    lines = info.read_text().split("\n")
    for name in names:
        try:
            start = lines.index(f'name = "{name}"')
        except ValueError:
            sys.exit(f"info.toml has no exercise {name}")
        begin = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith('go = """')), None
        )
        entry_end = next(
            (i for i in range(start + 1, len(lines)) if lines[i] == "[[exercises]]"), len(lines)
        )
        if begin is None or begin > entry_end:
            sys.exit(f'{name}: its entry has no go = """ field to replace')
        end = next(i for i in range(begin + 1, len(lines)) if lines[i] == '"""')
        lines[begin : end + 1] = field(excerpt(name))
    info.write_text("\n".join(lines))


def main(args):
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return
    if args[0] == "--write":
        write(args[1:])
        return
    for name in args:
        print("\n".join(field(excerpt(name))))


if __name__ == "__main__":
    main(sys.argv[1:])
