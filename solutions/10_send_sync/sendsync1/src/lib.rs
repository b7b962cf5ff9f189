// sendsync1: make this compile without changing the tests. One read-only
// `Config` is shared by several threads: each greets one name with it.
//
// Concept: `Rc` is not `Send`: its reference count is not atomic; a thread-safe count is.

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
