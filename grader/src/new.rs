//! `grader new NAME --dir NN_topic`: scaffolds an exercise crate, its solution
//! crate (sharing the tests), and an info.toml entry whose `TODO` placeholders
//! `grader check` reports until the instructor fills them in.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::check::PLACEHOLDER;
use crate::course::Course;
use crate::info::{INFO_FILE, Mode, is_plain_name, package_name_problem};
use crate::layout::{self, Side};
use crate::status::Status;

/// Scaffolds the exercise `name` (`[a-z0-9_]+`) in the topic folder `dir`
/// (e.g. `01_moves`), graded as `mode`.
pub fn run(course: &Course, name: &str, dir: &str, mode: Mode) -> Result<Status> {
    if let Some(why) = package_name_problem(name) {
        bail!("the name {why}: pick another, for example `moves5`");
    }
    if !is_plain_name(dir) {
        bail!("the --dir `{dir}` may only use a-z, 0-9 and _ (for example `01_moves`)");
    }
    if course.info.find(name).is_some() {
        bail!("an exercise called `{name}` already exists; pick another name");
    }
    let exercise = Side::Exercise.crate_path(dir, name);
    let solution = Side::Solution.crate_path(dir, name);
    for path in [&exercise, &solution] {
        if course.root.join(path).exists() {
            bail!(
                "{} already exists; pick another name or remove it",
                path.display()
            );
        }
    }
    write_crate(
        &course.root.join(&exercise),
        name,
        mode,
        Side::Exercise,
        dir,
    )?;
    write_crate(
        &course.root.join(&solution),
        &Side::Solution.package_name(name),
        mode,
        Side::Solution,
        dir,
    )?;
    append_entry(&course.root, name, dir, mode)?;
    if crate::workspace::add_member_globs(&course.root)? {
        let [exercises, solutions] = layout::MEMBER_GLOBS;
        println!("Added `{exercises}` and `{solutions}` to the workspace members in Cargo.toml.");
    }
    println!(
        "Created {} and {}, and an entry at the end of {INFO_FILE}.\n\
         Next: break the exercise, solve the solution, replace every {PLACEHOLDER}, then\n\
         `grader check --update-hashes --only {name}` until it is sound.",
        exercise.display(),
        solution.display()
    );
    Ok(Status::Success)
}

fn write_crate(path: &Path, package: &str, mode: Mode, side: Side, dir: &str) -> Result<()> {
    let name = layout::exercise_of_package(package);
    let mut manifest = format!(
        "[package]\nname = \"{package}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n"
    );
    if side == Side::Solution && mode != Mode::Run {
        // Doc tests say `use {name}::…`: the solution's library has the exercise's name.
        manifest.push_str(&format!("\n[lib]\nname = \"{name}\"\n"));
    }
    let header = format!(
        "// {name}: {PLACEHOLDER} say what to do, in two or three lines.\n//\n// Concept: {PLACEHOLDER} the one idea this exercise teaches.\n"
    );
    let mut files = vec![("Cargo.toml", manifest)];
    if mode == Mode::Run {
        files.push((
            layout::main_file(mode),
            format!("{header}\nfn main() {{\n    println!(\"{PLACEHOLDER}\");\n}}\n"),
        ));
    } else {
        let tests = match side {
            Side::Exercise => "#[cfg(test)]\nmod tests;\n".to_string(),
            Side::Solution => format!(
                "#[cfg(test)]\n{}\nmod tests;\n",
                layout::shared_tests_attribute(dir, name)
            ),
        };
        let body = "pub fn answer() -> i32 {\n    0\n}\n";
        files.push((
            layout::main_file(mode),
            format!("{header}\n{body}\n{tests}"),
        ));
        if side == Side::Exercise {
            let test = format!(
                "// Tests for {name}. The grader checks that this file is unchanged.\nuse super::*;\n\n#[test]\nfn answers() {{\n    assert_eq!(answer(), 42);\n}}\n"
            );
            files.push((layout::TESTS_FILE, test));
        }
    }
    for (file, text) in files {
        let target = path.join(file);
        std::fs::create_dir_all(target.parent().unwrap_or(path))?;
        std::fs::write(&target, text)
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}

fn append_entry(root: &Path, name: &str, dir: &str, mode: Mode) -> Result<()> {
    let mode = mode.name();
    let entry = format!(
        "\n[[exercises]]\nname = \"{name}\"\ndir = \"{dir}\"\nmode = \"{mode}\"\nexpect = [\"test-failure\"]\n\
         section = \"{PLACEHOLDER}: the article section it teaches\"\n\
         hints = [\"{PLACEHOLDER}: a nudge\", \"{PLACEHOLDER}: nearly the answer\"]\n\
         go = \"\"\"\n{PLACEHOLDER}: the Go way, a few lines\n\"\"\"\n"
    );
    let path = root.join(INFO_FILE);
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.write_all(entry.as_bytes())
        .with_context(|| format!("cannot append to {}", path.display()))
}
