//! `grader book`: the course book's generated part, for mdBook.
//!
//! One chapter per topic folder, in info.toml order: the folder's README.md,
//! then every exercise of the topic with what to do (its header comment), the
//! article section and the Go note, all taken from the parsed info.toml and
//! the exercise files, so the book and the course can never disagree. Also
//! `SUMMARY.md`, mdBook's table of contents. The hand-written part (book.toml,
//! introduction.md, images/) is the course's own.
//!
//! Layout, relative to the course root (see [`SRC`], [`BUILT`], [`CHAPTERS`]):
//! `book/src/SUMMARY.md` and `book/src/chapters/NN_topic.md` are generated;
//! `mdbook build book` writes `book/book/chapters/NN_topic.html`.

mod markdown;

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::course::Course;
use crate::info::{Exercise, Info, Mode};
use crate::spawn;
use crate::status::Status;

/// The book's source folder, where `grader book` writes by default.
pub const SRC: &str = "book/src";
/// Where `mdbook build book` puts the HTML.
pub const BUILT: &str = "book/book";
/// The generated chapters' folder, inside the source folder.
pub const CHAPTERS: &str = "chapters";
/// Files a README links to that lie outside the book, copied into the chapters' folder.
const FILES: &str = "files";
/// The hand-written introduction, used when the source folder has one.
const INTRODUCTION: &str = "introduction.md";

/// `grader book [--out DIR]`: writes SUMMARY.md and the chapters.
pub fn run(course: &Course, out: Option<&Path>) -> Result<Status> {
    let out = match out {
        Some(dir) => std::env::current_dir()
            .context("cannot read the current folder")?
            .join(dir),
        None => course.root.join(SRC),
    };
    let written = generate(&course.root, &course.info, &out)?;
    let shown = std::env::current_dir()
        .ok()
        .and_then(|here| out.strip_prefix(here).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| out.clone());
    println!(
        "Wrote {written} chapters and SUMMARY.md in {}. Build the book with `mdbook build {}`.",
        shown.display(),
        shown
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or(".".into(), |p| p.display().to_string())
    );
    Ok(Status::Success)
}

/// One topic folder and its exercises, in course order.
struct Topic<'a> {
    dir: &'a str,
    exercises: Vec<&'a Exercise>,
}

fn topics(info: &Info) -> Vec<Topic<'_>> {
    let mut topics: Vec<Topic> = Vec::new();
    for exercise in &info.exercises {
        match topics.iter_mut().find(|t| t.dir == exercise.dir) {
            Some(topic) => topic.exercises.push(exercise),
            None => topics.push(Topic {
                dir: &exercise.dir,
                exercises: vec![exercise],
            }),
        }
    }
    topics
}

/// Writes `out/SUMMARY.md` and `out/chapters/*.md`; returns the number of chapters.
pub fn generate(root: &Path, info: &Info, out: &Path) -> Result<usize> {
    let chapters = out.join(CHAPTERS);
    if chapters.exists() {
        std::fs::remove_dir_all(&chapters)
            .with_context(|| format!("cannot clear {}", chapters.display()))?;
    }
    std::fs::create_dir_all(&chapters)
        .with_context(|| format!("cannot create {}", chapters.display()))?;
    let out = out
        .canonicalize()
        .with_context(|| format!("cannot find {}", out.display()))?;
    let mut summary = String::from("# Summary\n\n");
    if out.join(INTRODUCTION).is_file() {
        summary.push_str(&format!("[Introduction]({INTRODUCTION})\n\n"));
    } else {
        let welcome = format!("# Welcome\n\n{}\n", info.welcome_message.trim());
        write(&out.join(CHAPTERS).join("welcome.md"), &welcome)?;
        summary.push_str(&format!("[Welcome]({CHAPTERS}/welcome.md)\n\n"));
    }
    let mut problems = Vec::new();
    let topics = topics(info);
    for topic in &topics {
        let (title, text) = chapter(root, &out, topic, &mut problems)?;
        write(&out.join(chapter_file(topic.dir)), &text)?;
        summary.push_str(&format!(
            "- [{}]({})\n",
            summary_text(&title, topic.dir),
            slashes(&chapter_file(topic.dir))
        ));
    }
    if !problems.is_empty() {
        bail!(
            "the book cannot be made:\n  {}\nFix these, then run `grader book` again.",
            problems.join("\n  ")
        );
    }
    write(&out.join("SUMMARY.md"), &summary)?;
    Ok(topics.len())
}

/// `chapters/NN_topic.md`, relative to the book's source folder.
pub fn chapter_file(dir: &str) -> PathBuf {
    Path::new(CHAPTERS).join(format!("{dir}.md"))
}

/// Where a learner reads about `exercise`, relative to the course root: the
/// built page if the book was built, else the generated chapter, else the
/// topic README (the chapter's source).
pub fn chapter_location(root: &Path, exercise: &Exercise) -> PathBuf {
    let page = Path::new(BUILT).join(chapter_file(&exercise.dir).with_extension("html"));
    let generated = Path::new(SRC).join(chapter_file(&exercise.dir));
    [page, generated]
        .into_iter()
        .find(|p| root.join(p).is_file())
        .unwrap_or_else(|| crate::layout::topic_readme(&exercise.dir))
}

/// `b` in watch: opens the exercise's chapter in a browser, or says where it
/// is. Returns what to tell the learner.
pub fn open_chapter(root: &Path, exercise: &Exercise) -> String {
    let location = chapter_location(root, exercise);
    if location.extension().is_none_or(|e| e != "html") {
        return format!(
            "The book is not built yet: `grader book && mdbook build book` builds it. Meanwhile the chapter's text is {}.\n",
            location.display()
        );
    }
    let url = format!(
        "file://{}#{}",
        root.join(&location).display(),
        exercise.name
    );
    let Some(opener) = opener() else {
        return format!(
            "The chapter is {}: open it in your browser (no graphical session or no xdg-open/open here).\n",
            location.display()
        );
    };
    let mut command = Command::new(opener);
    command.arg(&url);
    match spawn::spawn_detached(command) {
        Ok(()) => format!(
            "Opening {} in your browser ({opener}).\n",
            location.display()
        ),
        Err(e) => format!(
            "Could not start {opener} ({e}). The chapter is {}.\n",
            location.display()
        ),
    }
}

/// The program that opens a file in the desktop's browser, if there is one:
/// `open` on macOS, `xdg-open` in a graphical session elsewhere (without one,
/// xdg-open would start a text browser with no terminal).
fn opener() -> Option<&'static str> {
    let (name, graphical) = if cfg!(target_os = "macos") {
        ("open", true)
    } else {
        let display = ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
        ("xdg-open", display)
    };
    let paths = std::env::var_os("PATH")?;
    let installed = std::env::split_paths(&paths).any(|dir| dir.join(name).is_file());
    (graphical && installed).then_some(name)
}

/// Link text for SUMMARY.md, which numbers the chapters itself: the title
/// without a leading `NN_topic:`, and without brackets, which would end the link.
fn summary_text(title: &str, dir: &str) -> String {
    let title = match title.strip_prefix(dir).and_then(|t| t.strip_prefix(':')) {
        Some(rest) => markdown::capitalize(rest.trim()),
        None => title.to_string(),
    };
    title.replace(['[', ']'], "")
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// The chapter's title and Markdown: the README (links fixed for the book), then the exercises.
fn chapter(
    root: &Path,
    out: &Path,
    topic: &Topic,
    problems: &mut Vec<String>,
) -> Result<(String, String)> {
    let readme_path = crate::layout::topic_readme(topic.dir);
    let readme = match std::fs::read_to_string(root.join(&readme_path)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => bail!("cannot read {}: {e}", readme_path.display()),
    };
    let mut text = String::new();
    let title = match markdown::title(&readme) {
        Some(title) => title,
        None => {
            text.push_str(&format!("# {}\n\n", topic.dir));
            topic.dir.to_string()
        }
    };
    let links = Links {
        root,
        out,
        readme: &readme_path,
    };
    let readme = markdown::rewrite_links(&readme, |target| links.fix(target, problems));
    text.push_str(readme.trim_end());
    text.push_str("\n\n## Exercises\n\n");
    text.push_str(
        "Do them in this order with `grader watch`, or grade one with `grader run NAME`.\n",
    );
    for exercise in &topic.exercises {
        text.push('\n');
        text.push_str(&exercise_section(root, exercise));
    }
    Ok((title, text))
}

/// One exercise: name, what to do, the article section, the Go note.
fn exercise_section(root: &Path, exercise: &Exercise) -> String {
    let file = exercise.exercise_path().join(exercise.main_file());
    let source = std::fs::read_to_string(root.join(&file)).unwrap_or_default();
    let header = markdown::header(&source, &exercise.name);
    let mut text = format!("### {}\n\n", exercise.name);
    let graded = match exercise.mode {
        Mode::Test => "its tests pass",
        Mode::Run => "the program runs and exits normally",
        Mode::Clippy => "clippy finds nothing and its tests pass",
    };
    let _ = writeln!(
        text,
        "**File:** `{}` · **passes when:** {graded}  \n**Article section:** {}\n",
        file.display(),
        markdown::escape_prose(&exercise.section)
    );
    if header.goal.is_empty() {
        text.push_str("Open the file: its comments say what to do.\n\n");
    }
    for paragraph in &header.goal {
        let _ = writeln!(text, "{}\n", markdown::escape_prose(paragraph));
    }
    if let Some(concept) = &header.concept {
        let _ = writeln!(text, "**Concept:** {}\n", markdown::escape_prose(concept));
    }
    let _ = writeln!(text, "**The Go way:**\n");
    text.push_str(&markdown::fenced(&exercise.go, "go"));
    text
}

/// Fixes a README's relative links for the chapter, which lives elsewhere.
struct Links<'a> {
    root: &'a Path,
    /// The book's source folder (canonical).
    out: &'a Path,
    /// The README, relative to the root.
    readme: &'a Path,
}

impl Links<'_> {
    /// The target as seen from `out/chapters/`; files outside the book are
    /// copied into it. `None` (keep the text, drop the link) for a folder.
    fn fix(&self, target: &str, problems: &mut Vec<String>) -> Option<String> {
        if markdown::is_external(target) {
            return Some(target.to_string());
        }
        let (path, fragment) = match target.find(['#', '?']) {
            Some(at) => target.split_at(at),
            None => (target, ""),
        };
        let base = self
            .root
            .join(self.readme.parent().unwrap_or(Path::new("")));
        let resolved = match base.join(path).canonicalize() {
            Ok(resolved) => resolved,
            Err(_) => {
                problems.push(format!(
                    "{} links to `{target}`, which does not exist. Fix the link.",
                    self.readme.display()
                ));
                return Some(target.to_string());
            }
        };
        if resolved.is_dir() {
            return None;
        }
        let in_book = match resolved.strip_prefix(self.out) {
            Ok(inside) => inside.to_path_buf(),
            Err(_) => match self.copy_in(&resolved) {
                Ok(copied) => copied,
                Err(e) => {
                    problems.push(format!("{}: {e:#}", self.readme.display()));
                    return Some(target.to_string());
                }
            },
        };
        Some(format!("../{}{fragment}", slashes(&in_book)))
    }

    /// Copies a file of the course into `out/chapters/files/`; its path in the book.
    fn copy_in(&self, file: &Path) -> Result<PathBuf> {
        let root = self.root.canonicalize()?;
        let Ok(inside) = file.strip_prefix(&root) else {
            bail!("links to {}, outside the course", file.display());
        };
        let in_book = Path::new(CHAPTERS).join(FILES).join(inside);
        let target = self.out.join(&in_book);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(file, &target)
            .with_context(|| format!("cannot copy {} into the book", file.display()))?;
        Ok(in_book)
    }
}

/// A relative path with `/` separators, as a URL wants it.
fn slashes(path: &Path) -> String {
    let parts: Vec<_> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_text_has_no_brackets() {
        assert_eq!(summary_text("a [b] c", "01_x"), "a b c");
        assert_eq!(
            summary_text("01_moves: ownership and moves", "01_moves"),
            "Ownership and moves"
        );
    }

    #[test]
    fn chapter_files_are_named_after_the_topic() {
        assert_eq!(chapter_file("01_moves"), Path::new("chapters/01_moves.md"));
    }
}
