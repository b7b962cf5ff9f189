// lifetimes3: make this compile without changing the tests.
// `greeting` and `shout` build a new String and return a reference to it, but
// that String is freed when the function returns. Go would move it to the heap
// for you; Rust asks you to return the owned `String` itself.
//
// Concept: you cannot return a reference to a local; return the owned value instead.

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
