//! `grader`: learn Rust by fixing broken code.

mod ansi;
mod book;
mod cargo;
mod check;
mod cli;
mod commands;
mod course;
mod editor;
mod expect;
mod fsutil;
mod grade;
mod info;
mod layout;
mod learner;
mod libtest;
mod new;
mod outcome;
mod reaper;
mod render;
mod replay;
mod shipped;
mod signals;
mod spawn;
mod status;
mod verify;
mod watch;
mod workspace;

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use crate::cli::{Cli, Color, Command};
use crate::course::Course;
use crate::grade::Settings;
use crate::status::Status;

fn main() -> ExitCode {
    if let Some(code) = replay::wrapper_main() {
        return code;
    }
    let cli = Cli::parse();
    reaper::become_subreaper();
    match dispatch(cli) {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::NotPassing) => ExitCode::from(1),
        Ok(Status::Signalled(signal)) => ExitCode::from(128u8.saturating_add(signal as u8)),
        // The reader went away (`grader list | head -1`): nothing left to say.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(cli: Cli) -> anyhow::Result<Status> {
    let color = use_color(cli.color);
    colored::control::set_override(color);
    let settings = Settings {
        build_time: Duration::from_secs(cli.build_timeout),
        run_time: Duration::from_secs(cli.run_timeout),
        output_cap: crate::layout::OUTPUT_CAP,
        memory_mb: cli.memory_mb,
        max_tasks: usize::try_from(cli.max_tasks).unwrap_or(usize::MAX),
        color,
    };
    let command = cli.command.unwrap_or(Command::Watch(Default::default()));
    if let Command::Completions { shell } = command {
        cli::completions(shell, &mut std::io::stdout());
        return Ok(Status::Success);
    }
    let course = Course::open(cli.course.as_deref())?;
    reaper::set_course(&course.root);
    // What a killed grader of this course left running (a build script, a
    // test's grandchildren) would hold locks and CPU: stop it first.
    reaper::kill_strays(&course.root);
    if let Some(problem) = &course.shipped_error {
        match &command {
            Command::Check(args) if !args.update_hashes => anyhow::bail!("{problem}"),
            Command::Check(_) => {}
            _ => eprintln!(
                "warning: {problem}\nUntil then no exercise can be graded (a pass could not be trusted); list, hint and go still work."
            ),
        }
    }
    if !matches!(command, Command::Watch(_)) {
        signals::kill_children_on_exit()?;
    }
    match command {
        Command::Watch(args) => watch::run(&course, args.mode(), &settings),
        Command::Run { name } => commands::run(&course, name.as_deref(), &settings),
        Command::Hint { name } => commands::hint(&course, name.as_deref()),
        Command::Go { name } => commands::go(&course, name.as_deref()),
        Command::List => commands::list(&course, settings.color),
        Command::Verify(args) => {
            let options = verify::Options {
                all: args.all,
                json: args.format == cli::Format::Json,
                junit: args.junit,
            };
            verify::run(&course, &settings, &options)
        }
        Command::Reset { name } => commands::reset(&course, &name),
        Command::Check(args) => check::run(&course, &args.into_options(), &settings),
        Command::New(args) => new::run(&course, &args.name, &args.dir, args.mode),
        Command::Book(args) => book::run(&course, args.out.as_deref()),
        // Printed above: completions need no course.
        Command::Completions { .. } => Ok(Status::Success),
    }
}

fn use_color(choice: Color) -> bool {
    use std::io::IsTerminal;
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal(),
    }
}
