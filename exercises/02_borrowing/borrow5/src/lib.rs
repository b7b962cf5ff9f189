// borrow5: make this compile without changing the tests.
// `longest` is a `&str` that borrows `line`, and the next trip round the loop
// assigns a new String to `line` while it is still borrowed. Make `longest`
// an owned `String` that keeps its own copy of the best line.
//
// Concept: a borrowed variable cannot be reassigned until the borrow ends.

/// Returns the longest line after trimming spaces (the first one on a tie).
pub fn longest_line(lines: &[&str]) -> String {
    let mut line;
    let mut longest = "";
    for raw in lines {
        line = raw.trim().to_string();
        if line.len() > longest.len() {
            longest = &line;
        }
    }
    longest.to_string()
}

#[cfg(test)]
mod tests;
