// moves1: make this compile without changing the tests. This is the article's
// example: `both` must give the text twice, as the Go version prints both `s1`
// and `s2`. Keep the two variables.
//
// Concept: assigning a heap value such as a `String` to another variable moves it.

/// Returns `text` twice, separated by a space, the way the article's Go
/// version prints both `s1` and `s2`.
pub fn both(text: &str) -> String {
    // String is heap-allocated
    let s1 = String::from(text);

    // Ownership moves to s2
    let s2 = s1;

    // Go would happily use both here.
    format!("{s1} {s2}")
}

#[cfg(test)]
mod tests;
