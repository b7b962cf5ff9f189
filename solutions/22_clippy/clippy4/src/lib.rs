// clippy4: the tests pass, but `cargo clippy` does not. Make it clean.
// Go needs `return` to give back a value; Rust does not. A block's value is
// its last expression (no semicolon), and that includes a function body or
// an `if`/`else` branch. Remove the `return`s that clippy calls needless.
//
// Concept: a function returns the value of its final expression; `return` is for leaving early.

/// `part` as a whole percentage of `whole`; `None` when `whole` is 0.
pub fn percent(part: u32, whole: u32) -> Option<u32> {
    if whole == 0 {
        return None; // leaving early: this `return` is fine
    }
    Some(part * 100 / whole)
}

/// The letter grade for a score out of 100; '?' for an impossible score.
pub fn grade(score: u32) -> char {
    if score > 100 {
        return '?'; // leaving early again
    }
    if score >= 90 {
        'A'
    } else if score >= 75 {
        'B'
    } else if score >= 50 {
        'C'
    } else {
        'F'
    }
}

#[cfg(test)]
#[path = "../../../../exercises/22_clippy/clippy4/src/tests.rs"]
mod tests;
