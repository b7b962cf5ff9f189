// lifetimes3: make this compile without changing the tests.
// `greeting` and `shout` build a new String and return a reference to it, but
// that String is freed when the function returns. Go would move it to the heap
// for you; Rust asks you to return the owned `String` itself.
//
// Concept: you cannot return a reference to a local; return the owned value instead.

/// Returns a greeting such as "Hello, Ann!".
pub fn greeting(name: &str) -> &str {
    let text = format!("Hello, {name}!");
    &text
}

/// Returns `word` in upper case, such as "GOPHER".
pub fn shout(word: &str) -> &str {
    let loud = word.to_uppercase();
    loud.as_str()
}

#[cfg(test)]
mod tests;
