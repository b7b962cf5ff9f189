// moves3: make this compile without changing the tests.
// `for word in words` consumes the Vec: each String is moved out of it, so
// `words` is gone after the loop. Loop over a borrow of the Vec instead.
//
// Concept: `for x in vec` moves the Vec into the loop; `for x in &vec` borrows it.

/// Returns the words in upper case, and how many words there were.
pub fn shout_all(words: Vec<String>) -> (Vec<String>, usize) {
    let mut loud = Vec::new();
    for word in &words {
        loud.push(word.to_uppercase());
    }
    (loud, words.len())
}

#[cfg(test)]
#[path = "../../../../exercises/01_moves/moves3/src/tests.rs"]
mod tests;
