// errors7: make the program build, then make it exit with status 0 (the
// grader runs it without ERRORS7_PORT set). `?` needs a `main` that can
// return an error; and once it can, not every `Err` should end the program.
//
// Concept: `fn main() -> Result<(), E>` lets `main` use `?`; an `Err` ends the program with status 1.

use std::env;

/// The settings file the server ships with.
const CONFIG: &str = "\
# server settings
port = 8080
workers = 4
";

/// The value of `key` in a `key = value` config text.
fn setting<'a>(config: &'a str, key: &str) -> Result<&'a str, String> {
    config
        .lines()
        .filter_map(|line| line.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, value)| value.trim())
        .ok_or(format!("missing setting `{key}`"))
}

fn main() {
    let workers: usize = setting(CONFIG, "workers")?.parse()?;
    let port: u16 = setting(CONFIG, "port")?.parse()?;
    // The environment may override the port: ERRORS7_PORT=9000 cargo run
    let port: u16 = env::var("ERRORS7_PORT")?.parse()?;
    println!("serving on 127.0.0.1:{port} with {workers} workers");
}
