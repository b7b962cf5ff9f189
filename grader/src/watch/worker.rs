//! The grading worker: one grading at a time, off the loop thread, so keys
//! stay responsive. Each [`Job`] carries a [`crate::spawn::Cancel`] the loop
//! keeps; the result goes back to the loop as [`Event::Graded`].

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender};
use std::thread::Scope;

use anyhow::anyhow;

use super::events::{Event, Job};
use crate::course::Course;
use crate::grade::{self, Settings, Side};

/// Grades each job received until the job channel closes.
pub fn spawn<'scope>(
    scope: &'scope Scope<'scope, '_>,
    course: &'scope Course,
    settings: &'scope Settings,
    jobs: Receiver<Job>,
    events: Sender<Event>,
) {
    scope.spawn(move || {
        for job in jobs {
            let exercise = &course.info.exercises[job.exercise];
            // A panic must not leave the loop waiting for a result forever.
            let result = catch_unwind(AssertUnwindSafe(|| {
                grade::grade(course, exercise, Side::Exercise, settings, &job.cancel)
            }))
            .unwrap_or_else(|_| {
                Err(anyhow!(
                    "the grader crashed while grading {} (a bug: please report it)",
                    exercise.name
                ))
            });
            if events.send(Event::Graded { id: job.id, result }).is_err() {
                return;
            }
        }
    });
}
