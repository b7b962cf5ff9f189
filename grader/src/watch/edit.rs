//! `e`: the current exercise in the learner's editor, at the first error's
//! line. A terminal editor gets the terminal (raw mode off, key reader
//! paused) until it exits; a windowed one is started detached.

use std::path::PathBuf;
use std::process::Command;

use anyhow::Result;

use super::input;
use super::screen::Verdict;
use super::state::Watch;
use crate::editor::{self, Launch};
use crate::{info::Exercise, spawn};

impl Watch<'_> {
    pub(super) fn edit(&mut self) -> Result<()> {
        let Some(exercise) = self.current_exercise() else {
            return Ok(self.say("Every exercise is done: nothing to edit.\n")?);
        };
        let (file, line) = self.error_place(exercise);
        let shown = format!("{}:{line}", self.look.links.path(&file));
        let Some(setting) = editor::from_env() else {
            return Ok(self.say(format!(
                "Set $VISUAL or $EDITOR (e.g. `export EDITOR=vim`, then start watch again) and e opens your editor there. The place: {shown}\n"
            ))?);
        };
        let absolute = self.course.root.join(&file);
        let Some(launch) = editor::launch(&setting, &absolute, line) else {
            return Ok(self.say("$VISUAL or $EDITOR is empty.\n")?);
        };
        let command = command(&launch);
        if !launch.in_terminal {
            let message = match spawn::spawn_detached(command) {
                Ok(()) => format!("Opened {shown} in {}.\n", launch.name),
                Err(e) => cannot_start(&launch, &e),
            };
            return Ok(self.say(message)?);
        }
        if !self.tty {
            return Ok(self.say(format!(
                "{} needs a terminal, and watch has none here: run `{}` yourself.\n",
                launch.name,
                editor::shown(&launch)
            ))?);
        }
        self.key_reader.pause();
        input::suspend();
        let status = spawn::run_in_foreground(command);
        let back = input::resume();
        self.key_reader.resume();
        back?;
        let message = match status {
            Ok(status) if status.success() => String::new(),
            Ok(status) => format!("{} ended with {status}.\n", launch.name),
            Err(e) => cannot_start(&launch, &e),
        };
        Ok(self.say(message)?)
    }

    /// The first compiler error's file and line in the exercise's crate (not
    /// the shipped tests), else where its code panicked, else the exercise's
    /// main file at line 1.
    fn error_place(&self, exercise: &Exercise) -> (PathBuf, usize) {
        let crate_path = exercise.exercise_path();
        let tests = exercise.tests_file();
        let mine = |(file, _): &&(PathBuf, usize)| {
            file.starts_with(&crate_path) && Some(file) != tests.as_ref()
        };
        let place = match &self.verdict {
            Verdict::Outcome(outcome) => outcome
                .error_places()
                .find(mine)
                .cloned()
                .or_else(|| outcome.panic_places().iter().find(mine).cloned()),
            _ => None,
        };
        place.unwrap_or_else(|| (crate_path.join(exercise.main_file()), 1))
    }
}

fn command(launch: &Launch) -> Command {
    let mut command = Command::new(&launch.argv[0]);
    command.args(&launch.argv[1..]);
    command
}

fn cannot_start(launch: &Launch, error: &std::io::Error) -> String {
    format!(
        "Cannot start {} ({error}): is $VISUAL or $EDITOR right? It tried `{}`.\n",
        launch.name,
        editor::shown(launch)
    )
}
