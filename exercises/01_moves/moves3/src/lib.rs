// moves3: make this compile without changing the tests. `shout_all` must give
// back every word in upper case, and how many words there were; the tests also
// check that the words are not copied.
//
// Concept: a `for` loop over a Vec can consume it or only borrow it.

/// Returns the words in upper case, and how many words there were.
pub fn shout_all(words: Vec<String>) -> (Vec<String>, usize) {
    let mut loud = Vec::new();
    for word in words {
        loud.push(word.to_uppercase());
    }
    (loud, words.len())
}

#[cfg(test)]
mod tests;
