// lifetimes2: make this compile without changing the tests. `find` returns the
// first line of a document that contains a word, with its line number.
//
// Concept: a struct that holds a reference borrows, it does not own: it needs a lifetime.

/// A quote taken from a longer text, with its line number (starting at 1).
pub struct Excerpt {
    pub text: &str,
    pub line: usize,
}

/// Returns the first line of `doc` that contains `word`, or `None` (Rust has no nil).
pub fn find(doc: &str, word: &str) -> Option<Excerpt> {
    for (index, text) in doc.lines().enumerate() {
        if text.contains(word) {
            return Some(Excerpt {
                text,
                line: index + 1,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests;
