//! `grader book`, `grader completions` and `b` in watch, on a copy of the fixture course.

mod common;

use common::{Course, stdout};

/// Every exercise of the fixture's info.toml, by topic (read from the file, not hard-coded).
fn exercises(course: &Course) -> Vec<(String, String)> {
    let info: toml::Value = toml::from_str(&course.read("info.toml")).unwrap();
    let list = info["exercises"].as_array().unwrap();
    list.iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["dir"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_book_has_a_chapter_per_topic_and_every_exercise() {
    let course = Course::new();
    course.write(
        "exercises/01_basics/README.md",
        "# 01_basics: the basics\n\nSee ![a picture](pic.svg) and [the notes](notes.txt) and [a folder](moved/).\n",
    );
    course.write(
        "exercises/01_basics/pic.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    course.write("exercises/01_basics/notes.txt", "notes");
    let output = course.grader(&["book"]).output().unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));

    let summary = course.read("book/src/SUMMARY.md");
    assert!(
        summary.contains("[The basics](chapters/01_basics.md)"),
        "{summary}"
    );
    assert!(summary.contains("(chapters/02_style.md)"), "{summary}");
    assert!(summary.find("01_basics.md") < summary.find("02_style.md"));
    assert!(summary.contains("(chapters/welcome.md)"), "{summary}");

    for (name, dir) in exercises(&course) {
        let chapter = course.read(&format!("book/src/chapters/{dir}.md"));
        assert!(
            chapter.contains(&format!("### {name}\n")),
            "{name} missing:\n{chapter}"
        );
    }
    let basics = course.read("book/src/chapters/01_basics.md");
    // The README, its links fixed for the chapter's place; a folder link keeps its text.
    assert!(basics.starts_with("# 01_basics: the basics"), "{basics}");
    assert!(
        basics.contains("![a picture](../chapters/files/exercises/01_basics/pic.svg)"),
        "{basics}"
    );
    assert!(
        basics.contains("[the notes](../chapters/files/exercises/01_basics/notes.txt)"),
        "{basics}"
    );
    assert!(basics.contains("and a folder."), "{basics}");
    assert!(
        course
            .path("book/src/chapters/files/exercises/01_basics/pic.svg")
            .is_file()
    );
    // What to do (the header comment), the section, the Go note.
    assert!(basics.contains("Make it compile."), "{basics}");
    assert!(basics.contains("**Concept:** a move."), "{basics}");
    assert!(basics.contains("**Article section:** Moves"), "{basics}");
    assert!(basics.contains("```go\nt := s\n```"), "{basics}");
    // A topic without a README gets a title of its own.
    let style = course.read("book/src/chapters/02_style.md");
    assert!(style.starts_with("# 02_style\n"), "{style}");
}

#[test]
fn the_book_follows_info_toml() {
    let course = Course::new();
    assert!(course.grader(&["book"]).output().unwrap().status.success());
    // Drop the last exercise (and so its topic); the book follows.
    let info = course.read("info.toml");
    let cut = info.rfind("[[exercises]]").unwrap();
    course.write("info.toml", &info[..cut]);
    let out = course.path("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("introduction.md"), "# Introduction\n").unwrap();
    let output = course
        .grader(&["book", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", common::stderr(&output));
    let summary = std::fs::read_to_string(out.join("SUMMARY.md")).unwrap();
    assert!(
        summary.contains("[Introduction](introduction.md)"),
        "{summary}"
    );
    assert!(!summary.contains("02_style"), "{summary}");
    assert!(!out.join("chapters/02_style.md").exists());
}

#[test]
fn a_broken_readme_link_is_reported() {
    let course = Course::new();
    course.write(
        "exercises/02_style/README.md",
        "# Style\n\n![gone](nope.svg)\n",
    );
    let output = course.grader(&["book"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = common::stderr(&output);
    assert!(
        err.contains("exercises/02_style/README.md links to `nope.svg`, which does not exist"),
        "{err}"
    );
}

#[test]
fn completions_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish"] {
        let output = assert_cmd::Command::cargo_bin("grader")
            .unwrap()
            .args(["completions", shell])
            .current_dir(std::env::temp_dir())
            .output()
            .unwrap();
        assert!(output.status.success(), "{shell}");
        let script = stdout(&output);
        for command in ["watch", "hint", "verify", "check", "book", "completions"] {
            assert!(script.contains(command), "{shell}: no {command}");
        }
    }
}

#[test]
fn help_documents_every_watch_key() {
    let course = Course::new();
    for args in [&["--help"][..], &["watch", "--help"][..]] {
        let help = stdout(&course.grader(args).output().unwrap());
        for key in ["n", "h", "g", "l", "r", "x", "s", "b", "q"] {
            assert!(
                help.contains(&format!("\n  {key}  ")),
                "{args:?}: key {key}:\n{help}"
            );
        }
    }
}

#[test]
fn b_in_watch_shows_where_the_chapter_is() {
    let course = Course::new();
    let watch = |course: &Course| {
        let output = course
            .grader(&["watch"])
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .write_stdin("b\nq\n")
            .output()
            .unwrap();
        stdout(&output)
    };
    let out = watch(&course);
    assert!(out.contains("The book is not built yet"), "{out}");
    assert!(out.contains("exercises/01_basics/README.md"), "{out}");

    assert!(course.grader(&["book"]).output().unwrap().status.success());
    course.write("book/book/chapters/01_basics.html", "<html></html>");
    let out = watch(&course);
    assert!(
        out.contains("The chapter is book/book/chapters/01_basics.html"),
        "{out}"
    );
}

/// In a graphical session, `b` hands the page (at the exercise's heading) to xdg-open.
#[cfg(target_os = "linux")]
#[test]
fn b_in_watch_opens_the_chapter_with_xdg_open() {
    use std::os::unix::fs::PermissionsExt;
    use std::time::{Duration, Instant};
    let course = Course::new();
    assert!(course.grader(&["book"]).output().unwrap().status.success());
    course.write("book/book/chapters/01_basics.html", "<html></html>");
    let opened = course.path("opened.txt");
    let fake = course.path("bin/xdg-open");
    course.write(
        "bin/xdg-open",
        &format!(
            "#!/bin/sh\necho \"$1\" > {0}.tmp && mv {0}.tmp {0}\n",
            opened.display()
        ),
    );
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        course.path("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = course
        .grader(&["watch"])
        .env("PATH", path)
        .env("DISPLAY", ":0")
        .write_stdin("b\nq\n")
        .output()
        .unwrap();
    let out = stdout(&output);
    assert!(
        out.contains("Opening book/book/chapters/01_basics.html in your browser (xdg-open)"),
        "{out}"
    );
    let until = Instant::now() + Duration::from_secs(30);
    while !opened.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    let url = std::fs::read_to_string(&opened).unwrap();
    let page = course.root().join("book/book/chapters/01_basics.html");
    assert_eq!(url.trim(), format!("file://{}#moved", page.display()));
}
