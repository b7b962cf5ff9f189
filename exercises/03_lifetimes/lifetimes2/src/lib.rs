// lifetimes2: make this compile without changing the tests.
// `Excerpt` holds a `&str` that points into someone else's text, so the
// struct must not outlive that text. Give the struct a lifetime parameter
// (or, if you prefer, make the field an owned `String`).
//
// Concept: a struct that holds a reference needs a lifetime: it borrows, it does not own.

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
