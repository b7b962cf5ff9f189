// moves1: make this compile without changing the tests.
// This is the article's example: `let s2 = s1;` moves the String, so `s1`
// can no longer be used. Keep `s2` and make both names usable again.
//
// Concept: assigning a heap value to another variable moves it; `.clone()` copies it.

/// Returns `text` twice, separated by a space, the way the article's Go
/// version prints both `s1` and `s2`.
pub fn both(text: &str) -> String {
    // String is heap-allocated
    let s1 = String::from(text);

    // A deep copy: s1 and s2 each own their own heap buffer.
    let s2 = s1.clone();

    format!("{s1} {s2}")
}

#[cfg(test)]
#[path = "../../../../exercises/01_moves/moves1/src/tests.rs"]
mod tests;
