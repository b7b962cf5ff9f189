//! The command line. Doc comments here are what `grader --help` shows.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::info::{MAX_SECS, MEMORY_MB};
use crate::watch::{self, WatchMode};

const EXIT_CODES: &str = "\
Exit codes:
  0  success (the exercise passes, the check found no defect)
  1  an exercise does not pass yet, or `check` found a defect
  2  the course, the command line or the machine is wrong (the message says what to do)

Start learning with `grader watch` (or just `grader`) inside the course.

";

/// `grader --help`'s closing text: the exit codes, then the keys of watch.
fn after_help() -> String {
    format!("{EXIT_CODES}{}", watch::keys_help())
}

/// Learn Rust by fixing broken code: grades the course's exercises as you save.
#[derive(Debug, Parser)]
#[command(name = "grader", version, after_help = after_help())]
pub struct Cli {
    /// The course folder [default: the nearest folder above that holds info.toml]
    #[arg(long, global = true, value_name = "PATH")]
    pub course: Option<PathBuf>,

    /// Time limit for building one exercise (or the whole course in `check`), in seconds
    #[arg(long, global = true, value_name = "SECS", default_value_t = 600,
          value_parser = clap::value_parser!(u64).range(1..=MAX_SECS))]
    pub build_timeout: u64,

    /// Time limit for running an exercise's program or tests, in seconds
    /// (an exercise's `timeout_secs` in info.toml takes precedence)
    #[arg(long, global = true, value_name = "SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=MAX_SECS))]
    pub run_timeout: u64,

    /// Memory limit of an exercise's program or tests, in MiB, per process
    /// (an exercise's `memory_mb` in info.toml takes precedence)
    #[arg(long, global = true, value_name = "MB", default_value_t = 2048,
          value_parser = clap::value_parser!(u64).range(MEMORY_MB))]
    pub memory_mb: u64,

    /// Processes and threads an exercise's program or tests may have at once
    #[arg(long, global = true, value_name = "N", default_value_t = 512,
          value_parser = clap::value_parser!(u64).range(8..=65_536))]
    pub max_tasks: u64,

    /// Colours in the output
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Re-grade the current exercise on every save (the default command)
    #[command(after_help = watch::keys_help())]
    Watch(WatchArgs),
    /// Grade one exercise once [default: the current one]
    Run { name: Option<String> },
    /// Show the next hint for an exercise [default: the current one]
    Hint { name: Option<String> },
    /// Show how Go does what an exercise teaches [default: the current one]
    Go { name: Option<String> },
    /// List every exercise with its state
    List,
    /// Grade the exercises in order from the start; stop at the first that does not pass
    /// (with --all: grade every one and score them, for a classroom)
    Verify(VerifyArgs),
    /// Restore the shipped exercise; your version is kept as a backup first
    Reset { name: String },
    /// For instructors and CI: prove every solution passes and every exercise fails as `expect` says
    Check(CheckArgs),
    /// Scaffold a new exercise, its solution and its info.toml entry
    New(NewArgs),
    /// Generate the course book's chapters for mdBook from the topic READMEs and info.toml
    Book(BookArgs),
    /// Print a completion script for your shell, e.g. `grader completions bash > ~/.local/share/bash-completion/completions/grader`
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
pub struct BookArgs {
    /// The book's source folder, where SUMMARY.md and chapters/ are written [default: book/src in the course]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Writes the completion script for `shell` to `out`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn std::io::Write) {
    use clap::CommandFactory;
    clap_complete::generate(shell, &mut Cli::command(), "grader", out);
}

#[derive(Debug, Default, Args)]
pub struct WatchArgs {
    /// Poll the files for changes (for network file systems where events do not arrive)
    #[arg(long, conflicts_with = "manual")]
    pub poll: bool,
    /// Do not watch files: grade only when you press `r`
    #[arg(long)]
    pub manual: bool,
}

impl WatchArgs {
    /// How saves are noticed, as the flags ask.
    pub fn mode(&self) -> WatchMode {
        WatchMode::from_flags(self.manual, self.poll)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Grade every exercise, without stopping at the first that does not pass,
    /// and report passed / not yet for each
    #[arg(long)]
    pub all: bool,
    /// Output format: lines for people, or one JSON document (name, passed,
    /// outcome, hints revealed, seconds to pass for each exercise)
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also write the scores as JUnit XML to FILE (for CI)
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Check only these exercises
    #[arg(long, num_args = 1.., value_name = "NAME")]
    pub only: Vec<String>,
    /// Check only shard K of N (1-based), e.g. `--shard 2/4` for a CI matrix
    #[arg(long, value_name = "K/N", value_parser = <crate::check::Shard as std::str::FromStr>::from_str)]
    pub shard: Option<crate::check::Shard>,
    /// Ignore remembered verdicts and check everything again
    #[arg(long)]
    pub force: bool,
    /// Output format: a table for people, or one JSON record per exercise
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also write the results as JUnit XML to FILE
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Record the current test files' hashes in test-hashes.toml, then check
    #[arg(long)]
    pub update_hashes: bool,
}

impl CheckArgs {
    /// What `check` is asked to do, in its own terms.
    pub fn into_options(self) -> crate::check::Options {
        crate::check::Options {
            only: self.only,
            shard: self.shard,
            force: self.force,
            json: self.format == Format::Json,
            junit: self.junit,
            update_hashes: self.update_hashes,
        }
    }
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The exercise's name, [a-z0-9_]+
    pub name: String,
    /// The topic folder, e.g. 01_moves
    #[arg(long)]
    pub dir: String,
    /// How it is graded
    #[arg(long, default_value = "test", value_parser = mode_parser())]
    pub mode: crate::info::Mode,
}

/// Parses `--mode` into [`crate::info::Mode`], offering the names info.toml uses.
fn mode_parser() -> impl clap::builder::TypedValueParser<Value = crate::info::Mode> {
    use crate::info::Mode;
    use clap::builder::TypedValueParser;
    let names = Mode::ALL.map(Mode::name);
    clap::builder::PossibleValuesParser::new(names).map(|name| {
        name.parse::<Mode>()
            .expect("the parser offers only the modes' names")
    })
}
