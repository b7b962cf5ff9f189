// Tests for sendsync1. The grader checks that this file is unchanged.
use super::*;
use std::collections::HashSet;
use std::sync::{Barrier, Mutex};
use std::thread::{self, ThreadId};

fn config(greeting: &str, excited: bool) -> Config {
    Config {
        greeting: greeting.to_string(),
        excited,
    }
}

#[test]
fn greets_everyone_in_order() {
    assert_eq!(
        greet_all(config("Hello", true), &["Gopher", "Ferris"], Config::render),
        vec!["Hello, Gopher!", "Hello, Ferris!"]
    );
}

#[test]
fn the_config_is_used_by_every_thread() {
    assert_eq!(
        greet_all(config("Bye", false), &["a", "b", "c"], Config::render),
        vec!["Bye, a.", "Bye, b.", "Bye, c."]
    );
    assert_eq!(
        greet_all(config("Hi", true), &["x", "y"], |c, name| format!(
            "{name}:{}",
            c.greeting
        )),
        vec!["x:Hi", "y:Hi"]
    );
}

#[test]
fn nobody_to_greet() {
    assert_eq!(
        greet_all(config("Hi", true), &[], Config::render),
        Vec::<String>::new()
    );
}

#[test]
fn every_name_is_greeted_on_its_own_thread() {
    // A plain loop would give the same greetings: this checks that 3 new threads made them.
    static CALLS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let got = greet_all(config("Hey", false), &["a", "b", "c"], |c, name| {
        CALLS.lock().unwrap().push(thread::current().id());
        c.render(name)
    });
    assert_eq!(got, vec!["Hey, a.", "Hey, b.", "Hey, c."]);
    let threads: HashSet<ThreadId> = CALLS.lock().unwrap().iter().copied().collect();
    assert_eq!(threads.len(), 3);
    assert!(!threads.contains(&thread::current().id()));
}

#[test]
fn the_threads_run_at_the_same_time() {
    // The Barrier lets no call go on until all 3 have started: this hangs if they run one by one.
    static ALL_THREE: Barrier = Barrier::new(3);
    let got = greet_all(config("Yo", true), &["a", "b", "c"], |c, name| {
        ALL_THREE.wait();
        c.render(name)
    });
    assert_eq!(got, vec!["Yo, a!", "Yo, b!", "Yo, c!"]);
}

// Records every Config that is dropped, by its greeting.
static DROPPED: Mutex<Vec<String>> = Mutex::new(Vec::new());

impl Drop for Config {
    fn drop(&mut self) {
        DROPPED.lock().unwrap().push(self.greeting.clone());
    }
}

#[test]
fn the_config_is_freed_once_when_all_threads_are_done() {
    // The last owner frees it, exactly once: not once per thread, and not never
    // (a Config leaked to live forever is never freed).
    greet_all(config("Bye now", false), &["a", "b"], Config::render);
    let dropped = DROPPED.lock().unwrap();
    assert_eq!(dropped.iter().filter(|g| *g == "Bye now").count(), 1);
}
