// Tests for testing1. The grader checks that this file is unchanged.
use super::*;

#[test]
fn words_are_joined_by_dashes() {
    assert_eq!(slugify("Hello World"), "hello-world");
    assert_eq!(slugify("Go 1 22 release"), "go-1-22-release");
}

#[test]
fn letters_are_lowercased() {
    assert_eq!(slugify("Rust"), "rust");
    assert_eq!(slugify("Crème Brûlée"), "crème-brûlée");
}

#[test]
fn runs_of_separators_become_one_dash() {
    assert_eq!(
        slugify("Ownership,  Borrowing & Lifetimes"),
        "ownership-borrowing-lifetimes"
    );
}

// The doc examples are the point of this exercise: they must stay in lib.rs,
// in a plain ``` block (not `ignore`, `should_panic`, `text`...), unchanged.
#[test]
fn the_documentation_keeps_its_examples() {
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"))
        .expect("read src/lib.rs");
    let lines: Vec<&str> = lib.lines().collect();
    let open = lines
        .iter()
        .position(|l| *l == "/// ```")
        .expect("the doc example must start with a plain /// ``` line");
    let close = open
        + 1
        + lines[open + 1..]
            .iter()
            .position(|l| *l == "/// ```")
            .expect("the doc example must end with a /// ``` line");
    let body: Vec<&str> = lines[open + 1..close]
        .iter()
        .copied()
        .filter(|l| !l.starts_with("/// use ")) // testing1 vs testing1_solution
        .collect();
    assert_eq!(
        body,
        [
            "///",
            r#"/// assert_eq!(slugify("Hello World"), "hello-world");"#,
            r#"/// assert_eq!(slugify("Rust & Go: a comparison!"), "rust-go-a-comparison");"#,
            r#"/// assert_eq!(slugify("  --Why?--  "), "why");"#,
            r#"/// assert_eq!(slugify("!!!"), "");"#,
        ]
    );
}
