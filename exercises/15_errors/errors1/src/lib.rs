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
    let (content, err) = std::fs::read_to_string(path);
    if let Some(err) = err {
        return Err(err);
    }
    Ok(content)
}

/// What the program shows the user: the file's content, or why it could not be read.
pub fn describe(path: &str) -> String {
    let (content, err) = read_file(path);
    if let Some(e) = err {
        return format!("Error reading file: {e}");
    }
    format!("File content: {}", content.trim_end())
}

#[cfg(test)]
mod tests;
