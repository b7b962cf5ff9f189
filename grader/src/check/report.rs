//! `check`'s results: a table for people, JSON for tools, JUnit XML for CI dashboards.

use std::io::{self, Write};

use anyhow::{Context, Result};
use colored::Colorize;

use super::Record;
use crate::cli::{CheckArgs, Format};

pub fn write(records: &[Record], course_defects: &[String], args: &CheckArgs) -> Result<()> {
    let mut out = io::stdout().lock();
    match args.format {
        Format::Text => table(&mut out, records, course_defects)?,
        Format::Json => json(&mut out, records, course_defects)?,
    }
    if let Some(path) = &args.junit {
        std::fs::write(path, junit(records, course_defects))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

fn table(out: &mut impl Write, records: &[Record], course_defects: &[String]) -> io::Result<()> {
    // As wide as the longest name, so that long names keep the columns straight.
    let width = records
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
    for r in records {
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
            r.expected.join(", "),
            r.exercise_ms,
            r.solution_ms
        )?;
    }
    let defective: Vec<&Record> = records.iter().filter(|r| !r.sound).collect();
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
    let cached = records.iter().filter(|r| r.cached).count();
    writeln!(
        out,
        "\n{} exercises: {} sound, {} with defects ({cached} remembered unchanged, `--force` checks them again); {} course defects.",
        records.len(),
        records.len() - defective.len(),
        defective.len(),
        course_defects.len()
    )
}

fn json(out: &mut impl Write, records: &[Record], course_defects: &[String]) -> Result<()> {
    let document = serde_json::json!({ "exercises": records, "course_defects": course_defects });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)?;
    Ok(())
}

fn junit(records: &[Record], course_defects: &[String]) -> String {
    let failures =
        records.iter().filter(|r| !r.sound).count() + usize::from(!course_defects.is_empty());
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml += &format!(
        "<testsuites><testsuite name=\"grader check\" tests=\"{}\" failures=\"{failures}\">\n",
        records.len() + 1
    );
    for r in records {
        let time = (r.exercise_ms + r.solution_ms) as f64 / 1000.0;
        xml += &format!(
            "  <testcase classname=\"course\" name=\"{}\" time=\"{time:.3}\">",
            escape(&r.name)
        );
        if !r.sound {
            xml += &format!(
                "<failure message=\"{}\">{}</failure>",
                escape(&r.defects[0]),
                escape(&r.defects.join("\n"))
            );
        }
        xml += "</testcase>\n";
    }
    xml += "  <testcase classname=\"course\" name=\"info.toml and folders agree\">";
    if !course_defects.is_empty() {
        xml += &format!(
            "<failure message=\"{}\">{}</failure>",
            escape(&course_defects[0]),
            escape(&course_defects.join("\n"))
        );
    }
    xml += "</testcase>\n</testsuite></testsuites>\n";
    xml
}

fn escape(text: &str) -> String {
    let plain = crate::render::strip_ansi(text);
    plain
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(name: &str) -> Record {
        Record {
            name: name.into(),
            sound: true,
            expected: vec!["E0382".into()],
            observed: vec!["E0382".into()],
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
        table(&mut out, &[record("short"), record(long)], &[]).unwrap();
        let text = String::from_utf8(out).unwrap();
        let verdict_columns: Vec<usize> = text
            .lines()
            .take(3)
            .map(|l| l.find(" verdict").or_else(|| l.find(" ok")).unwrap())
            .collect();
        assert_eq!(verdict_columns, [long.len(); 3], "{text}");
    }
}
