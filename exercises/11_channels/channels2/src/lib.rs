// channels2: make the tests pass (they hang as shipped).
// Every word is checked on its own thread, and the matches come back over one
// channel. The receiving loop is meant to end once every word has been checked,
// and it never does.
//
// Concept: there is no `close(ch)`: a channel closes when its last `Sender` is dropped.

use std::sync::mpsc;
use std::thread;

/// Returns the words for which `keep(word)` is true, sorted.
/// Many producers (one thread per word calls `keep`), one consumer.
pub fn matching_words(words: &[&str], keep: fn(&str) -> bool) -> Vec<String> {
    let (tx, rx) = mpsc::channel();

    for word in words {
        let tx = tx.clone();
        let word = word.to_string();
        thread::spawn(move || {
            if keep(&word) {
                tx.send(word).unwrap();
            }
        });
    }

    // Like `for w := range ch` in Go: stops when the channel is closed.
    let mut found: Vec<String> = rx.iter().collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests;
