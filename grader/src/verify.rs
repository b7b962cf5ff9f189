//! `grader verify`: the learner's copy graded in order. By default it stops
//! at the first exercise that does not pass (the learner's "where am I");
//! with `all` it grades every one and reports passed / not yet for each (the
//! classroom score), as text, one JSON document, and/or JUnit XML.

use std::io::{self, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use colored::Colorize;
use serde::Serialize;

use crate::commands;
use crate::course::Course;
use crate::grade::{self, Settings, Side};
use crate::info::Exercise;
use crate::learner::progress::Progress;
use crate::outcome::Outcome;
use crate::render::{self, Look};
use crate::spawn::Cancel;
use crate::status::Status;

/// What `verify` was asked for (plain options: the core never sees the CLI).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Grade every exercise instead of stopping at the first that does not pass.
    pub all: bool,
    /// One JSON document on standard output instead of text.
    pub json: bool,
    /// Also write JUnit XML here.
    pub junit: Option<PathBuf>,
}

/// One exercise's score: typed data, rendered as text, JSON or JUnit.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    pub name: String,
    pub passed: bool,
    /// A few words: `passed`, `E0382`, `test-failure`, `timeout`, …
    pub outcome: String,
    pub hints_revealed: usize,
    pub hints_total: usize,
    /// Seconds from the first grading to the first pass, as the progress file recorded it.
    pub seconds_to_pass: Option<u64>,
    /// How long this grading took, in seconds.
    pub grading_seconds: f64,
    /// What the learner would see, without colour (for JUnit's failure text).
    #[serde(skip)]
    pub details: String,
}

#[derive(Debug, Serialize)]
struct Document<'a> {
    passed: usize,
    total: usize,
    exercises: &'a [Score],
}

pub fn run(course: &Course, settings: &Settings, options: &Options) -> Result<Status> {
    let mut learner = commands::load_learner(course);
    let look = Look::new(&course.root, settings.color);
    let mut out = io::stdout().lock();
    let mut graded: Vec<(&Exercise, Outcome, Duration)> = Vec::new();
    for exercise in &course.info.exercises {
        let started = Instant::now();
        let outcome = grade::grade(
            course,
            exercise,
            Side::Exercise,
            settings,
            &Cancel::default(),
        )?;
        let passed = outcome.passed();
        if !options.json {
            text_line(&mut out, exercise, &outcome, options.all, &look)?;
        }
        graded.push((exercise, outcome, started.elapsed()));
        if !passed && !options.all {
            break;
        }
    }
    let gradings: Vec<_> = graded
        .iter()
        .map(|(exercise, outcome, _)| (exercise.name.as_str(), outcome.passed()))
        .collect();
    // One locked update, so that the counter, the time to pass and `list`
    // agree with what was graded.
    commands::warn_if_not_saved(learner.record_gradings(&gradings));
    let progress = learner.progress();
    let scores: Vec<Score> = graded
        .iter()
        .map(|(exercise, outcome, took)| score(exercise, outcome, *took, progress))
        .collect();
    let passed = scores.iter().filter(|s| s.passed).count();
    let total = course.info.exercises.len();
    if options.json {
        let document = Document {
            passed,
            total,
            exercises: &scores,
        };
        serde_json::to_writer_pretty(&mut out, &document)?;
        writeln!(out)?;
    } else {
        summary(&mut out, passed, total, &scores)?;
    }
    if let Some(path) = &options.junit {
        std::fs::write(path, junit(&scores)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(if passed == total {
        Status::Success
    } else {
        Status::NotPassing
    })
}

/// One line per exercise; without `all`, the first failure in full.
fn text_line(
    out: &mut impl Write,
    exercise: &Exercise,
    outcome: &Outcome,
    all: bool,
    look: &Look,
) -> io::Result<()> {
    if outcome.passed() {
        return writeln!(out, "{} {}", "✓".green(), exercise.name);
    }
    if all {
        return writeln!(
            out,
            "{} {} not yet ({})",
            "✗".red(),
            exercise.name,
            outcome.summary()
        );
    }
    render::outcome(out, exercise, outcome, look)?;
    writeln!(
        out,
        "{} is the first exercise that does not pass yet.",
        exercise.name
    )
}

fn summary(out: &mut impl Write, passed: usize, total: usize, scores: &[Score]) -> io::Result<()> {
    if passed == total {
        return writeln!(out, "All {total} exercises pass.");
    }
    if scores.len() == total {
        writeln!(out, "{passed}/{total} exercises pass.")?;
    }
    Ok(())
}

fn score(exercise: &Exercise, outcome: &Outcome, took: Duration, progress: &Progress) -> Score {
    let mut details = Vec::new();
    let _ = render::outcome(&mut details, exercise, outcome, &Look::default());
    Score {
        name: exercise.name.clone(),
        passed: outcome.passed(),
        outcome: outcome.summary(),
        hints_revealed: progress.hints_shown(&exercise.name),
        hints_total: exercise.hints.len(),
        seconds_to_pass: progress.seconds_to_pass(&exercise.name),
        grading_seconds: took.as_secs_f64(),
        details: crate::ansi::strip_ansi(&String::from_utf8_lossy(&details)),
    }
}

/// JUnit XML: one test case per exercise graded, a failure for each not yet passing.
fn junit(scores: &[Score]) -> Result<String> {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut suite = TestSuite::new("grader verify");
    for score in scores {
        let status = if score.passed {
            TestCaseStatus::success()
        } else {
            let mut failure = TestCaseStatus::non_success(NonSuccessKind::Failure);
            failure
                .set_message(format!("not yet: {}", score.outcome))
                .set_description(score.details.as_str());
            failure
        };
        let mut case = TestCase::new(score.name.as_str(), status);
        case.set_classname("exercises")
            .set_time(Duration::from_secs_f64(score.grading_seconds))
            .add_property(("hints_revealed", score.hints_revealed.to_string().as_str()));
        if let Some(seconds) = score.seconds_to_pass {
            case.add_property(("seconds_to_pass", seconds.to_string().as_str()));
        }
        suite.add_test_case(case);
    }
    let mut report = Report::new("grader");
    report.add_test_suite(suite);
    Ok(report.to_string()?)
}
