// traits5: make this compile without changing the tests.
// The module `text` adds a `word_count` method to `str` through a trait, yet
// rustc says `str` has no such method. A trait's methods can only be called
// where the trait itself is in scope: bring it in.
//
// Concept: trait methods are visible only where the trait is imported with `use`.

pub mod text {
    /// An "extension trait": new methods for a type we did not write.
    pub trait WordCount {
        fn word_count(&self) -> usize;
    }

    impl WordCount for str {
        fn word_count(&self) -> usize {
            self.split_whitespace().count()
        }
    }
}

/// Counts the words of a whole text.
pub fn total_words(text: &str) -> usize {
    text.word_count()
}

/// The lines that have more than `limit` words.
pub fn long_lines(text: &str, limit: usize) -> Vec<&str> {
    text.lines()
        .filter(|line| line.word_count() > limit)
        .collect()
}

#[cfg(test)]
mod tests;
