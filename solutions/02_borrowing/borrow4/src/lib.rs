// borrow4: make this compile without changing the tests.
// `first_word` returns a `&str`: a slice that points into `text`. Upper-casing
// `text` in place needs `&mut`, which is not allowed while `word` still points
// into it. Keep your own copy of the word as a `String` instead.
//
// Concept: a `&str` borrows bytes owned by a `String`; `.to_string()` makes an owned copy.

/// Returns the first word of `text`: everything before the first space.
pub fn first_word(text: &str) -> &str {
    match text.find(' ') {
        Some(space) => &text[..space],
        None => text,
    }
}

/// Turns "breaking news" into "breaking: BREAKING NEWS".
pub fn headline(title: &str) -> String {
    let mut text = String::from(title);
    let word = first_word(&text).to_string();
    text.make_ascii_uppercase();
    format!("{word}: {text}")
}

#[cfg(test)]
#[path = "../../../../exercises/02_borrowing/borrow4/src/tests.rs"]
mod tests;
