// sendsync1: make this compile without changing the tests.
// One shared, read-only `Config` is handed to several threads. It is shared
// with `Rc`, whose reference count is not atomic: two threads cloning or
// dropping an `Rc` at once could corrupt it. Use the thread-safe version.
//
// Concept: `Rc` is not `Send`; `Arc` is the atomic, thread-safe reference count.

use std::sync::Arc;
use std::thread;

/// Settings that every thread reads.
pub struct Config {
    pub greeting: String,
    pub excited: bool,
}

impl Config {
    pub fn render(&self, name: &str) -> String {
        let end = if self.excited { "!" } else { "." };
        format!("{}, {name}{end}", self.greeting)
    }
}

/// Greets every name with `greet(&config, name)`, each on its own thread;
/// all threads share one `Config`.
pub fn greet_all(
    config: Config,
    names: &[&str],
    greet: fn(&Config, &str) -> String,
) -> Vec<String> {
    let config = Arc::new(config);
    let handles: Vec<_> = names
        .iter()
        .map(|name| {
            let config = Arc::clone(&config);
            let name = name.to_string();
            thread::spawn(move || greet(&config, &name))
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

#[cfg(test)]
#[path = "../../../../exercises/10_send_sync/sendsync1/src/tests.rs"]
mod tests;
