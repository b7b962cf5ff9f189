// errors1: make this compile without changing the tests.
// `read_file` and `describe` were translated line by line from Go: each
// unpacks a call's result into a content and an error, as Go's
// `content, err := os.ReadFile(path)` does. The signatures are right; make the
// bodies use what those calls really return.
//
// Concept: a `Result` is ONE value, either `Ok(value)` or `Err(error)`, not a (value, error) pair.

use std::io;

/// Reads the whole file at `path` into a String.
pub fn read_file(path: &str) -> Result<String, io::Error> {
    // `read_to_string` already returns the `Result` we promise: no unpacking.
    std::fs::read_to_string(path)
}

/// What the program shows the user: the file's content, or why it could not be read.
pub fn describe(path: &str) -> String {
    match read_file(path) {
        Ok(content) => format!("File content: {}", content.trim_end()),
        Err(e) => format!("Error reading file: {e}"),
    }
}

#[cfg(test)]
#[path = "../../../../exercises/15_errors/errors1/src/tests.rs"]
mod tests;
