// intro3: make this compile without changing the tests.
// Go's `%v` prints any value. Rust's `{}` only accepts types that implement
// `Display` (text meant for users); a Vec or a tuple does not. Use the debug
// placeholder `{:?}` where a value has no `Display`.
//
// Concept: `{}` needs `Display`, `{:?}` needs `Debug`, and the compiler checks which.

/// Returns a line such as "Ann scored [7, 9, 10]".
pub fn scores_line(name: &str, scores: &[u32]) -> String {
    format!("{name} scored {scores:?}")
}

/// Returns a line such as "min and max: (1, 9)".
pub fn range_line(min: i32, max: i32) -> String {
    let pair = (min, max);
    format!("min and max: {pair:?}")
}

#[cfg(test)]
#[path = "../../../../exercises/00_intro/intro3/src/tests.rs"]
mod tests;
