// errors1: make this compile without changing the tests.
// `read_file` is declared the Go way, returning the content AND an error slot.
// Rust has one type for "a value or an error": `Result<T, E>`, and that is what
// `std::fs::read_to_string` returns. Fix the signature of `read_file`.
//
// Concept: a function that can fail returns `Result<T, E>`, not a (value, error) pair.

use std::io;

/// Reads the whole file at `path` into a String.
pub fn read_file(path: &str) -> (String, Option<io::Error>) {
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
mod tests;
