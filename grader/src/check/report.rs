//! `check`'s results: a table for people, JSON for tools, JUnit XML for CI dashboards.

use std::fmt::Display;
use std::io::{self, Write};
use std::time::Duration;

use anyhow::{Context, Result};
use colored::Colorize;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::defect::{CourseDefect, Described};
use super::options::Options;
use super::verdict::Verdict;

pub fn write(
    verdicts: &[Verdict],
    course_defects: &[CourseDefect],
    options: &Options,
) -> Result<()> {
    let mut out = io::stdout().lock();
    if options.json {
        json(&mut out, verdicts, course_defects)?;
    } else {
        table(&mut out, verdicts, course_defects)?;
    }
    if let Some(path) = &options.junit {
        std::fs::write(path, junit(verdicts, course_defects)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

fn table(
    out: &mut impl Write,
    verdicts: &[Verdict],
    course_defects: &[CourseDefect],
) -> io::Result<()> {
    // As wide as the longest name, so that long names keep the columns straight.
    let width = verdicts
        .iter()
        .map(|r| r.name.chars().count())
        .chain([18])
        .max()
        .unwrap_or(18);
    writeln!(
        out,
        "{:<width$} {:<8} {:<28} {:>9} {:>9}",
        "exercise", "verdict", "fails as shipped with", "ex. ms", "sol. ms"
    )?;
    for r in verdicts {
        let verdict = if !r.sound {
            "DEFECT".red().bold()
        } else if r.cached {
            "ok (=)".green()
        } else {
            "ok".green()
        };
        writeln!(
            out,
            "{:<width$} {verdict:<8} {:<28} {:>9} {:>9}",
            r.name,
            joined(&r.expected, ", "),
            r.exercise_ms,
            r.solution_ms
        )?;
    }
    let defective: Vec<&Verdict> = verdicts.iter().filter(|r| !r.sound).collect();
    for r in &defective {
        writeln!(out, "\n{}", format!("{}:", r.name).red().bold())?;
        for defect in &r.defects {
            writeln!(out, "  - {defect}")?;
        }
    }
    if !course_defects.is_empty() {
        writeln!(out, "\n{}", "the course:".red().bold())?;
        for defect in course_defects {
            writeln!(out, "  - {defect}")?;
        }
    }
    let cached = verdicts.iter().filter(|r| r.cached).count();
    writeln!(
        out,
        "\n{} exercises: {} sound, {} with defects ({cached} remembered unchanged, `--force` checks them again); {} course defects.",
        verdicts.len(),
        verdicts.len() - defective.len(),
        defective.len(),
        course_defects.len()
    )
}

fn json(out: &mut impl Write, verdicts: &[Verdict], course_defects: &[CourseDefect]) -> Result<()> {
    let course_defects: Vec<Described<CourseDefect>> =
        course_defects.iter().map(Described::of).collect();
    let document = serde_json::json!({ "exercises": verdicts, "course_defects": course_defects });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)?;
    Ok(())
}

/// JUnit XML: a test case per exercise and one for the course as a whole,
/// a failure for each with defects.
fn junit(verdicts: &[Verdict], course_defects: &[CourseDefect]) -> Result<String> {
    let mut suite = TestSuite::new("grader check");
    for r in verdicts {
        let time = Duration::from_millis(r.exercise_ms + r.solution_ms);
        let mut case = TestCase::new(r.name.as_str(), status(&r.defects));
        case.set_classname("course").set_time(time);
        suite.add_test_case(case);
    }
    let mut course = TestCase::new("info.toml and folders agree", status(course_defects));
    course.set_classname("course");
    suite.add_test_case(course);
    let mut report = Report::new("grader check");
    report.add_test_suite(suite);
    Ok(report.to_string()?)
}

/// A success without defects; a failure with the first as its message and
/// all of them, one a line, as its text.
fn status(defects: &[impl Display]) -> TestCaseStatus {
    let Some(first) = defects.first() else {
        return TestCaseStatus::success();
    };
    let mut failure = TestCaseStatus::non_success(NonSuccessKind::Failure);
    failure
        .set_message(crate::ansi::strip_ansi(&first.to_string()))
        .set_description(crate::ansi::strip_ansi(&joined(defects, "\n")));
    failure
}

fn joined(items: &[impl Display], separator: &str) -> String {
    let shown: Vec<String> = items.iter().map(ToString::to_string).collect();
    shown.join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::defect::GradeDefect;
    use crate::expect::Expect;

    fn verdict(name: &str) -> Verdict {
        Verdict {
            name: name.into(),
            sound: true,
            expected: vec![Expect::Code("E0382".into())],
            observed: vec![Expect::Code("E0382".into())],
            defects: Vec::new(),
            exercise_ms: 1,
            solution_ms: 2,
            cached: false,
        }
    }

    #[test]
    fn the_name_column_fits_the_longest_name() {
        colored::control::set_override(false);
        let long = "a_very_long_exercise_name_indeed";
        let mut out = Vec::new();
        table(&mut out, &[verdict("short"), verdict(long)], &[]).unwrap();
        let text = String::from_utf8(out).unwrap();
        let verdict_columns: Vec<usize> = text
            .lines()
            .take(3)
            .map(|l| l.find(" verdict").or_else(|| l.find(" ok")).unwrap())
            .collect();
        assert_eq!(verdict_columns, [long.len(); 3], "{text}");
    }

    #[test]
    fn junit_has_a_case_per_exercise_and_one_for_the_course() {
        let mut bad = verdict("bad");
        bad.sound = false;
        bad.defects = vec![
            GradeDefect::Unformatted {
                file: "solutions/a/bad/src/lib.rs".into(),
            }
            .into(),
            GradeDefect::SolutionFails {
                outcome: "test-failure".into(),
                evidence: "\n      \u{1b}[31mfailed <here>\u{1b}[0m".into(),
            }
            .into(),
        ];
        let course = [CourseDefect::NotMember {
            package: "x".into(),
        }];
        let xml = junit(&[verdict("good"), bad], &course).unwrap();
        assert!(
            xml.contains("<testsuite name=\"grader check\" tests=\"3\""),
            "{xml}"
        );
        assert!(
            xml.contains("<testcase name=\"good\" classname=\"course\" time=\"0.003\"/>"),
            "{xml}"
        );
        let failure = "<failure message=\"rustfmt would change solutions/a/bad/src/lib.rs: run `cargo fmt`\">rustfmt would change solutions/a/bad/src/lib.rs: run `cargo fmt`\nthe solution does not pass: test-failure\n      failed &lt;here&gt;</failure>";
        assert!(xml.contains(failure), "{xml}");
        assert!(!xml.contains('\u{1b}'), "{xml}");
        assert!(
            xml.contains("<testcase name=\"info.toml and folders agree\" classname=\"course\">"),
            "{xml}"
        );
        assert!(xml.contains("x is not a member of the workspace"), "{xml}");
    }
}
