// borrow4: make this compile without changing the tests. `headline` shows the
// first word of a title as it was written, then the whole title in capitals.
//
// Concept: a `&str` borrows bytes owned by a `String`; an owned copy does not.

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
    let word = first_word(&text);
    text.make_ascii_uppercase();
    format!("{word}: {text}")
}

#[cfg(test)]
mod tests;
