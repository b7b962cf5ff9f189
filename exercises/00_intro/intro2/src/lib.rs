// intro2: make this compile without changing the tests. Each function must
// return the line its doc comment shows; they were written with Go's `fmt` verbs.
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
