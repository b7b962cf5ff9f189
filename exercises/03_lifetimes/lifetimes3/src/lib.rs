// lifetimes3: make this compile without changing the tests. `greeting` and
// `shout` build new text for the caller. (Go would move it to the heap for you.)
//
// Concept: you cannot return a reference to a local: the local is freed when the function returns.

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
