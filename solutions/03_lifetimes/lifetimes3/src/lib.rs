// lifetimes3: make this compile without changing the tests. `greeting` and
// `shout` build new text for the caller. (Go would move it to the heap for you.)
//
// Concept: you cannot return a reference to a local: the local is freed when the function returns.

/// Returns a greeting such as "Hello, Ann!".
pub fn greeting(name: &str) -> String {
    format!("Hello, {name}!")
}

/// Returns `word` in upper case, such as "GOPHER".
pub fn shout(word: &str) -> String {
    word.to_uppercase()
}

#[cfg(test)]
#[path = "../../../../exercises/03_lifetimes/lifetimes3/src/tests.rs"]
mod tests;
