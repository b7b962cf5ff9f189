// sendsync3: make this compile without changing the tests. Scoped threads count
// the words of several texts and track the longest word, in totals they all update.
//
// Concept: `Cell`/`RefCell` are not `Sync`; threads share an atomic or a `Mutex` instead.

use std::cell::{Cell, RefCell};
use std::thread;

/// Word statistics over several texts.
#[derive(Debug, PartialEq)]
pub struct Stats {
    /// Number of words in all texts together.
    pub words: usize,
    /// The longest word; among equally long words, the alphabetically first.
    pub longest: String,
}

/// Is `word` a better "longest word" than `current`?
fn beats(word: &str, current: &str) -> bool {
    word.len() > current.len() || (word.len() == current.len() && word < current)
}

/// Counts words and finds the longest one, one scoped thread per text.
/// Only the words for which `is_word(word)` is true count.
pub fn word_stats(texts: &[&str], is_word: fn(&str) -> bool) -> Stats {
    let words = Cell::new(0);
    let longest = RefCell::new(String::new());
    thread::scope(|s| {
        for text in texts {
            s.spawn(|| {
                // Work on local values first, then update the shared totals once.
                let mut count = 0;
                let mut best = "";
                for word in text.split_whitespace().filter(|word| is_word(word)) {
                    count += 1;
                    if beats(word, best) {
                        best = word;
                    }
                }
                words.set(words.get() + count);
                let mut longest = longest.borrow_mut();
                if beats(best, &longest) {
                    *longest = best.to_string();
                }
            });
        }
    });
    Stats {
        words: words.into_inner(),
        longest: longest.into_inner(),
    }
}

#[cfg(test)]
mod tests;
