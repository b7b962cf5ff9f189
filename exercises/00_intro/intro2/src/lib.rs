// intro2: make this compile without changing the tests.
// Go's `fmt.Sprintf` uses verbs like `%s` and `%d`. Rust's `format!` (and
// `println!`) use `{}` placeholders instead, and check them when compiling.
// Rewrite the format strings below the Rust way.
//
// Concept: `format!`/`println!` strings are checked at compile time, not at run time.

/// Returns a line such as "Ann is 31 years old".
pub fn introduce(name: &str, age: u32) -> String {
    format!("%s is %d years old", name, age)
}

/// Returns a line such as "3 of 5 tests passed".
pub fn progress(passed: usize, total: usize) -> String {
    format!("%d of %d tests passed", passed, total)
}

#[cfg(test)]
mod tests;
