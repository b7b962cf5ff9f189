// borrow5: make this compile without changing the tests. `longest_line` must
// find the longest line once spaces around it are trimmed (the first one on a tie).
//
// Concept: a borrowed variable cannot be reassigned until the borrow ends.

/// Returns the longest line after trimming spaces (the first one on a tie).
pub fn longest_line(lines: &[&str]) -> String {
    let mut longest = String::new();
    for raw in lines {
        let line = raw.trim().to_string();
        if line.len() > longest.len() {
            longest = line;
        }
    }
    longest
}

#[cfg(test)]
#[path = "../../../../exercises/02_borrowing/borrow5/src/tests.rs"]
mod tests;
