// clippy2: the tests pass, but `cargo clippy` does not. Make it clean.
// Both functions unpack an `Option` only to pack a changed value back into
// `Some`, and turn `None` into `None`. `Option` has a method for exactly that.
//
// Concept: transform the value inside an `Option` with `.map(...)` instead of a `match`.

/// The length of the first word, if there is one.
pub fn first_word_len(text: &str) -> Option<usize> {
    text.split_whitespace().next().map(|word| word.len())
}

/// The domain of an e-mail address, lowercased: "Ana@Example.COM" gives "example.com".
pub fn email_domain(email: &str) -> Option<String> {
    email.find('@').map(|at| email[at + 1..].to_lowercase())
}

#[cfg(test)]
#[path = "../../../../exercises/22_clippy/clippy2/src/tests.rs"]
mod tests;
