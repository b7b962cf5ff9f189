// testing1: make `cargo test` pass, including its "Doc-tests" part.
// The examples in the `///` comment below are compiled and run as tests.
// The unit tests pass, but one documented example fails: `slugify` does not
// keep the promise its documentation makes. Fix the function, not the docs.
//
// Concept: code in doc comments is a test (rustdoc runs it), so examples cannot go stale.

/// Turns a title into a URL slug: lowercase letters and digits, words joined
/// by single dashes, and no dash at either end.
///
/// ```
/// use testing1::slugify;
///
/// assert_eq!(slugify("Hello World"), "hello-world");
/// assert_eq!(slugify("Rust & Go: a comparison!"), "rust-go-a-comparison");
/// assert_eq!(slugify("  --Why?--  "), "why");
/// assert_eq!(slugify("!!!"), "");
/// ```
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            // No dash at the start: only after a word.
            slug.push('-');
        }
    }
    // No dash at the end either.
    if slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
#[path = "../../../../exercises/20_testing/testing1/src/tests.rs"]
mod tests;
