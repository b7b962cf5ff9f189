//! Every `go` note is real Go: the excerpt of a program in the course's Go
//! module (`go/`, see go/README.md). The note of exercise NAME is the text
//! between a line `// note:begin` and a line `// note:end` in
//! `go/NAME/main.go` (in `go/NAME/main_test.go` when main.go has no markers:
//! a note that shows a Go test), indentation tabs as four spaces, the common
//! indentation removed, surrounding blank lines trimmed.
//!
//! This compares text only, so `grader check` needs no Go; scripts/go-check.sh
//! vets, builds and tests the programs. A course without a `go/` folder has no
//! Go programs and is not checked.

use std::fmt;
use std::path::Path;

use serde::Serialize;

/// The Go module of the notes, relative to the course root.
pub const GO_DIR: &str = "go";
const BEGIN: &str = "// note:begin";
const END: &str = "// note:end";
/// The files a note may be taken from, in the order they are searched.
const FILES: [&str; 2] = ["main.go", "main_test.go"];

/// A `go` note that is not the excerpt of its program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind")]
pub enum GoNoteDefect {
    /// The Go program of an exercise's note is missing.
    #[serde(rename = "go_program_missing")]
    ProgramMissing { exercise: String, program: String },
    /// A Go file's note markers are not one begin followed by one end.
    #[serde(rename = "go_markers_misplaced")]
    MarkersMisplaced {
        exercise: String,
        file: String,
        problem: String,
    },
    /// The Go program has no note markers.
    #[serde(rename = "go_no_markers")]
    NoMarkers { exercise: String, program: String },
    /// The note in info.toml is not the program's excerpt.
    #[serde(rename = "go_note_differs")]
    NoteDiffers {
        exercise: String,
        file: String,
        difference: String,
    },
    /// A Go program whose exercise is gone.
    #[serde(rename = "go_orphan")]
    Orphan { folder: String },
}

impl fmt::Display for GoNoteDefect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoNoteDefect::ProgramMissing { exercise, program } => write!(
                f,
                "{exercise}: {program} is missing: write the Go program its `go` note is taken from, the note between `{BEGIN}` and `{END}` lines (see {GO_DIR}/README.md)"
            ),
            GoNoteDefect::MarkersMisplaced {
                exercise,
                file,
                problem,
            } => write!(f, "{exercise}: {GO_DIR}/{exercise}/{file} {problem}"),
            GoNoteDefect::NoMarkers { exercise, program } => write!(
                f,
                "{exercise}: {program} has no `{BEGIN}` ... `{END}` lines around the code of its `go` note: add them"
            ),
            GoNoteDefect::NoteDiffers {
                exercise,
                file,
                difference,
            } => write!(
                f,
                "{exercise}: the `go` note in info.toml is not the excerpt of {GO_DIR}/{exercise}/{file} ({difference}): change the program and copy the text between its markers into the note"
            ),
            GoNoteDefect::Orphan { folder } => write!(
                f,
                "{GO_DIR}/{folder}/ has no exercise in info.toml: remove it, or add the exercise"
            ),
        }
    }
}

/// One defect per note (exercise name, note) that is not its program's excerpt.
pub fn defects<'a>(
    root: &Path,
    notes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<GoNoteDefect> {
    let dir = root.join(GO_DIR);
    if !dir.is_dir() {
        return Vec::new();
    }
    let notes: Vec<(&str, &str)> = notes.into_iter().collect();
    let mut defects: Vec<GoNoteDefect> = notes
        .iter()
        .filter_map(|(name, note)| note_defect(&dir, name, note))
        .collect();
    defects.extend(orphans(&dir, &notes));
    defects
}

/// Programs whose exercise is gone: a note nobody reads any more.
fn orphans(dir: &Path, notes: &[(&str, &str)]) -> Vec<GoNoteDefect> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().join(FILES[0]).is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !notes.iter().any(|(n, _)| n == name))
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|folder| GoNoteDefect::Orphan { folder })
        .collect()
}

fn note_defect(dir: &Path, name: &str, note: &str) -> Option<GoNoteDefect> {
    let program = format!("{GO_DIR}/{name}/main.go");
    let exercise = name.to_string();
    let Ok(main) = std::fs::read_to_string(dir.join(name).join(FILES[0])) else {
        return Some(GoNoteDefect::ProgramMissing { exercise, program });
    };
    let test = std::fs::read_to_string(dir.join(name).join(FILES[1])).unwrap_or_default();
    let mut found = None;
    for (file, source) in FILES.iter().zip([&main, &test]) {
        match excerpt(source) {
            Err(problem) => {
                let file = file.to_string();
                return Some(GoNoteDefect::MarkersMisplaced {
                    exercise,
                    file,
                    problem,
                });
            }
            Ok(Some(text)) if found.is_none() => found = Some((file, text)),
            Ok(_) => {}
        }
    }
    let Some((file, text)) = found else {
        return Some(GoNoteDefect::NoMarkers { exercise, program });
    };
    let note = trim_blank_lines(note);
    if note == text {
        return None;
    }
    Some(GoNoteDefect::NoteDiffers {
        exercise,
        file: file.to_string(),
        difference: first_difference(&note, &text),
    })
}

/// The note between the markers of a Go source file, `None` when it has no markers.
pub fn excerpt(source: &str) -> Result<Option<String>, String> {
    let lines: Vec<&str> = source.lines().collect();
    let at = |marker: &str| -> Vec<usize> {
        (0..lines.len())
            .filter(|&i| lines[i].trim() == marker)
            .collect()
    };
    let (begins, ends) = (at(BEGIN), at(END));
    let (begin, end) = match (begins.as_slice(), ends.as_slice()) {
        ([], []) => return Ok(None),
        ([begin], [end]) if begin < end => (*begin, *end),
        _ => {
            return Err(format!(
                "needs exactly one `{BEGIN}` line followed by one `{END}` line"
            ));
        }
    };
    let body: Vec<String> = lines[begin + 1..end]
        .iter()
        .map(|line| expand_indentation(line))
        .collect();
    let indent = body
        .iter()
        .filter(|line| !line.is_empty())
        .map(|line| line.len() - line.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let dedented: Vec<&str> = body
        .iter()
        .map(|line| line.get(indent..).unwrap_or(""))
        .collect();
    Ok(Some(trim_blank_lines(&dedented.join("\n"))))
}

/// Leading tabs (gofmt's indentation) as four spaces; a blank line as "".
fn expand_indentation(line: &str) -> String {
    if line.trim().is_empty() {
        return String::new();
    }
    let rest = line.trim_start_matches([' ', '\t']);
    let lead = &line[..line.len() - rest.len()];
    lead.replace('\t', "    ") + rest
}

fn trim_blank_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => lines[first..=last].join("\n"),
        _ => String::new(),
    }
}

fn first_difference(note: &str, program: &str) -> String {
    let (mut a, mut b) = (note.lines(), program.lines());
    for number in 1.. {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => {
                return format!(
                    "line {number} of the note is {}, the program has {}",
                    shown(x),
                    shown(y)
                );
            }
        }
    }
    unreachable!("two different texts differ at some line")
}

fn shown(line: Option<&str>) -> String {
    line.map_or_else(|| "nothing".to_string(), |l| format!("`{}`", l.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_without_an_exercise_is_reported() {
        let root = tempfile::tempdir().unwrap();
        for name in ["kept", "gone"] {
            let dir = root.path().join(GO_DIR).join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(
                dir.join("main.go"),
                "package main\n// note:begin\nx := 1\n// note:end\n",
            )
            .unwrap();
        }
        let found = defects(root.path(), [("kept", "x := 1")]);
        assert_eq!(
            found,
            [GoNoteDefect::Orphan {
                folder: "gone".into()
            }]
        );
        assert_eq!(
            found[0].to_string(),
            "go/gone/ has no exercise in info.toml: remove it, or add the exercise"
        );
    }

    const PROGRAM: &str = "package main\n\nfunc main() {\n\t// note:begin\n\tx := 1\n\n\tif x > 0 {\n\t\tprintln(x)\n\t}\n\t// note:end\n}\n";

    #[test]
    fn the_excerpt_is_dedented_with_tabs_as_four_spaces() {
        let got = excerpt(PROGRAM).unwrap().unwrap();
        assert_eq!(got, "x := 1\n\nif x > 0 {\n    println(x)\n}");
    }

    #[test]
    fn surrounding_blank_lines_are_trimmed() {
        let source = "// note:begin\n\n  \nfunc f() {}\n\n// note:end\n";
        assert_eq!(excerpt(source).unwrap().unwrap(), "func f() {}");
    }

    #[test]
    fn markers_are_required_once_and_in_order() {
        assert_eq!(excerpt("package main\n").unwrap(), None);
        for bad in [
            "// note:begin\nx\n",
            "x\n// note:end\n",
            "// note:end\nx\n// note:begin\n",
            "// note:begin\nx\n// note:end\n// note:begin\ny\n// note:end\n",
        ] {
            assert!(excerpt(bad).is_err(), "{bad:?}");
        }
    }

    fn course_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = root.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        root
    }

    #[test]
    fn a_course_without_a_go_folder_is_not_checked() {
        let root = course_with(&[]);
        assert!(defects(root.path(), [("a", "anything")]).is_empty());
    }

    #[test]
    fn a_note_must_equal_its_excerpt() {
        let root = course_with(&[
            ("go/go.mod", "module gonotes\n"),
            ("go/a/main.go", PROGRAM),
            ("go/t/main.go", "package main\n"),
            (
                "go/t/main_test.go",
                "// note:begin\nfunc TestX(t *testing.T) {}\n// note:end\n",
            ),
            ("go/n/main.go", "package main\n"),
        ]);
        let good = "\nx := 1\n\nif x > 0 {\n    println(x)\n}\n";
        let test = "func TestX(t *testing.T) {}\n";
        let found = defects(root.path(), [("a", good), ("t", test)]);
        assert_eq!(found, [GoNoteDefect::Orphan { folder: "n".into() }]);

        let found = defects(
            root.path(),
            [("a", "x := 2\n"), ("missing", good), ("n", good)],
        );
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(
            found[0],
            GoNoteDefect::NoteDiffers {
                exercise: "a".into(),
                file: "main.go".into(),
                difference: "line 1 of the note is `x := 2`, the program has `x := 1`".into(),
            }
        );
        let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert!(
            shown[0]
                .starts_with("a: the `go` note in info.toml is not the excerpt of go/a/main.go")
        );
        assert!(shown[1].starts_with("missing: go/missing/main.go is missing"));
        assert!(shown[2].starts_with("n: go/n/main.go has no `// note:begin`"));
        assert_eq!(found[3], GoNoteDefect::Orphan { folder: "t".into() });
    }
}
