// Tests for clippy2. The grader checks that this file is unchanged.
use super::*;

#[test]
fn first_word_len_of_text() {
    assert_eq!(first_word_len("hello world"), Some(5));
    assert_eq!(first_word_len("   Go  "), Some(2));
}

#[test]
fn first_word_len_of_blank_text_is_none() {
    assert_eq!(first_word_len(""), None);
    assert_eq!(first_word_len(" \t "), None);
}

#[test]
fn email_domain_is_lowercased() {
    assert_eq!(
        email_domain("Ana@Example.COM"),
        Some("example.com".to_string())
    );
    assert_eq!(email_domain("gopher@go.dev"), Some("go.dev".to_string()));
    assert_eq!(email_domain("not an address"), None);
}
