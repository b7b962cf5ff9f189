// errors2: make this compile without changing the tests.
// `load_settings` uses `?` to hand a read error to its caller, as Go's
// `if err != nil { return err }` would. Let the error reach `load_all`.
//
// Concept: `?` returns the error early, so it only works in a function that returns `Result`.

use std::io;

pub fn read_file(path: &str) -> Result<String, io::Error> {
    std::fs::read_to_string(path)
}

/// Appends each `key = value` line of the file at `path` to `settings`.
/// Blank lines and lines starting with `#` are skipped.
fn load_settings(path: &str, settings: &mut Vec<(String, String)>) -> Result<(), io::Error> {
    let content = read_file(path)?;
    for line in content.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            settings.push((key.trim().to_string(), value.trim().to_string()));
        }
    }
    Ok(())
}

/// Loads the settings files in order, one after the other.
/// Stops at the first file that cannot be read and returns its error.
pub fn load_all(paths: &[&str]) -> Result<Vec<(String, String)>, io::Error> {
    let mut settings = Vec::new();
    for path in paths {
        load_settings(path, &mut settings)?;
    }
    Ok(settings)
}

#[cfg(test)]
#[path = "../../../../exercises/15_errors/errors2/src/tests.rs"]
mod tests;
